//! Recursive generators (`yield_from!(walk(..))` inside `walk`): they run on
//! a stack of frames (`gen_core::__private::Frames`), so each item costs one
//! step whatever the depth, the depth is bounded by the heap, not the thread's
//! stack, and calls in tail position reuse their frame. These tests check
//! what a user can observe of it: results, resume values, drop order (innermost
//! frame first, a frame's locals after the frames it called), panics, `Clone`.

use std::panic::{AssertUnwindSafe, catch_unwind};

use genfn::CoroutineState::{Complete, Yielded};
use genfn::generator;

#[macro_use]
mod common;
use common::*;

/// Depths that run in a second in debug builds, and in reasonable time
/// under Miri.
const DEEP: u32 = if cfg!(miri) { 200 } else { 100_000 };

/// Not in tail position: the frame yields after its call returns, so every
/// level stays on the stack of frames.
#[generator(yield = u32)]
fn nested(n: u32) -> u64 {
    if n == 0 {
        return 0;
    }
    let below = yield_from!(nested(n - 1));
    yield_!(n);
    below + u64::from(n)
}

#[test]
fn deep_recursion_runs_on_the_heap() {
    // Nested generators would resume (and drop) through DEEP native calls.
    let mut g = nested(DEEP);
    let mut expected = 1;
    for n in g.by_ref() {
        assert_eq!(n, expected);
        expected += 1;
    }
    assert_eq!(expected, DEEP + 1);
    let n = u64::from(DEEP);
    assert_eq!(g.take_return(), Some(n * (n + 1) / 2));
}

#[test]
fn dropping_a_deep_recursion_does_not_overflow() {
    let mut g = nested(DEEP);
    assert_eq!(g.next(), Some(1)); // DEEP frames on the stack
    drop(g);
}

/// Tail calls: the value of the call is the frame's return value.
#[generator(yield = u32)]
fn countdown(n: u32) -> &'static str {
    if n == 0 {
        return "liftoff";
    }
    yield_!(n);
    yield_from!(countdown(n - 1))
}

/// Tail call in a body returning `()`, as its last statement.
#[generator(yield = u32)]
fn evens(n: u32) {
    if n > 0 {
        if n.is_multiple_of(2) {
            yield_!(n);
        }
        yield_from!(evens(n - 1));
    }
}

#[test]
fn tail_calls_return_the_callee_value() {
    let mut g = countdown(DEEP);
    assert_eq!(g.by_ref().count(), DEEP as usize);
    assert_eq!(g.take_return(), Some("liftoff"));
    assert_eq!(evens(7).collect::<Vec<_>>(), [6, 4, 2]);
}

/// A value computed from the call's value, in an expression.
#[generator(yield = u32)]
fn sum_tree(depth: u32) -> u32 {
    if depth == 0 {
        yield_!(1);
        return 1;
    }
    let total = 1 + yield_from!(sum_tree(depth - 1)) * 2 - yield_from!(sum_tree(depth - 1));
    yield_!(total);
    total
}

#[test]
fn call_values_in_expressions() {
    fn plain(depth: u32, out: &mut Vec<u32>) -> u32 {
        if depth == 0 {
            out.push(1);
            return 1;
        }
        let total = 1 + plain(depth - 1, out) * 2 - plain(depth - 1, out);
        out.push(total);
        total
    }
    let mut expected = Vec::new();
    let ret = plain(4, &mut expected);
    let mut g = sum_tree(4);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), expected);
    assert_eq!(g.take_return(), Some(ret));
}

/// Resume values go to the innermost frame.
#[generator(yield = u32, resume = u32)]
fn chain(n: u32) -> u32 {
    if n == 0 {
        return 0;
    }
    let got = yield_!(n);
    let below = yield_from!(chain(n - 1));
    got + below
}

#[test]
fn resume_values_reach_the_innermost_frame() {
    let mut g = chain(3);
    assert_eq!(g.start(), Yielded(3));
    assert_eq!(g.resume(100), Yielded(2));
    assert_eq!(g.resume(20), Yielded(1));
    assert_eq!(g.resume(3), Complete(123));
}

// ---------------------------------------------------------------------------
// Drops.

struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {
        mark(&format!("drop {}", self.0));
    }
}

/// Each frame holds a guard across its call.
#[generator(yield = u32)]
fn guarded(n: u32) {
    let _g = Guard(n);
    yield_!(n);
    if n > 1 {
        // Tail position, but the frame still holds `_g`: an ordinary call,
        // `_g` is dropped after the callee returns.
        yield_from!(guarded(n - 1));
    }
}

fn guarded_plain(n: u32) {
    let _g = Guard(n);
    mark(&format!("yield {n}"));
    if n > 1 {
        guarded_plain(n - 1);
    }
}

