//! Items the generated code names. Not a public API: anything here may change
//! in any release.

use core::convert::Infallible;
use core::marker::PhantomData;
use core::ops::ControlFlow;
use core::pin::Pin;

pub use crate::async_gen::{
    AsyncDelegate, AsyncGenKind, AsyncMachine, AsyncMismatchKind, AsyncMismatched, AsyncSameResume,
    StreamDelegate, StreamKind, ViaAsyncGen, ViaAsyncMismatch, ViaStream, poll_in_place,
};
pub use crate::generator::{Frame, Machine, Status, StubFrame, state};
#[cfg(feature = "alloc")]
pub use crate::kept_slot::{
    CaptureCopy, CaptureMove, CaptureOf, Captured, KeptCapture, KeptSlot, TakeCopy, TakeMove,
    UsedByValueInClosure, kept_assign, kept_capture, kept_mut, kept_read, kept_ref,
};
#[cfg(feature = "alloc")]
pub use crate::recursion::{Frames, Recursion, recursion, returned};
pub use crate::slot::{Shared, Slot, Storage, TrackedSlot, drop_all_even_on_panic};
pub use crate::{AsyncBody, AsyncGen, Body, Coroutine, CoroutineState, Gen};

pub use core;
pub use futures_core;

/// What a step of the state machine is called with: the start of a generator
/// resumed without a value ([`Gen::start`]), or a resume value.
pub enum Arg<R> {
    Start,
    Value(R),
}

impl<R> Arg<R> {
    /// The resume value, as the value of the `yield_!` the body was suspended
    /// at. `Gen` only passes `Start` to a body that has not started, so a
    /// suspended body always receives a value.
    #[inline(always)]
    pub fn into_value(self) -> R {
        match self {
            Arg::Value(value) => value,
            Arg::Start => no_resume_value(),
        }
    }
}

/// The resume argument of this step, taken by the block the step resumes in.
#[inline(always)]
pub fn take_arg<R>(arg: &mut Option<Arg<R>>) -> Arg<R> {
    match arg.take() {
        Some(arg) => arg,
        None => no_resume_value(),
    }
}

#[cold]
#[inline(never)]
fn no_resume_value() -> ! {
    panic!("genfn internal error: a suspended generator was resumed without a value")
}

#[cold]
#[inline(never)]
pub fn invalid_state() -> ! {
    panic!("genfn internal error: invalid generator state")
}

/// What the step function does in a state that is none of its blocks: the
/// reserved states of a generator that cannot be resumed, or a bug.
#[cold]
#[inline(never)]
pub fn resumed_in_state(state: u32) -> ! {
    match state {
        crate::generator::state::COMPLETE | crate::generator::state::RETURNED => {
            panic!("generator resumed after completion")
        }
        crate::generator::state::POISONED => {
            panic!("generator resumed after it panicked (it is poisoned)")
        }
        _ => invalid_state(),
    }
}

/// `()`, the only resume type of generators that are iterators.
#[diagnostic::on_unimplemented(
    message = "this generator takes resume values of type `{Self}`, so it is not an Iterator",
    label = "only generators with `resume = ()` iterate",
    note = "drive it with `.start()` and `.resume(value)`, or wrap it in an adapter that supplies the values"
)]
pub trait ResumeUnit {
    fn unit() -> Self;
}

impl ResumeUnit for () {
    #[inline(always)]
    fn unit() -> Self {}
}

// ---------------------------------------------------------------------------
// `?` in generator bodies (the `Try` trait is unstable).

/// The `?` operator's first half: split a value into "go on" and "return early".
#[diagnostic::on_unimplemented(
    message = "the `?` operator can only be applied to values of type `Result` or `Option` in a generator",
    label = "`?` applied to `{Self}`"
)]
pub trait Branch {
    type Output;
    type Residual;
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

impl<T, E> Branch for Result<T, E> {
    type Output = T;
    type Residual = Result<Infallible, E>;

    #[inline(always)]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Ok(value) => ControlFlow::Continue(value),
            Err(error) => ControlFlow::Break(Err(error)),
        }
    }
}

