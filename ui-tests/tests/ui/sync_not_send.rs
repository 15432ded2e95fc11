// A generator holding a value that is not `Send` across a `yield_!` is not
// `Send`: moving it to another thread is rejected, and the error points at
// the local that holds the value.
use genfn::generator;
use std::rc::Rc;

#[generator(yield = u32)]
fn counts(start: u32) {
    let counter = Rc::new(start);
    yield_!(*counter);
    yield_!(*counter + 1);
}

fn main() {
    let g = counts(1);
    std::thread::spawn(move || g.sum::<u32>());
}
