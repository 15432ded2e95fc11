//! Non-`move` closures (and `async` blocks) that capture locals, parameters
//! or `self` by reference and live across suspension points: the captured
//! locals are kept in place, and the closure captures a reference to the
//! place (not the step's pointer to it), so it lives as long as it would in
//! a plain function. Each generator is checked against the same body as a
//! plain function where one can be written.
//!
//! This file runs under Miri (Stacked and Tree Borrows): it exercises the
//! accesses a kept closure makes while other code uses the same local.

#![allow(clippy::all)]

use std::cell::Cell;

use genfn::{Gen, gen_, generator};

#[macro_use]
mod common;
use common::*;

fn drain<B: genfn::Body<Resume = ()> + Unpin>(mut g: Gen<B>) -> (Vec<B::Yield>, B::Return) {
    let items: Vec<B::Yield> = g.by_ref().collect();
    (items, g.take_return().expect("completed"))
}

// ---------------------------------------------------------------------------
// A closure in a local, called on both sides of suspension points.

#[generator(yield = usize)]
fn closure_borrows_a_local() -> usize {
    let v = vec![1, 2, 3];
    let len = || v.len();
    yield_!(len());
    // The local is read directly while the closure lives.
    yield_!(len() + v[0]);
    yield_!(len());
    // Moved once the closure is no longer used.
    let w = v;
    w.len() * 10
}

#[test]
fn a_closure_that_borrows_a_local_lives_across_yields() {
    assert_eq!(drain(closure_borrows_a_local()), (vec![3, 4, 3], 30));
}

#[generator(yield = &'static str)]
fn closure_borrows_a_guard() {
    let g = Guard::new("g");
    let name = || {
        g.touch();
        g.name()
    };
    yield_!(name());
    mark("between");
    yield_!(name());
    mark("end");
}

#[test]
fn the_local_a_kept_closure_borrows_is_dropped_once_at_its_scope_end() {
    let log = Log::fresh();
    assert_eq!(drain(closure_borrows_a_guard()).0, ["g", "g"]);
    check!(
        log,
        ["new g", "touch g", "between", "touch g", "end", "drop g"]
    );

    // Dropped with the generator, suspended while the closure lives.
    let mut g = closure_borrows_a_guard();
    assert_eq!(g.next(), Some("g"));
    check!(log, ["new g", "touch g"]);
    drop(g);
    check!(log, ["drop g"]);
}

#[generator(yield = u32)]
fn closure_mutates_a_local() -> Vec<u32> {
    let mut out = Vec::new();
    let mut push = |x| {
        out.push(x);
        out.len() as u32
    };
    yield_!(push(1));
    yield_!(push(2));
    push(3);
    // The closure is done: the local is used again.
    out.push(4);
    yield_!(out.len() as u32);
    out
}

#[test]
fn a_closure_that_mutates_a_local_lives_across_yields() {
    assert_eq!(
        drain(closure_mutates_a_local()),
        (vec![1, 2, 4], vec![1, 2, 3, 4])
    );
}

#[generator(yield = usize)]
fn closure_returns_a_borrow() {
    let words = vec![String::from("ab"), String::from("cde")];
    let pick = |i: usize| &words[i];
    let first = pick(0);
    yield_!(first.len());
    yield_!(pick(1).len() + first.len());
}

#[test]
fn a_kept_closure_may_return_a_borrow_of_what_it_captures() {
    assert_eq!(drain(closure_returns_a_borrow()).0, [2, 5]);
}

#[generator(yield = usize)]
fn nested_closures() {
    let v = vec![1, 2, 3];
    let k = 10;
    let outer = || {
        let inner = |i: usize| v[i] + k;
        inner(0) + inner(2)
    };
    yield_!(outer());
    yield_!(outer() + v.len());
}

#[test]
fn nested_kept_closures_borrow_the_same_locals() {
    assert_eq!(drain(nested_closures()).0, [24, 27]);
}

