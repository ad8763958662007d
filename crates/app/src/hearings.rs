//! Public hearings: the page of a plan on hearing, the response form (no account
//! needed), the receipt, and the register of inputs for the plan's staff.

use forebygg_domain::hearing::{ResponseForm, last_closed_hearing, open_hearing};
use forebygg_domain::plan::{Activity, Plan, Programme};
use forebygg_domain::timeline::NorDate;
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_domain::{Action, Organisation};

use crate::access::authorize;
use crate::tokens::random_token;
use crate::{Actor, AppError, FieldErrors, Input, OrgScope, Store, UnixTime};

/// What the public page of a plan shows.
#[derive(Clone, Debug)]
pub struct PublicPlan {
    pub plan: Plan,
    pub programme: Programme,
    /// The hearing open today, if any.
    pub open: Option<Activity>,
    /// Otherwise the latest closed one.
    pub closed: Option<Activity>,
}

/// A plan's public page. Only plans that have been or are on hearing are public.
pub async fn public_plan(
    store: &dyn Store,
    org: &Organisation,
    plan_id: i64,
    now: UnixTime,
) -> Result<PublicPlan, AppError> {
    let scope = OrgScope::public(org);
    let not_found = || AppError::NotFound(format!("plan {plan_id}"));
    let plan = store.plan(&scope, plan_id).await?.ok_or_else(not_found)?;
    let activities = store.activities(&scope, plan_id).await?;
    let today = oslo_date(now);
    let open = open_hearing(&activities, today).cloned();
    let closed = if open.is_some() { None } else { last_closed_hearing(&activities, today).cloned() };
    if open.is_none() && closed.is_none() {
        return Err(not_found());
    }
    let programme = store.programme(&scope, plan_id).await?.unwrap_or_default();
    Ok(PublicPlan { plan, programme, open, closed })
}

/// What a sender gets back.
#[derive(Clone, Debug)]
pub struct Receipt {
    pub reference: String,
    pub token: String,
}

/// Receives a hearing response. It is acknowledged (this returns `Ok`) only after it
/// is committed to the database.
pub async fn respond(
    store: &dyn Store,
    org: &Organisation,
    plan_id: i64,
    form: &ResponseForm,
    now: UnixTime,
) -> Result<Receipt, AppError> {
    let public = public_plan(store, org, plan_id, now).await?;
    let Some(hearing) = public.open else {
        return Err(AppError::HearingClosed);
    };
    let fields = form.parse(hearing.id).map_err(|errors| AppError::Invalid(FieldErrors(errors)))?;
    let token = random_token()?;
    let input = store
        .insert_input(&OrgScope::public(org), plan_id, &fields, &token, now)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("plan {plan_id}")))?;
    Ok(Receipt { reference: input.reference(), token })
}

/// The input behind a receipt, for its sender.
pub async fn receipt(store: &dyn Store, org: &Organisation, plan_id: i64, token: &str) -> Result<Input, AppError> {
    store
        .input_by_receipt(&OrgScope::public(org), plan_id, token)
        .await?
        .ok_or_else(|| AppError::NotFound("receipt".into()))
}

/// The register of a plan's inputs, for those who may read the organisation's plans.
pub async fn register(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: i64,
) -> Result<(Plan, Vec<Input>), AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let plan = store.plan(&scope, plan_id).await?.ok_or_else(|| AppError::NotFound(format!("plan {plan_id}")))?;
    Ok((plan, store.inputs(&scope, plan_id).await?))
}

/// The plans on hearing today across all organisations, for the start page.
pub async fn open_hearings(store: &dyn Store, now: UnixTime) -> Result<Vec<(Organisation, Plan, Activity)>, AppError> {
    let today: NorDate = oslo_date(now);
    let mut found = Vec::new();
    for (org, plan) in store.plans_with_hearing_on(today).await? {
        let activities = store.activities(&OrgScope::public(&org), plan.id).await?;
        if let Some(open) = open_hearing(&activities, today) {
            found.push((org, plan.clone(), open.clone()));
        }
    }
    Ok(found)
}
