use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
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

    #[doc(hidden)]
    fn step(&mut self, arg: Arg<Self::Resume>) -> CoroutineState<Self::Yield, Self::Return>;
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
}

/// The generated state machine: the slots that hold the body's locals across
/// suspension points, and the step function that runs the body from one
/// suspension point to the next. The slots are not structurally pinned (a
/// sync body moves its locals in and out of them), so the machine is `Unpin`.
#[doc(hidden)]
pub struct Machine<S, F, R> {
    slots: S,
    step: F,
    resume: PhantomData<fn(R)>,
}

impl<S, F, R> Unpin for Machine<S, F, R> {}

impl<S: Clone, F: Clone, R> Clone for Machine<S, F, R> {
    fn clone(&self) -> Self {
        Machine {
            slots: self.slots.clone(),
            step: self.step.clone(),
            resume: PhantomData,
        }
    }
}

impl<S, F, R, Y, T> Body for Machine<S, F, R>
where
    F: FnMut(&mut S, Arg<R>) -> CoroutineState<Y, T>,
{
    type Resume = R;
    type Yield = Y;
    type Return = T;

    #[inline(always)]
    fn step(&mut self, arg: Arg<R>) -> CoroutineState<Y, T> {
        (self.step)(&mut self.slots, arg)
    }
}

impl<S, F, R> Machine<S, F, R> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn new<Y, T>(slots: S, step: F) -> Gen<Self>
    where
        F: FnMut(&mut S, Arg<R>) -> CoroutineState<Y, T>,
    {
        Gen::from_body(Machine {
            slots,
            step,
            resume: PhantomData,
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    /// Not resumed yet: the body has not started.
    Created,
    /// Stopped at a suspension point.
    Suspended,
    /// Inside `step`. Seen from outside only when a step panicked.
    Running,
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
pub struct Gen<B: Body> {
    body: B,
    status: Status,
    /// The return value, kept when the generator completes inside `next()`.
    returned: Option<B::Return>,
}

impl<B: Body> Gen<B> {
    #[inline(always)]
    fn from_body(body: B) -> Self {
        Gen {
            body,
            status: Status::Created,
            returned: None,
        }
    }

    #[inline(always)]
    fn step(&mut self, arg: Arg<B::Resume>) -> CoroutineState<B::Yield, B::Return> {
        match self.status {
            Status::Created | Status::Suspended => {}
            Status::Complete => resumed_after_completion(),
            Status::Running => resumed_after_panic(),
        }
        // Poisons the generator if the body panics; costs nothing otherwise.
        struct Poison<'a>(&'a mut Status);
        impl Drop for Poison<'_> {
            #[cold]
            fn drop(&mut self) {
                *self.0 = Status::Running;
            }
        }
        let poison = Poison(&mut self.status);
        let state = self.body.step(arg);
        core::mem::forget(poison);
        self.status = match state {
            CoroutineState::Yielded(_) => Status::Suspended,
            CoroutineState::Complete(_) => Status::Complete,
        };
        state
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
        if self.status != Status::Created {
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
        self.status == Status::Complete
    }

    /// Whether a resume panicked; such a generator cannot be resumed again.
    pub fn is_poisoned(&self) -> bool {
        self.status == Status::Running
    }

    /// Takes the return value of a generator that completed while it was
    /// driven as an [`Iterator`] (by [`next`](Iterator::next)). `None` before
    /// completion, after the value was taken, or when it was handed out by
    /// [`resume`](Gen::resume) as [`CoroutineState::Complete`].
    pub fn take_return(&mut self) -> Option<B::Return> {
        self.returned.take()
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
            status: self.status,
            returned: self.returned,
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
            status: self.status,
            returned: self.returned,
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
fn resumed_after_completion() -> ! {
    panic!("generator resumed after completion")
}

#[cold]
#[inline(never)]
#[track_caller]
fn resumed_after_panic() -> ! {
    panic!("generator resumed after it panicked (it is poisoned)")
}

#[cold]
#[inline(never)]
#[track_caller]
fn started_twice() -> ! {
    panic!("Gen::start called on a generator that has already started")
}

// The return value kept for `take_return` is never pinned.
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
        if self.status == Status::Complete {
            return None;
        }
        match self.step(Arg::Value(ResumeUnit::unit())) {
            CoroutineState::Yielded(y) => Some(y),
            CoroutineState::Complete(t) => {
                self.returned = Some(t);
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
            status: self.status,
            returned: self.returned.clone(),
        }
    }
}

impl<B: Body> fmt::Debug for Gen<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = match self.status {
            Status::Created => "created",
            Status::Suspended => "suspended",
            Status::Running => "poisoned",
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
            None => match self.generator.returned.take()? {
                Ok(t) => {
                    self.generator.returned = Some(Ok(t));
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

    /// A hand-written body: yields 0, 1, 2 and returns "done".
    #[allow(clippy::type_complexity)]
    fn counter()
    -> Gen<Machine<u32, impl FnMut(&mut u32, Arg<()>) -> CoroutineState<u32, &'static str>, ()>>
    {
        Machine::new(0u32, |n: &mut u32, _: Arg<()>| {
            if *n < 3 {
                *n += 1;
                CoroutineState::Yielded(*n - 1)
            } else {
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
