//! Async generators: what a `#[generator] async fn` returns.
//!
//! The body runs in steps like a sync generator's, but a step is a poll: it
//! receives the caller's [`Context`], and an `.await` whose future is not
//! ready returns [`Poll::Pending`] with the machine left at that `.await`,
//! so the next poll polls the same future again, where it lies.

use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};
use pin_project_lite::pin_project;

use crate::__private::{Arg, ResumeUnit};
use crate::coroutine::CoroutineState;
use crate::generator::{self, Frame, Status};

/// The state machine inside an [`AsyncGen`]: what `#[generator] async fn`
/// compiles a body into. You never implement it; it appears in signatures as
/// `AsyncGen<impl AsyncBody<Resume = R, Yield = Y, Return = T>>`.
pub trait AsyncBody {
    /// The type of the values passed in on each resume.
    type Resume;
    /// The type of the yielded values.
    type Yield;
    /// The type of the value the body returns.
    type Return;

    /// Runs the body until it yields, returns, or awaits a future that is
    /// not ready. `arg` is the value of the `yield_!` the body is suspended
    /// at; the generated step takes it on every poll, so a step that
    /// continues at an `.await` drops it (the documented fate of a resume
    /// value sent while the body awaits). Panics
    /// when the body completed before or a previous step panicked.
    #[doc(hidden)]
    fn poll_step(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Arg<Self::Resume>>,
    ) -> Poll<CoroutineState<Self::Yield, Self::Return>>;

    /// Marks the body poisoned (a step panicked).
    #[doc(hidden)]
    fn poison(self: Pin<&mut Self>);

    #[doc(hidden)]
    fn status(&self) -> Status;

    /// Keeps the return value for `take_return` (the body completed).
    #[doc(hidden)]
    fn keep_return(self: Pin<&mut Self>, value: Self::Return);

    #[doc(hidden)]
    fn take_return(self: Pin<&mut Self>) -> Option<Self::Return>;
}

/// The generated state machine of an async body: the slots (with the state
/// word and the storage of a kept return value) and the step function.
///
/// The slots are structurally pinned: a future the body awaits lives in its
/// slot from the moment it is made until it is dropped there, and is polled
/// in place ([`poll_in_place`]). The machine is reached only through
/// `Pin<&mut Self>`, and nothing moves the slots struct. It is `Unpin` when
/// its slots are, that is when every future it awaits (and every other
/// value it holds) is `Unpin`: the slots hold their values' types (no
/// erased storage), so the auto trait follows them.
#[doc(hidden)]
pub struct AsyncMachine<S: Frame, F, R> {
    slots: S,
    step: F,
    resume: PhantomData<fn(R)>,
}

impl<S: Frame, F, R> Drop for AsyncMachine<S, F, R> {
    fn drop(&mut self) {
        // The slots are dropped in place after this, by their own `Drop`.
        generator::drop_return(&mut self.slots);
    }
}

impl<S: Frame, F, R> AsyncMachine<S, F, R> {
    /// The slots, for the step function and the frame's bookkeeping.
    #[inline(always)]
    fn slots(self: Pin<&mut Self>) -> (&mut S, &mut F) {
        // SAFETY: the slots are structurally pinned, and no caller moves
        // them: the step function moves values in and out of the slots of
        // ordinary locals (which are not pinned), and only polls and drops
        // an awaited future where it lies (the contract of
        // `poll_in_place`); the bookkeeping functions touch the state word
        // and the return value, which no future lives in. The step
        // function itself is not pinned (it is never polled, only called
        // through `&mut`). The machine is `Unpin` only when the slots
        // are, so a `!Unpin` future keeps it where it is.
        let this = unsafe { self.get_unchecked_mut() };
        (&mut this.slots, &mut this.step)
    }
}

