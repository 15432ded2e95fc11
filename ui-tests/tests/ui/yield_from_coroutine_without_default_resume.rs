use genfn::{Coroutine, CoroutineState, generator};
use std::pin::Pin;

struct Echo;

impl<'a> Coroutine<&'a mut u32> for Echo {
    type Yield = u32;
    type Return = ();

    fn resume(self: Pin<&mut Self>, arg: &'a mut u32) -> CoroutineState<u32, ()> {
        CoroutineState::Yielded(*arg)
    }
}

#[generator(yield = u32, resume = &'static mut u32)]
fn delegates() {
    yield_from!(Echo);
}

fn main() {
    let _ = delegates();
}
