#[allow(refining_impl_trait)]
fn fib(
    n: usize,
) -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<Resume = (), Yield = u64, Return = ()>,
> {
    #[allow(unreachable_code, clippy::let_and_return, clippy::needless_return)]
    let _ = || {
        let n = ::genfn::__private::conjure(&n);
        let (mut a, mut b) = (0u64, 1u64);
        {
            let __genfn_return: () = for _ in 0..n {
                {
                    let __genfn_yielded: u64 = a;
                    ::genfn::__private::shadow_resume::<()>()
                };
                (a, b) = (b, a.wrapping_add(b));
            };
            __genfn_return
        }
    };
    {
        #[derive(::core::clone::Clone)]
        struct __GenfnSlots<T0, T1, T2, T3> {
            state: u32,
            s0: ::genfn::__private::Slot<T0>,
            s1: ::genfn::__private::Slot<T1>,
            s2: ::genfn::__private::Slot<T2>,
            s3: ::genfn::__private::Slot<T3>,
        }
        impl<T0, T1, T2, T3> __GenfnSlots<T0, T1, T2, T3> {
            /// Drops the locals still held, latest declared first.
            #[inline]
            fn __genfn_drop_all(&mut self) {
                self.s3.clear();
                self.s2.clear();
                self.s1.clear();
                self.s0.clear();
            }
        }
        impl<T0, T1, T2, T3> ::core::ops::Drop for __GenfnSlots<T0, T1, T2, T3> {
            fn drop(&mut self) {
                self.__genfn_drop_all();
            }
        }
        let __genfn_slots = __GenfnSlots {
            state: 0u32,
            s0: ::genfn::__private::Slot::full(n),
            s1: ::genfn::__private::Slot::new(),
            s2: ::genfn::__private::Slot::new(),
            s3: ::genfn::__private::Slot::new(),
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
                __genfn_s: &mut _,
                __genfn_resumed_with: ::genfn::__private::Arg<()>,
            | -> ::genfn::__private::CoroutineState<u64, ()> {
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::Some(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    match __genfn_state {
                        0u32 => {
                            ::core::mem::drop(__genfn_arg.take());
                            #[allow(unused_mut)]
                            let (mut a, mut b) = (0u64, 1u64);
                            #[allow(unused_mut, unused_variables)]
                            let mut n = match __genfn_s.s0.take() {
                                ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                ::core::option::Option::None => {
                                    ::genfn::__private::invalid_state()
                                }
                            };
                            __genfn_s
                                .s3
                                .put(::core::iter::IntoIterator::into_iter(0..n));
                            {
                                __genfn_s.s1.put(a);
                                __genfn_s.s2.put(b);
                                __genfn_state = 1u32;
                                continue '__genfn_dispatch;
                            }
                        }
                        1u32 => {
                            let __genfn_k: bool = match ::core::iter::Iterator::next(
                                match __genfn_s.s3.as_mut() {
                                    ::core::option::Option::Some(__genfn_in_place) => {
                                        __genfn_in_place
                                    }
                                    ::core::option::Option::None => {
                                        ::genfn::__private::invalid_state()
                                    }
                                },
                            ) {
                                ::core::option::Option::Some(_) => true,
                                ::core::option::Option::None => false,
                            };
                            if __genfn_k {
                                #[allow(unused_mut, unused_variables)]
                                let mut a = match __genfn_s.s1.take() {
                                    ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                    ::core::option::Option::None => {
                                        ::genfn::__private::invalid_state()
                                    }
                                };
                                let __genfn_yielded: u64 = a;
                                __genfn_s.s1.put(a);
                                __genfn_s.state = 4u32;
                                return ::genfn::__private::CoroutineState::Yielded(
                                    __genfn_yielded,
                                );
                            } else {
                                let __genfn_done: () = '__genfn_block2: {
                                    __genfn_s.s3.clear();
                                    {
                                        let __genfn_return: () = ();
                                        break '__genfn_block2 __genfn_return;
                                    }
                                };
                                __genfn_s.__genfn_drop_all();
                                return ::genfn::__private::CoroutineState::Complete(
                                    __genfn_done,
                                );
                            }
                        }
                        4u32 => {
                            #[allow(unused_mut, unused_variables)]
                            let mut a = match __genfn_s.s1.take() {
                                ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                ::core::option::Option::None => {
                                    ::genfn::__private::invalid_state()
                                }
                            };
                            #[allow(unused_mut, unused_variables)]
                            let mut b = match __genfn_s.s2.take() {
                                ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                ::core::option::Option::None => {
                                    ::genfn::__private::invalid_state()
                                }
                            };
                            (a, b) = (b, a.wrapping_add(b));
                            {
                                __genfn_s.s1.put(a);
                                __genfn_s.s2.put(b);
                                __genfn_state = 1u32;
                                continue '__genfn_dispatch;
                            }
                        }
                        _ => ::genfn::__private::invalid_state(),
                    }
                }
            },
        );
        __genfn_machine
    }
}
