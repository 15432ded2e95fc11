//! Name scopes, temporaries and `ref` bindings: bugs found on real code,
//! each kept as the smallest program that showed it. Run under Miri too:
//! `cargo +nightly miri test -p genfn --test scope_regressions`.

#![allow(clippy::all)]
#![allow(unused_assignments, unused_variables)]

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
