//! The public hearing page with its response form, and the receipt.

use forebygg_domain::ids::PlanId;
use std::time::Instant;

use askama::Template;
use axum::Form;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::document;
use forebygg_app::hearings::{self, PublicPlan};
use forebygg_app::{AppError, now};
use forebygg_domain::Organisation;
use forebygg_domain::document::version::Version;
use forebygg_domain::hearing::attachment::{MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS};
use forebygg_domain::hearing::{ResponseForm, Upload};
use forebygg_domain::plan::programme::numbered;
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use super::{FileRow, file_row, org_of};
use crate::errors::PageError;
use crate::extract::{Address, ClientAddress, HearingPath, Params, Visit};
use crate::limits::{HumanCheck, SLOWDOWN};
use crate::ui::paths::PlanUrls;
use crate::ui::{FormErrors, Page, render_with, type_name, version_name, when};
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
    /// A human check's question (signed) and the answer typed, when one was asked.
    #[serde(default)]
    check: String,
    #[serde(default)]
    check_answer: String,
}

/// A response as sent: a urlencoded form, or a multipart form with files (read and
/// CSRF-checked by the middleware, which leaves it as an extension).
pub struct Submitted {
    input: ResponseInput,
    uploads: Vec<Upload>,
}

impl FromRequest<AppState> for Submitted {
    type Rejection = PageError;

    async fn from_request(mut req: Request, state: &AppState) -> Result<Self, PageError> {
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
                check: form.text("check"),
                check_answer: form.text("check_answer"),
            };
            return Ok(Submitted { input, uploads: form.files });
        }
        let Form(input) =
            Form::<ResponseInput>::from_request(req, state).await.map_err(|e| PageError::Malformed(e.body_text()))?;
        Ok(Submitted { input, uploads: Vec::new() })
    }
}

#[derive(Template)]
#[template(path = "hearing.html")]
struct HearingPage {
    page: Page,
    /// The public versions of the plan: address and name.
    versions: Vec<(String, String)>,
    youth: bool,
    /// The youth version's opening, which names the municipality and the plan.
    youth_lead: String,
    /// The plan lead's few sentences for children and young people.
    youth_summary: String,
    /// "Engerdal kommune": whose plan it is.
    municipality: String,
    action: String,
    other_variant: String,
    plan_title: String,
    plan_type: String,
    hearing_title: String,
    period: String,
    deadline: String,
    open: bool,
    /// When not open: the heading and the sentence that say why (closed at its
    /// deadline, closed early, or not begun yet).
    closed_title: String,
    closed_note: String,
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
    /// A sum to work out, asked when the network address is past its limit.
    check: Option<HumanCheck>,
    check_question: String,
}

/// The hearing page; `versions` are the plan's public versions, listed for reading.
fn hearing_page(
    state: &AppState,
    ctx: &Ctx,
    org: &Organisation,
    (public, versions): (&PublicPlan, &[Version]),
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
    let base = PlanUrls::new(org.code.as_str(), public.plan.id).public();
    HearingPage {
        page: Page::titled(ctx, t.with("hearing-page-title", "plan", &public.plan.title)),
        versions: versions.iter().map(|v| (format!("{base}/versions/{}", v.id), version_name(t, v))).collect(),
        youth,
        youth_lead: forebygg_texts::translate(
            ctx.lang,
            "hearing-youth-lead",
            &[("municipality", &t.with("document-municipality", "name", &org.name)), ("plan", &public.plan.title)],
        ),
        youth_summary: public.programme.youth_summary.clone(),
        municipality: t.with("document-municipality", "name", &org.name),
        action: base.clone(),
        other_variant: if youth { base } else { format!("{base}?variant=youth") },
        plan_title: public.plan.title.clone(),
        plan_type: type_name(ctx.lang, &public.plan.plan_type),
        hearing_title: title,
        period,
        closed_title: t.get(if public.closed.is_some() { "hearing-closed-title" } else { "hearing-not-begun-title" }),
        closed_note: match &public.closed {
            Some(h) => match h.hearing.closed_on {
                Some(on) => t.with("hearing-closed-early", "date", &on.to_string()),
                None => t.with("hearing-closed-on", "deadline", &deadline),
            },
            None => String::new(),
        },
        deadline,
        open: public.open.is_some(),
        days_left,
        purpose: public.programme.purpose.clone(),
        chapters: numbered(&public.programme.outline.chapters)
            .into_iter()
            .filter(|(_, depth, _)| *depth == 0)
            .map(|(n, _, c)| (n, c.title.clone()))
            .collect(),
        publish_name: input.publish_name.is_some(),
        consent: input.consent.is_some(),
        input,
        files_dropped,
        mail_receipts: state.config().mail_receipts,
        attachments_hint: forebygg_texts::translate(
            ctx.lang,
            "hearing-attachments-hint",
            &[("count", &MAX_ATTACHMENTS.to_string()), ("max", &(MAX_ATTACHMENT_BYTES / 1024 / 1024).to_string())],
        ),
        errors,
        check: None,
        check_question: String::new(),
    }
}

