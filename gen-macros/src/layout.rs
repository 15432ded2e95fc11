//! Layout phase: decides, for every block, which locals the block works on as
//! ordinary Rust locals ("held"), when each is taken out of its slot, which
//! are saved back on each edge and which slots are cleared, and from that
//! which locals need a slot at all.
//!
//! The rules (the user guide's *Locals and drops*):
//! - a local is taken out of its slot before the first statement that
//!   mentions it;
//! - on an edge, a held local is saved if it is live at the target, or if it
//!   is still in scope there and has not been mentioned since it was
//!   assigned (an untouched guard lives to the end of its scope);
//! - any other held local is dropped when the block's code ends, which for
//!   a suspension point is before the caller sees the yielded value;
//! - at the end of a scope, the slots of its locals are cleared in reverse
//!   declaration order.

use quote::ToTokens;
use std::collections::{BTreeMap, BTreeSet};

use crate::analyse::{Liveness, LocalSet};
use crate::ir::{
    BlockId, Body, Edge, Fragment, JumpId, LocalId, LocalKind, ScopeId, Stmt, Terminator,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Take {
    /// Live at the block's start: its slot holds a value.
    Unwrap,
    /// Mentioned but assigned before any read: declare it, with the slot's
    /// value if there is one (rustc then tracks initialisation itself), so
    /// that an assignment drops the value it replaces.
    MaybeInit,
    /// Assigned before any read, and its slot is empty (a temporary).
    Fresh,
    /// Kept in place: bind the pointer to its slot.
    Kept,
}

/// What happens to a local whose scope ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// It is in its slot: clear the slot (if it has one).
    Clear(LocalId),
    /// It is held and was not mentioned since it was assigned, so it cannot
    /// have been moved: drop it right here, keeping the order exact.
    Drop(LocalId),
}

#[derive(Clone, Debug, Default)]
pub struct EdgePlan {
    /// Held locals saved into their slots, in declaration order.
    pub saves: Vec<LocalId>,
    /// Locals the terminator binds on its way to this edge (a pattern's
    /// bindings, a delegation's result), saved where they are bound.
    pub fresh: Vec<LocalId>,
    /// The locals of the scopes the edge leaves (innermost first, reverse
    /// declaration order). Held locals mentioned since their assignment are
    /// not listed: they are dropped when the block's code ends.
    pub ends: Vec<End>,
    /// Slots cleared at the start of the target instead (see
    /// `BlockPlan::deferred`).
    pub deferred: Vec<LocalId>,
}

#[derive(Clone, Debug, Default)]
pub struct StmtPlan {
    pub takes: Vec<(LocalId, Take)>,
    /// Held locals saved before a `let` shadows them.
    pub saves: Vec<LocalId>,
    /// What a `ScopeEnd` does with the scope's locals.
    pub ends: Vec<End>,
    /// Untouched held locals a `ScopeEnd` saves so that their drop can wait
    /// with the deferred ones (see `BlockPlan::deferred`).
    pub park: Vec<LocalId>,
    /// Locals this `let` binds whose slots the end of their scope clears
    /// (kept in place, or saved since): the code after the `let` up to that
    /// end is a nested Rust block, so that the locals declared after them
    /// are dropped first.
    pub nest: Vec<LocalId>,
    /// A `ScopeEnd` that closes one of the block's `frames`.
    pub closes: bool,
    /// A `let x;` without initialiser whose locals this block does not
    /// mention afterwards: not emitted (a later block declares them), so that
    /// rustc does not have to infer the type of an unused declaration.
    pub skip: bool,
    /// Held locals a `return` (or `?`) inside the statement saves into their
    /// slots before leaving the block: not mentioned since assigned, they
    /// are then dropped with the slots, in reverse declaration order.
    pub returns: Vec<LocalId>,
}

pub use crate::ir::EdgeKey;

/// A lowered scope that encloses the start of a block and ends in it: the
/// block's code up to that end is a Rust block, so that the locals of the
/// scope the block holds are dropped at its closing brace, as in the code
/// the user wrote, before the code after it (and the end of the scope clears
/// its slots right after them, which also orders the borrowers of a
/// kept-in-place local before it).
#[derive(Clone, Debug)]
pub struct Frame {
    pub scope: ScopeId,
    /// The statement (the `ScopeEnd`) that closes it.
    pub end: usize,
    /// The scope's locals that no `let` of the block declares, in
    /// declaration order: the take at the opening of the Rust block, if the
    /// block mentions the local, and whether its slot is cleared when the
    /// scope ends (then the code after it is a nested block, so that the
    /// locals declared after it are dropped first).
    pub opens: Vec<(LocalId, Option<Take>, bool)>,
}

