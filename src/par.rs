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

/// Contiguous ranges covering `0..weights.len()`, one per core (at most 8),
/// cut where the running sum of the weights passes each core's share, so
/// that items of growing size (snapshots of a growing model) do not leave
/// the last range with most of the work.
pub fn balanced(weights: &[u64]) -> Vec<Range<usize>> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    balanced_over(weights, cores)
}

fn balanced_over(weights: &[u64], cores: usize) -> Vec<Range<usize>> {
    let total: u64 = weights.iter().sum();
    let mut out = Vec::new();
    let (mut start, mut sum) = (0, 0u64);
    for (i, w) in weights.iter().enumerate() {
        sum += w;
        // the end of the k-th share, k = ranges cut so far + 1
        let share = total.saturating_mul(out.len() as u64 + 1) / cores as u64;
        if sum >= share && out.len() + 1 < cores && i + 1 < weights.len() {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < weights.len() {
        out.push(start..weights.len());
    }
    out
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
    fn balanced_ranges_share_the_weight_and_cover_everything_once() {
        // sizes growing linearly: the cut is near 70 % of the items, not at half
        let growing: Vec<u64> = (1..=40).collect();
        assert_eq!(super::balanced_over(&growing, 2), vec![0..29, 29..40]);
        assert_eq!(super::balanced_over(&[5, 5, 5, 5], 2), vec![0..2, 2..4]);
        assert_eq!(super::balanced_over(&[100, 1, 1], 2), vec![0..1, 1..3]);
        assert_eq!(super::balanced_over(&[], 4), Vec::<std::ops::Range<usize>>::new());
        assert_eq!(super::balanced_over(&[0, 0, 0], 2), vec![0..1, 1..3]);
        for cores in 1..=8 {
            for len in [0, 1, 2, 7, 40] {
                let w: Vec<u64> = (0..len as u64).map(|i| i * i % 7).collect();
                let r = super::balanced_over(&w, cores);
                assert!(r.len() <= cores.max(1), "{r:?}");
                let flat: Vec<usize> = r.iter().flat_map(|r| r.clone()).collect();
                assert_eq!(flat, (0..len).collect::<Vec<_>>(), "cores {cores} len {len}: {r:?}");
                assert!(r.iter().all(|r| !r.is_empty()), "{r:?}");
            }
        }
    }

    #[test]
    fn each_keeps_the_items_order() {
        assert_eq!(super::each((0..20).collect(), |i: i32| i * 2), (0..20).map(|i| i * 2).collect::<Vec<_>>());
    }
}
