//! `break` and `continue` that come from a user's `macro_rules!` (defined
//! outside the generator, so the macro cannot see them): an unlabelled one
//! leaves or restarts the innermost loop around the call, as in a plain
//! function, also when the generator lowered that loop into states; a label
//! passed to the macro names the user's loop. Locals are dropped on those
//! paths as on the user's own `break`/`continue`.

// These generators exercise unusual shapes on purpose: clippy's style lints
// do not apply.
#![allow(clippy::all, unused_assignments)]

use genfn::{CoroutineState, generator};

#[macro_use]
mod common;
use common::*;

macro_rules! skip {
    () => {
        continue
    };
}

macro_rules! stop {
    () => {
        break
    };
    ($v:expr) => {
        break $v
    };
}

/// `continue` or `break` to a loop whose label the macro receives.
macro_rules! skip_to {
    ($l:lifetime) => {
        continue $l
    };
}

macro_rules! stop_at {
    ($l:lifetime) => {
        break $l
    };
}

/// The value of an `Option`, or the next iteration (like serde_json's
/// `tri!`, with `continue`).
macro_rules! or_skip {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => continue,
        }
    };
}

/// A macro with a loop of its own: its `break` stays inside.
macro_rules! first_even {
    ($v:expr) => {{
        let mut found = None;
        for x in $v {
            if x % 2 == 0 {
                found = Some(x);
                break;
            }
        }
        found
    }};
}

/// A statement macro that declares a local for the statements after it.
macro_rules! bind {
    ($x:ident = $e:expr) => {
        let $x = $e;
    };
}

fn items<Y>(g: impl Iterator<Item = Y>) -> Vec<Y> {
    g.collect()
}

// ---------------------------------------------------------------------------
// `continue` and `break` in the three loops.

#[generator(yield = i32)]
fn for_continue() {
    for x in 0..5 {
        if x % 2 == 0 {
            skip!();
        }
        yield_!(x);
    }
}

#[generator(yield = i32)]
fn while_continue() {
    let mut i = 0;
    while i < 6 {
        i += 1;
        if i % 3 == 0 {
            skip!();
        }
        yield_!(i);
    }
}

#[generator(yield = i32)]
fn loop_continue() {
    let mut i = 0;
    loop {
        i += 1;
        if i > 6 {
            stop!();
        }
        if i % 2 == 0 {
            skip!();
        }
        yield_!(i);
    }
    yield_!(100);
}

#[test]
fn continue_from_a_macro() {
    assert_eq!(items(for_continue()), [1, 3]);
    assert_eq!(items(while_continue()), [1, 2, 4, 5]);
    assert_eq!(items(loop_continue()), [1, 3, 5, 100]);
}

#[generator(yield = i32)]
fn for_break() -> i32 {
    let mut last = -1;
    for x in 0..10 {
        if x == 3 {
            stop!();
        }
        yield_!(x);
        last = x;
    }
    last
}

#[generator(yield = i32)]
fn while_break() -> i32 {
    let mut i = 0;
    while i < 10 {
        yield_!(i);
        i += 1;
        if i == 2 {
            stop!();
        }
    }
    i * 10
}

#[generator(yield = i32)]
fn loop_break_value() -> i32 {
    let mut i = 0;
    let found = loop {
        i += 1;
        if i * i > 10 {
            stop!(i * 100);
        }
        yield_!(i);
    };
    found + 1
}

fn drain<Y, R>(
    mut g: genfn::Gen<impl genfn::Body<Yield = Y, Return = R, Resume = ()> + Unpin>,
) -> (Vec<Y>, R) {
    let items: Vec<Y> = g.by_ref().collect();
    (items, g.take_return().expect("completed"))
}

#[test]
fn break_from_a_macro() {
    assert_eq!(drain(for_break()), (vec![0, 1, 2], 2));
    assert_eq!(drain(while_break()), (vec![0, 1], 20));
    assert_eq!(drain(loop_break_value()), (vec![1, 2, 3], 401));
}

// ---------------------------------------------------------------------------
// Labels, nesting, loops the generator did not lower.

