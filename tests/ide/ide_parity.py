#!/usr/bin/env python3
"""IDE parity of generator bodies with plain function bodies (issue 13).

    python3 tests/ide/ide_parity.py                     # the table (~75 s on 2 cores, warm)
    python3 tests/ide/ide_parity.py --json /tmp/ide.json --strict --span-map
    python3 tests/ide/ide_parity.py --no-stream --reps 3 --features hover,rename
    python3 tests/ide/ide_parity.py --no-stream --ablate machine --ablate kept,self_

Writes a scratch cargo workspace (default /tmp/genfn-ide-parity) whose crate
holds the same bodies as plain fns (`yield_!(v)` is a call `sink::<T>(v)`),
as `#[genfn::generator]` fns, and as async-stream `stream!` blocks
(`yield v;`). Starts `rust-analyzer` on it over stdio, waits until it has
loaded the workspace and the proc macros, then asks hover, definition,
references, rename, completion, inlay hints, diagnostics and macro
expansions at fixed probe positions in every variant, times hover and
completion right after an edit in a 300-line body, and prints a markdown
table: one row per (feature, probe), each variant's answer, and whether the
generator's answer is the plain fn's. tests/ide/README.md says what each
row means.

Probe positions are marked in the bodies by comments, `// @name=token`
(`token#2` for its second whole-word occurrence on that line); the script
finds them in each variant's text, so the variants need not line up.

For finding causes: `--ablate MODES` adds a column of the generators with
`#[genfn_ide_ablate::ablate(MODES)]` under `#[generator]` (tests/ide/ablate:
it post-processes genfn's expansion, e.g. moves the shadow closure's tokens
away from the user's source locations); `--span-map` prints which expansion
tokens rustc locates at each probe; `--extra NAME=FILE,..` adds a column of
hand-written files with the same markers.

Python 3 standard library only. Exit status 0, or 1 with --strict when a row
lacks parity, or 2 when the scratch crate does not compile or the server
does not start.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Names that only exist in genfn's expansion: a hover, completion, inlay
# hint or diagnostic that shows one of these leaks the machinery to the user.
INTERNAL_NAMES = [
    "__genfn", "Machine", "Slot", "kept_in_generator", "CoroutineState",
    "ShadowChannel", "__private", "*mut", "*const", "self_",
]

# --- the bodies ----------------------------------------------------------

# Each body is written once, as the generator a user would write; the plain
# and stream variants are derived from it by `render_*`. Markers name the
# probe positions. `lifetime` says the stream variant's return type borrows.


class Body:
    def __init__(self, name, yield_ty, sig, text, owner=None, lifetime=False,
                 resume_ty=None, sig_marker=None):
        self.name = name
        self.yield_ty = yield_ty
        self.resume_ty = resume_ty  # no stream variant: async-stream has no resume
        self.sig = sig
        self.sig_marker = sig_marker  # a marker on the fn's line
        self.lines = strip_indent(text).split("\n")
        self.owner = owner
        self.lifetime = lifetime


def strip_indent(text):
    lines = text.strip("\n").rstrip().split("\n")
    indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
    return "\n".join(l[indent:] for l in lines)


BODIES = [
    # The guide's first example.
    Body("fib", "u64", "pub fn fib(n: usize)", """
        let (mut a, mut b) = (0u64, 1u64); // @a_decl=a
        for _ in 0..n { // @n_use=n
            yield_!(a); // @a_yield=a
            // @complete_a
            (a, b) = (b, a.wrapping_add(b)); // @a_assign=a @a_add=a#2
        }
    """, sig_marker="n_param=n"),
    # A resume value: `yield_!` evaluates to what the caller sends.
    Body("running_total", "i64", "pub fn running_total() -> i64", """
        let mut total = 0; // @rt_total_decl=total
        loop {
            let value = yield_!(total); // @value_decl=value
            if value == 0 { // @value_use=value
                return total;
            }
            total += value; // @value_add=value
        }
    """, resume_ty="i64"),
    Body("counter", "u64", "pub fn counter(limit: u64)", """
        let mut count = 0; // @count_decl=count
        while count < limit { // @count_cond=count
            yield_!(count); // @count_yield=count
            count += 1; // @count_after=count
        }
    """),
    Body("words", "usize", "pub fn words(text: &str)", """
        let mut n = 0; // @n_decl=n
        for word in text.split_whitespace() { // @text_use=text
            if n > 100 { // @n_before=n
                break;
            }
            yield_!(word.len());
            n += 1; // @n_after=n
            // @complete_text
        }
        yield_!(n); // @n_last=n
    """, lifetime=True),
    Body("heavy", "u64", "pub fn heavy(&self, min: u64)", """
        for item in &self.items { // @self_use=self
            if *item >= min {
                yield_!(*item);
            }
        }
        // @complete_self
        let label = self.name.len(); // @self_after=self
        yield_!(label as u64);
    """, owner="Bag", lifetime=True),
    Body("countdown", "u64", "pub fn countdown(from: u64)", """
        let mut left = from;
        while left > 0 {
            yield_!(left);
            left -= 1;
        }
    """),
    Body("launch", "u64", "pub fn launch()", """
        yield_from!(countdown(3)); // @countdown_call=countdown
        yield_!(scale(2, 3));
        let last = scale(1, 5);
        yield_!(last);
    """),
    Body("evens", "u64", "pub fn evens(limit: u64)", """
        let mut items = Vec::new(); // @items_decl=items
        for i in 0..limit {
            items.push(i * 2); // @items_push=items
        }
        let mut total = 0; // @total_decl=total
        for x in &items { // @items_borrow=items @x_decl=x
            total += *x; // @total_add=total
            yield_!(*x);
        }
        // @complete_items
        let size = items.len() as u64; // @items_after=items
        yield_!(total + size); // @total_last=total
    """),
    Body("drain", "u64", "pub fn drain(limit: u64)", """
        let items: Vec<u64> = (0..limit).collect(); // @drain_items=items
        let mut it = items.iter(); // @it_decl=it
        while let Some(x) = it.next() { // @it_next=it
            yield_!(*x);
        }
        let rest = it.len(); // @it_after=it
        yield_!(rest as u64);
        let report = format!("{rest} of {}", items.len()); // @items_in_macro=items
        yield_!(report.len() as u64);
    """),
    Body("ticks", "u32", "pub async fn ticks(n: u32)", """
        for i in 0..n {
            let doubled = std::future::ready(i * 2).await; // @doubled_decl=doubled
            yield_!(doubled); // @doubled_yield=doubled
            let again = doubled + 1; // @doubled_after=doubled
            yield_!(again);
        }
    """),
]


def big_body():
    """About 300 lines: the latency probes edit and query this one."""
    lines = [
        "let mut total = 0u64;",
        "let mut seen: Vec<u64> = Vec::new();",
        "for (i, x) in input.iter().enumerate() {",
    ]
    for k in range(36):
        lines += [
            f"    let a{k} = x.wrapping_mul({k + 3}) ^ (i as u64);",
            f"    if a{k} % {k % 5 + 2} == 0 {{",
            f"        seen.push(a{k});",
            "    } else {",
            f"        total = total.wrapping_add(a{k});",
            "    }",
            f"    yield_!(a{k});",
            f"    total = total.wrapping_add(seen.len() as u64);",
        ]
    lines += [
        "}",
        "// @complete_seen",
        "let last = seen.len() as u64;",
        "yield_!(total + last); // @big_total=total",
    ]
    return Body("big", "u64", "pub fn big(input: Vec<u64>)", "\n".join(lines))


BIG = big_body()

FILE_HEADERS = {
    "plain": "fn sink<T>(_: T) {}\nfn sink_from<T>(_: T) {}\n"
             "fn sink_resume<T, R: Default>(_: T) -> R {\n    R::default()\n}\n",
    "generator": "use genfn::generator;\n",
    "stream": "use async_stream::stream;\nuse futures_core::Stream;\n",
}
# In every variant: a call with named parameters (for parameter hints).
HELPERS = "fn scale(value: u64, factor: u64) -> u64 {\n    value * factor\n}\n"
BAG = "pub struct Bag {\n    pub items: Vec<u64>,\n    pub name: String,\n}\n"


def replace_macro_calls(line, name, replace):
    """Rewrites each `name!(args)` on the line with replace(args)."""
    out, i = [], 0
    needle = name + "!("
    while True:
        j = line.find(needle, i)
        if j < 0:
            out.append(line[i:])
            return "".join(out)
        depth, k = 1, j + len(needle)
        while depth:
            depth += {"(": 1, ")": -1}.get(line[k], 0)
            k += 1
        out.append(line[i:j])
        out.append(replace(line[j + len(needle):k - 1]))
        i = k


def render_body(body, variant):
    """The item's lines (unindented) in the given variant, or None."""
    if variant == "generator":
        resume = f", resume = {body.resume_ty}" if body.resume_ty else ""
        head = [f"#[generator(yield = {body.yield_ty}{resume})]", body.sig + " {"]
        lines = list(body.lines)
        tail = ["}"]
    elif variant == "plain":
        # The yield type is spelled out, so that inference sees what the
        # generator's declared yield type tells it.
        if body.resume_ty:
            sink = f"sink_resume::<{body.yield_ty}, {body.resume_ty}>"
        else:
            sink = f"sink::<{body.yield_ty}>"
        head = [body.sig + " {"]
        lines = [replace_macro_calls(
            replace_macro_calls(l, "yield_", lambda a: f"{sink}({a})"),
            "yield_from", lambda a: f"sink_from({a})") for l in body.lines]
        tail = ["}"]
    elif variant == "stream":
        if body.resume_ty:
            return None
        # `stream! {` shares the fn's line and its `}` the last line, so a
        # line of the body has the same offset from the fn line as in the
        # other variants.
        sig = body.sig.replace("async fn", "fn")
        bound = " + '_" if body.lifetime else ""
        head = [f"{sig} -> impl Stream<Item = {body.yield_ty}>{bound} {{ stream! {{"]
        lines = []
        for l in body.lines:
            l = replace_macro_calls(l, "yield_from", lambda a: f"for await v in {a} {{ yield v; }}")
            l = l.replace("{ yield v; };", "{ yield v; }")
            l = replace_macro_calls(l, "yield_", lambda a: f"yield {a}")
            lines.append(l)
        tail = ["} }"]
    else:
        raise ValueError(variant)
    if body.sig_marker:
        head[-1] += f" // @{body.sig_marker}"
    return head + ["    " + l if l else l for l in lines] + tail


