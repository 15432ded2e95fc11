// A macro can receive a kept-in-place local's name unrewritten (`a = ..`
// reads as a named argument) and bind it: it then names the user's own
// variable, never the state machine's pointer to the local.
use genfn::generator;

macro_rules! swap_names {
    ($p:ident = $q:ident = $x:expr) => {
        let (mut $p, mut $q) = ($q, $p);
    };
}

#[generator(yield = usize)]
fn swapped() {
    let a = vec![1usize];
    let b = vec![2usize];
    let ra = &a;
    let rb = &b;
    yield_!(0);
    let _ = (ra, rb);
    swap_names!(a = b = 0);
    let r = &a[0];
    yield_!(*r);
    for i in 0..100 {
        b.push(i);
    }
    yield_!(*r);
}

fn main() {
    let _ = swapped().count();
}
