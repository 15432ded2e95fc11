//! Adversarial tests: safe code that once reached undefined behaviour
//! through a generator, and must now run correctly (these tests, under Miri
//! with Stacked and Tree Borrows) or be rejected at compile time (the
//! `soundness_*` cases of ui-tests). Each test names the hole it closes.
//!
//! The locals these bodies borrow across a yield are kept in place (a heap
//! cell reached through a raw pointer), so every test first makes sure of
//! that with a borrow that lives across a `yield_!`.

#![allow(clippy::all, unused_assignments, unused_variables, dropping_copy_types)]

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use genfn::{gen_, generator};

#[macro_use]
mod common;
use common::*;

/// Polls a future that is ready at once.
fn ready<T>(mut f: Pin<Box<dyn Future<Output = T>>>) -> T {
    let mut cx = Context::from_waker(Waker::noop());
    match f.as_mut().poll(&mut cx) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("not ready"),
    }
}

// ---------------------------------------------------------------------------
// Values that leave the body by value own what they capture.

/// `async move` takes the local: the future outlives the generator.
#[generator(yield = Pin<Box<dyn Future<Output = usize>>>)]
fn futures_owning_a_local() {
    let v = vec![1usize, 2, 3];
    let it = v.iter();
    yield_!(Box::pin(async { 0 }));
    let n = it.count();
    yield_!(Box::pin(async move { v.len() * 10 + n }));
}

#[test]
fn async_move_block_takes_the_local_out_of_its_slot() {
    let mut g = futures_owning_a_local();
    let first = g.next().unwrap();
    let second = g.next().unwrap();
    drop(g);
    assert_eq!(ready(first), 0);
    assert_eq!(ready(second), 33);
}

/// A nested `gen_!(move ..)` takes the local too.
#[generator(yield = genfn::BoxGen<'static, u32, (), ()>)]
fn generators_owning_a_local() {
    let v = vec![1u32, 2, 3];
    let it = v.iter();
    yield_!(gen_! { yield 0u32; }.boxed());
    let n = it.count() as u32;
    yield_!(
        gen_!(move {
            for i in 0..v.len() {
                yield v[i] + n;
            }
        })
        .boxed()
    );
}

#[test]
fn nested_move_generator_takes_the_local_out_of_its_slot() {
    let mut g = generators_owning_a_local();
    let _first = g.next().unwrap();
    let second = g.next().unwrap();
    drop(g);
    assert_eq!(second.collect::<Vec<_>>(), [4, 5, 6]);
}

/// A `move` closure whose parameter has the name of a kept-in-place local
/// does not capture that local.
#[generator(yield = usize)]
fn closure_parameter_named_like_a_local() -> String {
    let v = String::from("kept");
    let w = String::from("ww");
    let r = &v;
    yield_!(r.len());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let c = move |v: &str| v.len() + w.len();
    yield_!(c("abc"));
    v
}

#[test]
fn closure_parameters_are_not_captures() {
    let mut g = closure_parameter_named_like_a_local();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [4, 5]);
    assert_eq!(g.take_return().as_deref(), Some("kept"));
}

/// Nor does one that declares a local of that name.
#[generator(yield = usize)]
fn closure_let_named_like_a_local() -> String {
    let v = String::from("kept");
    let r = &v;
    yield_!(r.len());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let c = move || {
        let v = "inner";
        v.len()
    };
    yield_!(c());
    v
}

#[test]
fn closure_lets_are_not_captures() {
    let mut g = closure_let_named_like_a_local();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [4, 5]);
    assert_eq!(g.take_return().as_deref(), Some("kept"));
}

/// A format capture inside a `move` closure is a capture.
#[generator(yield = Box<dyn Fn() -> String>)]
fn closure_format_capture() {
    let v = vec![1, 2];
    let it = v.iter();
    yield_!(Box::new(|| String::new()));
    let n = it.count();
    yield_!(Box::new(move || format!("{v:?}{n}")));
}

#[test]
fn format_captures_in_move_closures_take_the_local() {
    let mut g = closure_format_capture();
    let _ = g.next().unwrap();
    let f = g.next().unwrap();
    drop(g);
    assert_eq!(f(), "[1, 2]2");
}

/// A `move` closure that mutates what it captured.
#[generator(yield = usize)]
fn move_closure_mutating_its_capture() {
    let mut v = vec![1usize];
    let r = &v;
    yield_!(r.len());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let mut push = move |x| {
        v.push(x);
        v.len()
    };
    yield_!(push(2));
}

#[test]
fn move_closure_may_mutate_a_taken_local() {
    assert_eq!(
        move_closure_mutating_its_capture().collect::<Vec<_>>(),
        [1, 2]
    );
}

