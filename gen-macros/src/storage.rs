//! Storage phase: where each slot lives in the slots struct and which flag
//! bit says it is full.
//!
//! The flags of all slots are bits of a few flag bytes (`full: [u8; K]`)
//! instead of a `bool` next to each value. Slots that are never full at the
//! same time share storage (gen-core's `Shared` union), chosen from a forward
//! analysis of which slots may be full at each point of each block:
//! - the slots of two locals *interfere* if one is filled (`put`) while the
//!   other may be full (parameters all start full, so they interfere);
//! - locals in different connected components of the interference graph are
//!   never full together: the components become the arms of one union, each
//!   arm a tuple holding its locals' slots side by side;
//! - inside an arm, locals that interfere with none of the others of a group
//!   share a slot too (a union of single slots).
//!
//! Every `put` into shared storage is also checked at run time against the
//! flags of the slots it overlaps (gen-core's `Slot::put`), so a mistake here
//! panics instead of overwriting a live value. Kept-in-place locals
//! (`KeptSlot`s, which hold their own flags) are left out of all this.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{BlockId, Body, LocalId, LocalKind, Stmt};
use crate::layout::{Layout, Take, term_targets};

/// The most slots in one union: their flags must share a byte, so that one
/// mask test tells whether any of them is full.
const FLAG_BITS: usize = 8;
/// The widest tuple gen-core implements `Storage` for.
const TUPLE_MAX: usize = 8;

/// A field of the slots struct, or part of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// A local's `Slot`.
    Slot(LocalId),
    /// A kept-in-place local's `KeptSlot` (always a field of its own).
    Pin(LocalId),
    /// Slots in use at the same time.
    Tuple(Vec<Node>),
    /// Arms never in use at the same time.
    Union(Vec<Node>),
    /// The storage of the return value that the machine keeps for
    /// `take_return`: once the body completed, every slot is empty.
    Return,
}

/// One step from a field to a slot inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// `.first()` of a `Shared`.
    First,
    /// `.second()` of a `Shared`.
    Second,
    /// A tuple element.
    Elem(usize),
}

/// Where a flagged local's slot is and what its flag is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub field: usize,
    pub path: Vec<Step>,
    /// Index into the flag bytes.
    pub byte: usize,
    pub bit: u8,
    /// The flags of the slots overlapping this one (same byte).
    pub others: u8,
}

pub struct Storage {
    /// The fields of the slots struct, `s0`, `s1`, ...
    pub fields: Vec<Node>,
    /// The slot of every local that is not kept in place.
    pub places: BTreeMap<LocalId, Place>,
    /// The field of every kept-in-place local.
    pub pins: BTreeMap<LocalId, usize>,
    pub flag_bytes: usize,
    /// Where the return value is kept (field and path).
    pub returned: (usize, Vec<Step>),
}

