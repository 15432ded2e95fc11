//! Bugs found by the differential tester's newer shapes (`--attrs`,
//! `--loop-macros`, `--place-temps`, `--raw-ptrs`, see
//! tests/differential/README.md), each kept as the smallest body that showed
//! it, next to its plain-function twin.
//!
//! Bodies that do not compile yet (valid Rust that genfn rejects) are
//! behind `#[cfg(genfn_open_bugs)]`, so that the rest of the suite builds,
//! and their tests are `#[ignore]`d: they fail as they are, and build the
//! bodies with `RUSTFLAGS='--cfg genfn_open_bugs' cargo test --test
//! shape_regressions -- --ignored`, which shows the compile error. Drop the
//! `cfg` and the `ignore` when the bug is fixed.

#![allow(unexpected_cfgs)]
// A `match` with one binding arm keeps its scrutinee's temporaries to the end
// of the match, which a `let` would not: that is the point of these bodies.
#![allow(clippy::match_single_binding)]

#[macro_use]
mod common;

#[allow(unused_imports)]
use common::{Guard, Log, mark};
#[allow(unused_imports)]
use genfn::generator;
#[allow(unused_imports)]
use std::cell::RefCell;

/// Fails an open-bug test whose body is compiled out.
#[allow(dead_code)]
fn compiled_out(what: &str) {
    panic!("open bug, compiled out: {what}; run with RUSTFLAGS='--cfg genfn_open_bugs'");
}

// ---- a local RefCell borrowed by a suspending `match`'s scrutinee ----------

// `match cell.borrow()[i]` and `match *cell.borrow()` on a *local* `RefCell`,
// with an arm that suspends: Rust keeps the `Ref` to the end of the match,
// and genfn does too for a `RefCell` parameter (scope_regressions.rs,
// `scrutinee_borrow_held`), but does not keep the local in place, so the
// state machine moved it while the `Ref` borrowed it: E0505 "cannot move
// out of `cell` because it is borrowed" and E0597 "`cell` does not live long
// enough" (fixed: the scrutinee's temporary lasts, so what it borrows is
// kept in place). (`for x in cell.borrow().iter()` and `if let Some(v) =
// cell.borrow().get(i)` compile and agree.)
#[generator(yield = i64)]
fn local_cell_index_scrutinee() {
    let cell = RefCell::new(vec![1i64, 2, 3]);
    match cell.borrow()[2] {
        n => {
            yield_!(n);
            yield_!(cell.try_borrow_mut().is_ok() as i64);
        }
    }
    yield_!(cell.try_borrow_mut().is_ok() as i64);
}

#[generator(yield = i64)]
fn local_cell_deref_scrutinee() {
    let cell = RefCell::new(5i64);
    match *cell.borrow() {
        n => {
            yield_!(n);
            yield_!(cell.try_borrow_mut().is_ok() as i64);
        }
    }
    yield_!(cell.try_borrow_mut().is_ok() as i64);
}

fn plain_local_cell_index_scrutinee(out: &mut Vec<i64>) {
    let cell = RefCell::new(vec![1i64, 2, 3]);
    match cell.borrow()[2] {
        n => {
            out.push(n);
            out.push(cell.try_borrow_mut().is_ok() as i64);
        }
    }
    out.push(cell.try_borrow_mut().is_ok() as i64);
}

fn plain_local_cell_deref_scrutinee(out: &mut Vec<i64>) {
    let cell = RefCell::new(5i64);
    match *cell.borrow() {
        n => {
            out.push(n);
            out.push(cell.try_borrow_mut().is_ok() as i64);
        }
    }
    out.push(cell.try_borrow_mut().is_ok() as i64);
}

#[test]
fn local_cell_borrowed_by_scrutinee() {
    let (mut a, mut b) = (vec![], vec![]);
    plain_local_cell_index_scrutinee(&mut a);
    plain_local_cell_deref_scrutinee(&mut b);
    assert_eq!((&a[..], &b[..]), (&[3, 0, 1][..], &[5, 0, 1][..]));
    assert_eq!(local_cell_index_scrutinee().collect::<Vec<_>>(), a);
    assert_eq!(local_cell_deref_scrutinee().collect::<Vec<_>>(), b);
}

// ---- `match &temporary` whose arm suspends ---------------------------------

// `match &make().1 { n => .. }` and `match &make() { n => .. }` with an arm
// that suspends and uses `n` after the suspension point: Rust keeps the
// temporary to the end of the match (the guide: "for a scrutinee, this holds
// for a temporary borrowed by `&`"); genfn dropped it at the end of the
// scrutinee's statement: E0716 "temporary value dropped while borrowed"
// (fixed).
// (`match make().1 { ref n => .. }` compiles and agrees.)
#[allow(dead_code)]
fn pair(v: i64) -> (Guard, i64) {
    (Guard::new("pair"), v)
}

#[generator(yield = i64)]
fn borrowed_field_of_temporary() {
    match &pair(3).1 {
        n => {
            yield_!(*n);
            mark("arm");
            yield_!(*n);
        }
    }
    mark("after");
}

