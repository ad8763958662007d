//! A municipality's status line on the county dashboard, made from its plans, their
//! activities and measures: whether its plan for preventive work (barnevernsloven
//! § 15-1) is adopted, the phase of the one in progress today, that plan's next hearing
//! deadline and political treatment, the themes the measures of all its plans cover,
//! and how many measures are overdue for evaluation.

use serde::Serialize;

use crate::measures::Measure;
use crate::measures::evaluation::{EvaluationState, evaluation_state};
use crate::plan::activity::{Activity, ActivityKind};
use crate::plan::{Phase, Plan};
use crate::theme::Theme;
use crate::timeline::NorDate;

/// The plan type the law requires of every municipality.
pub const PREVENTIVE: &str = "preventive";

/// Whether the municipality has an adopted plan for preventive work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", content = "on", rename_all = "snake_case")]
pub enum Adoption {
    /// No plan of the kind is adopted (there may be one in progress).
    No,
    /// Adopted; the day, when its adoption is registered as done.
    Adopted(Option<NorDate>),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusLine {
    /// How many plans the municipality has in the system (0: "no plan registered").
    pub plans: usize,
    pub adoption: Adoption,
    /// The phase of the plan for preventive work being made or revised, if any.
    pub in_progress: Option<Phase>,
    /// The next hearing deadline of its plans for preventive work, today or later.
    pub next_hearing: Option<NorDate>,
    /// Their next treatment in a political body, today or later.
    pub next_treatment: Option<NorDate>,
    /// The county governor's themes its measures cover, across all its plans.
    pub themes: Vec<Theme>,
    /// Active measures whose evaluation date has passed.
    pub overdue: usize,
}

impl StatusLine {
    pub fn of(plans: &[Plan], activities: &[Activity], measures: &[Measure], today: NorDate) -> StatusLine {
        // Each plan for preventive work with its phase today (a hearing past its
        // deadline has closed) and its activities.
        let preventive: Vec<(Plan, Vec<&Activity>)> = plans
            .iter()
            .filter(|p| p.plan_type == PREVENTIVE)
            .map(|p| {
                let own: Vec<Activity> = activities.iter().filter(|a| a.plan_id == p.id).cloned().collect();
                let phase = crate::plan::process::phase_on(p.phase, &own, today);
                (Plan { phase, ..p.clone() }, activities.iter().filter(|a| a.plan_id == p.id).collect())
            })
            .collect();
        let adoption = match preventive.iter().find(|(p, _)| is_adopted(p.phase)) {
            None => Adoption::No,
            Some((_, own)) => Adoption::Adopted(
                own.iter()
                    .filter(|a| a.fields.kind == ActivityKind::PlanAdoption && a.fields.done)
                    .map(|a| a.fields.start)
                    .max(),
            ),
        };
        // A revision (rullering) is in progress while the plan it revises still holds.
        let in_progress =
            preventive.iter().map(|(p, _)| p.phase).find(|phase| !matches!(phase, Phase::Adopted | Phase::FollowUp));
        let next = |kinds: &[ActivityKind], when: fn(&Activity) -> Option<NorDate>| {
            preventive
                .iter()
                .flat_map(|(_, own)| own.iter().copied())
                .filter(|a| kinds.contains(&a.fields.kind) && !a.fields.done)
                .filter_map(when)
                .filter(|d| *d >= today)
                .min()
        };
        let next_hearing = next(&[ActivityKind::ProgrammeHearing, ActivityKind::DraftHearing], |a| a.fields.end);
        let next_treatment = next(
            &[ActivityKind::PoliticalTreatment, ActivityKind::ProgrammeAdoption, ActivityKind::PlanAdoption],
            |a| Some(a.fields.start),
        );
        let mut themes: Vec<Theme> = measures.iter().flat_map(|m| m.fields.themes.iter().copied()).collect();
        themes.sort_unstable();
        themes.dedup();
        let overdue = measures
            .iter()
            .filter(|m| matches!(evaluation_state(&m.fields, today), EvaluationState::Overdue(_)))
            .count();
        StatusLine { plans: plans.len(), adoption, in_progress, next_hearing, next_treatment, themes, overdue }
    }
}

/// An adopted plan stays adopted while it is followed up and until its revision
/// (rullering) is adopted in turn.
fn is_adopted(phase: Phase) -> bool {
    matches!(phase, Phase::Adopted | Phase::FollowUp | Phase::PeriodicRevision)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ActivityId, MeasureId, OrgId, PlanId};
    use crate::measures::{MeasureFields, MeasureStatus};
    use crate::plan::activity::ActivityFields;

