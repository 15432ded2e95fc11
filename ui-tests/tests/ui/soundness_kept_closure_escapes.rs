// A closure that borrows a local of the generator and lives across a
// suspension point cannot be yielded: it would outlive the local.
use genfn::generator;

#[generator(yield = Box<dyn Fn() -> usize>)]
fn lengths() {
    let v = vec![1, 2, 3];
    let len = || v.len();
    yield_!(Box::new(|| 0));
    yield_!(Box::new(len));
}

fn main() {}
