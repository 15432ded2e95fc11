#!/usr/bin/env bash
# Compile-time measurements for genfn, next to async-stream and plain code.
#
# Generates a small workspace under target/compile-time/ (never committed):
#   gen200     200 `#[genfn::generator]` functions (~13 lines each) and a
#              function driving each of them once
#   stream200  the same 200 bodies as `async_stream::stream! {}` blocks,
#              driven by a no-op-waker poll loop
#   agen200    the same 200 bodies as `#[genfn::generator] async fn`s,
#              drained the same way
#   ainline200 the same 200 bodies as `genfn::async_gen_! {}` blocks
#   plain200   the same 200 bodies as plain functions pushing into a Vec
#   big_gen    one generator with a 300-line body (30 loops, 60 yields)
#   big_stream the same body in one `stream! {}`
#   big_plain  the same body as a plain function
# and times `cargo check` and `cargo build` (dev profile, i.e. debug, no
# incremental compilation) of each crate alone: dependencies are built
# first, then the crate's lib.rs is touched and rebuilt, RUNS times; the
# minimum is printed (the machine is shared and noisy).
#
# With a nightly toolchain it also prints rustc's own `macro_expand_crate`
# time (`-Z time-passes`) of each crate, the expansion time proper, and the
# size of each crate's expansion (`-Z unpretty=expanded`) per source line.
#
# Usage: benches/scripts/compile_time.sh        (RUNS=3 by default)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WS="$ROOT/target/compile-time"
RUNS="${RUNS:-3}"
export CARGO_INCREMENTAL=0
export CARGO_TARGET_DIR="$WS/target"

mkdir -p "$WS"
cd "$WS"

# ---------------------------------------------------------------- sources --

# The body of generator number $1, with the yield statement spelled $2
# (`yield_!(X);`, `yield X;` or `out.push(X);`).
small_body() {
	local k=$1 y=$2
	local y1=${y//X/acc ^ i} y2=${y//X/acc.wrapping_add(1)} y3=${y//X/acc.wrapping_add(seen.len() as u64)}
	cat <<EOF
    let mut acc = ${k}u64;
    let mut seen = Vec::new();
    for i in 0..n {
        if i % 3 == $((k % 3)) {
            $y1
            seen.push(i);
        } else {
            match i % 4 {
                0 => acc = acc.wrapping_mul(31),
                1 => { $y2 }
                _ => acc = acc.wrapping_add(i),
            }
        }
    }
    $y3
EOF
}

# The 300-line body: 30 blocks of 10 lines.
big_body() {
	local y=$1 j
	echo "    let mut acc = 1u64;"
	for ((j = 0; j < 30; j++)); do
		local ya=${y//X/acc ^ i} yb=${y//X/t}
		cat <<EOF
    for i in 0..n {
        if (i ^ $j) % 3 == 0 {
            $ya
        } else if i % 5 == $((j % 5)) {
            acc = acc.wrapping_mul($((j + 3)));
        } else {
            let t = acc.rotate_left($((j % 63 + 1)));
            $yb
        }
    }
EOF
	done
}

manifest() {
	local name=$1 deps=$2
	mkdir -p "$name/src"
	cat >"$name/Cargo.toml" <<EOF
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$deps
EOF
}

GENFN_DEP="genfn = { path = \"$ROOT\" }"
STREAM_DEPS=$'async-stream = "0.3.6"\nfutures-core = "0.3"'

DRAIN='
/// Polls a stream to its end with a no-op waker (the bodies never wait).
pub fn drain<S: futures_core::Stream<Item = u64>>(s: S) -> u64 {
    let mut s = std::pin::pin!(s);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let mut total = 0u64;
    loop {
        match s.as_mut().poll_next(&mut cx) {
            std::task::Poll::Ready(Some(x)) => total = total.wrapping_add(x),
            std::task::Poll::Ready(None) => return total,
            std::task::Poll::Pending => unreachable!(),
        }
    }
}
'

gen_small() {
	local kind=$1 name=$2 k
	{
		case $kind in
		gen) ;;
		stream) echo "use async_stream::stream;"; echo "$DRAIN" ;;
		agen | ainline) echo "$DRAIN" ;;
		plain) ;;
		esac
		for ((k = 0; k < 200; k++)); do
			case $kind in
			gen)
				echo "#[genfn::generator(yield = u64)]"
				echo "pub fn g$k(n: u64) {"
				small_body $k 'yield_!(X);'
				echo "}"
				;;
			stream)
				echo "pub fn g$k(n: u64) -> impl futures_core::Stream<Item = u64> {"
				echo "    stream! {"
				small_body $k 'yield X;'
				echo "    }"
				echo "}"
				;;
			agen)
				echo "#[genfn::generator(yield = u64)]"
				echo "pub async fn g$k(n: u64) {"
				small_body $k 'yield_!(X);'
				echo "}"
				;;
			ainline)
				echo "pub fn g$k(n: u64) -> impl futures_core::Stream<Item = u64> {"
				echo "    genfn::async_gen_!(move {"
				small_body $k 'yield X;'
				echo "    })"
				echo "}"
				;;
			plain)
				echo "pub fn g$k(n: u64, out: &mut Vec<u64>) {"
				small_body $k 'out.push(X);'
				echo "}"
				;;
			esac
		done
		echo "pub fn run_all(n: u64) -> u64 {"
		echo "    let mut total = 0u64;"
		[ "$kind" = plain ] && echo "    let mut out = Vec::new();"
		for ((k = 0; k < 200; k++)); do
			case $kind in
			gen) echo "    total = total.wrapping_add(g$k(n).fold(0, u64::wrapping_add));" ;;
			stream | agen | ainline) echo "    total = total.wrapping_add(drain(g$k(n)));" ;;
			plain) echo "    g$k(n, &mut out);" ;;
			esac
		done
		[ "$kind" = plain ] && echo "    total = out.iter().fold(total, |a, &x| a.wrapping_add(x));"
		echo "    total"
		echo "}"
	} >"$name/src/lib.rs"
}

