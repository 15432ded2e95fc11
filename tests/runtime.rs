//! The runtime surface of `Gen`: auto traits, Clone, Debug, take_return,
//! FusedIterator, the panics of misuse, try_iter, boxing, the Coroutine trait
//! and the size of a few generators.

use std::cell::Cell;
use std::iter::FusedIterator;
use std::marker::PhantomData;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

use genfn::{BoxGen, BoxGenSend, Coroutine, CoroutineState, Gen, generator};

// ---------------------------------------------------------------------------
// Helpers

fn assert_send<T: Send>(_: &T) {}
fn assert_sync<T: Sync>(_: &T) {}
fn assert_unpin<T: Unpin>(_: &T) {}
fn assert_clone<T: Clone>(_: &T) {}
fn assert_fused<T: FusedIterator>(_: &T) {}
fn assert_static<T: 'static>(_: &T) {}

/// Auto-trait probing without trybuild (autoref specialisation): for a
/// concrete type, `(&Probe::of(&x)).is_send()` picks `YesSend` when the type
/// is `Send` and falls back to `NoSend` otherwise. Auto traits leak through
/// the generators' `impl Body` types, so this sees the real answer.
struct Probe<T>(PhantomData<T>);
impl<T> Probe<T> {
    fn of(_: &T) -> Self {
        Probe(PhantomData)
    }
}
trait YesSend {
    fn is_send(&self) -> bool {
        true
    }
}
impl<T: Send> YesSend for Probe<T> {}
trait NoSend {
    fn is_send(&self) -> bool {
        false
    }
}
impl<T> NoSend for &Probe<T> {}
trait YesSync {
    fn is_sync(&self) -> bool {
        true
    }
}
impl<T: Sync> YesSync for Probe<T> {}
trait NoSync {
    fn is_sync(&self) -> bool {
        false
    }
}
impl<T> NoSync for &Probe<T> {}
trait YesClone {
    fn is_clone(&self) -> bool {
        true
    }
}
impl<T: Clone> YesClone for Probe<T> {}
trait NoClone {
    fn is_clone(&self) -> bool {
        false
    }
}
impl<T> NoClone for &Probe<T> {}

macro_rules! is_send {
    ($e:expr) => {
        (&Probe::of(&$e)).is_send()
    };
}
macro_rules! is_sync {
    ($e:expr) => {
        (&Probe::of(&$e)).is_sync()
    };
}
macro_rules! is_clone {
    ($e:expr) => {
        (&Probe::of(&$e)).is_clone()
    };
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

/// Runs `f`, expects a panic and returns its message.
fn expect_panic<R>(f: impl FnOnce() -> R) -> String {
    quiet_panics();
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(_) => panic!("expected a panic"),
        Err(e) => panic_message(&*e),
    }
}

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
            let expected = ["boom", "poisoned", "completion", "already started"];
            if !expected.iter().any(|m| msg.contains(m)) {
                prev(info);
            }
        }));
    });
}

// ---------------------------------------------------------------------------
// Generators used below

#[generator(yield = u64)]
fn counter(n: u64) {
    let mut i = 0;
    while i < n {
        yield_!(i);
        i += 1;
    }
}

#[generator(yield = u64)]
fn fib(n: usize) {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        yield_!(a);
        (a, b) = (b, a.wrapping_add(b));
    }
}

#[generator(yield = u64)]
fn naturals() {
    let mut i = 0u64;
    loop {
        yield_!(i);
        i += 1;
    }
}

#[generator(yield = u32)]
fn holds_rc() {
    let rc = Rc::new(5u32);
    yield_!(*rc);
    yield_!(*rc + 1);
}

#[generator(yield = u32)]
fn holds_cell() {
    let c = Cell::new(1u32);
    yield_!(c.get());
    c.set(2);
    yield_!(c.get());
}

#[generator(yield = u32)]
fn holds_arc(a: Arc<u32>) {
    yield_!(*a);
    yield_!(*a * 2);
}

