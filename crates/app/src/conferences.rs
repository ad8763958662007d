//! Dialogue conferences: the plan's staff record a conference (rounds with their
//! questions, groups with their leaders) and then each group's output per round, which
//! becomes inputs in the plan's register, traced back to the round and the group.

use forebygg_domain::hearing::{
    Channel, ConferenceForm, ConferenceOrigin, DialogueConference, InputFields, MAX_TEXT_CHARS, Sender,
};
use forebygg_domain::ids::{ConferenceId, PlanId};
use forebygg_domain::plan::Plan;
use forebygg_domain::{Action, Organisation, ValidationError};

use crate::access::authorize;
use crate::tokens::random_token;
use crate::{Actor, AppError, FieldErrors, Input, OrgScope, Store};

/// A conference with the inputs that came out of it.
#[derive(Clone, Debug)]
pub struct ConferenceWithOutputs {
    pub conference: DialogueConference,
    pub outputs: Vec<Input>,
}

impl ConferenceWithOutputs {
    /// The outputs of one group in one round.
    pub fn outputs_of(&self, round: u32, group: u32) -> impl Iterator<Item = &Input> {
        self.outputs.iter().filter(move |i| i.fields.origin.is_some_and(|o| o.round == round && o.group == group))
    }

    /// The highest round and group that have outputs (0 when none).
    fn in_use(&self) -> (u32, u32) {
        let origins = self.outputs.iter().filter_map(|i| i.fields.origin);
        origins.fold((0, 0), |(r, g), o| (r.max(o.round), g.max(o.group)))
    }
}

fn not_found(what: &str, id: impl std::fmt::Display) -> AppError {
    AppError::NotFound(format!("{what} {id}"))
}

/// A plan's conferences without their outputs, for those who may read the plan.
pub async fn list(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<Vec<DialogueConference>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.conferences(&scope, plan_id).await?)
}

/// A plan's conferences with their outputs, for those who may read the plan.
pub async fn of_plan(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<(Plan, Vec<ConferenceWithOutputs>), AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    load(store, &scope, plan_id).await
}

async fn load(
    store: &dyn Store,
    scope: &OrgScope,
    plan_id: PlanId,
) -> Result<(Plan, Vec<ConferenceWithOutputs>), AppError> {
    let plan = store.plan(scope, plan_id).await?;
    let inputs = store.inputs(scope, plan_id).await?;
    let conferences = store
        .conferences(scope, plan_id)
        .await?
        .into_iter()
        .map(|conference| {
            let outputs = inputs
                .iter()
                .filter(|i| i.fields.origin.is_some_and(|o| o.conference == conference.id))
                .cloned()
                .collect();
            ConferenceWithOutputs { conference, outputs }
        })
        .collect();
    Ok((plan, conferences))
}

async fn one(
    store: &dyn Store,
    scope: &OrgScope,
    (plan_id, id): (PlanId, ConferenceId),
) -> Result<ConferenceWithOutputs, AppError> {
    let (_, all) = load(store, scope, plan_id).await?;
    all.into_iter().find(|c| c.conference.id == id).ok_or_else(|| not_found("conference", id))
}

/// Records a new conference.
pub async fn create(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    form: &ConferenceForm,
) -> Result<DialogueConference, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let fields = form.parse((0, 0)).map_err(|e| AppError::Invalid(FieldErrors(e)))?;
    Ok(store.create_conference(&scope, plan_id, &fields).await?)
}

/// Changes a conference. Rounds and groups that already have outputs cannot be
/// removed (their inputs point at them).
pub async fn update(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, ConferenceId),
    form: &ConferenceForm,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let current = one(store, &scope, (plan_id, id)).await?;
    let fields = form.parse(current.in_use()).map_err(|e| AppError::Invalid(FieldErrors(e)))?;
    Ok(store.update_conference(&scope, plan_id, id, &fields).await?)
}

/// A group's output in one round, as typed: one input per non-empty line.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct OutputForm {
    pub round: String,
    pub group: String,
    pub text: String,
}

/// Registers a group's output in a round: each line an input of its own, received on
/// the day of the conference, credited to the group (never to its leader). Every line
/// is checked before any is stored.
pub async fn add_outputs(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, ConferenceId),
    form: &OutputForm,
) -> Result<Vec<Input>, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let current = one(store, &scope, (plan_id, id)).await?;
    let conference = &current.conference;
    let mut errors = FieldErrors::default();
    let round = form.round.trim().parse::<u32>().ok().filter(|r| conference.round(*r).is_some());
    if round.is_none() {
        errors.add("round", ValidationError::Required);
    }
    let group = form.group.trim().parse::<u32>().ok().filter(|g| conference.group(*g).is_some());
    if group.is_none() {
        errors.add("group", ValidationError::Required);
    }
    let lines: Vec<&str> = form.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        errors.add("text", ValidationError::Required);
    } else if lines.iter().any(|l| l.chars().count() > MAX_TEXT_CHARS) {
        errors.add("text", ValidationError::TooLong { max: MAX_TEXT_CHARS });
    }
    let (Some(round), Some(group), true) = (round, group, errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    let at = conference.fields.held_on.0.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().timestamp();
    let sender = Sender { organisation: Some(conference.sender_name(group)), ..Sender::default() };
    let mut stored = Vec::new();
    for line in lines {
        let fields = InputFields {
            channel: Channel::DialogueConference,
            hearing: None,
            text: line.to_owned(),
            sender: sender.clone(),
            origin: Some(ConferenceOrigin { conference: id, round, group }),
        };
        let input = store.insert_input(&scope, plan_id, &fields, &[], &random_token()?, at).await?;
        stored.push(input);
    }
    Ok(stored)
}
