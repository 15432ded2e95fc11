use genfn::generator;

#[generator(yield = u32)]
fn numbers() {
    yield_from!(5u32);
}

fn main() {}
