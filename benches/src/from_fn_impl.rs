//! `std::iter::from_fn`: a closure holding the state. Cannot take resume
//! values (W4), and recursion (W3 recursive) has no natural form.

use std::iter::from_fn;

use crate::{BUF, add_item, buf_step, fib_len, fib_seed, mix};

pub fn count(n: u64) -> impl Iterator<Item = u64> {
    let mut i = 0;
    from_fn(move || {
        if i < n {
            i += 1;
            Some(i - 1)
        } else {
            None
        }
    })
}

pub fn w1(n: u64) -> u64 {
    count(n).fold(0, add_item)
}

pub fn fib(seed: (u64, u64), len: usize) -> impl Iterator<Item = u64> {
    let (mut a, mut b) = seed;
    let mut left = len;
    from_fn(move || {
        if left == 0 {
            return None;
        }
        left -= 1;
        let x = a;
        (a, b) = (b, a.wrapping_add(b));
        Some(x)
    })
}

pub fn w2(gens: u64) -> u64 {
    let len = fib_len();
    let mut total = 0u64;
    for k in 0..gens {
        total = total.wrapping_add(fib(fib_seed(k), len).fold(0, u64::wrapping_add));
    }
    total
}

pub fn walk_stack(tree: &[u64]) -> impl Iterator<Item = u64> + '_ {
    let mut stack = Vec::with_capacity(64);
    let mut i = 0;
    from_fn(move || {
        while i < tree.len() {
            stack.push(i);
            i = 2 * i + 1;
        }
        let j = stack.pop()?;
        i = 2 * j + 2;
        Some(tree[j])
    })
}

pub fn w3_stack(tree: &[u64]) -> u64 {
    walk_stack(tree).fold(0, mix)
}

pub fn large(n: u64) -> impl Iterator<Item = u64> {
    let mut buf = [0u8; BUF];
    let mut i = 0;
    from_fn(move || {
        if i < n {
            let x = buf_step(&mut buf, i);
            i += 1;
            Some(x)
        } else {
            None
        }
    })
}

pub fn w5(n: u64) -> u64 {
    large(n).fold(0, u64::wrapping_add)
}
