//! rustc's own `async gen` blocks, drained as a `Stream` through a field
//! projection of their `AsyncIterator::poll_next`: the compiler's coroutine
//! lowering of the same bodies as the stream workloads' (nightly only).

use std::async_iter::AsyncIterator;

use super::*;

/// An `AsyncIterator` as a `Stream`.
struct AsStream<A>(A);

impl<A: AsyncIterator> Stream for AsStream<A> {
    type Item = A::Item;
    #[inline(always)]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<A::Item>> {
        // SAFETY: the field is pinned with the wrapper and never moved.
        unsafe { self.map_unchecked_mut(|s| &mut s.0) }.poll_next(cx)
    }
}

pub fn s1(n: u64) -> u64 {
    drain(AsStream(async gen move {
        let mut i = 0;
        while i < n {
            yield i;
            i += 1;
        }
    }))
}

pub fn s2(n: u64) -> u64 {
    drain(AsStream(async gen move {
        let mut i = 0;
        while i < n {
            let v = std::future::ready(i).await;
            yield v;
            i += 1;
        }
    }))
}

pub fn s3(n: u64) -> u64 {
    drain(AsStream(async gen move {
        let mut i = 0;
        while i < n {
            let v = PendingOnce::new(i).await;
            yield v;
            i += 1;
        }
    }))
}
