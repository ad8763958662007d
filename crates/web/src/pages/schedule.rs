//! Back-scheduling: the plan lead gives a target adoption date and the meeting dates
//! of the bodies, and gets the latest date for each step, or the earliest date that
//! can be reached, or which step cannot be placed. A GET form: it computes, it changes
//! nothing — until the plan lead applies the result to the timeline (a POST with the
//! same fields, computed again).

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::plans;
use forebygg_domain::ValidationError;
use forebygg_domain::ids::PlanId;
use forebygg_domain::timeline::schedule::{DEFAULT_PREPARATION_DAYS, Meeting, Schedule, ScheduleInput, back_schedule};
use forebygg_domain::timeline::{BodyKind, NorDate};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Params, PlanAccess};
use crate::ui::{Choice, FormErrors, Page, render_with, today, validation_message};
use forebygg_texts::Tr;

/// The bodies whose meeting dates the form asks for.
const BODIES: [BodyKind; 3] = [BodyKind::StandingCommittee, BodyKind::ExecutiveCommittee, BodyKind::Council];

#[derive(Deserialize, Default, Clone)]
pub struct ScheduleQuery {
    #[serde(default)]
    target: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    with_programme: Option<String>,
    #[serde(default)]
    programme_body: String,
    #[serde(default)]
    programme_adoption_body: String,
    #[serde(default)]
    draft_body: String,
    #[serde(default)]
    revision_days: String,
    #[serde(default)]
    drafting_days: String,
    #[serde(default)]
    meetings_standing_committee: String,
    #[serde(default)]
    meetings_executive_committee: String,
    #[serde(default)]
    meetings_council: String,
    #[serde(default)]
    prep_standing_committee: String,
    #[serde(default)]
    prep_executive_committee: String,
    #[serde(default)]
    prep_council: String,
    /// Set by the submit button: the form was sent (a first visit shows it empty).
    #[serde(default)]
    go: Option<String>,
}

pub struct MeetingField {
    pub name: String,
    pub label: String,
    pub value: String,
    /// The body's preparation time: field name, label, value.
    pub prep: (String, String, String),
}

pub struct StepRow {
    pub step: String,
    pub body: String,
    pub date: String,
    /// The day the case must be sent to the body.
    pub case_deadline: String,
    pub hearing: String,
}

