//! Resume values (Python's `send`): `let v = yield_!(x);`, the first resume's
//! argument being dropped, `start()`, non-Copy resume types, resuming through
//! the `Coroutine` trait, and what happens after completion.

// These generators exercise unusual shapes on purpose (loops that never
// loop, late initialisation, ...): clippy's style lints do not apply.
#![allow(clippy::all, unused_assignments)]

use std::cell::{Cell, RefCell};
use std::pin::Pin;
use std::rc::Rc;

use genfn::{Body, Coroutine, CoroutineState, Gen, generator};

use CoroutineState::{Complete, Yielded};

// ===========================================================================
// Basic send.

/// Python's running average: `avg = yield avg`.
#[generator(yield = f64, resume = f64)]
fn averager() -> (usize, f64) {
    let mut total = 0.0;
    let mut count = 0;
    let mut average = 0.0;
    loop {
        let term = yield_!(average);
        if term < 0.0 {
            break;
        }
        total += term;
        count += 1;
        average = total / count as f64;
    }
    (count, total)
}

#[test]
fn running_average() {
    let mut g = averager();
    assert_eq!(g.start(), Yielded(0.0));
    assert_eq!(g.resume(10.0), Yielded(10.0));
    assert_eq!(g.resume(30.0), Yielded(20.0));
    assert_eq!(g.resume(5.0), Yielded(15.0));
    assert_eq!(g.resume(-1.0), Complete((3, 45.0)));
    assert!(g.is_complete());
}

/// The same logic as a plain function over a list of sends.
fn averager_plain(sends: &[f64]) -> (Vec<f64>, (usize, f64)) {
    let mut out = Vec::new();
    let mut sends = sends.iter().copied();
    let mut total = 0.0;
    let mut count = 0;
    let mut average = 0.0;
    loop {
        out.push(average);
        let term = sends.next().unwrap();
        if term < 0.0 {
            break;
        }
        total += term;
        count += 1;
        average = total / count as f64;
    }
    (out, (count, total))
}

/// Drives a generator with `sends` (the first resume is `start()`), and
/// returns what it yielded and returned.
fn drive<B: Body + Unpin>(mut g: Gen<B>, sends: Vec<B::Resume>) -> (Vec<B::Yield>, B::Return) {
    let mut out = Vec::new();
    let mut state = g.start();
    let mut sends = sends.into_iter();
    loop {
        match state {
            Yielded(y) => out.push(y),
            Complete(r) => {
                assert!(sends.next().is_none(), "sends left over");
                return (out, r);
            }
        }
        state = g.resume(sends.next().expect("the generator wants more sends"));
    }
}

#[test]
fn running_average_agrees_with_plain_function() {
    let sends = [4.0, 8.0, 1.5, 0.5, 2.0, -3.0];
    assert_eq!(drive(averager(), sends.to_vec()), averager_plain(&sends));
}

#[generator(yield = i32, resume = i32)]
fn echo_twice() -> Vec<i32> {
    let mut seen = Vec::new();
    let mut v = yield_!(0);
    while v != 0 {
        seen.push(v);
        let again = yield_!(v);
        seen.push(again);
        v = yield_!(v + again);
    }
    seen
}

#[test]
fn every_resume_value_reaches_its_yield() {
    let mut g = echo_twice();
    assert_eq!(g.start(), Yielded(0));
    assert_eq!(g.resume(3), Yielded(3));
    assert_eq!(g.resume(4), Yielded(7));
    assert_eq!(g.resume(10), Yielded(10));
    assert_eq!(g.resume(1), Yielded(11));
    assert_eq!(g.resume(0), Complete(vec![3, 4, 10, 1]));
}

#[generator(yield = u32, resume = u32)]
fn resume_in_nested_control_flow(limit: u32) -> u32 {
    let mut sum = 0;
    'outer: for round in 0..limit {
        match yield_!(round) {
            0 => continue,
            n if n > 100 => break 'outer,
            n => {
                let mut k = n;
                while k > 0 {
                    let got = yield_!(1000 + k);
                    if got == 7 {
                        continue 'outer;
                    }
                    sum += got;
                    k -= 1;
                }
            }
        }
    }
    sum
}

