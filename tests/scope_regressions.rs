//! Name scopes, temporaries and `ref` bindings: bugs found on real code,
//! each kept as the smallest program that showed it. Run under Miri too:
//! `cargo +nightly miri test -p genfn --test scope_regressions`.

#![allow(clippy::all)]
#![allow(unused_assignments, unused_variables, dead_code)]

use std::cell::RefCell;
use std::io::BufRead;
use std::sync::Mutex;

use genfn::{Body, CoroutineState, Gen, generator};

#[macro_use]
mod common;
use common::*;

/// Runs `g` to completion: what it yielded, and what it returned.
fn run<B: Body<Resume = ()>>(mut g: Gen<B>) -> (Vec<B::Yield>, B::Return) {
    let mut ys = Vec::new();
    loop {
        match g.resume(()) {
            CoroutineState::Yielded(y) => ys.push(y),
            CoroutineState::Complete(r) => return (ys, r),
        }
    }
}

// ---- the `else` block of a `let … else` ------------------------------------

// The `else` block does not see the pattern's bindings: its `x` is the
// parameter (it was the pattern's unbound `x`: "invalid generator state").
#[generator(yield = u32)]
fn let_else_names_the_parameter(x: u32) -> u32 {
    let Some(x) = None::<u32> else {
        yield_!(0);
        return x;
    };
    x
}

#[test]
fn let_else_block_sees_the_outer_name() {
    assert_eq!(run(let_else_names_the_parameter(7)), (vec![0], 7));
}

// The same in a loop, the `else` block suspending and then leaving with
// `continue` or `break`; the pattern's `x` shadows a local `x`.
#[generator(yield = u32)]
fn let_else_in_loops(items: Vec<Option<u32>>) -> u32 {
    let x = 100;
    let mut total = 0;
    for it in items {
        let Some(x) = it else {
            yield_!(x);
            continue;
        };
        total += x;
        yield_!(x);
    }
    let mut n = 0;
    loop {
        n += 1;
        let Some(x) = (n < 3).then_some(n) else {
            yield_!(x + 1);
            break;
        };
        yield_!(x);
    }
    total + x
}

#[test]
fn let_else_block_that_continues_or_breaks_sees_the_outer_name() {
    assert_eq!(
        run(let_else_in_loops(vec![Some(1), None, Some(2)])),
        (vec![1, 100, 2, 1, 2, 101], 103)
    );
}

// The shadowed local is kept in place (borrowed across a yield) and
// dropped at its own scope's end, after the pattern's binding.
#[generator(yield = &'static str)]
fn let_else_shadows_a_kept_local(o: Option<Guard>) -> &'static str {
    let x = Guard::new("outer");
    let r = &x;
    yield_!(r.name());
    let Some(x) = o else {
        yield_!(x.name());
        return r.name();
    };
    yield_!(r.name());
    x.name()
}

#[test]
fn let_else_with_a_kept_outer_local() {
    let log = Log::fresh();
    assert_eq!(
        run(let_else_shadows_a_kept_local(None)),
        (vec!["outer", "outer"], "outer")
    );
    check!(log, ["new outer", "drop outer"]);
    let inner = Guard::new("inner");
    log.take();
    assert_eq!(
        run(let_else_shadows_a_kept_local(Some(inner))),
        (vec!["outer", "outer"], "inner")
    );
    check!(log, ["new outer", "drop inner", "drop outer"]);
}

// The same without a suspension point in the `else` block.
#[generator(yield = &'static str)]
fn let_else_plain_shadows_a_kept_local(o: Option<Guard>) -> &'static str {
    let x = Guard::new("outer");
    let r = &x;
    yield_!(r.name());
    let Some(x) = o else {
        return x.name();
    };
    yield_!(r.name());
    x.name()
}

#[test]
fn plain_let_else_with_a_kept_outer_local() {
    let log = Log::fresh();
    assert_eq!(
        run(let_else_plain_shadows_a_kept_local(None)),
        (vec!["outer"], "outer")
    );
    check!(log, ["new outer", "drop outer"]);
}

// ---- other scopes inside a statement ---------------------------------------

