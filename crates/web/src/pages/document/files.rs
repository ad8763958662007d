//! The plan document as a Word file (DOCX): the current text, or a frozen version.

use axum::extract::{Path, State};
use axum::response::Response;
use forebygg_app::{AppError, document};
use forebygg_domain::document::markup::parse;
use forebygg_render::{ChapterModel, DocumentModel};

use super::versions::version_name;
use crate::errors::app_error;
use crate::i18n::Tr;
use crate::pages::signed_in_at;
use crate::{AppState, Ctx};

fn download(ctx: &Ctx, model: &DocumentModel, name: &str) -> Response {
    match forebygg_render::docx::docx(model) {
        Ok(bytes) => crate::pages::download(bytes, &format!("{name}.docx")),
        Err(e) => app_error(ctx, AppError::Internal(e.to_string())),
    }
}

fn depth(number: &str) -> usize {
    number.matches('.').count()
}

fn model(t: Tr, municipality: &str, title: &str, version: String, chapters: Vec<ChapterModel>) -> DocumentModel {
    DocumentModel {
        municipality: t.with("document-municipality", "name", municipality),
        title: title.to_owned(),
        version,
        contents_label: t.get("document-toc"),
        chapters,
    }
}

/// The document as it stands now.
pub async fn current_docx(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let doc = match document::document(state.store(), actor, &org, id).await {
        Ok(doc) => doc,
        Err(e) => return app_error(&ctx, e),
    };
    let t = ctx.tr();
    let chapters = doc
        .chapters
        .iter()
        .map(|c| ChapterModel {
            number: c.number.clone(),
            title: c.title.clone(),
            depth: c.depth,
            text: parse(c.text.as_ref().map(|x| x.body.as_str()).unwrap_or("")),
        })
        .collect();
    download(&ctx, &model(t, &org.name, &doc.plan.title, t.get("version-working"), chapters), &format!("plan-{id}"))
}

/// A frozen version, exactly as it was frozen.
pub async fn version_docx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, vid)): Path<(String, i64, i64)>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let (doc, versions) = match (
        document::document(state.store(), actor, &org, id).await,
        document::versions(state.store(), actor, &org, id).await,
    ) {
        (Ok(doc), Ok(versions)) => (doc, versions),
        (Err(e), _) | (_, Err(e)) => return app_error(&ctx, e),
    };
    let Some(v) = versions.iter().find(|v| v.id == vid) else {
        return crate::errors::not_found(&ctx);
    };
    let t = ctx.tr();
    let chapters = v
        .snapshot
        .chapters
        .iter()
        .map(|c| ChapterModel {
            number: c.number.clone(),
            title: c.title.clone(),
            depth: depth(&c.number),
            text: parse(&c.body),
        })
        .collect();
    download(&ctx, &model(t, &org.name, &doc.plan.title, version_name(t, v), chapters), &format!("plan-{id}-v{vid}"))
}
