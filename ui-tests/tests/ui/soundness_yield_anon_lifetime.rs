// The same with `'_`, through a local that borrows another one.
use genfn::generator;

#[generator(yield = &'_ String)]
fn names(_tag: &str) {
    let v = String::from("a");
    let k = &v;
    yield_!(&v);
    yield_!(k);
}

fn main() {
    let first = names("x").next();
    println!("{first:?}");
}
