#[allow(refining_impl_trait)]
fn accumulator() -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<Resume = Option<i64>, Yield = i64, Return = i64>,
> {
    #[allow(unused_mut, unused_variables)]
    let mut caller = ::genfn::__private::ShadowChannel::<i64, Option<i64>>::new();
    #[allow(
        unreachable_code,
        clippy::let_and_return,
        clippy::needless_return,
        clippy::diverging_sub_expression
    )]
    let _ = || {
        let mut total = 0;
        while let Some(value) = {
            let __genfn_yielded: i64 = total;
            caller.yield_(__genfn_yielded)
        } {
            total += value;
        }
        {
            let __genfn_return: i64 = total;
            __genfn_return
        }
    };
    {
        struct total_kept_in_generator<T0>(T0);
        struct value_kept_in_generator<T1>(T1);
        struct locals_kept_in_generator<T0, T1, TR> {
            __genfn_held: ::core::marker::PhantomData<
                (total_kept_in_generator<T0>, value_kept_in_generator<T1>),
            >,
            state: u32,
            full: [u8; 1],
            s0: (::genfn::__private::Slot<T0>, ::genfn::__private::Slot<T1>),
            s1: ::genfn::__private::Slot<TR>,
        }
        impl<T0, T1, TR> locals_kept_in_generator<T0, T1, TR> {
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
                unsafe { self.s0.1.clear(&mut self.full[0], 2u8) };
                unsafe { self.s0.0.clear(&mut self.full[0], 1u8) };
            }
        }
        impl<T0, T1, TR> ::core::ops::Drop for locals_kept_in_generator<T0, T1, TR> {
            fn drop(&mut self) {
                ::genfn::__private::drop_all_even_on_panic(self, Self::__genfn_drop_all);
            }
        }
        unsafe impl<T0, T1, TR> ::genfn::__private::Frame
        for locals_kept_in_generator<T0, T1, TR> {
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
        let __genfn_slots = locals_kept_in_generator::__genfn_empty();
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
                __genfn_s: &mut locals_kept_in_generator<_, _, i64>,
                __genfn_resumed_with: ::genfn::__private::Arg<Option<i64>>,
            | -> ::genfn::__private::CoroutineState<i64, i64> {
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::Some(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    '__genfn_join3: {
                        '__genfn_join1: {
                            '__genfn_join2: {
                                match __genfn_state {
                                    0u32 | ::genfn::__private::state::CREATED => {
                                        ::core::mem::drop(__genfn_arg.take());
                                        #[allow(unused_mut)]
                                        let mut total = 0;
                                        {
                                            unsafe {
                                                __genfn_s.s0.0.put(&mut __genfn_s.full[0], 1u8, 0u8, total)
                                            };
                                            __genfn_state = 1u32;
                                            break '__genfn_join1;
                                        }
                                    }
                                    2u32 => break '__genfn_join2,
                                    1u32 => break '__genfn_join1,
                                    3u32 => break '__genfn_join3,
                                    _ => ::genfn::__private::resumed_in_state(__genfn_state),
                                }
                            }
                            let __genfn_k: bool = if let Some(value) = ::genfn::__private::Arg::into_value(
                                ::genfn::__private::take_arg(&mut __genfn_arg),
                            ) {
                                unsafe {
                                    __genfn_s.s0.1.put(&mut __genfn_s.full[0], 2u8, 0u8, value)
                                };
                                true
                            } else {
                                false
                            };
                            if __genfn_k {
                                let mut total = unsafe {
                                    __genfn_s.s0.0.take_full(&mut __genfn_s.full[0], 1u8)
                                };
                                {
                                    let mut value = unsafe {
                                        __genfn_s.s0.1.take_full(&mut __genfn_s.full[0], 2u8)
                                    };
                                    total += value;
                                }
                                {
                                    unsafe {
                                        __genfn_s.s0.0.put(&mut __genfn_s.full[0], 1u8, 0u8, total)
                                    };
                                    __genfn_state = 1u32;
                                    break '__genfn_join1;
                                }
                            } else {
                                unsafe {
                                    __genfn_s.s0.1.clear(&mut __genfn_s.full[0], 2u8)
                                };
                                __genfn_state = 3u32;
                                break '__genfn_join3;
                            }
                        }
                        let mut total = unsafe {
                            __genfn_s.s0.0.take_full(&mut __genfn_s.full[0], 1u8)
                        };
                        let __genfn_yielded: i64 = total;
                        unsafe {
                            __genfn_s.s0.0.put(&mut __genfn_s.full[0], 1u8, 0u8, total)
                        };
                        __genfn_s.state = 2u32;
                        return ::genfn::__private::CoroutineState::Yielded(
                            __genfn_yielded,
                        );
                    }
                    let __genfn_done: i64 = '__genfn_block3: {
                        let mut total = unsafe {
                            __genfn_s.s0.0.take_full(&mut __genfn_s.full[0], 1u8)
                        };
                        {
                            let __genfn_return: i64 = total;
                            break '__genfn_block3 __genfn_return;
                        }
                    };
                    __genfn_s.__genfn_drop_all();
                    __genfn_s.state = ::genfn::__private::state::COMPLETE;
                    return ::genfn::__private::CoroutineState::Complete(__genfn_done);
                }
            },
        );
        __genfn_machine
    }
}
