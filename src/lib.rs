//! Generators for stable Rust, with Python's semantics.
//!
//! `#[generator]` turns a function that uses [`yield_!`], [`yield_from!`]
//! and resume values into a state machine, written out by the macro as plain
//! Rust: no threads, no async runtime underneath, no allocation in the common
//! case, and no type annotations on the locals it keeps.
//!
//! # Usage
//!
//! ```
//! use genfn::generator;
//!
//! #[generator(yield = u64)]
//! fn fib(n: usize) {
//!     let (mut a, mut b) = (0u64, 1u64);
//!     for _ in 0..n {
//!         yield_!(a);
//!         (a, b) = (b, a.wrapping_add(b));
//!     }
//! }
//!
//! assert_eq!(fib(7).collect::<Vec<_>>(), [0, 1, 1, 2, 3, 5, 8]);
//! ```
//!
//! - `#[generator(yield = Y)]`: the type of the yielded values. Optional keys:
//!   `resume = R`, the type of the values sent in (default `()`); `clone`,
//!   to make the generator `Clone` (it then requires its state to be Clone);
//!   `crate = path`, for crates that re-export genfn.
//! - The declared return type `-> T` is the generator's return value (Python's
//!   `StopIteration.value`).
//! - Calling the function runs none of its body: it moves the arguments into
//!   a [`Gen`] and returns it.
//! - It works on free functions, inherent and trait-impl methods (`&self`,
//!   `&mut self`, `self`), generic functions, and functions with lifetimes and
//!   `where` clauses.
//! - [`gen_!`] is the inline form: `gen_!{ .. }` (or `gen_!(move { .. })`)
//!   is an expression whose yield and return types are inferred. Inside it,
//!   the real `yield v;` syntax works too. (It is not called `gen!` because
//!   edition 2024 reserves `gen`.)
//!
//! ```
//! use genfn::{CoroutineState, generator, gen_};
//!
//! // Resume values: `yield_!` evaluates to what the caller sends.
//! #[generator(yield = i64, resume = i64)]
//! fn running_total() -> i64 {
//!     let mut total = 0;
//!     loop {
//!         let value = yield_!(total);
//!         if value == 0 {
//!             return total;
//!         }
//!         total += value;
//!     }
//! }
//!
//! let mut g = running_total();
//! assert_eq!(g.start(), CoroutineState::Yielded(0)); // runs to the first yield
//! assert_eq!(g.resume(10), CoroutineState::Yielded(10));
//! assert_eq!(g.resume(5), CoroutineState::Yielded(15));
//! assert_eq!(g.resume(0), CoroutineState::Complete(15));
//!
//! // Delegation (PEP 380) to iterables and to other generators.
//! #[generator(yield = u32)]
//! fn inner() -> &'static str {
//!     yield_!(1);
//!     "inner done"
//! }
//!
//! #[generator(yield = u32)]
//! fn outer() -> &'static str {
//!     yield_from!([10, 20]);
//!     let said = yield_from!(inner()); // the sub-generator's return value
//!     yield_from!(gen_! { yield 30; });
//!     said
//! }
//!
//! let mut g = outer();
//! assert_eq!(g.by_ref().collect::<Vec<_>>(), [10, 20, 1, 30]);
//! assert_eq!(g.take_return(), Some("inner done"));
//! ```
//!
//! ## The generator value
//!
//! [`Gen`] implements [`Coroutine`] (a stable mirror of the nightly
//! `std::ops::Coroutine`), [`Iterator`] and [`FusedIterator`](core::iter::FusedIterator)
//! when the resume type is `()`, `Debug` (its status, not its contents), and
//! `Send`/`Sync` exactly when the state it holds is. Inherent methods:
//! [`resume`](Gen::resume) (Python's `send`), [`start`](Gen::start)
//! (the first `next` of a generator that takes values),
//! [`take_return`](Gen::take_return), [`try_iter`](Gen::try_iter) (a
//! generator returning `Result<_, E>` becomes an iterator of `Result<Y, E>`,
//! so `?` in the body ends the iteration with the error), and
//! [`boxed`](Gen::boxed) for naming the type ([`BoxGen`]). A generator
//! that never completes may be declared `-> !`; its return type is then
//! [`Infallible`](core::convert::Infallible) (`!` is not stable as a type
//! argument).
//!
//! Dropping a generator is Python's `close()`: the locals it holds are dropped.
//!
//! When a generator is not `Send` (or `Sync`, or `Unpin`) where it must be,
//! rustc names the type at fault, and its first note after that type points
//! at the local that holds it across a suspension point, by a type named
//! after the local:
//!
//! ```text
//! error[E0277]: `Rc<u32>` cannot be sent between threads safely
//!   ...
//! note: required because it appears within the type `counter_kept_in_generator<Rc<u32>>`
//!   --> src/main.rs:9:9
//!    |
//!  9 |     let counter = Rc::new(1);
//!    |         ^^^^^^^
//! ```
//!
//! A temporary kept across a suspension point is named after what it holds
//! (`future_kept_in_generator` for an awaited future,
//! `iterator_kept_in_generator` for the iterator of a `for`,
//! `value_kept_in_generator` for another value) and pointed at where it is
//! made. The notes after it go through genfn's types
//! (`locals_kept_in_generator`, which holds them all, and `Machine` or
//! `AsyncMachine`) to the generator. (When the value at fault is inside an
//! awaited `async` block or `async fn` future, rustc instead reports where
//! that future holds it across its own `.await`.)
//!
//! ## Async generators
//!
//! `#[generator(yield = Y)] async fn` is an async generator (PEP 525): the
//! body may `.await` anywhere a `yield_!` may stand, and the function
//! returns an [`AsyncGen`], a `futures_core::Stream<Item = Y>` that any
//! executor can drive (genfn has no runtime of its own: an awaited future
//! is polled with the caller's waker).
//!
//! ```
//! use futures_core::Stream;
//! use genfn::generator;
//! use std::pin::pin;
//! use std::task::{Context, Poll, Waker};
//!
//! #[generator(yield = u32)]
//! async fn ticks(n: u32) -> &'static str {
//!     for i in 0..n {
//!         let doubled = std::future::ready(i * 2).await;
//!         yield_!(doubled);
//!     }
//!     "done"
//! }
//!
//! // With an executor: `while let Some(v) = s.next().await` (`StreamExt`).
//! let mut s = pin!(ticks(3));
//! let mut cx = Context::from_waker(Waker::noop());
//! let mut items = Vec::new();
//! while let Poll::Ready(Some(v)) = s.as_mut().poll_next(&mut cx) {
//!     items.push(v);
//! }
//! assert_eq!(items, [0, 2, 4]);
//! assert_eq!(s.as_mut().take_return(), Some("done"));
//! ```
//!
//! - [`Stream`](https://docs.rs/futures-core/0.3/futures_core/stream/trait.Stream.html) and
//!   [`FusedStream`](https://docs.rs/futures-core/0.3/futures_core/stream/trait.FusedStream.html) when the resume type is
//!   `()`; for any resume type, [`resume(arg)`](AsyncGen::resume) is a
//!   future of the next [`CoroutineState`] (Python's `asend`); the return
//!   value is [`take_return`](AsyncGen::take_return)'s after the stream
//!   ends.
//! - An awaited future may borrow the generator's locals
//!   (`reader.read(&mut buf).await`): it lives inside the generator from its
//!   first poll until it is dropped there, so an `AsyncGen` is `Unpin` only
//!   when what it holds is (its awaited futures included): otherwise pin it
//!   (`core::pin::pin!`, `Box::pin`) to poll it. `Send` and `Sync` follow
//!   what it holds, so it can be spawned.
//! - Cancellation is drop: dropping it while it awaits drops the future in
//!   flight first, then the locals it holds (in reverse order of
//!   declaration).
//! - [`try_stream()`](AsyncGen::try_stream) turns a generator returning
//!   `Result<_, E>` into a stream of `Result<Y, E>` (a `TryStream`), the
//!   error as its last item; [`boxed()`](AsyncGen::boxed) (`Send`) and
//!   [`boxed_local()`](AsyncGen::boxed_local) erase its type
//!   ([`BoxAsyncGen`], [`LocalBoxAsyncGen`]), which is then `Unpin`.
//! - The repository's `async-executors` member runs async generators on
//!   futures' executors, tokio and smol, and has the async examples
//!   (`cargo run -p genfn-async-executors --example async_tour`): a
//!   countdown with a delay, Fibonacci numbers through an async queue, a
//!   producer and consumer ended by a sentinel, and generators as concurrent
//!   tasks, one of them cancelled by a timeout mid-stream.
//! - [`async_gen_!`] is the inline form (async-stream's `stream!`, and its
//!   `try_stream!` when the block returns a `Result` and uses `?`):
//!   `async_gen_! { let v = f.await; yield v; }`, or `async_gen_!(move {
//!   .. })`; it captures like [`gen_!`].
//! - `yield_from!` also delegates to a `Stream` (its items forwarded, the
//!   value `()`) and to another async generator (PEP 380: its items, the
//!   resume values sent in, and its return value as the value), and to
//!   iterables and sync generators as in a sync generator. A generator may
//!   delegate to itself (`yield_from!(walk(child))`), with no box to write.
//!
//! # Semantics
//!
//! ## Control flow
//! Everything a function body can do works with `yield_!` anywhere inside
//! it: `let` with any pattern, `let … else`, `if`, `if let` and let-chains,
//! `match` with guards and bindings, `loop`, `while`, `while let`, `for`,
//! labelled `break`/`continue`, labelled blocks with values, early `return`,
//! `?` on `Result` and `Option` (it completes the generator with the error,
//! as in a function), shadowing, `unsafe` blocks and macros. A `yield_!` inside
//! an expression is evaluated in Rust's left-to-right order:
//! `f(a(), yield_!(b))` calls `a()` before suspending.
//!
//! A `break` or `continue` in the expansion of your own `macro_rules!`
//! (`macro_rules! skip { () => { continue } }`, or `None => continue` in an
//! `or_skip!(opt)`) leaves the innermost loop around the call, and a label
//! passed to the macro (`stop!('outer)`) names your loop, as in a function,
//! also when the loop suspends. An unlabelled `break` or `continue` in an
//! argument of such a macro (`each!({ break; })`) leaves the innermost loop
//! of the expansion, as in a function: the macro's own loop if it puts the
//! argument in one, else yours; a labelled one leaves the loop of that
//! label: yours, or one the macro declares with a label it was given
//! (`probe_loop!('probe: .., { break 'probe; })`). The macro never sees such a macro's
//! expansion: in a loop that suspends, the statement holding the call (to
//! the end of its block) runs inside a loop of one iteration whose exit
//! and re-entry are the suspending loop's `break` and `continue`, which
//! costs nothing when the macro does not jump. (A `return Err(..)`,
//! `return None` or `?` in such an expansion completes the generator when
//! its return type is a `Result` or an `Option`; other returns cannot: see
//! *Limitations*.)
//!
//! ## Resume values
//! `yield_!(v)` evaluates to the value passed to the next
//! [`resume`](Gen::resume). The first resume starts the body, and its
//! argument is dropped (Python's first `send(None)`); [`start`](Gen::start)
//! does the same without a value. After the body completed, `resume` panics
//! and `next` returns `None`. If the body panics, the panic reaches the
//! caller, the generator is poisoned (a later resume panics), and the locals
//! it held are still dropped exactly once.
//!
//! ## Delegation
//! `yield_from!(x)`: if `x` is a genfn generator with the same resume type
//! (or `&mut` one), every value it yields is yielded, every resume value is
//! forwarded to it, and the expression evaluates to its return value.
//! Any other [`Coroutine`] with the same resume type is delegated to the
//! same way, if it is `Unpin` (`Box::pin` makes it so); its first resume,
//! whose value the trait says a coroutine drops, gets the resume type's
//! `Default::default()` (a resume type without `Default` is an error).
//! Otherwise `x` must be [`IntoIterator`]: every item is yielded, and the
//! expression is `()`.
//!
//! ## Recursion
//! A generator may delegate to itself: `yield_from!(walk(child))` in
//! `fn walk`, or `yield_from!(Self::walk(child))` in a method. Such a
//! generator keeps one frame (the locals of one call) per active call on a
//! stack in the heap: a recursive call pushes a frame, its return pops it and
//! hands its value to the caller's `yield_from!`, and a resume goes straight
//! to the innermost frame. So an item costs the same at any depth, the depth
//! is bounded by memory rather than the thread's stack, and a call in tail
//! position (`return yield_from!(walk(..))`, or the last statement of a body
//! returning `()`) made while the frame holds no local reuses the frame.
//! Dropping a suspended recursion drops the innermost frame first, and each
//! frame's locals after the frames it called, as in a recursive function.
//!
//! The calls that run on frames are `yield_from!(walk(..))` and
//! `yield_from!(Self::walk(..))` in a generator `walk`, without turbofish,
//! with one argument per parameter (the receiver first for a method). Such a
//! call runs this function's body in the new frame, so it must name this
//! very function, and the compiler checks that it does: a call of another
//! function of that name is an error at the call ("this call is not a
//! recursive call of the generator function it is in"). That happens when
//! `walk` is a local closure or item, when a plain `walk(..)` in an
//! associated function (no `self`) names a free function, and when
//! `Self::walk(..)` in a trait impl names an inherent method `walk` of the
//! type. To delegate to that other function, name it by another path
//! (`self::walk(..)`, `crate::walk(..)`, `<Type>::walk(..)`) or bind its
//! generator to a variable first (`let g = walk(..); yield_from!(g)`).
//! Every other form, such as the method-call form
//! `yield_from!(child.walk())` (which might name another type's method),
//! `walk::<T>(..)` or `<Self>::walk(..)`, delegates to whatever the call
//! returns (boxed if it may be this generator): each item then passes
//! through every level.
//!
//! ## Locals and drops
//! Locals need no type annotations. Each local that lives across a
//! suspension point is kept in the generator; within one step it is an
//! ordinary local, so moves, by-value method calls and shadowing behave as in
//! a function. The drop rules:
//!
//! - A local used after a suspension point is kept across it.
//! - A local not mentioned since it was assigned is kept to the end of its
//!   scope: `let _guard = lock.lock();` guards the whole scope, as in Rust.
//! - A local that was mentioned since the last suspension point and is not
//!   used afterwards is dropped at that suspension point, before the caller
//!   sees the yielded value. This is the one difference from Rust's
//!   scope-based drops: the macro cannot tell a by-value method call (which
//!   moves) from a borrow, so it cannot keep such a value. To keep it to the
//!   end of its scope, mention it there, for example with `drop(guard)`.
//! - At the end of a scope (its closing brace, or a `break`, `continue` or
//!   `return` that leaves it), its locals are dropped in reverse order of
//!   declaration, kept-in-place ones included, before any code after the
//!   scope runs. When a suspended generator is dropped, the locals it holds
//!   are dropped in reverse order of declaration. When the
//!   body completes (its end, `return`, `?`), the locals used since the last
//!   suspension point are dropped first, then the ones it still holds, in
//!   reverse order of declaration.
//! - A value is dropped exactly once, also when the body panics (then the
//!   locals the panicking step was using unwind first).
//!
//! ```
//! use genfn::generator;
//! use std::cell::RefCell;
//!
//! struct Noisy<'a>(&'static str, &'a RefCell<Vec<&'static str>>);
//! impl Drop for Noisy<'_> {
//!     fn drop(&mut self) {
//!         self.1.borrow_mut().push(self.0);
//!     }
//! }
//!
//! #[generator(yield = u32)]
//! fn steps<'a>(log: &'a RefCell<Vec<&'static str>>) {
//!     let _kept = Noisy("kept", log); // never mentioned: lives to the end
//!     let used = Noisy("used", log);
//!     let _ = used.0; // mentioned, not used after the yield: dropped there
//!     yield_!(1);
//!     yield_!(2);
//! }
//!
//! let log = RefCell::new(Vec::new());
//! let mut g = steps(&log);
//! assert_eq!(g.next(), Some(1));
//! assert_eq!(*log.borrow(), ["used"]);
//! assert_eq!(g.next(), Some(2));
//! drop(g);
//! assert_eq!(*log.borrow(), ["used", "kept"]);
//! ```
//!
//! ## Borrows across suspension points
//! A generator can keep a borrow of one of its own locals across a
//! `yield_!`, as every Python programmer writes without thinking:
//!
//! ```
//! use genfn::generator;
//!
//! #[generator(yield = usize)]
//! fn word_lengths(text: String) {
//!     let words: Vec<&str> = text.split_whitespace().collect(); // borrows `text`
//!     for w in &words {                                           // borrows `words`
//!         yield_!(w.len());
//!     }
//! }
//!
//! assert_eq!(word_lengths("a bb ccc".into()).collect::<Vec<_>>(), [1, 2, 3]);
//! ```
//!
//! Such a local is *kept in place*: instead of moving in and out of its slot
//! at each suspension point, it lives in a heap slot whose address never
//! changes (so the generator stays `Unpin`, can be moved between resumes and
//! used as a plain `Iterator`), and the state machine reaches it through a
//! raw pointer. The macro decides which locals to keep in place from the
//! syntax, over-approximating: a local is kept in place when it is borrowed
//! (`&x`, `&mut x`, a method call `x.iter()`, a `ref` binding, a capture of a
//! non-`move` closure or `async` block, also among another macro's tokens
//! inside one) in code whose result lives across a suspension point
//! (the initialiser of a local used later, the iterable of a `for` whose body
//! suspends, the scrutinee of a `match` whose arms suspend, a delegated
//! operand, a statement that stores into such a local: `fs.push(|| k + 1)`,
//! `refs.push(&x)`), and when a raw pointer to it is taken anywhere (`&raw const x`,
//! `addr_of!(x)`, `&x as *const T`, `x.as_ptr()` unless `x` is a shared
//! reference parameter; not a reference that only coerces to a pointer, `ptrs.push(&x)`
//! into a `Vec<*const T>`: write `&raw const x`).
//!
//! **Why this is sound.** The macro also emits the body as written, as a
//! closure that is never called, with `yield_!` replaced by an expression of
//! the right type. rustc borrow-checks that copy as ordinary straight-line
//! code, so a use after move, a dangling borrow or a conflicting borrow in
//! the body is a compile error there; the state machine performs the same
//! operations in the same order, and a kept-in-place local is dropped at the
//! end of its scope, as in the copy: the code of a scope that ends in a step
//! is a Rust block there, so the locals the step took out of their slots are
//! dropped at its closing brace, and the slot of a kept-in-place local is
//! cleared right after the locals declared after it (its borrowers), before
//! the code after the scope.
//! A recursive call (see *Recursion*) runs this body in a new frame while the
//! copy checks the call as written, against the called function's
//! signature: the two agree because the copy also checks that the call
//! reaches this very function (the return type of a generator that recurses
//! on frames carries a bound that only its own type has). The whole argument
//! is in `SOUNDNESS.md` in the repository.
//!
//! What you may notice:
//! - A kept-in-place local can be moved as a whole (`let w = v;`, `f(v)`,
//!   `return v`), but not by a by-value method call: `v.into_iter()` is
//!   rejected with "cannot move out of `*v` which is behind a raw pointer"
//!   (for a field of a kept `self`, `self.nfa.into_inner()`: "cannot move
//!   out of a raw pointer", at `self.nfa`).
//!   Write `IntoIterator::into_iter(v)` (or `for x in v`) instead, or move
//!   the whole local out first (`let this = { self }; this.nfa.into_inner()`).
//! - Closures and `async` blocks (not `move`) that borrow locals,
//!   parameters or `self` may live across suspension points, alone
//!   (`let special = |ch| self.hir_char(ch);`) or inside iterator adapters
//!   (`for x in v.iter().map(|e| e + k)`); what they capture is kept in
//!   place, and each captures it as in Rust: a local used only as a place
//!   (`v.len()`, `n += 1`) by reference, one used by value (`add(e, k)`,
//!   `drop(v)`) by reference if its type is `Copy`, else moved into the
//!   closure when it is made. (For the last, the generator makes the
//!   closure `move` and keeps every local it captures in place.) Such a
//!   closure is `Send` or `Sync` only if the types of the kept locals it
//!   reaches are both `Send` and `Sync` (Rust asks one of the two), and so
//!   is a generator that holds it across a suspension point. The one
//!   shape that does not compile: a closure that uses a kept-in-place `Copy`
//!   local by value and also captures a local the generator cannot keep (a
//!   parameter of an enclosing closure, a local of an inner block without
//!   suspension point): rustc reports "a closure uses this `u32` by value,
//!   and it is borrowed across a suspension point" at the local's name (its
//!   help line names genfn's `UsedByValueInClosure`). Bind the value to a
//!   new local before the statement (`let k2 = k;`) and use that one.
//! - Such a closure borrows each kept-in-place local it mentions as a whole
//!   variable, where Rust would borrow only the place it uses: a field
//!   (`|| s.0.len()` borrows all of `s`), or the target of a reference
//!   (`|| *k`, `|| k.len()` with `k: &Vec<_>` borrow `k` itself). The
//!   generator reads the local each time the closure runs and cannot tell
//!   a field of a struct from one behind a reference, so it does not let
//!   the local change while the closure may run: assigning `k = &other;`
//!   (or `s.1 += 1`) meanwhile is rejected ("cannot assign to `k` because
//!   it is borrowed", at the assignment, "borrow occurs due to use in
//!   closure" at the closure's mention). Borrow the part first, `let s0 =
//!   &s.0; let len = || s0.len();`, or give the closure a new local, `let
//!   k2 = k; let c = || *k2;`.
//! - A closure that another macro builds (`deferred!(v.len())` expanding to
//!   `|| v.len()`) is invisible to the generator: if it lives across a
//!   suspension point, the locals it borrows must be borrowed across it
//!   otherwise too (`let r = &v;`), or rustc rejects it ("closure may
//!   outlive the current function, but it borrows `v`").
//! - Borrowing a local across a `yield_!` makes the generator not `Clone`.
//! - A pattern reads a kept-in-place local where it is, as in Rust: `let _ =
//!   v;`, `let Some(_) = v else { .. }`, `let (n, ref s) = v;` with `n`
//!   `Copy`, and `S { a, ..v }` with `Copy` remaining fields leave `v` whole.
//!   A pattern that moves parts out (`let (a, _) = v;` or `let (a, b) =
//!   v;` with `String` fields) is rejected ("cannot move out of `v.0` which
//!   is behind a raw pointer"): move the whole local first, `let (a, b) = {
//!   v };`.
//! - A closure or `async` block that moves a kept-in-place local (`|| drop(v)`)
//!   takes it when it is created, as in Rust.
//! - A `move` closure, `async move` block or `gen_!(move { .. })` that
//!   mentions a kept-in-place local takes the whole local, even when it names
//!   only a field of it (where Rust would take the field): the rest of the
//!   local cannot be used afterwards.
//! - Inside another macro's arguments (`my_macro!(v.len())`), a kept-in-place
//!   local is passed as a reference (`&v`, or `&mut v` when the tokens show a
//!   mutation: `&mut v`, `v.push(..)`, `v += 1`, the first argument of
//!   `write!`), checked by the borrow checker as such: a closure the macro
//!   builds around it borrows it, and cannot be yielded. The reference is to
//!   the whole local, for the whole statement: a borrow of another of its
//!   fields alive at the same time (`let e = self.entries.iter_mut();` then
//!   `probe!(self.indices)`) conflicts with it (E0499, E0502), where Rust
//!   would borrow the field alone. The standard library's macros whose
//!   arguments are expressions (`assert_eq!`, `format!`, `write!`,
//!   `panic!`, …) are not concerned: their arguments are the body's
//!   expressions, and borrow what they name. A macro that mutates
//!   an argument it receives as `v` (`set!(v, x)` expanding to `v = x`) is
//!   rejected ("`v` is a `&` reference"): write `set!(*&mut v, x)`. A
//!   statement macro that receives such a local's name as `v = ..` or `v:
//!   ..` is rejected too: it could declare a new `v`, which the generator,
//!   resolving names before macros expand, would not follow. A macro that
//!   takes such a local as an identifier (`$v:ident`) rejects the place
//!   expression it is given ("no rules expected `(`", at the local's name,
//!   or the error of its last rule when it has several):
//!   give the macro another local (`let w = &v;`), or do not hold the
//!   borrow across the suspension point. A parameter declared as a
//!   reference (`bytes: &mut Bytes<'_>`, `v: &[u8]`, `&mut self`) that no
//!   other binding of the body names is the exception: macros receive it by
//!   name, as a reborrow of what it points to (httparse's `next!(bytes)`
//!   works, and a macro may mutate through `&mut self`), unless their tokens
//!   assign it or take `&mut bytes`.
//! - Temporaries live where Rust keeps them, also when a borrow of one
//!   crosses a suspension point (it is then kept in place): the iterable's
//!   to the end of a `for` (`for x in c.borrow().iter()` keeps the `Ref`
//!   until the loop ends), a `match` scrutinee that an arm binds by `ref` to
//!   the end of the statement, an `if let` scrutinee to the end of its block,
//!   the temporaries a `match` or `if let` scrutinee takes a place from
//!   (`c.borrow()` in `match c.borrow()[0]`, `*c.borrow_mut()`,
//!   `c.borrow().get(0)`) to the end of the `match` or of the `then` block
//!   (the `RefCell` stays borrowed while an arm is suspended),
//!   and the temporaries a `let` extends (`let r = &make();`, `let (ref a,
//!   ref b) = pair();`) to the end of the block. For a `for` and a scrutinee,
//!   this holds for a temporary borrowed by `&`, by a place expression, or
//!   by a method of std known to borrow its
//!   receiver (`iter`, `iter_mut`, `chars`, `keys`, `values`, `drain`,
//!   `as_slice`, `borrow`, `lock`, `get`, ...). Other temporaries of a
//!   scrutinee whose arms suspend (`m.lock().unwrap().len()`, where the
//!   guard is the receiver of `len`) are dropped before the arm runs, and a
//!   temporary an arm moves a field out of (`match make().name { n => .. }`),
//!   or matches by value through `*` (`match *boxed() { Some(s) => .. }`;
//!   also an `Rc`'s: only the guards of `borrow`, `lock`, .. are known not
//!   to be moved out of), follows the rule for locals (dropped at the first suspension point that
//!   does not need it); bind it with `let` to keep it. One borrowed by another method
//!   (`read_to_string(p)?.lines()`, a method of your own) is dropped once
//!   the iterator is made, which rustc rejects ("temporary value dropped
//!   while borrowed") if the iterator borrows it; bind it with `let` first.
//!   A binding by value cannot move out of a temporary that a `ref` binding
//!   of the same pattern keeps across a suspension point ("cannot move out
//!   of a raw pointer"): bind both by reference, or bind the value to a
//!   local first.
//! - Values that cross a suspension point are checked like values that leave
//!   a function: whatever the declared yield type (`&T` with an elided
//!   lifetime, `impl Trait`, the inferred yield type of `gen_!{}`), a
//!   yielded value cannot borrow the generator's own locals, and a resume
//!   value cannot be made to hold such a borrow.

