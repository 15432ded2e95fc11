//! The per-thread log of the drop and borrow tests. libtest runs each test
//! on its own thread; `Log::fresh()` also clears it.

#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;

pub type Shared = Rc<RefCell<Vec<String>>>;

thread_local! {
    pub static LOG: Shared = Rc::new(RefCell::new(Vec::new()));
}

/// Logs a marker (from inside a generator body, without mentioning a local).
pub fn mark(s: &str) {
    LOG.with(|l| l.borrow_mut().push(s.to_string()));
}

pub struct Log;

impl Log {
    /// Clears this thread's log.
    pub fn fresh() -> Log {
        LOG.with(|l| l.borrow_mut().clear());
        Log
    }
    /// The log so far, and clears it.
    pub fn take(&self) -> Vec<String> {
        LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
    }
    /// The log so far.
    pub fn all(&self) -> Vec<String> {
        LOG.with(|l| l.borrow().clone())
    }
}

/// Asserts the log equals `expected` and clears it.
#[allow(unused_macros)]
macro_rules! check {
    ($log:expr, [$($e:expr),* $(,)?]) => {{
        let got = $log.take();
        let want: Vec<String> = vec![$(String::from($e)),*];
        assert_eq!(got, want);
    }};
}

/// Like `check!`, ignoring the order.
#[allow(unused_macros)]
macro_rules! check_unordered {
    ($log:expr, [$($e:expr),* $(,)?]) => {{
        let mut got = $log.take();
        let mut want: Vec<String> = vec![$(String::from($e)),*];
        got.sort();
        want.sort();
        assert_eq!(got, want);
    }};
}

/// A value that logs its creation ("new x"), `touch` ("touch x") and drop
/// ("drop x") into this thread's log.
pub struct Guard(pub &'static str, pub Shared);

impl Guard {
    pub fn new(name: &'static str) -> Guard {
        let log = LOG.with(Rc::clone);
        log.borrow_mut().push(format!("new {name}"));
        Guard(name, log)
    }
    pub fn touch(&self) {
        self.1.borrow_mut().push(format!("touch {}", self.0));
    }
    pub fn name(&self) -> &'static str {
        self.0
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.1.borrow_mut().push(format!("drop {}", self.0));
    }
}
