//! The storage port for surveys: definitions per plan, anonymous answers, class codes.

use async_trait::async_trait;
use chrono::NaiveDate;
use forebygg_domain::ids::{OrgId, PlanId, SurveyId};
use forebygg_domain::survey::Survey;
use forebygg_domain::survey::answer::Answers;
use forebygg_domain::survey::suppression::Rules;

use crate::{OrgScope, StoreError};

/// A stored survey.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyRecord {
    pub id: SurveyId,
    pub org_id: OrgId,
    pub plan_id: PlanId,
    /// The random part of the public link.
    pub token: String,
    pub survey: Survey,
    /// How many have answered.
    pub answers: u64,
}

/// A survey as its public link shows it: the definition, nothing counted or owned.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicSurvey {
    pub token: String,
    pub survey: Survey,
}

/// A class code as staff see it: to print and hand out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassCode {
    pub code: String,
    pub class: String,
    pub used: bool,
}

/// Why an answer was not taken.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerRefused {
    #[error("no such code, or it has been used")]
    Code,
    #[error("no such survey")]
    Survey,
}

#[async_trait]
pub trait SurveyStore {
    /// Adds a survey to one of the organisation's plans.
    async fn create_survey(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        survey: &Survey,
        token: &str,
    ) -> Result<SurveyRecord, StoreError>;
    /// The plan's surveys, oldest first, with their numbers of answers.
    async fn surveys(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<SurveyRecord>, StoreError>;
    /// One survey of the organisation; `NotFound` for another's.
    async fn survey(&self, scope: &OrgScope, id: SurveyId) -> Result<SurveyRecord, StoreError>;
    /// Replaces a survey's definition and state.
    async fn update_survey(&self, scope: &OrgScope, id: SurveyId, survey: &Survey) -> Result<(), StoreError>;
    /// The survey a public link leads to (no scope: the link is the key).
    async fn survey_by_token(&self, token: &str) -> Result<Option<PublicSurvey>, StoreError>;
    /// Adds class codes to a survey, skipping any it has already (drawn twice by
    /// chance); returns how many were added.
    async fn add_codes(
        &self,
        scope: &OrgScope,
        id: SurveyId,
        class: &str,
        codes: &[String],
    ) -> Result<usize, StoreError>;
    async fn codes(&self, scope: &OrgScope, id: SurveyId) -> Result<Vec<ClassCode>, StoreError>;
    /// Stores one anonymous answer of the survey behind `token` under a random `key`,
    /// using up `code` in the same transaction when given (refused when unknown or
    /// used). Returns once committed: only then may the respondent be thanked. Answers
    /// given together share one commit.
    async fn submit_answer(
        &self,
        token: &str,
        code: Option<&str>,
        key: &str,
        day: NaiveDate,
        answers: &Answers,
    ) -> Result<Result<(), AnswerRefused>, StoreError>;
    /// The organisation's thresholds for hiding small groups.
    async fn survey_rules(&self, scope: &OrgScope) -> Result<Rules, StoreError>;
    /// Sets the organisation's thresholds (already checked: never below [`Rules::MIN`]).
    async fn set_survey_rules(&self, scope: &OrgScope, rules: Rules) -> Result<(), StoreError>;
    /// Hands every answer of a survey to `each`, one at a time and in no particular
    /// order, so that a large survey is never held in memory at once.
    async fn each_answer(
        &self,
        scope: &OrgScope,
        id: SurveyId,
        each: &mut (dyn FnMut(Answers) + Send),
    ) -> Result<(), StoreError>;
}
