#!/usr/bin/env python3
"""Differential test generator for genfn.

Emits one Rust test file holding N random generator bodies. Every body is
compiled twice:

  * `g_K`: `#[genfn::generator(yield = i64)] fn g_K(input: &[i64], log: &Log)
    -> Result<i64, String>` using `yield_!(e)`;
  * `p_K`: the same body as a plain function `fn p_K(input: &[i64], log: &Log,
    out: &mut Out) -> Result<i64, String>` in which every `yield_!(e)` is
    `{ out.push(e); }`.

The test runs both on a few inputs and asserts that they agree on the event
log: the yielded items, the guard creations, and the drops of the guards
that the body never mentions after creating them (`let _gN = D::new(N, log)`;
genfn keeps those to the end of their scope, like Rust). Guards that the body
mentions again (`gN.0`, id >= 1000) may be dropped early by genfn (see the
guide's drops), so only their "dropped exactly once" is checked. It also compares
return values, and stops both versions after k items (the plain function by
unwinding out of `Out::push`, the generator by being dropped) to compare the
drops of a suspended generator with Rust's unwinding order.

Bodies are random but valid, terminating Rust: bounded loops, `if`/`else`,
`if let` (and let chains), `match` on ints/Options/tuples with guards and
bindings, `let` with tuple/array patterns, deferred initialisation,
shadowing, `let ... else`, labelled `break`/`continue` across nested loops,
`loop` with `break value`, labelled blocks with `break 'b value` (some
jumps written as calls of `macro_rules!` the file defines: `skip!()`,
`stop!('l, v)`, `or_skip!(o)`...), early
`return`, `?`, yields as statements and inside expressions (as blocks
`{ yield_!(a); b }` in operand positions), Strings/Vecs moved and re-assigned
across yields, wrapping arithmetic. Every body K is generated from its own
RNG seeded with (seed, K), so body K is the same whatever --count/--first.

Usage (the checked-in file, tests/differential.rs, is seed 1, 300 bodies):

    python3 tests/differential/gen_bodies.py --seed 1 --count 300 \\
        --out tests/differential.rs && rustfmt --edition 2024 tests/differential.rs

The 10,000-body run (see tests/differential/README.md), generated into a
scratch cargo project under target/differential/ and run there:

    python3 tests/differential/run_many.py --seed 7 --count 10000

or by hand:

    python3 tests/differential/gen_bodies.py --seed 7 --count 10000 \\
        --out target/differential/big.rs

Options: --borrows also emits borrows of the generator's own locals held
across a yield (`for x in &v { yield_!(*x) }`, the guide's borrows), `ref`
bindings held across a yield, and `let … else` blocks naming the local the
pattern shadows; --temps also emits guard temporaries inside expressions that
suspend (their drop point is reported, not compared) and temporaries that a
borrow keeps across yields (`for` over a borrowed temporary, `ref` bindings of
a guard temporary; their drop point is compared); --stats prints how often
each construct was emitted. The newer shapes, off by default here and on in
run_many.py (README.md, *Newer shapes*): --attrs (#[cfg]/#[cfg_attr]/lint
attributes, disabled statements), --loop-macros (macros putting a block with
break/continue in a loop of their own), --place-temps (scrutinees taking a
place from a temporary), --raw-ptrs (raw pointers to locals read after
yields), --kept-closures (closures that borrow locals or use them by value,
called across yields), --hidden-assigns (a `let x;` first assigned in a
macro's tokens, a labelled block, an argument, or before a `break` out of
a suspending loop); --shapes turns all six on. --awaits (off by default, also in
run_many.py) makes both versions `async fn`s with the same `pend(v).await`s
(README.md, *Async generators*).
"""

import argparse
import collections
import random
import re
import sys

Y_OPEN = "\x01"  # yield_!(
Y_CLOSE = "\x02"  # )
A_OPEN = "\x03"  # pend(   (--awaits)
A_CLOSE = "\x04"  # ).await

INPUTS = [
    [],
    [3],
    [1, 2, 3, 4],
    [7, -5, 12, 0, 9, 33],
    [100, 20, 5, 8, 13, 21, 34, 55],
    [-1, -2, -3],
]

MAX_MULT = 48  # cap on the product of loop bounds along any path


class Var:
    __slots__ = ("name", "kind", "mut", "alive", "ldepth", "ro", "frozen")

    def __init__(self, name, kind, mut, ldepth, ro=False):
        self.name = name
        self.kind = kind  # int | str | vec | opt | guard
        self.mut = mut
        self.alive = True
        self.ldepth = ldepth
        self.ro = ro  # loop counters: read only
        self.frozen = 0  # >0 while borrowed by an enclosing `for` (--borrows)


class Brk:
    __slots__ = ("label", "kind", "value")

    def __init__(self, label, kind, value):
        self.label = label
        self.kind = kind  # loop | while | for | block
        self.value = value  # a `break` to it needs an i64 value


