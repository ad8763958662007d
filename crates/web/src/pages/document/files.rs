//! The plan document as files: Word (DOCX, made in the request) and PDF (typeset by the
//! PDF worker; the request queues a job and shows its progress page) — the current text,
//! or a frozen version.

use askama::Template;
use axum::Form;
use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use forebygg_app::document;
use forebygg_domain::Organisation;
use forebygg_domain::ids::{PlanId, VersionId};
use forebygg_render::DocumentModel;
use forebygg_texts::{Tr, document_model, programme_model, published_model};
use serde::{Deserialize, Serialize};

use super::VersionPath;
use crate::AppState;
use crate::errors::{self, PageError};
use crate::extract::{Address, HearingPath, OrgAccess, Params, PlanAccess, Visit};
use crate::pdf::{JobState, Published, QueueError};
use crate::ui::{Page, download, local_path, paths, render_with};

/// Which document a request is for.
#[derive(Clone, Copy)]
enum Which {
    /// The plan document: the current text, or a frozen version.
    Plan(Option<VersionId>),
    Programme,
}

/// What the reader chose when asking for the document.
#[derive(Deserialize, Default)]
pub struct RenderOptions {
    /// `check`: the plan check's report as an appendix (the current document only; a
    /// frozen version stays as it was frozen).
    #[serde(default)]
    appendix: String,
}

/// The model of the document asked for, and the file name (without extension) it
/// downloads as.
async fn load_model(
    state: &AppState,
    at: &PlanAccess,
    which: Which,
    options: &RenderOptions,
) -> Result<(DocumentModel, String), PageError> {
    let PlanAccess { ctx, actor, org, .. } = at;
    let id = at.id();
    let doc = document::document(state.store(), actor, org, id).await?;
    if let (Which::Plan(None), "check") = (which, options.appendix.as_str()) {
        let mut model = document_model(ctx.lang, &org.name, &doc, None);
        let report = forebygg_app::check::run(state.store(), actor, org, id).await?.report;
        let urls = paths::PlanUrls::new(org.code.as_str(), id);
        model.chapters.push(crate::ui::check::appendix(ctx.tr(), urls, &report, crate::ui::today()));
        return Ok((model, format!("plan-{id}-med-plankontroll")));
    }
    Ok(match which {
        Which::Programme => (programme_model(ctx.lang, &org.name, &doc), format!("planprogram-{id}")),
        Which::Plan(None) => (document_model(ctx.lang, &org.name, &doc, None), format!("plan-{id}")),
        Which::Plan(Some(vid)) => {
            let versions = document::versions(state.store(), actor, org, id).await?;
            let v = versions.iter().find(|v| v.id == vid).ok_or(PageError::NotFound)?;
            (document_model(ctx.lang, &org.name, &doc, Some(v)), format!("plan-{id}-v{vid}"))
        }
    })
}

async fn docx(state: &AppState, at: &PlanAccess, which: Which, options: &RenderOptions) -> Result<Response, PageError> {
    let (model, name) = load_model(state, at, which, options).await?;
    let bytes = forebygg_render::docx::docx(&model).map_err(PageError::internal)?;
    Ok(download(bytes, &format!("{name}.docx")))
}

/// The document as it stands now (`?appendix=check`: with the plan check's report).
pub async fn current_docx(at: PlanAccess, Params(options): Params<RenderOptions>) -> Result<Response, PageError> {
    docx(&at.state, &at, Which::Plan(None), &options).await
}

/// The document as it stands now, from the document page's form (the appendix chosen).
pub async fn current_docx_form(at: PlanAccess, Form(options): Form<RenderOptions>) -> Result<Response, PageError> {
    docx(&at.state, &at, Which::Plan(None), &options).await
}

/// A frozen version, exactly as it was frozen.
pub async fn version_docx(
    at: PlanAccess,
    Address(VersionPath { vid }): Address<VersionPath>,
) -> Result<Response, PageError> {
    docx(&at.state, &at, Which::Plan(Some(vid)), &RenderOptions::default()).await
}

async fn queue_pdf(
    state: &AppState,
    at: &PlanAccess,
    which: Which,
    options: &RenderOptions,
) -> Result<Response, PageError> {
    let jobs = state.pdf().ok_or(PageError::NotFound)?;
    // The page the PDF was asked for from: the job's page links back to it.
    let urls = paths::PlanUrls::new(at.org.code.as_str(), at.id());
    let back = match which {
        Which::Plan(None) => urls.at("document"),
        Which::Plan(Some(vid)) => urls.at(&format!("document/versions/{vid}")),
        Which::Programme => urls.at("programme"),
    };
    let (model, name) = load_model(state, at, which, options).await?;
    crate::pdf::queue(jobs, at, model, &format!("{name}.pdf"), &back)
}

/// Queues the current document for PDF (with the plan check as an appendix if chosen).
pub async fn current_pdf(at: PlanAccess, Form(options): Form<RenderOptions>) -> Result<Response, PageError> {
    queue_pdf(&at.state, &at, Which::Plan(None), &options).await
}

/// Queues a frozen version for PDF.
pub async fn version_pdf(
    at: PlanAccess,
    Address(VersionPath { vid }): Address<VersionPath>,
) -> Result<Response, PageError> {
    queue_pdf(&at.state, &at, Which::Plan(Some(vid)), &RenderOptions::default()).await
}

/// The planning programme as a Word file.
pub async fn programme_docx(at: PlanAccess) -> Result<Response, PageError> {
    docx(&at.state, &at, Which::Programme, &RenderOptions::default()).await
}

/// Queues the planning programme for PDF.
pub async fn programme_pdf(at: PlanAccess) -> Result<Response, PageError> {
    queue_pdf(&at.state, &at, Which::Programme, &RenderOptions::default()).await
}

