//! The public side of a hearing: the plan's page with the response form (no account,
//! no JavaScript needed), the receipt, and for the plan's staff the register of inputs.

use std::time::Instant;

use askama::Template;
use axum::Form;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::hearings::{self, PublicPlan, SenderInputs, StaffInputForm};
use forebygg_app::{AppError, Input, now, organisations};
use forebygg_domain::Organisation;
use forebygg_domain::hearing::attachment::{MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS};
use forebygg_domain::hearing::{Channel, Decision, ResponseForm, Upload};
use forebygg_domain::plan::programme::numbered;
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::dates::{oslo_date, oslo_local};
use serde::Deserialize;

use crate::errors::{FormErrors, app_error};
use crate::i18n::Tr;
use crate::pages::organisations::Choice;
use crate::pages::plans::type_name;
use crate::pages::{Page, render_with, signed_in_at};
use crate::uploads::MultipartForm;
use crate::{AppState, Ctx};

#[derive(Deserialize, Default)]
pub struct Variant {
    /// `youth` for the shorter, youth-friendly page.
    #[serde(default)]
    variant: String,
}

/// The response form as typed.
#[derive(Deserialize, Default, Clone)]
pub struct ResponseInput {
    #[serde(default)]
    text: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    publish_name: Option<String>,
    #[serde(default)]
    consent: Option<String>,
    /// Left empty by people; filled in by robots that fill in everything.
    #[serde(default)]
    website: String,
    #[serde(default)]
    variant: String,
}

/// A response as sent: a urlencoded form, or a multipart form with files (read and
/// CSRF-checked by the middleware, which leaves it as an extension).
pub struct Submitted {
    input: ResponseInput,
    uploads: Vec<Upload>,
}

impl FromRequest<AppState> for Submitted {
    type Rejection = Response;

    async fn from_request(mut req: Request, state: &AppState) -> Result<Self, Response> {
        if let Some(form) = req.extensions_mut().remove::<MultipartForm>() {
            let checked = |name: &str| form.has(name).then(|| "on".to_owned());
            let input = ResponseInput {
                text: form.text("text"),
                name: form.text("name"),
                organisation: form.text("organisation"),
                email: form.text("email"),
                publish_name: checked("publish_name"),
                consent: checked("consent"),
                website: form.text("website"),
                variant: form.text("variant"),
            };
            return Ok(Submitted { input, uploads: form.files });
        }
        let Form(input) = Form::<ResponseInput>::from_request(req, state).await.map_err(IntoResponse::into_response)?;
        Ok(Submitted { input, uploads: Vec::new() })
    }
}

#[derive(Template)]
#[template(path = "hearing.html")]
struct HearingPage {
    page: Page,
    youth: bool,
    action: String,
    other_variant: String,
    plan_title: String,
    plan_type: String,
    hearing_title: String,
    period: String,
    deadline: String,
    open: bool,
    days_left: String,
    purpose: String,
    chapters: Vec<(String, String)>,
    input: ResponseInput,
    publish_name: bool,
    consent: bool,
    /// Files were chosen but the form was refused: the browser forgets them.
    files_dropped: bool,
    attachments_hint: String,
    mail_receipts: bool,
    errors: FormErrors,
}

fn when(t: Tr, unix: i64) -> String {
    let local = oslo_local(unix);
    t.with("time-at", "date", &format!("{} {}", oslo_date(unix), local.format("%H:%M")))
}

async fn org_of(state: &AppState, ctx: &Ctx, code: &str) -> Result<Organisation, Response> {
    organisations::find(state.store(), code).await.map_err(|e| app_error(ctx, e))
}

