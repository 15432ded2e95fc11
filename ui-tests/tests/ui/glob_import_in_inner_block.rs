use genfn::generator;

mod consts {
    pub const ONE: u32 = 1;
}

#[generator(yield = u32)]
fn ones(n: u32) {
    for _ in 0..n {
        use consts::*;
        yield_!(ONE);
    }
}

fn main() {}
