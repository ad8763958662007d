//! The plan document as files: Word (DOCX, made in the request) and PDF (typeset by the
//! PDF worker; the request queues a job and shows its progress page) — the current text,
//! or a frozen version.

use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::document::PlanDocument;
use forebygg_app::{Actor, AppError, document};
use forebygg_domain::document::programme::programme_chapters;
use forebygg_domain::document::version::Version;
use forebygg_domain::{Lang, Organisation};
use forebygg_render::{ChapterModel, DocumentModel};
use serde::Serialize;

use super::expanded;
use super::versions::version_name;
use crate::errors::app_error;
use crate::i18n::Tr;
use crate::pages::{Page, render_with, signed_in_at};
use crate::pdf::{JobState, QueueError};
use crate::{AppState, Ctx};

fn depth(number: &str) -> usize {
    number.matches('.').count()
}

fn model(t: Tr, municipality: &str, title: &str, version: String, chapters: Vec<ChapterModel>) -> DocumentModel {
    DocumentModel {
        lang: t.lang.code().to_owned(),
        municipality: t.with("document-municipality", "name", municipality),
        title: title.to_owned(),
        version,
        contents_label: t.get("document-toc"),
        chapters,
    }
}

/// The document model of the current document, or of frozen version `version`, with
/// its labels in `lang`.
pub fn document_model(lang: Lang, municipality: &str, doc: &PlanDocument, version: Option<&Version>) -> DocumentModel {
    let t = Tr { lang };
    let Some(v) = version else {
        let chapters = doc
            .chapters
            .iter()
            .map(|c| ChapterModel {
                number: c.number.clone(),
                title: c.title.clone(),
                depth: c.depth,
                text: expanded(t, c.text.as_ref().map(|x| x.body.as_str()).unwrap_or(""), &doc.generated),
            })
            .collect();
        return model(t, municipality, &doc.plan.title, t.get("version-working"), chapters);
    };
    let chapters = v
        .snapshot
        .chapters
        .iter()
        .map(|c| ChapterModel {
            number: c.number.clone(),
            title: c.title.clone(),
            depth: depth(&c.number),
            text: expanded(t, &c.body, &v.snapshot.generated),
        })
        .collect();
    model(t, municipality, &doc.plan.title, version_name(t, v), chapters)
}

/// The planning programme as a document model, with its labels in `lang`.
pub fn programme_model(lang: Lang, municipality: &str, doc: &PlanDocument) -> DocumentModel {
    let t = Tr { lang };
    let chapters = programme_chapters(&doc.programme, &doc.generated, &|key| t.get(key))
        .into_iter()
        .map(|c| ChapterModel { number: c.number, title: c.title, depth: c.depth, text: c.text })
        .collect();
    let title = t.with("programme-title", "plan", &doc.plan.title);
    model(t, municipality, &title, t.get("version-working"), chapters)
}

/// Which document a request is for.
#[derive(Clone, Copy)]
enum Which {
    /// The plan document: the current text, or a frozen version.
    Plan(Option<i64>),
    Programme,
}

/// Who asked and what: the model of the document asked for, and the file name
/// (without extension) it downloads as.
async fn load_model(
    state: &AppState,
    ctx: &Ctx,
    (code, id, which): (&str, i64, Which),
) -> Result<(Actor, Organisation, DocumentModel, String), Response> {
    let (actor, org) = signed_in_at(state, ctx, code).await?;
    let doc = document::document(state.store(), actor, &org, id).await.map_err(|e| app_error(ctx, e))?;
    let (m, name) = match which {
        Which::Programme => (programme_model(ctx.lang, &org.name, &doc), format!("planprogram-{id}")),
        Which::Plan(None) => (document_model(ctx.lang, &org.name, &doc, None), format!("plan-{id}")),
        Which::Plan(Some(vid)) => {
            let versions = document::versions(state.store(), actor, &org, id).await.map_err(|e| app_error(ctx, e))?;
            let Some(v) = versions.iter().find(|v| v.id == vid) else {
                return Err(crate::errors::not_found(ctx));
            };
            (document_model(ctx.lang, &org.name, &doc, Some(v)), format!("plan-{id}-v{vid}"))
        }
    };
    Ok((actor.clone(), org, m, name))
}

async fn docx(state: &AppState, ctx: &Ctx, key: (&str, i64, Which)) -> Response {
    let (_, _, model, name) = match load_model(state, ctx, key).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match forebygg_render::docx::docx(&model) {
        Ok(bytes) => crate::pages::download(bytes, &format!("{name}.docx")),
        Err(e) => app_error(ctx, AppError::Internal(e.to_string())),
    }
}

