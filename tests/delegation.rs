//! `yield_from!`: draining iterables, PEP 380 delegation to generators
//! (resume values forwarded, the sub-generator's return value as the value of
//! the expression), `&mut` delegation, direct recursion and boxing.

// These generators exercise unusual shapes on purpose (loops that never
// loop, late initialisation, ...): clippy's style lints do not apply.
#![allow(clippy::all, unused_assignments)]

use std::cell::RefCell;
use std::collections::BTreeMap;

use genfn::{Body, BoxGen, CoroutineState, Gen, gen_, generator};

use CoroutineState::{Complete, Yielded};

fn drain<B>(mut g: Gen<B>) -> (Vec<B::Yield>, B::Return)
where
    B: Body<Resume = ()> + Unpin,
{
    let items: Vec<B::Yield> = g.by_ref().collect();
    let ret = g.take_return().expect("completed");
    (items, ret)
}

// ===========================================================================
// Iterables.

#[generator(yield = i32)]
fn from_iterables(v: Vec<i32>, extra: Option<i32>) -> usize {
    let () = yield_from!(v);
    yield_from!(0..3);
    yield_from!([10, 20]);
    yield_from!(extra);
    yield_from!(Vec::<i32>::new());
    yield_from!("12".chars().map(|c| c.to_digit(10).unwrap() as i32 * 100));
    yield_from!((1..=9).filter(|x| x % 4 == 0).rev());
    yield_from!(BTreeMap::from([(3, -3), (1, -1)]).into_values());
    7
}

fn from_iterables_plain(v: Vec<i32>, extra: Option<i32>) -> (Vec<i32>, usize) {
    let mut out = Vec::new();
    out.extend(v);
    out.extend(0..3);
    out.extend([10, 20]);
    out.extend(extra);
    out.extend("12".chars().map(|c| c.to_digit(10).unwrap() as i32 * 100));
    out.extend((1..=9).filter(|x| x % 4 == 0).rev());
    out.extend(BTreeMap::from([(3, -3), (1, -1)]).into_values());
    (out, 7)
}

#[test]
fn yield_from_iterables() {
    let got = drain(from_iterables(vec![5, 6], Some(42)));
    assert_eq!(got.0, [5, 6, 0, 1, 2, 10, 20, 42, 100, 200, 8, 4, -1, -3]);
    assert_eq!(got, from_iterables_plain(vec![5, 6], Some(42)));
    assert_eq!(
        drain(from_iterables(vec![], None)),
        from_iterables_plain(vec![], None)
    );
}

#[generator(yield = &'a T)]
fn from_borrowed<'a, T>(a: &'a [T], b: &'a [T]) {
    yield_from!(a);
    yield_from!(b.iter().rev());
}

#[test]
fn yield_from_borrowed_slices() {
    let a = [1, 2];
    let b = [3, 4];
    assert_eq!(from_borrowed(&a, &b).collect::<Vec<_>>(), [&1, &2, &4, &3]);
}

#[test]
fn yield_from_is_lazy() {
    let log = RefCell::new(Vec::new());
    let mut g = gen_! {
        yield_from!((0..3).inspect(|i| log.borrow_mut().push(*i)));
    };
    assert!(log.borrow().is_empty());
    assert_eq!(g.next(), Some(0));
    assert_eq!(*log.borrow(), [0]);
    assert_eq!(g.next(), Some(1));
    assert_eq!(*log.borrow(), [0, 1]);
    assert_eq!(g.by_ref().count(), 1);
    assert_eq!(*log.borrow(), [0, 1, 2]);
}

#[generator(yield = i32, resume = String)]
fn iterable_with_resume() -> Vec<String> {
    let mut got = Vec::new();
    got.push(yield_!(0));
    yield_from!(vec![1, 2]);
    got.push(yield_!(3));
    got
}

#[test]
fn iterable_delegation_drops_resume_values() {
    let mut g = iterable_with_resume();
    assert_eq!(g.start(), Yielded(0));
    assert_eq!(g.resume("a".into()), Yielded(1));
    assert_eq!(g.resume("dropped 1".into()), Yielded(2));
    assert_eq!(g.resume("dropped 2".into()), Yielded(3));
    assert_eq!(g.resume("b".into()), Complete(vec!["a".into(), "b".into()]));
}

// ===========================================================================
// Inline generators.

