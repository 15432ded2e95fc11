//! Lowering statements: blocks, `let` (also `let … else`), expression
//! statements.

use super::*;

impl Lowerer {
    // ---- statements -----------------------------------------------------

    /// Before: `{ stmts; tail }`.
    /// After: the statements lowered in a new scope; the tail's value, if
    /// `want`, saved in a temporary before the scope ends and returned as the
    /// block's operand.
    pub(super) fn lower_block(&mut self, block: &Block, want: bool) -> Expr {
        self.block_tokens.push(block.to_token_stream());
        let value = self.lower_block_inner(block, want);
        self.block_tokens.pop();
        value
    }

    pub(super) fn lower_block_inner(&mut self, block: &Block, want: bool) -> Expr {
        self.push_scope();
        let scope = self.cur_scope();
        let value = self.lower_stmts(&block.stmts, want);
        // The tail is evaluated before the block's locals are dropped.
        let has_locals = !self.scope_tree[scope.0].locals.is_empty();
        let value = if want && has_locals && !is_literal(&value) && value != unit() {
            // The temporary outlives the block: it belongs to the enclosing scope.
            let t = self.temp_in_parent("value", value.span());
            let f = self.fragment(value);
            self.push(ir::Stmt::Assign { local: t, value: f });
            self.local_expr(t)
        } else {
            value
        };
        self.pop_scope();
        value
    }

