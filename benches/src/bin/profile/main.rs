//! Runs one workload of one implementation a few times, for a profiler:
//! `valgrind --tool=callgrind target/release/profile w3_tree_rec genfn`
//! counts instructions (stable on a noisy machine, unlike times), and
//! `perf record` shows where the cycles go.
//!
//! `profile WORKLOAD IMPL [RUNS]`, names as in the `sizes` table and
//! `benches/workloads.rs` (`w1_count`, `w2_fib`, `w3_tree_rec`,
//! `w3_tree_stack`, `w4_send`, `w5_large`; `hand-written`, `genfn`, …),
//! or a stream workload (`s1_plain`, `s2_ready`, `s3_pending`; `hand-written`,
//! `genfn`, `genfn-inline`, `async-stream`; see `genfn_benches::streams`).

use std::hint::black_box;

use genfn_benches::{W1_N, W2_GENS, W3_DEPTH, W4_N, W5_N, impls, items, make_tree, streams};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [workload, name, rest @ ..] = &args[..] else {
        eprintln!("usage: profile WORKLOAD IMPL [RUNS]");
        std::process::exit(2);
    };
    let runs: u32 = rest
        .first()
        .map_or(1, |r| r.parse().expect("RUNS is a number"));
    if let Some(stream) = streams::workload(workload, name) {
        let mut checksum = 0u64;
        for _ in 0..runs {
            checksum ^= stream(black_box(streams::STREAM_N));
        }
        println!(
            "{name} {workload}: {runs} run(s) of {} items, checksum {checksum:#x}",
            streams::STREAM_N
        );
        return;
    }
    let Some(imp) = impls().into_iter().find(|i| i.name == name) else {
        eprintln!("unknown implementation {name}");
        std::process::exit(2);
    };
    let tree = make_tree(W3_DEPTH);
    let missing = || -> ! {
        eprintln!("{name} has no {workload}");
        std::process::exit(2)
    };
    let mut checksum = 0u64;
    for _ in 0..runs {
        checksum ^= match workload.as_str() {
            "w1_count" => imp.w1.unwrap_or_else(|| missing())(black_box(W1_N)),
            "w2_fib" => imp.w2.unwrap_or_else(|| missing())(black_box(W2_GENS)),
            "w3_tree_rec" => imp.w3_rec.unwrap_or_else(|| missing())(black_box(&tree)),
            "w3_tree_stack" => imp.w3_stack.unwrap_or_else(|| missing())(black_box(&tree)),
            "w4_send" => imp.w4.unwrap_or_else(|| missing())(black_box(W4_N)),
            "w5_large" => imp.w5.unwrap_or_else(|| missing())(black_box(W5_N)),
            _ => {
                eprintln!("unknown workload {workload}");
                std::process::exit(2)
            }
        };
    }
    println!(
        "{name} {workload}: {runs} run(s) of {} items, checksum {checksum:#x}",
        items(workload)
    );
}
