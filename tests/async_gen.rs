//! Async generators (`#[generator] async fn`): `.await` anywhere a `yield_!`
//! may stand, `Stream`, resume values, drops on completion, early drop,
//! drop while awaiting and panic. Futures are hand-written (pending once,
//! then ready), and the executor is a small one of this file, so that the
//! tests run under Miri.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use futures_core::{FusedStream, Stream};
use genfn::{AsyncGen, CoroutineState, generator};

#[macro_use]
mod common;
use common::*;

/// Wakes by counting; `block_on` polls again only after a wake.
struct CountingWaker(std::sync::atomic::AtomicUsize);

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Runs `f` to completion, polling it again only when it woke its waker:
/// a future that returns `Pending` without arranging a wake-up hangs the
/// test instead of passing by busy polling.
fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let waker = Arc::new(CountingWaker(0.into()));
    let w = Waker::from(waker.clone());
    let mut cx = Context::from_waker(&w);
    loop {
        let before = waker.0.load(std::sync::atomic::Ordering::SeqCst);
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        let after = waker.0.load(std::sync::atomic::Ordering::SeqCst);
        assert!(after > before, "pending without a wake-up");
    }
}

/// The stream's items, polled with `block_on`'s rules.
fn collect<S: Stream>(s: S) -> Vec<S::Item> {
    collect_pinned(pin!(s))
}

/// The remaining items of a pinned stream.
fn collect_pinned<S: Stream>(mut s: Pin<&mut S>) -> Vec<S::Item> {
    let mut out = Vec::new();
    block_on(std::future::poll_fn(|cx| {
        loop {
            match s.as_mut().poll_next(cx) {
                Poll::Ready(Some(v)) => out.push(v),
                Poll::Ready(None) => return Poll::Ready(()),
                Poll::Pending => return Poll::Pending,
            }
        }
    }));
    out
}

/// Pending on its first poll (waking the task), then ready with `value`.
struct Later<T> {
    value: Option<T>,
    polled: bool,
}

fn later<T>(value: T) -> Later<T> {
    Later {
        value: Some(value),
        polled: false,
    }
}

impl<T: Unpin> Future for Later<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if self.polled {
            Poll::Ready(self.value.take().expect("polled after completion"))
        } else {
            self.polled = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

async fn twice(x: u32) -> u32 {
    later(x).await * 2
}

#[generator(yield = u32)]
async fn awaits_and_yields(n: u32) -> &'static str {
    for i in 0..n {
        let v = later(i).await;
        yield_!(v + twice(i).await);
    }
    "done"
}

#[test]
fn a_stream_of_awaited_values_with_a_return_value() {
    let mut g = pin!(awaits_and_yields(3));
    let items = collect_pinned(g.as_mut());
    assert_eq!(items, [0, 3, 6]);
    assert!(g.is_terminated());
    assert_eq!(g.as_mut().take_return(), Some("done"));
    // Fused: polling again ends again.
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Ready(None));
}

// `.await` inside expressions, conditions and loop heads, in Rust's order of
// evaluation.
#[generator(yield = String)]
async fn awaits_everywhere(log: Rc<RefCell<Vec<String>>>) {
    let note = move |s: &str| log.borrow_mut().push(s.to_string());
    note("start");
    let sum = {
        note("left");
        later(1).await
    } + {
        note("right");
        later(2).await
    };
    yield_!(format!("sum {sum}"));
    if later(sum > 2).await {
        yield_!("then".to_string());
    }
    let mut i = 0;
    while later(i).await < 2 {
        i += 1;
        yield_!(format!("loop {i}"));
    }
    match later(Some(7)).await {
        Some(v) if v > 5 => {
            let w = later(v).await;
            yield_!(format!("arm {w}"))
        }
        _ => {}
    }
    let items = [later("a").await, later("b").await];
    for s in items {
        yield_!(s.to_string());
    }
}

#[test]
fn await_anywhere_in_evaluation_order() {
    let log = Rc::new(RefCell::new(Vec::new()));
    assert_eq!(
        collect(awaits_everywhere(log.clone())),
        ["sum 3", "then", "loop 1", "loop 2", "arm 7", "a", "b"]
    );
    assert_eq!(*log.borrow(), ["start", "left", "right"]);
}

/// A future that borrows a buffer and fills it, pending once.
struct Fill<'a> {
    buf: &'a mut [u8],
    polled: bool,
}

