//! Random tokens, their stored hashes, and the CSRF tokens derived from them.

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

use forebygg_domain::Email;

use crate::AppError;

/// A new random token of 32 bytes as 64 hex digits.
pub fn random_token() -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(format!("no randomness: {e}")))?;
    Ok(hex(&bytes))
}

/// What the database keeps of a session token: its SHA-256, so a copy of the database
/// does not hand out live sessions.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The CSRF token for a browser: an HMAC of its session cookie under the server
/// secret. It needs no storage, changes when the session does, and cannot be made
/// without the secret.
pub fn csrf_token(secret: &[u8], session_token: &str) -> String {
    hex(&csrf_mac(secret, session_token).finalize().into_bytes())
}

/// Compares in constant time.
pub fn csrf_token_matches(secret: &[u8], session_token: &str, given: &str) -> bool {
    match unhex(given) {
        Some(bytes) => csrf_mac(secret, session_token).verify_slice(&bytes).is_ok(),
        None => false,
    }
}

/// The device cookie for a browser that signed in to `email`: an HMAC of the address
/// under the server secret, so it can be checked without storage and made only by the
/// server. It lets its browser skip the delay after others' failed logins (never the
/// password check).
pub fn device_token(secret: &[u8], email: &Email) -> String {
    sign(secret, "device", email.as_str())
}

/// Compares in constant time.
pub fn device_token_matches(secret: &[u8], email: &Email, given: &str) -> bool {
    signature_matches(secret, "device", email.as_str(), given)
}

/// A signature of `message` for `purpose` under the server secret, for values the
/// server hands out and must know again (a human check's question).
pub fn sign(secret: &[u8], purpose: &str, message: &str) -> String {
    hex(&signing_mac(secret, purpose, message).finalize().into_bytes())
}

/// Compares in constant time.
pub fn signature_matches(secret: &[u8], purpose: &str, message: &str, given: &str) -> bool {
    match unhex(given) {
        Some(bytes) => signing_mac(secret, purpose, message).verify_slice(&bytes).is_ok(),
        None => false,
    }
}

fn signing_mac(secret: &[u8], purpose: &str, message: &str) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(b"sign:");
    mac.update(purpose.as_bytes());
    mac.update(b":");
    mac.update(message.as_bytes());
    mac
}

fn csrf_mac(secret: &[u8], session_token: &str) -> Hmac<Sha256> {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(b"csrf:");
    mac.update(session_token.as_bytes());
    mac
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_token_is_bound_to_the_session_and_the_secret() {
        let token = csrf_token(b"secret-a", "session-1");
        assert!(csrf_token_matches(b"secret-a", "session-1", &token));
        assert!(!csrf_token_matches(b"secret-a", "session-2", &token));
        assert!(!csrf_token_matches(b"secret-b", "session-1", &token));
        assert!(!csrf_token_matches(b"secret-a", "session-1", "zz"));
        assert!(!csrf_token_matches(b"secret-a", "session-1", ""));
    }

    #[test]
    fn device_token_is_bound_to_the_address_and_the_secret() {
        let kari = Email::parse("kari@engerdal.no").unwrap();
        let ola = Email::parse("ola@engerdal.no").unwrap();
        let token = device_token(b"secret-a", &kari);
        assert!(device_token_matches(b"secret-a", &kari, &token));
        assert!(!device_token_matches(b"secret-a", &ola, &token));
        assert!(!device_token_matches(b"secret-b", &kari, &token));
        assert!(!device_token_matches(b"secret-a", &kari, &csrf_token(b"secret-a", kari.as_str())));
    }

    #[test]
    fn signatures_are_bound_to_purpose_message_and_secret() {
        let signature = sign(b"secret-a", "check", "3+4");
        assert!(signature_matches(b"secret-a", "check", "3+4", &signature));
        assert!(!signature_matches(b"secret-a", "check", "3+5", &signature));
        assert!(!signature_matches(b"secret-a", "other", "3+4", &signature));
        assert!(!signature_matches(b"secret-b", "check", "3+4", &signature));
        assert!(!signature_matches(b"secret-a", "check", "3+4", "not hex"));
    }

    #[test]
    fn tokens_are_random_and_hashes_differ_from_them() {
        let a = random_token().unwrap();
        let b = random_token().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash(&a), token_hash(&a));
    }
}
