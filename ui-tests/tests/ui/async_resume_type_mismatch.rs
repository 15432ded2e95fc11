// PEP 380 delegation forwards every resume value: an async generator can
// only delegate to one that takes the same resume type.
use genfn::generator;

#[generator(yield = u32, resume = String)]
async fn inner() {
    let _s = yield_!(1);
}

#[generator(yield = u32, resume = u32)]
async fn outer() {
    yield_from!(inner());
}

fn main() {
    let _ = outer();
}
