use genfn::generator;

fn helper() -> u32 {
    1
}

// Outside the inner block, `helper` is the module's fn; inside, the inner
// one. Hoisted, the inner one would be called in both places.
#[generator(yield = u32)]
fn helpers() {
    yield_!(helper());
    {
        fn helper() -> u32 {
            3
        }
        yield_!(helper());
    }
}

fn main() {}
