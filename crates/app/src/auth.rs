//! Passwords (argon2id), login with per-account throttling, and sessions.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use forebygg_domain::{Email, Password};

use crate::tokens::{random_token, token_hash};
use crate::{Actor, AppError, Store, UnixTime, User};

/// Failed logins in a row before an account is locked.
pub const LOCK_THRESHOLD: i64 = 5;
/// How long a locked account stays locked.
pub const LOCK_SECONDS: i64 = 15 * 60;
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

/// Checks e-mail and password. Five failures in a row lock the account for fifteen
/// minutes; the lock is per account, never per network address.
pub async fn login(store: &dyn Store, email: &str, password: &str, now: UnixTime) -> Result<User, AppError> {
    let Ok(email) = Email::parse(email) else {
        return Err(AppError::WrongCredentials);
    };
    let Some(creds) = store.credentials(&email).await? else {
        let dummy = DUMMY_HASH.clone();
        verify_password(password.to_owned(), dummy).await;
        return Err(AppError::WrongCredentials);
    };
    if let Some(until) = creds.locked_until.filter(|&until| until > now) {
        return Err(AppError::Locked { until });
    }
    if verify_password(password.to_owned(), creds.password_hash).await {
        store.clear_login_failures(creds.user.id).await?;
        Ok(creds.user)
    } else {
        let lock = store.record_login_failure(creds.user.id, LOCK_THRESHOLD, now + LOCK_SECONDS).await?;
        match lock {
            Some(until) => Err(AppError::Locked { until }),
            None => Err(AppError::WrongCredentials),
        }
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
    fn hashes_are_argon2id_and_verify() {
        let hash = hash_now("et-langt-passord").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(Argon2::default().verify_password(b"et-langt-passord", &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"feil-passord", &parsed).is_err());
    }
}
