//! Token builders that the shadow shares with the state machine, so that an
//! error about the user's code is reported once.

use super::*;

/// A recursive call's generator, boxed (`maybe`: only if it is a generator).
pub fn boxed_tokens(
    private: &TokenStream,
    source: &Expr,
    span: Span,
    maybe: bool,
    asynchronous: bool,
) -> TokenStream {
    if !maybe {
        let boxed = if asynchronous {
            relocate(quote!(#private::boxed_async), span)
        } else {
            relocate(quote!(#private::boxed), span)
        };
        return quote!(#boxed(#source));
    }
    let src = ident("__genfn_recursive");
    let probe = relocate(
        quote!((&&#private::MaybeBoxed::new(&#src)).box_kind().apply(#src)),
        span,
    );
    quote!({
        let #src = #source;
        #[allow(unused_imports)]
        use #private::{ViaBox as _, ViaBoxAsync as _, ViaKeep as _};
        #probe
    })
}

/// The argument of a delegation's first step: no value (PEP 380 starts the
/// sub-generator with `next`), or, for generators resumed with `()`, the
/// unit value, which also continues a sub-generator that already started.
pub fn first_step_arg(private: &TokenStream, resume: &Type) -> TokenStream {
    match resume {
        Type::Tuple(t) if t.elems.is_empty() => quote!(#private::Arg::<()>::Value(())),
        _ => quote!(#private::Arg::<#resume>::Start),
    }
}

/// `e?`: `match Branch::branch(e) { Continue(v) => v, Break(r) => <on_break> }`,
/// spanned at the `?` (shared by the state machine and the shadow so that an
/// error is reported once).
pub fn try_tokens(
    private: &TokenStream,
    inner: &Expr,
    span: Span,
    on_break: TokenStream,
) -> TokenStream {
    let (v, r) = (ident("__genfn_continue"), ident("__genfn_residual"));
    let branch = relocate(quote!(match #private::Branch::branch), span);
    let arms = relocate(
        quote!({
            ::core::ops::ControlFlow::Continue(#v) => #v,
            ::core::ops::ControlFlow::Break(#r) => #on_break,
        }),
        span,
    );
    quote!(#branch(#inner) #arms)
}

/// What `yield_from!(source)` delegates to: autoref specialisation picks a
/// generator with the same resume type, reports one with another, or drains
/// an iterable. Spanned at the user's operand.
pub fn delegate_tokens(
    private: &TokenStream,
    resume: &Type,
    source: &Expr,
    span: Span,
    asynchronous: bool,
) -> TokenStream {
    let src = ident("__genfn_source");
    // An async generator also delegates to async generators (one with
    // another resume type is an error) and streams, tried first (three more
    // levels of the probe).
    let (refs, async_probes) = if asynchronous {
        (
            quote!(&&&&&&&),
            quote! {
                #[allow(unused_imports)]
                use #private::{ViaAsyncGen as _, ViaAsyncMismatch as _, ViaStream as _};
            },
        )
    } else {
        (quote!(&&&&), quote!())
    };
    let probe = relocate(
        quote! {
            (#refs #private::DelegateProbe::<_, #resume>::new(&#src)).delegate_kind().wrap(#src)
        },
        span,
    );
    quote!({
        let #src = #source;
        #[allow(unused_imports)]
        use #private::{ViaCoroutine as _, ViaForeign as _, ViaIter as _, ViaMismatch as _};
        #async_probes
        #probe
    })
}
