//! Seed 000, "Generator Send": values sent into the generator with `resume`
//! (Python's `send`). Python ends the loop when it receives `None`; here the
//! resume type is `Option<i64>`, and `while let Some(value) = yield_!(total)`
//! is Python's `while True: value = yield total; if value is None: break`.

use std::fmt::Write;

use genfn::generator;

/// Accumulate values sent to the generator.
#[generator(yield = i64, resume = Option<i64>)]
fn accumulator() {
    let mut total = 0;
    // Yield the running total, receive the next value; `None` ends the loop.
    while let Some(value) = yield_!(total) {
        total += value;
    }
}

pub fn run() -> String {
    let mut out = String::new();

    let mut acc = accumulator();
    // Python's `next(gen)`: prime the generator (run it to the first yield).
    writeln!(out, "acc.start()          -> {:?}", acc.start()).unwrap();
    writeln!(out, "acc.resume(Some(10)) -> {:?}", acc.resume(Some(10))).unwrap();
    writeln!(out, "acc.resume(Some(20)) -> {:?}", acc.resume(Some(20))).unwrap();
    writeln!(out, "acc.resume(Some(5))  -> {:?}", acc.resume(Some(5))).unwrap();
    // Python's `gen.close()`: dropping a suspended generator ends it.
    drop(acc);
    writeln!(out, "drop(acc)            -> closed (Python: gen.close())").unwrap();

    // Sending `None` takes the `break`: the generator completes.
    let mut acc = accumulator();
    writeln!(out, "acc.start()          -> {:?}", acc.start()).unwrap();
    writeln!(out, "acc.resume(Some(1))  -> {:?}", acc.resume(Some(1))).unwrap();
    writeln!(out, "acc.resume(None)     -> {:?}", acc.resume(None)).unwrap();
    out
}

fn main() {
    print!("{}", run());
}
