//! Use cases of the plan portfolio, the programme and the process calendar. Every
//! function authorises first and hands the resulting scope to storage.

use forebygg_domain::county::Part;
use forebygg_domain::hearing::has_public_page;
use forebygg_domain::ids::{ActivityId, PlanId};
use forebygg_domain::plan::activity::ActivityFields;
use forebygg_domain::plan::outline::{MAX_DEPTH, MAX_TITLE_CHARS, OutlineError};
use forebygg_domain::plan::presets::Preset;
use forebygg_domain::plan::process::check_activity_change;
use forebygg_domain::plan::programme::{EditError, ProgrammeEdit};
use forebygg_domain::plan::{
    Activity, ActivityFinding, ActivityKind, LinkKind, Period, Phase, Plan, PlanFields, Programme, parse_plan_type,
    parse_title, register,
};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_domain::timeline::hearing::HearingFinding;
use forebygg_domain::timeline::weeks::parse_weeks;
use forebygg_domain::timeline::{BodyKind, NorDate};
use forebygg_domain::{Action, Organisation, ValidationError};

use crate::access::authorize;
use crate::{Actor, AppError, FieldErrors, OrgScope, Store};

/// The organisation's plans (anyone with a role there, and advisers of its county).
pub async fn list(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Vec<Plan>, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Status))?;
    let mut plans = Vec::new();
    for plan in store.plans(&scope).await? {
        plans.push(as_of_today(store, &scope, plan).await?);
    }
    Ok(plans)
}

/// A plan of the organisation that the person may read.
pub async fn find(store: &dyn Store, actor: &Actor, org: &Organisation, id: PlanId) -> Result<Plan, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Status))?;
    as_of_today(store, &scope, store.plan(&scope, id).await?).await
}

/// The plan with its phase as it stands today: a draft hearing past its deadline has
/// closed without a step, so "draft on hearing" reads as "processing inputs" (the only
/// phase that moves by the calendar, so only those plans' activities are read).
async fn as_of_today(store: &dyn Store, scope: &OrgScope, mut plan: Plan) -> Result<Plan, AppError> {
    if plan.phase == Phase::DraftOnHearing {
        let activities = store.activities(scope, plan.id).await?;
        plan.phase = forebygg_domain::plan::process::phase_on(plan.phase, &activities, oslo_date(crate::now()));
    }
    Ok(plan)
}

/// Everything the plan page shows.
#[derive(Clone, Debug)]
pub struct PlanView {
    pub plan: Plan,
    pub programme: Programme,
    pub links: Vec<(LinkKind, Plan)>,
    pub activities: Vec<(Activity, Vec<ActivityFinding>)>,
    /// Other plans of the organisation, for the link form.
    pub others: Vec<Plan>,
    pub can_edit: bool,
    /// The plan has public pages (it is or was on hearing).
    pub public_page: bool,
}

/// Opens a plan of the organisation for reading.
pub async fn view(store: &dyn Store, actor: &Actor, org: &Organisation, id: PlanId) -> Result<PlanView, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Programme))?;
    let mut plan = store.plan(&scope, id).await?;
    let programme = store.programme(&scope, id).await?;
    let links = store.links(&scope, id).await?;
    let council = council_must_adopt(&plan);
    let stored = store.activities(&scope, id).await?;
    let public_page = has_public_page(&stored);
    // A hearing past its deadline has closed: the phase shown is today's.
    plan.phase = forebygg_domain::plan::process::phase_on(plan.phase, &stored, oslo_date(crate::now()));
    let activities = stored
        .into_iter()
        .map(|a| {
            let findings = a.fields.findings(plan.under_pbl, council);
            (a, findings)
        })
        .collect();
    let others = store.plans(&scope).await?.into_iter().filter(|p| p.id != id).collect();
    let can_edit = authorize(actor, org, Action::EditPlans).is_ok();
    Ok(PlanView { plan, programme, links, activities, others, can_edit, public_page })
}

fn council_must_adopt(plan: &Plan) -> bool {
    register().plan_type(&plan.plan_type).is_some_and(|t| t.council_must_adopt)
}

/// The plan form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PlanForm {
    pub plan_type: String,
    /// Also read as `plan_title`: the plan's page holds the activity form too, whose
    /// title is `title`.
    #[serde(alias = "plan_title")]
    pub title: String,
    pub phase: String,
    pub period_from: String,
    pub period_to: String,
    #[serde(deserialize_with = "crate::form::checkbox")]
    pub under_pbl: bool,
    /// For a new plan: the programme preset to start from.
    pub preset: String,
}

impl PlanForm {
    /// The form filled in with a stored plan, to change it.
    pub fn of(plan: &Plan) -> Self {
        PlanForm {
            plan_type: plan.plan_type.clone(),
            title: plan.title.clone(),
            phase: plan.phase.as_str().into(),
            period_from: plan.period.map(|p| p.from.to_string()).unwrap_or_default(),
            period_to: plan.period.map(|p| p.to.to_string()).unwrap_or_default(),
            under_pbl: plan.under_pbl,
            preset: String::new(),
        }
    }
}

