//! rustc's own generators, nightly only: `gen` blocks and `#[coroutine]`
//! closures, next to the hand-written baseline and genfn compiled by the
//! same nightly compiler in the same run.
//!
//! `cargo +nightly bench -p genfn-benches --features nightly --bench nightly`
//! (the target has `required-features = ["nightly"]`, so stable builds never
//! see it).

#![feature(
    gen_blocks,
    coroutines,
    coroutine_trait,
    stmt_expr_attributes,
    iter_from_coroutine
)]

use std::iter::from_coroutine;
use std::ops::{Coroutine, CoroutineState};
use std::pin::{Pin, pin};
use std::sync::LazyLock;

use divan::black_box;
use genfn_benches::{
    BUF, W1_N, W2_GENS, W3_DEPTH, W4_N, W5_N, add_item, buf_step, fib_len, fib_seed, genfn_impl,
    hand, make_tree, mix, send_value, streams,
};

/// Items of the stream workloads (`s1_plain`, `s2_ready`, `s3_pending`):
/// as in `benches/streams.rs`.
const STREAM_N: u64 = 1_000_000;

static TREE: LazyLock<Vec<u64>> = LazyLock::new(|| make_tree(W3_DEPTH));

/// `gen` blocks: an `Iterator` directly. No resume values (W4).
mod rustc_gen {
    use super::*;

    pub fn w1(n: u64) -> u64 {
        gen move {
            for i in 0..n {
                yield i;
            }
        }
        .fold(0, add_item)
    }

    pub fn w2(gens: u64) -> u64 {
        let len = fib_len();
        let mut total = 0u64;
        for k in 0..gens {
            let seed = fib_seed(k);
            let g = gen move {
                let (mut a, mut b) = seed;
                for _ in 0..len {
                    yield a;
                    (a, b) = (b, a.wrapping_add(b));
                }
            };
            total = total.wrapping_add(g.fold(0, u64::wrapping_add));
        }
        total
    }

    /// A recursive `gen` needs a box (its type would contain itself).
    fn walk(tree: &[u64], i: usize) -> Box<dyn Iterator<Item = u64> + '_> {
        Box::new(gen move {
            if i < tree.len() {
                for x in walk(tree, 2 * i + 1) {
                    yield x;
                }
                yield tree[i];
                for x in walk(tree, 2 * i + 2) {
                    yield x;
                }
            }
        })
    }

    pub fn w3_rec(tree: &[u64]) -> u64 {
        walk(tree, 0).fold(0, mix)
    }

    pub fn w3_stack(tree: &[u64]) -> u64 {
        gen move {
            let mut stack = Vec::with_capacity(64);
            let mut i = 0;
            loop {
                while i < tree.len() {
                    stack.push(i);
                    i = 2 * i + 1;
                }
                let Some(j) = stack.pop() else { break };
                yield tree[j];
                i = 2 * j + 2;
            }
        }
        .fold(0, mix)
    }

    pub fn w5(n: u64) -> u64 {
        gen move {
            let mut buf = [0u8; BUF];
            for i in 0..n {
                yield buf_step(&mut buf, i);
            }
        }
        .fold(0, u64::wrapping_add)
    }
}

/// `#[coroutine]` closures, iterated with `iter::from_coroutine`, resumed
/// with values for W4.
mod rustc_coroutine {
    use super::*;

    pub fn w1(n: u64) -> u64 {
        from_coroutine(
            #[coroutine]
            move || {
                for i in 0..n {
                    yield i;
                }
            },
        )
        .fold(0, add_item)
    }

    pub fn w2(gens: u64) -> u64 {
        let len = fib_len();
        let mut total = 0u64;
        for k in 0..gens {
            let seed = fib_seed(k);
            let g = from_coroutine(
                #[coroutine]
                move || {
                    let (mut a, mut b) = seed;
                    for _ in 0..len {
                        yield a;
                        (a, b) = (b, a.wrapping_add(b));
                    }
                },
            );
            total = total.wrapping_add(g.fold(0, u64::wrapping_add));
        }
        total
    }

    type BoxCo<'a> = Pin<Box<dyn Coroutine<Yield = u64, Return = ()> + 'a>>;