impl<T> Branch for Option<T> {
    type Output = T;
    type Residual = Option<Infallible>;

    #[inline(always)]
    fn branch(self) -> ControlFlow<Self::Residual, T> {
        match self {
            Some(value) => ControlFlow::Continue(value),
            None => ControlFlow::Break(None),
        }
    }
}

/// The `?` operator's second half: build the generator's return value.
#[diagnostic::on_unimplemented(
    message = "the `?` operator cannot return `{R}` from a generator returning `{Self}`",
    label = "this `?` would complete the generator with `{R}`",
    note = "`?` completes the generator: declare `-> Result<_, E>` (with `E: From` the error) or `-> Option<_>`"
)]
pub trait FromResidual<R> {
    fn from_residual(residual: R) -> Self;
}

impl<T, E, F: From<E>> FromResidual<Result<Infallible, E>> for Result<T, F> {
    #[inline]
    fn from_residual(residual: Result<Infallible, E>) -> Self {
        match residual {
            Err(error) => Err(From::from(error)),
        }
    }
}

impl<T> FromResidual<Option<Infallible>> for Option<T> {
    #[inline]
    fn from_residual(_: Option<Infallible>) -> Self {
        None
    }
}

// ---------------------------------------------------------------------------
// `return Err(..)`, `return None` and `?` that a macro's expansion brings
// into a generator's body: the macro never shows them to genfn, so they
// leave the step function as they are.

/// The type a step function returns when the generator's return type is a
/// `Result` or an `Option` and its body calls macros that may hide an early
/// exit. `Step` is the return type with its "go on" variant holding what a
/// step ordinarily returns (`state`), so that a hidden `return Err(e)`,
/// `return None` or `?` still has the step's type, and `split` tells the two
/// apart.
pub trait HiddenExit<S>: Sized {
    type Step;
    /// What the step returns ordinarily.
    fn wrap(state: S) -> Self::Step;
    /// `Ok(state)` ordinarily, `Err(value)` after an early exit the step
    /// did not see, with the generator's return value.
    fn split(step: Self::Step) -> Result<S, Self>;
}

impl<S, T, E> HiddenExit<S> for Result<T, E> {
    type Step = Result<S, E>;

    #[inline(always)]
    fn wrap(state: S) -> Result<S, E> {
        Ok(state)
    }

    #[inline(always)]
    fn split(step: Result<S, E>) -> Result<S, Self> {
        step.map_err(Err)
    }
}

impl<S, T> HiddenExit<S> for Option<T> {
    type Step = Option<S>;

    #[inline(always)]
    fn wrap(state: S) -> Option<S> {
        Some(state)
    }

    #[inline(always)]
    fn split(step: Option<S>) -> Result<S, Self> {
        step.ok_or(None)
    }
}

/// `Machine::new` for a step that returns `HiddenExit::Step` of the return
/// type: an early exit the step did not see completes the generator as the
/// step's own `return` does. The step's scope has dropped the locals it
/// held in Rust locals; `drop_held` drops those still in the slots, latest
/// declared first, before the state says complete.
#[inline(always)]
#[allow(clippy::type_complexity)]
pub fn machine_with_hidden_exits<S: Frame, R, Y, G>(
    slots: S,
    mut step: G,
    drop_held: fn(&mut S),
) -> Gen<Machine<S, impl FnMut(&mut S, Arg<R>) -> CoroutineState<Y, S::Return>, R>>
where
    S::Return: HiddenExit<CoroutineState<Y, S::Return>>,
    G: FnMut(&mut S, Arg<R>) -> <S::Return as HiddenExit<CoroutineState<Y, S::Return>>>::Step,
{
    Machine::new(
        slots,
        move |slots: &mut S, arg: Arg<R>| match S::Return::split(step(slots, arg)) {
            Ok(state) => state,
            Err(value) => {
                drop_held(slots);
                slots.set_state(state::COMPLETE);
                CoroutineState::Complete(value)
            }
        },
    )
}

