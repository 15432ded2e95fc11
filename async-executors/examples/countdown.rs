//! Seed 002, "A simple async generator that yields numbers": counts down
//! from `n` to 0, one number per second.

use std::time::Duration;

use futures::StreamExt;
use genfn::generator;

#[generator(yield = u32)]
async fn countdown(n: u32) {
    let mut i = n;
    loop {
        yield_!(i);
        if i == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        i -= 1;
    }
}

pub async fn run() -> String {
    let mut out = String::new();
    // `countdown` awaits a tokio `Sleep` (not `Unpin`): pinned to poll it.
    let mut numbers = Box::pin(countdown(5));
    while let Some(i) = numbers.next().await {
        out.push_str(&format!("{i}\n"));
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    print!("{}", run().await);
}
