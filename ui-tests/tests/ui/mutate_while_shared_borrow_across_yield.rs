use genfn::generator;

#[generator(yield = u32)]
fn numbers() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        yield_!(*x);
        v.push(*x);
    }
}

fn main() {}
