// The reference a macro gets to a kept-in-place local lives for the whole
// statement: moving the local elsewhere in that statement conflicts with it.
use genfn::generator;

macro_rules! set {
    ($p:expr, $v:expr) => {
        $p = $v
    };
}

#[generator(yield = usize)]
fn same_statement() {
    let mut v = String::from("a");
    let r = &v;
    yield_!(0);
    let n = r.len();
    (drop(v), set!(*&mut v, String::from("bb")));
    yield_!(n + v.len());
}

fn main() {
    let _ = same_statement().count();
}