#[generator(yield = u32, clone)]
fn clonable(n: u32) -> u32 {
    let mut sum = 0;
    for i in 0..n {
        sum += i;
        yield_!(i);
    }
    sum
}

#[generator(yield = u32)]
fn returns_str() -> &'static str {
    yield_!(1);
    yield_!(2);
    "done"
}

// ---------------------------------------------------------------------------
// Send / Sync / Unpin

fn inline_with_rc(rc: Rc<u32>) -> Gen<impl genfn::Body<Resume = (), Yield = u32, Return = ()>> {
    genfn::gen_!(move {
        yield *rc;
    })
}

#[test]
fn send_and_sync_follow_the_state() {
    let g = fib(3);
    assert_send(&g);
    assert_sync(&g);
    assert!(is_send!(g));
    assert!(is_sync!(g));

    let g = holds_arc(Arc::new(1));
    assert_send(&g);
    assert_sync(&g);

    // A generator that keeps an `Rc` across a yield is neither Send nor Sync
    // (`assert_send(&holds_rc())` does not compile).
    let g = holds_rc();
    assert!(!is_send!(g));
    assert!(!is_sync!(g));

    // A `Cell` across a yield: Send but not Sync.
    let g = holds_cell();
    assert!(is_send!(g));
    assert!(!is_sync!(g));

    // Arguments count as state too.
    #[generator(yield = u32)]
    fn takes_rc(r: Rc<u32>) {
        yield_!(*r);
    }
    let g = takes_rc(Rc::new(1));
    assert!(!is_send!(g));

    // Inline generators: what they capture. (The probe cannot look at a
    // closure type inside the function that defines it, because rustc
    // decides the closure's auto traits late; hence the helper fn.)
    let g = inline_with_rc(Rc::new(3));
    assert!(!is_send!(g));
    assert!(!is_sync!(g));
    let g = genfn::gen_! {
        yield 1u32;
    };
    assert_send(&g);
    assert_sync(&g);

    // The probe itself works on plain types.
    assert!(is_send!(0u32));
    assert!(!is_send!(Rc::new(0u32)));
    assert!(!is_sync!(Cell::new(0u32)));
}

#[test]
fn send_generator_runs_on_another_thread() {
    let g = fib(10);
    let v = std::thread::spawn(move || g.collect::<Vec<_>>())
        .join()
        .unwrap();
    assert_eq!(v, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);

    // Suspended in the middle, then moved to another thread.
    let mut g = counter(5);
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    let rest = std::thread::spawn(move || g.collect::<Vec<_>>())
        .join()
        .unwrap();
    assert_eq!(rest, [2, 3, 4]);
}

#[test]
fn generators_are_unpin() {
    assert_unpin(&fib(3));
    assert_unpin(&holds_rc());
    assert_unpin(&clonable(3));
    assert_unpin(&genfn::gen_! { yield 1u8; });
    assert_unpin(&fib(3).boxed());
    assert_static(&fib(3));
}

// ---------------------------------------------------------------------------
// Clone

#[test]
fn clone_forks_an_inline_generator() {
    let mut g = genfn::gen_! {
        let mut acc = 0u32;
        for i in 1..=4u32 {
            acc += i;
            yield acc;
        }
    };
    assert_clone(&g);
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(3));
    let mut h = g.clone();
    assert_eq!(g.next(), Some(6));
    assert_eq!(g.next(), Some(10));
    assert_eq!(g.next(), None);
    // h continues from where g was when cloned, independently.
    assert_eq!(h.next(), Some(6));
    let mut k = h.clone();
    assert_eq!(h.collect::<Vec<_>>(), [10]);
    assert_eq!(k.next(), Some(10));
    assert_eq!(k.next(), None);
}

