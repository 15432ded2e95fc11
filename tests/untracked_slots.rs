//! Locals declared without a value (`let x;`) whose slots may be empty
//! where a block takes them, and the slots without flags of release builds
//! (gen-core's `slot` module, "Untracked slots").
//!
//! In these valid bodies the liveness analysis, which over-approximates,
//! finds the local live before its first assignment: the assignment is in
//! a macro's tokens (they count as reads), a labelled block, an argument,
//! or a branch that then breaks out of a suspending loop. The block that
//! took it as full (`Take::Unwrap`) read a slot never filled: "genfn
//! internal error: invalid generator state" with flags (debug builds,
//! types with drop glue), and, once slots of types without drop glue kept
//! no flag in release builds, a read of uninitialised bytes or of the
//! parameter whose storage the slot shares (`cargo +nightly miri test
//! --release --test untracked_slots` reported "constructing invalid value
//! of type bool: encountered 0x07" and "memory is uninitialized"). Found by
//! an adversarial review of the flagless slots. Now such a local is taken
//! as possibly uninitialised where its slot may be empty (`layout`'s
//! `deferred` module), a jump's statement that assigns the local on its
//! way to the jump does not make it live before the statement (`analyse`),
//! and its slot keeps its flag in every build (`Layout::tracked`).
//!
//! Each test compares with the same body written as a plain function.

#![allow(clippy::all, unused_assignments, unused_variables, unused_labels)]

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use genfn::generator;

// ---------------------------------------------------------------------------
// A deferred local (`let x;`) assigned where the liveness analysis does not
// see a definition, saved at a later yield: the block after the first yield
// takes it as full. Its slot shares storage with the parameter's, so the
// take reads the parameter's bytes (7) as the local's type.

macro_rules! set {
    ($x:ident, $v:expr) => {
        $x = $v;
    };
}

#[generator(yield = u64)]
fn assigned_by_a_macro(n: u64) {
    let x: bool;
    yield_!(0);
    set!(x, n > 3);
    yield_!(1);
    yield_!(x as u64);
}

#[test]
fn a_local_a_macro_assigns_after_a_yield_is_not_read_before() {
    assert_eq!(assigned_by_a_macro(7).collect::<Vec<_>>(), [0, 1, 1]);
}

#[generator(yield = u64)]
fn reference_assigned_by_a_macro<'a>(n: u64, r: &'a u64) {
    let x: &u64;
    yield_!(n);
    set!(x, r);
    yield_!(1);
    yield_!(*x);
}

#[test]
fn a_reference_a_macro_assigns_after_a_yield_is_not_read_before() {
    let nine = 9;
    let got: Vec<u64> = reference_assigned_by_a_macro(7, &nine).collect();
    assert_eq!(got, [7, 1, 9]);
}

#[generator(yield = u64)]
fn assigned_in_a_labelled_block(n: u64) {
    let x: bool;
    yield_!(0);
    'a: {
        x = n > 3;
    }
    yield_!(1);
    yield_!(x as u64);
}

#[test]
fn a_local_assigned_in_a_labelled_block_after_a_yield_is_not_read_before() {
    assert_eq!(
        assigned_in_a_labelled_block(7).collect::<Vec<_>>(),
        [0, 1, 1]
    );
}

fn id<T>(v: T) -> T {
    v
}

#[generator(yield = u64)]
fn assigned_in_an_argument(n: u64) {
    let x: bool;
    yield_!(0);
    let y = id({
        x = n > 3;
        2
    });
    yield_!(y);
    yield_!(x as u64);
}

#[test]
fn a_local_assigned_in_an_argument_after_a_yield_is_not_read_before() {
    assert_eq!(assigned_in_an_argument(7).collect::<Vec<_>>(), [0, 2, 1]);
}

// ---------------------------------------------------------------------------
// A deferred local assigned in a branch that leaves a suspending loop: the
// liveness analysis does not see the branch's assignment as a definition,
// so the local is live around the loop, and the loop's resume block takes
// it as full from the first iteration on, before any assignment (the slot
// is uninitialised).