#[derive(Default)]
pub struct BlockPlan {
    pub stmts: Vec<StmtPlan>,
    /// Takes before the `frames` open: the locals of enclosing scopes that
    /// the code inside them mentions.
    pub head_takes: Vec<(LocalId, Take)>,
    /// The scopes that end in this block, outermost first.
    pub frames: Vec<Frame>,
    /// Takes before the terminator.
    pub term_takes: Vec<(LocalId, Take)>,
    /// What a return in the terminator saves (see `StmtPlan::returns`).
    pub term_returns: Vec<LocalId>,
    pub edges: BTreeMap<EdgeKey, EdgePlan>,
    pub jumps: BTreeMap<JumpId, EdgePlan>,
    /// Slots whose clearing waits for this block's Rust locals to be gone: a
    /// kept-in-place local may be borrowed by a local the block still holds
    /// (which Rust drops when the block's code ends), so its scope's drops
    /// happen at the start of the next block instead.
    pub deferred: Vec<(usize, LocalId)>,
    /// The statement each jump is in.
    pub jump_stmt: BTreeMap<JumpId, usize>,
    /// Deferred slots of predecessors, cleared when this block starts.
    pub entry_clears: Vec<LocalId>,
    /// The body of a `for` emitted inside the `Some` arm of its `next()`:
    /// the pattern's bindings are held when the block starts, instead of
    /// going through their slots.
    pub binds_held: Option<Vec<LocalId>>,
}

pub struct Layout {
    pub blocks: Vec<BlockPlan>,
    /// Locals that live in a slot (their field index).
    pub slots: BTreeMap<LocalId, usize>,
    /// Locals kept in place (`KeptSlot`s), reached through pointers.
    pub kept: BTreeSet<LocalId>,
}

struct State {
    held: BTreeSet<LocalId>,
    /// Locals whose scope ended but that Rust still holds in the block (they
    /// may have been moved, so they are dropped when the block's code ends).
    lingering: BTreeSet<LocalId>,
    /// Kept-in-place locals whose pointer the block has bound.
    pointers: BTreeSet<LocalId>,
    /// Held locals not mentioned since their last assignment.
    untouched: BTreeSet<LocalId>,
    /// Held locals certainly initialised.
    assigned: BTreeSet<LocalId>,
    /// Initialised locals a shadowing `let` put back in their slots: taken
    /// again with their value, wherever they were assigned.
    refilled: BTreeSet<LocalId>,
    /// How many of the block's frames are open.
    depth: usize,
    /// The depth at which each held local (or pointer) was declared.
    declared: BTreeMap<LocalId, usize>,
}

impl State {
    /// Splits the ends of some scopes into what happens now and what must
    /// wait for the block's Rust locals: if one of those may borrow a
    /// kept-in-place local that ends here (a held local that was mentioned,
    /// so Rust drops it only when the block's code ends), the kept-in-place
    /// local and everything declared before it wait. Untouched held locals
    /// among them are parked in their slots to keep the order.
    fn split_deferred(
        &self,
        ends: Vec<End>,
        exiting: &[LocalId],
        kept: &BTreeSet<LocalId>,
    ) -> (Vec<End>, Vec<LocalId>, Vec<LocalId>) {
        let borrowers = !self.lingering.is_empty()
            || exiting
                .iter()
                .any(|l| self.held.contains(l) && !self.untouched.contains(l));
        let first_kept = ends
            .iter()
            .position(|e| matches!(e, End::Clear(l) if kept.contains(l)));
        match first_kept {
            Some(i) if borrowers => {
                let mut now = ends;
                let later = now.split_off(i);
                let mut park = Vec::new();
                let mut deferred = Vec::new();
                for e in later {
                    match e {
                        End::Clear(l) => deferred.push(l),
                        End::Drop(l) => {
                            park.push(l);
                            deferred.push(l);
                        }
                    }
                }
                (now, park, deferred)
            }
            _ => (ends, Vec::new(), Vec::new()),
        }
    }

    /// The end of `l`'s scope, seen from here.
    fn end(&self, l: LocalId) -> Option<End> {
        if !self.held.contains(&l) {
            Some(End::Clear(l))
        } else if self.untouched.contains(&l) && self.assigned.contains(&l) {
            Some(End::Drop(l))
        } else {
            None
        }
    }

    /// The held locals that completing the generator from here keeps to
    /// the final drop of the slots.
    fn returns(&self) -> Vec<LocalId> {
        self.held
            .iter()
            .copied()
            .filter(|l| self.untouched.contains(l) && self.assigned.contains(l))
            .collect()
    }
}

