// `yield_!` inside an async block of the body would suspend the block, not
// the generator.
use genfn::generator;

#[generator(yield = u32)]
async fn numbers() {
    let block = async {
        yield_!(1);
    };
    block.await;
}

fn main() {
    let _ = numbers();
}
