use genfn::generator;

#[generator(yield = u32)]
fn numbers(n: u32, _: ...) {
    yield_!(n);
}

fn main() {}
