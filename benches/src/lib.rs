//! The benchmark workloads, written once per implementation.
//!
//! Every workload function builds its generator(s), drives them to the end
//! and returns a checksum, so the whole workload (creation included) is
//! compiled inside this crate for every implementation alike, and nothing
//! can be optimised away. The bench target (`benches/workloads.rs`) times
//! these functions; `tests/checksums.rs` and the bench's `main` check that
//! all implementations of a workload agree.
//!
//! Workloads (see BENCHMARKS.md):
//! - W1 count: yield `0..n` as `u64`, summed through `Iterator`.
//! - W2 fib: `W2_GENS` generators of `FIB_LEN` Fibonacci numbers each.
//! - W3 tree: in-order walk of a complete binary tree stored in a slice
//!   (implicit heap indexing), recursive and with an explicit stack.
//! - W4 send: a coroutine receiving `n` resume values, yielding the running
//!   total.
//! - W5 large state: a generator holding a `[u8; 4096]` buffer it mutates
//!   between yields.

#![cfg_attr(feature = "nightly", feature(async_iterator, gen_blocks))]

pub mod corosensei_impl;
pub mod diapause_impl;
pub mod from_fn_impl;
pub mod genawaiter_impl;
pub mod genfn_impl;
pub mod hand;
pub mod nextgen_impl;
pub mod streams;

/// W1: items yielded.
pub const W1_N: u64 = 1_000_000;
/// W2: number of generators created.
pub const W2_GENS: u64 = 10_000;
/// W2: Fibonacci numbers per generator.
pub const FIB_LEN: usize = 90;
/// W3: depth of the complete binary tree (`2^depth - 1` nodes).
pub const W3_DEPTH: u32 = 20;
/// W4: resume values sent.
pub const W4_N: u64 = 1_000_000;
/// W5: items yielded.
pub const W5_N: u64 = 1_000_000;
/// W5: size of the buffer the generator holds.
pub const BUF: usize = 4096;

/// Items produced by one run of each workload, for ns/item.
pub fn items(workload: &str) -> u64 {
    match workload {
        "w1_count" => W1_N,
        "w2_fib" => W2_GENS * FIB_LEN as u64,
        "w3_tree_rec" | "w3_tree_stack" => (1u64 << W3_DEPTH) - 1,
        "w4_send" => W4_N,
        "w5_large" => W5_N,
        _ => panic!("unknown workload {workload}"),
    }
}

/// W1's consumer. `black_box` on each item keeps LLVM from replacing the
/// sum of `0..n` by its closed form (it does so for the hand-written
/// iterator, which would make every ratio meaningless); it costs the same
/// for every implementation.
#[inline(always)]
pub fn add_item(acc: u64, x: u64) -> u64 {
    acc.wrapping_add(core::hint::black_box(x))
}

/// W3's consumer: order-sensitive, so an in-order walk is checked, not just
/// the multiset of values.
#[inline(always)]
pub fn mix(acc: u64, x: u64) -> u64 {
    acc.wrapping_mul(31).wrapping_add(x)
}

/// W2: the first pair of generator number `k` (so that the generators are
/// not all identical and LLVM cannot hoist one of them out of the loop).
#[inline(always)]
pub fn fib_seed(k: u64) -> (u64, u64) {
    (k & 0xff, 1)
}

/// W2: the length of each generator, hidden from the optimiser. With the
/// constant 90 visible, rustc 1.95 at opt-level 3 did not finish compiling
/// the hand-written Fibonacci iterator in 10 minutes (LLVM fully unrolls the
/// loop and the Fibonacci recurrence blows up), and implementations would be
/// unrolled to different degrees; so every implementation reads it at run
/// time, once per workload run.
#[inline(always)]
pub fn fib_len() -> usize {
    core::hint::black_box(FIB_LEN)
}

/// W4: the `i`-th value sent.
#[inline(always)]
pub fn send_value(i: u64) -> u64 {
    i.wrapping_mul(7) ^ 3
}

/// W5: one step on the buffer, and the value yielded after it.
#[inline(always)]
pub fn buf_step(buf: &mut [u8; BUF], i: u64) -> u64 {
    let j = (i as usize) & (BUF - 1);
    buf[j] = buf[j].wrapping_add(i as u8 | 1);
    buf[(i as usize).wrapping_mul(31) & (BUF - 1)] as u64
}

/// W3: a complete binary tree of `depth` levels, node `i` having children
/// `2i+1` and `2i+2`.
pub fn make_tree(depth: u32) -> Vec<u64> {
    (0..(1u64 << depth) - 1)
        .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40)
        .collect()
}

