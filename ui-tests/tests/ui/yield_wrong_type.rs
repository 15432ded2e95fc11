use genfn::generator;

#[generator(yield = u32)]
fn names() {
    yield_!("hello");
}

fn main() {}
