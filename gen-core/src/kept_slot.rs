//! Slots for locals that are borrowed across a suspension point: the value
//! lives in a heap allocation whose address never changes while it is set, so
//! a sync generator can be moved between resumes (it stays `Unpin`) while
//! borrows of the local, held in other slots, stay valid.
//!
//! The generated code reaches such a local only through the raw pointer that
//! `KeptSlot::set` and `KeptSlot::ptr` return: every mention `x` of the user's
//! code becomes the place `(*x)`, so the kind of borrow taken (shared or
//! mutable) is exactly the user's, and nothing asserts uniqueness over the
//! allocation. Soundness of those accesses comes from the shadow (see the
//! macro's `shadow` module): rustc borrow-checks the same operations on
//! ordinary locals.

#[cfg(feature = "alloc")]
use alloc::boxed::Box;
use core::cell::{Cell, UnsafeCell};
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::ptr::NonNull;

/// The heap cell of a `KeptSlot`. `value` comes first (`repr(C)`), so that a
/// pointer to the value is also a pointer to the cell.
#[repr(C)]
struct KeptCell<T> {
    value: MaybeUninit<T>,
    /// Whether `value` holds a value (it may have been moved out).
    full: Cell<bool>,
}

/// A slot that keeps its local at a fixed address.
pub struct KeptSlot<T> {
    cell: Option<NonNull<KeptCell<T>>>,
    owns: PhantomData<T>,
}

// SAFETY: a `KeptSlot<T>` owns a `T` (through a private allocation nobody else
// frees); sending or sharing it is sending or sharing that `T`. The raw
// pointers the generated code derives from it live only within one resume of
// the generator that owns the slot.
unsafe impl<T: Send> Send for KeptSlot<T> {}
// SAFETY: as above; `&KeptSlot<T>` gives no access to the value by itself.
unsafe impl<T: Sync> Sync for KeptSlot<T> {}

impl<T> Default for KeptSlot<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(feature = "alloc")]
impl<T> KeptSlot<T> {
    /// An empty slot (no allocation yet).
    pub const fn new() -> Self {
        KeptSlot {
            cell: None,
            owns: PhantomData,
        }
    }

    /// A slot holding `value` (a parameter of the generator).
    pub fn with(value: T) -> Self {
        let mut slot = Self::new();
        slot.set(value);
        slot
    }

    /// The cell, allocated (empty) on first use.
    fn cell(&mut self) -> NonNull<KeptCell<T>> {
        match self.cell {
            Some(cell) => cell,
            None => {
                let boxed = Box::new(KeptCell {
                    value: MaybeUninit::uninit(),
                    full: Cell::new(false),
                });
                // `Box::into_raw` gives up the box's uniqueness: from here on
                // only raw pointers reach the allocation.
                let cell = NonNull::new(Box::into_raw(boxed)).expect("Box::into_raw is never null");
                self.cell = Some(cell);
                cell
            }
        }
    }

    /// Stores the value of the local when it is declared, and returns the
    /// pointer through which the generated code reaches it. Reuses the
    /// allocation of a previous declaration (a loop iteration).
    pub fn set(&mut self, value: T) -> *mut T {
        let cell = self.cell();
        // A previous value is dropped at the end of its scope (`clear`); drop
        // one left over in case a scope end was skipped by a panic.
        // SAFETY: the cell is ours and alive; no borrow of the old value is
        // live at a new declaration (the shadow proves it).
        unsafe { drop_value(cell) };
        let ptr = cell.as_ptr();
        // SAFETY: `ptr` points to our live allocation; writing through the raw
        // pointer creates no reference that could conflict with others.
        unsafe {
            (&raw mut (*ptr).value).cast::<T>().write(value);
            (*ptr).full.set(true);
        }
        ptr.cast::<T>()
    }

    /// The pointer to the value of a slot made by `with` (a closure's own
    /// copy of a local, [`Captured::Owned`]).
    #[inline(always)]
    pub fn value_ptr(&self) -> *mut T {
        match self.cell {
            Some(cell) => cell.as_ptr().cast::<T>(),
            None => unreachable!("a slot made by `KeptSlot::with` has its cell"),
        }
    }

    /// The pointer to the value, for a block that mentions the local. A local
    /// declared without a value (`let v;`) gets its (empty) cell here; it is
    /// filled by `kept_assign`.
    pub fn ptr(&mut self) -> *mut T {
        self.cell().as_ptr().cast::<T>()
    }

