//! Borrows of a generator's own locals across suspension points
//! (the user guide's *Borrows across suspension points*): the borrowed local is kept in place, the
//! generator stays `Unpin`, can be moved between resumes, and drops a
//! borrower before what it borrows.
//!
//! Sizes are small on purpose: this file runs under Miri (Stacked and Tree
//! Borrows).

// These generators exercise borrow shapes on purpose (manual loops over
// iterators kept across yields, ...): clippy's style lints do not apply.
#![allow(clippy::all)]

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::panic::{AssertUnwindSafe, catch_unwind};

use genfn::{CoroutineState, gen_, generator};

#[macro_use]
mod common;
use common::*;

/// Data that logs its drop, and the text it holds.
struct Data {
    name: &'static str,
    text: String,
}

impl Data {
    fn new(name: &'static str, text: &str) -> Data {
        mark(&format!("new {name}"));
        Data {
            name,
            text: text.to_string(),
        }
    }
}

impl Drop for Data {
    fn drop(&mut self) {
        mark(&format!("drop {}", self.name));
        // Clobber the text, so that a reader dropped too late would log it.
        self.text.clear();
        self.text.push_str("<dropped>");
    }
}

/// A borrower whose `Drop` reads what it borrows.
struct Reader<'a> {
    name: &'static str,
    data: &'a Data,
}

impl Reader<'_> {
    fn new<'a>(name: &'static str, data: &'a Data) -> Reader<'a> {
        mark(&format!("new {name}"));
        Reader { name, data }
    }
    fn len(&self) -> u32 {
        self.data.text.len() as u32
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        mark(&format!("drop {} reads {}", self.name, self.data.text));
    }
}

/// A borrower holding a `&mut`; its `Drop` writes through it and reads back.
struct Writer<'a> {
    buf: &'a mut Vec<u32>,
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        self.buf.push(99);
        mark(&format!("drop writer sees {:?}", self.buf));
    }
}

fn quiet_panics() {
    use std::sync::Once;
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            if !msg.contains("boom") && !msg.contains("poisoned") {
                prev(info);
            }
        }));
    });
}

fn assert_unpin<T: Unpin>(_: &T) {}

/// Runs an iterator to its end. Not `collect()`: std's `collect` and
/// `extend` pass the iterator on by value after its first `next()`, which
/// Miri rejects for a generator holding a reference into one of its own
/// kept-in-place locals (see `mod by_value` at the end of this file).
fn drain<I: Iterator>(mut it: I) -> Vec<I::Item> {
    let mut out = Vec::new();
    while let Some(x) = it.next() {
        out.push(x);
    }
    out
}

fn make() -> Vec<u32> {
    vec![1, 2, 3]
}

// ---------------------------------------------------------------------------
// `for x in &v`

#[generator(yield = u32)]
fn for_over_ref() {
    let v = make();
    for x in &v {
        yield_!(*x);
    }
    yield_!(v.len() as u32 * 100);
}

#[test]
fn for_over_ref_of_local() {
    assert_eq!(drain(for_over_ref()), [1, 2, 3, 300]);
}

#[generator(yield = u32)]
fn for_over_ref_tail() {
    let v = make();
    for x in &v {
        yield_!(*x + 10);
    }
}

#[test]
fn for_over_ref_of_local_at_the_end() {
    assert_eq!(drain(for_over_ref_tail()), [11, 12, 13]);
}

#[generator(yield = u32)]
fn nested_for_over_ref() {
    let v = make();
    for x in &v {
        for y in &v {
            if y > x {
                break;
            }
            yield_!(*x * 10 + *y);
        }
    }
}

#[test]
fn nested_loops_over_the_same_local() {
    assert_eq!(drain(nested_for_over_ref()), [11, 21, 22, 31, 32, 33]);
}

#[generator(yield = (u32, char))]
fn nested_two_locals() {
    let nums = make();
    let letters = String::from("ab");
    for n in nums.iter() {
        for c in letters.chars() {
            yield_!((*n, c));
        }
    }
}

