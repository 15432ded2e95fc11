//! Names: the pointers that stand for kept-in-place locals, the names a
//! pattern binds, and what a closure or an inline generator captures.

use super::*;

/// The kept-in-place locals (of `names`) that `e` takes out of their slots
/// as a whole when it is a `move` closure, an `async move` block or
/// `gen_!(move ..)`: all it mentions, even where Rust would take only the
/// fields named; `None` for any other expression. The shadow makes the
/// same whole moves. (A closure or `async` block that is not `move`
/// captures each local as Rust does, by its type: see
/// `Rewriter::borrowing_closure`.)
pub fn moved_captures(e: &Expr, names: &BTreeSet<String>) -> Option<Vec<syn::Ident>> {
    let private = TokenStream::new();
    let r = Rewriter::new(names, &private);
    match e {
        Expr::Closure(c) if c.capture.is_some() => {
            let params: Vec<Pat> = c.inputs.iter().cloned().collect();
            Some(r.captures(&params, &c.body))
        }
        Expr::Async(a) if a.capture.is_some() => Some(r.captures(&[], &async_body(a))),
        Expr::Macro(m) if is_inline_generator(&m.mac, true) => Some(r.macro_captures(&m.mac)),
        _ => None,
    }
}

pub(super) fn async_body(a: &syn::ExprAsync) -> Expr {
    Expr::Block(syn::ExprBlock {
        attrs: Vec::new(),
        label: None,
        block: a.block.clone(),
    })
}

/// The name of the raw pointer through which the state machine reaches
/// kept-in-place local `x`: the user's name (as rustc's errors show it), but
/// hygienic, so that no token of the user's (say one a macro receives and
/// binds) can name or rebind the pointer.
pub fn pointer(x: &syn::Ident) -> syn::Ident {
    if hygienic_pointer(x) {
        syn::Ident::new(
            &x.to_string(),
            proc_macro2::Span::mixed_site().located_at(x.span()),
        )
    } else {
        // rustc names a local with the user's span in its messages ("cannot
        // move out of `*v`"), and no user token can reach it unrewritten.
        x.clone()
    }
}

/// Runs `f` with `names` the kept-in-place reference parameters that macro
/// invocations receive by name, reborrowed (`bytes`, a `&mut Bytes<'_>`):
/// `true` for `&mut`. See `Rewriter::direct_names`.
pub fn with_reborrowed<T>(names: BTreeMap<String, bool>, f: impl FnOnce() -> T) -> T {
    let before = REBORROWED.with(|h| h.replace(names));
    let out = f();
    REBORROWED.with(|h| h.replace(before));
    out
}

/// Whether kept-in-place `name` is a reference parameter that macros
/// receive reborrowed, and whether it is `&mut`.
pub(super) fn reborrowed(name: &str) -> Option<bool> {
    REBORROWED.with(|h| h.borrow().get(name).copied())
}

std::thread_local! {
    /// See `with_reborrowed`.
    static REBORROWED: std::cell::RefCell<BTreeMap<String, bool>> =
        const { std::cell::RefCell::new(BTreeMap::new()) };
}

pub(super) fn hygienic_pointer(x: &syn::Ident) -> bool {
    HYGIENIC_POINTERS.with(|h| h.borrow().contains(&x.to_string()))
}

std::thread_local! {
    /// The kept-in-place locals of the generator being expanded whose
    /// pointers get hygienic names (`hygienic_pointers`).
    static HYGIENIC_POINTERS: std::cell::RefCell<BTreeSet<String>> =
        const { std::cell::RefCell::new(BTreeSet::new()) };
}

