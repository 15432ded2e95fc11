//! Drop accounting (the guide's *Locals and drops*): every value a generator creates is dropped
//! exactly once, at the right moment, on completion, early drop, `return`,
//! `?`, `break` and panic.
//!
//! Every test logs into a per-thread log (libtest runs each test on its own
//! thread; `Log::fresh()` also clears it). `Guard::new("x")` logs "new x",
//! `touch` logs "touch x", dropping logs "drop x". `mark("..")` logs a
//! marker from inside a generator body without mentioning any local.

// These generators exercise unusual shapes on purpose (loops that never
// loop, late initialisation, ...): clippy's style lints do not apply.
#![allow(clippy::all, unused_assignments)]

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

use genfn::{CoroutineState, generator};

#[macro_use]
mod common;
use common::*;

/// Every "new x" is matched by exactly one "drop x" in `entries`, and no
/// value is dropped before it is created.
fn assert_balanced(entries: &[String]) {
    let mut live: std::collections::HashMap<&str, i64> = Default::default();
    for e in entries {
        if let Some(n) = e.strip_prefix("new ") {
            *live.entry(n).or_default() += 1;
        } else if let Some(n) = e.strip_prefix("drop ") {
            let c = live.entry(n).or_default();
            *c -= 1;
            assert!(*c >= 0, "{n} dropped more often than created: {entries:?}");
        }
    }
    for (n, c) in live {
        assert_eq!(
            c, 0,
            "{n} created {c} more time(s) than dropped: {entries:?}"
        );
    }
}

fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = e.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic>".to_string()
    }
}

/// Silences the default panic hook's output for the panics these tests
/// provoke on purpose (only for the current thread's expected panics).
fn quiet_panics() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            if !msg.contains("boom") && !msg.contains("poisoned") && !msg.contains("completion") {
                prev(info);
            }
        }));
    });
}

// ---------------------------------------------------------------------------
// The four rules of 3.3

#[generator(yield = u32)]
fn kept_across() {
    let g = Guard::new("g");
    yield_!(1);
    g.touch();
    yield_!(2);
    mark("end");
}

#[test]
fn local_used_after_suspension_is_kept() {
    let log = Log::fresh();
    let mut it = kept_across();
    check!(log, []);
    assert_eq!(it.next(), Some(1));
    check!(log, ["new g"]);
    // g was used after the first yield, so it survived it; it is not used
    // after the second yield, and was mentioned since the first: dropped at
    // the second suspension point, before the caller sees 2.
    assert_eq!(it.next(), Some(2));
    check!(log, ["touch g", "drop g"]);
    assert_eq!(it.next(), None);
    check!(log, ["end"]);
}

#[generator(yield = u32)]
fn unmentioned_guard() {
    {
        let _guard = Guard::new("g");
        yield_!(1);
        mark("between");
        yield_!(2);
        mark("scope end");
    }
    mark("after scope");
    yield_!(3);
}

#[test]
fn unmentioned_local_lives_to_scope_end() {
    let log = Log::fresh();
    let mut it = unmentioned_guard();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new g"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["between"]);
    assert_eq!(it.next(), Some(3));
    check!(log, ["scope end", "drop g", "after scope"]);
    assert_eq!(it.next(), None);
    check!(log, []);
}

#[generator(yield = u32)]
fn unmentioned_whole_body() {
    let _guard = Guard::new("g");
    yield_!(1);
    yield_!(2);
    mark("end");
}

#[test]
fn unmentioned_local_lives_to_body_end() {
    let log = Log::fresh();
    let v: Vec<u32> = unmentioned_whole_body()
        .inspect(|x| mark(&format!("got {x}")))
        .collect();
    assert_eq!(v, [1, 2]);
    check!(log, ["new g", "got 1", "got 2", "end", "drop g"]);
}

#[generator(yield = u32)]
fn mentioned_then_unused() {
    let g = Guard::new("g");
    g.touch();
    yield_!(1);
    mark("resumed");
    yield_!(2);
}

#[test]
fn mentioned_unused_local_dropped_at_suspension() {
    let log = Log::fresh();
    let mut it = mentioned_then_unused();
    assert_eq!(it.next(), Some(1));
    // Dropped at the suspension point, before the caller sees 1.
    check!(log, ["new g", "touch g", "drop g"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["resumed"]);
    assert_eq!(it.next(), None);
    check!(log, []);
}

#[generator(yield = u32)]
fn mentioned_then_dropped_explicitly() {
    let g = Guard::new("g");
    g.touch();
    yield_!(1);
    mark("resumed");
    drop(g);
    yield_!(2);
}

#[test]
fn explicit_drop_keeps_a_mentioned_local_alive() {
    let log = Log::fresh();
    let mut it = mentioned_then_dropped_explicitly();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new g", "touch g"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["resumed", "drop g"]);
    assert_eq!(it.next(), None);
    check!(log, []);
}

#[generator(yield = &'static str)]
fn mentioned_by_yield() {
    let g = Guard::new("g");
    yield_!(g.name());
    mark("resumed");
    yield_!("second");
}

#[test]
fn local_mentioned_in_yield_operand_is_dropped_at_that_yield() {
    let log = Log::fresh();
    let mut it = mentioned_by_yield();
    assert_eq!(it.next(), Some("g"));
    check!(log, ["new g", "drop g"]);
    assert_eq!(it.next(), Some("second"));
    check!(log, ["resumed"]);
    assert_eq!(it.next(), None);
    check!(log, []);
}

#[generator(yield = u32)]
fn reverse_order_at_scope_end() {
    {
        let _a = Guard::new("a");
        let _b = Guard::new("b");
        yield_!(1);
        let _c = Guard::new("c");
        yield_!(2);
        mark("scope end");
    }
    mark("after");
}

#[test]
fn scope_end_drops_in_reverse_declaration_order() {
    let log = Log::fresh();
    let mut it = reverse_order_at_scope_end();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["new c"]);
    assert_eq!(it.next(), None);
    check!(log, ["scope end", "drop c", "drop b", "drop a", "after"]);
}

#[generator(yield = u32)]
fn reverse_order_many() {
    let _a = Guard::new("a");
    let _b = Guard::new("b");
    let _c = Guard::new("c");
    let _d = Guard::new("d");
    let _e = Guard::new("e");
    yield_!(1);
}

