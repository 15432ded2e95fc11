use genfn::generator;

// In Rust, the `helper()` in the inner block calls the inner fn (3); an item
// hoisted to the top of the state machine would be shadowed by the closure.
#[generator(yield = u32)]
fn helpers() {
    let helper = || 2;
    yield_!(helper());
    {
        fn helper() -> u32 {
            3
        }
        yield_!(helper());
    }
}

fn main() {}