#[test]
fn clone_forks_a_clone_generator_fn() {
    let mut g = clonable(4);
    assert_clone(&g);
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    let mut h = g.clone();
    assert_eq!(format!("{h:?}"), "Gen { status: \"suspended\", .. }");
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 3]);
    assert_eq!(g.take_return(), Some(6));
    assert_eq!(h.next(), Some(2));
    // Mutating the fork does not affect a fork of the fork.
    let mut k = h.clone();
    assert_eq!(h.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(h.take_return(), Some(6));
    assert_eq!(k.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(k.take_return(), Some(6));

    // Cloned before starting, and after completing (the kept return value
    // is cloned too).
    let fresh = clonable(3);
    let mut a = fresh.clone();
    assert_eq!(format!("{a:?}"), "Gen { status: \"created\", .. }");
    assert_eq!(a.by_ref().collect::<Vec<_>>(), [0, 1, 2]);
    let mut b = a.clone();
    assert!(b.is_complete());
    assert_eq!(b.take_return(), Some(3));
    assert_eq!(a.take_return(), Some(3));
    assert_eq!(fresh.count(), 3);
}

#[test]
fn clone_forks_deep_state() {
    // A fork owns its own copy of a Vec it builds across yields.
    let mut g = genfn::gen_! {
        let mut v: Vec<u32> = Vec::new();
        for i in 0..3u32 {
            v.push(i);
            yield v.len() as u32;
        }
        yield v.iter().sum::<u32>();
    };
    assert_eq!(g.next(), Some(1));
    let h = g.clone();
    assert_eq!(g.collect::<Vec<_>>(), [2, 3, 3]);
    assert_eq!(h.collect::<Vec<_>>(), [2, 3, 3]);
}

#[test]
fn generator_fn_without_clone_flag_is_not_clone() {
    // Without `clone` in the attribute, the opaque type does not promise Clone.
    assert!(!is_clone!(fib(3)));
    assert!(is_clone!(clonable(3)));
    // Inline generators holding non-Clone state are not Clone: with
    // `struct NoClone;` captured by `gen_!(move { .. })`, `g.clone()` is
    // E0277 (the probe cannot look at a closure type in its defining fn).
}

// ---------------------------------------------------------------------------
// Debug, status queries

#[test]
fn debug_shows_the_status_only() {
    let mut g = counter(1);
    assert_eq!(format!("{g:?}"), "Gen { status: \"created\", .. }");
    assert!(!g.is_complete());
    assert!(!g.is_poisoned());
    assert_eq!(g.next(), Some(0));
    assert_eq!(format!("{g:?}"), "Gen { status: \"suspended\", .. }");
    assert_eq!(g.next(), None);
    assert_eq!(format!("{g:?}"), "Gen { status: \"complete\", .. }");
    assert!(g.is_complete());
    assert!(!g.is_poisoned());

    #[generator(yield = u32)]
    fn boom() {
        yield_!(1);
        panic!("boom");
    }
    let mut g = boom();
    assert_eq!(g.next(), Some(1));
    let msg = expect_panic(|| g.next());
    assert_eq!(msg, "boom");
    assert_eq!(format!("{g:?}"), "Gen { status: \"poisoned\", .. }");
    assert!(g.is_poisoned());
    assert!(!g.is_complete());
    let msg = expect_panic(|| g.next());
    assert!(msg.contains("poisoned"), "{msg}");
    // `{:#?}` works as well.
    assert!(format!("{g:#?}").contains("poisoned"));
    // try_iter's Debug wraps the generator's.
    assert_eq!(
        format!("{:?}", fallible(false).try_iter()),
        "TryIter(Gen { status: \"created\", .. })"
    );
}

// ---------------------------------------------------------------------------
// take_return, FusedIterator, misuse panics

#[test]
fn take_return_after_iterating_by_ref() {
    let mut g = returns_str();
    assert_eq!(g.take_return(), None);
    let mut seen = Vec::new();
    for x in g.by_ref() {
        seen.push(x);
    }
    assert_eq!(seen, [1, 2]);
    assert_eq!(g.take_return(), Some("done"));
    // Taken once.
    assert_eq!(g.take_return(), None);

    // Through `take`: never completes, so no return value.
    let mut g = returns_str();
    assert_eq!(g.by_ref().take(2).count(), 2);
    assert_eq!(g.take_return(), None);
    assert!(!g.is_complete());
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some("done"));

    // When the value was handed out by `resume`, there is none to take.
    let mut g = returns_str();
    assert_eq!(g.resume(()), CoroutineState::Yielded(1));
    assert_eq!(g.resume(()), CoroutineState::Yielded(2));
    assert_eq!(g.resume(()), CoroutineState::Complete("done"));
    assert_eq!(g.take_return(), None);
}

