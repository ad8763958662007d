//! Writing a draft survey: its title and target group and a new section (forms on the
//! survey's page), and a question's own page to add or change it, move it, or remove
//! it after asking first.

use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::AppError;
use forebygg_app::access;
use forebygg_app::surveys::editor::{self, DetailsForm, KINDS, QuestionForm, SectionForm};
use forebygg_domain::Action;
use forebygg_domain::ids::SurveyId;
use forebygg_domain::survey::{QuestionKind, Survey};
use forebygg_texts::Tr;
use serde::Deserialize;

use super::{Saved, SurveyPath, Typed, survey_page};
use crate::errors::PageError;
use crate::extract::{Address, PlanAccess};
use crate::ui::confirm::{Confirm, Question, ask};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, choices};
use crate::ui::{FormErrors, Page, render_with};

fn survey_url(at: &PlanAccess, sid: SurveyId) -> String {
    format!("{}/{}", PlanUrls::new(at.org.code.as_str(), at.id()).at("surveys"), sid)
}

/// Back to the survey's questions, saying the change was saved.
fn saved(at: &PlanAccess, sid: SurveyId) -> Response {
    Redirect::to(&format!("{}{}#questions-heading", survey_url(at, sid), Saved::Questions.query())).into_response()
}

/// Back to the top of the survey (its title, changed), saying the change was saved.
fn saved_survey(at: &PlanAccess, sid: SurveyId) -> Response {
    Redirect::to(&format!("{}{}", survey_url(at, sid), Saved::Survey.query())).into_response()
}

/// Back to the survey's questions after a change, or the survey's page with what was
/// refused and the forms as typed.
async fn then(at: &PlanAccess, sid: SurveyId, typed: Typed, done: Result<(), AppError>) -> Result<Response, PageError> {
    match done {
        Ok(()) => Ok(saved(at, sid)),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            survey_page(at, sid, typed, errors, StatusCode::UNPROCESSABLE_ENTITY, Saved::Nothing).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn describe(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    Form(form): Form<DetailsForm>,
) -> Result<Response, PageError> {
    match editor::describe(at.store(), &at.actor, &at.org, sid, &form).await {
        Ok(()) => Ok(saved_survey(&at, sid)),
        done => then(&at, sid, Typed { details: Some(form), ..Typed::default() }, done).await,
    }
}

pub async fn add_section(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    Form(form): Form<SectionForm>,
) -> Result<Response, PageError> {
    let done = editor::add_section(at.store(), &at.actor, &at.org, sid, &form).await;
    then(&at, sid, Typed { section: form, ..Typed::default() }, done).await
}

/// A question of a survey, from the address.
#[derive(Deserialize)]
pub struct QuestionPath {
    sid: SurveyId,
    key: String,
}

/// A check box of the condition: an option of an earlier question.
pub struct ConditionBox {
    pub id: String,
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "survey_question.html")]
struct QuestionPage {
    page: Page,
    back: String,
    action: String,
    remove: String,
    sections: Vec<Choice>,
    kinds: Vec<Choice>,
    /// Each earlier choice question with a box per option.
    conditions: Vec<(String, Vec<ConditionBox>)>,
    input: QuestionForm,
    errors: FormErrors,
}

fn question_page(
    at: &PlanAccess,
    sid: SurveyId,
    survey: &Survey,
    key: Option<&str>,
    input: QuestionForm,
    errors: FormErrors,
) -> QuestionPage {
    let t: Tr = at.ctx.tr();
    let base = survey_url(at, sid);
    let sections = choices(
        survey.sections.iter().enumerate().map(|(i, s)| (i.to_string(), s.title.get(t.lang).to_owned())),
        &input.section,
    );
    let kinds = choices(
        KINDS.iter().map(|k| ((*k).to_owned(), t.get(&format!("survey-kind-{}", k.replace('_', "-"))))),
        &input.kind,
    );
    let conditions = survey
        .questions()
        .take_while(|q| Some(q.key.as_str()) != key)
        .filter(|q| {
            matches!(q.kind, QuestionKind::Single { .. } | QuestionKind::Multiple { .. } | QuestionKind::Likert { .. })
        })
        .map(|q| {
            let boxes = q
                .kind
                .options()
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let value = format!("{}:{i}", q.key);
                    ConditionBox {
                        id: format!("condition-{}-{i}", q.key),
                        checked: input.condition.contains(&value),
                        value,
                        label: o.get(t.lang).to_owned(),
                    }
                })
                .collect();
            (q.text.get(t.lang).to_owned(), boxes)
        })
        .collect();
    let title = match key {
        Some(_) => t.get("survey-question-edit"),
        None => t.get("survey-question-new"),
    };
    QuestionPage {
        page: Page::titled(&at.ctx, title),
        back: format!("{base}#questions-heading"),
        action: match key {
            Some(k) => format!("{base}/questions/{k}"),
            None => format!("{base}/questions"),
        },
        remove: key.map(|k| format!("{base}/questions/{k}/remove")).unwrap_or_default(),
        sections,
        kinds,
        conditions,
        input,
        errors,
    }
}