def render_file(bodies, variant, with_bag):
    out = [FILE_HEADERS[variant]]
    if with_bag:
        out += [HELPERS, BAG]
    for body in bodies:
        lines = render_body(body, variant)
        if lines is None:
            continue
        if body.owner:
            lines = [f"impl {body.owner} {{"] + ["    " + l for l in lines] + ["}"]
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


# --- the scratch workspace ----------------------------------------------


def write_if_changed(path, text):
    """Leaves an unchanged file alone, so cargo and rust-analyzer reuse work."""
    if os.path.exists(path):
        with open(path) as f:
            if f.read() == text:
                return False
    with open(path, "w") as f:
        f.write(text)
    return True


def ablation_variant(modes):
    return "gen-ablate(" + modes + ")"


def with_attribute(text, attribute):
    """The generator text with an attribute under each `#[generator(..)]`."""
    return re.sub(r"^([ \t]*)(#\[generator\(.*\)\])$", lambda m: f"{m.group(1)}{m.group(2)}\n"
                  f"{m.group(1)}{attribute}", text, flags=re.M)


def setup_scratch(args):
    """Writes the workspace; returns {variant: {module: path}}."""
    src = os.path.join(args.scratch, "src")
    os.makedirs(src, exist_ok=True)
    deps = [f'genfn = {{ path = "{os.path.abspath(args.genfn)}" }}']
    if args.stream:
        deps += ['async-stream = "0.3"', 'futures-core = "0.3"']
    if args.ablate or args.span_map:
        deps.append(f'genfn-ide-ablate = {{ path = "{os.path.join(HERE, "ablate")}" }}')
    manifest = "\n".join([
        "[package]", 'name = "ide_parity_scratch"', 'version = "0.0.0"',
        'edition = "2024"', "publish = false", "", "[dependencies]", *deps, "",
        "# Its own workspace: not a member of genfn's.", "[workspace]", "",
    ])
    manifest_changed = write_if_changed(os.path.join(args.scratch, "Cargo.toml"), manifest)
    files = {}
    for v in ["plain", "generator"] + (["stream"] if args.stream else []):
        files[v] = {
            f"as_{v}": render_file(BODIES, v, with_bag=True),
            f"big_{v}": render_file([BIG], v, with_bag=False),
        }
    for k, modes in enumerate(args.ablate):
        attribute = f"#[genfn_ide_ablate::ablate({modes})]"
        files[ablation_variant(modes)] = {
            f"as_ablate{k}": with_attribute(files["generator"]["as_generator"], attribute),
            f"big_ablate{k}": with_attribute(files["generator"]["big_generator"], attribute),
        }
    # Hand-written variants (say, an edited copy of an expansion): the file
    # is used as it is, and needs the same markers.
    for spec in args.extra:
        name, _, paths = spec.partition("=")
        files[name] = {}
        module = "extra_" + re.sub(r"\W", "_", name)
        for k, path in enumerate(paths.split(",")):
            with open(path) as f:
                files[name][f"{module}_{k}"] = f.read()
    mods, paths = [], {}
    for v, mods_of in files.items():
        paths[v] = {}
        for mod, text in mods_of.items():
            path = os.path.join(src, mod + ".rs")
            write_if_changed(path, text)
            paths[v][mod] = path
            mods.append(f"pub mod {mod};")
    if args.span_map:
        # Not opened in the editor: only compiled, for the dump.
        dump = with_attribute(files["generator"]["as_generator"],
                              "#[genfn_ide_ablate::ablate(dump)]")
        write_if_changed(os.path.join(src, "span_map.rs"), dump)
        paths["span_map"] = os.path.join(src, "span_map.rs")
        mods.append("pub mod span_map;")
    write_if_changed(os.path.join(src, "lib.rs"), "\n".join(mods) + "\n")
    # Resolve offline from the local registry cache when it can, as
    # rust-analyzer's `cargo metadata` would otherwise fetch the index.
    if manifest_changed or not os.path.exists(os.path.join(args.scratch, "Cargo.lock")):
        r = run_cargo(["generate-lockfile", "--offline"], args.scratch)
        if r.returncode != 0:
            run_cargo(["generate-lockfile"], args.scratch)
    return paths


