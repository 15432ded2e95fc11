//! Items declared in the body: hoisted out of the state machine, and
//! rejected where hoisting would resolve a name differently.

use super::*;

/// Items declared in lowered blocks are hoisted to the top of the state
/// machine (the shadow keeps them where they are), so that every step sees
/// them. That resolves each mention of their names as in Rust only when the
/// name is no local's (a local named like the item would shadow it, or be
/// shadowed by it, in different places than in Rust), no other hoisted
/// item's, and, for an item of an inner block, not mentioned outside that
/// block (where Rust resolves it to something else); a glob import of an
/// inner block would bring its names into the whole body. Anything else is
/// rejected, on the item.
pub(super) fn check_items(
    items: &[syn::Item],
    nested: &[(syn::Item, proc_macro2::TokenStream)],
    locals: &[ir::Local],
    body: &proc_macro2::TokenStream,
) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut reported: Vec<String> = Vec::new();
    for item in items {
        for name in item_names(item) {
            let text = name.to_string();
            if locals.iter().any(|l| l.ident == text) {
                errors.push(syn::Error::new(
                    name.span(),
                    format!(
                        "an item in a generator body is visible to the whole body: `{text}` also \
                         names a local of the body; rename one"
                    ),
                ));
                reported.push(text.clone());
            } else if seen.contains(&text) {
                errors.push(syn::Error::new(
                    name.span(),
                    format!(
                        "an item in a generator body is visible to the whole body: another item \
                         of the body is named `{text}`; rename one"
                    ),
                ));
                reported.push(text.clone());
            }
            seen.push(text);
        }
    }
    for (item, block) in nested {
        if let syn::Item::Use(u) = item
            && has_glob(&u.tree)
        {
            errors.push(syn::Error::new_spanned(
                u,
                "a glob import in an inner block of a generator body would be visible to the \
                 whole body: import the names one by one, or move it to the body's first level",
            ));
        }
        for name in item_names(item) {
            let text = name.to_string();
            if !reported.contains(&text) && ident_count(body, &text) > ident_count(block, &text) {
                errors.push(syn::Error::new(
                    name.span(),
                    format!(
                        "an item in a generator body is visible to the whole body: `{text}` is \
                         also used outside the block that declares it, where it names something \
                         else; rename the item, or declare it at the body's first level"
                    ),
                ));
            }
        }
    }
    errors
}

/// Before: the `macro_rules!` definitions of the body.
/// After: an error for each whose expansion names a local of the body (a
/// parameter included) or one of its labels, where Rust resolves such a
/// name at the definition. Hoisted with the other items, the definition no
/// longer sees the local (E0597 or "cannot find value"), sees another
/// binding of that name (an outer variable a `gen_!(move ..)` captures: a
/// silently different program), or does not see the label (E0426); left
/// in place in a block without a suspension point, its mentions are not
/// seen by the analysis, which may not take the local out of its slot for
/// that step (the same outer binding then). Names the expansion binds
/// itself (`let b = $b;`), metavariables, fields and paths are not
/// mentions. Spanned at the mention.
pub(super) fn check_macro_definitions(
    block: &syn::Block,
    locals: &[ir::Local],
    body: &proc_macro2::TokenStream,
) -> Vec<syn::Error> {
    use proc_macro2::{Delimiter, TokenTree};
    /// The `macro_rules!` definitions of the body, also in its inner blocks
    /// and closures; not inside nested items, whose locals are their own.
    struct Definitions(Vec<syn::ItemMacro>);
    impl<'ast> syn::visit::Visit<'ast> for Definitions {
        fn visit_item(&mut self, i: &'ast syn::Item) {
            if let syn::Item::Macro(m) = i {
                self.0.push(m.clone());
            }
        }
    }
    let mut definitions = Definitions(Vec::new());
    syn::visit::Visit::visit_block(&mut definitions, block);
    let labels = declared_labels(body);
    let mut errors = Vec::new();
    for m in &definitions.0 {
        let Some(name) = &m.ident else { continue };
        // `(matcher) => { transcriber };`: the transcribers.
        let rules: Vec<TokenTree> = m.mac.tokens.clone().into_iter().collect();
        let transcribers = rules.windows(4).filter_map(|w| match w {
            [
                TokenTree::Group(_),
                TokenTree::Punct(eq),
                TokenTree::Punct(gt),
                TokenTree::Group(t),
            ] if eq.as_char() == '=' && gt.as_char() == '>' && t.delimiter() != Delimiter::None => {
                Some(t.stream())
            }
            _ => None,
        });
        for t in transcribers {
            let tokens = crate::syntax::flatten(t);
            let punct = |k: usize, c: char| matches!(tokens.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
            let is_ident =
                |k: usize, w: &str| matches!(tokens.get(k), Some(TokenTree::Ident(i)) if i == w);
            // The names the expansion binds itself.
            let own: Vec<String> = tokens
                .iter()
                .enumerate()
                .filter_map(|(i, t)| match t {
                    TokenTree::Ident(x)
                        if i >= 1
                            && (is_ident(i - 1, "let")
                                || is_ident(i - 1, "mut")
                                || is_ident(i - 1, "ref")
                                || is_ident(i - 1, "for")) =>
                    {
                        Some(x.to_string())
                    }
                    _ => None,
                })
                .collect();
            let found = tokens.iter().enumerate().find_map(|(i, t)| {
                let TokenTree::Ident(x) = t else { return None };
                let text = x.to_string();
                // A label: `'name`.
                if i >= 1 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '\'') {
                    return labels
                        .contains(&text)
                        .then(|| (x.clone(), format!("the label `'{text}`")));
                }
                let mention = !(i >= 1
                    && (punct(i - 1, '$') || punct(i - 1, '.') || punct(i - 1, ':')))
                    && !punct(i + 1, '!')
                    && !(punct(i + 1, ':') && punct(i + 2, ':'))
                    && !own.contains(&text)
                    && locals.iter().any(|l| l.ident == text);
                mention.then(|| (x.clone(), format!("`{text}`, a local of the body")))
            });
            if let Some((at, what)) = found {
                errors.push(syn::Error::new(
                    at.span(),
                    format!(
                        "`{name}!` is defined in a generator body and uses {what}: Rust resolves \
                         that name where the macro is defined, which the state machine does not \
                         keep as written; define the macro outside the function, or pass the \
                         value (or label) as an argument"
                    ),
                ));
                break;
            }
        }
    }
    errors
}

