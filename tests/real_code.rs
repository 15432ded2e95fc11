//! Shapes of real code (from copies of real crates' functions turned into
//! generators) that genfn once rejected or ran wrongly, each as the smallest
//! body that showed it, run and compared with what the plain function does.

use genfn::generator;

#[macro_use]
mod common;
use common::{Guard, Log};

// A local that borrows from either of two parameters has a lifetime shorter
// than both: kept in the generator, it needs a lifetime the returned
// `impl Body` may capture (E0700 before).
#[generator(yield = u32)]
fn larger_of_named<'a, 'b>(a: &'a u32, b: &'b u32) {
    let m = if *a > *b { a } else { b };
    yield_!(*m);
    yield_!(*m + 1);
}

#[generator(yield = u32)]
fn larger_of_elided(a: &u32, b: &u32) -> u32 {
    let m = if *a > *b { a } else { b };
    yield_!(*m);
    *m * 10
}

fn pick<'t>(a: &'t str, b: &'t str) -> &'t str {
    if a.len() >= b.len() { a } else { b }
}

#[generator(yield = usize)]
fn longer_of_placeholders(a: &'_ str, b: std::borrow::Cow<'_, str>) {
    let m = pick(a, &b);
    yield_!(m.len());
    yield_!(m.len() + 1);
}

struct Named<'x> {
    first: &'x str,
}

impl<'x> Named<'x> {
    #[generator(yield = usize)]
    fn longer(&self, other: &str) {
        let m = if other.len() > self.first.len() {
            other
        } else {
            self.first
        };
        yield_!(m.len());
        yield_!(m.len() * 2);
    }
}

#[test]
fn a_borrow_of_either_of_two_parameters_is_kept_across_yields() {
    let (x, y) = (3, 7);
    assert_eq!(larger_of_named(&x, &y).collect::<Vec<_>>(), [7, 8]);
    let mut g = larger_of_elided(&y, &x);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [7]);
    assert_eq!(g.take_return(), Some(70));
    let owned = String::from("four");
    assert_eq!(
        longer_of_placeholders("ab", std::borrow::Cow::Borrowed(&owned)).collect::<Vec<_>>(),
        [4, 5]
    );
    let n = Named { first: "abc" };
    let other = String::from("abcdef");
    assert_eq!(n.longer(&other).collect::<Vec<_>>(), [6, 12]);
    assert_eq!(n.longer("a").collect::<Vec<_>>(), [3, 6]);
}

// The declared return type tells rustc a returned closure's signature
// before it checks the closure (E0282 on `|x| *x + k` before).
#[generator(yield = ())]
fn adder(k: u64) -> impl Fn(&usize) -> u64 {
    yield_!(());
    move |x| *x as u64 + k
}

#[generator(yield = ())]
fn words<'a>(s: &'a str) -> Result<impl Iterator<Item = &'a str> + 'a, String> {
    yield_!(());
    if s.is_empty() {
        return Err("empty".to_string());
    }
    Ok(s.split(' ').filter(|w| !w.is_empty()))
}

struct OnDrop<T, F: FnMut(&mut T)> {
    value: T,
    action: F,
}

impl<T, F: FnMut(&mut T)> Drop for OnDrop<T, F> {
    fn drop(&mut self) {
        (self.action)(&mut self.value);
    }
}

#[generator(yield = u32)]
fn guarded(log: &std::cell::RefCell<Vec<u32>>) -> OnDrop<u32, impl FnMut(&mut u32) + '_> {
    yield_!(1);
    OnDrop {
        value: 7,
        action: |v| log.borrow_mut().push(*v),
    }
}

struct Bag<T> {
    items: Vec<T>,
}

impl<T: PartialEq + Clone> Bag<T> {
    #[generator(yield = usize)]
    fn contains_any(&self) -> impl Fn(&[T]) -> bool + '_ {
        yield_!(self.items.len());
        move |xs| xs.iter().any(|x| self.items.contains(x))
    }
}

// winnow's `expression`: the type around the `impl Trait` requires bounds
// of its arguments, which the function's `where` clause gives (E0277
// "the trait bound `__GenfnA0: Stream` is not satisfied" before).
trait Stream {
    fn first(&self) -> u8;
}

