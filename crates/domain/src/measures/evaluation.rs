//! When measures are to be evaluated: the Seljord report's "fixed evaluation dates",
//! and which are overdue.

use super::MeasureFields;
use crate::timeline::NorDate;

/// How soon "due soon" is.
pub const DUE_SOON_DAYS: i64 = 60;

/// Where a measure stands with its evaluation on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvaluationState {
    /// The evaluation date has passed: days since.
    Overdue(i64),
    /// Due within [`DUE_SOON_DAYS`]: days left.
    DueSoon(i64),
    Later,
    /// An active measure without an evaluation date: the Seljord criteria want one.
    NoDate,
    /// Proposed, not begun: its evaluation (if dated) belongs to the plan already.
    Proposed,
    /// Ended: nothing to evaluate now.
    NotActive,
}

impl EvaluationState {
    /// The order of an evaluation schedule: what needs doing first.
    fn rank(self) -> u8 {
        match self {
            EvaluationState::Overdue(_) => 0,
            EvaluationState::DueSoon(_) => 1,
            EvaluationState::Later => 2,
            EvaluationState::NoDate => 3,
            EvaluationState::Proposed => 4,
            EvaluationState::NotActive => 5,
        }
    }
}

/// The order of measures in an evaluation schedule: by state (overdue, due soon, later,
/// without a date, proposed), and within a state by evaluation date, the earliest (the
/// longest overdue) first, then by name.
pub fn schedule_order(m: &MeasureFields, today: NorDate) -> (u8, Option<NorDate>, String) {
    (evaluation_state(m, today).rank(), m.evaluation, m.name.to_lowercase())
}

pub fn evaluation_state(m: &MeasureFields, today: NorDate) -> EvaluationState {
    if m.status == Some(super::MeasureStatus::Proposed) {
        return EvaluationState::Proposed;
    }
    if !m.status.is_some_and(|s| s.is_active()) {
        return EvaluationState::NotActive;
    }
    match m.evaluation {
        None => EvaluationState::NoDate,
        Some(date) if date < today => EvaluationState::Overdue(date.days_until(today)),
        Some(date) if today.days_until(date) <= DUE_SOON_DAYS => EvaluationState::DueSoon(today.days_until(date)),
        Some(_) => EvaluationState::Later,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measures::MeasureStatus;
    use proptest::prelude::*;

    fn on(status: MeasureStatus, evaluation: Option<&str>) -> MeasureFields {
        MeasureFields {
            status: Some(status),
            evaluation: evaluation.map(|d| NorDate::parse(d).unwrap()),
            ..MeasureFields::default()
        }
    }

    #[test]
    fn overdue_due_soon_and_missing_dates() {
        let today = NorDate::parse("23.11.2026").unwrap();
        assert_eq!(
            evaluation_state(&on(MeasureStatus::Running, Some("01.11.2026")), today),
            EvaluationState::Overdue(22)
        );
        assert_eq!(
            evaluation_state(&on(MeasureStatus::Existing, Some("23.11.2026")), today),
            EvaluationState::DueSoon(0)
        );
        assert_eq!(
            evaluation_state(&on(MeasureStatus::Running, Some("22.01.2027")), today),
            EvaluationState::DueSoon(60)
        );
        assert_eq!(evaluation_state(&on(MeasureStatus::Running, Some("23.01.2027")), today), EvaluationState::Later);
        assert_eq!(evaluation_state(&on(MeasureStatus::Running, None), today), EvaluationState::NoDate);
        assert_eq!(evaluation_state(&on(MeasureStatus::Ended, Some("01.01.2020")), today), EvaluationState::NotActive);
        assert_eq!(evaluation_state(&on(MeasureStatus::Proposed, None), today), EvaluationState::Proposed);
    }

    #[test]
    fn a_schedule_is_ordered_by_state_then_date() {
        let today = NorDate::parse("23.11.2026").unwrap();
        let named = |name: &str, status, date| MeasureFields { name: name.into(), ..on(status, date) };
        let mut all = [
            named("Sent", MeasureStatus::Running, Some("01.06.2028")),
            named("Foreslått", MeasureStatus::Proposed, Some("01.01.2027")),
            named("Udatert", MeasureStatus::Running, None),
            named("Tidlig", MeasureStatus::Running, Some("01.03.2027")),
            named("Lenge over", MeasureStatus::Existing, Some("01.01.2025")),
            named("Snart", MeasureStatus::Running, Some("01.12.2026")),
            named("Over", MeasureStatus::Running, Some("01.11.2026")),
        ];
        all.sort_by_key(|m| schedule_order(m, today));
        let names: Vec<&str> = all.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Lenge over", "Over", "Snart", "Tidlig", "Sent", "Udatert", "Foreslått"]);
    }

    proptest! {
        #[test]
        fn overdue_exactly_when_the_date_has_passed(offset in -2000i64..2000) {
            let today = NorDate::parse("23.11.2026").unwrap();
            let m = MeasureFields { evaluation: Some(today.plus_days(offset)), ..on(MeasureStatus::Running, None) };
            let overdue = matches!(evaluation_state(&m, today), EvaluationState::Overdue(_));
            prop_assert_eq!(overdue, offset < 0);
        }
    }
}