impl Future for Fill<'_> {
    type Output = usize;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        if !self.polled {
            self.polled = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        for (i, b) in self.buf.iter_mut().enumerate() {
            *b = i as u8 + 1;
        }
        Poll::Ready(self.buf.len())
    }
}

fn read_into(buf: &mut [u8]) -> Fill<'_> {
    Fill { buf, polled: false }
}

// The awaited future borrows a local of the generator
// (`reader.read(&mut buf).await`); the local is kept in place across it.
#[generator(yield = u8)]
async fn reads_into_a_buffer() -> usize {
    let mut buf = [0u8; 3];
    let n = read_into(&mut buf).await;
    for b in &buf[..n] {
        yield_!(*b);
        later(()).await;
    }
    let more = read_into(&mut buf[1..]).await;
    n + more
}

#[test]
fn awaited_futures_borrow_locals() {
    let mut g = pin!(reads_into_a_buffer());
    let items = collect_pinned(g.as_mut());
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(g.as_mut().take_return(), Some(5));
}

// A non-`move` `async` block or closure that borrows a local, awaited or
// held across a suspension point: the local is kept in place and the block
// captures a reference to its place, as in an `async fn`.
#[generator(yield = usize)]
async fn awaits_blocks_that_borrow_locals() -> usize {
    let mut v = vec![1, 2];
    let n = async { later(v.len()).await }.await;
    yield_!(n);
    let fut = async {
        later(()).await;
        v.len() + 10
    };
    yield_!(v[0]);
    let m = fut.await;
    yield_!(m);
    let k = std::future::poll_fn(|_| {
        v.push(3);
        Poll::Ready(v.len())
    })
    .await;
    yield_!(k);
    v.len()
}

#[test]
fn awaited_async_blocks_and_closures_borrow_locals() {
    let mut g = pin!(awaits_blocks_that_borrow_locals());
    assert_eq!(collect_pinned(g.as_mut()), [2, 1, 12, 3]);
    assert_eq!(g.as_mut().take_return(), Some(3));
}

#[generator(yield = u32)]
async fn awaits_a_block_that_borrows_a_guard() {
    let g = Guard::new("g");
    yield_!(1);
    async {
        Stalled("s").await;
        g.touch();
    }
    .await;
    mark("unreachable");
}

#[test]
fn dropping_while_a_borrowing_block_is_pending_drops_it_then_the_local() {
    let log = Log::fresh();
    {
        let mut g = Box::pin(awaits_a_block_that_borrows_a_guard());
        let mut cx = Context::from_waker(Waker::noop());
        assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Ready(Some(1)));
        assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Pending);
        check!(log, ["new g"]);
    }
    check!(log, ["drop future s", "drop g"]);
}

// Python's `asend`: resume values through `resume(..).await`.
#[generator(yield = u32, resume = u32)]
async fn running_total() -> u32 {
    let mut total = 0;
    loop {
        let add = yield_!(total);
        if add == 0 {
            return total;
        }
        total += later(add).await;
    }
}

#[test]
fn resume_values_and_the_return_value() {
    block_on(async {
        let mut g = pin!(running_total());
        assert_eq!(g.as_mut().resume(99).await, CoroutineState::Yielded(0));
        assert_eq!(g.as_mut().resume(5).await, CoroutineState::Yielded(5));
        assert_eq!(g.as_mut().resume(7).await, CoroutineState::Yielded(12));
        assert_eq!(g.as_mut().resume(0).await, CoroutineState::Complete(12));
        assert!(g.is_complete());
    });
}

/// A future that logs its drop (and, while pending, never completes).
struct Stalled(&'static str);

impl Future for Stalled {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        Poll::Pending
    }
}

impl Drop for Stalled {
    fn drop(&mut self) {
        mark(&format!("drop future {}", self.0));
    }
}

#[generator(yield = u32)]
async fn holds_guards_while_awaiting() {
    let _a = Guard::new("a");
    let b = Guard::new("b");
    yield_!(1);
    b.touch();
    let _c = Guard::new("c");
    Stalled("s").await;
    mark("unreachable");
}

// Cancellation is drop: the future in flight first, then the locals it
// holds in reverse order of declaration.
#[test]
fn dropping_while_awaiting_drops_the_future_then_the_locals() {
    let log = Log::fresh();
    {
        let mut g = Box::pin(holds_guards_while_awaiting());
        let mut cx = Context::from_waker(Waker::noop());
        assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Ready(Some(1)));
        check!(log, ["new a", "new b"]);
        assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Pending);
        assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Pending);
        // `b` is not used after the `.await`: dropped there (the early drop
        // of *Locals and drops*).
        check!(log, ["touch b", "new c", "drop b"]);
    }
    check!(log, ["drop future s", "drop c", "drop a"]);
}

