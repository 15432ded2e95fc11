use core::pin::Pin;

/// What a coroutine did when it was resumed: it suspended with a value, or it
/// finished with its return value. Mirrors `std::ops::CoroutineState`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CoroutineState<Y, T> {
    /// The coroutine suspended at a `yield_!` with this value.
    Yielded(Y),
    /// The coroutine ran to its end (or `return`) with this value.
    Complete(T),
}

impl<Y, T> CoroutineState<Y, T> {
    /// The yielded value, if the coroutine suspended.
    pub fn yielded(self) -> Option<Y> {
        match self {
            CoroutineState::Yielded(y) => Some(y),
            CoroutineState::Complete(_) => None,
        }
    }

    /// The return value, if the coroutine completed.
    pub fn complete(self) -> Option<T> {
        match self {
            CoroutineState::Yielded(_) => None,
            CoroutineState::Complete(t) => Some(t),
        }
    }

    /// Whether the coroutine completed.
    pub fn is_complete(&self) -> bool {
        matches!(self, CoroutineState::Complete(_))
    }
}

/// A resumable computation that suspends with values of type `Yield`, receives a
/// value of type `R` each time it is resumed, and finishes with a `Return` value.
///
/// This mirrors the nightly `std::ops::Coroutine` trait, so code written against
/// it reads the same. [`Gen`](crate::Gen) implements it for every generator.
pub trait Coroutine<R = ()> {
    /// The type of the values the coroutine yields.
    type Yield;
    /// The type of the value the coroutine returns when it completes.
    type Return;

    /// Runs the coroutine until its next suspension point or its end.
    ///
    /// The argument of the first resume is dropped (as Python drops the value of
    /// the first `send`); every later argument becomes the value of the
    /// `yield_!` expression the coroutine is suspended at.
    ///
    /// # Panics
    /// When resumed after it completed, or after a resume panicked.
    fn resume(self: Pin<&mut Self>, arg: R) -> CoroutineState<Self::Yield, Self::Return>;
}

impl<C: Coroutine<R> + Unpin + ?Sized, R> Coroutine<R> for &mut C {
    type Yield = C::Yield;
    type Return = C::Return;

    fn resume(mut self: Pin<&mut Self>, arg: R) -> CoroutineState<Self::Yield, Self::Return> {
        C::resume(Pin::new(&mut **self), arg)
    }
}

impl<P, R> Coroutine<R> for Pin<P>
where
    P: core::ops::DerefMut<Target: Coroutine<R>> + Unpin,
{
    type Yield = <P::Target as Coroutine<R>>::Yield;
    type Return = <P::Target as Coroutine<R>>::Return;

    fn resume(self: Pin<&mut Self>, arg: R) -> CoroutineState<Self::Yield, Self::Return> {
        <P::Target as Coroutine<R>>::resume(self.get_mut().as_mut(), arg)
    }
}

#[cfg(feature = "alloc")]
impl<C: Coroutine<R> + Unpin + ?Sized, R> Coroutine<R> for alloc::boxed::Box<C> {
    type Yield = C::Yield;
    type Return = C::Return;

    fn resume(mut self: Pin<&mut Self>, arg: R) -> CoroutineState<Self::Yield, Self::Return> {
        C::resume(Pin::new(&mut **self), arg)
    }
}