#[test]
fn nested_loops_over_two_locals() {
    assert_eq!(
        drain(nested_two_locals()),
        [(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b'), (3, 'a'), (3, 'b')]
    );
}

// ---------------------------------------------------------------------------
// `for x in v.iter_mut()`

#[generator(yield = u32)]
fn iter_mut_loop() {
    let mut v = make();
    for x in v.iter_mut() {
        *x *= 10;
        yield_!(*x);
        *x += 1;
    }
    yield_from!(v.iter().copied());
}

#[test]
fn for_over_iter_mut_of_local() {
    assert_eq!(drain(iter_mut_loop()), [10, 20, 30, 11, 21, 31]);
}

#[generator(yield = u32)]
fn ref_mut_loop() {
    let mut v = make();
    for x in &mut v {
        yield_!(*x);
        *x = 0;
    }
    yield_!(v.iter().sum());
}

#[test]
fn for_over_ref_mut_of_local() {
    assert_eq!(drain(ref_mut_loop()), [1, 2, 3, 0]);
}

// ---------------------------------------------------------------------------
// An iterator adapter chain kept across yields

fn triple(x: &u32) -> u32 {
    x * 3
}

#[generator(yield = u32)]
fn kept_adapter() {
    let v = make();
    let mut it = v.iter().map(triple);
    yield_!(0);
    loop {
        match it.next() {
            Some(x) => yield_!(x),
            None => break,
        }
    }
    yield_!(v[0]);
}

#[test]
fn adapter_over_local_kept_across_yields() {
    assert_eq!(drain(kept_adapter()), [0, 3, 6, 9, 1]);
}

#[generator(yield = u32)]
fn kept_adapter_with_closure() {
    let v = make();
    let k = 7;
    let mut it = v.iter().map(move |x| x + k).filter(|x| x % 2 == 0);
    while let Some(x) = it.next() {
        yield_!(x);
    }
}

#[test]
fn adapter_with_move_closure_kept_across_yields() {
    assert_eq!(drain(kept_adapter_with_closure()), [8, 10]);
}

#[generator(yield = &'static str)]
fn split_words() {
    let s = String::from("a,bb,,ccc");
    let mut it = s.split(',');
    let mut n = 0;
    while let Some(w) = it.next() {
        n += 1;
        yield_!(match w.len() {
            0 => "empty",
            1 => "one",
            2 => "two",
            _ => "many",
        });
    }
    yield_!(if n == 4 { "four" } else { "wrong" });
}

#[test]
fn while_let_over_split_of_local_string() {
    assert_eq!(
        drain(split_words()),
        ["one", "two", "empty", "many", "four"]
    );
}

#[generator(yield = usize)]
fn split_lengths() {
    let s = String::from("ab cde f");
    let mut words = s.split(' ');
    while let Some(w) = words.next() {
        yield_!(w.len());
    }
}

#[test]
fn split_yields_lengths() {
    assert_eq!(drain(split_lengths()), [2, 3, 1]);
}

#[generator(yield = char)]
fn chars_of_local() {
    let s = String::from("héllo");
    for c in s.chars() {
        if c == 'l' {
            continue;
        }
        yield_!(c.to_ascii_uppercase());
    }
    yield_!(s.chars().next().unwrap());
}

#[test]
fn chars_of_local_string() {
    assert_eq!(
        drain(chars_of_local()).into_iter().collect::<String>(),
        "HéOh"
    );
}

#[generator(yield = (String, u32))]
fn hashmap_iter() {
    let mut m = HashMap::new();
    m.insert("one".to_string(), 1u32);
    m.insert("two".to_string(), 2);
    m.insert("three".to_string(), 3);
    for (k, v) in &m {
        yield_!((k.clone(), *v));
    }
    for v in m.values_mut() {
        *v *= 100;
        yield_!((String::new(), *v));
    }
}

#[test]
fn hashmap_iteration_of_local() {
    let mut got = drain(hashmap_iter());
    got.sort();
    assert_eq!(
        got,
        [
            (String::new(), 100),
            (String::new(), 200),
            (String::new(), 300),
            ("one".to_string(), 1),
            ("three".to_string(), 3),
            ("two".to_string(), 2),
        ]
    );
}

#[generator(yield = (&'static str, u32))]
fn btreemap_iter() {
    let mut m = BTreeMap::new();
    m.insert("b", 2u32);
    m.insert("a", 1);
    for (k, v) in m.iter() {
        yield_!((*k, *v));
    }
    m.insert("c", 3);
    for (k, v) in &m {
        yield_!((*k, *v * 10));
    }
}

#[test]
fn btreemap_iteration_of_local_then_mutation() {
    assert_eq!(
        drain(btreemap_iter()),
        [("a", 1), ("b", 2), ("a", 10), ("b", 20), ("c", 30)]
    );
}

// ---------------------------------------------------------------------------
// `let r = &mut v;` across a yield

#[generator(yield = usize)]
fn mut_ref_across_yield() -> Vec<u32> {
    let mut v = make();
    let r = &mut v;
    yield_!(r.len());
    r.push(4);
    yield_!(r.len());
    r.push(5);
    v.push(6);
    yield_!(v.len());
    v
}

#[test]
fn mutable_borrow_kept_across_yields() {
    let mut g = mut_ref_across_yield();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3, 4, 6]);
    assert_eq!(g.take_return(), Some(vec![1, 2, 3, 4, 5, 6]));
}

#[generator(yield = usize, resume = u32)]
fn mut_ref_with_resume() -> Vec<u32> {
    let mut v = Vec::new();
    let r = &mut v;
    loop {
        let x = yield_!(r.len());
        if x == 0 {
            break;
        }
        r.push(x);
    }
    v
}

#[test]
fn mutable_borrow_fed_by_resume_values() {
    let mut g = mut_ref_with_resume();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    assert_eq!(g.resume(7), CoroutineState::Yielded(1));
    assert_eq!(g.resume(8), CoroutineState::Yielded(2));
    assert_eq!(g.resume(0), CoroutineState::Complete(vec![7, 8]));
}