    fn day(s: &str) -> NorDate {
        NorDate::parse(s).unwrap()
    }

    fn plan(id: i64, plan_type: &str, phase: Phase) -> Plan {
        Plan {
            id: PlanId::new(id),
            org_id: OrgId::new(1),
            plan_type: plan_type.into(),
            title: "Plan".into(),
            phase,
            period: None,
            under_pbl: false,
        }
    }

    fn activity(plan: i64, kind: ActivityKind, start: &str, end: Option<&str>, done: bool) -> Activity {
        Activity {
            id: ActivityId::new(1),
            plan_id: PlanId::new(plan),
            fields: ActivityFields {
                kind,
                title: "A".into(),
                start: day(start),
                end: end.map(day),
                responsible: String::new(),
                body: None,
                done,
                justification: String::new(),
            },
            hearing: Default::default(),
        }
    }

    fn measure(themes: Vec<Theme>, evaluation: Option<&str>) -> Measure {
        Measure {
            id: MeasureId::new(1),
            plan_id: PlanId::new(1),
            fields: MeasureFields {
                themes,
                evaluation: evaluation.map(day),
                status: Some(MeasureStatus::Running),
                ..MeasureFields::default()
            },
        }
    }

    #[test]
    fn nothing_registered_reads_as_no_plan() {
        let line = StatusLine::of(&[], &[], &[], day("01.03.2027"));
        assert_eq!((line.plans, line.adoption, line.in_progress), (0, Adoption::No, None));
    }

    #[test]
    fn an_adopted_plan_its_revision_and_what_comes_next() {
        let today = day("01.03.2027");
        let plans = [plan(1, "preventive", Phase::PeriodicRevision), plan(2, "violence", Phase::Drafting)];
        let activities = [
            activity(1, ActivityKind::PlanAdoption, "14.06.2023", None, true),
            activity(1, ActivityKind::DraftHearing, "01.02.2027", Some("20.03.2027"), false),
            activity(2, ActivityKind::ProgrammeHearing, "01.01.2027", Some("15.02.2027"), false),
            activity(1, ActivityKind::PoliticalTreatment, "10.04.2027", None, false),
            activity(2, ActivityKind::PoliticalTreatment, "05.04.2027", None, false),
            activity(2, ActivityKind::PoliticalTreatment, "05.01.2027", None, false),
        ];
        let measures = [
            measure(vec![Theme::Violence, Theme::MentalHealth], Some("01.01.2027")),
            measure(vec![Theme::Violence], Some("01.01.2028")),
        ];
        let line = StatusLine::of(&plans, &activities, &measures, today);
        assert_eq!(line.adoption, Adoption::Adopted(Some(day("14.06.2023"))));
        assert_eq!(line.in_progress, Some(Phase::PeriodicRevision), "revised while it holds");
        assert_eq!(line.next_hearing, Some(day("20.03.2027")), "a passed deadline is not next");
        assert_eq!(line.next_treatment, Some(day("10.04.2027")), "of the plan for preventive work, not the others");
        assert_eq!(line.themes, vec![Theme::Violence, Theme::MentalHealth]);
        assert_eq!(line.overdue, 1);
    }

    #[test]
    fn a_plan_in_the_making_is_not_adopted() {
        let plans = [plan(1, "preventive", Phase::DraftOnHearing)];
        let line = StatusLine::of(&plans, &[], &[], day("01.03.2027"));
        assert_eq!((line.adoption, line.in_progress), (Adoption::No, Some(Phase::DraftOnHearing)));
    }
}
