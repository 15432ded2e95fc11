// A statement that calls a macro which may `continue` a loop that suspends
// runs inside a loop of one iteration: a move in that same statement of a
// local declared before it in the loop's body is rejected (documented in
// the guide's Limitations; `let n = or_skip!(o); consume(s, n)` works).
use genfn::generator;

macro_rules! or_skip {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => continue,
        }
    };
}

fn consume(s: String, n: u32) -> u32 {
    s.len() as u32 + n
}

#[generator(yield = u32)]
fn lengths(input: Vec<Option<u32>>) {
    for o in input {
        yield_!(0);
        let s = String::from("ab");
        let n = consume(s, or_skip!(o));
        yield_!(n);
    }
}

fn main() {
    let _ = lengths(vec![Some(1)]).count();
}
