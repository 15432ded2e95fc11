use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::pin::Pin;

use crate::__private::{Arg, ResumeUnit};
use crate::coroutine::{Coroutine, CoroutineState};

/// The state machine inside a [`Gen`]: what `#[generator]` and `gen!{}` compile
/// a body into. You never implement it; it appears in signatures as
/// `Gen<impl Body<Resume = R, Yield = Y, Return = T>>`.
pub trait Body {
    /// The type of the values passed in on each resume.
    type Resume;
    /// The type of the yielded values.
    type Yield;
    /// The type of the value the body returns.
    type Return;

    /// Runs the body to its next suspension point. Panics when it completed
    /// before or a previous step panicked.
    #[doc(hidden)]
    fn step(&mut self, arg: Arg<Self::Resume>) -> CoroutineState<Self::Yield, Self::Return>;

    /// Marks the body poisoned (a step panicked).
    #[doc(hidden)]
    fn poison(&mut self);

    #[doc(hidden)]
    fn status(&self) -> Status;

    /// Keeps the return value for `take_return` (the body completed).
    #[doc(hidden)]
    fn keep_return(&mut self, value: Self::Return);

    #[doc(hidden)]
    fn take_return(&mut self) -> Option<Self::Return>;
}

#[cfg(feature = "alloc")]
impl<B: Body + ?Sized> Body for alloc::boxed::Box<B> {
    type Resume = B::Resume;
    type Yield = B::Yield;
    type Return = B::Return;

    #[inline]
    fn step(&mut self, arg: Arg<Self::Resume>) -> CoroutineState<Self::Yield, Self::Return> {
        B::step(self, arg)
    }

    fn poison(&mut self) {
        B::poison(self)
    }

    fn status(&self) -> Status {
        B::status(self)
    }

    fn keep_return(&mut self, value: Self::Return) {
        B::keep_return(self, value)
    }

    fn take_return(&mut self) -> Option<Self::Return> {
        B::take_return(self)
    }
}

/// The values of a state word that are not states of the generated state
/// machine (whose states are block numbers, far below).
pub mod state {
    /// Not resumed yet: the body has not started. The generated code
    /// dispatches it to the entry block.
    pub const CREATED: u32 = u32::MAX;
    /// The body returned, and its return value was handed out (or taken).
    pub const COMPLETE: u32 = u32::MAX - 1;
    /// The body returned inside `next()`: the machine keeps the return value.
    pub const RETURNED: u32 = u32::MAX - 2;
    /// A step panicked.
    pub const POISONED: u32 = u32::MAX - 3;
    /// The smallest reserved value.
    pub const FIRST_RESERVED: u32 = POISONED;
}

/// What the slots struct of a machine gives the machine: its state word,
/// which also says whether the generator completed or was poisoned (so that
/// `Gen` needs no field of its own). The step function stores the numbers of
/// its own states (below [`state::FIRST_RESERVED`]) and `COMPLETE` when it
/// completes; it starts the body in state `CREATED`, and calls
/// [`resumed_in_state`](crate::__private::resumed_in_state) in the others.
///
/// The frame also holds the storage of the return value that `next()`
/// keeps for `take_return`: it may overlap the slots, which are all empty
/// once the body completed.
///
/// # Safety
/// - `state` returns [`state::RETURNED`] only if the last write to the state
///   word was `set_state(RETURNED)` (the step function never stores it): the
///   machine initialises the return value exactly when it sets `RETURNED`.
/// - `returned` and `returned_ref` always point to the same storage, valid
///   for a `Self::Return` (size and alignment) for as long as the frame
///   lives, and nothing but the machine writes to it while the state is
///   `COMPLETE` or `RETURNED` (the step function empties every slot that
///   overlaps it before it completes, and fills none afterwards).
#[doc(hidden)]
pub unsafe trait Frame {
    /// The body's return type.
    type Return;
    fn state(&self) -> u32;
    fn set_state(&mut self, state: u32);
    fn returned(&mut self) -> *mut Self::Return;
    fn returned_ref(&self) -> *const Self::Return;
}

/// The frame of a machine that never runs: the stub emitted next to compile
/// errors, so that callers still type-check.
#[doc(hidden)]
pub struct StubFrame<T> {
    returned: MaybeUninit<T>,
}

