//! An adviser's marks on a municipality, in the manner of Statsforvalteren's yearly
//! "kommunebilde": per area green, yellow or red, with a note, visible to the
//! municipality. Always said in words beside any colour.

use serde::{Deserialize, Serialize};

/// What a mark is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkArea {
    /// The plan for preventive work itself (barnevernsloven § 15-1).
    Plan,
    /// How the services work together and with the county's network.
    Cooperation,
    /// Measures carried out, reported and evaluated.
    FollowUp,
}

impl MarkArea {
    pub const ALL: [MarkArea; 3] = [MarkArea::Plan, MarkArea::Cooperation, MarkArea::FollowUp];

    pub fn as_str(self) -> &'static str {
        match self {
            MarkArea::Plan => "plan",
            MarkArea::Cooperation => "cooperation",
            MarkArea::FollowUp => "follow_up",
        }
    }

    pub fn parse(s: &str) -> Option<MarkArea> {
        MarkArea::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// How an area stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Colour {
    Green,
    Yellow,
    Red,
}

impl Colour {
    pub const ALL: [Colour; 3] = [Colour::Green, Colour::Yellow, Colour::Red];

    pub fn as_str(self) -> &'static str {
        match self {
            Colour::Green => "green",
            Colour::Yellow => "yellow",
            Colour::Red => "red",
        }
    }

    pub fn parse(s: &str) -> Option<Colour> {
        Colour::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The longest note, in characters.
pub const MAX_NOTE: usize = 2000;

/// A mark as set: its area, colour and note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub area: MarkArea,
    pub colour: Colour,
    pub note: String,
}

/// Why a mark was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkError {
    Area,
    Colour,
    NoteTooLong,
}

impl Mark {
    /// A mark from a form's words; the note is normalised text.
    pub fn parse(area: &str, colour: &str, note: &str) -> Result<Mark, MarkError> {
        let area = MarkArea::parse(area.trim()).ok_or(MarkError::Area)?;
        let colour = Colour::parse(colour.trim()).ok_or(MarkError::Colour)?;
        let note = crate::text::normalise(note.trim()).into_owned();
        if note.chars().count() > MAX_NOTE {
            return Err(MarkError::NoteTooLong);
        }
        Ok(Mark { area, colour, note })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_is_read_from_its_words_and_refused_with_a_reason() {
        let m = Mark::parse("follow_up", "yellow", "  Tiltak uten evaluering.\u{7} ").unwrap();
        assert_eq!((m.area, m.colour), (MarkArea::FollowUp, Colour::Yellow));
        assert!(!m.note.contains('\u{7}') && m.note.starts_with("Tiltak"));
        assert_eq!(Mark::parse("budget", "red", ""), Err(MarkError::Area));
        assert_eq!(Mark::parse("plan", "blue", ""), Err(MarkError::Colour));
        assert_eq!(Mark::parse("plan", "red", &"x".repeat(MAX_NOTE + 1)), Err(MarkError::NoteTooLong));
    }
}
