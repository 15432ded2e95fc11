//! The storage of the locals kept across a suspension point.
//!
//! A local's [`Slot`] is a bare `MaybeUninit`: whether it holds a value is one
//! bit of a flag byte that the generated slots struct keeps for all its
//! slots, so that a `u64` local costs 8 bytes rather than 16. Locals whose
//! slots are never full at the same time share storage through [`Shared`], a
//! union: the macro's layout phase decides which, and [`Slot::put`] refuses to
//! fill a slot while a local it shares storage with is still held.
//!
//! Why `MaybeUninit` and not `Option<T>`: a generator is an ordinary value
//! that may be moved into a function (`drop(gen)`, `iter.collect()`), and
//! Rust's aliasing rules then treat the references found in its fields as
//! live for the whole call. A slot holding a borrow of a kept-in-place local
//! (`let r = &v;` across a `yield_!`) would make freeing `v` during that call
//! undefined behaviour. `MaybeUninit` is a union, whose contents the aliasing
//! rules do not look into, so a slot may hold a reference that dangles later
//! in the call.
//!
//! # The contract of the flag methods
//!
//! Every method taking `full` and `bit` is `unsafe`: the caller (the code the
//! macro generates) promises that
//! - `full` is the flag byte of the slots struct this slot belongs to and
//!   `bit` (one bit set) is this slot's own flag in it, the same at every call
//!   for this slot, and no other slot of the struct uses that bit;
//! - the flag is changed only by these methods (it starts clear, or the slot
//!   was filled by `put`);
//! - `others` (of `put`) holds the flags of every slot whose bytes overlap
//!   this one's (the other arms of the [`Shared`] unions it is in), all in
//!   the same byte.
//!
//! Given that, a set flag means the slot holds an initialised value: only
//! `put` sets it, after writing the value, and `put` panics instead of writing
//! while an overlapping slot is full, so at most one arm of each union is ever
//! in use.
//!
//! # Untracked slots (release builds)
//!
//! The macro's layout phase knows, at every `take_full`, `full_mut`, `put`
//! and `clear` it emits, whether the slot is full; the flags are needed for
//! two things only: knowing which values to drop (a slot whose fullness
//! depends on the path taken, or the drop of a suspended generator), and
//! checking that knowledge. A [`Slot`] of a type without drop glue needs
//! them for neither when nothing asks for its fullness at run time (the
//! macro gives a slot that is read with [`TrackedSlot::take`] or cloned the
//! type [`TrackedSlot`], which always keeps its flag). So in builds without
//! debug assertions, a `Slot<T>` whose `T` has no drop glue keeps no flag:
//! its methods read and write the value only, relying on the layout's proof
//! instead of checking it. Builds with debug assertions (the tests, the
//! differential tester, Miri) keep and check every flag, so that a mistake
//! of the layout is a panic ("genfn internal error") there rather than a
//! read of the wrong value. This takes the flag traffic out of the loops of
//! the state machine, where it cost more than the user's code (a stream of
//! integers: 46 instructions per item with flags, 22 without).

use core::mem::{ManuallyDrop, MaybeUninit};

/// Types made only of slots (a [`Slot`], a [`Shared`] union, tuples of
/// them): every bit pattern, initialised or not, is a valid value, and none
/// has drop glue. That is what makes the projections of [`Shared`] safe.
///
/// # Safety
/// Implementors must be valid for any bytes, including uninitialised ones,
/// and must not implement `Drop` or contain anything that does.
pub unsafe trait Storage {
    /// The storage with every slot empty.
    fn empty() -> Self;
}

/// A local's slot: its value when the local's flag is set, anything otherwise.
#[repr(transparent)]
pub struct Slot<T> {
    value: MaybeUninit<T>,
}

// SAFETY: a `MaybeUninit<T>` is valid for any bytes and has no drop glue.
unsafe impl<T> Storage for Slot<T> {
    #[inline(always)]
    fn empty() -> Self {
        Slot::new()
    }
}

/// Whether every slot keeps its flag (see "Untracked slots").
const TRACK_ALL: bool = cfg!(debug_assertions);

