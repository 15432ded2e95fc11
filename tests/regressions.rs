//! Bugs found by the behaviour, differential and example tests, each kept
//! as the smallest program that showed it.

#![allow(clippy::needless_late_init)] // the deferred-initialisation regressions

use genfn::{CoroutineState, generator};

// A local moved before a `return` is not live after it.
#[generator(yield = String)]
fn moved_before_return(s: String, stop: bool) {
    if stop {
        yield_!(s);
        return;
    }
    yield_!(s);
}

#[test]
fn local_moved_before_return() {
    assert_eq!(
        moved_before_return("a".into(), true).collect::<Vec<_>>(),
        ["a"]
    );
    assert_eq!(
        moved_before_return("b".into(), false).collect::<Vec<_>>(),
        ["b"]
    );
}

// By-value method calls on a local kept across a yield.
#[generator(yield = u32)]
fn by_value_methods(v: Vec<u32>) {
    for x in v.into_iter() {
        yield_!(x);
    }
}

#[generator(yield = u32)]
fn adapter_after_next(v: Vec<u32>) {
    let mut it = v.into_iter();
    if let Some(first) = it.next() {
        yield_!(first);
    }
    let doubled = it.map(|x| x * 2);
    for x in doubled {
        yield_!(x);
    }
}

#[test]
fn by_value_method_calls() {
    assert_eq!(by_value_methods(vec![1, 2]).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(
        adapter_after_next(vec![1, 2, 3]).collect::<Vec<_>>(),
        [1, 4, 6]
    );
}

// A kept-in-place local moved whole from a branch of the tail.
#[generator(yield = u32)]
fn whole_move(b: String, flag: bool) -> String {
    let pair = (1u32, b.clone());
    yield_!(pair.0);
    if flag { b } else { pair.1 }
}

#[test]
fn whole_move_from_a_branch() {
    let mut g = whole_move("x".into(), true);
    assert_eq!(g.by_ref().count(), 1);
    assert_eq!(g.take_return().as_deref(), Some("x"));
}

// The tail of an `unsafe` block after a yield stays in the unsafe context.
unsafe fn double(x: i32) -> i32 {
    x * 2
}

#[generator(yield = i32)]
fn unsafe_tail(i: i32) -> i32 {
    // SAFETY: `double` has no preconditions.
    let v = unsafe {
        yield_!(i);
        double(i)
    };
    v
}

#[test]
fn unsafe_block_tail() {
    let mut g = unsafe_tail(4);
    assert_eq!(g.resume(()), CoroutineState::Yielded(4));
    assert_eq!(g.resume(()), CoroutineState::Complete(8));
}

// No warning (denied here) for a local overwritten in a later step.
#[deny(warnings)]
mod no_spurious_warnings {
    use genfn::generator;

    #[generator(yield = usize)]
    pub fn overwritten(seed: String) -> String {
        let mut s = seed;
        yield_!(s.len());
        s = String::from("x");
        yield_!(s.len());
        s
    }
}

#[test]
fn overwritten_local_has_no_warning() {
    assert_eq!(
        no_spurious_warnings::overwritten("abc".into()).collect::<Vec<_>>(),
        [3, 1]
    );
}

// A `let` whose initialiser reads the local it shadows.
#[generator(yield = usize)]
fn shadow_reads_outer() -> String {
    let s = String::from("outer");
    {
        let s = s.len();
        yield_!(s);
    }
    s
}

#[test]
fn shadowing_initialiser_reads_the_outer_local() {
    let mut g = shadow_reads_outer();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [5]);
    assert_eq!(g.take_return().as_deref(), Some("outer"));
}

// A suspension point inside the `else` of a `let … else`.
#[generator(yield = i32)]
fn let_else_yields(v: Option<i32>) {
    let Some(x) = v else {
        yield_!(-1);
        return;
    };
    yield_!(x);
}

#[test]
fn yield_in_let_else() {
    assert_eq!(let_else_yields(None).collect::<Vec<_>>(), [-1]);
    assert_eq!(let_else_yields(Some(4)).collect::<Vec<_>>(), [4]);
}

// A local declared without a value, assigned after a yield.
#[generator(yield = u32)]
fn deferred() {
    let x;
    yield_!(0);
    x = 10;
    yield_!(x);
}