#[generator(yield = String)]
fn closure_with_a_format_macro() {
    let v = vec![1, 2];
    let name = String::from("v");
    let show = || format!("{name}={:?}/{}", v, v.len());
    yield_!(show());
    yield_!(show());
}

#[test]
fn a_kept_closure_may_mention_locals_in_macros() {
    assert_eq!(
        drain(closure_with_a_format_macro()).0,
        ["v=[1, 2]/2", "v=[1, 2]/2"]
    );
}

#[generator(yield = usize)]
fn closure_moves_one_local_and_borrows_another() {
    let v = vec![1, 2, 3];
    let g = Guard::new("moved");
    let once = || {
        let g = g;
        g.touch();
        v.len()
    };
    yield_!(v.len());
    mark("call");
    yield_!(once());
    yield_!(v.len());
}

#[test]
fn a_kept_closure_may_move_one_local_and_borrow_another() {
    let log = Log::fresh();
    assert_eq!(
        drain(closure_moves_one_local_and_borrows_another()).0,
        [3, 3, 3]
    );
    check!(log, ["new moved", "call", "touch moved", "drop moved"]);
}

// ---------------------------------------------------------------------------
// Disjoint fields: the closure uses one field, other code uses another
// while the closure lives. A closure over a kept local borrows the whole
// local (the shadow mentions it whole: the generator cannot tell a field of
// a struct from one behind a reference, ui test
// kept_closure_borrows_whole_local), so the field is borrowed into a local
// of its own first.

#[generator(yield = usize)]
fn closure_borrows_one_field_while_another_changes() {
    let mut s = (vec![1, 2], 0usize);
    let s0 = &s.0;
    let len = || s0.len();
    s.1 += 1;
    yield_!(len() + s.1);
    let r = &mut s.1;
    *r += len();
    yield_!(*r);
    *r += len();
    yield_!(len());
    yield_!(s.1);
}

#[test]
fn a_kept_closure_borrows_only_the_field_it_uses() {
    assert_eq!(
        drain(closure_borrows_one_field_while_another_changes()).0,
        [3, 3, 2, 5]
    );
}

#[generator(yield = usize)]
fn closure_mutates_one_field_while_another_is_read() {
    let mut s = (Vec::new(), String::from("abc"));
    let s0 = &mut s.0;
    let mut push = |x: usize| s0.push(x);
    let name = &s.1;
    push(name.len());
    yield_!(name.len());
    push(1);
    yield_!(s.0.len() + name.len());
    yield_!(s.0.iter().sum());
}

#[test]
fn a_kept_closure_may_mutate_one_field_while_another_is_borrowed() {
    assert_eq!(
        drain(closure_mutates_one_field_while_another_is_read()).0,
        [3, 5, 4]
    );
}

// ---------------------------------------------------------------------------
// Parameters and `self`.

#[generator(yield = u32)]
fn closure_borrows_a_parameter(v: Vec<u32>, k: u32) -> usize {
    let scaled = |i: usize| v[i] * k;
    for i in 0..v.len() {
        yield_!(scaled(i));
    }
    v.len()
}

#[test]
fn a_kept_closure_may_borrow_a_parameter() {
    assert_eq!(
        drain(closure_borrows_a_parameter(vec![1, 2, 3], 5)),
        (vec![5, 10, 15], 3)
    );
}

#[generator(yield = u32)]
fn closure_borrows_a_reference_parameter<'a>(out: &'a mut Vec<u32>, add: &'a u32) {
    let mut push = |x: u32| {
        out.push(x + *add);
        out.len() as u32
    };
    yield_!(push(1));
    yield_!(push(2));
    out.push(0);
}

#[test]
fn a_kept_closure_may_borrow_through_a_reference_parameter() {
    let mut out = Vec::new();
    let add = 10;
    assert_eq!(
        drain(closure_borrows_a_reference_parameter(&mut out, &add)).0,
        [1, 2]
    );
    assert_eq!(out, [11, 12, 0]);
}

struct Parser {
    offset: u32,
    calls: Cell<u32>,
}

#[derive(Debug, PartialEq)]
struct Hir(u32);

