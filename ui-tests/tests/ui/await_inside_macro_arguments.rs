// An async generator suspends at `.await`; inside another macro's arguments
// the macro cannot see it: bind the value first.
use genfn::generator;

async fn answer() -> u32 {
    42
}

#[generator(yield = String)]
async fn lines() {
    yield_!(format!("{}", answer().await));
}

fn main() {
    let _ = lines();
}