// A deferred local assigned in both branches of an `if` after a yield.
#[generator(yield = u32)]
fn deferred_branches(flag: bool) -> u32 {
    let x: u32;
    yield_!(0);
    if flag {
        x = 1;
    } else {
        x = 2;
    }
    yield_!(x);
    x
}

#[test]
fn deferred_initialisation() {
    assert_eq!(deferred().collect::<Vec<_>>(), [0, 10]);
    let mut g = deferred_branches(false);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 2]);
    assert_eq!(g.take_return(), Some(2));
}

// Recursion through a method called on another value.
struct Node {
    value: u32,
    children: Vec<Node>,
}

impl Node {
    #[generator(yield = u32)]
    fn preorder(&self) {
        yield_!(self.value);
        for c in self.children.iter() {
            yield_from!(c.preorder());
        }
    }
}

#[test]
fn recursion_through_another_receiver() {
    let leaf = |value| Node {
        value,
        children: vec![],
    };
    let tree = Node {
        value: 1,
        children: vec![
            Node {
                value: 2,
                children: vec![leaf(3)],
            },
            leaf(4),
        ],
    };
    assert_eq!(tree.preorder().collect::<Vec<_>>(), [1, 2, 3, 4]);
}

// Borrow shapes: a delegated iterator borrowing a local, `last()`, a `ref`
// pattern, a borrow flowing through another local, a local declared without
// a value then borrowed.
#[generator(yield = u32)]
fn borrow_shapes() {
    let v = vec![1u32, 2];
    yield_from!(v.iter().copied());
    let last = v.last();
    yield_!(0);
    yield_!(*last.unwrap());
    let pair = (String::from("abc"), 5u32);
    let (ref a, n) = pair;
    yield_!(n);
    yield_!(a.len() as u32);
    let r = &v;
    let w = r;
    yield_!(9);
    yield_!(w.len() as u32);
    let later;
    later = vec![7u32];
    for x in &later {
        yield_!(*x);
    }
}

#[test]
fn more_borrow_shapes() {
    assert_eq!(
        borrow_shapes().collect::<Vec<_>>(),
        [1, 2, 0, 2, 5, 3, 9, 2, 7]
    );
}

// A by-value receiver (or compared operand) is read before the operands after
// it, even when one of them suspends and then assigns to it (differential
// seed 7, bodies 109 and 3228).
#[allow(unused_assignments)] // the assignments only have to happen after the read
#[generator(yield = i64)]
fn receiver_assigned_after_yield(n: i64) -> (i64, bool, usize) {
    let mut x = 2i64;
    let sum = x.wrapping_add({
        yield_!(x);
        x = n;
        5
    });
    let mut y = 1i64;
    let less = y < {
        yield_!(y);
        y += n;
        3
    };
    // A receiver only read by the later operands stays a place (borrowed).
    let mut v = vec![1];
    v.push({
        yield_!(v.len() as i64);
        2
    });
    (sum, less, v.len())
}

#[test]
fn receiver_read_before_a_later_assignment() {
    let mut g = receiver_assigned_after_yield(10);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 1, 1]);
    assert_eq!(g.take_return(), Some((7, true, 2)));
}

// A block operand whose value is a local reads it when the block ends, not
// where the value is used (differential seed 7, body 562).
#[allow(unused_assignments)]
#[generator(yield = i64)]
fn block_receiver_assigned_later() -> i64 {
    let mut x = 1i64;
    ({
        yield_!(0);
        x
    })
    .wrapping_add({
        yield_!(x);
        x = 100;
        10
    })
}

#[test]
fn block_receiver_read_when_the_block_ends() {
    let mut g = block_receiver_assigned_later();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1]);
    assert_eq!(g.take_return(), Some(11));
}

// `return`, `?` and `break` inside an `unsafe` block that also suspends: the
// fragment goes through tokens again to be put in its `unsafe` block, which
// turns the placeholders into statement macros (seed 7, bodies 56, 120).
#[generator(yield = i64)]
fn exits_in_unsafe(stop: i64, input: Option<i64>) -> Option<i64> {
    let mut n = 0;
    // SAFETY: `double` has no preconditions.
    unsafe {
        yield_!(double(0).into());
        loop {
            n += 1;
            if n == stop {
                return Some(-1);
            }
            if n > 3 {
                break;
            }
            let _ = input?;
        }
        yield_!(n);
    }
    Some(n)
}

