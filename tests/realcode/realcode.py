#!/usr/bin/env python3
"""Crater-style test of genfn on real code: see README.md in this folder.

For each crate (taken from the local cargo registry cache, copied to a scratch
folder), every free fn and inherent method gets a `#[genfn::generator(yield =
())]` copy with suspension points inserted (and a plain twin with `()` in their
place); the crate is `cargo check`ed, each error is mapped to the copy it is
in and classified. With --run, the originals are redirected to their
generator copies and the crate's own unit tests run.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

DEFAULT_CRATES = [
    "memchr", "serde_json", "regex-lite", "smallvec", "indexmap", "hashbrown",
    "http", "httparse", "toml_parser", "winnow", "bytes", "getopts",
    "percent-encoding", "rustc-demangle", "matchit",
]
MODES = ["stmts", "exprs", "yield_from"]

# --- classification --------------------------------------------------------

# genfn's own messages (gen-macros/src and the #[diagnostic::on_unimplemented]
# messages of gen-core), with whether src/lib.rs documents the limitation.
GENFN_MESSAGES = [
    (r"cannot be used inside a (closure|async block|nested function)", True),
    (r"a generator cannot suspend inside another macro's arguments", True),
    (r"a generator cannot suspend inside a match guard", True),
    (r"an item in a generator body is visible to the whole body", True),
    (r"a glob import in an inner block of a generator body", True),
    (r"is defined in a generator body and uses", True),
    (r"is borrowed across a suspension point, so the generator keeps it in place", True),
    (r"this call is not a recursive call of the generator function", True),
    (r"a generator cannot be a `const fn`|`async` generators are not supported"
     r"|a generator cannot have an `extern` ABI|a generator cannot be variadic", True),
    (r"a generator cannot suspend inside this kind of expression", False),
    (r"a generator cannot suspend in this position", False),
    (r"a generator cannot keep Rust's evaluation order", True),
    (r"a generator cannot suspend inside the place an assignment assigns to", True),
    (r"`let` expressions are only supported in `if` and `while` conditions", False),
    (r"`continue` cannot target a labelled block", False),
    (r"inside this macro cannot leave a loop of the generator", False),
    (r"^`(break|continue)` outside of a loop$|^use of undeclared label$", False),
    (r"the `\?` operator can only be applied to values of type `Result` or `Option` in a generator", False),
    (r"the `\?` operator cannot return `.*` from a generator returning", False),
    (r"`yield_from!` needs a generator or an iterable", False),
    (r"`yield_from!` would forward this generator's resume values", False),
    (r"this generator takes resume values of type", False),
    (r"this generator yields, but its attribute does not say what", False),
    (r"can only be used directly inside a `#\[generator\]` function", False),
    (r"expected `yield_(from)?!\(expression\)`", False),
]
# rustc's wording of limitations that src/lib.rs documents.
DOCUMENTED_RUSTC = [
    r"which is behind a raw pointer",  # by-value method call / partial move of a kept-in-place local
    r"^cannot move out of a raw pointer$",  # the same, of a field of a kept `self`
    r"^no rules expected `\(`$",  # a `$v:ident` macro given a kept-in-place local
    r"in a `&` reference",  # a macro mutating a kept-in-place local it receives by name
    r"^use of partially moved value",  # a local partially moved in one step, kept across a suspension
    r"^the parameter type `.*` may not live long enough$",  # a borrow of a value of an impl's parameter kept across one
]
INTERNALS = re.compile(
    r"__genfn|__Genfn|kept_read|KeptSlot|CoroutineState|Machine<|\{closure@|closure|__private"
    r"|gen_core|genfn::|Slot<|MaybeUninit|impl Body|Body<|\bGen<|raw pointer|Pin<"
)
PANIC = re.compile(r"(proc[- ]macro|custom attribute).*panicked|panicked at")

CATEGORIES = ["compiled", "documented", "genfn_undocumented", "internals", "other", "panic"]


def message_text(msg):
    """The message, its children's and its span labels (not the quoted code)."""
    parts = [msg.get("message", "")]
    for s in msg.get("spans", []):
        if s.get("label"):
            parts.append(s["label"])
    for c in msg.get("children", []):
        parts.append(c.get("message", ""))
        for s in c.get("spans", []):
            if s.get("label"):
                parts.append(s["label"])
    return "\n".join(parts)


