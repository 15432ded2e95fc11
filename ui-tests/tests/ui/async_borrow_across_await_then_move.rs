// The copy of an async body that rustc borrow-checks is an `async` block:
// a future that borrows a local across an `.await` keeps the local borrowed,
// so moving the local meanwhile is rejected, as in an `async fn`.
use genfn::generator;

async fn fill(buf: &mut Vec<u8>) -> usize {
    buf.push(1);
    buf.len()
}

#[generator(yield = usize)]
async fn reads() {
    let mut buf = Vec::new();
    let pending = fill(&mut buf);
    let moved = buf;
    yield_!(pending.await);
    drop(moved);
}

fn main() {
    let _ = reads();
}