//! ## Attributes in the body
//! `#[cfg(..)]` and `#[cfg_attr(..)]` work as in a function wherever Rust
//! allows them: on statements (also ones with a `yield_!` inside), `let`s, a
//! block's tail, match arms, fields of struct expressions and patterns, call
//! arguments, array and tuple elements, closure and function parameters. The
//! compiler evaluates the predicates: a body that has any is expanded twice,
//! first into the same function under one `#[cfg_attr(predicate, ..)]` per
//! predicate, then into the generator of the configured body (`gen_!{}` asks
//! for one predicate at a time). A body without any is expanded once. `cfg`s
//! inside nested items and other macros' arguments are left to the compiler,
//! where the expansion puts them.
//!
//! Other attributes on statements, tails and match arms compile as in a
//! function and apply to the state machine's copy of that code too. A `for`,
//! `while`, `loop`, `if`, `match` or block with a suspension point inside is
//! split into several steps: its `#[allow(..)]`s apply to the statements
//! inside it, not to its condition, scrutinee or iterable, and its other
//! lint attributes only to the body as written (which the compiler checks,
//! see *Borrows across suspension points*). `#[expect(..)]` and
//! `#[forbid(..)]` are checked on the body as written, as in a function.

//! # How it works
//!
//! The macro parses the body, resolves every mention of a local, lowers the
//! body into a control-flow graph whose blocks end at suspension points and
//! branches (code without a suspension point stays as written), computes
//! which locals are live where, and emits a state machine: a struct of slots
//! for the locals kept across suspension points (declared without types:
//! rustc infers them) and a closure with a `match` over the state.
//!
//! The slots struct is the whole generator: a `u32` state word (which also
//! says whether the generator has started, completed or panicked), one flag
//! bit per slot saying whether it holds a value (a slot is a bare
//! `MaybeUninit`), and the slots. Slots that are never full at the same time
//! share storage: for `fib` above, `n` is consumed when the loop starts, so
//! its slot overlaps those of `a`, `b` and the loop's iterator (a union of
//! `Slot<usize>` and `(Slot<u64>, Slot<u64>, Slot<Range<usize>>)`), and the
//! generator takes 40 bytes. The return value that `next()` keeps for
//! [`take_return`](Gen::take_return) has a field of its own in the slots
//! struct (none for `()`). The loop head and the code after the `yield_!`
//! become (abridged; `take`, `put` and `as_mut` read and write the slot's
//! flag bit):
//!
//! ```text
//! let slots = Slots { state: CREATED, full: [0b0001], s0: Shared { first: n } };
//! Machine::new(slots, |s, arg| -> CoroutineState<u64, ()> {
//!     let mut state = s.state;
//!     loop { match state {
//!         0 | CREATED => {
//!                let (mut a, mut b) = (0u64, 1u64);
//!                let mut n = s.n().take().unwrap();
//!                s.iter().put(IntoIterator::into_iter(0..n));
//!                s.a().put(a); s.b().put(b);
//!                state = 1; continue }
//!         1 => { match Iterator::next(s.iter().as_mut().unwrap()) {
//!                    Some(_) => {
//!                        let mut a = s.a().take().unwrap();
//!                        let yielded: u64 = a;
//!                        s.a().put(a); s.state = 4;
//!                        return Yielded(yielded) }
//!                    None => { /* end of the loop's scopes: clear the slots */
//!                              return Complete(()) } } }
//!         4 => { let mut a = s.a().take().unwrap(); let mut b = s.b().take().unwrap();
//!                (a, b) = (b, a.wrapping_add(b));
//!                s.a().put(a); s.b().put(b); state = 1; continue }
//!     } }
//! })
//! ```
//!
//! The slots struct drops what it still holds in reverse declaration order
//! when the generator is dropped.
//!
//! When the return type is a `Result` or an `Option` and the body calls
//! macros other than the standard library's, the step returns `Ok(state)`
//! (or `Some(state)`) instead of `state`: a `return Err(e)`, `return None`
//! or `?` that such a macro's expansion holds, which the macro never sees,
//! then leaves the step with a value of its type, and the machine completes
//! the generator with it, dropping the locals still held as a `return`
//! does.
//!
//! The macro knows at every take and put whether the slot is full; the flag
//! bits are there to drop the right values and to check that knowledge. In
//! a build without debug assertions (`--release`), a slot whose type has no
//! drop glue (`u64`, a reference, a `Range<usize>`) keeps no flag: its takes
//! and puts are plain reads and writes, which is what lets LLVM keep such a
//! local in a register across the steps of a loop. Builds with debug
//! assertions keep and check every flag, so that a mistake of the macro
//! shows as a panic ("genfn internal error: invalid generator state") in
//! your tests rather than as a wrong value. Slots that the machine reads
//! without knowing whether they are full (a `let x;` assigned in some
//! branches only) keep their flags in every build, as do all the slots of a
//! generator that can be cloned (the `clone` key, a `gen_!` block).
//!
//! An async generator's machine is the same, with two differences: its
//! step is a poll (it gets the caller's `Context`, and returns
//! `Poll<CoroutineState<..>>`), and each `.await` is a suspension point
//! whose future lives in a slot of its own. The block before it converts
//! the operand with `IntoFuture` and puts it in the slot; the next block
//! polls it where it lies, until it is ready, returning `Poll::Pending` in
//! between (with the state at that block and the live locals saved, as at
//! a `yield_!`); then the future is dropped in its slot and its output is
//! the value of the `.await`. The machine is structurally pinned (an
//! `AsyncGen` is `Unpin` only when every future it awaits is), which is what
//! makes polling in place sound.
//! The copy of the body that rustc borrow-checks is an `async` block that is
//! never polled, so borrows held across an `.await` are checked as in an
//! `async fn`.
//!
//! The function returns `Gen<impl Body<..>>`, which may hold every lifetime
//! of the parameters. When there are two or more, the expansion names the
//! elided ones and adds one more lifetime that they all outlive: a local
//! that borrows from either of two parameters (`if c { a } else { b }`) has
//! a lifetime shorter than both, and that is the one the generator keeps it
//! with. Type parameters, `impl Trait` arguments included, outlive it too,
//! so that a borrow of a generic value (`t.as_ref()`) can be kept across a
//! suspension point.
//!
//! A declared return type with `impl Trait` in it (`-> impl Fn(&usize) ->
//! u64`) still tells rustc the signature of a closure the body returns: the
//! return value goes through a generic identity function declared in the
//! body, whose parameters carry the same bounds.
//!
//! In the editor, rust-analyzer gets another expansion: it runs the macro in
//! a process of its own, which the macro recognises, and there a generator
//! (a function, or a `gen_!{}` / `async_gen_!{}` block) expands to its
//! signature, the body as you wrote it (each suspension point a call typed
//! like it) and a stand-in generator of the same type, so that hovers,
//! go-to-definition, references, rename, completion and inlay hints answer
//! as in a plain function, and the expansion stays small. rustc never sees
//! that view. `tests/ide/ide_parity.py` in the repository compares the two
//! over LSP.
//!
//! Set `GENFN_DEBUG_IR=name` (or `1`) while
//! building to print the control-flow graph of a generator, and
//! `GENFN_DEBUG_EXPAND=name` to print its expansion.
//!
//! # Limitations
//!
//! - The borrow limitations of *Borrows across suspension points*: no
//!   by-value method call on a kept-in-place local (write
//!   `IntoIterator::into_iter(v)`), no partial move out of one, `move`
//!   closures take one whole, a closure built by another macro is not seen
//!   (what it borrows is not kept for it), and a closure cannot use a kept
//!   `Copy` local by value while it also captures a closure parameter or a
//!   local of an inner block; such a closure borrows each kept local it
//!   mentions whole, so it cannot be reassigned (a reference `k = &other`)
//!   or have another field changed while the closure may run. A closure
//!   that mentions a name a statement macro may have declared
//!   (`decl!(m);` expanding to `let mut m = ..`) is not made `move`. The choice
//!   of locals to keep in place is syntactic and over-approximates; a
//!   borrow it misses is rejected by rustc (never accepted unsoundly).
//! - A local partially moved in one step (`let a = pair.0;`) cannot be kept
//!   across a suspension point as a whole.
//! - A value mentioned since the last suspension point and not used after it
//!   is dropped at that point (see *Locals and drops*).
//! - `yield_!` cannot appear inside closures, async blocks, nested functions,
//!   match guards or other macros' arguments (`println!("{}", yield_!(x))`):
//!   bind the value first with `let`.
//! - `yield_from!` delegates to genfn generators; another `Coroutine`
//!   implementation is delegated to as an iterator only if it is one.
//!   Delegating to a generator that already started continues it only when
//!   the resume type is `()` (otherwise there is no value to resume it with
//!   and the delegation panics).
//! - Recursion runs on the stack of frames only for `yield_from!(walk(..))`
//!   and `yield_from!(Self::walk(..))` without turbofish (see *Recursion*);
//!   such a call that names another function than the one being defined is
//!   a compile error, to be written with another path.
//!   `yield_from!(child.walk())` is boxed at each level (O(depth) per item),
//!   and then a generic generator needs its type parameters to outlive it
//!   (`T: 'static`, or a lifetime parameter).
//! - A suspension point inside the place an assignment writes
//!   (`v[yield_!(1)] = 5`) is rejected ("a generator cannot suspend inside
//!   the place an assignment assigns to"): Rust evaluates that place after
//!   the value. So is a compound assignment (`+=`, `&=`, ...) whose value
//!   suspends and whose place is not built from locals, fields, derefs and
//!   plain indices only (`*c.borrow_mut() += { yield_!(()); 1 }`, "a
//!   generator cannot keep Rust's evaluation order for this compound
//!   assignment"), or whose place suspends: Rust evaluates such a place
//!   before or after the value depending on the operand types. Compute the
//!   index or the place's parts first (`let i = yield_!(1); v[i] = 5;`). A
//!   suspension point in the value of a plain or destructuring assignment
//!   works (`(a, b) = (yield_!(1), 2)`).
//! - A borrow kept across a suspension point of a value whose type has a
//!   type parameter of the surrounding `impl` (`let (p, len, _) =
//!   v.triple_mut();` with `v: SmallVec<A>` in `impl<A: Array>
//!   SmallVec<A>`) needs that parameter to outlive the generator, which
//!   the attribute cannot state (it sees only the function): rustc asks for
//!   `A: 'static` (E0310, at the attribute). Add the bound to the `impl`,
//!   or end the borrow before the suspension point. The same holds for a
//!   closure parameter `F: for<'f> FnOnce(&'f [u8]) -> &'f T` kept across
//!   one, whose `T` rustc then wants `'static`.
//! - Compile time: rustc type-checks the generated state machine (whose
//!   slot types it infers) and a copy of the body, so a generator costs
//!   several times a plain function of the same body to compile (about
//!   17 ms in a debug `cargo check` for a 13-line generator, 0.3-0.5 s for
//!   a 300-line one, 4-5x an async-stream `stream!` of the same body;
//!   BENCHMARKS.md). Cargo builds proc macros unoptimised in the dev
//!   profile; `[profile.dev.build-override] opt-level = 3` in your
//!   workspace roughly halves the macro's own share.
//! - Items (`fn`, `struct`, `const`, `use`, ...) declared in a block of a
//!   generator's body that contains a suspension point are moved to the top
//!   of the state machine, where every step sees them. So that each name
//!   resolves as in Rust, the macro rejects, with an error on the item, an
//!   item named like a local of the body or like another such item, an item
//!   of an inner block whose name is also used outside that block (where it
//!   names something else), and a glob import (`use m::*;`) in an inner
//!   block. Rename one of the two, or move the item to the body's first
//!   level. (Items in blocks without a suspension point stay where they are.)
//!   A `macro_rules!` defined in the body (moved so, or in a block left in
//!   place) is rejected when its expansion uses a local of the body (a
//!   parameter included) or one of its labels by name (`macro_rules! twice
//!   { () => { n * 2 } }`, `continue 'headers;`): Rust resolves those names
//!   where the macro is defined, which the state machine does not keep as
//!   written. Define the macro outside the function, or pass the value or
//!   label as an argument (`twice!(n)`); names the macro binds itself (`let
//!   b = $e;`) are fine.
//! - The state machine declares, in the function's body, a struct named
//!   `locals_kept_in_generator` and one per kept local, named after it
//!   (`counter_kept_in_generator`, which is also a value): a name of that
//!   form used in the body (a type, an item, a local variable) clashes with
//!   them.
//! - `gen_!{}` captures its environment like a closure (by reference, or by
//!   value with `move`): its body can neither move a captured value out nor
//!   keep a mutable borrow of one across a suspension point (the body runs
//!   in several steps). Pass such values as arguments of a `#[generator]`
//!   function instead.
//! - A match whose guard reads a `ref mut` binding, in an arm that suspends,
//!   is rejected by the borrow checker.
//! - Speed: each step moves the locals it uses out of their slots and back.
//!   Driven by a loop that LLVM can see through (a `for` over a `Gen`),
//!   most generators run at a hand-written iterator's speed; a recursive
//!   walk is about 2.8x a hand-written explicit-stack iterator (in
//!   instructions per item), and an async generator whose items need no
//!   real suspension (nothing pending) about 1.5-2.2x a hand-written
//!   `Stream` (BENCHMARKS.md has the ratios). These are release builds: with
//!   debug assertions every slot keeps its flag (see *How it works*).
//! - A lint attribute on a control-flow expression that suspends (a `for`,
//!   `if`, `match`, block, …) reaches the state machine only as the
//!   `#[allow(..)]`s of the statements inside it (see *Attributes in the
//!   body*): a lint of its condition or scrutinee may still be reported.
//!   Put the attribute on the function, or bind the condition with `let`.
//! - A `return` or `?` inside the expansion of a `macro_rules!` (serde_json's
//!   `tri!`, anyhow's `bail!` and `ensure!`, a `q!(e)` expanding to `e?`)
//!   is never seen by genfn: it leaves the step of the state machine as
//!   written. It completes the generator, as in a function, when the
//!   declared return type is written `Result<..>` or `Option<..>` (any path
//!   ending so: `io::Result<T>`, a crate's `Result<T>` alias) and the exit
//!   is a `?`, a `return Err(..)` or a `return None`: the step then returns
//!   your return type around its own value, and the locals still held are
//!   dropped, latest declared first, as for a `return` in the body. Other
//!   such exits do not compile:
//!   - a `return Ok(..)`, `return Some(..)` or `return value` in the
//!     expansion (httparse's `complete!` returns `Ok(Status::Partial)`):
//!     rustc reports mismatched types at the `return` in the macro
//!     ("expected `CoroutineState<..>`"), under "in this macro invocation"
//!     on your call;
//!   - a return type behind an alias of another name (`-> Parsed<T>`), or
//!     of another type, a recursive generator, or one declared `clone`:
//!     "the `?` operator can only be used in a closure that returns ..."
//!     at the `?`, or the mismatched types above at the `return`.
//!
//!   rustc's hint to wrap the value in `CoroutineState::Complete` does not
//!   apply. The macro cannot tell, as it does not see the expansion, and no
//!   stable construct lets a step complete the generator with any value
//!   from inside an expression it did not write. Write the `return` in the
//!   body itself (`let v = match complete(..) { .. => return Ok(..) }`), or
//!   spell the return type `Result<T, E>`. (`return` and `?` in the
//!   *arguments* of a macro, `println!("{}", e?)`, are the body's own and
//!   work where the arguments are expressions, comma-separated as in
//!   `println!` or a block as in `each!({ .. })`; among tokens the macro
//!   reads otherwise, `rep!(2; check(x)?;)`, the macro cannot find them, and
//!   they are handled as those of the expansion are.)
//! - A statement that calls a macro of yours which may `break` or
//!   `continue` a loop that suspends (`or_skip!` above) runs inside a loop
//!   of one iteration (see *Control flow*), so rustc rejects a move in that
//!   same statement of a local declared before it in the loop's body, or of
//!   a value the statement computed before an earlier `yield_!` in it:
//!   `consume(s, or_skip!(o))` gives E0382 "value moved here, in previous
//!   iteration of loop" on `s`. Bind the macro's value first (`let n =
//!   or_skip!(o); consume(s, n)`); moves in the statements after it work.
//! - In the editor: rust-analyzer shows no parameter-name inlay hints for
//!   calls inside a function that has any attribute macro (an attribute
//!   that changes nothing loses them too). While a line is half typed so that the body does not parse
//!   (`a.` on the line before `(a, b) = ..`), the editor sees the body's
//!   tokens as they are: no error of genfn's, hovers still work, but
//!   completion after that `.` offers nothing (after `v.` followed by
//!   another statement it works).
//! - Stack in debug builds: a function that drives a generator to
//!   completion (`for _ in g.by_ref() {}`) and is called recursively uses
//!   more stack per level than the same body as a plain function, because
//!   an unoptimised step keeps every temporary of every state in its frame:
//!   4.2 KB per level against 352 bytes for a small recursive-descent parser
//!   (128 against 112 bytes in a release build; `cargo run --example
//!   stack_per_level` in the repository). A deeply recursive parser
//!   written this way may need a larger stack in debug builds
//!   (`RUST_MIN_STACK`, `std::thread::Builder::stack_size`); recursion
//!   with `yield_from!` (see *Recursion*) does not grow the stack.
//! - Async generators: a direct recursion (`yield_from!(walk(child))`)
//!   boxes each level, so an item passes through every level (O(depth)),
//!   and the generator must be `Send` (its return type promises it, as the
//!   boxed levels need); `clone` is not implemented yet; `.await` cannot
//!   stand inside another macro's arguments (`format!("{}", f.await)`):
//!   bind the value with `let` first. A stream drained with
//!   `StreamExt::next().await` costs about twice a hand-written one per
//!   item when nothing is awaited in between (BENCHMARKS.md).
//!
//! # From Python
//!
//! | Python | genfn |
//! |---|---|
//! | `def gen(): yield v` | `#[generator(yield = T)] fn gen() { yield_!(v); }` |
//! | `(x * x for x in xs)` | `gen_! { for x in xs { yield x * x; } }` |
//! | `g = gen()` (nothing runs) | `let mut g = gen();` (nothing runs) |
//! | `next(g)` | `g.next()`, or `g.start()` for a generator that takes values |
//! | `for v in gen(): …` | `for v in gen() { … }` |
//! | `list(gen())` | `gen().collect::<Vec<_>>()` |
//! | `x = yield v` | `let x = yield_!(v);` with `resume = X` |
//! | `g.send(x)` | `g.resume(x)` |
//! | `return value` / `StopIteration.value` | `return value;` / `g.take_return()`, or `CoroutineState::Complete(value)` |
//! | `r = yield from sub()` | `let r = yield_from!(sub());` |
//! | `yield from iterable` | `yield_from!(iterable);` |
//! | `g.close()` | `drop(g)` |
//! | `itertools.islice(counter(), 10)` | `counter().take(10)` |
//! | an exception in the body | a panic: it propagates, the generator is poisoned |
//! | `raise` of an error result | `?` with `-> Result<_, E>`, then [`try_iter`](Gen::try_iter) |
//! | `async def agen(): await f; yield v` | `#[generator(yield = T)] async fn agen() { f.await; yield_!(v); }` |
//! | `async for v in agen(): …` | `while let Some(v) = agen.next().await { … }` (`StreamExt`, the generator pinned) |
//! | `await g.asend(x)` | `g.as_mut().resume(x).await` |
//! | `await g.aclose()` | `drop(g)` |

