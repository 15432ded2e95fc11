//! Name scopes, temporaries and `ref` bindings: bugs found on real code,
//! each kept as the smallest program that showed it. Run under Miri too:
//! `cargo +nightly miri test -p genfn --test scope_regressions`.

#![allow(clippy::all)]
#![allow(unused_assignments, unused_variables, dead_code)]

use std::cell::RefCell;
use std::io::BufRead;
use std::sync::Mutex;

use genfn::{Body, CoroutineState, Gen, generator};

#[macro_use]
mod common;
use common::*;

/// Runs `g` to completion: what it yielded, and what it returned.
fn run<B: Body<Resume = ()>>(mut g: Gen<B>) -> (Vec<B::Yield>, B::Return) {
    let mut ys = Vec::new();
    loop {
        match g.resume(()) {
            CoroutineState::Yielded(y) => ys.push(y),
            CoroutineState::Complete(r) => return (ys, r),
        }
    }
}

// ---- the `else` block of a `let … else` ------------------------------------

// The `else` block does not see the pattern's bindings: its `x` is the
// parameter (it was the pattern's unbound `x`: "invalid generator state").
#[generator(yield = u32)]
fn let_else_names_the_parameter(x: u32) -> u32 {
    let Some(x) = None::<u32> else {
        yield_!(0);
        return x;
    };
    x
}

#[test]
fn let_else_block_sees_the_outer_name() {
    assert_eq!(run(let_else_names_the_parameter(7)), (vec![0], 7));
}

// The same in a loop, the `else` block suspending and then leaving with
// `continue` or `break`; the pattern's `x` shadows a local `x`.
#[generator(yield = u32)]
fn let_else_in_loops(items: Vec<Option<u32>>) -> u32 {
    let x = 100;
    let mut total = 0;
    for it in items {
        let Some(x) = it else {
            yield_!(x);
            continue;
        };
        total += x;
        yield_!(x);
    }
    let mut n = 0;
    loop {
        n += 1;
        let Some(x) = (n < 3).then_some(n) else {
            yield_!(x + 1);
            break;
        };
        yield_!(x);
    }
    total + x
}

#[test]
fn let_else_block_that_continues_or_breaks_sees_the_outer_name() {
    assert_eq!(
        run(let_else_in_loops(vec![Some(1), None, Some(2)])),
        (vec![1, 100, 2, 1, 2, 101], 103)
    );
}

// The shadowed local is kept in place (borrowed across a yield) and
// dropped at its own scope's end, after the pattern's binding.
#[generator(yield = &'static str)]
fn let_else_shadows_a_kept_local(o: Option<Guard>) -> &'static str {
    let x = Guard::new("outer");
    let r = &x;
    yield_!(r.name());
    let Some(x) = o else {
        yield_!(x.name());
        return r.name();
    };
    yield_!(r.name());
    x.name()
}

#[test]
fn let_else_with_a_kept_outer_local() {
    let log = Log::fresh();
    assert_eq!(
        run(let_else_shadows_a_kept_local(None)),
        (vec!["outer", "outer"], "outer")
    );
    check!(log, ["new outer", "drop outer"]);
    let inner = Guard::new("inner");
    log.take();
    assert_eq!(
        run(let_else_shadows_a_kept_local(Some(inner))),
        (vec!["outer", "outer"], "inner")
    );
    check!(log, ["new outer", "drop inner", "drop outer"]);
}

// The same without a suspension point in the `else` block.
#[generator(yield = &'static str)]
fn let_else_plain_shadows_a_kept_local(o: Option<Guard>) -> &'static str {
    let x = Guard::new("outer");
    let r = &x;
    yield_!(r.name());
    let Some(x) = o else {
        return x.name();
    };
    yield_!(r.name());
    x.name()
}

#[test]
fn plain_let_else_with_a_kept_outer_local() {
    let log = Log::fresh();
    assert_eq!(
        run(let_else_plain_shadows_a_kept_local(None)),
        (vec!["outer"], "outer")
    );
    check!(log, ["new outer", "drop outer"]);
}

// ---- other scopes inside a statement ---------------------------------------

// The bindings of a let-chain are in scope in the rest of the chain: its
// `x > 3` is the binding, not the kept-in-place local `x` (it was rewritten
// into an access to the local: "type `u32` cannot be dereferenced").
#[generator(yield = u32)]
fn let_chain_shadows_a_kept_local(a: Option<u32>) {
    let x = 50u32;
    let r = &x;
    yield_!(*r);
    if let Some(x) = a
        && x > 3
    {
        yield_!(x);
    } else {
        yield_!(x);
    }
    while let Some(x) = a
        && x > 100
    {
        yield_!(x);
    }
    let n = if let Some(x) = a
        && x > 3
    {
        x
    } else {
        0
    };
    yield_!(n);
    yield_!(*r);
}

#[test]
fn let_chain_bindings_shadow_kept_locals() {
    assert_eq!(
        run(let_chain_shadows_a_kept_local(Some(5))).0,
        [50, 5, 5, 50]
    );
    assert_eq!(
        run(let_chain_shadows_a_kept_local(Some(1))).0,
        [50, 50, 0, 50]
    );
}

