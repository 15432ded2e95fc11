use genfn::generator;

#[generator(yield = u32)]
fn numbers() -> u32 {
    yield_!(1);
    "done"
}

fn main() {}
