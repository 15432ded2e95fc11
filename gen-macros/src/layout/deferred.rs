//! Takes of locals declared without a value (`let x;`) where the slot may
//! still be empty.
//!
//! The planner takes a local that is live when a block starts as full
//! (`Take::Unwrap`). Liveness over-approximates, and for a local declared
//! without a value that is not a proof that it has one: an assignment the
//! analysis does not see as a definition (in a macro's tokens, a labelled
//! block, an argument) counts as a read, so the local is live, and taken,
//! before the block that assigns it. Rust's own analysis proves that
//! nothing reads such a local before it is assigned, so where its slot may
//! be empty the block that takes it can declare it uninitialised and let
//! rustc track the assignment (`Take::MaybeInit`).
//!
//! "May be empty" comes from a forward analysis of the slots that are
//! definitely full: the saves and the edges' puts fill them, takes and
//! clears empty them, and paths meet by intersection. A save on the way
//! out of a statement (a `break` inside it) fills the slot on that jump's
//! edge only.
//!
//! Two refinements keep valid code compiling. A block that reads the local
//! in its own tokens before any assignment keeps the `Unwrap` take: the
//! path on which the slot may be empty is one that never runs (a macro's
//! `break` taken for code that completes), and `MaybeInit` would make rustc
//! reject the read (`read_first`). And a `return` (or `?`) before the
//! statement that first mentions a `MaybeInit` local does not save it,
//! which rustc would reject too: it may have no value there.

use std::collections::BTreeSet;

use super::{BlockPlan, EdgePlan, End, Take, term_targets};
use crate::ir::{BlockId, Body, LocalId, Stmt};

/// The locals bound by a `let` without an initialiser.
pub fn deferred_locals(body: &Body) -> BTreeSet<LocalId> {
    body.blocks
        .iter()
        .flat_map(|b| &b.stmts)
        .filter_map(|s| match s {
            Stmt::Let {
                init: None, binds, ..
            } => Some(binds),
            _ => None,
        })
        .flatten()
        .copied()
        .collect()
}

/// Before: the plans, whose takes of a live local assume its slot full.
/// After: a deferred local taken where its slot may be empty is taken with
/// `Take::MaybeInit`.
pub fn take_deferred_where_maybe_empty(
    body: &Body,
    blocks: &mut [BlockPlan],
    deferred: &BTreeSet<LocalId>,
) {
    if deferred.is_empty() {
        return;
    }
    // The deferred locals whose slots are full when each block starts
    // (`None`: no path reaches it yet, the top of the intersection).
    let mut full_in: Vec<Option<BTreeSet<LocalId>>> = vec![None; blocks.len()];
    full_in[body.entry.0] = Some(BTreeSet::new());
    let mut work = vec![body.entry];
    while let Some(b) = work.pop() {
        let start = full_in[b.0].clone().unwrap_or_default();
        for (target, out) in transfer(body, &mut blocks[b.0], b, start, deferred, false) {
            let slot = &mut full_in[target.0];
            let changed = match slot {
                None => {
                    *slot = Some(out);
                    true
                }
                Some(old) => {
                    let before = old.len();
                    old.retain(|l| out.contains(l));
                    old.len() != before
                }
            };
            if changed && !work.contains(&target) {
                work.push(target);
            }
        }
    }
    for (b, full) in full_in.into_iter().enumerate() {
        if let Some(full) = full {
            transfer(body, &mut blocks[b], BlockId(b), full, deferred, true);
        }
    }
}

/// The slots full after a statement or an edge: those it saves into, less
/// those the scopes it ends clear (but for one it saves, whose value waits
/// in its slot to be dropped there).
fn fill<'a>(full: &mut BTreeSet<LocalId>, puts: impl Iterator<Item = &'a LocalId>, ends: &[End]) {
    let puts: BTreeSet<LocalId> = puts.copied().collect();
    full.extend(&puts);
    for end in ends {
        if let End::Clear(l) = end
            && !puts.contains(l)
        {
            full.remove(l);
        }
    }
}

