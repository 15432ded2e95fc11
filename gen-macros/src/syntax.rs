//! Syntax helpers that several phases share: one definition each.

use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit::{self, Visit};
use syn::{Attribute, Expr, Macro, Pat, Token};

/// Whether the token after an identifier in a macro's tokens makes it
/// something other than a local: a macro (`x!`), a path segment or a named
/// field (`x::`, `x:`), a named argument (`x = ..`, but not `x == ..`;
/// `x != ..` is no macro either).
pub fn names_something_else(next: Option<&TokenTree>) -> bool {
    match next {
        Some(TokenTree::Punct(p)) => match p.as_char() {
            ':' => true,
            '!' | '=' => p.spacing() == proc_macro2::Spacing::Alone,
            _ => false,
        },
        _ => false,
    }
}

/// The tokens of a stream, groups opened.
pub fn flatten(tokens: TokenStream) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for t in tokens {
        match t {
            TokenTree::Group(g) => out.extend(flatten(g.stream())),
            other => out.push(other),
        }
    }
    out
}

pub fn strip_parens(e: &Expr) -> &Expr {
    match e {
        Expr::Paren(p) => strip_parens(&p.expr),
        Expr::Group(g) => strip_parens(&g.expr),
        e => e,
    }
}

/// Whether an assignment's left side is a place (`x`, `x.f`, `*r`, `x[i]`)
/// rather than a destructuring pattern (`_`, `(a, b)`, `S { .. }`).
pub fn is_place(e: &Expr) -> bool {
    match e {
        Expr::Path(_) | Expr::Field(_) | Expr::Index(_) | Expr::Unary(_) => true,
        Expr::Paren(p) => is_place(&p.expr),
        Expr::Group(g) => is_place(&g.expr),
        _ => false,
    }
}