#[test]
fn resume_values_inside_loops_and_matches() {
    let mut g = resume_in_nested_control_flow(4);
    assert_eq!(g.start(), Yielded(0));
    assert_eq!(g.resume(0), Yielded(1)); // continue
    assert_eq!(g.resume(2), Yielded(1002));
    assert_eq!(g.resume(5), Yielded(1001));
    assert_eq!(g.resume(6), Yielded(2)); // sum = 11
    assert_eq!(g.resume(3), Yielded(1003));
    assert_eq!(g.resume(7), Yielded(3)); // continue 'outer
    assert_eq!(g.resume(200), Complete(11)); // break 'outer
}

// ===========================================================================
// The first resume's argument is dropped.

struct Tracked {
    id: u32,
    drops: Rc<RefCell<Vec<u32>>>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.borrow_mut().push(self.id);
    }
}

#[generator(yield = u32, resume = Tracked)]
fn sees_ids(seen: &RefCell<Vec<u32>>) -> u32 {
    let a = yield_!(1);
    seen.borrow_mut().push(a.id);
    let b = yield_!(2);
    seen.borrow_mut().push(b.id);
    let n = a.id + b.id;
    drop(a);
    let _ignored = yield_!(3);
    n
}

#[test]
fn first_resume_argument_is_dropped_and_never_seen() {
    let drops = Rc::new(RefCell::new(Vec::new()));
    let t = |id| Tracked {
        id,
        drops: drops.clone(),
    };
    let seen = RefCell::new(Vec::new());
    let mut g = sees_ids(&seen);
    assert_eq!(g.resume(t(100)), Yielded(1));
    assert_eq!(
        *drops.borrow(),
        [100],
        "the first argument is dropped at once"
    );
    assert!(seen.borrow().is_empty());
    assert_eq!(g.resume(t(1)), Yielded(2));
    assert_eq!(*drops.borrow(), [100], "the second is held by the body");
    assert_eq!(g.resume(t(2)), Yielded(3));
    assert_eq!(*seen.borrow(), [1, 2]);
    // `drop(a)` ran, and `b`, mentioned since the last yield and not used
    // afterwards, is dropped at the suspension point (the guide's *Locals and drops*).
    assert_eq!(*drops.borrow(), [100, 1, 2]);
    assert_eq!(g.resume(t(3)), Complete(3));
    assert_eq!(*drops.borrow(), [100, 1, 2, 3]);
    let mut d = drops.borrow().clone();
    d.sort();
    assert_eq!(d, [1, 2, 3, 100], "every resume value dropped exactly once");
    assert_eq!(drops.borrow().len(), 4);
}

#[test]
fn resume_values_held_by_a_dropped_generator_are_dropped_once() {
    let drops = Rc::new(RefCell::new(Vec::new()));
    let t = |id| Tracked {
        id,
        drops: drops.clone(),
    };
    let seen = RefCell::new(Vec::new());
    let mut g = sees_ids(&seen);
    assert_eq!(g.start(), Yielded(1));
    assert_eq!(g.resume(t(7)), Yielded(2));
    assert!(drops.borrow().is_empty());
    drop(g);
    assert_eq!(*drops.borrow(), [7]);
}

#[generator(yield = (), resume = Tracked)]
fn ignores_resume_values(count: u32) {
    for _ in 0..count {
        yield_!(());
    }
}

#[test]
fn ignored_resume_values_are_dropped() {
    let drops = Rc::new(RefCell::new(Vec::new()));
    let t = |id| Tracked {
        id,
        drops: drops.clone(),
    };
    let mut g = ignores_resume_values(2);
    assert_eq!(g.resume(t(0)), Yielded(()));
    assert_eq!(*drops.borrow(), [0]);
    assert_eq!(g.resume(t(1)), Yielded(()));
    assert_eq!(*drops.borrow(), [0, 1]);
    assert_eq!(g.resume(t(2)), Complete(()));
    assert_eq!(*drops.borrow(), [0, 1, 2]);
}

