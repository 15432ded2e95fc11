// A statement macro that receives a kept-in-place local's name where it
// could declare a new local of that name (`redecl!(v = ..)` expanding to
// `let mut v = ..;`) is rejected: later mentions of `v` would name the new
// local in Rust, the kept one in the state machine.
use genfn::generator;

macro_rules! redecl {
    ($n:ident = $e:expr) => {
        let mut $n = $e;
    };
}

#[generator(yield = i32)]
fn redeclared() {
    let v = vec![1, 2, 3];
    let r = &v[0];
    yield_!(0);
    redecl!(v = Vec::<i32>::new());
    for i in 0..100 {
        v.push(i);
    }
    yield_!(*r);
    yield_!(v.len() as i32);
}

fn main() {
    let _ = redeclared().count();
}
