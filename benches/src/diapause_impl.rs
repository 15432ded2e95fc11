//! diapause: `#[diapause::coroutine]` (a CFG transform into a state enum).
//! Locals held across a yield need type annotations, pattern bindings cannot
//! cross a yield, and a recursive delegation is `yield_all!(box sub)` with
//! the sub-coroutine bound to an annotated local (it borrows the tree).

use diapause::{Coroutine, CoroutineState};

use crate::{BUF, add_item, buf_step, fib_len, fib_seed, mix, send_value};

#[diapause::coroutine(yield = u64)]
pub fn count(n: u64) {
    for i in 0u64..n {
        yield_!(i);
    }
}

pub fn w1(n: u64) -> u64 {
    count(n).into_iter().fold(0, add_item)
}

#[diapause::coroutine(yield = u64)]
pub fn fib(seed: (u64, u64), len: usize) {
    let mut a: u64 = seed.0;
    let mut b: u64 = seed.1;
    for _ in 0usize..len {
        yield_!(a);
        (a, b) = (b, a.wrapping_add(b));
    }
}

pub fn w2(gens: u64) -> u64 {
    let len = fib_len();
    let mut total = 0u64;
    for k in 0..gens {
        total = total.wrapping_add(fib(fib_seed(k), len).into_iter().fold(0, u64::wrapping_add));
    }
    total
}

#[diapause::coroutine(yield = u64)]
pub fn walk<'a>(tree: &'a [u64], i: usize) {
    if i < tree.len() {
        let left: walk::State<'a> = walk(tree, 2 * i + 1);
        yield_all!(box left);
        yield_!(tree[i]);
        let right: walk::State<'a> = walk(tree, 2 * i + 2);
        yield_all!(box right);
    }
}

pub fn w3_rec(tree: &[u64]) -> u64 {
    walk(tree, 0).into_iter().fold(0, mix)
}

#[diapause::coroutine(yield = u64)]
pub fn walk_stack<'a>(tree: &'a [u64]) {
    let mut stack: Vec<usize> = Vec::with_capacity(64);
    let mut i: usize = 0;
    loop {
        while i < tree.len() {
            stack.push(i);
            i = 2 * i + 1;
        }
        let j: usize = match stack.pop() {
            Some(j) => j,
            None => break,
        };
        yield_!(tree[j]);
        i = 2 * j + 2;
    }
}

pub fn w3_stack(tree: &[u64]) -> u64 {
    walk_stack(tree).into_iter().fold(0, mix)
}

#[diapause::coroutine(yield = u64, resume = u64)]
pub fn running_total(n: u64) -> u64 {
    let mut total: u64 = 0;
    for _ in 0u64..n {
        let v = yield_!(total);
        total = total.wrapping_add(v);
    }
    total
}

pub fn w4(n: u64) -> u64 {
    let mut g = running_total(n);
    let mut acc = match g.start() {
        CoroutineState::Yielded(t) => t,
        CoroutineState::Complete(t) => return t,
    };
    let mut i = 0;
    loop {
        match g.resume(send_value(i)) {
            CoroutineState::Yielded(t) => acc = acc.wrapping_add(t),
            CoroutineState::Complete(t) => return acc.wrapping_add(t),
        }
        i += 1;
    }
}

#[diapause::coroutine(yield = u64)]
pub fn large(n: u64) {
    let mut buf: [u8; BUF] = [0u8; BUF];
    for i in 0u64..n {
        yield_!(buf_step(&mut buf, i));
    }
}

pub fn w5(n: u64) -> u64 {
    large(n).into_iter().fold(0, u64::wrapping_add)
}
