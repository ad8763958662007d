//! Goals and follow-up: the goal hierarchy of a plan, status reports of its measures,
//! and the progress rolled up to the goals.

use forebygg_domain::county::Part;
use forebygg_domain::ids::{GoalId, MeasureId, PlanId};
use std::collections::HashMap;

use forebygg_domain::goals::rollup::{GoalProgress, rollup};
use forebygg_domain::goals::{Goal, GoalForm};
use forebygg_domain::measures::report::{ReportForm, StatusReport};
use forebygg_domain::measures::{Measure, MeasureFields};
use forebygg_domain::plan::Plan;
use forebygg_domain::{Action, Organisation, Role};

use crate::access::authorize;
use crate::{Actor, AppError, FieldErrors, OrgScope, Store, UnixTime};
use forebygg_domain::document::version::{Version, VersionKind};

/// Everything the follow-up of a plan shows.
#[derive(Clone, Debug)]
pub struct FollowUp {
    pub plan: Plan,
    pub goals: Vec<Goal>,
    pub measures: Vec<Measure>,
    /// Oldest first.
    pub reports: Vec<StatusReport>,
}

impl FollowUp {
    /// The newest report of each measure.
    pub fn latest(&self) -> HashMap<MeasureId, &StatusReport> {
        let mut latest = HashMap::new();
        for r in &self.reports {
            latest.insert(r.measure_id, r);
        }
        latest
    }

    /// Each goal's progress, in the goals' order.
    pub fn progress(&self) -> Vec<(GoalId, GoalProgress)> {
        let latest = self.latest();
        let measures: Vec<(MeasureId, &forebygg_domain::measures::MeasureFields)> =
            self.measures.iter().map(|m| (m.id, &m.fields)).collect();
        rollup(&self.goals, &measures, |id| latest.get(&id).map(|r| r.fields.progress))
    }
}

/// The plan's goals, measures and reports, for those who may read the plan.
pub async fn follow_up(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<FollowUp, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Measures))?;
    let plan = store.plan(&scope, plan_id).await?;
    Ok(FollowUp {
        plan,
        goals: store.goals(&scope, plan_id).await?,
        measures: store.measures(&scope, plan_id).await?,
        reports: store.reports(&scope, plan_id).await?,
    })
}

/// The newest status of each measure of an adopted plan, for everyone: period, status
/// and progress; who reported and what they wrote stay inside. Nothing for a version
/// that is not an adopted plan.
pub async fn published_status(
    store: &dyn Store,
    org: &Organisation,
    plan_id: PlanId,
    version: &Version,
) -> Result<HashMap<MeasureId, StatusReport>, AppError> {
    if version.fields.kind != VersionKind::Adopted || version.plan_id != plan_id {
        return Ok(HashMap::new());
    }
    let mut latest = HashMap::new();
    for mut r in store.reports(&OrgScope::public(org), plan_id).await? {
        r.by.clear();
        r.fields.text.clear();
        latest.insert(r.measure_id, r);
    }
    Ok(latest)
}

/// Adds a goal under the right parent.
pub async fn add_goal(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    form: &GoalForm,
) -> Result<Goal, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let goals = store.goals(&scope, plan_id).await?;
    let mut fields = form.parse(&goals).map_err(|e| AppError::Invalid(FieldErrors(e)))?;
    with_baseline(store, &scope, org, &mut fields).await?;
    Ok(store.create_goal(&scope, plan_id, &fields).await?)
}

/// A goal measured by an indicator: the indicator must be the organisation's, and an
/// empty baseline becomes its latest figure ("13,3 (2022–2024)").
async fn with_baseline(
    store: &dyn Store,
    scope: &crate::OrgScope,
    org: &Organisation,
    fields: &mut forebygg_domain::goals::GoalFields,
) -> Result<(), AppError> {
    let Some(id) = fields.measured_by else { return Ok(()) };
    let indicator = store
        .indicators(scope)
        .await?
        .into_iter()
        .find(|i| i.id == id)
        .ok_or_else(|| AppError::invalid("measured_by", forebygg_domain::ValidationError::Required))?;
    if fields.baseline.is_empty() {
        let compared = crate::indicators::compared_in(store, scope, org, indicator).await?;
        let figures = crate::indicators::figures(&compared, "");
        if let Some((period, value)) = figures.latest() {
            fields.baseline = format!("{} ({})", forebygg_domain::document::chart::number(value, true), period.label());
        }
    }
    Ok(())
}

/// Changes a goal. Its level may change only while no goal hangs under it.
pub async fn update_goal(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, GoalId),
    form: &GoalForm,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let goals = store.goals(&scope, plan_id).await?;
    let current = goals.iter().find(|g| g.id == id).ok_or_else(|| AppError::NotFound(format!("goal {id}")))?;
    let others: Vec<Goal> = goals.iter().filter(|g| g.id != id).cloned().collect();
    let mut fields = form.parse(&others).map_err(|e| AppError::Invalid(FieldErrors(e)))?;
    with_baseline(store, &scope, org, &mut fields).await?;
    if fields.level != current.fields.level && goals.iter().any(|g| g.fields.parent == Some(id)) {
        return Err(AppError::invalid("level", forebygg_domain::ValidationError::GoalHasChildren));
    }
    Ok(store.update_goal(&scope, plan_id, id, &fields).await?)
}

/// May the actor report on this measure? Plan staff on any; a contributor only on the
/// measures their services own or partner in.
pub fn may_report_on(actor: &Actor, org: &Organisation, measure: &MeasureFields) -> bool {
    match actor.role_in(org) {
        Some(Role::Contributor) => measure.involves_any(actor.services_in(org)),
        _ => authorize(actor, org, Action::ReportStatus).is_ok(),
    }
}

/// A status report of a measure by the signed-in person (plan staff, or a contributor
/// whose service owns or partners in the measure).
pub async fn report(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, measure_id): (PlanId, MeasureId),
    form: &ReportForm,
    now: UnixTime,
) -> Result<StatusReport, AppError> {
    let scope = authorize(actor, org, Action::ReportStatus)?;
    let measures = store.measures(&scope, plan_id).await?;
    let measure = measures.iter().find(|m| m.id == measure_id).ok_or_else(|| AppError::NotFound("measure".into()))?;
    if !may_report_on(actor, org, &measure.fields) {
        return Err(AppError::Forbidden);
    }
    let fields = form.parse().map_err(|e| AppError::Invalid(FieldErrors(e)))?;
    Ok(store.add_report(&scope, plan_id, measure_id, &fields, actor.user.name.as_str(), now).await?)
}
