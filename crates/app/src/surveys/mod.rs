//! Surveys (capability C6): made from the template, opened for a period with class
//! codes or a link, answered anonymously, closed, and read as results with small
//! groups protected. Free-text answers go to the plan's input register when the survey
//! closes, in random order and dated the day it closed, so that no input can be traced
//! back to an answer by its time or place in the register.

use std::collections::HashMap;

use chrono::NaiveDate;
use forebygg_domain::hearing::input::{Channel, InputFields, Sender};
use forebygg_domain::ids::{PlanId, SurveyId};
use forebygg_domain::survey::answer::{self, AnswerError, Value};
use forebygg_domain::survey::results::{QuestionResults, Tally};
use forebygg_domain::survey::suppression::Rules;
use forebygg_domain::survey::{Localized, Survey, SurveyError, TargetGroup, template};
use forebygg_domain::timeline::dates::NorDate;
use forebygg_domain::{Action, Organisation, ValidationError};

use crate::access::authorize;
use crate::tokens::random_token;
use crate::{
    Actor, AnswerRefused, AppError, ClassCode, FieldErrors, OrgScope, PublicSurvey, Store, SurveyRecord, UnixTime,
};

/// Letters of a class code: no 0/O, 1/I/L, so a pupil can type what the teacher wrote.
const CODE_LETTERS: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Characters in a class code: 31^6, about 887 million, against a few hundred codes.
const CODE_LENGTH: usize = 6;
/// The most codes asked for at once (a large school's year).
pub const MAX_CODES: u32 = 500;

/// The plan's surveys, for those who may read the plan.
pub async fn list(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan: PlanId,
) -> Result<Vec<SurveyRecord>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.surveys(&scope, plan).await?)
}

pub mod editor;

/// What a new survey starts from.
pub enum Start {
    /// The youth template's questions.
    Template,
    /// No questions: a title and one section, named in the three languages.
    Empty { title: Localized, section: Localized },
}

/// A new survey, written by those who edit the plan.
pub async fn create(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan: PlanId,
    start: Start,
) -> Result<SurveyRecord, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let survey = match start {
        Start::Template => template::youth(),
        Start::Empty { title, section } => Survey::empty(title, section, TargetGroup::Youth),
    };
    Ok(store.create_survey(&scope, plan, &survey, &random_token()?).await?)
}

/// One survey as staff see it: its class codes, and its results once it has closed.
pub struct SurveyView {
    pub record: SurveyRecord,
    pub codes: Vec<ClassCode>,
    /// Every question over all respondents and by each background question, small
    /// groups protected by the rules; none while the survey is open (staff see only
    /// the number of answers).
    pub results: Option<Vec<QuestionResults>>,
    /// The organisation's thresholds the results were published with.
    pub rules: Rules,
}

/// One survey with its class codes and, on or after `today` it may be read, results.
pub async fn get(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    today: NaiveDate,
) -> Result<SurveyView, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let rules = store.survey_rules(&scope).await?;
    let record = store.survey(&scope, id).await?;
    let codes = store.codes(&scope, id).await?;
    let results =
        if record.survey.results_ready(today) { Some(results(store, &scope, &record, rules).await?) } else { None };
    Ok(SurveyView { record, codes, results, rules })
}

/// One survey's record, for those who may read the plan (no results computed).
pub async fn record(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
) -> Result<SurveyRecord, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.survey(&scope, id).await?)
}

/// Every question's results over all and by each background question, counted from
/// the stored answers one at a time, small groups protected by `rules`.
pub(crate) async fn results(
    store: &dyn Store,
    scope: &OrgScope,
    record: &SurveyRecord,
    rules: Rules,
) -> Result<Vec<QuestionResults>, AppError> {
    let background: Vec<_> = record.survey.questions().filter(|q| q.background).collect();
    let mut tally = Tally::new(record.survey.questions().filter(|q| !q.background), &background);
    store.each_answer(scope, record.id, &mut |a| tally.add(&a)).await?;
    Ok(tally.results(rules))
}

/// The organisation's thresholds for hiding small groups, for those who read its plans.
pub async fn rules(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Rules, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.survey_rules(&scope).await?)
}

/// The thresholds form as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct RulesForm {
    pub cell: String,
    pub group: String,
}

