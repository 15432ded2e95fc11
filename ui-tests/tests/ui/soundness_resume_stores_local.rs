// A resume value comes from the caller and outlives the generator: the body
// cannot store a reference to one of its locals into it.
use genfn::generator;
use std::cell::RefCell;

#[generator(yield = (), resume = &RefCell<Vec<&String>>)]
fn keep(_tag: &str) {
    let v = String::from("a");
    let keep = &v;
    let out = yield_!(());
    out.borrow_mut().push(keep);
}

fn main() {
    let out = RefCell::new(Vec::new());
    let mut g = keep("x");
    let _ = g.start();
    let _ = g.resume(&out);
}
