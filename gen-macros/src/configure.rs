//! Configure phase: the `#[cfg]` and `#[cfg_attr]` attributes inside a
//! generator's body, evaluated by rustc.
//!
//! rustc hands an attribute macro its item as written: the `cfg`s inside
//! the body are still there (it configures only a derive's input). A macro
//! cannot evaluate a predicate itself, but rustc expands an item's own
//! `cfg_attr`s before it calls any attribute macro on it. So when the body
//! holds such attributes (outside macro invocations and nested items), the
//! expansion is the function again, with one outer
//! `#[cfg_attr(P, doc = "genfn cfg i")]` per distinct predicate `P`, a
//! marker that the predicates are there, and `#[generator(..)]` again
//! (through the facade's `__private`). On that second call the markers that
//! survived say which predicates hold: `configure` takes them off, removes
//! the nodes whose `cfg` is false (statements, tails, match arms, fields,
//! elements, arguments, closure and function parameters: where rustc
//! removes them), replaces each `cfg_attr` that holds by its attributes and
//! drops the others, and the expansion goes on as for a body without `cfg`.
//! A body without `cfg` or `cfg_attr` is expanded at once, unchanged.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Expr, FnArg, Item, ItemFn, Meta, Pat, Stmt};

use crate::syntax::expr_attrs;

/// The prefix of the markers' doc strings: `genfn cfg 3` when the fourth
/// predicate holds, `genfn cfg of 5` on every second call.
const MARK: &str = "genfn cfg ";
const COUNT: &str = "of ";

/// Before: the item as rustc handed it to `#[generator(args)]`.
/// After: `Some(tokens)` if rustc must first evaluate the predicates of the
/// body's `cfg`s (the tokens are the item to expand instead); `None` if the
/// item is ready: it had none, or they were evaluated and applied.
pub fn configure(
    item: &mut ItemFn,
    args: &TokenStream,
    private: &TokenStream,
) -> Option<TokenStream> {
    let markers = take_markers(&mut item.attrs);
    let Found {
        predicates,
        malformed,
    } = found(item);
    if predicates.is_empty() && malformed.is_empty() {
        return None;
    }
    // A first call, or markers that are not the ones this body's first call
    // put (written by hand): rustc evaluates the predicates.
    let Some((_, holds)) = markers.filter(|(count, _)| *count == predicates.len()) else {
        return Some(reinvoke(item, args, private, &predicates, &malformed));
    };
    let truth: Vec<(String, bool)> = predicates
        .into_iter()
        .enumerate()
        .map(|(i, p)| (p.key, holds.contains(&i)))
        .collect();
    apply(item, &truth);
    None
}

