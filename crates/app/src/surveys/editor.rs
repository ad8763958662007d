//! Writing a survey while it is a draft, from forms as typed: its title and target
//! group, sections, and questions added, changed, moved and removed. A refused form
//! changes nothing and names each field that was wrong.

use forebygg_domain::ids::SurveyId;
use forebygg_domain::survey::{
    Condition, Localized, Question, QuestionKind, Survey, SurveyError, SurveyState, TargetGroup,
};
use forebygg_domain::text::normalise;
use forebygg_domain::{Action, Organisation, ValidationError};

use crate::access::authorize;
use crate::{Actor, AppError, FieldErrors, Store};

/// Kinds of question as the form names them.
pub const KINDS: [&str; 5] = ["single", "multiple", "likert", "number", "free_text"];
/// Target groups as the form names them.
pub const TARGETS: [&str; 4] = ["children", "youth", "parents", "staff"];

pub fn target_name(t: TargetGroup) -> &'static str {
    match t {
        TargetGroup::Children => "children",
        TargetGroup::Youth => "youth",
        TargetGroup::Parents => "parents",
        TargetGroup::Staff => "staff",
    }
}

fn target_of(name: &str) -> Option<TargetGroup> {
    match name {
        "children" => Some(TargetGroup::Children),
        "youth" => Some(TargetGroup::Youth),
        "parents" => Some(TargetGroup::Parents),
        "staff" => Some(TargetGroup::Staff),
        _ => None,
    }
}

fn clean(s: &str) -> String {
    normalise(s.trim()).into_owned()
}

fn localized(nb: &str, nn: &str, en: &str) -> Localized {
    Localized { nb: clean(nb), nn: clean(nn), en: clean(en) }
}

/// The title and target group as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DetailsForm {
    pub title_nb: String,
    pub title_nn: String,
    pub title_en: String,
    pub target: String,
}

impl DetailsForm {
    pub fn of(survey: &Survey) -> DetailsForm {
        DetailsForm {
            title_nb: survey.title.nb.clone(),
            title_nn: survey.title.nn.clone(),
            title_en: survey.title.en.clone(),
            target: target_name(survey.target).to_owned(),
        }
    }
}

/// A new section's title as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SectionForm {
    pub section_nb: String,
    pub section_nn: String,
    pub section_en: String,
}

/// A question as typed: options one per line, the condition as `key:option` pairs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionForm {
    pub section: String,
    pub kind: String,
    pub text_nb: String,
    pub text_nn: String,
    pub text_en: String,
    pub options_nb: String,
    pub options_nn: String,
    pub options_en: String,
    pub min: String,
    pub max: String,
    pub required: bool,
    pub background: bool,
    pub condition: Vec<String>,
}

fn lines(options: &[Localized], lang: fn(&Localized) -> &String) -> String {
    options.iter().map(|o| lang(o).as_str()).collect::<Vec<_>>().join("\n")
}

