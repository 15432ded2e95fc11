// A tuple pattern moves a local field by field (the fields can then be
// assigned again one by one): out of a kept-in-place local it is rejected.
// Move the whole local first: `let (a, b) = { v };`.
use genfn::generator;

#[generator(yield = usize)]
fn fields() {
    let mut v = (String::from("a"), String::from("bb"));
    let r = &v;
    yield_!(0);
    let n = r.0.len();
    let (a, b) = v;
    v.0 = String::from("ccc");
    v.1 = String::from("dddd");
    yield_!(n + a.len() + b.len() + v.0.len());
}

fn main() {
    let _ = fields().count();
}