#[generator(yield = (i32, i32))]
fn labelled() {
    'outer: for i in 0..4 {
        'inner: for j in 0..4 {
            if j > i {
                // Unlabelled: the innermost loop.
                stop!();
            }
            if i == 2 {
                skip_to!('outer);
            }
            if i == 3 && j == 1 {
                stop_at!('outer);
            }
            if j == 0 {
                skip_to!('inner);
            }
            yield_!((i, j));
        }
        yield_!((i, -1));
    }
    yield_!((-1, -1));
}

#[test]
fn labelled_loops() {
    assert_eq!(items(labelled()), [(0, -1), (1, 1), (1, -1), (-1, -1)],);
}

#[generator(yield = i32)]
fn nested() {
    for i in 0..3 {
        let mut j = 0;
        loop {
            j += 1;
            if j > i {
                // Leaves the inner loop only.
                stop!();
            }
            yield_!(i * 10 + j);
        }
        // A loop without a suspension point: kept as written, the macro's
        // `break` leaves it.
        let mut k = 0;
        loop {
            k += 1;
            if k == 3 {
                stop!();
            }
        }
        // The macro's own loop keeps its `break`.
        let even = first_even!([1, 3, 4 + i, 8]).unwrap_or(-1);
        yield_!(-(k * 100 + even));
    }
}

#[test]
fn nested_loops_and_loops_not_lowered() {
    assert_eq!(items(nested()), [-304, 11, -308, 21, 22, -306]);
}

// ---------------------------------------------------------------------------
// Macro calls inside expressions, conditions, guards, `let … else`.

#[generator(yield = i32)]
fn in_expressions(xs: Vec<Option<i32>>) -> i32 {
    let mut sum = 0;
    for x in xs {
        // Inside the arguments of a macro of the standard library.
        let text = format!("{}", or_skip!(x));
        let v: i32 = text.parse().unwrap();
        if or_skip!(v.checked_sub(10)) > 20 {
            stop!();
        }
        match v {
            1 if or_skip!(Some(true)) => {
                yield_!(1000);
            }
            other => {
                yield_!(other);
            }
        }
        let Some(half) = (v % 2 == 0).then(|| v / 2) else {
            skip!();
        };
        sum += half;
        yield_!(half);
    }
    sum
}

#[test]
fn macro_calls_inside_expressions() {
    let xs = vec![Some(4), None, Some(1), Some(6), Some(3), Some(40), Some(2)];
    assert_eq!(drain(in_expressions(xs)), (vec![4, 2, 1000, 6, 3, 3], 5));
}

#[generator(yield = i32)]
fn statement_macro_binds() {
    for i in 0..4 {
        // `y` is declared by the macro, in the same step as its uses.
        bind!(y = i * 2);
        if y == 2 {
            skip!();
        }
        yield_!(y);
    }
}

#[test]
fn a_statement_macro_declaring_a_local_keeps_it() {
    assert_eq!(items(statement_macro_binds()), [0, 4, 6]);
}

#[generator(yield = i32)]
fn question_mark_in_statement_macro(
    words: Vec<&'static str>,
) -> Result<i32, std::num::ParseIntError> {
    let mut n = 0;
    for w in words {
        if w.is_empty() {
            // A `?` in the arguments of a statement macro completes the
            // generator.
            println!("{}", w.parse::<i32>()?);
        }
        n += 1;
        yield_!(n);
    }
    Ok(n)
}

#[test]
fn question_mark_inside_a_statement_macro_inside_a_block() {
    let mut g = question_mark_in_statement_macro(vec!["a", "", "b"]);
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), None);
    assert!(g.take_return().unwrap().is_err());
}

#[generator(yield = i32)]
fn in_terminators(xs: Vec<Option<i32>>) {
    'outer: for x in xs {
        // The condition of an `if` that suspends.
        if or_skip!(x) > 100 {
            yield_!(-1);
            stop!();
        }
        // A let-chain.
        if let Some(y) = or_skip!(x.map(|v| (v % 3 == 0).then_some(v)))
            && y > 0
        {
            yield_!(y * 10);
        }
        // The scrutinee and a guard of a `match` that suspends.
        match or_skip!(x.filter(|v| *v != 4)) {
            v if or_skip!(x.filter(|v| *v != 5)) == 1 => yield_!(v + 1000),
            v => yield_!(v),
        }
        // A labelled block that suspends, left through its label.
        'block: {
            if x == Some(2) {
                stop_at!('block);
            }
            yield_!(0);
        }
        // The value of a yield, and the iterable of a loop that suspends.
        yield_!(or_skip!(x.filter(|v| *v != 3)) * 100);
        for z in or_skip!(x.filter(|v| *v != 6).map(|v| 0..v.min(2))) {
            if z == 1 {
                skip_to!('outer);
            }
            yield_!(z + 500);
        }
    }
}