pub async fn show(
    Visit { state, ctx }: Visit,
    Address(HearingPath { code, id }): Address<HearingPath>,
    Params(v): Params<Variant>,
) -> Result<Response, PageError> {
    let org = org_of(&state, &code).await?;
    let public = hearings::public_plan(state.store(), &org, id, now()).await?;
    let versions = document::public_versions(state.store(), &org, id).await?;
    let input = ResponseInput { variant: v.variant, ..ResponseInput::default() };
    let page = hearing_page(&state, &ctx, &org, (&public, &versions), input, FormErrors::default(), false);
    Ok(render_with(StatusCode::OK, &page))
}

pub async fn respond(
    Visit { state, ctx }: Visit,
    ClientAddress(address): ClientAddress,
    Address(HearingPath { code, id }): Address<HearingPath>,
    Submitted { input, uploads }: Submitted,
) -> Result<Response, PageError> {
    let org = org_of(&state, &code).await?;
    let t = ctx.tr();
    let public = hearings::public_plan(state.store(), &org, id, now()).await?;
    let files_dropped = uploads.iter().any(|u| u.size > 0);
    let mut check_needed = false;
    let (status, errors) = if !input.website.is_empty() {
        (StatusCode::UNPROCESSABLE_ENTITY, FormErrors::one("text", t.get("hearing-not-accepted")))
    } else if !state.hearing_limiter().allow(&ctx.session_token, id, Instant::now()) {
        (StatusCode::TOO_MANY_REQUESTS, FormErrors::one("text", t.get("hearing-too-many")))
    } else if let Some(message) = address_check(&state, &ctx, &address, id, &input).await {
        check_needed = true;
        (StatusCode::UNPROCESSABLE_ENTITY, FormErrors::one("check_answer", t.get(message)))
    } else {
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
                let base = PlanUrls::new(org.code.as_str(), id).public();
                return Ok(Redirect::to(&format!("{base}/receipt/{}{variant}", receipt.token)).into_response());
            }
            Err(AppError::Invalid(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, FormErrors::new(t, &errors)),
            Err(AppError::HearingClosed) => (StatusCode::GONE, FormErrors::one("text", t.get("hearing-closed-text"))),
            Err(e) => return Err(e.into()),
        }
    };
    // Only a refused response shows the page again; an accepted one never reads the versions.
    let versions = document::public_versions(state.store(), &org, id).await.unwrap_or_default();
    let mut page = hearing_page(&state, &ctx, &org, (&public, &versions), input, errors, files_dropped);
    if check_needed {
        let check = HumanCheck::new(state.csrf_secret(), &ctx.session_token, id)?;
        let (a, b) = (check.a.to_string(), check.b.to_string());
        page.check_question = forebygg_texts::translate(ctx.lang, "hearing-check-question", &[("a", &a), ("b", &b)]);
        page.check = Some(check);
    }
    Ok(render_with(status, &page))
}

/// Past its network address's limit, a response waits a little and must carry the
/// answer to its sum: the message to show when it does not.
async fn address_check(
    state: &AppState,
    ctx: &Ctx,
    address: &str,
    id: PlanId,
    input: &ResponseInput,
) -> Option<&'static str> {
    if state.address_limiter().allow(address, id, Instant::now()) {
        return None;
    }
    tokio::time::sleep(SLOWDOWN).await;
    if HumanCheck::passes(state.csrf_secret(), &ctx.session_token, id, &input.check, &input.check_answer) {
        None
    } else if input.check.is_empty() {
        Some("hearing-check-needed")
    } else {
        Some("hearing-check-wrong")
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

pub async fn receipt(
    Visit { state, ctx }: Visit,
    Address(ReceiptPath { code, id, token }): Address<ReceiptPath>,
    Params(v): Params<Variant>,
) -> Result<Response, PageError> {
    let org = org_of(&state, &code).await?;
    let t = ctx.tr();
    let (input, files) = hearings::receipt(state.store(), &org, id, &token).await?;
    let plan_title = match hearings::public_plan(state.store(), &org, id, now()).await {
        Ok(public) => public.plan.title,
        Err(_) => String::new(),
    };
    Ok(render_with(
        StatusCode::OK,
        &ReceiptPage {
            page: Page::new(&ctx, "receipt-title"),
            youth: v.variant == "youth",
            plan_title,
            back: PlanUrls::new(org.code.as_str(), id).public(),
            reference: input.reference(),
            received: when(t, input.received_at),
            text: input.fields.text.clone(),
            email_given: input.fields.sender.email.is_some(),
            mail_receipts: state.config().mail_receipts,
            files: files.iter().map(|a| file_row(t, &code, id, a)).collect(),
        },
    ))
}

/// A receipt, from the address: `/hearings/{code}/{id}/receipt/{token}`.
#[derive(Deserialize)]
pub struct ReceiptPath {
    code: String,
    id: PlanId,
    token: String,
}
