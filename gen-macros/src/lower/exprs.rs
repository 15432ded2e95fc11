//! Lowering expressions that contain a suspension point, in Rust's
//! evaluation order, and the suspension points themselves (`yield_!`,
//! `yield_from!`, recursion on frames).

use super::*;

impl Lowerer {
    // ---- expressions --------------------------------------------------------

    /// Lowers the operands of one expression in evaluation order: operands
    /// before the last one that suspends are saved in temporaries (or, for
    /// pure places, evaluated where they are used), so that the suspension
    /// cannot change what they evaluate to.
    pub(super) fn lower_operands(&mut self, parts: Vec<(&Expr, Position)>) -> Vec<Expr> {
        let last = parts.iter().rposition(|(e, _)| has_suspension(e));
        let Some(last) = last else {
            return parts.into_iter().map(|(e, _)| e.clone()).collect();
        };
        // A receiver is copied or moved before the later operands run when
        // it is taken by value, borrowed otherwise. Evaluating it where it is
        // used is the same unless a later operand writes to it, which rustc
        // only accepts when it is taken by value: then it is saved.
        let written_later: Vec<bool> = (0..parts.len())
            .map(|i| {
                let (e, pos) = parts[i];
                i < last
                    && pos == Position::Receiver
                    && place_root(e).is_some_and(|root| {
                        parts[i + 1..=last]
                            .iter()
                            .any(|(later, _)| writes_local(later, root, field_path(e).as_deref()))
                    })
            })
            .collect();
        let mut out = Vec::new();
        for (i, (e, pos)) in parts.into_iter().enumerate() {
            if i < last {
                let value = if has_suspension(e) {
                    self.lower_expr(e, true)
                } else {
                    e.clone()
                };
                // Only a place as written: a block whose value is a place
                // (`{ yield_!(1); x }`) moves or copies it out when it ends.
                let keep_place = match pos {
                    Position::Value => false,
                    Position::Place => is_pure_place(e),
                    Position::Receiver => is_pure_place(e) && !written_later[i],
                };
                if is_literal(&value) || keep_place {
                    out.push(value);
                } else {
                    let t = self.temp("operand", e.span());
                    let f = self.fragment(value);
                    self.push(ir::Stmt::Assign { local: t, value: f });
                    out.push(self.local_expr(t));
                }
            } else if i == last {
                out.push(self.lower_expr(e, true));
            } else {
                out.push(e.clone());
            }
        }
        out
    }

    /// Before: an expression of the body (`want`: its value is used).
    /// After: an expression without suspension points that gives its value;
    /// what ran before it, suspension points included, is now blocks and
    /// terminators of the graph.
    pub(super) fn lower_expr(&mut self, e: &Expr, want: bool) -> Expr {
        if !has_suspension(e) {
            return e.clone();
        }
        if let Some(s) = suspension(e) {
            return match s {
                Suspend::Yield(value) => self.lower_yield(value),
                Suspend::YieldFrom(source) => self.lower_yield_from(source, want),
                Suspend::Await(future) => self.lower_await(future, want),
            };
        }
        // The `#[allow(..)]`s of a construct that is split apart apply to
        // the statements inside it.
        let outer = self.allows.len();
        self.allows.extend(
            crate::syntax::expr_attrs_ref(e)
                .into_iter()
                .flatten()
                .filter(|a| a.path().is_ident("allow"))
                .map(|a| syn::Attribute {
                    style: syn::AttrStyle::Outer,
                    ..a.clone()
                }),
        );
        let value = self.lower_split_expr(e, want);
        self.allows.truncate(outer);
        value
    }

