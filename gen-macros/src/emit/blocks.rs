//! A block's code: takes from the slots, the statements, the saves and
//! drops on its edges.

use super::*;

/// How the code of a region ends (see `Emitter::region`).
#[derive(Clone, Copy)]
pub(super) enum RegionEnd<'a> {
    /// It completes: the end of a frame follows the region.
    Completes,
    /// It ends with the block's terminator, which never completes.
    Diverges,
    /// It is the value of a fragment inside `guarded`'s labelled blocks
    /// (which an unlabelled `break` may not cross): the value leaves the
    /// region with `break 'm (code)`, the macro's jumps with `break 'exit
    /// k` to `guarded`'s edges.
    Value(&'a syn::Lifetime),
}

/// What ends an open Rust block of a block's code (see `block_code`).
enum Open<'a> {
    /// A frame's outermost block.
    Frame,
    /// A nested block, and the slot cleared after it.
    Nested(Option<LocalId>),
    /// A region with the macro exits of its first statement.
    Region(Vec<&'a MacroExit>),
}

impl Emitter<'_> {
    /// The code of one block. `next` continues with the new `state`.
    pub(super) fn block(&self, id: BlockId, next: &TokenStream) -> TokenStream {
        let outer = self.current.replace(id.0);
        let code = self.block_code(id, next);
        self.current.set(outer);
        code
    }

    pub(super) fn block_code(&self, id: BlockId, next: &TokenStream) -> TokenStream {
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
        // The locals the edge into this block passed in Rust locals: its
        // first takes (`passed_takes`) rebind them.
        let passed = self.passed.take();
        // The scopes that end in the block are Rust blocks (see
        // `layout::Frame`): a stack of the code of the open ones, each with
        // what closes it: the slot cleared after it, whether it is a frame's
        // outermost block (or a nested one, opened after a local whose slot
        // its scope's end clears), or the macro exits of a region (see
        // `region`), which ends with the Rust block around it.
        let mut stack: Vec<(TokenStream, Open)> = vec![(
            self.takes_passed(&plan.head_takes, &passed),
            Open::Nested(None),
        )];
        for f in &plan.frames {
            stack.push((TokenStream::new(), Open::Frame));
            for (l, take, nest) in &f.opens {
                if let Some(t) = take {
                    let code = self.takes_passed(&[(*l, *t)], &passed);
                    stack.last_mut().expect("open").0.extend(code);
                }
                if *nest && self.has_slot(*l) {
                    stack.push((TokenStream::new(), Open::Nested(Some(*l))));
                }
            }
        }
        for (i, (stmt, sp)) in b.stmts.iter().zip(&plan.stmts).enumerate() {
            let takes = if i == 0 {
                self.takes_passed(&sp.takes, &passed)
            } else {
                self.takes(&sp.takes)
            };
            stack.last_mut().expect("open").0.extend(takes);
            let exits = self.region_exits(stmt.fragments(), plan);
            self.open_region(&mut stack, exits, plan, next);
            // Locals a `let` shadows are saved after its initialiser (which
            // may read them) and before its pattern binds the new names.
            let mut code = self.stmt(stmt, plan, sp, next);
            if !sp.closes {
                code.extend(self.ends(&sp.ends));
            }
            for l in &sp.park {
                code.extend(self.save(*l));
            }
            stack.last_mut().expect("open").0.extend(code);
            if sp.closes {
                self.close(&mut stack, plan, next, true);
            }
            for l in &sp.nest {
                if self.has_slot(*l) {
                    stack.push((TokenStream::new(), Open::Nested(Some(*l))));
                }
            }
        }
        let takes = if b.stmts.is_empty() {
            self.takes_passed(&plan.term_takes, &passed)
        } else {
            self.takes(&plan.term_takes)
        };
        stack.last_mut().expect("open").0.extend(takes);
        let exits = self.region_exits(b.term.fragments(), plan);
        self.open_region(&mut stack, exits, plan, next);
        let term = self.terminator(id, plan, next);
        stack.last_mut().expect("open").0.extend(term);
        // The regions still open end with the block (every frame has
        // closed).
        self.close(&mut stack, plan, next, false);
        let code = stack.pop().expect("the block's code").0;
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
        let complete = self.ready(quote!(#private::CoroutineState::Complete(#done)));
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
                        return #complete;
                    }
                }
            });
        } else {
            out.extend(quote!(return #complete;));
        }
        out
    }

    /// The macro exits a region around a statement (or terminator) takes:
    /// those of its fragments, but for the fragments `guarded` puts in
    /// labelled blocks, which take theirs inside (see `exits_inside`).
    fn region_exits<'a>(
        &self,
        fragments: Vec<&'a Fragment>,
        plan: &BlockPlan,
    ) -> Vec<&'a MacroExit> {
        fragments
            .into_iter()
            .filter(|f| !self.exits_inside(f, plan))
            .flat_map(|f| &f.macro_exits)
            .collect()
    }

    /// Opens a region for the macro exits of a statement (or terminator),
    /// unless the innermost open block is a region whose exits take the
    /// same edges (the statement before had a macro call too, and nothing
    /// in between changed what the jumps save or drop): its loop serves.
    fn open_region<'a>(
        &self,
        stack: &mut Vec<(TokenStream, Open<'a>)>,
        exits: Vec<&'a MacroExit>,
        plan: &BlockPlan,
        next: &TokenStream,
    ) {
        if exits.is_empty() {
            return;
        }
        if let Some((_, Open::Region(open))) = stack.last()
            && self.same_exits(open, &exits, plan, next)
        {
            return;
        }
        stack.push((TokenStream::new(), Open::Region(exits)));
    }

    /// Whether two lists of unlabelled macro exits take the same edges.
    fn same_exits(
        &self,
        a: &[&MacroExit],
        b: &[&MacroExit],
        plan: &BlockPlan,
        next: &TokenStream,
    ) -> bool {
        let edge = |j: JumpId| {
            let jump = &self.body.jumps[j.0];
            let code = self.edge(&plan.jumps[&j], jump.edge.target, next);
            (jump.edge.target, jump.result, code.to_string())
        };
        a.len() == b.len()
            && a.iter().zip(b).all(|(x, y)| {
                x.label.is_none()
                    && y.label.is_none()
                    && x.is_loop == y.is_loop
                    && edge(x.break_) == edge(y.break_)
                    && x.continue_.map(edge) == y.continue_.map(edge)
            })
    }

    /// Closes the open Rust blocks of `stack` into their parents, up to and
    /// including the innermost frame (`frame`), or all but the block's own.
    fn close(
        &self,
        stack: &mut Vec<(TokenStream, Open<'_>)>,
        plan: &BlockPlan,
        next: &TokenStream,
        frame: bool,
    ) {
        while stack.len() > 1 {
            let (inner, open) = stack.pop().expect("open");
            let parent = &mut stack.last_mut().expect("a frame has a parent").0;
            match open {
                // Closed by a frame's end, the region's code completes;
                // closed by the block's end, it ends with the terminator's
                // jump.
                Open::Region(exits) => {
                    let end = if frame {
                        RegionEnd::Completes
                    } else {
                        RegionEnd::Diverges
                    };
                    parent.extend(self.region(&exits, plan, next, inner, end))
                }
                Open::Nested(clear) => {
                    parent.extend(quote!({ #inner }));
                    if let Some(l) = clear {
                        parent.extend(self.clear_slot(&self.s.to_token_stream(), l));
                    }
                }
                Open::Frame => {
                    parent.extend(quote!({ #inner }));
                    if frame {
                        return;
                    }
                }
            }
        }
    }

    /// Before: the code of a region, from a statement (or terminator) with
    /// a macro call that may leave lowered loops by itself to the end of
    /// the Rust block it is in (or the value of a fragment that `guarded`
    /// puts in labelled blocks: `end` is `RegionEnd::Value`).
    /// After, for each exit, innermost first: `'m: { let mut entered =
    /// false; [let v =] 'label: loop { if entered { <continue edge> }
    /// entered = true; code; break 'm; }; [put v;] <break edge> }`. The
    /// macro's `break` leaves the loop (with the value of a loop whose value
    /// is used), its `continue` enters it again: both take the edges of the
    /// lowered loop (a labelled block has only the `break`). The code's own
    /// exits are labelled, its locals stay in the same Rust block, and a
    /// macro that does not jump costs nothing (`entered` is never read
    /// true, the edges are unreachable).
    pub(super) fn region(
        &self,
        exits: &[&MacroExit],
        plan: &BlockPlan,
        next: &TokenStream,
        code: TokenStream,
        end: RegionEnd<'_>,
    ) -> TokenStream {
        let mut code = code;
        for x in exits.iter().rev() {
            let n = self.regions.get();
            self.regions.set(n + 1);
            let through = lifetime(&format!("'__genfn_macro{n}"));
            // How the code completes, when it does.
            let (outer, body) = match end {
                RegionEnd::Completes => (quote!(#through:), quote!(#code break #through;)),
                // Code that ends with the block's terminator has no
                // `break 'm`, which would give the region a type.
                RegionEnd::Diverges => (quote!(), code),
                RegionEnd::Value(_) => (quote!(#through:), quote!(break #through (#code);)),
            };
            let take = |j: JumpId| match end {
                RegionEnd::Value(exit) => {
                    let n = j.0;
                    quote!({ break #exit #n; })
                }
                RegionEnd::Completes | RegionEnd::Diverges => {
                    self.edge(&plan.jumps[&j], self.body.jumps[j.0].edge.target, next)
                }
            };
            let label = x.label.as_ref().map(|l| quote!(#l:));
            let broke = ident("__genfn_broke");
            let (value, put) = match self.body.jumps[x.break_.0].result {
                Some(r) => (
                    quote!(let #broke =),
                    self.put_slot_code(r, &broke.to_token_stream()),
                ),
                None => (quote!(), quote!()),
            };
            let leave = take(x.break_);
            code = if x.is_loop {
                let entered = ident("__genfn_entered");
                let again = x.continue_.map(|j| {
                    let again = take(j);
                    quote!(if #entered #again)
                });
                quote! {
                    #outer {
                        let mut #entered = false;
                        #value #label loop {
                            #again
                            #entered = true;
                            #body
                        };
                        #put
                        #leave
                    }
                }
            } else {
                quote! {
                    #outer {
                        #value #label {
                            #body
                        };
                        #put
                        #leave
                    }
                }
            };
            if let RegionEnd::Value(_) = end {
                code = quote!((#code));
            }
        }
        code
    }

    pub(super) fn return_annotation(&self) -> Option<TokenStream> {
        self.spec
            .return_ty
            .as_ref()
            .filter(|t| annotatable(t))
            .map(|t| quote!(: #t))
    }

    /// `takes`, but for the locals `passed` in Rust locals by the edge into
    /// the block: those are moved into their new bindings.
    fn takes_passed(
        &self,
        takes: &[(LocalId, Take)],
        passed: &std::collections::BTreeSet<LocalId>,
    ) -> TokenStream {
        let mut out = TokenStream::new();
        for take in takes {
            if passed.contains(&take.0) {
                let name = self.local(take.0);
                out.extend(quote!(let mut #name = #name;));
            } else {
                out.extend(self.takes(std::slice::from_ref(take)));
            }
        }
        out
    }

    /// The locals a block emitted in place takes (as values, `Take::Unwrap`)
    /// before any of its code runs: in the head, at the frames' openings,
    /// for its first statement (or its terminator, when it has none).
    /// Nothing between the edge into the block and these takes can leave
    /// the block, suspend or look at a slot.
    fn first_takes(&self, target: BlockId) -> std::collections::BTreeSet<LocalId> {
        let plan = &self.layout.blocks[target.0];
        let first = match plan.stmts.first() {
            Some(sp) => &sp.takes,
            None => &plan.term_takes,
        };
        let opens = plan.frames.iter().flat_map(|f| {
            f.opens
                .iter()
                .filter_map(|(l, take, _)| take.map(|t| (*l, t)))
        });
        plan.head_takes
            .iter()
            .copied()
            .chain(opens)
            .chain(first.iter().copied())
            .filter(|(l, take)| *take == Take::Unwrap && !plan.entry_clears.contains(l))
            .map(|(l, _)| l)
            .collect()
    }

    pub(super) fn takes(&self, takes: &[(LocalId, Take)]) -> TokenStream {
        let s = &self.s;
        let mut out = TokenStream::new();
        let base = s.to_token_stream();
        // No `allow` per take: the one on the step closure covers them (a
        // lint level the user's code raises never encloses a take: takes
        // open a block's code or precede a statement).
        for (l, form) in takes {
            let name = self.local(*l);
            let has_slot = self.has_slot(*l);
            let value = ident("__genfn_value");
            out.extend(match (form, has_slot) {
                (Take::Unwrap, true) => {
                    let take = self.take_full_slot(&base, *l);
                    quote! {
                        let mut #name = #take;
                    }
                }
                (Take::MaybeInit, true) => {
                    let take = self.take_slot(&base, *l);
                    quote! {
                        let mut #name;
                        if let ::core::option::Option::Some(#value) = #take {
                            #name = #value;
                        }
                    }
                }
                (Take::Kept, true) => {
                    let slot = self.kept_slot(*l);
                    let pointer = crate::rewrite::pointer(name);
                    quote! {
                        let #pointer = #s.#slot.ptr();
                    }
                }
                (Take::Fresh, _) | (_, false) => quote! {
                    let mut #name;
                },
            });
        }
        out
    }

    pub(super) fn discards_unit_resume(&self, f: &Fragment) -> bool {
        let unit = matches!(&self.spec.resume_ty, Type::Tuple(t) if t.elems.is_empty());
        unit && matches!(&f.expr, Expr::Macro(m) if placeholder_name(&m.mac).as_deref() == Some(placeholder::RESUME))
    }

    /// `&mut` to the value of an in-place local (an iterator, a delegate).
    pub(super) fn in_place(&self, l: LocalId) -> TokenStream {
        let base = self.s.to_token_stream();
        let place = self.slot_place(&base, l, true);
        let (full, bit, _) = self.flag(&base, l);
        quote!(unsafe { #place.full_mut(#full, #bit) })
    }

    pub(super) fn save(&self, l: LocalId) -> TokenStream {
        let s = &self.s;
        let name = self.local(l);
        if !self.has_slot(l) {
            quote!()
        } else if self.layout.kept.contains(&l) {
            let slot = self.kept_slot(l);
            quote!(#s.#slot.set(#name);)
        } else {
            self.put_slot(&s.to_token_stream(), l, &name.to_token_stream())
        }
    }

    pub(super) fn ends(&self, ends: &[End]) -> TokenStream {
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

    pub(super) fn edge(&self, e: &EdgePlan, target: BlockId, next: &TokenStream) -> TokenStream {
        let saves: TokenStream = e.saves.iter().map(|l| self.save(*l)).collect();
        let clears = self.ends(&e.ends);
        let state = &self.state;
        let t = target.0 as u32;
        // A join after the code being emitted is reached by a forward
        // break (see `Emitter::joins`).
        if self.joins[target.0]
            && self
                .home
                .get()
                .is_none_or(|home| home < super::order::Place::of(target.0))
        {
            let label = super::machine::join_label(target.0);
            return quote!({ #saves #clears #state = #t; break #label; });
        }
        quote!({ #saves #clears #state = #t; #next })
    }

    /// A terminator's edge: like `edge`, but a target reached only from here
    /// is emitted in place, so that rustc sees the values saved for it and
    /// taken back in the same code (and removes the round trip).
    pub(super) fn term_edge(
        &self,
        e: &EdgePlan,
        target: BlockId,
        next: &TokenStream,
    ) -> TokenStream {
        if !self.inlined[target.0] {
            return self.edge(e, target, next);
        }
        // A local the block takes first stays in its Rust local: no put
        // and take back. (Its slot's type is still given to rustc, as the
        // put gave it: the slot may have no other put.)
        let first = self.first_takes(target);
        let mut passed = std::collections::BTreeSet::new();
        let mut saves = TokenStream::new();
        for l in &e.saves {
            if first.contains(l) && self.has_slot(*l) && !self.layout.kept.contains(l) {
                passed.insert(*l);
                let slot = self.slot_place(&self.s.to_token_stream(), *l, false);
                let name = self.local(*l);
                saves.extend(quote!(#slot.same_type(&#name);));
            } else {
                saves.extend(self.save(*l));
            }
        }
        let clears = self.ends(&e.ends);
        *self.passed.borrow_mut() = passed;
        let code = self.block(target, next);
        quote!({ #saves #clears #code })
    }

    pub(super) fn fresh(&self, e: &EdgePlan) -> TokenStream {
        e.fresh.iter().map(|l| self.save(*l)).collect()
    }
}