gen_big() {
	local kind=$1 name=$2
	{
		case $kind in
		gen)
			echo "#[genfn::generator(yield = u64)]"
			echo "pub fn big(n: u64) {"
			big_body 'yield_!(X);'
			echo "}"
			echo "pub fn run(n: u64) -> u64 { big(n).fold(0, u64::wrapping_add) }"
			;;
		stream)
			echo "use async_stream::stream;"
			echo "$DRAIN"
			echo "pub fn big(n: u64) -> impl futures_core::Stream<Item = u64> {"
			echo "    stream! {"
			big_body 'yield X;'
			echo "    }"
			echo "}"
			echo "pub fn run(n: u64) -> u64 { drain(big(n)) }"
			;;
		plain)
			echo "pub fn big(n: u64, out: &mut Vec<u64>) {"
			big_body 'out.push(X);'
			echo "}"
			echo "pub fn run(n: u64) -> u64 { let mut out = Vec::new(); big(n, &mut out); out.iter().fold(0, |a, &x| a.wrapping_add(x)) }"
			;;
		esac
	} >"$name/src/lib.rs"
}

manifest gen200 "$GENFN_DEP"
manifest stream200 "$STREAM_DEPS"
manifest agen200 "$GENFN_DEP
futures-core = \"0.3\""
manifest ainline200 "$GENFN_DEP
futures-core = \"0.3\""
manifest plain200 ""
manifest big_gen "$GENFN_DEP"
manifest big_stream "$STREAM_DEPS"
manifest big_plain ""
gen_small gen gen200
gen_small stream stream200
gen_small agen agen200
gen_small ainline ainline200
gen_small plain plain200
gen_big gen big_gen
gen_big stream big_stream
gen_big plain big_plain