#[test]
fn macro_calls_in_conditions_scrutinees_guards_and_yields() {
    let xs = vec![
        Some(1),
        None,
        Some(4),
        Some(5),
        Some(2),
        Some(3),
        Some(6),
        Some(200),
        Some(7),
    ];
    #[rustfmt::skip]
    let want = [
        1001, 0, 100, 500, // 1
        // None: skipped at the first `if`; 4: at the scrutinee; 5: at the
        // guard.
        2, 200, 500,        // 2
        30, 3, 0,           // 3: skipped at the yield's value
        60, 6, 0, 600,      // 6: skipped at the iterable
        -1,                 // 200: the loop ends
    ];
    assert_eq!(items(in_terminators(xs)), want);
}

macro_rules! stop_with {
    ($v:expr) => {
        break $v
    };
}

macro_rules! stop_at_with {
    ($l:lifetime, $v:expr) => {
        break $l $v
    };
}

#[generator(yield = i32)]
fn labelled_value() -> i32 {
    let mut n = 0;
    let v = 'search: loop {
        n += 1;
        for k in 0..n {
            if k * n == 6 {
                stop_at_with!('search, k + n * 10);
            }
            yield_!(k);
        }
    };
    v
}

#[test]
fn break_with_a_value_to_a_label_passed_to_a_macro() {
    assert_eq!(drain(labelled_value()), (vec![0, 0, 1, 0, 1], 32));
}

#[generator(yield = i32)]
fn with_kept_locals(xs: Vec<i32>) -> usize {
    let all = xs.clone();
    let seen = &all;
    let mut count = 0;
    for x in seen.iter() {
        if *x < 0 {
            stop!();
        }
        if x % 2 == 1 {
            skip!();
        }
        yield_!(*x);
        count += seen.len();
    }
    count
}

#[test]
fn jumps_with_locals_borrowed_across_yields() {
    assert_eq!(
        drain(with_kept_locals(vec![2, 3, 4, -1, 6])),
        (vec![2, 4], 10)
    );
}

#[generator(yield = u32)]
fn walk(depth: u32) {
    for i in 0..3 {
        if i == depth {
            skip!();
        }
        if depth > 1 && i == 2 {
            stop!();
        }
        yield_!(depth * 10 + i);
        if depth > 0 && i == 0 {
            yield_from!(walk(depth - 1));
        }
    }
}

#[test]
fn jumps_in_a_recursive_generator() {
    assert_eq!(items(walk(2)), [20, 10, 1, 2, 12, 21]);
}

#[test]
fn jumps_in_an_inline_generator() {
    let g = genfn::gen_! {
        for x in 0..6 {
            if x % 3 == 0 {
                skip!();
            }
            if x == 5 {
                stop!();
            }
            yield_!(x);
        }
    };
    assert_eq!(g.collect::<Vec<i32>>(), [1, 2, 4]);
}

macro_rules! fail {
    ($m:expr) => {
        panic!("{}", $m)
    };
}