impl Stream for Vec<u8> {
    fn first(&self) -> u8 {
        self[0]
    }
}

trait Parser<I> {
    fn parse(&self, input: &I) -> u8;
}

impl<I, F: Fn(&I) -> u8> Parser<I> for F {
    fn parse(&self, input: &I) -> u8 {
        self(input)
    }
}

struct Expression<I: Stream, P: Parser<I>, Q: Parser<I>> {
    operand: P,
    prefix: Q,
    marker: std::marker::PhantomData<I>,
}

#[generator(yield = ())]
fn expression<I, P>(operand: P) -> Expression<I, P, impl Parser<I>>
where
    I: Stream,
    P: Parser<I>,
{
    yield_!(());
    Expression {
        operand,
        prefix: |i: &I| i.first() + 1,
        marker: std::marker::PhantomData,
    }
}

#[test]
fn the_type_around_an_impl_trait_requires_the_where_clause() {
    let mut g = expression::<Vec<u8>, _>(|i: &Vec<u8>| i.first());
    assert_eq!(g.by_ref().count(), 1);
    let e = g.take_return().unwrap();
    assert_eq!(
        (e.operand.parse(&vec![4]), e.prefix.parse(&vec![4])),
        (4, 5)
    );
}

#[test]
fn a_returned_closure_gets_its_signature_from_the_declared_type() {
    let mut g = adder(10);
    assert_eq!(g.by_ref().count(), 1);
    let f = g.take_return().unwrap();
    assert_eq!(f(&5), 15);

    let mut g = words("a  b c");
    assert_eq!(g.by_ref().count(), 1);
    let w: Vec<&str> = g.take_return().unwrap().unwrap().collect();
    assert_eq!(w, ["a", "b", "c"]);
    let mut g = words("");
    g.by_ref().for_each(drop);
    assert!(matches!(g.take_return(), Some(Err(e)) if e == "empty"));

    let log = std::cell::RefCell::new(Vec::new());
    let mut g = guarded(&log);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1]);
    drop(g.take_return());
    assert_eq!(*log.borrow(), [7]);

    let bag = Bag { items: vec![2, 4] };
    let mut g = bag.contains_any();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2]);
    let f = g.take_return().unwrap();
    assert!(f(&[1, 4]));
    assert!(!f(&[1, 3]));
}

// `yield_from!` of a `Coroutine` that is not a genfn generator: resumed
// with `Default::default()` first (the trait's contract is that the first
// value is dropped), then with every value the delegating generator gets.
struct Summer {
    total: i32,
    left: u32,
}

impl genfn::Coroutine<i32> for Summer {
    type Yield = i32;
    type Return = &'static str;

    fn resume(
        mut self: std::pin::Pin<&mut Self>,
        arg: i32,
    ) -> genfn::CoroutineState<i32, &'static str> {
        self.total += arg;
        if self.left == 0 {
            return genfn::CoroutineState::Complete("summed");
        }
        self.left -= 1;
        genfn::CoroutineState::Yielded(self.total)
    }
}

#[generator(yield = i32, resume = i32)]
fn delegates_to_a_coroutine() -> String {
    let done = yield_from!(Summer {
        total: 100,
        left: 2
    });
    let last = yield_!(-1);
    format!("{done} {last}")
}

#[test]
fn yield_from_a_foreign_coroutine_forwards_resume_values() {
    use genfn::{Coroutine, CoroutineState};
    let mut g = delegates_to_a_coroutine();
    let mut g = std::pin::Pin::new(&mut g);
    assert_eq!(g.as_mut().resume(0), CoroutineState::Yielded(100));
    assert_eq!(g.as_mut().resume(5), CoroutineState::Yielded(105));
    assert_eq!(g.as_mut().resume(7), CoroutineState::Yielded(-1));
    assert_eq!(
        g.as_mut().resume(9),
        CoroutineState::Complete("summed 9".to_string())
    );
}

// A cloneable generator may delegate to an iterable.
#[generator(yield = u8, clone)]
fn delegates_to_a_vec() {
    yield_from!(vec![1u8, 2, 3]);
    yield_!(4);
}