#[test]
fn next_returns_none_forever_after_completion() {
    let mut g = counter(2);
    assert_fused(&g);
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    for _ in 0..5 {
        assert_eq!(g.next(), None);
    }
    assert!(g.is_complete());
    // The return value is kept across the extra `next()` calls.
    let mut g = returns_str();
    assert_eq!(g.by_ref().count(), 2);
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some("done"));
    // Fuse is a no-op on it.
    let mut f = counter(1).fuse();
    assert_eq!(f.next(), Some(0));
    assert_eq!(f.next(), None);
    assert_eq!(f.next(), None);
}

#[test]
fn resume_after_completion_panics() {
    let mut g = returns_str();
    assert_eq!(g.resume(()), CoroutineState::Yielded(1));
    assert_eq!(g.resume(()), CoroutineState::Yielded(2));
    assert_eq!(g.resume(()), CoroutineState::Complete("done"));
    let msg = expect_panic(|| g.resume(()));
    assert!(msg.contains("generator resumed after completion"), "{msg}");
    // Not poisoned by that: still complete.
    assert!(g.is_complete());
    assert!(!g.is_poisoned());
    assert_eq!(g.next(), None);

    // Completed through next(): resume panics too.
    let mut g = counter(0);
    assert_eq!(g.next(), None);
    let msg = expect_panic(|| g.resume(()));
    assert!(msg.contains("generator resumed after completion"), "{msg}");

    // Through the Coroutine trait.
    let mut g = counter(0);
    assert!(matches!(
        Pin::new(&mut g).resume(()),
        CoroutineState::Complete(())
    ));
    let msg = expect_panic(|| Pin::new(&mut g).resume(()));
    assert!(msg.contains("generator resumed after completion"), "{msg}");
}

#[generator(yield = u32, resume = u32)]
fn running_total() -> u32 {
    let mut total = 0;
    loop {
        let x = yield_!(total);
        if x == 0 {
            return total;
        }
        total += x;
    }
}

#[test]
fn start_twice_panics() {
    let mut g = running_total();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    let msg = expect_panic(|| g.start());
    assert!(msg.contains("already started"), "{msg}");
    // The generator is not damaged by the refused start.
    assert!(!g.is_poisoned());
    assert_eq!(g.resume(5), CoroutineState::Yielded(5));

    // start after a first resume is refused too.
    let mut g = running_total();
    assert_eq!(g.resume(99), CoroutineState::Yielded(0));
    let msg = expect_panic(|| g.start());
    assert!(msg.contains("already started"), "{msg}");
    assert_eq!(g.resume(0), CoroutineState::Complete(0));

    // start after completion.
    let msg = expect_panic(|| g.start());
    assert!(msg.contains("already started"), "{msg}");
}

#[test]
fn first_resume_argument_is_dropped() {
    let mut g = running_total();
    // 100 is discarded (Python's first send(None)).
    assert_eq!(g.resume(100), CoroutineState::Yielded(0));
    assert_eq!(g.resume(2), CoroutineState::Yielded(2));
    assert_eq!(g.resume(3), CoroutineState::Yielded(5));
    assert_eq!(g.resume(0), CoroutineState::Complete(5));
}

