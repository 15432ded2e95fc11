//! Macro invocations: the references to kept-in-place locals they are given
//! (`&` or `&mut`, by what the tokens do with the name), and the statement
//! macros whose expansion could bind a kept name unseen.

use super::*;

/// Before: the body of the shadow.
/// After: its macro invocations reach kept-in-place locals through the same
/// references, declared around the same statements, as in the state machine
/// (`let v_in_macro = &v;` or `&mut v`).
pub fn shadow_macro_handles(body: &mut syn::Block, names: &BTreeSet<String>) {
    let private = TokenStream::new();
    let mut r = Rewriter::new(names, &private);
    r.shadow = true;
    r.visit_block_mut(body);
}

/// Marks the macro invocation at the root of place `e` (through fields,
/// indexing, parentheses) as mutated, with an attribute the rewrite removes
/// when it reaches the invocation.
pub(super) fn mark_mutated_root(e: &mut Expr) {
    match e {
        Expr::Field(f) => mark_mutated_root(&mut f.base),
        Expr::Index(i) => mark_mutated_root(&mut i.expr),
        Expr::Paren(p) => mark_mutated_root(&mut p.expr),
        Expr::Group(g) => mark_mutated_root(&mut g.expr),
        Expr::Macro(m) => m.attrs.push(syn::parse_quote!(#[genfn_mutated_place])),
        _ => {}
    }
}

pub(super) fn is_mutated_marker(a: &syn::Attribute) -> bool {
    a.path().is_ident("genfn_mutated_place")
}

/// Whether a macro's tokens may mutate `name` (so that it is passed as
/// `&mut`): `&mut name`, an assignment or compound assignment to it or to a
/// field or element of it, a method call that by convention takes `&mut
/// self` on it, or the first argument of `write!`/`writeln!`. A guess that
/// is too low is a compile error ("behind a `&` reference"), never unsound:
/// the shadow makes the same reference.
pub(super) fn mutates(m: &syn::Macro, name: &str) -> bool {
    let is_write = m
        .path
        .segments
        .last()
        .is_some_and(|s| s.ident == "write" || s.ident == "writeln");
    if is_write
        && matches!(m.tokens.clone().into_iter().next(), Some(TokenTree::Ident(i)) if i == name)
    {
        return true;
    }
    tokens_mutate(m.tokens.clone(), name)
}

/// Whether `tokens` may mutate `name` (see `mutates`; also the code of a
/// closure, for names the rewrite does not know).
pub(super) fn tokens_mutate(tokens: TokenStream, name: &str) -> bool {
    fn scan(tokens: TokenStream, name: &str) -> bool {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, t) in tokens.iter().enumerate() {
            match t {
                TokenTree::Group(g) if scan(g.stream(), name) => return true,
                TokenTree::Ident(x) if x == name => {
                    let punct = |k: usize, c: char| matches!(tokens.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
                    // `&mut name`
                    if i >= 2
                        && punct(i - 2, '&')
                        && matches!(&tokens[i - 1], TokenTree::Ident(k) if k == "mut")
                    {
                        return true;
                    }
                    // Follow `.field`, `[index]` to the end of the place.
                    let mut j = i + 1;
                    loop {
                        if punct(j, '.') && matches!(tokens.get(j + 1), Some(TokenTree::Ident(_))) {
                            let method_call = matches!(tokens.get(j + 2),
                                Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis);
                            if method_call {
                                if let Some(TokenTree::Ident(m)) = tokens.get(j + 1)
                                    && takes_mut_self(&m.to_string())
                                {
                                    return true;
                                }
                                break;
                            }
                            j += 2;
                        } else if matches!(tokens.get(j),
                            Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Bracket)
                        {
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    // `= ..` (not `==`, `=>`) or a compound assignment.
                    if let Some(TokenTree::Punct(p)) = tokens.get(j) {
                        let c = p.as_char();
                        let assign = c == '=' && p.spacing() == proc_macro2::Spacing::Alone;
                        let compound = "+-*/%^&|".contains(c)
                            && p.spacing() == proc_macro2::Spacing::Joint
                            && punct(j + 1, '=');
                        let shift = (c == '<' || c == '>') && punct(j + 1, c) && punct(j + 2, '=');
                        if (assign && j > i + 1) || compound || shift {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }
    scan(tokens, name)
}

/// Methods that by convention take `&mut self`.
pub(super) fn takes_mut_self(method: &str) -> bool {
    method.ends_with("_mut")
        || method.starts_with("push")
        || method.starts_with("pop")
        || method.starts_with("insert")
        || method.starts_with("remove")
        || method.starts_with("write")
        || method.starts_with("read")
        || method.starts_with("sort")
        || method.starts_with("set")
        || method.starts_with("swap")
        || matches!(
            method,
            "clear"
                | "extend"
                | "extend_from_slice"
                | "truncate"
                | "retain"
                | "drain"
                | "dedup"
                | "reverse"
                | "append"
                | "resize"
                | "entry"
                | "next"
                | "next_back"
                | "nth"
                | "take"
                | "replace"
                | "flush"
                | "fill"
                | "split_off"
                | "get_or_insert"
                | "get_or_insert_with"
                | "rotate_left"
                | "rotate_right"
        )
}

/// The names given as `name = ..` arguments among a macro's tokens (format
/// macros' named arguments).
pub(super) fn named_arguments(tokens: &TokenStream) -> Vec<String> {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if let TokenTree::Ident(x) = t
            && matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '=' && p.spacing() == proc_macro2::Spacing::Alone)
            && (i == 0 || matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == ','))
        {
            out.push(x.to_string());
        }
    }
    out
}

/// The names that statement macros of the body receive where the rewrite
/// leaves them alone (`x = ..`, `x: ..`): such a macro could declare a new
/// `x` (`let $n = ..`) hiding a local for the code after it
/// (`check_statement_macros`).
pub fn statement_macro_names(body: &syn::Block) -> Vec<syn::Ident> {
    struct Finder(Vec<syn::Ident>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_stmt_macro(&mut self, m: &'ast syn::StmtMacro) {
            fn scan(tokens: TokenStream, out: &mut Vec<syn::Ident>) {
                let tokens: Vec<TokenTree> = tokens.into_iter().collect();
                for (i, t) in tokens.iter().enumerate() {
                    match t {
                        TokenTree::Group(g) => scan(g.stream(), out),
                        TokenTree::Ident(x) if names_something_else(tokens.get(i + 1)) => {
                            out.push(x.clone())
                        }
                        _ => {}
                    }
                }
            }
            if crate::ir::placeholder_name(&m.mac).is_none() {
                scan(m.mac.tokens.clone(), &mut self.0);
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Finder(Vec::new());
    f.visit_block(body);
    f.0
}

/// Rejects a statement macro that receives the name of a kept-in-place local
/// where it could declare a new local of that name: the state machine
/// resolves names before macros expand, and would still take later
/// mentions for the kept-in-place local.
pub fn check_statement_macros(names: &[syn::Ident], kept: &BTreeSet<String>) -> syn::Result<()> {
    match names.iter().find(|x| kept.contains(&x.to_string())) {
        Some(x) => Err(syn::Error::new(
            x.span(),
            format!(
                "`{x}` is borrowed across a suspension point, so the generator keeps it in place and \
                 reaches it by name; this macro receives the name `{x}` where it could declare a new \
                 `{x}`, which the generator cannot follow: use another name here"
            ),
        )),
        None => Ok(()),
    }
}

/// The names that appear among a macro's tokens where the rewrite leaves
/// them as they are (`x = ..`, `x: ..`, `x::`, `x!`, `.x`): a macro could
/// bind or assign such a token. If it names a kept-in-place local, the
/// local's pointer must not be nameable from user tokens at all, so it gets
/// a hygienic name (at the cost of rustc's messages naming the place).
pub fn names_left_in_macros(body: &syn::Block) -> BTreeSet<String> {
    struct Finder(BTreeSet<String>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_macro(&mut self, m: &'ast syn::Macro) {
            fn scan(tokens: TokenStream, out: &mut BTreeSet<String>) {
                let tokens: Vec<TokenTree> = tokens.into_iter().collect();
                for (i, t) in tokens.iter().enumerate() {
                    match t {
                        TokenTree::Group(g) => scan(g.stream(), out),
                        TokenTree::Ident(x) => {
                            let dot = |k: usize| matches!(tokens.get(k), Some(TokenTree::Punct(p)) if p.as_char() == '.');
                            let after_field_dot = i >= 1 && dot(i - 1) && !(i >= 2 && dot(i - 2));
                            if after_field_dot || names_something_else(tokens.get(i + 1)) {
                                out.insert(x.to_string());
                            }
                        }
                        _ => {}
                    }
                }
            }
            scan(m.tokens.clone(), &mut self.0);
        }
    }
    let mut f = Finder(BTreeSet::new());
    f.visit_block(body);
    f.0
}

/// `let x = x; let x = &x;` for each local that macro invocations reach
/// through a reference: `x` is then a reference to a copy of the pointer that
/// lives as long as the enclosing block. Spanned at the user's name, so that
/// a closure that escapes with it is reported there.
pub(super) fn handle_lets(
    handles: &[(syn::Ident, bool)],
    private: &TokenStream,
    shadow: bool,
) -> Vec<TokenStream> {
    handles
        .iter()
        .map(|(x, mutable)| {
            let (h, p) = (handle(x), pointer(x));
            match (shadow, mutable) {
                (true, false) => quote::quote_spanned!(x.span()=> let #h = &#x;),
                (true, true) => quote::quote_spanned!(x.span()=> let #h = &mut #x;),
                // SAFETY (of the enclosing `unsafe` block): the shadow makes
                // the same reference to the local itself, live for the same
                // statement, so rustc has checked that the local holds a
                // value and that no conflicting borrow is alive.
                (false, false) => quote::quote_spanned!(x.span()=>
                    let #h = #private::kept_ref(#p);),
                (false, true) => quote::quote_spanned!(x.span()=>
                    let #h = #private::kept_mut(#p);),
            }
        })
        .collect()
}

/// The handle of kept-in-place local `x` for macro invocations: hygienic,
/// distinct from its pointer (which the other mentions of `x` in the
/// statement still use), and named like `x` in errors when the pointer has
/// the user's span (`x_in_macro` when it is hygienic too).
pub(super) fn handle(x: &syn::Ident) -> syn::Ident {
    let name = if hygienic_pointer(x) {
        format!("{}_in_macro", x.to_string().trim_start_matches("r#"))
    } else {
        x.to_string()
    };
    syn::Ident::new(&name, proc_macro2::Span::mixed_site().located_at(x.span()))
}

/// `(*x)` (`depth` 1, through the pointer) or `(*h)` (2, through the
/// invocation's handle `h` of `x`), with the span of the user's `x`: a
/// macro whose matcher wants an identifier there (`$v:ident`) then reports
/// "no rules expected `(`" at the user's token.
pub(super) fn deref_at(x: &syn::Ident, depth: usize) -> TokenStream {
    let place = match depth {
        1 => pointer(x),
        _ => handle(x),
    };
    quote::quote_spanned!(x.span()=> (*#place))
}

/// Wraps `e` in a block that declares the handles.
pub(super) fn with_handles(
    handles: &[(syn::Ident, bool)],
    private: &TokenStream,
    shadow: bool,
    e: &mut Expr,
) {
    if handles.is_empty() {
        return;
    }
    // A `let` of a condition (`if let P = m!(v)`, a let-chain) is no
    // operand: the handles go around its scrutinee (and the chain's other
    // conditions).
    let chain = has_let(e);
    match e {
        Expr::Let(l) => return with_handles(handles, private, shadow, &mut l.expr),
        Expr::Binary(b) if chain => {
            with_handles(handles, private, shadow, &mut b.left);
            with_handles(handles, private, shadow, &mut b.right);
            return;
        }
        _ => {}
    }
    let lets = handle_lets(handles, private, shadow);
    let inner = e.clone();
    *e = syn::parse_quote!({ #(#lets)* #inner });
}

/// Whether a condition is a let-chain (`let` at its top level, through `&&`).
fn has_let(e: &Expr) -> bool {
    match e {
        Expr::Let(_) => true,
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            has_let(&b.left) || has_let(&b.right)
        }
        _ => false,
    }
}
