use genfn::generator;

fn pair() -> (String, String) {
    ("ab".into(), "c".into())
}

// `ref a` borrows the temporary across the yield, so the generator keeps it
// in place; `b` cannot move out of it there.
#[generator(yield = usize)]
fn lengths() {
    match pair() {
        (ref a, b) => {
            yield_!(a.len());
            drop(b);
        }
    }
}

fn main() {}
