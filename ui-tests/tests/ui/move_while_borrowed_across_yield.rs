use genfn::generator;

#[generator(yield = u32)]
fn numbers() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(0);
    let w = v;
    for x in it {
        yield_!(*x);
    }
    drop(w);
}

fn main() {}