#[test]
fn dropping_before_the_first_poll_drops_the_arguments_only() {
    let log = Log::fresh();
    drop(holds_guards_while_awaiting());
    check!(log, []);
}

#[generator(yield = u32)]
async fn completes_with_guards(fail: bool) -> u32 {
    let a = Guard::new("a");
    later(()).await;
    let _b = Guard::new("b");
    yield_!(1);
    if fail {
        panic!("boom");
    }
    a.touch();
    later(2).await
}

#[test]
fn completion_and_panic_drop_everything_once() {
    let log = Log::fresh();
    assert_eq!(collect(completes_with_guards(false)), [1]);
    // `a` is not used after the last `.await`: dropped there.
    check!(log, ["new a", "new b", "touch a", "drop a", "drop b"]);

    let mut g = Box::pin(completes_with_guards(true));
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let waker = Waker::noop();
        let mut cx = Context::from_waker(waker);
        loop {
            if let Poll::Ready(None) = g.as_mut().poll_next(&mut cx) {
                break;
            }
        }
    }));
    assert!(caught.is_err());
    assert!(g.is_poisoned());
    drop(g);
    check!(log, ["new a", "new b", "drop b", "drop a"]);
}

/// Records the waker it was polled with, and is ready once woken.
struct WakeMe<'a> {
    slot: &'a RefCell<Option<Waker>>,
    woken: &'a Cell<bool>,
}

impl Future for WakeMe<'_> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.woken.get() {
            Poll::Ready(())
        } else {
            *self.slot.borrow_mut() = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

#[generator(yield = u8)]
async fn waits_for_a_wake<'a>(slot: &'a RefCell<Option<Waker>>, woken: &'a Cell<bool>) {
    WakeMe { slot, woken }.await;
    yield_!(1);
}

// The caller's waker reaches the awaited future: nothing polls in a loop.
#[test]
fn the_callers_waker_reaches_the_future() {
    let slot = RefCell::new(None);
    let woken = Cell::new(false);
    let mut g = pin!(waits_for_a_wake(&slot, &woken));
    let counter = Arc::new(CountingWaker(0.into()));
    let waker = Waker::from(counter.clone());
    let mut cx = Context::from_waker(&waker);
    assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Pending);
    let stored = slot.borrow_mut().take().expect("the future stored a waker");
    // (Not `will_wake`: Miri gives each use of a vtable its own address.)
    woken.set(true);
    stored.wake();
    assert_eq!(counter.0.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert_eq!(g.as_mut().poll_next(&mut cx), Poll::Ready(Some(1)));
}

// `yield_from!` of a sync iterable or generator inside an async generator.
#[generator(yield = u32)]
fn sync_part() -> u32 {
    yield_!(10);
    yield_!(11);
    2
}

#[generator(yield = u32)]
async fn delegates_to_sync_code() {
    yield_from!(vec![1, 2]);
    let n = yield_from!(sync_part());
    yield_!(later(n).await);
}

#[test]
fn yield_from_sync_sources() {
    assert_eq!(collect(delegates_to_sync_code()), [1, 2, 10, 11, 2]);
}

fn assert_send<T: Send>(_: &T) {}

#[generator(yield = u32)]
async fn sendable(v: Vec<u32>) {
    for x in v {
        yield_!(later(x).await);
    }
}

// `Send` follows the state: a generator that holds `Send` values can be
// spawned on a multi-threaded executor.
#[test]
fn send_follows_the_state() {
    let g = sendable(vec![1, 2]);
    assert_send(&g);
    let items = std::thread::spawn(move || collect(g)).join().unwrap();
    assert_eq!(items, [1, 2]);
}