class Body:
    def __init__(self, rng, idx, opts, stats):
        self.r = rng
        self.idx = idx
        self.opts = opts
        self.stats = stats
        self.scopes = [{}]
        self.brk = []
        self.ldepth = 0
        self.mult = 1
        self.budget = rng.randint(10, 34)
        self.depth = 0
        self.no_jump = 0  # >0: no break/continue (moved-out String, conditions)
        self.counter = 0
        self.guard_ids = 0
        # Whether a jump is written as a call of a macro (`skip!()`,
        # `stop!('l)`, `or_skip!(o)`, defined in the file's header), which
        # the generator cannot see into: its own RNG, so that the body's
        # structure (and body K of a seed) is the same with or without it.
        self.mr = random.Random(f"genfn-differential-macros:{getattr(opts, 'seed', 0)}:{idx}")
        self.macros = not getattr(opts, "no_macros", False)
        # The new shapes (see main()): attributes come from an RNG of their
        # own too, so that body K has the same structure with or without
        # --attrs (they decorate statements, tails and arms, and add
        # disabled statements that only need to parse).
        self.ar = random.Random(f"genfn-differential-attrs:{getattr(opts, 'seed', 0)}:{idx}")
        self.attrs = getattr(opts, "attrs", False)
        self.loop_macros = getattr(opts, "loop_macros", False) and self.macros
        self.place_temps = getattr(opts, "place_temps", False)
        self.raw_ptrs = getattr(opts, "raw_ptrs", False)
        self.kept_closures = getattr(opts, "kept_closures", False)
        self.hidden_assigns = getattr(opts, "hidden_assigns", False)
        # --awaits: `.await`s (of `pend(v)`, pending once) placed by an RNG
        # of their own, so that body K has the same structure with and
        # without them (the generator and its twin are then `async fn`s).
        self.wr = random.Random(f"genfn-differential-awaits:{getattr(opts, 'seed', 0)}:{idx}")
        self.awaits = getattr(opts, "awaits", False)

    # ----------------------------------------------------------------- names
    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def note(self, what):
        self.stats[what] += 1

    def chance(self, p):
        return self.r.random() < p

    # ---------------------------------------------------------------- scopes
    def declare(self, name, kind, mut, ro=False):
        v = Var(name, kind, mut, self.ldepth, ro)
        self.scopes[-1][name] = v
        return v

    def visible(self):
        seen = {}
        for depth, scope in enumerate(reversed(self.scopes)):
            for name, v in scope.items():
                if name not in seen:
                    seen[name] = (v, depth)
        return seen.values()

    def pick_var(self, kind, mutable=False, movable=False):
        cands = []
        for v, depth in self.visible():
            if v.kind != kind or not v.alive:
                continue
            if mutable and (not v.mut or v.ro or v.frozen):
                continue
            if movable and (v.ldepth != self.ldepth or v.frozen):
                continue
            cands.append((v, depth))
        if not cands:
            return None
        # Prefer the innermost bindings (match bindings, loop variables).
        weights = [1.0 / (1 + d) + 0.2 for _, d in cands]
        return self.r.choices([v for v, _ in cands], weights)[0]

    def push_scope(self):
        self.scopes.append({})

    def pop_scope(self):
        self.scopes.pop()

    # ----------------------------------------------------------- expressions
    def lit(self):
        return f"{self.r.choice([0, 1, 2, 3, 4, 5, 7, 10, 13, -1, -4, 100])}i64"

    def recv(self, e):
        """`e` as a method receiver."""
        if e.replace("_", "").isalnum():
            return e  # a name or a positive literal
        if e.endswith(")") and e[0].isalpha() and " " not in e.split("(")[0]:
            return e  # a call or a method chain
        return f"({e})"

    def aw(self, e, what, p=0.12):
        """`e`, or (--awaits, sometimes) `pend(e).await`."""
        if self.awaits and self.wr.random() < p:
            self.note(f"--awaits: .await on {what}")
            return f"{A_OPEN}{e}{A_CLOSE}"
        return e

    def int_expr(self, d=0, y=False, q=True):
        return self.aw(self._int_expr(d, y, q), "an i64 operand")

    def bool_expr(self, d=0, y=False, q=True):
        return self.aw(self._bool_expr(d, y, q), "a condition or bool operand")

    def opt_expr(self, d=0, y=False, q=True):
        return self.aw(self._opt_expr(d, y, q), "an Option operand")

    def await_stmt(self):
        """(--awaits) A statement that only awaits: `pend(x).await;`,
        `let _ = pend(x).await;`, `pend(()).await;`."""
        w = self.wr
        ints = [v.name for v, _ in self.visible() if v.kind == "int" and v.alive]
        e = w.choice(ints) if ints and w.random() < 0.6 else w.choice(["()", "0_i64", "7_i64"])
        self.note("--awaits: .await statement")
        if w.random() < 0.3:
            return f"let _ = {A_OPEN}{e}{A_CLOSE};"
        return f"{A_OPEN}{e}{A_CLOSE};"

    def _int_expr(self, d=0, y=False, q=True):
        """An i64 expression. y: may contain yields, q: may contain `?`."""
        r = self.r
        if d >= 3:
            choice = r.choice(["lit", "var", "var", "len"])
        else:
            choice = r.choices(
                [
                    "lit", "var", "len", "get", "h", "h2", "add", "sub", "mul",
                    "xor", "rem", "if", "check", "str", "vec", "opt", "guard",
                    "yblock", "fold", "cast",
                ],
                [
                    4, 9, 1, 2, 2, 1, 2, 1, 1,
                    1, 2, 1, 1.2 if q else 0, 1, 1, 1, 1,
                    (3.5 if y else 0), 0.5, 0.4,
                ],
            )[0]
        if choice == "var":
            v = self.pick_var("int")
            if v is None:
                return self.lit()
            return v.name
        if choice == "lit":
            return self.lit()
        if choice == "len":
            return "(input.len() as i64)"
        if choice == "get":
            self.note("expr: input.get")
            return f"input.get({r.randint(0, 6)}).copied().unwrap_or({self.lit()})"
        if choice == "h":
            return f"h({self.int_expr(d + 1, y, q)})"
        if choice == "h2":
            self.note("expr: two-argument call")
            return f"h2({self.int_expr(d + 1, y, q)}, {self.int_expr(d + 1, y, q)})"
        if choice in ("add", "sub", "mul"):
            a = self.int_expr(d + 1, y, q)
            b = self.int_expr(d + 1, y, q)
            return f"{self.recv(a)}.wrapping_{choice}({b})"
        if choice == "xor":
            a = self.int_expr(d + 1, y, q)
            b = self.int_expr(d + 1, y, q)
            return f"({a} ^ {b})"
        if choice == "rem":
            a = self.int_expr(d + 1, y, q)
            return f"{self.recv(a)}.rem_euclid({r.randint(2, 7)})"
        if choice == "if":
            self.note("expr: if-else value")
            c = self.bool_expr(d + 1, y, q)
            return f"(if {c} {{ {self.int_expr(d + 1, y, q)} }} else {{ {self.int_expr(d + 1, y, q)} }})"
        if choice == "check":
            self.note("expr: `?` on check()")
            return f"check({self.int_expr(d + 1, y, q)})?"
        if choice == "cast":
            return f"({self.int_expr(d + 1, y, q)} as i32 as i64)"
        if choice == "str":
            v = self.pick_var("str")
            if v is None:
                return self.lit()
            self.note("expr: String read")
            return f"({v.name}.len() as i64)"
        if choice == "vec":
            v = self.pick_var("vec")
            if v is None:
                return self.lit()
            self.note("expr: Vec read")
            if r.random() < 0.5:
                return f"({v.name}.len() as i64)"
            return f"{v.name}.first().copied().unwrap_or({self.lit()})"
        if choice == "fold":
            v = self.pick_var("vec")
            if v is None:
                return self.lit()
            self.note("expr: closure (fold) over a Vec")
            return f"{v.name}.iter().fold(0_i64, |acc, &z| acc.wrapping_add(z))"
        if choice == "opt":
            v = self.pick_var("opt")
            if v is None:
                return self.unwrap(self.opt_expr(d + 1, y, q), self.lit())
            return self.unwrap(v.name, self.lit())
        if choice == "guard":
            v = self.pick_var("guard")
            if v is None:
                return self.lit()
            self.note("guard mentioned (gN.0)")
            return f"{v.name}.0"
        if choice == "yblock":
            return self.yield_block(d)
        raise AssertionError(choice)

    def unwrap(self, opt, default):
        """The value of an Option expression: `.unwrap_or(default)`, or
        `or_skip!(opt)` / `or_stop!(opt)` (the next iteration / the end of
        the innermost loop when it is `None`)."""
        if self.macros and self.unlabelled_jump_ok() and Y_OPEN not in opt and self.mr.random() < 0.3:
            if self.brk[-1].value or self.mr.random() < 0.6:
                self.note("macro: or_skip!(..) (continue inside an expression)")
                return f"or_skip!({opt})"
            self.note("macro: or_stop!(..) (break inside an expression)")
            return f"or_stop!({opt})"
        return f"{opt}.unwrap_or({default})"

    def unlabelled_jump_ok(self):
        """Whether an unlabelled `break`/`continue` may be written here: in
        a loop, not inside a labelled block nested in it (E0695), where
        jumps are allowed."""
        return bool(self.brk) and self.brk[-1].kind != "block" and not self.no_jump

    def macro_jump(self, j):
        """`j` (a `break`/`continue`) as a call of a macro of the file,
        sometimes."""
        if not self.macros or Y_OPEN in j or self.mr.random() >= 0.4:
            return j
        words = j.split(" ", 2)
        kw, rest = words[0], words[1:]
        label = rest[0] if rest and rest[0].startswith("'") else None
        value = " ".join(rest[1:] if label else rest)
        if kw == "continue":
            self.note("macro: skip!('l) (labelled continue)" if label else "macro: skip!() (continue)")
            return f"skip!({label or ''})"
        if label and value:
            self.note("macro: stop!('l, v) (labelled break with value)")
            return f"stop!({label}, {value})"
        if value:
            self.note("macro: stop_with!(v) (break with value)")
            return f"stop_with!({value})"
        self.note("macro: stop!('l) (labelled break)" if label else "macro: stop!() (break)")
        return f"stop!({label or ''})"

    def yield_block(self, d):
        """`{ ...; yield_!(a); ...; b }` in an operand position."""
        self.note("yield inside an expression")
        self.push_scope()
        parts = []
        if self.chance(0.3) and self.budget > 0:
            self.budget -= 1
            self.depth += 1
            s, _ = self.stmt(small=True)
            self.depth -= 1
            parts.append(s)
        parts.append(f"{Y_OPEN}{self.int_expr(d + 1)}{Y_CLOSE};")
        if self.chance(0.35):
            v = self.pick_var("int", mutable=True)
            if v is not None:
                self.note("side effect inside an expression with a yield")
                parts.append(f"{v.name} = {self.int_expr(d + 1)};")
        tail = self.int_expr(d + 1)
        self.pop_scope()
        return "{ " + " ".join(parts) + f" {tail} }}"

    def _opt_expr(self, d=0, y=False, q=True):
        r = self.r
        c = r.choice(["get", "get", "first", "last", "some", "none", "var", "ok", "find", "vecget"])
        if c == "get":
            return f"input.get({r.randint(0, 6)}).copied()"
        if c == "first":
            return "input.first().copied()"
        if c == "last":
            return "input.last().copied()"
        if c == "some":
            return f"Some({self.int_expr(d + 1, y, q)})"
        if c == "none":
            return "None::<i64>"
        if c == "ok":
            return f"check({self.int_expr(d + 1, y, q)}).ok()"
        if c == "find":
            return f"input.iter().copied().find(|&z| z > {self.lit()})"
        if c == "vecget":
            v = self.pick_var("vec")
            if v is not None:
                return f"{v.name}.get({r.randint(0, 3)}).copied()"
            return "input.get(1).copied()"
        v = self.pick_var("opt")
        if v is None:
            return "input.get(2).copied()"
        return v.name

    def opnd(self, e):
        """`e` as an operand of a comparison."""
        return f"({e})" if e.startswith("{") else e

    def _bool_expr(self, d=0, y=False, q=True):
        r = self.r
        c = r.choices(
            ["lt", "eq", "ne", "even", "and", "or", "not", "some", "empty", "contains", "yblock"],
            [5, 2, 1, 3, 1, 1, 0.5, 1, 1, 0.5, 1.5 if y else 0],
        )[0]
        if d >= 3 and c in ("and", "or", "not"):
            c = "lt"
        if c == "lt":
            return f"{self.opnd(self.int_expr(d + 1, y, q))} < {self.opnd(self.int_expr(d + 1, y, q))}"
        if c == "eq":
            return f"{self.opnd(self.int_expr(d + 1, y, q))} == {self.opnd(self.int_expr(d + 1, y, q))}"
        if c == "ne":
            return f"{self.opnd(self.int_expr(d + 1, y, q))} != {self.opnd(self.int_expr(d + 1, y, q))}"
        if c == "even":
            return f"{self.recv(self.int_expr(d + 1, y, q))}.rem_euclid({r.randint(2, 3)}) == 0"
        if c == "and":
            self.note("expr: && / ||")
            return f"({self.bool_expr(d + 1, y, q)} && {self.bool_expr(d + 1, y, q)})"
        if c == "or":
            self.note("expr: && / ||")
            return f"({self.bool_expr(d + 1, y, q)} || {self.bool_expr(d + 1, y, q)})"
        if c == "not":
            return f"!({self.bool_expr(d + 1, y, q)})"
        if c == "some":
            return f"{self.opt_expr(d + 1, y, q)}.is_some()"
        if c == "empty":
            v = self.pick_var("str")
            if v is None:
                return "input.is_empty()"
            return f"{v.name}.is_empty()"
        if c == "contains":
            v = self.pick_var("vec")
            if v is None:
                return "input.contains(&3)"
            v.frozen += 1  # borrowed while the argument is evaluated
            e = self.int_expr(d + 1, y, q)
            v.frozen -= 1
            return f"{v.name}.contains(&{e})"
        if c == "yblock":
            self.note("yield inside a condition")
            self.no_jump += 1
            self.push_scope()
            e = f"{{ {Y_OPEN}{self.int_expr(d + 1)}{Y_CLOSE}; {self.int_expr(d + 1)} < {self.int_expr(d + 1)} }}"
            self.pop_scope()
            self.no_jump -= 1
            return e
        raise AssertionError(c)

    def cond(self):
        """A condition of an `if`/`while`: may suspend."""
        self.no_jump += 1
        c = self.bool_expr(0, y=True)
        self.no_jump -= 1
        return c

    # ------------------------------------------------------------ statements
    def block(self, n=None, value=False, setup=None, finish=None):
        """`{ stmts [tail] }`; returns (text, diverges). setup() may declare
        bindings (pattern bindings) in the new scope first; finish() returns
        a last statement, generated in the block's scope."""
        self.push_scope()
        self.depth += 1
        prefix = setup() if setup else ""
        stmts = []
        diverged = False
        if n is None:
            n = self.r.randint(1, 4) if self.depth < 5 else self.r.randint(0, 1)
        for _ in range(n):
            if self.budget <= 0:
                break
            self.budget -= 1
            s, div = self.stmt()
            stmts.append(s)
            if div:
                diverged = True
                break
        if finish and not diverged:
            stmts.append(finish())
        if value and not diverged:
            stmts.append(self.attr_tail(self.int_expr(0, y=True)))
        self.depth -= 1
        self.pop_scope()
        return "{ " + prefix + " ".join(stmts) + " }", diverged

    def stmt(self, small=False):
        r = self.r
        deep = self.depth >= 5 or small
        in_loop = any(b.kind != "block" for b in self.brk)
        kinds = {
            "yield": 8,
            "let": 5,
            "assign": 4,
            "shadow": 2,
            "tuple_let": 1.5,
            "guard_quiet": 2.5,
            "guard_named": 1,
            "drop_guard": 1,
            "try": 1.5,
            "return_if": 1.2,
            "string": 4,
            "vec": 4,
            "option": 1,
            "let_expr_yield": 2,
            "macro": 0.7,
            "deferred": 0 if deep else 1,
            "if": 0 if deep else 4,
            "if_let": 0 if deep else 2,
            "match_int": 0 if deep else 2,
            "match_opt": 0 if deep else 1.5,
            "match_tuple": 0 if deep else 1,
            "for": 0 if deep else 2.5,
            "while": 0 if deep else 1.5,
            "loop": 0 if deep else 1.5,
            "loop_value": 0 if deep else 1,
            "while_let": 0 if deep else 0.7,
            "labelled_block": 0 if deep else 1,
            "block": 0 if deep else 0.7,
            "let_else": 1,
            "jump": 8 if (self.brk and not self.no_jump) else 0,
            "yield_arms": 0 if deep else 1,
            "borrow_for": (0 if deep else 1.5) if self.opts.borrows else 0,
            "kept_use": 1.2 if self.opts.borrows else 0,
            "temp_guard": 0.7 if self.opts.temps else 0,
            # Appended last, so that the other choices (and the bodies made
            # without these options) stay the same.
            "let_else_shadow": 1 if self.opts.borrows else 0,
            "ref_binding": (0 if deep else 1.2) if self.opts.borrows else 0,
            "ref_temp": (0 if deep else 0.8) if self.opts.temps else 0,
            "temp_for": (0 if deep else 1) if self.opts.temps else 0,
            # The new shapes, off by default (so that the checked-in files
            # stay what their commands generate).
            "loop_macro": 1 if self.loop_macros else 0,
            "place_temp": (0 if deep else 1.2) if self.place_temps else 0,
            "raw_ptr": (0.4 if deep else 1) if self.raw_ptrs else 0,
            "kept_closure": (0.4 if deep else 1) if self.kept_closures else 0,
            "deferred_hidden": (0 if deep else 1) if self.hidden_assigns else 0,
        }
        if self.mult * 2 > MAX_MULT:
            for k in ("for", "while", "loop", "loop_value", "while_let", "borrow_for", "temp_for"):
                kinds[k] = 0
        kind = r.choices(list(kinds), list(kinds.values()))[0]
        # (Before the statement, which may declare the names it would use.)
        pre = self.await_stmt() + " " if self.awaits and self.wr.random() < 0.08 else ""
        s, div = getattr(self, "s_" + kind)()
        if self.attrs:
            s = self.decorate(s)
        return pre + s, div

    def s_yield(self):
        self.note("yield statement")
        return f"{Y_OPEN}{self.int_expr(0, y=False)}{Y_CLOSE};", False

    def s_let(self):
        self.note("let")
        mut = self.chance(0.6)
        e = self.int_expr(0, y=True)
        name = self.fresh("x")
        self.declare(name, "int", mut)
        return f"let {'mut ' if mut else ''}{name} = {e};", False

    def s_let_expr_yield(self):
        self.note("let with a yield in its initialiser")
        e = self.yield_block(1)
        wrap = self.r.choice(["h2(E, X)", "h2(X, E)", "A.wrapping_add(E)", "(X, E).1", "[X, E][1]", "E"])
        other = self.int_expr(1, y=self.chance(0.3))
        if wrap == "A.wrapping_add(E)":
            text = f"{self.recv(other)}.wrapping_add({e})"
        else:
            text = wrap.replace("E", e).replace("X", other)
        name = self.fresh("x")
        mut = self.chance(0.5)
        self.declare(name, "int", mut)
        return f"let {'mut ' if mut else ''}{name} = {text};", False

    def s_assign(self):
        v = self.pick_var("int", mutable=True)
        if v is None:
            return self.s_let()
        self.note("assignment")
        e = self.int_expr(0, y=True)
        op = self.r.choice(["=", "=", "^=", "|=", "wrap"])
        if op == "wrap":
            return f"{v.name} = {v.name}.wrapping_add({e});", False
        if op != "=":
            self.note("compound assignment")
        return f"{v.name} {op} {e};", False

    def s_shadow(self):
        v = self.pick_var("int")
        if v is None or v.ro:
            return self.s_let()
        self.note("shadowing")
        e = self.int_expr(1, y=True)
        mut = self.chance(0.4)
        self.declare(v.name, "int", mut)
        return f"let {'mut ' if mut else ''}{v.name} = {v.name}.wrapping_mul(2).wrapping_add({e});", False

    def s_tuple_let(self):
        self.note("let with a tuple/array pattern")
        a, b = self.fresh("x"), self.fresh("x")
        ma, mb = self.chance(0.5), self.chance(0.5)
        pa = f"{'mut ' if ma else ''}{a}"
        pb = f"{'mut ' if mb else ''}{b}"
        e1, e2 = self.int_expr(0, y=True), self.int_expr(0, y=True)
        form = self.r.choice(["tuple", "nested", "array", "ignore"])
        if form == "tuple":
            text = f"let ({pa}, {pb}) = ({e1}, {e2});"
        elif form == "nested":
            e3 = self.int_expr(1, y=True)
            text = f"let ({pa}, (_, {pb})) = ({e1}, ({e3}, {e2}));"
        elif form == "array":
            text = f"let [{pa}, {pb}] = [{e1}, {e2}];"
        else:
            text = f"let ({pa}, _, {pb}) = ({e1}, {self.lit()}, {e2});"
        self.declare(a, "int", ma)
        self.declare(b, "int", mb)
        return text, False

    def s_guard_quiet(self):
        self.guard_ids += 1
        gid = self.guard_ids
        if self.chance(0.15):
            self.note("guard `let _ =` (dropped at once)")
            return f"let _ = D::new({gid}, log);", False
        self.note("guard never mentioned (kept to scope end)")
        name = self.fresh("_g")
        return f"let {name} = D::new({gid}, log);", False

    def s_guard_named(self):
        self.guard_ids += 1
        self.note("guard mentioned later (may drop early)")
        name = self.fresh("g")
        self.declare(name, "guard", False)
        return f"let {name} = D::new({1000 + self.guard_ids}, log);", False

    def s_drop_guard(self):
        v = self.pick_var("guard", movable=True)
        if v is None:
            return self.s_guard_named()
        self.note("drop(guard)")
        v.alive = False
        return f"drop({v.name});", False

    def s_temp_guard(self):
        self.guard_ids += 1
        self.note("guard temporary in a suspending expression (--temps)")
        name = self.fresh("x")
        gid = 2000 + self.guard_ids
        form = self.r.choice(["let", "match"])
        if form == "let":
            text = f"let {name} = D::new({gid}, log).0.wrapping_add({self.yield_block(1)});"
            self.declare(name, "int", False)
            return text, False
        arm, _ = self.block()
        return f"match D::new({gid}, log).0 {{ {gid} => {arm}, _ => {{}} }}", False

    def s_try(self):
        self.note("`?` statement")
        e = self.int_expr(0, y=True)
        v = self.pick_var("int", mutable=True)
        c = self.r.choice(["let", "assign", "stmt"])
        if c == "assign" and v is not None:
            return f"{v.name} = check({e})?;", False
        if c == "stmt":
            return f"check({e})?;", False
        name = self.fresh("x")
        self.declare(name, "int", False)
        return f"let {name} = check({e})?;", False

    def ret_value(self, y):
        if self.chance(0.7):
            return f"Ok({self.int_expr(0, y=y)})"
        self.note("return Err")
        return f'Err(format!("early {{}}", {self.int_expr(1, y=False)}))'

    def s_return_if(self):
        self.note("early return")
        c = self.cond()
        return f"if {c} {{ return {self.ret_value(True)}; }}", False

    def s_string(self):
        r = self.r
        v = self.pick_var("str", mutable=True)
        if v is None or self.chance(0.2):
            self.note("String let")
            name = self.fresh("s")
            init = r.choice(
                ['String::from("ab")', "String::new()", f'format!("{{}}", {self.int_expr(1, y=False)})',
                 f"{self.recv(self.int_expr(1, y=True))}.to_string()"]
            )
            self.declare(name, "str", True)
            return f"let mut {name} = {init};", False
        c = r.choice(["push", "format", "move", "move", "move", "clear", "movecall", "movecall"])
        if c == "push":
            return f'{v.name}.push_str("{r.choice(["x", "yz", ""])}");', False
        if c == "clear":
            return f"{v.name}.truncate(1);", False
        if c == "format":
            self.note("format! with an implicit capture")
            return f'{v.name} = format!("{{{v.name}}}{{}}", {self.int_expr(1, y=False)});', False
        if c == "movecall":
            self.note("String moved into a call and re-assigned")
            self.no_jump += 1
            v.alive = False
            e = self.int_expr(1, y=True)
            v.alive = True
            self.no_jump -= 1
            return f"{v.name} = take_string({v.name}, {e});", False
        return self.move_reassign(v, "t", "({}.len() as i64)", lambda t: f'{t} + "m"')

    def move_reassign(self, v, prefix, use, restore):
        """`let t = v; <yields>; v = f(t);`: a moved local re-assigned."""
        self.note(f"{v.kind} moved and re-assigned across a yield")
        t = self.fresh(prefix)
        parts = [f"let {t} = {v.name};"]
        v.alive = False
        self.no_jump += 1
        self.push_scope()
        for _ in range(self.r.randint(1, 3)):
            c = self.r.choice(["yield", "yield", "let", "try", "ret"])
            if c == "yield":
                parts.append(f"{Y_OPEN}{use.format(t)}{Y_CLOSE};")
            elif c == "ret":
                parts.append(self.s_return_if()[0])
            elif c == "try":
                parts.append(self.s_try()[0])
            else:
                parts.append(self.s_let()[0])
        self.pop_scope()
        self.no_jump -= 1
        v.alive = True
        parts.append(f"{v.name} = {restore(t)};")
        return "{ " + " ".join(parts) + " }", False

    def s_vec(self):
        r = self.r
        v = self.pick_var("vec", mutable=True)
        if v is None or self.chance(0.15):
            self.note("Vec let")
            name = self.fresh("v")
            init = r.choice(["Vec::new()", f"vec![{self.int_expr(1, y=False)}, {self.lit()}]", "input.to_vec()"])
            self.declare(name, "vec", True)
            return f"let mut {name}: Vec<i64> = {init};", False
        c = r.choice(["push", "push", "pop", "truncate", "retain", "move", "move", "move", "sort"])
        if c == "push":
            v.frozen += 1  # `v.push(e)`: e may not use `v` mutably
            e = self.int_expr(0, y=True)
            v.frozen -= 1
            return f"{v.name}.push({e});", False
        if c == "pop":
            return f"{v.name}.pop();", False
        if c == "truncate":
            return f"{v.name}.truncate(3);", False
        if c == "retain":
            return f"{v.name}.retain(|&z| z.rem_euclid(3) != 0);", False
        if c == "sort":
            return f"{v.name}.sort_unstable();", False
        return self.move_reassign(
            v, "w", "({}.len() as i64)", lambda t: f"{{ let mut w = {t}; w.push(1); w }}"
        )

    def s_option(self):
        v = self.pick_var("opt", mutable=True)
        if v is None or self.chance(0.3):
            self.note("Option let")
            name = self.fresh("o")
            e = self.opt_expr(0, y=True)
            self.declare(name, "opt", True)
            return f"let mut {name} = {e};", False
        c = self.r.choice(["none", "some", "take"])
        if c == "none":
            return f"{v.name} = None;", False
        if c == "some":
            return f"{v.name} = Some({self.int_expr(0, y=True)});", False
        name = self.fresh("x")
        self.declare(name, "int", False)
        return f"let {name} = {v.name}.take().unwrap_or({self.lit()});", False

    def s_deferred(self):
        self.note("deferred initialisation (let x;)")
        name = self.fresh("x")

        def assign():  # at the end of each branch (unless it diverged)
            return f"{name} = {self.int_expr(0, y=True)};"

        # The condition runs first: generated first, so that what it moves
        # (a `move` closure) is dead in the branches.
        c = self.cond()
        b1, d1 = self.block(finish=assign)
        b2, d2 = self.block(finish=assign)
        self.declare(name, "int", False)
        return f"let {name}: i64; if {c} {b1} else {b2}", d1 and d2

    def s_deferred_hidden(self):
        """--hidden-assigns: a deferred local (`let x;`) first assigned where
        a syntactic analysis does not see a definition (a macro's tokens, a
        labelled block, an argument), or in a branch that then breaks out of
        a loop whose body suspends."""
        name = self.fresh("x")
        form = self.r.choice(["macro", "labelled", "argument", "break"] if self.macros
                             else ["labelled", "argument", "break"])
        self.note(f"--hidden-assigns: {form}")
        # What runs before the assignment (yields among it) may not jump:
        # a jump would leave the local unassigned where it is read later.
        self.no_jump += 1
        if form == "break":
            cnt = self.fresh("c")
            k = self.r.randint(1, 3)
            self.declare(cnt, "int", True, ro=True)
            body, _ = self.block()
            c = self.cond()
            e = self.int_expr(0, y=False)
            text = (f"let {name}: i64; let mut {cnt} = 0_i64; loop {{ {cnt} += 1; {body} "
                    f"if {c} || {cnt} > {k} {{ {name} = {e}; break; }} }}")
        else:
            before, _ = self.block()
            e = self.int_expr(0, y=False)
            if form == "macro":
                assign = f"set_val!({name}, {e});"
            elif form == "labelled":
                lab = self.label("b")
                assign = f"{lab}: {{ {name} = {e}; break {lab}; }}"
            else:
                assign = f"let _ = h({{ {name} = {e}; {name} }});"
            text = f"let {name}: i64; {before} {assign}"
        self.no_jump -= 1
        self.declare(name, "int", False)
        return text, False

    def s_if(self):
        self.note("if/else")
        c = self.cond()
        b1, d1 = self.block()
        if self.chance(0.3):
            return f"if {c} {b1}", False
        if self.chance(0.25):
            self.note("else if")
            c2 = self.cond()
            b2, d2 = self.block()
            b3, d3 = self.block()
            return f"if {c} {b1} else if {c2} {b2} else {b3}", d1 and d2 and d3
        b2, d2 = self.block()
        return f"if {c} {b1} else {b2}", d1 and d2

    def bind(self, *names):
        def setup():
            for n in names:
                self.declare(n, "int", False)
            return ""
        return setup

    def s_if_let(self):
        x = self.fresh("x")
        scrut = self.opt_expr(0, y=True)
        if self.chance(0.3):
            self.note("if let chain (let ... && cond)")
            self.push_scope()
            self.declare(x, "int", False)
            self.no_jump += 1
            extra = self.bool_expr(1, y=self.chance(0.3))
            self.no_jump -= 1
            self.pop_scope()
            head = f"if let Some({x}) = {scrut} && {extra}"
        else:
            self.note("if let")
            head = f"if let Some({x}) = {scrut}"
        b1, d1 = self.block(setup=self.bind(x))
        if self.chance(0.4):
            return f"{head} {b1}", False
        b2, d2 = self.block()
        return f"{head} {b1} else {b2}", d1 and d2

    def arm(self, *names):
        """An arm body: a block or a single expression of type ()."""
        c = self.r.random()
        if c < 0.15:
            self.note("match arm: yield_!(..) expression")
            self.push_scope()
            for n in names:
                self.declare(n, "int", False)
            e = f"{Y_OPEN}{self.int_expr(1)}{Y_CLOSE},"
            self.pop_scope()
            return e, False
        if c < 0.2:
            return "{}", False
        b, d = self.block(setup=self.bind(*names))
        return b, d

    def s_match_int(self):
        self.note("match on an int")
        scrut = f"{self.recv(self.int_expr(1, y=True))}.rem_euclid({self.r.randint(3, 6)})"
        arms = []
        divs = []
        n = self.fresh("n")
        pats = [("0", ()), ("1 | 2", ())]
        if self.chance(0.5):
            pats.append(("3..=4", ()))
        for p, names in pats:
            a, d = self.arm(*names)
            arms.append(f"{p} => {a}")
            divs.append(d)
        if self.chance(0.6):
            self.note("match guard with a binding")
            self.push_scope()
            self.declare(n, "int", False)
            g = strip_awaits(self.bool_expr(1, y=False))
            self.pop_scope()
            a, d = self.arm(n)
            arms.append(f"{n} if {g} => {a}")
            divs.append(d)
        a, d = self.arm(n)
        arms.append(f"{n} => {a}")
        divs.append(d)
        return f"match {scrut} {{ {' '.join(self.attr_arms(arms))} }}", all(divs)

    def s_match_opt(self):
        self.note("match on an Option")
        scrut = self.opt_expr(0, y=True)
        x = self.fresh("x")
        arms, divs = [], []
        if self.chance(0.6):
            self.push_scope()
            self.declare(x, "int", False)
            g = strip_awaits(self.bool_expr(1, y=False))
            self.pop_scope()
            a, d = self.arm(x)
            arms.append(f"Some({x}) if {g} => {a}")
            divs.append(d)
        a, d = self.arm(x)
        arms.append(f"Some({x}) => {a}")
        divs.append(d)
        a, d = self.arm()
        arms.append(f"None => {a}")
        divs.append(d)
        if self.chance(0.3):
            arms = arms[-1:] + arms[:-1]  # `None` first
        return f"match {scrut} {{ {' '.join(self.attr_arms(arms))} }}", all(divs)

    def s_match_tuple(self):
        self.note("match on a tuple")
        a, b = self.fresh("x"), self.fresh("x")
        scrut = f"({self.int_expr(1, y=True)}, {self.opt_expr(1, y=True)})"
        self.push_scope()
        self.declare(a, "int", False)
        self.declare(b, "int", False)
        g = strip_awaits(self.bool_expr(1, y=False))
        self.pop_scope()
        arms, divs = [], []
        for pat, names in [
            (f"({a}, Some({b})) if {g}", (a, b)),
            (f"({a}, None)", (a,)),
            (f"(_, Some({b}))", (b,)),
        ]:
            body, d = self.arm(*names)
            arms.append(f"{pat} => {body}")
            divs.append(d)
        return f"match {scrut} {{ {' '.join(self.attr_arms(arms))} }}", all(divs)

    def loop_body(self, label, kind, bound, value=False, setup=None, prologue=""):
        self.brk.append(Brk(label, kind, value))
        self.ldepth += 1
        old = self.mult
        self.mult *= max(bound, 1)
        body, _ = self.block(setup=setup)
        self.mult = old
        self.ldepth -= 1
        self.brk.pop()
        if prologue:
            body = "{ " + prologue + " " + body[1:]
        return body

    def label(self, prefix):
        return "'" + self.fresh(prefix)

    def s_for(self):
        r = self.r
        lab = self.label("l") if self.chance(0.6) else None
        head = f"{lab}: " if lab else ""
        c = r.choice(["range", "range", "zip", "rev", "pat", "yrange"])
        i = self.fresh("i")
        if c == "range":
            self.note("for over a range")
            k = r.randint(0, 4)
            it, pat, names = f"0..{k}i64", i, (i,)
        elif c == "yrange":
            self.note("for whose iterator expression yields")
            k = 3
            self.no_jump += 1
            it, pat, names = f"0..({{ {Y_OPEN}{self.lit()}{Y_CLOSE}; 3i64 }})", i, (i,)
            self.no_jump -= 1
        elif c == "zip":
            self.note("for with a tuple pattern")
            k = 4
            j = self.fresh("j")
            it, pat, names = "(0_i64..).zip(input.iter().copied()).take(4)", f"({j}, {i})", (j, i)
        elif c == "rev":
            self.note("for over an argument's iterator")
            k = 4
            it, pat, names = "input.iter().rev().take(4)", f"&{i}", (i,)
        else:
            self.note("for with a reference pattern")
            k = 4
            it, pat, names = "input.iter().take(4)", f"&{i}", (i,)
        if c == "range" and k > 0 and r.random() < 0.3:
            # An i64 range bound computed at run time.
            it = f"0..{self.recv(self.int_expr(1, y=True))}.rem_euclid({k + 1})"
            names = (i,)
        it = self.aw(it, "a for loop's iterator", 0.2)
        body = self.loop_body(lab, "for", k, setup=self.bind(*names))
        return f"{head}for {pat} in {it} {body}", False

    def s_while(self):
        self.note("while with a counter")
        cnt = self.fresh("c")
        k = self.r.randint(1, 4)
        lab = self.label("l") if self.chance(0.5) else None
        self.declare(cnt, "int", True, ro=True)
        if self.chance(0.25):
            self.note("while condition that yields")
            self.no_jump += 1
            cond = f"{{ {Y_OPEN}{cnt}{Y_CLOSE}; {cnt} < {k} }}"
            self.no_jump -= 1
        else:
            cond = self.aw(f"{cnt} < {k}", "a while condition", 0.3)
        body = self.loop_body(lab, "while", k, prologue=f"{cnt} += 1;")
        head = f"{lab}: " if lab else ""
        return f"let mut {cnt} = 0_i64; {head}while {cond} {body}", False

    def s_loop(self):
        self.note("loop with a counter and break")
        cnt = self.fresh("c")
        k = self.r.randint(1, 4)
        lab = self.label("l") if self.chance(0.5) else None
        self.declare(cnt, "int", True, ro=True)
        body = self.loop_body(lab, "loop", k, prologue=f"{cnt} += 1; if {cnt} > {k} {{ break; }}")
        head = f"{lab}: " if lab else ""
        return f"let mut {cnt} = 0_i64; {head}loop {body}", False

    def s_loop_value(self):
        self.note("loop with break value")
        cnt = self.fresh("c")
        k = self.r.randint(1, 4)
        lab = self.label("l")
        self.declare(cnt, "int", True, ro=True)
        # Inside the loop, where a jump of its own would need a value.
        self.no_jump += 1
        brk_value = self.int_expr(1, y=False)
        self.no_jump -= 1
        body = self.loop_body(
            lab, "loop", k, value=True,
            prologue=f"{cnt} += 1; if {cnt} > {k} {{ break {lab} {brk_value}; }}",
        )
        name = self.fresh("x")
        self.declare(name, "int", self.chance(0.5))
        mut = "mut " if self.scopes[-1][name].mut else ""
        return f"let mut {cnt} = 0_i64; let {mut}{name} = {lab}: loop {body};", False

    def s_while_let(self):
        self.note("while let over a local stack")
        stk = self.fresh("stk")
        x = self.fresh("x")
        init = self.r.choice(["input.to_vec()", f"vec![{self.lit()}, {self.lit()}, {self.lit()}]"])
        lab = self.label("l") if self.chance(0.4) else None
        head = f"{lab}: " if lab else ""
        chain = ""
        if self.chance(0.25):
            self.note("while let chain (let ... && cond)")
            self.push_scope()
            self.declare(x, "int", False)
            self.no_jump += 1  # a `while` condition (E0590)
            chain = f" && {self.opnd(self.int_expr(1))} != {self.lit()}"
            self.no_jump -= 1
            self.pop_scope()
        body = self.loop_body(lab, "while", 4, setup=self.bind(x))
        return (
            f"let mut {stk}: Vec<i64> = {init}; {stk}.truncate(4); "
            f"{head}while let Some({x}) = {stk}.pop(){chain} {body}"
        ), False

    def s_labelled_block(self):
        lab = self.label("b")
        value = self.chance(0.6)
        self.brk.append(Brk(lab, "block", value))
        body, div = self.block(value=value)
        self.brk.pop()
        if value:
            self.note("labelled block with break value")
            name = self.fresh("x")
            self.declare(name, "int", False)
            ty = ": i64" if div else ""  # a block that never completes has no type to infer
            return f"let {name}{ty} = {lab}: {body};", False
        self.note("labelled block")
        return f"{lab}: {body}", False

    def s_block(self):
        b, d = self.block()
        if self.chance(0.25):
            self.note("unsafe block")
            return "unsafe " + b, d
        self.note("nested block")
        return b, d

    def s_macro(self):
        """Statement macros that mention locals (identifiers in
        macro tokens, format captures included, are mentions)."""
        v = self.pick_var("int")
        if v is None:
            return self.s_let()
        c = self.r.choice(["assert", "format", "capture", "vec"])
        if c == "assert":
            self.note("statement macro: assert!")
            return f"assert!({v.name} == {v.name}, \"{{}}\", {v.name});", False
        if c == "format":
            self.note("statement macro: format! in a let")
            name = self.fresh("s")
            e = self.int_expr(1, y=False)
            self.declare(name, "str", True)
            return f'let mut {name} = format!("{{}}-", {e});', False
        if c == "capture":
            self.note("statement macro: implicit format capture")
            name = self.fresh("s")
            self.declare(name, "str", True)
            return f'let mut {name} = format!("{{{v.name}}}");', False
        self.note("statement macro: vec!")
        name = self.fresh("v")
        self.declare(name, "vec", True)
        return f"let mut {name}: Vec<i64> = vec![{v.name}; 2];", False

    def jump_text(self, y):
        """A `break`/`continue` to some enclosing target (needs self.brk), or
        None. An unlabelled one targets the innermost loop and is only allowed
        when no labelled block is nested inside that loop (E0695)."""
        r = self.r
        i = r.randrange(len(self.brk))
        t = self.brk[i]
        innermost = i == len(self.brk) - 1
        outer = "" if innermost else " (outer loop)"
        if t.kind != "block" and r.random() < 0.35:
            if innermost and (t.label is None or r.random() < 0.5):
                self.note("continue")
                return "continue"
            if t.label is None:
                return None
            self.note("labelled continue" + outer)
            return f"continue {t.label}"
        val = f" {self.int_expr(1, y=y)}" if t.value else ""
        if innermost and t.kind != "block" and (t.label is None or r.random() < 0.4):
            self.note("break" + (" with value" if t.value else ""))
            return f"break{val}"
        if t.label is None:
            return None
        if t.kind == "block":
            self.note("break out of a labelled block" + (" with value" if t.value else ""))
        else:
            self.note("labelled break" + outer + (" with value" if t.value else ""))
        return f"break {t.label}{val}"

    def s_jump(self):
        j = self.jump_text(True)
        if j is not None:
            j = self.macro_jump(j)
        if j is None:
            return self.s_yield()
        if self.chance(0.2) and self.depth > 1:
            self.note("unconditional jump at the end of a block")
            return f"{j};", True
        return f"if {self.cond()} {{ {j}; }}", False

    def s_let_else(self):
        x = self.fresh("x")
        # The else block: return, or break/continue (it may not suspend).
        els = None
        if self.brk and not self.no_jump and self.chance(0.5):
            j = self.jump_text(False)
            if j is not None:
                els = f"{self.macro_jump(j)};"
        if els is None:
            els = f"return {self.ret_value(False)};"
        if self.chance(0.3):
            self.note("let-else with a tuple pattern")
            y = self.fresh("x")
            text = f"let (Some({x}), {y}) = ({self.opt_expr(0, y=True)}, {self.int_expr(1, y=True)}) else {{ {els} }};"
            self.declare(x, "int", False)
            self.declare(y, "int", False)
            return text, False
        self.note("let-else")
        text = f"let Some({x}) = {self.opt_expr(0, y=True)} else {{ {els} }};"
        self.declare(x, "int", False)
        return text, False

    def s_yield_arms(self):
        self.note("if/else whose branches are yield_! expressions")
        c = self.cond()
        return f"if {c} {{ {Y_OPEN}{self.int_expr(1)}{Y_CLOSE} }} else {{ {Y_OPEN}{self.int_expr(1)}{Y_CLOSE} }}", False

    def s_borrow_for(self):
        r = self.r
        v = self.pick_var("vec") or self.pick_var("str")
        if v is None:
            return self.s_vec()
        self.note("--borrows: local borrowed across a yield")
        i = self.fresh("i")
        lab = self.label("l") if self.chance(0.4) else None
        head = f"{lab}: " if lab else ""
        v.frozen += 1
        if v.kind == "vec":
            form = r.choice(["ref", "iter", "let_iter"])
            if form == "ref":
                it, pat = f"&{v.name}", f"&{i}"
            elif form == "iter":
                it, pat = f"{v.name}.iter().take(4)", f"&{i}"
            else:
                it, pat = f"{v.name}.iter().copied().take(4)", i
        else:
            it, pat = f"{v.name}.bytes().take(4)", i
        # Moving the borrowed local in the loop is impossible; everything
        # else may happen.
        saved_alive = v.alive
        body = self.loop_body(lab, "for", 4, setup=self.bind(i) if v.kind == "vec" else None)
        v.frozen -= 1
        v.alive = saved_alive
        if v.kind == "str":
            body = "{ let " + i + " = " + i + " as i64; " + body[1:]
        return f"{head}for {pat} in {it} {body}", False

    def s_let_else_shadow(self):
        """`let Some(x) = .. else { yield_!(x); <jump> };` where the pattern's
        `x` shadows a local `x`: the `else` block sees the outer one."""
        v = self.pick_var("int")
        if v is None or v.ro:
            return self.s_let_else()
        self.note("--borrows: let-else whose else block names the shadowed local")
        els = None
        if self.brk and not self.no_jump and self.chance(0.6):
            j = self.jump_text(False)
            if j is not None:
                els = f"{j};"
        if els is None:
            els = f"return {self.ret_value(False)};"
        scrut = self.opt_expr(0, y=True)
        text = f"let Some({v.name}) = {scrut} else {{ {Y_OPEN}{v.name}{Y_CLOSE}; {els} }};"
        self.declare(v.name, "int", False)
        return text, False

    def s_ref_binding(self):
        """`ref`/`ref mut` bindings whose borrow crosses yields: of a local
        Option (`if let Some(ref mut r) = o`, `match o { Some(ref r) .. }`),
        of the temporaries a `let` extends (`let (ref a, ref mut b) = (..);`,
        `let &mut (ref mut a, ref mut b) = &mut (..);`)."""
        r = self.r
        form = r.choice(["if_let", "match", "let_tuple", "let_ref_mut", "let_else"])
        x = self.fresh("r")
        xi = self.fresh("x")
        if form in ("if_let", "match"):
            o = self.pick_var("opt", mutable=True)
            if o is None:
                return self.s_option()
            mutable = form == "if_let" or r.random() < 0.5
            self.note(f"--borrows: ref{' mut' if mutable else ''} binding of a local in {form}")
            # While `ref mut` borrows it, the Option cannot be used at all;
            # while `ref` does, it cannot be changed.
            if mutable:
                o.alive = False
            else:
                o.frozen += 1

            def setup():
                self.declare(xi, "int", False)
                return f"{Y_OPEN}*{x}{Y_CLOSE}; let {xi} = *{x};"

            def finish():
                if mutable:
                    return f"*{x} = {x}.wrapping_add({xi}); {Y_OPEN}*{x}{Y_CLOSE};"
                return f"{Y_OPEN}{x}.wrapping_add({xi}){Y_CLOSE};"

            b1, d1 = self.block(setup=setup, finish=finish)
            if mutable:
                o.alive = True
            else:
                o.frozen -= 1
            b2, d2 = self.block()
            m = "ref mut" if mutable else "ref"
            if form == "if_let":
                return f"if let Some({m} {x}) = {o.name} {b1} else {b2}", d1 and d2
            return f"match {o.name} {{ None => {b2}, Some({m} {x}) => {b1} }}", d1 and d2
        y = self.fresh("r")
        e1, e2 = self.int_expr(1, y=True), self.int_expr(1, y=True)
        if form == "let_else":
            self.note("--borrows: let (Some(ref mut a), ref mut b) = (..) else {..} across a yield")
            els = None
            if self.brk and not self.no_jump and self.chance(0.5):
                j = self.jump_text(False)
                if j is not None:
                    els = f"{j};"
            if els is None:
                els = f"return {self.ret_value(False)};"
            if self.chance(0.5):
                els = f"{Y_OPEN}{self.int_expr(1)}{Y_CLOSE}; {els}"
            opt = r.choice([f"input.get({r.randint(0, 3)}).copied()", f"Some({e1})"])
            head = f"let (Some(ref mut {x}), ref mut {y}) = ({opt}, {e2}) else {{ {els} }};"
        elif form == "let_tuple":
            self.note("--borrows: let (ref a, ref mut b) = (..) across a yield")
            head = f"let (ref {x}, ref mut {y}) = ({e1}, {e2});"
        else:
            self.note("--borrows: let &mut (ref mut a, ref mut b) = &mut (..) across a yield")
            head = f"let &mut (ref mut {x}, ref mut {y}) = &mut ({e1}, {e2});"

        def finish():
            return f"*{y} = {y}.wrapping_add(*{x}); {Y_OPEN}*{y}{Y_CLOSE};"

        b, d = self.block(setup=lambda: f"{head} {Y_OPEN}*{x}{Y_CLOSE};", finish=finish)
        return b, d

    def s_ref_temp(self):
        """A guard temporary that `ref` bindings borrow across yields: a
        `match` or `if let` scrutinee, a tuple a `let` extends. Rust keeps it
        to the end of the statement, the `if let`'s block or the enclosing
        block, and so does genfn: its drop is compared (id below 1000)."""
        self.guard_ids += 1
        gid = self.guard_ids
        x, g = self.fresh("r"), self.fresh("rg")
        form = self.r.choice(["match", "if_let", "let"])
        self.note(f"--temps: guard temporary bound by ref ({form})")
        e = self.int_expr(1, y=True)
        fin = lambda: f"{Y_OPEN}{g}.0.wrapping_add(*{x}){Y_CLOSE};"
        if form == "let":
            head = f"let (ref {g}, ref {x}) = (D::new({gid}, log), {e});"
            b, d = self.block(setup=lambda: f"{head} {Y_OPEN}*{x}{Y_CLOSE};", finish=fin)
            return b, d
        b1, d1 = self.block(setup=lambda: f"{Y_OPEN}*{x}{Y_CLOSE};", finish=fin)
        if form == "match":
            b2, d2 = self.block()
            return f"match (D::new({gid}, log), Some({e})) {{ ({g}, None) => {b2}, (ref {g}, Some(ref {x})) => {b1} }}".replace(f"({g}, None)", "(_, None)"), d1 and d2
        b2, d2 = self.block()
        return f"if let (ref {g}, Some(ref {x})) = (D::new({gid}, log), {self.opt_expr(1, y=True)}) {b1} else {b2}", d1 and d2

    def s_temp_for(self):
        """A `for` over a temporary that the iterator borrows: Rust keeps it
        (a guard in it included) to the end of the loop."""
        r = self.r
        lab = self.label("l") if self.chance(0.4) else None
        head = f"{lab}: " if lab else ""
        i = self.fresh("i")
        form = r.choice(["vec_iter", "ref_vec", "guard_tuple", "refcell"])
        self.note(f"--temps: for over a borrowed temporary ({form})")
        prefix = ""
        if form == "vec_iter":
            # (No yield inside `vec!`'s arguments: a macro's tokens cannot suspend.)
            it = f"vec![{self.int_expr(1)}, {self.lit()}, {self.int_expr(1)}].iter()"
        elif form == "ref_vec":
            it = f"&vec![{self.int_expr(1)}, {self.lit()}]"
        elif form == "guard_tuple":
            self.guard_ids += 1
            it = f"(D::new({self.guard_ids}, log), vec![{self.int_expr(1)}, {self.lit()}]).1.iter()"
        else:
            c = self.fresh("cell")
            prefix = f"let {c} = RefCell::new(input.to_vec()); "
            it = f"{c}.borrow().iter().take(4)"
        body = self.loop_body(lab, "for", 4, setup=self.bind(i))
        return f"{prefix}{head}for &{i} in {it} {body}", False

    def s_kept_use(self):
        """Uses of a Vec or String in the positions where a local kept in
        place (borrowed across a yield by an enclosing `for`) once diverged
        from Rust: places Rust does not move, closures, macros, format
        captures, `move` closures that take the local."""
        r = self.r
        movable = self.pick_var("vec", movable=True) or self.pick_var("str", movable=True)
        v = self.pick_var("vec") or self.pick_var("str")
        if v is None:
            return self.s_vec()
        n = v.name
        if movable is not None and self.chance(0.3):
            n = movable.name
            form = r.choice(["move_closure_let", "move_closure_now", "macro_closure"])
            self.note(f"--borrows: {form} takes a local")
            movable.alive = False
            if form == "move_closure_let":
                c = self.fresh("c")
                return f"let {c} = move || {n}.len() as i64; {Y_OPEN}{c}(){Y_CLOSE};", False
            if form == "move_closure_now":
                return f"{Y_OPEN}(move || {n}.len() as i64)(){Y_CLOSE};", False
            return f"{Y_OPEN}call_now!({n}.len() as i64){Y_CLOSE};", False
        form = r.choice(["let_wild", "assign_wild", "closure", "format", "macro"])
        self.note(f"--borrows: {form} on a local")
        if form == "let_wild":
            return f"let _ = {n};", False
        if form == "assign_wild":
            return f"_ = {n};", False
        if form == "closure":
            return f"{Y_OPEN}(|| {n}.len() as i64)(){Y_CLOSE};", False
        if form == "format":
            return f'{Y_OPEN}format!("{{{n}:?}}").len() as i64{Y_CLOSE};', False
        return f"{Y_OPEN}dup!({n}.len() as i64){Y_CLOSE};", False

    # ------------------------------------------------ attributes (--attrs)
    ENABLED_ATTRS = [
        "#[allow(unused)]", "#[cfg(all())]", "#[cfg(not(any()))]", "#[cfg(any(all()))]",
        "#[cfg_attr(all(), allow(unused))]", "#[cfg_attr(any(), cfg(any()))]",
        "#[allow(unused_variables)] #[cfg(all())]", "#[cfg_attr(not(any()), cfg(all()))]",
    ]

    def disabled_stmt(self):
        """A statement that `#[cfg]` removes: it only has to parse (names,
        types, jumps outside loops do not matter)."""
        a = self.ar
        y = lambda e: f"{Y_OPEN}{e}{Y_CLOSE}"
        pred = a.choice(["any()", "not(all())", "all(any(), unix)", "any(not(all()))"])
        forms = [
            f"{{ {y(1)}; n += 1; }}",
            f"{y(-7)};",
            "return Ok(-1);",
            f"let zz = {y(5)};",
            "break;",
            f"'dead: loop {{ {y(0)}; continue 'dead; }}",
            f"for i in 0..3 {{ {y('i')}; }}",
            f"{{ let _g = D::new(999, log); {y(2)}; }}",
            "fn dead() -> i64 { 1 }",
            f"if input.is_empty() {{ {y(-3)}; }} else {{ {y(-4)}; }}",
        ]
        f = a.choice(forms)
        self.note("--attrs: statement removed by #[cfg]")
        extra = "#[cfg_attr(any(), allow(unused))] " if a.random() < 0.2 else ""
        return f"#[cfg({pred})] {extra}{f}"

    def decorate(self, s):
        """Attributes on a generated statement (enabled ones: the statement
        stays), disabled statements next to it, and a disabled `let` of the
        same name after a `let`."""
        a = self.ar
        blocky = s.startswith(("{", "if ", "match ", "for ", "while ", "loop ", "unsafe {", "'"))
        is_let = s.startswith("let ")
        is_yield = s.startswith(Y_OPEN) and s.endswith(Y_CLOSE + ";") and s.count(Y_OPEN) == 1
        is_call = s.startswith(("drop(", "check("))
        if (blocky or is_let or is_yield or is_call) and a.random() < 0.15:
            attr = a.choice(self.ENABLED_ATTRS + (["#[allow(unused_mut, unused_assignments)]"] if is_let else []))
            what = "a let" if is_let else "a yield statement" if is_yield else "a block-like statement" if blocky else "a call statement"
            self.note(f"--attrs: enabled attribute on {what}" + (" (suspends)" if Y_OPEN in s else ""))
            if is_let and a.random() < 0.4:
                import re
                m = re.match(r"let (?:mut )?([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=]*)?=", s)
                if m:
                    name = m.group(1)
                    dis = a.choice([f'let {name} = "disabled";', f"let {name}: String = String::new();",
                                    f"let {name} = {Y_OPEN}-{name}{Y_CLOSE};"])
                    dis = f"#[cfg({a.choice(['any()', 'not(all())'])})] {dis}"
                    self.note("--attrs: disabled let of the same name next to an enabled one")
                    if a.random() < 0.5:
                        return f"{dis} {attr} {s}"
                    return f"{attr} {s} {dis}"
            s = f"{attr} {s}"
        if a.random() < 0.06:
            s = f"{self.disabled_stmt()} {s}"
        return s

    def attr_tail(self, e):
        """A block's tail expression, sometimes with an attribute."""
        if not self.attrs or self.ar.random() >= 0.2:
            return e
        self.note("--attrs: attribute on a tail expression")
        attr = self.ar.choice(["#[allow(unused)]", "#[cfg(all())]", "#[cfg_attr(all(), allow(unused))]",
                               "#[cfg_attr(any(), cfg(any()))]"])
        if not (e[0].isalnum() or e[0] in "({_"):
            e = f"({e})"
        pre = f"{self.disabled_stmt()} " if self.ar.random() < 0.3 else ""
        return f"{pre}{attr} {e}"

    def attr_arms(self, arms):
        """Match arms, sometimes with a disabled catch-all arm first (if it
        were kept, it would take every value) or an attribute on an arm."""
        if not self.attrs:
            return arms
        a = self.ar
        arms = list(arms)
        if a.random() < 0.15:
            self.note("--attrs: disabled match arm")
            arms.insert(0, f"#[cfg(any())] _ => {{ {Y_OPEN}-99{Y_CLOSE}; }}")
        if a.random() < 0.15:
            self.note("--attrs: attribute on a match arm")
            i = a.randrange(len(arms))
            arms[i] = f"{a.choice(['#[allow(unused)]', '#[cfg(all())]', '#[cfg_attr(all(), allow(unused))]'])} {arms[i]}"
        return arms

    # ------------------------------------- loops in macros (--loop-macros)
    def macro_loop_stmts(self, acc, exits=True):
        """Statements (no yield: a macro's tokens cannot suspend) for the
        block a macro puts in a loop of its own. Unlabelled jumps leave
        the macro's loop, labelled ones the user's loops and blocks."""
        r = self.r
        parts = []
        outer = [b for b in self.brk[:-1] if b.label] if not self.no_jump else []
        for _ in range(r.randint(1, 3)):
            c = r.choice(["acc", "acc", "guard", "jump", "jump", "outer", "try", "ret", "var", "assign"])
            if not exits and c in ("try", "ret"):
                c = "acc"
            if c == "acc":
                parts.append(f"{acc} = {acc}.wrapping_add({self.int_expr(1, y=False, q=exits)});")
            elif c == "guard":
                self.guard_ids += 1
                parts.append(f"let {self.fresh('_g')} = D::new({self.guard_ids}, log);")
            elif c == "jump" or (c == "outer" and not outer):
                kw = r.choice(["break", "continue"])
                self.note(f"--loop-macros: unlabelled {kw} in the macro's loop")
                j = self.macro_jump(kw)
                if r.random() < 0.15:
                    parts.append(f"{j};")
                    break
                parts.append(f"if {self.bool_expr(1, y=False, q=exits)} {{ {j}; }}")
            elif c == "outer":
                t = r.choice(outer)
                val = f" {self.int_expr(1, y=False, q=exits)}" if t.value else ""
                if t.kind == "block" or r.random() < 0.5:
                    j = f"break {t.label}{val}"
                    self.note("--loop-macros: labelled break out of the macro's loop")
                else:
                    j = f"continue {t.label}"
                    self.note("--loop-macros: labelled continue out of the macro's loop")
                parts.append(f"if {self.bool_expr(1, y=False, q=exits)} {{ {self.macro_jump(j)}; }}")
            elif c == "try":
                parts.append(f"check({self.int_expr(1, y=False, q=exits)})?;")
            elif c == "ret":
                parts.append(f"if {self.bool_expr(1, y=False, q=exits)} {{ return Ok({self.int_expr(1, y=False, q=exits)}); }}")
            elif c == "var":
                name = self.fresh("x")
                parts.append(f"let mut {name} = {self.int_expr(1, y=False, q=exits)};")
                self.declare(name, "int", True)
            else:
                v = self.pick_var("int", mutable=True)
                if v is not None:
                    parts.append(f"{v.name} = {v.name}.wrapping_add({self.int_expr(1, y=False, q=exits)});")
        return " ".join(parts)

    def s_loop_macro(self):
        """`thrice!({ .. })`, `upto!(n, { .. })`, `rep!(3; ..)`: macros
        of the file that put their block in a `for`/`while` of their own."""
        r = self.r
        acc = self.fresh("acc")
        self.declare(acc, "int", True)
        wrap = not self.no_jump and self.mult * 2 <= MAX_MULT and r.random() < 0.4
        if wrap:
            lab = self.label("o")
            j = self.fresh("j")
            self.brk.append(Brk(lab, "for", False))
            self.ldepth += 1
        self.brk.append(Brk(None, "for", False))
        form = r.choice(["thrice", "upto", "rep"])
        self.push_scope()
        # No `?` or `return` (not even in an operand) in `rep!`'s tokens,
        # which are no expression:
        # genfn leaves them to the expansion, where they cannot complete
        # the generator (tests/regressions.rs, ignored).
        body = self.macro_loop_stmts(acc, exits=form != "rep")
        self.pop_scope()
        self.brk.pop()
        if Y_OPEN in body:
            body = f"{acc} = {acc}.wrapping_add(1);"
        self.note(f"--loop-macros: {form}!")
        if form == "thrice":
            call = f"thrice!({{ {body} }});"
        elif form == "upto":
            call = f"upto!({r.randint(0, 3)}, {{ {body} }});"
        else:
            call = f"rep!({r.randint(1, 3)}; {body});"
        tail = f"{Y_OPEN}{acc}{Y_CLOSE};"
        if wrap:
            self.ldepth -= 1
            self.brk.pop()
            self.note("--loop-macros: inside a labelled loop that suspends")
            pre = f"{Y_OPEN}{j}{Y_CLOSE}; " if r.random() < 0.5 else ""
            return f"let mut {acc} = 0_i64; {lab}: for {j} in 0..2_i64 {{ {pre}{call} {tail} }} {tail}", False
        return f"let mut {acc} = 0_i64; {call} {tail}", False

    # ------------------------------- places of temporaries (--place-temps)
    def s_place_temp(self):
        """`match`/`if let` whose scrutinee takes a place from a temporary
        (`cell.borrow()[i]`, `cell.borrow().get(i)`, `*cell.borrow()`,
        `guard_pair(..).1`): Rust keeps the temporary to the end of the
        `match` (of the `then` block); the arms yield the RefCell's state."""
        r = self.r
        y = lambda e: f"{Y_OPEN}{e}{Y_CLOSE}"
        form = r.choice(["index", "get", "deref", "deref_mut", "pair_ref", "pair_amp", "pair_val"])
        self.note(f"--place-temps: {form}")
        cell = self.fresh("cell")
        n = self.fresh("n")
        can_mut = lambda: f"{cell}.try_borrow_mut().is_ok() as i64"
        can_ref = lambda: f"{cell}.try_borrow().is_ok() as i64"

        def arm(first):
            def setup():
                self.declare(n, "int", False)
                return first
            return self.block(setup=setup)

        if form in ("index", "get"):
            pre = f"let {cell} = RefCell::new(vec![{self.int_expr(1)}, {self.lit()}, {self.int_expr(1)}]);"
            if r.random() < 0.3:
                idx = f"({self.int_expr(1, y=True)}).rem_euclid({3 if form == 'index' else 5}) as usize"
            else:
                idx = str(r.randint(0, 2 if form == "index" else 4))
            if form == "index":
                b1, d1 = arm(f"{y(n)}; {y(can_mut())};")
                b2, d2 = arm(f"{y(can_mut())}; {y(n)};")
                text = f"match {cell}.borrow()[{idx}] {{ {n} if {n} > {self.lit()} => {b1}, {n} => {b2} }}"
                div = d1 and d2
            else:
                v = self.fresh("rv")

                def setup():
                    self.declare(n, "int", False)
                    return f"{y('*' + v)}; {y(can_mut())}; let {n} = *{v};"

                b1, d1 = self.block(setup=setup, finish=lambda: f"{y(f'*{v}')}; {y(can_ref())};")
                b2, d2 = self.block(setup=lambda: f"{y(can_mut())};")
                text = f"if let Some({v}) = {cell}.borrow().get({idx}) {b1} else {b2}"
                div = d1 and d2
            return f"{pre} {text} {y(can_mut())};", False
        if form in ("deref", "deref_mut"):
            pre = f"let {cell} = RefCell::new({self.int_expr(1, y=True)});"
            if form == "deref":
                b1, d1 = arm(f"{y(n)}; {y(can_mut())}; {y(can_ref())};")
                b2, d2 = arm(f"{y(can_ref())};")
                text = f"match *{cell}.borrow() {{ {n} if {n} > {self.lit()} => {b1}, {n} => {b2} }}"
            else:
                def setup():
                    return f"*{n} = {n}.wrapping_add(1); {y('*' + n)}; {y(can_ref())};"
                b1, d1 = self.block(setup=setup, finish=lambda: f"{y('*' + n)};")
                text = f"match *{cell}.borrow_mut() {{ ref mut {n} => {b1} }}"
            return f"{pre} {text} {y(f'*{cell}.borrow()')}; {y(can_mut())};", False
        # guard_pair(id, log, v) -> (D, v): the guard is the temporary's
        # other field. With `ref n` or `&..` the arm borrows the temporary and
        # Rust keeps it to the end of the match (compared, id below 1000);
        # `n` by value copies the field, and genfn drops the temporary
        # at the first suspension point, as a local (guide: a temporary an
        # arm moves a field out of): not compared (id 2000 and up).
        self.guard_ids += 1
        gid = self.guard_ids if form != "pair_val" else 2000 + self.guard_ids
        e = self.int_expr(1, y=True)
        if form == "pair_ref":
            b, d = self.block(setup=lambda: f"{y('*' + n)};", finish=lambda: f"{y('*' + n)};")
            return f"match guard_pair({gid}, log, {e}).1 {{ ref {n} => {b} }}", d
        if form == "pair_amp":
            b, d = self.block(setup=lambda: f"{y('*' + n)};", finish=lambda: f"{y('*' + n)};")
            return f"match &guard_pair({gid}, log, {e}).1 {{ {n} => {b} }}", d
        b, d = arm(f"{y(n)};")
        return f"match guard_pair({gid}, log, {e}).1 {{ {n} => {b} }}", d

    # ------------------------------------------- raw pointers (--raw-ptrs)
    def s_raw_ptr(self):
        """A raw pointer to a local (or into its heap buffer) taken before
        yields and read after them."""
        r = self.r
        y = lambda e: f"{Y_OPEN}{e}{Y_CLOSE}"
        p = self.fresh("p")
        q = self.fresh("q")
        v = None
        forms = ["int_raw", "int_raw_mut", "addr_of"]
        v = self.pick_var("vec") or self.pick_var("str")
        if v is not None and not v.frozen:
            forms += ["as_ptr", "as_ptr", "whole_raw"]
        form = r.choice(forms)
        self.note(f"--raw-ptrs: {form}")
        read = None
        if form in ("int_raw", "addr_of", "int_raw_mut"):
            e = self.int_expr(0, y=True)
            if form == "int_raw":
                head = f"let {q} = {e}; let {p} = &raw const {q};"
                read = f"{y(f'unsafe {{ *{p} }}')};"
            elif form == "addr_of":
                head = f"let {q} = {e}; let {p} = std::ptr::addr_of!({q});"
                read = f"{y(f'unsafe {{ *{p} }}')};"
            else:
                head = f"let mut {q} = {e}; let {p} = &raw mut {q};"
                read = f"unsafe {{ *{p} = (*{p}).wrapping_add(3); }} {y(q)}; {y(f'unsafe {{ *{p} }}')};"
            frozen = None
        else:
            frozen = v
            v.frozen += 1
            ln = self.fresh("len")
            if form == "as_ptr":
                conv = "" if v.kind == "vec" else " as i64"
                head = f"let {p} = {v.name}.as_ptr(); let {ln} = {v.name}.len();"
                read = f"if {ln} > 0 {{ {y(f'unsafe {{ *{p} }}{conv}')}; }}"
            else:
                head = f"let {p} = &raw const {v.name};"
                # (`(&*p).len()`: an implicit autoref of `*p` is denied.)
                read = f"{y(f'unsafe {{ (&*{p}).len() }} as i64')};"

        def setup():
            if form in ("int_raw", "addr_of"):
                self.declare(q, "int", False)
            return f"{head} {y(self.int_expr(1))};"

        b, d = self.block(setup=setup, finish=lambda: read)
        if frozen is not None:
            frozen.frozen -= 1
        return b, d

    # ------------------------------------- kept closures (--kept-closures)
    def s_kept_closure(self):
        """A closure that is not `move`, made before yields and called on
        both sides of them: it borrows a Vec or String (`v.len()`), uses an
        int by value (`i64::wrapping_add(a, k)`: Rust borrows a `Copy` local
        that way), mutates an int it also uses by value, or sits in an
        iterator adapter (`v.iter().map(|e| e.wrapping_add(k))`) that a `for`
        over it keeps across its yields. The ints are fresh, and no later
        statement assigns them: a local the closure keeps in place may not be
        assigned by a statement macro (`thrice!({ k = .. })`, the guide)."""
        r = self.r
        y = lambda e: f"{Y_OPEN}{e}{Y_CLOSE}"
        c = self.fresh("c")
        v = self.pick_var("vec") or self.pick_var("str")
        forms = ["by_value", "mutate"]
        if v is not None:
            forms += ["borrow", "borrow_and_value"]
            if v.kind == "vec":
                forms += ["adapter"]
        form = r.choice(forms)
        self.note(f"--kept-closures: {form}")
        k = self.fresh("k")
        pre = f"let {'mut ' if form == 'mutate' else ''}{k} = {self.int_expr(1, y=False)};"
        frozen = []
        if form != "borrow":
            # Read-only for the other statements (no assignment, no move).
            frozen = [self.declare(k, "int", form == "mutate", ro=True)]
        if form == "borrow":
            pre = ""
            head = f"let {c} = || {v.name}.len() as i64;"
            call = lambda: f"{c}()"
            frozen = [v]
        elif form == "by_value":
            head = f"let {c} = |a: i64| i64::wrapping_add(a, {k});"
            call = lambda: f"{c}({self.lit()})"
        elif form == "borrow_and_value":
            head = f"let {c} = |a: i64| i64::wrapping_add(a, {k}).wrapping_add({v.name}.len() as i64);"
            call = lambda: f"{c}({self.lit()})"
            frozen = [v] + frozen
        elif form == "mutate":
            head = f"let mut {c} = || {{ {k} = {k}.wrapping_add(1); i64::wrapping_mul({k}, 2) }};"
            call = lambda: f"{c}()"
        else:
            i = self.fresh("i")
            it = f"{v.name}.iter().map(|e| e.wrapping_add({k}))"
            v.frozen += 1
            body = self.loop_body(None, "for", 3, setup=self.bind(i))
            v.frozen -= 1
            return f"{pre} for {i} in {it} {body}", False
        for f in frozen:
            f.frozen += 1
        # The closure is called before, between and after yields whose
        # operands may not change what it borrows (`frozen`); a closure that
        # mutates an int holds it uniquely: nothing reads it meanwhile.
        between = self.lit() if form == "mutate" else self.int_expr(1, y=False)
        text = f"{pre} {head} {y(call())}; {y(between)}; {y(call())};"
        for f in frozen:
            f.frozen -= 1
        # After its last call the closure is dead: a mutated int is read.
        if form == "mutate":
            text += f" {y(k)};"
        return text, False

    # --------------------------------------------------------------- program
    def body(self):
        stmts = []
        n = self.r.randint(3, 8)
        diverged = False
        while n > 0 and self.budget > 0:
            n -= 1
            self.budget -= 1
            s, div = self.stmt()
            stmts.append(s)
            if div:
                diverged = True
                break
        if not any(Y_OPEN in s for s in stmts):
            stmts.insert(0, f"{Y_OPEN}{self.lit()}{Y_CLOSE};")
        if not diverged:
            stmts.append(self.attr_tail(f"Ok({self.int_expr(0, y=True)})"))
        text = " ".join(stmts)
        return strip_macro_awaits(text) if self.awaits else text


