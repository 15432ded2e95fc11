//! The state machine as a whole: the slots struct, its drop code, the
//! step closure and its dispatch, and the frames of a recursive generator.

use super::*;

impl Emitter<'_> {
    pub(super) fn machine(&self) -> TokenStream {
        let slots = SlotsType::new(self.layout.slots.len(), self.storage.fields.len());
        let slots_var = ident("__genfn_slots");
        let frame = self.frame(&self.spec.param_values, &slots_var);
        let items = &self.spec.items;
        let slots_items = self.slots_items(&slots);
        let machine = ident("__genfn_machine");
        let step = self.step_closure(&slots, &slots_var);
        let private = &self.spec.private;
        let machine_ty = if self.spec.asynchronous {
            ident("AsyncMachine")
        } else {
            ident("Machine")
        };
        let new = match self.hidden_exit() {
            // The step returns the return type's `HiddenExit::Step` (see
            // `hidden_exit`).
            Some(_) => {
                let drop_all = ident("__genfn_drop_all");
                let new = if self.spec.asynchronous {
                    ident("async_machine_with_hidden_exits")
                } else {
                    ident("machine_with_hidden_exits")
                };
                let held = ident("__genfn_held_slots");
                quote!(#private::#new(#step, |#held| #held.#drop_all()))
            }
            None => quote!(#private::#machine_ty::new(#step)),
        };
        quote! {
            {
                #(#items)*
                #slots_items
                #frame
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
                let #machine = #new;
                #machine
            }
        }
    }

    /// The slots struct and its impls: the inherent drop-all, `Drop`,
    /// `Frame`, and `Clone` when wanted and nothing is kept in place.
    fn slots_items(&self, slots: &SlotsType) -> TokenStream {
        let private = &self.spec.private;
        let SlotsType {
            name: slots_ty,
            tys,
            fields,
            return_param,
        } = slots;
        let all_tys = slots.all_tys();
        let drop_all = ident("__genfn_drop_all");
        let full = &self.full;
        let flag_bytes = proc_macro2::Literal::usize_unsuffixed(self.storage.flag_bytes);
        let field_tys: Vec<TokenStream> = self
            .storage
            .fields
            .iter()
            .map(|node| self.node_ty(node, tys, return_param))
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
        let clone_impl = self.clone_impl(slots);
        let holds_nothing = self.tail_calls().then(|| {
            let empty = ident("__genfn_holds_nothing");
            quote! {
                // Whether no slot holds a value (then a tail call may
                // replace the frame).
                #[inline]
                fn #empty(&self) -> bool {
                    self.#full.iter().all(|byte| *byte == 0)
                }
            }
        });
        let (return_field, return_path) = &self.storage.returned;
        let return_mut = field_place(&this, *return_field, return_path, true);
        let return_ref = field_place(&this, *return_field, return_path, false);
        let (markers, markers_ty) = self.markers(slots);
        let held = ident("__genfn_held");
        let empty_fn = self.empty_fn();
        quote! {
            #(#markers)*
            struct #slots_ty<#(#all_tys),*> {
                #held: #markers_ty,
                state: u32,
                // Which slots hold a value, one bit each.
                #full: [u8; #flag_bytes],
                #(#fields: #field_tys,)*
            }
            #clone_impl
            impl<#(#all_tys),*> #slots_ty<#(#all_tys),*> {
                #empty_fn
                // Drops the locals still held, latest declared first.
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
        }
    }

    /// For each slot, a type named after its local (`counter_kept_in_generator`,
    /// a temporary's after what it holds: `future_kept_in_generator`) and
    /// defined at its declaration (a temporary's at its expression), holding
    /// the local's type. The slots struct holds them first, in a
    /// `PhantomData`: when the generator lacks an auto trait (`Send`,
    /// `Sync`, `Unpin`) because of a local's type, rustc's note after the
    /// type itself is "required because it appears within the type
    /// `counter_kept_in_generator<Rc<u32>>`", pointing at the local, where
    /// it would otherwise name `MaybeUninit` and `Slot`.
    ///
    /// The slots already make each auto trait of the struct require it of
    /// every local's type, so the markers change no auto trait; nor the
    /// variance (covariant, as the slots) or drop check (the struct has a
    /// `Drop` impl). Item names resolve at the call site: a suffix no code
    /// would use keeps them from meeting the user's names (a tuple struct is
    /// also a value), and a second local of the same name gets `_2`. Cost:
    /// one small item per slot, about 240k instructions of `cargo check`
    /// each (2% of the check of 200 small generators).
    fn markers(&self, slots: &SlotsType) -> (Vec<TokenStream>, TokenStream) {
        let mut names = vec![SLOTS_TY.to_string()];
        let mut items = Vec::new();
        let mut tys = Vec::new();
        for (l, i) in &self.layout.slots {
            let origin = &self.body.local(*l).origin;
            let base = format!("{}_kept_in_generator", origin.name);
            let mut name = base.clone();
            for n in 2.. {
                if !names.contains(&name) {
                    break;
                }
                name = format!("{base}_{n}");
            }
            let m = syn::Ident::new(&name, Span::mixed_site().located_at(origin.span));
            let t = &slots.tys[*i];
            items.push(quote!(struct #m<#t>(#t);));
            tys.push(quote!(#m<#t>));
            names.push(name);
        }
        let ty = match tys.as_slice() {
            [one] => one.clone(),
            _ => quote!((#(#tys,)*)),
        };
        (items, quote!(::core::marker::PhantomData<#ty>))
    }

    /// `Clone` for the slots, slot by slot; none when the machine is not
    /// to be cloned, or when a local is kept in place (borrows point into
    /// it).
    fn clone_impl(&self, slots: &SlotsType) -> Option<TokenStream> {
        if !self.clonable() {
            return None;
        }
        let SlotsType {
            name: slots_ty,
            tys,
            return_param,
            ..
        } = slots;
        let all_tys = slots.all_tys();
        let this = quote!(self);
        let copy = ident("__genfn_copy");
        let empty = ident("__genfn_empty");
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
        Some(quote! {
            // The kept return value is cloned by the machine.
            impl<#(#tys: ::core::clone::Clone,)* #return_param> ::core::clone::Clone for #slots_ty<#(#all_tys),*> {
                fn clone(&self) -> Self {
                    // Filled slot by slot: if a `clone` panics, the copy
                    // drops the values cloned so far.
                    let mut #copy = Self::#empty();
                    #copy.state = self.state;
                    #(#clones)*
                    #copy
                }
            }
        })
    }

    /// The body of the dispatch loop: the first `match` runs the first
    /// run of arms and sends every other state on with a `break`, to its
    /// join's code or to its run's `match`; each join's code follows the
    /// labelled block its breaks leave, so that an edge reaches a later
    /// join forward.
    ///
    /// ```text
    /// 'r2: { 'j4: { 'r1: { 'j1: { match s { 0 => .., 1 => break 'j1,
    ///     4 => break 'j4, 2 | 3 => break 'r1, 5 => break 'r2, _ => .. } }
    ///   code of 1 } match s { 2 => .., 3 => .. } } code of 4 } match s { 5 => .. }
    /// ```
    fn dispatch_structure(
        &self,
        segments: Vec<Segment>,
        joins: Vec<(u32, TokenStream)>,
    ) -> TokenStream {
        let (private, state) = (&self.spec.private, &self.state);
        let mut first = Vec::new();
        for (n, _) in &joins {
            let label = join_label(*n as usize);
            first.push(quote!(#n => break #label,));
        }
        for (k, segment) in segments.iter().enumerate().skip(1) {
            if let Some((head, rest)) = segment.states.split_first() {
                let label = run_label(k);
                first.push(quote!(#head #(| #rest)* => break #label,));
            }
        }
        let mut segments = segments.into_iter();
        let arms = segments.next().expect("the first run").arms;
        let mut text = quote! {
            match #state {
                #(#arms)*
                #(#first)*
                // Completed, poisoned (reserved states).
                _ => #private::resumed_in_state(#state),
            }
        };
        for (k, ((n, code), segment)) in joins.into_iter().zip(segments).enumerate() {
            let join = join_label(n as usize);
            text = quote!(#join: { #text } #code);
            if !segment.arms.is_empty() {
                let run = run_label(k + 1);
                let arms = segment.arms;
                text = quote! {
                    #run: { #text }
                    match #state {
                        #(#arms)*
                        _ => #private::invalid_state(),
                    }
                };
            }
        }
        text
    }

    /// The arguments of `Machine::new`: the first frame (or the stack of
    /// frames of a recursive generator) and the step closure, a dispatch
    /// loop over the blocks not emitted inline.
    fn step_closure(&self, slots: &SlotsType, slots_var: &syn::Ident) -> TokenStream {
        let private = &self.spec.private;
        let slots_ty = &slots.name;
        let entry = self.body.entry.0 as u32;
        let (s, arg, state, dispatch) = (&self.s, &self.arg, &self.state, &self.dispatch);
        let arg_param = ident("__genfn_resumed_with");
        // The blocks' code in block order (rustc infers a slot's type from
        // the first code that mentions it): runs of `match` arms, each run
        // followed by a join (see `Emitter::joins`).
        let mut segments: Vec<Segment> = vec![Segment::default()];
        let mut joins = Vec::new();
        let order = super::order::top_level_order(
            self.body,
            &self.inlined,
            &self.macro_targets,
            &self.joins,
        );
        for (place, i) in order {
            let n = i as u32;
            self.home.set(Some(place));
            let code = self.block(BlockId(i), &quote!(continue #dispatch;));
            if self.joins[i] || place != super::order::Place::of(i) {
                // A join, or a block moved before one: code after a
                // labelled block.
                joins.push((n, code));
                segments.push(Segment::default());
                continue;
            }
            let segment = segments.last_mut().expect("a segment");
            segment.states.push(n);
            if n == entry {
                // A generator starts in the reserved state `CREATED`.
                segment
                    .arms
                    .push(quote!(#n | #private::state::CREATED => { #code }));
            } else {
                segment.arms.push(quote!(#n => { #code }));
            }
        }
        self.home.set(None);
        let dispatched = self.dispatch_structure(segments, joins);
        let resume_ty = &self.spec.resume_ty;
        let ret_ty = match (&self.spec.yield_ty, &self.spec.return_ty) {
            (Some(y), Some(t)) if annotatable(y) && annotatable(t) => {
                let state = quote!(#private::CoroutineState<#y, #t>);
                let state = if self.spec.asynchronous {
                    quote!(::core::task::Poll<#state>)
                } else {
                    state
                };
                match self.hidden_exit() {
                    Some(r) => quote!(-> <#r as #private::HiddenExit<#state>>::Step),
                    None => quote!(-> #state),
                }
            }
            _ => quote!(),
        };
        let capture = self.spec.capture_move.then(|| quote!(move));
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
        // An async step is a poll: it gets the caller's `Context`, and the
        // resume value (if any) in an `Option`, taken at once (a step that
        // continues at an `.await` drops it, unused).
        let (params, arg_init) = if self.spec.asynchronous {
            let cx = &self.cx;
            (
                quote!(#state_param, #cx: &mut ::core::task::Context<'_>, #arg_param: &mut ::core::option::Option<#private::Arg<#resume_ty>>),
                quote!(::core::option::Option::take(#arg_param)),
            )
        } else {
            (
                quote!(#state_param, #arg_param: #private::Arg<#resume_ty>),
                quote!(::core::option::Option::Some(#arg_param)),
            )
        };
        let step = quote! {
            #capture |#params| #ret_ty {
                #prelude
                let mut #state: u32 = #s.state;
                // Moved out by the block that resumes (the first one
                // drops it); an `Option` so the dispatch loop can own it.
                let mut #arg = #arg_init;
                #dispatch: loop {
                    #dispatched
                }
            }
        };
        quote!(#state_arg, #step)
    }

    /// A new frame in `var`: the slots struct holding the parameters' values
    /// (the generator's own, or a recursive call's arguments, each a plain
    /// name), in the state `CREATED`.
    pub(super) fn frame(&self, param_values: &[TokenStream], var: &syn::Ident) -> TokenStream {
        let private = &self.spec.private;
        let slots_ty = ident(SLOTS_TY);
        let var_ref = var.to_token_stream();
        let empty = ident("__genfn_empty");
        let param = |l: &LocalId| {
            let p = self.body.params.iter().position(|p| p == l)?;
            Some(&param_values[p])
        };
        // Kept-in-place parameters get their cell; the others are put into
        // their slots. A parameter's value is a plain name: nothing runs
        // inside the `unsafe` block but the `put`.
        let kept = self
            .storage
            .fields
            .iter()
            .enumerate()
            .filter_map(|(i, node)| {
                let Node::Pin(l) = node else { return None };
                let v = param(l)?;
                let field = format_ident!("s{}", i, span = Span::mixed_site());
                Some(quote!(#var.#field = #private::KeptSlot::with(#v);))
            });
        let puts = self
            .storage
            .places
            .keys()
            .filter_map(|l| Some(self.put_slot(&var_ref, *l, param(l)?)));
        let sets: Vec<TokenStream> = kept.chain(puts).collect();
        let mutability = (!sets.is_empty()).then(|| quote!(mut));
        quote! {
            let #mutability #var = #slots_ty::#empty();
            #(#sets)*
        }
    }

    /// The slots struct's constructor of an empty frame, in the state
    /// `CREATED`. A generic function: the obligations its fields' types
    /// raise are proved once, there, instead of being carried, waiting for
    /// the slots' types to be inferred, through the type-checking of the
    /// whole body (built there, the frame cost several percent of the time
    /// of `cargo check`).
    fn empty_fn(&self) -> TokenStream {
        let private = &self.spec.private;
        let empty = ident("__genfn_empty");
        let held = ident("__genfn_held");
        let full = &self.full;
        let flag_bytes = proc_macro2::Literal::usize_unsuffixed(self.storage.flag_bytes);
        let inits = self.storage.fields.iter().enumerate().map(|(i, node)| {
            let field = format_ident!("s{}", i, span = Span::mixed_site());
            match node {
                Node::Pin(_) => quote!(#field: #private::KeptSlot::new()),
                _ => quote!(#field: #private::Storage::empty()),
            }
        });
        quote! {
            fn #empty() -> Self {
                Self {
                    #held: ::core::marker::PhantomData,
                    state: #private::state::CREATED,
                    #full: [0u8; #flag_bytes],
                    #(#inits,)*
                }
            }
        }
    }

    /// Whether recursive calls in tail position may replace their frame:
    /// only in frames without kept-in-place locals (whose slots stay full
    /// until their scope ends, and which a callee may borrow).
    pub(super) fn tail_calls(&self) -> bool {
        self.recursive && self.layout.kept.is_empty()
    }

    /// Whether a frame resumed at `resume` after a recursive call would only
    /// return the callee's value: the blocks on the way do nothing but end
    /// scopes, and the return is the call's value, or `()` from a body
    /// returning `()` that discarded it.
    pub(super) fn is_tail(&self, resume: BlockId) -> bool {
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
                Terminator::If { .. }
                | Terminator::Match { .. }
                | Terminator::ForNext { .. }
                | Terminator::Yield { .. }
                | Terminator::Recurse { .. }
                | Terminator::Delegate { .. }
                | Terminator::Unreachable => return false,
            }
        }
        false
    }

    /// A recursive call's new frame: the arguments evaluated in order and
    /// coerced to the parameter types, then moved into the callee's slots.
    pub(super) fn call_frame(&self, args: &[Expr]) -> TokenStream {
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
        let var = ident("__genfn_frame");
        let frame = self.frame(&values, &var);
        quote!({ #(#lets)* #frame #var })
    }
}

/// The name of the slots struct, which rustc's notes about the generator's
/// type show: it holds the state and the locals kept across suspension
/// points. Like the markers (`Emitter::markers`), it is visible to the
/// user's code, so the name must be one no code would use.
const SLOTS_TY: &str = "locals_kept_in_generator";

/// The names of the slots struct and of its type parameters: one per slot,
/// then the return value's.
struct SlotsType {
    name: syn::Ident,
    tys: Vec<syn::Ident>,
    fields: Vec<syn::Ident>,
    return_param: syn::Ident,
}

impl SlotsType {
    fn new(slots: usize, fields: usize) -> Self {
        SlotsType {
            name: ident(SLOTS_TY),
            tys: (0..slots)
                .map(|i| format_ident!("T{}", i, span = Span::mixed_site()))
                .collect(),
            fields: (0..fields)
                .map(|i| format_ident!("s{}", i, span = Span::mixed_site()))
                .collect(),
            // The type of the return value, whose storage overlaps the slots.
            return_param: ident("TR"),
        }
    }

    fn all_tys(&self) -> Vec<&syn::Ident> {
        self.tys.iter().chain([&self.return_param]).collect()
    }
}

/// The label after which join `block`'s code is (see `Emitter::joins`).
pub(super) fn join_label(block: usize) -> syn::Lifetime {
    lifetime(&format!("'__genfn_join{block}"))
}

/// The label a `break` leaves to reach run `k`'s `match` (see
/// `dispatch_structure`).
fn run_label(k: usize) -> syn::Lifetime {
    lifetime(&format!("'__genfn_run{k}"))
}

/// A run of `match` arms between two joins, and their states.
#[derive(Default)]
struct Segment {
    arms: Vec<TokenStream>,
    states: Vec<u32>,
}