/// Whether the code of block `b` from statement `from` on (then its
/// terminator) reads the local `l` in its own tokens before it assigns or
/// shadows it. Such a take stays `Unwrap`: the path on which the slot may be
/// empty is one that never runs (a macro's `break` the lowering takes for
/// code that completes), as Rust proves that the read has a value. A
/// statement that mentions the local only in a macro's tokens ends the
/// search: the macro may be the assignment (`set!(x, 1); f(x)`).
fn read_first(body: &Body, b: BlockId, from: usize, l: LocalId) -> bool {
    let block = body.block(b);
    let name = body.local(l).ident.to_string();
    let stmts = block.stmts.iter().skip(from);
    for s in stmts {
        if in_macro_only(body, s, l) {
            return false;
        }
        if let Stmt::Let { binds, .. } = s {
            for f in s.fragments() {
                if let Some(read) = first_mention(&f.expr, &name) {
                    return read;
                }
            }
            if binds.iter().any(|x| body.local(*x).ident == name) {
                return false;
            }
            continue;
        }
        if let Stmt::Assign { local, value } = s {
            if let Some(read) = first_mention(&value.expr, &name) {
                return read;
            }
            if *local == l {
                return false;
            }
            continue;
        }
        for f in s.fragments() {
            if let Some(read) = first_mention(&f.expr, &name) {
                return read;
            }
        }
    }
    block
        .term
        .fragments()
        .iter()
        .find_map(|f| first_mention(&f.expr, &name))
        .unwrap_or(false)
}

/// The first mention of `name` in `e`'s own tokens, in evaluation order
/// (an assignment's value before its assignee): `Some(true)` a read,
/// `Some(false)` an assignment of the whole local.
fn first_mention(e: &syn::Expr, name: &str) -> Option<bool> {
    use syn::visit::Visit;
    struct First<'n> {
        name: &'n str,
        found: Option<bool>,
    }
    impl<'ast> Visit<'ast> for First<'_> {
        fn visit_expr(&mut self, e: &'ast syn::Expr) {
            if self.found.is_some() {
                return;
            }
            match e {
                syn::Expr::Assign(a) => {
                    self.visit_expr(&a.right);
                    if self.found.is_none()
                        && matches!(&*a.left, syn::Expr::Path(p) if p.path.is_ident(self.name))
                    {
                        self.found = Some(false);
                    } else {
                        self.visit_expr(&a.left);
                    }
                }
                syn::Expr::Path(p) if p.path.is_ident(self.name) => self.found = Some(true),
                _ => syn::visit::visit_expr(self, e),
            }
        }
        // The standard library's macros (`vec!`, `format!`, `assert!`) take
        // expressions, which are read; another macro's tokens are not
        // looked at (it may assign).
        fn visit_macro(&mut self, m: &'ast syn::Macro) {
            if crate::syntax::is_std_macro(m)
                && let Some(args) = crate::syntax::parse_macro_exprs(m)
            {
                for a in &args {
                    self.visit_expr(a);
                }
            }
        }
    }
    let mut first = First { name, found: None };
    first.visit_expr(e);
    first.found
}

