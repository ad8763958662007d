//! Reflection tasks between the county's gatherings (issue 18): on a regional body's
//! pages its advisers pose tasks and read every municipality's answer side by side; on
//! a municipality's pages its members read the tasks and those who make its plans
//! answer.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::reflections::{self, AnswerForm, TaskForm};
use forebygg_app::{AppError, access, now};
use forebygg_domain::county::reflection::ReflectionTask;
use forebygg_domain::ids::ReflectionId;
use forebygg_domain::timeline::dates::oslo_local;
use forebygg_domain::{Action, OrgKind};
use forebygg_texts::Tr;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, OrgAccess, Params};
use crate::ui::{Choice, FormErrors, Page, choices, paths, render_with};

#[derive(Deserialize)]
pub struct TaskPath {
    id: ReflectionId,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    saved: Option<String>,
    created: Option<String>,
}

/// A task in a list.
pub struct Row {
    pub title: String,
    pub href: String,
    pub due: String,
    pub gathering: String,
    /// "12 of 46 answered" for the body; "Answered"/"Not answered" for a municipality.
    pub state: String,
    pub body: String,
}

fn due(t: Tr, task: &ReflectionTask) -> String {
    task.fields.due.map(|d| d.to_string()).unwrap_or_else(|| t.get("reflection-no-due"))
}

#[derive(Template)]
#[template(path = "reflections.html")]
struct ListPage {
    page: Page,
    back: String,
    is_body: bool,
    rows: Vec<Row>,
    action: String,
    form: TaskForm,
    gatherings: Vec<Choice>,
    errors: FormErrors,
}

async fn list_page(at: &OrgAccess, typed: Option<TaskForm>, errors: FormErrors) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let base = format!("{}/reflections", paths::org(&at.org.code));
    let is_body = at.org.kind != OrgKind::Municipality;
    let title_of = |g: Option<&forebygg_domain::county::gatherings::Gathering>| {
        g.map(|g| g.fields.title.clone()).unwrap_or_else(|| "–".into())
    };
    let (rows, gatherings) = if is_body {
        let counted = reflections::of_body(at.store(), &at.actor, &at.org).await?;
        let all = at.store().gatherings(at.org.id).await.map_err(AppError::from)?;
        let rows = counted
            .iter()
            .map(|c| Row {
                title: c.task.fields.title.clone(),
                href: format!("{base}/{}", c.task.id),
                due: due(t, &c.task),
                gathering: title_of(all.iter().find(|g| Some(g.id) == c.task.fields.gathering)),
                state: forebygg_texts::translate(
                    t.lang,
                    "reflection-answered-of",
                    &[("answered", &c.answered.to_string()), ("all", &c.municipalities.to_string())],
                ),
                body: at.org.name.clone(),
            })
            .collect();
        let selected = typed.as_ref().map(|f| f.gathering.clone()).unwrap_or_default();
        let options = all.iter().map(|g| (g.id.to_string(), g.fields.title.clone()));
        (rows, choices(options, &selected))
    } else {
        let found = reflections::for_municipality(at.store(), &at.actor, &at.org).await?;
        let rows = found
            .iter()
            .map(|f| Row {
                title: f.task.fields.title.clone(),
                href: format!("{base}/{}", f.task.id),
                due: due(t, &f.task),
                gathering: title_of(f.gathering.as_ref()),
                state: t.get(if f.mine.is_some() { "reflection-answered" } else { "reflection-not-answered" }),
                body: f.body.name.clone(),
            })
            .collect();
        (rows, Vec::new())
    };
    let status = if errors.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with(
        status,
        &ListPage {
            page: Page::titled(&at.ctx, t.get("reflections-title")),
            back: paths::org(&at.org.code),
            is_body,
            rows,
            action: base,
            form: typed.unwrap_or_default(),
            gatherings,
            errors,
        },
    ))
}

pub async fn list(at: OrgAccess) -> Result<Response, PageError> {
    list_page(&at, None, FormErrors::default()).await
}

