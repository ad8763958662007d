//! Rate limits for hearing responses. The first is keyed by browser session and
//! hearing, never by network address: a whole school class answers from one address,
//! each pupil in a browser of their own. The second, far more generous, is keyed by
//! network address and hearing and catches a robot that takes a fresh session for each
//! response: past it, a response is not refused but must carry the answer to a small
//! sum ([`HumanCheck`]) and is answered a little slower.

use forebygg_app::{AppError, tokens};
use forebygg_domain::ids::PlanId;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The window both limits count in.
pub const WINDOW: Duration = Duration::from_secs(600);
/// How long a response past the address limit is held before it is answered.
pub const SLOWDOWN: Duration = Duration::from_millis(500);

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

    /// Counts an event for the key (a session or a network address, and a hearing);
    /// false when the key has used up its allowance.
    pub fn allow(&self, key: &str, hearing: PlanId, now: Instant) -> bool {
        let Ok(mut seen) = self.seen.lock() else {
            return true;
        };
        if seen.len() > 50_000 {
            let window = self.window;
            seen.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let times = seen.entry((key.to_owned(), hearing)).or_default();
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

/// A sum of two small numbers, asked of a response from an address past its limit.
/// The form carries the question and its signature (bound to the browser session and
/// the hearing), so nothing is stored and a solved check does not travel to another
/// session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HumanCheck {
    pub a: u8,
    pub b: u8,
    /// `a-b-signature`, for the form's hidden field.
    pub token: String,
}

impl HumanCheck {
    pub fn new(secret: &[u8], session: &str, hearing: PlanId) -> Result<Self, AppError> {
        let random = tokens::random_token()?;
        let digit = |at: usize| random.as_bytes().get(at).map_or(2, |c| 2 + (c % 8));
        let (a, b) = (digit(0), digit(1));
        let token = format!("{a}-{b}-{}", tokens::sign(secret, "human-check", &message(session, hearing, a, b)));
        Ok(Self { a, b, token })
    }

    /// True when `token` is a question this server asked of this session at this
    /// hearing and `answer` is its sum.
    pub fn passes(secret: &[u8], session: &str, hearing: PlanId, token: &str, answer: &str) -> bool {
        let mut parts = token.splitn(3, '-');
        let (Some(a), Some(b), Some(signature)) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        let (Ok(a), Ok(b)) = (a.parse::<u8>(), b.parse::<u8>()) else {
            return false;
        };
        tokens::signature_matches(secret, "human-check", &message(session, hearing, a, b), signature)
            && answer.trim().parse::<u16>().is_ok_and(|sum| sum == u16::from(a) + u16::from(b))
    }
}

fn message(session: &str, hearing: PlanId, a: u8, b: u8) -> String {
    format!("{session}:{hearing}:{a}:{b}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_and_hearing_has_its_own_allowance() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(limiter.allow("pupil-1", PlanId::new(7), t0));
        assert!(limiter.allow("pupil-1", PlanId::new(7), t0));
        assert!(!limiter.allow("pupil-1", PlanId::new(7), t0), "third within the window");
        assert!(limiter.allow("pupil-2", PlanId::new(7), t0), "another pupil on the same network");
        assert!(limiter.allow("pupil-1", PlanId::new(8), t0), "another hearing");
        assert!(limiter.allow("pupil-1", PlanId::new(7), t0 + Duration::from_secs(61)), "the window has passed");
    }

    #[test]
    fn a_check_passes_only_with_its_sum_in_its_session_and_hearing() {
        let hearing = PlanId::new(7);
        let check = HumanCheck::new(b"secret", "session-1", hearing).unwrap();
        assert!((2..=9).contains(&check.a) && (2..=9).contains(&check.b));
        let sum = (check.a + check.b).to_string();
        assert!(HumanCheck::passes(b"secret", "session-1", hearing, &check.token, &sum));
        assert!(HumanCheck::passes(b"secret", "session-1", hearing, &check.token, &format!(" {sum} ")));
        let wrong = (check.a + check.b + 1).to_string();
        assert!(!HumanCheck::passes(b"secret", "session-1", hearing, &check.token, &wrong));
        assert!(!HumanCheck::passes(b"secret", "session-2", hearing, &check.token, &sum), "another session");
        assert!(!HumanCheck::passes(b"secret", "session-1", PlanId::new(8), &check.token, &sum), "another hearing");
        assert!(!HumanCheck::passes(b"other", "session-1", hearing, &check.token, &sum), "another server");
        // A question the server did not ask, however right the sum.
        let forged = format!("1-1-{}", check.token.rsplit('-').next().unwrap());
        assert!(!HumanCheck::passes(b"secret", "session-1", hearing, &forged, "2"));
        assert!(!HumanCheck::passes(b"secret", "session-1", hearing, "", ""));
    }
}
