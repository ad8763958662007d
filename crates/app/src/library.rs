//! The library's shared measures (issue 18): a municipality shares a measure of its
//! register with the other municipalities (who runs it, its evidence, cost and what it
//! reached); anyone signed in finds the shared ones; a municipality copies one into its
//! own plan, its origin kept and shown.

use forebygg_domain::ids::{MeasureId, PlanId};
use forebygg_domain::measures::{Measure, MeasureStatus};
use forebygg_domain::{Action, Organisation};

use crate::access::authorize;
use crate::{Actor, AppError, Store, UnixTime};

/// The measures shared in the library, with their municipalities: those whose name,
/// owner, description or municipality contain `needle` (any case), the latest shared
/// first.
pub async fn shared(store: &dyn Store, needle: &str) -> Result<Vec<(Organisation, Measure)>, AppError> {
    let needle = needle.trim().to_lowercase();
    let all = store.shared_measures().await?;
    Ok(all
        .into_iter()
        .filter(|(org, m)| {
            needle.is_empty()
                || [&m.fields.name, &m.fields.owner, &m.fields.description, &org.name]
                    .iter()
                    .any(|s| s.to_lowercase().contains(&needle))
        })
        .collect())
}

/// Shares a measure of the plan in the library, or stops sharing it: those who edit
/// the plan.
pub async fn share(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan, measure): (PlanId, MeasureId),
    on: bool,
    now: UnixTime,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    Ok(store.share_measure(&scope, plan, measure, on, now).await?)
}

/// Whether the measure is shared, and where it was copied from.
pub async fn about(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    measure: MeasureId,
) -> Result<(bool, Option<(Option<String>, String)>), AppError> {
    let scope = authorize(actor, org, Action::ReadShared(forebygg_domain::county::Part::Measures))?;
    Ok(store.measure_library(&scope, measure).await?)
}

/// Copies a shared measure into a plan of the organisation: its name, description,
/// owner service, partners, target groups, themes, evidence, cost, funding and reach;
/// not the source plan's goals or dates, which are the copying plan's to set; it comes
/// in as proposed.
pub async fn copy(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan: PlanId,
    source: MeasureId,
) -> Result<MeasureId, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let (from, measure) = store
        .shared_measures()
        .await?
        .into_iter()
        .find(|(_, m)| m.id == source)
        .ok_or_else(|| AppError::NotFound(format!("shared measure {source}")))?;
    let mut fields = measure.fields;
    fields.goals.clear();
    fields.weight = None;
    fields.status = Some(MeasureStatus::Proposed);
    fields.start = None;
    fields.evaluation = None;
    let name = fields.name.clone();
    Ok(store.copy_measure(&scope, plan, &fields, (from.id, &name)).await?)
}