#[derive(Template)]
#[template(path = "schedule.html")]
struct SchedulePage {
    page: Page,
    org_code: String,
    plan_id: PlanId,
    plan_title: String,
    target: String,
    from: String,
    with_programme: bool,
    revision_days: String,
    drafting_days: String,
    programme_bodies: Vec<Choice>,
    programme_adoption_bodies: Vec<Choice>,
    draft_bodies: Vec<Choice>,
    meetings: Vec<MeetingField>,
    errors: FormErrors,
    result: Option<Vec<StepRow>>,
    /// The form's fields, to apply the result with (hidden inputs of a POST form).
    apply: Vec<(&'static str, String)>,
    can_edit: bool,
    unreachable: Option<String>,
    earliest: Option<Vec<StepRow>>,
}

fn meetings_text(q: &ScheduleQuery, body: BodyKind) -> &str {
    match body {
        BodyKind::StandingCommittee => &q.meetings_standing_committee,
        BodyKind::ExecutiveCommittee => &q.meetings_executive_committee,
        _ => &q.meetings_council,
    }
}

fn rows(t: Tr, input: &ScheduleInput, schedule: &Schedule) -> Vec<StepRow> {
    schedule
        .steps
        .iter()
        .map(|p| StepRow {
            step: labels::step(t, p.step),
            body: labels::body(t, p.meeting.body),
            date: p.meeting.date.to_string(),
            case_deadline: input.case_deadline(&p.meeting).to_string(),
            hearing: p.hearing.map(|(start, end)| format!("{start}–{end}")).unwrap_or_default(),
        })
        .collect()
}

/// Reads the form; errors name the field and the value that is wrong.
fn parse(q: &ScheduleQuery, errors: &mut Vec<(&'static str, ValidationError)>) -> Option<ScheduleInput> {
    let mut date = |field: &'static str, s: &str| match NorDate::parse(s) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push((field, e));
            None
        }
    };
    let target = date("target", &q.target);
    let from = if q.from.trim().is_empty() { Some(today()) } else { date("from", &q.from) };
    let mut meetings = Vec::new();
    for body in BODIES {
        for word in meetings_text(q, body).split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
            if word.is_empty() {
                continue;
            }
            match NorDate::parse(word) {
                Ok(d) => meetings.push(Meeting { body, date: d }),
                Err(e) => errors.push((meeting_field(body), e)),
            }
        }
    }
    let days = |s: &str, default: i64| {
        if s.trim().is_empty() { Some(default) } else { s.trim().parse::<i64>().ok().filter(|d| (0..=730).contains(d)) }
    };
    let mut preparation = Vec::new();
    for body in BODIES {
        match days(prep_text(q, body), DEFAULT_PREPARATION_DAYS) {
            Some(d) => preparation.push((body, d)),
            None => errors.push((prep_field(body), ValidationError::Count(prep_text(q, body).to_owned()))),
        }
    }
    let revision = days(&q.revision_days, 21);
    let drafting = days(&q.drafting_days, 60);
    if revision.is_none() {
        errors.push(("revision_days", ValidationError::Required));
    }
    if drafting.is_none() {
        errors.push(("drafting_days", ValidationError::Required));
    }
    let body = |s: &str, default: BodyKind| BodyKind::parse(s).unwrap_or(default);
    Some(ScheduleInput {
        today: from?,
        target: target?,
        meetings,
        with_programme: q.with_programme.is_some(),
        programme_body: body(&q.programme_body, BodyKind::StandingCommittee),
        programme_adoption_body: body(&q.programme_adoption_body, body(&q.programme_body, BodyKind::StandingCommittee)),
        draft_body: body(&q.draft_body, BodyKind::ExecutiveCommittee),
        adoption_body: BodyKind::Council,
        revision_days: revision?,
        drafting_days: drafting?,
        preparation,
    })
    .filter(|_| errors.is_empty())
}

fn prep_text(q: &ScheduleQuery, body: BodyKind) -> &str {
    match body {
        BodyKind::StandingCommittee => &q.prep_standing_committee,
        BodyKind::ExecutiveCommittee => &q.prep_executive_committee,
        _ => &q.prep_council,
    }
}

fn prep_field(body: BodyKind) -> &'static str {
    match body {
        BodyKind::StandingCommittee => "prep_standing_committee",
        BodyKind::ExecutiveCommittee => "prep_executive_committee",
        _ => "prep_council",
    }
}

/// The form's fields as they were sent, for the apply form to send again.
fn fields_of(q: &ScheduleQuery) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("target", q.target.clone()),
        ("from", q.from.clone()),
        ("programme_body", q.programme_body.clone()),
        ("programme_adoption_body", q.programme_adoption_body.clone()),
        ("draft_body", q.draft_body.clone()),
        ("revision_days", q.revision_days.clone()),
        ("drafting_days", q.drafting_days.clone()),
    ];
    if q.with_programme.is_some() {
        out.push(("with_programme", "on".into()));
    }
    for body in BODIES {
        out.push((meeting_field(body), meetings_text(q, body).to_owned()));
        out.push((prep_field(body), prep_text(q, body).to_owned()));
    }
    out.push(("go", "1".into()));
    out
}

/// Applies the schedule the form gives to the plan's timeline (computed again here);
/// a form that no longer reaches the target shows the page with why.
pub async fn apply(at: PlanAccess, Form(q): Form<ScheduleQuery>) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let mut problems = Vec::new();
    if let Some(input) = parse(&q, &mut problems)
        && let Ok(schedule) = back_schedule(&input)
    {
        let activities = schedule.activities(&|s| labels::step(t, s), &|k| labels::activity_kind(t, k));
        plans::add_activities(at.store(), &at.actor, &at.org, at.id(), &activities).await?;
        let plan = crate::ui::paths::PlanUrls::new(at.org.code.as_str(), at.id()).page();
        return Ok(Redirect::to(&format!("{plan}#activities")).into_response());
    }
    show(at, Params(q)).await
}

