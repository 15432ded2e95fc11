#!/usr/bin/env bash
# Instructions per item under callgrind, and the ratio to the hand-written
# implementation: unlike times, instruction counts do not depend on the load
# of the machine, so they show what a change to the generated code bought.
# (They do not see cache misses or mispredicted branches: the timed table of
# benches/report.sh remains the measure of speed.)
#
#   benches/scripts/instructions.sh                       # genfn vs hand-written
#   IMPLS="hand-written genfn diapause" benches/scripts/instructions.sh
#
# Each count is one run of the workload by the `profile` binary, minus the
# same binary's count with no run (its set-up: building the W3 tree). The
# stream workloads (S1-S3, `benches/src/streams.rs`) are drained under
# futures' `block_on` as in the timed bench; `IMPLS="hand-written genfn
# genfn-inline async-stream"` compares them with the peers. The
# baseline of "w3_tree_rec" is the hand-written explicit-stack iterator, as in
# the timed table.
#
# rustc's own `async gen` blocks, for the stream workloads (nightly):
#   TOOLCHAIN=+nightly FEATURES=nightly \
#     IMPLS="hand-written genfn rustc-async-gen" benches/scripts/instructions.sh
set -euo pipefail

cd "$(dirname "$0")/../.."
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }
IMPLS="${IMPLS:-hand-written genfn}"
TOOLCHAIN="${TOOLCHAIN:-}"
FEATURES="${FEATURES:-}"
cargo $TOOLCHAIN build -q --release -p genfn-benches --bin profile ${FEATURES:+--features "$FEATURES"}
BIN=target/release/profile

instructions() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" "$@" 2>&1 |
		sed -n 's/.*refs: *//p' | tr -d ,
}

setup_w=$(instructions w1_count hand-written 0)
setup_s=$(instructions s1_plain hand-written 0)
echo "| workload | implementation | instructions/item | ratio to hand-written |"
echo "|---|---|---:|---:|"
for w in w1_count w2_fib w3_tree_rec w3_tree_stack w4_send w5_large s1_plain s2_ready s3_pending; do
	items=$("$BIN" "$w" hand-written 0 | sed -n 's/.* of \([0-9]*\) items.*/\1/p')
	# The set-up of the W workloads builds W3's tree; the streams' has none.
	case $w in s*) setup=$setup_s ;; *) setup=$setup_w ;; esac
	base_w=$w
	[ "$w" = w3_tree_rec ] && base_w=w3_tree_stack
	base=$(($(instructions "$base_w" hand-written) - setup))
	for imp in $IMPLS; do
		if [ "$imp" = hand-written ]; then
			n=$base
		elif ! n=$(instructions "$w" "$imp"); then
			continue
		elif [ -z "$n" ]; then
			continue
		else
			n=$((n - setup))
		fi
		awk -v w="$w" -v imp="$imp" -v n="$n" -v items="$items" -v base="$base" \
			'BEGIN { printf "| %s | %s | %.1f | %.2fx |\n", w, imp, n / items, n / base }'
	done
done