// The bindings of a let-chain are in scope in the rest of the chain: its
// `x > 3` is the binding, not the kept-in-place local `x` (it was rewritten
// into an access to the local: "type `u32` cannot be dereferenced").
#[generator(yield = u32)]
fn let_chain_shadows_a_kept_local(a: Option<u32>) {
    let x = 50u32;
    let r = &x;
    yield_!(*r);
    if let Some(x) = a
        && x > 3
    {
        yield_!(x);
    } else {
        yield_!(x);
    }
    while let Some(x) = a
        && x > 100
    {
        yield_!(x);
    }
    let n = if let Some(x) = a
        && x > 3
    {
        x
    } else {
        0
    };
    yield_!(n);
    yield_!(*r);
}

#[test]
fn let_chain_bindings_shadow_kept_locals() {
    assert_eq!(
        run(let_chain_shadows_a_kept_local(Some(5))).0,
        [50, 5, 5, 50]
    );
    assert_eq!(
        run(let_chain_shadows_a_kept_local(Some(1))).0,
        [50, 50, 0, 50]
    );
}

// An assignment to an inner block's own `x` does not define the outer `x`
// (it made the outer `x` dead before the block: "used binding isn't
// initialized").
#[generator(yield = u32)]
fn inner_let_shadows_an_outer_local() {
    let x = String::from("abc");
    let mut n = 0;
    yield_!(0);
    {
        let mut x = 0u32;
        x = 5;
        n = 5;
    }
    yield_!(n);
    yield_!(x.len() as u32);
}

#[test]
fn inner_assignment_does_not_define_the_outer_local() {
    assert_eq!(run(inner_let_shadows_an_outer_local()).0, [0, 5, 3]);
}

// ---- temporaries of a `for` loop's iterable ---------------------------------

// The iterable's temporaries live to the end of the loop, as in Rust: the
// iterator borrows the `Ref` across the yield (it was rejected: E0716), and
// the `RefCell` stays borrowed until the loop ends.
#[generator(yield = i32)]
fn for_over_a_borrowed_temporary(c: &RefCell<Vec<i32>>) {
    for x in c.borrow().iter() {
        yield_!(*x + c.try_borrow_mut().is_err() as i32 * 100);
    }
    c.borrow_mut().push(3);
    yield_!(c.borrow().len() as i32);
}

#[test]
fn for_iterable_temporaries_live_for_the_whole_loop() {
    let c = RefCell::new(vec![1, 2]);
    assert_eq!(
        for_over_a_borrowed_temporary(&c).collect::<Vec<_>>(),
        [101, 102, 3]
    );
}

fn make() -> Vec<u32> {
    vec![1, 2, 3]
}

fn pick(_: ()) -> Vec<u32> {
    vec![42]
}

// Other shapes: `&mut` temporaries, guards, `&` of a temporary, nested
// temporaries, temporaries behind adapters; receivers taken by value stay
// moved (`into_iter`, `BufRead::lines`); the iterable may suspend.
#[generator(yield = u32)]
fn for_over_temporaries(c: RefCell<Vec<u32>>, m: Mutex<Vec<u32>>, s: &str) {
    for x in c.borrow_mut().iter_mut() {
        *x += 1;
        yield_!(*x);
    }
    for x in m.lock().unwrap().iter() {
        yield_!(*x);
    }
    for x in &vec![7u32, 8] {
        yield_!(*x);
    }
    for x in &make()[1..] {
        yield_!(*x);
    }
    for x in vec![9u32].iter() {
        yield_!(*x);
    }
    for ch in s.to_string().chars() {
        yield_!(ch as u32);
    }
    for x in c.borrow().as_slice().iter().map(|x| x * 10) {
        yield_!(x);
    }
    for x in make().drain(..1) {
        yield_!(x);
    }
    for x in make().into_iter().rev() {
        yield_!(x);
    }
    for l in std::io::BufReader::new(&b"5\n6"[..]).lines() {
        yield_!(l.unwrap().parse().unwrap());
    }
    for x in pick(yield_!(0)).iter() {
        yield_!(*x);
    }
}

#[test]
fn for_over_temporaries_of_many_shapes() {
    let c = RefCell::new(vec![1, 2]);
    let m = Mutex::new(vec![4]);
    assert_eq!(
        for_over_temporaries(c, m, "ab").collect::<Vec<_>>(),
        [
            2, 3, 4, 7, 8, 2, 3, 9, 97, 98, 20, 30, 1, 3, 2, 1, 5, 6, 0, 42
        ]
    );
}

/// A value with a guard whose iterator has one too.
struct Holder(Vec<u32>, Guard);

