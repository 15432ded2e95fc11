// These generators exercise unusual shapes on purpose (loops that never
// loop, late initialisation, ...): clippy's style lints do not apply.
#![allow(clippy::all, unused_assignments)]
use genfn::{CoroutineState, generator};

#[generator(yield = u64)]
fn fib(n: usize) {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        yield_!(a);
        (a, b) = (b, a.wrapping_add(b));
    }
}

#[test]
fn fib_works() {
    let v: Vec<u64> = fib(10).collect();
    assert_eq!(v, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
}

#[generator(yield = u32, resume = u32, )]
fn acc() -> u32 {
    let mut total = 0;
    loop {
        let v = yield_!(total);
        if v == 0 {
            break;
        }
        total += v;
    }
    total
}

#[test]
fn send_works() {
    let mut g = acc();
    assert_eq!(g.start(), CoroutineState::Yielded(0));
    assert_eq!(g.resume(10), CoroutineState::Yielded(10));
    assert_eq!(g.resume(5), CoroutineState::Yielded(15));
    assert_eq!(g.resume(0), CoroutineState::Complete(15));
}

#[generator(yield = i32)]
fn matchy(v: Vec<Option<i32>>) -> Result<u32, String> {
    let mut n = 0;
    for item in v {
        match item {
            Some(x) if x > 100 => return Err(format!("too big: {x}")),
            Some(x) => {
                yield_!(x);
                n += 1;
                yield_!(x * 2);
            }
            None => continue,
        }
    }
    'outer: while let Some(k) = Some(n) {
        let mut i = 0;
        loop {
            i += 1;
            if i > 2 {
                break 'outer;
            }
            yield_!(k as i32 + i);
        }
    }
    let parsed: i32 = "12".parse::<i32>().map_err(|e| e.to_string())?;
    yield_!(parsed);
    Ok(n)
}

#[test]
fn matchy_works() {
    let mut g = matchy(vec![Some(1), None, Some(2)]);
    let v: Vec<i32> = g.by_ref().collect();
    assert_eq!(v, [1, 2, 2, 4, 3, 4, 12]);
    assert_eq!(g.take_return(), Some(Ok(2)));
    let mut g = matchy(vec![Some(1), Some(200)]);
    let v: Vec<i32> = g.by_ref().collect();
    assert_eq!(v, [1, 2]);
    assert_eq!(g.take_return(), Some(Err("too big: 200".to_string())));
}

#[generator(yield = i32)]
fn inner_gen(n: i32) -> i32 {
    for i in 0..n {
        yield_!(i);
    }
    n * 10
}

#[generator(yield = i32)]
fn outer_gen() -> i32 {
    let a = yield_from!(inner_gen(2));
    yield_from!(vec![100, 200]);
    let b = yield_from!(inner_gen(1));
    a + b
}

#[test]
fn delegation_works() {
    let mut g = outer_gen();
    let v: Vec<i32> = g.by_ref().collect();
    assert_eq!(v, [0, 1, 100, 200, 0]);
    assert_eq!(g.take_return(), Some(30));
}

enum Tree {
    Leaf(i32),
    Node(Vec<Tree>),
}

#[generator(yield = i32)]
fn flatten(t: &Tree) {
    match t {
        Tree::Leaf(x) => yield_!(*x),
        Tree::Node(children) => {
            for c in children {
                yield_from!(flatten(c));
            }
        }
    }
}

#[test]
fn recursion_works() {
    let t = Tree::Node(vec![
        Tree::Leaf(1),
        Tree::Node(vec![Tree::Leaf(2), Tree::Leaf(3)]),
        Tree::Leaf(4),
    ]);
    let v: Vec<i32> = flatten(&t).collect();
    assert_eq!(v, [1, 2, 3, 4]);
}

#[test]
fn inline_gen_works() {
    let k = 3;
    let g = genfn::gen_! {
        for i in 0..k { yield i * i; }
        yield 100;
    };
    let v: Vec<i32> = g.collect();
    assert_eq!(v, [0, 1, 4, 100]);
}

struct Counter {
    items: Vec<u32>,
}
impl Counter {
    #[generator(yield = u32)]
    fn doubled(&self) {
        for x in self.items.iter() {
            yield_!(x * 2);
        }
    }
}

#[test]
fn method_works() {
    let c = Counter {
        items: vec![1, 2, 3],
    };
    assert_eq!(c.doubled().collect::<Vec<_>>(), [2, 4, 6]);
}

fn f2(a: i32, b: i32) -> i32 {
    a * 10 + b
}

#[generator(yield = i32, resume = i32)]
fn order() -> i32 {
    let x = f2(1, yield_!(5));
    let y = yield_!(yield_!(1) + 1);
    x + y
}

#[test]
fn expression_yields() {
    let mut g = order();
    assert_eq!(g.start(), CoroutineState::Yielded(5));
    assert_eq!(g.resume(7), CoroutineState::Yielded(1));
    assert_eq!(g.resume(4), CoroutineState::Yielded(5));
    assert_eq!(g.resume(100), CoroutineState::Complete(117));
}