#[generator(yield = u32)]
fn from_inline(k: u32) -> u32 {
    yield_from!(gen_! {
        yield 1;
        yield 2;
    });
    let captured = k * 10;
    yield_from!(gen_!(move {
        for i in 0..k {
            yield captured + i;
        }
    }));
    let nested = gen_!(move {
        yield_from!(gen_! { yield 7; });
        yield_from!(vec![8, 9]);
    });
    yield_from!(nested);
    k
}

#[test]
fn yield_from_inline_generators() {
    let (items, ret) = drain(from_inline(2));
    assert_eq!(items, [1, 2, 20, 21, 7, 8, 9]);
    assert_eq!(ret, 2);
}

#[test]
fn inline_generator_delegating_to_named_generator() {
    let mut g = gen_! {
        let r = yield_from!(sub_with_return(3));
        yield r * 100;
        "done"
    };
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1, 2, 300]);
    assert_eq!(g.take_return(), Some("done"));
}

// ===========================================================================
// Generators with return values.

#[generator(yield = i32)]
fn sub_with_return(n: i32) -> i32 {
    for i in 0..n {
        yield_!(i);
    }
    n
}

#[generator(yield = i32)]
fn empty_sub(ret: i32) -> i32 {
    ret
}

#[generator(yield = i32)]
fn sums_of_subs() -> (i32, i32) {
    let a = yield_from!(sub_with_return(2));
    let b = yield_from!(empty_sub(40)) + yield_from!(sub_with_return(1));
    let mut total = 0;
    for n in 0..3 {
        total += yield_from!(sub_with_return(n));
    }
    yield_!(-1);
    (a + b, total)
}

#[test]
fn yield_from_evaluates_to_the_return_value() {
    let (items, ret) = drain(sums_of_subs());
    assert_eq!(items, [0, 1, 0, 0, 0, 1, -1]);
    assert_eq!(ret, (43, 3));
}

#[test]
fn immediately_complete_sub_does_not_yield() {
    let mut g = gen_! {
        let x = yield_from!(empty_sub(5));
        let y = yield_from!(empty_sub(6));
        yield x + y;
    };
    assert_eq!(g.next(), Some(11));
    assert_eq!(g.next(), None);
}

fn takes(a: i32, b: i32) -> i32 {
    a * 10 + b
}

#[generator(yield = i32)]
fn yield_from_in_expressions() -> i32 {
    let v = takes(yield_from!(sub_with_return(1)), yield_from!(empty_sub(3)));
    let w = if yield_from!(sub_with_return(2)) > 1 {
        yield_from!(sub_with_return(0)) + 100
    } else {
        -100
    };
    match yield_from!(empty_sub(9)) {
        9 => yield_!(9),
        _ => yield_!(-9),
    }
    v + w
}

#[test]
fn yield_from_inside_expressions() {
    let (items, ret) = drain(yield_from_in_expressions());
    assert_eq!(items, [0, 0, 1, 9]);
    assert_eq!(ret, 13 + 100);
}

// ===========================================================================
// PEP 380: three levels, every resume value forwarded to the innermost.

#[generator(yield = String, resume = i32)]
fn innermost(log: &RefCell<Vec<String>>) -> i32 {
    let mut sum = 0;
    loop {
        let v = yield_!(format!("inner sum {sum}"));
        log.borrow_mut().push(format!("inner got {v}"));
        if v < 0 {
            return sum * 2;
        }
        sum += v;
    }
}

#[generator(yield = String, resume = i32)]
fn middle(log: &RefCell<Vec<String>>) -> i32 {
    let before = yield_!(String::from("middle before"));
    log.borrow_mut().push(format!("middle got {before}"));
    let r = yield_from!(innermost(log));
    log.borrow_mut().push(format!("middle saw return {r}"));
    let after = yield_!(format!("middle after {r}"));
    r + after
}

#[generator(yield = String, resume = i32)]
fn outermost(log: &RefCell<Vec<String>>) -> (i32, i32) {
    let r = yield_from!(middle(log));
    let last = yield_!(format!("outer after {r}"));
    (r, last)
}

#[test]
fn three_levels_forward_every_resume_value() {
    let log = RefCell::new(Vec::new());
    let mut g = outermost(&log);
    assert_eq!(g.start(), Yielded("middle before".into()));
    assert_eq!(g.resume(1), Yielded("inner sum 0".into()));
    assert_eq!(g.resume(10), Yielded("inner sum 10".into()));
    assert_eq!(g.resume(20), Yielded("inner sum 30".into()));
    assert_eq!(g.resume(-1), Yielded("middle after 60".into()));
    assert_eq!(g.resume(5), Yielded("outer after 65".into()));
    assert_eq!(g.resume(7), Complete((65, 7)));
    assert_eq!(
        *log.borrow(),
        [
            "middle got 1",
            "inner got 10",
            "inner got 20",
            "inner got -1",
            "middle saw return 60"
        ]
    );
}

