//! Frozen versions of the plan document: freeze one, read one, and compare two.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::document;
use forebygg_app::{AppError, now};
use forebygg_domain::document::version::{Line, Version, VersionForm, VersionKind, compare};
use forebygg_domain::ids::VersionId;
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use super::{VersionPath, html, urls};
use crate::errors::PageError;
use crate::extract::PlanAccess;
use crate::extract::{Address, HearingPath, Params, Visit};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FormErrors, Page, render_with, version_name};
use forebygg_domain::document::generated::numbered_goals;
use forebygg_domain::measures::report::StatusReport;
use forebygg_texts::{Tr, labels};

pub struct VersionRow {
    pub name: String,
    pub href: String,
    pub by: String,
}

/// What the document page shows of the versions.
pub struct VersionsPart {
    pub rows: Vec<VersionRow>,
    pub kinds: Vec<Choice>,
    /// The bodies that may adopt (for an adopted version).
    pub bodies: Vec<Choice>,
    pub from: Vec<Choice>,
    pub to: Vec<Choice>,
    pub input: VersionForm,
    pub errors: FormErrors,
    pub base: String,
}

pub fn part(t: Tr, base: &str, versions: &[Version], input: VersionForm, errors: FormErrors) -> VersionsPart {
    let choices = |selected: usize| -> Vec<Choice> {
        versions
            .iter()
            .enumerate()
            .map(|(i, v)| Choice { value: v.id.to_string(), label: version_name(t, v), selected: i == selected })
            .collect()
    };
    let input =
        VersionForm { date: if input.date.is_empty() { oslo_date(now()).to_string() } else { input.date }, ..input };
    VersionsPart {
        rows: versions
            .iter()
            .rev()
            .map(|v| VersionRow {
                name: version_name(t, v),
                href: format!("{base}/versions/{}", v.id),
                by: forebygg_texts::translate(
                    t.lang,
                    "version-frozen-by",
                    &[("by", &v.created_by), ("date", &oslo_date(v.created_at).to_string())],
                ),
            })
            .collect(),
        bodies: forebygg_domain::timeline::BodyKind::ALL
            .into_iter()
            .map(|b| Choice {
                value: b.as_str().to_owned(),
                label: labels::body(t, b),
                selected: b.as_str() == input.body,
            })
            .collect(),
        kinds: VersionKind::ALL
            .into_iter()
            .map(|k| Choice {
                value: k.code().to_owned(),
                label: labels::version_kind(t, k),
                selected: k.code() == input.kind,
            })
            .collect(),
        from: choices(versions.len().saturating_sub(2)),
        to: choices(versions.len().saturating_sub(1)),
        input,
        errors,
        base: base.to_owned(),
    }
}

