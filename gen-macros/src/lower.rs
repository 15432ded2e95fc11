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
use crate::syntax::place_root;

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
    self_call: Option<SelfCall>,
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
        self_call: input.self_call,
        errors: Diagnostics::default(),
    };
    l.push_scope();
    let entry = l.new_block(false);
    l.cur = entry;
    let mut patterns = Vec::new();
    for p in input.params {
        let id = l.declare(p.ident.clone(), LocalKind::Param);
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
    let falls_through = input.body.stmts.last().is_none_or(|s| !diverges(s));
    // The body's scope ends with the return, which evaluates the value first
    // and then drops everything the generator holds, in order.
    l.push_scope();
    let value = l.lower_stmts(&input.body.stmts, true);
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
    let e = match s {
        Stmt::Expr(e, _) => e,
        Stmt::Macro(m) => {
            return m.mac.path.segments.last().is_some_and(|seg| {
                matches!(
                    seg.ident.to_string().as_str(),
                    "panic" | "unreachable" | "todo" | "unimplemented"
                )
            });
        }
        _ => return false,
    };
    match e {
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => true,
        Expr::Macro(m) => m.mac.path.segments.last().is_some_and(|seg| {
            matches!(
                seg.ident.to_string().as_str(),
                "panic" | "unreachable" | "todo" | "unimplemented"
            )
        }),
        Expr::Loop(l) => !crate::syntax::tokens_contain(&l.body.to_token_stream(), &["break"], &[]),
        _ => false,
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

/// Whether `e` may write to or move the local called `name`: assigns to
/// (`=`, `+=`…) or takes `&mut` of a place rooted at it, or uses it whole as
/// a value (`drop(x)`, `x + 1`). Bindings of the same name inside `e` shadow
/// it from where they are declared; method calls, fields, indexing, shared
/// borrows and macros count as reads (a macro cannot tell `&mut self` from
/// `&self`).
fn writes_local(e: &Expr, name: &syn::Ident) -> bool {
    struct Finder<'n> {
        name: &'n syn::Ident,
        found: bool,
    }
    impl Finder<'_> {
        fn is_root(&self, place: &Expr) -> bool {
            place_root(place) == Some(self.name)
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
            resolve::pattern_bindings(pat)
                .iter()
                .any(|b| b.ident == *self.name)
        }
    }
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
            self.found |= self.is_root(&a.left);
            syn::visit::visit_expr_assign(self, a);
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
    let mut finder = Finder { name, found: false };
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
        let scope = self.cur_scope();
        let id = LocalId(self.locals.len());
        self.names.bind(ident.to_string(), id);
        self.locals.push(ir::Local { ident, kind, scope });
        self.scope_tree[scope.0].locals.push(id);
        id
    }

    fn declare_pattern(&mut self, pat: &Pat, kind: LocalKind) -> Vec<LocalId> {
        resolve::pattern_bindings(pat)
            .into_iter()
            .map(|b| self.declare(b.ident, kind))
            .collect()
    }

    fn temp(&mut self, what: &str) -> LocalId {
        let n = self.temps;
        self.temps += 1;
        let ident = syn::Ident::new(&format!("__genfn_{what}{n}"), Span::mixed_site());
        self.declare(ident, LocalKind::Temp)
    }

    fn temp_in_place(&mut self, what: &str) -> LocalId {
        let t = self.temp(what);
        self.locals[t.0].kind = LocalKind::InPlace;
        t
    }

    fn temp_in_parent(&mut self, what: &str) -> LocalId {
        let inner = self.scopes.pop().expect("a block scope is open");
        let names = self.names.pop_scope();
        let t = self.temp(what);
        self.scopes.push(inner);
        self.names.push_scope(names);
        t
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
    fn fragment(&mut self, mut e: Expr) -> Fragment {
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
        };
        rewriter.visit_expr_mut(&mut e);
        // The name of a local needs no `unsafe` (a `static mut` would), and
        // wrapping it would make a place (`let _ = s;`, a scrutinee) a
        // value, moved.
        let mentions = resolve::mentions_expr(&e, &self.names);
        let local_name = matches!(&e, Expr::Path(p)
            if p.qself.is_none()
                && p.path.get_ident().is_some_and(|i| mentions.iter().any(|m| *i == m.name)));
        if self.unsafe_depth > 0 && !local_name {
            wrap_unsafe(&mut e);
        }
        Fragment { expr: e, mentions }
    }

    // ---- statements -----------------------------------------------------

    /// Before: `{ stmts; tail }`.
    /// After: the statements lowered in a new scope; the tail's value, if
    /// `want`, saved in a temporary before the scope ends and returned as the
    /// block's operand.
    fn lower_block(&mut self, block: &Block, want: bool) -> Expr {
        self.block_tokens.push(block.to_token_stream());
        let value = self.lower_block_inner(block, want);
        self.block_tokens.pop();
        value
    }

    fn lower_block_inner(&mut self, block: &Block, want: bool) -> Expr {
        self.push_scope();
        let scope = self.cur_scope();
        let value = self.lower_stmts(&block.stmts, want);
        // The tail is evaluated before the block's locals are dropped.
        let has_locals = !self.scope_tree[scope.0].locals.is_empty();
        let value = if want && has_locals && !is_literal(&value) && value != unit() {
            // The temporary outlives the block: it belongs to the enclosing scope.
            let t = self.temp_in_parent("value");
            let f = self.fragment(value);
            self.push(ir::Stmt::Assign { local: t, value: f });
            self.local_expr(t)
        } else {
            value
        };
        self.pop_scope();
        value
    }

    fn lower_stmts(&mut self, stmts: &[Stmt], want: bool) -> Expr {
        let mut value = unit();
        for (i, s) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            match s {
                Stmt::Expr(e, None) if last && want => {
                    value = self.lower_expr(e, want);
                }
                _ => self.lower_stmt(s),
            }
        }
        value
    }

    fn lower_stmt(&mut self, s: &Stmt) {
        self.lower_stmt_inner(s);
        if diverges(s)
            && !matches!(
                s,
                Stmt::Expr(Expr::Return(_) | Expr::Break(_) | Expr::Continue(_), _)
            )
        {
            // `panic!()`, `loop {}`: nothing after it runs.
            self.terminate(Terminator::Unreachable);
        }
    }

    fn lower_stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::Item(item) => {
                self.items.push(item.clone());
                if let Some(block) = self.block_tokens.last() {
                    self.nested_items.push((item.clone(), block.clone()));
                }
            }
            Stmt::Macro(m) => {
                let e = Expr::Macro(syn::ExprMacro {
                    attrs: m.attrs.clone(),
                    mac: m.mac.clone(),
                });
                let f = self.fragment(e);
                self.push(ir::Stmt::Expr(f));
            }
            Stmt::Local(local) => self.lower_let(local),
            Stmt::Expr(e, _) => self.lower_expr_stmt(e),
        }
    }

    /// Before: `let pat = init else { diverge };`.
    /// After: the initializer lowered to an operand, then a `Let` that binds
    /// the pattern's locals in the current scope.
    fn lower_let(&mut self, local: &syn::Local) {
        if let Some(init) = &local.init
            && let Some((_, els)) = &init.diverge
            && has_suspension(els)
        {
            return self.lower_let_else(local, &init.expr, els);
        }
        let (init, else_block) = match &local.init {
            None => (None, None),
            Some(init) => {
                let value = self.lower_expr(&init.expr, true);
                let init_f = self.fragment(value);
                let else_f = init
                    .diverge
                    .as_ref()
                    .map(|(_, e)| self.fragment((**e).clone()));
                (Some(init_f), else_f)
            }
        };
        let pat = local.pat.clone();
        let binds = self.declare_pattern(&pat, LocalKind::User);
        self.push(ir::Stmt::Let {
            attrs: local.attrs.clone(),
            pat,
            init,
            else_block,
            binds,
        });
    }

    /// Before: `let pat = init else { ..yield_!().. };`.
    /// After: `match init { pat -> rest (binding in the current scope), _ ->
    /// else }`; the `else` block is lowered and must diverge (the shadow,
    /// which keeps the `let … else`, makes rustc check that).
    fn lower_let_else(&mut self, local: &syn::Local, init: &Expr, els: &Expr) {
        let value = self.lower_expr(init, true);
        let scrutinee = self.fragment(value);
        let from = self.cur;
        let rest = self.new_block(false);
        let otherwise = self.new_block(false);
        let pat = local.pat.clone();
        let binds = self.declare_pattern(&pat, LocalKind::User);
        let wildcard: Pat = syn::parse_quote!(_);
        self.blocks[from.0].term = Terminator::Match {
            scrutinee,
            arms: vec![
                MatchArm {
                    pat,
                    guard: None,
                    binds,
                    target: Edge {
                        target: rest,
                        exits: Vec::new(),
                    },
                },
                MatchArm {
                    pat: wildcard,
                    guard: None,
                    binds: Vec::new(),
                    target: Edge {
                        target: otherwise,
                        exits: Vec::new(),
                    },
                },
            ],
        };
        self.switch_to(otherwise);
        self.lower_expr(els, false);
        self.terminate(Terminator::Unreachable);
        self.switch_to(rest);
    }

    fn lower_expr_stmt(&mut self, e: &Expr) {
        // A whole assignment to a local is a definition: keep it visible.
        if let Expr::Assign(a) = e
            && let Expr::Path(p) = &*a.left
            && let Some(ident) = p.path.get_ident()
            && let Some(local) = self.names.lookup(&ident.to_string())
        {
            let value = self.lower_expr(&a.right, true);
            let f = self.fragment(value);
            self.push(ir::Stmt::Assign { local, value: f });
            return;
        }
        if !has_suspension(e) {
            match e {
                Expr::Return(r) => {
                    // Ends the block: what follows is unreachable, so locals
                    // it moved are not considered live after it.
                    let value = match &r.expr {
                        Some(v) => (**v).clone(),
                        None => {
                            let span = r.return_token.span;
                            syn::parse_quote_spanned!(span=> ())
                        }
                    };
                    let f = self.fragment(value);
                    self.terminate(Terminator::Return(f));
                    return;
                }
                Expr::Break(b) => {
                    if let Some(target) = self.find_loop(b.label.as_ref(), false, b.span()) {
                        self.jump_to(target, b.expr.as_deref().cloned());
                    }
                    return;
                }
                Expr::Continue(c) => {
                    if let Some(target) = self.find_loop(c.label.as_ref(), true, c.span()) {
                        self.continue_to(target);
                    }
                    return;
                }
                _ => {}
            }
            let f = self.fragment(e.clone());
            self.push(ir::Stmt::Expr(f));
            return;
        }
        let value = self.lower_expr(e, false);
        if value != unit() {
            let f = self.fragment(value);
            self.push(ir::Stmt::Expr(f));
        }
    }

    // ---- loops and jumps --------------------------------------------------

    /// The lowered loop (or labelled block) a `break`/`continue` targets, if
    /// it targets a lowered one at all.
    fn find_loop(
        &mut self,
        label: Option<&syn::Lifetime>,
        is_continue: bool,
        span: Span,
    ) -> Option<usize> {
        let found = match label {
            Some(l) => {
                let name = l.ident.to_string();
                self.loops
                    .iter()
                    .rposition(|c| c.label.as_deref() == Some(name.as_str()))
            }
            None => self.loops.iter().rposition(|c| c.is_loop),
        };
        match found {
            Some(i) if is_continue && !self.loops[i].is_loop => {
                self.errors.push(syn::Error::new(
                    span,
                    "`continue` cannot target a labelled block",
                ));
                None
            }
            Some(i) => Some(i),
            None => {
                if label.is_none() {
                    let what = if is_continue { "continue" } else { "break" };
                    self.errors
                        .push(syn::Error::new(span, format!("`{what}` outside of a loop")));
                } else {
                    self.errors
                        .push(syn::Error::new(span, "use of undeclared label"));
                }
                None
            }
        }
    }

    fn jump_to(&mut self, ctx: usize, value: Option<Expr>) {
        let c = &self.loops[ctx];
        let (target, depth, result) = (c.break_target, c.depth, c.result);
        if let Some(result) = result {
            let v = self.fragment(value.unwrap_or_else(unit));
            self.push(ir::Stmt::Assign {
                local: result,
                value: v,
            });
        } else if let Some(v) = value {
            let f = self.fragment(v);
            self.push(ir::Stmt::Expr(f));
        }
        let exits = self.exits_to(depth);
        self.terminate(Terminator::Goto(Edge { target, exits }));
    }

    fn continue_to(&mut self, ctx: usize) {
        let c = &self.loops[ctx];
        let target = c.continue_target.expect("loops have a continue target");
        let exits = self.exits_to(c.depth);
        self.terminate(Terminator::Goto(Edge { target, exits }));
    }

    /// Before: `'label: loop { body }`.
    /// After: `head: body…; goto head`, breaks going to `exit` (with the value
    /// in a temporary when `want`).
    fn lower_loop(&mut self, l: &syn::ExprLoop, want: bool) -> Expr {
        let result = want.then(|| self.temp("loop"));
        let head = self.new_block(false);
        let exit = self.new_block(false);
        self.goto(head);
        self.switch_to(head);
        self.loops.push(LoopCtx {
            label: l.label.as_ref().map(|l| l.name.ident.to_string()),
            is_loop: true,
            break_target: exit,
            continue_target: Some(head),
            result,
            depth: self.scopes.len(),
        });
        self.lower_block(&l.body, false);
        self.goto(head);
        self.loops.pop();
        self.switch_to(exit);
        result.map_or_else(unit, |r| self.local_expr(r))
    }

    /// Before: `'label: while cond { body }` (`cond` may be a let-chain).
    /// After: `head: if cond -> body else exit; body: …; goto head`.
    fn lower_while(&mut self, w: &syn::ExprWhile) -> Expr {
        let head = self.new_block(false);
        let exit = self.new_block(false);
        self.goto(head);
        self.switch_to(head);
        let depth = self.scopes.len();
        self.loops.push(LoopCtx {
            label: w.label.as_ref().map(|l| l.name.ident.to_string()),
            is_loop: true,
            break_target: exit,
            continue_target: Some(head),
            result: None,
            depth,
        });
        let chain = self.lower_condition(&w.cond, exit, depth);
        self.lower_block(&w.body, false);
        if chain {
            self.pop_scope();
        }
        self.goto(head);
        self.loops.pop();
        self.switch_to(exit);
        unit()
    }

    /// Before: `'label: for pat in iterable { body }`.
    /// After: `iter = IntoIterator::into_iter(iterable); head: for pat in iter
    /// -> body else exit; body: …; goto head; exit: (end of the iterator's scope)`.
    fn lower_for(&mut self, f: &syn::ExprForLoop) -> Expr {
        let iterable = self.lower_expr(&f.expr, true);
        self.push_scope();
        let iter = self.temp_in_place("iter");
        let init = self.fragment(syn::parse_quote_spanned! {f.expr.span()=>
            ::core::iter::IntoIterator::into_iter(#iterable)
        });
        self.push(ir::Stmt::Assign {
            local: iter,
            value: init,
        });
        let head = self.new_block(false);
        let exit = self.new_block(false);
        self.goto(head);
        self.switch_to(head);
        let depth = self.scopes.len();
        self.loops.push(LoopCtx {
            label: f.label.as_ref().map(|l| l.name.ident.to_string()),
            is_loop: true,
            break_target: exit,
            continue_target: Some(head),
            result: None,
            depth,
        });
        self.push_scope();
        let pat = (*f.pat).clone();
        let binds = self.declare_pattern(&pat, LocalKind::User);
        let body = self.new_block(false);
        let cur = self.cur;
        self.blocks[cur.0].term = Terminator::ForNext {
            iter,
            pat,
            binds,
            body: Edge {
                target: body,
                exits: Vec::new(),
            },
            done: Edge {
                target: exit,
                exits: Vec::new(),
            },
        };
        self.switch_to(body);
        self.lower_block(&f.body, false);
        self.pop_scope();
        self.goto(head);
        self.loops.pop();
        self.switch_to(exit);
        self.pop_scope();
        unit()
    }

    // ---- conditions and branches -------------------------------------------

    /// Lowers the condition of an `if`/`while`: on success control continues
    /// in the current block (inside a new scope holding the let-chain's
    /// bindings if there are any; the function returns whether it opened
    /// one), on failure it goes to `otherwise`, living at scope depth `depth`.
    fn lower_condition(&mut self, cond: &Expr, otherwise: BlockId, depth: usize) -> bool {
        let mut parts = Vec::new();
        flatten_and(cond, &mut parts);
        let has_let = parts.iter().any(|p| matches!(p, Expr::Let(_)));
        if has_let {
            self.push_scope();
        }
        // Group runs of parts without a suspension point into one test.
        let mut i = 0;
        while i < parts.len() {
            let mut j = i;
            while j < parts.len() && !has_suspension(parts[j]) {
                j += 1;
            }
            let (test, binds) = if j > i {
                let group: Vec<&Expr> = parts[i..j].to_vec();
                let test: Expr = join_and(&group);
                let f = self.fragment(test);
                let mut binds = Vec::new();
                for p in &group {
                    if let Expr::Let(l) = p {
                        binds.extend(self.declare_pattern(&l.pat, LocalKind::User));
                    }
                }
                i = j;
                (f, binds)
            } else {
                let part = parts[i];
                i += 1;
                match part {
                    Expr::Let(l) => {
                        let scrutinee = self.lower_expr(&l.expr, true);
                        let pat = &l.pat;
                        let f = self.fragment(syn::parse_quote!(let #pat = #scrutinee));
                        let binds = self.declare_pattern(&l.pat, LocalKind::User);
                        (f, binds)
                    }
                    other => {
                        let value = self.lower_expr(other, true);
                        (self.fragment(value), Vec::new())
                    }
                }
            };
            let then = self.new_block(false);
            let exits = self.exits_to(depth);
            let cur = self.cur;
            self.blocks[cur.0].term = Terminator::If {
                cond: test,
                binds,
                then_edge: Edge {
                    target: then,
                    exits: Vec::new(),
                },
                else_edge: Edge {
                    target: otherwise,
                    exits,
                },
            };
            self.switch_to(then);
        }
        has_let
    }

    /// Before: `if cond { a } else { b }`.
    /// After: the condition's tests, `then: a…; goto join`, `else: b…; goto
    /// join`, the value (when `want`) in a temporary.
    fn lower_if(&mut self, e: &syn::ExprIf, want: bool) -> Expr {
        let want = want && e.else_branch.is_some();
        let result = want.then(|| self.temp("if"));
        let join = self.new_block(false);
        let otherwise = self.new_block(false);
        let depth = self.scopes.len();
        let chain = self.lower_condition(&e.cond, otherwise, depth);
        let value = self.lower_block(&e.then_branch, want);
        self.assign_result(result, value);
        if chain {
            self.pop_scope();
        }
        self.goto(join);
        self.switch_to(otherwise);
        if let Some((_, els)) = &e.else_branch {
            let value = self.lower_expr(els, want);
            self.assign_result(result, value);
        }
        self.goto(join);
        self.switch_to(join);
        result.map_or_else(unit, |r| self.local_expr(r))
    }

    fn assign_result(&mut self, result: Option<LocalId>, value: Expr) {
        match result {
            Some(r) => {
                let f = self.fragment(value);
                self.push(ir::Stmt::Assign { local: r, value: f });
            }
            None if value != unit() => {
                let f = self.fragment(value);
                self.push(ir::Stmt::Expr(f));
            }
            None => {}
        }
    }

    /// Before: `match scrutinee { pat if guard => arm, … }`.
    /// After: a `Match` terminator binding each arm's pattern in the arm's
    /// scope, each arm lowered and going to `join`.
    fn lower_match(&mut self, m: &syn::ExprMatch, want: bool) -> Expr {
        for arm in &m.arms {
            if let Some((_, g)) = &arm.guard
                && let Some(span) = resolve::first_suspension_span(g)
            {
                self.errors.push(syn::Error::new(
                    span,
                    "a generator cannot suspend inside a match guard; compute the condition \
                     before the `match`, or test it with `if` inside the arm",
                ));
                return unit();
            }
        }
        let scrutinee = self.lower_expr(&m.expr, true);
        if !m.arms.iter().any(|a| has_suspension(&a.body)) {
            // Only the scrutinee suspended.
            let mut m = m.clone();
            m.expr = Box::new(scrutinee);
            return Expr::Match(m);
        }
        let result = want.then(|| self.temp("match"));
        let scrutinee = self.fragment(scrutinee);
        let join = self.new_block(false);
        let from = self.cur;
        let mut arms = Vec::new();
        for arm in &m.arms {
            self.push_scope();
            let binds = self.declare_pattern(&arm.pat, LocalKind::User);
            let guard = arm
                .guard
                .as_ref()
                .map(|(_, g)| self.fragment((**g).clone()));
            let target = self.new_block(false);
            arms.push(MatchArm {
                pat: arm.pat.clone(),
                guard,
                binds,
                target: Edge {
                    target,
                    exits: Vec::new(),
                },
            });
            self.switch_to(target);
            let value = self.lower_expr(&arm.body, want);
            self.assign_result(result, value);
            self.pop_scope();
            self.goto(join);
        }
        self.blocks[from.0].term = Terminator::Match { scrutinee, arms };
        self.switch_to(join);
        result.map_or_else(unit, |r| self.local_expr(r))
    }

    /// Before: `'label: { stmts }` (also `unsafe { }`).
    /// After: the statements in a new scope; `break 'label value` goes to the
    /// block's end with the value in a temporary.
    fn lower_block_expr(&mut self, b: &syn::ExprBlock, want: bool) -> Expr {
        let Some(label) = &b.label else {
            return self.lower_block(&b.block, want);
        };
        let result = want.then(|| self.temp("block"));
        let exit = self.new_block(false);
        self.loops.push(LoopCtx {
            label: Some(label.name.ident.to_string()),
            is_loop: false,
            break_target: exit,
            continue_target: None,
            result,
            depth: self.scopes.len(),
        });
        let value = self.lower_block(&b.block, want);
        self.assign_result(result, value);
        self.goto(exit);
        self.loops.pop();
        self.switch_to(exit);
        result.map_or_else(unit, |r| self.local_expr(r))
    }

    // ---- expressions --------------------------------------------------------

    /// Lowers the operands of one expression in evaluation order: operands
    /// before the last one that suspends are saved in temporaries (or, for
    /// pure places, evaluated where they are used), so that the suspension
    /// cannot change what they evaluate to.
    fn lower_operands(&mut self, parts: Vec<(&Expr, Position)>) -> Vec<Expr> {
        let last = parts.iter().rposition(|(e, _)| has_suspension(e));
        let Some(last) = last else {
            return parts.into_iter().map(|(e, _)| e.clone()).collect();
        };
        // A receiver is copied or moved before the later operands run when
        // it is taken by value, borrowed otherwise. Evaluating it where it is
        // used is the same unless a later operand writes to it, which rustc
        // only accepts when it is taken by value: then it is saved.
        let written_later: Vec<bool> = (0..parts.len())
            .map(|i| {
                let (e, pos) = parts[i];
                i < last
                    && pos == Position::Receiver
                    && place_root(e).is_some_and(|root| {
                        parts[i + 1..=last]
                            .iter()
                            .any(|(later, _)| writes_local(later, root))
                    })
            })
            .collect();
        let mut out = Vec::new();
        for (i, (e, pos)) in parts.into_iter().enumerate() {
            if i < last {
                let value = if has_suspension(e) {
                    self.lower_expr(e, true)
                } else {
                    e.clone()
                };
                // Only a place as written: a block whose value is a place
                // (`{ yield_!(1); x }`) moves or copies it out when it ends.
                let keep_place = match pos {
                    Position::Value => false,
                    Position::Place => is_pure_place(e),
                    Position::Receiver => is_pure_place(e) && !written_later[i],
                };
                if is_literal(&value) || keep_place {
                    out.push(value);
                } else {
                    let t = self.temp("operand");
                    let f = self.fragment(value);
                    self.push(ir::Stmt::Assign { local: t, value: f });
                    out.push(self.local_expr(t));
                }
            } else if i == last {
                out.push(self.lower_expr(e, true));
            } else {
                out.push(e.clone());
            }
        }
        out
    }

    fn lower_expr(&mut self, e: &Expr, want: bool) -> Expr {
        if !has_suspension(e) {
            return e.clone();
        }
        if let Some(s) = suspension(e) {
            return match s {
                Suspend::Yield(value) => self.lower_yield(value),
                Suspend::YieldFrom(source) => self.lower_yield_from(source, want),
            };
        }
        match e {
            Expr::Paren(p) => {
                let inner = self.lower_expr(&p.expr, want);
                syn::parse_quote!((#inner))
            }
            Expr::Group(g) => self.lower_expr(&g.expr, want),
            Expr::Unary(u) => {
                let inner = self.lower_expr(&u.expr, true);
                let op = &u.op;
                syn::parse_quote!(#op #inner)
            }
            Expr::Reference(r) => {
                let inner = self.lower_expr(&r.expr, true);
                let (and, mutability) = (&r.and_token, &r.mutability);
                syn::parse_quote!(#and #mutability #inner)
            }
            Expr::Field(f) => {
                let base = self.lower_expr(&f.base, true);
                let (dot, member) = (&f.dot_token, &f.member);
                syn::parse_quote!((#base) #dot #member)
            }
            Expr::Cast(c) => {
                let inner = self.lower_expr(&c.expr, true);
                let ty = &c.ty;
                syn::parse_quote!((#inner) as #ty)
            }
            Expr::Try(t) => {
                let inner = self.lower_expr(&t.expr, true);
                syn::parse_quote!((#inner)?)
            }
            Expr::Call(c) => {
                let mut parts = vec![(&*c.func, Position::Place)];
                parts.extend(c.args.iter().map(|a| (a, Position::Value)));
                let mut ops = self.lower_operands(parts).into_iter();
                let func = ops.next().expect("callee");
                let args: Vec<Expr> = ops.collect();
                syn::parse_quote!(#func(#(#args),*))
            }
            Expr::MethodCall(m) => {
                let mut parts = vec![(&*m.receiver, Position::Receiver)];
                parts.extend(m.args.iter().map(|a| (a, Position::Value)));
                let mut ops = self.lower_operands(parts).into_iter();
                let receiver = ops.next().expect("receiver");
                let args: Vec<Expr> = ops.collect();
                let (method, turbofish) = (&m.method, &m.turbofish);
                syn::parse_quote!((#receiver).#method #turbofish(#(#args),*))
            }
            Expr::Binary(b) => self.lower_binary(b, want),
            Expr::Assign(a) => {
                // The right-hand side is evaluated first, then the place.
                if has_suspension(&a.left) || !is_pure_place(&a.left) {
                    self.errors.push(syn::Error::new(
                        a.left.span(),
                        "a generator cannot keep Rust's evaluation order for this assignment; \
                         bind the value first (`let v = yield_!(..); place = v;`)",
                    ));
                }
                let right = self.lower_expr(&a.right, true);
                let left = &a.left;
                syn::parse_quote!(#left = #right)
            }
            Expr::Index(i) => {
                let ops = self.lower_operands(vec![
                    (&i.expr, Position::Place),
                    (&i.index, Position::Value),
                ]);
                let (base, index) = (&ops[0], &ops[1]);
                syn::parse_quote!((#base)[#index])
            }
            Expr::Tuple(t) => {
                let ops =
                    self.lower_operands(t.elems.iter().map(|e| (e, Position::Value)).collect());
                if ops.len() == 1 {
                    let e = &ops[0];
                    syn::parse_quote!((#e,))
                } else {
                    syn::parse_quote!((#(#ops),*))
                }
            }
            Expr::Array(a) => {
                let ops =
                    self.lower_operands(a.elems.iter().map(|e| (e, Position::Value)).collect());
                syn::parse_quote!([#(#ops),*])
            }
            Expr::Repeat(r) => {
                let inner = self.lower_expr(&r.expr, true);
                let len = &r.len;
                syn::parse_quote!([#inner; #len])
            }
            Expr::Range(r) => {
                let mut parts = Vec::new();
                if let Some(s) = &r.start {
                    parts.push((&**s, Position::Value));
                }
                if let Some(e) = &r.end {
                    parts.push((&**e, Position::Value));
                }
                let mut ops = self.lower_operands(parts).into_iter();
                let start = r.start.as_ref().map(|_| ops.next().expect("start"));
                let end = r.end.as_ref().map(|_| ops.next().expect("end"));
                let limits = &r.limits;
                syn::parse_quote!(#start #limits #end)
            }
            Expr::Struct(s) => {
                let mut parts: Vec<(&Expr, Position)> = s
                    .fields
                    .iter()
                    .map(|f| (&f.expr, Position::Value))
                    .collect();
                if let Some(rest) = &s.rest {
                    parts.push((rest, Position::Value));
                }
                let mut ops = self.lower_operands(parts).into_iter();
                let mut new = s.clone();
                for f in new.fields.iter_mut() {
                    f.expr = ops.next().expect("field");
                    f.colon_token.get_or_insert_with(Default::default);
                }
                if let Some(rest) = &mut new.rest {
                    **rest = ops.next().expect("rest");
                }
                Expr::Struct(new)
            }
            Expr::If(i) => self.lower_if(i, want),
            Expr::Match(m) => self.lower_match(m, want),
            Expr::Loop(l) => self.lower_loop(l, want),
            Expr::While(w) => self.lower_while(w),
            Expr::ForLoop(f) => self.lower_for(f),
            Expr::Block(b) => self.lower_block_expr(b, want),
            Expr::Unsafe(u) => {
                self.unsafe_depth += 1;
                let v = self.lower_block(&u.block, want);
                self.unsafe_depth -= 1;
                // The tail is evaluated where the block's value is used: keep
                // it in the `unsafe` context.
                if is_literal(&v) || v == unit() {
                    v
                } else {
                    syn::parse_quote!(unsafe { #v })
                }
            }
            Expr::Return(r) => {
                let value = match &r.expr {
                    Some(v) => self.lower_expr(v, true),
                    None => unit(),
                };
                let f = self.fragment(value);
                self.terminate(Terminator::Return(f));
                unit()
            }
            Expr::Break(b) => {
                let value = b.expr.as_ref().map(|v| self.lower_expr(v, true));
                if let Some(target) = self.find_loop(b.label.as_ref(), false, b.span()) {
                    self.jump_to(target, value);
                }
                unit()
            }
            Expr::Let(l) => {
                self.errors.push(syn::Error::new(
                    l.span(),
                    "`let` expressions are only supported in `if` and `while` conditions",
                ));
                unit()
            }
            other => {
                self.errors.push(syn::Error::new(
                    other.span(),
                    "a generator cannot suspend inside this kind of expression; \
                     bind the suspending value with `let` first",
                ));
                unit()
            }
        }
    }

    fn lower_binary(&mut self, b: &syn::ExprBinary, want: bool) -> Expr {
        use syn::BinOp::*;
        let op = &b.op;
        match b.op {
            And(_) | Or(_) if has_suspension(&b.right) => {
                // `a && b` is `if a { b } else { false }`.
                let left = self.lower_expr(&b.left, true);
                let right = &b.right;
                let e: syn::ExprIf = if matches!(b.op, And(_)) {
                    syn::parse_quote!(if #left { #right } else { false })
                } else {
                    syn::parse_quote!(if #left { true } else { #right })
                };
                self.lower_if(&e, want)
            }
            AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
            | BitXorAssign(_) | BitAndAssign(_) | BitOrAssign(_) | ShlAssign(_) | ShrAssign(_) => {
                if has_suspension(&b.left) || !is_pure_place(&b.left) {
                    self.errors.push(syn::Error::new(
                        b.left.span(),
                        "a generator cannot keep Rust's evaluation order for this compound assignment; \
                         bind the value first",
                    ));
                }
                let right = self.lower_expr(&b.right, true);
                let left = &b.left;
                syn::parse_quote!(#left #op #right)
            }
            Eq(_) | Lt(_) | Le(_) | Ne(_) | Ge(_) | Gt(_) => {
                let ops = self.lower_operands(vec![
                    (&b.left, Position::Receiver),
                    (&b.right, Position::Receiver),
                ]);
                let (l, r) = (&ops[0], &ops[1]);
                syn::parse_quote!(#l #op #r)
            }
            _ => {
                let ops = self.lower_operands(vec![
                    (&b.left, Position::Value),
                    (&b.right, Position::Value),
                ]);
                let (l, r) = (&ops[0], &ops[1]);
                syn::parse_quote!((#l) #op (#r))
            }
        }
    }

    /// Before: `yield_!(value)`.
    /// After: `Yield { value }` ending the block; the expression's value, the
    /// resume argument, is read at the start of the resume block.
    fn lower_yield(&mut self, value: Option<&Expr>) -> Expr {
        let value = match value {
            Some(v) => self.lower_expr(v, true),
            None => unit(),
        };
        let value = self.fragment(value);
        let resume = self.new_block(true);
        let cur = self.cur;
        self.blocks[cur.0].term = Terminator::Yield { value, resume };
        self.switch_to(resume);
        placeholder(placeholder::RESUME, TokenStream::new())
    }

    /// Before: `yield_from!(source)`.
    /// After: `d = delegate(source); delegate start d -> resume step, done
    /// join; step: delegate d -> resume step, done join`; the sub-generator's
    /// return value in a temporary.
    fn lower_yield_from(&mut self, source: &Expr, want: bool) -> Expr {
        let value = self.lower_expr(source, true);
        let span = source.span();
        if let Some(args) = self.recursion_args(&value) {
            return self.lower_recursion(args, span);
        }
        let value = if self.is_self_call(&value) {
            // A method of the same name on another value may be another
            // type's: box it only if it is a generator.
            let kind = if matches!(value, Expr::MethodCall(_)) {
                placeholder::MAYBE_BOXED
            } else {
                placeholder::BOXED
            };
            placeholder_at(kind, value.to_token_stream(), span)
        } else {
            value
        };
        let d = self.temp_in_place("delegate");
        let init = self.fragment(placeholder_at(
            placeholder::DELEGATE,
            value.to_token_stream(),
            span,
        ));
        self.push(ir::Stmt::Assign {
            local: d,
            value: init,
        });
        let result = want.then(|| self.temp("returned"));
        let step = self.new_block(true);
        let done = self.new_block(false);
        let term = |first| Terminator::Delegate {
            source: d,
            span,
            first,
            resume: step,
            done: Edge {
                target: done,
                exits: Vec::new(),
            },
            result,
        };
        let cur = self.cur;
        self.blocks[cur.0].term = term(true);
        self.blocks[step.0].term = term(false);
        self.switch_to(done);
        result.map_or_else(unit, |r| self.local_expr(r))
    }

    /// Before: `yield_from!(walk(a, b))` in `fn walk`, the arguments lowered.
    /// After: `Recurse { frame(a, b) }` ending the block; the expression's
    /// value, the callee's return value, is read at the start of the resume
    /// block.
    fn lower_recursion(&mut self, args: Vec<Expr>, span: Span) -> Expr {
        let frame = self.fragment(placeholder_at(
            placeholder::FRAME,
            quote::quote!(#(#args),*),
            span,
        ));
        let resume = self.new_block(true);
        let cur = self.cur;
        self.blocks[cur.0].term = Terminator::Recurse { frame, resume };
        self.switch_to(resume);
        placeholder(placeholder::RECURSED, TokenStream::new())
    }

    /// The arguments of a direct recursion run on the stack of frames (see
    /// `frame_call`).
    fn recursion_args(&self, e: &Expr) -> Option<Vec<Expr>> {
        frame_call(self.self_call.as_ref()?, e)
    }

    /// Whether `e` calls the generator function being defined.
    fn is_self_call(&self, e: &Expr) -> bool {
        self.self_call
            .as_ref()
            .is_some_and(|target| is_self_call(target, e))
    }
}

/// Puts `e` in an `unsafe` block, keeping a let-chain's `let`s outside. The
/// block is parenthesised: it may be the initialiser of a `let … else`,
/// which must not end with `}`.
pub fn wrap_unsafe(e: &mut Expr) {
    match e {
        Expr::Let(l) => wrap_unsafe(&mut l.expr),
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            wrap_unsafe(&mut b.left);
            wrap_unsafe(&mut b.right);
        }
        other => {
            // Built, not re-parsed from tokens: syn prints a statement's
            // leading `match`/block operand in parentheses, so the tokens of
            // `other` need not read the same at the start of a statement.
            let inner = std::mem::replace(other, unit());
            let block = syn::ExprUnsafe {
                attrs: Vec::new(),
                unsafe_token: Default::default(),
                block: Block {
                    brace_token: Default::default(),
                    stmts: vec![Stmt::Expr(inner, None)],
                },
            };
            *other = Expr::Paren(syn::ExprParen {
                attrs: Vec::new(),
                paren_token: Default::default(),
                expr: Box::new(Expr::Unsafe(block)),
            });
        }
    }
}

fn flatten_and<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match e {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            flatten_and(&b.left, out);
            flatten_and(&b.right, out);
        }
        Expr::Group(g) => flatten_and(&g.expr, out),
        other => out.push(other),
    }
}

fn join_and(parts: &[&Expr]) -> Expr {
    let mut iter = parts.iter();
    let first = (*iter.next().expect("a condition")).clone();
    iter.fold(first, |acc, p| syn::parse_quote!(#acc && #p))
}

/// Rewrites the exits of a fragment into placeholders, recording jumps.
/// Stops at closures, async blocks and items (their `return` and `?` are
/// their own); tracks the loops and labelled blocks the fragment itself
/// contains, which keep their own `break`/`continue`, and the names the
/// fragment binds, which may shadow the generator's locals at a jump.
struct ExitRewriter<'a> {
    l: &'a mut Lowerer,
    /// Loops and labelled blocks entered inside the fragment: label, and
    /// whether it is a loop.
    inner: Vec<(Option<String>, bool)>,
    /// Names bound inside the fragment and in scope at the current point.
    bound: Vec<String>,
}

impl ExitRewriter<'_> {
    fn targets_inner(&self, label: Option<&syn::Lifetime>) -> bool {
        match label {
            Some(l) => {
                let name = l.ident.to_string();
                self.inner
                    .iter()
                    .any(|(n, _)| n.as_deref() == Some(name.as_str()))
            }
            None => self.inner.iter().any(|(_, is_loop)| *is_loop),
        }
    }

    fn with_inner(&mut self, label: Option<&syn::Label>, is_loop: bool, f: impl FnOnce(&mut Self)) {
        self.inner
            .push((label.map(|l| l.name.ident.to_string()), is_loop));
        f(self);
        self.inner.pop();
    }

    /// Runs `f` with the bindings of `pats` in scope.
    fn with_bound<'p>(
        &mut self,
        pats: impl IntoIterator<Item = &'p Pat>,
        f: impl FnOnce(&mut Self),
    ) {
        let len = self.bound.len();
        for p in pats {
            self.bound.extend(
                resolve::pattern_bindings(p)
                    .into_iter()
                    .map(|b| b.ident.to_string()),
            );
        }
        f(self);
        self.bound.truncate(len);
    }

    fn record(
        &mut self,
        edge: Edge,
        result: Option<LocalId>,
        value: Option<Expr>,
        span: Span,
    ) -> Expr {
        let id = self.l.jumps.len();
        self.l.jumps.push(Jump {
            edge,
            result,
            shadowed: self.bound.clone(),
        });
        let n = syn::LitInt::new(&id.to_string(), span);
        let value = value.map(|v| quote!(, #v));
        placeholder(placeholder::JUMP, quote!(#n #value))
    }

    fn jump(&mut self, ctx: usize, value: Option<Expr>, span: Span) -> Expr {
        let c = &self.l.loops[ctx];
        let edge = Edge {
            target: c.break_target,
            exits: self.l.exits_to(c.depth),
        };
        let result = c.result;
        self.record(edge, result, value, span)
    }

    fn continue_jump(&mut self, ctx: usize, span: Span) -> Expr {
        let c = &self.l.loops[ctx];
        let edge = Edge {
            target: c.continue_target.expect("loops have a continue target"),
            exits: self.l.exits_to(c.depth),
        };
        self.record(edge, None, None, span)
    }
}

/// The patterns of the `let`s of a let-chain.
pub fn chain_patterns(cond: &Expr) -> Vec<&Pat> {
    let mut parts = Vec::new();
    flatten_and(cond, &mut parts);
    parts
        .into_iter()
        .filter_map(|p| match p {
            Expr::Let(l) => Some(&*l.pat),
            _ => None,
        })
        .collect()
}

impl VisitMut for ExitRewriter<'_> {
    fn visit_block_mut(&mut self, b: &mut Block) {
        let len = self.bound.len();
        for stmt in &mut b.stmts {
            self.visit_stmt_mut(stmt);
            if let Stmt::Local(local) = stmt {
                self.bound.extend(
                    resolve::pattern_bindings(&local.pat)
                        .into_iter()
                        .map(|b| b.ident.to_string()),
                );
            }
        }
        self.bound.truncate(len);
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let pat = arm.pat.clone();
        self.with_bound([&pat], |s| {
            if let Some((_, g)) = &mut arm.guard {
                s.visit_expr_mut(g);
            }
            s.visit_expr_mut(&mut arm.body);
        });
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        match e {
            Expr::Closure(_) | Expr::Async(_) => {}
            Expr::Return(r) => {
                if let Some(v) = &mut r.expr {
                    self.visit_expr_mut(v);
                }
                let span = r.return_token.span;
                let value = r
                    .expr
                    .as_ref()
                    .map_or_else(|| quote_spanned!(span=> ()), |v| v.to_token_stream());
                *e = placeholder_at(placeholder::RETURN, value, span);
            }
            Expr::Try(t) => {
                self.visit_expr_mut(&mut t.expr);
                let inner = &t.expr;
                *e = placeholder_at(placeholder::TRY, quote!(#inner), t.question_token.span);
            }
            Expr::Break(b) => {
                if let Some(v) = &mut b.expr {
                    self.visit_expr_mut(v);
                }
                if self.targets_inner(b.label.as_ref()) {
                    return;
                }
                let span = b.break_token.span;
                if let Some(ctx) = self.l.find_loop(b.label.as_ref(), false, span) {
                    let value = b.expr.as_ref().map(|v| (**v).clone());
                    *e = self.jump(ctx, value, span);
                }
            }
            Expr::Continue(c) => {
                if self.targets_inner(c.label.as_ref()) {
                    return;
                }
                let span = c.continue_token.span;
                if let Some(ctx) = self.l.find_loop(c.label.as_ref(), true, span) {
                    *e = self.continue_jump(ctx, span);
                }
            }
            Expr::If(i) => {
                self.visit_expr_mut(&mut i.cond);
                let pats: Vec<Pat> = chain_patterns(&i.cond).into_iter().cloned().collect();
                self.with_bound(&pats, |s| s.visit_block_mut(&mut i.then_branch));
                if let Some((_, els)) = &mut i.else_branch {
                    self.visit_expr_mut(els);
                }
            }
            Expr::Loop(l) => {
                let label = l.label.clone();
                self.with_inner(label.as_ref(), true, |s| s.visit_block_mut(&mut l.body));
            }
            Expr::While(w) => {
                self.visit_expr_mut(&mut w.cond);
                let label = w.label.clone();
                let pats: Vec<Pat> = chain_patterns(&w.cond).into_iter().cloned().collect();
                self.with_inner(label.as_ref(), true, |s| {
                    s.with_bound(&pats, |s| s.visit_block_mut(&mut w.body))
                });
            }
            Expr::ForLoop(f) => {
                self.visit_expr_mut(&mut f.expr);
                let label = f.label.clone();
                let pat = (*f.pat).clone();
                self.with_inner(label.as_ref(), true, |s| {
                    s.with_bound([&pat], |s| s.visit_block_mut(&mut f.body))
                });
            }
            Expr::Block(b) if b.label.is_some() => {
                let label = b.label.clone();
                self.with_inner(label.as_ref(), false, |s| s.visit_block_mut(&mut b.block));
            }
            Expr::Macro(m) => {
                if placeholder_name(&m.mac).is_some() {
                    return;
                }
                let tokens = &m.mac.tokens;
                let exits =
                    crate::syntax::tokens_contain(tokens, &["return", "break", "continue"], &['?']);
                if !exits {
                    return;
                }
                match crate::syntax::parse_macro_exprs(&m.mac) {
                    Some(mut exprs) => {
                        for e in exprs.iter_mut() {
                            self.visit_expr_mut(e);
                        }
                        crate::syntax::set_macro_exprs(&mut m.mac, &exprs);
                    }
                    None => {
                        if crate::syntax::tokens_contain(tokens, &["break", "continue"], &[]) {
                            self.l.errors.push(syn::Error::new(
                                m.mac.path.span(),
                                "`break`/`continue` inside this macro cannot leave a loop of the generator; \
                                 move them out of the macro invocation",
                            ));
                        }
                    }
                }
            }
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Renumbers the blocks in reverse post-order from the entry and drops the
/// unreachable ones, so that a block defining a local is emitted before the
/// blocks using it (rustc infers slot types in source order).
fn reorder_blocks(body: &mut ir::Body) {
    let n = body.blocks.len();
    let mut visited = vec![false; n];
    let mut post = Vec::new();
    // Iterative DFS keeping successor order.
    let mut stack: Vec<(BlockId, usize)> = vec![(body.entry, 0)];
    visited[body.entry.0] = true;
    while let Some((b, i)) = stack.pop() {
        let succs = body.successors(b);
        if i < succs.len() {
            stack.push((b, i + 1));
            let s = succs[i];
            if !visited[s.0] {
                visited[s.0] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(b);
        }
    }
    post.reverse();
    let mut new_id = vec![None; n];
    for (i, b) in post.iter().enumerate() {
        new_id[b.0] = Some(BlockId(i));
    }
    let map = |b: &mut BlockId| *b = new_id[b.0].expect("reachable target");
    let mut old: Vec<Option<ir::Block>> = std::mem::take(&mut body.blocks)
        .into_iter()
        .map(Some)
        .collect();
    for b in &post {
        let mut block = old[b.0].take().expect("each block once");
        match &mut block.term {
            Terminator::Goto(e) => map(&mut e.target),
            Terminator::If {
                then_edge,
                else_edge,
                ..
            } => {
                map(&mut then_edge.target);
                map(&mut else_edge.target);
            }
            Terminator::Match { arms, .. } => {
                arms.iter_mut().for_each(|a| map(&mut a.target.target))
            }
            Terminator::ForNext { body: b, done, .. } => {
                map(&mut b.target);
                map(&mut done.target);
            }
            Terminator::Yield { resume, .. } | Terminator::Recurse { resume, .. } => map(resume),
            Terminator::Delegate { resume, done, .. } => {
                map(resume);
                map(&mut done.target);
            }
            Terminator::Return(_) | Terminator::Unreachable => {}
        }
        body.blocks.push(block);
    }
    for j in &mut body.jumps {
        if let Some(new) = new_id[j.edge.target.0] {
            j.edge.target = new;
        }
    }
    body.entry = BlockId(0);
}

/// Items declared in lowered blocks are hoisted to the top of the state
/// machine (the shadow keeps them where they are), so that every step sees
/// them. That resolves each mention of their names as in Rust only when the
/// name is no local's (a local named like the item would shadow it, or be
/// shadowed by it, in different places than in Rust), no other hoisted
/// item's, and, for an item of an inner block, not mentioned outside that
/// block (where Rust resolves it to something else); a glob import of an
/// inner block would bring its names into the whole body. Anything else is
/// rejected, on the item.
fn check_items(
    items: &[syn::Item],
    nested: &[(syn::Item, proc_macro2::TokenStream)],
    locals: &[ir::Local],
    body: &proc_macro2::TokenStream,
) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut reported: Vec<String> = Vec::new();
    for item in items {
        for name in item_names(item) {
            let text = name.to_string();
            if locals.iter().any(|l| l.ident == text) {
                errors.push(syn::Error::new(
                    name.span(),
                    format!(
                        "an item in a generator body is visible to the whole body: `{text}` also \
                         names a local of the body; rename one"
                    ),
                ));
                reported.push(text.clone());
            } else if seen.contains(&text) {
                errors.push(syn::Error::new(
                    name.span(),
                    format!(
                        "an item in a generator body is visible to the whole body: another item \
                         of the body is named `{text}`; rename one"
                    ),
                ));
                reported.push(text.clone());
            }
            seen.push(text);
        }
    }
    for (item, block) in nested {
        if let syn::Item::Use(u) = item
            && has_glob(&u.tree)
        {
            errors.push(syn::Error::new_spanned(
                u,
                "a glob import in an inner block of a generator body would be visible to the \
                 whole body: import the names one by one, or move it to the body's first level",
            ));
        }
        for name in item_names(item) {
            let text = name.to_string();
            if !reported.contains(&text) && ident_count(body, &text) > ident_count(block, &text) {
                errors.push(syn::Error::new(
                    name.span(),
                    format!(
                        "an item in a generator body is visible to the whole body: `{text}` is \
                         also used outside the block that declares it, where it names something \
                         else; rename the item, or declare it at the body's first level"
                    ),
                ));
            }
        }
    }
    errors
}

/// The names an item declares.
fn item_names(item: &syn::Item) -> Vec<syn::Ident> {
    fn use_names(tree: &syn::UseTree, out: &mut Vec<syn::Ident>) {
        match tree {
            syn::UseTree::Path(p) => use_names(&p.tree, out),
            syn::UseTree::Name(n) if n.ident != "self" => out.push(n.ident.clone()),
            syn::UseTree::Name(_) => {}
            syn::UseTree::Rename(r) if r.rename != "_" => out.push(r.rename.clone()),
            syn::UseTree::Rename(_) | syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_names(t, out)),
        }
    }
    let ident = match item {
        syn::Item::Const(i) => Some(&i.ident),
        syn::Item::Enum(i) => Some(&i.ident),
        syn::Item::ExternCrate(i) => Some(i.rename.as_ref().map_or(&i.ident, |(_, r)| r)),
        syn::Item::Fn(i) => Some(&i.sig.ident),
        syn::Item::Macro(i) => i.ident.as_ref(),
        syn::Item::Mod(i) => Some(&i.ident),
        syn::Item::Static(i) => Some(&i.ident),
        syn::Item::Struct(i) => Some(&i.ident),
        syn::Item::Trait(i) => Some(&i.ident),
        syn::Item::TraitAlias(i) => Some(&i.ident),
        syn::Item::Type(i) => Some(&i.ident),
        syn::Item::Union(i) => Some(&i.ident),
        syn::Item::Use(u) => {
            let mut out = Vec::new();
            use_names(&u.tree, &mut out);
            return out;
        }
        _ => None,
    };
    ident.filter(|i| *i != "_").cloned().into_iter().collect()
}

fn has_glob(tree: &syn::UseTree) -> bool {
    match tree {
        syn::UseTree::Path(p) => has_glob(&p.tree),
        syn::UseTree::Glob(_) => true,
        syn::UseTree::Group(g) => g.items.iter().any(has_glob),
        _ => false,
    }
}

/// How many times `name` occurs in `tokens` as an identifier that is not a
/// field or method name (after a `.`).
fn ident_count(tokens: &proc_macro2::TokenStream, name: &str) -> usize {
    use proc_macro2::TokenTree;
    let mut count = 0;
    let mut after_dot = false;
    for t in tokens.clone() {
        match &t {
            TokenTree::Ident(i) if !after_dot && i == name => count += 1,
            TokenTree::Group(g) => count += ident_count(&g.stream(), name),
            _ => {}
        }
        after_dot = matches!(&t, TokenTree::Punct(p) if p.as_char() == '.');
    }
    count
}
