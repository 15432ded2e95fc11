// `gen_!{}` infers its yield type: a reference to its own local still cannot
// leave it.
fn main() {
    let g = genfn::gen_! {
        let v = String::from("a");
        let k = &v;
        yield &v;
        yield k;
    };
    let first: Vec<_> = g.collect();
    println!("{first:?}");
}
