use genfn::generator;

#[generator(yield = u32)]
fn numbers() {
    let _fut = async {
        yield_!(1);
    };
}

fn main() {}
