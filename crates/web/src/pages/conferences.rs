//! Dialogue conferences of a plan: the list with a form for a new one, and each
//! conference's page with its rounds × groups table of outputs, the form for a group's
//! output, and the form to change the conference.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::conferences::{self, ConferenceWithOutputs, OutputForm};
use forebygg_app::{AppError, FieldErrors};
use forebygg_domain::hearing::ConferenceForm;
use forebygg_domain::ids::ConferenceId;
use forebygg_domain::plan::Plan;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FormErrors, Page, render_with};

pub struct ConferenceRow {
    pub href: String,
    pub title: String,
    pub held_on: String,
    pub rounds: usize,
    pub groups: usize,
    pub outputs: usize,
}

#[derive(Template)]
#[template(path = "conferences.html")]
struct ListPage {
    page: Page,
    base: String,
    plan_href: String,
    plan_title: String,
    can_edit: bool,
    rows: Vec<ConferenceRow>,
    input: ConferenceForm,
    errors: FormErrors,
}

/// One cell of the rounds × groups table: what one group wrote in one round.
pub struct Cell {
    pub lines: Vec<String>,
}

pub struct RoundRow {
    pub number: u32,
    pub question: String,
    pub cells: Vec<Cell>,
}

pub struct GroupColumn {
    pub number: u32,
    pub name: String,
    pub leader: String,
}

#[derive(Template)]
#[template(path = "conference.html")]
struct ConferencePage {
    page: Page,
    base: String,
    list_href: String,
    register_href: String,
    plan_title: String,
    can_edit: bool,
    held_on: String,
    place: String,
    participants: String,
    groups: Vec<GroupColumn>,
    rounds: Vec<RoundRow>,
    outputs: usize,
    round_choices: Vec<Choice>,
    group_choices: Vec<Choice>,
    output: OutputForm,
    output_errors: FormErrors,
    edit: ConferenceForm,
    edit_errors: FormErrors,
    summary: FormErrors,
}

/// The plan, its conferences with their outputs, and whether the visitor may change
/// them.
async fn load(state: &AppState, at: &PlanAccess) -> Result<(Plan, Vec<ConferenceWithOutputs>, bool), PageError> {
    let (plan, all) = conferences::of_plan(state.store(), &at.actor, &at.org, at.id()).await?;
    Ok((plan, all, at.can_edit()))
}

fn urls(at: &PlanAccess) -> PlanUrls<'_> {
    PlanUrls::new(at.org.code.as_str(), at.id())
}

/// The address of the plan's list of conferences.
fn base(at: &PlanAccess) -> String {
    urls(at).at("conferences")
}

async fn list_page(
    state: &AppState,
    at: &PlanAccess,
    input: ConferenceForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let (plan, all, can_edit) = load(state, at).await?;
    let t = at.ctx.tr();
    let rows = all
        .iter()
        .map(|c| ConferenceRow {
            href: format!("{}/{}", base(at), c.conference.id),
            title: c.conference.fields.title.clone(),
            held_on: c.conference.fields.held_on.to_string(),
            rounds: c.conference.fields.rounds.len(),
            groups: c.conference.fields.groups.len(),
            outputs: c.outputs.len(),
        })
        .collect();
    Ok(render_with(
        status,
        &ListPage {
            page: Page::titled(&at.ctx, t.with("conferences-title", "plan", &plan.title)),
            base: base(at),
            plan_href: urls(at).page(),
            plan_title: plan.title,
            can_edit,
            rows,
            input,
            errors,
        },
    ))
}

pub async fn list(at: PlanAccess) -> Result<Response, PageError> {
    list_page(&at.state, &at, ConferenceForm::default(), FormErrors::default(), StatusCode::OK).await
}