def cargo_env():
    env = dict(os.environ)
    # The scratch workspace builds into its own target dir, which
    # rust-analyzer then shares.
    env.pop("CARGO_TARGET_DIR", None)
    return env


def run_cargo(cmd, cwd, env=None):
    return subprocess.run(["cargo", *cmd], cwd=cwd, env={**cargo_env(), **(env or {})},
                          capture_output=True, text=True)


# --- the LSP client ------------------------------------------------------


class RequestTimeout(Exception):
    pass


class RequestError(Exception):
    def __init__(self, error):
        super().__init__(error.get("message", str(error)))
        self.code = error.get("code")


CONTENT_MODIFIED = -32801


class LspClient:
    """JSON-RPC over the server's stdio: requests with timeouts, answers to
    the requests the server makes, and the notifications it sends kept for
    the waits below."""

    def __init__(self, cmd, cwd, stderr_path):
        self.stderr = open(stderr_path, "w")
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr,
                                     env=cargo_env())
        self.write_lock = threading.Lock()
        self.cond = threading.Condition()
        self.next_id = 1
        self.responses = {}
        self.progress_active = set()
        self.progress_seen = 0
        self.status = None
        self.status_history = []
        self.diagnostics = {}  # uri -> (arrival time, version, diagnostics)
        self.messages = []  # window/showMessage and logMessage of type error
        self.last_arrival = time.monotonic()
        self.closed = False
        self.reader = threading.Thread(target=self._read_loop, daemon=True)
        self.reader.start()

    def _send(self, msg):
        body = json.dumps(msg).encode()
        with self.write_lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _read_message(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                return None
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def _read_loop(self):
        try:
            while True:
                msg = self._read_message()
                if msg is None:
                    break
                if "method" in msg and "id" in msg:
                    self._answer_server_request(msg)
                    continue
                with self.cond:
                    self.last_arrival = time.monotonic()
                    if "method" in msg:
                        self._note(msg["method"], msg.get("params") or {})
                    else:
                        self.responses[msg["id"]] = msg
                    self.cond.notify_all()
        finally:
            with self.cond:
                self.closed = True
                self.cond.notify_all()

    def _answer_server_request(self, msg):
        method, params = msg["method"], msg.get("params") or {}
        if method == "workspace/configuration":
            # No client-side settings: the initializationOptions stand.
            result = [None for _ in params.get("items", [])]
        elif method in ("window/workDoneProgress/create", "client/registerCapability",
                        "client/unregisterCapability", "window/showMessageRequest") \
                or method.endswith("/refresh"):
            result = None
        else:
            self._send({"jsonrpc": "2.0", "id": msg["id"],
                        "error": {"code": -32601, "message": f"unhandled {method}"}})
            return
        self._send({"jsonrpc": "2.0", "id": msg["id"], "result": result})

    def _note(self, method, params):
        if method == "$/progress":
            kind = (params.get("value") or {}).get("kind")
            token = str(params.get("token"))
            if kind == "begin":
                self.progress_active.add(token)
                self.progress_seen += 1
            elif kind == "end":
                self.progress_active.discard(token)
        elif method == "experimental/serverStatus":
            self.status = params
            self.status_history.append((time.monotonic(), params))
        elif method == "textDocument/publishDiagnostics":
            self.diagnostics[params["uri"]] = (time.monotonic(), params.get("version"),
                                               params.get("diagnostics", []))
        elif method in ("window/showMessage", "window/logMessage"):
            if params.get("type") == 1:
                self.messages.append(params.get("message", ""))

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout):
        """(result, seconds); raises RequestTimeout or RequestError."""
        for attempt in range(3):
            with self.cond:
                rid = self.next_id
                self.next_id += 1
            start = time.monotonic()
            self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
            deadline = start + timeout
            with self.cond:
                while rid not in self.responses and not self.closed:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self.cond.wait(left)
                msg = self.responses.pop(rid, None)
            elapsed = time.monotonic() - start
            if msg is None:
                self.notify("$/cancelRequest", {"id": rid})
                raise RequestTimeout(f"{method}: no answer in {timeout:.0f} s")
            if "error" in msg:
                # A request overtaken by a change of the server's state is
                # answered "content modified": ask again.
                if msg["error"].get("code") == CONTENT_MODIFIED and attempt < 2:
                    continue
                raise RequestError(msg["error"])
            return msg.get("result"), elapsed
        raise AssertionError("unreachable")

    def wait_until(self, predicate, timeout):
        deadline = time.monotonic() + timeout
        with self.cond:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0 or self.closed:
                    return False
                self.cond.wait(min(left, 0.25))
            return True

    def wait_quiet(self, quiet, timeout):
        """Until the server has sent nothing for `quiet` seconds."""
        return self.wait_until(lambda: time.monotonic() - self.last_arrival >= quiet, timeout)

    def shutdown(self):
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
        except (RequestTimeout, RequestError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.stderr.close()


# --- documents and markers ----------------------------------------------

MARKER = re.compile(r"@(\w+)(?:=([^\s#]+)(?:#(\d+))?)?")


def word_columns(code, word):
    return [m.start() for m in re.finditer(r"(?<![\w$])" + re.escape(word) + r"(?!\w)", code)]


def find_markers(text):
    """{name: (line, col)}, or (line, None) for a bare `@name`."""
    found = {}
    for i, line in enumerate(text.split("\n")):
        code, sep, comment = line.partition("//")
        if not sep:
            continue
        for m in MARKER.finditer(comment):
            name, token, nth = m.group(1), m.group(2), int(m.group(3) or 1)
            if token is None:
                found[name] = (i, None)
                continue
            cols = word_columns(code, token)
            if len(cols) >= nth:
                found[name] = (i, cols[nth - 1])
    return found


class Doc:
    """An open file: its text as the server has it, and marker lookup."""

    def __init__(self, client, path, variant, module):
        self.client, self.path, self.variant, self.module = client, path, variant, module
        self.uri = "file://" + os.path.abspath(path)
        with open(path) as f:
            self.base = f.read()
        self.text, self.version = self.base, 1

    def open(self):
        self.client.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri, "languageId": "rust", "version": self.version, "text": self.text}})

    def change(self, text):
        self.version += 1
        self.text = text
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [{"text": text}]})

    def revert(self):
        if self.text != self.base:
            self.change(self.base)

    def lines(self):
        return self.text.split("\n")

    def markers(self):
        return find_markers(self.text)

    def fn_span(self, body):
        """(first line incl. attributes, fn line, last line) of a body's item."""
        for i, line in enumerate(self.lines()):
            if re.search(r"\bfn " + body + r"\b", line.split("//")[0]):
                break
        else:
            return None
        lines = self.lines()
        start = i
        while start > 0 and lines[start - 1].strip().startswith("#["):
            start -= 1
        depth, seen = 0, False
        for j in range(i, len(lines)):
            code = lines[j].split("//")[0]
            for ch in code:
                if ch == "{":
                    depth, seen = depth + 1, True
                elif ch == "}":
                    depth -= 1
            if seen and depth <= 0:
                return (start, i, j)
        return (start, i, len(lines) - 1)

    def describe(self, line, col, end_col=None):
        """A name for a position that means the same in every variant: the
        marker at it, else the body and the offset from its fn line."""
        for name, (ml, mc) in self.markers().items():
            if ml == line and mc == col:
                return "@" + name
        lines = self.lines()
        text = lines[line] if line < len(lines) else ""
        word = text[col:end_col] if end_col and end_col > col else text[col:col + 24]
        for body in [b.name for b in BODIES] + [BIG.name]:
            span = self.fn_span(body)
            if span and span[0] <= line <= span[2]:
                if line == span[1] and word_columns(text, body)[:1] == [col]:
                    return "@fn_" + body
                return f"{body}{line - span[1]:+d}`{word.strip()}`"
        return f"{self.module}:{line + 1}`{word.strip()}`"