// ---------------------------------------------------------------------------
// `match &opt` / `if let` / `ref` bindings whose arms suspend

fn use_str(s: &str) -> usize {
    s.len() * 100
}

#[generator(yield = usize)]
fn match_on_ref(opt: Option<String>) {
    // Not `opt.map(..)`: see the by-value method call limitation.
    let opt = Option::map(opt, |s| s + "!");
    match &opt {
        Some(s) => {
            yield_!(s.len());
            yield_!(use_str(s));
        }
        None => yield_!(0),
    }
    yield_!(Option::map_or(opt, 1, |s| s.len() + 1000));
}

#[test]
fn match_on_borrowed_local_with_suspending_arms() {
    assert_eq!(drain(match_on_ref(Some("ab".into()))), [3, 300, 1003]);
    assert_eq!(drain(match_on_ref(None)), [0, 1]);
}

#[generator(yield = usize)]
fn if_let_on_ref() {
    let opt = Some(String::from("xyz"));
    if let Some(s) = &opt {
        yield_!(s.len());
        yield_!(s.len() + 1);
    }
    let mut opt2 = Some(vec![1u32]);
    if let Some(v) = &mut opt2 {
        yield_!(v.len());
        v.push(2);
    }
    yield_!(Option::unwrap(opt2).len());
}

#[test]
fn if_let_on_borrowed_local_with_suspending_body() {
    assert_eq!(drain(if_let_on_ref()), [3, 4, 1, 2]);
}

#[generator(yield = usize)]
fn ref_binding() {
    let opt = Some(String::from("four"));
    match opt {
        Some(ref s) => {
            yield_!(s.len());
            yield_!(s.len() * 2);
        }
        None => {}
    }
}

#[test]
fn ref_bindings_of_a_matched_local() {
    assert_eq!(drain(ref_binding()), [4, 8]);
}

// ---------------------------------------------------------------------------
// A struct local borrowed field-wise

struct Parts {
    nums: Vec<u32>,
    label: String,
    count: u32,
}

#[generator(yield = u32)]
fn fieldwise() -> (String, u32) {
    let mut p = Parts {
        nums: make(),
        label: String::from("n"),
        count: 0,
    };
    let label = &mut p.label;
    for x in &p.nums {
        label.push('+');
        yield_!(*x);
    }
    for x in p.nums.iter_mut() {
        p.count += 1;
        yield_!(*x + p.count * 100);
    }
    // A pattern that moves only some fields out of a kept-in-place local is
    // rejected (E0507); a block moves the whole local first.
    let Parts { label, count, .. } = { p };
    (label, count)
}

#[test]
fn struct_local_borrowed_field_by_field() {
    let mut g = fieldwise();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2, 3, 101, 202, 303]);
    assert_eq!(g.take_return(), Some(("n+++".to_string(), 3)));
}

// ---------------------------------------------------------------------------
// Whole moves and by-value uses after the borrows end

fn consume(v: Vec<u32>) -> u32 {
    v.into_iter().sum()
}

#[generator(yield = u32)]
fn moved_after() {
    let v = make();
    for x in &v {
        yield_!(*x);
    }
    let w = v;
    yield_!(w.len() as u32);
    for x in &w {
        yield_!(*x * 2);
    }
    yield_!(consume(w));
}

#[test]
fn whole_move_after_borrows_end() {
    assert_eq!(drain(moved_after()), [1, 2, 3, 3, 2, 4, 6, 6]);
}

#[generator(yield = u32)]
fn dropped_after() {
    let log_me = Data::new("d", "hello");
    let r = Reader::new("r", &log_me);
    yield_!(r.len());
    drop(r);
    mark("between");
    drop(log_me);
    yield_!(1);
}

#[test]
fn explicit_drop_of_kept_local() {
    let log = Log::fresh();
    let mut g = dropped_after();
    assert_eq!(g.next(), Some(5));
    check!(log, ["new d", "new r"]);
    assert_eq!(g.next(), Some(1));
    check!(log, ["drop r reads hello", "between", "drop d"]);
    assert_eq!(g.next(), None);
    check!(log, []);
}

#[generator(yield = u32)]
fn returned_after() -> Vec<u32> {
    let mut v = make();
    for x in &v {
        yield_!(*x);
    }
    v.push(4);
    return v;
}

#[test]
fn return_kept_local_by_value() {
    let mut g = returned_after();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(g.take_return(), Some(vec![1, 2, 3, 4]));
}

#[generator(yield = u32)]
fn tail_returned() -> String {
    let s = String::from("tail");
    for c in s.chars() {
        yield_!(c as u32);
    }
    s
}

#[test]
fn tail_expression_moves_kept_local_out() {
    let mut g = tail_returned();
    assert_eq!(g.by_ref().count(), 4);
    assert_eq!(g.take_return().as_deref(), Some("tail"));
}

#[generator(yield = u32)]
fn passed_by_value() {
    let v = make();
    let it = v.iter();
    yield_!(0);
    yield_!(it.count() as u32);
    yield_!(consume(v));
}

