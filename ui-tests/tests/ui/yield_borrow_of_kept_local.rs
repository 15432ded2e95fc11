use genfn::generator;

#[generator(yield = &'static u32)]
fn numbers() {
    let v = vec![1, 2, 3];
    for x in &v {
        yield_!(x);
    }
}

fn main() {}
