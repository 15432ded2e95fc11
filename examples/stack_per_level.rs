//! How much stack one level of recursion takes when each level is a
//! generator driven to completion by a plain function, against the same
//! recursive-descent parser written as a plain function.
//!
//! `cargo run --example stack_per_level` (debug) and with `--release`.

use std::cell::RefCell;

use genfn::generator;

thread_local! {
    static FRAMES: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Records the address of a local of the caller's frame.
#[inline(never)]
fn mark() {
    let here = 0u8;
    let at = std::hint::black_box(&here) as *const u8 as usize;
    FRAMES.with(|f| f.borrow_mut().push(at));
}

fn take_distance() -> usize {
    FRAMES.with(|f| {
        let f = std::mem::take(&mut *f.borrow_mut());
        f[0].abs_diff(f[1])
    })
}

fn plain(s: &[u8], i: &mut usize) -> Result<u32, String> {
    mark();
    let mut n = 0;
    while *i < s.len() {
        let c = s[*i];
        *i += 1;
        match c {
            b'(' => n += plain(s, i)?,
            b')' => return Ok(n + 1),
            _ => n += format!("{c}").len() as u32,
        }
    }
    Ok(n)
}

#[generator(yield = ())]
fn generator_level(s: &[u8], i: &mut usize) -> Result<u32, String> {
    mark();
    let mut n = 0;
    while *i < s.len() {
        let c = s[*i];
        yield_!(());
        *i += 1;
        match c {
            b'(' => n += driven(s, i)?,
            b')' => return Ok(n + 1),
            _ => {
                let name = format!("{c}");
                yield_!(());
                n += name.len() as u32;
            }
        }
    }
    Ok(n)
}

fn driven(s: &[u8], i: &mut usize) -> Result<u32, String> {
    let mut g = generator_level(s, i);
    for () in g.by_ref() {}
    g.take_return().expect("completed")
}

fn main() {
    let input = b"((a))";
    let plain_result = plain(input, &mut 0);
    let plain_bytes = take_distance();
    let generator_result = driven(input, &mut 0);
    let generator_bytes = take_distance();
    assert_eq!(plain_result, generator_result);
    println!("stack per level: plain fn {plain_bytes} bytes, generator {generator_bytes} bytes");
}