impl<S: Frame<Return = T>, F, R, Y, T> AsyncBody for AsyncMachine<S, F, R>
where
    F: FnMut(&mut S, &mut Context<'_>, &mut Option<Arg<R>>) -> Poll<CoroutineState<Y, T>>,
{
    type Resume = R;
    type Yield = Y;
    type Return = T;

    #[inline(always)]
    fn poll_step(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Arg<R>>,
    ) -> Poll<CoroutineState<Y, T>> {
        let (slots, step) = self.slots();
        step(slots, cx, arg)
    }

    #[cold]
    fn poison(self: Pin<&mut Self>) {
        generator::poison(self.slots().0)
    }

    #[inline(always)]
    fn status(&self) -> Status {
        generator::status(&self.slots)
    }

    fn keep_return(self: Pin<&mut Self>, value: T) {
        generator::keep_return(self.slots().0, value)
    }

    fn take_return(self: Pin<&mut Self>) -> Option<T> {
        generator::take_return(self.slots().0)
    }
}

impl<S: Frame, F, R> AsyncMachine<S, F, R> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn new<Y>(slots: S, step: F) -> AsyncGen<Self>
    where
        F: FnMut(
            &mut S,
            &mut Context<'_>,
            &mut Option<Arg<R>>,
        ) -> Poll<CoroutineState<Y, S::Return>>,
    {
        AsyncGen {
            body: AsyncMachine {
                slots,
                step,
                resume: PhantomData,
            },
        }
    }
}

/// Polls the future `future` where it lies.
///
/// # Safety
/// `future` is in a slot of an [`AsyncMachine`] reached through `Pin`, and
/// is not moved out of that slot from now until it is dropped there. (The
/// machine itself moves only if it is `Unpin`, which it is only if
/// `Fut` is.)
#[doc(hidden)]
#[inline(always)]
pub unsafe fn poll_in_place<Fut: Future>(
    future: &mut Fut,
    cx: &mut Context<'_>,
) -> Poll<Fut::Output> {
    // SAFETY: the caller keeps `future` where it is until it is dropped.
    unsafe { Pin::new_unchecked(future) }.poll(cx)
}

pin_project! {
    /// An async generator: the value a `#[generator] async fn` returns.
    ///
    /// Calling the function runs none of its body; the body runs when the
    /// generator is polled, up to its next `yield_!`, and an `.await` inside
    /// it waits as in any `async fn`, with the caller's waker.
    ///
    /// - [`Stream`] and [`FusedStream`] when the resume type is `()`.
    /// - [`resume`](AsyncGen::resume) for any resume type (Python's
    ///   `asend`): a future of the next [`CoroutineState`].
    /// - `Send` and `Sync` when everything the body holds is; `Unpin` when
    ///   everything it holds is (an awaited future lives inside it while it
    ///   is pending): otherwise pin it with `core::pin::pin!` or `Box::pin`
    ///   to poll it.
    ///
    /// Dropping it drops the future it is awaiting, if any, and then the
    /// locals it holds, in reverse order of declaration.
    pub struct AsyncGen<B> {
        #[pin]
        body: B,
    }
}