    /// Drops the value (the end of the local's scope), keeping the
    /// allocation for a next declaration.
    pub fn clear(&mut self) {
        if let Some(cell) = self.cell {
            // SAFETY: the cell is ours and alive; at the end of the local's
            // scope no borrow of it is live (the shadow proves it, and
            // borrowers declared later are dropped first).
            unsafe { drop_value(cell) };
        }
    }
}

/// Drops the value in `cell` if there is one.
///
/// # Safety
/// `cell` must be a live `KeptCell` with no live borrow of its value.
unsafe fn drop_value<T>(cell: NonNull<KeptCell<T>>) {
    let ptr = cell.as_ptr();
    // SAFETY: per the contract, `ptr` is live and unborrowed; `full` says
    // whether `value` is initialised, and is cleared before the drop runs so
    // that a panicking destructor cannot cause a second drop.
    unsafe {
        if (*ptr).full.replace(false) {
            (&raw mut (*ptr).value).cast::<T>().drop_in_place();
        }
    }
}

impl<T> Drop for KeptSlot<T> {
    fn drop(&mut self) {
        if let Some(cell) = self.cell.take() {
            // SAFETY: the slot is being dropped with the generator: its
            // scope is over, no borrow of the value is live.
            unsafe { drop_value(cell) };
            #[cfg(feature = "alloc")]
            // SAFETY: the allocation came from `Box::into_raw` in `set` and is
            // freed once, here; `KeptCell` has no drop glue of its own (the
            // value is `MaybeUninit`).
            drop(unsafe { Box::from_raw(cell.as_ptr()) });
        }
    }
}

/// Moves the value out of a kept-in-place local (`let w = x;`, `f(x)`): a
/// bitwise read, after which the slot no longer drops the value if it has
/// drop glue. For `Copy` types (which have none) this is a copy.
///
/// # Safety
/// `ptr` must come from `KeptSlot::set`/`ptr` of a slot whose value is set,
/// with no live borrow of it; after a move (a type with drop glue), the value
/// must not be used again until it is assigned. The shadow proves both: the
/// same read of the user's local is a move there.
pub unsafe fn kept_read<T>(ptr: *mut T) -> T {
    // SAFETY: see the contract; the value is initialised and unborrowed.
    unsafe {
        let value = ptr.read();
        if core::mem::needs_drop::<T>() {
            (*ptr.cast::<KeptCell<T>>()).full.set(false);
        }
        value
    }
}

/// Assigns a whole kept-in-place local (`x = value;`), dropping the previous
/// value if it was not moved out.
///
/// # Safety
/// As for `kept_read`: `ptr` comes from a live slot and no borrow of the value
/// is live (the shadow proves it for the same assignment).
pub unsafe fn kept_assign<T>(ptr: *mut T, value: T) {
    // SAFETY: see the contract.
    unsafe {
        let cell = ptr.cast::<KeptCell<T>>();
        if (*cell).full.replace(false) {
            ptr.drop_in_place();
        }
        ptr.write(value);
        (*cell).full.set(true);
    }
}

/// A shared reference to a kept-in-place local, for the macro invocations
/// of one statement (`let v_in_macro = kept_ref(v);`): the macro's tokens
/// use it in place of the local.
///
/// # Safety
/// `ptr` must come from a live slot whose value is set, and the reference
/// must be used as the shadow uses the same reference to the local itself
/// (`let v_in_macro = &v;` around the same statement, with the same tokens):
/// rustc has then checked that the local holds a value, that no `&mut` to it
/// is alive while the reference or anything derived from it is, and that
/// none of it outlives the local.
pub unsafe fn kept_ref<'a, T>(ptr: *mut T) -> &'a T {
    // SAFETY: see the function's contract.
    unsafe { &*ptr }
}

/// A unique reference to a kept-in-place local, for the macro invocations
/// of one statement that may mutate it.
///
/// # Safety
/// As for [`kept_ref`], the shadow making the same `&mut` to the local, so
/// that no other reference to the value is alive while this one is.
pub unsafe fn kept_mut<'a, T>(ptr: *mut T) -> &'a mut T {
    // SAFETY: see the function's contract.
    unsafe { &mut *ptr }
}