impl<T> StubFrame<T> {
    pub fn new() -> Self {
        StubFrame {
            returned: MaybeUninit::uninit(),
        }
    }
}

// Never holds a value (its machine never runs), so a copy is a new one; a
// `clone` generator's stub must be `Clone`.
impl<T> Clone for StubFrame<T> {
    fn clone(&self) -> Self {
        Self::new()
    }
}

impl<T> Default for StubFrame<T> {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: the state is always `CREATED`, never `RETURNED`; the return value's
// storage is a field of its own.
unsafe impl<T> Frame for StubFrame<T> {
    type Return = T;
    fn state(&self) -> u32 {
        state::CREATED
    }
    fn set_state(&mut self, _: u32) {}
    fn returned(&mut self) -> *mut T {
        self.returned.as_mut_ptr()
    }
    fn returned_ref(&self) -> *const T {
        self.returned.as_ptr()
    }
}

/// The generated state machine: the slots that hold the body's locals across
/// suspension points (with the state word and the storage of a kept return
/// value), and the step function that runs the body from one suspension
/// point to the next. The slots are not structurally pinned (a sync body
/// moves its locals in and out of them), so the machine is `Unpin`.
#[doc(hidden)]
pub struct Machine<S: Frame, F, R> {
    slots: S,
    step: F,
    resume: PhantomData<fn(R)>,
}

impl<S: Frame, F, R> Unpin for Machine<S, F, R> {}

impl<S: Frame + Clone, F: Clone, R> Clone for Machine<S, F, R>
where
    S::Return: Clone,
{
    fn clone(&self) -> Self {
        // The step function first: once the copy holds a return value,
        // nothing may panic before the machine that drops it exists.
        let step = self.step.clone();
        let mut slots = self.slots.clone();
        if self.slots.state() == state::RETURNED {
            // SAFETY: the state says the return value is initialised, and the
            // copy's storage is free: `clone` copied the state but fills only
            // the slots that are full, none once the body completed (`Frame`).
            // Until the write the copy's state is `RETURNED` over an
            // uninitialised value, so a panicking `clone` must not let it be
            // dropped: it is marked complete first.
            unsafe {
                slots.set_state(state::COMPLETE);
                let value = (*self.slots.returned_ref()).clone();
                slots.returned().write(value);
                slots.set_state(state::RETURNED);
            }
        }
        Machine {
            slots,
            step,
            resume: PhantomData,
        }
    }
}

impl<S: Frame, F, R> Drop for Machine<S, F, R> {
    fn drop(&mut self) {
        drop_return(&mut self.slots);
    }
}

/// Drops the return value a frame keeps, if any (when its machine drops).
pub(crate) fn drop_return<S: Frame>(slots: &mut S) {
    if slots.state() == state::RETURNED {
        // Marked taken first: a panicking destructor is not run twice.
        slots.set_state(state::COMPLETE);
        // SAFETY: the state said the return value is initialised.
        unsafe { slots.returned().drop_in_place() };
    }
}

/// Marks a frame poisoned (a step panicked), unless it completed.
#[cold]
pub(crate) fn poison<S: Frame>(slots: &mut S) {
    // Resuming a completed generator panics in the step function too,
    // and leaves it complete (with its return value, if kept).
    let current = slots.state();
    if current != state::COMPLETE && current != state::RETURNED {
        slots.set_state(state::POISONED);
    }
}

/// Where the body of a frame stands.
#[inline(always)]
pub(crate) fn status<S: Frame>(slots: &S) -> Status {
    match slots.state() {
        state::CREATED => Status::Created,
        state::COMPLETE | state::RETURNED => Status::Complete,
        state::POISONED => Status::Poisoned,
        _ => Status::Suspended,
    }
}

/// Keeps the return value of a completed body in its frame.
pub(crate) fn keep_return<S: Frame>(slots: &mut S, value: S::Return) {
    match slots.state() {
        state::COMPLETE => {}
        state::RETURNED => {
            slots.set_state(state::COMPLETE);
            // SAFETY: the state said the value is initialised; it is
            // marked taken before its destructor runs.
            unsafe { slots.returned().drop_in_place() };
        }
        // The storage may overlap slots that are still in use.
        _ => crate::__private::invalid_state(),
    }
    // SAFETY: the body completed, so nothing else uses the storage
    // (`Frame`), and it holds no value (the state is `COMPLETE`).
    unsafe { slots.returned().write(value) };
    slots.set_state(state::RETURNED);
}

/// Takes the return value a frame keeps.
pub(crate) fn take_return<S: Frame>(slots: &mut S) -> Option<S::Return> {
    if slots.state() == state::RETURNED {
        slots.set_state(state::COMPLETE);
        // SAFETY: the state said the value is initialised, and it is now
        // marked taken: this read is its only owner.
        Some(unsafe { slots.returned().read() })
    } else {
        None
    }
}

impl<S: Frame<Return = T>, F, R, Y, T> Body for Machine<S, F, R>
where
    F: FnMut(&mut S, Arg<R>) -> CoroutineState<Y, T>,
{
    type Resume = R;
    type Yield = Y;
    type Return = T;

    #[inline(always)]
    fn step(&mut self, arg: Arg<R>) -> CoroutineState<Y, T> {
        // Nothing else here: the step function checks the state (its
        // dispatch sends the reserved values to `resumed_in_state`) and
        // stores `COMPLETE` when it completes. With that check and store
        // around the call instead, rustc stopped inlining a large step
        // function into this one, and recursive `yield_from!` (a boxed body
        // per level) paid a call per level and item: W3 recursive took 1.8x
        // as long.
        (self.step)(&mut self.slots, arg)
    }

    #[cold]
    fn poison(&mut self) {
        poison(&mut self.slots)
    }

    #[inline(always)]
    fn status(&self) -> Status {
        status(&self.slots)
    }

    fn keep_return(&mut self, value: T) {
        keep_return(&mut self.slots, value)
    }

    fn take_return(&mut self) -> Option<T> {
        take_return(&mut self.slots)
    }
}

impl<S: Frame, F, R> Machine<S, F, R> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn new<Y>(slots: S, step: F) -> Gen<Self>
    where
        F: FnMut(&mut S, Arg<R>) -> CoroutineState<Y, S::Return>,
    {
        Gen::from_body(Machine {
            slots,
            step,
            resume: PhantomData,
        })
    }
}

