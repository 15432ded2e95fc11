//! Seed 000, "Generator with return": an early `return` ends the generator
//! (Python raises `StopIteration`; here the iterator returns `None`).

use genfn::generator;

#[generator(yield = i64)]
fn limited_range(n: i64) {
    for i in 0..n {
        if i == 3 {
            return; // the generator is done
        }
        yield_!(i);
    }
}

pub fn run() -> String {
    let values: Vec<i64> = limited_range(10).collect();
    format!("{values:?}\n") // [0, 1, 2]: stops at the return
}

fn main() {
    print!("{}", run());
}
