// In an associated function, `walk(..)` names the free function `walk`, not
// the associated function being defined. Compiled as a recursion on frames,
// the call would run this body (which yields `x`, a borrow of the caller's
// `local`) while the borrow checker saw the free function (whose yields
// borrow nothing): a use after free.
use genfn::generator;

#[generator(yield = &'static u32)]
fn walk(_x: &u32, _depth: u32) {}

struct Assoc;

impl Assoc {
    #[generator(yield = &'a u32)]
    fn walk<'a>(x: &'a u32, depth: u32) {
        if depth == 0 {
            yield_!(x);
            return;
        }
        let local = Box::new(depth);
        yield_from!(walk(&local, depth - 1));
    }
}

fn main() {
    let seven = 7;
    let _ = Assoc::walk(&seven, 1).collect::<Vec<&u32>>();
}
