//! Control flow with suspension points at any depth: every statement-level
//! form of Rust, fns of every shape (free, methods, trait impls, generics,
//! lifetimes, `impl Trait` arguments), and yields nested inside expressions in
//! Rust's evaluation order.
//!
//! Most generators here are written once through `twin!`, which also compiles
//! the same body as a plain function that pushes to a `Vec` where the
//! generator yields; the tests assert that both agree (items and return value).

// These generators exercise unusual shapes on purpose (loops that never
// loop, late initialisation, ...): clippy's style lints do not apply.
#![allow(clippy::all, unused_assignments)]

use std::cell::{Cell, RefCell};
use std::fmt::Debug;
use std::num::ParseIntError;

use genfn::{Body, CoroutineState, Gen, generator};

/// Compiles a body twice: as a `#[generator]` named `$name`, and as a plain
/// function `$reference` returning `(items, return value)` in which `yield_!(v)`
/// pushes `v` to a Vec and `yield_from!(it)` pushes every item of `it`.
/// `$d` must be passed a literal `$` (for the nested macro definitions).
macro_rules! twin {
    ($d:tt
     fn $name:ident / $reference:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty, yield $y:ty
     { $($body:tt)* }
    ) => {
        #[generator(yield = $y)]
        fn $name($($arg: $ty),*) -> $ret {
            $($body)*
        }

        #[allow(unreachable_code, unused_mut, unused_variables, clippy::all)]
        fn $reference($($arg: $ty),*) -> (Vec<$y>, $ret) {
            let mut out: Vec<$y> = Vec::new();
            let ret = {
                let mut body = || -> $ret {
                    #[allow(unused_macros)]
                    macro_rules! yield_ {
                        ($d e:expr) => {
                            out.push($d e)
                        };
                    }
                    #[allow(unused_macros)]
                    macro_rules! yield_from {
                        ($d e:expr) => {
                            for item in $d e {
                                out.push(item)
                            }
                        };
                    }
                    $($body)*
                };
                body()
            };
            (out, ret)
        }
    };
}

/// Runs a generator to completion as an iterator: (items, return value).
fn drain<B>(mut g: Gen<B>) -> (Vec<B::Yield>, B::Return)
where
    B: Body<Resume = ()> + Unpin,
{
    let items: Vec<B::Yield> = g.by_ref().collect();
    assert!(g.is_complete());
    assert_eq!(g.next().map(|_| ()), None, "fused after completion");
    let ret = g
        .take_return()
        .expect("a completed generator has a return value");
    (items, ret)
}

/// Asserts that a generator and its reference function agree.
fn agree<B>(g: Gen<B>, reference: (Vec<B::Yield>, B::Return)) -> (Vec<B::Yield>, B::Return)
where
    B: Body<Resume = ()> + Unpin,
    B::Yield: PartialEq + Debug,
    B::Return: PartialEq + Debug,
{
    let got = drain(g);
    assert_eq!(
        got.0, reference.0,
        "yielded items differ from the plain function"
    );
    assert_eq!(
        got.1, reference.1,
        "return value differs from the plain function"
    );
    got
}

// ===========================================================================
// Laziness: calling the fn runs none of the body.

#[generator(yield = u32)]
fn lazy_counter(runs: &Cell<u32>, n: u32) -> u32 {
    runs.set(runs.get() + 1);
    for i in 0..n {
        runs.set(runs.get() + 10);
        yield_!(i);
    }
    runs.set(runs.get() + 100);
    n
}

#[test]
fn calling_runs_none_of_the_body() {
    let runs = Cell::new(0);
    let mut g = lazy_counter(&runs, 2);
    assert_eq!(runs.get(), 0, "the call ran part of the body");
    assert!(!g.is_complete());
    assert_eq!(g.next(), Some(0));
    assert_eq!(runs.get(), 11, "ran only up to the first yield");
    assert_eq!(g.next(), Some(1));
    assert_eq!(runs.get(), 21);
    assert_eq!(g.next(), None);
    assert_eq!(runs.get(), 121);
    assert_eq!(g.take_return(), Some(2));
    assert_eq!(g.take_return(), None, "the return value is taken once");
}

#[test]
fn dropping_an_unstarted_generator_runs_nothing() {
    let runs = Cell::new(0);
    let g = lazy_counter(&runs, 5);
    drop(g);
    let g2 = lazy_counter(&runs, 0);
    assert_eq!(runs.get(), 0);
    let (items, ret) = drain(g2);
    assert!(items.is_empty());
    assert_eq!(ret, 0);
    assert_eq!(runs.get(), 101);
}

#[test]
fn resume_runs_to_the_next_yield_only() {
    let runs = Cell::new(0);
    let mut g = lazy_counter(&runs, 1);
    assert_eq!(g.resume(()), CoroutineState::Yielded(0));
    assert_eq!(runs.get(), 11);
    assert_eq!(g.resume(()), CoroutineState::Complete(1));
    assert_eq!(runs.get(), 111);
    assert!(g.is_complete());
    // Completed through `resume`: the value was handed out, not kept.
    assert_eq!(g.take_return(), None);
}

// ===========================================================================
// Fns of every shape.

struct Bag {
    items: Vec<u32>,
    visits: u32,
}

impl Bag {
    const SCALE: u32 = 10;

    #[generator(yield = u32)]
    fn scaled(&self) -> usize {
        let mut n = 0;
        for x in self.items.iter() {
            yield_!(*x * Self::SCALE);
            n += 1;
        }
        n
    }

    #[generator(yield = u32)]
    fn drain_items(&mut self) -> u32 {
        while let Some(x) = self.items.pop() {
            self.visits += 1;
            yield_!(x);
        }
        self.visits
    }

    #[generator(yield = u32)]
    fn into_items(self) -> Vec<u32> {
        let Bag { items, visits } = self;
        let mut seen = Vec::new();
        for x in items {
            seen.push(x);
            yield_!(x + visits);
        }
        seen
    }

    #[generator(yield = u32)]
    fn with_other<'b>(&self, other: &'b Bag) -> Self
    where
        Self: Sized,
    {
        for (a, b) in self.items.iter().zip(other.items.iter()) {
            yield_!(a + b);
        }
        Bag {
            items: Vec::new(),
            visits: self.visits + other.visits,
        }
    }
}

#[test]
fn method_by_shared_ref() {
    let bag = Bag {
        items: vec![1, 2, 3],
        visits: 0,
    };
    let mut g = bag.scaled();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [10, 20, 30]);
    assert_eq!(g.take_return(), Some(3));
    // Two generators borrowing the same bag at once.
    let a = bag.scaled();
    let b = bag.scaled();
    assert!(a.zip(b).all(|(x, y)| x == y));
}

