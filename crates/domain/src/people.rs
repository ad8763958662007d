//! People: validated e-mail addresses, names and passwords.

use serde::Serialize;
use thiserror::Error;

/// Why a value given by a user was refused. Each variant names the field and the value,
/// so the message can be shown next to the field or printed on one line by the CLI.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ValidationError {
    #[error("'{0}' is not an e-mail address")]
    Email(String),
    #[error("the name must be between 1 and 200 characters")]
    PersonName,
    #[error("the password must be at least {min} characters", min = Password::MIN_CHARS)]
    PasswordTooShort,
    #[error("the password must be at most {max} characters", max = Password::MAX_CHARS)]
    PasswordTooLong,
    /// A common password, a keyboard or number run, a repeated word, or one's own name.
    #[error("the password is too easy to guess")]
    PasswordTooWeak,
    #[error("'{0}' is not a municipality number (four digits, e.g. 3425)")]
    MunicipalityNumber(String),
    #[error("'{0}' is not a county number (two digits, e.g. 34)")]
    CountyNumber(String),
    #[error("'{0}' is not an organisation code")]
    OrgCode(String),
    #[error("the organisation name must be between 1 and 200 characters")]
    OrgName,
    #[error("only regional bodies can be added; municipalities and counties come from the register")]
    OrgKind,
    #[error("a county governor must belong to a county")]
    CountyRequired,
    #[error("'{0}' is not a role (admin, plan-lead, editor, contributor, reader, regional-adviser)")]
    Role(String),
    #[error("'{0}' is not a language (nb, nn, en)")]
    Lang(String),
    #[error("'{0}' is not a date (dd.mm.åååå)")]
    Date(String),
    #[error("'{0}' is not a phase")]
    Phase(String),
    #[error("'{0}' is not a period (two years, the first not after the second)")]
    Period(String),
    #[error("the title must be between 1 and 200 characters")]
    Title,
    #[error("'{0}' is not a plan type")]
    PlanType(String),
    #[error("'{0}' is not a kind of activity")]
    ActivityKind(String),
    #[error("'{0}' is not a body")]
    Body(String),
    #[error("the end is before the start")]
    EndBeforeStart,
    #[error("a hearing needs a deadline")]
    HearingWithoutDeadline,
    #[error(
        "the hearing is {days} days; a plan under plan- og bygningsloven needs six weeks (deadline {earliest} or later) or a recorded justification"
    )]
    HearingTooShort { days: i64, earliest: crate::timeline::NorDate },
    #[error("'{0}' is not a preset")]
    Preset(String),
    #[error("'{0}' is not a chapter number")]
    ChapterPath(String),
    /// A step of the plan's process that cannot be taken now, and why.
    #[error("the step cannot be taken: {0:?}")]
    Step(crate::plan::process::Refusal),
    /// Chapters nested deeper than the outline allows.
    #[error("chapters nest at most {max} levels deep")]
    ChapterTooDeep { max: usize },
    /// A chapter asked to move past the first or last place among its siblings.
    #[error("the chapter cannot move further that way")]
    CannotMove,
    #[error("this field must not be empty")]
    Required,
    #[error("at most {max} characters")]
    TooLong { max: usize },
    #[error("the consent must be given")]
    ConsentRequired,
    #[error("'{0}' is not a PDF, PNG or JPEG file")]
    AttachmentType(String),
    #[error("'{file}' is larger than {max_mb} MB")]
    AttachmentTooLarge { file: String, max_mb: u64 },
    #[error("at most {max} files")]
    TooManyAttachments { max: usize },
    #[error("the first {0} have registered outputs and must stay")]
    InUse(String),
    #[error("each line needs a group name, optionally followed by '; leader'")]
    GroupLine,
    /// A form that acts on a selection got none.
    #[error("nothing was chosen")]
    NoneChosen,
    /// Not a kind of programme group (working, reference, steering, resource).
    #[error("not a kind of group: {0}")]
    GroupKind(String),
    /// A date that has not come yet where only past or present ones make sense.
    #[error("'{0}' is after today")]
    DateInFuture(String),
    #[error("'{0}' is not an amount in kroner")]
    Amount(String),
    #[error("'{0}' is not a whole number")]
    Count(String),
    #[error("the survey must close on or after the day it opens")]
    SurveyPeriod,
    #[error("the survey has already opened or closed")]
    SurveyState,
    /// A change to a survey's questions that would leave it broken.
    #[error("{0}")]
    SurveyEdit(crate::survey::SurveyError),
    /// A survey threshold that is not a whole number from `min` to 1,000.
    #[error("'{value}' is not a whole number from {min} to 1000")]
    Threshold { value: String, min: u32 },
    /// Options in nynorsk or English that are not as many as in bokmål.
    #[error("the translated options must be as many as the options in bokmål")]
    OptionLines,
    #[error("'{0}' is not a number")]
    Number(String),
    #[error("a sub-goal hangs under a main goal, a strategy under a sub-goal, a main goal under nothing")]
    GoalParent,
    #[error("the goal has goals under it, so its level cannot change")]
    GoalHasChildren,
    #[error("'{0}' is not an SDG goal or target (e.g. 3, 3.4, 4.a)")]
    SdgTarget(String),
    #[error("'{0}' is not a percentage from 0 to 100")]
    Percent(String),
    #[error("'{0}' is not a period (2026, 2026-H1 or 2026-Q3)")]
    ReportPeriod(String),
    #[error("'{value}' is not one of: {allowed}")]
    OneOf { value: String, allowed: String },
    #[error("'{0}' is not a time of day (tt:mm)")]
    Time(String),
    #[error("'{0}' is not a web address starting with https://")]
    Link(String),
    #[error("the municipality has registered the {max} it may send")]
    MunicipalityFull { max: u32 },
    /// A gathering's capacity or cap lowered below those already registered.
    #[error("{registered} are registered already: cancel some first, or keep at least {registered}")]
    BelowRegistered { registered: u32 },
    #[error("'{0}' is not a municipality (a name or a four-digit number)")]
    UnknownMunicipality(String),
    #[error("two municipalities are called '{name}': give the number ({})", numbers.join(", "))]
    AmbiguousMunicipality { name: String, numbers: Vec<String> },
    #[error("the gathering has begun; registration is closed")]
    GatheringBegun,
}