def pos(line, col):
    return {"line": line, "character": col}


# --- the probes ----------------------------------------------------------

# (row label, marker, the type the hover should show / the definition's
# marker). Each probe is asked in every variant.
HOVERS = [
    ("fib: parameter `n`", "n_use", "usize"),
    ("fib: `a` of a tuple pattern", "a_decl", "u64"),
    ("running_total: resume value `value`", "value_decl", "i64"),
    ("counter: `count` at its let", "count_decl", "u64"),
    ("counter: `count` in yield_!(count)", "count_yield", "u64"),
    ("counter: `count` after the yield", "count_after", "u64"),
    ("words: `n` after a yield", "n_after", "usize"),
    ("words: parameter `text`", "text_use", "&str"),
    ("heavy: `self` in a method", "self_use", "&Bag"),
    ("evens: kept-in-place `items`", "items_after", "Vec<u64>"),
    ("evens: `x` of a for over &items", "x_decl", "&u64"),
    ("drain: kept-in-place iterator `it`", "it_after", "Iter<'_, u64>"),
    ("drain: kept-in-place `items` in format!(..)", "items_in_macro", "Vec<u64>"),
    ("ticks: `doubled` (async)", "doubled_yield", "u32"),
]
DEFINITIONS = [
    ("fib: parameter `n`", "n_use", "n_param"),
    ("fib: `a` after the yield", "a_add", "a_decl"),
    ("running_total: resume value `value`", "value_use", "value_decl"),
    ("counter: `count` after the yield", "count_after", "count_decl"),
    ("words: `n` in yield_!(n)", "n_last", "n_decl"),
    ("evens: kept-in-place `items`", "items_after", "items_decl"),
    ("launch: yield_from!(countdown(3))", "countdown_call", "fn_countdown"),
    ("drain: kept-in-place iterator `it`", "it_after", "it_decl"),
    ("ticks: `doubled` after the yield", "doubled_after", "doubled_decl"),
]
# Asked at the declaration and at a use after a yield: the answer should be
# the same set of places.
REFERENCES = [
    ("fib: `a` (4 places), at its let", "a_decl"),
    ("fib: `a`, at a use after the yield", "a_add"),
    ("fib: parameter `n` (2 places)", "n_param"),
    ("running_total: resume value `value` (3 places)", "value_decl"),
    ("counter: `count` (4 places), at its let", "count_decl"),
    ("counter: `count`, at a use after the yield", "count_after"),
    ("words: `n` (4 places), at its let", "n_decl"),
    ("words: `n`, at a use after a yield", "n_last"),
    ("evens: kept-in-place `items` (4 places), at its let", "items_decl"),
    ("evens: kept-in-place `items`, after the yields", "items_after"),
    ("evens: `total` (3 places), at its let", "total_decl"),
    ("drain: kept-in-place `it` (3 places), at its let", "it_decl"),
    ("drain: kept-in-place `it`, after the yields", "it_after"),
    ("drain: kept-in-place `items` (3 places), in format!(..)", "items_in_macro"),
    ("ticks: `doubled` (3 places), at its let", "doubled_decl"),
    ("ticks: `doubled`, after the yield", "doubled_after"),
]
RENAMES = REFERENCES
# (label, marker of the line to type before, receiver, names it must offer)
COMPLETIONS = [
    ("fib: `a.` before `(a, b) = ..`", "complete_a", "a", ["wrapping_add", "count_ones"]),
    ("evens: `items.` (local Vec)", "complete_items", "items", ["push", "len", "iter"]),
    ("words: `text.` (parameter &str)", "complete_text", "text", ["len", "split_whitespace"]),
    ("heavy: `self.` (fields)", "complete_self", "self", ["items", "name"]),
]
INLAY_BODIES = ["fib", "running_total", "counter", "words", "heavy", "launch", "evens", "drain", "ticks"]
ALL_FEATURES = ["hover", "definition", "references", "rename", "completion",
                "inlay", "diagnostics", "expansion", "latency"]


def has_internals(text):
    return [n for n in INTERNAL_NAMES if n in text]


def normalise(text):
    """Module paths differ between variants and mean nothing here."""
    return re.sub(r"\b(as|big|extra)_\w+\b", "<mod>", text)


def hover_text(result):
    if not result:
        return ""
    contents = result.get("contents")
    if isinstance(contents, dict):
        return contents.get("value", "")
    if isinstance(contents, list):
        return "\n\n".join(c if isinstance(c, str) else c.get("value", "") for c in contents)
    return str(contents)


def hover_blocks(text):
    # rust-analyzer separates the hovers of several definitions (and the
    # sections of one) with a `---` rule; code fences count the signatures.
    return len(re.findall(r"^```rust", text, flags=re.M))


def probe_hover(doc, marker, ty, timeout):
    at = doc.markers().get(marker)
    if not at:
        return None
    result, secs = doc.client.request("textDocument/hover", {
        "textDocument": {"uri": doc.uri}, "position": pos(*at)}, timeout)
    text = hover_text(result)
    type_count = len(re.findall(r":\s*" + re.escape(ty) + r"(?![\w<])", text))
    return {"text": text, "blocks": hover_blocks(text), "chars": len(text),
            "type_count": type_count, "internals": has_internals(text), "secs": secs,
            "key": normalise(text)}


def summarise_hover(r):
    if not r["text"]:
        return "empty"
    s = f"{r['blocks']} sig, {r['chars']} ch, type x{r['type_count']}"
    if r["internals"]:
        s += ", shows " + " ".join(r["internals"])
    return s


def locations(result):
    """(uri, range) pairs of a Location, Location[] or LocationLink[]."""
    if not result:
        return []
    if isinstance(result, dict):
        result = [result]
    out = []
    for loc in result:
        if "targetUri" in loc:
            out.append((loc["targetUri"], loc.get("targetSelectionRange") or loc["targetRange"]))
        else:
            out.append((loc["uri"], loc["range"]))
    return out


