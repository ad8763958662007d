//! The register of a plan's inputs: every input from every channel, with its files,
//! tags, assessment and moderation.

use forebygg_domain::ids::{AttachmentId, InputId, PlanId};
use forebygg_texts::labels;

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::hearings::{self, AnswerForm, StaffInputForm};
use forebygg_app::{AppError, Input};
use forebygg_domain::hearing::{Channel, Decision};
use forebygg_domain::theme::Theme;
use serde::Deserialize;

use super::{FileRow, file_row};
use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, Params, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FormErrors, Page, choices, render_with, when};
use forebygg_texts::Tr;

pub struct InputRow {
    pub id: InputId,
    pub reference: String,
    pub received: String,
    pub channel: String,
    pub text: String,
    pub sender: String,
    pub decision: String,
    pub decisions: Vec<Choice>,
    pub justification: String,
    pub change: String,
    pub hidden_reason: Option<String>,
    pub themes: Vec<Choice>,
    pub theme_labels: String,
    pub chapters: String,
    /// The plan's measures to tie the input to, ticked where it is.
    pub measures: Vec<Choice>,
    /// What it led to: the measures with their status, evaluation and latest report.
    pub led_to: Vec<crate::ui::trace::TraceLine>,
    /// The chapters it concerns and the version in which each one's text changed.
    pub changed: Vec<String>,
    pub files: Vec<FileRow>,
    /// For an output of a dialogue conference: round and group, and the conference's page.
    pub origin: Option<(String, String)>,
    pub errors: FormErrors,
    /// Ticked for hiding in a refused bulk form.
    pub chosen: bool,
}

#[derive(Template)]
#[template(path = "inputs.html")]
struct RegisterPage {
    page: Page,
    /// The plan is or was on hearing, so its public outcome page exists.
    public_page: bool,
    /// The reader sees respondents' personal data (else a note says what is left out).
    personal_data: bool,
    org_code: String,
    plan_id: PlanId,
    plan_title: String,
    can_edit: bool,
    rows: Vec<InputRow>,
    total: usize,
    filter_themes: Vec<Choice>,
    filter_statuses: Vec<Choice>,
    no_errors: FormErrors,
    channels: Vec<Choice>,
    add: StaffInputForm,
    add_errors: FormErrors,
    /// The bulk hiding form: its reason as typed, its errors, and how many it just hid.
    bulk_reason: String,
    bulk_errors: FormErrors,
    bulk_done: Option<String>,
    summary: FormErrors,
}

fn decision_choices(t: Tr, selected: &str) -> Vec<Choice> {
    Decision::ALL
        .iter()
        .map(|d| Choice { value: d.as_str().into(), label: labels::decision(t, *d), selected: d.as_str() == selected })
        .collect()
}

