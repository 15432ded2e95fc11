//! Seed 002, "Using yield with an asyncio queue": a task puts Fibonacci
//! numbers into an async queue, one per second; an async generator takes
//! them out and yields them until the numbers pass 89.

use std::time::Duration;

use futures::StreamExt;
use genfn::generator;
use tokio::sync::mpsc;

async fn fill(queue: mpsc::Sender<u64>) {
    let (mut a, mut b) = (0u64, 1u64);
    while a <= 89 {
        tokio::time::sleep(Duration::from_secs(1)).await;
        if queue.send(a).await.is_err() {
            return;
        }
        (a, b) = (b, a + b);
    }
}

/// Yields what arrives on the queue, until it is closed.
#[generator(yield = u64)]
async fn fibonacci(mut queue: mpsc::Receiver<u64>) {
    while let Some(n) = queue.recv().await {
        yield_!(n);
    }
}

pub async fn run() -> String {
    let (tx, rx) = mpsc::channel(1);
    let producer = tokio::spawn(fill(tx));
    let mut out = String::new();
    let mut numbers = Box::pin(fibonacci(rx));
    while let Some(n) = numbers.next().await {
        out.push_str(&format!("{n}\n"));
    }
    producer.await.expect("the producer ran");
    out
}

#[tokio::main]
async fn main() {
    print!("{}", run().await);
}
