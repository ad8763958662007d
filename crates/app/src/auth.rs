//! Passwords (argon2id), login with per-account throttling, and sessions.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use forebygg_domain::{Email, Password};

use crate::tokens::{device_token_matches, random_token, token_hash};
use crate::{Actor, AppError, Store, UnixTime, User};

/// Failed logins in a row for an address before each further try must wait.
pub const FREE_TRIES: i64 = 4;
/// The longest wait between tries, however many have failed.
pub const LONGEST_DELAY: i64 = 15 * 60;
/// How long failed logins are remembered after the last one.
pub const FAILURES_KEPT: i64 = 24 * 60 * 60;
/// How long a session lives after login.
pub const SESSION_SECONDS: i64 = 12 * 60 * 60;

/// Hashes with argon2id and the crate's default cost (19 MiB, 2 passes: OWASP's
/// minimum), off the async threads since it takes tens of milliseconds.
pub async fn hash_password(password: &Password) -> Result<String, AppError> {
    let password = password.clone();
    tokio::task::spawn_blocking(move || hash_now(password.expose()))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
}

fn hash_now(password: &str) -> Result<String, AppError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(format!("password hashing failed: {e}")))
}

async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false)
}

/// Checked against when the e-mail is unknown, so that the answer takes as long as
/// for a known one and does not reveal which addresses have accounts.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_now("not-a-password-anyone-has").unwrap_or_default());

/// How long an address must wait after `failures` failed logins in a row: nothing for
/// the first [`FREE_TRIES`], then one minute, doubling with each failure up to
/// [`LONGEST_DELAY`].
pub fn delay_after(failures: i64) -> i64 {
    if failures <= FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES - 1).min(10);
    (60_i64 << doublings).min(LONGEST_DELAY)
}

/// What a browser shows of having signed in before: the `fb_device` cookie's value, and
/// the secret it was made with.
pub struct Device<'a> {
    pub secret: &'a [u8],
    pub cookie: Option<&'a str>,
}

/// Checks e-mail and password. Failures are counted per address tried — whether or not
/// an account has it, so the answers do not tell which addresses exist — and after
/// [`FREE_TRIES`] each further try waits a growing delay ([`delay_after`]). A browser
/// that has signed in to this address before (its device cookie matches) is not made to
/// wait, so a stranger guessing cannot lock the owner out. Never per network address: a
/// school shares one.
pub async fn login(
    store: &dyn Store,
    email: &str,
    password: &str,
    device: Device<'_>,
    now: UnixTime,
) -> Result<User, AppError> {
    let Ok(email) = Email::parse(email) else {
        return Err(AppError::WrongCredentials);
    };
    let address = token_hash(email.as_str());
    let known_device = device.cookie.is_some_and(|c| device_token_matches(device.secret, &email, c));
    if !known_device && let Some(failures) = store.login_failures(&address).await? {
        let until = failures.last_at + delay_after(failures.count);
        if until > now {
            return Err(AppError::Locked { until });
        }
    }
    let accepted = match store.credentials(&email).await? {
        Some(creds) => verify_password(password.to_owned(), creds.password_hash).await.then_some(creds.user),
        None => {
            verify_password(password.to_owned(), DUMMY_HASH.clone()).await;
            None
        }
    };
    if let Some(user) = accepted {
        store.clear_login_failures(&address).await?;
        return Ok(user);
    }
    let failures = store.record_login_failure(&address, now).await?;
    match delay_after(failures.count) {
        0 => Err(AppError::WrongCredentials),
        delay => Err(AppError::Locked { until: now + delay }),
    }
}

/// Whole minutes left until `until`, rounded up and at least one, for "try again in
/// N minutes" (a lock of 15 minutes reads 15 until its last minute).
pub fn minutes_until(until: UnixTime, now: UnixTime) -> i64 {
    ((until - now + 59) / 60).max(1)
}

/// Starts a session for a user who just logged in; returns the token for the cookie.
pub async fn start_session(store: &dyn Store, user: &User, now: UnixTime) -> Result<String, AppError> {
    let token = random_token()?;
    store.create_session(&token_hash(&token), user.id, now + SESSION_SECONDS).await?;
    Ok(token)
}

pub async fn end_session(store: &dyn Store, token: &str) -> Result<(), AppError> {
    store.delete_session(&token_hash(token)).await?;
    Ok(())
}

/// The signed-in person behind a session cookie, with their roles.
pub async fn session_actor(store: &dyn Store, token: &str, now: UnixTime) -> Result<Option<Actor>, AppError> {
    let Some(user) = store.session_user(&token_hash(token), now).await? else {
        return Ok(None);
    };
    let memberships = store.memberships(user.id).await?;
    Ok(Some(Actor { user, memberships }))
}

/// Changes a password after checking the current one, and ends the person's other
/// sessions (the caller starts a new one).
pub async fn change_password(store: &dyn Store, user: &User, current: &str, new: &str) -> Result<(), AppError> {
    let context = [user.email.as_str(), user.name.as_str()];
    let new = Password::parse_for(new, &context).map_err(|e| AppError::invalid("new_password", e))?;
    let creds = store.credentials(&user.email).await?.ok_or_else(|| AppError::NotFound(user.email.to_string()))?;
    if !verify_password(current.to_owned(), creds.password_hash).await {
        return Err(AppError::WrongCredentials);
    }
    let hash = hash_password(&new).await?;
    store.set_password_hash(user.id, &hash).await?;
    store.delete_user_sessions(user.id).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_left_round_up() {
        assert_eq!(minutes_until(900, 0), 15);
        assert_eq!(minutes_until(900, 1), 15);
        assert_eq!(minutes_until(900, 841), 1);
        assert_eq!(minutes_until(900, 899), 1);
        assert_eq!(minutes_until(900, 960), 1);
    }

    #[test]
    fn the_delay_grows_from_one_minute_to_fifteen() {
        let delays: Vec<i64> = (0..=12).map(delay_after).collect();
        assert_eq!(delays, [0, 0, 0, 0, 0, 60, 120, 240, 480, 900, 900, 900, 900]);
        assert_eq!(delay_after(i64::MAX), LONGEST_DELAY);
    }

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let hash = hash_now("et-langt-passord").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(Argon2::default().verify_password(b"et-langt-passord", &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"feil-passord", &parsed).is_err());
    }
}