impl Parser {
    fn hir_char(&self, ch: char) -> Hir {
        self.calls.set(self.calls.get() + 1);
        Hir(ch as u32 + self.offset)
    }

    /// The shape of regex-lite's `parse_escape`: a closure over `self`
    /// returning a `Result`, applied with `?` between suspension points.
    #[generator(yield = Hir)]
    fn escapes<'a>(&'a self, text: &'a str) -> Result<u32, String> {
        let special = |ch| Ok::<Hir, String>(self.hir_char(ch));
        for ch in text.chars() {
            if ch == '!' {
                return Err(format!("bad {ch}"));
            }
            yield_!(special(ch)?);
        }
        Ok(self.calls.get())
    }
}

#[test]
fn a_kept_closure_may_borrow_self() {
    let p = Parser {
        offset: 1,
        calls: Cell::new(0),
    };
    assert_eq!(drain(p.escapes("ab")), (vec![Hir(98), Hir(99)], Ok(2)));
    assert_eq!(
        drain(p.escapes("c!")),
        (vec![Hir(100)], Err("bad !".into()))
    );
}

struct Counter {
    n: u32,
    seen: Vec<u32>,
}

impl Counter {
    #[generator(yield = u32)]
    fn count(&mut self) -> usize {
        let mut bump = |by: u32| {
            self.n += by;
            self.n
        };
        yield_!(bump(1));
        yield_!(bump(2));
        // After the closure's last use, `self` is used directly again.
        self.seen.push(self.n);
        yield_!(self.seen.len() as u32);
        self.seen.len()
    }
}

#[test]
fn a_kept_closure_may_mutate_through_self() {
    let mut c = Counter { n: 0, seen: vec![] };
    assert_eq!(drain(c.count()), (vec![1, 3, 1], 1));
    assert_eq!((c.n, c.seen), (3, vec![3]));
}

// ---------------------------------------------------------------------------
// Iterator adapters holding a closure that borrows.

#[generator(yield = u32)]
fn map_with_a_borrowing_closure() {
    let v = vec![1, 2, 3];
    let k = 10;
    for x in v.iter().map(|e| e + k) {
        yield_!(x)
    }
    yield_!(k);
}

#[test]
fn a_for_over_an_adapter_whose_closure_borrows() {
    assert_eq!(drain(map_with_a_borrowing_closure()).0, [11, 12, 13, 10]);
}

#[generator(yield = u32)]
fn filter_kept_in_a_local() {
    let v = vec![1, 5, 2, 7];
    let lim = 2;
    let it = v.iter().filter(|e| **e > lim);
    yield_!(0);
    for x in it {
        yield_!(*x)
    }
    yield_!(lim);
}

#[test]
fn an_adapter_whose_closure_borrows_kept_in_a_local() {
    assert_eq!(drain(filter_kept_in_a_local()).0, [0, 5, 7, 2]);
}

#[generator(yield = u32)]
fn adapter_with_a_counting_closure() -> u32 {
    let v = vec![3, 4, 5];
    let mut calls = 0;
    let mut it = v.iter().map(|e| {
        calls += 1;
        e * 2
    });
    while let Some(x) = it.next() {
        yield_!(x);
    }
    calls
}

#[test]
fn an_adapter_whose_closure_mutates_a_local() {
    assert_eq!(
        drain(adapter_with_a_counting_closure()),
        (vec![6, 8, 10], 3)
    );
}

#[generator(yield = usize)]
fn boxed_closures_in_a_vec() {
    let v = vec![1, 2, 3];
    let k = 4;
    let fs: Vec<Box<dyn Fn() -> usize + '_>> = vec![Box::new(|| v.len()), Box::new(|| k + v[0])];
    for f in &fs {
        yield_!(f());
    }
}

#[test]
fn boxed_closures_that_borrow_kept_in_a_vec() {
    assert_eq!(drain(boxed_closures_in_a_vec()).0, [3, 5]);
}

// ---------------------------------------------------------------------------
// In `gen_!{}` and loops.

