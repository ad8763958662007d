//! The hearing rules: at least six weeks (plan- og bygningsloven §§ 11-13 and 11-14,
//! binding when the plan is made under that act, good practice otherwise), and a
//! warning when the hearing runs over the summer or Christmas holiday.

use crate::timeline::dates::NorDate;
use crate::timeline::holidays::{self, HolidayKind};

/// Six weeks, in days.
pub const MIN_HEARING_DAYS: i64 = 42;

/// What a careful reader of the law says about a hearing period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HearingFinding {
    /// The deadline is on or before the start.
    DeadlineNotAfterStart,
    /// Shorter than six weeks. `blocking` when the plan is made under plan- og
    /// bygningsloven and no justification is recorded.
    ShorterThanSixWeeks { days: i64, earliest_deadline: NorDate, blocking: bool },
    /// Runs over a holiday; consider the suggested, longer deadline.
    OverHoliday { holiday: HolidayKind, days: i64, suggested_deadline: NorDate },
}

impl HearingFinding {
    pub fn is_blocking(&self) -> bool {
        match self {
            HearingFinding::DeadlineNotAfterStart => true,
            HearingFinding::ShorterThanSixWeeks { blocking, .. } => *blocking,
            HearingFinding::OverHoliday { .. } => false,
        }
    }
}

/// Checks a hearing from `start` (the day it is published) to `deadline` (the last day
/// to respond).
pub fn check(start: NorDate, deadline: NorDate, under_pbl: bool, justification: Option<&str>) -> Vec<HearingFinding> {
    if deadline <= start {
        return vec![HearingFinding::DeadlineNotAfterStart];
    }
    let mut findings = Vec::new();
    let days = start.days_until(deadline);
    let six_weeks = start.plus_days(MIN_HEARING_DAYS);
    if days < MIN_HEARING_DAYS {
        let justified = justification.is_some_and(|j| !j.trim().is_empty());
        findings.push(HearingFinding::ShorterThanSixWeeks {
            days,
            earliest_deadline: six_weeks,
            blocking: under_pbl && !justified,
        });
    }
    for (holiday, overlap) in holidays::overlapping(start, deadline) {
        findings.push(HearingFinding::OverHoliday {
            holiday: holiday.kind,
            days: overlap,
            suggested_deadline: deadline.max(six_weeks).plus_days(overlap),
        });
    }
    findings
}

/// The earliest deadline for a hearing starting on `start` that gives six weeks
/// outside the holidays (so neither rule nor warning is left).
pub fn earliest_full_deadline(start: NorDate) -> NorDate {
    let mut deadline = start.plus_days(MIN_HEARING_DAYS);
    loop {
        let needed = MIN_HEARING_DAYS + holidays::holiday_days(start, deadline);
        if start.days_until(deadline) >= needed {
            return deadline;
        }
        deadline = start.plus_days(needed);
    }
}

/// True when a hearing gives six weeks outside the holidays.
pub fn is_full_length(start: NorDate, deadline: NorDate) -> bool {
    start.days_until(deadline) >= MIN_HEARING_DAYS + holidays::holiday_days(start, deadline)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NorDate {
        NorDate::parse(s).unwrap()
    }

    #[test]
    fn six_weeks_is_enough_and_five_is_not() {
        assert!(check(d("01.03.2024"), d("12.04.2024"), true, None).is_empty());
        let short = check(d("01.03.2024"), d("05.04.2024"), true, None);
        assert_eq!(
            short,
            vec![HearingFinding::ShorterThanSixWeeks { days: 35, earliest_deadline: d("12.04.2024"), blocking: true }]
        );
        assert!(short[0].is_blocking());
        // Outside plan- og bygningsloven, or with a reason recorded, it is a warning.
        assert!(!check(d("01.03.2024"), d("05.04.2024"), false, None)[0].is_blocking());
        assert!(!check(d("01.03.2024"), d("05.04.2024"), true, Some("Vedtak må fattes før valget"))[0].is_blocking());
        assert!(check(d("01.03.2024"), d("05.04.2024"), true, Some("  "))[0].is_blocking());
        assert_eq!(check(d("05.04.2024"), d("05.04.2024"), false, None), vec![HearingFinding::DeadlineNotAfterStart]);
    }

    #[test]
    fn a_summer_hearing_is_warned_about() {
        let f = check(d("19.06.2023"), d("06.08.2023"), true, None);
        assert_eq!(
            f,
            vec![HearingFinding::OverHoliday {
                holiday: HolidayKind::Summer,
                days: 28,
                suggested_deadline: d("03.09.2023")
            }]
        );
        assert!(!f[0].is_blocking());
    }

    proptest! {
        #[test]
        fn the_earliest_full_deadline_satisfies_both_rules(offset in 0i64..3000) {
            let start = d("01.01.2020").plus_days(offset);
            let deadline = earliest_full_deadline(start);
            prop_assert!(is_full_length(start, deadline));
            prop_assert!(check(start, deadline, true, None).iter().all(|f| !f.is_blocking()));
            prop_assert!(start.days_until(deadline) >= MIN_HEARING_DAYS);
            // And it is the earliest: one day less is not full length.
            prop_assert!(!is_full_length(start, deadline.plus_days(-1)));
        }

        #[test]
        fn a_longer_hearing_is_never_less_compliant(offset in 0i64..3000, len in 1i64..120, more in 0i64..60) {
            let start = d("01.01.2020").plus_days(offset);
            let blocking = |deadline: NorDate| check(start, deadline, true, None).iter().any(HearingFinding::is_blocking);
            let short = start.plus_days(len);
            let long = start.plus_days(len + more);
            prop_assert!(!blocking(short) || blocking(short) >= blocking(long));
            if is_full_length(start, short) {
                prop_assert!(is_full_length(start, long));
            }
        }
    }
}
