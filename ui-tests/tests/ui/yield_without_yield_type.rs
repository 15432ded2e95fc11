use genfn::generator;

#[generator]
fn numbers() {
    yield_!(1u32);
}

fn main() {}
