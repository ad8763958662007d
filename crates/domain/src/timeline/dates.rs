//! Dates entered and shown as dd.mm.åååå.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::people::ValidationError;

/// A calendar date, written the Norwegian way (`29.02.2024`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NorDate(pub NaiveDate);

impl NorDate {
    /// Accepts `dd.mm.åååå` and its short forms (`1.2.2024`), and ISO `åååå-mm-dd`
    /// (what an API client or a date picker sends).
    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        let s = s.trim();
        let parsed = if s.contains('-') {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
        } else {
            let parts: Vec<&str> = s.split('.').collect();
            match parts.as_slice() {
                [d, m, y] if y.len() == 4 => {
                    let (d, m, y) = (d.parse().ok(), m.parse().ok(), y.parse().ok());
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
    fn norwegian_and_iso_forms_parse() {
        let d = NorDate::ymd(2024, 2, 29).unwrap();
        assert_eq!(NorDate::parse("29.02.2024"), Ok(d));
        assert_eq!(NorDate::parse(" 29.2.2024 "), Ok(d));
        assert_eq!(NorDate::parse("2024-02-29"), Ok(d));
        assert_eq!(d.to_string(), "29.02.2024");
        for bad in ["30.02.2024", "29.02.24", "2024/02/29", "", "1.1", "aa.bb.cccc"] {
            assert!(NorDate::parse(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn shown_dates_read_back(days in 0i64..40_000) {
            let d = NorDate::ymd(1990, 1, 1).unwrap().plus_days(days);
            prop_assert_eq!(NorDate::parse(&d.to_string()), Ok(d));
        }
    }
}