/// Before: the graph and its liveness.
/// After: a plan per block and the set of locals that need slots.
pub fn layout(body: &Body, live: &Liveness, kept: BTreeSet<LocalId>) -> Layout {
    let held_at_entry = for_bodies_in_place(body, &kept);
    let mut blocks = Vec::new();
    for b in 0..body.blocks.len() {
        blocks.push(plan_block(body, live, &kept, BlockId(b), &held_at_entry));
    }
    // Deferred clears happen when the next block starts: those of an edge at
    // its target; those of a scope's end at the targets of what follows it
    // (the terminator's edges, the jumps of later statements).
    let mut entry: Vec<Vec<LocalId>> = vec![Vec::new(); blocks.len()];
    let mut push = |target: BlockId, ls: &[LocalId]| {
        for l in ls {
            if !entry[target.0].contains(l) {
                entry[target.0].push(*l);
            }
        }
    };
    for (b, plan) in blocks.iter().enumerate() {
        let block = body.block(BlockId(b));
        for (key, target) in term_targets(&block.term) {
            if let Some(e) = plan.edges.get(&key) {
                push(target, &e.deferred);
            }
            for (_, l) in &plan.deferred {
                push(target, &[*l]);
            }
        }
        for (j, e) in &plan.jumps {
            let target = body.jumps[j.0].edge.target;
            push(target, &e.deferred);
            let at = plan.jump_stmt.get(j).copied().unwrap_or(usize::MAX);
            for (i, l) in &plan.deferred {
                if *i < at {
                    push(target, &[*l]);
                }
            }
        }
    }
    for (plan, clears) in blocks.iter_mut().zip(entry) {
        plan.entry_clears = clears;
    }
    // Code the lowering found unreachable (after a `break`, say) is gone
    // with its blocks: a local only that code used gets no slot, whose type
    // nothing would determine.
    let used = reachable_locals(body);
    let mut needs: BTreeSet<LocalId> = body.params.iter().copied().collect();
    needs.extend(kept.intersection(&used));
    needs.extend(
        used.iter()
            .copied()
            .filter(|l| body.local(*l).kind == LocalKind::InPlace),
    );
    // A `break value` saves its value straight into the result's slot.
    needs.extend(
        blocks
            .iter()
            .flat_map(|p| p.jumps.keys())
            .filter_map(|j| body.jumps[j.0].result),
    );
    for p in &blocks {
        // A local assigned before any read in a block other than its `let`'s
        // gets its type from its slot there: the assignment alone may not
        // tell it (`o = None;`).
        let opened: Vec<(LocalId, Take)> = p
            .frames
            .iter()
            .flat_map(|f| &f.opens)
            .filter_map(|(l, t, _)| Some((*l, (*t)?)))
            .collect();
        needs.extend(
            p.stmts
                .iter()
                .flat_map(|s| &s.takes)
                .chain(&p.term_takes)
                .chain(&p.head_takes)
                .chain(&opened)
                .filter(|(_, form)| *form == Take::MaybeInit)
                .map(|(l, _)| *l),
        );
        for e in p.edges.values().chain(p.jumps.values()) {
            needs.extend(&e.saves);
            needs.extend(&e.fresh);
        }
        for s in &p.stmts {
            needs.extend(&s.saves);
            needs.extend(&s.returns);
            needs.extend(&s.park);
        }
        needs.extend(&p.term_returns);
    }
    let slots = needs.into_iter().enumerate().map(|(i, l)| (l, i)).collect();
    Layout {
        blocks,
        slots,
        kept,
    }
}