/// An adviser poses a task; a refused form comes back as typed.
pub async fn create(at: OrgAccess, Form(form): Form<TaskForm>) -> Result<Response, PageError> {
    match reflections::create(at.store(), &at.actor, &at.org, &form, now()).await {
        Ok(id) => Ok(Redirect::to(&format!("{}/reflections/{id}?created=1", paths::org(&at.org.code))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            list_page(&at, Some(form), errors).await
        }
        Err(e) => Err(e.into()),
    }
}

/// One municipality's answer as the adviser reads it.
pub struct AnswerView {
    pub municipality: String,
    pub text: String,
    pub by: String,
}

#[derive(Template)]
#[template(path = "reflection.html")]
struct OnePage {
    page: Page,
    back: String,
    action: String,
    prompt: String,
    due: String,
    gathering: String,
    body: String,
    is_body: bool,
    answers: Vec<AnswerView>,
    answered: String,
    /// The municipalities that have not answered, named in one line under a heading
    /// with their number (not a card each).
    waiting: String,
    waiting_heading: String,
    /// The municipality's own answer: the form's text, and whether it may write.
    text: String,
    can_answer: bool,
    errors: FormErrors,
    message: String,
}

async fn one_page(
    at: &OrgAccess,
    id: ReflectionId,
    typed: Option<AnswerForm>,
    errors: FormErrors,
    message: String,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let list = format!("{}/reflections", paths::org(&at.org.code));
    let is_body = at.org.kind != OrgKind::Municipality;
    let stamp = |by: &str, at_: i64| {
        let when = oslo_local(at_).format("%d.%m.%Y").to_string();
        forebygg_texts::translate(t.lang, "reflection-by", &[("name", by), ("date", &when)])
    };
    let mut not_yet: Vec<String> = Vec::new();
    let (task, gathering, body, answers, answered, own) = if is_body {
        let s = reflections::side_by_side(at.store(), &at.actor, &at.org, id).await?;
        let count = s.rows.iter().filter(|(_, a)| a.is_some()).count();
        let answered = forebygg_texts::translate(
            t.lang,
            "reflection-answered-of",
            &[("answered", &count.to_string()), ("all", &s.rows.len().to_string())],
        );
        let answers = s
            .rows
            .iter()
            .filter_map(|(m, a)| {
                let Some(a) = a else {
                    not_yet.push(m.name.clone());
                    return None;
                };
                Some(AnswerView { municipality: m.name.clone(), text: a.text.clone(), by: stamp(&a.by, a.at) })
            })
            .collect();
        (s.task, s.gathering, at.org.name.clone(), answers, answered, None)
    } else {
        let f = reflections::one_for_municipality(at.store(), &at.actor, &at.org, id).await?;
        (f.task, f.gathering, f.body.name, Vec::new(), String::new(), f.mine)
    };
    let can_answer = !is_body && access::authorize(&at.actor, &at.org, Action::EditPlans).is_ok();
    let status = if errors.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with(
        status,
        &OnePage {
            page: Page::titled(&at.ctx, task.fields.title.clone()),
            back: list.clone(),
            action: format!("{list}/{id}"),
            prompt: task.fields.prompt.clone(),
            due: due(t, &task),
            gathering: gathering.map(|g| g.fields.title).unwrap_or_else(|| "–".into()),
            body,
            is_body,
            answers,
            answered,
            waiting_heading: t.with("reflection-waiting", "count", &not_yet.len().to_string()),
            waiting: not_yet.join(", "),
            text: typed.map(|f| f.text).or_else(|| own.as_ref().map(|a| a.text.clone())).unwrap_or_default(),
            can_answer,
            errors,
            message,
        },
    ))
}

pub async fn show(
    at: OrgAccess,
    Address(TaskPath { id }): Address<TaskPath>,
    Params(done): Params<Done>,
) -> Result<Response, PageError> {
    let message = match (done.saved, done.created) {
        (Some(_), _) => at.ctx.tr().get("reflection-saved"),
        (_, Some(_)) => at.ctx.tr().get("reflection-created"),
        _ => String::new(),
    };
    one_page(&at, id, None, FormErrors::default(), message).await
}

/// The municipality answers, or rewrites its answer.
pub async fn answer(
    at: OrgAccess,
    Address(TaskPath { id }): Address<TaskPath>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, PageError> {
    match reflections::answer(at.store(), &at.actor, &at.org, id, &form, now()).await {
        Ok(()) => Ok(Redirect::to(&format!("{}/reflections/{id}?saved=1", paths::org(&at.org.code))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            one_page(&at, id, Some(form), errors, String::new()).await
        }
        Err(e) => Err(e.into()),
    }
}
