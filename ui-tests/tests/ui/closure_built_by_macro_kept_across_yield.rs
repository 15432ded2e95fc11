// A closure that another macro builds around a local (`deferred!(v.len())`)
// and that lives across a suspension point: the generator does not see the
// closure, so it does not keep `v` in place, and rustc reports the borrow at
// the macro's closure and the local's name. Borrowing `v` across the
// suspension point otherwise (`let r = &v;`) makes it work.
use genfn::generator;

macro_rules! deferred {
    ($e:expr) => {
        || $e
    };
}

#[generator(yield = usize)]
fn lengths() {
    let v = vec![1, 2, 3];
    let len = deferred!(v.len());
    yield_!(0);
    yield_!(len());
}

fn main() {}
