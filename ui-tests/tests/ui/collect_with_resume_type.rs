use genfn::generator;

#[generator(yield = u32, resume = u32)]
fn running_total() {
    let mut total = 0;
    loop {
        total += yield_!(total);
    }
}

fn main() {
    let _v: Vec<u32> = running_total().collect();
}
