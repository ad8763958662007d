//! Holiday periods in which few people read hearing documents: the summer holiday
//! (ISO weeks 28–32) and Christmas (21 December – 2 January).

use crate::timeline::dates::NorDate;

/// A named holiday period, inclusive at both ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub kind: HolidayKind,
    pub first: NorDate,
    pub last: NorDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HolidayKind {
    Summer,
    Christmas,
}

/// The summer holiday of a year: Monday of ISO week 28 to Sunday of ISO week 32.
pub fn summer(year: i32) -> Option<Holiday> {
    let monday = chrono::NaiveDate::from_isoywd_opt(year, 28, chrono::Weekday::Mon)?;
    let sunday = chrono::NaiveDate::from_isoywd_opt(year, 32, chrono::Weekday::Sun)?;
    Some(Holiday { kind: HolidayKind::Summer, first: NorDate(monday), last: NorDate(sunday) })
}

/// The Christmas holiday that starts in December of `year`.
pub fn christmas(year: i32) -> Option<Holiday> {
    Some(Holiday {
        kind: HolidayKind::Christmas,
        first: NorDate::ymd(year, 12, 21)?,
        last: NorDate::ymd(year + 1, 1, 2)?,
    })
}

/// The holidays that share at least one day with `first..=last`, with how many days
/// they share.
pub fn overlapping(first: NorDate, last: NorDate) -> Vec<(Holiday, i64)> {
    let mut found = Vec::new();
    for year in first.year() - 1..=last.year() {
        for holiday in [summer(year), christmas(year)].into_iter().flatten() {
            let start = holiday.first.max(first);
            let end = holiday.last.min(last);
            if start <= end {
                found.push((holiday, start.days_until(end) + 1));
            }
        }
    }
    found.sort_by_key(|(h, _)| h.first);
    found
}

/// Days of `first..=last` that fall in a holiday.
pub fn holiday_days(first: NorDate, last: NorDate) -> i64 {
    overlapping(first, last).iter().map(|(_, days)| days).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NorDate {
        NorDate::parse(s).unwrap()
    }

    #[test]
    fn summer_is_weeks_28_to_32() {
        let s = summer(2023).unwrap();
        assert_eq!((s.first, s.last), (d("10.07.2023"), d("13.08.2023")));
        assert_eq!(s.first.iso_week(), 28);
        assert_eq!(s.last.iso_week(), 32);
    }

    #[test]
    fn overlaps_are_counted_in_days() {
        // Engerdal's programme hearing, weeks 25 to 31 of 2023.
        let o = overlapping(d("19.06.2023"), d("06.08.2023"));
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].0.kind, HolidayKind::Summer);
        assert_eq!(o[0].1, 28);
        assert_eq!(holiday_days(d("14.12.2022"), d("25.01.2023")), 13);
        assert!(overlapping(d("22.01.2024"), d("29.02.2024")).is_empty());
    }
}
