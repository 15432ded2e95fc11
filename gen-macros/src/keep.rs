//! Analyse phase, second part: which locals are kept in place
//! because a borrow of them may live across a suspension point
//! (the user guide's *Borrows across suspension points*; SOUNDNESS.md).
//!
//! The rule is syntactic and over-approximates: a local is kept when it is
//! the root of a borrowed place (`&x`, `&mut x.f`, a method receiver `x.m()`,
//! a `ref` binding of a matched `x`, a capture of a non-`move` closure or
//! `async` block, also among the tokens of a macro inside one, `&x` inside a
//! macro) in code whose result is kept: the initialiser of a local that is
//! live across blocks, the value of such a temporary (an iterator of `for`,
//! a delegated operand), the scrutinee of a terminator that binds (`match`,
//! `if let`), or what a statement stores into a lasting local (`fs.push(||
//! k)`, `rs.push(&k)`: closures' captures and `&` only). A closure that uses
//! a kept local by value (`|e| add(e, k)`) has all its captures kept: the
//! state machine makes it `move` (see `rewrite`). A local missed by the rule
//! is not unsound: the state machine then moves it into its slot while it is
//! borrowed, which rustc rejects.

use std::collections::BTreeSet;

use proc_macro2::TokenTree;
use syn::visit::{self, Visit};
use syn::{Expr, Pat};

use crate::analyse::{Liveness, reads};
use crate::ir::{Body, Fragment, LocalId, LocalKind, Stmt, Terminator};
use crate::syntax::{flatten, has_ref_binding, place_root};

/// Before: the graph and its liveness.
/// After: the locals to keep in place.
pub fn kept(body: &Body, live: &Liveness) -> BTreeSet<LocalId> {
    // Locals whose value may last: live at the start of some block, or
    // never read (a guard kept to the end of its scope).
    let mut lasting: BTreeSet<LocalId> = live.live_in.iter().flatten().copied().collect();
    let mut read: BTreeSet<LocalId> = BTreeSet::new();
    for b in &body.blocks {
        for s in &b.stmts {
            match s {
                Stmt::Expr(f) => read.extend(reads(f)),
                Stmt::Let {
                    init, else_block, ..
                } => {
                    init.iter()
                        .chain(else_block)
                        .for_each(|f| read.extend(reads(f)));
                }
                Stmt::Assign { value, .. } => read.extend(reads(value)),
                Stmt::ScopeEnd(_) => {}
            }
        }
        for f in b.term.fragments() {
            read.extend(reads(f));
        }
    }
    lasting.extend(
        (0..body.locals.len())
            .map(LocalId)
            .filter(|l| !read.contains(l)),
    );

    // A kept-in-place local lives to the end of its scope: what its
    // initialiser borrows must be kept in place too (to a fixpoint).
    let mut kept = large_arrays(body);
    // A raw pointer may be stored anywhere (`ptrs.push(v.as_ptr())`, `h.p =
    // &raw const x`, through a parameter), where no borrow check follows
    // it: the local it points into is kept wherever it is taken.
    for b in &body.blocks {
        for s in &b.stmts {
            match s {
                Stmt::Expr(f) | Stmt::Assign { value: f, .. } => {
                    raw_pointers_in(body, f, &mut kept)
                }
                Stmt::Let {
                    init, else_block, ..
                } => init
                    .iter()
                    .chain(else_block)
                    .for_each(|f| raw_pointers_in(body, f, &mut kept)),
                Stmt::ScopeEnd(_) => {}
            }
        }
        for f in b.term.fragments() {
            raw_pointers_in(body, f, &mut kept);
        }
    }
    let mut flows: BTreeSet<LocalId> = BTreeSet::new();
    loop {
        lasting.extend(kept.iter().copied());
        lasting.extend(flows.iter().copied());
        let before = (kept.len(), lasting.len(), flows.len());
        for b in &body.blocks {
            for s in &b.stmts {
                match s {
                    Stmt::Let {
                        init: Some(f),
                        binds,
                        pat,
                        ..
                    } if binds.iter().any(|l| lasting.contains(l)) => {
                        borrowed_in(body, f, &mut kept);
                        // `let (ref a, n) = pair;` borrows `pair`.
                        if has_ref_binding(pat)
                            && let Some(root) = place_root(&f.expr).map(|i| i.to_string())
                        {
                            kept.extend(resolve_name(f, &root));
                        }
                        // What flows into a kept local is kept (`let w = r;`
                        // where `r` borrows).
                        flows.extend(f.mentions.iter().map(|m| m.local));
                    }
                    Stmt::Assign { local, value } if lasting.contains(local) => {
                        borrowed_in(body, value, &mut kept);
                        flows.extend(value.mentions.iter().map(|m| m.local));
                    }
                    Stmt::Expr(f) => stored_in(f, &lasting, &mut kept, &mut flows),
                    _ => {}
                }
            }
            match &b.term {
                Terminator::Match { scrutinee, arms }
                    if arms.iter().any(|a| !a.binds.is_empty()) =>
                {
                    borrowed_in(body, scrutinee, &mut kept);
                    extended_in(body, scrutinee, &mut flows);
                    // `match p { (ref a, _) => .. }` borrows `p` (also a
                    // bound temporary: `match make() { Some(ref s) => .. }`).
                    if arms.iter().any(|a| has_ref_binding(&a.pat))
                        && let Some(root) = place_root(&scrutinee.expr).map(|i| i.to_string())
                    {
                        kept.extend(resolve_name(scrutinee, &root));
                    }
                }
                Terminator::If { cond, binds, .. } if !binds.is_empty() => {
                    borrowed_in(body, cond, &mut kept);
                    extended_in(body, cond, &mut flows);
                    // `if let Some(ref mut v) = o` borrows `o` (when a
                    // binding lasts beyond this block).
                    if binds.iter().any(|l| lasting.contains(l)) {
                        for root in ref_bound_places(&cond.expr) {
                            kept.extend(resolve_name(cond, &root));
                        }
                    }
                }
                // A recursive call's frame keeps its arguments (borrows of
                // this frame's locals included) until the call returns.
                Terminator::Recurse { frame, .. } => {
                    borrowed_in(body, frame, &mut kept);
                    flows.extend(frame.mentions.iter().map(|m| m.local));
                }
                Terminator::Match { .. }
                | Terminator::If { .. }
                | Terminator::Goto(_)
                | Terminator::ForNext { .. }
                | Terminator::Yield { .. }
                | Terminator::Delegate { .. }
                | Terminator::Return(_)
                | Terminator::Unreachable => {}
            }
        }

        // A closure (not `move`) that uses a kept-in-place local by value
        // (`|e| add(e, k)`) is made `move` by the state machine, which
        // captures it as its type says (`rewrite`); that takes every local
        // the closure captures to be kept in place.
        for b in &body.blocks {
            for f in b
                .stmts
                .iter()
                .flat_map(Stmt::fragments)
                .chain(b.term.fragments())
            {
                owning_closures_in(f, &mut kept);
            }
        }

        kept.retain(|l| !matches!(body.local(*l).kind, LocalKind::Temp | LocalKind::InPlace));
        if (kept.len(), lasting.len(), flows.len()) == before {
            break;
        }
    }
    kept
}

