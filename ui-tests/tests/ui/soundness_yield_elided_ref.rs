// A yielded reference outlives the generator: it cannot point into one of
// its locals, whatever the lifetime written in `yield = ..` (here elided).
use genfn::generator;

struct Bag;

impl Bag {
    #[generator(yield = &String)]
    fn names(&self) {
        let v = String::from("a");
        let k = &v;
        yield_!(&v);
        yield_!(k);
    }
}

fn main() {
    let first = Bag.names().next();
    println!("{first:?}");
}