#[test]
fn a_cloneable_generator_delegates_to_an_iterable() {
    let mut g = delegates_to_a_vec();
    assert_eq!(g.next(), Some(1));
    let copy = g.clone();
    assert_eq!(g.collect::<Vec<_>>(), [2, 3, 4]);
    assert_eq!(copy.collect::<Vec<_>>(), [2, 3, 4]);
}

// A `break` out of a lowered loop from inside a loop of the user's code
// (which stays code) drops the inner loop's locals first, then those of
// the scopes it leaves (differential seed 71, body 8899).
#[generator(yield = u32)]
fn break_from_a_nested_loop(stop_in_match: bool) {
    'outer: for i in 0..2 {
        yield_!(i);
        let _a = Guard::new("a");
        for _ in 0..2 {
            let _b = Guard::new("b");
            if stop_in_match {
                match Some(Guard::new("scrutinee")) {
                    Some(g) if g.name() == "scrutinee" => break 'outer,
                    _ => {}
                }
            } else if i < 5 {
                break 'outer;
            }
        }
    }
}

#[test]
fn a_break_from_inside_user_loops_drops_innermost_first() {
    let log = Log::fresh();
    assert_eq!(break_from_a_nested_loop(false).collect::<Vec<_>>(), [0]);
    check!(log, ["new a", "new b", "drop b", "drop a"]);
    assert_eq!(break_from_a_nested_loop(true).collect::<Vec<_>>(), [0]);
    check!(
        log,
        [
            "new a",
            "new b",
            "new scrutinee",
            "drop scrutinee",
            "drop b",
            "drop a"
        ]
    );
}

// `_ = v` and `let _ = v` in a later operand neither move nor write `v`:
// the receiver stays a place (differential seed 71, body 1515: E0382).
#[generator(yield = usize)]
fn receiver_read_by_a_later_operand() -> Vec<i64> {
    let mut v = vec![1, 4];
    v.push({
        _ = v;
        let _ = v;
        yield_!(v.len());
        7
    });
    v
}

#[test]
fn a_receiver_kept_as_a_place_while_an_operand_suspends() {
    let mut g = receiver_read_by_a_later_operand();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2]);
    assert_eq!(g.take_return(), Some(vec![1, 4, 7]));
}

// Pointer and integer methods that take their receiver by value do not keep
// it in place (a kept local cannot be cloned: `clone` would be an error).
#[generator(yield = u8, clone)]
fn walk_bytes(bytes: &'static [u8]) {
    let mut p = bytes.as_ptr();
    let end = p.wrapping_add(bytes.len());
    while p < end {
        // SAFETY: `p` is inside `bytes` until it reaches `end`.
        yield_!(unsafe { *p });
        p = unsafe { p.add(1) };
        let n = (bytes.len() as u32).checked_add(1).unwrap_or(0);
        yield_!(n.rotate_left(0) as u8);
    }
}

#[test]
fn methods_by_value_keep_nothing_in_place() {
    let mut g = walk_bytes(b"ab");
    assert_eq!(g.next(), Some(b'a'));
    let copy = g.clone();
    assert_eq!(g.collect::<Vec<_>>(), [3, b'b', 3]);
    assert_eq!(copy.collect::<Vec<_>>(), [3, b'b', 3]);
}

// A kept-in-place local read where a coercion is expected (`&mut T` to
// `&T`, unsizing) coerces as in Rust (E0308 naming `kept_read` before).
#[allow(clippy::ptr_arg)] // the point: &mut Vec<u8> coerced to &Vec<u8>
fn count_of(v: &Vec<u8>) -> usize {
    v.len()
}

#[generator(yield = usize)]
fn kept_local_coerced(v: &mut Vec<u8>) -> usize {
    let it = v.iter();
    yield_!(it.count());
    count_of(v)
}

#[generator(yield = usize)]
fn kept_box_unsized() -> String {
    let b = Box::new(5u32);
    let r = &b;
    yield_!(**r as usize);
    let d: Box<dyn std::fmt::Debug> = b;
    format!("{d:?}")
}

