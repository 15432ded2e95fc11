use genfn::generator;

#[generator(yield = u32)]
fn numbers() {
    yield_from!(vec!["a", "b"]);
}

fn main() {}
