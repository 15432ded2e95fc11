//! Hand-written iterators and state machines: the limit to compare against.

use crate::{BUF, add_item, buf_step, fib_len, fib_seed, mix, send_value};

/// W1.
pub struct Count {
    i: u64,
    n: u64,
}

impl Count {
    pub fn new(n: u64) -> Self {
        Count { i: 0, n }
    }
}

impl Iterator for Count {
    type Item = u64;
    #[inline]
    fn next(&mut self) -> Option<u64> {
        if self.i < self.n {
            let i = self.i;
            self.i += 1;
            Some(i)
        } else {
            None
        }
    }
}

pub fn w1(n: u64) -> u64 {
    Count::new(n).fold(0, add_item)
}

/// W2.
pub struct Fib {
    a: u64,
    b: u64,
    left: usize,
}

impl Fib {
    pub fn new(seed: (u64, u64), len: usize) -> Self {
        Fib {
            a: seed.0,
            b: seed.1,
            left: len,
        }
    }
}

impl Iterator for Fib {
    type Item = u64;
    #[inline]
    fn next(&mut self) -> Option<u64> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let a = self.a;
        (self.a, self.b) = (self.b, self.a.wrapping_add(self.b));
        Some(a)
    }
}

pub fn w2(gens: u64) -> u64 {
    let len = fib_len();
    let mut total = 0u64;
    for k in 0..gens {
        total = total.wrapping_add(Fib::new(fib_seed(k), len).fold(0, u64::wrapping_add));
    }
    total
}

/// W3, explicit stack: the hand-written in-order iterator.
pub struct InOrder<'a> {
    tree: &'a [u64],
    stack: Vec<usize>,
    i: usize,
}

impl<'a> InOrder<'a> {
    pub fn new(tree: &'a [u64]) -> Self {
        InOrder {
            tree,
            stack: Vec::with_capacity(64),
            i: 0,
        }
    }
}

impl Iterator for InOrder<'_> {
    type Item = u64;
    #[inline]
    fn next(&mut self) -> Option<u64> {
        while self.i < self.tree.len() {
            self.stack.push(self.i);
            self.i = 2 * self.i + 1;
        }
        let j = self.stack.pop()?;
        self.i = 2 * j + 2;
        Some(self.tree[j])
    }
}

pub fn w3_stack(tree: &[u64]) -> u64 {
    InOrder::new(tree).fold(0, mix)
}

/// W3, recursive: no generator at all, a recursive function calling a
/// closure for each node (internal iteration). The floor for recursion.
pub fn w3_rec_callback(tree: &[u64]) -> u64 {
    fn walk(tree: &[u64], i: usize, f: &mut impl FnMut(u64)) {
        if i < tree.len() {
            walk(tree, 2 * i + 1, f);
            f(tree[i]);
            walk(tree, 2 * i + 2, f);
        }
    }
    let mut acc = 0;
    walk(tree, 0, &mut |x| acc = mix(acc, x));
    acc
}

/// W4: the state of a coroutine receiving values and yielding the running
/// total, completing with the total after `n` values.
pub enum Step {
    Yielded(u64),
    Complete(u64),
}

pub struct RunningTotal {
    total: u64,
    left: u64,
    started: bool,
}

impl RunningTotal {
    pub fn new(n: u64) -> Self {
        RunningTotal {
            total: 0,
            left: n,
            started: false,
        }
    }

    #[inline]
    pub fn start(&mut self) -> Step {
        assert!(!self.started);
        self.started = true;
        self.step()
    }

    #[inline]
    pub fn resume(&mut self, v: u64) -> Step {
        assert!(self.started && self.left > 0, "resumed after completion");
        self.total = self.total.wrapping_add(v);
        self.left -= 1;
        self.step()
    }

    #[inline]
    fn step(&mut self) -> Step {
        if self.left == 0 {
            Step::Complete(self.total)
        } else {
            Step::Yielded(self.total)
        }
    }
}

pub fn w4(n: u64) -> u64 {
    let mut g = RunningTotal::new(n);
    let mut acc = match g.start() {
        Step::Yielded(t) => t,
        Step::Complete(t) => return t,
    };
    let mut i = 0;
    loop {
        match g.resume(send_value(i)) {
            Step::Yielded(t) => acc = acc.wrapping_add(t),
            Step::Complete(t) => return acc.wrapping_add(t),
        }
        i += 1;
    }
}

/// W5.
pub struct Large {
    buf: [u8; BUF],
    i: u64,
    n: u64,
}

impl Large {
    pub fn new(n: u64) -> Self {
        Large {
            buf: [0; BUF],
            i: 0,
            n,
        }
    }
}

impl Iterator for Large {
    type Item = u64;
    #[inline]
    fn next(&mut self) -> Option<u64> {
        if self.i < self.n {
            let x = buf_step(&mut self.buf, self.i);
            self.i += 1;
            Some(x)
        } else {
            None
        }
    }
}

pub fn w5(n: u64) -> u64 {
    Large::new(n).fold(0, u64::wrapping_add)
}