/// Locals holding a large array (`[0u8; 4096]`, `let b: [u8; 4096]`): kept
/// in place too, so that a step does not copy them out of their slot and back.
fn large_arrays(body: &Body) -> BTreeSet<LocalId> {
    const LARGE: usize = 256;
    // A length given by a constant (`[0u8; BUF]`) is most likely a buffer.
    let large_len = |len: &Expr| match len {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) => i.base10_parse::<usize>().is_ok_and(|n| n >= LARGE),
        Expr::Path(_) => true,
        _ => false,
    };
    let mut out = BTreeSet::new();
    for b in &body.blocks {
        for s in &b.stmts {
            if let Stmt::Let {
                pat,
                init: Some(init),
                binds,
                ..
            } = s
                && binds.len() == 1
            {
                let typed = matches!(pat, Pat::Type(t) if matches!(&*t.ty, syn::Type::Array(a) if large_len(&a.len)));
                let repeat = matches!(&init.expr, Expr::Repeat(r) if large_len(&r.len));
                if typed || repeat {
                    out.insert(binds[0]);
                }
            }
        }
    }
    out
}

fn resolve_name(f: &Fragment, name: &str) -> Option<LocalId> {
    // Mentions were resolved when the fragment was made; the name maps to one
    // local there.
    f.mentions
        .iter()
        .rev()
        .find(|m| m.name == name)
        .map(|m| m.local)
}