fn hearing_page(
    state: &AppState,
    ctx: &Ctx,
    org: &Organisation,
    public: &PublicPlan,
    input: ResponseInput,
    errors: FormErrors,
    files_dropped: bool,
) -> HearingPage {
    let t = ctx.tr();
    let youth = input.variant == "youth";
    let hearing = public.open.as_ref().or(public.closed.as_ref());
    let (period, deadline, title) = hearing
        .map(|h| {
            let end = h.fields.end.map(|d| d.to_string()).unwrap_or_default();
            (format!("{}–{end}", h.fields.start), end, h.fields.title.clone())
        })
        .unwrap_or_default();
    let days_left = public
        .open
        .as_ref()
        .and_then(|h| h.fields.end)
        .map(|end| oslo_date(now()).days_until(end).to_string())
        .unwrap_or_default();
    let base = format!("/hearings/{}/{}", org.code, public.plan.id);
    HearingPage {
        page: Page::titled(ctx, t.with("hearing-page-title", "plan", &public.plan.title)),
        youth,
        action: base.clone(),
        other_variant: if youth { base } else { format!("{base}?variant=youth") },
        plan_title: public.plan.title.clone(),
        plan_type: type_name(ctx.lang, &public.plan.plan_type),
        hearing_title: title,
        period,
        deadline,
        open: public.open.is_some(),
        days_left,
        purpose: public.programme.purpose.clone(),
        chapters: numbered(&public.programme.outline)
            .into_iter()
            .filter(|(_, depth, _)| *depth == 0)
            .map(|(n, _, c)| (n, c.title.clone()))
            .collect(),
        publish_name: input.publish_name.is_some(),
        consent: input.consent.is_some(),
        input,
        files_dropped,
        mail_receipts: state.config().mail_receipts,
        attachments_hint: crate::i18n::translate(
            ctx.lang,
            "hearing-attachments-hint",
            &[("count", &MAX_ATTACHMENTS.to_string()), ("max", &(MAX_ATTACHMENT_BYTES / 1024 / 1024).to_string())],
        ),
        errors,
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Query(v): Query<Variant>,
) -> Response {
    let org = match org_of(&state, &ctx, &code).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    match hearings::public_plan(state.store(), &org, id, now()).await {
        Ok(public) => {
            let input = ResponseInput { variant: v.variant, ..ResponseInput::default() };
            render_with(StatusCode::OK, &hearing_page(&state, &ctx, &org, &public, input, FormErrors::default(), false))
        }
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Submitted { input, uploads }: Submitted,
) -> Response {
    let org = match org_of(&state, &ctx, &code).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let public = match hearings::public_plan(state.store(), &org, id, now()).await {
        Ok(public) => public,
        Err(e) => return app_error(&ctx, e),
    };
    let files_dropped = uploads.iter().any(|u| u.size > 0);
    let refuse = |status: StatusCode, errors: FormErrors, input: ResponseInput| {
        render_with(status, &hearing_page(&state, &ctx, &org, &public, input, errors, files_dropped))
    };
    if !input.website.is_empty() {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, FormErrors::one("text", t.get("hearing-not-accepted")), input);
    }
    if !state.hearing_limiter().allow(&ctx.session_token, id, Instant::now()) {
        return refuse(StatusCode::TOO_MANY_REQUESTS, FormErrors::one("text", t.get("hearing-too-many")), input);
    }
    let form = ResponseForm {
        text: input.text.clone(),
        name: input.name.clone(),
        organisation: input.organisation.clone(),
        email: input.email.clone(),
        publish_name: input.publish_name.is_some(),
        consent: input.consent.is_some(),
        lang: Some(ctx.lang),
    };
    match hearings::respond(state.store(), &org, id, &form, uploads, now()).await {
        Ok(receipt) => {
            let variant = if input.variant == "youth" { "?variant=youth" } else { "" };
            Redirect::to(&format!("/hearings/{code}/{id}/receipt/{}{variant}", receipt.token)).into_response()
        }
        Err(AppError::Invalid(errors)) => refuse(StatusCode::UNPROCESSABLE_ENTITY, FormErrors::new(t, &errors), input),
        Err(AppError::HearingClosed) => {
            refuse(StatusCode::GONE, FormErrors::one("text", t.get("hearing-closed-text")), input)
        }
        Err(e) => app_error(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "receipt.html")]
struct ReceiptPage {
    page: Page,
    youth: bool,
    plan_title: String,
    back: String,
    reference: String,
    received: String,
    text: String,
    email_given: bool,
    mail_receipts: bool,
    files: Vec<FileRow>,
}

/// An attachment as pages list it: name, kind and size in words, and where staff can
/// download it.
pub struct FileRow {
    pub name: String,
    pub about: String,
    pub href: String,
}

fn file_row(t: Tr, code: &str, plan_id: i64, a: &forebygg_app::AttachmentInfo) -> FileRow {
    let size = if a.size >= 1024 * 1024 {
        let mb = format!("{:.1} MB", a.size as f64 / 1024.0 / 1024.0);
        if t.lang == forebygg_domain::Lang::En { mb } else { mb.replace('.', ",") }
    } else {
        format!("{} kB", (a.size + 1023) / 1024)
    };
    FileRow {
        name: a.file_name.clone(),
        about: format!("{}, {size}", a.kind.as_str().to_uppercase()),
        href: format!("/organisations/{code}/plans/{plan_id}/inputs/{}/attachments/{}", a.input_id, a.id),
    }
}

pub async fn receipt(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, token)): Path<(String, i64, String)>,
    Query(v): Query<Variant>,
) -> Response {
    let org = match org_of(&state, &ctx, &code).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let (input, files) = match hearings::receipt(state.store(), &org, id, &token).await {
        Ok(found) => found,
        Err(e) => return app_error(&ctx, e),
    };
    let plan_title = match hearings::public_plan(state.store(), &org, id, now()).await {
        Ok(public) => public.plan.title,
        Err(_) => String::new(),
    };
    render_with(
        StatusCode::OK,
        &ReceiptPage {
            page: Page::new(&ctx, "receipt-title"),
            youth: v.variant == "youth",
            plan_title,
            back: format!("/hearings/{code}/{id}"),
            reference: input.reference(),
            received: when(t, input.received_at),
            text: input.fields.text.clone(),
            email_given: input.fields.sender.email.is_some(),
            mail_receipts: state.config().mail_receipts,
            files: files.iter().map(|a| file_row(t, &code, id, a)).collect(),
        },
    )
}