fn parse_plan(form: &PlanForm) -> Result<PlanFields, AppError> {
    let mut errors = FieldErrors::default();
    let plan_type = errors.check("plan_type", parse_plan_type(&form.plan_type));
    let title = errors.check("title", parse_title(&form.title));
    let phase =
        if form.phase.is_empty() { Some(Phase::Start) } else { errors.check("phase", Phase::parse(&form.phase)) };
    let period = errors.check("period_from", Period::parse(&form.period_from, &form.period_to));
    match (plan_type, title, phase, period) {
        (Some(plan_type), Some(title), Some(phase), Some(period)) if errors.is_empty() => {
            Ok(PlanFields { plan_type, title, phase, period, under_pbl: form.under_pbl })
        }
        _ => Err(AppError::Invalid(errors)),
    }
}

/// Starts a plan, with its programme from a preset (or empty).
pub async fn create(store: &dyn Store, actor: &Actor, org: &Organisation, form: &PlanForm) -> Result<Plan, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let preset = if form.preset.is_empty() { Some(Preset::Empty) } else { Preset::parse(&form.preset) };
    let fields = parse_plan(form);
    let Some(preset) = preset else {
        let mut errors = match fields {
            Err(AppError::Invalid(errors)) => errors,
            _ => FieldErrors::default(),
        };
        errors.add("preset", ValidationError::Preset(form.preset.clone()));
        return Err(AppError::Invalid(errors));
    };
    Ok(store.create_plan(&scope, &fields?, &preset.programme()).await?)
}

pub async fn update(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: PlanId,
    form: &PlanForm,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut fields = parse_plan(form)?;
    // The phase moves only by the process's steps (`process`), never by this form.
    fields.phase = store.plan(&scope, id).await?.phase;
    Ok(store.update_plan(&scope, id, &fields).await?)
}

pub async fn link(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    from: PlanId,
    to: PlanId,
    kind: &str,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let kind = LinkKind::parse(kind).ok_or_else(|| AppError::NotFound(format!("link kind {kind}")))?;
    Ok(store.add_link(&scope, from, to, kind).await?)
}

pub async fn unlink(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    from: PlanId,
    to: PlanId,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    Ok(store.remove_link(&scope, from, to).await?)
}

/// The activity form, as typed. Dates as dd.mm.åååå.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    pub kind: String,
    pub title: String,
    pub start: String,
    pub end: String,
    pub responsible: String,
    pub body: String,
    #[serde(deserialize_with = "crate::form::checkbox")]
    pub done: bool,
    pub justification: String,
}

impl ActivityForm {
    /// The form filled in with a stored activity, to change it.
    pub fn of(a: &Activity) -> Self {
        let f = &a.fields;
        ActivityForm {
            kind: f.kind.as_str().into(),
            title: f.title.clone(),
            start: f.start.to_string(),
            end: f.end.map(|d| d.to_string()).unwrap_or_default(),
            responsible: f.responsible.clone(),
            body: f.body.map(|b| b.as_str().to_owned()).unwrap_or_default(),
            done: f.done,
            justification: f.justification.clone(),
        }
    }
}

/// Validates the form, and refuses what the law blocks: a hearing shorter than six
/// weeks in a plan under plan- og bygningsloven without a justification.
fn parse_activity(plan: &Plan, form: &ActivityForm) -> Result<ActivityFields, AppError> {
    let mut errors = FieldErrors::default();
    let kind = errors.check("kind", ActivityKind::parse(&form.kind));
    let title = errors.check("title", parse_title(&form.title));
    // Week notation ("uke 4–9 2024") gives the days of those weeks.
    let today = oslo_date(crate::now());
    let start_weeks = parse_weeks(&form.start, today);
    let start = match start_weeks {
        Some((monday, _)) => Some(monday),
        None => errors.check("start", NorDate::parse(&form.start)),
    };
    let end = match (form.end.trim(), start_weeks) {
        ("", Some((_, sunday))) => Some(Some(sunday)),
        ("", None) => Some(None),
        (end, _) => match parse_weeks(end, today) {
            Some((_, sunday)) => Some(Some(sunday)),
            None => errors.check("end", NorDate::parse(end)).map(Some),
        },
    };
    let body = if form.body.is_empty() {
        Some(None)
    } else {
        errors.check(
            "body",
            BodyKind::parse(&form.body).map(Some).ok_or_else(|| ValidationError::Body(form.body.clone())),
        )
    };
    let (Some(kind), Some(title), Some(start), Some(end), Some(body)) = (kind, title, start, end, body) else {
        return Err(AppError::Invalid(errors));
    };
    let fields = ActivityFields {
        kind,
        title,
        start,
        end,
        responsible: form.responsible.trim().to_owned(),
        body,
        done: form.done,
        justification: form.justification.trim().to_owned(),
    };
    for finding in fields.findings(plan.under_pbl, council_must_adopt(plan)).into_iter().filter(|f| f.is_blocking()) {
        let error = match finding {
            ActivityFinding::EndBeforeStart => ValidationError::EndBeforeStart,
            ActivityFinding::HearingWithoutDeadline => ValidationError::HearingWithoutDeadline,
            ActivityFinding::Hearing(HearingFinding::ShorterThanSixWeeks { days, earliest_deadline, .. }) => {
                ValidationError::HearingTooShort { days, earliest: earliest_deadline }
            }
            _ => ValidationError::EndBeforeStart,
        };
        errors.add("end", error);
    }
    if errors.is_empty() { Ok(fields) } else { Err(AppError::Invalid(errors)) }
}

