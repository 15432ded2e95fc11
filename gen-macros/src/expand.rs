//! Strings the phases together for `#[generator]` functions and `gen!{}`.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, ItemFn, Type};

use crate::diagnostics::Diagnostics;
use crate::emit::{MachineSpec, emit};
use crate::lower::{LowerInput, ParamIn, SelfCall, lower};
use crate::parse::{Args, GeneratorFn, InlineGen, Receiver};
use crate::resolve::{NormalizeOptions, normalize};
use crate::shadow::{self, ShadowSpec};
use crate::{analyse, configure, keep, layout, rewrite};

/// What `machine` gives: the state machine's code and what the shadow
/// needs to agree with it.
struct MachineOut {
    tokens: TokenStream,
    /// The locals kept in place.
    kept_names: BTreeSet<String>,
    /// The generator recurses on frames.
    recursive: bool,
    /// See `rewrite::with_reborrowed`.
    reborrowed: BTreeMap<String, bool>,
}

/// Runs lower → analyse → layout → emit on a normalised body.
fn machine(
    params: Vec<ParamIn>,
    mut body: syn::Block,
    self_call: Option<SelfCall>,
    spec_of: impl FnOnce(Vec<syn::Item>) -> MachineSpec,
    debug_name: &str,
    clone: bool,
) -> syn::Result<MachineOut> {
    crate::syntax::machine_lint_levels(&mut body);
    let references: Vec<(String, bool)> = params
        .iter()
        .filter_map(|p| Some((p.ident.to_string(), p.reference?)))
        .collect();
    let left_in_macros = rewrite::names_left_in_macros(&body);
    let statement_macro_names = rewrite::statement_macro_names(&body);
    let macro_locals = rewrite::may_declare_locals(&body);
    let lowered = lower(LowerInput {
        params,
        body,
        self_call,
    })?;
    if let Ok(filter) = std::env::var("GENFN_DEBUG_IR")
        && (filter == "1" || filter == debug_name)
    {
        eprintln!("genfn IR of `{debug_name}`:\n{}", lowered.body.dump());
    }
    let live = analyse::liveness(&lowered.body);
    let kept = keep::kept(&lowered.body, &live);
    if clone && let Some(first) = kept.first() {
        let ident = &lowered.body.local(*first).ident;
        return Err(syn::Error::new(
            ident.span(),
            format!(
                "`{ident}` is borrowed across a suspension point, so the generator keeps it in place \
                 and cannot be `Clone`: remove `clone` from the attribute, or do not hold the borrow \
                 across a `yield_!`"
            ),
        ));
    }
    let recursive = lowered
        .body
        .blocks
        .iter()
        .any(|b| matches!(b.term, crate::ir::Terminator::Recurse { .. }));
    let kept_names = kept
        .iter()
        .map(|l| lowered.body.local(*l).ident.to_string())
        .collect();
    rewrite::check_statement_macros(&statement_macro_names, &kept_names)?;
    let layout = layout::layout(&lowered.body, &live, kept);
    let spec = spec_of(lowered.items);
    let hygienic = left_in_macros.intersection(&kept_names).cloned().collect();
    let locals = lowered
        .body
        .locals
        .iter()
        .map(|l| l.ident.to_string())
        .collect();
    // Kept reference parameters that no other binding of the body names:
    // macros receive them reborrowed, by name (`rewrite::with_reborrowed`).
    let reborrowed: BTreeMap<String, bool> = references
        .into_iter()
        .filter(|(name, _)| {
            kept_names.contains(name)
                && lowered
                    .body
                    .locals
                    .iter()
                    .filter(|l| l.ident == name)
                    .count()
                    == 1
        })
        .collect();
    let tokens = rewrite::with_body_locals(locals, macro_locals, || {
        rewrite::with_reborrowed(reborrowed.clone(), || {
            rewrite::with_hygienic_pointers(hygienic, || emit(&lowered.body, &layout, &spec))
        })
    });
    Ok(MachineOut {
        tokens,
        kept_names,
        recursive,
        reborrowed,
    })
}

/// `#[generator(..)] fn ..`
pub fn generator(args: Args, item: ItemFn) -> syn::Result<TokenStream> {
    let ide = crate::ide::requested();
    crate::ide::with(ide, || generator_expansion(args, item, ide))
}

