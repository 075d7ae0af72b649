//! A fixed-size zeroed array of `u64`/`u32` in memory the kernel may back with 2 MB pages.
//!
//! Weight tables are probed at random: with 4 kB pages every few lookups miss the TLB as
//! well as the cache. On Linux the array is 2 MB-aligned and advised `MADV_HUGEPAGE`, which
//! (with transparent huge pages in `madvise` or `always` mode) maps it with huge pages.
//! Elsewhere it is an ordinary allocation.

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ops::{Deref, DerefMut};

const HUGE: usize = 2 << 20;

/// Plain-old-data element types the array may hold (all-zero bytes is a valid value).
pub trait Zeroable: Copy {}
impl Zeroable for u64 {}
impl Zeroable for u32 {}

pub struct PageArray<T: Zeroable> {
    ptr: *mut T,
    len: usize,
    layout: Option<Layout>,
}

// SAFETY: the array owns its memory and hands out references only through &self/&mut self.
unsafe impl<T: Zeroable + Send> Send for PageArray<T> {}
unsafe impl<T: Zeroable + Sync> Sync for PageArray<T> {}

impl<T: Zeroable> PageArray<T> {
    /// `len` zeroed elements.
    pub fn zeroed(len: usize) -> PageArray<T> {
        let bytes = len * std::mem::size_of::<T>();
        if bytes == 0 {
            return PageArray {
                ptr: std::ptr::NonNull::dangling().as_ptr(),
                len,
                layout: None,
            };
        }
        let align = if bytes >= HUGE {
            HUGE
        } else {
            std::mem::align_of::<T>().max(64)
        };
        let layout = Layout::from_size_align(bytes, align).expect("a valid layout");
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { alloc_zeroed(layout) } as *mut T;
        if ptr.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        #[cfg(target_os = "linux")]
        if bytes >= HUGE {
            // SAFETY: advice on memory this array owns; failure is harmless.
            unsafe {
                libc::madvise(ptr as *mut libc::c_void, bytes, libc::MADV_HUGEPAGE);
            }
        }
        PageArray {
            ptr,
            len,
            layout: Some(layout),
        }
    }

    pub fn from_slice(items: &[T]) -> PageArray<T> {
        let mut a = PageArray::zeroed(items.len());
        a.copy_from_slice(items);
        a
    }
}

impl<T: Zeroable> Deref for PageArray<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        // SAFETY: `ptr` points to `len` initialised (zeroed or written) elements.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl<T: Zeroable> DerefMut for PageArray<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as above, and `&mut self` makes the access exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl<T: Zeroable> Drop for PageArray<T> {
    fn drop(&mut self) {
        if let Some(layout) = self.layout {
            // SAFETY: allocated in `zeroed` with this layout.
            unsafe { dealloc(self.ptr as *mut u8, layout) }
        }
    }
}

impl<T: Zeroable> Clone for PageArray<T> {
    fn clone(&self) -> Self {
        PageArray::from_slice(self)
    }
}

impl<T: Zeroable + std::fmt::Debug> std::fmt::Debug for PageArray<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PageArray(len {})", self.len)
    }
}

impl<T: Zeroable + PartialEq> PartialEq for PageArray<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_and_small_arrays_are_zeroed_and_writable() {
        for len in [0, 1, 1000, (4 << 20) / 8 + 3] {
            let mut a: PageArray<u64> = PageArray::zeroed(len);
            assert!(a.iter().all(|&x| x == 0));
            if len > 0 {
                a[len - 1] = 7;
                assert_eq!(a[len - 1], 7);
                assert_eq!(a.clone(), a);
            }
        }
    }
}