pub async fn create(at: PlanAccess, Form(input): Form<ConferenceForm>) -> Result<Response, PageError> {
    match conferences::create(at.store(), &at.actor, &at.org, at.id(), &input).await {
        Ok(c) => Ok(Redirect::to(&format!("{}/{}", base(&at), c.id)).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            list_page(&at.state, &at, input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A conference of the plan, from the address.
#[derive(Deserialize)]
pub struct ConferencePath {
    cid: ConferenceId,
}

/// What a refused form on a conference's page brings back.
#[derive(Default)]
struct Refusal {
    output: Option<OutputForm>,
    edit: Option<ConferenceForm>,
    errors: FieldErrors,
}

fn numbered_choices(labels: impl Iterator<Item = String>, selected: &str) -> Vec<Choice> {
    labels
        .enumerate()
        .map(|(i, label)| {
            let value = (i + 1).to_string();
            Choice { selected: value == selected, value, label }
        })
        .collect()
}

async fn conference_page(
    state: &AppState,
    at: &PlanAccess,
    cid: ConferenceId,
    refusal: Refusal,
    status: StatusCode,
) -> Result<Response, PageError> {
    let (plan, all, can_edit) = load(state, at).await?;
    let found = all
        .into_iter()
        .find(|c| c.conference.id == cid)
        .ok_or_else(|| AppError::NotFound(format!("conference {cid}")))?;
    let ConferenceWithOutputs { conference, .. } = &found;
    let t = at.ctx.tr();
    let f = &conference.fields;
    let groups: Vec<GroupColumn> = f
        .groups
        .iter()
        .zip(1..)
        .map(|(g, number)| GroupColumn { number, name: g.name.clone(), leader: g.leader.clone() })
        .collect();
    let rounds = f
        .rounds
        .iter()
        .zip(1..)
        .map(|(question, number)| RoundRow {
            number,
            question: question.clone(),
            cells: groups
                .iter()
                .map(|g| Cell { lines: found.outputs_of(number, g.number).map(|i| i.fields.text.clone()).collect() })
                .collect(),
        })
        .collect();
    let output = refusal.output.clone().unwrap_or_default();
    let edit = refusal.edit.clone().unwrap_or_else(|| f.to_form());
    let errors = FormErrors::new(t, &refusal.errors);
    let on = |present: bool| if present { errors.clone() } else { FormErrors::default() };
    Ok(render_with(
        status,
        &ConferencePage {
            page: Page::titled(&at.ctx, f.title.clone()),
            base: format!("{}/{cid}", base(at)),
            list_href: base(at),
            register_href: urls(at).at("inputs"),
            plan_title: plan.title,
            can_edit,
            held_on: f.held_on.to_string(),
            place: f.place.clone(),
            participants: f.participants.clone(),
            outputs: found.outputs.len(),
            round_choices: numbered_choices(
                f.rounds.iter().zip(1..).map(|(q, n): (&String, u32)| format!("{n}: {q}")),
                &output.round,
            ),
            group_choices: numbered_choices(f.groups.iter().map(|g| g.name.clone()), &output.group),
            groups,
            rounds,
            output_errors: on(refusal.output.is_some()),
            output,
            edit_errors: on(refusal.edit.is_some()),
            edit,
            summary: errors,
        },
    ))
}

pub async fn show(
    at: PlanAccess,
    Address(ConferencePath { cid }): Address<ConferencePath>,
) -> Result<Response, PageError> {
    conference_page(&at.state, &at, cid, Refusal::default(), StatusCode::OK).await
}

pub async fn update(
    at: PlanAccess,
    Address(ConferencePath { cid }): Address<ConferencePath>,
    Form(input): Form<ConferenceForm>,
) -> Result<Response, PageError> {
    match conferences::update(at.store(), &at.actor, &at.org, (at.id(), cid), &input).await {
        Ok(()) => Ok(Redirect::to(&format!("{}/{cid}", base(&at))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let refusal = Refusal { edit: Some(input), errors, ..Refusal::default() };
            conference_page(&at.state, &at, cid, refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn add_outputs(
    at: PlanAccess,
    Address(ConferencePath { cid }): Address<ConferencePath>,
    Form(input): Form<OutputForm>,
) -> Result<Response, PageError> {
    match conferences::add_outputs(at.store(), &at.actor, &at.org, (at.id(), cid), &input).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/{cid}#outputs", base(&at))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let refusal = Refusal { output: Some(input), errors, ..Refusal::default() };
            conference_page(&at.state, &at, cid, refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}
