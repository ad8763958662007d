//! Writing a survey while it is a draft: its title and target group, sections, and
//! questions added, changed, moved and removed. Every change leaves the survey whole
//! (each condition refers to an earlier question and one of its options) or is refused
//! and changes nothing; once the survey has opened, nothing about its questions changes.

use super::{Localized, Question, QuestionKind, Section, Survey, SurveyError, SurveyState, TargetGroup};

/// The longest question or title, in characters.
pub const MAX_TEXT: usize = 500;
/// The most options a choice question or scale has.
pub const MAX_OPTIONS: usize = 20;
/// The most questions a survey has.
pub const MAX_QUESTIONS: usize = 200;

/// What is wrong with a question as written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QuestionError {
    #[error("the question needs a text in bokmål")]
    NoText,
    #[error("a text is longer than {MAX_TEXT} characters")]
    TooLong,
    #[error("a choice needs from 2 to {MAX_OPTIONS} options")]
    Options,
    #[error("the smallest number must be below the largest")]
    Range,
    #[error("only a single-choice question can be a background question")]
    Background,
}

fn too_long(text: &Localized) -> bool {
    [&text.nb, &text.nn, &text.en].iter().any(|t| t.chars().count() > MAX_TEXT)
}

impl Question {
    /// Checks the question on its own (its condition is checked against the survey
    /// when it is put in).
    pub fn check(&self) -> Result<(), QuestionError> {
        if self.text.nb.trim().is_empty() {
            return Err(QuestionError::NoText);
        }
        if too_long(&self.text) || self.kind.options().iter().any(too_long) {
            return Err(QuestionError::TooLong);
        }
        match &self.kind {
            QuestionKind::Single { options }
            | QuestionKind::Multiple { options }
            | QuestionKind::Likert { steps: options } => {
                if options.len() < 2 || options.len() > MAX_OPTIONS || options.iter().any(|o| o.nb.trim().is_empty()) {
                    return Err(QuestionError::Options);
                }
            }
            QuestionKind::Number { min, max } if min >= max => return Err(QuestionError::Range),
            QuestionKind::Number { .. } | QuestionKind::FreeText => {}
        }
        if self.background && !matches!(self.kind, QuestionKind::Single { .. }) {
            return Err(QuestionError::Background);
        }
        Ok(())
    }
}

impl Survey {
    /// A new draft survey with one empty section, answered anonymously by link.
    pub fn empty(title: Localized, section: Localized, target: TargetGroup) -> Survey {
        Survey {
            title,
            target,
            sections: vec![Section { title: section, questions: Vec::new() }],
            access: super::Access::Link { repeat: false },
            anonymous: true,
            opens: None,
            closes: None,
            state: SurveyState::Draft,
        }
    }

    fn draft(&self) -> Result<(), SurveyError> {
        if self.state == SurveyState::Draft { Ok(()) } else { Err(SurveyError::NotDraft) }
    }

    /// Applies `change` to a copy and keeps it only if the survey stays whole.
    fn change(&mut self, change: impl FnOnce(&mut Survey) -> Result<(), SurveyError>) -> Result<(), SurveyError> {
        self.draft()?;
        let mut next = self.clone();
        change(&mut next)?;
        next.check_conditions()?;
        *self = next;
        Ok(())
    }

    /// A key no question of the survey has: one past the highest `qN`.
    pub fn new_key(&self) -> String {
        let highest = self.questions().filter_map(|q| q.key.strip_prefix('q')?.parse::<u32>().ok()).max().unwrap_or(0);
        format!("q{}", highest + 1)
    }

    /// Sets the title and the target group.
    pub fn describe(&mut self, title: Localized, target: TargetGroup) -> Result<(), SurveyError> {
        if title.nb.trim().is_empty() || too_long(&title) {
            return Err(SurveyError::Title);
        }
        self.change(|s| {
            s.title = title;
            s.target = target;
            Ok(())
        })
    }

    /// Adds an empty section at the end; returns its index.
    pub fn add_section(&mut self, title: Localized) -> Result<usize, SurveyError> {
        if title.nb.trim().is_empty() || too_long(&title) {
            return Err(SurveyError::Title);
        }
        self.change(|s| {
            s.sections.push(Section { title, questions: Vec::new() });
            Ok(())
        })?;
        Ok(self.sections.len() - 1)
    }

    /// Puts `question` at the end of section `section`, or, when a question with its
    /// key is there already, in its place (moved to the end of `section` if that is
    /// another section).
    pub fn put_question(&mut self, section: usize, question: Question) -> Result<(), SurveyError> {
        question.check().map_err(SurveyError::Question)?;
        self.change(|s| {
            if section >= s.sections.len() {
                return Err(SurveyError::NoSection);
            }
            let at = s.position(&question.key);
            match at {
                Some((si, qi)) if si == section => s.sections[si].questions[qi] = question,
                Some((si, qi)) => {
                    s.sections[si].questions.remove(qi);
                    s.sections[section].questions.push(question);
                }
                None if s.questions().count() >= MAX_QUESTIONS => return Err(SurveyError::TooMany),
                None => s.sections[section].questions.push(question),
            }
            Ok(())
        })
    }

    /// Removes a question no other question's condition refers to.
    pub fn remove_question(&mut self, key: &str) -> Result<(), SurveyError> {
        if let Some(by) = self.questions().find(|q| q.shown_if.as_ref().is_some_and(|c| c.question == key)) {
            return Err(SurveyError::Referred(by.key.clone()));
        }
        self.change(|s| {
            let (si, qi) = s.position(key).ok_or(SurveyError::NoQuestion)?;
            s.sections[si].questions.remove(qi);
            Ok(())
        })
    }

