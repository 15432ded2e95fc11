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
//!          1  --borrows: closure on a local
//!          2  --borrows: format on a local
//!          2  --borrows: let_wild on a local
//!          7  --borrows: local borrowed across a yield
//!          2  --borrows: macro on a local
//!         23  Option let
//!         79  String let
//!          3  String moved into a call and re-assigned
//!        114  Vec let
//!         46  `?` statement
//!         40  assignment
//!         22  break
//!          2  break out of a labelled block
//!          3  break out of a labelled block with value
//!          4  break with value
//!         18  compound assignment
//!         13  continue
//!         28  deferred initialisation (let x;)
//!          2  drop(guard)
//!         46  early return
//!         11  else if
//!         62  expr: && / ||
//!         19  expr: String read
//!         34  expr: Vec read
//!        142  expr: `?` on check()
//!         17  expr: closure (fold) over a Vec
//!        109  expr: if-else value
//!        223  expr: input.get
//!        112  expr: two-argument call
//!         24  for over a range
//!          7  for over an argument's iterator
//!          7  for whose iterator expression yields
//!         12  for with a reference pattern
//!         10  for with a tuple pattern
//!          4  format! with an implicit capture
//!         11  guard `let _ =` (dropped at once)
//!          9  guard mentioned (gN.0)
//!         54  guard mentioned later (may drop early)
//!         44  guard never mentioned (kept to scope end)
//!         23  guard temporary in a suspending expression (--temps)
//!         26  if let
//!         11  if let chain (let ... && cond)
//!         87  if/else
//!         25  if/else whose branches are yield_! expressions
//!         13  labelled block
//!         14  labelled block with break value
//!         15  labelled break
//!          7  labelled break (outer loop)
//!          2  labelled break (outer loop) with value
//!          1  labelled break with value
//!         13  labelled continue
//!          4  labelled continue (outer loop)
//!        245  let
//!         36  let with a tuple/array pattern
//!         63  let with a yield in its initialiser
//!         28  let-else
//!         11  let-else with a tuple pattern
//!         35  loop with a counter and break
//!         23  loop with break value
//!          7  macro: or_skip!(..) (continue inside an expression)
//!          3  macro: or_stop!(..) (break inside an expression)
//!          7  macro: skip!('l) (labelled continue)
//!          4  macro: skip!() (continue)
//!         11  macro: stop!('l) (labelled break)
//!          2  macro: stop!('l, v) (labelled break with value)
//!         11  macro: stop!() (break)
//!          1  macro: stop_with!(v) (break with value)
//!         49  match arm: yield_!(..) expression
//!         30  match guard with a binding
//!         16  match on a tuple
//!         28  match on an Option
//!         50  match on an int
//!         11  nested block
//!         28  return Err
//!         44  shadowing
//!         36  side effect inside an expression with a yield
//!          5  statement macro: assert!
//!          5  statement macro: format! in a let
//!          2  statement macro: implicit format capture
//!          2  statement macro: vec!
//!         11  str moved and re-assigned across a yield
//!         13  unconditional jump at the end of a block
//!          1  unsafe block
//!          7  vec moved and re-assigned across a yield
//!         11  while condition that yields
//!          7  while let chain (let ... && cond)
//!         17  while let over a local stack
//!         33  while with a counter
//!         44  yield inside a condition
//!        259  yield inside an expression
//!        226  yield statement

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
    match None::<i64> {
        Some(x1) => {
            let mut s2 = 13i64.to_string();
            let [x3, x4] = [
                check(input.get(4).copied().unwrap_or(5i64))?,
                x1.wrapping_add(check(((input.len() as i64) ^ 0i64))?),
            ];
        }
        None => {
            if let Some(x5) = input.get(2).copied() {
                match ((if 13i64 == x5 {
                    (input.len() as i64)
                } else {
                    13i64
                }) ^ x5)
                    .rem_euclid(6)
                {
                    0 => yield_!(input.get(2).copied().unwrap_or(0i64)),
                    1 | 2 => yield_!(1i64),
                    n6 if check(n6)? < -1i64 => {
                        let _g7 = D::new(1, log);
                        yield_!(-1i64);
                        if let Some(x8) = input.first().copied() {
                            let x9 = x5.wrapping_add(h(x5.rem_euclid(4)));
                            let mut s10 = String::from("ab");
                            s10 = take_string(s10, h(100i64).rem_euclid(4));
                            yield_!(n6.wrapping_add(input.get(3).copied().unwrap_or(3i64)));
                        } else {
                            let mut s11 = String::from("ab");
                            let mut stk12: Vec<i64> = input.to_vec();
                            stk12.truncate(4);
                            while let Some(x13) = stk12.pop()
                                && h(x13) != 5i64
                            {
                                let x14 = x13;
                            }
                            let mut v15: Vec<i64> = Vec::new();
                        }
                        let (mut x16, (_, mut x17)) = (
                            h(h(n6)),
                            (
                                (if (input.is_empty() && n6 < 7i64) {
                                    -4i64
                                } else {
                                    h((input.len() as i64))
                                }),
                                h(h2(n6, {
                                    yield_!(1i64);
                                    n6
                                })),
                            ),
                        );
                    }
                    n6 => yield_!(0i64),
                }
            }
            match 7i64.rem_euclid(3) {
                0 => {
                    let mut x20 = {
                        let mut v19: Vec<i64> = input.to_vec();
                        yield_!(3i64);
                        4i64
                    };
                }
                1 | 2 => {}
                3..=4 => {}
                n18 => {}
            }
        }
    }
    Ok(13i64)
}

fn p_0(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match None::<i64> {
        Some(x1) => {
            let mut s2 = 13i64.to_string();
            let [x3, x4] = [
                check(input.get(4).copied().unwrap_or(5i64))?,
                x1.wrapping_add(check(((input.len() as i64) ^ 0i64))?),
            ];
        }
        None => {
            if let Some(x5) = input.get(2).copied() {
                match ((if 13i64 == x5 {
                    (input.len() as i64)
                } else {
                    13i64
                }) ^ x5)
                    .rem_euclid(6)
                {
                    0 => {
                        out.push(input.get(2).copied().unwrap_or(0i64));
                    }
                    1 | 2 => {
                        out.push(1i64);
                    }
                    n6 if check(n6)? < -1i64 => {
                        let _g7 = D::new(1, log);
                        {
                            out.push(-1i64);
                        };
                        if let Some(x8) = input.first().copied() {
                            let x9 = x5.wrapping_add(h(x5.rem_euclid(4)));
                            let mut s10 = String::from("ab");
                            s10 = take_string(s10, h(100i64).rem_euclid(4));
                            {
                                out.push(n6.wrapping_add(input.get(3).copied().unwrap_or(3i64)));
                            };
                        } else {
                            let mut s11 = String::from("ab");
                            let mut stk12: Vec<i64> = input.to_vec();
                            stk12.truncate(4);
                            while let Some(x13) = stk12.pop()
                                && h(x13) != 5i64
                            {
                                let x14 = x13;
                            }
                            let mut v15: Vec<i64> = Vec::new();
                        }
                        let (mut x16, (_, mut x17)) = (
                            h(h(n6)),
                            (
                                (if (input.is_empty() && n6 < 7i64) {
                                    -4i64
                                } else {
                                    h((input.len() as i64))
                                }),
                                h(h2(n6, {
                                    {
                                        out.push(1i64);
                                    };
                                    n6
                                })),
                            ),
                        );
                    }
                    n6 => {
                        out.push(0i64);
                    }
                }
            }
            match 7i64.rem_euclid(3) {
                0 => {
                    let mut x20 = {
                        let mut v19: Vec<i64> = input.to_vec();
                        {
                            out.push(3i64);
                        };
                        4i64
                    };
                }
                1 | 2 => {}
                3..=4 => {}
                n18 => {}
            }
        }
    }
    Ok(13i64)
}

// body 1 (seed 2)
#[genfn::generator(yield = i64)]
fn g_1(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 0i64;
    yield_!(0i64);
    let mut v2: Vec<i64> = input.to_vec();
    yield_!(h(x1).rem_euclid(7).rem_euclid(2));
    let mut v3: Vec<i64> = vec![input.get(3).copied().unwrap_or(1i64), 10i64];
    let Some(x4) = v2.get(3).copied() else {
        return Ok(x1);
    };
    {
        let w5 = v3;
        if x4
            != ({
                yield_!(0i64.wrapping_add(x1));
                check(-1i64)?
            })
        {
            return Err(format!("early {}", h((v2.len() as i64))));
        }
        let mut x6 = x4;
        if ((if x6 < x6 { (input.len() as i64) } else { 5i64 }) < x4.wrapping_mul(x6) || {
            yield_!(7i64);
            check(x1)? < input.get(4).copied().unwrap_or(5i64)
        }) {
            return Err(format!(
                "early {}",
                (v2.first().copied().unwrap_or(2i64)
                    ^ ((input.len() as i64) ^ (input.len() as i64)))
            ));
        }
        v3 = {
            let mut w = w5;
            w.push(1);
            w
        };
    }
    Ok(
        (if (v2.contains(&(input.len() as i64)) && (input.len() as i64) == 100i64) {
            input.get(4).copied().unwrap_or(-1i64).wrapping_sub(x1)
        } else {
            {
                let x7 = (input.get(2).copied().unwrap_or(0i64) as i32 as i64);
                yield_!(-4i64);
                10i64
            }
        }),
    )
}

fn p_1(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 0i64;
    {
        out.push(0i64);
    };
    let mut v2: Vec<i64> = input.to_vec();
    {
        out.push(h(x1).rem_euclid(7).rem_euclid(2));
    };
    let mut v3: Vec<i64> = vec![input.get(3).copied().unwrap_or(1i64), 10i64];
    let Some(x4) = v2.get(3).copied() else {
        return Ok(x1);
    };
    {
        let w5 = v3;
        if x4
            != ({
                {
                    out.push(0i64.wrapping_add(x1));
                };
                check(-1i64)?
            })
        {
            return Err(format!("early {}", h((v2.len() as i64))));
        }
        let mut x6 = x4;
        if ((if x6 < x6 { (input.len() as i64) } else { 5i64 }) < x4.wrapping_mul(x6) || {
            {
                out.push(7i64);
            };
            check(x1)? < input.get(4).copied().unwrap_or(5i64)
        }) {
            return Err(format!(
                "early {}",
                (v2.first().copied().unwrap_or(2i64)
                    ^ ((input.len() as i64) ^ (input.len() as i64)))
            ));
        }
        v3 = {
            let mut w = w5;
            w.push(1);
            w
        };
    }
    Ok(
        (if (v2.contains(&(input.len() as i64)) && (input.len() as i64) == 100i64) {
            input.get(4).copied().unwrap_or(-1i64).wrapping_sub(x1)
        } else {
            {
                let x7 = (input.get(2).copied().unwrap_or(0i64) as i32 as i64);
                {
                    out.push(-4i64);
                };
                10i64
            }
        }),
    )
}

// body 2 (seed 2)
#[genfn::generator(yield = i64)]
fn g_2(input: &[i64], log: &Log) -> Result<i64, String> {
    let x2 = {
        let x1 = input.get(3).copied().unwrap_or(5i64);
        yield_!(h(1i64));
        input.get(1).copied().unwrap_or(5i64)
    };
    'l3: for i4 in 0..h(4i64.wrapping_add((input.len() as i64))).rem_euclid(3) {
        if ({
            yield_!(4i64);
            -4i64
        })
        .rem_euclid(2)
            == 0
        {
            continue;
        }
        let x32 = 'b5: {
            let i4 = i4.wrapping_mul(2).wrapping_add(4i64);
            match (5i64, input.iter().copied().find(|&z| z > 10i64)) {
                (x6, Some(x7)) if (-4i64 as i32 as i64) != (if x2 < 2i64 { x6 } else { 2i64 }) => {
                    let x8 = check(4i64.wrapping_mul({
                        yield_!(check(i4)?);
                        3i64
                    }))?;
                    let mut c9 = 0_i64;
                    while {
                        yield_!(c9);
                        c9 < 3
                    } {
                        c9 += 1;
                        yield_!(2i64.rem_euclid(7));
                        continue;
                    }
                    let x10: i64;
                    if ({
                        yield_!(13i64);
                        1i64
                    }) < x7
                    {
                        let mut x11 = input.get(0).copied().unwrap_or(7i64);
                        x10 = h(x7).wrapping_sub(i4);
                    } else {
                        let mut v12: Vec<i64> = Vec::new();
                        x10 = check(x8).ok().unwrap_or(2i64).wrapping_sub(100i64);
                    }
                    match (3i64, input.get(2).copied()) {
                        (x13, Some(x14)) if input.is_empty() => {
                            let mut x15 = 7i64;
                            let mut c16 = 0_i64;
                            let mut x18 = 'l17: loop {
                                c16 += 1;
                                if c16 > 4 {
                                    break 'l17 h(x14);
                                }
                            };
                            let mut c19 = 0_i64;
                            loop {
                                c19 += 1;
                                if c19 > 2 {
                                    break;
                                }
                                let mut v20: Vec<i64> = vec![7i64, 7i64];
                            }
                        }
                        (x13, None) => {
                            let x21 = 5i64;
                            yield_!(h(x6));
                            let g22 = D::new(1001, log);
                        }
                        (_, Some(x14)) => {
                            let mut v23: Vec<i64> = Vec::new();
                        }
                    }
                }
                (x6, None) => {
                    let _g24 = D::new(2, log);
                    for i25 in 0..input.get(2).copied().unwrap_or(5i64).rem_euclid(5) {
                        'l26: for &i27 in input.iter().rev().take(4) {}
                        match input.first().copied() {
                            Some(x28) => {}
                            None => {}
                        }
                    }
                    let mut x6 = x6.wrapping_mul(2).wrapping_add(h(x6));
                    match input.get(6).copied() {
                        None => {}
                        Some(x29) if 1i64 != h(x29) => yield_!(5i64.wrapping_add(100i64)),
                        Some(x29) => {
                            yield_!(
                                input
                                    .get(4)
                                    .copied()
                                    .unwrap_or(1i64)
                                    .rem_euclid(2)
                                    .wrapping_mul(input.get(0).copied().unwrap_or(-1i64))
                            );
                            match input.first().copied() {
                                Some(x30) if x30 == 13i64 => {
                                    x6 = (if (input.len() as i64) < 10i64 {
                                        x29
                                    } else {
                                        x6
                                    });
                                }
                                Some(x30) => yield_!(h(x29).rem_euclid(2)),
                                None => {}
                            }
                            let x31 = check((h(x29) ^ i4))?;
                            if ((if input.is_empty() { x29 } else { x29 }).wrapping_add(x29))
                                .rem_euclid(3)
                                == 0
                            {
                                break 'l3;
                            }
                        }
                    }
                }
                (_, Some(x7)) => {}
            }
            input.get(2).copied().unwrap_or(1i64)
        };
    }
    Ok(x2.wrapping_mul({
        yield_!(x2);
        x2
    }))
}

fn p_2(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x2 = {
        let x1 = input.get(3).copied().unwrap_or(5i64);
        {
            out.push(h(1i64));
        };
        input.get(1).copied().unwrap_or(5i64)
    };
    'l3: for i4 in 0..h(4i64.wrapping_add((input.len() as i64))).rem_euclid(3) {
        if ({
            {
                out.push(4i64);
            };
            -4i64
        })
        .rem_euclid(2)
            == 0
        {
            continue;
        }
        let x32 = 'b5: {
            let i4 = i4.wrapping_mul(2).wrapping_add(4i64);
            match (5i64, input.iter().copied().find(|&z| z > 10i64)) {
                (x6, Some(x7)) if (-4i64 as i32 as i64) != (if x2 < 2i64 { x6 } else { 2i64 }) => {
                    let x8 = check(4i64.wrapping_mul({
                        {
                            out.push(check(i4)?);
                        };
                        3i64
                    }))?;
                    let mut c9 = 0_i64;
                    while {
                        {
                            out.push(c9);
                        };
                        c9 < 3
                    } {
                        c9 += 1;
                        {
                            out.push(2i64.rem_euclid(7));
                        };
                        continue;
                    }
                    let x10: i64;
                    if ({
                        {
                            out.push(13i64);
                        };
                        1i64
                    }) < x7
                    {
                        let mut x11 = input.get(0).copied().unwrap_or(7i64);
                        x10 = h(x7).wrapping_sub(i4);
                    } else {
                        let mut v12: Vec<i64> = Vec::new();
                        x10 = check(x8).ok().unwrap_or(2i64).wrapping_sub(100i64);
                    }
                    match (3i64, input.get(2).copied()) {
                        (x13, Some(x14)) if input.is_empty() => {
                            let mut x15 = 7i64;
                            let mut c16 = 0_i64;
                            let mut x18 = 'l17: loop {
                                c16 += 1;
                                if c16 > 4 {
                                    break 'l17 h(x14);
                                }
                            };
                            let mut c19 = 0_i64;
                            loop {
                                c19 += 1;
                                if c19 > 2 {
                                    break;
                                }
                                let mut v20: Vec<i64> = vec![7i64, 7i64];
                            }
                        }
                        (x13, None) => {
                            let x21 = 5i64;
                            {
                                out.push(h(x6));
                            };
                            let g22 = D::new(1001, log);
                        }
                        (_, Some(x14)) => {
                            let mut v23: Vec<i64> = Vec::new();
                        }
                    }
                }
                (x6, None) => {
                    let _g24 = D::new(2, log);
                    for i25 in 0..input.get(2).copied().unwrap_or(5i64).rem_euclid(5) {
                        'l26: for &i27 in input.iter().rev().take(4) {}
                        match input.first().copied() {
                            Some(x28) => {}
                            None => {}
                        }
                    }
                    let mut x6 = x6.wrapping_mul(2).wrapping_add(h(x6));
                    match input.get(6).copied() {
                        None => {}
                        Some(x29) if 1i64 != h(x29) => {
                            out.push(5i64.wrapping_add(100i64));
                        }
                        Some(x29) => {
                            {
                                out.push(
                                    input
                                        .get(4)
                                        .copied()
                                        .unwrap_or(1i64)
                                        .rem_euclid(2)
                                        .wrapping_mul(input.get(0).copied().unwrap_or(-1i64)),
                                );
                            };
                            match input.first().copied() {
                                Some(x30) if x30 == 13i64 => {
                                    x6 = (if (input.len() as i64) < 10i64 {
                                        x29
                                    } else {
                                        x6
                                    });
                                }
                                Some(x30) => {
                                    out.push(h(x29).rem_euclid(2));
                                }
                                None => {}
                            }
                            let x31 = check((h(x29) ^ i4))?;
                            if ((if input.is_empty() { x29 } else { x29 }).wrapping_add(x29))
                                .rem_euclid(3)
                                == 0
                            {
                                break 'l3;
                            }
                        }
                    }
                }
                (_, Some(x7)) => {}
            }
            input.get(2).copied().unwrap_or(1i64)
        };
    }
    Ok(x2.wrapping_mul({
        {
            out.push(x2);
        };
        x2
    }))
}

// body 3 (seed 2)
#[genfn::generator(yield = i64)]
fn g_3(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = h2((check(0i64)?).wrapping_add(13i64), {
        yield_!((-4i64).rem_euclid(6));
        1i64
    });
    let Some(x2) = input.last().copied() else {
        return Ok((if (x1 == 1i64 || None::<i64>.is_some()) {
            -4i64
        } else {
            7i64
        })
        .wrapping_mul(3i64));
    };
    let mut v3: Vec<i64> = vec![x2, 10i64];
    let _g4 = D::new(1, log);
    let mut c5 = 0_i64;
    'l6: loop {
        c5 += 1;
        if c5 > 1 {
            break;
        }
        let g7 = D::new(1002, log);
        if let Some(x8) = v3.get(0).copied() {
            let _ = D::new(3, log);
            yield_!(x2);
        }
        yield_!(input.get(4).copied().unwrap_or(13i64));
        let mut c9 = 0_i64;
        'l10: loop {
            c9 += 1;
            if c9 > 4 {
                break;
            }
            match h(g7.0).rem_euclid(6) {
                0 => {
                    if (x2.rem_euclid(2) == 0 || c5.rem_euclid(3) == 0) {
                        stop!();
                    }
                    yield_!(10i64);
                    yield_!(h(check(3i64)?).wrapping_add(2i64));
                    match None::<i64> {
                        Some(x12) if (input.len() as i64) == x1 => {
                            if 10i64 < h(x1).rem_euclid(3) {
                                stop!('l6);
                            }
                            match (-4i64, input.first().copied()) {
                                (x13, Some(x14)) if g7.0 < (v3.len() as i64) => {
                                    if (if 10i64 < x14 { 100i64 } else { -1i64 }).wrapping_sub(x14)
                                        < x14
                                    {
                                        break 'l10;
                                    }
                                }
                                (x13, None) => {
                                    v3.push(x1);
                                }
                                (_, Some(x14)) => {
                                    let g15 = D::new(1004, log);
                                }
                            }
                            if !(({
                                yield_!(x12);
                                c9
                            })
                            .rem_euclid(3)
                                == 0)
                            {
                                break 'l6;
                            }
                        }
                        Some(x12) => {
                            let mut v16: Vec<i64> = vec![(g7.0).rem_euclid(4), 7i64];
                            stop!();
                        }
                        None => {}
                    }
                }
                1 | 2 => {}
                n11 if input.is_empty() => {}
                n11 => {}
            }
        }
    }
    Ok(h(c5))
}

fn p_3(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = h2((check(0i64)?).wrapping_add(13i64), {
        {
            out.push((-4i64).rem_euclid(6));
        };
        1i64
    });
    let Some(x2) = input.last().copied() else {
        return Ok((if (x1 == 1i64 || None::<i64>.is_some()) {
            -4i64
        } else {
            7i64
        })
        .wrapping_mul(3i64));
    };
    let mut v3: Vec<i64> = vec![x2, 10i64];
    let _g4 = D::new(1, log);
    let mut c5 = 0_i64;
    'l6: loop {
        c5 += 1;
        if c5 > 1 {
            break;
        }
        let g7 = D::new(1002, log);
        if let Some(x8) = v3.get(0).copied() {
            let _ = D::new(3, log);
            {
                out.push(x2);
            };
        }
        {
            out.push(input.get(4).copied().unwrap_or(13i64));
        };
        let mut c9 = 0_i64;
        'l10: loop {
            c9 += 1;
            if c9 > 4 {
                break;
            }
            match h(g7.0).rem_euclid(6) {
                0 => {
                    if (x2.rem_euclid(2) == 0 || c5.rem_euclid(3) == 0) {
                        stop!();
                    }
                    {
                        out.push(10i64);
                    };
                    {
                        out.push(h(check(3i64)?).wrapping_add(2i64));
                    };
                    match None::<i64> {
                        Some(x12) if (input.len() as i64) == x1 => {
                            if 10i64 < h(x1).rem_euclid(3) {
                                stop!('l6);
                            }
                            match (-4i64, input.first().copied()) {
                                (x13, Some(x14)) if g7.0 < (v3.len() as i64) => {
                                    if (if 10i64 < x14 { 100i64 } else { -1i64 }).wrapping_sub(x14)
                                        < x14
                                    {
                                        break 'l10;
                                    }
                                }
                                (x13, None) => {
                                    v3.push(x1);
                                }
                                (_, Some(x14)) => {
                                    let g15 = D::new(1004, log);
                                }
                            }
                            if !(({
                                {
                                    out.push(x12);
                                };
                                c9
                            })
                            .rem_euclid(3)
                                == 0)
                            {
                                break 'l6;
                            }
                        }
                        Some(x12) => {
                            let mut v16: Vec<i64> = vec![(g7.0).rem_euclid(4), 7i64];
                            stop!();
                        }
                        None => {}
                    }
                }
                1 | 2 => {}
                n11 if input.is_empty() => {}
                n11 => {}
            }
        }
    }
    Ok(h(c5))
}

// body 4 (seed 2)
#[genfn::generator(yield = i64)]
fn g_4(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = (input.len() as i64);
    x1 = check(check((input.len() as i64))?)?;
    let mut c2 = 0_i64;
    let x17 = 'l3: loop {
        c2 += 1;
        if c2 > 1 {
            break 'l3 0i64;
        }
        let x14 = 'b4: {
            if input.get(5).copied().unwrap_or(1i64) < (input.len() as i64) {
                let mut s5 = format!(
                    "{}-",
                    (if c2 < c2 {
                        input.get(4).copied().unwrap_or(2i64)
                    } else {
                        Some(c2).unwrap_or(-1i64)
                    })
                );
            } else {
                let mut v6: Vec<i64> = input.to_vec();
                let x7 = h2(x1, 100i64).wrapping_add(input.first().copied().unwrap_or(0i64));
                let mut c8 = 0_i64;
                loop {
                    c8 += 1;
                    if c8 > 1 {
                        break;
                    }
                    if {
                        yield_!(c8);
                        ((input.len() as i64).rem_euclid(4)).wrapping_sub(7i64) < c8
                    } {
                        break 'l3 13i64;
                    }
                    if x7 == (v6.len() as i64) {
                        skip!('l3);
                    }
                    'b9: {}
                    yield_!(4i64.wrapping_add((v6.len() as i64)));
                }
                let mut stk10: Vec<i64> = input.to_vec();
                stk10.truncate(4);
                while let Some(x11) = stk10.pop()
                    && ((input.len() as i64).rem_euclid(6)).wrapping_sub(x1) != 4i64
                {
                    if c2 < x11 {}
                    let mut x11 = x11.wrapping_mul(2).wrapping_add(x11);
                    yield_!(
                        (if 100i64 == x11 {
                            c2.wrapping_sub(x7)
                        } else {
                            (input.len() as i64)
                        })
                        .wrapping_add((1i64 as i32 as i64))
                    );
                    if let Some(x12) = Some(h(c8)) {
                        let mut s13 = format!("{}", x11);
                    }
                }
            }
            yield_!(h2(x1, x1));
            input.iter().copied().find(|&z| z > 13i64).unwrap_or(3i64)
        };
        let mut x15 = x14;
        let mut v16: Vec<i64> = input.to_vec();
    };
    let x18 = c2.wrapping_add({
        yield_!(x1);
        yield_!(7i64);
        -1i64
    });
    let [x19, x20] = [
        x17,
        ({
            yield_!(1i64.rem_euclid(4));
            yield_!(check(c2)?);
            h2(x18, (input.len() as i64))
        })
        .wrapping_sub(h2(-1i64, (input.len() as i64).wrapping_add(-4i64))),
    ];
    Ok((input.len() as i64).wrapping_add(input.get(5).copied().unwrap_or(3i64)))
}

fn p_4(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = (input.len() as i64);
    x1 = check(check((input.len() as i64))?)?;
    let mut c2 = 0_i64;
    let x17 = 'l3: loop {
        c2 += 1;
        if c2 > 1 {
            break 'l3 0i64;
        }
        let x14 = 'b4: {
            if input.get(5).copied().unwrap_or(1i64) < (input.len() as i64) {
                let mut s5 = format!(
                    "{}-",
                    (if c2 < c2 {
                        input.get(4).copied().unwrap_or(2i64)
                    } else {
                        Some(c2).unwrap_or(-1i64)
                    })
                );
            } else {
                let mut v6: Vec<i64> = input.to_vec();
                let x7 = h2(x1, 100i64).wrapping_add(input.first().copied().unwrap_or(0i64));
                let mut c8 = 0_i64;
                loop {
                    c8 += 1;
                    if c8 > 1 {
                        break;
                    }
                    if {
                        {
                            out.push(c8);
                        };
                        ((input.len() as i64).rem_euclid(4)).wrapping_sub(7i64) < c8
                    } {
                        break 'l3 13i64;
                    }
                    if x7 == (v6.len() as i64) {
                        skip!('l3);
                    }
                    'b9: {}
                    {
                        out.push(4i64.wrapping_add((v6.len() as i64)));
                    };
                }
                let mut stk10: Vec<i64> = input.to_vec();
                stk10.truncate(4);
                while let Some(x11) = stk10.pop()
                    && ((input.len() as i64).rem_euclid(6)).wrapping_sub(x1) != 4i64
                {
                    if c2 < x11 {}
                    let mut x11 = x11.wrapping_mul(2).wrapping_add(x11);
                    {
                        out.push(
                            (if 100i64 == x11 {
                                c2.wrapping_sub(x7)
                            } else {
                                (input.len() as i64)
                            })
                            .wrapping_add((1i64 as i32 as i64)),
                        );
                    };
                    if let Some(x12) = Some(h(c8)) {
                        let mut s13 = format!("{}", x11);
                    }
                }
            }
            {
                out.push(h2(x1, x1));
            };
            input.iter().copied().find(|&z| z > 13i64).unwrap_or(3i64)
        };
        let mut x15 = x14;
        let mut v16: Vec<i64> = input.to_vec();
    };
    let x18 = c2.wrapping_add({
        {
            out.push(x1);
        };
        {
            out.push(7i64);
        };
        -1i64
    });
    let [x19, x20] = [
        x17,
        ({
            {
                out.push(1i64.rem_euclid(4));
            };
            {
                out.push(check(c2)?);
            };
            h2(x18, (input.len() as i64))
        })
        .wrapping_sub(h2(-1i64, (input.len() as i64).wrapping_add(-4i64))),
    ];
    Ok((input.len() as i64).wrapping_add(input.get(5).copied().unwrap_or(3i64)))
}

// body 5 (seed 2)
#[genfn::generator(yield = i64)]
fn g_5(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = check(10i64)?;
    let mut x2 = 4i64;
    if let Some(x3) = input.last().copied() {
        let mut x4 = (x1
            ^ (if x3.rem_euclid(3) == 0 {
                1i64
            } else {
                13i64.rem_euclid(4)
            }));
        yield_!(h(4i64));
        let _ = D::new(1, log);
        let mut s5 = String::from("ab");
    }
    if 2i64 < x2 {
        yield_!(2i64)
    } else {
        yield_!((if !(4i64.rem_euclid(2) == 0) { x2 } else { 0i64 }))
    }
    match ({
        yield_!(x1);
        x2 = 0i64;
        7i64
    })
    .rem_euclid(3)
    {
        0 => {
            let x7 = D::new(2002, log).0.wrapping_add({
                yield_!(h(1i64));
                yield_!(-1i64);
                2i64
            });
            let _g8 = D::new(3, log);
            let mut stk9: Vec<i64> = vec![10i64, 2i64, 13i64];
            stk9.truncate(4);
            while let Some(x10) = stk9.pop()
                && h2(h(x7), x2.rem_euclid(6)) != 2i64
            {}
        }
        1 | 2 => {}
        n6 => yield_!(4i64),
    }
    Ok(h2(
        (if input.last().copied().is_some() {
            1i64
        } else {
            7i64
        }),
        x2,
    ))
}

fn p_5(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = check(10i64)?;
    let mut x2 = 4i64;
    if let Some(x3) = input.last().copied() {
        let mut x4 = (x1
            ^ (if x3.rem_euclid(3) == 0 {
                1i64
            } else {
                13i64.rem_euclid(4)
            }));
        {
            out.push(h(4i64));
        };
        let _ = D::new(1, log);
        let mut s5 = String::from("ab");
    }
    if 2i64 < x2 {
        {
            out.push(2i64);
        }
    } else {
        {
            out.push((if !(4i64.rem_euclid(2) == 0) { x2 } else { 0i64 }));
        }
    }
    match ({
        {
            out.push(x1);
        };
        x2 = 0i64;
        7i64
    })
    .rem_euclid(3)
    {
        0 => {
            let x7 = D::new(2002, log).0.wrapping_add({
                {
                    out.push(h(1i64));
                };
                {
                    out.push(-1i64);
                };
                2i64
            });
            let _g8 = D::new(3, log);
            let mut stk9: Vec<i64> = vec![10i64, 2i64, 13i64];
            stk9.truncate(4);
            while let Some(x10) = stk9.pop()
                && h2(h(x7), x2.rem_euclid(6)) != 2i64
            {}
        }
        1 | 2 => {}
        n6 => {
            out.push(4i64);
        }
    }
    Ok(h2(
        (if input.last().copied().is_some() {
            1i64
        } else {
            7i64
        }),
        x2,
    ))
}

// body 6 (seed 2)
#[genfn::generator(yield = i64)]
fn g_6(input: &[i64], log: &Log) -> Result<i64, String> {
    if input.is_empty() {
        let mut c1 = 0_i64;
        'l2: while {
            yield_!(c1);
            c1 < 1
        } {
            c1 += 1;
            let mut c3 = 0_i64;
            let mut x24 = 'l4: loop {
                c3 += 1;
                if c3 > 1 {
                    break 'l4 check((input.len() as i64)).ok().unwrap_or(10i64);
                }
                let mut v5: Vec<i64> = Vec::new();
                match h(c3).rem_euclid(3) {
                    0 => {
                        let mut x7 = c1;
                        stop!('l4, v5.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                    }
                    1 | 2 => {
                        let mut x8 = c3;
                        if v5.contains(&x8) {
                            continue 'l2;
                        }
                        if c1 == x8 {
                            yield_!(c3.wrapping_mul(4i64));
                        } else {
                        }
                    }
                    n6 if !(input.is_empty()) => yield_!(
                        ((input.len() as i64).wrapping_add(c3)).wrapping_add(c1.wrapping_sub(n6))
                    ),
                    n6 => {
                        let mut x9 =
                            h((if c1.rem_euclid(3) == 0 { 1i64 } else { c3 })).wrapping_mul(n6);
                        if n6.rem_euclid(2) == 0 {
                            skip!('l2);
                        }
                        for i10 in v5.iter().copied().take(4) {
                            let mut o11 = None::<i64>;
                        }
                        yield_!(n6);
                    }
                }
                match or_skip!(Some(c1)).rem_euclid(4) {
                    0 => {
                        match (check(c3)?).rem_euclid(5) {
                            0 => {}
                            1 | 2 => yield_!(c3),
                            3..=4 => {}
                            n13 => {}
                        }
                        let g14 = D::new(1001, log);
                        match input.last().copied() {
                            None => {}
                            Some(x15) => {}
                        }
                        if let Some(x16) = input.last().copied() {
                        } else {
                        }
                    }
                    1 | 2 => {
                        let mut x17 = {
                            yield_!((input.len() as i64).wrapping_mul(c1));
                            input.get(2).copied().unwrap_or(100i64)
                        };
                        let mut x18 = input.get(2).copied().unwrap_or(13i64);
                        match x18.rem_euclid(5) {
                            0 => {
                                let mut s20 = 0i64.to_string();
                            }
                            1 | 2 => {}
                            3..=4 => {}
                            n19 if v5.contains(&c1.rem_euclid(4)) => yield_!(n19),
                            n19 => {}
                        }
                    }
                    n12 => {
                        if input.is_empty() {
                            break 'l2;
                        }
                        let (x21, _, x22) = (n12, -1i64, (n12 as i32 as i64));
                        v5.push(7i64);
                    }
                }
                let mut x23 = input.get(0).copied().unwrap_or(13i64).wrapping_sub(check({
                    yield_!((input.len() as i64));
                    c3
                })?);
            };
            let (Some(x25), x26) = (
                input.first().copied(),
                x24.wrapping_sub(c1).wrapping_sub(13i64),
            ) else {
                stop!('l2);
            };
            let x27 = D::new(2002, log).0.wrapping_add({
                yield_!(x24);
                c3
            });
        }
    }
    Ok(7i64)
}

fn p_6(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if input.is_empty() {
        let mut c1 = 0_i64;
        'l2: while {
            {
                out.push(c1);
            };
            c1 < 1
        } {
            c1 += 1;
            let mut c3 = 0_i64;
            let mut x24 = 'l4: loop {
                c3 += 1;
                if c3 > 1 {
                    break 'l4 check((input.len() as i64)).ok().unwrap_or(10i64);
                }
                let mut v5: Vec<i64> = Vec::new();
                match h(c3).rem_euclid(3) {
                    0 => {
                        let mut x7 = c1;
                        stop!('l4, v5.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                    }
                    1 | 2 => {
                        let mut x8 = c3;
                        if v5.contains(&x8) {
                            continue 'l2;
                        }
                        if c1 == x8 {
                            {
                                out.push(c3.wrapping_mul(4i64));
                            };
                        } else {
                        }
                    }
                    n6 if !(input.is_empty()) => {
                        out.push(
                            ((input.len() as i64).wrapping_add(c3))
                                .wrapping_add(c1.wrapping_sub(n6)),
                        );
                    }
                    n6 => {
                        let mut x9 =
                            h((if c1.rem_euclid(3) == 0 { 1i64 } else { c3 })).wrapping_mul(n6);
                        if n6.rem_euclid(2) == 0 {
                            skip!('l2);
                        }
                        for i10 in v5.iter().copied().take(4) {
                            let mut o11 = None::<i64>;
                        }
                        {
                            out.push(n6);
                        };
                    }
                }
                match or_skip!(Some(c1)).rem_euclid(4) {
                    0 => {
                        match (check(c3)?).rem_euclid(5) {
                            0 => {}
                            1 | 2 => {
                                out.push(c3);
                            }
                            3..=4 => {}
                            n13 => {}
                        }
                        let g14 = D::new(1001, log);
                        match input.last().copied() {
                            None => {}
                            Some(x15) => {}
                        }
                        if let Some(x16) = input.last().copied() {
                        } else {
                        }
                    }
                    1 | 2 => {
                        let mut x17 = {
                            {
                                out.push((input.len() as i64).wrapping_mul(c1));
                            };
                            input.get(2).copied().unwrap_or(100i64)
                        };
                        let mut x18 = input.get(2).copied().unwrap_or(13i64);
                        match x18.rem_euclid(5) {
                            0 => {
                                let mut s20 = 0i64.to_string();
                            }
                            1 | 2 => {}
                            3..=4 => {}
                            n19 if v5.contains(&c1.rem_euclid(4)) => {
                                out.push(n19);
                            }
                            n19 => {}
                        }
                    }
                    n12 => {
                        if input.is_empty() {
                            break 'l2;
                        }
                        let (x21, _, x22) = (n12, -1i64, (n12 as i32 as i64));
                        v5.push(7i64);
                    }
                }
                let mut x23 = input.get(0).copied().unwrap_or(13i64).wrapping_sub(check({
                    {
                        out.push((input.len() as i64));
                    };
                    c3
                })?);
            };
            let (Some(x25), x26) = (
                input.first().copied(),
                x24.wrapping_sub(c1).wrapping_sub(13i64),
            ) else {
                stop!('l2);
            };
            let x27 = D::new(2002, log).0.wrapping_add({
                {
                    out.push(x24);
                };
                c3
            });
        }
    }
    Ok(7i64)
}

// body 7 (seed 2)
#[genfn::generator(yield = i64)]
fn g_7(input: &[i64], log: &Log) -> Result<i64, String> {
    let x3 = 'b1: {
        let mut x2 = input.get(5).copied().unwrap_or(0i64);
        let x2 = x2.wrapping_mul(2).wrapping_add({
            yield_!(check(10i64).ok().unwrap_or(100i64));
            x2 = x2.wrapping_sub(x2);
            x2.wrapping_sub((input.len() as i64))
        });
        h({
            yield_!(x2.wrapping_sub((input.len() as i64)));
            -4i64
        })
    };
    let mut v4: Vec<i64> = input.to_vec();
    let x5 = check(
        (if (input.len() as i64).rem_euclid(2) == 0 {
            0i64
        } else {
            x3
        }),
    )?;
    let x6 = {
        yield_!(5i64);
        h2(x3, x3)
    };
    match input.get(6).copied().unwrap_or(4i64).rem_euclid(4) {
        0 => {
            if x6 < 100i64.rem_euclid(5) {
                return Ok(2i64);
            }
        }
        1 | 2 => {
            let x8 = h2(
                {
                    yield_!((input.len() as i64));
                    100i64.wrapping_sub(x5)
                },
                x6,
            );
        }
        n7 => yield_!((v4.len() as i64)),
    }
    let mut x5 = x5.wrapping_mul(2).wrapping_add(-1i64);
    Ok(13i64.wrapping_add(h(10i64)))
}

fn p_7(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x3 = 'b1: {
        let mut x2 = input.get(5).copied().unwrap_or(0i64);
        let x2 = x2.wrapping_mul(2).wrapping_add({
            {
                out.push(check(10i64).ok().unwrap_or(100i64));
            };
            x2 = x2.wrapping_sub(x2);
            x2.wrapping_sub((input.len() as i64))
        });
        h({
            {
                out.push(x2.wrapping_sub((input.len() as i64)));
            };
            -4i64
        })
    };
    let mut v4: Vec<i64> = input.to_vec();
    let x5 = check(
        (if (input.len() as i64).rem_euclid(2) == 0 {
            0i64
        } else {
            x3
        }),
    )?;
    let x6 = {
        {
            out.push(5i64);
        };
        h2(x3, x3)
    };
    match input.get(6).copied().unwrap_or(4i64).rem_euclid(4) {
        0 => {
            if x6 < 100i64.rem_euclid(5) {
                return Ok(2i64);
            }
        }
        1 | 2 => {
            let x8 = h2(
                {
                    {
                        out.push((input.len() as i64));
                    };
                    100i64.wrapping_sub(x5)
                },
                x6,
            );
        }
        n7 => {
            out.push((v4.len() as i64));
        }
    }
    let mut x5 = x5.wrapping_mul(2).wrapping_add(-1i64);
    Ok(13i64.wrapping_add(h(10i64)))
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
    let (mut x4, x5) = (
        input
            .iter()
            .copied()
            .find(|&z| z > 10i64)
            .unwrap_or(4i64)
            .wrapping_mul((s2.len() as i64)),
        -1i64,
    );
    yield_!(13i64);
    let x6 = x4;
    Ok((if {
        yield_!((input.len() as i64));
        x5 < x5
    } {
        100i64.rem_euclid(7)
    } else {
        x5
    })
    .rem_euclid(3))
}

fn p_8(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let _g1 = D::new(1, log);
    let mut s2 = format!(
        "{}",
        100i64.wrapping_add(input.get(3).copied().unwrap_or(0i64))
    );
    let mut x3 = (input.len() as i64).rem_euclid(4);
    let (mut x4, x5) = (
        input
            .iter()
            .copied()
            .find(|&z| z > 10i64)
            .unwrap_or(4i64)
            .wrapping_mul((s2.len() as i64)),
        -1i64,
    );
    {
        out.push(13i64);
    };
    let x6 = x4;
    Ok((if {
        {
            out.push((input.len() as i64));
        };
        x5 < x5
    } {
        100i64.rem_euclid(7)
    } else {
        x5
    })
    .rem_euclid(3))
}

// body 9 (seed 2)
#[genfn::generator(yield = i64)]
fn g_9(input: &[i64], log: &Log) -> Result<i64, String> {
    'l1: for &i2 in input.iter().take(4) {
        let mut s3 = String::new();
        if -1i64 < i2 {
            break 'l1;
        }
        let g4 = D::new(1001, log);
    }
    yield_!(
        h(-1i64)
            .rem_euclid(3)
            .wrapping_sub((3i64.wrapping_add(100i64)).wrapping_sub(5i64))
    );
    let _g5 = D::new(2, log);
    let mut x6 = -4i64;
    Ok(h(x6))
}

fn p_9(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    'l1: for &i2 in input.iter().take(4) {
        let mut s3 = String::new();
        if -1i64 < i2 {
            break 'l1;
        }
        let g4 = D::new(1001, log);
    }
    {
        out.push(
            h(-1i64)
                .rem_euclid(3)
                .wrapping_sub((3i64.wrapping_add(100i64)).wrapping_sub(5i64)),
        );
    };
    let _g5 = D::new(2, log);
    let mut x6 = -4i64;
    Ok(h(x6))
}

// body 10 (seed 2)
#[genfn::generator(yield = i64)]
fn g_10(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = input.get(1).copied().unwrap_or(4i64);
    'l2: for i3 in 0..3i64 {
        if (i3.rem_euclid(2) == 0 && input.is_empty()) {
            continue 'l2;
        }
        let g4 = D::new(1001, log);
        if 7i64 < x1 {
            yield_!(h2(10i64.wrapping_add(i3), x1.wrapping_sub(-4i64)))
        } else {
            yield_!(x1)
        }
        match input.last().copied() {
            None => {
                if (i3 == 5i64 || input.get(1).copied().unwrap_or(4i64).rem_euclid(3) == 0) {
                    skip!('l2);
                }
                let mut v10: Vec<i64> = input.to_vec();
            }
            Some(x5) if (input.len() as i64) != x5.rem_euclid(5) => {
                let Some(x6) = input.last().copied() else {
                    return Ok(Some(x1).unwrap_or(10i64));
                };
                yield_!(x6);
                yield_!(input.get(6).copied().unwrap_or(-4i64).wrapping_add(h(x6)));
            }
            Some(x5) => {
                if !({
                    yield_!(h((input.len() as i64)));
                    input.get(2).copied().unwrap_or(5i64) < (input.len() as i64)
                }) {
                    break 'l2;
                }
                let mut c7 = 0_i64;
                'l8: loop {
                    c7 += 1;
                    if c7 > 1 {
                        break;
                    }
                    yield_!(x5);
                    let mut v9: Vec<i64> = input.to_vec();
                }
            }
        }
    }
    let mut x11 = (if input.get(2).copied().unwrap_or(5i64)
        == (if x1 < 2i64 { (input.len() as i64) } else { x1 })
    {
        x1
    } else {
        -1i64
    });
    let mut s12 = format!("{}", (x1.rem_euclid(2) as i32 as i64));
    match input.get(5).copied() {
        Some(x13) => {
            let x11 = x11.wrapping_mul(2).wrapping_add({
                yield_!(x1);
                0i64.wrapping_add(x11)
            });
        }
        None => {}
    }
    Ok(({
        yield_!((7i64 ^ 2i64));
        x1.wrapping_mul(x1)
    } ^ x11.wrapping_add({
        yield_!(x1);
        x1 = 100i64;
        (input.len() as i64)
    })))
}

fn p_10(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = input.get(1).copied().unwrap_or(4i64);
    'l2: for i3 in 0..3i64 {
        if (i3.rem_euclid(2) == 0 && input.is_empty()) {
            continue 'l2;
        }
        let g4 = D::new(1001, log);
        if 7i64 < x1 {
            {
                out.push(h2(10i64.wrapping_add(i3), x1.wrapping_sub(-4i64)));
            }
        } else {
            {
                out.push(x1);
            }
        }
        match input.last().copied() {
            None => {
                if (i3 == 5i64 || input.get(1).copied().unwrap_or(4i64).rem_euclid(3) == 0) {
                    skip!('l2);
                }
                let mut v10: Vec<i64> = input.to_vec();
            }
            Some(x5) if (input.len() as i64) != x5.rem_euclid(5) => {
                let Some(x6) = input.last().copied() else {
                    return Ok(Some(x1).unwrap_or(10i64));
                };
                {
                    out.push(x6);
                };
                {
                    out.push(input.get(6).copied().unwrap_or(-4i64).wrapping_add(h(x6)));
                };
            }
            Some(x5) => {
                if !({
                    {
                        out.push(h((input.len() as i64)));
                    };
                    input.get(2).copied().unwrap_or(5i64) < (input.len() as i64)
                }) {
                    break 'l2;
                }
                let mut c7 = 0_i64;
                'l8: loop {
                    c7 += 1;
                    if c7 > 1 {
                        break;
                    }
                    {
                        out.push(x5);
                    };
                    let mut v9: Vec<i64> = input.to_vec();
                }
            }
        }
    }
    let mut x11 = (if input.get(2).copied().unwrap_or(5i64)
        == (if x1 < 2i64 { (input.len() as i64) } else { x1 })
    {
        x1
    } else {
        -1i64
    });
    let mut s12 = format!("{}", (x1.rem_euclid(2) as i32 as i64));
    match input.get(5).copied() {
        Some(x13) => {
            let x11 = x11.wrapping_mul(2).wrapping_add({
                {
                    out.push(x1);
                };
                0i64.wrapping_add(x11)
            });
        }
        None => {}
    }
    Ok(({
        {
            out.push((7i64 ^ 2i64));
        };
        x1.wrapping_mul(x1)
    } ^ x11.wrapping_add({
        {
            out.push(x1);
        };
        x1 = 100i64;
        (input.len() as i64)
    })))
}

// body 11 (seed 2)
#[genfn::generator(yield = i64)]
fn g_11(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = String::from("ab");
    {
        let t2 = s1;
        let mut x3 = {
            yield_!(10i64);
            -1i64
        };
        let x4 = h2(
            7i64,
            h2(x3, (input.len() as i64).wrapping_sub((input.len() as i64))),
        );
        let x5 = input.get(6).copied().unwrap_or(0i64);
        s1 = t2 + "m";
    }
    match input.first().copied() {
        Some(x6) if input.contains(&3) => {
            let x12 = 'b7: {
                let (mut x8, _, x9) = (x6, 100i64, x6);
                {
                    let t10 = s1;
                    yield_!((t10.len() as i64));
                    yield_!((t10.len() as i64));
                    let mut x11 = check(-1i64)?;
                    s1 = t10 + "m";
                }
                h(h2((input.len() as i64), x6)).wrapping_add(x9)
            };
            let mut c13 = 0_i64;
            while {
                yield_!(c13);
                c13 < 2
            } {
                c13 += 1;
                let mut c14 = 0_i64;
                while c14 < 3 {
                    c14 += 1;
                    stop!();
                }
                for &i15 in input.iter().take(4) {
                    let mut x16 = input.get(3).copied().unwrap_or(2i64);
                    if (5i64 ^ 3i64)
                        < ({
                            yield_!(i15);
                            h2(c14, x16)
                        })
                    {
                        let _ = D::new(1, log);
                        if (input.get(1).copied().is_some()
                            && input.get(1).copied().unwrap_or(1i64)
                                < input.get(1).copied().unwrap_or(-4i64))
                        {
                            yield_!((7i64 ^ (input.len() as i64).wrapping_add(2i64)))
                        } else {
                            yield_!(x16)
                        }
                    } else if 4i64 < c14 {
                        s1 = format!("{s1}{}", x16);
                        let x17 = check(1i64)?;
                        let (Some(x18), x19) = (
                            input.first().copied(),
                            Some((input.len() as i64)).unwrap_or(3i64),
                        ) else {
                            return Err(format!("early {}", -4i64));
                        };
                    } else {
                    }
                }
            }
        }
        Some(x6) => {}
        None => {}
    }
    Ok(check(h2(4i64, {
        yield_!(100i64);
        -1i64
    }))?)
}

fn p_11(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = String::from("ab");
    {
        let t2 = s1;
        let mut x3 = {
            {
                out.push(10i64);
            };
            -1i64
        };
        let x4 = h2(
            7i64,
            h2(x3, (input.len() as i64).wrapping_sub((input.len() as i64))),
        );
        let x5 = input.get(6).copied().unwrap_or(0i64);
        s1 = t2 + "m";
    }
    match input.first().copied() {
        Some(x6) if input.contains(&3) => {
            let x12 = 'b7: {
                let (mut x8, _, x9) = (x6, 100i64, x6);
                {
                    let t10 = s1;
                    {
                        out.push((t10.len() as i64));
                    };
                    {
                        out.push((t10.len() as i64));
                    };
                    let mut x11 = check(-1i64)?;
                    s1 = t10 + "m";
                }
                h(h2((input.len() as i64), x6)).wrapping_add(x9)
            };
            let mut c13 = 0_i64;
            while {
                {
                    out.push(c13);
                };
                c13 < 2
            } {
                c13 += 1;
                let mut c14 = 0_i64;
                while c14 < 3 {
                    c14 += 1;
                    stop!();
                }
                for &i15 in input.iter().take(4) {
                    let mut x16 = input.get(3).copied().unwrap_or(2i64);
                    if (5i64 ^ 3i64)
                        < ({
                            {
                                out.push(i15);
                            };
                            h2(c14, x16)
                        })
                    {
                        let _ = D::new(1, log);
                        if (input.get(1).copied().is_some()
                            && input.get(1).copied().unwrap_or(1i64)
                                < input.get(1).copied().unwrap_or(-4i64))
                        {
                            {
                                out.push((7i64 ^ (input.len() as i64).wrapping_add(2i64)));
                            }
                        } else {
                            {
                                out.push(x16);
                            }
                        }
                    } else if 4i64 < c14 {
                        s1 = format!("{s1}{}", x16);
                        let x17 = check(1i64)?;
                        let (Some(x18), x19) = (
                            input.first().copied(),
                            Some((input.len() as i64)).unwrap_or(3i64),
                        ) else {
                            return Err(format!("early {}", -4i64));
                        };
                    } else {
                    }
                }
            }
        }
        Some(x6) => {}
        None => {}
    }
    Ok(check(h2(4i64, {
        {
            out.push(100i64);
        };
        -1i64
    }))?)
}

// body 12 (seed 2)
#[genfn::generator(yield = i64)]
fn g_12(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = (4i64 as i32 as i64);
    let mut v2: Vec<i64> = vec![x1; 2];
    let x3 = 3i64.wrapping_add(100i64);
    yield_!(
        (if Some(x3).is_some() {
            2i64
        } else {
            (input.len() as i64)
        })
    );
    Ok(7i64)
}

fn p_12(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = (4i64 as i32 as i64);
    let mut v2: Vec<i64> = vec![x1; 2];
    let x3 = 3i64.wrapping_add(100i64);
    {
        out.push(
            (if Some(x3).is_some() {
                2i64
            } else {
                (input.len() as i64)
            }),
        );
    };
    Ok(7i64)
}

// body 13 (seed 2)
#[genfn::generator(yield = i64)]
fn g_13(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 4i64.rem_euclid(4);
    let x2 = x1;
    let mut c3 = 0_i64;
    'l4: loop {
        c3 += 1;
        if c3 > 4 {
            break;
        }
        let mut s5 = String::from("ab");
        let x6 = (x2, {
            yield_!(h(x2));
            Some(100i64).unwrap_or(-1i64)
        })
            .1;
        let x7 = 2i64;
    }
    'l8: for i9 in 0..0i64 {
        if 0i64 < i9.wrapping_add(c3.wrapping_add((input.len() as i64))) {
            continue 'l8;
        }
        if 5i64
            < ({
                yield_!((input.len() as i64));
                4i64
            })
        {
            yield_!(x1)
        } else {
            yield_!(x1)
        }
        yield_!(x1);
    }
    Ok(input.get(4).copied().unwrap_or(13i64))
}

fn p_13(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 4i64.rem_euclid(4);
    let x2 = x1;
    let mut c3 = 0_i64;
    'l4: loop {
        c3 += 1;
        if c3 > 4 {
            break;
        }
        let mut s5 = String::from("ab");
        let x6 = (x2, {
            {
                out.push(h(x2));
            };
            Some(100i64).unwrap_or(-1i64)
        })
            .1;
        let x7 = 2i64;
    }
    'l8: for i9 in 0..0i64 {
        if 0i64 < i9.wrapping_add(c3.wrapping_add((input.len() as i64))) {
            continue 'l8;
        }
        if 5i64
            < ({
                {
                    out.push((input.len() as i64));
                };
                4i64
            })
        {
            {
                out.push(x1);
            }
        } else {
            {
                out.push(x1);
            }
        }
        {
            out.push(x1);
        };
    }
    Ok(input.get(4).copied().unwrap_or(13i64))
}

// body 14 (seed 2)
#[genfn::generator(yield = i64)]
fn g_14(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let [x2, x3] = [input.get(1).copied().unwrap_or(-1i64), 0i64];
    let mut s4 = format!("{}-", (-4i64 ^ 7i64));
    let x5: i64;
    if x3 < (s4.len() as i64) {
        let _g6 = D::new(1, log);
        let (mut x7, x8) = (5i64.rem_euclid(7), 7i64);
        x5 = x2;
    } else {
        match v1.get(0).copied() {
            Some(x9) if (v1.len() as i64).rem_euclid(2) == 0 => {
                let (mut x10, _, x11) = (7i64, 1i64, x3);
            }
            Some(x9) => yield_!(x9),
            None => {
                let _g12 = D::new(2, log);
                {
                    let w13 = v1;
                    if 5i64 < (s4.len() as i64) {
                        return Err(format!("early {}", x3));
                    }
                    if {
                        yield_!(10i64);
                        h2(x3, x2).wrapping_add(x2) < x2
                    } {
                        return Err(format!("early {}", (s4.len() as i64).wrapping_mul(3i64)));
                    }
                    yield_!((w13.len() as i64));
                    v1 = {
                        let mut w = w13;
                        w.push(1);
                        w
                    };
                }
                match v1.first().copied().unwrap_or(10i64).rem_euclid(6) {
                    0 => {
                        let x15 = h2((v1.first().copied().unwrap_or(10i64) as i32 as i64), {
                            yield_!(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                            x3.rem_euclid(2)
                        });
                    }
                    1 | 2 => {
                        let g16 = D::new(1003, log);
                        {
                            let _g17 = D::new(4, log);
                            let x18 = h(x2.wrapping_sub(-1i64)).rem_euclid(5);
                            match x18.rem_euclid(4) {
                                0 => {}
                                1 | 2 => {
                                    drop(g16);
                                }
                                3..=4 => {}
                                n19 => {}
                            }
                            let mut v20: Vec<i64> = vec![x18, 5i64];
                        }
                        let x21 = (s4.len() as i64);
                    }
                    n14 if n14 == -4i64 => {
                        let x22 = (input.len() as i64);
                        if h2(n14, (input.len() as i64)).rem_euclid(4).rem_euclid(3) == 0 {
                            return Ok(x2);
                        }
                    }
                    n14 => {}
                }
            }
        }
        x5 = x3;
    }
    Ok(input
        .get(5)
        .copied()
        .unwrap_or(2i64)
        .wrapping_add((input.len() as i64)))
}

fn p_14(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let [x2, x3] = [input.get(1).copied().unwrap_or(-1i64), 0i64];
    let mut s4 = format!("{}-", (-4i64 ^ 7i64));
    let x5: i64;
    if x3 < (s4.len() as i64) {
        let _g6 = D::new(1, log);
        let (mut x7, x8) = (5i64.rem_euclid(7), 7i64);
        x5 = x2;
    } else {
        match v1.get(0).copied() {
            Some(x9) if (v1.len() as i64).rem_euclid(2) == 0 => {
                let (mut x10, _, x11) = (7i64, 1i64, x3);
            }
            Some(x9) => {
                out.push(x9);
            }
            None => {
                let _g12 = D::new(2, log);
                {
                    let w13 = v1;
                    if 5i64 < (s4.len() as i64) {
                        return Err(format!("early {}", x3));
                    }
                    if {
                        {
                            out.push(10i64);
                        };
                        h2(x3, x2).wrapping_add(x2) < x2
                    } {
                        return Err(format!("early {}", (s4.len() as i64).wrapping_mul(3i64)));
                    }
                    {
                        out.push((w13.len() as i64));
                    };
                    v1 = {
                        let mut w = w13;
                        w.push(1);
                        w
                    };
                }
                match v1.first().copied().unwrap_or(10i64).rem_euclid(6) {
                    0 => {
                        let x15 = h2((v1.first().copied().unwrap_or(10i64) as i32 as i64), {
                            {
                                out.push(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                            };
                            x3.rem_euclid(2)
                        });
                    }
                    1 | 2 => {
                        let g16 = D::new(1003, log);
                        {
                            let _g17 = D::new(4, log);
                            let x18 = h(x2.wrapping_sub(-1i64)).rem_euclid(5);
                            match x18.rem_euclid(4) {
                                0 => {}
                                1 | 2 => {
                                    drop(g16);
                                }
                                3..=4 => {}
                                n19 => {}
                            }
                            let mut v20: Vec<i64> = vec![x18, 5i64];
                        }
                        let x21 = (s4.len() as i64);
                    }
                    n14 if n14 == -4i64 => {
                        let x22 = (input.len() as i64);
                        if h2(n14, (input.len() as i64)).rem_euclid(4).rem_euclid(3) == 0 {
                            return Ok(x2);
                        }
                    }
                    n14 => {}
                }
            }
        }
        x5 = x3;
    }
    Ok(input
        .get(5)
        .copied()
        .unwrap_or(2i64)
        .wrapping_add((input.len() as i64)))
}

// body 15 (seed 2)
#[genfn::generator(yield = i64)]
fn g_15(input: &[i64], log: &Log) -> Result<i64, String> {
    match (-1i64).rem_euclid(5) {
        0 => {
            let (Some(x2), x3) = (None::<i64>, 4i64) else {
                return Ok((-1i64).wrapping_add(2i64));
            };
            'b4: {
                if (h2((input.len() as i64), x3) < check((input.len() as i64))?
                    || x2.wrapping_sub((input.len() as i64)).rem_euclid(2) == 0)
                {
                    yield_!(x3)
                } else {
                    yield_!(1i64)
                }
            }
            'l5: for i6 in 0..4i64 {
                let (mut x7, _, mut x8) = (i6, 7i64, 7i64);
                let x9 = check(i6)?;
            }
            let mut o10 = input.get(2).copied();
        }
        1 | 2 => yield_!(13i64),
        n1 if (if input.contains(&3) { 0i64 } else { 100i64 }) < n1.wrapping_add(n1) => {
            let x11 = check(5i64)?;
            let mut c12 = 0_i64;
            'l13: loop {
                c12 += 1;
                if c12 > 1 {
                    break;
                }
            }
        }
        n1 => {}
    }
    Ok(7i64)
}

fn p_15(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match (-1i64).rem_euclid(5) {
        0 => {
            let (Some(x2), x3) = (None::<i64>, 4i64) else {
                return Ok((-1i64).wrapping_add(2i64));
            };
            'b4: {
                if (h2((input.len() as i64), x3) < check((input.len() as i64))?
                    || x2.wrapping_sub((input.len() as i64)).rem_euclid(2) == 0)
                {
                    {
                        out.push(x3);
                    }
                } else {
                    {
                        out.push(1i64);
                    }
                }
            }
            'l5: for i6 in 0..4i64 {
                let (mut x7, _, mut x8) = (i6, 7i64, 7i64);
                let x9 = check(i6)?;
            }
            let mut o10 = input.get(2).copied();
        }
        1 | 2 => {
            out.push(13i64);
        }
        n1 if (if input.contains(&3) { 0i64 } else { 100i64 }) < n1.wrapping_add(n1) => {
            let x11 = check(5i64)?;
            let mut c12 = 0_i64;
            'l13: loop {
                c12 += 1;
                if c12 > 1 {
                    break;
                }
            }
        }
        n1 => {}
    }
    Ok(7i64)
}

// body 16 (seed 2)
#[genfn::generator(yield = i64)]
fn g_16(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    if ({
        yield_!(3i64);
        (input.len() as i64) < 1i64
    } && {
        yield_!(-4i64);
        0i64 < 2i64
    }) {
        let mut c2 = 0_i64;
        loop {
            c2 += 1;
            if c2 > 3 {
                break;
            }
            let mut s3 = format!("{}-", input.get(1).copied().unwrap_or(3i64));
            let Some(x4) = input.get(2).copied() else {
                return Ok(check(c2)?);
            };
        }
    } else {
        let mut s5 = format!("{}", 7i64);
        yield_!(4i64);
        let x6: i64;
        if input.contains(&3) {
            let x18 = 'b7: {
                let mut x9 = {
                    let x8 = 3i64;
                    yield_!(g1.0);
                    100i64
                };
                let mut v10: Vec<i64> = Vec::new();
                let mut stk11: Vec<i64> = vec![2i64, 5i64, 2i64];
                stk11.truncate(4);
                while let Some(x12) = stk11.pop() {
                    let x13: i64;
                    if (({
                        yield_!(x12);
                        7i64
                    }) == input.get(0).copied().unwrap_or(3i64)
                        && None::<i64>.is_some())
                    {
                        x13 = x12.rem_euclid(4);
                    } else {
                        x13 = h(x12).rem_euclid(2).wrapping_mul(x9);
                    }
                    if let Some(x14) = v10.get(1).copied() {
                        let x15 = x14.rem_euclid(7);
                    }
                }
                let (mut x16, mut x17) = (
                    x9.rem_euclid(4),
                    ((10i64.wrapping_add(x9)).rem_euclid(3))
                        .wrapping_mul(v10.first().copied().unwrap_or(0i64)),
                );
                v10.get(1).copied().unwrap_or(1i64).wrapping_add(x17)
            };
            let mut stk19: Vec<i64> = vec![0i64, 4i64, 10i64];
            stk19.truncate(4);
            while let Some(x20) = stk19.pop() {
                let mut x20 = x20.wrapping_mul(2).wrapping_add(-1i64);
                let mut x21 = 0i64;
            }
            x6 = 5i64;
        } else {
            x6 = 100i64;
        }
    }
    Ok(7i64)
}

fn p_16(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    if ({
        {
            out.push(3i64);
        };
        (input.len() as i64) < 1i64
    } && {
        {
            out.push(-4i64);
        };
        0i64 < 2i64
    }) {
        let mut c2 = 0_i64;
        loop {
            c2 += 1;
            if c2 > 3 {
                break;
            }
            let mut s3 = format!("{}-", input.get(1).copied().unwrap_or(3i64));
            let Some(x4) = input.get(2).copied() else {
                return Ok(check(c2)?);
            };
        }
    } else {
        let mut s5 = format!("{}", 7i64);
        {
            out.push(4i64);
        };
        let x6: i64;
        if input.contains(&3) {
            let x18 = 'b7: {
                let mut x9 = {
                    let x8 = 3i64;
                    {
                        out.push(g1.0);
                    };
                    100i64
                };
                let mut v10: Vec<i64> = Vec::new();
                let mut stk11: Vec<i64> = vec![2i64, 5i64, 2i64];
                stk11.truncate(4);
                while let Some(x12) = stk11.pop() {
                    let x13: i64;
                    if (({
                        {
                            out.push(x12);
                        };
                        7i64
                    }) == input.get(0).copied().unwrap_or(3i64)
                        && None::<i64>.is_some())
                    {
                        x13 = x12.rem_euclid(4);
                    } else {
                        x13 = h(x12).rem_euclid(2).wrapping_mul(x9);
                    }
                    if let Some(x14) = v10.get(1).copied() {
                        let x15 = x14.rem_euclid(7);
                    }
                }
                let (mut x16, mut x17) = (
                    x9.rem_euclid(4),
                    ((10i64.wrapping_add(x9)).rem_euclid(3))
                        .wrapping_mul(v10.first().copied().unwrap_or(0i64)),
                );
                v10.get(1).copied().unwrap_or(1i64).wrapping_add(x17)
            };
            let mut stk19: Vec<i64> = vec![0i64, 4i64, 10i64];
            stk19.truncate(4);
            while let Some(x20) = stk19.pop() {
                let mut x20 = x20.wrapping_mul(2).wrapping_add(-1i64);
                let mut x21 = 0i64;
            }
            x6 = 5i64;
        } else {
            x6 = 100i64;
        }
    }
    Ok(7i64)
}

// body 17 (seed 2)
#[genfn::generator(yield = i64)]
fn g_17(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(2i64);
    let x3 = 'b1: {
        let Some(x2) = input.get(2).copied() else {
            return Err(format!("early {}", 0i64));
        };
        input.get(0).copied().unwrap_or(0i64)
    };
    let mut v4: Vec<i64> = vec![1i64, 3i64];
    let mut s5 = format!(
        "{}",
        input.iter().copied().find(|&z| z > 100i64).unwrap_or(1i64)
    );
    Ok((x3 ^ h2(x3, (s5.len() as i64))))
}

fn p_17(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(2i64);
    };
    let x3 = 'b1: {
        let Some(x2) = input.get(2).copied() else {
            return Err(format!("early {}", 0i64));
        };
        input.get(0).copied().unwrap_or(0i64)
    };
    let mut v4: Vec<i64> = vec![1i64, 3i64];
    let mut s5 = format!(
        "{}",
        input.iter().copied().find(|&z| z > 100i64).unwrap_or(1i64)
    );
    Ok((x3 ^ h2(x3, (s5.len() as i64))))
}

// body 18 (seed 2)
#[genfn::generator(yield = i64)]
fn g_18(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = (5i64, {
        if 4i64 < 3i64.wrapping_add(5i64) {
            return Err(format!("early {}", (5i64 ^ 10i64)));
        }
        yield_!(input.first().copied().unwrap_or(5i64));
        100i64
    })
        .1;
    let x2 = 13i64;
    let _g3 = D::new(1, log);
    let x4 = {
        if (check({
            yield_!((input.len() as i64));
            x2
        })?)
        .rem_euclid(3)
            == 0
        {
            return Ok(x2);
        }
        yield_!(1i64.rem_euclid(6));
        x1.rem_euclid(5)
    };
    let mut s5 = String::new();
    match (-4i64).rem_euclid(3) {
        0 => {
            yield_!((|| s5.len() as i64)());
            let mut x1 = x1.wrapping_mul(2).wrapping_add(x1);
            let g7 = D::new(1002, log);
            if let Some(x8) = input.iter().copied().find(|&z| z > 100i64) {
                if x1.rem_euclid(2) == 0 {}
            } else {
            }
        }
        1 | 2 => {}
        3..=4 => {}
        n6 if (if 10i64 < x2 { -1i64 } else { x1 }) < None::<i64>.unwrap_or(0i64) => {}
        n6 => {}
    }
    Ok(x1)
}

fn p_18(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = (5i64, {
        if 4i64 < 3i64.wrapping_add(5i64) {
            return Err(format!("early {}", (5i64 ^ 10i64)));
        }
        {
            out.push(input.first().copied().unwrap_or(5i64));
        };
        100i64
    })
        .1;
    let x2 = 13i64;
    let _g3 = D::new(1, log);
    let x4 = {
        if (check({
            {
                out.push((input.len() as i64));
            };
            x2
        })?)
        .rem_euclid(3)
            == 0
        {
            return Ok(x2);
        }
        {
            out.push(1i64.rem_euclid(6));
        };
        x1.rem_euclid(5)
    };
    let mut s5 = String::new();
    match (-4i64).rem_euclid(3) {
        0 => {
            {
                out.push((|| s5.len() as i64)());
            };
            let mut x1 = x1.wrapping_mul(2).wrapping_add(x1);
            let g7 = D::new(1002, log);
            if let Some(x8) = input.iter().copied().find(|&z| z > 100i64) {
                if x1.rem_euclid(2) == 0 {}
            } else {
            }
        }
        1 | 2 => {}
        3..=4 => {}
        n6 if (if 10i64 < x2 { -1i64 } else { x1 }) < None::<i64>.unwrap_or(0i64) => {}
        n6 => {}
    }
    Ok(x1)
}

// body 19 (seed 2)
#[genfn::generator(yield = i64)]
fn g_19(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(7i64);
    if h((-1i64 ^ (input.len() as i64))) < -1i64 {
        return Ok(0i64);
    }
    match (-1i64).rem_euclid(6) {
        0 => {
            let [mut x2, x3] = [
                5i64,
                (if 100i64 < 1i64 {
                    1i64
                } else {
                    check(input.get(6).copied().unwrap_or(100i64))?
                }),
            ];
        }
        1 | 2 => {
            yield_!(5i64.rem_euclid(6));
            let mut v4: Vec<i64> = Vec::new();
            let mut s5 = format!("{}", input.get(1).copied().unwrap_or(-4i64));
            if h(h(10i64)) < 3i64 {
                return Ok(5i64);
            }
        }
        n1 if input.get(1).copied().is_some() => {
            if ({
                yield_!((n1 as i32 as i64));
                (if -1i64 < n1 { n1 } else { (input.len() as i64) })
                    < (input.len() as i64).rem_euclid(7)
            } && 3i64 < 5i64)
            {
                let mut o6 = input.get(2).copied();
                for (j8, i7) in (0_i64..).zip(input.iter().copied()).take(4) {
                    'l9: for i10 in 0..2i64 {
                        'l11: for &i12 in input.iter().take(4) {}
                    }
                }
                if {
                    yield_!(n1);
                    n1.rem_euclid(4) < n1
                } {
                    yield_!(n1);
                    let mut s13 = format!("{n1}");
                } else {
                    let x14: i64;
                    if n1 < n1 {
                        yield_!(
                            (if (3i64.wrapping_mul(n1)).rem_euclid(2) == 0 {
                                input.get(5).copied().unwrap_or(13i64)
                            } else {
                                o6.unwrap_or(100i64)
                            })
                        );
                        let mut v15: Vec<i64> = vec![n1; 2];
                        let n1 = n1
                            .wrapping_mul(2)
                            .wrapping_add(input.get(5).copied().unwrap_or(1i64));
                        o6 = None;
                        x14 = 5i64;
                    } else {
                        let mut c16 = 0_i64;
                        'l17: loop {
                            c16 += 1;
                            if c16 > 1 {
                                break;
                            }
                        }
                        let (x18, x19) = (
                            2i64.wrapping_add(h(c16.rem_euclid(2))),
                            c16.wrapping_mul(-1i64),
                        );
                        let mut x20 = (input.len() as i64);
                        x14 = {
                            check(10i64)?;
                            yield_!(x20);
                            h2(-4i64, x18.rem_euclid(4))
                        };
                    }
                    let x21 = n1;
                    let x22 = D::new(2001, log).0.wrapping_add({
                        yield_!(o6.unwrap_or(2i64));
                        x21
                    });
                    if (h((input.len() as i64)) ^ x21) < (check(n1)?).rem_euclid(6) {
                        yield_!(x22);
                        let mut v23: Vec<i64> = Vec::new();
                        let mut x24 = n1;
                        yield_!(v23.first().copied().unwrap_or(0i64));
                    } else {
                        let mut o25 = check(5i64).ok();
                    }
                }
            }
        }
        n1 => {}
    }
    Ok({
        yield_!(4i64);
        h2(-1i64, 7i64.wrapping_mul(13i64))
    })
}

fn p_19(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(7i64);
    };
    if h((-1i64 ^ (input.len() as i64))) < -1i64 {
        return Ok(0i64);
    }
    match (-1i64).rem_euclid(6) {
        0 => {
            let [mut x2, x3] = [
                5i64,
                (if 100i64 < 1i64 {
                    1i64
                } else {
                    check(input.get(6).copied().unwrap_or(100i64))?
                }),
            ];
        }
        1 | 2 => {
            {
                out.push(5i64.rem_euclid(6));
            };
            let mut v4: Vec<i64> = Vec::new();
            let mut s5 = format!("{}", input.get(1).copied().unwrap_or(-4i64));
            if h(h(10i64)) < 3i64 {
                return Ok(5i64);
            }
        }
        n1 if input.get(1).copied().is_some() => {
            if ({
                {
                    out.push((n1 as i32 as i64));
                };
                (if -1i64 < n1 { n1 } else { (input.len() as i64) })
                    < (input.len() as i64).rem_euclid(7)
            } && 3i64 < 5i64)
            {
                let mut o6 = input.get(2).copied();
                for (j8, i7) in (0_i64..).zip(input.iter().copied()).take(4) {
                    'l9: for i10 in 0..2i64 {
                        'l11: for &i12 in input.iter().take(4) {}
                    }
                }
                if {
                    {
                        out.push(n1);
                    };
                    n1.rem_euclid(4) < n1
                } {
                    {
                        out.push(n1);
                    };
                    let mut s13 = format!("{n1}");
                } else {
                    let x14: i64;
                    if n1 < n1 {
                        {
                            out.push(
                                (if (3i64.wrapping_mul(n1)).rem_euclid(2) == 0 {
                                    input.get(5).copied().unwrap_or(13i64)
                                } else {
                                    o6.unwrap_or(100i64)
                                }),
                            );
                        };
                        let mut v15: Vec<i64> = vec![n1; 2];
                        let n1 = n1
                            .wrapping_mul(2)
                            .wrapping_add(input.get(5).copied().unwrap_or(1i64));
                        o6 = None;
                        x14 = 5i64;
                    } else {
                        let mut c16 = 0_i64;
                        'l17: loop {
                            c16 += 1;
                            if c16 > 1 {
                                break;
                            }
                        }
                        let (x18, x19) = (
                            2i64.wrapping_add(h(c16.rem_euclid(2))),
                            c16.wrapping_mul(-1i64),
                        );
                        let mut x20 = (input.len() as i64);
                        x14 = {
                            check(10i64)?;
                            {
                                out.push(x20);
                            };
                            h2(-4i64, x18.rem_euclid(4))
                        };
                    }
                    let x21 = n1;
                    let x22 = D::new(2001, log).0.wrapping_add({
                        {
                            out.push(o6.unwrap_or(2i64));
                        };
                        x21
                    });
                    if (h((input.len() as i64)) ^ x21) < (check(n1)?).rem_euclid(6) {
                        {
                            out.push(x22);
                        };
                        let mut v23: Vec<i64> = Vec::new();
                        let mut x24 = n1;
                        {
                            out.push(v23.first().copied().unwrap_or(0i64));
                        };
                    } else {
                        let mut o25 = check(5i64).ok();
                    }
                }
            }
        }
        n1 => {}
    }
    Ok({
        {
            out.push(4i64);
        };
        h2(-1i64, 7i64.wrapping_mul(13i64))
    })
}

// body 20 (seed 2)
#[genfn::generator(yield = i64)]
fn g_20(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![check(((input.len() as i64) ^ 13i64))?, 4i64];
    if 0i64.rem_euclid(3) == 0 {
        if ((100i64.rem_euclid(2) == 0 || 4i64 < 7i64) || v1.get(0).copied().is_some()) {
            if {
                yield_!(13i64);
                input.get(3).copied().unwrap_or(4i64) < (3i64 ^ -1i64).rem_euclid(5)
            } {
                yield_!(input.get(4).copied().unwrap_or(4i64))
            } else {
                yield_!(-4i64)
            }
            yield_!(check(3i64)?);
            'l2: for i3 in 0..3i64 {
                check(i3)?;
                let mut o4 = input.get(4).copied();
                let mut s5 = h((input.len() as i64)).to_string();
                let mut c6 = 0_i64;
                'l7: while c6 < 2 {
                    c6 += 1;
                    if h((v1.len() as i64)) < 100i64 {
                        stop!('l7);
                    }
                    yield_!(check(input.get(4).copied().unwrap_or(4i64))?);
                    {
                        let t8 = s5;
                        let x9 = check({
                            yield_!(100i64.wrapping_mul(i3.wrapping_add(i3)));
                            (i3.wrapping_add(i3) ^ i3.wrapping_add((input.len() as i64)))
                        })?;
                        let mut x10 = h(v1.first().copied().unwrap_or(-4i64));
                        if {
                            yield_!(3i64);
                            x9 < x10
                        } {
                            return Ok(h(x9).wrapping_add(
                                ({
                                    yield_!((input.len() as i64));
                                    x10 = (input.len() as i64);
                                    (input.len() as i64)
                                })
                                .rem_euclid(7),
                            ));
                        }
                        s5 = t8 + "m";
                    }
                }
            }
        } else {
            let [mut x11, x12] = [input.get(0).copied().unwrap_or(100i64), -1i64];
            let mut x13 = (input.len() as i64);
            let mut x14 = x11.rem_euclid(3).rem_euclid(6);
            let mut s15 = x11
                .wrapping_add({
                    let Some(x16) = input.first().copied() else {
                        return Err(format!("early {}", 10i64));
                    };
                    yield_!((input.len() as i64));
                    x14 = 2i64;
                    (input.len() as i64)
                })
                .to_string();
        }
    } else {
        v1.retain(|&z| z.rem_euclid(3) != 0);
        let mut c17 = 0_i64;
        'l18: while c17 < 2 {
            c17 += 1;
            let _ = v1;
            let mut x19 = 7i64;
            x19 |= {
                yield_!(
                    (if x19 == (input.len() as i64) {
                        c17
                    } else {
                        (input.len() as i64)
                    })
                    .rem_euclid(5)
                );
                h(h2(4i64, c17))
            };
        }
    }
    if input.is_empty() {
    } else {
    }
    Ok(1i64)
}

fn p_20(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![check(((input.len() as i64) ^ 13i64))?, 4i64];
    if 0i64.rem_euclid(3) == 0 {
        if ((100i64.rem_euclid(2) == 0 || 4i64 < 7i64) || v1.get(0).copied().is_some()) {
            if {
                {
                    out.push(13i64);
                };
                input.get(3).copied().unwrap_or(4i64) < (3i64 ^ -1i64).rem_euclid(5)
            } {
                {
                    out.push(input.get(4).copied().unwrap_or(4i64));
                }
            } else {
                {
                    out.push(-4i64);
                }
            }
            {
                out.push(check(3i64)?);
            };
            'l2: for i3 in 0..3i64 {
                check(i3)?;
                let mut o4 = input.get(4).copied();
                let mut s5 = h((input.len() as i64)).to_string();
                let mut c6 = 0_i64;
                'l7: while c6 < 2 {
                    c6 += 1;
                    if h((v1.len() as i64)) < 100i64 {
                        stop!('l7);
                    }
                    {
                        out.push(check(input.get(4).copied().unwrap_or(4i64))?);
                    };
                    {
                        let t8 = s5;
                        let x9 = check({
                            {
                                out.push(100i64.wrapping_mul(i3.wrapping_add(i3)));
                            };
                            (i3.wrapping_add(i3) ^ i3.wrapping_add((input.len() as i64)))
                        })?;
                        let mut x10 = h(v1.first().copied().unwrap_or(-4i64));
                        if {
                            {
                                out.push(3i64);
                            };
                            x9 < x10
                        } {
                            return Ok(h(x9).wrapping_add(
                                ({
                                    {
                                        out.push((input.len() as i64));
                                    };
                                    x10 = (input.len() as i64);
                                    (input.len() as i64)
                                })
                                .rem_euclid(7),
                            ));
                        }
                        s5 = t8 + "m";
                    }
                }
            }
        } else {
            let [mut x11, x12] = [input.get(0).copied().unwrap_or(100i64), -1i64];
            let mut x13 = (input.len() as i64);
            let mut x14 = x11.rem_euclid(3).rem_euclid(6);
            let mut s15 = x11
                .wrapping_add({
                    let Some(x16) = input.first().copied() else {
                        return Err(format!("early {}", 10i64));
                    };
                    {
                        out.push((input.len() as i64));
                    };
                    x14 = 2i64;
                    (input.len() as i64)
                })
                .to_string();
        }
    } else {
        v1.retain(|&z| z.rem_euclid(3) != 0);
        let mut c17 = 0_i64;
        'l18: while c17 < 2 {
            c17 += 1;
            let _ = v1;
            let mut x19 = 7i64;
            x19 |= {
                {
                    out.push(
                        (if x19 == (input.len() as i64) {
                            c17
                        } else {
                            (input.len() as i64)
                        })
                        .rem_euclid(5),
                    );
                };
                h(h2(4i64, c17))
            };
        }
    }
    if input.is_empty() {
    } else {
    }
    Ok(1i64)
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
    let mut stk3: Vec<i64> = vec![10i64, 5i64, 0i64];
    stk3.truncate(4);
    while let Some(x4) = stk3.pop()
        && x2.rem_euclid(5) != 7i64
    {
        {
            yield_!(h(x4.wrapping_mul(x2)).wrapping_add(input.get(3).copied().unwrap_or(10i64)));
            let mut x5 = x1;
            if {
                yield_!(h(x2).rem_euclid(2));
                x2 < x2.rem_euclid(4).wrapping_sub(x5.rem_euclid(3))
            } {
                break;
            }
        }
    }
    Ok(x1)
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
    let mut stk3: Vec<i64> = vec![10i64, 5i64, 0i64];
    stk3.truncate(4);
    while let Some(x4) = stk3.pop()
        && x2.rem_euclid(5) != 7i64
    {
        {
            {
                out.push(
                    h(x4.wrapping_mul(x2)).wrapping_add(input.get(3).copied().unwrap_or(10i64)),
                );
            };
            let mut x5 = x1;
            if {
                {
                    out.push(h(x2).rem_euclid(2));
                };
                x2 < x2.rem_euclid(4).wrapping_sub(x5.rem_euclid(3))
            } {
                break;
            }
        }
    }
    Ok(x1)
}

// body 22 (seed 2)
#[genfn::generator(yield = i64)]
fn g_22(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = {
        yield_!(input.get(3).copied().unwrap_or(0i64));
        (7i64.rem_euclid(6)).wrapping_add(10i64)
    };
    match x1.rem_euclid(3).rem_euclid(5) {
        0 => yield_!(x1),
        1 | 2 => yield_!(100i64),
        3..=4 => {
            if (1i64.wrapping_sub(x1.rem_euclid(3))).rem_euclid(2) == 0 {
                x1 = x1;
                let mut v3: Vec<i64> = Vec::new();
                yield_!(
                    (input.get(5).copied().unwrap_or(-1i64)
                        ^ 5i64.wrapping_mul((if None::<i64>.is_some() { x1 } else { x1 })))
                );
            }
            x1 = x1;
            let x4 = check((input.len() as i64))?;
        }
        n2 if (input.len() as i64) < n2.wrapping_add(0i64) => {
            let mut x5 = {
                yield_!(7i64);
                h((input.len() as i64))
            };
        }
        n2 => yield_!(input.get(2).copied().unwrap_or(7i64)),
    }
    let x6 = D::new(2001, log).0.wrapping_add({
        yield_!(h2((input.len() as i64), 4i64));
        input.get(3).copied().unwrap_or(100i64)
    });
    yield_!(input.get(3).copied().unwrap_or(0i64));
    let mut v7: Vec<i64> = input.to_vec();
    let x8 = {
        yield_!(10i64);
        (input.len() as i64)
    };
    Ok((((input.len() as i64).rem_euclid(3)).wrapping_mul(x1)
        ^ ((5i64 ^ x1)
            ^ (if input.is_empty() {
                (input.len() as i64)
            } else {
                (input.len() as i64)
            }))))
}

fn p_22(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = {
        {
            out.push(input.get(3).copied().unwrap_or(0i64));
        };
        (7i64.rem_euclid(6)).wrapping_add(10i64)
    };
    match x1.rem_euclid(3).rem_euclid(5) {
        0 => {
            out.push(x1);
        }
        1 | 2 => {
            out.push(100i64);
        }
        3..=4 => {
            if (1i64.wrapping_sub(x1.rem_euclid(3))).rem_euclid(2) == 0 {
                x1 = x1;
                let mut v3: Vec<i64> = Vec::new();
                {
                    out.push(
                        (input.get(5).copied().unwrap_or(-1i64)
                            ^ 5i64.wrapping_mul((if None::<i64>.is_some() { x1 } else { x1 }))),
                    );
                };
            }
            x1 = x1;
            let x4 = check((input.len() as i64))?;
        }
        n2 if (input.len() as i64) < n2.wrapping_add(0i64) => {
            let mut x5 = {
                {
                    out.push(7i64);
                };
                h((input.len() as i64))
            };
        }
        n2 => {
            out.push(input.get(2).copied().unwrap_or(7i64));
        }
    }
    let x6 = D::new(2001, log).0.wrapping_add({
        {
            out.push(h2((input.len() as i64), 4i64));
        };
        input.get(3).copied().unwrap_or(100i64)
    });
    {
        out.push(input.get(3).copied().unwrap_or(0i64));
    };
    let mut v7: Vec<i64> = input.to_vec();
    let x8 = {
        {
            out.push(10i64);
        };
        (input.len() as i64)
    };
    Ok((((input.len() as i64).rem_euclid(3)).wrapping_mul(x1)
        ^ ((5i64 ^ x1)
            ^ (if input.is_empty() {
                (input.len() as i64)
            } else {
                (input.len() as i64)
            }))))
}

// body 23 (seed 2)
#[genfn::generator(yield = i64)]
fn g_23(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    let x3 = 'l2: loop {
        c1 += 1;
        if c1 > 3 {
            break 'l2 4i64;
        }
        yield_!(c1);
    };
    let mut x4 = c1;
    let mut c5 = 0_i64;
    let x13 = 'l6: loop {
        c5 += 1;
        if c5 > 1 {
            break 'l6 x3;
        }
        let x11: i64 = 'b7: {
            let x8: i64;
            if {
                yield_!(-1i64);
                h2(x4, 0i64) < 3i64.rem_euclid(3)
            } {
                break 'b7 2i64;
            } else {
                let g9 = D::new(1001, log);
                let mut v10: Vec<i64> = Vec::new();
                stop!('b7, h(x3));
            }
        };
        x4 ^= {
            yield_!((x3 as i32 as i64));
            x4
        };
        let mut v12: Vec<i64> = input.to_vec();
    };
    yield_!(c1);
    'b14: {}
    Ok(h(input.get(1).copied().unwrap_or(10i64)))
}

fn p_23(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    let x3 = 'l2: loop {
        c1 += 1;
        if c1 > 3 {
            break 'l2 4i64;
        }
        {
            out.push(c1);
        };
    };
    let mut x4 = c1;
    let mut c5 = 0_i64;
    let x13 = 'l6: loop {
        c5 += 1;
        if c5 > 1 {
            break 'l6 x3;
        }
        let x11: i64 = 'b7: {
            let x8: i64;
            if {
                {
                    out.push(-1i64);
                };
                h2(x4, 0i64) < 3i64.rem_euclid(3)
            } {
                break 'b7 2i64;
            } else {
                let g9 = D::new(1001, log);
                let mut v10: Vec<i64> = Vec::new();
                stop!('b7, h(x3));
            }
        };
        x4 ^= {
            {
                out.push((x3 as i32 as i64));
            };
            x4
        };
        let mut v12: Vec<i64> = input.to_vec();
    };
    {
        out.push(c1);
    };
    'b14: {}
    Ok(h(input.get(1).copied().unwrap_or(10i64)))
}

// body 24 (seed 2)
#[genfn::generator(yield = i64)]
fn g_24(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 100i64;
    let mut c2 = 0_i64;
    while c2 < 4 {
        c2 += 1;
        yield_!(10i64);
        yield_!(h(input.get(4).copied().unwrap_or(3i64)));
        if -4i64 < check(h(c2))? {
            skip!();
        }
        let mut o3 = input.iter().copied().find(|&z| z > 10i64);
    }
    let mut v4: Vec<i64> = Vec::new();
    Ok(x1)
}

fn p_24(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 100i64;
    let mut c2 = 0_i64;
    while c2 < 4 {
        c2 += 1;
        {
            out.push(10i64);
        };
        {
            out.push(h(input.get(4).copied().unwrap_or(3i64)));
        };
        if -4i64 < check(h(c2))? {
            skip!();
        }
        let mut o3 = input.iter().copied().find(|&z| z > 10i64);
    }
    let mut v4: Vec<i64> = Vec::new();
    Ok(x1)
}

// body 25 (seed 2)
#[genfn::generator(yield = i64)]
fn g_25(input: &[i64], log: &Log) -> Result<i64, String> {
    if 7i64 != 7i64 {
        return Ok(-1i64);
    }
    let x1 = {
        yield_!(13i64.rem_euclid(4));
        (-1i64).wrapping_sub(100i64)
    };
    yield_!(x1);
    let x2 = 3i64;
    let mut x2 = x2.wrapping_mul(2).wrapping_add(check((2i64 ^ 2i64))?);
    let mut v3: Vec<i64> = Vec::new();
    let x4 = D::new(2001, log).0.wrapping_add({
        yield_!(0i64);
        3i64
    });
    Ok(h(input.get(3).copied().unwrap_or(-4i64)))
}

fn p_25(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 7i64 != 7i64 {
        return Ok(-1i64);
    }
    let x1 = {
        {
            out.push(13i64.rem_euclid(4));
        };
        (-1i64).wrapping_sub(100i64)
    };
    {
        out.push(x1);
    };
    let x2 = 3i64;
    let mut x2 = x2.wrapping_mul(2).wrapping_add(check((2i64 ^ 2i64))?);
    let mut v3: Vec<i64> = Vec::new();
    let x4 = D::new(2001, log).0.wrapping_add({
        {
            out.push(0i64);
        };
        3i64
    });
    Ok(h(input.get(3).copied().unwrap_or(-4i64)))
}

// body 26 (seed 2)
#[genfn::generator(yield = i64)]
fn g_26(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = check({
        yield_!(input.get(3).copied().unwrap_or(1i64));
        100i64.wrapping_mul(5i64)
    })?;
    let x2 = (input.len() as i64);
    'l3: for i4 in 0..3i64 {
        let mut x5 = 10i64;
        let mut v6: Vec<i64> = vec![100i64, 3i64];
        let x7 = (i4, {
            yield_!(4i64);
            yield_!(x1.wrapping_mul((input.len() as i64)));
            x5 = i4.wrapping_mul((input.len() as i64));
            i4.rem_euclid(2)
        })
            .1;
    }
    let mut x8 = 7i64;
    yield_!(x1.wrapping_mul(x1));
    x8 = (h(x1) as i32 as i64);
    let mut x9 = [(if x2 < (input.len() as i64) { x8 } else { x8 }), {
        yield_!(x8);
        x1
    }][1];
    let mut v10: Vec<i64> = Vec::new();
    Ok(13i64)
}

fn p_26(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = check({
        {
            out.push(input.get(3).copied().unwrap_or(1i64));
        };
        100i64.wrapping_mul(5i64)
    })?;
    let x2 = (input.len() as i64);
    'l3: for i4 in 0..3i64 {
        let mut x5 = 10i64;
        let mut v6: Vec<i64> = vec![100i64, 3i64];
        let x7 = (i4, {
            {
                out.push(4i64);
            };
            {
                out.push(x1.wrapping_mul((input.len() as i64)));
            };
            x5 = i4.wrapping_mul((input.len() as i64));
            i4.rem_euclid(2)
        })
            .1;
    }
    let mut x8 = 7i64;
    {
        out.push(x1.wrapping_mul(x1));
    };
    x8 = (h(x1) as i32 as i64);
    let mut x9 = [(if x2 < (input.len() as i64) { x8 } else { x8 }), {
        {
            out.push(x8);
        };
        x1
    }][1];
    let mut v10: Vec<i64> = Vec::new();
    Ok(13i64)
}

// body 27 (seed 2)
#[genfn::generator(yield = i64)]
fn g_27(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(input.get(0).copied().unwrap_or(13i64));
    let x1: i64;
    if ((-1i64).rem_euclid(7)).rem_euclid(3) < 13i64 {
        let mut x2 = h2((-1i64).rem_euclid(2), {
            yield_!(100i64.rem_euclid(5));
            (input.len() as i64).wrapping_add((input.len() as i64))
        });
        if input.is_empty() {
            yield_!((input.len() as i64).rem_euclid(2))
        } else {
            yield_!(1i64)
        }
        x1 = x2;
    } else {
        let mut x3 = {
            yield_!((-1i64).rem_euclid(6));
            5i64
        };
        let x4 = input.get(3).copied().unwrap_or(10i64);
        x1 = x3;
    }
    let mut x5 = input.get(4).copied().unwrap_or(2i64).rem_euclid(7);
    Ok((2i64.wrapping_sub(100i64.wrapping_add(x5))).wrapping_mul(5i64))
}

fn p_27(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(input.get(0).copied().unwrap_or(13i64));
    };
    let x1: i64;
    if ((-1i64).rem_euclid(7)).rem_euclid(3) < 13i64 {
        let mut x2 = h2((-1i64).rem_euclid(2), {
            {
                out.push(100i64.rem_euclid(5));
            };
            (input.len() as i64).wrapping_add((input.len() as i64))
        });
        if input.is_empty() {
            {
                out.push((input.len() as i64).rem_euclid(2));
            }
        } else {
            {
                out.push(1i64);
            }
        }
        x1 = x2;
    } else {
        let mut x3 = {
            {
                out.push((-1i64).rem_euclid(6));
            };
            5i64
        };
        let x4 = input.get(3).copied().unwrap_or(10i64);
        x1 = x3;
    }
    let mut x5 = input.get(4).copied().unwrap_or(2i64).rem_euclid(7);
    Ok((2i64.wrapping_sub(100i64.wrapping_add(x5))).wrapping_mul(5i64))
}

// body 28 (seed 2)
#[genfn::generator(yield = i64)]
fn g_28(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut stk1: Vec<i64> = vec![-4i64, 5i64, 5i64];
    stk1.truncate(4);
    while let Some(x2) = stk1.pop()
        && x2 != 1i64
    {
        yield_!(3i64);
    }
    let mut s3 = String::new();
    for i4 in 0..1i64 {
        let x5: i64;
        if h2(100i64, (input.len() as i64).wrapping_add(i4)) != i4 {
            let g6 = D::new(1001, log);
            x5 = i4;
        } else {
            let mut stk7: Vec<i64> = input.to_vec();
            stk7.truncate(4);
            'l9: while let Some(x8) = stk7.pop() {
                let mut x8 = x8.wrapping_mul(2).wrapping_add(h2(
                    {
                        yield_!(i4);
                        3i64
                    },
                    -1i64,
                ));
                let i4 = i4
                    .wrapping_mul(2)
                    .wrapping_add(input.get(2).copied().unwrap_or(-1i64));
                let mut v10: Vec<i64> = Vec::new();
                let g11 = D::new(1002, log);
            }
            let mut x12 = h((check(i4)?).wrapping_mul(check(i4)?));
            yield_!((i4 as i32 as i64));
            let mut s13 = String::from("ab");
            x5 = check(x12).ok().unwrap_or(-4i64).wrapping_mul({
                if x12 == 3i64 {
                    stop!();
                }
                yield_!(x12.wrapping_mul(x12));
                x12 = input.get(4).copied().unwrap_or(-1i64);
                13i64
            });
        }
        yield_!(x5);
        {
            let t14 = s3;
            yield_!((t14.len() as i64));
            check(
                ({
                    let mut x5 = x5.wrapping_mul(2).wrapping_add(x5);
                    yield_!(i4);
                    x5 = i4;
                    (if (input.len() as i64) < x5 { i4 } else { x5 })
                })
                .rem_euclid(7),
            )?;
            s3 = t14 + "m";
        }
    }
    let g15 = D::new(1003, log);
    let mut v16: Vec<i64> = Vec::new();
    Ok(v16.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)))
}

fn p_28(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut stk1: Vec<i64> = vec![-4i64, 5i64, 5i64];
    stk1.truncate(4);
    while let Some(x2) = stk1.pop()
        && x2 != 1i64
    {
        {
            out.push(3i64);
        };
    }
    let mut s3 = String::new();
    for i4 in 0..1i64 {
        let x5: i64;
        if h2(100i64, (input.len() as i64).wrapping_add(i4)) != i4 {
            let g6 = D::new(1001, log);
            x5 = i4;
        } else {
            let mut stk7: Vec<i64> = input.to_vec();
            stk7.truncate(4);
            'l9: while let Some(x8) = stk7.pop() {
                let mut x8 = x8.wrapping_mul(2).wrapping_add(h2(
                    {
                        {
                            out.push(i4);
                        };
                        3i64
                    },
                    -1i64,
                ));
                let i4 = i4
                    .wrapping_mul(2)
                    .wrapping_add(input.get(2).copied().unwrap_or(-1i64));
                let mut v10: Vec<i64> = Vec::new();
                let g11 = D::new(1002, log);
            }
            let mut x12 = h((check(i4)?).wrapping_mul(check(i4)?));
            {
                out.push((i4 as i32 as i64));
            };
            let mut s13 = String::from("ab");
            x5 = check(x12).ok().unwrap_or(-4i64).wrapping_mul({
                if x12 == 3i64 {
                    stop!();
                }
                {
                    out.push(x12.wrapping_mul(x12));
                };
                x12 = input.get(4).copied().unwrap_or(-1i64);
                13i64
            });
        }
        {
            out.push(x5);
        };
        {
            let t14 = s3;
            {
                out.push((t14.len() as i64));
            };
            check(
                ({
                    let mut x5 = x5.wrapping_mul(2).wrapping_add(x5);
                    {
                        out.push(i4);
                    };
                    x5 = i4;
                    (if (input.len() as i64) < x5 { i4 } else { x5 })
                })
                .rem_euclid(7),
            )?;
            s3 = t14 + "m";
        }
    }
    let g15 = D::new(1003, log);
    let mut v16: Vec<i64> = Vec::new();
    Ok(v16.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)))
}

// body 29 (seed 2)
#[genfn::generator(yield = i64)]
fn g_29(input: &[i64], log: &Log) -> Result<i64, String> {
    let _g1 = D::new(1, log);
    let mut x2 = (if (check(100i64)?).rem_euclid(2) == 0 {
        (5i64 ^ 1i64)
    } else {
        4i64
    });
    let x2 = x2.wrapping_mul(2).wrapping_add(7i64);
    yield_!((x2 as i32 as i64));
    if (({
        check(check((if 7i64 < 3i64 { 100i64 } else { (x2 ^ 10i64) }))?)?;
        yield_!(x2);
        100i64
    })
    .rem_euclid(3)
        == 0
        || {
            yield_!(x2);
            x2 < (x2 ^ 10i64)
        })
    {
        let mut s3 = String::new();
        let mut x4 = 13i64;
    } else {
        let x5 = (input.len() as i64);
        let mut x6 = 1i64;
        yield_!(check(check(2i64)?)?);
        yield_!(x2.wrapping_add(x5));
    }
    yield_!(x2);
    Ok(x2)
}

fn p_29(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let _g1 = D::new(1, log);
    let mut x2 = (if (check(100i64)?).rem_euclid(2) == 0 {
        (5i64 ^ 1i64)
    } else {
        4i64
    });
    let x2 = x2.wrapping_mul(2).wrapping_add(7i64);
    {
        out.push((x2 as i32 as i64));
    };
    if (({
        check(check((if 7i64 < 3i64 { 100i64 } else { (x2 ^ 10i64) }))?)?;
        {
            out.push(x2);
        };
        100i64
    })
    .rem_euclid(3)
        == 0
        || {
            {
                out.push(x2);
            };
            x2 < (x2 ^ 10i64)
        })
    {
        let mut s3 = String::new();
        let mut x4 = 13i64;
    } else {
        let x5 = (input.len() as i64);
        let mut x6 = 1i64;
        {
            out.push(check(check(2i64)?)?);
        };
        {
            out.push(x2.wrapping_add(x5));
        };
    }
    {
        out.push(x2);
    };
    Ok(x2)
}

// body 30 (seed 2)
#[genfn::generator(yield = i64)]
fn g_30(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    match h(100i64).wrapping_mul((v1.len() as i64)).rem_euclid(5) {
        0 => {
            let (x3, mut x4) = (input.get(2).copied().unwrap_or(-1i64), {
                yield_!(10i64);
                yield_!(7i64);
                (-1i64 ^ 10i64).wrapping_sub((v1.len() as i64))
            });
            if x3
                < ({
                    x4 = x4.wrapping_add(
                        input
                            .get(3)
                            .copied()
                            .unwrap_or(7i64)
                            .wrapping_add(x4.wrapping_add((input.len() as i64)))
                            .wrapping_sub(x3),
                    );
                    yield_!(h2(x3, x3));
                    h2(x4, x3)
                })
            {
                return Ok({
                    yield_!(h2(h(x3), h((input.len() as i64))));
                    x4
                });
            }
            let mut s5 = String::from("ab");
            for &i6 in v1.iter().take(4) {
                x4 ^= {
                    yield_!(check(1i64.wrapping_sub((input.len() as i64)))?);
                    i6
                };
                if {
                    yield_!(check(input.get(6).copied().unwrap_or(2i64))?);
                    (if 2i64 < 0i64 { x3 } else { x3 }).wrapping_add(x3) < i6
                } {
                    let mut o7 = input.first().copied();
                    let i6 = i6.wrapping_mul(2).wrapping_add((s5.len() as i64));
                    let x8: i64;
                    if x4 == 2i64 {
                        if x4
                            != ({
                                yield_!(i6);
                                i6
                            })
                            .wrapping_add({
                                yield_!(5i64);
                                13i64
                            })
                        {
                            break;
                        }
                        let mut c9 = 0_i64;
                        while c9 < 1 {
                            c9 += 1;
                        }
                        x8 = 10i64;
                    } else {
                        x8 = input.get(5).copied().unwrap_or(2i64).wrapping_sub({
                            yield_!(h(i6));
                            0i64.wrapping_add((input.len() as i64))
                        });
                    }
                } else if (input.get(3).copied().unwrap_or(3i64) < h((input.len() as i64)) && {
                    yield_!(7i64);
                    x4 < 1i64
                }) {
                } else {
                }
            }
        }
        1 | 2 => {}
        n2 => {}
    }
    Ok(1i64)
}

fn p_30(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    match h(100i64).wrapping_mul((v1.len() as i64)).rem_euclid(5) {
        0 => {
            let (x3, mut x4) = (input.get(2).copied().unwrap_or(-1i64), {
                {
                    out.push(10i64);
                };
                {
                    out.push(7i64);
                };
                (-1i64 ^ 10i64).wrapping_sub((v1.len() as i64))
            });
            if x3
                < ({
                    x4 = x4.wrapping_add(
                        input
                            .get(3)
                            .copied()
                            .unwrap_or(7i64)
                            .wrapping_add(x4.wrapping_add((input.len() as i64)))
                            .wrapping_sub(x3),
                    );
                    {
                        out.push(h2(x3, x3));
                    };
                    h2(x4, x3)
                })
            {
                return Ok({
                    {
                        out.push(h2(h(x3), h((input.len() as i64))));
                    };
                    x4
                });
            }
            let mut s5 = String::from("ab");
            for &i6 in v1.iter().take(4) {
                x4 ^= {
                    {
                        out.push(check(1i64.wrapping_sub((input.len() as i64)))?);
                    };
                    i6
                };
                if {
                    {
                        out.push(check(input.get(6).copied().unwrap_or(2i64))?);
                    };
                    (if 2i64 < 0i64 { x3 } else { x3 }).wrapping_add(x3) < i6
                } {
                    let mut o7 = input.first().copied();
                    let i6 = i6.wrapping_mul(2).wrapping_add((s5.len() as i64));
                    let x8: i64;
                    if x4 == 2i64 {
                        if x4
                            != ({
                                {
                                    out.push(i6);
                                };
                                i6
                            })
                            .wrapping_add({
                                {
                                    out.push(5i64);
                                };
                                13i64
                            })
                        {
                            break;
                        }
                        let mut c9 = 0_i64;
                        while c9 < 1 {
                            c9 += 1;
                        }
                        x8 = 10i64;
                    } else {
                        x8 = input.get(5).copied().unwrap_or(2i64).wrapping_sub({
                            {
                                out.push(h(i6));
                            };
                            0i64.wrapping_add((input.len() as i64))
                        });
                    }
                } else if (input.get(3).copied().unwrap_or(3i64) < h((input.len() as i64)) && {
                    {
                        out.push(7i64);
                    };
                    x4 < 1i64
                }) {
                } else {
                }
            }
        }
        1 | 2 => {}
        n2 => {}
    }
    Ok(1i64)
}

// body 31 (seed 2)
#[genfn::generator(yield = i64)]
fn g_31(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![5i64, 5i64];
    let mut x2 = -4i64;
    if (input.is_empty() && x2 != x2.wrapping_add(x2)) {
        return Ok({
            yield_!(4i64);
            h2((input.len() as i64), 3i64).rem_euclid(2)
        });
    }
    let mut s3 = 10i64.to_string();
    if let Some(x4) = input.get(2).copied() {
        x2 = {
            yield_!(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
            (v1.len() as i64)
        };
        x2 |= x2;
        if ({
            yield_!((s3.len() as i64));
            x2 = x2;
            (if s3.is_empty() {
                (input.len() as i64)
            } else {
                (input.len() as i64)
            })
        }) < -4i64
        {
            return Ok(100i64.wrapping_sub(x4));
        }
    } else {
        let mut c5 = 0_i64;
        let mut x7 = 'l6: loop {
            c5 += 1;
            if c5 > 4 {
                break 'l6 input.get(1).copied().unwrap_or(100i64);
            }
            x2 |= input.get(1).copied().unwrap_or(2i64);
            x2 |= 5i64;
        };
    }
    Ok(-4i64)
}

fn p_31(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![5i64, 5i64];
    let mut x2 = -4i64;
    if (input.is_empty() && x2 != x2.wrapping_add(x2)) {
        return Ok({
            {
                out.push(4i64);
            };
            h2((input.len() as i64), 3i64).rem_euclid(2)
        });
    }
    let mut s3 = 10i64.to_string();
    if let Some(x4) = input.get(2).copied() {
        x2 = {
            {
                out.push(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
            };
            (v1.len() as i64)
        };
        x2 |= x2;
        if ({
            {
                out.push((s3.len() as i64));
            };
            x2 = x2;
            (if s3.is_empty() {
                (input.len() as i64)
            } else {
                (input.len() as i64)
            })
        }) < -4i64
        {
            return Ok(100i64.wrapping_sub(x4));
        }
    } else {
        let mut c5 = 0_i64;
        let mut x7 = 'l6: loop {
            c5 += 1;
            if c5 > 4 {
                break 'l6 input.get(1).copied().unwrap_or(100i64);
            }
            x2 |= input.get(1).copied().unwrap_or(2i64);
            x2 |= 5i64;
        };
    }
    Ok(-4i64)
}

// body 32 (seed 2)
#[genfn::generator(yield = i64)]
fn g_32(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = (input.len() as i64).rem_euclid(6);
    let x2 = 7i64;
    let mut v3: Vec<i64> = Vec::new();
    let mut stk4: Vec<i64> = input.to_vec();
    stk4.truncate(4);
    while let Some(x5) = stk4.pop() {
        for &i6 in &v3 {
            let mut stk7: Vec<i64> = input.to_vec();
            stk7.truncate(4);
            'l9: while let Some(x8) = stk7.pop() {
                yield_!(v3.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                let mut v10: Vec<i64> = Vec::new();
                yield_!(4i64);
                yield_!(1i64);
            }
            let _g11 = D::new(1, log);
            let x12 = check(check((input.len() as i64))?)?;
        }
        x1 = v3.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z));
        x1 ^= 1i64;
        {
            let w13 = v3;
            if h2(3i64, (if x5 < 0i64 { x5 } else { x5 }))
                < h2(
                    check(2i64).ok().unwrap_or(13i64),
                    (input.len() as i64).wrapping_add(x5),
                )
            {
                return Ok(((check(x5)?).wrapping_sub({
                    yield_!(x5);
                    x5
                }))
                .rem_euclid(4));
            }
            if input.first().copied().is_some() {
                return Ok(h({
                    yield_!(0i64.rem_euclid(7));
                    x1 = x5.rem_euclid(4);
                    1i64
                }));
            }
            v3 = {
                let mut w = w13;
                w.push(1);
                w
            };
        }
    }
    match (check(x1).ok().unwrap_or(4i64), input.first().copied()) {
        (x14, Some(x15)) if x15.rem_euclid(3) < x1 => {
            let g16 = D::new(1002, log);
            if let Some(x17) = v3.get(1).copied() {
                for i18 in 0..(input.len() as i64).rem_euclid(3) {
                    let mut s19 = String::from("ab");
                    let Some(x20) = input.iter().copied().find(|&z| z > 3i64) else {
                        return Err(format!("early {}", x1.wrapping_mul(check(4i64)?)));
                    };
                    if (s19.len() as i64).rem_euclid(2) == 0 {
                        let mut s21 = format!("{}-", v3.first().copied().unwrap_or(-1i64));
                    } else {
                    }
                }
            }
        }
        (x14, None) => {}
        (_, Some(x15)) => {}
    }
    Ok(x1)
}

fn p_32(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = (input.len() as i64).rem_euclid(6);
    let x2 = 7i64;
    let mut v3: Vec<i64> = Vec::new();
    let mut stk4: Vec<i64> = input.to_vec();
    stk4.truncate(4);
    while let Some(x5) = stk4.pop() {
        for &i6 in &v3 {
            let mut stk7: Vec<i64> = input.to_vec();
            stk7.truncate(4);
            'l9: while let Some(x8) = stk7.pop() {
                {
                    out.push(v3.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                };
                let mut v10: Vec<i64> = Vec::new();
                {
                    out.push(4i64);
                };
                {
                    out.push(1i64);
                };
            }
            let _g11 = D::new(1, log);
            let x12 = check(check((input.len() as i64))?)?;
        }
        x1 = v3.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z));
        x1 ^= 1i64;
        {
            let w13 = v3;
            if h2(3i64, (if x5 < 0i64 { x5 } else { x5 }))
                < h2(
                    check(2i64).ok().unwrap_or(13i64),
                    (input.len() as i64).wrapping_add(x5),
                )
            {
                return Ok(((check(x5)?).wrapping_sub({
                    {
                        out.push(x5);
                    };
                    x5
                }))
                .rem_euclid(4));
            }
            if input.first().copied().is_some() {
                return Ok(h({
                    {
                        out.push(0i64.rem_euclid(7));
                    };
                    x1 = x5.rem_euclid(4);
                    1i64
                }));
            }
            v3 = {
                let mut w = w13;
                w.push(1);
                w
            };
        }
    }
    match (check(x1).ok().unwrap_or(4i64), input.first().copied()) {
        (x14, Some(x15)) if x15.rem_euclid(3) < x1 => {
            let g16 = D::new(1002, log);
            if let Some(x17) = v3.get(1).copied() {
                for i18 in 0..(input.len() as i64).rem_euclid(3) {
                    let mut s19 = String::from("ab");
                    let Some(x20) = input.iter().copied().find(|&z| z > 3i64) else {
                        return Err(format!("early {}", x1.wrapping_mul(check(4i64)?)));
                    };
                    if (s19.len() as i64).rem_euclid(2) == 0 {
                        let mut s21 = format!("{}-", v3.first().copied().unwrap_or(-1i64));
                    } else {
                    }
                }
            }
        }
        (x14, None) => {}
        (_, Some(x15)) => {}
    }
    Ok(x1)
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
    let mut x2 = [x1, {
        yield_!(7i64);
        -4i64
    }][1];
    if let Some(x3) = check(
        x2.wrapping_add((input.len() as i64))
            .wrapping_mul(check((input.len() as i64))?),
    )
    .ok()
    {
        let x4 = 1i64;
        yield_!(x2.wrapping_mul(x4));
        let mut v5: Vec<i64> = vec![(check(x4)?).rem_euclid(6), 100i64];
        if let Some(x6) = input.last().copied()
            && v5.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)) != x2
        {
            let _g7 = D::new(1, log);
            if x2 < 2i64 {
                yield_!(x3)
            } else {
                yield_!(h2(input.get(3).copied().unwrap_or(5i64), h2(4i64, x6)))
            }
            let _ = D::new(2, log);
            if (x6 != 5i64.rem_euclid(3) && {
                yield_!(x1);
                x3 < 0i64.wrapping_mul(x2)
            }) {
                yield_!(dup!(v5.len() as i64));
            } else {
                if let Some(x8) = Some(13i64)
                    && 4i64 == x2.wrapping_add((input.len() as i64))
                {
                    yield_!(
                        (if (7i64.rem_euclid(3) == 0 || x4.rem_euclid(3) == 0) {
                            x1
                        } else {
                            (check(x4)?).wrapping_add((input.len() as i64).wrapping_add(x1))
                        })
                    );
                    if input.last().copied().is_some() {
                        let x9 = check(3i64)?;
                    } else {
                        if (x6 ^ 13i64).rem_euclid(2) < v5.first().copied().unwrap_or(4i64) {
                            return Ok(x1);
                        }
                    }
                }
            }
        } else {
        }
    } else {
    }
    Ok((x2 as i32 as i64))
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
    let mut x2 = [x1, {
        {
            out.push(7i64);
        };
        -4i64
    }][1];
    if let Some(x3) = check(
        x2.wrapping_add((input.len() as i64))
            .wrapping_mul(check((input.len() as i64))?),
    )
    .ok()
    {
        let x4 = 1i64;
        {
            out.push(x2.wrapping_mul(x4));
        };
        let mut v5: Vec<i64> = vec![(check(x4)?).rem_euclid(6), 100i64];
        if let Some(x6) = input.last().copied()
            && v5.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)) != x2
        {
            let _g7 = D::new(1, log);
            if x2 < 2i64 {
                {
                    out.push(x3);
                }
            } else {
                {
                    out.push(h2(input.get(3).copied().unwrap_or(5i64), h2(4i64, x6)));
                }
            }
            let _ = D::new(2, log);
            if (x6 != 5i64.rem_euclid(3) && {
                {
                    out.push(x1);
                };
                x3 < 0i64.wrapping_mul(x2)
            }) {
                {
                    out.push(dup!(v5.len() as i64));
                };
            } else {
                if let Some(x8) = Some(13i64)
                    && 4i64 == x2.wrapping_add((input.len() as i64))
                {
                    {
                        out.push(
                            (if (7i64.rem_euclid(3) == 0 || x4.rem_euclid(3) == 0) {
                                x1
                            } else {
                                (check(x4)?).wrapping_add((input.len() as i64).wrapping_add(x1))
                            }),
                        );
                    };
                    if input.last().copied().is_some() {
                        let x9 = check(3i64)?;
                    } else {
                        if (x6 ^ 13i64).rem_euclid(2) < v5.first().copied().unwrap_or(4i64) {
                            return Ok(x1);
                        }
                    }
                }
            }
        } else {
        }
    } else {
    }
    Ok((x2 as i32 as i64))
}

// body 34 (seed 2)
#[genfn::generator(yield = i64)]
fn g_34(input: &[i64], log: &Log) -> Result<i64, String> {
    let (x1, x2) = (3i64, 10i64);
    if {
        yield_!(3i64);
        (input.len() as i64) < h2((if x2 == x1 { (input.len() as i64) } else { 1i64 }), 0i64)
    } {
        yield_!(3i64)
    } else {
        yield_!(x1)
    }
    let x3 = {
        yield_!(h(x2).wrapping_mul(1i64));
        yield_!(-4i64);
        (5i64
            ^ (if (input.len() as i64) == (input.len() as i64) {
                x1
            } else {
                x1
            }))
    };
    yield_!(2i64);
    let x4 = h(4i64).rem_euclid(2);
    Ok((if x3 == (input.len() as i64).wrapping_sub(-1i64) {
        x3
    } else {
        x4
    }))
}

fn p_34(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let (x1, x2) = (3i64, 10i64);
    if {
        {
            out.push(3i64);
        };
        (input.len() as i64) < h2((if x2 == x1 { (input.len() as i64) } else { 1i64 }), 0i64)
    } {
        {
            out.push(3i64);
        }
    } else {
        {
            out.push(x1);
        }
    }
    let x3 = {
        {
            out.push(h(x2).wrapping_mul(1i64));
        };
        {
            out.push(-4i64);
        };
        (5i64
            ^ (if (input.len() as i64) == (input.len() as i64) {
                x1
            } else {
                x1
            }))
    };
    {
        out.push(2i64);
    };
    let x4 = h(4i64).rem_euclid(2);
    Ok((if x3 == (input.len() as i64).wrapping_sub(-1i64) {
        x3
    } else {
        x4
    }))
}

// body 35 (seed 2)
#[genfn::generator(yield = i64)]
fn g_35(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 4i64;
    let Some(x2) = input.iter().copied().find(|&z| z > 2i64) else {
        return Ok(x1);
    };
    let mut s3 = String::from("ab");
    let mut c4 = 0_i64;
    'l5: loop {
        c4 += 1;
        if c4 > 3 {
            break;
        }
        let mut c6 = 0_i64;
        'l7: while {
            yield_!(c6);
            c6 < 1
        } {
            c6 += 1;
            let mut v8: Vec<i64> = input.to_vec();
            x1 = x1.wrapping_add((-4i64).wrapping_add((c6 ^ x2)));
        }
    }
    if let Some(x9) = None::<i64> {
        yield_!((s3.len() as i64));
        assert!(x1 == x1, "{}", x1);
        for i10 in 0..0i64 {
            let mut x2 = x2.wrapping_mul(2).wrapping_add(i10);
        }
        yield_!(x1);
    } else {
    }
    Ok(x2)
}

fn p_35(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 4i64;
    let Some(x2) = input.iter().copied().find(|&z| z > 2i64) else {
        return Ok(x1);
    };
    let mut s3 = String::from("ab");
    let mut c4 = 0_i64;
    'l5: loop {
        c4 += 1;
        if c4 > 3 {
            break;
        }
        let mut c6 = 0_i64;
        'l7: while {
            {
                out.push(c6);
            };
            c6 < 1
        } {
            c6 += 1;
            let mut v8: Vec<i64> = input.to_vec();
            x1 = x1.wrapping_add((-4i64).wrapping_add((c6 ^ x2)));
        }
    }
    if let Some(x9) = None::<i64> {
        {
            out.push((s3.len() as i64));
        };
        assert!(x1 == x1, "{}", x1);
        for i10 in 0..0i64 {
            let mut x2 = x2.wrapping_mul(2).wrapping_add(i10);
        }
        {
            out.push(x1);
        };
    } else {
    }
    Ok(x2)
}

// body 36 (seed 2)
#[genfn::generator(yield = i64)]
fn g_36(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut x2 = h2(-1i64, 100i64);
    let Some(x3) = check(h(h(x2))).ok() else {
        return Err(format!("early {}", 3i64));
    };
    let x4 = (({
        yield_!(x3);
        (input.len() as i64)
    })
    .wrapping_add(x2))
    .wrapping_mul(x3);
    let mut v5: Vec<i64> = input.to_vec();
    let x6 = (h(x3), {
        yield_!(x3);
        yield_!(x3.wrapping_add((input.len() as i64)));
        13i64
    })
        .1;
    Ok(h(x3))
}

fn p_36(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut x2 = h2(-1i64, 100i64);
    let Some(x3) = check(h(h(x2))).ok() else {
        return Err(format!("early {}", 3i64));
    };
    let x4 = (({
        {
            out.push(x3);
        };
        (input.len() as i64)
    })
    .wrapping_add(x2))
    .wrapping_mul(x3);
    let mut v5: Vec<i64> = input.to_vec();
    let x6 = (h(x3), {
        {
            out.push(x3);
        };
        {
            out.push(x3.wrapping_add((input.len() as i64)));
        };
        13i64
    })
        .1;
    Ok(h(x3))
}

// body 37 (seed 2)
#[genfn::generator(yield = i64)]
fn g_37(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut c2 = 0_i64;
    let mut x7 = 'l3: loop {
        c2 += 1;
        if c2 > 1 {
            break 'l3 2i64;
        }
        let mut c4 = 0_i64;
        loop {
            c4 += 1;
            if c4 > 3 {
                break;
            }
            let mut s5 = String::from("ab");
        }
        let mut v6: Vec<i64> = Vec::new();
    };
    match (g1.0).rem_euclid(5) {
        0 => {
            let x7 = x7.wrapping_mul(2).wrapping_add((input.len() as i64));
            match (x7, Some((input.len() as i64).wrapping_add(c2))) {
                (x9, Some(x10)) if check(x9)? == 2i64 => {
                    yield_!(x10);
                }
                (x9, None) => {
                    let mut s11 = input
                        .get(4)
                        .copied()
                        .unwrap_or(4i64)
                        .wrapping_sub(10i64.wrapping_mul(-4i64))
                        .to_string();
                    match input.first().copied() {
                        Some(x12) => {
                            for i13 in s11.bytes().take(4) {
                                let i13 = i13 as i64;
                                let mut s14 = format!("{}", x12);
                                if ((input.len() as i64).wrapping_add(10i64))
                                    .wrapping_sub((x12 ^ (input.len() as i64)))
                                    != input.get(3).copied().unwrap_or(100i64)
                                {
                                }
                                let x15 = x9;
                                let mut c16 = 0_i64;
                                while {
                                    yield_!(c16);
                                    c16 < 4
                                } {
                                    c16 += 1;
                                    {
                                        let t17 = s14;
                                        yield_!((t17.len() as i64));
                                        s14 = t17 + "m";
                                    }
                                }
                            }
                        }
                        None => {}
                    }
                }
                (_, Some(x10)) => {}
            }
        }
        1 | 2 => {}
        n8 if input.is_empty() => yield_!(-4i64),
        n8 => {}
    }
    Ok(x7)
}

fn p_37(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    let mut c2 = 0_i64;
    let mut x7 = 'l3: loop {
        c2 += 1;
        if c2 > 1 {
            break 'l3 2i64;
        }
        let mut c4 = 0_i64;
        loop {
            c4 += 1;
            if c4 > 3 {
                break;
            }
            let mut s5 = String::from("ab");
        }
        let mut v6: Vec<i64> = Vec::new();
    };
    match (g1.0).rem_euclid(5) {
        0 => {
            let x7 = x7.wrapping_mul(2).wrapping_add((input.len() as i64));
            match (x7, Some((input.len() as i64).wrapping_add(c2))) {
                (x9, Some(x10)) if check(x9)? == 2i64 => {
                    {
                        out.push(x10);
                    };
                }
                (x9, None) => {
                    let mut s11 = input
                        .get(4)
                        .copied()
                        .unwrap_or(4i64)
                        .wrapping_sub(10i64.wrapping_mul(-4i64))
                        .to_string();
                    match input.first().copied() {
                        Some(x12) => {
                            for i13 in s11.bytes().take(4) {
                                let i13 = i13 as i64;
                                let mut s14 = format!("{}", x12);
                                if ((input.len() as i64).wrapping_add(10i64))
                                    .wrapping_sub((x12 ^ (input.len() as i64)))
                                    != input.get(3).copied().unwrap_or(100i64)
                                {
                                }
                                let x15 = x9;
                                let mut c16 = 0_i64;
                                while {
                                    {
                                        out.push(c16);
                                    };
                                    c16 < 4
                                } {
                                    c16 += 1;
                                    {
                                        let t17 = s14;
                                        {
                                            out.push((t17.len() as i64));
                                        };
                                        s14 = t17 + "m";
                                    }
                                }
                            }
                        }
                        None => {}
                    }
                }
                (_, Some(x10)) => {}
            }
        }
        1 | 2 => {}
        n8 if input.is_empty() => {
            out.push(-4i64);
        }
        n8 => {}
    }
    Ok(x7)
}

// body 38 (seed 2)
#[genfn::generator(yield = i64)]
fn g_38(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 3 {
        c1 += 1;
        let (Some(x3), x4) = (input.get(0).copied(), {
            yield_!(h(13i64));
            -1i64
        }) else {
            return Err(format!("early {}", -4i64));
        };
    }
    let mut c5 = 0_i64;
    loop {
        c5 += 1;
        if c5 > 3 {
            break;
        }
        let mut x6 = (
            100i64.wrapping_add((input.len() as i64).wrapping_mul(c5)),
            {
                yield_!(
                    (if 13i64 != 1i64 {
                        c5
                    } else {
                        (input.len() as i64)
                    })
                );
                c5.wrapping_sub(13i64)
            },
        )
            .1;
    }
    for i7 in 0..2i64 {
        let mut x8 = 10i64.wrapping_add(i7);
    }
    yield_!(c5);
    Ok(10i64)
}

fn p_38(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 3 {
        c1 += 1;
        let (Some(x3), x4) = (input.get(0).copied(), {
            {
                out.push(h(13i64));
            };
            -1i64
        }) else {
            return Err(format!("early {}", -4i64));
        };
    }
    let mut c5 = 0_i64;
    loop {
        c5 += 1;
        if c5 > 3 {
            break;
        }
        let mut x6 = (
            100i64.wrapping_add((input.len() as i64).wrapping_mul(c5)),
            {
                {
                    out.push(
                        (if 13i64 != 1i64 {
                            c5
                        } else {
                            (input.len() as i64)
                        }),
                    );
                };
                c5.wrapping_sub(13i64)
            },
        )
            .1;
    }
    for i7 in 0..2i64 {
        let mut x8 = 10i64.wrapping_add(i7);
    }
    {
        out.push(c5);
    };
    Ok(10i64)
}

// body 39 (seed 2)
#[genfn::generator(yield = i64)]
fn g_39(input: &[i64], log: &Log) -> Result<i64, String> {
    let x2 = h2(
        {
            let mut v1: Vec<i64> = vec![(input.len() as i64), 7i64];
            yield_!(4i64);
            100i64
        },
        13i64,
    );
    match input.get(2).copied() {
        Some(x3) => {
            if input.get(6).copied().is_some() {
                let x4: i64;
                if x3 != check(h(x3))? {
                    yield_!(x2);
                    let x2 = x2.wrapping_mul(2).wrapping_add(h(10i64));
                    x4 = {
                        yield_!(1i64.wrapping_add(5i64));
                        3i64
                    };
                } else {
                    yield_!(input.get(1).copied().unwrap_or(10i64));
                    match (
                        input.get(1).copied().unwrap_or(4i64),
                        input.iter().copied().find(|&z| z > 7i64),
                    ) {
                        (x5, Some(x6))
                            if input.get(4).copied().unwrap_or(100i64).rem_euclid(2) == 0 =>
                        {
                            let x7 = h2(
                                (if (0i64 < 3i64 && (input.len() as i64) == (input.len() as i64)) {
                                    x5
                                } else {
                                    x5.rem_euclid(5)
                                }),
                                {
                                    yield_!(check(x2)?);
                                    input.get(0).copied().unwrap_or(-1i64)
                                },
                            );
                            let (mut x8, (_, x9)) = (
                                x6,
                                (
                                    5i64.wrapping_sub(h(-4i64)),
                                    h(input
                                        .iter()
                                        .copied()
                                        .find(|&z| z > 1i64)
                                        .unwrap_or(4i64)
                                        .wrapping_add(input.get(3).copied().unwrap_or(100i64))),
                                ),
                            );
                            yield_!((input.len() as i64));
                            yield_!(x6);
                        }
                        (x5, None) => {
                            let mut x10 = x5;
                            let mut o11 = input.get(2).copied();
                        }
                        (_, Some(x6)) => {}
                    }
                    x4 = ((-1i64).wrapping_sub(x2)).wrapping_sub((x3 ^ 4i64));
                }
            }
        }
        None => {}
    }
    Ok((input.len() as i64))
}

fn p_39(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x2 = h2(
        {
            let mut v1: Vec<i64> = vec![(input.len() as i64), 7i64];
            {
                out.push(4i64);
            };
            100i64
        },
        13i64,
    );
    match input.get(2).copied() {
        Some(x3) => {
            if input.get(6).copied().is_some() {
                let x4: i64;
                if x3 != check(h(x3))? {
                    {
                        out.push(x2);
                    };
                    let x2 = x2.wrapping_mul(2).wrapping_add(h(10i64));
                    x4 = {
                        {
                            out.push(1i64.wrapping_add(5i64));
                        };
                        3i64
                    };
                } else {
                    {
                        out.push(input.get(1).copied().unwrap_or(10i64));
                    };
                    match (
                        input.get(1).copied().unwrap_or(4i64),
                        input.iter().copied().find(|&z| z > 7i64),
                    ) {
                        (x5, Some(x6))
                            if input.get(4).copied().unwrap_or(100i64).rem_euclid(2) == 0 =>
                        {
                            let x7 = h2(
                                (if (0i64 < 3i64 && (input.len() as i64) == (input.len() as i64)) {
                                    x5
                                } else {
                                    x5.rem_euclid(5)
                                }),
                                {
                                    {
                                        out.push(check(x2)?);
                                    };
                                    input.get(0).copied().unwrap_or(-1i64)
                                },
                            );
                            let (mut x8, (_, x9)) = (
                                x6,
                                (
                                    5i64.wrapping_sub(h(-4i64)),
                                    h(input
                                        .iter()
                                        .copied()
                                        .find(|&z| z > 1i64)
                                        .unwrap_or(4i64)
                                        .wrapping_add(input.get(3).copied().unwrap_or(100i64))),
                                ),
                            );
                            {
                                out.push((input.len() as i64));
                            };
                            {
                                out.push(x6);
                            };
                        }
                        (x5, None) => {
                            let mut x10 = x5;
                            let mut o11 = input.get(2).copied();
                        }
                        (_, Some(x6)) => {}
                    }
                    x4 = ((-1i64).wrapping_sub(x2)).wrapping_sub((x3 ^ 4i64));
                }
            }
        }
        None => {}
    }
    Ok((input.len() as i64))
}

// body 40 (seed 2)
#[genfn::generator(yield = i64)]
fn g_40(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", 3i64);
    yield_!(h2(check(-4i64)?, (-1i64).wrapping_add(4i64)));
    match 13i64.rem_euclid(3) {
        0 => {
            let mut x3 = 2i64;
            if let Some(x4) = input.get(4).copied()
                && ({
                    yield_!(10i64);
                    x3
                }) < ({
                    yield_!(x4);
                    x3 = x3;
                    10i64
                })
            {
                let mut s5 = format!("{x4}");
                match (((input.len() as i64) as i32 as i64) ^ x4).rem_euclid(4) {
                    0 => yield_!(3i64),
                    1 | 2 => {
                        s1 = take_string(s1, -4i64);
                        let g7 = D::new(1001, log);
                    }
                    3..=4 => {
                        match input.get(1).copied() {
                            None => {
                                let mut v10: Vec<i64> = Vec::new();
                                match D::new(2002, log).0 {
                                    2002 => {
                                        let mut x12 = 13i64;
                                    }
                                    _ => {}
                                }
                            }
                            Some(x8) => {
                                let mut v9: Vec<i64> = input.to_vec();
                            }
                        }
                        let _g13 = D::new(3, log);
                        match input.get(1).copied() {
                            None => yield_!(x4),
                            Some(x14) => {}
                        }
                    }
                    n6 if n6.wrapping_mul(n6).rem_euclid(3) == 0 => {
                        if input.last().copied().is_some() {
                            yield_!(check(0i64)?)
                        } else {
                            yield_!(3i64)
                        }
                        yield_!(
                            h(n6.wrapping_add((input.len() as i64))).wrapping_add(
                                input
                                    .iter()
                                    .copied()
                                    .find(|&z| z > 5i64)
                                    .unwrap_or(0i64)
                                    .wrapping_sub(x3)
                            )
                        );
                        let g15 = D::new(1004, log);
                    }
                    n6 => {}
                }
            }
        }
        1 | 2 => {}
        3..=4 => {}
        n2 => {}
    }
    Ok((input.len() as i64))
}

fn p_40(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", 3i64);
    {
        out.push(h2(check(-4i64)?, (-1i64).wrapping_add(4i64)));
    };
    match 13i64.rem_euclid(3) {
        0 => {
            let mut x3 = 2i64;
            if let Some(x4) = input.get(4).copied()
                && ({
                    {
                        out.push(10i64);
                    };
                    x3
                }) < ({
                    {
                        out.push(x4);
                    };
                    x3 = x3;
                    10i64
                })
            {
                let mut s5 = format!("{x4}");
                match (((input.len() as i64) as i32 as i64) ^ x4).rem_euclid(4) {
                    0 => {
                        out.push(3i64);
                    }
                    1 | 2 => {
                        s1 = take_string(s1, -4i64);
                        let g7 = D::new(1001, log);
                    }
                    3..=4 => {
                        match input.get(1).copied() {
                            None => {
                                let mut v10: Vec<i64> = Vec::new();
                                match D::new(2002, log).0 {
                                    2002 => {
                                        let mut x12 = 13i64;
                                    }
                                    _ => {}
                                }
                            }
                            Some(x8) => {
                                let mut v9: Vec<i64> = input.to_vec();
                            }
                        }
                        let _g13 = D::new(3, log);
                        match input.get(1).copied() {
                            None => {
                                out.push(x4);
                            }
                            Some(x14) => {}
                        }
                    }
                    n6 if n6.wrapping_mul(n6).rem_euclid(3) == 0 => {
                        if input.last().copied().is_some() {
                            {
                                out.push(check(0i64)?);
                            }
                        } else {
                            {
                                out.push(3i64);
                            }
                        }
                        {
                            out.push(
                                h(n6.wrapping_add((input.len() as i64))).wrapping_add(
                                    input
                                        .iter()
                                        .copied()
                                        .find(|&z| z > 5i64)
                                        .unwrap_or(0i64)
                                        .wrapping_sub(x3),
                                ),
                            );
                        };
                        let g15 = D::new(1004, log);
                    }
                    n6 => {}
                }
            }
        }
        1 | 2 => {}
        3..=4 => {}
        n2 => {}
    }
    Ok((input.len() as i64))
}

// body 41 (seed 2)
#[genfn::generator(yield = i64)]
fn g_41(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let _ = D::new(1, log);
    if h2(13i64, (input.len() as i64)).rem_euclid(4).rem_euclid(2) == 0 {
        let mut x2 = 7i64;
    } else {
        if 5i64 < 100i64 {
            let mut x3 = h2((3i64 ^ (input.len() as i64)), -1i64);
        }
        yield_!(13i64);
        {
            let x4: i64;
            if None::<i64>.is_some() {
                {
                    let w5 = v1;
                    yield_!((w5.len() as i64));
                    let mut x6 = None::<i64>.unwrap_or(0i64);
                    v1 = {
                        let mut w = w5;
                        w.push(1);
                        w
                    };
                }
                let (x7, _, x8) = ((input.len() as i64), 10i64, 0i64);
                yield_!(input.get(1).copied().unwrap_or(100i64));
                let mut x9 = x7;
                x4 = x7;
            } else {
                if {
                    yield_!((3i64 ^ 2i64));
                    2i64 < 10i64.rem_euclid(2)
                } {
                    yield_!(5i64)
                } else {
                    yield_!((3i64 as i32 as i64))
                }
                match h((input.len() as i64).rem_euclid(2)).rem_euclid(6) {
                    0 => {
                        yield_!(input.get(4).copied().unwrap_or(13i64));
                        'b11: {
                            let mut x13 = (h(5i64), {
                                let x12 = input.get(2).copied().unwrap_or(2i64);
                                yield_!(x12);
                                x12.wrapping_sub((input.len() as i64))
                            })
                                .1;
                        }
                    }
                    1 | 2 => {
                        let g14 = D::new(1002, log);
                    }
                    n10 => {
                        yield_!(n10);
                    }
                }
                x4 = 2i64;
            }
        }
    }
    Ok(4i64)
}

fn p_41(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let _ = D::new(1, log);
    if h2(13i64, (input.len() as i64)).rem_euclid(4).rem_euclid(2) == 0 {
        let mut x2 = 7i64;
    } else {
        if 5i64 < 100i64 {
            let mut x3 = h2((3i64 ^ (input.len() as i64)), -1i64);
        }
        {
            out.push(13i64);
        };
        {
            let x4: i64;
            if None::<i64>.is_some() {
                {
                    let w5 = v1;
                    {
                        out.push((w5.len() as i64));
                    };
                    let mut x6 = None::<i64>.unwrap_or(0i64);
                    v1 = {
                        let mut w = w5;
                        w.push(1);
                        w
                    };
                }
                let (x7, _, x8) = ((input.len() as i64), 10i64, 0i64);
                {
                    out.push(input.get(1).copied().unwrap_or(100i64));
                };
                let mut x9 = x7;
                x4 = x7;
            } else {
                if {
                    {
                        out.push((3i64 ^ 2i64));
                    };
                    2i64 < 10i64.rem_euclid(2)
                } {
                    {
                        out.push(5i64);
                    }
                } else {
                    {
                        out.push((3i64 as i32 as i64));
                    }
                }
                match h((input.len() as i64).rem_euclid(2)).rem_euclid(6) {
                    0 => {
                        {
                            out.push(input.get(4).copied().unwrap_or(13i64));
                        };
                        'b11: {
                            let mut x13 = (h(5i64), {
                                let x12 = input.get(2).copied().unwrap_or(2i64);
                                {
                                    out.push(x12);
                                };
                                x12.wrapping_sub((input.len() as i64))
                            })
                                .1;
                        }
                    }
                    1 | 2 => {
                        let g14 = D::new(1002, log);
                    }
                    n10 => {
                        {
                            out.push(n10);
                        };
                    }
                }
                x4 = 2i64;
            }
        }
    }
    Ok(4i64)
}

// body 42 (seed 2)
#[genfn::generator(yield = i64)]
fn g_42(input: &[i64], log: &Log) -> Result<i64, String> {
    if input.is_empty() {
        return Err(format!("early {}", 5i64));
    }
    if (({
        let x2 = {
            let mut x1 = 0i64;
            yield_!(100i64);
            x1 = x1.wrapping_add(x1).wrapping_add(x1);
            h(x1).rem_euclid(2)
        };
        yield_!(x2);
        7i64
    }) < input.get(1).copied().unwrap_or(7i64)
        && 2i64 < 5i64)
    {
        let x3: i64;
        if check({
            yield_!(-1i64);
            0i64
        })? < 4i64
        {
            let mut x4 = -1i64;
            let mut c5 = 0_i64;
            'l6: while c5 < 2 {
                c5 += 1;
                if x4 < x4 {
                    continue 'l6;
                }
                let mut x7 = 4i64.wrapping_mul(c5.rem_euclid(2));
                'b8: {
                    x7 = x7;
                }
                if (2i64
                    < ({
                        let mut v9: Vec<i64> = vec![x7, 0i64];
                        yield_!(7i64);
                        c5
                    })
                    || !((input.len() as i64) < x7))
                {
                    stop!('l6);
                }
            }
            let x10 = D::new(2001, log).0.wrapping_add({
                yield_!(h2(c5, (input.len() as i64)));
                (input.len() as i64)
            });
            let x11 = input.get(5).copied().unwrap_or(100i64);
            x3 = x4;
        } else {
            match input.get(1).copied().unwrap_or(100i64).rem_euclid(5) {
                0 => {
                    let mut c13 = 0_i64;
                    'l14: loop {
                        c13 += 1;
                        if c13 > 4 {
                            break;
                        }
                        if c13 < check((input.len() as i64).wrapping_add(2i64))? {
                            continue;
                        }
                        if let Some(x15) = input.last().copied()
                            && 7i64 < x15
                        {
                            yield_!(h(or_skip!(input.get(2).copied())));
                        }
                    }
                    let mut v16: Vec<i64> = vec![Some(7i64).unwrap_or(2i64), 3i64];
                    let mut s17 = (-1i64).to_string();
                }
                1 | 2 => {
                    let x18 = 100i64;
                    'l19: for i20 in 0..4i64 {
                        let x21: i64;
                        if h(h(x18)).rem_euclid(2) == 0 {
                            if (i20 != 13i64 && x18 < -4i64) {
                                return Ok((input.len() as i64));
                            }
                            x21 = {
                                if 1i64.rem_euclid(2) == 0 {
                                    continue 'l19;
                                }
                                yield_!(5i64);
                                i20.wrapping_mul(i20).rem_euclid(5)
                            };
                        } else {
                            yield_!(x18.rem_euclid(4));
                            x21 = 3i64;
                        }
                        let mut c22 = 0_i64;
                        'l23: loop {
                            c22 += 1;
                            if c22 > 4 {
                                break;
                            }
                            if (input.len() as i64).rem_euclid(3) == 0 {
                                stop!('l19);
                            }
                        }
                        let x24 = check(i20)?;
                        let mut s25 = String::new();
                    }
                    let mut o26 = input.get(1).copied();
                    let mut s27 = String::new();
                }
                3..=4 => {}
                n12 if h(13i64) < h((input.len() as i64)) => {}
                n12 => {}
            }
            x3 = 5i64;
        }
    } else if (!(None::<i64>.is_some()) && 10i64.rem_euclid(3) == 0) {
    } else {
    }
    Ok({
        yield_!(-1i64);
        -4i64
    })
}

fn p_42(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if input.is_empty() {
        return Err(format!("early {}", 5i64));
    }
    if (({
        let x2 = {
            let mut x1 = 0i64;
            {
                out.push(100i64);
            };
            x1 = x1.wrapping_add(x1).wrapping_add(x1);
            h(x1).rem_euclid(2)
        };
        {
            out.push(x2);
        };
        7i64
    }) < input.get(1).copied().unwrap_or(7i64)
        && 2i64 < 5i64)
    {
        let x3: i64;
        if check({
            {
                out.push(-1i64);
            };
            0i64
        })? < 4i64
        {
            let mut x4 = -1i64;
            let mut c5 = 0_i64;
            'l6: while c5 < 2 {
                c5 += 1;
                if x4 < x4 {
                    continue 'l6;
                }
                let mut x7 = 4i64.wrapping_mul(c5.rem_euclid(2));
                'b8: {
                    x7 = x7;
                }
                if (2i64
                    < ({
                        let mut v9: Vec<i64> = vec![x7, 0i64];
                        {
                            out.push(7i64);
                        };
                        c5
                    })
                    || !((input.len() as i64) < x7))
                {
                    stop!('l6);
                }
            }
            let x10 = D::new(2001, log).0.wrapping_add({
                {
                    out.push(h2(c5, (input.len() as i64)));
                };
                (input.len() as i64)
            });
            let x11 = input.get(5).copied().unwrap_or(100i64);
            x3 = x4;
        } else {
            match input.get(1).copied().unwrap_or(100i64).rem_euclid(5) {
                0 => {
                    let mut c13 = 0_i64;
                    'l14: loop {
                        c13 += 1;
                        if c13 > 4 {
                            break;
                        }
                        if c13 < check((input.len() as i64).wrapping_add(2i64))? {
                            continue;
                        }
                        if let Some(x15) = input.last().copied()
                            && 7i64 < x15
                        {
                            {
                                out.push(h(or_skip!(input.get(2).copied())));
                            };
                        }
                    }
                    let mut v16: Vec<i64> = vec![Some(7i64).unwrap_or(2i64), 3i64];
                    let mut s17 = (-1i64).to_string();
                }
                1 | 2 => {
                    let x18 = 100i64;
                    'l19: for i20 in 0..4i64 {
                        let x21: i64;
                        if h(h(x18)).rem_euclid(2) == 0 {
                            if (i20 != 13i64 && x18 < -4i64) {
                                return Ok((input.len() as i64));
                            }
                            x21 = {
                                if 1i64.rem_euclid(2) == 0 {
                                    continue 'l19;
                                }
                                {
                                    out.push(5i64);
                                };
                                i20.wrapping_mul(i20).rem_euclid(5)
                            };
                        } else {
                            {
                                out.push(x18.rem_euclid(4));
                            };
                            x21 = 3i64;
                        }
                        let mut c22 = 0_i64;
                        'l23: loop {
                            c22 += 1;
                            if c22 > 4 {
                                break;
                            }
                            if (input.len() as i64).rem_euclid(3) == 0 {
                                stop!('l19);
                            }
                        }
                        let x24 = check(i20)?;
                        let mut s25 = String::new();
                    }
                    let mut o26 = input.get(1).copied();
                    let mut s27 = String::new();
                }
                3..=4 => {}
                n12 if h(13i64) < h((input.len() as i64)) => {}
                n12 => {}
            }
            x3 = 5i64;
        }
    } else if (!(None::<i64>.is_some()) && 10i64.rem_euclid(3) == 0) {
    } else {
    }
    Ok({
        {
            out.push(-1i64);
        };
        -4i64
    })
}

// body 43 (seed 2)
#[genfn::generator(yield = i64)]
fn g_43(input: &[i64], log: &Log) -> Result<i64, String> {
    let (Some(x1), x2) = (
        None::<i64>,
        (if 5i64 < (input.len() as i64) {
            1i64.wrapping_add((input.len() as i64))
        } else {
            {
                yield_!(1i64);
                -4i64
            }
        }),
    ) else {
        return Ok(13i64);
    };
    let x3 = input.get(2).copied().unwrap_or(13i64);
    'l4: for &i5 in input.iter().rev().take(4) {
        if (input.contains(&3)
            && ({
                yield_!(x1);
                x3 < x2
            } || -1i64 < (input.len() as i64)))
        {
            stop!('l4);
        }
        if input.is_empty() {
            continue 'l4;
        }
        match i5.rem_euclid(6).rem_euclid(2).rem_euclid(6) {
            0 => {
                continue;
            }
            1 | 2 => yield_!((3i64 as i32 as i64)),
            n6 if (n6 == (input.len() as i64) || (input.len() as i64).rem_euclid(3) == 0) => {
                yield_!(h2(4i64, n6.wrapping_add(-1i64)));
                if ({
                    yield_!(input.get(3).copied().unwrap_or(100i64));
                    x3
                }) < (7i64.wrapping_mul(0i64)).wrapping_add(i5)
                {
                    let mut v7: Vec<i64> =
                        vec![(input.get(0).copied().unwrap_or(1i64) as i32 as i64), 10i64];
                } else {
                    let mut v8: Vec<i64> = vec![5i64, 3i64];
                    yield_!((input.len() as i64));
                    let mut v9: Vec<i64> = input.to_vec();
                }
                if h2(n6, -4i64) < x3 {
                    let mut n6 = n6.wrapping_mul(2).wrapping_add(-4i64);
                }
            }
            n6 => {}
        }
    }
    Ok(-1i64)
}

fn p_43(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let (Some(x1), x2) = (
        None::<i64>,
        (if 5i64 < (input.len() as i64) {
            1i64.wrapping_add((input.len() as i64))
        } else {
            {
                {
                    out.push(1i64);
                };
                -4i64
            }
        }),
    ) else {
        return Ok(13i64);
    };
    let x3 = input.get(2).copied().unwrap_or(13i64);
    'l4: for &i5 in input.iter().rev().take(4) {
        if (input.contains(&3)
            && ({
                {
                    out.push(x1);
                };
                x3 < x2
            } || -1i64 < (input.len() as i64)))
        {
            stop!('l4);
        }
        if input.is_empty() {
            continue 'l4;
        }
        match i5.rem_euclid(6).rem_euclid(2).rem_euclid(6) {
            0 => {
                continue;
            }
            1 | 2 => {
                out.push((3i64 as i32 as i64));
            }
            n6 if (n6 == (input.len() as i64) || (input.len() as i64).rem_euclid(3) == 0) => {
                {
                    out.push(h2(4i64, n6.wrapping_add(-1i64)));
                };
                if ({
                    {
                        out.push(input.get(3).copied().unwrap_or(100i64));
                    };
                    x3
                }) < (7i64.wrapping_mul(0i64)).wrapping_add(i5)
                {
                    let mut v7: Vec<i64> =
                        vec![(input.get(0).copied().unwrap_or(1i64) as i32 as i64), 10i64];
                } else {
                    let mut v8: Vec<i64> = vec![5i64, 3i64];
                    {
                        out.push((input.len() as i64));
                    };
                    let mut v9: Vec<i64> = input.to_vec();
                }
                if h2(n6, -4i64) < x3 {
                    let mut n6 = n6.wrapping_mul(2).wrapping_add(-4i64);
                }
            }
            n6 => {}
        }
    }
    Ok(-1i64)
}

// body 44 (seed 2)
#[genfn::generator(yield = i64)]
fn g_44(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 1 {
        c1 += 1;
        yield_!(or_stop!(input.iter().copied().find(|&z| z > 3i64)));
    }
    let mut c3 = 0_i64;
    'l4: while c3 < 2 {
        c3 += 1;
        let _ = D::new(1, log);
        let mut x5 = input.get(1).copied().unwrap_or(4i64);
        x5 = h2(x5, (input.len() as i64))
            .wrapping_add(x5)
            .wrapping_mul(or_stop!(input.get(3).copied()).rem_euclid(2));
        let mut c6 = 0_i64;
        let mut x9 = 'l7: loop {
            c6 += 1;
            if c6 > 4 {
                break 'l7 input.get(5).copied().unwrap_or(13i64);
            }
            yield_!(c3);
            let mut v8: Vec<i64> = input.to_vec();
        };
    }
    if c3.rem_euclid(3) == 0 {
        yield_!(h2(c1, c1).wrapping_sub(check(c1)?))
    } else {
        yield_!(c3)
    }
    let x12 = h({
        let x11 = ((input.len() as i64), {
            let mut v10: Vec<i64> = Vec::new();
            yield_!(c3);
            3i64.rem_euclid(4)
        })
            .1;
        yield_!((input.len() as i64));
        input.get(5).copied().unwrap_or(-1i64)
    });
    if c3 < input.last().copied().unwrap_or(-4i64) {
        return Ok(({
            yield_!(c1.wrapping_sub(x12));
            h(-4i64)
        })
        .wrapping_add(c1));
    }
    Ok(2i64.rem_euclid(6))
}

fn p_44(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 1 {
        c1 += 1;
        {
            out.push(or_stop!(input.iter().copied().find(|&z| z > 3i64)));
        };
    }
    let mut c3 = 0_i64;
    'l4: while c3 < 2 {
        c3 += 1;
        let _ = D::new(1, log);
        let mut x5 = input.get(1).copied().unwrap_or(4i64);
        x5 = h2(x5, (input.len() as i64))
            .wrapping_add(x5)
            .wrapping_mul(or_stop!(input.get(3).copied()).rem_euclid(2));
        let mut c6 = 0_i64;
        let mut x9 = 'l7: loop {
            c6 += 1;
            if c6 > 4 {
                break 'l7 input.get(5).copied().unwrap_or(13i64);
            }
            {
                out.push(c3);
            };
            let mut v8: Vec<i64> = input.to_vec();
        };
    }
    if c3.rem_euclid(3) == 0 {
        {
            out.push(h2(c1, c1).wrapping_sub(check(c1)?));
        }
    } else {
        {
            out.push(c3);
        }
    }
    let x12 = h({
        let x11 = ((input.len() as i64), {
            let mut v10: Vec<i64> = Vec::new();
            {
                out.push(c3);
            };
            3i64.rem_euclid(4)
        })
            .1;
        {
            out.push((input.len() as i64));
        };
        input.get(5).copied().unwrap_or(-1i64)
    });
    if c3 < input.last().copied().unwrap_or(-4i64) {
        return Ok(({
            {
                out.push(c1.wrapping_sub(x12));
            };
            h(-4i64)
        })
        .wrapping_add(c1));
    }
    Ok(2i64.rem_euclid(6))
}

// body 45 (seed 2)
#[genfn::generator(yield = i64)]
fn g_45(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(7i64);
    let mut v1: Vec<i64> = input.to_vec();
    let x2 = -1i64;
    let mut s3 = format!("{}", h(x2));
    let (Some(x4), x5) = (
        check(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))).ok(),
        h(check(x2)?),
    ) else {
        return Err(format!("early {}", x2));
    };
    Ok(x4)
}

fn p_45(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(7i64);
    };
    let mut v1: Vec<i64> = input.to_vec();
    let x2 = -1i64;
    let mut s3 = format!("{}", h(x2));
    let (Some(x4), x5) = (
        check(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))).ok(),
        h(check(x2)?),
    ) else {
        return Err(format!("early {}", x2));
    };
    Ok(x4)
}

// body 46 (seed 2)
#[genfn::generator(yield = i64)]
fn g_46(input: &[i64], log: &Log) -> Result<i64, String> {
    match Some(h(-1i64)) {
        None => yield_!(13i64),
        Some(x1) => {
            'l2: for (j4, i3) in (0_i64..).zip(input.iter().copied()).take(4) {
                if let Some(x5) = check(j4).ok() {
                    let mut x6 = h2(
                        ({
                            check(x1.rem_euclid(4))?;
                            yield_!(i3);
                            x5
                        })
                        .rem_euclid(2),
                        13i64.rem_euclid(3),
                    );
                } else {
                    let x7 = check(4i64)?;
                    if 10i64
                        < (if {
                            yield_!(-1i64);
                            (input.len() as i64) < 1i64
                        } {
                            x7
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
                        match ((if i3 == x7 { (input.len() as i64) } else { j4 }) ^ 1i64)
                            .rem_euclid(3)
                        {
                            0 => yield_!(x1),
                            1 | 2 => {}
                            n9 => {
                                let mut s10 = String::new();
                            }
                        }
                    }
                    if i3.wrapping_mul(13i64.wrapping_add(2i64)).rem_euclid(3) == 0 {
                        skip!('l2);
                    }
                }
            }
        }
    }
    Ok(({
        yield_!(h(10i64));
        7i64
    })
    .rem_euclid(7))
}

fn p_46(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match Some(h(-1i64)) {
        None => {
            out.push(13i64);
        }
        Some(x1) => {
            'l2: for (j4, i3) in (0_i64..).zip(input.iter().copied()).take(4) {
                if let Some(x5) = check(j4).ok() {
                    let mut x6 = h2(
                        ({
                            check(x1.rem_euclid(4))?;
                            {
                                out.push(i3);
                            };
                            x5
                        })
                        .rem_euclid(2),
                        13i64.rem_euclid(3),
                    );
                } else {
                    let x7 = check(4i64)?;
                    if 10i64
                        < (if {
                            {
                                out.push(-1i64);
                            };
                            (input.len() as i64) < 1i64
                        } {
                            x7
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
                        match ((if i3 == x7 { (input.len() as i64) } else { j4 }) ^ 1i64)
                            .rem_euclid(3)
                        {
                            0 => {
                                out.push(x1);
                            }
                            1 | 2 => {}
                            n9 => {
                                let mut s10 = String::new();
                            }
                        }
                    }
                    if i3.wrapping_mul(13i64.wrapping_add(2i64)).rem_euclid(3) == 0 {
                        skip!('l2);
                    }
                }
            }
        }
    }
    Ok(({
        {
            out.push(h(10i64));
        };
        7i64
    })
    .rem_euclid(7))
}

// body 47 (seed 2)
#[genfn::generator(yield = i64)]
fn g_47(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(100i64);
    let mut v1: Vec<i64> = input.to_vec();
    let mut s2 = 7i64.to_string();
    match D::new(2001, log).0 {
        2001 => {
            for &i4 in input.iter().rev().take(4) {
                s2 = format!(
                    "{s2}{}",
                    check((if i4.rem_euclid(2) == 0 { 5i64 } else { i4 }))?
                );
            }
            let mut x5 = 0i64;
            let mut x5 = x5.wrapping_mul(2).wrapping_add((input.len() as i64));
        }
        _ => {}
    }
    'l6: for (j8, i7) in (0_i64..).zip(input.iter().copied()).take(4) {
        if input.get(2).copied().unwrap_or(100i64).rem_euclid(3) == 0 {
            stop!();
        }
    }
    Ok((input.len() as i64))
}

fn p_47(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(100i64);
    };
    let mut v1: Vec<i64> = input.to_vec();
    let mut s2 = 7i64.to_string();
    match D::new(2001, log).0 {
        2001 => {
            for &i4 in input.iter().rev().take(4) {
                s2 = format!(
                    "{s2}{}",
                    check((if i4.rem_euclid(2) == 0 { 5i64 } else { i4 }))?
                );
            }
            let mut x5 = 0i64;
            let mut x5 = x5.wrapping_mul(2).wrapping_add((input.len() as i64));
        }
        _ => {}
    }
    'l6: for (j8, i7) in (0_i64..).zip(input.iter().copied()).take(4) {
        if input.get(2).copied().unwrap_or(100i64).rem_euclid(3) == 0 {
            stop!();
        }
    }
    Ok((input.len() as i64))
}

// body 48 (seed 2)
#[genfn::generator(yield = i64)]
fn g_48(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let x2 = {
        yield_!((-4i64).rem_euclid(4));
        3i64
    };
    let mut x3 = 4i64;
    match input.get(2).copied() {
        None => {
            if let Some(x9) = input.get(2).copied() {
                v1.push(x9.wrapping_mul(input.get(3).copied().unwrap_or(0i64)));
                let mut c10 = 0_i64;
                while {
                    yield_!(c10);
                    c10 < 2
                } {
                    c10 += 1;
                    if (input.len() as i64).rem_euclid(6) < 4i64 {
                        let mut stk11: Vec<i64> = input.to_vec();
                        stk11.truncate(4);
                        'l13: while let Some(x12) = stk11.pop() {
                            yield_!(0i64);
                        }
                        match c10.rem_euclid(5) {
                            0 => {}
                            1 | 2 => {
                                let mut s15 = String::new();
                            }
                            3..=4 => yield_!(4i64),
                            n14 => {
                                x3 = input.get(6).copied().unwrap_or(5i64);
                            }
                        }
                        if input.is_empty() {
                        } else {
                        }
                        match ({
                            yield_!(c10);
                            x3 = h2(c10, (input.len() as i64));
                            (if input.last().copied().is_some() {
                                x2
                            } else {
                                x3
                            })
                        })
                        .rem_euclid(5)
                        {
                            0 => {}
                            1 | 2 => {}
                            3..=4 => {
                                yield_!(c10);
                            }
                            n16 => {}
                        }
                    }
                    if v1.contains(&((c10 ^ -4i64) ^ 100i64.rem_euclid(5))) {
                        return Err(format!("early {}", input.get(0).copied().unwrap_or(2i64)));
                    }
                }
                let mut x17 = (
                    (if 0i64.rem_euclid(2) == 0 {
                        10i64.wrapping_sub(0i64)
                    } else {
                        c10
                    }),
                    {
                        yield_!((input.len() as i64));
                        h(x9)
                    },
                )
                    .1;
            }
        }
        Some(x4) if x4 < check(13i64).ok().unwrap_or(5i64) => {
            let mut x3 = x3.wrapping_mul(2).wrapping_add({
                let mut s5 = (v1.len() as i64).to_string();
                yield_!(x3);
                x3 = 3i64;
                v1.first().copied().unwrap_or(10i64)
            });
            let Some(x6) = input.last().copied() else {
                return Ok(check(h(13i64))?);
            };
            match 7i64.rem_euclid(6) {
                0 => {
                    let mut x8 = h(x3);
                }
                1 | 2 => yield_!(1i64.wrapping_sub(input.get(1).copied().unwrap_or(1i64))),
                n7 if (n7 < x4 || x4 == x4) => yield_!(5i64.wrapping_add(check(x2)?)),
                n7 => yield_!(x3.wrapping_add(x4)),
            }
            x3 = x2;
        }
        Some(x4) => yield_!(x2),
    }
    Ok(-1i64)
}

fn p_48(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let x2 = {
        {
            out.push((-4i64).rem_euclid(4));
        };
        3i64
    };
    let mut x3 = 4i64;
    match input.get(2).copied() {
        None => {
            if let Some(x9) = input.get(2).copied() {
                v1.push(x9.wrapping_mul(input.get(3).copied().unwrap_or(0i64)));
                let mut c10 = 0_i64;
                while {
                    {
                        out.push(c10);
                    };
                    c10 < 2
                } {
                    c10 += 1;
                    if (input.len() as i64).rem_euclid(6) < 4i64 {
                        let mut stk11: Vec<i64> = input.to_vec();
                        stk11.truncate(4);
                        'l13: while let Some(x12) = stk11.pop() {
                            {
                                out.push(0i64);
                            };
                        }
                        match c10.rem_euclid(5) {
                            0 => {}
                            1 | 2 => {
                                let mut s15 = String::new();
                            }
                            3..=4 => {
                                out.push(4i64);
                            }
                            n14 => {
                                x3 = input.get(6).copied().unwrap_or(5i64);
                            }
                        }
                        if input.is_empty() {
                        } else {
                        }
                        match ({
                            {
                                out.push(c10);
                            };
                            x3 = h2(c10, (input.len() as i64));
                            (if input.last().copied().is_some() {
                                x2
                            } else {
                                x3
                            })
                        })
                        .rem_euclid(5)
                        {
                            0 => {}
                            1 | 2 => {}
                            3..=4 => {
                                {
                                    out.push(c10);
                                };
                            }
                            n16 => {}
                        }
                    }
                    if v1.contains(&((c10 ^ -4i64) ^ 100i64.rem_euclid(5))) {
                        return Err(format!("early {}", input.get(0).copied().unwrap_or(2i64)));
                    }
                }
                let mut x17 = (
                    (if 0i64.rem_euclid(2) == 0 {
                        10i64.wrapping_sub(0i64)
                    } else {
                        c10
                    }),
                    {
                        {
                            out.push((input.len() as i64));
                        };
                        h(x9)
                    },
                )
                    .1;
            }
        }
        Some(x4) if x4 < check(13i64).ok().unwrap_or(5i64) => {
            let mut x3 = x3.wrapping_mul(2).wrapping_add({
                let mut s5 = (v1.len() as i64).to_string();
                {
                    out.push(x3);
                };
                x3 = 3i64;
                v1.first().copied().unwrap_or(10i64)
            });
            let Some(x6) = input.last().copied() else {
                return Ok(check(h(13i64))?);
            };
            match 7i64.rem_euclid(6) {
                0 => {
                    let mut x8 = h(x3);
                }
                1 | 2 => {
                    out.push(1i64.wrapping_sub(input.get(1).copied().unwrap_or(1i64)));
                }
                n7 if (n7 < x4 || x4 == x4) => {
                    out.push(5i64.wrapping_add(check(x2)?));
                }
                n7 => {
                    out.push(x3.wrapping_add(x4));
                }
            }
            x3 = x2;
        }
        Some(x4) => {
            out.push(x2);
        }
    }
    Ok(-1i64)
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
    yield_!(h2((-1i64).wrapping_add(x1), x1.wrapping_add(3i64)));
    assert!(x1 == x1, "{}", x1);
    Ok(x1)
}

fn p_49(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = (if input.get(5).copied().unwrap_or(3i64) < 0i64 {
        5i64
    } else {
        check(3i64).ok().unwrap_or(5i64)
    });
    x1 |= 4i64.wrapping_sub(x1);
    {
        out.push(h2((-1i64).wrapping_add(x1), x1.wrapping_add(3i64)));
    };
    assert!(x1 == x1, "{}", x1);
    Ok(x1)
}

// body 50 (seed 2)
#[genfn::generator(yield = i64)]
fn g_50(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 5i64;
    let x2 = h2(
        {
            yield_!(x1);
            x1
        },
        input.get(5).copied().unwrap_or(13i64),
    );
    let mut x3 = x1;
    let x4 = x1;
    Ok(x1)
}

fn p_50(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 5i64;
    let x2 = h2(
        {
            {
                out.push(x1);
            };
            x1
        },
        input.get(5).copied().unwrap_or(13i64),
    );
    let mut x3 = x1;
    let x4 = x1;
    Ok(x1)
}

// body 51 (seed 2)
#[genfn::generator(yield = i64)]
fn g_51(input: &[i64], log: &Log) -> Result<i64, String> {
    if input.get(1).copied().is_some() {
        let Some(x1) = Some(0i64) else {
            return Err(format!("early {}", h(0i64.wrapping_mul(100i64))));
        };
    } else if input.get(3).copied().unwrap_or(-1i64)
        < ({
            let g2 = D::new(1001, log);
            yield_!((-1i64).wrapping_add(100i64));
            7i64
        })
    {
        let x3 = h2(13i64, check(100i64)?);
    } else {
        let x4: i64;
        if ((input.len() as i64) < 3i64
            && (0i64 != 1i64 && {
                yield_!((input.len() as i64));
                -4i64 < 1i64
            }))
        {
            let x5: i64;
            if 100i64 < input.last().copied().unwrap_or(1i64) {
                match (100i64.rem_euclid(3)).rem_euclid(3) {
                    0 => {
                        if {
                            yield_!(7i64);
                            ((input.len() as i64) as i32 as i64).wrapping_add(7i64) < 5i64
                        } {
                            let mut s7 = String::from("ab");
                        } else {
                            let x8 = 13i64;
                        }
                        let x9: i64;
                        if ({
                            let mut x10 = 10i64;
                            yield_!(x10.rem_euclid(4));
                            x10
                        }) < input.get(3).copied().unwrap_or(5i64)
                        {
                            x9 = 10i64.wrapping_add(2i64.rem_euclid(5));
                        } else {
                            check(
                                (if 100i64 < (input.len() as i64) {
                                    {
                                        yield_!(0i64);
                                        10i64
                                    }
                                } else {
                                    (input.len() as i64).wrapping_sub(-1i64)
                                })
                                .rem_euclid(5),
                            )?;
                            x9 = Some(2i64).unwrap_or(-4i64);
                        }
                    }
                    1 | 2 => yield_!(10i64),
                    n6 if n6.rem_euclid(3) == 0 => {
                        let mut s11 = String::from("ab");
                        s11.truncate(1);
                    }
                    n6 => {
                        if (input.first().copied().is_some()
                            || (input.len() as i64).wrapping_sub(n6) < (input.len() as i64))
                        {
                            let x12 = h2(
                                {
                                    yield_!(n6);
                                    n6
                                },
                                10i64,
                            );
                        }
                        match (-4i64, Some(n6)) {
                            (x13, Some(x14))
                                if (input.len() as i64)
                                    < x13.wrapping_sub((input.len() as i64)) =>
                            {
                                yield_!(h2(13i64, x13));
                            }
                            (x13, None) => {}
                            (_, Some(x14)) => {}
                        }
                        yield_!(check((input.len() as i64))?);
                        match n6.rem_euclid(6) {
                            0 => {
                                let x16 = n6.wrapping_mul(n6.rem_euclid(4));
                            }
                            1 | 2 => {}
                            n15 if (if n15 == (input.len() as i64) {
                                -1i64
                            } else {
                                -4i64
                            }) < 10i64.wrapping_sub(n15) =>
                            {
                                let (mut x17, x18) = (7i64, 100i64);
                            }
                            n15 => {}
                        }
                    }
                }
                x5 = h(3i64);
            } else {
                if input.is_empty() {
                    yield_!(13i64.wrapping_sub(-4i64));
                    let x19 = h2(13i64, 7i64);
                    let (mut x20, _, mut x21) = (
                        input
                            .get(4)
                            .copied()
                            .unwrap_or(10i64)
                            .rem_euclid(7)
                            .wrapping_mul(x19),
                        5i64,
                        x19.wrapping_sub(4i64).wrapping_add({
                            yield_!(7i64);
                            h2(x19, x19)
                        }),
                    );
                    let x22: i64;
                    if 5i64.rem_euclid(3)
                        < (if (input.len() as i64) < (input.len() as i64) {
                            x21
                        } else {
                            (if 3i64.rem_euclid(3) == 0 { x20 } else { x21 })
                        })
                    {
                        x22 = input.get(5).copied().unwrap_or(5i64);
                    } else {
                        x22 = -1i64;
                    }
                }
                let mut c23 = 0_i64;
                loop {
                    c23 += 1;
                    if c23 > 3 {
                        break;
                    }
                    yield_!(or_stop!(input.get(1).copied()));
                    let mut c24 = 0_i64;
                    let mut x27 = 'l25: loop {
                        c24 += 1;
                        if c24 > 2 {
                            break 'l25 5i64;
                        }
                        let _g26 = D::new(2, log);
                    };
                    break;
                }
                x5 = c23;
            }
            let _g28 = D::new(3, log);
            x4 = -4i64;
        } else {
            x4 = 100i64.wrapping_sub({
                yield_!(input.get(6).copied().unwrap_or(2i64));
                10i64
            });
        }
    }
    Ok(2i64.wrapping_mul(5i64))
}

fn p_51(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if input.get(1).copied().is_some() {
        let Some(x1) = Some(0i64) else {
            return Err(format!("early {}", h(0i64.wrapping_mul(100i64))));
        };
    } else if input.get(3).copied().unwrap_or(-1i64)
        < ({
            let g2 = D::new(1001, log);
            {
                out.push((-1i64).wrapping_add(100i64));
            };
            7i64
        })
    {
        let x3 = h2(13i64, check(100i64)?);
    } else {
        let x4: i64;
        if ((input.len() as i64) < 3i64
            && (0i64 != 1i64 && {
                {
                    out.push((input.len() as i64));
                };
                -4i64 < 1i64
            }))
        {
            let x5: i64;
            if 100i64 < input.last().copied().unwrap_or(1i64) {
                match (100i64.rem_euclid(3)).rem_euclid(3) {
                    0 => {
                        if {
                            {
                                out.push(7i64);
                            };
                            ((input.len() as i64) as i32 as i64).wrapping_add(7i64) < 5i64
                        } {
                            let mut s7 = String::from("ab");
                        } else {
                            let x8 = 13i64;
                        }
                        let x9: i64;
                        if ({
                            let mut x10 = 10i64;
                            {
                                out.push(x10.rem_euclid(4));
                            };
                            x10
                        }) < input.get(3).copied().unwrap_or(5i64)
                        {
                            x9 = 10i64.wrapping_add(2i64.rem_euclid(5));
                        } else {
                            check(
                                (if 100i64 < (input.len() as i64) {
                                    {
                                        {
                                            out.push(0i64);
                                        };
                                        10i64
                                    }
                                } else {
                                    (input.len() as i64).wrapping_sub(-1i64)
                                })
                                .rem_euclid(5),
                            )?;
                            x9 = Some(2i64).unwrap_or(-4i64);
                        }
                    }
                    1 | 2 => {
                        out.push(10i64);
                    }
                    n6 if n6.rem_euclid(3) == 0 => {
                        let mut s11 = String::from("ab");
                        s11.truncate(1);
                    }
                    n6 => {
                        if (input.first().copied().is_some()
                            || (input.len() as i64).wrapping_sub(n6) < (input.len() as i64))
                        {
                            let x12 = h2(
                                {
                                    {
                                        out.push(n6);
                                    };
                                    n6
                                },
                                10i64,
                            );
                        }
                        match (-4i64, Some(n6)) {
                            (x13, Some(x14))
                                if (input.len() as i64)
                                    < x13.wrapping_sub((input.len() as i64)) =>
                            {
                                {
                                    out.push(h2(13i64, x13));
                                };
                            }
                            (x13, None) => {}
                            (_, Some(x14)) => {}
                        }
                        {
                            out.push(check((input.len() as i64))?);
                        };
                        match n6.rem_euclid(6) {
                            0 => {
                                let x16 = n6.wrapping_mul(n6.rem_euclid(4));
                            }
                            1 | 2 => {}
                            n15 if (if n15 == (input.len() as i64) {
                                -1i64
                            } else {
                                -4i64
                            }) < 10i64.wrapping_sub(n15) =>
                            {
                                let (mut x17, x18) = (7i64, 100i64);
                            }
                            n15 => {}
                        }
                    }
                }
                x5 = h(3i64);
            } else {
                if input.is_empty() {
                    {
                        out.push(13i64.wrapping_sub(-4i64));
                    };
                    let x19 = h2(13i64, 7i64);
                    let (mut x20, _, mut x21) = (
                        input
                            .get(4)
                            .copied()
                            .unwrap_or(10i64)
                            .rem_euclid(7)
                            .wrapping_mul(x19),
                        5i64,
                        x19.wrapping_sub(4i64).wrapping_add({
                            {
                                out.push(7i64);
                            };
                            h2(x19, x19)
                        }),
                    );
                    let x22: i64;
                    if 5i64.rem_euclid(3)
                        < (if (input.len() as i64) < (input.len() as i64) {
                            x21
                        } else {
                            (if 3i64.rem_euclid(3) == 0 { x20 } else { x21 })
                        })
                    {
                        x22 = input.get(5).copied().unwrap_or(5i64);
                    } else {
                        x22 = -1i64;
                    }
                }
                let mut c23 = 0_i64;
                loop {
                    c23 += 1;
                    if c23 > 3 {
                        break;
                    }
                    {
                        out.push(or_stop!(input.get(1).copied()));
                    };
                    let mut c24 = 0_i64;
                    let mut x27 = 'l25: loop {
                        c24 += 1;
                        if c24 > 2 {
                            break 'l25 5i64;
                        }
                        let _g26 = D::new(2, log);
                    };
                    break;
                }
                x5 = c23;
            }
            let _g28 = D::new(3, log);
            x4 = -4i64;
        } else {
            x4 = 100i64.wrapping_sub({
                {
                    out.push(input.get(6).copied().unwrap_or(2i64));
                };
                10i64
            });
        }
    }
    Ok(2i64.wrapping_mul(5i64))
}

// body 52 (seed 2)
#[genfn::generator(yield = i64)]
fn g_52(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(2i64);
    let _g1 = D::new(1, log);
    yield_!(0i64.rem_euclid(7));
    let mut x2 = 2i64;
    yield_!(x2);
    let mut x3 = x2;
    Ok((if {
        yield_!(5i64.wrapping_add(x3));
        5i64.wrapping_mul(x2) < (x3 ^ x3)
    } {
        x3
    } else {
        {
            yield_!(4i64);
            x3
        }
    }))
}

fn p_52(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(2i64);
    };
    let _g1 = D::new(1, log);
    {
        out.push(0i64.rem_euclid(7));
    };
    let mut x2 = 2i64;
    {
        out.push(x2);
    };
    let mut x3 = x2;
    Ok((if {
        {
            out.push(5i64.wrapping_add(x3));
        };
        5i64.wrapping_mul(x2) < (x3 ^ x3)
    } {
        x3
    } else {
        {
            {
                out.push(4i64);
            };
            x3
        }
    }))
}

// body 53 (seed 2)
#[genfn::generator(yield = i64)]
fn g_53(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x2 = h2(
        {
            let x1 = h({
                yield_!(input.get(4).copied().unwrap_or(10i64));
                (input.len() as i64).rem_euclid(4)
            });
            yield_!(13i64);
            h(x1)
        },
        check(h(5i64))?,
    );
    if {
        yield_!(h(x2));
        1i64 < h2(check(5i64)?, -1i64)
    } {
        return Err(format!("early {}", 100i64));
    }
    {
        if (input.len() as i64) == 3i64 {
            if ((x2.rem_euclid(3) == 0 || input.is_empty())
                && h(x2)
                    == (if x2 < x2 {
                        (input.len() as i64)
                    } else {
                        (input.len() as i64)
                    }))
            {
                yield_!(3i64.rem_euclid(3))
            } else {
                yield_!(h(x2))
            }
            let mut x3 = 1i64;
            yield_!(x3);
        } else {
            yield_!(0i64);
            let (Some(x4), x5) = (None::<i64>, x2) else {
                return Ok(x2);
            };
            let x2 = x2.wrapping_mul(2).wrapping_add(x4);
        }
        let mut x6 = input.get(6).copied().unwrap_or(10i64);
        let x7 = check(
            (({
                yield_!(x2);
                (input.len() as i64)
            })
            .wrapping_sub(1i64))
            .wrapping_add(100i64),
        )?;
        yield_!(input.get(2).copied().unwrap_or(100i64));
    }
    let x2 = x2.wrapping_mul(2).wrapping_add(x2);
    let mut x8 = x2;
    let _g9 = D::new(1, log);
    let mut v10: Vec<i64> = Vec::new();
    let mut x2 = x2
        .wrapping_mul(2)
        .wrapping_add(v10.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
    Ok(x2.rem_euclid(2))
}

fn p_53(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x2 = h2(
        {
            let x1 = h({
                {
                    out.push(input.get(4).copied().unwrap_or(10i64));
                };
                (input.len() as i64).rem_euclid(4)
            });
            {
                out.push(13i64);
            };
            h(x1)
        },
        check(h(5i64))?,
    );
    if {
        {
            out.push(h(x2));
        };
        1i64 < h2(check(5i64)?, -1i64)
    } {
        return Err(format!("early {}", 100i64));
    }
    {
        if (input.len() as i64) == 3i64 {
            if ((x2.rem_euclid(3) == 0 || input.is_empty())
                && h(x2)
                    == (if x2 < x2 {
                        (input.len() as i64)
                    } else {
                        (input.len() as i64)
                    }))
            {
                {
                    out.push(3i64.rem_euclid(3));
                }
            } else {
                {
                    out.push(h(x2));
                }
            }
            let mut x3 = 1i64;
            {
                out.push(x3);
            };
        } else {
            {
                out.push(0i64);
            };
            let (Some(x4), x5) = (None::<i64>, x2) else {
                return Ok(x2);
            };
            let x2 = x2.wrapping_mul(2).wrapping_add(x4);
        }
        let mut x6 = input.get(6).copied().unwrap_or(10i64);
        let x7 = check(
            (({
                {
                    out.push(x2);
                };
                (input.len() as i64)
            })
            .wrapping_sub(1i64))
            .wrapping_add(100i64),
        )?;
        {
            out.push(input.get(2).copied().unwrap_or(100i64));
        };
    }
    let x2 = x2.wrapping_mul(2).wrapping_add(x2);
    let mut x8 = x2;
    let _g9 = D::new(1, log);
    let mut v10: Vec<i64> = Vec::new();
    let mut x2 = x2
        .wrapping_mul(2)
        .wrapping_add(v10.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
    Ok(x2.rem_euclid(2))
}

// body 54 (seed 2)
#[genfn::generator(yield = i64)]
fn g_54(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = String::new();
    if (if (input.len() as i64) < (input.len() as i64) {
        h2((input.len() as i64), 1i64)
    } else {
        3i64
    })
    .rem_euclid(2)
        == 0
    {
        return Ok(4i64);
    }
    yield_!(h(13i64).rem_euclid(5));
    let mut c2 = 0_i64;
    'l3: while c2 < 4 {
        c2 += 1;
        let g4 = D::new(1001, log);
        let x5 = h2(4i64, c2);
        {
            if let Some(x6) = Some(g4.0) {
                s1.truncate(1);
                let mut x7 = (input.len() as i64);
            } else {
                let x8: i64;
                if None::<i64>.is_some() {
                    let mut c9 = 0_i64;
                    while c9 < 1 {
                        c9 += 1;
                    }
                    x8 = {
                        yield_!(c2);
                        -1i64
                    };
                } else {
                    if check(3i64)? == 7i64 {
                    } else {
                        let mut x10 = g4.0;
                    }
                    if (((input.len() as i64).rem_euclid(3) == 0 || c2.rem_euclid(3) == 0)
                        || c2 < 4i64.rem_euclid(2))
                    {
                        continue 'l3;
                    }
                    x8 = h(input.get(2).copied().unwrap_or(1i64));
                }
                let _ = D::new(2, log);
                s1.truncate(1);
                let mut c11 = 0_i64;
                'l12: loop {
                    c11 += 1;
                    if c11 > 2 {
                        break;
                    }
                }
            }
        }
    }
    Ok(h(c2))
}

fn p_54(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = String::new();
    if (if (input.len() as i64) < (input.len() as i64) {
        h2((input.len() as i64), 1i64)
    } else {
        3i64
    })
    .rem_euclid(2)
        == 0
    {
        return Ok(4i64);
    }
    {
        out.push(h(13i64).rem_euclid(5));
    };
    let mut c2 = 0_i64;
    'l3: while c2 < 4 {
        c2 += 1;
        let g4 = D::new(1001, log);
        let x5 = h2(4i64, c2);
        {
            if let Some(x6) = Some(g4.0) {
                s1.truncate(1);
                let mut x7 = (input.len() as i64);
            } else {
                let x8: i64;
                if None::<i64>.is_some() {
                    let mut c9 = 0_i64;
                    while c9 < 1 {
                        c9 += 1;
                    }
                    x8 = {
                        {
                            out.push(c2);
                        };
                        -1i64
                    };
                } else {
                    if check(3i64)? == 7i64 {
                    } else {
                        let mut x10 = g4.0;
                    }
                    if (((input.len() as i64).rem_euclid(3) == 0 || c2.rem_euclid(3) == 0)
                        || c2 < 4i64.rem_euclid(2))
                    {
                        continue 'l3;
                    }
                    x8 = h(input.get(2).copied().unwrap_or(1i64));
                }
                let _ = D::new(2, log);
                s1.truncate(1);
                let mut c11 = 0_i64;
                'l12: loop {
                    c11 += 1;
                    if c11 > 2 {
                        break;
                    }
                }
            }
        }
    }
    Ok(h(c2))
}

// body 55 (seed 2)
#[genfn::generator(yield = i64)]
fn g_55(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: loop {
        c1 += 1;
        if c1 > 4 {
            break;
        }
        let g3 = D::new(1001, log);
    }
    'l4: for i5 in 0..4i64 {
        let mut c6 = 0_i64;
        'l7: loop {
            c6 += 1;
            if c6 > 1 {
                break;
            }
            let x8 = 10i64;
            if (input.is_empty() && h(x8).rem_euclid(2) == 0) {
                if input.contains(&3) {
                    let x9 = 3i64;
                    let x10 = D::new(2002, log).0.wrapping_add({
                        yield_!(1i64);
                        c6
                    });
                }
                if x8 != (input.len() as i64) {
                    skip!('l7);
                }
                let (x11, _, x12) = (2i64, -1i64, 4i64);
            } else {
                let mut v13: Vec<i64> = vec![x8, 0i64];
                let mut c14 = 0_i64;
                loop {
                    c14 += 1;
                    if c14 > 4 {
                        break;
                    }
                    let mut c15 = 0_i64;
                    'l16: while c15 < 2 {
                        c15 += 1;
                        let mut x8 = x8.wrapping_mul(2).wrapping_add(c6);
                    }
                    let _ = v13;
                }
            }
        }
    }
    Ok(c1)
}

fn p_55(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: loop {
        c1 += 1;
        if c1 > 4 {
            break;
        }
        let g3 = D::new(1001, log);
    }
    'l4: for i5 in 0..4i64 {
        let mut c6 = 0_i64;
        'l7: loop {
            c6 += 1;
            if c6 > 1 {
                break;
            }
            let x8 = 10i64;
            if (input.is_empty() && h(x8).rem_euclid(2) == 0) {
                if input.contains(&3) {
                    let x9 = 3i64;
                    let x10 = D::new(2002, log).0.wrapping_add({
                        {
                            out.push(1i64);
                        };
                        c6
                    });
                }
                if x8 != (input.len() as i64) {
                    skip!('l7);
                }
                let (x11, _, x12) = (2i64, -1i64, 4i64);
            } else {
                let mut v13: Vec<i64> = vec![x8, 0i64];
                let mut c14 = 0_i64;
                loop {
                    c14 += 1;
                    if c14 > 4 {
                        break;
                    }
                    let mut c15 = 0_i64;
                    'l16: while c15 < 2 {
                        c15 += 1;
                        let mut x8 = x8.wrapping_mul(2).wrapping_add(c6);
                    }
                    let _ = v13;
                }
            }
        }
    }
    Ok(c1)
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
    'l4: for i5 in 0..({
        yield_!(-4i64);
        3i64
    }) {
        let g6 = D::new(1001, log);
        if x3 < 0i64 {
            yield_!(x2)
        } else {
            yield_!(3i64)
        }
    }
    let mut s7 = String::from("ab");
    yield_!(7i64);
    Ok(13i64.rem_euclid(6))
}

fn p_56(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = Vec::new();
    let (x2, _, mut x3) = (
        h2(2i64, input.get(4).copied().unwrap_or(10i64).rem_euclid(4)),
        4i64,
        2i64,
    );
    'l4: for i5 in 0..({
        {
            out.push(-4i64);
        };
        3i64
    }) {
        let g6 = D::new(1001, log);
        if x3 < 0i64 {
            {
                out.push(x2);
            }
        } else {
            {
                out.push(3i64);
            }
        }
    }
    let mut s7 = String::from("ab");
    {
        out.push(7i64);
    };
    Ok(13i64.rem_euclid(6))
}

// body 57 (seed 2)
#[genfn::generator(yield = i64)]
fn g_57(input: &[i64], log: &Log) -> Result<i64, String> {
    let Some(x1) = input.get(2).copied() else {
        return Err(format!("early {}", 13i64));
    };
    'l2: for &i3 in input.iter().take(4) {
        let mut v4: Vec<i64> = Vec::new();
        let mut x5 = 7i64;
        yield_!(-4i64);
        yield_!(dup!(v4.len() as i64));
    }
    yield_!(h2(x1, x1).wrapping_add(input.get(3).copied().unwrap_or(0i64)));
    Ok(input.get(2).copied().unwrap_or(13i64))
}

fn p_57(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let Some(x1) = input.get(2).copied() else {
        return Err(format!("early {}", 13i64));
    };
    'l2: for &i3 in input.iter().take(4) {
        let mut v4: Vec<i64> = Vec::new();
        let mut x5 = 7i64;
        {
            out.push(-4i64);
        };
        {
            out.push(dup!(v4.len() as i64));
        };
    }
    {
        out.push(h2(x1, x1).wrapping_add(input.get(3).copied().unwrap_or(0i64)));
    };
    Ok(input.get(2).copied().unwrap_or(13i64))
}

// body 58 (seed 2)
#[genfn::generator(yield = i64)]
fn g_58(input: &[i64], log: &Log) -> Result<i64, String> {
    if 1i64.rem_euclid(2) == 0 {
        yield_!(13i64);
        let mut s1 = String::from("ab");
        check(h2(100i64, 100i64.rem_euclid(2)).rem_euclid(4))?;
    } else {
        let g2 = D::new(1001, log);
    }
    let mut v3: Vec<i64> = input.to_vec();
    let mut s4 = String::from("ab");
    if (-4i64).rem_euclid(2) == 0 {
        yield_!(input.get(6).copied().unwrap_or(2i64));
    }
    let mut x5 = (if (input.len() as i64).wrapping_mul(4i64) == 4i64 {
        7i64
    } else {
        7i64
    });
    for (j7, i6) in (0_i64..).zip(input.iter().copied()).take(4) {
        let mut x8 = h2(h(7i64), {
            yield_!((v3.len() as i64));
            (input.len() as i64)
        });
        match h((input.len() as i64)).rem_euclid(3) {
            0 => {
                for i10 in 0..({
                    yield_!(1i64);
                    3i64
                }) {
                    'l11: for i12 in 0..0i64 {
                        let mut x13 = [10i64, {
                            yield_!(2i64);
                            x5 = h((input.len() as i64));
                            or_skip!(check(i12).ok())
                        }][1];
                        let g14 = D::new(1002, log);
                    }
                    {
                        let t15 = s4;
                        yield_!((t15.len() as i64));
                        yield_!((t15.len() as i64));
                        s4 = t15 + "m";
                    }
                }
            }
            1 | 2 => yield_!(check((x8 ^ (input.len() as i64)))?),
            n9 if ((5i64 < i6 || s4.is_empty()) || n9 != n9) => {}
            n9 => yield_!(i6.rem_euclid(4)),
        }
    }
    Ok(4i64.rem_euclid(5))
}

fn p_58(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 1i64.rem_euclid(2) == 0 {
        {
            out.push(13i64);
        };
        let mut s1 = String::from("ab");
        check(h2(100i64, 100i64.rem_euclid(2)).rem_euclid(4))?;
    } else {
        let g2 = D::new(1001, log);
    }
    let mut v3: Vec<i64> = input.to_vec();
    let mut s4 = String::from("ab");
    if (-4i64).rem_euclid(2) == 0 {
        {
            out.push(input.get(6).copied().unwrap_or(2i64));
        };
    }
    let mut x5 = (if (input.len() as i64).wrapping_mul(4i64) == 4i64 {
        7i64
    } else {
        7i64
    });
    for (j7, i6) in (0_i64..).zip(input.iter().copied()).take(4) {
        let mut x8 = h2(h(7i64), {
            {
                out.push((v3.len() as i64));
            };
            (input.len() as i64)
        });
        match h((input.len() as i64)).rem_euclid(3) {
            0 => {
                for i10 in 0..({
                    {
                        out.push(1i64);
                    };
                    3i64
                }) {
                    'l11: for i12 in 0..0i64 {
                        let mut x13 = [10i64, {
                            {
                                out.push(2i64);
                            };
                            x5 = h((input.len() as i64));
                            or_skip!(check(i12).ok())
                        }][1];
                        let g14 = D::new(1002, log);
                    }
                    {
                        let t15 = s4;
                        {
                            out.push((t15.len() as i64));
                        };
                        {
                            out.push((t15.len() as i64));
                        };
                        s4 = t15 + "m";
                    }
                }
            }
            1 | 2 => {
                out.push(check((x8 ^ (input.len() as i64)))?);
            }
            n9 if ((5i64 < i6 || s4.is_empty()) || n9 != n9) => {}
            n9 => {
                out.push(i6.rem_euclid(4));
            }
        }
    }
    Ok(4i64.rem_euclid(5))
}

// body 59 (seed 2)
#[genfn::generator(yield = i64)]
fn g_59(input: &[i64], log: &Log) -> Result<i64, String> {
    if (-1i64).rem_euclid(2) == 0 {
        for (j2, i1) in (0_i64..).zip(input.iter().copied()).take(4) {
            let x3 = input.get(4).copied().unwrap_or(5i64);
            let x4 = 5i64;
        }
        let x5 = 2i64;
        let mut x5 = x5.wrapping_mul(2).wrapping_add(x5);
    } else if check({
        yield_!(1i64);
        -4i64
    })? < input.get(0).copied().unwrap_or(10i64).wrapping_add(h(2i64))
    {
        let g6 = D::new(1001, log);
        let mut v7: Vec<i64> = input.to_vec();
    } else {
        check(input.get(1).copied().unwrap_or(4i64))?;
    }
    if {
        yield_!(2i64);
        -4i64 < 4i64
    } {
        let mut v8: Vec<i64> = Vec::new();
    } else {
        {
            match input.get(1).copied() {
                None => {}
                Some(x9) if x9.rem_euclid(2) == 0 => yield_!(1i64.rem_euclid(3)),
                Some(x9) => {
                    yield_!(
                        (if h((input.len() as i64)) < 4i64 {
                            check(1i64)?
                        } else {
                            x9
                        })
                    );
                    let mut x10 = input.get(0).copied().unwrap_or(5i64);
                    match (input.get(2).copied().unwrap_or(0i64), input.get(4).copied()) {
                        (x11, Some(x12))
                            if (2i64 == x11
                                || input.iter().copied().find(|&z| z > 0i64).is_some()) =>
                        {
                            let Some(x13) = Some(
                                ({
                                    yield_!((input.len() as i64));
                                    x10
                                })
                                .wrapping_sub(
                                    (if 10i64 != (input.len() as i64) {
                                        (input.len() as i64)
                                    } else {
                                        (input.len() as i64)
                                    }),
                                ),
                            ) else {
                                return Err(format!(
                                    "early {}",
                                    (if x9 == x9 {
                                        (input.len() as i64).rem_euclid(5)
                                    } else {
                                        h((input.len() as i64))
                                    })
                                ));
                            };
                            let mut c14 = 0_i64;
                            loop {
                                c14 += 1;
                                if c14 > 4 {
                                    break;
                                }
                                match D::new(2002, log).0 {
                                    2002 => {}
                                    _ => {}
                                }
                            }
                            let mut v16: Vec<i64> = Vec::new();
                            let mut v17: Vec<i64> = input.to_vec();
                        }
                        (x11, None) => {
                            let x18 = h2(
                                {
                                    yield_!(h((input.len() as i64)));
                                    x10 = (if input.is_empty() { 10i64 } else { 7i64 });
                                    (input.len() as i64).wrapping_add(x11)
                                },
                                -1i64,
                            );
                            yield_!(h((x18 ^ x18)));
                            let mut s19 = String::from("ab");
                            'l21: for i20 in s19.bytes().take(4) {
                                let i20 = i20 as i64;
                            }
                        }
                        (_, Some(x12)) => {
                            'l22: for i23 in 0..({
                                yield_!(3i64);
                                3i64
                            }) {}
                            let mut o24 = Some(check(check((input.len() as i64))?)?);
                            if let Some(x25) = input.first().copied() {}
                        }
                    }
                }
            }
        }
    }
    Ok(h(7i64))
}

fn p_59(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if (-1i64).rem_euclid(2) == 0 {
        for (j2, i1) in (0_i64..).zip(input.iter().copied()).take(4) {
            let x3 = input.get(4).copied().unwrap_or(5i64);
            let x4 = 5i64;
        }
        let x5 = 2i64;
        let mut x5 = x5.wrapping_mul(2).wrapping_add(x5);
    } else if check({
        {
            out.push(1i64);
        };
        -4i64
    })? < input.get(0).copied().unwrap_or(10i64).wrapping_add(h(2i64))
    {
        let g6 = D::new(1001, log);
        let mut v7: Vec<i64> = input.to_vec();
    } else {
        check(input.get(1).copied().unwrap_or(4i64))?;
    }
    if {
        {
            out.push(2i64);
        };
        -4i64 < 4i64
    } {
        let mut v8: Vec<i64> = Vec::new();
    } else {
        {
            match input.get(1).copied() {
                None => {}
                Some(x9) if x9.rem_euclid(2) == 0 => {
                    out.push(1i64.rem_euclid(3));
                }
                Some(x9) => {
                    {
                        out.push(
                            (if h((input.len() as i64)) < 4i64 {
                                check(1i64)?
                            } else {
                                x9
                            }),
                        );
                    };
                    let mut x10 = input.get(0).copied().unwrap_or(5i64);
                    match (input.get(2).copied().unwrap_or(0i64), input.get(4).copied()) {
                        (x11, Some(x12))
                            if (2i64 == x11
                                || input.iter().copied().find(|&z| z > 0i64).is_some()) =>
                        {
                            let Some(x13) = Some(
                                ({
                                    {
                                        out.push((input.len() as i64));
                                    };
                                    x10
                                })
                                .wrapping_sub(
                                    (if 10i64 != (input.len() as i64) {
                                        (input.len() as i64)
                                    } else {
                                        (input.len() as i64)
                                    }),
                                ),
                            ) else {
                                return Err(format!(
                                    "early {}",
                                    (if x9 == x9 {
                                        (input.len() as i64).rem_euclid(5)
                                    } else {
                                        h((input.len() as i64))
                                    })
                                ));
                            };
                            let mut c14 = 0_i64;
                            loop {
                                c14 += 1;
                                if c14 > 4 {
                                    break;
                                }
                                match D::new(2002, log).0 {
                                    2002 => {}
                                    _ => {}
                                }
                            }
                            let mut v16: Vec<i64> = Vec::new();
                            let mut v17: Vec<i64> = input.to_vec();
                        }
                        (x11, None) => {
                            let x18 = h2(
                                {
                                    {
                                        out.push(h((input.len() as i64)));
                                    };
                                    x10 = (if input.is_empty() { 10i64 } else { 7i64 });
                                    (input.len() as i64).wrapping_add(x11)
                                },
                                -1i64,
                            );
                            {
                                out.push(h((x18 ^ x18)));
                            };
                            let mut s19 = String::from("ab");
                            'l21: for i20 in s19.bytes().take(4) {
                                let i20 = i20 as i64;
                            }
                        }
                        (_, Some(x12)) => {
                            'l22: for i23 in 0..({
                                {
                                    out.push(3i64);
                                };
                                3i64
                            }) {}
                            let mut o24 = Some(check(check((input.len() as i64))?)?);
                            if let Some(x25) = input.first().copied() {}
                        }
                    }
                }
            }
        }
    }
    Ok(h(7i64))
}

// body 60 (seed 2)
#[genfn::generator(yield = i64)]
fn g_60(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(3i64);
    let mut x1 = 10i64;
    x1 |= x1;
    let mut x1 = x1.wrapping_mul(2).wrapping_add(0i64);
    Ok(input.get(2).copied().unwrap_or(-4i64))
}

fn p_60(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(3i64);
    };
    let mut x1 = 10i64;
    x1 |= x1;
    let mut x1 = x1.wrapping_mul(2).wrapping_add(0i64);
    Ok(input.get(2).copied().unwrap_or(-4i64))
}

// body 61 (seed 2)
#[genfn::generator(yield = i64)]
fn g_61(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    loop {
        c1 += 1;
        if c1 > 3 {
            break;
        }
        yield_!(7i64);
    }
    'l2: for i3 in 0..(({
        yield_!(-1i64);
        (input.len() as i64)
    })
    .rem_euclid(5))
    .rem_euclid(4)
    {
        if -4i64 != input.get(0).copied().unwrap_or(100i64) {
            skip!('l2);
        }
        'b4: {
            let x5: i64;
            if -4i64
                < ({
                    yield_!(input.get(6).copied().unwrap_or(10i64));
                    7i64
                })
            {
                let x6 = c1;
                let _g7 = D::new(1, log);
                'l8: for &i9 in input.iter().rev().take(4) {
                    let mut s10 = 4i64.to_string();
                }
                let (x11, _, mut x12) = (input.get(1).copied().unwrap_or(2i64), 0i64, i3);
                x5 = (7i64 as i32 as i64);
            } else {
                let mut x13 = {
                    yield_!(check(c1)?);
                    h(h((input.len() as i64)))
                };
                check(i3)?;
                x5 = {
                    yield_!(c1);
                    x13 = h2(7i64, 4i64.rem_euclid(4));
                    input.get(4).copied().unwrap_or(100i64)
                };
            }
        }
        yield_!((-1i64 ^ c1));
    }
    Ok(h(c1))
}

fn p_61(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    loop {
        c1 += 1;
        if c1 > 3 {
            break;
        }
        {
            out.push(7i64);
        };
    }
    'l2: for i3 in 0..(({
        {
            out.push(-1i64);
        };
        (input.len() as i64)
    })
    .rem_euclid(5))
    .rem_euclid(4)
    {
        if -4i64 != input.get(0).copied().unwrap_or(100i64) {
            skip!('l2);
        }
        'b4: {
            let x5: i64;
            if -4i64
                < ({
                    {
                        out.push(input.get(6).copied().unwrap_or(10i64));
                    };
                    7i64
                })
            {
                let x6 = c1;
                let _g7 = D::new(1, log);
                'l8: for &i9 in input.iter().rev().take(4) {
                    let mut s10 = 4i64.to_string();
                }
                let (x11, _, mut x12) = (input.get(1).copied().unwrap_or(2i64), 0i64, i3);
                x5 = (7i64 as i32 as i64);
            } else {
                let mut x13 = {
                    {
                        out.push(check(c1)?);
                    };
                    h(h((input.len() as i64)))
                };
                check(i3)?;
                x5 = {
                    {
                        out.push(c1);
                    };
                    x13 = h2(7i64, 4i64.rem_euclid(4));
                    input.get(4).copied().unwrap_or(100i64)
                };
            }
        }
        {
            out.push((-1i64 ^ c1));
        };
    }
    Ok(h(c1))
}

// body 62 (seed 2)
#[genfn::generator(yield = i64)]
fn g_62(input: &[i64], log: &Log) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    check(input.get(1).copied().unwrap_or(2i64).rem_euclid(2))?;
    let mut c2 = 0_i64;
    loop {
        c2 += 1;
        if c2 > 2 {
            break;
        }
        yield_!(c2);
    }
    let mut c3 = 0_i64;
    while {
        yield_!(c3);
        c3 < 2
    } {
        c3 += 1;
        let x4 = c3;
        let x9 = 'b5: {
            let (Some(x6), x7) = (input.last().copied(), c2) else {
                break 'b5 3i64.wrapping_mul(x4.rem_euclid(3));
            };
            yield_!((g1.0).rem_euclid(4));
            yield_!(x6);
            let x8 = {
                yield_!(x6);
                x4
            };
            h2(
                {
                    yield_!(-4i64);
                    x8
                },
                h(x8),
            )
        };
        let mut s10 = String::new();
    }
    let mut v11: Vec<i64> = Vec::new();
    Ok(5i64)
}

fn p_62(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let g1 = D::new(1001, log);
    check(input.get(1).copied().unwrap_or(2i64).rem_euclid(2))?;
    let mut c2 = 0_i64;
    loop {
        c2 += 1;
        if c2 > 2 {
            break;
        }
        {
            out.push(c2);
        };
    }
    let mut c3 = 0_i64;
    while {
        {
            out.push(c3);
        };
        c3 < 2
    } {
        c3 += 1;
        let x4 = c3;
        let x9 = 'b5: {
            let (Some(x6), x7) = (input.last().copied(), c2) else {
                break 'b5 3i64.wrapping_mul(x4.rem_euclid(3));
            };
            {
                out.push((g1.0).rem_euclid(4));
            };
            {
                out.push(x6);
            };
            let x8 = {
                {
                    out.push(x6);
                };
                x4
            };
            h2(
                {
                    {
                        out.push(-4i64);
                    };
                    x8
                },
                h(x8),
            )
        };
        let mut s10 = String::new();
    }
    let mut v11: Vec<i64> = Vec::new();
    Ok(5i64)
}

// body 63 (seed 2)
#[genfn::generator(yield = i64)]
fn g_63(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 0i64;
    let x2 = 3i64;
    let mut stk3: Vec<i64> = vec![7i64, 100i64, 3i64];
    stk3.truncate(4);
    'l5: while let Some(x4) = stk3.pop() {
        let mut x6 = 3i64;
    }
    if (({
        yield_!(x2);
        x2
    }) < (input.len() as i64).rem_euclid(7)
        && ({
            yield_!((input.len() as i64));
            (input.len() as i64) < x2
        } && x1 < x2))
    {
        let (mut x7, mut x8) = (x2.rem_euclid(2), x1);
    } else {
        yield_!(x1);
        yield_!(x1);
        let x9 = check(h2(
            ({
                yield_!(x1);
                x1
            })
            .rem_euclid(5),
            x2.wrapping_add(x2).rem_euclid(3),
        ))?;
        let mut c10 = 0_i64;
        loop {
            c10 += 1;
            if c10 > 3 {
                break;
            }
            let mut x11 = (2i64.wrapping_mul((input.len() as i64))).rem_euclid(2);
        }
    }
    Ok(1i64)
}

fn p_63(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 0i64;
    let x2 = 3i64;
    let mut stk3: Vec<i64> = vec![7i64, 100i64, 3i64];
    stk3.truncate(4);
    'l5: while let Some(x4) = stk3.pop() {
        let mut x6 = 3i64;
    }
    if (({
        {
            out.push(x2);
        };
        x2
    }) < (input.len() as i64).rem_euclid(7)
        && ({
            {
                out.push((input.len() as i64));
            };
            (input.len() as i64) < x2
        } && x1 < x2))
    {
        let (mut x7, mut x8) = (x2.rem_euclid(2), x1);
    } else {
        {
            out.push(x1);
        };
        {
            out.push(x1);
        };
        let x9 = check(h2(
            ({
                {
                    out.push(x1);
                };
                x1
            })
            .rem_euclid(5),
            x2.wrapping_add(x2).rem_euclid(3),
        ))?;
        let mut c10 = 0_i64;
        loop {
            c10 += 1;
            if c10 > 3 {
                break;
            }
            let mut x11 = (2i64.wrapping_mul((input.len() as i64))).rem_euclid(2);
        }
    }
    Ok(1i64)
}

// body 64 (seed 2)
#[genfn::generator(yield = i64)]
fn g_64(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(1i64);
    let mut s1 = h((1i64 as i32 as i64)).to_string();
    let mut v2: Vec<i64> = input.to_vec();
    let x3 = ((-1i64).wrapping_mul((input.len() as i64)) as i32 as i64);
    Ok((s1.len() as i64))
}

fn p_64(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(1i64);
    };
    let mut s1 = h((1i64 as i32 as i64)).to_string();
    let mut v2: Vec<i64> = input.to_vec();
    let x3 = ((-1i64).wrapping_mul((input.len() as i64)) as i32 as i64);
    Ok((s1.len() as i64))
}

// body 65 (seed 2)
#[genfn::generator(yield = i64)]
fn g_65(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 5i64;
    let x3 = (check(input.get(0).copied().unwrap_or(2i64))?, {
        let Some(x2) = input.get(6).copied() else {
            return Ok(1i64);
        };
        yield_!(x2);
        h(x1)
    })
        .1;
    yield_!(
        (if x3 < (input.len() as i64).wrapping_add(x1) {
            3i64
        } else {
            check((if x1 < x1 { x1 } else { (input.len() as i64) }))?
        })
    );
    let mut s4 = format!("{}", x3);
    let (x5, (_, mut x6)) = (x3, (x1, x3));
    if {
        yield_!(x3);
        x3 < 3i64
    } {
        yield_!((input.get(4).copied().unwrap_or(3i64) ^ 4i64))
    } else {
        yield_!(x6)
    }
    Ok(0i64)
}

fn p_65(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 5i64;
    let x3 = (check(input.get(0).copied().unwrap_or(2i64))?, {
        let Some(x2) = input.get(6).copied() else {
            return Ok(1i64);
        };
        {
            out.push(x2);
        };
        h(x1)
    })
        .1;
    {
        out.push(
            (if x3 < (input.len() as i64).wrapping_add(x1) {
                3i64
            } else {
                check((if x1 < x1 { x1 } else { (input.len() as i64) }))?
            }),
        );
    };
    let mut s4 = format!("{}", x3);
    let (x5, (_, mut x6)) = (x3, (x1, x3));
    if {
        {
            out.push(x3);
        };
        x3 < 3i64
    } {
        {
            out.push((input.get(4).copied().unwrap_or(3i64) ^ 4i64));
        }
    } else {
        {
            out.push(x6);
        }
    }
    Ok(0i64)
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
    let x2 = D::new(2001, log).0.wrapping_add({
        yield_!(x1.wrapping_add((input.len() as i64)));
        x1 = 0i64.rem_euclid(7);
        x1
    });
    let mut x3 = (h(x1.rem_euclid(2)), {
        yield_!(h2((input.len() as i64), x1));
        check((input.len() as i64))?
    })
        .1;
    let x4 = input.get(1).copied().unwrap_or(1i64).wrapping_add(x2);
    match D::new(2002, log).0 {
        2002 => {
            let x3 = x3.wrapping_mul(2).wrapping_add(x1);
            let Some(x6) = input.iter().copied().find(|&z| z > 1i64) else {
                return Ok((input.get(6).copied().unwrap_or(13i64) as i32 as i64));
            };
            let mut v7: Vec<i64> = vec![x6, 100i64];
        }
        _ => {}
    }
    Ok(x2)
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
    let x2 = D::new(2001, log).0.wrapping_add({
        {
            out.push(x1.wrapping_add((input.len() as i64)));
        };
        x1 = 0i64.rem_euclid(7);
        x1
    });
    let mut x3 = (h(x1.rem_euclid(2)), {
        {
            out.push(h2((input.len() as i64), x1));
        };
        check((input.len() as i64))?
    })
        .1;
    let x4 = input.get(1).copied().unwrap_or(1i64).wrapping_add(x2);
    match D::new(2002, log).0 {
        2002 => {
            let x3 = x3.wrapping_mul(2).wrapping_add(x1);
            let Some(x6) = input.iter().copied().find(|&z| z > 1i64) else {
                return Ok((input.get(6).copied().unwrap_or(13i64) as i32 as i64));
            };
            let mut v7: Vec<i64> = vec![x6, 100i64];
        }
        _ => {}
    }
    Ok(x2)
}

// body 67 (seed 2)
#[genfn::generator(yield = i64)]
fn g_67(input: &[i64], log: &Log) -> Result<i64, String> {
    let Some(x1) = Some(-1i64) else {
        return Err(format!("early {}", 0i64));
    };
    yield_!(None::<i64>.unwrap_or(-1i64));
    if let Some(x2) = input.get(1).copied()
        && x2 < x2.wrapping_add(-4i64)
    {
        if x2 == 5i64 {
            let x6 = 'b3: {
                let mut x4 = 1i64;
                (if input.get(2).copied().unwrap_or(3i64).rem_euclid(2) == 0 {
                    {
                        yield_!(x2.rem_euclid(2));
                        x4
                    }
                } else {
                    h({
                        let mut v5: Vec<i64> = Vec::new();
                        yield_!(x4);
                        x4
                    })
                })
            };
            let x7: i64;
            if {
                yield_!((x2 as i32 as i64));
                -1i64
                    < input
                        .get(5)
                        .copied()
                        .unwrap_or(-4i64)
                        .wrapping_sub(x1.rem_euclid(5))
            } {
                yield_!(input.get(5).copied().unwrap_or(3i64));
                let mut x8 = 0i64;
                let mut x9 = 0i64;
                x7 = h2(
                    {
                        yield_!(x8.wrapping_add(x6));
                        x9 = x6;
                        -1i64
                    },
                    4i64,
                );
            } else {
                let mut v10: Vec<i64> = input.to_vec();
                yield_!(
                    x1.rem_euclid(4)
                        .rem_euclid(7)
                        .wrapping_mul(input.get(2).copied().unwrap_or(-4i64))
                );
                x7 = input.get(4).copied().unwrap_or(13i64).rem_euclid(2);
            }
            match input.get(1).copied() {
                Some(x11) if 1i64.wrapping_sub(5i64) < 0i64 => {
                    let x12 = [input.get(5).copied().unwrap_or(0i64).wrapping_add(3i64), {
                        yield_!(3i64);
                        h(x1)
                    }][1];
                    let x14 = [x11.wrapping_add(3i64), {
                        let mut v13: Vec<i64> = Vec::new();
                        yield_!(x12);
                        13i64
                    }][1];
                    let mut c15 = 0_i64;
                    'l16: loop {
                        c15 += 1;
                        if c15 > 1 {
                            break;
                        }
                        if c15.wrapping_add(x12.wrapping_sub(4i64)) < x11 {
                            break 'l16;
                        }
                        match input.get(2).copied().unwrap_or(4i64).rem_euclid(5) {
                            0 => {}
                            1 | 2 => {
                                let g18 = D::new(1001, log);
                            }
                            3..=4 => {}
                            n17 => {
                                yield_!(Some(c15.wrapping_add(x6)).unwrap_or(7i64));
                            }
                        }
                        yield_!(1i64);
                    }
                }
                Some(x11) => yield_!(x11),
                None => yield_!(x1),
            }
        } else {
            match h2(
                x2,
                input.iter().copied().find(|&z| z > -4i64).unwrap_or(7i64),
            )
            .rem_euclid(5)
            {
                0 => {}
                1 | 2 => {}
                n19 => {}
            }
        }
    }
    Ok((input.len() as i64))
}

fn p_67(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let Some(x1) = Some(-1i64) else {
        return Err(format!("early {}", 0i64));
    };
    {
        out.push(None::<i64>.unwrap_or(-1i64));
    };
    if let Some(x2) = input.get(1).copied()
        && x2 < x2.wrapping_add(-4i64)
    {
        if x2 == 5i64 {
            let x6 = 'b3: {
                let mut x4 = 1i64;
                (if input.get(2).copied().unwrap_or(3i64).rem_euclid(2) == 0 {
                    {
                        {
                            out.push(x2.rem_euclid(2));
                        };
                        x4
                    }
                } else {
                    h({
                        let mut v5: Vec<i64> = Vec::new();
                        {
                            out.push(x4);
                        };
                        x4
                    })
                })
            };
            let x7: i64;
            if {
                {
                    out.push((x2 as i32 as i64));
                };
                -1i64
                    < input
                        .get(5)
                        .copied()
                        .unwrap_or(-4i64)
                        .wrapping_sub(x1.rem_euclid(5))
            } {
                {
                    out.push(input.get(5).copied().unwrap_or(3i64));
                };
                let mut x8 = 0i64;
                let mut x9 = 0i64;
                x7 = h2(
                    {
                        {
                            out.push(x8.wrapping_add(x6));
                        };
                        x9 = x6;
                        -1i64
                    },
                    4i64,
                );
            } else {
                let mut v10: Vec<i64> = input.to_vec();
                {
                    out.push(
                        x1.rem_euclid(4)
                            .rem_euclid(7)
                            .wrapping_mul(input.get(2).copied().unwrap_or(-4i64)),
                    );
                };
                x7 = input.get(4).copied().unwrap_or(13i64).rem_euclid(2);
            }
            match input.get(1).copied() {
                Some(x11) if 1i64.wrapping_sub(5i64) < 0i64 => {
                    let x12 = [input.get(5).copied().unwrap_or(0i64).wrapping_add(3i64), {
                        {
                            out.push(3i64);
                        };
                        h(x1)
                    }][1];
                    let x14 = [x11.wrapping_add(3i64), {
                        let mut v13: Vec<i64> = Vec::new();
                        {
                            out.push(x12);
                        };
                        13i64
                    }][1];
                    let mut c15 = 0_i64;
                    'l16: loop {
                        c15 += 1;
                        if c15 > 1 {
                            break;
                        }
                        if c15.wrapping_add(x12.wrapping_sub(4i64)) < x11 {
                            break 'l16;
                        }
                        match input.get(2).copied().unwrap_or(4i64).rem_euclid(5) {
                            0 => {}
                            1 | 2 => {
                                let g18 = D::new(1001, log);
                            }
                            3..=4 => {}
                            n17 => {
                                {
                                    out.push(Some(c15.wrapping_add(x6)).unwrap_or(7i64));
                                };
                            }
                        }
                        {
                            out.push(1i64);
                        };
                    }
                }
                Some(x11) => {
                    out.push(x11);
                }
                None => {
                    out.push(x1);
                }
            }
        } else {
            match h2(
                x2,
                input.iter().copied().find(|&z| z > -4i64).unwrap_or(7i64),
            )
            .rem_euclid(5)
            {
                0 => {}
                1 | 2 => {}
                n19 => {}
            }
        }
    }
    Ok((input.len() as i64))
}

// body 68 (seed 2)
#[genfn::generator(yield = i64)]
fn g_68(input: &[i64], log: &Log) -> Result<i64, String> {
    {
        let mut x1 = (input.len() as i64);
        yield_!(input.get(4).copied().unwrap_or(7i64).wrapping_mul(5i64));
    }
    let x2 = {
        yield_!(check(3i64)?);
        input.get(2).copied().unwrap_or(3i64)
    };
    if ((-1i64).rem_euclid(2) == 0
        && (if (input.len() as i64).rem_euclid(2) == 0 {
            (input.len() as i64)
        } else {
            5i64
        }) < h(x2))
    {
        'b3: {
            let g4 = D::new(1001, log);
            let g5 = D::new(1002, log);
        }
        if x2.wrapping_mul(x2).rem_euclid(7)
            < ({
                let mut x6 = h(x2);
                yield_!(-1i64);
                x6 = 13i64.rem_euclid(2);
                1i64
            })
        {
            let x7 = h(h2((input.len() as i64), (input.len() as i64))).wrapping_mul(x2);
            let mut v8: Vec<i64> = input.to_vec();
        } else {
            if ((if x2 < (input.len() as i64) {
                (input.len() as i64)
            } else {
                -1i64
            }) < Some(13i64).unwrap_or(100i64)
                || check(x2)?
                    < ({
                        let mut x9 = x2;
                        yield_!((input.len() as i64));
                        x9
                    }))
            {
                return Ok(-4i64);
            }
            let mut v10: Vec<i64> = input.to_vec();
            let mut x12 = {
                let mut o11 = check(0i64).ok();
                yield_!(x2);
                h2(10i64, input.get(2).copied().unwrap_or(100i64))
            };
            let mut s13 = String::from("ab");
        }
    } else {
        let (mut x14, _, mut x15) = (
            (5i64.wrapping_mul(input.get(4).copied().unwrap_or(0i64))).rem_euclid(5),
            5i64,
            13i64,
        );
        let Some(x16) = input.get(2).copied() else {
            return Ok(x14);
        };
    }
    let mut v17: Vec<i64> = Vec::new();
    yield_!(x2);
    let g18 = D::new(1003, log);
    yield_!(10i64.wrapping_add(h(h(x2))));
    _ = v17;
    Ok(4i64)
}

fn p_68(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        let mut x1 = (input.len() as i64);
        {
            out.push(input.get(4).copied().unwrap_or(7i64).wrapping_mul(5i64));
        };
    }
    let x2 = {
        {
            out.push(check(3i64)?);
        };
        input.get(2).copied().unwrap_or(3i64)
    };
    if ((-1i64).rem_euclid(2) == 0
        && (if (input.len() as i64).rem_euclid(2) == 0 {
            (input.len() as i64)
        } else {
            5i64
        }) < h(x2))
    {
        'b3: {
            let g4 = D::new(1001, log);
            let g5 = D::new(1002, log);
        }
        if x2.wrapping_mul(x2).rem_euclid(7)
            < ({
                let mut x6 = h(x2);
                {
                    out.push(-1i64);
                };
                x6 = 13i64.rem_euclid(2);
                1i64
            })
        {
            let x7 = h(h2((input.len() as i64), (input.len() as i64))).wrapping_mul(x2);
            let mut v8: Vec<i64> = input.to_vec();
        } else {
            if ((if x2 < (input.len() as i64) {
                (input.len() as i64)
            } else {
                -1i64
            }) < Some(13i64).unwrap_or(100i64)
                || check(x2)?
                    < ({
                        let mut x9 = x2;
                        {
                            out.push((input.len() as i64));
                        };
                        x9
                    }))
            {
                return Ok(-4i64);
            }
            let mut v10: Vec<i64> = input.to_vec();
            let mut x12 = {
                let mut o11 = check(0i64).ok();
                {
                    out.push(x2);
                };
                h2(10i64, input.get(2).copied().unwrap_or(100i64))
            };
            let mut s13 = String::from("ab");
        }
    } else {
        let (mut x14, _, mut x15) = (
            (5i64.wrapping_mul(input.get(4).copied().unwrap_or(0i64))).rem_euclid(5),
            5i64,
            13i64,
        );
        let Some(x16) = input.get(2).copied() else {
            return Ok(x14);
        };
    }
    let mut v17: Vec<i64> = Vec::new();
    {
        out.push(x2);
    };
    let g18 = D::new(1003, log);
    {
        out.push(10i64.wrapping_add(h(h(x2))));
    };
    _ = v17;
    Ok(4i64)
}

// body 69 (seed 2)
#[genfn::generator(yield = i64)]
fn g_69(input: &[i64], log: &Log) -> Result<i64, String> {
    if ((input.len() as i64) != h(3i64) && check(7i64).ok().is_some()) {
        return Err(format!("early {}", 1i64));
    }
    match (-4i64).rem_euclid(3) {
        0 => {
            let x3 = h2(
                {
                    let mut x2 = check(h(1i64))?;
                    yield_!(100i64);
                    (x2 as i32 as i64)
                },
                check((1i64 as i32 as i64))?,
            );
            yield_!(x3);
        }
        1 | 2 => {
            let mut x4 = 10i64;
            let x5 = D::new(2001, log).0.wrapping_add({
                yield_!(h(3i64));
                (x4 ^ x4)
            });
            let mut stk6: Vec<i64> = vec![-4i64, 3i64, -1i64];
            stk6.truncate(4);
            while let Some(x7) = stk6.pop()
                && h(x7) != 0i64
            {
                let mut o8 = input.iter().copied().find(|&z| z > 7i64);
            }
        }
        n1 if n1 < 4i64 => {
            yield_!(n1);
            let g9 = D::new(1002, log);
        }
        n1 => {
            let mut x10 = n1;
            let n1 = n1.wrapping_mul(2).wrapping_add(n1.rem_euclid(3));
        }
    }
    yield_!(1i64);
    let x11 = check(2i64)?;
    let mut v12: Vec<i64> = Vec::new();
    v12.push(check(
        (check(0i64)?).wrapping_add((input.len() as i64).rem_euclid(4)),
    )?);
    let x13 = check(
        ((-1i64).wrapping_sub(h2((input.len() as i64), 1i64))).wrapping_add({
            yield_!(x11);
            0i64
        }),
    )?;
    Ok(x13)
}

fn p_69(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if ((input.len() as i64) != h(3i64) && check(7i64).ok().is_some()) {
        return Err(format!("early {}", 1i64));
    }
    match (-4i64).rem_euclid(3) {
        0 => {
            let x3 = h2(
                {
                    let mut x2 = check(h(1i64))?;
                    {
                        out.push(100i64);
                    };
                    (x2 as i32 as i64)
                },
                check((1i64 as i32 as i64))?,
            );
            {
                out.push(x3);
            };
        }
        1 | 2 => {
            let mut x4 = 10i64;
            let x5 = D::new(2001, log).0.wrapping_add({
                {
                    out.push(h(3i64));
                };
                (x4 ^ x4)
            });
            let mut stk6: Vec<i64> = vec![-4i64, 3i64, -1i64];
            stk6.truncate(4);
            while let Some(x7) = stk6.pop()
                && h(x7) != 0i64
            {
                let mut o8 = input.iter().copied().find(|&z| z > 7i64);
            }
        }
        n1 if n1 < 4i64 => {
            {
                out.push(n1);
            };
            let g9 = D::new(1002, log);
        }
        n1 => {
            let mut x10 = n1;
            let n1 = n1.wrapping_mul(2).wrapping_add(n1.rem_euclid(3));
        }
    }
    {
        out.push(1i64);
    };
    let x11 = check(2i64)?;
    let mut v12: Vec<i64> = Vec::new();
    v12.push(check(
        (check(0i64)?).wrapping_add((input.len() as i64).rem_euclid(4)),
    )?);
    let x13 = check(
        ((-1i64).wrapping_sub(h2((input.len() as i64), 1i64))).wrapping_add({
            {
                out.push(x11);
            };
            0i64
        }),
    )?;
    Ok(x13)
}

// body 70 (seed 2)
#[genfn::generator(yield = i64)]
fn g_70(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(3i64.rem_euclid(3));
    let mut c1 = 0_i64;
    loop {
        c1 += 1;
        if c1 > 2 {
            break;
        }
        let _g2 = D::new(1, log);
        let g3 = D::new(1002, log);
    }
    yield_!(7i64);
    match (if (input.len() as i64).rem_euclid(2) == 0 {
        100i64
    } else {
        input.get(6).copied().unwrap_or(13i64)
    })
    .rem_euclid(3)
    {
        0 => {
            if let Some(x5) = check(check(1i64)?).ok()
                && 100i64 < input.iter().copied().find(|&z| z > 7i64).unwrap_or(0i64)
            {
                if ({
                    yield_!(x5.rem_euclid(6));
                    input.get(5).copied().unwrap_or(2i64)
                }) < h(x5)
                {
                    return Err(format!(
                        "early {}",
                        h(input.get(1).copied().unwrap_or(3i64))
                    ));
                }
                yield_!((h2(c1.rem_euclid(7), x5) ^ x5));
                let x6: i64;
                if {
                    yield_!((input.len() as i64));
                    c1 < h2(-1i64, -4i64).rem_euclid(3)
                } {
                    let (mut x7, (_, x8)) = (0i64, (c1, -1i64));
                    yield_!(10i64.wrapping_add(x5));
                    x6 = ({
                        let mut x9 = 100i64;
                        yield_!(c1);
                        x8.rem_euclid(3)
                    } ^ (check(10i64)?).rem_euclid(2));
                } else {
                    for i10 in 0..x5.rem_euclid(2) {
                        let mut v11: Vec<i64> = vec![input.get(2).copied().unwrap_or(-4i64), 1i64];
                        if (v11.contains(&input.get(6).copied().unwrap_or(0i64)) || {
                            yield_!(h(-4i64));
                            (input.len() as i64).wrapping_sub((input.len() as i64)) < -4i64
                        }) {
                            v11.push(
                                (({
                                    yield_!(i10);
                                    (input.len() as i64)
                                })
                                .wrapping_add({
                                    let mut x12 = 13i64;
                                    yield_!((input.len() as i64));
                                    c1
                                }))
                                .wrapping_sub(h(h(c1))),
                            );
                        }
                    }
                    x6 = (if input.contains(&3) {
                        h2(2i64, 10i64)
                    } else {
                        (if {
                            yield_!(10i64);
                            2i64 < c1
                        } {
                            x5
                        } else {
                            h((input.len() as i64))
                        })
                    });
                }
            }
        }
        1 | 2 => {}
        n4 => {}
    }
    Ok(2i64.wrapping_add(5i64))
}

fn p_70(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(3i64.rem_euclid(3));
    };
    let mut c1 = 0_i64;
    loop {
        c1 += 1;
        if c1 > 2 {
            break;
        }
        let _g2 = D::new(1, log);
        let g3 = D::new(1002, log);
    }
    {
        out.push(7i64);
    };
    match (if (input.len() as i64).rem_euclid(2) == 0 {
        100i64
    } else {
        input.get(6).copied().unwrap_or(13i64)
    })
    .rem_euclid(3)
    {
        0 => {
            if let Some(x5) = check(check(1i64)?).ok()
                && 100i64 < input.iter().copied().find(|&z| z > 7i64).unwrap_or(0i64)
            {
                if ({
                    {
                        out.push(x5.rem_euclid(6));
                    };
                    input.get(5).copied().unwrap_or(2i64)
                }) < h(x5)
                {
                    return Err(format!(
                        "early {}",
                        h(input.get(1).copied().unwrap_or(3i64))
                    ));
                }
                {
                    out.push((h2(c1.rem_euclid(7), x5) ^ x5));
                };
                let x6: i64;
                if {
                    {
                        out.push((input.len() as i64));
                    };
                    c1 < h2(-1i64, -4i64).rem_euclid(3)
                } {
                    let (mut x7, (_, x8)) = (0i64, (c1, -1i64));
                    {
                        out.push(10i64.wrapping_add(x5));
                    };
                    x6 = ({
                        let mut x9 = 100i64;
                        {
                            out.push(c1);
                        };
                        x8.rem_euclid(3)
                    } ^ (check(10i64)?).rem_euclid(2));
                } else {
                    for i10 in 0..x5.rem_euclid(2) {
                        let mut v11: Vec<i64> = vec![input.get(2).copied().unwrap_or(-4i64), 1i64];
                        if (v11.contains(&input.get(6).copied().unwrap_or(0i64)) || {
                            {
                                out.push(h(-4i64));
                            };
                            (input.len() as i64).wrapping_sub((input.len() as i64)) < -4i64
                        }) {
                            v11.push(
                                (({
                                    {
                                        out.push(i10);
                                    };
                                    (input.len() as i64)
                                })
                                .wrapping_add({
                                    let mut x12 = 13i64;
                                    {
                                        out.push((input.len() as i64));
                                    };
                                    c1
                                }))
                                .wrapping_sub(h(h(c1))),
                            );
                        }
                    }
                    x6 = (if input.contains(&3) {
                        h2(2i64, 10i64)
                    } else {
                        (if {
                            {
                                out.push(10i64);
                            };
                            2i64 < c1
                        } {
                            x5
                        } else {
                            h((input.len() as i64))
                        })
                    });
                }
            }
        }
        1 | 2 => {}
        n4 => {}
    }
    Ok(2i64.wrapping_add(5i64))
}

// body 71 (seed 2)
#[genfn::generator(yield = i64)]
fn g_71(input: &[i64], log: &Log) -> Result<i64, String> {
    if h((-1i64).wrapping_add(4i64)).rem_euclid(2) == 0 {
        return Ok((-4i64
            ^ h2(
                h2((input.len() as i64), 5i64),
                input.get(0).copied().unwrap_or(2i64),
            )));
    }
    let (x1, x2) = (input.get(2).copied().unwrap_or(5i64), {
        yield_!(5i64);
        10i64
    });
    yield_!(h2(
        ((input.len() as i64) ^ (input.len() as i64)),
        (input.len() as i64)
    ));
    let [mut x3, x4] = [input.get(1).copied().unwrap_or(100i64), check(-1i64)?];
    Ok(check(5i64.wrapping_mul(4i64))?)
}

fn p_71(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if h((-1i64).wrapping_add(4i64)).rem_euclid(2) == 0 {
        return Ok((-4i64
            ^ h2(
                h2((input.len() as i64), 5i64),
                input.get(0).copied().unwrap_or(2i64),
            )));
    }
    let (x1, x2) = (input.get(2).copied().unwrap_or(5i64), {
        {
            out.push(5i64);
        };
        10i64
    });
    {
        out.push(h2(
            ((input.len() as i64) ^ (input.len() as i64)),
            (input.len() as i64),
        ));
    };
    let [mut x3, x4] = [input.get(1).copied().unwrap_or(100i64), check(-1i64)?];
    Ok(check(5i64.wrapping_mul(4i64))?)
}

// body 72 (seed 2)
#[genfn::generator(yield = i64)]
fn g_72(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = {
        yield_!(2i64.rem_euclid(2));
        100i64.wrapping_mul(h(13i64))
    };
    let Some(x2) = input.get(1).copied() else {
        return Err(format!("early {}", 3i64));
    };
    match h2(
        input.get(2).copied().unwrap_or(5i64),
        input.iter().copied().find(|&z| z > 3i64).unwrap_or(0i64),
    )
    .rem_euclid(4)
    {
        0 => {
            yield_!(
                (if input.is_empty() {
                    13i64
                } else {
                    (if x2.rem_euclid(3) == 0 {
                        x1
                    } else {
                        4i64.wrapping_add((input.len() as i64))
                    })
                })
            );
            let g4 = D::new(1001, log);
            let mut x5 = (check(check(-4i64)?)?).wrapping_add({
                yield_!(x1.wrapping_add(x1));
                x1 = 13i64;
                x2
            });
            let x7 = x1.wrapping_add({
                let Some(x6) = input.last().copied() else {
                    return Err(format!("early {}", 7i64));
                };
                yield_!(x6);
                x5 = x2.wrapping_add(4i64);
                x2
            });
        }
        1 | 2 => {
            let x8 = x1;
            assert!(x1 == x1, "{}", x1);
        }
        n3 => {
            if !({
                yield_!(7i64.wrapping_add(100i64));
                input.get(2).copied().unwrap_or(4i64) < 10i64.wrapping_mul(x2)
            }) {
                match 7i64.rem_euclid(3) {
                    0 => yield_!(0i64.rem_euclid(3)),
                    1 | 2 => {
                        let mut v10: Vec<i64> = vec![n3, 0i64];
                        let mut s11 = String::new();
                        if x2.rem_euclid(2) < x1 {
                            if input.get(4).copied().is_some() {
                                let x12 = h2(
                                    {
                                        yield_!(n3);
                                        x1 = 7i64;
                                        x1
                                    },
                                    h((if n3 < n3 { 100i64 } else { x1 })),
                                );
                            }
                            let g13 = D::new(1002, log);
                        }
                    }
                    n9 if (-4i64).rem_euclid(2) == 0 => {
                        let mut c14 = 0_i64;
                        while c14 < 4 {
                            c14 += 1;
                            if 100i64 != n9 {
                                let mut v15: Vec<i64> =
                                    vec![input.get(3).copied().unwrap_or(7i64), 13i64];
                            } else {
                            }
                            continue;
                        }
                        let g16 = D::new(1003, log);
                        let mut v17: Vec<i64> = Vec::new();
                        for &i18 in input.iter().rev().take(4) {
                            stop!();
                        }
                    }
                    n9 => {
                        yield_!((input.len() as i64));
                        yield_!(input.get(1).copied().unwrap_or(4i64));
                    }
                }
                let mut v19: Vec<i64> = input.to_vec();
            }
        }
    }
    Ok({
        yield_!(h(-4i64));
        x1 = x1;
        ((input.len() as i64) ^ x2).wrapping_sub(x1.rem_euclid(4))
    })
}

fn p_72(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = {
        {
            out.push(2i64.rem_euclid(2));
        };
        100i64.wrapping_mul(h(13i64))
    };
    let Some(x2) = input.get(1).copied() else {
        return Err(format!("early {}", 3i64));
    };
    match h2(
        input.get(2).copied().unwrap_or(5i64),
        input.iter().copied().find(|&z| z > 3i64).unwrap_or(0i64),
    )
    .rem_euclid(4)
    {
        0 => {
            {
                out.push(
                    (if input.is_empty() {
                        13i64
                    } else {
                        (if x2.rem_euclid(3) == 0 {
                            x1
                        } else {
                            4i64.wrapping_add((input.len() as i64))
                        })
                    }),
                );
            };
            let g4 = D::new(1001, log);
            let mut x5 = (check(check(-4i64)?)?).wrapping_add({
                {
                    out.push(x1.wrapping_add(x1));
                };
                x1 = 13i64;
                x2
            });
            let x7 = x1.wrapping_add({
                let Some(x6) = input.last().copied() else {
                    return Err(format!("early {}", 7i64));
                };
                {
                    out.push(x6);
                };
                x5 = x2.wrapping_add(4i64);
                x2
            });
        }
        1 | 2 => {
            let x8 = x1;
            assert!(x1 == x1, "{}", x1);
        }
        n3 => {
            if !({
                {
                    out.push(7i64.wrapping_add(100i64));
                };
                input.get(2).copied().unwrap_or(4i64) < 10i64.wrapping_mul(x2)
            }) {
                match 7i64.rem_euclid(3) {
                    0 => {
                        out.push(0i64.rem_euclid(3));
                    }
                    1 | 2 => {
                        let mut v10: Vec<i64> = vec![n3, 0i64];
                        let mut s11 = String::new();
                        if x2.rem_euclid(2) < x1 {
                            if input.get(4).copied().is_some() {
                                let x12 = h2(
                                    {
                                        {
                                            out.push(n3);
                                        };
                                        x1 = 7i64;
                                        x1
                                    },
                                    h((if n3 < n3 { 100i64 } else { x1 })),
                                );
                            }
                            let g13 = D::new(1002, log);
                        }
                    }
                    n9 if (-4i64).rem_euclid(2) == 0 => {
                        let mut c14 = 0_i64;
                        while c14 < 4 {
                            c14 += 1;
                            if 100i64 != n9 {
                                let mut v15: Vec<i64> =
                                    vec![input.get(3).copied().unwrap_or(7i64), 13i64];
                            } else {
                            }
                            continue;
                        }
                        let g16 = D::new(1003, log);
                        let mut v17: Vec<i64> = Vec::new();
                        for &i18 in input.iter().rev().take(4) {
                            stop!();
                        }
                    }
                    n9 => {
                        {
                            out.push((input.len() as i64));
                        };
                        {
                            out.push(input.get(1).copied().unwrap_or(4i64));
                        };
                    }
                }
                let mut v19: Vec<i64> = input.to_vec();
            }
        }
    }
    Ok({
        {
            out.push(h(-4i64));
        };
        x1 = x1;
        ((input.len() as i64) ^ x2).wrapping_sub(x1.rem_euclid(4))
    })
}

// body 73 (seed 2)
#[genfn::generator(yield = i64)]
fn g_73(input: &[i64], log: &Log) -> Result<i64, String> {
    if h(4i64.wrapping_sub(-1i64)) < input.get(0).copied().unwrap_or(-1i64) {
        return Ok((input.len() as i64));
    }
    let mut x1 = h2(10i64, 3i64);
    x1 |= x1;
    if !(0i64 < x1) {
        yield_!(2i64)
    } else {
        yield_!(-1i64)
    }
    x1 = input
        .get(3)
        .copied()
        .unwrap_or(100i64)
        .wrapping_add(x1.wrapping_sub(x1.wrapping_mul(x1)));
    x1 ^= {
        yield_!(h(x1));
        7i64
    };
    yield_!(x1);
    yield_!(-4i64);
    Ok(h(x1))
}

fn p_73(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if h(4i64.wrapping_sub(-1i64)) < input.get(0).copied().unwrap_or(-1i64) {
        return Ok((input.len() as i64));
    }
    let mut x1 = h2(10i64, 3i64);
    x1 |= x1;
    if !(0i64 < x1) {
        {
            out.push(2i64);
        }
    } else {
        {
            out.push(-1i64);
        }
    }
    x1 = input
        .get(3)
        .copied()
        .unwrap_or(100i64)
        .wrapping_add(x1.wrapping_sub(x1.wrapping_mul(x1)));
    x1 ^= {
        {
            out.push(h(x1));
        };
        7i64
    };
    {
        out.push(x1);
    };
    {
        out.push(-4i64);
    };
    Ok(h(x1))
}

// body 74 (seed 2)
#[genfn::generator(yield = i64)]
fn g_74(input: &[i64], log: &Log) -> Result<i64, String> {
    if let Some(x1) = Some(h(h2(4i64, (input.len() as i64))))
        && input.contains(&3)
    {
        let x2: i64;
        if 10i64
            < ({
                yield_!(2i64);
                x1
            })
        {
            let mut x3 = x1;
            match Some(x3) {
                Some(x4) => {
                    x3 |= x3;
                }
                None => {
                    x3 ^= -4i64;
                    let mut c5 = 0_i64;
                    'l6: while {
                        yield_!(c5);
                        c5 < 2
                    } {
                        c5 += 1;
                        match (input.get(0).copied().unwrap_or(0i64) ^ x3).rem_euclid(6) {
                            0 => {
                                let mut s8 = format!("{}", -1i64);
                            }
                            1 | 2 => {
                                let mut s9 = String::from("ab");
                            }
                            3..=4 => {}
                            n7 if c5 < input.get(6).copied().unwrap_or(0i64) => {}
                            n7 => {}
                        }
                        yield_!(3i64);
                        yield_!(input.get(0).copied().unwrap_or(5i64));
                        let mut s10 = String::new();
                    }
                    yield_!(c5.wrapping_sub((input.len() as i64)));
                    yield_!((x1 ^ 4i64));
                }
            }
            x2 = 10i64.wrapping_add(1i64);
        } else {
            match x1.rem_euclid(6) {
                0 => {}
                1 | 2 => yield_!(((input.len() as i64).rem_euclid(7)).rem_euclid(4)),
                n11 if ((input.len() as i64) ^ 4i64) < n11 => {}
                n11 => yield_!(n11),
            }
            x2 = {
                yield_!(2i64);
                -4i64
            };
        }
    } else {
    }
    Ok((2i64 ^ h((input.len() as i64).rem_euclid(2))))
}

fn p_74(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if let Some(x1) = Some(h(h2(4i64, (input.len() as i64))))
        && input.contains(&3)
    {
        let x2: i64;
        if 10i64
            < ({
                {
                    out.push(2i64);
                };
                x1
            })
        {
            let mut x3 = x1;
            match Some(x3) {
                Some(x4) => {
                    x3 |= x3;
                }
                None => {
                    x3 ^= -4i64;
                    let mut c5 = 0_i64;
                    'l6: while {
                        {
                            out.push(c5);
                        };
                        c5 < 2
                    } {
                        c5 += 1;
                        match (input.get(0).copied().unwrap_or(0i64) ^ x3).rem_euclid(6) {
                            0 => {
                                let mut s8 = format!("{}", -1i64);
                            }
                            1 | 2 => {
                                let mut s9 = String::from("ab");
                            }
                            3..=4 => {}
                            n7 if c5 < input.get(6).copied().unwrap_or(0i64) => {}
                            n7 => {}
                        }
                        {
                            out.push(3i64);
                        };
                        {
                            out.push(input.get(0).copied().unwrap_or(5i64));
                        };
                        let mut s10 = String::new();
                    }
                    {
                        out.push(c5.wrapping_sub((input.len() as i64)));
                    };
                    {
                        out.push((x1 ^ 4i64));
                    };
                }
            }
            x2 = 10i64.wrapping_add(1i64);
        } else {
            match x1.rem_euclid(6) {
                0 => {}
                1 | 2 => {
                    out.push(((input.len() as i64).rem_euclid(7)).rem_euclid(4));
                }
                n11 if ((input.len() as i64) ^ 4i64) < n11 => {}
                n11 => {
                    out.push(n11);
                }
            }
            x2 = {
                {
                    out.push(2i64);
                };
                -4i64
            };
        }
    } else {
    }
    Ok((2i64 ^ h((input.len() as i64).rem_euclid(2))))
}

// body 75 (seed 2)
#[genfn::generator(yield = i64)]
fn g_75(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 4i64.wrapping_mul(2i64.rem_euclid(2));
    if h2(13i64, h((input.len() as i64))).rem_euclid(3) == 0 {
        return Ok(5i64);
    }
    let mut v2: Vec<i64> = vec![h(x1).rem_euclid(3), 5i64];
    let x3: i64;
    if (input.len() as i64) < input.get(6).copied().unwrap_or(-1i64) {
        let mut c4 = 0_i64;
        while {
            yield_!(c4);
            c4 < 3
        } {
            c4 += 1;
            if ({
                yield_!(v2.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                yield_!(x1);
                input.last().copied().unwrap_or(100i64)
            }) < c4
            {
                continue;
            }
        }
        x3 = (({
            let _g5 = D::new(1, log);
            yield_!(c4);
            (input.len() as i64)
        })
        .wrapping_sub(c4.rem_euclid(3))
            ^ c4.wrapping_add({
                yield_!(100i64);
                1i64
            }));
    } else {
        {
            let w6 = v2;
            yield_!((w6.len() as i64));
            yield_!((w6.len() as i64));
            v2 = {
                let mut w = w6;
                w.push(1);
                w
            };
        }
        x3 = 2i64;
    }
    'l8: for &i7 in &v2 {
        'l9: for i10 in 0..1i64 {
            if {
                yield_!(13i64);
                (input.len() as i64) < 7i64
            } {
                stop!('l8);
            }
            let mut v11: Vec<i64> = vec![i7, 5i64];
        }
        if check(v2.first().copied().unwrap_or(3i64))?
            < i7.wrapping_sub({
                yield_!(i7);
                x1
            })
        {
            continue 'l8;
        }
        match (
            {
                yield_!(100i64);
                x1 = check(7i64)?;
                5i64
            },
            input.iter().copied().find(|&z| z > 100i64),
        ) {
            (x12, Some(x13)) if x1 < input.get(0).copied().unwrap_or(10i64) => {}
            (x12, None) => yield_!(-1i64),
            (_, Some(x13)) => {}
        }
    }
    Ok(10i64)
}

fn p_75(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 4i64.wrapping_mul(2i64.rem_euclid(2));
    if h2(13i64, h((input.len() as i64))).rem_euclid(3) == 0 {
        return Ok(5i64);
    }
    let mut v2: Vec<i64> = vec![h(x1).rem_euclid(3), 5i64];
    let x3: i64;
    if (input.len() as i64) < input.get(6).copied().unwrap_or(-1i64) {
        let mut c4 = 0_i64;
        while {
            {
                out.push(c4);
            };
            c4 < 3
        } {
            c4 += 1;
            if ({
                {
                    out.push(v2.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                };
                {
                    out.push(x1);
                };
                input.last().copied().unwrap_or(100i64)
            }) < c4
            {
                continue;
            }
        }
        x3 = (({
            let _g5 = D::new(1, log);
            {
                out.push(c4);
            };
            (input.len() as i64)
        })
        .wrapping_sub(c4.rem_euclid(3))
            ^ c4.wrapping_add({
                {
                    out.push(100i64);
                };
                1i64
            }));
    } else {
        {
            let w6 = v2;
            {
                out.push((w6.len() as i64));
            };
            {
                out.push((w6.len() as i64));
            };
            v2 = {
                let mut w = w6;
                w.push(1);
                w
            };
        }
        x3 = 2i64;
    }
    'l8: for &i7 in &v2 {
        'l9: for i10 in 0..1i64 {
            if {
                {
                    out.push(13i64);
                };
                (input.len() as i64) < 7i64
            } {
                stop!('l8);
            }
            let mut v11: Vec<i64> = vec![i7, 5i64];
        }
        if check(v2.first().copied().unwrap_or(3i64))?
            < i7.wrapping_sub({
                {
                    out.push(i7);
                };
                x1
            })
        {
            continue 'l8;
        }
        match (
            {
                {
                    out.push(100i64);
                };
                x1 = check(7i64)?;
                5i64
            },
            input.iter().copied().find(|&z| z > 100i64),
        ) {
            (x12, Some(x13)) if x1 < input.get(0).copied().unwrap_or(10i64) => {}
            (x12, None) => {
                out.push(-1i64);
            }
            (_, Some(x13)) => {}
        }
    }
    Ok(10i64)
}

// body 76 (seed 2)
#[genfn::generator(yield = i64)]
fn g_76(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    let mut x25 = 'l2: loop {
        c1 += 1;
        if c1 > 4 {
            break 'l2 5i64;
        }
        if input.is_empty() {
            let mut x3 = c1;
            yield_!(x3);
            yield_!(x3.wrapping_add(x3));
            let x4 = D::new(2001, log).0.wrapping_add({
                yield_!(-1i64);
                x3 = check(c1)?;
                c1
            });
        } else {
            let mut c5 = 0_i64;
            loop {
                c5 += 1;
                if c5 > 3 {
                    break;
                }
                let x6 = h2(2i64, 2i64.rem_euclid(2));
                if (x6.rem_euclid(2) < x6 || x6 == 10i64.wrapping_add(1i64)) {
                    skip!();
                }
            }
            let mut s7 = String::new();
            {
                let x8 = (s7.len() as i64);
            }
            if {
                yield_!(input.get(4).copied().unwrap_or(1i64));
                7i64.rem_euclid(6) < c1
            } {
                s7 = take_string(s7, h((input.len() as i64).wrapping_add(c1)));
                let _ = D::new(2, log);
                let mut c9 = 0_i64;
                let x15 = 'l10: loop {
                    c9 += 1;
                    if c9 > 2 {
                        break 'l10 ((input.len() as i64).wrapping_add(c9))
                            .wrapping_add(input.get(2).copied().unwrap_or(100i64));
                    }
                    if (if c1 < 0i64 {
                        c5.wrapping_add((input.len() as i64))
                    } else {
                        input.get(4).copied().unwrap_or(5i64)
                    }) < ({
                        yield_!(c5);
                        c1
                    }) {
                        skip!('l2);
                    }
                    let mut o11 = input.get(6).copied();
                    {
                        let t12 = s7;
                        let x13 = c1;
                        let mut x14 = input.get(3).copied().unwrap_or(4i64);
                        yield_!((t12.len() as i64));
                        s7 = t12 + "m";
                    }
                };
                if input.get(4).copied().unwrap_or(4i64).rem_euclid(2) == 0 {
                    break c5;
                }
            } else if input.first().copied().is_some() {
                yield_!(
                    2i64.wrapping_sub(
                        input
                            .get(4)
                            .copied()
                            .unwrap_or(3i64)
                            .wrapping_mul(13i64.wrapping_add(5i64))
                    )
                );
            } else {
                if input.iter().copied().find(|&z| z > 100i64).is_some() {
                    continue 'l2;
                }
                let mut v16: Vec<i64> = vec![(input.len() as i64), 7i64];
                if (c1 ^ (-4i64).wrapping_add(c1)) < (input.len() as i64) {
                    continue;
                }
                match v16
                    .iter()
                    .fold(0_i64, |acc, &z| acc.wrapping_add(z))
                    .rem_euclid(3)
                {
                    0 => {}
                    1 | 2 => {
                        match (
                            {
                                yield_!(c5);
                                ((input.len() as i64) ^ (input.len() as i64))
                            },
                            input.last().copied(),
                        ) {
                            (x18, Some(x19))
                                if ((input.len() as i64).wrapping_sub(5i64)).rem_euclid(2) == 0 => {
                            }
                            (x18, None) => yield_!(x18),
                            (_, Some(x19)) => match D::new(2003, log).0 {
                                2003 => {}
                                _ => {}
                            },
                        }
                        {
                            let t21 = s7;
                            yield_!((t21.len() as i64));
                            let mut x22 = (v16.len() as i64);
                            s7 = t21 + "m";
                        }
                        yield_!(c5);
                        let _g23 = D::new(4, log);
                    }
                    3..=4 => {
                        let Some(x24) = input.get(4).copied() else {
                            stop_with!(h2(c5, (v16.len() as i64)));
                        };
                        if (s7.is_empty() && (s7.len() as i64).rem_euclid(2) == 0) {
                            break check(h((input.len() as i64)))?;
                        }
                        let mut x24 = x24.wrapping_mul(2).wrapping_add(3i64);
                        yield_!(
                            ((if ((input.len() as i64) < 0i64 || x24.rem_euclid(2) == 0) {
                                x24
                            } else {
                                (input.len() as i64)
                            }) ^ input.get(5).copied().unwrap_or(1i64))
                        );
                    }
                    n17 if !((input.len() as i64) < (input.len() as i64)) => {}
                    n17 => {}
                }
            }
        }
    };
    Ok(check(c1).ok().unwrap_or(7i64))
}

fn p_76(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    let mut x25 = 'l2: loop {
        c1 += 1;
        if c1 > 4 {
            break 'l2 5i64;
        }
        if input.is_empty() {
            let mut x3 = c1;
            {
                out.push(x3);
            };
            {
                out.push(x3.wrapping_add(x3));
            };
            let x4 = D::new(2001, log).0.wrapping_add({
                {
                    out.push(-1i64);
                };
                x3 = check(c1)?;
                c1
            });
        } else {
            let mut c5 = 0_i64;
            loop {
                c5 += 1;
                if c5 > 3 {
                    break;
                }
                let x6 = h2(2i64, 2i64.rem_euclid(2));
                if (x6.rem_euclid(2) < x6 || x6 == 10i64.wrapping_add(1i64)) {
                    skip!();
                }
            }
            let mut s7 = String::new();
            {
                let x8 = (s7.len() as i64);
            }
            if {
                {
                    out.push(input.get(4).copied().unwrap_or(1i64));
                };
                7i64.rem_euclid(6) < c1
            } {
                s7 = take_string(s7, h((input.len() as i64).wrapping_add(c1)));
                let _ = D::new(2, log);
                let mut c9 = 0_i64;
                let x15 = 'l10: loop {
                    c9 += 1;
                    if c9 > 2 {
                        break 'l10 ((input.len() as i64).wrapping_add(c9))
                            .wrapping_add(input.get(2).copied().unwrap_or(100i64));
                    }
                    if (if c1 < 0i64 {
                        c5.wrapping_add((input.len() as i64))
                    } else {
                        input.get(4).copied().unwrap_or(5i64)
                    }) < ({
                        {
                            out.push(c5);
                        };
                        c1
                    }) {
                        skip!('l2);
                    }
                    let mut o11 = input.get(6).copied();
                    {
                        let t12 = s7;
                        let x13 = c1;
                        let mut x14 = input.get(3).copied().unwrap_or(4i64);
                        {
                            out.push((t12.len() as i64));
                        };
                        s7 = t12 + "m";
                    }
                };
                if input.get(4).copied().unwrap_or(4i64).rem_euclid(2) == 0 {
                    break c5;
                }
            } else if input.first().copied().is_some() {
                {
                    out.push(
                        2i64.wrapping_sub(
                            input
                                .get(4)
                                .copied()
                                .unwrap_or(3i64)
                                .wrapping_mul(13i64.wrapping_add(5i64)),
                        ),
                    );
                };
            } else {
                if input.iter().copied().find(|&z| z > 100i64).is_some() {
                    continue 'l2;
                }
                let mut v16: Vec<i64> = vec![(input.len() as i64), 7i64];
                if (c1 ^ (-4i64).wrapping_add(c1)) < (input.len() as i64) {
                    continue;
                }
                match v16
                    .iter()
                    .fold(0_i64, |acc, &z| acc.wrapping_add(z))
                    .rem_euclid(3)
                {
                    0 => {}
                    1 | 2 => {
                        match (
                            {
                                {
                                    out.push(c5);
                                };
                                ((input.len() as i64) ^ (input.len() as i64))
                            },
                            input.last().copied(),
                        ) {
                            (x18, Some(x19))
                                if ((input.len() as i64).wrapping_sub(5i64)).rem_euclid(2) == 0 => {
                            }
                            (x18, None) => {
                                out.push(x18);
                            }
                            (_, Some(x19)) => match D::new(2003, log).0 {
                                2003 => {}
                                _ => {}
                            },
                        }
                        {
                            let t21 = s7;
                            {
                                out.push((t21.len() as i64));
                            };
                            let mut x22 = (v16.len() as i64);
                            s7 = t21 + "m";
                        }
                        {
                            out.push(c5);
                        };
                        let _g23 = D::new(4, log);
                    }
                    3..=4 => {
                        let Some(x24) = input.get(4).copied() else {
                            stop_with!(h2(c5, (v16.len() as i64)));
                        };
                        if (s7.is_empty() && (s7.len() as i64).rem_euclid(2) == 0) {
                            break check(h((input.len() as i64)))?;
                        }
                        let mut x24 = x24.wrapping_mul(2).wrapping_add(3i64);
                        {
                            out.push(
                                ((if ((input.len() as i64) < 0i64 || x24.rem_euclid(2) == 0) {
                                    x24
                                } else {
                                    (input.len() as i64)
                                }) ^ input.get(5).copied().unwrap_or(1i64)),
                            );
                        };
                    }
                    n17 if !((input.len() as i64) < (input.len() as i64)) => {}
                    n17 => {}
                }
            }
        }
    };
    Ok(check(c1).ok().unwrap_or(7i64))
}

// body 77 (seed 2)
#[genfn::generator(yield = i64)]
fn g_77(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut o1 = input.get(2).copied();
    let mut v2: Vec<i64> = Vec::new();
    yield_!(o1.unwrap_or(13i64));
    Ok(100i64)
}

fn p_77(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut o1 = input.get(2).copied();
    let mut v2: Vec<i64> = Vec::new();
    {
        out.push(o1.unwrap_or(13i64));
    };
    Ok(100i64)
}

// body 78 (seed 2)
#[genfn::generator(yield = i64)]
fn g_78(input: &[i64], log: &Log) -> Result<i64, String> {
    if input.is_empty() {
        yield_!(
            input
                .get(2)
                .copied()
                .unwrap_or(5i64)
                .wrapping_mul((if 1i64 < 5i64 { 1i64 } else { 100i64 }))
                .wrapping_mul(10i64)
        );
        yield_!(h(5i64));
        let mut s1 = 4i64.to_string();
        let x2 = 13i64;
    }
    if input.get(4).copied().unwrap_or(5i64) < ((-1i64).wrapping_add(10i64)).rem_euclid(2) {
        let mut s3 = String::from("ab");
        yield_!(13i64);
    } else {
        let _g4 = D::new(1, log);
    }
    let mut c5 = 0_i64;
    'l6: loop {
        c5 += 1;
        if c5 > 4 {
            break;
        }
        if (if c5.rem_euclid(2) == 0 {
            c5.wrapping_sub(c5)
        } else {
            0i64
        }) < -4i64
        {
            continue 'l6;
        }
        let mut v7: Vec<i64> = vec![(input.len() as i64).wrapping_sub(h2(c5, c5)), -4i64];
        let _g8 = D::new(2, log);
    }
    let x9 = c5;
    if ({
        yield_!(2i64);
        x9 < x9
    } && (if input.get(2).copied().is_some() {
        c5
    } else {
        c5
    }) != (x9 ^ c5))
    {
        return Ok(h(((input.len() as i64) as i32 as i64).wrapping_mul(x9)));
    }
    Ok(10i64)
}

fn p_78(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if input.is_empty() {
        {
            out.push(
                input
                    .get(2)
                    .copied()
                    .unwrap_or(5i64)
                    .wrapping_mul((if 1i64 < 5i64 { 1i64 } else { 100i64 }))
                    .wrapping_mul(10i64),
            );
        };
        {
            out.push(h(5i64));
        };
        let mut s1 = 4i64.to_string();
        let x2 = 13i64;
    }
    if input.get(4).copied().unwrap_or(5i64) < ((-1i64).wrapping_add(10i64)).rem_euclid(2) {
        let mut s3 = String::from("ab");
        {
            out.push(13i64);
        };
    } else {
        let _g4 = D::new(1, log);
    }
    let mut c5 = 0_i64;
    'l6: loop {
        c5 += 1;
        if c5 > 4 {
            break;
        }
        if (if c5.rem_euclid(2) == 0 {
            c5.wrapping_sub(c5)
        } else {
            0i64
        }) < -4i64
        {
            continue 'l6;
        }
        let mut v7: Vec<i64> = vec![(input.len() as i64).wrapping_sub(h2(c5, c5)), -4i64];
        let _g8 = D::new(2, log);
    }
    let x9 = c5;
    if ({
        {
            out.push(2i64);
        };
        x9 < x9
    } && (if input.get(2).copied().is_some() {
        c5
    } else {
        c5
    }) != (x9 ^ c5))
    {
        return Ok(h(((input.len() as i64) as i32 as i64).wrapping_mul(x9)));
    }
    Ok(10i64)
}

// body 79 (seed 2)
#[genfn::generator(yield = i64)]
fn g_79(input: &[i64], log: &Log) -> Result<i64, String> {
    match (2i64.wrapping_add(
        (if 1i64 < 1i64 {
            (input.len() as i64)
        } else {
            0i64
        }),
    ))
    .rem_euclid(6)
    {
        0 => {
            let mut x2 = input.get(5).copied().unwrap_or(1i64);
        }
        1 | 2 => {
            let _g3 = D::new(1, log);
            let x4 = (13i64 ^ h2(0i64, 7i64));
            let mut c5 = 0_i64;
            'l6: loop {
                c5 += 1;
                if c5 > 4 {
                    break;
                }
                let mut v7: Vec<i64> = input.to_vec();
                match ({
                    yield_!(check(c5)?);
                    h(-4i64)
                })
                .rem_euclid(5)
                {
                    0 => {
                        let mut x9 = x4;
                    }
                    1 | 2 => {
                        {
                            let w10 = v7;
                            yield_!((w10.len() as i64));
                            if ({
                                yield_!(check(x4)?);
                                4i64
                            }) < input
                                .iter()
                                .copied()
                                .find(|&z| z > 3i64)
                                .unwrap_or(3i64)
                                .rem_euclid(7)
                            {
                                return Ok({
                                    let mut x4 = x4.wrapping_mul(2).wrapping_add(x4);
                                    yield_!(-4i64);
                                    10i64
                                });
                            }
                            v7 = {
                                let mut w = w10;
                                w.push(1);
                                w
                            };
                        }
                        let x12 = [x4, {
                            let g11 = D::new(1002, log);
                            yield_!(c5);
                            2i64
                        }][1];
                    }
                    n8 => {
                        yield_!((check(x4)?).wrapping_sub(x4.wrapping_sub(c5)));
                    }
                }
                let x13 = check(1i64)?;
            }
            yield_!(c5);
        }
        3..=4 => {
            let x14 = ({
                yield_!(7i64);
                4i64.rem_euclid(5)
            })
            .wrapping_add({
                yield_!(-1i64);
                4i64
            });
        }
        n1 if (n1 < 10i64 || n1.rem_euclid(2) == 0) => yield_!(n1),
        n1 => yield_!(
            input
                .iter()
                .copied()
                .find(|&z| z > 2i64)
                .unwrap_or(2i64)
                .wrapping_add(0i64)
        ),
    }
    Ok(7i64)
}

fn p_79(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match (2i64.wrapping_add(
        (if 1i64 < 1i64 {
            (input.len() as i64)
        } else {
            0i64
        }),
    ))
    .rem_euclid(6)
    {
        0 => {
            let mut x2 = input.get(5).copied().unwrap_or(1i64);
        }
        1 | 2 => {
            let _g3 = D::new(1, log);
            let x4 = (13i64 ^ h2(0i64, 7i64));
            let mut c5 = 0_i64;
            'l6: loop {
                c5 += 1;
                if c5 > 4 {
                    break;
                }
                let mut v7: Vec<i64> = input.to_vec();
                match ({
                    {
                        out.push(check(c5)?);
                    };
                    h(-4i64)
                })
                .rem_euclid(5)
                {
                    0 => {
                        let mut x9 = x4;
                    }
                    1 | 2 => {
                        {
                            let w10 = v7;
                            {
                                out.push((w10.len() as i64));
                            };
                            if ({
                                {
                                    out.push(check(x4)?);
                                };
                                4i64
                            }) < input
                                .iter()
                                .copied()
                                .find(|&z| z > 3i64)
                                .unwrap_or(3i64)
                                .rem_euclid(7)
                            {
                                return Ok({
                                    let mut x4 = x4.wrapping_mul(2).wrapping_add(x4);
                                    {
                                        out.push(-4i64);
                                    };
                                    10i64
                                });
                            }
                            v7 = {
                                let mut w = w10;
                                w.push(1);
                                w
                            };
                        }
                        let x12 = [x4, {
                            let g11 = D::new(1002, log);
                            {
                                out.push(c5);
                            };
                            2i64
                        }][1];
                    }
                    n8 => {
                        {
                            out.push((check(x4)?).wrapping_sub(x4.wrapping_sub(c5)));
                        };
                    }
                }
                let x13 = check(1i64)?;
            }
            {
                out.push(c5);
            };
        }
        3..=4 => {
            let x14 = ({
                {
                    out.push(7i64);
                };
                4i64.rem_euclid(5)
            })
            .wrapping_add({
                {
                    out.push(-1i64);
                };
                4i64
            });
        }
        n1 if (n1 < 10i64 || n1.rem_euclid(2) == 0) => {
            out.push(n1);
        }
        n1 => {
            out.push(
                input
                    .iter()
                    .copied()
                    .find(|&z| z > 2i64)
                    .unwrap_or(2i64)
                    .wrapping_add(0i64),
            );
        }
    }
    Ok(7i64)
}

// body 80 (seed 2)
#[genfn::generator(yield = i64)]
fn g_80(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1: i64;
    if !(!(100i64.rem_euclid(3) == 0 && 10i64 == (input.len() as i64))) {
        let mut x2 = 100i64;
        let mut o3 = input.get(2).copied();
        let mut v4: Vec<i64> = input.to_vec();
        x1 = v4.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z));
    } else {
        let (Some(x5), x6) = (
            input.get(0).copied(),
            input.get(0).copied().unwrap_or(13i64),
        ) else {
            return Ok(7i64.wrapping_mul(3i64));
        };
        x1 = input.get(2).copied().unwrap_or(10i64);
    }
    let x7: i64;
    if input.is_empty() {
        let mut v8: Vec<i64> = vec![h(3i64), 7i64];
        for &i9 in input.iter().rev().take(4) {
            let x10 = {
                yield_!(4i64);
                i9.rem_euclid(6)
            };
            if x10.rem_euclid(3) == 0 {
                break;
            }
            if {
                yield_!(x10);
                x10 < (input.len() as i64)
            } {
                'l11: for &i12 in input.iter().take(4) {
                    match (check(input.get(5).copied().unwrap_or(1i64))?).rem_euclid(3) {
                        0 => {
                            let mut x14 = (10i64 ^ {
                                yield_!(x1);
                                yield_!(x1);
                                v8.first().copied().unwrap_or(4i64)
                            });
                        }
                        1 | 2 => {
                            let mut s15 = String::new();
                        }
                        n13 if 100i64.rem_euclid(4) < 2i64 => {}
                        n13 => {}
                    }
                    yield_!(x10);
                    let mut v16: Vec<i64> = vec![x10, 1i64];
                }
                let x17 = i9;
            } else {
                let mut v18: Vec<i64> = vec![x1, 7i64];
                let g19 = D::new(1001, log);
            }
        }
        x7 = (-1i64).rem_euclid(5);
    } else {
        x7 = x1;
    }
    Ok((input.len() as i64))
}

fn p_80(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1: i64;
    if !(!(100i64.rem_euclid(3) == 0 && 10i64 == (input.len() as i64))) {
        let mut x2 = 100i64;
        let mut o3 = input.get(2).copied();
        let mut v4: Vec<i64> = input.to_vec();
        x1 = v4.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z));
    } else {
        let (Some(x5), x6) = (
            input.get(0).copied(),
            input.get(0).copied().unwrap_or(13i64),
        ) else {
            return Ok(7i64.wrapping_mul(3i64));
        };
        x1 = input.get(2).copied().unwrap_or(10i64);
    }
    let x7: i64;
    if input.is_empty() {
        let mut v8: Vec<i64> = vec![h(3i64), 7i64];
        for &i9 in input.iter().rev().take(4) {
            let x10 = {
                {
                    out.push(4i64);
                };
                i9.rem_euclid(6)
            };
            if x10.rem_euclid(3) == 0 {
                break;
            }
            if {
                {
                    out.push(x10);
                };
                x10 < (input.len() as i64)
            } {
                'l11: for &i12 in input.iter().take(4) {
                    match (check(input.get(5).copied().unwrap_or(1i64))?).rem_euclid(3) {
                        0 => {
                            let mut x14 = (10i64 ^ {
                                {
                                    out.push(x1);
                                };
                                {
                                    out.push(x1);
                                };
                                v8.first().copied().unwrap_or(4i64)
                            });
                        }
                        1 | 2 => {
                            let mut s15 = String::new();
                        }
                        n13 if 100i64.rem_euclid(4) < 2i64 => {}
                        n13 => {}
                    }
                    {
                        out.push(x10);
                    };
                    let mut v16: Vec<i64> = vec![x10, 1i64];
                }
                let x17 = i9;
            } else {
                let mut v18: Vec<i64> = vec![x1, 7i64];
                let g19 = D::new(1001, log);
            }
        }
        x7 = (-1i64).rem_euclid(5);
    } else {
        x7 = x1;
    }
    Ok((input.len() as i64))
}

// body 81 (seed 2)
#[genfn::generator(yield = i64)]
fn g_81(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 3 {
        c1 += 1;
        match (5i64, input.last().copied()) {
            (x3, Some(x4))
                if input.first().copied().unwrap_or(2i64)
                    < 5i64.wrapping_mul((input.len() as i64)) =>
            {
                yield_!(-4i64)
            }
            (x3, None) => {
                skip!();
            }
            (_, Some(x4)) => {
                let mut stk5: Vec<i64> = input.to_vec();
                stk5.truncate(4);
                while let Some(x6) = stk5.pop() {
                    let x7 = {
                        yield_!(x6.wrapping_add(2i64));
                        h(x4)
                    };
                    let mut x8 = input.get(6).copied().unwrap_or(1i64);
                }
                yield_!(x4);
            }
        }
    }
    let mut o9 = check(c1).ok();
    let (mut x10, _, x11) = (1i64, 100i64, {
        yield_!(c1.wrapping_mul(c1).wrapping_add(c1));
        5i64
    });
    Ok(check(h(1i64).wrapping_add(c1.rem_euclid(3)))?)
}

fn p_81(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: while c1 < 3 {
        c1 += 1;
        match (5i64, input.last().copied()) {
            (x3, Some(x4))
                if input.first().copied().unwrap_or(2i64)
                    < 5i64.wrapping_mul((input.len() as i64)) =>
            {
                out.push(-4i64);
            }
            (x3, None) => {
                skip!();
            }
            (_, Some(x4)) => {
                let mut stk5: Vec<i64> = input.to_vec();
                stk5.truncate(4);
                while let Some(x6) = stk5.pop() {
                    let x7 = {
                        {
                            out.push(x6.wrapping_add(2i64));
                        };
                        h(x4)
                    };
                    let mut x8 = input.get(6).copied().unwrap_or(1i64);
                }
                {
                    out.push(x4);
                };
            }
        }
    }
    let mut o9 = check(c1).ok();
    let (mut x10, _, x11) = (1i64, 100i64, {
        {
            out.push(c1.wrapping_mul(c1).wrapping_add(c1));
        };
        5i64
    });
    Ok(check(h(1i64).wrapping_add(c1.rem_euclid(3)))?)
}

// body 82 (seed 2)
#[genfn::generator(yield = i64)]
fn g_82(input: &[i64], log: &Log) -> Result<i64, String> {
    let _g1 = D::new(1, log);
    let x2 = 5i64.rem_euclid(5);
    match (x2, check(x2).ok()) {
        (x3, Some(x4))
            if input.get(2).copied().unwrap_or(1i64) < input.get(3).copied().unwrap_or(13i64) =>
        {
            let mut c5 = 0_i64;
            'l6: while c5 < 1 {
                c5 += 1;
                let mut o7 = input.get(5).copied();
            }
            'l8: for i9 in 0..2i64 {
                if h(h(x4)) < c5.wrapping_add(x3) {
                    yield_!(i9);
                    let _g10 = D::new(2, log);
                    yield_!(input.get(2).copied().unwrap_or(4i64));
                    let _g11 = D::new(3, log);
                } else {
                    let x4 = x4.wrapping_mul(2).wrapping_add(100i64);
                    let mut v12: Vec<i64> = input.to_vec();
                    let Some(x13) = input.last().copied() else {
                        break;
                    };
                    if v12.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
                        == ({
                            yield_!((if 13i64 < -1i64 { x4 } else { x13 }));
                            x13
                        })
                    {
                        stop!();
                    }
                }
                let g14 = D::new(1004, log);
                drop(g14);
            }
        }
        (x3, None) => {}
        (_, Some(x4)) => {}
    }
    Ok(3i64)
}

fn p_82(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let _g1 = D::new(1, log);
    let x2 = 5i64.rem_euclid(5);
    match (x2, check(x2).ok()) {
        (x3, Some(x4))
            if input.get(2).copied().unwrap_or(1i64) < input.get(3).copied().unwrap_or(13i64) =>
        {
            let mut c5 = 0_i64;
            'l6: while c5 < 1 {
                c5 += 1;
                let mut o7 = input.get(5).copied();
            }
            'l8: for i9 in 0..2i64 {
                if h(h(x4)) < c5.wrapping_add(x3) {
                    {
                        out.push(i9);
                    };
                    let _g10 = D::new(2, log);
                    {
                        out.push(input.get(2).copied().unwrap_or(4i64));
                    };
                    let _g11 = D::new(3, log);
                } else {
                    let x4 = x4.wrapping_mul(2).wrapping_add(100i64);
                    let mut v12: Vec<i64> = input.to_vec();
                    let Some(x13) = input.last().copied() else {
                        break;
                    };
                    if v12.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))
                        == ({
                            {
                                out.push((if 13i64 < -1i64 { x4 } else { x13 }));
                            };
                            x13
                        })
                    {
                        stop!();
                    }
                }
                let g14 = D::new(1004, log);
                drop(g14);
            }
        }
        (x3, None) => {}
        (_, Some(x4)) => {}
    }
    Ok(3i64)
}

// body 83 (seed 2)
#[genfn::generator(yield = i64)]
fn g_83(input: &[i64], log: &Log) -> Result<i64, String> {
    'l1: for i2 in 0..({
        yield_!(3i64);
        3i64
    }) {
        let x3 = (input.len() as i64);
        check({
            yield_!(10i64);
            h(x3)
        })?;
        let mut v4: Vec<i64> = vec![input.get(1).copied().unwrap_or(5i64), 0i64];
    }
    yield_!(input.get(3).copied().unwrap_or(-1i64));
    yield_!(input.get(6).copied().unwrap_or(13i64).wrapping_sub(h(2i64)));
    Ok(10i64)
}

fn p_83(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    'l1: for i2 in 0..({
        {
            out.push(3i64);
        };
        3i64
    }) {
        let x3 = (input.len() as i64);
        check({
            {
                out.push(10i64);
            };
            h(x3)
        })?;
        let mut v4: Vec<i64> = vec![input.get(1).copied().unwrap_or(5i64), 0i64];
    }
    {
        out.push(input.get(3).copied().unwrap_or(-1i64));
    };
    {
        out.push(input.get(6).copied().unwrap_or(13i64).wrapping_sub(h(2i64)));
    };
    Ok(10i64)
}

// body 84 (seed 2)
#[genfn::generator(yield = i64)]
fn g_84(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(13i64);
    let mut v1: Vec<i64> = Vec::new();
    'l2: for i3 in 0..0i64 {
        v1.retain(|&z| z.rem_euclid(3) != 0);
        let x4 = 0i64.rem_euclid(3);
    }
    let x5 = h((2i64 ^ h2(13i64, (input.len() as i64))));
    Ok(v1.first().copied().unwrap_or(-1i64))
}

fn p_84(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(13i64);
    };
    let mut v1: Vec<i64> = Vec::new();
    'l2: for i3 in 0..0i64 {
        v1.retain(|&z| z.rem_euclid(3) != 0);
        let x4 = 0i64.rem_euclid(3);
    }
    let x5 = h((2i64 ^ h2(13i64, (input.len() as i64))));
    Ok(v1.first().copied().unwrap_or(-1i64))
}

// body 85 (seed 2)
#[genfn::generator(yield = i64)]
fn g_85(input: &[i64], log: &Log) -> Result<i64, String> {
    for (j2, i1) in (0_i64..).zip(input.iter().copied()).take(4) {
        if input.get(6).copied().unwrap_or(1i64).wrapping_add(i1) < j2 {
            break;
        }
    }
    if 5i64 < input.get(0).copied().unwrap_or(10i64) {
        return Err(format!("early {}", 0i64.wrapping_mul(4i64)));
    }
    check(13i64)?;
    'b3: {
        if check(input.get(6).copied().unwrap_or(4i64))? < (-1i64).rem_euclid(5) {
            stop!('b3);
        }
        if 3i64 < 1i64 {
            break 'b3;
        }
        let x4 = check(7i64)?;
        let g5 = D::new(1001, log);
    }
    yield_!(7i64);
    let mut x6 = 0i64;
    if let Some(x7) = input.get(2).copied() {
        let mut c8 = 0_i64;
        loop {
            c8 += 1;
            if c8 > 3 {
                break;
            }
            let mut stk9: Vec<i64> = vec![2i64, 7i64, -1i64];
            stk9.truncate(4);
            while let Some(x10) = stk9.pop()
                && h(x7) != 100i64
            {}
        }
    }
    Ok(input.get(2).copied().unwrap_or(2i64))
}

fn p_85(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    for (j2, i1) in (0_i64..).zip(input.iter().copied()).take(4) {
        if input.get(6).copied().unwrap_or(1i64).wrapping_add(i1) < j2 {
            break;
        }
    }
    if 5i64 < input.get(0).copied().unwrap_or(10i64) {
        return Err(format!("early {}", 0i64.wrapping_mul(4i64)));
    }
    check(13i64)?;
    'b3: {
        if check(input.get(6).copied().unwrap_or(4i64))? < (-1i64).rem_euclid(5) {
            stop!('b3);
        }
        if 3i64 < 1i64 {
            break 'b3;
        }
        let x4 = check(7i64)?;
        let g5 = D::new(1001, log);
    }
    {
        out.push(7i64);
    };
    let mut x6 = 0i64;
    if let Some(x7) = input.get(2).copied() {
        let mut c8 = 0_i64;
        loop {
            c8 += 1;
            if c8 > 3 {
                break;
            }
            let mut stk9: Vec<i64> = vec![2i64, 7i64, -1i64];
            stk9.truncate(4);
            while let Some(x10) = stk9.pop()
                && h(x7) != 100i64
            {}
        }
    }
    Ok(input.get(2).copied().unwrap_or(2i64))
}

// body 86 (seed 2)
#[genfn::generator(yield = i64)]
fn g_86(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: loop {
        c1 += 1;
        if c1 > 1 {
            break;
        }
        let _g3 = D::new(1, log);
        'l4: for (j6, i5) in (0_i64..).zip(input.iter().copied()).take(4) {
            let mut s7 = format!("{}-", (-4i64).rem_euclid(2));
        }
        if c1.rem_euclid(5) < c1 {
            stop!('l2);
        }
        let mut v8: Vec<i64> = input.to_vec();
    }
    let mut x9 = c1;
    yield_!(
        (if input.contains(&3) {
            input.get(4).copied().unwrap_or(13i64)
        } else {
            h2(c1, x9)
        })
        .wrapping_add(x9)
    );
    if check(1i64).ok().is_some() {
        let mut v10: Vec<i64> = vec![c1.wrapping_add(((input.len() as i64) ^ c1)), 13i64];
        if ({
            yield_!(c1);
            x9 = 3i64;
            x9
        } ^ x9)
            .rem_euclid(3)
            == 0
        {
            return Ok(c1);
        }
    } else {
        match Some({
            yield_!(x9.rem_euclid(2));
            x9.wrapping_add(x9)
        }) {
            Some(x11) if input.get(1).copied().is_some() => {
                let mut c12 = 0_i64;
                let x17 = 'l13: loop {
                    c12 += 1;
                    if c12 > 4 {
                        break 'l13 input.get(1).copied().unwrap_or(1i64);
                    }
                    let mut o14 = input.get(1).copied();
                    for i15 in 0..4i64 {
                        if {
                            yield_!(x9);
                            check(h(c12))? < c12
                        } {
                            let _g16 = D::new(2, log);
                        } else {
                        }
                    }
                    x9 = check(-1i64)?;
                };
                let mut v18: Vec<i64> = vec![h(h2(c1, (input.len() as i64))), 5i64];
                let mut c19 = 0_i64;
                'l20: while {
                    yield_!(c19);
                    c19 < 1
                } {
                    c19 += 1;
                }
            }
            Some(x11) => yield_!(((input.len() as i64).wrapping_add(x11)).wrapping_mul(13i64)),
            None => {}
        }
    }
    Ok({
        yield_!(check(x9)?);
        4i64
    })
}

fn p_86(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut c1 = 0_i64;
    'l2: loop {
        c1 += 1;
        if c1 > 1 {
            break;
        }
        let _g3 = D::new(1, log);
        'l4: for (j6, i5) in (0_i64..).zip(input.iter().copied()).take(4) {
            let mut s7 = format!("{}-", (-4i64).rem_euclid(2));
        }
        if c1.rem_euclid(5) < c1 {
            stop!('l2);
        }
        let mut v8: Vec<i64> = input.to_vec();
    }
    let mut x9 = c1;
    {
        out.push(
            (if input.contains(&3) {
                input.get(4).copied().unwrap_or(13i64)
            } else {
                h2(c1, x9)
            })
            .wrapping_add(x9),
        );
    };
    if check(1i64).ok().is_some() {
        let mut v10: Vec<i64> = vec![c1.wrapping_add(((input.len() as i64) ^ c1)), 13i64];
        if ({
            {
                out.push(c1);
            };
            x9 = 3i64;
            x9
        } ^ x9)
            .rem_euclid(3)
            == 0
        {
            return Ok(c1);
        }
    } else {
        match Some({
            {
                out.push(x9.rem_euclid(2));
            };
            x9.wrapping_add(x9)
        }) {
            Some(x11) if input.get(1).copied().is_some() => {
                let mut c12 = 0_i64;
                let x17 = 'l13: loop {
                    c12 += 1;
                    if c12 > 4 {
                        break 'l13 input.get(1).copied().unwrap_or(1i64);
                    }
                    let mut o14 = input.get(1).copied();
                    for i15 in 0..4i64 {
                        if {
                            {
                                out.push(x9);
                            };
                            check(h(c12))? < c12
                        } {
                            let _g16 = D::new(2, log);
                        } else {
                        }
                    }
                    x9 = check(-1i64)?;
                };
                let mut v18: Vec<i64> = vec![h(h2(c1, (input.len() as i64))), 5i64];
                let mut c19 = 0_i64;
                'l20: while {
                    {
                        out.push(c19);
                    };
                    c19 < 1
                } {
                    c19 += 1;
                }
            }
            Some(x11) => {
                out.push(((input.len() as i64).wrapping_add(x11)).wrapping_mul(13i64));
            }
            None => {}
        }
    }
    Ok({
        {
            out.push(check(x9)?);
        };
        4i64
    })
}

// body 87 (seed 2)
#[genfn::generator(yield = i64)]
fn g_87(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = check(13i64)?;
    yield_!(10i64);
    let mut v2: Vec<i64> = Vec::new();
    if x1 == x1 {
        yield_!(13i64);
    } else {
        if check(h2(x1, x1))?
            < ({
                let mut x3 = x1;
                yield_!(x3);
                (input.len() as i64).wrapping_add((input.len() as i64))
            })
        {
            return Ok((input.len() as i64));
        }
        let mut x4 = x1;
        for &i5 in input.iter().take(4) {
            x4 = x4.wrapping_add(i5.rem_euclid(4));
            match x4.rem_euclid(3) {
                0 => {
                    yield_!(
                        (-1i64).wrapping_mul(
                            input.get(4).copied().unwrap_or(-1i64).wrapping_add(5i64)
                        )
                    );
                    if let Some(x7) = input.get(6).copied()
                        && (5i64.wrapping_add(i5)).rem_euclid(3) == 0
                    {
                        let mut s8 = format!("{}", (check(7i64)?).rem_euclid(7));
                        for &i9 in input.iter().take(4) {
                            yield_!(100i64);
                        }
                    }
                    let mut c10 = 0_i64;
                    let mut x13 = 'l11: loop {
                        c10 += 1;
                        if c10 > 4 {
                            break 'l11 (if (-1i64 == x4 || (input.len() as i64) < i5) {
                                x1
                            } else {
                                i5
                            });
                        }
                        let Some(x12) = input.iter().copied().find(|&z| z > 3i64) else {
                            return Ok(x1);
                        };
                    };
                    let (mut x14, _, x15) = (
                        check(
                            input
                                .get(2)
                                .copied()
                                .unwrap_or(13i64)
                                .wrapping_mul((input.len() as i64).rem_euclid(2)),
                        )?,
                        -4i64,
                        c10,
                    );
                }
                1 | 2 => {
                    if x4 < i5 {
                        return Ok(i5);
                    }
                    let mut x16 = i5;
                }
                3..=4 => {
                    match v2
                        .iter()
                        .fold(0_i64, |acc, &z| acc.wrapping_add(z))
                        .rem_euclid(6)
                    {
                        0 => {
                            if (h2(i5, 0i64) < -1i64 || 4i64 < x1) {
                                stop!();
                            }
                        }
                        1 | 2 => {}
                        3..=4 => yield_!(h(x1).wrapping_mul(check(x4)?)),
                        n17 if x1.rem_euclid(2) == 0 => {}
                        n17 => {}
                    }
                }
                n6 => {}
            }
        }
    }
    Ok({
        yield_!(10i64);
        check(7i64)?
    })
}

fn p_87(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = check(13i64)?;
    {
        out.push(10i64);
    };
    let mut v2: Vec<i64> = Vec::new();
    if x1 == x1 {
        {
            out.push(13i64);
        };
    } else {
        if check(h2(x1, x1))?
            < ({
                let mut x3 = x1;
                {
                    out.push(x3);
                };
                (input.len() as i64).wrapping_add((input.len() as i64))
            })
        {
            return Ok((input.len() as i64));
        }
        let mut x4 = x1;
        for &i5 in input.iter().take(4) {
            x4 = x4.wrapping_add(i5.rem_euclid(4));
            match x4.rem_euclid(3) {
                0 => {
                    {
                        out.push((-1i64).wrapping_mul(
                            input.get(4).copied().unwrap_or(-1i64).wrapping_add(5i64),
                        ));
                    };
                    if let Some(x7) = input.get(6).copied()
                        && (5i64.wrapping_add(i5)).rem_euclid(3) == 0
                    {
                        let mut s8 = format!("{}", (check(7i64)?).rem_euclid(7));
                        for &i9 in input.iter().take(4) {
                            {
                                out.push(100i64);
                            };
                        }
                    }
                    let mut c10 = 0_i64;
                    let mut x13 = 'l11: loop {
                        c10 += 1;
                        if c10 > 4 {
                            break 'l11 (if (-1i64 == x4 || (input.len() as i64) < i5) {
                                x1
                            } else {
                                i5
                            });
                        }
                        let Some(x12) = input.iter().copied().find(|&z| z > 3i64) else {
                            return Ok(x1);
                        };
                    };
                    let (mut x14, _, x15) = (
                        check(
                            input
                                .get(2)
                                .copied()
                                .unwrap_or(13i64)
                                .wrapping_mul((input.len() as i64).rem_euclid(2)),
                        )?,
                        -4i64,
                        c10,
                    );
                }
                1 | 2 => {
                    if x4 < i5 {
                        return Ok(i5);
                    }
                    let mut x16 = i5;
                }
                3..=4 => {
                    match v2
                        .iter()
                        .fold(0_i64, |acc, &z| acc.wrapping_add(z))
                        .rem_euclid(6)
                    {
                        0 => {
                            if (h2(i5, 0i64) < -1i64 || 4i64 < x1) {
                                stop!();
                            }
                        }
                        1 | 2 => {}
                        3..=4 => {
                            out.push(h(x1).wrapping_mul(check(x4)?));
                        }
                        n17 if x1.rem_euclid(2) == 0 => {}
                        n17 => {}
                    }
                }
                n6 => {}
            }
        }
    }
    Ok({
        {
            out.push(10i64);
        };
        check(7i64)?
    })
}

// body 88 (seed 2)
#[genfn::generator(yield = i64)]
fn g_88(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(2i64);
    let mut x2 = {
        let mut v1: Vec<i64> = vec![0i64.rem_euclid(4), 7i64];
        yield_!(3i64.wrapping_add(7i64));
        v1.first().copied().unwrap_or(4i64)
    };
    let mut c3 = 0_i64;
    loop {
        c3 += 1;
        if c3 > 4 {
            break;
        }
        x2 ^= c3;
        let mut x4 = c3;
    }
    yield_!(((input.len() as i64) as i32 as i64));
    Ok(-1i64)
}

fn p_88(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(2i64);
    };
    let mut x2 = {
        let mut v1: Vec<i64> = vec![0i64.rem_euclid(4), 7i64];
        {
            out.push(3i64.wrapping_add(7i64));
        };
        v1.first().copied().unwrap_or(4i64)
    };
    let mut c3 = 0_i64;
    loop {
        c3 += 1;
        if c3 > 4 {
            break;
        }
        x2 ^= c3;
        let mut x4 = c3;
    }
    {
        out.push(((input.len() as i64) as i32 as i64));
    };
    Ok(-1i64)
}

// body 89 (seed 2)
#[genfn::generator(yield = i64)]
fn g_89(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = check(7i64)?;
    x1 = (check(-1i64)?).wrapping_add(0i64);
    let mut v2: Vec<i64> = vec![100i64, 1i64];
    yield_!(3i64);
    yield_!(h2(7i64, x1));
    let [mut x3, x4] = [x1, input.get(2).copied().unwrap_or(1i64)];
    let x5 = D::new(2001, log).0.wrapping_add({
        yield_!(x3.wrapping_sub(x3));
        x1
    });
    yield_!(v2.first().copied().unwrap_or(3i64));
    Ok(x1)
}

fn p_89(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = check(7i64)?;
    x1 = (check(-1i64)?).wrapping_add(0i64);
    let mut v2: Vec<i64> = vec![100i64, 1i64];
    {
        out.push(3i64);
    };
    {
        out.push(h2(7i64, x1));
    };
    let [mut x3, x4] = [x1, input.get(2).copied().unwrap_or(1i64)];
    let x5 = D::new(2001, log).0.wrapping_add({
        {
            out.push(x3.wrapping_sub(x3));
        };
        x1
    });
    {
        out.push(v2.first().copied().unwrap_or(3i64));
    };
    Ok(x1)
}

// body 90 (seed 2)
#[genfn::generator(yield = i64)]
fn g_90(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = D::new(2001, log).0.wrapping_add({
        yield_!(5i64);
        input.get(5).copied().unwrap_or(0i64)
    });
    yield_!(x1);
    let mut v2: Vec<i64> = input.to_vec();
    let mut s3 = String::new();
    yield_!(check((input.len() as i64))?);
    if (x1.rem_euclid(3) == 0 && !(s3.is_empty())) {
        yield_!((if x1 != 4i64 { (v2.len() as i64) } else { 4i64 }))
    } else {
        yield_!((input.len() as i64))
    }
    if x1 != h((input.len() as i64)) {
        yield_!(v2.first().copied().unwrap_or(7i64))
    } else {
        yield_!(((-1i64).rem_euclid(3)).wrapping_sub(check(2i64)?))
    }
    let x1 = x1.wrapping_mul(2).wrapping_add(x1);
    Ok(2i64)
}

fn p_90(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = D::new(2001, log).0.wrapping_add({
        {
            out.push(5i64);
        };
        input.get(5).copied().unwrap_or(0i64)
    });
    {
        out.push(x1);
    };
    let mut v2: Vec<i64> = input.to_vec();
    let mut s3 = String::new();
    {
        out.push(check((input.len() as i64))?);
    };
    if (x1.rem_euclid(3) == 0 && !(s3.is_empty())) {
        {
            out.push((if x1 != 4i64 { (v2.len() as i64) } else { 4i64 }));
        }
    } else {
        {
            out.push((input.len() as i64));
        }
    }
    if x1 != h((input.len() as i64)) {
        {
            out.push(v2.first().copied().unwrap_or(7i64));
        }
    } else {
        {
            out.push(((-1i64).rem_euclid(3)).wrapping_sub(check(2i64)?));
        }
    }
    let x1 = x1.wrapping_mul(2).wrapping_add(x1);
    Ok(2i64)
}

// body 91 (seed 2)
#[genfn::generator(yield = i64)]
fn g_91(input: &[i64], log: &Log) -> Result<i64, String> {
    match 100i64.rem_euclid(6) {
        0 => match ((7i64.wrapping_sub((input.len() as i64))).wrapping_mul(-4i64)).rem_euclid(3) {
            0 => {
                let mut v3: Vec<i64> = input.to_vec();
            }
            1 | 2 => {
                let _g4 = D::new(1, log);
                if 13i64 < 1i64 {
                    let x5 = h2(
                        {
                            yield_!(1i64);
                            7i64
                        },
                        -4i64,
                    );
                } else {
                    let mut s6 = String::new();
                }
            }
            3..=4 => {
                if {
                    yield_!(4i64);
                    5i64 < 2i64
                } {
                    yield_!(3i64)
                } else {
                    yield_!(0i64)
                }
            }
            n2 => {
                let mut n2 = n2.wrapping_mul(2).wrapping_add(5i64);
                let x7 = n2;
                match 7i64.rem_euclid(3) {
                    0 => {
                        let mut v9: Vec<i64> = Vec::new();
                        let mut o10 = None::<i64>;
                        let x11 = (((input.len() as i64).rem_euclid(7)).rem_euclid(6))
                            .wrapping_add({
                                yield_!(x7);
                                x7
                            });
                    }
                    1 | 2 => {
                        let mut c12 = 0_i64;
                        while c12 < 2 {
                            c12 += 1;
                            if input.get(3).copied().unwrap_or(100i64) < 100i64 {
                                return Ok(x7);
                            }
                        }
                    }
                    n8 if n8 < -4i64 => {
                        if n2.wrapping_add(n2) == h(10i64) {
                            if ({
                                let Some(x13) = input.get(5).copied() else {
                                    return Err(format!("early {}", 4i64));
                                };
                                yield_!(check(n8)?);
                                (input.len() as i64).wrapping_add(-4i64)
                            }) < n8
                            {
                                yield_!(n8)
                            } else {
                                yield_!(
                                    ((input.len() as i64).wrapping_sub(n2))
                                        .wrapping_mul(input.get(1).copied().unwrap_or(3i64))
                                )
                            }
                        } else {
                            let x14 = n8
                                .wrapping_mul(n8)
                                .rem_euclid(2)
                                .wrapping_sub(n2.wrapping_add((input.len() as i64)));
                            let x15 = (if (5i64.wrapping_add(x7)).rem_euclid(3) == 0 {
                                (n2 as i32 as i64).wrapping_sub(3i64)
                            } else {
                                (if {
                                    yield_!((input.len() as i64));
                                    (input.len() as i64) < (input.len() as i64)
                                } {
                                    n8
                                } else {
                                    {
                                        yield_!((input.len() as i64));
                                        n2 = 7i64;
                                        -4i64
                                    }
                                })
                            });
                            let g16 = D::new(1002, log);
                            let mut v17: Vec<i64> = vec![2i64, 1i64];
                        }
                    }
                    n8 => yield_!(x7),
                }
            }
        },
        1 | 2 => yield_!(100i64),
        3..=4 => {}
        n1 => yield_!(2i64),
    }
    Ok(h(2i64))
}

fn p_91(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    match 100i64.rem_euclid(6) {
        0 => match ((7i64.wrapping_sub((input.len() as i64))).wrapping_mul(-4i64)).rem_euclid(3) {
            0 => {
                let mut v3: Vec<i64> = input.to_vec();
            }
            1 | 2 => {
                let _g4 = D::new(1, log);
                if 13i64 < 1i64 {
                    let x5 = h2(
                        {
                            {
                                out.push(1i64);
                            };
                            7i64
                        },
                        -4i64,
                    );
                } else {
                    let mut s6 = String::new();
                }
            }
            3..=4 => {
                if {
                    {
                        out.push(4i64);
                    };
                    5i64 < 2i64
                } {
                    {
                        out.push(3i64);
                    }
                } else {
                    {
                        out.push(0i64);
                    }
                }
            }
            n2 => {
                let mut n2 = n2.wrapping_mul(2).wrapping_add(5i64);
                let x7 = n2;
                match 7i64.rem_euclid(3) {
                    0 => {
                        let mut v9: Vec<i64> = Vec::new();
                        let mut o10 = None::<i64>;
                        let x11 = (((input.len() as i64).rem_euclid(7)).rem_euclid(6))
                            .wrapping_add({
                                {
                                    out.push(x7);
                                };
                                x7
                            });
                    }
                    1 | 2 => {
                        let mut c12 = 0_i64;
                        while c12 < 2 {
                            c12 += 1;
                            if input.get(3).copied().unwrap_or(100i64) < 100i64 {
                                return Ok(x7);
                            }
                        }
                    }
                    n8 if n8 < -4i64 => {
                        if n2.wrapping_add(n2) == h(10i64) {
                            if ({
                                let Some(x13) = input.get(5).copied() else {
                                    return Err(format!("early {}", 4i64));
                                };
                                {
                                    out.push(check(n8)?);
                                };
                                (input.len() as i64).wrapping_add(-4i64)
                            }) < n8
                            {
                                {
                                    out.push(n8);
                                }
                            } else {
                                {
                                    out.push(
                                        ((input.len() as i64).wrapping_sub(n2))
                                            .wrapping_mul(input.get(1).copied().unwrap_or(3i64)),
                                    );
                                }
                            }
                        } else {
                            let x14 = n8
                                .wrapping_mul(n8)
                                .rem_euclid(2)
                                .wrapping_sub(n2.wrapping_add((input.len() as i64)));
                            let x15 = (if (5i64.wrapping_add(x7)).rem_euclid(3) == 0 {
                                (n2 as i32 as i64).wrapping_sub(3i64)
                            } else {
                                (if {
                                    {
                                        out.push((input.len() as i64));
                                    };
                                    (input.len() as i64) < (input.len() as i64)
                                } {
                                    n8
                                } else {
                                    {
                                        {
                                            out.push((input.len() as i64));
                                        };
                                        n2 = 7i64;
                                        -4i64
                                    }
                                })
                            });
                            let g16 = D::new(1002, log);
                            let mut v17: Vec<i64> = vec![2i64, 1i64];
                        }
                    }
                    n8 => {
                        out.push(x7);
                    }
                }
            }
        },
        1 | 2 => {
            out.push(100i64);
        }
        3..=4 => {}
        n1 => {
            out.push(2i64);
        }
    }
    Ok(h(2i64))
}

// body 92 (seed 2)
#[genfn::generator(yield = i64)]
fn g_92(input: &[i64], log: &Log) -> Result<i64, String> {
    check(
        ({
            yield_!(5i64);
            100i64
        })
        .wrapping_sub(7i64),
    )?;
    let x1 = (if 13i64
        == ({
            yield_!(-1i64);
            yield_!((input.len() as i64));
            1i64
        }) {
        check(3i64)?
    } else {
        5i64
    });
    let mut v2: Vec<i64> = vec![
        (0i64.wrapping_add(x1)).wrapping_add(check((input.len() as i64))?),
        2i64,
    ];
    Ok({
        yield_!(x1.wrapping_sub(-4i64));
        10i64
    })
}

fn p_92(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    check(
        ({
            {
                out.push(5i64);
            };
            100i64
        })
        .wrapping_sub(7i64),
    )?;
    let x1 = (if 13i64
        == ({
            {
                out.push(-1i64);
            };
            {
                out.push((input.len() as i64));
            };
            1i64
        }) {
        check(3i64)?
    } else {
        5i64
    });
    let mut v2: Vec<i64> = vec![
        (0i64.wrapping_add(x1)).wrapping_add(check((input.len() as i64))?),
        2i64,
    ];
    Ok({
        {
            out.push(x1.wrapping_sub(-4i64));
        };
        10i64
    })
}

// body 93 (seed 2)
#[genfn::generator(yield = i64)]
fn g_93(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", 0i64);
    let mut c3 = 0_i64;
    let mut x17 = 'l4: loop {
        c3 += 1;
        if c3 > 4 {
            break 'l4 13i64;
        }
        let g5 = D::new(1001, log);
        if input.get(4).copied().unwrap_or(2i64)
            == input.get(1).copied().unwrap_or(13i64).rem_euclid(2)
        {
            {
                let t6 = s1;
                yield_!((t6.len() as i64));
                s1 = t6 + "m";
            }
            for &i7 in input.iter().rev().take(4) {
                let mut x8 = i7;
                let _g9 = D::new(2, log);
            }
            yield_!(
                c3.rem_euclid(4)
                    .wrapping_add(h2(c3, (input.len() as i64)).rem_euclid(3))
            );
        } else {
            let mut c10 = 0_i64;
            'l11: while c10 < 4 {
                c10 += 1;
                let mut c12 = 0_i64;
                let x16 = 'l13: loop {
                    c12 += 1;
                    if c12 > 3 {
                        break 'l13 h(c10).wrapping_add(h(c10));
                    }
                    match input.get(1).copied() {
                        None => {
                            if c10.rem_euclid(2) == 0 {
                                return Ok(c12);
                            }
                        }
                        Some(x14) if c12 == x14.rem_euclid(7) => {
                            yield_!(h(x14));
                        }
                        Some(x14) => {
                            let x15 = D::new(2003, log).0.wrapping_add({
                                assert!(c12 == c12, "{}", c12);
                                yield_!(check(x14)?);
                                (input.len() as i64)
                            });
                        }
                    }
                    if 13i64 < 10i64 {
                        break 'l4 input.get(3).copied().unwrap_or(10i64).rem_euclid(7);
                    }
                };
            }
        }
    };
    Ok(c3)
}

fn p_93(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", 0i64);
    let mut c3 = 0_i64;
    let mut x17 = 'l4: loop {
        c3 += 1;
        if c3 > 4 {
            break 'l4 13i64;
        }
        let g5 = D::new(1001, log);
        if input.get(4).copied().unwrap_or(2i64)
            == input.get(1).copied().unwrap_or(13i64).rem_euclid(2)
        {
            {
                let t6 = s1;
                {
                    out.push((t6.len() as i64));
                };
                s1 = t6 + "m";
            }
            for &i7 in input.iter().rev().take(4) {
                let mut x8 = i7;
                let _g9 = D::new(2, log);
            }
            {
                out.push(
                    c3.rem_euclid(4)
                        .wrapping_add(h2(c3, (input.len() as i64)).rem_euclid(3)),
                );
            };
        } else {
            let mut c10 = 0_i64;
            'l11: while c10 < 4 {
                c10 += 1;
                let mut c12 = 0_i64;
                let x16 = 'l13: loop {
                    c12 += 1;
                    if c12 > 3 {
                        break 'l13 h(c10).wrapping_add(h(c10));
                    }
                    match input.get(1).copied() {
                        None => {
                            if c10.rem_euclid(2) == 0 {
                                return Ok(c12);
                            }
                        }
                        Some(x14) if c12 == x14.rem_euclid(7) => {
                            {
                                out.push(h(x14));
                            };
                        }
                        Some(x14) => {
                            let x15 = D::new(2003, log).0.wrapping_add({
                                assert!(c12 == c12, "{}", c12);
                                {
                                    out.push(check(x14)?);
                                };
                                (input.len() as i64)
                            });
                        }
                    }
                    if 13i64 < 10i64 {
                        break 'l4 input.get(3).copied().unwrap_or(10i64).rem_euclid(7);
                    }
                };
            }
        }
    };
    Ok(c3)
}

// body 94 (seed 2)
#[genfn::generator(yield = i64)]
fn g_94(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(10i64);
    let _g1 = D::new(1, log);
    let x2 = 10i64;
    let mut x3 = 2i64;
    let (x4, mut x5) = (((-4i64).wrapping_sub(100i64)).rem_euclid(4), -1i64);
    if input.is_empty() {
        return Err(format!("early {}", x3));
    }
    let mut v6: Vec<i64> = vec![
        input.get(1).copied().unwrap_or(100i64).wrapping_mul(2i64),
        -1i64,
    ];
    Ok(x3)
}

fn p_94(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(10i64);
    };
    let _g1 = D::new(1, log);
    let x2 = 10i64;
    let mut x3 = 2i64;
    let (x4, mut x5) = (((-4i64).wrapping_sub(100i64)).rem_euclid(4), -1i64);
    if input.is_empty() {
        return Err(format!("early {}", x3));
    }
    let mut v6: Vec<i64> = vec![
        input.get(1).copied().unwrap_or(100i64).wrapping_mul(2i64),
        -1i64,
    ];
    Ok(x3)
}

// body 95 (seed 2)
#[genfn::generator(yield = i64)]
fn g_95(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![4i64, 13i64];
    _ = v1;
    match (
        10i64.wrapping_mul((-4i64).wrapping_mul(5i64)),
        input.first().copied(),
    ) {
        (x2, Some(x3)) if ((input.len() as i64) as i32 as i64).rem_euclid(2) == 0 => {
            let [x4, mut x5] = [
                (5i64.rem_euclid(6)).wrapping_add((5i64 ^ x3)),
                (if (10i64 < x2 || {
                    yield_!((input.len() as i64));
                    10i64 < x2
                }) {
                    (v1.len() as i64)
                } else {
                    100i64
                }),
            ];
            let mut s6 = String::from("ab");
            yield_!(check(((4i64 as i32 as i64) as i32 as i64))?);
            yield_!((input.len() as i64));
        }
        (x2, None) => {
            'l7: for (j9, i8) in (0_i64..).zip(input.iter().copied()).take(4) {
                if let Some(x10) = input.get(5).copied()
                    && input.last().copied().is_some()
                {
                    let mut s11 = format!("{}", x2);
                    {
                        let w12 = v1;
                        if s11.is_empty() {
                            return Ok(j9
                                .wrapping_add(x2)
                                .wrapping_add(
                                    input.iter().copied().find(|&z| z > -1i64).unwrap_or(0i64),
                                )
                                .rem_euclid(5));
                        }
                        let x13 = x10;
                        v1 = {
                            let mut w = w12;
                            w.push(1);
                            w
                        };
                    }
                    {
                        let t14 = s11;
                        yield_!((t14.len() as i64));
                        yield_!((t14.len() as i64));
                        yield_!((t14.len() as i64));
                        s11 = t14 + "m";
                    }
                    s11.push_str("");
                } else {
                    let mut c15 = 0_i64;
                    'l16: loop {
                        c15 += 1;
                        if c15 > 2 {
                            break;
                        }
                        let g17 = D::new(1001, log);
                        v1.push(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                    }
                    yield_!((input.len() as i64));
                    let mut c18 = 0_i64;
                    let mut x23 = 'l19: loop {
                        c18 += 1;
                        if c18 > 4 {
                            break 'l19 100i64;
                        }
                        let mut x20 = i8;
                        let Some(x21) = input.get(5).copied() else {
                            break v1.first().copied().unwrap_or(5i64);
                        };
                        let mut x22 = x2;
                        if x20.rem_euclid(3) == 0 {
                            return Err(format!("early {}", x22.wrapping_add(-1i64)));
                        }
                    };
                }
                let x24 = h2(j9.wrapping_add(h(100i64)), {
                    yield_!(j9);
                    (-1i64).wrapping_mul((input.len() as i64))
                });
                let mut c25 = 0_i64;
                let x30 = 'l26: loop {
                    c25 += 1;
                    if c25 > 4 {
                        break 'l26 j9;
                    }
                    match input.first().copied() {
                        Some(x27) => {
                            let mut x28 = x2.rem_euclid(5).wrapping_add({
                                yield_!(j9.rem_euclid(4));
                                i8
                            });
                            let mut x29 = h2(
                                {
                                    yield_!(3i64.rem_euclid(3));
                                    or_skip!(None::<i64>)
                                },
                                input.get(4).copied().unwrap_or(-1i64),
                            );
                            if (13i64.wrapping_add(1i64))
                                .wrapping_sub(input.get(6).copied().unwrap_or(13i64))
                                == input.get(0).copied().unwrap_or(0i64).wrapping_add(3i64)
                            {
                            }
                            x28 = check(3i64)?;
                        }
                        None => {}
                    }
                };
            }
        }
        (_, Some(x3)) => {}
    }
    Ok(5i64)
}

fn p_95(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut v1: Vec<i64> = vec![4i64, 13i64];
    _ = v1;
    match (
        10i64.wrapping_mul((-4i64).wrapping_mul(5i64)),
        input.first().copied(),
    ) {
        (x2, Some(x3)) if ((input.len() as i64) as i32 as i64).rem_euclid(2) == 0 => {
            let [x4, mut x5] = [
                (5i64.rem_euclid(6)).wrapping_add((5i64 ^ x3)),
                (if (10i64 < x2 || {
                    {
                        out.push((input.len() as i64));
                    };
                    10i64 < x2
                }) {
                    (v1.len() as i64)
                } else {
                    100i64
                }),
            ];
            let mut s6 = String::from("ab");
            {
                out.push(check(((4i64 as i32 as i64) as i32 as i64))?);
            };
            {
                out.push((input.len() as i64));
            };
        }
        (x2, None) => {
            'l7: for (j9, i8) in (0_i64..).zip(input.iter().copied()).take(4) {
                if let Some(x10) = input.get(5).copied()
                    && input.last().copied().is_some()
                {
                    let mut s11 = format!("{}", x2);
                    {
                        let w12 = v1;
                        if s11.is_empty() {
                            return Ok(j9
                                .wrapping_add(x2)
                                .wrapping_add(
                                    input.iter().copied().find(|&z| z > -1i64).unwrap_or(0i64),
                                )
                                .rem_euclid(5));
                        }
                        let x13 = x10;
                        v1 = {
                            let mut w = w12;
                            w.push(1);
                            w
                        };
                    }
                    {
                        let t14 = s11;
                        {
                            out.push((t14.len() as i64));
                        };
                        {
                            out.push((t14.len() as i64));
                        };
                        {
                            out.push((t14.len() as i64));
                        };
                        s11 = t14 + "m";
                    }
                    s11.push_str("");
                } else {
                    let mut c15 = 0_i64;
                    'l16: loop {
                        c15 += 1;
                        if c15 > 2 {
                            break;
                        }
                        let g17 = D::new(1001, log);
                        v1.push(v1.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z)));
                    }
                    {
                        out.push((input.len() as i64));
                    };
                    let mut c18 = 0_i64;
                    let mut x23 = 'l19: loop {
                        c18 += 1;
                        if c18 > 4 {
                            break 'l19 100i64;
                        }
                        let mut x20 = i8;
                        let Some(x21) = input.get(5).copied() else {
                            break v1.first().copied().unwrap_or(5i64);
                        };
                        let mut x22 = x2;
                        if x20.rem_euclid(3) == 0 {
                            return Err(format!("early {}", x22.wrapping_add(-1i64)));
                        }
                    };
                }
                let x24 = h2(j9.wrapping_add(h(100i64)), {
                    {
                        out.push(j9);
                    };
                    (-1i64).wrapping_mul((input.len() as i64))
                });
                let mut c25 = 0_i64;
                let x30 = 'l26: loop {
                    c25 += 1;
                    if c25 > 4 {
                        break 'l26 j9;
                    }
                    match input.first().copied() {
                        Some(x27) => {
                            let mut x28 = x2.rem_euclid(5).wrapping_add({
                                {
                                    out.push(j9.rem_euclid(4));
                                };
                                i8
                            });
                            let mut x29 = h2(
                                {
                                    {
                                        out.push(3i64.rem_euclid(3));
                                    };
                                    or_skip!(None::<i64>)
                                },
                                input.get(4).copied().unwrap_or(-1i64),
                            );
                            if (13i64.wrapping_add(1i64))
                                .wrapping_sub(input.get(6).copied().unwrap_or(13i64))
                                == input.get(0).copied().unwrap_or(0i64).wrapping_add(3i64)
                            {
                            }
                            x28 = check(3i64)?;
                        }
                        None => {}
                    }
                };
            }
        }
        (_, Some(x3)) => {}
    }
    Ok(5i64)
}

// body 96 (seed 2)
#[genfn::generator(yield = i64)]
fn g_96(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(input.get(0).copied().unwrap_or(0i64).rem_euclid(4));
    'l1: for i2 in 0..3i64 {
        if 3i64
            < h(i2).wrapping_add({
                yield_!(1i64);
                (input.len() as i64)
            })
        {
            break 'l1;
        }
        if let Some(x3) = input.get(2).copied()
            && x3.rem_euclid(3) == 0
        {
            let x4 = (x3.wrapping_sub(x3) ^ 5i64).rem_euclid(2);
        } else {
            match D::new(2001, log).0 {
                2001 => match None::<i64> {
                    Some(x6) if Some(x6).is_some() => {
                        let _g7 = D::new(2, log);
                        match Some((check(x6).ok().unwrap_or(1i64) ^ check(x6)?)) {
                            Some(x8) => {
                                yield_!((input.len() as i64));
                            }
                            None => {}
                        }
                        match input.last().copied() {
                            Some(x9) if i2.rem_euclid(3).rem_euclid(3) == 0 => {
                                match D::new(2003, log).0 {
                                    2003 => {}
                                    _ => {}
                                }
                            }
                            Some(x9) => {
                                if x9
                                    == ({
                                        yield_!(input.get(2).copied().unwrap_or(10i64));
                                        yield_!(i2);
                                        i2.wrapping_mul((input.len() as i64))
                                    })
                                {
                                    break;
                                }
                            }
                            None => {
                                let mut s11 = i2.to_string();
                            }
                        }
                        if h2(h2(x6, x6), -1i64).rem_euclid(2) == 0 {
                            break 'l1;
                        }
                    }
                    Some(x6) => {
                        let mut s12 = String::new();
                        let x13: i64;
                        if 2i64 == i2 {
                            let i2 = i2.wrapping_mul(2).wrapping_add(h(x6));
                            x13 = x6;
                        } else {
                            let i2 = i2.wrapping_mul(2).wrapping_add(
                                (if s12.is_empty() {
                                    i2
                                } else {
                                    (input.len() as i64)
                                })
                                .rem_euclid(4),
                            );
                            x13 = x6;
                        }
                        let mut x14 = h2(x13, {
                            yield_!((-4i64).rem_euclid(6));
                            5i64
                        });
                        let mut x15 = -1i64;
                    }
                    None => {
                        let x16: i64;
                        if input.get(1).copied().is_some() {
                            let mut s17 = String::from("ab");
                            x16 = h2(h(input.get(4).copied().unwrap_or(2i64)), i2);
                        } else {
                            let x18 = check((h(1i64.wrapping_sub(i2)) ^ i2))?;
                            x16 = (if input.contains(&3) {
                                x18
                            } else {
                                x18.wrapping_add(x18)
                            });
                        }
                        let x19: i64;
                        if input.contains(&3) {
                            if Some(x16.wrapping_mul(i2)).is_some() {
                                break;
                            }
                            x19 = 2i64.rem_euclid(3);
                        } else {
                            x19 = h(i2);
                        }
                    }
                },
                _ => {}
            }
        }
    }
    Ok(((-1i64).wrapping_add(3i64)).rem_euclid(4))
}

fn p_96(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(input.get(0).copied().unwrap_or(0i64).rem_euclid(4));
    };
    'l1: for i2 in 0..3i64 {
        if 3i64
            < h(i2).wrapping_add({
                {
                    out.push(1i64);
                };
                (input.len() as i64)
            })
        {
            break 'l1;
        }
        if let Some(x3) = input.get(2).copied()
            && x3.rem_euclid(3) == 0
        {
            let x4 = (x3.wrapping_sub(x3) ^ 5i64).rem_euclid(2);
        } else {
            match D::new(2001, log).0 {
                2001 => match None::<i64> {
                    Some(x6) if Some(x6).is_some() => {
                        let _g7 = D::new(2, log);
                        match Some((check(x6).ok().unwrap_or(1i64) ^ check(x6)?)) {
                            Some(x8) => {
                                {
                                    out.push((input.len() as i64));
                                };
                            }
                            None => {}
                        }
                        match input.last().copied() {
                            Some(x9) if i2.rem_euclid(3).rem_euclid(3) == 0 => {
                                match D::new(2003, log).0 {
                                    2003 => {}
                                    _ => {}
                                }
                            }
                            Some(x9) => {
                                if x9
                                    == ({
                                        {
                                            out.push(input.get(2).copied().unwrap_or(10i64));
                                        };
                                        {
                                            out.push(i2);
                                        };
                                        i2.wrapping_mul((input.len() as i64))
                                    })
                                {
                                    break;
                                }
                            }
                            None => {
                                let mut s11 = i2.to_string();
                            }
                        }
                        if h2(h2(x6, x6), -1i64).rem_euclid(2) == 0 {
                            break 'l1;
                        }
                    }
                    Some(x6) => {
                        let mut s12 = String::new();
                        let x13: i64;
                        if 2i64 == i2 {
                            let i2 = i2.wrapping_mul(2).wrapping_add(h(x6));
                            x13 = x6;
                        } else {
                            let i2 = i2.wrapping_mul(2).wrapping_add(
                                (if s12.is_empty() {
                                    i2
                                } else {
                                    (input.len() as i64)
                                })
                                .rem_euclid(4),
                            );
                            x13 = x6;
                        }
                        let mut x14 = h2(x13, {
                            {
                                out.push((-4i64).rem_euclid(6));
                            };
                            5i64
                        });
                        let mut x15 = -1i64;
                    }
                    None => {
                        let x16: i64;
                        if input.get(1).copied().is_some() {
                            let mut s17 = String::from("ab");
                            x16 = h2(h(input.get(4).copied().unwrap_or(2i64)), i2);
                        } else {
                            let x18 = check((h(1i64.wrapping_sub(i2)) ^ i2))?;
                            x16 = (if input.contains(&3) {
                                x18
                            } else {
                                x18.wrapping_add(x18)
                            });
                        }
                        let x19: i64;
                        if input.contains(&3) {
                            if Some(x16.wrapping_mul(i2)).is_some() {
                                break;
                            }
                            x19 = 2i64.rem_euclid(3);
                        } else {
                            x19 = h(i2);
                        }
                    }
                },
                _ => {}
            }
        }
    }
    Ok(((-1i64).wrapping_add(3i64)).rem_euclid(4))
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
        x1 = check(check(
            input.get(2).copied().unwrap_or(-1i64).wrapping_sub(x1),
        )?)?;
        let mut stk2: Vec<i64> = input.to_vec();
        stk2.truncate(4);
        while let Some(x3) = stk2.pop() {
            if x1
                < (13i64 ^ {
                    yield_!((input.len() as i64));
                    x3
                })
            {
                break;
            }
            let x4 = h2(
                {
                    yield_!(4i64);
                    13i64
                },
                1i64,
            );
            check(x4)?;
        }
    } else if ({
        let g5 = D::new(1001, log);
        yield_!(x1.wrapping_add(x1));
        4i64.wrapping_add(x1)
    }) == ({
        yield_!(2i64.wrapping_add(x1));
        input.get(2).copied().unwrap_or(13i64)
    }) {
        x1 = check(100i64)?;
        if input.contains(&3) {
            let mut c6 = 0_i64;
            'l7: while {
                yield_!(c6);
                c6 < 4
            } {
                c6 += 1;
                yield_!((input.len() as i64));
            }
            yield_!((-1i64).rem_euclid(6));
        } else if (input.len() as i64)
            < ({
                yield_!(x1.rem_euclid(2));
                x1.rem_euclid(4)
            })
        {
            check(x1)?;
        } else {
        }
    } else {
    }
    Ok(3i64)
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
        x1 = check(check(
            input.get(2).copied().unwrap_or(-1i64).wrapping_sub(x1),
        )?)?;
        let mut stk2: Vec<i64> = input.to_vec();
        stk2.truncate(4);
        while let Some(x3) = stk2.pop() {
            if x1
                < (13i64 ^ {
                    {
                        out.push((input.len() as i64));
                    };
                    x3
                })
            {
                break;
            }
            let x4 = h2(
                {
                    {
                        out.push(4i64);
                    };
                    13i64
                },
                1i64,
            );
            check(x4)?;
        }
    } else if ({
        let g5 = D::new(1001, log);
        {
            out.push(x1.wrapping_add(x1));
        };
        4i64.wrapping_add(x1)
    }) == ({
        {
            out.push(2i64.wrapping_add(x1));
        };
        input.get(2).copied().unwrap_or(13i64)
    }) {
        x1 = check(100i64)?;
        if input.contains(&3) {
            let mut c6 = 0_i64;
            'l7: while {
                {
                    out.push(c6);
                };
                c6 < 4
            } {
                c6 += 1;
                {
                    out.push((input.len() as i64));
                };
            }
            {
                out.push((-1i64).rem_euclid(6));
            };
        } else if (input.len() as i64)
            < ({
                {
                    out.push(x1.rem_euclid(2));
                };
                x1.rem_euclid(4)
            })
        {
            check(x1)?;
        } else {
        }
    } else {
    }
    Ok(3i64)
}

// body 98 (seed 2)
#[genfn::generator(yield = i64)]
fn g_98(input: &[i64], log: &Log) -> Result<i64, String> {
    let _ = D::new(1, log);
    'l1: for &i2 in input.iter().take(4) {
        let mut c3 = 0_i64;
        let mut x7 = 'l4: loop {
            c3 += 1;
            if c3 > 2 {
                break 'l4 2i64;
            }
            let mut x5 = or_skip!(check(c3).ok());
            let _g6 = D::new(2, log);
        };
    }
    let mut s8 = String::new();
    let x9 = check(13i64)?;
    let x10 = (7i64, {
        yield_!(0i64);
        2i64
    })
        .1;
    yield_!(format!("{s8:?}").len() as i64);
    Ok(x9)
}

fn p_98(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let _ = D::new(1, log);
    'l1: for &i2 in input.iter().take(4) {
        let mut c3 = 0_i64;
        let mut x7 = 'l4: loop {
            c3 += 1;
            if c3 > 2 {
                break 'l4 2i64;
            }
            let mut x5 = or_skip!(check(c3).ok());
            let _g6 = D::new(2, log);
        };
    }
    let mut s8 = String::new();
    let x9 = check(13i64)?;
    let x10 = (7i64, {
        {
            out.push(0i64);
        };
        2i64
    })
        .1;
    {
        out.push(format!("{s8:?}").len() as i64);
    };
    Ok(x9)
}

// body 99 (seed 2)
#[genfn::generator(yield = i64)]
fn g_99(input: &[i64], log: &Log) -> Result<i64, String> {
    if 1i64 == 100i64 {
        let mut v1: Vec<i64> = input.to_vec();
        'l2: for i3 in 0..({
            yield_!(0i64);
            3i64
        }) {
            let x4 = D::new(2001, log).0.wrapping_add({
                yield_!((input.len() as i64));
                i3
            });
            let mut i3 = i3
                .wrapping_mul(2)
                .wrapping_add(input.get(0).copied().unwrap_or(1i64));
        }
        yield_!((v1.len() as i64).wrapping_mul(((input.len() as i64) as i32 as i64)));
    }
    yield_!(2i64.wrapping_sub(0i64.rem_euclid(3)));
    let mut stk5: Vec<i64> = input.to_vec();
    stk5.truncate(4);
    'l7: while let Some(x6) = stk5.pop() {
        let mut c8 = 0_i64;
        let mut x11 = 'l9: loop {
            c8 += 1;
            if c8 > 2 {
                break 'l9 7i64;
            }
            if input.is_empty() {
                let mut v10: Vec<i64> = vec![10i64, 5i64];
            } else if x6 < 5i64 {
                {
                    if input.is_empty() {
                        break 'l7;
                    }
                }
                if h({
                    yield_!(x6);
                    c8
                }) < 10i64
                {}
            } else {
            }
        };
    }
    Ok(1i64)
}

fn p_99(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 1i64 == 100i64 {
        let mut v1: Vec<i64> = input.to_vec();
        'l2: for i3 in 0..({
            {
                out.push(0i64);
            };
            3i64
        }) {
            let x4 = D::new(2001, log).0.wrapping_add({
                {
                    out.push((input.len() as i64));
                };
                i3
            });
            let mut i3 = i3
                .wrapping_mul(2)
                .wrapping_add(input.get(0).copied().unwrap_or(1i64));
        }
        {
            out.push((v1.len() as i64).wrapping_mul(((input.len() as i64) as i32 as i64)));
        };
    }
    {
        out.push(2i64.wrapping_sub(0i64.rem_euclid(3)));
    };
    let mut stk5: Vec<i64> = input.to_vec();
    stk5.truncate(4);
    'l7: while let Some(x6) = stk5.pop() {
        let mut c8 = 0_i64;
        let mut x11 = 'l9: loop {
            c8 += 1;
            if c8 > 2 {
                break 'l9 7i64;
            }
            if input.is_empty() {
                let mut v10: Vec<i64> = vec![10i64, 5i64];
            } else if x6 < 5i64 {
                {
                    if input.is_empty() {
                        break 'l7;
                    }
                }
                if h({
                    {
                        out.push(x6);
                    };
                    c8
                }) < 10i64
                {}
            } else {
            }
        };
    }
    Ok(1i64)
}

// body 100 (seed 2)
#[genfn::generator(yield = i64)]
fn g_100(input: &[i64], log: &Log) -> Result<i64, String> {
    if h(4i64.wrapping_sub((input.len() as i64)))
        < check({
            yield_!(-4i64);
            4i64
        })?
    {
        yield_!(1i64)
    } else {
        yield_!(h2(h(3i64), input.get(2).copied().unwrap_or(3i64)))
    }
    let g1 = D::new(1001, log);
    let mut v2: Vec<i64> = input.to_vec();
    Ok(input.get(2).copied().unwrap_or(7i64).wrapping_add(13i64))
}

fn p_100(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if h(4i64.wrapping_sub((input.len() as i64)))
        < check({
            {
                out.push(-4i64);
            };
            4i64
        })?
    {
        {
            out.push(1i64);
        }
    } else {
        {
            out.push(h2(h(3i64), input.get(2).copied().unwrap_or(3i64)));
        }
    }
    let g1 = D::new(1001, log);
    let mut v2: Vec<i64> = input.to_vec();
    Ok(input.get(2).copied().unwrap_or(7i64).wrapping_add(13i64))
}

// body 101 (seed 2)
#[genfn::generator(yield = i64)]
fn g_101(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 3i64;
    let mut c2 = 0_i64;
    'l3: loop {
        c2 += 1;
        if c2 > 4 {
            break;
        }
        'l4: for &i5 in input.iter().take(4) {
            if let Some(x6) = input.get(5).copied() {
                for &i7 in input.iter().take(4) {
                    x1 = i5;
                    yield_!(c2);
                    break;
                }
                let x6 = x6
                    .wrapping_mul(2)
                    .wrapping_add(input.get(3).copied().unwrap_or(0i64));
            } else {
                let x8 = (-4i64, {
                    yield_!(-4i64);
                    x1 = (c2 ^ c2);
                    (input.len() as i64)
                })
                    .1;
                if ({
                    yield_!(x8);
                    1i64.wrapping_sub((input.len() as i64))
                })
                .rem_euclid(2)
                    == 0
                {
                    if h2((input.len() as i64), (input.len() as i64)).rem_euclid(4) != check(i5)? {
                        break 'l4;
                    }
                    if x8.wrapping_add(c2)
                        == (if (input.len() as i64).rem_euclid(3) == 0 {
                            (input.len() as i64).rem_euclid(7)
                        } else {
                            h((input.len() as i64))
                        })
                    {
                        break 'l4;
                    }
                } else {
                    yield_!(h(x1));
                    if h(i5).rem_euclid(2) == 0 {
                        return Ok({
                            yield_!(c2.wrapping_sub(x8));
                            yield_!(h2(input.get(6).copied().unwrap_or(-1i64), x8));
                            x1 = -1i64;
                            i5
                        });
                    }
                    let x9 = h2(
                        {
                            yield_!(5i64);
                            input.get(3).copied().unwrap_or(-1i64)
                        },
                        -4i64,
                    );
                }
            }
        }
    }
    Ok(input.get(5).copied().unwrap_or(2i64))
}

fn p_101(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 3i64;
    let mut c2 = 0_i64;
    'l3: loop {
        c2 += 1;
        if c2 > 4 {
            break;
        }
        'l4: for &i5 in input.iter().take(4) {
            if let Some(x6) = input.get(5).copied() {
                for &i7 in input.iter().take(4) {
                    x1 = i5;
                    {
                        out.push(c2);
                    };
                    break;
                }
                let x6 = x6
                    .wrapping_mul(2)
                    .wrapping_add(input.get(3).copied().unwrap_or(0i64));
            } else {
                let x8 = (-4i64, {
                    {
                        out.push(-4i64);
                    };
                    x1 = (c2 ^ c2);
                    (input.len() as i64)
                })
                    .1;
                if ({
                    {
                        out.push(x8);
                    };
                    1i64.wrapping_sub((input.len() as i64))
                })
                .rem_euclid(2)
                    == 0
                {
                    if h2((input.len() as i64), (input.len() as i64)).rem_euclid(4) != check(i5)? {
                        break 'l4;
                    }
                    if x8.wrapping_add(c2)
                        == (if (input.len() as i64).rem_euclid(3) == 0 {
                            (input.len() as i64).rem_euclid(7)
                        } else {
                            h((input.len() as i64))
                        })
                    {
                        break 'l4;
                    }
                } else {
                    {
                        out.push(h(x1));
                    };
                    if h(i5).rem_euclid(2) == 0 {
                        return Ok({
                            {
                                out.push(c2.wrapping_sub(x8));
                            };
                            {
                                out.push(h2(input.get(6).copied().unwrap_or(-1i64), x8));
                            };
                            x1 = -1i64;
                            i5
                        });
                    }
                    let x9 = h2(
                        {
                            {
                                out.push(5i64);
                            };
                            input.get(3).copied().unwrap_or(-1i64)
                        },
                        -4i64,
                    );
                }
            }
        }
    }
    Ok(input.get(5).copied().unwrap_or(2i64))
}

// body 102 (seed 2)
#[genfn::generator(yield = i64)]
fn g_102(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = (check((input.len() as i64).wrapping_add((input.len() as i64)))?)
        .wrapping_add(2i64.wrapping_mul(100i64));
    let mut x1 = x1.wrapping_mul(2).wrapping_add((x1 ^ x1));
    if let Some(x2) = input.get(3).copied() {
        x1 = h(x2.wrapping_sub({
            yield_!((input.len() as i64));
            (input.len() as i64)
        }));
        let mut c3 = 0_i64;
        let x14 = 'l4: loop {
            c3 += 1;
            if c3 > 3 {
                break 'l4 (input.len() as i64).wrapping_add(5i64);
            }
            yield_!(Some(x2).unwrap_or(10i64));
            let mut c5 = 0_i64;
            while c5 < 1 {
                c5 += 1;
                if let Some(x6) = input.last().copied() {
                    if c3 < -1i64 {
                        yield_!(x6);
                    } else {
                    }
                    unsafe {}
                    let _g7 = D::new(1, log);
                }
                yield_!(c5.wrapping_add((check(3i64)?).rem_euclid(5)));
                yield_!(x2);
                if let Some(x8) = input.first().copied() {
                    if let Some(x9) = input.get(4).copied() {}
                } else {
                    if let Some(x10) = check(x2).ok()
                        && (c3 ^ 0i64)
                            < (if x2.rem_euclid(3) == 0 {
                                3i64
                            } else {
                                (input.len() as i64)
                            })
                    {
                        let (x11, mut x12) = (
                            (or_skip!(input.get(4).copied()) ^ {
                                yield_!(x2);
                                x2
                            }),
                            (if h(c5).rem_euclid(3) == 0 {
                                (input.len() as i64)
                            } else {
                                100i64.wrapping_sub(c3)
                            }),
                        );
                    } else {
                        x1 = check(x2)?;
                    }
                    match None::<i64> {
                        Some(x13) if -1i64 != c3 => {
                            yield_!(x13);
                        }
                        Some(x13) => {}
                        None => {}
                    }
                }
            }
        };
    } else {
    }
    Ok(x1)
}

fn p_102(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = (check((input.len() as i64).wrapping_add((input.len() as i64)))?)
        .wrapping_add(2i64.wrapping_mul(100i64));
    let mut x1 = x1.wrapping_mul(2).wrapping_add((x1 ^ x1));
    if let Some(x2) = input.get(3).copied() {
        x1 = h(x2.wrapping_sub({
            {
                out.push((input.len() as i64));
            };
            (input.len() as i64)
        }));
        let mut c3 = 0_i64;
        let x14 = 'l4: loop {
            c3 += 1;
            if c3 > 3 {
                break 'l4 (input.len() as i64).wrapping_add(5i64);
            }
            {
                out.push(Some(x2).unwrap_or(10i64));
            };
            let mut c5 = 0_i64;
            while c5 < 1 {
                c5 += 1;
                if let Some(x6) = input.last().copied() {
                    if c3 < -1i64 {
                        {
                            out.push(x6);
                        };
                    } else {
                    }
                    unsafe {}
                    let _g7 = D::new(1, log);
                }
                {
                    out.push(c5.wrapping_add((check(3i64)?).rem_euclid(5)));
                };
                {
                    out.push(x2);
                };
                if let Some(x8) = input.first().copied() {
                    if let Some(x9) = input.get(4).copied() {}
                } else {
                    if let Some(x10) = check(x2).ok()
                        && (c3 ^ 0i64)
                            < (if x2.rem_euclid(3) == 0 {
                                3i64
                            } else {
                                (input.len() as i64)
                            })
                    {
                        let (x11, mut x12) = (
                            (or_skip!(input.get(4).copied()) ^ {
                                {
                                    out.push(x2);
                                };
                                x2
                            }),
                            (if h(c5).rem_euclid(3) == 0 {
                                (input.len() as i64)
                            } else {
                                100i64.wrapping_sub(c3)
                            }),
                        );
                    } else {
                        x1 = check(x2)?;
                    }
                    match None::<i64> {
                        Some(x13) if -1i64 != c3 => {
                            {
                                out.push(x13);
                            };
                        }
                        Some(x13) => {}
                        None => {}
                    }
                }
            }
        };
    } else {
    }
    Ok(x1)
}

// body 103 (seed 2)
#[genfn::generator(yield = i64)]
fn g_103(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 5i64;
    let mut x3 = [x1, {
        let _g2 = D::new(1, log);
        yield_!(13i64);
        (x1 ^ (input.len() as i64))
    }][1];
    yield_!(-1i64);
    Ok(x1)
}

fn p_103(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 5i64;
    let mut x3 = [x1, {
        let _g2 = D::new(1, log);
        {
            out.push(13i64);
        };
        (x1 ^ (input.len() as i64))
    }][1];
    {
        out.push(-1i64);
    };
    Ok(x1)
}

// body 104 (seed 2)
#[genfn::generator(yield = i64)]
fn g_104(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(7i64);
    if input.get(5).copied().unwrap_or(1i64).rem_euclid(3) == 0 {
        let x1 = 4i64;
        let mut s2 = (-1i64).to_string();
        let g3 = D::new(1001, log);
        let _ = D::new(2, log);
    } else {
        let mut s4 = String::from("ab");
    }
    for &i6 in input.iter().take(4) {
        if (((input.len() as i64) < (input.len() as i64) || i6 < i6)
            || (i6 as i32 as i64) < i6.wrapping_mul((input.len() as i64)))
        {
            skip!();
        }
        yield_!(-1i64);
        if input.is_empty() {
            let mut s7 = ({
                yield_!(7i64);
                0i64
            })
            .to_string();
        }
    }
    Ok(input.get(6).copied().unwrap_or(7i64))
}

fn p_104(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(7i64);
    };
    if input.get(5).copied().unwrap_or(1i64).rem_euclid(3) == 0 {
        let x1 = 4i64;
        let mut s2 = (-1i64).to_string();
        let g3 = D::new(1001, log);
        let _ = D::new(2, log);
    } else {
        let mut s4 = String::from("ab");
    }
    for &i6 in input.iter().take(4) {
        if (((input.len() as i64) < (input.len() as i64) || i6 < i6)
            || (i6 as i32 as i64) < i6.wrapping_mul((input.len() as i64)))
        {
            skip!();
        }
        {
            out.push(-1i64);
        };
        if input.is_empty() {
            let mut s7 = ({
                {
                    out.push(7i64);
                };
                0i64
            })
            .to_string();
        }
    }
    Ok(input.get(6).copied().unwrap_or(7i64))
}

// body 105 (seed 2)
#[genfn::generator(yield = i64)]
fn g_105(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 1i64.rem_euclid(7);
    let mut x2 = x1;
    yield_!(check(x1)?);
    let mut v3: Vec<i64> = input.to_vec();
    x2 = x2;
    let Some(x4) = input.first().copied() else {
        return Ok(x1);
    };
    yield_!(v3.get(3).copied().unwrap_or(0i64));
    let mut s5 = format!("{}", h2(7i64, 5i64));
    Ok((-4i64).wrapping_add(x1))
}

fn p_105(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 1i64.rem_euclid(7);
    let mut x2 = x1;
    {
        out.push(check(x1)?);
    };
    let mut v3: Vec<i64> = input.to_vec();
    x2 = x2;
    let Some(x4) = input.first().copied() else {
        return Ok(x1);
    };
    {
        out.push(v3.get(3).copied().unwrap_or(0i64));
    };
    let mut s5 = format!("{}", h2(7i64, 5i64));
    Ok((-4i64).wrapping_add(x1))
}

// body 106 (seed 2)
#[genfn::generator(yield = i64)]
fn g_106(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = {
        yield_!(h2(10i64, 7i64));
        check(13i64)?
    };
    let (Some(x2), x3) = (check(x1).ok(), (input.len() as i64)) else {
        return Err(format!("early {}", 4i64));
    };
    let mut o4 = input.last().copied();
    for i5 in 0..3i64 {
        check(h2(x2, x1))?;
    }
    Ok(({
        yield_!(x2.rem_euclid(6));
        o4.unwrap_or(5i64)
    })
    .wrapping_sub(h(x3)))
}

fn p_106(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = {
        {
            out.push(h2(10i64, 7i64));
        };
        check(13i64)?
    };
    let (Some(x2), x3) = (check(x1).ok(), (input.len() as i64)) else {
        return Err(format!("early {}", 4i64));
    };
    let mut o4 = input.last().copied();
    for i5 in 0..3i64 {
        check(h2(x2, x1))?;
    }
    Ok(({
        {
            out.push(x2.rem_euclid(6));
        };
        o4.unwrap_or(5i64)
    })
    .wrapping_sub(h(x3)))
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
    v1.push(x2);
    let x3 = check(x2)?;
    if v1.contains(
        &({
            yield_!(13i64);
            -1i64
        })
        .wrapping_sub((input.len() as i64)),
    ) {
        yield_!(x3.rem_euclid(2).wrapping_sub(x3))
    } else {
        yield_!(x3)
    }
    assert!(x3 == x3, "{}", x3);
    let mut x5 = [x2, {
        let mut x4 = 100i64;
        yield_!(x4);
        -1i64
    }][1];
    Ok(x3.rem_euclid(4))
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
    v1.push(x2);
    let x3 = check(x2)?;
    if v1.contains(
        &({
            {
                out.push(13i64);
            };
            -1i64
        })
        .wrapping_sub((input.len() as i64)),
    ) {
        {
            out.push(x3.rem_euclid(2).wrapping_sub(x3));
        }
    } else {
        {
            out.push(x3);
        }
    }
    assert!(x3 == x3, "{}", x3);
    let mut x5 = [x2, {
        let mut x4 = 100i64;
        {
            out.push(x4);
        };
        -1i64
    }][1];
    Ok(x3.rem_euclid(4))
}

// body 108 (seed 2)
#[genfn::generator(yield = i64)]
fn g_108(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut s1 = format!("{}", 2i64);
    let x2 = check(input.get(4).copied().unwrap_or(5i64))?;
    let mut x4 = {
        let x3 = 10i64;
        yield_!(((input.len() as i64) ^ x2));
        5i64
    };
    yield_!(
        (if x4.wrapping_sub(5i64) == 13i64 {
            input.get(0).copied().unwrap_or(3i64)
        } else {
            input
                .get(0)
                .copied()
                .unwrap_or(7i64)
                .wrapping_add(x2.wrapping_add(5i64))
        })
    );
    Ok(x2)
}

fn p_108(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut s1 = format!("{}", 2i64);
    let x2 = check(input.get(4).copied().unwrap_or(5i64))?;
    let mut x4 = {
        let x3 = 10i64;
        {
            out.push(((input.len() as i64) ^ x2));
        };
        5i64
    };
    {
        out.push(
            (if x4.wrapping_sub(5i64) == 13i64 {
                input.get(0).copied().unwrap_or(3i64)
            } else {
                input
                    .get(0)
                    .copied()
                    .unwrap_or(7i64)
                    .wrapping_add(x2.wrapping_add(5i64))
            }),
        );
    };
    Ok(x2)
}

// body 109 (seed 2)
#[genfn::generator(yield = i64)]
fn g_109(input: &[i64], log: &Log) -> Result<i64, String> {
    if let Some(x1) = input.iter().copied().find(|&z| z > 3i64) {
        let mut s2 = String::new();
        match Some(3i64.wrapping_add((if x1 < 5i64 { x1 } else { x1 }))) {
            Some(x3) => {}
            None => {
                yield_!(h((x1 as i32 as i64)));
                for (j5, i4) in (0_i64..).zip(input.iter().copied()).take(4) {
                    let mut x6 = h(x1);
                    if h2(
                        {
                            x6 = x6.wrapping_add({
                                s2.push_str("");
                                yield_!(5i64);
                                j5.rem_euclid(3)
                            });
                            yield_!(x6);
                            (input.len() as i64)
                        },
                        {
                            yield_!((input.len() as i64));
                            x6 = (input.len() as i64);
                            i4
                        },
                    ) != (check((input.len() as i64))?).wrapping_add(i4)
                    {
                        let mut o7 = input.get(6).copied();
                    }
                    yield_!(x6);
                }
                match (x1, input.iter().copied().find(|&z| z > 5i64)) {
                    (x8, Some(x9)) if s2.is_empty() => {
                        yield_!(h((input.len() as i64)));
                        if let Some(x10) = input.get(1).copied() {
                            let g11 = D::new(1001, log);
                            let mut o12 = None::<i64>;
                            let mut x13 = {
                                yield_!((s2.len() as i64));
                                x10
                            };
                            let g14 = D::new(1002, log);
                        } else {
                            let mut x15 = x1;
                            let Some(x16) = input.iter().copied().find(|&z| z > 2i64) else {
                                return Ok(-1i64);
                            };
                        }
                        if let Some(x17) = input.get(2).copied() {
                            let x8 = x8.wrapping_mul(2).wrapping_add(x17);
                        }
                        yield_!(format!("{s2:?}").len() as i64);
                    }
                    (x8, None) => {
                        if check(x8).ok().unwrap_or(10i64)
                            == (input.len() as i64).wrapping_add(2i64)
                        {
                            match check(0i64).ok().unwrap_or(100i64).rem_euclid(5) {
                                0 => {}
                                1 | 2 => {}
                                n18 if input.get(1).copied().unwrap_or(2i64).rem_euclid(3) == 0 => {
                                    let t19 = s2;
                                    let x20 = check(
                                        ({
                                            yield_!(check(n18).ok().unwrap_or(4i64));
                                            check(100i64)?
                                        })
                                        .wrapping_add(5i64),
                                    )?;
                                    yield_!((t19.len() as i64));
                                    check(input.get(2).copied().unwrap_or(-1i64))?;
                                    s2 = t19 + "m";
                                }
                                n18 => {}
                            }
                        } else {
                        }
                    }
                    (_, Some(x9)) => {}
                }
            }
        }
    } else {
    }
    Ok(-1i64)
}

fn p_109(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if let Some(x1) = input.iter().copied().find(|&z| z > 3i64) {
        let mut s2 = String::new();
        match Some(3i64.wrapping_add((if x1 < 5i64 { x1 } else { x1 }))) {
            Some(x3) => {}
            None => {
                {
                    out.push(h((x1 as i32 as i64)));
                };
                for (j5, i4) in (0_i64..).zip(input.iter().copied()).take(4) {
                    let mut x6 = h(x1);
                    if h2(
                        {
                            x6 = x6.wrapping_add({
                                s2.push_str("");
                                {
                                    out.push(5i64);
                                };
                                j5.rem_euclid(3)
                            });
                            {
                                out.push(x6);
                            };
                            (input.len() as i64)
                        },
                        {
                            {
                                out.push((input.len() as i64));
                            };
                            x6 = (input.len() as i64);
                            i4
                        },
                    ) != (check((input.len() as i64))?).wrapping_add(i4)
                    {
                        let mut o7 = input.get(6).copied();
                    }
                    {
                        out.push(x6);
                    };
                }
                match (x1, input.iter().copied().find(|&z| z > 5i64)) {
                    (x8, Some(x9)) if s2.is_empty() => {
                        {
                            out.push(h((input.len() as i64)));
                        };
                        if let Some(x10) = input.get(1).copied() {
                            let g11 = D::new(1001, log);
                            let mut o12 = None::<i64>;
                            let mut x13 = {
                                {
                                    out.push((s2.len() as i64));
                                };
                                x10
                            };
                            let g14 = D::new(1002, log);
                        } else {
                            let mut x15 = x1;
                            let Some(x16) = input.iter().copied().find(|&z| z > 2i64) else {
                                return Ok(-1i64);
                            };
                        }
                        if let Some(x17) = input.get(2).copied() {
                            let x8 = x8.wrapping_mul(2).wrapping_add(x17);
                        }
                        {
                            out.push(format!("{s2:?}").len() as i64);
                        };
                    }
                    (x8, None) => {
                        if check(x8).ok().unwrap_or(10i64)
                            == (input.len() as i64).wrapping_add(2i64)
                        {
                            match check(0i64).ok().unwrap_or(100i64).rem_euclid(5) {
                                0 => {}
                                1 | 2 => {}
                                n18 if input.get(1).copied().unwrap_or(2i64).rem_euclid(3) == 0 => {
                                    let t19 = s2;
                                    let x20 = check(
                                        ({
                                            {
                                                out.push(check(n18).ok().unwrap_or(4i64));
                                            };
                                            check(100i64)?
                                        })
                                        .wrapping_add(5i64),
                                    )?;
                                    {
                                        out.push((t19.len() as i64));
                                    };
                                    check(input.get(2).copied().unwrap_or(-1i64))?;
                                    s2 = t19 + "m";
                                }
                                n18 => {}
                            }
                        } else {
                        }
                    }
                    (_, Some(x9)) => {}
                }
            }
        }
    } else {
    }
    Ok(-1i64)
}

// body 110 (seed 2)
#[genfn::generator(yield = i64)]
fn g_110(input: &[i64], log: &Log) -> Result<i64, String> {
    let x3 = 'b1: {
        if {
            yield_!(4i64);
            check(0i64)? < -1i64
        } {
            return Ok(2i64);
        }
        let mut x2 = (-4i64).wrapping_add(10i64);
        2i64
    };
    'b4: {
        let mut x5 = 4i64;
        x5 |= (input.len() as i64);
    }
    let mut x6 = h2(
        {
            yield_!(h2(x3, x3));
            h2(5i64, x3)
        },
        (input.len() as i64),
    );
    Ok(h2(h(x3), 10i64))
}

fn p_110(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x3 = 'b1: {
        if {
            {
                out.push(4i64);
            };
            check(0i64)? < -1i64
        } {
            return Ok(2i64);
        }
        let mut x2 = (-4i64).wrapping_add(10i64);
        2i64
    };
    'b4: {
        let mut x5 = 4i64;
        x5 |= (input.len() as i64);
    }
    let mut x6 = h2(
        {
            {
                out.push(h2(x3, x3));
            };
            h2(5i64, x3)
        },
        (input.len() as i64),
    );
    Ok(h2(h(x3), 10i64))
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
        let mut c2 = 0_i64;
        let x4 = 'l3: loop {
            c2 += 1;
            if c2 > 1 {
                break 'l3 5i64;
            }
            yield_!(c2.rem_euclid(2));
        };
    } else {
        let x6 = 'b5: {
            yield_!(h(input.get(1).copied().unwrap_or(10i64)));
            h2(0i64, 5i64)
        };
        let x7 = x6;
        let mut c8 = 0_i64;
        while c8 < 4 {
            c8 += 1;
            match (c8, input.iter().copied().find(|&z| z > 3i64)) {
                (x9, Some(x10))
                    if x6
                        < (if 10i64 == x10 {
                            x9
                        } else {
                            (input.len() as i64)
                        }) =>
                {
                    stop!();
                }
                (x9, None) => {
                    if input.get(0).copied().is_some() {
                        continue;
                    }
                    yield_!((x6 ^ 4i64));
                }
                (_, Some(x10)) => {
                    for i11 in 0..({
                        yield_!(10i64);
                        3i64
                    }) {
                        yield_!(-1i64);
                        yield_!(100i64);
                        yield_!(x6);
                    }
                    let _g12 = D::new(1, log);
                }
            }
            if h(x7).rem_euclid(2) == 0 {
                stop!();
            }
        }
    }
    if 100i64
        < h2(
            input.get(6).copied().unwrap_or(1i64),
            4i64.wrapping_add(1i64),
        )
    {
        yield_!(100i64)
    } else {
        yield_!(0i64)
    }
    let x14 = check(
        ({
            yield_!(-4i64);
            13i64
        })
        .wrapping_mul({
            let x13 = ({
                yield_!(-1i64);
                1i64
            } ^ input.get(1).copied().unwrap_or(0i64))
            .wrapping_sub(check(10i64)?);
            yield_!(x13);
            13i64
        }),
    )?;
    let mut x15 = (x14, {
        yield_!(x14);
        input.get(6).copied().unwrap_or(0i64)
    })
        .1;
    'b16: {
        let mut c17 = 0_i64;
        let mut x19 = 'l18: loop {
            c17 += 1;
            if c17 > 1 {
                break 'l18 input.get(0).copied().unwrap_or(3i64);
            }
        };
    }
    Ok(4i64)
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
        let mut c2 = 0_i64;
        let x4 = 'l3: loop {
            c2 += 1;
            if c2 > 1 {
                break 'l3 5i64;
            }
            {
                out.push(c2.rem_euclid(2));
            };
        };
    } else {
        let x6 = 'b5: {
            {
                out.push(h(input.get(1).copied().unwrap_or(10i64)));
            };
            h2(0i64, 5i64)
        };
        let x7 = x6;
        let mut c8 = 0_i64;
        while c8 < 4 {
            c8 += 1;
            match (c8, input.iter().copied().find(|&z| z > 3i64)) {
                (x9, Some(x10))
                    if x6
                        < (if 10i64 == x10 {
                            x9
                        } else {
                            (input.len() as i64)
                        }) =>
                {
                    stop!();
                }
                (x9, None) => {
                    if input.get(0).copied().is_some() {
                        continue;
                    }
                    {
                        out.push((x6 ^ 4i64));
                    };
                }
                (_, Some(x10)) => {
                    for i11 in 0..({
                        {
                            out.push(10i64);
                        };
                        3i64
                    }) {
                        {
                            out.push(-1i64);
                        };
                        {
                            out.push(100i64);
                        };
                        {
                            out.push(x6);
                        };
                    }
                    let _g12 = D::new(1, log);
                }
            }
            if h(x7).rem_euclid(2) == 0 {
                stop!();
            }
        }
    }
    if 100i64
        < h2(
            input.get(6).copied().unwrap_or(1i64),
            4i64.wrapping_add(1i64),
        )
    {
        {
            out.push(100i64);
        }
    } else {
        {
            out.push(0i64);
        }
    }
    let x14 = check(
        ({
            {
                out.push(-4i64);
            };
            13i64
        })
        .wrapping_mul({
            let x13 = ({
                {
                    out.push(-1i64);
                };
                1i64
            } ^ input.get(1).copied().unwrap_or(0i64))
            .wrapping_sub(check(10i64)?);
            {
                out.push(x13);
            };
            13i64
        }),
    )?;
    let mut x15 = (x14, {
        {
            out.push(x14);
        };
        input.get(6).copied().unwrap_or(0i64)
    })
        .1;
    'b16: {
        let mut c17 = 0_i64;
        let mut x19 = 'l18: loop {
            c17 += 1;
            if c17 > 1 {
                break 'l18 input.get(0).copied().unwrap_or(3i64);
            }
        };
    }
    Ok(4i64)
}

// body 112 (seed 2)
#[genfn::generator(yield = i64)]
fn g_112(input: &[i64], log: &Log) -> Result<i64, String> {
    yield_!(13i64);
    if (!((-4i64).rem_euclid(3) == 0) && input.is_empty()) {
        return Ok(-4i64);
    }
    let mut x1 = 3i64;
    let g2 = D::new(1001, log);
    x1 = (input.len() as i64);
    Ok(x1)
}

fn p_112(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    {
        out.push(13i64);
    };
    if (!((-4i64).rem_euclid(3) == 0) && input.is_empty()) {
        return Ok(-4i64);
    }
    let mut x1 = 3i64;
    let g2 = D::new(1001, log);
    x1 = (input.len() as i64);
    Ok(x1)
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
    let mut s1 = format!("{}", 0i64);
    let mut c4 = 0_i64;
    'l5: while c4 < 2 {
        c4 += 1;
        let mut v6: Vec<i64> = vec![100i64, -4i64];
        match input.last().copied() {
            Some(x7) if (input.len() as i64).rem_euclid(3) == 0 => {
                let mut s8 = format!("{}", c4);
                let x9 = check(
                    (if x7
                        == ({
                            yield_!(x7);
                            c4
                        })
                    {
                        x7.rem_euclid(4)
                    } else {
                        c4
                    }),
                )?;
            }
            Some(x7) => {
                if (if 0i64.rem_euclid(2) == 0 {
                    x7
                } else {
                    x7.wrapping_add((input.len() as i64))
                }) != h(0i64)
                {
                    stop!('l5);
                }
            }
            None => {}
        }
        if (c4 < input.last().copied().unwrap_or(7i64) && h(c4).rem_euclid(2) == 0) {
            stop!('l5);
        }
        if (v6.len() as i64) < input.get(0).copied().unwrap_or(-1i64).rem_euclid(3) {
            v6.pop();
        } else {
            yield_!(c4.wrapping_add(check(c4.wrapping_add(c4))?));
        }
    }
    yield_!(input.last().copied().unwrap_or(0i64));
    let mut x10 = h2(input.get(4).copied().unwrap_or(-1i64).wrapping_add(c4), {
        s1 = format!("{s1}{}", 4i64);
        yield_!(4i64);
        (input.len() as i64).wrapping_sub((input.len() as i64))
    });
    if s1.is_empty() {
        let x10 = x10.wrapping_mul(2).wrapping_add(check(100i64)?);
        let mut x11 = input.get(2).copied().unwrap_or(3i64);
        let (x12, x13) = (13i64, x10.wrapping_mul(2i64));
    } else {
        let Some(x14) = check(h((input.len() as i64).wrapping_mul(100i64))).ok() else {
            return Ok(c4);
        };
    }
    if check(4i64)? == ((-4i64).wrapping_sub((input.len() as i64)) ^ 13i64) {
        let mut x15 = 7i64;
        let mut c16 = 0_i64;
        'l17: loop {
            c16 += 1;
            if c16 > 1 {
                break;
            }
            let x25 = 'b18: {
                {
                    let mut x19 = x10;
                    'b20: {}
                    let mut c21 = 0_i64;
                    let x23 = 'l22: loop {
                        c21 += 1;
                        if c21 > 2 {
                            break 'l22 (s1.len() as i64);
                        }
                    };
                }
                let g24 = D::new(1002, log);
                x10
            };
        }
    } else {
    }
    Ok(x10)
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
    let mut s1 = format!("{}", 0i64);
    let mut c4 = 0_i64;
    'l5: while c4 < 2 {
        c4 += 1;
        let mut v6: Vec<i64> = vec![100i64, -4i64];
        match input.last().copied() {
            Some(x7) if (input.len() as i64).rem_euclid(3) == 0 => {
                let mut s8 = format!("{}", c4);
                let x9 = check(
                    (if x7
                        == ({
                            {
                                out.push(x7);
                            };
                            c4
                        })
                    {
                        x7.rem_euclid(4)
                    } else {
                        c4
                    }),
                )?;
            }
            Some(x7) => {
                if (if 0i64.rem_euclid(2) == 0 {
                    x7
                } else {
                    x7.wrapping_add((input.len() as i64))
                }) != h(0i64)
                {
                    stop!('l5);
                }
            }
            None => {}
        }
        if (c4 < input.last().copied().unwrap_or(7i64) && h(c4).rem_euclid(2) == 0) {
            stop!('l5);
        }
        if (v6.len() as i64) < input.get(0).copied().unwrap_or(-1i64).rem_euclid(3) {
            v6.pop();
        } else {
            {
                out.push(c4.wrapping_add(check(c4.wrapping_add(c4))?));
            };
        }
    }
    {
        out.push(input.last().copied().unwrap_or(0i64));
    };
    let mut x10 = h2(input.get(4).copied().unwrap_or(-1i64).wrapping_add(c4), {
        s1 = format!("{s1}{}", 4i64);
        {
            out.push(4i64);
        };
        (input.len() as i64).wrapping_sub((input.len() as i64))
    });
    if s1.is_empty() {
        let x10 = x10.wrapping_mul(2).wrapping_add(check(100i64)?);
        let mut x11 = input.get(2).copied().unwrap_or(3i64);
        let (x12, x13) = (13i64, x10.wrapping_mul(2i64));
    } else {
        let Some(x14) = check(h((input.len() as i64).wrapping_mul(100i64))).ok() else {
            return Ok(c4);
        };
    }
    if check(4i64)? == ((-4i64).wrapping_sub((input.len() as i64)) ^ 13i64) {
        let mut x15 = 7i64;
        let mut c16 = 0_i64;
        'l17: loop {
            c16 += 1;
            if c16 > 1 {
                break;
            }
            let x25 = 'b18: {
                {
                    let mut x19 = x10;
                    'b20: {}
                    let mut c21 = 0_i64;
                    let x23 = 'l22: loop {
                        c21 += 1;
                        if c21 > 2 {
                            break 'l22 (s1.len() as i64);
                        }
                    };
                }
                let g24 = D::new(1002, log);
                x10
            };
        }
    } else {
    }
    Ok(x10)
}

// body 114 (seed 2)
#[genfn::generator(yield = i64)]
fn g_114(input: &[i64], log: &Log) -> Result<i64, String> {
    'b1: {
        let x2 = (if (check((input.len() as i64))?).rem_euclid(2) == 0 {
            1i64
        } else {
            5i64
        });
        'l3: for &i4 in input.iter().take(4) {
            let _g5 = D::new(1, log);
            let mut x6 = {
                yield_!(0i64);
                x2
            };
            'l7: for (j9, i8) in (0_i64..).zip(input.iter().copied()).take(4) {
                let mut v10: Vec<i64> = input.to_vec();
            }
            let mut x11 = i4.wrapping_sub(x6);
        }
        if input.iter().copied().find(|&z| z > 3i64).is_some() {
            return Ok(3i64);
        }
    }
    match ((7i64.wrapping_mul(-1i64)).rem_euclid(6)).rem_euclid(4) {
        0 => {
            yield_!(100i64);
        }
        1 | 2 => yield_!(10i64),
        n12 if (n12.rem_euclid(2) == 0 || n12.rem_euclid(3) == 0) => {
            if n12 < n12 {
                yield_!(h(input.get(6).copied().unwrap_or(1i64)));
                let mut v13: Vec<i64> = input.to_vec();
                let mut x14 = -1i64;
            } else {
                let g15 = D::new(1002, log);
            }
            if input.is_empty() {
                return Ok(2i64);
            }
        }
        n12 => yield_!(n12),
    }
    let x17 = 'b16: { 5i64 };
    Ok(x17)
}

fn p_114(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    'b1: {
        let x2 = (if (check((input.len() as i64))?).rem_euclid(2) == 0 {
            1i64
        } else {
            5i64
        });
        'l3: for &i4 in input.iter().take(4) {
            let _g5 = D::new(1, log);
            let mut x6 = {
                {
                    out.push(0i64);
                };
                x2
            };
            'l7: for (j9, i8) in (0_i64..).zip(input.iter().copied()).take(4) {
                let mut v10: Vec<i64> = input.to_vec();
            }
            let mut x11 = i4.wrapping_sub(x6);
        }
        if input.iter().copied().find(|&z| z > 3i64).is_some() {
            return Ok(3i64);
        }
    }
    match ((7i64.wrapping_mul(-1i64)).rem_euclid(6)).rem_euclid(4) {
        0 => {
            {
                out.push(100i64);
            };
        }
        1 | 2 => {
            out.push(10i64);
        }
        n12 if (n12.rem_euclid(2) == 0 || n12.rem_euclid(3) == 0) => {
            if n12 < n12 {
                {
                    out.push(h(input.get(6).copied().unwrap_or(1i64)));
                };
                let mut v13: Vec<i64> = input.to_vec();
                let mut x14 = -1i64;
            } else {
                let g15 = D::new(1002, log);
            }
            if input.is_empty() {
                return Ok(2i64);
            }
        }
        n12 => {
            out.push(n12);
        }
    }
    let x17 = 'b16: { 5i64 };
    Ok(x17)
}

// body 115 (seed 2)
#[genfn::generator(yield = i64)]
fn g_115(input: &[i64], log: &Log) -> Result<i64, String> {
    let x11 = 'b1: {
        'l2: for i3 in 0..2i64 {
            match ((input.len() as i64).wrapping_add(100i64), check(i3).ok()) {
                (x4, Some(x5)) if (13i64.wrapping_add(2i64)).rem_euclid(3) == 0 => {
                    yield_!(h2(10i64, (input.len() as i64).wrapping_add(i3)))
                }
                (x4, None) => {
                    let mut c6 = 0_i64;
                    loop {
                        c6 += 1;
                        if c6 > 2 {
                            break;
                        }
                        let (Some(x7), x8) = (input.get(1).copied(), 1i64) else {
                            return Ok(input.get(3).copied().unwrap_or(7i64));
                        };
                        if 100i64 < (2i64 ^ (input.len() as i64)).rem_euclid(2) {}
                        let mut x9 = x7;
                    }
                    let mut x10 = h2(
                        {
                            yield_!((input.len() as i64));
                            h(0i64)
                        },
                        2i64.wrapping_sub(5i64),
                    );
                }
                (_, Some(x5)) => {
                    yield_!(0i64);
                }
            }
        }
        10i64
    };
    'l12: for i13 in 0..({
        yield_!(-4i64);
        3i64
    }) {
        let _g14 = D::new(1, log);
    }
    yield_!(x11);
    Ok(check(4i64)?)
}

fn p_115(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x11 = 'b1: {
        'l2: for i3 in 0..2i64 {
            match ((input.len() as i64).wrapping_add(100i64), check(i3).ok()) {
                (x4, Some(x5)) if (13i64.wrapping_add(2i64)).rem_euclid(3) == 0 => {
                    out.push(h2(10i64, (input.len() as i64).wrapping_add(i3)));
                }
                (x4, None) => {
                    let mut c6 = 0_i64;
                    loop {
                        c6 += 1;
                        if c6 > 2 {
                            break;
                        }
                        let (Some(x7), x8) = (input.get(1).copied(), 1i64) else {
                            return Ok(input.get(3).copied().unwrap_or(7i64));
                        };
                        if 100i64 < (2i64 ^ (input.len() as i64)).rem_euclid(2) {}
                        let mut x9 = x7;
                    }
                    let mut x10 = h2(
                        {
                            {
                                out.push((input.len() as i64));
                            };
                            h(0i64)
                        },
                        2i64.wrapping_sub(5i64),
                    );
                }
                (_, Some(x5)) => {
                    {
                        out.push(0i64);
                    };
                }
            }
        }
        10i64
    };
    'l12: for i13 in 0..({
        {
            out.push(-4i64);
        };
        3i64
    }) {
        let _g14 = D::new(1, log);
    }
    {
        out.push(x11);
    };
    Ok(check(4i64)?)
}

// body 116 (seed 2)
#[genfn::generator(yield = i64)]
fn g_116(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 2i64;
    x1 ^= -4i64;
    let _g2 = D::new(1, log);
    yield_!(x1);
    let x3 = [x1.wrapping_add(13i64), {
        yield_!(10i64.wrapping_sub(4i64));
        x1 = check(x1)?;
        input.get(6).copied().unwrap_or(0i64)
    }][1];
    let mut c4 = 0_i64;
    while c4 < 1 {
        c4 += 1;
        let g5 = D::new(1002, log);
        if input.is_empty() {
            stop!();
        }
    }
    if !(({
        let _g6 = D::new(3, log);
        yield_!(-4i64);
        c4
    })
    .rem_euclid(2)
        == 0)
    {
        yield_!(input.get(4).copied().unwrap_or(10i64))
    } else {
        yield_!(h(13i64).wrapping_sub(x1))
    }
    let x7 = h2(10i64.rem_euclid(6), {
        yield_!(input.get(4).copied().unwrap_or(5i64));
        0i64
    });
    Ok({
        yield_!(x1);
        x1
    })
}

fn p_116(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 2i64;
    x1 ^= -4i64;
    let _g2 = D::new(1, log);
    {
        out.push(x1);
    };
    let x3 = [x1.wrapping_add(13i64), {
        {
            out.push(10i64.wrapping_sub(4i64));
        };
        x1 = check(x1)?;
        input.get(6).copied().unwrap_or(0i64)
    }][1];
    let mut c4 = 0_i64;
    while c4 < 1 {
        c4 += 1;
        let g5 = D::new(1002, log);
        if input.is_empty() {
            stop!();
        }
    }
    if !(({
        let _g6 = D::new(3, log);
        {
            out.push(-4i64);
        };
        c4
    })
    .rem_euclid(2)
        == 0)
    {
        {
            out.push(input.get(4).copied().unwrap_or(10i64));
        }
    } else {
        {
            out.push(h(13i64).wrapping_sub(x1));
        }
    }
    let x7 = h2(10i64.rem_euclid(6), {
        {
            out.push(input.get(4).copied().unwrap_or(5i64));
        };
        0i64
    });
    Ok({
        {
            out.push(x1);
        };
        x1
    })
}

// body 117 (seed 2)
#[genfn::generator(yield = i64)]
fn g_117(input: &[i64], log: &Log) -> Result<i64, String> {
    let x1 = 5i64;
    let mut s2 = x1.to_string();
    s2 = format!("{s2}{}", x1);
    if {
        yield_!(x1);
        x1 < 13i64.rem_euclid(4)
    } {
        for i3 in s2.bytes().take(4) {
            let i3 = i3 as i64;
            let x1 = x1.wrapping_mul(2).wrapping_add(10i64);
            if (2i64 as i32 as i64)
                < ({
                    yield_!(13i64);
                    (s2.len() as i64)
                })
            {
                continue;
            }
            let mut o4 = input.last().copied();
        }
        if 0i64 < x1.wrapping_sub(check(1i64)?) {
            let mut v5: Vec<i64> = input.to_vec();
            let _ = D::new(1, log);
        } else if (s2.len() as i64) < input.get(1).copied().unwrap_or(100i64) {
            let mut x6 = 10i64;
        } else {
        }
    } else {
    }
    Ok(x1)
}

fn p_117(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let x1 = 5i64;
    let mut s2 = x1.to_string();
    s2 = format!("{s2}{}", x1);
    if {
        {
            out.push(x1);
        };
        x1 < 13i64.rem_euclid(4)
    } {
        for i3 in s2.bytes().take(4) {
            let i3 = i3 as i64;
            let x1 = x1.wrapping_mul(2).wrapping_add(10i64);
            if (2i64 as i32 as i64)
                < ({
                    {
                        out.push(13i64);
                    };
                    (s2.len() as i64)
                })
            {
                continue;
            }
            let mut o4 = input.last().copied();
        }
        if 0i64 < x1.wrapping_sub(check(1i64)?) {
            let mut v5: Vec<i64> = input.to_vec();
            let _ = D::new(1, log);
        } else if (s2.len() as i64) < input.get(1).copied().unwrap_or(100i64) {
            let mut x6 = 10i64;
        } else {
        }
    } else {
    }
    Ok(x1)
}

// body 118 (seed 2)
#[genfn::generator(yield = i64)]
fn g_118(input: &[i64], log: &Log) -> Result<i64, String> {
    if 0i64.rem_euclid(3) == 0 {
        let mut x1 = h2(((10i64 ^ 2i64) as i32 as i64), {
            yield_!(2i64);
            (2i64 ^ -4i64)
        });
        let mut s2 = String::from("ab");
    } else {
        let g3 = D::new(1001, log);
        if h(7i64)
            .wrapping_add({
                yield_!(3i64);
                (input.len() as i64)
            })
            .rem_euclid(3)
            == 0
        {
            yield_!((7i64.wrapping_sub(4i64)).wrapping_add(-4i64));
        } else if h(2i64).rem_euclid(3).rem_euclid(2) == 0 {
            let mut s4 = String::from("ab");
            let Some(x5) = Some(h2(13i64, input.get(2).copied().unwrap_or(2i64))) else {
                return Ok(7i64);
            };
        } else {
            let mut s6 = String::new();
            let mut s8 = format!("{}", 2i64);
        }
        let x9 = check(1i64)?;
    }
    let _g10 = D::new(2, log);
    let mut x11 = -1i64;
    let g12 = D::new(1003, log);
    yield_!(
        (if (if x11 < x11 { x11 } else { x11 }).rem_euclid(3) == 0 {
            check(10i64.wrapping_sub(4i64))?
        } else {
            input.iter().copied().find(|&z| z > 5i64).unwrap_or(-1i64)
        })
    );
    yield_!(-1i64);
    let mut c13 = 0_i64;
    while c13 < 2 {
        c13 += 1;
        x11 ^= 13i64;
    }
    Ok(None::<i64>.unwrap_or(-1i64))
}

fn p_118(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    if 0i64.rem_euclid(3) == 0 {
        let mut x1 = h2(((10i64 ^ 2i64) as i32 as i64), {
            {
                out.push(2i64);
            };
            (2i64 ^ -4i64)
        });
        let mut s2 = String::from("ab");
    } else {
        let g3 = D::new(1001, log);
        if h(7i64)
            .wrapping_add({
                {
                    out.push(3i64);
                };
                (input.len() as i64)
            })
            .rem_euclid(3)
            == 0
        {
            {
                out.push((7i64.wrapping_sub(4i64)).wrapping_add(-4i64));
            };
        } else if h(2i64).rem_euclid(3).rem_euclid(2) == 0 {
            let mut s4 = String::from("ab");
            let Some(x5) = Some(h2(13i64, input.get(2).copied().unwrap_or(2i64))) else {
                return Ok(7i64);
            };
        } else {
            let mut s6 = String::new();
            let mut s8 = format!("{}", 2i64);
        }
        let x9 = check(1i64)?;
    }
    let _g10 = D::new(2, log);
    let mut x11 = -1i64;
    let g12 = D::new(1003, log);
    {
        out.push(
            (if (if x11 < x11 { x11 } else { x11 }).rem_euclid(3) == 0 {
                check(10i64.wrapping_sub(4i64))?
            } else {
                input.iter().copied().find(|&z| z > 5i64).unwrap_or(-1i64)
            }),
        );
    };
    {
        out.push(-1i64);
    };
    let mut c13 = 0_i64;
    while c13 < 2 {
        c13 += 1;
        x11 ^= 13i64;
    }
    Ok(None::<i64>.unwrap_or(-1i64))
}

// body 119 (seed 2)
#[genfn::generator(yield = i64)]
fn g_119(input: &[i64], log: &Log) -> Result<i64, String> {
    let mut x1 = 10i64;
    x1 = x1;
    if let Some(x2) = input.get(5).copied() {
        if !(x1.rem_euclid(3) == 0 || 2i64.rem_euclid(3) == 0) {
            x1 ^= (input.len() as i64);
            yield_!(h(x1).wrapping_add(x1.wrapping_mul(x2)).rem_euclid(5));
        } else {
            if x1
                == h({
                    yield_!(13i64);
                    x2
                })
            {
                if -4i64 < x2.rem_euclid(7).rem_euclid(5) {
                    let x3 = D::new(2001, log).0.wrapping_add({
                        yield_!(0i64);
                        yield_!(x2);
                        x1 = 2i64;
                        13i64
                    });
                    'b4: {
                        yield_!(x3);
                    }
                } else {
                    match x1.rem_euclid(3) {
                        0 => {}
                        1 | 2 => {
                            let _g6 = D::new(2, log);
                        }
                        n5 if !(n5 < n5 || -4i64 < x2) => {
                            let mut v7: Vec<i64> = input.to_vec();
                        }
                        n5 => yield_!(n5),
                    }
                }
            }
        }
        match x2.rem_euclid(3) {
            0 => {
                if input.get(2).copied().is_some() {
                    yield_!(h2((input.len() as i64), h(7i64)))
                } else {
                    yield_!(13i64.wrapping_add(-4i64))
                }
            }
            1 | 2 => {}
            3..=4 => {}
            n8 if n8.rem_euclid(2) == 0 => {}
            n8 => {}
        }
    } else {
    }
    Ok(x1)
}

fn p_119(input: &[i64], log: &Log, out: &mut Out) -> Result<i64, String> {
    let mut x1 = 10i64;
    x1 = x1;
    if let Some(x2) = input.get(5).copied() {
        if !(x1.rem_euclid(3) == 0 || 2i64.rem_euclid(3) == 0) {
            x1 ^= (input.len() as i64);
            {
                out.push(h(x1).wrapping_add(x1.wrapping_mul(x2)).rem_euclid(5));
            };
        } else {
            if x1
                == h({
                    {
                        out.push(13i64);
                    };
                    x2
                })
            {
                if -4i64 < x2.rem_euclid(7).rem_euclid(5) {
                    let x3 = D::new(2001, log).0.wrapping_add({
                        {
                            out.push(0i64);
                        };
                        {
                            out.push(x2);
                        };
                        x1 = 2i64;
                        13i64
                    });
                    'b4: {
                        {
                            out.push(x3);
                        };
                    }
                } else {
                    match x1.rem_euclid(3) {
                        0 => {}
                        1 | 2 => {
                            let _g6 = D::new(2, log);
                        }
                        n5 if !(n5 < n5 || -4i64 < x2) => {
                            let mut v7: Vec<i64> = input.to_vec();
                        }
                        n5 => {
                            out.push(n5);
                        }
                    }
                }
            }
        }
        match x2.rem_euclid(3) {
            0 => {
                if input.get(2).copied().is_some() {
                    {
                        out.push(h2((input.len() as i64), h(7i64)));
                    }
                } else {
                    {
                        out.push(13i64.wrapping_add(-4i64));
                    }
                }
            }
            1 | 2 => {}
            3..=4 => {}
            n8 if n8.rem_euclid(2) == 0 => {}
            n8 => {}
        }
    } else {
    }
    Ok(x1)
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