#[test]
fn a_kept_closure_in_an_inline_generator() {
    let base = 100;
    let g = gen_! {
        let v = vec![1, 2];
        let at = |i: usize| v[i] + base;
        yield at(0);
        yield at(1);
    };
    assert_eq!(g.collect::<Vec<_>>(), [101, 102]);
}

#[generator(yield = usize)]
fn closure_declared_in_a_loop() {
    for round in 0..3usize {
        let v = vec![round; round + 1];
        let g = Guard::new("round");
        let sum = || {
            g.touch();
            v.iter().sum::<usize>()
        };
        yield_!(sum());
        yield_!(sum() + 1);
    }
}

#[test]
fn a_kept_closure_declared_in_a_loop() {
    let log = Log::fresh();
    assert_eq!(drain(closure_declared_in_a_loop()).0, [0, 1, 2, 3, 6, 7]);
    let want: Vec<String> = (0..3)
        .flat_map(|_| ["new round", "touch round", "touch round", "drop round"])
        .map(String::from)
        .collect();
    assert_eq!(log.take(), want);
}

// ---------------------------------------------------------------------------
// Closures and borrows stored by a statement into a local that lives across
// a suspension point.

#[generator(yield = usize)]
fn closures_pushed_into_a_vec() -> usize {
    let k = 3;
    let g = Guard::new("k");
    let mut fs: Vec<Box<dyn Fn() -> usize + '_>> = Vec::new();
    fs.push(Box::new(|| k + 1));
    yield_!(0);
    fs.push(Box::new(|| {
        g.touch();
        k * 2
    }));
    for f in &fs {
        yield_!(f());
    }
    fs.len()
}

#[test]
fn closures_pushed_into_a_kept_vec_borrow_locals() {
    let log = Log::fresh();
    assert_eq!(drain(closures_pushed_into_a_vec()), (vec![0, 4, 6], 2));
    check!(log, ["new k", "touch k", "drop k"]);
}

struct Handler<'a> {
    on_item: Option<Box<dyn FnMut(u32) -> u32 + 'a>>,
}

#[generator(yield = u32)]
fn closure_assigned_to_a_field() -> u32 {
    let mut total = 0;
    let mut h = Handler { on_item: None };
    h.on_item = Some(Box::new(|x| {
        total += x;
        total
    }));
    yield_!(0);
    for x in [1, 2, 3] {
        let f = h.on_item.as_mut().unwrap();
        yield_!(f(x));
    }
    drop(h);
    total
}

#[test]
fn a_closure_assigned_to_a_field_of_a_kept_local() {
    assert_eq!(drain(closure_assigned_to_a_field()), (vec![0, 1, 3, 6], 6));
}

#[generator(yield = u32)]
fn references_pushed_into_a_vec() {
    let a = 1;
    let b = 2;
    let mut rs = Vec::new();
    rs.push(&a);
    yield_!(0);
    rs.push(&b);
    for r in &rs {
        yield_!(**r);
    }
}

#[test]
fn references_pushed_into_a_kept_vec() {
    assert_eq!(drain(references_pushed_into_a_vec()).0, [0, 1, 2]);
}

// ---------------------------------------------------------------------------
// Closures that use a kept local by value (`f(k)`): Rust captures a `Copy`
// local by reference and moves any other into the closure when it is made;
// the generator makes the same choice by the type.

fn add(a: u32, b: u32) -> u32 {
    a + b
}

#[generator(yield = u32)]
fn copy_local_passed_by_value() {
    let v = vec![1, 2];
    let k = 3;
    for x in v.iter().map(|e| add(*e, k)) {
        yield_!(x)
    }
    let f = |e| add(e, k);
    yield_!(f(10));
    yield_!(f(20));
}

#[test]
fn a_kept_closure_may_pass_a_copy_local_by_value() {
    assert_eq!(drain(copy_local_passed_by_value()).0, [4, 5, 13, 23]);
}