// ---------------------------------------------------------------------------
// try_iter

#[derive(Debug, PartialEq)]
struct MyErr(&'static str);

#[generator(yield = u32)]
fn fallible(fail: bool) -> Result<(), MyErr> {
    yield_!(1);
    yield_!(2);
    if fail {
        Err(MyErr("bad"))?;
    }
    yield_!(3);
    Ok(())
}

#[test]
fn try_iter_yields_ok_items_then_the_error_last() {
    let v: Vec<Result<u32, MyErr>> = fallible(true).try_iter().collect();
    assert_eq!(v, [Ok(1), Ok(2), Err(MyErr("bad"))]);

    let mut it = fallible(true).try_iter();
    assert_eq!(it.next(), Some(Ok(1)));
    assert_eq!(it.next(), Some(Ok(2)));
    assert_eq!(it.next(), Some(Err(MyErr("bad"))));
    assert_eq!(it.next(), None);
    assert_eq!(it.next(), None);
    assert_fused(&it);

    let v: Vec<Result<u32, MyErr>> = fallible(false).try_iter().collect();
    assert_eq!(v, [Ok(1), Ok(2), Ok(3)]);

    // collect into Result stops at the error.
    let r: Result<Vec<u32>, MyErr> = fallible(true).try_iter().collect();
    assert_eq!(r, Err(MyErr("bad")));
    let r: Result<Vec<u32>, MyErr> = fallible(false).try_iter().collect();
    assert_eq!(r, Ok(vec![1, 2, 3]));

    // The Ok return value stays reachable through into_inner.
    let mut it = fallible(false).try_iter();
    assert_eq!(it.by_ref().count(), 3);
    let mut g = it.into_inner();
    assert!(g.is_complete());
    assert_eq!(g.take_return(), Some(Ok(())));
}

#[test]
fn try_iter_with_question_mark_on_a_parse() {
    #[generator(yield = i64)]
    fn parse_all(input: &'static str) -> Result<(), std::num::ParseIntError> {
        for part in input.split(',') {
            let n: i64 = part.trim().parse()?;
            yield_!(n);
        }
        Ok(())
    }
    let v: Vec<_> = parse_all("1, 2, x, 4").try_iter().collect();
    assert_eq!(v.len(), 3);
    assert_eq!(v[0], Ok(1));
    assert_eq!(v[1], Ok(2));
    assert!(v[2].is_err());
    let ok: Result<Vec<i64>, _> = parse_all("5,6").try_iter().collect();
    assert_eq!(ok.unwrap(), [5, 6]);
}

// ---------------------------------------------------------------------------
// Boxing, type erasure, the Coroutine trait

#[test]
fn boxed_erases_the_type() {
    let gens: Vec<BoxGen<'static, u64>> = vec![
        counter(3).boxed(),
        fib(5).boxed(),
        naturals().boxed(),
        genfn::gen_! { yield 42u64; }.boxed(),
    ];
    let out: Vec<Vec<u64>> = gens.into_iter().map(|g| g.take(5).collect()).collect();
    assert_eq!(
        out,
        [
            vec![0, 1, 2],
            vec![0, 1, 1, 2, 3],
            vec![0, 1, 2, 3, 4],
            vec![42]
        ]
    );

    // Boxing a suspended generator keeps its position and status.
    let mut g = counter(4);
    assert_eq!(g.next(), Some(0));
    let mut b = g.boxed();
    assert_eq!(format!("{b:?}"), "Gen { status: \"suspended\", .. }");
    assert_eq!(b.next(), Some(1));
    assert_eq!(b.by_ref().count(), 2);
    assert!(b.is_complete());

    // Return and resume types survive erasure.
    let mut b: BoxGen<'static, u32, u32, u32> = running_total().boxed();
    assert_eq!(b.start(), CoroutineState::Yielded(0));
    assert_eq!(b.resume(7), CoroutineState::Yielded(7));
    assert_eq!(b.resume(0), CoroutineState::Complete(7));

    // A borrowed generator boxes with its lifetime.
    let data = vec![1u32, 2, 3];
    #[generator(yield = u32)]
    fn doubled(v: &[u32]) {
        for x in v {
            yield_!(x * 2);
        }
    }
    let b: BoxGen<'_, u32> = doubled(&data).boxed();
    assert_eq!(b.collect::<Vec<_>>(), [2, 4, 6]);
}