def describe_location(docs, uri, rng):
    for d in docs:
        if d.uri == uri:
            start = rng["start"]
            end_col = rng["end"]["character"] if rng["end"]["line"] == start["line"] else None
            return d.describe(start["line"], start["character"], end_col)
    path = uri.replace("file://", "")
    return f"{os.path.basename(path)}:{rng['start']['line'] + 1}"


def probe_definition(doc, docs, marker, target, timeout):
    at = doc.markers().get(marker)
    if not at:
        return None
    result, secs = doc.client.request("textDocument/definition", {
        "textDocument": {"uri": doc.uri}, "position": pos(*at)}, timeout)
    targets = [describe_location(docs, u, r) for u, r in locations(result)]
    return {"targets": targets, "hits": ("@" + target) in targets, "secs": secs,
            "key": sorted(targets)}


def summarise_definition(r, target):
    others = [t for t in r["targets"] if t != "@" + target]
    hits = len(r["targets"]) - len(others)
    s = f"{len(r['targets'])}: " + ("decl" if hits else "NOT decl") + (f" x{hits}" if hits > 1 else "")
    if others:
        s += " + " + ", ".join(others[:3]) + (f" +{len(others) - 3} more" if len(others) > 3 else "")
    return s


def probe_references(doc, docs, marker, timeout):
    at = doc.markers().get(marker)
    if not at:
        return None
    result, secs = doc.client.request("textDocument/references", {
        "textDocument": {"uri": doc.uri}, "position": pos(*at),
        "context": {"includeDeclaration": True}}, timeout)
    places = [describe_location(docs, u, r) for u, r in locations(result or [])]
    return {"places": places, "secs": secs, "key": sorted(places)}


def summarise_places(r, plain):
    s = str(len(r["places"]))
    if plain is not None and r is not plain:
        missing = sorted(set(plain["places"]) - set(r["places"]))
        extra = [p for p in r["places"] if p not in plain["places"]]
        if missing:
            s += " (misses " + ", ".join(missing) + ")"
        if extra:
            s += " (extra " + ", ".join(extra[:3]) + ")"
    return s


def probe_rename(doc, docs, marker, timeout):
    at = doc.markers().get(marker)
    if not at:
        return None
    try:
        result, secs = doc.client.request("textDocument/rename", {
            "textDocument": {"uri": doc.uri}, "position": pos(*at),
            "newName": "renamed_local"}, timeout)
    except RequestError as e:
        return {"places": [], "error": str(e), "secs": None, "key": ["error: " + str(e)]}
    edits = []
    for uri, text_edits in (result or {}).get("changes", {}).items():
        edits += [(uri, e["range"]) for e in text_edits]
    for change in (result or {}).get("documentChanges", []):
        uri = change.get("textDocument", {}).get("uri")
        edits += [(uri, e["range"]) for e in change.get("edits", [])]
    places = [describe_location(docs, u, r) for u, r in edits]
    return {"places": places, "secs": secs, "key": sorted(places)}


def get_diagnostics(doc, pull, timeout):
    """The diagnostics of the file's current version."""
    client = doc.client
    if pull:
        result, _ = client.request("textDocument/diagnostic", {
            "textDocument": {"uri": doc.uri}}, timeout)
        return (result or {}).get("items", [])
    # Pushed: wait for the version the file is at, then for the server to
    # stop sending (native diagnostics come in more than one batch).
    since = time.monotonic()
    client.wait_until(lambda: doc.uri in client.diagnostics
                      and (client.diagnostics[doc.uri][1] or 0) >= doc.version, timeout)
    while time.monotonic() - since < timeout:
        with client.cond:
            arrived = client.diagnostics.get(doc.uri, (0,))[0]
        if time.monotonic() - arrived >= 1.5:
            break
        time.sleep(0.25)
    return client.diagnostics.get(doc.uri, (0, None, []))[2]


def describe_diagnostic(doc, d):
    where = doc.describe(d["range"]["start"]["line"], d["range"]["start"]["character"])
    code = d.get("code")
    return f"{where}: {code + ': ' if code else ''}{d['message'].splitlines()[0][:90]}"


def body_at(doc, line):
    for body in [b.name for b in BODIES] + [BIG.name]:
        span = doc.fn_span(body)
        if span and span[0] <= line <= span[2]:
            return body
    return None


def diagnostics_in(doc, diags, body):
    span = doc.fn_span(body)
    if not span:
        return None
    return [describe_diagnostic(doc, d) for d in diags
            if span[0] <= d["range"]["start"]["line"] <= span[2]]


def probe_completion(doc, marker, receiver, expect, timeout, tag=""):
    """Types `receiver.` on a new line before the marker's line (after a
    comment `tag`, if given) and asks for completions at once, timed. The
    half-typed text stays: the caller reverts it."""
    at = doc.markers().get(marker)
    if not at:
        return None
    lines = doc.lines()
    line = at[0]
    indent = re.match(r"\s*", lines[line]).group(0)
    typed = f"{indent}{receiver}."
    doc.change("\n".join(lines[:line] + ([indent + tag] if tag else []) + [typed] + lines[line:]))
    at_line = line + (1 if tag else 0)
    try:
        result, secs = doc.client.request("textDocument/completion", {
            "textDocument": {"uri": doc.uri}, "position": pos(at_line, len(typed)),
            "context": {"triggerKind": 2, "triggerCharacter": "."}}, timeout)
        items = result.get("items", []) if isinstance(result, dict) else (result or [])
        names = sorted({(i.get("filterText") or i["label"]).split("(")[0].strip() for i in items})
        out = {"count": len(items), "secs": secs,
               "offered": [n for n in expect if n in names],
               "internals": sorted({n for n in names if has_internals(n) or n.startswith("__")})}
        out["key"] = (out["offered"], out["internals"])
        return out
    except Exception:
        doc.revert()
        raise


def macro_position(doc, body):
    """Where to ask for a body's expansion: the attribute's or the macro's name."""
    span = doc.fn_span(body)
    lines = doc.lines()
    for i in range(span[0], span[1] + 1):
        for name in ("generator", "stream"):
            cols = word_columns(lines[i].split("//")[0], name)
            if cols:
                return i, cols[0]
    return None


def probe_expansion(doc, body, timeout):
    """rust-analyzer's own expansion of the body's macro (its lines), or the
    plain fn's source lines."""
    at = macro_position(doc, body)
    if at is None:
        span = doc.fn_span(body)
        return {"lines": span[2] - span[0] + 1, "macro": False, "text": "", "key": None}
    result, secs = doc.client.request("rust-analyzer/expandMacro", {
        "textDocument": {"uri": doc.uri}, "position": pos(*at)}, timeout)
    text = (result or {}).get("expansion", "")
    return {"lines": len(text.splitlines()), "macro": True, "text": text, "secs": secs,
            "key": None}


def probe_inlay(doc, body, timeout):
    span = doc.fn_span(body)
    if not span:
        return None
    lines = doc.lines()
    result, secs = doc.client.request("textDocument/inlayHint", {
        "textDocument": {"uri": doc.uri},
        "range": {"start": pos(span[0], 0), "end": pos(span[2], len(lines[span[2]]))}},
        timeout)
    hints = []
    for h in result or []:
        label = h["label"]
        if isinstance(label, list):
            label = "".join(p.get("value", "") for p in label)
        line = h["position"]["line"]
        hints.append(f"{line - span[1]:+d}{label.strip()}")
    return {"hints": hints, "internals": has_internals(" ".join(hints)), "secs": secs,
            "key": sorted(hints)}


