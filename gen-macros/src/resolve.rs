//! Resolve phase: recognise the body macros and check where suspension points
//! may appear (`normalize`), then resolve names to locals (`NameScopes`,
//! `mentions`) as the lowering walks the body.
//!
//! Visitors here stop at nested items (they cannot see the body's locals).
//! Closures and async blocks are opaque for suspension points (a `yield_!`
//! inside one is an error) but transparent for mentions: what they capture
//! counts as a use. Macro invocations are token streams: every identifier in
//! them, and every `{name}` in their string literals, counts as a mention.

use crate::diagnostics::Diagnostics;
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ExprYield, Ident, Macro, Pat, Stmt, Token};

use crate::ir::{LocalId, Mention, MentionKind};
use crate::syntax::pattern_bindings;

/// The attribute that marks an `ExprYield` as `yield_from!`.
const YIELD_FROM_MARKER: &str = "__genfn_yield_from";
const AWAIT_MARKER: &str = "__genfn_await";

pub enum Suspend<'a> {
    Yield(Option<&'a Expr>),
    YieldFrom(&'a Expr),
    /// `future.await` in an async generator.
    Await(&'a Expr),
}

/// The suspension point `e` is, after `normalize`.
pub fn suspension(e: &Expr) -> Option<Suspend<'_>> {
    match e {
        Expr::Yield(y) => {
            let from = y.attrs.iter().any(|a| a.path().is_ident(YIELD_FROM_MARKER));
            if let Some(inner) = &y.expr
                && y.attrs.iter().any(|a| a.path().is_ident(AWAIT_MARKER))
            {
                return Some(Suspend::Await(inner));
            }
            match (&y.expr, from) {
                (Some(inner), true) => Some(Suspend::YieldFrom(inner)),
                (inner, _) => Some(Suspend::Yield(inner.as_deref())),
            }
        }
        _ => None,
    }
}

fn macro_name(mac: &Macro) -> Option<String> {
    mac.path.segments.last().map(|s| s.ident.to_string())
}

/// Options of the normalisation.
pub struct NormalizeOptions {
    /// Rename `self` to this identifier (generator methods keep `self` in a slot).
    pub self_ident: Option<Ident>,
    /// The body is an `async fn`'s: `.await` is a suspension point.
    pub asynchronous: bool,
}

/// What `normalize` found.
pub struct Normalized {
    /// The first `yield_!` (not `yield_from!`), for the "missing `yield = T`" error.
    pub first_yield: Option<Span>,
}

/// Rewrites `yield_!(v)` into `yield v`, `yield_from!(x)` and (in an async
/// generator) `f.await` into marked `yield`s, renames `self`, and reports
/// suspension points in places a generator cannot suspend from.
pub fn normalize(block: &mut syn::Block, options: &NormalizeOptions) -> syn::Result<Normalized> {
    let mut n = Normalizer {
        options,
        opaque: Vec::new(),
        errors: Diagnostics::default(),
        first_yield: None,
        nested_generators: 0,
    };
    n.visit_block_mut(block);
    n.errors.finish()?;
    Ok(Normalized {
        first_yield: n.first_yield,
    })
}

struct Normalizer<'a> {
    options: &'a NormalizeOptions,
    /// What we are inside of, when it is a closure or an async block.
    opaque: Vec<&'static str>,
    errors: Diagnostics,
    first_yield: Option<Span>,
    /// Depth of nested `gen_!` invocations being scanned.
    nested_generators: usize,
}

