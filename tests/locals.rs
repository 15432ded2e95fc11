//! Locals of any type held across suspension points with no annotation:
//! closures, iterator adapters, `impl Trait` values, generic values, Strings
//! and Vecs moved and re-assigned, partially moved structs, deferred
//! initialisation, inference from later uses; and hygiene (user names that look
//! like the generated code's, a `mod core {}` at the crate root).

// These generators exercise unusual shapes on purpose (loops that never
// loop, late initialisation, ...): clippy's style lints do not apply.
#![allow(clippy::all, unused_assignments)]

// Hygiene: the generated code must name `::core`, never a relative `core`.
#[allow(dead_code)]
mod core {
    pub mod option {
        pub enum Option<T> {
            Nothing(T),
        }
    }
    pub fn mem() {}
}

// More lookalikes of what the generated code could name.
#[allow(dead_code)]
struct Machine;
#[allow(dead_code)]
struct Slots;
#[allow(dead_code)]
fn take_arg() {}
#[allow(dead_code)]
fn invalid_state() -> u8 {
    0
}

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt::{Debug, Display};
use std::rc::Rc;

use genfn::{Body, CoroutineState, Gen, gen_, generator};

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
                #[allow(unused_mut)]
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

fn drain<B>(mut g: Gen<B>) -> (Vec<B::Yield>, B::Return)
where
    B: Body<Resume = ()> + Unpin,
{
    let items: Vec<B::Yield> = g.by_ref().collect();
    let ret = g.take_return().expect("completed");
    (items, ret)
}

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
// Closures.

twin! { $
    fn closures / closures_ref(offset: i32, name: String) -> String, yield i32 {
        let add = move |a: i32| a + offset;
        let mut counter = {
            let mut c = 0;
            move || {
                c += 1;
                c
            }
        };
        let greet = move |n: i32| format!("{name}#{n}");
        let boxed: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x * offset);
        yield_!(add(1));
        yield_!(counter());
        yield_!(boxed(3));
        for i in 0..2 {
            yield_!(add(i) + counter());
        }
        let compose = move |x| boxed(add(x));
        yield_!(compose(10));
        yield_!(counter());
        let last = counter();
        greet(last)
    }
}

#[test]
fn closures_held_across_yields() {
    let (items, ret) = agree(closures(5, "n".into()), closures_ref(5, "n".into()));
    assert_eq!(items, [6, 1, 15, 7, 9, 75, 4]);
    assert_eq!(ret, "n#5");
}

#[generator(yield = i32)]
fn closure_type_inferred_later() -> u64 {
    // The parameter type of `inc` is only known from a call after a yield.
    let inc = |x| x + 1;
    yield_!(0);
    let n = inc(41u64);
    yield_!(1);
    inc(n)
}

#[test]
fn closure_parameter_type_from_a_later_use() {
    assert_eq!(drain(closure_type_inferred_later()), (vec![0, 1], 43));
}

#[generator(yield = T)]
fn apply_generic<T: Clone, F>(x: T, f: F) -> usize
where
    F: Fn(T) -> Option<T>,
{
    let mut cur = x;
    let mut steps = 0;
    while let Some(next) = f(cur.clone()) {
        yield_!(cur);
        cur = next;
        steps += 1;
    }
    yield_!(cur);
    steps
}

#[test]
fn generic_closure_argument() {
    let (items, steps) = drain(apply_generic(10u32, |x| x.checked_sub(4)));
    assert_eq!(items, [10, 6, 2]);
    assert_eq!(steps, 2);
    let (items, _) = drain(apply_generic(String::from("ab"), |s| {
        (s.len() < 4).then(|| format!("{s}!"))
    }));
    assert_eq!(items, ["ab", "ab!", "ab!!"]);
}

// ===========================================================================
// Iterator adapters and impl Trait values.

fn make_adder(n: i32) -> impl Fn(i32) -> i32 + Clone {
    move |x| x + n
}

fn evens() -> impl Iterator<Item = u32> {
    (0..).step_by(2)
}

fn shown(x: impl Display) -> impl Display {
    format!("<{x}>")
}

