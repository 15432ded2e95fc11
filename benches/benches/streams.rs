//! S1–S3 (`genfn_benches::streams`) for every implementation, timed with
//! divan: `cargo bench -p genfn-benches --bench streams`. One divan
//! iteration drains one stream of `STREAM_N` items; the checksums of all
//! implementations are compared first.

use divan::black_box;
use genfn_benches::streams;

const STREAM_N: u64 = 1_000_000;

fn main() {
    streams::check_all(STREAM_N);
    eprintln!("checksums agree across implementations");
    divan::main();
}

macro_rules! group {
    ($group:ident; $($imp:ident => $path:path),* $(,)?) => {
        mod $group {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[divan::bench]
                fn $imp() -> u64 {
                    $path(black_box(STREAM_N))
                }
            )*
        }
    };
}

group!(s1_plain;
    hand_written => streams::hand_s1,
    futures_iter => streams::iter_s1,
    genfn => streams::genfn_s1,
    genfn_inline => streams::genfn_inline_s1,
    async_stream => streams::async_stream_s1,
);

group!(s2_await_ready;
    hand_written => streams::hand_s2,
    genfn => streams::genfn_s2,
    async_stream => streams::async_stream_s2,
);

group!(s3_await_pending;
    hand_written => streams::hand_s3,
    genfn => streams::genfn_s3,
    genfn_inline => streams::genfn_inline_s3,
    async_stream => streams::async_stream_s3,
);