// ---------------------------------------------------------------------------
// Places that Rust does not move stay in their slots.

#[generator(yield = String)]
fn wildcard_let() {
    let v = String::from("still here");
    let r = &v;
    yield_!(r.clone());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let _ = v;
    #[allow(clippy::let_underscore_untyped)]
    let _: String = v;
    yield_!(v.clone());
}

#[test]
fn let_underscore_does_not_move() {
    assert_eq!(wildcard_let().collect::<Vec<_>>(), ["still here"; 2]);
}

#[generator(yield = String)]
fn wildcard_assignment() {
    let v = String::from("still here");
    let r = &v;
    yield_!(r.clone());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    _ = v;
    yield_!(v.clone());
}

#[test]
fn assignment_to_underscore_does_not_move() {
    assert_eq!(wildcard_assignment().collect::<Vec<_>>(), ["still here"; 2]);
}

#[generator(yield = String)]
fn refutable_wildcard(fail: bool) {
    let v = Some(String::from("still here"));
    let r = &v;
    yield_!(r.clone().unwrap());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let Some(_) = v else {
        return;
    };
    yield_!(v.clone().unwrap());
    let Some(_) = (if fail { None } else { Some(()) }) else {
        yield_!(v.clone().unwrap());
        return;
    };
}

#[test]
fn refutable_pattern_without_bindings_does_not_move() {
    assert_eq!(refutable_wildcard(false).count(), 2);
    assert_eq!(refutable_wildcard(true).count(), 3);
}

#[derive(Clone)]
struct Pair {
    name: String,
    n: u32,
    m: u32,
}

#[generator(yield = u32)]
fn struct_update_of_copy_fields() -> String {
    let p = Pair {
        name: String::from("p"),
        n: 1,
        m: 2,
    };
    let r = &p;
    yield_!(r.n);
    std::hint::black_box(r); // `r` lives across the yield: `p` is kept in place
    let q = Pair {
        name: String::from("q"),
        ..p
    };
    yield_!(q.n + q.m);
    let p = p;
    p.name
}

#[test]
fn struct_update_copies_the_fields_it_does_not_name() {
    let mut g = struct_update_of_copy_fields();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 3]);
    assert_eq!(g.take_return().as_deref(), Some("p"));
}

#[generator(yield = u32)]
fn partial_copy() -> String {
    let p = (String::from("p"), 7u32);
    let r = &p;
    yield_!(r.1);
    std::hint::black_box(r); // `r` lives across the yield: `p` is kept in place
    let (_, n) = p;
    let (ref name, _) = p;
    yield_!(n + name.len() as u32);
    let p = p;
    p.0
}

#[test]
fn destructuring_copies_and_borrows_from_the_place() {
    let mut g = partial_copy();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [7, 8]);
    assert_eq!(g.take_return().as_deref(), Some("p"));
}

#[generator(yield = usize)]
fn let_else_binding_from_a_place() {
    let v = Some(String::from("abc"));
    let r = &v;
    yield_!(0);
    let Some(ref s) = v else {
        return;
    };
    yield_!(s.len() + r.as_ref().map_or(0, |s| s.len()));
}

#[test]
fn let_else_binds_by_reference_from_the_place() {
    assert_eq!(let_else_binding_from_a_place().collect::<Vec<_>>(), [0, 6]);
}

#[generator(yield = String)]
fn whole_destructuring() {
    let p = (String::from("a"), String::from("b"));
    let r = &p;
    yield_!(r.0.clone());
    std::hint::black_box(r); // `r` lives across the yield: `p` is kept in place
    // A tuple pattern moves field by field: from a kept-in-place local,
    // move the whole local first.
    let (a, b) = { p };
    yield_!(a + &b);
}

#[test]
fn destructuring_a_moved_whole_local() {
    assert_eq!(whole_destructuring().collect::<Vec<_>>(), ["a", "ab"]);
}

// ---------------------------------------------------------------------------
// Macros: whatever a macro builds from its tokens cannot keep a pointer to a
// slot; format macros read kept-in-place locals as before.

macro_rules! twice {
    ($e:expr) => {
        $e + $e
    };
}

#[generator(yield = usize)]
fn macros_reading_kept_locals() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(twice!(v.len()));
    let s = format!("{v:?} {}", v.len());
    yield_!(s.len() + it.count());
}

#[test]
fn macros_read_kept_in_place_locals() {
    assert_eq!(macros_reading_kept_locals().collect::<Vec<_>>(), [6, 14]);
}

macro_rules! call_now {
    ($e:expr) => {
        (move || $e)()
    };
}