def classify(msg, text=None):
    main = msg.get("message", "")
    text = message_text(msg) if text is None else text
    if PANIC.search(text):
        return "panic"
    for pat, documented in GENFN_MESSAGES:
        if re.search(pat, main):
            return "documented" if documented else "genfn_undocumented"
    for pat in DOCUMENTED_RUSTC:
        if re.search(pat, main):
            return "documented"
    # A `return` of a value (not `Err(..)` or `None`) inside a macro_rules!
    # expansion: the guide's Limitations quote this message.
    if (main == "mismatched types" and "expected `CoroutineState<" in text
            and "this error originates in the macro" in msg.get("rendered", "")):
        return "documented"
    if INTERNALS.search(text):
        return "internals"
    return "other"


def cause_key(msg, cfg_in_body=False):
    """The message with the user's names taken out, to group failures, and
    tags for what often explains it: the error comes from a macro_rules
    macro's expansion, names `kept_read`, or the body has #[cfg] attributes."""
    code = msg.get("code") or ""
    if isinstance(code, dict):
        code = code.get("code") or ""
    m = msg.get("message", "")
    m = re.sub(r"`[^`]*`", "`_`", m)
    m = re.sub(r"\d+", "N", m)
    key = (code + " " + m).strip()
    rendered = msg.get("rendered", "")
    mac = re.search(r"this error originates in the macro `([^`]+)`", rendered)
    if mac and "genfn" not in mac.group(1):
        key += " [in a macro_rules expansion]"
    if "kept_read" in rendered:
        key += " [kept_read]"
    if cfg_in_body:
        key += " [the body has #[cfg] attributes]"
    return key


# Heuristic groups of the failures found on genfn at 7681799 (FINDINGS.md has
# a reproducer for each). A failure that none matches is shown by its message.
LIKELY_CAUSES = [
    ("#[cfg] inside the body not honoured",
     lambda e, rend: re.search(r"attributes on expressions are experimental|removing an expression",
                               e["message"])),
    ("impl Trait return type: genfn's parameter `__GenfnA<n>` without the trait's bounds",
     lambda e, rend: "__GenfnA" in e["message"]),
    ("return/?/break inside a macro_rules! expansion",
     lambda e, rend: "[in a macro_rules expansion]" in e["cause"]
     and re.search(r"CoroutineState|can only be used in a closure", rend)),
    ("kept-in-place local read at a coercion site (kept_read)",
     lambda e, rend: "kept_read" in rend or re.search(r"found raw pointer `\*mut &", rend)),
    ("value typed by the impl Trait return type (closure signature)",
     lambda e, rend: e.get("code") in ("E0282", "E0283")),
    ("documented: by-value method call / partial move of a kept local",
     lambda e, rend: e["category"] == "documented" and re.search(r"raw pointer|partially moved", e["message"])),
    ("macro arguments naming a kept local (passed as a reference)",
     lambda e, rend: re.search(r"no rules expected|ignores keyword|unexpected end of macro", e["message"])),
    ("temporary kept across a suspension point (E0716)", lambda e, rend: e.get("code") == "E0716"),
    ("place moved instead of borrowed (receiver / field of a kept self)",
     lambda e, rend: re.search(r"cannot move out of (a raw pointer|a mutable reference)", e["message"])),
    ("generic parameter must outlive the generator (E0309/E0310/E0311)",
     lambda e, rend: e.get("code") in ("E0309", "E0310", "E0311")),
    ("hidden type captures a lifetime (E0700)", lambda e, rend: e.get("code") == "E0700"),
    ("evaluation order of an assignment (genfn message)",
     lambda e, rend: "evaluation order" in e["message"]),
    ("break in a macro argument inside the macro's own loop",
     lambda e, rend: re.search(r"outside of a loop", e["message"])),
    ("generator returning `!`", lambda e, rend: "type is experimental" in e["message"]),
]


def likely_cause(e):
    rend = e.get("rendered", "")
    if e["category"] == "panic":
        return "proc-macro panic"
    for name, test in LIKELY_CAUSES:
        if test(e, rend):
            return name
    if e["category"] == "documented":
        return "documented: " + e["cause"]
    return e["category"] + ": " + e["cause"]


# --- crates and manifests --------------------------------------------------

def registry_dirs():
    return sorted(glob.glob(os.path.expanduser("~/.cargo/registry/src/*/")))


def version_key(v):
    return [int(x) if x.isdigit() else x for x in re.split(r"[.+-]", v)]