/// What a non-`move` closure or `async` block captures for a kept-in-place
/// local it mentions without moving it: a reference to the value's place,
/// through which the closure reaches the local when it runs
/// ([`KeptCapture::ptr`]). The closure captures the place behind the
/// reference (a reborrow), not the step's pointer variable, so it may
/// outlive the step that made it, as the same closure outlives a statement
/// in Rust (a closure kept across a suspension point, an iterator adapter
/// holding one).
///
/// The closure accesses the local only where the user's closure does (the
/// same code, each mention a place `(*x)`), and only while the shadow's
/// closure, which borrows the local itself, may still be called: rustc has
/// checked there that the borrows the closure captures are alive and
/// conflict with nothing for that whole time. The `UnsafeCell` makes the
/// reference claim no immutability of the value: the closure may write
/// through it (a closure that mutates the local), and other code may write
/// to the local while the closure lives and is no longer called.
#[repr(transparent)]
pub struct KeptCapture<T>(UnsafeCell<T>);

// SAFETY: a closure holding `&KeptCapture<T>` reads (as `&T`) or writes (as
// `&mut T`) the value, as the closure of the shadow may, whose captured `&T`
// is `Send` when `T: Sync` and `&mut T` when `T: Send`. Requiring both covers
// either kind of access.
unsafe impl<T: Send + Sync> Sync for KeptCapture<T> {}

impl<T> KeptCapture<T> {
    /// The pointer to the local, for the code of the closure.
    #[inline(always)]
    pub fn ptr(&self) -> *mut T {
        self.0.get()
    }
}

/// The reference a non-`move` closure captures for kept-in-place local
/// `ptr` (`let v = kept_capture(v);` around the closure, `let v =
/// KeptCapture::ptr(&*v);` first in its body).
///
/// # Safety
/// `ptr` must come from `KeptSlot::set`/`ptr` of a live slot whose value is
/// set, and the code given the reference must access the value only as the
/// shadow's closure, which captures the local itself, does: rustc has then
/// checked that the value is there and unborrowed whenever the closure
/// reaches it, and that the closure does not outlive the local. (The
/// allocation outlives the value: a reference left in a dead closure after
/// the local's scope ends points into it.)
#[inline(always)]
pub unsafe fn kept_capture<'a, T>(ptr: *mut T) -> &'a KeptCapture<T> {
    // SAFETY: `KeptCapture<T>` is `repr(transparent)` over `UnsafeCell<T>`,
    // which has the layout of `T`; `ptr` points to a live, set value (see
    // the function's contract).
    unsafe { &*ptr.cast::<KeptCapture<T>>() }
}

/// What a closure the generator makes `move` captures for a kept-in-place
/// local that the user's closure (not `move`) uses by value somewhere
/// (`|e| add(e, k)`, `|| drop(v)`): Rust captures such a local by reference
/// if its type is `Copy` and by value otherwise, which only the type tells.
/// [`CaptureCopy`] and [`CaptureMove`] choose, as rustc does for the user's
/// closure, between a reference to the local's place and the value, moved
/// out of its slot when the closure is made and owned by the closure.
pub enum Captured<'a, T> {
    /// A `Copy` local: reached where it lies, as the user's closure
    /// borrows it.
    Place(&'a KeptCapture<T>),
    /// Any other type: the value, moved into the closure.
    Owned(KeptSlot<T>),
}

impl<T> Captured<'_, T> {
    /// The pointer through which the closure's code reaches the local.
    #[inline(always)]
    pub fn ptr(&self) -> *mut T {
        match self {
            Captured::Place(place) => place.ptr(),
            Captured::Owned(slot) => slot.value_ptr(),
        }
    }
}

/// The kept-in-place local a closure captures (its pointer): the receiver
/// of [`CaptureCopy::capture`] and [`CaptureMove::capture`], called as
/// `(&CaptureOf(x)).capture()` with both traits in scope. Method lookup
/// tries the receiver's own type (`&CaptureOf<T>`, `CaptureCopy`, which
/// applies only when `T: Copy`) before an added reference
/// (`&&CaptureOf<T>`, `CaptureMove`), so the choice is rustc's own for the
/// same type: where `T` is a type parameter not bound by `Copy`, a move, as
/// in the user's closure.
pub struct CaptureOf<T>(pub *mut T);

