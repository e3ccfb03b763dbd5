//! Work split over the machine's cores, results kept in order: module files
//! parsed, plan steps rendered, committed migrations linted.

use std::ops::Range;

/// Contiguous ranges covering `0..len`, one per core (at most 8), none
/// shorter than `min` unless `len` is.
pub fn ranges(len: usize, min: usize) -> Vec<Range<usize>> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let size = len.div_ceil(cores).max(min).max(1);
    (0..len).step_by(size).map(|start| start..(start + size).min(len)).collect()
}

/// `f` over every item, each on its own thread (on this one when there is a
/// single item); the results in the items' order. A panic in `f` is passed on.
pub fn each<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    if items.len() <= 1 {
        return items.into_iter().map(f).collect();
    }
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = items.into_iter().map(|item| scope.spawn(move || f(item))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranges_cover_everything_once_in_order() {
        for len in [0, 1, 5, 63, 64, 65, 1000] {
            for min in [1, 64] {
                let r = super::ranges(len, min);
                let flat: Vec<usize> = r.iter().flat_map(|r| r.clone()).collect();
                assert_eq!(flat, (0..len).collect::<Vec<_>>(), "len {len} min {min}");
                assert!(r.iter().all(|r| r.len() >= min.min(len) || r.end == len), "len {len} min {min}: {r:?}");
            }
        }
    }

    #[test]
    fn each_keeps_the_items_order() {
        assert_eq!(super::each((0..20).collect(), |i: i32| i * 2), (0..20).map(|i| i * 2).collect::<Vec<_>>());
    }
}
