// In a trait impl, `Self::walk(..)` names an inherent method `walk` of the
// type first, not the trait method being defined. Compiled as a recursion on
// frames, the call would run this body (which yields `x`, a borrow of the
// caller's `local`) while the borrow checker saw the inherent method (whose
// yields borrow nothing): a use after free.
use genfn::generator;

struct Inherent;

impl Inherent {
    #[generator(yield = &'static u32)]
    fn walk(_x: &u32, _depth: u32) {}
}

trait Walk {
    fn walk<'a>(
        x: &'a u32,
        depth: u32,
    ) -> genfn::Gen<impl genfn::Body<Resume = (), Yield = &'a u32, Return = ()>>;
}

impl Walk for Inherent {
    #[generator(yield = &'a u32)]
    fn walk<'a>(x: &'a u32, depth: u32) {
        if depth == 0 {
            yield_!(x);
            return;
        }
        let local = Box::new(depth);
        yield_from!(Self::walk(&local, depth - 1));
    }
}

fn main() {
    let seven = 7;
    let _ = <Inherent as Walk>::walk(&seven, 1).collect::<Vec<&u32>>();
}
