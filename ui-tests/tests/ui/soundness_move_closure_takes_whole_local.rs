// A `move` closure that names a field of a kept-in-place local takes the
// whole local (Rust would take the field alone): the rest cannot be used
// afterwards.
use genfn::generator;

#[generator(yield = usize)]
fn fields() {
    let v = (String::from("a"), String::from("b"));
    let r = &v;
    yield_!(r.0.len());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let c = move || v.0.len();
    yield_!(c());
    yield_!(v.1.len());
}

fn main() {
    let _ = fields().count();
}
