use genfn::{gen_, generator};

// A `macro_rules!` defined in a generator body is moved out of the steps
// with the body's other items, so a name of the body its expansion uses
// would resolve elsewhere: in the inline generator below, to the outer `n`
// (yielding 2 where Rust yields 8). Rejected at the name.
fn inline() {
    let n = 1u32;
    let _g = gen_!(move {
        let n = 4u32;
        macro_rules! twice {
            () => {
                n * 2
            };
        }
        yield twice!();
    });
}

#[generator(yield = u32)]
fn param(n: u32) {
    macro_rules! twice {
        () => {
            n * 2
        };
    }
    yield_!(twice!());
}

// The macro's own bindings are its business.
#[generator(yield = u32)]
fn own_binding(b: u32) {
    macro_rules! plus_one {
        ($e:expr) => {{
            let b = $e;
            b + 1
        }};
    }
    yield_!(plus_one!(b));
}


// Also in a block without a suspension point, which stays in place: the
// analysis does not see the mention, and may leave `n` in its slot there.
#[generator(yield = u32)]
fn inner_block(n: u32) {
    yield_!(1);
    let x = {
        macro_rules! t {
            () => {
                n * 2
            };
        }
        t!()
    };
    yield_!(x);
}

fn main() {}
