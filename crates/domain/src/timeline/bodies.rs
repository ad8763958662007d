//! The political and advisory bodies that treat a plan.

use serde::{Deserialize, Serialize};

/// A body that treats plans. The kinds are those the seeds name; `Other` covers local
/// committees with other names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// Kommunestyret: the municipal council.
    Council,
    /// Formannskapet: the executive committee.
    ExecutiveCommittee,
    /// Hovedutvalg: a standing committee (e.g. for children and youth).
    StandingCommittee,
    /// Ungdomsrådet.
    YouthCouncil,
    /// Råd for personer med funksjonsnedsettelse.
    DisabilityCouncil,
    /// Eldrerådet.
    ElderlyCouncil,
    /// Administration: the chief executive or a sector leader.
    Administration,
    Other,
}

impl BodyKind {
    pub const ALL: [BodyKind; 8] = [
        BodyKind::Council,
        BodyKind::ExecutiveCommittee,
        BodyKind::StandingCommittee,
        BodyKind::YouthCouncil,
        BodyKind::DisabilityCouncil,
        BodyKind::ElderlyCouncil,
        BodyKind::Administration,
        BodyKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BodyKind::Council => "council",
            BodyKind::ExecutiveCommittee => "executive_committee",
            BodyKind::StandingCommittee => "standing_committee",
            BodyKind::YouthCouncil => "youth_council",
            BodyKind::DisabilityCouncil => "disability_council",
            BodyKind::ElderlyCouncil => "elderly_council",
            BodyKind::Administration => "administration",
            BodyKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<BodyKind> {
        BodyKind::ALL.into_iter().find(|b| b.as_str() == s)
    }
}