#[test]
fn method_by_mut_ref() {
    let mut bag = Bag {
        items: vec![1, 2, 3],
        visits: 5,
    };
    // Calling the method runs none of its body.
    drop(bag.drain_items());
    assert_eq!(bag.items, [1, 2, 3]);
    assert_eq!(bag.visits, 5);
    {
        let mut g = bag.drain_items();
        assert_eq!(g.next(), Some(3));
        assert_eq!(g.next(), Some(2));
        drop(g);
    }
    assert_eq!(bag.items, [1], "the generator mutated through &mut self");
    assert_eq!(bag.visits, 7);
    let (items, ret) = drain(bag.drain_items());
    assert_eq!(items, [1]);
    assert_eq!(ret, 8);
    assert!(bag.items.is_empty());
}

#[test]
fn method_by_value() {
    let bag = Bag {
        items: vec![4, 5],
        visits: 100,
    };
    let (items, ret) = drain(bag.into_items());
    assert_eq!(items, [104, 105]);
    assert_eq!(ret, [4, 5]);
}

#[test]
fn method_with_extra_lifetime_and_where_clause() {
    let a = Bag {
        items: vec![1, 2, 3],
        visits: 1,
    };
    let b = Bag {
        items: vec![10, 20],
        visits: 2,
    };
    let (items, ret) = drain(a.with_other(&b));
    assert_eq!(items, [11, 22]);
    assert_eq!(ret.visits, 3);
}

trait Items {
    fn items(&self) -> impl Iterator<Item = u32>;

    fn total(&self) -> u32 {
        self.items().sum()
    }
}

struct Evens(u32);
struct Countdown(u32);

impl Items for Evens {
    #[generator(yield = u32)]
    fn items(&self) {
        for i in 0..self.0 {
            if i % 2 == 0 {
                yield_!(i);
            }
        }
    }
}

impl Items for Countdown {
    #[generator(yield = u32)]
    fn items(&self) {
        let mut n = self.0;
        while n > 0 {
            yield_!(n);
            n -= 1;
        }
        yield_!(0);
    }
}

fn through_trait(x: &impl Items) -> Vec<u32> {
    x.items().collect()
}

#[test]
fn trait_impl_methods() {
    assert_eq!(through_trait(&Evens(7)), [0, 2, 4, 6]);
    assert_eq!(through_trait(&Countdown(3)), [3, 2, 1, 0]);
    assert_eq!(Evens(5).total(), 6);
    assert_eq!(Countdown(4).total(), 10);
    // The concrete (refined) type is still a Gen.
    let mut g = Evens(3).items();
    assert_eq!(g.next(), Some(0));
    assert!(!g.is_complete());
}

#[generator(yield = (usize, T))]
fn repeat_each<T, I>(items: I, times: usize) -> usize
where
    I: IntoIterator<Item = T>,
    T: Clone + Debug,
{
    let mut total = 0;
    // (`items.into_iter()` is rejected: `items` is kept, see the report.)
    for (idx, item) in IntoIterator::into_iter(items).enumerate() {
        for _ in 0..times {
            yield_!((idx, item.clone()));
            total += 1;
        }
    }
    total
}

#[test]
fn generic_fn_with_where_clause() {
    let (items, ret) = drain(repeat_each(vec!["a".to_string(), "b".to_string()], 2));
    assert_eq!(
        items,
        [
            (0, "a".to_string()),
            (0, "a".to_string()),
            (1, "b".to_string()),
            (1, "b".to_string())
        ]
    );
    assert_eq!(ret, 4);
    let (items, ret) = drain(repeat_each(1..=3u8, 1));
    assert_eq!(items, [(0, 1), (1, 2), (2, 3)]);
    assert_eq!(ret, 3);
}

#[generator(yield = &'a T)]
fn borrowed_items<'a, T>(v: &'a [T]) -> Option<&'a T> {
    for x in v {
        yield_!(x);
    }
    v.first()
}

#[generator(yield = &'a str)]
fn words<'a>(text: &'a str, sep: char) -> usize {
    let mut n = 0;
    for w in text.split(sep) {
        if w.is_empty() {
            continue;
        }
        yield_!(w.trim());
        n += 1;
    }
    n
}

#[generator(yield = (&'a K, &'b V))]
fn zip_refs<'a, 'b, K, V>(keys: &'a [K], values: &'b [V])
where
    K: PartialEq,
{
    let mut i = 0;
    while i < keys.len() && i < values.len() {
        yield_!((&keys[i], &values[i]));
        i += 1;
    }
}

#[test]
fn lifetimes_and_borrowed_items() {
    let data = vec![String::from("x"), String::from("y")];
    let mut g = borrowed_items(&data);
    let refs: Vec<&String> = g.by_ref().collect();
    assert!(std::ptr::eq(refs[0], &data[0]));
    assert!(std::ptr::eq(refs[1], &data[1]));
    assert!(std::ptr::eq(g.take_return().unwrap().unwrap(), &data[0]));
    // The items outlive the generator.
    let first = {
        let mut g = borrowed_items(&data[1..]);
        g.next().unwrap()
    };
    assert_eq!(first, "y");

    let text = String::from("alpha, beta,,gamma");
    let mut g = words(&text, ',');
    let ws: Vec<&str> = g.by_ref().collect();
    assert_eq!(ws, ["alpha", "beta", "gamma"]);
    assert_eq!(g.take_return(), Some(3));

    let keys = [1, 2, 3];
    let values = ["a", "b"];
    let pairs: Vec<_> = zip_refs(&keys, &values).collect();
    assert_eq!(pairs, [(&1, &"a"), (&2, &"b")]);
}

#[generator(yield = String)]
fn labels(items: impl IntoIterator<Item = u32>, label: impl Fn(u32) -> String) -> u32 {
    let mut sum = 0;
    for i in items {
        sum += i;
        yield_!(label(i));
    }
    sum
}

#[test]
fn impl_trait_arguments() {
    let prefix = String::from("#");
    let (items, ret) = drain(labels(vec![3, 4], |i| format!("{prefix}{i}")));
    assert_eq!(items, ["#3", "#4"]);
    assert_eq!(ret, 7);
    let (items, ret) = drain(labels(1..=2, |i| i.to_string()));
    assert_eq!(items, ["1", "2"]);
    assert_eq!(ret, 3);
}

// ===========================================================================
// Blocks, lets with patterns, let-else.

#[derive(Clone, Copy, Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