/// The locals the blocks of `body` mention, declare or assign.
fn reachable_locals(body: &Body) -> BTreeSet<LocalId> {
    let mut out = BTreeSet::new();
    for b in &body.blocks {
        for s in &b.stmts {
            match s {
                Stmt::Let { binds, .. } => out.extend(binds),
                Stmt::Assign { local, .. } => {
                    out.insert(*local);
                }
                Stmt::Expr(_) | Stmt::ScopeEnd(_) => {}
            }
            for f in s.fragments() {
                out.extend(mentioned(f));
            }
        }
        match &b.term {
            Terminator::If { binds, .. } | Terminator::ForNext { binds, .. } => out.extend(binds),
            Terminator::Match { arms, .. } => out.extend(arms.iter().flat_map(|a| &a.binds)),
            Terminator::Goto(_)
            | Terminator::Yield { .. }
            | Terminator::Recurse { .. }
            | Terminator::Delegate { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => {}
        }
        match &b.term {
            Terminator::ForNext { iter, .. } => {
                out.insert(*iter);
            }
            Terminator::Delegate { source, result, .. } => {
                out.insert(*source);
                out.extend(result);
            }
            Terminator::Goto(_)
            | Terminator::If { .. }
            | Terminator::Match { .. }
            | Terminator::Yield { .. }
            | Terminator::Recurse { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => {}
        }
        for f in b.term.fragments() {
            out.extend(mentioned(f));
        }
    }
    out
}

/// The bodies of `for` loops that `emit` places inside the `Some(pat)` arm
/// of the loop's `next()`, with the pattern's bindings: a body it emits in
/// place (its only predecessor is the loop head), entered without leaving a
/// scope, whose bindings are all ordinary locals (a kept-in-place one must
/// move into its slot). The loop head must have no statements: then it
/// holds no local, so nothing is saved on the way into the arm, where the
/// pattern's names would shadow the locals to save.
fn for_bodies_in_place(body: &Body, kept: &BTreeSet<LocalId>) -> BTreeMap<BlockId, Vec<LocalId>> {
    let inlined = inlined_blocks(body);
    body.blocks
        .iter()
        .filter_map(|b| match &b.term {
            Terminator::ForNext {
                body: edge, binds, ..
            } if inlined[edge.target.0]
                && b.stmts.is_empty()
                && edge.exits.is_empty()
                && binds.iter().all(|l| !kept.contains(l)) =>
            {
                Some((edge.target, binds.clone()))
            }
            Terminator::ForNext { .. }
            | Terminator::Goto(_)
            | Terminator::If { .. }
            | Terminator::Match { .. }
            | Terminator::Yield { .. }
            | Terminator::Recurse { .. }
            | Terminator::Delegate { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => None,
        })
        .collect()
}

/// The lowered scopes that enclose the start of `block` and end in it,
/// outermost first (see `Frame`). A scope whose locals a `for` body emitted
/// in place holds from its start is not one (its bindings are declared
/// outside the block's code).
fn frames(body: &Body, block: &crate::ir::Block, entry_held: &BTreeSet<LocalId>) -> Vec<Frame> {
    let mut out: Vec<Frame> = block
        .stmts
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Stmt::ScopeEnd(x)
                if body.scope_encloses(*x, block.scope)
                    && !body.scopes[x.0]
                        .locals
                        .iter()
                        .any(|l| entry_held.contains(l)) =>
            {
                Some(Frame {
                    scope: *x,
                    end: i,
                    opens: Vec::new(),
                })
            }
            Stmt::ScopeEnd(_) | Stmt::Expr(_) | Stmt::Let { .. } | Stmt::Assign { .. } => None,
        })
        .collect();
    out.reverse();
    out
}

/// The targets of a terminator's edges.
pub fn term_targets(t: &Terminator) -> Vec<(EdgeKey, BlockId)> {
    t.successors()
        .into_iter()
        .map(|s| (s.key, s.target))
        .collect()
}

fn mentioned(f: &Fragment) -> impl Iterator<Item = LocalId> + '_ {
    f.mentions.iter().map(|m| m.local)
}