    pub(super) fn lower_stmts(&mut self, stmts: &[Stmt], want: bool) -> Expr {
        let mut value = unit();
        for (i, s) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            match s {
                Stmt::Expr(e, None) if last && want => {
                    value = tail_attrs_kept(e, self.lower_expr(e, want));
                }
                // A block ending with a macro statement (`stop!(v);`) has
                // the type `!` if the macro's expansion diverges, `()`
                // otherwise, which the lowering cannot tell: its value is
                // the block `{ stop!(v); }`, whose type rustc works out.
                _ if last && want && is_user_macro_stmt(s) && !has_suspension_stmt(s) => {
                    value = syn::parse_quote!({ #s });
                }
                _ => self.lower_stmt(s),
            }
        }
        value
    }

    pub(super) fn lower_stmt(&mut self, s: &Stmt) {
        self.lower_stmt_inner(s);
        if diverges(s) || matches!(s, Stmt::Expr(e, _) if expr_diverges(e)) {
            // `panic!()`, `loop {}`, and a `break`/`continue`/`return` that
            // stayed in a fragment as a jump: nothing after it runs, so no
            // edge may carry locals on from it. (One that was lowered has
            // ended its block already; this ends the empty block after it.)
            self.terminate(Terminator::Unreachable);
        }
    }

    pub(super) fn lower_stmt_inner(&mut self, s: &Stmt) {
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
                let f = self.statement(e);
                self.push(ir::Stmt::Expr(f));
            }
            Stmt::Local(local) => self.lower_let(local),
            // Its temporaries (a `match`'s scrutinee) end with it.
            Stmt::Expr(e, _) if super::control::binds_match_temporary(e) => {
                self.push_scope();
                self.lower_expr_stmt(e);
                self.pop_scope();
            }
            Stmt::Expr(e, _) => self.lower_expr_stmt(e),
        }
    }

    /// Before: `let pat = init else { diverge };`.
    /// After: the initializer lowered to an operand, then a `Let` that binds
    /// the pattern's locals in the current scope.
    pub(super) fn lower_let(&mut self, local: &syn::Local) {
        if let Some(init) = &local.init
            && let Some((_, els)) = &init.diverge
            && has_suspension(els)
        {
            return self.lower_let_else(local, &init.expr, els);
        }
        // The temporaries of the statement (a `match`'s scrutinee) live in a
        // scope of their own that ends with it; the pattern's bindings and
        // the temporaries the `let` extends belong to the enclosing scope.
        let own_scope = local
            .init
            .as_ref()
            .is_some_and(|i| super::control::binds_match_temporary(&i.expr));
        if own_scope {
            self.push_scope();
        }
        let (init, else_block) = match &local.init {
            None => (None, None),
            Some(init) => {
                let mut value = self.lower_expr(&init.expr, true);
                let extended = self.extend_let_temporaries(
                    &local.pat,
                    &mut value,
                    own_scope,
                    init.diverge.is_some(),
                );
                let init_f = self.fragment(value);
                let else_f = init.diverge.as_ref().map(|(_, e)| {
                    let els = (**e).clone();
                    let els = match extended {
                        // Rust drops the temporaries before the `else` block.
                        Some(t) => {
                            let t = self.local_expr(t);
                            syn::parse_quote!({ ::core::mem::drop(#t); #els })
                        }
                        None => els,
                    };
                    self.fragment(els)
                });
                (Some(init_f), else_f)
            }
        };
        let pat = local.pat.clone();
        let binds = if own_scope {
            self.in_parent(|l| l.declare_pattern(&pat, LocalKind::User))
        } else {
            self.declare_pattern(&pat, LocalKind::User)
        };
        self.push(ir::Stmt::Let {
            attrs: self.with_allows(local.attrs.clone()),
            pat,
            init,
            else_block,
            binds,
        });
        if own_scope {
            self.pop_scope();
        }
    }

    /// Before: the initialiser of `let pat = init;` (lowered).
    /// After: the temporaries in it that Rust keeps to the end of the block
    /// (those a `ref` binding of `pat` borrows, `let (ref a, ref b) =
    /// pair();`, and the operand of a `&` or `&mut` initialiser, `let r =
    /// &make();`, `let s = &make()[1..];`) bound to locals of the current
    /// scope declared before the pattern's: so they are dropped where Rust
    /// drops them, and kept in place if a binding borrows them across a
    /// suspension point. In a `let … else` (`diverges`), Rust drops them
    /// before the `else` block, which must then drop the local first: it may
    /// move, and the returned local is the one to drop.
    pub(super) fn extend_let_temporaries(
        &mut self,
        pat: &Pat,
        init: &mut Expr,
        in_parent: bool,
        diverges: bool,
    ) -> Option<LocalId> {
        // The value a place is in: `make()` of `&make().0[1..]`.
        fn operand(e: &mut Expr) -> &mut Expr {
            if matches!(e, Expr::Unary(u) if !matches!(u.op, syn::UnOp::Deref(_))) {
                return e;
            }
            match e {
                Expr::Paren(p) => operand(&mut p.expr),
                Expr::Group(g) => operand(&mut g.expr),
                Expr::Field(f) => operand(&mut f.base),
                Expr::Index(i) => operand(&mut i.expr),
                Expr::Reference(r) => operand(&mut r.expr),
                Expr::Unary(u) => operand(&mut u.expr),
                other => other,
            }
        }
        // The place borrowed, whether mutably, whether the pattern may move.
        let (borrowed, mutably, may_move) = if let Some(mutably) = crate::syntax::ref_binding(pat) {
            (Some(operand(init)), mutably, binds_by_value(pat))
        } else {
            match init {
                Expr::Reference(r) => (Some(operand(&mut r.expr)), r.mutability.is_some(), false),
                _ => (None, false, false),
            }
        };
        if let Some(e) = borrowed
            && self.is_temporary(e, mutably)
        {
            return Some(self.bind_temporary_at(e, may_move || diverges, in_parent));
        }
        None
    }

    /// Before: `let pat = init else { ..yield_!().. };`.
    /// After: `match init { pat -> rest (binding in the current scope), _ ->
    /// else }`; the `else` block is lowered and must diverge (the shadow,
    /// which keeps the `let … else`, makes rustc check that).
    pub(super) fn lower_let_else(&mut self, local: &syn::Local, init: &Expr, els: &Expr) {
        let mut value = self.lower_expr(init, true);
        let extended = self.extend_let_temporaries(&local.pat, &mut value, false, true);
        let scrutinee = self.fragment(value);
        let from = self.cur;
        let rest = self.new_block(false);
        let otherwise = self.new_block(false);
        // The `else` block does not see the pattern's bindings (`x` there is
        // the `x` of before the `let`): lower it before declaring them.
        self.switch_to(otherwise);
        if let Some(t) = extended {
            // Rust drops the temporaries before the `else` block.
            let t = self.local_expr(t);
            let f = self.fragment(syn::parse_quote!(::core::mem::drop(#t)));
            self.push(ir::Stmt::Expr(f));
        }
        self.lower_expr(els, false);
        self.terminate(Terminator::Unreachable);
        let pat = local.pat.clone();
        let binds = self.declare_pattern(&pat, LocalKind::User);
        let wildcard: Pat = syn::parse_quote!(_);
        self.blocks[from.0].term = Terminator::Match {
            scrutinee,
            arms: vec![
                MatchArm {
                    attrs: Vec::new(),
                    pat,
                    guard: None,
                    binds,
                    target: Edge {
                        target: rest,
                        exits: Vec::new(),
                    },
                },
                MatchArm {
                    attrs: Vec::new(),
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
        self.switch_to(rest);
    }

    pub(super) fn lower_expr_stmt(&mut self, e: &Expr) {
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
            let f = self.statement(e.clone());
            self.push(ir::Stmt::Expr(f));
            return;
        }
        let value = self.lower_expr(e, false);
        if value != unit() {
            let f = self.statement(lint_attrs_kept(e, value));
            self.push(ir::Stmt::Expr(f));
        }
    }
}

/// Before: `value`, what the lowering made of the expression `written`.
/// After: `value` with the lint attributes of `written` (`#[allow(..)]`),
/// when it is still the same kind of expression (a call whose operands
/// were lowered is still a call); they cannot apply to what a lowered
/// control-flow expression became.
fn lint_attrs_kept(written: &Expr, mut value: Expr) -> Expr {
    if std::mem::discriminant(written) != std::mem::discriminant(&value) {
        return value;
    }
    let lints: Vec<_> = crate::syntax::expr_attrs_ref(written)
        .into_iter()
        .flatten()
        .filter(|a| matches!(a.style, syn::AttrStyle::Outer) && crate::syntax::is_lint_attr(a))
        .cloned()
        .collect();
    if let Some(attrs) = crate::syntax::expr_attrs(&mut value)
        && attrs.is_empty()
    {
        *attrs = lints;
    }
    value
}

/// Before: the lowered value of a block's tail `written`.
/// After: the value, and if `written` has attributes, the value with them
/// in a block (`{ #[allow(..)] value }`): attributes are allowed on a
/// block's tail, not on an operand, where the value goes.
fn tail_attrs_kept(written: &Expr, value: Expr) -> Expr {
    if crate::syntax::expr_attrs_ref(written).is_none_or(|a| a.is_empty()) {
        return value;
    }
    let value = if has_suspension(written) {
        lint_attrs_kept(written, value)
    } else {
        value
    };
    syn::parse_quote!({ #value })
}

/// A statement calling a macro that is neither a placeholder nor one of the
/// standard library's (`m!(..);`, `m! { .. }`).
fn is_user_macro_stmt(s: &Stmt) -> bool {
    let mac = match s {
        Stmt::Macro(m) => &m.mac,
        Stmt::Expr(Expr::Macro(m), Some(_)) => &m.mac,
        _ => return false,
    };
    placeholder_name(mac).is_none() && !crate::syntax::is_std_macro(mac)
}

fn has_suspension_stmt(s: &Stmt) -> bool {
    match s {
        Stmt::Macro(m) => has_suspension(&Expr::Macro(syn::ExprMacro {
            attrs: Vec::new(),
            mac: m.mac.clone(),
        })),
        Stmt::Expr(e, _) => has_suspension(e),
        _ => false,
    }
}
