//! Emit phase: the state machine's tokens.
//!
//! ```text
//! {
//!     struct counter_kept_in_generator<T0>(T0);  // one per slot, at its local
//!     struct locals_kept_in_generator<T0, ..> {
//!         __genfn_held: PhantomData<(counter_kept_in_generator<T0>, ..)>,
//!         state: u32, full: [u8; K], s0: Slot<T0>, ..
//!     }  // + ordered Drop
//!     impl<T0, ..> locals_kept_in_generator<T0, ..> {
//!         fn __genfn_empty() -> Self { Self { __genfn_held: PhantomData, state: CREATED, full: [0; K], s0: Storage::empty(), .. } }
//!     }
//!     let mut __genfn_slots = locals_kept_in_generator::__genfn_empty();
//!     /* the parameters put into their slots */
//!     Machine::new(__genfn_slots, |__genfn_s, __genfn_arg| -> CoroutineState<Y, T> {
//!         let mut __genfn_state = __genfn_s.state;
//!         '__genfn_dispatch: loop {
//!             '__genfn_join4: { '__genfn_run1: { '__genfn_join1: {
//!                 match __genfn_state { /* blocks 0 and 3; 1 => break '__genfn_join1,
//!                     4 => break '__genfn_join4, 5 => break '__genfn_run1 */ }
//!             } /* join 1's code */ } match __genfn_state { /* block 5 */ } } /* join 4's code */
//!         }
//!     })
//! }
//! ```
//!
//! The blocks not emitted in place at their only predecessor's edge are
//! arms of the dispatch `match`, or, when other blocks reach them within a
//! step (the block after an `if`, a loop head), joins: their code follows a
//! labelled block, which an edge from code before it leaves with a `break`
//! (`Emitter::joins`, `dispatch_structure`). Everything stays in block
//! order (rustc infers a slot's type from the first code that mentions it);
//! an edge to a join before it goes around the dispatch loop
//! (`continue '__genfn_dispatch`). A forward `break` lets LLVM follow the
//! values saved for the join into its code, where a jump around the loop
//! made them round-trip through their slots.
//!
//! A generator that delegates to itself (`yield_from!(walk(..))` in `walk`)
//! gets `Machine::new(Frames::new(__genfn_slots), |__genfn_frames, __genfn_arg|
//! { let mut __genfn_s = __genfn_frames.innermost(); .. })` instead: the
//! slots struct is one call's frame; a recursive call pushes the callee's
//! (`__genfn_s = __genfn_frames.call({ let mut __genfn_frame =
//! locals_kept_in_generator::__genfn_empty(); .. })`) and dispatches on its
//! first state, a return pops back to the caller's.
//!
//! Every internal identifier has a `Span::mixed_site()` span, so user code can
//! neither see nor shadow the locals, labels and fields; generated paths
//! start with `::core` or the facade's `__private` path. Item names are not
//! hygienic: the slots struct and the per-slot markers are named so that no
//! code would use the names (`*_kept_in_generator`), which rustc's notes
//! show when the generator lacks an auto trait such as `Send`.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Type};

use crate::ir::{BlockId, Body, Fragment, JumpId, LocalId, LocalKind, MacroExit, Stmt, Terminator};
use crate::ir::{placeholder, placeholder_name};
use crate::layout::{BlockPlan, EdgeKey, EdgePlan, End, Layout, StmtPlan, Take};
use crate::storage::{Node, Step, Storage, storage};

mod blocks;
use blocks::RegionEnd;
mod fragments;
mod machine;
mod order;
mod stmts;
mod terminators;
mod tokens;

pub use tokens::{boxed_tokens, delegate_tokens, first_step_arg, try_tokens};

