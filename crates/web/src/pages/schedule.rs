//! Back-scheduling: the plan lead gives a target adoption date and the meeting dates
//! of the bodies, and gets the latest date for each step, or the earliest date that
//! can be reached. A GET form: it computes, it changes nothing.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use forebygg_app::plans;
use forebygg_domain::ValidationError;
use forebygg_domain::ids::PlanId;
use forebygg_domain::timeline::schedule::{Meeting, Schedule, ScheduleInput, back_schedule};
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
    /// Set by the submit button: the form was sent (a first visit shows it empty).
    #[serde(default)]
    go: Option<String>,
}

pub struct MeetingField {
    pub name: String,
    pub label: String,
    pub value: String,
}

pub struct StepRow {
    pub step: String,
    pub body: String,
    pub date: String,
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
    draft_bodies: Vec<Choice>,
    meetings: Vec<MeetingField>,
    errors: FormErrors,
    result: Option<Vec<StepRow>>,
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

fn rows(t: Tr, schedule: &Schedule) -> Vec<StepRow> {
    schedule
        .steps
        .iter()
        .map(|p| StepRow {
            step: labels::step(t, p.step),
            body: labels::body(t, p.meeting.body),
            date: p.meeting.date.to_string(),
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
        draft_body: body(&q.draft_body, BodyKind::ExecutiveCommittee),
        adoption_body: BodyKind::Council,
        revision_days: revision?,
        drafting_days: drafting?,
    })
    .filter(|_| errors.is_empty())
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
            Ok(schedule) => result = Some(rows(t, &schedule)),
            Err(e) => {
                unreachable = Some(match &e.earliest {
                    Some(s) => t.with(
                        "schedule-unreachable",
                        "earliest",
                        &s.adoption().map(|d| d.to_string()).unwrap_or_default(),
                    ),
                    None => t.get("schedule-impossible"),
                });
                earliest = e.earliest.as_ref().map(|s| rows(t, s));
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
            draft_bodies: body_choices(&q.draft_body, BodyKind::ExecutiveCommittee),
            meetings: BODIES
                .iter()
                .map(|b| MeetingField {
                    name: meeting_field(*b).into(),
                    label: t.with("schedule-meetings-of", "body", &labels::body(t, *b)),
                    value: meetings_text(&q, *b).to_owned(),
                })
                .collect(),
            errors,
            result,
            unreachable,
            earliest,
        },
    ))
}
