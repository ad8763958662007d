//! Form errors: a message per field, in the visitor's language.

use forebygg_app::FieldErrors;
use forebygg_domain::ValidationError;
use forebygg_domain::plan::process::Refusal;
use forebygg_import::measures::{ImportProblem, Problem};
use forebygg_texts::labels;

use forebygg_texts::{Tr, translate};

/// Why a step of the plan's process cannot be taken, in words.
pub fn refusal_message(t: Tr, r: &Refusal) -> String {
    match r {
        Refusal::WrongPhase(phase) => t.with("refused-wrong-phase", "phase", &labels::phase(t, *phase)),
        Refusal::NotAHearing => t.get("refused-not-a-hearing"),
        Refusal::NoHearingDraft => t.get("refused-no-hearing-draft"),
        Refusal::NoProgrammeDraft => t.get("refused-no-programme-draft"),
        Refusal::EmptyChapters(list) => translate(
            t.lang,
            "refused-empty-chapters",
            &[("count", &list.len().to_string()), ("chapters", &list.join("; "))],
        ),
        Refusal::PeriodNotAllowed => t.get("refused-period"),
        Refusal::DeadlinePassed(d) => t.with("refused-deadline-passed", "deadline", &d.to_string()),
        Refusal::AnotherHearingOpen => t.get("refused-another-open"),
        Refusal::NoOpenHearing => t.get("refused-no-open-hearing"),
        Refusal::ReasonRequired => t.get("refused-reason"),
        Refusal::HearingStillOpen(d) => t.with("invalid-adopt-hearing-open", "deadline", &d.to_string()),
        Refusal::NoClosedHearing => t.get("refused-no-closed-hearing"),
        Refusal::Unanswered(list) => {
            translate(t.lang, "refused-unanswered", &[("count", &list.len().to_string()), ("inputs", &list.join(", "))])
        }
        Refusal::CouncilMustAdopt => t.get("refused-council"),
        Refusal::BodyRequired => t.get("invalid-required"),
        Refusal::DecisionRequired => t.get("invalid-required"),
        Refusal::HearingOpened => t.get("refused-hearing-opened"),
    }
}

