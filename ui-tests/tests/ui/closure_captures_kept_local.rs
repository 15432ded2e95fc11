use genfn::generator;

#[generator(yield = usize)]
fn lengths() {
    let v = vec![1u32, 2, 3];
    let it = v.iter();
    let len = || v.len();
    yield_!(len());
    yield_!(it.count() + len());
}

fn main() {}