/// Where a generator stands.
#[doc(hidden)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not resumed yet: the body has not started.
    Created,
    /// Stopped at a suspension point.
    Suspended,
    /// A step panicked.
    Poisoned,
    /// The body returned.
    Complete,
}

/// A generator: the value a `#[generator]` function (or `gen!{}`) returns.
///
/// Calling the function runs none of its body; the body runs on each
/// [`resume`](Gen::resume) (or [`next`](Iterator::next)) up to its next
/// `yield_!`.
///
/// - [`Coroutine`] for every generator; inherent [`resume`](Gen::resume) and
///   [`start`](Gen::start) for convenience.
/// - [`Iterator`] and [`FusedIterator`] when the resume type is `()`.
/// - `Clone` when the body is (`gen!{}` values, and `#[generator(clone)]`
///   functions): cloning forks the generator where it stands.
/// - `Send` and `Sync` when everything the body holds is.
///
/// A `Gen` is its body and nothing else: whether it has started, completed
/// or panicked is kept in the body's state word.
pub struct Gen<B: Body> {
    body: B,
}

impl<B: Body> Gen<B> {
    #[inline(always)]
    fn from_body(body: B) -> Self {
        Gen { body }
    }

    #[inline(always)]
    fn step(&mut self, arg: Arg<B::Resume>) -> CoroutineState<B::Yield, B::Return> {
        // Poisons the generator if the body panics; costs nothing otherwise.
        struct Poison<'a, B: Body>(&'a mut B);
        impl<B: Body> Drop for Poison<'_, B> {
            #[cold]
            fn drop(&mut self) {
                self.0.poison();
            }
        }
        let poison = Poison(&mut self.body);
        let result = poison.0.step(arg);
        core::mem::forget(poison);
        result
    }

    /// Resumes the generator with `arg` (Python's `send`). On the first resume
    /// the body starts and `arg` is dropped; afterwards `arg` is the value of the
    /// `yield_!` the body is suspended at.
    ///
    /// # Panics
    /// When the generator completed before, or a previous resume panicked.
    #[inline]
    pub fn resume(&mut self, arg: B::Resume) -> CoroutineState<B::Yield, B::Return> {
        self.step(Arg::Value(arg))
    }

    /// Starts the body without a resume value and runs it to its first
    /// suspension point (Python's `next(gen)` before the first `send`).
    ///
    /// # Panics
    /// When the generator has already started.
    pub fn start(&mut self) -> CoroutineState<B::Yield, B::Return> {
        if self.body.status() != Status::Created {
            started_twice()
        }
        self.step(Arg::Start)
    }

    /// [`Iterator::next`], also reachable as an inherent method so that calling
    /// it on a generator that takes resume values explains why it cannot.
    #[allow(clippy::should_implement_trait)]
    #[inline]
    pub fn next(&mut self) -> Option<B::Yield>
    where
        B: Unpin,
        B::Resume: ResumeUnit,
    {
        Iterator::next(self)
    }

    /// Whether the body has run to its end.
    pub fn is_complete(&self) -> bool {
        self.body.status() == Status::Complete
    }

    /// Whether a resume panicked; such a generator cannot be resumed again.
    pub fn is_poisoned(&self) -> bool {
        self.body.status() == Status::Poisoned
    }

    /// Takes the return value of a generator that completed while it was
    /// driven as an [`Iterator`] (by [`next`](Iterator::next)). `None` before
    /// completion, after the value was taken, or when it was handed out by
    /// [`resume`](Gen::resume) as [`CoroutineState::Complete`].
    pub fn take_return(&mut self) -> Option<B::Return> {
        self.body.take_return()
    }

    /// Turns a generator returning `Result<T, E>` into an iterator of
    /// `Result<Yield, E>`: the yielded values come out as `Ok`, an error the body
    /// returns (for example with `?`) comes out as the last item.
    pub fn try_iter<T, E>(self) -> TryIter<B>
    where
        B: Body<Resume = (), Return = Result<T, E>>,
    {
        TryIter { generator: self }
    }

    /// Erases the generator's type behind a box, for naming it (a struct
    /// field, a trait method's return type) or for recursion.
    #[cfg(feature = "alloc")]
    pub fn boxed<'a>(self) -> BoxGen<'a, B::Yield, B::Resume, B::Return>
    where
        B: 'a,
    {
        Gen {
            body: alloc::boxed::Box::new(self.body),
        }
    }

    /// Like [`boxed`](Gen::boxed), keeping `Send`.
    #[cfg(feature = "alloc")]
    pub fn boxed_send<'a>(self) -> BoxGenSend<'a, B::Yield, B::Resume, B::Return>
    where
        B: Send + 'a,
    {
        Gen {
            body: alloc::boxed::Box::new(self.body),
        }
    }
}