def find_crate(name):
    """The newest version of `name` in the registry cache."""
    best = None
    for reg in registry_dirs():
        for d in os.listdir(reg):
            m = re.match(re.escape(name) + r"-(\d[^/]*)$", d)
            if m and os.path.isfile(os.path.join(reg, d, "Cargo.toml")):
                key = version_key(m.group(1))
                if best is None or key > best[0]:
                    best = (key, os.path.join(reg, d))
    return best[1] if best else None


def patch_manifest(path, genfn):
    """Adds genfn as a path dependency and an empty [workspace]. (The
    dev-dependencies stay: features may name them.)"""
    out, skipping = [], False
    for line in open(path).read().splitlines():
        s = line.strip()
        if s.startswith("["):
            header = s.strip("[]")
            skipping = header in ("workspace", "dependencies.genfn")
        if not skipping:
            out.append(line)
    out += ["", "[dependencies.genfn]", f'path = "{genfn}"', "", "[workspace]", ""]
    with open(path, "w") as f:
        f.write("\n".join(out))


class Runner:
    def __init__(self, args):
        self.args = args
        self.env = dict(os.environ)
        self.env["CARGO_TARGET_DIR"] = args.target_dir
        self.env["CARGO_TERM_COLOR"] = "never"
        self.env["RUSTFLAGS"] = "--cap-lints=warn --force-warn=unused_variables"
        self.env.pop("GENFN_DEBUG_IR", None)
        self.env.pop("GENFN_DEBUG_EXPAND", None)

    def log(self, *a):
        print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)

    def cargo(self, cwd, argv, timeout=None):
        """Runs cargo offline (the registry cache), and again online when
        offline resolution fails. Returns (exit code or None on timeout,
        stdout + stderr)."""
        for offline in (True, False):
            cmd = ["cargo"] + argv[:1] + (["--offline"] if offline else []) + argv[1:]
            try:
                p = subprocess.run(cmd, cwd=cwd, env=self.env, capture_output=True, text=True,
                                   timeout=timeout)
            except subprocess.TimeoutExpired as e:
                partial = e.stdout or ""
                if isinstance(partial, bytes):
                    partial = partial.decode(errors="replace")
                return None, partial
            if offline and p.returncode != 0 and re.search(
                    r"offline|failed to select a version|no matching package|"
                    r"failed to download|attempting to make an HTTP request", p.stderr):
                self.log("  offline resolution failed, retrying online")
                continue
            break
        return p.returncode, p.stdout + "\n" + p.stderr

    def rewrite(self, src, dst, mode, manifest, skip_gen=(), skip_plain=(), redirect=()):
        lists = {}
        for key, ids in (("skip-gen", skip_gen), ("skip-plain", skip_plain),
                         ("redirect", redirect)):
            p = manifest + "." + key
            with open(p, "w") as f:
                f.write("\n".join(sorted(ids)) + "\n")
            lists[key] = p
        cmd = [self.args.rewriter, "--mode", mode, "--in", src, "--out", dst,
               "--manifest", manifest, "--max-yields", str(self.args.max_yields)]
        if self.args.sabotage:
            cmd += ["--sabotage", self.args.sabotage]
        for key, p in lists.items():
            cmd += ["--" + key, p]
        subprocess.run(cmd, check=True)
        with open(manifest) as f:
            return json.load(f)


def locate(msg, ranges):
    """The (entry id, which) whose lines hold the message: its primary spans
    first (and the macro call sites they come from), then the others."""
    def spans_of(m):
        prim = [s for s in m.get("spans", []) if s.get("is_primary")]
        rest = [s for s in m.get("spans", []) if not s.get("is_primary")]
        out = []
        for s in prim + rest:
            while s:
                out.append(s)
                exp = s.get("expansion")
                s = exp.get("span") if exp else None
        return out
    cands = spans_of(msg)
    for c in msg.get("children", []):
        cands += spans_of(c)
    for s in cands:
        f = s.get("file_name", "")
        for (file, lo, hi, eid, which) in ranges.get(f, []):
            if lo <= s.get("line_start", -1) <= hi:
                return eid, which, s
    return None, None, None


def build_ranges(manifest):
    ranges = defaultdict(list)
    for e in manifest["entries"]:
        for which in ("gen", "plain", "redirected"):
            r = e.get(which)
            if r:
                ranges[e["file"]].append((e["file"], r[0], r[1], e["id"], which))
    return ranges


def parse_messages(output, crate_dir):
    msgs = []
    for line in output.splitlines():
        if not line.startswith("{"):
            continue
        try:
            j = json.loads(line)
        except json.JSONDecodeError:
            continue
        if j.get("reason") != "compiler-message":
            continue
        # Only the crate under test (not genfn nor the dependencies).
        if "path+file://" + crate_dir + "#" not in j.get("package_id", ""):
            continue
        msgs.append(j["message"])
    return msgs


