fn main() {
    let g = genfn::gen_! {
        let v = vec![1u32, 2, 3];
        for x in &v {
            yield *x;
        }
    };
    let _h = g.clone();
}