#[test]
fn a_kept_local_coerces_where_it_is_read() {
    let mut v = vec![1, 2, 3];
    let mut g = kept_local_coerced(&mut v);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(g.take_return(), Some(3));
    let mut g = kept_box_unsized();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [5]);
    assert_eq!(g.take_return().as_deref(), Some("5"));
}

// A borrow of a value of a type parameter kept across a yield (E0310 "`T`
// may not live long enough" before: it needed `T: 'static`).
#[generator(yield = usize)]
fn length_of<T: AsRef<str>>(t: T) -> usize {
    let s = t.as_ref();
    yield_!(s.len());
    s.len() * 2
}

#[test]
fn a_borrow_of_a_generic_value_is_kept_across_yields() {
    let owned = String::from("abc");
    let mut g = length_of(&owned);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(g.take_return(), Some(6));
    let mut g = length_of(String::from("abcd"));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [4]);
    assert_eq!(g.take_return(), Some(8));
}

// A receiver that is a field stays a place when a later operand that
// suspends borrows another field of the same local mutably (E0507 "cannot
// move out of a mutable reference" before: the receiver was moved into a
// temporary).
struct Buffers {
    out: Vec<u8>,
    spare: Vec<u8>,
}

#[generator(yield = usize)]
fn drain_spare(b: &mut Buffers) {
    b.out.append({
        yield_!(b.spare.len());
        &mut b.spare
    });
    yield_!(b.out.len());
}

#[test]
fn a_field_receiver_and_a_disjoint_field_argument() {
    let mut b = Buffers {
        out: vec![1],
        spare: vec![2, 3],
    };
    assert_eq!(drain_spare(&mut b).collect::<Vec<_>>(), [2, 3]);
    assert_eq!(b.out, [1, 2, 3]);
    assert!(b.spare.is_empty());
}

// A returned `impl Trait` whose trait has type parameters (winnow's
// `impl Parser<Input, Output, Error>`): they stay `Sized` in the hint.
trait Parse<I, O> {
    fn parse(&mut self, input: &mut I) -> O;
}

impl<I, O, F: FnMut(&mut I) -> O> Parse<I, O> for F {
    fn parse(&mut self, input: &mut I) -> O {
        self(input)
    }
}

#[generator(yield = ())]
fn counter<I: Iterator<Item = u8>>() -> impl Parse<I, usize> {
    yield_!(());
    |input: &mut I| input.count()
}

#[test]
fn a_returned_impl_of_a_generic_trait() {
    let mut g = counter::<std::vec::IntoIter<u8>>();
    assert_eq!(g.by_ref().count(), 1);
    let mut p = g.take_return().unwrap();
    assert_eq!(p.parse(&mut vec![1, 2, 3].into_iter()), 3);
}

// An assignment whose right operand suspends: Rust evaluates the right
// operand first, then the assignee, which may be any place or `_` ("cannot
// keep Rust's evaluation order" before).
#[generator(yield = i32, resume = i32)]
fn assignments_after_suspension(c: &std::cell::RefCell<i32>) -> (i32, i32) {
    *c.borrow_mut() = {
        let r = yield_!(1);
        r * 10
    };
    let (x, y);
    let pair = (yield_!(2), 7);
    (x, y) = pair;
    _ = yield_!(3);
    (x, y)
}

#[test]
fn an_assignment_to_any_assignee_after_a_suspending_operand() {
    use genfn::{Coroutine, CoroutineState};
    let c = std::cell::RefCell::new(0);
    let mut g = assignments_after_suspension(&c);
    let mut g = std::pin::Pin::new(&mut g);
    assert_eq!(g.as_mut().resume(0), CoroutineState::Yielded(1));
    assert_eq!(g.as_mut().resume(4), CoroutineState::Yielded(2));
    assert_eq!(*c.borrow(), 40);
    assert_eq!(g.as_mut().resume(5), CoroutineState::Yielded(3));
    assert_eq!(g.as_mut().resume(6), CoroutineState::Complete((5, 7)));
}