#[test]
fn exits_inside_an_unsafe_block() {
    let mut g = exits_in_unsafe(2, Some(1));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0]);
    assert_eq!(g.take_return(), Some(Some(-1)));
    let mut g = exits_in_unsafe(9, Some(1));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 4]);
    assert_eq!(g.take_return(), Some(Some(4)));
    let mut g = exits_in_unsafe(9, None);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0]);
    assert_eq!(g.take_return(), Some(None));
}

// A held local shadowed in an inner scope of the same block and used after
// that scope ends is saved before the shadowing `let` (seed 7, body 7060:
// "invalid generator state").
#[generator(yield = i64)]
fn shadowed_in_inner_scope(input: Vec<i64>) -> String {
    let s = String::from("outer");
    {
        let mut stack = input;
        while let Some(x) = stack.pop() {
            yield_!(x);
        }
        let s = s.len();
        let _ = s;
    }
    s
}

#[test]
fn shadowed_local_used_after_the_inner_scope() {
    let mut g = shadowed_in_inner_scope(vec![1, 2]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 1]);
    assert_eq!(g.take_return().as_deref(), Some("outer"));
}

// A `break` from a statement before the assignment of a local that the loop's
// exit reads: the local is live at the loop's head (seed 7, body 1110:
// "invalid generator state").
#[generator(yield = i64)]
fn break_before_assignment(n: i64) -> i64 {
    let mut x = 1;
    let mut i = 0;
    loop {
        i += 1;
        if i > n {
            break;
        }
        x = i * 10;
        yield_!(0);
        // Read after the yield: taken from its slot, put back only if live.
        yield_!(x);
    }
    x
}

#[test]
fn local_live_through_a_break_before_its_assignment() {
    let mut g = break_before_assignment(2);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 10, 0, 20]);
    assert_eq!(g.take_return(), Some(20));
}

// Locals of code after a `break` (a `for` loop's iterator, a labelled
// loop's value) have no slot: nothing would give it a type, E0282 (seed 7,
// body 1564).
#[allow(unreachable_code, clippy::never_loop)]
#[generator(yield = i64)]
fn dead_code_after_break() -> i64 {
    let mut n = 0;
    loop {
        n += 1;
        yield_!(n);
        if n < 2 {
            continue;
        }
        break;
        for i in 0..({
            yield_!(10);
            3
        }) {
            yield_!(i);
        }
        let v = 'l: loop {
            break 'l 5;
        };
        yield_!(v);
    }
    n
}

#[test]
fn locals_of_unreachable_code_have_no_slot() {
    let mut g = dead_code_after_break();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(g.take_return(), Some(2));
}

// A `let … else` in an `unsafe` block that suspends: its initialiser, put in
// an `unsafe` block of its own, must not end with `}` (seed 7, body 720).
#[generator(yield = i32)]
fn let_else_in_unsafe(v: Option<i32>) -> i32 {
    // SAFETY: `double` has no preconditions.
    unsafe {
        yield_!(double(1));
        let Some(x) = v else {
            return -1;
        };
        double(x)
    }
}

#[test]
fn let_else_inside_an_unsafe_block() {
    let mut g = let_else_in_unsafe(Some(3));
    assert_eq!(g.resume(()), CoroutineState::Yielded(2));
    assert_eq!(g.resume(()), CoroutineState::Complete(6));
    let mut g = let_else_in_unsafe(None);
    assert_eq!(g.resume(()), CoroutineState::Yielded(2));
    assert_eq!(g.resume(()), CoroutineState::Complete(-1));
}

// A `?` (expanded to a `match`) as the left operand of a comparison at the
// start of a statement (`match .. {} < x` ends the statement at the `}`): a
// statement of the user's, or the tail of a fragment put in an `unsafe` block
// because it uses a kept-in-place local, where the macro panicked re-parsing
// it (seed 7, body 1042).
#[allow(unused_must_use)]
#[generator(yield = i64)]
fn try_compared(input: &[i64], r: Result<i64, ()>) -> Result<bool, ()> {
    let (Some(first), n) = (input.iter().copied().find(|&z| z > 0), input.len()) else {
        return Ok(false);
    };
    // The same at the start of a statement.
    r? < 0;
    let less = n > 0 && {
        yield_!(first);
        r? < (input.len() as i64)
    };
    Ok(less)
}