/// Before: the body of `gen_!{}` and the values of its first predicates
/// (none on a first call).
/// After: `Some(tokens)` if rustc must evaluate one more predicate: a
/// `match ()` whose two arms, `#[cfg(P)]` and `#[cfg(not(P))]`, call the
/// macro again with `P`'s value added (a function-like macro has no outer
/// attributes to record them on); `None` if the body is ready.
pub fn configure_inline(
    body: &mut syn::Block,
    values: Option<&[bool]>,
    tokens: &TokenStream,
    private: &TokenStream,
    asynchronous: bool,
) -> Option<TokenStream> {
    // The macro to call again: `gen_!` or `async_gen_!`.
    let again = if asynchronous {
        quote!(async_gen_)
    } else {
        quote!(gen_)
    };
    let mut found = Found::default();
    Walker {
        mode: Mode::Collect(&mut found),
    }
    .visit_block_mut(body);
    let Found {
        predicates,
        malformed,
    } = found;
    if predicates.is_empty() && malformed.is_empty() {
        return None;
    }
    // Values the first call did not start (written by hand): start again.
    let values = match values {
        Some(v) if v.len() <= predicates.len() => v,
        _ if malformed.is_empty() => &[],
        _ => {
            // A malformed `cfg` on a statement of its own, for rustc to
            // report as in a function.
            let malformed = malformed.iter().map(|a| quote!(#a ();));
            return Some(quote!({
                #(#malformed)*
                #private::#again!(@cfg [] #tokens)
            }));
        }
    };
    if let Some(next) = predicates.get(values.len()) {
        let p = &next.tokens;
        let bits: Vec<_> = values
            .iter()
            .map(|v| proc_macro2::Literal::u8_unsuffixed(u8::from(*v)))
            .collect();
        return Some(quote! {
            match () {
                #[cfg(#p)]
                () => #private::#again!(@cfg [#(#bits)* 1] #tokens),
                #[cfg(not(#p))]
                () => #private::#again!(@cfg [#(#bits)* 0] #tokens),
            }
        });
    }
    let truth: Vec<(String, bool)> = predicates
        .into_iter()
        .zip(values)
        .map(|(p, v)| (p.key, *v))
        .collect();
    Walker {
        mode: Mode::Apply(&truth),
    }
    .visit_block_mut(body);
    None
}

/// A distinct predicate: its tokens as written and their text (the key
/// under which it was evaluated).
pub struct Predicate {
    pub key: String,
    pub tokens: TokenStream,
}

/// What the walk of a body found.
#[derive(Default)]
pub struct Found {
    /// The distinct predicates of the `cfg`s and `cfg_attr`s (nested ones
    /// included), in the order of the walk (a block's statements before
    /// what is inside them): the same on both calls.
    pub predicates: Vec<Predicate>,
    /// The `cfg`s and `cfg_attr`s that are not `cfg(predicate)` or
    /// `cfg_attr(predicate, ..)` (`cfg(a, b)`), as outer attributes: the
    /// first expansion puts them on the function, where rustc reports them
    /// as it would in the body (where the lowering may drop them).
    pub malformed: Vec<Attribute>,
}

/// The `cfg`s of the item's parameters and body, outside macro invocations
/// and nested items.
pub fn found(item: &mut ItemFn) -> Found {
    let mut found = Found::default();
    let mut walker = Walker {
        mode: Mode::Collect(&mut found),
    };
    walker.walk(item);
    found
}

/// Before: an item whose body has `cfg`s.
/// After: the same item, with a marker per predicate that rustc keeps when
/// the predicate holds, under `#[generator(args)]` again.
pub fn reinvoke(
    item: &ItemFn,
    args: &TokenStream,
    private: &TokenStream,
    predicates: &[Predicate],
    malformed: &[Attribute],
) -> TokenStream {
    let markers = predicates.iter().enumerate().map(|(i, p)| {
        let doc = format!("{MARK}{i}");
        let tokens = &p.tokens;
        quote!(#[cfg_attr(#tokens, doc = #doc)])
    });
    let count = format!("{MARK}{COUNT}{}", predicates.len());
    quote! {
        #(#malformed)*
        #(#markers)*
        #[doc = #count]
        #[#private::generator(#args)]
        #item
    }
}

/// Takes the markers off `attrs`: `Some((number of predicates, the ones
/// that hold))` on a second call, `None` on a first one.
fn take_markers(attrs: &mut Vec<Attribute>) -> Option<(usize, Vec<usize>)> {
    let mut count = None;
    let mut holds = Vec::new();
    attrs.retain(|a| {
        let Some(text) = marker(a) else {
            return true;
        };
        if let Some(n) = text.strip_prefix(COUNT) {
            count = n.parse().ok();
        } else if let Ok(i) = text.parse() {
            holds.push(i);
        }
        false
    });
    count.map(|n| (n, holds))
}

/// The text after `genfn cfg ` of a `#[doc = "genfn cfg .."]`.
fn marker(a: &Attribute) -> Option<String> {
    let Meta::NameValue(nv) = &a.meta else {
        return None;
    };
    if !nv.path.is_ident("doc") {
        return None;
    }
    let Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(s),
        ..
    }) = &nv.value
    else {
        return None;
    };
    s.value().strip_prefix(MARK).map(str::to_string)
}

/// Removes what a false `cfg` removes and expands the `cfg_attr`s, with
/// `truth` saying which predicates hold (by key).
pub fn apply(item: &mut ItemFn, truth: &[(String, bool)]) {
    let mut walker = Walker {
        mode: Mode::Apply(truth),
    };
    walker.walk(item);
}

enum Mode<'a> {
    /// Records the predicates.
    Collect(&'a mut Found),
    /// Applies the predicates' values.
    Apply(&'a [(String, bool)]),
}

/// Visits the nodes rustc may remove with a `cfg`, in both modes alike.
struct Walker<'a> {
    mode: Mode<'a>,
}

/// What an attribute is, for configuring.
enum Kind {
    /// `cfg(P)`: the predicate.
    Cfg(TokenStream),
    /// `cfg_attr(P, a, b)`: the predicate and the attributes' tokens.
    CfgAttr(TokenStream, Vec<TokenStream>),
    Other,
}

/// The kind of an attribute's contents (`cfg(..)`, `allow(..)`, ...).
fn kind(tokens: TokenStream) -> Kind {
    let mut iter = tokens.into_iter();
    let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(args)), None) =
        (iter.next(), iter.next(), iter.next())
    else {
        return Kind::Other;
    };
    if args.delimiter() != Delimiter::Parenthesis {
        return Kind::Other;
    }
    if name == "cfg" {
        let mut parts = split_commas(args.stream());
        return match (parts.len(), parts.first()) {
            (1, Some(p)) if !p.is_empty() => Kind::Cfg(parts.remove(0)),
            _ => Kind::Other,
        };
    }
    if name == "cfg_attr" {
        let mut parts = split_commas(args.stream()).into_iter();
        return match parts.next() {
            Some(p) if !p.is_empty() => Kind::CfgAttr(p, parts.filter(|a| !a.is_empty()).collect()),
            _ => Kind::Other,
        };
    }
    Kind::Other
}