pub fn is_compound_assign(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(
        op,
        AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitXorAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

/// The local a place is rooted at: `x` of `x.a[i]`, `*x`, `(x)`, `&x`.
pub fn place_root(e: &Expr) -> Option<&syn::Ident> {
    match e {
        Expr::Path(p) if p.qself.is_none() => p.path.get_ident(),
        Expr::Field(f) => place_root(&f.base),
        Expr::Index(i) => place_root(&i.expr),
        Expr::Paren(p) => place_root(&p.expr),
        Expr::Group(g) => place_root(&g.expr),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => place_root(&u.expr),
        Expr::Reference(r) => place_root(&r.expr),
        _ => None,
    }
}

/// Re-parses a macro's arguments as comma-separated expressions, for rewriting
/// `?`, `return`, `break` and `continue` inside `format!`, `vec!`, `assert!`…
pub fn parse_macro_exprs(mac: &Macro) -> Option<Punctuated<Expr, Token![,]>> {
    if !matches!(
        mac.delimiter,
        syn::MacroDelimiter::Paren(_) | syn::MacroDelimiter::Bracket(_)
    ) {
        return None;
    }
    mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
        .ok()
}

/// Whether a token stream contains one of the given keywords or punctuation.
pub fn tokens_contain(tokens: &TokenStream, idents: &[&str], puncts: &[char]) -> bool {
    tokens.clone().into_iter().any(|tt| match tt {
        TokenTree::Group(g) => tokens_contain(&g.stream(), idents, puncts),
        TokenTree::Ident(i) => idents.iter().any(|k| i == k),
        TokenTree::Punct(p) => puncts.contains(&p.as_char()),
        TokenTree::Literal(_) => false,
    })
}

/// Replaces a macro's tokens with re-printed expressions.
pub fn set_macro_exprs(mac: &mut Macro, exprs: &Punctuated<Expr, Token![,]>) {
    mac.tokens = exprs.to_token_stream();
}

/// A binding a pattern introduces.
pub struct PatBinding {
    pub ident: Ident,
    /// `mut x`.
    pub mutable: bool,
}

/// The bindings of `pat`, in order: what the generator's analysis treats
/// as locals. An uppercase single identifier without subpattern is taken
/// for a unit struct, constant or enum variant, not a binding; a wrong
/// guess only hides a binding from the analysis if someone names a local in
/// uppercase *and* keeps it across a suspension point, which rustc's lints
/// already discourage. Where a wrong guess could be unsound (a name a
/// pattern may rebind), use `names_bound_by` instead.
pub fn pattern_bindings(pat: &Pat) -> Vec<PatBinding> {
    struct Collector(Vec<PatBinding>);
    impl<'ast> Visit<'ast> for Collector {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            let name = p.ident.to_string();
            let looks_const = p.subpat.is_none()
                && p.by_ref.is_none()
                && p.mutability.is_none()
                && name.chars().next().is_some_and(|c| c.is_uppercase());
            if !looks_const {
                self.0.push(PatBinding {
                    ident: p.ident.clone(),
                    mutable: p.mutability.is_some(),
                });
            }
            visit::visit_pat_ident(self, p);
        }
        fn visit_expr(&mut self, _: &'ast Expr) {}
    }
    let mut c = Collector(Vec::new());
    c.visit_pat(pat);
    c.0
}

/// Every name `pat` may bind, over-approximated: each identifier pattern,
/// uppercase ones included, and every identifier inside a pattern macro.
/// Where a name is treated as shadowed, taking too many is safe and too few
/// is not.
pub fn names_bound_by(pat: &Pat) -> Vec<String> {
    struct Finder(Vec<String>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            self.0.push(p.ident.to_string());
            visit::visit_pat_ident(self, p);
        }
        fn visit_pat(&mut self, p: &'ast Pat) {
            if let Pat::Macro(m) = p {
                for t in flatten(m.mac.tokens.clone()) {
                    if let TokenTree::Ident(i) = t {
                        self.0.push(i.to_string());
                    }
                }
                return;
            }
            visit::visit_pat(self, p);
        }
        fn visit_expr(&mut self, _: &'ast Expr) {}
    }
    let mut f = Finder(Vec::new());
    f.visit_pat(pat);
    f.0
}

/// Whether a type can annotate a local (`impl Trait` cannot).
pub fn is_annotatable(ty: &syn::Type) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_type_impl_trait(&mut self, _: &'ast syn::TypeImplTrait) {
            self.0 = true;
        }
    }
    let mut f = Finder(false);
    f.visit_type(ty);
    !f.0
}

