//! Emit phase: the state machine's tokens.
//!
//! ```text
//! {
//!     struct __GenfnSlots<T0, ..> { state: u32, full: [u8; K], s0: Slot<T0>, .. }  // + ordered Drop
//!     let mut __genfn_slots = __GenfnSlots { state: 0, full: [0; K], s0: Storage::empty(), .. };
//!     /* the parameters put into their slots */
//!     Machine::new(__genfn_slots, |__genfn_s, __genfn_arg| -> CoroutineState<Y, T> {
//!         let mut __genfn_state = __genfn_s.state;
//!         match __genfn_state { /* blocks entered by a resume: they read the argument */ }
//!         '__genfn_dispatch: loop { match __genfn_state { /* the other blocks */ } }
//!     })
//! }
//! ```
//!
//! A generator that delegates to itself (`yield_from!(walk(..))` in `walk`)
//! gets `Machine::new(Frames::new(__genfn_slots), |__genfn_frames, __genfn_arg|
//! { let mut __genfn_s = __genfn_frames.innermost(); .. })` instead: the
//! slots struct is one call's frame; a recursive call pushes the callee's
//! (`__genfn_s = __genfn_frames.call(__GenfnSlots { .. })`) and dispatches
//! on its first state, a return pops back to the caller's.
//!
//! Every internal identifier has a `Span::mixed_site()` span, so user code can
//! neither see nor shadow it; generated paths start with `::core` or the
//! facade's `__private` path.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::visit::Visit;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Type};

use crate::ir::{BlockId, Body, Fragment, JumpId, LocalId, LocalKind, Stmt, Terminator};
use crate::ir::{JumpFinder, placeholder, placeholder_name};
use crate::layout::{BlockPlan, EdgeKey, EdgePlan, End, Layout, StmtPlan, Take};
use crate::storage::{Node, Step, Storage, storage};

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
    /// Set when a place fragment (a scrutinee) needs the `unsafe` block
    /// around its whole terminator.
    place_unsafe: std::cell::Cell<bool>,
    /// The bindings of the terminator being emitted.
    own_binds: std::cell::RefCell<Vec<LocalId>>,
    /// Blocks emitted in place at their only predecessor's edge.
    inlined: Vec<bool>,
    /// The generator recurses on a stack of frames (`Frames`): its step runs
    /// the innermost one.
    recursive: bool,
    /// The return value of the frame a recursive call ran.
    returned: syn::Ident,
    /// The frames of a recursive generator.
    frames: syn::Ident,
}