/// An e-mail address, trimmed and lowercased so that one person has one account.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        let s = s.trim().to_lowercase();
        let valid = s.len() <= 254
            && !s.chars().any(|c| c.is_whitespace() || c.is_control())
            && match s.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid { Ok(Self(s)) } else { Err(ValidationError::Email(s)) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        let s = s.trim();
        let n = s.chars().count();
        if (1..=200).contains(&n) && !s.chars().any(char::is_control) {
            Ok(Self(s.to_owned()))
        } else {
            Err(ValidationError::PersonName)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as chosen (NIST SP 800-63B, ASVS V6): at least 12 characters and not
/// easy to guess — zxcvbn's estimate, with its lists of common passwords, names and
/// words, must reach 3 of 4 — and no composition rules. Its `Debug` never shows the text.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        Self::parse_for(s, &[])
    }

    /// As [`Password::parse`], also refusing a password made from the person's own
    /// e-mail address or name (`context`).
    pub fn parse_for(s: &str, context: &[&str]) -> Result<Self, ValidationError> {
        let n = s.chars().count();
        if n < Self::MIN_CHARS {
            Err(ValidationError::PasswordTooShort)
        } else if n > Self::MAX_CHARS {
            Err(ValidationError::PasswordTooLong)
        } else if made_of(s, &context_words(context))
            || zxcvbn::zxcvbn(s, &context_words(context).iter().map(String::as_str).collect::<Vec<_>>()).score()
                < zxcvbn::Score::Three
        {
            Err(ValidationError::PasswordTooWeak)
        } else {
            Ok(Self(s.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Whether a password is little more than these words (its letters and digits, once
/// the words are taken out, are fewer than four).
fn made_of(password: &str, words: &[String]) -> bool {
    let mut rest: String = password.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    for w in words {
        rest = rest.replace(w.as_str(), "");
    }
    !words.is_empty() && rest.chars().count() < 4
}

/// The words of a person's address and name, as the strength estimate matches them.
fn context_words(context: &[&str]) -> Vec<String> {
    context
        .iter()
        .flat_map(|c| c.split(|ch: char| !ch.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn email_is_normalised() {
        assert_eq!(Email::parse(" Kari@Engerdal.Kommune.NO ").unwrap().as_str(), "kari@engerdal.kommune.no");
        for bad in ["", "kari", "kari@", "@engerdal.no", "kari@engerdal", "ka ri@x.no", "a@b@c.no", "a@x..no"] {
            assert!(Email::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn password_debug_hides_the_text() {
        let p = Password::parse("hemmelig-passord").unwrap();
        assert!(!format!("{p:?}").contains("hemmelig"));
        assert_eq!(Password::parse("kort"), Err(ValidationError::PasswordTooShort));
    }

    #[test]
    fn a_password_is_long_and_hard_to_guess_without_composition_rules() {
        assert_eq!(Password::parse("1234567890a"), Err(ValidationError::PasswordTooShort), "12 characters at least");
        for weak in ["passwordpassword", "123456789012", "qwertyuiopas", "aaaaaaaaaaaa", "passord12345"] {
            assert_eq!(Password::parse(weak), Err(ValidationError::PasswordTooWeak), "{weak}");
        }
        assert_eq!(
            Password::parse_for("kari.nordmo.engerdal", &["kari.nordmo@engerdal.no", "Kari Nordmo"]),
            Err(ValidationError::PasswordTooWeak),
            "not one's own name"
        );
        for good in ["korrekt hest batteri stift", "forebygg-demo", "Tre blå biler i Engerdal"] {
            assert!(Password::parse(good).is_ok(), "{good}");
        }
    }

    proptest! {
        #[test]
        fn parsed_email_reparses_to_itself(local in "[a-z0-9._-]{1,20}", domain in "[a-z0-9-]{1,20}\\.[a-z]{2,6}") {
            let e = Email::parse(&format!("{local}@{domain}")).unwrap();
            prop_assert_eq!(Email::parse(e.as_str()).unwrap(), e);
        }

        #[test]
        fn names_never_keep_surrounding_space(s in "\\PC{0,50}") {
            if let Ok(n) = PersonName::parse(&s) {
                prop_assert_eq!(n.as_str(), n.as_str().trim());
                prop_assert!(!n.as_str().is_empty());
            }
        }
    }
}
