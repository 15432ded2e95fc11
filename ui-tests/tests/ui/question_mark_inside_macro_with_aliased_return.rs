use genfn::generator;

// A `?` that a macro's expansion holds completes a generator whose return
// type is written `Result<..>` or `Option<..>` (see the guide's
// Limitations); behind an alias of another name the macro cannot tell, and
// rustc reports the `?`, under "in this macro invocation" on the call. (A
// `?` in the macro's arguments is the body's own, and works.)
macro_rules! q {
    ($e:expr) => {
        $e?
    };
}

type Parsed<T> = Result<T, std::num::ParseIntError>;

#[generator(yield = i32)]
fn parse_all(words: Vec<&'static str>) -> Parsed<()> {
    for w in words {
        let v: i32 = q!(w.parse::<i32>());
        yield_!(v);
        let u: i32 = dbg!(w.parse::<i32>()?);
        yield_!(u);
    }
    Ok(())
}

fn main() {}