impl<B: AsyncBody> AsyncGen<B> {
    /// One poll of the body, poisoning it if it panics.
    #[inline(always)]
    fn poll_step(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Arg<B::Resume>>,
    ) -> Poll<CoroutineState<B::Yield, B::Return>> {
        struct Poison<'a, B: AsyncBody>(Pin<&'a mut B>);
        impl<B: AsyncBody> Drop for Poison<'_, B> {
            #[cold]
            fn drop(&mut self) {
                self.0.as_mut().poison();
            }
        }
        let mut poison = Poison(self.project().body);
        let result = poison.0.as_mut().poll_step(cx, arg);
        core::mem::forget(poison);
        result
    }

    /// Resumes the generator with `arg` (Python's `asend`): a future of the
    /// body's next [`CoroutineState`]. On the first resume the body starts
    /// and `arg` is dropped; afterwards `arg` is the value of the `yield_!`
    /// the body is suspended at. Drive each such future to completion
    /// before the next resume: one dropped while the body awaits leaves the
    /// body at that `.await`, and the next resume's value is then dropped.
    ///
    /// The future panics when the generator completed before, or a previous
    /// poll panicked, and when it is polled again after it completed (the
    /// generator is then left as it was).
    pub fn resume(self: Pin<&mut Self>, arg: B::Resume) -> Resume<'_, B> {
        Resume {
            generator: self,
            arg: Some(Arg::Value(arg)),
            done: false,
        }
    }

    /// Whether the body has run to its end.
    pub fn is_complete(&self) -> bool {
        self.body.status() == Status::Complete
    }

    /// Whether a poll panicked; such a generator cannot be resumed again.
    pub fn is_poisoned(&self) -> bool {
        self.body.status() == Status::Poisoned
    }

    /// Takes the return value of a generator that completed while it was
    /// polled as a [`Stream`]. `None` before completion, after the value
    /// was taken, or when [`resume`](AsyncGen::resume) handed it out.
    pub fn take_return(self: Pin<&mut Self>) -> Option<B::Return> {
        self.project().body.take_return()
    }
}

#[cfg(feature = "alloc")]
impl<B: AsyncBody + ?Sized> AsyncBody for Pin<alloc::boxed::Box<B>> {
    type Resume = B::Resume;
    type Yield = B::Yield;
    type Return = B::Return;

    #[inline]
    fn poll_step(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Arg<B::Resume>>,
    ) -> Poll<CoroutineState<B::Yield, B::Return>> {
        self.get_mut().as_mut().poll_step(cx, arg)
    }

    fn poison(self: Pin<&mut Self>) {
        self.get_mut().as_mut().poison()
    }

    fn status(&self) -> Status {
        (**self).status()
    }

    fn keep_return(self: Pin<&mut Self>, value: B::Return) {
        self.get_mut().as_mut().keep_return(value)
    }

    fn take_return(self: Pin<&mut Self>) -> Option<B::Return> {
        self.get_mut().as_mut().take_return()
    }
}

/// A type-erased async generator that is `Send`, made by
/// [`AsyncGen::boxed`]: nameable (a struct field, a trait method's return
/// type), and `Unpin`.
#[cfg(feature = "alloc")]
pub type BoxAsyncGen<'a, Y, R = (), T = ()> =
    AsyncGen<Pin<alloc::boxed::Box<dyn AsyncBody<Resume = R, Yield = Y, Return = T> + Send + 'a>>>;

/// A type-erased async generator, made by [`AsyncGen::boxed_local`].
#[cfg(feature = "alloc")]
pub type LocalBoxAsyncGen<'a, Y, R = (), T = ()> =
    AsyncGen<Pin<alloc::boxed::Box<dyn AsyncBody<Resume = R, Yield = Y, Return = T> + 'a>>>;

impl<B: AsyncBody> AsyncGen<B> {
    /// Erases the generator's type behind a pinned box, keeping `Send`: a
    /// [`BoxAsyncGen`], `Unpin` whatever it awaits.
    #[cfg(feature = "alloc")]
    pub fn boxed<'a>(self) -> BoxAsyncGen<'a, B::Yield, B::Resume, B::Return>
    where
        B: Send + 'a,
    {
        AsyncGen {
            body: alloc::boxed::Box::pin(self.body),
        }
    }

    /// Like [`boxed`](AsyncGen::boxed), for a generator that is not `Send`.
    #[cfg(feature = "alloc")]
    pub fn boxed_local<'a>(self) -> LocalBoxAsyncGen<'a, B::Yield, B::Resume, B::Return>
    where
        B: 'a,
    {
        AsyncGen {
            body: alloc::boxed::Box::pin(self.body),
        }
    }

