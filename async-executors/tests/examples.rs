//! The async examples print what their Python originals (the seeds) print:
//! each is included as a module and its `run()` output compared. Their
//! delays are real seconds in the programs; here tokio's clock is paused,
//! so the tests take no time (the runtime advances it while idle).

macro_rules! example {
    ($name:ident, $file:literal) => {
        #[allow(dead_code)] // the example's own `main`
        #[path = $file]
        mod $name;
    };
}

example!(countdown, "../examples/countdown.rs");
example!(fibonacci_queue, "../examples/fibonacci_queue.rs");
example!(
    producer_consumer_sentinel,
    "../examples/producer_consumer_sentinel.rs"
);
example!(tasks, "../examples/tasks.rs");

#[tokio::test(start_paused = true)]
async fn countdown() {
    assert_eq!(countdown::run().await, "5\n4\n3\n2\n1\n0\n");
}

#[tokio::test(start_paused = true)]
async fn fibonacci_queue() {
    assert_eq!(
        fibonacci_queue::run().await,
        "0\n1\n1\n2\n3\n5\n8\n13\n21\n34\n55\n89\n"
    );
}

#[tokio::test(start_paused = true)]
async fn producer_consumer_sentinel() {
    assert_eq!(
        producer_consumer_sentinel::run().await,
        "Consumed 0\nConsumed 1\nConsumed 2\nConsumed 3\nConsumed 4\nConsumer done: sentinel received\n"
    );
}

#[tokio::test(start_paused = true)]
async fn tasks() {
    assert_eq!(
        tasks::run().await,
        "endless: cleaned up\nendless: timed out\nfast: [0, 1, 2]\nfast: cleaned up\nslow: [0, 1, 2]\nslow: cleaned up\n"
    );
}
