//! The knowledge base (C8): the statistics a municipality downloads — FHI's public health
//! statistics, SSB's tables, Ungdata's key figures, Bufdir's child welfare monitor — as
//! observations of indicators, each for a place and a period, with the source's own mark
//! where a value is missing, cannot be computed or is suppressed for privacy. A missing
//! or suppressed value is never a number: `value` is `None` and `flag` says why, from
//! the file read to the chart drawn.

pub mod compare;
pub mod figures;
pub mod map;
pub mod renumbering;

use serde::{Deserialize, Serialize};

/// Why a value is not there, as the sources mark it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// `..`: no figure (not collected, or not yet there).
    Missing,
    /// `.`: cannot be computed (no denominator, or a logical impossibility).
    NotComputable,
    /// `:`: hidden to protect privacy (too few people behind it).
    Suppressed,
}

impl Flag {
    pub const ALL: [Flag; 3] = [Flag::Missing, Flag::NotComputable, Flag::Suppressed];

    /// The symbol FHI and SSB write in a value's place or in the dataset's status.
    /// SSB's `-` ("nothing to report") is not a flag: it is the value 0.
    pub fn from_symbol(symbol: &str) -> Option<Flag> {
        match symbol.trim() {
            ".." | "…" => Some(Flag::Missing),
            "." => Some(Flag::NotComputable),
            ":" => Some(Flag::Suppressed),
            _ => None,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Flag::Missing => "..",
            Flag::NotComputable => ".",
            Flag::Suppressed => ":",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Flag::Missing => "missing",
            Flag::NotComputable => "not_computable",
            Flag::Suppressed => "suppressed",
        }
    }

    pub fn parse(code: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// The years an observation covers: one year, or several averaged (FHI's `2022_2024`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub from: i32,
    pub to: i32,
}

impl Span {
    /// `2024`, `2022_2024`, `2022-2024` or `2022–2024`; years 1900–2100, in order.
    pub fn parse(s: &str) -> Option<Span> {
        let s = s.trim();
        let year = |y: &str| y.trim().parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
        let span = match s.split_once(['_', '-', '–']) {
            Some((a, b)) => Span { from: year(a)?, to: year(b)? },
            None => {
                let y = year(s)?;
                Span { from: y, to: y }
            }
        };
        (span.from <= span.to).then_some(span)
    }

    /// `2024` or `2022–2024`.
    pub fn label(self) -> String {
        if self.from == self.to { self.from.to_string() } else { format!("{}–{}", self.from, self.to) }
    }
}

/// The place an observation is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "code", rename_all = "snake_case")]
pub enum Region {
    Country,
    /// A county by its two-digit number.
    County(String),
    /// A municipality by its four-digit number, as the source wrote it (possibly an old
    /// number: see [`renumbering`]).
    Municipality(String),
}

impl Region {
    /// The region codes of FHI and SSB: `0` or `00` (the whole country), two digits (a
    /// county), four digits (a municipality), SSB's prefixed `K-3425` and `F-34`, and a
    /// three-digit municipality number whose leading zero a spreadsheet dropped (`301`).
    pub fn parse(code: &str) -> Option<Region> {
        let code = code.trim();
        let (prefix, digits) = match code.split_once('-') {
            Some((p, d)) => (Some(p), d),
            None => (None, code),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        match (prefix, digits.len()) {
            (None, 1..=2) if digits.bytes().all(|b| b == b'0') => Some(Region::Country),
            (None | Some("F"), 2) => Some(Region::County(digits.to_owned())),
            (None | Some("K"), 4) => Some(Region::Municipality(digits.to_owned())),
            (None | Some("K"), 3) => Some(Region::Municipality(format!("0{digits}"))),
            _ => None,
        }
    }
}

/// One figure of an indicator, for a place, a period and a breakdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub region: Region,
    pub period: Span,
    /// The breakdown as the source's dimension codes, in the source's order, e.g.
    /// `[("KJONN", "0"), ("ALDER", "0_120")]`.
    pub breakdown: Vec<(String, String)>,
    /// What the value is: FHI's `MEASURE_TYPE` (`TELLER`, `RATE`, …) or SSB's
    /// `ContentsCode`; empty where the source has one measure only.
    pub measure: String,
    /// `None` exactly when `flag` says why.
    pub value: Option<f64>,
    pub flag: Option<Flag>,
}

/// Whether a measure counts people or events (and so may be added up over merged
/// municipalities): FHI's `TELLER` and `ANTALL`, or a label that says it counts.
pub fn is_count(code: &str, label: &str) -> bool {
    let label = label.trim().to_lowercase();
    matches!(code.trim().to_uppercase().as_str(), "TELLER" | "ANTALL" | "COUNT")
        || ["antall", "personer", "count", "number of"].iter().any(|w| label.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_flags_and_a_dash_is_not() {
        assert_eq!(Flag::from_symbol(".."), Some(Flag::Missing));
        assert_eq!(Flag::from_symbol("."), Some(Flag::NotComputable));
        assert_eq!(Flag::from_symbol(" : "), Some(Flag::Suppressed));
        assert_eq!(Flag::from_symbol("-"), None, "SSB's dash is a zero, not a flag");
        for f in Flag::ALL {
            assert_eq!(Flag::parse(f.code()), Some(f));
            assert_eq!(Flag::from_symbol(f.symbol()), Some(f));
        }
    }

    #[test]
    fn counts_are_known_by_code_or_label() {
        assert!(is_count("TELLER", "Antall"));
        assert!(is_count("Personer1", "Personer"));
        assert!(!is_count("RATE", "Prosent"));
        assert!(!is_count("MEIS", "Standardiserte prosenter"));
    }

    #[test]
    fn periods_are_years_or_spans() {
        assert_eq!(Span::parse("2022_2024"), Some(Span { from: 2022, to: 2024 }));
        assert_eq!(Span::parse("2022–2024").unwrap().label(), "2022–2024");
        assert_eq!(Span::parse(" 2024 ").unwrap().label(), "2024");
        assert_eq!(Span::parse("2024_2022"), None);
        assert_eq!(Span::parse("24"), None);
        assert_eq!(Span::parse("2024K1"), None);
    }

    #[test]
    fn region_codes_of_fhi_and_ssb() {
        assert_eq!(Region::parse("0"), Some(Region::Country));
        assert_eq!(Region::parse("00"), Some(Region::Country));
        assert_eq!(Region::parse("34"), Some(Region::County("34".into())));
        assert_eq!(Region::parse("F-34"), Some(Region::County("34".into())));
        assert_eq!(Region::parse("K-3425"), Some(Region::Municipality("3425".into())));
        assert_eq!(Region::parse("0301"), Some(Region::Municipality("0301".into())));
        assert_eq!(Region::parse("301"), Some(Region::Municipality("0301".into())));
        assert_eq!(Region::parse("K-"), None);
        assert_eq!(Region::parse("EAK"), None);
        assert_eq!(Region::parse("12345"), None);
    }
}