#[generator(yield = i32)]
fn blocks_ending_in_macros(n: i32) -> i32 {
    // A labelled block whose value comes from a macro's `break`.
    let v: i32 = 'b: {
        yield_!(1);
        if n > 5 {
            stop_at_with!('b, n * 2);
        }
        yield_!(2);
        stop_at_with!('b, n);
    };
    let mut total = v;
    for i in 0..n {
        // An `if` whose value is used, with a branch that ends in a macro
        // `continue`.
        let w = if i % 2 == 0 {
            yield_!(i);
            i
        } else {
            skip!();
        };
        total += w;
    }
    if total > 100 {
        yield_!(total);
        // The body ends in a macro that panics: no value is needed after it.
        fail!("too big");
    }
    yield_!(-1);
    total
}

#[test]
fn blocks_ending_in_macro_statements() {
    assert_eq!(drain(blocks_ending_in_macros(3)), (vec![1, 2, 0, 2, -1], 5));
    assert_eq!(
        drain(blocks_ending_in_macros(6)),
        (vec![1, 0, 2, 4, -1], 18)
    );
}

#[test]
#[should_panic(expected = "too big")]
fn a_generator_ending_in_a_panicking_macro() {
    let mut g = blocks_ending_in_macros(60);
    while g.next().is_some() {}
}

macro_rules! same {
    ($e:expr) => {
        $e
    };
}

#[generator(yield = usize)]
fn kept_local_in_if_let(v: Vec<usize>) -> usize {
    // `v` is borrowed across the yields: kept in place, reached in the
    // macro's arguments through a handle, which the `let` of the condition
    // cannot be wrapped in (the macro panicked on it).
    let all = &v;
    let mut sum = 0;
    for x in all.iter() {
        if let Some(n) = same!(v.get(*x)) {
            yield_!(*n);
        }
        if let Some(n) = same!(v.get(*x))
            && *n > 1
        {
            sum += n;
            yield_!(sum);
        }
    }
    sum
}

#[test]
fn kept_local_in_a_macro_of_an_if_let_condition() {
    assert_eq!(
        drain(kept_local_in_if_let(vec![1, 2, 0])),
        (vec![2, 2, 0, 1], 2)
    );
}

#[generator(yield = i32)]
fn with_own_jumps_inside_values() {
    for i in 0..5 {
        let _g = guard(i % 4);
        yield_!(i);
        // The user's own `break` in a match arm leaves it before the guard
        // is dropped (through labelled blocks, which the macro's `continue`
        // may not cross unlabelled: its loop goes inside them).
        match i {
            1 => skip!(),
            3 => break,
            _ => mark("arm"),
        }
        mark("after match");
    }
    mark("after loop");
}

#[test]
fn macro_jumps_next_to_own_jumps_that_leave_values() {
    let log = Log::fresh();
    assert_eq!(items(with_own_jumps_inside_values()), [0, 1, 2, 3]);
    check!(
        log,
        [
            "new g0",
            "arm",
            "after match",
            "drop g0",
            "new g1",
            "drop g1",
            "new g2",
            "arm",
            "after match",
            "drop g2",
            "new g3",
            "drop g3",
            "after loop"
        ]
    );
}

fn never_returns(v: i32) -> ! {
    panic!("diverged at {v}")
}

#[generator(yield = i32)]
fn deferred_init_with_diverging_branches(n: i32) -> i32 {
    let mut i = 0;
    let last = loop {
        i += 1;
        // Initialised in one branch; the other ends in a macro's `break`
        // (or a call that never returns), which the generator takes for
        // code that completes: `x` must not be saved on that way.
        let x: i32;
        if i < n {
            yield_!(i);
            x = i * 10;
        } else if i < 100 {
            stop_with!(i);
        } else {
            never_returns(i);
        }
        yield_!(x);
    };
    last
}

#[test]
fn a_local_initialised_in_branches_that_do_not_end_in_a_macro_jump() {
    assert_eq!(
        drain(deferred_init_with_diverging_branches(3)),
        (vec![1, 10, 2, 20], 3)
    );
}

// ---------------------------------------------------------------------------
// Drops on the macro's paths.

fn guard(i: i32) -> Guard {
    Guard::new(["g0", "g1", "g2", "g3"][i as usize])
}

#[generator(yield = i32)]
fn drops_on_continue() {
    let outer = Guard::new("outer");
    for i in 0..3 {
        let g = guard(i);
        yield_!(i);
        mark("after yield");
        if i == 1 {
            // Drops `g`, keeps `outer`.
            skip!();
        }
        g.touch();
    }
    outer.touch();
}

#[test]
fn drops_when_a_macro_continues() {
    let log = Log::fresh();
    let mut g = drops_on_continue();
    assert_eq!(g.next(), Some(0));
    check!(log, ["new outer", "new g0"]);
    assert_eq!(g.next(), Some(1));
    check!(log, ["after yield", "touch g0", "drop g0", "new g1"]);
    assert_eq!(g.next(), Some(2));
    check!(log, ["after yield", "drop g1", "new g2"]);
    assert_eq!(g.next(), None);
    check!(
        log,
        [
            "after yield",
            "touch g2",
            "drop g2",
            "touch outer",
            "drop outer"
        ]
    );
}

#[generator(yield = i32)]
fn drops_on_break() {
    let outer = Guard::new("outer");
    for i in 0..3 {
        let g = guard(i);
        // Not mentioned again before the break: held in its slot.
        let untouched = guard(i + 1);
        yield_!(i);
        if i == 1 {
            stop!();
        }
        g.touch();
        drop(untouched);
    }
    mark("after loop");
    outer.touch();
}

#[test]
fn drops_when_a_macro_breaks() {
    let log = Log::fresh();
    let mut g = drops_on_break();
    assert_eq!(g.next(), Some(0));
    check!(log, ["new outer", "new g0", "new g1"]);
    assert_eq!(g.next(), Some(1));
    check!(log, ["touch g0", "drop g1", "drop g0", "new g1", "new g2"]);
    // Latest declared first, then the code after the loop.
    assert_eq!(g.next(), None);
    check!(
        log,
        [
            "drop g2",
            "drop g1",
            "after loop",
            "touch outer",
            "drop outer"
        ]
    );
}

#[generator(yield = i32)]
fn drops_of_macro_locals() {
    for i in 0..2 {
        let g = guard(i);
        g.touch();
        // The guard the macro declares is dropped by the `continue`, before
        // `g` (declared first).
        bind!(inner = Guard::new("inner"));
        if i == 0 {
            inner.touch();
            skip!();
        }
        // (A local a macro declares ends with the step: the generator does
        // not see it.)
        drop(inner);
        yield_!(i);
        g.touch();
    }
}

#[test]
fn drops_of_a_macro_declared_local_on_continue() {
    let log = Log::fresh();
    let mut g = drops_of_macro_locals();
    assert_eq!(g.next(), Some(1));
    check!(
        log,
        [
            "new g0",
            "touch g0",
            "new inner",
            "touch inner",
            "drop inner",
            "drop g0",
            "new g1",
            "touch g1",
            "new inner",
            "drop inner"
        ]
    );
    assert_eq!(g.next(), None);
    check!(log, ["touch g1", "drop g1"]);
}

#[test]
fn dropping_the_generator_after_a_macro_jump() {
    let log = Log::fresh();
    let mut g = drops_on_continue();
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(2));
    log.take();
    drop(g);
    check!(log, ["drop g2", "drop outer"]);
    let _ = CoroutineState::<(), ()>::Complete(());
}

