use genfn::generator;

#[generator(yield = u8)]
fn numbers() {
    println!("{}", yield_!(1));
}

fn main() {}
