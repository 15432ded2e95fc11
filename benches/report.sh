#!/usr/bin/env bash
# Runs the benchmark suite once and prints one markdown table: median ns per
# item for each workload and implementation, with the ratio to the
# hand-written implementation of the same run. Then the size_of table.
#
#   benches/report.sh                 # stable + nightly run (if installed)
#   NIGHTLY=0 benches/report.sh       # stable only
#   SAMPLES=20 MAX_TIME=2 benches/report.sh   # shorter
#
# Raw divan output is kept in target/bench-report/. The rows marked
# "(nightly run)" come from a second bench binary built by the nightly
# toolchain (rustc's `gen` blocks and coroutines); their ratios are to the
# hand-written code of that run.
#
# The machine is shared (2 cores, other builds running): the timed runs are
# started with `nice -n -20` when run as root (BENCH_NICE=0 turns that off),
# after building everything at normal priority.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=target/bench-report
mkdir -p "$OUT"
SAMPLES="${SAMPLES:-40}"
MAX_TIME="${MAX_TIME:-3}"
ARGS=(--sample-count "$SAMPLES" --max-time "$MAX_TIME")
PRIO=()
if [ "${BENCH_NICE:-1}" = 1 ] && [ "$(id -u)" = 0 ]; then
	PRIO=(nice -n -20)
fi
NIGHTLY="${NIGHTLY:-1}"
if ! cargo +nightly --version >/dev/null 2>&1; then
	NIGHTLY=0
fi

cargo bench -q -p genfn-benches --bench workloads --no-run
cargo build -q --release -p genfn-benches --bin report --bin sizes
if [ "$NIGHTLY" = 1 ]; then
	cargo +nightly bench -q -p genfn-benches --features nightly --bench nightly --no-run
	cargo +nightly build -q --release -p genfn-benches --features nightly --bin sizes
fi

"${PRIO[@]}" cargo bench -q -p genfn-benches --bench workloads -- "${ARGS[@]}" >"$OUT/stable.txt"
files=("$OUT/stable.txt")
if [ "$NIGHTLY" = 1 ]; then
	"${PRIO[@]}" cargo +nightly bench -q -p genfn-benches --features nightly --bench nightly \
		-- "${ARGS[@]}" >"$OUT/nightly.txt"
	files+=("$OUT/nightly.txt")
fi

cargo run -q --release -p genfn-benches --bin report -- "${files[@]}"
echo
if [ "$NIGHTLY" = 1 ]; then
	cargo +nightly run -q --release -p genfn-benches --features nightly --bin sizes
else
	cargo run -q --release -p genfn-benches --bin sizes
fi
