//! Exits inside fragments: `break`/`continue` that leave a lowered
//! construct, `return` and `?` become placeholders (`ExitRewriter`); the
//! `unsafe` context of an enclosing block is kept (`wrap_unsafe`).

use super::*;
use crate::ir::JumpId;

/// Puts `e` in an `unsafe` block, keeping a let-chain's `let`s outside. The
/// block is parenthesised: it may be the initialiser of a `let … else`,
/// which must not end with `}`.
pub fn wrap_unsafe(e: &mut Expr) {
    wrap_unsafe_but(e, &|_| false);
}

/// `wrap_unsafe`, leaving alone the scrutinees of `let`s (of a let-chain)
/// that `keep` says need no `unsafe`.
pub(super) fn wrap_unsafe_but(e: &mut Expr, keep: &dyn Fn(&Expr) -> bool) {
    match e {
        Expr::Let(l) if keep(&l.expr) => {}
        Expr::Let(l) => wrap_unsafe_but(&mut l.expr, keep),
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            wrap_unsafe_but(&mut b.left, keep);
            wrap_unsafe_but(&mut b.right, keep);
        }
        other => {
            let inner = std::mem::replace(other, unit());
            *other = in_unsafe_block(Stmt::Expr(inner, None));
        }
    }
}

/// `(unsafe { stmt })`. Built, not re-parsed from tokens: syn prints a
/// statement's leading `match`/block operand in parentheses, so the tokens
/// need not read the same at the start of a statement.
fn in_unsafe_block(stmt: Stmt) -> Expr {
    let block = syn::ExprUnsafe {
        attrs: Vec::new(),
        unsafe_token: Default::default(),
        block: Block {
            brace_token: Default::default(),
            stmts: vec![stmt],
        },
    };
    Expr::Paren(syn::ExprParen {
        attrs: Vec::new(),
        paren_token: Default::default(),
        expr: Box::new(Expr::Unsafe(block)),
    })
}

/// Puts the statement `e` (a macro call) in an `unsafe` block as a
/// statement: `(unsafe { m!(..); })`.
pub(super) fn wrap_unsafe_statement(e: &mut Expr) {
    let inner = std::mem::replace(e, unit());
    *e = in_unsafe_block(Stmt::Expr(inner, Some(Default::default())));
}

pub(super) fn flatten_and<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match e {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            flatten_and(&b.left, out);
            flatten_and(&b.right, out);
        }
        Expr::Group(g) => flatten_and(&g.expr, out),
        other => out.push(other),
    }
}

/// Whether `e` is a chain of `&&` with a `let` among its parts.
fn is_let_chain(e: &Expr) -> bool {
    let mut parts = Vec::new();
    flatten_and(e, &mut parts);
    parts.iter().any(|p| matches!(p, Expr::Let(_)))
}

