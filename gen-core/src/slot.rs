//! The slot of a local kept across a suspension point: an `Option`-like cell
//! whose value is behind `MaybeUninit`.
//!
//! Why not `Option<T>`: a generator is an ordinary value that may be moved
//! into a function (`drop(gen)`, `iter.collect()`), and Rust's aliasing rules
//! then treat the references found in its fields as live for the whole call.
//! A slot holding a borrow of a kept-in-place local (`let r = &v;` across a
//! `yield_!`) would make freeing `v` during that call undefined behaviour.
//! `MaybeUninit` is a union, whose contents the aliasing rules do not look
//! into, so a slot may hold a reference that dangles later in the call.

use core::mem::MaybeUninit;

/// A local's slot: empty, or holding its value.
pub struct Slot<T> {
    value: MaybeUninit<T>,
    full: bool,
}

impl<T> Slot<T> {
    /// An empty slot.
    #[inline(always)]
    pub const fn new() -> Self {
        Slot {
            value: MaybeUninit::uninit(),
            full: false,
        }
    }

    /// A slot holding `value` (a parameter of the generator).
    #[inline(always)]
    pub const fn full(value: T) -> Self {
        Slot {
            value: MaybeUninit::new(value),
            full: true,
        }
    }

    /// Takes the value out, leaving the slot empty.
    #[inline(always)]
    pub fn take(&mut self) -> Option<T> {
        if self.full {
            self.full = false;
            // SAFETY: `full` says the value is initialised; clearing it first
            // makes this the value's only owner.
            Some(unsafe { self.value.assume_init_read() })
        } else {
            None
        }
    }

    /// Whether the slot holds a value.
    #[inline(always)]
    pub fn is_full(&self) -> bool {
        self.full
    }

    /// Stores a value, dropping the one it replaces.
    #[inline(always)]
    pub fn put(&mut self, value: T) {
        if core::mem::needs_drop::<T>() {
            self.clear();
        }
        self.value = MaybeUninit::new(value);
        self.full = true;
    }

    /// The value in place, for locals stepped where they are (iterators).
    #[inline(always)]
    pub fn as_mut(&mut self) -> Option<&mut T> {
        if self.full {
            // SAFETY: `full` says the value is initialised.
            Some(unsafe { self.value.assume_init_mut() })
        } else {
            None
        }
    }

    /// Drops the value, if any.
    #[inline(always)]
    pub fn clear(&mut self) {
        if self.full {
            self.full = false;
            // SAFETY: `full` said the value is initialised, and it is now
            // marked empty before the drop runs (a panicking destructor
            // cannot cause a second drop).
            unsafe { self.value.assume_init_drop() };
        }
    }
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Drop for Slot<T> {
    fn drop(&mut self) {
        self.clear();
    }
}

impl<T: Clone> Clone for Slot<T> {
    fn clone(&self) -> Self {
        if self.full {
            // SAFETY: `full` says the value is initialised.
            Slot::full(unsafe { self.value.assume_init_ref() }.clone())
        } else {
            Slot::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Slot;
    use alloc::rc::Rc;

    #[test]
    fn take_put_clear_drop_exactly_once() {
        let rc = Rc::new(());
        let mut slot = Slot::new();
        assert!(slot.take().is_none());
        slot.put(rc.clone());
        slot.put(rc.clone());
        assert_eq!(Rc::strong_count(&rc), 2);
        let taken = slot.take().unwrap();
        assert!(slot.take().is_none());
        slot.put(taken);
        let copy = slot.clone();
        assert_eq!(Rc::strong_count(&rc), 3);
        slot.clear();
        drop(copy);
        assert_eq!(Rc::strong_count(&rc), 1);
        let full = Slot::full(rc.clone());
        drop(full);
        assert_eq!(Rc::strong_count(&rc), 1);
    }
}