impl Holder {
    fn new(name: &'static str) -> Holder {
        Holder(vec![1, 2], Guard::new(name))
    }
    fn iter(&self) -> HolderIter<'_> {
        HolderIter(self.0.iter(), Guard::new("iter"))
    }
}

struct HolderIter<'a>(std::slice::Iter<'a, u32>, Guard);

impl<'a> Iterator for HolderIter<'a> {
    type Item = &'a u32;
    fn next(&mut self) -> Option<&'a u32> {
        self.0.next()
    }
}

#[generator(yield = u32)]
fn for_over_a_guarded_temporary(stop: bool) {
    for i in 0..2 {
        for x in Holder::new("holder").iter() {
            mark("body");
            yield_!(*x);
            if stop {
                break;
            }
            if *x == 1 && i == 1 {
                continue;
            }
        }
        mark("after");
    }
}

fn plain_over_a_guarded_temporary(stop: bool, out: &mut Vec<u32>) {
    for i in 0..2 {
        for x in Holder::new("holder").iter() {
            mark("body");
            out.push(*x);
            if stop {
                break;
            }
            if *x == 1 && i == 1 {
                continue;
            }
        }
        mark("after");
    }
}

// The iterator is dropped first, then the temporary, at the end of the
// loop (also when leaving it by `break`), or when the generator is dropped.
#[test]
fn for_iterable_temporaries_are_dropped_after_the_iterator() {
    let log = Log::fresh();
    for stop in [false, true] {
        let got = for_over_a_guarded_temporary(stop).collect::<Vec<_>>();
        let got_log = log.take();
        let mut want = Vec::new();
        plain_over_a_guarded_temporary(stop, &mut want);
        assert_eq!((got, got_log), (want, log.take()));
    }
    let mut g = for_over_a_guarded_temporary(false);
    assert_eq!(g.next(), Some(1));
    check!(log, ["new holder", "new iter", "body"]);
    drop(g);
    check!(log, ["drop iter", "drop holder"]);
}

// ---- deferred initialisation -----------------------------------------------

// A local initialised in a branch that suspends in a nested loop, the other
// branch leaving the loop (it was E0425 "cannot find value `x`").
#[generator(yield = i64)]
fn deferred_init_in_a_suspending_branch(input: Vec<i64>) {
    for i in 0..3 {
        let x: i64;
        if i < 2 {
            for &v in input.iter() {
                yield_!(v);
            }
            x = i;
        } else {
            break;
        }
        yield_!(x);
    }
}

#[test]
fn deferred_initialisation_in_a_branch_with_a_nested_loop() {
    assert_eq!(
        deferred_init_in_a_suspending_branch(vec![7, 8]).collect::<Vec<_>>(),
        [7, 8, 0, 7, 8, 1]
    );
}

// ---- `ref` bindings whose borrow crosses a suspension point -----------------

// The matched place is kept in place (they were E0716/E0503).
#[generator(yield = u32)]
fn if_let_ref_mut(mut o: Option<u32>) -> Option<u32> {
    if let Some(ref mut v) = o {
        yield_!(*v);
        *v += 1;
    }
    o
}

#[generator(yield = u32)]
fn let_ref_mut_through_a_reference(mut e: Box<(u32, u32)>) -> (u32, u32) {
    let &mut (ref mut k, ref mut v) = e.as_mut();
    yield_!(*k);
    *k += 1;
    yield_!(*v);
    *v += 2;
    *e
}

#[generator(yield = usize)]
fn match_ref(o: Option<String>) -> Option<String> {
    match o {
        Some(ref s) => {
            yield_!(s.len());
        }
        None => {}
    }
    o
}

#[test]
fn ref_bindings_across_a_yield() {
    assert_eq!(run(if_let_ref_mut(Some(1))), (vec![1], Some(2)));
    assert_eq!(run(if_let_ref_mut(None)), (vec![], None));
    assert_eq!(
        run(let_ref_mut_through_a_reference(Box::new((1, 2)))),
        (vec![1, 2], (2, 4))
    );
    assert_eq!(
        run(match_ref(Some("abc".into()))),
        (vec![3], Some("abc".into()))
    );
}

struct S {
    opt: Option<String>,
}

