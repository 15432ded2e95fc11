//! Shapes of real code (from copies of real crates' functions turned into
//! generators) that genfn once rejected or ran wrongly, each as the smallest
//! body that showed it, run and compared with what the plain function does.

use genfn::generator;

// A local that borrows from either of two parameters has a lifetime shorter
// than both: kept in the generator, it needs a lifetime the returned
// `impl Body` may capture (E0700 before).
#[generator(yield = u32)]
fn larger_of_named<'a, 'b>(a: &'a u32, b: &'b u32) {
    let m = if *a > *b { a } else { b };
    yield_!(*m);
    yield_!(*m + 1);
}

#[generator(yield = u32)]
fn larger_of_elided(a: &u32, b: &u32) -> u32 {
    let m = if *a > *b { a } else { b };
    yield_!(*m);
    *m * 10
}

fn pick<'t>(a: &'t str, b: &'t str) -> &'t str {
    if a.len() >= b.len() { a } else { b }
}

#[generator(yield = usize)]
fn longer_of_placeholders(a: &'_ str, b: std::borrow::Cow<'_, str>) {
    let m = pick(a, &b);
    yield_!(m.len());
    yield_!(m.len() + 1);
}

struct Named<'x> {
    first: &'x str,
}

impl<'x> Named<'x> {
    #[generator(yield = usize)]
    fn longer(&self, other: &str) {
        let m = if other.len() > self.first.len() {
            other
        } else {
            self.first
        };
        yield_!(m.len());
        yield_!(m.len() * 2);
    }
}

#[test]
fn a_borrow_of_either_of_two_parameters_is_kept_across_yields() {
    let (x, y) = (3, 7);
    assert_eq!(larger_of_named(&x, &y).collect::<Vec<_>>(), [7, 8]);
    let mut g = larger_of_elided(&y, &x);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [7]);
    assert_eq!(g.take_return(), Some(70));
    let owned = String::from("four");
    assert_eq!(
        longer_of_placeholders("ab", std::borrow::Cow::Borrowed(&owned)).collect::<Vec<_>>(),
        [4, 5]
    );
    let n = Named { first: "abc" };
    let other = String::from("abcdef");
    assert_eq!(n.longer(&other).collect::<Vec<_>>(), [6, 12]);
    assert_eq!(n.longer("a").collect::<Vec<_>>(), [3, 6]);
}
