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