// More places: a field, the target of a reference, a `while let`, a
// `let … else`, a guard, a binding by value beside (`Copy`), a let-chain, a
// `ref` binding inside an initialiser that is kept.
#[generator(yield = usize)]
fn ref_bindings_of_places(mut s: S, r: &mut Option<String>, mut v: Vec<(String, u32)>) {
    if let Some(ref mut x) = s.opt {
        yield_!(x.len());
        x.push('!');
    }
    yield_!(s.opt.as_ref().map_or(0, |x| x.len()));
    if let Some(ref mut x) = *r {
        yield_!(x.len());
        x.push('!');
    }
    while let Some(ref mut x) = s.opt {
        yield_!(x.len());
        x.push('!');
        if x.len() > 4 {
            break;
        }
    }
    let Some(ref mut x) = s.opt else {
        return;
    };
    yield_!(x.len());
    x.push('?');
    match s.opt {
        Some(ref mut x) if x.len() > 1 => {
            yield_!(x.len());
            x.push('!');
        }
        _ => {}
    }
    for &mut (ref mut t, ref mut n) in v.iter_mut() {
        yield_!(t.len());
        *n += 1;
    }
    let mut pair = Some((String::from("abc"), 2u32));
    match pair {
        Some((ref mut t, n)) => {
            yield_!(t.len() + n as usize);
            t.push('!');
        }
        None => {}
    }
    if let Some((ref t, _)) = pair
        && t.len() > 1
    {
        yield_!(t.len());
    }
    let k = match s.opt {
        Some(ref mut x) => x,
        None => return,
    };
    yield_!(k.len());
    k.push('!');
    yield_!(s.opt.as_ref().map_or(0, |x| x.len()) + v[0].1 as usize);
}

#[test]
fn ref_bindings_of_places_across_a_yield() {
    let mut r = Some(String::from("ab"));
    let got = ref_bindings_of_places(
        S {
            opt: Some("ab".into()),
        },
        &mut r,
        vec![("a".into(), 1), ("bc".into(), 2)],
    )
    .collect::<Vec<_>>();
    assert_eq!(got, [2, 3, 2, 3, 4, 5, 6, 1, 2, 5, 4, 7, 10]);
    assert_eq!(r.as_deref(), Some("ab!"));
}

// ---- temporaries that `ref` bindings and `let`s keep ------------------------

fn some(name: &'static str) -> Option<Guard> {
    Some(Guard::new(name))
}

#[generator(yield = &'static str)]
fn ref_bound_temporaries() {
    match some("t") {
        Some(ref g) => {
            yield_!(g.name());
            mark("arm");
        }
        None => {}
    }
    mark("after");
    if let Some(ref g) = some("u") {
        yield_!(g.name());
        mark("then");
    } else {
        mark("else");
    }
    mark("after if");
    if let Some(ref g) = some("v")
        && g.name() == "x"
    {
        yield_!(g.name());
    } else {
        mark("else v");
    }
    {
        let (ref a, ref b) = (Guard::new("a"), Guard::new("b"));
        let c = Guard::new("c");
        yield_!(a.name());
        mark("end block");
    }
    {
        let r = &Guard::new("r");
        let c = Guard::new("c2");
        yield_!(r.name());
        mark("end block 2");
    }
    let n = match some("w") {
        Some(ref g) => {
            yield_!(g.name());
            g.name().len()
        }
        None => 0,
    };
    mark("after w");
}

fn plain_ref_bound_temporaries(out: &mut Vec<&'static str>) {
    match some("t") {
        Some(ref g) => {
            out.push(g.name());
            mark("arm");
        }
        None => {}
    }
    mark("after");
    if let Some(ref g) = some("u") {
        out.push(g.name());
        mark("then");
    } else {
        mark("else");
    }
    mark("after if");
    if let Some(ref g) = some("v")
        && g.name() == "x"
    {
        out.push(g.name());
    } else {
        mark("else v");
    }
    {
        let (ref a, ref b) = (Guard::new("a"), Guard::new("b"));
        let c = Guard::new("c");
        out.push(a.name());
        mark("end block");
    }
    {
        let r = &Guard::new("r");
        let c = Guard::new("c2");
        out.push(r.name());
        mark("end block 2");
    }
    let n = match some("w") {
        Some(ref g) => {
            out.push(g.name());
            g.name().len()
        }
        None => 0,
    };
    mark("after w");
}