def copy_path(out_dir, crate, mode, eid):
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", eid)
    return os.path.join(out_dir, "failures", f"{crate}-{mode}-{safe}.rs")


def save_copy(work, out_dir, crate, mode, eid, ranges):
    """Keeps the text of a failing generator copy (the next iteration leaves
    it out of the crate)."""
    for entries in ranges.values():
        for (file, lo, hi, e, which) in entries:
            if e == eid and which == "gen":
                with open(os.path.join(work, file)) as f:
                    lines = f.read().splitlines()[lo - 1:hi]
                p = copy_path(out_dir, crate, mode, eid)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "w") as f:
                    f.write(f"// {crate} ({mode}) {eid}, lines {lo}-{hi} of {file}\n")
                    f.write("\n".join(lines) + "\n")
                return "\n".join(lines)
    return ""


def snippet(crate_dir, span):
    if not span:
        return ""
    try:
        with open(os.path.join(crate_dir, span["file_name"])) as f:
            lines = f.read().splitlines()
        return lines[span["line_start"] - 1].strip()
    except (OSError, IndexError):
        return ""


# --- one crate, one mode: check ---------------------------------------------

def prepare(src, work, genfn):
    """A scratch copy of the crate (the registry is never modified), with the
    lock file that the crate's first copy resolved, if any."""
    if os.path.exists(work):
        shutil.rmtree(work)
    shutil.copytree(src, work, symlinks=True)
    lock = os.path.join(work, "Cargo.lock")
    if os.path.exists(lock):
        os.remove(lock)
    saved = os.path.join(os.path.dirname(work), "Cargo.lock.saved")
    if os.path.exists(saved):
        shutil.copy(saved, lock)
    patch_manifest(os.path.join(work, "Cargo.toml"), genfn)
    return saved


def save_lock(work, saved):
    lock = os.path.join(work, "Cargo.lock")
    if os.path.exists(lock) and not os.path.exists(saved):
        shutil.copy(lock, saved)


