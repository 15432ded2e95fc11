//! The plan of one block: a walk over its statements and terminator that
//! tracks which locals the block holds as Rust locals (`State`) and records,
//! statement by statement, what is taken, saved, dropped and cleared.

use std::collections::{BTreeMap, BTreeSet};

use super::{BlockPlan, EdgePlan, End, StmtPlan, Take, frames, mentioned};
use crate::analyse::{Liveness, LocalSet};
use crate::ir::{Block, BlockId, Body, Edge, EdgeKey, Fragment, JumpId, LocalId, LocalKind, Stmt};

pub(super) struct State {
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

/// Before: a block of the graph, the liveness, the kept-in-place locals.
/// After: its `BlockPlan` (entry clears are filled in later, from the plans
/// of its predecessors).
pub(super) fn plan_block(
    body: &Body,
    live: &Liveness,
    kept: &BTreeSet<LocalId>,
    id: BlockId,
    held_at_entry: &BTreeMap<BlockId, Vec<LocalId>>,
) -> BlockPlan {
    let block = body.block(id);
    let mut planner = BlockPlanner::new(body, live, kept, id, held_at_entry);
    planner.open_frames();
    for (index, s) in block.stmts.iter().enumerate() {
        planner.stmt(index, s);
    }
    planner.nest_frames();
    planner.terminator();
    planner.plan
}

struct BlockPlanner<'a> {
    body: &'a Body,
    live: &'a Liveness,
    kept: &'a BTreeSet<LocalId>,
    block: &'a Block,
    live_in: &'a LocalSet,
    live_out: LocalSet,
    held_at_entry: &'a BTreeMap<BlockId, Vec<LocalId>>,
    st: State,
    plan: BlockPlan,
    /// The locals mentioned after each statement.
    later: Vec<BTreeSet<LocalId>>,
    /// The statement whose `let` binds each local the block declares.
    let_at: BTreeMap<LocalId, usize>,
}

impl<'a> BlockPlanner<'a> {
    fn new(
        body: &'a Body,
        live: &'a Liveness,
        kept: &'a BTreeSet<LocalId>,
        id: BlockId,
        held_at_entry: &'a BTreeMap<BlockId, Vec<LocalId>>,
    ) -> Self {
        let block = body.block(id);
        // A `for` body placed in the `Some` arm starts as if right after a
        // `let` of the pattern.
        let binds_held = held_at_entry.get(&id).cloned();
        let entry_binds: BTreeSet<LocalId> = binds_held.iter().flatten().copied().collect();
        let st = State {
            held: entry_binds.clone(),
            untouched: entry_binds.clone(),
            assigned: entry_binds,
            pointers: BTreeSet::new(),
            lingering: BTreeSet::new(),
            refilled: BTreeSet::new(),
            depth: 0,
            declared: BTreeMap::new(),
        };
        let plan = BlockPlan {
            binds_held,
            frames: frames(body, block, &st.held),
            ..BlockPlan::default()
        };
        let let_at = block
            .stmts
            .iter()
            .enumerate()
            .flat_map(|(i, s)| match s {
                Stmt::Let { binds, .. } => binds.iter().map(|b| (*b, i)).collect(),
                Stmt::Expr(_) | Stmt::Assign { .. } | Stmt::ScopeEnd(_) => Vec::new(),
            })
            .collect();
        BlockPlanner {
            body,
            live,
            kept,
            block,
            live_in: &live.live_in[id.0],
            live_out: live.live_out(body, id),
            held_at_entry,
            st,
            plan,
            later: mentioned_after(block),
            let_at,
        }
    }

