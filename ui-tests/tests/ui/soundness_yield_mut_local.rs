// A `&mut` into a kept-in-place local cannot be yielded either.
use genfn::generator;

#[generator(yield = &mut u8)]
fn parts(_tag: &str) {
    let mut buf = [0u8; 2];
    let first = &mut buf[0];
    yield_!(&mut buf[1]);
    yield_!(first);
}

fn main() {
    let all: Vec<&mut u8> = parts("x").collect();
    println!("{all:?}");
}
