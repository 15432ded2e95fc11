// A malformed `cfg` in a generator's body is reported as in a function,
// also on a statement that suspends (which the state machine splits apart).
use genfn::{gen_, generator};

#[generator(yield = u8)]
fn numbers() {
    #[cfg(a, b)]
    yield_!(1);
    #[cfg(foo(bar))]
    yield_!(2);
    yield_!(3);
}

fn main() {
    let _ = gen_! {
        #[cfg_attr()]
        yield 1;
    };
}