#[generator(yield = u64)]
fn assigned_before_a_break(n: u64) {
    let x: u64;
    loop {
        yield_!(0);
        if n == 0 {
            x = 5;
            break;
        }
    }
    yield_!(x);
}

fn plain_assigned_before_a_break(n: u64) -> Vec<u64> {
    let mut out = Vec::new();
    let x: u64;
    loop {
        out.push(0);
        if n == 0 {
            x = 5;
            break;
        }
    }
    out.push(x);
    out
}

#[test]
fn a_local_assigned_before_a_break_out_of_a_suspending_loop() {
    assert_eq!(
        assigned_before_a_break(0).collect::<Vec<_>>(),
        plain_assigned_before_a_break(0)
    );
}

#[generator(yield = u64)]
fn reference_assigned_before_a_break<'a>(v: &'a u64, n: u64) {
    let x: &u64;
    loop {
        yield_!(0);
        if n == 0 {
            x = v;
            break;
        }
    }
    yield_!(*x);
}

#[test]
fn a_reference_assigned_before_a_break_out_of_a_suspending_loop() {
    let v = 42;
    let got: Vec<u64> = reference_assigned_before_a_break(&v, 0).collect();
    assert_eq!(got, [0, 42]);
}

/// In a `match` arm, the loop counting its iterations, and a `return` as
/// its other exit.
#[generator(yield = u64)]
fn assigned_in_an_arm_before_a_break(n: u64) -> u64 {
    let x: u64;
    let mut i = 0;
    loop {
        yield_!(i);
        i += 1;
        match n {
            0 => {
                x = i;
                break;
            }
            _ => {}
        }
        if i == 3 {
            return 99;
        }
    }
    yield_!(1);
    x
}

#[test]
fn a_local_assigned_in_an_arm_before_a_break_out_of_a_suspending_loop() {
    let mut g = assigned_in_an_arm_before_a_break(0);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1]);
    assert_eq!(g.take_return(), Some(1));
    let mut g = assigned_in_an_arm_before_a_break(1);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1, 2]);
    assert_eq!(g.take_return(), Some(99));
}

/// The same with a type that has drop glue: its slot keeps its flag in
/// every build, and the take panics ("invalid generator state") on this
/// valid program, in release builds too (before the flagless slots, so did
/// the `u64` one).
#[generator(yield = usize)]
fn string_assigned_before_a_break(n: u64) {
    let x: String;
    loop {
        yield_!(0);
        if n == 0 {
            x = String::from("hello");
            break;
        }
    }
    yield_!(x.len());
}

#[test]
fn a_string_assigned_before_a_break_out_of_a_suspending_loop() {
    assert_eq!(
        string_assigned_before_a_break(0).collect::<Vec<_>>(),
        [0, 5]
    );
}

// ---------------------------------------------------------------------------
// The same shape in an async generator, the loop suspending at an `.await`.

/// Pending once, then ready with its value.
struct PendOnce(u64, bool);