/// The same protocol written with plain functions: each level takes the
/// stream of sends and pushes what it would yield.
fn innermost_plain(
    sends: &mut impl Iterator<Item = i32>,
    out: &mut Vec<String>,
    log: &mut Vec<String>,
) -> i32 {
    let mut sum = 0;
    loop {
        out.push(format!("inner sum {sum}"));
        let v = sends.next().unwrap();
        log.push(format!("inner got {v}"));
        if v < 0 {
            return sum * 2;
        }
        sum += v;
    }
}

fn middle_plain(
    sends: &mut impl Iterator<Item = i32>,
    out: &mut Vec<String>,
    log: &mut Vec<String>,
) -> i32 {
    out.push(String::from("middle before"));
    let before = sends.next().unwrap();
    log.push(format!("middle got {before}"));
    let r = innermost_plain(sends, out, log);
    log.push(format!("middle saw return {r}"));
    out.push(format!("middle after {r}"));
    let after = sends.next().unwrap();
    r + after
}

fn outermost_plain(sends: Vec<i32>) -> (Vec<String>, (i32, i32), Vec<String>) {
    let (mut out, mut log) = (Vec::new(), Vec::new());
    let mut sends = sends.into_iter();
    let r = middle_plain(&mut sends, &mut out, &mut log);
    out.push(format!("outer after {r}"));
    let last = sends.next().unwrap();
    assert!(sends.next().is_none());
    (out, (r, last), log)
}

#[test]
fn three_levels_agree_with_plain_functions() {
    for sends in [
        vec![0, -1, 0, 0],
        vec![3, 1, 2, 3, -5, 100, -7],
        vec![9, 9, 9, 9, 9, 9, -1, 1, 2],
    ] {
        let log = RefCell::new(Vec::new());
        let mut g = outermost(&log);
        let mut out = Vec::new();
        let mut state = g.start();
        let mut it = sends.clone().into_iter();
        let ret = loop {
            match state {
                Yielded(y) => out.push(y),
                Complete(r) => break r,
            }
            state = g.resume(it.next().unwrap());
        };
        let (plain_out, plain_ret, plain_log) = outermost_plain(sends);
        assert_eq!(out, plain_out);
        assert_eq!(ret, plain_ret);
        assert_eq!(*log.borrow(), plain_log);
    }
}

#[test]
fn resume_value_that_reaches_yield_from_is_not_forwarded() {
    // The resume that makes the middle generator reach `yield_from!` belongs to
    // the middle generator (`before`); the sub-generator is started without
    // a value, as Python's `yield from` starts it with `next()`.
    let log = RefCell::new(Vec::new());
    let mut g = middle(&log);
    assert_eq!(g.start(), Yielded("middle before".into()));
    assert_eq!(g.resume(123), Yielded("inner sum 0".into()));
    assert_eq!(*log.borrow(), ["middle got 123"]);
}

// ===========================================================================
// `yield_from!(&mut sub)`.

#[generator(yield = i32)]
fn via_mut_ref<'a, B>(sub: &'a mut Gen<B>) -> i32
where
    B: Body<Resume = (), Yield = i32, Return = i32> + Unpin,
{
    yield_!(-1);
    let r = yield_from!(&mut *sub);
    yield_!(-2);
    r
}

#[generator(yield = u32)]
fn via_mut_ref_usize<'a, B>(sub: &'a mut Gen<B>) -> usize
where
    B: Body<Resume = (), Yield = u32, Return = usize> + Unpin,
{
    yield_!(-1i32 as u32);
    let r = yield_from!(sub);
    yield_!(-2i32 as u32);
    r
}

#[test]
fn yield_from_a_borrowed_generator_argument() {
    let mut sub = sub_with_return(2);
    let (items, ret) = drain(via_mut_ref(&mut sub));
    assert_eq!(items, [-1, 0, 1, -2]);
    assert_eq!(ret, 2);
    assert!(sub.is_complete());
    // The return value was handed to `yield_from!`, not kept in `sub`.
    assert_eq!(sub.take_return(), None);
}

#[test]

