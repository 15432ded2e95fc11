//! Seed 001, "Generators": `test()`, a generator that receives a value at
//! each `yield_!` (Python's `send`) after being started with `start()`
//! (Python's `__next__()`, which is `send(None)`).

use std::cell::RefCell;
use std::fmt::{self, Write};

use genfn::generator;

/// Stands in for stdout: both the caller and the generator print.
#[derive(Default)]
struct Console(RefCell<String>);

impl Console {
    fn print(&self, line: impl fmt::Display) {
        writeln!(self.0.borrow_mut(), "{line}").unwrap();
    }
}

#[generator(yield = i64, resume = i64)]
fn test(console: &Console) {
    console.print("generator start");
    let mut n = 1;
    loop {
        let yield_expression_value = yield_!(n);
        console.print(format_args!(
            "yield_expression_value = {yield_expression_value}"
        ));
        n += 1;
    }
}

pub fn run() -> String {
    let console = Console::default();

    // Create the generator: nothing of its body runs yet.
    let mut generator = test(&console);
    console.print(format_args!("{generator:?}")); // Python: <class 'generator'>

    // Start the generator.
    let next_result = generator.start().yielded().unwrap();
    console.print(format_args!("next_result = {next_result}"));

    // Send a value to the yield expression.
    let send_result = generator.resume(666).yielded().unwrap();
    console.print(format_args!("send_result = {send_result}"));

    drop(generator);
    console.0.into_inner()
}

fn main() {
    print!("{}", run());
}