macro_rules! forever_counting {
    ($c:expr) => {
        let mut n = 0u8;
        loop {
            n = n.wrapping_add(1);
            if n == $c {
                panic!("reached {}", n);
            }
        }
    };
}

macro_rules! note {
    ($log:expr) => {
        $log.push(1u8);
    };
}

// A statement macro whose expansion diverges may end a body of any return
// type, as in a function (E0308 "expected `u8`, found `()`" before); one that
// does not diverge still ends a body returning `()`.
#[generator(yield = u8)]
fn ends_in_diverging_macro(stop: u8) -> u8 {
    yield_!(stop);
    forever_counting!(stop);
}

#[generator(yield = u8)]
fn ends_in_statement_macro(log: &mut Vec<u8>) {
    yield_!(0);
    note!(log);
}

#[test]
fn a_statement_macro_ends_the_body() {
    let mut g = ends_in_diverging_macro(3);
    assert_eq!(g.next(), Some(3));
    let err = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g.next())).unwrap_err();
    assert_eq!(
        err.downcast_ref::<String>().map(|s| &**s),
        Some("reached 3")
    );
    let mut log = Vec::new();
    assert_eq!(ends_in_statement_macro(&mut log).collect::<Vec<_>>(), [0]);
    assert_eq!(log, [1]);
}

macro_rules! thrice {
    ($b:block) => {
        for _ in 0..3 $b
    };
}

macro_rules! run_block {
    ($b:block) => {
        $b
    };
}

// A `break` or `continue` in an argument of the user's macro leaves the
// innermost loop of the expansion, which may be the macro's own (`thrice!`):
// genfn routed it to the generator's loop, a wrong program (`[0]` instead of
// `[0, 1, 2, 3]`), and rejected it outside of loops ("`break` outside of a
// loop"). Without a loop of the macro's, it leaves the user's loop.
#[generator(yield = u8)]
fn jumps_in_macro_arguments() {
    let mut n = 0;
    loop {
        yield_!(n);
        thrice!({
            n += 1;
            break;
        });
        thrice!({
            if n > 0 {
                continue;
            }
            n += 100;
        });
        if n > 3 {
            break;
        }
    }
    yield_!(50);
    thrice!({
        n += 1;
        break;
    });
    let mut m = 0;
    while m < 10 {
        m += 1;
        run_block!({
            if m % 2 == 0 {
                continue;
            }
        });
        yield_!(m);
        run_block!({
            if m > 4 {
                break;
            }
        });
    }
    yield_!(n);
}