#[test]
fn frames_drop_their_locals_after_their_callees() {
    let log = Log::fresh();
    for n in guarded(3) {
        mark(&format!("yield {n}"));
    }
    let got = log.take();
    guarded_plain(3);
    assert_eq!(got, log.take());
    assert_eq!(
        got,
        [
            "yield 3", "yield 2", "yield 1", "drop 1", "drop 2", "drop 3"
        ]
    );
}

#[test]
fn dropping_a_suspended_recursion_drops_the_innermost_frame_first() {
    let log = Log::fresh();
    let mut g = guarded(3);
    assert_eq!(g.next(), Some(3));
    assert_eq!(g.next(), Some(2));
    assert_eq!(g.next(), Some(1));
    check!(log, []);
    drop(g);
    check!(log, ["drop 1", "drop 2", "drop 3"]);
}

#[generator(yield = u32)]
fn panics_at_the_bottom(n: u32) {
    let _g = Guard(n);
    if n == 0 {
        panic!("bottom");
    }
    yield_!(n);
    yield_from!(panics_at_the_bottom(n - 1));
    yield_!(n + 100);
}

#[test]
fn a_panic_in_a_deep_frame_poisons_and_drops_each_local_once() {
    let log = Log::fresh();
    let mut g = panics_at_the_bottom(2);
    assert_eq!(g.next(), Some(2));
    assert_eq!(g.next(), Some(1));
    let err = catch_unwind(AssertUnwindSafe(|| g.next())).unwrap_err();
    assert_eq!(err.downcast_ref::<&str>(), Some(&"bottom"));
    // The panicking frame's guard was a Rust local of the step: unwinding
    // dropped it; the frames above still hold theirs.
    check!(log, ["drop 0"]);
    assert!(g.is_poisoned());
    // The frames above the panicking one are still there: the generator's
    // state (the outermost frame's) stops the resume before any of them runs.
    let err = catch_unwind(AssertUnwindSafe(|| g.next())).unwrap_err();
    let message = err.downcast_ref::<&str>().copied().unwrap_or_default();
    assert!(message.contains("poisoned"), "{message}");
    check!(log, []);
    drop(g);
    check!(log, ["drop 1", "drop 2"]);
}

#[generator(yield = u32)]
fn twice(n: u32) {
    if n > 0 {
        yield_!(n);
        yield_from!(twice(n - 1));
    }
}

#[test]
fn a_completed_recursion_is_fused_and_cannot_be_resumed() {
    let mut g = twice(2);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 1]);
    assert_eq!(g.next(), None);
    assert!(g.is_complete());
    let err = catch_unwind(AssertUnwindSafe(|| g.resume(()))).unwrap_err();
    assert_eq!(
        err.downcast_ref::<&str>(),
        Some(&"generator resumed after completion")
    );
}

// ---------------------------------------------------------------------------
// Borrows, generics, methods, Clone.

/// The callee borrows a local of its caller's frame, kept in place.
#[generator(yield = u32)]
fn halves<'a>(items: &'a [u32], depth: u32) -> usize {
    if depth == 0 || items.len() < 2 {
        for x in items {
            yield_!(*x);
        }
        return 1;
    }
    let owned: Vec<u32> = items.iter().map(|x| x * 10).collect();
    let (left, right) = owned.split_at(owned.len() / 2);
    let a = yield_from!(halves(left, depth - 1));
    let b = yield_from!(halves(right, depth - 1));
    a + b
}

#[test]
fn callees_borrow_their_callers_locals() {
    let items = [1, 2, 3, 4, 5, 6, 7, 8];
    let mut g = halves(&items, 2);
    assert_eq!(
        g.by_ref().collect::<Vec<_>>(),
        [100, 200, 300, 400, 500, 600, 700, 800]
    );
    assert_eq!(g.take_return(), Some(4));
}

/// Generic recursion, no `'static` bound needed.
#[generator(yield = Vec<T>)]
fn permutations<T: Clone>(prefix: Vec<T>, rest: Vec<T>) {
    if rest.is_empty() {
        yield_!(prefix);
        return;
    }
    for i in 0..rest.len() {
        let mut p = prefix.clone();
        let mut r = rest.clone();
        p.push(r.remove(i));
        yield_from!(permutations(p, r));
    }
}

#[test]
fn generic_recursion_over_borrowed_data() {
    let words = [String::from("a"), String::from("b"), String::from("c")];
    let refs: Vec<&String> = words.iter().collect();
    let all: Vec<Vec<&String>> = permutations(vec![], refs).collect();
    assert_eq!(all.len(), 6);
    assert_eq!(all[3], [&words[1], &words[2], &words[0]]);
}

struct Tree {
    value: u32,
    children: Vec<Tree>,
}

impl Tree {
    #[generator(yield = u32)]
    fn postorder(&self) -> u32 {
        let mut count = 1;
        for child in &self.children {
            count += yield_from!(Self::postorder(child));
        }
        yield_!(self.value);
        count
    }
}

