//! The goal hierarchy of a plan with the progress rolled up from its measures, and the
//! follow-up: evaluation schedule, progress per goal and the year's status reports —
//! the yearly report to the council, as a page and as CSV or XLSX.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::goals::{self, FollowUp};
use forebygg_app::indicators;
use forebygg_app::{AppError, now};
use forebygg_domain::document::markup::{Block, Inline, Text};
use forebygg_domain::goals::rollup::GoalProgress;
use forebygg_domain::goals::{GoalForm, GoalLevel, in_order};
use forebygg_domain::ids::GoalId;
use forebygg_domain::indicators::compare::Direction;
use forebygg_domain::measures::Measure;
use forebygg_domain::measures::evaluation::{EvaluationState, evaluation_state, schedule_order};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_render::{ChapterModel, DocumentModel};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, Params, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FormErrors, Page, download, render_with};
use forebygg_texts::Tr;

fn progress_text(t: Tr, p: &GoalProgress) -> String {
    match p.percent {
        _ if p.measures == 0 => t.get("goal-no-measures"),
        None => t.with("goal-no-reports", "count", &p.measures.to_string()),
        Some(percent) => forebygg_texts::translate(
            t.lang,
            "goal-progress",
            &[
                ("percent", &format!("{percent:.0}")),
                ("reported", &p.reported.to_string()),
                ("count", &p.measures.to_string()),
            ],
        ),
    }
}

pub struct GoalRow {
    pub id: GoalId,
    pub depth: usize,
    pub level: String,
    pub title: String,
    pub master_plan_goal: String,
    pub sdg: String,
    pub indicator: String,
    pub evaluation: String,
    pub progress: String,
    /// The indicator that measures it: baseline, latest figure, target, whether reached.
    pub measured: String,
}

/// Per goal measured by an indicator, what the follow-up says of it: "Mobbet på skolen:
/// utgangspunkt 13 (2016–2018), siste tall 13,3 (2022–2024), mål 9 — ikke nådd ennå".
async fn measured_texts(at: &PlanAccess, f: &FollowUp) -> Result<Vec<(GoalId, String)>, PageError> {
    let t = at.ctx.tr();
    let comma = t.lang != forebygg_domain::Lang::En;
    let mut out = Vec::new();
    for g in &f.goals {
        let Some(id) = g.fields.measured_by else { continue };
        let Ok(compared) = indicators::compared(at.store(), &at.actor, &at.org, id).await else { continue };
        let figures = indicators::figures(&compared, &t.get("indicator-country"));
        let latest = figures
            .latest()
            .map(|(p, v)| format!("{} ({})", forebygg_domain::document::chart::number(v, comma), p.label()))
            .unwrap_or_else(|| t.get("indicator-no-latest"));
        let verdict = match (figures.latest(), g.fields.target_value(), compared.indicator.meta.direction) {
            (Some((_, v)), Some(target), Direction::LowerIsBetter) => Some(v <= target),
            (Some((_, v)), Some(target), Direction::HigherIsBetter) => Some(v >= target),
            _ => None,
        };
        let mut text = forebygg_texts::translate(
            t.lang,
            "goal-measured",
            &[
                ("indicator", &figures.title),
                ("baseline", if g.fields.baseline.is_empty() { "–" } else { &g.fields.baseline }),
                ("latest", &latest),
                ("target", if g.fields.target.is_empty() { "–" } else { &g.fields.target }),
            ],
        );
        if let Some(reached) = verdict {
            text.push_str(" — ");
            text.push_str(&t.get(if reached { "goal-target-reached" } else { "goal-target-not-reached" }));
        }
        out.push((g.id, text));
    }
    Ok(out)
}

fn with_measured(mut rows: Vec<GoalRow>, measured: &[(GoalId, String)]) -> Vec<GoalRow> {
    for r in &mut rows {
        if let Some((_, text)) = measured.iter().find(|(id, _)| *id == r.id) {
            r.measured = text.clone();
        }
    }
    rows
}