def check_crate(runner, crate, src, mode, out_dir):
    args = runner.args
    work = os.path.join(out_dir, crate, mode)
    saved_lock = prepare(src, work, args.genfn)
    for old in glob.glob(os.path.join(out_dir, "failures", f"{crate}-{mode}-*.rs")):
        os.remove(old)
    manifest_path = os.path.join(work, "realcode-manifest.json")
    manifest = runner.rewrite(src, work, mode, manifest_path)
    eligible = [e["id"] for e in manifest["entries"] if not e["excluded"]]
    skip_gen, skip_plain = set(), set()
    if args.limit and len(eligible) > args.limit:
        rest = eligible[args.limit:]
        skip_gen |= set(rest)
        skip_plain |= set(rest)
    limited_out = set(skip_gen)
    failures = {}  # id -> dict(category, msgs, ...)
    plain_failed = {}
    cfg_tags = {}
    unattributed = []
    ok = False
    for it in range(args.max_iterations):
        manifest = runner.rewrite(src, work, mode, manifest_path, skip_gen, skip_plain)
        ranges = build_ranges(manifest)
        t0 = time.time()
        rc, out = runner.cargo(work, ["check", "--lib", "--message-format=json"])
        runner.log(f"  {crate}/{mode} iteration {it}: rc={rc} ({time.time() - t0:.0f}s)")
        save_lock(work, saved_lock)
        msgs = parse_messages(out, work)
        errors = [m for m in msgs if m.get("level") == "error"
                  and not m.get("message", "").startswith("aborting due to")]
        if rc is None:
            unattributed.append({"message": "cargo check timed out"})
            break
        if rc == 0:
            ok = True
            break
        new = 0
        unattributed_now = []
        for m in errors:
            eid, which, span = locate(m, ranges)
            if eid is None:
                unattributed_now.append(m)
                continue
            if which == "plain":
                if eid not in plain_failed:
                    plain_failed[eid] = {"message": m.get("message"), "at": snippet(work, span)}
                if eid not in skip_plain:
                    skip_plain.add(eid)
                    skip_gen.add(eid)
                    new += 1
            elif which == "gen":
                if eid not in failures:
                    text = save_copy(work, out_dir, crate, mode, eid, ranges)
                    body = text.split("__gen", 1)[-1]
                    cfg_tags[eid] = "#[cfg" in body or "#[cfg_attr" in body
                f = failures.setdefault(eid, {"msgs": [], "iteration": it})
                cause = cause_key(m, cfg_tags.get(eid, False)
                                  and classify(m) in ("other", "internals"))
                f["msgs"].append({
                    "text": message_text(m),
                    "category": classify(m),
                    "cause": cause,
                    "message": m.get("message"),
                    "code": (m.get("code") or {}).get("code"),
                    "line": span.get("line_start") if span else None,
                    "at": snippet(work, span),
                    "rendered": m.get("rendered", "")[:3000],
                })
                if eid not in skip_gen:
                    skip_gen.add(eid)
                    new += 1
        if new == 0:
            if not errors:
                # cargo failed without a compiler error of this crate.
                unattributed_now.append({"message": out[-3000:]})
            unattributed = [{"message": m.get("message"), "rendered": m.get("rendered", "")[:3000]}
                            for m in unattributed_now]
            break
    # Which copies were built at all (not cfg'd out): the clean build warns
    # of the unused `realcode_built` of their plain twin (the lint is forced on).
    built = set()
    if ok:
        for m in msgs:
            if "realcode_built" not in m.get("message", ""):
                continue
            for s in m.get("spans", []):
                for (_, lo, hi, eid, which) in ranges.get(s.get("file_name"), []):
                    if which == "plain" and lo <= s["line_start"] <= hi:
                        built.add(eid)
    results = []
    for e in manifest["entries"]:
        eid = e["id"]
        r = {"id": eid, "name": e["name"], "kind": e["kind"], "file": e["file"],
             "line": e["line"], "yields": e["yields"]}
        if e["excluded"]:
            r["status"] = "excluded:" + e["excluded"]
        elif eid in limited_out:
            r["status"] = "limited_out"
        elif eid in plain_failed:
            r["status"] = "plain_invalid"
            r["plain_error"] = plain_failed[eid]
        elif eid in failures:
            f = failures[eid]
            r["status"] = f["msgs"][0]["category"]
            r["errors"] = f["msgs"]
            r["copy"] = copy_path(runner.args.scratch, crate, mode, eid)
        elif not ok:
            r["status"] = "unknown"
        elif eid in built:
            r["status"] = "compiled"
        else:
            r["status"] = "not_built"
        results.append(r)
    return {"crate": crate, "mode": mode, "dir": work, "clean_build": ok,
            "unattributed": unattributed, "results": results,
            "parse_errors": manifest.get("parse_errors", [])}


# --- run: the crate's own unit tests through the generators ---------------

TEST_LINE = re.compile(r"^test (\S+) \.\.\. (ok|FAILED|ignored)", re.M)
# A test binary that dies (its output after the last flush is lost).
CRASH = re.compile(r"has overflowed its stack|\(signal: \d+[^)]*\)")


def run_tests(runner, work, filters=None, timeout=900, targets="--lib"):
    argv = ["test", targets, "--no-fail-fast", "--message-format=json", "--", "--test-threads=2"]
    if filters:
        argv += ["--exact"] + sorted(filters)
    rc, out = runner.cargo(work, argv, timeout=timeout)
    results = {name: status for name, status in TEST_LINE.findall(out)}
    return rc, out, results