fn yield_from_a_partly_consumed_generator() {
    // Python: `yield from g` after `next(g)` goes on where `g` stands.
    let mut sub = sub_with_return(4);
    assert_eq!(sub.next(), Some(0));
    let (items, ret) = drain(via_mut_ref(&mut sub));
    assert_eq!(items, [-1, 1, 2, 3, -2]);
    assert_eq!(ret, 4);
}

#[test]
fn yield_from_an_already_complete_generator() {
    // Python: a finished generator delegated to raises StopIteration at once;
    // here the return value was taken by `next()`, so resuming it would panic.
    let mut sub = sub_with_return(0);
    assert_eq!(sub.next(), None);
    let mut g = via_mut_ref(&mut sub);
    assert_eq!(g.next(), Some(-1));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g.next()));
    assert!(r.is_err(), "delegating to a completed generator resumes it");
}

#[test]
fn yield_from_a_local_by_mut_ref_then_take_return() {
    let mut g = gen_! {
        let mut sub = sub_with_return(3);
        yield 100;
        let r = yield_from!(&mut sub);
        yield r + 1000;
        yield sub.is_complete() as i32;
        // The return value went to `yield_from!`, so `take_return` has none.
        yield sub.take_return().unwrap_or(-1);
    };
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [100, 0, 1, 2, 1003, 1, -1]);
}

#[test]
fn iterating_a_sub_by_ref_keeps_its_return_value() {
    // Draining a generator as an iterator (`for x in sub.by_ref()`) inside
    // another generator; the return value stays in `sub` for `take_return`.
    let mut g = gen_! {
        let mut sub = sub_with_return(2);
        let mut count = 0;
        while let Some(x) = sub.next() {
            yield x;
            count += 1;
        }
        yield count;
        yield sub.take_return().unwrap();
    };
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1, 2, 2]);
}

// ===========================================================================
// Direct recursion.

#[derive(Debug)]
enum Tree {
    Leaf(i32),
    Node(Vec<Tree>),
}

fn sample_tree() -> Tree {
    use Tree::*;
    Node(vec![
        Leaf(1),
        Node(vec![Leaf(2), Node(vec![]), Node(vec![Leaf(3), Leaf(4)])]),
        Leaf(5),
        Node(vec![Node(vec![Node(vec![Leaf(6)])])]),
    ])
}

/// Yields the leaves and returns (leaf count, depth).
#[generator(yield = i32)]
fn walk(t: &Tree) -> (usize, usize) {
    match t {
        Tree::Leaf(x) => {
            yield_!(*x);
            (1, 0)
        }
        Tree::Node(children) => {
            let mut count = 0;
            let mut depth = 0;
            for c in children {
                let (n, d) = yield_from!(walk(c));
                count += n;
                depth = depth.max(d + 1);
            }
            (count, depth)
        }
    }
}

fn walk_plain(t: &Tree, out: &mut Vec<i32>) -> (usize, usize) {
    match t {
        Tree::Leaf(x) => {
            out.push(*x);
            (1, 0)
        }
        Tree::Node(children) => {
            let mut count = 0;
            let mut depth = 0;
            for c in children {
                let (n, d) = walk_plain(c, out);
                count += n;
                depth = depth.max(d + 1);
            }
            (count, depth)
        }
    }
}

#[test]
fn recursive_walk_with_return_values() {
    let t = sample_tree();
    let (items, ret) = drain(walk(&t));
    let mut plain = Vec::new();
    let plain_ret = walk_plain(&t, &mut plain);
    assert_eq!(items, [1, 2, 3, 4, 5, 6]);
    assert_eq!(items, plain);
    assert_eq!(ret, plain_ret);
    assert_eq!(ret, (6, 4));
}

/// Towers of Hanoi: recursion with several `yield_from!` per frame.
#[generator(yield = (u8, u8))]
fn hanoi(n: u32, from: u8, to: u8, via: u8) -> u32 {
    if n == 0 {
        return 0;
    }
    let a = yield_from!(hanoi(n - 1, from, via, to));
    yield_!((from, to));
    let b = yield_from!(hanoi(n - 1, via, to, from));
    a + b + 1
}

fn hanoi_plain(n: u32, from: u8, to: u8, via: u8, out: &mut Vec<(u8, u8)>) -> u32 {
    if n == 0 {
        return 0;
    }
    let a = hanoi_plain(n - 1, from, via, to, out);
    out.push((from, to));
    let b = hanoi_plain(n - 1, via, to, from, out);
    a + b + 1
}

