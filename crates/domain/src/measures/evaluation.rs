//! When measures are to be evaluated: the Seljord report's "fixed evaluation dates",
//! and which are overdue.

use super::MeasureFields;
use crate::timeline::NorDate;

/// How soon "due soon" is.
pub const DUE_SOON_DAYS: i64 = 60;

/// Where a measure stands with its evaluation on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EvaluationState {
    /// The evaluation date has passed: days since.
    Overdue(i64),
    /// Due within [`DUE_SOON_DAYS`]: days left.
    DueSoon(i64),
    Later,
    /// An active measure without an evaluation date: the Seljord criteria want one.
    NoDate,
    /// Proposed or ended: nothing to evaluate now.
    NotActive,
}

pub fn evaluation_state(m: &MeasureFields, today: NorDate) -> EvaluationState {
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
        assert_eq!(evaluation_state(&on(MeasureStatus::Proposed, None), today), EvaluationState::NotActive);
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