#[generator(yield = i64)]
fn borrowed_temporary() {
    match &pair(4) {
        n => {
            yield_!(n.1);
            mark("arm");
            yield_!(n.1);
        }
    }
    mark("after");
}

fn plain_borrowed_field_of_temporary(out: &mut Vec<i64>) {
    match &pair(3).1 {
        n => {
            out.push(*n);
            mark("arm");
            out.push(*n);
        }
    }
    mark("after");
}

#[test]
fn borrowed_temporary_scrutinee() {
    let log = Log::fresh();
    let mut want = vec![];
    plain_borrowed_field_of_temporary(&mut want);
    assert_eq!(want, [3, 3]);
    check!(log, ["new pair", "arm", "drop pair", "after"]);
    assert_eq!(borrowed_field_of_temporary().collect::<Vec<_>>(), want);
    check!(log, ["new pair", "arm", "drop pair", "after"]);
    assert_eq!(borrowed_temporary().collect::<Vec<_>>(), [4, 4]);
    check!(log, ["new pair", "arm", "drop pair", "after"]);
}

// ---- a lint attribute on a block that suspends ----------------------------

// `#[allow(..)]` on a block (or `if`, `match`, `for`, ...) that suspends is
// copied onto the statements inside it (guide, *Attributes in the body*),
// also onto expression statements where stable Rust allows no attribute
// (`c += 1;`, E0658 "attributes on expressions are experimental"), which
// the body as written does not have (fixed: such a statement gets them on a
// block around it).
#[generator(yield = i64)]
fn allow_on_suspending_block() -> i64 {
    let mut c = 0_i64;
    #[allow(unused)]
    {
        yield_!(1);
        c += 1;
    }
    c
}

#[test]
fn lint_attribute_on_suspending_block() {
    let mut g = allow_on_suspending_block();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1]);
    assert_eq!(g.take_return(), Some(1));
}

// ---- `?` and `return` in a macro argument that is no expression -----------

// `rep!(3; check(x)?;)`: the guide says that `return` and `?` in the
// arguments of a macro are the body's own and work; genfn rewrites the
// arguments it can parse as expressions (`thrice!({ check(x)?; })` works),
// and leaves statements (`$($t:tt)*`) to the expansion, where they return
// from a step: E0277 "the `?` operator can only be used in a closure that
// returns `Result`" (E0308 for `return`).
#[allow(unused_macros)]
macro_rules! rep {
    ($n:literal; $($t:tt)*) => {
        for _ in 0..$n {
            $($t)*
        }
    };
}

#[allow(dead_code)]
fn check(x: i64) -> Result<i64, String> {
    if x > 2 { Err(format!("{x}")) } else { Ok(x) }
}

#[cfg(genfn_open_bugs)]
#[generator(yield = i64)]
fn try_in_statement_tokens(x: i64) -> Result<i64, String> {
    yield_!(1);
    rep!(2; check(x)?;);
    Ok(x)
}

#[test]
#[ignore = "open bug: `?` / `return` in macro arguments that are statements return from a step (E0277/E0308)"]
fn try_in_macro_statement_tokens() {
    #[cfg(genfn_open_bugs)]
    for (x, want) in [(1, Ok(1)), (3, Err("3".to_string()))] {
        let mut g = try_in_statement_tokens(x);
        assert_eq!(g.by_ref().collect::<Vec<_>>(), [1]);
        assert_eq!(g.take_return(), Some(want));
    }
    #[cfg(not(genfn_open_bugs))]
    compiled_out("try_in_statement_tokens");
}

// ---- a scrutinee whose index suspends --------------------------------------

// `match cell.borrow()[{ yield_!(9); 1 }] { n => .. }`: the `Ref` is taken
// before the index suspends, and Rust keeps it to the end of the match, so
// the `RefCell` is still borrowed while the arm is suspended (0). genfn
// dropped it before the arm ran (1): a wrong program, now fixed (the
// spilled operand holds its value to the end of the match, as the
// temporary does). (Differential seed 7001, body 878.)
#[generator(yield = i64)]
fn index_suspends_in_scrutinee() {
    let cell = RefCell::new(vec![1i64, 2, 3]);
    match cell.borrow()[{
        yield_!(9);
        1
    }] {
        n => {
            yield_!(n);
            yield_!(cell.try_borrow_mut().is_ok() as i64);
        }
    }
    yield_!(cell.try_borrow_mut().is_ok() as i64);
}

fn plain_index_suspends_in_scrutinee(out: &mut Vec<i64>) {
    let cell = RefCell::new(vec![1i64, 2, 3]);
    match cell.borrow()[{
        out.push(9);
        1
    }] {
        n => {
            out.push(n);
            out.push(cell.try_borrow_mut().is_ok() as i64);
        }
    }
    out.push(cell.try_borrow_mut().is_ok() as i64);
}

#[test]
fn scrutinee_borrow_kept_when_index_suspends() {
    let mut want = vec![];
    plain_index_suspends_in_scrutinee(&mut want);
    assert_eq!(want, [9, 2, 0, 1]);
    assert_eq!(index_suspends_in_scrutinee().collect::<Vec<_>>(), want);
}