impl<T> Slot<T> {
    /// Whether this slot keeps no flag: a type without drop glue in a
    /// build without debug assertions (see "Untracked slots").
    #[inline(always)]
    const fn untracked() -> bool {
        !TRACK_ALL && !core::mem::needs_drop::<T>()
    }

    /// An empty slot.
    #[inline(always)]
    pub const fn new() -> Self {
        Slot {
            value: MaybeUninit::uninit(),
        }
    }

    /// Where the value goes (the storage of a return value kept by the
    /// machine, which overlaps slots; see `Frame`).
    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.value.as_mut_ptr()
    }

    /// Where the value is.
    #[inline(always)]
    pub fn as_ptr(&self) -> *const T {
        self.value.as_ptr()
    }

    /// Takes the value out, leaving the slot empty (by its flag: for a
    /// [`TrackedSlot`]).
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub(crate) unsafe fn take(&mut self, full: &mut u8, bit: u8) -> Option<T> {
        if *full & bit != 0 {
            *full &= !bit;
            // SAFETY: the flag was set, so the slot holds a value (module
            // docs); clearing it first makes this read the value's only owner.
            Some(unsafe { self.value.assume_init_read() })
        } else {
            None
        }
    }

    /// Takes out the value of a slot the layout proved full: with its flag
    /// kept, an empty slot is reported as a genfn bug
    /// ([`invalid_state`](crate::__private::invalid_state)) instead of
    /// read. One call per take keeps the generated code short.
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn take_full(&mut self, full: &mut u8, bit: u8) -> T {
        if Self::untracked() {
            // SAFETY: the layout proved the slot full here (the caller's
            // contract: this is a slot whose fullness the layout knows at
            // every use, else it would be a `TrackedSlot`); a type without
            // drop glue leaves nothing behind to drop.
            return unsafe { self.value.assume_init_read() };
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { self.take_full_tracked(full, bit) }
    }

    /// `take_full`, keeping and checking the flag.
    #[inline(always)]
    unsafe fn take_full_tracked(&mut self, full: &mut u8, bit: u8) -> T {
        // SAFETY: the caller's contract, passed on.
        match unsafe { self.take(full, bit) } {
            Some(value) => value,
            None => crate::__private::invalid_state(),
        }
    }

    /// Tells rustc that a local has this slot's type, where nothing else
    /// would: a slot whose only `put`s are of values such as `None`
    /// (`o = None;` after `let mut o = it.next();` in another state). Does
    /// nothing.
    #[inline(always)]
    pub fn same_type(&self, _: &T) {}

    /// Stores a value, dropping the one it replaces.
    ///
    /// # Panics
    /// When one of `others` is set: a slot this one shares storage with still
    /// holds its value (the layout phase makes that impossible; the check
    /// keeps a mistake there from overwriting a live value).
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn put(&mut self, full: &mut u8, bit: u8, others: u8, value: T) {
        if Self::untracked() {
            // Nothing to drop in the value it may replace, and no flag.
            self.value = MaybeUninit::new(value);
            return;
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { self.put_tracked(full, bit, others, value) }
    }

    /// `put`, keeping and checking the flags.
    #[inline(always)]
    unsafe fn put_tracked(&mut self, full: &mut u8, bit: u8, others: u8, value: T) {
        if *full & others != 0 {
            crate::__private::invalid_state();
        }
        if core::mem::needs_drop::<T>() {
            // SAFETY: the caller's contract, passed on.
            unsafe { self.clear_tracked(full, bit) };
        }
        self.value = MaybeUninit::new(value);
        *full |= bit;
    }

    /// The value in place, if its flag says there is one (for a
    /// [`TrackedSlot`]).
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub(crate) unsafe fn as_mut(&mut self, full: u8, bit: u8) -> Option<&mut T> {
        if full & bit != 0 {
            // SAFETY: the flag is set, so the slot holds a value.
            Some(unsafe { self.value.assume_init_mut() })
        } else {
            None
        }
    }

    /// `&mut` to the value of a slot the layout proved full, for a local
    /// stepped in place (iterators); with its flag kept, an empty slot is
    /// reported as a genfn bug.
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn full_mut(&mut self, full: u8, bit: u8) -> &mut T {
        if Self::untracked() {
            // SAFETY: as in `take_full`: the layout proved the slot full.
            return unsafe { self.value.assume_init_mut() };
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { self.full_mut_tracked(full, bit) }
    }

    /// `full_mut`, checking the flag.
    #[inline(always)]
    unsafe fn full_mut_tracked(&mut self, full: u8, bit: u8) -> &mut T {
        // SAFETY: the caller's contract, passed on.
        match unsafe { self.as_mut(full, bit) } {
            Some(value) => value,
            None => crate::__private::invalid_state(),
        }
    }

    /// The value, if its flag says there is one (for cloning the generator:
    /// a [`TrackedSlot`]).
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub(crate) unsafe fn get(&self, full: u8, bit: u8) -> Option<&T> {
        if full & bit != 0 {
            // SAFETY: the flag is set, so the slot holds a value.
            Some(unsafe { self.value.assume_init_ref() })
        } else {
            None
        }
    }

    /// Drops the value, if any.
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn clear(&mut self, full: &mut u8, bit: u8) {
        if Self::untracked() {
            // No flag, and nothing to drop.
            return;
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { self.clear_tracked(full, bit) }
    }

    /// `clear`, keeping the flag.
    #[inline(always)]
    unsafe fn clear_tracked(&mut self, full: &mut u8, bit: u8) {
        if *full & bit != 0 {
            *full &= !bit;
            // SAFETY: the flag was set, so the slot holds a value, and it is
            // now marked empty before the drop runs (a panicking destructor
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

/// A slot that keeps its flag in every build: the slot of a local whose
/// fullness depends on the path taken (read with [`take`](Self::take), as
/// for a `let x;` assigned in some branches), and every slot of a generator
/// that can be cloned (the clone copies the values the flags say are
/// there). Its methods are those of [`Slot`], always with the flag.
#[repr(transparent)]
pub struct TrackedSlot<T>(Slot<T>);

// SAFETY: a `Slot<T>` is `Storage`, and this is one (`repr(transparent)`).
unsafe impl<T> Storage for TrackedSlot<T> {
    #[inline(always)]
    fn empty() -> Self {
        TrackedSlot(Slot::new())
    }
}

impl<T> TrackedSlot<T> {
    /// Where the value goes (see [`Slot::as_mut_ptr`]).
    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.0.as_mut_ptr()
    }

    /// Where the value is.
    #[inline(always)]
    pub fn as_ptr(&self) -> *const T {
        self.0.as_ptr()
    }

    /// See [`Slot::same_type`].
    #[inline(always)]
    pub fn same_type(&self, _: &T) {}

    /// See [`Slot::take`].
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn take(&mut self, full: &mut u8, bit: u8) -> Option<T> {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.take(full, bit) }
    }

    /// See [`Slot::take_full`].
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn take_full(&mut self, full: &mut u8, bit: u8) -> T {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.take_full_tracked(full, bit) }
    }

    /// See [`Slot::put`].
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn put(&mut self, full: &mut u8, bit: u8, others: u8, value: T) {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.put_tracked(full, bit, others, value) }
    }

    /// See [`Slot::as_mut`].
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn as_mut(&mut self, full: u8, bit: u8) -> Option<&mut T> {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.as_mut(full, bit) }
    }

    /// See [`Slot::full_mut`].
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn full_mut(&mut self, full: u8, bit: u8) -> &mut T {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.full_mut_tracked(full, bit) }
    }

    /// See [`Slot::get`].
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn get(&self, full: u8, bit: u8) -> Option<&T> {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.get(full, bit) }
    }

    /// See [`Slot::clear`].
    ///
    /// # Safety
    /// See the module documentation.
    #[inline(always)]
    pub unsafe fn clear(&mut self, full: &mut u8, bit: u8) {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.0.clear_tracked(full, bit) }
    }
}

