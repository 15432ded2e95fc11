#![allow(dead_code)]
use genfn::generator;

#[generator(yield = u32)]
fn cfg_stmt() {
    #[cfg(any())]
    {
        yield_!(1);
    }
    yield_!(2);
}

#[generator(yield = u32)]
fn cfg_let() {
    #[cfg(any())]
    let x = 1;
    #[cfg(all())]
    let x = 2;
    yield_!(x);
}

#[generator(yield = u32)]
fn cfg_arm(n: u32) {
    match n {
        #[cfg(any())]
        0 => yield_!(100),
        0 => yield_!(0),
        #[cfg(all())]
        _ => yield_!(1),
    }
}

struct S {
    a: u32,
    #[cfg(any())]
    b: u32,
}

#[generator(yield = u32)]
fn cfg_field() {
    let s = S {
        a: yield_!(1).into_u32(),
        #[cfg(any())]
        b: 3,
    };
    yield_!(s.a);
}

trait U {
    fn into_u32(self) -> u32;
}
impl U for () {
    fn into_u32(self) -> u32 {
        5
    }
}

#[test]
fn all() {
    assert_eq!(cfg_stmt().collect::<Vec<_>>(), [2]);
    assert_eq!(cfg_let().collect::<Vec<_>>(), [2]);
    assert_eq!(cfg_arm(0).collect::<Vec<_>>(), [0]);
    assert_eq!(cfg_field().collect::<Vec<_>>(), [1, 5]);
}
