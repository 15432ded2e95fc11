//! Terminators: the one place that knows the edges of a block's end, and
//! the bindings each edge introduces.

use syn::Pat;

use super::{BlockId, Edge, Fragment, LocalId};

pub struct MatchArm {
    /// The arm's attributes (`#[allow(unreachable_patterns)]`), kept on the
    /// arm that tests the pattern.
    pub attrs: Vec<syn::Attribute>,
    pub pat: Pat,
    pub guard: Option<Fragment>,
    pub binds: Vec<LocalId>,
    pub target: Edge,
}

pub enum Terminator {
    Goto(Edge),
    /// `if cond` where `cond` may be a let-chain binding `binds`.
    If {
        cond: Fragment,
        binds: Vec<LocalId>,
        then_edge: Edge,
        else_edge: Edge,
    },
    Match {
        scrutinee: Fragment,
        arms: Vec<MatchArm>,
    },
    /// The head of a `for` loop: `match Iterator::next(&mut iter)`.
    ForNext {
        iter: LocalId,
        pat: Pat,
        binds: Vec<LocalId>,
        body: Edge,
        done: Edge,
    },
    /// Suspend with `value`; resume at `resume`.
    Yield {
        value: Fragment,
        resume: BlockId,
    },
    /// A recursive `yield_from!` in a generator that runs on a stack of
    /// frames (`gen_core::__private::Frames`): push the callee's new `frame`
    /// and run it; resume at `resume` with its return value once it returns.
    Recurse {
        frame: Fragment,
        resume: BlockId,
    },
    /// One step of `yield_from!`: resume `source` (with no value on the first
    /// step), suspending at `resume` with what it yields; on completion bind
    /// its return value to `result` and go to `done`. With `awaits`, one
    /// poll of `.await`: `source` is the future, polled in place; the
    /// generator suspends at `resume` while it is pending, and `result` is
    /// its output. Both step an in-place operand until it is done, so every
    /// phase but `emit` treats them alike.
    Delegate {
        awaits: bool,
        source: LocalId,
        /// The user's operand, where type errors are reported.
        span: proc_macro2::Span,
        first: bool,
        resume: BlockId,
        done: Edge,
        result: Option<LocalId>,
    },
    Return(Fragment),
    Unreachable,
}

/// Where an edge of a terminator starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeKey {
    Goto,
    Then,
    Else,
    Arm(usize),
    Body,
    Done,
    Resume,
}

/// A block a terminator can go to.
pub struct Successor<'a> {
    pub key: EdgeKey,
    pub target: BlockId,
    /// The edge, when the target is reached through one (it may leave
    /// scopes); `None` for the block a resume enters.
    pub edge: Option<&'a Edge>,
    /// The locals the terminator binds (a pattern's bindings) or assigns
    /// (a delegate's result) on its way to the target.
    pub binds: &'a [LocalId],
}

impl Terminator {
    /// The blocks the terminator can go to, in the order of its edges: the
    /// one place that knows a terminator's structure of edges (jumps out of
    /// fragments are the body's `jumps`).
    pub fn successors(&self) -> Vec<Successor<'_>> {
        fn edge<'a>(key: EdgeKey, e: &'a Edge, binds: &'a [LocalId]) -> Successor<'a> {
            Successor {
                key,
                target: e.target,
                edge: Some(e),
                binds,
            }
        }
        fn resume<'a>(target: &BlockId) -> Successor<'a> {
            Successor {
                key: EdgeKey::Resume,
                target: *target,
                edge: None,
                binds: &[],
            }
        }
        match self {
            Terminator::Goto(e) => vec![edge(EdgeKey::Goto, e, &[])],
            Terminator::If {
                then_edge,
                else_edge,
                binds,
                ..
            } => vec![
                edge(EdgeKey::Then, then_edge, binds),
                edge(EdgeKey::Else, else_edge, &[]),
            ],
            Terminator::Match { arms, .. } => arms
                .iter()
                .enumerate()
                .map(|(i, a)| edge(EdgeKey::Arm(i), &a.target, &a.binds))
                .collect(),
            Terminator::ForNext {
                body, done, binds, ..
            } => {
                vec![
                    edge(EdgeKey::Body, body, binds),
                    edge(EdgeKey::Done, done, &[]),
                ]
            }
            Terminator::Yield { resume: r, .. } | Terminator::Recurse { resume: r, .. } => {
                vec![resume(r)]
            }
            Terminator::Delegate {
                resume: r,
                done,
                result,
                ..
            } => {
                vec![resume(r), edge(EdgeKey::Done, done, result.as_slice())]
            }
            Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }

    /// Every local the terminator binds or assigns on any of its edges.
    pub fn binds(&self) -> Vec<LocalId> {
        let mut out: Vec<LocalId> = Vec::new();
        for l in self.successors().iter().flat_map(|s| s.binds) {
            if !out.contains(l) {
                out.push(*l);
            }
        }
        out
    }

    /// The in-place local the terminator steps (the iterator of a `for`,
    /// the operand of `yield_from!`).
    pub fn stepped(&self) -> Option<LocalId> {
        match self {
            Terminator::ForNext { iter, .. } => Some(*iter),
            Terminator::Delegate { source, .. } => Some(*source),
            Terminator::Goto(_)
            | Terminator::If { .. }
            | Terminator::Match { .. }
            | Terminator::Yield { .. }
            | Terminator::Recurse { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => None,
        }
    }

    /// The patterns the terminator matches outside its fragments (match
    /// arms, a `for`'s pattern; a let-chain's are inside its condition).
    pub fn patterns(&self) -> Vec<&Pat> {
        match self {
            Terminator::Match { arms, .. } => arms.iter().map(|a| &a.pat).collect(),
            Terminator::ForNext { pat, .. } => vec![pat],
            Terminator::Goto(_)
            | Terminator::If { .. }
            | Terminator::Yield { .. }
            | Terminator::Recurse { .. }
            | Terminator::Delegate { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => vec![],
        }
    }

    /// The targets of `successors`, to renumber them.
    pub fn targets_mut(&mut self) -> Vec<&mut BlockId> {
        match self {
            Terminator::Goto(e) => vec![&mut e.target],
            Terminator::If {
                then_edge,
                else_edge,
                ..
            } => vec![&mut then_edge.target, &mut else_edge.target],
            Terminator::Match { arms, .. } => {
                arms.iter_mut().map(|a| &mut a.target.target).collect()
            }
            Terminator::ForNext { body, done, .. } => vec![&mut body.target, &mut done.target],
            Terminator::Yield { resume, .. } | Terminator::Recurse { resume, .. } => vec![resume],
            Terminator::Delegate { resume, done, .. } => vec![resume, &mut done.target],
            Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }

    /// The code the terminator evaluates (conditions, scrutinee and guards,
    /// yielded or returned value).
    pub fn fragments(&self) -> Vec<&Fragment> {
        match self {
            Terminator::If { cond, .. } => vec![cond],
            Terminator::Match { scrutinee, arms } => std::iter::once(scrutinee)
                .chain(arms.iter().filter_map(|a| a.guard.as_ref()))
                .collect(),
            Terminator::Yield { value, .. } => vec![value],
            Terminator::Recurse { frame, .. } => vec![frame],
            Terminator::Return(f) => vec![f],
            Terminator::Goto(_)
            | Terminator::ForNext { .. }
            | Terminator::Delegate { .. }
            | Terminator::Unreachable => vec![],
        }
    }
}