/// A type-erased generator, made by [`Gen::boxed`].
#[cfg(feature = "alloc")]
pub type BoxGen<'a, Y, R = (), T = ()> =
    Gen<alloc::boxed::Box<dyn Body<Resume = R, Yield = Y, Return = T> + 'a>>;

/// A type-erased generator that is `Send`, made by [`Gen::boxed_send`].
#[cfg(feature = "alloc")]
pub type BoxGenSend<'a, Y, R = (), T = ()> =
    Gen<alloc::boxed::Box<dyn Body<Resume = R, Yield = Y, Return = T> + Send + 'a>>;

#[cold]
#[inline(never)]
#[track_caller]
fn started_twice() -> ! {
    panic!("Gen::start called on a generator that has already started")
}

// A `Gen` is only its body.
impl<B: Body + Unpin> Unpin for Gen<B> {}

impl<B: Body + Unpin> Coroutine<B::Resume> for Gen<B> {
    type Yield = B::Yield;
    type Return = B::Return;

    #[inline]
    fn resume(self: Pin<&mut Self>, arg: B::Resume) -> CoroutineState<Self::Yield, Self::Return> {
        self.get_mut().step(Arg::Value(arg))
    }
}

impl<B: Body + Unpin> Iterator for Gen<B>
where
    B::Resume: ResumeUnit,
{
    type Item = B::Yield;

    #[inline]
    fn next(&mut self) -> Option<B::Yield> {
        if self.body.status() == Status::Complete {
            return None;
        }
        match self.step(Arg::Value(ResumeUnit::unit())) {
            CoroutineState::Yielded(y) => Some(y),
            CoroutineState::Complete(t) => {
                self.body.keep_return(t);
                None
            }
        }
    }
}

impl<B: Body + Unpin> FusedIterator for Gen<B> where B::Resume: ResumeUnit {}

