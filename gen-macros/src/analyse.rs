//! Analyse phase: which locals are live at the start of each block (a
//! backward fixpoint over the graph), from the mentions `resolve` found.
//!
//! A read mention is a use; a `let`, a whole assignment, a terminator's
//! bindings and the end of a scope are definitions (kills). Mentions are
//! syntactic and over-approximate (a macro's identifiers, captures of
//! closures), which only makes locals live longer.

use std::collections::BTreeSet;

use crate::ir::{BlockId, Body, Fragment, LocalId, MentionKind, Stmt};

pub type LocalSet = BTreeSet<LocalId>;

pub struct Liveness {
    pub live_in: Vec<LocalSet>,
}

impl Liveness {
    /// Locals live on some edge out of `block`.
    pub fn live_out(&self, body: &Body, block: BlockId) -> LocalSet {
        live_out(body, block, &self.live_in)
    }
}

/// The union over the edges of a block of what is live at their targets, less
/// what an edge itself defines (the value of a `break 'label value`).
fn live_out(body: &Body, block: BlockId, live_in: &[LocalSet]) -> LocalSet {
    let mut out = LocalSet::new();
    for s in body.successors(block) {
        out.extend(live_in[s.0].iter().copied());
    }
    let mut jump_out = LocalSet::new();
    let mut defined = LocalSet::new();
    for j in body.jumps_of(block) {
        let jump = &body.jumps[j.0];
        let mut live = live_in[jump.edge.target.0].clone();
        if let Some(r) = jump.result {
            live.remove(&r);
            defined.insert(r);
        }
        jump_out.extend(live);
    }
    // A local a jump defines is live out only through the other edges.
    let mut other = LocalSet::new();
    for s in body.block(block).term.successors() {
        other.extend(live_in[s.target.0].iter().copied());
    }
    out.retain(|l| !defined.contains(l) || other.contains(l));
    out
}

/// Reads of a fragment.
pub fn reads(f: &Fragment) -> impl Iterator<Item = LocalId> + '_ {
    f.mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Read)
        .map(|m| m.local)
}

/// The locals a statement certainly assigns as a whole.
pub fn assigned_by(f: &Fragment) -> impl Iterator<Item = LocalId> + '_ {
    f.mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Assign && crate::syntax::definitely_assigns(&f.expr, &m.name)
        })
        .map(|m| m.local)
}

/// What is live where the jumps of `f` leave: at their targets, less the
/// value a `break 'label value` defines.
/// Those the fragment assigns on every path to the jump before it leaves
/// (`if c { x = 5; break; }`) are not needed before the fragment on its
/// account.
fn live_at_jumps(body: &Body, f: &Fragment, live_in: &[LocalSet]) -> LocalSet {
    let mut out = LocalSet::new();
    for j in &f.jumps {
        let jump = &body.jumps[j.0];
        out.extend(
            live_in[jump.edge.target.0]
                .iter()
                .filter(|l| Some(**l) != jump.result && !jump.assigned_before.contains(l)),
        );
    }
    out
}

/// The locals live at the start of `block`, walking it backwards from its
/// terminator's edges. A jump inside a statement leaves from that statement,
/// so what its target needs is live before the statement, whatever the
/// statements after it define (`if c { break } x = 1;` keeps `x` live for
/// the `break`).
fn block_live_in(body: &Body, block: BlockId, live_in: &[LocalSet]) -> LocalSet {
    let b = body.block(block);
    let mut live = LocalSet::new();
    for s in b.term.successors() {
        live.extend(live_in[s.target.0].iter().copied());
    }
    let reads_but = |f: &Fragment, bound: &[LocalId]| -> LocalSet {
        reads(f).filter(|l| !bound.contains(l)).collect()
    };
    // A terminator's own bindings are defined by it; its code (a
    // let-chain, guards) reads them only after binding them.
    let binds = b.term.binds();
    live.retain(|l| !binds.contains(l));
    for f in b.term.fragments() {
        live.extend(reads_but(f, &binds));
    }
    live.extend(b.term.stepped());
    for f in b.term.fragments() {
        live.extend(live_at_jumps(body, f, live_in));
    }
    for s in b.stmts.iter().rev() {
        match s {
            Stmt::Expr(f) => {
                for l in assigned_by(f) {
                    live.remove(&l);
                }
                live.extend(reads(f));
            }
            Stmt::Let {
                init,
                else_block,
                binds,
                ..
            } => {
                live.retain(|l| !binds.contains(l));
                for f in init.iter().chain(else_block) {
                    live.extend(reads(f));
                }
            }
            Stmt::Assign { local, value } => {
                live.remove(local);
                live.extend(reads(value));
            }
            Stmt::ScopeEnd(scope) => live.retain(|l| !body.scopes[scope.0].locals.contains(l)),
        }
        for f in s.fragments() {
            live.extend(live_at_jumps(body, f, live_in));
        }
    }
    live
}