impl Future for PendOnce {
    type Output = u64;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u64> {
        if self.1 {
            Poll::Ready(self.0)
        } else {
            self.1 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

fn pend(v: u64) -> PendOnce {
    PendOnce(v, false)
}

fn drain<S: futures_core::Stream>(s: S) -> Vec<S::Item> {
    let mut s = std::pin::pin!(s);
    let mut cx = Context::from_waker(Waker::noop());
    let mut out = Vec::new();
    loop {
        match s.as_mut().poll_next(&mut cx) {
            Poll::Ready(Some(v)) => out.push(v),
            Poll::Ready(None) => return out,
            Poll::Pending => {}
        }
    }
}

#[generator(yield = u64)]
async fn awaits_then_assigns_before_a_break(n: u64) {
    let x: u64;
    loop {
        let _ = pend(0).await;
        if n == 0 {
            x = 5;
            break;
        }
    }
    yield_!(x);
}

#[test]
fn an_async_local_assigned_before_a_break_out_of_a_loop_that_awaits() {
    assert_eq!(drain(awaits_then_assigns_before_a_break(0)), [5]);
}

// ---------------------------------------------------------------------------
// Tail calls: a frame that still holds values without drop glue (an
// untouched local, kept to the end of its scope) now sets no flag, so
// `__genfn_holds_nothing` lets its tail call replace it. Nothing of the
// frame is read after the call: the results are those of the plain
// recursion (and Miri finds nothing).

#[generator(yield = u64)]
fn tail_walk<'a>(xs: &'a [u64], acc: u64, o: Option<&'a u64>) -> u64 {
    let _held = acc;
    let r: &u64 = match o {
        Some(r) => r,
        None => &0,
    };
    let [first, rest @ ..] = xs else {
        return acc + *r;
    };
    yield_!(*first + acc);
    let keep = *first;
    let next = rest.first();
    yield_from!(tail_walk(rest, acc + keep, next))
}

fn plain_tail_walk(xs: &[u64], acc: u64, o: Option<&u64>, out: &mut Vec<u64>) -> u64 {
    let r: &u64 = match o {
        Some(r) => r,
        None => &0,
    };
    let [first, rest @ ..] = xs else {
        return acc + *r;
    };
    out.push(*first + acc);
    let keep = *first;
    plain_tail_walk(rest, acc + keep, rest.first(), out)
}

#[test]
fn a_tail_call_replaces_a_frame_holding_values_without_drop_glue() {
    let xs = [1u64, 2, 3, 4, 5];
    let mut g = tail_walk(&xs, 0, None);
    let got: Vec<u64> = g.by_ref().collect();
    let mut want = Vec::new();
    let ret = plain_tail_walk(&xs, 0, None, &mut want);
    assert_eq!(got, want);
    assert_eq!(g.take_return(), Some(ret));
}

// The block that first assigns a deferred local (in an argument) takes it
// as possibly uninitialised where it opens; a `?` before that assignment
// does not save it (rustc would not let the save read it). Found by the
// differential tester's `--hidden-assigns` (seed 10300, body 195).
fn check_small(v: i64) -> Result<i64, String> {
    if v > 100 {
        Err(format!("big {v}"))
    } else {
        Ok(v)
    }
}

#[generator(yield = i64)]
fn returns_before_the_assignment(n: i64) -> Result<i64, String> {
    let mut c = 0;
    loop {
        c += 1;
        if c > 2 {
            break;
        }
        let x: i64;
        {
            check_small({
                yield_!(100);
                c * n
            })?;
        }
        let _ = id({
            x = 13 + c;
            x
        });
    }
    Ok(c)
}

#[test]
fn a_return_before_a_deferred_local_is_assigned() {
    let mut g = returns_before_the_assignment(1);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [100, 100]);
    assert_eq!(g.take_return(), Some(Ok(3)));
    let mut g = returns_before_the_assignment(101);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [100]);
    assert_eq!(g.take_return(), Some(Err("big 101".to_string())));
}

// A deferred local assigned by a macro in the block after a conditional
// yield (the join of the `if`, whose slot may be empty), then read in the
// same block: the read comes after the macro's assignment, which the
// analysis cannot see, so the block takes the local as possibly
// uninitialised. Was "invalid generator state" (differential tester,
// `--hidden-assigns`, seed 10300, body 88).
#[generator(yield = u64)]
fn assigned_by_a_macro_after_a_conditional_yield(n: u64) {
    let x: u64;
    {
        if n > 2 {
            yield_!(0);
        }
    }
    set!(x, n * 10);
    {
        let (ref _guard, ref _y) = (String::from("g"), x);
        for i in 0..2 {
            if i == {
                yield_!(x + i);
                7
            } {}
        }
    }
}

