//! Emit phase, the rewrite of kept-in-place locals: in emitted code, each
//! mention of a local kept in place (see `keep`) becomes an access through
//! the pointer to its cell, a whole move `kept_read`, a whole assignment
//! `kept_assign`; closures and macro invocations get what rustc would capture
//! or pass. The same `Rewriter`, in shadow mode, gives the shadow's macro
//! invocations the same references (`shadow_macro_handles`). SOUNDNESS.md
//! argues why the two agree.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Pat};

use crate::syntax::{is_compound_assign, is_place, names_something_else, strip_parens};

mod macros;
mod names;

use macros::*;
pub use macros::{
    check_statement_macros, names_left_in_macros, shadow_macro_handles, statement_macro_names,
};
use names::*;
pub use names::{
    is_inline_generator, may_declare_locals, moved_captures, moves_whole, pointer,
    with_body_locals, with_hygienic_pointers, with_reborrowed,
};

/// Rewrites the mentions of kept-in-place locals in emitted code: each `x`
/// becomes the place `(*x)`, where `x` is now the raw pointer to the local's
/// slot; a whole move `f(x)` becomes `kept_read(x)`, a whole assignment
/// `x = v` becomes `kept_assign(x, v)`, and a `move` closure that captures `x`
/// takes the value out first. Names bound inside the code (a `let`, a
/// pattern, a closure parameter) shadow the local and are left alone.
/// Returns whether anything was rewritten (the code then needs `unsafe`).
pub fn rewrite(e: &mut Expr, names: &BTreeSet<String>, private: &TokenStream, root: Root) -> bool {
    if names.is_empty() {
        return false;
    }
    let mut r = Rewriter::new(names, private);
    r.statement_root = root == Root::Statement;
    if root == Root::Value {
        r.value(e);
    } else {
        r.visit_expr_mut(e);
    }
    // Macro invocations outside any statement of the fragment.
    let handles = std::mem::take(&mut r.pending);
    if root == Root::Statement && matches!(e, Expr::Macro(_)) && !handles.is_empty() {
        // `m!(v);` stays a statement inside the block of its handles: at the
        // end of a block, a macro call is an expression, and one whose
        // expansion ends with `;` is then rejected
        // (`semicolon_in_expressions_from_macros`).
        let lets = handle_lets(&handles, private, false);
        let call = e.clone();
        *e = syn::parse_quote!({ #(#lets)* #call; });
        return true;
    }
    with_handles(&handles, private, false, e);
    r.changed
}

/// How a fragment's code is used, for `rewrite`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Root {
    /// Moved as a whole (an initialiser, a yielded or returned value).
    Value,
    /// An operand, or a place.
    Operand,
    /// An expression statement: its value is discarded.
    Statement,
}

struct Rewriter<'a> {
    names: &'a BTreeSet<String>,
    private: &'a TokenStream,
    bound: Vec<String>,
    changed: bool,
    /// The kept-in-place locals mentioned so far, in order.
    seen: Vec<syn::Ident>,
    /// The kept-in-place locals moved out as a whole so far (`kept_read`).
    moved: Vec<syn::Ident>,
    /// The locals that macro invocations in the current statement reach
    /// through a reference (`macro_invocation`), and whether it is `&mut`:
    /// the statement declares them.
    pending: Vec<(syn::Ident, bool)>,
    /// Whether the macro invocation being visited is the root of a place
    /// that is mutated (`first!(v) = x`, `&mut first!(v)`).
    mutated_place: bool,
    /// The reference parameters the macro invocation being rewritten
    /// receives by name (`direct_names`): its tokens keep them.
    direct: BTreeSet<String>,
    /// The expression about to be visited is a whole expression statement
    /// (`m!(bytes);`): a macro there stays a statement in the block of its
    /// direct names (see `with_direct`).
    statement_root: bool,
    /// How many closures (or `async` blocks) the rewrite is inside.
    in_closure: usize,
    /// Rewriting the shadow instead of the state machine: only macro
    /// invocations change (they reach kept-in-place locals through the same
    /// references as in the machine, made from the locals themselves), so
    /// that rustc checks those references as the machine uses them.
    shadow: bool,
}

impl<'a> Rewriter<'a> {
    fn new(names: &'a BTreeSet<String>, private: &'a TokenStream) -> Self {
        Rewriter {
            names,
            private,
            bound: Vec::new(),
            changed: false,
            seen: Vec::new(),
            moved: Vec::new(),
            pending: Vec::new(),
            mutated_place: false,
            direct: BTreeSet::new(),
            statement_root: false,
            in_closure: 0,
            shadow: false,
        }
    }

