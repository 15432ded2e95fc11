//! Attributes inside a generator's body: `#[cfg]` and `#[cfg_attr]`
//! configure it as rustc configures a function's body, and other attributes
//! on statements, tails and arms compile and apply as in a function.

// A lint attribute that the state machine lost would make its lint an error
// here (and an `#[expect]` it could not fulfil).
#![deny(unused, unfulfilled_lint_expectations)]
// `cfg(all())` and `cfg(any())` are the predicates that always and never
// hold; `let x = yield_!(..)` with `resume = ()` is the case tested.
#![allow(clippy::non_minimal_cfg, clippy::let_unit_value)]

#[macro_use]
mod common;

use common::{Guard, Log, mark};
use genfn::{CoroutineState, gen_, generator};

// ---- `#[cfg]` ------------------------------------------------------------

// A statement with a suspension point that `cfg` removes does not run.
#[generator(yield = u32)]
fn cfg_removes_statements() {
    #[cfg(any())]
    {
        yield_!(1);
    }
    yield_!(2);
    #[cfg(all())]
    yield_!(3);
    #[cfg(any())]
    yield_!(4);
    #[cfg(any())]
    for i in 0..3 {
        yield_!(10 + i);
    }
}

#[test]
fn removed_statements_do_not_run() {
    assert_eq!(cfg_removes_statements().collect::<Vec<_>>(), [2, 3]);
}

// A removed `let` does not shadow: `x` is the one `cfg` keeps.
#[generator(yield = u32)]
fn cfg_lets() {
    #[cfg(any())]
    let x = 1;
    #[cfg(all())]
    let x = 2;
    yield_!(x);
    let y = x;
    #[cfg(any())]
    let y = yield_!(100);
    yield_!(y);
}

#[test]
fn removed_lets_do_not_shadow() {
    assert_eq!(cfg_lets().collect::<Vec<_>>(), [2, 2]);
}

// Real predicates, and nested `cfg_attr`s.
#[generator(yield = u32)]
fn predicates() {
    #[cfg(test)]
    yield_!(1);
    #[cfg(not(test))]
    yield_!(2);
    #[cfg(debug_assertions)]
    yield_!(3);
    #[cfg(not(debug_assertions))]
    yield_!(4);
    #[cfg_attr(all(), cfg_attr(test, cfg(any())))]
    yield_!(5);
    #[cfg_attr(any(), cfg(any()))]
    yield_!(6);
    #[cfg(all(test, any(not(test), debug_assertions)))]
    yield_!(7);
}

#[test]
fn predicates_are_rustc_s() {
    let mut want = vec![1, if cfg!(debug_assertions) { 3 } else { 4 }, 6];
    if cfg!(debug_assertions) {
        want.push(7);
    }
    assert_eq!(predicates().collect::<Vec<_>>(), want);
}

// Arms of a match that suspends.
#[generator(yield = u32)]
fn cfg_arms(n: u32) {
    match n {
        #[cfg(any())]
        0 => yield_!(100),
        0 => {
            yield_!(0);
        }
        #[cfg(all())]
        1 => yield_!(1),
        _ => yield_!(2),
    }
}

#[test]
fn removed_arms_do_not_match() {
    assert_eq!(cfg_arms(0).collect::<Vec<_>>(), [0]);
    assert_eq!(cfg_arms(1).collect::<Vec<_>>(), [1]);
    assert_eq!(cfg_arms(5).collect::<Vec<_>>(), [2]);
}

struct Pair {
    a: u32,
    #[cfg(any())]
    b: u32,
}

fn sum(a: u32, b: u32) -> u32 {
    a + b
}