twin! { $
    fn blocks_and_lets / blocks_and_lets_ref(n: i32) -> i32, yield i32 {
        let a = {
            let t = n * 2;
            yield_!(t);
            t + 1
        };
        let (b, c) = (a, {
            yield_!(a);
            a * 3
        });
        {
            {
                yield_!(b + c);
            }
        }
        let Point { x, y: py } = Point { x: b, y: c };
        yield_!(x);
        yield_!(py);
        let [first, .., last] = [x, 0, py];
        yield_!(first - last);
        let ((p, _), q) = ((1, 2), 3);
        yield_!(p + q);
        let (mut m, ref r) = (10, 20);
        m += *r;
        yield_!(m);
        let Point { x: ref px, .. } = Point { x: m, y: 0 };
        let px = *px;
        yield_!(px);
        x + py + px
    }
}

#[test]
fn blocks_and_let_patterns() {
    let (items, ret) = agree(blocks_and_lets(1), blocks_and_lets_ref(1));
    assert_eq!(items, [2, 3, 12, 3, 9, -6, 4, 30, 30]);
    assert_eq!(ret, 42);
}

twin! { $
    fn let_else / let_else_ref(items: Vec<&'static str>) -> usize, yield i32 {
        // The `else` blocks do not suspend (a suspending `else` is rejected by
        // the macro, see the report), but they leave suspending loops.
        let mut count = 0;
        for s in items {
            yield_!(0);
            let Ok(v) = s.parse::<i32>() else {
                count += 1000;
                continue;
            };
            yield_!(v);
            let Some(half) = (v % 2 == 0).then(|| v / 2) else {
                if v > 100 {
                    return count;
                }
                continue;
            };
            yield_!(half);
            let (Some(q), _) = (v.checked_div(half), 0) else {
                count += 100;
                continue;
            };
            yield_!(q);
            count += 1;
        }
        let Some(last) = Some(count) else { unreachable!() };
        yield_!(last as i32);
        count
    }
}

#[test]
fn let_else_around_yields() {
    let (items, ret) = agree(
        let_else(vec!["4", "x", "3", "0", "8"]),
        let_else_ref(vec!["4", "x", "3", "0", "8"]),
    );
    assert_eq!(items, [0, 4, 2, 2, 0, 0, 3, 0, 0, 0, 0, 8, 4, 2, 1102]);
    assert_eq!(ret, 1102);
    let (items, ret) = agree(
        let_else(vec!["2", "101", "6"]),
        let_else_ref(vec!["2", "101", "6"]),
    );
    assert_eq!(items, [0, 2, 1, 2, 0, 101]);
    assert_eq!(ret, 1);
}

// ===========================================================================
// if / else, if let, let-chains.

fn checked(x: i32) -> Result<i32, String> {
    if x % 3 == 0 {
        Err(format!("{x} is a multiple of 3"))
    } else {
        Ok(x * 100)
    }
}

twin! { $
    fn branches / branches_ref(v: Vec<Option<i32>>) -> i32, yield i32 {
        let mut acc = 0;
        for o in v {
            if let Some(x) = o {
                if x < 0 {
                    yield_!(-x);
                } else if x == 0 {
                    yield_!(1000);
                    acc += 1;
                } else {
                    yield_!(x);
                    yield_!(x * 10);
                }
            } else {
                yield_!(0);
            }
            if let Some(x) = o
                && x > 2
                && let Ok(y) = checked(x)
            {
                yield_!(x + y);
                acc += y;
                yield_!(acc);
            } else if let Some(x) = o
                && x == 1
            {
                yield_!(2000);
            } else if o.is_none() {
                acc -= 1;
            }
            let label = if acc > 500 {
                yield_!(-500);
                "big"
            } else {
                "small"
            };
            yield_!(label.len() as i32);
        }
        acc
    }
}

#[test]
fn if_else_if_let_and_let_chains() {
    let input = vec![Some(1), None, Some(-4), Some(0), Some(3), Some(4), Some(5)];
    let (items, ret) = agree(branches(input.clone()), branches_ref(input));
    assert_eq!(
        items,
        [
            1, 10, 2000, 5, 0, 5, 4, 5, 1000, 5, 3, 30, 5, 4, 40, 404, 400, 5, 5, 50, 505, 900,
            -500, 3
        ]
    );
    assert_eq!(ret, 900);
}

#[generator(yield = i32)]
fn let_chain_bindings_live_across_yields(a: Option<i32>, b: Result<String, i32>) -> String {
    if let Some(x) = a
        && x > 2
        && let Ok(s) = b
        && !s.is_empty()
    {
        yield_!(x);
        yield_!(s.len() as i32);
        format!("{s}{x}")
    } else {
        yield_!(-1);
        String::new()
    }
}

#[test]
fn let_chain_bindings_held_across_yields() {
    let (items, ret) = drain(let_chain_bindings_live_across_yields(
        Some(5),
        Ok("abc".into()),
    ));
    assert_eq!(items, [5, 3]);
    assert_eq!(ret, "abc5");
    let (items, ret) = drain(let_chain_bindings_live_across_yields(
        Some(2),
        Ok("abc".into()),
    ));
    assert_eq!(items, [-1]);
    assert_eq!(ret, "");
    let (items, _) = drain(let_chain_bindings_live_across_yields(
        Some(5),
        Ok(String::new()),
    ));
    assert_eq!(items, [-1]);
    let (items, _) = drain(let_chain_bindings_live_across_yields(Some(5), Err(1)));
    assert_eq!(items, [-1]);
}

// ===========================================================================
// match with guards and bindings used after a yield.

#[derive(Clone, Debug, PartialEq)]
enum Shape {
    Circle { r: i32 },
    Rect(i32, i32),
    Named(String, Box<Shape>),
    Empty,
}

twin! { $
    fn shapes / shapes_ref(v: Vec<Shape>) -> (i32, i32, String), yield i32 {
        let mut circles = 0;
        let mut rects = 0;
        let mut names = String::new();
        for s in v {
            match s {
                Shape::Circle { r } if r > 10 => {
                    yield_!(-1);
                    yield_!(r);
                }
                Shape::Circle { r } => {
                    yield_!(r);
                    circles += r;
                    yield_!(r * 2);
                }
                Shape::Rect(w, h) if w == h => {
                    yield_!(w);
                    yield_!(h);
                    rects += 1;
                }
                Shape::Rect(w, h) => {
                    let area = w * h;
                    yield_!(area);
                    yield_!(w - h);
                    yield_!(area + w);
                }
                Shape::Named(name, inner) => {
                    yield_!(name.len() as i32);
                    match *inner {
                        Shape::Circle { r } | Shape::Rect(r, _) if r % 2 == 0 => {
                            yield_!(100 + r);
                        }
                        other => {
                            yield_!(if other == Shape::Empty { 0 } else { 1 });
                        }
                    }
                    names.push_str(&name);
                    yield_!(names.len() as i32);
                }
                Shape::Empty => {}
            }
        }
        (circles, rects, names)
    }
}

