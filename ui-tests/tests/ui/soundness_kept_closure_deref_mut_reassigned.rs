// The `&mut` flavour: the closure extends the vector behind `k`; reassigning
// `k` while it lives would make it extend the other vector, under a borrow
// of it (`r`).
use genfn::generator;

#[generator(yield = u64)]
fn lengths() {
    let mut a = vec![1u64];
    let mut b = vec![2u64];
    {
        let mut k = &mut a;
        let mut c = || k.extend(0..1000);
        c();
        yield_!(0);
        k = &mut b;
        let r = &k[0];
        c();
        yield_!(*r);
    }
    yield_!(a.len() as u64);
    yield_!(b.len() as u64);
}

#[generator(yield = i32)]
fn counters() {
    let mut a = 1;
    let mut b = 10;
    {
        let mut k = &mut a;
        let mut c = || *k += 1;
        c();
        yield_!(0);
        k = &mut b;
        let r = &mut *k;
        c();
        *r += 100;
        yield_!(*k);
    }
    yield_!(a);
    yield_!(b);
}

fn main() {}