#[test]
fn reverse_order_of_five_locals_on_completion_and_on_drop() {
    let log = Log::fresh();
    let mut it = reverse_order_many();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b", "new c", "new d", "new e"]);
    assert_eq!(it.next(), None);
    check!(log, ["drop e", "drop d", "drop c", "drop b", "drop a"]);

    let mut it = reverse_order_many();
    assert_eq!(it.next(), Some(1));
    log.take();
    drop(it);
    check!(log, ["drop e", "drop d", "drop c", "drop b", "drop a"]);
}

#[generator(yield = u32)]
fn nested_scopes() {
    let _a = Guard::new("a");
    let _b = Guard::new("b");
    {
        let _c = Guard::new("c");
        {
            let _d = Guard::new("d");
            let _e = Guard::new("e");
            yield_!(1);
        }
        let _f = Guard::new("f");
        yield_!(2);
    }
    yield_!(3);
}

#[test]
fn dropping_suspended_generator_drops_innermost_scope_first() {
    let log = Log::fresh();
    let mut it = nested_scopes();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b", "new c", "new d", "new e"]);
    drop(it);
    check!(log, ["drop e", "drop d", "drop c", "drop b", "drop a"]);

    let mut it = nested_scopes();
    assert_eq!(it.next(), Some(1));
    log.take();
    assert_eq!(it.next(), Some(2));
    check!(log, ["drop e", "drop d", "new f"]);
    drop(it);
    check!(log, ["drop f", "drop c", "drop b", "drop a"]);
}

#[generator(yield = u32)]
fn shadowing() {
    #[allow(unused_variables)] // shadowed, never used: kept to the end of its scope
    let g = Guard::new("first");
    yield_!(1);
    let g = Guard::new("second");
    yield_!(2);
    g.touch();
    mark("end");
}

#[test]
fn shadowed_local_lives_to_scope_end() {
    let log = Log::fresh();
    let mut it = shadowing();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new first"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["new second"]);
    assert_eq!(it.next(), None);
    // The shadowed `first` was never mentioned, so it lives to the end of
    // its scope, like in Rust; `second` was used up in the last segment.
    check!(log, ["touch second", "end", "drop second", "drop first"]);
}

#[test]
fn shadowed_local_lives_to_scope_end_exactly_once() {
    let log = Log::fresh();
    let mut it = shadowing();
    assert_eq!(it.next(), Some(1));
    assert_eq!(it.next(), Some(2));
    check!(log, ["new first", "new second"]);
    assert_eq!(it.next(), None);
    // `first` is not dropped before the end of its scope.
    let got = log.take();
    assert_eq!(got[..2], ["touch second", "end"]);
    let mut tail = got[2..].to_vec();
    tail.sort();
    assert_eq!(tail, ["drop first", "drop second"]);
}

#[test]
fn shadowed_local_dropped_with_suspended_generator() {
    let log = Log::fresh();
    let mut it = shadowing();
    assert_eq!(it.next(), Some(1));
    assert_eq!(it.next(), Some(2));
    log.take();
    drop(it);
    check!(log, ["drop second", "drop first"]);
}

#[generator(yield = u32)]
#[allow(unused_assignments)] // `g0` is only dropped, never read
fn reassigned() {
    let mut g = Guard::new("g0");
    yield_!(1);
    g = Guard::new("g1");
    yield_!(2);
    mark("end");
    let _ = &g;
}

#[test]
fn reassignment_drops_the_old_value_once() {
    let log = Log::fresh();
    let mut it = reassigned();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new g0"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["new g1", "drop g0"]);
    drop(it);
    check!(log, ["drop g1"]);
}

#[generator(yield = u32)]
#[allow(unused_assignments)] // `g0` is only dropped, never read
fn reassigned_unmentioned_afterwards() {
    let mut g = Guard::new("g0");
    g.touch();
    yield_!(1);
    g = Guard::new("g1");
    yield_!(2);
    mark("end");
}

#[test]
fn reassigned_local_is_kept_until_scope_end() {
    // "A local that has not been mentioned since it was (re)assigned is kept
    // until the end of its scope."
    let log = Log::fresh();
    let mut it = reassigned_unmentioned_afterwards();
    assert_eq!(it.next(), Some(1));
    // Mentioned (touch), then not read before being overwritten: dropped at
    // the first suspension point... or kept until the assignment. Either is
    // once; accept both but require exactly-once.
    let first = log.take();
    assert_eq!(&first[..2], ["new g0", "touch g0"]);
    assert_eq!(it.next(), Some(2));
    let second = log.take();
    assert!(second.contains(&"new g1".to_string()));
    assert!(!second.contains(&"drop g1".to_string()));
    assert_eq!(it.next(), None);
    let third = log.take();
    assert_eq!(third, ["end", "drop g1"]);
    let mut all = first;
    all.extend(second);
    all.extend(third);
    assert_balanced(&all);
}

// ---------------------------------------------------------------------------
// Arguments

#[generator(yield = u32)]
fn with_args(_a: Guard, _b: Guard, n: u32) {
    for i in 0..n {
        yield_!(i);
    }
    mark("end");
}

#[test]
fn arguments_are_moved_in_at_call_and_dropped_on_completion() {
    let log = Log::fresh();
    let mut it = with_args(Guard::new("a"), Guard::new("b"), 2);
    check!(log, ["new a", "new b"]);
    assert_eq!(it.next(), Some(0));
    assert_eq!(it.next(), Some(1));
    check!(log, []);
    assert_eq!(it.next(), None);
    check!(log, ["end", "drop b", "drop a"]);
    drop(it);
    check!(log, []);
}

#[test]
fn arguments_dropped_with_unstarted_generator() {
    let log = Log::fresh();
    let it = with_args(Guard::new("a"), Guard::new("b"), 2);
    log.take();
    drop(it);
    check!(log, ["drop b", "drop a"]);
}

#[test]
fn arguments_dropped_with_suspended_generator() {
    let log = Log::fresh();
    let mut it = with_args(Guard::new("a"), Guard::new("b"), 2);
    assert_eq!(it.next(), Some(0));
    log.take();
    drop(it);
    check!(log, ["drop b", "drop a"]);
}

