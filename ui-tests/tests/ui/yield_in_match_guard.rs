use genfn::generator;

#[generator(yield = u8, resume = bool)]
fn numbers(x: Option<u8>) {
    match x {
        Some(n) if yield_!(n) => {}
        _ => {}
    }
}

fn main() {}