#[generator(yield = &'static str, resume = i32)]
fn counts_body_runs(runs: &Cell<u32>) -> i32 {
    runs.set(runs.get() + 1);
    let x = yield_!("first");
    x
}

#[test]
fn start_and_resume_both_begin_the_body() {
    let runs = Cell::new(0);
    let mut g = counts_body_runs(&runs);
    assert_eq!(runs.get(), 0);
    assert_eq!(g.start(), Yielded("first"));
    assert_eq!(runs.get(), 1);
    assert_eq!(g.resume(9), Complete(9));

    let mut g = counts_body_runs(&runs);
    assert_eq!(g.resume(12345), Yielded("first"));
    assert_eq!(runs.get(), 2);
    assert_eq!(
        g.resume(5),
        Complete(5),
        "the first value (12345) was dropped"
    );
}

#[test]
#[should_panic(expected = "already started")]
fn start_twice_panics() {
    let runs = Cell::new(0);
    let mut g = counts_body_runs(&runs);
    let _ = g.start();
    let _ = g.start();
}

#[test]
#[should_panic(expected = "already started")]
fn start_after_resume_panics() {
    let runs = Cell::new(0);
    let mut g = counts_body_runs(&runs);
    let _ = g.resume(1);
    let _ = g.start();
}

// ===========================================================================
// After completion.

#[test]
#[should_panic(expected = "generator resumed after completion")]
fn resume_after_completion_panics() {
    let runs = Cell::new(0);
    let mut g = counts_body_runs(&runs);
    assert_eq!(g.start(), Yielded("first"));
    assert_eq!(g.resume(1), Complete(1));
    let _ = g.resume(2);
}

#[generator(yield = u8)]
fn empty_body() {}

#[test]
#[should_panic(expected = "generator resumed after completion")]
fn resume_after_immediate_completion_panics() {
    let mut g = empty_body();
    assert_eq!(g.resume(()), Complete(()));
    assert!(g.is_complete());
    let _ = g.resume(());
}

#[test]
fn next_after_completion_is_none_forever() {
    let mut g = empty_body();
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some(()));
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), None);
}

#[test]
#[should_panic(expected = "generator resumed after completion")]
fn resume_after_next_completed_panics() {
    let mut g = empty_body();
    assert_eq!(g.next(), None);
    let _ = g.resume(());
}

#[test]
#[should_panic(expected = "generator resumed after completion")]
fn coroutine_trait_resume_after_completion_panics() {
    let mut g = averager();
    let mut p = Pin::new(&mut g);
    assert_eq!(p.as_mut().resume(0.0), Yielded(0.0));
    assert_eq!(p.as_mut().resume(-1.0), Complete((0, 0.0)));
    let _ = p.as_mut().resume(1.0);
}

// ===========================================================================
// Non-Copy resume types.

#[generator(yield = usize, resume = String)]
fn sentence() -> String {
    let mut words: Vec<String> = Vec::new();
    let mut longest = String::new();
    loop {
        let w = yield_!(words.len());
        if w.is_empty() {
            break;
        }
        if w.len() > longest.len() {
            longest = w.clone();
        }
        words.push(w);
    }
    let first = yield_!(words.len());
    format!("{first}: {} (longest {longest})", words.join(" "))
}

#[test]
fn string_resume_values() {
    let mut g = sentence();
    assert_eq!(g.start(), Yielded(0));
    assert_eq!(g.resume("the".into()), Yielded(1));
    assert_eq!(g.resume("quick".into()), Yielded(2));
    assert_eq!(g.resume("fox".into()), Yielded(3));
    assert_eq!(g.resume(String::new()), Yielded(3));
    assert_eq!(
        g.resume("title".into()),
        Complete("title: the quick fox (longest quick)".into())
    );
}

