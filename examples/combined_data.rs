//! Seed 000, "yield from with multiple generators": delegate to a Vec, a range
//! and an inline generator (Python's generator expression).

use genfn::{gen_, generator};

#[generator(yield = i64)]
fn combined_data() {
    yield_from!(vec![1, 2, 3]); // yield from a list
    yield_from!(4..7); // yield from a range
    yield_from!(gen_! { for x in [7, 8, 9] { yield x * x; } }); // yield from a generator
}

pub fn run() -> String {
    let values: Vec<i64> = combined_data().collect();
    format!("{values:?}\n") // [1, 2, 3, 4, 5, 6, 49, 64, 81]
}

fn main() {
    print!("{}", run());
}