#[test]
fn kept_local_passed_by_value_after_borrow() {
    assert_eq!(drain(passed_by_value()), [0, 3, 6]);
}

// ---------------------------------------------------------------------------
// Parameters and `self`

#[generator(yield = u32)]
fn param_owned(v: Vec<u32>) {
    for x in &v {
        yield_!(*x);
    }
}

#[test]
fn borrow_of_parameter_owned_value() {
    assert_eq!(drain(param_owned(vec![4, 5])), [4, 5]);
}

#[generator(yield = u32)]
fn param_mut(mut v: Vec<u32>, s: String) -> Vec<u32> {
    for x in v.iter_mut() {
        *x += 1;
        yield_!(*x);
    }
    let mut words = s.split_whitespace();
    while let Some(w) = words.next() {
        v.push(w.len() as u32);
        yield_!(0);
    }
    v
}

#[test]
fn mutable_borrow_of_parameter() {
    let mut g = param_mut(vec![1, 2], "ab c".to_string());
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 3, 0, 0]);
    assert_eq!(g.take_return(), Some(vec![2, 3, 2, 1]));
}

struct Bag {
    items: Vec<u32>,
    visits: u32,
}

impl Bag {
    #[generator(yield = u32)]
    fn bump_all(&mut self) -> u32 {
        for x in self.items.iter_mut() {
            *x += 1;
            yield_!(*x);
        }
        self.visits += 1;
        self.items.push(0);
        self.items.len() as u32
    }

    #[generator(yield = u32)]
    fn into_gen(self) {
        let Bag { items, visits } = self;
        for x in &items {
            yield_!(*x + visits);
        }
    }

    #[generator(yield = u32)]
    fn own_self(mut self) -> Bag {
        for x in &self.items {
            yield_!(*x);
        }
        self.visits += 10;
        self
    }
}

#[test]
fn mut_self_method_iterating_items_then_mutating_self() {
    let mut bag = Bag {
        items: vec![1, 2],
        visits: 0,
    };
    {
        let mut g = bag.bump_all();
        assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 3]);
        assert_eq!(g.take_return(), Some(3));
    }
    assert_eq!(bag.items, [2, 3, 0]);
    assert_eq!(bag.visits, 1);
    let v: Vec<u32> = drain(bag.into_gen());
    assert_eq!(v, [3, 4, 1]);
}

#[test]
fn by_value_self_borrowed_then_returned() {
    let bag = Bag {
        items: vec![5],
        visits: 1,
    };
    let mut g = bag.own_self();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [5]);
    let bag = g.take_return().unwrap();
    assert_eq!((bag.items, bag.visits), (vec![5], 11));
}

// ---------------------------------------------------------------------------
// Kept locals in loops, re-declared each iteration

#[generator(yield = u32)]
fn redeclared() {
    for i in 0..3u32 {
        let v = vec![i; i as usize + 1];
        for x in &v {
            yield_!(*x);
        }
    }
}

#[test]
fn kept_local_redeclared_in_loop() {
    assert_eq!(drain(redeclared()), [0, 1, 1, 2, 2, 2]);
}

#[generator(yield = u32)]
fn redeclared_logged() {
    let mut i = 0;
    while i < 2 {
        let d = Data::new(["d0", "d1"][i], "ab");
        let r = Reader::new(["r0", "r1"][i], &d);
        yield_!(r.len());
        // `r` is used after the yield: it lives across it.
        i += r.len() as usize - 1;
    }
    mark("end");
}

#[test]
fn kept_local_redeclared_in_loop_drops_each_iteration() {
    let log = Log::fresh();
    let mut g = redeclared_logged();
    assert_eq!(g.next(), Some(2));
    check!(log, ["new d0", "new r0"]);
    assert_eq!(g.next(), Some(2));
    check!(log, ["drop r0 reads ab", "drop d0", "new d1", "new r1"]);
    assert_eq!(g.next(), None);
    check!(log, ["drop r1 reads ab", "drop d1", "end"]);
}

#[test]
fn kept_local_redeclared_in_loop_early_drop() {
    let log = Log::fresh();
    {
        let mut g = redeclared_logged();
        assert_eq!(g.next(), Some(2));
        check!(log, ["new d0", "new r0"]);
    } // dropped here, in place (not by `drop(g)`: see `mod by_value`)
    check!(log, ["drop r0 reads ab", "drop d0"]);
}

#[generator(yield = u32)]
fn inner_scope_reader(fail: bool) {
    let outer = Data::new("outer", "o");
    {
        let d = Data::new("d", "abc");
        let r = Reader::new("r", &d);
        yield_!(r.len());
        if fail {
            panic!("boom");
        }
        yield_!(r.len() + 1);
        mark("scope end");
    }
    yield_!(outer.text.len() as u32);
}