/// See [`CaptureOf`]: a `Copy` local, captured by reference.
pub trait CaptureCopy<'a, T> {
    /// # Safety
    /// As for [`kept_capture`].
    unsafe fn capture(&self) -> Captured<'a, T>;
}

impl<'a, T: Copy> CaptureCopy<'a, T> for CaptureOf<T> {
    #[inline(always)]
    unsafe fn capture(&self) -> Captured<'a, T> {
        // SAFETY: the caller's (`kept_capture`'s contract).
        Captured::Place(unsafe { kept_capture(self.0) })
    }
}

/// See [`CaptureOf`]: any other local, moved into the closure.
pub trait CaptureMove<'a, T> {
    /// # Safety
    /// As for [`kept_read`]: the shadow's closure, the user's, moves the
    /// local when it is made.
    unsafe fn capture(&self) -> Captured<'a, T>;
}

impl<'a, T> CaptureMove<'a, T> for &CaptureOf<T> {
    #[inline]
    unsafe fn capture(&self) -> Captured<'a, T> {
        // SAFETY: the caller's (`kept_read`'s contract).
        Captured::Owned(KeptSlot::with(unsafe { kept_read(self.0) }))
    }
}

/// For a closure the generator cannot make `move` (it also captures a local
/// that is not kept in place) and that uses a kept-in-place local by value:
/// the value, moved out of its slot when the closure is made (Rust moves
/// it into the closure then). A `Copy` local is rejected with a message
/// ([`CaptureCopy`]'s counterpart here requires [`UsedByValueInClosure`]):
/// Rust would capture it by reference, which a closure that captures the
/// moved value cannot do past the statement.
pub trait TakeCopy<T> {
    /// # Safety
    /// As for [`kept_read`].
    unsafe fn take(&self) -> T
    where
        T: UsedByValueInClosure;
}

impl<T: Copy> TakeCopy<T> for CaptureOf<T> {
    #[inline(always)]
    unsafe fn take(&self) -> T
    where
        T: UsedByValueInClosure,
    {
        // SAFETY: the caller's.
        unsafe { kept_read(self.0) }
    }
}

/// See [`TakeCopy`].
pub trait TakeMove<T> {
    /// # Safety
    /// As for [`kept_read`].
    unsafe fn take(&self) -> T;
}

impl<T> TakeMove<T> for &CaptureOf<T> {
    #[inline(always)]
    unsafe fn take(&self) -> T {
        // SAFETY: the caller's.
        unsafe { kept_read(self.0) }
    }
}