#[test]
fn match_guards_and_bindings_after_yield() {
    let input = vec![
        Shape::Circle { r: 11 },
        Shape::Circle { r: 2 },
        Shape::Rect(3, 3),
        Shape::Rect(2, 5),
        Shape::Empty,
        Shape::Named("ab".into(), Box::new(Shape::Rect(4, 1))),
        Shape::Named("cde".into(), Box::new(Shape::Empty)),
        Shape::Named("f".into(), Box::new(Shape::Circle { r: 3 })),
    ];
    let (items, ret) = agree(shapes(input.clone()), shapes_ref(input));
    assert_eq!(
        items,
        [-1, 11, 2, 4, 3, 3, 10, -3, 12, 2, 104, 2, 3, 0, 5, 1, 1, 6]
    );
    assert_eq!(ret, (2, 1, "abcdef".to_string()));
}

#[generator(yield = &'a T)]
fn slice_patterns<'a, T: PartialEq>(v: &'a [T]) -> usize {
    match v {
        [] => 0,
        [only] => {
            yield_!(only);
            1
        }
        [first, middle @ .., last] if first == last => {
            yield_!(first);
            yield_from!(middle);
            yield_!(last);
            2 + middle.len()
        }
        [first, rest @ ..] => {
            yield_!(first);
            let n = yield_from!(slice_patterns(rest));
            n + 1
        }
    }
}

#[test]
fn match_on_borrowed_slices() {
    let (items, ret) = drain(slice_patterns(&[1, 2, 3, 1]));
    assert_eq!(items, [&1, &2, &3, &1]);
    assert_eq!(ret, 4);
    let (items, ret) = drain(slice_patterns(&[1, 2, 3]));
    assert_eq!(items, [&1, &2, &3]);
    assert_eq!(ret, 3);
    let (items, ret) = drain(slice_patterns::<u8>(&[]));
    assert!(items.is_empty());
    assert_eq!(ret, 0);
}

// ===========================================================================
// Loops: loop, while, while let, for with patterns, break value.

twin! { $
    fn loops / loops_ref(pairs: Vec<(i32, i32)>, points: Vec<Point>) -> i32, yield i32 {
        let mut i = 0;
        loop {
            if i >= 3 {
                break;
            }
            yield_!(i);
            i += 1;
        }
        while i > 0 {
            i -= 1;
            yield_!(i * 10);
        }
        let mut stack = vec![1, 2, 3];
        while let Some(top) = stack.pop() {
            yield_!(top);
            if top == 2 {
                stack.push(0);
            }
        }
        // (`pairs.into_iter()` is rejected: `pairs` is kept, see the report.)
        for (idx, (a, b)) in IntoIterator::into_iter(pairs).enumerate() {
            yield_!(idx as i32);
            yield_!(a * b);
        }
        for Point { x, y: yy } in points {
            if x == yy {
                continue;
            }
            yield_!(x - yy);
        }
        for _ in 0..2 {
            yield_!(7);
        }
        let found = loop {
            i += 1;
            if i == 4 {
                break i * 100;
            }
            yield_!(i);
        };
        let mut countdown = 3;
        while {
            countdown -= 1;
            countdown > 0
        } {
            yield_!(countdown);
        }
        found
    }
}

#[test]
fn every_loop_form() {
    let pairs = vec![(2, 3), (4, 5)];
    let points = vec![
        Point { x: 5, y: 1 },
        Point { x: 2, y: 2 },
        Point { x: 0, y: 9 },
    ];
    let (items, ret) = agree(
        loops(pairs.clone(), points.clone()),
        loops_ref(pairs, points),
    );
    assert_eq!(
        items,
        [
            0, 1, 2, 20, 10, 0, 3, 2, 0, 1, 0, 6, 1, 20, 4, -9, 7, 7, 1, 2, 3, 2, 1
        ]
    );
    assert_eq!(ret, 400);
}

twin! { $
    fn labelled / labelled_ref(n: i32) -> Vec<(i32, i32)>, yield (i32, i32) {
        let mut skipped = Vec::new();
        'outer: for i in 0..n {
            'inner: for j in 0..n {
                if j > i {
                    continue 'outer;
                }
                if i + j == 5 {
                    skipped.push((i, j));
                    continue 'inner;
                }
                if i * j == 12 {
                    break 'outer;
                }
                // Non-suspending code that jumps out of the suspending loops.
                for k in 0..3 {
                    if k == 1 && i == 2 && j == 1 {
                        continue 'outer;
                    }
                    if k == 2 && i == 3 && j == 3 {
                        skipped.push((i, -j));
                        continue 'inner;
                    }
                }
                match (i, j) {
                    (1, 1) => {
                        let mut w = 0;
                        while w < 10 {
                            w += 1;
                            if w == 3 {
                                continue 'outer;
                            }
                        }
                    }
                    _ => {}
                }
                yield_!((i, j));
            }
            yield_!((i, -1));
        }
        yield_!((-1, -1));
        skipped
    }
}

#[test]
fn labelled_break_and_continue() {
    let (items, ret) = agree(labelled(6), labelled_ref(6));
    assert_eq!(
        items,
        [
            (0, 0),
            (1, 0),
            (2, 0),
            (3, 0),
            (3, 1),
            (4, 0),
            (4, 2),
            (-1, -1)
        ]
    );
    assert_eq!(ret, [(3, 2), (3, -3), (4, 1)]);
}

twin! { $
    fn break_values / break_values_ref(limit: i32) -> (i32, i32, i32), yield i32 {
        // `break 'l value` from a non-suspending inner loop to a suspending one.
        let a = 'l: loop {
            yield_!(1);
            for x in 0..10 {
                if x == limit {
                    break 'l x * 2;
                }
            }
            yield_!(2);
            break -1;
        };
        // Labelled block with a yield, broken out of early or not.
        let b = 'blk: {
            yield_!(3);
            if limit > 2 {
                break 'blk limit * 10;
            }
            yield_!(4);
            0
        };
        // Labelled block broken out of from inside a non-suspending loop.
        let c = 'b: {
            for i in 0..10 {
                if i == limit + 1 {
                    break 'b i;
                }
            }
            yield_!(5);
            -1
        };
        // Labelled block inside a loop: break the block, continue the loop.
        let mut seen = 0;
        'l2: for i in 0..3 {
            'blk2: {
                if i == 1 {
                    break 'blk2;
                }
                yield_!(10 + i);
                if i == 2 {
                    break 'l2;
                }
            }
            seen += 1;
            yield_!(20 + i);
        }
        yield_!(seen);
        (a, b, c)
    }
}

