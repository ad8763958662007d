//! The plan's process (see `forebygg_domain::plan::process`): the facts its rules need,
//! read from the store, and the steps — open and close a hearing, adopt the programme,
//! start drafting, follow-up and revision — each checked before anything is written.
//! Adopting the plan itself is freezing an adopted version (`document::freeze`), which
//! uses the same check.

use forebygg_domain::county::Part;
use forebygg_domain::document::version::Version;
use forebygg_domain::document::version::VersionKind;
use forebygg_domain::ids::{ActivityId, PlanId};
use forebygg_domain::plan::process::{self, Facts, HearingState, Refusal, Step};
use forebygg_domain::plan::{Activity, ActivityKind, Phase, Plan, PlanFields, Programme, register};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_domain::{Action, Organisation, ValidationError};

use crate::access::{OrgScope, authorize};
use crate::{Actor, AppError, Store, UnixTime};

/// What the rules know about a plan on a day, owned (the domain's `Facts` borrows it).
#[derive(Clone, Debug)]
pub struct PlanFacts {
    pub plan: Plan,
    pub activities: Vec<Activity>,
    pub hearing_draft: Option<(forebygg_domain::ids::VersionId, Vec<String>)>,
    pub programme_draft: Option<forebygg_domain::ids::VersionId>,
    pub unanswered: Vec<String>,
    pub council_must_adopt: bool,
    pub blocked: Vec<ActivityId>,
    pub today: forebygg_domain::timeline::NorDate,
    /// The plan's frozen versions, oldest first.
    pub versions: Vec<Version>,
}

impl PlanFacts {
    pub fn facts(&self) -> Facts<'_> {
        Facts {
            phase: self.plan.phase,
            today: self.today,
            activities: &self.activities,
            hearing_draft: self.hearing_draft.clone(),
            programme_draft: self.programme_draft,
            unanswered: self.unanswered.clone(),
            council_must_adopt: self.council_must_adopt,
            blocked: self.blocked.clone(),
        }
    }

    /// The phase as it stands today (a hearing past its deadline has closed).
    pub fn phase(&self) -> Phase {
        process::current_phase(&self.facts())
    }

    /// The steps the plan page offers now.
    pub fn next_steps(&self) -> Vec<Step> {
        process::next_steps(&self.facts())
    }

    /// The version a hearing would put out if opened now: the latest programme version
    /// for a programme hearing, the latest hearing draft for a draft hearing (neither
    /// heard before).
    pub fn version_to_hear(&self, hearing: ActivityId) -> Option<&Version> {
        let kind = self.activities.iter().find(|a| a.id == hearing)?.fields.kind;
        let id = match kind {
            ActivityKind::DraftHearing => self.hearing_draft.as_ref().map(|(v, _)| *v),
            _ => self.programme_draft,
        }?;
        self.versions.iter().find(|v| v.id == id)
    }
}

/// Reads the facts of a plan at `now`.
pub async fn facts(store: &dyn Store, scope: &OrgScope, plan_id: PlanId, now: UnixTime) -> Result<PlanFacts, AppError> {
    let plan = store.plan(scope, plan_id).await?;
    let activities = store.activities(scope, plan_id).await?;
    let council_must_adopt = register().plan_type(&plan.plan_type).is_some_and(|t| t.council_must_adopt);
    let today = oslo_date(now);
    // A hearing not yet opened runs from the day it opens at the earliest: a start in
    // the past does not lengthen it (the six-week rule is checked on what is left).
    let blocked = activities
        .iter()
        .filter(|a| {
            let mut fields = a.fields.clone();
            if a.fields.kind.is_hearing() && a.hearing.opened_at.is_none() {
                fields.start = fields.start.max(today);
            }
            fields.findings(plan.under_pbl, council_must_adopt).iter().any(|f| f.is_blocking())
        })
        .map(|a| a.id)
        .collect();
    // A hearing draft that an earlier hearing put out has been heard; a new hearing
    // needs a new one.
    let heard: Vec<_> = activities.iter().filter_map(|a| a.hearing.version).collect();
    let versions = store.versions(scope, plan_id).await?;
    let programme_draft =
        versions.iter().rev().find(|v| v.fields.kind == VersionKind::Programme && !heard.contains(&v.id)).map(|v| v.id);
    let hearing_draft =
        versions.iter().rev().find(|v| v.fields.kind == VersionKind::HearingDraft && !heard.contains(&v.id)).map(|v| {
            let empty = v
                .snapshot
                .chapters
                .iter()
                .filter(|c| c.body.trim().is_empty())
                .map(|c| format!("{} {}", c.number, c.title))
                .collect();
            (v.id, empty)
        });
    let unanswered = store
        .inputs(scope, plan_id)
        .await?
        .into_iter()
        .filter(|i| i.assessment.is_none() && i.hidden_reason.is_none())
        .map(|i| i.reference())
        .collect();
    Ok(PlanFacts {
        plan,
        activities,
        hearing_draft,
        programme_draft,
        unanswered,
        council_must_adopt,
        blocked,
        today,
        versions,
    })
}