/// `machine_with_hidden_exits` for an async body.
#[inline(always)]
#[allow(clippy::type_complexity)]
pub fn async_machine_with_hidden_exits<S: Frame, R, Y, G>(
    slots: S,
    mut step: G,
    drop_held: fn(&mut S),
) -> AsyncGen<
    AsyncMachine<
        S,
        impl FnMut(
            &mut S,
            &mut core::task::Context<'_>,
            &mut Option<Arg<R>>,
        ) -> core::task::Poll<CoroutineState<Y, S::Return>>,
        R,
    >,
>
where
    S::Return: HiddenExit<core::task::Poll<CoroutineState<Y, S::Return>>>,
    G: FnMut(
        &mut S,
        &mut core::task::Context<'_>,
        &mut Option<Arg<R>>,
    )
        -> <S::Return as HiddenExit<core::task::Poll<CoroutineState<Y, S::Return>>>>::Step,
{
    AsyncMachine::new(
        slots,
        move |slots: &mut S, cx: &mut core::task::Context<'_>, arg: &mut Option<Arg<R>>| {
            match S::Return::split(step(slots, cx, arg)) {
                Ok(poll) => poll,
                Err(value) => {
                    drop_held(slots);
                    slots.set_state(state::COMPLETE);
                    core::task::Poll::Ready(CoroutineState::Complete(value))
                }
            }
        },
    )
}

// ---------------------------------------------------------------------------
// `yield_from!`: a coroutine to delegate to, or an iterable to drain.

/// Something `yield_from!` can drive one step at a time.
pub trait Delegate<R> {
    type Yield;
    type Return;
    fn step(&mut self, arg: Arg<R>) -> CoroutineState<Self::Yield, Self::Return>;
}

impl<B: Body + Unpin> Delegate<B::Resume> for Gen<B> {
    type Yield = B::Yield;
    type Return = B::Return;

    #[inline(always)]
    fn step(&mut self, arg: Arg<B::Resume>) -> CoroutineState<B::Yield, B::Return> {
        match arg {
            Arg::Start => self.start(),
            Arg::Value(value) => self.resume(value),
        }
    }
}

impl<D: Delegate<R> + ?Sized, R> Delegate<R> for &mut D {
    type Yield = D::Yield;
    type Return = D::Return;

    #[inline(always)]
    fn step(&mut self, arg: Arg<R>) -> CoroutineState<D::Yield, D::Return> {
        D::step(self, arg)
    }
}

/// An iterator drained by `yield_from!`; resume values are dropped.
#[derive(Clone)]
pub struct IterDelegate<I>(I);

// Never pinned: the iterator is stepped through `&mut` (also in an async
// generator, whose slots are pinned).
impl<I> Unpin for IterDelegate<I> {}

impl<I: Iterator, R> Delegate<R> for IterDelegate<I> {
    type Yield = I::Item;
    type Return = ();

    #[inline(always)]
    fn step(&mut self, _: Arg<R>) -> CoroutineState<I::Item, ()> {
        match self.0.next() {
            Some(item) => CoroutineState::Yielded(item),
            None => CoroutineState::Complete(()),
        }
    }
}

/// A `Coroutine` that is not a genfn generator, resumed by `yield_from!`.
/// Its first resume needs a value, which the coroutine drops (the trait's
/// contract, Python's first `send(None)`): `R::default()`.
#[derive(Clone)]
pub struct CoroutineDelegate<C>(C);

impl<C: Coroutine<R> + Unpin, R: FirstResume> Delegate<R> for CoroutineDelegate<C> {
    type Yield = C::Yield;
    type Return = C::Return;

    #[inline(always)]
    fn step(&mut self, arg: Arg<R>) -> CoroutineState<C::Yield, C::Return> {
        let arg = match arg {
            Arg::Start => R::first(),
            Arg::Value(value) => value,
        };
        Pin::new(&mut self.0).resume(arg)
    }
}

/// The value of a delegated coroutine's first resume, which it drops.
#[diagnostic::on_unimplemented(
    message = "`yield_from!` must resume this coroutine once before it yields, with a value it then drops, and its resume type `{Self}` has no `Default` value to give it",
    label = "a coroutine resumed with `{Self}`",
    note = "delegate to a genfn generator, which needs no first value, or resume with a type that implements `Default`"
)]
pub trait FirstResume: Sized {
    fn first() -> Self;
}