#[generator(yield = &'static str)]
fn arg_used_late(a: Guard) {
    yield_!("start");
    yield_!(a.name());
    mark("end");
}

#[test]
fn argument_used_late_is_kept_until_used() {
    let log = Log::fresh();
    let mut it = arg_used_late(Guard::new("a"));
    log.take();
    assert_eq!(it.next(), Some("start"));
    check!(log, []);
    assert_eq!(it.next(), Some("a"));
    let got = log.take();
    assert_balanced(&[vec!["new a".to_string()], got.clone()].concat()[..]);
    assert_eq!(it.next(), None);
    let rest = log.take();
    let all: Vec<String> = [vec!["new a".to_string()], got, rest].concat();
    assert_balanced(&all);
}

#[test]
fn arguments_of_panicking_generator_dropped_once() {
    quiet_panics();
    #[generator(yield = u32)]
    fn boom_at_start(_a: Guard, b: Guard) {
        b.touch();
        if b.name() == "b" {
            panic!("boom");
        }
        yield_!(1);
    }
    let log = Log::fresh();
    let mut it = boom_at_start(Guard::new("a"), Guard::new("b"));
    let r = catch_unwind(AssertUnwindSafe(|| it.next()));
    assert!(r.is_err());
    assert!(it.is_poisoned());
    // `b` was a plain local of the panicking segment: unwinding drops it.
    check!(log, ["new a", "new b", "touch b", "drop b"]);
    drop(it);
    check!(log, ["drop a"]);
}

// ---------------------------------------------------------------------------
// Early drop at every suspension point

#[generator(yield = u32)]
fn staged() {
    let _a = Guard::new("a");
    yield_!(0);
    {
        let _b = Guard::new("b");
        yield_!(1);
        for i in 0..2 {
            let _c = Guard::new("c");
            yield_!(10 + i);
        }
        let d = Guard::new("d");
        yield_!(2);
        d.touch();
        let _e = Guard::new("e");
        // `d` was mentioned in this segment and is not used afterwards: it
        // is dropped at this suspension point (after `e` was created).
        yield_!(3);
    }
    yield_!(4);
    mark("end");
}

#[test]
fn early_drop_at_every_suspension_point() {
    // (steps taken before the drop, log of the steps, log of the drop)
    let cases: &[(usize, &[&str], &[&str])] = &[
        (0, &[], &[]),
        (1, &["new a"], &["drop a"]),
        (2, &["new a", "new b"], &["drop b", "drop a"]),
        (
            3,
            &["new a", "new b", "new c"],
            &["drop c", "drop b", "drop a"],
        ),
        (
            4,
            &["new a", "new b", "new c", "drop c", "new c"],
            &["drop c", "drop b", "drop a"],
        ),
        (
            5,
            &[
                "new a", "new b", "new c", "drop c", "new c", "drop c", "new d",
            ],
            &["drop d", "drop b", "drop a"],
        ),
        (
            6,
            &[
                "new a", "new b", "new c", "drop c", "new c", "drop c", "new d", "touch d",
                "new e", "drop d",
            ],
            &["drop e", "drop b", "drop a"],
        ),
        (
            7,
            &[
                "new a", "new b", "new c", "drop c", "new c", "drop c", "new d", "touch d",
                "new e", "drop d", "drop e", "drop b",
            ],
            &["drop a"],
        ),
        (
            8,
            &[
                "new a", "new b", "new c", "drop c", "new c", "drop c", "new d", "touch d",
                "new e", "drop d", "drop e", "drop b", "end", "drop a",
            ],
            &[],
        ),
    ];
    let expected_items = [0, 1, 10, 11, 2, 3, 4];
    for &(steps, during, on_drop) in cases {
        let log = Log::fresh();
        let mut it = staged();
        for k in 0..steps {
            let got = it.next();
            if k < expected_items.len() {
                assert_eq!(got, Some(expected_items[k]), "step {k}");
            } else {
                assert_eq!(got, None, "step {k}");
            }
        }
        assert_eq!(log.take(), during, "log after {steps} steps");
        drop(it);
        assert_eq!(log.take(), on_drop, "log of the drop after {steps} steps");
        let all: Vec<String> = during
            .iter()
            .chain(on_drop)
            .map(|s| s.to_string())
            .collect();
        assert_balanced(&all);
    }
}

// ---------------------------------------------------------------------------
// Early exits: return, ?, break, continue

#[generator(yield = u32)]
fn returns_midway(stop: bool) -> &'static str {
    let _a = Guard::new("a");
    {
        let _b = Guard::new("b");
        yield_!(1);
        if stop {
            let _c = Guard::new("c");
            return "early";
        }
        yield_!(2);
    }
    "late"
}

#[test]
fn return_from_the_middle_drops_held_locals_exactly_once() {
    let log = Log::fresh();
    let mut it = returns_midway(true);
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b"]);
    assert_eq!(it.next(), None);
    check_unordered!(log, ["new c", "drop c", "drop b", "drop a"]);
    assert!(it.is_complete());
    assert_eq!(it.take_return(), Some("early"));
    drop(it);
    check!(log, []);
}

#[test]
fn return_from_the_middle_drops_held_locals() {
    let log = Log::fresh();
    let mut it = returns_midway(true);
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b"]);
    assert_eq!(it.next(), None);
    check!(log, ["new c", "drop c", "drop b", "drop a"]);
    assert!(it.is_complete());
    assert_eq!(it.take_return(), Some("early"));
    drop(it);
    check!(log, []);

    let mut it = returns_midway(false);
    let v: Vec<u32> = it.by_ref().collect();
    assert_eq!(v, [1, 2]);
    check!(log, ["new a", "new b", "drop b", "drop a"]);
    assert_eq!(it.take_return(), Some("late"));
}

#[generator(yield = u32)]
fn returns_a_guard() -> Guard {
    let a = Guard::new("a");
    let _b = Guard::new("b");
    yield_!(1);
    a
}