/// Adds the temporaries a scrutinee takes a place from (`t` of `match
/// t.inner`, bound by the lowering for `match make(&mut buf).inner`) to
/// `out`: the bindings may borrow what the temporary's initialiser borrowed
/// (`buf`), so it counts as lasting.
fn extended_in(body: &Body, f: &Fragment, out: &mut BTreeSet<LocalId>) {
    out.extend(
        f.mentions
            .iter()
            .map(|m| m.local)
            .filter(|l| matches!(body.local(*l).kind, LocalKind::Extended { .. })),
    );
}

/// Adds the locals borrowed in `f` to `out`.
fn borrowed_in(body: &Body, f: &Fragment, out: &mut BTreeSet<LocalId>) {
    let finder = BorrowFinder::of(f);
    for root in finder
        .roots
        .into_iter()
        .chain(finder.raw_roots)
        .chain(finder.captures)
    {
        out.extend(resolve_name(f, &root));
    }
    for root in finder.pointer_roots {
        out.extend(resolve_name(f, &root).filter(|l| !body.local(*l).refers));
    }
}

/// A statement that stores values into a lasting local (`fs.push(|| k +
/// 1)`, `rs.push(&k)`, `h.f = &k`, a method call on the local or a place in
/// it, or an assignment to a place in it): the locals its closures capture
/// and those it takes `&` of are kept (added to `kept`), and a local it
/// stores as it is (`rs.push(r)`) lasts (added to `flows`). Other borrows
/// (`out.extend(v.iter())`) are left to rustc, to keep no more than needed.
fn stored_in(
    f: &Fragment,
    lasting: &BTreeSet<LocalId>,
    kept: &mut BTreeSet<LocalId>,
    flows: &mut BTreeSet<LocalId>,
) {
    let (dest, values): (_, Vec<&Expr>) = match &f.expr {
        Expr::MethodCall(m) => (place_root(&m.receiver), m.args.iter().collect()),
        Expr::Assign(a) => (place_root(&a.left), vec![&*a.right]),
        _ => return,
    };
    let Some(dest) = dest.and_then(|d| resolve_name(f, &d.to_string())) else {
        return;
    };
    if !lasting.contains(&dest) {
        return;
    }
    for value in values {
        let mut finder = BorrowFinder::new();
        finder.visit_expr(value);
        for root in finder.captures.into_iter().chain(finder.references) {
            kept.extend(resolve_name(f, &root));
        }
        if let Some(name) = place_root(value).filter(|_| matches!(value, Expr::Path(_))) {
            flows.extend(resolve_name(f, &name.to_string()));
        }
    }
}

/// Adds to `kept` the locals that the closures and `async` blocks (not
/// `move`) of `f` capture, for those that use a local of `kept` by value:
/// a name of one as a call or method argument, an element, a field value,
/// an initialiser, an assigned value, a returned value.
fn owning_closures_in(f: &Fragment, kept: &mut BTreeSet<LocalId>) {
    let kept_names: BTreeSet<&str> = f
        .mentions
        .iter()
        .filter(|m| kept.contains(&m.local))
        .map(|m| m.name.as_str())
        .collect();
    if kept_names.is_empty() {
        return;
    }
    struct Closures<'a> {
        kept: &'a BTreeSet<&'a str>,
        owning: Vec<Expr>,
    }
    impl<'ast> Visit<'ast> for Closures<'_> {
        fn visit_expr(&mut self, e: &'ast Expr) {
            let body = match e {
                Expr::Closure(c) if c.capture.is_none() => Some(&*c.body),
                Expr::Async(a) if a.capture.is_none() => None,
                _ => {
                    visit::visit_expr(self, e);
                    return;
                }
            };
            let mut by_value = ByValue {
                kept: self.kept,
                found: false,
            };
            match (e, body) {
                (_, Some(body)) => by_value.visit_expr(body),
                (Expr::Async(a), None) => by_value.visit_block(&a.block),
                _ => {}
            }
            if by_value.found {
                self.owning.push(e.clone());
            }
            visit::visit_expr(self, e);
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    struct ByValue<'a> {
        kept: &'a BTreeSet<&'a str>,
        found: bool,
    }
    impl ByValue<'_> {
        fn value(&mut self, e: &Expr) {
            if let Expr::Path(p) = crate::syntax::strip_parens(e)
                && let Some(i) = p.path.get_ident()
                && self.kept.contains(i.to_string().as_str())
            {
                self.found = true;
            }
        }
    }
    impl<'ast> Visit<'ast> for ByValue<'_> {
        fn visit_expr(&mut self, e: &'ast Expr) {
            match e {
                Expr::Call(c) => c.args.iter().for_each(|a| self.value(a)),
                Expr::MethodCall(m) => m.args.iter().for_each(|a| self.value(a)),
                Expr::Tuple(t) => t.elems.iter().for_each(|a| self.value(a)),
                Expr::Array(a) => a.elems.iter().for_each(|x| self.value(x)),
                Expr::Struct(s) => s.fields.iter().for_each(|f| self.value(&f.expr)),
                Expr::Return(syn::ExprReturn { expr: Some(v), .. })
                | Expr::Break(syn::ExprBreak { expr: Some(v), .. }) => self.value(v),
                Expr::Assign(a) => self.value(&a.right),
                _ => {}
            }
            visit::visit_expr(self, e);
        }
        fn visit_local(&mut self, l: &'ast syn::Local) {
            if let Some(init) = &l.init {
                self.value(&init.expr);
            }
            visit::visit_local(self, l);
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut closures = Closures {
        kept: &kept_names,
        owning: Vec::new(),
    };
    closures.visit_expr(&f.expr);
    for closure in closures.owning {
        let mut finder = BorrowFinder::new();
        finder.visit_expr(&closure);
        for name in finder.captures {
            kept.extend(resolve_name(f, &name));
        }
    }
}

