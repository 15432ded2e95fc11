#![allow(dead_code)]
#![deny(warnings)]
use genfn::generator;

fn f(x: u32) -> u32 {
    x
}
unsafe fn u() {}
#[must_use]
fn m(x: u32) -> u32 {
    x
}

#[generator(yield = u32)]
fn tail_in_block() -> u32 {
    let v = {
        yield_!(1);
        #[allow(unused_parens)]
        (7)
    };
    v
}

#[generator(yield = u32)]
fn tail_of_body() -> u32 {
    yield_!(1);
    #[allow(unused_parens)]
    (7)
}

#[generator(yield = u32)]
fn tail_block_inner() -> u32 {
    yield_!(1);
    {
        #![allow(unused_parens)]
        (8)
    }
}

#[generator(yield = u32)]
fn body_inner_attrs() {
    #![allow(unused_variables)]
    let a = 1;
    yield_!(1);
}

#[generator(yield = u32)]
fn block_inner_attrs() {
    {
        #![allow(unused_parens)]
        let a = (1);
        yield_!(a);
    }
}

#[generator(yield = u32)]
fn stmt_suspending() {
    #[allow(unused_must_use)]
    m(yield_!(1).into_u32());
}

#[generator(yield = u32)]
fn stmt_with_question(o: Option<u32>) -> Option<u32> {
    yield_!(1);
    #[allow(unused_must_use)]
    m(o?);
    #[rustfmt::skip]
    f(o?);
    None
}

#[generator(yield = u32)]
fn stmt_in_unsafe() {
    unsafe {
        yield_!(1);
        #[rustfmt::skip]
        u();
        #[allow(unused_must_use)]
        m(2);
    }
}

#[generator(yield = u32)]
fn arm_attr(n: u32) {
    match n {
        0 => yield_!(0),
        #[allow(unreachable_patterns)]
        0 => yield_!(5),
        _ => yield_!(1),
    }
}

#[generator(yield = u32)]
fn expect_let() {
    #[expect(unused_variables)]
    let z = yield_!(1);
    #[rustfmt::skip]
    let w = 1;
    yield_!(w);
}

#[generator(yield = u32)]
fn expect_mut() {
    #[expect(unused_mut)]
    let mut x = 1;
    yield_!(x);
}

trait U {
    fn into_u32(self) -> u32;
}
impl U for () {
    fn into_u32(self) -> u32 {
        5
    }
}