async fn editable_plan(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<(OrgScope, Plan), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let plan = store.plan(&scope, plan_id).await?;
    Ok((scope, plan))
}

pub async fn add_activity(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    form: &ActivityForm,
) -> Result<Activity, AppError> {
    let (scope, plan) = editable_plan(store, actor, org, plan_id).await?;
    let fields = parse_activity(&plan, form)?;
    Ok(store.create_activity(&scope, plan_id, &fields).await?)
}

/// Adds the activities of an applied schedule to the plan's timeline, where the plan
/// lead can edit them like any other. Refused as a whole when one of them breaks a rule.
pub async fn add_activities(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    activities: &[ActivityFields],
) -> Result<usize, AppError> {
    let (scope, plan) = editable_plan(store, actor, org, plan_id).await?;
    let council = council_must_adopt(&plan);
    if activities.iter().any(|a| a.findings(plan.under_pbl, council).iter().any(|f| f.is_blocking())) {
        // A schedule's activities keep every rule (property-tested); this is a bug.
        return Err(AppError::Internal("a scheduled activity breaks a rule".into()));
    }
    // Applying the same schedule twice adds nothing the second time.
    let existing = store.activities(&scope, plan_id).await?;
    let same = |a: &ActivityFields| {
        existing.iter().any(|e| {
            e.fields.kind == a.kind && e.fields.start == a.start && e.fields.end == a.end && e.fields.body == a.body
        })
    };
    let mut added = 0;
    for fields in activities.iter().filter(|a| !same(a)) {
        store.create_activity(&scope, plan_id, fields).await?;
        added += 1;
    }
    Ok(added)
}

pub async fn update_activity(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    id: ActivityId,
    form: &ActivityForm,
) -> Result<(), AppError> {
    let (scope, plan) = editable_plan(store, actor, org, plan_id).await?;
    let fields = parse_activity(&plan, form)?;
    let old = activity_of(store, &scope, plan_id, id).await?;
    check_activity_change(&old, Some(&fields)).map_err(|r| crate::process::refused("kind", r))?;
    Ok(store.update_activity(&scope, plan_id, id, &fields).await?)
}

async fn activity_of(
    store: &dyn Store,
    scope: &OrgScope,
    plan_id: PlanId,
    id: ActivityId,
) -> Result<Activity, AppError> {
    store
        .activities(scope, plan_id)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or_else(|| AppError::NotFound(format!("activity {id}")))
}

pub async fn remove_activity(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    id: ActivityId,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let old = activity_of(store, &scope, plan_id, id).await?;
    check_activity_change(&old, None).map_err(|r| crate::process::refused("activity", r))?;
    Ok(store.delete_activity(&scope, plan_id, id).await?)
}

/// Applies one change to the plan's programme.
pub async fn edit_programme(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    edit: ProgrammeEdit,
    field: &'static str,
) -> Result<(), AppError> {
    let (scope, _) = editable_plan(store, actor, org, plan_id).await?;
    let mut programme = store.programme(&scope, plan_id).await?;
    programme.apply(edit).map_err(|e| match e {
        EditError::Empty => AppError::invalid(field, ValidationError::Required),
        EditError::NotFound => AppError::NotFound("programme part".into()),
        EditError::CannotMove => AppError::invalid(field, ValidationError::CannotMove),
        EditError::TooLong => AppError::invalid(field, ValidationError::TooLong { max: MAX_TITLE_CHARS }),
        EditError::TooDeep => AppError::invalid("place", ValidationError::ChapterTooDeep { max: MAX_DEPTH }),
    })?;
    Ok(store.save_programme(&scope, plan_id, &programme).await?)
}

/// Replaces the whole programme (the JSON API's PUT).
pub async fn replace_programme(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    programme: &Programme,
) -> Result<(), AppError> {
    let (scope, _) = editable_plan(store, actor, org, plan_id).await?;
    let mut replaced = programme.clone();
    let mut current = store.programme(&scope, plan_id).await?;
    // Chapters keep their keys (and texts) where the new outline names them; the rest
    // are removed chapters, recoverable like any other.
    current.outline.replace(programme.outline.chapters.clone()).map_err(|e| match e {
        OutlineError::TooDeep => AppError::invalid("outline", ValidationError::ChapterTooDeep { max: MAX_DEPTH }),
        OutlineError::TooLong => AppError::invalid("outline", ValidationError::TooLong { max: MAX_TITLE_CHARS }),
        _ => AppError::invalid("outline", ValidationError::Required),
    })?;
    replaced.outline = current.outline;
    Ok(store.save_programme(&scope, plan_id, &replaced).await?)
}