/// What the emitted machine needs to know beyond the graph.
pub struct MachineSpec {
    /// The facade's `__private` module, e.g. `::genfn::__private`.
    pub private: TokenStream,
    pub resume_ty: Type,
    /// Declared yield and return types, used to annotate (so a mismatch is
    /// reported on the user's expression); `None` lets rustc infer them.
    pub yield_ty: Option<Type>,
    pub return_ty: Option<Type>,
    /// Initial values of the parameter slots, in parameter order.
    pub param_values: Vec<TokenStream>,
    /// The declared parameter types, where they can annotate a `let` (not
    /// `impl Trait`): a recursive call's arguments are coerced to them.
    pub param_tys: Vec<Option<Type>>,
    /// `move` for the step closure (`gen!(move { .. })`).
    pub capture_move: bool,
    pub items: Vec<syn::Item>,
    /// What the return value goes through when its type has an `impl Trait`
    /// (see `return_hint`).
    pub return_hint: Option<TokenStream>,
    /// An async generator: the step is a poll (`AsyncMachine`), with the
    /// caller's `Context`, and `.await`s are suspension points.
    pub asynchronous: bool,
    /// The machine's value is `Clone` where its locals are: the `clone`
    /// key, or a sync `gen_!` block (a concrete type, not an opaque one).
    /// Otherwise no `Clone` impl is emitted: nothing could call it.
    pub clone: bool,
    /// The body calls a macro that may hide a `return` or `?` (see
    /// `Emitter::hidden_exit`).
    pub hidden_exits: bool,
}

