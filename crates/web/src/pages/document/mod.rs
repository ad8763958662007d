//! The plan document on the web: the whole document (outline with each chapter's text)
//! and the editor for one chapter.

mod files;
pub(crate) mod html;
mod versions;

pub use files::{
    current_docx, current_docx_form, current_pdf, job as pdf_job, job_file as pdf_file, job_status as pdf_status,
    programme_docx, programme_pdf, public_docx, public_pdf, version_docx, version_pdf,
};
pub use versions::{compare_page, freeze, public as public_version, show as version};

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::document::{self, MAX_CHAPTER_CHARS, PlanDocument};
use forebygg_app::{AppError, now};
use forebygg_domain::document::generated::GeneratedBlock;
use forebygg_domain::document::version::VersionForm;
use forebygg_domain::ids::VersionId;
use forebygg_domain::plan::programme::ChapterKey;
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, Params, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{FormErrors, Page, render_with};
use forebygg_texts::{Tr, expanded};

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
    removed: Vec<RemovedView>,
    /// Where a removed chapter is put back (the programme's outline form).
    restore_action: String,
    removed_errors: FormErrors,
    versions: versions::VersionsPart,
}

/// A chapter taken out of the outline whose text is kept until the next version.
pub struct RemovedView {
    pub key: String,
    /// The id of its confirmation box (a key's dots are not welcome in ids).
    pub confirm_id: String,
    pub label: String,
    pub kept: String,
    pub forget_action: String,
}

/// A chapter's anchor on the document page, by its key so links survive moves.
fn anchor(key: &ChapterKey) -> String {
    format!("chapter-{}", key.as_str().replace('.', "-"))
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
    document_page_with(state, at, freeze, FormErrors::default(), status).await
}