twin! { $
    fn adapters / adapters_ref(limit: i32) -> Vec<i32>, yield i32 {
        let it = (0..5).map(|x| x * 2);
        yield_!(-1);
        for x in it {
            yield_!(x);
        }
        let mut it2 = (0..limit).filter(|x| x % 3 != 0).map(move |x| x * limit);
        yield_!(-2);
        loop {
            let Some(x) = it2.next() else { break };
            yield_!(x);
        }
        let mut peek = vec![1, 1, 2, 3, 3, 3].into_iter().peekable();
        while let Some(x) = peek.next() {
            let mut run = 1;
            while peek.next_if_eq(&x).is_some() {
                run += 1;
            }
            yield_!(x * 10 + run);
        }
        let mut zipped = (1..).zip("abc".chars()).skip(1);
        yield_!(-3);
        let (n, c) = zipped.next().unwrap();
        yield_!(n + c as i32);
        // (`zipped.map(..)` is rejected: `zipped` is kept, see the report.)
        let rest: Vec<i32> = Iterator::map(zipped, |(n, _)| n).collect();
        rest
    }
}

#[test]
fn iterator_adapters_held_across_yields() {
    let (items, ret) = agree(adapters(5), adapters_ref(5));
    assert_eq!(
        items,
        [-1, 0, 2, 4, 6, 8, -2, 5, 10, 20, 12, 21, 33, -3, 100]
    );
    assert_eq!(ret, [3]);
}

#[generator(yield = String)]
fn impl_trait_values(start: i32) -> i32 {
    let add = make_adder(start);
    let mut ev = evens();
    let d = shown(start);
    yield_!(d.to_string());
    let e1 = ev.next().unwrap();
    yield_!(format!("{}", add(e1 as i32)));
    let add2 = add.clone();
    let e2 = ev.next().unwrap();
    yield_!(format!("{d}{}", add2(e2 as i32)));
    add(add2(0))
}

#[test]
fn impl_trait_values_held_across_yields() {
    let (items, ret) = drain(impl_trait_values(7));
    assert_eq!(items, ["<7>", "7", "<7>9"]);
    assert_eq!(ret, 14);
}

#[generator(yield = String)]
fn with_impl_trait_argument(items: impl IntoIterator<Item = impl Display>) -> usize {
    // (`items.into_iter()` is rejected: `items` is kept, see the report.)
    let mut it = IntoIterator::into_iter(items);
    let mut n = 0;
    while let Some(x) = it.next() {
        let s = x.to_string();
        yield_!(s.clone());
        yield_!(format!("{s}{s}"));
        n += 1;
    }
    n
}

#[test]
fn nested_impl_trait_arguments() {
    let (items, ret) = drain(with_impl_trait_argument([1, 2]));
    assert_eq!(items, ["1", "11", "2", "22"]);
    assert_eq!(ret, 2);
}

// ===========================================================================
// Generic values.

#[generator(yield = (T, U))]
fn generic_values<T, U>(a: T, b: U, n: usize) -> (Vec<T>, U)
where
    T: Clone + Debug,
    U: Clone + Default + PartialEq,
{
    let copy = a.clone();
    let mut collected: Vec<T> = Vec::new();
    let pair = (copy, b.clone());
    yield_!(pair.clone());
    for _ in 0..n {
        collected.push(pair.0.clone());
        yield_!((a.clone(), U::default()));
    }
    let (_, u) = pair;
    // (`if … { b } else { u }` is rejected: `b` is kept, see the report.)
    let chosen = if u == U::default() { b.clone() } else { u };
    (collected, chosen)
}

#[test]
fn generic_parameter_values() {
    let (items, ret) = drain(generic_values(String::from("x"), 5u8, 2));
    assert_eq!(
        items,
        [
            ("x".to_string(), 5),
            ("x".to_string(), 0),
            ("x".to_string(), 0)
        ]
    );
    assert_eq!(ret, (vec!["x".to_string(), "x".to_string()], 5));
    let (items, ret) = drain(generic_values(vec![1], Some('c'), 0));
    assert_eq!(items, [(vec![1], Some('c'))]);
    assert_eq!(ret, (vec![], Some('c')));
}

// ===========================================================================
// Strings and Vecs moved, re-assigned, taken.

