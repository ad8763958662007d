//! Turning failures into pages: a status code and a message in the visitor's language.
//!
//! Handlers and extractors return [`PageError`] with `?`. It knows nothing of the
//! request; [`render_errors`], a middleware that has the request's context, turns it
//! into an HTML page in the visitor's language, or into JSON under `/api/`.

use std::sync::Arc;

use askama::Template;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::AppError;

use crate::ui::{FormErrors, Page, import_problem};
use crate::{AppState, Ctx};

/// Why a request did not get what it asked for.
#[derive(Debug)]
pub enum PageError {
    /// A use case refused or failed (a visitor who is not signed in and meets a
    /// permission check is sent to log in).
    App(AppError),
    /// Nothing at this address (or nothing this person may know exists).
    NotFound,
    /// A body that could not be read: not a form, or not the JSON the endpoint takes
    /// (with the parser's words).
    Malformed(String),
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError::App(e)
    }
}

impl From<forebygg_app::StoreError> for PageError {
    fn from(e: forebygg_app::StoreError) -> Self {
        PageError::App(e.into())
    }
}

impl PageError {
    /// A failure inside the program, with its detail for the log (never the page).
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        PageError::App(AppError::Internal(detail.to_string()))
    }
}

/// Carries the error from the handler to [`render_errors`] in the response's extensions.
#[derive(Clone)]
struct Unrendered(Arc<PageError>);

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
        response.extensions_mut().insert(Unrendered(Arc::new(self)));
        response
    }
}

/// Renders a [`PageError`] that a handler or extractor returned, in the language of the
/// request: the error page, or the JSON error under `/api/`.
pub async fn render_errors(req: Request, next: Next) -> Response {
    let ctx = req.extensions().get::<Ctx>().cloned();
    let mut response = next.run(req).await;
    let Some(Unrendered(error)) = response.extensions_mut().remove::<Unrendered>() else {
        return match &ctx {
            Some(ctx) if is_framework_rejection(&response) => framework_rejection(ctx, response).await,
            _ => response,
        };
    };
    let Some(ctx) = ctx else {
        return plain_500("an error response without a request context");
    };
    if ctx.path.starts_with("/api/") {
        return crate::api::error(&ctx, &error);
    }
    match &*error {
        PageError::App(e) => app_error(&ctx, e),
        PageError::NotFound => not_found(&ctx),
        PageError::Malformed(_) => malformed(&ctx),
    }
}

/// A plain-text answer the framework gave by itself (a form or query that does not
/// read, an unknown method, a wrong content type): its words are the parser's, for the
/// log, not for the visitor.
fn is_framework_rejection(response: &Response) -> bool {
    let plain = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    plain && response.status().is_client_error()
}

async fn framework_rejection(ctx: &Ctx, response: Response) -> Response {
    let status = response.status();
    let detail = axum::body::to_bytes(response.into_body(), 4096).await.unwrap_or_default();
    let reference = reference();
    // Debug formatting: what a client sent is quoted and escaped, so it cannot forge log lines.
    tracing::warn!(reference, status = status.as_u16(), detail = ?String::from_utf8_lossy(&detail), "request refused");
    if ctx.path.starts_with("/api/") {
        return crate::api::refused(ctx, status, &reference);
    }
    match status {
        StatusCode::NOT_FOUND => not_found(ctx),
        StatusCode::PAYLOAD_TOO_LARGE => page(ctx, status, "error-too-large", ctx.tr().get("error-too-large-text")),
        _ => {
            let message = format!(
                "{} {}",
                ctx.tr().get("error-malformed-text"),
                ctx.tr().with("error-reference", "reference", &reference)
            );
            page(ctx, status, "error-invalid", message)
        }
    }
}

/// A short reference for one failed request, shown to the person and written to the log
/// with the details, so that support can find what went wrong without the page saying it.
pub fn reference() -> String {
    forebygg_app::tokens::random_token().map(|t| t.chars().take(10).collect()).unwrap_or_else(|_| "-".into())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    message: String,
    /// Text the visitor typed into a form that could not be accepted, to copy.
    kept: Option<String>,
}

/// An error page with the given status, heading key and message.
pub fn page(ctx: &Ctx, status: StatusCode, heading_key: &str, message: String) -> Response {
    page_keeping(ctx, status, heading_key, message, None)
}

fn page_keeping(ctx: &Ctx, status: StatusCode, heading_key: &str, message: String, kept: Option<String>) -> Response {
    let page = Page::new(ctx, heading_key);
    match (ErrorPage { page, message, kept }).render() {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(e) => plain_500(&e.to_string()),
    }
}