pub struct InputRow {
    pub id: i64,
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
    pub files: Vec<FileRow>,
    /// For an output of a dialogue conference: round and group, and the conference's page.
    pub origin: Option<(String, String)>,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "inputs.html")]
struct RegisterPage {
    page: Page,
    org_code: String,
    plan_id: i64,
    plan_title: String,
    can_edit: bool,
    rows: Vec<InputRow>,
    total: usize,
    filter_themes: Vec<Choice>,
    filter_statuses: Vec<Choice>,
    no_errors: FormErrors,
    channels: Vec<Choice>,
    add: StaffInput,
    add_errors: FormErrors,
    summary: FormErrors,
}

fn decision_choices(t: Tr, selected: &str) -> Vec<Choice> {
    Decision::ALL
        .iter()
        .map(|d| Choice {
            value: d.as_str().into(),
            label: t.get(&format!("decision-{}", d.as_str())),
            selected: d.as_str() == selected,
        })
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
    input: Option<i64>,
    assessment: Option<AssessInput>,
    add: Option<StaffInput>,
    errors: FormErrors,
}

/// The answer to a form about one input: back to the input, or the register with the
/// refusal shown at that input's form (and what was typed in its assessment).
async fn after_input_form(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    (id, iid): (i64, i64),
    result: Result<(), AppError>,
    typed: Option<AssessInput>,
) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/organisations/{code}/plans/{id}/inputs#input-{iid}")).into_response(),
        Err(AppError::Invalid(errors)) => {
            let errors = errors_of_input(ctx, &errors, iid);
            let refusal = RegisterRefusal { input: Some(iid), assessment: typed, errors, ..RegisterRefusal::default() };
            register_page(state, ctx, code, id, refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(ctx, e),
    }
}

