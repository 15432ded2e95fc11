#[allow(refining_impl_trait)]
fn odd_halves(
    values: &[Option<u32>],
) -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<Resume = (), Yield = u32, Return = usize>,
> {
    #[allow(unused_mut, unused_variables)]
    let mut caller = ::genfn::__private::ShadowChannel::<u32, ()>::new();
    #[allow(
        unreachable_code,
        clippy::let_and_return,
        clippy::needless_return,
        clippy::diverging_sub_expression
    )]
    let _ = || {
        let values = ::genfn::__private::conjure(&values);
        let mut count = 0;
        for v in values {
            let n = or_skip!(* v);
            if n % 2 == 0 {
                skip!();
            }
            {
                let __genfn_yielded: u32 = n / 2;
                caller.yield_(__genfn_yielded)
            };
            count += 1;
        }
        {
            let __genfn_return: usize = count;
            __genfn_return
        }
    };
    {
        struct values_kept_in_generator<T0>(T0);
        struct count_kept_in_generator<T1>(T1);
        struct iterator_kept_in_generator<T2>(T2);
        struct locals_kept_in_generator<T0, T1, T2, TR> {
            __genfn_held: ::core::marker::PhantomData<
                (
                    values_kept_in_generator<T0>,
                    count_kept_in_generator<T1>,
                    iterator_kept_in_generator<T2>,
                ),
            >,
            state: u32,
            full: [u8; 1],
            s0: ::genfn::__private::Shared<
                ::genfn::__private::Slot<T0>,
                (::genfn::__private::Slot<T1>, ::genfn::__private::Slot<T2>),
            >,
            s1: ::genfn::__private::Slot<TR>,
        }
        impl<T0, T1, T2, TR> locals_kept_in_generator<T0, T1, T2, TR> {
            fn __genfn_empty() -> Self {
                Self {
                    __genfn_held: ::core::marker::PhantomData,
                    state: ::genfn::__private::state::CREATED,
                    full: [0u8; 1],
                    s0: ::genfn::__private::Storage::empty(),
                    s1: ::genfn::__private::Storage::empty(),
                }
            }
            #[inline]
            fn __genfn_drop_all(&mut self) {
                unsafe { self.s0.second_mut().1.clear(&mut self.full[0], 4u8) };
                unsafe { self.s0.second_mut().0.clear(&mut self.full[0], 2u8) };
                unsafe { self.s0.first_mut().clear(&mut self.full[0], 1u8) };
            }
        }
        impl<T0, T1, T2, TR> ::core::ops::Drop
        for locals_kept_in_generator<T0, T1, T2, TR> {
            fn drop(&mut self) {
                ::genfn::__private::drop_all_even_on_panic(self, Self::__genfn_drop_all);
            }
        }
        unsafe impl<T0, T1, T2, TR> ::genfn::__private::Frame
        for locals_kept_in_generator<T0, T1, T2, TR> {
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
        unsafe {
            __genfn_slots
                .s0
                .first_mut()
                .put(&mut __genfn_slots.full[0], 1u8, 6u8, values)
        };
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
        let __genfn_machine = ::genfn::__private::Machine::new(
            __genfn_slots,
            |
                __genfn_s: &mut locals_kept_in_generator<_, _, _, usize>,
                __genfn_resumed_with: ::genfn::__private::Arg<()>,
            | -> ::genfn::__private::CoroutineState<u32, usize> {
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::Some(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    '__genfn_run2: {
                        '__genfn_join1: {
                            '__genfn_join4: {
                                match __genfn_state {
                                    0u32 | ::genfn::__private::state::CREATED => {
                                        ::core::mem::drop(__genfn_arg.take());
                                        #[allow(unused_mut)]
                                        let mut count = 0;
                                        let mut values = unsafe {
                                            __genfn_s
                                                .s0
                                                .first_mut()
                                                .take_full(&mut __genfn_s.full[0], 1u8)
                                        };
                                        match ::core::iter::IntoIterator::into_iter(values) {
                                            __genfn_put => {
                                                unsafe {
                                                    __genfn_s
                                                        .s0
                                                        .second_mut()
                                                        .1
                                                        .put(&mut __genfn_s.full[0], 4u8, 1u8, __genfn_put)
                                                };
                                            }
                                        };
                                        {
                                            unsafe {
                                                __genfn_s
                                                    .s0
                                                    .second_mut()
                                                    .0
                                                    .put(&mut __genfn_s.full[0], 2u8, 1u8, count)
                                            };
                                            __genfn_state = 1u32;
                                            break '__genfn_join1;
                                        }
                                    }
                                    4u32 => break '__genfn_join4,
                                    1u32 => break '__genfn_join1,
                                    3u32 => break '__genfn_run2,
                                    _ => ::genfn::__private::resumed_in_state(__genfn_state),
                                }
                            }
                            let mut count = unsafe {
                                __genfn_s
                                    .s0
                                    .second_mut()
                                    .0
                                    .take_full(&mut __genfn_s.full[0], 2u8)
                            };
                            {
                                {
                                    count += 1;
                                }
                            }
                            {
                                unsafe {
                                    __genfn_s
                                        .s0
                                        .second_mut()
                                        .0
                                        .put(&mut __genfn_s.full[0], 2u8, 1u8, count)
                                };
                                __genfn_state = 1u32;
                                break '__genfn_join1;
                            }
                        }
                        match ::core::iter::Iterator::next(unsafe {
                            __genfn_s.s0.second_mut().1.full_mut(__genfn_s.full[0], 4u8)
                        }) {
                            ::core::option::Option::Some(v) => {
                                let mut __genfn_entered = false;
                                loop {
                                    if __genfn_entered {
                                        __genfn_state = 1u32;
                                        continue '__genfn_dispatch;
                                    }
                                    __genfn_entered = true;
                                    #[allow(unused_mut)]
                                    let n = or_skip!(* v);
                                    if n % 2 == 0 {
                                        skip!();
                                    }
                                    let __genfn_yielded: u32 = n / 2;
                                    __genfn_s.state = 4u32;
                                    return ::genfn::__private::CoroutineState::Yielded(
                                        __genfn_yielded,
                                    );
                                };
                                {
                                    __genfn_state = 3u32;
                                    continue '__genfn_dispatch;
                                }
                            }
                            ::core::option::Option::None => {
                                let __genfn_done: usize = '__genfn_block3: {
                                    {
                                        {}
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .1
                                                .clear(&mut __genfn_s.full[0], 4u8)
                                        };
                                    }
                                    let mut count = unsafe {
                                        __genfn_s
                                            .s0
                                            .second_mut()
                                            .0
                                            .take_full(&mut __genfn_s.full[0], 2u8)
                                    };
                                    {
                                        let __genfn_return: usize = count;
                                        break '__genfn_block3 __genfn_return;
                                    }
                                };
                                __genfn_s.__genfn_drop_all();
                                __genfn_s.state = ::genfn::__private::state::COMPLETE;
                                return ::genfn::__private::CoroutineState::Complete(
                                    __genfn_done,
                                );
                            }
                        }
                    }
                    match __genfn_state {
                        3u32 => {
                            let __genfn_done: usize = '__genfn_block3: {
                                {
                                    {}
                                    unsafe {
                                        __genfn_s
                                            .s0
                                            .second_mut()
                                            .1
                                            .clear(&mut __genfn_s.full[0], 4u8)
                                    };
                                }
                                let mut count = unsafe {
                                    __genfn_s
                                        .s0
                                        .second_mut()
                                        .0
                                        .take_full(&mut __genfn_s.full[0], 2u8)
                                };
                                {
                                    let __genfn_return: usize = count;
                                    break '__genfn_block3 __genfn_return;
                                }
                            };
                            __genfn_s.__genfn_drop_all();
                            __genfn_s.state = ::genfn::__private::state::COMPLETE;
                            return ::genfn::__private::CoroutineState::Complete(
                                __genfn_done,
                            );
                        }
                        _ => ::genfn::__private::invalid_state(),
                    }
                }
            },
        );
        __genfn_machine
    }
}