#[test]
fn break_with_values_and_labelled_blocks() {
    let (items, ret) = agree(break_values(3), break_values_ref(3));
    assert_eq!(items, [1, 3, 10, 20, 21, 12, 2]);
    assert_eq!(ret, (6, 30, 4));
    let (items, ret) = agree(break_values(20), break_values_ref(20));
    assert_eq!(items, [1, 2, 3, 5, 10, 20, 21, 12, 2]);
    assert_eq!(ret, (-1, 200, -1));
    let (items, ret) = agree(break_values(1), break_values_ref(1));
    assert_eq!(items, [1, 3, 4, 10, 20, 21, 12, 2]);
    assert_eq!(ret, (2, 0, 2));
}

// ===========================================================================
// Early return, `?` on Result and Option.

twin! { $
    fn early / early_ref(n: i32) -> &'static str, yield i32 {
        for i in 0.. {
            if i == n {
                return "hit";
            }
            yield_!(i);
            match i {
                5 => {
                    yield_!(50);
                    return "five";
                }
                _ => {
                    // A return from non-suspending code.
                    for k in 0..3 {
                        if k + i == 8 {
                            return "nested";
                        }
                    }
                }
            }
        }
        "never"
    }
}

#[test]
fn early_return_with_value() {
    let (items, ret) = agree(early(2), early_ref(2));
    assert_eq!(items, [0, 1]);
    assert_eq!(ret, "hit");
    let (items, ret) = agree(early(9), early_ref(9));
    assert_eq!(items, [0, 1, 2, 3, 4, 5, 50]);
    assert_eq!(ret, "five");
    let (items, ret) = agree(early(0), early_ref(0));
    assert!(items.is_empty());
    assert_eq!(ret, "hit");
}

#[generator(yield = i32)]
fn return_unit_early(stop: bool) {
    yield_!(1);
    if stop {
        return;
    }
    yield_!(2);
}

#[test]
fn bare_return_in_unit_generator() {
    assert_eq!(return_unit_early(true).collect::<Vec<_>>(), [1]);
    assert_eq!(return_unit_early(false).collect::<Vec<_>>(), [1, 2]);
}

#[derive(Debug, PartialEq)]
enum MyErr {
    Parse(ParseIntError),
    Negative(i32),
    Other(String),
}

impl From<ParseIntError> for MyErr {
    fn from(e: ParseIntError) -> Self {
        MyErr::Parse(e)
    }
}

impl From<String> for MyErr {
    fn from(e: String) -> Self {
        MyErr::Other(e)
    }
}

twin! { $
    fn parse_all / parse_all_ref(v: Vec<&'static str>) -> Result<i32, MyErr>, yield i32 {
        let mut sum = 0;
        for s in v {
            let n: i32 = s.parse()?;
            if n < 0 {
                Err(MyErr::Negative(n))?;
            }
            yield_!(n);
            // `?` with a From conversion, inside a suspending loop.
            let checked_n = checked(n)?;
            yield_!(checked_n);
            sum += n;
        }
        // `?` in non-suspending code nested in a suspending loop.
        for _ in 0..1 {
            yield_!(-1);
            for x in [sum] {
                let _ = checked(x)?;
            }
        }
        Ok(sum)
    }
}

#[test]
fn question_mark_on_result_with_from() {
    let (items, ret) = agree(parse_all(vec!["1", "2"]), parse_all_ref(vec!["1", "2"]));
    assert_eq!(items, [1, 100, 2, 200, -1]);
    assert_eq!(ret, Err(MyErr::Other("3 is a multiple of 3".into())));
    let (items, ret) = agree(parse_all(vec!["1", "4"]), parse_all_ref(vec!["1", "4"]));
    assert_eq!(items, [1, 100, 4, 400, -1]);
    assert_eq!(ret, Ok(5));
    let (items, ret) = agree(
        parse_all(vec!["1", "x", "2"]),
        parse_all_ref(vec!["1", "x", "2"]),
    );
    assert_eq!(items, [1, 100]);
    assert!(matches!(ret, Err(MyErr::Parse(_))));
    let (items, ret) = agree(parse_all(vec!["-5"]), parse_all_ref(vec!["-5"]));
    assert!(items.is_empty());
    assert_eq!(ret, Err(MyErr::Negative(-5)));
    let (items, ret) = agree(parse_all(vec!["3"]), parse_all_ref(vec!["3"]));
    assert_eq!(items, [3]);
    assert_eq!(ret, Err(MyErr::Other("3 is a multiple of 3".into())));
}

#[test]
fn question_mark_result_through_try_iter() {
    let out: Vec<Result<i32, MyErr>> = parse_all(vec!["1", "x"]).try_iter().collect();
    assert_eq!(out.len(), 3);
    assert_eq!(out[0], Ok(1));
    assert_eq!(out[1], Ok(100));
    assert!(matches!(out[2], Err(MyErr::Parse(_))));
}

twin! { $
    fn option_chain / option_chain_ref(v: Vec<Option<i32>>) -> Option<i32>, yield i32 {
        let mut last = 0;
        for o in v {
            let x = o?;
            yield_!(x);
            last = x;
        }
        let y = 100i32.checked_div(last)?;
        yield_!(y);
        let z = (yield_!(-1), Some(y + 1)?).1;
        Some(z)
    }
}

#[test]
fn question_mark_on_option() {
    let (items, ret) = agree(
        option_chain(vec![Some(1), Some(5)]),
        option_chain_ref(vec![Some(1), Some(5)]),
    );
    assert_eq!(items, [1, 5, 20, -1]);
    assert_eq!(ret, Some(21));
    let (items, ret) = agree(
        option_chain(vec![Some(1), None, Some(5)]),
        option_chain_ref(vec![Some(1), None, Some(5)]),
    );
    assert_eq!(items, [1]);
    assert_eq!(ret, None);
    let (items, ret) = agree(option_chain(vec![Some(0)]), option_chain_ref(vec![Some(0)]));
    assert_eq!(items, [0]);
    assert_eq!(ret, None);
}

// ===========================================================================
// Shadowing, nested blocks, unsafe blocks, statement macros.

twin! { $
    fn shadows / shadows_ref(base: i32) -> String, yield String {
        let x = base;
        let s = String::from("outer");
        {
            let x = x + 10;
            yield_!(format!("{x}"));
            // (`let s = s.len();` here does not compile, see the report.)
            let len = s.len();
            let s = len;
            yield_!(format!("{s}"));
            let x = "str";
            yield_!(x.to_string());
            {
                let s = s * 2;
                yield_!(s.to_string());
            }
            yield_!(s.to_string());
        }
        yield_!(format!("{x}"));
        let x = x * 2;
        yield_!(format!("{x} {s}"));
        for x in 0..2 {
            let x = x * 100;
            yield_!(x.to_string());
        }
        let s = {
            let s = format!("{s}!");
            yield_!(s.clone());
            s + "?"
        };
        yield_!(format!("{x}"));
        s
    }
}

