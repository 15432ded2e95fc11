use genfn::generator;

// A `macro_rules!` defined in a loop of a generator body that continues
// that loop by its label (httparse's `handle_invalid_char!` and
// `'headers`): moved out of the steps, its definition would not see the
// label. Rejected at the label.
#[generator(yield = u32)]
fn odd_skipped() {
    'outer: for i in 0..4 {
        macro_rules! skip_odd {
            ($i:expr) => {
                if $i % 2 == 1 {
                    continue 'outer;
                }
            };
        }
        yield_!(i);
        skip_odd!(i);
        yield_!(10 + i);
    }
}

fn main() {}