impl QuestionForm {
    /// The form from its fields as posted (a condition may name several options).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> QuestionForm {
        let mut f = QuestionForm::default();
        for (name, value) in pairs {
            let v = value.to_owned();
            match name {
                "section" => f.section = v,
                "kind" => f.kind = v,
                "text_nb" => f.text_nb = v,
                "text_nn" => f.text_nn = v,
                "text_en" => f.text_en = v,
                "options_nb" => f.options_nb = v,
                "options_nn" => f.options_nn = v,
                "options_en" => f.options_en = v,
                "min" => f.min = v,
                "max" => f.max = v,
                "required" => f.required = true,
                "background" => f.background = true,
                "condition" => f.condition.push(v),
                _ => {}
            }
        }
        f
    }

    /// A new question's form: in the last section, single choice, required.
    pub fn new_in(survey: &Survey) -> QuestionForm {
        QuestionForm {
            section: survey.sections.len().saturating_sub(1).to_string(),
            kind: "single".into(),
            required: true,
            ..QuestionForm::default()
        }
    }

    /// The form of the question with `key` as it is.
    pub fn of(survey: &Survey, key: &str) -> Option<QuestionForm> {
        let (section, _) = survey.position(key)?;
        let q = survey.question(key)?;
        let options = q.kind.options();
        let (min, max) = match q.kind {
            QuestionKind::Number { min, max } => (min.to_string(), max.to_string()),
            _ => (String::new(), String::new()),
        };
        Some(QuestionForm {
            section: section.to_string(),
            kind: q.kind.as_str().to_owned(),
            text_nb: q.text.nb.clone(),
            text_nn: q.text.nn.clone(),
            text_en: q.text.en.clone(),
            options_nb: lines(options, |o| &o.nb),
            options_nn: lines(options, |o| &o.nn),
            options_en: lines(options, |o| &o.en),
            min,
            max,
            required: q.required,
            background: q.background,
            condition: q
                .shown_if
                .iter()
                .flat_map(|c| c.options.iter().map(move |o| format!("{}:{o}", c.question)))
                .collect(),
        })
    }

    fn options(&self, errors: &mut FieldErrors) -> Vec<Localized> {
        let split = |s: &str| -> Vec<String> { s.lines().map(clean).filter(|l| !l.is_empty()).collect() };
        let nb = split(&self.options_nb);
        let mut other = |typed: &str, field: &'static str| {
            let given = split(typed);
            if given.is_empty() {
                vec![String::new(); nb.len()]
            } else {
                if given.len() != nb.len() {
                    errors.add(field, ValidationError::OptionLines);
                }
                given
            }
        };
        let nn = other(&self.options_nn, "options_nn");
        let en = other(&self.options_en, "options_en");
        nb.iter()
            .enumerate()
            .map(|(i, b)| Localized {
                nb: b.clone(),
                nn: nn.get(i).cloned().unwrap_or_default(),
                en: en.get(i).cloned().unwrap_or_default(),
            })
            .collect()
    }

    fn condition(&self, errors: &mut FieldErrors) -> Option<Condition> {
        let mut question: Option<&str> = None;
        let mut options = Vec::new();
        for pair in &self.condition {
            let parsed = pair.rsplit_once(':').and_then(|(k, o)| Some((k, o.parse::<usize>().ok()?)));
            match parsed {
                Some((k, o)) if question.is_none_or(|q| q == k) => {
                    question = Some(k);
                    options.push(o);
                }
                _ => {
                    errors.add("condition", ValidationError::SurveyEdit(SurveyError::Condition(String::new())));
                    return None;
                }
            }
        }
        options.sort_unstable();
        options.dedup();
        question.map(|q| Condition { question: q.to_owned(), options })
    }

    /// The question (with `key`) and the section it goes in, or every field wrong.
    fn parse(&self, key: String, errors: &mut FieldErrors) -> Option<(usize, Question)> {
        let section = self.section.trim().parse::<usize>().ok();
        if section.is_none() {
            errors.add("section", ValidationError::Required);
        }
        let number = |typed: &str, field: &'static str, errors: &mut FieldErrors| -> Option<i64> {
            let typed = typed.trim();
            typed.parse::<i64>().map_err(|_| errors.add(field, ValidationError::Number(typed.to_owned()))).ok()
        };
        let kind = match self.kind.as_str() {
            "single" => Some(QuestionKind::Single { options: self.options(errors) }),
            "multiple" => Some(QuestionKind::Multiple { options: self.options(errors) }),
            "likert" => Some(QuestionKind::Likert { steps: self.options(errors) }),
            "number" => {
                let min = number(&self.min, "min", errors);
                let max = number(&self.max, "max", errors);
                min.zip(max).map(|(min, max)| QuestionKind::Number { min, max })
            }
            "free_text" => Some(QuestionKind::FreeText),
            other => {
                errors.add("kind", ValidationError::OneOf { value: other.to_owned(), allowed: KINDS.join(", ") });
                None
            }
        };
        let shown_if = self.condition(errors);
        let question = Question {
            key,
            text: localized(&self.text_nb, &self.text_nn, &self.text_en),
            kind: kind?,
            required: self.required,
            shown_if,
            background: self.background,
        };
        Some((section?, question))
    }
}

/// The field a refused change to the questions is shown at.
fn field_of(e: &SurveyError) -> &'static str {
    use forebygg_domain::survey::edit::QuestionError as Q;
    match e {
        SurveyError::Question(Q::Options) => "options_nb",
        SurveyError::Question(Q::Range) => "max",
        SurveyError::Question(Q::Background) => "background",
        SurveyError::Condition(_) => "condition",
        SurveyError::NoSection => "section",
        _ => "text_nb",
    }
}

fn refused(field: &'static str, e: SurveyError) -> AppError {
    let mut errors = FieldErrors::default();
    errors.add(field, ValidationError::SurveyEdit(e));
    AppError::Invalid(errors)
}