    /// Turns a generator returning `Result<T, E>` into a stream of
    /// `Result<Yield, E>` (a `TryStream`): the yielded values come out as
    /// `Ok`, an error the body returns (for example with `?`) comes out as
    /// the last item. The `Ok` value stays in the generator
    /// ([`TryStream::into_inner`], then [`take_return`](AsyncGen::take_return)).
    pub fn try_stream<T, E>(self) -> TryStream<B>
    where
        B: AsyncBody<Resume = (), Return = Result<T, E>>,
    {
        TryStream { generator: self }
    }
}

pin_project! {
    /// The stream of [`AsyncGen::try_stream`].
    pub struct TryStream<B> {
        #[pin]
        generator: AsyncGen<B>,
    }
}

impl<B, T, E> Stream for TryStream<B>
where
    B: AsyncBody<Resume = (), Return = Result<T, E>>,
{
    type Item = Result<B::Yield, E>;

    #[inline]
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let mut generator = self.project().generator;
        match generator.as_mut().poll_next(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(y)) => Poll::Ready(Some(Ok(y))),
            Poll::Ready(None) => match generator.as_mut().take_return() {
                Some(Err(e)) => Poll::Ready(Some(Err(e))),
                Some(Ok(t)) => {
                    generator.project().body.keep_return(Ok(t));
                    Poll::Ready(None)
                }
                None => Poll::Ready(None),
            },
        }
    }
}

impl<B, T, E> FusedStream for TryStream<B>
where
    B: AsyncBody<Resume = (), Return = Result<T, E>>,
{
    fn is_terminated(&self) -> bool {
        self.generator.is_complete()
    }
}

impl<B> TryStream<B> {
    /// The generator back, for example to take the `Ok` value of one that
    /// finished.
    pub fn into_inner(self) -> AsyncGen<B> {
        self.generator
    }
}

impl<B: AsyncBody> fmt::Debug for TryStream<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TryStream").field(&self.generator).finish()
    }
}

impl<B: AsyncBody> Stream for AsyncGen<B>
where
    B::Resume: ResumeUnit,
{
    type Item = B::Yield;

    #[inline]
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<B::Yield>> {
        if self.body.status() == Status::Complete {
            return Poll::Ready(None);
        }
        let mut arg = Some(Arg::Value(ResumeUnit::unit()));
        match self.as_mut().poll_step(cx, &mut arg) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(CoroutineState::Yielded(y)) => Poll::Ready(Some(y)),
            Poll::Ready(CoroutineState::Complete(t)) => {
                self.project().body.keep_return(t);
                Poll::Ready(None)
            }
        }
    }
}

impl<B: AsyncBody> FusedStream for AsyncGen<B>
where
    B::Resume: ResumeUnit,
{
    fn is_terminated(&self) -> bool {
        self.is_complete()
    }
}

impl<B: AsyncBody> fmt::Debug for AsyncGen<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = match self.body.status() {
            Status::Created => "created",
            Status::Suspended => "suspended",
            Status::Poisoned => "poisoned",
            Status::Complete => "complete",
        };
        f.debug_struct("AsyncGen")
            .field("status", &status)
            .finish_non_exhaustive()
    }
}

/// The future of [`AsyncGen::resume`].
#[must_use = "futures do nothing unless polled"]
pub struct Resume<'a, B: AsyncBody> {
    generator: Pin<&'a mut AsyncGen<B>>,
    /// Taken by the step that resumes the body at its `yield_!`.
    arg: Option<Arg<B::Resume>>,
    /// The future returned `Ready`: polling it again would resume the body
    /// without a value.
    done: bool,
}

// Nothing in it is pinned: the generator is behind its own `Pin`, and the
// resume value is moved into the body.
impl<B: AsyncBody> Unpin for Resume<'_, B> {}

impl<B: AsyncBody> Future for Resume<'_, B> {
    type Output = CoroutineState<B::Yield, B::Return>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        if this.done {
            // Before the body is touched: it is not poisoned, and the next
            // `resume` goes on where it stands.
            resume_polled_after_completion();
        }
        let poll = this.generator.as_mut().poll_step(cx, &mut this.arg);
        this.done = poll.is_ready();
        poll
    }
}