/// A refused step as a form error on `field`.
pub fn refused(field: &'static str, refusal: Refusal) -> AppError {
    AppError::invalid(field, ValidationError::Step(refusal))
}

/// Stores the plan's new phase.
async fn set_phase(store: &dyn Store, scope: &OrgScope, plan: &Plan, phase: Phase) -> Result<(), AppError> {
    if plan.phase == phase {
        return Ok(());
    }
    let fields = PlanFields {
        plan_type: plan.plan_type.clone(),
        title: plan.title.clone(),
        phase,
        period: plan.period,
        under_pbl: plan.under_pbl,
    };
    Ok(store.update_plan(scope, plan.id, &fields).await?)
}

/// Opens a hearing: the hearing draft frozen last is what is heard (for a draft
/// hearing); chapters without text refuse it unless `confirm_empty_chapters`.
pub async fn open_hearing(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, hearing): (PlanId, ActivityId),
    confirm_empty_chapters: bool,
    now: UnixTime,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    open_hearing_in(store, &scope, (plan_id, hearing), confirm_empty_chapters, now).await
}

/// [`open_hearing`] in an organisation the caller is already authorised for (the demo).
pub async fn open_hearing_in(
    store: &dyn Store,
    scope: &OrgScope,
    (plan_id, hearing): (PlanId, ActivityId),
    confirm_empty_chapters: bool,
    now: UnixTime,
) -> Result<(), AppError> {
    let f = facts(store, scope, plan_id, now).await?;
    let phase = process::check(&Step::OpenHearing { hearing, confirm_empty_chapters }, &f.facts()).map_err(|r| {
        // Empty chapters are confirmed with a box of their own; the message goes there.
        let field = if matches!(r, Refusal::EmptyChapters(_)) { "confirm_empty_chapters" } else { "hearing" };
        refused(field, r)
    })?;
    let version = f.version_to_hear(hearing).map(|v| v.id);
    let state = HearingState { opened_at: Some(now), version, closed_on: None, close_reason: String::new() };
    store.set_hearing_state(scope, plan_id, hearing, &state).await?;
    set_phase(store, scope, &f.plan, phase).await
}

/// Closes the open hearing before its deadline, with the reason given.
pub async fn close_hearing(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    reason: &str,
    now: UnixTime,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let f = facts(store, &scope, plan_id, now).await?;
    let reason = reason.trim();
    if reason.chars().count() > 2000 {
        return Err(AppError::invalid("reason", ValidationError::TooLong { max: 2000 }));
    }
    let phase = process::check(&Step::CloseHearing { reason: reason.to_owned() }, &f.facts())
        .map_err(|r| refused("reason", r))?;
    let open =
        process::open_hearing(&f.activities, f.today).ok_or_else(|| refused("reason", Refusal::NoOpenHearing))?;
    let state = HearingState { closed_on: Some(f.today), close_reason: reason.to_owned(), ..open.hearing.clone() };
    store.set_hearing_state(&scope, plan_id, open.id, &state).await?;
    set_phase(store, &scope, &f.plan, phase).await
}

/// Takes one of the steps that need nothing but the plan's state: adopt the
/// programme, start drafting, start follow-up, start a revision.
pub async fn advance(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    step: Step,
    now: UnixTime,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    advance_in(store, &scope, plan_id, step, now).await
}

/// [`advance`] in an organisation the caller is already authorised for (the demo).
pub async fn advance_in(
    store: &dyn Store,
    scope: &OrgScope,
    plan_id: PlanId,
    step: Step,
    now: UnixTime,
) -> Result<(), AppError> {
    if !matches!(step, Step::AdoptProgramme | Step::StartDrafting | Step::StartFollowUp | Step::StartRevision) {
        return Err(AppError::NotFound("step".into()));
    }
    let f = facts(store, scope, plan_id, now).await?;
    let phase = process::check(&step, &f.facts()).map_err(|r| refused("step", r))?;
    set_phase(store, scope, &f.plan, phase).await
}

/// What opening a hearing would put out, for its preview: the plan's facts and its
/// programme as it stands.
pub async fn preview(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    now: UnixTime,
) -> Result<(PlanFacts, Programme), AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok((facts(store, &scope, plan_id, now).await?, store.programme(&scope, plan_id).await?))
}

/// The facts of a plan for those who may read it.
pub async fn status(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    now: UnixTime,
) -> Result<PlanFacts, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Programme))?;
    facts(store, &scope, plan_id, now).await
}