fn plan_block(
    body: &Body,
    live: &Liveness,
    kept: &BTreeSet<LocalId>,
    id: BlockId,
    held_at_entry: &BTreeMap<BlockId, Vec<LocalId>>,
) -> BlockPlan {
    let block = body.block(id);
    let live_in = &live.live_in[id.0];
    let live_out = live.live_out(body, id);
    // A `for` body placed in the `Some` arm starts as if right after a `let`
    // of the pattern.
    let binds_held = held_at_entry.get(&id).cloned();
    let entry_binds: BTreeSet<LocalId> = binds_held.iter().flatten().copied().collect();
    let mut st = State {
        held: entry_binds.clone(),
        untouched: entry_binds.clone(),
        assigned: entry_binds,
        pointers: BTreeSet::new(),
        lingering: BTreeSet::new(),
        refilled: BTreeSet::new(),
        depth: 0,
        declared: BTreeMap::new(),
    };
    let mut plan = BlockPlan {
        binds_held,
        ..BlockPlan::default()
    };

    let take =
        |st: &mut State, locals: &mut dyn Iterator<Item = LocalId>| -> Vec<(LocalId, Take)> {
            let mut out = Vec::new();
            for l in locals {
                // In-place locals (iterators, delegates) are used in their slots.
                if st.held.contains(&l)
                    || st.pointers.contains(&l)
                    || out.iter().any(|(o, _)| *o == l)
                    || body.local(l).kind == LocalKind::InPlace
                {
                    continue;
                }
                let form = if kept.contains(&l) {
                    Take::Kept
                } else if live_in.contains(&l) || st.refilled.contains(&l) {
                    Take::Unwrap
                } else if body.local(l).kind == LocalKind::Temp {
                    Take::Fresh
                } else {
                    Take::MaybeInit
                };
                out.push((l, form));
            }
            for (l, form) in &out {
                st.declared.insert(*l, st.depth);
                if *form == Take::Kept {
                    st.pointers.insert(*l);
                    continue;
                }
                st.held.insert(*l);
                st.untouched.insert(*l);
                if *form == Take::Unwrap {
                    st.assigned.insert(*l);
                }
            }
            out.sort_by_key(|(l, _)| *l);
            out
        };
    let touch = |st: &mut State, f: &Fragment| {
        for l in mentioned(f) {
            st.untouched.remove(&l);
        }
    };

    // The locals mentioned after each statement.
    let mut later: Vec<BTreeSet<LocalId>> = vec![BTreeSet::new(); block.stmts.len()];
    {
        let mut acc: BTreeSet<LocalId> = BTreeSet::new();
        for f in block.term.fragments() {
            acc.extend(mentioned(f));
        }
        for (i, s) in block.stmts.iter().enumerate().rev() {
            later[i] = acc.clone();
            match s {
                Stmt::Expr(f) => acc.extend(mentioned(f)),
                Stmt::Let {
                    init, else_block, ..
                } => init
                    .iter()
                    .chain(else_block)
                    .for_each(|f| acc.extend(mentioned(f))),
                Stmt::Assign { local, value } => {
                    acc.insert(*local);
                    acc.extend(mentioned(value));
                }
                Stmt::ScopeEnd(_) => {}
            }
        }
    }
    plan.frames = frames(body, block, &st.held);
    let let_at: BTreeMap<LocalId, usize> = block
        .stmts
        .iter()
        .enumerate()
        .flat_map(|(i, s)| match s {
            Stmt::Let { binds, .. } => binds.iter().map(|b| (*b, i)).collect(),
            _ => Vec::new(),
        })
        .collect();
    if let Some(outermost) = plan.frames.first() {
        // The locals the frames' code mentions are taken when the frames
        // open: those of enclosing scopes before them (so that they outlive
        // the frames), the frame's own ones at its opening, in declaration
        // order (so that Rust drops them in reverse declaration order).
        let mut mentioned_in: Vec<LocalId> = Vec::new();
        for s in &block.stmts[..outermost.end] {
            mentioned_in.extend(s.fragments().iter().flat_map(|f| mentioned(f)));
            if let Stmt::Assign { local, .. } = s {
                mentioned_in.push(*local);
            }
        }
        mentioned_in.retain(|l| !let_at.contains_key(l));
        let level = |l: LocalId| {
            plan.frames
                .iter()
                .rposition(|f| body.scope_encloses(f.scope, body.local(l).scope))
        };
        let head: Vec<LocalId> = mentioned_in
            .iter()
            .copied()
            .filter(|l| level(*l).is_none())
            .collect();
        plan.head_takes = take(&mut st, &mut head.into_iter());
        for f in &mut plan.frames {
            st.depth += 1;
            for l in &body.scopes[f.scope.0].locals {
                if let_at.contains_key(l) {
                    continue;
                }
                let t = if mentioned_in.contains(l) {
                    take(&mut st, &mut std::iter::once(*l))
                        .first()
                        .map(|(_, t)| *t)
                } else {
                    None
                };
                f.opens.push((*l, t, false));
            }
        }
    }
    for (index, s) in block.stmts.iter().enumerate() {
        let mut sp = StmtPlan::default();
        if let Stmt::Let {
            init: None,
            else_block: None,
            binds,
            ..
        } = s
        {
            sp.skip = !binds.iter().any(|b| later[index].contains(b));
        }
        let frags = s.fragments();
        let mut to_take: Vec<LocalId> = frags.iter().flat_map(|f| mentioned(f)).collect();
        if let Stmt::Assign { local, .. } = s {
            to_take.push(*local);
        }
        sp.takes = take(&mut st, &mut to_take.into_iter());
        for f in &frags {
            touch(&mut st, f);
        }
        if frags.iter().any(|f| f.returns) {
            sp.returns = st.returns();
        }
        // Jumps inside the statement leave before its own bindings exist.
        for f in &frags {
            for &j in &f.jumps {
                let ep = edge_plan(body, live, kept, &st, &body.jumps[j.0].edge, &[]);
                plan.jumps.insert(j, ep);
                plan.jump_stmt.insert(j, index);
            }
        }
        match s {
            Stmt::Let { binds, init, .. } => {
                // A `let` that shadows a held local by name: save it first if
                // it is still needed, by a later block or later in this one
                // once the shadowing binding's scope has ended (it cannot be
                // named in between).
                for b in binds {
                    let name = body.local(*b).ident.to_string();
                    let shadowed: Vec<LocalId> = st
                        .held
                        .iter()
                        .copied()
                        .filter(|h| !binds.contains(h) && body.local(*h).ident == name)
                        .collect();
                    for h in shadowed {
                        let needed = live_out.contains(&h)
                            || later[index].contains(&h)
                            || st.untouched.contains(&h) && st.assigned.contains(&h);
                        if needed {
                            sp.saves.push(h);
                            if st.assigned.contains(&h) {
                                st.refilled.insert(h);
                            }
                        }
                        st.held.remove(&h);
                    }
                    st.pointers.retain(|p| body.local(*p).ident != name);
                }
                for b in binds {
                    st.declared.insert(*b, st.depth);
                    if kept.contains(b) {
                        // Moved into its slot right after the `let`.
                        st.pointers.insert(*b);
                        continue;
                    }
                    st.held.insert(*b);
                    st.untouched.insert(*b);
                    if init.is_some() {
                        st.assigned.insert(*b);
                    } else {
                        st.assigned.remove(b);
                    }
                }
            }
            Stmt::Assign { local, .. } => {
                st.untouched.insert(*local);
                st.assigned.insert(*local);
            }
            Stmt::Expr(f) => {
                for l in crate::analyse::assigned_by(f) {
                    st.untouched.insert(l);
                    st.assigned.insert(l);
                }
            }
            Stmt::ScopeEnd(scope) if plan.frames.iter().any(|f| f.end == index) => {
                // The Rust block closes here: Rust drops the scope's locals
                // the block holds, then the slots of the others are cleared,
                // each after the locals declared after it.
                let locals = &body.scopes[scope.0].locals;
                let inside = st.depth;
                // Locals of enclosing scopes taken again inside the frame (a
                // `let` had shadowed them) are saved before it closes.
                let escaping: Vec<LocalId> = st
                    .held
                    .iter()
                    .copied()
                    .filter(|l| !locals.contains(l) && st.declared.get(l) >= Some(&inside))
                    .collect();
                for l in escaping {
                    if st.assigned.contains(&l) {
                        sp.park.push(l);
                        st.refilled.insert(l);
                    }
                    st.held.remove(&l);
                }
                sp.closes = true;
                sp.ends = locals
                    .iter()
                    .rev()
                    .filter(|l| !st.held.contains(l))
                    .map(|l| End::Clear(*l))
                    .collect();
                for l in locals {
                    st.held.remove(l);
                    st.pointers.remove(l);
                }
                let declared = &st.declared;
                st.lingering
                    .retain(|l| declared.get(l).is_some_and(|d| *d < inside));
                st.pointers
                    .retain(|l| declared.get(l).is_some_and(|d| *d < inside));
                st.depth -= 1;
            }
            Stmt::ScopeEnd(scope) => {
                let locals = &body.scopes[scope.0].locals;
                let ends: Vec<End> = locals.iter().rev().filter_map(|l| st.end(*l)).collect();
                let (now, park, deferred) = st.split_deferred(ends, locals, kept);
                sp.ends = now;
                sp.park = park;
                plan.deferred
                    .extend(deferred.into_iter().map(|l| (index, l)));
                for l in locals.iter().rev() {
                    if st.held.remove(l)
                        && !sp.ends.contains(&End::Drop(*l))
                        && !sp.park.contains(l)
                    {
                        st.lingering.insert(*l);
                    }
                    st.pointers.remove(l);
                }
            }
        }
        plan.stmts.push(sp);
    }

    // Which slots a frame's end clears decides where nested blocks open.
    for f in &mut plan.frames {
        let ends = plan.stmts[f.end].ends.clone();
        for e in ends {
            let End::Clear(l) = e else { continue };
            match let_at.get(&l) {
                Some(i) => plan.stmts[*i].nest.push(l),
                None => {
                    if let Some(o) = f.opens.iter_mut().find(|o| o.0 == l) {
                        o.2 = true;
                    }
                }
            }
        }
    }
    for sp in &mut plan.stmts {
        sp.nest.sort();
    }

    // The terminator.
    let term_frags = block.term.fragments();
    let own_binds: BTreeSet<LocalId> = match &block.term {
        Terminator::If { binds, .. } | Terminator::ForNext { binds, .. } => {
            binds.iter().copied().collect()
        }
        Terminator::Match { arms, .. } => {
            arms.iter().flat_map(|a| a.binds.iter().copied()).collect()
        }
        Terminator::Goto(_)
        | Terminator::Yield { .. }
        | Terminator::Recurse { .. }
        | Terminator::Delegate { .. }
        | Terminator::Return(_)
        | Terminator::Unreachable => BTreeSet::new(),
    };
    let mut to_take: Vec<LocalId> = term_frags
        .iter()
        .flat_map(|f| mentioned(f))
        .filter(|l| !own_binds.contains(l))
        .collect();
    match &block.term {
        Terminator::ForNext { iter, .. } => to_take.push(*iter),
        Terminator::Delegate { source, .. } => to_take.push(*source),
        Terminator::Goto(_)
        | Terminator::If { .. }
        | Terminator::Match { .. }
        | Terminator::Yield { .. }
        | Terminator::Recurse { .. }
        | Terminator::Return(_)
        | Terminator::Unreachable => {}
    }
    plan.term_takes = take(&mut st, &mut to_take.into_iter());
    for f in &term_frags {
        touch(&mut st, f);
    }
    if matches!(block.term, Terminator::Return(_)) || term_frags.iter().any(|f| f.returns) {
        plan.term_returns = st.returns();
    }
    if let Terminator::ForNext { iter, .. } | Terminator::Delegate { source: iter, .. } =
        &block.term
    {
        st.untouched.remove(iter);
    }
    for f in &term_frags {
        for &j in &f.jumps {
            plan.jumps.insert(
                j,
                edge_plan(body, live, kept, &st, &body.jumps[j.0].edge, &[]),
            );
        }
    }
    let mut edge = |key: EdgeKey, e: &Edge, binds: &[LocalId]| {
        plan.edges
            .insert(key, edge_plan(body, live, kept, &st, e, binds));
    };
    match &block.term {
        Terminator::Goto(e) => edge(EdgeKey::Goto, e, &[]),
        Terminator::If {
            then_edge,
            else_edge,
            binds,
            ..
        } => {
            edge(EdgeKey::Then, then_edge, binds);
            edge(EdgeKey::Else, else_edge, &[]);
        }
        Terminator::Match { arms, .. } => {
            for (i, a) in arms.iter().enumerate() {
                edge(EdgeKey::Arm(i), &a.target, &a.binds);
            }
        }
        Terminator::ForNext {
            body: b,
            done,
            binds,
            ..
        } => {
            // Bindings held by the body they are bound for need no save.
            let fresh: &[LocalId] = if held_at_entry.contains_key(&b.target) {
                &[]
            } else {
                binds
            };
            edge(EdgeKey::Body, b, fresh);
            edge(EdgeKey::Done, done, &[]);
        }
        Terminator::Yield { resume, .. } | Terminator::Recurse { resume, .. } => {
            let e = Edge {
                target: *resume,
                exits: Vec::new(),
            };
            edge(EdgeKey::Resume, &e, &[]);
        }
        Terminator::Delegate {
            resume,
            done,
            result,
            ..
        } => {
            let e = Edge {
                target: *resume,
                exits: Vec::new(),
            };
            edge(EdgeKey::Resume, &e, &[]);
            let result: Vec<LocalId> = result.iter().copied().collect();
            edge(EdgeKey::Done, done, &result);
        }
        Terminator::Return(_) | Terminator::Unreachable => {}
    }
    plan
}