pub(super) fn join_and(parts: &[&Expr]) -> Expr {
    let mut iter = parts.iter();
    let first = (*iter.next().expect("a condition")).clone();
    iter.fold(first, |acc, p| syn::parse_quote!(#acc && #p))
}

/// Rewrites the exits of a fragment into placeholders, recording jumps.
/// Stops at closures, async blocks and items (their `return` and `?` are
/// their own); tracks the loops and labelled blocks the fragment itself
/// contains, which keep their own `break`/`continue`, and the names the
/// fragment binds, which may shadow the generator's locals at a jump.
pub(super) struct ExitRewriter<'a> {
    pub(super) l: &'a mut Lowerer,
    /// Loops and labelled blocks entered inside the fragment: label, and
    /// whether it is a loop.
    pub(super) inner: Vec<(Option<String>, bool)>,
    /// Names bound inside the fragment and in scope at the current point.
    pub(super) bound: Vec<String>,
    /// How many constructs that may hold values (loops, matches, operands)
    /// enclose the current point (see `Jump::inside_values`).
    pub(super) holding: usize,
    /// The jumps recorded so far, in order.
    pub(super) jumps: Vec<JumpId>,
    /// Whether a `return` or a `?` was replaced.
    pub(super) returns: bool,
    /// Whether a macro call whose expansion may hold an unlabelled
    /// `break`/`continue` is outside the fragment's own loops.
    pub(super) macro_jumps: bool,
    /// The labels of lowered loops and blocks that macro calls received,
    /// with the name they were renamed to (see `foreign_macro`).
    pub(super) macro_labels: Vec<(String, syn::Lifetime)>,
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

    /// Runs `f` inside a construct that may hold values.
    fn holding(&mut self, f: impl FnOnce(&mut Self)) {
        self.holding += 1;
        f(self);
        self.holding -= 1;
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
                crate::syntax::pattern_bindings(p)
                    .into_iter()
                    .map(|b| b.ident.to_string()),
            );
        }
        f(self);
        self.bound.truncate(len);
    }

    /// Visits the condition of an `if` or `while`, leaving the bindings of
    /// its let-chain in `bound` (each in scope from after its `let`).
    fn condition(&mut self, cond: &mut Expr) {
        match cond {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.condition(&mut b.left);
                self.condition(&mut b.right);
            }
            Expr::Group(g) => self.condition(&mut g.expr),
            Expr::Let(l) => {
                self.visit_expr_mut(&mut l.expr);
                self.bound.extend(
                    crate::syntax::pattern_bindings(&l.pat)
                        .into_iter()
                        .map(|b| b.ident.to_string()),
                );
            }
            other => self.visit_expr_mut(other),
        }
    }

    fn record(
        &mut self,
        edge: Edge,
        result: Option<LocalId>,
        value: Option<Expr>,
        span: Span,
    ) -> Expr {
        let id = self.l.jumps.len();
        self.jumps.push(JumpId(id));
        self.l.jumps.push(Jump {
            edge,
            result,
            shadowed: self.bound.clone(),
            inside_values: self.holding > 0 || !self.bound.is_empty(),
            assigned_before: Vec::new(),
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

impl ExitRewriter<'_> {
    /// A macro call of the user's code (not a placeholder): its arguments,
    /// when they are expressions holding exits or macro calls, are rewritten
    /// like the rest of the fragment; a call whose expansion may jump by
    /// itself is noted for `Lowerer::macro_exits`.
    fn foreign_macro(&mut self, mac: &mut syn::Macro) {
        if let Some(name) = placeholder_name(mac) {
            // The lowering's wrappers of an operand of the user (an
            // `.await`'s future, a `yield_from!`'s source): its `?`,
            // `return`, `break` and `continue` are the body's, as in any
            // operand.
            if matches!(
                name.as_str(),
                placeholder::INTO_FUTURE
                    | placeholder::DELEGATE
                    | placeholder::BOXED
                    | placeholder::MAYBE_BOXED
            ) {
                crate::syntax::visit_macro_args(mac, |e| self.holding(|s| s.visit_expr_mut(e)));
            }
            return;
        }
        let tokens = &mac.tokens;
        let std = crate::syntax::is_std_macro(mac);
        let exits = crate::syntax::tokens_contain(tokens, &["return", "break", "continue"], &['?']);
        // A macro call inside the arguments of another macro of the user is
        // in the same code as that one (see below).
        let nested = std && crate::syntax::contains_macro_call(tokens);
        let mut rest = mac.tokens.clone();
        if exits || nested {
            // The arguments are operands of the expansion, which may hold
            // their values while a jump runs. An unlabelled `break` or
            // `continue` in an argument of the user's macro is left as it
            // is: the macro may put the argument in a loop of its own
            // (`each!({ break; })` with `for _ in 0..3 $b`), which the jump
            // then leaves, as in a function; otherwise the one-shot loop
            // around the statement takes it to the lowered loop.
            // Likewise a label the macro receives that names no lowered
            // loop (`probe_loop!('probe: .., { break 'probe; })`): its
            // expansion may declare it.
            let own_loop = !std;
            let own_labels: Vec<String> = if own_loop {
                let mut labels = Vec::new();
                crate::syntax::rename_lifetimes(&mac.tokens, &mut |name| {
                    labels.push(name.to_string());
                    None
                });
                labels.retain(|label| {
                    !self
                        .l
                        .loops
                        .iter()
                        .any(|c| c.label.as_deref() == Some(label.as_str()))
                });
                labels
            } else {
                Vec::new()
            };
            rest = crate::syntax::visit_macro_args(mac, |e| {
                self.holding(|s| {
                    if own_loop {
                        let depth = s.inner.len();
                        s.inner.push((None, true));
                        s.inner
                            .extend(own_labels.iter().map(|l| (Some(l.clone()), true)));
                        s.visit_expr_mut(e);
                        s.inner.truncate(depth);
                    } else {
                        s.visit_expr_mut(e);
                    }
                })
            });
        }
        // A macro of the standard library jumps only where its arguments
        // do: those were rewritten above, unless they are no expressions
        // (`matches!`'s pattern and guard), which then leave it by
        // themselves like any other macro's tokens.
        let own_jumps = crate::syntax::tokens_contain(&rest, &["break", "continue"], &[])
            || crate::syntax::contains_macro_call(&rest);
        if std && !own_jumps {
            return;
        }
        if !self.inner.iter().any(|(_, is_loop)| *is_loop) {
            self.macro_jumps = true;
        }
        // A label of a lowered loop the call receives (`stop!('outer)`) is
        // renamed, in the call and in the one-shot loop `emit` gives it, to
        // a name of this fragment: the loops of two statements, one inside
        // the other's, would otherwise declare the same label.
        let mut rename = |name: &proc_macro2::Ident| {
            let label = name.to_string();
            if let Some((_, new)) = self.macro_labels.iter().find(|(l, _)| *l == label) {
                return Some(syn::Ident::new(&new.ident.to_string(), name.span()));
            }
            let declared_inside = self
                .inner
                .iter()
                .any(|(n, _)| n.as_deref() == Some(label.as_str()));
            let lowered = self
                .l
                .loops
                .iter()
                .any(|c| c.label.as_deref() == Some(label.as_str()));
            if declared_inside || !lowered {
                return None;
            }
            let n = self.l.macro_labels;
            self.l.macro_labels += 1;
            let new = syn::Ident::new(&format!("__genfn_{label}{n}"), name.span());
            let lifetime = syn::Lifetime {
                apostrophe: name.span(),
                ident: new.clone(),
            };
            self.macro_labels.push((label, lifetime));
            Some(new)
        };
        mac.tokens = crate::syntax::rename_lifetimes(&mac.tokens, &mut rename);
    }
}

impl VisitMut for ExitRewriter<'_> {
    fn visit_block_mut(&mut self, b: &mut Block) {
        let len = self.bound.len();
        for stmt in &mut b.stmts {
            self.visit_stmt_mut(stmt);
            if let Stmt::Local(local) = stmt {
                self.bound.extend(
                    crate::syntax::pattern_bindings(&local.pat)
                        .into_iter()
                        .map(|b| b.ident.to_string()),
                );
            }
        }
        self.bound.truncate(len);
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let pat = arm.pat.clone();
        // The scrutinee's temporaries live through the arm.
        self.holding(|s| {
            s.with_bound([&pat], |s| {
                if let Some((_, g)) = &mut arm.guard {
                    s.visit_expr_mut(g);
                }
                s.visit_expr_mut(&mut arm.body);
            })
        });
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        match e {
            Expr::Closure(_) | Expr::Async(_) => {}
            Expr::Return(r) => {
                if let Some(v) = &mut r.expr {
                    self.holding(|s| s.visit_expr_mut(v));
                }
                let span = r.return_token.span;
                let value = r
                    .expr
                    .as_ref()
                    .map_or_else(|| quote_spanned!(span=> ()), |v| v.to_token_stream());
                *e = placeholder_at(placeholder::RETURN, value, span);
                self.returns = true;
            }
            Expr::Try(t) => {
                self.holding(|s| s.visit_expr_mut(&mut t.expr));
                let inner = &t.expr;
                *e = placeholder_at(placeholder::TRY, quote!(#inner), t.question_token.span);
                self.returns = true;
            }
            Expr::Break(b) => {
                if let Some(v) = &mut b.expr {
                    self.holding(|s| s.visit_expr_mut(v));
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
                // A plain condition's temporaries are gone when a branch
                // runs; a let-chain's scrutinees live through `then`.
                let len = self.bound.len();
                self.holding(|s| s.condition(&mut i.cond));
                if !is_let_chain(&i.cond) {
                    self.visit_block_mut(&mut i.then_branch);
                } else {
                    self.holding(|s| s.visit_block_mut(&mut i.then_branch));
                }
                self.bound.truncate(len);
                if let Some((_, els)) = &mut i.else_branch {
                    self.visit_expr_mut(els);
                }
            }
            Expr::Loop(l) => {
                let label = l.label.clone();
                self.with_inner(label.as_ref(), true, |s| s.visit_block_mut(&mut l.body));
            }
            Expr::While(w) => {
                let len = self.bound.len();
                self.holding(|s| s.condition(&mut w.cond));
                let label = w.label.clone();
                self.with_inner(label.as_ref(), true, |s| {
                    s.holding(|s| s.visit_block_mut(&mut w.body))
                });
                self.bound.truncate(len);
            }
            // A let-chain on its own (the condition of a lowered `if`).
            Expr::Binary(_) if is_let_chain(e) => {
                let len = self.bound.len();
                self.holding(|s| s.condition(e));
                self.bound.truncate(len);
            }
            Expr::ForLoop(f) => {
                self.holding(|s| s.visit_expr_mut(&mut f.expr));
                let label = f.label.clone();
                let pat = (*f.pat).clone();
                // The iterator lives through the body.
                self.with_inner(label.as_ref(), true, |s| {
                    s.holding(|s| s.with_bound([&pat], |s| s.visit_block_mut(&mut f.body)))
                });
            }
            Expr::Block(b) if b.label.is_some() => {
                let label = b.label.clone();
                self.with_inner(label.as_ref(), false, |s| s.visit_block_mut(&mut b.block));
            }
            Expr::Block(b) => self.visit_block_mut(&mut b.block),
            Expr::Paren(p) => self.visit_expr_mut(&mut p.expr),
            Expr::Group(g) => self.visit_expr_mut(&mut g.expr),
            Expr::Macro(m) => self.foreign_macro(&mut m.mac),
            // An operand evaluated before the jump is held while it runs.
            _ => self.holding(|s| visit_mut::visit_expr_mut(s, e)),
        }
    }

    fn visit_stmt_mut(&mut self, s: &mut Stmt) {
        match s {
            Stmt::Macro(m) => self.foreign_macro(&mut m.mac),
            _ => visit_mut::visit_stmt_mut(self, s),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Before: a fragment's code with its jumps replaced by placeholders, and
/// the names of the locals it assigns.
/// After: for each jump placeholder, by number, the names among them that
/// the statements before it, in the blocks around it, assign whole on
/// every path (`if c { x = 5; break; }`: `x`). A name that any pattern of
/// the fragment binds (a `let`, an arm, a closure's parameter) is left out:
/// the assignment may be to that binding. Closures and async blocks hold no
/// jumps of the fragment.
pub fn assigned_before_jumps(
    e: &Expr,
    names: &[String],
) -> std::collections::BTreeMap<usize, Vec<String>> {
    use syn::visit::Visit;
    struct Bound(Vec<String>);
    impl<'ast> Visit<'ast> for Bound {
        fn visit_pat(&mut self, p: &'ast syn::Pat) {
            self.0.extend(crate::syntax::names_bound_by(p));
        }
    }
    let mut bound = Bound(Vec::new());
    bound.visit_expr(e);
    let names: Vec<String> = names
        .iter()
        .filter(|n| !bound.0.contains(n))
        .cloned()
        .collect();
    let names = &names[..];
    struct Walk<'n> {
        names: &'n [String],
        assigned: Vec<String>,
        found: std::collections::BTreeMap<usize, Vec<String>>,
    }
    impl Walk<'_> {
        fn jump(&mut self, mac: &syn::Macro) {
            if crate::ir::placeholder_name(mac).as_deref() != Some(placeholder::JUMP) {
                return;
            }
            let number = mac.tokens.clone().into_iter().next().and_then(|t| match t {
                proc_macro2::TokenTree::Literal(l) => l.to_string().parse::<usize>().ok(),
                _ => None,
            });
            if let Some(n) = number {
                self.found.insert(n, self.assigned.clone());
            }
        }
    }
    impl<'ast> Visit<'ast> for Walk<'_> {
        fn visit_block(&mut self, b: &'ast syn::Block) {
            let assigned = self.assigned.clone();
            for stmt in &b.stmts {
                self.visit_stmt(stmt);
                if let syn::Stmt::Expr(e, _) = stmt {
                    for name in self.names {
                        if !self.assigned.contains(name)
                            && crate::syntax::definitely_assigns(e, name)
                        {
                            self.assigned.push(name.clone());
                        }
                    }
                }
            }
            self.assigned = assigned;
        }
        fn visit_macro(&mut self, m: &'ast syn::Macro) {
            self.jump(m);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut walk = Walk {
        names,
        assigned: Vec::new(),
        found: Default::default(),
    };
    walk.visit_expr(e);
    walk.found
}