/// Storage shared by two groups of slots that are never in use at the same
/// time (nested for more: `Shared<A, Shared<B, C>>`).
pub union Shared<A, B> {
    first: ManuallyDrop<A>,
    second: ManuallyDrop<B>,
}

// SAFETY: a union of `Storage` types is valid for any bytes (so is each of
// its fields) and has no drop glue (`ManuallyDrop` fields, no `Drop` impl).
unsafe impl<A: Storage, B: Storage> Storage for Shared<A, B> {
    #[inline(always)]
    fn empty() -> Self {
        Shared {
            first: ManuallyDrop::new(A::empty()),
        }
    }
}

impl<A: Storage, B: Storage> Shared<A, B> {
    /// The first group's slots.
    #[inline(always)]
    pub fn first(&self) -> &A {
        // SAFETY: `A: Storage` is valid for whatever bytes the union holds
        // (whichever field was written last); `ManuallyDrop` is transparent.
        unsafe { &self.first }
    }

    /// The first group's slots.
    #[inline(always)]
    pub fn first_mut(&mut self) -> &mut A {
        // SAFETY: as in `first`; any bytes written through the reference
        // leave every field valid, since both are valid for any bytes.
        unsafe { &mut self.first }
    }

    /// The second group's slots.
    #[inline(always)]
    pub fn second(&self) -> &B {
        // SAFETY: as in `first`.
        unsafe { &self.second }
    }