HEADER = """\
//! Differential test of the generator lowering: random
//! bodies, each compiled once as a `#[generator]` (`g_K`) and once as a plain
//! function that pushes to `out` where the generator yields (`p_K`). Both must
//! agree on the yielded items, the return value, the creation of every drop
//! guard and the drop order of the guards the body never mentions again.
//!
//! GENERATED FILE, do not edit. Regenerate with:
//!
//!     {command}
//!     rustfmt --edition 2024 {out}
//!
//! 10,000 bodies: see tests/differential/README.md.
//!
//! Constructs emitted (count over all bodies):
{stats}

#![allow(
    unused,
    unreachable_code,
    unused_parens,
    unused_braces,
    unused_labels,
    irrefutable_let_patterns,
    break_with_label_and_loop,
    clippy::all
)]

use std::cell::RefCell;
use std::panic::{{AssertUnwindSafe, catch_unwind, resume_unwind}};
use std::rc::Rc;

use genfn::{{Body, Gen}};

/// Everything observable: items, guard creations, guard drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Ev {{
    Yield(i64),
    New(i64),
    Drop(i64),
{ev_extra}}}

type Log = Rc<RefCell<Vec<Ev>>>;

/// A drop guard. Ids below 1000: never mentioned after creation (genfn keeps
/// them to the end of their scope, as Rust does); 1000..2000: mentioned
/// again (genfn may drop them early, see the guide's drops); 2000..: temporaries.
struct D(i64, Log);

impl D {{
    fn new(id: i64, log: &Log) -> D {{
        log.borrow_mut().push(Ev::New(id));
        D(id, log.clone())
    }}
}}

impl Drop for D {{
    fn drop(&mut self) {{
        self.1.borrow_mut().push(Ev::Drop(self.0));
    }}
}}

/// Where the plain function "yields". `stop_at` makes the n-th push unwind
/// (without running the panic hook), to model dropping a suspended generator.
struct Out {{
    log: Log,
    n: usize,
    stop_at: Option<usize>,
}}

struct Stop;

impl Out {{
    fn push(&mut self, v: i64) {{
        self.log.borrow_mut().push(Ev::Yield(v));
        self.n += 1;
        if Some(self.n) == self.stop_at {{
            resume_unwind(Box::new(Stop));
        }}
    }}
}}

/// Expands its argument twice (a macro around a kept-in-place local).
macro_rules! dup {{
    ($e:expr) => {{
        $e.wrapping_add($e)
    }};
}}

/// Builds a `move` closure from its argument and calls it.
macro_rules! call_now {{
    ($e:expr) => {{
        (move || $e)()
    }};
}}

/// `break` and `continue` out of macros, which the generator cannot see
/// into (their expansion's jumps target the loops around the call).
macro_rules! skip {{
    () => {{
        continue
    }};
    ($l:lifetime) => {{
        continue $l
    }};
}}

macro_rules! stop {{
    () => {{
        break
    }};
    ($l:lifetime) => {{
        break $l
    }};
    ($l:lifetime, $v:expr) => {{
        break $l $v
    }};
}}

macro_rules! stop_with {{
    ($v:expr) => {{
        break $v
    }};
}}

/// The value of an `Option`, or the next iteration of the innermost loop.
macro_rules! or_skip {{
    ($e:expr) => {{
        match $e {{
            Some(v) => v,
            None => continue,
        }}
    }};
}}

/// The value of an `Option`, or the end of the innermost loop.
macro_rules! or_stop {{
    ($e:expr) => {{
        match $e {{
            Some(v) => v,
            None => break,
        }}
    }};
}}

fn h(x: i64) -> i64 {{
    x.wrapping_mul(3).wrapping_add(1)
}}

fn h2(a: i64, b: i64) -> i64 {{
    a.wrapping_mul(7) ^ b
}}

fn check(x: i64) -> Result<i64, String> {{
    if x.rem_euclid(11) == 4 {{
        Err(format!("check failed on {{x}}"))
    }} else {{
        Ok(x.wrapping_mul(2).wrapping_sub(1))
    }}
}}

fn take_string(s: String, n: i64) -> String {{
    format!("{{}}{{}}", s.len(), n.rem_euclid(10))
}}

const INPUTS: &[&[i64]] = &[{inputs}];

type Ret = Result<i64, String>;

/// Runs a generator, logging every item; drops it after `stop` items.
fn run_gen<B>(mut g: Gen<B>, log: &Log, stop: Option<usize>) -> Option<Ret>
where
    B: Body<Resume = (), Yield = i64, Return = Ret> + Unpin,
{{
    let mut n = 0;
    while Some(n) != stop {{
        match g.next() {{
            Some(v) => {{
                log.borrow_mut().push(Ev::Yield(v));
                n += 1;
                assert!(n < 100_000, "the generator does not stop");
            }}
            None => return Some(g.take_return().expect("completed without a return value")),
        }}
    }}
    drop(g);
    None
}}

/// Runs the plain function; `None` if it was stopped after `stop` items.
fn run_plain(p: impl FnOnce(&mut Out) -> Ret, log: &Log, stop: Option<usize>) -> Option<Ret> {{
    let mut out = Out {{
        log: log.clone(),
        n: 0,
        stop_at: stop,
    }};
    match catch_unwind(AssertUnwindSafe(|| p(&mut out))) {{
        Ok(r) => Some(r),
        Err(e) if e.is::<Stop>() => None,
        Err(e) => resume_unwind(e),
    }}
}}

/// The events both versions must agree on, in order.
fn compared(log: &[Ev]) -> Vec<Ev> {{
    log.iter()
        .copied()
        .filter(|e| !matches!(e, Ev::Drop(id) if *id >= 1000))
        .collect()
}}

/// Every guard created is dropped exactly once.
fn balanced(log: &[Ev]) -> Result<(), String> {{
    let mut news: Vec<i64> = log.iter().filter_map(|e| match e {{ Ev::New(i) => Some(*i), _ => None }}).collect();
    let mut drops: Vec<i64> = log.iter().filter_map(|e| match e {{ Ev::Drop(i) => Some(*i), _ => None }}).collect();
    news.sort_unstable();
    drops.sort_unstable();
    if news == drops {{ Ok(()) }} else {{ Err(format!("guards created {{news:?}} but dropped {{drops:?}}")) }}
}}

/// One run of both versions on one input, stopped after `stop` items or not.
fn compare(
    gen_run: &dyn Fn(&Log, Option<usize>) -> Option<Ret>,
    plain_run: &dyn Fn(&Log, Option<usize>) -> Option<Ret>,
    stop: Option<usize>,
) -> Result<usize, String> {{
    let (glog, plog) = (Log::default(), Log::default());
    let pret = plain_run(&plog, stop);
    let gret = catch_unwind(AssertUnwindSafe(|| gen_run(&glog, stop)))
        .map_err(|e| format!("the generator panicked: {{:?}}", e.downcast_ref::<String>().map(|s| s.as_str()).or(e.downcast_ref::<&str>().copied())))?;
    let (glog, plog) = (glog.borrow().clone(), plog.borrow().clone());
    if compared(&glog) != compared(&plog) || gret != pret {{
        return Err(format!(
            "stop {{stop:?}}:\\n  generator: {{:?}} -> {{gret:?}}\\n  plain:     {{:?}} -> {{pret:?}}",
            compared(&glog),
            compared(&plog)
        ));
    }}
    balanced(&glog).map_err(|e| format!("stop {{stop:?}}: generator: {{e}}"))?;
    balanced(&plog).map_err(|e| format!("stop {{stop:?}}: plain: {{e}}"))?;
    Ok(plog.iter().filter(|e| matches!(e, Ev::Yield(_){pend_pat})).count())
}}

/// Compares a generator with its plain twin on every input: a full run, then
/// runs stopped after 1, 2 and half of the items.
fn agree(
    name: &str,
    failures: &mut Vec<String>,
    gen_run: &dyn Fn(&[i64], &Log, Option<usize>) -> Option<Ret>,
    plain_run: &dyn Fn(&[i64], &Log, Option<usize>) -> Option<Ret>,
) {{
    for input in INPUTS {{
        let g = |l: &Log, s| gen_run(input, l, s);
        let p = |l: &Log, s| plain_run(input, l, s);
        let result = compare(&g, &p, None).and_then(|total| {{
            let mut stops = vec![1, 2, total / 2, total];
            stops.retain(|&s| s >= 1 && s <= total);
            stops.dedup();
            stops.into_iter().try_for_each(|s| compare(&g, &p, Some(s)).map(drop))
        }});
        if let Err(e) = result {{
            failures.push(format!("{{name}} on input {{input:?}}: {{e}}"));
        }}
    }}
}}

macro_rules! cases {{
    ($($g:ident / $p:ident),* $(,)?) => {{{{
        let mut failures = Vec::new();
        $(
            agree(
                stringify!($g),
                &mut failures,
                &|i, l, s| run_gen($g(i, l), l, s),
                &|i, l, s| run_plain(|o| $p(i, l, o), l, s),
            );
        )*
        assert!(failures.is_empty(), "{{}} mismatches:\\n{{}}", failures.len(), failures.join("\\n"));
    }}}};
}}
"""


