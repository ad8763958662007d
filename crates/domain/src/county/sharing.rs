//! What a municipality lets the advisers of its county read beyond the status line.

use serde::{Deserialize, Serialize};

/// A part of a municipality's plans an adviser may be let read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Each plan's phase, hearing deadlines, political treatments and the counts on
    /// the county dashboard: always readable by the county's advisers.
    Status,
    /// The planning programme (purpose, organisation, participation, timeline).
    Programme,
    /// Goals and measures, with their reports and evaluations.
    Measures,
    /// The plan document, its versions and exports.
    Document,
}

impl Part {
    /// The parts a municipality chooses to share (the status line is always shown).
    pub const SHAREABLE: [Part; 3] = [Part::Programme, Part::Measures, Part::Document];

    pub fn as_str(self) -> &'static str {
        match self {
            Part::Status => "status",
            Part::Programme => "programme",
            Part::Measures => "measures",
            Part::Document => "document",
        }
    }

    pub fn parse(s: &str) -> Option<Part> {
        [Part::Status, Part::Programme, Part::Measures, Part::Document].into_iter().find(|p| p.as_str() == s)
    }
}

/// The parts shared with the county's advisers. Nothing by default: a municipality
/// opens what it wants to; the input register, surveys, members and personal data are
/// never shared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    pub programme: bool,
    pub measures: bool,
    pub document: bool,
}

impl Sharing {
    /// Whether an adviser of the county may read `part`.
    pub fn allows(self, part: Part) -> bool {
        match part {
            Part::Status => true,
            Part::Programme => self.programme,
            Part::Measures => self.measures,
            Part::Document => self.document,
        }
    }

    /// As stored: the shared parts' names, comma-separated ("programme,document").
    pub fn as_stored(self) -> String {
        Part::SHAREABLE.into_iter().filter(|p| self.allows(*p)).map(Part::as_str).collect::<Vec<_>>().join(",")
    }

    /// From the stored form; an unknown name is ignored (shares nothing more).
    pub fn from_stored(s: &str) -> Sharing {
        let parts: Vec<Part> = s.split(',').filter_map(|p| Part::parse(p.trim())).collect();
        Sharing::of(&parts)
    }

    pub fn of(parts: &[Part]) -> Sharing {
        Sharing {
            programme: parts.contains(&Part::Programme),
            measures: parts.contains(&Part::Measures),
            document: parts.contains(&Part::Document),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_shared_until_chosen_and_the_status_line_always_is() {
        let none = Sharing::default();
        assert!(none.allows(Part::Status));
        assert!(Part::SHAREABLE.iter().all(|p| !none.allows(*p)));
        let some = Sharing::of(&[Part::Document, Part::Programme]);
        assert_eq!(some.as_stored(), "programme,document");
        assert_eq!(Sharing::from_stored(&some.as_stored()), some);
        assert_eq!(Sharing::from_stored("inputs,measures"), Sharing::of(&[Part::Measures]), "inputs never");
    }
}
