use genfn::generator;

#[generator(yield = u32)]
fn numbers() {
    let n: u32 = "5".parse()?;
    yield_!(n);
}

fn main() {}