// A temporary that a `ref` binding borrows lives where Rust keeps it: a
// `match`'s scrutinee to the end of the statement, an `if let`'s to the end
// of its `then` block (or until the `else`), one a `let` extends to the end
// of the block, after the locals declared later (they were E0716).
#[test]
fn ref_bound_temporaries_live_as_in_rust() {
    let log = Log::fresh();
    let got: Vec<_> = ref_bound_temporaries().collect();
    let got_log = log.take();
    let mut want = vec![];
    plain_ref_bound_temporaries(&mut want);
    let want_log = log.take();
    assert_eq!(got, want);
    assert_eq!(got_log, want_log);
}

fn pair() -> (String, String) {
    ("ab".into(), "c".into())
}

// The same, without guards: the values are the temporaries'.
#[generator(yield = usize)]
fn ref_bound_temporary_values(n: usize) -> usize {
    match pair() {
        (ref a, ref b) => {
            yield_!(a.len());
            yield_!(b.len());
        }
    }
    if n > 0
        && let Some(ref s) = Some(pair().0)
        && s.len() > n
    {
        yield_!(s.len());
    } else {
        yield_!(0);
    }
    let mut k = 0;
    while let Some(ref mut s) = (k < 2).then(|| String::from("ab")) {
        yield_!(s.len() + k);
        s.push('x');
        k += 1;
    }
    let (ref a, ref b) = pair();
    yield_!(a.len());
    let r = &pair().1[..];
    let xs: &[usize] = &[n, 2];
    yield_!(r.len() + b.len() + xs[0]);
    match Some(pair()) {
        Some((ref a, _)) => {
            yield_!(a.len());
            a.len()
        }
        None => 0,
    }
}

#[test]
fn ref_bound_temporaries_of_values() {
    assert_eq!(
        run(ref_bound_temporary_values(1)),
        (vec![2, 1, 2, 2, 3, 2, 3, 2], 2)
    );
    assert_eq!(
        run(ref_bound_temporary_values(0)),
        (vec![2, 1, 0, 2, 3, 2, 2, 2], 2)
    );
}

// Constants are promoted to `'static` for a shared borrow only: borrowed
// mutably (`&mut (1, 2)`, `ref mut`, `iter_mut`), they are temporaries, kept
// where Rust keeps them; borrowed shared, they stay `'static`.
#[generator(yield = i64)]
fn mutably_borrowed_constants() {
    let &mut (ref mut k, ref mut w) = &mut (1i64, 2i64);
    yield_!(*k);
    *k += 1;
    *w += *k;
    yield_!(*w);
    for x in [5i64, 6].iter_mut() {
        *x += 1;
        yield_!(*x);
    }
    let (ref mut p, q) = (7i64, 8i64);
    yield_!(*p + q);
    *p += 1;
    yield_!(*p);
    match (9i64, 1i64) {
        (ref mut m, _) => {
            yield_!(*m);
            *m += 1;
            yield_!(*m);
        }
    }
    let ref mut x = 5i64;
    yield_!(*x);
    let xs: &'static [i64] = &[1, 2];
    yield_!(xs[1]);
}

#[test]
fn mutable_borrows_of_constants_are_temporaries() {
    assert_eq!(
        mutably_borrowed_constants().collect::<Vec<_>>(),
        [1, 4, 6, 7, 15, 8, 9, 10, 5, 2]
    );
}

// In an `unsafe` block, the scrutinee of an `if let` that binds by `ref` is
// matched where it is, not copied into an `unsafe { .. }` value first (it
// was E0716, the binding borrowing that copy).
#[generator(yield = i64)]
#[allow(unused_unsafe)]
fn ref_binding_in_an_unsafe_block(mut o: Option<i64>, n: i64) -> Option<i64> {
    unsafe {
        if let Some(ref mut x) = o {
            yield_!(*x);
            *x += 1;
        }
        if let (ref g, Some(ref x)) = (n * 2, o)
            && *g > 0
        {
            yield_!(*g + *x);
        }
    }
    o
}

#[test]
fn ref_bindings_in_unsafe_blocks() {
    assert_eq!(
        run(ref_binding_in_an_unsafe_block(Some(1), 5)),
        (vec![1, 12], Some(2))
    );
}

// ---- `let … else` temporaries ------------------------------------------------

fn guarded_pair(name: &'static str, some: bool) -> (Option<String>, Guard) {
    (some.then(|| "abc".to_string()), Guard::new(name))
}

