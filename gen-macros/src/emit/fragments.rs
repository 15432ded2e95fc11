//! Fragments of the user's code: placeholders expanded, kept-in-place
//! locals rewritten, jumps out of them routed through labelled blocks.

use super::*;

impl Emitter<'_> {
    /// Expands placeholders in a fragment emitted at `site`, used as `usage`
    /// says. Also returns, for a place, whether it reaches a kept-in-place
    /// local: then the caller puts the whole construct (a `match`, an `if`)
    /// in an `unsafe` block.
    pub(super) fn code(&self, f: &Fragment, site: &Site<'_>, usage: Use) -> (Expr, bool) {
        let mut e = f.expr.clone();
        let mut x = Expander {
            em: self,
            plan: site.plan,
            next: site.next,
            returns: site.returns,
        };
        x.visit_expr_mut(&mut e);
        // A terminator's own bindings (a guard, a let-chain) are values
        // there: their slots are filled after the test.
        let kept: std::collections::BTreeSet<String> = f
            .mentions
            .iter()
            .filter(|m| self.layout.kept.contains(&m.local) && !site.own.contains(&m.local))
            .map(|m| m.name.clone())
            .collect();
        let root = match usage {
            Use::Moved => crate::rewrite::Root::Value,
            Use::Statement => crate::rewrite::Root::Statement,
            Use::Value | Use::Place => crate::rewrite::Root::Operand,
        };
        if crate::rewrite::rewrite(&mut e, &kept, &self.spec.private, root) {
            // SAFETY (of the generated block): it dereferences pointers to
            // kept-in-place locals, performing the operations the user wrote
            // on them; the shadow borrow-checks the same operations on
            // ordinary locals, and the slots keep the values at those
            // addresses until the end of their scopes. The user's own unsafe
            // operations are checked by the shadow, which has no such block.
            match usage {
                Use::Moved | Use::Value | Use::Statement => {
                    crate::lower::wrap_unsafe(&mut e);
                    if !matches!(e, Expr::Paren(_)) {
                        e = syn::parse_quote!((#e));
                    }
                }
                // A place (a scrutinee) stays a place.
                Use::Place => return (e, true),
            }
        }
        (e, false)
    }

    /// Whether a jump must leave the fragment before its edge runs: a local
    /// it saves is shadowed by a binding of the fragment where it jumps, or
    /// it drops locals of the scopes it leaves, which Rust drops after the
    /// fragment's own locals and temporaries (`for .. { let _b = ..; break
    /// 'outer }` drops `_b` first).
    pub(super) fn jump_needs_exit(&self, j: JumpId, plan: &BlockPlan) -> bool {
        let jump = &self.body.jumps[j.0];
        let shadowed = &jump.shadowed;
        let edge = &plan.jumps[&j];
        jump.inside_values && !edge.ends.is_empty()
            || edge
                .saves
                .iter()
                .any(|l| shadowed.contains(&self.local(*l).to_string()))
    }

    /// Whether `guarded` puts the fragment in labelled blocks (some of its
    /// jumps must leave it first) and it has macro exits, which it then
    /// takes inside them (see `RegionEnd::Value`).
    pub(super) fn exits_inside(&self, f: &Fragment, plan: &BlockPlan) -> bool {
        !f.macro_exits.is_empty() && f.jumps.iter().any(|j| self.jump_needs_exit(*j, plan))
    }

    /// `'through: { let k = 'exit: { break 'through code }; <edge of jump k> }`
    /// for a fragment with jumps that must leave it first (a jump is `break
    /// 'exit k`); the plain code otherwise. The code's value leaves by its
    /// own path, so rustc sees what the code initialises as initialised
    /// after it (a value passed through the exit block would also flow from
    /// the jumps, for all rustc knows).
    pub(super) fn guarded(&self, f: &Fragment, site: &Site<'_>, usage: Use) -> TokenStream {
        debug_assert!(usage != Use::Place, "a place goes through `guarded_place`");
        self.guarded_place(f, site, usage).0
    }

    /// `guarded` for a place: also says whether it needs an `unsafe` block
    /// around the construct (see `code`).
    pub(super) fn guarded_place(
        &self,
        f: &Fragment,
        site: &Site<'_>,
        usage: Use,
    ) -> (TokenStream, bool) {
        let plan = site.plan;
        let next = site.next;
        let (code, needs_unsafe) = self.code(f, site, usage);
        let mut jumps: Vec<JumpId> = (f.jumps.iter().copied())
            .filter(|j| self.jump_needs_exit(*j, plan))
            .collect();
        if jumps.is_empty() {
            return (code.into_token_stream(), needs_unsafe);
        }
        let private = &self.spec.private;
        let (exit, through) = (&self.exit_label(), &self.through_label());
        // A macro's `break`/`continue` cannot cross the labelled blocks: its
        // loops go inside them, and take the jumps' way out.
        let mut code = code.into_token_stream();
        if self.exits_inside(f, plan) {
            let exits: Vec<&MacroExit> = f.macro_exits.iter().collect();
            code = self.region(&exits, plan, next, code, RegionEnd::Value(exit));
            jumps.extend(
                (f.macro_exits.iter()).flat_map(|x| std::iter::once(x.break_).chain(x.continue_)),
            );
        }
        let k = ident("__genfn_k");
        let arms = jumps.iter().map(|j| {
            let n = j.0;
            let edge = self.edge(&plan.jumps[j], self.body.jumps[j.0].edge.target, next);
            quote!(#n => #edge)
        });
        let code = quote! {
            (#through: {
                let #k: usize = #exit: { break #through (#code) };
                match #k {
                    #(#arms)*
                    _ => #private::invalid_state(),
                }
            })
        };
        (code, needs_unsafe)
    }
}

