//! Dates entered and shown as dd.mm.åååå.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::people::ValidationError;

/// A calendar date, written the Norwegian way (`29.02.2024`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NorDate(pub NaiveDate);

impl NorDate {
    /// Accepts `dd.mm.åååå` and its short forms (`1.2.2024`, and `21.09.23` with a
    /// two-digit year, which means 2000–2099 in a plan), and ISO `åååå-mm-dd` (what an
    /// API client or a date picker sends).
    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        let s = s.trim();
        let parsed = if s.contains('-') {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
        } else {
            let parts: Vec<&str> = s.split('.').collect();
            match parts.as_slice() {
                [d, m, y]
                    if (y.len() == 4 || y.len() == 2)
                        && [d, m, y].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) =>
                {
                    let century = if y.len() == 2 { 2000 } else { 0 };
                    let (d, m, y) = (d.parse().ok(), m.parse().ok(), y.parse::<i32>().ok().map(|y| century + y));
                    match (d, m, y) {
                        (Some(d), Some(m), Some(y)) => NaiveDate::from_ymd_opt(y, m, d),
                        _ => None,
                    }
                }
                _ => None,
            }
        };
        parsed.map(NorDate).ok_or_else(|| ValidationError::Date(s.to_owned()))
    }

    pub fn ymd(y: i32, m: u32, d: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(y, m, d).map(NorDate)
    }

    pub fn days_until(self, later: NorDate) -> i64 {
        (later.0 - self.0).num_days()
    }

    pub fn plus_days(self, days: i64) -> NorDate {
        NorDate(self.0 + chrono::Duration::days(days))
    }

    pub fn iso_week(self) -> u32 {
        self.0.iso_week().week()
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }
}

/// The date in Norway at a moment given as seconds since the Unix epoch. Norway keeps
/// Central European Time, with summer time from 01:00 UTC on the last Sunday of March
/// to 01:00 UTC on the last Sunday of October (the EU rule, in force since 1996).
pub fn oslo_date(unix_seconds: i64) -> NorDate {
    NorDate(oslo_local(unix_seconds).date())
}

/// The wall-clock time in Norway at a moment (see [`oslo_date`] for the rule).
pub fn oslo_local(unix_seconds: i64) -> chrono::NaiveDateTime {
    let utc = chrono::DateTime::from_timestamp(unix_seconds, 0).unwrap_or_default().naive_utc();
    let year = utc.year();
    let last_sunday = |month: u32| {
        let mut day = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or_default();
        while day.weekday() != chrono::Weekday::Sun {
            day = day.pred_opt().unwrap_or(day);
        }
        day.and_hms_opt(1, 0, 0).unwrap_or_default()
    };
    let summer = utc >= last_sunday(3) && utc < last_sunday(10);
    utc + chrono::Duration::hours(if summer { 2 } else { 1 })
}

/// The moment (UTC) of a wall-clock time in Norway: summer time where the clock shows
/// it, else winter time (an hour that does not exist or comes twice in the night of a
/// change is read as winter time).
pub fn oslo_to_utc(local: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    let summer = local - chrono::Duration::hours(2);
    if oslo_local(summer.and_utc().timestamp()) == local { summer } else { local - chrono::Duration::hours(1) }
}

impl std::fmt::Display for NorDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%d.%m.%Y"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn wall_clock_times_in_norway_become_utc_in_winter_and_summer() {
        let at = |y, m, d, h| NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, 30, 0).unwrap();
        assert_eq!(oslo_to_utc(at(2027, 1, 25, 11)), at(2027, 1, 25, 10), "CET");
        assert_eq!(oslo_to_utc(at(2027, 6, 1, 11)), at(2027, 6, 1, 9), "CEST");
        for local in [at(2027, 3, 28, 4), at(2027, 10, 31, 4), at(2027, 12, 31, 23)] {
            assert_eq!(oslo_local(oslo_to_utc(local).and_utc().timestamp()), local);
        }
    }

    #[test]
    fn norwegian_and_iso_forms_parse() {
        let d = NorDate::ymd(2024, 2, 29).unwrap();
        assert_eq!(NorDate::parse("29.02.2024"), Ok(d));
        assert_eq!(NorDate::parse(" 29.2.2024 "), Ok(d));
        assert_eq!(NorDate::parse("2024-02-29"), Ok(d));
        assert_eq!(d.to_string(), "29.02.2024");
        assert_eq!(NorDate::parse("29.02.24"), Ok(d), "a two-digit year, as the seeds write dates");
        assert_eq!(NorDate::parse("21.09.23"), Ok(NorDate::ymd(2023, 9, 21).unwrap()));
        assert_eq!(NorDate::parse("1.2.26"), Ok(NorDate::ymd(2026, 2, 1).unwrap()));
        for bad in [
            "30.02.2024",
            "29.02.2",
            "29.02.202",
            "2024/02/29",
            "",
            "1.1",
            "aa.bb.cccc",
            "1.2.+5",
            "+1.2.2024",
            "1.2.+202",
        ] {
            assert!(NorDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_oslo_date_follows_summer_time() {
        let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap().and_utc().timestamp();
        // 22:30 UTC is 00:30 the next day in summer, 23:30 the same day in winter.
        assert_eq!(oslo_date(at("2024-07-01 22:30")).to_string(), "02.07.2024");
        assert_eq!(oslo_date(at("2024-01-15 22:30")).to_string(), "15.01.2024");
        assert_eq!(oslo_date(at("2024-01-15 23:30")).to_string(), "16.01.2024");
        // Summer time began 31.03.2024 01:00 UTC and ended 27.10.2024 01:00 UTC.
        assert_eq!(oslo_date(at("2024-03-31 00:59")).to_string(), "31.03.2024");
        assert_eq!(oslo_date(at("2024-10-26 22:30")).to_string(), "27.10.2024");
        assert_eq!(oslo_date(at("2024-10-27 22:30")).to_string(), "27.10.2024");
    }

    proptest! {
        #[test]
        fn shown_dates_read_back(days in 0i64..40_000) {
            let d = NorDate::ymd(1990, 1, 1).unwrap().plus_days(days);
            prop_assert_eq!(NorDate::parse(&d.to_string()), Ok(d));
        }
    }
}
