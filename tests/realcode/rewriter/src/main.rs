//! Rewriter of tests/realcode: next to every free fn and inherent method of a
//! crate's `src/`, adds a `#[genfn::generator(yield = ())]` copy named
//! `<name>__gen` whose body has suspension points inserted, and a plain copy
//! `<name>__plain` with `()` in their place (the control: a copy whose plain
//! twin does not compile is not counted). Optionally replaces the body of an
//! original by a loop that drives its generator copy to completion
//! (`--redirect`), so that the crate's own tests run the generators.
//!
//! Usage: genfn-realcode-rewriter --mode stmts|exprs|yield_from --in CRATE
//!        --out SCRATCH --manifest FILE.json [--skip-gen FILE] [--skip-plain FILE]
//!        [--redirect FILE] [--max-yields N]
//!
//! The copies are spliced into the original text after the original fn (the
//! rest of the file is left byte for byte), so the manifest can say on which
//! lines of the output each copy lies.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{LineColumn, Span};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{
    Attribute, BinOp, Block, Expr, FnArg, ImplItem, Item, ItemFn, Signature, Stmt, UnOp,
    Visibility, parse_quote,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Stmts,
    Exprs,
    YieldFrom,
}

struct Options {
    mode: Mode,
    input: PathBuf,
    output: PathBuf,
    manifest: PathBuf,
    skip_gen: HashSet<String>,
    skip_plain: HashSet<String>,
    redirect: HashSet<String>,
    max_yields: usize,
    /// A copy made wrong on purpose (a self-test of the run variant).
    sabotage: Option<String>,
}

fn read_set(path: &str) -> HashSet<String> {
    fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("reading {path}: {e}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn parse_args() -> Options {
    let mut args = std::env::args().skip(1);
    let mut mode = None;
    let mut input = None;
    let mut output = None;
    let mut manifest = None;
    let mut skip_gen = HashSet::new();
    let mut skip_plain = HashSet::new();
    let mut redirect = HashSet::new();
    let mut max_yields = 64;
    let mut sabotage = None;
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--mode" => {
                mode = Some(match value().as_str() {
                    "stmts" => Mode::Stmts,
                    "exprs" => Mode::Exprs,
                    "yield_from" => Mode::YieldFrom,
                    m => panic!("unknown mode {m}"),
                })
            }
            "--in" => input = Some(PathBuf::from(value())),
            "--out" => output = Some(PathBuf::from(value())),
            "--manifest" => manifest = Some(PathBuf::from(value())),
            "--skip-gen" => skip_gen = read_set(&value()),
            "--skip-plain" => skip_plain = read_set(&value()),
            "--redirect" => redirect = read_set(&value()),
            "--max-yields" => max_yields = value().parse().expect("--max-yields N"),
            "--sabotage" => sabotage = Some(value()),
            _ => panic!("unknown argument {a}"),
        }
    }
    Options {
        mode: mode.expect("--mode"),
        input: input.expect("--in"),
        output: output.expect("--out"),
        manifest: manifest.expect("--manifest"),
        skip_gen,
        skip_plain,
        redirect,
        max_yields,
        sabotage,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Byte offsets from proc-macro2's (line, char column) positions.
struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(src: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { src, starts }
    }
    fn offset(&self, lc: LineColumn) -> usize {
        let start = self.starts[lc.line - 1];
        let line = &self.src[start..];
        start
            + line
                .char_indices()
                .nth(lc.column)
                .map_or(line.len(), |(i, _)| i)
    }
}

/// One manifest entry: a fn of the crate and what was done with it.
#[derive(Default)]
struct Entry {
    id: String,
    file: String,
    name: String,
    kind: &'static str,
    line: usize,
    excluded: Option<&'static str>,
    yields: usize,
    gen_lines: Option<(usize, usize)>,
    plain_lines: Option<(usize, usize)>,
    redirected: Option<(usize, usize)>,
    redirect_refused: Option<&'static str>,
}

struct Edit {
    start: usize,
    end: usize,
    text: String,
    /// (entry index, 0 = gen copy, 1 = plain copy, 2 = redirected body)
    tag: Option<(usize, u8)>,
}

struct FnParts<'a> {
    attrs: &'a [Attribute],
    sig: &'a Signature,
    block: &'a Block,
    method: bool,
    default: bool,
}

fn is_cfg_test(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        if a.path().is_ident("test") {
            return true;
        }
        if !a.path().is_ident("cfg") {
            return false;
        }
        let Ok(list) = a.meta.require_list() else {
            return false;
        };
        let t = list.tokens.to_string().replace(' ', "");
        t == "test" || t.starts_with("all(test,")
    })
}

