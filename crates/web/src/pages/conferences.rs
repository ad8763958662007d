//! Dialogue conferences of a plan: the list with a form for a new one, and each
//! conference's page with its rounds × groups table of outputs, the form for a group's
//! output, and the form to change the conference.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::conferences::{self, ConferenceWithOutputs, OutputForm};
use forebygg_app::{AppError, FieldErrors};
use forebygg_domain::Action;
use forebygg_domain::hearing::ConferenceForm;
use forebygg_domain::plan::Plan;
use serde::Deserialize;

use crate::errors::{FormErrors, app_error};
use crate::pages::organisations::Choice;
use crate::pages::{Page, render_with, signed_in_at};
use crate::{AppState, Ctx};

/// The conference form as typed.
#[derive(Deserialize, Default, Clone)]
pub struct ConferenceInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub held_on: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub participants: String,
    #[serde(default)]
    pub rounds: String,
    #[serde(default)]
    pub groups: String,
}

impl ConferenceInput {
    fn form(&self) -> ConferenceForm {
        ConferenceForm {
            title: self.title.clone(),
            held_on: self.held_on.clone(),
            place: self.place.clone(),
            participants: self.participants.clone(),
            rounds: self.rounds.clone(),
            groups: self.groups.clone(),
        }
    }

    fn of(form: ConferenceForm) -> Self {
        Self {
            title: form.title,
            held_on: form.held_on,
            place: form.place,
            participants: form.participants,
            rounds: form.rounds,
            groups: form.groups,
        }
    }
}

/// A group's output as typed.
#[derive(Deserialize, Default, Clone)]
pub struct OutputInput {
    #[serde(default)]
    pub round: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub text: String,
}

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
    input: ConferenceInput,
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
    output: OutputInput,
    output_errors: FormErrors,
    edit: ConferenceInput,
    edit_errors: FormErrors,
    summary: FormErrors,
}

/// The plan, its conferences with their outputs, and whether the visitor may change
/// them; or the response to give instead.
async fn load(
    state: &AppState,
    ctx: &Ctx,
    (code, id): (&str, i64),
) -> Result<(Plan, Vec<ConferenceWithOutputs>, bool), Response> {
    let (actor, org) = signed_in_at(state, ctx, code).await?;
    let (plan, all) = conferences::of_plan(state.store(), actor, &org, id).await.map_err(|e| app_error(ctx, e))?;
    let can_edit = forebygg_app::access::authorize(actor, &org, Action::EditPlans).is_ok();
    Ok((plan, all, can_edit))
}

fn base(code: &str, id: i64) -> String {
    format!("/organisations/{code}/plans/{id}/conferences")
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    (code, id): (&str, i64),
    input: ConferenceInput,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    let (plan, all, can_edit) = match load(state, ctx, (code, id)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let rows = all
        .iter()
        .map(|c| ConferenceRow {
            href: format!("{}/{}", base(code, id), c.conference.id),
            title: c.conference.fields.title.clone(),
            held_on: c.conference.fields.held_on.to_string(),
            rounds: c.conference.fields.rounds.len(),
            groups: c.conference.fields.groups.len(),
            outputs: c.outputs.len(),
        })
        .collect();
    render_with(
        status,
        &ListPage {
            page: Page::titled(ctx, t.with("conferences-title", "plan", &plan.title)),
            base: base(code, id),
            plan_href: format!("/organisations/{code}/plans/{id}"),
            plan_title: plan.title,
            can_edit,
            rows,
            input,
            errors,
        },
    )
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    list_page(&state, &ctx, (&code, id), ConferenceInput::default(), FormErrors::default(), StatusCode::OK).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<ConferenceInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match conferences::create(state.store(), actor, &org, id, &input.form()).await {
        Ok(c) => Redirect::to(&format!("{}/{}", base(&code, id), c.id)).into_response(),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(ctx.tr(), &errors);
            list_page(&state, &ctx, (&code, id), input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

/// What a refused form on a conference's page brings back.
#[derive(Default)]
struct Refusal {
    output: Option<OutputInput>,
    edit: Option<ConferenceInput>,
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
    ctx: &Ctx,
    (code, id, cid): (&str, i64, i64),
    refusal: Refusal,
    status: StatusCode,
) -> Response {
    let (plan, all, can_edit) = match load(state, ctx, (code, id)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let Some(found) = all.into_iter().find(|c| c.conference.id == cid) else {
        return app_error(ctx, AppError::NotFound(format!("conference {cid}")));
    };
    let ConferenceWithOutputs { conference, .. } = &found;
    let t = ctx.tr();
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
    let edit = refusal.edit.clone().unwrap_or_else(|| ConferenceInput::of(f.to_form()));
    let errors = FormErrors::new(t, &refusal.errors);
    let on = |present: bool| if present { errors.clone() } else { FormErrors::default() };
    render_with(
        status,
        &ConferencePage {
            page: Page::titled(ctx, f.title.clone()),
            base: format!("{}/{cid}", base(code, id)),
            list_href: base(code, id),
            register_href: format!("/organisations/{code}/plans/{id}/inputs"),
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
    )
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, cid)): Path<(String, i64, i64)>,
) -> Response {
    conference_page(&state, &ctx, (&code, id, cid), Refusal::default(), StatusCode::OK).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, cid)): Path<(String, i64, i64)>,
    Form(input): Form<ConferenceInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match conferences::update(state.store(), actor, &org, (id, cid), &input.form()).await {
        Ok(()) => Redirect::to(&format!("{}/{cid}", base(&code, id))).into_response(),
        Err(AppError::Invalid(errors)) => {
            let refusal = Refusal { edit: Some(input), errors, ..Refusal::default() };
            conference_page(&state, &ctx, (&code, id, cid), refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn add_outputs(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, cid)): Path<(String, i64, i64)>,
    Form(input): Form<OutputInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let form = OutputForm { round: input.round.clone(), group: input.group.clone(), text: input.text.clone() };
    match conferences::add_outputs(state.store(), actor, &org, (id, cid), &form).await {
        Ok(_) => Redirect::to(&format!("{}/{cid}#outputs", base(&code, id))).into_response(),
        Err(AppError::Invalid(errors)) => {
            let refusal = Refusal { output: Some(input), errors, ..Refusal::default() };
            conference_page(&state, &ctx, (&code, id, cid), refusal, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}
