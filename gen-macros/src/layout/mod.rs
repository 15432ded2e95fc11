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

mod inline;
mod planner;

use std::collections::{BTreeMap, BTreeSet};

use crate::analyse::Liveness;
use crate::ir::{BlockId, Body, Fragment, JumpId, LocalId, LocalKind, ScopeId, Stmt, Terminator};
pub use inline::{inlined_blocks, macro_targets};

mod deferred;
use planner::plan_block;

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
    /// Locals whose slots always keep their flags (`TrackedSlot`), where
    /// other slots of types without drop glue may not (gen-core's `slot`
    /// module): those some block reads without knowing whether they are
    /// full (`Take::MaybeInit`), and every local declared without a value
    /// (`let x;`). For those, liveness is not a proof that the slot is full
    /// where a block takes it: an assignment the analysis cannot see (in a
    /// macro's tokens, a labelled block, an argument) counts as a read, and
    /// a branch that assigns and breaks out of a loop keeps the local live
    /// on the path that does not; the flag then turns a take of the empty
    /// slot into a panic rather than a read of bytes that are not a value.
    pub tracked: BTreeSet<LocalId>,
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
    let deferred = deferred::deferred_locals(body);
    deferred::take_deferred_where_maybe_empty(body, &mut blocks, &deferred);
    let saved_unassigned = deferred::saved_before_assigned(body, &blocks);
    if !saved_unassigned.is_subset(&kept) {
        // Kept in place, they need no saves (see `saved_before_assigned`).
        return layout(body, live, kept.union(&saved_unassigned).copied().collect());
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
    let mut tracked = deferred;
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
        let maybe_init: Vec<LocalId> = p
            .stmts
            .iter()
            .flat_map(|s| &s.takes)
            .chain(&p.term_takes)
            .chain(&p.head_takes)
            .chain(&opened)
            .filter(|(_, form)| *form == Take::MaybeInit)
            .map(|(l, _)| *l)
            .collect();
        needs.extend(&maybe_init);
        tracked.extend(maybe_init);
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
        tracked,
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
        out.extend(b.term.binds());
        out.extend(b.term.stepped());
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
    // (A block a macro's jump reaches has its own arm too, outside the `Some`
    // arm; none is a loop's body.)
    let macro_targets = macro_targets(body);
    body.blocks
        .iter()
        .filter_map(|b| match &b.term {
            Terminator::ForNext {
                body: edge, binds, ..
            } if inlined[edge.target.0]
                && !macro_targets[edge.target.0]
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