/// Before: the graph and its layout.
/// After: the slots struct's fields and every slot's place and flag.
pub fn storage(body: &Body, layout: &Layout) -> Storage {
    let flagged: Vec<LocalId> = layout
        .slots
        .keys()
        .copied()
        .filter(|l| !layout.kept.contains(l))
        .collect();
    let interfere = interference(body, layout, &flagged);
    let conflict = |a: LocalId, b: LocalId| interfere.contains(&(a.min(b), a.max(b)));

    // Connected components of the interference graph, by first local.
    let mut components: Vec<Vec<LocalId>> = Vec::new();
    for &l in &flagged {
        let joined: BTreeSet<usize> = components
            .iter()
            .enumerate()
            .filter(|(_, c)| c.iter().any(|m| conflict(l, *m)))
            .map(|(i, _)| i)
            .collect();
        let mut merged = vec![l];
        for i in joined.iter().rev() {
            merged.extend(components.remove(*i));
        }
        merged.sort();
        components.push(merged);
        components.sort_by_key(|c| c[0]);
    }

    // Each component is an arm: its locals side by side, except that locals
    // interfering with none of a group share one slot.
    let arm = |locals: &[LocalId]| -> Node {
        let mut cells: Vec<Vec<LocalId>> = Vec::new();
        for &l in locals {
            match cells
                .iter_mut()
                .find(|c| c.len() < FLAG_BITS && c.iter().all(|m| !conflict(l, *m)))
            {
                Some(c) => c.push(l),
                None => cells.push(vec![l]),
            }
        }
        let cells: Vec<Node> = cells
            .into_iter()
            .map(|c| union(c.into_iter().map(Node::Slot).collect()))
            .collect();
        tuple(cells)
    };
    // Components share one union while their flags fit in a byte.
    let mut fields: Vec<Node> = Vec::new();
    let mut arms: Vec<Node> = Vec::new();
    let mut count = 0;
    for c in &components {
        if c.len() > FLAG_BITS {
            fields.push(arm(c));
            continue;
        }
        if count + c.len() > FLAG_BITS {
            fields.push(union(std::mem::take(&mut arms)));
            count = 0;
        }
        arms.push(arm(c));
        count += c.len();
    }
    if !arms.is_empty() {
        fields.push(union(arms));
    }
    // The kept return value has a field of its own. It could overlap the
    // slots (all empty once the body returned), and did: as one more arm of
    // the slots' union it made rustc's type-checking of a large generator
    // 2-3x slower, for a gain of the return type's size.
    fields.push(Node::Return);
    let mut pins = BTreeMap::new();
    for &l in &layout.kept {
        if layout.slots.contains_key(&l) {
            pins.insert(l, fields.len());
            fields.push(Node::Pin(l));
        }
    }

    // Flag bits: the slots of a union in one byte, first fit.
    let mut places = BTreeMap::new();
    let mut returned = None;
    let mut used: Vec<usize> = Vec::new();
    for (field, node) in fields.iter().enumerate() {
        for unit in flag_units(node) {
            let n = unit.len();
            let byte = match used.iter().position(|u| u + n <= FLAG_BITS) {
                Some(b) => b,
                None => {
                    used.push(0);
                    used.len() - 1
                }
            };
            for (i, l) in unit.iter().enumerate() {
                let bit = 1u8 << (used[byte] + i);
                places.insert(
                    *l,
                    Place {
                        field,
                        path: Vec::new(),
                        byte,
                        bit,
                        others: 0,
                    },
                );
            }
            used[byte] += n;
        }
        let mut path = Vec::new();
        let mut return_path = None;
        assign_paths(node, &mut path, 0, &mut places, &mut return_path);
        if let Some(p) = return_path {
            returned = Some((field, p));
        }
    }
    Storage {
        fields,
        places,
        pins,
        flag_bytes: used.len(),
        returned: returned.expect("the return value has storage"),
    }
}

/// A union of `arms` (itself when there is one).
fn union(mut arms: Vec<Node>) -> Node {
    if arms.len() == 1 {
        arms.pop().expect("one arm")
    } else {
        Node::Union(arms)
    }
}

/// A tuple of `elems` (itself when there is one), nested to stay within the
/// tuple sizes gen-core supports.
fn tuple(mut elems: Vec<Node>) -> Node {
    if elems.len() == 1 {
        return elems.pop().expect("one element");
    }
    if elems.len() > TUPLE_MAX {
        let rest = elems.split_off(TUPLE_MAX - 1);
        elems.push(tuple(rest));
    }
    Node::Tuple(elems)
}

/// The groups of locals whose flags must share a byte: a union's, or each
/// slot of a tuple on its own.
fn flag_units(node: &Node) -> Vec<Vec<LocalId>> {
    match node {
        Node::Slot(l) => vec![vec![*l]],
        Node::Pin(_) | Node::Return => Vec::new(),
        Node::Union(arms) => {
            let mut with_slots = arms.iter().filter(|a| !locals_of(a).is_empty());
            match (with_slots.next(), with_slots.next()) {
                // The other arm is the return value, which has no flag.
                (Some(only), None) => flag_units(only),
                _ => vec![locals_of(node)],
            }
        }
        Node::Tuple(elems) => elems.iter().flat_map(flag_units).collect(),
    }
}

fn locals_of(node: &Node) -> Vec<LocalId> {
    match node {
        Node::Slot(l) | Node::Pin(l) => vec![*l],
        Node::Return => Vec::new(),
        Node::Tuple(v) | Node::Union(v) => v.iter().flat_map(locals_of).collect(),
    }
}

/// Records each slot's path inside its field (and the return value's in
/// `returned`), and adds to its `others` the flags of the other arms of
/// every union it is in. `others` accumulates the flags of those arms from
/// the enclosing unions. (The return value's arm has no flag: the machine
/// writes it only once every slot is empty.)
fn assign_paths(
    node: &Node,
    path: &mut Vec<Step>,
    others: u8,
    places: &mut BTreeMap<LocalId, Place>,
    returned: &mut Option<Vec<Step>>,
) {
    match node {
        Node::Slot(l) => {
            let place = places.get_mut(l).expect("flag assigned");
            place.path = path.clone();
            place.others = others;
        }
        Node::Pin(_) => {}
        Node::Return => *returned = Some(path.clone()),
        Node::Tuple(elems) => {
            for (i, e) in elems.iter().enumerate() {
                path.push(Step::Elem(i));
                assign_paths(e, path, others, places, returned);
                path.pop();
            }
        }
        Node::Union(arms) => {
            let bits: Vec<u8> = arms
                .iter()
                .map(|a| locals_of(a).iter().fold(0, |acc, l| acc | places[l].bit))
                .collect();
            let all = bits.iter().fold(0, |acc, b| acc | b);
            // `Shared<A0, Shared<A1, .. Shared<An-2, An-1>>>`
            let depth = path.len();
            for (i, a) in arms.iter().enumerate() {
                path.extend(std::iter::repeat_n(Step::Second, i));
                if i + 1 < arms.len() {
                    path.push(Step::First);
                }
                assign_paths(a, path, others | (all & !bits[i]), places, returned);
                path.truncate(depth);
            }
        }
    }
}

