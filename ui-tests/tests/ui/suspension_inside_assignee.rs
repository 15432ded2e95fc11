use genfn::generator;

// A suspension point inside the place an assignment assigns to: Rust
// evaluates the assignee after the value, which a generator cannot keep
// around a suspension point there. (One in the value works, destructuring
// assignees included: tests/real_code.rs.)
#[generator(yield = i32, resume = usize)]
fn set_at(v: &mut Vec<i32>) {
    v[yield_!(1)] = 5;
}

fn main() {
    let mut v = vec![0];
    let _ = set_at(&mut v);
}