/// The draft survey, or 404 when it has opened (its questions no longer change).
async fn draft(at: &PlanAccess, sid: SurveyId) -> Result<Survey, PageError> {
    let scope = access::authorize(&at.actor, &at.org, Action::EditPlans)?;
    let record = at.store().survey(&scope, sid).await.map_err(AppError::from)?;
    if record.survey.state != forebygg_domain::survey::SurveyState::Draft {
        return Err(PageError::NotFound);
    }
    Ok(record.survey)
}

pub async fn new_question(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
) -> Result<Response, PageError> {
    let survey = draft(&at, sid).await?;
    let input = QuestionForm::new_in(&survey);
    Ok(render_with(StatusCode::OK, &question_page(&at, sid, &survey, None, input, FormErrors::default())))
}

pub async fn edit_question(
    at: PlanAccess,
    Address(QuestionPath { sid, key }): Address<QuestionPath>,
) -> Result<Response, PageError> {
    let survey = draft(&at, sid).await?;
    let input = QuestionForm::of(&survey, &key).ok_or(PageError::NotFound)?;
    Ok(render_with(StatusCode::OK, &question_page(&at, sid, &survey, Some(&key), input, FormErrors::default())))
}

async fn save(at: PlanAccess, sid: SurveyId, key: Option<String>, body: Bytes) -> Result<Response, PageError> {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(&body).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let input = QuestionForm::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    match editor::put_question(at.store(), &at.actor, &at.org, sid, key.as_deref(), &input).await {
        Ok(_) => Ok(saved(&at, sid)),
        Err(AppError::Invalid(errors)) => {
            let survey = draft(&at, sid).await?;
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            let page = question_page(&at, sid, &survey, key.as_deref(), input, errors);
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn add_question(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    body: Bytes,
) -> Result<Response, PageError> {
    save(at, sid, None, body).await
}

pub async fn save_question(
    at: PlanAccess,
    Address(QuestionPath { sid, key }): Address<QuestionPath>,
    body: Bytes,
) -> Result<Response, PageError> {
    save(at, sid, Some(key), body).await
}

/// Which way a question moves.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    direction: String,
}

pub async fn move_question(
    at: PlanAccess,
    Address(QuestionPath { sid, key }): Address<QuestionPath>,
    Form(form): Form<MoveForm>,
) -> Result<Response, PageError> {
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        other => return Err(PageError::Malformed(format!("direction '{other}'"))),
    };
    let done = editor::move_question(at.store(), &at.actor, &at.org, sid, &key, up).await;
    then(&at, sid, Typed::default(), done).await
}

pub async fn remove_question(
    at: PlanAccess,
    Address(QuestionPath { sid, key }): Address<QuestionPath>,
    Form(confirm): Form<Confirm>,
) -> Result<Response, PageError> {
    if !confirm.is_confirmed() {
        let survey = draft(&at, sid).await?;
        let question = survey.question(&key).ok_or(PageError::NotFound)?;
        let base = survey_url(&at, sid);
        return Ok(ask(
            &at.ctx,
            Question {
                key: "confirm-remove-survey-question",
                name: question.text.get(at.ctx.tr().lang).to_owned(),
                consequence: "",
                action: format!("{base}/questions/{key}/remove"),
                fields: Vec::new(),
                back: format!("{base}/questions/{key}"),
                yes: "confirm-yes",
            },
        ));
    }
    let done = editor::remove_question(at.store(), &at.actor, &at.org, sid, &key).await;
    then(&at, sid, Typed::default(), done).await
}