/// `fn $name(e: &[mut] Expr) -> Option<&[mut] Vec<Attribute>>`.
macro_rules! expr_attrs_fn {
    ($(#[$doc:meta])* $name:ident $($m:ident)?) => {
        $(#[$doc])*
        pub fn $name(e: &$($m)? Expr) -> Option<&$($m)? Vec<Attribute>> {
            Some(match e {
                Expr::Array(x) => &$($m)? x.attrs,
                Expr::Assign(x) => &$($m)? x.attrs,
                Expr::Async(x) => &$($m)? x.attrs,
                Expr::Await(x) => &$($m)? x.attrs,
                Expr::Binary(x) => &$($m)? x.attrs,
                Expr::Block(x) => &$($m)? x.attrs,
                Expr::Break(x) => &$($m)? x.attrs,
                Expr::Call(x) => &$($m)? x.attrs,
                Expr::Cast(x) => &$($m)? x.attrs,
                Expr::Closure(x) => &$($m)? x.attrs,
                Expr::Const(x) => &$($m)? x.attrs,
                Expr::Continue(x) => &$($m)? x.attrs,
                Expr::Field(x) => &$($m)? x.attrs,
                Expr::ForLoop(x) => &$($m)? x.attrs,
                Expr::Group(x) => &$($m)? x.attrs,
                Expr::If(x) => &$($m)? x.attrs,
                Expr::Index(x) => &$($m)? x.attrs,
                Expr::Infer(x) => &$($m)? x.attrs,
                Expr::Let(x) => &$($m)? x.attrs,
                Expr::Lit(x) => &$($m)? x.attrs,
                Expr::Loop(x) => &$($m)? x.attrs,
                Expr::Macro(x) => &$($m)? x.attrs,
                Expr::Match(x) => &$($m)? x.attrs,
                Expr::MethodCall(x) => &$($m)? x.attrs,
                Expr::Paren(x) => &$($m)? x.attrs,
                Expr::Path(x) => &$($m)? x.attrs,
                Expr::Range(x) => &$($m)? x.attrs,
                Expr::RawAddr(x) => &$($m)? x.attrs,
                Expr::Reference(x) => &$($m)? x.attrs,
                Expr::Repeat(x) => &$($m)? x.attrs,
                Expr::Return(x) => &$($m)? x.attrs,
                Expr::Struct(x) => &$($m)? x.attrs,
                Expr::Try(x) => &$($m)? x.attrs,
                Expr::TryBlock(x) => &$($m)? x.attrs,
                Expr::Tuple(x) => &$($m)? x.attrs,
                Expr::Unary(x) => &$($m)? x.attrs,
                Expr::Unsafe(x) => &$($m)? x.attrs,
                Expr::While(x) => &$($m)? x.attrs,
                Expr::Yield(x) => &$($m)? x.attrs,
                _ => return None,
            })
        }
    };
}

expr_attrs_fn!(
    /// The attributes of an expression (outer ones, and the inner ones of
    /// a block-like expression), or `None` for a kind that has none.
    expr_attrs mut
);
expr_attrs_fn!(
    /// `expr_attrs`, to read.
    expr_attrs_ref
);

/// Takes the outer attributes off an expression.
pub fn take_outer_attrs(e: &mut Expr) -> Vec<Attribute> {
    let Some(attrs) = expr_attrs(e) else {
        return Vec::new();
    };
    let (outer, inner) = std::mem::take(attrs)
        .into_iter()
        .partition(|a| matches!(a.style, syn::AttrStyle::Outer));
    *attrs = inner;
    outer
}

/// Whether an attribute sets a lint level (`allow`, `expect`, `warn`,
/// `deny`, `forbid`).
pub fn is_lint_attr(a: &Attribute) -> bool {
    ["allow", "expect", "warn", "deny", "forbid"]
        .iter()
        .any(|name| a.path().is_ident(name))
}

/// Turns every `#[expect(..)]` in `block` into `#[allow(..)]` and every
/// `#[forbid(..)]` into `#[deny(..)]`, for the state machine: the shadow,
/// the body as written, is where the user's lint levels are checked; the
/// machine's copy of the code may not raise a lint the shadow raises, and
/// allows some lints in the code it adds around the user's.
pub fn machine_lint_levels(block: &mut syn::Block) {
    struct Levels;
    impl syn::visit_mut::VisitMut for Levels {
        fn visit_attribute_mut(&mut self, a: &mut Attribute) {
            if let syn::Meta::List(list) = &mut a.meta {
                let to = if list.path.is_ident("expect") {
                    "allow"
                } else if list.path.is_ident("forbid") {
                    "deny"
                } else {
                    return;
                };
                let span = list.path.segments[0].ident.span();
                list.path = syn::Ident::new(to, span).into();
            }
        }
    }
    syn::visit_mut::VisitMut::visit_block_mut(&mut Levels, block);
}

/// Methods of std that take `&self` or `&mut self` and return something that
/// borrows the receiver (`v.iter()`, `s.chars()`, `c.borrow()`), whatever
/// type has them: called on a temporary (`c.borrow().iter()`), they borrow
/// it. Names that some common type has with a `self` receiver (`lines`,
/// `split` and `bytes` of `BufRead`/`Read`, `chunks` of itertools, `last`
/// of `Iterator`) are left out: a wrong guess is a compile error, so the
/// list only holds sure ones.
pub fn borrows_receiver(method: &str) -> bool {
    BORROWING_METHODS.contains(&method)
}

pub const BORROWING_METHODS: &[&str] = &[
    "iter",
    "iter_mut",
    "chars",
    "char_indices",
    "split_mut",
    "rsplit",
    "splitn",
    "rsplitn",
    "split_terminator",
    "split_inclusive",
    "split_whitespace",
    "split_ascii_whitespace",
    "matches",
    "match_indices",
    "encode_utf16",
    "keys",
    "values",
    "values_mut",
    "range",
    "range_mut",
    "windows",
    "chunks_mut",
    "chunks_exact",
    "chunks_exact_mut",
    "rchunks",
    "drain",
    "as_slice",
    "as_mut_slice",
    "as_str",
    "as_bytes",
    "trim",
    "trim_start",
    "trim_end",
    "borrow",
    "borrow_mut",
    "lock",
    "deref",
    "deref_mut",
    "get",
    "get_mut",
    "first",
    "first_mut",
    "last_mut",
    "split_first",
    "split_last",
    "as_ref",
    "as_mut",
    "peek",
];

/// Whether a pattern binds by reference: `Some(true)` if some binding is
/// `ref mut`.
pub fn ref_binding(p: &Pat) -> Option<bool> {
    struct Finder(Option<bool>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            if p.by_ref.is_some() {
                let mutable = p.mutability.is_some();
                self.0 = Some(self.0.unwrap_or(false) || mutable);
            }
            visit::visit_pat_ident(self, p);
        }
    }
    let mut f = Finder(None);
    f.visit_pat(p);
    f.0
}

/// Whether a pattern binds something by reference (`ref x`, `ref mut x`).
pub fn has_ref_binding(p: &Pat) -> bool {
    ref_binding(p).is_some()
}

/// Whether a pattern binds something by value (`x`, `mut x`, `x @ ..`): it
/// may move out of what it matches. An uppercase identifier alone is taken
/// for a constant, as in `pattern_bindings`.
pub fn binds_by_value(p: &Pat) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_pat_ident(&mut self, p: &'ast syn::PatIdent) {
            let looks_const = p.subpat.is_none()
                && p.mutability.is_none()
                && p.ident.to_string().starts_with(|c: char| c.is_uppercase());
            self.0 |= p.by_ref.is_none() && !looks_const;
            visit::visit_pat_ident(self, p);
        }
        fn visit_expr(&mut self, _: &'ast Expr) {}
    }
    let mut f = Finder(false);
    f.visit_pat(p);
    f.0
}