#[test]
fn debug_shows_the_status() {
    let g: AsyncGen<_> = sendable(vec![]);
    assert_eq!(format!("{g:?}"), r#"AsyncGen { status: "created", .. }"#);
}

/// A stream of `0..n`, pending before each item.
struct Counting {
    next: u32,
    end: u32,
    ready: bool,
}

impl Stream for Counting {
    type Item = u32;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if !self.ready {
            self.ready = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        self.ready = false;
        if self.next == self.end {
            return Poll::Ready(None);
        }
        self.next += 1;
        Poll::Ready(Some(self.next - 1))
    }
}

#[generator(yield = u32, resume = u32)]
async fn echo_twice() -> u32 {
    let a = yield_!(100);
    let b = yield_!(later(a).await);
    a + b
}

// PEP 380 in async generators: `yield_from!` of a stream forwards its
// items; of another async generator, its items, the resume values sent in,
// and its return value.
#[generator(yield = u32, resume = u32)]
async fn delegates_to_async_code() -> u32 {
    yield_from!(Counting {
        next: 0,
        end: 2,
        ready: false
    });
    let total = yield_from!(echo_twice());
    yield_!(total);
    0
}

#[test]
fn yield_from_streams_and_async_generators() {
    block_on(async {
        let mut g = pin!(delegates_to_async_code());
        let mut got = Vec::new();
        let mut send = 0;
        loop {
            match g.as_mut().resume(send).await {
                CoroutineState::Yielded(v) => {
                    got.push(v);
                    send = v + 1;
                }
                CoroutineState::Complete(r) => {
                    got.push(r);
                    break;
                }
            }
        }
        // 0, 1 from the stream; 100, then 101 sent back and yielded, then
        // 102 sent: the delegate returns 101 + 102.
        assert_eq!(got, [0, 1, 100, 101, 203, 0]);
    });
}

// The inline form, with the real `yield v;` syntax and `.await` inside (the
// form `stream!` users know), and `?` when it returns a `Result`.
#[test]
fn the_inline_form() {
    let base = 10;
    let s = genfn::async_gen_! {
        for i in 0..3u32 {
            let v = later(i + base).await;
            yield v;
        }
    };
    assert_eq!(collect(s), [10, 11, 12]);

    let words = ["1", "2", "x", "4"];
    let mut parsed = pin!(genfn::async_gen_!(move {
        let mut i = 0;
        while i < words.len() {
            let n: u32 = later(words[i]).await.parse()?;
            yield n;
            i += 1;
        }
        Ok::<(), std::num::ParseIntError>(())
    }));
    assert_eq!(collect_pinned(parsed.as_mut()), [1, 2]);
    assert!(parsed.as_mut().take_return().unwrap().is_err());
}

fn assert_unpin<T: Unpin>(_: &T) {}

#[generator(yield = u32)]
async fn awaits_unpin_futures() {
    yield_!(later(1).await);
}

// `Unpin` follows the state: with only `Unpin` futures awaited, the
// generator can be polled without pinning it (`Later` is `Unpin`; an
// `async fn`'s future is not, and neither is a generator that awaits one:
// `static_assertions`-style checks below).
#[test]
fn unpin_follows_the_state() {
    let mut g = awaits_unpin_futures();
    assert_unpin(&g);
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(Pin::new(&mut g).poll_next(&mut cx), Poll::Pending);
    // Moved while its future is pending: fine, the future is `Unpin`.
    let mut boxed = Box::new(g);
    assert_eq!(
        Pin::new(&mut *boxed).poll_next(&mut cx),
        Poll::Ready(Some(1))
    );
}

trait MaybeUnpin {
    fn is_unpin(&self) -> bool {
        false
    }
}
impl<T> MaybeUnpin for &T {}
struct Probe<T>(T);
impl<T: Unpin> Probe<T> {
    fn is_unpin(&self) -> bool {
        true
    }
}

#[test]
fn a_generator_awaiting_an_async_fn_is_not_unpin() {
    let g = awaits_and_yields(1);
    assert!(!(&Probe(g)).is_unpin());
    assert!(Probe(awaits_unpin_futures()).is_unpin());
}

#[generator(yield = u32)]
async fn parses(words: Vec<&'static str>) -> Result<usize, std::num::ParseIntError> {
    for w in &words {
        let n: u32 = later(*w).await.parse()?;
        yield_!(n);
    }
    Ok(words.len())
}

// `try_stream()`: the error a body returns is the last item (a `TryStream`);
// an `Ok` value stays in the generator.
#[test]
fn try_stream_ends_with_the_error() {
    let items = collect(parses(vec!["1", "x", "3"]).try_stream());
    assert_eq!(items.len(), 2);
    assert_eq!(items[0], Ok(1));
    assert!(items[1].is_err());

    let mut ok = pin!(parses(vec!["4"]).try_stream());
    assert_eq!(collect_pinned(ok.as_mut()), [Ok(4)]);
    assert!(ok.is_terminated());
}

#[generator(yield = u32)]
async fn countdown(from: u32) {
    let mut n = from;
    while n > 0 {
        yield_!(later(n).await);
        n -= 1;
    }
}

struct Holder {
    // A boxed generator can be named, and is `Unpin` (no `pin!` needed).
    stream: genfn::BoxAsyncGen<'static, u32>,
}

// `boxed()` (Send) and `boxed_local()`: type-erased, `Unpin`.
#[test]
fn boxed_generators() {
    let h = Holder {
        stream: countdown(3).boxed(),
    };
    assert_send(&h.stream);
    assert_unpin(&h.stream);
    assert_eq!(collect(h.stream), [3, 2, 1]);
    let local: genfn::LocalBoxAsyncGen<'_, u32> = awaits_everywhere_count().boxed_local();
    assert_eq!(collect(local), [7]);
}

#[generator(yield = u32)]
async fn awaits_everywhere_count() {
    let rc = Rc::new(7);
    yield_!(later(*rc).await);
}

/// A tree of values, walked recursively by an async generator.
struct Tree {
    value: u32,
    children: Vec<Tree>,
}

#[generator(yield = u32)]
async fn walk(tree: &Tree) -> u32 {
    yield_!(later(tree.value).await);
    let mut count = 1;
    for child in &tree.children {
        count += yield_from!(walk(child));
    }
    count
}

// Direct recursion without a user-written box: each level is a boxed
// delegate of its own.
#[test]
fn recursion() {
    let leaf = |v| Tree {
        value: v,
        children: vec![],
    };
    let tree = Tree {
        value: 1,
        children: vec![
            Tree {
                value: 2,
                children: vec![leaf(3), leaf(4)],
            },
            leaf(5),
        ],
    };
    let mut g = pin!(walk(&tree));
    assert_eq!(collect_pinned(g.as_mut()), [1, 2, 3, 4, 5]);
    assert_eq!(g.as_mut().take_return(), Some(5));
}

fn parse_even(x: u32) -> Result<u32, String> {
    if x.is_multiple_of(2) {
        Ok(x)
    } else {
        Err(format!("odd {x}"))
    }
}

/// `None` ends the innermost loop around the call.
macro_rules! or_break {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => break,
        }
    };
}

