//! next-gen: `#[generator]` functions (an `async fn` underneath), instanced
//! and pinned with `mk_gen!` (on the stack, or `box` for the recursive
//! sub-generators, which have to live on the heap).

use next_gen::prelude::*;

use crate::{BUF, add_item, buf_step, fib_len, fib_seed, mix, send_value};

#[generator(yield(u64))]
pub fn count(n: u64) {
    for i in 0..n {
        yield_!(i);
    }
}

pub fn w1(n: u64) -> u64 {
    mk_gen!(let g = count(n));
    g.fold(0, add_item)
}

#[generator(yield(u64))]
pub fn fib(seed: (u64, u64), len: usize) {
    let (mut a, mut b) = seed;
    for _ in 0..len {
        yield_!(a);
        (a, b) = (b, a.wrapping_add(b));
    }
}

pub fn w2(gens: u64) -> u64 {
    let len = fib_len();
    let mut total = 0u64;
    for k in 0..gens {
        mk_gen!(let g = fib(fib_seed(k), len));
        total = total.wrapping_add(g.fold(0, u64::wrapping_add));
    }
    total
}

#[generator(yield(u64))]
pub fn walk(tree: &[u64], i: usize) {
    if i < tree.len() {
        mk_gen!(let mut left = box walk(tree, 2 * i + 1));
        for x in left.as_mut() {
            yield_!(x);
        }
        yield_!(tree[i]);
        mk_gen!(let mut right = box walk(tree, 2 * i + 2));
        for x in right.as_mut() {
            yield_!(x);
        }
    }
}

pub fn w3_rec(tree: &[u64]) -> u64 {
    mk_gen!(let g = walk(tree, 0));
    g.fold(0, mix)
}

#[generator(yield(u64))]
pub fn walk_stack(tree: &[u64]) {
    let mut stack = Vec::with_capacity(64);
    let mut i = 0;
    loop {
        while i < tree.len() {
            stack.push(i);
            i = 2 * i + 1;
        }
        let Some(j) = stack.pop() else { break };
        yield_!(tree[j]);
        i = 2 * j + 2;
    }
}

pub fn w3_stack(tree: &[u64]) -> u64 {
    mk_gen!(let g = walk_stack(tree));
    g.fold(0, mix)
}

// The first resume value is bound to `_first` (it starts the body).
#[generator(yield(u64), resume(u64) as _first)]
pub fn running_total(n: u64) -> u64 {
    let mut total = 0u64;
    for _ in 0..n {
        let v = yield_!(total);
        total = total.wrapping_add(v);
    }
    total
}

pub fn w4(n: u64) -> u64 {
    mk_gen!(let mut g = running_total(n));
    let mut acc = match g.as_mut().resume(0) {
        GeneratorState::Yielded(t) => t,
        GeneratorState::Returned(t) => return t,
    };
    let mut i = 0;
    loop {
        match g.as_mut().resume(send_value(i)) {
            GeneratorState::Yielded(t) => acc = acc.wrapping_add(t),
            GeneratorState::Returned(t) => return acc.wrapping_add(t),
        }
        i += 1;
    }
}

#[generator(yield(u64))]
pub fn large(n: u64) {
    let mut buf = [0u8; BUF];
    for i in 0..n {
        yield_!(buf_step(&mut buf, i));
    }
}

pub fn w5(n: u64) -> u64 {
    mk_gen!(let g = large(n));
    g.fold(0, u64::wrapping_add)
}