fn plain_jumps_in_macro_arguments() -> Vec<u8> {
    let mut out = Vec::new();
    let mut n = 0;
    loop {
        out.push(n);
        thrice!({
            n += 1;
            break;
        });
        thrice!({
            if n > 0 {
                continue;
            }
            n += 100;
        });
        if n > 3 {
            break;
        }
    }
    out.push(50);
    thrice!({
        n += 1;
        break;
    });
    let mut m = 0;
    while m < 10 {
        m += 1;
        run_block!({
            if m % 2 == 0 {
                continue;
            }
        });
        out.push(m);
        run_block!({
            if m > 4 {
                break;
            }
        });
    }
    out.push(n);
    out
}

#[test]
fn jumps_in_arguments_of_a_macro_with_its_own_loop() {
    assert_eq!(
        jumps_in_macro_arguments().collect::<Vec<_>>(),
        plain_jumps_in_macro_arguments()
    );
}

macro_rules! probe_loop {
    ($label:tt: $probe_var:ident < $len:expr, $body:expr) => {
        debug_assert!($len > 0);
        $label: loop {
            if $probe_var < $len {
                $body;
                $probe_var += 1;
            } else {
                $probe_var = 0;
            }
        }
    };
}

// http's `probe_loop!`: the macro declares the label it receives, and its
// body argument breaks out of it ("use of undeclared label" before).
#[generator(yield = usize)]
fn breaks_a_label_the_macro_declares(v: Vec<usize>) {
    let mut probe = 0;
    yield_!(0);
    probe_loop!('probe: probe < v.len(), {
        if v[probe] == 2 {
            break 'probe;
        }
    });
    yield_!(probe);
}

#[test]
fn a_label_declared_by_the_macro() {
    assert_eq!(
        breaks_a_label_the_macro_declares(vec![1, 2, 3]).collect::<Vec<_>>(),
        [0, 1]
    );
}

// A block a macro's jump may reach is emitted in place and also as an arm
// of the dispatch loop; when its code makes a closure, that would be two
// closure types for one local ("expected closure, found a different
// closure"): such a block is an arm only. (Found by the differential
// tester, seed 9700.)
macro_rules! same {
    ($e:expr) => {
        $e
    };
}

#[generator(yield = i64)]
fn closure_in_a_macro_target(input: Vec<i64>) -> i64 {
    let len = 'l: loop {
        let k = 100i64;
        let add = |a: i64| i64::wrapping_add(a, k);
        yield_!(add(13));
        yield_!(add(-1));
        if k != k.rem_euclid(2) {
            yield_!(same!(input.len() as i64));
        }
        break 'l input.len() as i64;
    };
    len * 10
}

#[test]
fn a_closure_in_a_block_a_macro_may_jump_to() {
    let mut g = closure_in_a_macro_target(vec![1, 2]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [113, 99, 2]);
    assert_eq!(g.take_return(), Some(20));
}

// A move of a local declared earlier in the loop's body, in the statements
// after one that calls a macro which may `continue` (the guide's workaround
// for a move in the same statement, which rustc rejects): the macro's
// `continue` drops the local, as in a function, and the move happens once.
fn take_len(s: String, n: u32) -> u32 {
    s.len() as u32 + n
}

#[generator(yield = u32)]
fn move_after_a_jumping_macro(input: Vec<Option<u32>>) {
    for o in input {
        yield_!(0);
        let s = String::from("ab");
        let n = or_skip!(o);
        let m = take_len(s, n);
        yield_!(m);
    }
}

#[test]
fn a_move_after_a_macro_that_may_continue() {
    let got: Vec<_> = move_after_a_jumping_macro(vec![Some(1), None, Some(3)]).collect();
    assert_eq!(got, [0, 3, 0, 0, 5]);
}

// A statement macro whose expansion ends with `;` (`$x = $v;`), given a
// local the generator keeps in place: the handles the macro gets for it are
// declared in a block around the call, where the call must stay a statement
// (at the end of a block it would be an expression, which rustc rejects for
// such an expansion: `semicolon_in_expressions_from_macros`). Found by the
// differential tester (seed 10300, body 19).
macro_rules! set_val {
    ($x:ident, $v:expr) => {
        $x = $v;
    };
}

fn checked(v: i64) -> Result<i64, String> {
    Ok(v)
}

#[generator(yield = i64)]
fn statement_macro_given_a_kept_local(input: Vec<i64>) -> Result<i64, String> {
    let x1: i64;
    // Borrowed across the yields: `input` is kept in place.
    for v in &input {
        yield_!(*v);
    }
    set_val!(x1, input.len() as i64);
    Ok(checked(x1)?)
}

