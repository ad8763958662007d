//! A person's rights over their inputs: see everything the organisation holds from
//! their e-mail address, and have their personal data erased. The texts stay (hearing
//! responses are public records to be archived), anonymised; every erasure is logged.

use forebygg_domain::ids::PlanId;
use forebygg_domain::{Action, Email, Organisation};

use crate::access::authorize;
use crate::{Actor, AppError, AttachmentInfo, AuditEntry, Input, Store, UnixTime};

fn email(text: &str) -> Result<Email, AppError> {
    Email::parse(text).map_err(|e| AppError::invalid("email", e))
}

/// Everything the organisation holds from this address, for the person's copy: the
/// inputs, and the files that came with them.
pub async fn export(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    address: &str,
) -> Result<(Vec<Input>, Vec<AttachmentInfo>), AppError> {
    let scope = authorize(actor, org, Action::ManagePersonalData)?;
    let inputs = store.inputs_by_email(&scope, &email(address)?).await?;
    let mut plans: Vec<PlanId> = inputs.iter().map(|i| i.plan_id).collect();
    plans.sort_unstable();
    plans.dedup();
    let mut files = Vec::new();
    for plan in plans {
        files.extend(
            store.attachments(&scope, plan).await?.into_iter().filter(|a| inputs.iter().any(|i| i.id == a.input_id)),
        );
    }
    Ok((inputs, files))
}

/// Erases the sender's personal data from every input from this address; returns how
/// many inputs it touched.
pub async fn erase(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    address: &str,
    now: UnixTime,
) -> Result<u64, AppError> {
    let scope = authorize(actor, org, Action::ManagePersonalData)?;
    Ok(store.erase_sender(&scope, &email(address)?, actor.user.id, now).await?)
}

pub async fn audit_log(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Vec<AuditEntry>, AppError> {
    let scope = authorize(actor, org, Action::ManagePersonalData)?;
    Ok(store.audit_log(&scope).await?)
}
