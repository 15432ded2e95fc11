#[allow(refining_impl_trait)]
fn flatten(
    nested: &Nested,
) -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<
        Resume = (),
        Yield = i64,
        Return = (),
    > + ::genfn::__private::Recursion<ID>,
> {
    #[allow(unused_mut, unused_variables)]
    let mut caller = ::genfn::__private::ShadowChannel::<i64, ()>::new();
    #[allow(
        unreachable_code,
        clippy::let_and_return,
        clippy::needless_return,
        clippy::diverging_sub_expression
    )]
    let _ = || {
        let nested = ::genfn::__private::conjure(&nested);
        {
            let __genfn_return: () = match nested {
                Nested::Item(x) => {
                    let __genfn_yielded: i64 = *x;
                    caller.yield_(__genfn_yielded)
                }
                Nested::List(items) => {
                    for item in items {
                        {
                            let mut __genfn_delegate = {
                                let __genfn_source = ::genfn::__private::boxed(
                                    ::genfn::__private::recursion::<
                                        ID,
                                        _,
                                    >(flatten(item)),
                                );
                                #[allow(unused_imports)]
                                use ::genfn::__private::{
                                    ViaCoroutine as _, ViaForeign as _, ViaIter as _,
                                    ViaMismatch as _,
                                };
                                (&&&&::genfn::__private::DelegateProbe::<
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
                                    let _ = caller.yield_(__genfn_yielded);
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
        struct nested_kept_in_generator<T0>(T0);
        struct value_kept_in_generator<T1>(T1);
        struct x_kept_in_generator<T2>(T2);
        struct items_kept_in_generator<T3>(T3);
        struct iterator_kept_in_generator<T4>(T4);
        struct locals_kept_in_generator<T0, T1, T2, T3, T4, TR> {
            __genfn_held: ::core::marker::PhantomData<
                (
                    nested_kept_in_generator<T0>,
                    value_kept_in_generator<T1>,
                    x_kept_in_generator<T2>,
                    items_kept_in_generator<T3>,
                    iterator_kept_in_generator<T4>,
                ),
            >,
            state: u32,
            full: [u8; 1],
            s0: ::genfn::__private::Shared<
                ::genfn::__private::Slot<T0>,
                ::genfn::__private::Shared<
                    ::genfn::__private::Slot<T1>,
                    ::genfn::__private::Shared<
                        ::genfn::__private::Slot<T2>,
                        ::genfn::__private::Shared<
                            ::genfn::__private::Slot<T3>,
                            ::genfn::__private::Slot<T4>,
                        >,
                    >,
                >,
            >,
            s1: ::genfn::__private::Slot<TR>,
        }
        impl<T0, T1, T2, T3, T4, TR> locals_kept_in_generator<T0, T1, T2, T3, T4, TR> {
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
                unsafe {
                    self.s0
                        .second_mut()
                        .second_mut()
                        .second_mut()
                        .second_mut()
                        .clear(&mut self.full[0], 16u8)
                };
                unsafe {
                    self.s0
                        .second_mut()
                        .second_mut()
                        .second_mut()
                        .first_mut()
                        .clear(&mut self.full[0], 8u8)
                };
                unsafe {
                    self.s0
                        .second_mut()
                        .second_mut()
                        .first_mut()
                        .clear(&mut self.full[0], 4u8)
                };
                unsafe {
                    self.s0.second_mut().first_mut().clear(&mut self.full[0], 2u8)
                };
                unsafe { self.s0.first_mut().clear(&mut self.full[0], 1u8) };
            }
            #[inline]
            fn __genfn_holds_nothing(&self) -> bool {
                self.full.iter().all(|byte| *byte == 0)
            }
        }
        impl<T0, T1, T2, T3, T4, TR> ::core::ops::Drop
        for locals_kept_in_generator<T0, T1, T2, T3, T4, TR> {
            fn drop(&mut self) {
                ::genfn::__private::drop_all_even_on_panic(self, Self::__genfn_drop_all);
            }
        }
        unsafe impl<T0, T1, T2, T3, T4, TR> ::genfn::__private::Frame
        for locals_kept_in_generator<T0, T1, T2, T3, T4, TR> {
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
                .put(&mut __genfn_slots.full[0], 1u8, 30u8, nested)
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
                let __genfn_root_state = ::genfn::__private::Frame::state(
                    &*__genfn_frames,
                );
                if __genfn_root_state >= ::genfn::__private::state::FIRST_RESERVED
                    && __genfn_root_state != ::genfn::__private::state::CREATED
                {
                    ::genfn::__private::resumed_in_state(__genfn_root_state);
                }
                let mut __genfn_s = __genfn_frames.innermost();
                let mut __genfn_callee_returned: ::core::option::Option<()> = ::core::option::Option::None;
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::Some(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    '__genfn_join8: {
                        '__genfn_run2: {
                            '__genfn_join2: {
                                '__genfn_join5: {
                                    match __genfn_state {
                                        0u32 | ::genfn::__private::state::CREATED => {
                                            ::core::mem::drop(__genfn_arg.take());
                                            let mut nested = unsafe {
                                                __genfn_s
                                                    .s0
                                                    .first_mut()
                                                    .take_full(&mut __genfn_s.full[0], 1u8)
                                            };
                                            let __genfn_k: usize = match nested {
                                                Nested::Item(x) => {
                                                    unsafe {
                                                        __genfn_s
                                                            .s0
                                                            .second_mut()
                                                            .second_mut()
                                                            .first_mut()
                                                            .put(&mut __genfn_s.full[0], 4u8, 27u8, x)
                                                    };
                                                    0usize
                                                }
                                                Nested::List(items) => {
                                                    unsafe {
                                                        __genfn_s
                                                            .s0
                                                            .second_mut()
                                                            .second_mut()
                                                            .second_mut()
                                                            .first_mut()
                                                            .put(&mut __genfn_s.full[0], 8u8, 23u8, items)
                                                    };
                                                    1usize
                                                }
                                            };
                                            match __genfn_k {
                                                0usize => {
                                                    let mut x = unsafe {
                                                        __genfn_s
                                                            .s0
                                                            .second_mut()
                                                            .second_mut()
                                                            .first_mut()
                                                            .take_full(&mut __genfn_s.full[0], 4u8)
                                                    };
                                                    let __genfn_yielded: i64 = *x;
                                                    __genfn_s.state = 7u32;
                                                    return ::genfn::__private::CoroutineState::Yielded(
                                                        __genfn_yielded,
                                                    );
                                                }
                                                1usize => {
                                                    let mut items = unsafe {
                                                        __genfn_s
                                                            .s0
                                                            .second_mut()
                                                            .second_mut()
                                                            .second_mut()
                                                            .first_mut()
                                                            .take_full(&mut __genfn_s.full[0], 8u8)
                                                    };
                                                    match ::core::iter::IntoIterator::into_iter(items) {
                                                        __genfn_put => {
                                                            unsafe {
                                                                __genfn_s
                                                                    .s0
                                                                    .second_mut()
                                                                    .second_mut()
                                                                    .second_mut()
                                                                    .second_mut()
                                                                    .put(&mut __genfn_s.full[0], 16u8, 15u8, __genfn_put)
                                                            };
                                                        }
                                                    };
                                                    {
                                                        __genfn_state = 2u32;
                                                        break '__genfn_join2;
                                                    }
                                                }
                                                _ => ::genfn::__private::invalid_state(),
                                            }
                                        }
                                        5u32 => break '__genfn_join5,
                                        2u32 => break '__genfn_join2,
                                        8u32 => break '__genfn_join8,
                                        7u32 => break '__genfn_run2,
                                        _ => ::genfn::__private::resumed_in_state(__genfn_state),
                                    }
                                }
                                {
                                    {
                                        ::genfn::__private::returned(
                                            __genfn_callee_returned.take(),
                                        );
                                    }
                                }
                                {
                                    __genfn_state = 2u32;
                                    break '__genfn_join2;
                                }
                            }
                            match ::core::iter::Iterator::next(unsafe {
                                __genfn_s
                                    .s0
                                    .second_mut()
                                    .second_mut()
                                    .second_mut()
                                    .second_mut()
                                    .full_mut(__genfn_s.full[0], 16u8)
                            }) {
                                ::core::option::Option::Some(item) => {
                                    let __genfn_callee = {
                                        let __genfn_param0: &Nested = item;
                                        let mut __genfn_frame = locals_kept_in_generator::__genfn_empty();
                                        unsafe {
                                            __genfn_frame
                                                .s0
                                                .first_mut()
                                                .put(&mut __genfn_frame.full[0], 1u8, 30u8, __genfn_param0)
                                        };
                                        __genfn_frame
                                    };
                                    __genfn_s.state = 5u32;
                                    __genfn_s = __genfn_frames.call(__genfn_callee);
                                    __genfn_state = 0u32;
                                    __genfn_arg = ::core::option::Option::Some(
                                        ::genfn::__private::Arg::Start,
                                    );
                                    continue '__genfn_dispatch;
                                }
                                ::core::option::Option::None => {
                                    let mut __genfn_match0;
                                    {
                                        {
                                            {
                                                {
                                                    {}
                                                    unsafe {
                                                        __genfn_s
                                                            .s0
                                                            .second_mut()
                                                            .second_mut()
                                                            .second_mut()
                                                            .second_mut()
                                                            .clear(&mut __genfn_s.full[0], 16u8)
                                                    };
                                                }
                                            }
                                            __genfn_match0 = ();
                                        }
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .second_mut()
                                                .second_mut()
                                                .first_mut()
                                                .clear(&mut __genfn_s.full[0], 8u8)
                                        };
                                    }
                                    {
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .first_mut()
                                                .put(&mut __genfn_s.full[0], 2u8, 29u8, __genfn_match0)
                                        };
                                        __genfn_state = 8u32;
                                        break '__genfn_join8;
                                    }
                                }
                            }
                        }
                        match __genfn_state {
                            7u32 => {
                                let mut __genfn_match0;
                                {
                                    {
                                        __genfn_match0 = ::genfn::__private::Arg::into_value(
                                            ::genfn::__private::take_arg(&mut __genfn_arg),
                                        );
                                    }
                                    unsafe {
                                        __genfn_s
                                            .s0
                                            .second_mut()
                                            .second_mut()
                                            .first_mut()
                                            .clear(&mut __genfn_s.full[0], 4u8)
                                    };
                                }
                                {
                                    unsafe {
                                        __genfn_s
                                            .s0
                                            .second_mut()
                                            .first_mut()
                                            .put(&mut __genfn_s.full[0], 2u8, 29u8, __genfn_match0)
                                    };
                                    __genfn_state = 8u32;
                                    break '__genfn_join8;
                                }
                            }
                            _ => ::genfn::__private::invalid_state(),
                        }
                    }
                    let __genfn_done: () = '__genfn_block8: {
                        let mut __genfn_match0 = unsafe {
                            __genfn_s
                                .s0
                                .second_mut()
                                .first_mut()
                                .take_full(&mut __genfn_s.full[0], 2u8)
                        };
                        {
                            let __genfn_return: () = __genfn_match0;
                            break '__genfn_block8 __genfn_return;
                        }
                    };
                    __genfn_s.__genfn_drop_all();
                    __genfn_s.state = ::genfn::__private::state::COMPLETE;
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
            },
        );
        __genfn_machine
    }
}
