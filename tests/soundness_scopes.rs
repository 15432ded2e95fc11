//! Scopes: a local is dropped where Rust drops it (at the closing brace of
//! its scope, in reverse declaration order, before the code that follows),
//! also when it is kept in place; and the names of items declared in a
//! generator's body resolve as in Rust. Run under Miri too:
//! `cargo +nightly miri test --test soundness_scopes`.

#![allow(clippy::all)]

use std::cell::RefCell;

use genfn::generator;

#[macro_use]
mod common;
use common::*;

// ---- scope ends of kept-in-place locals -----------------------------------

/// A `RefMut` kept in place (borrowed across a yield) is released at its
/// closing brace: the `borrow()` after it does not panic.
#[generator(yield = u32)]
fn ref_mut_released<'a>(c: &'a RefCell<u32>) {
    {
        let mut m = c.borrow_mut();
        let r = &mut *m;
        yield_!(1);
        *r += 1;
    }
    let v = *c.borrow();
    yield_!(v);
}

#[test]
fn kept_in_place_ref_mut_is_released_at_its_brace() {
    let c = RefCell::new(10);
    assert_eq!(ref_mut_released(&c).collect::<Vec<_>>(), [1, 11]);
}

/// Reads through its reference when dropped.
struct Reader<'a>(&'a Vec<u32>);

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        let sum: u32 = self.0.iter().sum();
        mark(&format!("reader saw {sum}"));
    }
}

/// `reader` is kept in place (`rr` borrows it across the yield) and reads
/// `data` when dropped: it must be dropped at its brace, before
/// `drop(data)` frees what it reads.
#[generator(yield = u32)]
fn reader_before_free() {
    let data = vec![1, 2, 3];
    {
        let reader = Reader(&data);
        let rr = &reader;
        yield_!(1);
        mark(&format!("len {}", rr.0.len()));
    }
    drop(data);
    mark("freed");
    yield_!(2);
}

#[test]
fn kept_in_place_reader_is_dropped_before_what_it_reads() {
    let log = Log::fresh();
    assert_eq!(reader_before_free().collect::<Vec<_>>(), [1, 2]);
    check!(log, ["len 3", "reader saw 6", "freed"]);
}

/// Rust's order at a closing brace: reverse declaration order, whatever
/// each local is (kept in place, taken out of its slot, untouched), and
/// before the code after the brace.
#[generator(yield = u32)]
fn mixed_scope_end() {
    {
        let a = Guard::new("a");
        let p = Guard::new("p");
        let rp = &p;
        let u = Guard::new("u");
        let b = Guard::new("b");
        yield_!(1);
        b.touch();
        rp.touch();
        a.touch();
        let _ = &u;
        let c = Guard::new("c");
        c.touch();
    }
    mark("after");
    yield_!(2);
}

#[test]
fn scope_end_drops_in_reverse_declaration_order() {
    let log = Log::fresh();
    let mut g = mixed_scope_end();
    assert_eq!(g.next(), Some(1));
    check!(log, ["new a", "new p", "new u", "new b"]);
    assert_eq!(g.next(), Some(2));
    check!(
        log,
        [
            "touch b", "touch p", "touch a", "new c", "touch c", "drop c", "drop b", "drop u",
            "drop p", "drop a", "after"
        ]
    );
    assert_eq!(g.next(), None);
    check!(log, []);
}

/// An ordinary (not kept-in-place) local used after the yield is dropped at
/// its brace too, not at the next suspension point.
#[generator(yield = u32)]
fn held_local_dropped_at_brace() {
    {
        let a = Guard::new("a");
        let _g = Guard::new("g");
        yield_!(1);
        a.touch();
    }
    mark("after");
    yield_!(2);
}

#[test]
fn held_local_is_dropped_at_its_brace() {
    let log = Log::fresh();
    let mut g = held_local_dropped_at_brace();
    assert_eq!(g.next(), Some(1));
    check!(log, ["new a", "new g"]);
    assert_eq!(g.next(), Some(2));
    check!(log, ["touch a", "drop g", "drop a", "after"]);
}

