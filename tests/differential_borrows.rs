//! Differential test of the generator lowering: random
//! bodies, each compiled once as a `#[generator]` (`g_K`) and once as a plain
//! function that pushes to `out` where the generator yields (`p_K`). Both must
//! agree on the yielded items, the return value, the creation of every drop
//! guard and the drop order of the guards the body never mentions again.
//!
//! GENERATED FILE, do not edit. Regenerate with:
//!
//!     python3 tests/differential/gen_bodies.py --seed 2 --count 120 --borrows --temps --out tests/differential_borrows.rs
//!     rustfmt --edition 2024 tests/differential_borrows.rs
//!
//! 10,000 bodies: see tests/differential/README.md.
//!
//! Constructs emitted (count over all bodies):
//!          2  --borrows: assign_wild on a local
//!          3  --borrows: closure on a local
//!          6  --borrows: format on a local
//!          6  --borrows: let &mut (ref mut a, ref mut b) = &mut (..) across a yield
//!          5  --borrows: let (Some(ref mut a), ref mut b) = (..) else {..} across a yield
//!          2  --borrows: let (ref a, ref mut b) = (..) across a yield
//!         21  --borrows: let-else whose else block names the shadowed local
//!          2  --borrows: let_wild on a local
//!         16  --borrows: local borrowed across a yield
//!          2  --borrows: macro on a local
//!          2  --borrows: macro_closure takes a local
//!          3  --borrows: move_closure_let takes a local
//!          3  --borrows: ref mut binding of a local in if_let
//!          3  --temps: for over a borrowed temporary (guard_tuple)
//!          8  --temps: for over a borrowed temporary (ref_vec)
//!          5  --temps: for over a borrowed temporary (refcell)
//!         10  --temps: for over a borrowed temporary (vec_iter)
//!          4  --temps: guard temporary bound by ref (if_let)
//!          4  --temps: guard temporary bound by ref (let)
//!          8  --temps: guard temporary bound by ref (match)
//!         40  Option let
//!         97  String let
//!          3  String moved into a call and re-assigned
//!        116  Vec let
//!         51  `?` statement
//!         41  assignment
//!         29  break
//!          2  break out of a labelled block
//!          2  break out of a labelled block with value
//!          3  break with value
//!         16  compound assignment
//!         23  continue
//!         28  deferred initialisation (let x;)
//!          2  drop(guard)
//!         50  early return
//!         21  else if
//!         67  expr: && / ||
//!         22  expr: String read
//!         46  expr: Vec read
//!        131  expr: `?` on check()
//!         15  expr: closure (fold) over a Vec
//!        140  expr: if-else value
//!        268  expr: input.get
//!        135  expr: two-argument call
//!         17  for over a range
//!          5  for over an argument's iterator
//!         12  for whose iterator expression yields
//!          7  for with a reference pattern
//!          6  for with a tuple pattern
//!          1  format! with an implicit capture
//!          5  guard `let _ =` (dropped at once)
//!         15  guard mentioned (gN.0)
//!         71  guard mentioned later (may drop early)
//!         59  guard never mentioned (kept to scope end)
//!         18  guard temporary in a suspending expression (--temps)
//!         27  if let
//!          7  if let chain (let ... && cond)
//!        116  if/else
//!         33  if/else whose branches are yield_! expressions
//!          9  labelled block
//!          6  labelled block with break value
//!          8  labelled break
//!          2  labelled break (outer loop)
//!          1  labelled break (outer loop) with value
//!          7  labelled break with value
//!          4  labelled continue
//!          2  labelled continue (outer loop)
//!        248  let
//!         48  let with a tuple/array pattern
//!         54  let with a yield in its initialiser
//!         31  let-else
//!         11  let-else with a tuple pattern
//!         24  loop with a counter and break
//!         24  loop with break value
//!          9  macro: or_skip!(..) (continue inside an expression)
//!          2  macro: or_stop!(..) (break inside an expression)
//!          3  macro: skip!('l) (labelled continue)
//!         12  macro: skip!() (continue)
//!          9  macro: stop!('l) (labelled break)
//!          4  macro: stop!('l, v) (labelled break with value)
//!          8  macro: stop!() (break)
//!          1  macro: stop_with!(v) (break with value)
//!         46  match arm: yield_!(..) expression
//!         32  match guard with a binding
//!         19  match on a tuple
//!         32  match on an Option
//!         48  match on an int
//!         13  nested block
//!         32  return Err
//!         39  shadowing
//!         42  side effect inside an expression with a yield
//!          6  statement macro: assert!
//!          2  statement macro: format! in a let
//!          3  statement macro: implicit format capture
//!          9  statement macro: vec!
//!          5  str moved and re-assigned across a yield
//!         10  unconditional jump at the end of a block
//!          6  unsafe block
//!         13  vec moved and re-assigned across a yield
//!          9  while condition that yields
//!          4  while let chain (let ... && cond)
//!         17  while let over a local stack
//!         34  while with a counter
//!         49  yield inside a condition
//!        312  yield inside an expression
//!        222  yield statement

#![allow(
    unused,
    unreachable_code,
    unused_parens,
    unused_braces,
    unused_labels,
    irrefutable_let_patterns,
    break_with_label_and_loop,
    clippy::all
)]

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::rc::Rc;

use genfn::{Body, Gen};

/// Everything observable: items, guard creations, guard drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Ev {
    Yield(i64),
    New(i64),
    Drop(i64),
}

type Log = Rc<RefCell<Vec<Ev>>>;

/// A drop guard. Ids below 1000: never mentioned after creation (genfn keeps
/// them to the end of their scope, as Rust does); 1000..2000: mentioned
/// again (genfn may drop them early, see the guide's drops); 2000..: temporaries.
struct D(i64, Log);

impl D {
    fn new(id: i64, log: &Log) -> D {
        log.borrow_mut().push(Ev::New(id));
        D(id, log.clone())
    }
}

impl Drop for D {
    fn drop(&mut self) {
        self.1.borrow_mut().push(Ev::Drop(self.0));
    }
}

/// Where the plain function "yields". `stop_at` makes the n-th push unwind
/// (without running the panic hook), to model dropping a suspended generator.
struct Out {
    log: Log,
    n: usize,
    stop_at: Option<usize>,
}

struct Stop;

impl Out {
    fn push(&mut self, v: i64) {
        self.log.borrow_mut().push(Ev::Yield(v));
        self.n += 1;
        if Some(self.n) == self.stop_at {
            resume_unwind(Box::new(Stop));
        }
    }
}

/// Expands its argument twice (a macro around a kept-in-place local).
macro_rules! dup {
    ($e:expr) => {
        $e.wrapping_add($e)
    };
}

/// Builds a `move` closure from its argument and calls it.
macro_rules! call_now {
    ($e:expr) => {
        (move || $e)()
    };
}

/// `break` and `continue` out of macros, which the generator cannot see
/// into (their expansion's jumps target the loops around the call).
macro_rules! skip {
    () => {
        continue
    };
    ($l:lifetime) => {
        continue $l
    };
}

macro_rules! stop {
    () => {
        break
    };
    ($l:lifetime) => {
        break $l
    };
    ($l:lifetime, $v:expr) => {
        break $l $v
    };
}

macro_rules! stop_with {
    ($v:expr) => {
        break $v
    };
}

/// The value of an `Option`, or the next iteration of the innermost loop.
macro_rules! or_skip {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => continue,
        }
    };
}

/// The value of an `Option`, or the end of the innermost loop.
macro_rules! or_stop {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => break,
        }
    };
}

fn h(x: i64) -> i64 {
    x.wrapping_mul(3).wrapping_add(1)
}

fn h2(a: i64, b: i64) -> i64 {
    a.wrapping_mul(7) ^ b
}

fn check(x: i64) -> Result<i64, String> {
    if x.rem_euclid(11) == 4 {
        Err(format!("check failed on {x}"))
    } else {
        Ok(x.wrapping_mul(2).wrapping_sub(1))
    }
}

fn take_string(s: String, n: i64) -> String {
    format!("{}{}", s.len(), n.rem_euclid(10))
}

const INPUTS: &[&[i64]] = &[
    &[],
    &[3],
    &[1, 2, 3, 4],
    &[7, -5, 12, 0, 9, 33],
    &[100, 20, 5, 8, 13, 21, 34, 55],
    &[-1, -2, -3],
];

type Ret = Result<i64, String>;

/// Runs a generator, logging every item; drops it after `stop` items.
fn run_gen<B>(mut g: Gen<B>, log: &Log, stop: Option<usize>) -> Option<Ret>
where
    B: Body<Resume = (), Yield = i64, Return = Ret> + Unpin,
{
    let mut n = 0;
    while Some(n) != stop {
        match g.next() {
            Some(v) => {
                log.borrow_mut().push(Ev::Yield(v));
                n += 1;
                assert!(n < 100_000, "the generator does not stop");
            }
            None => return Some(g.take_return().expect("completed without a return value")),
        }
    }
    drop(g);
    None
}

/// Runs the plain function; `None` if it was stopped after `stop` items.
fn run_plain(p: impl FnOnce(&mut Out) -> Ret, log: &Log, stop: Option<usize>) -> Option<Ret> {
    let mut out = Out {
        log: log.clone(),
        n: 0,
        stop_at: stop,
    };
    match catch_unwind(AssertUnwindSafe(|| p(&mut out))) {
        Ok(r) => Some(r),
        Err(e) if e.is::<Stop>() => None,
        Err(e) => resume_unwind(e),
    }
}

/// The events both versions must agree on, in order.
fn compared(log: &[Ev]) -> Vec<Ev> {
    log.iter()
        .copied()
        .filter(|e| !matches!(e, Ev::Drop(id) if *id >= 1000))
        .collect()
}

/// Every guard created is dropped exactly once.
fn balanced(log: &[Ev]) -> Result<(), String> {
    let mut news: Vec<i64> = log
        .iter()
        .filter_map(|e| match e {
            Ev::New(i) => Some(*i),
            _ => None,
        })
        .collect();
    let mut drops: Vec<i64> = log
        .iter()
        .filter_map(|e| match e {
            Ev::Drop(i) => Some(*i),
            _ => None,
        })
        .collect();
    news.sort_unstable();
    drops.sort_unstable();
    if news == drops {
        Ok(())
    } else {
        Err(format!("guards created {news:?} but dropped {drops:?}"))
    }
}

/// One run of both versions on one input, stopped after `stop` items or not.
fn compare(
    gen_run: &dyn Fn(&Log, Option<usize>) -> Option<Ret>,
    plain_run: &dyn Fn(&Log, Option<usize>) -> Option<Ret>,
    stop: Option<usize>,
) -> Result<usize, String> {
    let (glog, plog) = (Log::default(), Log::default());
    let pret = plain_run(&plog, stop);
    let gret = catch_unwind(AssertUnwindSafe(|| gen_run(&glog, stop))).map_err(|e| {
        format!(
            "the generator panicked: {:?}",
            e.downcast_ref::<String>()
                .map(|s| s.as_str())
                .or(e.downcast_ref::<&str>().copied())
        )
    })?;
    let (glog, plog) = (glog.borrow().clone(), plog.borrow().clone());
    if compared(&glog) != compared(&plog) || gret != pret {
        return Err(format!(
            "stop {stop:?}:\n  generator: {:?} -> {gret:?}\n  plain:     {:?} -> {pret:?}",
            compared(&glog),
            compared(&plog)
        ));
    }
    balanced(&glog).map_err(|e| format!("stop {stop:?}: generator: {e}"))?;
    balanced(&plog).map_err(|e| format!("stop {stop:?}: plain: {e}"))?;
    Ok(plog.iter().filter(|e| matches!(e, Ev::Yield(_))).count())
}

/// Compares a generator with its plain twin on every input: a full run, then
/// runs stopped after 1, 2 and half of the items.
fn agree(
    name: &str,
    failures: &mut Vec<String>,
    gen_run: &dyn Fn(&[i64], &Log, Option<usize>) -> Option<Ret>,
    plain_run: &dyn Fn(&[i64], &Log, Option<usize>) -> Option<Ret>,
) {
    for input in INPUTS {
        let g = |l: &Log, s| gen_run(input, l, s);
        let p = |l: &Log, s| plain_run(input, l, s);
        let result = compare(&g, &p, None).and_then(|total| {
            let mut stops = vec![1, 2, total / 2, total];
            stops.retain(|&s| s >= 1 && s <= total);
            stops.dedup();
            stops
                .into_iter()
                .try_for_each(|s| compare(&g, &p, Some(s)).map(drop))
        });
        if let Err(e) = result {
            failures.push(format!("{name} on input {input:?}: {e}"));
        }
    }
}

macro_rules! cases {
    ($($g:ident / $p:ident),* $(,)?) => {{
        let mut failures = Vec::new();
        $(
            agree(
                stringify!($g),
                &mut failures,
                &|i, l, s| run_gen($g(i, l), l, s),
                &|i, l, s| run_plain(|o| $p(i, l, o), l, s),
            );
        )*
        assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
    }};
}

// body 0 (seed 2)
#[genfn::generator(yield = i64)]
fn g_0(input: &[i64], log: &Log) -> Result<i64, String> {
    for &i1 in input.iter().take(4) {
        if input.get(2).copied().unwrap_or(100i64).rem_euclid(7)
            < input.get(4).copied().unwrap_or(5i64)
        {
            break;
        }
        let x2: i64;
        if ({
            yield_!((input.len() as i64).wrapping_sub(0i64));
            i1
        }) < (input.len() as i64).rem_euclid(7)
        {
            let mut c3 = 0_i64;
            'l4: loop {
                c3 += 1;
                if c3 > 3 {
                    break;
                }
                let mut v5: Vec<i64> = vec![c3; 2];
            }
            x2 = {
                let mut x6 = h2(-1i64, {
                    yield_!(h2(c3, 5i64));
                    h(c3)
                });
                yield_!(input.get(4).copied().unwrap_or(-1i64));
                x6
            };
        } else {
            let mut v7: Vec<i64> = input.to_vec();
            x2 = {
                {
                    let w8 = v7;
                    yield_!((w8.len() as i64));
                    let mut x9 = -4i64;
                    yield_!((w8.len() as i64));
                    v7 = {
                        let mut w = w8;
                        w.push(1);
                        w
                    };
                }
                yield_!(h(input.get(6).copied().unwrap_or(5i64)));
                5i64
            };
        }
        yield_!(13i64);
        let mut x10 = 7i64;
    }
    if let Some(x11) = check(0i64).ok() {
        let g12 = D::new(1001, log);
    } else {
        let x13 = input.get(2).copied().unwrap_or(7i64);
        yield_!((input.len() as i64));
        let mut x14 =
            5i64.wrapping_add(h2(x13, (if 100i64.rem_euclid(3) == 0 { x13 } else { x13 })));
        let _g15 = D::new(2, log);
    }
    let g16 = D::new(1003, log);
    if let Some(x17) = input.last().copied() {
        let x18: i64;
        if input.get(1).copied().unwrap_or(0i64) == x17 {
            let g19 = D::new(1004, log);
            x18 = x17;
        } else {
            x18 = x17;
        }
    } else {
    }
    Ok(10i64)
}

fn p_0(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    for &i1 in input.iter().take(4) {
        if input.get(2).copied().unwrap_or(100i64).rem_euclid(7)
            < input.get(4).copied().unwrap_or(5i64)
        {
            break;
        }
        let x2: i64;
        if ({
            {
                out.push((input.len() as i64).wrapping_sub(0i64));
            };
            i1
        }) < (input.len() as i64).rem_euclid(7)
        {
            let mut c3 = 0_i64;
            'l4: loop {
                c3 += 1;
                if c3 > 3 {
                    break;
                }
                let mut v5: Vec<i64> = vec![c3; 2];
            }
            x2 = {
                let mut x6 = h2(-1i64, {
                    {
                        out.push(h2(c3, 5i64));
                    };
                    h(c3)
                });
                {
                    out.push(input.get(4).copied().unwrap_or(-1i64));
                };
                x6
            };
        } else {
            let mut v7: Vec<i64> = input.to_vec();
            x2 = {
                {
                    let w8 = v7;
                    {
                        out.push((w8.len() as i64));
                    };
                    let mut x9 = -4i64;
                    {
                        out.push((w8.len() as i64));
                    };
                    v7 = {
                        let mut w = w8;
                        w.push(1);
                        w
                    };
                }
                {
                    out.push(h(input.get(6).copied().unwrap_or(5i64)));
                };
                5i64
            };
        }
        {
            out.push(13i64);
        };
        let mut x10 = 7i64;
    }
    if let Some(x11) = check(0i64).ok() {
        let g12 = D::new(1001, log);
    } else {
        let x13 = input.get(2).copied().unwrap_or(7i64);
        {
            out.push((input.len() as i64));
        };
        let mut x14 =
            5i64.wrapping_add(h2(x13, (if 100i64.rem_euclid(3) == 0 { x13 } else { x13 })));
        let _g15 = D::new(2, log);
    }
    let g16 = D::new(1003, log);
    if let Some(x17) = input.last().copied() {
        let x18: i64;
        if input.get(1).copied().unwrap_or(0i64) == x17 {
            let g19 = D::new(1004, log);
            x18 = x17;
        } else {
            x18 = x17;
        }
    } else {
    }
    Ok(10i64)
}

// body 1 (seed 2)
#[genfn::generator(yield = i64)]
fn g_1(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 0i64;
    let mut x2 = 3i64;
    x2 |= check(
        ({
            yield_!(13i64);
            x2
        })
        .wrapping_mul(0i64.rem_euclid(5)),
    )?;
    {
        let &mut (ref mut r3, ref mut r5) = &mut (
            {
                x2 = (if -1i64 < x1 {
                    (input.len() as i64).rem_euclid(5)
                } else {
                    h((input.len() as i64).rem_euclid(2))
                });
                yield_!(x2.wrapping_add(x2));
                x2 = input.get(6).copied().unwrap_or(10i64);
                check(-1i64)?
            },
            input.iter().copied().find(|&z| z > 5i64).unwrap_or(0i64),
        );
        yield_!(*r3);
        let mut s6 = String::new();
        let x7 = input.get(5).copied().unwrap_or(10i64);
        let mut v8: Vec<i64> = vec![x2.rem_euclid(7), 3i64];
        *r5 = r5.wrapping_add(*r3);
        yield_!(*r5);
    }
    let _g9 = D::new(1, log);
    for &i10 in input.iter().take(4) {
        let x11 = {
            yield_!(x1.wrapping_add(x2));
            input.get(5).copied().unwrap_or(4i64)
        };
        let mut s12 = format!("{}", h(i10));
        let g14 = D::new(1002, log);
    }
    if x2 < input.get(0).copied().unwrap_or(1i64) {
        yield_!(
            input
                .get(1)
                .copied()
                .unwrap_or(2i64)
                .wrapping_mul(check(0i64)?)
        )
    } else {
        yield_!(h2(x2, (input.len() as i64).wrapping_mul(3i64)))
    }
    Ok(x1)
}

fn p_1(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 0i64;
    let mut x2 = 3i64;
    x2 |= check(
        ({
            {
                out.push(13i64);
            };
            x2
        })
        .wrapping_mul(0i64.rem_euclid(5)),
    )?;
    {
        let &mut (ref mut r3, ref mut r5) = &mut (
            {
                x2 = (if -1i64 < x1 {
                    (input.len() as i64).rem_euclid(5)
                } else {
                    h((input.len() as i64).rem_euclid(2))
                });
                {
                    out.push(x2.wrapping_add(x2));
                };
                x2 = input.get(6).copied().unwrap_or(10i64);
                check(-1i64)?
            },
            input.iter().copied().find(|&z| z > 5i64).unwrap_or(0i64),
        );
        {
            out.push(*r3);
        };
        let mut s6 = String::new();
        let x7 = input.get(5).copied().unwrap_or(10i64);
        let mut v8: Vec<i64> = vec![x2.rem_euclid(7), 3i64];
        *r5 = r5.wrapping_add(*r3);
        {
            out.push(*r5);
        };
    }
    let _g9 = D::new(1, log);
    for &i10 in input.iter().take(4) {
        let x11 = {
            {
                out.push(x1.wrapping_add(x2));
            };
            input.get(5).copied().unwrap_or(4i64)
        };
        let mut s12 = format!("{}", h(i10));
        let g14 = D::new(1002, log);
    }
    if x2 < input.get(0).copied().unwrap_or(1i64) {
        {
            out.push(
                input
                    .get(1)
                    .copied()
                    .unwrap_or(2i64)
                    .wrapping_mul(check(0i64)?),
            );
        }
    } else {
        {
            out.push(h2(x2, (input.len() as i64).wrapping_mul(3i64)));
        }
    }
    Ok(x1)
}

// body 2 (seed 2)
#[genfn::generator(yield = i64)]
fn g_2(input: &[i64], log: &Log) -> Result<i64, String> {
    if 100i64 < 10i64 {
        let g1 = D::new(1001, log);
        let mut s2 = String::new();
        let _g3 = D::new(2, log);
        if (2i64.rem_euclid(3)).rem_euclid(3) == 0 {
            if ((7i64.rem_euclid(3) == 0 || s2.is_empty()) || 10i64 < (-4i64).wrapping_add(2i64)) {
                yield_!(g1.0)
            } else {
                yield_!((1i64.rem_euclid(7)).wrapping_add(0i64))
            }
            let mut x4 = {
                yield_!(
                    (if (input.len() as i64) == (input.len() as i64) {
                        input.iter().copied().find(|&z| z > 100i64).unwrap_or(0i64)
                    } else {
                        (-1i64).wrapping_mul(100i64)
                    })
                );
                5i64
            };
            if x4
                < 4i64.wrapping_mul({
                    yield_!(x4);
                    3i64
                })
            {
                yield_!(x4)
            } else {
                yield_!(5i64.wrapping_add(7i64))
            }
        }
    }
    unsafe {
        match ((if 7i64 < (input.len() as i64) {
            7i64
        } else {
            (input.len() as i64)
        })
        .wrapping_add(1i64))
        .rem_euclid(6)
        {
            0 => {
                if {
                    yield_!(3i64);
                    1i64 < (check((input.len() as i64))?).wrapping_add(7i64)
                } {
                    yield_!(4i64.rem_euclid(4));
                    let x6 = check({
                        yield_!(h(10i64).rem_euclid(5));
                        2i64
                    })?;
                } else {
                    let mut x7 = {
                        yield_!(-1i64);
                        yield_!(h(4i64).wrapping_add(0i64));
                        (-4i64).rem_euclid(5)
                    };
                    if let Some(x8) = input.get(3).copied() {
                        if x7 != (if input.contains(&3) { 10i64 } else { 4i64 }) {
                            return Ok(x8);
                        }
                        if ({
                            yield_!(input.get(5).copied().unwrap_or(4i64));
                            check((input.len() as i64))? < 13i64.wrapping_sub(10i64)
                        } || (input.len() as i64).wrapping_add(x7) < h2(x8, x7))
                        {
                            yield_!((input.len() as i64))
                        } else {
                            yield_!(x8)
                        }
                        for i9 in 0..({
                            yield_!(100i64);
                            3i64
                        }) {}
                        match 10i64.rem_euclid(4) {
                            0 => {
                                let mut x11 = h(x8);
                            }
                            1 | 2 => {}
                            n10 => {
                                let mut x12 = h2(x7, {
                                    yield_!(0i64);
                                    input.get(3).copied().unwrap_or(0i64)
                                });
                            }
                        }
                    }
                    yield_!(x7);
                }
                let mut c13 = 0_i64;
                let x16 = 'l14: loop {
                    c13 += 1;
                    if c13 > 1 {
                        break 'l14 input.get(0).copied().unwrap_or(-1i64);
                    }
                    let mut x15 = 0i64;
                    yield_!(input.get(3).copied().unwrap_or(4i64));
                };
            }
            1 | 2 => match input.first().copied() {
                None => {
                    let mut o19 = input.get(0).copied();
                    'l20: for i21 in 0..3i64 {
                        let (mut x22, (_, x23)) = (
                            h(input.get(1).copied().unwrap_or(-1i64)),
                            (h2((input.len() as i64).wrapping_add(i21), 3i64), i21),
                        );
                        let mut v24: Vec<i64> = Vec::new();
                        let mut s25 = format!("{}", 7i64);
                        match (x23, input.get(3).copied()) {
                            (x26, Some(x27))
                                if (if (input.len() as i64) == (input.len() as i64) {
                                    x22
                                } else {
                                    0i64
                                }) == 13i64 => {}
                            (x26, None) => {}
                            (_, Some(x27)) => {}
                        }
                    }
                }
                Some(x17) => {
                    let mut s18 = String::new();
                }
            },
            n5 if ((n5 < (input.len() as i64) && (-1i64).rem_euclid(2) == 0) && 100i64 < n5) => {}
            n5 => {}
        }
    }
    Ok(3i64)
}

fn p_2(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 100i64 < 10i64 {
        let g1 = D::new(1001, log);
        let mut s2 = String::new();
        let _g3 = D::new(2, log);
        if (2i64.rem_euclid(3)).rem_euclid(3) == 0 {
            if ((7i64.rem_euclid(3) == 0 || s2.is_empty()) || 10i64 < (-4i64).wrapping_add(2i64)) {
                {
                    out.push(g1.0);
                }
            } else {
                {
                    out.push((1i64.rem_euclid(7)).wrapping_add(0i64));
                }
            }
            let mut x4 = {
                {
                    out.push(
                        (if (input.len() as i64) == (input.len() as i64) {
                            input.iter().copied().find(|&z| z > 100i64).unwrap_or(0i64)
                        } else {
                            (-1i64).wrapping_mul(100i64)
                        }),
                    );
                };
                5i64
            };
            if x4
                < 4i64.wrapping_mul({
                    {
                        out.push(x4);
                    };
                    3i64
                })
            {
                {
                    out.push(x4);
                }
            } else {
                {
                    out.push(5i64.wrapping_add(7i64));
                }
            }
        }
    }
    unsafe {
        match ((if 7i64 < (input.len() as i64) {
            7i64
        } else {
            (input.len() as i64)
        })
        .wrapping_add(1i64))
        .rem_euclid(6)
        {
            0 => {
                if {
                    {
                        out.push(3i64);
                    };
                    1i64 < (check((input.len() as i64))?).wrapping_add(7i64)
                } {
                    {
                        out.push(4i64.rem_euclid(4));
                    };
                    let x6 = check({
                        {
                            out.push(h(10i64).rem_euclid(5));
                        };
                        2i64
                    })?;
                } else {
                    let mut x7 = {
                        {
                            out.push(-1i64);
                        };
                        {
                            out.push(h(4i64).wrapping_add(0i64));
                        };
                        (-4i64).rem_euclid(5)
                    };
                    if let Some(x8) = input.get(3).copied() {
                        if x7 != (if input.contains(&3) { 10i64 } else { 4i64 }) {
                            return Ok(x8);
                        }
                        if ({
                            {
                                out.push(input.get(5).copied().unwrap_or(4i64));
                            };
                            check((input.len() as i64))? < 13i64.wrapping_sub(10i64)
                        } || (input.len() as i64).wrapping_add(x7) < h2(x8, x7))
                        {
                            {
                                out.push((input.len() as i64));
                            }
                        } else {
                            {
                                out.push(x8);
                            }
                        }
                        for i9 in 0..({
                            {
                                out.push(100i64);
                            };
                            3i64
                        }) {}
                        match 10i64.rem_euclid(4) {
                            0 => {
                                let mut x11 = h(x8);
                            }
                            1 | 2 => {}
                            n10 => {
                                let mut x12 = h2(x7, {
                                    {
                                        out.push(0i64);
                                    };
                                    input.get(3).copied().unwrap_or(0i64)
                                });
                            }
                        }
                    }
                    {
                        out.push(x7);
                    };
                }
                let mut c13 = 0_i64;
                let x16 = 'l14: loop {
                    c13 += 1;
                    if c13 > 1 {
                        break 'l14 input.get(0).copied().unwrap_or(-1i64);
                    }
                    let mut x15 = 0i64;
                    {
                        out.push(input.get(3).copied().unwrap_or(4i64));
                    };
                };
            }
            1 | 2 => match input.first().copied() {
                None => {
                    let mut o19 = input.get(0).copied();
                    'l20: for i21 in 0..3i64 {
                        let (mut x22, (_, x23)) = (
                            h(input.get(1).copied().unwrap_or(-1i64)),
                            (h2((input.len() as i64).wrapping_add(i21), 3i64), i21),
                        );
                        let mut v24: Vec<i64> = Vec::new();
                        let mut s25 = format!("{}", 7i64);
                        match (x23, input.get(3).copied()) {
                            (x26, Some(x27))
                                if (if (input.len() as i64) == (input.len() as i64) {
                                    x22
                                } else {
                                    0i64
                                }) == 13i64 => {}
                            (x26, None) => {}
                            (_, Some(x27)) => {}
                        }
                    }
                }
                Some(x17) => {
                    let mut s18 = String::new();
                }
            },
            n5 if ((n5 < (input.len() as i64) && (-1i64).rem_euclid(2) == 0) && 100i64 < n5) => {}
            n5 => {}
        }
    }
    Ok(3i64)
}

// body 3 (seed 2)
#[genfn::generator(yield = i64)]
fn g_3(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1: i64;
    if (None::<i64>.is_some() && (input.first().copied().is_some() && input.is_empty())) {
        let mut x2 = -1i64;
        x1 = x2;
    } else {
        yield_!(
            ((input.len() as i64).rem_euclid(6))
                .wrapping_add((if 5i64 == 1i64 { check(-4i64)? } else { 7i64 }))
        );
        yield_!(3i64);
        x1 = -4i64;
    }
    let x3 = h(x1);
    let Some(x4) = input.get(1).copied() else {
        return Ok(10i64);
    };
    match ((-4i64).wrapping_add(x3)).rem_euclid(3) {
        0 => yield_!(x4),
        1 | 2 => {
            let mut s6 = String::new();
            if 100i64 == (input.len() as i64) {
                yield_!(
                    (if 3i64.wrapping_add(2i64) < x3.wrapping_mul(x1) {
                        ((input.len() as i64) ^ x4).rem_euclid(7)
                    } else {
                        x4.rem_euclid(2)
                    })
                );
                yield_!(-4i64);
            }
            {
                let &mut (ref mut r7, ref mut r9) = &mut (x3, 2i64);
                yield_!(*r7);
                yield_!(x3.wrapping_mul(x1));
                *r9 = r9.wrapping_add(*r7);
                yield_!(*r9);
            }
            let x10 = {
                yield_!((-4i64).rem_euclid(3));
                4i64
            };
        }
        n5 if ((input.len() as i64) ^ n5).rem_euclid(2) == 0 => {
            for i11 in 0..(-4i64).rem_euclid(3) {
                if h(x3)
                    < ({
                        yield_!(input.get(1).copied().unwrap_or(100i64));
                        x3
                    })
                {
                    skip!();
                }
                let x12: i64;
                if x1 < (input.len() as i64) {
                    let _g13 = D::new(1, log);
                    let mut x14 = i11;
                    x12 = check(x14)?;
                } else {
                    let _g15 = D::new(2, log);
                    if -4i64 == 3i64 {
                        yield_!(x1)
                    } else {
                        yield_!(input.get(3).copied().unwrap_or(1i64))
                    }
                    let Some(x3) = input.first().copied() else {
                        yield_!(x3);
                        break;
                    };
                    x12 = x3;
                }
                let x17 = 'b16: { check(i11)? };
            }
        }
        n5 => {}
    }
    Ok({
        yield_!(x4);
        0i64
    })
}

fn p_3(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1: i64;
    if (None::<i64>.is_some() && (input.first().copied().is_some() && input.is_empty())) {
        let mut x2 = -1i64;
        x1 = x2;
    } else {
        {
            out.push(
                ((input.len() as i64).rem_euclid(6))
                    .wrapping_add((if 5i64 == 1i64 { check(-4i64)? } else { 7i64 })),
            );
        };
        {
            out.push(3i64);
        };
        x1 = -4i64;
    }
    let x3 = h(x1);
    let Some(x4) = input.get(1).copied() else {
        return Ok(10i64);
    };
    match ((-4i64).wrapping_add(x3)).rem_euclid(3) {
        0 => {
            out.push(x4);
        }
        1 | 2 => {
            let mut s6 = String::new();
            if 100i64 == (input.len() as i64) {
                {
                    out.push(
                        (if 3i64.wrapping_add(2i64) < x3.wrapping_mul(x1) {
                            ((input.len() as i64) ^ x4).rem_euclid(7)
                        } else {
                            x4.rem_euclid(2)
                        }),
                    );
                };
                {
                    out.push(-4i64);
                };
            }
            {
                let &mut (ref mut r7, ref mut r9) = &mut (x3, 2i64);
                {
                    out.push(*r7);
                };
                {
                    out.push(x3.wrapping_mul(x1));
                };
                *r9 = r9.wrapping_add(*r7);
                {
                    out.push(*r9);
                };
            }
            let x10 = {
                {
                    out.push((-4i64).rem_euclid(3));
                };
                4i64
            };
        }
        n5 if ((input.len() as i64) ^ n5).rem_euclid(2) == 0 => {
            for i11 in 0..(-4i64).rem_euclid(3) {
                if h(x3)
                    < ({
                        {
                            out.push(input.get(1).copied().unwrap_or(100i64));
                        };
                        x3
                    })
                {
                    skip!();
                }
                let x12: i64;
                if x1 < (input.len() as i64) {
                    let _g13 = D::new(1, log);
                    let mut x14 = i11;
                    x12 = check(x14)?;
                } else {
                    let _g15 = D::new(2, log);
                    if -4i64 == 3i64 {
                        {
                            out.push(x1);
                        }
                    } else {
                        {
                            out.push(input.get(3).copied().unwrap_or(1i64));
                        }
                    }
                    let Some(x3) = input.first().copied() else {
                        {
                            out.push(x3);
                        };
                        break;
                    };
                    x12 = x3;
                }
                let x17 = 'b16: { check(i11)? };
            }
        }
        n5 => {}
    }
    Ok({
        {
            out.push(x4);
        };
        0i64
    })
}

// body 4 (seed 2)
#[genfn::generator(yield = i64)]
fn g_4(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = (input.len() as i64);
    if !(check(x1)? == (-1i64).wrapping_sub(x1)) {
        return Ok(x1);
    }
    x1 |= (if 4i64
        == ({
            let mut x2 = h2(1i64, x1);
            yield_!(x2);
            x2 = x1;
            x1
        }) {
        x1
    } else {
        7i64
    });
    let mut v3: Vec<i64> = vec![x1; 2];
    let Some(x1) = input.first().copied() else {
        yield_!(x1);
        return Ok(x1);
    };
    Ok({
        yield_!(x1);
        input.get(2).copied().unwrap_or(2i64)
    })
}

fn p_4(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = (input.len() as i64);
    if !(check(x1)? == (-1i64).wrapping_sub(x1)) {
        return Ok(x1);
    }
    x1 |= (if 4i64
        == ({
            let mut x2 = h2(1i64, x1);
            {
                out.push(x2);
            };
            x2 = x1;
            x1
        }) {
        x1
    } else {
        7i64
    });
    let mut v3: Vec<i64> = vec![x1; 2];
    let Some(x1) = input.first().copied() else {
        {
            out.push(x1);
        };
        return Ok(x1);
    };
    Ok({
        {
            out.push(x1);
        };
        input.get(2).copied().unwrap_or(2i64)
    })
}

// body 5 (seed 2)
#[genfn::generator(yield = i64)]
fn g_5(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", 10i64);
    if 3i64
        < (if s1.is_empty() {
            input.get(3).copied().unwrap_or(1i64)
        } else {
            3i64
        })
    {
        yield_!(7i64.wrapping_add(1i64.wrapping_add((input.len() as i64))))
    } else {
        yield_!(3i64)
    }
    yield_!(
        (if h(5i64).rem_euclid(3) == 0 {
            1i64
        } else {
            (100i64.rem_euclid(5)).wrapping_mul(5i64.rem_euclid(7))
        })
    );
    yield_!(5i64);
    let mut x2 = 7i64;
    Ok(x2)
}

fn p_5(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", 10i64);
    if 3i64
        < (if s1.is_empty() {
            input.get(3).copied().unwrap_or(1i64)
        } else {
            3i64
        })
    {
        {
            out.push(7i64.wrapping_add(1i64.wrapping_add((input.len() as i64))));
        }
    } else {
        {
            out.push(3i64);
        }
    }
    {
        out.push(
            (if h(5i64).rem_euclid(3) == 0 {
                1i64
            } else {
                (100i64.rem_euclid(5)).wrapping_mul(5i64.rem_euclid(7))
            }),
        );
    };
    {
        out.push(5i64);
    };
    let mut x2 = 7i64;
    Ok(x2)
}

// body 6 (seed 2)
#[genfn::generator(yield = i64)]
fn g_6(input: &[i64], log: &Log) -> Result<i64, String> {
    if input.is_empty() {
        let mut c1 = 0_i64;
        let mut x5 = 'l2: loop {
            c1 += 1;
            if c1 > 1 {
                break 'l2 1i64;
            }
            let mut o3 = input.get(1).copied();
            if input.get(5).copied().unwrap_or(10i64)
                < h((if c1.rem_euclid(2) == 0 { -4i64 } else { c1 }))
            {
                yield_!(c1)
            } else {
                yield_!(13i64)
            }
            yield_!(c1);
            let x4 = 5i64;
        };
        match (D::new(1, log), Some(input.get(1).copied().unwrap_or(0i64))) {
            (_, None) => {
                let [mut x10, mut x11] = [
                    x5,
                    ({
                        yield_!(7i64.wrapping_add(100i64));
                        x5
                    })
                    .wrapping_mul(((input.len() as i64).rem_euclid(6)).wrapping_sub(-1i64)),
                ];
                if let Some(x12) = None::<i64> {
                    check(
                        (if input.get(1).copied().unwrap_or(10i64) == 7i64 {
                            5i64.wrapping_add(None::<i64>.unwrap_or(0i64))
                        } else {
                            4i64
                        }),
                    )?;
                    let x13: i64;
                    if ({
                        yield_!(x12);
                        (2i64 as i32 as i64)
                    }) < 10i64
                    {
                        match None::<i64> {
                            Some(x14) if x11 < check(c1)? => {
                                yield_!(x14.wrapping_add((input.len() as i64).wrapping_mul(x14)))
                            }
                            Some(x14) => {
                                yield_!(3i64);
                            }
                            None => yield_!(x12),
                        }
                        x11 = x5;
                        unsafe {
                            yield_!(x11);
                        }
                        if input.is_empty() {
                            let g15 = D::new(1002, log);
                        } else {
                        }
                        x13 = (((-4i64).wrapping_add(x11)).wrapping_mul(x11)).rem_euclid(6);
                    } else {
                        if input.is_empty() {
                            return Err(format!("early {}", x11));
                        }
                        yield_!(x12);
                        let mut c16 = 0_i64;
                        let x19 = 'l17: loop {
                            c16 += 1;
                            if c16 > 4 {
                                break 'l17 h(c1);
                            }
                            let x18 = or_skip!(input.get(2).copied());
                        };
                        x10 = 10i64.wrapping_add(h(4i64));
                        x13 = x5;
                    }
                } else {
                    let mut v20: Vec<i64> = Vec::new();
                    match x5.rem_euclid(6) {
                        0 => {
                            let g22 = D::new(1003, log);
                        }
                        1 | 2 => {
                            let x23 = 1i64;
                            if {
                                yield_!(x23);
                                (10i64 ^ x10) < 0i64
                            } {
                                return Err(format!("early {}", x10));
                            }
                        }
                        n21 if 13i64 == x10.rem_euclid(5) => {}
                        n21 => {}
                    }
                }
            }
            (ref rg7, Some(ref r6)) => {
                yield_!(*r6);
                x5 = c1;
                let [x8, x9] = [c1, x5];
                yield_!(x9);
                yield_!(rg7.0.wrapping_add(*r6));
            }
        }
    }
    Ok(input.get(3).copied().unwrap_or(-4i64))
}

fn p_6(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if input.is_empty() {
        let mut c1 = 0_i64;
        let mut x5 = 'l2: loop {
            c1 += 1;
            if c1 > 1 {
                break 'l2 1i64;
            }
            let mut o3 = input.get(1).copied();
            if input.get(5).copied().unwrap_or(10i64)
                < h((if c1.rem_euclid(2) == 0 { -4i64 } else { c1 }))
            {
                {
                    out.push(c1);
                }
            } else {
                {
                    out.push(13i64);
                }
            }
            {
                out.push(c1);
            };
            let x4 = 5i64;
        };
        match (D::new(1, log), Some(input.get(1).copied().unwrap_or(0i64))) {
            (_, None) => {
                let [mut x10, mut x11] = [
                    x5,
                    ({
                        {
                            out.push(7i64.wrapping_add(100i64));
                        };
                        x5
                    })
                    .wrapping_mul(((input.len() as i64).rem_euclid(6)).wrapping_sub(-1i64)),
                ];
                if let Some(x12) = None::<i64> {
                    check(
                        (if input.get(1).copied().unwrap_or(10i64) == 7i64 {
                            5i64.wrapping_add(None::<i64>.unwrap_or(0i64))
                        } else {
                            4i64
                        }),
                    )?;
                    let x13: i64;
                    if ({
                        {
                            out.push(x12);
                        };
                        (2i64 as i32 as i64)
                    }) < 10i64
                    {
                        match None::<i64> {
                            Some(x14) if x11 < check(c1)? => {
                                out.push(x14.wrapping_add((input.len() as i64).wrapping_mul(x14)));
                            }
                            Some(x14) => {
                                {
                                    out.push(3i64);
                                };
                            }
                            None => {
                                out.push(x12);
                            }
                        }
                        x11 = x5;
                        unsafe {
                            {
                                out.push(x11);
                            };
                        }
                        if input.is_empty() {
                            let g15 = D::new(1002, log);
                        } else {
                        }
                        x13 = (((-4i64).wrapping_add(x11)).wrapping_mul(x11)).rem_euclid(6);
                    } else {
                        if input.is_empty() {
                            return Err(format!("early {}", x11));
                        }
                        {
                            out.push(x12);
                        };
                        let mut c16 = 0_i64;
                        let x19 = 'l17: loop {
                            c16 += 1;
                            if c16 > 4 {
                                break 'l17 h(c1);
                            }
                            let x18 = or_skip!(input.get(2).copied());
                        };
                        x10 = 10i64.wrapping_add(h(4i64));
                        x13 = x5;
                    }
                } else {
                    let mut v20: Vec<i64> = Vec::new();
                    match x5.rem_euclid(6) {
                        0 => {
                            let g22 = D::new(1003, log);
                        }
                        1 | 2 => {
                            let x23 = 1i64;
                            if {
                                {
                                    out.push(x23);
                                };
                                (10i64 ^ x10) < 0i64
                            } {
                                return Err(format!("early {}", x10));
                            }
                        }
                        n21 if 13i64 == x10.rem_euclid(5) => {}
                        n21 => {}
                    }
                }
            }
            (ref rg7, Some(ref r6)) => {
                {
                    out.push(*r6);
                };
                x5 = c1;
                let [x8, x9] = [c1, x5];
                {
                    out.push(x9);
                };
                {
                    out.push(rg7.0.wrapping_add(*r6));
                };
            }
        }
    }
    Ok(input.get(3).copied().unwrap_or(-4i64))
}

// body 7 (seed 2)
#[genfn::generator(yield = i64)]
fn g_7(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    for i2 in v1.iter().copied().take(4) {
        let mut i2 = i2.wrapping_mul(2).wrapping_add({
            yield_!(check(10i64).ok().unwrap_or(100i64));
            i2
        });
    }
    let mut stk3: Vec<i64> = vec![1i64, -4i64, 4i64];
    stk3.truncate(4);
    'l5: while let Some(x4) = stk3.pop() {
        v1.pop();
        let x4 = x4
            .wrapping_mul(2)
            .wrapping_add(v1.first().copied().unwrap_or(-4i64).rem_euclid(6));
        yield_!(input.get(5).copied().unwrap_or(2i64));
        for i6 in 0..({
            yield_!(7i64);
            3i64
        }) {
            let x7 = check(input.get(6).copied().unwrap_or(-4i64).wrapping_add(10i64))?;
            if let Some(x8) = check((x7 as i32 as i64)).ok() {
                let mut v9: Vec<i64> = input.to_vec();
                v1.retain(|&z| z.rem_euclid(3) != 0);
                let mut x11 = {
                    let x10 = (2i64, {
                        yield_!(10i64);
                        100i64
                    })
                        .1;
                    yield_!(100i64);
                    (check(100i64)? ^ x8.rem_euclid(5))
                };
            } else {
                yield_!(format!("{v1:?}").len() as i64);
                yield_!((v1.len() as i64));
                let [x12, x13] = [x7.wrapping_sub(x7), 10i64];
                if h2(
                    x12.wrapping_add((input.len() as i64)),
                    h((input.len() as i64)),
                )
                .rem_euclid(3)
                    == 0
                {
                    let mut x14 = h2(
                        {
                            yield_!(0i64);
                            3i64
                        },
                        check((if 3i64.rem_euclid(3) == 0 { i6 } else { x13 }))?,
                    );
                } else {
                    match v1.get(0).copied() {
                        Some(x15) if input.is_empty() => {
                            yield_!(input.get(4).copied().unwrap_or(-1i64))
                        }
                        Some(x15) => {}
                        None => {
                            let x16 = input.get(3).copied().unwrap_or(5i64);
                        }
                    }
                    'l17: for i18 in 0..({
                        yield_!(2i64);
                        3i64
                    }) {}
                    if input.get(3).copied().unwrap_or(1i64).rem_euclid(6)
                        != 10i64.wrapping_sub({
                            yield_!(x7);
                            x7
                        })
                    {
                        stop!('l5);
                    }
                    if (v1.contains(&x7) && v1.contains(&1i64)) {
                        break;
                    }
                }
            }
            v1.push(h(x4.wrapping_mul(x4).rem_euclid(3)));
            let x19 = D::new(2001, log).0.wrapping_add({
                if input.last().copied().unwrap_or(0i64) < i6 {
                    break 'l5;
                }
                yield_!(h2(100i64, i6));
                4i64
            });
        }
    }
    let mut s20 = (2i64.rem_euclid(7)).to_string();
    let x21 = check(h2(input.get(6).copied().unwrap_or(2i64), 2i64))?;
    Ok(x21
        .wrapping_sub((4i64 ^ (input.len() as i64)))
        .wrapping_mul(100i64))
}

fn p_7(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    for i2 in v1.iter().copied().take(4) {
        let mut i2 = i2.wrapping_mul(2).wrapping_add({
            {
                out.push(check(10i64).ok().unwrap_or(100i64));
            };
            i2
        });
    }
    let mut stk3: Vec<i64> = vec![1i64, -4i64, 4i64];
    stk3.truncate(4);
    'l5: while let Some(x4) = stk3.pop() {
        v1.pop();
        let x4 = x4
            .wrapping_mul(2)
            .wrapping_add(v1.first().copied().unwrap_or(-4i64).rem_euclid(6));
        {
            out.push(input.get(5).copied().unwrap_or(2i64));
        };
        for i6 in 0..({
            {
                out.push(7i64);
            };
            3i64
        }) {
            let x7 = check(input.get(6).copied().unwrap_or(-4i64).wrapping_add(10i64))?;
            if let Some(x8) = check((x7 as i32 as i64)).ok() {
                let mut v9: Vec<i64> = input.to_vec();
                v1.retain(|&z| z.rem_euclid(3) != 0);
                let mut x11 = {
                    let x10 = (2i64, {
                        {
                            out.push(10i64);
                        };
                        100i64
                    })
                        .1;
                    {
                        out.push(100i64);
                    };
                    (check(100i64)? ^ x8.rem_euclid(5))
                };
            } else {
                {
                    out.push(format!("{v1:?}").len() as i64);
                };
                {
                    out.push((v1.len() as i64));
                };
                let [x12, x13] = [x7.wrapping_sub(x7), 10i64];
                if h2(
                    x12.wrapping_add((input.len() as i64)),
                    h((input.len() as i64)),
                )
                .rem_euclid(3)
                    == 0
                {
                    let mut x14 = h2(
                        {
                            {
                                out.push(0i64);
                            };
                            3i64
                        },
                        check((if 3i64.rem_euclid(3) == 0 { i6 } else { x13 }))?,
                    );
                } else {
                    match v1.get(0).copied() {
                        Some(x15) if input.is_empty() => {
                            out.push(input.get(4).copied().unwrap_or(-1i64));
                        }
                        Some(x15) => {}
                        None => {
                            let x16 = input.get(3).copied().unwrap_or(5i64);
                        }
                    }
                    'l17: for i18 in 0..({
                        {
                            out.push(2i64);
                        };
                        3i64
                    }) {}
                    if input.get(3).copied().unwrap_or(1i64).rem_euclid(6)
                        != 10i64.wrapping_sub({
                            {
                                out.push(x7);
                            };
                            x7
                        })
                    {
                        stop!('l5);
                    }
                    if (v1.contains(&x7) && v1.contains(&1i64)) {
                        break;
                    }
                }
            }
            v1.push(h(x4.wrapping_mul(x4).rem_euclid(3)));
            let x19 = D::new(2001, log).0.wrapping_add({
                if input.last().copied().unwrap_or(0i64) < i6 {
                    break 'l5;
                }
                {
                    out.push(h2(100i64, i6));
                };
                4i64
            });
        }
    }
    let mut s20 = (2i64.rem_euclid(7)).to_string();
    let x21 = check(h2(input.get(6).copied().unwrap_or(2i64), 2i64))?;
    Ok(x21
        .wrapping_sub((4i64 ^ (input.len() as i64)))
        .wrapping_mul(100i64))
}

// body 8 (seed 2)
#[genfn::generator(yield = i64)]
fn g_8(input: &[i64], log: &Log) -> Result<i64, String> {
    let _g1 = D::new(1, log);
    let mut s2 = format!(
        "{}",
        100i64.wrapping_add(input.get(3).copied().unwrap_or(0i64))
    );
    let mut x3 = (input.len() as i64).rem_euclid(4);
    let _g4 = D::new(2, log);
    let x7 = [
        {
            let [x5, x6] = [
                {
                    yield_!(h(x3.wrapping_add(100i64)));
                    x3 = h(x3).wrapping_mul(x3);
                    x3
                },
                4i64,
            ];
            yield_!(x5.rem_euclid(5));
            100i64
        },
        {
            yield_!(check((input.len() as i64))?);
            x3 = input.get(1).copied().unwrap_or(1i64);
            2i64
        },
    ][1];
    let mut stk8: Vec<i64> = vec![1i64, 4i64, 2i64];
    stk8.truncate(4);
    'l10: while let Some(x9) = stk8.pop() {
        let mut o11 = input.last().copied();
        let x3 = x3.wrapping_mul(2).wrapping_add({
            yield_!(x7);
            x7
        });
    }
    Ok(x7)
}

fn p_8(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let _g1 = D::new(1, log);
    let mut s2 = format!(
        "{}",
        100i64.wrapping_add(input.get(3).copied().unwrap_or(0i64))
    );
    let mut x3 = (input.len() as i64).rem_euclid(4);
    let _g4 = D::new(2, log);
    let x7 = [
        {
            let [x5, x6] = [
                {
                    {
                        out.push(h(x3.wrapping_add(100i64)));
                    };
                    x3 = h(x3).wrapping_mul(x3);
                    x3
                },
                4i64,
            ];
            {
                out.push(x5.rem_euclid(5));
            };
            100i64
        },
        {
            {
                out.push(check((input.len() as i64))?);
            };
            x3 = input.get(1).copied().unwrap_or(1i64);
            2i64
        },
    ][1];
    let mut stk8: Vec<i64> = vec![1i64, 4i64, 2i64];
    stk8.truncate(4);
    'l10: while let Some(x9) = stk8.pop() {
        let mut o11 = input.last().copied();
        let x3 = x3.wrapping_mul(2).wrapping_add({
            {
                out.push(x7);
            };
            x7
        });
    }
    Ok(x7)
}

// body 9 (seed 2)
#[genfn::generator(yield = i64)]
fn g_9(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 1 {
        c1 += 1;
        let x5 = ({
            let (x3, _, x4) = (c1, 0i64, 1i64);
            yield_!(x4);
            x3
        })
        .rem_euclid(2);
        yield_!(h(x5).rem_euclid(7).wrapping_sub(2i64));
        if input.get(5).copied().is_some() {
            let mut v6: Vec<i64> = Vec::new();
            if h(x5)
                < ({
                    yield_!(c1);
                    5i64
                })
                .wrapping_add(check(c1)?)
            {
                let mut s7 = String::from("ab");
            }
        } else if x5 < x5 {
            let mut s8 = String::from("ab");
            let mut c9 = 0_i64;
            'l10: loop {
                c9 += 1;
                if c9 > 4 {
                    break;
                }
                let mut x11 = h2(
                    {
                        yield_!((if c9 < x5 { c1 } else { (input.len() as i64) }));
                        or_skip!(input.first().copied())
                    },
                    (input.len() as i64),
                );
                yield_!((s8.len() as i64));
                x11 |= x11;
                yield_!(dup!(s8.len() as i64));
            }
            let mut x12 = 3i64;
            let mut x13 = c9;
        } else {
            yield_!(5i64);
            let mut v14: Vec<i64> = input.to_vec();
        }
        let x15: i64;
        if ({
            yield_!(7i64);
            100i64
        }) < 3i64
        {
            for &i16 in vec![input.get(1).copied().unwrap_or(1i64), 100i64, c1].iter() {
                let mut v17: Vec<i64> = Vec::new();
            }
            x15 = {
                yield_!(x5);
                13i64
            };
        } else {
            x15 = x5;
        }
    }
    Ok(c1.wrapping_add((c1 ^ c1)).wrapping_add(0i64))
}

fn p_9(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 1 {
        c1 += 1;
        let x5 = ({
            let (x3, _, x4) = (c1, 0i64, 1i64);
            {
                out.push(x4);
            };
            x3
        })
        .rem_euclid(2);
        {
            out.push(h(x5).rem_euclid(7).wrapping_sub(2i64));
        };
        if input.get(5).copied().is_some() {
            let mut v6: Vec<i64> = Vec::new();
            if h(x5)
                < ({
                    {
                        out.push(c1);
                    };
                    5i64
                })
                .wrapping_add(check(c1)?)
            {
                let mut s7 = String::from("ab");
            }
        } else if x5 < x5 {
            let mut s8 = String::from("ab");
            let mut c9 = 0_i64;
            'l10: loop {
                c9 += 1;
                if c9 > 4 {
                    break;
                }
                let mut x11 = h2(
                    {
                        {
                            out.push((if c9 < x5 { c1 } else { (input.len() as i64) }));
                        };
                        or_skip!(input.first().copied())
                    },
                    (input.len() as i64),
                );
                {
                    out.push((s8.len() as i64));
                };
                x11 |= x11;
                {
                    out.push(dup!(s8.len() as i64));
                };
            }
            let mut x12 = 3i64;
            let mut x13 = c9;
        } else {
            {
                out.push(5i64);
            };
            let mut v14: Vec<i64> = input.to_vec();
        }
        let x15: i64;
        if ({
            {
                out.push(7i64);
            };
            100i64
        }) < 3i64
        {
            for &i16 in vec![input.get(1).copied().unwrap_or(1i64), 100i64, c1].iter() {
                let mut v17: Vec<i64> = Vec::new();
            }
            x15 = {
                {
                    out.push(x5);
                };
                13i64
            };
        } else {
            x15 = x5;
        }
    }
    Ok(c1.wrapping_add((c1 ^ c1)).wrapping_add(0i64))
}

// body 10 (seed 2)
#[genfn::generator(yield = i64)]
fn g_10(input: &[i64], log: &Log) -> Result<i64, String> {
    if input.get(1).copied().unwrap_or(4i64).rem_euclid(3) == 0 {
        let mut v1: Vec<i64> = vec![input.get(3).copied().unwrap_or(0i64), 1i64];
        yield_!(h(1i64));
    } else if 100i64.rem_euclid(3) == 0 {
        let x2 = D::new(2001, log).0.wrapping_add({
            yield_!(7i64);
            (10i64 as i32 as i64)
        });
        let mut v3: Vec<i64> = vec![(x2.rem_euclid(5) as i32 as i64), 5i64];
    } else {
        if ((-4i64 ^ (input.len() as i64)).rem_euclid(3) == 0
            && 5i64 != input.get(3).copied().unwrap_or(-4i64))
        {
            let g4 = D::new(1002, log);
            'l5: for i6 in 0..h(4i64).rem_euclid(5) {
                yield_!(i6);
                yield_!(input.get(6).copied().unwrap_or(-4i64).wrapping_add(h(i6)));
            }
        } else {
            yield_!(10i64);
            let x7 = {
                yield_!(13i64);
                h((input.len() as i64))
            };
            let mut c8 = 0_i64;
            while {
                yield_!(c8);
                c8 < 3
            } {
                c8 += 1;
                let mut x7 = x7.wrapping_mul(2).wrapping_add({
                    yield_!(h2(c8, x7));
                    input.get(5).copied().unwrap_or(-4i64)
                });
                let x7 = x7.wrapping_mul(2).wrapping_add(5i64);
                let mut v9: Vec<i64> = vec![x7, 10i64];
            }
        }
    }
    match None::<i64> {
        Some(x10) if input.is_empty() => yield_!(x10),
        Some(x10) => {}
        None => {
            let _ = D::new(3, log);
            let g11 = D::new(1004, log);
        }
    }
    Ok(10i64)
}

fn p_10(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if input.get(1).copied().unwrap_or(4i64).rem_euclid(3) == 0 {
        let mut v1: Vec<i64> = vec![input.get(3).copied().unwrap_or(0i64), 1i64];
        {
            out.push(h(1i64));
        };
    } else if 100i64.rem_euclid(3) == 0 {
        let x2 = D::new(2001, log).0.wrapping_add({
            {
                out.push(7i64);
            };
            (10i64 as i32 as i64)
        });
        let mut v3: Vec<i64> = vec![(x2.rem_euclid(5) as i32 as i64), 5i64];
    } else {
        if ((-4i64 ^ (input.len() as i64)).rem_euclid(3) == 0
            && 5i64 != input.get(3).copied().unwrap_or(-4i64))
        {
            let g4 = D::new(1002, log);
            'l5: for i6 in 0..h(4i64).rem_euclid(5) {
                {
                    out.push(i6);
                };
                {
                    out.push(input.get(6).copied().unwrap_or(-4i64).wrapping_add(h(i6)));
                };
            }
        } else {
            {
                out.push(10i64);
            };
            let x7 = {
                {
                    out.push(13i64);
                };
                h((input.len() as i64))
            };
            let mut c8 = 0_i64;
            while {
                {
                    out.push(c8);
                };
                c8 < 3
            } {
                c8 += 1;
                let mut x7 = x7.wrapping_mul(2).wrapping_add({
                    {
                        out.push(h2(c8, x7));
                    };
                    input.get(5).copied().unwrap_or(-4i64)
                });
                let x7 = x7.wrapping_mul(2).wrapping_add(5i64);
                let mut v9: Vec<i64> = vec![x7, 10i64];
            }
        }
    }
    match None::<i64> {
        Some(x10) if input.is_empty() => {
            out.push(x10);
        }
        Some(x10) => {}
        None => {
            let _ = D::new(3, log);
            let g11 = D::new(1004, log);
        }
    }
    Ok(10i64)
}

// body 11 (seed 2)
#[genfn::generator(yield = i64)]
fn g_11(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![h(10i64.wrapping_mul(13i64)), 4i64];
    let x2 = h(((-4i64).wrapping_mul(7i64)).rem_euclid(6));
    'l4: for &i3 in v1.iter().take(4) {
        let _g5 = D::new(1, log);
        if x2 != input.get(4).copied().unwrap_or(10i64) {
            stop!('l4);
        }
        let x7 = (check({
            let mut s6 = String::new();
            yield_!(i3);
            (input.len() as i64)
        })?)
        .wrapping_add({
            yield_!(input.get(6).copied().unwrap_or(0i64));
            i3
        });
        let _g8 = D::new(2, log);
    }
    match x2.rem_euclid(5) {
        0 => {
            v1.sort_unstable();
            v1.pop();
            let mut x10 = input.first().copied().unwrap_or(2i64);
        }
        1 | 2 => yield_!(x2),
        3..=4 => {
            let mut c11 = 0_i64;
            loop {
                c11 += 1;
                if c11 > 3 {
                    break;
                }
                let _ = v1;
            }
            let mut x12 = 10i64;
            let mut x13 = input.get(3).copied().unwrap_or(2i64);
        }
        n9 if 5i64.wrapping_add(x2) < (input.len() as i64).wrapping_add(n9) => {
            v1.truncate(3);
        }
        n9 => {}
    }
    Ok(input.get(5).copied().unwrap_or(-4i64))
}

fn p_11(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![h(10i64.wrapping_mul(13i64)), 4i64];
    let x2 = h(((-4i64).wrapping_mul(7i64)).rem_euclid(6));
    'l4: for &i3 in v1.iter().take(4) {
        let _g5 = D::new(1, log);
        if x2 != input.get(4).copied().unwrap_or(10i64) {
            stop!('l4);
        }
        let x7 = (check({
            let mut s6 = String::new();
            {
                out.push(i3);
            };
            (input.len() as i64)
        })?)
        .wrapping_add({
            {
                out.push(input.get(6).copied().unwrap_or(0i64));
            };
            i3
        });
        let _g8 = D::new(2, log);
    }
    match x2.rem_euclid(5) {
        0 => {
            v1.sort_unstable();
            v1.pop();
            let mut x10 = input.first().copied().unwrap_or(2i64);
        }
        1 | 2 => {
            out.push(x2);
        }
        3..=4 => {
            let mut c11 = 0_i64;
            loop {
                c11 += 1;
                if c11 > 3 {
                    break;
                }
                let _ = v1;
            }
            let mut x12 = 10i64;
            let mut x13 = input.get(3).copied().unwrap_or(2i64);
        }
        n9 if 5i64.wrapping_add(x2) < (input.len() as i64).wrapping_add(n9) => {
            v1.truncate(3);
        }
        n9 => {}
    }
    Ok(input.get(5).copied().unwrap_or(-4i64))
}

// body 12 (seed 2)
#[genfn::generator(yield = i64)]
fn g_12(input: &[i64], log: &Log) -> Result<i64, String> {
    if {
        yield_!(((-1i64).rem_euclid(7) as i32 as i64));
        input.get(4).copied().unwrap_or(100i64).rem_euclid(6) < (input.len() as i64)
    } {
        yield_!((100i64.wrapping_add(-4i64) ^ -4i64));
        unsafe {
            if input.get(3).copied().unwrap_or(2i64) < -1i64 {
                return Err(format!("early {}", h(-4i64)));
            }
            let g1 = D::new(1001, log);
        }
    } else {
        let mut v2: Vec<i64> = Vec::new();
        let mut s3 = String::from("ab");
        let mut x4 = {
            yield_!(5i64.wrapping_sub(4i64));
            (if s3.is_empty() {
                -4i64
            } else {
                (s3.len() as i64)
            })
        };
    }
    yield_!(
        (h(2i64) as i32 as i64).wrapping_sub(input.get(2).copied().unwrap_or(0i64).rem_euclid(3))
    );
    let mut x5 = 100i64;
    let mut s6 = (x5.wrapping_mul(-4i64) as i32 as i64).to_string();
    Ok(x5)
}

fn p_12(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if {
        {
            out.push(((-1i64).rem_euclid(7) as i32 as i64));
        };
        input.get(4).copied().unwrap_or(100i64).rem_euclid(6) < (input.len() as i64)
    } {
        {
            out.push((100i64.wrapping_add(-4i64) ^ -4i64));
        };
        unsafe {
            if input.get(3).copied().unwrap_or(2i64) < -1i64 {
                return Err(format!("early {}", h(-4i64)));
            }
            let g1 = D::new(1001, log);
        }
    } else {
        let mut v2: Vec<i64> = Vec::new();
        let mut s3 = String::from("ab");
        let mut x4 = {
            {
                out.push(5i64.wrapping_sub(4i64));
            };
            (if s3.is_empty() {
                -4i64
            } else {
                (s3.len() as i64)
            })
        };
    }
    {
        out.push(
            (h(2i64) as i32 as i64)
                .wrapping_sub(input.get(2).copied().unwrap_or(0i64).rem_euclid(3)),
        );
    };
    let mut x5 = 100i64;
    let mut s6 = (x5.wrapping_mul(-4i64) as i32 as i64).to_string();
    Ok(x5)
}

// body 13 (seed 2)
#[genfn::generator(yield = i64)]
fn g_13(input: &[i64], log: &Log) -> Result<i64, String> {
    if 4i64.rem_euclid(4) < 13i64 {
        let x1 = check(2i64)?;
        let mut s2 = format!("{}", x1);
    } else {
        let mut v3: Vec<i64> = input.to_vec();
    }
    let mut v4: Vec<i64> = input.to_vec();
    if 10i64 == 3i64 {
        let (mut x5, (_, x6)) = (
            3i64,
            (2i64, h2(100i64, v4.first().copied().unwrap_or(4i64))),
        );
    } else if 5i64.rem_euclid(3) == 0 {
        {
            let w7 = v4;
            yield_!((w7.len() as i64));
            let x9 = check({
                let g8 = D::new(1001, log);
                yield_!(7i64);
                (-4i64 ^ (input.len() as i64)).wrapping_sub(2i64)
            })?;
            if {
                yield_!(x9);
                x9 < x9
            } {
                return Ok(x9
                    .wrapping_add({
                        let mut s10 = (3i64.wrapping_add(x9)).to_string();
                        yield_!((input.len() as i64));
                        x9
                    })
                    .wrapping_mul({
                        let Some(x11) = check(x9).ok() else {
                            return Err(format!("early {}", 2i64.wrapping_add(x9)));
                        };
                        yield_!(0i64.wrapping_add(x11));
                        x9
                    }));
            }
            v4 = {
                let mut w = w7;
                w.push(1);
                w
            };
        }
        let x12 = check(13i64)?;
    } else {
        let [x13, x14] = [100i64, input.get(6).copied().unwrap_or(13i64)];
        let x15: i64;
        if input.is_empty() {
            let mut c16 = 0_i64;
            let mut x19 = 'l17: loop {
                c16 += 1;
                if c16 > 4 {
                    break 'l17 100i64;
                }
                let x18 = c16;
            };
            yield_!(100i64);
            'l20: for i21 in 0..x19.rem_euclid(3) {
                let x22 = x19;
                yield_!(format!("{v4:?}").len() as i64);
                let mut x23 = h2(h(0i64), c16);
            }
            x15 = (if (if c16.rem_euclid(3) == 0 { 1i64 } else { x19 }) == x19 {
                c16.wrapping_mul(c16).wrapping_add(x19)
            } else {
                c16
            });
        } else {
            let mut x25 = [3i64, {
                let g24 = D::new(1002, log);
                yield_!(x14);
                5i64.wrapping_sub(x13)
            }][1];
            let mut c26 = 0_i64;
            let x29 = 'l27: loop {
                c26 += 1;
                if c26 > 4 {
                    break 'l27 h2((4i64 ^ (input.len() as i64)), c26);
                }
                if None::<i64>.is_some() {
                    x25 = check(
                        (if input.is_empty() {
                            -4i64
                        } else {
                            x13.wrapping_add(3i64)
                        }),
                    )?;
                    assert!(c26 == c26, "{}", c26);
                    if c26 != input.get(6).copied().unwrap_or(1i64).rem_euclid(4) {
                        yield_!((v4.len() as i64))
                    } else {
                        yield_!(check(((input.len() as i64) ^ -4i64))?)
                    }
                    yield_!(h(((input.len() as i64) as i32 as i64)
                        .wrapping_add(input.get(5).copied().unwrap_or(5i64))));
                }
                let g28 = D::new(1003, log);
                if x14 == x25 {
                    yield_!(input.get(2).copied().unwrap_or(0i64))
                } else {
                    yield_!(v4.get(2).copied().unwrap_or(10i64))
                }
            };
            let mut c30 = 0_i64;
            loop {
                c30 += 1;
                if c30 > 3 {
                    break;
                }
                let _g31 = D::new(4, log);
            }
            x15 = x25;
        }
    }
    Ok(h(2i64).wrapping_mul(((-1i64).wrapping_add((input.len() as i64))).rem_euclid(3)))
}

fn p_13(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 4i64.rem_euclid(4) < 13i64 {
        let x1 = check(2i64)?;
        let mut s2 = format!("{}", x1);
    } else {
        let mut v3: Vec<i64> = input.to_vec();
    }
    let mut v4: Vec<i64> = input.to_vec();
    if 10i64 == 3i64 {
        let (mut x5, (_, x6)) = (
            3i64,
            (2i64, h2(100i64, v4.first().copied().unwrap_or(4i64))),
        );
    } else if 5i64.rem_euclid(3) == 0 {
        {
            let w7 = v4;
            {
                out.push((w7.len() as i64));
            };
            let x9 = check({
                let g8 = D::new(1001, log);
                {
                    out.push(7i64);
                };
                (-4i64 ^ (input.len() as i64)).wrapping_sub(2i64)
            })?;
            if {
                {
                    out.push(x9);
                };
                x9 < x9
            } {
                return Ok(x9
                    .wrapping_add({
                        let mut s10 = (3i64.wrapping_add(x9)).to_string();
                        {
                            out.push((input.len() as i64));
                        };
                        x9
                    })
                    .wrapping_mul({
                        let Some(x11) = check(x9).ok() else {
                            return Err(format!("early {}", 2i64.wrapping_add(x9)));
                        };
                        {
                            out.push(0i64.wrapping_add(x11));
                        };
                        x9
                    }));
            }
            v4 = {
                let mut w = w7;
                w.push(1);
                w
            };
        }
        let x12 = check(13i64)?;
    } else {
        let [x13, x14] = [100i64, input.get(6).copied().unwrap_or(13i64)];
        let x15: i64;
        if input.is_empty() {
            let mut c16 = 0_i64;
            let mut x19 = 'l17: loop {
                c16 += 1;
                if c16 > 4 {
                    break 'l17 100i64;
                }
                let x18 = c16;
            };
            {
                out.push(100i64);
            };
            'l20: for i21 in 0..x19.rem_euclid(3) {
                let x22 = x19;
                {
                    out.push(format!("{v4:?}").len() as i64);
                };
                let mut x23 = h2(h(0i64), c16);
            }
            x15 = (if (if c16.rem_euclid(3) == 0 { 1i64 } else { x19 }) == x19 {
                c16.wrapping_mul(c16).wrapping_add(x19)
            } else {
                c16
            });
        } else {
            let mut x25 = [3i64, {
                let g24 = D::new(1002, log);
                {
                    out.push(x14);
                };
                5i64.wrapping_sub(x13)
            }][1];
            let mut c26 = 0_i64;
            let x29 = 'l27: loop {
                c26 += 1;
                if c26 > 4 {
                    break 'l27 h2((4i64 ^ (input.len() as i64)), c26);
                }
                if None::<i64>.is_some() {
                    x25 = check(
                        (if input.is_empty() {
                            -4i64
                        } else {
                            x13.wrapping_add(3i64)
                        }),
                    )?;
                    assert!(c26 == c26, "{}", c26);
                    if c26 != input.get(6).copied().unwrap_or(1i64).rem_euclid(4) {
                        {
                            out.push((v4.len() as i64));
                        }
                    } else {
                        {
                            out.push(check(((input.len() as i64) ^ -4i64))?);
                        }
                    }
                    {
                        out.push(h(((input.len() as i64) as i32 as i64)
                            .wrapping_add(input.get(5).copied().unwrap_or(5i64))));
                    };
                }
                let g28 = D::new(1003, log);
                if x14 == x25 {
                    {
                        out.push(input.get(2).copied().unwrap_or(0i64));
                    }
                } else {
                    {
                        out.push(v4.get(2).copied().unwrap_or(10i64));
                    }
                }
            };
            let mut c30 = 0_i64;
            loop {
                c30 += 1;
                if c30 > 3 {
                    break;
                }
                let _g31 = D::new(4, log);
            }
            x15 = x25;
        }
    }
    Ok(h(2i64).wrapping_mul(((-1i64).wrapping_add((input.len() as i64))).rem_euclid(3)))
}

// body 14 (seed 2)
#[genfn::generator(yield = i64)]
fn g_14(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = (input.len() as i64).wrapping_add({
        yield_!(100i64);
        -1i64
    });
    let g2 = D::new(1001, log);
    yield_!(h((check(x1)?).wrapping_add(-4i64)));
    yield_!(x1);
    drop(g2);
    Ok(x1)
}

fn p_14(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = (input.len() as i64).wrapping_add({
        {
            out.push(100i64);
        };
        -1i64
    });
    let g2 = D::new(1001, log);
    {
        out.push(h((check(x1)?).wrapping_add(-4i64)));
    };
    {
        out.push(x1);
    };
    drop(g2);
    Ok(x1)
}

// body 15 (seed 2)
#[genfn::generator(yield = i64)]
fn g_15(input: &[i64], log: &Log) -> Result<i64, String> {
    match (
        -1i64,
        Some(
            (if {
                yield_!((input.len() as i64));
                (input.len() as i64) < -4i64
            } {
                -1i64
            } else {
                2i64
            }),
        ),
    ) {
        (x1, Some(x2)) if x1 < x2 => {
            for i3 in 0..({
                yield_!(7i64);
                3i64
            }) {
                let mut v4: Vec<i64> = vec![x2; 2];
                let mut o5 = v4.get(1).copied();
            }
        }
        (x1, None) => {
            let g6 = D::new(1001, log);
            'b7: {
                if input.is_empty() {
                    stop!('b7);
                }
            }
        }
        (_, Some(x2)) => {
            let mut x8 = h2(
                {
                    yield_!(x2);
                    x2
                },
                input.get(4).copied().unwrap_or(2i64),
            );
            let g9 = D::new(1002, log);
        }
    }
    let g10 = D::new(1003, log);
    Ok(2i64.wrapping_add(-1i64))
}

fn p_15(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match (
        -1i64,
        Some(
            (if {
                {
                    out.push((input.len() as i64));
                };
                (input.len() as i64) < -4i64
            } {
                -1i64
            } else {
                2i64
            }),
        ),
    ) {
        (x1, Some(x2)) if x1 < x2 => {
            for i3 in 0..({
                {
                    out.push(7i64);
                };
                3i64
            }) {
                let mut v4: Vec<i64> = vec![x2; 2];
                let mut o5 = v4.get(1).copied();
            }
        }
        (x1, None) => {
            let g6 = D::new(1001, log);
            'b7: {
                if input.is_empty() {
                    stop!('b7);
                }
            }
        }
        (_, Some(x2)) => {
            let mut x8 = h2(
                {
                    {
                        out.push(x2);
                    };
                    x2
                },
                input.get(4).copied().unwrap_or(2i64),
            );
            let g9 = D::new(1002, log);
        }
    }
    let g10 = D::new(1003, log);
    Ok(2i64.wrapping_add(-1i64))
}

// body 16 (seed 2)
#[genfn::generator(yield = i64)]
fn g_16(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = check((3i64 ^ h((input.len() as i64))).rem_euclid(5))?;
    let mut v2: Vec<i64> = Vec::new();
    let _ = D::new(1, log);
    yield_!(
        (if x1.rem_euclid(2) == 0 {
            input.get(1).copied().unwrap_or(3i64)
        } else {
            check((x1 ^ x1))?
        })
    );
    let mut o3 = input.get(3).copied();
    let mut stk4: Vec<i64> = vec![5i64, -1i64, 4i64];
    stk4.truncate(4);
    while let Some(x5) = stk4.pop() {
        let mut s6 = ({
            let x7 = 3i64;
            yield_!(0i64);
            x5
        })
        .to_string();
        if check(x5)? != x5 {
            match (s6.len() as i64).rem_euclid(4) {
                0 => yield_!(x5),
                1 | 2 => match h(x5).rem_euclid(2).rem_euclid(5) {
                    0 => yield_!(3i64),
                    1 | 2 => {
                        let mut x10 = 7i64;
                        let cell13 = RefCell::new(input.to_vec());
                        'l11: for &i12 in cell13.borrow().iter().take(4) {
                            v2.truncate(3);
                        }
                        let x14: i64;
                        if 1i64 < x10.rem_euclid(7) {
                            x14 = (({
                                yield_!(x10);
                                x10 = 10i64;
                                x5
                            })
                            .rem_euclid(3))
                            .wrapping_add(v2.first().copied().unwrap_or(0i64));
                        } else {
                            x14 = o3.unwrap_or(7i64).wrapping_add(h(0i64));
                        }
                    }
                    3..=4 => {
                        let Some(x15) = None::<i64> else {
                            return Err(format!("early {}", check(x5.wrapping_sub(x5))?));
                        };
                    }
                    n9 if (0i64 < (input.len() as i64) || n9 == (input.len() as i64)) => {
                        let mut c16 = 0_i64;
                        'l17: loop {
                            c16 += 1;
                            if c16 > 4 {
                                break;
                            }
                        }
                        s6.truncate(1);
                        let mut c18 = 0_i64;
                        loop {
                            c18 += 1;
                            if c18 > 3 {
                                break;
                            }
                        }
                        let Some(n9) = input.get(6).copied() else {
                            yield_!(n9);
                            break;
                        };
                    }
                    n9 => {}
                },
                n8 if 7i64 == n8 => {}
                n8 => {}
            }
        }
    }
    Ok((v2.len() as i64))
}

fn p_16(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = check((3i64 ^ h((input.len() as i64))).rem_euclid(5))?;
    let mut v2: Vec<i64> = Vec::new();
    let _ = D::new(1, log);
    {
        out.push(
            (if x1.rem_euclid(2) == 0 {
                input.get(1).copied().unwrap_or(3i64)
            } else {
                check((x1 ^ x1))?
            }),
        );
    };
    let mut o3 = input.get(3).copied();
    let mut stk4: Vec<i64> = vec![5i64, -1i64, 4i64];
    stk4.truncate(4);
    while let Some(x5) = stk4.pop() {
        let mut s6 = ({
            let x7 = 3i64;
            {
                out.push(0i64);
            };
            x5
        })
        .to_string();
        if check(x5)? != x5 {
            match (s6.len() as i64).rem_euclid(4) {
                0 => {
                    out.push(x5);
                }
                1 | 2 => match h(x5).rem_euclid(2).rem_euclid(5) {
                    0 => {
                        out.push(3i64);
                    }
                    1 | 2 => {
                        let mut x10 = 7i64;
                        let cell13 = RefCell::new(input.to_vec());
                        'l11: for &i12 in cell13.borrow().iter().take(4) {
                            v2.truncate(3);
                        }
                        let x14: i64;
                        if 1i64 < x10.rem_euclid(7) {
                            x14 = (({
                                {
                                    out.push(x10);
                                };
                                x10 = 10i64;
                                x5
                            })
                            .rem_euclid(3))
                            .wrapping_add(v2.first().copied().unwrap_or(0i64));
                        } else {
                            x14 = o3.unwrap_or(7i64).wrapping_add(h(0i64));
                        }
                    }
                    3..=4 => {
                        let Some(x15) = None::<i64> else {
                            return Err(format!("early {}", check(x5.wrapping_sub(x5))?));
                        };
                    }
                    n9 if (0i64 < (input.len() as i64) || n9 == (input.len() as i64)) => {
                        let mut c16 = 0_i64;
                        'l17: loop {
                            c16 += 1;
                            if c16 > 4 {
                                break;
                            }
                        }
                        s6.truncate(1);
                        let mut c18 = 0_i64;
                        loop {
                            c18 += 1;
                            if c18 > 3 {
                                break;
                            }
                        }
                        let Some(n9) = input.get(6).copied() else {
                            {
                                out.push(n9);
                            };
                            break;
                        };
                    }
                    n9 => {}
                },
                n8 if 7i64 == n8 => {}
                n8 => {}
            }
        }
    }
    Ok((v2.len() as i64))
}

// body 17 (seed 2)
#[genfn::generator(yield = i64)]
fn g_17(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let mut c2 = 0_i64;
    let mut x4 = 'l3: loop {
        c2 += 1;
        if c2 > 2 {
            break 'l3 (v1.len() as i64);
        }
        yield_!(h((c2 ^ (10i64 ^ 1i64))));
    };
    if (v1.len() as i64) < h(5i64) {
        yield_!(7i64);
        yield_!(h2((v1.len() as i64), h(((input.len() as i64) ^ c2))));
        x4 = h(x4).wrapping_sub(c2.wrapping_add(-1i64));
        if (13i64 < input.get(1).copied().unwrap_or(3i64) || {
            yield_!(x4);
            (input.len() as i64) < h2(x4, (input.len() as i64))
        }) {
            let g5 = D::new(1001, log);
            v1.retain(|&z| z.rem_euclid(3) != 0);
            yield_!(c2);
        }
    } else {
    }
    Ok(x4)
}

fn p_17(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let mut c2 = 0_i64;
    let mut x4 = 'l3: loop {
        c2 += 1;
        if c2 > 2 {
            break 'l3 (v1.len() as i64);
        }
        {
            out.push(h((c2 ^ (10i64 ^ 1i64))));
        };
    };
    if (v1.len() as i64) < h(5i64) {
        {
            out.push(7i64);
        };
        {
            out.push(h2((v1.len() as i64), h(((input.len() as i64) ^ c2))));
        };
        x4 = h(x4).wrapping_sub(c2.wrapping_add(-1i64));
        if (13i64 < input.get(1).copied().unwrap_or(3i64) || {
            {
                out.push(x4);
            };
            (input.len() as i64) < h2(x4, (input.len() as i64))
        }) {
            let g5 = D::new(1001, log);
            v1.retain(|&z| z.rem_euclid(3) != 0);
            {
                out.push(c2);
            };
        }
    } else {
    }
    Ok(x4)
}

// body 18 (seed 2)
#[genfn::generator(yield = i64)]
fn g_18(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1: i64;
    if (3i64 ^ 4i64) < 3i64.wrapping_add(5i64) {
        match Some((10i64 as i32 as i64)) {
            Some(x2) => {}
            None => {
                let mut x3 = [3i64, {
                    yield_!(input.last().copied().unwrap_or(5i64));
                    1i64
                }][1];
                'b4: {
                    yield_!(0i64);
                }
            }
        }
        let mut v5: Vec<i64> = vec![input.get(2).copied().unwrap_or(5i64), 5i64];
        let mut x6 = ((if (input.len() as i64) == (input.len() as i64) {
            (input.len() as i64)
        } else {
            7i64
        })
        .wrapping_add({
            yield_!(-4i64);
            100i64
        }))
        .wrapping_add({
            yield_!(2i64);
            10i64
        });
        let mut x7 = -1i64;
        x1 = h(v5
            .iter()
            .fold(0_i64, |acc, &z| acc.wrapping_add(z))
            .wrapping_mul(input.get(2).copied().unwrap_or(0i64)));
    } else {
        if input.contains(&3) {
            yield_!((13i64.wrapping_mul((input.len() as i64))).wrapping_add(-1i64))
        } else {
            yield_!(h(-1i64))
        }
        x1 = -4i64;
    }
    let x8 = h2(
        {
            yield_!(10i64);
            h(2i64)
        },
        x1,
    );
    yield_!(check(x8.rem_euclid(7)).ok().unwrap_or(0i64));
    let Some(x8) = None::<i64> else {
        yield_!(x8);
        return Ok(x8);
    };
    let mut v9: Vec<i64> = input.to_vec();
    Ok(h2(x1, h2(input.get(4).copied().unwrap_or(0i64), 2i64)))
}

fn p_18(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1: i64;
    if (3i64 ^ 4i64) < 3i64.wrapping_add(5i64) {
        match Some((10i64 as i32 as i64)) {
            Some(x2) => {}
            None => {
                let mut x3 = [3i64, {
                    {
                        out.push(input.last().copied().unwrap_or(5i64));
                    };
                    1i64
                }][1];
                'b4: {
                    {
                        out.push(0i64);
                    };
                }
            }
        }
        let mut v5: Vec<i64> = vec![input.get(2).copied().unwrap_or(5i64), 5i64];
        let mut x6 = ((if (input.len() as i64) == (input.len() as i64) {
            (input.len() as i64)
        } else {
            7i64
        })
        .wrapping_add({
            {
                out.push(-4i64);
            };
            100i64
        }))
        .wrapping_add({
            {
                out.push(2i64);
            };
            10i64
        });
        let mut x7 = -1i64;
        x1 = h(v5
            .iter()
            .fold(0_i64, |acc, &z| acc.wrapping_add(z))
            .wrapping_mul(input.get(2).copied().unwrap_or(0i64)));
    } else {
        if input.contains(&3) {
            {
                out.push((13i64.wrapping_mul((input.len() as i64))).wrapping_add(-1i64));
            }
        } else {
            {
                out.push(h(-1i64));
            }
        }
        x1 = -4i64;
    }
    let x8 = h2(
        {
            {
                out.push(10i64);
            };
            h(2i64)
        },
        x1,
    );
    {
        out.push(check(x8.rem_euclid(7)).ok().unwrap_or(0i64));
    };
    let Some(x8) = None::<i64> else {
        {
            out.push(x8);
        };
        return Ok(x8);
    };
    let mut v9: Vec<i64> = input.to_vec();
    Ok(h2(x1, h2(input.get(4).copied().unwrap_or(0i64), 2i64)))
}

// body 19 (seed 2)
#[genfn::generator(yield = i64)]
fn g_19(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(7i64);
    let mut s1 = String::new();
    if 3i64.rem_euclid(2) == 0 {
        for &i2 in (
            D::new(1, log),
            vec![
                ((-1i64).wrapping_add(4i64)).wrapping_mul((-1i64).wrapping_add(1i64)),
                2i64,
            ],
        )
            .1
            .iter()
        {
            let mut c3 = 0_i64;
            while {
                yield_!(c3);
                c3 < 1
            } {
                c3 += 1;
                yield_!(i2);
            }
            s1.truncate(1);
            if 5i64.wrapping_mul((input.len() as i64).wrapping_add((input.len() as i64))) != 4i64 {
                let mut o4 = input.get(2).copied();
            }
        }
        if (4i64 < (input.len() as i64).wrapping_sub(2i64) && h(10i64) != 3i64) {
            match ((100i64.wrapping_add((input.len() as i64))).wrapping_add(2i64.rem_euclid(4)))
                .rem_euclid(6)
            {
                0 => {
                    let x6: i64;
                    if s1.is_empty() {
                        let _g7 = D::new(2, log);
                        let g8 = D::new(1003, log);
                        let mut c9 = 0_i64;
                        while {
                            yield_!(c9);
                            c9 < 2
                        } {
                            c9 += 1;
                        }
                        x6 = input.get(3).copied().unwrap_or(4i64).wrapping_add(0i64);
                    } else {
                        let mut v10: Vec<i64> = vec![check((s1.len() as i64))?, 100i64];
                        yield_!(call_now!(v10.len() as i64));
                        x6 = ({
                            yield_!(5i64);
                            -4i64
                        })
                        .rem_euclid(4);
                    }
                }
                1 | 2 => yield_!((input.len() as i64)),
                3..=4 => {
                    let Some(x11) = input.last().copied() else {
                        return Ok(3i64);
                    };
                    let _g12 = D::new(4, log);
                    let cell14 = RefCell::new(input.to_vec());
                    for &i13 in cell14.borrow().iter().take(4) {
                        'l15: for i16 in 0..4i64 {}
                    }
                    for i17 in s1.bytes().take(4) {
                        let i17 = i17 as i64;
                        let mut v18: Vec<i64> = input.to_vec();
                    }
                }
                n5 if ((input.len() as i64) < n5
                    && ((input.len() as i64) == 7i64 || 4i64 < n5)) =>
                {
                    if n5 < n5 {
                        s1.push_str("x");
                        let mut x19 = input.first().copied().unwrap_or(3i64);
                        if h(x19.wrapping_add(n5)) < (-4i64).wrapping_add((s1.len() as i64)) {}
                    } else if ({
                        let mut n5 = n5.wrapping_mul(2).wrapping_add({
                            yield_!(n5);
                            input.first().copied().unwrap_or(7i64)
                        });
                        yield_!(n5);
                        n5
                    }) != check({
                        yield_!(n5);
                        n5
                    })? {
                        yield_!(n5);
                        let Some(n5) = input.get(6).copied() else {
                            yield_!(n5);
                            return Ok((n5 ^ n5));
                        };
                        for i20 in s1.bytes().take(4) {
                            let i20 = i20 as i64;
                        }
                        if {
                            yield_!((if n5.rem_euclid(3) == 0 { 5i64 } else { 4i64 }));
                            (input.len() as i64) < (s1.len() as i64)
                        } {
                            let x21 =
                                check((-1i64).wrapping_add((input.len() as i64).rem_euclid(6)))?;
                        } else {
                        }
                    } else {
                    }
                }
                n5 => {}
            }
        }
    }
    Ok((if input.get(1).copied().is_some() {
        {
            yield_!(h((input.len() as i64)));
            (-1i64).wrapping_add(7i64)
        }
    } else {
        check(100i64.wrapping_add((input.len() as i64)))?
    }))
}

fn p_19(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(7i64);
    };
    let mut s1 = String::new();
    if 3i64.rem_euclid(2) == 0 {
        for &i2 in (
            D::new(1, log),
            vec![
                ((-1i64).wrapping_add(4i64)).wrapping_mul((-1i64).wrapping_add(1i64)),
                2i64,
            ],
        )
            .1
            .iter()
        {
            let mut c3 = 0_i64;
            while {
                {
                    out.push(c3);
                };
                c3 < 1
            } {
                c3 += 1;
                {
                    out.push(i2);
                };
            }
            s1.truncate(1);
            if 5i64.wrapping_mul((input.len() as i64).wrapping_add((input.len() as i64))) != 4i64 {
                let mut o4 = input.get(2).copied();
            }
        }
        if (4i64 < (input.len() as i64).wrapping_sub(2i64) && h(10i64) != 3i64) {
            match ((100i64.wrapping_add((input.len() as i64))).wrapping_add(2i64.rem_euclid(4)))
                .rem_euclid(6)
            {
                0 => {
                    let x6: i64;
                    if s1.is_empty() {
                        let _g7 = D::new(2, log);
                        let g8 = D::new(1003, log);
                        let mut c9 = 0_i64;
                        while {
                            {
                                out.push(c9);
                            };
                            c9 < 2
                        } {
                            c9 += 1;
                        }
                        x6 = input.get(3).copied().unwrap_or(4i64).wrapping_add(0i64);
                    } else {
                        let mut v10: Vec<i64> = vec![check((s1.len() as i64))?, 100i64];
                        {
                            out.push(call_now!(v10.len() as i64));
                        };
                        x6 = ({
                            {
                                out.push(5i64);
                            };
                            -4i64
                        })
                        .rem_euclid(4);
                    }
                }
                1 | 2 => {
                    out.push((input.len() as i64));
                }
                3..=4 => {
                    let Some(x11) = input.last().copied() else {
                        return Ok(3i64);
                    };
                    let _g12 = D::new(4, log);
                    let cell14 = RefCell::new(input.to_vec());
                    for &i13 in cell14.borrow().iter().take(4) {
                        'l15: for i16 in 0..4i64 {}
                    }
                    for i17 in s1.bytes().take(4) {
                        let i17 = i17 as i64;
                        let mut v18: Vec<i64> = input.to_vec();
                    }
                }
                n5 if ((input.len() as i64) < n5
                    && ((input.len() as i64) == 7i64 || 4i64 < n5)) =>
                {
                    if n5 < n5 {
                        s1.push_str("x");
                        let mut x19 = input.first().copied().unwrap_or(3i64);
                        if h(x19.wrapping_add(n5)) < (-4i64).wrapping_add((s1.len() as i64)) {}
                    } else if ({
                        let mut n5 = n5.wrapping_mul(2).wrapping_add({
                            {
                                out.push(n5);
                            };
                            input.first().copied().unwrap_or(7i64)
                        });
                        {
                            out.push(n5);
                        };
                        n5
                    }) != check({
                        {
                            out.push(n5);
                        };
                        n5
                    })? {
                        {
                            out.push(n5);
                        };
                        let Some(n5) = input.get(6).copied() else {
                            {
                                out.push(n5);
                            };
                            return Ok((n5 ^ n5));
                        };
                        for i20 in s1.bytes().take(4) {
                            let i20 = i20 as i64;
                        }
                        if {
                            {
                                out.push((if n5.rem_euclid(3) == 0 { 5i64 } else { 4i64 }));
                            };
                            (input.len() as i64) < (s1.len() as i64)
                        } {
                            let x21 =
                                check((-1i64).wrapping_add((input.len() as i64).rem_euclid(6)))?;
                        } else {
                        }
                    } else {
                    }
                }
                n5 => {}
            }
        }
    }
    Ok((if input.get(1).copied().is_some() {
        {
            {
                out.push(h((input.len() as i64)));
            };
            (-1i64).wrapping_add(7i64)
        }
    } else {
        check(100i64.wrapping_add((input.len() as i64)))?
    }))
}

// body 20 (seed 2)
#[genfn::generator(yield = i64)]
fn g_20(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![check(((input.len() as i64) ^ 13i64))?, 4i64];
    match h(0i64).rem_euclid(6) {
        0 => match h2(100i64, 0i64).rem_euclid(7).rem_euclid(5) {
            0 => {
                for i4 in 0..({
                    yield_!(-1i64);
                    3i64
                }) {
                    let (x5, _, x6) = (
                        ({
                            yield_!(i4);
                            i4
                        })
                        .rem_euclid(3),
                        10i64,
                        i4,
                    );
                    if !(({
                        yield_!(0i64);
                        x5
                    })
                    .rem_euclid(2)
                        == 0)
                    {
                        skip!();
                    }
                    let x7 = 10i64;
                }
            }
            1 | 2 => {
                if 5i64 != 2i64 {
                    let _g8 = D::new(1, log);
                } else {
                    match (
                        (4i64 ^ {
                            yield_!(7i64);
                            (input.len() as i64)
                        }),
                        input.first().copied(),
                    ) {
                        (x9, Some(x10)) if x10.rem_euclid(5).rem_euclid(2) == 0 => {
                            yield_!((x10 ^ x9))
                        }
                        (x9, None) => {
                            let g11 = D::new(1002, log);
                            let x12: i64;
                            if input.is_empty() {
                                let mut s13 = format!("{}", 100i64);
                                x12 = x9;
                            } else {
                                {
                                    let w14 = v1;
                                    yield_!((w14.len() as i64));
                                    check({
                                        let mut s15 = String::from("ab");
                                        yield_!((s15.len() as i64));
                                        input.last().copied().unwrap_or(10i64)
                                    })?;
                                    v1 = {
                                        let mut w = w14;
                                        w.push(1);
                                        w
                                    };
                                }
                                x12 = x9;
                            }
                            match ({
                                yield_!(check(x9)?);
                                input.get(5).copied().unwrap_or(0i64)
                            })
                            .rem_euclid(6)
                            {
                                0 => {
                                    let x17 = {
                                        yield_!(h2(x9, x9));
                                        (x9.wrapping_mul(x12)
                                            ^ input.get(6).copied().unwrap_or(2i64))
                                    };
                                }
                                1 | 2 => {
                                    let mut x18 = {
                                        _ = v1;
                                        yield_!(h(13i64));
                                        7i64
                                    };
                                }
                                3..=4 => {}
                                n16 if check(x12)? < x12 => {
                                    let Some(n16) = input.first().copied() else {
                                        yield_!(n16);
                                        return Ok(g11.0);
                                    };
                                }
                                n16 => {
                                    let x12 = x12.wrapping_mul(2).wrapping_add({
                                        yield_!(
                                            (if n16 == (input.len() as i64) {
                                                x12
                                            } else {
                                                (input.len() as i64)
                                            })
                                        );
                                        g11.0
                                    });
                                }
                            }
                        }
                        (_, Some(x10)) => {
                            let _g19 = D::new(3, log);
                        }
                    }
                    let mut x20 = {
                        yield_!(10i64);
                        (input.len() as i64)
                    };
                    let _g21 = D::new(4, log);
                }
            }
            3..=4 => {}
            n3 => {}
        },
        1 | 2 => yield_!(0i64),
        n2 => {}
    }
    Ok(10i64)
}

fn p_20(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![check(((input.len() as i64) ^ 13i64))?, 4i64];
    match h(0i64).rem_euclid(6) {
        0 => match h2(100i64, 0i64).rem_euclid(7).rem_euclid(5) {
            0 => {
                for i4 in 0..({
                    {
                        out.push(-1i64);
                    };
                    3i64
                }) {
                    let (x5, _, x6) = (
                        ({
                            {
                                out.push(i4);
                            };
                            i4
                        })
                        .rem_euclid(3),
                        10i64,
                        i4,
                    );
                    if !(({
                        {
                            out.push(0i64);
                        };
                        x5
                    })
                    .rem_euclid(2)
                        == 0)
                    {
                        skip!();
                    }
                    let x7 = 10i64;
                }
            }
            1 | 2 => {
                if 5i64 != 2i64 {
                    let _g8 = D::new(1, log);
                } else {
                    match (
                        (4i64 ^ {
                            {
                                out.push(7i64);
                            };
                            (input.len() as i64)
                        }),
                        input.first().copied(),
                    ) {
                        (x9, Some(x10)) if x10.rem_euclid(5).rem_euclid(2) == 0 => {
                            out.push((x10 ^ x9));
                        }
                        (x9, None) => {
                            let g11 = D::new(1002, log);
                            let x12: i64;
                            if input.is_empty() {
                                let mut s13 = format!("{}", 100i64);
                                x12 = x9;
                            } else {
                                {
                                    let w14 = v1;
                                    {
                                        out.push((w14.len() as i64));
                                    };
                                    check({
                                        let mut s15 = String::from("ab");
                                        {
                                            out.push((s15.len() as i64));
                                        };
                                        input.last().copied().unwrap_or(10i64)
                                    })?;
                                    v1 = {
                                        let mut w = w14;
                                        w.push(1);
                                        w
                                    };
                                }
                                x12 = x9;
                            }
                            match ({
                                {
                                    out.push(check(x9)?);
                                };
                                input.get(5).copied().unwrap_or(0i64)
                            })
                            .rem_euclid(6)
                            {
                                0 => {
                                    let x17 = {
                                        {
                                            out.push(h2(x9, x9));
                                        };
                                        (x9.wrapping_mul(x12)
                                            ^ input.get(6).copied().unwrap_or(2i64))
                                    };
                                }
                                1 | 2 => {
                                    let mut x18 = {
                                        _ = v1;
                                        {
                                            out.push(h(13i64));
                                        };
                                        7i64
                                    };
                                }
                                3..=4 => {}
                                n16 if check(x12)? < x12 => {
                                    let Some(n16) = input.first().copied() else {
                                        {
                                            out.push(n16);
                                        };
                                        return Ok(g11.0);
                                    };
                                }
                                n16 => {
                                    let x12 = x12.wrapping_mul(2).wrapping_add({
                                        {
                                            out.push(
                                                (if n16 == (input.len() as i64) {
                                                    x12
                                                } else {
                                                    (input.len() as i64)
                                                }),
                                            );
                                        };
                                        g11.0
                                    });
                                }
                            }
                        }
                        (_, Some(x10)) => {
                            let _g19 = D::new(3, log);
                        }
                    }
                    let mut x20 = {
                        {
                            out.push(10i64);
                        };
                        (input.len() as i64)
                    };
                    let _g21 = D::new(4, log);
                }
            }
            3..=4 => {}
            n3 => {}
        },
        1 | 2 => {
            out.push(0i64);
        }
        n2 => {}
    }
    Ok(10i64)
}

// body 21 (seed 2)
#[genfn::generator(yield = i64)]
fn g_21(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = (-4i64).wrapping_add(check(13i64)?);
    yield_!(
        input
            .get(0)
            .copied()
            .unwrap_or(3i64)
            .wrapping_add(h(x1).wrapping_add((input.len() as i64)))
    );
    let x2 = 3i64;
    if None::<i64>.is_some() {
        yield_!(Some(x1).unwrap_or(1i64))
    } else {
        yield_!(x2)
    }
    Ok(h(h2(4i64, (-1i64).rem_euclid(6))))
}

fn p_21(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = (-4i64).wrapping_add(check(13i64)?);
    {
        out.push(
            input
                .get(0)
                .copied()
                .unwrap_or(3i64)
                .wrapping_add(h(x1).wrapping_add((input.len() as i64))),
        );
    };
    let x2 = 3i64;
    if None::<i64>.is_some() {
        {
            out.push(Some(x1).unwrap_or(1i64));
        }
    } else {
        {
            out.push(x2);
        }
    }
    Ok(h(h2(4i64, (-1i64).rem_euclid(6))))
}

// body 22 (seed 2)
#[genfn::generator(yield = i64)]
fn g_22(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = {
        yield_!(input.get(3).copied().unwrap_or(0i64));
        (7i64.rem_euclid(6)).wrapping_add(10i64)
    };
    match input.first().copied() {
        Some(x2) => {
            yield_!(5i64);
            let mut s3 = 100i64.to_string();
            if ((100i64.wrapping_sub(100i64)).rem_euclid(3) == 0
                && input.first().copied().is_some())
            {
                let mut c4 = 0_i64;
                let mut x8 = 'l5: loop {
                    c4 += 1;
                    if c4 > 3 {
                        break 'l5 c4;
                    }
                    let mut x7 = ({
                        let g6 = D::new(1001, log);
                        yield_!(c4);
                        input.get(5).copied().unwrap_or(-1i64)
                    })
                    .rem_euclid(7);
                    yield_!((s3.len() as i64));
                    if {
                        yield_!(check(x7)?);
                        x7 < x1
                    } {
                        yield_!(x7)
                    } else {
                        yield_!(x7)
                    }
                };
            }
        }
        None => {
            let mut x9 = 4i64;
            let mut v10: Vec<i64> = Vec::new();
            let mut v11: Vec<i64> = vec![x1; 2];
        }
    }
    let mut v12: Vec<i64> = Vec::new();
    if ({
        let x1 = x1.wrapping_mul(2).wrapping_add(1i64);
        yield_!(input.get(4).copied().unwrap_or(1i64));
        x1
    }) < 10i64.rem_euclid(5)
    {
        return Ok((input.get(6).copied().unwrap_or(3i64).wrapping_mul({
            yield_!(x1);
            x1 = 3i64;
            (input.len() as i64)
        }) as i32 as i64));
    }
    let x13: i64;
    if (7i64.wrapping_mul(x1) ^ -4i64) == 1i64 {
        let _g14 = D::new(2, log);
        x13 = check((x1 ^ 1i64))?;
    } else {
        v12.retain(|&z| z.rem_euclid(3) != 0);
        x13 = 3i64;
    }
    Ok(h(0i64.rem_euclid(3)))
}

fn p_22(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = {
        {
            out.push(input.get(3).copied().unwrap_or(0i64));
        };
        (7i64.rem_euclid(6)).wrapping_add(10i64)
    };
    match input.first().copied() {
        Some(x2) => {
            {
                out.push(5i64);
            };
            let mut s3 = 100i64.to_string();
            if ((100i64.wrapping_sub(100i64)).rem_euclid(3) == 0
                && input.first().copied().is_some())
            {
                let mut c4 = 0_i64;
                let mut x8 = 'l5: loop {
                    c4 += 1;
                    if c4 > 3 {
                        break 'l5 c4;
                    }
                    let mut x7 = ({
                        let g6 = D::new(1001, log);
                        {
                            out.push(c4);
                        };
                        input.get(5).copied().unwrap_or(-1i64)
                    })
                    .rem_euclid(7);
                    {
                        out.push((s3.len() as i64));
                    };
                    if {
                        {
                            out.push(check(x7)?);
                        };
                        x7 < x1
                    } {
                        {
                            out.push(x7);
                        }
                    } else {
                        {
                            out.push(x7);
                        }
                    }
                };
            }
        }
        None => {
            let mut x9 = 4i64;
            let mut v10: Vec<i64> = Vec::new();
            let mut v11: Vec<i64> = vec![x1; 2];
        }
    }
    let mut v12: Vec<i64> = Vec::new();
    if ({
        let x1 = x1.wrapping_mul(2).wrapping_add(1i64);
        {
            out.push(input.get(4).copied().unwrap_or(1i64));
        };
        x1
    }) < 10i64.rem_euclid(5)
    {
        return Ok((input.get(6).copied().unwrap_or(3i64).wrapping_mul({
            {
                out.push(x1);
            };
            x1 = 3i64;
            (input.len() as i64)
        }) as i32 as i64));
    }
    let x13: i64;
    if (7i64.wrapping_mul(x1) ^ -4i64) == 1i64 {
        let _g14 = D::new(2, log);
        x13 = check((x1 ^ 1i64))?;
    } else {
        v12.retain(|&z| z.rem_euclid(3) != 0);
        x13 = 3i64;
    }
    Ok(h(0i64.rem_euclid(3)))
}

// body 23 (seed 2)
#[genfn::generator(yield = i64)]
fn g_23(input: &[i64], log: &Log) -> Result<i64, String> {
    let (Some(x1), x2) = (
        input.iter().copied().find(|&z| z > 5i64),
        input.get(1).copied().unwrap_or(-1i64),
    ) else {
        return Err(format!("early {}", 4i64));
    };
    yield_!(
        (if 10i64 == 3i64.wrapping_add((input.len() as i64)) {
            x2.rem_euclid(7)
        } else {
            (h2((input.len() as i64), x2) ^ x2)
        })
    );
    match None::<i64> {
        None => {}
        Some(x3) if !(x2.rem_euclid(3) == 0) => {
            let [mut x4, mut x5] = [
                input.get(3).copied().unwrap_or(-1i64),
                x1.wrapping_add({
                    yield_!(10i64.rem_euclid(3));
                    input.get(5).copied().unwrap_or(7i64)
                }),
            ];
            'l6: for &i7 in &vec![x5.wrapping_add(x4), 2i64] {
                match check(100i64).ok() {
                    Some(x8) if (input.len() as i64) != x2 => {
                        yield_!(x4);
                        yield_!((if x8 < x4 { 10i64 } else { (x1 ^ x5) }).wrapping_add(2i64));
                        match None::<i64> {
                            Some(x9) => {
                                'l10: for i11 in 0..4i64 {
                                    let mut o12 = input.last().copied();
                                }
                                let mut s13 = format!("{}", h2(h((input.len() as i64)), x8));
                            }
                            None => {
                                if x4.rem_euclid(3) == 0 {}
                                let mut stk14: Vec<i64> = input.to_vec();
                                stk14.truncate(4);
                                'l16: while let Some(x15) = stk14.pop() {}
                            }
                        }
                    }
                    Some(x8) => {}
                    None => {}
                }
            }
        }
        Some(x3) => {}
    }
    Ok(check(x2.rem_euclid(6))?)
}

fn p_23(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let (Some(x1), x2) = (
        input.iter().copied().find(|&z| z > 5i64),
        input.get(1).copied().unwrap_or(-1i64),
    ) else {
        return Err(format!("early {}", 4i64));
    };
    {
        out.push(
            (if 10i64 == 3i64.wrapping_add((input.len() as i64)) {
                x2.rem_euclid(7)
            } else {
                (h2((input.len() as i64), x2) ^ x2)
            }),
        );
    };
    match None::<i64> {
        None => {}
        Some(x3) if !(x2.rem_euclid(3) == 0) => {
            let [mut x4, mut x5] = [
                input.get(3).copied().unwrap_or(-1i64),
                x1.wrapping_add({
                    {
                        out.push(10i64.rem_euclid(3));
                    };
                    input.get(5).copied().unwrap_or(7i64)
                }),
            ];
            'l6: for &i7 in &vec![x5.wrapping_add(x4), 2i64] {
                match check(100i64).ok() {
                    Some(x8) if (input.len() as i64) != x2 => {
                        {
                            out.push(x4);
                        };
                        {
                            out.push((if x8 < x4 { 10i64 } else { (x1 ^ x5) }).wrapping_add(2i64));
                        };
                        match None::<i64> {
                            Some(x9) => {
                                'l10: for i11 in 0..4i64 {
                                    let mut o12 = input.last().copied();
                                }
                                let mut s13 = format!("{}", h2(h((input.len() as i64)), x8));
                            }
                            None => {
                                if x4.rem_euclid(3) == 0 {}
                                let mut stk14: Vec<i64> = input.to_vec();
                                stk14.truncate(4);
                                'l16: while let Some(x15) = stk14.pop() {}
                            }
                        }
                    }
                    Some(x8) => {}
                    None => {}
                }
            }
        }
        Some(x3) => {}
    }
    Ok(check(x2.rem_euclid(6))?)
}

// body 24 (seed 2)
#[genfn::generator(yield = i64)]
fn g_24(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 100i64;
    let mut stk2: Vec<i64> = vec![13i64, 7i64, 3i64];
    stk2.truncate(4);
    while let Some(x3) = stk2.pop()
        && 10i64 != 1i64
    {
        if (({
            let mut x4 = (check(check((input.len() as i64))?)?).wrapping_add(13i64);
            yield_!(x1);
            (input.len() as i64)
        })
        .wrapping_add({
            let x1 = x1.wrapping_mul(2).wrapping_add({
                yield_!(x3);
                x3.wrapping_add((input.len() as i64))
            });
            yield_!(0i64);
            13i64
        }))
        .rem_euclid(2)
            == 0
        {
            let mut v5: Vec<i64> = input.to_vec();
            if (5i64 == h2(x1, x1) && x3.rem_euclid(3) == 0) {
                let g6 = D::new(1001, log);
                if input.get(2).copied().unwrap_or(10i64).wrapping_add(x3) == x3 {
                    let Some(x7) = None::<i64> else {
                        skip!();
                    };
                } else {
                    let x8 = [input.get(2).copied().unwrap_or(-4i64), {
                        yield_!(input.first().copied().unwrap_or(7i64));
                        x1.wrapping_sub(x1)
                    }][1];
                    if (input.is_empty() || 4i64.wrapping_sub(7i64) == x8.wrapping_sub(x8)) {
                        yield_!(input.get(4).copied().unwrap_or(0i64))
                    } else {
                        yield_!(x8)
                    }
                    let mut c9 = 0_i64;
                    loop {
                        c9 += 1;
                        if c9 > 2 {
                            break;
                        }
                        if x8
                            < ({
                                yield_!(x3);
                                yield_!(100i64.wrapping_sub(3i64));
                                x1
                            })
                        {
                            continue;
                        }
                    }
                }
            } else {
                for &i10 in v5.iter().take(4) {}
            }
        } else if ({
            yield_!(x1);
            (if input.is_empty() {
                (input.len() as i64)
            } else {
                -1i64
            })
        }) == (input.len() as i64)
        {
        } else {
        }
    }
    Ok(-1i64)
}

fn p_24(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 100i64;
    let mut stk2: Vec<i64> = vec![13i64, 7i64, 3i64];
    stk2.truncate(4);
    while let Some(x3) = stk2.pop()
        && 10i64 != 1i64
    {
        if (({
            let mut x4 = (check(check((input.len() as i64))?)?).wrapping_add(13i64);
            {
                out.push(x1);
            };
            (input.len() as i64)
        })
        .wrapping_add({
            let x1 = x1.wrapping_mul(2).wrapping_add({
                {
                    out.push(x3);
                };
                x3.wrapping_add((input.len() as i64))
            });
            {
                out.push(0i64);
            };
            13i64
        }))
        .rem_euclid(2)
            == 0
        {
            let mut v5: Vec<i64> = input.to_vec();
            if (5i64 == h2(x1, x1) && x3.rem_euclid(3) == 0) {
                let g6 = D::new(1001, log);
                if input.get(2).copied().unwrap_or(10i64).wrapping_add(x3) == x3 {
                    let Some(x7) = None::<i64> else {
                        skip!();
                    };
                } else {
                    let x8 = [input.get(2).copied().unwrap_or(-4i64), {
                        {
                            out.push(input.first().copied().unwrap_or(7i64));
                        };
                        x1.wrapping_sub(x1)
                    }][1];
                    if (input.is_empty() || 4i64.wrapping_sub(7i64) == x8.wrapping_sub(x8)) {
                        {
                            out.push(input.get(4).copied().unwrap_or(0i64));
                        }
                    } else {
                        {
                            out.push(x8);
                        }
                    }
                    let mut c9 = 0_i64;
                    loop {
                        c9 += 1;
                        if c9 > 2 {
                            break;
                        }
                        if x8
                            < ({
                                {
                                    out.push(x3);
                                };
                                {
                                    out.push(100i64.wrapping_sub(3i64));
                                };
                                x1
                            })
                        {
                            continue;
                        }
                    }
                }
            } else {
                for &i10 in v5.iter().take(4) {}
            }
        } else if ({
            {
                out.push(x1);
            };
            (if input.is_empty() {
                (input.len() as i64)
            } else {
                -1i64
            })
        }) == (input.len() as i64)
        {
        } else {
        }
    }
    Ok(-1i64)
}

// body 25 (seed 2)
#[genfn::generator(yield = i64)]
fn g_25(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = input.get(3).copied().unwrap_or(7i64).to_string();
    if (7i64.wrapping_add(5i64)).rem_euclid(2) == 0 {
        yield_!(dup!(s1.len() as i64));
        match (
            D::new(1, log),
            Some({
                yield_!(13i64);
                yield_!(3i64.rem_euclid(4));
                input.get(4).copied().unwrap_or(-4i64)
            }),
        ) {
            (_, None) => {
                let g5 = D::new(1002, log);
            }
            (ref rg3, Some(ref r2)) => {
                yield_!(*r2);
                let mut x4 = (input.len() as i64);
                yield_!(rg3.0.wrapping_add(*r2));
            }
        }
        yield_!((s1.len() as i64));
    } else if 1i64.wrapping_sub(3i64) < h(input.get(3).copied().unwrap_or(-4i64)) {
        let mut c6 = 0_i64;
        let mut x18 = 'l7: loop {
            c6 += 1;
            if c6 > 3 {
                break 'l7 c6;
            }
            if s1.is_empty() {
                if c6 == (c6 as i32 as i64) {
                    break 'l7 1i64;
                }
                let x8 = c6;
                let mut s9 = String::new();
            } else if 1i64 < c6 {
                {
                    let (ref rg11, ref r10) = (D::new(3, log), c6);
                    yield_!(*r10);
                    let x12 = check(c6)?;
                    yield_!(rg11.0.wrapping_add(*r10));
                }
                let (mut x13, (_, mut x14)) = (
                    (s1.len() as i64),
                    (
                        h(h(c6)),
                        h2(check(h2(c6, c6))?, {
                            yield_!(c6);
                            1i64
                        }),
                    ),
                );
                stop_with!(100i64.wrapping_add(input.get(5).copied().unwrap_or(13i64)));
            } else {
                let x15 = h2(
                    (if c6.rem_euclid(2) == 0 {
                        10i64
                    } else {
                        (-1i64).wrapping_sub(c6)
                    }),
                    {
                        yield_!(10i64);
                        -1i64
                    },
                );
                check(0i64.rem_euclid(6))?;
                let mut x16 = 100i64;
            }
            if 7i64 < c6 {
                break 'l7 h(check((input.len() as i64))?);
            }
            let Some(x17) = input.iter().copied().find(|&z| z > 0i64) else {
                break 'l7 h2(c6.wrapping_sub(c6), c6);
            };
            yield_!(x17);
        };
        let mut s19 = format!("{}", x18);
    } else {
        if (7i64.wrapping_mul(h((input.len() as i64)))).rem_euclid(3) == 0 {
            yield_!(-4i64);
        } else {
            if (if 7i64 < -4i64 {
                (input.len() as i64).wrapping_mul(5i64)
            } else {
                (input.len() as i64).wrapping_mul((input.len() as i64))
            }) < (h2(-4i64, (input.len() as i64)) as i32 as i64)
            {
                let g20 = D::new(1004, log);
            } else {
                let mut stk21: Vec<i64> = vec![10i64, 0i64, 5i64];
                stk21.truncate(4);
                'l23: while let Some(x22) = stk21.pop()
                    && ((13i64 ^ x22) ^ input.get(5).copied().unwrap_or(100i64)) != 3i64
                {
                    let (Some(x24), x25) = (input.get(2).copied(), x22) else {
                        return Err(format!("early {}", 1i64));
                    };
                }
            }
        }
    }
    Ok(5i64)
}

fn p_25(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = input.get(3).copied().unwrap_or(7i64).to_string();
    if (7i64.wrapping_add(5i64)).rem_euclid(2) == 0 {
        {
            out.push(dup!(s1.len() as i64));
        };
        match (
            D::new(1, log),
            Some({
                {
                    out.push(13i64);
                };
                {
                    out.push(3i64.rem_euclid(4));
                };
                input.get(4).copied().unwrap_or(-4i64)
            }),
        ) {
            (_, None) => {
                let g5 = D::new(1002, log);
            }
            (ref rg3, Some(ref r2)) => {
                {
                    out.push(*r2);
                };
                let mut x4 = (input.len() as i64);
                {
                    out.push(rg3.0.wrapping_add(*r2));
                };
            }
        }
        {
            out.push((s1.len() as i64));
        };
    } else if 1i64.wrapping_sub(3i64) < h(input.get(3).copied().unwrap_or(-4i64)) {
        let mut c6 = 0_i64;
        let mut x18 = 'l7: loop {
            c6 += 1;
            if c6 > 3 {
                break 'l7 c6;
            }
            if s1.is_empty() {
                if c6 == (c6 as i32 as i64) {
                    break 'l7 1i64;
                }
                let x8 = c6;
                let mut s9 = String::new();
            } else if 1i64 < c6 {
                {
                    let (ref rg11, ref r10) = (D::new(3, log), c6);
                    {
                        out.push(*r10);
                    };
                    let x12 = check(c6)?;
                    {
                        out.push(rg11.0.wrapping_add(*r10));
                    };
                }
                let (mut x13, (_, mut x14)) = (
                    (s1.len() as i64),
                    (
                        h(h(c6)),
                        h2(check(h2(c6, c6))?, {
                            {
                                out.push(c6);
                            };
                            1i64
                        }),
                    ),
                );
                stop_with!(100i64.wrapping_add(input.get(5).copied().unwrap_or(13i64)));
            } else {
                let x15 = h2(
                    (if c6.rem_euclid(2) == 0 {
                        10i64
                    } else {
                        (-1i64).wrapping_sub(c6)
                    }),
                    {
                        {
                            out.push(10i64);
                        };
                        -1i64
                    },
                );
                check(0i64.rem_euclid(6))?;
                let mut x16 = 100i64;
            }
            if 7i64 < c6 {
                break 'l7 h(check((input.len() as i64))?);
            }
            let Some(x17) = input.iter().copied().find(|&z| z > 0i64) else {
                break 'l7 h2(c6.wrapping_sub(c6), c6);
            };
            {
                out.push(x17);
            };
        };
        let mut s19 = format!("{}", x18);
    } else {
        if (7i64.wrapping_mul(h((input.len() as i64)))).rem_euclid(3) == 0 {
            {
                out.push(-4i64);
            };
        } else {
            if (if 7i64 < -4i64 {
                (input.len() as i64).wrapping_mul(5i64)
            } else {
                (input.len() as i64).wrapping_mul((input.len() as i64))
            }) < (h2(-4i64, (input.len() as i64)) as i32 as i64)
            {
                let g20 = D::new(1004, log);
            } else {
                let mut stk21: Vec<i64> = vec![10i64, 0i64, 5i64];
                stk21.truncate(4);
                'l23: while let Some(x22) = stk21.pop()
                    && ((13i64 ^ x22) ^ input.get(5).copied().unwrap_or(100i64)) != 3i64
                {
                    let (Some(x24), x25) = (input.get(2).copied(), x22) else {
                        return Err(format!("early {}", 1i64));
                    };
                }
            }
        }
    }
    Ok(5i64)
}

// body 26 (seed 2)
#[genfn::generator(yield = i64)]
fn g_26(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", input.get(2).copied().unwrap_or(10i64));
    yield_!(3i64.wrapping_add(input.iter().copied().find(|&z| z > 13i64).unwrap_or(-4i64)));
    let Some(x3) = Some(1i64.wrapping_add({
        yield_!(-4i64);
        (input.len() as i64)
    })) else {
        return Ok((10i64.wrapping_add(100i64) as i32 as i64));
    };
    let mut x4 = x3.rem_euclid(7);
    match x3.rem_euclid(6) {
        0 => {
            x4 = 7i64;
            if x3 < x3 {
                let mut c6 = 0_i64;
                let mut x24 = 'l7: loop {
                    c6 += 1;
                    if c6 > 4 {
                        break 'l7 x3;
                    }
                    'l8: for &i9 in (D::new(2, log), vec![(s1.len() as i64), 5i64]).1.iter() {
                        let [x10, x11] = [
                            input.get(2).copied().unwrap_or(4i64),
                            h2(
                                h((if (input.len() as i64) < 100i64 {
                                    0i64
                                } else {
                                    5i64
                                })),
                                (-4i64).wrapping_add(i9.rem_euclid(6)),
                            ),
                        ];
                        let mut x12 = input.get(2).copied().unwrap_or(100i64);
                        match input.iter().copied().find(|&z| z > 0i64) {
                            Some(x13) => {}
                            None => {}
                        }
                    }
                    match h((input.len() as i64)).rem_euclid(3) {
                        0 => {
                            {
                                let t15 = s1;
                                yield_!((t15.len() as i64));
                                if ({
                                    yield_!(c6);
                                    check(1i64)?
                                }) < (x4 ^ c6).wrapping_sub(10i64.rem_euclid(2))
                                {
                                    return Ok((if h(c6).rem_euclid(3) == 0 {
                                        13i64
                                    } else {
                                        5i64
                                    }));
                                }
                                s1 = t15 + "m";
                            }
                            let mut c16 = 0_i64;
                            loop {
                                c16 += 1;
                                if c16 > 1 {
                                    break;
                                }
                            }
                            'l17: for &i18 in vec![1i64, -1i64, h(3i64).wrapping_add(13i64)].iter()
                            {
                            }
                        }
                        1 | 2 => {
                            yield_!(-4i64);
                        }
                        3..=4 => {
                            'l19: for i20 in 0..0i64 {}
                            yield_!(h(c6));
                        }
                        n14 if ((input.len() as i64) as i32 as i64) == 10i64 => {
                            yield_!((input.len() as i64));
                            let mut s21 = format!("{n14}");
                        }
                        n14 => {
                            let x22 = check(input.get(1).copied().unwrap_or(13i64).wrapping_add(
                                (input.get(3).copied().unwrap_or(-4i64) as i32 as i64),
                            ))?;
                            let mut s23 = input.get(2).copied().unwrap_or(-1i64).to_string();
                        }
                    }
                };
            }
        }
        1 | 2 => {}
        n5 => {}
    }
    Ok(x3)
}

fn p_26(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", input.get(2).copied().unwrap_or(10i64));
    {
        out.push(3i64.wrapping_add(input.iter().copied().find(|&z| z > 13i64).unwrap_or(-4i64)));
    };
    let Some(x3) = Some(1i64.wrapping_add({
        {
            out.push(-4i64);
        };
        (input.len() as i64)
    })) else {
        return Ok((10i64.wrapping_add(100i64) as i32 as i64));
    };
    let mut x4 = x3.rem_euclid(7);
    match x3.rem_euclid(6) {
        0 => {
            x4 = 7i64;
            if x3 < x3 {
                let mut c6 = 0_i64;
                let mut x24 = 'l7: loop {
                    c6 += 1;
                    if c6 > 4 {
                        break 'l7 x3;
                    }
                    'l8: for &i9 in (D::new(2, log), vec![(s1.len() as i64), 5i64]).1.iter() {
                        let [x10, x11] = [
                            input.get(2).copied().unwrap_or(4i64),
                            h2(
                                h((if (input.len() as i64) < 100i64 {
                                    0i64
                                } else {
                                    5i64
                                })),
                                (-4i64).wrapping_add(i9.rem_euclid(6)),
                            ),
                        ];
                        let mut x12 = input.get(2).copied().unwrap_or(100i64);
                        match input.iter().copied().find(|&z| z > 0i64) {
                            Some(x13) => {}
                            None => {}
                        }
                    }
                    match h((input.len() as i64)).rem_euclid(3) {
                        0 => {
                            {
                                let t15 = s1;
                                {
                                    out.push((t15.len() as i64));
                                };
                                if ({
                                    {
                                        out.push(c6);
                                    };
                                    check(1i64)?
                                }) < (x4 ^ c6).wrapping_sub(10i64.rem_euclid(2))
                                {
                                    return Ok((if h(c6).rem_euclid(3) == 0 {
                                        13i64
                                    } else {
                                        5i64
                                    }));
                                }
                                s1 = t15 + "m";
                            }
                            let mut c16 = 0_i64;
                            loop {
                                c16 += 1;
                                if c16 > 1 {
                                    break;
                                }
                            }
                            'l17: for &i18 in vec![1i64, -1i64, h(3i64).wrapping_add(13i64)].iter()
                            {
                            }
                        }
                        1 | 2 => {
                            {
                                out.push(-4i64);
                            };
                        }
                        3..=4 => {
                            'l19: for i20 in 0..0i64 {}
                            {
                                out.push(h(c6));
                            };
                        }
                        n14 if ((input.len() as i64) as i32 as i64) == 10i64 => {
                            {
                                out.push((input.len() as i64));
                            };
                            let mut s21 = format!("{n14}");
                        }
                        n14 => {
                            let x22 = check(input.get(1).copied().unwrap_or(13i64).wrapping_add(
                                (input.get(3).copied().unwrap_or(-4i64) as i32 as i64),
                            ))?;
                            let mut s23 = input.get(2).copied().unwrap_or(-1i64).to_string();
                        }
                    }
                };
            }
        }
        1 | 2 => {}
        n5 => {}
    }
    Ok(x3)
}

// body 27 (seed 2)
#[genfn::generator(yield = i64)]
fn g_27(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(input.get(0).copied().unwrap_or(13i64));
    if (3i64 < check(100i64)?
        && (if (input.len() as i64) < (input.len() as i64) {
            10i64
        } else {
            10i64
        }) == -1i64)
    {
        let g1 = D::new(1001, log);
    } else {
        'b2: {
            let x3 = 0i64.rem_euclid(6);
        }
        let mut v4: Vec<i64> = Vec::new();
        let x5 = 5i64;
        let x6 = input.get(3).copied().unwrap_or(10i64);
    }
    let g7 = D::new(1002, log);
    Ok(0i64)
}

fn p_27(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(input.get(0).copied().unwrap_or(13i64));
    };
    if (3i64 < check(100i64)?
        && (if (input.len() as i64) < (input.len() as i64) {
            10i64
        } else {
            10i64
        }) == -1i64)
    {
        let g1 = D::new(1001, log);
    } else {
        'b2: {
            let x3 = 0i64.rem_euclid(6);
        }
        let mut v4: Vec<i64> = Vec::new();
        let x5 = 5i64;
        let x6 = input.get(3).copied().unwrap_or(10i64);
    }
    let g7 = D::new(1002, log);
    Ok(0i64)
}

// body 28 (seed 2)
#[genfn::generator(yield = i64)]
fn g_28(input: &[i64], log: &Log) -> Result<i64, String> {
    if ({
        yield_!(13i64);
        2i64 < (if 0i64 < 100i64 { 7i64 } else { -1i64 })
    } && ({
        let x1 = check(5i64).ok().unwrap_or(13i64);
        yield_!(x1);
        x1
    }) != input.get(6).copied().unwrap_or(13i64))
    {
        yield_!((if -1i64 < 1i64 { 7i64 } else { 10i64 }).rem_euclid(4))
    } else {
        yield_!(input.get(4).copied().unwrap_or(100i64).rem_euclid(6))
    }
    let x2 = input.get(1).copied().unwrap_or(1i64);
    if x2 < input.get(2).copied().unwrap_or(-1i64) {
        let x2 = x2.wrapping_mul(2).wrapping_add(x2);
        let mut c3 = 0_i64;
        'l4: while c3 < 4 {
            c3 += 1;
            if c3.rem_euclid(2) == 0 {
                skip!();
            }
            let x5 = 13i64.wrapping_add(x2);
        }
        let g6 = D::new(1001, log);
        yield_!(c3);
    } else {
        if x2 < x2 {
            return Err(format!(
                "early {}",
                input.get(6).copied().unwrap_or(13i64).wrapping_sub(x2)
            ));
        }
        let g7 = D::new(1002, log);
        let mut v8: Vec<i64> = Vec::new();
    }
    let Some(x2) = None::<i64> else {
        yield_!(x2);
        return Err(format!("early {}", x2));
    };
    let mut v9: Vec<i64> = input.to_vec();
    Ok(h(13i64).wrapping_add({
        yield_!(x2.wrapping_mul((input.len() as i64)));
        v9.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
    }))
}

fn p_28(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if ({
        {
            out.push(13i64);
        };
        2i64 < (if 0i64 < 100i64 { 7i64 } else { -1i64 })
    } && ({
        let x1 = check(5i64).ok().unwrap_or(13i64);
        {
            out.push(x1);
        };
        x1
    }) != input.get(6).copied().unwrap_or(13i64))
    {
        {
            out.push((if -1i64 < 1i64 { 7i64 } else { 10i64 }).rem_euclid(4));
        }
    } else {
        {
            out.push(input.get(4).copied().unwrap_or(100i64).rem_euclid(6));
        }
    }
    let x2 = input.get(1).copied().unwrap_or(1i64);
    if x2 < input.get(2).copied().unwrap_or(-1i64) {
        let x2 = x2.wrapping_mul(2).wrapping_add(x2);
        let mut c3 = 0_i64;
        'l4: while c3 < 4 {
            c3 += 1;
            if c3.rem_euclid(2) == 0 {
                skip!();
            }
            let x5 = 13i64.wrapping_add(x2);
        }
        let g6 = D::new(1001, log);
        {
            out.push(c3);
        };
    } else {
        if x2 < x2 {
            return Err(format!(
                "early {}",
                input.get(6).copied().unwrap_or(13i64).wrapping_sub(x2)
            ));
        }
        let g7 = D::new(1002, log);
        let mut v8: Vec<i64> = Vec::new();
    }
    let Some(x2) = None::<i64> else {
        {
            out.push(x2);
        };
        return Err(format!("early {}", x2));
    };
    let mut v9: Vec<i64> = input.to_vec();
    Ok(h(13i64).wrapping_add({
        {
            out.push(x2.wrapping_mul((input.len() as i64)));
        };
        v9.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
    }))
}

// body 29 (seed 2)
#[genfn::generator(yield = i64)]
fn g_29(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let (mut x2, _, mut x3) = (
        (if (check(100i64)?).rem_euclid(2) == 0 {
            (5i64 ^ g1.0)
        } else {
            h2(4i64, (input.len() as i64).rem_euclid(7))
        }),
        3i64,
        g1.0,
    );
    check({
        yield_!((input.len() as i64));
        h((if x3 < x2 { (input.len() as i64) } else { 3i64 }))
    })?;
    if let Some(x4) = input.last().copied() {
        let mut stk5: Vec<i64> = input.to_vec();
        stk5.truncate(4);
        'l7: while let Some(x6) = stk5.pop() {
            if ({
                yield_!(2i64);
                input.get(1).copied().unwrap_or(0i64)
            })
            .rem_euclid(2)
                == 0
            {
                break 'l7;
            }
            let mut c8 = 0_i64;
            'l9: loop {
                c8 += 1;
                if c8 > 2 {
                    break;
                }
                x3 |= input.get(4).copied().unwrap_or(100i64);
                let mut x3 = x3.wrapping_mul(2).wrapping_add((input.len() as i64));
                yield_!(1i64);
                yield_!(check(check(2i64)?)?);
            }
        }
    }
    if input.first().copied().unwrap_or(10i64) == 0i64 {
        let mut c10 = 0_i64;
        'l11: while c10 < 3 {
            c10 += 1;
            if input.get(2).copied().unwrap_or(3i64) == x3 {
                let mut c12 = 0_i64;
                while c12 < 4 {
                    c12 += 1;
                    let mut s13 = String::from("ab");
                    match c10.rem_euclid(4) {
                        0 => {
                            yield_!(format!("{s13:?}").len() as i64);
                        }
                        1 | 2 => {}
                        3..=4 => {}
                        n14 => {}
                    }
                    x3 ^= 13i64.rem_euclid(4);
                    if ({
                        yield_!(c12);
                        (c10 ^ c10)
                    }) < check((input.len() as i64)).ok().unwrap_or(10i64)
                    {
                    } else {
                        x2 = x2.wrapping_add(x2);
                    }
                }
                let mut s15 = String::from("ab");
                x2 ^= (check(
                    (if {
                        yield_!(c12);
                        -4i64 < -4i64
                    } {
                        -1i64
                    } else {
                        c10
                    }),
                )?)
                .wrapping_add((c12 as i32 as i64));
            } else {
                if h2(-4i64, input.get(1).copied().unwrap_or(4i64)).rem_euclid(2) == 0 {
                    stop!('l11);
                }
                if let Some(x16) = input.iter().copied().find(|&z| z > 5i64) {
                    assert!(x16 == x16, "{}", x16);
                } else {
                    if g1.0 == -1i64 {
                        yield_!(c10)
                    } else {
                        yield_!(h(x3.wrapping_add(x3)))
                    }
                }
                break;
            }
            if c10.rem_euclid(3) == 0 {
                break;
            }
            if c10.wrapping_sub(3i64).rem_euclid(2) == 0 {
            } else {
            }
        }
    } else {
    }
    Ok(x3)
}

fn p_29(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let (mut x2, _, mut x3) = (
        (if (check(100i64)?).rem_euclid(2) == 0 {
            (5i64 ^ g1.0)
        } else {
            h2(4i64, (input.len() as i64).rem_euclid(7))
        }),
        3i64,
        g1.0,
    );
    check({
        {
            out.push((input.len() as i64));
        };
        h((if x3 < x2 { (input.len() as i64) } else { 3i64 }))
    })?;
    if let Some(x4) = input.last().copied() {
        let mut stk5: Vec<i64> = input.to_vec();
        stk5.truncate(4);
        'l7: while let Some(x6) = stk5.pop() {
            if ({
                {
                    out.push(2i64);
                };
                input.get(1).copied().unwrap_or(0i64)
            })
            .rem_euclid(2)
                == 0
            {
                break 'l7;
            }
            let mut c8 = 0_i64;
            'l9: loop {
                c8 += 1;
                if c8 > 2 {
                    break;
                }
                x3 |= input.get(4).copied().unwrap_or(100i64);
                let mut x3 = x3.wrapping_mul(2).wrapping_add((input.len() as i64));
                {
                    out.push(1i64);
                };
                {
                    out.push(check(check(2i64)?)?);
                };
            }
        }
    }
    if input.first().copied().unwrap_or(10i64) == 0i64 {
        let mut c10 = 0_i64;
        'l11: while c10 < 3 {
            c10 += 1;
            if input.get(2).copied().unwrap_or(3i64) == x3 {
                let mut c12 = 0_i64;
                while c12 < 4 {
                    c12 += 1;
                    let mut s13 = String::from("ab");
                    match c10.rem_euclid(4) {
                        0 => {
                            {
                                out.push(format!("{s13:?}").len() as i64);
                            };
                        }
                        1 | 2 => {}
                        3..=4 => {}
                        n14 => {}
                    }
                    x3 ^= 13i64.rem_euclid(4);
                    if ({
                        {
                            out.push(c12);
                        };
                        (c10 ^ c10)
                    }) < check((input.len() as i64)).ok().unwrap_or(10i64)
                    {
                    } else {
                        x2 = x2.wrapping_add(x2);
                    }
                }
                let mut s15 = String::from("ab");
                x2 ^= (check(
                    (if {
                        {
                            out.push(c12);
                        };
                        -4i64 < -4i64
                    } {
                        -1i64
                    } else {
                        c10
                    }),
                )?)
                .wrapping_add((c12 as i32 as i64));
            } else {
                if h2(-4i64, input.get(1).copied().unwrap_or(4i64)).rem_euclid(2) == 0 {
                    stop!('l11);
                }
                if let Some(x16) = input.iter().copied().find(|&z| z > 5i64) {
                    assert!(x16 == x16, "{}", x16);
                } else {
                    if g1.0 == -1i64 {
                        {
                            out.push(c10);
                        }
                    } else {
                        {
                            out.push(h(x3.wrapping_add(x3)));
                        }
                    }
                }
                break;
            }
            if c10.rem_euclid(3) == 0 {
                break;
            }
            if c10.wrapping_sub(3i64).rem_euclid(2) == 0 {
            } else {
            }
        }
    } else {
    }
    Ok(x3)
}

// body 30 (seed 2)
#[genfn::generator(yield = i64)]
fn g_30(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut o3 = None::<i64>;
    yield_!(3i64);
    if 100i64.rem_euclid(3) == 0 {
        match input.get(2).copied() {
            Some(x4) => {
                let (x5, mut x6) = (input.get(2).copied().unwrap_or(-1i64), {
                    yield_!(x4);
                    yield_!(x4.rem_euclid(7));
                    ((input.len() as i64).wrapping_mul(x4)).wrapping_add(x4)
                });
                let mut s7 = String::new();
                match (
                    D::new(1, log),
                    Some(check(
                        (input.len() as i64).wrapping_sub((input.len() as i64)),
                    )?),
                ) {
                    (_, None) => {
                        for i12 in s7.bytes().take(4) {
                            let i12 = i12 as i64;
                            yield_!(input.get(4).copied().unwrap_or(5i64).rem_euclid(6));
                        }
                        let mut x13 = {
                            yield_!((if x5 < x6 { x6 } else { 2i64 }));
                            x4
                        };
                    }
                    (ref rg9, Some(ref r8)) => {
                        yield_!(*r8);
                        let mut x10 = [h(x4), {
                            yield_!((input.len() as i64));
                            h((input.len() as i64))
                        }][1];
                        _ = s7;
                        s7 = take_string(s7, h2(x4, (input.len() as i64)).wrapping_add(7i64));
                        let x11 = (
                            (x10.wrapping_add(x4) ^ input.get(0).copied().unwrap_or(10i64)),
                            {
                                yield_!(input.get(0).copied().unwrap_or(7i64));
                                x10.rem_euclid(7)
                            },
                        )
                            .1;
                        yield_!(rg9.0.wrapping_add(*r8));
                    }
                }
            }
            None => {}
        }
    } else {
    }
    Ok(5i64)
}

fn p_30(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut o3 = None::<i64>;
    {
        out.push(3i64);
    };
    if 100i64.rem_euclid(3) == 0 {
        match input.get(2).copied() {
            Some(x4) => {
                let (x5, mut x6) = (input.get(2).copied().unwrap_or(-1i64), {
                    {
                        out.push(x4);
                    };
                    {
                        out.push(x4.rem_euclid(7));
                    };
                    ((input.len() as i64).wrapping_mul(x4)).wrapping_add(x4)
                });
                let mut s7 = String::new();
                match (
                    D::new(1, log),
                    Some(check(
                        (input.len() as i64).wrapping_sub((input.len() as i64)),
                    )?),
                ) {
                    (_, None) => {
                        for i12 in s7.bytes().take(4) {
                            let i12 = i12 as i64;
                            {
                                out.push(input.get(4).copied().unwrap_or(5i64).rem_euclid(6));
                            };
                        }
                        let mut x13 = {
                            {
                                out.push((if x5 < x6 { x6 } else { 2i64 }));
                            };
                            x4
                        };
                    }
                    (ref rg9, Some(ref r8)) => {
                        {
                            out.push(*r8);
                        };
                        let mut x10 = [h(x4), {
                            {
                                out.push((input.len() as i64));
                            };
                            h((input.len() as i64))
                        }][1];
                        _ = s7;
                        s7 = take_string(s7, h2(x4, (input.len() as i64)).wrapping_add(7i64));
                        let x11 = (
                            (x10.wrapping_add(x4) ^ input.get(0).copied().unwrap_or(10i64)),
                            {
                                {
                                    out.push(input.get(0).copied().unwrap_or(7i64));
                                };
                                x10.rem_euclid(7)
                            },
                        )
                            .1;
                        {
                            out.push(rg9.0.wrapping_add(*r8));
                        };
                    }
                }
            }
            None => {}
        }
    } else {
    }
    Ok(5i64)
}

// body 31 (seed 2)
#[genfn::generator(yield = i64)]
fn g_31(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = h2(
        {
            yield_!(10i64);
            h2(-4i64, (input.len() as i64))
        },
        7i64,
    );
    yield_!(-1i64);
    let x1 = x1
        .wrapping_mul(2)
        .wrapping_add(input.get(3).copied().unwrap_or(1i64));
    {
        let (ref r2, ref mut r4) = (
            h((if (input.len() as i64).rem_euclid(2) == 0 {
                x1
            } else {
                (input.len() as i64)
            })),
            3i64,
        );
        yield_!(*r2);
        let mut x5 = [x1, {
            yield_!(input.get(4).copied().unwrap_or(7i64));
            (input.len() as i64)
        }][1];
        *r4 = r4.wrapping_add(*r2);
        yield_!(*r4);
    }
    let Some(x6) = input.iter().copied().find(|&z| z > 0i64) else {
        return Ok(1i64);
    };
    Ok(x1)
}

fn p_31(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = h2(
        {
            {
                out.push(10i64);
            };
            h2(-4i64, (input.len() as i64))
        },
        7i64,
    );
    {
        out.push(-1i64);
    };
    let x1 = x1
        .wrapping_mul(2)
        .wrapping_add(input.get(3).copied().unwrap_or(1i64));
    {
        let (ref r2, ref mut r4) = (
            h((if (input.len() as i64).rem_euclid(2) == 0 {
                x1
            } else {
                (input.len() as i64)
            })),
            3i64,
        );
        {
            out.push(*r2);
        };
        let mut x5 = [x1, {
            {
                out.push(input.get(4).copied().unwrap_or(7i64));
            };
            (input.len() as i64)
        }][1];
        *r4 = r4.wrapping_add(*r2);
        {
            out.push(*r4);
        };
    }
    let Some(x6) = input.iter().copied().find(|&z| z > 0i64) else {
        return Ok(1i64);
    };
    Ok(x1)
}

// body 32 (seed 2)
#[genfn::generator(yield = i64)]
fn g_32(input: &[i64], log: &Log) -> Result<i64, String> {
    if (input.len() as i64).rem_euclid(6) < 1i64 {
        let mut v1: Vec<i64> = Vec::new();
        yield_!(v1.first().copied().unwrap_or(5i64));
        let mut s2 = format!("{}", 7i64);
        'l3: for (j5, i4) in (0_i64..).zip(input.iter().copied()).take(4) {
            let x6 = 13i64;
            let mut stk7: Vec<i64> = input.to_vec();
            stk7.truncate(4);
            'l9: while let Some(x8) = stk7.pop() {
                let cell12 = RefCell::new(input.to_vec());
                'l10: for &i11 in cell12.borrow().iter().take(4) {
                    let mut o13 = Some(10i64);
                }
            }
            if !((v1.len() as i64) == i4) {
                return Ok(100i64.wrapping_sub(j5));
            }
            yield_!(input.get(1).copied().unwrap_or(4i64));
        }
    } else {
        match (
            ({
                yield_!(100i64);
                1i64
            })
            .wrapping_sub(100i64),
            input.last().copied(),
        ) {
            (x14, Some(x15)) if x15 == x14 => yield_!(13i64),
            (x14, None) => {
                let x14 = x14.wrapping_mul(2).wrapping_add(-1i64);
                'l16: for i17 in 0..({
                    yield_!(2i64);
                    3i64
                }) {
                    if let Some(x18) = input.iter().copied().find(|&z| z > 5i64)
                        && (if x18 == (input.len() as i64) {
                            (input.len() as i64)
                        } else {
                            (input.len() as i64)
                        }) == h2(0i64, x18)
                    {
                        let mut x19 = 1i64;
                    } else {
                        let mut x20 = x14;
                        if (input.len() as i64).rem_euclid(3) == 0 {
                            break;
                        }
                        match D::new(2001, log).0 {
                            2001 => {}
                            _ => {}
                        }
                        if input.contains(&3) {
                            stop!('l16);
                        }
                    }
                    yield_!(i17);
                    let mut s22 = format!(
                        "{}",
                        (if i17 == i17 { i17 } else { x14 })
                            .wrapping_add(input.first().copied().unwrap_or(100i64))
                    );
                }
                if x14.rem_euclid(3) == 0 {
                    return Err(format!("early {}", x14));
                }
            }
            (_, Some(x15)) => yield_!(x15),
        }
    }
    Ok({
        yield_!(h(100i64).rem_euclid(3));
        -4i64
    })
}

fn p_32(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if (input.len() as i64).rem_euclid(6) < 1i64 {
        let mut v1: Vec<i64> = Vec::new();
        {
            out.push(v1.first().copied().unwrap_or(5i64));
        };
        let mut s2 = format!("{}", 7i64);
        'l3: for (j5, i4) in (0_i64..).zip(input.iter().copied()).take(4) {
            let x6 = 13i64;
            let mut stk7: Vec<i64> = input.to_vec();
            stk7.truncate(4);
            'l9: while let Some(x8) = stk7.pop() {
                let cell12 = RefCell::new(input.to_vec());
                'l10: for &i11 in cell12.borrow().iter().take(4) {
                    let mut o13 = Some(10i64);
                }
            }
            if !((v1.len() as i64) == i4) {
                return Ok(100i64.wrapping_sub(j5));
            }
            {
                out.push(input.get(1).copied().unwrap_or(4i64));
            };
        }
    } else {
        match (
            ({
                {
                    out.push(100i64);
                };
                1i64
            })
            .wrapping_sub(100i64),
            input.last().copied(),
        ) {
            (x14, Some(x15)) if x15 == x14 => {
                out.push(13i64);
            }
            (x14, None) => {
                let x14 = x14.wrapping_mul(2).wrapping_add(-1i64);
                'l16: for i17 in 0..({
                    {
                        out.push(2i64);
                    };
                    3i64
                }) {
                    if let Some(x18) = input.iter().copied().find(|&z| z > 5i64)
                        && (if x18 == (input.len() as i64) {
                            (input.len() as i64)
                        } else {
                            (input.len() as i64)
                        }) == h2(0i64, x18)
                    {
                        let mut x19 = 1i64;
                    } else {
                        let mut x20 = x14;
                        if (input.len() as i64).rem_euclid(3) == 0 {
                            break;
                        }
                        match D::new(2001, log).0 {
                            2001 => {}
                            _ => {}
                        }
                        if input.contains(&3) {
                            stop!('l16);
                        }
                    }
                    {
                        out.push(i17);
                    };
                    let mut s22 = format!(
                        "{}",
                        (if i17 == i17 { i17 } else { x14 })
                            .wrapping_add(input.first().copied().unwrap_or(100i64))
                    );
                }
                if x14.rem_euclid(3) == 0 {
                    return Err(format!("early {}", x14));
                }
            }
            (_, Some(x15)) => {
                out.push(x15);
            }
        }
    }
    Ok({
        {
            out.push(h(100i64).rem_euclid(3));
        };
        -4i64
    })
}

// body 33 (seed 2)
#[genfn::generator(yield = i64)]
fn g_33(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 7i64;
    yield_!(1i64);
    let mut x1 = x1.wrapping_mul(2).wrapping_add({
        yield_!(x1.rem_euclid(7));
        input.get(5).copied().unwrap_or(-1i64)
    });
    let mut x1 = x1.wrapping_mul(2).wrapping_add(4i64);
    if {
        yield_!(7i64);
        (-4i64).wrapping_sub(h(x1)) < 0i64
    } {
        let mut s2 = x1.to_string();
    }
    if let Some(x3) = input.get(0).copied()
        && 5i64 == x3
    {
        let mut s4 = format!(
            "{}",
            check(x3)
                .ok()
                .unwrap_or(1i64)
                .wrapping_add(input.get(0).copied().unwrap_or(-1i64))
        );
        s4.push_str("");
        x1 = 2i64;
    }
    let mut s5 = String::from("ab");
    Ok(x1)
}

fn p_33(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 7i64;
    {
        out.push(1i64);
    };
    let mut x1 = x1.wrapping_mul(2).wrapping_add({
        {
            out.push(x1.rem_euclid(7));
        };
        input.get(5).copied().unwrap_or(-1i64)
    });
    let mut x1 = x1.wrapping_mul(2).wrapping_add(4i64);
    if {
        {
            out.push(7i64);
        };
        (-4i64).wrapping_sub(h(x1)) < 0i64
    } {
        let mut s2 = x1.to_string();
    }
    if let Some(x3) = input.get(0).copied()
        && 5i64 == x3
    {
        let mut s4 = format!(
            "{}",
            check(x3)
                .ok()
                .unwrap_or(1i64)
                .wrapping_add(input.get(0).copied().unwrap_or(-1i64))
        );
        s4.push_str("");
        x1 = 2i64;
    }
    let mut s5 = String::from("ab");
    Ok(x1)
}

// body 34 (seed 2)
#[genfn::generator(yield = i64)]
fn g_34(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(1i64);
    let _g1 = D::new(1, log);
    let mut o4 = input.get(2).copied();
    let mut v5: Vec<i64> = vec![10i64, 1i64];
    let Some(x6) = input.iter().copied().find(|&z| z > 5i64) else {
        return Err(format!("early {}", 13i64));
    };
    let (x7, x8) = (check((input.len() as i64))?, x6);
    Ok({
        let mut x9 = h2(
            {
                yield_!(3i64);
                h(x7)
            },
            x8,
        );
        yield_!(1i64);
        1i64.wrapping_mul((input.len() as i64))
    })
}

fn p_34(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(1i64);
    };
    let _g1 = D::new(1, log);
    let mut o4 = input.get(2).copied();
    let mut v5: Vec<i64> = vec![10i64, 1i64];
    let Some(x6) = input.iter().copied().find(|&z| z > 5i64) else {
        return Err(format!("early {}", 13i64));
    };
    let (x7, x8) = (check((input.len() as i64))?, x6);
    Ok({
        let mut x9 = h2(
            {
                {
                    out.push(3i64);
                };
                h(x7)
            },
            x8,
        );
        {
            out.push(1i64);
        };
        1i64.wrapping_mul((input.len() as i64))
    })
}

// body 35 (seed 2)
#[genfn::generator(yield = i64)]
fn g_35(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 4i64;
    let mut v2: Vec<i64> = Vec::new();
    let mut s3 = format!("{}-", input.get(5).copied().unwrap_or(7i64));
    for &i4 in v2.iter().take(4) {
        let x5: i64;
        if ((v2.len() as i64).wrapping_add(1i64.wrapping_add(i4))).rem_euclid(2) == 0 {
            let g6 = D::new(1001, log);
            if g6.0 == -4i64 {
                stop!();
            }
            drop(g6);
            if 100i64 == x1 {
                return Ok(1i64);
            }
            x5 = input.get(0).copied().unwrap_or(2i64).wrapping_sub({
                x1 |= i4;
                yield_!(check(i4)?);
                x1 = i4;
                (2i64 ^ x1)
            });
        } else {
            let mut v7: Vec<i64> = vec![5i64, 4i64];
            yield_!(i4);
            yield_!(input.get(1).copied().unwrap_or(7i64));
            x5 = (1i64 ^ (v7.len() as i64));
        }
    }
    Ok(7i64)
}

fn p_35(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 4i64;
    let mut v2: Vec<i64> = Vec::new();
    let mut s3 = format!("{}-", input.get(5).copied().unwrap_or(7i64));
    for &i4 in v2.iter().take(4) {
        let x5: i64;
        if ((v2.len() as i64).wrapping_add(1i64.wrapping_add(i4))).rem_euclid(2) == 0 {
            let g6 = D::new(1001, log);
            if g6.0 == -4i64 {
                stop!();
            }
            drop(g6);
            if 100i64 == x1 {
                return Ok(1i64);
            }
            x5 = input.get(0).copied().unwrap_or(2i64).wrapping_sub({
                x1 |= i4;
                {
                    out.push(check(i4)?);
                };
                x1 = i4;
                (2i64 ^ x1)
            });
        } else {
            let mut v7: Vec<i64> = vec![5i64, 4i64];
            {
                out.push(i4);
            };
            {
                out.push(input.get(1).copied().unwrap_or(7i64));
            };
            x5 = (1i64 ^ (v7.len() as i64));
        }
    }
    Ok(7i64)
}

// body 36 (seed 2)
#[genfn::generator(yield = i64)]
fn g_36(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut x2 = h2(-1i64, 100i64);
    let mut v3: Vec<i64> = input.to_vec();
    yield_!(input.get(3).copied().unwrap_or(1i64));
    for i4 in 0..3i64 {
        if {
            yield_!(h(input.last().copied().unwrap_or(-4i64)));
            i4.wrapping_add(i4)
                < (v3.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)) as i32 as i64)
        } {
            if i4 < (input.len() as i64) {
                stop!();
            }
            match ({
                yield_!((input.len() as i64));
                x2 = input.get(5).copied().unwrap_or(13i64);
                g1.0
            })
            .rem_euclid(4)
            {
                0 => {
                    let x8 = 'b6: {
                        v3.push((2i64.wrapping_sub(i4) ^ x2.wrapping_add(i4)));
                        let mut x7 = i4;
                        h(input.get(0).copied().unwrap_or(-1i64))
                    };
                    let mut x8 = x8
                        .wrapping_mul(2)
                        .wrapping_add((if x8 < x2 { h((input.len() as i64)) } else { x2 }));
                }
                1 | 2 => {
                    stop!();
                }
                n5 => {
                    let mut stk9: Vec<i64> = vec![4i64, -4i64, 0i64];
                    stk9.truncate(4);
                    while let Some(x10) = stk9.pop() {
                        let _g11 = D::new(2, log);
                        let g12 = D::new(1003, log);
                        let x13 = check(h(n5.rem_euclid(5)))?;
                        {
                            let w14 = v3;
                            let x15 = check(h2(
                                input
                                    .get(5)
                                    .copied()
                                    .unwrap_or(1i64)
                                    .wrapping_mul(input.get(6).copied().unwrap_or(2i64)),
                                n5,
                            ))?;
                            v3 = {
                                let mut w = w14;
                                w.push(1);
                                w
                            };
                        }
                    }
                    let mut s16 = format!("{}", h2(g1.0, (if i4 < n5 { i4 } else { n5 })));
                    x2 ^= (s16.len() as i64);
                    let mut i4 = i4.wrapping_mul(2).wrapping_add(i4.wrapping_sub(x2));
                }
            }
            let Some(x17) = None::<i64> else {
                skip!();
            };
            'b18: {
                let x17 = x17.wrapping_mul(2).wrapping_add({
                    yield_!(i4);
                    13i64
                });
            }
        } else {
            let i4 = i4
                .wrapping_mul(2)
                .wrapping_add(input.get(4).copied().unwrap_or(1i64));
        }
        match (((input.len() as i64).rem_euclid(3))
            .wrapping_add((input.len() as i64).wrapping_sub(i4)))
        .rem_euclid(4)
        {
            0 => {
                if (-4i64).rem_euclid(3)
                    == ({
                        yield_!(i4);
                        x2 = g1.0;
                        input.get(2).copied().unwrap_or(-1i64)
                    })
                {
                    continue;
                }
                let x20: i64;
                if {
                    yield_!(10i64);
                    input.get(5).copied().unwrap_or(2i64).rem_euclid(6) < 13i64
                } {
                    x20 = input.get(4).copied().unwrap_or(100i64);
                } else {
                    x20 = (input.len() as i64);
                }
            }
            1 | 2 => {}
            3..=4 => {}
            n19 if h(n19) != n19 => {}
            n19 => {}
        }
    }
    Ok((-1i64 ^ None::<i64>.unwrap_or(2i64)))
}

fn p_36(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut x2 = h2(-1i64, 100i64);
    let mut v3: Vec<i64> = input.to_vec();
    {
        out.push(input.get(3).copied().unwrap_or(1i64));
    };
    for i4 in 0..3i64 {
        if {
            {
                out.push(h(input.last().copied().unwrap_or(-4i64)));
            };
            i4.wrapping_add(i4)
                < (v3.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)) as i32 as i64)
        } {
            if i4 < (input.len() as i64) {
                stop!();
            }
            match ({
                {
                    out.push((input.len() as i64));
                };
                x2 = input.get(5).copied().unwrap_or(13i64);
                g1.0
            })
            .rem_euclid(4)
            {
                0 => {
                    let x8 = 'b6: {
                        v3.push((2i64.wrapping_sub(i4) ^ x2.wrapping_add(i4)));
                        let mut x7 = i4;
                        h(input.get(0).copied().unwrap_or(-1i64))
                    };
                    let mut x8 = x8
                        .wrapping_mul(2)
                        .wrapping_add((if x8 < x2 { h((input.len() as i64)) } else { x2 }));
                }
                1 | 2 => {
                    stop!();
                }
                n5 => {
                    let mut stk9: Vec<i64> = vec![4i64, -4i64, 0i64];
                    stk9.truncate(4);
                    while let Some(x10) = stk9.pop() {
                        let _g11 = D::new(2, log);
                        let g12 = D::new(1003, log);
                        let x13 = check(h(n5.rem_euclid(5)))?;
                        {
                            let w14 = v3;
                            let x15 = check(h2(
                                input
                                    .get(5)
                                    .copied()
                                    .unwrap_or(1i64)
                                    .wrapping_mul(input.get(6).copied().unwrap_or(2i64)),
                                n5,
                            ))?;
                            v3 = {
                                let mut w = w14;
                                w.push(1);
                                w
                            };
                        }
                    }
                    let mut s16 = format!("{}", h2(g1.0, (if i4 < n5 { i4 } else { n5 })));
                    x2 ^= (s16.len() as i64);
                    let mut i4 = i4.wrapping_mul(2).wrapping_add(i4.wrapping_sub(x2));
                }
            }
            let Some(x17) = None::<i64> else {
                skip!();
            };
            'b18: {
                let x17 = x17.wrapping_mul(2).wrapping_add({
                    {
                        out.push(i4);
                    };
                    13i64
                });
            }
        } else {
            let i4 = i4
                .wrapping_mul(2)
                .wrapping_add(input.get(4).copied().unwrap_or(1i64));
        }
        match (((input.len() as i64).rem_euclid(3))
            .wrapping_add((input.len() as i64).wrapping_sub(i4)))
        .rem_euclid(4)
        {
            0 => {
                if (-4i64).rem_euclid(3)
                    == ({
                        {
                            out.push(i4);
                        };
                        x2 = g1.0;
                        input.get(2).copied().unwrap_or(-1i64)
                    })
                {
                    continue;
                }
                let x20: i64;
                if {
                    {
                        out.push(10i64);
                    };
                    input.get(5).copied().unwrap_or(2i64).rem_euclid(6) < 13i64
                } {
                    x20 = input.get(4).copied().unwrap_or(100i64);
                } else {
                    x20 = (input.len() as i64);
                }
            }
            1 | 2 => {}
            3..=4 => {}
            n19 if h(n19) != n19 => {}
            n19 => {}
        }
    }
    Ok((-1i64 ^ None::<i64>.unwrap_or(2i64)))
}

// body 37 (seed 2)
#[genfn::generator(yield = i64)]
fn g_37(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(2i64);
    let x1 = check(1i64)?;
    let mut x2 = x1;
    let Some(x3) = input.get(2).copied() else {
        return Ok(3i64);
    };
    let _g4 = D::new(1, log);
    x2 = 10i64.wrapping_add(x3);
    let g5 = D::new(1002, log);
    Ok(x3)
}

fn p_37(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(2i64);
    };
    let x1 = check(1i64)?;
    let mut x2 = x1;
    let Some(x3) = input.get(2).copied() else {
        return Ok(3i64);
    };
    let _g4 = D::new(1, log);
    x2 = 10i64.wrapping_add(x3);
    let g5 = D::new(1002, log);
    Ok(x3)
}

// body 38 (seed 2)
#[genfn::generator(yield = i64)]
fn g_38(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    let mut x3 = 'l2: loop {
        c1 += 1;
        if c1 > 3 {
            break 'l2 100i64;
        }
        if c1.rem_euclid(2) == 0 {
            break 'l2 (100i64.rem_euclid(6)).rem_euclid(6);
        }
    };
    match (
        (if check(13i64).ok().is_some() {
            1i64
        } else {
            x3
        })
        .wrapping_add(input.get(4).copied().unwrap_or(-4i64)),
        input.first().copied(),
    ) {
        (x4, Some(x5)) if (input.len() as i64).wrapping_mul(x4) < 100i64 => {
            let _g6 = D::new(1, log);
            let mut x7 = [x4, {
                yield_!(check(c1)?);
                3i64.wrapping_mul(x5)
            }][1];
            yield_!(c1);
            yield_!(input.get(2).copied().unwrap_or(10i64));
        }
        (x4, None) => {
            yield_!(check(10i64)?);
            if ({
                yield_!(4i64);
                1i64.wrapping_mul(x4) < (c1 as i32 as i64)
            } && x4 == h2((input.len() as i64), (input.len() as i64)))
            {
                yield_!(c1)
            } else {
                yield_!(check(x4)?)
            }
            match check(x4).ok() {
                Some(x8) => {
                    x3 = x3.wrapping_add(c1);
                    {
                        match D::new(2002, log).0 {
                            2002 => {
                                for &i10 in vec![100i64, 100i64, c1].iter() {
                                    if input.get(1).copied().is_some() {
                                        skip!();
                                    }
                                }
                                let mut v11: Vec<i64> = Vec::new();
                            }
                            _ => {}
                        }
                    }
                }
                None => {}
            }
        }
        (_, Some(x5)) => {}
    }
    Ok(((if {
        yield_!(7i64);
        c1 < c1
    } {
        x3
    } else {
        x3
    })
    .rem_euclid(6))
    .wrapping_add(
        c1.rem_euclid(4)
            .wrapping_add((input.len() as i64).rem_euclid(2)),
    ))
}

fn p_38(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    let mut x3 = 'l2: loop {
        c1 += 1;
        if c1 > 3 {
            break 'l2 100i64;
        }
        if c1.rem_euclid(2) == 0 {
            break 'l2 (100i64.rem_euclid(6)).rem_euclid(6);
        }
    };
    match (
        (if check(13i64).ok().is_some() {
            1i64
        } else {
            x3
        })
        .wrapping_add(input.get(4).copied().unwrap_or(-4i64)),
        input.first().copied(),
    ) {
        (x4, Some(x5)) if (input.len() as i64).wrapping_mul(x4) < 100i64 => {
            let _g6 = D::new(1, log);
            let mut x7 = [x4, {
                {
                    out.push(check(c1)?);
                };
                3i64.wrapping_mul(x5)
            }][1];
            {
                out.push(c1);
            };
            {
                out.push(input.get(2).copied().unwrap_or(10i64));
            };
        }
        (x4, None) => {
            {
                out.push(check(10i64)?);
            };
            if ({
                {
                    out.push(4i64);
                };
                1i64.wrapping_mul(x4) < (c1 as i32 as i64)
            } && x4 == h2((input.len() as i64), (input.len() as i64)))
            {
                {
                    out.push(c1);
                }
            } else {
                {
                    out.push(check(x4)?);
                }
            }
            match check(x4).ok() {
                Some(x8) => {
                    x3 = x3.wrapping_add(c1);
                    {
                        match D::new(2002, log).0 {
                            2002 => {
                                for &i10 in vec![100i64, 100i64, c1].iter() {
                                    if input.get(1).copied().is_some() {
                                        skip!();
                                    }
                                }
                                let mut v11: Vec<i64> = Vec::new();
                            }
                            _ => {}
                        }
                    }
                }
                None => {}
            }
        }
        (_, Some(x5)) => {}
    }
    Ok(((if {
        {
            out.push(7i64);
        };
        c1 < c1
    } {
        x3
    } else {
        x3
    })
    .rem_euclid(6))
    .wrapping_add(
        c1.rem_euclid(4)
            .wrapping_add((input.len() as i64).rem_euclid(2)),
    ))
}

// body 39 (seed 2)
#[genfn::generator(yield = i64)]
fn g_39(input: &[i64], log: &Log) -> Result<i64, String> {
    if ({
        yield_!((input.len() as i64));
        4i64
    }) < 0i64
    {
        match (10i64, input.get(1).copied()) {
            (x1, Some(x2)) if 7i64.rem_euclid(2) == 0 => {
                let mut c3 = 0_i64;
                let x15 = 'l4: loop {
                    c3 += 1;
                    if c3 > 1 {
                        break 'l4 (if x1.rem_euclid(2) == 0 { -4i64 } else { c3 });
                    }
                    match c3.rem_euclid(4) {
                        0 => {
                            let x6 = x2;
                            let mut s7 = String::from("ab");
                            let x8 = (input.get(4).copied().unwrap_or(100i64) ^ 13i64)
                                .wrapping_add(
                                    or_skip!(input.get(1).copied())
                                        .wrapping_add(or_skip!(None::<i64>)),
                                );
                            let x9 = -1i64;
                        }
                        1 | 2 => {
                            let mut c10 = 0_i64;
                            while {
                                yield_!(c10);
                                c10 < 1
                            } {
                                c10 += 1;
                            }
                            let mut s11 = format!("{}", (input.len() as i64));
                            if h({
                                yield_!(10i64);
                                c3
                            }) < 4i64
                            {
                                skip!();
                            }
                            s11 = format!("{s11}{}", 5i64);
                        }
                        3..=4 => {
                            let mut v12: Vec<i64> = Vec::new();
                        }
                        n5 if (n5.rem_euclid(3) == 0
                            && ((input.len() as i64) < x2 && (-1i64).rem_euclid(2) == 0)) =>
                        {
                            match None::<i64> {
                                Some(x13) => {}
                                None => {
                                    let mut x14 = check(h(x2))?;
                                }
                            }
                        }
                        n5 => {}
                    }
                };
            }
            (x1, None) => {}
            (_, Some(x2)) => {}
        }
    } else if input.is_empty() {
    } else {
    }
    Ok({
        yield_!(-4i64);
        input
            .get(2)
            .copied()
            .unwrap_or(-4i64)
            .wrapping_sub(h(13i64))
    })
}

fn p_39(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if ({
        {
            out.push((input.len() as i64));
        };
        4i64
    }) < 0i64
    {
        match (10i64, input.get(1).copied()) {
            (x1, Some(x2)) if 7i64.rem_euclid(2) == 0 => {
                let mut c3 = 0_i64;
                let x15 = 'l4: loop {
                    c3 += 1;
                    if c3 > 1 {
                        break 'l4 (if x1.rem_euclid(2) == 0 { -4i64 } else { c3 });
                    }
                    match c3.rem_euclid(4) {
                        0 => {
                            let x6 = x2;
                            let mut s7 = String::from("ab");
                            let x8 = (input.get(4).copied().unwrap_or(100i64) ^ 13i64)
                                .wrapping_add(
                                    or_skip!(input.get(1).copied())
                                        .wrapping_add(or_skip!(None::<i64>)),
                                );
                            let x9 = -1i64;
                        }
                        1 | 2 => {
                            let mut c10 = 0_i64;
                            while {
                                {
                                    out.push(c10);
                                };
                                c10 < 1
                            } {
                                c10 += 1;
                            }
                            let mut s11 = format!("{}", (input.len() as i64));
                            if h({
                                {
                                    out.push(10i64);
                                };
                                c3
                            }) < 4i64
                            {
                                skip!();
                            }
                            s11 = format!("{s11}{}", 5i64);
                        }
                        3..=4 => {
                            let mut v12: Vec<i64> = Vec::new();
                        }
                        n5 if (n5.rem_euclid(3) == 0
                            && ((input.len() as i64) < x2 && (-1i64).rem_euclid(2) == 0)) =>
                        {
                            match None::<i64> {
                                Some(x13) => {}
                                None => {
                                    let mut x14 = check(h(x2))?;
                                }
                            }
                        }
                        n5 => {}
                    }
                };
            }
            (x1, None) => {}
            (_, Some(x2)) => {}
        }
    } else if input.is_empty() {
    } else {
    }
    Ok({
        {
            out.push(-4i64);
        };
        input
            .get(2)
            .copied()
            .unwrap_or(-4i64)
            .wrapping_sub(h(13i64))
    })
}

// body 40 (seed 2)
#[genfn::generator(yield = i64)]
fn g_40(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![3i64, 4i64];
    let (mut x2, (_, x3)) = (
        v1.first().copied().unwrap_or(5i64),
        (
            ({
                yield_!(4i64);
                -4i64
            })
            .rem_euclid(4),
            {
                yield_!((0i64.rem_euclid(6) ^ 2i64));
                input.get(2).copied().unwrap_or(7i64)
            },
        ),
    );
    {
        let &mut (ref mut r4, ref mut r6) = &mut (
            x3.wrapping_add(x2.rem_euclid(3)),
            input.get(5).copied().unwrap_or(2i64).rem_euclid(7),
        );
        yield_!(*r4);
        {
            let w7 = v1;
            if {
                yield_!(input.get(5).copied().unwrap_or(5i64));
                x2 < (check(3i64)?).wrapping_sub(x2)
            } {
                return Ok(x3);
            }
            x2 = check((x2 ^ check((input.len() as i64).wrapping_mul(x2))?))?;
            let x8 = {
                yield_!(x3);
                input
                    .get(3)
                    .copied()
                    .unwrap_or(0i64)
                    .wrapping_add(((input.len() as i64) as i32 as i64))
            };
            v1 = {
                let mut w = w7;
                w.push(1);
                w
            };
        }
        *r6 = r6.wrapping_add(*r4);
        yield_!(*r6);
    }
    let mut s9 = String::from("ab");
    match (-1i64).rem_euclid(4) {
        0 => yield_!(h(((input.len() as i64) as i32 as i64))),
        1 | 2 => yield_!(
            x2.wrapping_mul(x2)
                .wrapping_add(input.get(5).copied().unwrap_or(10i64))
        ),
        3..=4 => {
            x2 = x2.wrapping_add((3i64 ^ -1i64));
        }
        n10 if (if x2 < (input.len() as i64) {
            (input.len() as i64)
        } else {
            x2
        })
        .rem_euclid(2)
            == 0 =>
        {
            if 7i64.wrapping_add(h2(x2, x3)) != v1.first().copied().unwrap_or(13i64) {
                x2 ^= input.get(6).copied().unwrap_or(7i64);
                yield_!(2i64);
                let mut v11: Vec<i64> = vec![x2; 2];
            }
            let mut v12: Vec<i64> = vec![n10; 2];
            for &i13 in vec![
                x2,
                -4i64,
                (if !(n10.rem_euclid(3) == 0) {
                    x3.wrapping_mul(x3)
                } else {
                    h(n10)
                }),
            ]
            .iter()
            {
                'l14: for i15 in 0..({
                    yield_!(3i64);
                    3i64
                }) {
                    let mut c16 = 0_i64;
                    while c16 < 4 {
                        c16 += 1;
                        let mut o17 = v1.get(1).copied();
                        let (x18, mut x19) = ((v1.len() as i64), check(h(o17.unwrap_or(-4i64)))?);
                        match i15.rem_euclid(5) {
                            0 => {
                                yield_!(i15);
                            }
                            1 | 2 => {}
                            n20 => {}
                        }
                    }
                }
            }
        }
        n10 => {}
    }
    Ok(check(x3)?)
}

fn p_40(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![3i64, 4i64];
    let (mut x2, (_, x3)) = (
        v1.first().copied().unwrap_or(5i64),
        (
            ({
                {
                    out.push(4i64);
                };
                -4i64
            })
            .rem_euclid(4),
            {
                {
                    out.push((0i64.rem_euclid(6) ^ 2i64));
                };
                input.get(2).copied().unwrap_or(7i64)
            },
        ),
    );
    {
        let &mut (ref mut r4, ref mut r6) = &mut (
            x3.wrapping_add(x2.rem_euclid(3)),
            input.get(5).copied().unwrap_or(2i64).rem_euclid(7),
        );
        {
            out.push(*r4);
        };
        {
            let w7 = v1;
            if {
                {
                    out.push(input.get(5).copied().unwrap_or(5i64));
                };
                x2 < (check(3i64)?).wrapping_sub(x2)
            } {
                return Ok(x3);
            }
            x2 = check((x2 ^ check((input.len() as i64).wrapping_mul(x2))?))?;
            let x8 = {
                {
                    out.push(x3);
                };
                input
                    .get(3)
                    .copied()
                    .unwrap_or(0i64)
                    .wrapping_add(((input.len() as i64) as i32 as i64))
            };
            v1 = {
                let mut w = w7;
                w.push(1);
                w
            };
        }
        *r6 = r6.wrapping_add(*r4);
        {
            out.push(*r6);
        };
    }
    let mut s9 = String::from("ab");
    match (-1i64).rem_euclid(4) {
        0 => {
            out.push(h(((input.len() as i64) as i32 as i64)));
        }
        1 | 2 => {
            out.push(
                x2.wrapping_mul(x2)
                    .wrapping_add(input.get(5).copied().unwrap_or(10i64)),
            );
        }
        3..=4 => {
            x2 = x2.wrapping_add((3i64 ^ -1i64));
        }
        n10 if (if x2 < (input.len() as i64) {
            (input.len() as i64)
        } else {
            x2
        })
        .rem_euclid(2)
            == 0 =>
        {
            if 7i64.wrapping_add(h2(x2, x3)) != v1.first().copied().unwrap_or(13i64) {
                x2 ^= input.get(6).copied().unwrap_or(7i64);
                {
                    out.push(2i64);
                };
                let mut v11: Vec<i64> = vec![x2; 2];
            }
            let mut v12: Vec<i64> = vec![n10; 2];
            for &i13 in vec![
                x2,
                -4i64,
                (if !(n10.rem_euclid(3) == 0) {
                    x3.wrapping_mul(x3)
                } else {
                    h(n10)
                }),
            ]
            .iter()
            {
                'l14: for i15 in 0..({
                    {
                        out.push(3i64);
                    };
                    3i64
                }) {
                    let mut c16 = 0_i64;
                    while c16 < 4 {
                        c16 += 1;
                        let mut o17 = v1.get(1).copied();
                        let (x18, mut x19) = ((v1.len() as i64), check(h(o17.unwrap_or(-4i64)))?);
                        match i15.rem_euclid(5) {
                            0 => {
                                {
                                    out.push(i15);
                                };
                            }
                            1 | 2 => {}
                            n20 => {}
                        }
                    }
                }
            }
        }
        n10 => {}
    }
    Ok(check(x3)?)
}

// body 41 (seed 2)
#[genfn::generator(yield = i64)]
fn g_41(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut o1 = input.last().copied();
    if !(-4i64 == (input.len() as i64) && (input.len() as i64) < 13i64) {
        let g2 = D::new(1001, log);
        match (
            D::new(2, log),
            Some(h2((input.len() as i64), (-4i64).wrapping_add(-4i64))),
        ) {
            (_, None) => {
                let mut c9 = 0_i64;
                loop {
                    c9 += 1;
                    if c9 > 2 {
                        break;
                    }
                    let mut v10: Vec<i64> = Vec::new();
                    let _g11 = D::new(3, log);
                    if let Some(x12) = None::<i64> {
                        yield_!(input.get(1).copied().unwrap_or(10i64));
                        let x13: i64;
                        if ((-4i64 != c9 || input.is_empty()) || {
                            yield_!(o1.unwrap_or(5i64));
                            x12 < (if c9 == c9 { 4i64 } else { c9 })
                        }) {
                            x13 = (if (input.len() as i64) != 100i64 {
                                input.get(2).copied().unwrap_or(100i64)
                            } else {
                                {
                                    let g14 = D::new(1004, log);
                                    yield_!(x12);
                                    2i64
                                }
                            })
                            .rem_euclid(3);
                        } else {
                            x13 = h(h(c9));
                        }
                    }
                    v10.truncate(3);
                }
            }
            (ref rg4, Some(ref r3)) => {
                yield_!(*r3);
                'b5: {
                    yield_!(0i64);
                    let mut x6 = h2((3i64 ^ (input.len() as i64)), -1i64);
                    let mut x7 = 13i64;
                }
                let mut v8: Vec<i64> = vec![4i64, 100i64];
                yield_!(rg4.0.wrapping_add(*r3));
            }
        }
        match (
            input.get(6).copied().unwrap_or(5i64).rem_euclid(5),
            check(5i64).ok(),
        ) {
            (x15, Some(x16)) if (5i64 ^ x16) == h((input.len() as i64)) => yield_!(x16),
            (x15, None) => {}
            (_, Some(x16)) => {
                let mut c17 = 0_i64;
                while c17 < 3 {
                    c17 += 1;
                    if let Some(ref mut r18) = o1 {
                        yield_!(*r18);
                        let x19 = *r18;
                        let x20 = or_skip!(None::<i64>);
                        *r18 = r18.wrapping_add(x19);
                        yield_!(*r18);
                    } else {
                    }
                }
            }
        }
    } else {
    }
    Ok((if 10i64.rem_euclid(3) == 0 {
        4i64
    } else {
        (0i64 ^ 0i64)
    }))
}

fn p_41(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut o1 = input.last().copied();
    if !(-4i64 == (input.len() as i64) && (input.len() as i64) < 13i64) {
        let g2 = D::new(1001, log);
        match (
            D::new(2, log),
            Some(h2((input.len() as i64), (-4i64).wrapping_add(-4i64))),
        ) {
            (_, None) => {
                let mut c9 = 0_i64;
                loop {
                    c9 += 1;
                    if c9 > 2 {
                        break;
                    }
                    let mut v10: Vec<i64> = Vec::new();
                    let _g11 = D::new(3, log);
                    if let Some(x12) = None::<i64> {
                        {
                            out.push(input.get(1).copied().unwrap_or(10i64));
                        };
                        let x13: i64;
                        if ((-4i64 != c9 || input.is_empty()) || {
                            {
                                out.push(o1.unwrap_or(5i64));
                            };
                            x12 < (if c9 == c9 { 4i64 } else { c9 })
                        }) {
                            x13 = (if (input.len() as i64) != 100i64 {
                                input.get(2).copied().unwrap_or(100i64)
                            } else {
                                {
                                    let g14 = D::new(1004, log);
                                    {
                                        out.push(x12);
                                    };
                                    2i64
                                }
                            })
                            .rem_euclid(3);
                        } else {
                            x13 = h(h(c9));
                        }
                    }
                    v10.truncate(3);
                }
            }
            (ref rg4, Some(ref r3)) => {
                {
                    out.push(*r3);
                };
                'b5: {
                    {
                        out.push(0i64);
                    };
                    let mut x6 = h2((3i64 ^ (input.len() as i64)), -1i64);
                    let mut x7 = 13i64;
                }
                let mut v8: Vec<i64> = vec![4i64, 100i64];
                {
                    out.push(rg4.0.wrapping_add(*r3));
                };
            }
        }
        match (
            input.get(6).copied().unwrap_or(5i64).rem_euclid(5),
            check(5i64).ok(),
        ) {
            (x15, Some(x16)) if (5i64 ^ x16) == h((input.len() as i64)) => {
                out.push(x16);
            }
            (x15, None) => {}
            (_, Some(x16)) => {
                let mut c17 = 0_i64;
                while c17 < 3 {
                    c17 += 1;
                    if let Some(ref mut r18) = o1 {
                        {
                            out.push(*r18);
                        };
                        let x19 = *r18;
                        let x20 = or_skip!(None::<i64>);
                        *r18 = r18.wrapping_add(x19);
                        {
                            out.push(*r18);
                        };
                    } else {
                    }
                }
            }
        }
    } else {
    }
    Ok((if 10i64.rem_euclid(3) == 0 {
        4i64
    } else {
        (0i64 ^ 0i64)
    }))
}

// body 42 (seed 2)
#[genfn::generator(yield = i64)]
fn g_42(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", check(((input.len() as i64) as i32 as i64))?);
    if ({
        let x3 = {
            let mut x2 = 0i64;
            yield_!(100i64);
            x2 = x2.wrapping_add(x2).wrapping_add(x2);
            h(x2).rem_euclid(2)
        };
        yield_!(x3);
        7i64.rem_euclid(5)
    }) < ({
        yield_!(2i64.wrapping_sub(5i64));
        check(1i64)?
    }) {
        if {
            yield_!(check(-1i64)?);
            h(3i64).rem_euclid(5)
                < (if -1i64 != -4i64 {
                    (input.len() as i64)
                } else {
                    7i64
                })
        } {
            yield_!(h(2i64.wrapping_mul(10i64)))
        } else {
            yield_!((s1.len() as i64))
        }
    }
    'l5: for i4 in s1.bytes().take(4) {
        let i4 = i4 as i64;
        yield_!(7i64);
        if 100i64
            < h2(
                input.get(1).copied().unwrap_or(4i64),
                h((input.len() as i64)),
            )
        {
            return Ok((s1.len() as i64));
        }
        let x6 = 5i64;
        if let Some(x7) = None::<i64>
            && s1.is_empty()
        {
            let mut x6 = x6.wrapping_mul(2).wrapping_add(x7);
            let mut c8 = 0_i64;
            let mut x12 = 'l9: loop {
                c8 += 1;
                if c8 > 2 {
                    break 'l9 (check((input.len() as i64))? as i32 as i64);
                }
                let x10 = D::new(2001, log).0.wrapping_add({
                    yield_!(c8.wrapping_mul((input.len() as i64)));
                    h((input.len() as i64))
                });
                let mut o11 = None::<i64>;
            };
        } else {
            if x6 == 2i64 {
                break;
            }
            match D::new(2002, log).0 {
                2002 => {
                    if {
                        yield_!((-1i64).wrapping_sub(1i64));
                        x6 < (s1.len() as i64)
                    } {
                        if 3i64 < 0i64 {
                            skip!('l5);
                        }
                        yield_!(format!("{s1:?}").len() as i64);
                    }
                    if -1i64 < check(input.get(0).copied().unwrap_or(2i64))? {
                        return Ok(x6.wrapping_add(5i64.wrapping_mul(check(-4i64)?)));
                    }
                    yield_!(7i64);
                    if x6.rem_euclid(5).rem_euclid(3) == 0 {
                        let g14 = D::new(1003, log);
                        let mut x15 = h2(
                            {
                                yield_!(13i64);
                                x6
                            },
                            x6.wrapping_sub(x6),
                        );
                    } else {
                        'l17: for i16 in s1.bytes().take(4) {
                            let i16 = i16 as i64;
                        }
                        yield_!((s1.len() as i64));
                        let mut c18 = 0_i64;
                        let x20 = 'l19: loop {
                            c18 += 1;
                            if c18 > 3 {
                                break 'l19 c18.rem_euclid(5);
                            }
                            yield_!(x6.rem_euclid(4));
                        };
                        let x20 = x20.wrapping_mul(2).wrapping_add(2i64);
                    }
                }
                _ => {}
            }
            let (mut x21, _, x22) = ((x6 ^ -1i64), 10i64, 3i64);
        }
    }
    let mut x23 = 2i64;
    Ok({
        yield_!(x23);
        input.get(1).copied().unwrap_or(10i64)
    })
}

fn p_42(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", check(((input.len() as i64) as i32 as i64))?);
    if ({
        let x3 = {
            let mut x2 = 0i64;
            {
                out.push(100i64);
            };
            x2 = x2.wrapping_add(x2).wrapping_add(x2);
            h(x2).rem_euclid(2)
        };
        {
            out.push(x3);
        };
        7i64.rem_euclid(5)
    }) < ({
        {
            out.push(2i64.wrapping_sub(5i64));
        };
        check(1i64)?
    }) {
        if {
            {
                out.push(check(-1i64)?);
            };
            h(3i64).rem_euclid(5)
                < (if -1i64 != -4i64 {
                    (input.len() as i64)
                } else {
                    7i64
                })
        } {
            {
                out.push(h(2i64.wrapping_mul(10i64)));
            }
        } else {
            {
                out.push((s1.len() as i64));
            }
        }
    }
    'l5: for i4 in s1.bytes().take(4) {
        let i4 = i4 as i64;
        {
            out.push(7i64);
        };
        if 100i64
            < h2(
                input.get(1).copied().unwrap_or(4i64),
                h((input.len() as i64)),
            )
        {
            return Ok((s1.len() as i64));
        }
        let x6 = 5i64;
        if let Some(x7) = None::<i64>
            && s1.is_empty()
        {
            let mut x6 = x6.wrapping_mul(2).wrapping_add(x7);
            let mut c8 = 0_i64;
            let mut x12 = 'l9: loop {
                c8 += 1;
                if c8 > 2 {
                    break 'l9 (check((input.len() as i64))? as i32 as i64);
                }
                let x10 = D::new(2001, log).0.wrapping_add({
                    {
                        out.push(c8.wrapping_mul((input.len() as i64)));
                    };
                    h((input.len() as i64))
                });
                let mut o11 = None::<i64>;
            };
        } else {
            if x6 == 2i64 {
                break;
            }
            match D::new(2002, log).0 {
                2002 => {
                    if {
                        {
                            out.push((-1i64).wrapping_sub(1i64));
                        };
                        x6 < (s1.len() as i64)
                    } {
                        if 3i64 < 0i64 {
                            skip!('l5);
                        }
                        {
                            out.push(format!("{s1:?}").len() as i64);
                        };
                    }
                    if -1i64 < check(input.get(0).copied().unwrap_or(2i64))? {
                        return Ok(x6.wrapping_add(5i64.wrapping_mul(check(-4i64)?)));
                    }
                    {
                        out.push(7i64);
                    };
                    if x6.rem_euclid(5).rem_euclid(3) == 0 {
                        let g14 = D::new(1003, log);
                        let mut x15 = h2(
                            {
                                {
                                    out.push(13i64);
                                };
                                x6
                            },
                            x6.wrapping_sub(x6),
                        );
                    } else {
                        'l17: for i16 in s1.bytes().take(4) {
                            let i16 = i16 as i64;
                        }
                        {
                            out.push((s1.len() as i64));
                        };
                        let mut c18 = 0_i64;
                        let x20 = 'l19: loop {
                            c18 += 1;
                            if c18 > 3 {
                                break 'l19 c18.rem_euclid(5);
                            }
                            {
                                out.push(x6.rem_euclid(4));
                            };
                        };
                        let x20 = x20.wrapping_mul(2).wrapping_add(2i64);
                    }
                }
                _ => {}
            }
            let (mut x21, _, x22) = ((x6 ^ -1i64), 10i64, 3i64);
        }
    }
    let mut x23 = 2i64;
    Ok({
        {
            out.push(x23);
        };
        input.get(1).copied().unwrap_or(10i64)
    })
}

// body 43 (seed 2)
#[genfn::generator(yield = i64)]
fn g_43(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = input.to_vec();
    let mut x2 = (13i64 ^ 1i64);
    {
        let (ref rg4, ref r3) = (
            D::new(1, log),
            v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)),
        );
        yield_!(*r3);
        yield_!(
            x2.wrapping_add(input.get(4).copied().unwrap_or(2i64))
                .rem_euclid(5)
        );
        let mut x5 = [
            {
                yield_!(h2(x2, -1i64));
                -1i64
            },
            {
                yield_!(v1.first().copied().unwrap_or(100i64));
                (-4i64).wrapping_add((input.len() as i64))
            },
        ][1];
        check(x5)?;
        yield_!(rg4.0.wrapping_add(*r3));
    }
    match h2(x2, 10i64).rem_euclid(4).rem_euclid(6) {
        0 => yield_!(x2),
        1 | 2 => {
            for &i7 in v1.iter().take(4) {
                yield_!(or_stop!(input.first().copied()));
                let mut c8 = 0_i64;
                loop {
                    c8 += 1;
                    if c8 > 4 {
                        break;
                    }
                    let mut x9 = i7;
                    yield_!(0i64);
                    let mut i7 = i7.wrapping_mul(2).wrapping_add(2i64);
                }
            }
        }
        n6 if input.get(2).copied().is_some() => {
            let x10 = input.get(6).copied().unwrap_or(-1i64);
            let _g11 = D::new(2, log);
        }
        n6 => yield_!(3i64),
    }
    Ok(h2(3i64, (h(1i64) as i32 as i64)))
}

fn p_43(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = input.to_vec();
    let mut x2 = (13i64 ^ 1i64);
    {
        let (ref rg4, ref r3) = (
            D::new(1, log),
            v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)),
        );
        {
            out.push(*r3);
        };
        {
            out.push(
                x2.wrapping_add(input.get(4).copied().unwrap_or(2i64))
                    .rem_euclid(5),
            );
        };
        let mut x5 = [
            {
                {
                    out.push(h2(x2, -1i64));
                };
                -1i64
            },
            {
                {
                    out.push(v1.first().copied().unwrap_or(100i64));
                };
                (-4i64).wrapping_add((input.len() as i64))
            },
        ][1];
        check(x5)?;
        {
            out.push(rg4.0.wrapping_add(*r3));
        };
    }
    match h2(x2, 10i64).rem_euclid(4).rem_euclid(6) {
        0 => {
            out.push(x2);
        }
        1 | 2 => {
            for &i7 in v1.iter().take(4) {
                {
                    out.push(or_stop!(input.first().copied()));
                };
                let mut c8 = 0_i64;
                loop {
                    c8 += 1;
                    if c8 > 4 {
                        break;
                    }
                    let mut x9 = i7;
                    {
                        out.push(0i64);
                    };
                    let mut i7 = i7.wrapping_mul(2).wrapping_add(2i64);
                }
            }
        }
        n6 if input.get(2).copied().is_some() => {
            let x10 = input.get(6).copied().unwrap_or(-1i64);
            let _g11 = D::new(2, log);
        }
        n6 => {
            out.push(3i64);
        }
    }
    Ok(h2(3i64, (h(1i64) as i32 as i64)))
}

// body 44 (seed 2)
#[genfn::generator(yield = i64)]
fn g_44(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut stk1: Vec<i64> = vec![13i64, 1i64, 7i64];
    stk1.truncate(4);
    'l3: while let Some(x2) = stk1.pop() {
        if input.first().copied().unwrap_or(7i64) < x2 {
            let mut x2 = x2.wrapping_mul(2).wrapping_add(7i64);
            let (x4, mut x5) = (5i64.wrapping_sub(x2), x2);
            let mut s6 = 7i64.to_string();
        }
    }
    let mut x8 = {
        let x7 = h((input.len() as i64));
        yield_!(x7.rem_euclid(5));
        x7
    };
    let _g9 = D::new(1, log);
    let mut c10 = 0_i64;
    let x18 = 'l11: loop {
        c10 += 1;
        if c10 > 3 {
            break 'l11 input.get(2).copied().unwrap_or(100i64);
        }
        match (
            D::new(2, log),
            Some({
                yield_!(1i64);
                x8 = h(0i64);
                (1i64 ^ 7i64)
            }),
        ) {
            (_, None) => {
                yield_!(c10);
            }
            (ref rg13, Some(ref r12)) => {
                yield_!(*r12);
                x8 = x8.wrapping_add(100i64);
                let mut x14 = h({
                    let Some(x8) = input.first().copied() else {
                        yield_!(x8);
                        break (input.len() as i64);
                    };
                    yield_!(x8);
                    check(x8)?
                });
                let x15 = check(x8.rem_euclid(6))?;
                let mut s16 = String::new();
                yield_!(rg13.0.wrapping_add(*r12));
            }
        }
        if ((-4i64).wrapping_mul(c10)).wrapping_add(x8.wrapping_add(c10))
            < h2(
                {
                    yield_!(3i64);
                    (input.len() as i64)
                },
                (4i64 ^ (input.len() as i64)),
            )
        {
            yield_!(x8)
        } else {
            yield_!(100i64)
        }
        if ({
            let x17 = 100i64;
            yield_!(1i64.wrapping_sub(x17));
            0i64
        }) == h(c10)
        {
            stop!('l11, 4i64);
        }
    };
    yield_!(x18);
    Ok(({
        yield_!(-1i64);
        10i64.rem_euclid(5)
    })
    .wrapping_mul(h(c10.rem_euclid(4))))
}

fn p_44(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut stk1: Vec<i64> = vec![13i64, 1i64, 7i64];
    stk1.truncate(4);
    'l3: while let Some(x2) = stk1.pop() {
        if input.first().copied().unwrap_or(7i64) < x2 {
            let mut x2 = x2.wrapping_mul(2).wrapping_add(7i64);
            let (x4, mut x5) = (5i64.wrapping_sub(x2), x2);
            let mut s6 = 7i64.to_string();
        }
    }
    let mut x8 = {
        let x7 = h((input.len() as i64));
        {
            out.push(x7.rem_euclid(5));
        };
        x7
    };
    let _g9 = D::new(1, log);
    let mut c10 = 0_i64;
    let x18 = 'l11: loop {
        c10 += 1;
        if c10 > 3 {
            break 'l11 input.get(2).copied().unwrap_or(100i64);
        }
        match (
            D::new(2, log),
            Some({
                {
                    out.push(1i64);
                };
                x8 = h(0i64);
                (1i64 ^ 7i64)
            }),
        ) {
            (_, None) => {
                {
                    out.push(c10);
                };
            }
            (ref rg13, Some(ref r12)) => {
                {
                    out.push(*r12);
                };
                x8 = x8.wrapping_add(100i64);
                let mut x14 = h({
                    let Some(x8) = input.first().copied() else {
                        {
                            out.push(x8);
                        };
                        break (input.len() as i64);
                    };
                    {
                        out.push(x8);
                    };
                    check(x8)?
                });
                let x15 = check(x8.rem_euclid(6))?;
                let mut s16 = String::new();
                {
                    out.push(rg13.0.wrapping_add(*r12));
                };
            }
        }
        if ((-4i64).wrapping_mul(c10)).wrapping_add(x8.wrapping_add(c10))
            < h2(
                {
                    {
                        out.push(3i64);
                    };
                    (input.len() as i64)
                },
                (4i64 ^ (input.len() as i64)),
            )
        {
            {
                out.push(x8);
            }
        } else {
            {
                out.push(100i64);
            }
        }
        if ({
            let x17 = 100i64;
            {
                out.push(1i64.wrapping_sub(x17));
            };
            0i64
        }) == h(c10)
        {
            stop!('l11, 4i64);
        }
    };
    {
        out.push(x18);
    };
    Ok(({
        {
            out.push(-1i64);
        };
        10i64.rem_euclid(5)
    })
    .wrapping_mul(h(c10.rem_euclid(4))))
}

// body 45 (seed 2)
#[genfn::generator(yield = i64)]
fn g_45(input: &[i64], log: &Log) -> Result<i64, String> {
    match (D::new(1, log), Some(100i64)) {
        (_, None) => {
            let mut s4 = format!("{}", 100i64);
        }
        (ref rg2, Some(ref r1)) => {
            yield_!(*r1);
            let mut x3 = 10i64;
            yield_!(input.get(1).copied().unwrap_or(-4i64).wrapping_mul(1i64));
            yield_!(rg2.0.wrapping_add(*r1));
        }
    }
    let mut c5 = 0_i64;
    'l6: while {
        yield_!(c5);
        c5 < 3
    } {
        c5 += 1;
        'l7: for &i8 in input.iter().rev().take(4) {
            let mut s9 = format!("{}", c5);
            let Some(x10) = input.get(1).copied() else {
                skip!('l6);
            };
        }
        let mut x11 = input.get(5).copied().unwrap_or(4i64);
        if ({
            yield_!(c5);
            x11 = 1i64;
            x11
        }) == input.get(1).copied().unwrap_or(3i64)
        {
            break;
        }
    }
    Ok(c5.wrapping_mul(c5))
}

fn p_45(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match (D::new(1, log), Some(100i64)) {
        (_, None) => {
            let mut s4 = format!("{}", 100i64);
        }
        (ref rg2, Some(ref r1)) => {
            {
                out.push(*r1);
            };
            let mut x3 = 10i64;
            {
                out.push(input.get(1).copied().unwrap_or(-4i64).wrapping_mul(1i64));
            };
            {
                out.push(rg2.0.wrapping_add(*r1));
            };
        }
    }
    let mut c5 = 0_i64;
    'l6: while {
        {
            out.push(c5);
        };
        c5 < 3
    } {
        c5 += 1;
        'l7: for &i8 in input.iter().rev().take(4) {
            let mut s9 = format!("{}", c5);
            let Some(x10) = input.get(1).copied() else {
                skip!('l6);
            };
        }
        let mut x11 = input.get(5).copied().unwrap_or(4i64);
        if ({
            {
                out.push(c5);
            };
            x11 = 1i64;
            x11
        }) == input.get(1).copied().unwrap_or(3i64)
        {
            break;
        }
    }
    Ok(c5.wrapping_mul(c5))
}

// body 46 (seed 2)
#[genfn::generator(yield = i64)]
fn g_46(input: &[i64], log: &Log) -> Result<i64, String> {
    'l1: for i2 in 0..0i64 {
        match (if i2.rem_euclid(3) == 0 { 4i64 } else { i2 }).rem_euclid(6) {
            0 => yield_!(i2),
            1 | 2 => {
                assert!(i2 == i2, "{}", i2);
            }
            3..=4 => {}
            n3 if i2.rem_euclid(3) == 0 => {
                let mut c4 = 0_i64;
                loop {
                    c4 += 1;
                    if c4 > 2 {
                        break;
                    }
                    let x5 = 13i64.rem_euclid(3);
                    let mut v6: Vec<i64> = Vec::new();
                    let g7 = D::new(1001, log);
                }
                if 10i64
                    < (if {
                        yield_!(-1i64);
                        (input.len() as i64) < 1i64
                    } {
                        n3
                    } else {
                        5i64
                    })
                {
                    yield_!(input.get(5).copied().unwrap_or(3i64));
                    let x8 = {
                        yield_!(3i64);
                        input.get(5).copied().unwrap_or(4i64)
                    };
                    if ({
                        yield_!(x8);
                        7i64
                    })
                    .rem_euclid(2)
                        == 0
                    {
                        break;
                    }
                } else {
                    match input.get(1).copied() {
                        Some(x9) => {
                            let mut c10 = 0_i64;
                            'l11: while c10 < 2 {
                                c10 += 1;
                            }
                        }
                        None => {}
                    }
                }
            }
            n3 => yield_!(2i64),
        }
    }
    Ok(0i64)
}

fn p_46(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    'l1: for i2 in 0..0i64 {
        match (if i2.rem_euclid(3) == 0 { 4i64 } else { i2 }).rem_euclid(6) {
            0 => {
                out.push(i2);
            }
            1 | 2 => {
                assert!(i2 == i2, "{}", i2);
            }
            3..=4 => {}
            n3 if i2.rem_euclid(3) == 0 => {
                let mut c4 = 0_i64;
                loop {
                    c4 += 1;
                    if c4 > 2 {
                        break;
                    }
                    let x5 = 13i64.rem_euclid(3);
                    let mut v6: Vec<i64> = Vec::new();
                    let g7 = D::new(1001, log);
                }
                if 10i64
                    < (if {
                        {
                            out.push(-1i64);
                        };
                        (input.len() as i64) < 1i64
                    } {
                        n3
                    } else {
                        5i64
                    })
                {
                    {
                        out.push(input.get(5).copied().unwrap_or(3i64));
                    };
                    let x8 = {
                        {
                            out.push(3i64);
                        };
                        input.get(5).copied().unwrap_or(4i64)
                    };
                    if ({
                        {
                            out.push(x8);
                        };
                        7i64
                    })
                    .rem_euclid(2)
                        == 0
                    {
                        break;
                    }
                } else {
                    match input.get(1).copied() {
                        Some(x9) => {
                            let mut c10 = 0_i64;
                            'l11: while c10 < 2 {
                                c10 += 1;
                            }
                        }
                        None => {}
                    }
                }
            }
            n3 => {
                out.push(2i64);
            }
        }
    }
    Ok(0i64)
}

// body 47 (seed 2)
#[genfn::generator(yield = i64)]
fn g_47(input: &[i64], log: &Log) -> Result<i64, String> {
    {
        let &mut (ref mut r1, ref mut r3) = &mut (-1i64, 4i64.rem_euclid(3));
        yield_!(*r1);
        'l4: for i5 in 0..({
            yield_!(1i64);
            3i64
        }) {
            let i5 = i5.wrapping_mul(2).wrapping_add(
                ({
                    yield_!(i5);
                    (input.len() as i64)
                } as i32 as i64),
            );
            let mut v6: Vec<i64> = Vec::new();
        }
        let mut c7 = 0_i64;
        let x10 = 'l8: loop {
            c7 += 1;
            if c7 > 2 {
                break 'l8 h(c7);
            }
            yield_!(7i64);
            let x9 = check(
                (if (c7 < c7 && (c7.rem_euclid(2) == 0 && input.is_empty())) {
                    -4i64
                } else {
                    ({
                        yield_!(4i64);
                        7i64
                    })
                    .rem_euclid(7)
                }),
            )?;
        };
        *r3 = r3.wrapping_add(*r1);
        yield_!(*r3);
    }
    let (mut x11, mut x12) = (
        (if input.get(6).copied().unwrap_or(1i64) < input.get(3).copied().unwrap_or(5i64) {
            h((input.len() as i64)).wrapping_mul(4i64)
        } else {
            100i64
        }),
        {
            let x13 = 10i64;
            yield_!(check(input.get(1).copied().unwrap_or(10i64))?);
            h(x13.rem_euclid(2))
        },
    );
    let x14 = {
        yield_!(x11);
        x12
    };
    let mut v15: Vec<i64> = Vec::new();
    Ok(5i64)
}

fn p_47(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        let &mut (ref mut r1, ref mut r3) = &mut (-1i64, 4i64.rem_euclid(3));
        {
            out.push(*r1);
        };
        'l4: for i5 in 0..({
            {
                out.push(1i64);
            };
            3i64
        }) {
            let i5 = i5.wrapping_mul(2).wrapping_add(
                ({
                    {
                        out.push(i5);
                    };
                    (input.len() as i64)
                } as i32 as i64),
            );
            let mut v6: Vec<i64> = Vec::new();
        }
        let mut c7 = 0_i64;
        let x10 = 'l8: loop {
            c7 += 1;
            if c7 > 2 {
                break 'l8 h(c7);
            }
            {
                out.push(7i64);
            };
            let x9 = check(
                (if (c7 < c7 && (c7.rem_euclid(2) == 0 && input.is_empty())) {
                    -4i64
                } else {
                    ({
                        {
                            out.push(4i64);
                        };
                        7i64
                    })
                    .rem_euclid(7)
                }),
            )?;
        };
        *r3 = r3.wrapping_add(*r1);
        {
            out.push(*r3);
        };
    }
    let (mut x11, mut x12) = (
        (if input.get(6).copied().unwrap_or(1i64) < input.get(3).copied().unwrap_or(5i64) {
            h((input.len() as i64)).wrapping_mul(4i64)
        } else {
            100i64
        }),
        {
            let x13 = 10i64;
            {
                out.push(check(input.get(1).copied().unwrap_or(10i64))?);
            };
            h(x13.rem_euclid(2))
        },
    );
    let x14 = {
        {
            out.push(x11);
        };
        x12
    };
    let mut v15: Vec<i64> = Vec::new();
    Ok(5i64)
}

// body 48 (seed 2)
#[genfn::generator(yield = i64)]
fn g_48(input: &[i64], log: &Log) -> Result<i64, String> {
    {
        let &mut (ref mut r1, ref mut r3) = &mut (1i64.wrapping_add(5i64), 3i64);
        yield_!(*r1);
        let mut c4 = 0_i64;
        let mut x28 = 'l5: loop {
            c4 += 1;
            if c4 > 3 {
                break 'l5 c4;
            }
            for (j7, i6) in (0_i64..).zip(input.iter().copied()).take(4) {
                let mut v8: Vec<i64> = vec![7i64.wrapping_add(4i64), -4i64];
                yield_!(5i64);
                let mut s9 = String::new();
                let x10 = (input.len() as i64);
            }
            match (1i64, None::<i64>) {
                (x11, Some(x12)) if !(x12 != x11) => {
                    let mut s13 =
                        h2(((input.len() as i64) ^ (input.len() as i64)), 13i64).to_string();
                    let x14 = 10i64;
                    let x15: i64;
                    if (x11 < 5i64
                        || ((input.get(3).copied().is_some() && 5i64 < 3i64) || input.contains(&3)))
                    {
                        yield_!(h(input.get(2).copied().unwrap_or(13i64)));
                        let _g16 = D::new(1, log);
                        'l17: for i18 in 0..3i64 {}
                        x15 = {
                            yield_!(input.iter().copied().find(|&z| z > -1i64).unwrap_or(3i64));
                            -1i64
                        };
                    } else {
                        let x19 = x12;
                        let mut x20 = x14;
                        'l21: for (j23, i22) in (0_i64..).zip(input.iter().copied()).take(4) {
                            let _ = s13;
                        }
                        x15 = input.get(3).copied().unwrap_or(13i64).rem_euclid(3);
                    }
                }
                (x11, None) => yield_!(1i64),
                (_, Some(x12)) => {
                    if input.iter().copied().find(|&z| z > 2i64).is_some() {
                        break 4i64;
                    }
                    if let Some(x24) = input.last().copied() {
                        let mut s25 = String::from("ab");
                        'l26: for &i27 in
                            vec![x12.wrapping_sub((s25.len() as i64)), 13i64, x12].iter()
                        {
                            s25 = take_string(s25, input.get(5).copied().unwrap_or(13i64));
                        }
                        if (input.contains(&3) || input.contains(&3)) {
                            return Ok(x24);
                        }
                    }
                }
            }
        };
        *r3 = r3.wrapping_add(*r1);
        yield_!(*r3);
    }
    Ok(((input.len() as i64) ^ 0i64))
}

fn p_48(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        let &mut (ref mut r1, ref mut r3) = &mut (1i64.wrapping_add(5i64), 3i64);
        {
            out.push(*r1);
        };
        let mut c4 = 0_i64;
        let mut x28 = 'l5: loop {
            c4 += 1;
            if c4 > 3 {
                break 'l5 c4;
            }
            for (j7, i6) in (0_i64..).zip(input.iter().copied()).take(4) {
                let mut v8: Vec<i64> = vec![7i64.wrapping_add(4i64), -4i64];
                {
                    out.push(5i64);
                };
                let mut s9 = String::new();
                let x10 = (input.len() as i64);
            }
            match (1i64, None::<i64>) {
                (x11, Some(x12)) if !(x12 != x11) => {
                    let mut s13 =
                        h2(((input.len() as i64) ^ (input.len() as i64)), 13i64).to_string();
                    let x14 = 10i64;
                    let x15: i64;
                    if (x11 < 5i64
                        || ((input.get(3).copied().is_some() && 5i64 < 3i64) || input.contains(&3)))
                    {
                        {
                            out.push(h(input.get(2).copied().unwrap_or(13i64)));
                        };
                        let _g16 = D::new(1, log);
                        'l17: for i18 in 0..3i64 {}
                        x15 = {
                            {
                                out.push(
                                    input.iter().copied().find(|&z| z > -1i64).unwrap_or(3i64),
                                );
                            };
                            -1i64
                        };
                    } else {
                        let x19 = x12;
                        let mut x20 = x14;
                        'l21: for (j23, i22) in (0_i64..).zip(input.iter().copied()).take(4) {
                            let _ = s13;
                        }
                        x15 = input.get(3).copied().unwrap_or(13i64).rem_euclid(3);
                    }
                }
                (x11, None) => {
                    out.push(1i64);
                }
                (_, Some(x12)) => {
                    if input.iter().copied().find(|&z| z > 2i64).is_some() {
                        break 4i64;
                    }
                    if let Some(x24) = input.last().copied() {
                        let mut s25 = String::from("ab");
                        'l26: for &i27 in
                            vec![x12.wrapping_sub((s25.len() as i64)), 13i64, x12].iter()
                        {
                            s25 = take_string(s25, input.get(5).copied().unwrap_or(13i64));
                        }
                        if (input.contains(&3) || input.contains(&3)) {
                            return Ok(x24);
                        }
                    }
                }
            }
        };
        *r3 = r3.wrapping_add(*r1);
        {
            out.push(*r3);
        };
    }
    Ok(((input.len() as i64) ^ 0i64))
}

// body 49 (seed 2)
#[genfn::generator(yield = i64)]
fn g_49(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = (if input.get(5).copied().unwrap_or(3i64) < 0i64 {
        5i64
    } else {
        check(3i64).ok().unwrap_or(5i64)
    });
    x1 |= 4i64.wrapping_sub(x1);
    let mut x2 = x1.wrapping_sub(5i64);
    if ({
        yield_!(x1.rem_euclid(2));
        x1
    }) < x1
    {
        let mut s3 = input.get(1).copied().unwrap_or(4i64).to_string();
        let Some(x2) = check((h((input.len() as i64)) ^ x1)).ok() else {
            yield_!(x2);
            return Ok(check((7i64 ^ x1))?);
        };
    } else {
        {
            let &mut (ref mut r4, ref mut r6) = &mut (x1, 0i64);
            yield_!(*r4);
            let mut x7 = x2;
            yield_!(x1);
            x7 = x7;
            *r6 = r6.wrapping_add(*r4);
            yield_!(*r6);
        }
    }
    Ok(3i64)
}

fn p_49(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = (if input.get(5).copied().unwrap_or(3i64) < 0i64 {
        5i64
    } else {
        check(3i64).ok().unwrap_or(5i64)
    });
    x1 |= 4i64.wrapping_sub(x1);
    let mut x2 = x1.wrapping_sub(5i64);
    if ({
        {
            out.push(x1.rem_euclid(2));
        };
        x1
    }) < x1
    {
        let mut s3 = input.get(1).copied().unwrap_or(4i64).to_string();
        let Some(x2) = check((h((input.len() as i64)) ^ x1)).ok() else {
            {
                out.push(x2);
            };
            return Ok(check((7i64 ^ x1))?);
        };
    } else {
        {
            let &mut (ref mut r4, ref mut r6) = &mut (x1, 0i64);
            {
                out.push(*r4);
            };
            let mut x7 = x2;
            {
                out.push(x1);
            };
            x7 = x7;
            *r6 = r6.wrapping_add(*r4);
            {
                out.push(*r6);
            };
        }
    }
    Ok(3i64)
}

// body 50 (seed 2)
#[genfn::generator(yield = i64)]
fn g_50(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(2i64);
    let mut x1 = 5i64;
    assert!(x1 == x1, "{}", x1);
    let mut x2 = x1.wrapping_add(h(h(x1)));
    let mut v3: Vec<i64> = vec![3i64, 2i64];
    Ok((if 0i64 < 3i64 {
        x1.wrapping_mul((x2 ^ x2))
    } else {
        input.get(0).copied().unwrap_or(0i64)
    }))
}

fn p_50(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(2i64);
    };
    let mut x1 = 5i64;
    assert!(x1 == x1, "{}", x1);
    let mut x2 = x1.wrapping_add(h(h(x1)));
    let mut v3: Vec<i64> = vec![3i64, 2i64];
    Ok((if 0i64 < 3i64 {
        x1.wrapping_mul((x2 ^ x2))
    } else {
        input.get(0).copied().unwrap_or(0i64)
    }))
}

// body 51 (seed 2)
#[genfn::generator(yield = i64)]
fn g_51(input: &[i64], log: &Log) -> Result<i64, String> {
    match (-1i64).rem_euclid(3) {
        0 => match 0i64.rem_euclid(4) {
            0 => {
                let x3 = check((input.len() as i64))?;
                let mut v4: Vec<i64> = input.to_vec();
                let mut s5 = (({
                    yield_!((input.len() as i64));
                    (input.len() as i64)
                })
                .wrapping_add((input.len() as i64).wrapping_add(-1i64)))
                .to_string();
            }
            1 | 2 => {
                for i6 in 0..1i64 {
                    if let Some(x7) = input.last().copied() {
                        if h(i6)
                            != ({
                                yield_!(i6);
                                (if x7 == 13i64 {
                                    x7
                                } else {
                                    (input.len() as i64)
                                })
                            })
                        {
                            return Ok(7i64);
                        }
                        if x7.wrapping_add(input.get(5).copied().unwrap_or(2i64))
                            < h(i6.wrapping_mul(-1i64))
                        {
                        } else {
                        }
                        let g8 = D::new(1001, log);
                        yield_!(i6);
                    } else {
                        match input.get(6).copied() {
                            Some(x9) => {
                                yield_!(x9);
                            }
                            None => {}
                        }
                        let Some(x10) = Some(i6) else {
                            stop!();
                        };
                        let mut s11 = String::new();
                        continue;
                    }
                }
            }
            n2 if h2(n2, (input.len() as i64)) < (input.len() as i64).rem_euclid(3) => {
                yield_!(input.get(4).copied().unwrap_or(100i64).rem_euclid(4));
            }
            n2 => {
                if let Some(x12) = input.first().copied()
                    && input.is_empty()
                {
                    let g13 = D::new(1002, log);
                    'b14: {
                        let mut c15 = 0_i64;
                        'l16: while c15 < 2 {
                            c15 += 1;
                            let mut x17 = -4i64;
                        }
                        yield_!(check(
                            (if 0i64 < c15 {
                                input.get(0).copied().unwrap_or(3i64)
                            } else {
                                (input.len() as i64)
                            })
                        )?);
                        match (g13.0, input.get(1).copied()) {
                            (x18, Some(x19)) if 2i64 == (x18 ^ c15) => {
                                let mut v20: Vec<i64> = Vec::new();
                            }
                            (x18, None) => yield_!(check((input.len() as i64))?),
                            (_, Some(x19)) => {}
                        }
                    }
                    for &i21 in input.iter().take(4) {
                        let mut s22 = String::from("ab");
                        if s22.is_empty() {
                            return Ok(2i64.wrapping_add(i21));
                        }
                        yield_!(input.get(4).copied().unwrap_or(0i64));
                        for &i23 in vec![h(h(i21)), 13i64, (input.len() as i64)].iter() {
                            if (100i64 == 13i64 || h(i21).rem_euclid(2) == 0) {
                                return Ok(input.get(1).copied().unwrap_or(10i64));
                            }
                        }
                    }
                    yield_!(13i64.wrapping_sub(n2));
                }
                let x24 = check(input.iter().copied().find(|&z| z > 2i64).unwrap_or(7i64))?;
                let mut x25 = x24;
            }
        },
        1 | 2 => {}
        n1 if input.last().copied().is_some() => {}
        n1 => {}
    }
    Ok(10i64.wrapping_add(check({
        yield_!(7i64);
        -1i64
    })?))
}

fn p_51(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match (-1i64).rem_euclid(3) {
        0 => match 0i64.rem_euclid(4) {
            0 => {
                let x3 = check((input.len() as i64))?;
                let mut v4: Vec<i64> = input.to_vec();
                let mut s5 = (({
                    {
                        out.push((input.len() as i64));
                    };
                    (input.len() as i64)
                })
                .wrapping_add((input.len() as i64).wrapping_add(-1i64)))
                .to_string();
            }
            1 | 2 => {
                for i6 in 0..1i64 {
                    if let Some(x7) = input.last().copied() {
                        if h(i6)
                            != ({
                                {
                                    out.push(i6);
                                };
                                (if x7 == 13i64 {
                                    x7
                                } else {
                                    (input.len() as i64)
                                })
                            })
                        {
                            return Ok(7i64);
                        }
                        if x7.wrapping_add(input.get(5).copied().unwrap_or(2i64))
                            < h(i6.wrapping_mul(-1i64))
                        {
                        } else {
                        }
                        let g8 = D::new(1001, log);
                        {
                            out.push(i6);
                        };
                    } else {
                        match input.get(6).copied() {
                            Some(x9) => {
                                {
                                    out.push(x9);
                                };
                            }
                            None => {}
                        }
                        let Some(x10) = Some(i6) else {
                            stop!();
                        };
                        let mut s11 = String::new();
                        continue;
                    }
                }
            }
            n2 if h2(n2, (input.len() as i64)) < (input.len() as i64).rem_euclid(3) => {
                {
                    out.push(input.get(4).copied().unwrap_or(100i64).rem_euclid(4));
                };
            }
            n2 => {
                if let Some(x12) = input.first().copied()
                    && input.is_empty()
                {
                    let g13 = D::new(1002, log);
                    'b14: {
                        let mut c15 = 0_i64;
                        'l16: while c15 < 2 {
                            c15 += 1;
                            let mut x17 = -4i64;
                        }
                        {
                            out.push(check(
                                (if 0i64 < c15 {
                                    input.get(0).copied().unwrap_or(3i64)
                                } else {
                                    (input.len() as i64)
                                }),
                            )?);
                        };
                        match (g13.0, input.get(1).copied()) {
                            (x18, Some(x19)) if 2i64 == (x18 ^ c15) => {
                                let mut v20: Vec<i64> = Vec::new();
                            }
                            (x18, None) => {
                                out.push(check((input.len() as i64))?);
                            }
                            (_, Some(x19)) => {}
                        }
                    }
                    for &i21 in input.iter().take(4) {
                        let mut s22 = String::from("ab");
                        if s22.is_empty() {
                            return Ok(2i64.wrapping_add(i21));
                        }
                        {
                            out.push(input.get(4).copied().unwrap_or(0i64));
                        };
                        for &i23 in vec![h(h(i21)), 13i64, (input.len() as i64)].iter() {
                            if (100i64 == 13i64 || h(i21).rem_euclid(2) == 0) {
                                return Ok(input.get(1).copied().unwrap_or(10i64));
                            }
                        }
                    }
                    {
                        out.push(13i64.wrapping_sub(n2));
                    };
                }
                let x24 = check(input.iter().copied().find(|&z| z > 2i64).unwrap_or(7i64))?;
                let mut x25 = x24;
            }
        },
        1 | 2 => {}
        n1 if input.last().copied().is_some() => {}
        n1 => {}
    }
    Ok(10i64.wrapping_add(check({
        {
            out.push(7i64);
        };
        -1i64
    })?))
}

// body 52 (seed 2)
#[genfn::generator(yield = i64)]
fn g_52(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(2i64);
    let g1 = D::new(1001, log);
    let x2 = D::new(2002, log).0.wrapping_add({
        yield_!(100i64);
        (1i64 ^ 1i64)
    });
    if ({
        yield_!(3i64);
        3i64 < (x2 ^ 5i64)
    } && x2.rem_euclid(2) == 0)
    {
        yield_!((5i64.rem_euclid(4)).wrapping_sub(x2))
    } else {
        yield_!(x2)
    }
    for &i3 in &vec![x2, 4i64] {
        let x4 = h(input.get(4).copied().unwrap_or(-4i64));
        if h(check((input.len() as i64))?)
            < (x4 ^ {
                yield_!(2i64);
                5i64
            })
        {
            stop!();
        }
        let (mut x5, (_, mut x6)) = (2i64, (x2, i3));
        let g7 = D::new(1003, log);
    }
    yield_!(x2);
    Ok(100i64)
}

fn p_52(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(2i64);
    };
    let g1 = D::new(1001, log);
    let x2 = D::new(2002, log).0.wrapping_add({
        {
            out.push(100i64);
        };
        (1i64 ^ 1i64)
    });
    if ({
        {
            out.push(3i64);
        };
        3i64 < (x2 ^ 5i64)
    } && x2.rem_euclid(2) == 0)
    {
        {
            out.push((5i64.rem_euclid(4)).wrapping_sub(x2));
        }
    } else {
        {
            out.push(x2);
        }
    }
    for &i3 in &vec![x2, 4i64] {
        let x4 = h(input.get(4).copied().unwrap_or(-4i64));
        if h(check((input.len() as i64))?)
            < (x4 ^ {
                {
                    out.push(2i64);
                };
                5i64
            })
        {
            stop!();
        }
        let (mut x5, (_, mut x6)) = (2i64, (x2, i3));
        let g7 = D::new(1003, log);
    }
    {
        out.push(x2);
    };
    Ok(100i64)
}

// body 53 (seed 2)
#[genfn::generator(yield = i64)]
fn g_53(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1: i64;
    if input.get(3).copied().unwrap_or(10i64) < 13i64 {
        if let Some(x2) = check(100i64).ok() {
            let x2 = x2.wrapping_mul(2).wrapping_add(h2(h2(x2, 5i64), {
                yield_!(x2);
                yield_!(13i64);
                x2
            }));
            let mut x5 = [(h(x2) ^ input.get(3).copied().unwrap_or(7i64)), {
                let (x3, mut x4) = (4i64, 100i64);
                yield_!(h(x3));
                x3
            }][1];
            let mut v6: Vec<i64> = vec![100i64, -4i64];
            'l7: for (j9, i8) in (0_i64..).zip(input.iter().copied()).take(4) {
                if let (ref rg11, Some(ref r10)) = (D::new(1, log), None::<i64>) {
                    yield_!(*r10);
                    yield_!(v6.first().copied().unwrap_or(2i64));
                    let x13 = 'b12: { 10i64 };
                    yield_!(rg11.0.wrapping_add(*r10));
                } else {
                    yield_!(x2);
                }
                {
                    let (ref rg15, ref r14) = (D::new(2, log), i8);
                    yield_!(*r14);
                    yield_!(1i64);
                    let x16 = i8;
                    let mut o17 = Some(x5);
                    let x16 = x16.wrapping_mul(2).wrapping_add((v6.len() as i64));
                    yield_!(rg15.0.wrapping_add(*r14));
                }
                yield_!(h(10i64));
                if let Some(x18) = input.iter().copied().find(|&z| z > 4i64) {
                    let mut v19: Vec<i64> = Vec::new();
                    let mut s20 = String::from("ab");
                }
            }
        } else {
            let [mut x21, x22] = [check(100i64)?, 5i64];
            x21 = 100i64;
        }
        if input.get(3).copied().unwrap_or(100i64) == (input.len() as i64) {
            let x23 = 4i64;
            let (x24, _, x25) = (x23, -4i64, input.get(1).copied().unwrap_or(5i64));
            yield_!(7i64.wrapping_add(h(input.get(6).copied().unwrap_or(10i64))));
        } else {
        }
        x1 = ({
            yield_!(0i64);
            (input.len() as i64)
        })
        .wrapping_add(4i64.wrapping_add({
            yield_!(4i64);
            13i64
        }));
    } else {
        x1 = 5i64;
    }
    Ok(x1)
}

fn p_53(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1: i64;
    if input.get(3).copied().unwrap_or(10i64) < 13i64 {
        if let Some(x2) = check(100i64).ok() {
            let x2 = x2.wrapping_mul(2).wrapping_add(h2(h2(x2, 5i64), {
                {
                    out.push(x2);
                };
                {
                    out.push(13i64);
                };
                x2
            }));
            let mut x5 = [(h(x2) ^ input.get(3).copied().unwrap_or(7i64)), {
                let (x3, mut x4) = (4i64, 100i64);
                {
                    out.push(h(x3));
                };
                x3
            }][1];
            let mut v6: Vec<i64> = vec![100i64, -4i64];
            'l7: for (j9, i8) in (0_i64..).zip(input.iter().copied()).take(4) {
                if let (ref rg11, Some(ref r10)) = (D::new(1, log), None::<i64>) {
                    {
                        out.push(*r10);
                    };
                    {
                        out.push(v6.first().copied().unwrap_or(2i64));
                    };
                    let x13 = 'b12: { 10i64 };
                    {
                        out.push(rg11.0.wrapping_add(*r10));
                    };
                } else {
                    {
                        out.push(x2);
                    };
                }
                {
                    let (ref rg15, ref r14) = (D::new(2, log), i8);
                    {
                        out.push(*r14);
                    };
                    {
                        out.push(1i64);
                    };
                    let x16 = i8;
                    let mut o17 = Some(x5);
                    let x16 = x16.wrapping_mul(2).wrapping_add((v6.len() as i64));
                    {
                        out.push(rg15.0.wrapping_add(*r14));
                    };
                }
                {
                    out.push(h(10i64));
                };
                if let Some(x18) = input.iter().copied().find(|&z| z > 4i64) {
                    let mut v19: Vec<i64> = Vec::new();
                    let mut s20 = String::from("ab");
                }
            }
        } else {
            let [mut x21, x22] = [check(100i64)?, 5i64];
            x21 = 100i64;
        }
        if input.get(3).copied().unwrap_or(100i64) == (input.len() as i64) {
            let x23 = 4i64;
            let (x24, _, x25) = (x23, -4i64, input.get(1).copied().unwrap_or(5i64));
            {
                out.push(7i64.wrapping_add(h(input.get(6).copied().unwrap_or(10i64))));
            };
        } else {
        }
        x1 = ({
            {
                out.push(0i64);
            };
            (input.len() as i64)
        })
        .wrapping_add(4i64.wrapping_add({
            {
                out.push(4i64);
            };
            13i64
        }));
    } else {
        x1 = 5i64;
    }
    Ok(x1)
}

// body 54 (seed 2)
#[genfn::generator(yield = i64)]
fn g_54(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = input.to_vec();
    'l2: for (j4, i3) in (0_i64..).zip(input.iter().copied()).take(4) {
        v1.push({
            yield_!(h(j4));
            3i64
        });
        let g5 = D::new(1001, log);
    }
    yield_!(h(13i64).rem_euclid(5));
    let mut stk6: Vec<i64> = input.to_vec();
    stk6.truncate(4);
    while let Some(x7) = stk6.pop() {
        let mut s8 = format!("{x7}");
        check(h(v1.first().copied().unwrap_or(4i64)))?;
        let mut o9 = v1.get(1).copied();
    }
    if {
        yield_!(2i64.rem_euclid(6));
        13i64 < 10i64
    } {
        return Ok(3i64);
    }
    if 1i64.rem_euclid(3) == 0 {
        if let Some(x10) = v1.get(1).copied() {
            yield_!(x10);
            yield_!(x10);
            if None::<i64>.is_some() {
                let mut s11 = format!("{}", (13i64 ^ (v1.len() as i64)));
                yield_!(x10);
            } else if input.is_empty() {
                let mut x12 = 4i64;
            } else {
            }
        }
    }
    Ok(input.get(6).copied().unwrap_or(7i64))
}

fn p_54(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = input.to_vec();
    'l2: for (j4, i3) in (0_i64..).zip(input.iter().copied()).take(4) {
        v1.push({
            {
                out.push(h(j4));
            };
            3i64
        });
        let g5 = D::new(1001, log);
    }
    {
        out.push(h(13i64).rem_euclid(5));
    };
    let mut stk6: Vec<i64> = input.to_vec();
    stk6.truncate(4);
    while let Some(x7) = stk6.pop() {
        let mut s8 = format!("{x7}");
        check(h(v1.first().copied().unwrap_or(4i64)))?;
        let mut o9 = v1.get(1).copied();
    }
    if {
        {
            out.push(2i64.rem_euclid(6));
        };
        13i64 < 10i64
    } {
        return Ok(3i64);
    }
    if 1i64.rem_euclid(3) == 0 {
        if let Some(x10) = v1.get(1).copied() {
            {
                out.push(x10);
            };
            {
                out.push(x10);
            };
            if None::<i64>.is_some() {
                let mut s11 = format!("{}", (13i64 ^ (v1.len() as i64)));
                {
                    out.push(x10);
                };
            } else if input.is_empty() {
                let mut x12 = 4i64;
            } else {
            }
        }
    }
    Ok(input.get(6).copied().unwrap_or(7i64))
}

// body 55 (seed 2)
#[genfn::generator(yield = i64)]
fn g_55(input: &[i64], log: &Log) -> Result<i64, String> {
    {
        yield_!(10i64.wrapping_sub(input.get(0).copied().unwrap_or(13i64)));
        'l1: for i2 in 0..4i64 {
            let mut v3: Vec<i64> = vec![h2(i2, (10i64 ^ (input.len() as i64))), 10i64];
        }
        let g4 = D::new(1001, log);
        yield_!(5i64);
    }
    let mut v5: Vec<i64> = Vec::new();
    'l6: for &i7 in vec![4i64, 7i64, (-4i64).rem_euclid(4)].iter() {
        if i7 == 2i64.wrapping_add(4i64) {
            stop!();
        }
        if {
            yield_!(i7);
            (if v5.contains(&(input.len() as i64)) {
                i7.rem_euclid(6)
            } else {
                h(i7)
            }) < i7.rem_euclid(3).rem_euclid(4)
        } {
            break;
        }
        let mut x8 = check(input.get(5).copied().unwrap_or(1i64))?;
    }
    let _g9 = D::new(2, log);
    let x10 = 100i64;
    Ok((x10 ^ (x10 ^ 3i64.wrapping_mul(x10))))
}

fn p_55(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        {
            out.push(10i64.wrapping_sub(input.get(0).copied().unwrap_or(13i64)));
        };
        'l1: for i2 in 0..4i64 {
            let mut v3: Vec<i64> = vec![h2(i2, (10i64 ^ (input.len() as i64))), 10i64];
        }
        let g4 = D::new(1001, log);
        {
            out.push(5i64);
        };
    }
    let mut v5: Vec<i64> = Vec::new();
    'l6: for &i7 in vec![4i64, 7i64, (-4i64).rem_euclid(4)].iter() {
        if i7 == 2i64.wrapping_add(4i64) {
            stop!();
        }
        if {
            {
                out.push(i7);
            };
            (if v5.contains(&(input.len() as i64)) {
                i7.rem_euclid(6)
            } else {
                h(i7)
            }) < i7.rem_euclid(3).rem_euclid(4)
        } {
            break;
        }
        let mut x8 = check(input.get(5).copied().unwrap_or(1i64))?;
    }
    let _g9 = D::new(2, log);
    let x10 = 100i64;
    Ok((x10 ^ (x10 ^ 3i64.wrapping_mul(x10))))
}

// body 56 (seed 2)
#[genfn::generator(yield = i64)]
fn g_56(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let (x2, _, mut x3) = (
        h2(2i64, input.get(4).copied().unwrap_or(10i64).rem_euclid(4)),
        4i64,
        2i64,
    );
    let mut c4 = 0_i64;
    'l5: loop {
        c4 += 1;
        if c4 > 3 {
            break;
        }
        check({
            yield_!(input.get(2).copied().unwrap_or(0i64));
            yield_!(c4);
            x3 = x3;
            h2(c4.wrapping_mul(1i64), v1.first().copied().unwrap_or(1i64))
        })?;
        match 4i64.rem_euclid(6) {
            0 => {
                if (({
                    yield_!(1i64);
                    x3 < x2
                } || {
                    yield_!(7i64);
                    x2 < c4
                }) && v1.contains(
                    &(if 3i64 < (input.len() as i64) {
                        (input.len() as i64)
                    } else {
                        13i64
                    }),
                )) {
                    return Err(format!("early {}", input.get(0).copied().unwrap_or(4i64)));
                }
                if c4 == x3 {
                    stop!('l5);
                }
                if ((input.len() as i64).wrapping_add((input.len() as i64))).wrapping_sub(h(c4))
                    < 4i64
                {
                    stop!('l5);
                }
                let mut c7 = 0_i64;
                loop {
                    c7 += 1;
                    if c7 > 4 {
                        break;
                    }
                    match input.get(3).copied() {
                        Some(x8) => match (check(x8)?).rem_euclid(3) {
                            0 => {}
                            1 | 2 => {
                                let x10 = D::new(2001, log).0.wrapping_add({
                                    yield_!(3i64);
                                    c4
                                });
                            }
                            n9 if !(c7 < (input.len() as i64)) => {}
                            n9 => {
                                if ({
                                    yield_!(n9.rem_euclid(3));
                                    (if (-4i64).rem_euclid(3) == 0 { 1i64 } else { n9 })
                                }) != (0i64.rem_euclid(6) ^ h(n9))
                                {
                                    skip!('l5);
                                }
                            }
                        },
                        None => {
                            let w11 = v1;
                            x3 = check(c4.rem_euclid(7))?;
                            v1 = {
                                let mut w = w11;
                                w.push(1);
                                w
                            };
                        }
                    }
                    yield_!(x3);
                    let mut s12 = c7.to_string();
                }
            }
            1 | 2 => match input.iter().copied().find(|&z| z > 1i64) {
                Some(x13) if x13 == x3 => yield_!(x13),
                Some(x13) => {
                    for i14 in v1.iter().copied().take(4) {
                        let _ = D::new(2, log);
                    }
                    if 7i64.rem_euclid(2) == 0 {
                        break;
                    }
                }
                None => match input.get(5).copied() {
                    Some(x15) if input.last().copied().is_some() => {
                        if ((-1i64).rem_euclid(2) == 0
                            || check(x15)?
                                < ({
                                    yield_!(c4);
                                    x3 = (input.len() as i64);
                                    x3
                                }))
                        {
                        } else {
                        }
                    }
                    Some(x15) => {}
                    None => {}
                },
            },
            3..=4 => {}
            n6 if input.is_empty() => {}
            n6 => yield_!((n6 as i32 as i64)),
        }
    }
    Ok(c4)
}

fn p_56(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let (x2, _, mut x3) = (
        h2(2i64, input.get(4).copied().unwrap_or(10i64).rem_euclid(4)),
        4i64,
        2i64,
    );
    let mut c4 = 0_i64;
    'l5: loop {
        c4 += 1;
        if c4 > 3 {
            break;
        }
        check({
            {
                out.push(input.get(2).copied().unwrap_or(0i64));
            };
            {
                out.push(c4);
            };
            x3 = x3;
            h2(c4.wrapping_mul(1i64), v1.first().copied().unwrap_or(1i64))
        })?;
        match 4i64.rem_euclid(6) {
            0 => {
                if (({
                    {
                        out.push(1i64);
                    };
                    x3 < x2
                } || {
                    {
                        out.push(7i64);
                    };
                    x2 < c4
                }) && v1.contains(
                    &(if 3i64 < (input.len() as i64) {
                        (input.len() as i64)
                    } else {
                        13i64
                    }),
                )) {
                    return Err(format!("early {}", input.get(0).copied().unwrap_or(4i64)));
                }
                if c4 == x3 {
                    stop!('l5);
                }
                if ((input.len() as i64).wrapping_add((input.len() as i64))).wrapping_sub(h(c4))
                    < 4i64
                {
                    stop!('l5);
                }
                let mut c7 = 0_i64;
                loop {
                    c7 += 1;
                    if c7 > 4 {
                        break;
                    }
                    match input.get(3).copied() {
                        Some(x8) => match (check(x8)?).rem_euclid(3) {
                            0 => {}
                            1 | 2 => {
                                let x10 = D::new(2001, log).0.wrapping_add({
                                    {
                                        out.push(3i64);
                                    };
                                    c4
                                });
                            }
                            n9 if !(c7 < (input.len() as i64)) => {}
                            n9 => {
                                if ({
                                    {
                                        out.push(n9.rem_euclid(3));
                                    };
                                    (if (-4i64).rem_euclid(3) == 0 { 1i64 } else { n9 })
                                }) != (0i64.rem_euclid(6) ^ h(n9))
                                {
                                    skip!('l5);
                                }
                            }
                        },
                        None => {
                            let w11 = v1;
                            x3 = check(c4.rem_euclid(7))?;
                            v1 = {
                                let mut w = w11;
                                w.push(1);
                                w
                            };
                        }
                    }
                    {
                        out.push(x3);
                    };
                    let mut s12 = c7.to_string();
                }
            }
            1 | 2 => match input.iter().copied().find(|&z| z > 1i64) {
                Some(x13) if x13 == x3 => {
                    out.push(x13);
                }
                Some(x13) => {
                    for i14 in v1.iter().copied().take(4) {
                        let _ = D::new(2, log);
                    }
                    if 7i64.rem_euclid(2) == 0 {
                        break;
                    }
                }
                None => match input.get(5).copied() {
                    Some(x15) if input.last().copied().is_some() => {
                        if ((-1i64).rem_euclid(2) == 0
                            || check(x15)?
                                < ({
                                    {
                                        out.push(c4);
                                    };
                                    x3 = (input.len() as i64);
                                    x3
                                }))
                        {
                        } else {
                        }
                    }
                    Some(x15) => {}
                    None => {}
                },
            },
            3..=4 => {}
            n6 if input.is_empty() => {}
            n6 => {
                out.push((n6 as i32 as i64));
            }
        }
    }
    Ok(c4)
}

// body 57 (seed 2)
#[genfn::generator(yield = i64)]
fn g_57(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![13i64.rem_euclid(7), 2i64];
    let mut c2 = 0_i64;
    loop {
        c2 += 1;
        if c2 > 4 {
            break;
        }
        let x3 = h2(input.get(6).copied().unwrap_or(100i64), {
            yield_!(c2.wrapping_mul(7i64));
            yield_!(0i64);
            v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
        });
        if 5i64.wrapping_add(c2) < h(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))) {
            let x4: i64;
            if x3.rem_euclid(3) == 0 {
                let mut c5 = 0_i64;
                'l6: while c5 < 1 {
                    c5 += 1;
                    match (3i64, check(x3.wrapping_add(10i64)).ok()) {
                        (x7, Some(x8))
                            if ((input.len() as i64) as i32 as i64)
                                < input.get(2).copied().unwrap_or(1i64) =>
                        {
                            yield_!(x3);
                        }
                        (x7, None) => {}
                        (_, Some(x8)) => {}
                    }
                    yield_!(4i64);
                    let mut x9 = (if (x3 == -4i64 && c5.rem_euclid(2) == 0) {
                        c5
                    } else {
                        c5
                    });
                }
                continue;
            } else {
                yield_!((v1.len() as i64));
                if (input.len() as i64)
                    == ({
                        yield_!(
                            (if (input.len() as i64).rem_euclid(3) == 0 {
                                5i64
                            } else {
                                x3
                            })
                        );
                        input.first().copied().unwrap_or(2i64)
                    })
                {
                    skip!();
                }
                match Some(x3) {
                    Some(x10) => {
                        if ({
                            yield_!((if input.is_empty() { x3 } else { c2 }));
                            h2((input.len() as i64), 10i64)
                        })
                        .rem_euclid(2)
                            == 0
                        {
                            break;
                        } else if input.get(6).copied().unwrap_or(5i64)
                            < h(3i64.wrapping_add(100i64))
                        {
                        } else {
                            let mut s11 = format!("{}", -1i64);
                        }
                        let g12 = D::new(1001, log);
                        for i13 in 0..({
                            yield_!(0i64);
                            3i64
                        }) {
                            {
                                let w14 = v1;
                                yield_!((w14.len() as i64));
                                let x15 = ({
                                    yield_!(7i64);
                                    -4i64
                                } ^ 2i64);
                                if i13
                                    .wrapping_add(x15)
                                    .wrapping_add(check((input.len() as i64))?)
                                    < x15
                                {
                                    return Ok({
                                        yield_!(h(13i64));
                                        x10
                                    });
                                }
                                v1 = {
                                    let mut w = w14;
                                    w.push(1);
                                    w
                                };
                            }
                        }
                        let x17 = 'b16: { x3 };
                    }
                    None => {}
                }
                x4 = x3.wrapping_sub(x3);
            }
        }
    }
    Ok(-4i64)
}

fn p_57(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![13i64.rem_euclid(7), 2i64];
    let mut c2 = 0_i64;
    loop {
        c2 += 1;
        if c2 > 4 {
            break;
        }
        let x3 = h2(input.get(6).copied().unwrap_or(100i64), {
            {
                out.push(c2.wrapping_mul(7i64));
            };
            {
                out.push(0i64);
            };
            v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
        });
        if 5i64.wrapping_add(c2) < h(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))) {
            let x4: i64;
            if x3.rem_euclid(3) == 0 {
                let mut c5 = 0_i64;
                'l6: while c5 < 1 {
                    c5 += 1;
                    match (3i64, check(x3.wrapping_add(10i64)).ok()) {
                        (x7, Some(x8))
                            if ((input.len() as i64) as i32 as i64)
                                < input.get(2).copied().unwrap_or(1i64) =>
                        {
                            {
                                out.push(x3);
                            };
                        }
                        (x7, None) => {}
                        (_, Some(x8)) => {}
                    }
                    {
                        out.push(4i64);
                    };
                    let mut x9 = (if (x3 == -4i64 && c5.rem_euclid(2) == 0) {
                        c5
                    } else {
                        c5
                    });
                }
                continue;
            } else {
                {
                    out.push((v1.len() as i64));
                };
                if (input.len() as i64)
                    == ({
                        {
                            out.push(
                                (if (input.len() as i64).rem_euclid(3) == 0 {
                                    5i64
                                } else {
                                    x3
                                }),
                            );
                        };
                        input.first().copied().unwrap_or(2i64)
                    })
                {
                    skip!();
                }
                match Some(x3) {
                    Some(x10) => {
                        if ({
                            {
                                out.push((if input.is_empty() { x3 } else { c2 }));
                            };
                            h2((input.len() as i64), 10i64)
                        })
                        .rem_euclid(2)
                            == 0
                        {
                            break;
                        } else if input.get(6).copied().unwrap_or(5i64)
                            < h(3i64.wrapping_add(100i64))
                        {
                        } else {
                            let mut s11 = format!("{}", -1i64);
                        }
                        let g12 = D::new(1001, log);
                        for i13 in 0..({
                            {
                                out.push(0i64);
                            };
                            3i64
                        }) {
                            {
                                let w14 = v1;
                                {
                                    out.push((w14.len() as i64));
                                };
                                let x15 = ({
                                    {
                                        out.push(7i64);
                                    };
                                    -4i64
                                } ^ 2i64);
                                if i13
                                    .wrapping_add(x15)
                                    .wrapping_add(check((input.len() as i64))?)
                                    < x15
                                {
                                    return Ok({
                                        {
                                            out.push(h(13i64));
                                        };
                                        x10
                                    });
                                }
                                v1 = {
                                    let mut w = w14;
                                    w.push(1);
                                    w
                                };
                            }
                        }
                        let x17 = 'b16: { x3 };
                    }
                    None => {}
                }
                x4 = x3.wrapping_sub(x3);
            }
        }
    }
    Ok(-4i64)
}

// body 58 (seed 2)
#[genfn::generator(yield = i64)]
fn g_58(input: &[i64], log: &Log) -> Result<i64, String> {
    if 1i64.rem_euclid(2) == 0 {
        yield_!(13i64);
        let mut v1: Vec<i64> = vec![(input.len() as i64), 10i64];
        if !(0i64.rem_euclid(2) == 0) {
            yield_!(h(100i64))
        } else {
            yield_!(100i64.wrapping_mul(-4i64))
        }
    } else {
        let g2 = D::new(1001, log);
    }
    {
        let (Some(ref mut r3), ref mut r5) = (
            input.get(0).copied(),
            ((input.len() as i64).rem_euclid(4) ^ {
                yield_!(2i64);
                (input.len() as i64)
            }),
        ) else {
            yield_!(5i64.rem_euclid(6));
            return Err(format!("early {}", 100i64));
        };
        yield_!(*r3);
        if 0i64.rem_euclid(3) == 0 {
            return Ok(((if input.is_empty() {
                {
                    let _g6 = D::new(2, log);
                    yield_!(4i64);
                    13i64
                }
            } else {
                (if (input.len() as i64) == (input.len() as i64) {
                    4i64
                } else {
                    4i64
                })
            }) as i32 as i64));
        }
        yield_!(input.get(4).copied().unwrap_or(7i64));
        let mut c7 = 0_i64;
        'l8: while c7 < 1 {
            c7 += 1;
            assert!(c7 == c7, "{}", c7);
            let mut v9: Vec<i64> = Vec::new();
            match D::new(2003, log).0 {
                2003 => {
                    {
                        {
                            let w11 = v9;
                            let x12 = ({
                                yield_!(0i64);
                                c7
                            } ^ 1i64)
                                .wrapping_mul(c7);
                            v9 = {
                                let mut w = w11;
                                w.push(1);
                                w
                            };
                        }
                        if input.is_empty() {
                            stop!('l8);
                        }
                    }
                    let x13 = {
                        yield_!(10i64);
                        c7
                    };
                    match (x13, input.last().copied()) {
                        (x14, Some(x15)) if c7 == x14 => {}
                        (x14, None) => {}
                        (_, Some(x15)) => {}
                    }
                }
                _ => {}
            }
        }
        *r5 = r5.wrapping_add(*r3);
        yield_!(*r5);
    }
    Ok(2i64.wrapping_sub(
        ({
            yield_!((input.len() as i64));
            3i64
        })
        .wrapping_add(3i64),
    ))
}

fn p_58(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 1i64.rem_euclid(2) == 0 {
        {
            out.push(13i64);
        };
        let mut v1: Vec<i64> = vec![(input.len() as i64), 10i64];
        if !(0i64.rem_euclid(2) == 0) {
            {
                out.push(h(100i64));
            }
        } else {
            {
                out.push(100i64.wrapping_mul(-4i64));
            }
        }
    } else {
        let g2 = D::new(1001, log);
    }
    {
        let (Some(ref mut r3), ref mut r5) = (
            input.get(0).copied(),
            ((input.len() as i64).rem_euclid(4) ^ {
                {
                    out.push(2i64);
                };
                (input.len() as i64)
            }),
        ) else {
            {
                out.push(5i64.rem_euclid(6));
            };
            return Err(format!("early {}", 100i64));
        };
        {
            out.push(*r3);
        };
        if 0i64.rem_euclid(3) == 0 {
            return Ok(((if input.is_empty() {
                {
                    let _g6 = D::new(2, log);
                    {
                        out.push(4i64);
                    };
                    13i64
                }
            } else {
                (if (input.len() as i64) == (input.len() as i64) {
                    4i64
                } else {
                    4i64
                })
            }) as i32 as i64));
        }
        {
            out.push(input.get(4).copied().unwrap_or(7i64));
        };
        let mut c7 = 0_i64;
        'l8: while c7 < 1 {
            c7 += 1;
            assert!(c7 == c7, "{}", c7);
            let mut v9: Vec<i64> = Vec::new();
            match D::new(2003, log).0 {
                2003 => {
                    {
                        {
                            let w11 = v9;
                            let x12 = ({
                                {
                                    out.push(0i64);
                                };
                                c7
                            } ^ 1i64)
                                .wrapping_mul(c7);
                            v9 = {
                                let mut w = w11;
                                w.push(1);
                                w
                            };
                        }
                        if input.is_empty() {
                            stop!('l8);
                        }
                    }
                    let x13 = {
                        {
                            out.push(10i64);
                        };
                        c7
                    };
                    match (x13, input.last().copied()) {
                        (x14, Some(x15)) if c7 == x14 => {}
                        (x14, None) => {}
                        (_, Some(x15)) => {}
                    }
                }
                _ => {}
            }
        }
        *r5 = r5.wrapping_add(*r3);
        {
            out.push(*r5);
        };
    }
    Ok(2i64.wrapping_sub(
        ({
            {
                out.push((input.len() as i64));
            };
            3i64
        })
        .wrapping_add(3i64),
    ))
}

// body 59 (seed 2)
#[genfn::generator(yield = i64)]
fn g_59(input: &[i64], log: &Log) -> Result<i64, String> {
    if (-1i64).rem_euclid(2) == 0 {
        let mut c1 = 0_i64;
        'l2: while {
            yield_!(c1);
            c1 < 4
        } {
            c1 += 1;
            let mut s3 = String::new();
            let c4 = move || s3.len() as i64;
            yield_!(c4());
            let mut x5 = h2(h((input.len() as i64).rem_euclid(4)), {
                yield_!(c1.rem_euclid(3));
                h((input.len() as i64))
            });
        }
        let mut v6: Vec<i64> = input.to_vec();
        let mut c7 = 0_i64;
        let mut x12 = 'l8: loop {
            c7 += 1;
            if c7 > 4 {
                break 'l8 h((input.len() as i64)).wrapping_add((-1i64).wrapping_mul(7i64));
            }
            if 0i64 == c1 {
                stop!('l8, v6.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)).wrapping_mul(c7));
            }
            let mut s9 = String::from("ab");
            let (Some(x10), x11) = (
                input.first().copied(),
                (if {
                    yield_!((input.len() as i64));
                    4i64 < 2i64
                } {
                    (input.len() as i64).wrapping_add(3i64)
                } else {
                    input.last().copied().unwrap_or(1i64)
                }),
            ) else {
                stop!('l8, c7);
            };
        };
    }
    let mut x13 = input.get(0).copied().unwrap_or(5i64);
    let mut c14 = 0_i64;
    while c14 < 2 {
        c14 += 1;
        yield_!(x13.rem_euclid(3));
    }
    let x15: i64;
    if {
        yield_!(13i64);
        h((input.len() as i64).wrapping_sub(4i64))
            < (if c14 == c14 {
                (input.len() as i64).rem_euclid(5)
            } else {
                h((input.len() as i64))
            })
    } {
        if input.contains(&3) {
            let mut o16 = input.get(2).copied();
            match D::new(2001, log).0 {
                2001 => {
                    let mut s18 = input.get(4).copied().unwrap_or(7i64).to_string();
                    if {
                        yield_!((4i64 ^ h2((input.len() as i64), c14)));
                        ((input.len() as i64).wrapping_mul(1i64)).rem_euclid(3) < 13i64
                    } {
                        let mut x19 = c14;
                        s18.truncate(1);
                        let _g20 = D::new(2, log);
                        let (Some(x21), x22) = (input.get(5).copied(), h(x13).wrapping_sub(x19))
                        else {
                            return Ok(h2(
                                check(-1i64)?,
                                (if s18.is_empty() {
                                    7i64
                                } else {
                                    (input.len() as i64).wrapping_add(x19)
                                }),
                            ));
                        };
                    } else {
                        let x23: i64;
                        if o16.is_some() {
                            x23 = (if 10i64 < c14 {
                                check(c14)?
                            } else {
                                (input.len() as i64)
                            })
                            .wrapping_mul(
                                (if c14.rem_euclid(3) == 0 {
                                    check(7i64)?
                                } else {
                                    c14.rem_euclid(6)
                                }),
                            );
                        } else {
                            let x24 = (input.len() as i64);
                            x23 = x24;
                        }
                        {
                            let t25 = s18;
                            let mut x26 = 10i64;
                            check({
                                yield_!((h(x23) ^ (x26 ^ x26)));
                                x26 = 0i64;
                                10i64.rem_euclid(3)
                            })?;
                            if input.iter().copied().find(|&z| z > 7i64).is_some() {
                                return Ok({
                                    let x27 = 4i64;
                                    yield_!(x13);
                                    x26 = h(2i64);
                                    13i64
                                });
                            }
                            s18 = t25 + "m";
                        }
                        if let Some(ref mut r28) = o16 {
                            yield_!(*r28);
                            let x29 = *r28;
                            *r28 = r28.wrapping_add(x29);
                            yield_!(*r28);
                        } else {
                        }
                    }
                }
                _ => {}
            }
        } else {
        }
        x15 = x13;
    } else {
        x15 = input.get(1).copied().unwrap_or(100i64);
    }
    Ok(x15)
}

fn p_59(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if (-1i64).rem_euclid(2) == 0 {
        let mut c1 = 0_i64;
        'l2: while {
            {
                out.push(c1);
            };
            c1 < 4
        } {
            c1 += 1;
            let mut s3 = String::new();
            let c4 = move || s3.len() as i64;
            {
                out.push(c4());
            };
            let mut x5 = h2(h((input.len() as i64).rem_euclid(4)), {
                {
                    out.push(c1.rem_euclid(3));
                };
                h((input.len() as i64))
            });
        }
        let mut v6: Vec<i64> = input.to_vec();
        let mut c7 = 0_i64;
        let mut x12 = 'l8: loop {
            c7 += 1;
            if c7 > 4 {
                break 'l8 h((input.len() as i64)).wrapping_add((-1i64).wrapping_mul(7i64));
            }
            if 0i64 == c1 {
                stop!('l8, v6.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)).wrapping_mul(c7));
            }
            let mut s9 = String::from("ab");
            let (Some(x10), x11) = (
                input.first().copied(),
                (if {
                    {
                        out.push((input.len() as i64));
                    };
                    4i64 < 2i64
                } {
                    (input.len() as i64).wrapping_add(3i64)
                } else {
                    input.last().copied().unwrap_or(1i64)
                }),
            ) else {
                stop!('l8, c7);
            };
        };
    }
    let mut x13 = input.get(0).copied().unwrap_or(5i64);
    let mut c14 = 0_i64;
    while c14 < 2 {
        c14 += 1;
        {
            out.push(x13.rem_euclid(3));
        };
    }
    let x15: i64;
    if {
        {
            out.push(13i64);
        };
        h((input.len() as i64).wrapping_sub(4i64))
            < (if c14 == c14 {
                (input.len() as i64).rem_euclid(5)
            } else {
                h((input.len() as i64))
            })
    } {
        if input.contains(&3) {
            let mut o16 = input.get(2).copied();
            match D::new(2001, log).0 {
                2001 => {
                    let mut s18 = input.get(4).copied().unwrap_or(7i64).to_string();
                    if {
                        {
                            out.push((4i64 ^ h2((input.len() as i64), c14)));
                        };
                        ((input.len() as i64).wrapping_mul(1i64)).rem_euclid(3) < 13i64
                    } {
                        let mut x19 = c14;
                        s18.truncate(1);
                        let _g20 = D::new(2, log);
                        let (Some(x21), x22) = (input.get(5).copied(), h(x13).wrapping_sub(x19))
                        else {
                            return Ok(h2(
                                check(-1i64)?,
                                (if s18.is_empty() {
                                    7i64
                                } else {
                                    (input.len() as i64).wrapping_add(x19)
                                }),
                            ));
                        };
                    } else {
                        let x23: i64;
                        if o16.is_some() {
                            x23 = (if 10i64 < c14 {
                                check(c14)?
                            } else {
                                (input.len() as i64)
                            })
                            .wrapping_mul(
                                (if c14.rem_euclid(3) == 0 {
                                    check(7i64)?
                                } else {
                                    c14.rem_euclid(6)
                                }),
                            );
                        } else {
                            let x24 = (input.len() as i64);
                            x23 = x24;
                        }
                        {
                            let t25 = s18;
                            let mut x26 = 10i64;
                            check({
                                {
                                    out.push((h(x23) ^ (x26 ^ x26)));
                                };
                                x26 = 0i64;
                                10i64.rem_euclid(3)
                            })?;
                            if input.iter().copied().find(|&z| z > 7i64).is_some() {
                                return Ok({
                                    let x27 = 4i64;
                                    {
                                        out.push(x13);
                                    };
                                    x26 = h(2i64);
                                    13i64
                                });
                            }
                            s18 = t25 + "m";
                        }
                        if let Some(ref mut r28) = o16 {
                            {
                                out.push(*r28);
                            };
                            let x29 = *r28;
                            *r28 = r28.wrapping_add(x29);
                            {
                                out.push(*r28);
                            };
                        } else {
                        }
                    }
                }
                _ => {}
            }
        } else {
        }
        x15 = x13;
    } else {
        x15 = input.get(1).copied().unwrap_or(100i64);
    }
    Ok(x15)
}

// body 60 (seed 2)
#[genfn::generator(yield = i64)]
fn g_60(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(-4i64);
    let mut x1 = 10i64;
    x1 |= x1;
    let [mut x2, x3] = [-1i64, x1];
    Ok((x1 as i32 as i64))
}

fn p_60(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(-4i64);
    };
    let mut x1 = 10i64;
    x1 |= x1;
    let [mut x2, x3] = [-1i64, x1];
    Ok((x1 as i32 as i64))
}

// body 61 (seed 2)
#[genfn::generator(yield = i64)]
fn g_61(input: &[i64], log: &Log) -> Result<i64, String> {
    unsafe {
        let mut c1 = 0_i64;
        'l2: loop {
            c1 += 1;
            if c1 > 1 {
                break;
            }
            let mut s3 = input.get(5).copied().unwrap_or(0i64).to_string();
            let mut v4: Vec<i64> = Vec::new();
        }
        let mut s5 = input.get(0).copied().unwrap_or(100i64).to_string();
        let mut stk6: Vec<i64> = vec![1i64, 13i64, 1i64];
        stk6.truncate(4);
        'l8: while let Some(x7) = stk6.pop() {
            if let Some(x9) = Some(or_stop!(check((input.len() as i64)).ok()))
                && x9 == 4i64
            {
                let _g10 = D::new(1, log);
                let g11 = D::new(1002, log);
                if (7i64 as i32 as i64) != x9 {
                    continue;
                }
                if ({
                    yield_!((input.len() as i64));
                    x7
                })
                .wrapping_add((input.len() as i64))
                    == h2(check(5i64)?, c1)
                {
                    stop!('l8);
                }
            } else {
                if {
                    yield_!(7i64);
                    4i64.rem_euclid(5) < 100i64
                } {
                    if ({
                        yield_!(input.get(6).copied().unwrap_or(10i64));
                        7i64
                    }) < 100i64
                    {
                    } else {
                        yield_!(x7.wrapping_add(input.get(3).copied().unwrap_or(10i64)));
                    }
                } else {
                }
            }
        }
    }
    Ok(7i64)
}

fn p_61(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    unsafe {
        let mut c1 = 0_i64;
        'l2: loop {
            c1 += 1;
            if c1 > 1 {
                break;
            }
            let mut s3 = input.get(5).copied().unwrap_or(0i64).to_string();
            let mut v4: Vec<i64> = Vec::new();
        }
        let mut s5 = input.get(0).copied().unwrap_or(100i64).to_string();
        let mut stk6: Vec<i64> = vec![1i64, 13i64, 1i64];
        stk6.truncate(4);
        'l8: while let Some(x7) = stk6.pop() {
            if let Some(x9) = Some(or_stop!(check((input.len() as i64)).ok()))
                && x9 == 4i64
            {
                let _g10 = D::new(1, log);
                let g11 = D::new(1002, log);
                if (7i64 as i32 as i64) != x9 {
                    continue;
                }
                if ({
                    {
                        out.push((input.len() as i64));
                    };
                    x7
                })
                .wrapping_add((input.len() as i64))
                    == h2(check(5i64)?, c1)
                {
                    stop!('l8);
                }
            } else {
                if {
                    {
                        out.push(7i64);
                    };
                    4i64.rem_euclid(5) < 100i64
                } {
                    if ({
                        {
                            out.push(input.get(6).copied().unwrap_or(10i64));
                        };
                        7i64
                    }) < 100i64
                    {
                    } else {
                        {
                            out.push(x7.wrapping_add(input.get(3).copied().unwrap_or(10i64)));
                        };
                    }
                } else {
                }
            }
        }
    }
    Ok(7i64)
}

// body 62 (seed 2)
#[genfn::generator(yield = i64)]
fn g_62(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = check(input.get(5).copied().unwrap_or(7i64))?;
    let mut c2 = 0_i64;
    'l3: while c2 < 2 {
        c2 += 1;
        match (-1i64).rem_euclid(5) {
            0 => {
                'l5: for (j7, i6) in (0_i64..).zip(input.iter().copied()).take(4) {
                    let g8 = D::new(1001, log);
                    'l9: for &i10 in input.iter().take(4) {
                        if input.get(2).copied().is_some() {
                            return Ok(3i64.rem_euclid(6));
                        }
                    }
                }
                if (-4i64).rem_euclid(6) < c2.rem_euclid(5) {
                    break;
                }
            }
            1 | 2 => {}
            n4 if None::<i64>.is_some() => {
                let n4 = n4.wrapping_mul(2).wrapping_add(n4);
                let mut v11: Vec<i64> = Vec::new();
                continue;
            }
            n4 => {
                let x12 = 0i64;
                let _ = D::new(2, log);
                let mut x13 = h2((input.len() as i64), 5i64);
            }
        }
        yield_!(input.get(0).copied().unwrap_or(-4i64));
    }
    Ok(check(5i64)?)
}

fn p_62(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = check(input.get(5).copied().unwrap_or(7i64))?;
    let mut c2 = 0_i64;
    'l3: while c2 < 2 {
        c2 += 1;
        match (-1i64).rem_euclid(5) {
            0 => {
                'l5: for (j7, i6) in (0_i64..).zip(input.iter().copied()).take(4) {
                    let g8 = D::new(1001, log);
                    'l9: for &i10 in input.iter().take(4) {
                        if input.get(2).copied().is_some() {
                            return Ok(3i64.rem_euclid(6));
                        }
                    }
                }
                if (-4i64).rem_euclid(6) < c2.rem_euclid(5) {
                    break;
                }
            }
            1 | 2 => {}
            n4 if None::<i64>.is_some() => {
                let n4 = n4.wrapping_mul(2).wrapping_add(n4);
                let mut v11: Vec<i64> = Vec::new();
                continue;
            }
            n4 => {
                let x12 = 0i64;
                let _ = D::new(2, log);
                let mut x13 = h2((input.len() as i64), 5i64);
            }
        }
        {
            out.push(input.get(0).copied().unwrap_or(-4i64));
        };
    }
    Ok(check(5i64)?)
}

// body 63 (seed 2)
#[genfn::generator(yield = i64)]
fn g_63(input: &[i64], log: &Log) -> Result<i64, String> {
    let (x1, _, mut x2) = (3i64, 100i64, 4i64.wrapping_sub(5i64));
    x2 = -4i64;
    yield_!(x2.rem_euclid(7));
    let mut x2 = x2.wrapping_mul(2).wrapping_add(13i64);
    let g3 = D::new(1001, log);
    Ok(4i64)
}

fn p_63(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let (x1, _, mut x2) = (3i64, 100i64, 4i64.wrapping_sub(5i64));
    x2 = -4i64;
    {
        out.push(x2.rem_euclid(7));
    };
    let mut x2 = x2.wrapping_mul(2).wrapping_add(13i64);
    let g3 = D::new(1001, log);
    Ok(4i64)
}

// body 64 (seed 2)
#[genfn::generator(yield = i64)]
fn g_64(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(1i64);
    let mut v1: Vec<i64> = Vec::new();
    let cell4 = RefCell::new(input.to_vec());
    'l2: for &i3 in cell4.borrow().iter().take(4) {
        let mut i3 = i3.wrapping_mul(2).wrapping_add(check(i3.rem_euclid(2))?);
        let mut s5 = String::new();
        let i3 = i3.wrapping_mul(2).wrapping_add({
            yield_!(h(i3));
            i3
        });
    }
    let mut x6 = input.last().copied().unwrap_or(13i64);
    Ok(10i64.wrapping_sub(x6.wrapping_add(0i64)))
}

fn p_64(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(1i64);
    };
    let mut v1: Vec<i64> = Vec::new();
    let cell4 = RefCell::new(input.to_vec());
    'l2: for &i3 in cell4.borrow().iter().take(4) {
        let mut i3 = i3.wrapping_mul(2).wrapping_add(check(i3.rem_euclid(2))?);
        let mut s5 = String::new();
        let i3 = i3.wrapping_mul(2).wrapping_add({
            {
                out.push(h(i3));
            };
            i3
        });
    }
    let mut x6 = input.last().copied().unwrap_or(13i64);
    Ok(10i64.wrapping_sub(x6.wrapping_add(0i64)))
}

// body 65 (seed 2)
#[genfn::generator(yield = i64)]
fn g_65(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 5i64;
    let x2: i64;
    if ({
        yield_!(
            (if input.is_empty() {
                (input.len() as i64).rem_euclid(6)
            } else {
                input.get(1).copied().unwrap_or(13i64)
            })
            .rem_euclid(4)
        );
        yield_!(x1.wrapping_mul((input.len() as i64)));
        x1 = (input.len() as i64);
        2i64
    }) < 100i64
    {
        let mut c3 = 0_i64;
        while c3 < 3 {
            c3 += 1;
            let Some(x4) = Some(h(1i64)) else {
                break;
            };
            let x5: i64;
            if input.get(6).copied().unwrap_or(2i64) < 10i64 {
                let mut x6 = or_skip!(input.get(2).copied());
                x5 = {
                    yield_!(x6);
                    x6
                };
            } else {
                let mut o9 = check(
                    (-4i64 ^ {
                        yield_!(3i64);
                        yield_!(x4);
                        x1 = x4;
                        x4
                    }),
                )
                .ok();
                if 4i64 < input.get(4).copied().unwrap_or(1i64) {
                    return Err(format!("early {}", (x1 ^ 2i64).wrapping_add(x4)));
                }
                if let (ref rg11, Some(ref r10)) = (D::new(1, log), Some((input.len() as i64))) {
                    yield_!(*r10);
                    let _g12 = D::new(2, log);
                    if ({
                        yield_!(
                            (if x4 < 4i64 {
                                7i64
                            } else {
                                (input.len() as i64)
                            })
                        );
                        x1 = 1i64;
                        (input.len() as i64)
                    })
                    .rem_euclid(3)
                        == 0
                    {
                        yield_!(h(7i64))
                    } else {
                        yield_!(x4.wrapping_add(x4))
                    }
                    x1 = check(
                        (if (1i64 as i32 as i64).rem_euclid(3) == 0 {
                            x4
                        } else {
                            100i64.wrapping_mul({
                                yield_!(x4);
                                x1 = c3;
                                (input.len() as i64)
                            })
                        }),
                    )?;
                    yield_!(rg11.0.wrapping_add(*r10));
                } else {
                }
                x5 = -4i64;
            }
        }
        x2 = h2(5i64, x1);
    } else {
        x2 = ({
            yield_!(x1);
            (input.len() as i64)
        })
        .rem_euclid(3);
    }
    Ok(h2(2i64, check(x2)?))
}

fn p_65(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 5i64;
    let x2: i64;
    if ({
        {
            out.push(
                (if input.is_empty() {
                    (input.len() as i64).rem_euclid(6)
                } else {
                    input.get(1).copied().unwrap_or(13i64)
                })
                .rem_euclid(4),
            );
        };
        {
            out.push(x1.wrapping_mul((input.len() as i64)));
        };
        x1 = (input.len() as i64);
        2i64
    }) < 100i64
    {
        let mut c3 = 0_i64;
        while c3 < 3 {
            c3 += 1;
            let Some(x4) = Some(h(1i64)) else {
                break;
            };
            let x5: i64;
            if input.get(6).copied().unwrap_or(2i64) < 10i64 {
                let mut x6 = or_skip!(input.get(2).copied());
                x5 = {
                    {
                        out.push(x6);
                    };
                    x6
                };
            } else {
                let mut o9 = check(
                    (-4i64 ^ {
                        {
                            out.push(3i64);
                        };
                        {
                            out.push(x4);
                        };
                        x1 = x4;
                        x4
                    }),
                )
                .ok();
                if 4i64 < input.get(4).copied().unwrap_or(1i64) {
                    return Err(format!("early {}", (x1 ^ 2i64).wrapping_add(x4)));
                }
                if let (ref rg11, Some(ref r10)) = (D::new(1, log), Some((input.len() as i64))) {
                    {
                        out.push(*r10);
                    };
                    let _g12 = D::new(2, log);
                    if ({
                        {
                            out.push(
                                (if x4 < 4i64 {
                                    7i64
                                } else {
                                    (input.len() as i64)
                                }),
                            );
                        };
                        x1 = 1i64;
                        (input.len() as i64)
                    })
                    .rem_euclid(3)
                        == 0
                    {
                        {
                            out.push(h(7i64));
                        }
                    } else {
                        {
                            out.push(x4.wrapping_add(x4));
                        }
                    }
                    x1 = check(
                        (if (1i64 as i32 as i64).rem_euclid(3) == 0 {
                            x4
                        } else {
                            100i64.wrapping_mul({
                                {
                                    out.push(x4);
                                };
                                x1 = c3;
                                (input.len() as i64)
                            })
                        }),
                    )?;
                    {
                        out.push(rg11.0.wrapping_add(*r10));
                    };
                } else {
                }
                x5 = -4i64;
            }
        }
        x2 = h2(5i64, x1);
    } else {
        x2 = ({
            {
                out.push(x1);
            };
            (input.len() as i64)
        })
        .rem_euclid(3);
    }
    Ok(h2(2i64, check(x2)?))
}

// body 66 (seed 2)
#[genfn::generator(yield = i64)]
fn g_66(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = -1i64;
    x1 = {
        yield_!(x1);
        x1 = x1;
        100i64
    };
    yield_!(100i64);
    for &i2 in &vec![x1, 100i64] {
        yield_!(3i64);
        if (-4i64 < i2
            || (if (input.len() as i64).rem_euclid(2) == 0 {
                i2
            } else {
                7i64
            })
            .rem_euclid(3)
                == 0)
        {
            if {
                yield_!(i2);
                h(x1.rem_euclid(6)) < 100i64
            } {
                break;
            }
            match input.get(4).copied() {
                Some(x3) => {
                    let (x4, _, x5) = (
                        h2(
                            i2,
                            ((input.len() as i64).wrapping_add(13i64)).wrapping_add(x3),
                        ),
                        2i64,
                        100i64,
                    );
                    let mut s6 = String::from("ab");
                    if let Some(x7) = input.get(2).copied() {
                        check(h2(x1, ((if 1i64 < x7 { -4i64 } else { 5i64 }) ^ x3)))?;
                        if x5.rem_euclid(5)
                            != x5.wrapping_add(input.get(2).copied().unwrap_or(-4i64))
                        {
                            yield_!(input.get(0).copied().unwrap_or(10i64))
                        } else {
                            yield_!(x4)
                        }
                    } else {
                        yield_!(x5);
                        let mut v8: Vec<i64> = input.to_vec();
                    }
                    let x9 = 100i64;
                }
                None => {
                    skip!();
                }
            }
            let _g10 = D::new(1, log);
            let mut v11: Vec<i64> = Vec::new();
        } else if h(x1) == 1i64 {
            let i2 = i2.wrapping_mul(2).wrapping_add({
                let x13 = check({
                    let _g12 = D::new(2, log);
                    yield_!(i2);
                    i2.rem_euclid(5).wrapping_add(i2)
                })?;
                yield_!(
                    (if input.is_empty() {
                        x13
                    } else {
                        (input.len() as i64)
                    })
                );
                (input.len() as i64).wrapping_sub(x13)
            });
            let mut x14 = (
                input
                    .get(6)
                    .copied()
                    .unwrap_or(-1i64)
                    .wrapping_add(x1.rem_euclid(5)),
                {
                    if x1 == 0i64.rem_euclid(7) {
                        break;
                    }
                    yield_!(
                        (if i2 == 100i64 {
                            (input.len() as i64)
                        } else {
                            x1
                        })
                    );
                    x1
                },
            )
                .1;
            let mut x15 = 3i64;
        } else {
            let x16 = input.last().copied().unwrap_or(-4i64).rem_euclid(7);
            let x17 = x1;
        }
    }
    Ok((100i64 ^ x1).rem_euclid(2))
}

fn p_66(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = -1i64;
    x1 = {
        {
            out.push(x1);
        };
        x1 = x1;
        100i64
    };
    {
        out.push(100i64);
    };
    for &i2 in &vec![x1, 100i64] {
        {
            out.push(3i64);
        };
        if (-4i64 < i2
            || (if (input.len() as i64).rem_euclid(2) == 0 {
                i2
            } else {
                7i64
            })
            .rem_euclid(3)
                == 0)
        {
            if {
                {
                    out.push(i2);
                };
                h(x1.rem_euclid(6)) < 100i64
            } {
                break;
            }
            match input.get(4).copied() {
                Some(x3) => {
                    let (x4, _, x5) = (
                        h2(
                            i2,
                            ((input.len() as i64).wrapping_add(13i64)).wrapping_add(x3),
                        ),
                        2i64,
                        100i64,
                    );
                    let mut s6 = String::from("ab");
                    if let Some(x7) = input.get(2).copied() {
                        check(h2(x1, ((if 1i64 < x7 { -4i64 } else { 5i64 }) ^ x3)))?;
                        if x5.rem_euclid(5)
                            != x5.wrapping_add(input.get(2).copied().unwrap_or(-4i64))
                        {
                            {
                                out.push(input.get(0).copied().unwrap_or(10i64));
                            }
                        } else {
                            {
                                out.push(x4);
                            }
                        }
                    } else {
                        {
                            out.push(x5);
                        };
                        let mut v8: Vec<i64> = input.to_vec();
                    }
                    let x9 = 100i64;
                }
                None => {
                    skip!();
                }
            }
            let _g10 = D::new(1, log);
            let mut v11: Vec<i64> = Vec::new();
        } else if h(x1) == 1i64 {
            let i2 = i2.wrapping_mul(2).wrapping_add({
                let x13 = check({
                    let _g12 = D::new(2, log);
                    {
                        out.push(i2);
                    };
                    i2.rem_euclid(5).wrapping_add(i2)
                })?;
                {
                    out.push(
                        (if input.is_empty() {
                            x13
                        } else {
                            (input.len() as i64)
                        }),
                    );
                };
                (input.len() as i64).wrapping_sub(x13)
            });
            let mut x14 = (
                input
                    .get(6)
                    .copied()
                    .unwrap_or(-1i64)
                    .wrapping_add(x1.rem_euclid(5)),
                {
                    if x1 == 0i64.rem_euclid(7) {
                        break;
                    }
                    {
                        out.push(
                            (if i2 == 100i64 {
                                (input.len() as i64)
                            } else {
                                x1
                            }),
                        );
                    };
                    x1
                },
            )
                .1;
            let mut x15 = 3i64;
        } else {
            let x16 = input.last().copied().unwrap_or(-4i64).rem_euclid(7);
            let x17 = x1;
        }
    }
    Ok((100i64 ^ x1).rem_euclid(2))
}

// body 67 (seed 2)
#[genfn::generator(yield = i64)]
fn g_67(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![0i64.rem_euclid(7), 1i64];
    yield_!(h2(
        (input.len() as i64),
        (2i64.wrapping_add(5i64)).rem_euclid(2)
    ));
    let mut x2 = 0i64;
    Ok(x2.wrapping_add(
        ((input.len() as i64).wrapping_mul(x2) ^ x2.wrapping_add((input.len() as i64))),
    ))
}

fn p_67(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![0i64.rem_euclid(7), 1i64];
    {
        out.push(h2(
            (input.len() as i64),
            (2i64.wrapping_add(5i64)).rem_euclid(2),
        ));
    };
    let mut x2 = 0i64;
    Ok(x2.wrapping_add(
        ((input.len() as i64).wrapping_mul(x2) ^ x2.wrapping_add((input.len() as i64))),
    ))
}

// body 68 (seed 2)
#[genfn::generator(yield = i64)]
fn g_68(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![1i64, 0i64];
    let x2 = check(-4i64)?;
    {
        let w3 = v1;
        if {
            yield_!(x2);
            check(h((input.len() as i64)))? < x2
        } {
            return Err(format!("early {}", x2.wrapping_sub(3i64)));
        }
        let x4 = (-1i64).wrapping_add(x2);
        let mut x5 = h(x4);
        v1 = {
            let mut w = w3;
            w.push(1);
            w
        };
    }
    let _g6 = D::new(1, log);
    if (-4i64 < -4i64 || 100i64 < x2) {
        yield_!((v1.len() as i64))
    } else {
        yield_!(x2)
    }
    let x7 = -1i64;
    let x8 = (if (1i64 < 1i64 || x2 < (input.len() as i64)) {
        h2(h((input.len() as i64)), 13i64)
    } else {
        {
            yield_!(x2);
            (input.len() as i64)
        }
    });
    if -4i64
        < ({
            yield_!(x7);
            (input.len() as i64)
        })
        .rem_euclid(2)
    {
        let Some(x9) = input.iter().copied().find(|&z| z > 10i64) else {
            return Ok((3i64.wrapping_add(input.get(1).copied().unwrap_or(0i64))
                ^ h2(x8, (input.len() as i64))
                    .wrapping_add(x7.wrapping_mul((input.len() as i64)))));
        };
        let _g10 = D::new(2, log);
        yield_!(x7.wrapping_add(x7));
    }
    Ok(0i64)
}

fn p_68(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![1i64, 0i64];
    let x2 = check(-4i64)?;
    {
        let w3 = v1;
        if {
            {
                out.push(x2);
            };
            check(h((input.len() as i64)))? < x2
        } {
            return Err(format!("early {}", x2.wrapping_sub(3i64)));
        }
        let x4 = (-1i64).wrapping_add(x2);
        let mut x5 = h(x4);
        v1 = {
            let mut w = w3;
            w.push(1);
            w
        };
    }
    let _g6 = D::new(1, log);
    if (-4i64 < -4i64 || 100i64 < x2) {
        {
            out.push((v1.len() as i64));
        }
    } else {
        {
            out.push(x2);
        }
    }
    let x7 = -1i64;
    let x8 = (if (1i64 < 1i64 || x2 < (input.len() as i64)) {
        h2(h((input.len() as i64)), 13i64)
    } else {
        {
            {
                out.push(x2);
            };
            (input.len() as i64)
        }
    });
    if -4i64
        < ({
            {
                out.push(x7);
            };
            (input.len() as i64)
        })
        .rem_euclid(2)
    {
        let Some(x9) = input.iter().copied().find(|&z| z > 10i64) else {
            return Ok((3i64.wrapping_add(input.get(1).copied().unwrap_or(0i64))
                ^ h2(x8, (input.len() as i64))
                    .wrapping_add(x7.wrapping_mul((input.len() as i64)))));
        };
        let _g10 = D::new(2, log);
        {
            out.push(x7.wrapping_add(x7));
        };
    }
    Ok(0i64)
}

// body 69 (seed 2)
#[genfn::generator(yield = i64)]
fn g_69(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = (-4i64).to_string();
    yield_!(1i64.rem_euclid(7));
    if (10i64 ^ (-1i64).wrapping_mul((input.len() as i64))) != 3i64 {
        yield_!((if 2i64 < 1i64 { 100i64 } else { 13i64 }).wrapping_add(check(4i64)?))
    } else {
        yield_!(h2(input.get(6).copied().unwrap_or(2i64), 4i64))
    }
    yield_!(-4i64);
    unsafe {
        if 10i64 < (13i64 as i32 as i64) {
            let mut x2 = (h(13i64) ^ ((input.len() as i64).wrapping_mul(0i64)).rem_euclid(2));
        } else if 10i64
            != input
                .get(2)
                .copied()
                .unwrap_or(4i64)
                .wrapping_add((1i64 ^ (input.len() as i64)))
        {
            match (100i64, input.last().copied()) {
                (x3, Some(x4)) if ((input.len() as i64).rem_euclid(2) == 0 && x3 < x3) => {
                    let x5 = x3;
                    let mut x7 = {
                        let mut x6 = h2(
                            {
                                yield_!(x5);
                                (if 100i64 < x3 {
                                    x3
                                } else {
                                    (input.len() as i64)
                                })
                            },
                            h(0i64.rem_euclid(7)),
                        );
                        yield_!(x3);
                        x6 = -1i64;
                        h(input.get(0).copied().unwrap_or(1i64))
                    };
                }
                (x3, None) => {
                    yield_!(h(x3.wrapping_sub(x3)));
                    let mut x8 = h2(
                        (3i64.wrapping_add(4i64)).wrapping_mul((input.len() as i64)),
                        {
                            yield_!((-1i64).wrapping_add((input.len() as i64)));
                            x3
                        },
                    );
                    let x9 = h2(x8, {
                        yield_!(5i64);
                        yield_!((input.len() as i64).wrapping_add(2i64));
                        x8 = h2(-1i64, (input.len() as i64));
                        h2((input.len() as i64), (input.len() as i64))
                    });
                    if (0i64 < h(x3) || (-1i64).rem_euclid(2) == 0) {
                        return Err(format!("early {}", x3));
                    }
                }
                (_, Some(x4)) => {
                    if let Some(x10) = input.get(0).copied()
                        && (input.len() as i64).wrapping_add(x10) == x4
                    {
                        let mut x11 = h2(0i64, {
                            yield_!(x10);
                            x10
                        });
                    } else {
                        let mut o12 = None::<i64>;
                        o12 = None;
                    }
                }
            }
            if 1i64 == 7i64 {
                return Ok((input.len() as i64));
            }
            yield_!(
                (if 0i64.rem_euclid(3) == input.get(6).copied().unwrap_or(4i64) {
                    0i64
                } else {
                    5i64
                })
            );
        } else {
            let mut x13 = 10i64.wrapping_add(13i64);
            yield_!(h2(
                (if check(x13).ok().is_some() { x13 } else { x13 }).wrapping_sub(x13.rem_euclid(5)),
                x13
            ));
        }
        let x14 = check((if 5i64 < -4i64 { check(-4i64)? } else { 0i64 }).rem_euclid(3))?;
        let _g15 = D::new(1, log);
    }
    Ok((input.len() as i64))
}

fn p_69(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = (-4i64).to_string();
    {
        out.push(1i64.rem_euclid(7));
    };
    if (10i64 ^ (-1i64).wrapping_mul((input.len() as i64))) != 3i64 {
        {
            out.push((if 2i64 < 1i64 { 100i64 } else { 13i64 }).wrapping_add(check(4i64)?));
        }
    } else {
        {
            out.push(h2(input.get(6).copied().unwrap_or(2i64), 4i64));
        }
    }
    {
        out.push(-4i64);
    };
    unsafe {
        if 10i64 < (13i64 as i32 as i64) {
            let mut x2 = (h(13i64) ^ ((input.len() as i64).wrapping_mul(0i64)).rem_euclid(2));
        } else if 10i64
            != input
                .get(2)
                .copied()
                .unwrap_or(4i64)
                .wrapping_add((1i64 ^ (input.len() as i64)))
        {
            match (100i64, input.last().copied()) {
                (x3, Some(x4)) if ((input.len() as i64).rem_euclid(2) == 0 && x3 < x3) => {
                    let x5 = x3;
                    let mut x7 = {
                        let mut x6 = h2(
                            {
                                {
                                    out.push(x5);
                                };
                                (if 100i64 < x3 {
                                    x3
                                } else {
                                    (input.len() as i64)
                                })
                            },
                            h(0i64.rem_euclid(7)),
                        );
                        {
                            out.push(x3);
                        };
                        x6 = -1i64;
                        h(input.get(0).copied().unwrap_or(1i64))
                    };
                }
                (x3, None) => {
                    {
                        out.push(h(x3.wrapping_sub(x3)));
                    };
                    let mut x8 = h2(
                        (3i64.wrapping_add(4i64)).wrapping_mul((input.len() as i64)),
                        {
                            {
                                out.push((-1i64).wrapping_add((input.len() as i64)));
                            };
                            x3
                        },
                    );
                    let x9 = h2(x8, {
                        {
                            out.push(5i64);
                        };
                        {
                            out.push((input.len() as i64).wrapping_add(2i64));
                        };
                        x8 = h2(-1i64, (input.len() as i64));
                        h2((input.len() as i64), (input.len() as i64))
                    });
                    if (0i64 < h(x3) || (-1i64).rem_euclid(2) == 0) {
                        return Err(format!("early {}", x3));
                    }
                }
                (_, Some(x4)) => {
                    if let Some(x10) = input.get(0).copied()
                        && (input.len() as i64).wrapping_add(x10) == x4
                    {
                        let mut x11 = h2(0i64, {
                            {
                                out.push(x10);
                            };
                            x10
                        });
                    } else {
                        let mut o12 = None::<i64>;
                        o12 = None;
                    }
                }
            }
            if 1i64 == 7i64 {
                return Ok((input.len() as i64));
            }
            {
                out.push(
                    (if 0i64.rem_euclid(3) == input.get(6).copied().unwrap_or(4i64) {
                        0i64
                    } else {
                        5i64
                    }),
                );
            };
        } else {
            let mut x13 = 10i64.wrapping_add(13i64);
            {
                out.push(h2(
                    (if check(x13).ok().is_some() { x13 } else { x13 })
                        .wrapping_sub(x13.rem_euclid(5)),
                    x13,
                ));
            };
        }
        let x14 = check((if 5i64 < -4i64 { check(-4i64)? } else { 0i64 }).rem_euclid(3))?;
        let _g15 = D::new(1, log);
    }
    Ok((input.len() as i64))
}

// body 70 (seed 2)
#[genfn::generator(yield = i64)]
fn g_70(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(3i64.rem_euclid(3));
    'b1: {
        let mut x2 = 100i64;
        let x3 = input.get(1).copied().unwrap_or(100i64);
        if (((input.len() as i64) < x3
            && ({
                yield_!(13i64);
                100i64 < (input.len() as i64)
            } || 3i64 < 0i64))
            || input.iter().copied().find(|&z| z > 1i64).is_some())
        {
            yield_!((input.len() as i64));
            let x4 = h2(-1i64, 7i64);
            if x4 < input.get(4).copied().unwrap_or(0i64) {
                break 'b1;
            }
            let x5: i64;
            if x4 != x3.wrapping_add(x3).rem_euclid(3) {
                let mut v6: Vec<i64> = input.to_vec();
                if ({
                    check(x2)?;
                    yield_!(x3);
                    x2
                }) < x4
                {
                    if (x3.wrapping_mul(10i64) == (v6.len() as i64) && input.is_empty()) {}
                    let mut x7 = x2.wrapping_add(input.get(2).copied().unwrap_or(-1i64));
                    let mut stk8: Vec<i64> = vec![7i64, 100i64, 7i64];
                    stk8.truncate(4);
                    'l10: while let Some(x9) = stk8.pop()
                        && x3 != 100i64
                    {}
                    match v6.get(3).copied() {
                        None => {
                            let g12 = D::new(1001, log);
                        }
                        Some(x11) => {
                            v6.push(
                                (({
                                    yield_!(x7);
                                    x2 = (input.len() as i64);
                                    1i64
                                })
                                .wrapping_add(x7))
                                .wrapping_sub(13i64),
                            );
                        }
                    }
                }
                x5 = x4;
            } else {
                x5 = 1i64;
            }
        }
    }
    Ok({
        yield_!(input.get(6).copied().unwrap_or(-4i64).rem_euclid(5));
        (0i64 as i32 as i64)
    })
}

fn p_70(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(3i64.rem_euclid(3));
    };
    'b1: {
        let mut x2 = 100i64;
        let x3 = input.get(1).copied().unwrap_or(100i64);
        if (((input.len() as i64) < x3
            && ({
                {
                    out.push(13i64);
                };
                100i64 < (input.len() as i64)
            } || 3i64 < 0i64))
            || input.iter().copied().find(|&z| z > 1i64).is_some())
        {
            {
                out.push((input.len() as i64));
            };
            let x4 = h2(-1i64, 7i64);
            if x4 < input.get(4).copied().unwrap_or(0i64) {
                break 'b1;
            }
            let x5: i64;
            if x4 != x3.wrapping_add(x3).rem_euclid(3) {
                let mut v6: Vec<i64> = input.to_vec();
                if ({
                    check(x2)?;
                    {
                        out.push(x3);
                    };
                    x2
                }) < x4
                {
                    if (x3.wrapping_mul(10i64) == (v6.len() as i64) && input.is_empty()) {}
                    let mut x7 = x2.wrapping_add(input.get(2).copied().unwrap_or(-1i64));
                    let mut stk8: Vec<i64> = vec![7i64, 100i64, 7i64];
                    stk8.truncate(4);
                    'l10: while let Some(x9) = stk8.pop()
                        && x3 != 100i64
                    {}
                    match v6.get(3).copied() {
                        None => {
                            let g12 = D::new(1001, log);
                        }
                        Some(x11) => {
                            v6.push(
                                (({
                                    {
                                        out.push(x7);
                                    };
                                    x2 = (input.len() as i64);
                                    1i64
                                })
                                .wrapping_add(x7))
                                .wrapping_sub(13i64),
                            );
                        }
                    }
                }
                x5 = x4;
            } else {
                x5 = 1i64;
            }
        }
    }
    Ok({
        {
            out.push(input.get(6).copied().unwrap_or(-4i64).rem_euclid(5));
        };
        (0i64 as i32 as i64)
    })
}

// body 71 (seed 2)
#[genfn::generator(yield = i64)]
fn g_71(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = String::new();
    let mut x2 = h2(2i64, {
        yield_!(-4i64);
        h((input.len() as i64))
    });
    let mut x3 = h2(
        {
            yield_!((input.len() as i64));
            x2 = (13i64 ^ x2);
            (s1.len() as i64)
        },
        (if (input.len() as i64) != (input.len() as i64) {
            (input.len() as i64)
        } else {
            x2
        })
        .wrapping_add(2i64),
    );
    let mut o6 = input.last().copied();
    Ok(4i64)
}

fn p_71(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = String::new();
    let mut x2 = h2(2i64, {
        {
            out.push(-4i64);
        };
        h((input.len() as i64))
    });
    let mut x3 = h2(
        {
            {
                out.push((input.len() as i64));
            };
            x2 = (13i64 ^ x2);
            (s1.len() as i64)
        },
        (if (input.len() as i64) != (input.len() as i64) {
            (input.len() as i64)
        } else {
            x2
        })
        .wrapping_add(2i64),
    );
    let mut o6 = input.last().copied();
    Ok(4i64)
}

// body 72 (seed 2)
#[genfn::generator(yield = i64)]
fn g_72(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = {
        yield_!(2i64.rem_euclid(2));
        100i64.wrapping_mul(h(13i64))
    };
    let mut v2: Vec<i64> = input.to_vec();
    if x1.wrapping_mul(x1).wrapping_mul(x1) != x1 {
        let mut o5 = None::<i64>;
        let mut x6 = [(-1i64).wrapping_sub(x1.rem_euclid(7)), {
            yield_!(input.get(6).copied().unwrap_or(3i64));
            4i64
        }][1];
        yield_!(13i64);
    } else if 100i64 == h2(x1, x1) {
        for i7 in v2.iter().copied().take(4) {
            let mut v8: Vec<i64> = input.to_vec();
            let mut s9 = String::from("ab");
        }
        let (x10, mut x11) = (
            5i64,
            10i64.wrapping_add({
                let mut x12 = {
                    yield_!(x1);
                    x1
                };
                yield_!(x12.wrapping_add(7i64));
                x1 = x12;
                4i64
            }),
        );
        let mut v13: Vec<i64> = vec![x11; 2];
    } else {
        'l14: for i15 in 0..({
            yield_!(0i64);
            3i64
        }) {
            {
                let w16 = v2;
                yield_!((w16.len() as i64));
                v2 = {
                    let mut w = w16;
                    w.push(1);
                    w
                };
            }
            yield_!(i15);
        }
    }
    Ok(input.first().copied().unwrap_or(5i64))
}

fn p_72(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = {
        {
            out.push(2i64.rem_euclid(2));
        };
        100i64.wrapping_mul(h(13i64))
    };
    let mut v2: Vec<i64> = input.to_vec();
    if x1.wrapping_mul(x1).wrapping_mul(x1) != x1 {
        let mut o5 = None::<i64>;
        let mut x6 = [(-1i64).wrapping_sub(x1.rem_euclid(7)), {
            {
                out.push(input.get(6).copied().unwrap_or(3i64));
            };
            4i64
        }][1];
        {
            out.push(13i64);
        };
    } else if 100i64 == h2(x1, x1) {
        for i7 in v2.iter().copied().take(4) {
            let mut v8: Vec<i64> = input.to_vec();
            let mut s9 = String::from("ab");
        }
        let (x10, mut x11) = (
            5i64,
            10i64.wrapping_add({
                let mut x12 = {
                    {
                        out.push(x1);
                    };
                    x1
                };
                {
                    out.push(x12.wrapping_add(7i64));
                };
                x1 = x12;
                4i64
            }),
        );
        let mut v13: Vec<i64> = vec![x11; 2];
    } else {
        'l14: for i15 in 0..({
            {
                out.push(0i64);
            };
            3i64
        }) {
            {
                let w16 = v2;
                {
                    out.push((w16.len() as i64));
                };
                v2 = {
                    let mut w = w16;
                    w.push(1);
                    w
                };
            }
            {
                out.push(i15);
            };
        }
    }
    Ok(input.first().copied().unwrap_or(5i64))
}

// body 73 (seed 2)
#[genfn::generator(yield = i64)]
fn g_73(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = String::from("ab");
    let mut stk2: Vec<i64> = input.to_vec();
    stk2.truncate(4);
    while let Some(x3) = stk2.pop() {
        let mut x3 = x3.wrapping_mul(2).wrapping_add(h2(10i64, x3));
    }
    let mut x4 = input.get(3).copied().unwrap_or(7i64);
    'l5: for i6 in 0..({
        yield_!(0i64);
        3i64
    }) {
        if i6 < input.get(3).copied().unwrap_or(100i64) {
            break;
        }
        if let Some(x7) = Some(x4) {
            if 1i64 < h2(x7, 7i64.rem_euclid(4)) {
                continue;
            }
            yield_!(x7);
            yield_!(-4i64);
        } else {
            let mut c8 = 0_i64;
            while c8 < 3 {
                c8 += 1;
            }
        }
    }
    Ok((100i64.rem_euclid(4) ^ 10i64))
}

fn p_73(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = String::from("ab");
    let mut stk2: Vec<i64> = input.to_vec();
    stk2.truncate(4);
    while let Some(x3) = stk2.pop() {
        let mut x3 = x3.wrapping_mul(2).wrapping_add(h2(10i64, x3));
    }
    let mut x4 = input.get(3).copied().unwrap_or(7i64);
    'l5: for i6 in 0..({
        {
            out.push(0i64);
        };
        3i64
    }) {
        if i6 < input.get(3).copied().unwrap_or(100i64) {
            break;
        }
        if let Some(x7) = Some(x4) {
            if 1i64 < h2(x7, 7i64.rem_euclid(4)) {
                continue;
            }
            {
                out.push(x7);
            };
            {
                out.push(-4i64);
            };
        } else {
            let mut c8 = 0_i64;
            while c8 < 3 {
                c8 += 1;
            }
        }
    }
    Ok((100i64.rem_euclid(4) ^ 10i64))
}

// body 74 (seed 2)
#[genfn::generator(yield = i64)]
fn g_74(input: &[i64], log: &Log) -> Result<i64, String> {
    match Some(h(h2(4i64, (input.len() as i64)))) {
        Some(x1) if input.is_empty() => {
            if input.iter().copied().find(|&z| z > 3i64).is_some() {
                yield_!(h((input.len() as i64)));
                let mut o4 = Some(x1);
            } else {
                let x5 = x1;
            }
            let mut v6: Vec<i64> = input.to_vec();
            yield_!((check(0i64)?).wrapping_add(h(h(x1))));
        }
        Some(x1) => {
            yield_!(7i64.rem_euclid(4));
        }
        None => yield_!(check((input.len() as i64))?),
    }
    yield_!(4i64);
    {
        let mut s7 = String::from("ab");
        let _g8 = D::new(1, log);
        let _g9 = D::new(2, log);
        yield_!(3i64.rem_euclid(5));
    }
    if let Some(x10) = input.get(3).copied() {
        let Some(x10) = input.get(1).copied() else {
            yield_!(x10);
            return Ok(x10);
        };
    }
    Ok(input.get(6).copied().unwrap_or(2i64))
}

fn p_74(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match Some(h(h2(4i64, (input.len() as i64)))) {
        Some(x1) if input.is_empty() => {
            if input.iter().copied().find(|&z| z > 3i64).is_some() {
                {
                    out.push(h((input.len() as i64)));
                };
                let mut o4 = Some(x1);
            } else {
                let x5 = x1;
            }
            let mut v6: Vec<i64> = input.to_vec();
            {
                out.push((check(0i64)?).wrapping_add(h(h(x1))));
            };
        }
        Some(x1) => {
            {
                out.push(7i64.rem_euclid(4));
            };
        }
        None => {
            out.push(check((input.len() as i64))?);
        }
    }
    {
        out.push(4i64);
    };
    {
        let mut s7 = String::from("ab");
        let _g8 = D::new(1, log);
        let _g9 = D::new(2, log);
        {
            out.push(3i64.rem_euclid(5));
        };
    }
    if let Some(x10) = input.get(3).copied() {
        let Some(x10) = input.get(1).copied() else {
            {
                out.push(x10);
            };
            return Ok(x10);
        };
    }
    Ok(input.get(6).copied().unwrap_or(2i64))
}

// body 75 (seed 2)
#[genfn::generator(yield = i64)]
fn g_75(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 4i64.wrapping_mul(2i64.rem_euclid(2));
    let mut s2 = format!("{}", h(1i64).wrapping_add(h(10i64)));
    let c3 = move || s2.len() as i64;
    yield_!(c3());
    let (x4, (_, x5)) = (0i64, (13i64, x1));
    yield_!(x5);
    Ok({
        if ({
            yield_!(input.last().copied().unwrap_or(100i64));
            x1 = x4.wrapping_sub(x4);
            7i64
        })
        .rem_euclid(2)
            == 0
        {
            return Ok(x4);
        }
        yield_!(x4);
        1i64
    })
}

fn p_75(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 4i64.wrapping_mul(2i64.rem_euclid(2));
    let mut s2 = format!("{}", h(1i64).wrapping_add(h(10i64)));
    let c3 = move || s2.len() as i64;
    {
        out.push(c3());
    };
    let (x4, (_, x5)) = (0i64, (13i64, x1));
    {
        out.push(x5);
    };
    Ok({
        if ({
            {
                out.push(input.last().copied().unwrap_or(100i64));
            };
            x1 = x4.wrapping_sub(x4);
            7i64
        })
        .rem_euclid(2)
            == 0
        {
            return Ok(x4);
        }
        {
            out.push(x4);
        };
        1i64
    })
}

// body 76 (seed 2)
#[genfn::generator(yield = i64)]
fn g_76(input: &[i64], log: &Log) -> Result<i64, String> {
    let (Some(x1), x2) = (input.first().copied(), {
        yield_!(4i64.wrapping_add(-4i64));
        (0i64 as i32 as i64)
    }) else {
        return Ok(
            (if ((input.len() as i64).wrapping_add(-4i64)).rem_euclid(3) == 0 {
                (if input.first().copied().is_some() {
                    (input.len() as i64)
                } else {
                    10i64
                })
                .wrapping_add(2i64.wrapping_add(-1i64))
            } else {
                -1i64
            }),
        );
    };
    if !(x1.wrapping_mul((input.len() as i64)) == x1) {
        match 2i64.rem_euclid(3) {
            0 => {
                if let Some(x4) = input.last().copied() {
                    yield_!(13i64);
                    let mut v5: Vec<i64> = Vec::new();
                    let mut x6 = h2(
                        {
                            yield_!(v5.first().copied().unwrap_or(1i64));
                            x4
                        },
                        input.last().copied().unwrap_or(-4i64),
                    );
                } else {
                    let mut x7 = -1i64;
                    let _g8 = D::new(1, log);
                }
                match D::new(2002, log).0 {
                    2002 => {
                        for &i10 in input.iter().rev().take(4) {
                            yield_!(10i64);
                            let mut v11: Vec<i64> =
                                vec![(if input.contains(&3) { x2 } else { i10 }), 2i64];
                        }
                    }
                    _ => {}
                }
            }
            1 | 2 => {
                let mut v12: Vec<i64> = vec![
                    ((input.len() as i64).wrapping_add(x1))
                        .wrapping_add(input.get(2).copied().unwrap_or(100i64)),
                    13i64,
                ];
                yield_!((|| v12.len() as i64)());
                match input.get(4).copied() {
                    None => {
                        if ({
                            yield_!(x2.rem_euclid(5));
                            (v12.len() as i64)
                                < (input.len() as i64).wrapping_mul((input.len() as i64))
                        } || input.get(2).copied().unwrap_or(100i64) == h((input.len() as i64)))
                        {
                            yield_!(input.get(2).copied().unwrap_or(0i64))
                        } else {
                            yield_!(x2)
                        }
                    }
                    Some(x13) if 13i64 < h(x13) => {
                        let mut s14 = String::new();
                        let x15 = x13;
                        {
                            let t16 = s14;
                            yield_!((t16.len() as i64));
                            yield_!((t16.len() as i64));
                            yield_!((t16.len() as i64));
                            s14 = t16 + "m";
                        }
                        yield_!(x15.wrapping_mul(x2));
                    }
                    Some(x13) => {
                        v12.push(-4i64);
                        let mut s17 = String::from("ab");
                    }
                }
                match (
                    D::new(3, log),
                    Some({
                        yield_!(x2.wrapping_sub(x1));
                        10i64
                    }),
                ) {
                    (_, None) => {
                        let mut s22 = format!("{}", 10i64);
                    }
                    (ref rg19, Some(ref r18)) => {
                        yield_!(*r18);
                        {
                            let w20 = v12;
                            let x21 = check(x1)?;
                            if input.is_empty() {
                                return Ok({
                                    yield_!(13i64);
                                    (if (input.len() as i64).rem_euclid(3) == 0 {
                                        3i64
                                    } else {
                                        h2(x21, x2)
                                    })
                                });
                            }
                            if input.iter().copied().find(|&z| z > 10i64).is_some() {
                                return Err(format!("early {}", x21));
                            }
                            v12 = {
                                let mut w = w20;
                                w.push(1);
                                w
                            };
                        }
                        yield_!(rg19.0.wrapping_add(*r18));
                    }
                }
            }
            n3 if 5i64 != 4i64 => {
                let mut c23 = 0_i64;
                while c23 < 4 {
                    c23 += 1;
                    match n3
                        .wrapping_add({
                            yield_!(c23);
                            13i64
                        })
                        .rem_euclid(5)
                    {
                        0 => {
                            if ((check(4i64)?).wrapping_mul(7i64)).rem_euclid(2) == 0 {
                                skip!();
                            }
                            let mut v25: Vec<i64> = Vec::new();
                            skip!();
                        }
                        1 | 2 => {
                            let mut x26 = c23.wrapping_sub(1i64);
                            let x27 = h2(
                                {
                                    yield_!(n3);
                                    -1i64
                                },
                                n3,
                            );
                        }
                        n24 if -4i64 == c23 => {}
                        n24 => yield_!((if 10i64 != n24 { n3 } else { 3i64 })),
                    }
                }
            }
            n3 => {}
        }
    }
    Ok(check(100i64)?)
}

fn p_76(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let (Some(x1), x2) = (input.first().copied(), {
        {
            out.push(4i64.wrapping_add(-4i64));
        };
        (0i64 as i32 as i64)
    }) else {
        return Ok(
            (if ((input.len() as i64).wrapping_add(-4i64)).rem_euclid(3) == 0 {
                (if input.first().copied().is_some() {
                    (input.len() as i64)
                } else {
                    10i64
                })
                .wrapping_add(2i64.wrapping_add(-1i64))
            } else {
                -1i64
            }),
        );
    };
    if !(x1.wrapping_mul((input.len() as i64)) == x1) {
        match 2i64.rem_euclid(3) {
            0 => {
                if let Some(x4) = input.last().copied() {
                    {
                        out.push(13i64);
                    };
                    let mut v5: Vec<i64> = Vec::new();
                    let mut x6 = h2(
                        {
                            {
                                out.push(v5.first().copied().unwrap_or(1i64));
                            };
                            x4
                        },
                        input.last().copied().unwrap_or(-4i64),
                    );
                } else {
                    let mut x7 = -1i64;
                    let _g8 = D::new(1, log);
                }
                match D::new(2002, log).0 {
                    2002 => {
                        for &i10 in input.iter().rev().take(4) {
                            {
                                out.push(10i64);
                            };
                            let mut v11: Vec<i64> =
                                vec![(if input.contains(&3) { x2 } else { i10 }), 2i64];
                        }
                    }
                    _ => {}
                }
            }
            1 | 2 => {
                let mut v12: Vec<i64> = vec![
                    ((input.len() as i64).wrapping_add(x1))
                        .wrapping_add(input.get(2).copied().unwrap_or(100i64)),
                    13i64,
                ];
                {
                    out.push((|| v12.len() as i64)());
                };
                match input.get(4).copied() {
                    None => {
                        if ({
                            {
                                out.push(x2.rem_euclid(5));
                            };
                            (v12.len() as i64)
                                < (input.len() as i64).wrapping_mul((input.len() as i64))
                        } || input.get(2).copied().unwrap_or(100i64) == h((input.len() as i64)))
                        {
                            {
                                out.push(input.get(2).copied().unwrap_or(0i64));
                            }
                        } else {
                            {
                                out.push(x2);
                            }
                        }
                    }
                    Some(x13) if 13i64 < h(x13) => {
                        let mut s14 = String::new();
                        let x15 = x13;
                        {
                            let t16 = s14;
                            {
                                out.push((t16.len() as i64));
                            };
                            {
                                out.push((t16.len() as i64));
                            };
                            {
                                out.push((t16.len() as i64));
                            };
                            s14 = t16 + "m";
                        }
                        {
                            out.push(x15.wrapping_mul(x2));
                        };
                    }
                    Some(x13) => {
                        v12.push(-4i64);
                        let mut s17 = String::from("ab");
                    }
                }
                match (
                    D::new(3, log),
                    Some({
                        {
                            out.push(x2.wrapping_sub(x1));
                        };
                        10i64
                    }),
                ) {
                    (_, None) => {
                        let mut s22 = format!("{}", 10i64);
                    }
                    (ref rg19, Some(ref r18)) => {
                        {
                            out.push(*r18);
                        };
                        {
                            let w20 = v12;
                            let x21 = check(x1)?;
                            if input.is_empty() {
                                return Ok({
                                    {
                                        out.push(13i64);
                                    };
                                    (if (input.len() as i64).rem_euclid(3) == 0 {
                                        3i64
                                    } else {
                                        h2(x21, x2)
                                    })
                                });
                            }
                            if input.iter().copied().find(|&z| z > 10i64).is_some() {
                                return Err(format!("early {}", x21));
                            }
                            v12 = {
                                let mut w = w20;
                                w.push(1);
                                w
                            };
                        }
                        {
                            out.push(rg19.0.wrapping_add(*r18));
                        };
                    }
                }
            }
            n3 if 5i64 != 4i64 => {
                let mut c23 = 0_i64;
                while c23 < 4 {
                    c23 += 1;
                    match n3
                        .wrapping_add({
                            {
                                out.push(c23);
                            };
                            13i64
                        })
                        .rem_euclid(5)
                    {
                        0 => {
                            if ((check(4i64)?).wrapping_mul(7i64)).rem_euclid(2) == 0 {
                                skip!();
                            }
                            let mut v25: Vec<i64> = Vec::new();
                            skip!();
                        }
                        1 | 2 => {
                            let mut x26 = c23.wrapping_sub(1i64);
                            let x27 = h2(
                                {
                                    {
                                        out.push(n3);
                                    };
                                    -1i64
                                },
                                n3,
                            );
                        }
                        n24 if -4i64 == c23 => {}
                        n24 => {
                            out.push((if 10i64 != n24 { n3 } else { 3i64 }));
                        }
                    }
                }
            }
            n3 => {}
        }
    }
    Ok(check(100i64)?)
}

// body 77 (seed 2)
#[genfn::generator(yield = i64)]
fn g_77(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = h2(
        {
            yield_!(13i64);
            2i64
        },
        h2(input.get(4).copied().unwrap_or(10i64), 0i64),
    );
    let x2 = h(x1);
    let mut x4 = {
        let Some(x3) = input.last().copied() else {
            return Err(format!(
                "early {}",
                ((if -1i64 < -4i64 {
                    x1
                } else {
                    (input.len() as i64)
                }) ^ 3i64)
            ));
        };
        yield_!(100i64.wrapping_add(1i64));
        x2
    };
    Ok(1i64.wrapping_mul((if x4 < x4 { x2 } else { 5i64 })))
}

fn p_77(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = h2(
        {
            {
                out.push(13i64);
            };
            2i64
        },
        h2(input.get(4).copied().unwrap_or(10i64), 0i64),
    );
    let x2 = h(x1);
    let mut x4 = {
        let Some(x3) = input.last().copied() else {
            return Err(format!(
                "early {}",
                ((if -1i64 < -4i64 {
                    x1
                } else {
                    (input.len() as i64)
                }) ^ 3i64)
            ));
        };
        {
            out.push(100i64.wrapping_add(1i64));
        };
        x2
    };
    Ok(1i64.wrapping_mul((if x4 < x4 { x2 } else { 5i64 })))
}

// body 78 (seed 2)
#[genfn::generator(yield = i64)]
fn g_78(input: &[i64], log: &Log) -> Result<i64, String> {
    match 7i64.rem_euclid(3) {
        0 => {
            let Some(x2) = Some(3i64) else {
                return Ok(1i64);
            };
        }
        1 | 2 => {
            let mut c3 = 0_i64;
            let mut x7 = 'l4: loop {
                c3 += 1;
                if c3 > 3 {
                    break 'l4 (h((input.len() as i64)) ^ 13i64);
                }
                let mut x5 = 2i64;
                let mut v6: Vec<i64> = vec![c3, -1i64];
            };
            'l8: for &i9 in input.iter().take(4) {
                if (((-1i64).wrapping_add(x7)).rem_euclid(2) == 0
                    && input.first().copied().is_some())
                {
                    continue 'l8;
                }
                let mut v10: Vec<i64> = Vec::new();
            }
        }
        n1 if 13i64 < -1i64 => {
            let mut o11 = input.first().copied();
            yield_!(5i64.wrapping_sub(n1));
        }
        n1 => {
            if let Some(x12) = input.get(1).copied() {
                let x13: i64;
                if (input.contains(&3)
                    || ({
                        yield_!(n1);
                        x12 < (input.len() as i64)
                    } && (input.len() as i64).rem_euclid(2) == 0))
                {
                    if {
                        yield_!(x12);
                        (if x12 < x12 {
                            h((input.len() as i64))
                        } else {
                            input.get(2).copied().unwrap_or(4i64)
                        }) < 2i64
                    } {
                        yield_!(n1)
                    } else {
                        yield_!(n1)
                    }
                    x13 = h((if input.get(2).copied().is_some() {
                        n1
                    } else {
                        n1
                    }));
                } else {
                    let Some(x12) = input.get(1).copied() else {
                        yield_!(x12);
                        return Ok(10i64);
                    };
                    if {
                        yield_!((input.len() as i64));
                        0i64 < 10i64
                    } {
                        'b14: {
                            let mut x16 = h2(5i64.wrapping_mul(2i64), {
                                let mut o15 = input.get(1).copied();
                                yield_!(h2(7i64, x12));
                                0i64
                            });
                        }
                        unsafe {}
                    } else if (if (input.len() as i64).rem_euclid(3) == 0 {
                        7i64
                    } else {
                        n1
                    })
                    .rem_euclid(2)
                        == 0
                    {
                    } else {
                    }
                    x13 = input.get(0).copied().unwrap_or(13i64);
                }
            } else {
            }
        }
    }
    Ok(-1i64)
}

fn p_78(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match 7i64.rem_euclid(3) {
        0 => {
            let Some(x2) = Some(3i64) else {
                return Ok(1i64);
            };
        }
        1 | 2 => {
            let mut c3 = 0_i64;
            let mut x7 = 'l4: loop {
                c3 += 1;
                if c3 > 3 {
                    break 'l4 (h((input.len() as i64)) ^ 13i64);
                }
                let mut x5 = 2i64;
                let mut v6: Vec<i64> = vec![c3, -1i64];
            };
            'l8: for &i9 in input.iter().take(4) {
                if (((-1i64).wrapping_add(x7)).rem_euclid(2) == 0
                    && input.first().copied().is_some())
                {
                    continue 'l8;
                }
                let mut v10: Vec<i64> = Vec::new();
            }
        }
        n1 if 13i64 < -1i64 => {
            let mut o11 = input.first().copied();
            {
                out.push(5i64.wrapping_sub(n1));
            };
        }
        n1 => {
            if let Some(x12) = input.get(1).copied() {
                let x13: i64;
                if (input.contains(&3)
                    || ({
                        {
                            out.push(n1);
                        };
                        x12 < (input.len() as i64)
                    } && (input.len() as i64).rem_euclid(2) == 0))
                {
                    if {
                        {
                            out.push(x12);
                        };
                        (if x12 < x12 {
                            h((input.len() as i64))
                        } else {
                            input.get(2).copied().unwrap_or(4i64)
                        }) < 2i64
                    } {
                        {
                            out.push(n1);
                        }
                    } else {
                        {
                            out.push(n1);
                        }
                    }
                    x13 = h((if input.get(2).copied().is_some() {
                        n1
                    } else {
                        n1
                    }));
                } else {
                    let Some(x12) = input.get(1).copied() else {
                        {
                            out.push(x12);
                        };
                        return Ok(10i64);
                    };
                    if {
                        {
                            out.push((input.len() as i64));
                        };
                        0i64 < 10i64
                    } {
                        'b14: {
                            let mut x16 = h2(5i64.wrapping_mul(2i64), {
                                let mut o15 = input.get(1).copied();
                                {
                                    out.push(h2(7i64, x12));
                                };
                                0i64
                            });
                        }
                        unsafe {}
                    } else if (if (input.len() as i64).rem_euclid(3) == 0 {
                        7i64
                    } else {
                        n1
                    })
                    .rem_euclid(2)
                        == 0
                    {
                    } else {
                    }
                    x13 = input.get(0).copied().unwrap_or(13i64);
                }
            } else {
            }
        }
    }
    Ok(-1i64)
}

// body 79 (seed 2)
#[genfn::generator(yield = i64)]
fn g_79(input: &[i64], log: &Log) -> Result<i64, String> {
    match input.get(1).copied() {
        None => {
            let mut o10 = input.first().copied();
            yield_!(((input.len() as i64) ^ 1i64));
            let (Some(x11), x12) = (
                Some(13i64),
                ((input.len() as i64).rem_euclid(7)).rem_euclid(5),
            ) else {
                return Ok(4i64.wrapping_mul((0i64.rem_euclid(2) as i32 as i64)));
            };
            let x13 = x11;
        }
        Some(x1) if (3i64 ^ -4i64) < x1 => yield_!(h(x1.wrapping_add(x1))),
        Some(x1) => {
            let mut c2 = 0_i64;
            let mut x9 = 'l3: loop {
                c2 += 1;
                if c2 > 4 {
                    break 'l3 c2;
                }
                let mut x4 = h2(
                    {
                        yield_!(input.get(4).copied().unwrap_or(13i64));
                        x1
                    },
                    h(x1).wrapping_add(x1),
                );
                match (
                    {
                        yield_!(check(x1)?);
                        h(-4i64)
                    },
                    None::<i64>,
                ) {
                    (x5, Some(x6)) if (1i64.wrapping_add(4i64)).rem_euclid(2) == 0 => {
                        yield_!(x6.wrapping_mul(x6).wrapping_mul(x5))
                    }
                    (x5, None) => yield_!(3i64),
                    (_, Some(x6)) => {
                        let x7 = h(input
                            .iter()
                            .copied()
                            .find(|&z| z > 3i64)
                            .unwrap_or(3i64)
                            .rem_euclid(7));
                        let mut v8: Vec<i64> = vec![4i64, 13i64];
                        let x4 = x4.wrapping_mul(2).wrapping_add(x7);
                    }
                }
            };
        }
    }
    yield_!(0i64);
    let mut v14: Vec<i64> = input.to_vec();
    v14.push(3i64);
    Ok(3i64)
}

fn p_79(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match input.get(1).copied() {
        None => {
            let mut o10 = input.first().copied();
            {
                out.push(((input.len() as i64) ^ 1i64));
            };
            let (Some(x11), x12) = (
                Some(13i64),
                ((input.len() as i64).rem_euclid(7)).rem_euclid(5),
            ) else {
                return Ok(4i64.wrapping_mul((0i64.rem_euclid(2) as i32 as i64)));
            };
            let x13 = x11;
        }
        Some(x1) if (3i64 ^ -4i64) < x1 => {
            out.push(h(x1.wrapping_add(x1)));
        }
        Some(x1) => {
            let mut c2 = 0_i64;
            let mut x9 = 'l3: loop {
                c2 += 1;
                if c2 > 4 {
                    break 'l3 c2;
                }
                let mut x4 = h2(
                    {
                        {
                            out.push(input.get(4).copied().unwrap_or(13i64));
                        };
                        x1
                    },
                    h(x1).wrapping_add(x1),
                );
                match (
                    {
                        {
                            out.push(check(x1)?);
                        };
                        h(-4i64)
                    },
                    None::<i64>,
                ) {
                    (x5, Some(x6)) if (1i64.wrapping_add(4i64)).rem_euclid(2) == 0 => {
                        out.push(x6.wrapping_mul(x6).wrapping_mul(x5));
                    }
                    (x5, None) => {
                        out.push(3i64);
                    }
                    (_, Some(x6)) => {
                        let x7 = h(input
                            .iter()
                            .copied()
                            .find(|&z| z > 3i64)
                            .unwrap_or(3i64)
                            .rem_euclid(7));
                        let mut v8: Vec<i64> = vec![4i64, 13i64];
                        let x4 = x4.wrapping_mul(2).wrapping_add(x7);
                    }
                }
            };
        }
    }
    {
        out.push(0i64);
    };
    let mut v14: Vec<i64> = input.to_vec();
    v14.push(3i64);
    Ok(3i64)
}

// body 80 (seed 2)
#[genfn::generator(yield = i64)]
fn g_80(input: &[i64], log: &Log) -> Result<i64, String> {
    if 0i64 == 100i64 {
        let x1 = check({
            yield_!(h(7i64.wrapping_add(7i64)));
            7i64.wrapping_mul(3i64)
        })?;
    } else if input.is_empty() {
        yield_!(h2(10i64, ((-1i64).rem_euclid(6)).rem_euclid(7)));
    } else {
        {
            let (ref r2, ref mut r4) = (1i64, h(((input.len() as i64) ^ (input.len() as i64))));
            yield_!(*r2);
            let mut v5: Vec<i64> = vec![h(3i64), 7i64];
            let mut c6 = 0_i64;
            'l7: loop {
                c6 += 1;
                if c6 > 4 {
                    break;
                }
                let g8 = D::new(1001, log);
                yield_!(c6);
                let x9: i64;
                if ({
                    yield_!(0i64.wrapping_add(2i64));
                    c6.wrapping_add(c6)
                })
                .rem_euclid(2)
                    == 0
                {
                    if let Some(x10) = input.first().copied() {}
                    let mut v11: Vec<i64> = vec![
                        (input.len() as i64).wrapping_add(v5.first().copied().unwrap_or(-4i64)),
                        -4i64,
                    ];
                    let x13 = {
                        let mut x12 = c6;
                        yield_!(10i64);
                        x12
                    };
                    x9 = c6;
                } else {
                    if ({
                        yield_!(c6);
                        input.get(0).copied().unwrap_or(-4i64) < c6
                    } || c6 != (100i64 ^ c6))
                    {
                        continue 'l7;
                    }
                    let mut x14 =
                        (3i64.rem_euclid(7)).wrapping_mul(input.get(3).copied().unwrap_or(100i64));
                    x9 = 5i64;
                }
                yield_!((|| v5.len() as i64)());
            }
            let x15 = c6;
            *r4 = r4.wrapping_add(*r2);
            yield_!(*r4);
        }
    }
    let g16 = D::new(1002, log);
    let _g17 = D::new(3, log);
    if (1i64 != h(-1i64) || input.is_empty()) {
        let _g18 = D::new(4, log);
    } else {
    }
    Ok(13i64)
}

fn p_80(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 0i64 == 100i64 {
        let x1 = check({
            {
                out.push(h(7i64.wrapping_add(7i64)));
            };
            7i64.wrapping_mul(3i64)
        })?;
    } else if input.is_empty() {
        {
            out.push(h2(10i64, ((-1i64).rem_euclid(6)).rem_euclid(7)));
        };
    } else {
        {
            let (ref r2, ref mut r4) = (1i64, h(((input.len() as i64) ^ (input.len() as i64))));
            {
                out.push(*r2);
            };
            let mut v5: Vec<i64> = vec![h(3i64), 7i64];
            let mut c6 = 0_i64;
            'l7: loop {
                c6 += 1;
                if c6 > 4 {
                    break;
                }
                let g8 = D::new(1001, log);
                {
                    out.push(c6);
                };
                let x9: i64;
                if ({
                    {
                        out.push(0i64.wrapping_add(2i64));
                    };
                    c6.wrapping_add(c6)
                })
                .rem_euclid(2)
                    == 0
                {
                    if let Some(x10) = input.first().copied() {}
                    let mut v11: Vec<i64> = vec![
                        (input.len() as i64).wrapping_add(v5.first().copied().unwrap_or(-4i64)),
                        -4i64,
                    ];
                    let x13 = {
                        let mut x12 = c6;
                        {
                            out.push(10i64);
                        };
                        x12
                    };
                    x9 = c6;
                } else {
                    if ({
                        {
                            out.push(c6);
                        };
                        input.get(0).copied().unwrap_or(-4i64) < c6
                    } || c6 != (100i64 ^ c6))
                    {
                        continue 'l7;
                    }
                    let mut x14 =
                        (3i64.rem_euclid(7)).wrapping_mul(input.get(3).copied().unwrap_or(100i64));
                    x9 = 5i64;
                }
                {
                    out.push((|| v5.len() as i64)());
                };
            }
            let x15 = c6;
            *r4 = r4.wrapping_add(*r2);
            {
                out.push(*r4);
            };
        }
    }
    let g16 = D::new(1002, log);
    let _g17 = D::new(3, log);
    if (1i64 != h(-1i64) || input.is_empty()) {
        let _g18 = D::new(4, log);
    } else {
    }
    Ok(13i64)
}

// body 81 (seed 2)
#[genfn::generator(yield = i64)]
fn g_81(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut stk1: Vec<i64> = input.to_vec();
    stk1.truncate(4);
    while let Some(x2) = stk1.pop()
        && x2 != 10i64
    {
        let mut x3 = 5i64;
        let mut c4 = 0_i64;
        while c4 < 1 {
            c4 += 1;
            let mut c5 = 0_i64;
            loop {
                c5 += 1;
                if c5 > 3 {
                    break;
                }
                let g6 = D::new(1001, log);
                x3 = (input.len() as i64).wrapping_sub(c5);
                x3 |= h2(-1i64, c5).rem_euclid(2).wrapping_add(x3);
                let mut v7: Vec<i64> = Vec::new();
            }
            let Some(x8) = check(c5).ok() else {
                continue;
            };
            let _g9 = D::new(2, log);
            let Some(x10) = None::<i64> else {
                return Err(format!("early {}", -1i64));
            };
        }
    }
    match (-1i64).rem_euclid(4) {
        0 => {
            let mut v12: Vec<i64> = vec![5i64, -4i64];
            match (h2(10i64, 100i64.wrapping_sub(2i64)), None::<i64>) {
                (x13, Some(x14))
                    if input.get(5).copied().unwrap_or(10i64)
                        < v12.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)) =>
                {
                    match ((if (input.len() as i64) == x13 {
                        x13
                    } else {
                        x14
                    })
                    .wrapping_sub(x13))
                    .rem_euclid(3)
                    {
                        0 => {
                            check(x14)?;
                            yield_!(x13);
                        }
                        1 | 2 => {
                            let mut x16 = v12.first().copied().unwrap_or(4i64).wrapping_sub(x14);
                            let g17 = D::new(1003, log);
                            if (x13 == check(x14)? || x16 < 10i64) {
                                x16 = (input.len() as i64);
                                let _g18 = D::new(4, log);
                                if x14
                                    < ({
                                        yield_!(7i64);
                                        (input.len() as i64)
                                    })
                                    .rem_euclid(3)
                                {
                                    return Err(format!("early {}", x16));
                                }
                                let mut s19 = format!("{}", 13i64);
                            } else {
                                yield_!(check(1i64).ok().unwrap_or(10i64));
                            }
                        }
                        n15 if input.first().copied().is_some() => yield_!(n15),
                        n15 => {}
                    }
                }
                (x13, None) => {}
                (_, Some(x14)) => {}
            }
        }
        1 | 2 => {}
        n11 if input.is_empty() => {}
        n11 => {}
    }
    Ok(0i64)
}

fn p_81(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut stk1: Vec<i64> = input.to_vec();
    stk1.truncate(4);
    while let Some(x2) = stk1.pop()
        && x2 != 10i64
    {
        let mut x3 = 5i64;
        let mut c4 = 0_i64;
        while c4 < 1 {
            c4 += 1;
            let mut c5 = 0_i64;
            loop {
                c5 += 1;
                if c5 > 3 {
                    break;
                }
                let g6 = D::new(1001, log);
                x3 = (input.len() as i64).wrapping_sub(c5);
                x3 |= h2(-1i64, c5).rem_euclid(2).wrapping_add(x3);
                let mut v7: Vec<i64> = Vec::new();
            }
            let Some(x8) = check(c5).ok() else {
                continue;
            };
            let _g9 = D::new(2, log);
            let Some(x10) = None::<i64> else {
                return Err(format!("early {}", -1i64));
            };
        }
    }
    match (-1i64).rem_euclid(4) {
        0 => {
            let mut v12: Vec<i64> = vec![5i64, -4i64];
            match (h2(10i64, 100i64.wrapping_sub(2i64)), None::<i64>) {
                (x13, Some(x14))
                    if input.get(5).copied().unwrap_or(10i64)
                        < v12.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)) =>
                {
                    match ((if (input.len() as i64) == x13 {
                        x13
                    } else {
                        x14
                    })
                    .wrapping_sub(x13))
                    .rem_euclid(3)
                    {
                        0 => {
                            check(x14)?;
                            {
                                out.push(x13);
                            };
                        }
                        1 | 2 => {
                            let mut x16 = v12.first().copied().unwrap_or(4i64).wrapping_sub(x14);
                            let g17 = D::new(1003, log);
                            if (x13 == check(x14)? || x16 < 10i64) {
                                x16 = (input.len() as i64);
                                let _g18 = D::new(4, log);
                                if x14
                                    < ({
                                        {
                                            out.push(7i64);
                                        };
                                        (input.len() as i64)
                                    })
                                    .rem_euclid(3)
                                {
                                    return Err(format!("early {}", x16));
                                }
                                let mut s19 = format!("{}", 13i64);
                            } else {
                                {
                                    out.push(check(1i64).ok().unwrap_or(10i64));
                                };
                            }
                        }
                        n15 if input.first().copied().is_some() => {
                            out.push(n15);
                        }
                        n15 => {}
                    }
                }
                (x13, None) => {}
                (_, Some(x14)) => {}
            }
        }
        1 | 2 => {}
        n11 if input.is_empty() => {}
        n11 => {}
    }
    Ok(0i64)
}

// body 82 (seed 2)
#[genfn::generator(yield = i64)]
fn g_82(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut s2 = format!("{}", -4i64);
    check((check(10i64)?).wrapping_mul(7i64))?;
    yield_!(input.get(2).copied().unwrap_or(1i64));
    {
        let t3 = s2;
        yield_!((t3.len() as i64));
        yield_!((t3.len() as i64));
        check(h2(-4i64, 2i64).wrapping_add({
            yield_!(7i64);
            input.get(3).copied().unwrap_or(4i64)
        }))?;
        s2 = t3 + "m";
    }
    Ok(3i64)
}

fn p_82(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut s2 = format!("{}", -4i64);
    check((check(10i64)?).wrapping_mul(7i64))?;
    {
        out.push(input.get(2).copied().unwrap_or(1i64));
    };
    {
        let t3 = s2;
        {
            out.push((t3.len() as i64));
        };
        {
            out.push((t3.len() as i64));
        };
        check(h2(-4i64, 2i64).wrapping_add({
            {
                out.push(7i64);
            };
            input.get(3).copied().unwrap_or(4i64)
        }))?;
        s2 = t3 + "m";
    }
    Ok(3i64)
}

// body 83 (seed 2)
#[genfn::generator(yield = i64)]
fn g_83(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while {
        yield_!(c1);
        c1 < 2
    } {
        c1 += 1;
        let x3 = (input.len() as i64);
        if input.contains(&3) {
            return Ok({
                yield_!(x3);
                h2((input.len() as i64).rem_euclid(3), x3)
            });
        }
        yield_!(input.get(3).copied().unwrap_or(-1i64));
    }
    yield_!(input.get(6).copied().unwrap_or(13i64).wrapping_sub(h(2i64)));
    yield_!(input.get(0).copied().unwrap_or(5i64));
    Ok(7i64)
}

fn p_83(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while {
        {
            out.push(c1);
        };
        c1 < 2
    } {
        c1 += 1;
        let x3 = (input.len() as i64);
        if input.contains(&3) {
            return Ok({
                {
                    out.push(x3);
                };
                h2((input.len() as i64).rem_euclid(3), x3)
            });
        }
        {
            out.push(input.get(3).copied().unwrap_or(-1i64));
        };
    }
    {
        out.push(input.get(6).copied().unwrap_or(13i64).wrapping_sub(h(2i64)));
    };
    {
        out.push(input.get(0).copied().unwrap_or(5i64));
    };
    Ok(7i64)
}

// body 84 (seed 2)
#[genfn::generator(yield = i64)]
fn g_84(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(100i64);
    let Some(x1) = check(0i64).ok() else {
        return Err(format!("early {}", 3i64));
    };
    let x2 = 7i64;
    let _g3 = D::new(1, log);
    Ok(0i64.rem_euclid(3))
}

fn p_84(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(100i64);
    };
    let Some(x1) = check(0i64).ok() else {
        return Err(format!("early {}", 3i64));
    };
    let x2 = 7i64;
    let _g3 = D::new(1, log);
    Ok(0i64.rem_euclid(3))
}

// body 85 (seed 2)
#[genfn::generator(yield = i64)]
fn g_85(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    while c1 < 3 {
        c1 += 1;
        if 4i64
            != h({
                yield_!((input.len() as i64));
                1i64
            })
        {
            continue;
        }
        let (mut x2, _, mut x3) = (
            {
                yield_!(c1);
                c1
            },
            7i64,
            input.get(4).copied().unwrap_or(-1i64),
        );
        if !(({
            let x3 = x3
                .wrapping_mul(2)
                .wrapping_add(h(input.get(2).copied().unwrap_or(3i64)));
            yield_!(x3);
            x2 = (input.len() as i64);
            (input.len() as i64)
        }) != x2)
        {
            skip!();
        }
    }
    let _g4 = D::new(1, log);
    let mut x5 = c1;
    let Some(x6) = input.last().copied() else {
        return Ok((4i64 ^ h2(2i64, (input.len() as i64)).rem_euclid(6)));
    };
    yield_!(h(x5));
    'l7: for &i8 in input.iter().rev().take(4) {
        let mut x9 = {
            yield_!(
                ((input.len() as i64).rem_euclid(3))
                    .wrapping_add(input.get(2).copied().unwrap_or(4i64))
            );
            (-4i64).wrapping_mul(input.get(2).copied().unwrap_or(0i64))
        };
        let Some(x5) = check(h(h2(i8, c1))).ok() else {
            yield_!(x5);
            return Ok(7i64.rem_euclid(7));
        };
        let mut o10 = input.last().copied();
    }
    let mut v11: Vec<i64> = vec![-4i64, 13i64];
    Ok(x5)
}

fn p_85(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    while c1 < 3 {
        c1 += 1;
        if 4i64
            != h({
                {
                    out.push((input.len() as i64));
                };
                1i64
            })
        {
            continue;
        }
        let (mut x2, _, mut x3) = (
            {
                {
                    out.push(c1);
                };
                c1
            },
            7i64,
            input.get(4).copied().unwrap_or(-1i64),
        );
        if !(({
            let x3 = x3
                .wrapping_mul(2)
                .wrapping_add(h(input.get(2).copied().unwrap_or(3i64)));
            {
                out.push(x3);
            };
            x2 = (input.len() as i64);
            (input.len() as i64)
        }) != x2)
        {
            skip!();
        }
    }
    let _g4 = D::new(1, log);
    let mut x5 = c1;
    let Some(x6) = input.last().copied() else {
        return Ok((4i64 ^ h2(2i64, (input.len() as i64)).rem_euclid(6)));
    };
    {
        out.push(h(x5));
    };
    'l7: for &i8 in input.iter().rev().take(4) {
        let mut x9 = {
            {
                out.push(
                    ((input.len() as i64).rem_euclid(3))
                        .wrapping_add(input.get(2).copied().unwrap_or(4i64)),
                );
            };
            (-4i64).wrapping_mul(input.get(2).copied().unwrap_or(0i64))
        };
        let Some(x5) = check(h(h2(i8, c1))).ok() else {
            {
                out.push(x5);
            };
            return Ok(7i64.rem_euclid(7));
        };
        let mut o10 = input.last().copied();
    }
    let mut v11: Vec<i64> = vec![-4i64, 13i64];
    Ok(x5)
}

// body 86 (seed 2)
#[genfn::generator(yield = i64)]
fn g_86(input: &[i64], log: &Log) -> Result<i64, String> {
    let x17 = 'b1: {
        let g2 = D::new(1001, log);
        if (1i64 < (input.len() as i64).wrapping_add(100i64)
            || 0i64 < input.get(1).copied().unwrap_or(-4i64))
        {
            if 0i64 != h2(5i64, 10i64) {
                return Ok(10i64);
            }
            let x3 = (-4i64).rem_euclid(4);
            if input.contains(&3) {
                break 'b1 {
                    yield_!(-4i64);
                    (input.len() as i64).wrapping_add(x3)
                };
            }
        }
        if input.is_empty() {
            stop!('b1, 1i64);
        }
        if (100i64 < -4i64 && (13i64 == 7i64 && -4i64 < (input.len() as i64))) {
            let mut v4: Vec<i64> = vec![1i64, 3i64];
            let mut c5 = 0_i64;
            'l6: loop {
                c5 += 1;
                if c5 > 2 {
                    break;
                }
                'l7: for i8 in 0..((7i64.wrapping_sub(c5)).rem_euclid(6)).rem_euclid(5) {
                    let mut c9 = 0_i64;
                    loop {
                        c9 += 1;
                        if c9 > 2 {
                            break;
                        }
                    }
                    let mut c10 = 0_i64;
                    let mut x12 = 'l11: loop {
                        c10 += 1;
                        if c10 > 1 {
                            break 'l11 c5.wrapping_mul(1i64).wrapping_add(100i64);
                        }
                    };
                }
                if (10i64.wrapping_sub(c5)).rem_euclid(2) == 0 {
                    let mut c13 = 0_i64;
                    while c13 < 1 {
                        c13 += 1;
                        if input.is_empty() {
                            break;
                        }
                    }
                    let mut x14 = input.get(3).copied().unwrap_or(13i64);
                    if input.get(3).copied().unwrap_or(0i64) < c13 {
                        return Ok(100i64);
                    }
                }
                let mut c15 = 0_i64;
                while c15 < 1 {
                    c15 += 1;
                    let g16 = D::new(1002, log);
                }
            }
        } else {
        }
        2i64
    };
    Ok(x17)
}

fn p_86(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x17 = 'b1: {
        let g2 = D::new(1001, log);
        if (1i64 < (input.len() as i64).wrapping_add(100i64)
            || 0i64 < input.get(1).copied().unwrap_or(-4i64))
        {
            if 0i64 != h2(5i64, 10i64) {
                return Ok(10i64);
            }
            let x3 = (-4i64).rem_euclid(4);
            if input.contains(&3) {
                break 'b1 {
                    {
                        out.push(-4i64);
                    };
                    (input.len() as i64).wrapping_add(x3)
                };
            }
        }
        if input.is_empty() {
            stop!('b1, 1i64);
        }
        if (100i64 < -4i64 && (13i64 == 7i64 && -4i64 < (input.len() as i64))) {
            let mut v4: Vec<i64> = vec![1i64, 3i64];
            let mut c5 = 0_i64;
            'l6: loop {
                c5 += 1;
                if c5 > 2 {
                    break;
                }
                'l7: for i8 in 0..((7i64.wrapping_sub(c5)).rem_euclid(6)).rem_euclid(5) {
                    let mut c9 = 0_i64;
                    loop {
                        c9 += 1;
                        if c9 > 2 {
                            break;
                        }
                    }
                    let mut c10 = 0_i64;
                    let mut x12 = 'l11: loop {
                        c10 += 1;
                        if c10 > 1 {
                            break 'l11 c5.wrapping_mul(1i64).wrapping_add(100i64);
                        }
                    };
                }
                if (10i64.wrapping_sub(c5)).rem_euclid(2) == 0 {
                    let mut c13 = 0_i64;
                    while c13 < 1 {
                        c13 += 1;
                        if input.is_empty() {
                            break;
                        }
                    }
                    let mut x14 = input.get(3).copied().unwrap_or(13i64);
                    if input.get(3).copied().unwrap_or(0i64) < c13 {
                        return Ok(100i64);
                    }
                }
                let mut c15 = 0_i64;
                while c15 < 1 {
                    c15 += 1;
                    let g16 = D::new(1002, log);
                }
            }
        } else {
        }
        2i64
    };
    Ok(x17)
}

// body 87 (seed 2)
#[genfn::generator(yield = i64)]
fn g_87(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(13i64);
    let mut s1 = 1i64.to_string();
    let mut o2 = input.get(4).copied();
    let _ = D::new(1, log);
    let (Some(x3), x4) = (input.get(4).copied(), 1i64) else {
        return Ok(3i64);
    };
    Ok(10i64)
}

fn p_87(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(13i64);
    };
    let mut s1 = 1i64.to_string();
    let mut o2 = input.get(4).copied();
    let _ = D::new(1, log);
    let (Some(x3), x4) = (input.get(4).copied(), 1i64) else {
        return Ok(3i64);
    };
    Ok(10i64)
}

// body 88 (seed 2)
#[genfn::generator(yield = i64)]
fn g_88(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(2i64);
    let (x1, (_, x2)) = (
        -4i64,
        (
            13i64,
            check({
                let (Some(x3), x4) = (
                    input.last().copied(),
                    (if 100i64.rem_euclid(3) == 0 {
                        {
                            yield_!(1i64);
                            2i64
                        }
                    } else {
                        (-4i64 ^ -1i64)
                    }),
                ) else {
                    return Ok(3i64.wrapping_add(7i64));
                };
                yield_!(((input.len() as i64) as i32 as i64));
                x3.rem_euclid(5)
            })?,
        ),
    );
    let mut o5 = input.get(0).copied();
    {
        let (Some(ref mut r6), ref mut r8) = (
            Some(
                (if x1 != (input.len() as i64) {
                    7i64
                } else {
                    -1i64
                }),
            ),
            {
                yield_!(input.get(3).copied().unwrap_or(3i64));
                x2
            },
        ) else {
            return Err(format!("early {}", x1));
        };
        yield_!(*r6);
        let mut v9: Vec<i64> = input.to_vec();
        *r8 = r8.wrapping_add(*r6);
        yield_!(*r8);
    }
    Ok(h2(1i64, (x1 as i32 as i64).wrapping_sub(3i64)))
}

fn p_88(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(2i64);
    };
    let (x1, (_, x2)) = (
        -4i64,
        (
            13i64,
            check({
                let (Some(x3), x4) = (
                    input.last().copied(),
                    (if 100i64.rem_euclid(3) == 0 {
                        {
                            {
                                out.push(1i64);
                            };
                            2i64
                        }
                    } else {
                        (-4i64 ^ -1i64)
                    }),
                ) else {
                    return Ok(3i64.wrapping_add(7i64));
                };
                {
                    out.push(((input.len() as i64) as i32 as i64));
                };
                x3.rem_euclid(5)
            })?,
        ),
    );
    let mut o5 = input.get(0).copied();
    {
        let (Some(ref mut r6), ref mut r8) = (
            Some(
                (if x1 != (input.len() as i64) {
                    7i64
                } else {
                    -1i64
                }),
            ),
            {
                {
                    out.push(input.get(3).copied().unwrap_or(3i64));
                };
                x2
            },
        ) else {
            return Err(format!("early {}", x1));
        };
        {
            out.push(*r6);
        };
        let mut v9: Vec<i64> = input.to_vec();
        *r8 = r8.wrapping_add(*r6);
        {
            out.push(*r8);
        };
    }
    Ok(h2(1i64, (x1 as i32 as i64).wrapping_sub(3i64)))
}

// body 89 (seed 2)
#[genfn::generator(yield = i64)]
fn g_89(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = check(7i64)?;
    x1 = (check(-1i64)?).wrapping_add(0i64);
    let mut o4 = Some(4i64);
    x1 ^= x1.wrapping_add(x1).wrapping_sub({
        let mut x5 = {
            yield_!(((x1 as i32 as i64) as i32 as i64));
            13i64
        };
        yield_!(o4.unwrap_or(-4i64));
        (input.len() as i64)
    });
    'l6: for &i7 in &vec![-1i64, 2i64] {
        let mut v8: Vec<i64> = Vec::new();
        if input.is_empty() {
            let i7 = i7
                .wrapping_mul(2)
                .wrapping_add((10i64 ^ i7).wrapping_add(i7.wrapping_add(13i64)));
        } else {
            let x9 = 100i64;
            let mut x10 = x9.wrapping_sub(x1);
        }
    }
    Ok(x1)
}

fn p_89(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = check(7i64)?;
    x1 = (check(-1i64)?).wrapping_add(0i64);
    let mut o4 = Some(4i64);
    x1 ^= x1.wrapping_add(x1).wrapping_sub({
        let mut x5 = {
            {
                out.push(((x1 as i32 as i64) as i32 as i64));
            };
            13i64
        };
        {
            out.push(o4.unwrap_or(-4i64));
        };
        (input.len() as i64)
    });
    'l6: for &i7 in &vec![-1i64, 2i64] {
        let mut v8: Vec<i64> = Vec::new();
        if input.is_empty() {
            let i7 = i7
                .wrapping_mul(2)
                .wrapping_add((10i64 ^ i7).wrapping_add(i7.wrapping_add(13i64)));
        } else {
            let x9 = 100i64;
            let mut x10 = x9.wrapping_sub(x1);
        }
    }
    Ok(x1)
}

// body 90 (seed 2)
#[genfn::generator(yield = i64)]
fn g_90(input: &[i64], log: &Log) -> Result<i64, String> {
    'l1: for &i2 in vec![5i64, 0i64, 100i64.wrapping_sub(-4i64)].iter() {
        let mut s3 = i2.to_string();
        let mut x4 = [i2.wrapping_add(i2).wrapping_add(i2.rem_euclid(3)), {
            yield_!(or_skip!(check(1i64).ok()));
            3i64.rem_euclid(5)
        }][1];
        match i2.rem_euclid(5) {
            0 => {
                yield_!(i2.wrapping_add((100i64 as i32 as i64)));
                let mut o6 = check((s3.len() as i64)).ok();
                let mut x7 = x4;
            }
            1 | 2 => match input.get(1).copied().unwrap_or(1i64).rem_euclid(4) {
                0 => {
                    let x9 = i2;
                    if input.get(6).copied().unwrap_or(13i64)
                        < input.get(4).copied().unwrap_or(-1i64)
                    {
                        let x10 = D::new(2001, log).0.wrapping_add({
                            let _g11 = D::new(2, log);
                            yield_!(5i64);
                            x4.wrapping_sub(i2)
                        });
                        {
                            let t12 = s3;
                            let x13 = check(-1i64)?;
                            s3 = t12 + "m";
                        }
                        match h(x9).rem_euclid(3) {
                            0 => {
                                if 0i64
                                    != ({
                                        yield_!(input.get(3).copied().unwrap_or(5i64));
                                        check(x9)?
                                    })
                                {
                                    stop!();
                                }
                            }
                            1 | 2 => {
                                yield_!((s3.len() as i64));
                            }
                            3..=4 => {
                                let mut x15 = input.get(2).copied().unwrap_or(2i64);
                            }
                            n14 => {}
                        }
                    } else {
                        let mut v16: Vec<i64> = vec![x9; 2];
                    }
                    if h(x9.wrapping_mul(x9)) == (input.len() as i64) {
                        let mut v17: Vec<i64> = input.to_vec();
                    } else {
                        let g18 = D::new(1003, log);
                        {}
                        x4 = check(x9)?;
                    }
                }
                1 | 2 => {}
                3..=4 => {}
                n8 if (i2 ^ (input.len() as i64)) < 7i64 => {}
                n8 => {}
            },
            n5 if i2 < (n5 ^ 2i64) => {}
            n5 => {}
        }
    }
    Ok(7i64)
}

fn p_90(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    'l1: for &i2 in vec![5i64, 0i64, 100i64.wrapping_sub(-4i64)].iter() {
        let mut s3 = i2.to_string();
        let mut x4 = [i2.wrapping_add(i2).wrapping_add(i2.rem_euclid(3)), {
            {
                out.push(or_skip!(check(1i64).ok()));
            };
            3i64.rem_euclid(5)
        }][1];
        match i2.rem_euclid(5) {
            0 => {
                {
                    out.push(i2.wrapping_add((100i64 as i32 as i64)));
                };
                let mut o6 = check((s3.len() as i64)).ok();
                let mut x7 = x4;
            }
            1 | 2 => match input.get(1).copied().unwrap_or(1i64).rem_euclid(4) {
                0 => {
                    let x9 = i2;
                    if input.get(6).copied().unwrap_or(13i64)
                        < input.get(4).copied().unwrap_or(-1i64)
                    {
                        let x10 = D::new(2001, log).0.wrapping_add({
                            let _g11 = D::new(2, log);
                            {
                                out.push(5i64);
                            };
                            x4.wrapping_sub(i2)
                        });
                        {
                            let t12 = s3;
                            let x13 = check(-1i64)?;
                            s3 = t12 + "m";
                        }
                        match h(x9).rem_euclid(3) {
                            0 => {
                                if 0i64
                                    != ({
                                        {
                                            out.push(input.get(3).copied().unwrap_or(5i64));
                                        };
                                        check(x9)?
                                    })
                                {
                                    stop!();
                                }
                            }
                            1 | 2 => {
                                {
                                    out.push((s3.len() as i64));
                                };
                            }
                            3..=4 => {
                                let mut x15 = input.get(2).copied().unwrap_or(2i64);
                            }
                            n14 => {}
                        }
                    } else {
                        let mut v16: Vec<i64> = vec![x9; 2];
                    }
                    if h(x9.wrapping_mul(x9)) == (input.len() as i64) {
                        let mut v17: Vec<i64> = input.to_vec();
                    } else {
                        let g18 = D::new(1003, log);
                        {}
                        x4 = check(x9)?;
                    }
                }
                1 | 2 => {}
                3..=4 => {}
                n8 if (i2 ^ (input.len() as i64)) < 7i64 => {}
                n8 => {}
            },
            n5 if i2 < (n5 ^ 2i64) => {}
            n5 => {}
        }
    }
    Ok(7i64)
}

// body 91 (seed 2)
#[genfn::generator(yield = i64)]
fn g_91(input: &[i64], log: &Log) -> Result<i64, String> {
    match (100i64, input.get(2).copied()) {
        (x1, Some(x2)) if input.get(2).copied().unwrap_or(100i64) == x2 => {
            let mut v3: Vec<i64> = input.to_vec();
            yield_!(format!("{v3:?}").len() as i64);
        }
        (x1, None) => yield_!(-4i64),
        (_, Some(x2)) => {
            let _g4 = D::new(1, log);
            if let Some(x5) = input.first().copied() {
                let mut c6 = 0_i64;
                while c6 < 1 {
                    c6 += 1;
                    let Some(x7) = input.get(6).copied() else {
                        return Ok(c6.wrapping_add(x5));
                    };
                    let _g8 = D::new(2, log);
                    yield_!(x5);
                    let _g9 = D::new(3, log);
                }
                if c6
                    < (if x5 < x5 {
                        x2
                    } else {
                        {
                            if x5 == 5i64 {
                                return Ok(x2);
                            }
                            yield_!(x2);
                            100i64
                        }
                    })
                {
                    let mut v10: Vec<i64> = input.to_vec();
                    check(
                        (x5 ^ (input.len() as i64).wrapping_add({
                            yield_!((input.len() as i64));
                            10i64
                        })),
                    )?;
                    let Some(x11) = input.get(6).copied() else {
                        return Ok((check(x5)? ^ (input.len() as i64)));
                    };
                    yield_!(format!("{v10:?}").len() as i64);
                }
                let mut x12 = 3i64;
                if let Some(x13) = Some(x12) {
                    let mut x14 = c6;
                    let mut v15: Vec<i64> = Vec::new();
                    if 3i64
                        == (if x14 < 100i64 {
                            (v15.len() as i64)
                        } else {
                            x14
                        })
                    {
                        let Some(x12) = input.last().copied() else {
                            yield_!(x12);
                            return Ok(4i64);
                        };
                        yield_!(
                            (5i64.wrapping_sub(input.get(3).copied().unwrap_or(-1i64)))
                                .wrapping_mul(x13)
                        );
                    } else {
                    }
                }
            }
        }
    }
    Ok(input.get(1).copied().unwrap_or(2i64))
}

fn p_91(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match (100i64, input.get(2).copied()) {
        (x1, Some(x2)) if input.get(2).copied().unwrap_or(100i64) == x2 => {
            let mut v3: Vec<i64> = input.to_vec();
            {
                out.push(format!("{v3:?}").len() as i64);
            };
        }
        (x1, None) => {
            out.push(-4i64);
        }
        (_, Some(x2)) => {
            let _g4 = D::new(1, log);
            if let Some(x5) = input.first().copied() {
                let mut c6 = 0_i64;
                while c6 < 1 {
                    c6 += 1;
                    let Some(x7) = input.get(6).copied() else {
                        return Ok(c6.wrapping_add(x5));
                    };
                    let _g8 = D::new(2, log);
                    {
                        out.push(x5);
                    };
                    let _g9 = D::new(3, log);
                }
                if c6
                    < (if x5 < x5 {
                        x2
                    } else {
                        {
                            if x5 == 5i64 {
                                return Ok(x2);
                            }
                            {
                                out.push(x2);
                            };
                            100i64
                        }
                    })
                {
                    let mut v10: Vec<i64> = input.to_vec();
                    check(
                        (x5 ^ (input.len() as i64).wrapping_add({
                            {
                                out.push((input.len() as i64));
                            };
                            10i64
                        })),
                    )?;
                    let Some(x11) = input.get(6).copied() else {
                        return Ok((check(x5)? ^ (input.len() as i64)));
                    };
                    {
                        out.push(format!("{v10:?}").len() as i64);
                    };
                }
                let mut x12 = 3i64;
                if let Some(x13) = Some(x12) {
                    let mut x14 = c6;
                    let mut v15: Vec<i64> = Vec::new();
                    if 3i64
                        == (if x14 < 100i64 {
                            (v15.len() as i64)
                        } else {
                            x14
                        })
                    {
                        let Some(x12) = input.last().copied() else {
                            {
                                out.push(x12);
                            };
                            return Ok(4i64);
                        };
                        {
                            out.push(
                                (5i64.wrapping_sub(input.get(3).copied().unwrap_or(-1i64)))
                                    .wrapping_mul(x13),
                            );
                        };
                    } else {
                    }
                }
            }
        }
    }
    Ok(input.get(1).copied().unwrap_or(2i64))
}

// body 92 (seed 2)
#[genfn::generator(yield = i64)]
fn g_92(input: &[i64], log: &Log) -> Result<i64, String> {
    if ({
        yield_!(5i64);
        100i64
    })
    .rem_euclid(3)
        == 0
    {
        return Ok(h2((5i64 ^ 3i64), (1i64 as i32 as i64).wrapping_add(7i64)));
    }
    match (1i64, input.get(1).copied()) {
        (x1, Some(x2)) if 3i64 != x1 => {
            if input.is_empty() {
                let mut x3 = 10i64.rem_euclid(7);
            } else {
                let x4 = -1i64;
                match (check({
                    let Some(x4) = Some(x2) else {
                        yield_!(x4);
                        return Ok(0i64.rem_euclid(3));
                    };
                    yield_!(x4);
                    x1
                })?)
                .rem_euclid(4)
                {
                    0 => {
                        let mut v6: Vec<i64> =
                            vec![(if (-4i64).rem_euclid(2) == 0 { 7i64 } else { x4 }), -4i64];
                        let mut x7 = ({
                            yield_!(x4);
                            3i64.wrapping_sub(x4)
                        })
                        .wrapping_add({
                            yield_!(13i64);
                            (input.len() as i64).wrapping_sub(x1)
                        });
                        for i8 in v6.iter().copied().take(4) {
                            let mut x9 = check(input.get(6).copied().unwrap_or(-1i64))?;
                            let x4 = x4.wrapping_mul(2).wrapping_add(
                                input.first().copied().unwrap_or(3i64).wrapping_sub(4i64),
                            );
                            let mut x10 = h(x4);
                        }
                        yield_!(x4);
                    }
                    1 | 2 => {
                        let mut v11: Vec<i64> = input.to_vec();
                        yield_!(x1);
                    }
                    n5 if x4 < 1i64 => yield_!(n5),
                    n5 => {
                        let g12 = D::new(1001, log);
                    }
                }
            }
            let x13 = x2;
            for &i14 in vec![x13, 2i64, x2].iter() {
                if x1 != input.get(5).copied().unwrap_or(13i64) {
                    stop!();
                }
                let mut x1 = x1.wrapping_mul(2).wrapping_add(i14);
                let mut x15 = 0i64;
                if input.get(2).copied().is_some() {
                    yield_!(3i64)
                } else {
                    yield_!(x15)
                }
            }
            let mut v16: Vec<i64> = input.to_vec();
        }
        (x1, None) => {
            if let (ref rg18, Some(ref r17)) = (D::new(2, log), input.get(1).copied()) {
                yield_!(*r17);
                let [mut x19, mut x20] = [
                    -1i64,
                    2i64.wrapping_mul({
                        let (mut x21, (_, mut x22)) = (
                            (h(input.get(0).copied().unwrap_or(100i64)) ^ x1),
                            (x1, 5i64),
                        );
                        yield_!(x21);
                        x21 = 2i64.wrapping_mul(x21);
                        h2(x21, 100i64)
                    }),
                ];
                match input.first().copied() {
                    Some(x23) if x23.rem_euclid(7) < x19 => {
                        let Some(x20) = input.iter().copied().find(|&z| z > 0i64) else {
                            yield_!(x20);
                            return Err(format!("early {}", h(1i64)));
                        };
                        if let Some(x24) = input.first().copied() {}
                    }
                    Some(x23) => {}
                    None => {}
                }
                yield_!(rg18.0.wrapping_add(*r17));
            } else {
            }
        }
        (_, Some(x2)) => {}
    }
    Ok({
        yield_!(
            (3i64 ^ (input.len() as i64)).wrapping_add((input.len() as i64).wrapping_sub(1i64))
        );
        1i64
    })
}

fn p_92(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if ({
        {
            out.push(5i64);
        };
        100i64
    })
    .rem_euclid(3)
        == 0
    {
        return Ok(h2((5i64 ^ 3i64), (1i64 as i32 as i64).wrapping_add(7i64)));
    }
    match (1i64, input.get(1).copied()) {
        (x1, Some(x2)) if 3i64 != x1 => {
            if input.is_empty() {
                let mut x3 = 10i64.rem_euclid(7);
            } else {
                let x4 = -1i64;
                match (check({
                    let Some(x4) = Some(x2) else {
                        {
                            out.push(x4);
                        };
                        return Ok(0i64.rem_euclid(3));
                    };
                    {
                        out.push(x4);
                    };
                    x1
                })?)
                .rem_euclid(4)
                {
                    0 => {
                        let mut v6: Vec<i64> =
                            vec![(if (-4i64).rem_euclid(2) == 0 { 7i64 } else { x4 }), -4i64];
                        let mut x7 = ({
                            {
                                out.push(x4);
                            };
                            3i64.wrapping_sub(x4)
                        })
                        .wrapping_add({
                            {
                                out.push(13i64);
                            };
                            (input.len() as i64).wrapping_sub(x1)
                        });
                        for i8 in v6.iter().copied().take(4) {
                            let mut x9 = check(input.get(6).copied().unwrap_or(-1i64))?;
                            let x4 = x4.wrapping_mul(2).wrapping_add(
                                input.first().copied().unwrap_or(3i64).wrapping_sub(4i64),
                            );
                            let mut x10 = h(x4);
                        }
                        {
                            out.push(x4);
                        };
                    }
                    1 | 2 => {
                        let mut v11: Vec<i64> = input.to_vec();
                        {
                            out.push(x1);
                        };
                    }
                    n5 if x4 < 1i64 => {
                        out.push(n5);
                    }
                    n5 => {
                        let g12 = D::new(1001, log);
                    }
                }
            }
            let x13 = x2;
            for &i14 in vec![x13, 2i64, x2].iter() {
                if x1 != input.get(5).copied().unwrap_or(13i64) {
                    stop!();
                }
                let mut x1 = x1.wrapping_mul(2).wrapping_add(i14);
                let mut x15 = 0i64;
                if input.get(2).copied().is_some() {
                    {
                        out.push(3i64);
                    }
                } else {
                    {
                        out.push(x15);
                    }
                }
            }
            let mut v16: Vec<i64> = input.to_vec();
        }
        (x1, None) => {
            if let (ref rg18, Some(ref r17)) = (D::new(2, log), input.get(1).copied()) {
                {
                    out.push(*r17);
                };
                let [mut x19, mut x20] = [
                    -1i64,
                    2i64.wrapping_mul({
                        let (mut x21, (_, mut x22)) = (
                            (h(input.get(0).copied().unwrap_or(100i64)) ^ x1),
                            (x1, 5i64),
                        );
                        {
                            out.push(x21);
                        };
                        x21 = 2i64.wrapping_mul(x21);
                        h2(x21, 100i64)
                    }),
                ];
                match input.first().copied() {
                    Some(x23) if x23.rem_euclid(7) < x19 => {
                        let Some(x20) = input.iter().copied().find(|&z| z > 0i64) else {
                            {
                                out.push(x20);
                            };
                            return Err(format!("early {}", h(1i64)));
                        };
                        if let Some(x24) = input.first().copied() {}
                    }
                    Some(x23) => {}
                    None => {}
                }
                {
                    out.push(rg18.0.wrapping_add(*r17));
                };
            } else {
            }
        }
        (_, Some(x2)) => {}
    }
    Ok({
        {
            out.push(
                (3i64 ^ (input.len() as i64)).wrapping_add((input.len() as i64).wrapping_sub(1i64)),
            );
        };
        1i64
    })
}

// body 93 (seed 2)
#[genfn::generator(yield = i64)]
fn g_93(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", 0i64);
    let Some(x3) = input.get(2).copied() else {
        return Ok((if 5i64.wrapping_add((input.len() as i64)) != 2i64 {
            (input.len() as i64).wrapping_mul(1i64)
        } else {
            4i64
        }));
    };
    let Some(x4) = input.last().copied() else {
        return Ok((s1.len() as i64));
    };
    match (7i64, input.first().copied()) {
        (x5, Some(x6)) if (input.len() as i64) < x3 => {
            let c7 = move || s1.len() as i64;
            yield_!(c7());
        }
        (x5, None) => {
            yield_!(input.get(2).copied().unwrap_or(4i64));
            let x8 = h2(3i64, x4.wrapping_add(x3)).rem_euclid(6);
        }
        (_, Some(x6)) => {
            if x4.rem_euclid(2) == 0 {
                let mut v9: Vec<i64> = vec![x6.wrapping_sub(0i64).wrapping_add(x4), 100i64];
            }
            let mut o10 = Some((check((input.len() as i64))?).wrapping_mul({
                yield_!(0i64);
                (input.len() as i64)
            }));
        }
    }
    let mut v11: Vec<i64> = vec![100i64, 3i64];
    let mut x12 = x4;
    if {
        yield_!(x12);
        check(2i64).ok().unwrap_or(4i64) < 3i64
    } {
        let Some(x13) = check(check(3i64)?).ok() else {
            return Ok(check(v11.first().copied().unwrap_or(7i64))?);
        };
        let mut x14 = (v11.len() as i64);
    } else {
        let mut s15 = String::new();
    }
    Ok(input.get(0).copied().unwrap_or(1i64))
}

fn p_93(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", 0i64);
    let Some(x3) = input.get(2).copied() else {
        return Ok((if 5i64.wrapping_add((input.len() as i64)) != 2i64 {
            (input.len() as i64).wrapping_mul(1i64)
        } else {
            4i64
        }));
    };
    let Some(x4) = input.last().copied() else {
        return Ok((s1.len() as i64));
    };
    match (7i64, input.first().copied()) {
        (x5, Some(x6)) if (input.len() as i64) < x3 => {
            let c7 = move || s1.len() as i64;
            {
                out.push(c7());
            };
        }
        (x5, None) => {
            {
                out.push(input.get(2).copied().unwrap_or(4i64));
            };
            let x8 = h2(3i64, x4.wrapping_add(x3)).rem_euclid(6);
        }
        (_, Some(x6)) => {
            if x4.rem_euclid(2) == 0 {
                let mut v9: Vec<i64> = vec![x6.wrapping_sub(0i64).wrapping_add(x4), 100i64];
            }
            let mut o10 = Some((check((input.len() as i64))?).wrapping_mul({
                {
                    out.push(0i64);
                };
                (input.len() as i64)
            }));
        }
    }
    let mut v11: Vec<i64> = vec![100i64, 3i64];
    let mut x12 = x4;
    if {
        {
            out.push(x12);
        };
        check(2i64).ok().unwrap_or(4i64) < 3i64
    } {
        let Some(x13) = check(check(3i64)?).ok() else {
            return Ok(check(v11.first().copied().unwrap_or(7i64))?);
        };
        let mut x14 = (v11.len() as i64);
    } else {
        let mut s15 = String::new();
    }
    Ok(input.get(0).copied().unwrap_or(1i64))
}

// body 94 (seed 2)
#[genfn::generator(yield = i64)]
fn g_94(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    match (-4i64).rem_euclid(6) {
        0 => {
            let mut s3 = format!("{}", 1i64);
        }
        1 | 2 => yield_!(h2((input.len() as i64), -4i64)),
        3..=4 => yield_!(7i64),
        n2 => {
            let mut x4 = n2;
        }
    }
    let mut v5: Vec<i64> = vec![4i64, 3i64];
    let x6 = 0i64;
    match (v5.len() as i64).rem_euclid(5) {
        0 => yield_!((x6 as i32 as i64)),
        1 | 2 => {
            let mut s8 = (10i64.rem_euclid(4)).to_string();
            let (x9, (_, x10)) = (
                x6,
                (
                    {
                        yield_!(5i64);
                        h2(x6, (input.len() as i64))
                    },
                    x6,
                ),
            );
            let mut c11 = 0_i64;
            let mut x15 = 'l12: loop {
                c11 += 1;
                if c11 > 2 {
                    break 'l12 h(2i64);
                }
                let x14 = check(
                    (0i64 ^ {
                        {
                            let w13 = v5;
                            if input.get(6).copied().unwrap_or(3i64) != x10 {
                                return Err(format!("early {}", 0i64));
                            }
                            v5 = {
                                let mut w = w13;
                                w.push(1);
                                w
                            };
                        }
                        yield_!(x9);
                        input.get(6).copied().unwrap_or(3i64)
                    }),
                )?;
                yield_!(check(h(check(0i64)?))?);
                s8.push_str("yz");
            };
        }
        n7 if 0i64 < 7i64 => {
            let x16 = D::new(2002, log).0.wrapping_add({
                yield_!(x6);
                7i64.wrapping_mul(2i64)
            });
            let mut x17 = input.get(5).copied().unwrap_or(-4i64);
        }
        n7 => yield_!(input.get(4).copied().unwrap_or(-1i64)),
    }
    match input.get(5).copied() {
        None => {}
        Some(x18) if v5.contains(&(input.len() as i64).rem_euclid(5)) => {
            let mut x19 = x6;
            let mut s20 = (if (input.len() as i64) < x19 {
                x18
            } else {
                h(3i64)
            })
            .to_string();
            match v5.get(0).copied() {
                Some(x21) => {
                    let x22 = check({
                        yield_!((input.len() as i64));
                        x18
                    })?;
                    x19 = (if x22.rem_euclid(3) == 0 { x21 } else { x6 }).wrapping_sub(x18);
                    for &i23 in vec![x19, 0i64, g1.0].iter() {
                        x19 = i23;
                        yield_!(g1.0);
                    }
                    if {
                        yield_!(h2(x22, (input.len() as i64)).rem_euclid(7));
                        h2(x18, x18) < (v5.len() as i64)
                    } {
                        match ({
                            yield_!(x22.rem_euclid(6));
                            x19 = x22;
                            h(x6)
                        })
                        .rem_euclid(3)
                        {
                            0 => {
                                match v5
                                    .iter()
                                    .fold(0_i64, |acc, &z| acc.wrapping_add(z))
                                    .rem_euclid(3)
                                {
                                    0 => {
                                        let g26 = D::new(1003, log);
                                    }
                                    1 | 2 => {}
                                    3..=4 => {
                                        let mut s27 = format!("{x19}");
                                    }
                                    n25 if x18.rem_euclid(2) == 0 => yield_!(x18),
                                    n25 => {}
                                }
                                let mut s28 = input.get(1).copied().unwrap_or(13i64).to_string();
                                match x22.rem_euclid(3) {
                                    0 => {}
                                    1 | 2 => yield_!((v5.len() as i64)),
                                    n29 if ((input.len() as i64) < 100i64
                                        && x22.rem_euclid(3) == 0) =>
                                    {
                                        let mut o30 = input.get(0).copied();
                                    }
                                    n29 => {}
                                }
                            }
                            1 | 2 => if let Some(x31) = input.last().copied() {},
                            n24 => {}
                        }
                    } else {
                    }
                }
                None => {}
            }
        }
        Some(x18) => yield_!(((input.len() as i64).wrapping_add(x18)).rem_euclid(4)),
    }
    Ok({
        yield_!((if x6 < x6 { h(x6) } else { x6.rem_euclid(3) }));
        input.get(0).copied().unwrap_or(-1i64)
    })
}

fn p_94(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    match (-4i64).rem_euclid(6) {
        0 => {
            let mut s3 = format!("{}", 1i64);
        }
        1 | 2 => {
            out.push(h2((input.len() as i64), -4i64));
        }
        3..=4 => {
            out.push(7i64);
        }
        n2 => {
            let mut x4 = n2;
        }
    }
    let mut v5: Vec<i64> = vec![4i64, 3i64];
    let x6 = 0i64;
    match (v5.len() as i64).rem_euclid(5) {
        0 => {
            out.push((x6 as i32 as i64));
        }
        1 | 2 => {
            let mut s8 = (10i64.rem_euclid(4)).to_string();
            let (x9, (_, x10)) = (
                x6,
                (
                    {
                        {
                            out.push(5i64);
                        };
                        h2(x6, (input.len() as i64))
                    },
                    x6,
                ),
            );
            let mut c11 = 0_i64;
            let mut x15 = 'l12: loop {
                c11 += 1;
                if c11 > 2 {
                    break 'l12 h(2i64);
                }
                let x14 = check(
                    (0i64 ^ {
                        {
                            let w13 = v5;
                            if input.get(6).copied().unwrap_or(3i64) != x10 {
                                return Err(format!("early {}", 0i64));
                            }
                            v5 = {
                                let mut w = w13;
                                w.push(1);
                                w
                            };
                        }
                        {
                            out.push(x9);
                        };
                        input.get(6).copied().unwrap_or(3i64)
                    }),
                )?;
                {
                    out.push(check(h(check(0i64)?))?);
                };
                s8.push_str("yz");
            };
        }
        n7 if 0i64 < 7i64 => {
            let x16 = D::new(2002, log).0.wrapping_add({
                {
                    out.push(x6);
                };
                7i64.wrapping_mul(2i64)
            });
            let mut x17 = input.get(5).copied().unwrap_or(-4i64);
        }
        n7 => {
            out.push(input.get(4).copied().unwrap_or(-1i64));
        }
    }
    match input.get(5).copied() {
        None => {}
        Some(x18) if v5.contains(&(input.len() as i64).rem_euclid(5)) => {
            let mut x19 = x6;
            let mut s20 = (if (input.len() as i64) < x19 {
                x18
            } else {
                h(3i64)
            })
            .to_string();
            match v5.get(0).copied() {
                Some(x21) => {
                    let x22 = check({
                        {
                            out.push((input.len() as i64));
                        };
                        x18
                    })?;
                    x19 = (if x22.rem_euclid(3) == 0 { x21 } else { x6 }).wrapping_sub(x18);
                    for &i23 in vec![x19, 0i64, g1.0].iter() {
                        x19 = i23;
                        {
                            out.push(g1.0);
                        };
                    }
                    if {
                        {
                            out.push(h2(x22, (input.len() as i64)).rem_euclid(7));
                        };
                        h2(x18, x18) < (v5.len() as i64)
                    } {
                        match ({
                            {
                                out.push(x22.rem_euclid(6));
                            };
                            x19 = x22;
                            h(x6)
                        })
                        .rem_euclid(3)
                        {
                            0 => {
                                match v5
                                    .iter()
                                    .fold(0_i64, |acc, &z| acc.wrapping_add(z))
                                    .rem_euclid(3)
                                {
                                    0 => {
                                        let g26 = D::new(1003, log);
                                    }
                                    1 | 2 => {}
                                    3..=4 => {
                                        let mut s27 = format!("{x19}");
                                    }
                                    n25 if x18.rem_euclid(2) == 0 => {
                                        out.push(x18);
                                    }
                                    n25 => {}
                                }
                                let mut s28 = input.get(1).copied().unwrap_or(13i64).to_string();
                                match x22.rem_euclid(3) {
                                    0 => {}
                                    1 | 2 => {
                                        out.push((v5.len() as i64));
                                    }
                                    n29 if ((input.len() as i64) < 100i64
                                        && x22.rem_euclid(3) == 0) =>
                                    {
                                        let mut o30 = input.get(0).copied();
                                    }
                                    n29 => {}
                                }
                            }
                            1 | 2 => if let Some(x31) = input.last().copied() {},
                            n24 => {}
                        }
                    } else {
                    }
                }
                None => {}
            }
        }
        Some(x18) => {
            out.push(((input.len() as i64).wrapping_add(x18)).rem_euclid(4));
        }
    }
    Ok({
        {
            out.push((if x6 < x6 { h(x6) } else { x6.rem_euclid(3) }));
        };
        input.get(0).copied().unwrap_or(-1i64)
    })
}

// body 95 (seed 2)
#[genfn::generator(yield = i64)]
fn g_95(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![4i64, 13i64];
    'l2: for &i3 in &vec![
        (1i64.wrapping_add((input.len() as i64))).rem_euclid(6),
        5i64,
    ] {
        if -1i64 < h2((input.len() as i64), input.get(0).copied().unwrap_or(2i64)) {
            yield_!(i3)
        } else {
            yield_!(5i64.wrapping_mul(h2(-1i64, i3)))
        }
    }
    match input.last().copied() {
        Some(x4) if (x4 != x4 && x4 != (input.len() as i64)) => {
            yield_!(x4);
        }
        Some(x4) => {
            let x5 = D::new(2001, log).0.wrapping_add({
                yield_!(v1.first().copied().unwrap_or(-1i64));
                5i64
            });
            let mut x6 = (input.len() as i64);
            {
                let (Some(ref mut r7), ref mut r9) =
                    (input.get(0).copied(), ((4i64 as i32 as i64) as i32 as i64))
                else {
                    return Ok((input.len() as i64));
                };
                yield_!(*r7);
                let x10 = (x5, {
                    yield_!(100i64.wrapping_add(2i64));
                    7i64
                })
                    .1;
                *r9 = r9.wrapping_add(*r7);
                yield_!(*r9);
            }
            for &i11 in &v1 {
                let mut o12 = v1.get(2).copied();
            }
        }
        None => {
            let mut x13 = 5i64;
            let g14 = D::new(1002, log);
        }
    }
    let x15 = 5i64.wrapping_mul((v1.len() as i64));
    if input.is_empty() {
        return Ok(x15);
    }
    let mut x16 = {
        yield_!(10i64);
        x15
    };
    yield_!(x15.wrapping_sub(x16.wrapping_add(2i64)));
    Ok(x15)
}

fn p_95(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![4i64, 13i64];
    'l2: for &i3 in &vec![
        (1i64.wrapping_add((input.len() as i64))).rem_euclid(6),
        5i64,
    ] {
        if -1i64 < h2((input.len() as i64), input.get(0).copied().unwrap_or(2i64)) {
            {
                out.push(i3);
            }
        } else {
            {
                out.push(5i64.wrapping_mul(h2(-1i64, i3)));
            }
        }
    }
    match input.last().copied() {
        Some(x4) if (x4 != x4 && x4 != (input.len() as i64)) => {
            {
                out.push(x4);
            };
        }
        Some(x4) => {
            let x5 = D::new(2001, log).0.wrapping_add({
                {
                    out.push(v1.first().copied().unwrap_or(-1i64));
                };
                5i64
            });
            let mut x6 = (input.len() as i64);
            {
                let (Some(ref mut r7), ref mut r9) =
                    (input.get(0).copied(), ((4i64 as i32 as i64) as i32 as i64))
                else {
                    return Ok((input.len() as i64));
                };
                {
                    out.push(*r7);
                };
                let x10 = (x5, {
                    {
                        out.push(100i64.wrapping_add(2i64));
                    };
                    7i64
                })
                    .1;
                *r9 = r9.wrapping_add(*r7);
                {
                    out.push(*r9);
                };
            }
            for &i11 in &v1 {
                let mut o12 = v1.get(2).copied();
            }
        }
        None => {
            let mut x13 = 5i64;
            let g14 = D::new(1002, log);
        }
    }
    let x15 = 5i64.wrapping_mul((v1.len() as i64));
    if input.is_empty() {
        return Ok(x15);
    }
    let mut x16 = {
        {
            out.push(10i64);
        };
        x15
    };
    {
        out.push(x15.wrapping_sub(x16.wrapping_add(2i64)));
    };
    Ok(x15)
}

// body 96 (seed 2)
#[genfn::generator(yield = i64)]
fn g_96(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(input.get(0).copied().unwrap_or(0i64).rem_euclid(4));
    let mut c1 = 0_i64;
    'l2: loop {
        c1 += 1;
        if c1 > 1 {
            break;
        }
        let (mut x3, _, mut x4) = (
            c1,
            3i64,
            (3i64
                ^ h(c1).wrapping_add({
                    yield_!(1i64);
                    (input.len() as i64)
                })),
        );
        if -4i64 < 2i64 {
            continue 'l2;
        }
    }
    if (({
        yield_!(5i64);
        -4i64
    })
    .rem_euclid(2)
        == 0
        || (input.len() as i64).wrapping_add((input.len() as i64)) < c1.rem_euclid(4))
    {
        if check((input.len() as i64).wrapping_sub(c1))? < c1 {
            yield_!((check((input.len() as i64))?).wrapping_sub(4i64))
        } else {
            yield_!(c1.rem_euclid(7).rem_euclid(4))
        }
        let mut s5 = String::from("ab");
        for &i6 in &vec![input.get(5).copied().unwrap_or(100i64), 2i64] {
            if s5.is_empty() {
                continue;
            }
            let mut x7 = {
                yield_!(check(c1)?);
                i6
            };
        }
    } else if input.get(2).copied().unwrap_or(10i64) < c1 {
        yield_!(h(check((input.len() as i64))?));
        let mut x8 = c1;
        let Some(x9) = input.get(6).copied() else {
            return Ok(c1);
        };
        let Some(x10) = check(h2(
            {
                yield_!(x9);
                x9
            },
            h2(x9, x9),
        ))
        .ok() else {
            return Ok((input.len() as i64));
        };
    } else {
        if h(input.get(2).copied().unwrap_or(7i64))
            < h2(
                1i64.wrapping_sub(1i64),
                c1.wrapping_add((input.len() as i64)),
            )
        {
            let _g11 = D::new(1, log);
            match c1.rem_euclid(4) {
                0 => {}
                1 | 2 => {
                    let mut c13 = 0_i64;
                    while c13 < 3 {
                        c13 += 1;
                        if h2((input.len() as i64), c1.wrapping_add((input.len() as i64)))
                            .rem_euclid(2)
                            == 0
                        {
                            break;
                        }
                        for i14 in 0..({
                            yield_!(1i64);
                            3i64
                        }) {
                            yield_!(c13);
                        }
                        yield_!(c13);
                    }
                    yield_!(13i64.wrapping_add(c13));
                    let x15: i64;
                    if c13 < 4i64 {
                        yield_!(check(c1)?);
                        check((h(1i64) ^ c1).wrapping_add(3i64))?;
                        let mut v16: Vec<i64> = input.to_vec();
                        x15 = c1;
                    } else {
                        x15 = c13;
                    }
                }
                n12 => {}
            }
        } else {
        }
    }
    Ok(c1.rem_euclid(4))
}

fn p_96(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(input.get(0).copied().unwrap_or(0i64).rem_euclid(4));
    };
    let mut c1 = 0_i64;
    'l2: loop {
        c1 += 1;
        if c1 > 1 {
            break;
        }
        let (mut x3, _, mut x4) = (
            c1,
            3i64,
            (3i64
                ^ h(c1).wrapping_add({
                    {
                        out.push(1i64);
                    };
                    (input.len() as i64)
                })),
        );
        if -4i64 < 2i64 {
            continue 'l2;
        }
    }
    if (({
        {
            out.push(5i64);
        };
        -4i64
    })
    .rem_euclid(2)
        == 0
        || (input.len() as i64).wrapping_add((input.len() as i64)) < c1.rem_euclid(4))
    {
        if check((input.len() as i64).wrapping_sub(c1))? < c1 {
            {
                out.push((check((input.len() as i64))?).wrapping_sub(4i64));
            }
        } else {
            {
                out.push(c1.rem_euclid(7).rem_euclid(4));
            }
        }
        let mut s5 = String::from("ab");
        for &i6 in &vec![input.get(5).copied().unwrap_or(100i64), 2i64] {
            if s5.is_empty() {
                continue;
            }
            let mut x7 = {
                {
                    out.push(check(c1)?);
                };
                i6
            };
        }
    } else if input.get(2).copied().unwrap_or(10i64) < c1 {
        {
            out.push(h(check((input.len() as i64))?));
        };
        let mut x8 = c1;
        let Some(x9) = input.get(6).copied() else {
            return Ok(c1);
        };
        let Some(x10) = check(h2(
            {
                {
                    out.push(x9);
                };
                x9
            },
            h2(x9, x9),
        ))
        .ok() else {
            return Ok((input.len() as i64));
        };
    } else {
        if h(input.get(2).copied().unwrap_or(7i64))
            < h2(
                1i64.wrapping_sub(1i64),
                c1.wrapping_add((input.len() as i64)),
            )
        {
            let _g11 = D::new(1, log);
            match c1.rem_euclid(4) {
                0 => {}
                1 | 2 => {
                    let mut c13 = 0_i64;
                    while c13 < 3 {
                        c13 += 1;
                        if h2((input.len() as i64), c1.wrapping_add((input.len() as i64)))
                            .rem_euclid(2)
                            == 0
                        {
                            break;
                        }
                        for i14 in 0..({
                            {
                                out.push(1i64);
                            };
                            3i64
                        }) {
                            {
                                out.push(c13);
                            };
                        }
                        {
                            out.push(c13);
                        };
                    }
                    {
                        out.push(13i64.wrapping_add(c13));
                    };
                    let x15: i64;
                    if c13 < 4i64 {
                        {
                            out.push(check(c1)?);
                        };
                        check((h(1i64) ^ c1).wrapping_add(3i64))?;
                        let mut v16: Vec<i64> = input.to_vec();
                        x15 = c1;
                    } else {
                        x15 = c13;
                    }
                }
                n12 => {}
            }
        } else {
        }
    }
    Ok(c1.rem_euclid(4))
}

// body 97 (seed 2)
#[genfn::generator(yield = i64)]
fn g_97(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = h2(
        (input.len() as i64),
        input
            .get(2)
            .copied()
            .unwrap_or(13i64)
            .wrapping_add(100i64.rem_euclid(3)),
    );
    if !(0i64
        != ({
            yield_!(x1);
            x1 = 7i64;
            x1
        }))
    {
        yield_!(input.get(5).copied().unwrap_or(-4i64));
        if !(input.get(2).copied().unwrap_or(-1i64).rem_euclid(2) == 0) {
            return Err(format!("early {}", 1i64));
        }
        let mut s2 = 2i64.to_string();
    } else {
        let mut c3 = 0_i64;
        let x5 = 'l4: loop {
            c3 += 1;
            if c3 > 2 {
                break 'l4 x1;
            }
            let Some(x1) = input.last().copied() else {
                yield_!(x1);
                return Ok(10i64);
            };
            yield_!(h(h2(4i64, x1)));
        };
        let mut o6 = input.get(0).copied();
        match (c3, check(c3).ok()) {
            (x7, Some(x8)) if input.contains(&3) => yield_!(x1),
            (x7, None) => yield_!(
                x1.wrapping_add(x7)
                    .wrapping_add((input.len() as i64).wrapping_sub(4i64))
            ),
            (_, Some(x8)) => {
                let mut v9: Vec<i64> = Vec::new();
                let mut x10 = h({
                    yield_!(input.get(0).copied().unwrap_or(100i64));
                    input.get(6).copied().unwrap_or(13i64)
                });
                let x11 = 10i64;
                let mut x12 = -4i64;
            }
        }
    }
    let mut s13 = String::new();
    Ok({
        yield_!(100i64);
        x1 = -4i64;
        check(10i64)?
    })
}

fn p_97(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = h2(
        (input.len() as i64),
        input
            .get(2)
            .copied()
            .unwrap_or(13i64)
            .wrapping_add(100i64.rem_euclid(3)),
    );
    if !(0i64
        != ({
            {
                out.push(x1);
            };
            x1 = 7i64;
            x1
        }))
    {
        {
            out.push(input.get(5).copied().unwrap_or(-4i64));
        };
        if !(input.get(2).copied().unwrap_or(-1i64).rem_euclid(2) == 0) {
            return Err(format!("early {}", 1i64));
        }
        let mut s2 = 2i64.to_string();
    } else {
        let mut c3 = 0_i64;
        let x5 = 'l4: loop {
            c3 += 1;
            if c3 > 2 {
                break 'l4 x1;
            }
            let Some(x1) = input.last().copied() else {
                {
                    out.push(x1);
                };
                return Ok(10i64);
            };
            {
                out.push(h(h2(4i64, x1)));
            };
        };
        let mut o6 = input.get(0).copied();
        match (c3, check(c3).ok()) {
            (x7, Some(x8)) if input.contains(&3) => {
                out.push(x1);
            }
            (x7, None) => {
                out.push(
                    x1.wrapping_add(x7)
                        .wrapping_add((input.len() as i64).wrapping_sub(4i64)),
                );
            }
            (_, Some(x8)) => {
                let mut v9: Vec<i64> = Vec::new();
                let mut x10 = h({
                    {
                        out.push(input.get(0).copied().unwrap_or(100i64));
                    };
                    input.get(6).copied().unwrap_or(13i64)
                });
                let x11 = 10i64;
                let mut x12 = -4i64;
            }
        }
    }
    let mut s13 = String::new();
    Ok({
        {
            out.push(100i64);
        };
        x1 = -4i64;
        check(10i64)?
    })
}

// body 98 (seed 2)
#[genfn::generator(yield = i64)]
fn g_98(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    yield_!(
        (if h2(-4i64, 100i64).rem_euclid(2) == 0 {
            1i64.wrapping_add(input.get(0).copied().unwrap_or(10i64))
        } else {
            5i64
        })
    );
    let mut x2 = h2(h(-1i64), {
        yield_!(0i64);
        4i64
    });
    let Some(x2) = input.last().copied() else {
        yield_!(x2);
        return Ok(h2(
            ((-1i64).wrapping_sub(10i64)).rem_euclid(3),
            (input.len() as i64),
        ));
    };
    yield_!((input.len() as i64));
    'b3: {
        let mut x4 = 10i64;
        if input.iter().copied().find(|&z| z > 100i64).is_some() {
            match D::new(2002, log).0 {
                2002 => {
                    yield_!(check(
                        (if x4.rem_euclid(2) == 0 {
                            (-1i64).rem_euclid(4)
                        } else {
                            4i64
                        })
                    )?);
                    yield_!(x4);
                    yield_!((4i64 ^ 10i64.wrapping_add(x4)).wrapping_mul(x2));
                    let Some(x4) = Some(x2) else {
                        yield_!(x4);
                        return Ok(0i64);
                    };
                }
                _ => {}
            }
        }
        yield_!((g1.0 ^ 0i64));
        let mut v6: Vec<i64> = vec![13i64.rem_euclid(4), 5i64];
    }
    Ok(input.last().copied().unwrap_or(-1i64))
}

fn p_98(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    {
        out.push(
            (if h2(-4i64, 100i64).rem_euclid(2) == 0 {
                1i64.wrapping_add(input.get(0).copied().unwrap_or(10i64))
            } else {
                5i64
            }),
        );
    };
    let mut x2 = h2(h(-1i64), {
        {
            out.push(0i64);
        };
        4i64
    });
    let Some(x2) = input.last().copied() else {
        {
            out.push(x2);
        };
        return Ok(h2(
            ((-1i64).wrapping_sub(10i64)).rem_euclid(3),
            (input.len() as i64),
        ));
    };
    {
        out.push((input.len() as i64));
    };
    'b3: {
        let mut x4 = 10i64;
        if input.iter().copied().find(|&z| z > 100i64).is_some() {
            match D::new(2002, log).0 {
                2002 => {
                    {
                        out.push(check(
                            (if x4.rem_euclid(2) == 0 {
                                (-1i64).rem_euclid(4)
                            } else {
                                4i64
                            }),
                        )?);
                    };
                    {
                        out.push(x4);
                    };
                    {
                        out.push((4i64 ^ 10i64.wrapping_add(x4)).wrapping_mul(x2));
                    };
                    let Some(x4) = Some(x2) else {
                        {
                            out.push(x4);
                        };
                        return Ok(0i64);
                    };
                }
                _ => {}
            }
        }
        {
            out.push((g1.0 ^ 0i64));
        };
        let mut v6: Vec<i64> = vec![13i64.rem_euclid(4), 5i64];
    }
    Ok(input.last().copied().unwrap_or(-1i64))
}

// body 99 (seed 2)
#[genfn::generator(yield = i64)]
fn g_99(input: &[i64], log: &Log) -> Result<i64, String> {
    match 0i64.rem_euclid(4) {
        0 => {
            let (Some(x2), x3) = (None::<i64>, h2(7i64, 0i64)) else {
                return Ok(13i64);
            };
            let mut x4 = 7i64;
            let g5 = D::new(1001, log);
        }
        1 | 2 => {
            yield_!(7i64);
            let mut c6 = 0_i64;
            'l7: while c6 < 1 {
                c6 += 1;
                if input.get(6).copied().unwrap_or(7i64) < Some(-4i64).unwrap_or(-4i64) {
                    yield_!(c6)
                } else {
                    yield_!(0i64.rem_euclid(3))
                }
            }
            if 5i64 < (-1i64).rem_euclid(5) {
                yield_!(c6.rem_euclid(6))
            } else {
                yield_!(h2(check(c6)?, 5i64))
            }
            let (Some(x8), x9) = (input.get(1).copied(), c6) else {
                return Err(format!("early {}", input.get(3).copied().unwrap_or(3i64)));
            };
        }
        3..=4 => {
            let x10 = check(0i64)?;
            yield_!(x10);
            {
                let (ref rg12, ref r11) = (D::new(2, log), 0i64);
                yield_!(*r11);
                'l13: for &i14 in input.iter().rev().take(4) {
                    let _g15 = D::new(3, log);
                }
                yield_!(rg12.0.wrapping_add(*r11));
            }
        }
        n1 => {}
    }
    Ok(10i64.rem_euclid(5))
}

fn p_99(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match 0i64.rem_euclid(4) {
        0 => {
            let (Some(x2), x3) = (None::<i64>, h2(7i64, 0i64)) else {
                return Ok(13i64);
            };
            let mut x4 = 7i64;
            let g5 = D::new(1001, log);
        }
        1 | 2 => {
            {
                out.push(7i64);
            };
            let mut c6 = 0_i64;
            'l7: while c6 < 1 {
                c6 += 1;
                if input.get(6).copied().unwrap_or(7i64) < Some(-4i64).unwrap_or(-4i64) {
                    {
                        out.push(c6);
                    }
                } else {
                    {
                        out.push(0i64.rem_euclid(3));
                    }
                }
            }
            if 5i64 < (-1i64).rem_euclid(5) {
                {
                    out.push(c6.rem_euclid(6));
                }
            } else {
                {
                    out.push(h2(check(c6)?, 5i64));
                }
            }
            let (Some(x8), x9) = (input.get(1).copied(), c6) else {
                return Err(format!("early {}", input.get(3).copied().unwrap_or(3i64)));
            };
        }
        3..=4 => {
            let x10 = check(0i64)?;
            {
                out.push(x10);
            };
            {
                let (ref rg12, ref r11) = (D::new(2, log), 0i64);
                {
                    out.push(*r11);
                };
                'l13: for &i14 in input.iter().rev().take(4) {
                    let _g15 = D::new(3, log);
                }
                {
                    out.push(rg12.0.wrapping_add(*r11));
                };
            }
        }
        n1 => {}
    }
    Ok(10i64.rem_euclid(5))
}

// body 100 (seed 2)
#[genfn::generator(yield = i64)]
fn g_100(input: &[i64], log: &Log) -> Result<i64, String> {
    let Some(x1) = input.first().copied() else {
        return Ok(h((4i64.rem_euclid(6)).wrapping_add(h((input.len() as i64)))));
    };
    if input.is_empty() {
        if (input.len() as i64)
            < ({
                let mut s2 = String::from("ab");
                yield_!(x1);
                h2(x1, (input.len() as i64))
            })
        {
            yield_!(x1.wrapping_add((input.len() as i64)));
        } else if input.is_empty() {
            let x11 = 'b3: {
                let mut c4 = 0_i64;
                'l5: while c4 < 3 {
                    c4 += 1;
                    let mut o8 = input.first().copied();
                    let Some(x9) = input.iter().copied().find(|&z| z > 0i64) else {
                        return Ok(c4);
                    };
                    let _g10 = D::new(1, log);
                }
                x1
            };
            let x1 = x1.wrapping_mul(2).wrapping_add(100i64);
        } else {
            yield_!(h(x1));
            let mut c12 = 0_i64;
            while c12 < 3 {
                c12 += 1;
            }
        }
    } else if (h(x1) as i32 as i64).rem_euclid(2) == 0 {
    } else {
    }
    Ok(x1.rem_euclid(6))
}

fn p_100(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let Some(x1) = input.first().copied() else {
        return Ok(h((4i64.rem_euclid(6)).wrapping_add(h((input.len() as i64)))));
    };
    if input.is_empty() {
        if (input.len() as i64)
            < ({
                let mut s2 = String::from("ab");
                {
                    out.push(x1);
                };
                h2(x1, (input.len() as i64))
            })
        {
            {
                out.push(x1.wrapping_add((input.len() as i64)));
            };
        } else if input.is_empty() {
            let x11 = 'b3: {
                let mut c4 = 0_i64;
                'l5: while c4 < 3 {
                    c4 += 1;
                    let mut o8 = input.first().copied();
                    let Some(x9) = input.iter().copied().find(|&z| z > 0i64) else {
                        return Ok(c4);
                    };
                    let _g10 = D::new(1, log);
                }
                x1
            };
            let x1 = x1.wrapping_mul(2).wrapping_add(100i64);
        } else {
            {
                out.push(h(x1));
            };
            let mut c12 = 0_i64;
            while c12 < 3 {
                c12 += 1;
            }
        }
    } else if (h(x1) as i32 as i64).rem_euclid(2) == 0 {
    } else {
    }
    Ok(x1.rem_euclid(6))
}

// body 101 (seed 2)
#[genfn::generator(yield = i64)]
fn g_101(input: &[i64], log: &Log) -> Result<i64, String> {
    let (mut x1, x2) = (1i64, h(input.get(5).copied().unwrap_or(4i64)));
    let mut v3: Vec<i64> = input.to_vec();
    if x1 < x1 {
        let Some(x2) = input.last().copied() else {
            yield_!(x2);
            return Ok(input.get(1).copied().unwrap_or(1i64));
        };
    }
    Ok((input.len() as i64))
}

fn p_101(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let (mut x1, x2) = (1i64, h(input.get(5).copied().unwrap_or(4i64)));
    let mut v3: Vec<i64> = input.to_vec();
    if x1 < x1 {
        let Some(x2) = input.last().copied() else {
            {
                out.push(x2);
            };
            return Ok(input.get(1).copied().unwrap_or(1i64));
        };
    }
    Ok((input.len() as i64))
}

// body 102 (seed 2)
#[genfn::generator(yield = i64)]
fn g_102(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = (check((input.len() as i64).wrapping_add((input.len() as i64)))?)
        .wrapping_add(2i64.wrapping_mul(100i64));
    let (mut x2, (_, x3)) = (x1, (h(h2((input.len() as i64), x1)), x1));
    let mut s4 = String::new();
    s4 = take_string(s4, {
        yield_!((input.len() as i64));
        x2 = -1i64;
        x1.wrapping_sub(x2)
    });
    'l5: for &i6 in input.iter().take(4) {
        let mut v7: Vec<i64> = vec![x1; 2];
    }
    if 4i64 < 2i64.wrapping_add(x1.wrapping_add((input.len() as i64))) {
        let g8 = D::new(1001, log);
        {
            for &i9 in &vec![
                (if (-1i64).rem_euclid(3) == 0 {
                    x2
                } else {
                    x2.rem_euclid(2)
                }),
                100i64,
            ] {
                continue;
            }
            let (mut x10, (_, x11)) = (
                {
                    yield_!(10i64);
                    x2 = x3.wrapping_add(input.get(1).copied().unwrap_or(10i64));
                    x2
                },
                (
                    {
                        yield_!(0i64.rem_euclid(6));
                        x2.rem_euclid(5)
                    },
                    x2,
                ),
            );
            yield_!(x11);
        }
    }
    Ok({
        yield_!(1i64);
        yield_!(5i64);
        x2 = None::<i64>.unwrap_or(2i64);
        x2.wrapping_add(x1)
    })
}

fn p_102(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = (check((input.len() as i64).wrapping_add((input.len() as i64)))?)
        .wrapping_add(2i64.wrapping_mul(100i64));
    let (mut x2, (_, x3)) = (x1, (h(h2((input.len() as i64), x1)), x1));
    let mut s4 = String::new();
    s4 = take_string(s4, {
        {
            out.push((input.len() as i64));
        };
        x2 = -1i64;
        x1.wrapping_sub(x2)
    });
    'l5: for &i6 in input.iter().take(4) {
        let mut v7: Vec<i64> = vec![x1; 2];
    }
    if 4i64 < 2i64.wrapping_add(x1.wrapping_add((input.len() as i64))) {
        let g8 = D::new(1001, log);
        {
            for &i9 in &vec![
                (if (-1i64).rem_euclid(3) == 0 {
                    x2
                } else {
                    x2.rem_euclid(2)
                }),
                100i64,
            ] {
                continue;
            }
            let (mut x10, (_, x11)) = (
                {
                    {
                        out.push(10i64);
                    };
                    x2 = x3.wrapping_add(input.get(1).copied().unwrap_or(10i64));
                    x2
                },
                (
                    {
                        {
                            out.push(0i64.rem_euclid(6));
                        };
                        x2.rem_euclid(5)
                    },
                    x2,
                ),
            );
            {
                out.push(x11);
            };
        }
    }
    Ok({
        {
            out.push(1i64);
        };
        {
            out.push(5i64);
        };
        x2 = None::<i64>.unwrap_or(2i64);
        x2.wrapping_add(x1)
    })
}

// body 103 (seed 2)
#[genfn::generator(yield = i64)]
fn g_103(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 5i64;
    if h2(
        3i64.wrapping_mul((input.len() as i64)),
        (if x1 < (input.len() as i64) { x1 } else { x1 }),
    ) < 1i64
    {
        let cell3 = RefCell::new(input.to_vec());
        for &i2 in cell3.borrow().iter().take(4) {
            let mut v4: Vec<i64> = input.to_vec();
            for i5 in 0..2i64 {
                if let Some(x6) = input.get(0).copied() {
                    let mut c7 = 0_i64;
                    while c7 < 1 {
                        c7 += 1;
                        let mut s8 = 7i64.to_string();
                    }
                    if let Some(x9) = input.get(2).copied()
                        && 5i64 == x9
                    {
                        let mut x10 = h2(
                            {
                                yield_!((10i64 ^ x9));
                                x9
                            },
                            x1,
                        );
                    }
                    let mut c11 = 0_i64;
                    loop {
                        c11 += 1;
                        if c11 > 3 {
                            break;
                        }
                        let g12 = D::new(1001, log);
                    }
                } else {
                    if x1 < i5 {
                        return Ok(or_skip!(input.iter().copied().find(|&z| z > 1i64)));
                    }
                }
            }
        }
    } else {
    }
    Ok(check(x1)?)
}

fn p_103(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 5i64;
    if h2(
        3i64.wrapping_mul((input.len() as i64)),
        (if x1 < (input.len() as i64) { x1 } else { x1 }),
    ) < 1i64
    {
        let cell3 = RefCell::new(input.to_vec());
        for &i2 in cell3.borrow().iter().take(4) {
            let mut v4: Vec<i64> = input.to_vec();
            for i5 in 0..2i64 {
                if let Some(x6) = input.get(0).copied() {
                    let mut c7 = 0_i64;
                    while c7 < 1 {
                        c7 += 1;
                        let mut s8 = 7i64.to_string();
                    }
                    if let Some(x9) = input.get(2).copied()
                        && 5i64 == x9
                    {
                        let mut x10 = h2(
                            {
                                {
                                    out.push((10i64 ^ x9));
                                };
                                x9
                            },
                            x1,
                        );
                    }
                    let mut c11 = 0_i64;
                    loop {
                        c11 += 1;
                        if c11 > 3 {
                            break;
                        }
                        let g12 = D::new(1001, log);
                    }
                } else {
                    if x1 < i5 {
                        return Ok(or_skip!(input.iter().copied().find(|&z| z > 1i64)));
                    }
                }
            }
        }
    } else {
    }
    Ok(check(x1)?)
}

// body 104 (seed 2)
#[genfn::generator(yield = i64)]
fn g_104(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(3i64);
    let mut x1 = input.get(6).copied().unwrap_or(13i64);
    x1 = x1.wrapping_add(
        x1.wrapping_sub((input.len() as i64))
            .wrapping_mul(4i64)
            .rem_euclid(5),
    );
    if -1i64 < input.get(2).copied().unwrap_or(7i64).wrapping_mul(100i64) {
        return Err(format!(
            "early {}",
            (10i64.wrapping_add(5i64)).wrapping_sub(h(x1))
        ));
    }
    Ok(x1)
}

fn p_104(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(3i64);
    };
    let mut x1 = input.get(6).copied().unwrap_or(13i64);
    x1 = x1.wrapping_add(
        x1.wrapping_sub((input.len() as i64))
            .wrapping_mul(4i64)
            .rem_euclid(5),
    );
    if -1i64 < input.get(2).copied().unwrap_or(7i64).wrapping_mul(100i64) {
        return Err(format!(
            "early {}",
            (10i64.wrapping_add(5i64)).wrapping_sub(h(x1))
        ));
    }
    Ok(x1)
}

// body 105 (seed 2)
#[genfn::generator(yield = i64)]
fn g_105(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 1i64.rem_euclid(7);
    let mut x2 = x1;
    yield_!(check(x1)?);
    let mut v3: Vec<i64> = input.to_vec();
    x2 = x2;
    yield_!(call_now!(v3.len() as i64));
    yield_!(7i64);
    for &i4 in input.iter().rev().take(4) {
        let mut v5: Vec<i64> = input.to_vec();
    }
    Ok(input.get(2).copied().unwrap_or(13i64))
}

fn p_105(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 1i64.rem_euclid(7);
    let mut x2 = x1;
    {
        out.push(check(x1)?);
    };
    let mut v3: Vec<i64> = input.to_vec();
    x2 = x2;
    {
        out.push(call_now!(v3.len() as i64));
    };
    {
        out.push(7i64);
    };
    for &i4 in input.iter().rev().take(4) {
        let mut v5: Vec<i64> = input.to_vec();
    }
    Ok(input.get(2).copied().unwrap_or(13i64))
}

// body 106 (seed 2)
#[genfn::generator(yield = i64)]
fn g_106(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(5i64);
    let (mut x1, (_, x2)) = (
        (10i64.wrapping_add(7i64)).wrapping_add(-4i64),
        (input.get(5).copied().unwrap_or(4i64), 13i64),
    );
    let x3 = x1;
    let x4 = check(100i64.wrapping_add(7i64.wrapping_mul((5i64 ^ (input.len() as i64)))))?;
    let g5 = D::new(1001, log);
    Ok(x2)
}

fn p_106(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(5i64);
    };
    let (mut x1, (_, x2)) = (
        (10i64.wrapping_add(7i64)).wrapping_add(-4i64),
        (input.get(5).copied().unwrap_or(4i64), 13i64),
    );
    let x3 = x1;
    let x4 = check(100i64.wrapping_add(7i64.wrapping_mul((5i64 ^ (input.len() as i64)))))?;
    let g5 = D::new(1001, log);
    Ok(x2)
}

// body 107 (seed 2)
#[genfn::generator(yield = i64)]
fn g_107(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![5i64, 7i64];
    let x2 = check(
        (if (-1i64).rem_euclid(3) == 0 {
            -1i64
        } else {
            h(13i64)
        }),
    )?;
    let mut o3 = input.last().copied();
    {
        let mut x4 = x2;
    }
    let _g5 = D::new(1, log);
    let Some(x2) = Some(-1i64) else {
        yield_!(x2);
        return Err(format!("early {}", 3i64.wrapping_add(13i64)));
    };
    let x6 = check((check(x2.wrapping_add(4i64))? ^ x2.rem_euclid(6).rem_euclid(2)))?;
    Ok({
        yield_!(7i64);
        (v1.len() as i64)
    })
}

fn p_107(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![5i64, 7i64];
    let x2 = check(
        (if (-1i64).rem_euclid(3) == 0 {
            -1i64
        } else {
            h(13i64)
        }),
    )?;
    let mut o3 = input.last().copied();
    {
        let mut x4 = x2;
    }
    let _g5 = D::new(1, log);
    let Some(x2) = Some(-1i64) else {
        {
            out.push(x2);
        };
        return Err(format!("early {}", 3i64.wrapping_add(13i64)));
    };
    let x6 = check((check(x2.wrapping_add(4i64))? ^ x2.rem_euclid(6).rem_euclid(2)))?;
    Ok({
        {
            out.push(7i64);
        };
        (v1.len() as i64)
    })
}

// body 108 (seed 2)
#[genfn::generator(yield = i64)]
fn g_108(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", 2i64);
    if h2((s1.len() as i64), 4i64)
        != (if 10i64 < (input.len() as i64) {
            7i64.rem_euclid(6)
        } else {
            {
                yield_!((input.len() as i64));
                (input.len() as i64)
            }
        })
    {
        return Ok(10i64);
    }
    if (input.get(0).copied().unwrap_or(5i64)
        < ({
            yield_!(3i64);
            (input.len() as i64)
        })
        && input.get(5).copied().unwrap_or(4i64) == -4i64)
    {
        return Ok(7i64);
    }
    'l2: for &i3 in (D::new(1, log), vec![13i64.rem_euclid(7), 5i64]).1.iter() {
        for i4 in 0..3i64 {
            let mut v5: Vec<i64> = vec![1i64.wrapping_mul(i3), 100i64];
        }
        yield_!((input.len() as i64));
    }
    Ok(2i64)
}

fn p_108(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", 2i64);
    if h2((s1.len() as i64), 4i64)
        != (if 10i64 < (input.len() as i64) {
            7i64.rem_euclid(6)
        } else {
            {
                {
                    out.push((input.len() as i64));
                };
                (input.len() as i64)
            }
        })
    {
        return Ok(10i64);
    }
    if (input.get(0).copied().unwrap_or(5i64)
        < ({
            {
                out.push(3i64);
            };
            (input.len() as i64)
        })
        && input.get(5).copied().unwrap_or(4i64) == -4i64)
    {
        return Ok(7i64);
    }
    'l2: for &i3 in (D::new(1, log), vec![13i64.rem_euclid(7), 5i64]).1.iter() {
        for i4 in 0..3i64 {
            let mut v5: Vec<i64> = vec![1i64.wrapping_mul(i3), 100i64];
        }
        {
            out.push((input.len() as i64));
        };
    }
    Ok(2i64)
}

// body 109 (seed 2)
#[genfn::generator(yield = i64)]
fn g_109(input: &[i64], log: &Log) -> Result<i64, String> {
    match 13i64.rem_euclid(4) {
        0 => {
            if 10i64 < 13i64 {
                let mut x2 = 10i64;
                x2 |= (if x2 < x2.wrapping_sub(x2) {
                    -4i64
                } else {
                    {
                        yield_!(13i64);
                        x2 = -4i64;
                        (if x2.rem_euclid(3) == 0 {
                            x2
                        } else {
                            (input.len() as i64)
                        })
                    }
                });
                if {
                    yield_!((-4i64 ^ h((input.len() as i64))));
                    x2 < h2(13i64, (input.len() as i64)).wrapping_sub(2i64)
                } {
                    {
                        let x3 = h2(
                            {
                                yield_!(x2);
                                3i64
                            },
                            x2.wrapping_add(x2),
                        );
                    }
                } else {
                    let (x4, _, x5) = (
                        {
                            yield_!(x2);
                            h(check(13i64)?)
                        },
                        2i64,
                        4i64,
                    );
                    let mut c6 = 0_i64;
                    while {
                        yield_!(c6);
                        c6 < 2
                    } {
                        c6 += 1;
                        let mut v7: Vec<i64> = Vec::new();
                        if {
                            yield_!(input.get(2).copied().unwrap_or(-1i64));
                            h((input.len() as i64)).rem_euclid(4) < (input.len() as i64)
                        } {
                        } else if {
                            yield_!(c6);
                            v7.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
                                < input.get(2).copied().unwrap_or(5i64)
                        } {
                        } else {
                        }
                        {
                            if (((input.len() as i64).rem_euclid(7)).rem_euclid(2) == 0
                                || x5.wrapping_add(x2) < (v7.len() as i64))
                            {
                                break;
                            }
                        }
                    }
                }
            } else {
                if check(3i64).ok().unwrap_or(5i64) == h(5i64) {
                    let mut x8 = (if input.is_empty() {
                        h(0i64)
                    } else {
                        check((100i64 as i32 as i64))?
                    });
                }
                let mut x9 = h(100i64).rem_euclid(5);
                {
                    let (Some(ref mut r10), ref mut r12) = (
                        input.get(1).copied(),
                        ({
                            yield_!((input.len() as i64));
                            x9
                        })
                        .wrapping_add(x9),
                    ) else {
                        return Ok(5i64);
                    };
                    yield_!(*r10);
                    let mut s13 = 1i64.to_string();
                    let mut v14: Vec<i64> = Vec::new();
                    check((input.len() as i64))?;
                    x9 |= ({
                        yield_!(x9);
                        0i64
                    })
                    .rem_euclid(7);
                    *r12 = r12.wrapping_add(*r10);
                    yield_!(*r12);
                }
            }
            let mut x16 = {
                let mut x15 = [(4i64 ^ h(7i64)), {
                    yield_!(1i64);
                    (if input.contains(&3) {
                        -4i64
                    } else {
                        (input.len() as i64)
                    })
                }][1];
                yield_!(13i64);
                input.get(6).copied().unwrap_or(5i64)
            };
            yield_!(x16);
        }
        1 | 2 => {
            let g17 = D::new(1001, log);
        }
        3..=4 => {
            if let Some(x18) = check(13i64).ok() {
            } else {
            }
        }
        n1 if (n1 ^ n1) < 2i64.rem_euclid(4) => yield_!(input.get(0).copied().unwrap_or(0i64)),
        n1 => yield_!(h(n1)),
    }
    Ok(2i64)
}

fn p_109(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match 13i64.rem_euclid(4) {
        0 => {
            if 10i64 < 13i64 {
                let mut x2 = 10i64;
                x2 |= (if x2 < x2.wrapping_sub(x2) {
                    -4i64
                } else {
                    {
                        {
                            out.push(13i64);
                        };
                        x2 = -4i64;
                        (if x2.rem_euclid(3) == 0 {
                            x2
                        } else {
                            (input.len() as i64)
                        })
                    }
                });
                if {
                    {
                        out.push((-4i64 ^ h((input.len() as i64))));
                    };
                    x2 < h2(13i64, (input.len() as i64)).wrapping_sub(2i64)
                } {
                    {
                        let x3 = h2(
                            {
                                {
                                    out.push(x2);
                                };
                                3i64
                            },
                            x2.wrapping_add(x2),
                        );
                    }
                } else {
                    let (x4, _, x5) = (
                        {
                            {
                                out.push(x2);
                            };
                            h(check(13i64)?)
                        },
                        2i64,
                        4i64,
                    );
                    let mut c6 = 0_i64;
                    while {
                        {
                            out.push(c6);
                        };
                        c6 < 2
                    } {
                        c6 += 1;
                        let mut v7: Vec<i64> = Vec::new();
                        if {
                            {
                                out.push(input.get(2).copied().unwrap_or(-1i64));
                            };
                            h((input.len() as i64)).rem_euclid(4) < (input.len() as i64)
                        } {
                        } else if {
                            {
                                out.push(c6);
                            };
                            v7.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
                                < input.get(2).copied().unwrap_or(5i64)
                        } {
                        } else {
                        }
                        {
                            if (((input.len() as i64).rem_euclid(7)).rem_euclid(2) == 0
                                || x5.wrapping_add(x2) < (v7.len() as i64))
                            {
                                break;
                            }
                        }
                    }
                }
            } else {
                if check(3i64).ok().unwrap_or(5i64) == h(5i64) {
                    let mut x8 = (if input.is_empty() {
                        h(0i64)
                    } else {
                        check((100i64 as i32 as i64))?
                    });
                }
                let mut x9 = h(100i64).rem_euclid(5);
                {
                    let (Some(ref mut r10), ref mut r12) = (
                        input.get(1).copied(),
                        ({
                            {
                                out.push((input.len() as i64));
                            };
                            x9
                        })
                        .wrapping_add(x9),
                    ) else {
                        return Ok(5i64);
                    };
                    {
                        out.push(*r10);
                    };
                    let mut s13 = 1i64.to_string();
                    let mut v14: Vec<i64> = Vec::new();
                    check((input.len() as i64))?;
                    x9 |= ({
                        {
                            out.push(x9);
                        };
                        0i64
                    })
                    .rem_euclid(7);
                    *r12 = r12.wrapping_add(*r10);
                    {
                        out.push(*r12);
                    };
                }
            }
            let mut x16 = {
                let mut x15 = [(4i64 ^ h(7i64)), {
                    {
                        out.push(1i64);
                    };
                    (if input.contains(&3) {
                        -4i64
                    } else {
                        (input.len() as i64)
                    })
                }][1];
                {
                    out.push(13i64);
                };
                input.get(6).copied().unwrap_or(5i64)
            };
            {
                out.push(x16);
            };
        }
        1 | 2 => {
            let g17 = D::new(1001, log);
        }
        3..=4 => {
            if let Some(x18) = check(13i64).ok() {
            } else {
            }
        }
        n1 if (n1 ^ n1) < 2i64.rem_euclid(4) => {
            out.push(input.get(0).copied().unwrap_or(0i64));
        }
        n1 => {
            out.push(h(n1));
        }
    }
    Ok(2i64)
}

// body 110 (seed 2)
#[genfn::generator(yield = i64)]
fn g_110(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![-1i64, 2i64];
    if (check(3i64)?).wrapping_add((v1.len() as i64)) == h(2i64) {
        let mut x2 = None::<i64>.unwrap_or(-4i64);
        let _g3 = D::new(1, log);
    }
    'l5: for &i4 in &v1 {
        yield_!(3i64);
    }
    Ok({
        yield_!((input.len() as i64).wrapping_add(v1.get(2).copied().unwrap_or(13i64)));
        13i64
    })
}

fn p_110(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![-1i64, 2i64];
    if (check(3i64)?).wrapping_add((v1.len() as i64)) == h(2i64) {
        let mut x2 = None::<i64>.unwrap_or(-4i64);
        let _g3 = D::new(1, log);
    }
    'l5: for &i4 in &v1 {
        {
            out.push(3i64);
        };
    }
    Ok({
        {
            out.push((input.len() as i64).wrapping_add(v1.get(2).copied().unwrap_or(13i64)));
        };
        13i64
    })
}

// body 111 (seed 2)
#[genfn::generator(yield = i64)]
fn g_111(input: &[i64], log: &Log) -> Result<i64, String> {
    if (if {
        yield_!((input.len() as i64));
        10i64 < 3i64
    } {
        (if 4i64 == 5i64 { 10i64 } else { 13i64 })
    } else {
        4i64
    }) < h2(10i64, -1i64)
    {
        yield_!(-1i64);
        let mut x1 = {
            yield_!(2i64);
            input.get(6).copied().unwrap_or(7i64)
        };
        let (Some(x2), x3) = (input.first().copied(), 5i64) else {
            return Err(format!("early {}", input.get(2).copied().unwrap_or(5i64)));
        };
    }
    let mut x4 = [0i64.rem_euclid(3), {
        yield_!(-4i64);
        5i64
    }][1];
    match 4i64.rem_euclid(6) {
        0 => {
            let _g6 = D::new(1, log);
            let mut stk7: Vec<i64> = vec![7i64, -4i64, 7i64];
            stk7.truncate(4);
            while let Some(x8) = stk7.pop() {
                let x11 = {
                    let (x9, mut x10) = (
                        (if !((input.len() as i64) < x8) {
                            1i64.wrapping_sub(x8)
                        } else {
                            (if (input.len() as i64) != x4 {
                                3i64
                            } else {
                                h2(4i64, 100i64)
                            })
                        }),
                        100i64.rem_euclid(7),
                    );
                    yield_!((100i64 as i32 as i64));
                    x10
                };
            }
        }
        1 | 2 => match input.first().copied() {
            None => {
                let _g21 = D::new(4, log);
                let mut o22 = input.get(1).copied();
                let mut x23 = x4;
            }
            Some(x12) => {
                if h2(x12, 100i64)
                    < ({
                        match D::new(2002, log).0 {
                            2002 => {
                                let (x14, x15) = (
                                    {
                                        yield_!(input.get(0).copied().unwrap_or(10i64));
                                        yield_!(x4);
                                        x4 = 3i64;
                                        100i64
                                    },
                                    h2(
                                        input.get(6).copied().unwrap_or(1i64),
                                        ({
                                            let mut x16 = x4;
                                            yield_!(3i64);
                                            (input.len() as i64)
                                        })
                                        .wrapping_add({
                                            yield_!(x4);
                                            x4 = -4i64;
                                            x12
                                        }),
                                    ),
                                );
                                if x12 != x14 {
                                    yield_!(x14)
                                } else {
                                    yield_!(4i64)
                                }
                                let mut v17: Vec<i64> = input.to_vec();
                            }
                            _ => {}
                        }
                        yield_!(13i64);
                        x12
                    })
                {
                    yield_!(h(input.get(3).copied().unwrap_or(4i64)))
                } else {
                    yield_!((if x12 < x4 { x12 } else { x4 }))
                }
                let mut s18 = String::new();
                yield_!(13i64);
            }
        },
        3..=4 => {}
        n5 => yield_!(-4i64),
    }
    Ok((h(-1i64) as i32 as i64))
}

fn p_111(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if (if {
        {
            out.push((input.len() as i64));
        };
        10i64 < 3i64
    } {
        (if 4i64 == 5i64 { 10i64 } else { 13i64 })
    } else {
        4i64
    }) < h2(10i64, -1i64)
    {
        {
            out.push(-1i64);
        };
        let mut x1 = {
            {
                out.push(2i64);
            };
            input.get(6).copied().unwrap_or(7i64)
        };
        let (Some(x2), x3) = (input.first().copied(), 5i64) else {
            return Err(format!("early {}", input.get(2).copied().unwrap_or(5i64)));
        };
    }
    let mut x4 = [0i64.rem_euclid(3), {
        {
            out.push(-4i64);
        };
        5i64
    }][1];
    match 4i64.rem_euclid(6) {
        0 => {
            let _g6 = D::new(1, log);
            let mut stk7: Vec<i64> = vec![7i64, -4i64, 7i64];
            stk7.truncate(4);
            while let Some(x8) = stk7.pop() {
                let x11 = {
                    let (x9, mut x10) = (
                        (if !((input.len() as i64) < x8) {
                            1i64.wrapping_sub(x8)
                        } else {
                            (if (input.len() as i64) != x4 {
                                3i64
                            } else {
                                h2(4i64, 100i64)
                            })
                        }),
                        100i64.rem_euclid(7),
                    );
                    {
                        out.push((100i64 as i32 as i64));
                    };
                    x10
                };
            }
        }
        1 | 2 => match input.first().copied() {
            None => {
                let _g21 = D::new(4, log);
                let mut o22 = input.get(1).copied();
                let mut x23 = x4;
            }
            Some(x12) => {
                if h2(x12, 100i64)
                    < ({
                        match D::new(2002, log).0 {
                            2002 => {
                                let (x14, x15) = (
                                    {
                                        {
                                            out.push(input.get(0).copied().unwrap_or(10i64));
                                        };
                                        {
                                            out.push(x4);
                                        };
                                        x4 = 3i64;
                                        100i64
                                    },
                                    h2(
                                        input.get(6).copied().unwrap_or(1i64),
                                        ({
                                            let mut x16 = x4;
                                            {
                                                out.push(3i64);
                                            };
                                            (input.len() as i64)
                                        })
                                        .wrapping_add({
                                            {
                                                out.push(x4);
                                            };
                                            x4 = -4i64;
                                            x12
                                        }),
                                    ),
                                );
                                if x12 != x14 {
                                    {
                                        out.push(x14);
                                    }
                                } else {
                                    {
                                        out.push(4i64);
                                    }
                                }
                                let mut v17: Vec<i64> = input.to_vec();
                            }
                            _ => {}
                        }
                        {
                            out.push(13i64);
                        };
                        x12
                    })
                {
                    {
                        out.push(h(input.get(3).copied().unwrap_or(4i64)));
                    }
                } else {
                    {
                        out.push((if x12 < x4 { x12 } else { x4 }));
                    }
                }
                let mut s18 = String::new();
                {
                    out.push(13i64);
                };
            }
        },
        3..=4 => {}
        n5 => {
            out.push(-4i64);
        }
    }
    Ok((h(-1i64) as i32 as i64))
}

// body 112 (seed 2)
#[genfn::generator(yield = i64)]
fn g_112(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = 0i64.to_string();
    let x2 = 4i64;
    yield_!(x2);
    let x3 = input.first().copied().unwrap_or(13i64);
    Ok(x2)
}

fn p_112(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = 0i64.to_string();
    let x2 = 4i64;
    {
        out.push(x2);
    };
    let x3 = input.first().copied().unwrap_or(13i64);
    Ok(x2)
}

// body 113 (seed 2)
#[genfn::generator(yield = i64)]
fn g_113(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(
        (if input.is_empty() {
            100i64.wrapping_sub(-1i64)
        } else {
            7i64
        })
    );
    let mut v1: Vec<i64> = vec![0i64, 13i64];
    yield_!((|| v1.len() as i64)());
    {
        if input.get(0).copied().unwrap_or(3i64)
            == h2(1i64, {
                let mut o2 = None::<i64>;
                yield_!((input.len() as i64));
                7i64
            })
        {
            let Some(x3) = check(h(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)))).ok()
            else {
                return Err(format!("early {}", 0i64));
            };
            let mut s4 = format!("{}", 5i64);
            if {
                yield_!(x3);
                x3 < 3i64
            } {
                return Ok({
                    yield_!((check(5i64)?).wrapping_add(x3));
                    x3
                });
            }
            let g5 = D::new(1001, log);
        } else {
            if Some((input.len() as i64).wrapping_add(100i64)).is_some() {
                return Err(format!("early {}", -4i64));
            }
            let mut v6: Vec<i64> = input.to_vec();
            {
                let mut x7 = {
                    yield_!(4i64);
                    13i64
                };
                let mut s8 = 7i64.to_string();
                let mut stk9: Vec<i64> = input.to_vec();
                stk9.truncate(4);
                while let Some(x10) = stk9.pop() {
                    let _g11 = D::new(2, log);
                }
                yield_!((v6.len() as i64));
            }
        }
    }
    {
        let (Some(ref mut r12), ref mut r14) = (input.get(1).copied(), {
            yield_!(10i64.wrapping_add(7i64));
            3i64
        }) else {
            return Ok(0i64);
        };
        yield_!(*r12);
        if ({
            yield_!(0i64);
            input.last().copied().unwrap_or(0i64)
        }) == 100i64.wrapping_sub(10i64)
        {
            let mut s15 = 4i64.to_string();
            if let Some(x16) = input.get(2).copied() {
                let x17 = x16;
                let x18 = input.get(1).copied().unwrap_or(5i64);
                let [x19, x20] = [
                    100i64,
                    x17.wrapping_mul(input.get(2).copied().unwrap_or(3i64)),
                ];
                yield_!(x19);
            }
        } else if 2i64 < 5i64 {
            let mut x23 = h2(7i64, {
                let (x21, _, x22) = (
                    -4i64,
                    0i64,
                    v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)),
                );
                yield_!(x21.rem_euclid(6));
                x22
            });
            let mut x25 = h2(
                h2(
                    input.get(6).copied().unwrap_or(100i64),
                    input.get(5).copied().unwrap_or(1i64),
                ),
                {
                    let mut x24 = x23;
                    yield_!(13i64);
                    -1i64
                },
            );
            let mut o28 = input.first().copied();
        } else {
        }
        *r14 = r14.wrapping_add(*r12);
        yield_!(*r14);
    }
    Ok(1i64)
}

fn p_113(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(
            (if input.is_empty() {
                100i64.wrapping_sub(-1i64)
            } else {
                7i64
            }),
        );
    };
    let mut v1: Vec<i64> = vec![0i64, 13i64];
    {
        out.push((|| v1.len() as i64)());
    };
    {
        if input.get(0).copied().unwrap_or(3i64)
            == h2(1i64, {
                let mut o2 = None::<i64>;
                {
                    out.push((input.len() as i64));
                };
                7i64
            })
        {
            let Some(x3) = check(h(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)))).ok()
            else {
                return Err(format!("early {}", 0i64));
            };
            let mut s4 = format!("{}", 5i64);
            if {
                {
                    out.push(x3);
                };
                x3 < 3i64
            } {
                return Ok({
                    {
                        out.push((check(5i64)?).wrapping_add(x3));
                    };
                    x3
                });
            }
            let g5 = D::new(1001, log);
        } else {
            if Some((input.len() as i64).wrapping_add(100i64)).is_some() {
                return Err(format!("early {}", -4i64));
            }
            let mut v6: Vec<i64> = input.to_vec();
            {
                let mut x7 = {
                    {
                        out.push(4i64);
                    };
                    13i64
                };
                let mut s8 = 7i64.to_string();
                let mut stk9: Vec<i64> = input.to_vec();
                stk9.truncate(4);
                while let Some(x10) = stk9.pop() {
                    let _g11 = D::new(2, log);
                }
                {
                    out.push((v6.len() as i64));
                };
            }
        }
    }
    {
        let (Some(ref mut r12), ref mut r14) = (input.get(1).copied(), {
            {
                out.push(10i64.wrapping_add(7i64));
            };
            3i64
        }) else {
            return Ok(0i64);
        };
        {
            out.push(*r12);
        };
        if ({
            {
                out.push(0i64);
            };
            input.last().copied().unwrap_or(0i64)
        }) == 100i64.wrapping_sub(10i64)
        {
            let mut s15 = 4i64.to_string();
            if let Some(x16) = input.get(2).copied() {
                let x17 = x16;
                let x18 = input.get(1).copied().unwrap_or(5i64);
                let [x19, x20] = [
                    100i64,
                    x17.wrapping_mul(input.get(2).copied().unwrap_or(3i64)),
                ];
                {
                    out.push(x19);
                };
            }
        } else if 2i64 < 5i64 {
            let mut x23 = h2(7i64, {
                let (x21, _, x22) = (
                    -4i64,
                    0i64,
                    v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)),
                );
                {
                    out.push(x21.rem_euclid(6));
                };
                x22
            });
            let mut x25 = h2(
                h2(
                    input.get(6).copied().unwrap_or(100i64),
                    input.get(5).copied().unwrap_or(1i64),
                ),
                {
                    let mut x24 = x23;
                    {
                        out.push(13i64);
                    };
                    -1i64
                },
            );
            let mut o28 = input.first().copied();
        } else {
        }
        *r14 = r14.wrapping_add(*r12);
        {
            out.push(*r14);
        };
    }
    Ok(1i64)
}

// body 114 (seed 2)
#[genfn::generator(yield = i64)]
fn g_114(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![(check(100i64)?).rem_euclid(3), 100i64];
    if !(input.is_empty()) {
        let mut c2 = 0_i64;
        let mut x8 = 'l3: loop {
            c2 += 1;
            if c2 > 1 {
                break 'l3 5i64;
            }
            let mut x4 = c2;
            x4 = {
                yield_!((v1.len() as i64));
                x4 = h(c2);
                -4i64
            };
            let x5 = check(x4)?;
            for &i6 in &vec![x4, 3i64] {
                yield_!(x5);
                let mut x5 = x5.wrapping_mul(2).wrapping_add(check(x5)?);
                let Some(x5) = input.get(0).copied() else {
                    yield_!(x5);
                    break 'l3 4i64.wrapping_add(100i64);
                };
                let _g7 = D::new(1, log);
            }
        };
        let mut x9 = {
            yield_!(x8);
            x8 = c2;
            input.get(2).copied().unwrap_or(2i64)
        };
    } else {
        let mut s10 = String::from("ab");
        v1.pop();
    }
    if 10i64 < 2i64 {
        v1.truncate(3);
        'l12: for &i11 in v1.iter().take(4) {
            let mut v13: Vec<i64> = Vec::new();
        }
    }
    Ok(input.get(3).copied().unwrap_or(1i64))
}

fn p_114(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![(check(100i64)?).rem_euclid(3), 100i64];
    if !(input.is_empty()) {
        let mut c2 = 0_i64;
        let mut x8 = 'l3: loop {
            c2 += 1;
            if c2 > 1 {
                break 'l3 5i64;
            }
            let mut x4 = c2;
            x4 = {
                {
                    out.push((v1.len() as i64));
                };
                x4 = h(c2);
                -4i64
            };
            let x5 = check(x4)?;
            for &i6 in &vec![x4, 3i64] {
                {
                    out.push(x5);
                };
                let mut x5 = x5.wrapping_mul(2).wrapping_add(check(x5)?);
                let Some(x5) = input.get(0).copied() else {
                    {
                        out.push(x5);
                    };
                    break 'l3 4i64.wrapping_add(100i64);
                };
                let _g7 = D::new(1, log);
            }
        };
        let mut x9 = {
            {
                out.push(x8);
            };
            x8 = c2;
            input.get(2).copied().unwrap_or(2i64)
        };
    } else {
        let mut s10 = String::from("ab");
        v1.pop();
    }
    if 10i64 < 2i64 {
        v1.truncate(3);
        'l12: for &i11 in v1.iter().take(4) {
            let mut v13: Vec<i64> = Vec::new();
        }
    }
    Ok(input.get(3).copied().unwrap_or(1i64))
}

// body 115 (seed 2)
#[genfn::generator(yield = i64)]
fn g_115(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = input.to_vec();
    yield_!(7i64);
    let mut o2 = check(3i64).ok();
    let mut x3 = (if ({
        yield_!(h2((v1.len() as i64), 3i64));
        yield_!(5i64);
        13i64
    }) < 13i64.rem_euclid(6)
    {
        input.get(3).copied().unwrap_or(-4i64)
    } else {
        input.get(1).copied().unwrap_or(0i64)
    });
    if let Some(ref mut r4) = o2 {
        yield_!(*r4);
        let x5 = *r4;
        assert!(x5 == x5, "{}", x5);
        *r4 = r4.wrapping_add(x5);
        yield_!(*r4);
    } else {
        if (v1.len() as i64).rem_euclid(4)
            < h2(
                (input.len() as i64).wrapping_add((input.len() as i64)),
                1i64.rem_euclid(6),
            )
        {
            return Err(format!("early {}", x3));
        }
        match (
            D::new(1, log),
            Some({
                v1.retain(|&z| z.rem_euclid(3) != 0);
                yield_!(-4i64);
                (input.len() as i64)
            }),
        ) {
            (_, None) => {}
            (ref rg7, Some(ref r6)) => {
                yield_!(*r6);
                if let Some(x8) = input.get(2).copied() {
                    yield_!(x8);
                } else {
                }
                yield_!(rg7.0.wrapping_add(*r6));
            }
        }
    }
    Ok((2i64.rem_euclid(4)).rem_euclid(7))
}

fn p_115(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = input.to_vec();
    {
        out.push(7i64);
    };
    let mut o2 = check(3i64).ok();
    let mut x3 = (if ({
        {
            out.push(h2((v1.len() as i64), 3i64));
        };
        {
            out.push(5i64);
        };
        13i64
    }) < 13i64.rem_euclid(6)
    {
        input.get(3).copied().unwrap_or(-4i64)
    } else {
        input.get(1).copied().unwrap_or(0i64)
    });
    if let Some(ref mut r4) = o2 {
        {
            out.push(*r4);
        };
        let x5 = *r4;
        assert!(x5 == x5, "{}", x5);
        *r4 = r4.wrapping_add(x5);
        {
            out.push(*r4);
        };
    } else {
        if (v1.len() as i64).rem_euclid(4)
            < h2(
                (input.len() as i64).wrapping_add((input.len() as i64)),
                1i64.rem_euclid(6),
            )
        {
            return Err(format!("early {}", x3));
        }
        match (
            D::new(1, log),
            Some({
                v1.retain(|&z| z.rem_euclid(3) != 0);
                {
                    out.push(-4i64);
                };
                (input.len() as i64)
            }),
        ) {
            (_, None) => {}
            (ref rg7, Some(ref r6)) => {
                {
                    out.push(*r6);
                };
                if let Some(x8) = input.get(2).copied() {
                    {
                        out.push(x8);
                    };
                } else {
                }
                {
                    out.push(rg7.0.wrapping_add(*r6));
                };
            }
        }
    }
    Ok((2i64.rem_euclid(4)).rem_euclid(7))
}

// body 116 (seed 2)
#[genfn::generator(yield = i64)]
fn g_116(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 2i64;
    x1 ^= -4i64;
    let _g2 = D::new(1, log);
    yield_!(x1);
    let x3: i64;
    if (((4i64 < 7i64 || {
        yield_!(x1);
        (input.len() as i64) < x1
    }) && (input.len() as i64).rem_euclid(3) == 0)
        && input.get(4).copied().unwrap_or(13i64) < 100i64.wrapping_sub(x1))
    {
        let mut x5 = input.get(0).copied().unwrap_or(0i64).wrapping_sub(
            ({
                let _g4 = D::new(2, log);
                yield_!(-4i64);
                x1
            })
            .wrapping_sub(((input.len() as i64) ^ (input.len() as i64))),
        );
        if (x5.rem_euclid(6).rem_euclid(3) == 0 && {
            yield_!(x1);
            x5 < (input.len() as i64)
        }) {
            let mut v6: Vec<i64> = vec![1i64, 2i64];
        }
        'l7: for i8 in 0..0i64 {
            let mut x9 = (x5 ^ 13i64);
        }
        x3 = (if x1.rem_euclid(2) == 0 {
            0i64
        } else {
            (-1i64).rem_euclid(3)
        });
    } else {
        {
            match input.get(2).copied() {
                None => {}
                Some(x10) if x10 < x10 => yield_!(x10),
                Some(x10) => {}
            }
        }
        x3 = 5i64;
    }
    Ok(check(x1)?)
}

fn p_116(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 2i64;
    x1 ^= -4i64;
    let _g2 = D::new(1, log);
    {
        out.push(x1);
    };
    let x3: i64;
    if (((4i64 < 7i64 || {
        {
            out.push(x1);
        };
        (input.len() as i64) < x1
    }) && (input.len() as i64).rem_euclid(3) == 0)
        && input.get(4).copied().unwrap_or(13i64) < 100i64.wrapping_sub(x1))
    {
        let mut x5 = input.get(0).copied().unwrap_or(0i64).wrapping_sub(
            ({
                let _g4 = D::new(2, log);
                {
                    out.push(-4i64);
                };
                x1
            })
            .wrapping_sub(((input.len() as i64) ^ (input.len() as i64))),
        );
        if (x5.rem_euclid(6).rem_euclid(3) == 0 && {
            {
                out.push(x1);
            };
            x5 < (input.len() as i64)
        }) {
            let mut v6: Vec<i64> = vec![1i64, 2i64];
        }
        'l7: for i8 in 0..0i64 {
            let mut x9 = (x5 ^ 13i64);
        }
        x3 = (if x1.rem_euclid(2) == 0 {
            0i64
        } else {
            (-1i64).rem_euclid(3)
        });
    } else {
        {
            match input.get(2).copied() {
                None => {}
                Some(x10) if x10 < x10 => {
                    out.push(x10);
                }
                Some(x10) => {}
            }
        }
        x3 = 5i64;
    }
    Ok(check(x1)?)
}

// body 117 (seed 2)
#[genfn::generator(yield = i64)]
fn g_117(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 5i64;
    let mut v2: Vec<i64> = Vec::new();
    let x3 = input.get(2).copied().unwrap_or(5i64);
    if input.last().copied().is_some() {
        let (x4, _, x5) = (x1, 3i64, x3);
        let mut x6 = h2(
            {
                yield_!(
                    (if input.is_empty() {
                        (input.len() as i64)
                    } else {
                        (input.len() as i64)
                    })
                );
                x3
            },
            v2.first().copied().unwrap_or(4i64).rem_euclid(4),
        );
        {
            let w7 = v2;
            if input.contains(&3) {
                return Ok(x3);
            }
            check(x3.rem_euclid(2).rem_euclid(6))?;
            yield_!((w7.len() as i64));
            v2 = {
                let mut w = w7;
                w.push(1);
                w
            };
        }
        let mut x8 = (x4, {
            yield_!(
                h(-1i64).wrapping_mul(((input.len() as i64).wrapping_sub(x4)).wrapping_add(x1))
            );
            yield_!(-4i64);
            x5.wrapping_mul(x4)
        })
            .1;
    }
    'l9: for i10 in 0..2i64 {
        let g11 = D::new(1001, log);
        let mut c12 = 0_i64;
        let x14 = 'l13: loop {
            c12 += 1;
            if c12 > 3 {
                break 'l13 i10;
            }
        };
    }
    Ok(input
        .get(2)
        .copied()
        .unwrap_or(-1i64)
        .wrapping_add(v2.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))))
}

fn p_117(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 5i64;
    let mut v2: Vec<i64> = Vec::new();
    let x3 = input.get(2).copied().unwrap_or(5i64);
    if input.last().copied().is_some() {
        let (x4, _, x5) = (x1, 3i64, x3);
        let mut x6 = h2(
            {
                {
                    out.push(
                        (if input.is_empty() {
                            (input.len() as i64)
                        } else {
                            (input.len() as i64)
                        }),
                    );
                };
                x3
            },
            v2.first().copied().unwrap_or(4i64).rem_euclid(4),
        );
        {
            let w7 = v2;
            if input.contains(&3) {
                return Ok(x3);
            }
            check(x3.rem_euclid(2).rem_euclid(6))?;
            {
                out.push((w7.len() as i64));
            };
            v2 = {
                let mut w = w7;
                w.push(1);
                w
            };
        }
        let mut x8 = (x4, {
            {
                out.push(
                    h(-1i64).wrapping_mul(((input.len() as i64).wrapping_sub(x4)).wrapping_add(x1)),
                );
            };
            {
                out.push(-4i64);
            };
            x5.wrapping_mul(x4)
        })
            .1;
    }
    'l9: for i10 in 0..2i64 {
        let g11 = D::new(1001, log);
        let mut c12 = 0_i64;
        let x14 = 'l13: loop {
            c12 += 1;
            if c12 > 3 {
                break 'l13 i10;
            }
        };
    }
    Ok(input
        .get(2)
        .copied()
        .unwrap_or(-1i64)
        .wrapping_add(v2.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))))
}

// body 118 (seed 2)
#[genfn::generator(yield = i64)]
fn g_118(input: &[i64], log: &Log) -> Result<i64, String> {
    match h2(0i64, {
        yield_!(2i64);
        100i64
    })
    .rem_euclid(6)
    {
        0 => {
            if {
                yield_!((10i64 ^ 2i64));
                10i64 < 100i64
            } {
                match 10i64.rem_euclid(3) {
                    0 => {
                        check(
                            h2((input.len() as i64).wrapping_add(7i64), {
                                yield_!(3i64);
                                (input.len() as i64)
                            })
                            .rem_euclid(7),
                        )?;
                        let x3: i64;
                        if 5i64.rem_euclid(2) == 0 {
                            if -4i64
                                == ({
                                    let _g4 = D::new(1, log);
                                    yield_!(h(2i64));
                                    2i64
                                })
                            {
                                let x5 = 10i64;
                            } else if ({
                                yield_!(0i64.rem_euclid(2));
                                input.get(1).copied().unwrap_or(7i64) < 4i64
                            } || 13i64.rem_euclid(3) == 0)
                            {
                                let mut x6 = 1i64;
                            } else {
                                yield_!(
                                    Some((input.len() as i64))
                                        .unwrap_or(3i64)
                                        .wrapping_add(100i64)
                                );
                            }
                            if 3i64 == input.get(6).copied().unwrap_or(13i64) {
                                match D::new(2002, log).0 {
                                    2002 => {
                                        let (x8, (_, mut x9)) =
                                            (input.get(6).copied().unwrap_or(10i64), (-4i64, 2i64));
                                    }
                                    _ => {}
                                }
                            } else {
                                let mut x10 = 5i64;
                            }
                            x3 = {
                                yield_!(5i64);
                                1i64
                            };
                        } else {
                            match 4i64.rem_euclid(4) {
                                0 => {
                                    let mut x12 = 2i64;
                                }
                                1 | 2 => {
                                    let mut v13: Vec<i64> = input.to_vec();
                                }
                                3..=4 => yield_!(-1i64),
                                n11 => {}
                            }
                            x3 = {
                                yield_!((if 5i64 < -1i64 { h(-1i64) } else { 7i64 }));
                                (4i64 ^ -4i64)
                            };
                        }
                        let (mut x14, (_, mut x15)) = (h(x3), (x3, 100i64));
                    }
                    1 | 2 => match 0i64.rem_euclid(6) {
                        0 => {
                            let x17 = 10i64;
                            match (x17, input.get(4).copied()) {
                                (x18, Some(x19)) if x18.wrapping_sub(x19).rem_euclid(2) == 0 => {}
                                (x18, None) => {}
                                (_, Some(x19)) => {
                                    if 3i64
                                        == ({
                                            yield_!((10i64 ^ x17));
                                            x19.wrapping_mul(0i64)
                                        })
                                    {
                                        return Ok({
                                            yield_!((x17 ^ 0i64));
                                            h2(x19.wrapping_add((input.len() as i64)), 2i64)
                                        });
                                    }
                                }
                            }
                            let x20 = check({
                                yield_!(input.get(1).copied().unwrap_or(1i64));
                                4i64.wrapping_mul(
                                    (if (input.len() as i64) == -4i64 {
                                        x17
                                    } else {
                                        (input.len() as i64)
                                    }),
                                )
                            })?;
                        }
                        1 | 2 => {}
                        3..=4 => {}
                        n16 if 0i64.rem_euclid(2) == 0 => {}
                        n16 => {}
                    },
                    n2 => {}
                }
            }
        }
        1 | 2 => {}
        3..=4 => {}
        n1 => {}
    }
    Ok(5i64.rem_euclid(7))
}

fn p_118(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match h2(0i64, {
        {
            out.push(2i64);
        };
        100i64
    })
    .rem_euclid(6)
    {
        0 => {
            if {
                {
                    out.push((10i64 ^ 2i64));
                };
                10i64 < 100i64
            } {
                match 10i64.rem_euclid(3) {
                    0 => {
                        check(
                            h2((input.len() as i64).wrapping_add(7i64), {
                                {
                                    out.push(3i64);
                                };
                                (input.len() as i64)
                            })
                            .rem_euclid(7),
                        )?;
                        let x3: i64;
                        if 5i64.rem_euclid(2) == 0 {
                            if -4i64
                                == ({
                                    let _g4 = D::new(1, log);
                                    {
                                        out.push(h(2i64));
                                    };
                                    2i64
                                })
                            {
                                let x5 = 10i64;
                            } else if ({
                                {
                                    out.push(0i64.rem_euclid(2));
                                };
                                input.get(1).copied().unwrap_or(7i64) < 4i64
                            } || 13i64.rem_euclid(3) == 0)
                            {
                                let mut x6 = 1i64;
                            } else {
                                {
                                    out.push(
                                        Some((input.len() as i64))
                                            .unwrap_or(3i64)
                                            .wrapping_add(100i64),
                                    );
                                };
                            }
                            if 3i64 == input.get(6).copied().unwrap_or(13i64) {
                                match D::new(2002, log).0 {
                                    2002 => {
                                        let (x8, (_, mut x9)) =
                                            (input.get(6).copied().unwrap_or(10i64), (-4i64, 2i64));
                                    }
                                    _ => {}
                                }
                            } else {
                                let mut x10 = 5i64;
                            }
                            x3 = {
                                {
                                    out.push(5i64);
                                };
                                1i64
                            };
                        } else {
                            match 4i64.rem_euclid(4) {
                                0 => {
                                    let mut x12 = 2i64;
                                }
                                1 | 2 => {
                                    let mut v13: Vec<i64> = input.to_vec();
                                }
                                3..=4 => {
                                    out.push(-1i64);
                                }
                                n11 => {}
                            }
                            x3 = {
                                {
                                    out.push((if 5i64 < -1i64 { h(-1i64) } else { 7i64 }));
                                };
                                (4i64 ^ -4i64)
                            };
                        }
                        let (mut x14, (_, mut x15)) = (h(x3), (x3, 100i64));
                    }
                    1 | 2 => match 0i64.rem_euclid(6) {
                        0 => {
                            let x17 = 10i64;
                            match (x17, input.get(4).copied()) {
                                (x18, Some(x19)) if x18.wrapping_sub(x19).rem_euclid(2) == 0 => {}
                                (x18, None) => {}
                                (_, Some(x19)) => {
                                    if 3i64
                                        == ({
                                            {
                                                out.push((10i64 ^ x17));
                                            };
                                            x19.wrapping_mul(0i64)
                                        })
                                    {
                                        return Ok({
                                            {
                                                out.push((x17 ^ 0i64));
                                            };
                                            h2(x19.wrapping_add((input.len() as i64)), 2i64)
                                        });
                                    }
                                }
                            }
                            let x20 = check({
                                {
                                    out.push(input.get(1).copied().unwrap_or(1i64));
                                };
                                4i64.wrapping_mul(
                                    (if (input.len() as i64) == -4i64 {
                                        x17
                                    } else {
                                        (input.len() as i64)
                                    }),
                                )
                            })?;
                        }
                        1 | 2 => {}
                        3..=4 => {}
                        n16 if 0i64.rem_euclid(2) == 0 => {}
                        n16 => {}
                    },
                    n2 => {}
                }
            }
        }
        1 | 2 => {}
        3..=4 => {}
        n1 => {}
    }
    Ok(5i64.rem_euclid(7))
}

// body 119 (seed 2)
#[genfn::generator(yield = i64)]
fn g_119(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 10i64;
    x1 = x1;
    match input.get(5).copied() {
        Some(x2) => {
            for &i3 in input.iter().take(4) {
                let mut s4 = String::from("ab");
                if let (ref rg6, Some(ref r5)) = (D::new(1, log), input.get(2).copied()) {
                    yield_!(*r5);
                    match input.get(0).copied() {
                        Some(x7) => {
                            let mut s8 = String::from("ab");
                            let mut o9 = input.get(4).copied();
                            let mut c10 = 0_i64;
                            loop {
                                c10 += 1;
                                if c10 > 4 {
                                    break;
                                }
                            }
                        }
                        None => {
                            yield_!(-4i64);
                            let mut c11 = 0_i64;
                            while {
                                yield_!(c11);
                                c11 < 3
                            } {
                                c11 += 1;
                                yield_!(0i64);
                            }
                            let mut c12 = 0_i64;
                            loop {
                                c12 += 1;
                                if c12 > 3 {
                                    break;
                                }
                            }
                            let g13 = D::new(1002, log);
                        }
                    }
                    let x14 = [input.get(3).copied().unwrap_or(13i64), {
                        yield_!(h(x1));
                        3i64
                    }][1];
                    let mut x15 = 2i64;
                    yield_!(rg6.0.wrapping_add(*r5));
                } else {
                }
            }
        }
        None => {}
    }
    Ok((input.len() as i64))
}

fn p_119(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 10i64;
    x1 = x1;
    match input.get(5).copied() {
        Some(x2) => {
            for &i3 in input.iter().take(4) {
                let mut s4 = String::from("ab");
                if let (ref rg6, Some(ref r5)) = (D::new(1, log), input.get(2).copied()) {
                    {
                        out.push(*r5);
                    };
                    match input.get(0).copied() {
                        Some(x7) => {
                            let mut s8 = String::from("ab");
                            let mut o9 = input.get(4).copied();
                            let mut c10 = 0_i64;
                            loop {
                                c10 += 1;
                                if c10 > 4 {
                                    break;
                                }
                            }
                        }
                        None => {
                            {
                                out.push(-4i64);
                            };
                            let mut c11 = 0_i64;
                            while {
                                {
                                    out.push(c11);
                                };
                                c11 < 3
                            } {
                                c11 += 1;
                                {
                                    out.push(0i64);
                                };
                            }
                            let mut c12 = 0_i64;
                            loop {
                                c12 += 1;
                                if c12 > 3 {
                                    break;
                                }
                            }
                            let g13 = D::new(1002, log);
                        }
                    }
                    let x14 = [input.get(3).copied().unwrap_or(13i64), {
                        {
                            out.push(h(x1));
                        };
                        3i64
                    }][1];
                    let mut x15 = 2i64;
                    {
                        out.push(rg6.0.wrapping_add(*r5));
                    };
                } else {
                }
            }
        }
        None => {}
    }
    Ok((input.len() as i64))
}

#[test]
fn bodies_0_to_9() {
    cases!(
        g_0 / p_0,
        g_1 / p_1,
        g_2 / p_2,
        g_3 / p_3,
        g_4 / p_4,
        g_5 / p_5,
        g_6 / p_6,
        g_7 / p_7,
        g_8 / p_8,
        g_9 / p_9
    );
}

#[test]
fn bodies_10_to_19() {
    cases!(
        g_10 / p_10,
        g_11 / p_11,
        g_12 / p_12,
        g_13 / p_13,
        g_14 / p_14,
        g_15 / p_15,
        g_16 / p_16,
        g_17 / p_17,
        g_18 / p_18,
        g_19 / p_19
    );
}

#[test]
fn bodies_20_to_29() {
    cases!(
        g_20 / p_20,
        g_21 / p_21,
        g_22 / p_22,
        g_23 / p_23,
        g_24 / p_24,
        g_25 / p_25,
        g_26 / p_26,
        g_27 / p_27,
        g_28 / p_28,
        g_29 / p_29
    );
}

#[test]
fn bodies_30_to_39() {
    cases!(
        g_30 / p_30,
        g_31 / p_31,
        g_32 / p_32,
        g_33 / p_33,
        g_34 / p_34,
        g_35 / p_35,
        g_36 / p_36,
        g_37 / p_37,
        g_38 / p_38,
        g_39 / p_39
    );
}

#[test]
fn bodies_40_to_49() {
    cases!(
        g_40 / p_40,
        g_41 / p_41,
        g_42 / p_42,
        g_43 / p_43,
        g_44 / p_44,
        g_45 / p_45,
        g_46 / p_46,
        g_47 / p_47,
        g_48 / p_48,
        g_49 / p_49
    );
}

#[test]
fn bodies_50_to_59() {
    cases!(
        g_50 / p_50,
        g_51 / p_51,
        g_52 / p_52,
        g_53 / p_53,
        g_54 / p_54,
        g_55 / p_55,
        g_56 / p_56,
        g_57 / p_57,
        g_58 / p_58,
        g_59 / p_59
    );
}

#[test]
fn bodies_60_to_69() {
    cases!(
        g_60 / p_60,
        g_61 / p_61,
        g_62 / p_62,
        g_63 / p_63,
        g_64 / p_64,
        g_65 / p_65,
        g_66 / p_66,
        g_67 / p_67,
        g_68 / p_68,
        g_69 / p_69
    );
}

#[test]
fn bodies_70_to_79() {
    cases!(
        g_70 / p_70,
        g_71 / p_71,
        g_72 / p_72,
        g_73 / p_73,
        g_74 / p_74,
        g_75 / p_75,
        g_76 / p_76,
        g_77 / p_77,
        g_78 / p_78,
        g_79 / p_79
    );
}

#[test]
fn bodies_80_to_89() {
    cases!(
        g_80 / p_80,
        g_81 / p_81,
        g_82 / p_82,
        g_83 / p_83,
        g_84 / p_84,
        g_85 / p_85,
        g_86 / p_86,
        g_87 / p_87,
        g_88 / p_88,
        g_89 / p_89
    );
}

#[test]
fn bodies_90_to_99() {
    cases!(
        g_90 / p_90,
        g_91 / p_91,
        g_92 / p_92,
        g_93 / p_93,
        g_94 / p_94,
        g_95 / p_95,
        g_96 / p_96,
        g_97 / p_97,
        g_98 / p_98,
        g_99 / p_99
    );
}

#[test]
fn bodies_100_to_109() {
    cases!(
        g_100 / p_100,
        g_101 / p_101,
        g_102 / p_102,
        g_103 / p_103,
        g_104 / p_104,
        g_105 / p_105,
        g_106 / p_106,
        g_107 / p_107,
        g_108 / p_108,
        g_109 / p_109
    );
}

#[test]
fn bodies_110_to_119() {
    cases!(
        g_110 / p_110,
        g_111 / p_111,
        g_112 / p_112,
        g_113 / p_113,
        g_114 / p_114,
        g_115 / p_115,
        g_116 / p_116,
        g_117 / p_117,
        g_118 / p_118,
        g_119 / p_119
    );
}
