//! The shadow: the body as the user wrote it, as a never-called closure, so
//! that rustc borrow-checks it as straight-line code (SOUNDNESS.md).
//!
//! The state machine keeps locals that are borrowed across a suspension point
//! in place and reaches them through raw pointers, which the borrow checker
//! cannot see through. The shadow performs the same operations in the same
//! order with ordinary locals: a use after move, a dangling borrow or an
//! aliasing violation in the user's code is a compile error there, and the
//! state machine inherits that proof. It also checks that the body uses
//! `unsafe` where it must, since the state machine wraps code that touches a
//! kept-in-place local in `unsafe` blocks.
//!
//! Suspension points become expressions of the same types: `yield_!(v)` checks
//! `v` against the yield type and evaluates to a `R` out of nothing;
//! `yield_from!(x)` builds the same delegate as the state machine and
//! evaluates to its return type. `return` and `?` check their values against
//! the return type. The code that does these checks is the same tokens with
//! the same spans as in the state machine, so that rustc reports an error in
//! the user's code once.

use std::collections::BTreeSet;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Stmt, Type};

use crate::emit::relocate;
use crate::resolve::{Suspend, suspension};

pub struct ShadowSpec<'a> {
    pub private: &'a TokenStream,
    pub resume_ty: &'a Type,
    pub yield_ty: Option<&'a Type>,
    pub return_ty: Option<&'a Type>,
    /// `let [mut] name = conjure(&value);` rebindings of the parameters.
    pub params: Vec<(bool, syn::Ident, TokenStream)>,
    /// What a direct recursion looks like (boxed, as in the state machine).
    pub self_call: Option<&'a crate::lower::SelfCall>,
    /// Destructuring patterns of parameters, bound after the rebindings.
    pub patterns: Vec<(syn::Pat, syn::Ident)>,
    /// The names of the locals the state machine keeps in place.
    pub kept: &'a BTreeSet<String>,
    /// See `MachineSpec::return_hint`.
    pub return_hint: Option<&'a TokenStream>,
    /// An `async fn`'s body: the shadow is an `async` block (never polled),
    /// so that rustc checks borrows held across its `.await`s.
    pub asynchronous: bool,
    /// Bind the closure (or `async` block) to `__genfn_body` rather than
    /// `_`: the editor view of an inline generator takes its return type
    /// from it.
    pub bind_body: bool,
}

fn ident(name: &str) -> syn::Ident {
    syn::Ident::new(name, Span::mixed_site())
}