/// `tokens` split at its top-level commas; a trailing comma ends the last
/// part (so `a, b,` is two parts).
fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut parts = Vec::new();
    let mut current = Vec::new();
    for t in tokens {
        if matches!(&t, TokenTree::Punct(p) if p.as_char() == ',') {
            parts.push(current.drain(..).collect());
        } else {
            current.push(t);
        }
    }
    if !current.is_empty() {
        parts.push(current.into_iter().collect());
    }
    parts
}

/// The tokens inside an attribute's brackets.
fn contents(a: &Attribute) -> TokenStream {
    a.meta.to_token_stream()
}

impl Walker<'_> {
    fn walk(&mut self, item: &mut ItemFn) {
        self.retain(&mut item.sig.inputs, |arg| {
            Some(match arg {
                FnArg::Receiver(r) => &mut r.attrs,
                FnArg::Typed(t) => &mut t.attrs,
            })
        });
        self.visit_block_mut(&mut item.block);
    }

    fn record(&mut self, tokens: &TokenStream) {
        if let Mode::Collect(found) = &mut self.mode {
            let key = tokens.to_string();
            if !found.predicates.iter().any(|p| p.key == key) {
                found.predicates.push(Predicate {
                    key,
                    tokens: tokens.clone(),
                });
            }
        }
    }

    /// Records the predicates of one attribute's contents, nested ones too.
    fn collect(&mut self, contents: TokenStream) {
        match kind(contents) {
            Kind::Cfg(p) => self.record(&p),
            Kind::CfgAttr(p, attrs) => {
                self.record(&p);
                for a in attrs {
                    self.collect(a);
                }
            }
            Kind::Other => {}
        }
    }

    fn holds(&self, predicate: &TokenStream) -> Option<bool> {
        let Mode::Apply(truth) = &self.mode else {
            return None;
        };
        let key = predicate.to_string();
        truth.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// The attributes of a node in a position where a false `cfg` removes
    /// it: whether to keep the node. Collecting, records the predicates;
    /// applying, expands the `cfg_attr`s (as rustc does, before the `cfg`s)
    /// and then takes off the `cfg`s, which all hold if the node stays.
    fn keep(&mut self, attrs: &mut Vec<Attribute>) -> bool {
        if let Mode::Collect(found) = &mut self.mode {
            for a in attrs.iter() {
                let malformed = matches!(kind(contents(a)), Kind::Other)
                    && (a.path().is_ident("cfg") || a.path().is_ident("cfg_attr"));
                if malformed {
                    found.malformed.push(Attribute {
                        style: syn::AttrStyle::Outer,
                        ..a.clone()
                    });
                }
            }
            for a in attrs.iter() {
                self.collect(contents(a));
            }
            return true;
        }
        let mut expanded = Vec::with_capacity(attrs.len());
        for a in attrs.drain(..) {
            self.expand(a, &mut expanded);
        }
        let mut keep = true;
        expanded.retain(|a| match kind(contents(a)) {
            Kind::Cfg(p) => match self.holds(&p) {
                Some(true) => false,
                Some(false) => {
                    keep = false;
                    true
                }
                None => true,
            },
            _ => true,
        });
        *attrs = expanded;
        keep
    }

    /// Pushes what `a` expands to: itself, or the attributes of a
    /// `cfg_attr` that holds (expanded in turn), or nothing for one that
    /// does not. A `cfg_attr` with a predicate of unknown value or an
    /// attribute that does not parse is left to rustc.
    fn expand(&self, a: Attribute, out: &mut Vec<Attribute>) {
        let Kind::CfgAttr(p, attrs) = kind(contents(&a)) else {
            return out.push(a);
        };
        match self.holds(&p) {
            Some(false) => {}
            Some(true) => {
                let parsed: syn::Result<Vec<Meta>> = attrs.into_iter().map(syn::parse2).collect();
                let Ok(metas) = parsed else {
                    return out.push(a);
                };
                for meta in metas {
                    let inner = Attribute {
                        pound_token: a.pound_token,
                        style: a.style,
                        bracket_token: a.bracket_token,
                        meta,
                    };
                    self.expand(inner, out);
                }
            }
            None => out.push(a),
        }
    }
}

