use genfn::generator;

// A kept reference parameter given to a macro by name is a reborrow of it,
// which the shadow makes too: a mutable one while a shared borrow of the
// same data is alive across the yield is rejected, as in the function.
macro_rules! first_mut {
    ($v:ident) => {
        $v.first_mut()
    };
}

#[generator(yield = ())]
fn f(v: &mut Vec<u8>) -> usize {
    let it = v.iter();
    yield_!(());
    let x = first_mut!(v);
    let n = it.count();
    if let Some(x) = x {
        *x = 1;
    }
    n
}

fn main() {}
