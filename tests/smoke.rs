use genfn::{CoroutineState, generator};

#[generator(yield = u64)]
fn fib(n: usize) {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        yield_!(a);
        (a, b) = (b, a.wrapping_add(b));
    }
}

#[test]
fn fib_works() {
    let v: Vec<u64> = fib(10).collect();
    assert_eq!(v, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
}

#[generator(yield = u32, resume = u32, )]
fn acc() -> u32 {
    let mut total = 0;
    loop {
        let v = yield_!(total);
        if v == 0 {
            break;
        }
        total += v;
    }
    total
}

#[test]
fn send_works() {
    let mut g = acc();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    assert_eq!(g.resume(10), CoroutineState::Yielded(10));
    assert_eq!(g.resume(5), CoroutineState::Yielded(15));
    assert_eq!(g.resume(0), CoroutineState::Complete(15));
}