/// Refused input of one input's form, with the field names that form uses
/// (`justification-17`), so the message lands next to the right field.
fn errors_of_input(ctx: &Ctx, errors: &forebygg_app::FieldErrors, iid: i64) -> FormErrors {
    let mut errors = FormErrors::new(ctx.tr(), errors);
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
    ctx: &Ctx,
    code: &str,
    id: i64,
    refusal: RegisterRefusal,
    status: StatusCode,
) -> Response {
    let (actor, org) = match signed_in_at(state, ctx, code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let (plan, inputs) = match hearings::register(state.store(), actor, &org, id).await {
        Ok(found) => found,
        Err(e) => return app_error(ctx, e),
    };
    let files = match hearings::attachments(state.store(), actor, &org, id).await {
        Ok(files) => files,
        Err(e) => return app_error(ctx, e),
    };
    let conferences = match forebygg_app::conferences::list(state.store(), actor, &org, id).await {
        Ok(found) => found,
        Err(e) => return app_error(ctx, e),
    };
    let origin_of = |i: &Input| {
        let o = i.fields.origin?;
        let c = conferences.iter().find(|c| c.id == o.conference)?;
        let text = crate::i18n::translate(
            t.lang,
            "conference-origin",
            &[
                ("round", &o.round.to_string()),
                ("question", c.round(o.round).unwrap_or_default()),
                ("group", &c.group(o.group).map(|g| g.name.clone()).unwrap_or_default()),
            ],
        );
        Some((text, format!("/organisations/{code}/plans/{id}/conferences/{}", c.id)))
    };
    let can_edit = forebygg_app::access::authorize(actor, &org, forebygg_domain::Action::EditPlans).is_ok();
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
                channel: t.get(&format!("channel-{}", i.fields.channel.as_str())),
                text: i.fields.text.clone(),
                sender: sender_text(t, i),
                decision: a
                    .map(|a| t.get(&format!("decision-{}", a.decision.as_str())))
                    .unwrap_or_else(|| t.get("decision-none")),
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
                        label: t.get(&format!("theme-{}", th.as_str())),
                        selected: i.themes.contains(th),
                    })
                    .collect(),
                theme_labels: i
                    .themes
                    .iter()
                    .map(|th| t.get(&format!("theme-{}", th.as_str())))
                    .collect::<Vec<_>>()
                    .join(", "),
                chapters: i.chapters.join(", "),
                files: files.iter().filter(|a| a.input_id == i.id).map(|a| file_row(t, code, id, a)).collect(),
                origin: origin_of(i),
                errors: if refused { refusal.errors.clone() } else { FormErrors::default() },
            }
        })
        .collect();
    let add = refusal.add.clone().unwrap_or_default();
    let add_errors = if refusal.add.is_some() { refusal.errors.clone() } else { FormErrors::default() };
    render_with(
        status,
        &RegisterPage {
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
                    label: t.get(&format!("theme-{}", th.as_str())),
                    selected: th.as_str() == filter.theme,
                })
                .collect(),
            filter_statuses: ["unanswered", "answered", "hidden"]
                .iter()
                .map(|st| Choice {
                    value: (*st).into(),
                    label: t.get(&format!("inputs-status-{st}")),
                    selected: *st == filter.status,
                })
                .collect(),
            no_errors: FormErrors::default(),
            channels: Channel::ALL
                .iter()
                .filter(|c| **c != Channel::Hearing)
                .map(|c| Choice {
                    value: c.as_str().into(),
                    label: t.get(&format!("channel-{}", c.as_str())),
                    selected: c.as_str() == add.channel,
                })
                .collect(),
            add,
            add_errors,
            summary: refusal.errors,
        },
    )
}

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Query(filter): Query<RegisterFilter>,
) -> Response {
    register_page(&state, &ctx, &code, id, RegisterRefusal { filter, ..RegisterRefusal::default() }, StatusCode::OK)
        .await
}

pub async fn tag(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, iid)): Path<(String, i64, i64)>,
    Form(fields): Form<std::collections::HashMap<String, String>>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let themes: Vec<Theme> =
        Theme::ALL.into_iter().filter(|th| fields.contains_key(&format!("theme_{}", th.as_str()))).collect();
    let chapters = fields.get("chapters").cloned().unwrap_or_default();
    let result = hearings::tag(state.store(), actor, &org, (id, iid), &themes, &chapters).await;
    after_input_form(&state, &ctx, &code, (id, iid), result, None).await
}

/// The form for an input from another channel, as typed.
#[derive(Deserialize, Default, Clone)]
pub struct StaffInput {
    #[serde(default)]
    pub channel: String,
    #[serde(default)]
    pub received: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub one_per_line: Option<String>,
}

