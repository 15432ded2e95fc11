use genfn::generator;

async fn fetch() -> u32 {
    1
}

#[generator(yield = u32)]
fn numbers() {
    let n = fetch().await;
    yield_!(n);
}

fn main() {}
