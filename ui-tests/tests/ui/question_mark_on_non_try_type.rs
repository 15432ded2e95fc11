use genfn::generator;

#[generator(yield = u32)]
fn numbers() -> Result<(), String> {
    let n: u32 = 5;
    yield_!(n?);
    Ok(())
}

fn main() {}