#[test]
fn try_as_the_left_operand_of_a_comparison() {
    let mut g = try_compared(&[5, 6], Ok(1));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [5]);
    assert_eq!(g.take_return(), Some(Ok(true)));
    let mut g = try_compared(&[5, 6], Err(()));
    assert_eq!(g.by_ref().count(), 0);
    assert_eq!(g.take_return(), Some(Err(())));
}

// A local whose slot is filled only in another state, with a value that does
// not tell its type (`o = None`): rustc could not infer the slot's type
// (E0282, seed 7 body 9485).
#[allow(unused_assignments, clippy::single_match)] // the shape of the body that failed
#[generator(yield = i64)]
fn slot_type_from_the_declaration(v: Vec<i64>) -> i64 {
    let mut o = v.first().copied();
    match o {
        Some(x) => {
            yield_!(x);
            o = None;
        }
        None => {}
    }
    v.len() as i64
}

#[test]
fn slot_type_known_from_the_declaration() {
    let mut g = slot_type_from_the_declaration(vec![3]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(g.take_return(), Some(1));
}

// `x != ..` inside a macro's tokens, with `x` kept in place: the `!` was
// taken for a macro call, so `x` stayed the pointer to its slot (E0308
// "expected `*mut i64`, found `i64`", seed 7 body 8792).
#[generator(yield = i64)]
fn kept_in_place_compared_in_a_macro(o: Option<i64>, v: Option<i64>) -> String {
    if let Some(x) = o {
        yield_!(x);
        // The receiver of a scrutinee with bindings: `x` is kept in place.
        match x.rem_euclid(3) {
            0 => {
                let Some(y) = v else {
                    return format!("{} {}", x != 3, x);
                };
                yield_!(y);
            }
            n => yield_!(n),
        }
    }
    String::new()
}

#[test]
fn not_equal_in_a_macro_reads_the_kept_in_place_local() {
    let mut g = kept_in_place_compared_in_a_macro(Some(3), None);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(g.take_return().as_deref(), Some("false 3"));
}

// A compared field whose local a later operand moves after suspending: the
// field is read first (seed 7, body 1281: E0382 in the generator only).
#[generator(yield = i64)]
fn compared_field_then_moved() -> bool {
    let pair = (1i64, String::from("a"));
    pair.0
        < ({
            yield_!(0);
            drop(pair);
            2
        })
}

#[test]
fn compared_operand_read_before_a_later_move() {
    let mut g = compared_field_then_moved();
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0]);
    assert_eq!(g.take_return(), Some(true));
}

// A kept-in-place local moved whole inside an `unsafe` block: its fragment
// is put in an `unsafe` block of its own, whose value is still a move
// (seed 7, body 184: E0507 "cannot move out of `*v` behind a raw pointer").
#[generator(yield = usize)]
fn kept_in_place_moved_in_unsafe(mut v: Vec<u8>) -> usize {
    let first = v.first().copied();
    yield_!(v.len());
    // SAFETY: `double` has no preconditions.
    unsafe {
        let mut w = v;
        yield_!(double(w.len() as i32) as usize);
        w.push(1);
        v = w;
    }
    v.len() + usize::from(first.unwrap_or(0))
}

#[test]
fn kept_in_place_local_moved_inside_an_unsafe_block() {
    let mut g = kept_in_place_moved_in_unsafe(vec![5]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 2]);
    assert_eq!(g.take_return(), Some(7));
}

// A local assigned after a suspension, saved when a `let` shadows it, and
// read once the shadowing scope ends: it is taken back with its value (seed
// 7, body 7243: E0381 "possibly-uninitialized").
#[allow(unused_assignments)]
#[generator(yield = i64)]
fn reassigned_then_shadowed(n: i64) -> i64 {
    let mut x = 1i64;
    {
        let x = x.wrapping_mul(2).wrapping_add({
            yield_!(x);
            x = n;
            1
        });
        let _ = x;
    }
    x += 1;
    x
}

#[test]
fn shadowed_local_taken_back_with_its_value() {
    let mut g = reassigned_then_shadowed(5);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1]);
    assert_eq!(g.take_return(), Some(6));
}

