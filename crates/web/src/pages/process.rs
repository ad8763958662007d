//! The plan's process: its phase, what the next step needs, and the steps themselves —
//! open a hearing (after a preview of what the public will see), close it early with a
//! reason, adopt the programme, start drafting, follow-up and revision. Adopting the plan
//! is freezing an adopted version on the document page, which this page links to.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::process::{self, PlanFacts};
use forebygg_app::{AppError, now};
use forebygg_domain::ids::ActivityId;
use forebygg_domain::plan::Activity;
use forebygg_domain::plan::process::{Step, check};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{FormErrors, Page, refusal_message, render_with, version_name};

/// A hearing activity as the page lists it.
pub struct HearingRow {
    pub title: String,
    pub kind: String,
    pub dates: String,
    /// "Open until …", "Closed 12.03.2026: reason", "Not opened".
    pub state: String,
    /// Where its preview and opening form are, while it can be opened.
    pub open_href: Option<String>,
}

/// A step offered as one button.
pub struct StepButton {
    pub action: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "process.html")]
struct ProcessPage {
    page: Page,
    plan_href: String,
    document_href: String,
    phase: String,
    /// What the phase needs next, in words.
    next: String,
    hearings: Vec<HearingRow>,
    /// The open hearing's close form, when one is open.
    close_action: Option<String>,
    reason: String,
    buttons: Vec<StepButton>,
    /// The adoption is offered (a link to the freeze form).
    adopt: bool,
    errors: FormErrors,
}

fn urls(at: &PlanAccess) -> PlanUrls<'_> {
    PlanUrls::new(at.org.code.as_str(), at.id())
}

fn dates(a: &Activity) -> String {
    match a.fields.end {
        Some(end) => format!("{}–{end}", a.fields.start),
        None => a.fields.start.to_string(),
    }
}

fn hearing_state(t: forebygg_texts::Tr, a: &Activity, f: &PlanFacts) -> String {
    let end = a.fields.end.map(|d| d.to_string()).unwrap_or_default();
    match (&a.hearing.opened_at, &a.hearing.closed_on) {
        (None, _) => t.get("process-hearing-not-opened"),
        (Some(_), Some(on)) => forebygg_texts::translate(
            t.lang,
            "process-hearing-closed-early",
            &[("date", &on.to_string()), ("reason", &a.hearing.close_reason)],
        ),
        (Some(_), None) if a.takes_responses(f.today) => t.with("process-hearing-open", "deadline", &end),
        (Some(_), None) if a.has_closed(f.today) => t.with("process-hearing-closed", "deadline", &end),
        (Some(_), None) => t.with("process-hearing-opens", "date", &a.fields.start.to_string()),
    }
}

async fn process_page(
    at: &PlanAccess,
    errors: FormErrors,
    reason: String,
    status: StatusCode,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let f = process::status(at.store(), &at.actor, &at.org, at.id(), now()).await?;
    let base = urls(at).at("process");
    let can_edit = at.can_edit();
    let steps = f.next_steps();
    let hearings = f
        .activities
        .iter()
        .filter(|a| a.fields.kind.is_hearing())
        .map(|a| HearingRow {
            title: a.fields.title.clone(),
            kind: labels::activity_kind(t, a.fields.kind),
            dates: dates(a),
            state: hearing_state(t, a, &f),
            open_href: (can_edit
                && steps.iter().any(|s| matches!(s, Step::OpenHearing { hearing, .. } if *hearing == a.id)))
            .then(|| format!("{base}/hearings/{}", a.id)),
        })
        .collect();
    let simple = [
        (Step::AdoptProgramme, "adopt-programme", "process-step-adopt-programme"),
        (Step::StartDrafting, "start-drafting", "process-step-start-drafting"),
        (Step::StartFollowUp, "start-follow-up", "process-step-start-follow-up"),
        (Step::StartRevision, "start-revision", "process-step-start-revision"),
    ];
    let buttons = simple
        .into_iter()
        .filter(|(step, _, _)| can_edit && steps.contains(step))
        .map(|(_, path, key)| StepButton { action: format!("{base}/{path}"), label: t.get(key) })
        .collect();
    Ok(render_with(
        status,
        &ProcessPage {
            page: Page::titled(&at.ctx, t.with("process-title", "plan", &f.plan.title)),
            plan_href: urls(at).page(),
            document_href: urls(at).at("document#versions"),
            phase: labels::phase(t, f.phase()),
            next: labels::next_step(t, f.phase()),
            hearings,
            close_action: (can_edit && steps.iter().any(|s| matches!(s, Step::CloseHearing { .. })))
                .then(|| format!("{base}/close")),
            reason,
            buttons,
            adopt: can_edit && steps.iter().any(|s| matches!(s, Step::Adopt { .. })),
            errors,
        },
    ))
}

pub async fn show(at: PlanAccess) -> Result<Response, PageError> {
    process_page(&at, FormErrors::default(), String::new(), StatusCode::OK).await
}