struct Holder {
    items: BoxGenSend<'static, u64>,
}

#[test]
fn boxed_send_names_a_send_generator_in_a_struct() {
    let h = Holder {
        items: fib(6).boxed_send(),
    };
    assert_send(&h);
    let v = std::thread::spawn(move || h.items.collect::<Vec<_>>())
        .join()
        .unwrap();
    assert_eq!(v, [0, 1, 1, 2, 3, 5]);
    // A plain BoxGen is not Send.
    let b: BoxGen<'static, u64> = fib(1).boxed();
    assert!(!is_send!(b));
}

fn drive<C: Coroutine<u32, Yield = u32> + Unpin>(c: &mut C, inputs: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    for &x in inputs {
        match Pin::new(&mut *c).resume(x) {
            CoroutineState::Yielded(y) => out.push(y),
            CoroutineState::Complete(_) => break,
        }
    }
    out
}

#[test]
fn coroutine_trait_is_usable_generically() {
    let mut g = running_total();
    assert_eq!(drive(&mut g, &[0, 1, 2, 3]), [0, 1, 3, 6]);
    assert_eq!(Pin::new(&mut g).resume(0), CoroutineState::Complete(6));

    // Through &mut, Box and Pin<Box<_>>.
    let mut g = running_total();
    let mut r = &mut g;
    assert_eq!(drive(&mut r, &[9, 4]), [0, 4]);
    let mut b = Box::new(running_total());
    assert_eq!(drive(&mut b, &[9, 1, 1]), [0, 1, 2]);
    let mut p = Box::pin(running_total());
    assert_eq!(p.as_mut().resume(0), CoroutineState::Yielded(0));
    assert_eq!(p.as_mut().resume(10), CoroutineState::Yielded(10));

    // CoroutineState helpers.
    let s: CoroutineState<u32, &str> = CoroutineState::Yielded(1);
    assert_eq!(s.yielded(), Some(1));
    assert!(!s.is_complete());
    let s: CoroutineState<u32, &str> = CoroutineState::Complete("x");
    assert_eq!(s.complete(), Some("x"));
    assert!(s.is_complete());
}

#[test]
fn iterator_adapters_on_an_infinite_generator() {
    let v: Vec<u64> = naturals().filter(|x| x % 3 == 0).take(4).collect();
    assert_eq!(v, [0, 3, 6, 9]);
    let s: u64 = naturals().take_while(|&x| x < 10).sum();
    assert_eq!(s, 45);
    let z: Vec<(u64, u64)> = naturals().zip(fib(4)).collect();
    assert_eq!(z, [(0, 0), (1, 1), (2, 1), (3, 2)]);
}

#[test]
fn calling_runs_nothing_until_resumed() {
    thread_local!(static STARTED: Cell<bool> = const { Cell::new(false) });
    #[generator(yield = u32)]
    fn lazy() {
        STARTED.with(|s| s.set(true));
        yield_!(1);
    }
    let mut g = lazy();
    assert!(!STARTED.with(Cell::get));
    assert_eq!(g.next(), Some(1));
    assert!(STARTED.with(Cell::get));
}

// ---------------------------------------------------------------------------
// Sizes

/// The hand-written equivalents, for comparison.
#[allow(dead_code)]
struct HandCounter {
    i: u64,
    n: u64,
}
#[allow(dead_code)]
struct HandFib {
    a: u64,
    b: u64,
    range: std::ops::Range<usize>,
}

