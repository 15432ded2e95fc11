use genfn::generator;

#[generator(yield = u32)]
fn numbers() -> std::slice::Iter<'static, u32> {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(0);
    it
}

fn main() {}
