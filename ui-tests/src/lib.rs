//! Compile-fail tests of genfn live in `tests/`.
