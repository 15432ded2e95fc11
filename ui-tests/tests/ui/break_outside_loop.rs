use genfn::generator;

#[generator(yield = u8)]
fn numbers() {
    yield_!(1);
    break;
}

fn main() {}