#[generator(yield = usize)]
fn let_else_ref_temporary(some: bool) {
    for i in 0..2 {
        let (Some(ref s), _) = guarded_pair("t", some && i == 0) else {
            mark("else");
            continue;
        };
        let c = Guard::new("c");
        yield_!(s.len());
        mark(s);
    }
    let (Some(ref s), _) = guarded_pair("u", some) else {
        mark("else2");
        yield_!(0);
        return;
    };
    yield_!(s.len());
    mark("end2");
}

fn plain_let_else_ref_temporary(some: bool, out: &mut Vec<usize>) {
    for i in 0..2 {
        let (Some(ref s), _) = guarded_pair("t", some && i == 0) else {
            mark("else");
            continue;
        };
        let c = Guard::new("c");
        out.push(s.len());
        mark(s);
    }
    let (Some(ref s), _) = guarded_pair("u", some) else {
        mark("else2");
        out.push(0);
        return;
    };
    out.push(s.len());
    mark("end2");
}

// A `let … else` keeps the temporary its `ref` binding borrows to the end
// of the block; it drops it before the `else` block when the pattern does
// not match, as Rust does (also when the `else` block suspends).
#[test]
fn let_else_ref_bound_temporaries() {
    let log = Log::fresh();
    for some in [true, false] {
        let got: Vec<_> = let_else_ref_temporary(some).collect();
        let gl = log.take();
        let mut want = vec![];
        plain_let_else_ref_temporary(some, &mut want);
        assert_eq!((got, gl), (want, log.take()));
    }
}

// ---- temporaries of a `match` scrutinee ----------------------------------------

// Rust keeps the temporaries of a `match`'s scrutinee to the end of the
// `match`: the `RefCell` stays borrowed while an arm is suspended (genfn
// dropped `c.borrow()` before the arm ran).
#[generator(yield = bool)]
fn scrutinee_borrow_held(c: &RefCell<Vec<u8>>) -> u8 {
    let n = match c.borrow()[0] {
        0 => {
            yield_!(c.try_borrow_mut().is_err());
            1
        }
        _ => 2,
    };
    yield_!(c.try_borrow_mut().is_err());
    n
}

pub enum Slot {
    A { t: u8 },
    B,
}

// regex-lite's `patch`: a `ref mut` binding into a place of the temporary
// `RefMut`, across a suspension point (E0716 before).
#[generator(yield = ())]
fn patch_through_ref_mut(c: &RefCell<Vec<Slot>>, to: u8) {
    match c.borrow_mut()[0] {
        Slot::A { ref mut t } => {
            yield_!(());
            *t = to;
        }
        Slot::B => {}
    }
}

// The result of a borrowing method (`get`) borrows the scrutinee's
// temporary; `*g.borrow()` is a place of one.
#[generator(yield = u8)]
fn scrutinee_method_and_deref(c: &RefCell<Vec<u8>>, g: &RefCell<Option<u8>>) {
    match c.borrow().get(1) {
        Some(x) => {
            yield_!(*x);
            yield_!(c.try_borrow_mut().is_err() as u8);
        }
        None => {}
    }
    match *g.borrow() {
        Some(v) => {
            yield_!(v);
            yield_!(g.try_borrow_mut().is_err() as u8);
        }
        None => {}
    }
    yield_!(g.try_borrow_mut().is_ok() as u8);
}

fn guard_with(name: &'static str, v: u8) -> (Guard, u8) {
    (Guard::new(name), v)
}

// Moving a field out of a temporary scrutinee: the rest of the temporary is
// dropped where Rust drops it, after the `match`.
#[generator(yield = u8)]
fn field_of_temporary_scrutinee() {
    match guard_with("t", 3).1 {
        n => {
            mark("arm");
            yield_!(n);
        }
    }
    mark("after");
}

#[test]
fn scrutinee_temporaries_live_to_the_end_of_the_match() {
    let c = RefCell::new(vec![0u8, 7]);
    let mut g = scrutinee_borrow_held(&c);
    assert_eq!(g.next(), Some(true));
    assert_eq!(g.next(), Some(false));
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some(1));

    let c = RefCell::new(vec![Slot::A { t: 1 }]);
    let mut g = patch_through_ref_mut(&c, 9);
    assert_eq!(g.next(), Some(()));
    assert!(c.try_borrow().is_err());
    assert_eq!(g.next(), None);
    assert!(matches!(c.borrow()[0], Slot::A { t: 9 }));

    let g = RefCell::new(Some(5));
    assert_eq!(
        scrutinee_method_and_deref(&c2(), &g).collect::<Vec<_>>(),
        [7, 1, 5, 1, 1]
    );

    let log = Log::fresh();
    assert_eq!(field_of_temporary_scrutinee().collect::<Vec<_>>(), [3]);
    let got = log.take();
    match guard_with("t", 3).1 {
        n => {
            mark("arm");
            let _ = n;
        }
    }
    mark("after");
    assert_eq!(got, log.take());
}

