//! Compile-fail tests: one situation per file in `tests/ui/`, with the
//! expected compiler output checked in next to it as a `.stderr` file.
//! Regenerate with `TRYBUILD=overwrite cargo test -p genfn-ui-tests`.
//!
//! The `.stderr` files are rustc's exact output on the toolchain they were
//! written with (`PINNED`), without the `rust-src` component. Elsewhere
//! (another rustc, or `rust-src` installed, which makes rustc quote the
//! standard library's source in its notes) the test checks what does not
//! depend on the toolchain: every case still fails to compile, with the same
//! errors, in the same order, at the same lines of the case (each error
//! compared by its code, or by its whole message when it has no code, as
//! genfn's own have none). `GENFN_UI_COMPARE_ERRORS=1` asks for that
//! comparison on the pinned toolchain too.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The rustc that wrote the `.stderr` files.
const PINNED: &str = "rustc 1.95.0 ";

/// Set (to a folder of copied cases) in the child process that compiles the
/// cases when the exact comparison does not apply.
const RECORD_IN: &str = "GENFN_UI_RECORD_IN";

#[test]
fn ui() {
    if std::env::var_os(RECORD_IN).is_some() {
        return;
    }
    let (version, sysroot) = toolchain();
    let has_rust_src = sysroot.join("lib/rustlib/src/rust/library").exists();
    let forced = std::env::var_os("GENFN_UI_COMPARE_ERRORS").is_some();
    if version.starts_with(PINNED) && !has_rust_src && !forced {
        trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
        return;
    }
    assert!(
        std::env::var_os("TRYBUILD").is_none(),
        "the .stderr files are written by {PINNED}without rust-src: regenerate them there \
         (`rustup component remove rust-src` first if you have it)"
    );
    eprintln!(
        "ui: comparing errors, not whole outputs ({}{})",
        version.trim(),
        if has_rust_src {
            ", rust-src installed"
        } else {
            ""
        }
    );
    compare_errors();
}

/// Compiles the copied cases in `RECORD_IN` with trybuild writing their
/// output (run by `compare_errors` in a child process, so that this
/// process's environment is never modified).
#[test]
fn record() {
    let Some(dir) = std::env::var_os(RECORD_IN) else {
        return;
    };
    let pattern = Path::new(&dir).join("*.rs");
    trybuild::TestCases::new().compile_fail(pattern.to_str().expect("a UTF-8 path"));
}

fn toolchain() -> (String, PathBuf) {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let run = |arg: &str| {
        let out = Command::new(&rustc).arg(arg).output().expect("rustc runs");
        String::from_utf8(out.stdout).expect("UTF-8 output")
    };
    let sysroot = run("--print=sysroot");
    (run("--version"), PathBuf::from(sysroot.trim()))
}

fn compare_errors() {
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let copies = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ui-cases");
    let _ = std::fs::remove_dir_all(&copies);
    std::fs::create_dir_all(&copies).expect("a scratch folder");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&cases).expect("tests/ui") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().expect("a file name").to_owned();
            std::fs::copy(&path, copies.join(&name)).expect("copy a case");
            names.push(name);
        }
    }
    names.sort();
    // trybuild fails a case that compiles; with `overwrite` it writes the
    // output of the others.
    let run = Command::new(std::env::current_exe().expect("this test binary"))
        .args(["record", "--exact", "--nocapture"])
        .env(RECORD_IN, &copies)
        .env("TRYBUILD", "overwrite")
        .output()
        .expect("the recording run starts");
    assert!(
        run.status.success(),
        "a ui case compiled, or trybuild failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut mismatches = Vec::new();
    for name in &names {
        let stderr = Path::new(name).with_extension("stderr");
        let read = |dir: &Path| std::fs::read_to_string(dir.join(&stderr)).unwrap_or_default();
        let case = name.to_str().expect("a UTF-8 name");
        let (expected, actual) = (errors(&read(&cases), case), errors(&read(&copies), case));
        if expected != actual {
            mismatches.push(format!(
                "{}:\n  expected {expected:#?}\n  actual {actual:#?}",
                stderr.display()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// The errors of an output, in order: the code (or the whole message when
/// there is none) and the line of `case` it points at (none when it points
/// elsewhere, at the standard library say).
fn errors(stderr: &str, case: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut pending = false;
    for line in stderr.lines() {
        if let Some(rest) = line.strip_prefix("error") {
            if rest.starts_with(": aborting") || rest.starts_with(": could not compile") {
                continue;
            }
            let id = match rest.strip_prefix('[') {
                Some(code) => code.split(']').next().unwrap_or_default().to_string(),
                None => rest.trim_start_matches(':').trim().to_string(),
            };
            out.push((id, None));
            pending = true;
        } else if pending && let Some(at) = line.trim_start().strip_prefix("--> ") {
            // `tests/ui/case.rs:7:9`: the line, wherever the case lives.
            let mut parts = at.rsplitn(3, ':');
            let (_column, line, file) = (parts.next(), parts.next(), parts.next());
            let line = line
                .filter(|_| file.is_some_and(|f| f.ends_with(case)))
                .map(str::to_string);
            if let Some(last) = out.last_mut() {
                last.1 = line;
            }
            pending = false;
        }
    }
    out
}