    /// Moves a question one place up or down; past the start or end of its section,
    /// to the end of the section before or the start of the one after.
    pub fn move_question(&mut self, key: &str, up: bool) -> Result<(), SurveyError> {
        self.change(|s| {
            let (si, qi) = s.position(key).ok_or(SurveyError::NoQuestion)?;
            let last = s.sections[si].questions.len() - 1;
            match (up, qi) {
                (true, 0) if si > 0 => {
                    let q = s.sections[si].questions.remove(0);
                    s.sections[si - 1].questions.push(q);
                }
                (true, 0) => {}
                (true, _) => s.sections[si].questions.swap(qi, qi - 1),
                (false, _) if qi == last && si + 1 < s.sections.len() => {
                    let q = s.sections[si].questions.remove(qi);
                    s.sections[si + 1].questions.insert(0, q);
                }
                (false, _) if qi == last => {}
                (false, _) => s.sections[si].questions.swap(qi, qi + 1),
            }
            Ok(())
        })
    }

    /// The section and place of the question with `key`.
    pub fn position(&self, key: &str) -> Option<(usize, usize)> {
        self.sections
            .iter()
            .enumerate()
            .find_map(|(si, s)| s.questions.iter().position(|q| q.key == key).map(|qi| (si, qi)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::Condition;
    use super::super::template::youth;
    use super::*;

    fn l(nb: &str) -> Localized {
        Localized::new(nb, "", "")
    }

    fn single(key: &str, options: &[&str]) -> Question {
        Question {
            key: key.to_owned(),
            text: l("Hvor bor du?"),
            kind: QuestionKind::Single { options: options.iter().map(|o| l(o)).collect() },
            required: true,
            shown_if: None,
            background: false,
        }
    }

    fn empty() -> Survey {
        Survey::empty(l("Ny undersøkelse"), l("Spørsmål"), TargetGroup::Parents)
    }

    #[test]
    fn questions_are_added_changed_moved_and_removed() {
        let mut s = empty();
        s.put_question(0, single("q1", &["Nord", "Sør"])).unwrap();
        assert_eq!(s.new_key(), "q2");
        let mut follow = single("q2", &["Ja", "Nei"]);
        follow.shown_if = Some(Condition { question: "q1".into(), options: vec![1] });
        s.put_question(0, follow.clone()).unwrap();
        // The condition must follow what it refers to: q2 cannot move above q1.
        assert_eq!(s.move_question("q2", true), Err(SurveyError::Condition("q2".into())));
        assert_eq!(s.sections[0].questions[1].key, "q2");
        // q1 is referred to, so it stays; its options cannot shrink past the condition.
        assert_eq!(s.remove_question("q1"), Err(SurveyError::Referred("q2".into())));
        assert_eq!(s.put_question(0, single("q1", &["Øst", "Vest"])), Ok(()));
        let mut one = single("q1", &["Øst"]);
        assert_eq!(s.put_question(0, one.clone()), Err(SurveyError::Question(QuestionError::Options)));
        one.kind = QuestionKind::Number { min: 0, max: 9 };
        assert_eq!(s.put_question(0, one), Err(SurveyError::Condition("q2".into())));
        assert_eq!(s.question("q1").unwrap().kind.options()[0].nb, "Øst", "a refused change changes nothing");
        s.remove_question("q2").unwrap();
        s.remove_question("q1").unwrap();
        assert_eq!(s.questions().count(), 0);
        assert_eq!(s.remove_question("q1"), Err(SurveyError::NoQuestion));
    }

    #[test]
    fn moving_past_a_section_edge_goes_to_the_next_section() {
        let mut s = empty();
        s.add_section(l("Fritid")).unwrap();
        s.put_question(0, single("q1", &["a", "b"])).unwrap();
        s.put_question(1, single("q2", &["a", "b"])).unwrap();
        s.move_question("q1", false).unwrap();
        assert_eq!(s.position("q1"), Some((1, 0)));
        assert_eq!(s.position("q2"), Some((1, 1)));
        s.move_question("q1", true).unwrap();
        assert_eq!(s.position("q1"), Some((0, 0)));
        s.move_question("q1", true).unwrap();
        assert_eq!(s.position("q1"), Some((0, 0)), "the first stays first");
        // A question put in another section moves there.
        s.put_question(1, single("q1", &["a", "b"])).unwrap();
        assert_eq!(s.position("q1"), Some((1, 1)));
    }

    #[test]
    fn an_opened_survey_cannot_change() {
        let mut s = youth();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        s.open(day, day).unwrap();
        let before = s.clone();
        assert_eq!(s.put_question(0, single("q99", &["a", "b"])), Err(SurveyError::NotDraft));
        assert_eq!(s.remove_question("q3"), Err(SurveyError::NotDraft));
        assert_eq!(s.describe(l("Ny"), TargetGroup::Parents), Err(SurveyError::NotDraft));
        assert_eq!(s, before);
    }

    #[test]
    fn a_question_is_checked_on_its_own() {
        let mut q = single("q1", &["a", "b"]);
        q.background = true;
        assert_eq!(q.check(), Ok(()));
        q.kind = QuestionKind::FreeText;
        assert_eq!(q.check(), Err(QuestionError::Background));
        q.background = false;
        q.text = l(" ");
        assert_eq!(q.check(), Err(QuestionError::NoText));
        q.text = l(&"x".repeat(MAX_TEXT + 1));
        assert_eq!(q.check(), Err(QuestionError::TooLong));
        q.text = l("Alder");
        q.kind = QuestionKind::Number { min: 5, max: 5 };
        assert_eq!(q.check(), Err(QuestionError::Range));
    }
}