fn annotation(ty: Option<&Type>) -> Option<TokenStream> {
    ty.filter(|t| crate::emit::annotatable(t))
        .map(|t| quote!(: #t))
}

/// `{ let __genfn_return: T = value; __genfn_return }`, spanned like the state
/// machine's return.
pub fn checked_return(
    value: &TokenStream,
    return_ty: Option<&Type>,
    hint: Option<&TokenStream>,
) -> TokenStream {
    let ret = ident("__genfn_return");
    let ty = annotation(return_ty);
    let at = value
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span());
    let value = match hint {
        Some(hint) => quote!(#hint(#value)),
        None => value.clone(),
    };
    let binding = relocate(quote!(let #ret), at);
    quote!({ #binding #ty = #value; #ret })
}

/// Before: the normalised body of a generator.
/// After: `let _ = || { <parameters> <body with suspension points replaced> };`
pub fn shadow(body: &syn::Block, spec: &ShadowSpec<'_>) -> TokenStream {
    let mut body = body.clone();
    let mut rewriter = SuspensionRewriter {
        spec,
        channel: ident("caller"),
        yields: false,
    };
    rewriter.visit_block_mut(&mut body);
    let mut mirror = MoveMirror {
        kept: spec.kept,
        moved: false,
    };
    mirror.visit_block_mut(&mut body);
    crate::rewrite::shadow_macro_handles(&mut body, spec.kept);
    // A local that a mirrored closure mutates is declared `mut` by the user
    // but mutated here through the closure's own binding.
    let unused_mut = mirror.moved.then(|| quote!(unused_mut,));
    let private = spec.private;
    // The channel's yield type: the declared one, or inferred from the yields
    // (`impl Trait`, `gen_!{}`), or `()` when nothing would infer it.
    let channel_yield = match annotation(spec.yield_ty) {
        Some(_) => spec.yield_ty.map(ToTokens::to_token_stream),
        None => None,
    }
    .unwrap_or_else(|| {
        if rewriter.yields {
            quote!(_)
        } else {
            quote!(())
        }
    });
    let channel_resume = match annotation(Some(spec.resume_ty)) {
        Some(_) => spec.resume_ty.to_token_stream(),
        None => quote!(_),
    };
    let channel = &rewriter.channel;
    let rebind = spec.params.iter().map(|(mutable, name, value)| {
        let mutability = mutable.then(|| quote!(mut));
        quote!(let #mutability #name = #private::conjure(&#value);)
    });
    let patterns = spec
        .patterns
        .iter()
        .map(|(pat, name)| quote!(let #pat = #name;));
    let mut stmts = body.stmts.clone();
    crate::lower::tail_statement_macro(&mut stmts);
    let stmts = &stmts;
    let body_name = if spec.bind_body {
        ident("__genfn_body").to_token_stream()
    } else {
        quote!(_)
    };
    let opener = if spec.asynchronous {
        quote!(async)
    } else {
        quote!(||)
    };
    // The tail checks the return value like the state machine's return.
    let (stmts, tail) = match stmts.last() {
        // A diverging tail (`panic!(..)`) stays a statement, as in the state
        // machine (no `diverging_sub_expression` lint on the user's code).
        Some(Stmt::Expr(e, None)) if !stmts.last().is_some_and(crate::lower::diverges) => {
            let value = checked_return(&tail_value(e), spec.return_ty, spec.return_hint);
            (&stmts[..stmts.len() - 1], value)
        }
        _ if stmts.last().is_some_and(crate::lower::diverges) => (&stmts[..], quote!()),
        _ => {
            let close = body.brace_token.span.close();
            let unit = quote::quote_spanned!(close=> ());
            (
                &stmts[..],
                checked_return(&unit, spec.return_ty, spec.return_hint),
            )
        }
    };
    quote! {
        #[allow(unused_mut, unused_variables)]
        let mut #channel = #private::ShadowChannel::<#channel_yield, #channel_resume>::new();
        #[allow(#unused_mut unreachable_code, clippy::let_and_return, clippy::needless_return, clippy::diverging_sub_expression)]
        let #body_name = #opener {
            #(#rebind)*
            #(#patterns)*
            #(#stmts)*
            #tail
        };
    }
}

/// The body's tail as the value of the return: in a block if it has
/// attributes (allowed on a block's tail, not on an operand), the block
/// at the expression but from the expansion (`unused_braces` does not
/// apply: the braces are not the user's).
fn tail_value(e: &Expr) -> TokenStream {
    if crate::syntax::expr_attrs_ref(e).is_none_or(|a| a.is_empty()) {
        return e.to_token_stream();
    }
    let mut bare = e.clone();
    crate::syntax::take_outer_attrs(&mut bare);
    let span = bare
        .to_token_stream()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span());
    let mut block = proc_macro2::Group::new(proc_macro2::Delimiter::Brace, e.to_token_stream());
    block.set_span(Span::call_site().located_at(span));
    quote!(#block)
}

struct SuspensionRewriter<'a> {
    spec: &'a ShadowSpec<'a>,
    /// The `ShadowChannel` that yielded values go into and resume values
    /// come out of.
    channel: syn::Ident,
    /// Whether the body yields (the channel's type is then inferred from it
    /// where it is not declared).
    yields: bool,
}

impl VisitMut for SuspensionRewriter<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let private = self.spec.private;
        let resume = self.spec.resume_ty;
        if let Some(s) = suspension(e) {
            let new = match s {
                Suspend::Await(future) => {
                    let mut future = future.clone();
                    self.visit_expr_mut(&mut future);
                    let span = match e {
                        Expr::Yield(y) => y.yield_token.span,
                        _ => future.span(),
                    };
                    let dot_await = quote::quote_spanned!(span=> .await);
                    quote!((#future) #dot_await)
                }
                Suspend::Yield(value) => {
                    let mut value = value.cloned().unwrap_or_else(|| syn::parse_quote!(()));
                    self.visit_expr_mut(&mut value);
                    let y = ident("__genfn_yielded");
                    let ty = annotation(self.spec.yield_ty);
                    let binding = relocate(quote!(let #y), value.span());
                    let channel = &self.channel;
                    self.yields = true;
                    quote!({
                        #binding #ty = #value;
                        #channel.yield_(#y)
                    })
                }
                Suspend::YieldFrom(source) => {
                    let mut source = source.clone();
                    self.visit_expr_mut(&mut source);
                    let span = source.span();
                    if let Some(target) = self.spec.self_call
                        && crate::lower::is_self_call(target, &source)
                    {
                        // (Not in the editor view, which runs no frames.)
                        if crate::lower::frame_call(target, &source).is_some()
                            && !crate::ide::active()
                        {
                            // The machine runs this body in a new frame: a
                            // type error unless the call reaches this very
                            // function (`lower::frame_call`).
                            let id = proc_macro2::Literal::u128_suffixed(target.id);
                            let check = relocate(quote!(#private::recursion::<#id, _>), span);
                            source = syn::parse_quote!(#check(#source));
                        }
                        let maybe = matches!(source, Expr::MethodCall(_));
                        let boxed = crate::emit::boxed_tokens(
                            private,
                            &source,
                            span,
                            maybe,
                            self.spec.asynchronous,
                        );
                        source = syn::parse_quote!(#boxed);
                    }
                    let probe = crate::emit::delegate_tokens(
                        private,
                        resume,
                        &source,
                        span,
                        self.spec.asynchronous,
                    );
                    // The same first step as the state machine's, so that an
                    // error about the delegate is reported once.
                    let (d, y, r) = (
                        ident("__genfn_delegate"),
                        ident("__genfn_yielded"),
                        ident("__genfn_returned"),
                    );
                    let step = relocate(
                        if self.spec.asynchronous {
                            quote!(#private::shadow_async_step::<#resume, _>(&mut #d))
                        } else {
                            let arg = crate::emit::first_step_arg(private, resume);
                            quote!(<_ as #private::Delegate<#resume>>::step(&mut #d, #arg))
                        },
                        span,
                    );
                    let ty = annotation(self.spec.yield_ty);
                    let check_yield = {
                        let value = relocate(quote!(#y), span);
                        quote!(let #y #ty = #value;)
                    };
                    let channel = &self.channel;
                    self.yields = true;
                    quote!({
                        let mut #d = #probe;
                        match #step {
                            #private::CoroutineState::Yielded(#y) => {
                                #check_yield
                                // The resume value goes to the delegate.
                                let _ = #channel.yield_(#y);
                                #private::shadow_resume()
                            }
                            #private::CoroutineState::Complete(#r) => #r,
                        }
                    })
                }
            };
            *e = syn::parse2(new).expect("shadow suspension is an expression");
            return;
        }
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
                    .map_or_else(|| quote::quote_spanned!(span=> ()), |v| v.to_token_stream());
                let checked = checked_return(&value, self.spec.return_ty, self.spec.return_hint);
                let ret = relocate(quote!(return), span);
                *e = syn::parse2(quote!(#ret #checked)).expect("return expression");
            }
            Expr::Try(t) => {
                self.visit_expr_mut(&mut t.expr);
                let span = t.question_token.span;
                let inner = &t.expr;
                let r = ident("__genfn_residual");
                let residual = relocate(quote!(#private::FromResidual::from_residual(#r)), span);
                let checked = checked_return(&residual, self.spec.return_ty, self.spec.return_hint);
                let new = crate::emit::try_tokens(private, inner, span, quote!(return #checked));
                *e = syn::parse2(new).expect("`?` expansion");
            }
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Makes the shadow move what the state machine moves: a `move` closure,
/// `async move` block or `gen_!(move ..)` that captures a kept-in-place local
/// takes the whole local out of its slot in the state machine, so the shadow
/// moves the whole local into it too (`{ let mut v = v; move || v.0 }`), and
/// a later use of the rest of it is a use after move here rather than a read
/// of a moved-out slot there. Names are matched over the whole body, which
/// may move more in the shadow than in the machine (a stricter check), never
/// less.
struct MoveMirror<'a> {
    kept: &'a BTreeSet<String>,
    /// Whether a closure was given a whole move.
    moved: bool,
}

impl VisitMut for MoveMirror<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Some(captured) = crate::rewrite::moved_captures(e, self.kept) {
            if !captured.is_empty() {
                self.moved = true;
                let closure = e.clone();
                *e = syn::parse_quote!({
                    #(#[allow(unused_mut)] let mut #captured = #captured;)*
                    #closure
                });
            }
            return;
        }
        visit_mut::visit_expr_mut(self, e);
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