/// What an edge from the current state saves and clears. `fresh` are the
/// locals the terminator binds for this edge: declared and not yet mentioned,
/// so saved whenever they are in scope at the target.
fn edge_plan(
    body: &Body,
    live: &Liveness,
    kept: &BTreeSet<LocalId>,
    st: &State,
    e: &Edge,
    fresh: &[LocalId],
) -> EdgePlan {
    let target = body.block(e.target);
    let live_in: &LocalSet = &live.live_in[e.target.0];
    let in_scope = |l: LocalId| body.scope_encloses(body.local(l).scope, target.scope);
    let saves: Vec<LocalId> = st
        .held
        .iter()
        .copied()
        .filter(|l| {
            in_scope(*l)
                && (live_in.contains(l) || st.untouched.contains(l) && st.assigned.contains(l))
        })
        .collect();
    let fresh = fresh.iter().copied().filter(|l| in_scope(*l)).collect();
    let mut ends = Vec::new();
    let mut exiting = Vec::new();
    for s in &e.exits {
        for l in body.scopes[s.0].locals.iter().rev() {
            ends.extend(st.end(*l));
            exiting.push(*l);
        }
    }
    let (ends, park, deferred) = st.split_deferred(ends, &exiting, kept);
    let mut saves = saves;
    saves.extend(park);
    EdgePlan {
        saves,
        fresh,
        ends,
        deferred,
    }
}