/// Parenthesises a block-like first operand of `e`, which an expanded
/// placeholder can be (`?` becomes a `match`): at the start of a statement,
/// `match .. { .. } < x` would end the statement at the `}`.
pub(super) fn parenthesize_leading_block(e: &mut Expr) {
    let first = match e {
        Expr::Binary(b) => &mut b.left,
        Expr::Cast(c) => &mut c.expr,
        Expr::MethodCall(m) => &mut m.receiver,
        Expr::Field(f) => &mut f.base,
        Expr::Index(i) => &mut i.expr,
        Expr::Try(t) => &mut t.expr,
        Expr::Assign(a) => &mut a.left,
        Expr::Call(c) => &mut c.func,
        Expr::Range(r) => match &mut r.start {
            Some(start) => start,
            None => return,
        },
        _ => return,
    };
    if matches!(
        **first,
        Expr::Match(_)
            | Expr::If(_)
            | Expr::Block(_)
            | Expr::Loop(_)
            | Expr::Unsafe(_)
            | Expr::While(_)
            | Expr::ForLoop(_)
    ) {
        let inner = &**first;
        **first = syn::parse_quote!((#inner));
    }
}

/// Expands the placeholder macros of a fragment.
pub(super) struct Expander<'a, 'b> {
    em: &'a Emitter<'b>,
    plan: &'a BlockPlan,
    next: &'a TokenStream,
    /// What a `return` here keeps.
    returns: &'a [LocalId],
}

impl VisitMut for Expander<'_, '_> {
    fn visit_stmt_mut(&mut self, s: &mut syn::Stmt) {
        // A fragment that went through tokens again (put in an `unsafe`
        // block, say) holds the placeholders in statement position as
        // statement macros: make them expressions, which are expanded.
        if let syn::Stmt::Macro(m) = s
            && m.mac.to_token_stream().to_string().contains("__genfn_")
        {
            let e = Expr::Macro(syn::ExprMacro {
                attrs: std::mem::take(&mut m.attrs),
                mac: m.mac.clone(),
            });
            *s = syn::Stmt::Expr(e, m.semi_token);
        }
        visit_mut::visit_stmt_mut(self, s);
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let Expr::Macro(m) = e else {
            match e {
                Expr::Closure(_) | Expr::Async(_) => {}
                _ => {
                    visit_mut::visit_expr_mut(self, e);
                    parenthesize_leading_block(e);
                }
            }
            return;
        };
        let em = self.em;
        let private = &em.spec.private;
        let Some(name) = placeholder_name(&m.mac) else {
            // A foreign macro whose arguments were rewritten by the lowering.
            if m.mac.tokens.to_string().contains("__genfn_") {
                crate::syntax::visit_macro_args(&mut m.mac, |x| self.visit_expr_mut(x));
            }
            return;
        };
        let mut args: Vec<Expr> = m
            .mac
            .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
            .map(|p| p.into_iter().collect())
            .unwrap_or_default();
        for a in &mut args {
            self.visit_expr_mut(a);
        }
        // The user's `?`, `return` or operand, where errors are reported.
        let span = m.mac.path.segments[0].ident.span();
        let new: TokenStream = match name.as_str() {
            placeholder::RETURN => em.return_code(args[0].to_token_stream(), self.returns),
            placeholder::TRY => {
                let inner = &args[0];
                let r = ident("__genfn_residual");
                let residual = relocate(quote!(#private::FromResidual::from_residual(#r)), span);
                let ret = em.return_code(residual, self.returns);
                try_tokens(private, inner, span, ret)
            }
            placeholder::JUMP => {
                let n: usize = match &args[0] {
                    Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(i),
                        ..
                    }) => i.base10_parse().unwrap_or(0),
                    _ => 0,
                };
                let jump = &em.body.jumps[n];
                // The value goes straight into the result's slot, so that the
                // edge needs no knowledge of where it was assigned.
                let value = match (jump.result, args.get(1)) {
                    (Some(r), value) => {
                        let value = value.map_or_else(|| quote!(()), |v| v.to_token_stream());
                        let put = em.put_slot_code(r, &value);
                        quote!(#put;)
                    }
                    (None, Some(v)) => quote!(#v;),
                    (None, None) => quote!(),
                };
                if em.jump_needs_exit(JumpId(n), self.plan) {
                    let label = &em.exit_label();
                    quote!({ #value break #label #n; })
                } else {
                    let edge = em.edge(&self.plan.jumps[&JumpId(n)], jump.edge.target, self.next);
                    quote!({ #value #edge })
                }
            }
            placeholder::RESUME => {
                let arg = &em.arg;
                quote!(#private::Arg::into_value(#private::take_arg(&mut #arg)))
            }
            placeholder::FRAME => em.call_frame(&args),
            placeholder::RECURSED => {
                let returned = &em.returned;
                quote!(#private::returned(#returned.take()))
            }
            placeholder::BOXED => {
                boxed_tokens(private, &args[0], span, false, em.spec.asynchronous)
            }
            placeholder::MAYBE_BOXED => {
                boxed_tokens(private, &args[0], span, true, em.spec.asynchronous)
            }
            placeholder::INTO_FUTURE => {
                let future = &args[0];
                relocate(
                    quote!(::core::future::IntoFuture::into_future(#future)),
                    span,
                )
            }
            placeholder::DELEGATE => {
                let resume = &em.spec.resume_ty;
                delegate_tokens(private, resume, &args[0], span, em.spec.asynchronous)
            }
            _ => return,
        };
        *e = syn::parse2(quote!(#new)).unwrap_or_else(|err| {
            syn::parse2(err.to_compile_error()).expect("compile_error! is an expression")
        });
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
