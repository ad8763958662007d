//! One respondent's answers, checked against the survey as the form sent them: a
//! question shown only if an earlier answer says so is dropped when that answer does
//! not, a required question shown must be answered, and text is normalised.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{Question, QuestionKind, Survey};
use crate::text::normalise;

/// The longest free-text answer, in characters.
pub const MAX_TEXT: usize = 4000;

/// One question's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// The index of the option (or Likert step) chosen.
    Choice(usize),
    /// The indexes ticked, in order.
    Choices(Vec<usize>),
    Number(i64),
    Text(String),
}

/// A whole questionnaire's answers by question key (only those given).
pub type Answers = BTreeMap<String, Value>;

/// What is wrong with the answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("an answer is needed")]
    Required,
    #[error("not one of the choices")]
    NotAChoice,
    #[error("a whole number from {min} to {max} is needed")]
    Number { min: i64, max: i64 },
    #[error("at most {MAX_TEXT} characters")]
    TooLong,
}

/// Whether `question` is shown given the answers before it.
pub fn is_shown(question: &Question, earlier: &Answers) -> bool {
    match &question.shown_if {
        None => true,
        Some(cond) => match earlier.get(&cond.question) {
            Some(Value::Choice(i)) => cond.options.contains(i),
            Some(Value::Choices(is)) => is.iter().any(|i| cond.options.contains(i)),
            _ => false,
        },
    }
}

/// The answers of a submitted form (`values` by question key; a multiple-choice
/// question may have several), or every problem by question key in survey order.
pub fn check(survey: &Survey, values: &HashMap<String, Vec<String>>) -> Result<Answers, Vec<(String, AnswerError)>> {
    let mut answers = Answers::new();
    let mut errors = Vec::new();
    for q in survey.questions() {
        if !is_shown(q, &answers) {
            continue;
        }
        let given: Vec<&str> = values
            .get(&q.key)
            .map(|v| v.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        if given.is_empty() {
            if q.required {
                errors.push((q.key.clone(), AnswerError::Required));
            }
            continue;
        }
        match parse(q, &given) {
            Ok(value) => {
                answers.insert(q.key.clone(), value);
            }
            Err(e) => errors.push((q.key.clone(), e)),
        }
    }
    if errors.is_empty() { Ok(answers) } else { Err(errors) }
}

fn parse(q: &Question, given: &[&str]) -> Result<Value, AnswerError> {
    let choice = |s: &str, n: usize| s.parse::<usize>().ok().filter(|i| *i < n).ok_or(AnswerError::NotAChoice);
    match &q.kind {
        QuestionKind::Single { options } | QuestionKind::Likert { steps: options } => {
            if given.len() > 1 {
                return Err(AnswerError::NotAChoice);
            }
            choice(given[0], options.len()).map(Value::Choice)
        }
        QuestionKind::Multiple { options } => {
            let mut chosen = given.iter().map(|s| choice(s, options.len())).collect::<Result<Vec<_>, _>>()?;
            chosen.sort_unstable();
            chosen.dedup();
            Ok(Value::Choices(chosen))
        }
        QuestionKind::Number { min, max } => {
            let wrong = AnswerError::Number { min: *min, max: *max };
            let n: i64 = given[0].replace([' ', '\u{a0}'], "").parse().map_err(|_| wrong.clone())?;
            if n < *min || n > *max { Err(wrong) } else { Ok(Value::Number(n)) }
        }
        QuestionKind::FreeText => {
            let text = normalise(given.join("\n").trim()).into_owned();
            if text.chars().count() > MAX_TEXT { Err(AnswerError::TooLong) } else { Ok(Value::Text(text)) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::template;
    use proptest::prelude::*;

    fn form(pairs: &[(&str, &str)]) -> HashMap<String, Vec<String>> {
        let mut m: HashMap<String, Vec<String>> = HashMap::new();
        for (k, v) in pairs {
            m.entry((*k).to_owned()).or_default().push((*v).to_owned());
        }
        m
    }

    #[test]
    fn required_questions_are_named_and_hidden_ones_dropped() {
        let survey = template::youth();
        let errors = check(&survey, &form(&[])).unwrap_err();
        let required: Vec<&str> =
            survey.questions().filter(|q| q.required && q.shown_if.is_none()).map(|q| q.key.as_str()).collect();
        assert_eq!(errors.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), required);

        // Every required question answered with its first option; "bullied: never" hides
        // the follow-up, so an answer sent to it anyway is dropped.
        let mut pairs: Vec<(String, String)> =
            survey.questions().filter(|q| q.required).map(|q| (q.key.clone(), "0".to_owned())).collect();
        let follow_up = survey.questions().find(|q| q.shown_if.is_some()).unwrap();
        pairs.push((follow_up.key.clone(), "1".into()));
        let values: HashMap<String, Vec<String>> = pairs.into_iter().map(|(k, v)| (k, vec![v])).collect();
        let answers = check(&survey, &values).unwrap();
        assert!(!answers.contains_key(&follow_up.key), "a hidden question's answer is dropped");
    }

    #[test]
    fn choices_numbers_and_text_are_checked() {
        let survey = template::youth();
        let single = survey.questions().find(|q| matches!(q.kind, QuestionKind::Single { .. })).unwrap();
        assert_eq!(parse(single, &["99"]), Err(AnswerError::NotAChoice));
        assert_eq!(parse(single, &["x"]), Err(AnswerError::NotAChoice));
        let multiple = survey.questions().find(|q| matches!(q.kind, QuestionKind::Multiple { .. })).unwrap();
        assert_eq!(parse(multiple, &["2", "0", "2"]), Ok(Value::Choices(vec![0, 2])));
        let text = survey.questions().find(|q| q.kind == QuestionKind::FreeText).unwrap();
        assert_eq!(parse(text, &["Mer\u{0} lys\r\npå banen"]), Ok(Value::Text("Mer lys\npå banen".into())));
        assert_eq!(parse(text, &[&"x".repeat(MAX_TEXT + 1)]), Err(AnswerError::TooLong));
        let number = Question {
            key: "n".into(),
            text: Default::default(),
            kind: QuestionKind::Number { min: 0, max: 20 },
            required: false,
            shown_if: None,
            background: false,
        };
        assert_eq!(parse(&number, &["1 2"]), Ok(Value::Number(12)));
        assert_eq!(parse(&number, &["21"]), Err(AnswerError::Number { min: 0, max: 20 }));
    }

    proptest! {
        /// Whatever a form sends, checking never panics and never keeps an answer to a
        /// question the survey lacks.
        #[test]
        fn any_form_is_checked_without_panic(pairs in prop::collection::vec(("q[0-9]{1,2}|x", ".{0,12}"), 0..30)) {
            let survey = template::youth();
            let values = pairs.iter().fold(HashMap::<String, Vec<String>>::new(), |mut m, (k, v)| {
                m.entry(k.clone()).or_default().push(v.clone());
                m
            });
            if let Ok(answers) = check(&survey, &values) {
                prop_assert!(answers.keys().all(|k| survey.question(k).is_some()));
            }
        }
    }
}
