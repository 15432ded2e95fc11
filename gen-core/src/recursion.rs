//! Recursive generators: one frame per active call, on a stack.
//!
//! `yield_from!(walk(..))` inside `walk` would nest one generator inside the
//! other: every item then climbs back through each level of the recursion, a
//! cost proportional to the depth (Python and rustc's coroutines pay it). A
//! generator that delegates to itself is instead compiled into a step
//! function over *frames* (its slots struct, one per active call) kept in
//! [`Frames`], and the step itself moves between them:
//!
//! - a recursive `yield_from!` pushes the callee's new frame
//!   ([`Frames::call`]) and goes on running the body in it;
//! - a yield goes straight out to the caller of `resume`, and the next resume
//!   goes straight to the innermost frame (resume values reach the active
//!   delegate, as PEP 380 has them forwarded);
//! - a frame that returns is popped ([`Frames::ret`]), and its return value
//!   resumes the frame that called it as the value of its `yield_from!`;
//! - a call in tail position (`return yield_from!(walk(..))`, or the last
//!   statement of a body returning `()`) made while the frame holds no local
//!   replaces the frame: a recursion along a list then runs in one frame.
//!
//! Each item costs one step of one frame, whatever the depth.

use alloc::vec::Vec;

use crate::generator::{Body, Frame, Gen, Machine};

/// The frames of a recursive generator: the outermost call, and the calls
/// delegated to, innermost last.
pub struct Frames<F> {
    root: F,
    calls: Vec<F>,
}

impl<F> Frames<F> {
    /// The frames of a generator that has not started: its own call only.
    #[inline(always)]
    pub fn new(root: F) -> Self {
        Frames {
            root,
            calls: Vec::new(),
        }
    }

    /// The frame a resume runs.
    #[inline(always)]
    pub fn innermost(&mut self) -> &mut F {
        match self.calls.last_mut() {
            Some(innermost) => innermost,
            None => &mut self.root,
        }
    }

    /// A recursive call: `callee` becomes the innermost frame.
    #[inline(always)]
    pub fn call(&mut self, callee: F) -> &mut F {
        self.calls.push(callee);
        match self.calls.last_mut() {
            Some(callee) => callee,
            None => crate::__private::invalid_state(),
        }
    }

    /// The innermost frame returned (its locals are already dropped): the
    /// frame that called it, or `None` when the outermost call returned.
    #[inline(always)]
    pub fn ret(&mut self) -> Option<&mut F> {
        self.calls.pop()?;
        Some(self.innermost())
    }
}

impl<F> Drop for Frames<F> {
    fn drop(&mut self) {
        // Innermost first, as closing nested generators would, and the
        // outermost frame (a field, dropped after this) last: a frame may
        // borrow the locals of the frames below it. If dropping a frame
        // panics, `Rest` goes on popping the others in the same order while
        // the panic unwinds.
        struct Rest<'a, F>(&'a mut Vec<F>);
        impl<F> Drop for Rest<'_, F> {
            fn drop(&mut self) {
                while let Some(frame) = self.0.pop() {
                    drop(frame);
                }
            }
        }
        while let Some(frame) = self.calls.pop() {
            let rest = Rest(&mut self.calls);
            drop(frame);
            core::mem::forget(rest);
        }
    }
}

impl<F: Clone> Clone for Frames<F> {
    fn clone(&self) -> Self {
        Frames {
            root: self.root.clone(),
            calls: self.calls.clone(),
        }
    }
}

// SAFETY: the generator's state word and kept return value are the
// outermost frame's, which implements `Frame`: this forwards each method to
// it unchanged, so its guarantees are these. (The frames it called are
// popped before it completes, and the generated step checks this state
// before running the innermost frame.)
unsafe impl<F: Frame> Frame for Frames<F> {
    type Return = F::Return;
    #[inline(always)]
    fn state(&self) -> u32 {
        self.root.state()
    }
    #[inline(always)]
    fn set_state(&mut self, state: u32) {
        self.root.set_state(state)
    }
    #[inline(always)]
    fn returned(&mut self) -> *mut F::Return {
        self.root.returned()
    }
    #[inline(always)]
    fn returned_ref(&self) -> *const F::Return {
        self.root.returned_ref()
    }
}

/// The return value of the frame this one called, as the value of its
/// recursive `yield_from!`.
#[inline(always)]
pub fn returned<T>(returned: Option<T>) -> T {
    match returned {
        Some(value) => value,
        None => crate::__private::invalid_state(),
    }
}

/// The identity of a recursive generator function: `#[generator]` puts
/// `+ Recursion<ID>` on the opaque return type of a function that it compiles
/// to run recursive calls on frames, with an `ID` of that function alone.
///
/// A recursive call `yield_from!(walk(..))` runs this body in a new frame,
/// whatever `walk` names; the shadow borrow-checks the call as written,
/// that is, whatever `walk` resolves to. The two agree only when `walk` is
/// this very function, which the shadow proves with [`recursion`]: the
/// machine's own opaque type, the only type with the bound `Recursion<ID>`
/// (outside its function an opaque type shows its bounds and nothing else,
/// and no other function's has this `ID`), is the only one that passes.
/// Every machine that runs on frames implements it for every `ID`, so that
/// the hidden type satisfies the bound; no other type does, so that no type
/// that is not opaque passes either (an inline `gen_!{}` generator, whose
/// type a closure returns as it is, runs on no frames).
#[diagnostic::on_unimplemented(
    message = "this call is not a recursive call of the generator function it is in",
    label = "this names another function than the one being defined",
    note = "`yield_from!(f(..))` and `yield_from!(Self::f(..))` in a generator function `f` run its own body in a new frame, so they must name this very function: a plain `f(..)` names a local `f` if there is one, and in an associated function a free function; `Self::f(..)` in a trait impl names an inherent method `f` first",
    note = "to delegate to that other function, name it by another path (`self::f(..)`, `crate::f(..)`, `<Type>::f(..)`), or bind its generator to a variable first"
)]
pub trait Recursion<const ID: u128> {}

impl<S: Frame, F, R, const ID: u128> Recursion<ID> for Machine<Frames<S>, F, R> {}

/// In the shadow, a recursive call's generator: a type error unless the call
/// reaches the function being defined (see [`Recursion`]).
#[inline(always)]
pub fn recursion<const ID: u128, B: Body + Recursion<ID>>(generator: Gen<B>) -> Gen<B> {
    generator
}