impl Emitter<'_> {
    /// What a step returns with `state` (a `CoroutineState`): itself, or
    /// for an async generator `Poll::Ready(state)`.
    fn ready(&self, state: TokenStream) -> TokenStream {
        if self.spec.asynchronous {
            self.step_value(quote!(::core::task::Poll::Ready(#state)))
        } else {
            self.step_value(state)
        }
    }

    /// What an async step returns while it awaits.
    fn pending(&self) -> TokenStream {
        self.step_value(quote!(::core::task::Poll::Pending))
    }

    /// What a step returns with `value` (what `Machine`'s step returns):
    /// itself, or wrapped in the return type's "go on" variant when a
    /// macro may hide an early exit (see `hidden_exit`).
    fn step_value(&self, value: TokenStream) -> TokenStream {
        match self.hidden_exit() {
            Some(r) => {
                let private = &self.spec.private;
                quote!(<#r as #private::HiddenExit<_>>::wrap(#value))
            }
            None => value,
        }
    }

    /// The return type, when the body calls a macro whose expansion may
    /// hold a `return Err(..)`, `return None` or `?` (serde_json's `tri!`)
    /// and the return type is a `Result` or an `Option`: such an exit
    /// leaves the step closure as it is written, so the step returns the
    /// return type with its "go on" variant holding the step's ordinary
    /// value (`HiddenExit`), and the machine's step completes the generator
    /// when the other variant comes out. Not for a recursive generator,
    /// whose step runs several frames, nor a clonable one (the machine's
    /// step is then a closure of gen-core's, without `Clone`).
    fn hidden_exit(&self) -> Option<&Type> {
        let r = self.spec.return_ty.as_ref()?;
        let y = self.spec.yield_ty.as_ref()?;
        let named = match r {
            Type::Path(p) if p.qself.is_none() => p
                .path
                .segments
                .last()
                .is_some_and(|s| s.ident == "Result" || s.ident == "Option"),
            _ => false,
        };
        (self.spec.hidden_exits
            && !self.recursive
            && !self.clonable()
            && named
            && annotatable(r)
            && annotatable(y))
        .then_some(r)
    }
}

fn ident(name: &str) -> syn::Ident {
    syn::Ident::new(name, Span::mixed_site())
}

struct Emitter<'a> {
    body: &'a Body,
    layout: &'a Layout,
    /// Where each slot lives and its flag.
    storage: Storage,
    /// The slots struct's flag bytes.
    full: syn::Ident,
    spec: &'a MachineSpec,
    s: syn::Ident,
    arg: syn::Ident,
    state: syn::Ident,
    dispatch: syn::Lifetime,
    /// The block being emitted (blocks emitted in place nest), which names
    /// its labels: a label may not shadow another.
    current: std::cell::Cell<usize>,
    /// Blocks emitted in place at their only predecessor's edge.
    inlined: Vec<bool>,
    /// Blocks a macro's jump may reach: arms of the dispatch loop, also when
    /// emitted in place.
    macro_targets: Vec<bool>,
    /// Blocks that other blocks' edges reach within a step (not emitted in
    /// place, not the first; an `.await`'s block, also entered by resuming,
    /// is one): their code follows
    /// the dispatch `match`, each after a labelled block, so that an edge
    /// from an arm or an earlier such block reaches it with a forward
    /// `break` rather than around the dispatch loop (which LLVM does not
    /// thread through: the values saved for the target would round-trip
    /// through their slots, and the state word through the dispatch).
    joins: Vec<bool>,
    /// The block (an arm of the dispatch or a join) whose code is being
    /// emitted: an edge from there breaks forward only to a later join
    /// (the code is in block order).
    home: std::cell::Cell<Option<order::Place>>,
    /// The generator recurses on a stack of frames (`Frames`): its step runs
    /// the innermost one.
    recursive: bool,
    /// The return value of the frame a recursive call ran.
    returned: syn::Ident,
    /// The frames of a recursive generator.
    frames: syn::Ident,
    /// The regions emitted so far (see `region`), which number their labels.
    regions: std::cell::Cell<usize>,
    /// The `&mut Context<'_>` of an async generator's step.
    cx: syn::Ident,
    /// Per local: a temporary whose only use is to be returned (the value
    /// of the body's last block), assigned with the return type's
    /// expectation (see `returned_temporaries`).
    returned_temporaries: Vec<bool>,
    /// The locals an edge hands to the block it emits in place in their
    /// Rust locals instead of their slots (see `term_edge`), for that
    /// block's first takes.
    passed: std::cell::RefCell<std::collections::BTreeSet<LocalId>>,
}

/// The temporaries that hold the body's value until it is returned (the
/// tail of a block whose locals are dropped first) and are read nowhere
/// else. Rust gives the tail the return type as its expectation (match arms
/// `&Box<[u8]>` and `&&[u8]` coerce to `&[u8]`); their assignments get it too.
fn returned_temporaries(body: &Body) -> Vec<bool> {
    let mut returned = vec![false; body.locals.len()];
    let mut read_elsewhere = vec![false; body.locals.len()];
    for b in &body.blocks {
        for s in &b.stmts {
            let fragments: Vec<&Fragment> = match s {
                Stmt::Expr(f) | Stmt::Assign { value: f, .. } => vec![f],
                Stmt::Let {
                    init, else_block, ..
                } => init.iter().chain(else_block).collect(),
                Stmt::ScopeEnd(_) => Vec::new(),
            };
            for f in fragments {
                crate::analyse::reads(f).for_each(|l| read_elsewhere[l.0] = true);
            }
        }
        match &b.term {
            Terminator::Return(f) => {
                let whole = match &f.expr {
                    Expr::Path(p) => p.path.get_ident(),
                    _ => None,
                };
                for m in &f.mentions {
                    if whole.is_some_and(|i| *i == m.name)
                        && body.local(m.local).kind == LocalKind::Temp
                    {
                        returned[m.local.0] = true;
                    } else {
                        read_elsewhere[m.local.0] = true;
                    }
                }
            }
            term => {
                for f in term.fragments() {
                    crate::analyse::reads(f).for_each(|l| read_elsewhere[l.0] = true);
                }
            }
        }
    }
    returned
        .iter()
        .zip(&read_elsewhere)
        .map(|(r, e)| *r && !*e)
        .collect()
}

/// Moves every token of generated code to `span`'s location, keeping each
/// token's hygiene, so that errors about it point at the user's tokens.
pub fn relocate(tokens: TokenStream, span: Span) -> TokenStream {
    // The editor maps the user's tokens to those located at them: generated
    // ones stay where they are (`ide` module).
    if crate::ide::active() {
        return tokens;
    }
    tokens
        .into_iter()
        .map(|mut tt| {
            if let proc_macro2::TokenTree::Group(g) = &tt {
                let mut group = proc_macro2::Group::new(g.delimiter(), relocate(g.stream(), span));
                group.set_span(g.span().located_at(span));
                tt = proc_macro2::TokenTree::Group(group);
            } else {
                tt.set_span(tt.span().located_at(span));
            }
            tt
        })
        .collect()
}

fn lifetime(name: &str) -> syn::Lifetime {
    syn::Lifetime::new(name, Span::mixed_site())
}

/// Whether a type can annotate a local (`impl Trait` cannot).
pub fn annotatable(ty: &Type) -> bool {
    crate::syntax::is_annotatable(ty)
}

/// The place at `path` inside the field `field` of the slots struct `base`.
fn field_place(base: &TokenStream, field: usize, path: &[Step], mutable: bool) -> TokenStream {
    let field = format_ident!("s{}", field, span = Span::mixed_site());
    let mut out = quote!(#base.#field);
    for step in path {
        out = match (step, mutable) {
            (Step::First, true) => quote!(#out.first_mut()),
            (Step::First, false) => quote!(#out.first()),
            (Step::Second, true) => quote!(#out.second_mut()),
            (Step::Second, false) => quote!(#out.second()),
            (Step::Elem(i), _) => {
                let i = syn::Index::from(*i);
                quote!(#out.#i)
            }
        };
    }
    out
}

/// The blocks whose code follows the dispatch `match` (see
/// `Emitter::joins`).
fn joins(body: &Body, inlined: &[bool]) -> Vec<bool> {
    // Reached by an edge of a step, not only by resuming (an `.await`'s
    // block is both).
    let mut in_step = vec![false; body.blocks.len()];
    for (b, block) in body.blocks.iter().enumerate() {
        for s in block.term.successors() {
            if s.key != crate::ir::EdgeKey::Resume {
                in_step[s.target.0] = true;
            }
        }
        for j in body.jumps_of(BlockId(b)) {
            in_step[body.jumps[j.0].edge.target.0] = true;
        }
    }
    (0..body.blocks.len())
        .map(|b| !inlined[b] && in_step[b] && BlockId(b) != body.entry)
        .collect()
}

/// Before: the graph and its layout.
/// After: an expression evaluating to the `Gen` (see the module docs).
pub fn emit(body: &Body, layout: &Layout, spec: &MachineSpec) -> TokenStream {
    let inlined = crate::layout::inlined_blocks(body);
    let e = Emitter {
        body,
        layout,
        storage: storage(body, layout),
        full: ident("full"),
        spec,
        s: ident("__genfn_s"),
        arg: ident("__genfn_arg"),
        state: ident("__genfn_state"),
        dispatch: lifetime("'__genfn_dispatch"),
        current: std::cell::Cell::new(0),
        joins: joins(body, &inlined),
        inlined,
        macro_targets: crate::layout::macro_targets(body),
        home: std::cell::Cell::new(None),
        recursive: body
            .blocks
            .iter()
            .any(|b| matches!(b.term, Terminator::Recurse { .. })),
        returned: ident("__genfn_callee_returned"),
        frames: ident("__genfn_frames"),
        regions: std::cell::Cell::new(0),
        cx: ident("__genfn_cx"),
        // Nothing to expect of `()`, nor of a type that cannot be named.
        passed: Default::default(),
        returned_temporaries: if spec
            .return_ty
            .as_ref()
            .is_some_and(|t| annotatable(t) && *t != syn::parse_quote!(()))
            || spec.return_hint.is_some()
        {
            returned_temporaries(body)
        } else {
            vec![false; body.locals.len()]
        },
    };
    e.machine()
}

/// How a fragment's value is used, which decides how a kept-in-place local
/// that is the whole fragment is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Use {
    /// Moved as a whole: an initialiser, a yielded or returned value.
    Moved,
    /// Evaluated as an operand.
    Value,
    /// Evaluated for its effects only: an expression statement (a macro
    /// call there keeps its semicolon, whatever wraps it).
    Statement,
    /// A place: a scrutinee, matched or borrowed where it is.
    Place,
}

/// Where a fragment is emitted.
pub(super) struct Site<'a> {
    pub(super) plan: &'a BlockPlan,
    /// The code that goes on to the next state.
    pub(super) next: &'a TokenStream,
    /// What a `return` here keeps (see `StmtPlan::returns`).
    pub(super) returns: &'a [LocalId],
    /// The terminator's own bindings (a let-chain's, a match arm's): values
    /// at this site, whose slots are filled after the test.
    pub(super) own: &'a [LocalId],
}

impl Emitter<'_> {
    fn return_label(&self) -> syn::Lifetime {
        lifetime(&format!("'__genfn_block{}", self.current.get()))
    }

    fn exit_label(&self) -> syn::Lifetime {
        lifetime(&format!("'__genfn_exit{}", self.current.get()))
    }

    /// Where a fragment with exiting jumps completes (see `guarded`).
    fn through_label(&self) -> syn::Lifetime {
        lifetime(&format!("'__genfn_through{}", self.current.get()))
    }

    fn has_slot(&self, l: LocalId) -> bool {
        self.layout.slots.contains_key(&l)
    }

    /// The field of a kept-in-place local's `KeptSlot`.
    fn kept_slot(&self, l: LocalId) -> syn::Ident {
        let field = self.storage.pins[&l];
        format_ident!("s{}", field, span = Span::mixed_site())
    }

    /// The place of a (not kept-in-place) local's `Slot` in the slots struct
    /// `base`, reached through `&mut` or `&` projections.
    fn slot_place(&self, base: &TokenStream, l: LocalId, mutable: bool) -> TokenStream {
        let place = &self.storage.places[&l];
        field_place(base, place.field, &place.path, mutable)
    }

    /// A local's flag: its flag byte in `base`, its bit and the bits of the
    /// slots overlapping it.
    fn flag(&self, base: &TokenStream, l: LocalId) -> (TokenStream, TokenStream, TokenStream) {
        let place = &self.storage.places[&l];
        let full = &self.full;
        let byte = syn::Index::from(place.byte);
        let bit = proc_macro2::Literal::u8_suffixed(place.bit);
        let others = proc_macro2::Literal::u8_suffixed(place.others);
        (quote!(#base.#full[#byte]), quote!(#bit), quote!(#others))
    }

    // SAFETY (of every generated call of a flag method of `Slot`): the
    // contract of gen-core's `slot` module. `slot_place` and `flag` derive
    // the slot and its flag from the same `Place` of `storage`, which gives
    // every slot its own bit of the struct's flag bytes and the bits of the
    // slots its storage overlaps (all in the same byte). The flag bytes start
    // clear and the parameters' slots are filled with `put`; nothing else
    // writes to the flags.

    /// `Slot::take` of a local's slot: `Option<T>`.
    fn take_slot(&self, base: &TokenStream, l: LocalId) -> TokenStream {
        self.take_slot_with(base, l, "take")
    }

    /// `Slot::take_full`: the value of a slot known to be full.
    fn take_full_slot(&self, base: &TokenStream, l: LocalId) -> TokenStream {
        self.take_slot_with(base, l, "take_full")
    }

    fn take_slot_with(&self, base: &TokenStream, l: LocalId, method: &str) -> TokenStream {
        let place = self.slot_place(base, l, true);
        let (full, bit, _) = self.flag(base, l);
        let method = ident(method);
        quote!(unsafe { #place.#method(&mut #full, #bit) })
    }

    /// `Slot::put` of `value`, which must be a local's name (no user code
    /// may run inside the `unsafe` block).
    fn put_slot(&self, base: &TokenStream, l: LocalId, value: &TokenStream) -> TokenStream {
        let place = self.slot_place(base, l, true);
        let (full, bit, others) = self.flag(base, l);
        quote!(unsafe { #place.put(&mut #full, #bit, #others, #value) };)
    }

    /// `Slot::put` of the value of user code, evaluated outside the `unsafe`
    /// block (a `match` keeps its temporaries alive to the end of the
    /// statement, as when it was the argument).
    fn put_slot_code(&self, l: LocalId, code: &TokenStream) -> TokenStream {
        let v = ident("__genfn_put");
        let put = self.put_slot(&self.s.to_token_stream(), l, &v.to_token_stream());
        quote!(match #code { #v => { #put } })
    }

    /// Whether the machine gets a `Clone` impl: asked for, and no local is
    /// kept in place (a heap cell that borrows point into cannot be copied).
    fn clonable(&self) -> bool {
        self.spec.clone && self.layout.kept.is_empty()
    }

    /// Whether a local's slot keeps its flag in every build (a
    /// `TrackedSlot`): its fullness is read at run time, by a take that
    /// does not know it or by the clone of the machine.
    fn tracked(&self, l: LocalId) -> bool {
        self.clonable() || self.layout.tracked.contains(&l)
    }

    fn clear_slot(&self, base: &TokenStream, l: LocalId) -> TokenStream {
        if self.layout.kept.contains(&l) {
            let field = self.kept_slot(l);
            return quote!(#base.#field.clear(););
        }
        let place = self.slot_place(base, l, true);
        let (full, bit, _) = self.flag(base, l);
        quote!(unsafe { #place.clear(&mut #full, #bit) };)
    }

    fn local(&self, l: LocalId) -> &syn::Ident {
        &self.body.local(l).ident
    }

    /// The type of a field of the slots struct (`tys`: the slots' type
    /// parameters, by slot index; `ret`: the return value's).
    fn node_ty(&self, node: &Node, tys: &[syn::Ident], ret: &syn::Ident) -> TokenStream {
        let private = &self.spec.private;
        match node {
            Node::Return => quote!(#private::Slot<#ret>),
            Node::Slot(l) => {
                let t = &tys[self.layout.slots[l]];
                if self.tracked(*l) {
                    quote!(#private::TrackedSlot<#t>)
                } else {
                    quote!(#private::Slot<#t>)
                }
            }
            Node::Pin(l) => {
                let t = &tys[self.layout.slots[l]];
                quote!(#private::KeptSlot<#t>)
            }
            Node::Tuple(elems) => {
                let elems = elems.iter().map(|e| self.node_ty(e, tys, ret));
                quote!((#(#elems,)*))
            }
            Node::Union(arms) => {
                let mut arms: Vec<TokenStream> =
                    arms.iter().map(|a| self.node_ty(a, tys, ret)).collect();
                let mut ty = arms.pop().expect("a union has arms");
                while let Some(arm) = arms.pop() {
                    ty = quote!(#private::Shared<#arm, #ty>);
                }
                ty
            }
        }
    }
}

/// Whether the block can complete the generator.
fn block_returns(b: &crate::ir::Block) -> bool {
    matches!(b.term, Terminator::Return(_))
        || b.stmts
            .iter()
            .flat_map(Stmt::fragments)
            .chain(b.term.fragments())
            .any(|f| f.returns)
}

/// Whether the code of a block puts `l` in its slot somewhere.
fn block_saves(plan: &BlockPlan, l: LocalId) -> bool {
    plan.edges
        .values()
        .chain(plan.jumps.values())
        .any(|e| e.saves.contains(&l) || e.fresh.contains(&l))
        || plan
            .stmts
            .iter()
            .any(|s| s.saves.contains(&l) || s.park.contains(&l) || s.returns.contains(&l))
        || plan.term_returns.contains(&l)
}
