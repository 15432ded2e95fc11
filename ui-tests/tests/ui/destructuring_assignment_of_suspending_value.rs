use genfn::generator;

#[generator(yield = i32, resume = i32)]
fn pairs() -> (i32, i32) {
    let (x, y);
    (x, y) = (yield_!(1), 2);
    (x, y)
}

fn main() {
    let _ = pairs();
}
