use genfn::generator;

#[generator(yield = u32, resume = String)]
fn inner() {
    let _s = yield_!(1);
}

#[generator(yield = u32, resume = bool)]
fn outer() {
    yield_from!(inner());
}

fn main() {}
