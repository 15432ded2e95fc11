//! genawaiter (`rc` flavour): an `async` block driven by the generator,
//! values passed through a shared cell. Recursion passes the `Co` handle down
//! to a recursive `async fn` (boxed at the recursive call, as rustc
//! requires): genawaiter has no `yield from`.

use std::future::Future;

use genawaiter::GeneratorState;
use genawaiter::rc::{Co, Gen};

use crate::{BUF, add_item, buf_step, fib_len, fib_seed, mix, send_value};

pub fn count(n: u64) -> Gen<u64, (), impl Future<Output = ()>> {
    Gen::new(move |co| async move {
        for i in 0..n {
            co.yield_(i).await;
        }
    })
}

pub fn w1(n: u64) -> u64 {
    count(n).into_iter().fold(0, add_item)
}

pub fn fib(seed: (u64, u64), len: usize) -> Gen<u64, (), impl Future<Output = ()>> {
    Gen::new(move |co| async move {
        let (mut a, mut b) = seed;
        for _ in 0..len {
            co.yield_(a).await;
            (a, b) = (b, a.wrapping_add(b));
        }
    })
}

pub fn w2(gens: u64) -> u64 {
    let len = fib_len();
    let mut total = 0u64;
    for k in 0..gens {
        total = total.wrapping_add(fib(fib_seed(k), len).into_iter().fold(0, u64::wrapping_add));
    }
    total
}

async fn walk(co: &Co<u64>, tree: &[u64], i: usize) {
    if i < tree.len() {
        Box::pin(walk(co, tree, 2 * i + 1)).await;
        co.yield_(tree[i]).await;
        Box::pin(walk(co, tree, 2 * i + 2)).await;
    }
}

pub fn w3_rec(tree: &[u64]) -> u64 {
    Gen::new(|co| async move { walk(&co, tree, 0).await })
        .into_iter()
        .fold(0, mix)
}

pub fn walk_stack(tree: &[u64]) -> Gen<u64, (), impl Future<Output = ()> + '_> {
    Gen::new(move |co| async move {
        let mut stack = Vec::with_capacity(64);
        let mut i = 0;
        loop {
            while i < tree.len() {
                stack.push(i);
                i = 2 * i + 1;
            }
            let Some(j) = stack.pop() else { break };
            co.yield_(tree[j]).await;
            i = 2 * j + 2;
        }
    })
}

pub fn w3_stack(tree: &[u64]) -> u64 {
    walk_stack(tree).into_iter().fold(0, mix)
}

pub fn running_total(n: u64) -> Gen<u64, u64, impl Future<Output = u64>> {
    Gen::new(move |co| async move {
        let mut total = 0u64;
        for _ in 0..n {
            let v = co.yield_(total).await;
            total = total.wrapping_add(v);
        }
        total
    })
}

pub fn w4(n: u64) -> u64 {
    let mut g = running_total(n);
    // genawaiter's first resume value is dropped: it starts the body.
    let mut acc = match g.resume_with(0) {
        GeneratorState::Yielded(t) => t,
        GeneratorState::Complete(t) => return t,
    };
    let mut i = 0;
    loop {
        match g.resume_with(send_value(i)) {
            GeneratorState::Yielded(t) => acc = acc.wrapping_add(t),
            GeneratorState::Complete(t) => return acc.wrapping_add(t),
        }
        i += 1;
    }
}

pub fn large(n: u64) -> Gen<u64, (), impl Future<Output = ()>> {
    Gen::new(move |co| async move {
        let mut buf = [0u8; BUF];
        for i in 0..n {
            co.yield_(buf_step(&mut buf, i)).await;
        }
    })
}

pub fn w5(n: u64) -> u64 {
    large(n).into_iter().fold(0, u64::wrapping_add)
}
