//! The pages, one module per area. Handlers are thin: parse the input, call a use case
//! in `forebygg_app`, render a template or redirect.

mod account;
mod assets;
mod conferences;
mod document;
pub use document::document_model;
mod goals;
mod health;
mod hearings;
mod home;
mod language;
pub(crate) mod measures;
mod members;
pub(crate) mod organisations;
pub(crate) mod plans;
mod privacy;
mod programme;
mod schedule;
mod timeline;

use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use forebygg_app::Actor;
use forebygg_domain::{Lang, Organisation};

use crate::errors::{app_error, login_redirect};

use crate::i18n::Tr;
use crate::{AppState, Ctx, errors};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/healthz", get(health::show))
        .route("/static/app.css", get(assets::stylesheet))
        .route("/static/app.js", get(assets::script))
        .route("/login", get(account::login_form).post(account::login))
        .route("/logout", post(account::logout))
        .route("/account", get(account::show))
        .route("/account/password", post(account::change_password))
        .route("/language", post(language::choose))
        .route("/organisations", get(organisations::list).post(organisations::create))
        .route("/organisations/new", get(organisations::new_form))
        .route("/organisations/{code}", get(organisations::show))
        .route("/organisations/{code}/members", get(members::list).post(members::add))
        .route("/organisations/{code}/members/{user_id}/role", post(members::change_role))
        .route("/organisations/{code}/members/{user_id}/remove", post(members::remove))
        .route("/organisations/{code}/plans", get(plans::portfolio).post(plans::create))
        .route("/organisations/{code}/plans/{id}", get(plans::show).post(plans::update))
        .route("/organisations/{code}/plans/{id}/links", post(plans::link))
        .route("/organisations/{code}/plans/{id}/links/{to}/remove", post(plans::unlink))
        .route("/organisations/{code}/plans/{id}/activities", post(plans::add_activity))
        .route(
            "/organisations/{code}/plans/{id}/activities/{aid}",
            get(plans::edit_activity).post(plans::update_activity),
        )
        .route("/organisations/{code}/plans/{id}/activities/{aid}/remove", post(plans::remove_activity))
        .route("/organisations/{code}/plans/{id}/programme", get(programme::show))
        .route("/organisations/{code}/plans/{id}/programme.docx", get(document::programme_docx))
        .route("/organisations/{code}/plans/{id}/programme.pdf", post(document::programme_pdf))
        .route("/organisations/{code}/plans/{id}/programme/{op}", post(programme::edit))
        .route("/organisations/{code}/plans/{id}/schedule", get(schedule::show))
        .route("/organisations/{code}/plans/{id}/timeline.svg", get(timeline::svg))
        .route("/organisations/{code}/plans/{id}/calendar.ics", get(timeline::calendar))
        .route("/organisations/{code}/plans/{id}/inputs", get(hearings::register).post(hearings::add_input))
        .route("/organisations/{code}/plans/{id}/inputs/{iid}/assessment", post(hearings::assess))
        .route("/organisations/{code}/plans/{id}/inputs/{iid}/moderation", post(hearings::moderate))
        .route("/organisations/{code}/plans/{id}/inputs/{iid}/tags", post(hearings::tag))
        .route("/organisations/{code}/plans/{id}/inputs/{iid}/attachments/{aid}", get(hearings::attachment))
        .route("/organisations/{code}/plans/{id}/merknadsbehandling", get(hearings::merknadsbehandling))
        .route("/organisations/{code}/plans/{id}/merknadsbehandling.csv", get(hearings::merknadsbehandling_csv))
        .route("/organisations/{code}/plans/{id}/merknadsbehandling.xlsx", get(hearings::merknadsbehandling_xlsx))
        .route("/organisations/{code}/plans/{id}/conferences", get(conferences::list).post(conferences::create))
        .route("/organisations/{code}/plans/{id}/conferences/{cid}", get(conferences::show).post(conferences::update))
        .route("/organisations/{code}/plans/{id}/conferences/{cid}/outputs", post(conferences::add_outputs))
        .route("/organisations/{code}/plans/{id}/measures", get(measures::list).post(measures::create))
        .route("/organisations/{code}/plans/{id}/measures/new", get(measures::new))
        .route("/organisations/{code}/plans/{id}/measures/import", post(measures::import))
        .route("/organisations/{code}/plans/{id}/measures/coverage", get(measures::coverage))
        .route("/organisations/{code}/plans/{id}/measures/responsibility", get(measures::responsibility))
        .route("/organisations/{code}/plans/{id}/measures/{mid}", get(measures::edit).post(measures::update))
        .route("/organisations/{code}/plans/{id}/measures/{mid}/remove", post(measures::remove))
        .route("/organisations/{code}/plans/{id}/measures/{mid}/reports", post(measures::report))
        .route("/organisations/{code}/plans/{id}/measures/files/{name}", get(measures::file))
        .route("/organisations/{code}/plans/{id}/document", get(document::show))
        .route("/organisations/{code}/plans/{id}/document/{chapter}", get(document::edit).post(document::save))
        .route("/organisations/{code}/plans/{id}/document/versions", post(document::freeze))
        .route("/organisations/{code}/plans/{id}/document/versions/{vid}", get(document::version))
        .route("/organisations/{code}/plans/{id}/document/versions/{vid}/plan.docx", get(document::version_docx))
        .route("/organisations/{code}/plans/{id}/document.docx", get(document::current_docx))
        .route("/organisations/{code}/plans/{id}/document.pdf", post(document::current_pdf))
        .route("/organisations/{code}/plans/{id}/document/versions/{vid}/plan.pdf", post(document::version_pdf))
        .route("/organisations/{code}/pdf/{job}", get(document::pdf_job))
        .route("/organisations/{code}/pdf/{job}/status", get(document::pdf_status))
        .route("/organisations/{code}/pdf/{job}/file", get(document::pdf_file))
        .route("/organisations/{code}/plans/{id}/document/compare", get(document::compare_page))
        .route("/organisations/{code}/plans/{id}/goals", get(goals::list).post(goals::add))
        .route("/organisations/{code}/plans/{id}/goals/{gid}", post(goals::update))
        .route("/organisations/{code}/plans/{id}/follow-up", get(goals::follow_up))
        .route("/organisations/{code}/plans/{id}/follow-up/{name}", get(goals::yearly_file))
        .route("/hearings/{code}/{id}/outcomes", get(hearings::outcomes))
        .route("/organisations/{code}/privacy", get(privacy::show))
        .route("/organisations/{code}/privacy/export", get(privacy::export))
        .route("/organisations/{code}/privacy/erase", post(privacy::erase))
        .route("/hearings/{code}/{id}", get(hearings::show).post(hearings::respond))
        .route("/hearings/{code}/{id}/versions/{vid}", get(document::public_version))
        .route("/hearings/{code}/{id}/receipt/{token}", get(hearings::receipt))
        .fallback(fallback)
}

async fn fallback(ctx: Ctx) -> Response {
    errors::not_found(&ctx)
}

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

/// A redirect target from a form, accepted only when it stays on this site.
pub fn local_path(next: &str) -> Option<&str> {
    let ok = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') && !next.contains("://");
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
        .map(|m| RoleRow {
            code: m.org.code.to_string(),
            name: m.org.name.clone(),
            role: t.get(&format!("role-{}", m.role.as_str())),
        })
        .collect()
}

/// The signed-in person and the organisation named in the URL, or the response to give
/// instead (login for visitors, 404 for an unknown organisation).
pub async fn signed_in_at<'c>(
    state: &AppState,
    ctx: &'c Ctx,
    code: &str,
) -> Result<(&'c Actor, Organisation), Response> {
    let Some(actor) = &ctx.actor else {
        return Err(login_redirect(ctx));
    };
    let org = forebygg_app::organisations::find(state.store(), code).await.map_err(|e| app_error(ctx, e))?;
    Ok((actor, org))
}
