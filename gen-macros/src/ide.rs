//! The expansion an editor gets.
//!
//! rust-analyzer expands the attribute on every edit and answers hovers,
//! go-to-definition, references and renames by mapping each token of the
//! user's source to the expansion tokens located at it. The state machine
//! repeats the user's tokens many times (a local is bound again at every
//! step that uses it) and locates generated tokens at the user's (so that
//! rustc's errors point there); the editor then shows each answer several
//! times, with genfn's internal names among them, and pays for an expansion
//! ten to fifty times the body's size on every keystroke.
//!
//! So when the macro runs inside rust-analyzer's proc-macro server, which
//! sets `RUST_ANALYZER_INTERNALS_DO_NOT_USE` in its environment, it emits
//! the *editor view*: the signature with the parameters as written, the
//! shadow (the body as the user wrote it, each suspension point a call
//! typed like it) with nothing relocated onto the user's tokens, and a
//! stand-in value of the generator's type. rustc never sees this view: it
//! builds from cargo, where the variable is not set, and type-checks the
//! whole expansion. `GENFN_IDE=1` (or `0`) forces the choice, for tests.

use std::cell::Cell;

thread_local! {
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
}

/// Whether this expansion is for an editor (see the module docs).
pub fn requested() -> bool {
    match std::env::var("GENFN_IDE") {
        Ok(v) => v == "1",
        Err(_) => std::env::var_os("RUST_ANALYZER_INTERNALS_DO_NOT_USE").is_some(),
    }
}

/// Runs `f` with the editor view on or off.
pub fn with<R>(on: bool, f: impl FnOnce() -> R) -> R {
    let before = ACTIVE.with(|a| a.replace(on));
    let out = f();
    ACTIVE.with(|a| a.set(before));
    out
}

/// Whether the editor view is being emitted: generated tokens then keep
/// their own locations instead of the user's.
pub fn active() -> bool {
    ACTIVE.with(Cell::get)
}
