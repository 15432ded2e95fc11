// A closure (not `move`) that mentions a kept local borrows the whole local
// in a generator, even where Rust would borrow only the field it uses: the
// generator cannot tell a field of a struct from a field behind a reference.
// Workaround: borrow the field into its own local first
// (`let s0 = &s.0; let len = || s0.len();`).
use genfn::generator;

#[generator(yield = usize)]
fn fields() {
    let mut s = (vec![1, 2], 0usize);
    let len = || s.0.len();
    s.1 += 1;
    yield_!(len() + s.1);
    yield_!(len());
}

fn main() {}
