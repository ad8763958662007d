//! Plans: the portfolio of a municipality, each with a type from the legal register, a
//! phase in the life cycle, a period, and the activities of its process.

pub mod activity;
pub mod outline;
pub mod presets;
pub mod process;
pub mod programme;
pub mod register;
#[cfg(test)]
mod seed_timelines;

use crate::ids::{OrgId, PlanId};
use serde::{Deserialize, Serialize};

use crate::people::ValidationError;

pub use activity::{Activity, ActivityFinding, ActivityKind};
pub use programme::Programme;
pub use register::{LegalReference, PlanType, register};

/// Where a plan is in its life cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Start,
    ProgrammeOnHearing,
    ProgrammeAdopted,
    Drafting,
    DraftOnHearing,
    RevisionAfterHearing,
    Adopted,
    FollowUp,
    /// Rullering: the periodic revision that starts the cycle again.
    PeriodicRevision,
}

impl Phase {
    /// Whether the planning programme may still be frozen for its hearing: before it
    /// is adopted, or when a revision starts the cycle again — not once the plan is
    /// being drafted, heard or adopted.
    pub fn programme_may_go_on_hearing(self) -> bool {
        matches!(self, Phase::Start | Phase::ProgrammeOnHearing | Phase::PeriodicRevision)
    }

    pub const ALL: [Phase; 9] = [
        Phase::Start,
        Phase::ProgrammeOnHearing,
        Phase::ProgrammeAdopted,
        Phase::Drafting,
        Phase::DraftOnHearing,
        Phase::RevisionAfterHearing,
        Phase::Adopted,
        Phase::FollowUp,
        Phase::PeriodicRevision,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Start => "start",
            Phase::ProgrammeOnHearing => "programme_on_hearing",
            Phase::ProgrammeAdopted => "programme_adopted",
            Phase::Drafting => "drafting",
            Phase::DraftOnHearing => "draft_on_hearing",
            Phase::RevisionAfterHearing => "revision_after_hearing",
            Phase::Adopted => "adopted",
            Phase::FollowUp => "follow_up",
            Phase::PeriodicRevision => "periodic_revision",
        }
    }

    pub fn parse(s: &str) -> Result<Phase, ValidationError> {
        Phase::ALL.into_iter().find(|p| p.as_str() == s).ok_or_else(|| ValidationError::Phase(s.to_owned()))
    }
}

/// A plan as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub id: PlanId,
    pub org_id: OrgId,
    pub plan_type: String,
    pub title: String,
    pub phase: Phase,
    pub period: Option<Period>,
    /// Made as a plan under plan- og bygningsloven (e.g. a kommunedelplan): the
    /// six-week hearings then bind.
    pub under_pbl: bool,
}

/// A plan about to be stored or changed: validated fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanFields {
    pub plan_type: String,
    pub title: String,
    pub phase: Phase,
    pub period: Option<Period>,
    pub under_pbl: bool,
}

/// The years a plan covers, e.g. 2024–2027.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: i32,
    pub to: i32,
}

impl Period {
    /// Both empty: no period. Otherwise two years, the second not before the first.
    pub fn parse(from: &str, to: &str) -> Result<Option<Period>, ValidationError> {
        let (from, to) = (from.trim(), to.trim());
        if from.is_empty() && to.is_empty() {
            return Ok(None);
        }
        let year = |s: &str| s.parse::<i32>().ok().filter(|y| (1990..=2100).contains(y));
        match (year(from), year(to)) {
            (Some(f), Some(t)) if f <= t => Ok(Some(Period { from: f, to: t })),
            _ => Err(ValidationError::Period(format!("{from}–{to}"))),
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}–{}", self.from, self.to)
    }
}

/// A plan's title: 1 to 200 characters.
pub fn parse_title(s: &str) -> Result<String, ValidationError> {
    let s = s.trim();
    if (1..=200).contains(&s.chars().count()) { Ok(s.to_owned()) } else { Err(ValidationError::Title) }
}

/// A plan type code from the register.
pub fn parse_plan_type(s: &str) -> Result<String, ValidationError> {
    register().plan_type(s.trim()).map(|t| t.code.clone()).ok_or_else(|| ValidationError::PlanType(s.to_owned()))
}

/// How one plan relates to another in the portfolio.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// Shares goals, target groups or measures.
    Overlaps,
    /// Is anchored in (derives its goals from) the other plan, e.g. the master plan.
    AnchoredIn,
}

impl LinkKind {
    pub const ALL: [LinkKind; 2] = [LinkKind::Overlaps, LinkKind::AnchoredIn];

    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Overlaps => "overlaps",
            LinkKind::AnchoredIn => "anchored_in",
        }
    }

    pub fn parse(s: &str) -> Option<LinkKind> {
        LinkKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_and_titles_are_checked() {
        assert_eq!(Period::parse("2024", "2027"), Ok(Some(Period { from: 2024, to: 2027 })));
        assert_eq!(Period::parse(" ", ""), Ok(None));
        assert!(Period::parse("2027", "2024").is_err());
        assert!(Period::parse("2024", "").is_err());
        assert!(Period::parse("tjue", "2024").is_err());
        assert!(parse_title("  ").is_err());
        assert_eq!(parse_title(" Plan for forebyggende arbeid "), Ok("Plan for forebyggende arbeid".into()));
        assert_eq!(parse_plan_type("preventive"), Ok("preventive".into()));
        assert!(parse_plan_type("secret").is_err());
        for p in Phase::ALL {
            assert_eq!(Phase::parse(p.as_str()), Ok(p));
        }
    }
}