# A check that the three spellings compute the same thing.
manifest verify "$GENFN_DEP
gen200 = { path = \"../gen200\" }
stream200 = { path = \"../stream200\" }
agen200 = { path = \"../agen200\" }
ainline200 = { path = \"../ainline200\" }
plain200 = { path = \"../plain200\" }
big_gen = { path = \"../big_gen\" }
big_stream = { path = \"../big_stream\" }
big_plain = { path = \"../big_plain\" }"
cat >verify/src/main.rs <<'EOF'
fn main() {
    let n = 50;
    let (a, b, c) = (gen200::run_all(n), stream200::run_all(n), plain200::run_all(n));
    assert!(a == b && b == c, "200 generators disagree: {a} {b} {c}");
    let (d, e) = (agen200::run_all(n), ainline200::run_all(n));
    assert!(d == a && e == a, "200 async generators disagree: {a} {d} {e}");
    let (a, b, c) = (big_gen::run(n), big_stream::run(n), big_plain::run(n));
    assert!(a == b && b == c, "big generator disagrees: {a} {b} {c}");
    println!("all spellings agree");
}
EOF

cat >Cargo.toml <<'EOF'
[workspace]
members = ["gen200", "stream200", "agen200", "ainline200", "plain200", "big_gen", "big_stream", "big_plain", "verify"]
resolver = "3"
EOF

echo "generated: $(wc -l <gen200/src/lib.rs) lines in gen200, $(wc -l <big_gen/src/lib.rs) in big_gen" >&2

# ------------------------------------------------------------------ build --

echo "building dependencies and checking results..." >&2
cargo run -q -p verify >&2
cargo check -q --workspace >&2

# min of RUNS timings of `cargo $1 -p $2` after touching $2's lib.rs.
time_crate() {
	local cmd=$1 crate=$2 best="" t i
	for ((i = 0; i < RUNS; i++)); do
		touch "$crate/src/lib.rs"
		local start end
		start=$(date +%s.%N)
		cargo "$cmd" -q -p "$crate" >/dev/null
		end=$(date +%s.%N)
		t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
		if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
	done
	printf "%.2f" "$best"
}

echo
echo "Compile time of each crate alone (seconds, min of $RUNS; dev profile, CARGO_INCREMENTAL=0):"
echo
echo "| crate | what | cargo check | cargo build |"
echo "|---|---|---:|---:|"
for row in \
	"gen200|200 genfn generators" \
	"stream200|200 async-stream stream! blocks" \
	"agen200|200 genfn async fn generators" \
	"ainline200|200 genfn async_gen_! blocks" \
	"plain200|200 plain functions (no macro)" \
	"big_gen|one 300-line genfn generator" \
	"big_stream|one 300-line stream! block" \
	"big_plain|the 300-line body as a plain function"; do
	crate=${row%%|*}
	what=${row#*|}
	c=$(time_crate check "$crate")
	b=$(time_crate build "$crate")
	echo "| $crate | $what | $c | $b |"
done

if cargo +nightly --version >/dev/null 2>&1; then
	echo
	echo "Macro expansion alone (nightly rustc -Z time-passes, macro_expand_crate, seconds):"
	echo
	echo "| crate | macro_expand_crate |"
	echo "|---|---:|"
	export CARGO_TARGET_DIR="$WS/target-nightly"
	cargo +nightly check -q --workspace >&2
	for crate in gen200 stream200 agen200 ainline200 plain200 big_gen big_stream big_plain; do
		touch "$crate/src/lib.rs"
		t=$(cargo +nightly rustc -q -p "$crate" --profile dev -- -Z time-passes 2>&1 |
			awk '/macro_expand_crate/ { for (i = 1; i <= NF; i++) if ($i ~ /^time:/) { v = $(i+1); sub(/;$/, "", v); print v; exit } }')
		echo "| $crate | ${t:-?} |"
	done

	# The expansion's size: lines of rustc's pretty-printed expansion per
	# line of the crate's source (the driver functions included, in both).
	echo
	echo "Expanded size (nightly rustc -Z unpretty=expanded, lines):"
	echo
	echo "| crate | source lines | expanded lines | expanded per source line |"
	echo "|---|---:|---:|---:|"
	for crate in gen200 stream200 agen200 ainline200 plain200 big_gen big_stream big_plain; do
		src=$(wc -l <"$crate/src/lib.rs")
		exp=$(cargo +nightly rustc -q -p "$crate" --profile dev -- -Z unpretty=expanded 2>/dev/null | wc -l)
		echo "| $crate | $src | $exp | $(awk -v e="$exp" -v s="$src" 'BEGIN { printf "%.1f", e / s }') |"
	done
fi