// Fields of struct expressions and patterns, call arguments, tuple
// elements, closure and function parameters.
#[generator(yield = u32, resume = u32)]
fn cfg_operands(#[cfg(any())] unused: u32, n: u32) {
    let p = Pair {
        a: yield_!(n),
        #[cfg(any())]
        b: yield_!(100),
    };
    let Pair {
        a,
        #[cfg(any())]
        b,
    } = p;
    let s = sum(
        #[cfg(any())]
        yield_!(101),
        a,
        yield_!(a + 1),
    );
    yield_!(s);
    let t = (
        #[cfg(any())]
        yield_!(102),
        yield_!(a + 2),
    );
    let (one,) = t;
    let f = |#[cfg(any())] x: u32, y: u32| y * 10;
    yield_!(f(one));
}

#[test]
fn removed_operands_are_not_evaluated() {
    let mut g = cfg_operands(5);
    assert_eq!(g.start(), CoroutineState::Yielded(5));
    assert_eq!(g.resume(7), CoroutineState::Yielded(8)); // a + 1
    assert_eq!(g.resume(1), CoroutineState::Yielded(8)); // sum(a, 1)
    assert_eq!(g.resume(0), CoroutineState::Yielded(9)); // a + 2
    assert_eq!(g.resume(4), CoroutineState::Yielded(40));
    assert_eq!(g.resume(0), CoroutineState::Complete(()));
}

// A tail that `cfg` removes: the other one is the value.
#[generator(yield = u32)]
fn cfg_tails() -> u32 {
    yield_!(1);
    let v = {
        yield_!(2);
        #[cfg(any())]
        {
            30
        }
        #[cfg(all())]
        {
            40
        }
    };
    #[cfg(any())]
    {
        v + 1000
    }
    #[cfg(all())]
    {
        v + 1
    }
}

#[test]
fn removed_tails_are_not_the_value() {
    let mut g = cfg_tails();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(g.take_return(), Some(41));
}

// A mention that `cfg` removes does not keep a local: `g` is dropped at
// the yield, as if the statement were not there.
#[generator(yield = u32)]
fn cfg_mention() {
    let g = Guard::new("g");
    g.touch();
    yield_!(1);
    #[cfg(any())]
    g.touch();
    mark("end");
}

#[test]
fn removed_mentions_do_not_keep_locals() {
    let log = Log::fresh();
    let mut g = cfg_mention();
    assert_eq!(g.next(), Some(1));
    check!(log, ["new g", "touch g", "drop g"]);
    assert_eq!(g.next(), None);
    check!(log, ["end"]);
}

// The only `cfg` is inside a closure: the closure does not mention `_g`,
// which is then kept to the end of its scope (not dropped at the yield as a
// local mentioned before it and not after).
#[generator(yield = u32)]
fn cfg_in_closure() {
    let _g = Guard::new("g");
    let c = move || {
        #[cfg(any())]
        drop(_g);
        1
    };
    yield_!(c());
    mark("end");
}

// The only `cfg` is inside a nested function, which rustc configures where
// the expansion puts it.
#[generator(yield = u32)]
fn cfg_in_nested_fn() {
    fn helper() -> u32 {
        #[cfg(any())]
        return 100;
        #[cfg(all())]
        return 3;
    }
    yield_!(helper());
    {
        fn inner() -> u32 {
            #[cfg(any())]
            return 200;
            4
        }
        yield_!(inner());
    }
}

#[test]
fn cfg_in_closures_and_nested_fns() {
    let log = Log::fresh();
    let mut g = cfg_in_closure();
    assert_eq!(g.next(), Some(1));
    check!(log, ["new g"]);
    assert_eq!(g.next(), None);
    check!(log, ["end", "drop g"]);
    assert_eq!(cfg_in_nested_fn().collect::<Vec<_>>(), [3, 4]);
}

// Methods, inherent and of a trait impl; `crate = genfn` goes through the
// same path.
struct Counter(u32);

impl Counter {
    #[generator(yield = u32)]
    fn counts(&self) {
        #[cfg(any())]
        let n = 0;
        #[cfg(all())]
        let n = self.0;
        for i in 0..n {
            #[cfg(any())]
            yield_!(100);
            yield_!(i);
        }
    }
}

trait Counts {
    fn counts_down(&self) -> impl Iterator<Item = u32>;
}

