// A closure kept across suspension points that borrows a local cannot be
// used after the local's scope ends.
use genfn::generator;

#[generator(yield = usize)]
fn lengths() {
    let len;
    {
        let v = vec![1, 2, 3];
        len = || v.len();
        yield_!(len());
    }
    yield_!(len());
}

fn main() {}