/// … with the errors of a refused form about a removed chapter.
async fn document_page_with(
    state: &AppState,
    at: &PlanAccess,
    freeze: (VersionForm, FormErrors),
    removed_errors: FormErrors,
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
                anchor: anchor(&c.key),
                html: c
                    .text
                    .as_ref()
                    .map(|x| {
                        html::render(
                            &expanded(t, &x.body, &doc.generated),
                            &anchor(&c.key),
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
                edit_href: format!("{base}/{}", c.key),
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
            removed: doc
                .removed
                .iter()
                .map(|r| RemovedView {
                    key: r.key.to_string(),
                    confirm_id: format!("confirm-{}", r.key.as_str().replace('.', "-")),
                    label: format!("{} {}", r.number, r.title),
                    kept: t.with("document-removed-kept", "count", &r.texts.to_string()),
                    forget_action: format!("{base}/removed/{}/forget", r.key),
                })
                .collect(),
            restore_action: urls(at).at("programme/chapter-restore"),
            removed_errors,
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
    /// Placeholder lines that name no generated block, each with what it likely meant.
    unknown_blocks: Vec<String>,
    /// The typed text as the document will show it (asked for with "Preview").
    preview: Option<String>,
    saved: bool,
}

#[derive(Deserialize, Default)]
pub struct ChapterInput {
    #[serde(default)]
    body: String,
    /// Set by the "Preview" button: show the text, save nothing.
    #[serde(default)]
    preview: Option<String>,
}

/// `?saved=1` after a save that came back to the editor.
#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// Warnings for placeholders that name no block: "Unknown block {{tiltk}}… Did you mean {{tiltak}}?"
fn unknown_blocks(t: Tr, body: &str) -> Vec<String> {
    GeneratedBlock::unknown_in(body)
        .into_iter()
        .map(|(line, closest)| {
            let warning = t.with("document-unknown-block", "block", &line);
            match closest {
                Some(b) => {
                    format!("{warning} {}", t.with("document-unknown-block-hint", "suggestion", &b.placeholder()))
                }
                None => warning,
            }
        })
        .collect()
}

/// The editor of one chapter (404 for a chapter the outline does not have).
fn chapter_page(
    at: &PlanAccess,
    doc: &PlanDocument,
    key: &ChapterKey,
    body: String,
    errors: FormErrors,
) -> Result<ChapterPage, PageError> {
    let t = at.ctx.tr();
    let chapter = doc.chapters.iter().find(|c| &c.key == key).ok_or(PageError::NotFound)?;
    let document_href = urls(at).at("document");
    Ok(ChapterPage {
        page: Page::titled(&at.ctx, format!("{} {}", chapter.number, chapter.title)),
        action: format!("{document_href}/{key}"),
        document_href,
        unknown_blocks: unknown_blocks(t, &body),
        preview: None,
        saved: false,
        body,
        hint: format!(
            "{} {}",
            t.with("chapter-hint", "max", &MAX_CHAPTER_CHARS.to_string()),
            t.get("chapter-generated-hint")
        ),
        errors,
    })
}

/// A chapter of the outline, from the address: its key (`c12`, or `3.2` for a chapter
/// that had that number when keys came).
#[derive(Deserialize)]
pub struct ChapterPath {
    chapter: String,
}

impl ChapterPath {
    fn key(&self) -> Result<ChapterKey, PageError> {
        ChapterKey::parse(&self.chapter).ok_or(PageError::NotFound)
    }
}

pub async fn edit(
    at: PlanAccess,
    Address(path): Address<ChapterPath>,
    Params(q): Params<SavedQuery>,
) -> Result<Response, PageError> {
    let key = path.key()?;
    let doc = document::document(at.store(), &at.actor, &at.org, at.id()).await?;
    let body = doc.chapters.iter().find(|c| c.key == key).and_then(|c| c.text.as_ref()).map(|x| x.body.clone());
    let mut page = chapter_page(&at, &doc, &key, body.unwrap_or_default(), FormErrors::default())?;
    page.saved = q.saved.is_some();
    Ok(render_with(StatusCode::OK, &page))
}

pub async fn save(
    at: PlanAccess,
    Address(path): Address<ChapterPath>,
    Form(input): Form<ChapterInput>,
) -> Result<Response, PageError> {
    let key = path.key()?;
    if input.preview.is_some() {
        // The text as the document will show it, generated blocks filled in; nothing saved.
        let doc = document::document(at.store(), &at.actor, &at.org, at.id()).await?;
        let t = at.ctx.tr();
        let text = expanded(t, &forebygg_domain::text::normalise(&input.body), &doc.generated);
        let mut page = chapter_page(&at, &doc, &key, input.body, FormErrors::default())?;
        page.preview = Some(html::render(&text, "preview", 2, &t.get("footnote-back")));
        return Ok(render_with(StatusCode::OK, &page));
    }
    let unknown = !GeneratedBlock::unknown_in(&input.body).is_empty();
    match document::save_chapter(at.store(), &at.actor, &at.org, (at.id(), &key), &input.body, now()).await {
        // A mistyped block is saved, and the editor says so rather than the document
        // quietly printing `{{tiltk}}`.
        Ok(()) if unknown => Ok(Redirect::to(&urls(&at).at(&format!("document/{key}?saved=1"))).into_response()),
        Ok(()) => Ok(Redirect::to(&urls(&at).at(&format!("document#{}", anchor(&key)))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let doc = document::document(at.store(), &at.actor, &at.org, at.id()).await?;
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            let page = chapter_page(&at, &doc, &key, input.body, errors)?;
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}

/// The confirmation a removed chapter's text is deleted with.
#[derive(Deserialize, Default)]
pub struct ForgetInput {
    #[serde(default)]
    confirm: Option<String>,
}

/// Deletes a removed chapter's kept text for good, once the box saying so is ticked
/// (without it, the document page says what is missing and nothing is deleted).
pub async fn forget(
    at: PlanAccess,
    Address(path): Address<ChapterPath>,
    Form(input): Form<ForgetInput>,
) -> Result<Response, PageError> {
    let key = path.key()?;
    if input.confirm.is_none() {
        let id = format!("confirm-{}", key.as_str().replace('.', "-"));
        let errors = FormErrors::one(&id, at.ctx.tr().get("document-forget-confirm-missing"));
        return removed_refused(&at, errors).await;
    }
    document::forget_chapter(at.store(), &at.actor, &at.org, (at.id(), &key)).await?;
    Ok(Redirect::to(&urls(&at).at("document#removed")).into_response())
}

async fn removed_refused(at: &PlanAccess, errors: FormErrors) -> Result<Response, PageError> {
    document_page_with(&at.state, at, Default::default(), errors, StatusCode::UNPROCESSABLE_ENTITY).await
}