#[test]
fn inner_scope_borrower_early_drop_and_panic() {
    quiet_panics();
    let log = Log::fresh();
    {
        let mut g = inner_scope_reader(false);
        assert_eq!(g.next(), Some(3));
        check!(log, ["new outer", "new d", "new r"]);
    }
    check!(log, ["drop r reads abc", "drop d", "drop outer"]);

    {
        let mut g = inner_scope_reader(true);
        assert_eq!(g.next(), Some(3));
        log.take();
        assert!(catch_unwind(AssertUnwindSafe(|| g.next())).is_err());
    }
    check!(log, ["drop r reads abc", "drop d", "drop outer"]);
}

#[test]
fn inner_scope_borrower_on_completion() {
    let log = Log::fresh();
    let mut g = inner_scope_reader(false);
    assert_eq!(g.next(), Some(3));
    log.take();
    // `r` is used up by the second yield's operand: dropped at that
    // suspension point, before `d`.
    assert_eq!(g.next(), Some(4));
    check!(log, ["drop r reads abc"]);
    // `outer` is used up by the last yield's operand.
    assert_eq!(g.next(), Some(1));
    check!(log, ["scope end", "drop d", "drop outer"]);
    assert_eq!(g.next(), None);
    check!(log, []);
}

#[generator(yield = u32)]
fn shadowed_kept() {
    let v = make();
    for x in &v {
        yield_!(*x);
    }
    let v = vec![10u32, 20];
    for x in &v {
        yield_!(*x);
    }
}

#[test]
fn shadowed_kept_locals() {
    assert_eq!(drain(shadowed_kept()), [1, 2, 3, 10, 20]);
}

// ---------------------------------------------------------------------------
// `gen_!{}`

#[test]
fn kept_locals_in_inline_generators() {
    let g = gen_! {
        let v = vec![1u32, 2, 3];
        for x in &v {
            yield *x * 2;
        }
        let s = String::from("xy");
        let mut it = s.chars();
        yield_!(0);
        while let Some(c) = it.next() {
            yield c as u32;
        }
    };
    assert_unpin(&g);
    assert_eq!(drain(g), [2, 4, 6, 0, 120, 121]);

    // A local of the inline generator borrowing a captured value.
    let base = vec![5u32, 6];
    let g = gen_! {
        let mut mine = base.clone();
        for x in mine.iter_mut() {
            *x += 1;
            yield *x;
        }
        yield mine.iter().sum::<u32>() + base.len() as u32;
    };
    assert_eq!(drain(g), [6, 7, 15]);
    // A by-reference capture iterated across yields.
    let g = gen_! {
        for x in base.iter() {
            yield *x;
        }
    };
    assert_eq!(drain(g), [5, 6]);
}

// ---------------------------------------------------------------------------
// Unpin, moved between resumes, used as an Iterator

#[test]
fn generator_with_kept_locals_is_unpin() {
    fn assert_send<T: Send>(_: &T) {}
    let g = for_over_ref();
    assert_unpin(&g);
    assert_send(&g);
    assert_send(&mut_ref_across_yield());
    assert_unpin(&kept_adapter());
    assert_unpin(&mut_ref_across_yield());
    assert_unpin(&split_words());
}

#[test]
fn moved_between_resumes() {
    let mut g = kept_adapter();
    assert_eq!(g.next(), Some(0));
    let mut g2 = g;
    assert_eq!(g2.next(), Some(3));
    let mut boxed = Box::new(g2);
    assert_eq!(boxed.next(), Some(6));
    let mut v = vec![*boxed];
    assert_eq!(v[0].next(), Some(9));
    let mut back = v.pop().unwrap();
    assert_eq!(back.by_ref().collect::<Vec<_>>(), [1]);
}

#[test]
fn moved_between_resumes_with_mut_borrow() {
    let mut g = mut_ref_with_resume();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    let mut g = Box::new(g);
    assert_eq!(g.resume(1), CoroutineState::Yielded(1));
    let mut gens = vec![*g];
    assert_eq!(gens[0].resume(2), CoroutineState::Yielded(2));
    let mut g = gens.remove(0);
    assert_eq!(g.resume(0), CoroutineState::Complete(vec![1, 2]));
}

#[test]
fn used_as_iterator_with_adapters() {
    let v = drain(for_over_ref().map(|x| x + 1).filter(|x| x % 2 == 0).take(5));
    assert_eq!(v, [2, 4]);
    let zipped = drain(nested_for_over_ref().zip(chars_of_local()));
    assert_eq!(zipped, [(11, 'H'), (21, 'é'), (22, 'O'), (31, 'h')]);
    let chained = drain(iter_mut_loop().chain(redeclared()));
    assert_eq!(chained, [10, 20, 30, 11, 21, 31, 0, 1, 1, 2, 2, 2]);
    let mut peek = split_lengths().peekable();
    assert_eq!(peek.peek(), Some(&2));
    assert_eq!(drain(peek.by_ref()), [2, 3, 1]);
    let boxed: Box<dyn Iterator<Item = u32>> = Box::new(kept_adapter());
    assert_eq!(drain(boxed.skip(1).step_by(2)), [3, 9]);
    let mut total = 0;
    for x in nested_two_locals() {
        total += x.0;
    }
    assert_eq!(total, 12);
}

