//! Lowering loops, jumps, conditions and branches (`loop`, `while`, `for`,
//! `break`/`continue`, `if`, let-chains, `match`, labelled blocks).

use super::*;

impl Lowerer {
    // ---- loops and jumps --------------------------------------------------

    /// The lowered loop (or labelled block) a `break`/`continue` targets, if
    /// it targets a lowered one at all.
    pub(super) fn find_loop(
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

    pub(super) fn jump_to(&mut self, ctx: usize, value: Option<Expr>) {
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

    pub(super) fn continue_to(&mut self, ctx: usize) {
        let c = &self.loops[ctx];
        let target = c.continue_target.expect("loops have a continue target");
        let exits = self.exits_to(c.depth);
        self.terminate(Terminator::Goto(Edge { target, exits }));
    }

    /// Before: `'label: loop { body }`.
    /// After: `head: body…; goto head`, breaks going to `exit` (with the value
    /// in a temporary when `want`).
    pub(super) fn lower_loop(&mut self, l: &syn::ExprLoop, want: bool) -> Expr {
        let result = want.then(|| self.temp("loop", l.loop_token.span));
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
    pub(super) fn lower_while(&mut self, w: &syn::ExprWhile) -> Expr {
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
    pub(super) fn lower_for(&mut self, f: &syn::ExprForLoop) -> Expr {
        let mut iterable = self.lower_expr(&f.expr, true);
        self.push_scope();
        self.extend_temporaries(&mut iterable, None);
        let iter = self.temp_in_place("iter", f.expr.span());
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

    /// Before: the iterable of a `for` (lowered; `borrowed`: whether the
    /// place it is, is borrowed, `Some(true)` mutably), the loop's scope open.
    /// After: the temporaries in it that the iterator may borrow (`c.borrow()`
    /// in `c.borrow().iter()`, `make()` in `&make()[..]`) bound by `let`s of
    /// the loop's scope, in evaluation order, and named instead. Rust keeps
    /// an iterable's temporaries to the end of the loop, after the iterator;
    /// these locals are dropped there too, after the iterator, in reverse
    /// order, and may be kept in place while the iterator borrows them.
    ///
    /// Only the receivers of methods that surely borrow it
    /// (`syntax::borrows_receiver`) and the operands of `&` are taken:
    /// another method may take its receiver by value (`lines` of a
    /// `BufReader`), which a local kept in place could not give. Only the
    /// chain of receivers is walked, so the order of evaluation stays the
    /// same: a receiver is evaluated before the method's arguments.
    pub(super) fn extend_temporaries(&mut self, e: &mut Expr, borrowed: Option<bool>) {
        match e {
            Expr::Paren(p) => self.extend_temporaries(&mut p.expr, borrowed),
            Expr::Group(g) => self.extend_temporaries(&mut g.expr, borrowed),
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                let borrows = crate::syntax::borrows_receiver(&method)
                    .then(|| method.ends_with("_mut") || method == "drain");
                self.extend_temporaries(&mut m.receiver, borrows);
            }
            Expr::Reference(r) => {
                self.extend_temporaries(&mut r.expr, Some(r.mutability.is_some()))
            }
            Expr::Field(f) => self.extend_temporaries(&mut f.base, borrowed),
            Expr::Index(i) => self.extend_temporaries(&mut i.expr, borrowed),
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                self.extend_temporaries(&mut u.expr, borrowed)
            }
            _ => {}
        }
        if let Some(mutably) = borrowed {
            if self.extend_spilled(e) {
                // Already a local: a temporary that an operand after it
                // suspended, spilled before the suspension point.
            } else if self.is_temporary(e, mutably) {
                self.bind_temporary(e, false);
            }
        }
    }

    /// Before: `e`, maybe the name of an operand the lowering spilled to a
    /// temporary local (`cell.borrow()` in `cell.borrow()[{ yield_!(); 1 }]`,
    /// evaluated before the index suspends).
    /// After: if so, that local holds its value to the end of its scope, as
    /// the temporary it stands for does (`LocalKind::Extended`), and `true`.
    fn extend_spilled(&mut self, e: &Expr) -> bool {
        let Some(t) = self.spilled(e) else {
            return false;
        };
        self.locals[t.0].kind = LocalKind::Extended { may_move: false };
        true
    }

    /// The temporary local `e` names, if it is one (an operand the lowering
    /// spilled before a later operand suspended).
    fn spilled(&self, e: &Expr) -> Option<LocalId> {
        let Expr::Path(p) = crate::syntax::strip_parens(e) else {
            return None;
        };
        let name = p.path.get_ident()?.to_string();
        self.locals
            .iter()
            .rposition(|l| l.kind == LocalKind::Temp && l.ident == name)
            .map(LocalId)
    }

    /// Before: the scrutinee of a `match` whose arms suspend (`mutably`: an
    /// arm binds by `ref mut`).
    /// After: the temporaries it projects a place from (`*c.borrow()`,
    /// `c.borrow_mut()[0]`, `make().field`) or that a borrowing method's
    /// result borrows (`c.borrow().get(0)`), bound as in
    /// `extend_temporaries`: Rust drops them at the end of the `match`, not
    /// before the arm runs. The scrutinee itself is left as it is (an arm
    /// may move out of it). `may_move`: an arm binds by value, so it may
    /// move a field out of the temporary (`match make().name { n => .. }`),
    /// which then is a local that may be partly moved (`Extended {
    /// may_move }`).
    fn extend_scrutinee_temporaries(&mut self, e: &mut Expr, mutably: bool, may_move: bool) {
        match e {
            Expr::Paren(p) => self.extend_scrutinee_temporaries(&mut p.expr, mutably, may_move),
            Expr::Group(g) => self.extend_scrutinee_temporaries(&mut g.expr, mutably, may_move),
            Expr::Field(f) if may_move => {
                if self.is_temporary(&f.base, mutably) {
                    self.bind_temporary(&mut f.base, true);
                } else {
                    self.extend_scrutinee_temporaries(&mut f.base, mutably, true);
                }
            }
            Expr::Field(f) => self.extend_temporaries(&mut f.base, Some(mutably)),
            Expr::Index(i) => self.extend_temporaries(&mut i.expr, Some(mutably)),
            // `match &make()` / `match &make().1`: the borrowed temporary.
            Expr::Reference(r) => {
                self.extend_temporaries(&mut r.expr, Some(r.mutability.is_some()))
            }
            // `match *boxed() { Some(s) => .. }` moves out of the box, which
            // then is a local that may be partly moved, as a field's base
            // is; a guard (`*c.borrow()`, `*m.lock().unwrap()`) cannot be
            // moved out of, and holds its value to the end of the `match`.
            Expr::Unary(u)
                if matches!(u.op, syn::UnOp::Deref(_)) && may_move && !is_guard(&u.expr) =>
            {
                if self.is_temporary(&u.expr, mutably) {
                    self.bind_temporary(&mut u.expr, true);
                } else {
                    self.extend_scrutinee_temporaries(&mut u.expr, mutably, true);
                }
            }
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => {
                self.extend_temporaries(&mut u.expr, Some(mutably))
            }
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                let borrows = crate::syntax::borrows_receiver(&method)
                    .then(|| method.ends_with("_mut") || method == "drain");
                self.extend_temporaries(&mut m.receiver, borrows);
            }
            _ => {}
        }
    }

    /// Whether `e` is a temporary (`makes_temporary_with`), for the
    /// generator's locals in scope; `mutably`: borrowed mutably (which no
    /// constant is promoted for).
    pub(super) fn is_temporary(&self, e: &Expr, mutably: bool) -> bool {
        if mutably {
            // No constant is promoted for a mutable borrow, but `[]`.
            return (is_value(e) || matches!(e, Expr::Lit(_)))
                && !matches!(e, Expr::Array(a) if a.elems.is_empty());
        }
        makes_temporary_with(e, &|i| self.names.lookup(&i.to_string()).is_some())
    }

    /// Whether a pattern binding by `ref` (`ref mut`: mutably) makes `e` a
    /// temporary to bind.
    pub(super) fn ref_binds_temporary(&self, pat: &Pat, e: &Expr) -> bool {
        crate::syntax::ref_binding(pat).is_some_and(|mutably| self.is_temporary(e, mutably))
    }

    /// Whether a part of a let-chain is a `let` whose pattern binds a
    /// temporary scrutinee by reference (`let Some(ref s) = make()`).
    /// Also a `let` whose scrutinee projects a place from a temporary
    /// (`let Some(x) = c.borrow().get(0)`): its temporaries are bound too.
    fn binds_temporary(&self, part: &Expr) -> bool {
        matches!(part, Expr::Let(l) if self.ref_binds_temporary(&l.pat, &l.expr) || projects_temporary(&l.expr))
    }

    /// Before: the scrutinee of a `let` in a condition that the lowering
    /// splits.
    /// After: the temporaries Rust keeps to the end of the `then` block bound
    /// to locals of the chain's scope (the whole scrutinee if the pattern
    /// binds it by reference, else the ones it projects a place from).
    fn bind_let_temporaries(&mut self, pat: &Pat, scrutinee: &mut Expr) {
        let may_move = binds_by_value(pat);
        if self.ref_binds_temporary(pat, scrutinee) {
            self.bind_temporary(scrutinee, may_move);
        } else if projects_temporary_or(scrutinee, &|e| self.spilled(e).is_some()) {
            let mutably = crate::syntax::ref_binding(pat) == Some(true);
            self.extend_scrutinee_temporaries(scrutinee, mutably, may_move);
        }
    }

    /// Before: `e`, a temporary (`is_temporary`).
    /// After: `let mut t = e;` in the current scope, `e` replaced by `t`, a
    /// local that lives (and is dropped) as a local of the scope declared
    /// here, and that may be kept in place (`LocalKind::Extended`).
    /// `may_move`: whether a pattern may move part of it out (`Some(x)`
    /// beside `Some(ref y)`).
    pub(super) fn bind_temporary(&mut self, e: &mut Expr, may_move: bool) {
        self.bind_temporary_at(e, may_move, false);
    }

    /// `bind_temporary`, the local declared in the enclosing scope if
    /// `in_parent` (a statement's scope is open: see `lower_let`).
    pub(super) fn bind_temporary_at(
        &mut self,
        e: &mut Expr,
        may_move: bool,
        in_parent: bool,
    ) -> LocalId {
        let span = e.span();
        let init = self.fragment(e.clone());
        let t = if in_parent {
            self.in_parent(|l| l.temp("temporary", span))
        } else {
            self.temp("temporary", span)
        };
        self.locals[t.0].kind = LocalKind::Extended { may_move };
        // Errors about the temporary point at the user's expression.
        let ident = &mut self.locals[t.0].ident;
        ident.set_span(Span::mixed_site().located_at(span));
        let ident = ident.clone();
        *e = self.local_expr(t);
        self.push(ir::Stmt::Let {
            attrs: Vec::new(),
            pat: syn::parse_quote!(mut #ident),
            init: Some(init),
            else_block: None,
            binds: vec![t],
        });
        t
    }

    // ---- conditions and branches -------------------------------------------

    /// Lowers the condition of an `if`/`while`: on success control continues
    /// in the current block (inside a new scope holding the let-chain's
    /// bindings if there are any; the function returns whether it opened
    /// one), on failure it goes to `otherwise`, living at scope depth `depth`.
    pub(super) fn lower_condition(
        &mut self,
        cond: &Expr,
        otherwise: BlockId,
        depth: usize,
    ) -> bool {
        let mut parts = Vec::new();
        flatten_and(cond, &mut parts);
        let has_let = parts.iter().any(|p| matches!(p, Expr::Let(_)));
        if has_let {
            self.push_scope();
        }
        // A `let` whose pattern binds a temporary scrutinee by reference
        // (`let Some(ref s) = make()`): the temporary lives to the end of the
        // `then` block, or is dropped before the `else` (Rust 2024), as a
        // local of the chain's scope bound just before the test.
        // Group runs of parts without a suspension point into one test; a
        // part that binds a temporary starts a test of its own, its
        // temporary being evaluated after the parts before it.
        let mut i = 0;
        while i < parts.len() {
            let mut j = i;
            while j < parts.len()
                && !has_suspension(parts[j])
                && (j == i || !self.binds_temporary(parts[j]))
            {
                j += 1;
            }
            let (test, binds) = if j > i {
                let mut group: Vec<Expr> = parts[i..j].iter().map(|p| (*p).clone()).collect();
                if let Expr::Let(l) = &mut group[0] {
                    self.bind_let_temporaries(&l.pat, &mut l.expr);
                }
                let group: Vec<&Expr> = group.iter().collect();
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
                        let mut scrutinee = self.lower_expr(&l.expr, true);
                        self.bind_let_temporaries(&l.pat, &mut scrutinee);
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
    pub(super) fn lower_if(&mut self, e: &syn::ExprIf, want: bool) -> Expr {
        let want = want && e.else_branch.is_some();
        let result = want.then(|| self.temp("if", e.if_token.span));
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

    pub(super) fn assign_result(&mut self, result: Option<LocalId>, value: Expr) {
        // A branch that ends in `break`/`continue`/`return` (a jump in its
        // fragment) never reaches the join: no edge may carry locals on.
        let diverging = expr_diverges(&value);
        self.assign_value(result, value);
        if diverging {
            self.terminate(Terminator::Unreachable);
        }
    }

    fn assign_value(&mut self, result: Option<LocalId>, value: Expr) {
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
    pub(super) fn lower_match(&mut self, m: &syn::ExprMatch, want: bool) -> Expr {
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
        let result = want.then(|| self.temp("match", m.match_token.span));
        // A temporary scrutinee that an arm binds by reference (`match make()
        // { Some(ref s) => .. }`) lives to the end of the statement: bound to
        // a local, of a scope around the `match` when that is the statement
        // (its value unused), of the enclosing scope otherwise (which lasts
        // longer than the statement, as borrows of the value may).
        let mut scrutinee = scrutinee;
        let hoist = m
            .arms
            .iter()
            .any(|a| self.ref_binds_temporary(&a.pat, &scrutinee));
        // The temporaries under a place scrutinee (`c.borrow()` in `match
        // c.borrow()[0]`) also live to the end of the `match`, as in Rust;
        // so do the receivers of borrowing methods (`c.borrow().get(0)`).
        let extend = !hoist && projects_temporary_or(&scrutinee, &|e| self.spilled(e).is_some());
        let own_scope = (hoist || extend) && !want;
        if own_scope {
            self.push_scope();
        }
        if hoist {
            let may_move = m.arms.iter().any(|a| binds_by_value(&a.pat));
            self.bind_temporary(&mut scrutinee, may_move);
        }
        if extend {
            let mutably = m
                .arms
                .iter()
                .any(|a| crate::syntax::ref_binding(&a.pat) == Some(true));
            let may_move = m.arms.iter().any(|a| binds_by_value(&a.pat));
            self.extend_scrutinee_temporaries(&mut scrutinee, mutably, may_move);
        }
        let scrutinee = self.scrutinee_fragment(scrutinee);
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
                attrs: arm.attrs.clone(),
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
        if own_scope {
            self.pop_scope();
        }
        result.map_or_else(unit, |r| self.local_expr(r))
    }

    /// Before: `'label: { stmts }` (also `unsafe { }`).
    /// After: the statements in a new scope; `break 'label value` goes to the
    /// block's end with the value in a temporary.
    pub(super) fn lower_block_expr(&mut self, b: &syn::ExprBlock, want: bool) -> Expr {
        let Some(label) = &b.label else {
            return self.lower_block(&b.block, want);
        };
        let result = want.then(|| self.temp("block", label.name.apostrophe));
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
}

/// Whether `e`, used as a place, is a temporary that lives in the
/// function's frame: a value expression (a call, a block, an aggregate…),
/// not a place, a path, a literal or a reference (whose temporaries, if any,
/// are its operand's), nor a constant expression (`&[1, 2]`, `&(N + 1)` are
/// promoted to `'static` constants, which a local would not be). `local`
/// tells whether a name is a local (so not a constant). A macro may expand
/// to a place (`first!(v)` to `v[0]`): only `vec!` and `format!` are taken
/// for values.
pub(super) fn makes_temporary_with(e: &Expr, local: &dyn Fn(&syn::Ident) -> bool) -> bool {
    is_value(e) && !constant(e, local)
}

/// Whether `e` is a value expression: not a place (a path, a field…), a
/// literal, a reference, or a macro other than `vec!` and `format!`.
fn is_value(e: &Expr) -> bool {
    match e {
        Expr::Call(_)
        | Expr::MethodCall(_)
        | Expr::Block(_)
        | Expr::Unsafe(_)
        | Expr::If(_)
        | Expr::Match(_)
        | Expr::Try(_)
        | Expr::Array(_)
        | Expr::Tuple(_)
        | Expr::Struct(_)
        | Expr::Repeat(_)
        | Expr::Cast(_)
        | Expr::Binary(_) => true,
        Expr::Unary(u) => !matches!(u.op, syn::UnOp::Deref(_)),
        Expr::Macro(m) => m
            .mac
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "vec" || s.ident == "format"),
        _ => false,
    }
}

/// `makes_temporary_with`, taking every name for a local's (so more
/// expressions for temporaries).
pub(super) fn makes_temporary(e: &Expr) -> bool {
    makes_temporary_with(e, &|_| true)
}

/// Whether `e` may be a constant expression: literals, paths that name no
/// local, and aggregates and operations of those.
fn constant(e: &Expr, local: &dyn Fn(&syn::Ident) -> bool) -> bool {
    match e {
        Expr::Lit(_) => true,
        Expr::Path(p) => p.path.get_ident().is_none_or(|i| !local(i)),
        Expr::Array(a) => a.elems.iter().all(|e| constant(e, local)),
        Expr::Tuple(t) => t.elems.iter().all(|e| constant(e, local)),
        Expr::Struct(s) => s.rest.is_none() && s.fields.iter().all(|f| constant(&f.expr, local)),
        Expr::Repeat(r) => constant(&r.expr, local),
        Expr::Cast(c) => constant(&c.expr, local),
        Expr::Binary(b) => constant(&b.left, local) && constant(&b.right, local),
        Expr::Unary(u) => constant(&u.expr, local),
        Expr::Paren(p) => constant(&p.expr, local),
        Expr::Group(g) => constant(&g.expr, local),
        Expr::Reference(r) => r.mutability.is_none() && constant(&r.expr, local),
        _ => false,
    }
}

/// Whether `e` surely makes a value that `*e` cannot move out of: the
/// result of a method that borrows its receiver (a guard: `c.borrow()`,
/// `m.lock().unwrap()`), where only a `Box` lets a pattern move out of
/// `*e`.
fn is_guard(e: &Expr) -> bool {
    match e {
        Expr::Paren(p) => is_guard(&p.expr),
        Expr::Group(g) => is_guard(&g.expr),
        Expr::Try(t) => is_guard(&t.expr),
        Expr::MethodCall(m) if matches!(&*m.method.to_string(), "unwrap" | "expect") => {
            is_guard(&m.receiver)
        }
        Expr::MethodCall(m) => crate::syntax::borrows_receiver(&m.method.to_string()),
        _ => false,
    }
}

/// Whether a scrutinee has temporaries that `extend_scrutinee_temporaries`
/// binds (taking every name for a local's).
fn projects_temporary(e: &Expr) -> bool {
    projects_temporary_or(e, &|_| false)
}

/// `projects_temporary`, `spilled` telling whether a name is an operand the
/// lowering spilled to a local (which stands for a temporary).
fn projects_temporary_or(e: &Expr, spilled: &dyn Fn(&Expr) -> bool) -> bool {
    /// Whether `e` is, or projects a place from, a temporary.
    fn holds(e: &Expr, spilled: &dyn Fn(&Expr) -> bool) -> bool {
        makes_temporary(e)
            || spilled(e)
            || match e {
                Expr::Paren(p) => holds(&p.expr, spilled),
                Expr::Group(g) => holds(&g.expr, spilled),
                Expr::Field(f) => holds(&f.base, spilled),
                Expr::Index(i) => holds(&i.expr, spilled),
                Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => holds(&u.expr, spilled),
                Expr::MethodCall(m) => {
                    crate::syntax::borrows_receiver(&m.method.to_string())
                        && holds(&m.receiver, spilled)
                }
                Expr::Reference(r) => holds(&r.expr, spilled),
                _ => false,
            }
    }
    let under = |e: &Expr| holds(e, spilled);
    match e {
        Expr::Paren(p) => projects_temporary_or(&p.expr, spilled),
        Expr::Group(g) => projects_temporary_or(&g.expr, spilled),
        Expr::Reference(r) => under(&r.expr),
        Expr::Field(f) => under(&f.base),
        Expr::Index(i) => under(&i.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => under(&u.expr),
        Expr::MethodCall(m) => {
            crate::syntax::borrows_receiver(&m.method.to_string()) && under(&m.receiver)
        }
        _ => false,
    }
}

/// Whether the statement `e` holds a `match` that the lowering splits and
/// whose temporary scrutinee an arm binds by reference (`match make() {
/// Some(ref s) => { yield_!(..); .. } .. }`): the temporary must live to the
/// end of the statement, in a scope of its own.
pub(super) fn binds_match_temporary(e: &Expr) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_expr(&mut self, e: &'ast Expr) {
            match e {
                Expr::Closure(_) | Expr::Async(_) => {}
                Expr::Match(m)
                    if (m.arms.iter().any(|a| has_ref_binding(&a.pat))
                        && makes_temporary(&m.expr)
                        || projects_temporary(&m.expr))
                        && m.arms.iter().any(|a| has_suspension(&a.body)) =>
                {
                    self.0 = true
                }
                _ => syn::visit::visit_expr(self, e),
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}
