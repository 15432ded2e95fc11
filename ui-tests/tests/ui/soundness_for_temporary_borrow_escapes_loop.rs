use std::cell::RefCell;

use genfn::generator;

// The `Ref` of the iterable lives to the end of the loop, as in Rust: a
// borrow of it cannot be used after the loop.
#[generator(yield = i32)]
fn last<'a>(c: &'a RefCell<Vec<i32>>) {
    let mut last = &0;
    for x in c.borrow().iter() {
        last = x;
        yield_!(*x);
    }
    yield_!(*last);
}

fn main() {}