/// The labels the body declares (`'name:`).
fn declared_labels(tokens: &proc_macro2::TokenStream) -> Vec<String> {
    use proc_macro2::TokenTree;
    let tokens = crate::syntax::flatten(tokens.clone());
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if let (TokenTree::Punct(q), Some(TokenTree::Ident(name)), Some(TokenTree::Punct(colon))) =
            (t, tokens.get(i + 1), tokens.get(i + 2))
            && q.as_char() == '\''
            && colon.as_char() == ':'
            && !matches!(tokens.get(i + 3), Some(TokenTree::Punct(p)) if p.as_char() == ':')
        {
            out.push(name.to_string());
        }
    }
    out
}

/// The names an item declares.
pub(super) fn item_names(item: &syn::Item) -> Vec<syn::Ident> {
    fn use_names(tree: &syn::UseTree, out: &mut Vec<syn::Ident>) {
        match tree {
            syn::UseTree::Path(p) => use_names(&p.tree, out),
            syn::UseTree::Name(n) if n.ident != "self" => out.push(n.ident.clone()),
            syn::UseTree::Name(_) => {}
            syn::UseTree::Rename(r) if r.rename != "_" => out.push(r.rename.clone()),
            syn::UseTree::Rename(_) | syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_names(t, out)),
        }
    }
    let ident = match item {
        syn::Item::Const(i) => Some(&i.ident),
        syn::Item::Enum(i) => Some(&i.ident),
        syn::Item::ExternCrate(i) => Some(i.rename.as_ref().map_or(&i.ident, |(_, r)| r)),
        syn::Item::Fn(i) => Some(&i.sig.ident),
        syn::Item::Macro(i) => i.ident.as_ref(),
        syn::Item::Mod(i) => Some(&i.ident),
        syn::Item::Static(i) => Some(&i.ident),
        syn::Item::Struct(i) => Some(&i.ident),
        syn::Item::Trait(i) => Some(&i.ident),
        syn::Item::TraitAlias(i) => Some(&i.ident),
        syn::Item::Type(i) => Some(&i.ident),
        syn::Item::Union(i) => Some(&i.ident),
        syn::Item::Use(u) => {
            let mut out = Vec::new();
            use_names(&u.tree, &mut out);
            return out;
        }
        _ => None,
    };
    ident.filter(|i| *i != "_").cloned().into_iter().collect()
}

pub(super) fn has_glob(tree: &syn::UseTree) -> bool {
    match tree {
        syn::UseTree::Path(p) => has_glob(&p.tree),
        syn::UseTree::Glob(_) => true,
        syn::UseTree::Group(g) => g.items.iter().any(has_glob),
        _ => false,
    }
}

/// How many times `name` occurs in `tokens` as an identifier that is not a
/// field or method name (after a `.`).
pub(super) fn ident_count(tokens: &proc_macro2::TokenStream, name: &str) -> usize {
    use proc_macro2::TokenTree;
    let mut count = 0;
    let mut after_dot = false;
    for t in tokens.clone() {
        match &t {
            TokenTree::Ident(i) if !after_dot && i == name => count += 1,
            TokenTree::Group(g) => count += ident_count(&g.stream(), name),
            _ => {}
        }
        after_dot = matches!(&t, TokenTree::Punct(p) if p.as_char() == '.');
    }
    count
}