#[generator(yield = u32)]
fn copy_local_mutated_and_passed_by_value() -> u32 {
    let mut n = 0;
    let mut bump = || {
        n += 1;
        add(n, 0)
    };
    yield_!(bump());
    yield_!(bump());
    // The closure mutated the local itself, not a copy of it.
    n
}

#[test]
fn a_kept_closure_that_mutates_a_copy_local_it_uses_by_value_mutates_the_local() {
    assert_eq!(
        drain(copy_local_mutated_and_passed_by_value()),
        (vec![1, 2], 2)
    );
}

#[generator(yield = usize)]
fn owned_local_moved_into_a_kept_closure() -> usize {
    let g = Guard::new("g");
    let k = 2;
    let once = || {
        let g = g;
        g.touch();
        k
    };
    yield_!(0);
    mark("call");
    yield_!(once());
    mark("after");
    k
}

#[generator(yield = usize)]
fn owned_local_moved_into_a_kept_closure_never_called() {
    let g = Guard::new("g");
    let never = || drop(g);
    yield_!(0);
    mark("drop the closure");
    drop(never);
    mark("dropped");
    yield_!(1);
}

#[test]
fn a_local_moved_into_a_kept_closure_belongs_to_the_closure() {
    let log = Log::fresh();
    assert_eq!(
        drain(owned_local_moved_into_a_kept_closure()),
        (vec![0, 2], 2)
    );
    check!(log, ["new g", "call", "touch g", "drop g", "after"]);

    // Dropped with the closure, as in Rust, not at the end of its scope.
    assert_eq!(
        drain(owned_local_moved_into_a_kept_closure_never_called()).0,
        [0, 1]
    );
    check!(log, ["new g", "drop the closure", "drop g", "dropped"]);

    // Dropped with the generator, suspended while the closure owns it.
    let mut gen_ = owned_local_moved_into_a_kept_closure_never_called();
    assert_eq!(gen_.next(), Some(0));
    drop(gen_);
    check!(log, ["new g", "drop g"]);
}

#[generator(yield = String)]
fn generic_local_moved_into_a_kept_closure<T: Clone + std::fmt::Debug>(x: T, n: u32) {
    let show = |i: u32| format!("{:?}/{i}", x.clone());
    yield_!(show(n));
    yield_!(show(n + 1));
    let consume = || Some(x);
    yield_!(String::new());
    let taken = consume();
    yield_!(format!("{taken:?}"));
}

#[generator(yield = u32)]
fn generic_copy_local_in_a_kept_closure<T: Copy + Into<u32>>(x: T) {
    let f = |a: u32| add(a, T::into(x));
    yield_!(f(1));
    yield_!(f(2));
}

#[test]
fn a_kept_closure_over_a_generic_local_follows_its_bounds() {
    assert_eq!(
        drain(generic_local_moved_into_a_kept_closure(
            String::from("s"),
            1
        ))
        .0,
        ["\"s\"/1", "\"s\"/2", "", "Some(\"s\")"]
    );
    assert_eq!(drain(generic_copy_local_in_a_kept_closure(5u8)).0, [6, 7]);
}

#[generator(yield = u32)]
fn by_value_and_a_local_of_the_step() {
    let k = 3;
    let r = &k;
    yield_!(*r);
    // `y` lives in this step only; the closure captures it and `k`.
    let y = 5;
    let f = |e| add(e, k) + y;
    let z = f(1);
    yield_!(z + *r);
}

#[test]
fn a_closure_using_a_kept_local_by_value_may_capture_other_locals() {
    assert_eq!(drain(by_value_and_a_local_of_the_step()).0, [3, 12]);
}

// http's `insert_occupied_mult`: a `Copy` value and a `&mut` passed to a
// function by a closure whose result lives across suspension points; the
// `&mut` is reborrowed, and used again after the closure.

#[derive(Clone, Copy)]
struct RawLinks(u32);

fn drain_all_extra_values(raw: RawLinks, extra: &mut Vec<u32>, head: usize) -> Vec<u32> {
    extra.drain(head..).map(|x| x + raw.0).collect()
}

