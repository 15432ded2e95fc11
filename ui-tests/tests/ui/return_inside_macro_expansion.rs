use genfn::generator;

// A `return` that a macro's expansion holds cannot complete a generator (see
// the guide's Limitations): rustc reports it at the `return`, under "in this
// macro invocation" on the call.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(e),
        }
    };
}

#[generator(yield = i32)]
fn parse_all(words: Vec<&'static str>) -> Result<(), std::num::ParseIntError> {
    for w in words {
        let v: i32 = tri!(w.parse::<i32>());
        yield_!(v);
    }
    Ok(())
}

fn main() {}