/// Reads, changes and saves a draft survey for one who edits the plan.
async fn edit(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    change: impl FnOnce(&mut Survey) -> Result<(), AppError>,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut record = store.survey(&scope, id).await?;
    if record.survey.state != SurveyState::Draft {
        return Err(refused("questions", SurveyError::NotDraft));
    }
    change(&mut record.survey)?;
    Ok(store.update_survey(&scope, id, &record.survey).await?)
}

/// Sets a draft survey's title and target group.
pub async fn describe(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    form: &DetailsForm,
) -> Result<(), AppError> {
    let title = localized(&form.title_nb, &form.title_nn, &form.title_en);
    let target = target_of(&form.target);
    edit(store, actor, org, id, |s| {
        let Some(target) = target else {
            let mut errors = FieldErrors::default();
            errors.add("target", ValidationError::OneOf { value: form.target.clone(), allowed: TARGETS.join(", ") });
            return Err(AppError::Invalid(errors));
        };
        s.describe(title, target).map_err(|e| refused("title_nb", e))
    })
    .await
}

/// Adds a section at the end of a draft survey.
pub async fn add_section(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    form: &SectionForm,
) -> Result<(), AppError> {
    let title = localized(&form.section_nb, &form.section_nn, &form.section_en);
    edit(store, actor, org, id, |s| s.add_section(title).map(|_| ()).map_err(|e| refused("section_nb", e))).await
}

/// Adds a question (`key` none) or changes the question with `key`; returns its key.
pub async fn put_question(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    key: Option<&str>,
    form: &QuestionForm,
) -> Result<String, AppError> {
    let mut saved = String::new();
    edit(store, actor, org, id, |s| {
        if let Some(k) = key
            && s.question(k).is_none()
        {
            return Err(AppError::NotFound(format!("question {k}")));
        }
        let key = key.map_or_else(|| s.new_key(), str::to_owned);
        let mut errors = FieldErrors::default();
        let parsed = form.parse(key.clone(), &mut errors);
        let Some((section, question)) = parsed.filter(|_| errors.is_empty()) else {
            return Err(AppError::Invalid(errors));
        };
        s.put_question(section, question).map_err(|e| refused(field_of(&e), e))?;
        saved = key;
        Ok(())
    })
    .await?;
    Ok(saved)
}

/// Removes a question no other question depends on.
pub async fn remove_question(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    key: &str,
) -> Result<(), AppError> {
    edit(store, actor, org, id, |s| match s.remove_question(key) {
        Err(SurveyError::NoQuestion) => Err(AppError::NotFound(format!("question {key}"))),
        other => other.map_err(|e| refused("questions", e)),
    })
    .await
}

/// Moves a question one place up or down.
pub async fn move_question(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: SurveyId,
    key: &str,
    up: bool,
) -> Result<(), AppError> {
    edit(store, actor, org, id, |s| match s.move_question(key, up) {
        Err(SurveyError::NoQuestion) => Err(AppError::NotFound(format!("question {key}"))),
        other => other.map_err(|e| refused("questions", e)),
    })
    .await
}

#[cfg(test)]
mod tests {
    use forebygg_domain::survey::template::youth;

    use super::*;

    #[test]
    fn a_question_round_trips_through_its_form() {
        let survey = youth();
        for q in survey.questions() {
            let form = QuestionForm::of(&survey, &q.key).unwrap();
            let mut errors = FieldErrors::default();
            let (section, parsed) = form.parse(q.key.clone(), &mut errors).unwrap();
            assert!(errors.is_empty(), "{}: {errors}", q.key);
            assert_eq!(&parsed, q);
            assert_eq!(survey.position(&q.key).unwrap().0, section);
        }
    }

    #[test]
    fn a_wrong_form_names_its_fields() {
        let form = QuestionForm::from_pairs([
            ("section", "x"),
            ("kind", "single"),
            ("text_nb", "Hvor?"),
            ("options_nb", "Nord\nSør"),
            ("options_nn", "Nord"),
            ("condition", "q1:0"),
            ("condition", "q2:1"),
        ]);
        let mut errors = FieldErrors::default();
        assert!(form.parse("q9".into(), &mut errors).is_none());
        assert!(errors.get("section").is_some());
        assert_eq!(errors.get("options_nn"), Some(&ValidationError::OptionLines));
        assert!(errors.get("condition").is_some(), "a condition names one earlier question");
        let number = QuestionForm::from_pairs([("section", "0"), ("kind", "number"), ("min", "a"), ("max", "9")]);
        let mut errors = FieldErrors::default();
        assert!(number.parse("q9".into(), &mut errors).is_none());
        assert_eq!(errors.get("min"), Some(&ValidationError::Number("a".into())));
    }
}