#[test]
fn a_statement_macro_ending_with_a_semicolon_given_a_kept_local() {
    let mut g = statement_macro_given_a_kept_local(vec![4, 5]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [4, 5]);
    assert_eq!(g.take_return(), Some(Ok(2)));
}

// A macro of the standard library whose arguments are expressions gets
// them rewritten as the body's own: a kept local is borrowed where the
// expression borrows it (a field), not as a whole. indexmap's
// `remove_index`: `entry` borrows `self.map` across the yield, and
// `debug_assert_eq!` reads `self.index` (E0502 before: the macro's handle
// borrowed the whole `self`).
pub struct Entry {
    map: Vec<u32>,
    index: u32,
}

impl Entry {
    #[generator(yield = u32)]
    fn remove_index(&mut self) -> u32 {
        let entry = self.map.last_mut().unwrap();
        yield_!(*entry);
        debug_assert_eq!(*entry, self.index);
        assert!(*entry == self.index, "{} != {}", entry, self.index);
        let out = format!("{entry}/{}", self.index);
        yield_!(out.len() as u32);
        *entry += 1;
        *entry
    }
}

#[test]
fn standard_macros_borrow_the_fields_their_arguments_name() {
    let mut e = Entry {
        map: vec![1, 5],
        index: 5,
    };
    let mut g = e.remove_index();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [5, 3]);
    assert_eq!(g.take_return(), Some(6));
    drop(g);
    assert_eq!(e.map, [1, 6]);
}

// A kept local captured by a format string (`{names:?}`) and written to
// with `write!`, also kept: both are the locals, not their pointers.
#[generator(yield = usize)]
fn report(items: Vec<&'static str>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let names = items;
    for n in &names {
        yield_!(n.len());
        write!(out, "{n};").unwrap();
    }
    writeln!(out, " of {names:?}").unwrap();
    assert_eq!(names.len(), 2, "{names:?}");
    out
}

#[test]
fn format_captures_and_write_reach_kept_locals() {
    let mut g = report(vec!["ab", "c"]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 1]);
    assert_eq!(g.take_return().unwrap(), "ab;c; of [\"ab\", \"c\"]\n");
}

// A reference parameter kept in place (a borrow of what it points to
// crosses a yield, or the analysis thinks so) is given to macros by name, as
// a reborrow: a `$v:ident` matcher takes it (httparse's `next!(bytes)` and
// its two-rule `expect!`; "no rules expected `(`" before).
pub struct Cursor<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }
    fn bump(&mut self) {
        self.pos += 1;
    }
    fn next(&mut self) -> Option<u8> {
        let r = self.peek();
        self.pos += 1;
        r
    }
}

macro_rules! next_byte {
    ($bytes:ident) => {{
        match $bytes.next() {
            Some(b) => b,
            None => return Err(1),
        }
    }};
}

macro_rules! expect_byte {
    ($bytes:ident.next() == $pat:pat => $ret:expr) => {
        expect_byte!(next_byte!($bytes) => $pat, $ret)
    };
    ($e:expr => $pat:pat, $ret:expr) => {
        match $e {
            v @ $pat => v,
            _ => return $ret,
        }
    };
}

#[generator(yield = u8)]
fn skip_lines(bytes: &mut Cursor<'_>) -> Result<usize, u8> {
    loop {
        // `b` is live across the yield, and the analysis takes it for a
        // borrow of `*bytes`: `bytes` is kept in place.
        let b = bytes.peek();
        yield_!(0);
        match b {
            Some(b'\r') => {
                bytes.bump();
                expect_byte!(bytes.next() == b'\n' => Err(2));
                let n = next_byte!(bytes);
                yield_!(n);
            }
            _ => return Ok(bytes.pos),
        }
    }
}

fn skip_lines_plain(bytes: &mut Cursor<'_>, out: &mut Vec<u8>) -> Result<usize, u8> {
    loop {
        let b = bytes.peek();
        out.push(0);
        match b {
            Some(b'\r') => {
                bytes.bump();
                expect_byte!(bytes.next() == b'\n' => Err(2));
                let n = next_byte!(bytes);
                out.push(n);
            }
            _ => return Ok(bytes.pos),
        }
    }
}

