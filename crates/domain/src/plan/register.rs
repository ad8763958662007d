//! The shipped register of plan types and the legal references that require them.
//! It is data (`data/legal-register.json`), so a renumbered paragraph — barnevernloven
//! § 3-1 became barnevernsloven § 15-1 on 1 January 2023 — is an edit there, not a
//! change of code: each reference says from when (and until when) it is in force.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::Lang;
use crate::timeline::NorDate;

const REGISTER: &str = include_str!("../../data/legal-register.json");

/// A paragraph of a law, in force for a period.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct LegalReference {
    pub id: String,
    pub law: String,
    pub paragraph: String,
    /// What the paragraph requires, in a line.
    pub subject: String,
    pub in_force_from: Option<NorDate>,
    pub in_force_to: Option<NorDate>,
}

impl LegalReference {
    /// True when the paragraph is in force on `day` (a missing start date counts as
    /// "long in force").
    pub fn in_force_on(&self, day: NorDate) -> bool {
        self.in_force_from.is_none_or(|from| from <= day) && self.in_force_to.is_none_or(|to| day <= to)
    }

    /// "barnevernsloven § 15-1".
    pub fn citation(&self) -> String {
        format!("{} {}", self.law, self.paragraph)
    }
}

#[derive(Clone, Debug, Deserialize)]
struct Names {
    nb: String,
    nn: String,
    en: String,
}

/// A guidance document for a kind of plan: its title and who publishes it (the
/// reference list of seed 000, Statsforvalteren i Vestland's invitation to a joint
/// planning process).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Guidance {
    pub title: String,
    pub publisher: String,
}

/// A kind of plan, with the references that require it.
#[derive(Clone, Debug, Deserialize)]
pub struct PlanType {
    pub code: String,
    name: Names,
    /// Only the municipal council may adopt it (cannot be delegated).
    pub council_must_adopt: bool,
    references: Vec<String>,
    /// Guidance documents for making the plan.
    #[serde(default)]
    pub guidance: Vec<Guidance>,
}

impl PlanType {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.name.nb,
            Lang::Nn => &self.name.nn,
            Lang::En => &self.name.en,
        }
    }

    /// The references in force on `day`, e.g. § 3-1 in 2022 and § 15-1 from 2023.
    pub fn references_on(&self, day: NorDate) -> Vec<&'static LegalReference> {
        self.references.iter().filter_map(|id| register().reference(id)).filter(|r| r.in_force_on(day)).collect()
    }
}

#[derive(Debug, Deserialize)]
pub struct Register {
    references: Vec<LegalReference>,
    plan_types: Vec<PlanType>,
}

impl Register {
    pub fn plan_types(&self) -> &[PlanType] {
        &self.plan_types
    }

    pub fn plan_type(&self, code: &str) -> Option<&PlanType> {
        self.plan_types.iter().find(|t| t.code == code)
    }

    pub fn reference(&self, id: &str) -> Option<&LegalReference> {
        self.references.iter().find(|r| r.id == id)
    }
}

/// The register. The shipped file is checked by the tests below; were it broken, the
/// register would be empty rather than the program dead.
pub fn register() -> &'static Register {
    static PARSED: LazyLock<Register> = LazyLock::new(|| {
        serde_json::from_str(REGISTER).unwrap_or(Register { references: Vec::new(), plan_types: Vec::new() })
    });
    &PARSED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_parses_and_every_reference_resolves() {
        let parsed: Register = serde_json::from_str(REGISTER).unwrap();
        assert!(parsed.plan_types.len() >= 7);
        for t in &parsed.plan_types {
            for id in &t.references {
                assert!(parsed.reference(id).is_some(), "{} names unknown reference {id}", t.code);
            }
        }
        for code in ["preventive", "upbringing", "violence", "suicide", "alcohol", "master_plan", "other"] {
            assert!(register().plan_type(code).is_some(), "{code}");
        }
    }

    #[test]
    fn paragraph_3_1_became_15_1_in_2023() {
        let preventive = register().plan_type("preventive").unwrap();
        let on = |s: &str| -> Vec<String> {
            preventive.references_on(NorDate::parse(s).unwrap()).iter().map(|r| r.citation()).collect()
        };
        assert_eq!(on("01.06.2022"), ["barnevernloven (1992) § 3-1"]);
        assert_eq!(on("01.06.2023"), ["barnevernsloven § 15-1"]);
        assert!(preventive.council_must_adopt);
        assert_eq!(preventive.name(Lang::Nn), "Plan for førebyggjande arbeid");
    }
}
