// A local closure named like the generator function, returning an inline
// generator (whose type is not opaque): `walk(..)` calls the closure, so it
// is not a recursion and must not run this body in a frame.
use genfn::generator;

static SEVEN: u32 = 7;

#[generator(yield = &'a u32)]
fn walk<'a>(x: &'a u32, depth: u32) {
    if depth == 0 {
        yield_!(x);
        return;
    }
    let walk = |_: &u32, _: u32| genfn::gen_! { yield &SEVEN; };
    let local = Box::new(depth);
    yield_from!(walk(&local, depth - 1));
}

fn main() {
    let seven = 7;
    let _ = walk(&seven, 1).collect::<Vec<&u32>>();
}
