#[allow(refining_impl_trait)]
fn evens(
    &self,
    mut n: usize,
    (lo, hi): (u64, u64),
) -> ::genfn::__private::Gen<
    impl ::genfn::__private::Body<Resume = (), Yield = u64, Return = usize>,
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
        let items = vec![lo, hi, self.base];
        for x in &items {
            if *x % 2 == 0 {
                {
                    let __genfn_yielded: u64 = *x;
                    caller.yield_(__genfn_yielded)
                };
            }
        }
        n += items.len();
        {
            let __genfn_return: usize = n;
            __genfn_return
        }
    };
    {
        ::genfn::__private::Machine::new(
            ::genfn::__private::StubFrame::new(),
            |
                _: &mut _,
                _: ::genfn::__private::Arg<()>,
            | -> ::genfn::__private::CoroutineState<u64, usize> {
                ::core::unreachable!()
            },
        )
    }
}
