#[allow(refining_impl_trait)]
fn pages(
    source: &Source,
    size: usize,
) -> ::genfn::__private::AsyncGen<
    impl ::genfn::__private::AsyncBody<Resume = (), Yield = String, Return = usize>,
> {
    #[allow(unused_mut, unused_variables)]
    let mut caller = ::genfn::__private::ShadowChannel::<String, ()>::new();
    #[allow(
        unreachable_code,
        clippy::let_and_return,
        clippy::needless_return,
        clippy::diverging_sub_expression
    )]
    let _ = async {
        let source = ::genfn::__private::conjure(&source);
        let size = ::genfn::__private::conjure(&size);
        let mut offset = 0;
        loop {
            let page = (source.fetch(offset, size)).await;
            if page.is_empty() {
                return {
                    let __genfn_return: usize = offset;
                    __genfn_return
                };
            }
            offset += page.len();
            for row in &page {
                {
                    let __genfn_yielded: String = row.to_string();
                    caller.yield_(__genfn_yielded)
                };
            }
        }
    };
    {
        struct source_kept_in_generator<T0>(T0);
        struct size_kept_in_generator<T1>(T1);
        struct offset_kept_in_generator<T2>(T2);
        struct future_kept_in_generator<T3>(T3);
        struct value_kept_in_generator<T4>(T4);
        struct page_kept_in_generator<T5>(T5);
        struct iterator_kept_in_generator<T6>(T6);
        struct locals_kept_in_generator<T0, T1, T2, T3, T4, T5, T6, TR> {
            __genfn_held: ::core::marker::PhantomData<
                (
                    source_kept_in_generator<T0>,
                    size_kept_in_generator<T1>,
                    offset_kept_in_generator<T2>,
                    future_kept_in_generator<T3>,
                    value_kept_in_generator<T4>,
                    page_kept_in_generator<T5>,
                    iterator_kept_in_generator<T6>,
                ),
            >,
            state: u32,
            full: [u8; 1],
            s0: (
                ::genfn::__private::Slot<T1>,
                ::genfn::__private::Slot<T2>,
                ::genfn::__private::Shared<
                    ::genfn::__private::Slot<T3>,
                    ::genfn::__private::Shared<
                        ::genfn::__private::Slot<T4>,
                        ::genfn::__private::Slot<T6>,
                    >,
                >,
            ),
            s1: ::genfn::__private::Slot<TR>,
            s2: ::genfn::__private::KeptSlot<T0>,
            s3: ::genfn::__private::KeptSlot<T5>,
        }
        impl<
            T0,
            T1,
            T2,
            T3,
            T4,
            T5,
            T6,
            TR,
        > locals_kept_in_generator<T0, T1, T2, T3, T4, T5, T6, TR> {
            fn __genfn_empty() -> Self {
                Self {
                    __genfn_held: ::core::marker::PhantomData,
                    state: ::genfn::__private::state::CREATED,
                    full: [0u8; 1],
                    s0: ::genfn::__private::Storage::empty(),
                    s1: ::genfn::__private::Storage::empty(),
                    s2: ::genfn::__private::KeptSlot::new(),
                    s3: ::genfn::__private::KeptSlot::new(),
                }
            }
            #[inline]
            fn __genfn_drop_all(&mut self) {
                unsafe {
                    self.s0.2.second_mut().second_mut().clear(&mut self.full[0], 16u8)
                };
                self.s3.clear();
                unsafe {
                    self.s0.2.second_mut().first_mut().clear(&mut self.full[0], 8u8)
                };
                unsafe { self.s0.2.first_mut().clear(&mut self.full[0], 4u8) };
                unsafe { self.s0.1.clear(&mut self.full[0], 2u8) };
                unsafe { self.s0.0.clear(&mut self.full[0], 1u8) };
                self.s2.clear();
            }
        }
        impl<T0, T1, T2, T3, T4, T5, T6, TR> ::core::ops::Drop
        for locals_kept_in_generator<T0, T1, T2, T3, T4, T5, T6, TR> {
            fn drop(&mut self) {
                ::genfn::__private::drop_all_even_on_panic(self, Self::__genfn_drop_all);
            }
        }
        unsafe impl<T0, T1, T2, T3, T4, T5, T6, TR> ::genfn::__private::Frame
        for locals_kept_in_generator<T0, T1, T2, T3, T4, T5, T6, TR> {
            type Return = TR;
            #[inline(always)]
            fn state(&self) -> u32 {
                self.state
            }
            #[inline(always)]
            fn set_state(&mut self, state: u32) {
                self.state = state;
            }
            #[inline(always)]
            fn returned(&mut self) -> *mut TR {
                self.s1.as_mut_ptr()
            }
            #[inline(always)]
            fn returned_ref(&self) -> *const TR {
                self.s1.as_ptr()
            }
        }
        let mut __genfn_slots = locals_kept_in_generator::__genfn_empty();
        __genfn_slots.s2 = ::genfn::__private::KeptSlot::with(source);
        unsafe { __genfn_slots.s0.0.put(&mut __genfn_slots.full[0], 1u8, 0u8, size) };
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
        let __genfn_machine = ::genfn::__private::AsyncMachine::new(
            __genfn_slots,
            |
                __genfn_s: &mut locals_kept_in_generator<_, _, _, _, _, _, _, usize>,
                __genfn_cx: &mut ::core::task::Context<'_>,
                __genfn_resumed_with: &mut ::core::option::Option<
                    ::genfn::__private::Arg<()>,
                >,
            | -> ::core::task::Poll<::genfn::__private::CoroutineState<String, usize>> {
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::take(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    '__genfn_join4: {
                        '__genfn_join7: {
                            '__genfn_join3: {
                                '__genfn_run1: {
                                    '__genfn_join1: {
                                        match __genfn_state {
                                            0u32 | ::genfn::__private::state::CREATED => {
                                                ::core::mem::drop(__genfn_arg.take());
                                                #[allow(unused_mut)]
                                                let mut offset = 0;
                                                {
                                                    unsafe {
                                                        __genfn_s.s0.1.put(&mut __genfn_s.full[0], 2u8, 0u8, offset)
                                                    };
                                                    __genfn_state = 1u32;
                                                    break '__genfn_join1;
                                                }
                                            }
                                            1u32 => break '__genfn_join1,
                                            3u32 => break '__genfn_join3,
                                            7u32 => break '__genfn_join7,
                                            4u32 => break '__genfn_join4,
                                            2u32 => break '__genfn_run1,
                                            _ => ::genfn::__private::resumed_in_state(__genfn_state),
                                        }
                                    }
                                    let source = __genfn_s.s2.ptr();
                                    let mut size = unsafe {
                                        __genfn_s.s0.0.take_full(&mut __genfn_s.full[0], 1u8)
                                    };
                                    let mut offset = unsafe {
                                        __genfn_s.s0.1.take_full(&mut __genfn_s.full[0], 2u8)
                                    };
                                    match (unsafe {
                                        ::core::future::IntoFuture::into_future(
                                            (*source).fetch(offset, size),
                                        )
                                    }) {
                                        __genfn_put => {
                                            unsafe {
                                                __genfn_s
                                                    .s0
                                                    .2
                                                    .first_mut()
                                                    .put(&mut __genfn_s.full[0], 4u8, 24u8, __genfn_put)
                                            };
                                        }
                                    };
                                    match unsafe {
                                        ::genfn::__private::poll_in_place(
                                            unsafe {
                                                __genfn_s.s0.2.first_mut().full_mut(__genfn_s.full[0], 4u8)
                                            },
                                            __genfn_cx,
                                        )
                                    } {
                                        ::core::task::Poll::Pending => {
                                            unsafe {
                                                __genfn_s.s0.0.put(&mut __genfn_s.full[0], 1u8, 0u8, size)
                                            };
                                            unsafe {
                                                __genfn_s.s0.1.put(&mut __genfn_s.full[0], 2u8, 0u8, offset)
                                            };
                                            __genfn_s.state = 2u32;
                                            return ::core::task::Poll::Pending;
                                        }
                                        ::core::task::Poll::Ready(__genfn_output) => {
                                            unsafe {
                                                __genfn_s
                                                    .s0
                                                    .2
                                                    .first_mut()
                                                    .clear(&mut __genfn_s.full[0], 4u8)
                                            };
                                            let __genfn_awaited2 = __genfn_output;
                                            unsafe {
                                                __genfn_s
                                                    .s0
                                                    .2
                                                    .second_mut()
                                                    .first_mut()
                                                    .put(&mut __genfn_s.full[0], 8u8, 20u8, __genfn_awaited2)
                                            };
                                            {
                                                unsafe {
                                                    __genfn_s.s0.0.put(&mut __genfn_s.full[0], 1u8, 0u8, size)
                                                };
                                                unsafe {
                                                    __genfn_s.s0.1.put(&mut __genfn_s.full[0], 2u8, 0u8, offset)
                                                };
                                                __genfn_state = 3u32;
                                                break '__genfn_join3;
                                            }
                                        }
                                    }
                                }
                                match __genfn_state {
                                    2u32 => {
                                        match unsafe {
                                            ::genfn::__private::poll_in_place(
                                                unsafe {
                                                    __genfn_s.s0.2.first_mut().full_mut(__genfn_s.full[0], 4u8)
                                                },
                                                __genfn_cx,
                                            )
                                        } {
                                            ::core::task::Poll::Pending => {
                                                __genfn_s.state = 2u32;
                                                return ::core::task::Poll::Pending;
                                            }
                                            ::core::task::Poll::Ready(__genfn_output) => {
                                                unsafe {
                                                    __genfn_s
                                                        .s0
                                                        .2
                                                        .first_mut()
                                                        .clear(&mut __genfn_s.full[0], 4u8)
                                                };
                                                let __genfn_awaited2 = __genfn_output;
                                                unsafe {
                                                    __genfn_s
                                                        .s0
                                                        .2
                                                        .second_mut()
                                                        .first_mut()
                                                        .put(&mut __genfn_s.full[0], 8u8, 20u8, __genfn_awaited2)
                                                };
                                                {
                                                    __genfn_state = 3u32;
                                                    break '__genfn_join3;
                                                }
                                            }
                                        }
                                    }
                                    _ => ::genfn::__private::invalid_state(),
                                }
                            }
                            let __genfn_done: usize = '__genfn_block3: {
                                let mut __genfn_awaited2 = unsafe {
                                    __genfn_s
                                        .s0
                                        .2
                                        .second_mut()
                                        .first_mut()
                                        .take_full(&mut __genfn_s.full[0], 8u8)
                                };
                                #[allow(unused_mut)]
                                let page = __genfn_awaited2;
                                #[allow(unused_variables)]
                                let page = __genfn_s.s3.set(page);
                                let mut offset = unsafe {
                                    __genfn_s.s0.1.take_full(&mut __genfn_s.full[0], 2u8)
                                };
                                (unsafe {
                                    if (*page).is_empty() {
                                        {
                                            let __genfn_return: usize = offset;
                                            break '__genfn_block3 __genfn_return;
                                        };
                                    }
                                });
                                (unsafe { offset += (*page).len() });
                                match (unsafe {
                                    ::core::iter::IntoIterator::into_iter(&(*page))
                                }) {
                                    __genfn_put => {
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .2
                                                .second_mut()
                                                .second_mut()
                                                .put(&mut __genfn_s.full[0], 16u8, 12u8, __genfn_put)
                                        };
                                    }
                                };
                                {
                                    unsafe {
                                        __genfn_s.s0.1.put(&mut __genfn_s.full[0], 2u8, 0u8, offset)
                                    };
                                    __genfn_state = 4u32;
                                    break '__genfn_join4;
                                }
                            };
                            __genfn_s.__genfn_drop_all();
                            __genfn_s.state = ::genfn::__private::state::COMPLETE;
                            return ::core::task::Poll::Ready(
                                ::genfn::__private::CoroutineState::Complete(__genfn_done),
                            );
                        }
                        { {} }
                        {
                            __genfn_state = 4u32;
                            break '__genfn_join4;
                        }
                    }
                    match ::core::iter::Iterator::next(unsafe {
                        __genfn_s
                            .s0
                            .2
                            .second_mut()
                            .second_mut()
                            .full_mut(__genfn_s.full[0], 16u8)
                    }) {
                        ::core::option::Option::Some(row) => {
                            let __genfn_yielded: String = row.to_string();
                            __genfn_s.state = 7u32;
                            return ::core::task::Poll::Ready(
                                ::genfn::__private::CoroutineState::Yielded(__genfn_yielded),
                            );
                        }
                        ::core::option::Option::None => {
                            {
                                {
                                    {
                                        {
                                            {
                                                {}
                                                unsafe {
                                                    __genfn_s
                                                        .s0
                                                        .2
                                                        .second_mut()
                                                        .second_mut()
                                                        .clear(&mut __genfn_s.full[0], 16u8)
                                                };
                                            }
                                        }
                                        __genfn_s.s3.clear();
                                    }
                                    unsafe {
                                        __genfn_s
                                            .s0
                                            .2
                                            .second_mut()
                                            .first_mut()
                                            .clear(&mut __genfn_s.full[0], 8u8)
                                    };
                                }
                                unsafe {
                                    __genfn_s
                                        .s0
                                        .2
                                        .first_mut()
                                        .clear(&mut __genfn_s.full[0], 4u8)
                                };
                            }
                            {
                                __genfn_state = 1u32;
                                continue '__genfn_dispatch;
                            }
                        }
                    }
                }
            },
        );
        __genfn_machine
    }
}