/// The blocks to emit in place of their only incoming edge: not entered by
/// a resume, reached by exactly one terminator edge (no jump), and whose code
/// names nothing that a local of the predecessor, still in scope there,
/// could shadow.
pub fn inlined_blocks(body: &Body) -> Vec<bool> {
    let n = body.blocks.len();
    let mut edges = vec![0usize; n];
    let mut jumps = vec![0usize; n];
    for b in 0..n {
        let id = BlockId(b);
        let jump_targets: Vec<BlockId> = body
            .jumps_of(id)
            .iter()
            .map(|j| body.jumps[j.0].edge.target)
            .collect();
        for t in &jump_targets {
            jumps[t.0] += 1;
        }
        let mut all = body.successors(id);
        for t in jump_targets {
            if let Some(i) = all.iter().position(|x| *x == t) {
                all.remove(i);
            }
        }
        for t in all {
            edges[t.0] += 1;
        }
        // An edge that leaves a scope with locals (other than iterators and
        // delegates, used in their slots) ends the step before its
        // target runs: the locals of that scope the block holds (and may
        // have moved, so only Rust can drop them) are dropped when the
        // block's code ends, which must come before the code after the
        // scope, as in the user's code.
        for e in term_edges(&body.block(id).term) {
            let held = |l: &LocalId| body.local(*l).kind != LocalKind::InPlace;
            if e.exits
                .iter()
                .any(|s| body.scopes[s.0].locals.iter().any(held))
            {
                edges[e.target.0] += 2;
            }
        }
    }
    let local_names: std::collections::BTreeSet<String> =
        body.locals.iter().map(|l| l.ident.to_string()).collect();
    (0..n)
        .map(|t| {
            let block = body.block(BlockId(t));
            edges[t] == 1
                && jumps[t] == 0
                && !block.is_resume
                && BlockId(t) != body.entry
                && !names_other_things(block, &local_names)
        })
        .collect()
}

