// A kept-in-place local given to a macro is passed as a place expression,
// which a matcher for an identifier does not accept: the error points at the
// local's name in the invocation.
use genfn::generator;

macro_rules! first {
    ($v:ident) => {
        $v[0]
    };
}

#[generator(yield = ())]
fn f(v: Vec<u8>) -> u8 {
    let it = v.iter();
    yield_!(());
    let n = it.count() as u8;
    first!(v) + n
}

fn main() {
    let _ = f(vec![1]);
}
