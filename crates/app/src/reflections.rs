//! Reflection tasks between the county's gatherings (issue 18, seed 000): a regional
//! body's adviser poses a task, each municipality of the county answers it (its
//! administrator, plan lead or editors: those who make the plan), and the adviser
//! reads every municipality's answer side by side.

use forebygg_domain::county::gatherings::Gathering;
use forebygg_domain::county::reflection::{ReflectionAnswer, ReflectionFields, ReflectionTask, answer_text};
use forebygg_domain::ids::{GatheringId, ReflectionId};
use forebygg_domain::{Action, OrgKind, Organisation};

use crate::access::authorize;
use crate::gatherings::bodies_of;
use crate::{Actor, AppError, FieldErrors, Store, UnixTime};

/// The task form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct TaskForm {
    pub title: String,
    pub prompt: String,
    pub due: String,
    /// The id of the gathering the task prepares; empty: none.
    pub gathering: String,
}

/// The answer form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    pub text: String,
}

/// A task with how many of the county's municipalities have answered.
#[derive(Clone, Debug)]
pub struct Counted {
    pub task: ReflectionTask,
    pub answered: usize,
    pub municipalities: usize,
}

/// A task with every municipality of the county and its answer, if any: answered
/// first, each group by name.
#[derive(Clone, Debug)]
pub struct SideBySide {
    pub task: ReflectionTask,
    pub gathering: Option<Gathering>,
    pub rows: Vec<(Organisation, Option<ReflectionAnswer>)>,
}

/// A task as a municipality sees it: who poses it and its own answer.
#[derive(Clone, Debug)]
pub struct ForMunicipality {
    pub body: Organisation,
    pub task: ReflectionTask,
    pub gathering: Option<Gathering>,
    pub mine: Option<ReflectionAnswer>,
}

async fn municipalities_of(store: &dyn Store, body: &Organisation) -> Result<Vec<Organisation>, AppError> {
    let mut all: Vec<Organisation> = store
        .organisations()
        .await?
        .into_iter()
        .filter(|o| o.kind == OrgKind::Municipality && o.county.is_some() && o.county == body.county)
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(all)
}

async fn gathering_of(
    store: &dyn Store,
    body: &Organisation,
    id: Option<GatheringId>,
) -> Result<Option<Gathering>, AppError> {
    match id {
        Some(g) => Ok(Some(store.gathering(body.id, g).await?)),
        None => Ok(None),
    }
}

/// The body's tasks with their counts, for its advisers.
pub async fn of_body(store: &dyn Store, actor: &Actor, body: &Organisation) -> Result<Vec<Counted>, AppError> {
    authorize(actor, body, Action::AdviseCounty)?;
    let municipalities = municipalities_of(store, body).await?.len();
    let mut counted = Vec::new();
    for task in store.reflections(body.id).await? {
        let answered = store.reflection_answers(task.id, None).await?.len();
        counted.push(Counted { task, answered, municipalities });
    }
    Ok(counted)
}

/// An adviser poses a task.
pub async fn create(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    form: &TaskForm,
    now: UnixTime,
) -> Result<ReflectionId, AppError> {
    let scope = authorize(actor, body, Action::AdviseCounty)?;
    let mut errors = FieldErrors::default();
    let gathering = match form.gathering.trim() {
        "" => None,
        g => match g.parse::<i64>().map(GatheringId::new) {
            Ok(id) if store.gathering(body.id, id).await.is_ok() => Some(id),
            _ => {
                errors.add("gathering", forebygg_domain::ValidationError::NoneChosen);
                None
            }
        },
    };
    let fields = ReflectionFields::parse(&form.title, &form.prompt, &form.due, gathering);
    if let Err(e) = &fields {
        errors.0.extend(e.iter().cloned());
    }
    match fields {
        Ok(fields) if errors.is_empty() => Ok(store.create_reflection(&scope, &fields, now).await?),
        _ => Err(AppError::Invalid(errors)),
    }
}

/// Every municipality's answer to a task, side by side, for the body's advisers.
pub async fn side_by_side(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    id: ReflectionId,
) -> Result<SideBySide, AppError> {
    authorize(actor, body, Action::AdviseCounty)?;
    let task = store.reflection(body.id, id).await?;
    let mut answers = store.reflection_answers(id, None).await?;
    let mut rows: Vec<(Organisation, Option<ReflectionAnswer>)> = municipalities_of(store, body)
        .await?
        .into_iter()
        .map(|m| {
            let answer = answers.iter().position(|a| a.municipality == m.id).map(|i| answers.swap_remove(i));
            (m, answer)
        })
        .collect();
    rows.sort_by_key(|(_, a)| a.is_none());
    let gathering = gathering_of(store, body, task.fields.gathering).await?;
    Ok(SideBySide { task, gathering, rows })
}

/// The tasks the county's bodies pose the municipality, newest first, each with its
/// answer, for its members.
pub async fn for_municipality(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
) -> Result<Vec<ForMunicipality>, AppError> {
    authorize(actor, municipality, Action::ReadInternal)?;
    let mut found = Vec::new();
    for body in bodies_of(store, municipality).await? {
        for task in store.reflections(body.id).await? {
            let mine = store.reflection_answers(task.id, Some(municipality.id)).await?.pop();
            let gathering = gathering_of(store, &body, task.fields.gathering).await?;
            found.push(ForMunicipality { body: body.clone(), task, gathering, mine });
        }
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.task.id.get()));
    Ok(found)
}

/// One task posed to the municipality, with its answer.
pub async fn one_for_municipality(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
    id: ReflectionId,
) -> Result<ForMunicipality, AppError> {
    for_municipality(store, actor, municipality)
        .await?
        .into_iter()
        .find(|f| f.task.id == id)
        .ok_or_else(|| AppError::NotFound(format!("reflection task {id}")))
}

/// The municipality answers (or rewrites its answer); those who make its plans may.
pub async fn answer(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
    id: ReflectionId,
    form: &AnswerForm,
    now: UnixTime,
) -> Result<(), AppError> {
    let scope = authorize(actor, municipality, Action::EditPlans)?;
    let found = one_for_municipality(store, actor, municipality, id).await?;
    let text = answer_text(&form.text).map_err(|e| AppError::Invalid(FieldErrors(vec![("text", e)])))?;
    let answer =
        ReflectionAnswer { municipality: municipality.id, text, by: actor.user.name.as_str().to_owned(), at: now };
    Ok(store.answer_reflection(&scope, found.body.id, id, &answer).await?)
}
