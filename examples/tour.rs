//! Every example of `examples/`, one after the other: `cargo run --example tour`.
//!
//! Each example is a program of its own (`cargo run --example count_up`); the
//! tour includes their files as modules and prints what each one prints.

#[allow(dead_code)] // the example's own `main`
#[path = "accumulator.rs"]
mod accumulator;
#[allow(dead_code)] // the example's own `main`
#[path = "combined_data.rs"]
mod combined_data;
#[allow(dead_code)] // the example's own `main`
#[path = "count_up.rs"]
mod count_up;
#[allow(dead_code)] // the example's own `main`
#[path = "flatten.rs"]
mod flatten;
#[allow(dead_code)] // the example's own `main`
#[path = "generator_send.rs"]
mod generator_send;
#[allow(dead_code)] // the example's own `main`
#[path = "infinite_counter.rs"]
mod infinite_counter;
#[allow(dead_code)] // the example's own `main`
#[path = "limited_range.rs"]
mod limited_range;
#[allow(dead_code)] // the example's own `main`
#[path = "producer_consumer.rs"]
mod producer_consumer;
#[allow(dead_code)] // the example's own `main`
#[path = "stream_csv_rows.rs"]
mod stream_csv_rows;
#[allow(dead_code)] // the example's own `main`
#[path = "three_greetings.rs"]
mod three_greetings;

/// An example: its name, what it shows, and its `run`.
type Example = (&'static str, &'static str, fn() -> String);

const EXAMPLES: &[Example] = &[
    (
        "count_up",
        "values produced lazily, one per next()",
        count_up::run,
    ),
    (
        "three_greetings",
        "several yields in one function",
        three_greetings::run,
    ),
    (
        "limited_range",
        "an early return ends the generator",
        limited_range::run,
    ),
    (
        "infinite_counter",
        "an endless generator, taken with .take(10)",
        infinite_counter::run,
    ),
    (
        "flatten",
        "recursive yield_from! over a nested list",
        flatten::run,
    ),
    (
        "combined_data",
        "yield_from! over a Vec, a range and an inline gen_!{}",
        combined_data::run,
    ),
    (
        "accumulator",
        "values sent in with resume (Python's send)",
        accumulator::run,
    ),
    (
        "producer_consumer",
        "a producer driving a consumer generator, then closing it",
        producer_consumer::run,
    ),
    (
        "generator_send",
        "start(), then resume(666): seed 001's test()",
        generator_send::run,
    ),
    (
        "stream_csv_rows",
        "CSV chunks for a streaming response",
        stream_csv_rows::run,
    ),
];

fn main() {
    for (i, (name, what, run)) in EXAMPLES.iter().enumerate() {
        if i > 0 {
            println!();
        }
        println!("=== {name}: {what} ===");
        print!("{}", run());
    }
}
