#!/usr/bin/env python3
"""Runs many differential bodies outside the checked-in test suite.

    python3 tests/differential/run_many.py --seed 7 --count 10000

generates the bodies with gen_bodies.py into a scratch cargo project,
target/differential/ (its own [workspace], its own target dir, depending on
genfn by path), split into test files of --per-file bodies (cargo compiles
them in parallel), then runs `cargo test` there. A body that does not compile
is reported (with the first error pointing into it) and left out, and its
file is regenerated and rebuilt without it, so one failure does not hide the
others. At the end it prints every compile failure and every mismatch, by
body index; `gen_bodies.py --seed S --only K` regenerates one body.

Options: --genfn PATH tests another checkout of genfn (default: this one);
--borrows / --temps / --no-macros / --awaits are passed to gen_bodies.py; --attrs,
--loop-macros, --place-temps, --raw-ptrs, --kept-closures and --hidden-assigns are on by default here (turn one
off with --no-attrs etc.); --jobs N limits cargo.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(cmd, cwd, env=None):
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.returncode, p.stdout


def body_lines(path):
    """[(first_line, body_index, "generator" | "plain")] of a file."""
    marks = []
    with open(path) as f:
        k = None
        for n, line in enumerate(f, 1):
            m = re.match(r"// body (\d+) ", line)
            if m:
                k = int(m.group(1))
                marks.append((n, k, "generator"))
            elif line.startswith(("fn p_", "async fn p_")) and k is not None:
                marks.append((n, k, "plain"))
            elif line.startswith("#[test]"):
                k = None
                marks.append((n, None, None))
    return marks


def body_at(marks, line):
    found = (None, None)
    for first, k, which in marks:
        if first <= line:
            found = (k, which)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--only", type=str, default=None,
                    help="comma-separated body indices to run (instead of --first/--count)")
    ap.add_argument("--per-file", type=int, default=250)
    ap.add_argument("--dir", default=os.path.join(ROOT, "target", "differential"))
    ap.add_argument("--genfn", default=ROOT, help="path of the genfn package to test")
    ap.add_argument("--borrows", action="store_true")
    ap.add_argument("--temps", action="store_true")
    # The newer shapes are on by default here (gen_bodies.py has them off,
    # so that the checked-in files stay what their commands generate).
    for name, what in [("attrs", "#[cfg]/lint attributes"), ("loop-macros", "macros with loops of their own"),
                       ("place-temps", "scrutinees taking a place from a temporary"),
                       ("raw-ptrs", "raw pointers to locals across yields"),
                       ("kept-closures", "closures borrowing locals, called across yields"),
                       ("hidden-assigns", "deferred locals first assigned where the analysis cannot see it")]:
        ap.add_argument(f"--{name}", action=argparse.BooleanOptionalAction, default=True,
                        help=f"{what} (default on)")
    ap.add_argument("--no-macros", action="store_true", help="passed to gen_bodies.py")
    ap.add_argument("--awaits", action="store_true",
                    help="async generators with .awaits, against async twins (off by default: it replaces "
                    "the sync comparison rather than adding to it; passed to gen_bodies.py)")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--release", action="store_true")
    opts = ap.parse_args()

    start = time.time()
    d = opts.dir
    os.makedirs(os.path.join(d, "tests"), exist_ok=True)
    os.makedirs(os.path.join(d, "src"), exist_ok=True)
    for old in os.listdir(os.path.join(d, "tests")):
        os.remove(os.path.join(d, "tests", old))
    with open(os.path.join(d, "Cargo.toml"), "w") as f:
        f.write(
            '[package]\nname = "genfn-differential"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
            f'[dev-dependencies]\ngenfn = {{ path = "{os.path.abspath(opts.genfn)}" }}\n'
            'futures-core = { version = "0.3", default-features = false }\n\n'
            "# Not a member of the genfn workspace.\n[workspace]\n"
        )
    with open(os.path.join(d, "src", "lib.rs"), "w") as f:
        f.write("")
    lock = os.path.join(opts.genfn, "Cargo.lock")
    if os.path.exists(lock) and not os.path.exists(os.path.join(d, "Cargo.lock")):
        shutil.copy(lock, os.path.join(d, "Cargo.lock"))

    # file stem -> (first, count, excluded set); with --only, `first` is
    # the list of indices of that file and `count` is None.
    parts = {}
    if opts.only:
        only = [int(x) for x in opts.only.split(",") if x]
        opts.count = len(only)
        for i in range(0, len(only), opts.per_file):
            chunk = only[i:i + opts.per_file]
            parts[f"part_{chunk[0]:05}"] = (chunk, None, set())
    else:
        for first in range(opts.first, opts.first + opts.count, opts.per_file):
            n = min(opts.per_file, opts.first + opts.count - first)
            parts[f"part_{first:05}"] = (first, n, set())

    def generate(stem):
        first, n, excluded = parts[stem]
        out = os.path.join(d, "tests", stem + ".rs")
        cmd = [sys.executable, os.path.join(HERE, "gen_bodies.py"), "--seed", str(opts.seed), "--out", out]
        if n is None:
            cmd += ["--only", ",".join(map(str, first))]
        else:
            cmd += ["--first", str(first), "--count", str(n)]
        if excluded:
            cmd += ["--exclude", ",".join(map(str, sorted(excluded)))]
        cmd += flags
        subprocess.run(cmd, check=True)

    flags = ["--borrows"] * opts.borrows + ["--temps"] * opts.temps + ["--no-macros"] * opts.no_macros
    flags += ["--awaits"] * opts.awaits
    flags += [f"--{k}" for k in ("attrs", "loop-macros", "place-temps", "raw-ptrs", "kept-closures",
                                 "hidden-assigns")
              if getattr(opts, k.replace("-", "_"))]
    for stem in parts:
        generate(stem)
    print(f"generated {opts.count} bodies in {len(parts)} files under {d} ({time.time() - start:.0f}s)", flush=True)

    cargo = ["cargo", "test", "--tests", "--no-fail-fast"]
    if opts.release:
        cargo.append("--release")
    if opts.jobs:
        cargo += ["--jobs", str(opts.jobs)]
    env = dict(os.environ, CARGO_TERM_COLOR="never", RUST_BACKTRACE="0")
    compile_failures = []  # (body, message)
    rounds = 0
    while True:
        rounds += 1
        t = time.time()
        # `cargo build --tests` builds what `cargo test` runs; --keep-going
        # reports the errors of every test file, not only of the first.
        build = ["cargo", "build", "--tests", "--keep-going", "--message-format=short"]
        if opts.release:
            build.append("--release")
        if opts.jobs:
            build += ["--jobs", str(opts.jobs)]
        code, output = run(build, d, env)
        print(f"build round {rounds}: exit {code} ({time.time() - t:.0f}s)", flush=True)
        if code == 0:
            break
        bad = {}
        for m in re.finditer(r"^(tests/(part_\d+)\.rs):(\d+):\d+: (error.*)$", output, re.M):
            path, stem, line, msg = m.group(1), m.group(2), int(m.group(3)), m.group(4)
            k, which = body_at(body_lines(os.path.join(d, path)), line)
            if k is None:
                continue
            prev = bad.get((stem, k))
            if prev is None or (which == "plain" and not prev.startswith("[plain]")):
                bad[(stem, k)] = f"[{which}] {msg}"
        if not bad:
            # An error outside the bodies (macro panic, toolchain, ...).
            print(output[-6000:])
            sys.exit(2)
        for (stem, k), msg in sorted(bad.items(), key=lambda kv: kv[0][1]):
            print(f"  compile failure: body {k}: {msg}", flush=True)
            compile_failures.append((k, msg))
            parts[stem][2].add(k)
        for stem in {s for s, _ in bad}:
            generate(stem)

    t = time.time()
    code, output = run(cargo, d, env)
    print(f"test run: exit {code} ({time.time() - t:.0f}s)", flush=True)
    details = {}
    for m in re.finditer(r"^g_(\d+) (on input .*\n(?:  .*\n)*)", output, re.M):
        details.setdefault(int(m.group(1)), m.group(2).strip()[:3000])
    results = re.findall(r"test result: .*", output)
    passed = sum(int(x) for x in re.findall(r"(\d+) passed", " ".join(results)))
    failed = sum(int(x) for x in re.findall(r"(\d+) failed", " ".join(results)))

    print()
    which = f"bodies {opts.only}" if opts.only else f"bodies {opts.first}..{opts.first + opts.count}"
    print(f"seed {opts.seed}, {which}, total {time.time() - start:.0f}s")
    print(f"  one body: python3 tests/differential/gen_bodies.py --seed {opts.seed} {' '.join(flags)} --only K ...")
    print(f"  tests: {passed} passed, {failed} failed (each test = up to 10 bodies)")
    print(f"  compile failures: {len(compile_failures)}")
    for k, msg in compile_failures:
        print(f"    body {k}: {msg}")
    print(f"  mismatching bodies: {len(details)}")
    for k in sorted(details):
        print(f"    body {k}:")
        print("      " + details[k].replace("\n", "\n      "))
    if code != 0 and not details:
        print(output[-6000:])
    sys.exit(1 if (compile_failures or details or code != 0) else 0)


if __name__ == "__main__":
    main()