twin! { $
    fn moves / moves_ref(seed: String) -> (String, Vec<String>), yield String {
        let mut s = seed;
        s.push('1');
        yield_!(s.clone());
        let moved = s;
        yield_!(moved.clone());
        s = String::from("fresh");
        yield_!(s.clone());
        let mut v = vec![moved];
        v.push(s.clone());
        yield_!(v.join(","));
        let old = std::mem::take(&mut v);
        yield_!(format!("{}|{}", old.len(), v.len()));
        // (`old.into_iter()` is rejected: `old` is kept, see the report.)
        v = IntoIterator::into_iter(old).rev().collect();
        yield_!(v.join(","));
        let mut parts = Vec::new();
        for w in v {
            parts.push(w.to_uppercase());
            yield_!(parts.concat());
        }
        // `v` was moved by the loop; give it a new value.
        v = vec![String::from("again")];
        s.push_str(&v[0]);
        yield_!(s.clone());
        (s, parts)
    }
}

#[test]
fn strings_and_vecs_moved_and_reassigned() {
    let (items, ret) = agree(moves("a".into()), moves_ref("a".into()));
    assert_eq!(
        items,
        [
            "a1",
            "a1",
            "fresh",
            "a1,fresh",
            "2|0",
            "fresh,a1",
            "FRESH",
            "FRESHA1",
            "freshagain"
        ]
    );
    assert_eq!(
        ret,
        ("freshagain".into(), vec!["FRESH".into(), "A1".into()])
    );
}

#[derive(Debug, Clone, PartialEq)]
struct Pair {
    left: String,
    right: String,
    count: u32,
}

twin! { $
    fn partial_moves / partial_moves_ref(p: Pair, q: Pair) -> (String, u32), yield String {
        // Destructuring moves every field out at once; the parts live on.
        let Pair { left, right, count } = p;
        yield_!(left.clone());
        yield_!(right.clone());
        // A partial move after which the rest is only used before the next
        // yield (keeping `q` across a yield after `q.left` was moved out does
        // not compile, see the report).
        let q_left = q.left;
        let q_right = q.right;
        let q_count = q.count;
        yield_!(q_left + &q_right);
        let n = count + q_count;
        yield_!(format!("{n}"));
        (right + &left, n)
    }
}

#[test]
fn partially_moved_structs() {
    let p = Pair {
        left: "L".into(),
        right: "R".into(),
        count: 3,
    };
    let q = Pair {
        left: "x".into(),
        right: "y".into(),
        count: 4,
    };
    let (items, ret) = agree(partial_moves(p.clone(), q.clone()), partial_moves_ref(p, q));
    assert_eq!(items, ["L", "R", "xy", "7"]);
    assert_eq!(ret, ("RL".into(), 7));
}

// ===========================================================================
// Deferred initialisation, inference from later uses, large and shared values.

twin! { $
    fn deferred / deferred_ref(flag: bool) -> (u32, String), yield u32 {
        // (An unannotated `let x;` initialised after a yield does not compile,
        // see the report.)
        let x: u32;
        let label: String;
        yield_!(0);
        if flag {
            x = 10;
            label = String::from("yes");
        } else {
            yield_!(1);
            x = 20;
            label = String::from("no");
        }
        yield_!(x);
        let later: u32;
        yield_!(2);
        later = x * 2;
        yield_!(later);
        (later, label)
    }
}

#[test]
fn deferred_initialisation() {
    let (items, ret) = agree(deferred(true), deferred_ref(true));
    assert_eq!(items, [0, 10, 2, 20]);
    assert_eq!(ret, (20, "yes".into()));
    let (items, ret) = agree(deferred(false), deferred_ref(false));
    assert_eq!(items, [0, 1, 20, 2, 40]);
    assert_eq!(ret, (40, "no".into()));
}

fn wants_u16(x: u16) -> u16 {
    x
}

#[generator(yield = usize)]
fn inferred_later() -> (Vec<u8>, u16, Option<String>) {
    let mut v = Vec::new();
    let d = Default::default();
    let mut acc = None;
    yield_!(v.len());
    v.push(1u8);
    yield_!(v.len());
    let w = wants_u16(d);
    acc = Some(format!("{w}"));
    yield_!(acc.as_ref().map_or(0, |s| s.len()));
    (v, w, acc)
}

#[test]
fn types_inferred_from_uses_after_yields() {
    let (items, ret) = drain(inferred_later());
    assert_eq!(items, [0, 1, 1]);
    assert_eq!(ret, (vec![1], 0, Some("0".into())));
}

