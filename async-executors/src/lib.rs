//! Tests of genfn's async generators on real executors (`tests/`): futures'
//! `block_on` and `LocalPool`, tokio (current-thread and multi-thread) and
//! smol. A workspace member of its own, so that the plain `cargo test` of
//! the workspace does not build the executors: `cargo test -p
//! genfn-async-executors`.