// `?`, `return`, `break`, `continue` and a macro's `break` inside the
// operand of an `.await` (found by the differential tester's --awaits): they
// are the body's, as in any operand (they returned from the step: E0277
// "`?` ... in a closure that returns `Poll<CoroutineState<..>>`", E0308).
#[generator(yield = u32)]
async fn exits_in_awaited_operands(v: Vec<u32>, stop_early: bool) -> Result<u32, String> {
    let first = later(parse_even(v[0])?).await;
    yield_!(first);
    let n = later(if stop_early { return Ok(99) } else { 1 }).await;
    yield_!(n);
    for &x in &v {
        let y = later(if x > 6 {
            break;
        } else if x == 4 {
            continue;
        } else {
            x
        })
        .await;
        yield_!(y);
    }
    let mut it = v.iter();
    loop {
        let x = later(*or_break!(it.next())).await;
        yield_!(x * 10);
    }
    Ok(0)
}

#[test]
fn exits_inside_an_awaited_operand() {
    let mut g = pin!(exits_in_awaited_operands(vec![2, 4, 5, 7, 1], false));
    assert_eq!(collect_pinned(g.as_mut()), [2, 1, 2, 5, 20, 40, 50, 70, 10]);
    assert_eq!(g.as_mut().take_return(), Some(Ok(0)));
    let mut g = pin!(exits_in_awaited_operands(vec![2], true));
    assert_eq!(collect_pinned(g.as_mut()), [2]);
    assert_eq!(g.as_mut().take_return(), Some(Ok(99)));
    let mut g = pin!(exits_in_awaited_operands(vec![3], false));
    assert_eq!(collect_pinned(g.as_mut()), []);
    assert_eq!(g.as_mut().take_return(), Some(Err("odd 3".to_string())));
}

#[generator(yield = u32, resume = u32)]
async fn two_yields() {
    yield_!(1);
    let v = yield_!(2);
    yield_!(v);
}