/// The expansion of a generator function: for rustc, or the editor view
/// (`ide`: the signature, the shadow and a stand-in machine; see the `ide`
/// module).
pub(crate) fn generator_expansion(
    args: Args,
    mut item: ItemFn,
    ide: bool,
) -> syn::Result<TokenStream> {
    let private = match &args.krate {
        Some(path) => quote!(#path::__private),
        None => quote!(::genfn::__private),
    };
    if let Some(again) = configure::configure(&mut item, &args.tokens, &private) {
        // rustc evaluates the predicates of the body's `cfg`s, then calls
        // the attribute again.
        debug_expansion(&item.sig.ident.to_string(), &again);
        return Ok(again);
    }
    let id = identity(&item);
    let mut f = GeneratorFn::from_item(item)?;
    let resume_ty: Type = args
        .resume_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let return_ty = f.return_ty.clone();
    // The state machine keeps the receiver in a slot, as `self_`; the
    // editor view keeps `self`, which its closure captures.
    let self_ident = match &f.receiver {
        Receiver::Present { span, .. } if !ide => {
            Some(Ident::new("self_", Span::mixed_site().located_at(*span)))
        }
        _ => None,
    };
    let normalized = normalize(
        &mut f.body,
        &NormalizeOptions {
            self_ident: self_ident.clone(),
            asynchronous: f.asynchronous,
        },
    );
    let mut errors = Diagnostics::default();
    let mut yield_ty = args.yield_ty.clone();
    match &normalized {
        Ok(n) => {
            if yield_ty.is_none()
                && let Some(span) = n.first_yield
            {
                errors.push(syn::Error::new(
                        span,
                        "this generator yields, but its attribute does not say what: add `yield = Type`, as in `#[generator(yield = u32)]`",
                    ));
            }
        }
        Err(e) => errors.push(e.clone()),
    }
    let yield_ty: Type = yield_ty.take().unwrap_or_else(|| syn::parse_quote!(()));

    let attrs = &f.attrs;

    let (params, param_values, param_tys) = machine_params(&f, self_ident.as_ref());
    let self_call = || SelfCall {
        name: f.ident.to_string(),
        method: matches!(f.receiver, Receiver::Present { .. }),
        params: params.len(),
        id,
        asynchronous: f.asynchronous,
    };
    let self_call_for_shadow = self_call();
    let hint = crate::return_hint::return_hint(&return_ty, &f.generics);
    let self_call = Some(self_call());
    if ide && errors.is_empty() {
        return Ok(editor_view(
            &f,
            &args,
            &private,
            &resume_ty,
            &yield_ty,
            &hint,
            &self_call_for_shadow,
        ));
    }
    let body = if errors.is_empty() {
        let spec_of = |items| MachineSpec {
            private: private.clone(),
            resume_ty: resume_ty.clone(),
            yield_ty: Some(yield_ty.clone()),
            return_ty: Some(return_ty.clone()),
            param_values,
            param_tys,
            capture_move: false,
            items,
            return_hint: hint.as_ref().map(|h| h.call.clone()),
            asynchronous: f.asynchronous,
            clone: args.clone,
            hidden_exits: crate::syntax::calls_opaque_macro(&quote::ToTokens::to_token_stream(
                &f.body,
            )),
        };
        machine(
            params,
            if f.never {
                crate::parse::never_reaches_its_end(&f.body)
            } else {
                f.body.clone()
            },
            self_call,
            spec_of,
            &f.ident.to_string(),
            args.clone,
        )
    } else {
        Err(errors.into_error().expect("at least one error"))
    };
    let shadow = |kept_names: &BTreeSet<String>, reborrowed: BTreeMap<String, bool>| {
        let (rebind, patterns) = shadow_params(&f, self_ident.as_ref());
        rewrite::with_reborrowed(reborrowed, || {
            shadow::shadow(
                &f.body,
                &ShadowSpec {
                    private: &private,
                    resume_ty: &resume_ty,
                    yield_ty: Some(&yield_ty),
                    return_ty: Some(&return_ty),
                    params: rebind,
                    patterns,
                    self_call: Some(&self_call_for_shadow),
                    kept: kept_names,
                    return_hint: hint.as_ref().map(|h| &h.call),
                    asynchronous: f.asynchronous,
                    bind_body: false,
                },
            )
        })
    };
    let (body, recursive) = match body {
        Ok(MachineOut {
            tokens,
            kept_names,
            recursive,
            reborrowed,
        }) => {
            let shadow = shadow(&kept_names, reborrowed);
            let hint_item = hint.as_ref().map(|h| &h.item);
            (quote!({ #hint_item #shadow #tokens }), recursive)
        }
        Err(e) => {
            // A stub with the right type, so that callers type-check and the
            // user sees only the real errors.
            let stub = stub(
                &private,
                &resume_ty,
                &yield_ty,
                &return_ty,
                f.asynchronous,
                Some(e),
            );
            (stub, false)
        }
    };
    // A generator whose recursive calls run on frames says who it is, for
    // the shadow's check of those calls (`lower::frame_call`).
    let id = recursive.then_some(id);
    // A recursive async generator boxes each level as `Send` (see
    // `recurses`), which its own opaque type must then promise.
    let send = f.asynchronous && recurses(&f.body, &self_call_for_shadow);
    let promises = Promises {
        clone: args.clone,
        send,
        id,
    };
    let signature = signature(
        &f, &private, &resume_ty, &yield_ty, &return_ty, promises, false,
    );
    let out = quote! {
        #(#attrs)*
        #[allow(refining_impl_trait)]
        #signature
        #body
    };
    debug_expansion(&f.ident.to_string(), &out);
    Ok(out)
}

/// Whether a parameter of type `ty` is a shared reference or a raw
/// pointer, so that a pointer taken through it points to what it refers to,
/// not into it, and stays valid while the parameter moves between its slot
/// and a step. Not a `&mut` reference: each move of it out of its slot
/// reborrows it uniquely, which invalidates the pointers taken through it
/// before (Stacked and Tree Borrows), where the function never moved it.
pub(crate) fn refers(ty: &Type) -> bool {
    match ty {
        Type::Reference(r) => r.mutability.is_none(),
        Type::Ptr(_) => true,
        Type::Paren(p) => refers(&p.elem),
        Type::Group(g) => refers(&g.elem),
        _ => false,
    }
}

/// What the returned `impl Body` promises besides its types: `Clone`
/// (the `clone` key), `Send` (a recursive async generator), and its
/// identity `Recursion<ID>` (a generator recursing on frames).
struct Promises {
    clone: bool,
    send: bool,
    id: Option<u128>,
}

/// Whether the (normalised) body delegates to a call of the function being
/// defined: `yield_from!(walk(..))`.
fn recurses(body: &syn::Block, target: &SelfCall) -> bool {
    use syn::visit::Visit;
    struct Finder<'a>(&'a SelfCall, bool);
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_expr(&mut self, e: &'ast syn::Expr) {
            if let Some(crate::resolve::Suspend::YieldFrom(source)) = crate::resolve::suspension(e)
                && crate::lower::is_self_call(self.0, source)
            {
                self.1 = true;
            }
            syn::visit::visit_expr(self, e);
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Finder(target, false);
    f.visit_block(body);
    f.1
}

/// The machine's view of the parameters: the receiver (as `self_`) then
/// each parameter, with the value and the type (where it can be written)
/// each frame is built from.
fn machine_params(
    f: &GeneratorFn,
    self_ident: Option<&Ident>,
) -> (Vec<ParamIn>, Vec<TokenStream>, Vec<Option<Type>>) {
    let mut params = Vec::new();
    let mut param_values = Vec::new();
    let mut param_tys = Vec::new();
    if let (
        Some(ident),
        Receiver::Present {
            span,
            ty,
            mutability,
            ..
        },
    ) = (self_ident, &f.receiver)
    {
        params.push(ParamIn {
            ident: ident.clone(),
            pattern: None,
            refers: refers(ty) && !mutability,
            reference: match &**ty {
                Type::Reference(r) => Some(r.mutability.is_some()),
                _ => None,
            },
        });
        let self_token = Ident::new("self", *span);
        param_values.push(quote!(#self_token));
        param_tys.push(crate::emit::annotatable(ty).then(|| (**ty).clone()));
    }
    for p in &f.params {
        params.push(ParamIn {
            ident: p.ident.clone(),
            pattern: p.pattern.clone(),
            // A `mut` one may be given a borrow of a local (`bytes = &v;`).
            refers: refers(&p.ty) && !p.mutability,
            reference: match (&p.ty, &p.pattern) {
                (Type::Reference(r), None) => Some(r.mutability.is_some()),
                _ => None,
            },
        });
        let ident = &p.ident;
        param_values.push(quote!(#ident));
        param_tys.push(crate::emit::annotatable(&p.ty).then(|| p.ty.clone()));
    }
    (params, param_values, param_tys)
}

/// The shadow's view of the parameters: each rebound with its mutability
/// (the receiver as `self_`), and the patterns of destructured ones.
#[allow(clippy::type_complexity)]
fn shadow_params(
    f: &GeneratorFn,
    self_ident: Option<&Ident>,
) -> (Vec<(bool, Ident, TokenStream)>, Vec<(syn::Pat, Ident)>) {
    let mut rebind = Vec::new();
    if let (
        Some(ident),
        Receiver::Present {
            span, mutability, ..
        },
    ) = (self_ident, &f.receiver)
    {
        let self_token = Ident::new("self", *span);
        rebind.push((*mutability, ident.clone(), quote!(#self_token)));
    }
    let mut patterns = Vec::new();
    for p in &f.params {
        let ident = &p.ident;
        rebind.push((p.mutability, ident.clone(), quote!(#ident)));
        if let Some(pat) = &p.pattern {
            patterns.push((pat.clone(), ident.clone()));
        }
    }
    (rebind, patterns)
}

/// Before: a generator function without errors the macro reports itself.
/// After: its editor view (`ide` module): the signature with the
/// parameters as written, the shadow over them (no rebinding: its closure
/// captures the parameters and `self`), and a stand-in machine of the
/// generator's type, never run.
fn editor_view(
    f: &GeneratorFn,
    args: &Args,
    private: &TokenStream,
    resume_ty: &Type,
    yield_ty: &Type,
    hint: &Option<crate::return_hint::ReturnHint>,
    self_call: &SelfCall,
) -> TokenStream {
    let kept = BTreeSet::new();
    let shadow = shadow::shadow(
        &f.body,
        &ShadowSpec {
            private,
            resume_ty,
            yield_ty: Some(yield_ty),
            return_ty: Some(&f.return_ty),
            params: Vec::new(),
            patterns: Vec::new(),
            self_call: Some(self_call),
            kept: &kept,
            return_hint: hint.as_ref().map(|h| &h.call),
            asynchronous: f.asynchronous,
            bind_body: false,
        },
    );
    let hint_item = hint.as_ref().map(|h| &h.item);
    let machine = stub(
        private,
        resume_ty,
        yield_ty,
        &f.return_ty,
        f.asynchronous,
        None,
    );
    // As in the state machine's signature, but for `Recursion<ID>`, whose
    // check the editor view leaves out (recursive calls are boxed there).
    let promises = Promises {
        clone: args.clone,
        send: f.asynchronous && recurses(&f.body, self_call),
        id: None,
    };
    let signature = signature(
        f,
        private,
        resume_ty,
        yield_ty,
        &f.return_ty,
        promises,
        true,
    );
    let attrs = &f.attrs;
    let out = quote! {
        #(#attrs)*
        #[allow(refining_impl_trait)]
        #signature
        { #hint_item #shadow #machine }
    };
    debug_expansion(&f.ident.to_string(), &out);
    out
}

/// Before: the tokens of a generator function whose body does not parse
/// (an editor's half-typed line, `a.` before the next statement).
/// After: for the editor only (`ide` module), the signature as the
/// generator's, and the body's tokens as they are in a closure (an `async`
/// block for an `async fn`) that rust-analyzer parses with its own
/// error recovery, each `yield_!(..)` and `yield_from!(..)` replaced by a
/// value of any type; then a stand-in machine. Completion and hovers keep
/// working while the line is incomplete, and the only error is the
/// editor's own syntax error. Tokens that do not even make a signature
/// are given back unchanged.
pub fn unparsed(args: &Args, item: TokenStream) -> TokenStream {
    use proc_macro2::{Delimiter, TokenTree};
    use syn::parse::Parser;
    let tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    let Some(at) = tokens
        .iter()
        .rposition(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
    else {
        return item;
    };
    let TokenTree::Group(body) = &tokens[at] else {
        return item;
    };
    let head: TokenStream = tokens[..at].iter().cloned().collect();
    let parse_head = |input: syn::parse::ParseStream| {
        let attrs = input.call(syn::Attribute::parse_outer)?;
        let vis: syn::Visibility = input.parse()?;
        let sig: syn::Signature = input.parse()?;
        Ok((attrs, vis, sig))
    };
    let Ok((attrs, vis, sig)) = parse_head.parse2(head) else {
        return item;
    };
    let asynchronous = sig.asyncness.is_some();
    let empty = ItemFn {
        attrs,
        vis,
        sig,
        block: Box::new(syn::parse_quote!({})),
    };
    let Ok(f) = GeneratorFn::from_item(empty) else {
        return item;
    };
    let private = match &args.krate {
        Some(path) => quote!(#path::__private),
        None => quote!(::genfn::__private),
    };
    let resume_ty: Type = args
        .resume_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let yield_ty: Type = args
        .yield_ty
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(()));
    let promises = Promises {
        clone: args.clone,
        send: false,
        id: None,
    };
    let signature = signature(
        &f,
        &private,
        &resume_ty,
        &yield_ty,
        &f.return_ty,
        promises,
        true,
    );
    let raw = without_suspensions(body.stream(), &private);
    let opener = if asynchronous {
        quote!(async move)
    } else {
        quote!(||)
    };
    let machine = stub(
        &private,
        &resume_ty,
        &yield_ty,
        &f.return_ty,
        asynchronous,
        None,
    );
    let attrs = &f.attrs;
    quote! {
        #(#attrs)*
        #[allow(refining_impl_trait)]
        #signature
        {
            let _ = #opener { #raw };
            #machine
        }
    }
}

/// The tokens of a body with each `yield_!(..)` and `yield_from!(..)`
/// replaced by `{ let _ = (..); shadow_resume() }`: the operand still
/// typed, and a value of whatever type the context wants.
fn without_suspensions(tokens: TokenStream, private: &TokenStream) -> TokenStream {
    use proc_macro2::{Group, TokenTree};
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < tokens.len() {
        match (&tokens[i], tokens.get(i + 1), tokens.get(i + 2)) {
            (
                TokenTree::Ident(name),
                Some(TokenTree::Punct(bang)),
                Some(TokenTree::Group(args)),
            ) if (name == "yield_" || name == "yield_from") && bang.as_char() == '!' => {
                let inner = without_suspensions(args.stream(), private);
                out.extend(quote!({ let _ = (#inner); #private::shadow_resume() }));
                i += 3;
            }
            (TokenTree::Group(g), _, _) => {
                let mut group = Group::new(g.delimiter(), without_suspensions(g.stream(), private));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
                i += 1;
            }
            (t, _, _) => {
                out.extend([t.clone()]);
                i += 1;
            }
        }
    }
    out
}

/// The body after an error: the errors, and a machine of the right type,
/// so that callers type-check and the user sees only the real errors.
fn stub(
    private: &TokenStream,
    resume_ty: &Type,
    yield_ty: &Type,
    return_ty: &Type,
    asynchronous: bool,
    e: Option<syn::Error>,
) -> TokenStream {
    let errors = e.map(syn::Error::into_compile_error);
    // A return type with `impl Trait` in it cannot be written in the
    // closure's; left to inference, which has nothing to go by here.
    let written;
    let return_ty = if crate::emit::annotatable(return_ty) {
        return_ty
    } else {
        written = syn::parse_quote!(_);
        &written
    };
    if asynchronous {
        return quote!({
            #errors
            #private::AsyncMachine::new(#private::StubFrame::new(), |_: &mut _, _: &mut ::core::task::Context<'_>, _: &mut ::core::option::Option<#private::Arg<#resume_ty>>| -> ::core::task::Poll<#private::CoroutineState<#yield_ty, #return_ty>> {
                ::core::unreachable!()
            })
        });
    }
    quote!({
        #errors
        #private::Machine::new(#private::StubFrame::new(), |_: &mut _, _: #private::Arg<#resume_ty>| -> #private::CoroutineState<#yield_ty, #return_ty> {
            ::core::unreachable!()
        })
    })
}

/// A number of this function alone, for `Recursion<ID>`: the number of the
/// expansion in this compilation of the crate (the macro's process expands
/// all of a crate's generators, in the same order each time), and a hash of
/// the package and of the function's tokens, which sets it apart from other
/// crates' generators (two get the same number only if their whole text,
/// package and place among their crate's generators are the same). Not the
/// crate's name, which trybuild numbers: the number shows in the compile
/// error, which the ui tests compare.
fn identity(item: &ItemFn) -> u128 {
    use std::hash::{Hash, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static EXPANSIONS: AtomicU64 = AtomicU64::new(0);
    let n = EXPANSIONS.fetch_add(1, Ordering::Relaxed);
    // `DefaultHasher::new()` has fixed keys: the same source gives the same
    // number, as reproducible builds want.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for var in ["CARGO_PKG_NAME", "CARGO_PKG_VERSION"] {
        std::env::var(var).ok().hash(&mut hasher);
    }
    quote!(#item).to_string().hash(&mut hasher);
    (u128::from(hasher.finish()) << 64) | u128::from(n)
}

/// `GENFN_DEBUG_EXPAND=name` (or `1`) prints the expansion, for reading it.
fn debug_expansion(name: &str, tokens: &TokenStream) {
    if let Ok(filter) = std::env::var("GENFN_DEBUG_EXPAND")
        && (filter == "1" || filter == name)
    {
        eprintln!("genfn expansion of `{name}`:\n{tokens}");
    }
}

fn signature(
    f: &GeneratorFn,
    private: &TokenStream,
    resume_ty: &Type,
    yield_ty: &Type,
    return_ty: &Type,
    promises: Promises,
    as_written: bool,
) -> TokenStream {
    let Promises { clone, send, id } = promises;
    let vis = &f.vis;
    let unsafety = &f.unsafety;
    let ident = &f.ident;
    let mut generics = f.generics.clone();
    let mut receiver = match &f.receiver {
        Receiver::Present { tokens, .. } => syn::parse2::<syn::Receiver>(tokens.clone()).ok(),
        Receiver::Absent => None,
    };
    let mut param_tys: Vec<Type> = f.params.iter().map(|p| p.ty.clone()).collect();
    intersect_lifetimes(&mut generics, receiver.as_mut(), &mut param_tys);
    let where_clause = &generics.where_clause;
    // `mut self` is the body's business: the state machine rebinds the
    // receiver, the editor view's closure captures it as declared.
    let mut_self = match &f.receiver {
        Receiver::Present { mutability, .. } => (as_written && *mutability).then(|| quote!(mut)),
        Receiver::Absent => None,
    };
    let receiver = match (&f.receiver, &receiver) {
        (Receiver::Present { .. }, Some(r)) => quote!(#mut_self #r,),
        (Receiver::Present { tokens, .. }, None) => quote!(#mut_self #tokens,),
        (Receiver::Absent, _) => quote!(),
    };
    // The state machine takes each parameter by a name (a destructured one
    // is bound by the body); the editor view takes them as written, `mut`
    // and patterns included, for its closure to capture.
    let params = f.params.iter().zip(&param_tys).map(|(p, ty)| {
        let (attrs, ident) = (&p.attrs, &p.ident);
        match (&p.pattern, as_written) {
            (Some(pattern), true) => quote!(#(#attrs)* #pattern: #ty),
            (None, true) if p.mutability => quote!(#(#attrs)* mut #ident: #ty),
            _ => quote!(#(#attrs)* #ident: #ty),
        }
    });
    let clone = clone.then(|| quote!(+ ::core::clone::Clone));
    let send = send.then(|| quote!(+ ::core::marker::Send));
    let id = id.map(|id| {
        let id = proc_macro2::Literal::u128_suffixed(id);
        quote!(+ #private::Recursion<#id>)
    });
    let (generator, body) = if f.asynchronous {
        (quote!(AsyncGen), quote!(AsyncBody))
    } else {
        (quote!(Gen), quote!(Body))
    };
    quote! {
        #vis #unsafety fn #ident #generics (#receiver #(#params),*)
            -> #private::#generator<impl #private::#body<Resume = #resume_ty, Yield = #yield_ty, Return = #return_ty> #clone #send #id>
        #where_clause
    }
}

/// Before: a signature whose parameters hold two lifetimes or more (named,
/// elided, `'_`), or that has type parameters.
/// After: the elided ones named, and one more lifetime that all of them
/// outlive. A local that borrows from either of two parameters (`if c { a }
/// else { b }`) has a lifetime shorter than both; kept in the returned
/// generator, it must be one the `impl Body` may capture, and without the
/// extra lifetime none is (E0700 on a body that compiles as a plain fn).
/// Likewise a borrow of a value of a type parameter `T` kept across a yield
/// needs a lifetime `T` outlives (E0310, "`T` may not live long enough",
/// without). Other signatures are left as they are.
fn intersect_lifetimes(
    generics: &mut syn::Generics,
    receiver: Option<&mut syn::Receiver>,
    param_tys: &mut [Type],
) {
    use syn::visit_mut::VisitMut;
    /// Names the elided lifetimes of references and the `'_`s.
    struct Namer {
        named: Vec<syn::Lifetime>,
    }
    impl Namer {
        fn fresh(&mut self) -> syn::Lifetime {
            let l = syn::Lifetime::new(
                &format!("'__genfn_elided{}", self.named.len()),
                Span::mixed_site(),
            );
            self.named.push(l.clone());
            l
        }
    }
    impl VisitMut for Namer {
        fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
            if r.lifetime.is_none() {
                r.lifetime = Some(self.fresh());
            }
            syn::visit_mut::visit_type_reference_mut(self, r);
        }
        fn visit_lifetime_mut(&mut self, l: &mut syn::Lifetime) {
            if l.ident == "_" {
                *l = self.fresh();
            }
        }
        // Their lifetimes are their own.
        fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
        fn visit_type_impl_trait_mut(&mut self, _: &mut syn::TypeImplTrait) {}
        fn visit_type_trait_object_mut(&mut self, _: &mut syn::TypeTraitObject) {}
        fn visit_parenthesized_generic_arguments_mut(
            &mut self,
            _: &mut syn::ParenthesizedGenericArguments,
        ) {
        }
    }
    let mut namer = Namer { named: Vec::new() };
    let mut tys: Vec<Type> = param_tys.to_vec();
    let mut recv = receiver.as_deref().cloned();
    if let Some(r) = &mut recv
        && let Some((_, lifetime)) = &mut r.reference
        && lifetime.is_none()
    {
        *lifetime = Some(namer.fresh());
    }
    for ty in &mut tys {
        namer.visit_type_mut(ty);
    }
    let declared: Vec<syn::Lifetime> = generics.lifetimes().map(|l| l.lifetime.clone()).collect();
    let type_params: Vec<syn::Ident> = generics.type_params().map(|t| t.ident.clone()).collect();
    /// The `impl Trait`s of argument position: anonymous type parameters,
    /// which need the same bound as named ones.
    struct ImplArgs<'a>(Option<&'a syn::Lifetime>, usize);
    impl VisitMut for ImplArgs<'_> {
        fn visit_type_impl_trait_mut(&mut self, t: &mut syn::TypeImplTrait) {
            self.1 += 1;
            if let Some(l) = self.0 {
                t.bounds.push(syn::TypeParamBound::Lifetime(l.clone()));
            }
        }
        fn visit_type_bare_fn_mut(&mut self, _: &mut syn::TypeBareFn) {}
        fn visit_type_trait_object_mut(&mut self, _: &mut syn::TypeTraitObject) {}
    }
    let mut count = ImplArgs(None, 0);
    tys.iter_mut().for_each(|t| count.visit_type_mut(t));
    if declared.len() + namer.named.len() < 2 && type_params.is_empty() && count.1 == 0 {
        return;
    }
    let outlived = syn::Lifetime::new("'__genfn_shortest", Span::mixed_site());
    let mut bound = ImplArgs(Some(&outlived), 0);
    tys.iter_mut().for_each(|t| bound.visit_type_mut(t));
    let at = generics.lifetimes().count();
    for (i, l) in namer.named.iter().chain([&outlived]).enumerate() {
        let param = syn::GenericParam::Lifetime(syn::LifetimeParam::new(l.clone()));
        generics.params.insert(at + i, param);
    }
    // Each bound goes where the parameter's other bounds are (inline, or
    // in the where clause), as clippy's `multiple_bound_locations` wants.
    // A borrow of a value of a type parameter (`t.as_ref()` kept across a
    // yield) needs a lifetime that the parameter outlives, or `T: 'static`.
    let in_where: Vec<String> = generics
        .where_clause
        .iter()
        .flat_map(|w| &w.predicates)
        .filter_map(|p| match p {
            syn::WherePredicate::Lifetime(l) => Some(l.lifetime.to_string()),
            syn::WherePredicate::Type(t) => {
                Some(quote::ToTokens::to_token_stream(&t.bounded_ty).to_string())
            }
            _ => None,
        })
        .collect();
    let in_where_clause = |name: &str| in_where.iter().any(|n| n == name);
    let mut predicates: Vec<syn::WherePredicate> = Vec::new();
    for param in generics.params.iter_mut() {
        match param {
            syn::GenericParam::Lifetime(l) if l.lifetime != outlived => {
                if in_where_clause(&l.lifetime.to_string()) {
                    predicates.push(syn::parse_quote!(#l: #outlived));
                } else {
                    l.bounds.push(outlived.clone());
                }
            }
            syn::GenericParam::Type(t) => {
                if in_where_clause(&t.ident.to_string()) {
                    let ident = &t.ident;
                    predicates.push(syn::parse_quote!(#ident: #outlived));
                } else {
                    t.bounds
                        .push(syn::TypeParamBound::Lifetime(outlived.clone()));
                }
            }
            _ => {}
        }
    }
    if !predicates.is_empty() {
        generics.make_where_clause().predicates.extend(predicates);
    }
    if let (Some(r), Some(named)) = (receiver, recv) {
        *r = named;
    }
    param_tys.clone_from_slice(&tys);
}

/// `gen_!{ .. }` / `gen_!(move { .. })`, or `async_gen_!{ .. }` when
/// `asynchronous` (`.await` inside, an `AsyncGen`).
pub fn inline(input: InlineGen, asynchronous: bool) -> syn::Result<TokenStream> {
    let ide = crate::ide::requested();
    crate::ide::with(ide, || inline_expansion(input, asynchronous, ide))
}

/// The expansion of an inline generator, for rustc or (`ide`) the editor:
/// the shadow, and a stand-in generator whose types it gives.
pub(crate) fn inline_expansion(
    input: InlineGen,
    asynchronous: bool,
    ide: bool,
) -> syn::Result<TokenStream> {
    let name = if asynchronous { "async_gen_!" } else { "gen_!" };
    let mut body = input.body;
    let private = quote!(::genfn::__private);
    let values = input.cfg_values.as_deref();
    if let Some(again) =
        configure::configure_inline(&mut body, values, &input.tokens, &private, asynchronous)
    {
        debug_expansion(name, &again);
        return Ok(again);
    }
    normalize(
        &mut body,
        &NormalizeOptions {
            self_ident: None,
            asynchronous,
        },
    )?;
    let resume: Type = syn::parse_quote!(());
    // An inline generator's shadow: no parameters, its types inferred.
    let inline_shadow = |kept: &BTreeSet<String>, bind_body: bool| {
        shadow::shadow(
            &body,
            &ShadowSpec {
                private: &private,
                resume_ty: &resume,
                yield_ty: None,
                return_ty: None,
                params: Vec::new(),
                patterns: Vec::new(),
                self_call: None,
                kept,
                return_hint: None,
                asynchronous,
                bind_body,
            },
        )
    };
    if ide {
        let shadow = inline_shadow(&BTreeSet::new(), true);
        let (channel, body) = (
            Ident::new("caller", Span::mixed_site()),
            Ident::new("__genfn_body", Span::mixed_site()),
        );
        // The body's type first: its closure borrows the channel mutably
        // until then.
        let stand_in = if asynchronous {
            quote! {
                let #body = #private::outputs(&#body);
                #private::editor_async_gen(&#channel, #body)
            }
        } else {
            quote! {
                let #body = #private::returns(&#body);
                #private::editor_gen(&#channel, #body)
            }
        };
        return Ok(quote!({ #shadow #stand_in }));
    }

    let spec_of = |items| MachineSpec {
        private: private.clone(),
        resume_ty: syn::parse_quote!(()),
        yield_ty: None,
        return_ty: None,
        param_values: Vec::new(),
        param_tys: Vec::new(),
        capture_move: input.capture.is_some(),
        items,
        return_hint: None,
        asynchronous,
        clone: !asynchronous,
        hidden_exits: false,
    };
    let MachineOut {
        tokens: machine,
        kept_names,
        ..
    } = machine(Vec::new(), body.clone(), None, spec_of, name, false)?;
    let shadow = inline_shadow(&kept_names, false);
    Ok(quote!({ #shadow #machine }))
}
