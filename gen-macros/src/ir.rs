//! The intermediate representation: a control-flow graph of basic blocks over
//! the generator body's locals, produced by `lower` and read by `analyse`,
//! `layout` and `emit`.
//!
//! Statements that contain no suspension point stay as the user wrote them
//! (`Fragment`s); control flow that contains one becomes terminators.

use proc_macro2::Ident;
use std::fmt::{self, Write as _};
use syn::{Expr, Pat};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalId(pub usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BlockId(pub usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScopeId(pub usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JumpId(pub usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    /// A parameter of the generator function.
    Param,
    /// A binding the user wrote.
    User,
    /// A value the lowering keeps across a suspension point (operand
    /// temporaries, results of control-flow expressions).
    Temp,
    /// The iterator of a `for` or the operand of `yield_from!`: assigned
    /// once, then only stepped by its terminator, in place in its slot
    /// (never moved in and out).
    InPlace,
}

pub struct Local {
    /// The name the emitted code uses: the user's ident (with its span) for
    /// user bindings, a `Span::mixed_site()` ident for temporaries.
    pub ident: Ident,
    pub kind: LocalKind,
    pub scope: ScopeId,
}

pub struct Scope {
    pub parent: Option<ScopeId>,
    /// Locals in declaration order.
    pub locals: Vec<LocalId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// Any use that may read (or move, or borrow) the local.
    Read,
    /// The whole left-hand side of `x = value`: writes without reading.
    Assign,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub local: LocalId,
    pub kind: MentionKind,
    /// The name it was mentioned by.
    pub name: String,
}

/// Code kept as written, with the locals it mentions. Jumps, `return` and `?`
/// inside it were replaced by placeholder macros (see `placeholder`) that
/// `emit` expands once it knows what each jump must save; the lowering
/// records them here, so later phases never look for them in the syntax.
pub struct Fragment {
    pub expr: Expr,
    pub mentions: Vec<Mention>,
    /// The jumps out of the fragment, in the order they were lowered.
    pub jumps: Vec<JumpId>,
    /// Whether it contains a `return` or a `?`: it may complete the
    /// generator.
    pub returns: bool,
}

/// A control-flow edge: where to go, and the lowered scopes left on the way
/// (innermost first), whose locals are dropped.
#[derive(Clone)]
pub struct Edge {
    pub target: BlockId,
    pub exits: Vec<ScopeId>,
}

#[allow(clippy::large_enum_variant)] // built once per statement, never copied around
pub enum Stmt {
    /// An expression statement (`expr;`).
    Expr(Fragment),
    /// `let pat = init else { .. };` introducing `binds`.
    Let {
        attrs: Vec<syn::Attribute>,
        pat: Pat,
        init: Option<Fragment>,
        else_block: Option<Fragment>,
        binds: Vec<LocalId>,
    },
    /// `local = value;` on a whole local: a definition for liveness.
    Assign { local: LocalId, value: Fragment },
    /// Control leaves a lowered scope here, falling through.
    ScopeEnd(ScopeId),
}

impl Stmt {
    /// The code of the statement, in order.
    pub fn fragments(&self) -> Vec<&Fragment> {
        match self {
            Stmt::Expr(f) => vec![f],
            Stmt::Let {
                init, else_block, ..
            } => init.iter().chain(else_block).collect(),
            Stmt::Assign { value, .. } => vec![value],
            Stmt::ScopeEnd(_) => vec![],
        }
    }
}

pub struct MatchArm {
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
    /// its return value to `result` and go to `done`.
    Delegate {
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

pub struct Block {
    /// Which scope is innermost when the block starts.
    pub scope: ScopeId,
    /// The block is entered by resuming after a suspension point.
    pub is_resume: bool,
    pub stmts: Vec<Stmt>,
    pub term: Terminator,
}

/// A `break`/`continue` inside a fragment that leaves a lowered construct.
pub struct Jump {
    pub edge: Edge,
    /// The local a `break value` assigns.
    pub result: Option<LocalId>,
    /// Names the fragment binds around the jump: a held local of the same
    /// name cannot be named there.
    pub shadowed: Vec<String>,
}

pub struct Body {
    pub locals: Vec<Local>,
    pub scopes: Vec<Scope>,
    pub blocks: Vec<Block>,
    pub jumps: Vec<Jump>,
    pub entry: BlockId,
    /// Parameters, in order, as locals of the outermost scope.
    pub params: Vec<LocalId>,
}

impl Body {
    pub fn local(&self, id: LocalId) -> &Local {
        &self.locals[id.0]
    }

    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.0]
    }

    /// Whether `scope` is `inner` or one of its ancestors.
    pub fn scope_encloses(&self, scope: ScopeId, inner: ScopeId) -> bool {
        let mut cur = Some(inner);
        while let Some(s) = cur {
            if s == scope {
                return true;
            }
            cur = self.scopes[s.0].parent;
        }
        false
    }

    /// Every edge leaving `block`, from its terminator and from jumps inside
    /// its fragments.
    pub fn successors(&self, block: BlockId) -> Vec<BlockId> {
        let b = self.block(block);
        let mut out: Vec<BlockId> = b.term.successors().iter().map(|s| s.target).collect();
        for j in self.jumps_of(block) {
            out.push(self.jumps[j.0].edge.target);
        }
        out
    }

    /// The jumps embedded in the fragments of `block`.
    pub fn jumps_of(&self, block: BlockId) -> Vec<JumpId> {
        let b = self.block(block);
        b.stmts
            .iter()
            .flat_map(Stmt::fragments)
            .chain(b.term.fragments())
            .flat_map(|f| f.jumps.iter().copied())
            .collect()
    }

    /// A readable dump of the graph, for tests and `GENFN_DEBUG_IR`.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let name = |l: &LocalId| self.local(*l).ident.to_string();
        let edge = |e: &Edge| {
            if e.exits.is_empty() {
                format!("bb{}", e.target.0)
            } else {
                let scopes: Vec<_> = e.exits.iter().map(|s| format!("s{}", s.0)).collect();
                format!("bb{} (leaving {})", e.target.0, scopes.join(", "))
            }
        };
        let code = |f: &Fragment| quote::ToTokens::to_token_stream(&f.expr).to_string();
        let pat = |p: &Pat| quote::ToTokens::to_token_stream(p).to_string();
        for (i, l) in self.locals.iter().enumerate() {
            let _ = writeln!(
                out,
                "let _{i}: {} ({:?}, scope s{})",
                l.ident, l.kind, l.scope.0
            );
        }
        for (i, b) in self.blocks.iter().enumerate() {
            let _ = writeln!(
                out,
                "bb{i}{} (scope s{}):",
                if b.is_resume { " [resume]" } else { "" },
                b.scope.0
            );
            for s in &b.stmts {
                let line = match s {
                    Stmt::Expr(f) => format!("{};", code(f)),
                    Stmt::Let {
                        pat: p,
                        init,
                        else_block,
                        ..
                    } => {
                        let mut s = format!("let {}", pat(p));
                        if let Some(i) = init {
                            s += &format!(" = {}", code(i));
                        }
                        if let Some(e) = else_block {
                            s += &format!(" else {}", code(e));
                        }
                        s + ";"
                    }
                    Stmt::Assign { local, value } => format!("{} = {};", name(local), code(value)),
                    Stmt::ScopeEnd(s) => format!("end of scope s{}", s.0),
                };
                let _ = writeln!(out, "    {line}");
            }
            let term = match &b.term {
                Terminator::Goto(e) => format!("goto {}", edge(e)),
                Terminator::If {
                    cond,
                    then_edge,
                    else_edge,
                    ..
                } => format!(
                    "if {} -> {} else {}",
                    code(cond),
                    edge(then_edge),
                    edge(else_edge)
                ),
                Terminator::Match { scrutinee, arms } => {
                    let arms: Vec<_> = arms
                        .iter()
                        .map(|a| {
                            let guard = a
                                .guard
                                .as_ref()
                                .map(|g| format!(" if {}", code(g)))
                                .unwrap_or_default();
                            format!("{}{guard} -> {}", pat(&a.pat), edge(&a.target))
                        })
                        .collect();
                    format!("match {} {{ {} }}", code(scrutinee), arms.join(", "))
                }
                Terminator::ForNext {
                    iter,
                    pat: p,
                    body,
                    done,
                    ..
                } => format!(
                    "for {} in {} -> {} else {}",
                    pat(p),
                    name(iter),
                    edge(body),
                    edge(done)
                ),
                Terminator::Yield { value, resume } => {
                    format!("yield {} -> resume bb{}", code(value), resume.0)
                }
                Terminator::Recurse { frame, resume } => {
                    format!("recurse {} -> resume bb{}", code(frame), resume.0)
                }
                Terminator::Delegate {
                    source,
                    first,
                    resume,
                    done,
                    result,
                    ..
                } => format!(
                    "{} {} -> resume bb{}, done {}{}",
                    if *first { "delegate start" } else { "delegate" },
                    name(source),
                    resume.0,
                    edge(done),
                    result
                        .map(|r| format!(" into {}", name(&r)))
                        .unwrap_or_default()
                ),
                Terminator::Return(f) => format!("return {}", code(f)),
                Terminator::Unreachable => "unreachable".to_string(),
            };
            let _ = writeln!(out, "    {term}");
            let jumps = self.jumps_of(BlockId(i));
            for j in jumps {
                let jump = &self.jumps[j.0];
                let _ = writeln!(
                    out,
                    "    jump j{} -> {}{}",
                    j.0,
                    edge(&jump.edge),
                    jump.result
                        .map(|r| format!(" with {}", name(&r)))
                        .unwrap_or_default()
                );
            }
        }
        out
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dump())
    }
}

// ---------------------------------------------------------------------------
// Placeholders: the macros the lowering leaves in fragments for emit.

/// The placeholder macros lowering leaves in fragments for `emit`.
pub mod placeholder {
    pub const RETURN: &str = "__genfn_return";
    pub const TRY: &str = "__genfn_try";
    pub const JUMP: &str = "__genfn_jump";
    pub const RESUME: &str = "__genfn_resume";
    pub const DELEGATE: &str = "__genfn_delegate";
    pub const BOXED: &str = "__genfn_boxed";
    pub const MAYBE_BOXED: &str = "__genfn_maybe_boxed";
    /// The new frame of a recursive call: `__genfn_frame!(arg, ..)`.
    pub const FRAME: &str = "__genfn_frame";
    /// The return value of the frame a recursive call ran.
    pub const RECURSED: &str = "__genfn_recursed";
}

/// The name of a placeholder macro, if `mac` is one.
pub fn placeholder_name(mac: &syn::Macro) -> Option<String> {
    let ident = mac.path.get_ident()?.to_string();
    ident.starts_with("__genfn_").then_some(ident)
}
