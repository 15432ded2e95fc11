// Struct update syntax moves the fields it does not name out of the place:
// out of a kept-in-place local, that is a partial move, rejected as such.
use genfn::generator;

struct Named {
    name: String,
    tag: String,
}

#[generator(yield = usize)]
fn renamed() -> Named {
    let v = Named {
        name: String::from("a"),
        tag: String::from("t"),
    };
    let r = &v;
    yield_!(r.name.len());
    std::hint::black_box(r); // `r` lives across the yield: `v` is kept in place
    Named {
        name: String::from("b"),
        ..v
    }
}

fn main() {
    let _ = renamed().count();
}
