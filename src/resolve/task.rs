//! Work that can run beside the rest of a load, on a second thread.
//!
//! Validation's rules and the registry's indexes read the dataset and never write to it, so
//! independent parts of them can run at once. What they compute does not depend on where
//! they run: the report and the indexes are the same, entry for entry, on one thread or
//! two. Small datasets (below [`PARALLEL_FROM`] records) stay on one thread, where starting
//! another would cost more than it saves; so does any load when no thread can be started.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{Scope, ScopedJoinHandle};

/// The number of records from which a load uses a second thread.
pub(crate) const PARALLEL_FROM: usize = 20_000;

/// A computation started with [`Task::start`]: running on another thread, or already done.
pub(crate) enum Task<'scope, T> {
    Running(ScopedJoinHandle<'scope, (T, u64)>),
    Done(T),
}

impl<'scope, T: Send + 'scope> Task<'scope, T> {
    /// Starts `f` on another thread of scope `s` when `parallel`, else (or when no thread
    /// can be started) runs it here and now.
    pub(crate) fn start<'env, F>(s: &'scope Scope<'scope, '_>, parallel: bool, f: F) -> Self
    where
        F: FnOnce() -> T + Send + 'scope,
    {
        if !parallel {
            return Task::Done(f());
        }
        // Kept apart from the thread's closure, so that `f` is still here if no thread starts.
        let slot = Arc::new(Mutex::new(Some(f)));
        let theirs = Arc::clone(&slot);
        let spawned = std::thread::Builder::new().spawn_scoped(s, move || {
            let f = theirs.lock().unwrap_or_else(PoisonError::into_inner).take();
            counted(f.expect("the task runs once"))
        });
        match spawned {
            Ok(handle) => Task::Running(handle),
            Err(_) => {
                let f = slot.lock().unwrap_or_else(PoisonError::into_inner).take();
                Task::Done(f.expect("a task that did not start still holds its work")())
            }
        }
    }

    /// The result, once the other thread (if any) has finished; the steps it counted (with
    /// feature `count-work`) are added to this thread's.
    pub(crate) fn finish(self) -> T {
        match self {
            Task::Done(t) => t,
            Task::Running(handle) => match handle.join() {
                Ok((t, steps)) => {
                    crate::work::steps(usize::try_from(steps).unwrap_or(usize::MAX));
                    t
                }
                Err(payload) => std::panic::resume_unwind(payload),
            },
        }
    }
}

/// `f`'s result and the steps it counted on this thread.
#[cfg(feature = "count-work")]
fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
    crate::work::count_work(f)
}

#[cfg(not(feature = "count-work"))]
fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
    (f(), 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_gives_the_same_result_on_either_thread() {
        let data: Vec<u64> = (0..1000).collect();
        let sum = || data.iter().sum::<u64>();
        for parallel in [false, true] {
            let (here, there) = std::thread::scope(|s| {
                let task = Task::start(s, parallel, sum);
                (sum(), task.finish())
            });
            assert_eq!(here, there);
        }
    }

    #[cfg(feature = "count-work")]
    #[test]
    fn the_steps_of_another_thread_are_counted_here() {
        let ((), steps) = crate::work::count_work(|| {
            std::thread::scope(|s| Task::start(s, true, || crate::work::steps(7)).finish());
        });
        assert_eq!(steps, 7);
    }
}