pub async fn freeze(at: PlanAccess, Form(input): Form<VersionForm>) -> Result<Response, PageError> {
    match document::freeze(at.store(), &at.actor, &at.org, at.id(), &input, now()).await {
        Ok(v) => Ok(Redirect::to(&urls(&at).at(&format!("document/versions/{}", v.id))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            super::document_page(&at.state, &at, (input, errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
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

pub async fn show(at: PlanAccess, Address(VersionPath { vid }): Address<VersionPath>) -> Result<Response, PageError> {
    let versions = document::versions(at.store(), &at.actor, &at.org, at.id()).await?;
    let v = versions.iter().find(|v| v.id == vid).ok_or(PageError::NotFound)?;
    let t = at.ctx.tr();
    let urls = urls(&at);
    Ok(render_with(
        StatusCode::OK,
        &VersionPage {
            page: Page::titled(&at.ctx, version_name(t, v)),
            document_href: urls.at("document"),
            docx_href: urls.at(&format!("document/versions/{vid}/plan.docx")),
            pdf_href: urls.at(&format!("document/versions/{vid}/plan.pdf")),
            pdf: at.state.pdf().is_some(),
            note: v.fields.note.clone(),
            by: forebygg_texts::translate(
                t.lang,
                "version-frozen-by",
                &[("by", &v.created_by), ("date", &oslo_date(v.created_at).to_string())],
            ),
            public_href: v.fields.kind.is_public().then(|| format!("{}/versions/{vid}", urls.public())),
            chapters: chapters_of(t, v),
            measures: measures_of(v),
        },
    ))
}

fn chapters_of(t: Tr, v: &Version) -> Vec<SnapshotChapterView> {
    let back = t.get("footnote-back");
    forebygg_texts::version_chapters(t, v)
        .into_iter()
        .map(|c| {
            let anchor = format!("v-chapter-{}", c.number.replace('.', "-"));
            SnapshotChapterView {
                html: html::render(&c.text, &anchor, 2, &back),
                heading: format!("{} {}", c.number, c.title),
                anchor,
            }
        })
        .collect()
}

fn measures_of(v: &Version) -> Vec<MeasureLine> {
    v.snapshot.measures.iter().map(measure_line).collect()
}

#[derive(Template)]
#[template(path = "public_version.html")]
struct PublicVersionPage {
    page: Page,
    municipality: String,
    chapters: Vec<SnapshotChapterView>,
    measures: Vec<MeasureLine>,
    /// The contents list: anchor, heading, depth (0 for a main chapter).
    contents: Vec<(String, String, usize)>,
    docx: String,
    /// Empty when this server makes no PDF files.
    pdf: String,
    /// Numbered goals: number, level in words, title.
    goals: Vec<(String, String, String)>,
    /// An adopted plan's measures with partners and their latest status.
    adopted: Vec<AdoptedMeasure>,
    is_adopted: bool,
}

/// A measure of an adopted plan on its public page.
pub struct AdoptedMeasure {
    name: String,
    owner: String,
    partners: String,
    evaluation: String,
    /// "Etter planen, 60 % (1. halvår 2026)", or that none has been reported.
    status: String,
}

fn adopted_measures(
    t: Tr,
    v: &Version,
    latest: &std::collections::HashMap<forebygg_domain::ids::MeasureId, StatusReport>,
) -> Vec<AdoptedMeasure> {
    v.snapshot
        .measures
        .iter()
        .map(|m| {
            let line = v.snapshot.generated.measures.iter().find(|l| l.name == m.name);
            AdoptedMeasure {
                name: m.name.clone(),
                owner: m.owner.clone(),
                partners: line.map(|l| l.partners.join(", ")).unwrap_or_default(),
                evaluation: m.evaluation.map(|d| d.to_string()).unwrap_or_default(),
                status: match latest.get(&m.id) {
                    Some(r) => format!(
                        "{}, {} % ({})",
                        labels::report_status(t, r.fields.status),
                        r.fields.progress,
                        labels::report_period(t, &r.fields.period)
                    ),
                    None => t.get("public-status-none"),
                },
            }
        })
        .collect()
}

/// A hearing draft or an adopted plan, for everyone (no sign-in).
pub async fn public(
    Visit { state, ctx }: Visit,
    Address(HearingPath { code, id }): Address<HearingPath>,
    Address(VersionPath { vid }): Address<VersionPath>,
) -> Result<Response, PageError> {
    let org = forebygg_app::organisations::find(state.store(), &code).await?;
    let (plan, v) = document::published_version(state.store(), &org, id, vid).await?;
    let latest = forebygg_app::goals::published_status(state.store(), &org, id, &v).await?;
    let t = ctx.tr();
    let chapters = chapters_of(t, &v);
    let here = format!("{}/versions/{vid}", PlanUrls::new(org.code.as_str(), id).public());
    let contents = forebygg_texts::version_chapters(t, &v)
        .iter()
        .zip(&chapters)
        .map(|(c, view)| (view.anchor.clone(), view.heading.clone(), c.depth))
        .collect();
    let goals = numbered_goals(&v.snapshot.generated.goals)
        .into_iter()
        .map(|(n, g)| (n, t.get(&format!("goal-level-{}", g.level)), g.title.clone()))
        .collect();
    Ok(render_with(
        StatusCode::OK,
        &PublicVersionPage {
            page: Page::titled(&ctx, format!("{}: {}", plan.title, version_name(t, &v))),
            municipality: t.with("document-municipality", "name", &org.name),
            measures: measures_of(&v),
            contents,
            docx: format!("{here}/plan.docx"),
            pdf: if state.pdf().is_some() { format!("{here}/plan.pdf") } else { String::new() },
            goals,
            adopted: adopted_measures(t, &v, &latest),
            is_adopted: v.fields.kind == VersionKind::Adopted,
            chapters,
        },
    ))
}

#[derive(Deserialize, Default)]
pub struct CompareQuery {
    #[serde(default)]
    from: Option<VersionId>,
    #[serde(default)]
    to: Option<VersionId>,
}

pub struct ChangeView {
    pub heading: String,
    /// "Moved from 1.6", "Renamed from …": what happened to the chapter besides its text.
    pub notes: Vec<String>,
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

pub async fn compare_page(at: PlanAccess, Params(q): Params<CompareQuery>) -> Result<Response, PageError> {
    let versions = document::versions(at.store(), &at.actor, &at.org, at.id()).await?;
    let find = |x: Option<VersionId>| x.and_then(|x| versions.iter().find(|v| v.id == x));
    let (Some(old), Some(new)) = (find(q.from), find(q.to)) else {
        return Err(PageError::NotFound);
    };
    let ctx = &at.ctx;
    let t = ctx.tr();
    let c = compare(&old.snapshot, &new.snapshot);
    let (added_word, removed_word) = (t.get("compare-added"), t.get("compare-removed"));
    Ok(render_with(
        StatusCode::OK,
        &ComparePage {
            page: Page::titled(
                ctx,
                forebygg_texts::translate(
                    t.lang,
                    "compare-title",
                    &[("from", &version_name(t, old)), ("to", &version_name(t, new))],
                ),
            ),
            document_href: urls(&at).at("document"),
            changes: c
                .chapters
                .iter()
                .map(|ch| ChangeView {
                    heading: format!("{} {}", ch.number, ch.title),
                    notes: ch
                        .was_number
                        .iter()
                        .map(|n| t.with("compare-moved", "number", n))
                        .chain(ch.was_title.iter().map(|n| t.with("compare-renamed", "title", n)))
                        .collect(),
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
    ))
}
