fn main() {
    let _g = genfn::gen_! {
        let f = || yield 1;
        f();
        yield 2;
    };
}