def summarise_inlay(r, plain):
    s = f"{len(r['hints'])} hints"
    if plain is not None and r is not plain:
        missing = sorted(set(plain["hints"]) - set(r["hints"]))
        extra = sorted(set(r["hints"]) - set(plain["hints"]))
        if extra:
            s += " (adds " + ", ".join(extra[:4]) + ")"
        if missing:
            s += " (misses " + ", ".join(missing[:4]) + ")"
    return s


# --- running it ----------------------------------------------------------


def start_server(args):
    client = LspClient([args.rust_analyzer], args.scratch,
                       os.path.join(args.scratch, "rust-analyzer.stderr"))
    root = "file://" + os.path.abspath(args.scratch)
    capabilities = {
        "general": {"positionEncodings": ["utf-16"]},
        "window": {"workDoneProgress": True},
        "workspace": {"workspaceEdit": {"documentChanges": True},
                      "diagnostics": {"refreshSupport": False}},
        "textDocument": {
            "synchronization": {"didSave": False},
            "hover": {"contentFormat": ["markdown", "plaintext"]},
            "definition": {"linkSupport": True},
            "references": {},
            "rename": {"prepareSupport": False},
            "completion": {"completionItem": {"snippetSupport": False},
                           "contextSupport": True},
            "inlayHint": {},
            "publishDiagnostics": {"versionSupport": True, "relatedInformation": True},
            "diagnostic": {"dynamicRegistration": False},
        },
        "experimental": {"serverStatusNotification": True},
    }
    options = {
        # No `cargo check` runs: the rows compare what rust-analyzer itself
        # computes, and a background build would skew the timings.
        "checkOnSave": False,
        "cargo": {"buildScripts": {"enable": True}},
        "procMacro": {"enable": True},
        "files": {"watcher": "server"},
    }
    result, _ = client.request("initialize", {
        "processId": os.getpid(), "rootUri": root,
        "workspaceFolders": [{"uri": root, "name": "scratch"}],
        "capabilities": capabilities, "initializationOptions": options,
        "clientInfo": {"name": "genfn-ide-parity"}}, timeout=60)
    client.notify("initialized", {})
    return client, result.get("capabilities", {}), result.get("serverInfo", {})


def wait_indexed(client, timeout):
    """Until the workspace, build scripts and proc macros are loaded and the
    cache priming is over: serverStatus quiescent with no progress open,
    after the server has reported being busy at least once."""
    start = time.monotonic()
    client.wait_until(lambda: client.progress_seen > 0 or
                      (client.status and not client.status.get("quiescent")), 30)

    def done():
        return (client.status is not None and client.status.get("quiescent")
                and not client.progress_active)

    while time.monotonic() - start < timeout:
        if not client.wait_until(done, timeout - (time.monotonic() - start)):
            break
        # Stable for a moment: a later phase may begin right after one ends.
        time.sleep(1.0)
        if done():
            return time.monotonic() - start
    return None


def median_ms(values):
    values = [v for v in values if v is not None]
    return round(statistics.median(values) * 1000) if values else None


def diagnostics_cell(a, plain):
    listed = a["diagnostics"]
    return f"{len(listed)}" + (": " + "; ".join(listed[:2]) if listed else "")


def typing_cell(a, plain):
    cell = diagnostics_cell(a, plain)
    head = a.get("expansion_head", "").lstrip()
    if head.startswith(("compile_error!", "::core::compile_error!")):
        cell += " [expansion: compile_error! only]"
    return cell