/// A refused step: the page again, saying why, with what was typed.
async fn refused(at: &PlanAccess, e: AppError, reason: String) -> Result<Response, PageError> {
    match e {
        AppError::Invalid(errors) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            process_page(at, errors, reason, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        e => Err(e.into()),
    }
}

/// A step without input, from the address.
#[derive(Deserialize)]
pub struct StepPath {
    step: String,
}

pub async fn advance(at: PlanAccess, Address(StepPath { step }): Address<StepPath>) -> Result<Response, PageError> {
    let step = match step.as_str() {
        "adopt-programme" => Step::AdoptProgramme,
        "start-drafting" => Step::StartDrafting,
        "start-follow-up" => Step::StartFollowUp,
        "start-revision" => Step::StartRevision,
        _ => return Err(PageError::NotFound),
    };
    match process::advance(at.store(), &at.actor, &at.org, at.id(), step, now()).await {
        Ok(()) => Ok(Redirect::to(&urls(&at).at("process")).into_response()),
        Err(e) => refused(&at, e, String::new()).await,
    }
}

#[derive(Deserialize, Default)]
pub struct CloseInput {
    #[serde(default)]
    reason: String,
}

pub async fn close(at: PlanAccess, Form(input): Form<CloseInput>) -> Result<Response, PageError> {
    match process::close_hearing(at.store(), &at.actor, &at.org, at.id(), &input.reason, now()).await {
        Ok(()) => Ok(Redirect::to(&urls(&at).at("process")).into_response()),
        Err(e) => refused(&at, e, input.reason).await,
    }
}

/// A hearing activity, from the address.
#[derive(Deserialize)]
pub struct HearingAddress {
    aid: ActivityId,
}

#[derive(Template)]
#[template(path = "process_open.html")]
struct OpenPage {
    page: Page,
    process_href: String,
    action: String,
    title: String,
    dates: String,
    deadline: String,
    purpose: String,
    /// The hearing draft that will be published, and where staff can read it.
    version: Option<(String, String)>,
    chapters: Vec<String>,
    /// What stops the hearing from opening, if anything (besides empty chapters).
    blocker: Option<String>,
    empty_chapters: Vec<String>,
    errors: FormErrors,
}

/// The preview of what the public will see, with the checks; the form that opens it.
async fn open_page(
    at: &PlanAccess,
    aid: ActivityId,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let (f, programme) = process::preview(at.store(), &at.actor, &at.org, at.id(), now()).await?;
    let activity =
        f.activities.iter().find(|a| a.id == aid && a.fields.kind.is_hearing()).ok_or(PageError::NotFound)?;
    let version = f.version_to_hear(aid);
    let draft = activity.fields.kind == forebygg_domain::plan::ActivityKind::DraftHearing;
    let empty_chapters = f.hearing_draft.as_ref().filter(|_| draft).map(|(_, e)| e.clone()).unwrap_or_default();
    let blocker = match check(&Step::OpenHearing { hearing: aid, confirm_empty_chapters: true }, &f.facts()) {
        Ok(_) => None,
        Err(r) => Some(refusal_message(t, &r)),
    };
    Ok(render_with(
        status,
        &OpenPage {
            page: Page::titled(&at.ctx, t.with("process-open-title", "hearing", &activity.fields.title)),
            process_href: urls(at).at("process"),
            action: urls(at).at(&format!("process/hearings/{aid}")),
            title: activity.fields.title.clone(),
            dates: dates(activity),
            deadline: activity.fields.end.map(|d| d.to_string()).unwrap_or_default(),
            purpose: programme.purpose.clone(),
            version: version.map(|v| (version_name(t, v), urls(at).at(&format!("document/versions/{}", v.id)))),
            chapters: forebygg_domain::plan::programme::numbered(&programme.outline.chapters)
                .into_iter()
                .filter(|(_, depth, _)| *depth == 0)
                .map(|(n, _, c)| format!("{n} {}", c.title))
                .collect(),
            blocker,
            empty_chapters,
            errors,
        },
    ))
}

pub async fn preview(
    at: PlanAccess,
    Address(HearingAddress { aid }): Address<HearingAddress>,
) -> Result<Response, PageError> {
    open_page(&at, aid, FormErrors::default(), StatusCode::OK).await
}

#[derive(Deserialize, Default)]
pub struct OpenInput {
    #[serde(default)]
    confirm_empty_chapters: Option<String>,
}

pub async fn open(
    at: PlanAccess,
    Address(HearingAddress { aid }): Address<HearingAddress>,
    Form(input): Form<OpenInput>,
) -> Result<Response, PageError> {
    let confirm = input.confirm_empty_chapters.is_some();
    match process::open_hearing(at.store(), &at.actor, &at.org, (at.id(), aid), confirm, now()).await {
        Ok(()) => Ok(Redirect::to(&urls(&at).at("process")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            open_page(&at, aid, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}