impl Normalizer<'_> {
    fn body_macro(&mut self, mac: &Macro, attrs: &[syn::Attribute]) -> Option<Expr> {
        let name = macro_name(mac)?;
        let from = match name.as_str() {
            "yield_" => false,
            "yield_from" => true,
            _ => return None,
        };
        let span = mac.path.span();
        let inner: Option<Expr> = if from {
            match mac.parse_body::<Expr>() {
                Ok(e) => Some(e),
                Err(e) => {
                    self.errors.push(syn::Error::new(
                        e.span(),
                        format!("expected `yield_from!(expression)`: {e}"),
                    ));
                    return Some(syn::parse_quote!(()));
                }
            }
        } else if mac.tokens.is_empty() {
            None
        } else {
            match mac.parse_body::<Expr>() {
                Ok(e) => Some(e),
                Err(e) => {
                    self.errors.push(syn::Error::new(
                        e.span(),
                        format!(
                            "expected `yield_!(expression)`: {e}; to yield several values, yield a tuple: `yield_!((a, b))`"
                        ),
                    ));
                    return Some(syn::parse_quote!(()));
                }
            }
        };
        let mut attrs = attrs.to_vec();
        if from {
            attrs.push(syn::parse_quote_spanned!(span=> #[__genfn_yield_from]));
        }
        Some(Expr::Yield(ExprYield {
            attrs,
            yield_token: Token![yield](span),
            expr: inner.map(Box::new),
        }))
    }

    fn found_suspension(&mut self, span: Span, what: &str, is_yield: bool) {
        if let Some(inside) = self.opaque.last() {
            let article = if inside.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            self.errors.push(syn::Error::new(
                span,
                format!(
                    "`{what}` cannot be used inside {article} {inside}: it would suspend the {inside}, not the generator"
                ),
            ));
        } else if is_yield && self.first_yield.is_none() {
            self.first_yield = Some(span);
        }
    }

    /// Checks a foreign macro's tokens: no suspension point inside (unless
    /// it is a nested `gen_!` or `async_gen_!`, a generator of its own), and
    /// `self` renamed.
    fn foreign(&mut self, mac: &mut Macro) {
        let nested_generator = macro_name(mac).is_some_and(|n| n == "gen_" || n == "async_gen_");
        let tokens = std::mem::take(&mut mac.tokens);
        // An `.await` in an async block among the tokens is that block's.
        let awaits_here =
            self.options.asynchronous && !crate::syntax::tokens_contain(&tokens, &["async"], &[]);
        self.nested_generators += usize::from(nested_generator);
        mac.tokens = self.foreign_tokens(tokens, awaits_here);
        self.nested_generators -= usize::from(nested_generator);
    }

    /// `awaits_here`: an `.await` among the tokens would suspend this
    /// (async) generator.
    fn foreign_tokens(&mut self, tokens: TokenStream, awaits_here: bool) -> TokenStream {
        let mut out: Vec<TokenTree> = Vec::new();
        let mut iter = tokens.into_iter().peekable();
        while let Some(tt) = iter.next() {
            match tt {
                TokenTree::Group(g) => {
                    let inner = self.foreign_tokens(g.stream(), awaits_here);
                    let mut ng = proc_macro2::Group::new(g.delimiter(), inner);
                    ng.set_span(g.span());
                    out.push(TokenTree::Group(ng));
                }
                TokenTree::Ident(ident) => {
                    let name = ident.to_string();
                    let bang =
                        matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                    let suspends =
                        (name == "yield_" || name == "yield_from") && bang || name == "yield";
                    if suspends && self.nested_generators == 0 {
                        self.errors.push(syn::Error::new(
                            ident.span(),
                            "a generator cannot suspend inside another macro's arguments: bind the value first, as in `let v = yield_!(x);`",
                        ));
                    }
                    let after_dot =
                        matches!(out.last(), Some(TokenTree::Punct(p)) if p.as_char() == '.');
                    if name == "await" && after_dot && awaits_here && self.nested_generators == 0 {
                        self.errors.push(syn::Error::new(
                            ident.span(),
                            "an async generator cannot `.await` inside another macro's arguments: bind the value first, as in `let v = f.await;`",
                        ));
                    }
                    let path_follows =
                        matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ':');
                    match &self.options.self_ident {
                        Some(renamed) if name == "self" && !path_follows => {
                            out.push(TokenTree::Ident(Ident::new(
                                &renamed.to_string(),
                                renamed.span().located_at(ident.span()),
                            )));
                        }
                        _ => out.push(TokenTree::Ident(ident)),
                    }
                }
                other => out.push(other),
            }
        }
        out.into_iter().collect()
    }
}