/// Adds the locals that a raw pointer is taken to in `f` to `out`.
fn raw_pointers_in(body: &Body, f: &Fragment, out: &mut BTreeSet<LocalId>) {
    let finder = BorrowFinder::of(f);
    for root in finder.raw_roots {
        out.extend(resolve_name(f, &root));
    }
    for root in finder.pointer_roots {
        out.extend(resolve_name(f, &root).filter(|l| !body.local(*l).refers));
    }
}

/// Methods that return a raw pointer into their receiver (`v.as_ptr()` of a
/// `Vec`, an array, a `String`): the receiver must stay where it is, and
/// alive, while the pointer may be used.
const RAW_POINTER_METHODS: &[&str] = &["as_ptr", "as_mut_ptr", "as_ptr_range", "as_mut_ptr_range"];

/// Methods that by convention take `self` by value, so that calling one does
/// not borrow the receiver (`v.into_iter()`, `it.map(f)`, `opt.unwrap()`).
/// A wrong guess is not unsound: a missed borrow is a compile error.
fn consumes_receiver(method: &str) -> bool {
    method.starts_with("into_")
        || matches!(
            method,
            "map"
                | "filter"
                | "filter_map"
                | "flat_map"
                | "flatten"
                | "zip"
                | "chain"
                | "enumerate"
                | "skip"
                | "take"
                | "skip_while"
                | "take_while"
                | "map_while"
                | "step_by"
                | "rev"
                | "peekable"
                | "fuse"
                | "inspect"
                | "scan"
                | "cycle"
                | "cloned"
                | "copied"
                | "unwrap"
                | "expect"
                | "unwrap_or"
                | "unwrap_or_else"
                | "unwrap_or_default"
                | "ok"
                | "err"
                | "and_then"
                | "or_else"
                | "map_err"
                | "collect"
                | "sum"
                | "product"
                | "count"
                | "fold"
                | "for_each"
        )
}

