//! E-mail receipts of hearing responses. A response that gave an address is stored with
//! the language it was written in; the mailer (run by the server when mail is set up)
//! sends each a receipt in that language, retries with growing pauses when the mail
//! server fails, and records what happened. The receipt is a courtesy: a response
//! counts from its commit, e-mail or not, and the receipt page shows the same facts.

use async_trait::async_trait;
use forebygg_domain::{Email, Lang};

use crate::{AppError, OrgScope, PendingReceipt, Store, StoreError, UnixTime};

/// Sends one e-mail. Implemented by the binary (SMTP, or files in a folder).
#[async_trait]
pub trait Mailer: Send + Sync {
    async fn send(&self, to: &Email, subject: &str, body: &str) -> Result<(), String>;
}

/// What a receipt tells its reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptFacts {
    pub lang: Lang,
    pub organisation: String,
    pub plan: String,
    pub reference: String,
    pub received_at: UnixTime,
    pub text: String,
}

/// Turns the facts into subject and body, in the facts' language (the web crate owns
/// the texts).
pub type Compose = dyn Fn(&ReceiptFacts) -> (String, String) + Send + Sync;

/// After this many failures a receipt is given up (about a day and a half of tries).
pub const MAX_ATTEMPTS: i64 = 12;
const BATCH: i64 = 50;

/// The pause after the `failures`-th failure: 30 s, doubled each time, at most 6 hours.
pub fn retry_delay(failures: i64) -> i64 {
    let doubled = 30_i64.saturating_mul(1_i64 << failures.clamp(0, 20));
    doubled.min(6 * 3600)
}

/// What one round of the mailer did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    pub failed: usize,
}

/// Sends the receipts that are due. A failure is recorded with its error and tried
/// again later; the rest of the round goes on.
pub async fn deliver_due(
    store: &dyn Store,
    mailer: &dyn Mailer,
    compose: &Compose,
    now: UnixTime,
) -> Result<Delivered, AppError> {
    let due: Vec<PendingReceipt> = store.pending_receipts(now, MAX_ATTEMPTS, BATCH).await?;
    if due.is_empty() {
        return Ok(Delivered::default());
    }
    let organisations = store.organisations().await?;
    let mut done = Delivered::default();
    for pending in due {
        let input = &pending.input;
        let (Some(to), Some(lang)) = (&input.fields.sender.email, input.fields.sender.lang) else {
            continue;
        };
        let Some(org) = organisations.iter().find(|o| o.id == pending.org_id) else {
            continue;
        };
        let plan = match store.plan(&OrgScope::operator(org), input.plan_id).await {
            Ok(plan) => plan.title,
            Err(StoreError::NotFound(_)) => String::new(),
            Err(e) => return Err(e.into()),
        };
        let facts = ReceiptFacts {
            lang,
            organisation: org.name.clone(),
            plan,
            reference: input.reference(),
            received_at: input.received_at,
            text: input.fields.text.clone(),
        };
        let (subject, body) = compose(&facts);
        match mailer.send(to, &subject, &body).await {
            Ok(()) => {
                store.receipt_sent(input.id, now).await?;
                done.sent += 1;
            }
            Err(error) => {
                tracing::warn!(input = input.id.get(), %error, "receipt e-mail failed");
                store.receipt_failed(input.id, &error, now + retry_delay(pending.attempts)).await?;
                done.failed += 1;
            }
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_six_hours() {
        assert_eq!(retry_delay(0), 30);
        assert_eq!(retry_delay(1), 60);
        assert_eq!(retry_delay(5), 960);
        assert_eq!(retry_delay(10), 6 * 3600);
        assert_eq!(retry_delay(1000), 6 * 3600);
        assert_eq!(retry_delay(-3), 30);
    }
}