    /// Recursion through a boxed sub-coroutine, driven by hand (there is no
    /// `yield from`).
    fn walk(tree: &[u64], i: usize) -> BoxCo<'_> {
        Box::pin(
            #[coroutine]
            move || {
                if i < tree.len() {
                    let mut left = walk(tree, 2 * i + 1);
                    while let CoroutineState::Yielded(x) = left.as_mut().resume(()) {
                        yield x;
                    }
                    yield tree[i];
                    let mut right = walk(tree, 2 * i + 2);
                    while let CoroutineState::Yielded(x) = right.as_mut().resume(()) {
                        yield x;
                    }
                }
            },
        )
    }

    pub fn w3_rec(tree: &[u64]) -> u64 {
        let mut co = walk(tree, 0);
        let mut acc = 0;
        while let CoroutineState::Yielded(x) = co.as_mut().resume(()) {
            acc = mix(acc, x);
        }
        acc
    }

    pub fn w3_stack(tree: &[u64]) -> u64 {
        from_coroutine(
            #[coroutine]
            move || {
                let mut stack = Vec::with_capacity(64);
                let mut i = 0;
                loop {
                    while i < tree.len() {
                        stack.push(i);
                        i = 2 * i + 1;
                    }
                    let Some(j) = stack.pop() else { break };
                    yield tree[j];
                    i = 2 * j + 2;
                }
            },
        )
        .fold(0, mix)
    }

    pub fn w4(n: u64) -> u64 {
        // The first resume value is the closure's argument (dropped here).
        let mut co = pin!(
            #[coroutine]
            move |_first: u64| {
                let mut total = 0u64;
                for _ in 0..n {
                    let v = yield total;
                    total = total.wrapping_add(v);
                }
                total
            }
        );
        let mut acc = match co.as_mut().resume(0) {
            CoroutineState::Yielded(t) => t,
            CoroutineState::Complete(t) => return t,
        };
        let mut i = 0;
        loop {
            match co.as_mut().resume(send_value(i)) {
                CoroutineState::Yielded(t) => acc = acc.wrapping_add(t),
                CoroutineState::Complete(t) => return acc.wrapping_add(t),
            }
            i += 1;
        }
    }

    pub fn w5(n: u64) -> u64 {
        from_coroutine(
            #[coroutine]
            move || {
                let mut buf = [0u8; BUF];
                for i in 0..n {
                    yield buf_step(&mut buf, i);
                }
            },
        )
        .fold(0, u64::wrapping_add)
    }
}

fn main() {
    let tree = &TREE[..];
    let (w1, w2) = (hand::w1(W1_N), hand::w2(W2_GENS));
    let (w3, w4, w5) = (hand::w3_stack(tree), hand::w4(W4_N), hand::w5(W5_N));
    assert_eq!(rustc_gen::w1(W1_N), w1);
    assert_eq!(rustc_gen::w2(W2_GENS), w2);
    assert_eq!(rustc_gen::w3_rec(tree), w3);
    assert_eq!(rustc_gen::w3_stack(tree), w3);
    assert_eq!(rustc_gen::w5(W5_N), w5);
    assert_eq!(rustc_coroutine::w1(W1_N), w1);
    assert_eq!(rustc_coroutine::w2(W2_GENS), w2);
    assert_eq!(rustc_coroutine::w3_rec(tree), w3);
    assert_eq!(rustc_coroutine::w3_stack(tree), w3);
    assert_eq!(rustc_coroutine::w4(W4_N), w4);
    assert_eq!(rustc_coroutine::w5(W5_N), w5);
    let streams_sum = (0..STREAM_N).fold(0u64, u64::wrapping_add);
    assert_eq!(streams::rustc_async_gen::s1(STREAM_N), streams_sum);
    assert_eq!(streams::rustc_async_gen::s2(STREAM_N), streams_sum);
    assert_eq!(streams::rustc_async_gen::s3(STREAM_N), streams_sum);
    eprintln!("checksums agree across implementations");
    divan::main();
}

macro_rules! group {
    ($group:ident, $input:expr; $($imp:ident => $path:path),* $(,)?) => {
        mod $group {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[divan::bench]
                fn $imp() -> u64 {
                    $path(black_box($input))
                }
            )*
        }
    };
}

group!(w1_count, W1_N;
    hand_written => hand::w1,
    genfn => genfn_impl::w1,
    rustc_gen => rustc_gen::w1,
    rustc_coroutine => rustc_coroutine::w1,
);

group!(w2_fib, W2_GENS;
    hand_written => hand::w2,
    genfn => genfn_impl::w2,
    rustc_gen => rustc_gen::w2,
    rustc_coroutine => rustc_coroutine::w2,
);

group!(w3_tree_rec, &TREE[..];
    hand_written => hand::w3_stack,
    genfn => genfn_impl::w3_rec,
    rustc_gen => rustc_gen::w3_rec,
    rustc_coroutine => rustc_coroutine::w3_rec,
);

group!(w3_tree_stack, &TREE[..];
    hand_written => hand::w3_stack,
    genfn => genfn_impl::w3_stack,
    rustc_gen => rustc_gen::w3_stack,
    rustc_coroutine => rustc_coroutine::w3_stack,
);

group!(w4_send, W4_N;
    hand_written => hand::w4,
    genfn => genfn_impl::w4,
    rustc_coroutine => rustc_coroutine::w4,
);

group!(w5_large, W5_N;
    hand_written => hand::w5,
    genfn => genfn_impl::w5,
    rustc_gen => rustc_gen::w5,
    rustc_coroutine => rustc_coroutine::w5,
);

group!(s1_plain, STREAM_N;
    hand_written => streams::hand_s1,
    genfn => streams::genfn_s1,
    rustc_async_gen => streams::rustc_async_gen::s1,
);

group!(s2_ready, STREAM_N;
    hand_written => streams::hand_s2,
    genfn => streams::genfn_s2,
    rustc_async_gen => streams::rustc_async_gen::s2,
);

group!(s3_pending, STREAM_N;
    hand_written => streams::hand_s3,
    genfn => streams::genfn_s3,
    rustc_async_gen => streams::rustc_async_gen::s3,
);
