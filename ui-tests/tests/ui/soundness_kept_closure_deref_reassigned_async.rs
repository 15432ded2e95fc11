// The same in an `async fn` generator, the closure kept across an `.await`,
// and for a non-`move` `async` block.
use genfn::generator;

async fn tick() {}

#[generator(yield = u64)]
async fn lengths() {
    let mut a = vec![1u64];
    let mut b = vec![2u64];
    {
        let mut k = &mut a;
        let mut c = || k.extend(0..1000);
        c();
        tick().await;
        yield_!(0);
        k = &mut b;
        let r = &k[0];
        c();
        tick().await;
        yield_!(*r);
    }
    yield_!(a.len() as u64);
}

#[generator(yield = usize)]
async fn block() {
    let (a, b) = (vec![1], vec![2, 3]);
    let mut k = &a;
    let f = async { k.len() };
    tick().await;
    k = &b;
    yield_!(f.await + k.len());
}

fn main() {}
