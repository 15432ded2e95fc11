// Every yielded value may be alive at once in the caller (`collect()`): two
// yields of `&mut` to the same place would be two live `&mut`.
use genfn::generator;

#[generator(yield = &mut u8)]
fn twice(buf: &mut [u8]) {
    yield_!(&mut buf[0]);
    yield_!(&mut buf[0]);
}

fn main() {
    let mut buf = [0u8; 2];
    let all: Vec<&mut u8> = twice(&mut buf).collect();
    println!("{all:?}");
}