/// The edges of a terminator.
fn term_edges(t: &Terminator) -> Vec<&crate::ir::Edge> {
    t.successors().into_iter().filter_map(|s| s.edge).collect()
}

/// Whether a block's code uses, as something other than the local it
/// resolves to, a name that is also a local's (an item named like a local).
fn names_other_things(
    block: &crate::ir::Block,
    local_names: &std::collections::BTreeSet<String>,
) -> bool {
    fn idents(tokens: proc_macro2::TokenStream, out: &mut std::collections::BTreeSet<String>) {
        for t in tokens {
            match t {
                proc_macro2::TokenTree::Ident(i) => {
                    out.insert(i.to_string());
                }
                proc_macro2::TokenTree::Group(g) => idents(g.stream(), out),
                _ => {}
            }
        }
    }
    let mut frags: Vec<&Fragment> = Vec::new();
    let mut pats: Vec<&syn::Pat> = Vec::new();
    for s in &block.stmts {
        match s {
            Stmt::Expr(f) => frags.push(f),
            Stmt::Let {
                init,
                else_block,
                pat,
                ..
            } => {
                frags.extend(init.iter().chain(else_block));
                pats.push(pat);
            }
            Stmt::Assign { value, .. } => frags.push(value),
            Stmt::ScopeEnd(_) => {}
        }
    }
    match &block.term {
        Terminator::If { cond, .. } => frags.push(cond),
        Terminator::Match { scrutinee, arms } => {
            frags.push(scrutinee);
            for a in arms {
                pats.push(&a.pat);
                frags.extend(a.guard.as_ref());
            }
        }
        Terminator::ForNext { pat, .. } => pats.push(pat),
        Terminator::Yield { value, .. } | Terminator::Recurse { frame: value, .. } => {
            frags.push(value)
        }
        Terminator::Return(f) => frags.push(f),
        Terminator::Goto(_) | Terminator::Delegate { .. } | Terminator::Unreachable => {}
    }
    let mut used = std::collections::BTreeSet::new();
    let mut resolved = std::collections::BTreeSet::new();
    for f in frags {
        idents(f.expr.to_token_stream(), &mut used);
        resolved.extend(f.mentions.iter().map(|m| m.name.clone()));
    }
    for p in pats {
        idents(p.to_token_stream(), &mut used);
    }
    used.iter()
        .any(|name| local_names.contains(name) && !resolved.contains(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout_of(src: &str) -> (Body, Layout) {
        let body = crate::lower::lower_source(&[], src);
        let live = crate::analyse::liveness(&body);
        let kept = crate::keep::kept(&body, &live);
        let layout = layout(&body, &live, kept);
        (body, layout)
    }

    fn names(body: &Body, locals: impl IntoIterator<Item = LocalId>) -> Vec<String> {
        locals
            .into_iter()
            .map(|l| body.local(l).ident.to_string())
            .collect()
    }

    /// What the edge into the first `yield_!`'s resume saves.
    fn saved_at_first_yield(src: &str) -> Vec<String> {
        let (body, layout) = layout_of(src);
        let (b, _) = body
            .blocks
            .iter()
            .enumerate()
            .find(|(_, b)| matches!(b.term, Terminator::Yield { .. }))
            .expect("a yield");
        let edge = &layout.blocks[b].edges[&EdgeKey::Resume];
        names(&body, edge.saves.iter().copied())
    }

    #[test]
    fn a_local_used_after_the_yield_is_saved_there() {
        assert_eq!(saved_at_first_yield("{ let a = 1; yield_!(a); a; }"), ["a"]);
    }

    #[test]
    fn a_local_not_used_after_the_yield_is_not_saved() {
        let saved = saved_at_first_yield("{ let a = 1; let b = a; yield_!(b); a; }");
        assert_eq!(saved, ["a"]);
    }

    #[test]
    fn an_untouched_guard_is_kept_to_the_end_of_its_scope() {
        // `_g` is never mentioned again: it lives to the end of its scope.
        let saved = saved_at_first_yield("{ let _g = guard(); yield_!(0); }");
        assert_eq!(saved, ["_g"]);
    }

    #[test]
    fn only_locals_that_cross_a_yield_get_a_slot() {
        let (body, layout) = layout_of("{ let a = 1; let t = a + 1; yield_!(t); a; }");
        let with_slots = names(&body, layout.slots.keys().copied());
        assert!(with_slots.contains(&"a".to_string()));
        assert!(!with_slots.contains(&"t".to_string()));
    }

    #[test]
    fn a_kept_in_place_local_is_never_saved() {
        let src = "{ let v = vec![1]; let r = &v; yield_!(0); r.len(); }";
        assert_eq!(saved_at_first_yield(src), ["r"]);
        let (body, layout) = layout_of(src);
        assert_eq!(names(&body, layout.kept.iter().copied()), ["v"]);
    }
}