#[test]
fn recursive_methods() {
    let leaf = |value| Tree {
        value,
        children: vec![],
    };
    let t = Tree {
        value: 1,
        children: vec![
            leaf(2),
            Tree {
                value: 3,
                children: vec![leaf(4), leaf(5)],
            },
        ],
    };
    let mut g = t.postorder();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 4, 5, 3, 1]);
    assert_eq!(g.take_return(), Some(5));
}

#[generator(yield = u32, clone)]
fn ladder(n: u32) {
    if n == 0 {
        return;
    }
    yield_!(n);
    yield_from!(ladder(n - 1));
    yield_!(n * 10);
}

#[test]
fn cloning_forks_every_frame() {
    let mut g = ladder(3);
    assert_eq!(g.next(), Some(3));
    assert_eq!(g.next(), Some(2));
    let fork = g.clone();
    assert_eq!(g.collect::<Vec<_>>(), [1, 10, 20, 30]);
    assert_eq!(fork.collect::<Vec<_>>(), [1, 10, 20, 30]);
}

/// A recursion whose base case is reached through `?`.
#[generator(yield = u32)]
fn parse_nested(text: &str) -> Result<u32, String> {
    let Some(inner) = text.strip_prefix('(') else {
        let n: u32 = text.parse().map_err(|_| format!("not a number: {text}"))?;
        yield_!(n);
        return Ok(n);
    };
    let inner = inner
        .strip_suffix(')')
        .ok_or_else(|| String::from("unbalanced"))?;
    let n = yield_from!(parse_nested(inner))?;
    yield_!(n + 1);
    Ok(n + 1)
}

#[test]
fn errors_come_back_through_the_frames() {
    let mut g = parse_nested("(((7)))");
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [7, 8, 9, 10]);
    assert_eq!(g.take_return(), Some(Ok(10)));
    let mut g = parse_nested("((x))");
    assert_eq!(g.by_ref().count(), 0);
    assert_eq!(g.take_return(), Some(Err(String::from("not a number: x"))));
}

// ---------------------------------------------------------------------------
// Which calls are recursions: a call named like the function runs on frames
// only if it reaches this very function (the shadow checks it; calls that
// name another function are compile errors, see ui-tests `recursion_*`).
// These recursions must still compile and run on frames.

trait Walk {
    type Item;
    fn walk(
        &self,
    ) -> genfn::Gen<impl genfn::Body<Resume = (), Yield = &Self::Item, Return = usize>>;
    fn depths(
        t: &Self,
        depth: u32,
    ) -> genfn::Gen<impl genfn::Body<Resume = (), Yield = u32, Return = ()>>;
}

/// A trait impl: `Self::walk` names the trait method (the type has no
/// inherent `walk`).
impl Walk for Tree {
    type Item = u32;

    #[generator(yield = &u32)]
    fn walk(&self) -> usize {
        let mut n = 1;
        yield_!(&self.value);
        for child in &self.children {
            n += yield_from!(Self::walk(child));
        }
        n
    }

    #[generator(yield = u32)]
    fn depths(t: &Self, depth: u32) {
        yield_!(depth);
        for child in &t.children {
            yield_from!(Self::depths(child, depth + 1));
        }
    }
}

struct Labelled<T> {
    label: T,
    children: Vec<Labelled<T>>,
}

impl<T: Clone> Labelled<T> {
    /// An associated function of a generic impl (no `self`).
    #[generator(yield = T)]
    fn labels(t: &Self) {
        yield_!(t.label.clone());
        for child in &t.children {
            yield_from!(Self::labels(child));
        }
    }
}

/// The same generator defined twice by a macro, the recursive call passed
/// in as an expression (an invisible group around it).
macro_rules! countdowns {
    ($($module:ident),*; $n:ident, $call:expr) => {
        $(mod $module {
            use genfn::generator;

            #[generator(yield = u32)]
            pub fn down($n: u32) {
                if $n > 0 {
                    yield_!($n);
                    yield_from!($call);
                }
            }
        })*
    };
}
countdowns!(first, second; n, down(n - 1));

#[test]
fn recursions_in_trait_impls_generic_impls_and_macros() {
    let leaf = |value| Tree {
        value,
        children: vec![],
    };
    let t = Tree {
        value: 1,
        children: vec![
            leaf(2),
            Tree {
                value: 3,
                children: vec![leaf(4)],
            },
        ],
    };
    let mut g = t.walk();
    assert_eq!(g.by_ref().copied().collect::<Vec<_>>(), [1, 2, 3, 4]);
    assert_eq!(g.take_return(), Some(4));
    assert_eq!(Tree::depths(&t, 0).collect::<Vec<_>>(), [0, 1, 1, 2]);
    let l = Labelled {
        label: "a",
        children: vec![Labelled {
            label: "b",
            children: vec![],
        }],
    };
    assert_eq!(Labelled::labels(&l).collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(
        first::down(2).chain(second::down(1)).collect::<Vec<_>>(),
        [2, 1, 1]
    );
}