#[test]
fn recursive_hanoi() {
    for n in 0..8 {
        let (items, ret) = drain(hanoi(n, 1, 3, 2));
        let mut plain = Vec::new();
        assert_eq!(ret, hanoi_plain(n, 1, 3, 2, &mut plain));
        assert_eq!(items, plain);
        assert_eq!(ret, (1 << n) - 1);
    }
    assert_eq!(
        hanoi(2, 1, 3, 2).collect::<Vec<_>>(),
        [(1, 2), (1, 3), (2, 3)]
    );
}

/// Permutations of a slice, by recursion with an owned prefix.
#[generator(yield = Vec<T>)]
fn permutations<T: Clone>(prefix: Vec<T>, rest: Vec<T>) {
    if rest.is_empty() {
        yield_!(prefix);
    } else {
        for i in 0..rest.len() {
            let mut p = prefix.clone();
            let mut r = rest.clone();
            p.push(r.remove(i));
            yield_from!(permutations(p, r));
        }
    }
}

#[test]
fn recursive_permutations() {
    let all: Vec<Vec<char>> = permutations(vec![], vec!['a', 'b', 'c']).collect();
    assert_eq!(all.len(), 6);
    assert_eq!(all[0], ['a', 'b', 'c']);
    assert_eq!(all[1], ['a', 'c', 'b']);
    assert_eq!(all[5], ['c', 'b', 'a']);
}

/// Recursion with resume values: every send reaches the deepest frame.
#[generator(yield = u32, resume = u32)]
fn countdown_tree(depth: u32) -> u32 {
    if depth == 0 {
        let got = yield_!(0);
        return got;
    }
    let left = yield_from!(countdown_tree(depth - 1));
    let right = yield_from!(countdown_tree(depth - 1));
    let mine = yield_!(depth);
    left + right + mine
}

#[test]
fn recursive_delegation_forwards_resume_values() {
    let mut g = countdown_tree(2);
    assert_eq!(g.start(), Yielded(0)); // leaf
    assert_eq!(g.resume(1), Yielded(0)); // leaf
    assert_eq!(g.resume(2), Yielded(1)); // depth 1 frame
    assert_eq!(g.resume(10), Yielded(0)); // leaf
    assert_eq!(g.resume(3), Yielded(0)); // leaf
    assert_eq!(g.resume(4), Yielded(1)); // depth 1 frame
    assert_eq!(g.resume(20), Yielded(2)); // root
    assert_eq!(g.resume(100), Complete(1 + 2 + 10 + 3 + 4 + 20 + 100));
}

struct Node {
    value: u32,
    children: Vec<Node>,
}

impl Node {
    /// Recursion through `Self::method(child)`.
    #[generator(yield = u32)]
    fn preorder(&self) -> u32 {
        yield_!(self.value);
        let mut sum = self.value;
        for c in self.children.iter() {
            sum += yield_from!(Self::preorder(c));
        }
        sum
    }

    /// Recursion through `self.method()` on a sub-slice view of `self`.
    #[generator(yield = u32)]
    fn rightmost_path(&self) -> usize {
        yield_!(self.value);
        match self.children.last() {
            Some(last) => 1 + yield_from!(Self::rightmost_path(last)),
            None => 1,
        }
    }
}

#[test]
fn recursive_method() {
    let t = Node {
        value: 1,
        children: vec![
            Node {
                value: 2,
                children: vec![Node {
                    value: 3,
                    children: vec![],
                }],
            },
            Node {
                value: 4,
                children: vec![],
            },
        ],
    };
    let (items, ret) = drain(t.preorder());
    assert_eq!(items, [1, 2, 3, 4]);
    assert_eq!(ret, 10);
    let (items, ret) = drain(t.rightmost_path());
    assert_eq!(items, [1, 4]);
    assert_eq!(ret, 2);
}

// ===========================================================================
// Boxing for type erasure.

struct Pipeline {
    name: &'static str,
    source: BoxGen<'static, u32>,
}

#[generator(yield = u32)]
fn squares(n: u32) {
    for i in 0..n {
        yield_!(i * i);
    }
}

#[generator(yield = u32)]
fn constant(v: u32, times: usize) -> usize {
    for _ in 0..times {
        yield_!(v);
    }
    times
}

