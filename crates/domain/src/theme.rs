//! The themes the county governor expects every municipality to plan for. Inputs,
//! measures and plans are tagged with them.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Neglect,
    Violence,
    SexualAbuse,
    Suicide,
    Overdose,
    AlcoholAndDrugs,
    BehaviouralProblems,
    PhysicalHealth,
    MentalHealth,
    PublicHealth,
}

impl Theme {
    pub const ALL: [Theme; 10] = [
        Theme::Neglect,
        Theme::Violence,
        Theme::SexualAbuse,
        Theme::Suicide,
        Theme::Overdose,
        Theme::AlcoholAndDrugs,
        Theme::BehaviouralProblems,
        Theme::PhysicalHealth,
        Theme::MentalHealth,
        Theme::PublicHealth,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Neglect => "neglect",
            Theme::Violence => "violence",
            Theme::SexualAbuse => "sexual_abuse",
            Theme::Suicide => "suicide",
            Theme::Overdose => "overdose",
            Theme::AlcoholAndDrugs => "alcohol_and_drugs",
            Theme::BehaviouralProblems => "behavioural_problems",
            Theme::PhysicalHealth => "physical_health",
            Theme::MentalHealth => "mental_health",
            Theme::PublicHealth => "public_health",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The bokmål name, as spreadsheets made by hand use it.
    pub fn norwegian(self) -> &'static str {
        match self {
            Theme::Neglect => "omsorgssvikt",
            Theme::Violence => "vold",
            Theme::SexualAbuse => "seksuelle overgrep",
            Theme::Suicide => "selvmord",
            Theme::Overdose => "overdose",
            Theme::AlcoholAndDrugs => "rus og avhengighet",
            Theme::BehaviouralProblems => "atferdsproblemer",
            Theme::PhysicalHealth => "fysisk helse",
            Theme::MentalHealth => "psykisk helse",
            Theme::PublicHealth => "folkehelse",
        }
    }

    /// A theme by its code or its bokmål, nynorsk or English name, in any case.
    pub fn parse_any(s: &str) -> Option<Theme> {
        let s = s.trim().to_lowercase();
        Theme::ALL.into_iter().find(|t| t.as_str() == s || t.norwegian() == s || t.other_names().contains(&s.as_str()))
    }

    /// The nynorsk and English names, lower case, as sheets and the interface write them.
    fn other_names(self) -> &'static [&'static str] {
        match self {
            Theme::Neglect => &["neglect"],
            Theme::Violence => &["vald"],
            Theme::SexualAbuse => &["sexual abuse"],
            Theme::Suicide => &["sjølvmord"],
            Theme::Overdose => &[],
            Theme::AlcoholAndDrugs => &["rus og avhengnad", "alcohol and drugs"],
            Theme::BehaviouralProblems => &["åtferdsvanskar", "behavioural problems"],
            Theme::PhysicalHealth => &["physical health"],
            Theme::MentalHealth => &["mental health"],
            Theme::PublicHealth => &["public health"],
        }
    }

    /// Themes stored as a comma-separated list; unknown codes are dropped.
    pub fn parse_list(s: &str) -> Vec<Theme> {
        let mut themes: Vec<Theme> = s.split(',').filter_map(|t| Theme::parse(t.trim())).collect();
        themes.sort();
        themes.dedup();
        themes
    }

    pub fn list_to_string(themes: &[Theme]) -> String {
        themes.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_lists_round_trip() {
        let list = Theme::parse_list("violence, suicide,unknown,violence");
        assert_eq!(list, vec![Theme::Violence, Theme::Suicide]);
        assert_eq!(Theme::parse_list(&Theme::list_to_string(&list)), list);
        assert!(Theme::parse_list("").is_empty());
    }
}
