//! Procedural macros of genfn: `#[generator]` and `gen!{}`. See the `genfn`
//! crate for the user guide.
//!
//! The expansion runs in phases, one module each: `configure` (the body's
//! `cfg`s, evaluated by rustc) → `parse` (attribute and signature) → `resolve` (body macros, names) → `lower` (control-flow graph,
//! `ir`) → `analyse` (liveness) → `layout` (slots, saves, drops) →
//! `storage` (flag bits, shared storage) → `emit`
//! (tokens). `expand` strings them together; `keep` keeps locals borrowed
//! across a suspension point in place, and `shadow` emits the never-called
//! copy of the body whose borrow check proves that sound. `ARCHITECTURE.md`
//! next to this crate's `Cargo.toml` has the diagram and a glossary.

mod analyse;
mod configure;
mod diagnostics;
mod emit;
mod expand;
mod ide;
mod ir;
mod keep;
mod layout;
mod lower;
mod parse;
mod resolve;
mod return_hint;
mod rewrite;
mod shadow;
#[cfg(test)]
mod snapshots;
mod storage;
mod syntax;

use proc_macro::TokenStream;

/// Turns a function whose body uses `yield_!`, `yield_from!` and resume values
/// into a generator. See the `genfn` crate documentation.
#[proc_macro_attribute]
pub fn generator(args: TokenStream, input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(args as parse::Args);
    let item = match syn::parse::<syn::ItemFn>(input.clone()) {
        Ok(item) => item,
        // Half-typed code in an editor: a view that still lets it work.
        Err(_) if ide::requested() => return expand::unparsed(&args, input.into()).into(),
        Err(e) => return e.into_compile_error().into(),
    };
    expand::generator(args, item)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// An inline generator: `gen!{ yield 1; yield 2; }`, or `gen!(move { .. })`
/// to move what it captures. See the `genfn` crate documentation.
#[proc_macro]
pub fn gen_(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as parse::InlineGen);
    expand::inline(input, false)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// An inline async generator: `async_gen_!{ let v = f.await; yield v; }`,
/// or `async_gen_!(move { .. })`. See the `genfn` crate documentation.
#[proc_macro]
pub fn async_gen_(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as parse::InlineGen);
    expand::inline(input, true)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// The modules in phase order: a module may use the ones before it, never
/// one after it (`layering` test). `syntax`, `diagnostics` and `ir` are the
/// shared foundations.
#[cfg(test)]
const PHASES: &[&str] = &[
    "syntax",
    "diagnostics",
    "ir",
    "ide",
    "configure",
    "parse",
    "resolve",
    "lower",
    "analyse",
    "keep",
    "layout",
    "storage",
    "return_hint",
    "rewrite",
    "emit",
    "shadow",
    "expand",
    "snapshots",
];

#[cfg(test)]
mod layering {
    /// Every module of `src/` uses only modules earlier in `PHASES` (so
    /// there is no cycle either), and every module is listed.
    #[test]
    fn modules_use_only_earlier_phases() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut problems = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let module = path.file_stem().unwrap().to_str().unwrap().to_string();
            if module == "lib" {
                continue;
            }
            let Some(rank) = super::PHASES.iter().position(|m| *m == module) else {
                problems.push(format!("{module} is not in PHASES"));
                continue;
            };
            // A module is a file or a folder of files (`lower/`).
            let text = if path.is_dir() {
                let mut all = String::new();
                for file in std::fs::read_dir(&path).unwrap() {
                    all += &std::fs::read_to_string(file.unwrap().path()).unwrap();
                }
                all
            } else {
                std::fs::read_to_string(&path).unwrap()
            };
            for name in &super::PHASES[rank + 1..] {
                // `crate::name::..`, `crate::name;`, or `name` in a
                // `use crate::{..}` list.
                let used = text.contains(&format!("crate::{name}::"))
                    || text.contains(&format!("crate::{name};"))
                    || text.lines().any(|l| {
                        let l = l.trim_start();
                        l.starts_with("use crate::{")
                            && l.split(['{', ',', '}', ' ']).any(|w| w == *name)
                    });
                if used {
                    problems.push(format!("{module} uses {name}, a later phase"));
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
