//! Terminators: branches, matches, loops' iterators, yields, delegation,
//! recursion, returns.

use super::*;
use crate::ir::{Edge, MatchArm};

impl Emitter<'_> {
    pub(super) fn terminator(
        &self,
        id: BlockId,
        plan: &BlockPlan,
        next: &TokenStream,
    ) -> TokenStream {
        let b = self.body.block(id);
        let private = &self.spec.private;
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        match &b.term {
            Terminator::Goto(e) => edge(EdgeKey::Goto, e.target),
            Terminator::If {
                cond,
                binds,
                then_edge,
                else_edge,
            } => self.if_term(plan, next, cond, binds, then_edge, else_edge),
            Terminator::Match { scrutinee, arms } => self.match_term(plan, next, scrutinee, arms),
            Terminator::ForNext {
                iter,
                pat,
                body,
                done,
                ..
            } => self.for_next(plan, next, *iter, pat, body, done),
            Terminator::Yield { value, resume } => self.yield_term(plan, next, value, *resume),
            Terminator::Recurse { frame, resume } => self.recurse(plan, next, frame, *resume),
            Terminator::Delegate {
                awaits: true,
                source,
                span,
                resume,
                done,
                result,
                ..
            } => self.await_term(plan, next, *source, *span, *resume, done, *result),
            Terminator::Delegate {
                awaits: false,
                source,
                span,
                first,
                resume,
                done,
                result,
            } => self.delegate(plan, next, *source, *span, *first, *resume, done, *result),
            Terminator::Return(f) => {
                let value = self.guarded(f, &self.term_site(plan, next, &[]), Use::Moved);
                self.return_code(value, &plan.term_returns)
            }
            Terminator::Unreachable => quote!(#private::invalid_state()),
        }
    }

    /// `if`: the condition (a let-chain binds its locals in its `then` arm),
    /// then a branch to either edge.
    fn if_term(
        &self,
        plan: &BlockPlan,
        next: &TokenStream,
        cond: &Fragment,
        binds: &[LocalId],
        then_edge: &Edge,
        else_edge: &Edge,
    ) -> TokenStream {
        let k = ident("__genfn_k");
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        let (cond, needs_unsafe) =
            self.guarded_place(cond, &self.term_site(plan, next, binds), Use::Place);
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

    /// `match`: the arms bind their patterns and pick an edge by number.
    fn match_term(
        &self,
        plan: &BlockPlan,
        next: &TokenStream,
        scrutinee: &Fragment,
        arms: &[MatchArm],
    ) -> TokenStream {
        let private = &self.spec.private;
        let k = ident("__genfn_k");
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        let own: Vec<LocalId> = arms.iter().flat_map(|a| a.binds.iter().copied()).collect();
        let site = self.term_site(plan, next, &own);
        let in_unsafe = scrutinee.in_unsafe;
        let (scrutinee, mut needs_unsafe) = self.guarded_place(scrutinee, &site, Use::Place);
        needs_unsafe |= in_unsafe;
        let first = arms.iter().enumerate().map(|(i, a)| {
            let (attrs, pat) = (&a.attrs, &a.pat);
            let guard = a.guard.as_ref().map(|g| {
                let (g, guard_unsafe) = self.code(g, &site, Use::Place);
                needs_unsafe |= guard_unsafe;
                quote!(if #g)
            });
            let fresh = self.fresh(&plan.edges[&EdgeKey::Arm(i)]);
            quote!(#(#attrs)* #pat #guard => { #fresh #i })
        });
        let second = arms.iter().enumerate().map(|(i, a)| {
            let e = edge(EdgeKey::Arm(i), a.target.target);
            quote!(#i => #e)
        });
        let first: Vec<TokenStream> = first.collect();
        let test = quote!(match #scrutinee { #(#first)* });
        // SAFETY (of the generated block): the scrutinee or a guard
        // reaches kept-in-place locals; see `code`.
        let test = if needs_unsafe {
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

    /// The head of a `for` loop: one `next()` of the iterator in its slot.
    fn for_next(
        &self,
        plan: &BlockPlan,
        next: &TokenStream,
        iter: LocalId,
        pat: &syn::Pat,
        body: &Edge,
        done: &Edge,
    ) -> TokenStream {
        let k = ident("__genfn_k");
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        let iter = self.in_place(iter);
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

    /// `yield_!`: save what the resume block needs, then return the value.
    fn yield_term(
        &self,
        plan: &BlockPlan,
        next: &TokenStream,
        value: &Fragment,
        resume: BlockId,
    ) -> TokenStream {
        let private = &self.spec.private;
        let s = &self.s;
        let value = self.guarded(value, &self.term_site(plan, next, &[]), Use::Moved);
        let y = ident("__genfn_yielded");
        let ty = self
            .spec
            .yield_ty
            .as_ref()
            .filter(|t| annotatable(t))
            .map(|t| quote!(: #t));
        let saves = self.suspension_saves(plan);
        let r = resume.0 as u32;
        let yielded = self.ready(quote!(#private::CoroutineState::Yielded(#y)));
        let at = syn::spanned::Spanned::span(&value);
        let binding = relocate(quote!(let #y), at);
        quote! {
            #binding #ty = #value;
            #saves
            #s.state = #r;
            return #yielded;
        }
    }

    /// A recursive call: push the callee's frame (or replace the current one
    /// for a tail call) and run it from its start.
    fn recurse(
        &self,
        plan: &BlockPlan,
        next: &TokenStream,
        frame: &Fragment,
        resume: BlockId,
    ) -> TokenStream {
        let private = &self.spec.private;
        let (s, arg) = (&self.s, &self.arg);
        let frame = self.guarded(frame, &self.term_site(plan, next, &[]), Use::Moved);
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
        let call = if self.tail_calls() && edge.saves.is_empty() && self.is_tail(resume) {
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

    /// One step of `yield_from!`: forward what the delegate yields, or bind
    /// its return value and go on.
    #[allow(clippy::too_many_arguments)] // the variant's fields, one by one
    fn delegate(
        &self,
        plan: &BlockPlan,
        next: &TokenStream,
        source: LocalId,
        span: Span,
        first: bool,
        resume: BlockId,
        done: &Edge,
        result: Option<LocalId>,
    ) -> TokenStream {
        let private = &self.spec.private;
        let (s, arg) = (&self.s, &self.arg);
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        let clear_source = self.clear_slot(&s.to_token_stream(), source);
        let source = self.in_place(source);
        let resume_ty = &self.spec.resume_ty;
        let step_arg = if first {
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
        let step = if self.spec.asynchronous {
            // The delegate lies in its slot of the pinned machine, as an
            // awaited future does (see `await_term`); its resume value is
            // the one this poll got, if it is the step that resumes it.
            let (cx, arg) = (&self.cx, &self.arg);
            let arg = if first {
                quote!(&mut ::core::option::Option::Some(#step_arg))
            } else {
                quote!(&mut #arg)
            };
            // SAFETY (of the generated block): as for `poll_in_place`.
            relocate(
                quote!(#private::AsyncDelegate::<#resume_ty>::poll_step(
                    unsafe { ::core::pin::Pin::new_unchecked(#source) }, #cx, #arg)),
                span,
            )
        } else {
            relocate(
                quote!(<_ as #private::Delegate<#resume_ty>>::step(#source, #step_arg)),
                span,
            )
        };
        let check_yield = {
            let value = relocate(quote!(#y), span);
            quote!(let #y #ty = #value;)
        };
        let saves = self.suspension_saves(plan);
        let rs = resume.0 as u32;
        let bind = self.bind_result(result, &r);
        let fresh = self.fresh(&plan.edges[&EdgeKey::Done]);
        let done = edge(EdgeKey::Done, done.target);
        let yielded = self.ready(quote!(#private::CoroutineState::Yielded(#y)));
        let pending = self.pending();
        let step = if self.spec.asynchronous {
            // Pending: the delegate awaits; the generator suspends at the
            // step that polls it again.
            let state = ident("__genfn_delegate_state");
            quote! {
                match #step {
                    ::core::task::Poll::Ready(#state) => #state,
                    ::core::task::Poll::Pending => {
                        #saves
                        #s.state = #rs;
                        return #pending;
                    }
                }
            }
        } else {
            step
        };
        quote! {
            match #step {
                #private::CoroutineState::Yielded(#y) => {
                    #check_yield
                    #saves
                    #s.state = #rs;
                    return #yielded;
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

    /// One poll of an `.await`'s future, where it lies in its slot: while it
    /// is pending, the generator suspends (the caller's waker is with the
    /// future); once it is ready, the future is dropped in place and its
    /// output bound.
    #[allow(clippy::too_many_arguments)] // the variant's fields, one by one
    fn await_term(
        &self,
        plan: &BlockPlan,
        next: &TokenStream,
        future: LocalId,
        span: Span,
        resume: BlockId,
        done: &Edge,
        result: Option<LocalId>,
    ) -> TokenStream {
        let private = &self.spec.private;
        let (s, cx) = (&self.s, &self.cx);
        let pending = self.pending();
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        let clear_future = self.clear_slot(&s.to_token_stream(), future);
        let future = self.in_place(future);
        // SAFETY (of the generated block): the future was put in its slot of
        // the pinned `AsyncMachine` before its first poll, is reached only
        // through that slot (`LocalKind::InPlace`: never taken out), and
        // leaves it only by being dropped there (`clear_future` below, or
        // the slots' drop).
        let poll = relocate(
            quote!(unsafe { #private::poll_in_place(#future, #cx) }),
            span,
        );
        let saves = self.suspension_saves(plan);
        let rs = resume.0 as u32;
        let output = ident("__genfn_output");
        let bind = self.bind_result(result, &output);
        let fresh = self.fresh(&plan.edges[&EdgeKey::Done]);
        let done = edge(EdgeKey::Done, done.target);
        quote! {
            match #poll {
                ::core::task::Poll::Pending => {
                    #saves
                    #s.state = #rs;
                    return #pending;
                }
                ::core::task::Poll::Ready(#output) => {
                    // The future is done: dropped where it lies.
                    #clear_future
                    #bind
                    #fresh
                    #done
                }
            }
        }
    }

    /// The saves of the locals still needed after a suspension point (the
    /// edge to the block the generator resumes in).
    fn suspension_saves(&self, plan: &BlockPlan) -> TokenStream {
        plan.edges[&EdgeKey::Resume]
            .saves
            .iter()
            .map(|l| self.save(*l))
            .collect()
    }

    /// `let result = value;` for a delegate's return value or an awaited
    /// output (`let _ = value;` when the expression's value is not used).
    fn bind_result(&self, result: Option<LocalId>, value: &syn::Ident) -> TokenStream {
        match result {
            Some(res) => {
                let name = self.local(res);
                quote!(let #name = #value;)
            }
            None => quote!(let _ = #value;),
        }
    }

    /// The site of the terminator's code; `own`: the bindings it makes.
    fn term_site<'a>(
        &self,
        plan: &'a BlockPlan,
        next: &'a TokenStream,
        own: &'a [LocalId],
    ) -> Site<'a> {
        Site {
            plan,
            next,
            returns: &plan.term_returns,
            own,
        }
    }
}