/// Pairs of locals (smaller first) whose slots may be full at the same time.
fn interference(body: &Body, layout: &Layout, flagged: &[LocalId]) -> BTreeSet<(LocalId, LocalId)> {
    let flagged: BTreeSet<LocalId> = flagged.iter().copied().collect();
    let mut pairs = BTreeSet::new();
    let params: Vec<LocalId> = body
        .params
        .iter()
        .copied()
        .filter(|p| flagged.contains(p))
        .collect();
    for (i, a) in params.iter().enumerate() {
        for b in &params[i + 1..] {
            pairs.insert((*a.min(b), *a.max(b)));
        }
    }
    // Which slots may be full when each block starts.
    let n = body.blocks.len();
    let mut full_in: Vec<Option<BTreeSet<LocalId>>> = vec![None; n];
    full_in[body.entry.0] = Some(params.iter().copied().collect());
    let mut work: Vec<BlockId> = vec![body.entry];
    while let Some(b) = work.pop() {
        let start = full_in[b.0].clone().unwrap_or_default();
        for (target, out) in transfer(body, layout, &flagged, b, start, &mut pairs) {
            let slot = &mut full_in[target.0];
            let grown = match slot {
                None => {
                    *slot = Some(out);
                    true
                }
                Some(old) => {
                    let before = old.len();
                    old.extend(out);
                    old.len() != before
                }
            };
            if grown && !work.contains(&target) {
                work.push(target);
            }
        }
    }
    pairs
}