/// The other macros of the standard library whose expansion evaluates
/// their arguments as expressions (if any) and jumps nowhere else; with
/// `STD_EXPRESSION_MACROS`, those `is_std_macro` knows: a `break`,
/// `continue`, `return` or `?` in their expansion comes from their
/// arguments. (A user's macro of the same name is taken for the standard
/// one.)
const OTHER_STD_MACROS: &[&str] = &[
    "addr_of",
    "addr_of_mut",
    "cfg",
    "column",
    "compile_error",
    "concat",
    "env",
    "file",
    "include_bytes",
    "include_str",
    "line",
    "matches",
    "module_path",
    "option_env",
    "pin",
    "stringify",
];

/// Whether `name` is one of the standard library's macros `is_std_macro`
/// knows.
fn is_std_macro_name(name: &proc_macro2::Ident) -> bool {
    STD_EXPRESSION_MACROS
        .iter()
        .chain(OTHER_STD_MACROS)
        .any(|m| name == m)
}

/// The standard library's macros whose arguments are expressions (after a
/// format string, for some): each expands to one expression and binds no
/// name the code after it sees.
pub const STD_EXPRESSION_MACROS: &[&str] = &[
    "assert",
    "assert_eq",
    "assert_ne",
    "dbg",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "eprint",
    "eprintln",
    "format",
    "format_args",
    "panic",
    "print",
    "println",
    "todo",
    "unimplemented",
    "unreachable",
    "vec",
    "write",
    "writeln",
];

