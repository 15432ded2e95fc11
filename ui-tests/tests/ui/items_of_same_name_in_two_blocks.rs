use genfn::generator;

#[generator(yield = u32)]
fn limits(flag: bool) {
    if flag {
        const LIMIT: u32 = 1;
        yield_!(LIMIT);
    } else {
        const LIMIT: u32 = 2;
        yield_!(LIMIT);
    }
}

fn main() {}