// A raw pointer taken from a local must stay valid while it lives, as in a
// function: `src` is not mentioned after the second suspension point, and was
// dropped there (the early drop) while the copy still held its pointer, a
// use-after-free (smallvec's `from_vec`). `data`'s own address must not
// change between taking the pointer and writing through it.
#[generator(yield = ())]
fn copy_through_raw_pointers(src: Vec<u8>) -> [u8; 4] {
    let mut data = [0u8; 4];
    let len = src.len();
    // SAFETY: `src` has `len <= 4` initialised bytes, `data` room for 4.
    unsafe {
        core::ptr::copy_nonoverlapping(
            {
                yield_!(());
                src.as_ptr()
            },
            {
                yield_!(());
                data.as_mut_ptr()
            },
            len,
        );
    }
    let last = data.as_mut_ptr();
    yield_!(());
    // SAFETY: `last` points to `data`, which is alive and not otherwise borrowed.
    unsafe { *last.add(3) = 9 };
    let x = 5u8;
    let px = &raw const x;
    let py = core::ptr::addr_of!(data);
    yield_!(());
    // SAFETY: both point to locals that are alive.
    unsafe { data[2] = *px + (*py)[0] };
    data
}

#[test]
fn raw_pointers_to_locals_stay_valid_across_suspension_points() {
    let mut g = copy_through_raw_pointers(vec![1, 2]);
    let mut steps = 0;
    let out = loop {
        match genfn::Coroutine::resume(std::pin::Pin::new(&mut g), ()) {
            genfn::CoroutineState::Yielded(()) => steps += 1,
            genfn::CoroutineState::Complete(v) => break v,
        }
    };
    assert_eq!(steps, 4);
    assert_eq!(out, [1, 2, 6, 9]);
}

// A raw pointer that a statement stores away (pushed into a vector, written
// through a parameter) is as valid as the one a `let` holds (also one taken
// in a macro's arguments, `vec![w.as_ptr()]`): the locals it
// points into were dropped at the suspension point that no longer mentions
// them (a use-after-free; Miri runs this test).
#[generator(yield = u32)]
fn raw_pointers_stored_by_statements(out: &mut *const u32) -> u32 {
    let mut ptrs: Vec<*const Guard> = Vec::new();
    let a = Guard::new("a");
    ptrs.push(&raw const a);
    let b = Guard::new("b");
    ptrs.push(&b as *const Guard);
    let v = vec![7u32];
    *out = v.as_ptr();
    let w = vec![Guard::new("w")];
    let more = vec![w.as_ptr()];
    yield_!(1);
    // SAFETY: `a`, `b`, `v` and `w` live to the end of the body, as in a
    // function.
    unsafe {
        (*ptrs[0]).touch();
        (*ptrs[1]).touch();
        (*more[0]).touch();
        **out
    }
}

#[test]
fn raw_pointers_stored_by_statements_stay_valid() {
    let log = Log::fresh();
    let mut p = core::ptr::null();
    let mut g = raw_pointers_stored_by_statements(&mut p);
    assert_eq!(g.next(), Some(1));
    check!(log, ["new a", "new b", "new w"]);
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some(7));
    check!(
        log,
        [
            "touch a", "touch b", "touch w", "drop w", "drop b", "drop a"
        ]
    );
}

// Through a parameter declared as a reference, a pointer points to the
// referent, unless the parameter is `mut` and given a borrow of a local
// (`gs` was dropped at the suspension point), or is a `&mut`: each step
// reborrowed `p` uniquely when it took it out of its slot, which invalidates
// `q` under Stacked and Tree Borrows (Miri), where the function never moves
// `p`.
#[generator(yield = u32)]
fn raw_pointers_through_reference_parameters(mut x: &[Guard], p: &mut [u32]) -> u32 {
    let mut ptrs: Vec<*const Guard> = Vec::new();
    let gs = vec![Guard::new("g")];
    x = &gs;
    ptrs.push(x.as_ptr());
    let q = p.as_mut_ptr();
    yield_!(1);
    // SAFETY: `gs` lives to the end of the body; `q` points into `*p`, which
    // nothing else used since it was taken.
    unsafe {
        (*ptrs[0]).touch();
        *q = 5;
    }
    p[0] + 1
}