#![no_std]

pub use gen_core::{
    AsyncBody, AsyncGen, Body, Coroutine, CoroutineState, Gen, Resume, TryIter, TryStream,
};
#[cfg(feature = "std")]
pub use gen_core::{BoxAsyncGen, BoxGen, BoxGenSend, LocalBoxAsyncGen};
pub use gen_macros::{async_gen_, gen_, generator};

/// Suspends the generator with a value: `yield_!(value)` evaluates to the next
/// resume argument. Only meaningful inside `#[generator]` functions and
/// `gen_!{}`, which rewrite it; anywhere else it is a compile error.
#[macro_export]
macro_rules! yield_ {
    ($($tokens:tt)*) => {
        ::core::compile_error!("`yield_!` can only be used directly inside a `#[generator]` function or a `gen_!{}` block")
    };
}

/// Delegates to another generator or an iterable (Python's `yield from`).
/// Only meaningful inside `#[generator]` functions and `gen_!{}`.
#[macro_export]
macro_rules! yield_from {
    ($($tokens:tt)*) => {
        ::core::compile_error!("`yield_from!` can only be used directly inside a `#[generator]` function or a `gen_!{}` block")
    };
}

#[doc(hidden)]
pub mod __private {
    pub use gen_core::__private::*;
    /// `#[generator]` and `gen_!` again, for the expansion of a body with
    /// `cfg`s: see `configure` in gen-macros.
    pub use gen_macros::{async_gen_, gen_, generator};
}
