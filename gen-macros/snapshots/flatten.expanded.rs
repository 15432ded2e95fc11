#[allow(refining_impl_trait)]
fn flatten(
    nested: &Nested,
) -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<Resume = (), Yield = i64, Return = ()>,
> {
    #[allow(unreachable_code, clippy::let_and_return, clippy::needless_return)]
    let _ = || {
        let nested = ::genfn::__private::conjure(&nested);
        {
            let __genfn_return: () = match nested {
                Nested::Item(x) => {
                    let __genfn_yielded: i64 = *x;
                    ::genfn::__private::shadow_resume::<()>()
                }
                Nested::List(items) => {
                    for item in items {
                        {
                            let mut __genfn_delegate = {
                                let __genfn_source = ::genfn::__private::boxed(
                                    flatten(item),
                                );
                                #[allow(unused_imports)]
                                use ::genfn::__private::{
                                    ViaCoroutine as _, ViaIter as _, ViaMismatch as _,
                                };
                                (&&&::genfn::__private::DelegateProbe::<
                                    _,
                                    (),
                                >::new(&__genfn_source))
                                    .delegate_kind()
                                    .wrap(__genfn_source)
                            };
                            match <_ as ::genfn::__private::Delegate<
                                (),
                            >>::step(
                                &mut __genfn_delegate,
                                ::genfn::__private::Arg::<()>::Value(()),
                            ) {
                                ::genfn::__private::CoroutineState::Yielded(
                                    __genfn_yielded,
                                ) => {
                                    let __genfn_yielded: i64 = __genfn_yielded;
                                    ::genfn::__private::shadow_resume()
                                }
                                ::genfn::__private::CoroutineState::Complete(
                                    __genfn_returned,
                                ) => __genfn_returned,
                            }
                        };
                    }
                }
            };
            __genfn_return
        }
    };
    {
        #[derive(::core::clone::Clone)]
        struct __GenfnSlots<T0, T1, T2, T3, T4, T5> {
            state: u32,
            s0: ::genfn::__private::Slot<T0>,
            s1: ::genfn::__private::Slot<T1>,
            s2: ::genfn::__private::Slot<T2>,
            s3: ::genfn::__private::Slot<T3>,
            s4: ::genfn::__private::Slot<T4>,
            s5: ::genfn::__private::Slot<T5>,
        }
        impl<T0, T1, T2, T3, T4, T5> __GenfnSlots<T0, T1, T2, T3, T4, T5> {
            /// Drops the locals still held, latest declared first.
            #[inline]
            fn __genfn_drop_all(&mut self) {
                self.s5.clear();
                self.s4.clear();
                self.s3.clear();
                self.s2.clear();
                self.s1.clear();
                self.s0.clear();
            }
            /// Whether no slot holds a value (then a tail call may
            /// replace the frame).
            #[inline]
            fn __genfn_holds_nothing(&self) -> bool {
                true && !self.s0.is_full() && !self.s1.is_full() && !self.s2.is_full()
                    && !self.s3.is_full() && !self.s4.is_full() && !self.s5.is_full()
            }
        }
        impl<T0, T1, T2, T3, T4, T5> ::core::ops::Drop
        for __GenfnSlots<T0, T1, T2, T3, T4, T5> {
            fn drop(&mut self) {
                self.__genfn_drop_all();
            }
        }
        let __genfn_slots = __GenfnSlots {
            state: 0u32,
            s0: ::genfn::__private::Slot::full(nested),
            s1: ::genfn::__private::Slot::new(),
            s2: ::genfn::__private::Slot::new(),
            s3: ::genfn::__private::Slot::new(),
            s4: ::genfn::__private::Slot::new(),
            s5: ::genfn::__private::Slot::new(),
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
            ::genfn::__private::Frames::new(__genfn_slots),
            |
                __genfn_frames: &mut ::genfn::__private::Frames<_>,
                __genfn_resumed_with: ::genfn::__private::Arg<()>,
            | -> ::genfn::__private::CoroutineState<i64, ()> {
                let mut __genfn_s = __genfn_frames.innermost();
                let mut __genfn_callee_returned: ::core::option::Option<()> = ::core::option::Option::None;
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::Some(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    match __genfn_state {
                        0u32 => {
                            ::core::mem::drop(__genfn_arg.take());
                            #[allow(unused_mut, unused_variables)]
                            let mut nested = match __genfn_s.s0.take() {
                                ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                ::core::option::Option::None => {
                                    ::genfn::__private::invalid_state()
                                }
                            };
                            let __genfn_k: usize = match nested {
                                Nested::Item(x) => {
                                    __genfn_s.s2.put(x);
                                    0usize
                                }
                                Nested::List(items) => {
                                    __genfn_s.s3.put(items);
                                    1usize
                                }
                            };
                            match __genfn_k {
                                0usize => {
                                    #[allow(unused_mut, unused_variables)]
                                    let mut x = match __genfn_s.s2.take() {
                                        ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                        ::core::option::Option::None => {
                                            ::genfn::__private::invalid_state()
                                        }
                                    };
                                    let __genfn_yielded: i64 = *x;
                                    __genfn_s.state = 7u32;
                                    return ::genfn::__private::CoroutineState::Yielded(
                                        __genfn_yielded,
                                    );
                                }
                                1usize => {
                                    #[allow(unused_mut, unused_variables)]
                                    let mut items = match __genfn_s.s3.take() {
                                        ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                        ::core::option::Option::None => {
                                            ::genfn::__private::invalid_state()
                                        }
                                    };
                                    __genfn_s
                                        .s4
                                        .put(::core::iter::IntoIterator::into_iter(items));
                                    {
                                        __genfn_state = 2u32;
                                        continue '__genfn_dispatch;
                                    }
                                }
                                _ => ::genfn::__private::invalid_state(),
                            }
                        }
                        2u32 => {
                            let __genfn_k: bool = match ::core::iter::Iterator::next(
                                match __genfn_s.s4.as_mut() {
                                    ::core::option::Option::Some(__genfn_in_place) => {
                                        __genfn_in_place
                                    }
                                    ::core::option::Option::None => {
                                        ::genfn::__private::invalid_state()
                                    }
                                },
                            ) {
                                ::core::option::Option::Some(item) => {
                                    __genfn_s.s5.put(item);
                                    true
                                }
                                ::core::option::Option::None => false,
                            };
                            if __genfn_k {
                                #[allow(unused_mut, unused_variables)]
                                let mut item = match __genfn_s.s5.take() {
                                    ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                    ::core::option::Option::None => {
                                        ::genfn::__private::invalid_state()
                                    }
                                };
                                let __genfn_callee = {
                                    let __genfn_param0: &Nested = item;
                                    __GenfnSlots {
                                        state: 0u32,
                                        s0: ::genfn::__private::Slot::full(__genfn_param0),
                                        s1: ::genfn::__private::Slot::new(),
                                        s2: ::genfn::__private::Slot::new(),
                                        s3: ::genfn::__private::Slot::new(),
                                        s4: ::genfn::__private::Slot::new(),
                                        s5: ::genfn::__private::Slot::new(),
                                    }
                                };
                                __genfn_s.state = 5u32;
                                __genfn_s = __genfn_frames.call(__genfn_callee);
                                __genfn_state = 0u32;
                                __genfn_arg = ::core::option::Option::Some(
                                    ::genfn::__private::Arg::Start,
                                );
                                continue '__genfn_dispatch;
                            } else {
                                __genfn_s.s4.clear();
                                #[allow(unused_mut, unused_variables)]
                                let mut __genfn_match0;
                                __genfn_match0 = ();
                                __genfn_s.s3.clear();
                                {
                                    __genfn_s.s1.put(__genfn_match0);
                                    __genfn_state = 8u32;
                                    continue '__genfn_dispatch;
                                }
                            }
                        }
                        5u32 => {
                            ::genfn::__private::returned(__genfn_callee_returned.take());
                            __genfn_s.s5.clear();
                            {
                                __genfn_state = 2u32;
                                continue '__genfn_dispatch;
                            }
                        }
                        7u32 => {
                            #[allow(unused_mut, unused_variables)]
                            let mut __genfn_match0;
                            __genfn_match0 = ::genfn::__private::Arg::into_value(
                                ::genfn::__private::take_arg(&mut __genfn_arg),
                            );
                            __genfn_s.s2.clear();
                            {
                                __genfn_s.s1.put(__genfn_match0);
                                __genfn_state = 8u32;
                                continue '__genfn_dispatch;
                            }
                        }
                        8u32 => {
                            let __genfn_done: () = '__genfn_block8: {
                                #[allow(unused_mut, unused_variables)]
                                let mut __genfn_match0 = match __genfn_s.s1.take() {
                                    ::core::option::Option::Some(__genfn_value) => __genfn_value,
                                    ::core::option::Option::None => {
                                        ::genfn::__private::invalid_state()
                                    }
                                };
                                {
                                    let __genfn_return: () = __genfn_match0;
                                    break '__genfn_block8 __genfn_return;
                                }
                            };
                            __genfn_s.__genfn_drop_all();
                            match __genfn_frames.ret() {
                                ::core::option::Option::Some(__genfn_caller) => {
                                    __genfn_s = __genfn_caller;
                                    __genfn_callee_returned = ::core::option::Option::Some(
                                        __genfn_done,
                                    );
                                    __genfn_state = __genfn_s.state;
                                    continue '__genfn_dispatch;
                                }
                                ::core::option::Option::None => {
                                    return ::genfn::__private::CoroutineState::Complete(
                                        __genfn_done,
                                    );
                                }
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
