//! Lower phase: the body becomes a control-flow graph (`ir::Body`).
//!
//! Statements and expressions without a suspension point stay verbatim, as
//! `Fragment`s. Control flow that contains one becomes blocks and
//! terminators; an expression with a suspension point inside is split in
//! Rust's evaluation order, operands evaluated before the suspension being
//! kept in temporaries. `break`/`continue` inside a fragment that leave a
//! lowered construct, `return` and `?` are replaced by placeholder macros
//! (`placeholder`) that `emit` expands.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Pat, Stmt};

use crate::diagnostics::Diagnostics;
use crate::ir::{
    self, BlockId, Edge, Fragment, Jump, LocalId, LocalKind, MatchArm, ScopeId, Terminator,
};
use crate::ir::{placeholder, placeholder_name};
use crate::resolve::{self, NameScopes, Suspend, has_suspension, suspension};
use crate::syntax::{binds_by_value, has_ref_binding, place_root};

mod control;
mod exits;
mod exprs;
mod graph;
mod items;
mod stmts;

use exits::ExitRewriter;
pub use exits::wrap_unsafe;
use exits::{flatten_and, join_and};
use graph::reorder_blocks;
use items::{check_items, check_macro_definitions};

fn placeholder(name: &str, args: TokenStream) -> Expr {
    placeholder_at(name, args, Span::call_site())
}