SHAPES_HEADER = """
/// --hidden-assigns: assigns a local (a deferred one's first assignment,
/// which the generator's analysis cannot see in the macro's tokens).
#[allow(unused_macros)]
macro_rules! set_val {
    ($x:ident, $v:expr) => {
        $x = $v;
    };
}

/// The new shapes (--loop-macros, --place-temps): macros that put their
/// block in a loop of their own, so that an unlabelled `break`/`continue` in
/// the block leaves the macro's loop and a labelled one the user's.
macro_rules! thrice {
    ($b:block) => {
        for _ in 0..3 $b
    };
}

macro_rules! upto {
    ($n:expr, $b:block) => {{
        let mut k = 0_i64;
        while k < $n {
            k += 1;
            $b
        }
    }};
}

macro_rules! rep {
    ($n:literal; $($t:tt)*) => {
        for _ in 0..$n {
            $($t)*
        }
    };
}

/// A temporary whose other field is a drop guard: `match guard_pair(..).1`.
fn guard_pair(id: i64, log: &Log, v: i64) -> (D, i64) {
    (D::new(id, log), v)
}
"""

ASYNC_HEADER = """
// --awaits: `g_K` is an `async fn` generator (an `AsyncGen`, a `Stream`) and
// `p_K` an `async fn` that pushes to `out`; every `.await` awaits `pend(v)`,
// pending once (waking the task), then ready with `v`. Both are polled by the
// same small executor (again only after a wake-up), which logs each
// `Pending`; `stop` counts items and `Pending`s, so a run is also stopped
// while the generator (and the plain future) awaits: both are then dropped
// there.

use std::cell::Cell;
use std::future::Future;
use std::pin::{Pin, pin};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::task::{Context, Poll, Wake, Waker};

use futures_core::Stream;
use genfn::{AsyncBody, AsyncGen};

struct Pend<T> {
    value: Option<T>,
    polled: bool,
}

fn pend<T>(value: T) -> Pend<T> {
    Pend { value: Some(value), polled: false }
}

impl<T: Unpin> Future for Pend<T> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if self.polled {
            Poll::Ready(self.value.take().expect("polled after completion"))
        } else {
            self.polled = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Counts wake-ups.
struct Wakes(AtomicUsize);

impl Wake for Wakes {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.0.fetch_add(1, SeqCst);
    }
}

/// Where the plain async function "yields"; `n` (shared with
/// `run_aplain`) counts items and `Pending`s, and the push that is event
/// `stop_at` unwinds.
struct AOut {
    log: Log,
    n: Rc<Cell<usize>>,
    stop_at: Option<usize>,
}

impl AOut {
    fn push(&mut self, v: i64) {
        self.log.borrow_mut().push(Ev::Yield(v));
        self.n.set(self.n.get() + 1);
        if Some(self.n.get()) == self.stop_at {
            resume_unwind(Box::new(Stop));
        }
    }
}

/// Polls an async generator, logging its items and `Pending`s; drops it
/// after `stop` of them.
fn run_agen<B>(g: AsyncGen<B>, log: &Log, stop: Option<usize>) -> Option<Ret>
where
    B: AsyncBody<Resume = (), Yield = i64, Return = Ret>,
{
    let mut g = pin!(g);
    let wakes = Arc::new(Wakes(AtomicUsize::new(0)));
    let waker = Waker::from(wakes.clone());
    let mut cx = Context::from_waker(&waker);
    let mut n = 0;
    while Some(n) != stop {
        let before = wakes.0.load(SeqCst);
        match g.as_mut().poll_next(&mut cx) {
            Poll::Ready(Some(v)) => log.borrow_mut().push(Ev::Yield(v)),
            Poll::Ready(None) => return Some(g.as_mut().take_return().expect("completed without a return value")),
            Poll::Pending => {
                assert!(wakes.0.load(SeqCst) > before, "pending without a wake-up");
                log.borrow_mut().push(Ev::Pending);
            }
        }
        n += 1;
        assert!(n < 100_000, "the generator does not stop");
    }
    None
}

/// Polls the plain async function's future the same way; `None` if it was
/// stopped (dropped while pending, or unwound out of `AOut::push`).
fn run_aplain(f: impl Future<Output = Ret>, log: &Log, n: &Cell<usize>, stop: Option<usize>) -> Option<Ret> {
    let wakes = Arc::new(Wakes(AtomicUsize::new(0)));
    let waker = Waker::from(wakes.clone());
    let mut cx = Context::from_waker(&waker);
    let run = AssertUnwindSafe(|| {
        let mut f = pin!(f);
        loop {
            let before = wakes.0.load(SeqCst);
            match f.as_mut().poll(&mut cx) {
                Poll::Ready(r) => return Some(r),
                Poll::Pending => {
                    assert!(wakes.0.load(SeqCst) > before, "pending without a wake-up");
                    log.borrow_mut().push(Ev::Pending);
                    n.set(n.get() + 1);
                    if Some(n.get()) == stop {
                        return None;
                    }
                }
            }
        }
    });
    match catch_unwind(run) {
        Ok(r) => r,
        Err(e) if e.is::<Stop>() => None,
        Err(e) => resume_unwind(e),
    }
}

macro_rules! acases {
    ($($g:ident / $p:ident),* $(,)?) => {{
        let mut failures = Vec::new();
        $(
            agree(
                stringify!($g),
                &mut failures,
                &|i, l, s| run_agen($g(i, l), l, s),
                &|i, l, s| {
                    let n = Rc::new(Cell::new(0));
                    let mut o = AOut { log: l.clone(), n: n.clone(), stop_at: s };
                    run_aplain($p(i, l, &mut o), l, &n, s)
                },
            );
        )*
        assert!(failures.is_empty(), "{} mismatches:\\n{}", failures.len(), failures.join("\\n"));
    }};
}
"""

