//! Compile-fail tests: one situation per file in `tests/ui/`, with the
//! expected compiler output checked in next to it as a `.stderr` file.
//! Regenerate with `TRYBUILD=overwrite cargo test -p genfn-ui-tests`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