#[test]
fn used_with_consuming_std_adapters() {
    let v: Vec<u32> = for_over_ref()
        .map(|x| x + 1)
        .filter(|x| x % 2 == 0)
        .take(5)
        .collect();
    assert_eq!(v, [2, 4]);
    let zipped: Vec<(u32, char)> = nested_for_over_ref().zip(chars_of_local()).collect();
    assert_eq!(zipped, [(11, 'H'), (21, 'é'), (22, 'O'), (31, 'h')]);
    let chained: u32 = iter_mut_loop().chain(redeclared()).sum();
    assert_eq!(chained, 10 + 20 + 30 + 11 + 21 + 31 + 1 + 1 + 2 + 2 + 2);
    let words: String = split_words().collect::<Vec<_>>().join(" ");
    assert_eq!(words, "one two empty many four");
    let mut lens = Vec::new();
    lens.extend(split_lengths());
    assert_eq!(lens, [2, 3, 1]);
}

#[test]
fn boxed_generator_with_kept_locals() {
    let mut g = for_over_ref().boxed();
    assert_eq!(g.resume(()), CoroutineState::Yielded(1));
    assert_eq!(g.resume(()), CoroutineState::Yielded(2));
}

// ---------------------------------------------------------------------------
// Drop order: a borrower that reads what it borrows is dropped first

#[generator(yield = u32)]
fn reader_across_yields() {
    let d = Data::new("d", "abc");
    let r = Reader::new("r", &d);
    yield_!(r.len());
    yield_!(r.len() + 1);
    mark("end");
}

#[test]
fn borrower_dropped_before_borrowed_on_completion() {
    let log = Log::fresh();
    let mut g = reader_across_yields();
    assert_eq!(g.next(), Some(3));
    check!(log, ["new d", "new r"]);
    assert_eq!(g.next(), Some(4));
    // `r` was mentioned since the last suspension and is not used
    // afterwards: dropped at this yield, before `d`.
    let got = log.take();
    assert!(
        got.is_empty() || got == ["drop r reads abc"],
        "unexpected log {got:?}"
    );
    assert_eq!(g.next(), None);
    let mut all = got;
    all.extend(log.take());
    assert_eq!(all, ["drop r reads abc", "end", "drop d"]);
}

#[test]
fn borrower_dropped_before_borrowed_on_early_drop() {
    let log = Log::fresh();
    {
        let mut g = reader_across_yields();
        assert_eq!(g.next(), Some(3));
        log.take();
    }
    check!(log, ["drop r reads abc", "drop d"]);
}

#[generator(yield = u32)]
fn reader_scoped() {
    let outer = Data::new("outer", "o");
    {
        let d = Data::new("d", "abc");
        let r = Reader::new("r", &d);
        let r2 = Reader::new("r2", &outer);
        yield_!(r.len() + r2.len());
        yield_!(r.len() - r2.len() - 2);
        mark("scope end");
    }
    mark("after");
    yield_!(1);
}

#[test]
fn borrowers_dropped_in_reverse_order_at_scope_end() {
    let log = Log::fresh();
    let mut g = reader_scoped();
    assert_eq!(g.next(), Some(4));
    check!(log, ["new outer", "new d", "new r", "new r2"]);
    assert_eq!(g.next(), Some(0));
    check!(log, ["drop r2 reads o", "drop r reads abc"]);
    assert_eq!(g.next(), Some(1));
    check!(log, ["scope end", "drop d", "after"]);
    assert_eq!(g.next(), None);
    check!(log, ["drop outer"]);
}

#[generator(yield = u32)]
fn reader_unmentioned() {
    let d = Data::new("d", "abc");
    let outer_reader = Reader::new("r", &d);
    let _keep = &outer_reader;
    yield_!(1);
    yield_!(2);
    mark("end");
}

#[test]
fn unmentioned_borrower_lives_to_scope_end_then_dropped_first() {
    let log = Log::fresh();
    let mut g = reader_unmentioned();
    assert_eq!(g.next(), Some(1));
    check!(log, ["new d", "new r"]);
    assert_eq!(g.next(), Some(2));
    check!(log, []);
    assert_eq!(g.next(), None);
    check!(log, ["end", "drop r reads abc", "drop d"]);

    {
        let mut g = reader_unmentioned();
        g.next();
        g.next();
        log.take();
    }
    check!(log, ["drop r reads abc", "drop d"]);
}

#[generator(yield = u32)]
fn reader_then_panic(fail: bool) {
    let d = Data::new("d", "abc");
    let r = Reader::new("r", &d);
    yield_!(r.len());
    if fail {
        panic!("boom");
    }
    yield_!(r.len());
}

#[test]
fn borrower_dropped_before_borrowed_on_panic() {
    quiet_panics();
    let log = Log::fresh();
    {
        let mut g = reader_then_panic(true);
        assert_eq!(g.next(), Some(3));
        check!(log, ["new d", "new r"]);
        let res = catch_unwind(AssertUnwindSafe(|| g.next()));
        assert!(res.is_err());
    }
    // Dropped during the unwind or with the poisoned generator, but in
    // the right order and exactly once.
    check!(log, ["drop r reads abc", "drop d"]);

    let mut g = reader_then_panic(false);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3, 3]);
    check!(log, ["new d", "new r", "drop r reads abc", "drop d"]);
}

