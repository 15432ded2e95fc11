// `gen_!` is a sync generator: `.await` needs `async_gen_!`.
use genfn::gen_;

fn main() {
    let _ = gen_! {
        let v = std::future::ready(1).await;
        yield v;
    };
}