#[test]
fn a_local_a_macro_assigns_after_a_conditional_yield_is_read_in_the_same_block() {
    assert_eq!(
        assigned_by_a_macro_after_a_conditional_yield(3).collect::<Vec<_>>(),
        [0, 30, 31]
    );
    assert_eq!(
        assigned_by_a_macro_after_a_conditional_yield(1).collect::<Vec<_>>(),
        [10, 11]
    );
}

// A deferred local assigned in one branch, the other ending in a macro's
// `continue` (which the generator takes for code that completes), then
// read inside `vec![..]`: the standard library's macros take expressions,
// so this is a read, and the take stays one of a full slot (the path on
// which it may be empty never runs). Differential tester, seed 10300,
// body 860 (E0381 after the change above, before this one).
macro_rules! next_of {
    ($l:lifetime) => {
        continue $l
    };
}

#[generator(yield = i64)]
fn read_in_vec_after_a_macro_continue(input: Vec<i64>) {
    let mut k = 0;
    'outer: while k < input.len() {
        let i = input[k];
        k += 1;
        let x: i64;
        if i < 0 {
            next_of!('outer);
        } else {
            yield_!(i);
            x = i * 2;
        }
        for v in vec![x, 1] {
            yield_!(v);
        }
    }
}

#[test]
fn a_deferred_local_read_in_a_std_macro_after_a_branch_that_continues() {
    assert_eq!(
        read_in_vec_after_a_macro_continue(vec![3, -1, 4]).collect::<Vec<_>>(),
        [3, 6, 1, 4, 8, 1]
    );
}

// ---------------------------------------------------------------------------
// A deferred local assigned just before a `break` out of a loop in which a
// macro with a loop of its own (`thrice!`) may, as far as the analysis
// knows, break out too: the local is live at the loop's head on that
// account, and the back edge saved it where Rust sees it unassigned (E0381,
// found by the differential tester: seed 10500 body 675, seed 10700 body
// 7, seed 11100 body 236; "invalid generator state" at run time before
// 2f7bb3c). Such a local is now kept in place, where it needs no save.

macro_rules! thrice {
    ($b:block) => {
        for _ in 0..3 $b
    };
}

struct Temp(i64);

impl Drop for Temp {
    fn drop(&mut self) {}
}

#[generator(yield = i64)]
fn assigned_before_break_with_a_loop_macro(n: i64) -> i64 {
    let found: i64;
    let mut c = 0;
    loop {
        match Temp(2001).0 {
            2001 => {
                let acc = c;
                thrice!({});
                yield_!(acc);
            }
            _ => {}
        }
        c += 1;
        if c > n {
            found = c * 10;
            break;
        }
    }
    found
}

#[test]
fn a_deferred_local_assigned_before_a_break_in_a_loop_with_a_loop_macro() {
    let mut g = assigned_before_break_with_a_loop_macro(3);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1, 2, 3]);
    assert_eq!(g.take_return(), Some(40));
}

// The same through a scope's end: a deferred local of a loop's body, held
// (possibly without a value) where a statement macro that may `continue`
// the loop runs; the macro's edge dropped it explicitly (E0381, seed 11200
// body 399, reduced).
macro_rules! set_in_macro {
    ($x:ident, $v:expr) => {
        $x = $v;
    };
}

fn plus_one(x: i64) -> i64 {
    x + 1
}

#[generator(yield = i64)]
fn deferred_in_a_loop_with_a_statement_macro(input: Vec<i64>) -> i64 {
    let base = 3;
    let mut sum = 0;
    for &i in input.iter() {
        let later: i64;
        {
            yield_!(i);
            let inner: i64;
            set_in_macro!(inner, base % 5);
            sum += inner;
        }
        sum += plus_one({
            later = plus_one(base);
            later
        });
    }
    sum
}

#[test]
fn a_deferred_local_held_where_a_statement_macro_may_continue_the_loop() {
    let mut g = deferred_in_a_loop_with_a_statement_macro(vec![1, 2]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(g.take_return(), Some(16));
}