struct FileRewriter<'a> {
    opts: &'a Options,
    rel: String,
    index: LineIndex<'a>,
    entries: Vec<Entry>,
    edits: Vec<Edit>,
}

impl FileRewriter<'_> {
    fn items(&mut self, items: &[Item], in_test: bool) {
        for item in items {
            match item {
                Item::Fn(f) => self.function(
                    FnParts {
                        attrs: &f.attrs,
                        sig: &f.sig,
                        block: &f.block,
                        method: false,
                        default: false,
                    },
                    in_test,
                ),
                Item::Impl(imp) if imp.trait_.is_none() => {
                    let test = in_test || is_cfg_test(&imp.attrs);
                    for ii in &imp.items {
                        if let ImplItem::Fn(m) = ii {
                            self.function(
                                FnParts {
                                    attrs: &m.attrs,
                                    sig: &m.sig,
                                    block: &m.block,
                                    method: true,
                                    default: m.defaultness.is_some(),
                                },
                                test,
                            );
                        }
                    }
                }
                Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        self.items(items, in_test || is_cfg_test(&m.attrs));
                    }
                }
                _ => {}
            }
        }
    }

    fn function(&mut self, f: FnParts<'_>, in_test: bool) {
        let sig = f.sig;
        let name = sig.ident.to_string();
        let line = sig.ident.span().start().line;
        let id = format!("{}:{}:{}", self.rel, line, name);
        let excluded = if in_test || is_cfg_test(f.attrs) {
            Some("test-only")
        } else if sig.constness.is_some() {
            Some("const fn")
        } else if sig.asyncness.is_some() {
            Some("async fn")
        } else if sig.unsafety.is_some() {
            Some("unsafe fn")
        } else if sig.abi.is_some() {
            Some("extern ABI")
        } else if sig.variadic.is_some() {
            Some("variadic")
        } else if f.default {
            Some("default fn")
        } else if f.attrs.iter().any(|a| a.path().is_ident("target_feature")) {
            Some("#[target_feature]")
        } else {
            None
        };
        let mut entry = Entry {
            id: id.clone(),
            file: self.rel.clone(),
            name: name.clone(),
            kind: if f.method { "method" } else { "free" },
            line,
            excluded,
            ..Entry::default()
        };
        let idx = self.entries.len();
        if excluded.is_some() {
            self.entries.push(entry);
            return;
        }
        let close = f.block.brace_token.span.close();
        let at = self.index.offset(close.end());
        let cfgs: Vec<Attribute> = f
            .attrs
            .iter()
            .filter(|a| matches!(a.style, syn::AttrStyle::Outer) && a.path().is_ident("cfg"))
            .cloned()
            .collect();
        for plain in [false, true] {
            let skip = if plain {
                &self.opts.skip_plain
            } else {
                &self.opts.skip_gen
            };
            if skip.contains(&id) {
                continue;
            }
            let mut block = f.block.clone();
            let mut ins = Inserter {
                mode: self.opts.mode,
                plain,
                count: 0,
                max: self.opts.max_yields,
                alternate: 0,
            };
            ins.body(&mut block);
            entry.yields = ins.count;
            if !plain && self.opts.sabotage.as_ref() == Some(&id) {
                block
                    .stmts
                    .insert(0, parse_quote!(::core::panic!("realcode sabotage");));
            }
            if plain {
                // The unused-variable warning (forced on) says it was built.
                block
                    .stmts
                    .insert(0, parse_quote!(let realcode_built = ();));
            }
            let mut attrs = cfgs.clone();
            if !plain {
                attrs.push(parse_quote!(#[genfn::generator(yield = ())]));
            }
            let mut sig = sig.clone();
            sig.ident = syn::Ident::new(
                &format!("{name}__{}", if plain { "plain" } else { "gen" }),
                sig.ident.span(),
            );
            let copy = ItemFn {
                attrs,
                vis: Visibility::Inherited,
                sig,
                block: Box::new(block),
            };
            let text = prettyplease::unparse(&syn::File {
                shebang: None,
                attrs: vec![],
                items: vec![Item::Fn(copy)],
            });
            self.edits.push(Edit {
                start: at,
                end: at,
                text: format!("\n{text}"),
                tag: Some((idx, u8::from(plain))),
            });
        }
        if self.opts.redirect.contains(&id) {
            match self.redirect(&f, &name, idx) {
                Ok(()) => {}
                Err(why) => entry.redirect_refused = Some(why),
            }
        }
        self.entries.push(entry);
    }

    /// Replaces the original's parameter patterns by `__rcN` and its body by
    /// a loop that drives the generator copy to completion.
    fn redirect(&mut self, f: &FnParts<'_>, name: &str, idx: usize) -> Result<(), &'static str> {
        let sig = f.sig;
        let ret = sig.output.to_token_stream().to_string();
        if ret.contains("impl ") {
            return Err("returns impl Trait");
        }
        let mut args = Vec::new();
        let mut any_impl = false;
        let mut pattern_edits = Vec::new();
        for (i, input) in sig.inputs.iter().enumerate() {
            match input {
                FnArg::Receiver(_) => args.push("self".to_string()),
                FnArg::Typed(pt) => {
                    let a = format!("__rc{i}");
                    if pt.ty.to_token_stream().to_string().contains("impl ") {
                        any_impl = true;
                    }
                    let span: Span = pt.pat.span();
                    pattern_edits.push(Edit {
                        start: self.index.offset(span.start()),
                        end: self.index.offset(span.end()),
                        text: a.clone(),
                        tag: None,
                    });
                    args.push(a);
                }
            }
        }
        let mut turbofish = String::new();
        let params: Vec<String> = sig
            .generics
            .params
            .iter()
            .filter_map(|p| match p {
                syn::GenericParam::Type(t) => Some(t.ident.to_string()),
                syn::GenericParam::Const(c) => Some(c.ident.to_string()),
                syn::GenericParam::Lifetime(_) => None,
            })
            .collect();
        if !any_impl && !params.is_empty() {
            turbofish = format!("::<{}>", params.join(", "));
        }
        let path = if f.method {
            format!("Self::{name}__gen{turbofish}")
        } else {
            format!("{name}__gen{turbofish}")
        };
        let body = format!(
            "{{\n    let mut __rc_gen = {path}({});\n    loop {{\n        match __rc_gen.resume(()) {{\n            genfn::CoroutineState::Yielded(()) => {{}}\n            genfn::CoroutineState::Complete(__rc_ret) => return __rc_ret,\n        }}\n    }}\n}}",
            args.join(", ")
        );
        let b = f.block.brace_token.span;
        self.edits.extend(pattern_edits);
        self.edits.push(Edit {
            start: self.index.offset(b.open().start()),
            end: self.index.offset(b.close().end()),
            text: body,
            tag: Some((idx, 2)),
        });
        Ok(())
    }
}

/// Inserts the suspension points (or, for the plain twin, `()`).
struct Inserter {
    mode: Mode,
    plain: bool,
    count: usize,
    max: usize,
    alternate: usize,
}

impl Inserter {
    fn full(&self) -> bool {
        self.count >= self.max
    }

    fn suspension(&mut self) -> Stmt {
        self.count += 1;
        if self.plain {
            return parse_quote!(();); // the value of every inserted form
        }
        match self.mode {
            Mode::Stmts | Mode::Exprs => parse_quote!(yield_!(());),
            Mode::YieldFrom => {
                self.alternate += 1;
                // Paths without a leading `::`: edition 2015 crates
                // (rustc-demangle) read `::x` as the crate root.
                if self.alternate % 2 == 1 {
                    parse_quote!(yield_from!(Some(()));)
                } else {
                    parse_quote!(yield_from!(genfn::gen_! { yield (); });)
                }
            }
        }
    }

    fn body(&mut self, block: &mut Block) {
        self.visit_block_mut(block);
        if self.count == 0 {
            let s = self.suspension();
            block.stmts.insert(0, s);
        }
    }

    /// `e` becomes `({ yield_!(()); e })` when `e` is a value (never a place,
    /// whose meaning the block would change: it moves out of it).
    fn wrap(&mut self, e: &mut Expr) {
        if self.full() || !wrappable(e) {
            return;
        }
        let inner = std::mem::replace(e, Expr::Verbatim(Default::default()));
        let s = self.suspension();
        *e = Expr::Paren(syn::ExprParen {
            attrs: vec![],
            paren_token: Default::default(),
            expr: Box::new(Expr::Block(syn::ExprBlock {
                attrs: vec![],
                label: None,
                block: Block {
                    brace_token: Default::default(),
                    stmts: vec![s, Stmt::Expr(inner, None)],
                },
            })),
        });
    }
}

fn wrappable(e: &Expr) -> bool {
    match e {
        Expr::Call(_)
        | Expr::MethodCall(_)
        | Expr::Cast(_)
        | Expr::Struct(_)
        | Expr::Array(_)
        | Expr::Range(_)
        | Expr::Macro(_)
        | Expr::Try(_) => true,
        Expr::Tuple(t) => !t.elems.is_empty(),
        // `&temp()` in a block's tail: its temporary would die with the
        // block in edition 2024.
        Expr::Reference(r) => is_place(&r.expr),
        Expr::Unary(u) => !matches!(u.op, UnOp::Deref(_)),
        Expr::Binary(b) => !is_assign(&b.op),
        _ => false,
    }
}

fn is_place(e: &Expr) -> bool {
    match e {
        Expr::Path(_) => true,
        Expr::Field(f) => is_place(&f.base),
        Expr::Index(i) => is_place(&i.expr),
        Expr::Paren(p) => is_place(&p.expr),
        Expr::Unary(u) => matches!(u.op, UnOp::Deref(_)) && is_place(&u.expr),
        _ => false,
    }
}

fn is_assign(op: &BinOp) -> bool {
    matches!(
        op,
        BinOp::AddAssign(_)
            | BinOp::SubAssign(_)
            | BinOp::MulAssign(_)
            | BinOp::DivAssign(_)
            | BinOp::RemAssign(_)
            | BinOp::BitXorAssign(_)
            | BinOp::BitAndAssign(_)
            | BinOp::BitOrAssign(_)
            | BinOp::ShlAssign(_)
            | BinOp::ShrAssign(_)
    )
}

fn starts_with_attr(e: &Expr) -> bool {
    e.to_token_stream()
        .into_iter()
        .next()
        .is_some_and(|t| matches!(t, proc_macro2::TokenTree::Punct(p) if p.as_char() == '#'))
}

fn has_let(e: &Expr) -> bool {
    match e {
        Expr::Let(_) => true,
        Expr::Binary(b) => has_let(&b.left) || has_let(&b.right),
        Expr::Paren(p) => has_let(&p.expr),
        _ => false,
    }
}

impl VisitMut for Inserter {
    fn visit_block_mut(&mut self, b: &mut Block) {
        for s in &mut b.stmts {
            self.visit_stmt_mut(s);
        }
        if self.mode == Mode::Exprs {
            return;
        }
        let old = std::mem::take(&mut b.stmts);
        let mut after_cfg_expr = false;
        for s in old {
            // `#[cfg(a)] { x } #[cfg(not(a))] { y }` (one of them is the
            // block's value): nothing may come between the two.
            if !self.full() && !after_cfg_expr {
                let y = self.suspension();
                b.stmts.push(y);
            }
            after_cfg_expr = matches!(&s, Stmt::Expr(e, None) if starts_with_attr(e));
            b.stmts.push(s);
        }
    }

    // Code that runs elsewhere, or at compile time: left alone.
    fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
    fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
    fn visit_expr_const_mut(&mut self, _: &mut syn::ExprConst) {}
    fn visit_item_mut(&mut self, _: &mut Item) {}
    fn visit_type_mut(&mut self, _: &mut syn::Type) {}
    fn visit_pat_mut(&mut self, _: &mut syn::Pat) {}

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        // Not the guard: a generator cannot suspend there (documented).
        self.visit_expr_mut(&mut arm.body);
    }

    fn visit_expr_repeat_mut(&mut self, r: &mut syn::ExprRepeat) {
        self.visit_expr_mut(&mut r.expr);
    }

    fn visit_local_mut(&mut self, l: &mut syn::Local) {
        visit_mut::visit_local_mut(self, l);
        if self.mode == Mode::Exprs
            && let Some(init) = &mut l.init
        {
            self.wrap(&mut init.expr);
        }
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if self.mode != Mode::Exprs {
            return;
        }
        match e {
            Expr::Call(c) => c.args.iter_mut().for_each(|a| self.wrap(a)),
            Expr::MethodCall(m) => {
                if matches!(*m.receiver, Expr::Call(_) | Expr::MethodCall(_)) {
                    self.wrap(&mut m.receiver);
                }
                m.args.iter_mut().for_each(|a| self.wrap(a));
            }
            Expr::Binary(b) => {
                if has_let(&b.left) || has_let(&b.right) {
                    return;
                }
                if !is_assign(&b.op) {
                    self.wrap(&mut b.left);
                }
                self.wrap(&mut b.right);
            }
            Expr::Assign(a) => self.wrap(&mut a.right),
            Expr::Unary(u) if !matches!(u.op, UnOp::Deref(_)) => self.wrap(&mut u.expr),
            Expr::Cast(c) => self.wrap(&mut c.expr),
            Expr::Return(r) => {
                if let Some(v) = &mut r.expr {
                    self.wrap(v);
                }
            }
            Expr::Break(b) => {
                if let Some(v) = &mut b.expr {
                    self.wrap(v);
                }
            }
            Expr::Struct(s) => {
                for f in &mut s.fields {
                    if f.colon_token.is_some() {
                        self.wrap(&mut f.expr);
                    }
                }
            }
            Expr::Array(a) => a.elems.iter_mut().for_each(|x| self.wrap(x)),
            Expr::Tuple(t) => t.elems.iter_mut().for_each(|x| self.wrap(x)),
            Expr::Index(i) => self.wrap(&mut i.index),
            Expr::Range(r) => {
                if let Some(s) = &mut r.start {
                    self.wrap(s);
                }
                if let Some(s) = &mut r.end {
                    self.wrap(s);
                }
            }
            Expr::If(i) if !has_let(&i.cond) => self.wrap(&mut i.cond),
            Expr::While(w) if !has_let(&w.cond) => self.wrap(&mut w.cond),
            Expr::ForLoop(f) => self.wrap(&mut f.expr),
            Expr::Match(m) => {
                if matches!(*m.expr, Expr::Call(_) | Expr::MethodCall(_)) {
                    self.wrap(&mut m.expr);
                }
            }
            Expr::Try(t) => self.wrap(&mut t.expr),
            _ => {}
        }
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].bytes().filter(|&b| b == b'\n').count() + 1
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_range(r: Option<(usize, usize)>) -> String {
    r.map_or("null".into(), |(a, b)| format!("[{a}, {b}]"))
}

fn main() {
    let opts = parse_args();
    let src_dir = opts.input.join("src");
    let mut files = Vec::new();
    rust_files(&src_dir, &mut files);
    let mut manifest = String::from("{\"entries\": [\n");
    let mut parse_errors = Vec::new();
    let mut first = true;
    for path in files {
        let rel = path
            .strip_prefix(&opts.input)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let out_path = opts.output.join(&rel);
        fs::create_dir_all(out_path.parent().unwrap()).unwrap();
        let src = fs::read_to_string(&path).unwrap();
        let file = match syn::parse_file(&src) {
            Ok(f) => f,
            Err(e) => {
                parse_errors.push(format!("{rel}: {e}"));
                fs::write(&out_path, &src).unwrap();
                continue;
            }
        };
        let mut fr = FileRewriter {
            opts: &opts,
            rel: rel.clone(),
            index: LineIndex::new(&src),
            entries: Vec::new(),
            edits: Vec::new(),
        };
        fr.items(&file.items, false);
        fr.edits.sort_by_key(|e| (e.start, e.end));
        let mut out = String::with_capacity(src.len() * 3);
        let mut pos = 0;
        let mut placed = Vec::new();
        for e in &fr.edits {
            assert!(e.start >= pos, "overlapping edits in {rel}");
            out.push_str(&src[pos..e.start]);
            let start = out.len();
            out.push_str(&e.text);
            placed.push((e.tag, start, out.len()));
            pos = e.end;
        }
        out.push_str(&src[pos..]);
        for (tag, start, end) in placed {
            let Some((idx, which)) = tag else { continue };
            // The copies start with a newline of their own.
            let first_line = line_of(&out, start) + usize::from(which != 2);
            let range = Some((first_line, line_of(&out, end)));
            let entry = &mut fr.entries[idx];
            match which {
                0 => entry.gen_lines = range,
                1 => entry.plain_lines = range,
                _ => entry.redirected = range,
            }
        }
        fs::write(&out_path, &out).unwrap();
        for e in &fr.entries {
            if !first {
                manifest.push_str(",\n");
            }
            first = false;
            let _ = write!(
                manifest,
                "{{\"id\": {}, \"file\": {}, \"name\": {}, \"kind\": {}, \"line\": {}, \"excluded\": {}, \"yields\": {}, \"gen\": {}, \"plain\": {}, \"redirected\": {}, \"redirect_refused\": {}}}",
                json_str(&e.id),
                json_str(&e.file),
                json_str(&e.name),
                json_str(e.kind),
                e.line,
                e.excluded.map_or("null".into(), json_str),
                e.yields,
                json_range(e.gen_lines),
                json_range(e.plain_lines),
                json_range(e.redirected),
                e.redirect_refused.map_or("null".into(), json_str),
            );
        }
    }
    manifest.push_str("\n], \"parse_errors\": [");
    manifest.push_str(
        &parse_errors
            .iter()
            .map(|e| json_str(e))
            .collect::<Vec<_>>()
            .join(", "),
    );
    manifest.push_str("]}\n");
    fs::write(&opts.manifest, manifest).unwrap();
}