impl<B: Body + Clone> Clone for Gen<B>
where
    B::Return: Clone,
{
    fn clone(&self) -> Self {
        Gen {
            body: self.body.clone(),
        }
    }
}

impl<B: Body> fmt::Debug for Gen<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = match self.body.status() {
            Status::Created => "created",
            Status::Suspended => "suspended",
            Status::Poisoned => "poisoned",
            Status::Complete => "complete",
        };
        f.debug_struct("Gen")
            .field("status", &status)
            .finish_non_exhaustive()
    }
}

/// The iterator of [`Gen::try_iter`].
pub struct TryIter<B: Body> {
    generator: Gen<B>,
}

impl<B, T, E> Iterator for TryIter<B>
where
    B: Body<Resume = (), Return = Result<T, E>> + Unpin,
{
    type Item = Result<B::Yield, E>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.generator.next() {
            Some(y) => Some(Ok(y)),
            None => match self.generator.body.take_return()? {
                Ok(t) => {
                    self.generator.body.keep_return(Ok(t));
                    None
                }
                Err(e) => Some(Err(e)),
            },
        }
    }
}

impl<B, T, E> FusedIterator for TryIter<B> where B: Body<Resume = (), Return = Result<T, E>> + Unpin {}

impl<B: Body> TryIter<B> {
    /// The generator back, for example to [`take_return`](Gen::take_return)
    /// the `Ok` value of a generator that finished.
    pub fn into_inner(self) -> Gen<B> {
        self.generator
    }
}

impl<B: Body> fmt::Debug for TryIter<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TryIter").field(&self.generator).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slots of `counter`: its state word counts.
    struct Count {
        state: u32,
        returned: MaybeUninit<&'static str>,
    }

    // SAFETY: `state` is the state word; the step function stores 1 to 3
    // and `COMPLETE` in it, never `RETURNED`; the return value has a field of
    // its own.
    unsafe impl Frame for Count {
        type Return = &'static str;
        fn state(&self) -> u32 {
            self.state
        }
        fn set_state(&mut self, state: u32) {
            self.state = state;
        }
        fn returned(&mut self) -> *mut &'static str {
            self.returned.as_mut_ptr()
        }
        fn returned_ref(&self) -> *const &'static str {
            self.returned.as_ptr()
        }
    }

    /// A hand-written body: yields 0, 1, 2 and returns "done".
    #[allow(clippy::type_complexity)]
    fn counter()
    -> Gen<Machine<Count, impl FnMut(&mut Count, Arg<()>) -> CoroutineState<u32, &'static str>, ()>>
    {
        let slots = Count {
            state: state::CREATED,
            returned: MaybeUninit::uninit(),
        };
        Machine::new(slots, |s: &mut Count, _: Arg<()>| {
            let n = match s.state {
                state::CREATED => 0,
                n if n < state::FIRST_RESERVED => n,
                reserved => crate::__private::resumed_in_state(reserved),
            };
            if n < 3 {
                s.state = n + 1;
                CoroutineState::Yielded(n)
            } else {
                s.state = state::COMPLETE;
                CoroutineState::Complete("done")
            }
        })
    }

    #[test]
    fn iterates_keeps_the_return_value_and_fuses() {
        let mut g = counter();
        assert!(!g.is_complete());
        assert_eq!(g.by_ref().collect::<alloc::vec::Vec<_>>(), [0, 1, 2]);
        assert!(g.is_complete());
        assert_eq!(g.next(), None);
        assert_eq!(g.take_return(), Some("done"));
        assert_eq!(g.take_return(), None);
    }

    #[test]
    #[should_panic(expected = "generator resumed after completion")]
    fn resume_after_completion_panics() {
        let mut g = counter();
        while let CoroutineState::Yielded(_) = g.resume(()) {}
        g.resume(());
    }

    #[test]
    fn debug_shows_the_status() {
        let mut g = counter();
        assert_eq!(alloc::format!("{g:?}"), r#"Gen { status: "created", .. }"#);
        g.next();
        assert_eq!(
            alloc::format!("{g:?}"),
            r#"Gen { status: "suspended", .. }"#
        );
    }

    #[test]
    fn boxed_keeps_the_state() {
        let mut g = counter();
        g.next();
        let mut b = g.boxed();
        assert_eq!(b.next(), Some(1));
    }
}
