//! corosensei: stackful coroutines (each `Coroutine::new` maps a fresh
//! stack, 1 MiB by default). Recursion is a plain recursive function that
//! suspends through the `Yielder`; the tree walks borrow the tree, so they
//! use `ScopedCoroutine`. A `Coroutine` is not an `Iterator`, so
//! the iterator workloads wrap it in `std::iter::from_fn`.

use corosensei::{Coroutine, CoroutineResult, ScopedCoroutine, Yielder};

use crate::{BUF, add_item, buf_step, fib_len, fib_seed, mix, send_value};

fn iter<Y>(mut co: Coroutine<(), Y, ()>) -> impl Iterator<Item = Y> {
    std::iter::from_fn(move || co.resume(()).as_yield())
}

pub fn count(n: u64) -> Coroutine<(), u64, ()> {
    Coroutine::new(move |y: &Yielder<(), u64>, ()| {
        for i in 0..n {
            y.suspend(i);
        }
    })
}

pub fn w1(n: u64) -> u64 {
    iter(count(n)).fold(0, add_item)
}

pub fn fib(seed: (u64, u64), len: usize) -> Coroutine<(), u64, ()> {
    Coroutine::new(move |y: &Yielder<(), u64>, ()| {
        let (mut a, mut b) = seed;
        for _ in 0..len {
            y.suspend(a);
            (a, b) = (b, a.wrapping_add(b));
        }
    })
}

pub fn w2(gens: u64) -> u64 {
    let len = fib_len();
    let mut total = 0u64;
    for k in 0..gens {
        total = total.wrapping_add(iter(fib(fib_seed(k), len)).fold(0, u64::wrapping_add));
    }
    total
}

fn walk(y: &Yielder<(), u64>, tree: &[u64], i: usize) {
    if i < tree.len() {
        walk(y, tree, 2 * i + 1);
        y.suspend(tree[i]);
        walk(y, tree, 2 * i + 2);
    }
}

pub fn w3_rec(tree: &[u64]) -> u64 {
    // The walk borrows `tree`: a `ScopedCoroutine`, driven inside its scope.
    ScopedCoroutine::new(|y: &Yielder<(), u64>, ()| walk(y, tree, 0))
        .scope(|mut co| std::iter::from_fn(|| co.as_mut().resume(()).as_yield()).fold(0, mix))
}

pub fn w3_stack(tree: &[u64]) -> u64 {
    ScopedCoroutine::new(|y: &Yielder<(), u64>, ()| {
        let mut stack = Vec::with_capacity(64);
        let mut i = 0;
        loop {
            while i < tree.len() {
                stack.push(i);
                i = 2 * i + 1;
            }
            let Some(j) = stack.pop() else { break };
            y.suspend(tree[j]);
            i = 2 * j + 2;
        }
    })
    .scope(|mut co| std::iter::from_fn(|| co.as_mut().resume(()).as_yield()).fold(0, mix))
}

pub fn running_total(n: u64) -> Coroutine<u64, u64, u64> {
    // The first resume value starts the body (and is dropped, as in Python).
    Coroutine::new(move |y: &Yielder<u64, u64>, _first: u64| {
        let mut total = 0u64;
        for _ in 0..n {
            let v = y.suspend(total);
            total = total.wrapping_add(v);
        }
        total
    })
}

pub fn w4(n: u64) -> u64 {
    let mut g = running_total(n);
    let mut acc = match g.resume(0) {
        CoroutineResult::Yield(t) => t,
        CoroutineResult::Return(t) => return t,
    };
    let mut i = 0;
    loop {
        match g.resume(send_value(i)) {
            CoroutineResult::Yield(t) => acc = acc.wrapping_add(t),
            CoroutineResult::Return(t) => return acc.wrapping_add(t),
        }
        i += 1;
    }
}

pub fn large(n: u64) -> Coroutine<(), u64, ()> {
    Coroutine::new(move |y: &Yielder<(), u64>, ()| {
        let mut buf = [0u8; BUF];
        for i in 0..n {
            y.suspend(buf_step(&mut buf, i));
        }
    })
}

pub fn w5(n: u64) -> u64 {
    iter(large(n)).fold(0, u64::wrapping_add)
}