/// Before: the graph with its mentions.
/// After: the locals live at the start of each block.
pub fn liveness(body: &Body) -> Liveness {
    let n = body.blocks.len();
    let mut live_in = vec![LocalSet::new(); n];
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..n).rev() {
            let inn = block_live_in(body, BlockId(b), &live_in);
            if inn != live_in[b] {
                live_in[b] = inn;
                changed = true;
            }
        }
    }
    Liveness { live_in }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::{LowerInput, lower};
    use crate::resolve::{NormalizeOptions, normalize};

    fn body(src: &str) -> Body {
        let mut block: syn::Block = syn::parse_str(src).unwrap();
        normalize(
            &mut block,
            &NormalizeOptions {
                self_ident: None,
                asynchronous: false,
            },
        )
        .unwrap();
        lower(LowerInput {
            params: Vec::new(),
            body: block,
            self_call: None,
        })
        .unwrap()
        .body
    }

    fn names(body: &Body, set: &LocalSet) -> Vec<String> {
        set.iter()
            .map(|l| body.local(*l).ident.to_string())
            .collect()
    }

    #[test]
    fn local_read_after_yield_is_live_across_it() {
        let b = body("{ let a = 1; let unused = 2; yield_!(a); let c = a + 1; yield_!(c); }");
        let live = liveness(&b);
        // bb1 is the block after the first yield: it reads `a`.
        assert_eq!(names(&b, &live.live_in[1]), ["a"]);
        assert!(live.live_in[0].is_empty());
    }

    #[test]
    fn loop_carried_local_is_live_at_the_head() {
        let b = body("{ let mut n = 0; loop { yield_!(n); n += 1; } }");
        let live = liveness(&b);
        let head = &live.live_in[1];
        assert_eq!(names(&b, head), ["n"]);
    }

    #[test]
    fn reassigned_local_is_dead_before_the_assignment() {
        let b = body("{ let mut x = 1; yield_!(x); x = 5; yield_!(x); }");
        let live = liveness(&b);
        // After the first yield, `x` is assigned before it is read.
        assert!(live.live_in[1].is_empty(), "{}", b.dump());
    }

    #[test]
    fn a_local_assigned_before_a_break_is_not_live_for_that_break() {
        let b = body("{ let x: u64; loop { yield_!(0); if true { x = 5; break; } } yield_!(x); }");
        let live = liveness(&b);
        // No block before the `break`'s statement needs `x`: the statement
        // assigns it on the way to the `break`, the only way to its read.
        for (i, set) in live.live_in.iter().enumerate() {
            let has_stmt = !b.blocks[i].stmts.is_empty();
            let reads_x = b.blocks[i].term.fragments().iter().any(|f| {
                f.mentions
                    .iter()
                    .any(|m| m.name == "x" && m.kind == MentionKind::Read)
            });
            if has_stmt && !reads_x {
                assert!(
                    !names(&b, set).contains(&"x".to_string()),
                    "bb{i}: {}",
                    b.dump()
                );
            }
        }
    }

    #[test]
    fn local_read_after_a_break_before_its_assignment_is_live() {
        let b =
            body("{ let mut x = 1; loop { if x > 3 { break; } x = 5; yield_!(0); } yield_!(x); }");
        let live = liveness(&b);
        // The loop's head: the `break` leaves before `x = 5`.
        let head = b
            .blocks
            .iter()
            .position(|bl| bl.stmts.len() > 1)
            .expect("the loop body");
        assert_eq!(names(&b, &live.live_in[head]), ["x"], "{}", b.dump());
    }
}
