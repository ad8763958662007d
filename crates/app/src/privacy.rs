//! A person's rights over their data: see everything the organisation holds from or
//! about their e-mail address — inputs, and registrations for the county's gatherings —
//! and have it erased. Input texts stay (hearing responses are public records to be
//! archived), anonymised; every erasure is logged.

use forebygg_domain::ids::PlanId;
use forebygg_domain::{Action, Email, Organisation};

use crate::access::authorize;
use forebygg_domain::timeline::dates::oslo_local;

use crate::{
    Actor, AppError, AttachmentInfo, AuditEntry, ErasedRegistrations, HeldRegistration, Input, Store, UnixTime,
};

fn email(text: &str) -> Result<Email, AppError> {
    Email::parse(text).map_err(|e| AppError::invalid("email", e))
}

/// What the organisation holds about one address.
#[derive(Debug)]
pub struct PersonalData {
    pub inputs: Vec<Input>,
    /// The files that came with the inputs.
    pub files: Vec<AttachmentInfo>,
    /// Registrations for gatherings: made by this municipality, or for this body's.
    pub registrations: Vec<HeldRegistration>,
}

/// What an erasure reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Erased {
    /// Inputs whose sender was removed.
    pub inputs: u64,
    pub registrations: ErasedRegistrations,
}

/// Everything the organisation holds from this address, for the person's copy.
pub async fn export(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    address: &str,
) -> Result<PersonalData, AppError> {
    let scope = authorize(actor, org, Action::ManagePersonalData)?;
    let address = email(address)?;
    let inputs = store.inputs_by_email(&scope, &address).await?;
    let mut plans: Vec<PlanId> = inputs.iter().map(|i| i.plan_id).collect();
    plans.sort_unstable();
    plans.dedup();
    let mut files = Vec::new();
    for plan in plans {
        files.extend(
            store.attachments(&scope, plan).await?.into_iter().filter(|a| inputs.iter().any(|i| i.id == a.input_id)),
        );
    }
    let registrations = store.registrations_by_email(&scope, &address).await?;
    Ok(PersonalData { inputs, files, registrations })
}

/// Erases the person's data from every input from this address and from the
/// registrations the organisation holds with it (those for gatherings to come are
/// cancelled, their seats passed on; those for gatherings held keep a seat without a
/// person).
pub async fn erase(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    address: &str,
    now: UnixTime,
) -> Result<Erased, AppError> {
    let scope = authorize(actor, org, Action::ManagePersonalData)?;
    let address = email(address)?;
    let inputs = store.erase_sender(&scope, &address, actor.user.id, now).await?;
    let registrations = store.erase_participant(&scope, &address, actor.user.id, now, oslo_local(now)).await?;
    Ok(Erased { inputs, registrations })
}

pub async fn audit_log(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Vec<AuditEntry>, AppError> {
    let scope = authorize(actor, org, Action::ManagePersonalData)?;
    Ok(store.audit_log(&scope).await?)
}