// A `resume` future polled again after it completed (a caller's mistake)
// panics without touching the generator: before, the poll resumed the body
// without a value (an "internal error" panic that poisoned the generator, or,
// at a `yield_!` whose value is unused, the body advanced to its next
// `yield_!` inside the same future).
#[test]
fn a_resume_future_polled_after_completion_panics_and_leaves_the_generator() {
    let mut g = pin!(two_yields());
    let mut cx = Context::from_waker(Waker::noop());
    let mut first = g.as_mut().resume(0);
    assert_eq!(
        Pin::new(&mut first).poll(&mut cx),
        Poll::Ready(CoroutineState::Yielded(1))
    );
    let again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        Pin::new(&mut first).poll(&mut cx)
    }));
    let message = again.expect_err("polled after completion");
    assert_eq!(
        message.downcast_ref::<&str>(),
        Some(&"`resume` future polled after completion")
    );
    drop(first);
    assert!(!g.is_poisoned());
    let mut second = g.as_mut().resume(0);
    assert_eq!(
        Pin::new(&mut second).poll(&mut cx),
        Poll::Ready(CoroutineState::Yielded(2))
    );
    let mut third = g.as_mut().resume(7);
    assert_eq!(
        Pin::new(&mut third).poll(&mut cx),
        Poll::Ready(CoroutineState::Yielded(7))
    );
}

/// A `!Unpin` future, pending `pend` times: it checks that it is polled and
/// dropped at the address of its first poll (the `Pin` contract the machine
/// keeps with `poll_in_place`), and logs its first poll and its drop.
struct StaysPut {
    name: &'static str,
    value: u32,
    pend: u32,
    at: usize,
    _pinned: std::marker::PhantomPinned,
}

fn stays_put(name: &'static str, value: u32, pend: u32) -> StaysPut {
    StaysPut {
        name,
        value,
        pend,
        at: 0,
        _pinned: std::marker::PhantomPinned,
    }
}

impl Future for StaysPut {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        // SAFETY: nothing is moved out; the address is only compared.
        let this = unsafe { self.get_unchecked_mut() };
        let here = &raw const *this as usize;
        if this.at == 0 {
            this.at = here;
            mark(&format!("poll {}", this.name));
        }
        assert_eq!(this.at, here, "{} moved after its first poll", this.name);
        if this.pend == 0 {
            return Poll::Ready(this.value);
        }
        this.pend -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

impl Drop for StaysPut {
    fn drop(&mut self) {
        let here = &raw const *self as usize;
        assert!(
            self.at == 0 || self.at == here,
            "{} moved before its drop",
            self.name
        );
        mark(&format!("drop {}", self.name));
    }
}

#[generator(yield = u32)]
async fn awaits_pinned_inner() -> u32 {
    yield_!(stays_put("inner", 1, 2).await);
    2
}

#[generator(yield = u32)]
async fn awaits_pinned_futures() {
    let guard = Guard::new("g");
    for i in 0..2 {
        let v = stays_put("loop", i, 1).await;
        yield_!(v);
    }
    let r = yield_from!(awaits_pinned_inner());
    yield_!(r + stays_put("operand", 3, 1).await);
    stays_put("stalled", 0, u32::MAX).await;
    guard.touch();
}

// `!Unpin` futures, awaited directly and by a delegate, stay where they were
// first polled until they are dropped, also when the generator is dropped
// while one of them is pending.
#[test]
fn awaited_futures_stay_where_they_were_first_polled() {
    let log = Log::fresh();
    let mut g = Box::pin(awaits_pinned_futures());
    let mut cx = Context::from_waker(Waker::noop());
    let mut items = Vec::new();
    for _ in 0..20 {
        if let Poll::Ready(Some(v)) = g.as_mut().poll_next(&mut cx) {
            items.push(v);
        }
    }
    assert_eq!(items, [0, 1, 1, 5]);
    drop(g);
    check!(
        log,
        [
            "new g",
            "poll loop",
            "drop loop",
            "poll loop",
            "drop loop",
            "poll inner",
            "drop inner",
            "poll operand",
            "drop operand",
            "poll stalled",
            "drop stalled",
            "drop g"
        ]
    );
}

#[generator(yield = u32)]
async fn nests_inline_async_generators(n: u32) {
    let inner = genfn::async_gen_!(move {
        yield later(n).await;
        yield n + 1;
    });
    yield_!(later(0).await);
    yield_from!(inner);
}

// An `async_gen_!` inside an async generator is a generator of its own: its
// `yield` and `.await` are its own (they were taken for the outer body's,
// "cannot suspend inside another macro's arguments").
#[test]
fn an_inline_async_generator_inside_one() {
    assert_eq!(collect(nests_inline_async_generators(5)), [0, 5, 6]);
}