    /// The second group's slots.
    #[inline(always)]
    pub fn second_mut(&mut self) -> &mut B {
        // SAFETY: as in `first_mut`.
        unsafe { &mut self.second }
    }
}

/// Tuples group the slots of locals that are in use at the same time inside
/// one arm of a [`Shared`].
macro_rules! tuple_storage {
    ($($t:ident),+) => {
        // SAFETY: a tuple of `Storage` types is valid for any bytes (each
        // field is; the padding may hold anything) and has no drop glue.
        unsafe impl<$($t: Storage),+> Storage for ($($t,)+) {
            #[inline(always)]
            fn empty() -> Self {
                ($($t::empty(),)+)
            }
        }
    };
}
tuple_storage!(A);
tuple_storage!(A, B);
tuple_storage!(A, B, C);
tuple_storage!(A, B, C, D);
tuple_storage!(A, B, C, D, E);
tuple_storage!(A, B, C, D, E, F);
tuple_storage!(A, B, C, D, E, F, G);
tuple_storage!(A, B, C, D, E, F, G, H);

/// Runs `drop_all` on `slots`, and once more if it panics (a destructor of one
/// of the locals): `drop_all` clears each flag before dropping its value, so
/// the second run drops exactly the locals the first one did not reach, as
/// Rust's own drop glue does for the fields of a struct.
#[inline]
pub fn drop_all_even_on_panic<S>(slots: &mut S, drop_all: fn(&mut S)) {
    struct Again<'a, S> {
        slots: &'a mut S,
        drop_all: fn(&mut S),
    }
    impl<S> Drop for Again<'_, S> {
        fn drop(&mut self) {
            (self.drop_all)(self.slots);
        }
    }
    let again = Again { slots, drop_all };
    (again.drop_all)(again.slots);
    core::mem::forget(again);
}

#[cfg(test)]
mod tests {
    use super::{Shared, Slot, Storage, TrackedSlot, drop_all_even_on_panic};
    use alloc::rc::Rc;

    #[test]
    fn take_put_clear_drop_exactly_once() {
        let rc = Rc::new(());
        let mut full = 0u8;
        let mut slot = Slot::new();
        // SAFETY (all calls): `full` is this slot's flag byte, bit 0b100 its
        // flag, and nothing else uses them.
        unsafe {
            assert!(slot.take(&mut full, 0b100).is_none());
            slot.put(&mut full, 0b100, 0, rc.clone());
            slot.put(&mut full, 0b100, 0, rc.clone());
            assert_eq!(full, 0b100);
            assert_eq!(Rc::strong_count(&rc), 2);
            let taken = slot.take(&mut full, 0b100).unwrap();
            assert!(slot.take(&mut full, 0b100).is_none());
            slot.put(&mut full, 0b100, 0, taken);
            assert!(slot.as_mut(full, 0b100).is_some());
            assert!(slot.get(full, 0b100).is_some());
            slot.clear(&mut full, 0b100);
            assert!(slot.get(full, 0b100).is_none());
            slot.clear(&mut full, 0b100);
        }
        assert_eq!(full, 0);
        assert_eq!(Rc::strong_count(&rc), 1);
    }