fn sender_text(t: Tr, i: &Input) -> String {
    let s = &i.fields.sender;
    let sender = [s.name.clone(), s.organisation.clone(), s.email.as_ref().map(|e| e.to_string())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    if sender.is_empty() { t.get("sender-anonymous") } else { sender }
}

/// A refused form on the register page: which input (or the add form), what was typed.
#[derive(Default)]
struct RegisterRefusal {
    filter: RegisterFilter,
    input: Option<InputId>,
    assessment: Option<AssessInput>,
    add: Option<StaffInputForm>,
    /// A refused bulk hiding: the reason typed and the inputs ticked.
    bulk: Option<(String, Vec<InputId>)>,
    errors: FormErrors,
}

/// The answer to a form about one input: back to the input, or the register with the
/// refusal shown at that input's form (and what was typed in its assessment).
async fn after_input_form(
    state: &AppState,
    at: &PlanAccess,
    iid: InputId,
    result: Result<(), AppError>,
    typed: Option<AssessInput>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(Redirect::to(&urls(at).at(&format!("inputs#input-{iid}"))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = errors_of_input(at.ctx.tr(), &errors, iid);
            let refusal = RegisterRefusal { input: Some(iid), assessment: typed, errors, ..RegisterRefusal::default() };
            register_page(state, at, refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

fn urls(at: &PlanAccess) -> PlanUrls<'_> {
    PlanUrls::new(at.org.code.as_str(), at.id())
}

/// Refused input of one input's form, with the field names that form uses
/// (`justification-17`), so the message lands next to the right field.
fn errors_of_input(t: Tr, errors: &forebygg_app::FieldErrors, iid: InputId) -> FormErrors {
    let mut errors = FormErrors::new(t, errors);
    for (field, _) in &mut errors.items {
        *field = format!("{field}-{iid}");
    }
    errors
}

/// The register's filter, from the query string.
#[derive(Deserialize, Default, Clone)]
pub struct RegisterFilter {
    #[serde(default)]
    theme: String,
    /// `unanswered`, `answered` or `hidden`.
    #[serde(default)]
    status: String,
    /// How many inputs the bulk form just hid (after its redirect).
    #[serde(default)]
    hidden: Option<usize>,
}

impl RegisterFilter {
    fn keeps(&self, i: &Input) -> bool {
        let theme = self.theme.is_empty() || Theme::parse(&self.theme).is_some_and(|th| i.themes.contains(&th));
        let status = match self.status.as_str() {
            "unanswered" => i.assessment.is_none(),
            "answered" => i.assessment.is_some(),
            "hidden" => i.hidden_reason.is_some(),
            _ => true,
        };
        theme && status
    }
}

async fn register_page(
    state: &AppState,
    at: &PlanAccess,
    refusal: RegisterRefusal,
    status: StatusCode,
) -> Result<Response, PageError> {
    let PlanAccess { ctx, actor, org, .. } = at;
    let (code, id) = (org.code.as_str(), at.id());
    let t = ctx.tr();
    let hearings::Register { plan, inputs, public_page, personal_data, measures, reports } =
        hearings::register(state.store(), actor, org, id).await?;
    let files = hearings::attachments(state.store(), actor, org, id).await?;
    // The frozen versions, to follow an input's chapters, only when some input has any.
    let versions = if inputs.iter().any(|i| !i.chapters.is_empty()) {
        forebygg_app::document::versions(state.store(), actor, org, id).await?
    } else {
        Vec::new()
    };
    let conferences = forebygg_app::conferences::list(state.store(), actor, org, id).await?;
    let origin_of = |i: &Input| {
        let o = i.fields.origin?;
        let c = conferences.iter().find(|c| c.id == o.conference)?;
        let text = forebygg_texts::translate(
            t.lang,
            "conference-origin",
            &[
                ("round", &o.round.to_string()),
                ("question", c.round(o.round).unwrap_or_default()),
                ("group", &c.group(o.group).map(|g| g.name.clone()).unwrap_or_default()),
            ],
        );
        Some((text, urls(at).at(&format!("conferences/{}", c.id))))
    };
    let can_edit = at.can_edit();
    let filter = refusal.filter.clone();
    let total = inputs.len();
    let rows = inputs
        .iter()
        .filter(|i| filter.keeps(i))
        .map(|i| {
            let refused = refusal.input == Some(i.id);
            let typed = refusal.assessment.as_ref().filter(|_| refused);
            let a = i.assessment.as_ref();
            InputRow {
                id: i.id,
                reference: i.reference(),
                received: when(t, i.received_at),
                channel: labels::channel(t, i.fields.channel),
                text: i.fields.text.clone(),
                sender: sender_text(t, i),
                decision: a.map(|a| labels::decision(t, a.decision)).unwrap_or_else(|| t.get("decision-none")),
                decisions: decision_choices(
                    t,
                    &typed
                        .map(|x| x.decision.clone())
                        .unwrap_or_else(|| a.map(|a| a.decision.as_str().to_owned()).unwrap_or_default()),
                ),
                justification: typed
                    .map(|x| x.justification.clone())
                    .unwrap_or_else(|| a.map(|a| a.justification.clone()).unwrap_or_default()),
                change: typed
                    .map(|x| x.change.clone())
                    .unwrap_or_else(|| a.map(|a| a.change.clone()).unwrap_or_default()),
                hidden_reason: i.hidden_reason.clone(),
                themes: Theme::ALL
                    .iter()
                    .map(|th| Choice {
                        value: th.as_str().into(),
                        label: labels::theme(t, *th),
                        selected: typed.map_or(&i.themes, |x| &x.themes).contains(th),
                    })
                    .collect(),
                theme_labels: i.themes.iter().map(|th| labels::theme(t, *th)).collect::<Vec<_>>().join(", "),
                chapters: typed.map(|x| x.chapters.clone()).unwrap_or_else(|| i.chapters.join(", ")),
                measures: measures
                    .iter()
                    .map(|m| Choice {
                        value: m.id.to_string(),
                        label: m.fields.name.clone(),
                        selected: typed.map_or(i.measures.contains(&m.id), |x| x.measures.contains(&m.id.to_string())),
                    })
                    .collect(),
                led_to: crate::ui::trace::led_to(t, &i.measures, &measures, &reports),
                changed: crate::ui::trace::chapters_changed(t, &i.chapters, i.received_at, &versions),
                files: files.iter().filter(|a| a.input_id == i.id).map(|a| file_row(t, code, id, a)).collect(),
                origin: origin_of(i),
                errors: if refused { refusal.errors.clone() } else { FormErrors::default() },
                chosen: refusal.bulk.as_ref().is_some_and(|(_, chosen)| chosen.contains(&i.id)),
            }
        })
        .collect();
    let add = refusal.add.clone().unwrap_or_default();
    let add_errors = if refusal.add.is_some() { refusal.errors.clone() } else { FormErrors::default() };
    let bulk_errors = if refusal.bulk.is_some() { refusal.errors.clone() } else { FormErrors::default() };
    let bulk_done = filter.hidden.map(|n| t.with("moderation-bulk-done", "count", &n.to_string()));
    Ok(render_with(
        status,
        &RegisterPage {
            public_page,
            personal_data,
            page: Page::titled(ctx, t.with("inputs-title", "plan", &plan.title)),
            org_code: org.code.to_string(),
            plan_id: id,
            plan_title: plan.title.clone(),
            can_edit,
            rows,
            total,
            filter_themes: Theme::ALL
                .iter()
                .map(|th| Choice {
                    value: th.as_str().into(),
                    label: labels::theme(t, *th),
                    selected: th.as_str() == filter.theme,
                })
                .collect(),
            filter_statuses: choices(
                [
                    ("unanswered", "inputs-status-unanswered"),
                    ("answered", "inputs-status-answered"),
                    ("hidden", "inputs-status-hidden"),
                ]
                .map(|(value, key)| (value.to_owned(), t.get(key))),
                &filter.status,
            ),
            no_errors: FormErrors::default(),
            channels: Channel::ALL
                .iter()
                .filter(|c| **c != Channel::Hearing)
                .map(|c| Choice {
                    value: c.as_str().into(),
                    label: labels::channel(t, *c),
                    selected: c.as_str() == add.channel,
                })
                .collect(),
            add,
            add_errors,
            bulk_reason: refusal.bulk.map(|(reason, _)| reason).unwrap_or_default(),
            bulk_errors,
            bulk_done,
            summary: refusal.errors,
        },
    ))
}

pub async fn register(at: PlanAccess, Params(filter): Params<RegisterFilter>) -> Result<Response, PageError> {
    register_page(&at.state, &at, RegisterRefusal { filter, ..RegisterRefusal::default() }, StatusCode::OK).await
}

/// Hides the inputs ticked in the register (fields `input`, repeated) with one reason:
/// all of them, or none. Back to the register with the filter it was showing.
pub async fn hide_selection(at: PlanAccess, Form(fields): Form<Vec<(String, String)>>) -> Result<Response, PageError> {
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let chosen: Vec<InputId> =
        fields.iter().filter(|(k, _)| k == "input").filter_map(|(_, v)| v.parse().ok()).map(InputId::new).collect();
    let filter = RegisterFilter { theme: field("theme"), status: field("status"), hidden: None };
    let reason = field("reason");
    match hearings::hide_many(at.store(), &at.actor, &at.org, at.id(), &chosen, &reason).await {
        Ok(count) => {
            let query = form_urlencoded::Serializer::new(String::new())
                .append_pair("theme", &filter.theme)
                .append_pair("status", &filter.status)
                .append_pair("hidden", &count.to_string())
                .finish();
            Ok(Redirect::to(&urls(&at).at(&format!("inputs?{query}"))).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let refusal = RegisterRefusal {
                filter,
                bulk: Some((reason, chosen)),
                errors: FormErrors::new(at.ctx.tr(), &errors),
                ..RegisterRefusal::default()
            };
            register_page(&at.state, &at, refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// An input of the plan, from the address.
#[derive(Deserialize)]
pub struct InputPath {
    iid: InputId,
}

pub async fn add_input(at: PlanAccess, Form(input): Form<StaffInputForm>) -> Result<Response, PageError> {
    match hearings::add_inputs(at.store(), &at.actor, &at.org, at.id(), &input).await {
        Ok(_) => Ok(Redirect::to(&urls(&at).at("inputs")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let refusal = RegisterRefusal {
                add: Some(input),
                errors: FormErrors::new(at.ctx.tr(), &errors),
                ..RegisterRefusal::default()
            };
            register_page(&at.state, &at, refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// An attachment of an input, from the address.
#[derive(Deserialize)]
pub struct AttachmentPath {
    iid: InputId,
    aid: AttachmentId,
}

/// An attachment, for the plan's staff: always as a download (never shown inline, so
/// a file cannot act as a page of this site), with the type its content was
/// recognised as.
pub async fn attachment(
    at: PlanAccess,
    Address(AttachmentPath { iid, aid }): Address<AttachmentPath>,
) -> Result<Response, PageError> {
    let (info, bytes) = hearings::attachment(at.store(), &at.actor, &at.org, (at.id(), iid, aid)).await?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, info.kind.content_type().to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, content_disposition(&info.file_name)),
        ],
        bytes,
    )
        .into_response())
}

/// `attachment` with an ASCII name for old clients and the exact name (RFC 5987) for
/// the rest.
fn content_disposition(name: &str) -> String {
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || " .-_()".contains(c) { c } else { '_' }).collect();
    let exact: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{exact}")
}

/// What was typed in an input's form, shown again when it is refused.
#[derive(Default, Clone)]
pub struct AssessInput {
    decision: String,
    justification: String,
    change: String,
    themes: Vec<Theme>,
    chapters: String,
    measures: Vec<String>,
}

/// The one form at an input: its answer and its tags, saved together or not at all.
pub async fn assess(
    at: PlanAccess,
    Address(InputPath { iid }): Address<InputPath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut input = AssessInput::default();
    for (key, value) in pairs {
        match key.as_str() {
            "decision" => input.decision = value,
            "justification" => input.justification = value,
            "change" => input.change = value,
            "chapters" => input.chapters = value,
            "measures" => input.measures.push(value),
            _ => {
                if let Some(theme) = key.strip_prefix("theme_").and_then(Theme::parse) {
                    input.themes.push(theme);
                }
            }
        }
    }
    let form = AnswerForm {
        decision: input.decision.clone(),
        justification: input.justification.clone(),
        change: input.change.clone(),
        themes: input.themes.clone(),
        chapters: input.chapters.clone(),
        measures: input.measures.clone(),
    };
    let result = hearings::answer(at.store(), &at.actor, &at.org, (at.id(), iid), &form).await;
    after_input_form(&at.state, &at, iid, result, Some(input)).await
}

#[derive(Deserialize, Default)]
pub struct ModerateInput {
    #[serde(default)]
    hide: String,
    #[serde(default)]
    reason: String,
}

pub async fn moderate(
    at: PlanAccess,
    Address(InputPath { iid }): Address<InputPath>,
    Form(input): Form<ModerateInput>,
) -> Result<Response, PageError> {
    let result =
        hearings::moderate(at.store(), &at.actor, &at.org, (at.id(), iid), input.hide == "1", &input.reason).await;
    after_input_form(&at.state, &at, iid, result, None).await
}
