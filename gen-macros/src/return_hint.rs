//! The expected type of a return value that contains `impl Trait`.
//!
//! In a plain function, `-> impl Fn(&usize) -> u64` tells rustc the
//! signature of the closure the body returns, before it looks at the
//! closure's body. A generator's return value is stored in the state
//! machine, whose type cannot be written with `impl Trait`, so that
//! expectation would be lost (E0282 on `move |x| *x + k`). The expansion
//! gives it back with a generic identity function declared in the body,
//! whose parameters carry the same bounds:
//!
//! ```text
//! fn __genfn_expect<A0: ?Sized, R0: Fn(&A0) -> u64>(v: R0) -> R0 { v }
//! let __genfn_return = __genfn_expect::<usize, _>(move |x| *x as u64 + k);
//! ```
//!
//! A function declared in the body cannot name the generics of the
//! function or of its `impl`, nor `Self`, so every type the bounds mention
//! becomes a parameter of its own (`A0`), given at the call, where those
//! names are in scope. Named lifetimes and elided ones become inferred
//! lifetime parameters; the elided ones of `Fn(..)` arguments stay, as they
//! make the bound higher-ranked.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::visit::Visit;
use syn::{GenericArgument, PathArguments, Type, TypeParamBound};

/// The helper and how the return value is passed through it.
pub struct ReturnHint {
    /// `fn __genfn_expect<..>(v: ..) -> .. { v }`, declared in the body.
    pub item: TokenStream,
    /// `__genfn_expect::<..>`, applied to the return value.
    pub call: TokenStream,
}

