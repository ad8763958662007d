//! The plan document on the web: the whole document (outline with each chapter's text)
//! and the editor for one chapter.

mod files;
mod html;
mod versions;

pub use files::{
    current_docx, current_pdf, document_model, job as pdf_job, job_file as pdf_file, job_status as pdf_status,
    programme_docx, programme_pdf, version_docx, version_pdf,
};
pub use versions::{compare_page, freeze, public as public_version, show as version, version_name};

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::document::{self, MAX_CHAPTER_CHARS, PlanDocument};
use forebygg_app::{AppError, now};
use forebygg_domain::Action;
use forebygg_domain::document::generated::{Generated, expand};
use forebygg_domain::document::markup::{Text, parse};
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use crate::errors::{FormErrors, app_error};
use crate::pages::{Page, render_with, signed_in_at};
use crate::{AppState, Ctx};

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

/// A chapter's text parsed, with its generated blocks made from `data` in the
/// reader's language.
pub(crate) fn expanded(t: crate::i18n::Tr, body: &str, data: &Generated) -> Text {
    expand(parse(body), data, &|key| t.get(key))
}

fn anchor(number: &str) -> String {
    format!("chapter-{}", number.replace('.', "-"))
}

async fn load(state: &AppState, ctx: &Ctx, code: &str, id: i64) -> Result<(PlanDocument, bool), Response> {
    let (actor, org) = signed_in_at(state, ctx, code).await?;
    let doc = document::document(state.store(), actor, &org, id).await.map_err(|e| app_error(ctx, e))?;
    Ok((doc, forebygg_app::access::authorize(actor, &org, Action::EditPlans).is_ok()))
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    document_page(&state, &ctx, (&code, id), Default::default(), StatusCode::OK).await
}

/// The document page; `freeze` is what the freeze form holds (a refused one comes back).
async fn document_page(
    state: &AppState,
    ctx: &Ctx,
    (code, id): (&str, i64),
    freeze: (versions::FreezeInput, FormErrors),
    status: StatusCode,
) -> Response {
    let (actor, org) = match signed_in_at(state, ctx, code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (doc, all_versions) = match (
        document::document(state.store(), actor, &org, id).await,
        document::versions(state.store(), actor, &org, id).await,
    ) {
        (Ok(doc), Ok(versions)) => (doc, versions),
        (Err(e), _) | (_, Err(e)) => return app_error(ctx, e),
    };
    let can_edit = forebygg_app::access::authorize(actor, &org, Action::EditPlans).is_ok();
    let t = ctx.tr();
    let base = format!("/organisations/{code}/plans/{id}/document");
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
                        crate::i18n::translate(
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
    render_with(
        status,
        &DocumentPage {
            page: Page::titled(ctx, t.with("document-title", "plan", &doc.plan.title)),
            plan_href: format!("/organisations/{code}/plans/{id}"),
            can_edit,
            pdf: state.pdf().is_some(),
            chapters,
            versions: versions::part(t, &base, &all_versions, freeze.0, freeze.1),
        },
    )
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

fn chapter_page(
    ctx: &Ctx,
    (code, id): (&str, i64),
    doc: &PlanDocument,
    number: &str,
    body: String,
    errors: FormErrors,
) -> Option<ChapterPage> {
    let t = ctx.tr();
    let chapter = doc.chapters.iter().find(|c| c.number == number)?;
    let document_href = format!("/organisations/{code}/plans/{id}/document");
    Some(ChapterPage {
        page: Page::titled(ctx, format!("{} {}", chapter.number, chapter.title)),
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

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, number)): Path<(String, i64, String)>,
) -> Response {
    let (doc, _) = match load(&state, &ctx, &code, id).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let body = doc.chapters.iter().find(|c| c.number == number).and_then(|c| c.text.as_ref()).map(|x| x.body.clone());
    match chapter_page(&ctx, (&code, id), &doc, &number, body.unwrap_or_default(), FormErrors::default()) {
        Some(page) => render_with(StatusCode::OK, &page),
        None => crate::errors::not_found(&ctx),
    }
}

pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, number)): Path<(String, i64, String)>,
    Form(input): Form<ChapterInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match document::save_chapter(state.store(), actor, &org, (id, &number), &input.body, now()).await {
        Ok(()) => {
            Redirect::to(&format!("/organisations/{code}/plans/{id}/document#{}", anchor(&number))).into_response()
        }
        Err(AppError::Invalid(errors)) => {
            let (doc, _) = match load(&state, &ctx, &code, id).await {
                Ok(found) => found,
                Err(response) => return response,
            };
            let errors = FormErrors::new(ctx.tr(), &errors);
            match chapter_page(&ctx, (&code, id), &doc, &number, input.body, errors) {
                Some(page) => render_with(StatusCode::UNPROCESSABLE_ENTITY, &page),
                None => crate::errors::not_found(&ctx),
            }
        }
        Err(e) => app_error(&ctx, e),
    }
}