/// Sets the organisation's thresholds, for its administrators: whole numbers, never
/// below [`Rules::MIN`], the group's at least the cell's, at most 1,000.
pub async fn set_rules(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    form: &RulesForm,
) -> Result<Rules, AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    let mut errors = FieldErrors::default();
    let mut number = |typed: &str, field: &'static str, min: u32| -> u32 {
        match typed.trim().parse::<u32>() {
            Ok(n) if (min..=1000).contains(&n) => n,
            _ => {
                errors.add(field, ValidationError::Threshold { value: typed.trim().to_owned(), min });
                0
            }
        }
    };
    let cell = number(&form.cell, "cell", Rules::MIN);
    let group = number(&form.group, "group", cell.max(Rules::MIN));
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let rules = Rules::new(cell, group);
    store.set_survey_rules(&scope, rules).await?;
    Ok(rules)
}

/// The opening form as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct OpenForm {
    pub opens: String,
    pub closes: String,
    /// The class the codes are for ("8A"); empty: a link survey.
    pub class: String,
    pub codes: String,
    /// For a link survey: "on" lets one device answer more than once (a tablet at the
    /// youth club); otherwise a device that has answered is thanked, not asked again.
    pub repeat: String,
}

fn count_of(typed: &str, field: &'static str, errors: &mut FieldErrors) -> u32 {
    match typed.trim() {
        "" => 0,
        t => match t.parse::<u32>() {
            Ok(n) if n <= MAX_CODES => n,
            _ => {
                errors.add(field, ValidationError::Count(t.to_owned()));
                0
            }
        },
    }
}

/// Adds `n` new codes for `class`; a code drawn twice by chance (likely among tens of
/// thousands) is drawn again until all `n` are there.
async fn add_new_codes(store: &dyn Store, scope: &OrgScope, id: SurveyId, class: &str, n: u32) -> Result<(), AppError> {
    let mut missing = n as usize;
    // Each round leaves out about one in 30,000 of a large survey's codes: a few rounds.
    for _ in 0..10 {
        if missing == 0 {
            return Ok(());
        }
        missing -= store.add_codes(scope, id, class, &new_codes(missing as u32)?).await?;
    }
    Err(AppError::Internal("class codes kept colliding".into()))
}

/// `n` new class codes, drawn from the system's randomness.
pub(crate) fn new_codes(n: u32) -> Result<Vec<String>, AppError> {
    (0..n)
        .map(|_| {
            let mut bytes = [0_u8; CODE_LENGTH];
            getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(format!("no randomness: {e}")))?;
            Ok(bytes.iter().map(|b| char::from(CODE_LETTERS[usize::from(*b) % CODE_LETTERS.len()])).collect())
        })
        .collect()
}

fn survey_error(e: SurveyError) -> AppError {
    let mut errors = FieldErrors::default();
    match e {
        SurveyError::Period => errors.add("closes", ValidationError::SurveyPeriod),
        SurveyError::NotDraft | SurveyError::NotOpen => errors.add("opens", ValidationError::SurveyState),
        other => errors.add("opens", ValidationError::SurveyEdit(other)),
    }
    AppError::Invalid(errors)
}

/// Opens a survey for its period; with a class and a count, makes that many codes.
pub async fn open(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    form: &OpenForm,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut errors = FieldErrors::default();
    let opens = NorDate::parse(form.opens.trim()).map_err(|e| errors.add("opens", e)).ok();
    let closes = NorDate::parse(form.closes.trim()).map_err(|e| errors.add("closes", e)).ok();
    let count = count_of(&form.codes, "codes", &mut errors);
    let class = forebygg_domain::text::normalise(form.class.trim()).into_owned();
    if count > 0 && class.is_empty() {
        errors.add("class", ValidationError::Required);
    }
    if class.chars().count() > 40 {
        errors.add("class", ValidationError::TooLong { max: 40 });
    }
    let (Some(opens), Some(closes)) = (opens, closes) else { return Err(AppError::Invalid(errors)) };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let mut record = store.survey(&scope, id).await?;
    record.survey.open(opens.0, closes.0).map_err(survey_error)?;
    if count > 0 {
        record.survey.access = forebygg_domain::survey::Access::ClassCodes;
        add_new_codes(store, &scope, id, &class, count).await?;
    } else {
        record.survey.access = forebygg_domain::survey::Access::Link { repeat: form.repeat == "on" };
    }
    Ok(store.update_survey(&scope, id, &record.survey).await?)
}

