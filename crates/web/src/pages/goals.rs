//! The goal hierarchy of a plan with the progress rolled up from its measures, and the
//! follow-up: evaluation schedule, progress per goal and the year's status reports —
//! the yearly report to the council, as a page and as CSV or XLSX.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::goals::{self, FollowUp};
use forebygg_app::{AppError, now};
use forebygg_domain::Action;
use forebygg_domain::goals::rollup::GoalProgress;
use forebygg_domain::goals::{GoalForm, GoalLevel, in_order};
use forebygg_domain::measures::evaluation::{EvaluationState, evaluation_state};
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use crate::errors::{FormErrors, app_error};
use crate::i18n::Tr;
use crate::pages::measures::label;
use crate::pages::organisations::Choice;
use crate::pages::{Page, render_with, signed_in_at};
use crate::{AppState, Ctx};

fn progress_text(t: Tr, p: &GoalProgress) -> String {
    match p.percent {
        _ if p.measures == 0 => t.get("goal-no-measures"),
        None => t.with("goal-no-reports", "count", &p.measures.to_string()),
        Some(percent) => crate::i18n::translate(
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
    pub id: i64,
    pub depth: usize,
    pub level: String,
    pub title: String,
    pub master_plan_goal: String,
    pub sdg: String,
    pub progress: String,
}

fn goal_rows(t: Tr, f: &FollowUp) -> Vec<GoalRow> {
    let progress = f.progress();
    in_order(&f.goals)
        .into_iter()
        .map(|(depth, g)| GoalRow {
            id: g.id,
            depth,
            level: label(t, "goal-level", g.fields.level.code()),
            title: g.fields.title.clone(),
            master_plan_goal: g.fields.master_plan_goal.clone(),
            sdg: g.fields.sdg_targets.iter().map(|s| s.as_str().to_owned()).collect::<Vec<_>>().join(", "),
            progress: progress.iter().find(|(id, _)| *id == g.id).map(|(_, p)| progress_text(t, p)).unwrap_or_default(),
        })
        .collect()
}

#[derive(Deserialize, Default, Clone)]
pub struct GoalInput {
    #[serde(default)]
    level: String,
    #[serde(default)]
    parent: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    master_plan_goal: String,
    #[serde(default)]
    sdg_targets: String,
}

impl GoalInput {
    fn form(&self) -> GoalForm {
        GoalForm {
            level: self.level.clone(),
            parent: self.parent.clone(),
            title: self.title.clone(),
            master_plan_goal: self.master_plan_goal.clone(),
            sdg_targets: self.sdg_targets.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "goals.html")]
struct GoalsPage {
    page: Page,
    plan_href: String,
    action: String,
    /// The goal being changed, when the form is for a change.
    editing: Option<i64>,
    follow_up_href: String,
    can_edit: bool,
    rows: Vec<GoalRow>,
    levels: Vec<Choice>,
    parents: Vec<Choice>,
    input: GoalInput,
    errors: FormErrors,
}

async fn goals_page(
    state: &AppState,
    ctx: &Ctx,
    (code, id, editing): (&str, i64, Option<i64>),
    input: GoalInput,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    let (actor, org) = match signed_in_at(state, ctx, code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let f = match goals::follow_up(state.store(), actor, &org, id).await {
        Ok(f) => f,
        Err(e) => return app_error(ctx, e),
    };
    let t = ctx.tr();
    // Opening a goal for change fills the form with it, unless a refused form came back.
    let input = match (editing, input.title.is_empty()) {
        (Some(gid), true) => match f.goals.iter().find(|g| g.id == gid) {
            Some(g) => GoalInput {
                level: g.fields.level.code().to_owned(),
                parent: g.fields.parent.map(|p| p.to_string()).unwrap_or_default(),
                title: g.fields.title.clone(),
                master_plan_goal: g.fields.master_plan_goal.clone(),
                sdg_targets: g.fields.sdg_targets.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
            },
            None => return crate::errors::not_found(ctx),
        },
        _ => input,
    };
    let goals_base = format!("/organisations/{code}/plans/{id}/goals");
    render_with(
        status,
        &GoalsPage {
            page: Page::titled(ctx, t.with("goals-title", "plan", &f.plan.title)),
            plan_href: format!("/organisations/{code}/plans/{id}"),
            action: editing.map(|gid| format!("{goals_base}/{gid}")).unwrap_or_else(|| goals_base.clone()),
            editing,
            follow_up_href: format!("/organisations/{code}/plans/{id}/follow-up"),
            can_edit: forebygg_app::access::authorize(actor, &org, Action::EditPlans).is_ok(),
            rows: goal_rows(t, &f),
            levels: GoalLevel::ALL
                .iter()
                .map(|l| Choice {
                    value: l.code().to_owned(),
                    label: label(t, "goal-level", l.code()),
                    selected: l.code() == input.level,
                })
                .collect(),
            parents: in_order(&f.goals)
                .into_iter()
                .filter(|(_, g)| g.fields.level != GoalLevel::Strategy && Some(g.id) != editing)
                .map(|(_, g)| Choice {
                    value: g.id.to_string(),
                    label: format!("{}: {}", label(t, "goal-level", g.fields.level.code()), g.fields.title),
                    selected: g.id.to_string() == input.parent,
                })
                .collect(),
            input,
            errors,
        },
    )
}

#[derive(Deserialize, Default)]
pub struct EditQuery {
    #[serde(default)]
    edit: Option<i64>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Query(q): Query<EditQuery>,
) -> Response {
    goals_page(&state, &ctx, (&code, id, q.edit), GoalInput::default(), FormErrors::default(), StatusCode::OK).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, gid)): Path<(String, i64, i64)>,
    Form(input): Form<GoalInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match goals::update_goal(state.store(), actor, &org, (id, gid), &input.form()).await {
        Ok(()) => Redirect::to(&format!("/organisations/{code}/plans/{id}/goals")).into_response(),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(ctx.tr(), &errors);
            goals_page(&state, &ctx, (&code, id, Some(gid)), input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn add(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<GoalInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match goals::add_goal(state.store(), actor, &org, id, &input.form()).await {
        Ok(_) => Redirect::to(&format!("/organisations/{code}/plans/{id}/goals")).into_response(),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(ctx.tr(), &errors);
            goals_page(&state, &ctx, (&code, id, None), input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
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
    let mut rows: Vec<(EvaluationState, ScheduleRow)> = f
        .measures
        .iter()
        .filter_map(|m| {
            let state = evaluation_state(&m.fields, today);
            let words = match state {
                EvaluationState::Overdue(days) => t.with("evaluation-overdue", "count", &days.to_string()),
                EvaluationState::DueSoon(days) => t.with("evaluation-due-soon", "count", &days.to_string()),
                EvaluationState::NoDate => t.get("evaluation-no-date"),
                EvaluationState::Later => t.get("evaluation-later"),
                EvaluationState::NotActive => return None,
            };
            let row = ScheduleRow {
                measure: m.fields.name.clone(),
                owner: m.fields.owner.clone(),
                evaluation: m.fields.evaluation.map(|d| d.to_string()).unwrap_or_default(),
                needs_action: matches!(state, EvaluationState::Overdue(_) | EvaluationState::NoDate),
                state: words,
            };
            Some((state, row))
        })
        .collect();
    rows.sort_by_key(|(state, _)| *state);
    rows.into_iter().map(|(_, r)| r).collect()
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
                period: latest.map(|r| r.fields.period.clone()).unwrap_or_default(),
                status: latest
                    .map(|r| label(t, "report-status", r.fields.status.code()))
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
    schedule: Vec<ScheduleRow>,
    goals: Vec<GoalRow>,
    rows: Vec<YearRow>,
}

async fn load(state: &AppState, ctx: &Ctx, code: &str, id: i64) -> Result<FollowUp, Response> {
    let (actor, org) = signed_in_at(state, ctx, code).await?;
    goals::follow_up(state.store(), actor, &org, id).await.map_err(|e| app_error(ctx, e))
}

fn this_year() -> i32 {
    use chrono::Datelike;
    oslo_date(now()).0.year()
}

pub async fn follow_up(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Query(q): Query<YearQuery>,
) -> Response {
    let f = match load(&state, &ctx, &code, id).await {
        Ok(f) => f,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let year = q.year.unwrap_or_else(this_year);
    let base = format!("/organisations/{code}/plans/{id}");
    render_with(
        StatusCode::OK,
        &FollowUpPage {
            page: Page::titled(&ctx, t.with("follow-up-title", "plan", &f.plan.title)),
            plan_href: base.clone(),
            goals_href: format!("{base}/goals"),
            csv: format!("{base}/follow-up/report-{year}.csv"),
            xlsx: format!("{base}/follow-up/report-{year}.xlsx"),
            year,
            schedule: schedule(t, &f),
            goals: goal_rows(t, &f),
            rows: year_rows(t, &f, year),
        },
    )
}

/// The yearly report as a spreadsheet: `report-2026.csv` or `report-2026.xlsx`.
pub async fn yearly_file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, name)): Path<(String, i64, String)>,
) -> Response {
    let Some((year, kind)) = name.strip_prefix("report-").and_then(|n| n.split_once('.')) else {
        return crate::errors::not_found(&ctx);
    };
    let Ok(year) = year.parse::<i32>() else {
        return crate::errors::not_found(&ctx);
    };
    let f = match load(&state, &ctx, &code, id).await {
        Ok(f) => f,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let header: Vec<String> = [
        "field-measure-name",
        "field-owner",
        "field-period",
        "field-report-status",
        "field-progress",
        "field-report-text",
    ]
    .iter()
    .map(|k| t.get(k))
    .collect();
    let rows: Vec<Vec<String>> = year_rows(t, &f, year)
        .into_iter()
        .map(|r| vec![r.measure, r.owner, r.period, r.status, r.progress, r.text])
        .collect();
    let made = match kind {
        "csv" => Ok(forebygg_import::write::csv(std::iter::once(header).chain(rows))),
        "xlsx" => forebygg_import::write::xlsx(&t.with("follow-up-sheet", "year", &year.to_string()), &header, &rows),
        _ => return crate::errors::not_found(&ctx),
    };
    match made {
        Ok(bytes) => crate::pages::download(bytes, &format!("aarsrapport-{id}-{year}.{kind}")),
        Err(e) => app_error(&ctx, AppError::Internal(e.to_string())),
    }
}