impl Walker<'_> {
    /// Keeps the elements of `list` whose attributes `attrs` says to keep
    /// (see `keep`), and their commas.
    fn retain<T, P>(
        &mut self,
        list: &mut Punctuated<T, P>,
        attrs: impl Fn(&mut T) -> Option<&mut Vec<Attribute>>,
    ) {
        let mut kept = Vec::with_capacity(list.len());
        for value in list.iter_mut() {
            kept.push(attrs(value).is_none_or(|a| self.keep(a)));
        }
        if kept.iter().all(|k| *k) {
            return;
        }
        let old = std::mem::take(list);
        for (pair, keep) in old.into_pairs().zip(kept) {
            let (value, punct) = pair.into_tuple();
            if keep {
                list.push_value(value);
                if let Some(p) = punct {
                    list.push_punct(p);
                }
            }
        }
    }
}

impl VisitMut for Walker<'_> {
    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        b.stmts.retain_mut(|s| match stmt_attrs(s) {
            Some(attrs) => self.keep(attrs),
            None => true,
        });
        visit_mut::visit_block_mut(self, b);
    }

    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        m.arms.retain_mut(|arm| self.keep(&mut arm.attrs));
        visit_mut::visit_expr_match_mut(self, m);
    }

    fn visit_expr_struct_mut(&mut self, s: &mut syn::ExprStruct) {
        self.retain(&mut s.fields, |f| Some(&mut f.attrs));
        visit_mut::visit_expr_struct_mut(self, s);
    }

    fn visit_pat_struct_mut(&mut self, s: &mut syn::PatStruct) {
        self.retain(&mut s.fields, |f| Some(&mut f.attrs));
        visit_mut::visit_pat_struct_mut(self, s);
    }

    fn visit_expr_array_mut(&mut self, a: &mut syn::ExprArray) {
        self.retain(&mut a.elems, expr_attrs);
        visit_mut::visit_expr_array_mut(self, a);
    }

    fn visit_expr_tuple_mut(&mut self, t: &mut syn::ExprTuple) {
        self.retain(&mut t.elems, expr_attrs);
        visit_mut::visit_expr_tuple_mut(self, t);
    }

    fn visit_expr_call_mut(&mut self, c: &mut syn::ExprCall) {
        self.retain(&mut c.args, expr_attrs);
        visit_mut::visit_expr_call_mut(self, c);
    }

    fn visit_expr_method_call_mut(&mut self, m: &mut syn::ExprMethodCall) {
        self.retain(&mut m.args, expr_attrs);
        visit_mut::visit_expr_method_call_mut(self, m);
    }

    fn visit_expr_closure_mut(&mut self, c: &mut syn::ExprClosure) {
        self.retain(&mut c.inputs, pat_attrs);
        visit_mut::visit_expr_closure_mut(self, c);
    }

    /// A nested item is configured by rustc where the expansion puts it.
    fn visit_item_mut(&mut self, _: &mut Item) {}
}

