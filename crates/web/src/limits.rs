//! Rate limits keyed by browser session and hearing, never by network address: a
//! whole school class answers from one address, each pupil in a browser of their own.

use forebygg_domain::ids::PlanId;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// At most `max` events per key within `window`.
#[derive(Debug)]
pub struct RateLimiter {
    max: usize,
    window: Duration,
    seen: Mutex<HashMap<(String, PlanId), VecDeque<Instant>>>,
}

impl RateLimiter {
    pub fn new(max: usize, window: Duration) -> Self {
        Self { max, window, seen: Mutex::new(HashMap::new()) }
    }

    /// Counts an event for the key; false when the key has used up its allowance.
    pub fn allow(&self, session: &str, hearing: PlanId, now: Instant) -> bool {
        let Ok(mut seen) = self.seen.lock() else {
            return true;
        };
        if seen.len() > 50_000 {
            let window = self.window;
            seen.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let times = seen.entry((session.to_owned(), hearing)).or_default();
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        if times.len() >= self.max {
            return false;
        }
        times.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_session_and_hearing_has_its_own_allowance() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(limiter.allow("pupil-1", PlanId::new(7), t0));
        assert!(limiter.allow("pupil-1", PlanId::new(7), t0));
        assert!(!limiter.allow("pupil-1", PlanId::new(7), t0), "third within the window");
        assert!(limiter.allow("pupil-2", PlanId::new(7), t0), "another pupil on the same network");
        assert!(limiter.allow("pupil-1", PlanId::new(8), t0), "another hearing");
        assert!(limiter.allow("pupil-1", PlanId::new(7), t0 + Duration::from_secs(61)), "the window has passed");
    }
}
