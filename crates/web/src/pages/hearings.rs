//! The public side of a hearing: the plan's page with the response form (no account,
//! no JavaScript needed), the receipt, and for the plan's staff the register of inputs.

use std::time::Instant;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::hearings::{self, PublicPlan};
use forebygg_app::{AppError, Input, now, organisations};
use forebygg_domain::Organisation;
use forebygg_domain::hearing::ResponseForm;
use forebygg_domain::plan::programme::numbered;
use forebygg_domain::timeline::dates::{oslo_date, oslo_local};
use serde::Deserialize;

use crate::errors::{FormErrors, app_error};
use crate::i18n::Tr;
use crate::pages::plans::type_name;
use crate::pages::{Page, render_with, signed_in_at};
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
    ctx: &Ctx,
    org: &Organisation,
    public: &PublicPlan,
    input: ResponseInput,
    errors: FormErrors,
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
            render_with(StatusCode::OK, &hearing_page(&ctx, &org, &public, input, FormErrors::default()))
        }
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<ResponseInput>,
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
    let refuse = |status: StatusCode, errors: FormErrors, input: ResponseInput| {
        render_with(status, &hearing_page(&ctx, &org, &public, input, errors))
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
    };
    match hearings::respond(state.store(), &org, id, &form, now()).await {
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
    let input: Input = match hearings::receipt(state.store(), &org, id, &token).await {
        Ok(input) => input,
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
        },
    )
}

pub struct InputRow {
    pub reference: String,
    pub received: String,
    pub channel: String,
    pub text: String,
    pub sender: String,
}

#[derive(Template)]
#[template(path = "inputs.html")]
struct RegisterPage {
    page: Page,
    org_code: String,
    plan_id: i64,
    plan_title: String,
    rows: Vec<InputRow>,
}

pub async fn register(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let (plan, inputs) = match hearings::register(state.store(), actor, &org, id).await {
        Ok(found) => found,
        Err(e) => return app_error(&ctx, e),
    };
    let rows = inputs
        .iter()
        .map(|i| {
            let s = &i.fields.sender;
            let sender = [s.name.clone(), s.organisation.clone(), s.email.as_ref().map(|e| e.to_string())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            InputRow {
                reference: i.reference(),
                received: when(t, i.received_at),
                channel: t.get(&format!("channel-{}", i.fields.channel.as_str())),
                text: i.fields.text.clone(),
                sender: if sender.is_empty() { t.get("sender-anonymous") } else { sender },
            }
        })
        .collect();
    render_with(
        StatusCode::OK,
        &RegisterPage {
            page: Page::titled(&ctx, t.with("inputs-title", "plan", &plan.title)),
            org_code: org.code.to_string(),
            plan_id: id,
            plan_title: plan.title.clone(),
            rows,
        },
    )
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