/// Methods of std whose result does not borrow the receiver (`it.next()`,
/// `v.len()`, `s.clone()`), so that calling one keeps no borrow. Again a
/// wrong guess only turns into a compile error.
fn returns_owned(method: &str) -> bool {
    matches!(
        method,
        "next"
            | "next_back"
            | "nth"
            | "nth_back"
            | "len"
            | "is_empty"
            | "clone"
            | "to_string"
            | "to_owned"
            | "to_vec"
            | "contains"
            | "contains_key"
            | "starts_with"
            | "ends_with"
            | "pop"
            | "pop_front"
            | "pop_back"
            | "push"
            | "push_str"
            | "push_back"
            | "push_front"
            | "insert"
            | "remove"
            | "swap_remove"
            | "clear"
            | "extend"
            | "truncate"
            | "retain"
            | "sort"
            | "sort_by"
            | "sort_by_key"
            | "sort_unstable"
            | "dedup"
            | "reverse"
            | "parse"
            | "is_some"
            | "is_none"
            | "is_ok"
            | "is_err"
            | "eq"
            | "ne"
            | "cmp"
            | "partial_cmp"
            | "min"
            | "max"
            | "abs"
            | "pow"
            | "wrapping_add"
            | "wrapping_sub"
            | "wrapping_mul"
            | "wrapping_div"
            | "wrapping_rem"
            | "wrapping_neg"
            | "wrapping_shl"
            | "wrapping_shr"
            | "wrapping_pow"
            | "checked_add"
            | "checked_sub"
            | "checked_mul"
            | "checked_div"
            | "checked_rem"
            | "checked_neg"
            | "checked_shl"
            | "checked_shr"
            | "checked_pow"
            | "saturating_add"
            | "saturating_sub"
            | "saturating_mul"
            | "saturating_pow"
            | "overflowing_add"
            | "overflowing_sub"
            | "overflowing_mul"
            | "rem_euclid"
            | "div_euclid"
            | "rotate_left"
            | "rotate_right"
            | "count_ones"
            | "count_zeros"
            | "leading_zeros"
            | "trailing_zeros"
            | "swap_bytes"
            | "to_be"
            | "to_le"
            | "to_be_bytes"
            | "to_le_bytes"
            | "to_ne_bytes"
            | "signum"
            | "clamp"
            | "capacity"
            // Raw pointers: their results carry no lifetime of the receiver.
            | "add"
            | "sub"
            | "offset"
            | "byte_add"
            | "byte_sub"
            | "byte_offset"
            | "wrapping_offset"
            | "wrapping_byte_add"
            | "wrapping_byte_sub"
            | "offset_from"
            | "cast"
            | "cast_mut"
            | "cast_const"
            | "is_null"
            | "addr"
            | "read"
            | "read_unaligned"
            | "read_volatile"
    )
}

