//! Surveys for children, youth, parents and staff (capability C6): a questionnaire in
//! bokmål, nynorsk and English, answered anonymously by link or class code, and its
//! results with small groups protected ([`suppression`]).
//!
//! Anonymity is by construction: an answer is stored as the answers themselves and the
//! day, nothing else (no session, code, network address or time of day).

pub mod answer;
pub mod charts;
pub mod edit;
pub mod results;
pub mod suppression;
pub mod template;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Lang;

/// A text in the interface's three languages (the respondent's choice).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub nb: String,
    pub nn: String,
    pub en: String,
}

impl Localized {
    pub fn new(nb: &str, nn: &str, en: &str) -> Localized {
        Localized { nb: nb.to_owned(), nn: nn.to_owned(), en: en.to_owned() }
    }

    /// The text in `lang`, else bokmål (a survey written in bokmål only).
    pub fn get(&self, lang: Lang) -> &str {
        let text = match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
            Lang::En => &self.en,
        };
        if text.trim().is_empty() { &self.nb } else { text }
    }
}

/// Who a survey asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    Children,
    Youth,
    Parents,
    Staff,
}

/// What kind of answer a question takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuestionKind {
    Single {
        options: Vec<Localized>,
    },
    Multiple {
        options: Vec<Localized>,
    },
    /// A scale of agreement, its steps from the lowest to the highest.
    Likert {
        steps: Vec<Localized>,
    },
    Number {
        min: i64,
        max: i64,
    },
    FreeText,
}

impl QuestionKind {
    /// The answers one can choose (a Likert scale's steps), none for a number or text.
    pub fn options(&self) -> &[Localized] {
        match self {
            QuestionKind::Single { options } | QuestionKind::Multiple { options } => options,
            QuestionKind::Likert { steps } => steps,
            QuestionKind::Number { .. } | QuestionKind::FreeText => &[],
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::Likert { .. } => "likert",
            QuestionKind::Number { .. } => "number",
            QuestionKind::FreeText => "free_text",
        }
    }
}

/// A question shown only when an earlier one was answered with one of `options`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    pub question: String,
    /// Indexes into the earlier question's options.
    pub options: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable within the survey (`q1`, `q2`…): answers and conditions refer to it.
    pub key: String,
    pub text: Localized,
    pub kind: QuestionKind,
    pub required: bool,
    #[serde(default)]
    pub shown_if: Option<Condition>,
    /// A background question (grade, gender) that results can be broken down by.
    #[serde(default)]
    pub background: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: Localized,
    pub questions: Vec<Question>,
}

/// Where a survey is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SurveyState {
    /// Being written; nobody can answer.
    Draft,
    /// Taking answers from `opens` to `closes` (both days included).
    Open,
    /// Closed early or past its period: results may be read.
    Closed,
}

/// How respondents reach the survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Anyone with the link or QR code; `repeat` lets one device answer more than once.
    Link { repeat: bool },
    /// One answer per class code handed out by a teacher.
    ClassCodes,
}

/// A survey's definition and settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    pub title: Localized,
    pub target: TargetGroup,
    pub sections: Vec<Section>,
    pub access: Access,
    /// Always true: every survey is anonymous (a named mode is not built), and the
    /// answers' storage keeps nothing that could name anyone.
    pub anonymous: bool,
    pub opens: Option<NaiveDate>,
    pub closes: Option<NaiveDate>,
    pub state: SurveyState,
}

/// Why a survey cannot change as asked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SurveyError {
    #[error("only a survey being written can open or change")]
    NotDraft,
    #[error("the title needs a text in bokmål of at most {} characters", edit::MAX_TEXT)]
    Title,
    #[error("{0}")]
    Question(edit::QuestionError),
    #[error("no such section")]
    NoSection,
    #[error("no such question")]
    NoQuestion,
    #[error("a survey has at most {} questions", edit::MAX_QUESTIONS)]
    TooMany,
    #[error("question {0} is shown only after an answer to this one")]
    Referred(String),
    #[error("the survey has no questions")]
    NoQuestions,
    #[error("the survey must close on or after the day it opens")]
    Period,
    #[error("the survey is not open")]
    NotOpen,
    #[error("question {0} refers to a question that does not come before it, or to an option it lacks")]
    Condition(String),
}

impl Survey {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions().find(|q| q.key == key)
    }

    /// The survey has questions, and every condition refers to an earlier question and
    /// one of its options.
    pub fn check(&self) -> Result<(), SurveyError> {
        if self.questions().next().is_none() {
            return Err(SurveyError::NoQuestions);
        }
        self.check_conditions()
    }

    /// Every condition refers to an earlier question and one of its options.
    pub fn check_conditions(&self) -> Result<(), SurveyError> {
        let questions: Vec<&Question> = self.questions().collect();
        for (i, q) in questions.iter().enumerate() {
            if let Some(cond) = &q.shown_if {
                let earlier = questions[..i].iter().find(|e| e.key == cond.question);
                let ok = earlier.is_some_and(|e| {
                    let n = e.kind.options().len();
                    !cond.options.is_empty() && cond.options.iter().all(|o| *o < n)
                });
                if !ok {
                    return Err(SurveyError::Condition(q.key.clone()));
                }
            }
        }
        Ok(())
    }

    /// Opens the survey for answers from `opens` to `closes`.
    pub fn open(&mut self, opens: NaiveDate, closes: NaiveDate) -> Result<(), SurveyError> {
        if self.state != SurveyState::Draft {
            return Err(SurveyError::NotDraft);
        }
        if closes < opens {
            return Err(SurveyError::Period);
        }
        self.check()?;
        self.opens = Some(opens);
        self.closes = Some(closes);
        self.state = SurveyState::Open;
        Ok(())
    }

    /// Whether an answer given on `today` is taken.
    pub fn takes_answers(&self, today: NaiveDate) -> bool {
        self.state == SurveyState::Open
            && self.opens.is_none_or(|d| d <= today)
            && self.closes.is_none_or(|d| today <= d)
    }

    /// Whether results may be read on `today`: after it closed or its period ended.
    /// While it is open, staff see only the number of answers.
    pub fn results_ready(&self, today: NaiveDate) -> bool {
        match self.state {
            SurveyState::Closed => true,
            SurveyState::Open => self.closes.is_some_and(|d| today > d),
            SurveyState::Draft => false,
        }
    }

    pub fn close(&mut self) -> Result<(), SurveyError> {
        if self.state != SurveyState::Open {
            return Err(SurveyError::NotOpen);
        }
        self.state = SurveyState::Closed;
        Ok(())
    }
}
