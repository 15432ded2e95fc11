use genfn::generator;

fn make() -> Option<String> {
    Some("abc".into())
}

// A `match`'s temporary scrutinee lives to the end of the statement, as in
// Rust: a borrow of it cannot be used after it.
#[generator(yield = usize)]
fn escapes() {
    let s: &String;
    match make() {
        Some(ref x) => {
            s = x;
            yield_!(0);
        }
        None => return,
    }
    yield_!(s.len());
}

// The same for an `if let`, whose temporary lives to the end of its block.
#[generator(yield = usize)]
fn escapes_if_let() {
    let s: &String;
    if let Some(ref x) = make() {
        s = x;
        yield_!(0);
    } else {
        return;
    }
    yield_!(s.len());
}

fn main() {}
