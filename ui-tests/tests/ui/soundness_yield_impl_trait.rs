// An `impl Trait` yield type hides the reference, but it still leaves the body.
use genfn::generator;

#[generator(yield = impl std::fmt::Debug)]
fn names() {
    let v = String::from("a");
    let k = &v;
    yield_!(&v);
    yield_!(k);
}

fn main() {
    let first = names().next();
    println!("{first:?}");
}