/// The roots of the places that the `let`s of a let-chain bind by
/// reference (`o` of `let Some(ref v) = o && ..`).
fn ref_bound_places(cond: &Expr) -> Vec<String> {
    match cond {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            let mut out = ref_bound_places(&b.left);
            out.extend(ref_bound_places(&b.right));
            out
        }
        Expr::Group(g) => ref_bound_places(&g.expr),
        Expr::Let(l) if has_ref_binding(&l.pat) => place_root(&l.expr)
            .map(|i| i.to_string())
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// Finds the roots of borrowed places. Stops at items; inside non-`move`
/// closures and `async` blocks every name counts (a capture by reference).
struct BorrowFinder {
    roots: Vec<String>,
    /// Roots of raw pointers: `&raw const x`, `addr_of!(x)`, `&x as *const
    /// T`.
    raw_roots: Vec<String>,
    /// Roots of `x.as_ptr()`-like calls: a raw pointer into `x` unless `x`
    /// is a reference.
    pointer_roots: Vec<String>,
    /// The names that non-`move` closures mention (each may be a capture
    /// by reference), also among the tokens of macros inside them and in
    /// closures among macro arguments (`vec![Box::new(|| v.len())]`).
    captures: Vec<String>,
    /// The roots of `&x` and `&mut x` (also in `roots`).
    references: Vec<String>,
    in_closure: usize,
}

impl BorrowFinder {
    /// The roots a fragment borrows or takes pointers to.
    fn of(f: &Fragment) -> BorrowFinder {
        let mut finder = BorrowFinder::new();
        finder.visit_expr(&f.expr);
        finder
    }

    fn new() -> BorrowFinder {
        BorrowFinder {
            roots: Vec::new(),
            raw_roots: Vec::new(),
            pointer_roots: Vec::new(),
            captures: Vec::new(),
            references: Vec::new(),
            in_closure: 0,
        }
    }
}

impl<'ast> Visit<'ast> for BorrowFinder {
    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::Reference(r) => {
                let root = place_root(&r.expr).map(|i| i.to_string());
                self.references.extend(root.clone());
                self.roots.extend(root);
            }
            // A raw pointer to a local (`&raw const x`) must stay valid as
            // long as it lives, as in Rust: the local is kept in place, at a
            // stable address and to the end of its scope. (`v.as_ptr()`
            // is a pointer into `v` too, unless `v` is a reference.)
            Expr::RawAddr(r) => self
                .raw_roots
                .extend(place_root(&r.expr).map(|i| i.to_string())),
            // `&x as *const T`: the reference ends here, the pointer not.
            Expr::Cast(c) if matches!(&*c.ty, syn::Type::Ptr(_)) => {
                let mut operand = &*c.expr;
                while let Expr::Paren(syn::ExprParen { expr, .. })
                | Expr::Group(syn::ExprGroup { expr, .. }) = operand
                {
                    operand = expr;
                }
                if let Expr::Reference(r) = operand {
                    self.raw_roots
                        .extend(place_root(&r.expr).map(|i| i.to_string()));
                }
            }
            Expr::MethodCall(m) if RAW_POINTER_METHODS.contains(&&*m.method.to_string()) => self
                .pointer_roots
                .extend(place_root(&m.receiver).map(|i| i.to_string())),
            Expr::MethodCall(m)
                if !consumes_receiver(&m.method.to_string())
                    && !returns_owned(&m.method.to_string()) =>
            {
                self.roots
                    .extend(place_root(&m.receiver).map(|i| i.to_string()))
            }
            // A `ref` binding borrows the matched place (`match o {
            // Some(ref mut x) => x, .. }`, `if let Some(ref x) = o`).
            Expr::Match(m) if m.arms.iter().any(|a| has_ref_binding(&a.pat)) => self
                .roots
                .extend(place_root(&m.expr).map(|i| i.to_string())),
            Expr::Let(l) if has_ref_binding(&l.pat) => self
                .roots
                .extend(place_root(&l.expr).map(|i| i.to_string())),
            Expr::Closure(c) if c.capture.is_none() => {
                self.in_closure += 1;
                visit::visit_expr_closure(self, c);
                self.in_closure -= 1;
                return;
            }
            Expr::Closure(_) => return,
            // An `async` block captures like a closure.
            Expr::Async(a) if a.capture.is_none() => {
                self.in_closure += 1;
                visit::visit_expr_async(self, a);
                self.in_closure -= 1;
                return;
            }
            Expr::Async(_) => return,
            Expr::Path(p) if self.in_closure > 0 => {
                if let Some(i) = p.path.get_ident() {
                    self.captures.push(i.to_string());
                }
            }
            _ => {}
        }
        visit::visit_expr(self, e);
    }

    fn visit_local(&mut self, l: &'ast syn::Local) {
        if has_ref_binding(&l.pat)
            && let Some(init) = &l.init
        {
            self.roots
                .extend(place_root(&init.expr).map(|i| i.to_string()));
        }
        visit::visit_local(self, l);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        // The lowering's placeholders hold user expressions: scan them as such.
        if crate::ir::placeholder_name(m).is_some()
            && let Some(args) = crate::syntax::parse_macro_exprs(m)
        {
            args.iter().for_each(|e| self.visit_expr(e));
            return;
        }
        // Raw pointers among arguments that are expressions (`vec![v.as_ptr()]`,
        // `vec![addr_of!(x)]`); other borrows in them are found in the tokens.
        if let Some(args) = crate::syntax::parse_macro_exprs(m) {
            let mut inner = BorrowFinder {
                in_closure: self.in_closure,
                ..BorrowFinder::new()
            };
            args.iter().for_each(|e| inner.visit_expr(e));
            self.raw_roots.extend(inner.raw_roots);
            self.pointer_roots.extend(inner.pointer_roots);
            self.captures.extend(inner.captures);
        }
        let tokens: Vec<TokenTree> = flatten(m.tokens.clone());
        // Inside a non-`move` closure, any local the tokens name may be
        // captured by reference (`|| format!("{name}: {}", v.len())`): a
        // name not after a single `.` (a field or method), or a format
        // string's implicit capture.
        if self.in_closure > 0 {
            for (i, t) in tokens.iter().enumerate() {
                let dot = |k: usize| matches!(tokens.get(k), Some(TokenTree::Punct(p)) if p.as_char() == '.');
                match t {
                    TokenTree::Ident(name)
                        if !(i >= 1 && dot(i - 1) && !(i >= 2 && dot(i - 2))) =>
                    {
                        self.captures.push(name.to_string())
                    }
                    TokenTree::Literal(l) => self
                        .captures
                        .extend(crate::resolve::format_captures(&l.to_string())),
                    _ => {}
                }
            }
        }
        // `addr_of!(x.f)` / `addr_of_mut!(x)`: a raw pointer to the place.
        if m.path
            .segments
            .last()
            .is_some_and(|s| s.ident == "addr_of" || s.ident == "addr_of_mut")
            && let Some(TokenTree::Ident(name)) = tokens.first()
        {
            self.raw_roots.push(name.to_string());
        }
        // `&x` / `&mut x` among the macro's tokens.
        for (i, t) in tokens.iter().enumerate() {
            if let TokenTree::Punct(p) = t
                && p.as_char() == '&'
            {
                let mut j = i + 1;
                // `&raw const x` / `&raw mut x`
                let raw = matches!(tokens.get(j), Some(TokenTree::Ident(k)) if k == "raw")
                    && matches!(tokens.get(j + 1), Some(TokenTree::Ident(k)) if k == "const" || k == "mut");
                if raw {
                    j += 2;
                } else if matches!(tokens.get(j), Some(TokenTree::Ident(k)) if k == "mut") {
                    j += 1;
                }
                if let Some(TokenTree::Ident(name)) = tokens.get(j) {
                    if raw {
                        self.raw_roots.push(name.to_string());
                    } else {
                        self.roots.push(name.to_string());
                        self.references.push(name.to_string());
                    }
                }
            }
        }
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

#[cfg(test)]
mod tests {

    #[test]
    fn methods_that_borrow_their_receiver_are_neither_consuming_nor_owned() {
        for m in crate::syntax::BORROWING_METHODS {
            assert!(
                !super::consumes_receiver(m) && !super::returns_owned(m),
                "{m}"
            );
        }
    }

    /// The names of the locals of `src` (a block) kept in place.
    fn kept(src: &str) -> Vec<String> {
        let body = crate::lower::lower_source(&[], src);
        let live = crate::analyse::liveness(&body);
        super::kept(&body, &live)
            .into_iter()
            .map(|l| body.local(l).ident.to_string())
            .collect()
    }

    #[test]
    fn a_borrow_held_across_a_yield_keeps_the_local_in_place() {
        assert_eq!(
            kept("{ let v = vec![1]; let r = &v; yield_!(0); r.len(); }"),
            ["v"]
        );
    }

    #[test]
    fn a_raw_pointer_held_across_a_yield_keeps_the_local_in_place() {
        for src in [
            "{ let v = vec![1]; let p = v.as_ptr(); yield_!(0); unsafe { *p }; }",
            "{ let mut a = [1u8; 4]; let p = a.as_mut_ptr(); yield_!(0); unsafe { *p = 2 }; }",
            "{ let x = 1; let p = &raw const x; yield_!(0); unsafe { *p }; }",
            "{ let x = 1; let p = core::ptr::addr_of!(x); yield_!(0); unsafe { *p }; }",
            "{ let x = 1; let p = m!(&raw const x); yield_!(0); unsafe { *p }; }",
            "{ let v = vec![1]; f(v.as_ptr(), { yield_!(0); 1 }); }",
        ] {
            let names = kept(src);
            assert!(
                names == ["v"] || names == ["a"] || names == ["x"],
                "{src}: {names:?}"
            );
        }
    }

    #[test]
    fn a_raw_pointer_stored_by_a_statement_keeps_the_local_in_place() {
        for src in [
            "{ let mut ps = Vec::new(); let v = vec![1]; ps.push(v.as_ptr()); yield_!(0); ps; }",
            "{ let mut ps = Vec::new(); let x = 1; ps.push(&raw const x); yield_!(0); ps; }",
            "{ let mut ps = Vec::new(); let x = 1; ps.push(&x as *const i32); yield_!(0); ps; }",
            "{ let mut h = H::default(); let x = 1; h.p = core::ptr::addr_of!(x); yield_!(0); h; }",
            "{ let v = vec![1]; let ps = vec![v.as_ptr()]; yield_!(0); ps; }",
            "{ let x = 1; let ps = vec![core::ptr::addr_of!(x)]; yield_!(0); ps; }",
        ] {
            let names = kept(src);
            assert!(names == ["v"] || names == ["x"], "{src}: {names:?}");
        }
    }

    #[test]
    fn a_borrow_that_ends_before_the_yield_does_not() {
        assert!(kept("{ let v = vec![1]; let n = v.len(); yield_!(n); v.len(); }").is_empty());
    }

    #[test]
    fn the_iterable_of_a_for_whose_body_yields_is_kept_in_place() {
        assert_eq!(
            kept("{ let v = vec![1]; for x in &v { yield_!(*x); } }"),
            ["v"]
        );
        assert_eq!(
            kept("{ let v = vec![1]; for x in v.iter() { yield_!(*x); } }"),
            ["v"]
        );
    }

    #[test]
    fn a_borrowed_temporary_of_the_iterable_of_a_for_is_kept_in_place() {
        let mut names =
            kept("{ let c = RefCell::new(vec![1]); for x in c.borrow().iter() { yield_!(*x); } }");
        names.sort();
        assert_eq!(names, ["__genfn_temporary0", "c"]);
    }

    #[test]
    fn a_temporary_bound_by_ref_across_a_yield_is_kept_in_place() {
        let src = "{ match make() { Some(ref s) => { yield_!(s.len()); s.len(); } None => {} } }";
        assert_eq!(kept(src), ["__genfn_temporary1"]);
        let src = "{ let r = &make(); yield_!(0); r.len(); }";
        assert_eq!(kept(src), ["__genfn_temporary0"]);
    }

    #[test]
    fn consuming_and_owned_result_methods_do_not_keep_their_receiver() {
        assert!(kept("{ let v = vec![1]; for x in v.into_iter() { yield_!(x); } }").is_empty());
        assert!(kept("{ let v = vec![1]; let n = v.len(); yield_!(n); }").is_empty());
    }

    #[test]
    fn what_a_kept_local_borrows_is_kept_too() {
        let mut names = kept("{ let v = vec![1]; let w = &v; let r = &w; yield_!(0); r.len(); }");
        names.sort();
        assert_eq!(names, ["v", "w"]);
    }

    #[test]
    fn a_ref_binding_of_a_matched_local_keeps_it() {
        let src = "{ let p = (1, 2); match p { (ref a, _) => { yield_!(*a); } } }";
        assert_eq!(kept(src), ["p"]);
    }

    #[test]
    fn a_ref_binding_of_an_if_let_keeps_the_matched_local() {
        let src = "{ let mut o = Some(1); if let Some(ref mut v) = o { yield_!(*v); *v += 1; } }";
        assert_eq!(kept(src), ["o"]);
        let src =
            "{ let o = Some(1); let n = 2; if n > 1 && let Some(ref v) = o { yield_!(*v); } }";
        assert_eq!(kept(src), ["o"]);
    }

    #[test]
    fn a_borrow_inside_a_macro_keeps_the_local() {
        assert_eq!(
            kept("{ let v = vec![1]; let r = m!(&v); yield_!(0); r.len(); }"),
            ["v"]
        );
    }

    #[test]
    fn what_a_kept_closure_captures_is_kept_also_in_macros_and_async_blocks() {
        let mut names = kept(
            "{ let v = vec![1]; let n = 1; let f = || format!(\"{n}{:?}\", v); yield_!(0); f(); }",
        );
        names.sort();
        assert_eq!(names, ["n", "v"]);
        let mut names = kept(
            "{ let v = vec![1]; let k = 2; let fs = vec![Box::new(|| v.len() + k)]; yield_!(0); fs; }",
        );
        names.sort();
        assert_eq!(names, ["k", "v"]);
        assert_eq!(
            kept("{ let v = vec![1]; let fut = async { v.len() }; yield_!(0); fut; }"),
            ["v"]
        );
        assert!(
            kept("{ let v = vec![1]; let fut = async move { v.len() }; yield_!(0); fut; }")
                .is_empty()
        );
    }

    #[test]
    fn a_closure_or_borrow_stored_by_a_statement_into_a_lasting_local_is_kept() {
        assert_eq!(
            kept("{ let k = 1; let mut fs = Vec::new(); fs.push(|| k); yield_!(0); fs; }"),
            ["k"]
        );
        assert_eq!(
            kept("{ let k = 1; let mut h = H::new(); h.f = &k; yield_!(0); h; }"),
            ["k"]
        );
        // Other borrows in the statement are left to rustc.
        assert!(
            kept("{ let v = vec![1]; let mut out = Vec::new(); out.extend(v.iter()); yield_!(0); out; }")
                .is_empty()
        );
    }

    #[test]
    fn every_capture_of_a_closure_that_uses_a_kept_local_by_value_is_kept() {
        let src =
            "{ let k = 1; let r = &k; yield_!(0); let y = 2; let f = |e| add(e, k) + y; f(1); r; }";
        let mut names = kept(src);
        names.sort();
        assert_eq!(names, ["k", "y"]);
        // Used as a place only: the other capture stays where it is.
        let src =
            "{ let k = 1; let r = &k; yield_!(0); let y = 2; let f = |e| e + k + y; f(1); r; }";
        assert_eq!(kept(src), ["k"]);
    }

    #[test]
    fn a_large_array_is_kept_in_place_without_a_borrow() {
        assert_eq!(kept("{ let b = [0u8; 4096]; yield_!(0); b.len(); }"), ["b"]);
    }
}
