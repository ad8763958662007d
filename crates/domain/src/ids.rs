//! Typed ids: a plan's id cannot be passed where a measure's is wanted. Each is the
//! number storage gave the row, carried unchanged (serde-transparent) from the address
//! of a page to the `WHERE` clause.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// The id storage gave the row.
            pub const fn new(id: i64) -> Self {
                Self(id)
            }

            /// The number, for storage to bind.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map(Self)
            }
        }
    )*};
}

ids! {
    /// An organisation (municipality, county, regional body).
    OrgId,
    /// A person with an account.
    UserId,
    /// A plan of an organisation.
    PlanId,
    /// An activity of a plan's process calendar.
    ActivityId,
    /// A measure (tiltak) of a plan.
    MeasureId,
    /// A goal, sub-goal or strategy of a plan.
    GoalId,
    /// A status report of a measure.
    ReportId,
    /// An input (hearing response, letter, workshop note…) to a plan.
    InputId,
    /// A file attached to an input.
    AttachmentId,
    /// A dialogue conference of a plan.
    ConferenceId,
    /// A frozen version of a plan's document.
    VersionId,
    /// An invitation to take a role in an organisation.
    InvitationId,
    /// An indicator of the knowledge base (one measure of one statistics table).
    IndicatorId,
    /// A survey of a plan.
    SurveyId,
    /// A network gathering of a regional body.
    GatheringId,
    /// A reflection task a regional body poses to its county's municipalities.
    ReflectionId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_and_writes_as_its_number() {
        let id: PlanId = "42".parse().unwrap();
        assert_eq!(id, PlanId::new(42));
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<PlanId>("42").unwrap(), id);
        assert!("4x".parse::<PlanId>().is_err());
    }
}
