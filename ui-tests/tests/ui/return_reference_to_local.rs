use genfn::generator;

#[generator(yield = u32)]
fn numbers() -> &'static str {
    let s = String::from("hello");
    yield_!(1);
    &s
}

fn main() {}
