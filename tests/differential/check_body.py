#!/usr/bin/env python3
"""Checks one hand-written (or minimized) body, for repros and regressions.

    python3 tests/differential/check_body.py BODY.rs [--reduce]

BODY.rs holds the statements of a generator body (the inside of
`fn g(input: &[i64], log: &Log) -> Result<i64, String> { ... }`), written with
`yield_!(e)`, the helpers `h`, `h2`, `check`, `take_string` and the guard
`D::new(id, log)` of the generated tests. It is compiled as a generator and as
the plain twin (every `yield_!(e)` becomes `{ out.push(e); }`) in a scratch
project, target/differential-check/, and both are run as in the differential
test. Prints the verdict:

    agree          both versions agree on every input
    mismatch       they disagree (the differences are printed)
    gen-error      only the generator fails to compile (macro bug or limit)
    invalid        the plain function does not compile (not a valid body)
    timeout        building and running took more than 40 s

--reduce deletes statements and blocks while the verdict stays the same (and,
for gen-error, the same error code), and prints the smallest body found.
"""

import argparse
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

_spec = importlib.util.spec_from_file_location("gen_bodies", os.path.join(HERE, "gen_bodies.py"))
gen_bodies = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen_bodies)


def to_plain(text):
    """Replaces every `yield_!(e)` by `{ out.push(e); }` (innermost first)."""
    while True:
        i = text.rfind("yield_!(")
        if i < 0:
            return text
        j = i + len("yield_!(")
        depth = 1
        k = j
        while depth:
            c = text[k]
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            k += 1
        text = text[:i] + "{ out.push(" + text[j : k - 1] + "); }" + text[k:]