/// A placeholder whose expansion reports errors at `span` (the user's `?`,
/// `return`, `yield_from!` operand).
fn placeholder_at(name: &str, args: TokenStream, span: Span) -> Expr {
    let ident = syn::Ident::new(name, Span::mixed_site().located_at(span));
    syn::parse_quote!(#ident!(#args))
}

/// A parameter as the lowering sees it.
pub struct ParamIn {
    pub ident: syn::Ident,
    pub pattern: Option<Pat>,
    /// Declared as a shared reference or a raw pointer (`bytes: &[u8]`,
    /// `&self`; not `&mut`, see `expand::refers`).
    pub refers: bool,
    /// Declared as a reference, `&mut` or not (`bytes: &mut Bytes<'_>`,
    /// `&mut self`): see `rewrite::with_reborrowed`.
    pub reference: Option<bool>,
}

/// What a `yield_from!(f(..))` must call to be a direct recursion.
pub struct SelfCall {
    /// The function's name.
    pub name: String,
    /// It has a receiver (`child.f()` may name it).
    pub method: bool,
    /// Its parameters, the receiver included.
    pub params: usize,
    /// Its identity, `ID` in the bound `Recursion<ID>` on its return type
    /// (see `frame_call`).
    pub id: u128,
    /// It is an async generator: a recursive call is boxed (a delegate of
    /// its own per level), never run on frames.
    pub asynchronous: bool,
}

pub struct LowerInput {
    pub params: Vec<ParamIn>,
    pub body: Block,
    pub self_call: Option<SelfCall>,
}

pub struct Lowered {
    pub body: ir::Body,
    /// Items declared directly in lowered blocks, hoisted so every state sees them.
    pub items: Vec<syn::Item>,
}

struct LoopCtx {
    label: Option<String>,
    /// A loop (`break`/`continue` without label target it), not a labelled block.
    is_loop: bool,
    break_target: BlockId,
    continue_target: Option<BlockId>,
    result: Option<LocalId>,
    /// `scopes.len()` where the targets live.
    depth: usize,
}

struct Lowerer {
    locals: Vec<ir::Local>,
    scope_tree: Vec<ir::Scope>,
    blocks: Vec<ir::Block>,
    jumps: Vec<Jump>,
    params: Vec<LocalId>,
    items: Vec<syn::Item>,
    /// The tokens of the lowered blocks being lowered, innermost last (the
    /// body's own statements have none): where a hoisted item is declared.
    block_tokens: Vec<proc_macro2::TokenStream>,
    /// The hoisted items of inner blocks, with their block's tokens.
    nested_items: Vec<(syn::Item, proc_macro2::TokenStream)>,
    /// Names in scope, innermost scope last.
    names: NameScopes,
    /// Open lexical scopes, parallel to `names`.
    scopes: Vec<ScopeId>,
    loops: Vec<LoopCtx>,
    cur: BlockId,
    unsafe_depth: usize,
    temps: usize,
    /// Labels renamed in macro calls so far (see `ExitRewriter::foreign_macro`).
    macro_labels: usize,
    self_call: Option<SelfCall>,
    /// The `#[allow(..)]`s of the lowered expressions being lowered: the
    /// statements inside them get them (`statement`, `lower_let`).
    allows: Vec<syn::Attribute>,
    errors: Diagnostics,
}

/// Before: the generator's parameters and body (normalised by `resolve`).
/// After: a control-flow graph whose entry block binds the parameters'
/// patterns and whose blocks are in reverse post-order, unreachable ones gone.
pub fn lower(input: LowerInput) -> syn::Result<Lowered> {
    let mut l = Lowerer {
        locals: Vec::new(),
        scope_tree: Vec::new(),
        blocks: Vec::new(),
        jumps: Vec::new(),
        params: Vec::new(),
        items: Vec::new(),
        block_tokens: Vec::new(),
        nested_items: Vec::new(),
        names: NameScopes::default(),
        scopes: Vec::new(),
        loops: Vec::new(),
        cur: BlockId(0),
        unsafe_depth: 0,
        temps: 0,
        macro_labels: 0,
        self_call: input.self_call,
        allows: Vec::new(),
        errors: Diagnostics::default(),
    };
    l.push_scope();
    let entry = l.new_block(false);
    l.cur = entry;
    let mut patterns = Vec::new();
    let method = l.self_call.as_ref().is_some_and(|s| s.method);
    for (i, p) in input.params.into_iter().enumerate() {
        let id = l.declare(p.ident.clone(), LocalKind::Param);
        l.locals[id.0].refers = p.refers;
        if method && i == 0 {
            // The receiver, bound to `self_`.
            l.locals[id.0].origin.name = "self".to_string();
        }
        l.params.push(id);
        if let Some(pat) = p.pattern {
            patterns.push((pat, p.ident));
        }
    }
    for (pat, ident) in patterns {
        let init = l.fragment(syn::parse_quote!(#ident));
        let binds = l.declare_pattern(&pat, LocalKind::Param);
        l.push(ir::Stmt::Let {
            attrs: Vec::new(),
            pat,
            init: Some(init),
            else_block: None,
            binds,
        });
    }
    let mut stmts = input.body.stmts.clone();
    tail_statement_macro(&mut stmts);
    let falls_through = stmts.last().is_none_or(|s| !diverges(s));
    // The body's scope ends with the return, which evaluates the value first
    // and then drops everything the generator holds, in order.
    l.push_scope();
    let value = l.lower_stmts(&stmts, true);
    let term = if falls_through {
        // A body without a tail returns `()`, from its closing brace.
        let close = input.body.brace_token.span.close();
        let value = if value == unit() {
            syn::parse_quote_spanned!(close=> ())
        } else {
            value
        };
        Terminator::Return(l.fragment(value))
    } else {
        Terminator::Unreachable
    };
    l.scopes.pop();
    l.names.pop();
    l.terminate(term);
    let body_tokens = input.body.to_token_stream();
    l.errors.extend(check_items(
        &l.items,
        &l.nested_items,
        &l.locals,
        &body_tokens,
    ));
    l.errors.extend(check_macro_definitions(
        &input.body,
        &l.locals,
        &body_tokens,
    ));

    l.errors.finish()?;
    let mut body = ir::Body {
        locals: l.locals,
        scopes: l.scope_tree,
        blocks: l.blocks,
        jumps: l.jumps,
        entry,
        params: l.params,
    };
    reorder_blocks(&mut body);
    Ok(Lowered {
        body,
        items: l.items,
    })
}

/// Before: a body whose last statement is a macro call (`forever!();`).
/// After: that statement as the body's value, `{ forever!(); }`: a block of
/// type `!` if the expansion diverges, which Rust lets end a function of
/// any return type, and `()` otherwise, as the statement gave. The shadow
/// does the same.
pub fn tail_statement_macro(stmts: &mut [Stmt]) {
    let Some(last) = stmts.last_mut() else {
        return;
    };
    let mac = match &*last {
        Stmt::Macro(m) if m.semi_token.is_some() => &m.mac,
        Stmt::Expr(Expr::Macro(m), Some(_)) => &m.mac,
        _ => return,
    };
    if placeholder_name(mac).is_some()
        || crate::syntax::is_std_macro(mac)
        || crate::syntax::tokens_contain(&mac.tokens, &["yield", "yield_", "yield_from"], &[])
    {
        return;
    }
    let stmt = last.clone();
    *last = Stmt::Expr(syn::parse_quote_spanned!(stmt.span()=> { #stmt }), None);
}

/// Whether `e` may call the generator function being defined (a direct
/// recursion, which must be boxed to break the cycle of its opaque type).
pub fn is_self_call(target: &SelfCall, e: &Expr) -> bool {
    let name = &target.name;
    match ungrouped(e) {
        Expr::Call(c) => match ungrouped(&c.func) {
            Expr::Path(p) => {
                let segs = &p.path.segments;
                let own = segs.last().is_some_and(|s| s.ident == name);
                if target.method {
                    own && segs.len() == 2 && segs[0].ident == "Self"
                } else {
                    own && (segs.len() == 1 || segs.len() == 2 && segs[0].ident == "Self")
                }
            }
            _ => false,
        },
        Expr::MethodCall(m) => target.method && m.method == name,
        _ => false,
    }
}

/// The arguments of a call compiled as a recursion on the stack of frames:
/// a call named like this function (`walk(..)`, or `Self::walk(..)` also for
/// methods, the receiver first; no turbofish; as many arguments as
/// parameters). Its frame is built from these arguments and runs this body,
/// whatever the name resolves to; the shadow checks the call as written,
/// which proves the machine sound only if the two are the same function.
/// So the shadow also passes the call's generator to `recursion::<ID>`,
/// which only this function's own opaque return type satisfies (see
/// `gen-core/src/recursion.rs`): any other function named so is a compile
/// error at the call. Method-call syntax is left to boxing: `child.walk()`
/// may be another type's method.
pub fn frame_call(target: &SelfCall, e: &Expr) -> Option<Vec<Expr>> {
    if target.asynchronous {
        return None;
    }
    let Expr::Call(call) = ungrouped(e) else {
        return None;
    };
    let Expr::Path(path) = ungrouped(&call.func) else {
        return None;
    };
    let plain = path.qself.is_none()
        && path
            .path
            .segments
            .iter()
            .all(|s| matches!(s.arguments, syn::PathArguments::None));
    (plain && is_self_call(target, e) && call.args.len() == target.params)
        .then(|| call.args.iter().cloned().collect())
}

/// `e` without the invisible groups around it (a macro's `$e:expr`), which
/// the lowering may remove: the shadow, which keeps them, must recognise the
/// same calls as `frame_call`.
fn ungrouped(mut e: &Expr) -> &Expr {
    while let Expr::Group(g) = e {
        e = &g.expr;
    }
    e
}

/// Whether a statement certainly does not complete (so a body ending with it
/// has no fall-through return value to type-check).
pub fn diverges(s: &Stmt) -> bool {
    match s {
        Stmt::Expr(e, _) => diverges_directly(e),
        Stmt::Macro(m) => diverging_macro(&m.mac),
        _ => false,
    }
}

/// `return`, `break`, `continue`, `panic!`-like macros, `loop` with no
/// `break` (nor a macro call that may hold one).
fn diverges_directly(e: &Expr) -> bool {
    match e {
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => true,
        Expr::Macro(m) => diverging_macro(&m.mac),
        Expr::Loop(l) => {
            !crate::syntax::tokens_contain(&l.body.to_token_stream(), &["break"], &[])
                && !has_user_macro(&l.body)
        }
        _ => false,
    }
}

/// Whether a block calls a macro that is neither a placeholder nor one of
/// the standard library's (whose expansion may hold a `break`).
fn has_user_macro(b: &Block) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_macro(&mut self, m: &'ast syn::Macro) {
            self.0 |= placeholder_name(m).is_none() && !crate::syntax::is_std_macro(m);
        }
    }
    let mut f = Finder(false);
    f.visit_block(b);
    f.0
}

fn diverging_macro(mac: &syn::Macro) -> bool {
    mac.path.segments.last().is_some_and(|seg| {
        matches!(
            seg.ident.to_string().as_str(),
            "panic" | "unreachable" | "todo" | "unimplemented"
        )
    })
}

/// Whether evaluating `e` never finishes normally: a diverging statement's
/// expression, or a block (not labelled: a `break 'label` may leave it)
/// whose last statement or tail diverges.
pub fn expr_diverges(e: &Expr) -> bool {
    let block_diverges = |b: &Block| match b.stmts.last() {
        Some(Stmt::Expr(tail, None)) => expr_diverges(tail),
        Some(s) => diverges(s),
        None => false,
    };
    match e {
        Expr::Block(b) if b.label.is_none() => block_diverges(&b.block),
        Expr::Unsafe(u) => block_diverges(&u.block),
        Expr::Paren(p) => expr_diverges(&p.expr),
        Expr::Group(g) => expr_diverges(&g.expr),
        other => diverges_directly(other),
    }
}

/// The kind of position an operand is evaluated in.
#[derive(Clone, Copy, PartialEq)]
enum Position {
    /// Read as a value (moved or copied): call arguments, operands of
    /// arithmetic, struct fields…
    Value,
    /// Used as a place (borrowed or assigned): callees, bases of indexing.
    Place,
    /// Auto-referenced or read as a value, depending on its type: method
    /// receivers (`&self` or `self`), operands of comparisons (built-in on
    /// primitives, by reference otherwise).
    Receiver,
}

/// A place built from paths, fields, indexing with simple indices and derefs:
/// evaluating it later cannot observe a side effect, and the borrow checker
/// forbids the suspension operand from changing it while it is borrowed.
fn is_pure_place(e: &Expr) -> bool {
    match e {
        Expr::Path(p) => p.qself.is_none(),
        Expr::Field(f) => is_pure_place(&f.base),
        Expr::Index(i) => {
            is_pure_place(&i.expr) && (is_literal(&i.index) || is_pure_place(&i.index))
        }
        Expr::Paren(p) => is_pure_place(&p.expr),
        Expr::Group(g) => is_pure_place(&g.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => is_pure_place(&u.expr),
        Expr::Reference(r) => is_pure_place(&r.expr),
        _ => false,
    }
}

/// The fields from a local to `place` (`p.v.x` → `[p, v, x]`), when the
/// place is only fields of a local.
fn field_path(place: &Expr) -> Option<Vec<String>> {
    match place {
        Expr::Path(p) => Some(vec![p.path.get_ident()?.to_string()]),
        Expr::Field(f) => {
            let mut path = field_path(&f.base)?;
            path.push(quote::ToTokens::to_token_stream(&f.member).to_string());
            Some(path)
        }
        Expr::Paren(p) => field_path(&p.expr),
        Expr::Group(g) => field_path(&g.expr),
        _ => None,
    }
}

/// Whether `e` may write to or move the local called `name`: assigns to
/// (`=`, `+=`…) or takes `&mut` of a place rooted at it, or uses it whole as
/// a value (`drop(x)`, `x + 1`). Bindings of the same name inside `e` shadow
/// it from where they are declared; method calls, fields, indexing, shared
/// borrows and macros count as reads (a macro cannot tell `&mut self` from
/// `&self`).
/// With `within`, only a write to a place that overlaps `within` counts
/// (fields of the local: `&mut p.w` does not write `p.v`).
fn writes_local(e: &Expr, name: &syn::Ident, within: Option<&[String]>) -> bool {
    struct Finder<'n> {
        name: &'n syn::Ident,
        within: Option<&'n [String]>,
        found: bool,
    }
    impl Finder<'_> {
        fn is_root(&self, place: &Expr) -> bool {
            if place_root(place) != Some(self.name) {
                return false;
            }
            // Disjoint fields of the same local do not overlap.
            match (self.within, field_path(place)) {
                (Some(within), Some(path)) => {
                    let n = within.len().min(path.len());
                    within[..n] == path[..n]
                }
                _ => true,
            }
        }
        /// A place used without being moved: only its indices are values.
        fn visit_place(&mut self, place: &Expr) {
            match place {
                Expr::Path(_) => {}
                Expr::Field(f) => self.visit_place(&f.base),
                Expr::Index(i) => {
                    self.visit_place(&i.expr);
                    self.visit_expr(&i.index);
                }
                Expr::Paren(p) => self.visit_place(&p.expr),
                Expr::Group(g) => self.visit_place(&g.expr),
                Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => self.visit_place(&u.expr),
                other => self.visit_expr(other),
            }
        }
        fn binds(&self, pat: &Pat) -> bool {
            crate::syntax::pattern_bindings(pat)
                .iter()
                .any(|b| b.ident == *self.name)
        }
    }
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
            self.found |= self.is_root(&a.left);
            if matches!(&*a.left, Expr::Infer(_)) {
                // `_ = place` neither moves nor reads the place.
                self.visit_place(&a.right);
            } else {
                syn::visit::visit_expr_assign(self, a);
            }
        }
        fn visit_local(&mut self, l: &'ast syn::Local) {
            match (&l.pat, &l.init) {
                // `let _ = place;` neither moves nor reads the place.
                (Pat::Wild(_), Some(init)) if init.diverge.is_none() => {
                    self.visit_place(&init.expr)
                }
                _ => syn::visit::visit_local(self, l),
            }
        }
        fn visit_expr_binary(&mut self, b: &'ast syn::ExprBinary) {
            if crate::syntax::is_compound_assign(&b.op) {
                self.found |= self.is_root(&b.left);
            }
            syn::visit::visit_expr_binary(self, b);
        }
        fn visit_expr_reference(&mut self, r: &'ast syn::ExprReference) {
            if self.is_root(&r.expr) {
                self.found |= r.mutability.is_some();
                self.visit_place(&r.expr);
            } else {
                syn::visit::visit_expr_reference(self, r);
            }
        }
        fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
            // Reached only in value positions: places are visited by
            // `visit_place`.
            self.found |= p.path.is_ident(self.name);
        }
        fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
            self.visit_place(&m.receiver);
            m.args.iter().for_each(|a| self.visit_expr(a));
        }
        fn visit_expr_field(&mut self, f: &'ast syn::ExprField) {
            self.visit_place(&f.base);
        }
        fn visit_expr_index(&mut self, i: &'ast syn::ExprIndex) {
            self.visit_place(&i.expr);
            self.visit_expr(&i.index);
        }
        fn visit_macro(&mut self, _: &'ast syn::Macro) {}
        fn visit_block(&mut self, b: &'ast Block) {
            for s in &b.stmts {
                self.visit_stmt(s);
                if let Stmt::Local(l) = s
                    && self.binds(&l.pat)
                {
                    break;
                }
            }
        }
        fn visit_arm(&mut self, a: &'ast syn::Arm) {
            if !self.binds(&a.pat) {
                syn::visit::visit_arm(self, a);
            }
        }
        fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
            if !c.inputs.iter().any(|p| self.binds(p)) {
                syn::visit::visit_expr_closure(self, c);
            }
        }
        fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
            self.visit_expr(&f.expr);
            if !self.binds(&f.pat) {
                self.visit_block(&f.body);
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut finder = Finder {
        name,
        within,
        found: false,
    };
    finder.visit_expr(e);
    finder.found
}

fn is_literal(e: &Expr) -> bool {
    matches!(e, Expr::Lit(_))
}

fn unit() -> Expr {
    syn::parse_quote!(())
}

impl Lowerer {
    // ---- graph building -------------------------------------------------

    fn cur_scope(&self) -> ScopeId {
        *self.scopes.last().expect("a scope is open")
    }

    fn new_block(&mut self, is_resume: bool) -> BlockId {
        let scope = self.cur_scope();
        self.blocks.push(ir::Block {
            scope,
            is_resume,
            stmts: Vec::new(),
            term: Terminator::Unreachable,
        });
        BlockId(self.blocks.len() - 1)
    }

    fn push(&mut self, s: ir::Stmt) {
        let cur = self.cur;
        self.blocks[cur.0].stmts.push(s);
    }

    /// Ends the current block; code after this is unreachable until the
    /// caller switches to another block.
    fn terminate(&mut self, term: Terminator) {
        let cur = self.cur;
        self.blocks[cur.0].term = term;
        self.cur = self.new_block(false);
    }

    fn goto(&mut self, target: BlockId) {
        self.terminate(Terminator::Goto(Edge {
            target,
            exits: Vec::new(),
        }));
    }

    fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    fn push_scope(&mut self) -> ScopeId {
        let parent = self.scopes.last().copied();
        self.scope_tree.push(ir::Scope {
            parent,
            locals: Vec::new(),
        });
        let id = ScopeId(self.scope_tree.len() - 1);
        self.scopes.push(id);
        self.names.push();
        id
    }

    /// Leaves the innermost scope, falling through.
    fn pop_scope(&mut self) {
        let s = self.cur_scope();
        self.push(ir::Stmt::ScopeEnd(s));
        self.scopes.pop();
        self.names.pop();
    }

    fn declare(&mut self, ident: syn::Ident, kind: LocalKind) -> LocalId {
        let name = ident.to_string();
        let origin = ir::Origin {
            // A parameter bound by a pattern is the whole argument.
            name: match name.strip_prefix("r#") {
                _ if name.starts_with("__genfn_arg") => "argument".to_string(),
                Some(raw) => raw.to_string(),
                None => name.clone(),
            },
            span: ident.span(),
        };
        self.declare_with(ident, kind, origin)
    }

    fn declare_with(&mut self, ident: syn::Ident, kind: LocalKind, origin: ir::Origin) -> LocalId {
        let scope = self.cur_scope();
        let id = LocalId(self.locals.len());
        self.names.bind(ident.to_string(), id);
        self.locals.push(ir::Local {
            ident,
            kind,
            scope,
            refers: false,
            origin,
        });
        self.scope_tree[scope.0].locals.push(id);
        id
    }

    fn declare_pattern(&mut self, pat: &Pat, kind: LocalKind) -> Vec<LocalId> {
        crate::syntax::pattern_bindings(pat)
            .into_iter()
            .map(|b| self.declare(b.ident, kind))
            .collect()
    }

    /// A temporary holding the value of the expression at `span`.
    fn temp(&mut self, what: &str, span: Span) -> LocalId {
        let n = self.temps;
        self.temps += 1;
        let ident = syn::Ident::new(&format!("__genfn_{what}{n}"), Span::mixed_site());
        let name = match what {
            "future" | "delegate" => what,
            "iter" => "iterator",
            _ => "value",
        };
        let origin = ir::Origin {
            name: name.to_string(),
            span,
        };
        self.declare_with(ident, LocalKind::Temp, origin)
    }

    fn temp_in_place(&mut self, what: &str, span: Span) -> LocalId {
        let t = self.temp(what, span);
        self.locals[t.0].kind = LocalKind::InPlace;
        t
    }

    fn temp_in_parent(&mut self, what: &str, span: Span) -> LocalId {
        self.in_parent(|l| l.temp(what, span))
    }

    /// Runs `f` (which declares locals) with the innermost scope closed, so
    /// that what it declares belongs to the enclosing scope.
    fn in_parent<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let inner = self.scopes.pop().expect("a block scope is open");
        let names = self.names.pop_scope();
        let r = f(self);
        self.scopes.push(inner);
        self.names.push_scope(names);
        r
    }

    fn local_expr(&self, id: LocalId) -> Expr {
        let ident = &self.locals[id.0].ident;
        syn::parse_quote!(#ident)
    }

    /// Scopes left when jumping to a target living at `depth`, innermost first.
    fn exits_to(&self, depth: usize) -> Vec<ScopeId> {
        self.scopes[depth..].iter().rev().copied().collect()
    }

    /// Turns code into a fragment: rewrites the exits it contains, keeps an
    /// enclosing `unsafe` block's context, and resolves its mentions.
    fn fragment(&mut self, e: Expr) -> Fragment {
        self.fragment_in(e, true, false)
    }

    /// The fragment of a `match` scrutinee: a place stays a place in the
    /// user's `unsafe` block (the emitted `match` is put in an `unsafe`
    /// block instead: `Fragment::in_unsafe`), so that `ref` bindings borrow
    /// it and by-value ones move out of it as in Rust.
    fn scrutinee_fragment(&mut self, e: Expr) -> Fragment {
        self.fragment_in(e, false, false)
    }

    /// `wrap`: whether to put the code in the user's `unsafe` block, if
    /// any, around the expression itself; `statement`: the code is an
    /// expression statement, whose value is discarded.
    fn fragment_in(&mut self, mut e: Expr, wrap: bool, statement: bool) -> Fragment {
        if let Some(span) = resolve::first_suspension_span(&e) {
            // Every construct that can hold a suspension point is lowered or
            // rejected with its own message before it becomes a fragment.
            self.errors.push(syn::Error::new(
                span,
                "a generator cannot suspend in this position; bind the value with `let` first",
            ));
        }
        let mut rewriter = ExitRewriter {
            l: self,
            inner: Vec::new(),
            bound: Vec::new(),
            holding: 0,
            jumps: Vec::new(),
            returns: false,
            macro_jumps: false,
            macro_labels: Vec::new(),
        };
        rewriter.visit_expr_mut(&mut e);
        let (mut jumps, returns) = (rewriter.jumps, rewriter.returns);
        let (macro_jumps, macro_labels) = (rewriter.macro_jumps, rewriter.macro_labels);
        let macro_exits = self.macro_exits(macro_jumps, &macro_labels);
        jumps.extend(
            macro_exits
                .iter()
                .flat_map(|x| std::iter::once(x.break_).chain(x.continue_)),
        );
        // The name of a local needs no `unsafe` (a `static mut` would), and
        // wrapping it would make a place (`let _ = s;`, a scrutinee) a
        // value, moved. Nor does the scrutinee of a let-chain's `let` when
        // it is a local or a field of one (`let Some(ref mut x) = s.o`),
        // which `ref` bindings borrow.
        let mentions = resolve::mentions_expr(&e, &self.names);
        let local = |e: &Expr| {
            matches!(e, Expr::Path(p)
                if p.qself.is_none()
                    && p.path.get_ident().is_some_and(|i| mentions.iter().any(|m| *i == m.name)))
        };
        fn field_of(e: &Expr, local: &dyn Fn(&Expr) -> bool) -> bool {
            match e {
                Expr::Field(f) => field_of(&f.base, local),
                Expr::Paren(p) => field_of(&p.expr, local),
                other => local(other),
            }
        }
        // What the fragment assigns before each of its jumps (liveness).
        if !jumps.is_empty() {
            let assigned: Vec<String> = mentions
                .iter()
                .filter(|m| m.kind == crate::ir::MentionKind::Assign)
                .map(|m| m.name.clone())
                .collect();
            for (n, names) in exits::assigned_before_jumps(&e, &assigned) {
                let locals = mentions
                    .iter()
                    .filter(|m| m.kind == crate::ir::MentionKind::Assign && names.contains(&m.name))
                    .map(|m| m.local)
                    .collect();
                if let Some(jump) = self.jumps.get_mut(n) {
                    jump.assigned_before = locals;
                }
            }
        }
        let in_unsafe = self.unsafe_depth > 0 && !wrap;
        if self.unsafe_depth > 0 && wrap && !local(&e) {
            if statement && matches!(e, Expr::Macro(_)) {
                // A statement macro stays a statement in the block (its
                // expansion may end with `;`, which rustc rejects in
                // expression position).
                exits::wrap_unsafe_statement(&mut e);
            } else {
                exits::wrap_unsafe_but(&mut e, &|x| field_of(x, &local));
            }
        }
        Fragment {
            expr: e,
            attrs: Vec::new(),
            mentions,
            jumps,
            returns,
            macro_exits,
            in_unsafe,
        }
    }

    /// The fragment of an expression statement, its outer attributes kept
    /// for the statement.
    fn statement(&mut self, mut e: Expr) -> Fragment {
        let attrs = crate::syntax::take_outer_attrs(&mut e);
        let mut f = self.fragment_in(e, true, true);
        f.attrs = self.with_allows(attrs);
        f
    }

    /// A statement's attributes after the `#[allow(..)]`s of the lowered
    /// expressions it is in.
    fn with_allows(&self, attrs: Vec<syn::Attribute>) -> Vec<syn::Attribute> {
        if self.allows.is_empty() {
            return attrs;
        }
        self.allows.iter().cloned().chain(attrs).collect()
    }

    /// The lowered loops and labelled blocks a fragment's macro calls may
    /// leave by themselves (`ir::MacroExit`), outermost first: the innermost
    /// lowered loop if a call may hold an unlabelled `break`/`continue`
    /// (`unlabelled`), and those named by the labels the calls received.
    fn macro_exits(
        &mut self,
        unlabelled: bool,
        labels: &[(String, syn::Lifetime)],
    ) -> Vec<ir::MacroExit> {
        // Loop index, and the label a call gave it.
        let mut targets: Vec<(usize, Option<syn::Lifetime>)> = Vec::new();
        if unlabelled && let Some(i) = self.loops.iter().rposition(|c| c.is_loop) {
            targets.push((i, None));
        }
        for (name, renamed) in labels {
            let found = self
                .loops
                .iter()
                .rposition(|c| c.label.as_deref() == Some(name.as_str()));
            if let Some(i) = found {
                match targets.iter_mut().find(|(t, _)| *t == i) {
                    Some(t) => t.1 = Some(renamed.clone()),
                    None => targets.push((i, Some(renamed.clone()))),
                }
            }
        }
        targets.sort_by_key(|(i, _)| *i);
        targets
            .into_iter()
            .map(|(i, label)| {
                let c = &self.loops[i];
                let exits = self.exits_to(c.depth);
                let (break_target, continue_target) = (c.break_target, c.continue_target);
                let (result, is_loop) = (c.result, c.is_loop);
                let mut jump = |target: BlockId, result: Option<LocalId>| {
                    self.jumps.push(Jump {
                        edge: Edge {
                            target,
                            exits: exits.clone(),
                        },
                        result,
                        // The edge is taken outside the statement's code.
                        shadowed: Vec::new(),
                        inside_values: false,
                        assigned_before: Vec::new(),
                    });
                    ir::JumpId(self.jumps.len() - 1)
                };
                let break_ = jump(break_target, result);
                let continue_ = continue_target.filter(|_| is_loop).map(|t| jump(t, None));
                ir::MacroExit {
                    label,
                    is_loop,
                    break_,
                    continue_,
                }
            })
            .collect()
    }
}

/// For unit tests of the later phases: `src` (a block, with parameters
/// `params`) normalised and lowered.
#[cfg(test)]
pub fn lower_source(params: &[&str], src: &str) -> ir::Body {
    let mut block: syn::Block = syn::parse_str(src).unwrap();
    resolve::normalize(
        &mut block,
        &resolve::NormalizeOptions {
            self_ident: None,
            asynchronous: false,
        },
    )
    .unwrap();
    let params = params
        .iter()
        .map(|p| ParamIn {
            ident: syn::Ident::new(p, Span::call_site()),
            pattern: None,
            refers: false,
            reference: None,
        })
        .collect();
    lower(LowerInput {
        params,
        body: block,
        self_call: None,
    })
    .unwrap()
    .body
}