fn goal_rows(t: Tr, f: &FollowUp) -> Vec<GoalRow> {
    let progress = f.progress();
    in_order(&f.goals)
        .into_iter()
        .map(|(depth, g)| GoalRow {
            id: g.id,
            depth,
            level: labels::goal_level(t, g.fields.level),
            title: g.fields.title.clone(),
            master_plan_goal: g.fields.master_plan_goal.clone(),
            sdg: g.fields.sdg_targets.iter().map(|s| s.as_str().to_owned()).collect::<Vec<_>>().join(", "),
            indicator: g.fields.indicator.clone(),
            evaluation: g.fields.evaluation.map(|d| d.to_string()).unwrap_or_default(),
            progress: progress.iter().find(|(id, _)| *id == g.id).map(|(_, p)| progress_text(t, p)).unwrap_or_default(),
            measured: String::new(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "goals.html")]
struct GoalsPage {
    page: Page,
    plan_href: String,
    action: String,
    /// The goal being changed, when the form is for a change.
    editing: Option<GoalId>,
    follow_up_href: String,
    can_edit: bool,
    rows: Vec<GoalRow>,
    levels: Vec<Choice>,
    parents: Vec<Choice>,
    /// The knowledge base's indicators, for "measured by".
    measures: Vec<Choice>,
    input: GoalForm,
    errors: FormErrors,
}

async fn goals_page(
    state: &AppState,
    at: &PlanAccess,
    editing: Option<GoalId>,
    input: GoalForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let f = goals::follow_up(state.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    // Opening a goal for change fills the form with it, unless a refused form came back.
    let input = match (editing, input.title.is_empty()) {
        (Some(gid), true) => match f.goals.iter().find(|g| g.id == gid) {
            Some(g) => GoalForm {
                level: g.fields.level.code().to_owned(),
                parent: g.fields.parent.map(|p| p.to_string()).unwrap_or_default(),
                title: g.fields.title.clone(),
                master_plan_goal: g.fields.master_plan_goal.clone(),
                sdg_targets: g.fields.sdg_targets.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
                indicator: g.fields.indicator.clone(),
                evaluation: g.fields.evaluation.map(|d| d.to_string()).unwrap_or_default(),
                measured_by: g.fields.measured_by.map(|i| i.get().to_string()).unwrap_or_default(),
                baseline: g.fields.baseline.clone(),
                target: g.fields.target.clone(),
            },
            None => return Err(PageError::NotFound),
        },
        _ => input,
    };
    let urls = PlanUrls::new(at.org.code.as_str(), at.id());
    let goals_base = urls.at("goals");
    Ok(render_with(
        status,
        &GoalsPage {
            page: Page::titled(&at.ctx, t.with("goals-title", "plan", &f.plan.title)),
            plan_href: urls.page(),
            action: editing.map(|gid| format!("{goals_base}/{gid}")).unwrap_or_else(|| goals_base.clone()),
            editing,
            follow_up_href: urls.at("follow-up"),
            can_edit: at.can_edit(),
            rows: with_measured(goal_rows(t, &f), &measured_texts(at, &f).await?),
            // The indicators to measure a goal by, for the form (only editors get it; the
            // knowledge base is not shared with the county).
            measures: if at.can_edit() {
                indicators::list(state.store(), &at.actor, &at.org).await?
            } else {
                Vec::new()
            }
            .iter()
            .map(|i| Choice {
                value: i.id.get().to_string(),
                label: indicators::title(&i.key, &i.meta.unit),
                selected: i.id.get().to_string() == input.measured_by,
            })
            .collect(),
            levels: GoalLevel::ALL
                .iter()
                .map(|l| Choice {
                    value: l.code().to_owned(),
                    label: labels::goal_level(t, *l),
                    selected: l.code() == input.level,
                })
                .collect(),
            parents: in_order(&f.goals)
                .into_iter()
                .filter(|(_, g)| g.fields.level != GoalLevel::Strategy && Some(g.id) != editing)
                .map(|(_, g)| Choice {
                    value: g.id.to_string(),
                    label: format!("{}: {}", labels::goal_level(t, g.fields.level), g.fields.title),
                    selected: g.id.to_string() == input.parent,
                })
                .collect(),
            input,
            errors,
        },
    ))
}

#[derive(Deserialize, Default)]
pub struct EditQuery {
    #[serde(default)]
    edit: Option<GoalId>,
}

pub async fn list(at: PlanAccess, Params(q): Params<EditQuery>) -> Result<Response, PageError> {
    goals_page(&at.state, &at, q.edit, GoalForm::default(), FormErrors::default(), StatusCode::OK).await
}

/// A goal of the plan, from the address.
#[derive(Deserialize)]
pub struct GoalPath {
    gid: GoalId,
}

pub async fn update(
    at: PlanAccess,
    Address(GoalPath { gid }): Address<GoalPath>,
    Form(input): Form<GoalForm>,
) -> Result<Response, PageError> {
    match goals::update_goal(at.store(), &at.actor, &at.org, (at.id(), gid), &input).await {
        Ok(()) => Ok(Redirect::to(&PlanUrls::new(at.org.code.as_str(), at.id()).at("goals")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            goals_page(&at.state, &at, Some(gid), input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn add(at: PlanAccess, Form(input): Form<GoalForm>) -> Result<Response, PageError> {
    match goals::add_goal(at.store(), &at.actor, &at.org, at.id(), &input).await {
        Ok(_) => Ok(Redirect::to(&PlanUrls::new(at.org.code.as_str(), at.id()).at("goals")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            goals_page(&at.state, &at, None, input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct YearQuery {
    #[serde(default)]
    year: Option<i32>,
}

pub struct ScheduleRow {
    pub measure: String,
    pub owner: String,
    pub evaluation: String,
    pub state: String,
    pub needs_action: bool,
}

/// One line of the yearly report: a measure and its latest report of the year.
pub struct YearRow {
    pub measure: String,
    pub owner: String,
    pub period: String,
    pub status: String,
    pub progress: String,
    pub text: String,
}

fn schedule(t: Tr, f: &FollowUp) -> Vec<ScheduleRow> {
    let today = oslo_date(now());
    let mut measures: Vec<&Measure> = f.measures.iter().collect();
    measures.sort_by_key(|m| schedule_order(&m.fields, today));
    measures
        .into_iter()
        .filter_map(|m| {
            let state = evaluation_state(&m.fields, today);
            let words = match state {
                EvaluationState::Overdue(days) => t.with("evaluation-overdue", "count", &days.to_string()),
                EvaluationState::DueSoon(days) => t.with("evaluation-due-soon", "count", &days.to_string()),
                EvaluationState::NoDate => t.get("evaluation-no-date"),
                EvaluationState::Later => t.get("evaluation-later"),
                EvaluationState::Proposed => t.get("evaluation-proposed"),
                EvaluationState::NotActive => return None,
            };
            Some(ScheduleRow {
                measure: m.fields.name.clone(),
                owner: m.fields.owner.clone(),
                evaluation: m.fields.evaluation.map(|d| d.to_string()).unwrap_or_default(),
                needs_action: matches!(state, EvaluationState::Overdue(_) | EvaluationState::NoDate),
                state: words,
            })
        })
        .collect()
}

fn year_rows(t: Tr, f: &FollowUp, year: i32) -> Vec<YearRow> {
    f.measures
        .iter()
        .map(|m| {
            let latest =
                f.reports.iter().rev().find(|r| r.measure_id == m.id && r.fields.period.starts_with(&year.to_string()));
            YearRow {
                measure: m.fields.name.clone(),
                owner: m.fields.owner.clone(),
                period: latest.map(|r| labels::report_period(t, &r.fields.period)).unwrap_or_default(),
                status: latest
                    .map(|r| labels::report_status(t, r.fields.status))
                    .unwrap_or_else(|| t.get("reports-missing")),
                progress: latest.map(|r| format!("{} %", r.fields.progress)).unwrap_or_default(),
                text: latest.map(|r| r.fields.text.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "follow_up.html")]
struct FollowUpPage {
    page: Page,
    plan_href: String,
    goals_href: String,
    year: i32,
    csv: String,
    xlsx: String,
    docx: String,
    /// Only when the server makes PDF files.
    pdf: Option<String>,
    schedule: Vec<ScheduleRow>,
    goals: Vec<GoalRow>,
    rows: Vec<YearRow>,
}

fn this_year() -> i32 {
    use chrono::Datelike;
    oslo_date(now()).0.year()
}

pub async fn follow_up(at: PlanAccess, Params(q): Params<YearQuery>) -> Result<Response, PageError> {
    let f = goals::follow_up(at.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    let year = q.year.unwrap_or_else(this_year);
    let base = PlanUrls::new(at.org.code.as_str(), at.id()).page();
    Ok(render_with(
        StatusCode::OK,
        &FollowUpPage {
            page: Page::titled(&at.ctx, t.with("follow-up-title", "plan", &f.plan.title)),
            plan_href: base.clone(),
            goals_href: format!("{base}/goals"),
            csv: format!("{base}/follow-up/report-{year}.csv"),
            xlsx: format!("{base}/follow-up/report-{year}.xlsx"),
            docx: format!("{base}/follow-up/report-{year}.docx"),
            pdf: at.state.pdf().map(|_| format!("{base}/follow-up/report-{year}.pdf")),
            year,
            schedule: schedule(t, &f),
            goals: with_measured(goal_rows(t, &f), &measured_texts(&at, &f).await?),
            rows: year_rows(t, &f, year),
        },
    ))
}

/// A file of the follow-up, from the address.
#[derive(Deserialize)]
pub struct FilePath {
    name: String,
}

/// The columns of the year's statuses (a [`YearRow`]), in the report and its sheets.
const YEAR_COLUMNS: [&str; 6] =
    ["field-measure-name", "field-owner", "field-period", "field-report-status", "field-progress", "field-report-text"];

/// A table of plain text cells for the report document, or a line saying there is
/// nothing to list.
fn report_table(t: Tr, header: &[&str], rows: Vec<Vec<String>>) -> Text {
    let cell = |s: &str| vec![Inline::Text { text: s.to_owned() }];
    let block = if rows.is_empty() {
        Block::Paragraph { content: cell(&t.get("measures-none")) }
    } else {
        Block::Table {
            header: header.iter().map(|k| cell(&t.get(k))).collect(),
            rows: rows.iter().map(|r| r.iter().map(|c| cell(c)).collect()).collect(),
        }
    };
    Text { blocks: vec![block], footnotes: Vec::new() }
}

/// The yearly report to the council as a document: the evaluation schedule, progress
/// per goal and each measure's status in the year — what the follow-up page shows.
fn report_model(t: Tr, municipality: &str, f: &FollowUp, year: i32) -> DocumentModel {
    let chapter =
        |number: &str, title: String, text: Text| ChapterModel { number: number.to_owned(), title, depth: 0, text };
    let schedule_rows = schedule(t, f).into_iter().map(|r| vec![r.measure, r.owner, r.evaluation, r.state]).collect();
    let goal_rows = goal_rows(t, f).into_iter().map(|g| vec![g.level, g.title, g.progress]).collect();
    let year_rows = year_rows(t, f, year)
        .into_iter()
        .map(|r| vec![r.measure, r.owner, r.period, r.status, r.progress, r.text])
        .collect();
    let year_text = year.to_string();
    DocumentModel {
        lang: t.lang.code().to_owned(),
        municipality: t.with("document-municipality", "name", municipality),
        title: forebygg_texts::translate(
            t.lang,
            "follow-up-report-title",
            &[("year", &year_text), ("plan", &f.plan.title)],
        ),
        version: t.with("follow-up-as-of", "date", &oslo_date(now()).to_string()),
        contents_label: t.get("document-toc"),
        page_per_chapter: false,
        chapters: vec![
            chapter(
                "1",
                t.get("follow-up-schedule"),
                report_table(
                    t,
                    &["field-measure-name", "field-owner", "field-evaluation", "field-status"],
                    schedule_rows,
                ),
            ),
            chapter(
                "2",
                t.get("follow-up-goals"),
                report_table(t, &["field-goal-level", "field-goal-title", "field-progress"], goal_rows),
            ),
            chapter("3", t.with("follow-up-reports", "year", &year_text), report_table(t, &YEAR_COLUMNS, year_rows)),
        ],
    }
}

/// Queues the yearly report for PDF (`report-2026.pdf`), for the council's case; the
/// job's page links back to the follow-up of that year.
pub async fn yearly_pdf(at: PlanAccess, Address(FilePath { name }): Address<FilePath>) -> Result<Response, PageError> {
    let year = name.strip_prefix("report-").and_then(|n| n.strip_suffix(".pdf")).ok_or(PageError::NotFound)?;
    let year = year.parse::<i32>().map_err(|_| PageError::NotFound)?;
    let jobs = at.state.pdf().ok_or(PageError::NotFound)?;
    let f = goals::follow_up(at.store(), &at.actor, &at.org, at.id()).await?;
    let model = report_model(at.ctx.tr(), &at.org.name, &f, year);
    let back = format!("{}?year={year}", PlanUrls::new(at.org.code.as_str(), at.id()).at("follow-up"));
    crate::pdf::queue(jobs, &at, model, &format!("aarsrapport-{}-{year}.pdf", at.id()), &back)
}

/// The yearly report as a file: `report-2026.csv` or `.xlsx` (the table of the year's
/// statuses), or `.docx` (the whole report, for the council's case).
pub async fn yearly_file(at: PlanAccess, Address(FilePath { name }): Address<FilePath>) -> Result<Response, PageError> {
    let (year, kind) = name.strip_prefix("report-").and_then(|n| n.split_once('.')).ok_or(PageError::NotFound)?;
    let year = year.parse::<i32>().map_err(|_| PageError::NotFound)?;
    let f = goals::follow_up(at.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    let file_name = format!("aarsrapport-{}-{year}.{kind}", at.id());
    if kind == "docx" {
        let model = report_model(t, &at.org.name, &f, year);
        let bytes = forebygg_render::docx::docx(&model).map_err(PageError::internal)?;
        return Ok(download(bytes, &file_name));
    }
    let header: Vec<String> = YEAR_COLUMNS.iter().map(|k| t.get(k)).collect();
    let rows: Vec<Vec<String>> = year_rows(t, &f, year)
        .into_iter()
        .map(|r| vec![r.measure, r.owner, r.period, r.status, r.progress, r.text])
        .collect();
    let made = match kind {
        "csv" => Ok(forebygg_import::write::csv(std::iter::once(header).chain(rows))),
        "xlsx" => forebygg_import::write::xlsx(&t.with("follow-up-sheet", "year", &year.to_string()), &header, &rows),
        _ => return Err(PageError::NotFound),
    };
    let bytes = made.map_err(PageError::internal)?;
    Ok(download(bytes, &file_name))
}