#[generator(yield = String, resume = String)]
fn resume_value_held_across_yields() -> (String, String) {
    let a = yield_!(String::from("give a"));
    let b = yield_!(format!("got {a}, give b"));
    let c = yield_!(format!("got {a} and {b}"));
    (a + &b, c)
}

#[test]
fn string_resume_values_kept_across_later_yields() {
    let mut g = resume_value_held_across_yields();
    assert_eq!(g.start(), Yielded("give a".into()));
    assert_eq!(g.resume("x".into()), Yielded("got x, give b".into()));
    assert_eq!(g.resume("y".into()), Yielded("got x and y".into()));
    assert_eq!(g.resume("z".into()), Complete(("xy".into(), "z".into())));
}

#[generator(yield = i32, resume = Result<i32, String>)]
fn question_mark_on_resume_value() -> Result<i32, String> {
    let mut total = 0;
    loop {
        let v = yield_!(total)?;
        if v == 0 {
            return Ok(total);
        }
        total += v;
    }
}

#[test]
fn question_mark_applied_to_the_resume_value() {
    let mut g = question_mark_on_resume_value();
    assert_eq!(g.start(), Yielded(0));
    assert_eq!(g.resume(Ok(5)), Yielded(5));
    assert_eq!(g.resume(Ok(6)), Yielded(11));
    assert_eq!(g.resume(Err("stop".into())), Complete(Err("stop".into())));

    let mut g = question_mark_on_resume_value();
    assert_eq!(g.start(), Yielded(0));
    assert_eq!(g.resume(Ok(2)), Yielded(2));
    assert_eq!(g.resume(Ok(0)), Complete(Ok(2)));
}

#[generator(yield = Option<T>, resume = T)]
fn generic_echo<T: Clone + PartialEq>(stop: T) -> Vec<T> {
    let mut log = Vec::new();
    let mut last = None;
    loop {
        let v = yield_!(last.clone());
        if v == stop {
            return log;
        }
        log.push(v.clone());
        last = Some(v);
    }
}

#[test]
fn generic_resume_type() {
    let (out, ret) = drive(
        generic_echo(String::from("end")),
        vec!["a".into(), "b".into(), "end".into()],
    );
    assert_eq!(out, [None, Some("a".to_string()), Some("b".to_string())]);
    assert_eq!(ret, ["a", "b"]);
    let (out, ret) = drive(generic_echo(0u8), vec![3, 0]);
    assert_eq!(out, [None, Some(3)]);
    assert_eq!(ret, [3]);
}

#[generator(yield = usize, resume = &'a str)]
fn borrowed_resume<'a>() -> Vec<&'a str> {
    let mut kept = Vec::new();
    let mut n = 0;
    loop {
        let s = yield_!(n);
        if s.is_empty() {
            return kept;
        }
        n += s.len();
        kept.push(s);
    }
}

#[test]
fn borrowed_resume_values() {
    let owned = [String::from("ab"), String::from("cde")];
    let mut g = borrowed_resume();
    assert_eq!(g.start(), Yielded(0));
    assert_eq!(g.resume(&owned[0]), Yielded(2));
    assert_eq!(g.resume(&owned[1]), Yielded(5));
    match g.resume("") {
        Complete(kept) => {
            assert!(std::ptr::eq(kept[0], owned[0].as_str()));
            assert_eq!(kept, ["ab", "cde"]);
        }
        other => panic!("{other:?}"),
    }
}

#[generator(yield = i64, resume = Box<dyn Fn(i64) -> i64>)]
fn apply_sent_functions(mut x: i64) -> i64 {
    for _ in 0..3 {
        let f = yield_!(x);
        x = f(x);
    }
    x
}