#[generator(yield = u32)]
fn writer_across_yields(fail: bool) {
    let mut buf = vec![1u32];
    let w = Writer { buf: &mut buf };
    yield_!(w.buf.len() as u32);
    w.buf.push(2);
    yield_!(w.buf.len() as u32);
    if fail {
        panic!("boom");
    }
    drop(w);
    mark(&format!("buf {buf:?}"));
}

#[test]
fn mutable_borrower_dropped_before_borrowed() {
    quiet_panics();
    let log = Log::fresh();
    assert_eq!(drain(writer_across_yields(false)), [1, 2]);
    check!(log, ["drop writer sees [1, 2, 99]", "buf [1, 2, 99]"]);

    {
        let mut g = writer_across_yields(false);
        g.next();
    }
    check!(log, ["drop writer sees [1, 99]"]);

    {
        let mut g = writer_across_yields(true);
        g.next();
        g.next();
        let res = catch_unwind(AssertUnwindSafe(|| g.next()));
        assert!(res.is_err());
    }
    check!(log, ["drop writer sees [1, 2, 99]"]);
}

#[generator(yield = u32)]
fn iter_over_data_across_panic() {
    let items = vec![Data::new("a", "1"), Data::new("b", "22")];
    for d in &items {
        let r = Reader::new("r", d);
        yield_!(r.len());
        if r.len() == 2 {
            panic!("boom");
        }
    }
}

#[test]
fn loop_borrowing_a_vec_of_data_panics() {
    quiet_panics();
    let log = Log::fresh();
    {
        let mut g = iter_over_data_across_panic();
        assert_eq!(g.next(), Some(1));
        assert_eq!(g.next(), Some(2));
        check!(log, ["new a", "new b", "new r", "drop r reads 1", "new r"]);
        let res = catch_unwind(AssertUnwindSafe(|| g.next()));
        assert!(res.is_err());
    }
    check!(log, ["drop r reads 22", "drop a", "drop b"]);
}

// ---------------------------------------------------------------------------
// More shapes

#[generator(yield = (usize, u32))]
fn enumerate_windows() {
    let v = vec![1u32, 4, 9, 16];
    for (i, x) in v.iter().enumerate() {
        if i % 2 == 0 {
            yield_!((i, *x));
        }
    }
    for w in v.windows(2) {
        yield_!((9, w[1] - w[0]));
    }
    let tail = &v[2..];
    yield_!((tail.len(), 0));
    yield_!((0, tail[1]));
}

#[test]
fn enumerate_windows_and_slices_of_a_local() {
    assert_eq!(
        drain(enumerate_windows()),
        [(0, 1), (2, 9), (9, 3), (9, 5), (9, 7), (2, 0), (0, 16)]
    );
}

#[generator(yield = u32)]
fn array_local() -> [u32; 3] {
    let mut arr = [1u32, 2, 3];
    for x in arr.iter() {
        yield_!(*x);
    }
    let copy = arr;
    for x in arr.iter_mut() {
        *x *= 10;
        yield_!(*x);
    }
    yield_!(copy[2]);
    arr
}

#[test]
fn copy_array_local_borrowed_and_copied() {
    let mut g = array_local();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2, 3, 10, 20, 30, 3]);
    assert_eq!(g.take_return(), Some([10, 20, 30]));
}

#[generator(yield = u32)]
fn reassigned_kept() {
    let mut v = make();
    for x in &v {
        yield_!(*x);
    }
    v = vec![7, 8];
    for x in &v {
        yield_!(*x);
    }
    v.push(v.len() as u32);
    v[0] += 100;
    yield_from!(IntoIterator::into_iter(v));
}

#[test]
fn kept_local_reassigned_after_borrow_ends() {
    assert_eq!(drain(reassigned_kept()), [1, 2, 3, 7, 8, 107, 8, 2]);
}

#[generator(yield = u32)]
fn break_then_mutate() {
    let mut v = make();
    for x in &v {
        if *x == 2 {
            break;
        }
        yield_!(*x);
    }
    v.clear();
    v.push(42);
    'outer: for x in v.iter_mut() {
        loop {
            *x += 1;
            yield_!(*x);
            if *x > 43 {
                break 'outer;
            }
        }
    }
    yield_!(v[0]);
}

#[test]
fn break_out_of_borrowing_loop_then_mutate() {
    assert_eq!(drain(break_then_mutate()), [1, 43, 44, 44]);
}

#[generator(yield = u32)]
fn parse_all(s: String) -> Result<usize, std::num::ParseIntError> {
    let mut n = 0;
    for w in s.split(',') {
        let x: u32 = w.trim().parse()?;
        yield_!(x);
        n += 1;
    }
    Ok(n)
}