// Not recommended: the error then speaks of the first resume, not of
// `Default`.
#[diagnostic::do_not_recommend]
impl<R: Default> FirstResume for R {
    #[inline(always)]
    fn first() -> R {
        R::default()
    }
}

/// Autoref specialisation: `(&&&&DelegateProbe::<_, R>::new(&x)).delegate_kind()`
/// picks the first of these that applies: a genfn generator resumed with
/// `R`, then another `Coroutine<R>` (an error if `R` has no default value
/// for its first resume), then a genfn generator with another resume type
/// (an error), then an iterable.
pub struct DelegateProbe<'a, G, R>(PhantomData<&'a G>, PhantomData<fn(R)>);

impl<'a, G, R> DelegateProbe<'a, G, R> {
    #[inline(always)]
    pub fn new(_value: &'a G) -> Self {
        DelegateProbe(PhantomData, PhantomData)
    }
}

pub struct CoroutineKind;
pub struct ForeignKind<R>(PhantomData<fn(R)>);
pub struct MismatchKind<R>(PhantomData<fn(R)>);
pub struct IterKind;

pub trait ViaCoroutine {
    #[inline(always)]
    fn delegate_kind(&self) -> CoroutineKind {
        CoroutineKind
    }
}
impl<G: Delegate<R>, R> ViaCoroutine for &&&DelegateProbe<'_, G, R> {}

pub trait ViaForeign<R> {
    #[inline(always)]
    fn delegate_kind(&self) -> ForeignKind<R> {
        ForeignKind(PhantomData)
    }
}
impl<G: Coroutine<R> + Unpin, R> ViaForeign<R> for &&DelegateProbe<'_, G, R> {}

impl<R> ForeignKind<R> {
    #[inline(always)]
    pub fn wrap<C>(self, value: C) -> CoroutineDelegate<C>
    where
        R: FirstResume,
    {
        CoroutineDelegate(value)
    }
}

pub trait ViaMismatch<R> {
    #[inline(always)]
    fn delegate_kind(&self) -> MismatchKind<R> {
        MismatchKind(PhantomData)
    }
}
impl<B: Body, R> ViaMismatch<R> for &DelegateProbe<'_, Gen<B>, R> {}
impl<B: Body, R> ViaMismatch<R> for &DelegateProbe<'_, &mut Gen<B>, R> {}

pub trait ViaIter {
    #[inline(always)]
    fn delegate_kind(&self) -> IterKind {
        IterKind
    }
}
impl<G, R> ViaIter for DelegateProbe<'_, G, R> {}

impl CoroutineKind {
    #[inline(always)]
    pub fn wrap<G>(self, value: G) -> G {
        value
    }
}

/// A generator whose resume type is `R`.
#[diagnostic::on_unimplemented(
    message = "`yield_from!` would forward this generator's resume values (`{R}`) to a generator that takes other values",
    label = "this generator's `resume` type is not `{R}`",
    note = "PEP 380 delegation forwards every resume value: delegate only to generators with the same `resume` type"
)]
pub trait SameResume<R> {}
impl<B: Body> SameResume<B::Resume> for Gen<B> {}
impl<B: Body> SameResume<B::Resume> for &mut Gen<B> {}

/// What a delegation to a generator with another resume type produces: never
/// run (the `SameResume` bound fails to compile), it keeps the error single.
pub struct Mismatched<G>(G);

impl<B: Body, R> Delegate<R> for Mismatched<Gen<B>> {
    type Yield = B::Yield;
    type Return = B::Return;

    fn step(&mut self, _: Arg<R>) -> CoroutineState<B::Yield, B::Return> {
        invalid_state()
    }
}

impl<B: Body, R> Delegate<R> for Mismatched<&mut Gen<B>> {
    type Yield = B::Yield;
    type Return = B::Return;

    fn step(&mut self, _: Arg<R>) -> CoroutineState<B::Yield, B::Return> {
        invalid_state()
    }
}

