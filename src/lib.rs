//! genfn (user guide written below).
#![no_std]

pub use gen_core::{Body, Coroutine, CoroutineState, Gen, TryIter};
#[cfg(feature = "std")]
pub use gen_core::{BoxGen, BoxGenSend};
pub use gen_macros::{gen_, generator};

/// Suspends the generator with a value: `yield_!(value)` evaluates to the next
/// resume argument. Only meaningful inside `#[generator]` functions and
/// `gen!{}`, which rewrite it; anywhere else it is a compile error.
#[macro_export]
macro_rules! yield_ {
    ($($tokens:tt)*) => {
        ::core::compile_error!("`yield_!` can only be used directly inside a `#[generator]` function or a `gen!{}` block")
    };
}

/// Delegates to another generator or an iterable (Python's `yield from`).
/// Only meaningful inside `#[generator]` functions and `gen!{}`.
#[macro_export]
macro_rules! yield_from {
    ($($tokens:tt)*) => {
        ::core::compile_error!("`yield_from!` can only be used directly inside a `#[generator]` function or a `gen!{}` block")
    };
}

#[doc(hidden)]
pub mod __private {
    pub use gen_core::__private::*;
}