/// Runs block `b` from the deferred locals whose slots are full when it
/// starts; returns those full on each edge. With `fix`, a take of a
/// deferred local whose slot may be empty there becomes `MaybeInit`.
fn transfer(
    body: &Body,
    plan: &mut BlockPlan,
    b: BlockId,
    mut full: BTreeSet<LocalId>,
    deferred: &BTreeSet<LocalId>,
    fix: bool,
) -> Vec<(BlockId, BTreeSet<LocalId>)> {
    let block = body.block(b);
    let mut outs = Vec::new();
    // The takes made `MaybeInit`, and from which statement.
    let switched = std::cell::RefCell::new(Vec::new());
    // Where the take is: the statement from which the block's code runs
    // (its last statement plus one: the terminator).
    let take = |full: &mut BTreeSet<LocalId>, l: LocalId, form: &mut Take, from: usize| {
        if fix
            && *form == Take::Unwrap
            && deferred.contains(&l)
            && !full.contains(&l)
            && !read_first(body, b, from, l)
        {
            *form = Take::MaybeInit;
            switched.borrow_mut().push((l, from));
        }
        if matches!(*form, Take::Unwrap | Take::MaybeInit) {
            full.remove(&l);
        }
    };
    for l in &plan.entry_clears {
        full.remove(l);
    }
    for (l, form) in &mut plan.head_takes {
        take(&mut full, *l, form, 0);
    }
    for f in &mut plan.frames {
        for (l, form, _) in &mut f.opens {
            if let Some(form) = form {
                take(&mut full, *l, form, 0);
            }
        }
    }
    // A jump inside a statement (or the terminator) fills what it saves on
    // its own edge.
    let jumps_of = |plan: &BlockPlan, index: Option<usize>, full: &BTreeSet<LocalId>| {
        plan.jumps
            .iter()
            .filter(|(j, _)| plan.jump_stmt.get(*j).copied() == index)
            .map(|(j, e)| {
                let mut out = full.clone();
                let puts = e
                    .saves
                    .iter()
                    .chain(&e.fresh)
                    .chain(&body.jumps[j.0].result);
                fill(&mut out, puts, &e.ends);
                (body.jumps[j.0].edge.target, out)
            })
            .collect::<Vec<_>>()
    };
    for i in 0..block.stmts.len() {
        for (l, form) in &mut plan.stmts[i].takes {
            take(&mut full, *l, form, i);
        }
        outs.extend(jumps_of(plan, Some(i), &full));
        let sp = &plan.stmts[i];
        fill(&mut full, sp.saves.iter().chain(&sp.park), &sp.ends);
    }
    for (l, form) in &mut plan.term_takes {
        take(&mut full, *l, form, block.stmts.len());
    }
    outs.extend(jumps_of(plan, None, &full));
    for (key, target) in term_targets(&block.term) {
        let mut edge_full = full.clone();
        if let Some(e) = plan.edges.get(&key) {
            fill(&mut edge_full, e.saves.iter().chain(&e.fresh), &e.ends);
        }
        outs.push((target, edge_full));
    }
    // Only deferred locals are tracked.
    for (_, out) in &mut outs {
        out.retain(|l| deferred.contains(l));
    }
    // A `return` (or `?`) before the statement that first mentions such a
    // local does not save it: it may have no value there, which rustc
    // would not let the save read. What value it may hold is dropped with
    // the block's other Rust locals when the return leaves them.
    for (l, from) in switched.into_inner() {
        let mentions = |s: &Stmt| {
            s.fragments()
                .iter()
                .any(|f| f.mentions.iter().any(|m| m.local == l))
        };
        let first = (from..block.stmts.len())
            .find(|&i| mentions(&block.stmts[i]))
            .unwrap_or(block.stmts.len());
        for sp in plan.stmts.iter_mut().take(first).skip(from) {
            sp.returns.retain(|r| *r != l);
        }
        if first == block.stmts.len()
            && !block
                .term
                .fragments()
                .iter()
                .any(|f| f.mentions.iter().any(|m| m.local == l))
        {
            plan.term_returns.retain(|r| *r != l);
        }
    }
    outs
}

/// Whether statement `s` mentions local `l` only among the tokens of a
/// macro other than std's, which may assign it (`set!(x, 1)`).
fn in_macro_only(body: &Body, s: &Stmt, l: LocalId) -> bool {
    let name = body.local(l).ident.to_string();
    let mentioned = s
        .fragments()
        .iter()
        .any(|f| f.mentions.iter().any(|m| m.local == l));
    mentioned
        && s.fragments()
            .iter()
            .all(|f| first_mention(&f.expr, &name).is_none())
}