pub async fn add_input(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<StaffInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let form = StaffInputForm {
        channel: input.channel.clone(),
        received: input.received.clone(),
        text: input.text.clone(),
        name: input.name.clone(),
        organisation: input.organisation.clone(),
        one_per_line: input.one_per_line.is_some(),
    };
    match hearings::add_inputs(state.store(), actor, &org, id, &form).await {
        Ok(_) => Redirect::to(&format!("/organisations/{code}/plans/{id}/inputs")).into_response(),
        Err(AppError::Invalid(errors)) => {
            let refusal = RegisterRefusal {
                add: Some(input),
                errors: FormErrors::new(ctx.tr(), &errors),
                ..RegisterRefusal::default()
            };
            register_page(&state, &ctx, &code, id, refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

/// An attachment, for the plan's staff: always as a download (never shown inline, so
/// a file cannot act as a page of this site), with the type its content was
/// recognised as.
pub async fn attachment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, iid, aid)): Path<(String, i64, i64, i64)>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match hearings::attachment(state.store(), actor, &org, (id, iid, aid)).await {
        Ok((info, bytes)) => (
            [
                (axum::http::header::CONTENT_TYPE, info.kind.content_type().to_owned()),
                (axum::http::header::CONTENT_DISPOSITION, content_disposition(&info.file_name)),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => app_error(&ctx, e),
    }
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

#[derive(Deserialize, Default, Clone)]
pub struct AssessInput {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    justification: String,
    #[serde(default)]
    change: String,
}

pub async fn assess(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, iid)): Path<(String, i64, i64)>,
    Form(input): Form<AssessInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let result =
        hearings::assess(state.store(), actor, &org, (id, iid), &input.decision, &input.justification, &input.change)
            .await;
    after_input_form(&state, &ctx, &code, (id, iid), result, Some(input)).await
}

#[derive(Deserialize, Default)]
pub struct ModerateInput {
    #[serde(default)]
    hide: String,
    #[serde(default)]
    reason: String,
}

pub async fn moderate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, iid)): Path<(String, i64, i64)>,
    Form(input): Form<ModerateInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let result = hearings::moderate(state.store(), actor, &org, (id, iid), input.hide == "1", &input.reason).await;
    after_input_form(&state, &ctx, &code, (id, iid), result, None).await
}

/// One line of the merknadsbehandling or of the public outcome page.
pub struct OutcomeRow {
    pub reference: String,
    pub text: String,
    pub decision: String,
    pub justification: String,
    pub change: String,
}

pub struct SenderRows {
    pub sender: String,
    pub rows: Vec<OutcomeRow>,
}