#[generator(yield = usize)]
fn closure_built_and_called_by_a_macro() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(0);
    yield_!(it.count());
    yield_!(call_now!(v.len()));
}

#[test]
fn a_closure_a_macro_builds_and_calls_at_once_works() {
    assert_eq!(
        closure_built_and_called_by_a_macro().collect::<Vec<_>>(),
        [0, 3, 3]
    );
}

// ---------------------------------------------------------------------------
// Recursion: a frame borrows the locals of the frame that called it, so the
// frames are dropped innermost first, also when a destructor panics.

struct Reader<'a>(&'a Vec<u32>, &'static str);

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        // Reads what it borrows: a use after free if the caller's frame
        // were dropped first.
        mark(&format!("drop {} (reads {})", self.1, self.0.len()));
    }
}

struct PanicOnDrop;

impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        mark("panic");
        panic!("drop");
    }
}

#[generator(yield = u32)]
fn borrowing_frames(depth: u32, parent: &Vec<u32>) {
    let reader = Reader(parent, ["r0", "r1", "r2", "r3"][depth as usize]);
    let mine = vec![depth; depth as usize + 1];
    if depth == 3 {
        let _bomb = PanicOnDrop;
        yield_!(depth);
        return;
    }
    yield_from!(borrowing_frames(depth + 1, &mine));
    drop(reader);
}

#[test]
fn frames_are_dropped_innermost_first_when_a_destructor_panics() {
    let root = vec![9];
    let log = Log::fresh();
    let mut g = borrowing_frames(0, &root);
    assert_eq!(g.next(), Some(3));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(g)));
    assert!(result.is_err());
    assert_eq!(
        log.take(),
        [
            "panic",
            "drop r3 (reads 3)",
            "drop r2 (reads 2)",
            "drop r1 (reads 1)",
            "drop r0 (reads 1)",
        ]
    );
}

// ---------------------------------------------------------------------------
// A macro that expands to a place of a kept-in-place local still writes to
// that local.

macro_rules! first {
    ($v:expr) => {
        $v[0]
    };
}

#[generator(yield = i32)]
fn macro_places() -> Vec<i32> {
    let mut v = vec![1, 2];
    let r = &v;
    yield_!(0);
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    first!(v) = 5;
    yield_!(first!(v));
    *(&mut first!(v)) += 1;
    let p = &mut first!(v);
    *p += 1;
    yield_!(first!(v));
    v
}

#[test]
fn macro_expanding_to_a_place_writes_the_local() {
    let mut g = macro_places();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 5, 7]);
    assert_eq!(g.take_return(), Some(vec![7, 2]));
}

// ---------------------------------------------------------------------------
// Found by a second review: assignments that do not look like `v = x`,
// closures that move a kept-in-place local when they run, bindings the
// rewrite could not see, ranges in macro tokens.

#[generator(yield = usize)]
fn moved_then_paren_assigned() {
    let mut v = vec![1usize];
    let r = &v;
    yield_!(0);
    let n = r.len();
    let w = v;
    (v) = vec![2, 3];
    yield_!(n + w.len() + v.len());
}

#[test]
fn parenthesised_assignment_after_a_move_does_not_drop_the_moved_value() {
    assert_eq!(moved_then_paren_assigned().collect::<Vec<_>>(), [0, 4]);
}

#[generator(yield = usize)]
fn uninit_then_paren_assigned() {
    let v;
    (v) = vec![String::from("a")];
    let r = &v;
    yield_!(r.len());
    yield_!(r.len());
}

#[test]
fn parenthesised_assignment_initialises() {
    assert_eq!(uninit_then_paren_assigned().collect::<Vec<_>>(), [1, 1]);
}

#[generator(yield = usize)]
fn closure_moves_when_created() {
    let mut v = vec![String::from("a")];
    let r = &v;
    yield_!(0);
    let n = r.len();
    let f = || drop(v);
    v = vec![String::from("b"), String::from("c")];
    f();
    yield_!(n + v.len());
    yield_!(v[1].len());
}

#[test]
fn a_closure_that_moves_a_local_takes_it_when_created() {
    assert_eq!(closure_moves_when_created().collect::<Vec<_>>(), [0, 3, 1]);
}

#[generator(yield = usize)]
fn async_block_moves_when_created() {
    let mut v = vec![String::from("a")];
    let r = &v;
    yield_!(0);
    let n = r.len();
    let fut = async { drop(v) };
    v = vec![String::from("b"), String::from("c")];
    ready(Box::pin(fut));
    yield_!(n + v.len());
    yield_!(v[1].len());
}