#[generator(yield = u8)]
fn big_local() -> usize {
    let mut buf = [0u8; 4096];
    for i in 0..4 {
        buf[i * 1000] = i as u8 + 1;
        yield_!(buf[i * 1000]);
    }
    buf.iter().filter(|b| **b != 0).count()
}

#[test]
fn large_array_local() {
    assert_eq!(drain(big_local()), (vec![1, 2, 3, 4], 4));
}

#[generator(yield = usize)]
fn shared_state(shared: Rc<RefCell<Vec<u32>>>) -> usize {
    let mine = Rc::clone(&shared);
    let counts: Rc<Cell<usize>> = Rc::new(Cell::new(0));
    let c2 = counts.clone();
    let mut map: HashMap<&'static str, u32> = HashMap::new();
    for k in ["a", "b", "a"] {
        *map.entry(k).or_default() += 1;
        mine.borrow_mut().push(map[k]);
        c2.set(c2.get() + 1);
        yield_!(Rc::strong_count(&shared));
    }
    drop(mine);
    yield_!(Rc::strong_count(&shared));
    counts.get() + map.len()
}

#[test]
fn rc_refcell_and_hashmap_locals() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let mut g = shared_state(shared.clone());
    assert_eq!(g.next(), Some(3));
    assert_eq!(*shared.borrow(), [1]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3, 3, 2]);
    assert_eq!(g.take_return(), Some(5));
    assert_eq!(*shared.borrow(), [1, 1, 2]);
    drop(g);
    assert_eq!(Rc::strong_count(&shared), 1);
}

twin! { $
    fn same_names_different_types / same_names_different_types_ref(n: u8) -> String, yield String {
        let mut out = String::new();
        {
            let v = vec![n; 2];
            yield_!(format!("{v:?}"));
            out.push_str(&v.len().to_string());
        }
        {
            let v = String::from("text");
            yield_!(v.clone());
            out.push_str(&v);
        }
        if n > 0 {
            let v = n as f64 / 2.0;
            yield_!(format!("{v}"));
        } else {
            let v = ['x'];
            yield_!(v.iter().collect());
        }
        out
    }
}

#[test]
fn sibling_scopes_reuse_a_name_with_different_types() {
    let (items, ret) = agree(
        same_names_different_types(3),
        same_names_different_types_ref(3),
    );
    assert_eq!(items, ["[3, 3]", "text", "1.5"]);
    assert_eq!(ret, "2text");
    let (items, _) = agree(
        same_names_different_types(0),
        same_names_different_types_ref(0),
    );
    assert_eq!(items[2], "x");
}

// ===========================================================================
// Locals named like the generated code's internals.

