//! Statements: `let` (also reading a kept-in-place local's place),
//! assignments, expression statements, returns.

use super::*;

impl Emitter<'_> {
    /// Kept-in-place bindings of a `let` move into their slots; the name
    /// then stands for the pointer (`let v;`: the cell waits for the
    /// assignment).
    pub(super) fn kept_bindings(&self, binds: &[LocalId], declared_only: bool) -> Vec<TokenStream> {
        let s = &self.s;
        binds
            .iter()
            .filter(|b| self.layout.kept.contains(b))
            .map(|b| {
                let name = self.local(*b);
                let slot = self.kept_slot(*b);
                let pointer = crate::rewrite::pointer(name);
                if declared_only {
                    quote!(#[allow(unused_variables)] let #pointer = #s.#slot.ptr();)
                } else {
                    quote!(#[allow(unused_variables)] let #pointer = #s.#slot.set(#name);)
                }
            })
            .collect()
    }

    /// Before: `let PAT = <place of a kept-in-place local> [else { .. }];`
    /// After: `let (a, mut b,) = unsafe { match <place> { PAT => (a, b,), _ => { .. } } };`
    /// and the bindings' slots filled as for any `let`.
    pub(super) fn let_from_place(
        &self,
        s: &Stmt,
        place: TokenStream,
        els: Option<TokenStream>,
        sp: &StmtPlan,
        plain: bool,
    ) -> TokenStream {
        let Stmt::Let {
            attrs, pat, binds, ..
        } = s
        else {
            unreachable!("`let_from_place` is called on a `let`");
        };
        let bindings = crate::syntax::pattern_bindings(pat);
        let names = bindings.iter().map(|b| &b.ident);
        let outer = bindings.iter().map(|b| {
            let (m, i) = (b.mutable.then(|| quote!(mut)), &b.ident);
            quote!(#m #i)
        });
        let arm_pat = match pat {
            syn::Pat::Type(t) => &*t.pat,
            p => p,
        };
        // The annotation types the place (a match arm cannot carry one), if
        // naming the place again has no effect (`plain`: a local's name).
        let private = &self.spec.private;
        let hint = match pat {
            syn::Pat::Type(t) if plain && crate::emit::annotatable(&t.ty) => {
                let ty = &t.ty;
                Some(quote!(#private::place_type::<#ty>(&raw const #place);))
            }
            _ => None,
        };
        let other = els.map(|code| quote!(_ => { #code }));
        let pins = self.kept_bindings(binds, false);
        let saves: TokenStream = sp.saves.iter().map(|l| self.save(*l)).collect();
        let value = ident("__genfn_init");
        // SAFETY (of the generated block): the pattern reads the place of a
        // kept-in-place local, as the same `let` does in the shadow.
        quote! {
            #[allow(unused_unsafe, unused_mut, clippy::match_single_binding)]
            let #value = unsafe { #hint match #place { #arm_pat => (#(#names,)*), #other } };
            #saves
            #(#attrs)* #[allow(unused_mut)] let (#(#outer,)*) = #value;
            #(#pins)*
        }
    }

    pub(super) fn stmt(
        &self,
        s: &Stmt,
        plan: &BlockPlan,
        sp: &StmtPlan,
        next: &TokenStream,
    ) -> TokenStream {
        let returns = &sp.returns;
        let site = Site {
            plan,
            next,
            returns,
            own: &[],
        };
        if sp.skip {
            return sp.saves.iter().map(|l| self.save(*l)).collect();
        }
        match s {
            Stmt::Expr(f) if self.discards_unit_resume(f) => {
                // `yield_!(v);` with `resume = ()`: nothing to read or drop.
                sp.saves.iter().map(|l| self.save(*l)).collect()
            }
            Stmt::Expr(f) => {
                let code = self.guarded(f, &site, Use::Statement);
                let saves: TokenStream = sp.saves.iter().map(|l| self.save(*l)).collect();
                let attrs = &f.attrs;
                if attrs.is_empty() || !starts_with_operand(&f.expr) {
                    quote!(#saves #(#attrs)* #code;)
                } else {
                    // An attribute before `c += 1;` would belong to `c`,
                    // which stable Rust rejects; the attributes of a lowered
                    // block land on such statements, so they go on a block
                    // around it (a lint level reaches what the block holds).
                    quote!(#saves #(#attrs)* { #code; })
                }
            }
            Stmt::Let {
                attrs,
                pat,
                init,
                else_block,
                binds,
            } => {
                // A pattern that reads only part of a kept-in-place local
                // (`let _ = v;`, `let (a, _) = v;`, `let Some(x) = v else ..`)
                // matches on its place, as Rust does, and hands its bindings
                // out of the `unsafe` block.
                if let Some(f) = init
                    && !crate::rewrite::moves_whole(pat)
                    && crate::syntax::is_place(&f.expr)
                {
                    let (code, needs_unsafe) = self.guarded_place(f, &site, Use::Place);
                    // Also when locals are saved before the binding: the
                    // value must not be moved into a temporary first
                    // (`let _ = s;` does not move `s`).
                    if needs_unsafe || !sp.saves.is_empty() {
                        let els = else_block
                            .as_ref()
                            .map(|f| self.guarded(f, &site, Use::Value));
                        let plain = matches!(&f.expr, Expr::Path(_));
                        return self.let_from_place(s, code, els, sp, plain);
                    }
                }
                let by_ref = crate::syntax::ref_binding(pat);
                let init = init.as_ref().map(|f| {
                    // A value (`let &mut (ref mut k, _) = e.as_mut();`) is
                    // matched as a value: borrowing it would borrow a
                    // temporary that dies with the statement.
                    if let Some(mutable) = by_ref
                        && crate::syntax::is_place(&f.expr)
                    {
                        // `let (ref a, n) = place;` borrows the place: keep it a
                        // place, borrowed inside the `unsafe` block.
                        let (code, needs_unsafe) = self.guarded_place(f, &site, Use::Place);
                        if needs_unsafe {
                            let mutability = mutable.then(|| quote!(mut));
                            // SAFETY (of the generated block): a borrow of a
                            // kept-in-place local; see `code`.
                            return quote!(= *unsafe { &#mutability #code });
                        }
                        return quote!(= #code);
                    }
                    let code = self.guarded(f, &site, Use::Moved);
                    quote!(= #code)
                });
                let els = else_block.as_ref().map(|f| {
                    let code = self.guarded(f, &site, Use::Value);
                    quote!(else { #code })
                });
                let s = &self.s;
                let declared_only = init.is_none();
                let pins = self.kept_bindings(binds, declared_only).into_iter();
                // A binding whose slot this block does not fill: its type
                // may be known only here (see `same_type`).
                let hints = binds
                    .iter()
                    .filter(|b| {
                        !declared_only
                            && !self.layout.kept.contains(b)
                            && self.body.local(**b).kind != LocalKind::InPlace
                            && !block_saves(plan, **b)
                    })
                    .filter(|b| self.has_slot(**b))
                    .map(|b| {
                        let name = self.local(*b);
                        let slot = self.slot_place(&s.to_token_stream(), *b, false);
                        quote!(#slot.same_type(&#name);)
                    });
                let pins = pins.chain(hints);
                let saves: TokenStream = sp.saves.iter().map(|l| self.save(*l)).collect();
                if declared_only && binds.iter().all(|b| self.layout.kept.contains(b)) {
                    return quote!(#saves #(#pins)*);
                }
                match init {
                    Some(init) if !saves.is_empty() => {
                        let value = ident("__genfn_init");
                        quote! {
                            let #value #init;
                            #saves
                            #(#attrs)* #[allow(unused_mut)] let #pat = #value #els;
                            #(#pins)*
                        }
                    }
                    _ => {
                        quote!(#saves #(#attrs)* #[allow(unused_mut)] let #pat #init #els; #(#pins)*)
                    }
                }
            }
            Stmt::Assign { local, value } => {
                debug_assert!(sp.saves.is_empty(), "only a `let` shadows");
                let name = self.local(*local);
                let mut code = self.guarded(value, &site, Use::Moved);
                if self.returned_temporaries[local.0] {
                    code = self.expect_return(code);
                }
                if self.layout.kept.contains(local) {
                    let private = &self.spec.private;
                    // SAFETY (of the generated block): as for any access to a
                    // kept-in-place local; see `code`.
                    let pointer = crate::rewrite::pointer(name);
                    quote!(unsafe { #private::kept_assign(#pointer, #code) };)
                } else if self.body.local(*local).kind == LocalKind::InPlace {
                    let put = self.put_slot_code(*local, &code);
                    quote!(#put;)
                } else {
                    quote!(#name = #code;)
                }
            }
            Stmt::ScopeEnd(_) => quote!(),
        }
    }

    /// `{ let __genfn_return: R = hint(value); __genfn_return }`: `value`
    /// with the return type as its expectation.
    fn expect_return(&self, value: TokenStream) -> TokenStream {
        let ret = ident("__genfn_return");
        let binding = self.return_binding(value);
        quote!({ #binding; #ret })
    }

    /// `let __genfn_return: R = hint(value)`, spanned like `value`.
    fn return_binding(&self, value: TokenStream) -> TokenStream {
        let ret = ident("__genfn_return");
        let ty = self.return_annotation();
        let at = syn::spanned::Spanned::span(&value);
        let value = match &self.spec.return_hint {
            Some(hint) => quote!(#hint(#value)),
            None => value,
        };
        let binding = relocate(quote!(let #ret), at);
        quote!(#binding #ty = #value)
    }

    /// Completes the generator with `value`: saves the untouched held locals
    /// `keeps` and leaves the block (see `block`).
    pub(super) fn return_code(&self, value: TokenStream, keeps: &[LocalId]) -> TokenStream {
        let ret = ident("__genfn_return");
        let binding = self.return_binding(value);
        let saves: TokenStream = keeps.iter().map(|l| self.save(*l)).collect();
        let label = &self.return_label();
        quote!({
            #binding;
            #saves
            break #label #ret;
        })
    }
}

/// Whether an expression starts with an operand that an outer attribute
/// before it would belong to (`c += 1`, `a = b`, `x as u8`, `a..b`).
fn starts_with_operand(e: &syn::Expr) -> bool {
    matches!(
        e,
        syn::Expr::Assign(_) | syn::Expr::Binary(_) | syn::Expr::Cast(_) | syn::Expr::Range(_)
    )
}