    /// Takes `locals` out of their slots (those not held yet), in the form
    /// each needs.
    fn take(&mut self, locals: impl IntoIterator<Item = LocalId>) -> Vec<(LocalId, Take)> {
        let (body, st) = (self.body, &mut self.st);
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
            let form = if self.kept.contains(&l) {
                Take::Kept
            } else if self.live_in.contains(&l) || st.refilled.contains(&l) {
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
    }

    fn touch(&mut self, f: &Fragment) {
        for l in mentioned(f) {
            // A temporary that is only borrowed keeps its value to the end
            // of its scope, as Rust's does, mentioned or not.
            if self.body.local(l).kind == (LocalKind::Extended { may_move: false }) {
                continue;
            }
            self.st.untouched.remove(&l);
        }
    }

    /// The plan of an edge leaving from the current state.
    fn edge_plan(&self, e: &Edge, fresh: &[LocalId]) -> EdgePlan {
        edge_plan(self.body, self.live, self.kept, &self.st, e, fresh)
    }

    /// The plan of a jump out of a fragment. A `break value` puts its value
    /// straight into the result's slot: the local, even held here (a
    /// statement assigning it, left by a macro's `break`), is not saved
    /// over it.
    fn jump_plan(&self, j: JumpId) -> EdgePlan {
        let jump = &self.body.jumps[j.0];
        let mut ep = self.edge_plan(&jump.edge, &[]);
        ep.saves.retain(|l| Some(*l) != jump.result);
        ep
    }

    /// The locals the frames' code mentions are taken when the frames open:
    /// those of enclosing scopes before them (so that they outlive the
    /// frames), the frame's own ones at its opening, in declaration order (so
    /// that Rust drops them in reverse declaration order).
    fn open_frames(&mut self) {
        let Some(outermost) = self.plan.frames.first() else {
            return;
        };
        let body = self.body;
        let mut mentioned_in: Vec<LocalId> = Vec::new();
        for s in &self.block.stmts[..outermost.end] {
            mentioned_in.extend(s.fragments().iter().flat_map(|f| mentioned(f)));
            if let Stmt::Assign { local, .. } = s {
                mentioned_in.push(*local);
            }
        }
        mentioned_in.retain(|l| !self.let_at.contains_key(l));
        let frames = &self.plan.frames;
        let level = |l: LocalId| {
            frames
                .iter()
                .rposition(|f| body.scope_encloses(f.scope, body.local(l).scope))
        };
        let head: Vec<LocalId> = mentioned_in
            .iter()
            .copied()
            .filter(|l| level(*l).is_none())
            .collect();
        self.plan.head_takes = self.take(head);
        let mut frames = std::mem::take(&mut self.plan.frames);
        for f in &mut frames {
            self.st.depth += 1;
            for l in &body.scopes[f.scope.0].locals {
                if self.let_at.contains_key(l) {
                    continue;
                }
                let t = if mentioned_in.contains(l) {
                    self.take([*l]).first().map(|(_, t)| *t)
                } else {
                    None
                };
                f.opens.push((*l, t, false));
            }
        }
        self.plan.frames = frames;
    }

    fn stmt(&mut self, index: usize, s: &Stmt) {
        let mut sp = StmtPlan::default();
        if let Stmt::Let {
            init: None,
            else_block: None,
            binds,
            ..
        } = s
        {
            sp.skip = !binds.iter().any(|b| self.later[index].contains(b));
        }
        let frags = s.fragments();
        let mut to_take: Vec<LocalId> = frags.iter().flat_map(|f| mentioned(f)).collect();
        if let Stmt::Assign { local, .. } = s {
            to_take.push(*local);
        }
        sp.takes = self.take(to_take);
        for f in &frags {
            self.touch(f);
        }
        if frags.iter().any(|f| f.returns) {
            sp.returns = self.st.returns();
        }
        // Jumps inside the statement leave before its own bindings exist.
        for f in &frags {
            for &j in &f.jumps {
                let ep = self.jump_plan(j);
                self.plan.jumps.insert(j, ep);
                self.plan.jump_stmt.insert(j, index);
            }
        }
        match s {
            Stmt::Let { binds, init, .. } => {
                let skip = sp.skip;
                self.let_binds(index, binds, init.is_some(), skip, &mut sp)
            }
            Stmt::Assign { local, .. } => {
                self.st.untouched.insert(*local);
                self.st.assigned.insert(*local);
            }
            Stmt::Expr(f) => {
                for l in crate::analyse::assigned_by(f) {
                    self.st.untouched.insert(l);
                    self.st.assigned.insert(l);
                }
            }
            Stmt::ScopeEnd(scope) if self.plan.frames.iter().any(|f| f.end == index) => {
                self.close_frame(&self.body.scopes[scope.0].locals, &mut sp)
            }
            Stmt::ScopeEnd(scope) => {
                self.scope_end(index, &self.body.scopes[scope.0].locals, &mut sp)
            }
        }
        self.plan.stmts.push(sp);
    }

    /// A `let` binding `binds`.
    /// `skip`: a `let x;` that the block does not emit (nothing after it
    /// in the block names `x`): its locals are not held, as no Rust local
    /// is declared, and nothing saves them (an edge the block takes before
    /// their assignment is one that never runs, after a call that
    /// diverges: a `-> !` function, a macro's `break`).
    fn let_binds(
        &mut self,
        index: usize,
        binds: &[LocalId],
        init: bool,
        skip: bool,
        sp: &mut StmtPlan,
    ) {
        let (body, st) = (self.body, &mut self.st);
        // A `let` that shadows a held local by name: save it first if it is
        // still needed, by a later block or later in this one once the
        // shadowing binding's scope has ended (it cannot be named in
        // between).
        for b in binds {
            let name = body.local(*b).ident.to_string();
            let shadowed: Vec<LocalId> = st
                .held
                .iter()
                .copied()
                .filter(|h| !binds.contains(h) && body.local(*h).ident == name)
                .collect();
            for h in shadowed {
                let needed = self.live_out.contains(&h)
                    || self.later[index].contains(&h)
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
            if self.kept.contains(b) {
                // Moved into its slot right after the `let`.
                st.pointers.insert(*b);
                continue;
            }
            if skip {
                continue;
            }
            st.held.insert(*b);
            st.untouched.insert(*b);
            if init {
                st.assigned.insert(*b);
            } else {
                st.assigned.remove(b);
            }
        }
    }

    /// The end of a scope that closes one of the block's frames: the Rust
    /// block closes here, Rust drops the scope's locals the block holds,
    /// then the slots of the others are cleared, each after the locals
    /// declared after it.
    fn close_frame(&mut self, locals: &[LocalId], sp: &mut StmtPlan) {
        let st = &mut self.st;
        let inside = st.depth;
        // Locals of enclosing scopes taken again inside the frame (a `let`
        // had shadowed them) are saved before it closes.
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

    /// The end of a scope inside the block's code (no Rust block closes).
    fn scope_end(&mut self, index: usize, locals: &[LocalId], sp: &mut StmtPlan) {
        let st = &mut self.st;
        let ends: Vec<End> = locals.iter().rev().filter_map(|l| st.end(*l)).collect();
        let (now, park, deferred) = st.split_deferred(ends, locals, self.kept);
        sp.ends = now;
        sp.park = park;
        self.plan
            .deferred
            .extend(deferred.into_iter().map(|l| (index, l)));
        for l in locals.iter().rev() {
            if st.held.remove(l) && !sp.ends.contains(&End::Drop(*l)) && !sp.park.contains(l) {
                st.lingering.insert(*l);
            }
            st.pointers.remove(l);
        }
    }

    /// Which slots a frame's end clears decides where nested blocks open.
    fn nest_frames(&mut self) {
        let plan = &mut self.plan;
        let frame_ends: Vec<usize> = plan.frames.iter().map(|f| f.end).collect();
        for f in &mut plan.frames {
            let ends = plan.stmts[f.end].ends.clone();
            for e in ends {
                let End::Clear(l) = e else { continue };
                match self.let_at.get(&l) {
                    // The nested block opens after the `let`, or, when the
                    // `let` is inside an inner frame that ends before this
                    // one (the temporaries of its initialiser: `let x =
                    // f({ .. });` ends their scope after binding `x`), after
                    // that frame's end: closing the inner frame would close
                    // it too, and clear the slot early.
                    Some(i) => {
                        let at = frame_ends
                            .iter()
                            .copied()
                            .filter(|end| *i < *end && *end < f.end)
                            .max()
                            .unwrap_or(*i);
                        plan.stmts[at].nest.push(l)
                    }
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
    }

    /// The terminator: what it takes, what a `return` in it saves, and the
    /// plan of each of its edges and of the jumps inside its code.
    fn terminator(&mut self) {
        let term = &self.block.term;
        let term_frags = term.fragments();
        let own_binds = term.binds();
        let to_take: Vec<LocalId> = term_frags
            .iter()
            .flat_map(|f| mentioned(f))
            .filter(|l| !own_binds.contains(l))
            .chain(term.stepped())
            .collect();
        self.plan.term_takes = self.take(to_take);
        for f in &term_frags {
            self.touch(f);
        }
        if matches!(term, crate::ir::Terminator::Return(_)) || term_frags.iter().any(|f| f.returns)
        {
            self.plan.term_returns = self.st.returns();
        }
        if let Some(stepped) = term.stepped() {
            self.st.untouched.remove(&stepped);
        }
        for f in &term_frags {
            for &j in &f.jumps {
                let ep = self.jump_plan(j);
                self.plan.jumps.insert(j, ep);
            }
        }
        for s in term.successors() {
            let resume;
            let edge = match s.edge {
                Some(e) => e,
                None => {
                    resume = Edge {
                        target: s.target,
                        exits: Vec::new(),
                    };
                    &resume
                }
            };
            // Bindings held by the `for` body they are bound for need no
            // save.
            let fresh = if s.key == EdgeKey::Body && self.held_at_entry.contains_key(&s.target) {
                &[]
            } else {
                s.binds
            };
            let ep = self.edge_plan(edge, fresh);
            self.plan.edges.insert(s.key, ep);
        }
    }
}

/// The locals mentioned after each statement of `block` (by later
/// statements and the terminator).
fn mentioned_after(block: &Block) -> Vec<BTreeSet<LocalId>> {
    let mut later: Vec<BTreeSet<LocalId>> = vec![BTreeSet::new(); block.stmts.len()];
    let mut acc: BTreeSet<LocalId> = BTreeSet::new();
    for f in block.term.fragments() {
        acc.extend(mentioned(f));
    }
    for (i, s) in block.stmts.iter().enumerate().rev() {
        later[i] = acc.clone();
        for f in s.fragments() {
            acc.extend(mentioned(f));
        }
        if let Stmt::Assign { local, .. } = s {
            acc.insert(*local);
        }
    }
    later
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
