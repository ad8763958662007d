//! Week notation as plans write it: `uke 25`, `uke 4–9 2024` (Engerdal's programme
//! plans in weeks), also `veke` (nynorsk) and `week`. A span of ISO weeks, Monday of the
//! first to Sunday of the last.

use chrono::{NaiveDate, Weekday};

use super::NorDate;

/// The days of the weeks written: Monday of the first, Sunday of the last. Without a
/// year, the weeks are the next ones to come after `today` (this year's, or next year's
/// when this year's have passed). `None` when the text is not week notation.
pub fn parse_weeks(text: &str, today: NorDate) -> Option<(NorDate, NorDate)> {
    let lower = text.trim().to_lowercase();
    let rest = ["uke", "veke", "week", "uge"].iter().find_map(|w| lower.strip_prefix(w))?;
    let mut words = rest.split_whitespace();
    let weeks = words.next()?;
    let year: Option<i32> = match words.next() {
        Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => Some(y.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    if words.next().is_some() {
        return None;
    }
    let number = |w: &str| -> Option<u32> {
        (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten()
    };
    let (first, last) = match weeks.split_once(['-', '–', '—']) {
        Some((a, b)) => (number(a)?, number(b)?),
        None => (number(weeks)?, number(weeks)?),
    };
    if first == 0 || last < first {
        return None;
    }
    let span = |year: i32| {
        let monday = NaiveDate::from_isoywd_opt(year, first, Weekday::Mon)?;
        let sunday = NaiveDate::from_isoywd_opt(year, last, Weekday::Sun)?;
        Some((NorDate(monday), NorDate(sunday)))
    };
    match year {
        Some(year) => span(year),
        None => {
            let this_year = span(today.year())?;
            if this_year.1 >= today { Some(this_year) } else { span(today.year() + 1) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;
    use proptest::prelude::*;

    fn d(s: &str) -> NorDate {
        NorDate::parse(s).unwrap()
    }

    #[test]
    fn weeks_as_plans_write_them() {
        let today = d("02.12.2026");
        // Engerdal's programme: "uke 4–9 2024".
        assert_eq!(parse_weeks("uke 4–9 2024", today), Some((d("22.01.2024"), d("03.03.2024"))));
        assert_eq!(parse_weeks("Uke 4-9 2024", today), Some((d("22.01.2024"), d("03.03.2024"))));
        assert_eq!(parse_weeks("veke 25 2024", today), Some((d("17.06.2024"), d("23.06.2024"))));
        // Without a year: the next such weeks (week 49 of 2026 is this one, week 25 next year's).
        assert_eq!(parse_weeks("uke 49", today), Some((d("30.11.2026"), d("06.12.2026"))));
        assert_eq!(parse_weeks("uke 25", today), Some((d("21.06.2027"), d("27.06.2027"))));
        for not_weeks in ["25.06.2024", "uke", "uke 9–4", "uke 0", "uke 54 2024", "uke 4 24", "uke 4 2024 x", "uke -3"]
        {
            assert_eq!(parse_weeks(not_weeks, today), None, "{not_weeks}");
        }
    }

    proptest! {
        #[test]
        fn a_week_span_runs_from_a_monday_to_a_sunday_over_whole_weeks(
            first in 1u32..=52, length in 0u32..10, year in 2000i32..2100
        ) {
            let last = (first + length).min(52);
            let (start, end) = parse_weeks(&format!("uke {first}–{last} {year}"), d("01.01.2000")).unwrap();
            prop_assert_eq!(start.0.weekday(), Weekday::Mon);
            prop_assert_eq!(end.0.weekday(), Weekday::Sun);
            prop_assert_eq!((start.iso_week(), end.iso_week()), (first, last));
            prop_assert_eq!(start.days_until(end), i64::from(last - first) * 7 + 6);
        }
    }
}