#[test]
fn shadowing_keeps_outer_locals() {
    let (items, ret) = agree(shadows(1), shadows_ref(1));
    assert_eq!(
        items,
        [
            "11", "5", "str", "10", "5", "1", "2 outer", "0", "100", "outer!", "2"
        ]
    );
    assert_eq!(ret, "outer!?");
}

unsafe fn double(x: i32) -> i32 {
    x * 2
}

twin! { $
    fn unsafe_blocks / unsafe_blocks_ref(x: i32) -> i32, yield i32 {
        let mut total = 0;
        unsafe {
            let a = double(x);
            yield_!(a);
            total += a;
            yield_!(double(a));
        }
        for i in 0..2 {
            let v = unsafe {
                yield_!(i);
                // (A tail `double(i)` here loses the `unsafe` context, see
                // the report.)
                let d = double(i);
                d
            };
            total += v;
        }
        let raw: *const i32 = &total;
        let _ = raw;
        let copy = unsafe { *(&total as *const i32) };
        yield_!(copy);
        total
    }
}

#[test]
fn unsafe_blocks_with_yields() {
    let (items, ret) = agree(unsafe_blocks(3), unsafe_blocks_ref(3));
    assert_eq!(items, [6, 12, 0, 1, 8]);
    assert_eq!(ret, 8);
}

twin! { $
    fn statement_macros / statement_macros_ref(name: String, count: usize) -> String, yield String {
        use std::fmt::Write as _;
        let mut buf = String::new();
        yield_!(format!("{name}-{count}"));
        println!("{name} {count}");
        eprintln!("{name:?}");
        assert_eq!(count, 3, "count {count} for {name}");
        assert!(!name.is_empty(), "{name}");
        debug_assert_ne!(count, 0);
        yield_!(format!("{name}:{count:>3}"));
        for i in 0..count {
            write!(buf, "{i}").unwrap();
            yield_!(buf.clone());
        }
        let v = vec![count; 2];
        yield_!(format!("{v:?}"));
        let m = matches!(v.as_slice(), [3, 3]);
        yield_!(format!("{m}"));
        format!("{buf}/{name}/{}", v.len())
    }
}

#[test]
fn statement_macros_and_format_captures() {
    let (items, ret) = agree(
        statement_macros("n".into(), 3),
        statement_macros_ref("n".into(), 3),
    );
    assert_eq!(items, ["n-3", "n:  3", "0", "01", "012", "[3, 3]", "true"]);
    assert_eq!(ret, "012/n/2");
}

#[test]
#[should_panic(expected = "count 2 for n")]
fn assert_inside_generator_panics_on_resume() {
    let mut g = statement_macros("n".into(), 2);
    assert_eq!(g.next().as_deref(), Some("n-2"));
    g.next();
}

// ===========================================================================
// A deep nest of everything.

twin! { $
    fn deep / deep_ref(rows: Vec<Vec<Option<i32>>>) -> Result<i32, String>, yield i32 {
        let mut acc = 0;
        // (`rows.into_iter()` / `row.into_iter()` are rejected: kept, see
        // the report.)
        'rows: for (r, row) in IntoIterator::into_iter(rows).enumerate() {
            let mut it = IntoIterator::into_iter(row);
            while let Some(cell) = it.next() {
                match cell {
                    Some(v) if v < 0 => {
                        if v == -99 {
                            return Err(format!("row {r}"));
                        }
                        {
                            let adj = loop {
                                yield_!(v);
                                break v * -1;
                            };
                            acc += adj;
                        }
                    }
                    Some(v) => {
                        let lbl = 'b: {
                            if v == 0 {
                                break 'b 0;
                            }
                            for k in 0..v {
                                if k == 2 {
                                    yield_!(1000 + r as i32);
                                    continue 'rows;
                                }
                                yield_!(k);
                            }
                            v
                        };
                        acc += lbl;
                    }
                    None => {
                        if let Some(next) = it.next() {
                            yield_!(next.unwrap_or(-7));
                        } else {
                            yield_!(-8);
                            break 'rows;
                        }
                    }
                }
            }
            yield_!(acc);
        }
        Ok(acc)
    }
}

#[test]
fn deeply_nested_control_flow() {
    let rows = vec![
        vec![Some(2), Some(-3), None, Some(4), Some(0)],
        vec![Some(5), Some(1)],
        vec![None, None, None],
        vec![Some(9)],
    ];
    let (items, ret) = agree(deep(rows.clone()), deep_ref(rows));
    assert_eq!(items, [0, 1, -3, 4, 5, 0, 1, 1001, -7, -8]);
    assert_eq!(ret, Ok(5));
    let rows = vec![vec![Some(1)], vec![Some(-99)]];
    let (items, ret) = agree(deep(rows.clone()), deep_ref(rows));
    assert_eq!(items, [0, 1]);
    assert_eq!(ret, Err("row 1".into()));
}

// ===========================================================================
// Yields nested in expressions: Rust's left-to-right evaluation order.

type Log = RefCell<Vec<&'static str>>;

fn note<T>(log: &Log, what: &'static str, value: T) -> T {
    log.borrow_mut().push(what);
    value
}

fn add3(a: i32, b: i32, c: i32) -> i32 {
    a * 100 + b * 10 + c
}

fn entries(log: &Log) -> Vec<&'static str> {
    log.borrow().clone()
}

#[generator(yield = &'static str, resume = i32)]
fn call_args_order(log: &Log) -> i32 {
    let r = add3(note(log, "a", 1), yield_!("b"), note(log, "c", 3));
    note(log, "after", r)
}

#[test]
fn call_arguments_before_a_yield_run_before_it() {
    let log = Log::default();
    let mut g = call_args_order(&log);
    assert_eq!(g.start(), CoroutineState::Yielded("b"));
    assert_eq!(entries(&log), ["a"]);
    assert_eq!(g.resume(2), CoroutineState::Complete(123));
    assert_eq!(entries(&log), ["a", "c", "after"]);
}

#[generator(yield = i32, resume = i32)]
fn nested_yields() -> (i32, i32) {
    let x = yield_!(yield_!(1) + 1);
    let y = add3(yield_!(10), add3(yield_!(20), 0, yield_!(30)), yield_!(40));
    (x, y)
}

