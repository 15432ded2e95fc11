// A generator holding a value that is not `Send` across a suspension point
// is not `Send`: spawning it on a multi-threaded executor is rejected, and
// the error points at the local that holds the value.
use genfn::generator;
use std::rc::Rc;

#[generator(yield = u32)]
async fn shared() {
    let counter = Rc::new(1);
    std::future::ready(()).await;
    yield_!(*counter);
}

fn spawn<T: Send + 'static>(_: T) {}

fn main() {
    spawn(shared());
}