fn meeting_field(body: BodyKind) -> &'static str {
    match body {
        BodyKind::StandingCommittee => "meetings_standing_committee",
        BodyKind::ExecutiveCommittee => "meetings_executive_committee",
        _ => "meetings_council",
    }
}

pub async fn show(at: PlanAccess, Params(mut q): Params<ScheduleQuery>) -> Result<Response, PageError> {
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    let submitted = q.go.is_some();
    if !submitted {
        q.with_programme = Some("on".into());
    }
    let mut problems = Vec::new();
    let (mut result, mut unreachable, mut earliest) = (None, None, None);
    if submitted && let Some(input) = parse(&q, &mut problems) {
        match back_schedule(&input) {
            Ok(schedule) => result = Some(rows(t, &input, &schedule)),
            Err(e) => {
                let (step, body) = e.step;
                let cannot = forebygg_texts::translate(
                    t.lang,
                    "schedule-cannot-place",
                    &[("step", &labels::step(t, step)), ("body", &labels::body(t, body))],
                );
                let when = match &e.earliest {
                    Some(s) => t.with(
                        "schedule-unreachable",
                        "earliest",
                        &s.adoption().map(|d| d.to_string()).unwrap_or_default(),
                    ),
                    None => t.get("schedule-impossible"),
                };
                unreachable = Some(format!("{cannot} {when}"));
                earliest = e.earliest.as_ref().map(|s| rows(t, &input, s));
            }
        }
    }
    let errors =
        FormErrors { items: problems.iter().map(|(f, e)| ((*f).to_owned(), validation_message(t, e))).collect() };
    let status = if errors.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let body_choices = |selected: &str, default: BodyKind| -> Vec<Choice> {
        let selected = if selected.is_empty() { default.as_str() } else { selected };
        BODIES[..2]
            .iter()
            .map(|b| Choice { value: b.as_str().into(), label: labels::body(t, *b), selected: b.as_str() == selected })
            .collect()
    };
    Ok(render_with(
        status,
        &SchedulePage {
            page: Page::titled(&at.ctx, t.with("schedule-title", "plan", &view.plan.title)),
            org_code: at.org.code.to_string(),
            plan_id: at.id(),
            plan_title: view.plan.title.clone(),
            target: q.target.clone(),
            from: if q.from.is_empty() { today().to_string() } else { q.from.clone() },
            with_programme: q.with_programme.is_some(),
            revision_days: if q.revision_days.is_empty() { "21".into() } else { q.revision_days.clone() },
            drafting_days: if q.drafting_days.is_empty() { "60".into() } else { q.drafting_days.clone() },
            programme_bodies: body_choices(&q.programme_body, BodyKind::StandingCommittee),
            programme_adoption_bodies: body_choices(
                &q.programme_adoption_body,
                BodyKind::parse(&q.programme_body).unwrap_or(BodyKind::StandingCommittee),
            ),
            draft_bodies: body_choices(&q.draft_body, BodyKind::ExecutiveCommittee),
            meetings: BODIES
                .iter()
                .map(|b| MeetingField {
                    name: meeting_field(*b).into(),
                    label: t.with("schedule-meetings-of", "body", &labels::body(t, *b)),
                    value: meetings_text(&q, *b).to_owned(),
                    prep: (
                        prep_field(*b).into(),
                        t.with("schedule-prep-of", "body", &labels::body(t, *b)),
                        if prep_text(&q, *b).is_empty() {
                            DEFAULT_PREPARATION_DAYS.to_string()
                        } else {
                            prep_text(&q, *b).to_owned()
                        },
                    ),
                })
                .collect(),
            apply: fields_of(&q),
            can_edit: view.can_edit,
            errors,
            result,
            unreachable,
            earliest,
        },
    ))
}
