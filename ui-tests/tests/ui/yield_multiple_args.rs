use genfn::generator;

#[generator(yield = u8)]
fn numbers() {
    let (a, b) = (1, 2);
    yield_!(a, b);
}

fn main() {}