#[test]
fn state_sizes() {
    use std::mem::size_of_val;
    let sizes = [
        (
            "counter(u64)",
            size_of_val(&counter(3)),
            size_of::<HandCounter>(),
        ),
        ("fib(usize)", size_of_val(&fib(3)), size_of::<HandFib>()),
        ("naturals()", size_of_val(&naturals()), size_of::<u64>()),
        ("clonable(u32)", size_of_val(&clonable(3)), 3 * 4),
        (
            "running_total() (resume = u32)",
            size_of_val(&running_total()),
            size_of::<u32>(),
        ),
        (
            "gen_!{ for i in 0..3u64 { yield i } }",
            size_of_val(&genfn::gen_! { for i in 0..3u64 { yield i; } }),
            size_of::<std::ops::Range<u64>>(),
        ),
        (
            "boxed counter",
            size_of_val(&counter(3).boxed()),
            size_of::<Box<dyn Iterator<Item = u64>>>(),
        ),
    ];
    for (name, genfn_size, hand) in sizes {
        println!(
            "size_of {name:40} genfn: {genfn_size:3} bytes, hand-written state: {hand:3} bytes"
        );
    }
    // The sizes measured (rustc 1.95, x86_64): a `u32` state word and a flag
    // byte, then the slots, where slots never full at the same time overlap
    // (the return value kept for `take_return` has a field of its own).
    // counter: `i` and `n`; fib: `a`, `b` and the range, with `n`
    // overlapping them; naturals: `i`; clonable: `sum` and the range, `n`
    // overlapping; running_total: `total`; the inline range generator: the
    // range; a boxed generator: a fat pointer. Any growth is a regression.
    let bound = |name: &str| -> usize {
        match name {
            "counter(u64)" => 24,
            "fib(usize)" => 40,
            "naturals()" => 16,
            "clonable(u32)" => 24,
            "running_total() (resume = u32)" => 16,
            "gen_!{ for i in 0..3u64 { yield i } }" => 24,
            "boxed counter" => 16,
            _ => unreachable!(),
        }
    };
    for (name, genfn_size, _) in sizes {
        assert!(
            genfn_size <= bound(name),
            "{name}: {genfn_size} bytes, bound {}",
            bound(name)
        );
    }
}

/// The size target: within 1.5x the hand-written state (BENCHMARKS.md).
#[test]
fn state_sizes_within_design_target() {
    use std::mem::size_of_val;
    let counter_size = size_of_val(&counter(3));
    let fib_size = size_of_val(&fib(3));
    println!("counter: {counter_size} bytes, fib: {fib_size} bytes");
    assert!(
        counter_size * 2 <= size_of::<HandCounter>() * 3,
        "counter: {counter_size}"
    );
    assert!(fib_size * 2 <= size_of::<HandFib>() * 3, "fib: {fib_size}");
}

// The return value `next()` keeps is stored in the slots struct: keeping,
// cloning, taking and dropping it must not disturb, or be disturbed by,
// what the slots held.
#[generator(yield = usize, clone)]
fn words(text: &'static str) -> String {
    let mut longest = String::new();
    for w in str::split(text, ' ') {
        let owned = w.to_string();
        yield_!(owned.len());
        if owned.len() > longest.len() {
            longest = owned;
        }
    }
    longest
}

#[test]
fn kept_return_value_in_the_slots_storage() {
    let mut g = words("a quick brown fox");
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 5, 5, 3]);
    let copy = g.clone();
    assert_eq!(g.take_return().as_deref(), Some("quick"));
    assert_eq!(g.take_return(), None);
    let mut copy2 = copy.clone();
    drop(copy);
    assert_eq!(copy2.next(), None);
    assert_eq!(copy2.take_return().as_deref(), Some("quick"));
    // Completed inside `next()` and dropped with the value still kept.
    let mut g = words("x yy");
    assert_eq!(g.by_ref().count(), 2);
    drop(g);
}
