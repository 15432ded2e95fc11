//! The intermediate representation: a control-flow graph of basic blocks over
//! the generator body's locals, produced by `lower` and read by `analyse`,
//! `layout` and `emit`.
//!
//! Statements that contain no suspension point stay as the user wrote them
//! (`Fragment`s); control flow that contains one becomes terminators.

mod dump;
mod placeholders;
mod terminator;

use proc_macro2::Ident;
use syn::{Expr, Pat};

pub use placeholders::{placeholder, placeholder_name};
pub use terminator::{EdgeKey, MatchArm, Terminator};

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
    /// A temporary of a `for`'s iterable that Rust keeps to the end of the
    /// loop (`c.borrow()` in `for x in c.borrow().iter()`), bound by a `let`
    /// of the loop's scope before the iterator. Unlike other temporaries it
    /// may be borrowed across a suspension point (by the iterator), so it
    /// may be kept in place. Also the temporaries a `let` extends (`let r =
    /// &make();`, `let (ref a, ref b) = pair();`) and the temporary
    /// scrutinee of an `if let` or a `match` whose patterns bind by
    /// reference. Unless `may_move` (a pattern binds part of it by value),
    /// the temporary is only ever borrowed: it holds its value to the end of
    /// its scope, as Rust's temporary does.
    Extended { may_move: bool },
}

pub struct Local {
    /// The name the emitted code uses: the user's ident (with its span) for
    /// user bindings, a `Span::mixed_site()` ident for temporaries.
    pub ident: Ident,
    pub kind: LocalKind,
    pub scope: ScopeId,
    /// A parameter declared as a shared reference or a raw pointer: a raw
    /// pointer taken through it (`bytes.as_ptr()`) does not point into the
    /// local, and stays valid while the local moves (`expand::refers`).
    pub refers: bool,
    /// What notes about the local call it, and where they point.
    pub origin: Origin,
}

/// How a diagnostic names a local: a binding by its name, at its
/// declaration; a temporary by what it holds (`future`, `iterator`,
/// `value`), at the expression it comes from.
pub struct Origin {
    pub name: String,
    pub span: proc_macro2::Span,
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
    /// The outer attributes of an expression statement, emitted on the
    /// statement (the expression may be wrapped, where they are not
    /// allowed).
    pub attrs: Vec<syn::Attribute>,
    pub mentions: Vec<Mention>,
    /// The jumps out of the fragment, in the order they were lowered.
    pub jumps: Vec<JumpId>,
    /// Whether it contains a `return` or a `?`: it may complete the
    /// generator.
    pub returns: bool,
    /// The lowered loops and labelled blocks a macro call of the fragment
    /// may leave by itself (its expansion, which the lowering cannot see,
    /// may hold a `break` or a `continue`), outermost first; see
    /// `MacroExit`.
    pub macro_exits: Vec<MacroExit>,
    /// In the user's `unsafe` block, and not wrapped in one (a `match`
    /// scrutinee, which must stay a place): `emit` puts the code that uses
    /// it in an `unsafe` block.
    pub in_unsafe: bool,
}

/// A lowered loop or labelled block that a macro call of a fragment may
/// leave: an unlabelled `break`/`continue` of its expansion targets the
/// innermost loop around the emitted code, and a label it received names the
/// user's loop. `emit` puts the code of the fragment's statement (to the end
/// of its Rust block) in a loop of that label that runs once: leaving it
/// takes `break_`, entering it again takes `continue_`. Both jumps are also
/// in the fragment's `jumps`, so later phases plan them as any jump.
pub struct MacroExit {
    /// The label a macro call received (`'outer` in `stop!('outer)`),
    /// renamed for this fragment in the call (see
    /// `lower::ExitRewriter::foreign_macro`); `None`: only unlabelled jumps
    /// target it.
    pub label: Option<syn::Lifetime>,
    /// A loop (a labelled block has no `continue`).
    pub is_loop: bool,
    pub break_: JumpId,
    pub continue_: Option<JumpId>,
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
    /// Whether the fragment may hold values of its own where it jumps
    /// (bindings, a loop's iterator, a scrutinee's or an operand's
    /// temporaries), which Rust drops before the locals of the scopes the
    /// jump leaves; not when the jump is only inside blocks and plain `if`s.
    pub inside_values: bool,
    /// Locals the fragment assigns whole on every path to the jump, by
    /// statements before it in the blocks around it (`if c { x = 5; break;
    /// }`): liveness does not need them before the fragment for this jump.
    pub assigned_before: Vec<LocalId>,
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
}