twin! { $
    fn internal_names / internal_names_ref(state: u32, arg: u32) -> u32, yield u32 {
        let mut slot = state + arg;
        let slots = vec![slot; 2];
        let resume = slot * 2;
        yield_!(slot);
        let core = resume + 1;
        let machine = core * 10;
        let s = slots.len() as u32;
        yield_!(resume);
        yield_!(core);
        slot += 1;
        yield_!(machine + s);
        let step = |x: u32| x + slot;
        let dispatch = step(1);
        yield_!(dispatch);
        let value = 7;
        let done = value + dispatch;
        let yielded = done;
        let r#return = yielded + 1;
        yield_!(r#return);
        let this = state;
        let self_ = arg;
        let body = this + self_;
        let next = body + 1;
        let start = next;
        let iter = start;
        yield_!(iter);
        slot + state + arg + s + core + machine + resume
    }
}

#[test]
fn user_locals_named_like_internals() {
    let (items, ret) = agree(internal_names(1, 2), internal_names_ref(1, 2));
    assert_eq!(items, [3, 6, 7, 72, 5, 13, 4]);
    assert_eq!(ret, 4 + 1 + 2 + 2 + 7 + 70 + 6);
}

#[generator(yield = u32)]
fn internal_names_with_prefix(__genfn_state: u32) -> u32 {
    let __genfn_s = __genfn_state + 1;
    let __genfn_arg = __genfn_s * 2;
    let __genfn_slots = 5;
    yield_!(__genfn_s);
    let __genfn_machine = __genfn_arg + __genfn_slots;
    yield_!(__genfn_machine);
    __genfn_state + __genfn_s + __genfn_arg
}

#[test]
fn user_locals_named_with_the_generated_prefix() {
    assert_eq!(
        drain(internal_names_with_prefix(1)),
        (vec![2, 9], 1 + 2 + 4)
    );
}

#[test]
fn inline_generator_with_internal_names() {
    let state = 10;
    let core = 1;
    let g = gen_! {
        let slot = state;
        let resume = core;
        yield slot;
        let arg = resume + slot;
        yield arg;
        let machine = arg * 2;
        yield machine;
    };
    assert_eq!(g.collect::<Vec<_>>(), [10, 11, 22]);
}

/// A local `mod core` in a function body too.
#[generator(yield = u8)]
fn local_core_module() -> u8 {
    #[allow(dead_code)]
    mod core {
        pub struct Option;
    }
    let Some(x) = Some(5u8) else { return 0 };
    yield_!(x);
    let none: Option<u8> = None;
    yield_!(none.unwrap_or(9));
    x
}

#[test]
fn local_core_module_in_the_body() {
    assert_eq!(drain(local_core_module()), (vec![5, 9], 5));
}

// ===========================================================================
// Methods' `self` across yields, and resume-driven locals.

struct Account {
    balance: i64,
    history: Vec<i64>,
}

impl Account {
    #[generator(yield = i64, resume = i64)]
    fn session(&mut self) -> usize {
        let start = self.balance;
        let mut n = 0;
        loop {
            let delta = yield_!(self.balance - start);
            if delta == 0 {
                return n;
            }
            self.balance += delta;
            self.history.push(delta);
            n += 1;
        }
    }

    #[generator(yield = String)]
    fn consume(self) -> Vec<i64> {
        let Account { balance, history } = self;
        for h in history.iter().copied() {
            yield_!(format!("{h:+}"));
        }
        yield_!(balance.to_string());
        history
    }
}

#[test]
fn self_held_across_yields() {
    let mut acc = Account {
        balance: 100,
        history: vec![],
    };
    {
        let mut g = acc.session();
        assert_eq!(g.start(), CoroutineState::Yielded(0));
        assert_eq!(g.resume(5), CoroutineState::Yielded(5));
        assert_eq!(g.resume(-20), CoroutineState::Yielded(-15));
        assert_eq!(g.resume(0), CoroutineState::Complete(2));
    }
    assert_eq!(acc.balance, 85);
    let (items, ret) = drain(acc.consume());
    assert_eq!(items, ["+5", "-20", "85"]);
    assert_eq!(ret, [5, -20]);
}

#[generator(yield = usize, resume = String)]
fn resume_values_into_locals() -> String {
    let mut words = Vec::new();
    let first = yield_!(0);
    let mut longest = first.clone();
    words.push(first);
    loop {
        let w = yield_!(words.len());
        if w.is_empty() {
            break;
        }
        if w.len() > longest.len() {
            longest = w.clone();
        }
        words.push(w);
    }
    format!("{longest}/{}", words.join("+"))
}

#[test]
fn resume_values_stored_in_locals() {
    let mut g = resume_values_into_locals();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    assert_eq!(g.resume("ab".into()), CoroutineState::Yielded(1));
    assert_eq!(g.resume("abcd".into()), CoroutineState::Yielded(2));
    assert_eq!(g.resume("c".into()), CoroutineState::Yielded(3));
    assert_eq!(
        g.resume(String::new()),
        CoroutineState::Complete("abcd/ab+abcd+c".into())
    );
}

// A `for` pattern that shadows a local of the enclosing scope: the body binds
// it in the arm of `next()`, and the outer local keeps its own value.
#[generator(yield = u32)]
fn for_binding_shadows_a_local() -> u32 {
    let x = 100u32;
    for x in 0..3u32 {
        yield_!(x);
    }
    let mut total = x;
    for (x, y) in [(1u32, 10u32), (2, 20)] {
        yield_!(x + y);
        total += x;
    }
    total + x
}

#[test]
fn for_bindings_shadowing_locals_are_their_own_locals() {
    let mut g = for_binding_shadows_a_local();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1, 2, 11, 22]);
    assert_eq!(g.take_return(), Some(203));
}