def run_crate(runner, crate, src, mode, check, out_dir):
    args = runner.args
    work = os.path.join(out_dir, crate, "run-" + mode)
    saved_lock = prepare(src, work, args.genfn)
    manifest_path = os.path.join(work, "realcode-manifest.json")
    compiled = {r["id"] for r in check["results"] if r["status"] == "compiled"}
    all_ids = {r["id"] for r in check["results"]}
    skip = all_ids - compiled
    # Baseline: the crate as it is (with the genfn dependency).
    runner.rewrite(src, work, mode, manifest_path, all_ids, all_ids)
    runner.log(f"  {crate}/run-{mode}: baseline tests")
    targets = "--lib"
    rc, out, base = run_tests(runner, work, targets=targets)
    save_lock(work, saved_lock)
    if not base:
        # No unit tests (serde_json): its integration tests, then.
        targets = "--tests"
        runner.log(f"  {crate}/run-{mode}: no unit tests, baseline with --tests")
        rc, out, base = run_tests(runner, work, targets=targets)
    if not base:
        return {"crate": crate, "mode": mode, "error": "baseline tests did not run",
                "output": out[-3000:]}
    base_failed = {t for t, s in base.items() if s == "FAILED"}
    redirect = set(compiled)
    refused = {}
    for it in range(args.max_iterations):
        manifest = runner.rewrite(src, work, mode, manifest_path, skip, all_ids, redirect)
        for e in manifest["entries"]:
            if e["id"] in redirect and e.get("redirect_refused"):
                refused[e["id"]] = e["redirect_refused"]
                redirect.discard(e["id"])
        ranges = build_ranges(manifest)
        rc, out = runner.cargo(work, ["test", targets, "--no-run", "--message-format=json"])
        runner.log(f"  {crate}/run-{mode} build {it}: rc={rc}")
        if rc == 0:
            break
        msgs = parse_messages(out, work)
        new = 0
        for m in msgs:
            if m.get("level") != "error":
                continue
            eid, which, _ = locate(m, ranges)
            if eid is None:
                continue
            if eid in redirect:
                redirect.discard(eid)
                refused[eid] = "redirect does not compile: " + m.get("message", "")
                new += 1
            if which == "gen" and eid not in skip:
                skip.add(eid)
                redirect.discard(eid)
                refused[eid] = "copy does not compile under cfg(test): " + m.get("message", "")
                new += 1
        if new == 0:
            return {"crate": crate, "mode": mode, "error": "test build fails",
                    "output": out[-5000:]}
    else:
        return {"crate": crate, "mode": mode, "error": "test build did not converge"}
    runner.log(f"  {crate}/run-{mode}: tests with {len(redirect)} fns redirected")
    rc, out, res = run_tests(runner, work, targets=targets)
    if rc is None:
        res = res or {}
    failed = {t for t, s in res.items() if s == "FAILED"} - base_failed
    crash = CRASH.search(out)
    if crash:
        # The tests that did not report count as failed.
        failed |= {t for t, s in base.items() if s == "ok" and t not in res}
    passed = sum(1 for s in res.values() if s == "ok")
    culprits = []
    if rc is None:
        culprits.append({"fns": ["<timeout>"], "tests": []})
    if failed:
        culprits = bisect(runner, src, work, mode, manifest_path, skip, all_ids,
                          sorted(redirect), failed, targets)
    return {"crate": crate, "mode": mode, "targets": targets, "redirected": len(redirect),
            "refused": refused, "tests_total": len(base), "passed": passed,
            "failed": sorted(failed), "baseline_failed": sorted(base_failed),
            "crash": crash.group(0) if crash else None,
            "culprits": culprits, "timed_out": rc is None}