/// Whether `mac` is a macro of the standard library (`println!`,
/// `std::format!`, `core::ptr::addr_of!`…): see `OTHER_STD_MACROS`.
pub fn is_std_macro(mac: &Macro) -> bool {
    let segments = &mac.path.segments;
    let Some(last) = segments.last() else {
        return false;
    };
    let std_path = segments.len() == 1 && mac.path.leading_colon.is_none()
        || ["std", "core", "alloc"]
            .iter()
            .any(|c| segments[0].ident == c);
    std_path && is_std_macro_name(&last.ident)
}

/// Whether a token stream calls a macro that may hide an early exit (a
/// `return` or `?` in its expansion, which genfn never sees): any macro but
/// the standard library's that `is_std_macro` knows and genfn's own.
/// Conservative: a call inside a closure or a nested item counts too.
pub fn calls_opaque_macro(tokens: &TokenStream) -> bool {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    tokens.iter().enumerate().any(|(i, t)| match t {
        TokenTree::Group(g) => calls_opaque_macro(&g.stream()),
        TokenTree::Ident(name) => {
            let called = matches!(
                (tokens.get(i + 1), tokens.get(i + 2)),
                (Some(TokenTree::Punct(p)), Some(TokenTree::Group(_)))
                    if p.as_char() == '!' && p.spacing() == proc_macro2::Spacing::Alone
            );
            let known = is_std_macro_name(name)
                || ["yield_", "yield_from", "gen_", "async_gen_"]
                    .iter()
                    .any(|m| name == m);
            called && !known
        }
        _ => false,
    })
}

/// Whether a token stream holds a macro call (`name!(..)`, `a::b![..]`).
pub fn contains_macro_call(tokens: &TokenStream) -> bool {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    tokens.iter().enumerate().any(|(i, t)| match t {
        TokenTree::Group(g) => contains_macro_call(&g.stream()),
        TokenTree::Ident(_) => matches!(
            (tokens.get(i + 1), tokens.get(i + 2)),
            (Some(TokenTree::Punct(p)), Some(TokenTree::Group(_))) if p.as_char() == '!'
        ),
        _ => false,
    })
}

/// `tokens` with the names of lifetimes and labels (`outer` of `'outer`)
/// replaced where `rename` gives a new one.
pub fn rename_lifetimes(
    tokens: &TokenStream,
    rename: &mut impl FnMut(&proc_macro2::Ident) -> Option<proc_macro2::Ident>,
) -> TokenStream {
    let mut out = Vec::new();
    let mut quote = false;
    for t in tokens.clone() {
        let t = match t {
            TokenTree::Group(g) => {
                let mut new =
                    proc_macro2::Group::new(g.delimiter(), rename_lifetimes(&g.stream(), rename));
                new.set_span(g.span());
                TokenTree::Group(new)
            }
            TokenTree::Ident(i) if quote => TokenTree::Ident(rename(&i).unwrap_or(i)),
            other => other,
        };
        quote = matches!(&t, TokenTree::Punct(p)
            if p.as_char() == '\'' && p.spacing() == proc_macro2::Spacing::Joint);
        out.push(t);
    }
    out.into_iter().collect()
}

/// Runs `f` on the expressions among a macro's arguments, which are put
/// back in its tokens: all of them if they parse as comma-separated
/// expressions, else each top-level comma-separated piece that parses as
/// one (`check(x)?` in `stop!('outer, check(x)?)`; a piece is put back only
/// if `f` changed it). Returns the tokens of the pieces that are no
/// expressions (all the tokens of a macro called with braces).
pub fn visit_macro_args(mac: &mut Macro, mut f: impl FnMut(&mut Expr)) -> TokenStream {
    if let Some(mut exprs) = parse_macro_exprs(mac) {
        exprs.iter_mut().for_each(&mut f);
        set_macro_exprs(mac, &exprs);
        return TokenStream::new();
    }
    if matches!(mac.delimiter, syn::MacroDelimiter::Brace(_)) {
        return mac.tokens.clone();
    }
    let mut pieces: Vec<Vec<TokenTree>> = vec![Vec::new()];
    for t in mac.tokens.clone() {
        match &t {
            TokenTree::Punct(p) if p.as_char() == ',' => pieces.push(Vec::new()),
            _ => pieces.last_mut().expect("a piece").push(t),
        }
    }
    let mut tokens = TokenStream::new();
    let mut rest = TokenStream::new();
    for (i, piece) in pieces.into_iter().enumerate() {
        if i > 0 {
            tokens.extend(quote::quote!(,));
        }
        let piece: TokenStream = piece.into_iter().collect();
        match syn::parse2::<Expr>(piece.clone()) {
            Ok(mut e) => {
                let before = e.to_token_stream().to_string();
                f(&mut e);
                if e.to_token_stream().to_string() == before {
                    tokens.extend(piece);
                } else {
                    tokens.extend(e.into_token_stream());
                }
            }
            Err(_) => {
                rest.extend(piece.clone());
                tokens.extend(piece);
            }
        }
    }
    mac.tokens = tokens;
    rest
}