#[test]
fn raw_pointers_through_reference_parameters_stay_valid() {
    let log = Log::fresh();
    let mut a = [1u32, 2];
    let mut g = raw_pointers_through_reference_parameters(&[], &mut a);
    assert_eq!(g.next(), Some(1));
    check!(log, ["new g"]);
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some(6));
    check!(log, ["touch g", "drop g"]);
}

// A generator that never completes may say so (`-> !`, bytes'
// `panic_advance`; E0658 "the `!` type is experimental" before): its return
// type is `Infallible`.
#[generator(yield = u32)]
fn naturals() -> ! {
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

#[generator(yield = u32)]
fn yields_then_panics(n: u32) -> ! {
    yield_!(n);
    panic!("advance out of bounds: {n}")
}

#[test]
fn a_generator_returning_never() {
    assert_eq!(naturals().take(3).collect::<Vec<_>>(), [0, 1, 2]);
    let mut g = yields_then_panics(4);
    assert_eq!(g.next(), Some(4));
    assert!(std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g.next())).is_err());
    let _: Option<std::convert::Infallible> = g.take_return();
}

pub enum Bytes<'a> {
    Owned(Box<[u8]>),
    Borrowed(&'a [u8]),
}

impl Bytes<'_> {
    // memchr's `cow.rs`: the value of the body's last block is a `match`
    // whose arms (`&Box<[u8]>`, `&&[u8]`) coerce to the return type; the
    // block ends after a delegation, whose operand it drops first (E0308
    // "`match` arms have incompatible types" before).
    #[generator(yield = ())]
    fn as_slice(&self) -> &[u8] {
        {
            yield_from!(Some(()));
            match self {
                Bytes::Owned(x) => x,
                Bytes::Borrowed(x) => x,
            }
        }
    }
}

#[test]
fn the_last_block_value_gets_the_return_type() {
    let b = Bytes::Borrowed(b"ab");
    let mut g = b.as_slice();
    assert_eq!(g.by_ref().count(), 1);
    assert_eq!(g.take_return(), Some(&b"ab"[..]));
    let o = Bytes::Owned(Box::new(*b"c"));
    assert_eq!(o.as_slice().by_ref().count(), 1);
}

pub struct Compiler {
    nfa: std::cell::RefCell<Vec<u8>>,
    names: Vec<u8>,
}

impl Compiler {
    // The guide's way around a partial move out of a kept `self`
    // (`self.nfa.into_inner()`, rejected): move it whole first.
    #[generator(yield = u8)]
    fn compile(self) -> Vec<u8> {
        let names = self.names.iter();
        yield_!(0);
        yield_!(names.count() as u8);
        let this = { self };
        this.nfa.into_inner()
    }
}

#[test]
fn a_kept_self_moved_whole_then_partly() {
    let c = Compiler {
        nfa: std::cell::RefCell::new(vec![7]),
        names: vec![1, 2],
    };
    let mut g = c.compile();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 2]);
    assert_eq!(g.take_return(), Some(vec![7]));
}

fn stop_everything() -> ! {
    panic!("stopped")
}

// bytes' `abort`: a `-> !` body that ends in a call of a diverging function
// (no `panic!` the macro could see): rustc knows it diverges, and so does
// the generator (E0308 before).
#[generator(yield = u32)]
fn yields_then_stops(n: u32) -> ! {
    yield_!(n);
    stop_everything();
}

#[test]
fn a_never_returning_body_ending_in_a_diverging_call() {
    let mut g = yields_then_stops(2);
    assert_eq!(g.next(), Some(2));
    assert!(std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g.next())).is_err());
}

// bytes' `abort` as the crate writes it: the diverging call is in a block
// after a suspension point, and the block after it is removed by `#[cfg]`,
// so the body's end is where rustc sees it diverge, not its last statement
// (E0308 "expected `Infallible`, found `()`" before).
#[generator(yield = u32)]
fn stops_in_a_cfg_block(n: u32) -> ! {
    yield_!(n);
    #[cfg(test)]
    {
        yield_!(n + 1);
        stop_everything();
    }
    #[cfg(not(test))]
    {
        yield_!(n + 2);
        loop {}
    }
}

