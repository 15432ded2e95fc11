//! Every async example, one after the other: `cargo run -p
//! genfn-async-executors --example async_tour` (about 15 seconds of real
//! delays, as in the Python originals).

#[allow(dead_code)] // the example's own `main`
#[path = "countdown.rs"]
mod countdown;
#[allow(dead_code)] // the example's own `main`
#[path = "fibonacci_queue.rs"]
mod fibonacci_queue;
#[allow(dead_code)] // the example's own `main`
#[path = "producer_consumer_sentinel.rs"]
mod producer_consumer_sentinel;
#[allow(dead_code)] // the example's own `main`
#[path = "tasks.rs"]
mod tasks;

#[tokio::main]
async fn main() {
    println!("=== countdown: an async generator with a delay ===");
    print!("{}", countdown::run().await);
    println!("\n=== fibonacci_queue: numbers through an async queue ===");
    print!("{}", fibonacci_queue::run().await);
    println!("\n=== producer_consumer_sentinel: a stream ended by a sentinel ===");
    print!("{}", producer_consumer_sentinel::run().await);
    println!("\n=== tasks: generators as concurrent tasks, one timed out ===");
    print!("{}", tasks::run().await);
}
