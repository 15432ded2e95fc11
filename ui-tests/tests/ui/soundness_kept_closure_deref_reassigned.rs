// A closure that reaches a kept reference only through a deref (`*k`) is
// made to borrow the variable `k` itself: Rust would capture only `*k` and
// let `k` be reassigned while the closure lives (the closure keeping the old
// target), which the generator, reading `k` when the closure runs, could not
// follow. So the reassignment is rejected.
use genfn::generator;

#[generator(yield = i32)]
fn values() {
    let (a, b) = (1, 2);
    let mut k = &a;
    let c = || *k;
    yield_!(c());
    k = &b;
    yield_!(c());
    yield_!(*k);
}

fn main() {}
