use genfn::generator;

#[generator(yield = &'static str)]
fn names() {
    let s = String::from("hello");
    yield_!(&s);
}

fn main() {}
