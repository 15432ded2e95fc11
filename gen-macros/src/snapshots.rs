//! Expansion and IR snapshots of representative generators, checked in under
//! `gen-macros/snapshots/` so a reviewer can read what the macro does.
//! `UPDATE_SNAPSHOTS=1 cargo test -p gen-macros` rewrites them.

use std::path::PathBuf;

use quote::quote;

use crate::expand;
use crate::lower::{LowerInput, ParamIn, lower};
use crate::parse::{Args, GeneratorFn};
use crate::resolve::{NormalizeOptions, normalize};

fn check(name: &str, extension: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots")
        .join(format!("{name}.{extension}"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}: run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "snapshot {} changed; review the difference and run with UPDATE_SNAPSHOTS=1\n--- actual ---\n{actual}",
        path.display()
    );
}

fn snapshot(name: &str, args: proc_macro2::TokenStream, item: proc_macro2::TokenStream) {
    let args: Args = syn::parse2(args).unwrap();
    let item: syn::ItemFn = syn::parse2(item).unwrap();

    // The IR, as `GENFN_DEBUG_IR` prints it.
    let f = GeneratorFn::from_item(item.clone()).unwrap();
    let mut body = f.body.clone();
    normalize(
        &mut body,
        &NormalizeOptions {
            self_ident: None,
            asynchronous: f.asynchronous,
        },
    )
    .unwrap();
    let params = f
        .params
        .iter()
        .map(|p| ParamIn {
            ident: p.ident.clone(),
            pattern: p.pattern.clone(),
            refers: crate::expand::refers(&p.ty) && !p.mutability,
            reference: None,
        })
        .collect();
    let lowered = lower(LowerInput {
        params,
        body,
        self_call: None,
    })
    .unwrap();
    check(name, "ir.txt", &lowered.body.dump());

    let tokens = expand::generator(args, item).unwrap();
    let file: syn::File = syn::parse2(tokens).unwrap();
    check(
        name,
        "expanded.rs",
        &without_ids(&prettyplease::unparse(&file)),
    );
}

/// The expansion with each function identity (`Recursion<ID>`, a `u128`
/// literal that depends on the order of expansions) written `ID`.
fn without_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("u128") {
        let digits = rest[..at].len()
            - rest[..at]
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .len();
        out.push_str(&rest[..at - digits]);
        out.push_str(if digits > 0 { "ID" } else { "u128" });
        rest = &rest[at + "u128".len()..];
    }
    out.push_str(rest);
    out
}

#[test]
fn fib() {
    snapshot(
        "fib",
        quote!(yield = u64),
        quote! {
            fn fib(n: usize) {
                let (mut a, mut b) = (0u64, 1u64);
                for _ in 0..n {
                    yield_!(a);
                    (a, b) = (b, a.wrapping_add(b));
                }
            }
        },
    );
}

#[test]
fn accumulator() {
    snapshot(
        "accumulator",
        quote!(yield = i64, resume = Option<i64>),
        quote! {
            fn accumulator() -> i64 {
                let mut total = 0;
                while let Some(value) = yield_!(total) {
                    total += value;
                }
                total
            }
        },
    );
}

#[test]
fn flatten() {
    snapshot(
        "flatten",
        quote!(yield = i64),
        quote! {
            fn flatten(nested: &Nested) {
                match nested {
                    Nested::Item(x) => yield_!(*x),
                    Nested::List(items) => {
                        for item in items {
                            yield_from!(flatten(item));
                        }
                    }
                }
            }
        },
    );
}

#[test]
fn parse_lines() {
    snapshot(
        "parse_lines",
        quote!(yield = u32),
        quote! {
            fn parse_lines<'a>(lines: &'a [&'a str]) -> Result<usize, std::num::ParseIntError> {
                let _guard = Guard::new();
                let mut count = 0;
                'lines: for line in lines {
                    if line.is_empty() {
                        continue 'lines;
                    }
                    let n: u32 = line.trim().parse()?;
                    if let Some(half) = n.checked_div(2) && half > 0 {
                        yield_!(half);
                    }
                    count += 1;
                }
                Ok(count)
            }
        },
    );
}

/// The second expansion of a body with `cfg`s is the expansion of the body
/// without them (the markers say `yes` holds and `no` does not).
#[test]
fn configured_body_expands_as_the_body_without_cfgs() {
    let expand = |item: proc_macro2::TokenStream| {
        let args: Args = syn::parse2(quote!(yield = u32)).unwrap();
        expand::generator(args, syn::parse2(item).unwrap())
            .unwrap()
            .to_string()
    };
    let configured = expand(quote! {
        #[doc = "genfn cfg 1"]
        #[doc = "genfn cfg of 2"]
        fn f(#[cfg(no)] a: u32, b: u32) {
            #[cfg(no)]
            let x = yield_!(b);
            #[cfg_attr(yes, allow(unused_parens))]
            let x = (b);
            match x {
                #[cfg(no)]
                0 => yield_!(0),
                #[cfg(yes)]
                _ => yield_!(x),
            }
        }
    });
    let plain = expand(quote! {
        fn f(b: u32) {
            #[allow(unused_parens)]
            let x = (b);
            match x {
                _ => yield_!(x),
            }
        }
    });
    assert_eq!(configured, plain);
}

