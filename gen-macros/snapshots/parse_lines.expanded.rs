#[allow(refining_impl_trait)]
fn parse_lines<'a>(
    lines: &'a [&'a str],
) -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<
        Resume = (),
        Yield = u32,
        Return = Result<usize, std::num::ParseIntError>,
    >,
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
        let lines = ::genfn::__private::conjure(&lines);
        let _guard = Guard::new();
        let mut count = 0;
        'lines: for line in lines {
            if line.is_empty() {
                continue 'lines;
            }
            let n: u32 = match ::genfn::__private::Branch::branch(line.trim().parse()) {
                ::core::ops::ControlFlow::Continue(__genfn_continue) => __genfn_continue,
                ::core::ops::ControlFlow::Break(__genfn_residual) => {
                    return {
                        let __genfn_return: Result<usize, std::num::ParseIntError> = ::genfn::__private::FromResidual::from_residual(
                            __genfn_residual,
                        );
                        __genfn_return
                    };
                }
            };
            if let Some(half) = n.checked_div(2) && half > 0 {
                {
                    let __genfn_yielded: u32 = half;
                    caller.yield_(__genfn_yielded)
                };
            }
            count += 1;
        }
        {
            let __genfn_return: Result<usize, std::num::ParseIntError> = Ok(count);
            __genfn_return
        }
    };
    {
        struct lines_kept_in_generator<T0>(T0);
        struct _guard_kept_in_generator<T1>(T1);
        struct count_kept_in_generator<T2>(T2);
        struct iterator_kept_in_generator<T3>(T3);
        struct line_kept_in_generator<T4>(T4);
        struct half_kept_in_generator<T5>(T5);
        struct locals_kept_in_generator<T0, T1, T2, T3, T4, T5, TR> {
            __genfn_held: ::core::marker::PhantomData<
                (
                    lines_kept_in_generator<T0>,
                    _guard_kept_in_generator<T1>,
                    count_kept_in_generator<T2>,
                    iterator_kept_in_generator<T3>,
                    line_kept_in_generator<T4>,
                    half_kept_in_generator<T5>,
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
                    ::genfn::__private::Shared<
                        ::genfn::__private::Slot<T4>,
                        ::genfn::__private::Slot<T5>,
                    >,
                ),
            >,
            s1: ::genfn::__private::Slot<TR>,
        }
        impl<
            T0,
            T1,
            T2,
            T3,
            T4,
            T5,
            TR,
        > locals_kept_in_generator<T0, T1, T2, T3, T4, T5, TR> {
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
                    self.s0.second_mut().3.second_mut().clear(&mut self.full[0], 32u8)
                };
                unsafe {
                    self.s0.second_mut().3.first_mut().clear(&mut self.full[0], 16u8)
                };
                unsafe { self.s0.second_mut().2.clear(&mut self.full[0], 8u8) };
                unsafe { self.s0.second_mut().1.clear(&mut self.full[0], 4u8) };
                unsafe { self.s0.second_mut().0.clear(&mut self.full[0], 2u8) };
                unsafe { self.s0.first_mut().clear(&mut self.full[0], 1u8) };
            }
        }
        impl<T0, T1, T2, T3, T4, T5, TR> ::core::ops::Drop
        for locals_kept_in_generator<T0, T1, T2, T3, T4, T5, TR> {
            fn drop(&mut self) {
                ::genfn::__private::drop_all_even_on_panic(self, Self::__genfn_drop_all);
            }
        }
        unsafe impl<T0, T1, T2, T3, T4, T5, TR> ::genfn::__private::Frame
        for locals_kept_in_generator<T0, T1, T2, T3, T4, T5, TR> {
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
                .put(&mut __genfn_slots.full[0], 1u8, 62u8, lines)
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
                __genfn_s: &mut locals_kept_in_generator<
                    _,
                    _,
                    _,
                    _,
                    _,
                    _,
                    Result<usize, std::num::ParseIntError>,
                >,
                __genfn_resumed_with: ::genfn::__private::Arg<()>,
            | -> ::genfn::__private::CoroutineState<
                u32,
                Result<usize, std::num::ParseIntError>,
            > {
                let mut __genfn_state: u32 = __genfn_s.state;
                let mut __genfn_arg = ::core::option::Option::Some(__genfn_resumed_with);
                '__genfn_dispatch: loop {
                    '__genfn_join7: {
                        '__genfn_run3: {
                            '__genfn_join4: {
                                '__genfn_join3: {
                                    '__genfn_join1: {
                                        match __genfn_state {
                                            0u32 | ::genfn::__private::state::CREATED => {
                                                ::core::mem::drop(__genfn_arg.take());
                                                #[allow(unused_mut)]
                                                let _guard = Guard::new();
                                                #[allow(unused_mut)]
                                                let mut count = 0;
                                                let mut lines = unsafe {
                                                    __genfn_s
                                                        .s0
                                                        .first_mut()
                                                        .take_full(&mut __genfn_s.full[0], 1u8)
                                                };
                                                match ::core::iter::IntoIterator::into_iter(lines) {
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
                                                            .put(&mut __genfn_s.full[0], 2u8, 1u8, _guard)
                                                    };
                                                    unsafe {
                                                        __genfn_s
                                                            .s0
                                                            .second_mut()
                                                            .1
                                                            .put(&mut __genfn_s.full[0], 4u8, 1u8, count)
                                                    };
                                                    __genfn_state = 1u32;
                                                    break '__genfn_join1;
                                                }
                                            }
                                            1u32 => break '__genfn_join1,
                                            3u32 => break '__genfn_join3,
                                            4u32 => break '__genfn_join4,
                                            7u32 => break '__genfn_join7,
                                            6u32 => break '__genfn_run3,
                                            _ => ::genfn::__private::resumed_in_state(__genfn_state),
                                        }
                                    }
                                    let __genfn_k: bool = match ::core::iter::Iterator::next(unsafe {
                                        __genfn_s.s0.second_mut().2.full_mut(__genfn_s.full[0], 8u8)
                                    }) {
                                        ::core::option::Option::Some(line) => {
                                            unsafe {
                                                __genfn_s
                                                    .s0
                                                    .second_mut()
                                                    .3
                                                    .first_mut()
                                                    .put(&mut __genfn_s.full[0], 16u8, 33u8, line)
                                            };
                                            true
                                        }
                                        ::core::option::Option::None => false,
                                    };
                                    if __genfn_k {
                                        __genfn_state = 3u32;
                                        break '__genfn_join3;
                                    } else {
                                        let __genfn_done: Result<usize, std::num::ParseIntError> = '__genfn_block2: {
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
                                            let mut count = unsafe {
                                                __genfn_s
                                                    .s0
                                                    .second_mut()
                                                    .1
                                                    .take_full(&mut __genfn_s.full[0], 4u8)
                                            };
                                            {
                                                let __genfn_return: Result<
                                                    usize,
                                                    std::num::ParseIntError,
                                                > = Ok(count);
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
                                let __genfn_done: Result<usize, std::num::ParseIntError> = '__genfn_block3: {
                                    let mut line = unsafe {
                                        __genfn_s
                                            .s0
                                            .second_mut()
                                            .3
                                            .first_mut()
                                            .take_full(&mut __genfn_s.full[0], 16u8)
                                    };
                                    if line.is_empty() {
                                        {
                                            {
                                                __genfn_state = 1u32;
                                                continue '__genfn_dispatch;
                                            }
                                        };
                                    }
                                    #[allow(unused_mut)]
                                    let n: u32 = match ::genfn::__private::Branch::branch(
                                        line.trim().parse(),
                                    ) {
                                        ::core::ops::ControlFlow::Continue(__genfn_continue) => {
                                            __genfn_continue
                                        }
                                        ::core::ops::ControlFlow::Break(__genfn_residual) => {
                                            let __genfn_return: Result<
                                                usize,
                                                std::num::ParseIntError,
                                            > = ::genfn::__private::FromResidual::from_residual(
                                                __genfn_residual,
                                            );
                                            break '__genfn_block3 __genfn_return;
                                        }
                                    };
                                    let __genfn_k: bool = if let Some(half) = n.checked_div(2)
                                        && half > 0
                                    {
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .3
                                                .second_mut()
                                                .put(&mut __genfn_s.full[0], 32u8, 17u8, half)
                                        };
                                        true
                                    } else {
                                        false
                                    };
                                    if __genfn_k {
                                        let mut half = unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .3
                                                .second_mut()
                                                .take_full(&mut __genfn_s.full[0], 32u8)
                                        };
                                        let __genfn_yielded: u32 = half;
                                        __genfn_s.state = 6u32;
                                        return ::genfn::__private::CoroutineState::Yielded(
                                            __genfn_yielded,
                                        );
                                    } else {
                                        unsafe {
                                            __genfn_s
                                                .s0
                                                .second_mut()
                                                .3
                                                .second_mut()
                                                .clear(&mut __genfn_s.full[0], 32u8)
                                        };
                                        __genfn_state = 4u32;
                                        break '__genfn_join4;
                                    }
                                };
                                __genfn_s.__genfn_drop_all();
                                __genfn_s.state = ::genfn::__private::state::COMPLETE;
                                return ::genfn::__private::CoroutineState::Complete(
                                    __genfn_done,
                                );
                            }
                            {
                                __genfn_state = 7u32;
                                break '__genfn_join7;
                            }
                        }
                        match __genfn_state {
                            6u32 => {
                                {
                                    { {} }
                                    unsafe {
                                        __genfn_s
                                            .s0
                                            .second_mut()
                                            .3
                                            .second_mut()
                                            .clear(&mut __genfn_s.full[0], 32u8)
                                    };
                                }
                                {
                                    __genfn_state = 7u32;
                                    break '__genfn_join7;
                                }
                            }
                            _ => ::genfn::__private::invalid_state(),
                        }
                    }
                    let mut count = unsafe {
                        __genfn_s
                            .s0
                            .second_mut()
                            .1
                            .take_full(&mut __genfn_s.full[0], 4u8)
                    };
                    {
                        {
                            {
                                count += 1;
                            }
                        }
                        unsafe {
                            __genfn_s
                                .s0
                                .second_mut()
                                .3
                                .first_mut()
                                .clear(&mut __genfn_s.full[0], 16u8)
                        };
                    }
                    {
                        unsafe {
                            __genfn_s
                                .s0
                                .second_mut()
                                .1
                                .put(&mut __genfn_s.full[0], 4u8, 1u8, count)
                        };
                        __genfn_state = 1u32;
                        continue '__genfn_dispatch;
                    }
                }
            },
        );
        __genfn_machine
    }
}
