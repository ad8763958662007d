//! The JSON API (`/api/v1`), described by the OpenAPI document at `/api/openapi.json`.
//! It offers what the plan pages offer, through the same use cases; it uses the same
//! session cookie, and every state-changing request carries the CSRF token in the
//! `X-CSRF-Token` header.

mod dto;
mod plans;

use axum::Json;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use forebygg_app::AppError;
use utoipa::OpenApi;

use crate::errors::PageError;
use crate::ui::FormErrors;
use crate::{AppState, Ctx};

pub use dto::ErrorDto;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "forebygg API",
        description = "Plans, planning programmes and process calendars of municipalities' plans for preventive work. \\
                       Sign in on the web page; send the session cookie, and on POST, PUT and DELETE the header \\
                       X-CSRF-Token with the token of the session (the `csrf` field of any form)."
    ),
    paths(
        plans::list,
        plans::create,
        plans::show,
        plans::check,
        plans::update,
        plans::programme,
        plans::replace_programme,
        plans::activities,
        plans::add_activity,
        plans::update_activity,
        plans::remove_activity,
    ),
    tags((name = "plans", description = "Plan portfolio, programme and process calendar"))
)]
pub struct ApiDoc;

/// The OpenAPI document as JSON.
pub fn openapi_json() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}

async fn openapi() -> Response {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], openapi_json()).into_response()
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/v1/organisations/{code}/plans", get(plans::list).post(plans::create))
        .route("/api/v1/organisations/{code}/plans/{id}", get(plans::show).put(plans::update))
        .route("/api/v1/organisations/{code}/plans/{id}/check", get(plans::check))
        .route("/api/v1/organisations/{code}/plans/{id}/programme", get(plans::programme).put(plans::replace_programme))
        .route("/api/v1/organisations/{code}/plans/{id}/activities", get(plans::activities).post(plans::add_activity))
        .route(
            "/api/v1/organisations/{code}/plans/{id}/activities/{aid}",
            axum::routing::put(plans::update_activity).delete(plans::remove_activity),
        )
}

/// A failed request as a JSON error with the matching status.
/// An error response with the problem-details media type.
fn problem(status: StatusCode, body: ErrorDto) -> Response {
    let mut response = (status, Json(body)).into_response();
    response
        .headers_mut()
        .insert(axum::http::header::CONTENT_TYPE, axum::http::HeaderValue::from_static("application/problem+json"));
    response
}

/// A request refused before any use case ran (a body or address that does not read,
/// a failed CSRF check, an unknown method): the JSON error with its reference.
pub fn refused(ctx: &Ctx, status: StatusCode, reference: &str) -> Response {
    let code = match status {
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        _ => "bad_request",
    };
    let mut fields = std::collections::BTreeMap::new();
    fields.insert("reference".to_owned(), reference.to_owned());
    let key = if status == StatusCode::FORBIDDEN { "error-csrf-text" } else { "error-api-malformed" };
    fields.insert("message".to_owned(), ctx.tr().get(key));
    problem(status, ErrorDto::new(status, code, fields))
}

pub fn error(ctx: &Ctx, e: &PageError) -> Response {
    let t = ctx.tr();
    let e = match e {
        PageError::App(e) => e,
        PageError::NotFound => &AppError::NotFound(String::new()),
        PageError::Malformed(words) => {
            // The parser's words go to the log with a reference; the answer says what
            // is wrong without them.
            let reference = crate::errors::reference();
            tracing::warn!(reference, detail = %words, "api body refused");
            return refused(ctx, StatusCode::BAD_REQUEST, &reference);
        }
    };
    let (status, code, fields) = match e {
        AppError::Forbidden if ctx.actor.is_none() => (StatusCode::UNAUTHORIZED, "unauthenticated", None),
        AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", None),
        AppError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found", None),
        AppError::Invalid(errors) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid", Some(FormErrors::new(t, errors))),
        AppError::Import(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid", None),
        AppError::Conflict { .. } | AppError::LastAdmin => (StatusCode::CONFLICT, "conflict", None),
        AppError::HearingClosed => (StatusCode::GONE, "hearing_closed", None),
        AppError::WrongCredentials | AppError::Locked { .. } => (StatusCode::UNAUTHORIZED, "unauthenticated", None),
        AppError::Store(e) => {
            tracing::error!(error = %e, "api store error");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal", None)
        }
        AppError::Internal(e) => {
            tracing::error!(error = %e, "api internal error");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal", None)
        }
    };
    let fields = fields.map(|f| f.items.into_iter().collect()).unwrap_or_default();
    problem(status, ErrorDto::new(status, code, fields))
}
