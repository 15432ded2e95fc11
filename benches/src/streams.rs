//! S1–S3, the stream workloads: each drains a stream of `0..n` as `u64`
//! with `StreamExt::next` under futures' `block_on`, and returns the sum.
//!
//! - S1 plain: nothing awaited per item.
//! - S2 ready: one `.await` per item on a future that is ready at once.
//! - S3 pending: one `.await` per item on a future that is pending once
//!   (it wakes the task, then is ready).
//!
//! For each: a hand-written `Stream` (S2 and S3 store and poll the future
//! themselves), genfn's `async fn` and `async_gen_!`, async-stream's
//! `stream!`, and for S1 `futures::stream::iter`.

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll};

use futures::executor::block_on;
use futures::{Stream, StreamExt};

/// The number of items of a stream workload in the `profile` binary (the
/// timed bench sets its own).
pub const STREAM_N: u64 = 1_000_000;

/// The stream workload `workload` (`s1_plain`, `s2_ready`, `s3_pending`) of
/// implementation `name` (`hand-written`, `genfn`, `genfn-inline`,
/// `async-stream`), if it has one.
pub fn workload(workload: &str, name: &str) -> Option<fn(u64) -> u64> {
    Some(match (workload, name) {
        ("s1_plain", "hand-written") => hand_s1,
        ("s1_plain", "genfn") => genfn_s1,
        ("s1_plain", "genfn-inline") => genfn_inline_s1,
        ("s1_plain", "async-stream") => async_stream_s1,
        ("s2_ready", "hand-written") => hand_s2,
        ("s2_ready", "genfn") => genfn_s2,
        ("s2_ready", "async-stream") => async_stream_s2,
        ("s3_pending", "hand-written") => hand_s3,
        ("s3_pending", "genfn") => genfn_s3,
        ("s3_pending", "genfn-inline") => genfn_inline_s3,
        #[cfg(feature = "nightly")]
        ("s1_plain", "rustc-async-gen") => rustc_async_gen::s1,
        #[cfg(feature = "nightly")]
        ("s2_ready", "rustc-async-gen") => rustc_async_gen::s2,
        #[cfg(feature = "nightly")]
        ("s3_pending", "rustc-async-gen") => rustc_async_gen::s3,
        ("s3_pending", "async-stream") => async_stream_s3,
        _ => return None,
    })
}

/// Drains `s`, summing its items.
#[inline(always)]
fn drain<S: Stream<Item = u64>>(s: S) -> u64 {
    block_on(async {
        let mut s = pin!(s);
        let mut sum = 0u64;
        while let Some(v) = s.next().await {
            sum = sum.wrapping_add(v);
        }
        sum
    })
}

/// A future that is pending once (waking the task), then ready with `v`.
pub struct PendingOnce {
    value: u64,
    polled: bool,
}

impl PendingOnce {
    #[inline(always)]
    pub fn new(value: u64) -> Self {
        PendingOnce {
            value,
            polled: false,
        }
    }
}