/// A validation error in words, for the field it belongs to.
pub fn validation_message(t: Tr, e: &ValidationError) -> String {
    match e {
        ValidationError::Email(v) => t.with("invalid-email", "value", v),
        ValidationError::PersonName => t.get("invalid-name"),
        ValidationError::PasswordTooShort => {
            t.with("invalid-password-short", "min", &forebygg_domain::Password::MIN_CHARS.to_string())
        }
        ValidationError::PasswordTooWeak => t.get("invalid-password-weak"),
        ValidationError::PasswordTooLong => {
            t.with("invalid-password-long", "max", &forebygg_domain::Password::MAX_CHARS.to_string())
        }
        ValidationError::MunicipalityNumber(v) => t.with("invalid-municipality-number", "value", v),
        ValidationError::CountyNumber(v) => t.with("invalid-county", "value", v),
        ValidationError::OrgCode(v) => t.with("invalid-org-code", "value", v),
        ValidationError::OrgName => t.get("invalid-org-name"),
        ValidationError::OrgKind => t.get("invalid-org-kind"),
        ValidationError::CountyRequired => t.get("invalid-county-required"),
        ValidationError::Role(v) => t.with("invalid-role", "value", v),
        ValidationError::Lang(v) => t.with("invalid-lang", "value", v),
        ValidationError::Date(v) => t.with("invalid-date", "value", v),
        ValidationError::DateInFuture(v) => t.with("invalid-date-future", "value", v),
        ValidationError::Phase(v) => t.with("invalid-phase", "value", v),
        ValidationError::Period(v) => t.with("invalid-period", "value", v),
        ValidationError::Title => t.get("invalid-title"),
        ValidationError::PlanType(v) => t.with("invalid-plan-type", "value", v),
        ValidationError::ActivityKind(v) => t.with("invalid-activity-kind", "value", v),
        ValidationError::Body(v) => t.with("invalid-body", "value", v),
        ValidationError::EndBeforeStart => t.get("invalid-end-before-start"),
        ValidationError::HearingWithoutDeadline => t.get("invalid-hearing-without-deadline"),
        ValidationError::HearingTooShort { days, earliest } => translate(
            t.lang,
            "invalid-hearing-too-short",
            &[("days", &days.to_string()), ("earliest", &earliest.to_string())],
        ),
        ValidationError::Preset(v) => t.with("invalid-preset", "value", v),
        ValidationError::ChapterPath(v) => t.with("invalid-chapter", "value", v),
        ValidationError::CannotMove => t.get("invalid-chapter-move"),
        ValidationError::ChapterTooDeep { max } => t.with("invalid-chapter-depth", "max", &max.to_string()),
        ValidationError::Step(refusal) => refusal_message(t, refusal),
        ValidationError::Required => t.get("invalid-required"),
        ValidationError::TooLong { max } => t.with("invalid-too-long", "max", &max.to_string()),
        ValidationError::ConsentRequired => t.get("invalid-consent"),
        ValidationError::AttachmentType(file) => t.with("invalid-attachment-type", "file", file),
        ValidationError::AttachmentTooLarge { file, max_mb } => {
            translate(t.lang, "invalid-attachment-too-large", &[("file", file), ("max", &max_mb.to_string())])
        }
        ValidationError::TooManyAttachments { max } => t.with("invalid-too-many-attachments", "max", &max.to_string()),
        ValidationError::InUse(count) => t.with("invalid-in-use", "count", count),
        ValidationError::Amount(v) => t.with("invalid-amount", "value", v),
        ValidationError::GoalParent => t.get("invalid-goal-parent"),
        ValidationError::GoalHasChildren => t.get("invalid-goal-has-children"),
        ValidationError::SdgTarget(v) => t.with("invalid-sdg", "value", v),
        ValidationError::Percent(v) => t.with("invalid-percent", "value", v),
        ValidationError::ReportPeriod(v) => t.with("invalid-report-period", "value", v),
        ValidationError::Count(v) => t.with("invalid-count", "value", v),
        ValidationError::SurveyPeriod => t.get("invalid-survey-period"),
        ValidationError::SurveyState => t.get("invalid-survey-state"),
        ValidationError::SurveyEdit(e) => survey_edit_message(t, e),
        ValidationError::OptionLines => t.get("invalid-option-lines"),
        ValidationError::Threshold { value, min } => {
            translate(t.lang, "invalid-threshold", &[("value", value), ("min", &min.to_string())])
        }
        ValidationError::Number(v) => t.with("invalid-number", "value", v),
        ValidationError::OneOf { value, allowed } => {
            translate(t.lang, "invalid-one-of", &[("value", value), ("allowed", allowed)])
        }
        ValidationError::GroupLine => t.get("invalid-group-line"),
        ValidationError::NoneChosen => t.get("invalid-none-chosen"),
        ValidationError::GroupKind(v) => t.with("invalid-group-kind", "value", v),
        ValidationError::Time(v) => t.with("invalid-time", "value", v),
        ValidationError::Link(v) => t.with("invalid-link", "value", v),
        ValidationError::MunicipalityFull { max } => t.with("invalid-municipality-full", "max", &max.to_string()),
        ValidationError::GatheringBegun => t.get("invalid-gathering-begun"),
        ValidationError::BelowRegistered { registered } => {
            t.with("invalid-below-registered", "count", &registered.to_string())
        }
        ValidationError::UnknownMunicipality(v) => t.with("invalid-unknown-municipality", "value", v),
        ValidationError::AmbiguousMunicipality { name, numbers } => forebygg_texts::translate(
            t.lang,
            "invalid-ambiguous-municipality",
            &[("value", name), ("numbers", &numbers.join(", "))],
        ),
    }
}

