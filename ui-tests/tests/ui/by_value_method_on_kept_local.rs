use genfn::generator;

#[generator(yield = u32)]
fn numbers() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(1);
    drop(it);
    for x in v.into_iter() {
        yield_!(x);
    }
}

fn main() {}