#[test]
fn returned_local_is_moved_out_not_dropped() {
    let log = Log::fresh();
    let mut it = returns_a_guard();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b"]);
    assert_eq!(it.next(), None);
    check!(log, ["drop b"]);
    let a = it.take_return().unwrap();
    assert_eq!(a.name(), "a");
    drop(it);
    check!(log, []);
    drop(a);
    check!(log, ["drop a"]);

    // Through resume(): the value is handed out in Complete.
    let mut it = returns_a_guard();
    assert!(matches!(it.resume(()), CoroutineState::Yielded(1)));
    log.take();
    match it.resume(()) {
        CoroutineState::Complete(g) => {
            check!(log, ["drop b"]);
            drop(g);
            check!(log, ["drop a"]);
        }
        CoroutineState::Yielded(_) => panic!("expected completion"),
    }
    drop(it);
    check!(log, []);
}

#[test]
fn unclaimed_return_value_dropped_with_generator() {
    let log = Log::fresh();
    let mut it = returns_a_guard();
    assert_eq!(it.next(), Some(1));
    assert_eq!(it.next(), None);
    check!(log, ["new a", "new b", "drop b"]);
    drop(it);
    check!(log, ["drop a"]);
}

fn parse(s: &str) -> Result<u32, String> {
    s.parse::<u32>().map_err(|e| e.to_string())
}

#[generator(yield = u32)]
fn question_mark(input: &'static str) -> Result<u32, String> {
    let _a = Guard::new("a");
    yield_!(1);
    let _b = Guard::new("b");
    let n = parse(input)?;
    yield_!(n);
    Ok(n * 2)
}

#[test]
fn question_mark_early_return_drops_held_locals_exactly_once() {
    let log = Log::fresh();
    let mut it = question_mark("x");
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a"]);
    assert_eq!(it.next(), None);
    check_unordered!(log, ["new b", "drop b", "drop a"]);
    assert!(it.take_return().unwrap().is_err());
    drop(it);
    check!(log, []);
}

#[test]
fn question_mark_early_return_drops_held_locals() {
    let log = Log::fresh();
    let mut it = question_mark("x");
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a"]);
    assert_eq!(it.next(), None);
    check!(log, ["new b", "drop b", "drop a"]);
    assert!(it.take_return().unwrap().is_err());

    let mut it = question_mark("21");
    assert_eq!(it.next(), Some(1));
    assert_eq!(it.next(), Some(21));
    check!(log, ["new a", "new b"]);
    assert_eq!(it.next(), None);
    check!(log, ["drop b", "drop a"]);
    assert_eq!(it.take_return(), Some(Ok(42)));
}

#[generator(yield = Option<u32>)]
fn question_mark_option(v: Option<u32>) -> Option<u32> {
    let _a = Guard::new("a");
    yield_!(v);
    let x = v?;
    let _b = Guard::new("b");
    yield_!(Some(x));
    Some(x)
}

#[test]
fn question_mark_on_option_drops_held_locals() {
    let log = Log::fresh();
    let mut it = question_mark_option(None);
    assert_eq!(it.next(), Some(None));
    assert_eq!(it.next(), None);
    check!(log, ["new a", "drop a"]);
    assert_eq!(it.take_return(), Some(None));
}

#[generator(yield = u32)]
fn breaks(limit: u32) {
    let _outer = Guard::new("outer");
    let mut i = 0;
    loop {
        let _it = Guard::new("iter");
        yield_!(i);
        if i == limit {
            break;
        }
        i += 1;
    }
    mark("after loop");
    yield_!(100);
}

#[test]
fn break_out_of_loop_drops_loop_locals() {
    let log = Log::fresh();
    let mut it = breaks(1);
    assert_eq!(it.next(), Some(0));
    check!(log, ["new outer", "new iter"]);
    assert_eq!(it.next(), Some(1));
    check!(log, ["drop iter", "new iter"]);
    assert_eq!(it.next(), Some(100));
    check!(log, ["drop iter", "after loop"]);
    assert_eq!(it.next(), None);
    check!(log, ["drop outer"]);
}

#[generator(yield = (u32, u32))]
fn labelled_break() {
    let _a = Guard::new("a");
    'outer: for i in 0..3 {
        let _b = Guard::new("b");
        for j in 0..3 {
            let _c = Guard::new("c");
            yield_!((i, j));
            if j == 1 {
                continue 'outer;
            }
            if i == 1 {
                break 'outer;
            }
        }
    }
    mark("after");
}

#[test]
fn labelled_break_and_continue_drop_both_loop_scopes() {
    let log = Log::fresh();
    let mut it = labelled_break();
    let mut items = Vec::new();
    for x in it.by_ref() {
        items.push(x);
        mark(&format!("got {x:?}"));
    }
    assert_eq!(items, [(0, 0), (0, 1), (1, 0)]);
    check!(
        log,
        [
            "new a",
            "new b",
            "new c",
            "got (0, 0)",
            "drop c",
            "new c",
            "got (0, 1)",
            "drop c",
            "drop b",
            "new b",
            "new c",
            "got (1, 0)",
            "drop c",
            "drop b",
            "after",
            "drop a",
        ]
    );
}

#[generator(yield = (u32, u32))]
fn labelled_break_workaround() {
    // Same as `labelled_break`, with a `;` after the loop body's last `if`.
    let _a = Guard::new("a");
    'outer: for i in 0..3 {
        let _b = Guard::new("b");
        for j in 0..3 {
            let _c = Guard::new("c");
            yield_!((i, j));
            if j == 1 {
                continue 'outer;
            }
            if i == 1 {
                break 'outer;
            };
        }
    }
    mark("after");
}

#[test]
fn labelled_break_and_continue_drop_both_loop_scopes_with_semicolon() {
    let log = Log::fresh();
    let mut it = labelled_break_workaround();
    let mut items = Vec::new();
    for x in it.by_ref() {
        items.push(x);
        mark(&format!("got {x:?}"));
    }
    assert_eq!(items, [(0, 0), (0, 1), (1, 0)]);
    check!(
        log,
        [
            "new a",
            "new b",
            "new c",
            "got (0, 0)",
            "drop c",
            "new c",
            "got (0, 1)",
            "drop c",
            "drop b",
            "new b",
            "new c",
            "got (1, 0)",
            "drop c",
            "drop b",
            "after",
            "drop a",
        ]
    );
}

