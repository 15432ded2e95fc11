//! rustc's own generators for `sizes` (nightly, `--features nightly`).

use super::*;
use genfn_benches::{BUF, buf_step};

pub(super) fn rows(tree: &[u64]) -> Vec<Row> {
    let n = 0u64;
    let seed = (0u64, 1u64);
    let len = 0usize;
    let w1 = gen move {
        for i in 0..n {
            yield i;
        }
    };
    let w2 = gen move {
        let (mut a, mut b) = seed;
        for _ in 0..len {
            yield a;
            (a, b) = (b, a.wrapping_add(b));
        }
    };
    let w3 = gen move {
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
    };
    let w4 = #[coroutine]
    move |_first: u64| {
        let mut total = 0u64;
        for _ in 0..n {
            let v = yield total;
            total = total.wrapping_add(v);
        }
        total
    };
    let w5 = gen move {
        let mut buf = [0u8; BUF];
        for i in 0..n {
            yield buf_step(&mut buf, i);
        }
    };
    vec![Row {
        label: "rustc `gen` blocks / `#[coroutine]` (W4)",
        sizes: [
            Some(size_of_val(&w1)),
            Some(size_of_val(&w2)),
            Some(size_of_val(&w3)),
            Some(size_of_val(&w4)),
            Some(size_of_val(&w5)),
        ],
        note: "nightly",
    }]
}