#[test]
fn macro_jumps() {
    // `skip!` and `or_skip!` are the user's `macro_rules!`, holding a
    // `continue`: the statements from the first call to the end of their
    // block run in a loop of one iteration (a region) whose exit and
    // re-entry take the `for` loop's edges (the second call's jumps would
    // take the same edges: the same loop serves).
    snapshot(
        "macro_jumps",
        quote!(yield = u32),
        quote! {
            fn odd_halves(values: &[Option<u32>]) -> usize {
                let mut count = 0;
                for v in values {
                    let n = or_skip!(*v);
                    if n % 2 == 0 {
                        skip!();
                    }
                    yield_!(n / 2);
                    count += 1;
                }
                count
            }
        },
    );
}

#[test]
fn async_pages() {
    snapshot(
        "async_pages",
        quote!(yield = String),
        quote! {
            async fn pages(source: &Source, size: usize) -> usize {
                let mut offset = 0;
                loop {
                    let page = source.fetch(offset, size).await;
                    if page.is_empty() {
                        return offset;
                    }
                    offset += page.len();
                    for row in &page {
                        yield_!(row.to_string());
                    }
                }
            }
        },
    );
}

/// The body of the compile-time benchmark's generators
/// (`benches/scripts/compile_time.sh`): a loop whose branches suspend.
fn branches() -> proc_macro2::TokenStream {
    quote! {
        fn branches(n: u64) {
            let mut acc = 0u64;
            let mut seen = Vec::new();
            for i in 0..n {
                if i % 3 == 0 {
                    yield_!(acc ^ i);
                    seen.push(i);
                } else {
                    match i % 4 {
                        0 => acc = acc.wrapping_mul(31),
                        1 => { yield_!(acc.wrapping_add(1)); }
                        _ => acc = acc.wrapping_add(i),
                    }
                }
            }
            yield_!(acc.wrapping_add(seen.len() as u64));
        }
    }
}

#[test]
fn branches_snapshot() {
    snapshot("branches", quote!(yield = u64), branches());
}

/// A guard on the size of the expansion, which every user pays for in
/// compile time: the expansion of `branches` (pretty-printed, shadow
/// included) may not grow past its budget unnoticed. Lower the budget when
/// the expansion shrinks.
#[test]
fn expansion_line_budget() {
    const BUDGET: usize = 440;
    let args: Args = syn::parse2(quote!(yield = u64)).unwrap();
    let tokens = expand::generator(args, syn::parse2(branches()).unwrap()).unwrap();
    let lines = prettyplease::unparse(&syn::parse2(tokens).unwrap())
        .lines()
        .count();
    assert!(
        lines <= BUDGET,
        "the reference generator expands to {lines} lines, over the budget of {BUDGET}"
    );
}

/// The editor view (`ide` module): the signature with the parameters as
/// written (`mut`, patterns, `self`), the shadow over them, and a stand-in
/// machine; nothing of the state machine, and no generated token located
/// at the user's.
#[test]
fn editor_view_snapshot() {
    let args: Args = syn::parse2(quote!(yield = u64)).unwrap();
    let item: syn::ItemFn = syn::parse2(quote! {
        fn evens(&self, mut n: usize, (lo, hi): (u64, u64)) -> usize {
            let items = vec![lo, hi, self.base];
            for x in &items {
                if *x % 2 == 0 {
                    yield_!(*x);
                }
            }
            n += items.len();
            n
        }
    })
    .unwrap();
    let tokens = crate::ide::with(true, || expand::generator_expansion(args, item, true)).unwrap();
    let text = prettyplease::unparse(&syn::parse2(tokens).unwrap());
    for internal in ["kept_in_generator", "take_full", "self_", "conjure", "Slot"] {
        assert!(
            !text.contains(internal),
            "`{internal}` in the editor view:\n{text}"
        );
    }
    check("editor_view", "expanded.rs", &text);
}

/// A body that does not parse (an editor's half-typed `a.`) still gets the
/// generator's signature and its tokens in a closure, each `yield_!` a
/// value of any type, for the editor's own error recovery.
#[test]
fn editor_view_of_a_body_that_does_not_parse() {
    let args: Args = syn::parse2(quote!(yield = u64)).unwrap();
    let item = quote! {
        fn fib(n: usize) {
            let (mut a, mut b) = (0u64, 1u64);
            for _ in 0..n {
                yield_!(a);
                a.
                (a, b) = (b, a.wrapping_add(b));
            }
        }
    };
    assert!(syn::parse2::<syn::ItemFn>(item.clone()).is_err());
    let text = expand::unparsed(&args, item).to_string();
    assert!(
        text.contains("Gen < impl :: genfn :: __private :: Body"),
        "{text}"
    );
    assert!(text.contains("let _ = || {"), "{text}");
    assert!(
        text.contains("{ let _ = (a) ; :: genfn :: __private :: shadow_resume () }"),
        "{text}"
    );
    assert!(!text.contains("compile_error"), "{text}");
}

/// The editor view of `gen_!{}`: the shadow bound to a name, and a stand-in
/// generator whose types come from the shadow's channel and value.
#[test]
fn editor_view_of_an_inline_generator() {
    for asynchronous in [false, true] {
        let input: crate::parse::InlineGen = syn::parse2(quote!({
            for x in &v {
                yield *x;
            }
            7u8
        }))
        .unwrap();
        let tokens =
            crate::ide::with(true, || expand::inline_expansion(input, asynchronous, true)).unwrap();
        let text = tokens.to_string();
        let stand_in = if asynchronous {
            "editor_async_gen"
        } else {
            "editor_gen"
        };
        assert!(text.contains(stand_in), "{text}");
        for internal in ["take_full", "Slot", "kept_in_generator"] {
            assert!(
                !text.contains(internal),
                "`{internal}` in the editor view:\n{text}"
            );
        }
    }
}
