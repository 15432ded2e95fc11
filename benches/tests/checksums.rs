//! Every implementation of a workload computes the same checksum (small
//! sizes; the bench's `main` checks the full sizes before timing).

#[test]
fn checksums_agree() {
    genfn_benches::check_all(1000, 50, 8, 1000, 10_000);
}

#[test]
fn tree_walk_is_in_order() {
    let tree = genfn_benches::make_tree(3);
    let walked: Vec<u64> = genfn_benches::genfn_impl::walk(&tree, 0).collect();
    let expect: Vec<u64> = [3, 1, 4, 0, 5, 2, 6].iter().map(|&i| tree[i]).collect();
    assert_eq!(walked, expect);
}

#[test]
fn stream_checksums_agree() {
    genfn_benches::streams::check_all(1000);
}
