//! Measures (tiltak): what the municipality does or will do, who owns it, who it is for,
//! what it costs and when it is evaluated — the register the Seljord report asks for
//! (concrete measures, one clear owner each, a fixed evaluation date).

pub mod coverage;
pub mod evaluation;
pub mod report;
pub mod responsibility;
pub mod row;
pub mod vocabulary;

use crate::ids::{GoalId, MeasureId, PlanId};
use serde::{Deserialize, Serialize};

pub use vocabulary::{AgeBand, Funding, MeasureStatus, PreventionLevel, WorkLevel};

use crate::theme::Theme;
use crate::timeline::NorDate;

/// How well a measure is documented to work: Ungsinn's levels 0–5, or not rated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    #[default]
    NotRated,
    Ungsinn(u8),
}

impl Evidence {
    /// `0`–`5`, or `not_rated`; also "ikke vurdert" and "Ungsinn 4".
    pub fn parse(s: &str) -> Option<Evidence> {
        let s = s.trim().to_lowercase();
        if s.is_empty() || matches!(s.as_str(), "not_rated" | "not rated" | "ikke vurdert" | "ikkje vurdert" | "-") {
            return Some(Evidence::NotRated);
        }
        let digits = s.trim_start_matches("ungsinn").trim_start().trim_start_matches("nivå");
        let digits = digits.trim_start_matches("level").trim();
        match digits.parse::<u8>() {
            Ok(level) if level <= 5 => Some(Evidence::Ungsinn(level)),
            _ => None,
        }
    }

    /// In bokmål words, as the spreadsheet writes it ("ikke vurdert", or the level).
    pub fn norwegian(self) -> String {
        match self {
            Evidence::NotRated => "ikke vurdert".into(),
            Evidence::Ungsinn(level) => level.to_string(),
        }
    }

    pub fn code(self) -> String {
        match self {
            Evidence::NotRated => "not_rated".into(),
            Evidence::Ungsinn(level) => level.to_string(),
        }
    }
}

/// A measure as the municipality describes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureFields {
    pub name: String,
    pub description: String,
    /// The one service that owns it.
    pub owner: String,
    pub partners: Vec<String>,
    pub age_bands: Vec<AgeBand>,
    pub prevention: Option<PreventionLevel>,
    pub themes: Vec<Theme>,
    /// The municipality's own themes beyond the county governor's list ("mobbing",
    /// "skolefravær"): the list is extensible.
    #[serde(default)]
    pub other_themes: Vec<String>,
    pub level: Option<WorkLevel>,
    pub evidence: Evidence,
    /// Where the rating comes from (a link to Ungsinn, a report).
    pub evidence_source: String,
    /// Kroner a year, in øre so sums are exact.
    pub yearly_cost_ore: Option<i64>,
    pub funding: Option<Funding>,
    pub grant_name: String,
    pub grant_ends: Option<NorDate>,
    /// How many it reaches in a year.
    pub reach: Option<u32>,
    pub status: Option<MeasureStatus>,
    pub start: Option<NorDate>,
    pub evaluation: Option<NorDate>,
    /// The goals it serves (ids of the plan's goals); not a spreadsheet column.
    #[serde(default)]
    pub goals: Vec<GoalId>,
    /// Its weight in the roll-up to goals (1 when not given).
    #[serde(default)]
    pub weight: Option<u32>,
}

/// A stored measure of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Measure {
    pub id: MeasureId,
    pub plan_id: PlanId,
    #[serde(flatten)]
    pub fields: MeasureFields,
}

/// Kroner as written in Norway — `12 500,50`, `12.500,50 kr`, `12500.5` — in øre.
pub fn parse_kroner(s: &str) -> Option<i64> {
    let cleaned: String = s
        .trim()
        .trim_end_matches(",-")
        .trim_end_matches("kr")
        .trim_start_matches("kr")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    if cleaned.is_empty() || cleaned.contains('-') {
        return None;
    }
    let normalised = match (cleaned.rfind(','), cleaned.rfind('.')) {
        // "12.500,50": dots group thousands, the comma is the decimal sign.
        (Some(_), _) => cleaned.replace('.', "").replace(',', "."),
        // "12.500" with three digits after the only dot groups thousands; "12500.5" is a decimal.
        (None, Some(dot)) if cleaned.matches('.').count() > 1 || cleaned.len() - dot - 1 == 3 => {
            cleaned.replace('.', "")
        }
        _ => cleaned,
    };
    let (whole, fraction) = normalised.split_once('.').unwrap_or((&normalised, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || fraction.len() > 2 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let ore: i64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(ore)
}

/// Øre as kroner the Norwegian way: `12 500,50`.
impl MeasureFields {
    /// True when one of `services` owns the measure or partners in it; names are
    /// compared as people write them, without regard to case or surrounding space.
    pub fn involves_any(&self, services: &[String]) -> bool {
        let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
        services
            .iter()
            .filter(|s| !s.trim().is_empty())
            .any(|service| same(&self.owner, service) || self.partners.iter().any(|p| same(p, service)))
    }
}

pub fn format_kroner(ore: i64) -> String {
    let whole = (ore / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(ch);
    }
    format!("{grouped},{:02}", ore % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_measure_involves_its_owner_and_partners_only() {
        let m = MeasureFields {
            owner: "Helsestasjonen".into(),
            partners: vec!["Skolen".into(), " NAV ".into()],
            ..MeasureFields::default()
        };
        let services = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(m.involves_any(&services(&["helsestasjonen"])));
        assert!(m.involves_any(&services(&["Barnehagen", "nav"])));
        assert!(!m.involves_any(&services(&["Barnevernet"])));
        assert!(!m.involves_any(&services(&[])));
        assert!(!MeasureFields::default().involves_any(&services(&[" "])), "a blank name involves nothing");
    }

    #[test]
    fn kroner_are_read_as_norwegians_write_them() {
        assert_eq!(parse_kroner("12 500,50"), Some(1_250_050));
        assert_eq!(parse_kroner("12.500,50 kr"), Some(1_250_050));
        assert_eq!(parse_kroner("kr 12500"), Some(1_250_000));
        assert_eq!(parse_kroner("12500.5"), Some(1_250_050));
        assert_eq!(parse_kroner("1.250.000"), Some(125_000_000));
        assert_eq!(parse_kroner("350 000,-"), Some(35_000_000));
        assert_eq!(parse_kroner("12,345"), None, "three decimals is not money");
        assert_eq!(parse_kroner("mye"), None);
        assert_eq!(parse_kroner("-5"), None, "no negative costs");
        assert_eq!(format_kroner(1_250_050), "12 500,50");
        assert_eq!(format_kroner(5), "0,05");
    }

    #[test]
    fn evidence_is_an_ungsinn_level_or_not_rated() {
        assert_eq!(Evidence::parse("4"), Some(Evidence::Ungsinn(4)));
        assert_eq!(Evidence::parse("Ungsinn 3"), Some(Evidence::Ungsinn(3)));
        assert_eq!(Evidence::parse("ikke vurdert"), Some(Evidence::NotRated));
        assert_eq!(Evidence::parse(""), Some(Evidence::NotRated));
        assert_eq!(Evidence::parse("6"), None);
    }

    proptest! {
        #[test]
        fn formatted_kroner_read_back(ore in 0i64..10_000_000_000) {
            prop_assert_eq!(parse_kroner(&format_kroner(ore)), Some(ore));
        }

        #[test]
        fn any_text_is_money_or_not_without_panicking(s in "\\PC{0,40}") {
            if let Some(ore) = parse_kroner(&s) {
                prop_assert!(ore >= 0);
            }
        }
    }
}
