//! The same async generators driven by futures' `block_on` and `LocalPool`,
//! tokio (current-thread and multi-thread: spawn, `select!`, `timeout`,
//! `JoinSet`) and smol (timers, spawn).

use std::cell::RefCell;
use std::pin::pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use genfn::{CoroutineState, async_gen_, generator};

/// Yields `0..n`, yielding to the executor before each item.
#[generator(yield = u32)]
async fn counting(n: u32) -> u32 {
    let mut sum = 0;
    for i in 0..n {
        futures::future::ready(()).await;
        yield_!(i);
        sum += i;
    }
    sum
}

/// Yields `0..n`, sleeping on tokio's timer before each item.
#[generator(yield = u32)]
async fn ticking(n: u32, every: Duration) {
    for i in 0..n {
        tokio::time::sleep(every).await;
        yield_!(i);
    }
}

/// A guard that records its drop in a shared log (`Send`).
struct Logged(&'static str, Arc<Mutex<Vec<&'static str>>>);

impl Drop for Logged {
    fn drop(&mut self) {
        self.1.lock().unwrap().push(self.0);
    }
}

#[generator(yield = u32)]
async fn slow_with_cleanup(log: Arc<Mutex<Vec<&'static str>>>) {
    let _guard = Logged("generator cleaned up", log.clone());
    for i in 0.. {
        tokio::time::sleep(Duration::from_millis(20)).await;
        yield_!(i);
    }
}

#[generator(yield = u32, resume = u32)]
async fn doubler() {
    let mut v = yield_!(0);
    loop {
        futures::future::ready(()).await;
        v = yield_!(v * 2);
    }
}

// ---- futures ---------------------------------------------------------------

#[test]
fn futures_block_on() {
    futures::executor::block_on(async {
        let mut s = pin!(counting(4));
        let mut got = Vec::new();
        while let Some(v) = s.next().await {
            got.push(v);
        }
        assert_eq!(got, [0, 1, 2, 3]);
        assert_eq!(s.as_mut().take_return(), Some(6));

        let mut d = pin!(doubler());
        assert_eq!(d.as_mut().resume(0).await, CoroutineState::Yielded(0));
        assert_eq!(d.as_mut().resume(21).await, CoroutineState::Yielded(42));
    });
}

#[test]
fn futures_local_pool_with_a_local_state() {
    let mut pool = futures::executor::LocalPool::new();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    // `Rc` in the state: not `Send`, fine on a local executor.
    let shared = Rc::new(10);
    let s = async_gen_!(move {
        for i in 0..3 {
            futures::future::ready(()).await;
            yield *shared + i;
        }
    });
    use futures::task::LocalSpawnExt;
    pool.spawner()
        .spawn_local(async move {
            let mut s = pin!(s);
            while let Some(v) = s.next().await {
                sink.borrow_mut().push(v);
            }
        })
        .unwrap();
    pool.run();
    assert_eq!(*seen.borrow(), [10, 11, 12]);
}

// ---- tokio -----------------------------------------------------------------

#[tokio::test(flavor = "current_thread")]
async fn tokio_current_thread_with_timers() {
    let got: Vec<u32> = ticking(3, Duration::from_millis(1)).collect().await;
    assert_eq!(got, [0, 1, 2]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokio_spawn_and_join_set() {
    // `Send` state: spawned on the multi-thread runtime.
    let handle = tokio::spawn(async {
        let mut s = Box::pin(counting(5));
        let mut got = Vec::new();
        while let Some(v) = s.next().await {
            got.push(v);
        }
        (got, s.as_mut().take_return())
    });
    let (got, sum) = handle.await.unwrap();
    assert_eq!(got, [0, 1, 2, 3, 4]);
    assert_eq!(sum, Some(10));

    let mut set = tokio::task::JoinSet::new();
    for n in 1..=3 {
        set.spawn(async move {
            let items: Vec<u32> = ticking(n, Duration::from_millis(1)).collect().await;
            items.len()
        });
    }
    let mut lens = Vec::new();
    while let Some(len) = set.join_next().await {
        lens.push(len.unwrap());
    }
    lens.sort();
    assert_eq!(lens, [1, 2, 3]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokio_timeout_cancels_mid_stream_and_cleans_up() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut got = Vec::new();
    let outcome = tokio::time::timeout(Duration::from_millis(70), async {
        let mut s = Box::pin(slow_with_cleanup(log.clone()));
        while let Some(v) = s.next().await {
            got.push(v);
        }
    })
    .await;
    assert!(
        outcome.is_err(),
        "the stream is endless: the timeout ends it"
    );
    assert!(!got.is_empty());
    // Dropping the timed-out future dropped the generator, its sleep and
    // its guard.
    assert_eq!(*log.lock().unwrap(), ["generator cleaned up"]);
}

#[tokio::test(flavor = "current_thread")]
async fn tokio_select_between_two_generators() {
    let mut fast = Box::pin(ticking(3, Duration::from_millis(1)));
    let mut slow = Box::pin(ticking(3, Duration::from_millis(200)));
    let first = tokio::select! {
        v = fast.next() => ("fast", v),
        v = slow.next() => ("slow", v),
    };
    assert_eq!(first, ("fast", Some(0)));
}

// ---- smol ------------------------------------------------------------------

#[test]
fn smol_timers_and_spawn() {
    smol::block_on(async {
        let s = async_gen_! {
            for i in 0..3u32 {
                smol::Timer::after(Duration::from_millis(1)).await;
                yield i;
            }
        };
        let got: Vec<u32> = s.collect().await;
        assert_eq!(got, [0, 1, 2]);

        let task = smol::spawn(async {
            let mut s = Box::pin(counting(3));
            let mut got = Vec::new();
            while let Some(v) = s.next().await {
                got.push(v);
            }
            got
        });
        assert_eq!(task.await, [0, 1, 2]);
    });
}