/// A published version (hearing draft or adopted plan), as everyone may fetch it: its
/// model and the file name it downloads as.
async fn published(
    state: &AppState,
    ctx: &crate::Ctx,
    (code, id, vid): (&str, PlanId, VersionId),
) -> Result<(Organisation, DocumentModel, String), PageError> {
    let org = forebygg_app::organisations::find(state.store(), code).await?;
    let (plan, v) = document::published_version(state.store(), &org, id, vid).await?;
    let model = published_model(ctx.lang, &org.name, &plan.title, &v);
    Ok((org, model, format!("plan-{id}-v{vid}")))
}

/// A published version as a Word file, for everyone.
pub async fn public_docx(
    Visit { state, ctx }: Visit,
    Address(HearingPath { code, id }): Address<HearingPath>,
    Address(VersionPath { vid }): Address<VersionPath>,
) -> Result<Response, PageError> {
    let (_, model, name) = published(&state, &ctx, (&code, id, vid)).await?;
    let bytes = forebygg_render::docx::docx(&model).map_err(PageError::internal)?;
    Ok(download(bytes, &format!("{name}.docx")))
}

#[derive(Template)]
#[template(path = "public_pdf.html")]
struct PublicPdfPage {
    page: Page,
    job: JobView,
    back: String,
    again: String,
}

/// A published version as PDF, for everyone: made once per version and language by the
/// PDF worker; until then a page that says how far it has come (202), then the file.
pub async fn public_pdf(
    Visit { state, ctx }: Visit,
    Address(HearingPath { code, id }): Address<HearingPath>,
    Address(VersionPath { vid }): Address<VersionPath>,
) -> Result<Response, PageError> {
    let jobs = state.pdf().ok_or(PageError::NotFound)?;
    // Checked first: a draft's address never reaches the cache or the queue.
    let (org, model, name) = published(&state, &ctx, (&code, id, vid)).await?;
    let key = format!("{}:{vid}:{}", org.id, ctx.lang.code());
    let found = match jobs.published(&key) {
        Some(found) => found,
        None => {
            match jobs.publish(&key, org.id, format!("{name}.pdf"), model) {
                Ok(()) => {}
                Err(QueueError::Busy) => {
                    return Ok(errors::page(
                        &ctx,
                        StatusCode::SERVICE_UNAVAILABLE,
                        "pdf-title",
                        ctx.tr().get("pdf-busy"),
                    ));
                }
                Err(e @ QueueError::Random(_)) => return Err(PageError::internal(e)),
            }
            jobs.published(&key).ok_or(PageError::NotFound)?
        }
    };
    match found {
        Published::Ready(bytes, name) => Ok(download(bytes.to_vec(), &name)),
        Published::Making(job) => {
            let status =
                if matches!(job, JobState::Failed) { StatusCode::INTERNAL_SERVER_ERROR } else { StatusCode::ACCEPTED };
            let here = format!("{}/versions/{vid}", paths::PlanUrls::new(org.code.as_str(), id).public());
            let page = PublicPdfPage {
                page: Page::new(&ctx, "pdf-title"),
                job: job_view(ctx.tr(), &job),
                again: format!("{here}/plan.pdf"),
                back: here,
            };
            Ok(render_with(status, &page))
        }
    }
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
    /// The page the PDF was asked for from (or the plans), and this page with it kept.
    back: String,
    again: String,
}

/// Where the job's page links back to: a same-site path given in the address.
#[derive(serde::Deserialize, Default)]
pub struct BackQuery {
    #[serde(default)]
    back: String,
}

/// A PDF job, from the address.
#[derive(serde::Deserialize)]
pub struct JobPath {
    job: String,
}

/// The job's state, for the person who asked for it only.
fn job_state(state: &AppState, at: &OrgAccess, job: &str) -> Result<JobState, PageError> {
    state.pdf().and_then(|jobs| jobs.state(job, (at.org.id, at.actor.user.id))).ok_or(PageError::NotFound)
}

/// The job's page: progress while it runs (a script refreshes it; without script, the
/// "check again" link does), the download link when it is done.
pub async fn job(
    at: OrgAccess,
    Address(JobPath { job }): Address<JobPath>,
    Params(q): Params<BackQuery>,
) -> Result<Response, PageError> {
    let s = job_state(&at.state, &at, &job)?;
    let view = job_view(at.ctx.tr(), &s);
    let status = if matches!(s, JobState::Failed) { StatusCode::INTERNAL_SERVER_ERROR } else { StatusCode::OK };
    let href = format!("{}/pdf/{job}", paths::org(&at.org.code));
    let plans = format!("{}/plans", paths::org(&at.org.code));
    let back = local_path(&q.back).unwrap_or(&plans).to_owned();
    let again = format!("{href}?back={}", form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>());
    Ok(render_with(status, &JobPage { page: Page::new(&at.ctx, "pdf-title"), job: view, href, back, again }))
}

/// The job's state as JSON, for the page's script.
pub async fn job_status(at: OrgAccess, Address(JobPath { job }): Address<JobPath>) -> Result<Json<JobView>, PageError> {
    Ok(Json(job_view(at.ctx.tr(), &job_state(&at.state, &at, &job)?)))
}

/// The finished PDF.
pub async fn job_file(at: OrgAccess, Address(JobPath { job }): Address<JobPath>) -> Result<Response, PageError> {
    let (bytes, name) =
        at.state.pdf().and_then(|jobs| jobs.file(&job, (at.org.id, at.actor.user.id))).ok_or(PageError::NotFound)?;
    Ok(download(bytes.to_vec(), &name))
}