    /// Before: `stmt` of a block (its tail if `tail`).
    /// After: the statement rewritten; if a macro invocation in it reaches
    /// kept-in-place locals through references, the statement (or a `let`'s
    /// initialiser) is wrapped in a block that declares them, so that the
    /// macro's expansion keeps its place or value meaning.
    fn statement(&mut self, stmt: &mut syn::Stmt, tail: bool) {
        let outer = std::mem::take(&mut self.pending);
        match stmt {
            syn::Stmt::Expr(e, None) if tail => self.value(e),
            syn::Stmt::Expr(e, Some(_)) => {
                self.statement_root = true;
                self.visit_expr_mut(e);
            }
            _ => self.visit_stmt_mut(stmt),
        }
        let handles = std::mem::replace(&mut self.pending, outer);
        if handles.is_empty() {
            return;
        }
        let lets = handle_lets(&handles, self.private, self.shadow);
        match stmt {
            syn::Stmt::Local(l) => {
                if let Some(init) = &mut l.init {
                    with_handles(&handles, self.private, self.shadow, &mut init.expr);
                }
            }
            syn::Stmt::Expr(e, semi) => {
                let inner = e.clone();
                *e = match semi {
                    Some(_) => syn::parse_quote!({ #(#lets)* #inner; }),
                    None => syn::parse_quote!({ #(#lets)* #inner }),
                };
                *semi = None;
            }
            syn::Stmt::Macro(sm) => {
                let mac = &sm.mac;
                let block: Expr = match sm.semi_token {
                    Some(_) => syn::parse_quote!({ #(#lets)* #mac; }),
                    None => syn::parse_quote!({ #(#lets)* #mac }),
                };
                *stmt = syn::Stmt::Expr(block, None);
            }
            syn::Stmt::Item(_) => {}
        }
    }

    fn mentioned(&mut self, x: &syn::Ident) {
        self.changed = true;
        if !self.seen.iter().any(|s| s == x) {
            self.seen.push(x.clone());
        }
    }

    /// The kept-in-place locals that `e` would capture if it were the body
    /// of a closure with parameters `params`: its mentions of them, leaving
    /// out names that the parameters, its own `let`s and patterns bind, and
    /// including mentions inside macro tokens and format strings.
    fn captures(&self, params: &[Pat], e: &Expr) -> Vec<syn::Ident> {
        self.probe(params, e).seen
    }

    /// The rewrite of a copy of `e` (a closure body with parameters
    /// `params`), for what it mentions and moves.
    fn probe(&self, params: &[Pat], e: &Expr) -> Rewriter<'a> {
        let mut probe = Rewriter::new(self.names, self.private);
        probe.bound = self.bound.clone();
        let mut e = e.clone();
        probe.with_bound(params, |p| p.visit_expr_mut(&mut e));
        probe
    }

    /// Whether names bound by patterns shadow kept-in-place locals here. In
    /// the state machine, always: the code it rewrites never declares a
    /// kept-in-place local. In the shadow, only inside closures: elsewhere a
    /// binding may be the kept-in-place local's own declaration, and making
    /// a reference for a mention that the machine leaves alone only checks
    /// more.
    fn tracks_bindings(&self) -> bool {
        !self.shadow || self.in_closure > 0
    }

    fn add_pending(&mut self, handles: Vec<(syn::Ident, bool)>) {
        for (h, mutable) in handles {
            match self.pending.iter_mut().find(|(p, _)| *p == h) {
                Some((_, m)) => *m |= mutable,
                None => self.pending.push((h, mutable)),
            }
        }
    }

    /// The kept-in-place locals mentioned among a macro's tokens.
    fn macro_captures(&self, m: &syn::Macro) -> Vec<syn::Ident> {
        let mut probe = Rewriter::new(self.names, self.private);
        probe.bound = self.bound.clone();
        probe.rewrite_macro(&mut m.clone(), 1);
        probe.seen
    }

    /// A `move` closure, `async move` block or `gen_!(move ..)` that captures
    /// the kept-in-place locals `captured`: each is taken out of its slot
    /// first, so that the closure owns the value and may outlive the slot.
    /// The closure takes the whole local, even if it names only a field of
    /// it; the shadow makes the same whole move, so that the borrow checker
    /// rejects a later use of the rest.
    fn take_captures(&mut self, captured: &[syn::Ident], e: &mut Expr) {
        // The shadow's `MoveMirror` makes the same moves.
        if captured.is_empty() || self.shadow {
            return;
        }
        let private = self.private;
        let closure = e.clone();
        let pointers = captured.iter().map(pointer);
        *e = syn::parse_quote!({
            #(#[allow(unused_mut)] let mut #captured = #private::kept_read(#pointers);)*
            #closure
        });
        for x in captured {
            self.mentioned(x);
            self.record_move(x);
        }
    }

    fn record_move(&mut self, x: &syn::Ident) {
        if !self.moved.iter().any(|m| m == x) {
            self.moved.push(x.clone());
        }
    }

    /// Before: a non-`move` closure or `async` block.
    /// After: it reaches the kept-in-place locals it mentions through what
    /// it captures when it is created, not through the step's pointer
    /// variables (which it would borrow, and so not outlive the step):
    /// - a local it only uses as a place (`v.len()`, `n += 1`): a reference
    ///   to the place (`capture`), as Rust borrows it;
    /// - a local it uses by value somewhere (`f(k)`, `drop(v)`): Rust
    ///   borrows it if its type is `Copy` and moves it in otherwise. If the
    ///   closure mentions no other local (`owning_closure`), it is made
    ///   `move` and captures either the place or the value, as the type
    ///   decides (`Captured`); otherwise the value is taken out of its slot
    ///   when the closure is created, and a `Copy` one is rejected with a
    ///   message (`TakeCopy`).
    fn borrowing_closure(&mut self, params: &[Pat], e: &mut Expr) {
        let probe = match e {
            Expr::Closure(c) => self.probe(params, &c.body),
            Expr::Async(a) => self.probe(params, &async_body(a)),
            _ => return,
        };
        let moved = probe.moved;
        let owning = !moved.is_empty() && !self.shadow && self.owning_closure(params, e);
        let len = self.bound.len();
        if !owning {
            self.bound.extend(moved.iter().map(|m| m.to_string()));
        }
        self.in_closure += 1;
        match e {
            Expr::Closure(c) => self.with_bound(params, |s| s.visit_expr_mut(&mut c.body)),
            Expr::Async(a) => self.visit_block_mut(&mut a.block),
            _ => {}
        }
        self.in_closure -= 1;
        self.bound.truncate(len);
        if self.shadow {
            self.mention_whole(&probe.seen, e);
            return;
        }
        let borrowed: Vec<syn::Ident> = probe
            .seen
            .into_iter()
            .filter(|x| !moved.contains(x))
            .collect();
        if owning {
            self.capture(&borrowed, &moved, e);
        } else {
            self.capture(&borrowed, &[], e);
            self.take_by_type(&moved, e);
        }
    }

    /// Whether the closure `e` (parameters `params`) may be made `move`:
    /// every local it mentions is kept in place, so that it captures only
    /// what `capture` gives it. A name that is not one of the generator's
    /// locals (a function, a constant, ...) is left alone, unless it may be
    /// a local a statement macro declared, which the generator does not
    /// know of (`may_be_body_local`), or the closure mutates it: the closure
    /// then stays one that borrows (Rust borrows such a local, which `move`
    /// would take by value).
    fn owning_closure(&self, params: &[Pat], e: &Expr) -> bool {
        if !body_locals_known() {
            return false;
        }
        let body = match e {
            Expr::Closure(c) => (*c.body).clone(),
            Expr::Async(a) => async_body(a),
            _ => return false,
        };
        let tokens = quote!(#body);
        let mut all = BTreeSet::new();
        for t in crate::syntax::flatten(tokens.clone()) {
            match t {
                TokenTree::Ident(i) => {
                    all.insert(i.to_string());
                }
                TokenTree::Literal(l) => {
                    all.extend(crate::resolve::format_captures(&l.to_string()));
                }
                _ => {}
            }
        }
        let mut probe = Rewriter::new(&all, self.private);
        probe.with_bound(params, |p| p.visit_expr_mut(&mut body.clone()));
        probe.seen.iter().all(|x| {
            let name = x.to_string();
            if self.bound.contains(&name) {
                // A local of the code around the closure.
                false
            } else if self.names.contains(&name) {
                true
            } else {
                !may_be_body_local(&name) && !tokens_mutate(tokens.clone(), &name)
            }
        })
    }

    /// Before: a non-`move` closure or `async` block of the shadow, which
    /// mentions the kept-in-place locals `seen`.
    /// After: its code starts with `let _ = &x;` for each: the closure
    /// captures the variable `x` itself (by reference, or by value if it
    /// moves it), not only a place behind it. The machine's closure reaches
    /// `x` through a reference to its slot (`capture`), and reads `x` each
    /// time it runs; where Rust would capture only `*x` (a reference used
    /// only through a deref: `*x`, `x.len()`), the user could reassign `x`
    /// while the closure lives, and the two closures would act on different
    /// targets. With the whole variable borrowed by the shadow's closure,
    /// rustc rejects any assignment to `x` (and any conflicting use) while
    /// it may be called, so reading `x` when it runs reads the value it had
    /// when it was created.
    fn mention_whole(&self, seen: &[syn::Ident], e: &mut Expr) {
        if seen.is_empty() {
            return;
        }
        let mentions: Vec<syn::Stmt> = seen
            .iter()
            .map(|x| syn::parse_quote_spanned!(x.span()=> let _ = &#x;))
            .collect();
        match e {
            Expr::Closure(c) => {
                let body = &c.body;
                *c.body = syn::parse_quote!({ #(#mentions)* #body });
            }
            Expr::Async(a) => {
                a.block.stmts.splice(0..0, mentions);
            }
            _ => {}
        }
    }

    /// Before: a non-`move` closure or `async` block (rewritten), mentioning
    /// the kept-in-place locals `places` only as places, and `values` also
    /// by value.
    /// After: it captures, for each, what `borrowing_closure` says, and
    /// makes the pointer from it first thing when it runs; with `values`, it
    /// is `move`.
    fn capture(&mut self, places: &[syn::Ident], values: &[syn::Ident], e: &mut Expr) {
        if (places.is_empty() && values.is_empty()) || self.shadow {
            return;
        }
        let private = self.private;
        let place_pointers: Vec<syn::Ident> = places.iter().map(pointer).collect();
        let value_pointers: Vec<syn::Ident> = values.iter().map(pointer).collect();
        // Through `&*x`: a closure that is not `move` captures the place
        // behind the reference, not the variable of the enclosing block.
        let mut prelude: Vec<syn::Stmt> = place_pointers
            .iter()
            .map(|p| syn::parse_quote!(let #p = #private::KeptCapture::ptr(&*#p);))
            .collect();
        prelude.extend(
            value_pointers.iter().map(|p| -> syn::Stmt {
                syn::parse_quote!(let #p = #private::Captured::ptr(&#p);)
            }),
        );
        let moving = !values.is_empty();
        match e {
            Expr::Closure(c) => {
                let body = &c.body;
                *c.body = syn::parse_quote!({ #(#prelude)* #body });
                if moving {
                    c.capture = Some(Default::default());
                }
            }
            Expr::Async(a) => {
                a.block.stmts.splice(0..0, prelude);
                if moving {
                    a.capture = Some(Default::default());
                }
            }
            _ => return,
        }
        let closure = e.clone();
        let uses = moving.then(|| quote!(use #private::{CaptureCopy as _, CaptureMove as _};));
        // SAFETY (of the `unsafe` blocks): `kept_capture`'s and
        // `CaptureOf`'s contracts: the closure's code is the user's, each
        // mention of a local the place `(*x)` (or a whole move
        // `kept_read(x)`), which the shadow's closure, the user's, performs
        // on the local itself; and it captures each local as rustc captures
        // it in the shadow (a place, or the value moved in when it is
        // created).
        *e = syn::parse_quote!({
            #uses
            #(let #place_pointers = unsafe { #private::kept_capture(#place_pointers) };)*
            #(let #value_pointers = unsafe { (&#private::CaptureOf(#value_pointers)).capture() };)*
            #closure
        });
        for x in places.iter().chain(values) {
            self.mentioned(x);
        }
    }

    /// Before: a non-`move` closure or `async` block that also captures
    /// locals not kept in place, and moves the kept-in-place locals `moved`
    /// as a whole.
    /// After: each is taken out of its slot when the closure is created (it
    /// captures the value, as Rust does for a type that is not `Copy`); a
    /// `Copy` one, which Rust would borrow, is a compile error at the
    /// user's name that says so (`TakeCopy`).
    fn take_by_type(&mut self, moved: &[syn::Ident], e: &mut Expr) {
        if moved.is_empty() || self.shadow {
            return;
        }
        let private = self.private;
        let closure = e.clone();
        let takes = moved.iter().map(|x| {
            let p = pointer(x);
            // At the user's name: a `Copy` local is reported there.
            let take = quote::quote_spanned!(x.span()=> (&#private::CaptureOf(#p)).take());
            quote!(#[allow(unused_mut)] let mut #x = unsafe { #take };)
        });
        *e = syn::parse_quote!({
            use #private::{TakeCopy as _, TakeMove as _};
            #(#takes)*
            #closure
        });
        for x in moved {
            self.mentioned(x);
            self.record_move(x);
        }
    }

    /// A macro invocation that mentions kept-in-place locals. Its tokens are
    /// opaque: the macro may create a closure or an `async` block around
    /// them. Each local is reached there through a reference to a copy of
    /// its pointer made for this invocation (`(**x)`), so that whatever the
    /// macro makes from the tokens cannot outlive the invocation while
    /// holding the pointer: a `move` closure that escapes is a borrow error
    /// on the user's name, not a dangling pointer.
    /// The kept reference parameters (`with_reborrowed`) that the tokens of
    /// macro invocation `m` name, which it receives by name rather than
    /// through a handle: a `$v:ident` matcher takes them (httparse's
    /// `next!(bytes)`), and they are borrowed as in Rust. The invocation
    /// goes in a block that binds each name to a reborrow of the parameter
    /// (`let bytes = &mut **kept_mut(bytes);`, in the shadow `let bytes =
    /// &mut *bytes;`), which no other mention of the statement sees. Not a
    /// name the tokens assign (`bytes = ..`) or take `&mut` of: that would
    /// change the reborrow, not the parameter.
    fn direct_names(&self, m: &syn::Macro) -> Vec<syn::Ident> {
        let tokens = crate::syntax::flatten(m.tokens.clone());
        let punct = |k: usize, c: char| matches!(tokens.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
        let mut out: Vec<syn::Ident> = Vec::new();
        let mut refused: Vec<String> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            let TokenTree::Ident(x) = t else { continue };
            let name = x.to_string();
            if !self.names.contains(&name)
                || self.bound.contains(&name)
                || reborrowed(&name).is_none()
                || (i >= 1 && punct(i - 1, '.') && !(i >= 2 && punct(i - 2, '.')))
            {
                continue;
            }
            let assigned = matches!(tokens.get(i + 1), Some(TokenTree::Punct(p))
                if p.as_char() == '=' && p.spacing() == proc_macro2::Spacing::Alone);
            let mut_borrowed = i >= 2
                && punct(i - 2, '&')
                && matches!(&tokens[i - 1], TokenTree::Ident(k) if k == "mut");
            if assigned || mut_borrowed {
                refused.push(name);
            } else if !out.iter().any(|o| *o == name) {
                out.push(x.clone());
            }
        }
        out.retain(|x| !refused.contains(&x.to_string()));
        out
    }

    /// Wraps macro invocation `e` in a block binding the names `direct`
    /// gives it directly (see `direct_names`): as the block's value, or, for
    /// a whole expression statement, as a statement (a macro whose
    /// expansion is statements, `let b = ..; loop { .. }`, is rejected in
    /// expression position).
    fn with_direct(&mut self, direct: &[syn::Ident], e: &mut Expr, statement: bool) {
        if direct.is_empty() {
            return;
        }
        self.changed = true;
        let lets = self.direct_lets(direct);
        let inner = e.clone();
        *e = if statement {
            syn::parse_quote!({ #(#lets)* #inner; })
        } else {
            syn::parse_quote!({ #(#lets)* #inner })
        };
    }

    fn direct_lets(&self, direct: &[syn::Ident]) -> Vec<TokenStream> {
        let private = self.private;
        direct
            .iter()
            .map(|x| {
                let mutable = reborrowed(&x.to_string()) == Some(true);
                let p = pointer(x);
                match (self.shadow, mutable) {
                    (true, true) => quote::quote_spanned!(x.span()=> let #x = &mut *#x;),
                    (true, false) => quote::quote_spanned!(x.span()=> let #x = &*#x;),
                    // SAFETY (of the enclosing `unsafe` block): as for the
                    // handles (`handle_lets`): the shadow makes the same
                    // reborrow of the parameter, for the same invocation.
                    (false, true) => quote::quote_spanned!(x.span()=>
                        let #x = &mut **#private::kept_mut(#p);),
                    (false, false) => quote::quote_spanned!(x.span()=>
                        let #x = *#private::kept_ref(#p);),
                }
            })
            .collect()
    }

    fn macro_invocation(&mut self, m: &mut syn::Macro) -> Vec<(syn::Ident, bool)> {
        let original = m.clone();
        let before = std::mem::take(&mut self.seen);
        let direct = self.direct_names(m).iter().map(|x| x.to_string()).collect();
        let outer = std::mem::replace(&mut self.direct, direct);
        self.rewrite_macro(m, 2);
        self.direct = outer;
        let mentioned = std::mem::replace(&mut self.seen, before);
        for x in &mentioned {
            self.mentioned(x);
        }
        let mutated_place = std::mem::take(&mut self.mutated_place);
        mentioned
            .into_iter()
            .map(|x| {
                let mutable = mutated_place || mutates(&original, &x.to_string());
                (x, mutable)
            })
            .collect()
    }

    /// The kept name `e` is, if it is one in scope.
    fn kept_name(&self, e: &Expr) -> Option<syn::Ident> {
        let Expr::Path(p) = e else { return None };
        let ident = p.path.get_ident()?;
        let name = ident.to_string();
        (p.qself.is_none() && self.names.contains(&name) && !self.bound.contains(&name))
            .then(|| ident.clone())
    }

    /// Rewrites `e` in a position where it is moved (or copied) as a whole;
    /// returns whether `e` was a kept name.
    fn value_position(&mut self, e: &mut Expr) -> bool {
        if self.shadow {
            return self.kept_name(e).is_some();
        }
        match self.kept_name(e) {
            Some(x) => {
                let private = self.private;
                // Parenthesised: after `break 'label` a leading `::` would
                // read as the label's colon.
                let p = pointer(&x);
                // Bound first: read where a coercion is expected (`f(v)`
                // with `fn f(_: &T)` and `v: &mut T`), the expected type
                // would otherwise infer `kept_read`'s type parameter and
                // reject the pointer; the local then coerces as Rust would.
                let v = syn::Ident::new("__genfn_read", proc_macro2::Span::mixed_site());
                *e = syn::parse_quote!(({ let #v = #private::kept_read(#p); #v }));
                self.mentioned(&x);
                self.record_move(&x);
                true
            }
            None => false,
        }
    }

    fn value(&mut self, e: &mut Expr) {
        if self.value_position(e) {
            return;
        }
        // The value of a block, `if` or `match` is its tails' value.
        match e {
            Expr::Paren(p) => self.value(&mut p.expr),
            Expr::Group(g) => self.value(&mut g.expr),
            Expr::Block(b) if b.label.is_none() => self.value_block(&mut b.block),
            // The lowering puts the code of an `unsafe` block in one of its
            // own: `let w = v;` there is `let w = (unsafe { v });`.
            Expr::Unsafe(u) => self.value_block(&mut u.block),
            Expr::If(i) if i.else_branch.is_some() => {
                let len = self.bound.len();
                self.condition(&mut i.cond);
                self.value_block(&mut i.then_branch);
                self.bound.truncate(len);
                if let Some((_, els)) = &mut i.else_branch {
                    self.value(els);
                }
            }
            Expr::Match(m) => {
                self.visit_expr_mut(&mut m.expr);
                for arm in &mut m.arms {
                    let pat = arm.pat.clone();
                    self.with_bound([&pat], |s| {
                        if let Some((_, g)) = &mut arm.guard {
                            s.visit_expr_mut(g);
                        }
                        s.value(&mut arm.body);
                    });
                }
            }
            _ => self.visit_expr_mut(e),
        }
    }

    /// A block in value position: its tail is moved.
    fn value_block(&mut self, b: &mut syn::Block) {
        let len = self.bound.len();
        let n = b.stmts.len();
        for (i, stmt) in b.stmts.iter_mut().enumerate() {
            self.statement(stmt, i + 1 == n);
            if let syn::Stmt::Local(local) = stmt
                && self.tracks_bindings()
            {
                self.bound.extend(crate::syntax::names_bound_by(&local.pat));
            }
        }
        self.bound.truncate(len);
    }

    fn rewrite_macro(&mut self, m: &mut syn::Macro, depth: usize) {
        if self.shadow && depth == 1 {
            return;
        }
        let tokens = std::mem::take(&mut m.tokens);
        m.tokens = self.macro_tokens(tokens, depth, m.path.segments[0].ident.span());
    }

    /// A macro's tokens with the mentions of kept-in-place locals rewritten.
    /// Implicit format captures `{x}` in the literals at its top level become
    /// named arguments of it (`x = (*x)`), unless it has one of that name;
    /// a nested invocation (`format!(..)` among `vec![..]`'s tokens) gets
    /// its own.
    fn macro_tokens(&mut self, tokens: TokenStream, depth: usize, span: Span) -> TokenStream {
        let captured = self.format_captures_in(&tokens);
        let mut new = self.tokens(tokens, depth);
        for name in captured {
            let ident = syn::Ident::new(&name, span);
            let trailing = new.clone().into_iter().last();
            let comma = !matches!(trailing, Some(TokenTree::Punct(p)) if p.as_char() == ',');
            let comma = comma.then(|| quote!(,));
            let place = deref_at(&ident, depth);
            new = quote!(#new #comma #ident = #place);
            self.mentioned(&ident);
        }
        new
    }

    /// A macro of the standard library whose arguments are expressions
    /// (`assert_eq!(a, b)`, `println!("{}", v.len())`, `write!(f, ..)`):
    /// its arguments are rewritten as the body's own expressions, so that
    /// a kept local is the place `(*x)` there as anywhere else and rustc
    /// sees the borrows the expressions make (of a field, where a handle
    /// would borrow the whole local: indexmap's `debug_assert_eq!(*entry
    /// .get(), self.index)` while `entry` borrows `self.map`). The shadow
    /// leaves them as written. Implicit format captures of kept names
    /// (`{x}`) become named arguments (`x = (*x)`). Returns whether it
    /// applied; other macros reach kept locals through handles
    /// (`macro_invocation`).
    fn std_macro_arguments(&mut self, m: &mut syn::Macro) -> bool {
        let known = crate::syntax::is_std_macro(m)
            && m.path.segments.last().is_some_and(|s| {
                crate::syntax::STD_EXPRESSION_MACROS
                    .iter()
                    .any(|n| s.ident == n)
            });
        if !known {
            return false;
        }
        let Some(mut args) = crate::syntax::parse_macro_exprs(m) else {
            return false;
        };
        let captured = self.format_captures_in(&m.tokens);
        for arg in args.iter_mut() {
            match arg {
                // A format macro's named argument: `name = value`.
                Expr::Assign(a) if matches!(&*a.left, Expr::Path(p) if p.path.get_ident().is_some()) => {
                    self.visit_expr_mut(&mut a.right)
                }
                other => self.visit_expr_mut(other),
            }
        }
        let span = m.path.segments[0].ident.span();
        let mut tokens = quote::ToTokens::to_token_stream(&args);
        if !self.shadow {
            for name in captured {
                let ident = syn::Ident::new(&name, span);
                let comma = (!args.empty_or_trailing()).then(|| quote!(,));
                let place = deref_at(&ident, 1);
                tokens = quote!(#tokens #comma #ident = #place);
                self.mentioned(&ident);
            }
        }
        m.tokens = tokens;
        true
    }

    /// The kept names that format strings among `tokens` (at their top
    /// level) capture implicitly (`{x}`), but for those given as named
    /// arguments.
    fn format_captures_in(&self, tokens: &TokenStream) -> Vec<String> {
        let named = named_arguments(tokens);
        let mut captured = Vec::new();
        for t in tokens.clone() {
            if let TokenTree::Literal(l) = t {
                for name in crate::resolve::format_captures(&l.to_string()) {
                    if self.names.contains(&name)
                        && !self.bound.contains(&name)
                        && !self.direct.contains(&name)
                        && !named.contains(&name)
                        && !captured.contains(&name)
                    {
                        captured.push(name);
                    }
                }
            }
        }
        captured
    }

    /// Visits the condition of an `if` or `while`: the bindings of each
    /// `let` of a let-chain are in scope in the parts after it, and stay in
    /// `bound` for the caller to visit the body with (and truncate).
    fn condition(&mut self, cond: &mut Expr) {
        match cond {
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.condition(&mut b.left);
                self.condition(&mut b.right);
            }
            Expr::Group(g) => self.condition(&mut g.expr),
            Expr::Let(l) => {
                self.visit_expr_mut(&mut l.expr);
                if self.tracks_bindings() {
                    self.bound.extend(crate::syntax::names_bound_by(&l.pat));
                }
            }
            other => self.visit_expr_mut(other),
        }
    }

    fn with_bound<'p>(
        &mut self,
        pats: impl IntoIterator<Item = &'p Pat>,
        f: impl FnOnce(&mut Self),
    ) {
        let len = self.bound.len();
        for p in pats {
            if self.tracks_bindings() {
                self.bound.extend(crate::syntax::names_bound_by(p));
            }
        }
        f(self);
        self.bound.truncate(len);
    }

    /// Rewrites the mentions of kept-in-place locals among a macro's tokens
    /// to `(*x)` (`depth` 1) or `(**x)` (2).
    fn tokens(&mut self, tokens: TokenStream, depth: usize) -> TokenStream {
        let mut out = Vec::new();
        // After a single `.`, a name is a field or method; after `..` it is
        // a range's end.
        let mut prev_dot = false;
        let mut prev_prev_dot = false;
        let mut iter = tokens.into_iter().peekable();
        while let Some(t) = iter.next() {
            let is_dot = matches!(&t, TokenTree::Punct(p) if p.as_char() == '.');
            match t {
                TokenTree::Group(g) => {
                    // `name!(..)`: a nested invocation, with its own format
                    // string.
                    let nested = out.len() >= 2
                        && matches!(&out[out.len() - 1], TokenTree::Punct(p) if p.as_char() == '!')
                        && matches!(&out[out.len() - 2], TokenTree::Ident(_));
                    let inner = if nested {
                        self.macro_tokens(g.stream(), depth, g.span())
                    } else {
                        self.tokens(g.stream(), depth)
                    };
                    let mut ng = proc_macro2::Group::new(g.delimiter(), inner);
                    ng.set_span(g.span());
                    out.push(TokenTree::Group(ng));
                }
                TokenTree::Ident(i)
                    if (!prev_dot || prev_prev_dot)
                        && self.names.contains(&i.to_string())
                        && !self.bound.contains(&i.to_string())
                        && !self.direct.contains(&i.to_string())
                        && !names_something_else(iter.peek()) =>
                {
                    self.mentioned(&i);
                    out.extend(deref_at(&i, depth));
                }
                other => out.push(other),
            }
            prev_prev_dot = prev_dot && is_dot;
            prev_dot = is_dot;
        }
        out.into_iter().collect()
    }
}

impl VisitMut for Rewriter<'_> {
    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        let len = self.bound.len();
        for stmt in &mut b.stmts {
            self.statement(stmt, false);
            if let syn::Stmt::Local(local) = stmt
                && self.tracks_bindings()
            {
                self.bound.extend(crate::syntax::names_bound_by(&local.pat));
            }
        }
        self.bound.truncate(len);
    }

    fn visit_local_mut(&mut self, l: &mut syn::Local) {
        if let Some(init) = &mut l.init {
            if moves_whole(&l.pat) || !is_place(&init.expr) {
                self.value(&mut init.expr);
            } else {
                // `let _ = x;`, `let (a, _) = x;`, `let Some(_) = x else ..`:
                // the pattern reads only what it binds, from the place.
                self.visit_expr_mut(&mut init.expr);
            }
            if let Some((_, els)) = &mut init.diverge {
                self.visit_expr_mut(els);
            }
        }
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let pat = arm.pat.clone();
        self.with_bound([&pat], |s| {
            if let Some((_, g)) = &mut arm.guard {
                s.visit_expr_mut(g);
            }
            s.visit_expr_mut(&mut arm.body);
        });
    }

    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        // Placeholders of the lowering (user expressions) and macros reached
        // without their enclosing expression or statement.
        self.rewrite_macro(m, 1);
    }

    fn visit_stmt_mut(&mut self, stmt: &mut syn::Stmt) {
        if let syn::Stmt::Macro(sm) = stmt
            && crate::ir::placeholder_name(&sm.mac).is_none()
        {
            if self.std_macro_arguments(&mut sm.mac) {
                return;
            }
            let direct = self.direct_names(&sm.mac);
            // Its handles are declared by `statement`.
            let handles = self.macro_invocation(&mut sm.mac);
            self.add_pending(handles);
            if !direct.is_empty() {
                self.changed = true;
                let lets = self.direct_lets(&direct);
                let mac = &sm.mac;
                let block: Expr = match sm.semi_token {
                    Some(_) => syn::parse_quote!({ #(#lets)* #mac; }),
                    None => syn::parse_quote!({ #(#lets)* #mac }),
                };
                *stmt = syn::Stmt::Expr(block, None);
            }
            return;
        }
        visit_mut::visit_stmt_mut(self, stmt);
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let statement_root = std::mem::take(&mut self.statement_root);
        if let Some(x) = self.kept_name(e) {
            if self.shadow {
                return;
            }
            // Spanned at the user's name, so that rustc's errors about the
            // place (a move out of it) point there.
            let span = x.span();
            let p = pointer(&x);
            *e = syn::parse_quote_spanned!(span=> (*#p));
            self.mentioned(&x);
            return;
        }
        // A macro at the root of a mutated place gets a `&mut` handle.
        match e {
            Expr::Assign(a) => mark_mutated_root(&mut a.left),
            Expr::Binary(b) if is_compound_assign(&b.op) => mark_mutated_root(&mut b.left),
            Expr::Reference(r) if r.mutability.is_some() => mark_mutated_root(&mut r.expr),
            Expr::MethodCall(m) if takes_mut_self(&m.method.to_string()) => {
                mark_mutated_root(&mut m.receiver)
            }
            _ => {}
        }
        if let Expr::Macro(m) = e
            && m.attrs.iter().any(is_mutated_marker)
        {
            m.attrs.retain(|a| !is_mutated_marker(a));
            self.mutated_place = true;
        }
        match e {
            Expr::Assign(a) if self.shadow => {
                self.visit_expr_mut(&mut a.left);
                self.visit_expr_mut(&mut a.right);
            }
            Expr::Assign(a) => {
                if let Some(x) = self.kept_name(strip_parens(&a.left)) {
                    self.value(&mut a.right);
                    let (private, right, p) = (self.private, &a.right, pointer(&x));
                    *e = syn::parse_quote!(#private::kept_assign(#p, #right));
                    self.mentioned(&x);
                } else if is_place(&a.left) {
                    self.visit_expr_mut(&mut a.left);
                    self.value(&mut a.right);
                } else {
                    // `_ = x;`, `(a, _) = x;`: a destructuring assignment
                    // reads only what its pattern binds, from the place.
                    self.visit_expr_mut(&mut a.left);
                    self.visit_expr_mut(&mut a.right);
                }
            }
            Expr::Call(c) => {
                self.visit_expr_mut(&mut c.func);
                c.args.iter_mut().for_each(|a| self.value(a));
            }
            Expr::MethodCall(m) => {
                self.visit_expr_mut(&mut m.receiver);
                m.args.iter_mut().for_each(|a| self.value(a));
            }
            Expr::Tuple(t) => t.elems.iter_mut().for_each(|a| self.value(a)),
            Expr::Array(a) => a.elems.iter_mut().for_each(|x| self.value(x)),
            Expr::Struct(s) => {
                for f in s.fields.iter_mut() {
                    if self.kept_name(&f.expr).is_some() {
                        f.colon_token.get_or_insert_with(Default::default);
                    }
                    self.value(&mut f.expr);
                }
                // `S { a, ..x }` moves only the fields it does not name out of
                // the place `x`.
                if let Some(rest) = &mut s.rest {
                    self.visit_expr_mut(rest);
                }
            }
            Expr::Return(r) => {
                if let Some(v) = &mut r.expr {
                    self.value(v);
                }
            }
            Expr::Break(b) => {
                if let Some(v) = &mut b.expr {
                    self.value(v);
                }
            }
            Expr::If(i) => {
                let len = self.bound.len();
                self.condition(&mut i.cond);
                self.visit_block_mut(&mut i.then_branch);
                self.bound.truncate(len);
                if let Some((_, els)) = &mut i.else_branch {
                    self.visit_expr_mut(els);
                }
            }
            Expr::While(w) => {
                // The condition runs again after the body: the references
                // its macros get live in the condition only.
                let outer = std::mem::take(&mut self.pending);
                let len = self.bound.len();
                self.condition(&mut w.cond);
                let handles = std::mem::replace(&mut self.pending, outer);
                match &mut *w.cond {
                    Expr::Let(l) => with_handles(&handles, self.private, self.shadow, &mut l.expr),
                    cond => with_handles(&handles, self.private, self.shadow, cond),
                }
                self.visit_block_mut(&mut w.body);
                self.bound.truncate(len);
            }
            // A let-chain on its own (the condition of a lowered `if`): its
            // bindings are in scope in the parts after their `let`.
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) && is_let_chain(e) => {
                let len = self.bound.len();
                self.condition(e);
                self.bound.truncate(len);
            }
            Expr::ForLoop(f) => {
                self.visit_expr_mut(&mut f.expr);
                let pat = (*f.pat).clone();
                self.with_bound([&pat], |s| s.visit_block_mut(&mut f.body));
            }
            Expr::Closure(c) => {
                let params: Vec<Pat> = c.inputs.iter().cloned().collect();
                if c.capture.is_some() {
                    let captured = self.captures(&params, &c.body);
                    self.take_captures(&captured, e);
                } else {
                    // A closure that borrows: its other mentions are places,
                    // and it captures the pointers by reference, so it cannot
                    // outlive the step.
                    self.borrowing_closure(&params, e);
                }
            }
            Expr::Async(a) if a.capture.is_none() => self.borrowing_closure(&[], e),
            Expr::Async(a) if a.capture.is_some() => {
                let captured = self.captures(&[], &async_body(a));
                self.take_captures(&captured, e);
            }
            Expr::Macro(m) if crate::ir::placeholder_name(&m.mac).is_none() => {
                if is_inline_generator(&m.mac, true) {
                    // `gen_!(move { .. })` is a `move` closure.
                    let captured = self.macro_captures(&m.mac);
                    self.take_captures(&captured, e);
                    return;
                }
                if self.std_macro_arguments(&mut m.mac) {
                    return;
                }
                let direct = self.direct_names(&m.mac);
                // Its handles are declared by the enclosing statement.
                let handles = self.macro_invocation(&mut m.mac);
                self.add_pending(handles);
                self.with_direct(&direct, e, statement_root);
            }
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}

/// Whether `e` is a chain of `&&` with a `let` among its parts.
fn is_let_chain(e: &Expr) -> bool {
    match e {
        Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            is_let_chain(&b.left) || is_let_chain(&b.right)
        }
        Expr::Group(g) => is_let_chain(&g.expr),
        Expr::Let(_) => true,
        _ => false,
    }
}