/// A borrower of a kept-in-place local that is still alive in the step (an
/// iterator over it) is dropped before it, and both before the code after
/// the brace.
#[generator(yield = u32)]
fn iterator_into_kept_local() {
    {
        let v = vec![Guard::new("x"), Guard::new("y")];
        let mut it = v.iter();
        yield_!(0);
        for g in &mut it {
            g.touch();
        }
    }
    mark("after");
    yield_!(1);
}

#[test]
fn iterator_into_kept_local_is_dropped_first() {
    let log = Log::fresh();
    assert_eq!(iterator_into_kept_local().collect::<Vec<_>>(), [0, 1]);
    check!(
        log,
        [
            "new x", "new y", "touch x", "touch y", "drop x", "drop y", "after"
        ]
    );
}

/// Nested scopes ending in the same step end innermost first, each at its
/// own brace.
#[generator(yield = u32)]
fn nested_scope_ends() {
    {
        let outer = Guard::new("outer");
        let ro = &outer;
        {
            let inner = Guard::new("inner");
            let ri = &inner;
            yield_!(1);
            ri.touch();
        }
        mark("between");
        ro.touch();
    }
    mark("after");
    yield_!(2);
}

#[test]
fn nested_scopes_end_at_their_braces() {
    let log = Log::fresh();
    assert_eq!(nested_scope_ends().collect::<Vec<_>>(), [1, 2]);
    check!(
        log,
        [
            "new outer",
            "new inner",
            "touch inner",
            "drop inner",
            "between",
            "touch outer",
            "drop outer",
            "after"
        ]
    );
}

/// `break` leaves the loop's scope: its locals are dropped before the code
/// after the loop, also when that code is emitted in the same step.
#[generator(yield = u32)]
fn break_releases<'a>(c: &'a RefCell<u32>) {
    loop {
        let mut m = c.borrow_mut();
        yield_!(1);
        *m += 1;
        break;
    }
    let v = *c.borrow();
    yield_!(v);
}

#[test]
fn break_drops_the_loop_locals_before_the_code_after_it() {
    let c = RefCell::new(1);
    assert_eq!(break_releases(&c).collect::<Vec<_>>(), [1, 2]);
}

/// Reads the `Reader` it borrows when dropped.
struct Peek<'a, 'b>(&'a Reader<'b>);

impl Drop for Peek<'_, '_> {
    fn drop(&mut self) {
        let sum: u32 = self.0.0.iter().sum();
        mark(&format!("peek saw {sum}"));
    }
}

/// The same with a kept-in-place local and a borrower that reads it when
/// dropped: the borrower first, then the kept-in-place local, then the code
/// after the loop.
#[generator(yield = u32)]
fn break_reader() {
    let data = vec![1, 2, 3];
    loop {
        let reader = Reader(&data);
        let peek = Peek(&reader);
        yield_!(1);
        mark(&format!("len {}", peek.0.0.len()));
        break;
    }
    drop(data);
    mark("freed");
    yield_!(2);
}

#[test]
fn break_drops_a_borrower_and_the_kept_in_place_local_in_order() {
    let log = Log::fresh();
    assert_eq!(break_reader().collect::<Vec<_>>(), [1, 2]);
    check!(log, ["len 3", "peek saw 6", "reader saw 6", "freed"]);
}

// ---- items in the body ------------------------------------------------------

/// Items of inner blocks resolve as in Rust where the macro accepts them:
/// used only inside their block, named like no local.
#[generator(yield = u32)]
fn items_in_blocks(n: u32) {
    fn first() -> u32 {
        1
    }
    yield_!(first());
    for i in 0..n {
        const STEP: u32 = 10;
        struct Pair(u32, u32);
        let p = Pair(i, STEP);
        yield_!(p.0 + p.1);
        yield_!(first() + STEP);
    }
}

#[test]
fn items_of_inner_blocks_resolve_as_in_rust() {
    assert_eq!(items_in_blocks(2).collect::<Vec<_>>(), [1, 10, 11, 11, 11]);
}
