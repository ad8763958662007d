//! Status reports: per measure and period, where it stands (status, progress in per
//! cent, a few words), by whom and when. The latest report of a measure counts in the
//! roll-up to goals.

use crate::ids::{MeasureId, ReportId};
use serde::{Deserialize, Serialize};

use crate::people::ValidationError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    OnTrack,
    Delayed,
    Stopped,
    Done,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 4] =
        [ReportStatus::OnTrack, ReportStatus::Delayed, ReportStatus::Stopped, ReportStatus::Done];

    pub fn code(self) -> &'static str {
        match self {
            ReportStatus::OnTrack => "on_track",
            ReportStatus::Delayed => "delayed",
            ReportStatus::Stopped => "stopped",
            ReportStatus::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<ReportStatus> {
        ReportStatus::ALL.into_iter().find(|r| r.code() == s.trim())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusReportFields {
    /// `2026`, `2026-H1` or `2026-Q3`.
    pub period: String,
    pub status: ReportStatus,
    pub progress: u8,
    pub text: String,
}

/// A stored report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusReport {
    pub id: ReportId,
    pub measure_id: MeasureId,
    #[serde(flatten)]
    pub fields: StatusReportFields,
    /// The name of who reported.
    pub by: String,
    /// Unix time.
    pub at: i64,
}

fn valid_period(p: &str) -> bool {
    let (year, part) = p.split_once('-').map_or((p, None), |(y, r)| (y, Some(r)));
    let year_ok = year.len() == 4 && year.parse::<u16>().is_ok_and(|y| (2000..=2100).contains(&y));
    let part_ok = match part {
        None => true,
        Some(r) => matches!(r, "H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4"),
    };
    year_ok && part_ok
}

/// The report form as typed. Its fields are also read as `report_period`… : a measure's
/// page holds the measure's own form too, whose `status` is another field.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportForm {
    #[serde(alias = "report_period")]
    pub period: String,
    #[serde(alias = "report_status")]
    pub status: String,
    #[serde(alias = "report_progress")]
    pub progress: String,
    #[serde(alias = "report_text")]
    pub text: String,
}

impl ReportForm {
    pub fn parse(&self) -> Result<StatusReportFields, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let period = self.period.trim().to_uppercase();
        if !valid_period(&period) {
            errors.push(("period", ValidationError::ReportPeriod(self.period.trim().to_owned())));
        }
        let status = ReportStatus::parse(&self.status);
        if status.is_none() {
            errors.push(("status", ValidationError::Required));
        }
        let progress = self.progress.trim().trim_end_matches('%').trim().parse::<u8>().ok().filter(|p| *p <= 100);
        if progress.is_none() {
            errors.push(("progress", ValidationError::Percent(self.progress.trim().to_owned())));
        }
        let text = self.text.trim();
        if text.chars().count() > 5000 {
            errors.push(("text", ValidationError::TooLong { max: 5000 }));
        }
        match (status, progress, errors.is_empty()) {
            (Some(status), Some(progress), true) => {
                Ok(StatusReportFields { period, status, progress, text: text.to_owned() })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_has_a_period_a_status_and_a_percentage() {
        let form = ReportForm {
            period: "2026-h1".into(),
            status: "delayed".into(),
            progress: "40 %".into(),
            text: " Oppstart utsatt ".into(),
        };
        let r = form.parse().unwrap();
        assert_eq!(
            (r.period.as_str(), r.status, r.progress, r.text.as_str()),
            ("2026-H1", ReportStatus::Delayed, 40, "Oppstart utsatt")
        );
        let bad =
            ReportForm { period: "våren".into(), status: "".into(), progress: "140".into(), text: String::new() }
                .parse()
                .unwrap_err();
        let fields: Vec<&str> = bad.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["period", "status", "progress"]);
        for ok in ["2026", "2026-Q3", "2099-H2"] {
            assert!(valid_period(ok), "{ok}");
        }
        for bad in ["26", "2026-Q5", "2026-", "1999"] {
            assert!(!valid_period(bad), "{bad}");
        }
    }
}
