//! `#[ablate(modes)]`, written under `#[generator(..)]`: genfn keeps the
//! user's attributes on the fn it emits, so this macro receives genfn's
//! expansion with its spans and can take tokens away from the user's source
//! locations, to find out which tokens make rust-analyzer's answers differ.
//!
//! rust-analyzer maps a source token down into an expansion by location: every
//! expansion token whose span is located at the source token counts as that
//! token. Moving a token's location to this attribute (`located_at`, which
//! keeps its hygiene, so name resolution is unchanged) removes it from that
//! set without changing what the code means.
//!
//! Modes (comma-separated):
//! - `shadow`: every token of the shadow closure (`let _ = || { .. };`);
//! - `machine`: every token of the state machine (the body's tail block);
//! - `kept`: identifiers ending in `_kept_in_generator`;
//! - `self_`: the identifier `self_` (the receiver's stand-in);
//! - `yielded`: `let` and `__genfn_*` identifiers (the bindings genfn makes
//!   for a yielded, returned or delegated value);
//! - `drop_shadow`: leaves the shadow closure out (for timings: what the
//!   copy costs the IDE);
//! - `drop_machine`: puts `loop {}` in place of the state machine (same);
//! - `dump`: writes `$GENFN_ABLATE_DUMP/<fn>.tsv`, one line per expansion
//!   token located in the source file: part, line, column, text, source text
//!   (rustc only: it needs real locations).

use proc_macro::{Delimiter, Group, Span, TokenStream, TokenTree};
use std::fmt::Write;

#[proc_macro_attribute]
pub fn ablate(args: TokenStream, item: TokenStream) -> TokenStream {
    let modes: Vec<String> = args
        .to_string()
        .split(',')
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty())
        .collect();
    let has = |m: &str| modes.iter().any(|x| x == m);
    let here = Span::call_site();
    let mut tokens: Vec<TokenTree> = item.into_iter().collect();
    let name = fn_name(&tokens);
    let Some(TokenTree::Group(body)) = tokens.pop() else {
        return "compile_error!(\"ablate: expected a fn\");".parse().unwrap();
    };
    let stmts = split_statements(body.stream());
    let last = stmts.len().saturating_sub(1);
    let mut dump = String::new();
    let mut out = Vec::new();
    for (i, stmt) in stmts.into_iter().enumerate() {
        let part = if is_shadow(&stmt) {
            "shadow"
        } else if i == last && matches!(&stmt[..], [TokenTree::Group(g)] if g.delimiter() == Delimiter::Brace) {
            "machine"
        } else {
            "prelude"
        };
        if has("dump") {
            record(&stmt, part, &mut dump);
        }
        if part == "shadow" && has("drop_shadow") {
            continue;
        }
        if part == "machine" && has("drop_machine") {
            out.extend("{ loop {} }".parse::<TokenStream>().unwrap());
            continue;
        }
        out.extend(respan(stmt, here, has(part), &has));
    }
    if has("dump") {
        record(&tokens, "signature", &mut dump);
        if let Ok(dir) = std::env::var("GENFN_ABLATE_DUMP") {
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(format!("{dir}/{name}.tsv"), dump);
        }
    }
    let mut group = Group::new(Delimiter::Brace, out.into_iter().collect());
    group.set_span(body.span());
    tokens.push(TokenTree::Group(group));
    tokens.into_iter().collect()
}

fn fn_name(tokens: &[TokenTree]) -> String {
    let mut after_fn = false;
    for t in tokens {
        if let TokenTree::Ident(i) = t {
            if after_fn {
                return i.to_string();
            }
            after_fn = i.to_string() == "fn";
        }
    }
    "unknown".into()
}

/// The body's statements, each with its `;`; attributes stay with theirs.
fn split_statements(stream: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut stmts = vec![Vec::new()];
    for t in stream {
        let end = matches!(&t, TokenTree::Punct(p) if p.as_char() == ';');
        stmts.last_mut().unwrap().push(t);
        if end {
            stmts.push(Vec::new());
        }
    }
    stmts.retain(|s| !s.is_empty());
    stmts
}

/// `#[..] let _ = ..;`: genfn's shadow closure.
fn is_shadow(stmt: &[TokenTree]) -> bool {
    let words: Vec<String> = stmt
        .iter()
        .filter(|t| !matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket))
        .filter(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == '#'))
        .take(3)
        .map(|t| t.to_string())
        .collect();
    words == ["let", "_", "="]
}

fn chosen(t: &TokenTree, has: &dyn Fn(&str) -> bool) -> bool {
    let text = t.to_string();
    let ident = matches!(t, TokenTree::Ident(_));
    (ident && has("kept") && text.ends_with("_kept_in_generator"))
        || (ident && has("self_") && text == "self_")
        || (ident && has("yielded") && text.starts_with("__genfn"))
}

/// Moves the chosen tokens (all of them when `whole`) to `here`. With
/// `yielded`, a `let` goes with the `__genfn_*` name it binds.
fn respan(tokens: Vec<TokenTree>, here: Span, whole: bool, has: &dyn Fn(&str) -> bool) -> Vec<TokenTree> {
    let texts: Vec<String> = tokens
        .iter()
        .map(|t| if let TokenTree::Group(_) = t { String::new() } else { t.to_string() })
        .collect();
    tokens
        .into_iter()
        .enumerate()
        .map(|(k, t)| {
            let binds_internal = has("yielded")
                && texts[k] == "let"
                && texts.get(k + 1).is_some_and(|n| n.starts_with("__genfn"));
            let pick = whole || binds_internal || chosen(&t, has);
            match t {
                TokenTree::Group(g) => {
                    let inner = respan(g.stream().into_iter().collect(), here, whole, has);
                    let mut group = Group::new(g.delimiter(), inner.into_iter().collect());
                    group.set_span(if pick { g.span().located_at(here) } else { g.span() });
                    TokenTree::Group(group)
                }
                mut t => {
                    if pick {
                        t.set_span(t.span().located_at(here));
                    }
                    t
                }
            }
        })
        .collect()
}

fn record(tokens: &[TokenTree], part: &str, out: &mut String) {
    for t in tokens {
        let span = t.span();
        let text = match t {
            TokenTree::Group(g) => match g.delimiter() {
                Delimiter::Parenthesis => "(".to_string(),
                Delimiter::Brace => "{".to_string(),
                Delimiter::Bracket => "[".to_string(),
                Delimiter::None => "<none>".to_string(),
            },
            _ => t.to_string(),
        };
        let source = span.source_text().unwrap_or_default();
        let source = source.lines().next().unwrap_or("");
        let _ = writeln!(out, "{part}\t{}\t{}\t{text}\t{source}", span.line(), span.column());
        if let TokenTree::Group(g) = t {
            record(&g.stream().into_iter().collect::<Vec<_>>(), part, out);
        }
    }
}