#[cold]
#[inline(never)]
fn resume_polled_after_completion() -> ! {
    panic!("`resume` future polled after completion")
}

// ---------------------------------------------------------------------------
// `yield_from!` in an async generator.

/// Something `yield_from!` in an async generator can drive one poll at a
/// time: another async generator (its resume values forwarded), a
/// [`Stream`] (its items forwarded), or anything a sync generator delegates
/// to (ready at once).
#[doc(hidden)]
pub trait AsyncDelegate<R> {
    type Yield;
    type Return;
    /// One step: `arg` is the resume value for a delegate suspended at a
    /// `yield_!` (`Arg::Start` on the first step); a step that continues at
    /// an `.await` may take and drop it.
    fn poll_step(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Arg<R>>,
    ) -> Poll<CoroutineState<Self::Yield, Self::Return>>;
}

impl<B: AsyncBody> AsyncDelegate<B::Resume> for AsyncGen<B> {
    type Yield = B::Yield;
    type Return = B::Return;

    #[inline]
    fn poll_step(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Arg<B::Resume>>,
    ) -> Poll<CoroutineState<B::Yield, B::Return>> {
        // The delegate's first step starts it: `Arg::Start` becomes the
        // value its body drops.
        AsyncGen::poll_step(self, cx, arg)
    }
}

pin_project! {
    /// A stream drained by `yield_from!`; resume values are dropped.
    #[doc(hidden)]
    pub struct StreamDelegate<S> {
        #[pin]
        stream: S,
    }
}

impl<S: Stream, R> AsyncDelegate<R> for StreamDelegate<S> {
    type Yield = S::Item;
    type Return = ();

    #[inline]
    fn poll_step(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        arg: &mut Option<Arg<R>>,
    ) -> Poll<CoroutineState<S::Item, ()>> {
        let poll = self.project().stream.poll_next(cx);
        if poll.is_ready() {
            // Taken only when the step is over, like a body's resume value.
            drop(arg.take());
        }
        poll.map(|item| match item {
            Some(item) => CoroutineState::Yielded(item),
            None => CoroutineState::Complete(()),
        })
    }
}

/// The sync delegates are ready at once; they are never pinned (each is
/// `Unpin`, or a wrapper that never pins what it holds).
macro_rules! sync_delegates {
    ($(impl[$($params:tt)*] for $ty:ty where [$($bounds:tt)*];)*) => {$(
        impl<$($params)*> AsyncDelegate<R> for $ty
        where
            $ty: crate::__private::Delegate<R> + Unpin,
            $($bounds)*
        {
            type Yield = <$ty as crate::__private::Delegate<R>>::Yield;
            type Return = <$ty as crate::__private::Delegate<R>>::Return;

            #[inline]
            fn poll_step(
                self: Pin<&mut Self>,
                _: &mut Context<'_>,
                arg: &mut Option<Arg<R>>,
            ) -> Poll<CoroutineState<Self::Yield, Self::Return>> {
                let arg = crate::__private::take_arg(arg);
                Poll::Ready(crate::__private::Delegate::step(self.get_mut(), arg))
            }
        }
    )*};
}

