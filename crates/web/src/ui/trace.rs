//! The trace from an input to what the plan does: the measures it led to, each with its
//! status, evaluation date and latest status report — the same words on the staff
//! register and on the public "what happened to the inputs" page.

use forebygg_domain::document::version::{Version, chapter_changes};
use forebygg_domain::ids::MeasureId;
use forebygg_domain::measures::Measure;
use forebygg_domain::measures::report::StatusReport;
use forebygg_texts::{Tr, labels};

/// A measure an input led to.
pub struct TraceLine {
    pub id: MeasureId,
    pub name: String,
    /// "Running, evaluated 01.06.2026; latest status report (2025): on track".
    pub state: String,
}

pub fn led_to(t: Tr, ids: &[MeasureId], measures: &[Measure], reports: &[StatusReport]) -> Vec<TraceLine> {
    ids.iter()
        .filter_map(|id| measures.iter().find(|m| m.id == *id))
        .map(|m| {
            let status =
                m.fields.status.map(|s| labels::measure_status(t, s)).unwrap_or_else(|| t.get("trace-no-status"));
            let mut state = match m.fields.evaluation {
                Some(day) => forebygg_texts::translate(
                    t.lang,
                    "trace-evaluation",
                    &[("status", &status), ("date", &day.to_string())],
                ),
                None => t.with("trace-no-evaluation", "status", &status),
            };
            let latest =
                reports.iter().filter(|r| r.measure_id == m.id).max_by_key(|r| (r.fields.period.clone(), r.id));
            if let Some(r) = latest {
                state.push_str("; ");
                state.push_str(&forebygg_texts::translate(
                    t.lang,
                    "trace-report",
                    &[
                        ("period", &labels::report_period(t, &r.fields.period)),
                        ("status", &labels::report_status(t, r.fields.status)),
                    ],
                ));
            }
            TraceLine { id: m.id, name: m.fields.name.clone(), state }
        })
        .collect()
}

/// The chapters an input concerns and the version in which each one's text changed
/// ("3.3 Samarbeid mellom etatene: changed in the adopted plan 18.04.2024").
pub fn chapters_changed(t: Tr, chapters: &[String], received_at: i64, versions: &[Version]) -> Vec<String> {
    let versions: Vec<&Version> = versions.iter().collect();
    chapter_changes(chapters, received_at, &versions)
        .into_iter()
        .map(|c| {
            let chapter = format!("{} {}", c.number, c.title);
            match c.changed_in {
                Some((kind, date)) => forebygg_texts::translate(
                    t.lang,
                    "trace-chapter-changed",
                    &[
                        ("chapter", &chapter),
                        ("version", &t.get(labels::version_kind_key(kind))),
                        ("date", &date.to_string()),
                    ],
                ),
                None => t.with("trace-chapter-unchanged", "chapter", &chapter),
            }
        })
        .collect()
}