#[test]
fn a_kept_reference_parameter_reaches_ident_macros_by_name() {
    for input in [&b"\r\nA\r\nBx"[..], b"\r\nA\r\rB", b"\r\n", b"x"] {
        let mut plain = Vec::new();
        let mut c = Cursor { s: input, pos: 0 };
        let want = skip_lines_plain(&mut c, &mut plain);
        let mut c = Cursor { s: input, pos: 0 };
        let mut g = skip_lines(&mut c);
        assert_eq!(g.by_ref().collect::<Vec<_>>(), plain);
        assert_eq!(g.take_return(), Some(want));
    }
}

macro_rules! first_of {
    ($v:ident) => {
        $v[0]
    };
}

// The same for a shared reference, whose reborrow is a copy.
#[generator(yield = u32)]
fn firsts(v: &Vec<u32>) -> u32 {
    let mut it = v.iter();
    while let Some(x) = it.next() {
        yield_!(*x + first_of!(v));
    }
    first_of!(v)
}

#[test]
fn a_kept_shared_reference_parameter_reaches_ident_macros_by_name() {
    let v = vec![10, 1, 2];
    let mut g = firsts(&v);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [20, 11, 12]);
    assert_eq!(g.take_return(), Some(10));
}

// `&mut self` kept in place, given to a macro that mutates through it
// (http's `probe_loop!(.., { self.indices[probe] = .. })`): the receiver is a
// reference parameter too, reborrowed for the macro (E0596 "cannot borrow
// as mutable, as it is not declared as mutable" before: the handle
// borrowed the binding `self` itself).
pub struct Probe {
    indices: Vec<u32>,
    n: usize,
}

macro_rules! probe_loop {
    ($cond:expr, $body:expr) => {
        while $cond {
            $body;
        }
    };
}

impl Probe {
    #[generator(yield = u32)]
    fn fill(&mut self, to: u32) -> usize {
        let first = self.indices.first_mut();
        yield_!(0);
        if let Some(f) = first {
            *f = to;
        }
        probe_loop!(self.n < self.indices.len(), {
            self.indices[self.n] += to;
            self.n += 1
        });
        yield_!(self.indices[0]);
        self.n
    }
}

#[test]
fn a_macro_mutates_through_a_kept_mut_self() {
    let mut p = Probe {
        indices: vec![1, 2, 3],
        n: 0,
    };
    let mut g = p.fill(10);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 20]);
    assert_eq!(g.take_return(), Some(3));
    drop(g);
    assert_eq!(p.indices, [20, 12, 13]);
}

// The same parameter given to a statement macro whose expansion is
// statements (httparse's `handle_invalid_char!`): the call stays a
// statement inside the block of its reborrow ("macro expansion ignores
// keyword `let`" otherwise).
macro_rules! skip_to_newline {
    ($bytes:ident, $b:ident) => {
        let mut b = $b;
        while b != b'\n' {
            b = next_byte!($bytes);
        }
    };
}

#[generator(yield = u8)]
fn skip_invalid(bytes: &mut Cursor<'_>) -> Result<usize, u8> {
    let first = bytes.peek();
    yield_!(first.unwrap_or(0));
    let b = next_byte!(bytes);
    skip_to_newline!(bytes, b);
    yield_!(1);
    for _ in 0..2 {
        let b = next_byte!(bytes);
        if b == b'c' {
            skip_to_newline!(bytes, b);
        }
        yield_!(b);
    }
    Ok(bytes.pos)
}

#[test]
fn a_statement_macro_given_a_kept_reference_parameter() {
    let mut c = Cursor {
        s: b"ab\ncd\nef",
        pos: 0,
    };
    let mut g = skip_invalid(&mut c);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [b'a', 1, b'c', b'e']);
    assert_eq!(g.take_return(), Some(Ok(7)));
}

// A statement macro whose expansion ends with `;`, in an `unsafe` block
// that suspends: the lowering puts each statement of the block in an
// `unsafe` block of its own, where the call stays a statement ("trailing
// semicolon in macro used in expression position" before; differential
// tester, seed 11400 body 918).
#[generator(yield = i64)]
fn statement_macro_in_a_suspending_unsafe_block(x1: i64) -> i64 {
    let x2: i64;
    #[allow(unused_unsafe)]
    unsafe {
        if x1 > 0 {
            yield_!(x1);
        }
        set_val!(x2, x1 + 1);
    }
    x2
}

#[test]
fn a_statement_macro_in_an_unsafe_block_stays_a_statement() {
    let mut g = statement_macro_in_a_suspending_unsafe_block(3);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(g.take_return(), Some(4));
}
