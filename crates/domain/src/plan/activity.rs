//! Activities of a plan's process and what the law says about each: hearings must run
//! six weeks, and a § 15-1 plan is adopted by the council.

use crate::ids::{ActivityId, PlanId};
use serde::{Deserialize, Serialize};

use crate::people::ValidationError;
use crate::timeline::adoption::check_plan_adoption;
use crate::timeline::hearing::{self, HearingFinding};
use crate::timeline::{BodyKind, NorDate};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// A case in a political or advisory body (e.g. sending a document on hearing).
    PoliticalTreatment,
    ProgrammeHearing,
    /// The programme is adopted (fastsatt).
    ProgrammeAdoption,
    Participation,
    Drafting,
    DraftHearing,
    /// Assessing the inputs and revising the draft.
    Revision,
    /// The plan is adopted.
    PlanAdoption,
    Other,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 9] = [
        ActivityKind::PoliticalTreatment,
        ActivityKind::ProgrammeHearing,
        ActivityKind::ProgrammeAdoption,
        ActivityKind::Participation,
        ActivityKind::Drafting,
        ActivityKind::DraftHearing,
        ActivityKind::Revision,
        ActivityKind::PlanAdoption,
        ActivityKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActivityKind::PoliticalTreatment => "political_treatment",
            ActivityKind::ProgrammeHearing => "programme_hearing",
            ActivityKind::ProgrammeAdoption => "programme_adoption",
            ActivityKind::Participation => "participation",
            ActivityKind::Drafting => "drafting",
            ActivityKind::DraftHearing => "draft_hearing",
            ActivityKind::Revision => "revision",
            ActivityKind::PlanAdoption => "plan_adoption",
            ActivityKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<ActivityKind, ValidationError> {
        ActivityKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| ValidationError::ActivityKind(s.to_owned()))
    }

    pub fn is_hearing(self) -> bool {
        matches!(self, ActivityKind::ProgrammeHearing | ActivityKind::DraftHearing)
    }

    /// Decisions are taken by a body.
    pub fn needs_body(self) -> bool {
        matches!(self, ActivityKind::PlanAdoption | ActivityKind::ProgrammeAdoption | ActivityKind::PoliticalTreatment)
    }
}

/// An activity as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Activity {
    pub id: ActivityId,
    pub plan_id: PlanId,
    #[serde(flatten)]
    pub fields: ActivityFields,
    /// For a hearing: whether it has been opened and closed (see `plan::process`).
    pub hearing: super::process::HearingState,
}

/// The validated content of an activity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityFields {
    pub kind: ActivityKind,
    pub title: String,
    pub start: NorDate,
    /// The end; for a hearing, the deadline.
    pub end: Option<NorDate>,
    /// Who carries it out (a group, a service, a person).
    pub responsible: String,
    /// The body that treats or decides it.
    pub body: Option<BodyKind>,
    pub done: bool,
    /// Why a hearing is shorter than six weeks, when it is.
    pub justification: String,
}

/// What the rules say about an activity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActivityFinding {
    Hearing(HearingFinding),
    /// A hearing needs a deadline.
    HearingWithoutDeadline,
    /// The end is before the start.
    EndBeforeStart,
    /// A decision needs the body that takes it.
    DecisionWithoutBody,
    /// Only the council may adopt this plan.
    NotAdoptedByCouncil(BodyKind),
}

impl ActivityFinding {
    /// Blocking findings stop the activity from being saved.
    pub fn is_blocking(&self) -> bool {
        match self {
            ActivityFinding::Hearing(h) => h.is_blocking(),
            ActivityFinding::HearingWithoutDeadline | ActivityFinding::EndBeforeStart => true,
            ActivityFinding::DecisionWithoutBody | ActivityFinding::NotAdoptedByCouncil(_) => false,
        }
    }
}

impl ActivityFields {
    /// Checks the activity of a plan that is (or is not) made under plan- og
    /// bygningsloven and that only the council may (or may not) adopt.
    pub fn findings(&self, under_pbl: bool, council_must_adopt: bool) -> Vec<ActivityFinding> {
        let mut found = Vec::new();
        if let Some(end) = self.end
            && end < self.start
        {
            found.push(ActivityFinding::EndBeforeStart);
        }
        if self.kind.is_hearing() {
            match self.end {
                // An end before the start is already reported above.
                Some(deadline) if deadline >= self.start => found.extend(
                    hearing::check(self.start, deadline, under_pbl, Some(&self.justification))
                        .into_iter()
                        .map(ActivityFinding::Hearing),
                ),
                Some(_) => {}
                None => found.push(ActivityFinding::HearingWithoutDeadline),
            }
        }
        if self.kind.needs_body() && self.body.is_none() {
            found.push(ActivityFinding::DecisionWithoutBody);
        }
        if self.kind == ActivityKind::PlanAdoption
            && let Some(body) = self.body
            && let Some(f) = check_plan_adoption(council_must_adopt, body)
        {
            found.push(ActivityFinding::NotAdoptedByCouncil(f.body));
        }
        found
    }
}
