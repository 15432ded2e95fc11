//! Parse phase: the attribute's arguments and the function's signature, with
//! one precise error per problem.

use crate::diagnostics::Diagnostics;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{
    Attribute, Block, FnArg, Generics, Ident, ItemFn, Pat, Path, ReturnType, Stmt, Token, Type,
    Visibility,
};

/// `#[generator(yield = Y, resume = R, crate = path, clone)]`
#[derive(Default)]
pub struct Args {
    pub yield_ty: Option<Type>,
    pub resume_ty: Option<Type>,
    pub krate: Option<Path>,
    pub clone: bool,
    /// The arguments as written, for calling the attribute again
    /// (`configure`).
    pub tokens: TokenStream,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = Args {
            tokens: input.cursor().token_stream(),
            ..Args::default()
        };
        let mut errors = Diagnostics::default();
        let mut push = |e: syn::Error| errors.push(e);
        while !input.is_empty() {
            let lookahead = input.lookahead1();
            if lookahead.peek(Token![yield]) {
                let key: Token![yield] = input.parse()?;
                if !input.peek(Token![=]) {
                    return Err(input.error("expected `=` after `yield`: write `yield = Type`"));
                }
                input.parse::<Token![=]>()?;
                let ty: Type = input.parse()?;
                if args.yield_ty.replace(ty).is_some() {
                    push(syn::Error::new(key.span, "duplicate `yield` argument"));
                }
            } else if lookahead.peek(Token![crate]) {
                let key: Token![crate] = input.parse()?;
                input.parse::<Token![=]>()?;
                let path = Path::parse_mod_style(input)?;
                if args.krate.replace(path).is_some() {
                    push(syn::Error::new(key.span, "duplicate `crate` argument"));
                }
            } else if lookahead.peek(Ident) {
                let key: Ident = input.parse()?;
                match key.to_string().as_str() {
                    "resume" => {
                        if !input.peek(Token![=]) {
                            return Err(
                                input.error("expected `=` after `resume`: write `resume = Type`")
                            );
                        }
                        input.parse::<Token![=]>()?;
                        let ty: Type = input.parse()?;
                        if args.resume_ty.replace(ty).is_some() {
                            push(syn::Error::new(key.span(), "duplicate `resume` argument"));
                        }
                    }
                    "clone" => {
                        if args.clone {
                            push(syn::Error::new(key.span(), "duplicate `clone` argument"));
                        }
                        args.clone = true;
                    }
                    _ => {
                        push(syn::Error::new(
                            key.span(),
                            format!(
                                "unknown argument `{key}`; expected `yield = Type`, `resume = Type`, `crate = path` or `clone`"
                            ),
                        ));
                        // Skip the rest of this argument.
                        while !input.is_empty() && !input.peek(Token![,]) {
                            input.parse::<proc_macro2::TokenTree>()?;
                        }
                    }
                }
            } else {
                return Err(lookahead.error());
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        errors.finish()?;
        Ok(args)
    }
}

/// A parameter of the generator function.
pub struct Param {
    /// The name the parameter is bound to in the generated function.
    pub ident: Ident,
    /// A destructuring pattern (`(a, b): (u8, u8)`), bound at the start of the
    /// body; `None` for a plain `name: Type`.
    pub pattern: Option<Pat>,
    /// `mut name: Type`.
    pub mutability: bool,
    pub ty: Type,
    pub attrs: Vec<Attribute>,
}

pub enum Receiver {
    /// `self`, `mut self`, `&self`, `&mut self`, `self: Box<Self>`, …
    Present {
        tokens: TokenStream,
        span: Span,
        /// `mut self`.
        mutability: bool,
        /// `Self`, `&Self`, `Box<Self>`, …
        ty: Box<Type>,
    },
    Absent,
}

/// A function accepted by `#[generator]`.
pub struct GeneratorFn {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub unsafety: Option<Token![unsafe]>,
    pub ident: Ident,
    pub generics: Generics,
    pub receiver: Receiver,
    pub params: Vec<Param>,
    /// The declared return type: the generator's return value.
    pub return_ty: Type,
    pub body: Block,
    /// `async fn`: an async generator (a `Stream`).
    pub asynchronous: bool,
    /// Declared `-> !` (`return_ty` is then `Infallible`).
    pub never: bool,
}

/// Before: the body of a generator declared `-> !`.
/// After: its last statement, if it is an expression statement without a
/// suspension point (`std::process::abort();`), as the body's value
/// (`{ std::process::abort(); }`): rustc then checks that it diverges, as
/// it checks a `-> !` function's body, and the generator needs no value of
/// its return type (`Infallible`) to complete with.
fn never_ends_with_its_last_statement(body: &mut Block) {
    let Some(Stmt::Expr(e, Some(_))) = body.stmts.last() else {
        return;
    };
    let tokens = quote::ToTokens::to_token_stream(e);
    if crate::syntax::tokens_contain(
        &tokens,
        &["yield_", "yield_from", "await", "return"],
        &['?'],
    ) {
        return;
    }
    let stmt = body.stmts.pop().expect("a last statement");
    let span = syn::spanned::Spanned::span(&stmt);
    body.stmts.push(Stmt::Expr(
        syn::parse_quote_spanned!(span=> { #stmt }),
        None,
    ));
}

/// Before: the body of a generator declared `-> !`, which the shadow has
/// checked as the body of a `-> !` function: no path reaches its end.
/// After: for the state machine, the same body ending with
/// `unreachable!()`, so that a tail rustc cannot see diverging there (the
/// end of a block whose last statements a `#[cfg]` removed, a statement
/// that diverges after a suspension point) needs no value of the return
/// type. The tail is never reached: the shadow proved that the body as
/// written never ends.
pub fn never_reaches_its_end(body: &Block) -> Block {
    let mut body = body.clone();
    if let Some(Stmt::Expr(e, semi @ None)) = body.stmts.last_mut() {
        let span = syn::spanned::Spanned::span(&*e);
        *semi = Some(Token![;](span));
    }
    body.stmts
        .push(Stmt::Expr(syn::parse_quote!(::core::unreachable!()), None));
    body
}

impl GeneratorFn {
    pub fn from_item(item: ItemFn) -> syn::Result<Self> {
        let sig = item.sig;
        let mut errors = Diagnostics::default();
        if let Some(c) = &sig.constness {
            errors.push(syn::Error::new(
                c.span,
                "a generator cannot be a `const fn`: calling it builds a state machine at run time",
            ));
        }
        if let Some(abi) = &sig.abi {
            errors.push(syn::Error::new(
                abi.span(),
                "a generator cannot have an `extern` ABI: it returns a Rust generator value",
            ));
        }
        if let Some(v) = &sig.variadic {
            errors.push(syn::Error::new(v.span(), "a generator cannot be variadic"));
        }
        let mut receiver = Receiver::Absent;
        let mut params = Vec::new();
        for (index, input) in sig.inputs.into_iter().enumerate() {
            match input {
                FnArg::Receiver(r) => {
                    let span = r.self_token.span;
                    let mutability = r.reference.is_none() && r.mutability.is_some();
                    // `mut self` is mutable in the body (the shadow and the
                    // state machine's local), not in the generated function,
                    // which only moves it into the generator.
                    let mut r = r;
                    if r.reference.is_none() {
                        r.mutability = None;
                    }
                    receiver = Receiver::Present {
                        tokens: quote!(#r),
                        span,
                        mutability,
                        ty: r.ty.clone(),
                    };
                }
                FnArg::Typed(pt) => {
                    let ty = *pt.ty;
                    match *pt.pat {
                        Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                            params.push(Param {
                                ident: pi.ident,
                                pattern: None,
                                mutability: pi.mutability.is_some(),
                                ty,
                                attrs: pt.attrs,
                            });
                        }
                        pat => {
                            let ident = Ident::new(
                                &format!("__genfn_arg{index}"),
                                Span::mixed_site().located_at(pat.span()),
                            );
                            params.push(Param {
                                ident,
                                pattern: Some(pat),
                                mutability: false,
                                ty,
                                attrs: pt.attrs,
                            });
                        }
                    }
                }
            }
        }
        errors.finish()?;
        let mut body = *item.block;
        let never =
            matches!(&sig.output, ReturnType::Type(_, ty) if matches!(**ty, Type::Never(_)));
        let return_ty = match sig.output {
            ReturnType::Default => syn::parse_quote!(()),
            // A generator that never completes (`-> !`): the never type is
            // not stable as a type argument, `Infallible` says the same.
            ReturnType::Type(_, ty) if matches!(*ty, Type::Never(_)) => {
                never_ends_with_its_last_statement(&mut body);
                syn::parse_quote_spanned!(ty.span()=> ::core::convert::Infallible)
            }
            ReturnType::Type(_, ty) => *ty,
        };
        // The body's inner attributes (`#![allow(..)]`) are the function's:
        // the generated function has them as outer ones.
        let mut attrs = item.attrs;
        for a in &mut attrs {
            a.style = syn::AttrStyle::Outer;
        }
        Ok(GeneratorFn {
            attrs,
            vis: item.vis,
            unsafety: sig.unsafety,
            ident: sig.ident,
            generics: sig.generics,
            receiver,
            params,
            return_ty,
            asynchronous: sig.asyncness.is_some(),
            never,
            body,
        })
    }
}

/// The input of `gen!{ … }` / `gen!(move { … })`.
pub struct InlineGen {
    pub capture: Option<Token![move]>,
    pub body: Block,
    /// The values of the body's first `cfg` predicates, `@cfg [1 0]` before
    /// the body when the macro calls itself (`configure`).
    pub cfg_values: Option<Vec<bool>>,
    /// The input after that prefix, for calling the macro again.
    pub tokens: TokenStream,
}

impl Parse for InlineGen {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut cfg_values = None;
        if input.peek(Token![@]) {
            input.parse::<Token![@]>()?;
            input.parse::<Ident>()?;
            let content;
            syn::bracketed!(content in input);
            let mut values = Vec::new();
            while !content.is_empty() {
                values.push(content.parse::<syn::LitInt>()?.base10_digits() == "1");
            }
            cfg_values = Some(values);
        }
        let tokens = input.cursor().token_stream();
        if input.peek(Token![move]) && input.peek2(syn::token::Brace) {
            let capture: Token![move] = input.parse()?;
            let body: Block = input.parse()?;
            if !input.is_empty() {
                return Err(input.error("unexpected tokens after `move { … }`"));
            }
            return Ok(InlineGen {
                capture: Some(capture),
                body,
                cfg_values,
                tokens,
            });
        }
        let stmts = Block::parse_within(input)?;
        Ok(InlineGen {
            capture: None,
            body: Block {
                brace_token: Default::default(),
                stmts,
            },
            cfg_values,
            tokens,
        })
    }
}