/// Implemented for no type: the error of [`TakeCopy`].
#[diagnostic::on_unimplemented(
    message = "a closure uses this `{Self}` by value, and it is borrowed across a suspension point",
    label = "used by value in a closure that also captures a local of the code around it (a closure parameter, a local of an inner block)",
    note = "the generator keeps this local in place, and cannot give the closure both it and the other local: bind it to a new local before the statement that makes the closure (`let n2 = n;`) and use that one in the closure"
)]
pub trait UsedByValueInClosure {}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::rc::Rc;
    use alloc::vec::Vec;
    use core::cell::RefCell;

    struct Noisy(u32, Rc<RefCell<Vec<u32>>>);
    impl Drop for Noisy {
        fn drop(&mut self) {
            self.1.borrow_mut().push(self.0);
        }
    }

    #[test]
    fn set_reaches_the_value_through_the_pointer_and_clear_drops_it() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut slot = KeptSlot::new();
        let p = slot.set(Noisy(1, log.clone()));
        // SAFETY: `p` comes from `set` and nothing else borrows the value.
        assert_eq!(unsafe { (*p).0 }, 1);
        assert_eq!(slot.ptr(), p);
        slot.clear();
        assert_eq!(*log.borrow(), [1]);
        // The allocation is reused by the next declaration.
        let q = slot.set(Noisy(2, log.clone()));
        assert_eq!(p, q);
        drop(slot);
        assert_eq!(*log.borrow(), [1, 2]);
    }

    #[test]
    fn a_borrow_through_the_pointer_survives_moving_the_slot() {
        let mut slot = KeptSlot::new();
        let p = slot.set(alloc::vec![1u32, 2, 3]);
        // SAFETY: the only access to the value goes through `p`.
        let first: &u32 = unsafe { &(&(*p))[0] };
        let moved = slot;
        assert_eq!(*first, 1);
        drop(moved);
    }

    #[test]
    fn read_moves_out_and_the_slot_no_longer_drops() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut slot = KeptSlot::new();
        let p = slot.set(Noisy(7, log.clone()));
        // SAFETY: the value is set and unborrowed; it is not used afterwards.
        let v = unsafe { kept_read(p) };
        slot.clear();
        assert!(log.borrow().is_empty());
        drop(v);
        assert_eq!(*log.borrow(), [7]);
        drop(slot);
        assert_eq!(*log.borrow(), [7]);
    }

    #[test]
    fn a_capture_reaches_the_place_and_a_closure_holding_it_outlives_the_pointer() {
        let mut slot = KeptSlot::with(alloc::vec![1u32]);
        let f = {
            let p = slot.ptr();
            // SAFETY: the value is set; only the closure uses it meanwhile.
            let p = unsafe { kept_capture(p) };
            move |x: u32| {
                let p = KeptCapture::ptr(p);
                // SAFETY: as above.
                unsafe {
                    (*p).push(x);
                    (*p).len()
                }
            }
        };
        assert_eq!(f(2), 2);
        assert_eq!(f(3), 3);
        let p = slot.ptr();
        // SAFETY: the closure is not used again.
        assert_eq!(unsafe { &*p }, &[1, 2, 3]);
    }

    #[test]
    // `&CaptureOf(..)` as the generated code writes it: the choice of trait
    // depends on it.
    #[allow(clippy::needless_borrow)]
    fn capture_by_type_borrows_a_copy_local_and_moves_any_other() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut copy = KeptSlot::with(5u64);
        let mut owned = KeptSlot::with(Noisy(1, log.clone()));
        let (copy_ptr, owned_ptr) = (copy.ptr(), owned.ptr());
        // SAFETY: both values are set and unborrowed.
        let (c, o) = unsafe {
            (
                (&CaptureOf(copy_ptr)).capture(),
                (&CaptureOf(owned_ptr)).capture(),
            )
        };
        assert!(matches!(c, Captured::Place(_)) && c.ptr() == copy_ptr);
        assert!(matches!(o, Captured::Owned(_)) && o.ptr() != owned_ptr);
        // The local's slot no longer holds the value: the capture does.
        owned.clear();
        copy.clear();
        assert!(log.borrow().is_empty());
        drop(c);
        drop(o);
        assert_eq!(*log.borrow(), [1]);

        // Moved out of the capture, the value is not dropped again.
        let mut owned = KeptSlot::with(Noisy(2, log.clone()));
        let owned_ptr = owned.ptr();
        // SAFETY: set and unborrowed; the capture's value is read once.
        let taken = unsafe {
            let o = (&CaptureOf(owned_ptr)).capture();
            let v = kept_read(o.ptr());
            drop(o);
            v
        };
        assert_eq!(*log.borrow(), [1]);
        drop(taken);
        assert_eq!(*log.borrow(), [1, 2]);
        drop(owned);
    }

    #[test]
    fn take_by_type_moves_a_value_that_is_not_copy() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut slot = KeptSlot::with(Noisy(3, log.clone()));
        let p = slot.ptr();
        // SAFETY: set and unborrowed; not used afterwards.
        let v = unsafe { (&CaptureOf(p)).take() };
        slot.clear();
        assert!(log.borrow().is_empty());
        drop(v);
        assert_eq!(*log.borrow(), [3]);
    }

    #[test]
    fn read_of_a_copy_type_keeps_the_value() {
        let mut slot = KeptSlot::new();
        let p = slot.set(5u64);
        // SAFETY: the value is set and unborrowed.
        let (a, b) = unsafe { (kept_read(p), kept_read(p)) };
        assert_eq!((a, b), (5, 5));
    }

    #[test]
    fn assign_replaces_and_refills_after_a_move() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut slot = KeptSlot::with(Noisy(1, log.clone()));
        let p = slot.ptr();
        // SAFETY: the value is set and unborrowed in each step.
        unsafe {
            kept_assign(p, Noisy(2, log.clone()));
            assert_eq!(*log.borrow(), [1]);
            let taken = kept_read(p);
            kept_assign(p, Noisy(3, log.clone()));
            assert_eq!(*log.borrow(), [1]);
            drop(taken);
        }
        drop(slot);
        assert_eq!(*log.borrow(), [1, 2, 3]);
    }
}
