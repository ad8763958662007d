//! The organisation's privacy page: export and erase one person's inputs and gathering
//! registrations, and the log.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::privacy::PersonalData;
use forebygg_app::{AppError, now, privacy};
use forebygg_domain::timeline::dates::{oslo_date, oslo_local};
use forebygg_texts::labels;
use serde::Deserialize;
use serde_json::json;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{OrgAccess, Params};
use crate::ui::{FormErrors, Page, paths, render_with};

pub struct LogRow {
    pub at: String,
    pub action: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    page: Page,
    org_code: String,
    org_name: String,
    email: String,
    errors: FormErrors,
    notice: Option<String>,
    log: Vec<LogRow>,
}

#[derive(Deserialize, Default)]
pub struct PrivacyQuery {
    #[serde(default)]
    erased: Option<u64>,
    /// Registrations for gatherings the erasure cancelled or blanked.
    #[serde(default)]
    registrations: Option<u64>,
}

async fn privacy_page(
    state: &AppState,
    at: &OrgAccess,
    email: String,
    errors: FormErrors,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let OrgAccess { ctx, actor, org, .. } = at;
    let t = ctx.tr();
    let log = privacy::audit_log(state.store(), actor, org).await?;
    Ok(render_with(
        status,
        &PrivacyPage {
            page: Page::titled(ctx, t.with("privacy-title", "org", &org.name)),
            org_code: org.code.to_string(),
            org_name: org.name.clone(),
            email,
            errors,
            notice,
            log: log
                .into_iter()
                .map(|e| LogRow {
                    at: format!("{} {}", oslo_date(e.at), oslo_local(e.at).format("%H:%M")),
                    action: labels::audit_action(t, &e.action),
                    detail: labels::audit_detail(t, &e.action, &e.detail),
                })
                .collect(),
        },
    ))
}

pub async fn show(at: OrgAccess, Params(q): Params<PrivacyQuery>) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let notice = q.erased.map(|n| {
        let mut text = t.with("privacy-erased", "count", &n.to_string());
        if let Some(r) = q.registrations.filter(|r| *r > 0) {
            text = format!("{text} {}", t.with("privacy-erased-registrations", "count", &r.to_string()));
        }
        text
    });
    privacy_page(&at.state, &at, String::new(), FormErrors::default(), notice, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
pub struct EmailInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    confirm: Option<String>,
}

pub async fn export(at: OrgAccess, Params(input): Params<EmailInput>) -> Result<Response, PageError> {
    match privacy::export(at.store(), &at.actor, &at.org, &input.email).await {
        Ok(PersonalData { inputs, files, registrations }) => {
            let rows: Vec<_> = inputs
                .iter()
                .map(|i| {
                    json!({
                        "reference": i.reference(),
                        "plan_id": i.plan_id,
                        "channel": i.fields.channel.as_str(),
                        "received": oslo_local(i.received_at).format("%Y-%m-%dT%H:%M:%S").to_string(),
                        "text": i.fields.text,
                        "sender": i.fields.sender,
                        "decision": i.assessment.as_ref().map(|a| a.decision.as_str()),
                        "justification": i.assessment.as_ref().map(|a| a.justification.as_str()),
                        "attachments": files.iter().filter(|a| a.input_id == i.id).map(|a| json!({
                            "file_name": a.file_name,
                            "kind": a.kind.as_str(),
                            "size": a.size,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let registrations: Vec<_> = registrations
                .iter()
                .map(|h| {
                    let r = &h.registration;
                    json!({
                        "gathering": h.title,
                        "starts": h.starts.format("%Y-%m-%dT%H:%M").to_string(),
                        "name": r.participant.name,
                        "email": r.participant.email,
                        "role": r.participant.role,
                        "seat": r.seat.as_str(),
                        "registered": oslo_local(r.registered_at).format("%Y-%m-%dT%H:%M:%S").to_string(),
                    })
                })
                .collect();
            let body = serde_json::to_string_pretty(&json!({
                "email": input.email.trim().to_lowercase(),
                "inputs": rows,
                "registrations": registrations,
            }))
            .unwrap_or_default();
            Ok((
                [
                    (CONTENT_TYPE, "application/json; charset=utf-8"),
                    (CONTENT_DISPOSITION, "attachment; filename=\"personal-data.json\""),
                ],
                body,
            )
                .into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            privacy_page(&at.state, &at, input.email, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn erase(at: OrgAccess, Form(input): Form<EmailInput>) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    if input.confirm.is_none() {
        let errors = FormErrors::one("confirm", t.get("privacy-confirm-needed"));
        return privacy_page(&at.state, &at, input.email, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    match privacy::erase(at.store(), &at.actor, &at.org, &input.email, now()).await {
        Ok(erased) => {
            let r = erased.registrations;
            let path = format!(
                "{}/privacy?erased={}&registrations={}",
                paths::org(&at.org.code),
                erased.inputs,
                r.cancelled + r.blanked
            );
            Ok(Redirect::to(&path).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(t, &errors);
            privacy_page(&at.state, &at, input.email, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}
