use genfn::generator;

#[generator(yield = u8, yield = u16)]
fn numbers() {
    yield_!(1);
}

fn main() {}
