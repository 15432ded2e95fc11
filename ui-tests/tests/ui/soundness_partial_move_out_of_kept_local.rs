// A pattern that moves part of a kept-in-place local out is rejected: the
// local lives in a heap cell that drops it as a whole. Move the whole local
// first (`let (a, _) = { v };`) or clone the part.
use genfn::generator;

#[generator(yield = usize)]
fn parts() -> String {
    let v = (String::from("a"), String::from("b"));
    let r = &v;
    yield_!(r.0.len());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let (a, _) = v;
    a
}

fn main() {
    let _ = parts().count();
}