std::thread_local! {
    /// The names of the generator's locals (`None` outside an emission):
    /// a closure that mentions none of them but kept-in-place ones may be
    /// made `move` (`Rewriter::owning_closure`); and whether a statement
    /// macro of the body may declare locals the list does not have.
    static BODY_LOCALS: std::cell::RefCell<Option<(BTreeSet<String>, bool)>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `f` (the emission of one generator) knowing the names of its
/// locals, and whether statement macros of its body may declare others
/// (`macro_locals`, see `may_declare_locals`).
pub fn with_body_locals<T>(
    names: BTreeSet<String>,
    macro_locals: bool,
    f: impl FnOnce() -> T,
) -> T {
    let before = BODY_LOCALS.with(|l| l.replace(Some((names, macro_locals))));
    let out = f();
    BODY_LOCALS.with(|l| l.replace(before));
    out
}

/// Whether `name` may be one of the generator's locals: one it knows, or,
/// when a statement macro of the body may declare locals it does not know
/// (`decl!(m);` expanding to `let mut m = ..;`), any name that is not
/// obviously a type, constant or variant (uppercase). Always, when the
/// locals are not known.
pub(super) fn may_be_body_local(name: &str) -> bool {
    BODY_LOCALS.with(|l| {
        l.borrow().as_ref().is_none_or(|(names, macro_locals)| {
            names.contains(name)
                || (*macro_locals
                    && !name
                        .trim_start_matches("r#")
                        .starts_with(|c: char| c.is_ascii_uppercase()))
        })
    })
}

/// Whether a statement macro of `body` may declare a local: any but the
/// generator's own and the standard library's macros that expand to an
/// expression (`println!`, `assert!`, ...). A `macro_rules!` macro may bind
/// a name it receives (`let $n = ..`), a procedural one any name.
pub fn may_declare_locals(body: &syn::Block) -> bool {
    struct Finder(bool);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_stmt_macro(&mut self, m: &'ast syn::StmtMacro) {
            let name = m
                .mac
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            let expression = crate::syntax::STD_EXPRESSION_MACROS.contains(&name.as_str())
                || name == "yield_"
                || name == "yield_from";
            if crate::ir::placeholder_name(&m.mac).is_none() && !expression {
                self.0 = true;
            }
            syn::visit::visit_stmt_macro(self, m);
        }
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut f = Finder(false);
    f.visit_block(body);
    f.0
}

/// Whether the generator's locals are known (`with_body_locals`).
pub(super) fn body_locals_known() -> bool {
    BODY_LOCALS.with(|l| l.borrow().is_some())
}

/// Runs `f` (the emission of one generator) with the pointers of `names`
/// named hygienically.
pub fn with_hygienic_pointers<T>(names: BTreeSet<String>, f: impl FnOnce() -> T) -> T {
    let before = HYGIENIC_POINTERS.with(|h| h.replace(names));
    let out = f();
    HYGIENIC_POINTERS.with(|h| h.replace(before));
    out
}

/// Whether binding `pat` to a value moves the whole value (`x`, `mut x`),
/// as opposed to reading or moving parts of it from a place (`_`, `(a, b)`,
/// `S { a, .. }`, `Some(x)`, `ref x`).
pub fn moves_whole(pat: &Pat) -> bool {
    match pat {
        Pat::Ident(p) => p.by_ref.is_none() && p.subpat.is_none(),
        Pat::Type(t) => moves_whole(&t.pat),
        Pat::Paren(p) => moves_whole(&p.pat),
        // A tuple pattern moves field by field in Rust: the fields can be
        // assigned again one by one, which a whole move would not allow.
        _ => false,
    }
}

/// Whether `m` is `gen_!{..}`/`async_gen_!{..}` (with `move` first when
/// `moving`): an inline generator is a closure.
pub fn is_inline_generator(m: &syn::Macro, moving: bool) -> bool {
    let Some(last) = m.path.segments.last() else {
        return false;
    };
    let named = last.ident == "gen_" || last.ident == "async_gen_";
    let first_is_move = matches!(
        m.tokens.clone().into_iter().next(),
        Some(TokenTree::Ident(i)) if i == "move"
    );
    named && (!moving || first_is_move)
}
