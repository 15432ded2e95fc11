//! Seed 000: an infinite generator, `def counter(n=0): while True: yield n; n += 1`,
//! of which the caller takes as many values as it needs
//! (Python's `islice(counter(), 10)` is `.take(10)`).

use genfn::generator;

#[generator(yield = i64)]
fn counter(mut n: i64) {
    loop {
        yield_!(n);
        n += 1;
    }
}

pub fn run() -> String {
    let first_ten: Vec<i64> = counter(0).take(10).collect();
    format!("{first_ten:?}\n")
}

fn main() {
    print!("{}", run());
}