/// One problem of a refused import, in words: where (row, column) and what.
pub fn import_problem(t: Tr, p: &ImportProblem) -> String {
    use forebygg_domain::measures::row::CellProblem;
    use forebygg_import::TableError;
    let v = p.value.clone();
    let what = match &p.problem {
        Problem::Table(TableError::Empty) => t.get("import-empty"),
        Problem::Table(TableError::Csv { row, .. }) => t.with("import-csv-broken", "row", &row.to_string()),
        Problem::Table(TableError::Xlsx(_)) => t.get("import-xlsx-broken"),
        Problem::Table(TableError::TooLarge { max_mb, max_files }) => forebygg_texts::translate(
            t.lang,
            "import-xlsx-too-large",
            &[("mb", &max_mb.to_string()), ("files", &max_files.to_string())],
        ),
        Problem::UnknownHeader => t.with("import-unknown-header", "value", &v),
        Problem::DuplicateColumn => t.with("import-duplicate-column", "value", &v),
        Problem::MissingColumn(c) => t.with("import-missing-column", "column", c.header()),
        Problem::NotAnId => t.with("import-not-an-id", "value", &v),
        Problem::UnknownId => t.with("import-unknown-id", "value", &v),
        Problem::DuplicateId => t.with("import-duplicate-id", "value", &v),
        Problem::Cell(CellProblem::Required) => t.get("invalid-required"),
        Problem::Cell(CellProblem::TooLong { max }) => t.with("invalid-too-long", "max", &max.to_string()),
        Problem::Cell(CellProblem::NotADate) => t.with("invalid-date", "value", &v),
        Problem::Cell(CellProblem::NotAnAmount) => t.with("invalid-amount", "value", &v),
        Problem::Cell(CellProblem::NotACount) => t.with("invalid-count", "value", &v),
        Problem::Cell(CellProblem::Unknown { column }) => translate(
            t.lang,
            "invalid-one-of",
            &[("value", &v), ("allowed", &forebygg_texts::labels::allowed_in_column(t, *column))],
        ),
    };
    let row = p.row.to_string();
    match (&p.column, p.row) {
        (Some(column), row_n) if row_n > 0 => {
            format!("{}: {what}", translate(t.lang, "import-where-cell", &[("row", &row), ("column", column)]))
        }
        (None, row_n) if row_n > 0 => format!("{}: {what}", t.with("import-where-row", "row", &row)),
        _ => what,
    }
}

/// Messages per form field, ready for a template: shown next to the field and, as
/// links, in a summary at the top of the form.
#[derive(Clone, Debug, Default)]
pub struct FormErrors {
    pub items: Vec<(String, String)>,
}

impl FormErrors {
    pub fn new(t: Tr, errors: &FieldErrors) -> Self {
        Self { items: errors.0.iter().map(|(f, e)| ((*f).to_owned(), validation_message(t, e))).collect() }
    }

    pub fn one(field: &str, message: String) -> Self {
        Self { items: vec![(field.to_owned(), message)] }
    }

    /// The message for a field; several (a list naming two unknown municipalities) are
    /// said one after the other.
    pub fn get(&self, field: &str) -> Option<String> {
        let all = self.all(field);
        if all.is_empty() { None } else { Some(all.join(" ")) }
    }

    /// Every message for a field that can have several (one per file).
    pub fn all(&self, field: &str) -> Vec<&str> {
        self.items.iter().filter(|(f, _)| f == field).map(|(_, m)| m.as_str()).collect()
    }

    pub fn any(&self) -> bool {
        !self.items.is_empty()
    }
}

fn survey_edit_message(t: Tr, e: &forebygg_domain::survey::SurveyError) -> String {
    use forebygg_domain::survey::SurveyError as E;
    use forebygg_domain::survey::edit::{MAX_OPTIONS, MAX_QUESTIONS, MAX_TEXT, QuestionError as Q};
    match e {
        E::NotDraft => t.get("invalid-survey-state"),
        E::NoQuestions => t.get("invalid-survey-no-questions"),
        E::Period => t.get("invalid-survey-period"),
        E::NotOpen => t.get("invalid-survey-not-open"),
        E::Condition(_) => t.get("invalid-survey-condition"),
        E::Title | E::Question(Q::NoText) => t.get("invalid-survey-text"),
        E::Question(Q::TooLong) => t.with("invalid-too-long", "max", &MAX_TEXT.to_string()),
        E::Question(Q::Options) => t.with("invalid-survey-options", "max", &MAX_OPTIONS.to_string()),
        E::Question(Q::Range) => t.get("invalid-survey-range"),
        E::Question(Q::Background) => t.get("invalid-survey-background"),
        E::NoSection => t.get("invalid-survey-section"),
        E::NoQuestion => t.get("invalid-survey-question"),
        E::TooMany => t.with("invalid-survey-too-many", "max", &MAX_QUESTIONS.to_string()),
        E::Referred(_) => t.get("invalid-survey-referred"),
    }
}