class Project:
    def __init__(self, d, genfn, timeout=40, awaits=False):
        self.d = d
        self.timeout = timeout
        self.awaits = awaits
        os.makedirs(os.path.join(d, "tests"), exist_ok=True)
        os.makedirs(os.path.join(d, "src"), exist_ok=True)
        with open(os.path.join(d, "Cargo.toml"), "w") as f:
            f.write(
                '[package]\nname = "genfn-differential-check"\nversion = "0.0.0"\nedition = "2024"\n'
                f'publish = false\n\n[dev-dependencies]\ngenfn = {{ path = "{os.path.abspath(genfn)}" }}\n'
                'futures-core = { version = "0.3", default-features = false }\n\n'
                "[workspace]\n"
            )
        with open(os.path.join(d, "src", "lib.rs"), "w") as f:
            f.write("")
        lock = os.path.join(genfn, "Cargo.lock")
        if os.path.exists(lock) and not os.path.exists(os.path.join(d, "Cargo.lock")):
            shutil.copy(lock, os.path.join(d, "Cargo.lock"))

    def check(self, body):
        """(verdict, details)."""
        header = gen_bodies.HEADER.format(
            command="python3 tests/differential/check_body.py", out="-", stats="", inputs=", ".join(
                "&[" + ", ".join(map(str, i)) + "]" for i in gen_bodies.INPUTS),
            ev_extra="    Pending,\n" if self.awaits else "", pend_pat=" | Ev::Pending" if self.awaits else "",
        ) + gen_bodies.SHAPES_HEADER + (gen_bodies.ASYNC_HEADER if self.awaits else "")
        asy, out_ty, cases = ("async ", "AOut", "acases") if self.awaits else ("", "Out", "cases")
        g = f"#[genfn::generator(yield = i64)]\n{asy}fn g_0(input: &[i64], log: &Log) -> Result<i64, String> {{\n{body}\n}}\n"
        p_start = header.count("\n") + 2 + g.count("\n") + 1
        p = f"{asy}fn p_0(input: &[i64], log: &Log, out: &mut {out_ty}) -> Result<i64, String> {{\n{to_plain(body)}\n}}\n"
        p_end = p_start + p.count("\n")
        with open(os.path.join(self.d, "tests", "body.rs"), "w") as f:
            f.write(header + "\n\n" + g + "\n" + p + f"\n#[test]\nfn body() {{ {cases}!(g_0 / p_0); }}\n")
        env = dict(os.environ, CARGO_TERM_COLOR="never", RUST_BACKTRACE="0")
        # A reduced body may loop forever (its loop counter deleted): give up
        # after a while, killing the test binary too.
        proc = subprocess.Popen(
            ["cargo", "test", "--test", "body", "--message-format=short", "--", "--nocapture"],
            cwd=self.d, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )
        try:
            out, _ = proc.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return "timeout", ""
        errors = re.findall(r"^tests/body\.rs:(\d+):\d+: (error.*)$", out, re.M)
        if any("custom attribute panicked" in m for _, m in errors):
            # The short format leaves out the panic message: ask again.
            long = subprocess.run(["cargo", "test", "--test", "body", "--no-run"], cwd=self.d, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
            why = re.search(r"help: message: (.*)", long)
            errors = [(line, m + (f": {why.group(1)}" if why and "custom attribute panicked" in m else ""))
                      for line, m in errors]
        if errors:
            plain = [m for line, m in errors if p_start <= int(line) < p_end]
            if plain:
                return "invalid", "\n".join(plain)
            return "gen-error", "\n".join(m for line, m in errors if int(line) < p_start)
        if "could not compile" in out or "error: " in out and "test result" not in out:
            return "gen-error", out[-3000:]
        if "test result: ok" in out:
            return "agree", ""
        m = re.search(r"mismatches:\n(.*?)(?:\nnote: |\n\nfailures:)", out, re.S)
        return "mismatch", (m.group(1) if m else out[-3000:])


def chunks(lines):
    """Deletable ranges: a statement line, or a line opening a block through
    the line that closes it, largest first."""
    out = []
    for i, line in enumerate(lines):
        depth = 0
        for j in range(i, len(lines)):
            depth += lines[j].count("{") + lines[j].count("(") + lines[j].count("[")
            depth -= lines[j].count("}") + lines[j].count(")") + lines[j].count("]")
            if depth < 0:
                break
            if depth == 0:
                out.append((i, j + 1))
                break
    out.sort(key=lambda r: r[0] - r[1])
    return out


def fmt(body):
    wrapped = "fn f() {\n" + body + "\n}\n"
    r = subprocess.run(["rustfmt", "--edition", "2024", "--emit", "stdout"], input=wrapped,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if r.returncode != 0:
        return body
    lines = r.stdout.strip().split("\n")[1:-1]
    return "\n".join(l[4:] if l.startswith("    ") else l for l in lines)


def reduce(project, body, verdict, details):
    def key(v, d):
        if v == "mismatch":
            # Keep the kind of symptom, so that reducing does not drift to
            # another bug.
            if "panicked" in d:
                return (v, "panic", re.search(r"panicked: (.*)", d).group(1)[:60])
            m = re.search(r"generator: (\[.*?\]) -> .*\n\s*plain:\s*(\[.*?\]) ->", d)
            if m and m.group(1) != m.group(2):
                g, p = m.group(1), m.group(2)
                drops = lambda t: re.findall(r"Drop\(\d+\)", t)
                return (v, "drops" if drops(g) != drops(p) else "events")
            return (v, "return value")
        if v == "gen-error":
            first = d.split("\n")[0]
            code = re.match(r"error(\[E\d+\])?", first)
            return (v, code.group(1) or first[:60] if code else first[:60])
        return (v,)

    want = key(verdict, details)
    body = fmt(body)
    tries = 0

    def first_deletion(body, skip):
        """The body without the first chunk whose deletion keeps the symptom,
        or None. Deleted texts that change it are added to `skip`, and texts
        already there are not tried."""
        nonlocal tries
        lines = body.split("\n")
        for a, b in chunks(lines):
            deleted = "\n".join(lines[a:b])
            cand = "\n".join(lines[:a] + lines[b:])
            if not cand.strip() or deleted in skip:
                continue
            tries += 1
            v, d = project.check(cand)
            if key(v, d) == want:
                reduced = fmt(cand)
                print(f"  reduced to {len(reduced.splitlines())} lines ({tries} tries)", file=sys.stderr, flush=True)
                return reduced
            skip.add(deleted)
        return None

    failed = set()  # deleted texts that changed the verdict, skipped until a pass stalls
    while True:
        reduced = first_deletion(body, failed)
        if reduced is None:
            if not failed:
                return body
            failed.clear()
            # One more pass, trying everything again.
            reduced = first_deletion(body, set())
            if reduced is None:
                return body
        body = reduced

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("body")
    ap.add_argument("--genfn", default=ROOT)
    ap.add_argument("--dir", default=os.path.join(ROOT, "target", "differential-check"))
    ap.add_argument("--reduce", action="store_true")
    ap.add_argument("--awaits", action="store_true",
                    help="an async generator (`pend(v).await`s) against an async twin, as gen_bodies.py --awaits")
    opts = ap.parse_args()
    body = open(opts.body).read()
    project = Project(opts.dir, opts.genfn, awaits=opts.awaits)
    verdict, details = project.check(body)
    print(verdict)
    if details:
        print(details)
    if opts.reduce and verdict in ("mismatch", "gen-error"):
        small = reduce(project, body, verdict, details)
        verdict, details = project.check(small)
        print("\nreduced body:\n" + small)
        print(verdict)
        if details:
            print(details)
    sys.exit({"agree": 0, "mismatch": 1, "gen-error": 2}.get(verdict, 3))


if __name__ == "__main__":
    main()