/// Moves every token of generated code to `span`'s location, keeping each
/// token's hygiene, so that errors about it point at the user's tokens.
pub fn relocate(tokens: TokenStream, span: Span) -> TokenStream {
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

/// Before: the graph and its layout.
/// After: an expression evaluating to the `Gen` (see the module docs).
pub fn emit(body: &Body, layout: &Layout, spec: &MachineSpec) -> TokenStream {
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
        place_unsafe: std::cell::Cell::new(false),
        own_binds: std::cell::RefCell::new(Vec::new()),
        inlined: crate::layout::inlined_blocks(body),
        recursive: body
            .blocks
            .iter()
            .any(|b| matches!(b.term, Terminator::Recurse { .. })),
        returned: ident("__genfn_callee_returned"),
        frames: ident("__genfn_frames"),
    };
    e.machine()
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

    /// The field of a kept-in-place local's `PinSlot`.
    fn pin_slot(&self, l: LocalId) -> syn::Ident {
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
        let place = self.slot_place(base, l, true);
        let (full, bit, _) = self.flag(base, l);
        quote!(unsafe { #place.take(&mut #full, #bit) })
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

    fn clear_slot(&self, base: &TokenStream, l: LocalId) -> TokenStream {
        if self.layout.pinned.contains(&l) {
            let field = self.pin_slot(l);
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
                quote!(#private::Slot<#t>)
            }
            Node::Pin(l) => {
                let t = &tys[self.layout.slots[l]];
                quote!(#private::PinSlot<#t>)
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

    fn machine(&self) -> TokenStream {
        let private = &self.spec.private;
        let n = self.layout.slots.len();
        let tys: Vec<syn::Ident> = (0..n)
            .map(|i| format_ident!("T{}", i, span = Span::mixed_site()))
            .collect();
        let fields: Vec<syn::Ident> = (0..self.storage.fields.len())
            .map(|i| format_ident!("s{}", i, span = Span::mixed_site()))
            .collect();
        // The type of the return value, whose storage overlaps the slots.
        let return_param = ident("TR");
        let all_tys: Vec<&syn::Ident> = tys.iter().chain([&return_param]).collect();
        let slots_ty = ident("__GenfnSlots");
        let entry = self.body.entry.0 as u32;
        let drop_all = ident("__genfn_drop_all");
        let slots_var = ident("__genfn_slots");
        let full = &self.full;
        let flag_bytes = proc_macro2::Literal::usize_unsuffixed(self.storage.flag_bytes);
        let field_tys: Vec<TokenStream> = self
            .storage
            .fields
            .iter()
            .map(|node| self.node_ty(node, &tys, &return_param))
            .collect();
        // Latest declared first.
        let this = quote!(self);
        let clears: Vec<TokenStream> = self
            .layout
            .slots
            .keys()
            .rev()
            .map(|l| self.clear_slot(&this, *l))
            .collect();
        // Kept-in-place locals cannot be cloned (borrows point into them).
        let clone_impl = self.layout.pinned.is_empty().then(|| {
            let copy = ident("__genfn_copy");
            let copy_ref = copy.to_token_stream();
            let v = ident("__genfn_value");
            let clones = self.storage.places.keys().map(|l| {
                let (source_full, bit, _) = self.flag(&this, *l);
                let source = self.slot_place(&this, *l, false);
                let put = self.put_slot(&copy_ref, *l, &v.to_token_stream());
                // The value's `clone` runs outside the `unsafe` blocks.
                quote! {
                    if let ::core::option::Option::Some(#v) = unsafe { #source.get(#source_full, #bit) } {
                        let #v = ::core::clone::Clone::clone(#v);
                        #put
                    }
                }
            });
            let empties = fields
                .iter()
                .map(|f| quote!(#f: #private::Storage::empty()));
            quote! {
                // The kept return value is cloned by the machine.
                impl<#(#tys: ::core::clone::Clone,)* #return_param> ::core::clone::Clone for #slots_ty<#(#all_tys),*> {
                    fn clone(&self) -> Self {
                        // Filled slot by slot: if a `clone` panics, the copy
                        // drops the values cloned so far.
                        let mut #copy = #slots_ty {
                            state: self.state,
                            #full: [0u8; #flag_bytes],
                            #(#empties,)*
                        };
                        #(#clones)*
                        #copy
                    }
                }
            }
        });
        let (s, arg, state, dispatch) = (&self.s, &self.arg, &self.state, &self.dispatch);
        let arg_param = ident("__genfn_resumed_with");
        let mut arms = Vec::new();
        for i in 0..self.body.blocks.len() {
            if self.inlined[i] {
                // Emitted at its only predecessor's edge.
                continue;
            }
            let code = self.block(BlockId(i), &quote!(continue #dispatch;));
            let n = i as u32;
            if n == entry {
                // A generator starts in the reserved state `CREATED`.
                arms.push(quote!(#n | #private::state::CREATED => { #code }));
            } else {
                arms.push(quote!(#n => { #code }));
            }
        }
        let resume_ty = &self.spec.resume_ty;
        let ret_ty = match (&self.spec.yield_ty, &self.spec.return_ty) {
            (Some(y), Some(t)) if annotatable(y) && annotatable(t) => {
                quote!(-> #private::CoroutineState<#y, #t>)
            }
            _ => quote!(),
        };
        let capture = self.spec.capture_move.then(|| quote!(move));
        let frame = self.frame(&self.spec.param_values);
        // A recursive generator's step moves between frames: `__genfn_s` is
        // the one it runs.
        let (state_param, state_arg, prelude) = if self.recursive {
            let (returned, frames) = (&self.returned, &self.frames);
            let t = self.spec.return_ty.as_ref().filter(|t| annotatable(t));
            let t = t.map_or_else(|| quote!(_), |t| quote!(#t));
            let root = ident("__genfn_root_state");
            (
                quote!(#frames: &mut #private::Frames<_>),
                quote!(#private::Frames::new(#slots_var)),
                quote! {
                    // The outermost frame's state is the generator's: its
                    // reserved values (completed, poisoned) stop any resume.
                    let #root = #private::Frame::state(&*#frames);
                    if #root >= #private::state::FIRST_RESERVED && #root != #private::state::CREATED {
                        #private::resumed_in_state(#root);
                    }
                    let mut #s = #frames.innermost();
                    let mut #returned: ::core::option::Option<#t> = ::core::option::Option::None;
                },
            )
        } else {
            let slots_param_ty = match self.spec.return_ty.as_ref().filter(|t| annotatable(t)) {
                Some(t) => {
                    let holes = (0..self.layout.slots.len()).map(|_| quote!(_));
                    quote!(#slots_ty<#(#holes,)* #t>)
                }
                None => quote!(_),
            };
            (
                quote!(#s: &mut #slots_param_ty),
                quote!(#slots_var),
                quote!(),
            )
        };
        let items = &self.spec.items;
        let machine = ident("__genfn_machine");
        let holds_nothing = self.tail_calls().then(|| {
            let empty = ident("__genfn_holds_nothing");
            quote! {
                /// Whether no slot holds a value (then a tail call may
                /// replace the frame).
                #[inline]
                fn #empty(&self) -> bool {
                    self.#full.iter().all(|byte| *byte == 0)
                }
            }
        });
        let (return_field, return_path) = &self.storage.returned;
        let return_mut = field_place(&this, *return_field, return_path, true);
        let return_ref = field_place(&this, *return_field, return_path, false);
        quote! {
            {
                #(#items)*
                struct #slots_ty<#(#all_tys),*> {
                    state: u32,
                    /// Which slots hold a value, one bit each.
                    #full: [u8; #flag_bytes],
                    #(#fields: #field_tys,)*
                }
                #clone_impl
                impl<#(#all_tys),*> #slots_ty<#(#all_tys),*> {
                    /// Drops the locals still held, latest declared first.
                    #[inline]
                    fn #drop_all(&mut self) {
                        #(#clears)*
                    }
                    #holds_nothing
                }
                impl<#(#all_tys),*> ::core::ops::Drop for #slots_ty<#(#all_tys),*> {
                    fn drop(&mut self) {
                        #private::drop_all_even_on_panic(self, Self::#drop_all);
                    }
                }
                // SAFETY: `state` is the state word; the step function below
                // stores only block numbers and `COMPLETE` in it. The return
                // value's storage is a fixed place in the struct, sized for
                // it, and overlaps only slots: the step function clears them
                // all before it completes (`__genfn_drop_all`) and is not run
                // again.
                unsafe impl<#(#all_tys),*> #private::Frame for #slots_ty<#(#all_tys),*> {
                    type Return = #return_param;
                    #[inline(always)]
                    fn state(&self) -> u32 {
                        self.state
                    }
                    #[inline(always)]
                    fn set_state(&mut self, state: u32) {
                        self.state = state;
                    }
                    #[inline(always)]
                    fn returned(&mut self) -> *mut #return_param {
                        #return_mut.as_mut_ptr()
                    }
                    #[inline(always)]
                    fn returned_ref(&self) -> *const #return_param {
                        #return_ref.as_ptr()
                    }
                }
                let #slots_var = #frame;
                // Lints about the user's code come from the shadow, which is
                // the code as written; the state machine splits it in ways
                // (a local declared per step) that lints misread.
                #[allow(
                    unused_mut,
                    unused_assignments,
                    unused_variables,
                    unused_unsafe,
                    unreachable_code,
                    unused_braces,
                    unused_parens,
                    clippy::all,
                    clippy::pedantic,
                    dangerous_implicit_autorefs
                )]
                let #machine = #private::Machine::new(
                    #state_arg,
                    #capture |#state_param, #arg_param: #private::Arg<#resume_ty>| #ret_ty {
                        #prelude
                        let mut #state: u32 = #s.state;
                        // Moved out by the block that resumes (the first one
                        // drops it); an `Option` so the dispatch loop can own it.
                        let mut #arg = ::core::option::Option::Some(#arg_param);
                        #dispatch: loop {
                            match #state {
                                #(#arms)*
                                // Completed, poisoned (reserved states).
                                _ => #private::resumed_in_state(#state),
                            }
                        }
                    },
                );
                #machine
            }
        }
    }

    /// A new frame: the slots struct holding the parameters' values (the
    /// generator's own, or a recursive call's arguments, each a plain name),
    /// in the state `CREATED`.
    fn frame(&self, param_values: &[TokenStream]) -> TokenStream {
        let private = &self.spec.private;
        let slots_ty = ident("__GenfnSlots");
        let frame = ident("__genfn_frame");
        let frame_ref = frame.to_token_stream();
        let full = &self.full;
        let flag_bytes = proc_macro2::Literal::usize_unsuffixed(self.storage.flag_bytes);
        let param = |l: &LocalId| {
            let p = self.body.params.iter().position(|p| p == l)?;
            Some(&param_values[p])
        };
        let inits = self.storage.fields.iter().enumerate().map(|(i, node)| {
            let field = format_ident!("s{}", i, span = Span::mixed_site());
            match node {
                Node::Pin(l) => match param(l) {
                    Some(v) => quote!(#field: #private::PinSlot::with(#v)),
                    None => quote!(#field: #private::PinSlot::new()),
                },
                _ => quote!(#field: #private::Storage::empty()),
            }
        });
        // A parameter's value is a plain name: nothing runs inside the
        // `unsafe` block but the `put`.
        let param_puts = self
            .storage
            .places
            .keys()
            .filter_map(|l| Some(self.put_slot(&frame_ref, *l, param(l)?)));
        // Naming the return value's type here, where the frame is built,
        // keeps rustc from carrying an unresolved `TR` (and the obligations
        // that mention it) through the type-checking of the whole body, which
        // made it quadratic in the body's size.
        let generics = self
            .spec
            .return_ty
            .as_ref()
            .filter(|t| annotatable(t))
            .map(|t| {
                let holes = (0..self.layout.slots.len()).map(|_| quote!(_));
                quote!(::<#(#holes,)* #t>)
            });
        quote!({
            #[allow(unused_mut)]
            let mut #frame = #slots_ty #generics {
                state: #private::state::CREATED,
                #full: [0u8; #flag_bytes],
                #(#inits,)*
            };
            #(#param_puts)*
            #frame
        })
    }

    /// Whether recursive calls in tail position may replace their frame:
    /// only in frames without kept-in-place locals (whose slots stay full
    /// until their scope ends, and which a callee may borrow).
    fn tail_calls(&self) -> bool {
        self.recursive && self.layout.pinned.is_empty()
    }

    /// Whether a frame resumed at `resume` after a recursive call would only
    /// return the callee's value: the blocks on the way do nothing but end
    /// scopes, and the return is the call's value, or `()` from a body
    /// returning `()` that discarded it.
    fn is_tail(&self, resume: BlockId) -> bool {
        let is_recursed = |e: &Expr| {
            matches!(e, Expr::Macro(m)
                if placeholder_name(&m.mac).as_deref() == Some(placeholder::RECURSED))
        };
        let unit_return =
            matches!(&self.spec.return_ty, Some(Type::Tuple(t)) if t.elems.is_empty());
        let mut discarded = false;
        let mut block = resume;
        for _ in 0..self.body.blocks.len() {
            let b = self.body.block(block);
            for (i, s) in b.stmts.iter().enumerate() {
                match s {
                    Stmt::ScopeEnd(_) => {}
                    Stmt::Expr(f)
                        if block == resume && i == 0 && unit_return && is_recursed(&f.expr) =>
                    {
                        discarded = true
                    }
                    _ => return false,
                }
            }
            match &b.term {
                Terminator::Goto(e) => block = e.target,
                Terminator::Return(f) if discarded => {
                    return matches!(&f.expr, Expr::Tuple(t) if t.elems.is_empty());
                }
                Terminator::Return(f) => return is_recursed(&f.expr),
                _ => return false,
            }
        }
        false
    }

    /// A recursive call's new frame: the arguments evaluated in order and
    /// coerced to the parameter types, then moved into the callee's slots.
    fn call_frame(&self, args: &[Expr]) -> TokenStream {
        let names: Vec<syn::Ident> = (0..args.len())
            .map(|i| format_ident!("__genfn_param{}", i, span = Span::mixed_site()))
            .collect();
        let lets = args.iter().zip(&names).enumerate().map(|(i, (a, name))| {
            let ty = self
                .spec
                .param_tys
                .get(i)
                .cloned()
                .flatten()
                .map(|t| quote!(: #t));
            quote!(let #name #ty = #a;)
        });
        let values: Vec<TokenStream> = names.iter().map(|n| quote!(#n)).collect();
        let frame = self.frame(&values);
        quote!({ #(#lets)* #frame })
    }

    /// The code of one block. `next` continues with the new `state`.
    fn block(&self, id: BlockId, next: &TokenStream) -> TokenStream {
        let outer = self.current.replace(id.0);
        let code = self.block_code(id, next);
        self.current.set(outer);
        code
    }

    fn block_code(&self, id: BlockId, next: &TokenStream) -> TokenStream {
        let b = self.body.block(id);
        let plan = &self.layout.blocks[id.0];
        let mut out = TokenStream::new();
        if id == self.body.entry {
            // The first resume's argument is dropped (Python's first `send(None)`).
            let arg = &self.arg;
            out.extend(quote!(::core::mem::drop(#arg.take());));
        }
        let clears: Vec<End> = plan.entry_clears.iter().map(|l| End::Clear(*l)).collect();
        out.extend(self.ends(&clears));
        // The scopes that end in the block are Rust blocks (see
        // `layout::Frame`): a stack of the code of the open ones, each with
        // the slot cleared after it closes and whether it is a frame's
        // outermost block (or a nested one, opened after a local whose slot
        // its scope's end clears).
        let mut stack: Vec<(TokenStream, Option<LocalId>, bool)> =
            vec![(self.takes(&plan.head_takes), None, false)];
        for f in &plan.frames {
            stack.push((TokenStream::new(), None, true));
            for (l, take, nest) in &f.opens {
                if let Some(t) = take {
                    let code = self.takes(&[(*l, *t)]);
                    stack.last_mut().expect("open").0.extend(code);
                }
                if *nest && self.has_slot(*l) {
                    stack.push((TokenStream::new(), Some(*l), false));
                }
            }
        }
        for (stmt, sp) in b.stmts.iter().zip(&plan.stmts) {
            let mut code = self.takes(&sp.takes);
            // Locals a `let` shadows are saved after its initialiser (which
            // may read them) and before its pattern binds the new names.
            code.extend(self.stmt(stmt, plan, sp, next));
            if !sp.closes {
                code.extend(self.ends(&sp.ends));
            }
            for l in &sp.park {
                code.extend(self.save(*l));
            }
            stack.last_mut().expect("open").0.extend(code);
            if sp.closes {
                loop {
                    let (inner, clear, frame) = stack.pop().expect("open");
                    let parent = &mut stack.last_mut().expect("a frame has a parent").0;
                    parent.extend(quote!({ #inner }));
                    if let Some(l) = clear {
                        parent.extend(self.clear_slot(&self.s.to_token_stream(), l));
                    }
                    if frame {
                        break;
                    }
                }
            }
            for l in &sp.nest {
                if self.has_slot(*l) {
                    stack.push((TokenStream::new(), Some(*l), false));
                }
            }
        }
        debug_assert_eq!(stack.len(), 1, "every frame closes in its block");
        let mut code = stack.pop().expect("the block's code").0;
        code.extend(self.takes(&plan.term_takes));
        code.extend(self.terminator(id, plan, next));
        if !block_returns(b) {
            out.extend(code);
            return out;
        }
        // A return leaves the block's scope (dropping the locals this step
        // used), then drops what the generator still holds, in reverse
        // declaration order.
        let (private, s, label) = (&self.spec.private, &self.s, &self.return_label());
        let done = ident("__genfn_done");
        let ty = self.return_annotation();
        out.extend(quote! {
            let #done #ty = #label: { #code };
            #s.__genfn_drop_all();
            #s.state = #private::state::COMPLETE;
        });
        if self.recursive {
            // The frame that called this one resumes with its value.
            let (frames, returned, state) = (&self.frames, &self.returned, &self.state);
            let dispatch = &self.dispatch;
            out.extend(quote! {
                match #frames.ret() {
                    ::core::option::Option::Some(__genfn_caller) => {
                        #s = __genfn_caller;
                        #returned = ::core::option::Option::Some(#done);
                        #state = #s.state;
                        continue #dispatch;
                    }
                    ::core::option::Option::None => {
                        return #private::CoroutineState::Complete(#done);
                    }
                }
            });
        } else {
            out.extend(quote!(return #private::CoroutineState::Complete(#done);));
        }
        out
    }

    fn return_annotation(&self) -> Option<TokenStream> {
        self.spec
            .return_ty
            .as_ref()
            .filter(|t| annotatable(t))
            .map(|t| quote!(: #t))
    }

    fn takes(&self, takes: &[(LocalId, Take)]) -> TokenStream {
        let private = &self.spec.private;
        let s = &self.s;
        let mut out = TokenStream::new();
        let base = s.to_token_stream();
        for (l, form) in takes {
            let name = self.local(*l);
            let has_slot = self.has_slot(*l);
            let value = ident("__genfn_value");
            out.extend(match (form, has_slot) {
                (Take::Unwrap, true) => {
                    let take = self.take_slot(&base, *l);
                    quote! {
                        #[allow(unused_mut, unused_variables)]
                        let mut #name = match #take {
                            ::core::option::Option::Some(#value) => #value,
                            ::core::option::Option::None => #private::invalid_state(),
                        };
                    }
                }
                (Take::MaybeInit, true) => {
                    let take = self.take_slot(&base, *l);
                    quote! {
                        #[allow(unused_mut, unused_variables, unused_assignments)]
                        let mut #name;
                        if let ::core::option::Option::Some(#value) = #take {
                            #name = #value;
                        }
                    }
                }
                (Take::Pinned, true) => {
                    let slot = self.pin_slot(*l);
                    let pointer = crate::rewrite::pointer(name);
                    quote! {
                        #[allow(unused_variables)]
                        let #pointer = #s.#slot.ptr();
                    }
                }
                (Take::Fresh, _) | (_, false) => quote! {
                    #[allow(unused_mut, unused_variables)]
                    let mut #name;
                },
            });
        }
        out
    }

    fn discards_unit_resume(&self, f: &Fragment) -> bool {
        let unit = matches!(&self.spec.resume_ty, Type::Tuple(t) if t.elems.is_empty());
        unit && matches!(&f.expr, Expr::Macro(m) if placeholder_name(&m.mac).as_deref() == Some(placeholder::RESUME))
    }

    /// `&mut` to the value of an in-place local (an iterator, a delegate).
    fn in_place(&self, l: LocalId) -> TokenStream {
        let (s, private) = (&self.s, &self.spec.private);
        let base = s.to_token_stream();
        let place = self.slot_place(&base, l, true);
        let (full, bit, _) = self.flag(&base, l);
        let v = ident("__genfn_in_place");
        quote! {
            match unsafe { #place.as_mut(#full, #bit) } {
                ::core::option::Option::Some(#v) => #v,
                ::core::option::Option::None => #private::invalid_state(),
            }
        }
    }

    fn save(&self, l: LocalId) -> TokenStream {
        let s = &self.s;
        let name = self.local(l);
        if !self.has_slot(l) {
            quote!()
        } else if self.layout.pinned.contains(&l) {
            let slot = self.pin_slot(l);
            quote!(#s.#slot.set(#name);)
        } else {
            self.put_slot(&s.to_token_stream(), l, &name.to_token_stream())
        }
    }

    fn ends(&self, ends: &[End]) -> TokenStream {
        let s = &self.s;
        ends.iter()
            .map(|e| match e {
                End::Clear(l) if self.has_slot(*l) => self.clear_slot(&s.to_token_stream(), *l),
                End::Clear(_) => quote!(),
                End::Drop(l) => {
                    let name = self.local(*l);
                    quote!(::core::mem::drop(#name);)
                }
            })
            .collect()
    }

    fn edge(&self, e: &EdgePlan, target: BlockId, next: &TokenStream) -> TokenStream {
        let saves: TokenStream = e.saves.iter().map(|l| self.save(*l)).collect();
        let clears = self.ends(&e.ends);
        let state = &self.state;
        let t = target.0 as u32;
        quote!({ #saves #clears #state = #t; #next })
    }

    /// A terminator's edge: like `edge`, but a target reached only from here
    /// is emitted in place, so that rustc sees the values saved for it and
    /// taken back in the same code (and removes the round trip).
    fn term_edge(&self, e: &EdgePlan, target: BlockId, next: &TokenStream) -> TokenStream {
        if !self.inlined[target.0] {
            return self.edge(e, target, next);
        }
        let saves: TokenStream = e.saves.iter().map(|l| self.save(*l)).collect();
        let clears = self.ends(&e.ends);
        // The predecessor's terminator bindings are the target's locals now.
        let own = std::mem::take(&mut *self.own_binds.borrow_mut());
        let code = self.block(target, next);
        *self.own_binds.borrow_mut() = own;
        quote!({ #saves #clears #code })
    }

    fn fresh(&self, e: &EdgePlan) -> TokenStream {
        e.fresh.iter().map(|l| self.save(*l)).collect()
    }

    /// Expands placeholders in a fragment of a block planned by `plan`.
    /// `value`: `Some(true)` when the fragment is moved as a whole (an
    /// initialiser, a yielded or returned value), which matters when it is a
    /// kept-in-place local; `None` when it is a place (a scrutinee).
    fn code(
        &self,
        f: &Fragment,
        plan: &BlockPlan,
        next: &TokenStream,
        returns: &[LocalId],
        value: Option<bool>,
    ) -> Expr {
        let mut e = f.expr.clone();
        let mut x = Expander {
            em: self,
            plan,
            next,
            returns,
        };
        x.visit_expr_mut(&mut e);
        // A terminator's own bindings (a guard, a let-chain) are values
        // there: their slots are filled after the test.
        let own = self.own_binds.borrow();
        let pinned: std::collections::BTreeSet<String> = f
            .mentions
            .iter()
            .filter(|m| self.layout.pinned.contains(&m.local) && !own.contains(&m.local))
            .map(|m| m.name.clone())
            .collect();
        drop(own);
        if crate::rewrite::rewrite(&mut e, &pinned, &self.spec.private, value == Some(true)) {
            // SAFETY (of the generated block): it dereferences pointers to
            // kept-in-place locals, performing the operations the user wrote
            // on them; the shadow borrow-checks the same operations on
            // ordinary locals, and the slots keep the values at those
            // addresses until the end of their scopes. The user's own unsafe
            // operations are checked by the shadow, which has no such block.
            match value {
                Some(_) => {
                    crate::lower::wrap_unsafe(&mut e);
                    if !matches!(e, Expr::Paren(_)) {
                        e = syn::parse_quote!((#e));
                    }
                }
                // A place (a scrutinee) stays a place: the caller puts the
                // whole construct in the `unsafe` block.
                None => self.place_unsafe.set(true),
            }
        }
        e
    }

    /// Whether a jump must leave the fragment before saving: a local it saves
    /// is shadowed by a binding of the fragment where it jumps.
    fn jump_needs_exit(&self, j: JumpId, plan: &BlockPlan) -> bool {
        let shadowed = &self.body.jumps[j.0].shadowed;
        plan.jumps[&j]
            .saves
            .iter()
            .any(|l| shadowed.contains(&self.local(*l).to_string()))
    }

    fn jumps(f: &Fragment) -> Vec<JumpId> {
        let mut finder = JumpFinder::default();
        finder.fragment(f);
        finder.jumps
    }

    /// `'through: { let k = 'exit: { break 'through code }; <edge of jump k> }`
    /// for a fragment with jumps that must leave it first (a jump is `break
    /// 'exit k`); the plain code otherwise. The code's value leaves by its
    /// own path, so rustc sees what the code initialises as initialised
    /// after it (a value passed through the exit block would also flow from
    /// the jumps, for all rustc knows).
    fn guarded(
        &self,
        f: &Fragment,
        plan: &BlockPlan,
        next: &TokenStream,
        returns: &[LocalId],
        value: Option<bool>,
    ) -> TokenStream {
        let code = self.code(f, plan, next, returns, value);
        let jumps: Vec<JumpId> = Self::jumps(f)
            .into_iter()
            .filter(|j| self.jump_needs_exit(*j, plan))
            .collect();
        if jumps.is_empty() {
            return code.into_token_stream();
        }
        let private = &self.spec.private;
        let (exit, through) = (&self.exit_label(), &self.through_label());
        let k = ident("__genfn_k");
        let arms = jumps.iter().map(|j| {
            let n = j.0;
            let edge = self.edge(&plan.jumps[j], self.body.jumps[j.0].edge.target, next);
            quote!(#n => #edge)
        });
        quote! {
            (#through: {
                let #k: usize = #exit: { break #through (#code) };
                match #k {
                    #(#arms)*
                    _ => #private::invalid_state(),
                }
            })
        }
    }

    /// Kept-in-place bindings of a `let` move into their slots; the name
    /// then stands for the pointer (`let v;`: the cell waits for the
    /// assignment).
    fn pin_bindings(&self, binds: &[LocalId], declared_only: bool) -> Vec<TokenStream> {
        let s = &self.s;
        binds
            .iter()
            .filter(|b| self.layout.pinned.contains(b))
            .map(|b| {
                let name = self.local(*b);
                let slot = self.pin_slot(*b);
                let pointer = crate::rewrite::pointer(name);
                if declared_only {
                    quote!(#[allow(unused_variables)] let #pointer = #s.#slot.ptr();)
                } else {
                    quote!(#[allow(unused_variables)] let #pointer = #s.#slot.set(#name);)
                }
            })
            .collect()
    }

    /// Before: `let PAT = <place of a kept-in-place local> [else { .. }];`
    /// After: `let (a, mut b,) = unsafe { match <place> { PAT => (a, b,), _ => { .. } } };`
    /// and the bindings' slots filled as for any `let`.
    fn let_from_place(
        &self,
        s: &Stmt,
        place: TokenStream,
        els: Option<TokenStream>,
        sp: &StmtPlan,
        plain: bool,
    ) -> TokenStream {
        let Stmt::Let {
            attrs, pat, binds, ..
        } = s
        else {
            unreachable!("`let_from_place` is called on a `let`");
        };
        let bindings = crate::rewrite::pattern_idents(pat);
        let names = bindings.iter().map(|(i, _)| i);
        let outer = bindings.iter().map(|(i, m)| {
            let m = m.then(|| quote!(mut));
            quote!(#m #i)
        });
        let arm_pat = match pat {
            syn::Pat::Type(t) => &*t.pat,
            p => p,
        };
        // The annotation types the place (a match arm cannot carry one), if
        // naming the place again has no effect (`plain`: a local's name).
        let private = &self.spec.private;
        let hint = match pat {
            syn::Pat::Type(t) if plain && crate::emit::annotatable(&t.ty) => {
                let ty = &t.ty;
                Some(quote!(#private::place_type::<#ty>(&raw const #place);))
            }
            _ => None,
        };
        let other = els.map(|code| quote!(_ => { #code }));
        let pins = self.pin_bindings(binds, false);
        let saves: TokenStream = sp.saves.iter().map(|l| self.save(*l)).collect();
        let value = ident("__genfn_init");
        // SAFETY (of the generated block): the pattern reads the place of a
        // kept-in-place local, as the same `let` does in the shadow.
        quote! {
            #[allow(unused_unsafe, unused_mut, clippy::match_single_binding)]
            let #value = unsafe { #hint match #place { #arm_pat => (#(#names,)*), #other } };
            #saves
            #(#attrs)* #[allow(unused_mut)] let (#(#outer,)*) = #value;
            #(#pins)*
        }
    }

    fn stmt(&self, s: &Stmt, plan: &BlockPlan, sp: &StmtPlan, next: &TokenStream) -> TokenStream {
        let returns = &sp.returns;
        if sp.skip {
            return sp.saves.iter().map(|l| self.save(*l)).collect();
        }
        match s {
            Stmt::Expr(f) if self.discards_unit_resume(f) => {
                // `yield_!(v);` with `resume = ()`: nothing to read or drop.
                sp.saves.iter().map(|l| self.save(*l)).collect()
            }
            Stmt::Expr(f) => {
                let code = self.guarded(f, plan, next, returns, Some(false));
                let saves: TokenStream = sp.saves.iter().map(|l| self.save(*l)).collect();
                quote!(#saves #code;)
            }
            Stmt::Let {
                attrs,
                pat,
                init,
                else_block,
                binds,
            } => {
                // A pattern that reads only part of a kept-in-place local
                // (`let _ = v;`, `let (a, _) = v;`, `let Some(x) = v else ..`)
                // matches on its place, as Rust does, and hands its bindings
                // out of the `unsafe` block.
                if let Some(f) = init
                    && !crate::rewrite::moves_whole(pat)
                    && crate::syntax::is_place(&f.expr)
                {
                    self.place_unsafe.set(false);
                    let code = self.guarded(f, plan, next, returns, None);
                    // Also when locals are saved before the binding: the
                    // value must not be moved into a temporary first
                    // (`let _ = s;` does not move `s`).
                    if self.place_unsafe.take() || !sp.saves.is_empty() {
                        let els = else_block
                            .as_ref()
                            .map(|f| self.guarded(f, plan, next, returns, Some(false)));
                        let plain = matches!(&f.expr, Expr::Path(_));
                        return self.let_from_place(s, code, els, sp, plain);
                    }
                }
                let by_ref = crate::pin::ref_binding(pat);
                let init = init.as_ref().map(|f| {
                    if let Some(mutable) = by_ref {
                        // `let (ref a, n) = place;` borrows the place: keep it a
                        // place, borrowed inside the `unsafe` block.
                        self.place_unsafe.set(false);
                        let code = self.guarded(f, plan, next, returns, None);
                        if self.place_unsafe.take() {
                            let mutability = mutable.then(|| quote!(mut));
                            // SAFETY (of the generated block): a borrow of a
                            // kept-in-place local; see `code`.
                            return quote!(= *unsafe { &#mutability #code });
                        }
                        return quote!(= #code);
                    }
                    let code = self.guarded(f, plan, next, returns, Some(true));
                    quote!(= #code)
                });
                let els = else_block.as_ref().map(|f| {
                    let code = self.guarded(f, plan, next, returns, Some(false));
                    quote!(else { #code })
                });
                let s = &self.s;
                let declared_only = init.is_none();
                let pins = self.pin_bindings(binds, declared_only).into_iter();
                // A binding whose slot this block does not fill: its type
                // may be known only here (see `same_type`).
                let hints = binds
                    .iter()
                    .filter(|b| {
                        !declared_only
                            && !self.layout.pinned.contains(b)
                            && self.body.local(**b).kind != LocalKind::InPlace
                            && !block_saves(plan, **b)
                    })
                    .filter(|b| self.has_slot(**b))
                    .map(|b| {
                        let name = self.local(*b);
                        let slot = self.slot_place(&s.to_token_stream(), *b, false);
                        quote!(#slot.same_type(&#name);)
                    });
                let pins = pins.chain(hints);
                let saves: TokenStream = sp.saves.iter().map(|l| self.save(*l)).collect();
                if declared_only && binds.iter().all(|b| self.layout.pinned.contains(b)) {
                    return quote!(#saves #(#pins)*);
                }
                match init {
                    Some(init) if !saves.is_empty() => {
                        let value = ident("__genfn_init");
                        quote! {
                            let #value #init;
                            #saves
                            #(#attrs)* #[allow(unused_mut)] let #pat = #value #els;
                            #(#pins)*
                        }
                    }
                    _ => {
                        quote!(#saves #(#attrs)* #[allow(unused_mut)] let #pat #init #els; #(#pins)*)
                    }
                }
            }
            Stmt::Assign { local, value } => {
                debug_assert!(sp.saves.is_empty(), "only a `let` shadows");
                let name = self.local(*local);
                let code = self.guarded(value, plan, next, returns, Some(true));
                if self.layout.pinned.contains(local) {
                    let private = &self.spec.private;
                    // SAFETY (of the generated block): as for any access to a
                    // kept-in-place local; see `code`.
                    let pointer = crate::rewrite::pointer(name);
                    quote!(unsafe { #private::pin_assign(#pointer, #code) };)
                } else if self.body.local(*local).kind == LocalKind::InPlace {
                    let put = self.put_slot_code(*local, &code);
                    quote!(#put;)
                } else {
                    quote!(#name = #code;)
                }
            }
            Stmt::ScopeEnd(_) => quote!(),
        }
    }

    /// Completes the generator with `value`: saves the untouched held locals
    /// `keeps` and leaves the block (see `block`).
    fn return_code(&self, value: TokenStream, keeps: &[LocalId]) -> TokenStream {
        let ret = ident("__genfn_return");
        let ty = self.return_annotation();
        let at = syn::spanned::Spanned::span(&value);
        let binding = relocate(quote!(let #ret), at);
        let saves: TokenStream = keeps.iter().map(|l| self.save(*l)).collect();
        let label = &self.return_label();
        quote!({
            #binding #ty = #value;
            #saves
            break #label #ret;
        })
    }

    fn terminator(&self, id: BlockId, plan: &BlockPlan, next: &TokenStream) -> TokenStream {
        let b = self.body.block(id);
        *self.own_binds.borrow_mut() = match &b.term {
            Terminator::If { binds, .. } | Terminator::ForNext { binds, .. } => binds.clone(),
            Terminator::Match { arms, .. } => {
                arms.iter().flat_map(|a| a.binds.iter().copied()).collect()
            }
            _ => Vec::new(),
        };
        let code = self.terminator_inner(id, plan, next);
        self.own_binds.borrow_mut().clear();
        code
    }

    fn terminator_inner(&self, id: BlockId, plan: &BlockPlan, next: &TokenStream) -> TokenStream {
        let b = self.body.block(id);
        let private = &self.spec.private;
        let (s, arg) = (&self.s, &self.arg);
        let k = ident("__genfn_k");
        let edge = |key: EdgeKey, target: BlockId| self.term_edge(&plan.edges[&key], target, next);
        match &b.term {
            Terminator::Goto(e) => edge(EdgeKey::Goto, e.target),
            Terminator::If {
                cond,
                binds,
                then_edge,
                else_edge,
            } => {
                self.place_unsafe.set(false);
                let cond = self.guarded(cond, plan, next, &plan.term_returns, None);
                let needs_unsafe = self.place_unsafe.take();
                let then = edge(EdgeKey::Then, then_edge.target);
                let els = edge(EdgeKey::Else, else_edge.target);
                let fresh = self.fresh(&plan.edges[&EdgeKey::Then]);
                let test = quote!(if #cond { #fresh true } else { false });
                // SAFETY (of the generated block): the condition reaches
                // kept-in-place locals; see `code`.
                let test = if needs_unsafe {
                    quote!(unsafe { #test })
                } else {
                    test
                };
                if binds.is_empty() && !needs_unsafe {
                    quote!(if #cond #then else #els)
                } else {
                    quote! {
                        let #k: bool = #test;
                        if #k #then else #els
                    }
                }
            }
            Terminator::Match { scrutinee, arms } => {
                self.place_unsafe.set(false);
                let scrutinee = self.guarded(scrutinee, plan, next, &plan.term_returns, None);
                let first = arms.iter().enumerate().map(|(i, a)| {
                    let pat = &a.pat;
                    let guard = a.guard.as_ref().map(|g| {
                        let g = self.code(g, plan, next, &plan.term_returns, None);
                        quote!(if #g)
                    });
                    let fresh = self.fresh(&plan.edges[&EdgeKey::Arm(i)]);
                    quote!(#pat #guard => { #fresh #i })
                });
                let second = arms.iter().enumerate().map(|(i, a)| {
                    let e = edge(EdgeKey::Arm(i), a.target.target);
                    quote!(#i => #e)
                });
                let first: Vec<TokenStream> = first.collect();
                let test = quote!(match #scrutinee { #(#first)* });
                // SAFETY (of the generated block): the scrutinee or a guard
                // reaches kept-in-place locals; see `code`.
                let test = if self.place_unsafe.take() {
                    quote!(unsafe { #test })
                } else {
                    test
                };
                quote! {
                    let #k: usize = #test;
                    match #k {
                        #(#second)*
                        _ => #private::invalid_state(),
                    }
                }
            }
            Terminator::ForNext {
                iter,
                pat,
                body,
                done,
                ..
            } => {
                let iter = self.in_place(*iter);
                let fresh = self.fresh(&plan.edges[&EdgeKey::Body]);
                let then = edge(EdgeKey::Body, body.target);
                let els = edge(EdgeKey::Done, done.target);
                if self.layout.blocks[body.target.0].binds_held.is_some() {
                    // The body runs in the arm that binds the pattern (see
                    // `layout::for_bodies_in_place`).
                    return quote! {
                        match ::core::iter::Iterator::next(#iter) {
                            ::core::option::Option::Some(#pat) => #then
                            ::core::option::Option::None => #els
                        }
                    };
                }
                quote! {
                    let #k: bool = match ::core::iter::Iterator::next(#iter) {
                        ::core::option::Option::Some(#pat) => { #fresh true }
                        ::core::option::Option::None => false,
                    };
                    if #k #then else #els
                }
            }
            Terminator::Yield { value, resume } => {
                let value = self.guarded(value, plan, next, &plan.term_returns, Some(true));
                let y = ident("__genfn_yielded");
                let ty = self
                    .spec
                    .yield_ty
                    .as_ref()
                    .filter(|t| annotatable(t))
                    .map(|t| quote!(: #t));
                let saves: TokenStream = plan.edges[&EdgeKey::Resume]
                    .saves
                    .iter()
                    .map(|l| self.save(*l))
                    .collect();
                let r = resume.0 as u32;
                let at = syn::spanned::Spanned::span(&value);
                let binding = relocate(quote!(let #y), at);
                quote! {
                    #binding #ty = #value;
                    #saves
                    #s.state = #r;
                    return #private::CoroutineState::Yielded(#y);
                }
            }
            Terminator::Recurse { frame, resume } => {
                let frame = self.guarded(frame, plan, next, &plan.term_returns, Some(true));
                let callee = ident("__genfn_callee");
                let edge = &plan.edges[&EdgeKey::Resume];
                let saves: TokenStream = edge.saves.iter().map(|l| self.save(*l)).collect();
                let r = resume.0 as u32;
                let (frames, state, dispatch) = (&self.frames, &self.state, &self.dispatch);
                let entry = self.body.entry.0 as u32;
                let call = quote! {
                    #s.state = #r;
                    #s = #frames.call(#callee);
                };
                let call = if self.tail_calls() && edge.saves.is_empty() && self.is_tail(*resume) {
                    let empty = ident("__genfn_holds_nothing");
                    // Held locals still in their slots (a guard kept to the
                    // end of its scope) are dropped after the call returns:
                    // then it is an ordinary call.
                    quote! {
                        if #s.#empty() {
                            *#s = #callee;
                        } else {
                            #call
                        }
                    }
                } else {
                    call
                };
                // The callee starts without a value (PEP 380).
                quote! {
                    let #callee = #frame;
                    #saves
                    #call
                    #state = #entry;
                    #arg = ::core::option::Option::Some(#private::Arg::Start);
                    continue #dispatch;
                }
            }
            Terminator::Delegate {
                source,
                span,
                first,
                resume,
                done,
                result,
            } => {
                let clear_source = self.clear_slot(&s.to_token_stream(), *source);
                let source = self.in_place(*source);
                let resume_ty = &self.spec.resume_ty;
                let step_arg = if *first {
                    first_step_arg(private, resume_ty)
                } else {
                    quote!(#private::take_arg(&mut #arg))
                };
                let (y, r) = (ident("__genfn_yielded"), ident("__genfn_returned"));
                let ty = self
                    .spec
                    .yield_ty
                    .as_ref()
                    .filter(|t| annotatable(t))
                    .map(|t| quote!(: #t));
                let step = relocate(
                    quote!(<_ as #private::Delegate<#resume_ty>>::step(#source, #step_arg)),
                    *span,
                );
                let check_yield = {
                    let value = relocate(quote!(#y), *span);
                    quote!(let #y #ty = #value;)
                };
                let saves: TokenStream = plan.edges[&EdgeKey::Resume]
                    .saves
                    .iter()
                    .map(|l| self.save(*l))
                    .collect();
                let rs = resume.0 as u32;
                let bind = match result {
                    Some(res) => {
                        let name = self.local(*res);
                        quote!(let #name = #r;)
                    }
                    None => quote!(let _ = #r;),
                };
                let fresh = self.fresh(&plan.edges[&EdgeKey::Done]);
                let done = edge(EdgeKey::Done, done.target);
                quote! {
                    match #step {
                        #private::CoroutineState::Yielded(#y) => {
                            #check_yield
                            #saves
                            #s.state = #rs;
                            return #private::CoroutineState::Yielded(#y);
                        }
                        #private::CoroutineState::Complete(#r) => {
                            // The finished sub-generator is dropped now.
                            #clear_source
                            #bind
                            #fresh
                            #done
                        }
                    }
                }
            }
            Terminator::Return(f) => {
                let value = self.guarded(f, plan, next, &plan.term_returns, Some(true));
                self.return_code(value, &plan.term_returns)
            }
            Terminator::Unreachable => quote!(#private::invalid_state()),
        }
    }
}

/// A recursive call's generator, boxed (`maybe`: only if it is a generator).
pub fn boxed_tokens(private: &TokenStream, source: &Expr, span: Span, maybe: bool) -> TokenStream {
    if !maybe {
        let boxed = relocate(quote!(#private::boxed), span);
        return quote!(#boxed(#source));
    }
    let src = ident("__genfn_recursive");
    let probe = relocate(
        quote!((&&#private::MaybeBoxed::new(&#src)).box_kind().apply(#src)),
        span,
    );
    quote!({
        let #src = #source;
        #[allow(unused_imports)]
        use #private::{ViaBox as _, ViaKeep as _};
        #probe
    })
}

/// The argument of a delegation's first step: no value (PEP 380 starts the
/// sub-generator with `next`), or, for generators resumed with `()`, the
/// unit value, which also continues a sub-generator that already started.
pub fn first_step_arg(private: &TokenStream, resume: &Type) -> TokenStream {
    match resume {
        Type::Tuple(t) if t.elems.is_empty() => quote!(#private::Arg::<()>::Value(())),
        _ => quote!(#private::Arg::<#resume>::Start),
    }
}

/// `e?`: `match Branch::branch(e) { Continue(v) => v, Break(r) => <on_break> }`,
/// spanned at the `?` (shared by the state machine and the shadow so that an
/// error is reported once).
pub fn try_tokens(
    private: &TokenStream,
    inner: &Expr,
    span: Span,
    on_break: TokenStream,
) -> TokenStream {
    let (v, r) = (ident("__genfn_continue"), ident("__genfn_residual"));
    let branch = relocate(quote!(match #private::Branch::branch), span);
    let arms = relocate(
        quote!({
            ::core::ops::ControlFlow::Continue(#v) => #v,
            ::core::ops::ControlFlow::Break(#r) => #on_break,
        }),
        span,
    );
    quote!(#branch(#inner) #arms)
}

/// What `yield_from!(source)` delegates to: autoref specialisation picks a
/// generator with the same resume type, reports one with another, or drains
/// an iterable. Spanned at the user's operand.
pub fn delegate_tokens(
    private: &TokenStream,
    resume: &Type,
    source: &Expr,
    span: Span,
) -> TokenStream {
    let src = ident("__genfn_source");
    let probe = relocate(
        quote! {
            (&&&#private::DelegateProbe::<_, #resume>::new(&#src)).delegate_kind().wrap(#src)
        },
        span,
    );
    quote!({
        let #src = #source;
        #[allow(unused_imports)]
        use #private::{ViaCoroutine as _, ViaIter as _, ViaMismatch as _};
        #probe
    })
}

/// Whether the block can complete the generator.
fn block_returns(b: &crate::ir::Block) -> bool {
    matches!(b.term, Terminator::Return(_))
        || b.stmts
            .iter()
            .flat_map(Stmt::fragments)
            .chain(b.term.fragments())
            .any(crate::ir::fragment_returns)
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

/// Parenthesises a block-like first operand of `e`, which an expanded
/// placeholder can be (`?` becomes a `match`): at the start of a statement,
/// `match .. { .. } < x` would end the statement at the `}`.
fn parenthesize_leading_block(e: &mut Expr) {
    let first = match e {
        Expr::Binary(b) => &mut b.left,
        Expr::Cast(c) => &mut c.expr,
        Expr::MethodCall(m) => &mut m.receiver,
        Expr::Field(f) => &mut f.base,
        Expr::Index(i) => &mut i.expr,
        Expr::Try(t) => &mut t.expr,
        Expr::Assign(a) => &mut a.left,
        Expr::Call(c) => &mut c.func,
        Expr::Range(r) => match &mut r.start {
            Some(start) => start,
            None => return,
        },
        _ => return,
    };
    if matches!(
        **first,
        Expr::Match(_)
            | Expr::If(_)
            | Expr::Block(_)
            | Expr::Loop(_)
            | Expr::Unsafe(_)
            | Expr::While(_)
            | Expr::ForLoop(_)
    ) {
        let inner = &**first;
        **first = syn::parse_quote!((#inner));
    }
}

/// Expands the placeholder macros of a fragment.
struct Expander<'a, 'b> {
    em: &'a Emitter<'b>,
    plan: &'a BlockPlan,
    next: &'a TokenStream,
    /// What a `return` here keeps.
    returns: &'a [LocalId],
}

impl VisitMut for Expander<'_, '_> {
    fn visit_stmt_mut(&mut self, s: &mut syn::Stmt) {
        // A fragment that went through tokens again (put in an `unsafe`
        // block, say) holds the placeholders in statement position as
        // statement macros: make them expressions, which are expanded.
        if let syn::Stmt::Macro(m) = s
            && m.mac.to_token_stream().to_string().contains("__genfn_")
        {
            let e = Expr::Macro(syn::ExprMacro {
                attrs: std::mem::take(&mut m.attrs),
                mac: m.mac.clone(),
            });
            *s = syn::Stmt::Expr(e, m.semi_token);
        }
        visit_mut::visit_stmt_mut(self, s);
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let Expr::Macro(m) = e else {
            match e {
                Expr::Closure(_) | Expr::Async(_) => {}
                _ => {
                    visit_mut::visit_expr_mut(self, e);
                    parenthesize_leading_block(e);
                }
            }
            return;
        };
        let em = self.em;
        let private = &em.spec.private;
        let Some(name) = placeholder_name(&m.mac) else {
            // A foreign macro whose arguments were rewritten by the lowering.
            if m.mac.tokens.to_string().contains("__genfn_")
                && let Some(mut exprs) = crate::syntax::parse_macro_exprs(&m.mac)
            {
                for x in exprs.iter_mut() {
                    self.visit_expr_mut(x);
                }
                crate::syntax::set_macro_exprs(&mut m.mac, &exprs);
            }
            return;
        };
        let mut args: Vec<Expr> = m
            .mac
            .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
            .map(|p| p.into_iter().collect())
            .unwrap_or_default();
        for a in &mut args {
            self.visit_expr_mut(a);
        }
        // The user's `?`, `return` or operand, where errors are reported.
        let span = m.mac.path.segments[0].ident.span();
        let new: TokenStream = match name.as_str() {
            placeholder::RETURN => em.return_code(args[0].to_token_stream(), self.returns),
            placeholder::TRY => {
                let inner = &args[0];
                let r = ident("__genfn_residual");
                let residual = relocate(quote!(#private::FromResidual::from_residual(#r)), span);
                let ret = em.return_code(residual, self.returns);
                try_tokens(private, inner, span, ret)
            }
            placeholder::JUMP => {
                let n: usize = match &args[0] {
                    Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(i),
                        ..
                    }) => i.base10_parse().unwrap_or(0),
                    _ => 0,
                };
                let jump = &em.body.jumps[n];
                // The value goes straight into the result's slot, so that the
                // edge needs no knowledge of where it was assigned.
                let value = match (jump.result, args.get(1)) {
                    (Some(r), value) => {
                        let value = value.map_or_else(|| quote!(()), |v| v.to_token_stream());
                        let put = em.put_slot_code(r, &value);
                        quote!(#put;)
                    }
                    (None, Some(v)) => quote!(#v;),
                    (None, None) => quote!(),
                };
                if em.jump_needs_exit(JumpId(n), self.plan) {
                    let label = &em.exit_label();
                    quote!({ #value break #label #n; })
                } else {
                    let edge = em.edge(&self.plan.jumps[&JumpId(n)], jump.edge.target, self.next);
                    quote!({ #value #edge })
                }
            }
            placeholder::RESUME => {
                let arg = &em.arg;
                quote!(#private::Arg::into_value(#private::take_arg(&mut #arg)))
            }
            placeholder::FRAME => em.call_frame(&args),
            placeholder::RECURSED => {
                let returned = &em.returned;
                quote!(#private::returned(#returned.take()))
            }
            placeholder::BOXED => boxed_tokens(private, &args[0], span, false),
            placeholder::MAYBE_BOXED => boxed_tokens(private, &args[0], span, true),
            placeholder::DELEGATE => {
                let resume = &em.spec.resume_ty;
                delegate_tokens(private, resume, &args[0], span)
            }
            _ => return,
        };
        *e = syn::parse2(quote!(#new)).unwrap_or_else(|err| {
            syn::parse2(err.to_compile_error()).expect("compile_error! is an expression")
        });
    }

    fn visit_item_mut(&mut self, _: &mut syn::Item) {}
}