/// The page for a failed use case. A visitor who is not signed in and meets a
/// permission check is sent to the login page first.
fn app_error(ctx: &Ctx, err: &AppError) -> Response {
    let t = ctx.tr();
    match err {
        AppError::Forbidden if ctx.actor.is_none() => login_redirect(ctx),
        AppError::Forbidden => {
            let user = ctx.actor.as_ref().map(|a| a.user.id.get());
            tracing::warn!(target: "forebygg::security", event = "forbidden", user, path = ?ctx.path);
            // A county's adviser meets this where a municipality has not shared a part:
            // say so, rather than leave them guessing.
            let adviser = ctx
                .actor
                .as_ref()
                .is_some_and(|a| a.memberships.iter().any(|m| m.role == forebygg_domain::Role::RegionalAdviser));
            let text = if adviser {
                format!("{} {}", t.get("error-forbidden-text"), t.get("error-forbidden-adviser"))
            } else {
                t.get("error-forbidden-text")
            };
            page(ctx, StatusCode::FORBIDDEN, "error-forbidden", text)
        }
        AppError::NotFound(_) => not_found(ctx),
        AppError::Invalid(errors) => {
            let text = FormErrors::new(t, errors).items.into_iter().map(|(_, m)| m).collect::<Vec<_>>().join(" ");
            page(ctx, StatusCode::UNPROCESSABLE_ENTITY, "error-invalid", text)
        }
        AppError::Import(problems) => {
            let text = problems.iter().map(|p| import_problem(t, p)).collect::<Vec<_>>().join(" ");
            page(ctx, StatusCode::UNPROCESSABLE_ENTITY, "error-invalid", text)
        }
        AppError::Conflict { message, .. } => page(ctx, StatusCode::CONFLICT, "error-conflict", message.clone()),
        AppError::LastAdmin => page(ctx, StatusCode::CONFLICT, "error-conflict", t.get("error-last-admin")),
        AppError::HearingClosed => page(ctx, StatusCode::GONE, "hearing-closed-title", t.get("hearing-closed-text")),
        AppError::WrongCredentials => page(ctx, StatusCode::UNAUTHORIZED, "error-forbidden", t.get("login-wrong")),
        AppError::Locked { .. } => page(ctx, StatusCode::TOO_MANY_REQUESTS, "error-forbidden", t.get("login-locked")),
        AppError::Store(e) => internal(ctx, &e.to_string()),
        AppError::Internal(e) => internal(ctx, e),
    }
}

pub fn not_found(ctx: &Ctx) -> Response {
    page(ctx, StatusCode::NOT_FOUND, "error-not-found", ctx.tr().get("error-not-found-text"))
}

pub fn login_redirect(ctx: &Ctx) -> Response {
    let next: String = form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect();
    Redirect::to(&format!("/login?next={next}")).into_response()
}

fn internal(ctx: &Ctx, detail: &str) -> Response {
    let reference = reference();
    tracing::error!(reference, detail, "internal error");
    let t = ctx.tr();
    let message = format!("{} {}", t.get("error-internal-text"), t.with("error-reference", "reference", &reference));
    page(ctx, StatusCode::INTERNAL_SERVER_ERROR, "error-internal", message)
}

/// A form whose CSRF check failed; what was typed in its main text field is shown so
/// that nothing written is lost.
pub fn csrf_rejected(_state: &AppState, ctx: &Ctx, kept: Option<String>) -> Response {
    let user = ctx.actor.as_ref().map(|a| a.user.id.get());
    tracing::warn!(target: "forebygg::security", event = "csrf-refused", user, path = ?ctx.path);
    if ctx.path.starts_with("/api/") {
        return crate::api::refused(ctx, StatusCode::FORBIDDEN, &reference());
    }
    let kept = kept.filter(|k| !k.trim().is_empty());
    page_keeping(ctx, StatusCode::FORBIDDEN, "error-csrf", ctx.tr().get("error-csrf-text"), kept)
}

pub fn too_large(_state: &AppState, ctx: &Ctx) -> Response {
    page(ctx, StatusCode::PAYLOAD_TOO_LARGE, "error-too-large", ctx.tr().get("error-too-large-text"))
}

/// A form body that could not be read as a form at all.
pub fn malformed(ctx: &Ctx) -> Response {
    page(ctx, StatusCode::BAD_REQUEST, "error-invalid", ctx.tr().get("error-malformed-text"))
}

/// For failures before a page can be made (no context, template broken).
pub fn plain_500(detail: &str) -> Response {
    tracing::error!(detail, "internal error");
    (StatusCode::INTERNAL_SERVER_ERROR, "Internal error").into_response()
}