fn c2() -> RefCell<Vec<u8>> {
    RefCell::new(vec![0, 7])
}

// The same for the `let`s of a condition: their scrutinee's temporaries live
// to the end of the `then` block (Rust 2024).
#[generator(yield = bool)]
fn if_let_scrutinee_temporaries(c: &RefCell<Vec<Slot>>, to: u8) {
    if let Slot::A { ref mut t } = c.borrow_mut()[0] {
        yield_!(c.try_borrow().is_err());
        *t = to;
    }
    if let Some(Slot::A { t }) = c.borrow().get(0)
        && *t == to
    {
        yield_!(c.try_borrow_mut().is_err());
    }
    if let 9 = *c.borrow().first().map(|_| &9u8).unwrap() {
        yield_!(c.try_borrow_mut().is_err());
    } else {
        yield_!(false);
    }
    yield_!(c.try_borrow_mut().is_ok());
}

#[test]
fn if_let_scrutinee_temporaries_live_to_the_end_of_the_then_block() {
    let c = RefCell::new(vec![Slot::A { t: 1 }]);
    assert_eq!(
        if_let_scrutinee_temporaries(&c, 3).collect::<Vec<_>>(),
        [true, true, true, true]
    );
    assert!(matches!(c.borrow()[0], Slot::A { t: 3 }));
}

pub struct Parsed<'a> {
    inner: Option<&'a [u8]>,
}

fn parse_into<'a>(src: &[u8], buf: &'a mut [u8; 4]) -> Result<Parsed<'a>, ()> {
    let n = src.len().min(4);
    buf[..n].copy_from_slice(&src[..n]);
    Ok(Parsed {
        inner: Some(&buf[..n]),
    })
}

// http's `from_lowercase`: the scrutinee's temporary (`parse_into(..)?`)
// borrows a local (`buf`) that an arm's binding keeps borrowing across a
// suspension point: the local is kept in place (E0716 when the temporary
// was bound without it).
#[generator(yield = usize)]
fn scrutinee_temporary_borrowing_a_local(src: &[u8]) -> Result<usize, ()> {
    let mut buf = [0u8; 4];
    match parse_into(src, &mut buf)?.inner {
        Some(bytes) => {
            yield_!(bytes.len());
            Ok(bytes[0] as usize)
        }
        None => Err(()),
    }
}

#[test]
fn a_scrutinee_temporary_that_borrows_a_local() {
    let mut g = scrutinee_temporary_borrowing_a_local(b"xy");
    assert_eq!(g.next(), Some(2));
    assert_eq!(g.next(), None);
    assert_eq!(g.take_return(), Some(Ok(b'x' as usize)));
}

fn boxed_guard(name: &'static str) -> Box<Option<Guard>> {
    Box::new(Some(Guard::new(name)))
}

struct GuardPair {
    a: Guard,
    b: Guard,
}

// A pattern that moves out of a box scrutinee (`*boxed()`), through a field
// too (`(*boxed()).a`): the box is bound to a local that may be partly
// moved, as a field's base is (E0382 "use of partially moved value": the
// box was saved whole across the suspension point).
#[generator(yield = u8)]
fn move_out_of_a_boxed_scrutinee() {
    match *boxed_guard("m") {
        Some(s) => {
            yield_!(1);
            s.touch();
        }
        None => {}
    }
    if let Some(s) = *boxed_guard("i") {
        yield_!(2);
        s.touch();
    } else {
        yield_!(9);
    }
    match (*Box::new(GuardPair {
        a: Guard::new("a"),
        b: Guard::new("b"),
    }))
    .a
    {
        a => {
            mark("arm");
            a.touch();
        }
    }
    mark("after");
}