impl VisitMut for Normalizer<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        // The name the user wrote, for messages.
        let mut written = "yield";
        if let Expr::Macro(m) = e
            && let Some(new) = self.body_macro(&m.mac, &m.attrs)
        {
            written = if matches!(&new, Expr::Yield(y) if y.attrs.iter().any(|a| a.path().is_ident(YIELD_FROM_MARKER)))
            {
                "yield_from!"
            } else {
                "yield_!"
            };
            *e = new;
        }
        match e {
            Expr::Yield(y) => {
                let from = written == "yield_from!";
                self.found_suspension(y.yield_token.span, written, !from);
                visit_mut::visit_expr_yield_mut(self, y);
            }
            Expr::Await(a) => {
                visit_mut::visit_expr_await_mut(self, a);
                if self.opaque.is_empty() {
                    if self.options.asynchronous && self.nested_generators == 0 {
                        // Spanned like the `.await`, so that messages about
                        // the suspension point name it.
                        let span = a.await_token.span;
                        let base = &a.base;
                        *e = Expr::Yield(syn::ExprYield {
                            attrs: vec![syn::parse_quote_spanned!(span=> #[__genfn_await])],
                            yield_token: syn::Token![yield](span),
                            expr: Some(base.clone()),
                        });
                    } else {
                        self.errors.push(syn::Error::new(
                            a.await_token.span,
                            "`.await` is only allowed in `async` generators; this generator is not `async`",
                        ));
                    }
                }
            }
            Expr::Closure(c) => {
                self.opaque.push("closure");
                visit_mut::visit_expr_closure_mut(self, c);
                self.opaque.pop();
            }
            Expr::Async(a) => {
                self.opaque.push("async block");
                visit_mut::visit_expr_async_mut(self, a);
                self.opaque.pop();
            }
            Expr::Path(p) => {
                if let Some(renamed) = &self.options.self_ident
                    && p.qself.is_none()
                    && p.path.is_ident("self")
                {
                    let span = p.path.segments[0].ident.span();
                    p.path.segments[0].ident =
                        Ident::new(&renamed.to_string(), renamed.span().located_at(span));
                }
            }
            Expr::Macro(m) => self.foreign(&mut m.mac),
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_stmt_mut(&mut self, s: &mut Stmt) {
        if let Stmt::Macro(m) = s {
            if let Some(new) = self.body_macro(&m.mac, &m.attrs) {
                *s = Stmt::Expr(new, m.semi_token);
            } else {
                self.foreign(&mut m.mac);
                return;
            }
        }
        visit_mut::visit_stmt_mut(self, s);
    }

    fn visit_item_mut(&mut self, item: &mut syn::Item) {
        // Nested items cannot see the generator's locals or suspend it.
        struct Finder(Vec<(Span, String)>);
        impl<'ast> Visit<'ast> for Finder {
            fn visit_macro(&mut self, m: &'ast Macro) {
                if let Some(name @ ("yield_" | "yield_from")) = macro_name(m).as_deref() {
                    self.0.push((m.path.span(), format!("{name}!")));
                }
            }
            fn visit_expr_yield(&mut self, y: &'ast ExprYield) {
                self.0.push((y.yield_token.span, "yield".to_string()));
            }
        }
        let mut finder = Finder(Vec::new());
        finder.visit_item(item);
        let what = match item {
            syn::Item::Fn(_) => "nested function",
            syn::Item::Impl(_) => "nested impl block",
            _ => "nested item",
        };
        for (span, name) in finder.0 {
            self.errors.push(syn::Error::new(
                span,
                format!("`{name}` cannot be used inside a {what}: it would suspend that function, not the generator"),
            ));
        }
    }
}

/// Whether `e` contains a suspension point of the generator (closures, async
/// blocks and items excluded; `normalize` has rejected them there).
pub fn has_suspension(e: &Expr) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_expr(&mut self, e: &'ast Expr) {
            if self.0 {
                return;
            }
            match e {
                Expr::Yield(_) => self.0 = true,
                Expr::Closure(_) | Expr::Async(_) => {}
                _ => visit::visit_expr(self, e),
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}

/// The span of the first suspension point inside `e`, for errors.
pub fn first_suspension_span(e: &Expr) -> Option<Span> {
    struct Finder(Option<Span>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_expr(&mut self, e: &'ast Expr) {
            if self.0.is_some() {
                return;
            }
            match e {
                Expr::Yield(y) => self.0 = Some(y.yield_token.span),
                Expr::Closure(_) | Expr::Async(_) => {}
                _ => visit::visit_expr(self, e),
            }
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Finder(None);
    f.visit_expr(e);
    f.0
}

/// The lexical scopes the lowering is inside of: names to locals.
#[derive(Default)]
pub struct NameScopes {
    scopes: Vec<Vec<(String, LocalId)>>,
}

impl NameScopes {
    pub fn push(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn pop(&mut self) {
        self.scopes.pop();
    }

    /// Removes the innermost scope, to put it back with `push_scope`.
    pub fn pop_scope(&mut self) -> Vec<(String, LocalId)> {
        self.scopes.pop().unwrap_or_default()
    }

    pub fn push_scope(&mut self, scope: Vec<(String, LocalId)>) {
        self.scopes.push(scope);
    }

    pub fn bind(&mut self, name: String, id: LocalId) {
        self.scopes
            .last_mut()
            .expect("a scope is open while binding")
            .push((name, id));
    }

    pub fn lookup(&self, name: &str) -> Option<LocalId> {
        self.scopes
            .iter()
            .rev()
            .flat_map(|f| f.iter().rev())
            .find(|(n, _)| n == name)
            .map(|(_, id)| *id)
    }
}

/// The locals `node` mentions, resolved in `names`. A name that the code
/// itself binds where it is used (a `let` of an inner block, a pattern, a
/// closure parameter) is not a mention of the local.
pub fn mentions_expr(e: &Expr, names: &NameScopes) -> Vec<Mention> {
    let mut c = MentionCollector {
        names,
        bound: Vec::new(),
        out: Vec::new(),
    };
    c.visit_expr(e);
    c.out
}

struct MentionCollector<'a> {
    names: &'a NameScopes,
    /// Names bound inside the code and in scope at the current point.
    bound: Vec<String>,
    out: Vec<Mention>,
}

impl MentionCollector<'_> {
    fn name(&mut self, name: &str, kind: MentionKind) {
        if self.bound.iter().any(|b| b == name) {
            return;
        }
        if let Some(local) = self.names.lookup(name) {
            self.out.push(Mention {
                local,
                kind,
                name: name.to_string(),
            });
        }
    }

    fn tokens(&mut self, tokens: TokenStream) {
        for tt in tokens {
            match tt {
                TokenTree::Group(g) => self.tokens(g.stream()),
                TokenTree::Ident(i) => self.name(&i.to_string(), MentionKind::Read),
                TokenTree::Literal(l) => {
                    for capture in format_captures(&l.to_string()) {
                        self.name(&capture, MentionKind::Read);
                    }
                }
                TokenTree::Punct(_) => {}
            }
        }
    }

    fn bind(&mut self, pat: &Pat) {
        self.bound.extend(
            pattern_bindings(pat)
                .into_iter()
                .map(|b| b.ident.to_string()),
        );
    }

    /// The condition of an `if`/`while`: a let-chain's bindings are in
    /// scope after their `let` (and stay bound for the caller's body).
    fn condition(&mut self, cond: &'_ Expr) {
        match cond {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.condition(&b.left);
                self.condition(&b.right);
            }
            Expr::Group(g) => self.condition(&g.expr),
            Expr::Let(l) => {
                self.visit_expr(&l.expr);
                self.bind(&l.pat);
            }
            other => self.visit_expr(other),
        }
    }
}

impl MentionCollector<'_> {
    /// The assignee of `=`: a bare name is assigned as a whole, also inside
    /// a destructuring assignee (`(a, b) = ..`, `[a, _] = ..`, `S { f: a } =
    /// ..`); anything else is read (`v[i] = ..` reads `v` and `i`).
    fn assignee(&mut self, e: &Expr) {
        let mut leaves = Vec::new();
        crate::syntax::assignee_leaves(e, &mut |leaf| leaves.push(leaf));
        for leaf in leaves {
            match leaf {
                Expr::Path(p)
                    if p.qself.is_none()
                        && p.path.segments.len() == 1
                        && p.path.leading_colon.is_none()
                        && p.path.segments[0].arguments.is_none() =>
                {
                    self.name(&p.path.segments[0].ident.to_string(), MentionKind::Assign);
                }
                other => self.visit_expr(other),
            }
        }
    }
}

impl<'ast> Visit<'ast> for MentionCollector<'_> {
    fn visit_expr_path(&mut self, p: &'ast syn::ExprPath) {
        if p.qself.is_none() && p.path.leading_colon.is_none() && p.path.segments.len() == 1 {
            let seg = &p.path.segments[0];
            if seg.arguments.is_none() {
                self.name(&seg.ident.to_string(), MentionKind::Read);
            }
        }
        visit::visit_expr_path(self, p);
    }

    fn visit_expr_assign(&mut self, a: &'ast syn::ExprAssign) {
        self.assignee(&a.left);
        self.visit_expr(&a.right);
    }

    fn visit_macro(&mut self, m: &'ast Macro) {
        self.tokens(m.tokens.clone());
    }

    fn visit_block(&mut self, b: &'ast syn::Block) {
        let len = self.bound.len();
        for s in &b.stmts {
            // A `let`'s initialiser and `else` block do not see its bindings.
            self.visit_stmt(s);
            if let Stmt::Local(l) = s {
                self.bind(&l.pat);
            }
        }
        self.bound.truncate(len);
    }

    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let Some(init) = &l.init {
            self.visit_expr(&init.expr);
            if let Some((_, els)) = &init.diverge {
                self.visit_expr(els);
            }
        }
    }

    fn visit_arm(&mut self, a: &'ast syn::Arm) {
        let len = self.bound.len();
        self.bind(&a.pat);
        if let Some((_, g)) = &a.guard {
            self.visit_expr(g);
        }
        self.visit_expr(&a.body);
        self.bound.truncate(len);
    }

    fn visit_expr_closure(&mut self, c: &'ast syn::ExprClosure) {
        let len = self.bound.len();
        c.inputs.iter().for_each(|p| self.bind(p));
        self.visit_expr(&c.body);
        self.bound.truncate(len);
    }

    fn visit_expr_for_loop(&mut self, f: &'ast syn::ExprForLoop) {
        self.visit_expr(&f.expr);
        let len = self.bound.len();
        self.bind(&f.pat);
        self.visit_block(&f.body);
        self.bound.truncate(len);
    }

    fn visit_expr_if(&mut self, i: &'ast syn::ExprIf) {
        let len = self.bound.len();
        self.condition(&i.cond);
        self.visit_block(&i.then_branch);
        self.bound.truncate(len);
        if let Some((_, els)) = &i.else_branch {
            self.visit_expr(els);
        }
    }

    fn visit_expr_while(&mut self, w: &'ast syn::ExprWhile) {
        let len = self.bound.len();
        self.condition(&w.cond);
        self.visit_block(&w.body);
        self.bound.truncate(len);
    }

    fn visit_expr_binary(&mut self, b: &'ast syn::ExprBinary) {
        // A let-chain on its own (the condition of a lowered `if`).
        if matches!(b.op, syn::BinOp::And(_)) {
            let len = self.bound.len();
            self.condition(&b.left);
            self.condition(&b.right);
            self.bound.truncate(len);
        } else {
            visit::visit_expr_binary(self, b);
        }
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {}
}

/// The names a format string may capture: `{name}`, `{name:?}`, `{name:>width$}`…
/// Over-approximates on purpose (any string literal of any macro).
pub fn format_captures(literal: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !(literal.starts_with('"') || literal.starts_with('r')) {
        return out;
    }
    let chars: Vec<char> = literal.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '{' {
            if chars.get(i + 1) == Some(&'{') {
                i += 2;
                continue;
            }
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            if j > start {
                out.push(chars[start..j].iter().collect());
            }
            // Width and precision arguments: `{:>width$}`.
            let mut k = j;
            while k < chars.len() && chars[k] != '}' {
                if chars[k] == '$' {
                    let mut b = k;
                    while b > j && (chars[b - 1].is_alphanumeric() || chars[b - 1] == '_') {
                        b -= 1;
                    }
                    if b < k {
                        out.push(chars[b..k].iter().collect());
                    }
                }
                k += 1;
            }
            i = k;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{NameScopes, format_captures, mentions_expr};
    use crate::ir::LocalId;

    /// The names `src` mentions when `x` and `y` are locals.
    fn mentioned(src: &str) -> Vec<String> {
        let mut names = NameScopes::default();
        names.push();
        names.bind("x".into(), LocalId(0));
        names.bind("y".into(), LocalId(1));
        let e: syn::Expr = syn::parse_str(src).unwrap();
        mentions_expr(&e, &names)
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    #[test]
    fn names_bound_inside_the_code_are_not_mentions_of_locals() {
        assert_eq!(mentioned("{ let mut x = 0; x = 5; y = x; }"), ["y"]);
        assert_eq!(mentioned("{ let x = x + 1; x }"), ["x"]);
        assert_eq!(mentioned("|x| x + y"), ["y"]);
        assert_eq!(mentioned("match y { Some(x) => x, None => 0 }"), ["y"]);
        assert_eq!(mentioned("for x in y { f(x) }"), ["y"]);
        assert_eq!(mentioned("let Some(x) = y && x > 3"), ["y"]);
        assert_eq!(
            mentioned("if let Some(x) = y && x > 3 { x } else { x }"),
            ["y", "x"]
        );
        assert_eq!(
            mentioned("{ let Some(x) = y else { return x }; x }"),
            ["y", "x"]
        );
        assert_eq!(mentioned("{ let x = 1; m!(x) }"), Vec::<String>::new());
    }

    #[test]
    fn captures_in_format_strings() {
        assert_eq!(
            format_captures("\"{x} {y:?} {{z}} {:>w$}\""),
            ["x", "y", "w"]
        );
        assert_eq!(format_captures("\"plain\""), Vec::<String>::new());
        assert_eq!(format_captures("'c'"), Vec::<String>::new());
    }
}