impl<R> MismatchKind<R> {
    pub fn wrap<G>(self, value: G) -> Mismatched<G>
    where
        G: SameResume<R>,
    {
        Mismatched(value)
    }
}

/// What `yield_from!` accepts.
#[diagnostic::on_unimplemented(
    message = "`yield_from!` needs a generator or an iterable, not `{Self}`",
    label = "neither a genfn generator nor `IntoIterator`",
    note = "delegate to a `Gen` (or `&mut Gen`) or an `Unpin` `Coroutine` (`Box::pin` makes it so) with the same resume type, or to anything that implements `IntoIterator`"
)]
pub trait Iterable {
    type Iter: Iterator;
    fn into_iter_for_delegate(self) -> Self::Iter;
}

impl<I: IntoIterator> Iterable for I {
    type Iter = I::IntoIter;

    #[inline(always)]
    fn into_iter_for_delegate(self) -> I::IntoIter {
        self.into_iter()
    }
}

impl IterKind {
    #[inline(always)]
    pub fn wrap<I: Iterable>(self, value: I) -> IterDelegate<I::Iter> {
        IterDelegate(value.into_iter_for_delegate())
    }
}

// ---------------------------------------------------------------------------
// The shadow: a never-called copy of the body that rustc borrow-checks.

/// The shadow's `yield_from!` in an async generator: the types of a step
/// of the delegate. Never called.
pub fn shadow_async_step<R, D: AsyncDelegate<R>>(_: &mut D) -> CoroutineState<D::Yield, D::Return> {
    unreachable!("the shadow of a generator is never called")
}

/// A value of any type, for the shadow's rebinding of the parameters
/// (`let x = conjure(&x);`). The shadow is never called.
pub fn conjure<T>(_: &T) -> T {
    unreachable!("the shadow of a generator is never called")
}

/// Ties the type of a place to a `let`'s annotation (`let (a, b): (u8, u8) =
/// v;` where the pattern matches on the place of a kept-in-place local), with
/// no reference made to it.
#[inline(always)]
pub fn place_type<T>(_: *const T) {}

/// The value of a `yield_!` in the shadow.
pub fn shadow_resume<R>() -> R {
    unreachable!("the shadow of a generator is never called")
}

/// The shadow's suspension points: a variable of the generated function,
/// outside the shadow's closure, that every yielded value goes into and every
/// resume value comes out of.
///
/// Values that cross a suspension point leave the body or come from outside
/// it: a yielded value may be kept by the caller after the generator is gone,
/// and a resume value (`&RefCell<Vec<&T>>`) lives in the caller. Because the
/// channel is captured from outside the closure, the lifetimes in its type
/// outlive the closure's body, so rustc rejects a yielded value or a value
/// stored into a resume value that borrows one of the body's locals. Since
/// `yield_` takes `&mut self` (invariant in `Y`), all yielded values live as
/// long as each other: two yielded `&mut` to one place are two live borrows,
/// as they are in a caller that collects them.
pub struct ShadowChannel<Y, R>(PhantomData<(Y, fn() -> R)>);

impl<Y, R> ShadowChannel<Y, R> {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        ShadowChannel(PhantomData)
    }

    /// `yield_!(value)`: `value` leaves the body, a resume value comes in.
    pub fn yield_(&mut self, _value: Y) -> R {
        unreachable!("the shadow of a generator is never called")
    }
}

/// The return type of the shadow of an inline generator (its closure's
/// value), for [`editor_gen`].
pub fn returns<T>(_body: &impl FnOnce() -> T) -> PhantomData<T> {
    PhantomData
}

/// The output type of the shadow of an inline async generator (its `async`
/// block's), for [`editor_async_gen`].
pub fn outputs<T>(_body: &impl core::future::Future<Output = T>) -> PhantomData<T> {
    PhantomData
}

