// A macro receives a kept-in-place local through a reference (`&mut` here,
// as its tokens say `&mut v`), which the shadow checks like a borrow of the
// local: it must hold a value.
use genfn::generator;

macro_rules! set {
    ($p:expr, $v:expr) => {
        *$p = $v
    };
}

#[generator(yield = usize)]
fn reassigned() {
    let mut v = vec![String::from("a")];
    let r = &v;
    yield_!(0);
    let n = r.len();
    let w = v;
    set!(&mut v, vec![]);
    yield_!(n + w.len() + v.len());
}

fn main() {
    let _ = reassigned().count();
}
