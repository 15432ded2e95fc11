//! Seed 001, "Producer-Consumer Model with Coroutines": the producer sends
//! values into the consumer generator and reads its answers, in one thread,
//! without locks; then it closes the consumer (dropping it).

use std::cell::RefCell;
use std::fmt::{self, Write};

use genfn::{Body, Gen, generator};

/// Stands in for stdout: both the producer and the consumer print.
#[derive(Default)]
struct Console(RefCell<String>);

impl Console {
    fn print(&self, line: impl fmt::Display) {
        writeln!(self.0.borrow_mut(), "{line}").unwrap();
    }
}

#[generator(yield = &'static str, resume = i64)]
fn consumer(console: &Console) {
    console.print("[CONSUMER] start");
    let mut r = "start";
    loop {
        let n = yield_!(r);
        if n == 0 {
            // Python: `if not n`
            console.print("n is empty");
            continue;
        }
        console.print(format_args!("[CONSUMER] Consumer is consuming {n}"));
        r = "200 ok";
    }
}

fn producer(mut c: Gen<impl Body<Resume = i64, Yield = &'static str>>, console: &Console) {
    // Python's `c.send(None)`: start the consumer, up to its first yield.
    let start_value = c.start().yielded().expect("the consumer stopped");
    console.print(start_value);
    let mut n = 0;
    while n < 3 {
        n += 1;
        console.print(format_args!("[PRODUCER] Producer is producing {n}"));
        let r = c.resume(n).yielded().expect("the consumer stopped");
        console.print(format_args!("[PRODUCER] Consumer return: {r}"));
    }
    drop(c); // Python's `c.close()`
}

pub fn run() -> String {
    let console = Console::default();
    let c = consumer(&console);
    producer(c, &console);
    console.0.into_inner()
}

fn main() {
    print!("{}", run());
}