#[test]
fn boxed_generators_in_struct_fields() {
    let mut pipes = vec![
        Pipeline {
            name: "squares",
            source: squares(4).boxed(),
        },
        Pipeline {
            name: "inline",
            source: gen_!(move {
                yield 100;
                yield 200;
            })
            .boxed(),
        },
        Pipeline {
            name: "iter",
            source: gen_!(move { yield_from!(vec![7, 8, 9]); }).boxed(),
        },
    ];
    // Round-robin over the erased generators.
    let mut out = Vec::new();
    loop {
        let mut any = false;
        for p in pipes.iter_mut() {
            if let Some(v) = p.source.next() {
                out.push((p.name, v));
                any = true;
            }
        }
        if !any {
            break;
        }
    }
    assert_eq!(
        out,
        [
            ("squares", 0),
            ("inline", 100),
            ("iter", 7),
            ("squares", 1),
            ("inline", 200),
            ("iter", 8),
            ("squares", 4),
            ("iter", 9),
            ("squares", 9)
        ]
    );
    assert!(pipes.iter().all(|p| p.source.is_complete()));
}

#[test]
fn boxed_generator_keeps_its_return_value_and_delegates() {
    let mut b: BoxGen<'static, u32, (), usize> = constant(5, 2).boxed();
    assert_eq!(b.next(), Some(5));
    assert_eq!(b.next(), Some(5));
    assert_eq!(b.next(), None);
    assert_eq!(b.take_return(), Some(2));
    // Boxing a started generator keeps its position.
    let mut g = constant(1, 3);
    assert_eq!(g.next(), Some(1));
    let mut g = g.boxed();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 1]);
    assert_eq!(g.take_return(), Some(3));
    // A boxed generator delegated to by `&mut`.
    let mut b = constant(5, 2).boxed();
    // (A `gen_!{}` holding `&mut b` across a yield does not compile, see the
    // report; a `#[generator]` taking `&mut` does.)
    let (items, n) = drain(via_mut_ref_usize(&mut b));
    assert_eq!(items, [-1i32 as u32, 5, 5, -2i32 as u32]);
    assert_eq!(n, 2);
    assert!(b.is_complete());
}

#[test]
fn boxed_send_generators_cross_threads() {
    let g = constant(3, 2).boxed_send();
    let h = std::thread::spawn(move || {
        let mut g = g;
        let v: Vec<u32> = g.by_ref().collect();
        (v, g.take_return())
    });
    assert_eq!(h.join().unwrap(), (vec![3, 3], Some(2)));
}

fn erased(kind: u8) -> BoxGen<'static, u32, (), usize> {
    match kind {
        0 => constant(kind as u32, 1).boxed(),
        _ => gen_!(move {
            yield_from!(squares(3));
            9usize
        })
        .boxed(),
    }
}

#[test]
fn boxed_generators_of_different_types_behind_one_name() {
    let mut a = erased(0);
    let mut b = erased(1);
    assert_eq!(a.by_ref().collect::<Vec<_>>(), [0]);
    assert_eq!(a.take_return(), Some(1));
    assert_eq!(b.by_ref().collect::<Vec<_>>(), [0, 1, 4]);
    assert_eq!(b.take_return(), Some(9));
}

#[generator(yield = u32)]
fn from_boxed(parts: Vec<BoxGen<'static, u32>>) -> usize {
    let mut n = 0;
    for p in parts {
        yield_from!(p);
        n += 1;
    }
    n
}

#[test]
fn yield_from_each_boxed_generator_of_a_vec() {
    let (items, ret) = drain(from_boxed(vec![
        squares(2).boxed(),
        gen_!(move { yield 50; }).boxed(),
        squares(0).boxed(),
    ]));
    assert_eq!(items, [0, 1, 50]);
    assert_eq!(ret, 3);
}

fn checked(x: u32) -> Result<u32, String> {
    if x < 10 {
        Ok(x)
    } else {
        Err(format!("too big: {x}"))
    }
}

// `?`, `break` and `continue` inside `yield_from!`'s source are the body's,
// as in any operand (they returned from the step: E0277/E0308; found with
// the async differential tester).
#[generator(yield = u32)]
fn exits_in_a_delegated_source(v: Vec<u32>) -> Result<u32, String> {
    yield_from!([checked(v[0])?, 0]);
    for &x in &v {
        yield_from!(if x == 7 {
            break;
        } else if x == 3 {
            continue;
        } else {
            [x, x]
        });
    }
    Ok(1)
}

#[test]
fn exits_inside_a_delegated_source() {
    let mut g = exits_in_a_delegated_source(vec![1, 3, 2, 7, 5]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 0, 1, 1, 2, 2]);
    assert_eq!(g.take_return(), Some(Ok(1)));
    let mut g = exits_in_a_delegated_source(vec![12]);
    assert_eq!(g.by_ref().count(), 0);
    assert_eq!(g.take_return(), Some(Err("too big: 12".to_string())));
}
