// A macro may build a `move` closure from its tokens. A kept-in-place local
// among them is reached through a reference made for the invocation, so the
// closure cannot leave it: bind what the closure needs first
// (`let n = v.len(); deferred!(n)`).
use genfn::generator;

macro_rules! deferred {
    ($e:expr) => {
        move || $e
    };
}

#[generator(yield = Box<dyn Fn() -> usize>)]
fn closures() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(Box::new(|| 0));
    let _ = it.count();
    yield_!(Box::new(deferred!(v.len())));
}

fn main() {
    let mut g = closures();
    let _ = g.next();
    let f = g.next().unwrap();
    drop(g);
    println!("{}", f());
}
