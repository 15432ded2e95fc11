//! The blocks `emit` places inline, at their only incoming edge, instead of
//! as arms of the dispatch loop.

use quote::ToTokens;

use std::collections::BTreeSet;

use crate::ir::{Block, BlockId, Body, JumpId, LocalId, LocalKind, Stmt, Terminator};

/// The blocks to emit in place of their only incoming edge: not entered by
/// a resume, reached by exactly one terminator edge (and no jump but a
/// macro's, see below), and whose code names nothing that a local of the
/// predecessor, still in scope there, could shadow.
///
/// A block that the `break` or `continue` of a macro call may also reach
/// (`ir::MacroExit`) is emitted in place all the same, and also as an arm of
/// the dispatch loop for those jumps (`macro_targets`): the way the code
/// takes when the macro does not jump stays the same as without the macro.
/// Not when its code (or that of the blocks emitted in place inside it)
/// makes a closure or an `async` block: each copy of that code would make a
/// value of a type of its own, where the local that holds it has one slot
/// type ("expected closure, found a different closure").
pub fn inlined_blocks(body: &Body) -> Vec<bool> {
    let mut inlined = inlined_once(body);
    let targets = macro_targets(body);
    for t in 0..body.blocks.len() {
        if !(inlined[t] && targets[t]) {
            continue;
        }
        let mut region = vec![t];
        let mut i = 0;
        while let Some(&b) = region.get(i) {
            for s in body.block(BlockId(b)).term.successors() {
                if inlined[s.target.0] && !region.contains(&s.target.0) {
                    region.push(s.target.0);
                }
            }
            i += 1;
        }
        if region
            .iter()
            .any(|b| makes_unique_types(body.block(BlockId(*b))))
        {
            inlined[t] = false;
        }
    }
    inlined
}

/// Whether a block's code has a closure or an `async` block (also, as far
/// as tokens tell, inside a macro's arguments: `|` or `async`).
fn makes_unique_types(block: &Block) -> bool {
    fn tokens_make(tokens: proc_macro2::TokenStream) -> bool {
        tokens.into_iter().any(|t| match t {
            proc_macro2::TokenTree::Punct(p) => p.as_char() == '|',
            proc_macro2::TokenTree::Ident(i) => i == "async",
            proc_macro2::TokenTree::Group(g) => tokens_make(g.stream()),
            proc_macro2::TokenTree::Literal(_) => false,
        })
    }
    block
        .stmts
        .iter()
        .flat_map(Stmt::fragments)
        .chain(block.term.fragments())
        .any(|f| tokens_make(f.expr.to_token_stream()))
}

/// `inlined_blocks` before the macro targets' exception.
fn inlined_once(body: &Body) -> Vec<bool> {
    let n = body.blocks.len();
    let mut edges = vec![0usize; n];
    let mut jumps = vec![0usize; n];
    let macro_jumps = macro_jumps(body);
    for b in 0..n {
        let id = BlockId(b);
        for j in body.jumps_of(id) {
            if !macro_jumps.contains(&j) {
                jumps[body.jumps[j.0].edge.target.0] += 1;
            }
        }
        for s in body.block(id).term.successors() {
            edges[s.target.0] += 1;
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

/// The jumps of the macro exits of the body's fragments.
fn macro_jumps(body: &Body) -> BTreeSet<JumpId> {
    let fragments = body.blocks.iter().flat_map(|b| {
        b.stmts
            .iter()
            .flat_map(Stmt::fragments)
            .chain(b.term.fragments())
    });
    fragments
        .flat_map(|f| &f.macro_exits)
        .flat_map(|x| std::iter::once(x.break_).chain(x.continue_))
        .collect()
}

/// The blocks a macro's `break` or `continue` may reach: they have an arm
/// of the dispatch loop, also when they are emitted in place.
pub fn macro_targets(body: &Body) -> Vec<bool> {
    let mut out = vec![false; body.blocks.len()];
    for j in macro_jumps(body) {
        out[body.jumps[j.0].edge.target.0] = true;
    }
    out
}

/// The edges of a terminator.
fn term_edges(t: &Terminator) -> Vec<&crate::ir::Edge> {
    t.successors().into_iter().filter_map(|s| s.edge).collect()
}

/// Whether a block's code uses, as something other than the local it
/// resolves to, a name that is also a local's (an item named like a local).
fn names_other_things(block: &Block, local_names: &std::collections::BTreeSet<String>) -> bool {
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
    let frags = block
        .stmts
        .iter()
        .flat_map(Stmt::fragments)
        .chain(block.term.fragments());
    let pats = block
        .stmts
        .iter()
        .filter_map(|s| match s {
            Stmt::Let { pat, .. } => Some(pat),
            Stmt::Expr(_) | Stmt::Assign { .. } | Stmt::ScopeEnd(_) => None,
        })
        .chain(block.term.patterns());
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