SHAPES = ("attrs", "loop_macros", "place_temps", "raw_ptrs", "kept_closures", "hidden_assigns")


def strip_awaits(text):
    """`text` without its `.await`s (for match guards, which cannot suspend)."""
    return text.replace(A_OPEN, "").replace(A_CLOSE, "")


MACRO_CALL = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*!\s*[(\[{]")


def strip_macro_awaits(text):
    """`text` without `.await`s inside macro calls (`format!(..)`, `vec![..]`,
    `or_skip!(..)`, `thrice!({..})`...): a macro's tokens cannot suspend (the
    guide's limits). `yield_!` is a marker here, not a macro call."""
    if A_OPEN not in text:
        return text
    out = []
    i = 0
    while True:
        m = MACRO_CALL.search(text, i)
        if not m:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:m.end()])
        j, depth, in_str = m.end(), 1, False
        while depth:
            c = text[j]
            if in_str:
                if c == "\\":
                    j += 1
                elif c == '"':
                    in_str = False
            elif c == '"':
                in_str = True
            elif c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            j += 1
        out.append(strip_awaits(text[m.end():j]))
        i = j


def render(text, mode):
    text = text.replace(A_OPEN, "pend(").replace(A_CLOSE, ").await")
    if mode == "g":
        return text.replace(Y_OPEN, "yield_!(").replace(Y_CLOSE, ")")
    return text.replace(Y_OPEN, "{ out.push(").replace(Y_CLOSE, "); }")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--first", type=int, default=0, help="index of the first body (to split a run)")
    ap.add_argument("--only", type=str, default=None, help="comma-separated body indices to emit")
    ap.add_argument("--exclude", type=str, default="", help="comma-separated body indices to leave out")
    ap.add_argument("--batch", type=int, default=10, help="bodies per #[test]")
    ap.add_argument("--out", required=True)
    ap.add_argument("--borrows", action="store_true", help="borrows of locals held across yields")
    ap.add_argument("--temps", action="store_true", help="guard temporaries in suspending expressions")
    ap.add_argument("--no-macros", action="store_true",
                    help="write every break/continue as such (not as macro calls: skip!(), stop!('l), or_skip!(o))")
    ap.add_argument("--attrs", action="store_true",
                    help="#[cfg]/#[cfg_attr]/lint attributes on statements, lets, tails and arms; disabled statements")
    ap.add_argument("--loop-macros", action="store_true",
                    help="thrice!({..}), upto!(n, {..}), rep!(n; ..): macros putting the block in a loop of their own, "
                    "called with break/continue (off with --no-macros)")
    ap.add_argument("--place-temps", action="store_true",
                    help="match/if let on a place of a temporary (cell.borrow()[i], *cell.borrow(), guard_pair(..).1)")
    ap.add_argument("--raw-ptrs", action="store_true", help="raw pointers to locals read after yields")
    ap.add_argument("--kept-closures", action="store_true",
                    help="closures (not move) that borrow locals or use them by value, called across yields")
    ap.add_argument("--hidden-assigns", action="store_true",
                    help="deferred locals (let x;) first assigned in a macro's tokens, a labelled block, an "
                    "argument, or before a break out of a suspending loop")
    ap.add_argument("--awaits", action="store_true",
                    help="async generators: `.await`s of a future pending once (pend(v).await) in operands, "
                    "conditions, loop heads, scrutinees, initialisers and statements; the twin is an async fn")
    ap.add_argument("--shapes", action="store_true",
                    help="all of --attrs --loop-macros --place-temps --raw-ptrs --kept-closures --hidden-assigns")
    ap.add_argument("--stats", action="store_true", help="print construct counts to stderr")
    ap.add_argument("--body-only", action="store_true",
                    help="write only the generator body of the first selected index (for check_body.py)")
    opts = ap.parse_args()
    if opts.shapes:
        for k in SHAPES:
            setattr(opts, k, True)

    if opts.only:
        indices = [int(x) for x in opts.only.split(",") if x]
    else:
        indices = list(range(opts.first, opts.first + opts.count))
    excluded = {int(x) for x in opts.exclude.split(",") if x}
    indices = [i for i in indices if i not in excluded]

    if opts.body_only:
        k = indices[0]
        text = Body(random.Random(f"genfn-differential:{opts.seed}:{k}"), k, opts, collections.Counter()).body()
        with open(opts.out, "w") as f:
            f.write(render(text, "g") + "\n")
        return

    stats = collections.Counter()
    fns = []
    for k in indices:
        rng = random.Random(f"genfn-differential:{opts.seed}:{k}")
        b = Body(rng, k, opts, stats)
        text = b.body()
        asy, out_ty = ("async ", "AOut") if opts.awaits else ("", "Out")
        fns.append(
            f"// body {k} (seed {opts.seed})\n"
            f"#[genfn::generator(yield = i64)]\n"
            f"{asy}fn g_{k}(input: &[i64], log: &Log) -> Result<i64, String> {{ {render(text, 'g')} }}\n\n"
            f"{asy}fn p_{k}(input: &[i64], log: &Log, out: &mut {out_ty}) -> Result<i64, String> {{ {render(text, 'p')} }}\n"
        )

    tests = []
    for start in range(0, len(indices), opts.batch):
        chunk = indices[start : start + opts.batch]
        pairs = ", ".join(f"g_{k} / p_{k}" for k in chunk)
        cases = "acases" if opts.awaits else "cases"
        tests.append(f"#[test]\nfn bodies_{chunk[0]}_to_{chunk[-1]}() {{ {cases}!({pairs}); }}\n")

    argv = ["python3", "tests/differential/gen_bodies.py", "--seed", str(opts.seed)]
    if opts.only:
        argv += ["--only", opts.only]
    else:
        argv += ["--count", str(opts.count)]
        if opts.first:
            argv += ["--first", str(opts.first)]
    if opts.exclude:
        argv += ["--exclude", opts.exclude]
    if opts.batch != 10:
        argv += ["--batch", str(opts.batch)]
    argv += ["--borrows"] * opts.borrows + ["--temps"] * opts.temps + ["--no-macros"] * opts.no_macros
    argv += [f"--{k.replace('_', '-')}" for k in SHAPES if getattr(opts, k)]
    argv += ["--awaits"] * opts.awaits
    argv += ["--out", opts.out]
    stat_lines = "\n".join(f"//!     {n:6}  {what}" for what, n in sorted(stats.items()))
    inputs = ", ".join("&[" + ", ".join(map(str, i)) + "]" for i in INPUTS)
    with open(opts.out, "w") as f:
        f.write(HEADER.format(command=" ".join(argv), out=opts.out, stats=stat_lines, inputs=inputs,
                              ev_extra="    Pending,\n" if opts.awaits else "",
                              pend_pat=" | Ev::Pending" if opts.awaits else ""))
        if any(getattr(opts, k) for k in SHAPES):
            f.write(SHAPES_HEADER)
        if opts.awaits:
            f.write(ASYNC_HEADER)
        f.write("\n")
        f.write("\n".join(fns))
        f.write("\n")
        f.write("\n".join(tests))
    if opts.stats:
        for what, n in sorted(stats.items(), key=lambda kv: -kv[1]):
            print(f"{n:7}  {what}", file=sys.stderr)


if __name__ == "__main__":
    main()