#[test]
fn question_mark_while_borrowing_a_parameter() {
    let mut g = parse_all("1, 2,3".to_string());
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(g.take_return(), Some(Ok(3)));
    let mut g = parse_all("4,x,5".to_string());
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [4]);
    assert!(matches!(g.take_return(), Some(Err(_))));
}

#[generator(yield = u32)]
fn early_return_with_reader(stop: u32) -> u32 {
    let items = vec![Data::new("a", "1"), Data::new("b", "22")];
    for d in &items {
        let r = Reader::new("r", d);
        if r.len() == stop {
            return stop * 10;
        }
        yield_!(r.len());
        mark(&format!("after {}", r.len()));
    }
    0
}

#[test]
fn early_return_inside_borrowing_loop_drops_in_order() {
    let log = Log::fresh();
    let mut g = early_return_with_reader(2);
    assert_eq!(g.next(), Some(1));
    check!(log, ["new a", "new b", "new r"]);
    assert_eq!(g.next(), None);
    check!(
        log,
        [
            "after 1",
            "drop r reads 1",
            "new r",
            "drop r reads 22",
            "drop a",
            "drop b"
        ]
    );
    assert_eq!(g.take_return(), Some(20));
}

#[generator(yield = u32)]
fn match_ref_mut() -> (u32, Vec<u32>) {
    let mut state = (0u32, Vec::new());
    for step in 0..3u32 {
        match &mut state {
            (n, log) if step % 2 == 0 => {
                *n += 1;
                yield_!(*n);
                log.push(step);
            }
            _ => yield_!(100),
        }
    }
    state
}

#[test]
fn match_on_mut_borrow_with_guard_and_suspending_arms() {
    let mut g = match_ref_mut();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 100, 2]);
    assert_eq!(g.take_return(), Some((2, vec![0, 2])));
}

#[generator(yield = T)]
fn generic_items<T: Clone + 'static>(v: Vec<T>, extra: T) {
    let mut all = v;
    all.push(extra);
    for x in all.iter() {
        yield_!(x.clone());
    }
}

#[test]
fn generic_kept_local() {
    assert_eq!(
        drain(generic_items(vec!["a".to_string()], "b".to_string())),
        ["a", "b"]
    );
}

#[generator(yield = u32)]
fn two_phase() {
    let mut v = make();
    let it = v.iter();
    yield_!(it.len() as u32);
    v.push(v.len() as u32);
    let first = v.first();
    yield_!(0);
    yield_!(*first.unwrap() + v[3]);
}

#[test]
fn two_phase_borrow_of_kept_local() {
    assert_eq!(drain(two_phase()), [3, 0, 4]);
}

#[generator(yield = u32)]
fn refcell_local() {
    let cell = RefCell::new(make());
    let mut guard = cell.borrow_mut();
    guard.push(4);
    yield_!(guard.len() as u32);
    guard.push(5);
    drop(guard);
    yield_!(cell.borrow().len() as u32);
}

#[test]
fn refcell_guard_of_a_local_across_yields() {
    assert_eq!(drain(refcell_local()), [4, 5]);
}

#[generator(yield = u32)]
fn slice_sum(v: &[u32]) -> u32 {
    let local = v.to_vec();
    let mut it = local.iter().rev();
    while let Some(x) = it.next() {
        yield_!(*x);
    }
    local.iter().sum()
}

#[test]
fn borrowed_parameter_copied_into_a_kept_local() {
    let data = vec![1, 2, 3];
    let mut g = slice_sum(&data);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3, 2, 1]);
    assert_eq!(g.take_return(), Some(6));
}

// ---------------------------------------------------------------------------
// A generator holding a reference into its own kept-in-place local, passed
// by value to a function that then resumes or drops it. Natively these
// behave; under Miri (Stacked and Tree Borrows) the reference inside the
// moved generator is protected for the duration of the call, so freeing or
// writing the local inside that call is reported as undefined behaviour.

mod by_value {
    use super::*;

    #[generator(yield = usize)]
    fn holds_ref() {
        let s = String::from("abc");
        let r = &s;
        yield_!(r.len());
        yield_!(r.len() + 1);
    }

    fn resume_inside<I: Iterator<Item = usize>>(mut it: I) -> Option<usize> {
        it.next()
    }

    #[test]
    fn dropped_in_place() {
        let mut g = holds_ref();
        assert_eq!(g.next(), Some(3));
    }

    #[test]
    fn collected_by_ref() {
        let mut g = holds_ref();
        assert_eq!(g.by_ref().collect::<Vec<_>>(), [3, 4]);
    }

    #[test]
    fn dropped_by_value() {
        let mut g = holds_ref();
        assert_eq!(g.next(), Some(3));
        drop(g);
    }

    #[test]
    fn collected_by_value() {
        assert_eq!(holds_ref().collect::<Vec<_>>(), [3, 4]);
    }

    #[test]
    fn moved_into_a_function_that_resumes_it() {
        let mut g = holds_ref();
        assert_eq!(g.next(), Some(3));
        assert_eq!(resume_inside(g), Some(4));
    }
}
