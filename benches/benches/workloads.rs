//! W1–W5 for every implementation, timed with divan.
//!
//! `cargo bench -p genfn-benches --bench workloads` (or `benches/report.sh`
//! for the markdown table). One divan iteration is one whole workload run
//! (`genfn_benches::items` items); the checksums of all implementations are
//! compared once, before anything is timed.

use std::sync::LazyLock;

use divan::black_box;
use genfn_benches::{
    W1_N, W2_GENS, W3_DEPTH, W4_N, W5_N, corosensei_impl, diapause_impl, from_fn_impl,
    genawaiter_impl, genfn_impl, hand, make_tree, nextgen_impl,
};

static TREE: LazyLock<Vec<u64>> = LazyLock::new(|| make_tree(W3_DEPTH));

fn main() {
    genfn_benches::check_all(W1_N, W2_GENS, W3_DEPTH, W4_N, W5_N);
    eprintln!("checksums agree across implementations");
    LazyLock::force(&TREE);
    divan::main();
}

/// Declares one group of benches, one per implementation.
macro_rules! group {
    ($group:ident, $input:expr; $($imp:ident => $path:path),* $(,)?) => {
        mod $group {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[divan::bench]
                fn $imp() -> u64 {
                    $path(black_box($input))
                }
            )*
        }
    };
}

group!(w1_count, W1_N;
    hand_written => hand::w1,
    genfn => genfn_impl::w1,
    from_fn => from_fn_impl::w1,
    genawaiter => genawaiter_impl::w1,
    next_gen => nextgen_impl::w1,
    diapause => diapause_impl::w1,
    corosensei => corosensei_impl::w1,
);

group!(w2_fib, W2_GENS;
    hand_written => hand::w2,
    genfn => genfn_impl::w2,
    from_fn => from_fn_impl::w2,
    genawaiter => genawaiter_impl::w2,
    next_gen => nextgen_impl::w2,
    diapause => diapause_impl::w2,
    corosensei => corosensei_impl::w2,
);

// The baseline is the hand-written in-order `Iterator` (explicit stack);
// `recursive_fn` is a plain recursive function calling a closure per node
// (internal iteration, no generator), for reference.
group!(w3_tree_rec, &TREE[..];
    hand_written => hand::w3_stack,
    recursive_fn => hand::w3_rec_callback,
    genfn => genfn_impl::w3_rec,
    genawaiter => genawaiter_impl::w3_rec,
    next_gen => nextgen_impl::w3_rec,
    diapause => diapause_impl::w3_rec,
    corosensei => corosensei_impl::w3_rec,
);

group!(w3_tree_stack, &TREE[..];
    hand_written => hand::w3_stack,
    genfn => genfn_impl::w3_stack,
    from_fn => from_fn_impl::w3_stack,
    genawaiter => genawaiter_impl::w3_stack,
    next_gen => nextgen_impl::w3_stack,
    diapause => diapause_impl::w3_stack,
    corosensei => corosensei_impl::w3_stack,
);

group!(w4_send, W4_N;
    hand_written => hand::w4,
    genfn => genfn_impl::w4,
    genawaiter => genawaiter_impl::w4,
    next_gen => nextgen_impl::w4,
    diapause => diapause_impl::w4,
    corosensei => corosensei_impl::w4,
);

group!(w5_large, W5_N;
    hand_written => hand::w5,
    genfn => genfn_impl::w5,
    from_fn => from_fn_impl::w5,
    genawaiter => genawaiter_impl::w5,
    next_gen => nextgen_impl::w5,
    diapause => diapause_impl::w5,
    corosensei => corosensei_impl::w5,
);
