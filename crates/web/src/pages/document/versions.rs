//! Frozen versions of the plan document: freeze one, read one, and compare two.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::document;
use forebygg_app::{AppError, now};
use forebygg_domain::document::version::{Line, Version, VersionForm, compare};
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use super::html;
use crate::errors::{FormErrors, app_error};
use crate::i18n::Tr;
use crate::pages::measures::label;
use crate::pages::organisations::Choice;
use crate::pages::{Page, render_with, signed_in_at};
use crate::{AppState, Ctx};

/// A version as lists name it: "Hearing draft 22.01.2024 (KST-sak 12/24)".
pub fn version_name(t: Tr, v: &Version) -> String {
    let kind = label(t, "version-kind", v.fields.kind.code());
    if v.fields.decision_ref.is_empty() {
        format!("{kind} {}", v.fields.date)
    } else {
        format!("{kind} {} ({})", v.fields.date, v.fields.decision_ref)
    }
}

pub struct VersionRow {
    pub name: String,
    pub href: String,
    pub by: String,
}

/// The freeze form as typed.
#[derive(Deserialize, Default, Clone)]
pub struct FreezeInput {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub decision_ref: String,
    #[serde(default)]
    pub note: String,
}

/// What the document page shows of the versions.
pub struct VersionsPart {
    pub rows: Vec<VersionRow>,
    pub kinds: Vec<Choice>,
    pub from: Vec<Choice>,
    pub to: Vec<Choice>,
    pub input: FreezeInput,
    pub errors: FormErrors,
    pub base: String,
}

pub fn part(t: Tr, base: &str, versions: &[Version], input: FreezeInput, errors: FormErrors) -> VersionsPart {
    let choices = |selected: usize| -> Vec<Choice> {
        versions
            .iter()
            .enumerate()
            .map(|(i, v)| Choice { value: v.id.to_string(), label: version_name(t, v), selected: i == selected })
            .collect()
    };
    let input =
        FreezeInput { date: if input.date.is_empty() { oslo_date(now()).to_string() } else { input.date }, ..input };
    VersionsPart {
        rows: versions
            .iter()
            .rev()
            .map(|v| VersionRow {
                name: version_name(t, v),
                href: format!("{base}/versions/{}", v.id),
                by: crate::i18n::translate(
                    t.lang,
                    "version-frozen-by",
                    &[("by", &v.created_by), ("date", &oslo_date(v.created_at).to_string())],
                ),
            })
            .collect(),
        kinds: ["draft", "hearing_draft", "adopted"]
            .into_iter()
            .map(|k| Choice { value: k.to_owned(), label: label(t, "version-kind", k), selected: k == input.kind })
            .collect(),
        from: choices(versions.len().saturating_sub(2)),
        to: choices(versions.len().saturating_sub(1)),
        input,
        errors,
        base: base.to_owned(),
    }
}