#[generator(yield = u32)]
fn break_with_value() -> u32 {
    let _a = Guard::new("a");
    let v = 'blk: {
        let _b = Guard::new("b");
        yield_!(1);
        if true {
            break 'blk 7;
        }
        yield_!(2);
        0
    };
    mark("after block");
    yield_!(v);
    v
}

#[test]
fn break_out_of_labelled_block_drops_block_locals() {
    let log = Log::fresh();
    let mut it = break_with_value();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b"]);
    assert_eq!(it.next(), Some(7));
    check!(log, ["drop b", "after block"]);
    assert_eq!(it.next(), None);
    check!(log, ["drop a"]);
    assert_eq!(it.take_return(), Some(7));
}

#[generator(yield = &'static str)]
fn loop_over_guards(v: Vec<Guard>) {
    for g in v {
        g.touch();
        yield_!(g.name());
        mark("next");
    }
    mark("end");
}

#[test]
fn for_loop_over_owned_values_drops_each_once() {
    let log = Log::fresh();
    let v = vec![Guard::new("x"), Guard::new("y"), Guard::new("z")];
    let mut it = loop_over_guards(v);
    log.take();
    assert_eq!(it.next(), Some("x"));
    // `g` was mentioned and is not used after the yield: dropped there.
    check!(log, ["touch x", "drop x"]);
    assert_eq!(it.next(), Some("y"));
    check!(log, ["next", "touch y", "drop y"]);
    // Dropping the generator drops the rest of the vector's iterator.
    drop(it);
    check!(log, ["drop z"]);

    let v = vec![Guard::new("x"), Guard::new("y")];
    let it = loop_over_guards(v);
    log.take();
    assert_eq!(it.count(), 2);
    let got = log.all();
    assert_eq!(got.last().map(String::as_str), Some("end"));
    assert_balanced(&[vec!["new x".to_string(), "new y".to_string()], log.take()].concat());
}

#[generator(yield = u32)]
fn while_let(mut v: Vec<Guard>) {
    while let Some(g) = v.pop() {
        let _held = Guard::new("held");
        yield_!(1);
        g.touch();
    }
    mark("end");
}

#[test]
fn while_let_bindings_kept_and_dropped_once() {
    let log = Log::fresh();
    let mut it = while_let(vec![Guard::new("p"), Guard::new("q")]);
    log.take();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new held"]);
    assert_eq!(it.next(), Some(1));
    // `q` used after the yield, then dropped at the end of the iteration
    // along with `held` (reverse order: held, then q).
    check!(log, ["touch q", "drop held", "drop q", "new held"]);
    drop(it);
    check!(log, ["drop held", "drop p"]);
}

#[generator(yield = u32)]
fn match_bindings(o: Option<Guard>) {
    match o {
        Some(g) => {
            yield_!(1);
            g.touch();
            yield_!(2);
        }
        None => yield_!(0),
    }
    mark("end");
}