#[test]
fn yield_of_a_yield_and_nested_calls() {
    let mut g = nested_yields();
    assert_eq!(g.start(), CoroutineState::Yielded(1));
    assert_eq!(g.resume(5), CoroutineState::Yielded(6));
    assert_eq!(g.resume(77), CoroutineState::Yielded(10));
    assert_eq!(g.resume(1), CoroutineState::Yielded(20));
    assert_eq!(g.resume(2), CoroutineState::Yielded(30));
    assert_eq!(g.resume(3), CoroutineState::Yielded(40));
    assert_eq!(g.resume(4), CoroutineState::Complete((77, 100 + 2030 + 4)));
}

#[generator(yield = &'static str, resume = i32)]
fn match_on_yield(log: &Log) -> i32 {
    let mut total = 0;
    for _ in 0..3 {
        total += match yield_!("which?") {
            0 => note(log, "zero", 0),
            n if n < 0 => {
                let again = yield_!("negative");
                note(log, "neg", n * again)
            }
            n => n,
        };
    }
    total
}

#[test]
fn match_scrutinee_is_a_yield() {
    let log = Log::default();
    let mut g = match_on_yield(&log);
    assert_eq!(g.start(), CoroutineState::Yielded("which?"));
    assert_eq!(g.resume(0), CoroutineState::Yielded("which?"));
    assert_eq!(g.resume(-2), CoroutineState::Yielded("negative"));
    assert_eq!(g.resume(3), CoroutineState::Yielded("which?"));
    assert_eq!(g.resume(5), CoroutineState::Complete(-1));
    assert_eq!(entries(&log), ["zero", "neg"]);
}

#[generator(yield = i32, resume = i32)]
fn push_yields() -> Vec<i32> {
    let mut v = Vec::new();
    v.push(yield_!(1));
    v.push(yield_!(2) * 10);
    let mut other = vec![0];
    other.extend([yield_!(3), yield_!(4)]);
    v.append(&mut other);
    v
}

#[test]
fn method_call_arguments_that_yield() {
    let mut g = push_yields();
    assert_eq!(g.start(), CoroutineState::Yielded(1));
    assert_eq!(g.resume(7), CoroutineState::Yielded(2));
    assert_eq!(g.resume(8), CoroutineState::Yielded(3));
    assert_eq!(g.resume(9), CoroutineState::Yielded(4));
    assert_eq!(
        g.resume(10),
        CoroutineState::Complete(vec![7, 80, 0, 9, 10])
    );
}

#[generator(yield = &'static str, resume = i32)]
fn binary_ops(log: &Log, x: i32) -> (i32, i32, i32) {
    let a = x + yield_!("rhs");
    let b = note(log, "lhs", 100) - yield_!("rhs2");
    let mut c = 1;
    c += yield_!("compound");
    c *= note(log, "mul", 3);
    (a, b, c)
}

#[test]
fn binary_operands_left_to_right() {
    let log = Log::default();
    let mut g = binary_ops(&log, 5);
    assert_eq!(g.start(), CoroutineState::Yielded("rhs"));
    assert!(entries(&log).is_empty());
    assert_eq!(g.resume(1), CoroutineState::Yielded("rhs2"));
    assert_eq!(entries(&log), ["lhs"], "lhs evaluated before the rhs yield");
    assert_eq!(g.resume(30), CoroutineState::Yielded("compound"));
    assert_eq!(g.resume(4), CoroutineState::Complete((6, 70, 15)));
    assert_eq!(entries(&log), ["lhs", "mul"]);
}

#[generator(yield = &'static str, resume = bool)]
fn short_circuit(log: &Log, a: bool) -> (bool, bool) {
    let and = note(log, "and-lhs", a) && yield_!("and-rhs");
    let or = note(log, "or-lhs", a) || yield_!("or-rhs");
    (and, or)
}

#[test]
fn short_circuit_skips_the_yield() {
    let log = Log::default();
    let mut g = short_circuit(&log, false);
    // `false && ..` skips its yield; `false || ..` does not.
    assert_eq!(g.start(), CoroutineState::Yielded("or-rhs"));
    assert_eq!(entries(&log), ["and-lhs", "or-lhs"]);
    assert_eq!(g.resume(true), CoroutineState::Complete((false, true)));

    let log = Log::default();
    let mut g = short_circuit(&log, true);
    assert_eq!(g.start(), CoroutineState::Yielded("and-rhs"));
    assert_eq!(entries(&log), ["and-lhs"]);
    // `true || ..` skips its yield.
    assert_eq!(g.resume(false), CoroutineState::Complete((false, true)));
    assert_eq!(entries(&log), ["and-lhs", "or-lhs"]);
}

#[generator(yield = &'static str, resume = i32)]
fn aggregates(log: &Log) -> (Point, Point, (i32, i32, i32), [i32; 3]) {
    let p = Point {
        x: note(log, "x", 1),
        y: yield_!("y"),
    };
    // Fields are evaluated in source order, not declaration order.
    let q = Point {
        y: yield_!("q.y"),
        x: note(log, "q.x", 2),
    };
    let t = (note(log, "t0", 0), yield_!("t1"), note(log, "t2", 2));
    let arr = [yield_!("a0"), note(log, "a1", 11), yield_!("a2")];
    (p, q, t, arr)
}

#[test]
fn struct_tuple_and_array_literals() {
    let log = Log::default();
    let mut g = aggregates(&log);
    assert_eq!(g.start(), CoroutineState::Yielded("y"));
    assert_eq!(entries(&log), ["x"]);
    assert_eq!(g.resume(10), CoroutineState::Yielded("q.y"));
    assert_eq!(entries(&log), ["x"]);
    assert_eq!(g.resume(20), CoroutineState::Yielded("t1"));
    assert_eq!(entries(&log), ["x", "q.x", "t0"]);
    assert_eq!(g.resume(1), CoroutineState::Yielded("a0"));
    assert_eq!(entries(&log), ["x", "q.x", "t0", "t2"]);
    assert_eq!(g.resume(10), CoroutineState::Yielded("a2"));
    assert_eq!(entries(&log), ["x", "q.x", "t0", "t2", "a1"]);
    assert_eq!(
        g.resume(12),
        CoroutineState::Complete((
            Point { x: 1, y: 10 },
            Point { x: 2, y: 20 },
            (0, 1, 2),
            [10, 11, 12]
        ))
    );
}

#[generator(yield = i32, resume = bool)]
fn conditions() -> i32 {
    let mut n = 0;
    if yield_!(0) {
        n += 1;
    } else {
        n += 100;
    }
    while yield_!(n) {
        n += 10;
    }
    if !yield_!(-1) && yield_!(-2) {
        n += 1000;
    }
    n
}

