#[allow(refining_impl_trait)]
fn fib(
    n: usize,
) -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<Resume = (), Yield = u64, Return = ()>,
> {
    #[allow(unused_mut, unused_variables)]
    let mut caller = ::genfn::__private::ShadowChannel::<u64, ()>::new();
    #[allow(
        unreachable_code,
        clippy::let_and_return,
        clippy::needless_return,
        clippy::diverging_sub_expression
    )]
    let _ = || {
        let n = ::genfn::__private::conjure(&n);
        let (mut a, mut b) = (0u64, 1u64);
        {
            let __genfn_return: () = for _ in 0..n {
                {
                    let __genfn_yielded: u64 = a;
                    caller.yield_(__genfn_yielded)
                };
                (a, b) = (b, a.wrapping_add(b));
            };
            __genfn_return
        }
    };
    {
        struct n_kept_in_generator<T0>(T0);
        struct a_kept_in_generator<T1>(T1);
        struct b_kept_in_generator<T2>(T2);
        struct iterator_kept_in_generator<T3>(T3);
        struct locals_kept_in_generator<T0, T1, T2, T3, TR> {
            __genfn_held: ::core::marker::PhantomData<
                (
                    n_kept_in_generator<T0>,
                    a_kept_in_generator<T1>,
                    b_kept_in_generator<T2>,
                    iterator_kept_in_generator<T3>,
                ),
            >,
            state: u32,
            full: [u8; 1],
            s0: ::genfn::__private::Shared<
                ::genfn::__private::Slot<T0>,
                (
                    ::genfn::__private::Slot<T1>,
                    ::genfn::__private::Slot<T2>,
                    ::genfn::__private::Slot<T3>,
                ),
            >,
            s1: ::genfn::__private::Slot<TR>,
        }
        impl<T0, T1, T2, T3, TR> locals_kept_in_generator<T0, T1, T2, T3, TR> {
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
                unsafe { self.s0.second_mut().2.clear(&mut self.full[0], 8u8) };
                unsafe { self.s0.second_mut().1.clear(&mut self.full[0], 4u8) };
                unsafe { self.s0.second_mut().0.clear(&mut self.full[0], 2u8) };
                unsafe { self.s0.first_mut().clear(&mut self.full[0], 1u8) };
            }
        }
        impl<T0, T1, T2, T3, TR> ::core::ops::Drop
        for locals_kept_in_generator<T0, T1, T2, T3, TR> {
            fn drop(&mut self) {
                ::genfn::__private::drop_all_even_on_panic(self, Self::__genfn_drop_all);
            }
        }
        unsafe impl<T0, T1, T2, T3, TR> ::genfn::__private::Frame
        for locals_kept_in_generator<T0, T1, T2, T3, TR> {
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
            __genfn_slots.s0.first_mut().put(&mut __genfn_slots.full[0], 1u8, 14u8, n)
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
                __genfn_s: &mut locals_kept_in_generator<_, _, _, _, ()>,
                __genfn_resumed_with: ::genfn::__private::Arg<()>,
            | -> ::genfn::__private::CoroutineState<u64, ()> {
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::Some(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    '__genfn_join1: {
                        '__genfn_join4: {
                            match __genfn_state {
                                0u32 | ::genfn::__private::state::CREATED => {
                                    ::core::mem::drop(__genfn_arg.take());
                                    #[allow(unused_mut)]
                                    let (mut a, mut b) = (0u64, 1u64);
                                    let mut n = unsafe {
                                        __genfn_s
                                            .s0
                                            .first_mut()
                                            .take_full(&mut __genfn_s.full[0], 1u8)
                                    };
                                    match ::core::iter::IntoIterator::into_iter(0..n) {
                                        __genfn_put => {
                                            unsafe {
                                                __genfn_s
                                                    .s0
                                                    .second_mut()
                                                    .2
                                                    .put(&mut __genfn_s.full[0], 8u8, 1u8, __genfn_put)
                                            };
                                        }
                                    };
                                    {
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .0
                                                .put(&mut __genfn_s.full[0], 2u8, 1u8, a)
                                        };
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .1
                                                .put(&mut __genfn_s.full[0], 4u8, 1u8, b)
                                        };
                                        __genfn_state = 1u32;
                                        break '__genfn_join1;
                                    }
                                }
                                4u32 => break '__genfn_join4,
                                1u32 => break '__genfn_join1,
                                _ => ::genfn::__private::resumed_in_state(__genfn_state),
                            }
                        }
                        let mut a = unsafe {
                            __genfn_s
                                .s0
                                .second_mut()
                                .0
                                .take_full(&mut __genfn_s.full[0], 2u8)
                        };
                        let mut b = unsafe {
                            __genfn_s
                                .s0
                                .second_mut()
                                .1
                                .take_full(&mut __genfn_s.full[0], 4u8)
                        };
                        {
                            {
                                (a, b) = (b, a.wrapping_add(b));
                            }
                        }
                        {
                            unsafe {
                                __genfn_s
                                    .s0
                                    .second_mut()
                                    .0
                                    .put(&mut __genfn_s.full[0], 2u8, 1u8, a)
                            };
                            unsafe {
                                __genfn_s
                                    .s0
                                    .second_mut()
                                    .1
                                    .put(&mut __genfn_s.full[0], 4u8, 1u8, b)
                            };
                            __genfn_state = 1u32;
                            break '__genfn_join1;
                        }
                    }
                    match ::core::iter::Iterator::next(unsafe {
                        __genfn_s.s0.second_mut().2.full_mut(__genfn_s.full[0], 8u8)
                    }) {
                        ::core::option::Option::Some(_) => {
                            let mut a = unsafe {
                                __genfn_s
                                    .s0
                                    .second_mut()
                                    .0
                                    .take_full(&mut __genfn_s.full[0], 2u8)
                            };
                            let __genfn_yielded: u64 = a;
                            unsafe {
                                __genfn_s
                                    .s0
                                    .second_mut()
                                    .0
                                    .put(&mut __genfn_s.full[0], 2u8, 1u8, a)
                            };
                            __genfn_s.state = 4u32;
                            return ::genfn::__private::CoroutineState::Yielded(
                                __genfn_yielded,
                            );
                        }
                        ::core::option::Option::None => {
                            let __genfn_done: () = '__genfn_block2: {
                                {
                                    {}
                                    unsafe {
                                        __genfn_s
                                            .s0
                                            .second_mut()
                                            .2
                                            .clear(&mut __genfn_s.full[0], 8u8)
                                    };
                                }
                                {
                                    let __genfn_return: () = ();
                                    break '__genfn_block2 __genfn_return;
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
            },
        );
        __genfn_machine
    }
}
