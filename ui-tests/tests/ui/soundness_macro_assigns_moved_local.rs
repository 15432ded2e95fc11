// A macro receives a kept-in-place local as a place, and may assign it: that
// drops the old value, so the local must hold one where the macro is used.
use genfn::generator;

macro_rules! set {
    ($p:expr, $v:expr) => {
        $p = $v
    };
}

#[generator(yield = usize)]
fn reassigned() {
    let mut v = vec![String::from("a")];
    let r = &v;
    yield_!(0);
    let n = r.len();
    let w = v;
    set!(v, vec![]);
    yield_!(n + w.len() + v.len());
}

fn main() {
    let _ = reassigned().count();
}