impl Counts for Counter {
    #[generator(yield = u32, crate = genfn)]
    fn counts_down(&self) {
        let mut n = self.0;
        while n > 0 {
            n -= 1;
            #[cfg_attr(not(test), cfg(any()))]
            yield_!(n);
        }
    }
}

#[test]
fn methods() {
    assert_eq!(Counter(3).counts().collect::<Vec<_>>(), [0, 1, 2]);
    assert_eq!(Counter(3).counts_down().collect::<Vec<_>>(), [2, 1, 0]);
}

// A recursive generator is the same function on both calls: its frames
// run the configured body.
#[generator(yield = u32)]
fn countdown(n: u32) {
    #[cfg(any())]
    yield_!(1000);
    if n > 0 {
        #[cfg(test)]
        yield_!(n);
        yield_from!(countdown(n - 1));
    }
}

#[test]
fn recursion() {
    assert_eq!(countdown(3).collect::<Vec<_>>(), [3, 2, 1]);
}

// `gen_!{}` too.
#[test]
fn inline_generators() {
    let g = gen_! {
        #[cfg(any())]
        yield 1;
        #[cfg(test)]
        yield 2;
        #[cfg(any())]
        let x = 10;
        #[cfg(all())]
        let x = 3;
        yield x;
        #[cfg_attr(all(), cfg(not(test)))]
        yield 4;
    };
    assert_eq!(g.collect::<Vec<_>>(), [2, 3]);
    let v = 5;
    let g = gen_!(move {
        #[cfg(not(test))]
        yield 0;
        yield v;
    });
    assert_eq!(g.collect::<Vec<_>>(), [5]);
}

// ---- `#[cfg_attr]` and other attributes -----------------------------------

#[must_use]
fn must(n: u32) -> u32 {
    n
}

fn plain(n: u32) -> u32 {
    n
}

// A tail with attributes, in a block and as the body's value.
#[generator(yield = u32)]
fn tail_attrs() -> u32 {
    let v = {
        yield_!(1);
        #[allow(unused_parens)]
        (7)
    };
    let w = {
        yield_!(2);
        #[cfg_attr(all(), allow(unused_parens))]
        (v + 1)
    };
    yield_!(w);
    #[allow(unused_parens)]
    (w + 1)
}

#[generator(yield = u32)]
fn tail_block_with_inner_attrs() -> u32 {
    yield_!(1);
    {
        #![allow(unused_parens)]
        (8)
    }
}

// A tail with attributes returned as an `impl Trait`.
#[generator(yield = u32)]
fn tail_attrs_impl_trait() -> impl Fn(u32) -> u32 {
    yield_!(1);
    #[allow(unused_parens)]
    (|x| x + 1)
}

#[test]
fn tails_with_attributes() {
    let mut g = tail_attrs_impl_trait();
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return().map(|f| f(1)), Some(2));
    let mut g = tail_attrs();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2, 8]);
    assert_eq!(g.take_return(), Some(9));
    let mut g = tail_block_with_inner_attrs();
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.resume(()), CoroutineState::Complete(8));
}

// The body's inner attributes are the function's.
#[generator(yield = u32)]
fn body_inner_attrs() {
    #![allow(unused_variables)]
    let unused = 1;
    yield_!(1);
}

// Attributes on statements of a suspending block.
#[generator(yield = u32)]
fn statement_attrs(o: Option<u32>) -> Option<u32> {
    {
        #![allow(unused_parens)]
        let a = (1);
        yield_!(a);
    }
    #[allow(unused_variables)]
    let unused = yield_!(2);
    #[allow(unused_mut)]
    let mut y = 3;
    yield_!(y);
    #[allow(unused_must_use)]
    must(yield_!(4).into_u32());
    #[allow(unused_must_use)]
    must(o?);
    #[rustfmt::skip]
    plain(o?);
    #[cfg_attr(all(), allow(unused_must_use))]
    must(5);
    yield_!(5);
    Some(6)
}

trait IntoU32 {
    fn into_u32(self) -> u32;
}

impl IntoU32 for () {
    fn into_u32(self) -> u32 {
        0
    }
}