/// More codes for another class of an open survey.
pub async fn add_codes(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    class: &str,
    count: &str,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut errors = FieldErrors::default();
    let n = count_of(count, "codes", &mut errors);
    let class = forebygg_domain::text::normalise(class.trim()).into_owned();
    if class.is_empty() {
        errors.add("class", ValidationError::Required);
    }
    if n == 0 && errors.is_empty() {
        errors.add("codes", ValidationError::Count(count.to_owned()));
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    add_new_codes(store, &scope, id, &class, n).await
}

/// Closes an open survey and puts its free-text answers in the plan's input register
/// (channel "survey"), shuffled, each with no sender.
pub async fn close(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    now: UnixTime,
) -> Result<usize, AppError> {
    let scope = &authorize(actor, org, Action::EditPlans)?;
    let mut record = store.survey(scope, id).await?;
    record.survey.close().map_err(survey_error)?;
    store.update_survey(scope, id, &record.survey).await?;
    let mut texts: Vec<String> = Vec::new();
    store
        .each_answer(scope, id, &mut |a| {
            texts.extend(a.into_values().filter_map(|v| match v {
                Value::Text(t) if !t.trim().is_empty() => Some(t),
                _ => None,
            }))
        })
        .await?;
    shuffle(&mut texts)?;
    // Handed to the input writer together, so a large survey's texts share commits.
    let inputs: Vec<(InputFields, String)> = texts
        .iter()
        .map(|text| {
            let fields = InputFields {
                channel: Channel::SurveyFreeText,
                hearing: None,
                text: text.clone(),
                sender: Sender::default(),
                origin: None,
            };
            Ok((fields, random_token()?))
        })
        .collect::<Result<_, AppError>>()?;
    futures_util::future::try_join_all(
        inputs.iter().map(|(fields, token)| store.insert_input(scope, record.plan_id, fields, &[], token, now)),
    )
    .await?;
    Ok(texts.len())
}

/// Fisher–Yates with the system's randomness.
fn shuffle(items: &mut [String]) -> Result<(), AppError> {
    for i in (1..items.len()).rev() {
        let mut bytes = [0_u8; 8];
        getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(e.to_string()))?;
        let j = (u64::from_le_bytes(bytes) % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
    Ok(())
}

/// What became of an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answered {
    /// Stored and committed: the respondent may be thanked.
    Stored,
    /// Questions answered wrongly, by key in the survey's order; nothing stored.
    Refused(Vec<(String, AnswerError)>),
    /// The class code is unknown or used.
    Code,
    /// The survey takes no answers today.
    Closed,
}

/// The survey behind a public link, if it exists.
pub async fn public(store: &dyn Store, token: &str) -> Result<PublicSurvey, AppError> {
    store.survey_by_token(token).await?.ok_or_else(|| AppError::NotFound("survey".into()))
}

/// Stores an anonymous answer to `record` (found by [`public`]) given on `today`, with
/// a class code when the survey uses them. Nothing about the respondent is stored:
/// only the answers and the day.
pub async fn answer(
    store: &dyn Store,
    record: &PublicSurvey,
    code: Option<&str>,
    values: &HashMap<String, Vec<String>>,
    today: NaiveDate,
) -> Result<Answered, AppError> {
    if !record.survey.takes_answers(today) {
        return Ok(Answered::Closed);
    }
    let answers = match answer::check(&record.survey, values) {
        Ok(a) => a,
        Err(problems) => return Ok(Answered::Refused(problems)),
    };
    let code = match record.survey.access {
        forebygg_domain::survey::Access::ClassCodes => {
            match code.map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty()) {
                Some(c) => Some(c),
                None => return Ok(Answered::Code),
            }
        }
        forebygg_domain::survey::Access::Link { .. } => None,
    };
    match store.submit_answer(&record.token, code.as_deref(), &random_token()?, today, &answers).await? {
        Ok(()) => Ok(Answered::Stored),
        Err(AnswerRefused::Code) => Ok(Answered::Code),
        Err(AnswerRefused::Survey) => Err(AppError::NotFound("survey".into())),
    }
}
