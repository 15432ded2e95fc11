use genfn::generator;

#[generator(yield = u8)]
fn numbers(x: Option<u8>) {
    let Some(n) = x else {
        yield_!(0);
        return;
    };
    yield_!(n);
}

fn main() {}