    /// `lower_expr` of an expression with a suspension point inside, not
    /// itself one.
    fn lower_split_expr(&mut self, e: &Expr, want: bool) -> Expr {
        match e {
            Expr::Paren(p) => {
                let inner = self.lower_expr(&p.expr, want);
                syn::parse_quote!((#inner))
            }
            Expr::Group(g) => self.lower_expr(&g.expr, want),
            Expr::Unary(u) => {
                let inner = self.lower_expr(&u.expr, true);
                let op = &u.op;
                syn::parse_quote!(#op #inner)
            }
            Expr::Reference(r) => {
                let inner = self.lower_expr(&r.expr, true);
                let (and, mutability) = (&r.and_token, &r.mutability);
                syn::parse_quote!(#and #mutability #inner)
            }
            Expr::Field(f) => {
                let base = self.lower_expr(&f.base, true);
                let (dot, member) = (&f.dot_token, &f.member);
                syn::parse_quote!((#base) #dot #member)
            }
            Expr::Cast(c) => {
                let inner = self.lower_expr(&c.expr, true);
                let ty = &c.ty;
                syn::parse_quote!((#inner) as #ty)
            }
            Expr::Try(t) => {
                let inner = self.lower_expr(&t.expr, true);
                syn::parse_quote!((#inner)?)
            }
            Expr::Binary(b) => self.lower_binary(b, want),
            Expr::Assign(a) => {
                // The right-hand side is evaluated first, then the assignee
                // (any place, `_`, or a destructuring pattern of them):
                // written after the lowered right-hand side, it keeps that
                // order.
                let left: Expr = if has_suspension(&a.left) {
                    self.errors.push(syn::Error::new(
                        a.left.span(),
                        "a generator cannot suspend inside the place an assignment assigns to \
                         (Rust evaluates it after the value): compute its parts first, as in \
                         `let i = yield_!(..); v[i] = x;`",
                    ));
                    // Reported once: the rest is lowered without it.
                    syn::parse_quote!(_)
                } else {
                    (*a.left).clone()
                };
                let right = self.lower_expr(&a.right, true);
                syn::parse_quote!(#left = #right)
            }
            Expr::Call(_)
            | Expr::MethodCall(_)
            | Expr::Index(_)
            | Expr::Tuple(_)
            | Expr::Array(_)
            | Expr::Repeat(_)
            | Expr::Range(_)
            | Expr::Struct(_) => self.lower_compound(e),
            Expr::If(i) => self.lower_if(i, want),
            Expr::Match(m) => self.lower_match(m, want),
            Expr::Loop(l) => self.lower_loop(l, want),
            Expr::While(w) => self.lower_while(w),
            Expr::ForLoop(f) => self.lower_for(f),
            Expr::Block(b) => self.lower_block_expr(b, want),
            Expr::Unsafe(u) => {
                self.unsafe_depth += 1;
                let v = self.lower_block(&u.block, want);
                self.unsafe_depth -= 1;
                // The tail is evaluated where the block's value is used: keep
                // it in the `unsafe` context.
                if is_literal(&v) || v == unit() {
                    v
                } else {
                    syn::parse_quote!(unsafe { #v })
                }
            }
            Expr::Return(r) => {
                let value = match &r.expr {
                    Some(v) => self.lower_expr(v, true),
                    None => unit(),
                };
                let f = self.fragment(value);
                self.terminate(Terminator::Return(f));
                unit()
            }
            Expr::Break(b) => {
                let value = b.expr.as_ref().map(|v| self.lower_expr(v, true));
                if let Some(target) = self.find_loop(b.label.as_ref(), false, b.span()) {
                    self.jump_to(target, value);
                }
                unit()
            }
            Expr::Let(l) => {
                self.errors.push(syn::Error::new(
                    l.span(),
                    "`let` expressions are only supported in `if` and `while` conditions",
                ));
                unit()
            }
            other => {
                self.errors.push(syn::Error::new(
                    other.span(),
                    "a generator cannot suspend inside this kind of expression; \
                     bind the suspending value with `let` first",
                ));
                unit()
            }
        }
    }

    /// Before: a call, method call, index, tuple, array (or repeat), range or
    /// struct expression with a suspension point in an operand.
    /// After: the same expression over lowered operands, evaluated left to
    /// right (see `lower_operands`).
    fn lower_compound(&mut self, e: &Expr) -> Expr {
        match e {
            Expr::Call(c) => {
                let mut parts = vec![(&*c.func, Position::Place)];
                parts.extend(c.args.iter().map(|a| (a, Position::Value)));
                let mut ops = self.lower_operands(parts).into_iter();
                let func = ops.next().expect("callee");
                let args: Vec<Expr> = ops.collect();
                syn::parse_quote!(#func(#(#args),*))
            }
            Expr::MethodCall(m) => {
                let mut parts = vec![(&*m.receiver, Position::Receiver)];
                parts.extend(m.args.iter().map(|a| (a, Position::Value)));
                let mut ops = self.lower_operands(parts).into_iter();
                let receiver = ops.next().expect("receiver");
                let args: Vec<Expr> = ops.collect();
                let (method, turbofish) = (&m.method, &m.turbofish);
                syn::parse_quote!((#receiver).#method #turbofish(#(#args),*))
            }
            Expr::Index(i) => {
                let ops = self.lower_operands(vec![
                    (&i.expr, Position::Place),
                    (&i.index, Position::Value),
                ]);
                let (base, index) = (&ops[0], &ops[1]);
                syn::parse_quote!((#base)[#index])
            }
            Expr::Tuple(t) => {
                let ops =
                    self.lower_operands(t.elems.iter().map(|e| (e, Position::Value)).collect());
                if ops.len() == 1 {
                    let e = &ops[0];
                    syn::parse_quote!((#e,))
                } else {
                    syn::parse_quote!((#(#ops),*))
                }
            }
            Expr::Array(a) => {
                let ops =
                    self.lower_operands(a.elems.iter().map(|e| (e, Position::Value)).collect());
                syn::parse_quote!([#(#ops),*])
            }
            Expr::Repeat(r) => {
                let inner = self.lower_expr(&r.expr, true);
                let len = &r.len;
                syn::parse_quote!([#inner; #len])
            }
            Expr::Range(r) => {
                let mut parts = Vec::new();
                if let Some(s) = &r.start {
                    parts.push((&**s, Position::Value));
                }
                if let Some(e) = &r.end {
                    parts.push((&**e, Position::Value));
                }
                let mut ops = self.lower_operands(parts).into_iter();
                let start = r.start.as_ref().map(|_| ops.next().expect("start"));
                let end = r.end.as_ref().map(|_| ops.next().expect("end"));
                let limits = &r.limits;
                syn::parse_quote!(#start #limits #end)
            }
            Expr::Struct(s) => {
                let mut parts: Vec<(&Expr, Position)> = s
                    .fields
                    .iter()
                    .map(|f| (&f.expr, Position::Value))
                    .collect();
                if let Some(rest) = &s.rest {
                    parts.push((rest, Position::Value));
                }
                let mut ops = self.lower_operands(parts).into_iter();
                let mut new = s.clone();
                for f in new.fields.iter_mut() {
                    f.expr = ops.next().expect("field");
                    f.colon_token.get_or_insert_with(Default::default);
                }
                if let Some(rest) = &mut new.rest {
                    **rest = ops.next().expect("rest");
                }
                Expr::Struct(new)
            }
            other => other.clone(),
        }
    }

    pub(super) fn lower_binary(&mut self, b: &syn::ExprBinary, want: bool) -> Expr {
        use syn::BinOp::*;
        let op = &b.op;
        match b.op {
            And(_) | Or(_) if has_suspension(&b.right) => {
                // `a && b` is `if a { b } else { false }`.
                let left = self.lower_expr(&b.left, true);
                let right = &b.right;
                let e: syn::ExprIf = if matches!(b.op, And(_)) {
                    syn::parse_quote!(if #left { #right } else { false })
                } else {
                    syn::parse_quote!(if #left { true } else { #right })
                };
                self.lower_if(&e, want)
            }
            AddAssign(_) | SubAssign(_) | MulAssign(_) | DivAssign(_) | RemAssign(_)
            | BitXorAssign(_) | BitAndAssign(_) | BitOrAssign(_) | ShlAssign(_) | ShrAssign(_) => {
                if has_suspension(&b.left) || !is_pure_place(&b.left) {
                    self.errors.push(syn::Error::new(
                        b.left.span(),
                        "a generator cannot keep Rust's evaluation order for this compound assignment; \
                         bind the value first",
                    ));
                }
                let right = self.lower_expr(&b.right, true);
                let left = &b.left;
                syn::parse_quote!(#left #op #right)
            }
            Eq(_) | Lt(_) | Le(_) | Ne(_) | Ge(_) | Gt(_) => {
                let ops = self.lower_operands(vec![
                    (&b.left, Position::Receiver),
                    (&b.right, Position::Receiver),
                ]);
                let (l, r) = (&ops[0], &ops[1]);
                syn::parse_quote!(#l #op #r)
            }
            _ => {
                let ops = self.lower_operands(vec![
                    (&b.left, Position::Value),
                    (&b.right, Position::Value),
                ]);
                let (l, r) = (&ops[0], &ops[1]);
                syn::parse_quote!((#l) #op (#r))
            }
        }
    }

    /// Before: `yield_!(value)`.
    /// After: `Yield { value }` ending the block; the expression's value, the
    /// resume argument, is read at the start of the resume block.
    pub(super) fn lower_yield(&mut self, value: Option<&Expr>) -> Expr {
        let value = match value {
            Some(v) => self.lower_expr(v, true),
            None => unit(),
        };
        let value = self.fragment(value);
        let resume = self.new_block(true);
        let cur = self.cur;
        self.blocks[cur.0].term = Terminator::Yield { value, resume };
        self.switch_to(resume);
        placeholder(placeholder::RESUME, TokenStream::new())
    }

    /// Before: `yield_from!(source)`.
    /// After: `d = delegate(source); delegate start d -> resume step, done
    /// join; step: delegate d -> resume step, done join`; the sub-generator's
    /// return value in a temporary.
    pub(super) fn lower_yield_from(&mut self, source: &Expr, want: bool) -> Expr {
        let value = self.lower_expr(source, true);
        let span = source.span();
        if let Some(args) = self.recursion_args(&value) {
            return self.lower_recursion(args, span);
        }
        let value = if self.is_self_call(&value) {
            // A method of the same name on another value may be another
            // type's: box it only if it is a generator.
            let kind = if matches!(value, Expr::MethodCall(_)) {
                placeholder::MAYBE_BOXED
            } else {
                placeholder::BOXED
            };
            placeholder_at(kind, value.to_token_stream(), span)
        } else {
            value
        };
        self.step_in_place(placeholder::DELEGATE, value, span, false, want)
    }

    /// Before: `future.await` in an async generator.
    /// After: `f = IntoFuture::into_future(future); await f -> pending
    /// poll, done join; poll: await f -> pending poll, done join`; the
    /// output in a temporary. The future lives in its slot from the first
    /// poll until it is dropped there (`LocalKind::InPlace`).
    pub(super) fn lower_await(&mut self, future: &Expr, want: bool) -> Expr {
        let value = self.lower_expr(future, true);
        self.step_in_place(placeholder::INTO_FUTURE, value, future.span(), true, want)
    }

    /// Before: the operand of a `yield_from!` (`awaits`: of an `.await`),
    /// lowered, and the placeholder that makes it the thing to step.
    /// After: `s = placeholder!(operand)` in an in-place slot, then the
    /// block's first step of `s` and a block of further steps, each either
    /// suspending (at the further steps' block) or going on to the block
    /// after, where the result is (in a temporary, if `want`).
    fn step_in_place(
        &mut self,
        placeholder: &str,
        value: Expr,
        span: Span,
        awaits: bool,
        want: bool,
    ) -> Expr {
        let source = self.temp_in_place(if awaits { "future" } else { "delegate" }, span);
        let init = self.fragment(placeholder_at(placeholder, value.to_token_stream(), span));
        self.push(ir::Stmt::Assign {
            local: source,
            value: init,
        });
        let result = want.then(|| self.temp(if awaits { "awaited" } else { "returned" }, span));
        let step = self.new_block(true);
        let done = self.new_block(false);
        let term = |first| Terminator::Delegate {
            awaits,
            source,
            span,
            first,
            resume: step,
            done: Edge {
                target: done,
                exits: Vec::new(),
            },
            result,
        };
        let cur = self.cur;
        self.blocks[cur.0].term = term(true);
        self.blocks[step.0].term = term(false);
        self.switch_to(done);
        result.map_or_else(unit, |r| self.local_expr(r))
    }

    /// Before: `yield_from!(walk(a, b))` in `fn walk`, the arguments lowered.
    /// After: `Recurse { frame(a, b) }` ending the block; the expression's
    /// value, the callee's return value, is read at the start of the resume
    /// block.
    pub(super) fn lower_recursion(&mut self, args: Vec<Expr>, span: Span) -> Expr {
        let frame = self.fragment(placeholder_at(
            placeholder::FRAME,
            quote::quote!(#(#args),*),
            span,
        ));
        let resume = self.new_block(true);
        let cur = self.cur;
        self.blocks[cur.0].term = Terminator::Recurse { frame, resume };
        self.switch_to(resume);
        placeholder(placeholder::RECURSED, TokenStream::new())
    }

    /// The arguments of a direct recursion run on the stack of frames (see
    /// `frame_call`).
    pub(super) fn recursion_args(&self, e: &Expr) -> Option<Vec<Expr>> {
        frame_call(self.self_call.as_ref()?, e)
    }

    /// Whether `e` calls the generator function being defined.
    pub(super) fn is_self_call(&self, e: &Expr) -> bool {
        self.self_call
            .as_ref()
            .is_some_and(|target| is_self_call(target, e))
    }
}