sync_delegates! {
    impl[B: crate::Body, R] for crate::Gen<B> where [];
    impl['a, D: ?Sized, R] for &'a mut D where [];
    impl[I, R] for crate::__private::IterDelegate<I> where [];
    impl[C, R] for crate::__private::CoroutineDelegate<C> where [];
    impl[G, R] for crate::__private::Mismatched<G> where [];
}

/// The two probes `yield_from!` adds in an async generator, above the sync
/// ones (`DelegateProbe`): an async generator taking the same resume values,
/// then a stream.
#[doc(hidden)]
pub struct AsyncGenKind;
#[doc(hidden)]
pub struct StreamKind;

#[doc(hidden)]
pub trait ViaAsyncGen {
    #[inline(always)]
    fn delegate_kind(&self) -> AsyncGenKind {
        AsyncGenKind
    }
}
impl<B: AsyncBody<Resume = R>, R> ViaAsyncGen
    for &&&&&&crate::__private::DelegateProbe<'_, AsyncGen<B>, R>
{
}

/// An async generator with another resume type: an error (`SameResume`),
/// before it could be taken for a stream.
#[doc(hidden)]
pub struct AsyncMismatchKind<R>(PhantomData<fn(R)>);

#[doc(hidden)]
pub trait ViaAsyncMismatch<R> {
    #[inline(always)]
    fn delegate_kind(&self) -> AsyncMismatchKind<R> {
        AsyncMismatchKind(PhantomData)
    }
}
impl<B: AsyncBody, R> ViaAsyncMismatch<R>
    for &&&&&crate::__private::DelegateProbe<'_, AsyncGen<B>, R>
{
}

/// An async generator whose resume type is `R`.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`yield_from!` would forward this generator's resume values (`{R}`) to a generator that takes other values",
    label = "this generator's `resume` type is not `{R}`",
    note = "PEP 380 delegation forwards every resume value: delegate only to generators with the same `resume` type"
)]
pub trait AsyncSameResume<R> {}
impl<B: AsyncBody> AsyncSameResume<B::Resume> for AsyncGen<B> {}

impl<R> AsyncMismatchKind<R> {
    #[inline(always)]
    pub fn wrap<G: AsyncSameResume<R>>(self, value: G) -> AsyncMismatched<G> {
        AsyncMismatched(value)
    }
}

/// What a delegation to an async generator with another resume type
/// produces: never run (the `AsyncSameResume` bound fails to compile), it
/// keeps the error single.
#[doc(hidden)]
pub struct AsyncMismatched<G>(G);

impl<B: AsyncBody, R> AsyncDelegate<R> for AsyncMismatched<AsyncGen<B>> {
    type Yield = B::Yield;
    type Return = B::Return;

    fn poll_step(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        _: &mut Option<Arg<R>>,
    ) -> Poll<CoroutineState<B::Yield, B::Return>> {
        crate::__private::invalid_state()
    }
}

#[doc(hidden)]
pub trait ViaStream {
    #[inline(always)]
    fn delegate_kind(&self) -> StreamKind {
        StreamKind
    }
}
impl<S: Stream, R> ViaStream for &&&&crate::__private::DelegateProbe<'_, S, R> {}

impl AsyncGenKind {
    #[inline(always)]
    pub fn wrap<G>(self, value: G) -> G {
        value
    }
}

impl StreamKind {
    #[inline(always)]
    pub fn wrap<S>(self, stream: S) -> StreamDelegate<S> {
        StreamDelegate { stream }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generator::state;
    use core::cell::Cell;
    use core::mem::MaybeUninit;
    use core::task::Waker;

    /// Pending on its first poll (after waking the task), then ready with
    /// its value; counts its drops.
    struct PendingOnce<'a> {
        polled: bool,
        value: u32,
        drops: &'a Cell<u32>,
    }

