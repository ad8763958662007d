//! Words and dates for domain values, as every page shows them.

use forebygg_app::now;
use forebygg_domain::Lang;
use forebygg_domain::plan::{ActivityFinding, register};
use forebygg_domain::timeline::NorDate;
use forebygg_domain::timeline::dates::{oslo_date, oslo_local};
use forebygg_domain::timeline::hearing::HearingFinding;
use forebygg_texts::labels;

use forebygg_texts::{Tr, translate};

/// Today in Norway.
pub fn today() -> NorDate {
    oslo_date(now())
}

/// A plan type's name in the language, or its code when the register lacks it.
pub fn type_name(lang: Lang, code: &str) -> String {
    register().plan_type(code).map(|t| t.name(lang).to_owned()).unwrap_or_else(|| code.to_owned())
}

/// A finding as the plan page shows it: blocking or a warning, in words.
pub struct FindingView {
    pub blocking: bool,
    pub text: String,
}

pub fn finding_view(t: Tr, f: &ActivityFinding) -> FindingView {
    let text = match f {
        ActivityFinding::Hearing(HearingFinding::ShorterThanSixWeeks { days, earliest_deadline, blocking }) => {
            let base = translate(
                t.lang,
                "finding-short-hearing",
                &[("days", &days.to_string()), ("earliest", &earliest_deadline.to_string())],
            );
            if *blocking { format!("{base} {}", t.get("finding-short-hearing-blocked")) } else { base }
        }
        ActivityFinding::Hearing(HearingFinding::OverHoliday { holiday, days, suggested_deadline }) => translate(
            t.lang,
            "finding-holiday",
            &[
                ("holiday", &labels::holiday(t, *holiday)),
                ("days", &days.to_string()),
                ("suggested", &suggested_deadline.to_string()),
            ],
        ),
        ActivityFinding::Hearing(HearingFinding::DeadlineNotAfterStart) | ActivityFinding::EndBeforeStart => {
            t.get("invalid-end-before-start")
        }
        ActivityFinding::HearingWithoutDeadline => t.get("invalid-hearing-without-deadline"),
        ActivityFinding::DecisionWithoutBody => t.get("finding-no-body"),
        ActivityFinding::NotAdoptedByCouncil(body) => t.with("finding-not-council", "body", &labels::body(t, *body)),
    };
    FindingView { blocking: f.is_blocking(), text }
}

/// A moment as "at dd.mm.åååå hh:mm" in Norwegian time.
pub fn when(t: Tr, unix: i64) -> String {
    let local = oslo_local(unix);
    t.with("time-at", "date", &format!("{} {}", oslo_date(unix), local.format("%H:%M")))
}