/// Calls `leaf` on each assignee inside the assignee of `=`: the whole
/// expression, or the elements of a destructuring one (`(a, b)`, `[a, _]`,
/// `S { f: a }`, `T(a)`, nested), leaving out `_` and `..`.
pub fn assignee_leaves<'e>(e: &'e Expr, leaf: &mut impl FnMut(&'e Expr)) {
    match e {
        Expr::Tuple(t) => t.elems.iter().for_each(|e| assignee_leaves(e, leaf)),
        Expr::Array(a) => a.elems.iter().for_each(|e| assignee_leaves(e, leaf)),
        Expr::Paren(p) => assignee_leaves(&p.expr, leaf),
        Expr::Struct(s) => s.fields.iter().for_each(|f| assignee_leaves(&f.expr, leaf)),
        Expr::Call(c) => c.args.iter().for_each(|e| assignee_leaves(e, leaf)),
        Expr::Infer(_) | Expr::Range(_) => {}
        other => leaf(other),
    }
}

/// Whether an assignee of `=` assigns `name` as a whole (also inside a
/// destructuring assignee: `(a, b) = ..`).
pub fn assignee_assigns(e: &syn::Expr, name: &str) -> bool {
    let mut found = false;
    assignee_leaves(e, &mut |leaf| {
        found |= matches!(leaf, syn::Expr::Path(p) if p.path.is_ident(name));
    });
    found
}

/// Whether evaluating `e` certainly assigns the local `name` as a whole
/// (`x = v`, in every branch of an `if`/`match`; a branch that diverges
/// counts as assigning, the lowering's jumps and returns included).
/// Syntactic and conservative.
pub fn definitely_assigns(e: &syn::Expr, name: &str) -> bool {
    use syn::Expr;
    let block = |b: &syn::Block| {
        b.stmts.iter().any(|s| match s {
            syn::Stmt::Expr(e, _) => definitely_assigns(e, name),
            _ => false,
        })
    };
    match e {
        Expr::Assign(a) => assignee_assigns(&a.left, name),
        Expr::Paren(p) => definitely_assigns(&p.expr, name),
        Expr::Group(g) => definitely_assigns(&g.expr, name),
        Expr::Block(b) if b.label.is_none() => block(&b.block),
        Expr::Unsafe(u) => block(&u.block),
        Expr::If(i) => match &i.else_branch {
            Some((_, els)) => block(&i.then_branch) && definitely_assigns(els, name),
            None => false,
        },
        Expr::Match(m) => {
            !m.arms.is_empty() && m.arms.iter().all(|a| definitely_assigns(&a.body, name))
        }
        Expr::Return(_) | Expr::Break(_) | Expr::Continue(_) => true,
        Expr::Macro(m) => m.mac.path.segments.last().is_some_and(|s| {
            matches!(
                s.ident.to_string().as_str(),
                "panic"
                    | "unreachable"
                    | "todo"
                    | "unimplemented"
                    // The lowering's jumps and returns (`ir::placeholder`).
                    | "__genfn_jump"
                    | "__genfn_return"
            )
        }),
        _ => false,
    }
}