class Session:
    """The probes, asked in every variant, and the rows of the table."""

    def __init__(self, args, client, docs, pull, log):
        self.args, self.client, self.docs, self.pull, self.log = args, client, docs, pull, log
        self.variants = list(docs)
        self.rows, self.raw = [], {}
        self.timeout = args.timeout

    def doc_with(self, variant, marker):
        return next((d for d in self.docs[variant] if marker in d.markers()), None)

    def doc_of_body(self, variant, body):
        return next((d for d in self.docs[variant] if d.fn_span(body)), None)

    def ask(self, fn):
        """fn's answer, or an error record: a probe never stops the run."""
        try:
            return fn()
        except RequestTimeout as e:
            return {"error": "timeout", "detail": str(e), "key": "timeout"}
        except RequestError as e:
            return {"error": "error: " + str(e)[:60], "detail": str(e), "key": "error"}

    def at_marker(self, marker, probe):
        """{variant: probe(doc) or None where the marker does not exist}."""
        answers = {}
        for v in self.variants:
            d = self.doc_with(v, marker)
            answers[v] = self.ask(lambda: probe(d)) if d else None
        return answers

    def add_row(self, feature, label, answers, summarise, parity):
        plain = answers.get("plain")
        failed = plain is not None and "error" in plain
        if failed:
            plain = None
        cells = {}
        for v in self.variants:
            a = answers.get(v)
            if a is None:
                cells[v] = "-"
            elif "error" in a:
                cells[v] = a["error"]
            else:
                cells[v] = summarise(a, plain)
        ok = None
        g = answers.get("generator")
        if parity is not None and g is not None:
            # An answer that never came is no parity: --strict must fail.
            if failed or "error" in g:
                ok = False
            elif plain is not None:
                ok = bool(parity(plain, g))
        self.rows.append({"feature": feature, "probe": label, "cells": cells, "parity": ok})
        self.raw.setdefault(feature, {})[label] = answers
        self.log(f"{feature:11} {label}: " + " | ".join(f"{v}: {cells[v]}" for v in self.variants))

    def warm_up(self):
        # The first request on a file pays for expanding and inferring all
        # of it: inlay hints over each whole file, so that the latency rows
        # time an edit, not the first look.
        for ds in self.docs.values():
            for d in ds:
                n = len(d.lines())
                self.ask(lambda: self.client.request("textDocument/inlayHint", {
                    "textDocument": {"uri": d.uri},
                    "range": {"start": pos(0, 0), "end": pos(n - 1, 0)}}, self.timeout * 5))

    def hovers(self):
        for label, marker, ty in HOVERS:
            answers = self.at_marker(marker, lambda d: probe_hover(d, marker, ty, self.timeout))
            self.add_row("hover", label, answers, lambda a, p: summarise_hover(a),
                         lambda p, g: p["key"] == g["key"])

    def definitions(self):
        for label, marker, target in DEFINITIONS:
            answers = self.at_marker(marker, lambda d: probe_definition(
                d, self.docs[d.variant], marker, target, self.timeout))
            self.add_row("definition", label, answers,
                         lambda a, p: summarise_definition(a, target),
                         lambda p, g: p["key"] == g["key"])

    def places(self, feature, probe):
        for label, marker in REFERENCES:
            answers = self.at_marker(marker, lambda d: probe(
                d, self.docs[d.variant], marker, self.timeout))
            self.add_row(feature, label, answers, summarise_places,
                         lambda p, g: p["key"] == g["key"])

    def inlays(self):
        for body in INLAY_BODIES:
            answers = {}
            for v in self.variants:
                d = self.doc_of_body(v, body)
                answers[v] = self.ask(lambda: probe_inlay(d, body, self.timeout)) if d else None
            self.add_row("inlay", f"{body}: type and parameter hints", answers,
                         summarise_inlay,
                         lambda p, g: p["key"] == g["key"] and not g["internals"])

    def listed_diagnostics(self, d, body):
        found = self.ask(lambda: get_diagnostics(d, self.pull, self.timeout))
        if isinstance(found, dict):
            return found
        listed = diagnostics_in(d, found, body)
        return {"diagnostics": listed, "key": sorted(listed),
                "internals": has_internals(" ".join(listed))}

    def diagnostics_after_load(self):
        for body in INLAY_BODIES + [BIG.name]:
            answers = {}
            for v in self.variants:
                d = self.doc_of_body(v, body)
                answers[v] = self.listed_diagnostics(d, body) if d else None
            self.add_row("diagnostics", f"{body}: after loading", answers, diagnostics_cell,
                         lambda p, g: p["key"] == g["key"])

    def expansions(self):
        for body in INLAY_BODIES + [BIG.name]:
            answers = {}
            for v in self.variants:
                d = self.doc_of_body(v, body)
                answers[v] = self.ask(lambda: probe_expansion(d, body, self.timeout)) if d else None
            self.add_row("expansion", f"{body}: lines (plain: the fn's source)", answers,
                         lambda a, p: f"{a['lines']}" + (f" ({a['lines'] / p['lines']:.0f}x)"
                                                          if p and a is not p and a["macro"]
                                                          else ""), None)

    def completions(self):
        for label, marker, receiver, expect in COMPLETIONS:
            answers, typing = {}, {}
            for v in self.variants:
                d = self.doc_with(v, marker)
                if d is None:
                    answers[v] = typing[v] = None
                    continue
                answers[v] = self.ask(lambda: probe_completion(d, marker, receiver, expect,
                                                               self.timeout))
                # The half-typed text is still in the editor: what does the
                # server report about it? Only the count is compared: the
                # syntax errors' places are the same text in every variant.
                body = body_at(d, d.markers()[marker][0])
                typing[v] = self.listed_diagnostics(d, body)
                if "diagnostics" in typing[v]:
                    typing[v]["key"] = len(typing[v]["diagnostics"])
                    # What the macro made of the half-typed body.
                    expansion = self.ask(lambda: probe_expansion(d, body, self.timeout))
                    typing[v]["expansion_head"] = expansion.get("text", "")[:300]
                    typing[v]["expansion_lines"] = expansion.get("lines")
                d.revert()
                self.client.wait_quiet(1.0, 20)
            self.add_row("completion", label, answers,
                         lambda a, p: f"{a['count']} items, offers {' '.join(a['offered']) or 'none'}"
                         + (f", shows {' '.join(a['internals'][:3])}" if a["internals"] else ""),
                         lambda p, g: g["offered"] == p["offered"] and not g["internals"])
            self.add_row("diagnostics", f"while typing `{receiver}.` ({label.split(':')[0]})",
                         typing, typing_cell, lambda p, g: p["key"] == g["key"])

    def latency(self):
        reps = self.args.reps
        measured = {}
        for v in self.variants:
            d = self.doc_with(v, "big_total")
            if d is None:
                continue
            hovers, completions = [], []
            for rep in range(reps):
                # A comment line at the top of the body: the fn's text
                # changes, nothing else does.
                span = d.fn_span(BIG.name)
                lines = d.lines()
                d.change("\n".join(lines[:span[1] + 1] + [f"    // edit {rep}"]
                                   + lines[span[1] + 1:]))
                at = d.markers()["big_total"]
                r = self.ask(lambda: self.client.request("textDocument/hover", {
                    "textDocument": {"uri": d.uri}, "position": pos(*at)}, self.timeout))
                hovers.append(r[1] if isinstance(r, tuple) else None)
                d.revert()
                self.client.wait_quiet(1.0, 30)
                # Typing `seen.` (and a comment, so each repetition is new
                # text) and asking for completions at once.
                c = self.ask(lambda: probe_completion(d, "complete_seen", "seen", ["push", "len"],
                                                      self.timeout, tag=f"// edit {rep}"))
                completions.append(c.get("secs"))
                d.revert()
                self.client.wait_quiet(1.0, 30)
            # The same edit, then a hover in a plain fn of another file: is
            # the cost the edited body's, or does the edit invalidate more?
            elsewhere = self.doc_with("plain", "count_after")
            others = []
            for rep in range(reps if elsewhere else 0):
                span = d.fn_span(BIG.name)
                lines = d.lines()
                d.change("\n".join(lines[:span[1] + 1] + [f"    // edit {rep}"]
                                   + lines[span[1] + 1:]))
                r = self.ask(lambda: self.client.request("textDocument/hover", {
                    "textDocument": {"uri": elsewhere.uri},
                    "position": pos(*elsewhere.markers()["count_after"])}, self.timeout))
                others.append(r[1] if isinstance(r, tuple) else None)
                d.revert()
                self.client.wait_quiet(1.0, 30)
            measured[v] = {"hover_s": hovers, "completion_s": completions,
                           "hover_elsewhere_s": others}
        self.raw["latency_samples"] = measured
        for what, key in (("hover", "hover_s"), ("completion", "completion_s"),
                          ("hover in a plain fn of another file", "hover_elsewhere_s")):
            answers = {}
            for v in self.variants:
                values = measured.get(v, {}).get(key)
                if values is None:
                    answers[v] = None
                elif all(x is None for x in values):
                    answers[v] = {"error": "timeout", "key": None}
                else:
                    answers[v] = {"ms": median_ms(values), "values": values}

            def summarise(a, p):
                if p is not None and a is not p and p["ms"]:
                    return f"{a['ms']} ms ({a['ms'] / p['ms']:.1f}x)"
                return f"{a['ms']} ms"

            # Parity: within twice the plain time, or 50 ms of it.
            self.add_row("latency", f"{what} right after an edit in the 300-line body "
                         f"(median of {reps})", answers, summarise,
                         lambda p, g: g["ms"] <= max(2 * p["ms"], p["ms"] + 50))


def span_map(args, path, log):
    """Which tokens of genfn's expansion rustc sees at each probe's location
    (the dump of `#[ablate(dump)]`): rust-analyzer maps a source token to
    every expansion token located there."""
    dump_dir = os.path.join(args.scratch, "span-map")
    shutil.rmtree(dump_dir, ignore_errors=True)
    os.utime(path)  # so that cargo expands the module again
    r = run_cargo(["check", "--quiet"], args.scratch, {"GENFN_ABLATE_DUMP": dump_dir})
    if r.returncode != 0:
        log("span map: cargo check failed:\n" + r.stderr[-2000:])
        return {}
    tokens = []
    for name in sorted(os.listdir(dump_dir)) if os.path.isdir(dump_dir) else []:
        with open(os.path.join(dump_dir, name)) as f:
            for row in f.read().splitlines():
                part, line, col, text, source = (row.split("\t") + [""] * 5)[:5]
                tokens.append((part, int(line), int(col), text, source))
    with open(path) as f:
        text = f.read()
    out = {}
    for marker, (line, col) in sorted(find_markers(text).items(), key=lambda m: m[1]):
        if col is None:
            continue
        # proc_macro's lines and columns are 1-based.
        here = [t for t in tokens if t[1] == line + 1 and t[2] == col + 1]
        counts = {}
        for part, _, _, tok, _ in here:
            counts.setdefault(part, {}).setdefault(tok, 0)
            counts[part][tok] += 1
        out[marker] = counts
    return out


