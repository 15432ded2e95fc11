use genfn::generator;

// A `?` that a macro's expansion holds cannot complete a generator (see the
// guide's Limitations): rustc reports it at the `?`, under "in this macro
// invocation" on the call. (A `?` in the macro's arguments is the body's own,
// and works.)
macro_rules! q {
    ($e:expr) => {
        $e?
    };
}

#[generator(yield = i32)]
fn parse_all(words: Vec<&'static str>) -> Result<(), std::num::ParseIntError> {
    for w in words {
        let v: i32 = q!(w.parse::<i32>());
        yield_!(v);
        let u: i32 = dbg!(w.parse::<i32>()?);
        yield_!(u);
    }
    Ok(())
}

fn main() {}
