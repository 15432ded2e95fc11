//! Terminators: branches, matches, loops' iterators, yields, delegation,
//! recursion, returns.

use super::*;

impl Emitter<'_> {
    pub(super) fn terminator(
        &self,
        id: BlockId,
        plan: &BlockPlan,
        next: &TokenStream,
    ) -> TokenStream {
        let b = self.body.block(id);
        *self.own_binds.borrow_mut() = match &b.term {
            Terminator::If { binds, .. } | Terminator::ForNext { binds, .. } => binds.clone(),
            Terminator::Match { arms, .. } => {
                arms.iter().flat_map(|a| a.binds.iter().copied()).collect()
            }
            Terminator::Goto(_)
            | Terminator::Yield { .. }
            | Terminator::Recurse { .. }
            | Terminator::Delegate { .. }
            | Terminator::Return(_)
            | Terminator::Unreachable => Vec::new(),
        };
        let code = self.terminator_inner(id, plan, next);
        self.own_binds.borrow_mut().clear();
        code
    }

    pub(super) fn terminator_inner(
        &self,
        id: BlockId,
        plan: &BlockPlan,
        next: &TokenStream,
    ) -> TokenStream {
        let b = self.body.block(id);
        let private = &self.spec.private;
        let (s, arg) = (&self.s, &self.arg);
        let k = ident("__genfn_k");
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        match &b.term {
            Terminator::Goto(e) => edge(EdgeKey::Goto, e.target),
            Terminator::If {
                cond,
                binds,
                then_edge,
                else_edge,
            } => {
                self.place_unsafe.set(false);
                let cond = self.guarded(cond, plan, next, &plan.term_returns, None);
                let needs_unsafe = self.place_unsafe.take();
                let then = edge(EdgeKey::Then, then_edge.target);
                let els = edge(EdgeKey::Else, else_edge.target);
                let fresh = self.fresh(&plan.edges[&EdgeKey::Then]);
                let test = quote!(if #cond { #fresh true } else { false });
                // SAFETY (of the generated block): the condition reaches
                // kept-in-place locals; see `code`.
                let test = if needs_unsafe {
                    quote!(unsafe { #test })
                } else {
                    test
                };
                if binds.is_empty() && !needs_unsafe {
                    quote!(if #cond #then else #els)
                } else {
                    quote! {
                        let #k: bool = #test;
                        if #k #then else #els
                    }
                }
            }
            Terminator::Match { scrutinee, arms } => {
                self.place_unsafe.set(false);
                let scrutinee = self.guarded(scrutinee, plan, next, &plan.term_returns, None);
                let first = arms.iter().enumerate().map(|(i, a)| {
                    let pat = &a.pat;
                    let guard = a.guard.as_ref().map(|g| {
                        let g = self.code(g, plan, next, &plan.term_returns, None);
                        quote!(if #g)
                    });
                    let fresh = self.fresh(&plan.edges[&EdgeKey::Arm(i)]);
                    quote!(#pat #guard => { #fresh #i })
                });
                let second = arms.iter().enumerate().map(|(i, a)| {
                    let e = edge(EdgeKey::Arm(i), a.target.target);
                    quote!(#i => #e)
                });
                let first: Vec<TokenStream> = first.collect();
                let test = quote!(match #scrutinee { #(#first)* });
                // SAFETY (of the generated block): the scrutinee or a guard
                // reaches kept-in-place locals; see `code`.
                let test = if self.place_unsafe.take() {
                    quote!(unsafe { #test })
                } else {
                    test
                };
                quote! {
                    let #k: usize = #test;
                    match #k {
                        #(#second)*
                        _ => #private::invalid_state(),
                    }
                }
            }
            Terminator::ForNext {
                iter,
                pat,
                body,
                done,
                ..
            } => {
                let iter = self.in_place(*iter);
                let fresh = self.fresh(&plan.edges[&EdgeKey::Body]);
                let then = edge(EdgeKey::Body, body.target);
                let els = edge(EdgeKey::Done, done.target);
                if self.layout.blocks[body.target.0].binds_held.is_some() {
                    // The body runs in the arm that binds the pattern (see
                    // `layout::for_bodies_in_place`).
                    return quote! {
                        match ::core::iter::Iterator::next(#iter) {
                            ::core::option::Option::Some(#pat) => #then
                            ::core::option::Option::None => #els
                        }
                    };
                }
                quote! {
                    let #k: bool = match ::core::iter::Iterator::next(#iter) {
                        ::core::option::Option::Some(#pat) => { #fresh true }
                        ::core::option::Option::None => false,
                    };
                    if #k #then else #els
                }
            }
            Terminator::Yield { value, resume } => {
                let value = self.guarded(value, plan, next, &plan.term_returns, Some(true));
                let y = ident("__genfn_yielded");
                let ty = self
                    .spec
                    .yield_ty
                    .as_ref()
                    .filter(|t| annotatable(t))
                    .map(|t| quote!(: #t));
                let saves: TokenStream = plan.edges[&EdgeKey::Resume]
                    .saves
                    .iter()
                    .map(|l| self.save(*l))
                    .collect();
                let r = resume.0 as u32;
                let at = syn::spanned::Spanned::span(&value);
                let binding = relocate(quote!(let #y), at);
                quote! {
                    #binding #ty = #value;
                    #saves
                    #s.state = #r;
                    return #private::CoroutineState::Yielded(#y);
                }
            }
            Terminator::Recurse { frame, resume } => {
                let frame = self.guarded(frame, plan, next, &plan.term_returns, Some(true));
                let callee = ident("__genfn_callee");
                let edge = &plan.edges[&EdgeKey::Resume];
                let saves: TokenStream = edge.saves.iter().map(|l| self.save(*l)).collect();
                let r = resume.0 as u32;
                let (frames, state, dispatch) = (&self.frames, &self.state, &self.dispatch);
                let entry = self.body.entry.0 as u32;
                let call = quote! {
                    #s.state = #r;
                    #s = #frames.call(#callee);
                };
                let call = if self.tail_calls() && edge.saves.is_empty() && self.is_tail(*resume) {
                    let empty = ident("__genfn_holds_nothing");
                    // Held locals still in their slots (a guard kept to the
                    // end of its scope) are dropped after the call returns:
                    // then it is an ordinary call.
                    quote! {
                        if #s.#empty() {
                            *#s = #callee;
                        } else {
                            #call
                        }
                    }
                } else {
                    call
                };
                // The callee starts without a value (PEP 380).
                quote! {
                    let #callee = #frame;
                    #saves
                    #call
                    #state = #entry;
                    #arg = ::core::option::Option::Some(#private::Arg::Start);
                    continue #dispatch;
                }
            }
            Terminator::Delegate {
                source,
                span,
                first,
                resume,
                done,
                result,
            } => {
                let clear_source = self.clear_slot(&s.to_token_stream(), *source);
                let source = self.in_place(*source);
                let resume_ty = &self.spec.resume_ty;
                let step_arg = if *first {
                    first_step_arg(private, resume_ty)
                } else {
                    quote!(#private::take_arg(&mut #arg))
                };
                let (y, r) = (ident("__genfn_yielded"), ident("__genfn_returned"));
                let ty = self
                    .spec
                    .yield_ty
                    .as_ref()
                    .filter(|t| annotatable(t))
                    .map(|t| quote!(: #t));
                let step = relocate(
                    quote!(<_ as #private::Delegate<#resume_ty>>::step(#source, #step_arg)),
                    *span,
                );
                let check_yield = {
                    let value = relocate(quote!(#y), *span);
                    quote!(let #y #ty = #value;)
                };
                let saves: TokenStream = plan.edges[&EdgeKey::Resume]
                    .saves
                    .iter()
                    .map(|l| self.save(*l))
                    .collect();
                let rs = resume.0 as u32;
                let bind = match result {
                    Some(res) => {
                        let name = self.local(*res);
                        quote!(let #name = #r;)
                    }
                    None => quote!(let _ = #r;),
                };
                let fresh = self.fresh(&plan.edges[&EdgeKey::Done]);
                let done = edge(EdgeKey::Done, done.target);
                quote! {
                    match #step {
                        #private::CoroutineState::Yielded(#y) => {
                            #check_yield
                            #saves
                            #s.state = #rs;
                            return #private::CoroutineState::Yielded(#y);
                        }
                        #private::CoroutineState::Complete(#r) => {
                            // The finished sub-generator is dropped now.
                            #clear_source
                            #bind
                            #fresh
                            #done
                        }
                    }
                }
            }
            Terminator::Return(f) => {
                let value = self.guarded(f, plan, next, &plan.term_returns, Some(true));
                self.return_code(value, &plan.term_returns)
            }
            Terminator::Unreachable => quote!(#private::invalid_state()),
        }
    }
}