// A deferred initialisation in a statement that also holds a jump which must
// leave the statement first (the `continue` sees a shadowing `x`): rustc
// could not tell that the assignment happened on the path that completes the
// statement (seed 7, body 3563: E0381 "isn't initialized").
#[generator(yield = i64)]
fn deferred_init_next_to_an_exiting_jump(v: Vec<i64>, flag: Option<i64>) -> i64 {
    let x = 2;
    let mut total = 0;
    for n in v {
        let y: i64;
        yield_!(n);
        {
            if let Some(f) = flag {
                let x = x * f;
                if n == x {
                    continue;
                }
            }
            y = x + n;
        }
        yield_!(0);
        total += y;
    }
    total
}

#[test]
fn deferred_initialisation_beside_an_exiting_jump() {
    let mut g = deferred_init_next_to_an_exiting_jump(vec![1, 3], Some(3));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [1, 0, 3, 0]);
    assert_eq!(g.take_return(), Some(8));
    let mut g = deferred_init_next_to_an_exiting_jump(vec![6, 1], Some(3));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [6, 1, 0]);
    assert_eq!(g.take_return(), Some(3));
}

// The same with an assignment that may not happen (`if .. { o = None; }`):
// the local has no value to keep, so it had no slot, and was declared
// without a type in the later state (seed 7, body 9485: E0282).
#[allow(unused_assignments, clippy::single_match)]
#[generator(yield = i64)]
fn slot_type_for_a_conditional_assignment(v: Vec<i64>) -> i64 {
    let mut o = v.first().copied();
    match o {
        Some(x) => {
            yield_!(x);
            if x > 0 {
                o = None;
            }
        }
        None => {}
    }
    v.len() as i64
}

#[test]
fn slot_type_known_for_a_conditional_assignment() {
    let mut g = slot_type_for_a_conditional_assignment(vec![3]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [3]);
    assert_eq!(g.take_return(), Some(1));
}

// `let _ = s;` inside a user `unsafe` block: the lowering wrapped the
// initialiser in an `unsafe` block of its own, which made the place a value
// and moved `s` (seed 43, body 76 with --borrows: E0382).
#[allow(unused_unsafe, clippy::let_underscore_untyped)]
#[generator(yield = usize)]
fn wildcard_let_in_unsafe_block() {
    unsafe {
        let s = String::from("ab");
        for _ in 0..2 {
            yield_!(s.len());
            let _ = s;
        }
    }
}

#[test]
fn wildcard_let_in_an_unsafe_block_does_not_move() {
    assert_eq!(wildcard_let_in_unsafe_block().collect::<Vec<_>>(), [2, 2]);
}

// A branch that ends in `break` inside a fragment (`else { break; }`) still
// went on to the join, so a local declared without a value before the `if`
// was saved on that dead edge, where it was never declared (seed 47, body
// 52 and four more bodies: E0425).
#[generator(yield = i64)]
fn deferred_init_next_to_a_breaking_branch(c: bool) {
    let mut n = 0;
    while n < 2 {
        n += 1;
        let x: i64;
        if c {
            yield_!(1);
            x = 2;
        } else {
            break;
        }
        yield_!(x);
    }
}

#[test]
fn deferred_init_next_to_a_breaking_branch_compiles_and_runs() {
    assert_eq!(
        deferred_init_next_to_a_breaking_branch(true).collect::<Vec<_>>(),
        [1, 2, 1, 2]
    );
    assert_eq!(deferred_init_next_to_a_breaking_branch(false).count(), 0);
}

// The same with the `continue` at the end of a nested block in the branch
// (seed 53, body 8128).
#[generator(yield = i64)]
fn deferred_init_next_to_a_nested_continue(c: bool) {
    let mut n = 0;
    loop {
        n += 1;
        if n > 2 {
            break;
        }
        let x: i64;
        if c {
            {
                let _unused = n;
                continue;
            }
        } else {
            yield_!(n);
            x = n * 10;
        }
        yield_!(x);
    }
}

#[test]
fn deferred_init_next_to_a_nested_continue_compiles_and_runs() {
    assert_eq!(
        deferred_init_next_to_a_nested_continue(false).collect::<Vec<_>>(),
        [1, 10, 2, 20]
    );
    assert_eq!(deferred_init_next_to_a_nested_continue(true).count(), 0);
}