// An assignment to an inner block's own `x` does not define the outer `x`
// (it made the outer `x` dead before the block: "used binding isn't
// initialized").
#[generator(yield = u32)]
fn inner_let_shadows_an_outer_local() {
    let x = String::from("abc");
    let mut n = 0;
    yield_!(0);
    {
        let mut x = 0u32;
        x = 5;
        n = 5;
    }
    yield_!(n);
    yield_!(x.len() as u32);
}

#[test]
fn inner_assignment_does_not_define_the_outer_local() {
    assert_eq!(run(inner_let_shadows_an_outer_local()).0, [0, 5, 3]);
}

// ---- temporaries of a `for` loop's iterable ---------------------------------

// The iterable's temporaries live to the end of the loop, as in Rust: the
// iterator borrows the `Ref` across the yield (it was rejected: E0716), and
// the `RefCell` stays borrowed until the loop ends.
#[generator(yield = i32)]
fn for_over_a_borrowed_temporary(c: &RefCell<Vec<i32>>) {
    for x in c.borrow().iter() {
        yield_!(*x + c.try_borrow_mut().is_err() as i32 * 100);
    }
    c.borrow_mut().push(3);
    yield_!(c.borrow().len() as i32);
}

#[test]
fn for_iterable_temporaries_live_for_the_whole_loop() {
    let c = RefCell::new(vec![1, 2]);
    assert_eq!(
        for_over_a_borrowed_temporary(&c).collect::<Vec<_>>(),
        [101, 102, 3]
    );
}

fn make() -> Vec<u32> {
    vec![1, 2, 3]
}

fn pick(_: ()) -> Vec<u32> {
    vec![42]
}

// Other shapes: `&mut` temporaries, guards, `&` of a temporary, nested
// temporaries, temporaries behind adapters; receivers taken by value stay
// moved (`into_iter`, `BufRead::lines`); the iterable may suspend.
#[generator(yield = u32)]
fn for_over_temporaries(c: RefCell<Vec<u32>>, m: Mutex<Vec<u32>>, s: &str) {
    for x in c.borrow_mut().iter_mut() {
        *x += 1;
        yield_!(*x);
    }
    for x in m.lock().unwrap().iter() {
        yield_!(*x);
    }
    for x in &vec![7u32, 8] {
        yield_!(*x);
    }
    for x in &make()[1..] {
        yield_!(*x);
    }
    for x in vec![9u32].iter() {
        yield_!(*x);
    }
    for ch in s.to_string().chars() {
        yield_!(ch as u32);
    }
    for x in c.borrow().as_slice().iter().map(|x| x * 10) {
        yield_!(x);
    }
    for x in make().drain(..1) {
        yield_!(x);
    }
    for x in make().into_iter().rev() {
        yield_!(x);
    }
    for l in std::io::BufReader::new(&b"5\n6"[..]).lines() {
        yield_!(l.unwrap().parse().unwrap());
    }
    for x in pick(yield_!(0)).iter() {
        yield_!(*x);
    }
}

#[test]
fn for_over_temporaries_of_many_shapes() {
    let c = RefCell::new(vec![1, 2]);
    let m = Mutex::new(vec![4]);
    assert_eq!(
        for_over_temporaries(c, m, "ab").collect::<Vec<_>>(),
        [
            2, 3, 4, 7, 8, 2, 3, 9, 97, 98, 20, 30, 1, 3, 2, 1, 5, 6, 0, 42
        ]
    );
}

/// A value with a guard whose iterator has one too.
struct Holder(Vec<u32>, Guard);

impl Holder {
    fn new(name: &'static str) -> Holder {
        Holder(vec![1, 2], Guard::new(name))
    }
    fn iter(&self) -> HolderIter<'_> {
        HolderIter(self.0.iter(), Guard::new("iter"))
    }
}

struct HolderIter<'a>(std::slice::Iter<'a, u32>, Guard);

impl<'a> Iterator for HolderIter<'a> {
    type Item = &'a u32;
    fn next(&mut self) -> Option<&'a u32> {
        self.0.next()
    }
}

#[generator(yield = u32)]
fn for_over_a_guarded_temporary(stop: bool) {
    for i in 0..2 {
        for x in Holder::new("holder").iter() {
            mark("body");
            yield_!(*x);
            if stop {
                break;
            }
            if *x == 1 && i == 1 {
                continue;
            }
        }
        mark("after");
    }
}

fn plain_over_a_guarded_temporary(stop: bool, out: &mut Vec<u32>) {
    for i in 0..2 {
        for x in Holder::new("holder").iter() {
            mark("body");
            out.push(*x);
            if stop {
                break;
            }
            if *x == 1 && i == 1 {
                continue;
            }
        }
        mark("after");
    }
}

// The iterator is dropped first, then the temporary, at the end of the
// loop (also when leaving it by `break`), or when the generator is dropped.
#[test]
fn for_iterable_temporaries_are_dropped_after_the_iterator() {
    let log = Log::fresh();
    for stop in [false, true] {
        let got = for_over_a_guarded_temporary(stop).collect::<Vec<_>>();
        let got_log = log.take();
        let mut want = Vec::new();
        plain_over_a_guarded_temporary(stop, &mut want);
        assert_eq!((got, got_log), (want, log.take()));
    }
    let mut g = for_over_a_guarded_temporary(false);
    assert_eq!(g.next(), Some(1));
    check!(log, ["new holder", "new iter", "body"]);
    drop(g);
    check!(log, ["drop iter", "drop holder"]);
}