/// Runs block `b` from the slots `full` (those that may be full when it
/// starts), recording interferences; returns what may be full on each edge.
/// Conservative: the saves of a statement count as simultaneous, and an
/// edge's clears are subtracted only on that edge.
fn transfer(
    body: &Body,
    layout: &Layout,
    flagged: &BTreeSet<LocalId>,
    b: BlockId,
    mut full: BTreeSet<LocalId>,
    pairs: &mut BTreeSet<(LocalId, LocalId)>,
) -> Vec<(BlockId, BTreeSet<LocalId>)> {
    let block = body.block(b);
    let plan = &layout.blocks[b.0];
    let mut outs = Vec::new();
    let mut put = |full: &mut BTreeSet<LocalId>, locals: &BTreeSet<LocalId>| {
        for l in locals.iter().filter(|l| flagged.contains(l)) {
            for m in full.iter().chain(locals) {
                if m != l && flagged.contains(m) {
                    pairs.insert((*l.min(m), *l.max(m)));
                }
            }
        }
        full.extend(locals.iter().filter(|l| flagged.contains(l)));
    };
    let taken = |full: &mut BTreeSet<LocalId>, takes: &[(LocalId, Take)]| {
        for (l, form) in takes {
            if matches!(form, Take::Unwrap | Take::MaybeInit) {
                full.remove(l);
            }
        }
    };
    for l in &plan.entry_clears {
        full.remove(l);
    }
    // The takes where the frames open, before the first statement.
    taken(&mut full, &plan.head_takes);
    for f in &plan.frames {
        for (l, t, _) in &f.opens {
            if let Some(t) = t {
                taken(&mut full, &[(*l, *t)]);
            }
        }
    }
    // The puts and targets of the jumps inside a statement (or terminator).
    let jump_puts = |index: Option<usize>| {
        let mut puts = BTreeSet::new();
        let mut targets = Vec::new();
        for (j, e) in &plan.jumps {
            if plan.jump_stmt.get(j).copied() != index {
                continue;
            }
            puts.extend(&e.saves);
            puts.extend(&e.fresh);
            puts.extend(body.jumps[j.0].result);
            targets.push(body.jumps[j.0].edge.target);
        }
        (puts, targets)
    };
    for (i, (stmt, sp)) in block.stmts.iter().zip(&plan.stmts).enumerate() {
        taken(&mut full, &sp.takes);
        let (mut puts, targets) = jump_puts(Some(i));
        puts.extend(&sp.saves);
        puts.extend(&sp.park);
        puts.extend(&sp.returns);
        if let Stmt::Assign { local, .. } = stmt
            && body.local(*local).kind == LocalKind::InPlace
        {
            puts.insert(*local);
        }
        put(&mut full, &puts);
        for t in targets {
            outs.push((t, full.clone()));
        }
        for e in &sp.ends {
            if let crate::layout::End::Clear(l) = e
                && !puts.contains(l)
            {
                full.remove(l);
            }
        }
    }
    taken(&mut full, &plan.term_takes);
    let (mut puts, targets) = jump_puts(None);
    puts.extend(&plan.term_returns);
    put(&mut full, &puts);
    for t in targets {
        outs.push((t, full.clone()));
    }
    for (key, target) in term_targets(&block.term) {
        let mut edge_full = full.clone();
        if let (crate::ir::Terminator::Delegate { source, .. }, crate::layout::EdgeKey::Done) =
            (&block.term, key)
        {
            // The finished sub-generator's slot is cleared first.
            edge_full.remove(source);
        }
        let Some(e) = plan.edges.get(&key) else {
            outs.push((target, edge_full));
            continue;
        };
        let edge_puts: BTreeSet<LocalId> = e.saves.iter().chain(&e.fresh).copied().collect();
        put(&mut edge_full, &edge_puts);
        for end in &e.ends {
            if let crate::layout::End::Clear(l) = end
                && !edge_puts.contains(l)
            {
                edge_full.remove(l);
            }
        }
        outs.push((target, edge_full));
    }
    outs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn storage_of(params: &[&str], src: &str) -> (Body, Storage) {
        let body = crate::lower::lower_source(params, src);
        let live = crate::analyse::liveness(&body);
        let kept = crate::keep::kept(&body, &live);
        let layout = crate::layout::layout(&body, &live, kept);
        let storage = storage(&body, &layout);
        (body, storage)
    }

    fn place<'a>(body: &Body, storage: &'a Storage, name: &str) -> &'a Place {
        let (l, _) = body
            .locals
            .iter()
            .enumerate()
            .find(|(_, l)| l.ident == name)
            .unwrap_or_else(|| panic!("no local {name}"));
        &storage.places[&LocalId(l)]
    }

    #[test]
    fn a_parameter_consumed_before_the_loop_overlaps_the_loop_locals() {
        let (body, s) = storage_of(
            &["n"],
            "{ let (mut a, mut b) = (0u64, 1u64); \
               for _ in 0..n { yield_!(a); (a, b) = (b, a + b); } }",
        );
        let n = place(&body, &s, "n");
        let a = place(&body, &s, "a");
        let b = place(&body, &s, "b");
        // The slots' union, then the kept return value's field.
        assert_eq!(s.fields.len(), 2, "{:?}", s.fields);
        assert_eq!(s.returned.0, 1);
        assert_eq!(n.field, a.field);
        // `n` overlaps `a` and `b` (and the iterator), which do not overlap
        // each other.
        assert_ne!(n.others & a.bit, 0);
        assert_ne!(a.others & n.bit, 0);
        assert_eq!(a.others & b.bit, 0);
        assert_eq!(b.others, a.others);
    }

    #[test]
    fn locals_kept_across_the_same_yield_never_overlap() {
        let (body, s) = storage_of(
            &[],
            "{ let x = String::new(); let y = 5u8; yield_!(1); drop(x); yield_!(y); }",
        );
        let x = place(&body, &s, "x");
        let y = place(&body, &s, "y");
        assert_eq!(x.others & y.bit, 0);
        assert_eq!(y.others & x.bit, 0);
    }

    #[test]
    fn a_local_dead_across_a_yield_shares_a_slot_with_one_live_there() {
        // `i` is not kept across the `yield_!` (assigned again after it), `j`
        // is: their slots are never full together.
        let (body, s) = storage_of(
            &[],
            "{ let mut i = 0usize; let mut v = vec![1u8]; \
               loop { while i < 3 { v.push(1); i += 1; } \
                      let Some(j) = v.pop() else { break }; \
                      yield_!(j); i = j as usize; } }",
        );
        let i = place(&body, &s, "i");
        let j = place(&body, &s, "j");
        let v = place(&body, &s, "v");
        assert_ne!(i.others & j.bit, 0, "{:?}", s.fields);
        assert_eq!(v.others & (i.bit | j.bit), 0);
    }

    #[test]
    fn parameters_never_overlap_each_other() {
        let (body, s) = storage_of(&["p", "q"], "{ yield_!(p); yield_!(q); }");
        let p = place(&body, &s, "p");
        let q = place(&body, &s, "q");
        assert_eq!(p.others & q.bit, 0);
        assert_eq!(q.others & p.bit, 0);
    }
}
