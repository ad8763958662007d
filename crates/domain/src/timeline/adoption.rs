//! Who may adopt a plan. The municipal council adopts a § 15-1 plan itself and cannot
//! delegate it (barnevernsloven § 15-1); a planning programme may be adopted
//! (fastsatt) by a committee the council has delegated to.

use crate::timeline::bodies::BodyKind;

/// The finding when a plan that only the council may adopt is adopted by another body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAdoptedByCouncil {
    pub body: BodyKind,
}

/// Checks the body that adopts the plan.
pub fn check_plan_adoption(council_must_adopt: bool, body: BodyKind) -> Option<NotAdoptedByCouncil> {
    (council_must_adopt && body != BodyKind::Council).then_some(NotAdoptedByCouncil { body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_council_adopts_a_15_1_plan() {
        assert_eq!(check_plan_adoption(true, BodyKind::Council), None);
        assert_eq!(
            check_plan_adoption(true, BodyKind::ExecutiveCommittee),
            Some(NotAdoptedByCouncil { body: BodyKind::ExecutiveCommittee })
        );
        assert_eq!(check_plan_adoption(false, BodyKind::StandingCommittee), None);
    }
}
