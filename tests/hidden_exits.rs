//! A `return Err(..)`, `return None` or `?` that a `macro_rules!` expansion
//! brings into the body (serde_json's `tri!`, `q!(e)` expanding to `e?`).
//! genfn never sees it: it leaves the step as written. When the generator
//! returns a `Result` or an `Option` and the body calls such macros, the
//! step returns the return type around its ordinary value, and the
//! machine completes the generator with the value such an exit gives,
//! dropping the locals still held as a `return` does.
//!
//! Each body is also a plain function pushing what it yields, and the
//! drops are counted with guards that log their order.

#![allow(clippy::all, unused_variables)]

use std::cell::RefCell;
use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

use genfn::{Coroutine, CoroutineState, generator};

thread_local! {
    static LOG: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Logs its name when dropped.
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        LOG.with(|l| l.borrow_mut().push(self.0));
    }
}

fn drops() -> Vec<&'static str> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(e),
        }
    };
}

macro_rules! q {
    ($e:expr) => {
        $e?
    };
}

macro_rules! none_if {
    ($c:expr) => {
        if $c {
            return None;
        }
    };
}

// ---------------------------------------------------------------------------
// `return Err(e)` in a macro, between guards: the locals of the step drop
// first (latest declared first), then the ones still held in slots.

#[generator(yield = u8)]
fn sum_or_error(items: Vec<Result<u8, String>>) -> Result<u8, String> {
    let _outer = Guard("outer");
    let mut sum = 0;
    for item in items {
        let _inner = Guard("inner");
        let v = tri!(item);
        yield_!(v);
        sum += v;
    }
    Ok(sum)
}

fn sum_or_error_plain(items: Vec<Result<u8, String>>, out: &mut Vec<u8>) -> Result<u8, String> {
    let _outer = Guard("outer");
    let mut sum = 0;
    for item in items {
        let _inner = Guard("inner");
        let v = tri!(item);
        out.push(v);
        sum += v;
    }
    Ok(sum)
}

fn run<G: Coroutine<(), Yield = Y, Return = R>, Y, R>(mut g: Pin<&mut G>) -> (Vec<Y>, R) {
    let mut out = Vec::new();
    loop {
        match g.as_mut().resume(()) {
            CoroutineState::Yielded(y) => out.push(y),
            CoroutineState::Complete(r) => return (out, r),
        }
    }
}

#[test]
fn return_err_in_a_macro_completes_the_generator() {
    let items = || vec![Ok(1), Ok(2), Err("bad".to_string()), Ok(4)];
    let mut plain = Vec::new();
    let expected = sum_or_error_plain(items(), &mut plain);
    let plain_drops = drops();
    let (out, r) = run(pin!(sum_or_error(items())));
    assert_eq!((out, r), (plain, expected));
    assert_eq!(drops(), plain_drops);
    assert_eq!(plain_drops, ["inner", "inner", "inner", "outer"]);
}

#[test]
fn no_exit_taken_runs_to_the_end() {
    let g = sum_or_error(vec![Ok(1), Ok(2)]);
    let mut g = pin!(g);
    assert_eq!(run(g.as_mut()), (vec![1, 2], Ok(3)));
    assert_eq!(drops(), ["inner", "inner", "outer"]);
}

#[test]
fn the_iterator_ends_and_keeps_the_return_value() {
    let mut g = sum_or_error(vec![Ok(5), Err("stop".to_string()), Ok(6)]);
    assert_eq!(g.next(), Some(5));
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some(Err("stop".to_string())));
    drop(g);
    assert_eq!(drops(), ["inner", "inner", "outer"]);
}

// ---------------------------------------------------------------------------
// `?` in a macro converts the error with `From`, as in a function.

#[generator(yield = u32)]
fn parse_all(words: Vec<&'static str>) -> Result<u32, Box<dyn std::error::Error>> {
    let mut total = 0;
    for w in words {
        let v: u32 = q!(w.parse::<u32>());
        yield_!(v);
        total += v;
    }
    Ok(total)
}

#[test]
fn question_mark_in_a_macro_converts_the_error() {
    let mut g = parse_all(vec!["1", "2"]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(g.take_return().unwrap().unwrap(), 3);
    let mut g = parse_all(vec!["1", "x", "3"]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1]);
    let e = g.take_return().unwrap().unwrap_err();
    assert_eq!(e.to_string(), "invalid digit found in string");
}

// ---------------------------------------------------------------------------
// `return None` in a macro, for a generator returning an `Option`.

