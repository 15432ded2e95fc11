use genfn::generator;

// A `return` that a macro's expansion holds completes a generator returning
// a `Result` or an `Option` only with an `Err(..)` or `None` (see the guide's
// Limitations): a `return Ok(..)` hidden in a macro (httparse's `complete!`)
// is rejected, reported at the `return`, under "in this macro invocation"
// on the call. (`tri!`'s `return Err(e)` works: tests/hidden_exits.rs.)
pub enum Status<T> {
    Complete(T),
    Partial,
}

macro_rules! complete {
    ($e:expr) => {
        match $e {
            Status::Complete(v) => v,
            Status::Partial => return Ok(Status::Partial),
        }
    };
}

#[generator(yield = u8)]
fn parse(input: Vec<Status<u8>>) -> Result<Status<u8>, String> {
    let mut last = 0;
    for s in input {
        last = complete!(s);
        yield_!(last);
    }
    Ok(Status::Complete(last))
}

fn main() {}
