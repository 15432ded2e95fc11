use genfn::generator;

#[generator(yield = u8, foo = 1)]
fn numbers() {
    yield_!(1);
}

fn main() {}