    impl Future for PendingOnce<'_> {
        type Output = u32;
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
            if self.polled {
                Poll::Ready(self.value)
            } else {
                self.polled = true;
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        }
    }

    impl Drop for PendingOnce<'_> {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    /// The slots of `awaiting`: the future it awaits lives in `future`.
    struct Slots<'a> {
        state: u32,
        future: Option<PendingOnce<'a>>,
        returned: MaybeUninit<&'static str>,
    }

    // SAFETY: `state` is the state word; the step function stores 1 and
    // `COMPLETE` in it, never `RETURNED`; the return value has a field of
    // its own.
    unsafe impl Frame for Slots<'_> {
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

    /// A hand-written body: `let v = PendingOnce(start).await; let r =
    /// yield_!(v); yield_!(r + 1); "done"`, with resume type `u32`.
    #[allow(clippy::type_complexity)]
    fn awaiting<'a>(
        start: u32,
        drops: &'a Cell<u32>,
    ) -> AsyncGen<
        AsyncMachine<
            Slots<'a>,
            impl FnMut(
                &mut Slots<'a>,
                &mut Context<'_>,
                &mut Option<Arg<u32>>,
            ) -> Poll<CoroutineState<u32, &'static str>>,
            u32,
        >,
    > {
        let slots = Slots {
            state: state::CREATED,
            future: None,
            returned: MaybeUninit::uninit(),
        };
        AsyncMachine::new(
            slots,
            move |s: &mut Slots<'a>, cx: &mut Context<'_>, arg: &mut Option<Arg<u32>>| {
                loop {
                    match s.state {
                        state::CREATED => {
                            let _first = arg.take();
                            s.future = Some(PendingOnce {
                                polled: false,
                                value: start,
                                drops,
                            });
                            s.state = 1;
                        }
                        1 => {
                            let future = s.future.as_mut().expect("in flight");
                            // SAFETY: the future stays in its slot until it is
                            // dropped there, below or with the slots.
                            match unsafe { poll_in_place(future, cx) } {
                                Poll::Pending => return Poll::Pending,
                                Poll::Ready(v) => {
                                    s.future = None;
                                    s.state = 2;
                                    return Poll::Ready(CoroutineState::Yielded(v));
                                }
                            }
                        }
                        2 => {
                            let r = arg.take().expect("a resume value").into_value();
                            s.state = 3;
                            return Poll::Ready(CoroutineState::Yielded(r + 1));
                        }
                        3 => {
                            s.state = state::COMPLETE;
                            return Poll::Ready(CoroutineState::Complete("done"));
                        }
                        reserved => crate::__private::resumed_in_state(reserved),
                    }
                }
            },
        )
    }

    fn poll<F: Future + Unpin>(f: &mut F) -> Poll<F::Output> {
        Pin::new(f).poll(&mut Context::from_waker(Waker::noop()))
    }

    #[test]
    fn resume_polls_the_awaited_future_in_place_and_passes_values() {
        let drops = Cell::new(0);
        let mut g = core::pin::pin!(awaiting(5, &drops));
        let mut first = g.as_mut().resume(0);
        assert!(poll(&mut first).is_pending());
        assert_eq!(poll(&mut first), Poll::Ready(CoroutineState::Yielded(5)));
        assert_eq!(drops.get(), 1);
        let mut second = g.as_mut().resume(10);
        assert_eq!(poll(&mut second), Poll::Ready(CoroutineState::Yielded(11)));
        let mut last = g.as_mut().resume(0);
        assert_eq!(
            poll(&mut last),
            Poll::Ready(CoroutineState::Complete("done"))
        );
        assert!(g.is_complete());
        assert_eq!(g.as_mut().take_return(), None);
    }

    #[test]
    fn dropping_while_awaiting_drops_the_future() {
        let drops = Cell::new(0);
        {
            let mut g = core::pin::pin!(awaiting(5, &drops));
            let mut first = g.as_mut().resume(0);
            assert!(poll(&mut first).is_pending());
            assert_eq!(drops.get(), 0);
        }
        assert_eq!(drops.get(), 1);
    }

    #[test]
    #[should_panic(expected = "generator resumed after completion")]
    fn resuming_after_completion_panics() {
        let drops = Cell::new(0);
        let mut g = core::pin::pin!(awaiting(1, &drops));
        for _ in 0..4 {
            let mut f = g.as_mut().resume(0);
            while poll(&mut f).is_pending() {}
        }
    }

    #[test]
    fn debug_shows_the_status() {
        let drops = Cell::new(0);
        let g = awaiting(1, &drops);
        assert_eq!(
            alloc::format!("{g:?}"),
            r#"AsyncGen { status: "created", .. }"#
        );
    }
}
