//! Seed 000, "Generator Functions with yield": `count_up(start, stop)`.
//!
//! Calling a generator function runs none of its body; each `next()` runs it
//! up to the next `yield_!`.

use std::fmt::Write;

use genfn::generator;

#[generator(yield = i64)]
fn count_up(start: i64, stop: i64) {
    let mut current = start;
    while current <= stop {
        yield_!(current); // suspend here, hand the value to the caller
        current += 1; // resumes here on the next `next()`
    }
}

pub fn run() -> String {
    let mut out = String::new();

    // Calling the function returns a generator: no code runs yet.
    let mut numbers = count_up(1, 5);
    writeln!(out, "{numbers:?}").unwrap(); // Python: <class 'generator'>

    // Values are produced lazily, one per `next()`.
    writeln!(out, "{}", numbers.next().unwrap()).unwrap(); // 1
    writeln!(out, "{}", numbers.next().unwrap()).unwrap(); // 2

    // Or iterate with a for loop.
    for n in count_up(1, 5) {
        writeln!(out, "{n}").unwrap(); // 1, 2, 3, 4, 5
    }
    out
}

fn main() {
    print!("{}", run());
}