#[test]
fn moves_out_of_boxed_scrutinees() {
    let log = Log::fresh();
    assert_eq!(move_out_of_a_boxed_scrutinee().collect::<Vec<_>>(), [1, 2]);
    check!(
        log,
        [
            "new m", "touch m", "drop m", "new i", "touch i", "drop i", "new a", "new b", "arm",
            "touch a", "drop a", "drop b", "after"
        ]
    );
}

// ---- a scrutinee inside the user's `unsafe` block ---------------------------

pub struct Counter {
    n: i64,
}

// Inside `unsafe { .. }`, a suspending `match`'s scrutinee stays a place: a
// `ref mut` binding changes the field itself (the scrutinee was wrapped in
// its own `unsafe { }`, a value: E0716, and had it compiled, the copy would
// have changed).
#[generator(yield = i64)]
fn ref_mut_into_a_field_in_unsafe(mut c: Counter) -> i64 {
    // SAFETY: nothing unsafe happens; the block is the point.
    #[allow(unused_unsafe)]
    unsafe {
        match c.n {
            ref mut x => {
                *x += 1;
                yield_!(*x);
            }
        }
    }
    c.n
}

// The differential tester's seed 8001, body 511, reduced: a temporary's
// field matched by `ref` in an `unsafe` block, across a suspension point.
#[generator(yield = i64)]
fn ref_into_a_temporary_in_unsafe(input: Vec<i64>) {
    // SAFETY: as above.
    #[allow(unused_unsafe)]
    unsafe {
        match guard_with("t", {
            yield_!(0);
            input.len() as u8
        })
        .1
        {
            ref n => {
                mark("arm");
                yield_!(*n as i64);
            }
        }
    }
    mark("after");
}

#[test]
fn scrutinees_in_unsafe_blocks_stay_places() {
    let mut g = ref_mut_into_a_field_in_unsafe(Counter { n: 5 });
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [6]);
    assert_eq!(g.take_return(), Some(6));

    let log = Log::fresh();
    assert_eq!(
        ref_into_a_temporary_in_unsafe(vec![1, 2]).collect::<Vec<_>>(),
        [0, 2]
    );
    assert_eq!(log.take(), ["new t", "arm", "drop t", "after"]);
}

// The temporaries of `let x = h2({ .. }, 10);` end their scope after `x` is
// bound; when that initialiser suspends (on one path of two) and the
// next `let` shadows `x` (so `x` is saved to its slot first), the Rust
// block that clears `x`'s slot at the end of its scope was opened inside the
// temporaries' frame and closed with it: `x`'s slot was cleared before the
// shadowing `let` read it ("genfn internal error: invalid generator
// state"). Found by the differential tester, seed 9900 (body 476).
mod shadowed_after_a_suspending_initialiser {
    use super::*;

    struct Temp(i64);
    impl Drop for Temp {
        fn drop(&mut self) {}
    }
    fn h(x: i64) -> i64 {
        x.wrapping_mul(3)
    }
    fn h2(a: i64, b: i64) -> i64 {
        a.wrapping_add(b)
    }
    fn check(x: i64) -> Result<i64, String> {
        if x > 50 { Err("big".into()) } else { Ok(x) }
    }

    #[generator(yield = i64)]
    fn shadowed(input: &[i64], flag: i64) -> Result<i64, String> {
        if input.is_empty() && 2 < 0 {
        } else {
            let x = h2(
                {
                    if flag.rem_euclid(3) == 0
                        && (input.len() as i64) == {
                            match Temp(2001).0 {
                                2001 => {
                                    if h(-4).rem_euclid(3) == flag {
                                    } else if input.get(1).copied().unwrap_or(7)
                                        < check({
                                            yield_!(5);
                                            -1
                                        })?
                                    {
                                    }
                                }
                                _ => {}
                            }
                            5
                        }
                    {}
                    h2(100, 3)
                },
                10,
            );
            let x = x.wrapping_mul(2);
        }
        Ok(13)
    }

    #[test]
    fn the_shadowed_local_is_read_before_its_slot_is_cleared() {
        let mut g = shadowed(&[], 0);
        assert_eq!(g.by_ref().collect::<Vec<_>>(), [] as [i64; 0]);
        assert_eq!(g.take_return(), Some(Ok(13)));
        let mut g = shadowed(&[1], 3);
        assert_eq!(g.by_ref().collect::<Vec<_>>(), [5]);
        assert_eq!(g.take_return(), Some(Ok(13)));
    }
}