#[test]
fn an_async_block_that_moves_a_local_takes_it_when_created() {
    assert_eq!(
        async_block_moves_when_created().collect::<Vec<_>>(),
        [0, 3, 1]
    );
}

macro_rules! id_pat {
    ($p:pat) => {
        $p
    };
}

#[generator(yield = usize)]
fn macro_pattern_shadows() {
    let v = vec![String::from("a")];
    let r = &v;
    yield_!(0);
    {
        let id_pat!(v) = std::ptr::null_mut::<Vec<String>>();
        drop(v);
    }
    yield_!(r.len());
    yield_!(r[0].len());
}

#[test]
fn a_binding_made_by_a_pattern_macro_shadows_the_local() {
    assert_eq!(macro_pattern_shadows().collect::<Vec<_>>(), [0, 1, 1]);
}

#[allow(non_snake_case)]
#[generator(yield = usize)]
fn uppercase_parameter_shadows() {
    let mut V = vec![String::from("a")];
    let r = &V;
    yield_!(0);
    let n = r.len();
    let f = |V: *mut Vec<String>| drop(V);
    f(std::ptr::null_mut());
    V.push(String::new());
    yield_!(n + V.len());
}

#[test]
fn an_uppercase_closure_parameter_shadows_the_local() {
    assert_eq!(uppercase_parameter_shadows().collect::<Vec<_>>(), [0, 3]);
}

#[generator(yield = String)]
fn range_in_macro() {
    let v = 5u32;
    let r = &v;
    yield_!(format!("{:?}", ..v));
    yield_!(format!("{}", r));
}

#[test]
fn a_range_end_in_macro_tokens_is_the_local() {
    assert_eq!(range_in_macro().collect::<Vec<_>>(), ["..5", "5"]);
}

// A closure a macro builds around a kept-in-place local reaches it through a
// reference (the shadow checks the same reference): it may be kept in a
// local while the local lives, not yielded (ui
// `soundness_macro_move_closure_escapes`).

macro_rules! deferred {
    ($e:expr) => {
        move || $e
    };
}

#[generator(yield = usize)]
fn closure_from_a_macro_kept_in_a_local() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    yield_!(0);
    let n = it.count();
    let f = deferred!(v.len() + n);
    yield_!(1);
    yield_!(f());
}

#[test]
fn a_closure_a_macro_builds_borrows_the_kept_local() {
    assert_eq!(
        closure_from_a_macro_kept_in_a_local().collect::<Vec<_>>(),
        [0, 1, 6]
    );
}

// Format captures of a nested invocation belong to it.
#[generator(yield = String)]
fn nested_format_captures() {
    let v = vec![1, 2];
    let r = &v;
    yield_!(String::new());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let all = vec![format!("{v:?}")];
    yield_!(all[0].clone());
    yield_!(format!("{v:?}/{}", format!("{v:?}")));
}

#[test]
fn format_captures_in_nested_macros_read_the_local() {
    assert_eq!(
        nested_format_captures().collect::<Vec<_>>(),
        ["", "[1, 2]", "[1, 2]/[1, 2]"]
    );
}

// A macro in a `while` condition: its reference lives in the condition, so
// the body may change the local.
#[derive(Debug)]
enum Phase {
    Run(u32),
    Done,
}

#[generator(yield = u32)]
fn macro_in_a_loop_condition() {
    let mut s = Phase::Run(0);
    let r = &s;
    yield_!(0);
    std::hint::black_box(r); // `r` lives across the yield: `s` is kept in place
    while matches!(s, Phase::Run(_)) {
        s = match s {
            Phase::Run(n) if n < 2 => Phase::Run(n + 1),
            _ => Phase::Done,
        };
        yield_!(1);
    }
    yield_!(matches!(s, Phase::Done) as u32 * 10);
}

#[test]
fn a_macro_in_a_while_condition_sees_each_new_value() {
    assert_eq!(
        macro_in_a_loop_condition().collect::<Vec<_>>(),
        [0, 1, 1, 1, 10]
    );
}

// The annotation of a pattern that reads a kept-in-place local's place types
// the local, as in Rust.
#[generator(yield = usize)]
fn annotated_place_pattern() {
    let v = (200, 100);
    let r = &v;
    yield_!(0);
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    let (a, b): (u8, u8) = v;
    yield_!(std::mem::size_of_val(&a) + std::mem::size_of_val(&b));
    yield_!(a.wrapping_add(b) as usize);
}

#[test]
fn a_typed_pattern_on_a_place_keeps_its_type() {
    assert_eq!(annotated_place_pattern().collect::<Vec<_>>(), [0, 2, 44]);
}
