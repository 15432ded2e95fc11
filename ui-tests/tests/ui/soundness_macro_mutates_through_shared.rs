// A macro that mutates a kept-in-place local without saying so in its tokens
// (`set!(v, ..)` expanding to `v = ..`) gets it as `&`: rejected. Write the
// mutation in the tokens: `set!(*&mut v, ..)`.
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
    set!(v, vec![]);
    yield_!(n + v.len());
}

fn main() {
    let _ = reassigned().count();
}