/// The deferred locals some block takes as possibly uninitialised
/// (`Take::MaybeInit`) and then saves, or drops where a scope ends, where
/// Rust cannot see them assigned: on an edge or at a statement before any
/// statement that certainly assigns the whole local (`x = v;`, `(x, y) =
/// pair;`) or mentions it only in a macro's tokens (which may assign it),
/// but for a jump that the statement assigns it on the way to (`if c { x =
/// v; break; }`). Rust rejects the read (E0381). It happens where the local
/// is live, or its scope ends, only through an edge the analysis cannot
/// rule out and which never runs with the local unassigned: a macro's
/// `break` (`thrice!`) out of a loop whose other exit assigns the local
/// first. Such a local is kept in place instead: it lives in its slot, with
/// a flag that says whether it holds a value, and needs no save or `drop`.
pub fn saved_before_assigned(body: &Body, blocks: &[BlockPlan]) -> BTreeSet<LocalId> {
    let mut out = BTreeSet::new();
    for (b, plan) in blocks.iter().enumerate() {
        let block = body.block(BlockId(b));
        let opened = plan
            .frames
            .iter()
            .flat_map(|f| &f.opens)
            .filter_map(|(l, t, _)| Some((*l, (*t)?)));
        let mut takes: Vec<(LocalId, usize)> = plan
            .head_takes
            .iter()
            .copied()
            .chain(opened)
            .filter(|(_, t)| *t == Take::MaybeInit)
            .map(|(l, _)| (l, 0))
            .collect();
        for (i, sp) in plan.stmts.iter().enumerate() {
            takes.extend(
                sp.takes
                    .iter()
                    .filter(|(_, t)| *t == Take::MaybeInit)
                    .map(|(l, _)| (*l, i)),
            );
        }
        takes.extend(
            plan.term_takes
                .iter()
                .filter(|(_, t)| *t == Take::MaybeInit)
                .map(|(l, _)| (*l, block.stmts.len())),
        );
        for (l, from) in takes {
            // Saved, or dropped where its scope ends (`drop(x)`): both read it.
            let reads = |e: &EdgePlan| {
                e.saves.iter().chain(&e.fresh).any(|x| *x == l) || e.ends.contains(&End::Drop(l))
            };
            let jump_saves = |at: Option<usize>| {
                plan.jumps.iter().any(|(j, e)| {
                    let jump = &body.jumps[j.0];
                    plan.jump_stmt.get(j).copied() == at
                        && reads(e)
                        && !jump.assigned_before.contains(&l)
                        && jump.result != Some(l)
                })
            };
            let mut assigned = false;
            for i in from..block.stmts.len() {
                if !assigned && jump_saves(Some(i)) {
                    out.insert(l);
                }
                assigned |= match &block.stmts[i] {
                    Stmt::Assign { local, .. } => *local == l,
                    Stmt::Let { binds, .. } => binds.contains(&l),
                    // `(x, y) = pair;`, `x = v` inside an expression that
                    // assigns on every path.
                    Stmt::Expr(f) => crate::analyse::assigned_by(f).any(|x| x == l),
                    Stmt::ScopeEnd(_) => false,
                } || in_macro_only(body, &block.stmts[i], l);
                let sp = &plan.stmts[i];
                let saved = sp
                    .saves
                    .iter()
                    .chain(&sp.park)
                    .chain(&sp.returns)
                    .any(|x| *x == l)
                    || sp.ends.contains(&End::Drop(l));
                if !assigned && saved {
                    out.insert(l);
                }
            }
            let edge_saves = plan.edges.values().any(reads);
            if !assigned && (jump_saves(None) || edge_saves || plan.term_returns.contains(&l)) {
                out.insert(l);
            }
        }
    }
    out
}