/// The document as it stands now.
pub async fn current_docx(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    docx(&state, &ctx, (&code, id, Which::Plan(None))).await
}

/// A frozen version, exactly as it was frozen.
pub async fn version_docx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, vid)): Path<(String, i64, i64)>,
) -> Response {
    docx(&state, &ctx, (&code, id, Which::Plan(Some(vid)))).await
}

async fn queue_pdf(state: &AppState, ctx: &Ctx, key: (&str, i64, Which)) -> Response {
    let Some(jobs) = state.pdf() else {
        return crate::errors::not_found(ctx);
    };
    let (actor, org, model, name) = match load_model(state, ctx, key).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match jobs.submit((org.id, actor.user.id), format!("{name}.pdf"), model) {
        Ok(job) => Redirect::to(&format!("/organisations/{}/pdf/{job}", org.code.as_str())).into_response(),
        Err(QueueError::Busy) => {
            crate::errors::page(ctx, StatusCode::SERVICE_UNAVAILABLE, "pdf-title", ctx.tr().get("pdf-busy"))
        }
        Err(e @ QueueError::Random(_)) => app_error(ctx, AppError::Internal(e.to_string())),
    }
}

/// Queues the current document for PDF.
pub async fn current_pdf(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    queue_pdf(&state, &ctx, (&code, id, Which::Plan(None))).await
}

/// Queues a frozen version for PDF.
pub async fn version_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, vid)): Path<(String, i64, i64)>,
) -> Response {
    queue_pdf(&state, &ctx, (&code, id, Which::Plan(Some(vid)))).await
}

/// The planning programme as a Word file.
pub async fn programme_docx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
) -> Response {
    docx(&state, &ctx, (&code, id, Which::Programme)).await
}

/// Queues the planning programme for PDF.
pub async fn programme_pdf(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    queue_pdf(&state, &ctx, (&code, id, Which::Programme)).await
}

/// A job as the page and its script see it.
#[derive(Serialize)]
pub struct JobView {
    /// "queued", "running", "done" or "failed".
    pub state: &'static str,
    pub percent: u8,
    /// The sentence that says where the job is.
    pub message: String,
}

fn job_view(t: Tr, state: &JobState) -> JobView {
    let (name, percent, message) = match state {
        JobState::Queued { ahead } => ("queued", 0, t.with("pdf-queued", "ahead", &ahead.to_string())),
        JobState::Running { percent } => ("running", *percent, t.with("pdf-running", "percent", &percent.to_string())),
        JobState::Done { pages } => ("done", 100, t.with("pdf-done", "pages", &pages.to_string())),
        JobState::Failed => ("failed", 0, t.get("pdf-failed")),
    };
    JobView { state: name, percent, message }
}

#[derive(Template)]
#[template(path = "pdf_job.html")]
struct JobPage {
    page: Page,
    job: JobView,
    href: String,
}

async fn job_state(state: &AppState, ctx: &Ctx, code: &str, job: &str) -> Result<JobState, Response> {
    let (actor, org) = signed_in_at(state, ctx, code).await?;
    state.pdf().and_then(|jobs| jobs.state(job, (org.id, actor.user.id))).ok_or_else(|| crate::errors::not_found(ctx))
}

/// The job's page: progress while it runs (a script refreshes it; without script, the
/// "check again" link does), the download link when it is done.
pub async fn job(State(state): State<AppState>, ctx: Ctx, Path((code, job)): Path<(String, String)>) -> Response {
    match job_state(&state, &ctx, &code, &job).await {
        Ok(s) => {
            let view = job_view(ctx.tr(), &s);
            let status = if matches!(s, JobState::Failed) { StatusCode::INTERNAL_SERVER_ERROR } else { StatusCode::OK };
            let href = format!("/organisations/{code}/pdf/{job}");
            render_with(status, &JobPage { page: Page::new(&ctx, "pdf-title"), job: view, href })
        }
        Err(response) => response,
    }
}

/// The job's state as JSON, for the page's script.
pub async fn job_status(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, job)): Path<(String, String)>,
) -> Response {
    match job_state(&state, &ctx, &code, &job).await {
        Ok(s) => Json(job_view(ctx.tr(), &s)).into_response(),
        Err(response) => response,
    }
}

/// The finished PDF.
pub async fn job_file(State(state): State<AppState>, ctx: Ctx, Path((code, job)): Path<(String, String)>) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match state.pdf().and_then(|jobs| jobs.file(&job, (org.id, actor.user.id))) {
        Some((bytes, name)) => crate::pages::download(bytes.to_vec(), &name),
        None => crate::errors::not_found(&ctx),
    }
}