#[test]
fn match_bindings_across_yields() {
    let log = Log::fresh();
    let mut it = match_bindings(Some(Guard::new("m")));
    assert_eq!(it.next(), Some(1));
    check!(log, ["new m"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["touch m", "drop m"]);
    assert_eq!(it.next(), None);
    check!(log, ["end"]);

    let mut it = match_bindings(Some(Guard::new("m")));
    assert_eq!(it.next(), Some(1));
    log.take();
    drop(it);
    check!(log, ["drop m"]);
}

#[generator(yield = u32)]
fn let_else(o: Option<Guard>) {
    let _a = Guard::new("a");
    yield_!(1);
    let Some(g) = o else {
        mark("else");
        return;
    };
    yield_!(2);
    g.touch();
}

#[test]
fn let_else_return_drops_held_locals() {
    let log = Log::fresh();
    let mut it = let_else(None);
    assert_eq!(it.next(), Some(1));
    assert_eq!(it.next(), None);
    check!(log, ["new a", "else", "drop a"]);

    let mut it = let_else(Some(Guard::new("g")));
    assert_eq!(it.next(), Some(1));
    assert_eq!(it.next(), Some(2));
    check!(log, ["new g", "new a"]);
    drop(it);
    check!(log, ["drop g", "drop a"]);
}

// ---------------------------------------------------------------------------
// Panics

#[generator(yield = u32)]
fn panics_in_second_segment() {
    let a = Guard::new("a");
    let _b = Guard::new("b");
    yield_!(1);
    {
        let _c = Guard::new("c");
        if std::hint::black_box(true) {
            panic!("boom");
        }
    }
    yield_!(2);
    drop(a);
}

#[generator(yield = u32)]
fn panics_with_a_taken_out() {
    let a = Guard::new("a");
    let _b = Guard::new("b");
    yield_!(1);
    a.touch();
    {
        let _c = Guard::new("c");
        if std::hint::black_box(true) {
            panic!("boom");
        }
    }
    yield_!(2);
    drop(a);
}

#[test]
fn panic_propagates_and_poisons() {
    quiet_panics();
    let log = Log::fresh();
    let mut it = panics_in_second_segment();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new a", "new b"]);
    let err = catch_unwind(AssertUnwindSafe(|| it.next())).unwrap_err();
    assert_eq!(panic_message(&*err), "boom");
    // `c` is a plain local of the segment: unwinding drops it.
    check!(log, ["new c", "drop c"]);
    assert!(it.is_poisoned());
    assert!(!it.is_complete());
    assert_eq!(format!("{it:?}"), "Gen { status: \"poisoned\", .. }");

    let err = catch_unwind(AssertUnwindSafe(|| it.next())).unwrap_err();
    assert!(
        panic_message(&*err).contains("poisoned"),
        "{}",
        panic_message(&*err)
    );
    check!(log, []);
    drop(it);
    check!(log, ["drop b", "drop a"]);
}

#[test]
fn panic_with_a_local_taken_out_of_its_slot() {
    quiet_panics();
    let log = Log::fresh();
    let mut it = panics_with_a_taken_out();
    assert_eq!(it.next(), Some(1));
    log.take();
    let _ = catch_unwind(AssertUnwindSafe(|| it.next())).unwrap_err();
    let during = log.take();
    drop(it);
    let after = log.take();
    let all: Vec<String> = ["new a", "new b"]
        .iter()
        .map(|s| s.to_string())
        .chain(during.iter().cloned())
        .chain(after.iter().cloned())
        .collect();
    assert_balanced(&all);
    assert_eq!(during[..3], ["touch a", "new c", "drop c"]);
    // `a` was taken out of its slot into the panicking segment, so unwinding
    // drops it; `b` stays in its slot until the generator is dropped.
    // Observed: ["touch a", "new c", "drop c", "drop a"] then ["drop b"]
    // (rustc would unwind c, b, a; the contract only promises exactly once
    // for what the poisoned generator still holds).
    assert!(after.contains(&"drop b".to_string()), "{all:?}");
}

#[test]
fn poisoned_generator_resume_panics_with_poisoned() {
    quiet_panics();
    #[generator(yield = u32, resume = u32)]
    fn adder() {
        let _g = Guard::new("g");
        let mut total = 0;
        loop {
            let x = yield_!(total);
            if x == 0 {
                panic!("boom");
            }
            total += x;
        }
    }
    let log = Log::fresh();
    let mut it = adder();
    assert_eq!(it.start(), CoroutineState::Yielded(0));
    assert_eq!(it.resume(2), CoroutineState::Yielded(2));
    assert!(catch_unwind(AssertUnwindSafe(|| it.resume(0))).is_err());
    assert!(it.is_poisoned());
    let err = catch_unwind(AssertUnwindSafe(|| it.resume(1))).unwrap_err();
    assert!(panic_message(&*err).contains("poisoned"));
    check!(log, ["new g"]);
    drop(it);
    check!(log, ["drop g"]);
}

/// Panics with "boom" when dropped, after which its guard logs "drop x".
struct Bomb(#[allow(dead_code)] Guard);

impl Drop for Bomb {
    fn drop(&mut self) {
        panic!("boom");
    }
}

#[generator(yield = u32)]
fn holds_a_bomb() {
    let a = Guard::new("a");
    let bomb = Bomb(Guard::new("bomb"));
    let c = Guard::new("c");
    yield_!(1);
    drop((a, bomb, c));
}

#[test]
fn panicking_destructor_while_dropping_still_drops_the_rest() {
    quiet_panics();
    let log = Log::fresh();
    let mut it = holds_a_bomb();
    assert_eq!(it.next(), Some(1));
    log.take();
    // As for the locals of a function: the panic of one destructor does not
    // keep the others from running.
    assert!(catch_unwind(AssertUnwindSafe(|| drop(it))).is_err());
    check!(log, ["drop c", "drop bomb", "drop a"]);
}

#[generator(yield = u32)]
fn panic_in_loop() {
    let _a = Guard::new("a");
    for i in 0..5 {
        let _b = Guard::new("b");
        yield_!(i);
        if i == 2 {
            panic!("boom");
        }
    }
}

#[test]
fn panic_inside_loop_drops_everything_once() {
    quiet_panics();
    let log = Log::fresh();
    let mut it = panic_in_loop();
    let r = catch_unwind(AssertUnwindSafe(|| {
        let mut v = Vec::new();
        for x in it.by_ref() {
            v.push(x);
        }
        v
    }));
    assert!(r.is_err());
    assert!(it.is_poisoned());
    drop(it);
    let all = log.take();
    assert_balanced(&all);
    // `b` of the iteration that panicked (kept in its slot, not mentioned)
    // drops before `a`.
    assert_eq!(all[all.len() - 2..], ["drop b", "drop a"]);
}

#[generator(yield = u32)]
fn panic_in_loop_workaround() {
    let _a = Guard::new("a");
    for i in 0..5 {
        let _b = Guard::new("b");
        yield_!(i);
        if i == 2 {
            panic!("boom");
        };
    }
}

#[test]
fn panic_inside_loop_drops_everything_once_with_semicolon() {
    quiet_panics();
    let log = Log::fresh();
    let mut it = panic_in_loop_workaround();
    let r = catch_unwind(AssertUnwindSafe(|| {
        let mut v = Vec::new();
        for x in it.by_ref() {
            v.push(x);
        }
        v
    }));
    assert!(r.is_err());
    assert!(it.is_poisoned());
    drop(it);
    let all = log.take();
    assert_balanced(&all);
    // `b` of the iteration that panicked (kept in its slot, not mentioned)
    // drops before `a`.
    assert_eq!(all[all.len() - 2..], ["drop b", "drop a"]);
}

#[test]
fn panic_before_first_yield() {
    quiet_panics();
    #[generator(yield = u32)]
    fn early_boom(_arg: Guard) {
        let _l = Guard::new("local");
        if std::hint::black_box(true) {
            panic!("boom");
        }
        yield_!(1);
    }
    let log = Log::fresh();
    let mut it = early_boom(Guard::new("arg"));
    assert!(catch_unwind(AssertUnwindSafe(|| it.next())).is_err());
    assert!(it.is_poisoned());
    drop(it);
    let all = log.take();
    assert_balanced(&all);
    assert_eq!(all, ["new arg", "new local", "drop local", "drop arg"]);
}

// ---------------------------------------------------------------------------
// Values crossing the boundary: yielded values, resume values

#[generator(yield = Guard)]
fn yields_guards() {
    let kept = Guard::new("kept");
    yield_!(Guard::new("y1"));
    yield_!(Guard::new("y2"));
    kept.touch();
}

#[test]
fn yielded_values_belong_to_the_caller() {
    let log = Log::fresh();
    let mut it = yields_guards();
    let y1 = it.next().unwrap();
    check!(log, ["new kept", "new y1"]);
    drop(y1);
    check!(log, ["drop y1"]);
    let y2 = it.next().unwrap();
    drop(it);
    check!(log, ["new y2", "drop kept"]);
    drop(y2);
    check!(log, ["drop y2"]);
}

#[generator(yield = u32, resume = Guard)]
fn takes_guards() -> &'static str {
    let _a = Guard::new("a");
    let r1 = yield_!(1);
    mark("got r1");
    let r2 = yield_!(2);
    r2.touch();
    yield_!(3);
    r1.name()
}

#[test]
fn resume_values_follow_the_local_rules() {
    let log = Log::fresh();
    let mut it = takes_guards();
    // The first resume's argument is dropped, before the body starts.
    assert!(matches!(
        it.resume(Guard::new("r0")),
        CoroutineState::Yielded(1)
    ));
    check!(log, ["new r0", "drop r0", "new a"]);
    assert!(matches!(
        it.resume(Guard::new("r1")),
        CoroutineState::Yielded(2)
    ));
    check!(log, ["new r1", "got r1"]);
    assert!(matches!(
        it.resume(Guard::new("r2")),
        CoroutineState::Yielded(3)
    ));
    // r2 mentioned and unused afterwards: dropped at the yield.
    check!(log, ["new r2", "touch r2", "drop r2"]);
    drop(it);
    check!(log, ["drop r1", "drop a"]);
}

#[test]
fn start_runs_without_a_resume_value() {
    let log = Log::fresh();
    let mut it = takes_guards();
    assert!(matches!(it.start(), CoroutineState::Yielded(1)));
    check!(log, ["new a"]);
    assert!(matches!(
        it.resume(Guard::new("r1")),
        CoroutineState::Yielded(2)
    ));
    assert!(matches!(
        it.resume(Guard::new("r2")),
        CoroutineState::Yielded(3)
    ));
    log.take();
    match it.resume(Guard::new("r3")) {
        CoroutineState::Complete(name) => assert_eq!(name, "r1"),
        _ => panic!(),
    }
    let got = log.take();
    assert_eq!(got[0], "new r3");
    assert_balanced(
        &[
            vec![
                "new r1".to_string(),
                "new r2".to_string(),
                "drop r2".to_string(),
                "new a".to_string(),
            ],
            got,
        ]
        .concat(),
    );
}

// ---------------------------------------------------------------------------
// yield_from!

#[generator(yield = u32)]
fn sub(_arg: Guard, n: u32) -> u32 {
    let _s = Guard::new("s");
    for i in 0..n {
        yield_!(i);
    }
    mark("sub end");
    n
}

#[generator(yield = u32)]
fn outer() -> u32 {
    let _o = Guard::new("o");
    let r = yield_from!(sub(Guard::new("sub arg"), 2));
    mark("after sub");
    yield_!(100);
    r
}

#[test]
fn yield_from_sub_generator_dropped_on_completion() {
    let log = Log::fresh();
    let mut it = outer();
    assert_eq!(it.next(), Some(0));
    check!(log, ["new o", "new sub arg", "new s"]);
    assert_eq!(it.next(), Some(1));
    check!(log, []);
    assert_eq!(it.next(), Some(100));
    check!(log, ["sub end", "drop s", "drop sub arg", "after sub"]);
    assert_eq!(it.next(), None);
    check!(log, ["drop o"]);
    assert_eq!(it.take_return(), Some(2));
}

#[test]
fn yield_from_sub_generator_dropped_with_outer() {
    let log = Log::fresh();
    let mut it = outer();
    assert_eq!(it.next(), Some(0));
    log.take();
    drop(it);
    check!(log, ["drop s", "drop sub arg", "drop o"]);
}

#[test]
fn yield_from_empty_sub_generator_dropped_when_it_completes() {
    // Zero-length sub: completes on its first resume.
    #[generator(yield = u32)]
    fn outer_empty() {
        let _o = Guard::new("o");
        yield_from!(sub(Guard::new("sub arg"), 0));
        mark("after sub");
        yield_!(5);
    }
    let log = Log::fresh();
    let mut it = outer_empty();
    assert_eq!(it.next(), Some(5));
    check!(
        log,
        [
            "new o",
            "new sub arg",
            "new s",
            "sub end",
            "drop s",
            "drop sub arg",
            "after sub"
        ]
    );
    drop(it);
    check!(log, ["drop o"]);
}

#[generator(yield = u32)]
fn outer_of_vec() {
    let _o = Guard::new("o");
    yield_from!(
        vec![Guard::new("v1"), Guard::new("v2"), Guard::new("v3")]
            .into_iter()
            .map(|g| {
                g.touch();
                1
            })
    );
    mark("after");
}

#[test]
fn yield_from_iterable_dropped_with_outer() {
    let log = Log::fresh();
    let mut it = outer_of_vec();
    assert_eq!(it.next(), Some(1));
    check!(
        log,
        ["new o", "new v1", "new v2", "new v3", "touch v1", "drop v1"]
    );
    drop(it);
    check!(log, ["drop v2", "drop v3", "drop o"]);

    let it = outer_of_vec();
    assert_eq!(it.count(), 3);
    let all = log.take();
    assert_balanced(&all);
    assert_eq!(all[all.len() - 2..], ["after", "drop o"]);
}

#[generator(yield = u32)]
fn sub_panics() {
    let _s = Guard::new("s");
    yield_!(1);
    if std::hint::black_box(true) {
        panic!("boom");
    }
    yield_!(2);
}

#[generator(yield = u32)]
fn outer_of_panicking() {
    let _o = Guard::new("o");
    yield_from!(sub_panics());
    yield_!(3);
}

#[test]
fn panic_in_sub_generator_poisons_outer_and_drops_once() {
    quiet_panics();
    let log = Log::fresh();
    let mut it = outer_of_panicking();
    assert_eq!(it.next(), Some(1));
    check!(log, ["new o", "new s"]);
    assert!(catch_unwind(AssertUnwindSafe(|| it.next())).is_err());
    assert!(it.is_poisoned());
    let err = catch_unwind(AssertUnwindSafe(|| it.next())).unwrap_err();
    assert!(panic_message(&*err).contains("poisoned"));
    drop(it);
    let all = log.take();
    assert_balanced(&[vec!["new o".to_string(), "new s".to_string()], all.clone()].concat());
    assert_eq!(all, ["drop s", "drop o"]);
}

#[generator(yield = u32)]
fn recursive(depth: u32) {
    let _g = Guard::new(["d0", "d1", "d2", "d3"][depth as usize]);
    yield_!(depth);
    if depth < 3 {
        yield_from!(recursive(depth + 1));
    }
}

#[test]
fn recursive_yield_from_drops_every_level_once() {
    let log = Log::fresh();
    let mut it = recursive(0);
    assert_eq!(it.next(), Some(0));
    assert_eq!(it.next(), Some(1));
    assert_eq!(it.next(), Some(2));
    check!(log, ["new d0", "new d1", "new d2"]);
    drop(it);
    check!(log, ["drop d2", "drop d1", "drop d0"]);

    let v: Vec<u32> = recursive(0).collect();
    assert_eq!(v, [0, 1, 2, 3]);
    check!(
        log,
        [
            "new d0", "new d1", "new d2", "new d3", "drop d3", "drop d2", "drop d1", "drop d0"
        ]
    );
}

// ---------------------------------------------------------------------------
// gen_!{}

#[test]
fn inline_generator_move_captures_dropped_once() {
    let log = Log::fresh();
    let cap = Guard::new("cap");
    let g = genfn::gen_!(move {
        let _l = Guard::new("l");
        yield 1u32;
        cap.touch();
        yield 2;
    });
    let mut g = g;
    assert_eq!(g.next(), Some(1));
    check!(log, ["new cap", "new l"]);
    drop(g);
    check!(log, ["drop l", "drop cap"]);
}

#[test]
fn inline_generator_locals_on_completion() {
    let log = Log::fresh();
    let g = genfn::gen_! {
        let _a = Guard::new("a");
        for i in 0..2u32 {
            let _b = Guard::new("b");
            yield i;
        }
        mark("end");
    };
    let v: Vec<u32> = g.collect();
    assert_eq!(v, [0, 1]);
    check!(
        log,
        [
            "new a", "new b", "drop b", "new b", "drop b", "end", "drop a"
        ]
    );
}

#[test]
fn cloned_generator_drops_its_own_copies() {
    #[derive(Clone)]
    struct Counted(Rc<RefCell<u32>>);
    impl Drop for Counted {
        fn drop(&mut self) {
            *self.0.borrow_mut() += 1;
        }
    }
    let drops = Rc::new(RefCell::new(0));
    let c = Counted(drops.clone());
    let mut g = genfn::gen_!(move {
        let local = c.clone();
        yield 1u32;
        yield 2;
        drop(local);
    });
    assert_eq!(g.next(), Some(1));
    let mut h = g.clone();
    assert_eq!(*drops.borrow(), 0);
    assert_eq!(h.next(), Some(2));
    assert_eq!(h.next(), None);
    // h's `local` is gone; its capture `c` lives as long as h.
    assert_eq!(*drops.borrow(), 1);
    drop(g);
    assert_eq!(*drops.borrow(), 3);
    drop(h);
    assert_eq!(*drops.borrow(), 4);
}

#[generator(yield = u32)]
fn sub_two() {
    let _s = Guard::new("s");
    yield_!(1);
    yield_!(2);
}

#[generator(yield = u32)]
fn outer_borrowing(sub: &mut genfn::BoxGen<'static, u32>) {
    let _o = Guard::new("o");
    yield_from!(sub);
    yield_!(3);
}

#[test]
fn yield_from_a_borrowed_generator_does_not_drop_it() {
    let log = Log::fresh();
    let mut s = sub_two().boxed();
    let mut it = outer_borrowing(&mut s);
    assert_eq!(it.next(), Some(1));
    check!(log, ["new o", "new s"]);
    drop(it);
    // The outer generator only borrowed the sub-generator.
    check!(log, ["drop o"]);
    assert_eq!(s.next(), Some(2));
    assert_eq!(s.next(), None);
    check!(log, ["drop s"]);
}

#[generator(yield = u32)]
fn if_let_binding(o: Option<Guard>) {
    let _a = Guard::new("a");
    if let Some(g) = o {
        yield_!(1);
        g.touch();
        yield_!(2);
        mark("end of if let");
    }
    yield_!(3);
}

#[test]
fn if_let_binding_across_yields() {
    let log = Log::fresh();
    let mut it = if_let_binding(Some(Guard::new("g")));
    assert_eq!(it.next(), Some(1));
    check!(log, ["new g", "new a"]);
    assert_eq!(it.next(), Some(2));
    check!(log, ["touch g", "drop g"]);
    assert_eq!(it.next(), Some(3));
    check!(log, ["end of if let"]);
    drop(it);
    check!(log, ["drop a"]);

    let mut it = if_let_binding(Some(Guard::new("g")));
    assert_eq!(it.next(), Some(1));
    log.take();
    drop(it);
    check!(log, ["drop g", "drop a"]);

    let v: Vec<u32> = if_let_binding(None).collect();
    assert_eq!(v, [3]);
    check!(log, ["new a", "drop a"]);
}

#[generator(yield = u32)]
fn match_guard(v: Vec<Option<Guard>>) {
    for item in v {
        match item {
            Some(g) if g.name() == "skip" => {
                mark("skipped");
            }
            Some(g) => {
                yield_!(1);
                g.touch();
            }
            None => yield_!(0),
        }
    }
    mark("end");
}

#[test]
fn match_guard_and_bindings_drop_once() {
    let log = Log::fresh();
    let v = vec![Some(Guard::new("skip")), None, Some(Guard::new("x"))];
    let mut it = match_guard(v);
    assert_eq!(it.next(), Some(0));
    check!(log, ["new skip", "new x", "skipped", "drop skip"]);
    assert_eq!(it.next(), Some(1));
    check!(log, []);
    assert_eq!(it.next(), None);
    check!(log, ["touch x", "drop x", "end"]);

    let v = vec![Some(Guard::new("y")), Some(Guard::new("z"))];
    let mut it = match_guard(v);
    assert_eq!(it.next(), Some(1));
    log.take();
    drop(it);
    check!(log, ["drop y", "drop z"]);
}

#[generator(yield = u32)]
fn mentioned_before_yield_from() {
    let g = Guard::new("g");
    g.touch();
    yield_from!(sub(Guard::new("sub arg"), 2));
    mark("after");
}

#[test]
fn mentioned_local_dropped_at_yield_from_suspension() {
    let log = Log::fresh();
    let mut it = mentioned_before_yield_from();
    assert_eq!(it.next(), Some(0));
    // `g` is dropped before the caller sees the first delegated value.
    let got = log.take();
    assert_eq!(got[..2], ["new g", "touch g"]);
    let mut rest = got[2..].to_vec();
    rest.sort();
    assert_eq!(rest, ["drop g", "new s", "new sub arg"]);
    assert_eq!(it.next(), Some(1));
    check!(log, []);
    assert_eq!(it.next(), None);
    check!(log, ["sub end", "drop s", "drop sub arg", "after"]);
}