pub async fn freeze(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<FreezeInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let form = VersionForm {
        kind: input.kind.clone(),
        date: input.date.clone(),
        decision_ref: input.decision_ref.clone(),
        note: input.note.clone(),
    };
    match document::freeze(state.store(), actor, &org, id, &form, now()).await {
        Ok(v) => Redirect::to(&format!("/organisations/{code}/plans/{id}/document/versions/{}", v.id)).into_response(),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(ctx.tr(), &errors);
            super::document_page(&state, &ctx, (&code, id), (input, errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

pub struct SnapshotChapterView {
    pub anchor: String,
    pub heading: String,
    pub html: String,
}

pub struct MeasureLine {
    pub name: String,
    pub owner: String,
    pub evaluation: String,
}

#[derive(Template)]
#[template(path = "version.html")]
struct VersionPage {
    page: Page,
    document_href: String,
    docx_href: String,
    pdf_href: String,
    /// The server can make PDF files.
    pdf: bool,
    /// Where everyone can read it, when it is a public kind of version.
    public_href: Option<String>,
    note: String,
    by: String,
    chapters: Vec<SnapshotChapterView>,
    measures: Vec<MeasureLine>,
}

async fn load(state: &AppState, ctx: &Ctx, code: &str, id: i64) -> Result<Vec<Version>, Response> {
    let (actor, org) = signed_in_at(state, ctx, code).await?;
    document::versions(state.store(), actor, &org, id).await.map_err(|e| app_error(ctx, e))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, vid)): Path<(String, i64, i64)>,
) -> Response {
    let versions = match load(&state, &ctx, &code, id).await {
        Ok(v) => v,
        Err(response) => return response,
    };
    let Some(v) = versions.iter().find(|v| v.id == vid) else {
        return crate::errors::not_found(&ctx);
    };
    let t = ctx.tr();
    render_with(
        StatusCode::OK,
        &VersionPage {
            page: Page::titled(&ctx, version_name(t, v)),
            document_href: format!("/organisations/{code}/plans/{id}/document"),
            docx_href: format!("/organisations/{code}/plans/{id}/document/versions/{vid}/plan.docx"),
            pdf_href: format!("/organisations/{code}/plans/{id}/document/versions/{vid}/plan.pdf"),
            pdf: state.pdf().is_some(),
            note: v.fields.note.clone(),
            by: crate::i18n::translate(
                t.lang,
                "version-frozen-by",
                &[("by", &v.created_by), ("date", &oslo_date(v.created_at).to_string())],
            ),
            public_href: v.fields.kind.is_public().then(|| format!("/hearings/{code}/{id}/versions/{vid}")),
            chapters: chapters_of(t, v),
            measures: measures_of(v),
        },
    )
}

fn chapters_of(t: crate::i18n::Tr, v: &Version) -> Vec<SnapshotChapterView> {
    let back = t.get("footnote-back");
    v.snapshot
        .chapters
        .iter()
        .map(|c| {
            let anchor = format!("v-chapter-{}", c.number.replace('.', "-"));
            SnapshotChapterView {
                html: html::render(&super::expanded(t, &c.body, &v.snapshot.generated), &anchor, 2, &back),
                heading: format!("{} {}", c.number, c.title),
                anchor,
            }
        })
        .collect()
}

fn measures_of(v: &Version) -> Vec<MeasureLine> {
    v.snapshot
        .measures
        .iter()
        .map(|m| MeasureLine {
            name: m.name.clone(),
            owner: m.owner.clone(),
            evaluation: m.evaluation.map(|d| d.to_string()).unwrap_or_default(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "public_version.html")]
struct PublicVersionPage {
    page: Page,
    municipality: String,
    chapters: Vec<SnapshotChapterView>,
    measures: Vec<MeasureLine>,
}

/// A hearing draft or an adopted plan, for everyone (no sign-in).
pub async fn public(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, vid)): Path<(String, i64, i64)>,
) -> Response {
    let found = match forebygg_app::organisations::find(state.store(), &code).await {
        Ok(org) => document::published_version(state.store(), &org, id, vid).await.map(|(plan, v)| (org, plan, v)),
        Err(e) => Err(e),
    };
    let (org, plan, v) = match found {
        Ok(found) => found,
        Err(e) => return app_error(&ctx, e),
    };
    let t = ctx.tr();
    render_with(
        StatusCode::OK,
        &PublicVersionPage {
            page: Page::titled(&ctx, format!("{}: {}", plan.title, version_name(t, &v))),
            municipality: t.with("document-municipality", "name", &org.name),
            chapters: chapters_of(t, &v),
            measures: measures_of(&v),
        },
    )
}

#[derive(Deserialize, Default)]
pub struct CompareQuery {
    #[serde(default)]
    from: Option<i64>,
    #[serde(default)]
    to: Option<i64>,
}

pub struct ChangeView {
    pub heading: String,
    /// (marker for the eye, word for the ear, text, class)
    pub lines: Vec<(String, String, &'static str)>,
}

#[derive(Template)]
#[template(path = "compare.html")]
struct ComparePage {
    page: Page,
    document_href: String,
    changes: Vec<ChangeView>,
    added: Vec<MeasureLine>,
    removed: Vec<MeasureLine>,
    changed: Vec<(MeasureLine, MeasureLine)>,
}

fn measure_line(m: &forebygg_domain::document::version::SnapshotMeasure) -> MeasureLine {
    MeasureLine {
        name: m.name.clone(),
        owner: m.owner.clone(),
        evaluation: m.evaluation.map(|d| d.to_string()).unwrap_or_default(),
    }
}

pub async fn compare_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Query(q): Query<CompareQuery>,
) -> Response {
    let versions = match load(&state, &ctx, &code, id).await {
        Ok(v) => v,
        Err(response) => return response,
    };
    let find = |x: Option<i64>| x.and_then(|x| versions.iter().find(|v| v.id == x));
    let (Some(old), Some(new)) = (find(q.from), find(q.to)) else {
        return crate::errors::not_found(&ctx);
    };
    let t = ctx.tr();
    let c = compare(&old.snapshot, &new.snapshot);
    let (added_word, removed_word) = (t.get("compare-added"), t.get("compare-removed"));
    render_with(
        StatusCode::OK,
        &ComparePage {
            page: Page::titled(
                &ctx,
                crate::i18n::translate(
                    t.lang,
                    "compare-title",
                    &[("from", &version_name(t, old)), ("to", &version_name(t, new))],
                ),
            ),
            document_href: format!("/organisations/{code}/plans/{id}/document"),
            changes: c
                .chapters
                .iter()
                .map(|ch| ChangeView {
                    heading: format!("{} {}", ch.number, ch.title),
                    lines: ch
                        .lines
                        .iter()
                        .map(|l| match l {
                            Line::Same(text) => (String::new(), text.clone(), "same"),
                            Line::Added(text) => (added_word.clone(), text.clone(), "added"),
                            Line::Removed(text) => (removed_word.clone(), text.clone(), "removed"),
                        })
                        .collect(),
                })
                .collect(),
            added: c.measures_added.iter().map(measure_line).collect(),
            removed: c.measures_removed.iter().map(measure_line).collect(),
            changed: c.measures_changed.iter().map(|(a, b)| (measure_line(a), measure_line(b))).collect(),
        },
    )
}
