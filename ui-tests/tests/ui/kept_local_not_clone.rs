use genfn::generator;

// `clone` asks for a Clone generator, but `v` is borrowed across a yield
// (kept in place), which makes the generator not Clone.
#[generator(yield = u32, clone)]
fn numbers() {
    let v = vec![1, 2, 3];
    for x in &v {
        yield_!(*x);
    }
}

fn main() {}