fn sender_rows(t: Tr, groups: &[SenderInputs]) -> Vec<SenderRows> {
    groups
        .iter()
        .map(|g| SenderRows {
            sender: g.sender.clone().unwrap_or_else(|| t.get("sender-private")),
            rows: g
                .inputs
                .iter()
                .map(|i| {
                    let a = i.assessment.as_ref();
                    OutcomeRow {
                        reference: i.reference(),
                        text: i.fields.text.clone(),
                        decision: a
                            .map(|a| t.get(&format!("decision-{}", a.decision.as_str())))
                            .unwrap_or_else(|| t.get("decision-none")),
                        justification: a.map(|a| a.justification.clone()).unwrap_or_default(),
                        change: a.map(|a| a.change.clone()).unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "merknader.html")]
struct MerknadPage {
    page: Page,
    back: String,
    back_title: String,
    csv: String,
    xlsx: String,
    intro: String,
    groups: Vec<SenderRows>,
}

pub async fn merknadsbehandling(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let t = ctx.tr();
    match hearings::merknadsbehandling(state.store(), actor, &org, id).await {
        Ok((plan, groups)) => render_with(
            StatusCode::OK,
            &MerknadPage {
                page: Page::titled(&ctx, t.with("merknad-title", "plan", &plan.title)),
                back: format!("/organisations/{code}/plans/{id}/inputs"),
                back_title: t.get("plan-inputs-link"),
                csv: format!("/organisations/{code}/plans/{id}/merknadsbehandling.csv"),
                xlsx: format!("/organisations/{code}/plans/{id}/merknadsbehandling.xlsx"),
                intro: t.get("merknad-intro"),
                groups: sender_rows(t, &groups),
            },
        ),
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn merknadsbehandling_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let (_, groups) = match hearings::merknadsbehandling(state.store(), actor, &org, id).await {
        Ok(found) => found,
        Err(e) => return app_error(&ctx, e),
    };
    let mut out = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let header = [
        "merknad-col-sender",
        "receipt-reference",
        "field-input-text",
        "merknad-col-decision",
        "merknad-col-justification",
        "merknad-col-change",
    ]
    .map(|k| t.get(k));
    let mut ok = out.write_record(&header).is_ok();
    for g in sender_rows(t, &groups) {
        for r in g.rows {
            ok &=
                out.write_record([&g.sender, &r.reference, &r.text, &r.decision, &r.justification, &r.change]).is_ok();
        }
    }
    let Ok(bytes) = out.into_inner() else {
        return app_error(&ctx, AppError::Internal("csv".into()));
    };
    if !ok {
        return app_error(&ctx, AppError::Internal("csv".into()));
    }
    // A byte order mark, so that Excel reads the Norwegian letters as UTF-8.
    let mut body = vec![0xEF, 0xBB, 0xBF];
    body.extend(bytes);
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"merknadsbehandling-{id}.csv\"")),
        ],
        body,
    )
        .into_response()
}

/// The merknadsbehandling as a spreadsheet (XLSX), one row per input.
pub async fn merknadsbehandling_xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let (plan, groups) = match hearings::merknadsbehandling(state.store(), actor, &org, id).await {
        Ok(found) => found,
        Err(e) => return app_error(&ctx, e),
    };
    match xlsx(t, &plan.title, &sender_rows(t, &groups)) {
        Ok(bytes) => (
            [
                (
                    axum::http::header::CONTENT_TYPE,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
                ),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"merknadsbehandling-{id}.xlsx\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => app_error(&ctx, AppError::Internal(e.to_string())),
    }
}

fn xlsx(t: Tr, title: &str, groups: &[SenderRows]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let sheet = workbook.add_worksheet();
    let name: String = t.get("merknad-link").chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    sheet.set_name(name)?;
    sheet.write_with_format(0, 0, title, &bold)?;
    let header = [
        "merknad-col-sender",
        "receipt-reference",
        "field-input-text",
        "merknad-col-decision",
        "merknad-col-justification",
        "merknad-col-change",
    ];
    for (col, key) in header.iter().enumerate() {
        sheet.write_with_format(2, col as u16, t.get(key), &bold)?;
    }
    let mut row = 3;
    for g in groups {
        for r in &g.rows {
            sheet.write(row, 0, &g.sender)?;
            sheet.write(row, 1, &r.reference)?;
            sheet.write_with_format(row, 2, &r.text, &wrap)?;
            sheet.write(row, 3, &r.decision)?;
            sheet.write_with_format(row, 4, &r.justification, &wrap)?;
            sheet.write(row, 5, &r.change)?;
            row += 1;
        }
    }
    for (col, width) in [(0u16, 24.0), (1, 10.0), (2, 60.0), (3, 22.0), (4, 60.0), (5, 24.0)] {
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(3, 0)?;
    workbook.save_to_buffer()
}

pub async fn outcomes(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let org = match org_of(&state, &ctx, &code).await {
        Ok(org) => org,
        Err(response) => return response,
    };
    let t = ctx.tr();
    match hearings::outcomes(state.store(), &org, id, now()).await {
        Ok((public, groups)) => render_with(
            StatusCode::OK,
            &MerknadPage {
                page: Page::titled(&ctx, t.with("outcomes-title", "plan", &public.plan.title)),
                back: format!("/hearings/{code}/{id}"),
                back_title: t.get("receipt-back"),
                csv: String::new(),
                xlsx: String::new(),
                intro: t.get("outcomes-intro"),
                groups: sender_rows(t, &groups),
            },
        ),
        Err(e) => app_error(&ctx, e),
    }
}

/// An open hearing as the start page lists it.
pub struct OpenHearingRow {
    pub href: String,
    pub org: String,
    pub plan: String,
    pub deadline: String,
}

/// The hearings open today, for the start page.
pub async fn open_hearing_rows(state: &AppState) -> Vec<OpenHearingRow> {
    hearings::open_hearings(state.store(), now())
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|(org, plan, hearing)| OpenHearingRow {
            href: format!("/hearings/{}/{}", org.code, plan.id),
            org: org.name,
            plan: plan.title,
            deadline: hearing.fields.end.map(|d| d.to_string()).unwrap_or_default(),
        })
        .collect()
}