def print_span_map(spans):
    print("\nExpansion tokens located at each probe (rustc's spans, from #[ablate(dump)]):\n")
    print("| marker | shadow | machine | prelude/signature |")
    print("|---|---|---|---|")
    for marker, parts in spans.items():
        def cell(*names):
            merged = {}
            for n in names:
                for tok, k in parts.get(n, {}).items():
                    merged[tok] = merged.get(tok, 0) + k
            return ", ".join(f"`{t}`" + (f" x{k}" if k > 1 else "") for t, k in merged.items()) or "-"
        print(f"| @{marker} | {cell('shadow')} | {cell('machine')} | {cell('prelude', 'signature')} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--genfn", default=REPO, help="genfn checkout (default: this one)")
    parser.add_argument("--scratch", default="/tmp/genfn-ide-parity")
    parser.add_argument("--rust-analyzer", default="rust-analyzer")
    parser.add_argument("--no-stream", dest="stream", action="store_false",
                        help="leave out the async-stream column")
    parser.add_argument("--ablate", action="append", default=[], metavar="MODES",
                        help="one more column: the generators with #[ablate(MODES)] under "
                        "#[generator] (tests/ide/ablate; e.g. shadow, machine, kept,yielded)")
    parser.add_argument("--span-map", action="store_true",
                        help="also print which expansion tokens rustc locates at each probe")
    parser.add_argument("--extra", action="append", default=[], metavar="NAME=FILE[,FILE]",
                        help="one more column: hand-written files with the same markers")
    parser.add_argument("--features", default=",".join(ALL_FEATURES),
                        help="comma-separated subset of " + ",".join(ALL_FEATURES))
    parser.add_argument("--reps", type=int, default=5, help="repetitions of each latency probe")
    parser.add_argument("--timeout", type=float, default=60, help="per request, seconds")
    parser.add_argument("--index-timeout", type=float, default=900)
    parser.add_argument("--no-check", dest="check", action="store_false",
                        help="skip the `cargo check` of the scratch crate before starting")
    parser.add_argument("--json", metavar="OUT", help="write the raw results here")
    parser.add_argument("--strict", action="store_true",
                        help="exit non-zero when a row lacks parity")
    args = parser.parse_args()
    features = args.features.split(",")
    t_start = time.monotonic()

    def log(msg):
        print(f"[{time.monotonic() - t_start:6.1f}s] {msg}", file=sys.stderr, flush=True)

    paths = setup_scratch(args)
    span_map_path = paths.pop("span_map", None)
    log(f"scratch workspace in {args.scratch}")
    timings = {}
    if args.check:
        # Also builds the proc macros into the target dir rust-analyzer uses.
        t = time.monotonic()
        r = run_cargo(["check", "--all-targets", "--message-format=short"], args.scratch)
        timings["cargo_check_s"] = round(time.monotonic() - t, 1)
        errors = sorted({m.group(1) for m in re.finditer(r"^src/(\w+)\.rs:\d+:\d+: error",
                                                         r.stderr, flags=re.M)})
        # An ablation may not type-check (drop_machine): only its column is
        # then in doubt. An error elsewhere makes every row meaningless.
        if r.returncode != 0 and (not errors or any(
                not e.startswith(("as_ablate", "big_ablate", "extra_")) for e in errors)):
            print(r.stderr[-4000:], file=sys.stderr)
            log("the scratch crate does not compile: the probes would be meaningless")
            return 2
        if errors:
            log(f"compile errors in {', '.join(errors)} (an ablation): its column is approximate")
        log(f"cargo check done in {timings['cargo_check_s']} s")
    spans = span_map(args, span_map_path, log) if span_map_path else {}

    try:
        version = subprocess.run([args.rust_analyzer, "--version"], capture_output=True,
                                 text=True).stdout.strip()
        client, server_caps, _ = start_server(args)
    except (OSError, RequestTimeout, RequestError) as e:
        log(f"could not start {args.rust_analyzer}: {e}")
        return 2
    pull = bool(server_caps.get("diagnosticProvider"))
    try:
        docs = {v: [Doc(client, p, v, m) for m, p in mods.items()]
                for v, mods in paths.items()}
        for ds in docs.values():
            for d in ds:
                d.open()
        t = time.monotonic()
        indexed = wait_indexed(client, args.index_timeout)
        timings["index_s"] = round(time.monotonic() - t, 1)
        log(f"indexed in {timings['index_s']} s" if indexed is not None
            else "timed out waiting for the server to be quiescent; probing anyway")
        if client.status and client.status.get("health") != "ok":
            log(f"server health: {client.status}")
        session = Session(args, client, docs, pull, log)
        session.warm_up()
        log("warmed up")
        steps = [("hover", session.hovers), ("definition", session.definitions),
                 ("references", lambda: session.places("references", probe_references)),
                 ("rename", lambda: session.places("rename", probe_rename)),
                 ("inlay", session.inlays), ("diagnostics", session.diagnostics_after_load),
                 ("expansion", session.expansions),
                 ("completion", session.completions), ("latency", session.latency)]
        for feature, step in steps:
            if feature in features:
                step()
    finally:
        client.shutdown()

    timings["total_s"] = round(time.monotonic() - t_start, 1)
    print_table(session.rows, session.variants, version, timings, pull)
    if spans:
        print_span_map(spans)
    if client.messages:
        print("\nServer error messages:", *client.messages[:5], sep="\n  ")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rust_analyzer": version, "genfn": os.path.abspath(args.genfn),
                       "timings": timings, "pull_diagnostics": pull,
                       "server_status": client.status, "rows": session.rows,
                       "span_map": spans, "raw": session.raw}, f, indent=1, default=str)
    if args.strict and any(r["parity"] is False for r in session.rows):
        return 1
    return 0


def print_table(rows, variants, version, timings, pull):
    print(f"\n{version}; cargo check {timings.get('cargo_check_s', '-')} s, indexing "
          f"{timings.get('index_s')} s, total {timings.get('total_s')} s "
          f"({'pulled' if pull else 'pushed'} diagnostics)\n")
    head = ["feature", "probe"] + variants + ["parity"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        parity = {True: "yes", False: "**no**", None: "-"}[r["parity"]]
        cells = [r["feature"], r["probe"]] + [r["cells"][v].replace("|", "\\|") for v in variants]
        print("| " + " | ".join(cells + [parity]) + " |")
    total = sum(1 for r in rows if r["parity"] is not None)
    ok = sum(1 for r in rows if r["parity"])
    print(f"\nparity: {ok} of {total} rows")


if __name__ == "__main__":
    sys.exit(main())
