//! How the municipality answers an input: the decision with its justification (the
//! merknadsbehandling of plan- og bygningsloven § 11-14), and moderation of what the
//! public sees.

use serde::Serialize;

use crate::people::ValidationError;

/// What became of an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    TakenIntoAccount,
    PartlyTakenIntoAccount,
    NotTakenIntoAccount,
    /// Noted: a comment that asks for no change.
    Noted,
}

impl Decision {
    pub const ALL: [Decision; 4] =
        [Decision::TakenIntoAccount, Decision::PartlyTakenIntoAccount, Decision::NotTakenIntoAccount, Decision::Noted];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::TakenIntoAccount => "taken_into_account",
            Decision::PartlyTakenIntoAccount => "partly_taken_into_account",
            Decision::NotTakenIntoAccount => "not_taken_into_account",
            Decision::Noted => "noted",
        }
    }

    pub fn parse(s: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// The municipality's answer to one input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub decision: Decision,
    /// Why: shown to the sender and to the council.
    pub justification: String,
    /// Where the plan changed because of it (a chapter, a measure), when it did.
    pub change: String,
}

impl Assessment {
    /// A decision needs a justification, except "noted".
    pub fn parse(
        decision: &str,
        justification: &str,
        change: &str,
    ) -> Result<Assessment, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let decision = Decision::parse(decision);
        if decision.is_none() {
            errors.push(("decision", ValidationError::Required));
        }
        let justification = justification.trim();
        if decision.is_some_and(|d| d != Decision::Noted) && justification.is_empty() {
            errors.push(("justification", ValidationError::Required));
        }
        match decision {
            Some(decision) if errors.is_empty() => {
                Ok(Assessment { decision, justification: justification.to_owned(), change: change.trim().to_owned() })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_needs_its_reason() {
        let a = Assessment::parse("partly_taken_into_account", " Tatt inn i kapittel 3 ", "3.2").unwrap();
        assert_eq!(
            (a.decision, a.justification.as_str(), a.change.as_str()),
            (Decision::PartlyTakenIntoAccount, "Tatt inn i kapittel 3", "3.2")
        );
        assert_eq!(
            Assessment::parse("not_taken_into_account", " ", "").unwrap_err(),
            vec![("justification", ValidationError::Required)]
        );
        assert!(Assessment::parse("noted", "", "").is_ok(), "a note needs no reason");
        assert_eq!(Assessment::parse("", "x", "").unwrap_err()[0].0, "decision");
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.as_str()), Some(d));
        }
    }
}