def bisect(runner, src, work, mode, manifest_path, skip, all_ids, redirect, failed, targets):
    """Which redirected fns make the failing tests fail: binary search, one
    culprit at a time, within --bisect-budget builds."""
    budget = [runner.args.bisect_budget]
    culprits = []

    def fails(subset):
        budget[0] -= 1
        runner.rewrite(src, work, mode, manifest_path, skip, all_ids, subset)
        rc, out, res = run_tests(runner, work, failed, timeout=600, targets=targets)
        if rc is None or CRASH.search(out):
            return True
        return any(res.get(t) == "FAILED" for t in failed) or (rc != 0 and not res)

    def search(cands):
        while len(cands) > 1 and budget[0] > 0:
            half = cands[: len(cands) // 2]
            if fails(half):
                cands = half
            elif fails(cands[len(cands) // 2:]):
                cands = cands[len(cands) // 2:]
            else:
                return cands  # needs fns from both halves
        return cands

    remaining = list(redirect)
    while remaining and budget[0] > 0:
        found = search(remaining)
        if budget[0] <= 0 and len(found) > 1:
            culprits.append({"fns": found[:20], "tests": sorted(failed),
                             "note": "bisection budget exhausted"})
            break
        # Which tests fail with this one alone?
        runner.rewrite(src, work, mode, manifest_path, skip, all_ids, found)
        _, out, res = run_tests(runner, work, failed, timeout=600, targets=targets)
        budget[0] -= 1
        these = sorted(t for t in failed if res.get(t) == "FAILED"
                       or (CRASH.search(out) and t not in res))
        culprits.append({"fns": found, "tests": these})
        remaining = [f for f in remaining if f not in found]
        failed = set(failed) - set(these)
        if not failed or not these:
            break
        if not fails(remaining):
            break
    return culprits


# --- report ----------------------------------------------------------------

def summarize(checks, runs):
    per_crate = defaultdict(Counter)
    for c in checks:
        cnt = per_crate[(c["crate"], c["mode"])]
        for r in c["results"]:
            s = r["status"]
            cnt["fns"] += 1
            if s.startswith("excluded"):
                cnt["excluded"] += 1
            elif s in CATEGORIES:
                cnt["copies"] += 1
                cnt[s] += 1
            else:
                cnt[s] += 1
        if not c["clean_build"]:
            cnt["unclean"] += 1
    return per_crate


def table(per_crate, runs):
    cols = ["copies", "compiled", "documented", "genfn_undocumented", "internals", "other",
            "panic", "plain_invalid", "not_built", "excluded"]
    heads = ["crate", "mode", "copies", "compiled", "doc.lim", "genfn-msg(undoc)",
             "internals", "otherwise", "panics", "(plain invalid)", "(not built)", "(excluded)"]
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    total = defaultdict(Counter)
    for (crate, mode), cnt in sorted(per_crate.items(), key=lambda kv: (kv[0][0], MODES.index(kv[0][1]))):
        lines.append("| " + " | ".join([crate, mode] + [str(cnt[c]) for c in cols])
                     + (" (build not clean!)" if cnt["unclean"] else "") + " |")
        total[mode].update(cnt)
    for mode, cnt in sorted(total.items(), key=lambda kv: MODES.index(kv[0])):
        lines.append("| **total** | " + mode + " | " + " | ".join(str(cnt[c]) for c in cols) + " |")
    if runs:
        lines += ["", "| crate | mode | redirected fns | tests | passed | failed (new) | culprits |",
                  "|---|---|---|---|---|---|---|"]
        for r in runs:
            if "error" in r:
                lines.append(f"| {r['crate']} | {r['mode']} | - | - | - | - | {r['error']} |")
                continue
            cul = "; ".join(",".join(c["fns"][:3]) for c in r["culprits"])
            if r.get("crash"):
                cul = f"test binary died ({r['crash']}); " + cul
            lines.append(f"| {r['crate']} | {r['mode']} | {r['redirected']} | {r['tests_total']} | "
                         f"{r['passed']} | {len(r['failed'])} | {cul} |")
    return "\n".join(lines)


def detail_markdown(checks, runs):
    out = ["# genfn real-code test: failing copies", ""]
    causes = Counter()
    examples = {}
    for c in checks:
        for r in c["results"]:
            if r["status"] in ("compiled",) or "errors" not in r:
                continue
            e0 = r["errors"][0]
            key = (e0["category"], e0["cause"])
            causes[key] += 1
            examples.setdefault(key, (c, r, e0))
    likely = Counter()
    by_mode = defaultdict(Counter)
    for c in checks:
        for r in c["results"]:
            if "errors" in r:
                k = likely_cause(r["errors"][0])
                likely[k] += 1
                by_mode[k][c["mode"]] += 1
    out.append("## Likely causes (heuristic groups, see FINDINGS.md), most common first")
    out.append("")
    out.append("| copies | by mode | likely cause |")
    out.append("|---|---|---|")
    for k, n in likely.most_common():
        modes = ", ".join(f"{m} {by_mode[k][m]}" for m in MODES if by_mode[k][m])
        out.append(f"| {n} | {modes} | {k.replace('|', '/')} |")
    out.append("")
    out.append("## Causes by message, most common first")
    out.append("")
    out.append("| count | category | cause | example |")
    out.append("|---|---|---|---|")
    for (cat, cause), n in causes.most_common():
        c, r, e0 = examples[(cat, cause)]
        out.append(f"| {n} | {cat} | {cause.replace('|', '/')} | {c['crate']}/{c['mode']} "
                   f"`{r['id']}` at `{(e0['at'] or '')[:80].replace('|', '/')}` |")
    out.append("")
    out.append("## Each failing copy")
    for c in checks:
        bad = [r for r in c["results"] if "errors" in r]
        if not bad and not c["unattributed"]:
            continue
        out.append(f"\n### {c['crate']} ({c['mode']}), scratch `{c['dir']}`\n")
        for u in c["unattributed"]:
            out.append(f"- UNATTRIBUTED: {str(u.get('message'))[:300]}")
        for r in bad:
            e0 = r["errors"][0]
            out.append(f"- `{r['id']}` [{e0['category']}] {e0['code'] or ''} {e0['message']}")
            out.append(f"  - at copy line {e0['line']}: `{e0['at']}`")
            out.append(f"  - reproduce: the copy is in `{r.get('copy', '?')}` (line {e0['line']} of "
                       f"`{r['file']}`); reduce its body around that line")
    for r in runs:
        if r.get("culprits"):
            out.append(f"\n### run {r['crate']} ({r['mode']})\n")
            for cu in r["culprits"]:
                out.append(f"- fns {cu['fns']} make tests fail: {cu['tests']} {cu.get('note', '')}")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crates", help="comma-separated crate names (newest cached version)",
                    default=",".join(DEFAULT_CRATES))
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--limit", type=int, default=0, help="at most N copies per crate")
    ap.add_argument("--run", action="store_true", help="also run the crates' unit tests "
                    "through the generator copies")
    ap.add_argument("--run-modes", default="stmts")
    ap.add_argument("--run-crates", default="", help="crates to run (default: all checked)")
    ap.add_argument("--genfn", default=REPO, help="the genfn checkout to test")
    ap.add_argument("--scratch", default="/tmp/genfn-realcode")
    ap.add_argument("--target-dir", default=None,
                    help="CARGO_TARGET_DIR for the crates (default SCRATCH/target)")
    ap.add_argument("--max-yields", type=int, default=64, help="per copy")
    ap.add_argument("--max-iterations", type=int, default=8)
    ap.add_argument("--bisect-budget", type=int, default=40)
    ap.add_argument("--sabotage", metavar="ID", help="self-test of --run: the generator copy "
                    "of this fn (an id of results.json) panics; its tests must fail and the "
                    "bisection must name it")
    ap.add_argument("--report-only", action="store_true",
                    help="rewrite the table and results.md from SCRATCH/results.json")
    args = ap.parse_args()
    args.genfn = os.path.abspath(args.genfn)
    args.scratch = os.path.abspath(args.scratch)
    args.target_dir = args.target_dir or os.path.join(args.scratch, "target")
    os.makedirs(args.scratch, exist_ok=True)

    if args.report_only:
        with open(os.path.join(args.scratch, "results.json")) as f:
            d = json.load(f)
        for c in d["checks"]:
            for r in c["results"]:
                for e in r.get("errors", []):
                    if "text" in e:
                        e["category"] = classify(e, e["text"])
                    elif any(re.search(p, e["message"]) for p in DOCUMENTED_RUSTC):
                        e["category"] = "documented"  # results of an older version
                    e["cause"] = cause_key(e, "[the body has #[cfg]" in e["cause"]
                                           and e["category"] in ("other", "internals"))
                if r.get("errors"):
                    r["status"] = r["errors"][0]["category"]
        report(args, d["checks"], d["runs"])
        return

    runner = Runner(args)
    rw_dir = os.path.join(HERE, "rewriter")
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(args.scratch, "rewriter-target"))
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=rw_dir, env=env, check=True)
    args.rewriter = os.path.join(args.scratch, "rewriter-target", "release",
                                 "genfn-realcode-rewriter")

    checks, runs = [], []
    modes = [m for m in args.modes.split(",") if m]
    run_modes = [m for m in args.run_modes.split(",") if m] if args.run else []
    run_crates = set(filter(None, args.run_crates.split(",")))
    for crate in [c for c in args.crates.split(",") if c]:
        src = find_crate(crate)
        if not src:
            runner.log(f"{crate}: not in the registry cache, skipped")
            continue
        runner.log(f"{crate}: {src}")
        for mode in sorted(set(modes) | set(run_modes), key=MODES.index):
            t0 = time.time()
            res = check_crate(runner, crate, src, mode, args.scratch)
            res["seconds"] = round(time.time() - t0)
            checks.append(res)
            cnt = Counter(r["status"] for r in res["results"])
            runner.log(f"  {crate}/{mode}: {dict(cnt)} ({res['seconds']}s)")
            if mode in run_modes and (not run_crates or crate in run_crates) and res["clean_build"]:
                t0 = time.time()
                r = run_crate(runner, crate, src, mode, res, args.scratch)
                r["seconds"] = round(time.time() - t0)
                runs.append(r)
                runner.log(f"  {crate}/run-{mode}: " + json.dumps(
                    {k: v for k, v in r.items() if k not in ("refused", "output")})[:600])
            with open(os.path.join(args.scratch, "results.json"), "w") as f:
                json.dump({"checks": checks, "runs": runs}, f, indent=1)
    report(args, checks, runs)


def report(args, checks, runs):
    per_crate = summarize(checks, runs)
    t = table(per_crate, runs)
    with open(os.path.join(args.scratch, "results.md"), "w") as f:
        f.write(t + "\n\n" + detail_markdown(checks, runs))
    print(t)
    print(f"\ndetail: {args.scratch}/results.md and results.json")


if __name__ == "__main__":
    main()