#[test]
fn statements_with_attributes() {
    let mut g = statement_attrs(Some(1));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    assert_eq!(g.take_return(), Some(Some(6)));
    let mut g = statement_attrs(None);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(g.take_return(), Some(None));
    assert_eq!(body_inner_attrs().count(), 1);
}

unsafe fn nothing() {}

#[generator(yield = u32)]
fn statement_attrs_in_unsafe() {
    unsafe {
        yield_!(1);
        #[rustfmt::skip]
        nothing();
        #[allow(unused_must_use)]
        must(2);
        yield_!(2);
    }
}

// Arm attributes stay on the arm.
#[generator(yield = u32)]
fn arm_attrs(n: u32) {
    match n {
        0 => yield_!(0),
        #[allow(unreachable_patterns)]
        0 => yield_!(5),
        #[rustfmt::skip]
        _ => { yield_!(1) }
    }
}

#[test]
fn arms_and_unsafe_blocks_with_attributes() {
    assert_eq!(statement_attrs_in_unsafe().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(arm_attrs(0).collect::<Vec<_>>(), [0]);
    assert_eq!(arm_attrs(3).collect::<Vec<_>>(), [1]);
}

// The `#[allow]`s of a control-flow construct that the generator splits
// apart apply to the statements inside it.
#[generator(yield = u32)]
fn split_constructs(v: Vec<u32>) {
    #[allow(unused_must_use)]
    for x in v {
        must(x);
        yield_!(x);
    }
    {
        #![allow(unused_must_use)]
        must(1);
        yield_!(10);
    }
    #[expect(unused_must_use)]
    if true {
        must(2);
        yield_!(20);
    }
}

// `forbid` in the body is checked on the body as written, and does not
// clash with the lints the state machine allows in the code it adds.
#[generator(yield = u32)]
fn forbid_in_body() {
    #[forbid(unused_mut)]
    let y = 1;
    yield_!(y);
}

#[test]
fn lint_levels_of_split_constructs() {
    assert_eq!(
        split_constructs(vec![1, 2]).collect::<Vec<_>>(),
        [1, 2, 10, 20]
    );
    assert_eq!(forbid_in_body().collect::<Vec<_>>(), [1]);
}

// An expectation is fulfilled (or not) as in a function.
#[generator(yield = u32)]
fn expectations() {
    #[expect(unused_variables)]
    let z = yield_!(1);
    #[expect(unused_mut)]
    let mut x = 2;
    yield_!(x);
    #[rustfmt::skip]
    let w = 3;
    yield_!(w);
}

#[test]
fn expectations_are_checked_once() {
    assert_eq!(expectations().collect::<Vec<_>>(), [1, 2, 3]);
}

// ---- lint levels raised inside the body --------------------------------

// The code the state machine adds (a local taken back from its slot as
// `let mut`, possibly unused) stays quiet under lint levels the user raises
// around suspending code; the user's own code is still checked (by the
// file's `deny(unused)`).
#[generator(yield = u32)]
#[deny(unused_mut, unused_variables, unused_assignments)]
fn raised_lint_levels(v: Vec<u32>) {
    let x = 1;
    #[deny(unused_mut, unused_variables, unused_assignments)]
    {
        yield_!(x);
        let y = x + 1;
        yield_!(y);
    }
    #[deny(unused_mut, unused_variables, unused_assignments)]
    let z = {
        yield_!(x);
        let w;
        if x > 2 {
            w = 3;
            yield_!(w)
        } else {
            w = 4
        };
        w
    };
    yield_!(z);
    #[warn(unused_mut)]
    for e in &v {
        #[deny(unused_variables)]
        match e {
            1 => yield_!(*e),
            _ => {
                let q = 30;
                yield_!(q);
            }
        }
    }
}

#[test]
fn raised_lint_levels_run() {
    assert_eq!(
        raised_lint_levels(vec![1, 2]).collect::<Vec<_>>(),
        [1, 2, 1, 4, 1, 30]
    );
}
