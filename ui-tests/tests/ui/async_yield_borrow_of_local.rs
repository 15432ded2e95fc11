// A yielded value cannot borrow a local of an async generator either.
use genfn::generator;

#[generator(yield = &'static str)]
async fn names() {
    let owned = String::from("a");
    std::future::ready(()).await;
    yield_!(owned.as_str());
}

fn main() {
    let _ = names();
}
