//! Where each block's code goes in the step function: the order of the
//! dispatch's arms and joins (see `Emitter::joins` and
//! `dispatch_structure`), and the arms moved to just before a join.
//!
//! The code of the blocks is in block order, because rustc infers a slot's
//! type from the first code that mentions it, and the lowering numbers the
//! blocks in the order of the user's code. An edge reaches a join with a
//! forward `break` only from code before it; the block after a `yield_!`
//! in a loop comes after the loop's head, so its edge back to the head
//! goes around the dispatch loop, which LLVM does not thread through. Such
//! a block (entered only by a resume, so nothing breaks to it) is moved to
//! just before the head's code when no local its user code names could get
//! its type from code between the two: each is a parameter, or defined
//! (bound, assigned) only in the block itself or in blocks before the head.
//! (The machine's own takes, saves and drops of a local are calls generic
//! over the slot's type, which rustc can leave unknown until later.)

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{BlockId, Body, LocalId, LocalKind, Stmt};

/// The place of a top-level block's code: ordered by the block it comes
/// before (`anchor`), then moved blocks first, then by block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Place {
    anchor: usize,
    /// 0 for a block moved before the join `anchor`, 1 otherwise.
    rank: u8,
    block: usize,
}

impl Place {
    /// A block's place in block order.
    pub(super) fn of(block: usize) -> Place {
        Place {
            anchor: block,
            rank: 1,
            block,
        }
    }

    fn before(join: usize, block: usize) -> Place {
        Place {
            anchor: join,
            rank: 0,
            block,
        }
    }
}

/// Before: the graph, which blocks are emitted in place and
/// which are joins.
/// After: the top-level blocks (the arms and the joins) in the order of
/// their code, with their places.
pub(super) fn top_level_order(
    body: &Body,
    inlined: &[bool],
    macro_targets: &[bool],
    joins: &[bool],
) -> Vec<(Place, usize)> {
    let n = body.blocks.len();
    let top_level = |b: usize| !inlined[b] || macro_targets[b];
    // The code of each top-level block: itself and the blocks emitted in
    // place inside it (a macro's target also has an arm of its own).
    let regions: BTreeMap<usize, Vec<usize>> = (0..n)
        .filter(|b| top_level(*b))
        .map(|r| {
            let mut region = vec![r];
            let mut i = 0;
            while let Some(&b) = region.get(i) {
                for s in body.block(BlockId(b)).term.successors() {
                    if inlined[s.target.0] && !region.contains(&s.target.0) {
                        region.push(s.target.0);
                    }
                }
                i += 1;
            }
            (r, region)
        })
        .collect();
    // Where each local is bound or assigned: the top-level blocks whose code
    // does it.
    let mut defined_in: BTreeMap<LocalId, BTreeSet<usize>> = BTreeMap::new();
    for (r, region) in &regions {
        for b in region {
            let block = body.block(BlockId(*b));
            let defs = block
                .stmts
                .iter()
                .flat_map(|s| match s {
                    Stmt::Let { binds, .. } => binds.clone(),
                    Stmt::Assign { local, .. } => vec![*local],
                    _ => vec![],
                })
                .chain(block.term.binds());
            for l in defs {
                defined_in.entry(l).or_default().insert(*r);
            }
        }
    }
    let mut places = BTreeMap::new();
    for (r, region) in &regions {
        let place = moved_before(body, region, &defined_in, joins, *r)
            .map_or(Place::of(*r), |h| Place::before(h, *r));
        places.insert(place, *r);
    }
    places.into_iter().collect()
}

/// The join the code of resume block `r` moves before, if any (see the
/// module docs).
fn moved_before(
    body: &Body,
    region: &[usize],
    defined_in: &BTreeMap<LocalId, BTreeSet<usize>>,
    joins: &[bool],
    r: usize,
) -> Option<usize> {
    if !body.blocks[r].is_resume || joins[r] {
        return None;
    }
    let head = region
        .iter()
        .flat_map(|b| body.successors(BlockId(*b)))
        .map(|t| t.0)
        .filter(|t| joins[*t] && *t < r)
        .max()?;
    let mut mentioned = BTreeSet::new();
    for b in region {
        mentions(body, BlockId(*b), &mut mentioned);
    }
    let before_head = mentioned.iter().all(|l| {
        body.local(*l).kind == LocalKind::Param
            || defined_in
                .get(l)
                .is_some_and(|owners| owners.iter().all(|o| *o == r || *o < head))
    });
    before_head.then_some(head)
}

/// Every local the user's code in block `b` names, binds or assigns, and
/// the iterator its terminator steps: the code in which rustc needs to know
/// a local's type. (The machine's own takes, saves and drops of a local do
/// not: they are calls generic over the slot's type.)
fn mentions(body: &Body, b: BlockId, out: &mut BTreeSet<LocalId>) {
    let block = body.block(b);
    for s in &block.stmts {
        for f in s.fragments() {
            out.extend(f.mentions.iter().map(|m| m.local));
        }
        match s {
            Stmt::Let { binds, .. } => out.extend(binds),
            Stmt::Assign { local, .. } => {
                out.insert(*local);
            }
            _ => {}
        }
    }
    for f in block.term.fragments() {
        out.extend(f.mentions.iter().map(|m| m.local));
    }
    out.extend(block.term.binds());
    out.extend(block.term.stepped());
}