#[generator(yield = u8)]
fn count_to(n: u8, stop_at: u8) -> Option<u8> {
    let _g = Guard("count");
    for i in 0..n {
        yield_!(i);
        none_if!(i == stop_at);
    }
    Some(n)
}

#[test]
fn return_none_in_a_macro() {
    let mut g = count_to(5, 2);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1, 2]);
    assert_eq!(drops(), ["count"]);
    assert_eq!(g.take_return(), Some(None));
    let mut g = count_to(3, 9);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1, 2]);
    assert_eq!(g.take_return(), Some(Some(3)));
}

// ---------------------------------------------------------------------------
// A local kept in place (a borrow of it crosses the yield) and a deferred
// local are held when the macro's exit is taken: both are dropped, after
// the step's own locals.

#[generator(yield = usize)]
fn kept_and_deferred(words: Vec<&'static str>) -> Result<usize, std::num::ParseIntError> {
    let names = vec![Guard("names")];
    let later: Guard;
    let mut n = 0;
    for w in &words {
        let _step = Guard("step");
        yield_!(names.len());
        n += tri!(w.parse::<usize>());
    }
    later = Guard("later");
    let _ = &later;
    yield_!(n);
    Ok(n)
}

#[test]
fn kept_and_deferred_locals_are_dropped_once() {
    let mut g = kept_and_deferred(vec!["1", "y"]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 1]);
    assert!(g.take_return().unwrap().is_err());
    assert_eq!(drops(), ["step", "step", "names"]);
    drop(g);
    assert!(drops().is_empty());
    let mut g = kept_and_deferred(vec!["1", "2"]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 1, 3]);
    assert_eq!(g.take_return(), Some(Ok(3)));
    assert_eq!(drops(), ["step", "step", "later", "names"]);
}

// ---------------------------------------------------------------------------
// The same macro call also `continue`s the loop (a region of the state
// machine around the statement) or exits through `?`.

macro_rules! or_skip {
    ($e:expr) => {
        match $e {
            Some(v) => v?,
            None => continue,
        }
    };
}

#[generator(yield = i32)]
fn skip_or_fail(items: Vec<Option<Result<i32, String>>>) -> Result<i32, String> {
    let mut last = 0;
    for item in items {
        let _g = Guard("item");
        yield_!(-1);
        last = or_skip!(item);
        yield_!(last);
    }
    Ok(last)
}

fn skip_or_fail_plain(
    items: Vec<Option<Result<i32, String>>>,
    out: &mut Vec<i32>,
) -> Result<i32, String> {
    let mut last = 0;
    for item in items {
        let _g = Guard("item");
        out.push(-1);
        last = or_skip!(item);
        out.push(last);
    }
    Ok(last)
}

#[test]
fn a_macro_that_continues_or_exits() {
    for items in [
        vec![Some(Ok(1)), None, Some(Err("e".to_string())), Some(Ok(4))],
        vec![None, Some(Ok(2))],
    ] {
        let mut plain = Vec::new();
        let expected = skip_or_fail_plain(items.clone(), &mut plain);
        let plain_drops = drops();
        assert_eq!(run(pin!(skip_or_fail(items))), (plain, expected));
        assert_eq!(drops(), plain_drops);
    }
}

// ---------------------------------------------------------------------------
// An async generator: the exit is taken after an `.await` that was pending
// once.

struct Later<T> {
    value: Option<T>,
    polled: bool,
}

impl<T: Unpin> Future for Later<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if !self.polled {
            self.polled = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(self.value.take().expect("polled after completion"))
    }
}

/// Polls `f` until it is ready (`Later` wakes before it is pending).
fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

fn later<T>(value: T) -> Later<T> {
    Later {
        value: Some(value),
        polled: false,
    }
}

#[generator(yield = u8)]
async fn fetch_all(items: Vec<Result<u8, String>>) -> Result<(), String> {
    let _g = Guard("stream");
    for item in items {
        let item = later(item).await;
        let v = tri!(item);
        yield_!(v);
    }
    Ok(())
}

#[test]
fn async_generator_with_an_exit_in_a_macro() {
    let g = fetch_all(vec![Ok(1), Err("no".to_string()), Ok(3)]);
    let mut g = pin!(g);
    let mut out = Vec::new();
    let result = loop {
        match block_on(g.as_mut().resume(())) {
            CoroutineState::Yielded(v) => out.push(v),
            CoroutineState::Complete(r) => break r,
        }
    };
    assert_eq!(out, [1]);
    assert_eq!(result, Err("no".to_string()));
    assert_eq!(drops(), ["stream"]);
}
