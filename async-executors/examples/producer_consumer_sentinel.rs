//! Seed 002, "Async generator producer-consumer pattern with queue and
//! sentinel": the producer puts items into a queue, then a sentinel; the
//! consumer is an async generator that yields what it takes out until the
//! sentinel, and the main task consumes it with `while let Some(..)`
//! (Python's `async for`).

use std::time::Duration;

use futures::StreamExt;
use genfn::generator;
use tokio::sync::mpsc;

/// Marks the end of the data.
const SENTINEL: Option<u32> = None;

async fn producer(queue: mpsc::Sender<Option<u32>>, n: u32) {
    for i in 0..n {
        tokio::time::sleep(Duration::from_millis(500)).await;
        queue.send(Some(i)).await.expect("the consumer listens");
    }
    queue.send(SENTINEL).await.expect("the consumer listens");
}

#[generator(yield = u32)]
async fn consumer(mut queue: mpsc::Receiver<Option<u32>>) -> &'static str {
    loop {
        match queue.recv().await {
            Some(Some(item)) => yield_!(item),
            Some(None) | None => return "sentinel received",
        }
    }
}

pub async fn run() -> String {
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(producer(tx, 5));
    let mut out = String::new();
    let mut items = Box::pin(consumer(rx));
    while let Some(item) = items.next().await {
        out.push_str(&format!("Consumed {item}\n"));
    }
    let end = items.as_mut().take_return().expect("the consumer returned");
    out.push_str(&format!("Consumer done: {end}\n"));
    out
}

#[tokio::main]
async fn main() {
    print!("{}", run().await);
}