#[test]
fn a_never_returning_body_whose_last_block_is_removed_by_cfg() {
    let mut g = stops_in_a_cfg_block(2);
    assert_eq!(g.next(), Some(2));
    assert_eq!(g.next(), Some(3));
    assert!(std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g.next())).is_err());
}

pub struct Params {
    keys: Vec<&'static str>,
}

impl Params {
    // matchit's `get`: a borrow of an `impl AsRef<str>` argument kept across
    // a suspension point needs the anonymous type parameter to outlive the
    // generator's lifetimes, as a named one gets (E0311 before).
    #[generator(yield = ())]
    fn position(&self, key: impl AsRef<str>) -> Option<usize> {
        let key = key.as_ref().as_bytes();
        yield_!(());
        self.keys.iter().position(|k| k.as_bytes() == key)
    }
}

#[test]
fn a_borrow_of_an_impl_trait_argument() {
    let p = Params {
        keys: vec!["a", "b"],
    };
    let mut g = p.position(String::from("b"));
    assert_eq!(g.by_ref().count(), 1);
    assert_eq!(g.take_return(), Some(Some(1)));
}

// A destructuring assignment whose value suspends (regex-lite's and
// indexmap's copies with yields inside expressions; "a generator cannot
// assign to this after a suspension point in the value" before): Rust
// evaluates the value, then assigns the places left to right, as
// `let (x0, x1) = value; a = x0; b = x1;`.
struct Logged<'a>(u32, &'a std::cell::RefCell<Vec<u32>>);

impl Drop for Logged<'_> {
    fn drop(&mut self) {
        self.1.borrow_mut().push(self.0);
    }
}

#[allow(unused_assignments)]
#[generator(yield = u32)]
fn destructuring_after_suspension(log: &std::cell::RefCell<Vec<u32>>) -> (u32, u32, u32, u32) {
    let (mut a, mut b) = (1, 2);
    let mut v = [0u32; 3];
    let mut d = Logged(7, log);
    let (x, y);
    yield_!(a);
    (a, b) = (
        {
            yield_!(10);
            b + 1
        },
        {
            yield_!(20);
            a + 5
        },
    );
    yield_!(a * 100 + b);
    (v[1], d) = (
        {
            yield_!(30);
            a
        },
        Logged(8, log),
    );
    yield_!(d.0);
    [a, _, b] = [
        {
            yield_!(40);
            b
        },
        0,
        a,
    ];
    (x, y) = (
        {
            yield_!(50);
            v[1]
        },
        9,
    );
    (a, b, x, y)
}

#[allow(unused_assignments)]
fn destructuring_after_suspension_plain(
    log: &std::cell::RefCell<Vec<u32>>,
    out: &mut Vec<u32>,
) -> (u32, u32, u32, u32) {
    let (mut a, mut b) = (1, 2);
    let mut v = [0u32; 3];
    let mut d = Logged(7, log);
    let (x, y);
    out.push(a);
    (a, b) = (
        {
            out.push(10);
            b + 1
        },
        {
            out.push(20);
            a + 5
        },
    );
    out.push(a * 100 + b);
    (v[1], d) = (
        {
            out.push(30);
            a
        },
        Logged(8, log),
    );
    out.push(d.0);
    [a, _, b] = [
        {
            out.push(40);
            b
        },
        0,
        a,
    ];
    (x, y) = (
        {
            out.push(50);
            v[1]
        },
        9,
    );
    (a, b, x, y)
}

#[test]
fn a_destructuring_assignment_after_a_suspending_value() {
    let log = std::cell::RefCell::new(Vec::new());
    let mut out = Vec::new();
    let want = destructuring_after_suspension_plain(&log, &mut out);
    let plain_drops = log.take();
    let mut g = destructuring_after_suspension(&log);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), out);
    assert_eq!(g.take_return(), Some(want));
    drop(g);
    assert_eq!(log.take(), plain_drops);
    // Dropped while suspended in the value: the old `d` is still held.
    let mut g = destructuring_after_suspension(&log);
    assert_eq!(g.by_ref().take(5).collect::<Vec<_>>(), [1, 10, 20, 306, 30]);
    drop(g);
    assert_eq!(log.take(), [7]);
}
