//! Reflection tasks between gatherings (seed 000: "each municipality reflects together
//! on a prepared theme"): a regional body's adviser poses a task, each municipality of
//! the county answers it once (and may rewrite its answer), and the adviser reads all
//! answers side by side before the gathering the task prepares.

use serde::Serialize;

use crate::ids::{GatheringId, OrgId, ReflectionId};
use crate::people::ValidationError;
use crate::timeline::NorDate;

/// The longest task text or answer, in characters.
pub const MAX_TEXT: usize = 10_000;

/// A task as the adviser wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReflectionFields {
    pub title: String,
    /// The prepared theme and the questions to reflect on.
    pub prompt: String,
    /// The day answers are wanted by.
    pub due: Option<NorDate>,
    /// The gathering the task prepares, if any.
    pub gathering: Option<GatheringId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReflectionTask {
    pub id: ReflectionId,
    pub body: OrgId,
    pub fields: ReflectionFields,
}

/// A municipality's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReflectionAnswer {
    pub municipality: OrgId,
    pub text: String,
    /// Who wrote it last (the person's name).
    pub by: String,
    /// When (Unix seconds).
    pub at: i64,
}

impl ReflectionFields {
    /// Checks a typed task, naming each field that is wrong; `gathering` is one of the
    /// body's (checked by the caller).
    pub fn parse(
        title: &str,
        prompt: &str,
        due: &str,
        gathering: Option<GatheringId>,
    ) -> Result<ReflectionFields, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let title = title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            errors.push(("title", ValidationError::Title));
        }
        let prompt = prompt.trim();
        if prompt.is_empty() {
            errors.push(("prompt", ValidationError::Required));
        } else if prompt.chars().count() > MAX_TEXT {
            errors.push(("prompt", ValidationError::TooLong { max: MAX_TEXT }));
        }
        let due =
            if due.trim().is_empty() { None } else { NorDate::parse(due).map_err(|e| errors.push(("due", e))).ok() };
        if errors.is_empty() {
            Ok(ReflectionFields { title: title.to_owned(), prompt: prompt.to_owned(), due, gathering })
        } else {
            Err(errors)
        }
    }
}

/// Checks an answer: not empty, not too long.
pub fn answer_text(text: &str) -> Result<String, ValidationError> {
    let text = text.trim();
    if text.is_empty() {
        Err(ValidationError::Required)
    } else if text.chars().count() > MAX_TEXT {
        Err(ValidationError::TooLong { max: MAX_TEXT })
    } else {
        Ok(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_needs_a_title_and_a_prompt_and_reads_a_norwegian_date() {
        let ok = ReflectionFields::parse(" Forankring ", "Korleis er planen forankra?", "10.03.27", None).unwrap();
        assert_eq!(ok.title, "Forankring");
        assert_eq!(ok.due, NorDate::ymd(2027, 3, 10));
        let bad = ReflectionFields::parse("", " ", "30.02.2027", None).unwrap_err();
        assert_eq!(bad.iter().map(|(f, _)| *f).collect::<Vec<_>>(), vec!["title", "prompt", "due"]);
    }

    #[test]
    fn an_answer_is_trimmed_and_never_empty_or_endless() {
        assert_eq!(
            answer_text("  Vi drøfta i kommunalt leiarforum.\n"),
            Ok("Vi drøfta i kommunalt leiarforum.".into())
        );
        assert_eq!(answer_text("   "), Err(ValidationError::Required));
        assert_eq!(answer_text(&"x".repeat(MAX_TEXT + 1)), Err(ValidationError::TooLong { max: MAX_TEXT }));
    }
}
