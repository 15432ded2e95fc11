// A local closure named like the generator function: `walk(..)` calls the
// closure, so it is not a recursion and must not run this body in a frame.
use genfn::generator;

#[generator(yield = &'static u32)]
fn other(_x: &u32, _depth: u32) {}

#[generator(yield = &'a u32)]
fn walk<'a>(x: &'a u32, depth: u32) {
    if depth == 0 {
        yield_!(x);
        return;
    }
    let walk = |x, depth| other(x, depth);
    let local = Box::new(depth);
    yield_from!(walk(&local, depth - 1));
}

fn main() {
    let seven = 7;
    let _ = walk(&seven, 1).collect::<Vec<&u32>>();
}
