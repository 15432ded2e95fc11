//! Seed 000, "Multiple yields in one function": `three_greetings()`.

use genfn::generator;

#[generator(yield = &'static str)]
fn three_greetings() {
    yield_!("Hello"); // suspend after yielding
    yield_!("Hi"); // suspend after yielding
    yield_!("Hey"); // last value
}

pub fn run() -> String {
    let greets: Vec<&str> = three_greetings().collect(); // Python: list(three_greetings())
    format!("{greets:?}\n")
}

fn main() {
    print!("{}", run());
}
