//! Runtime of [genfn](https://docs.rs/genfn): the [`Coroutine`] trait, the [`Gen`]
//! generator type that `#[generator]` functions return, the [`AsyncGen`]
//! stream that `#[generator] async fn`s return, and the small pieces of
//! machinery the generated state machines call into.
//!
//! Users normally depend on the `genfn` facade, which re-exports everything here.
//! This crate is `no_std`; boxing ([`Gen::boxed`], recursive delegation) needs the
//! `alloc` feature (on by default through `std`).

#![cfg_attr(not(test), no_std)]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod async_gen;
mod coroutine;
mod generator;
#[cfg(feature = "alloc")]
mod kept_slot;
#[cfg(feature = "alloc")]
mod recursion;
mod slot;

#[doc(hidden)]
pub mod __private;

pub use async_gen::{AsyncBody, AsyncGen, Resume, TryStream};
#[cfg(feature = "alloc")]
pub use async_gen::{BoxAsyncGen, LocalBoxAsyncGen};
pub use coroutine::{Coroutine, CoroutineState};
pub use generator::{Body, Gen, TryIter};

#[cfg(feature = "alloc")]
pub use generator::{BoxGen, BoxGenSend};
