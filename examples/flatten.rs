//! Seed 000, "yield from": flatten a nested list of any depth by delegating
//! recursively to another call of the same generator.

use genfn::generator;

/// Python's list whose items are ints or lists again.
enum Nested {
    Item(i64),
    List(Vec<Nested>),
}

/// Flatten a nested list of any depth.
#[generator(yield = i64)]
fn flatten(nested: &[Nested]) {
    for item in nested {
        match item {
            Nested::List(inner) => yield_from!(flatten(inner)), // recursively delegate
            Nested::Item(x) => yield_!(*x),
        }
    }
}

pub fn run() -> String {
    use Nested::{Item, List};
    // [1, [2, [3, 4]], [5, 6]]
    let nested = vec![
        Item(1),
        List(vec![Item(2), List(vec![Item(3), Item(4)])]),
        List(vec![Item(5), Item(6)]),
    ];
    let result: Vec<i64> = flatten(&nested).collect();
    format!("{result:?}\n") // [1, 2, 3, 4, 5, 6]
}

fn main() {
    print!("{}", run());
}