#[test]
fn boxed_closures_as_resume_values() {
    let mut g = apply_sent_functions(2);
    assert_eq!(g.start(), Yielded(2));
    assert_eq!(g.resume(Box::new(|x| x * 10)), Yielded(20));
    let k = 7;
    assert_eq!(g.resume(Box::new(move |x| x + k)), Yielded(27));
    assert_eq!(g.resume(Box::new(|x| -x)), Complete(-27));
}

// ===========================================================================
// Driving through the Coroutine trait.

fn drive_dyn<C>(mut c: Pin<&mut C>, sends: &[i32]) -> Vec<CoroutineState<C::Yield, C::Return>>
where
    C: Coroutine<i32> + ?Sized,
{
    sends.iter().map(|&s| c.as_mut().resume(s)).collect()
}

#[generator(yield = i32, resume = i32)]
fn doubler() -> &'static str {
    let mut v = yield_!(-1);
    while v >= 0 {
        v = yield_!(v * 2);
    }
    "negative"
}

#[test]
fn coroutine_trait_forwards_resume_values() {
    let mut g = doubler();
    let states = drive_dyn(Pin::new(&mut g), &[99, 1, 2, 3, -1]);
    assert_eq!(
        states,
        [
            Yielded(-1),
            Yielded(2),
            Yielded(4),
            Yielded(6),
            Complete("negative")
        ]
    );
    assert!(g.is_complete());
}

#[test]
fn coroutine_trait_object() {
    let mut g = doubler();
    let pinned = Pin::new(&mut g);
    let dynamic: Pin<&mut dyn Coroutine<i32, Yield = i32, Return = &'static str>> = pinned;
    let states = drive_dyn(dynamic, &[0, 5, -5]);
    assert_eq!(states, [Yielded(-1), Yielded(10), Complete("negative")]);
}

#[test]
fn boxed_generator_keeps_resume_semantics() {
    let mut g: genfn::BoxGen<'static, i32, i32, &'static str> = doubler().boxed();
    assert_eq!(g.start(), Yielded(-1));
    assert_eq!(g.resume(21), Yielded(42));
    assert_eq!(g.resume(-1), Complete("negative"));
}

// ===========================================================================
// Unit resume: `next()` and `resume(())` are the same step.

#[generator(yield = u8)]
fn three() -> u8 {
    let () = yield_!(1);
    let unit = yield_!(2);
    let _: () = unit;
    yield_!(3);
    0
}

#[test]
fn next_and_resume_unit_interleave() {
    let mut g = three();
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.resume(()), Yielded(2));
    assert_eq!(g.next(), Some(3));
    assert_eq!(g.resume(()), Complete(0));
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), None, "handed out by resume already");
}

#[test]
fn start_on_a_unit_generator() {
    let mut g = three();
    assert_eq!(g.start(), Yielded(1));
    assert_eq!(g.next(), Some(2));
}

// ===========================================================================
// A panicking body poisons the generator.

#[generator(yield = i32, resume = i32)]
fn divides(n: i32) -> i32 {
    let mut acc = n;
    loop {
        let d = yield_!(acc);
        acc = acc.checked_div(d).expect("division by zero");
    }
}

#[test]
fn panic_in_body_poisons() {
    let mut g = divides(100);
    assert_eq!(g.start(), Yielded(100));
    assert_eq!(g.resume(5), Yielded(20));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g.resume(0)));
    assert!(r.is_err());
    assert!(g.is_poisoned());
    assert!(!g.is_complete());
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g.resume(1)));
    let msg = r.unwrap_err();
    let msg = msg
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| msg.downcast_ref::<String>().cloned())
        .unwrap();
    assert!(msg.contains("poisoned"), "{msg}");
}

// ===========================================================================
// Inline generators with resume = () and send-like protocols built on them.

#[test]
fn inline_generator_with_unit_resume_values() {
    let mut g = genfn::gen_! {
        let a = yield 1;
        let () = a;
        let b = yield_!(2);
        b
    };
    assert_eq!(g.resume(()), Yielded(1));
    assert_eq!(g.resume(()), Yielded(2));
    assert_eq!(g.resume(()), Complete(()));
}