/// One implementation's entry points; `None` where the library cannot
/// express the workload.
pub struct Impl {
    pub name: &'static str,
    pub w1: Option<fn(u64) -> u64>,
    pub w2: Option<fn(u64) -> u64>,
    pub w3_rec: Option<fn(&[u64]) -> u64>,
    pub w3_stack: Option<fn(&[u64]) -> u64>,
    pub w4: Option<fn(u64) -> u64>,
    pub w5: Option<fn(u64) -> u64>,
}

/// All implementations, hand-written first.
pub fn impls() -> Vec<Impl> {
    vec![
        Impl {
            name: "hand-written",
            w1: Some(hand::w1),
            w2: Some(hand::w2),
            w3_rec: Some(hand::w3_rec_callback),
            w3_stack: Some(hand::w3_stack),
            w4: Some(hand::w4),
            w5: Some(hand::w5),
        },
        Impl {
            name: "genfn",
            w1: Some(genfn_impl::w1),
            w2: Some(genfn_impl::w2),
            w3_rec: Some(genfn_impl::w3_rec),
            w3_stack: Some(genfn_impl::w3_stack),
            w4: Some(genfn_impl::w4),
            w5: Some(genfn_impl::w5),
        },
        Impl {
            name: "std::iter::from_fn",
            w1: Some(from_fn_impl::w1),
            w2: Some(from_fn_impl::w2),
            w3_rec: None,
            w3_stack: Some(from_fn_impl::w3_stack),
            w4: None,
            w5: Some(from_fn_impl::w5),
        },
        Impl {
            name: "genawaiter",
            w1: Some(genawaiter_impl::w1),
            w2: Some(genawaiter_impl::w2),
            w3_rec: Some(genawaiter_impl::w3_rec),
            w3_stack: Some(genawaiter_impl::w3_stack),
            w4: Some(genawaiter_impl::w4),
            w5: Some(genawaiter_impl::w5),
        },
        Impl {
            name: "next-gen",
            w1: Some(nextgen_impl::w1),
            w2: Some(nextgen_impl::w2),
            w3_rec: Some(nextgen_impl::w3_rec),
            w3_stack: Some(nextgen_impl::w3_stack),
            w4: Some(nextgen_impl::w4),
            w5: Some(nextgen_impl::w5),
        },
        Impl {
            name: "diapause",
            w1: Some(diapause_impl::w1),
            w2: Some(diapause_impl::w2),
            w3_rec: Some(diapause_impl::w3_rec),
            w3_stack: Some(diapause_impl::w3_stack),
            w4: Some(diapause_impl::w4),
            w5: Some(diapause_impl::w5),
        },
        Impl {
            name: "corosensei",
            w1: Some(corosensei_impl::w1),
            w2: Some(corosensei_impl::w2),
            w3_rec: Some(corosensei_impl::w3_rec),
            w3_stack: Some(corosensei_impl::w3_stack),
            w4: Some(corosensei_impl::w4),
            w5: Some(corosensei_impl::w5),
        },
    ]
}

/// Runs every implementation of every workload with the given sizes and
/// panics unless all implementations of a workload return the same checksum.
pub fn check_all(w1: u64, w2: u64, depth: u32, w4: u64, w5: u64) {
    fn agree<T: Copy>(
        workload: &str,
        impls: &[Impl],
        get: impl Fn(&Impl) -> Option<T>,
        run: impl Fn(T) -> u64,
    ) {
        let mut expected = None;
        for imp in impls {
            if let Some(f) = get(imp) {
                let sum = run(f);
                match expected {
                    None => expected = Some((imp.name, sum)),
                    Some((first, want)) => {
                        assert_eq!(sum, want, "{workload}: {} disagrees with {first}", imp.name)
                    }
                }
            }
        }
    }
    let impls = impls();
    let tree = make_tree(depth);
    agree("w1", &impls, |i| i.w1, |f| f(w1));
    agree("w2", &impls, |i| i.w2, |f| f(w2));
    agree("w3", &impls, |i| i.w3_rec, |f| f(&tree));
    agree("w3", &impls, |i| i.w3_stack, |f| f(&tree));
    assert_eq!(hand::w3_rec_callback(&tree), hand::w3_stack(&tree));
    agree("w4", &impls, |i| i.w4, |f| f(w4));
    agree("w5", &impls, |i| i.w5, |f| f(w5));
}