    #[test]
    fn shared_storage_holds_one_group_at_a_time() {
        let rc = Rc::new(());
        let mut full = 0u8;
        type Group = (Slot<Rc<()>>, TrackedSlot<u8>);
        let mut shared: Shared<TrackedSlot<u64>, Group> = Storage::empty();
        // SAFETY (all calls): bit 1 is the `u64`'s flag, bits 2 and 4 those of
        // the second group; the others masks name the overlapping slots.
        unsafe {
            shared.first_mut().put(&mut full, 1, 2 | 4, 7);
            assert_eq!(shared.first_mut().take(&mut full, 1), Some(7));
            shared.second_mut().0.put(&mut full, 2, 1, rc.clone());
            shared.second_mut().1.put(&mut full, 4, 1, 9);
            assert_eq!(shared.second().1.get(full, 4), Some(&9));
            assert_eq!(Rc::strong_count(&rc), 2);
            shared.second_mut().0.clear(&mut full, 2);
            shared.second_mut().1.clear(&mut full, 4);
        }
        assert_eq!(Rc::strong_count(&rc), 1);
    }

    #[test]
    #[should_panic(expected = "invalid generator state")]
    fn put_while_an_overlapping_slot_is_full_panics() {
        let mut full = 0u8;
        let mut shared: Shared<TrackedSlot<u64>, TrackedSlot<u32>> = Storage::empty();
        // SAFETY: bits 1 and 2 are the two slots' flags.
        unsafe {
            shared.first_mut().put(&mut full, 1, 2, 7);
            shared.second_mut().put(&mut full, 2, 1, 8);
        }
    }

    // A `Slot` of a type without drop glue keeps its flag only in builds
    // with debug assertions; a `TrackedSlot` always does.
    #[test]
    fn untracked_slots_keep_no_flag_without_debug_assertions() {
        let mut full = 0u8;
        let mut plain: Slot<u64> = Slot::new();
        let mut tracked: TrackedSlot<u64> = TrackedSlot::empty();
        let mut owned: Slot<Rc<()>> = Slot::new();
        let rc = Rc::new(());
        // SAFETY (all calls): bits 1, 2 and 4 are the three slots' flags,
        // each slot is full where it is read.
        unsafe {
            plain.put(&mut full, 1, 0, 5);
            tracked.put(&mut full, 2, 0, 6);
            owned.put(&mut full, 4, 0, rc.clone());
            let expected = if cfg!(debug_assertions) {
                1 | 2 | 4
            } else {
                2 | 4
            };
            assert_eq!(full, expected);
            *plain.full_mut(full, 1) += 1;
            assert_eq!(plain.take_full(&mut full, 1), 6);
            assert_eq!(tracked.take_full(&mut full, 2), 6);
            assert_eq!(full, 4);
            plain.clear(&mut full, 1);
            owned.clear(&mut full, 4);
        }
        assert_eq!(full, 0);
        assert_eq!(Rc::strong_count(&rc), 1);
    }

    #[test]
    fn a_panicking_destructor_does_not_leak_the_others() {
        struct Bomb;
        impl Drop for Bomb {
            fn drop(&mut self) {
                panic!("bomb");
            }
        }
        struct Two {
            full: u8,
            rc: Slot<Rc<()>>,
            bomb: Slot<Bomb>,
        }
        fn drop_all(s: &mut Two) {
            // SAFETY: bits 1 and 2 are the slots' flags.
            unsafe {
                s.bomb.clear(&mut s.full, 2);
                s.rc.clear(&mut s.full, 1);
            }
        }
        let rc = Rc::new(());
        let mut two = Two {
            full: 0,
            rc: Slot::new(),
            bomb: Slot::new(),
        };
        // SAFETY: as in `drop_all`.
        unsafe {
            two.rc.put(&mut two.full, 1, 0, rc.clone());
            two.bomb.put(&mut two.full, 2, 0, Bomb);
        }
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            drop_all_even_on_panic(&mut two, drop_all)
        }));
        assert!(result.is_err());
        assert_eq!(two.full, 0);
        assert_eq!(Rc::strong_count(&rc), 1);
    }
}
