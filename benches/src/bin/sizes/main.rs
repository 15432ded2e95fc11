//! Prints `size_of` of each implementation's generator value, as a markdown
//! table, with the ratio to the hand-written state.
//!
//! `cargo run --release -p genfn-benches --bin sizes`; with
//! `cargo +nightly run --release -p genfn-benches --features nightly --bin sizes`
//! it adds rustc's `gen` blocks and `#[coroutine]` closures.
//!
//! Only the inline size is counted: genawaiter keeps its state in `Rc` and
//! `Box` allocations, corosensei on a separately mapped stack (1 MiB by
//! default), so their numbers are handle sizes, marked as such.

#![cfg_attr(
    feature = "nightly",
    feature(gen_blocks, coroutines, stmt_expr_attributes)
)]

use std::mem::{size_of, size_of_val};

use genfn_benches::{
    corosensei_impl, diapause_impl, from_fn_impl, genawaiter_impl, genfn_impl, hand, make_tree,
    nextgen_impl,
};
use next_gen::mk_gen;

struct Row {
    label: &'static str,
    /// W1, W2, W3 stack, W4, W5.
    sizes: [Option<usize>; 5],
    note: &'static str,
}

fn main() {
    let tree = make_tree(3);
    let tree = &tree[..];
    #[cfg_attr(not(feature = "nightly"), allow(unused_mut))]
    let mut rows = vec![
        Row {
            label: "hand-written",
            sizes: [
                Some(size_of::<hand::Count>()),
                Some(size_of::<hand::Fib>()),
                Some(size_of::<hand::InOrder<'_>>()),
                Some(size_of::<hand::RunningTotal>()),
                Some(size_of::<hand::Large>()),
            ],
            note: "",
        },
        Row {
            label: "genfn",
            sizes: [
                Some(size_of_val(&genfn_impl::count(0))),
                Some(size_of_val(&genfn_impl::fib((0, 1), 0))),
                Some(size_of_val(&genfn_impl::walk_stack(tree))),
                Some(size_of_val(&genfn_impl::running_total(0))),
                Some(size_of_val(&genfn_impl::large(0))),
            ],
            note: "",
        },
        Row {
            label: "std::iter::from_fn",
            sizes: [
                Some(size_of_val(&from_fn_impl::count(0))),
                Some(size_of_val(&from_fn_impl::fib((0, 1), 0))),
                Some(size_of_val(&from_fn_impl::walk_stack(tree))),
                None,
                Some(size_of_val(&from_fn_impl::large(0))),
            ],
            note: "",
        },
        Row {
            label: "diapause",
            sizes: [
                Some(size_of_val(&diapause_impl::count(0))),
                Some(size_of_val(&diapause_impl::fib((0, 1), 0))),
                Some(size_of_val(&diapause_impl::walk_stack(tree))),
                Some(size_of_val(&diapause_impl::running_total(0))),
                Some(size_of_val(&diapause_impl::large(0))),
            ],
            note: "",
        },
        Row {
            label: "next-gen",
            sizes: nextgen_sizes(tree),
            note: "the pinned `GeneratorFn` (stack-pinned by `mk_gen!`)",
        },
        Row {
            label: "genawaiter",
            sizes: [
                Some(size_of_val(&genawaiter_impl::count(0))),
                Some(size_of_val(&genawaiter_impl::fib((0, 1), 0))),
                Some(size_of_val(&genawaiter_impl::walk_stack(tree))),
                Some(size_of_val(&genawaiter_impl::running_total(0))),
                Some(size_of_val(&genawaiter_impl::large(0))),
            ],
            note: "handle only: the state is in heap allocations",
        },
        Row {
            label: "corosensei",
            sizes: [
                Some(size_of_val(&corosensei_impl::count(0))),
                Some(size_of_val(&corosensei_impl::fib((0, 1), 0))),
                None,
                Some(size_of_val(&corosensei_impl::running_total(0))),
                Some(size_of_val(&corosensei_impl::large(0))),
            ],
            note: "handle only: the state is on a mapped stack (1 MiB default)",
        },
    ];
    #[cfg(feature = "nightly")]
    rows.extend(nightly::rows(tree));

    let hand = rows[0].sizes;
    println!(
        "| implementation | W1 count | W2 fib | W3 explicit stack | W4 send | W5 large state | note |"
    );
    println!("|---|---:|---:|---:|---:|---:|---|");
    for row in &rows {
        let mut line = format!("| {} |", row.label);
        for (size, base) in row.sizes.iter().zip(hand) {
            match (size, base) {
                (Some(s), Some(b)) if !row.note.starts_with("handle") => {
                    line += &format!(" {s} B ({:.2}x) |", *s as f64 / b as f64);
                }
                (Some(s), _) => line += &format!(" {s} B |"),
                (None, _) => line += " — |",
            }
        }
        line += &format!(" {} |", row.note);
        println!("{line}");
    }
}

fn nextgen_sizes(tree: &[u64]) -> [Option<usize>; 5] {
    use nextgen_impl::{count, fib, large, running_total, walk_stack};
    mk_gen!(let a = count(0));
    mk_gen!(let b = fib((0, 1), 0));
    mk_gen!(let c = walk_stack(tree));
    mk_gen!(let mut d = running_total(0));
    mk_gen!(let e = large(0));
    let sizes = [
        Some(size_of_val(&*a)),
        Some(size_of_val(&*b)),
        Some(size_of_val(&*c)),
        Some(size_of_val(&*d)),
        Some(size_of_val(&*e)),
    ];
    // next-gen 0.1.1 aborts the process when a generator that was never
    // resumed is dropped ("a `YieldSlot` was about to dangle"): run them all.
    let _ = (a.count(), b.count(), c.count(), e.count());
    let _ = d.as_mut().resume(0);
    sizes
}

// Out of line: a `cfg`d-out inline module is still parsed, and stable
// rejects `gen` blocks while parsing.
#[cfg(feature = "nightly")]
mod nightly;
