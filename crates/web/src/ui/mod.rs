//! What pages share, and the only thing page areas share: the frame of a page
//! ([`Page`]), rendering, choices for `<select>`s, form errors and validation messages,
//! words for domain values, dates, and the addresses of pages ([`paths`]).
//!
//! Page areas (`pages/<area>`) import this module, the extractors, the error type,
//! `forebygg_app` and `forebygg_domain` — never each other (`tests/web/boundaries.rs`).

pub mod calendar;
pub mod charts;
pub mod check;
mod choices;
pub mod confirm;
mod forms;
pub mod paths;
mod timeline;
pub mod trace;
mod words;

pub use choices::{Choice, choices};
pub use forebygg_texts::labels::version_name;
pub use forms::{FormErrors, import_problem, refusal_message, validation_message};
pub use timeline::timeline_svg;
pub use words::{FindingView, finding_view, today, type_name, when};

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use forebygg_domain::Lang;
use forebygg_texts::labels;

use crate::Ctx;
use crate::errors;
use forebygg_texts::Tr;

/// What every page shows around its content: language, title, navigation, the
/// signed-in person, and the CSRF token for its forms.
#[derive(Clone, Debug)]
pub struct Page {
    pub t: Tr,
    pub lang: &'static str,
    pub title: String,
    pub csrf: String,
    pub path: String,
    pub user_name: Option<String>,
    pub site_admin: bool,
    pub langs: Vec<LangChoice>,
}

#[derive(Clone, Debug)]
pub struct LangChoice {
    pub code: &'static str,
    pub autonym: &'static str,
    pub current: bool,
}

impl Page {
    /// A page whose title is the message `title_key`.
    pub fn new(ctx: &Ctx, title_key: &str) -> Self {
        Self::titled(ctx, ctx.tr().get(title_key))
    }

    /// A page with a title made by the handler (e.g. an organisation's name).
    pub fn titled(ctx: &Ctx, title: String) -> Self {
        Self {
            t: ctx.tr(),
            lang: ctx.lang.code(),
            title,
            csrf: ctx.csrf.clone(),
            path: ctx.path.clone(),
            user_name: ctx.actor.as_ref().map(|a| a.user.name.as_str().to_owned()),
            site_admin: ctx.actor.as_ref().is_some_and(|a| a.user.site_admin),
            langs: Lang::ALL
                .iter()
                .map(|l| LangChoice { code: l.code(), autonym: l.autonym(), current: *l == ctx.lang })
                .collect(),
        }
    }
}

/// Renders a template as a 200 page.
pub fn render<T: Template>(template: &T) -> Response {
    render_with(StatusCode::OK, template)
}

/// Renders a template with a status (422 for a form sent back with errors).
pub fn render_with<T: Template>(status: StatusCode, template: &T) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => errors::plain_500(&e.to_string()),
    }
}

/// A file to save: its media type follows the name's extension (CSV, XLSX, DOCX).
pub fn download(bytes: Vec<u8>, file_name: &str) -> Response {
    let kind = match file_name.rsplit('.').next() {
        Some("csv") => "text/csv; charset=utf-8",
        Some("xlsx") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Some("docx") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Some("pdf") => "application/pdf",
        _ => "application/octet-stream",
    };
    (
        [
            (axum::http::header::CONTENT_TYPE, kind.to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
        ],
        bytes,
    )
        .into_response()
}

/// A redirect target from a form, accepted only when it is a path on this site: it
/// starts with one `/`, and has no control character, space or backslash anywhere —
/// browsers drop tabs and newlines and read `\` as `/`, so `/\t/host` or `/\host` would
/// be read as `//host`, another site — and no scheme.
pub fn local_path(next: &str) -> Option<&str> {
    let clean = !next.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let ok = clean && next.starts_with('/') && !next.starts_with("//") && !next.contains("://") && next.len() <= 2048;
    ok.then_some(next)
}

/// One of the signed-in person's roles, as the start and account pages list them.
pub struct RoleRow {
    pub code: String,
    pub name: String,
    pub role: String,
}

pub fn role_rows(ctx: &Ctx) -> Vec<RoleRow> {
    let t = ctx.tr();
    ctx.actor
        .iter()
        .flat_map(|a| &a.memberships)
        .map(|m| RoleRow { code: m.org.code.to_string(), name: m.org.name.clone(), role: labels::role(t, m.role) })
        .collect()
}