#[generator(yield = usize)]
fn closure_reborrows_a_mut_reference(
    values: &mut Vec<u32>,
    links: Option<usize>,
) -> Option<std::vec::IntoIter<u32>> {
    let raw_links = RawLinks(100);
    yield_!(0);
    let extra_values = &mut *values;
    yield_!(1);
    let next = links.map(|l| drain_all_extra_values(raw_links, extra_values, l).into_iter());
    yield_!(2);
    extra_values.push(9);
    yield_!(extra_values.len());
    next
}

#[test]
fn a_kept_closure_may_reborrow_a_mut_reference_it_passes_by_value() {
    let mut v = vec![1, 2, 3];
    let mut g = closure_reborrows_a_mut_reference(&mut v, Some(1));
    let items: Vec<usize> = g.by_ref().collect();
    let next: Vec<u32> = g.take_return().unwrap().unwrap().collect();
    assert_eq!((items, next), (vec![0, 1, 2, 2], vec![102, 103]));
    drop(g);
    assert_eq!(v, [1, 9]);
}

// A closure another macro builds around a local reaches a kept-in-place
// local through a reference made for the macro, whose place it borrows: it
// may live across suspension points (ui
// `closure_built_by_macro_kept_across_yield` for a local the generator
// does not keep).

macro_rules! deferred {
    ($e:expr) => {
        || $e
    };
}

#[generator(yield = usize)]
fn closure_built_by_a_macro() {
    let v = vec![1, 2, 3];
    let r = &v;
    let len = deferred!(v.len());
    yield_!(0);
    yield_!(len() + r.len());
}

#[test]
fn a_closure_a_macro_builds_around_a_kept_local_lives_across_yields() {
    assert_eq!(drain(closure_built_by_a_macro()).0, [0, 6]);
}

// A closure that reaches a kept local may be sent to another thread (a
// scoped one) when the local's type is `Send` and `Sync`.
#[generator(yield = usize)]
fn closure_on_a_scoped_thread() {
    let v = vec![1, 2, 3];
    let r = &v;
    yield_!(0);
    let n = std::thread::scope(|s| s.spawn(|| v.len() + r.len()).join().unwrap());
    yield_!(n);
}

#[test]
fn a_closure_over_a_kept_local_may_run_on_a_scoped_thread() {
    assert_eq!(drain(closure_on_a_scoped_thread()).0, [0, 6]);
}

// ---------------------------------------------------------------------------
// A local that a statement macro declares is not one the generator knows of:
// a closure that uses it is not made `move` (Rust borrows it).

macro_rules! declare_zero {
    ($n:ident) => {
        let mut $n = 0u32;
    };
}

macro_rules! declare_log {
    ($n:ident) => {
        let mut $n: Vec<String> = Vec::new();
    };
}

fn consume(v: Vec<usize>) -> usize {
    v.iter().sum()
}

#[generator(yield = u32)]
fn closure_assigns_a_local_a_macro_declared() {
    let v = vec![7usize, 8, 9];
    let r = &v;
    yield_!(0);
    let _ = r.len();
    declare_zero!(m);
    let c = || {
        m = consume(v) as u32;
    };
    c();
    yield_!(m);
}

#[generator(yield = String)]
fn closure_reads_a_local_a_macro_declared() {
    let v = vec![String::from("a"), String::from("b")];
    let r = &v;
    yield_!(r[0].clone());
    declare_log!(log);
    log.push(String::from("x"));
    let c = || {
        let n = log.len();
        drop(v);
        n
    };
    let n = c();
    // The macro's local is the user's code's alone: used before the next
    // suspension point (the generator does not keep what it does not know).
    log.push(String::from("y"));
    let joined = log.join(",");
    yield_!(format!("{n} {joined}"));
}

#[test]
fn a_closure_over_a_local_a_macro_declared_borrows_it() {
    // As a plain function: m = 24 after the call.
    assert_eq!(drain(closure_assigns_a_local_a_macro_declared()).0, [0, 24]);
    assert_eq!(
        drain(closure_reads_a_local_a_macro_declared()).0,
        ["a", "1 x,y"]
    );
}