impl Future for PendingOnce {
    type Output = u64;
    #[inline(always)]
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u64> {
        if self.polled {
            Poll::Ready(self.value)
        } else {
            self.polled = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

// ---- hand-written ----------------------------------------------------------

/// `0..n` as a hand-written `Stream`.
struct Count {
    next: u64,
    end: u64,
}

impl Stream for Count {
    type Item = u64;
    #[inline(always)]
    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<u64>> {
        if self.next == self.end {
            return Poll::Ready(None);
        }
        self.next += 1;
        Poll::Ready(Some(self.next - 1))
    }
}

/// `0..n`, each item awaited from a future the stream stores and polls.
struct CountAwaiting<F, M> {
    next: u64,
    end: u64,
    in_flight: Option<F>,
    make: M,
}

impl<F: Future<Output = u64> + Unpin, M: FnMut(u64) -> F + Unpin> Stream for CountAwaiting<F, M> {
    type Item = u64;
    #[inline(always)]
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u64>> {
        let this = &mut *self;
        if this.in_flight.is_none() {
            if this.next == this.end {
                return Poll::Ready(None);
            }
            let i = this.next;
            this.next += 1;
            this.in_flight = Some((this.make)(i));
        }
        let f = this.in_flight.as_mut().expect("set above");
        match Pin::new(f).poll(cx) {
            Poll::Ready(v) => {
                this.in_flight = None;
                Poll::Ready(Some(v))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

pub fn hand_s1(n: u64) -> u64 {
    drain(Count { next: 0, end: n })
}

pub fn hand_s2(n: u64) -> u64 {
    drain(CountAwaiting {
        next: 0,
        end: n,
        in_flight: None,
        make: std::future::ready,
    })
}

pub fn hand_s3(n: u64) -> u64 {
    drain(CountAwaiting {
        next: 0,
        end: n,
        in_flight: None,
        make: PendingOnce::new,
    })
}

pub fn iter_s1(n: u64) -> u64 {
    drain(futures::stream::iter(0..n))
}

// ---- genfn -------------------------------------------------------------------

#[genfn::generator(yield = u64)]
async fn genfn_count(n: u64) {
    let mut i = 0;
    while i < n {
        yield_!(i);
        i += 1;
    }
}

#[genfn::generator(yield = u64)]
async fn genfn_count_ready(n: u64) {
    let mut i = 0;
    while i < n {
        let v = std::future::ready(i).await;
        yield_!(v);
        i += 1;
    }
}

#[genfn::generator(yield = u64)]
async fn genfn_count_pending(n: u64) {
    let mut i = 0;
    while i < n {
        let v = PendingOnce::new(i).await;
        yield_!(v);
        i += 1;
    }
}

pub fn genfn_s1(n: u64) -> u64 {
    drain(genfn_count(n))
}

pub fn genfn_s2(n: u64) -> u64 {
    drain(genfn_count_ready(n))
}

pub fn genfn_s3(n: u64) -> u64 {
    drain(genfn_count_pending(n))
}

pub fn genfn_inline_s1(n: u64) -> u64 {
    drain(genfn::async_gen_!(move {
        let mut i = 0;
        while i < n {
            yield i;
            i += 1;
        }
    }))
}

pub fn genfn_inline_s3(n: u64) -> u64 {
    drain(genfn::async_gen_!(move {
        let mut i = 0;
        while i < n {
            let v = PendingOnce::new(i).await;
            yield v;
            i += 1;
        }
    }))
}

// ---- async-stream ------------------------------------------------------------

pub fn async_stream_s1(n: u64) -> u64 {
    drain(async_stream::stream! {
        let mut i = 0;
        while i < n {
            yield i;
            i += 1;
        }
    })
}

pub fn async_stream_s2(n: u64) -> u64 {
    drain(async_stream::stream! {
        let mut i = 0;
        while i < n {
            let v = std::future::ready(i).await;
            yield v;
            i += 1;
        }
    })
}

pub fn async_stream_s3(n: u64) -> u64 {
    drain(async_stream::stream! {
        let mut i = 0;
        while i < n {
            let v = PendingOnce::new(i).await;
            yield v;
            i += 1;
        }
    })
}

/// rustc's own `async gen` blocks (nightly only; a file of its own, as
/// stable rustc rejects their syntax even where it is configured out).
#[cfg(feature = "nightly")]
pub mod rustc_async_gen;

/// Every implementation of each workload, for the checksum check.
#[allow(clippy::type_complexity)]
pub const ALL: &[(&str, &[(&str, fn(u64) -> u64)])] = &[
    (
        "s1",
        &[
            ("hand_written", hand_s1),
            ("futures_iter", iter_s1),
            ("genfn", genfn_s1),
            ("genfn_inline", genfn_inline_s1),
            ("async_stream", async_stream_s1),
        ],
    ),
    (
        "s2",
        &[
            ("hand_written", hand_s2),
            ("genfn", genfn_s2),
            ("async_stream", async_stream_s2),
        ],
    ),
    (
        "s3",
        &[
            ("hand_written", hand_s3),
            ("genfn", genfn_s3),
            ("genfn_inline", genfn_inline_s3),
            ("async_stream", async_stream_s3),
        ],
    ),
];

/// Panics unless all implementations of each workload agree on `n` items.
pub fn check_all(n: u64) {
    let want = (0..n).fold(0u64, u64::wrapping_add);
    for (workload, imps) in ALL {
        for (name, f) in *imps {
            assert_eq!(f(n), want, "{workload} {name}");
        }
    }
}
