use genfn::generator;

#[generator(yield = usize)]
fn lengths() {
    let outer = vec![1u32];
    let mut r = &outer;
    {
        let inner = vec![1u32, 2];
        r = &inner;
        yield_!(r.len());
    }
    yield_!(r.len());
}

fn main() {}
