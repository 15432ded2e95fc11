//! Several async generators run concurrently as tasks of a `JoinSet`; a
//! timeout cancels one mid-stream, and its cleanup (a guard's `Drop`) runs
//! as the stream is dropped.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use genfn::generator;
use tokio::task::JoinSet;

type Log = Arc<Mutex<Vec<String>>>;

/// Records when its generator is cleaned up.
struct Cleanup(&'static str, Log);

impl Drop for Cleanup {
    fn drop(&mut self) {
        self.1
            .lock()
            .unwrap()
            .push(format!("{}: cleaned up", self.0));
    }
}

#[generator(yield = u32)]
async fn ticker(name: &'static str, every: Duration, count: u32, log: Log) {
    let _cleanup = Cleanup(name, log);
    for i in 0..count {
        tokio::time::sleep(every).await;
        yield_!(i);
    }
}

pub async fn run() -> String {
    let log: Log = Arc::default();
    let mut tasks = JoinSet::new();
    for (name, every, count) in [
        ("fast", Duration::from_millis(100), 3),
        ("slow", Duration::from_millis(250), 3),
        ("endless", Duration::from_millis(300), u32::MAX),
    ] {
        let log = log.clone();
        tasks.spawn(async move {
            let ticks = Box::pin(ticker(name, every, count, log.clone()));
            // The endless one is cut off by a timeout: dropping the
            // stream mid-await cancels it.
            let collected =
                tokio::time::timeout(Duration::from_secs(1), ticks.collect::<Vec<u32>>()).await;
            let line = match collected {
                Ok(items) => format!("{name}: {items:?}"),
                Err(_) => format!("{name}: timed out"),
            };
            log.lock().unwrap().push(line);
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("the task ran");
    }
    let mut lines = log.lock().unwrap().clone();
    // Tasks finish in an order of their own: sorted, the output is stable.
    lines.sort();
    lines.join("\n") + "\n"
}

#[tokio::main]
async fn main() {
    print!("{}", run().await);
}
