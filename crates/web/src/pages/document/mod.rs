//! The plan document on the web: the whole document (outline with each chapter's text)
//! and the editor for one chapter.

mod files;
mod html;
mod versions;

pub use files::{
    current_docx, current_pdf, job as pdf_job, job_file as pdf_file, job_status as pdf_status, programme_docx,
    programme_pdf, version_docx, version_pdf,
};
pub use versions::{compare_page, freeze, public as public_version, show as version};

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::document::{self, MAX_CHAPTER_CHARS, PlanDocument};
use forebygg_app::{AppError, now};
use forebygg_domain::document::version::VersionForm;
use forebygg_domain::ids::VersionId;
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{FormErrors, Page, render_with};
use forebygg_texts::expanded;

pub struct ChapterView {
    pub number: String,
    pub anchor: String,
    /// 2 for a chapter, 3 for a sub-chapter, 4 below.
    pub level: u8,
    pub title: String,
    /// The rendered text (escaped by `html::render`), or empty when not written yet.
    pub html: String,
    pub changed: String,
    pub edit_href: String,
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    page: Page,
    plan_href: String,
    can_edit: bool,
    /// The server can make PDF files.
    pdf: bool,
    chapters: Vec<ChapterView>,
    versions: versions::VersionsPart,
}

fn anchor(number: &str) -> String {
    format!("chapter-{}", number.replace('.', "-"))
}

/// A frozen version of the plan, from the address.
#[derive(Deserialize)]
pub struct VersionPath {
    vid: VersionId,
}

fn urls(at: &PlanAccess) -> PlanUrls<'_> {
    PlanUrls::new(at.org.code.as_str(), at.id())
}

pub async fn show(at: PlanAccess) -> Result<Response, PageError> {
    document_page(&at.state, &at, Default::default(), StatusCode::OK).await
}

/// The document page; `freeze` is what the freeze form holds (a refused one comes back).
async fn document_page(
    state: &AppState,
    at: &PlanAccess,
    freeze: (VersionForm, FormErrors),
    status: StatusCode,
) -> Result<Response, PageError> {
    let PlanAccess { ctx, actor, org, .. } = at;
    let doc = document::document(state.store(), actor, org, at.id()).await?;
    let all_versions = document::versions(state.store(), actor, org, at.id()).await?;
    let can_edit = at.can_edit();
    let t = ctx.tr();
    let base = urls(at).at("document");
    let chapters = doc
        .chapters
        .iter()
        .map(|c| {
            let level = (c.depth as u8 + 2).min(4);
            ChapterView {
                anchor: anchor(&c.number),
                html: c
                    .text
                    .as_ref()
                    .map(|x| {
                        html::render(
                            &expanded(t, &x.body, &doc.generated),
                            &anchor(&c.number),
                            level,
                            &t.get("footnote-back"),
                        )
                    })
                    .unwrap_or_default(),
                changed: c
                    .text
                    .as_ref()
                    .map(|x| {
                        forebygg_texts::translate(
                            t.lang,
                            "document-changed",
                            &[("by", &x.updated_by), ("date", &oslo_date(x.updated_at).to_string())],
                        )
                    })
                    .unwrap_or_default(),
                edit_href: format!("{base}/{}", c.number),
                number: c.number.clone(),
                level,
                title: c.title.clone(),
            }
        })
        .collect();
    Ok(render_with(
        status,
        &DocumentPage {
            page: Page::titled(ctx, t.with("document-title", "plan", &doc.plan.title)),
            plan_href: urls(at).page(),
            can_edit,
            pdf: state.pdf().is_some(),
            chapters,
            versions: versions::part(t, &base, &all_versions, freeze.0, freeze.1),
        },
    ))
}

#[derive(Template)]
#[template(path = "chapter.html")]
struct ChapterPage {
    page: Page,
    document_href: String,
    action: String,
    body: String,
    hint: String,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct ChapterInput {
    #[serde(default)]
    body: String,
}

/// The editor of one chapter (404 for a chapter the outline does not have).
fn chapter_page(
    at: &PlanAccess,
    doc: &PlanDocument,
    number: &str,
    body: String,
    errors: FormErrors,
) -> Result<ChapterPage, PageError> {
    let t = at.ctx.tr();
    let chapter = doc.chapters.iter().find(|c| c.number == number).ok_or(PageError::NotFound)?;
    let document_href = urls(at).at("document");
    Ok(ChapterPage {
        page: Page::titled(&at.ctx, format!("{} {}", chapter.number, chapter.title)),
        action: format!("{document_href}/{number}"),
        document_href,
        body,
        hint: format!(
            "{} {}",
            t.with("chapter-hint", "max", &MAX_CHAPTER_CHARS.to_string()),
            t.get("chapter-generated-hint")
        ),
        errors,
    })
}

/// A chapter of the outline, from the address (`3.2`).
#[derive(Deserialize)]
pub struct ChapterPath {
    chapter: String,
}

pub async fn edit(
    at: PlanAccess,
    Address(ChapterPath { chapter: number }): Address<ChapterPath>,
) -> Result<Response, PageError> {
    let doc = document::document(at.store(), &at.actor, &at.org, at.id()).await?;
    let body = doc.chapters.iter().find(|c| c.number == number).and_then(|c| c.text.as_ref()).map(|x| x.body.clone());
    let page = chapter_page(&at, &doc, &number, body.unwrap_or_default(), FormErrors::default())?;
    Ok(render_with(StatusCode::OK, &page))
}

pub async fn save(
    at: PlanAccess,
    Address(ChapterPath { chapter: number }): Address<ChapterPath>,
    Form(input): Form<ChapterInput>,
) -> Result<Response, PageError> {
    match document::save_chapter(at.store(), &at.actor, &at.org, (at.id(), &number), &input.body, now()).await {
        Ok(()) => Ok(Redirect::to(&urls(&at).at(&format!("document#{}", anchor(&number)))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let doc = document::document(at.store(), &at.actor, &at.org, at.id()).await?;
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            let page = chapter_page(&at, &doc, &number, input.body, errors)?;
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}
