//! genfn (user guide written below).
#![no_std]

pub use gen_core::{Body, Coroutine, CoroutineState, Gen, TryIter};
#[cfg(feature = "std")]
pub use gen_core::{BoxGen, BoxGenSend};
pub use gen_macros::{generator, gen};

#[doc(hidden)]
pub mod __private {
    pub use gen_core::__private::*;
}