/// The editor's stand-in for a `gen_!{}` block (the macro's editor view):
/// a generator whose yield and resume types are the shadow's channel's and
/// whose return type is the shadow's value. Never run.
pub fn editor_gen<Y, R, T>(
    _channel: &ShadowChannel<Y, R>,
    _returns: PhantomData<T>,
) -> Gen<impl Body<Resume = R, Yield = Y, Return = T> + use<Y, R, T>> {
    Machine::new(StubFrame::new(), |_: &mut StubFrame<T>, _: Arg<R>| {
        unreachable!("the editor's view of a generator is never run")
    })
}

/// The editor's stand-in for an `async_gen_!{}` block, as [`editor_gen`].
pub fn editor_async_gen<Y, R, T>(
    _channel: &ShadowChannel<Y, R>,
    _returns: PhantomData<T>,
) -> AsyncGen<impl AsyncBody<Resume = R, Yield = Y, Return = T> + use<Y, R, T>> {
    AsyncMachine::new(
        StubFrame::new(),
        |_: &mut StubFrame<T>,
         _: &mut core::task::Context<'_>,
         _: &mut Option<Arg<R>>|
         -> core::task::Poll<CoroutineState<Y, T>> {
            unreachable!("the editor's view of a generator is never run")
        },
    )
}

/// Autoref specialisation for a `yield_from!` operand that may be a
/// recursive call (a method of the same name on another value): boxes it if
/// it is a generator, keeps it as it is otherwise.
pub struct MaybeBoxed<'a, G>(PhantomData<&'a G>);

impl<'a, G> MaybeBoxed<'a, G> {
    #[inline(always)]
    pub fn new(_value: &'a G) -> Self {
        MaybeBoxed(PhantomData)
    }
}

pub struct BoxKind;
pub struct KeepKind;

pub trait ViaBox {
    #[inline(always)]
    fn box_kind(&self) -> BoxKind {
        BoxKind
    }
}
impl<B: Body> ViaBox for &MaybeBoxed<'_, Gen<B>> {}

pub struct AsyncBoxKind;

pub trait ViaBoxAsync {
    #[inline(always)]
    fn box_kind(&self) -> AsyncBoxKind {
        AsyncBoxKind
    }
}
impl<B: crate::AsyncBody> ViaBoxAsync for &MaybeBoxed<'_, crate::AsyncGen<B>> {}

/// A recursive async generator's delegate to itself: boxed (the type would
/// contain itself), and `Send` (so that recursion does not cost the
/// generator `Send`; a generator whose state is not `Send` cannot recurse).
#[cfg(feature = "alloc")]
impl AsyncBoxKind {
    #[inline]
    pub fn apply<'a, B: crate::AsyncBody + Send + 'a>(
        self,
        generator: crate::AsyncGen<B>,
    ) -> crate::BoxAsyncGen<'a, B::Yield, B::Resume, B::Return> {
        generator.boxed()
    }
}

pub trait ViaKeep {
    #[inline(always)]
    fn box_kind(&self) -> KeepKind {
        KeepKind
    }
}
impl<G> ViaKeep for MaybeBoxed<'_, G> {}

#[cfg(feature = "alloc")]
impl BoxKind {
    #[inline]
    pub fn apply<'a, B: Body + 'a>(
        self,
        generator: Gen<B>,
    ) -> crate::BoxGen<'a, B::Yield, B::Resume, B::Return> {
        generator.boxed()
    }
}

impl KeepKind {
    #[inline(always)]
    pub fn apply<G>(self, value: G) -> G {
        value
    }
}

/// Boxes the generator of a recursive `yield_from!(self_fn(..))`, which breaks
/// the cycle of the function's opaque return type.
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed<'a, B: Body + 'a>(
    generator: Gen<B>,
) -> crate::BoxGen<'a, B::Yield, B::Resume, B::Return> {
    generator.boxed()
}

/// `boxed` for a recursive call of an async generator (see `AsyncBoxKind`).
#[cfg(feature = "alloc")]
#[inline]
pub fn boxed_async<'a, B: crate::AsyncBody + Send + 'a>(
    generator: crate::AsyncGen<B>,
) -> crate::BoxAsyncGen<'a, B::Yield, B::Resume, B::Return> {
    generator.boxed()
}
