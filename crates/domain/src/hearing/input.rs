//! One input to a plan, from whichever channel, and the public response form.

use crate::ids::ActivityId;
use serde::Serialize;

use super::ConferenceOrigin;
use crate::Lang;
use crate::people::{Email, ValidationError};

/// Where an input came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The public hearing form.
    Hearing,
    DialogueConference,
    Workshop,
    CouncilMeeting,
    EmailOrLetter,
    SurveyFreeText,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::Hearing,
        Channel::DialogueConference,
        Channel::Workshop,
        Channel::CouncilMeeting,
        Channel::EmailOrLetter,
        Channel::SurveyFreeText,
        Channel::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Hearing => "hearing",
            Channel::DialogueConference => "dialogue_conference",
            Channel::Workshop => "workshop",
            Channel::CouncilMeeting => "council_meeting",
            Channel::EmailOrLetter => "email_or_letter",
            Channel::SurveyFreeText => "survey_free_text",
            Channel::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// Who sent an input. Everything is optional: a citizen may answer anonymously.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Sender {
    pub name: Option<String>,
    pub organisation: Option<String>,
    /// For a receipt; never published.
    pub email: Option<Email>,
    /// The sender agreed that their name may be published with the input.
    pub name_may_be_published: bool,
    /// The language the sender wrote to us in; their receipt goes out in it.
    #[serde(skip)]
    pub lang: Option<Lang>,
}

/// A validated input, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputFields {
    pub channel: Channel,
    /// The hearing activity it answers, for hearing responses.
    pub hearing: Option<ActivityId>,
    pub text: String,
    pub sender: Sender,
    /// The conference, round and group an input from a dialogue conference came from.
    pub origin: Option<ConferenceOrigin>,
}

/// The most an input may hold: enough for a long letter, not for a book.
pub const MAX_TEXT_CHARS: usize = 20_000;
const MAX_NAME_CHARS: usize = 200;

/// The public hearing response form, as typed.
#[derive(Clone, Debug, Default)]
pub struct ResponseForm {
    pub text: String,
    pub name: String,
    pub organisation: String,
    pub email: String,
    pub publish_name: bool,
    pub consent: bool,
    /// The language of the page the form was sent from.
    pub lang: Option<Lang>,
}

impl ResponseForm {
    /// Validates the form; errors per field, in the order of the form.
    pub fn parse(&self, hearing: ActivityId) -> Result<InputFields, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let text = self.text.trim();
        if text.is_empty() {
            errors.push(("text", ValidationError::Required));
        } else if text.chars().count() > MAX_TEXT_CHARS {
            errors.push(("text", ValidationError::TooLong { max: MAX_TEXT_CHARS }));
        }
        let optional = |s: &str, field: &'static str, errors: &mut Vec<(&'static str, ValidationError)>| {
            let s = s.trim();
            if s.chars().count() > MAX_NAME_CHARS {
                errors.push((field, ValidationError::TooLong { max: MAX_NAME_CHARS }));
                None
            } else {
                (!s.is_empty()).then(|| s.to_owned())
            }
        };
        let name = optional(&self.name, "name", &mut errors);
        let organisation = optional(&self.organisation, "organisation", &mut errors);
        let email = if self.email.trim().is_empty() {
            None
        } else {
            match Email::parse(&self.email) {
                Ok(e) => Some(e),
                Err(e) => {
                    errors.push(("email", e));
                    None
                }
            }
        };
        if !self.consent {
            errors.push(("consent", ValidationError::ConsentRequired));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(InputFields {
            channel: Channel::Hearing,
            hearing: Some(hearing),
            text: text.to_owned(),
            sender: Sender { name, organisation, email, name_may_be_published: self.publish_name, lang: self.lang },
            origin: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form(text: &str) -> ResponseForm {
        ResponseForm { text: text.into(), consent: true, ..ResponseForm::default() }
    }

    #[test]
    fn a_response_needs_text_and_consent_and_nothing_else() {
        let ok = form(" Flere fritidstilbud for ungdom ").parse(ActivityId::new(7)).unwrap();
        assert_eq!(ok.text, "Flere fritidstilbud for ungdom");
        assert_eq!(ok.sender, Sender::default());
        assert_eq!(ok.hearing, Some(ActivityId::new(7)));
        let errors = ResponseForm { text: "  ".into(), email: "ola@".into(), ..ResponseForm::default() }
            .parse(ActivityId::new(7))
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["text", "email", "consent"]);
        let long = form(&"x".repeat(MAX_TEXT_CHARS + 1)).parse(ActivityId::new(7)).unwrap_err();
        assert_eq!(long, vec![("text", ValidationError::TooLong { max: MAX_TEXT_CHARS })]);
        assert!(
            form(&"æ".repeat(MAX_TEXT_CHARS)).parse(ActivityId::new(7)).is_ok(),
            "the limit counts characters, not bytes"
        );
    }

    proptest! {
        #[test]
        fn accepted_text_is_never_empty_or_padded(text in "\\PC{0,200}") {
            if let Ok(input) = form(&text).parse(ActivityId::new(1)) {
                prop_assert!(!input.text.is_empty());
                prop_assert_eq!(input.text.trim(), input.text.as_str());
            }
        }
    }
}