#[test]
fn conditions_that_yield() {
    let mut g = conditions();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    assert_eq!(g.resume(true), CoroutineState::Yielded(1));
    assert_eq!(g.resume(true), CoroutineState::Yielded(11));
    assert_eq!(g.resume(true), CoroutineState::Yielded(21));
    assert_eq!(g.resume(false), CoroutineState::Yielded(-1));
    assert_eq!(g.resume(false), CoroutineState::Yielded(-2));
    assert_eq!(g.resume(true), CoroutineState::Complete(1021));

    let mut g = conditions();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    assert_eq!(g.resume(false), CoroutineState::Yielded(100));
    assert_eq!(g.resume(false), CoroutineState::Yielded(-1));
    assert_eq!(g.resume(true), CoroutineState::Complete(100));
}

fn takes_ref(x: &i32, y: &mut i32) -> i32 {
    *y += 1;
    *x + *y
}

#[generator(yield = &'static str, resume = i32)]
fn misc_positions(log: &Log) -> (i32, i32, u8, i32, i32) {
    let arr = [10, 20, 30];
    let idx = arr[yield_!("index") as usize];
    let neg = -yield_!("neg");
    let cast = yield_!("cast") as u8;
    let mut m = 0;
    let r = takes_ref(&yield_!("ref"), &mut m);
    let chained = note(log, "recv", String::from("abc"))
        .repeat(yield_!("count") as usize)
        .len() as i32;
    (idx, neg, cast, r + m, chained)
}

#[test]
fn index_unary_cast_ref_and_receiver_positions() {
    let log = Log::default();
    let mut g = misc_positions(&log);
    assert_eq!(g.start(), CoroutineState::Yielded("index"));
    assert_eq!(g.resume(2), CoroutineState::Yielded("neg"));
    assert_eq!(g.resume(4), CoroutineState::Yielded("cast"));
    assert_eq!(g.resume(300), CoroutineState::Yielded("ref"));
    assert_eq!(g.resume(5), CoroutineState::Yielded("count"));
    assert_eq!(
        entries(&log),
        ["recv"],
        "receiver evaluated before the argument"
    );
    assert_eq!(g.resume(2), CoroutineState::Complete((30, -4, 44, 7, 6)));
}

#[generator(yield = i32, resume = i32)]
fn yield_in_return_and_break() -> i32 {
    let v = loop {
        break yield_!(1) * 2;
    };
    if v > 10 {
        return yield_!(v);
    }
    v
}

#[test]
fn yield_as_break_and_return_operand() {
    let mut g = yield_in_return_and_break();
    assert_eq!(g.start(), CoroutineState::Yielded(1));
    assert_eq!(g.resume(6), CoroutineState::Yielded(12));
    assert_eq!(g.resume(99), CoroutineState::Complete(99));
    let mut g = yield_in_return_and_break();
    assert_eq!(g.start(), CoroutineState::Yielded(1));
    assert_eq!(g.resume(3), CoroutineState::Complete(6));
}

#[generator(yield = i32, resume = i32)]
fn more_positions(a: Option<i32>) -> Vec<i32> {
    let mut out = Vec::new();
    let Some(x) = Some(yield_!(1)) else {
        return out;
    };
    out.push(x);
    for i in 0..yield_!(2) {
        out.push(i);
    }
    while let Some(y) = (yield_!(3) > 0).then_some(5) {
        out.push(y);
    }
    let arr = [yield_!(4); 2];
    out.extend(arr);
    let r = (yield_!(5)).pow(2);
    out.push(r);
    if let Some(z) = a
        && yield_!(6) > z
    {
        out.push(z);
    }
    let v = 'blk: {
        if x > 0 {
            break 'blk yield_!(7);
        }
        0
    };
    out.push(v);
    out
}

#[test]
fn yields_in_let_else_for_while_let_repeat_receiver_and_chain_positions() {
    let mut g = more_positions(Some(3));
    assert_eq!(g.start(), CoroutineState::Yielded(1));
    assert_eq!(g.resume(9), CoroutineState::Yielded(2));
    assert_eq!(g.resume(2), CoroutineState::Yielded(3));
    assert_eq!(g.resume(1), CoroutineState::Yielded(3));
    assert_eq!(g.resume(0), CoroutineState::Yielded(4));
    assert_eq!(g.resume(8), CoroutineState::Yielded(5));
    assert_eq!(g.resume(3), CoroutineState::Yielded(6));
    assert_eq!(g.resume(4), CoroutineState::Yielded(7));
    assert_eq!(
        g.resume(11),
        CoroutineState::Complete(vec![9, 0, 1, 5, 8, 8, 9, 3, 11])
    );
    // `a` is None: the let-chain skips its yield.
    let mut g = more_positions(None);
    assert_eq!(g.start(), CoroutineState::Yielded(1));
    assert_eq!(g.resume(-1), CoroutineState::Yielded(2));
    assert_eq!(g.resume(0), CoroutineState::Yielded(3));
    assert_eq!(g.resume(0), CoroutineState::Yielded(4));
    assert_eq!(g.resume(1), CoroutineState::Yielded(5));
    assert_eq!(g.resume(2), CoroutineState::Complete(vec![-1, 1, 1, 4, 0]));
}

twin! { $
    fn nested_return / nested_return_ref(limit: i32) -> Result<i32, String>, yield i32 {
        // `return` and `?` inside non-suspending loops nested in a
        // suspending `for`/`while`.
        for i in 0..10 {
            yield_!(i);
            loop {
                if i == limit {
                    return Err(format!("stop at {i}"));
                }
                break;
            }
            for k in 0..i {
                if k * i > limit * 3 {
                    return Ok(k);
                }
            }
        }
        let mut j = 0;
        while j < 3 {
            yield_!(100 + j);
            for x in [j] {
                let _ = checked(x + limit)?;
            }
            j += 1;
        }
        Ok(-1)
    }
}

#[test]
fn return_from_non_suspending_loops_inside_suspending_loops() {
    let (items, ret) = agree(nested_return(2), nested_return_ref(2));
    assert_eq!(items, [0, 1, 2]);
    assert_eq!(ret, Err("stop at 2".into()));
    let (items, ret) = agree(nested_return(20), nested_return_ref(20));
    assert_eq!(items, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert_eq!(ret, Ok(7));
    let (items, ret) = agree(nested_return(31), nested_return_ref(31));
    assert_eq!(items, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101, 102]);
    assert_eq!(ret, Err("33 is a multiple of 3".into()));
    let (items, ret) = agree(nested_return(11), nested_return_ref(11));
    assert_eq!(items, [0, 1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(ret, Ok(5));
}
