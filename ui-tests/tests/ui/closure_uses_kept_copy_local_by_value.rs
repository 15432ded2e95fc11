// A closure that uses a kept-in-place `Copy` local by value (`add(e, k)`)
// and also captures a local the generator does not keep (here a parameter
// of the enclosing closure): the error is at the local's name and says what
// to do.
use genfn::generator;

fn add(a: u32, b: u32) -> u32 {
    a + b
}

#[generator(yield = u32)]
fn sums() {
    let k = 3u32;
    let r = &k;
    yield_!(*r);
    let z: u32 = (0..2u32)
        .map(|y| [1u32, 2].iter().map(|e| add(*e, k) + y).sum::<u32>())
        .sum();
    yield_!(z + *r);
}

fn main() {}