/// The attributes of a statement (of its expression, for an expression
/// statement; of the item, for an item).
fn stmt_attrs(s: &mut Stmt) -> Option<&mut Vec<Attribute>> {
    match s {
        Stmt::Local(l) => Some(&mut l.attrs),
        Stmt::Macro(m) => Some(&mut m.attrs),
        Stmt::Item(i) => item_attrs(i),
        Stmt::Expr(e, _) => expr_attrs(e),
    }
}

fn pat_attrs(p: &mut Pat) -> Option<&mut Vec<Attribute>> {
    Some(match p {
        Pat::Const(x) => &mut x.attrs,
        Pat::Ident(x) => &mut x.attrs,
        Pat::Lit(x) => &mut x.attrs,
        Pat::Macro(x) => &mut x.attrs,
        Pat::Or(x) => &mut x.attrs,
        Pat::Paren(x) => &mut x.attrs,
        Pat::Path(x) => &mut x.attrs,
        Pat::Range(x) => &mut x.attrs,
        Pat::Reference(x) => &mut x.attrs,
        Pat::Rest(x) => &mut x.attrs,
        Pat::Slice(x) => &mut x.attrs,
        Pat::Struct(x) => &mut x.attrs,
        Pat::Tuple(x) => &mut x.attrs,
        Pat::TupleStruct(x) => &mut x.attrs,
        Pat::Type(x) => &mut x.attrs,
        Pat::Wild(x) => &mut x.attrs,
        _ => return None,
    })
}

