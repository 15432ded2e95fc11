// A closure a macro builds around a kept-in-place local cannot leave the
// statement of the invocation either, even into a local of the body.
use genfn::generator;

macro_rules! deferred {
    ($e:expr) => {
        move || $e
    };
}

#[generator(yield = usize)]
fn closures() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(0);
    let n = it.count();
    let f = deferred!(v.len() + n);
    yield_!(1);
    yield_!(f());
}

fn main() {
    let _ = closures().count();
}