/// The hint for `return_ty`: `None` when it has no `impl Trait`, or when it
/// has one this cannot express (then rustc infers the value as before).
pub fn return_hint(return_ty: &Type, generics: &syn::Generics) -> Option<ReturnHint> {
    if crate::syntax::is_annotatable(return_ty) {
        return None;
    }
    let mut b = Builder::default();
    let param = b.value_ty(return_ty)?;
    let required = b.required_bounds(generics);
    let name = syn::Ident::new("__genfn_expect", Span::mixed_site());
    let lifetimes = &b.lifetimes;
    let abstracted = b.abstracted.iter().map(|(a, _, sized)| {
        let unsized_ = (!sized).then(|| quote!(: ?::core::marker::Sized));
        quote!(#a #unsized_)
    });
    let impls = b.impls.iter().map(|(r, bounds)| quote!(#r: #(#bounds)+*));
    let outlives = b.outlives.iter().map(|(a, l)| quote!(#a: #l));
    let item = quote! {
        #[allow(non_camel_case_types, clippy::all)]
        #[inline(always)]
        fn #name<#(#lifetimes,)* #(#abstracted,)* #(#impls,)*>(value: #param) -> #param
        where
            #(#outlives,)*
            #(#required,)*
        {
            value
        }
    };
    let given = b.abstracted.iter().map(|(_, ty, _)| ty.to_token_stream());
    let inferred = b.impls.iter().map(|_| quote!(_));
    let call = quote!(#name::<#(#given,)* #(#inferred,)*>);
    Some(ReturnHint { item, call })
}

#[derive(Default)]
struct Builder {
    lifetimes: Vec<syn::Lifetime>,
    /// `A<k>`, the type it stands for, and whether it must be `Sized`.
    abstracted: Vec<(syn::Ident, Type, bool)>,
    /// `R<i>` and its bounds.
    impls: Vec<(syn::Ident, Vec<TypeParamBound>)>,
    /// The lifetimes of the `for<..>` binders around the current bound.
    bound_lifetimes: Vec<String>,
    /// `A: 'l` for the parameters behind a reference `&'l ..` (not implied
    /// in a bound, as it would be in a signature).
    outlives: Vec<(syn::Ident, syn::Lifetime)>,
    /// An `impl Trait` is inside a type other than the standard library's
    /// (`Expression<I, .., impl Parser<I>>`), whose definition may require
    /// bounds of its arguments (see `required_bounds`).
    around_user_type: bool,
}

impl Builder {
    /// The trait bounds the function's generics and `where` clause put on
    /// the types given as parameters (`A0: Stream` for `I: Stream`), and
    /// on the types those bounds mention in turn, when a type around an
    /// `impl Trait` may require them of its arguments (winnow's
    /// `Expression<I, ..>` wants `I: Stream`): the helper's signature must
    /// be well formed. Only bounds whose type arguments are the function's
    /// parameters; a bound that cannot be expressed is left out. (Elsewhere
    /// none: a bound the helper states must itself be well formed, which
    /// what it requires of other types could prevent.)
    fn required_bounds(&mut self, generics: &syn::Generics) -> Vec<TokenStream> {
        if !self.around_user_type {
            return Vec::new();
        }
        let params: Vec<String> = generics
            .type_params()
            .map(|t| t.ident.to_string())
            .collect();
        // A type parameter of the function, by name.
        let is_param = |ty: &Type| {
            matches!(ty, Type::Path(p) if p.qself.is_none()
                && p.path.get_ident().is_some_and(|i| params.contains(&i.to_string())))
        };
        // Only bounds whose type arguments are the function's parameters:
        // what a trait requires of another type (`(I, usize)`) could not be
        // given to its parameter here.
        let only_params = |t: &syn::TraitBound| {
            t.path.segments.iter().all(|seg| match &seg.arguments {
                PathArguments::None => true,
                PathArguments::AngleBracketed(a) => a.args.iter().all(|arg| match arg {
                    GenericArgument::Type(t) => is_param(t),
                    GenericArgument::AssocType(at) => is_param(&at.ty),
                    GenericArgument::Lifetime(_) => true,
                    _ => false,
                }),
                PathArguments::Parenthesized(_) => false,
            })
        };
        let mut predicates: Vec<(Type, Vec<TypeParamBound>)> = Vec::new();
        for p in &generics.params {
            if let syn::GenericParam::Type(t) = p {
                let ident = &t.ident;
                predicates.push((
                    syn::parse_quote!(#ident),
                    t.bounds.iter().cloned().collect(),
                ));
            }
        }
        for p in generics.where_clause.iter().flat_map(|w| &w.predicates) {
            if let syn::WherePredicate::Type(t) = p
                && t.lifetimes.is_none()
            {
                predicates.push((t.bounded_ty.clone(), t.bounds.iter().cloned().collect()));
            }
        }
        let mut done = vec![false; predicates.len()];
        let mut out = Vec::new();
        loop {
            let mut changed = false;
            for (i, (ty, bounds)) in predicates.iter().enumerate() {
                let text = ty.to_token_stream().to_string();
                let Some(a) = self
                    .abstracted
                    .iter()
                    .find(|(_, t, _)| t.to_token_stream().to_string() == text)
                    .map(|(a, _, _)| a.clone())
                else {
                    continue;
                };
                if done[i] {
                    continue;
                }
                done[i] = true;
                changed = true;
                for bound in bounds {
                    let TypeParamBound::Trait(t) = bound else {
                        continue;
                    };
                    if !matches!(t.modifier, syn::TraitBoundModifier::None)
                        || t.lifetimes.is_some()
                        || !is_param(ty)
                        || !only_params(t)
                    {
                        continue;
                    }
                    // Types the bound mentions become parameters too; on
                    // failure the ones it added stay unused.
                    let mut t = t.clone();
                    if self.path_args(&mut t.path, false).is_some() {
                        out.push(quote!(#a: #t));
                    }
                }
            }
            if !changed {
                return out;
            }
        }
    }

    /// `&'l elem`: the parameters in `elem` outlive `'l`.
    fn outlive(&mut self, elem: &Type, l: &Option<syn::Lifetime>) {
        let Some(l) = l else { return };
        if self.bound_lifetimes.contains(&l.to_string()) {
            return;
        }
        let tokens = crate::syntax::flatten(elem.to_token_stream());
        for (a, _, _) in &self.abstracted {
            let named = tokens
                .iter()
                .any(|t| matches!(t, proc_macro2::TokenTree::Ident(i) if i == a));
            if named {
                self.outlives.push((a.clone(), l.clone()));
            }
        }
    }

    fn lifetime(&mut self) -> syn::Lifetime {
        let l = syn::Lifetime::new(
            &format!("'__genfn_l{}", self.lifetimes.len()),
            Span::mixed_site(),
        );
        self.lifetimes.push(l.clone());
        l
    }

    /// A type the helper's parameters stand for, given at the call. It is
    /// `?Sized` only where it may be (`sized` false) and looks unsized: a
    /// trait's own type parameters are `Sized` unless it says otherwise.
    fn abstracted(&mut self, ty: &Type, sized: bool) -> Option<Type> {
        let sized = sized || !looks_unsized(ty);
        if mentions_any(ty, &self.bound_lifetimes) {
            return None;
        }
        // One parameter per type: a struct's bounds may tie two mentions
        // (`OnDrop<T, impl FnMut(&mut T)>`).
        let text = ty.to_token_stream().to_string();
        if let Some((a, _, was_sized)) = self
            .abstracted
            .iter_mut()
            .find(|(_, t, _)| t.to_token_stream().to_string() == text)
        {
            *was_sized |= sized;
            let a = a.clone();
            return Some(syn::parse_quote!(#a));
        }
        let a = syn::Ident::new(
            &format!("__GenfnA{}", self.abstracted.len()),
            Span::mixed_site(),
        );
        self.abstracted.push((a.clone(), ty.clone(), sized));
        Some(syn::parse_quote!(#a))
    }

    /// The type of the helper's value: `ty` with its `impl Trait`s turned
    /// into parameters, and the types around them kept where they contain
    /// one.
    fn value_ty(&mut self, ty: &Type) -> Option<Type> {
        if crate::syntax::is_annotatable(ty) {
            return self.abstracted(ty, true);
        }
        Some(match ty {
            Type::ImplTrait(it) => self.impl_param(&it.bounds)?,
            Type::Reference(r) => {
                let mut r = r.clone();
                r.lifetime = Some(self.lifetime());
                r.elem = Box::new(self.value_ty(&r.elem)?);
                self.outlive(&r.elem, &r.lifetime);
                Type::Reference(r)
            }
            Type::Tuple(t) => {
                let mut t = t.clone();
                for e in t.elems.iter_mut() {
                    *e = self.value_ty(e)?;
                }
                Type::Tuple(t)
            }
            Type::Paren(p) => self.value_ty(&p.elem)?,
            Type::Group(g) => self.value_ty(&g.elem)?,
            Type::Path(p) if p.qself.is_none() && !starts_with_self(&p.path) => {
                let mut p = p.clone();
                self.around_user_type |= !p.path.segments.last().is_some_and(|s| {
                    ["Result", "Option", "Box", "Vec", "Pin", "Rc", "Arc", "Cow"]
                        .iter()
                        .any(|n| s.ident == n)
                });
                self.path_args(&mut p.path, true)?;
                Type::Path(p)
            }
            _ => return None,
        })
    }

    /// A new `R<i>` bounded like the `impl Trait` it stands for.
    fn impl_param(
        &mut self,
        bounds: &syn::punctuated::Punctuated<TypeParamBound, syn::Token![+]>,
    ) -> Option<Type> {
        let mut out = Vec::new();
        for b in bounds {
            match b {
                TypeParamBound::Trait(t) => {
                    let mut t = t.clone();
                    let len = self.bound_lifetimes.len();
                    if let Some(binder) = &t.lifetimes {
                        self.bound_lifetimes
                            .extend(binder.lifetimes.iter().filter_map(|p| match p {
                                syn::GenericParam::Lifetime(l) => Some(l.lifetime.to_string()),
                                _ => None,
                            }));
                    }
                    let ok = self.path_args(&mut t.path, false);
                    self.bound_lifetimes.truncate(len);
                    ok?;
                    out.push(TypeParamBound::Trait(t));
                }
                // Outlives bounds and `use<..>` say nothing about the value's
                // shape.
                TypeParamBound::Lifetime(_) | TypeParamBound::PreciseCapture(_) => {}
                _ => return None,
            }
        }
        let r = syn::Ident::new(&format!("__GenfnR{}", self.impls.len()), Span::mixed_site());
        self.impls.push((r.clone(), out));
        Some(syn::parse_quote!(#r))
    }

    /// The arguments of a path (a trait in a bound, or a type around an
    /// `impl Trait` when `value`), rewritten.
    fn path_args(&mut self, path: &mut syn::Path, value: bool) -> Option<()> {
        for seg in path.segments.iter_mut() {
            match &mut seg.arguments {
                PathArguments::None => {}
                PathArguments::AngleBracketed(a) => {
                    for arg in a.args.iter_mut() {
                        match arg {
                            // A trait's type parameter may be unsized
                            // (`AsRef<str>`); an associated type may not.
                            GenericArgument::Type(t) => *t = self.arg_ty(t, value, false)?,
                            GenericArgument::AssocType(at) => {
                                at.ty = self.arg_ty(&at.ty, value, true)?
                            }
                            GenericArgument::Lifetime(l) => {
                                if !self.bound_lifetimes.contains(&l.to_string()) {
                                    *l = self.lifetime();
                                }
                            }
                            GenericArgument::Const(_) => {}
                            _ => return None,
                        }
                    }
                }
                // `Fn(A, B) -> C`: elided lifetimes in it make the bound
                // higher-ranked, so references stay references.
                PathArguments::Parenthesized(p) => {
                    for input in p.inputs.iter_mut() {
                        *input = self.sugar_ty(input, true)?;
                    }
                    if let syn::ReturnType::Type(_, out) = &mut p.output {
                        **out = self.sugar_ty(out, true)?;
                    }
                }
            }
        }
        Some(())
    }

    /// A type argument of a bound, or of a type around an `impl Trait`.
    fn arg_ty(&mut self, ty: &Type, value: bool, sized: bool) -> Option<Type> {
        if value {
            return self.value_ty(ty);
        }
        match ty {
            Type::ImplTrait(it) => self.impl_param(&it.bounds),
            Type::Reference(r) => {
                let mut r = r.clone();
                let named = r
                    .lifetime
                    .as_ref()
                    .is_some_and(|l| self.bound_lifetimes.contains(&l.to_string()));
                if !named {
                    r.lifetime = Some(self.lifetime());
                }
                r.elem = Box::new(self.arg_ty(&r.elem, false, false)?);
                self.outlive(&r.elem, &r.lifetime);
                Some(Type::Reference(r))
            }
            _ if crate::syntax::is_annotatable(ty) && !has_lifetime(ty) => {
                self.abstracted(ty, sized)
            }
            _ => None,
        }
    }

    /// A type in `Fn(..) -> ..` sugar: references kept (elided lifetimes
    /// there are the bound's own), everything else given at the call.
    fn sugar_ty(&mut self, ty: &Type, sized: bool) -> Option<Type> {
        match ty {
            Type::Reference(r) => {
                let mut r = r.clone();
                r.elem = Box::new(self.sugar_ty(&r.elem, false)?);
                Some(Type::Reference(r))
            }
            Type::Tuple(t) => {
                let mut t = t.clone();
                for e in t.elems.iter_mut() {
                    *e = self.sugar_ty(e, true)?;
                }
                Some(Type::Tuple(t))
            }
            Type::ImplTrait(_) => None,
            _ if has_lifetime(ty) => None,
            _ => self.abstracted(ty, sized),
        }
    }
}

/// `str`, `[T]`, `dyn Trait`, `Path`, `OsStr`, `CStr`.
fn looks_unsized(ty: &Type) -> bool {
    match ty {
        Type::Slice(_) | Type::TraitObject(_) => true,
        Type::Paren(p) => looks_unsized(&p.elem),
        Type::Group(g) => looks_unsized(&g.elem),
        Type::Path(p) if p.qself.is_none() => p.path.segments.last().is_some_and(|s| {
            ["str", "Path", "OsStr", "CStr"]
                .iter()
                .any(|n| s.ident == n)
        }),
        _ => false,
    }
}

fn starts_with_self(path: &syn::Path) -> bool {
    path.segments.first().is_some_and(|s| s.ident == "Self")
}

/// Whether `ty` has a lifetime in it, written or elided (`&T`).
fn has_lifetime(ty: &Type) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_lifetime(&mut self, _: &'ast syn::Lifetime) {
            self.0 = true;
        }
        fn visit_type_reference(&mut self, _: &'ast syn::TypeReference) {
            self.0 = true;
        }
    }
    let mut f = Finder(false);
    f.visit_type(ty);
    f.0
}

/// Whether `ty` names one of `lifetimes`.
fn mentions_any(ty: &Type, lifetimes: &[String]) -> bool {
    struct Finder<'a>(&'a [String], bool);
    impl<'ast> Visit<'ast> for Finder<'_> {
        fn visit_lifetime(&mut self, l: &'ast syn::Lifetime) {
            self.1 |= self.0.contains(&l.to_string());
        }
    }
    let mut f = Finder(lifetimes, false);
    f.visit_type(ty);
    f.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(ty: &str) -> Option<(String, String)> {
        let ty: Type = syn::parse_str(ty).unwrap();
        return_hint(&ty, &syn::Generics::default())
            .map(|h| (h.item.to_string(), h.call.to_string()))
    }

    #[test]
    fn no_hint_without_impl_trait() {
        assert!(hint("Vec<u8>").is_none());
        assert!(hint("&'a str").is_none());
    }

    #[test]
    fn a_closure_bound_keeps_its_references() {
        let (item, call) = hint("impl Fn(&usize) -> u64 + '_").unwrap();
        assert!(
            item.contains("__GenfnR0 : Fn (& __GenfnA0) -> __GenfnA1"),
            "{item}"
        );
        assert_eq!(call, "__genfn_expect :: < usize , u64 , _ , >");
        let (item, _) = hint("impl Fn(&str) -> bool").unwrap();
        assert!(
            item.contains("__GenfnA0 : ? :: core :: marker :: Sized"),
            "{item}"
        );
    }

    #[test]
    fn a_trait_s_type_parameters_stay_sized() {
        let (item, _) = hint("impl Parser<I, <I as Stream>::Slice, E>").unwrap();
        assert!(!item.contains("Sized"), "{item}");
        let (item, _) = hint("impl AsRef<str>").unwrap();
        assert!(
            item.contains("__GenfnA0 : ? :: core :: marker :: Sized"),
            "{item}"
        );
    }

    #[test]
    fn types_around_an_impl_are_kept_and_their_arguments_given() {
        let (item, call) = hint("Result<impl Iterator<Item = T>, E>").unwrap();
        assert!(
            item.contains("value : Result < __GenfnR0 , __GenfnA1 >"),
            "{item}"
        );
        assert!(
            item.contains("__GenfnR0 : Iterator < Item = __GenfnA0 >"),
            "{item}"
        );
        assert_eq!(call, "__genfn_expect :: < T , E , _ , >");
    }

    #[test]
    fn the_bounds_of_the_given_types_come_along() {
        let ty: Type = syn::parse_str("Expression<I, O, P, impl Parser<I, O, E>, E>").unwrap();
        let item: syn::ItemFn = syn::parse_str(
            "fn f<I: Stream, O, P, E>() where P: Parser<I, O, E>, E: ParserError<I>, \
             E: FromExternalError<(I, usize)> {}",
        )
        .unwrap();
        let h = return_hint(&ty, &item.sig.generics).unwrap();
        let item = h.item.to_string();
        assert!(item.contains("__GenfnA0 : Stream"), "{item}");
        assert!(
            item.contains("__GenfnA2 : Parser < __GenfnA0 , __GenfnA1 , __GenfnA3 >"),
            "{item}"
        );
        assert!(
            item.contains("__GenfnA3 : ParserError < __GenfnA0 >"),
            "{item}"
        );
    }

    #[test]
    fn what_cannot_be_expressed_gets_no_hint() {
        assert!(hint("Self::Out<impl Fn()>").is_none());
        assert!(hint("impl for<'x> Fn(Wrapper<'x>)").is_none());
        assert!(hint("impl Fn(Cow<'_, str>)").is_none());
    }
}