fn item_attrs(i: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match i {
        Item::Const(x) => &mut x.attrs,
        Item::Enum(x) => &mut x.attrs,
        Item::ExternCrate(x) => &mut x.attrs,
        Item::Fn(x) => &mut x.attrs,
        Item::ForeignMod(x) => &mut x.attrs,
        Item::Impl(x) => &mut x.attrs,
        Item::Macro(x) => &mut x.attrs,
        Item::Mod(x) => &mut x.attrs,
        Item::Static(x) => &mut x.attrs,
        Item::Struct(x) => &mut x.attrs,
        Item::Trait(x) => &mut x.attrs,
        Item::TraitAlias(x) => &mut x.attrs,
        Item::Type(x) => &mut x.attrs,
        Item::Union(x) => &mut x.attrs,
        Item::Use(x) => &mut x.attrs,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(tokens: TokenStream) -> ItemFn {
        syn::parse2(tokens).unwrap()
    }

    fn keys(item: &mut ItemFn) -> Vec<String> {
        found(item).predicates.into_iter().map(|p| p.key).collect()
    }

    /// `item` configured with `truth` (predicate text, value), as text.
    fn applied(mut item: ItemFn, truth: &[(&str, bool)]) -> String {
        let truth: Vec<(String, bool)> = truth
            .iter()
            .map(|(k, v)| (syn::parse_str::<TokenStream>(k).unwrap().to_string(), *v))
            .collect();
        apply(&mut item, &truth);
        quote!(#item).to_string()
    }

    fn text(tokens: TokenStream) -> String {
        tokens.to_string()
    }

    #[test]
    fn predicates_in_order_once_each_outside_macros_and_items() {
        let mut f = item(quote! {
            fn f(#[cfg(a)] x: u32) {
                #[cfg(b)] let y = 1;
                #[cfg_attr(c, cfg_attr(d, cfg(e)), allow(unused))] g();
                match x { #[cfg(b)] 0 => {} _ => {} }
                let c = || { #[cfg(f)] h(); };
                m!(#[cfg(in_macro)] 1);
                fn nested() { #[cfg(in_item)] h(); }
                #[cfg(on_item)] fn other() {}
                let s = S { #[cfg(field)] a: 1 };
                #[allow(unused)] #[cfg(not(b))] k();
            }
        });
        assert_eq!(
            keys(&mut f),
            ["a", "b", "c", "d", "e", "on_item", "not (b)", "f", "field"]
        );
    }

    #[test]
    fn a_body_without_cfg_is_left_as_is() {
        let mut f = item(quote! {
            fn f() { #[allow(unused)] let x = 1; m!(#[cfg(a)] 1); }
        });
        let before = quote!(#f).to_string();
        assert!(configure(&mut f, &quote!(yield = u32), &quote!(p)).is_none());
        assert_eq!(quote!(#f).to_string(), before);
    }

    #[test]
    fn a_first_call_calls_the_attribute_again_under_the_markers() {
        let mut f = item(quote! {
            #[inline] fn f() { #[cfg(a)] let x = 1; #[cfg(all(b, c))] g(); }
        });
        let again = configure(&mut f, &quote!(yield = u32), &quote!(::genfn::__private));
        assert_eq!(
            text(again.unwrap()),
            text(quote! {
                #[cfg_attr(a, doc = "genfn cfg 0")]
                #[cfg_attr(all(b, c), doc = "genfn cfg 1")]
                #[doc = "genfn cfg of 2"]
                #[::genfn::__private::generator(yield = u32)]
                #[inline] fn f() { #[cfg(a)] let x = 1; #[cfg(all(b, c))] g(); }
            })
        );
    }

    #[test]
    fn malformed_cfgs_go_on_the_function_for_rustc_to_report() {
        let mut f = item(quote! {
            fn f() { #[cfg(a, b)] g(); #[cfg_attr()] h(); #[cfg(c,)] k(); }
        });
        let again = configure(&mut f, &quote!(), &quote!(p)).unwrap();
        assert_eq!(
            text(again),
            text(quote! {
                #[cfg(a, b)]
                #[cfg_attr()]
                #[cfg_attr(c, doc = "genfn cfg 0")]
                #[doc = "genfn cfg of 1"]
                #[p::generator()]
                fn f() { #[cfg(a, b)] g(); #[cfg_attr()] h(); #[cfg(c,)] k(); }
            })
        );
    }

    #[test]
    fn a_second_call_applies_the_markers_and_takes_them_off() {
        // `a` does not hold (its marker is gone), `all(b, c)` does.
        let mut f = item(quote! {
            #[doc = "genfn cfg 1"]
            #[doc = "genfn cfg of 2"]
            #[inline] fn f() { #[cfg(a)] let x = 1; #[cfg(all(b, c))] g(); }
        });
        assert!(configure(&mut f, &quote!(), &quote!(p)).is_none());
        assert_eq!(
            text(quote!(#f)),
            text(quote!(
                #[inline]
                fn f() {
                    g();
                }
            ))
        );
    }

    #[test]
    fn markers_of_another_body_call_the_attribute_again() {
        let mut f = item(quote! {
            #[doc = "genfn cfg of 5"]
            fn f() { #[cfg(a)] g(); }
        });
        let again = configure(&mut f, &quote!(), &quote!(p)).unwrap();
        assert!(again.to_string().contains("\"genfn cfg of 1\""));
        assert!(!again.to_string().contains("of 5"));
    }

    #[test]
    fn false_cfgs_remove_what_rustc_removes() {
        let f = item(quote! {
            fn f(#[cfg(no)] x: u32, y: u32) {
                #[cfg(no)] let a = 1;
                #[cfg(yes)] let a = 2;
                { #![cfg(no)] g(); }
                match y { #[cfg(no)] 0 => 1, _ => 2 };
                let s = S { #[cfg(no)] a: 1, b: 2 };
                let S { #[cfg(no)] a, b } = s;
                h(#[cfg(no)] 1, 2);
                s.m(#[cfg(no)] 1, 2);
                let t = (#[cfg(no)] 1, 2);
                let v = [#[cfg(no)] 1, 2];
                let c = |#[cfg(no)] p: u32, q: u32| q;
                #[cfg(no)] fn item() {}
                #[cfg(no)] m!();
                #[cfg(no)] 5
            }
        });
        assert_eq!(
            applied(f, &[("no", false), ("yes", true)]),
            text(quote! {
                fn f(y: u32) {
                    let a = 2;
                    match y { _ => 2 };
                    let s = S { b: 2 };
                    let S { b } = s;
                    h(2);
                    s.m(2);
                    let t = (2,);
                    let v = [2];
                    let c = |q: u32| q;
                }
            })
        );
    }

    #[test]
    fn cfg_attrs_expand_like_rustc_s() {
        let f = item(quote! {
            fn f() {
                #[cfg_attr(yes, allow(unused), cfg_attr(yes, inline))] let a = 1;
                #[cfg_attr(no, allow(unused))] let b = 1;
                #[cfg_attr(yes, cfg(no))] let c = 1;
                #[cfg_attr(yes, cfg(yes))] let d = 1;
                { #![cfg_attr(yes, allow(unused))] g(); }
                #[cfg_attr(unknown, allow(unused))] #[cfg(unknown)] let e = 1;
                let x = #[cfg_attr(yes, allow(unused))] 1;
            }
        });
        assert_eq!(
            applied(f, &[("no", false), ("yes", true)]),
            text(quote! {
                fn f() {
                    #[allow(unused)] #[inline] let a = 1;
                    let b = 1;
                    let d = 1;
                    { #![allow(unused)] g(); }
                    #[cfg_attr(unknown, allow(unused))] #[cfg(unknown)] let e = 1;
                    let x = #[cfg_attr(yes, allow(unused))] 1;
                }
            })
        );
    }

    #[test]
    fn nested_items_and_macros_are_left_to_rustc() {
        let f = item(quote! {
            fn f() {
                fn inner() { #[cfg(no)] g(); }
                m!(#[cfg(no)] 1);
            }
        });
        assert_eq!(
            applied(f, &[("no", false)]),
            text(quote! {
                fn f() {
                    fn inner() { #[cfg(no)] g(); }
                    m!(#[cfg(no)] 1);
                }
            })
        );
    }

    #[test]
    fn gen_asks_for_one_predicate_at_a_time() {
        let tokens = quote!(#[cfg(a)] yield 1; #[cfg(b)] yield 2;);
        let mut body: syn::Block = syn::parse2(quote!({ #tokens })).unwrap();
        let p = quote!(p);
        let first = configure_inline(&mut body, None, &tokens, &p, false).unwrap();
        assert_eq!(
            text(first),
            text(quote! {
                match () {
                    #[cfg(a)] () => p::gen_!(@cfg [1] #tokens),
                    #[cfg(not(a))] () => p::gen_!(@cfg [0] #tokens),
                }
            })
        );
        let second = configure_inline(&mut body, Some(&[true]), &tokens, &p, false).unwrap();
        assert!(text(second).contains("@ cfg [1 0]"));
        assert!(configure_inline(&mut body, Some(&[true, false]), &tokens, &p, false).is_none());
        assert_eq!(
            text(quote!(#body)),
            text(quote!({
                yield 1;
            }))
        );
    }
}
