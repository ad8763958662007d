//! Public hearings and the register of inputs: every input from every channel (a
//! hearing response, a dialogue conference, a council meeting, an e-mail…) kept in one
//! register, so each can be answered.

pub mod assessment;
pub mod attachment;
pub mod conference;
pub mod input;

pub use assessment::{Assessment, Decision};
pub use attachment::{Attachment, FileKind, Upload};
pub use conference::{ConferenceFields, ConferenceForm, ConferenceOrigin, DialogueConference};
pub use input::{Channel, InputFields, MAX_TEXT_CHARS, ResponseForm, Sender};

use crate::plan::{Activity, ActivityKind};
use crate::timeline::NorDate;

/// The hearing of a plan that is open on `today`: a hearing activity whose period
/// includes the day. When several overlap, the one that ends last.
pub fn open_hearing(activities: &[Activity], today: NorDate) -> Option<&Activity> {
    hearings(activities)
        .filter(|a| a.fields.start <= today && a.fields.end.is_some_and(|end| today <= end))
        .max_by_key(|a| a.fields.end)
}

/// Whether the plan has a public page on `today`: it is on hearing, or has been.
pub fn has_public_page(activities: &[Activity], today: NorDate) -> bool {
    open_hearing(activities, today).is_some() || last_closed_hearing(activities, today).is_some()
}

/// The latest hearing that has closed by `today`, if any.
pub fn last_closed_hearing(activities: &[Activity], today: NorDate) -> Option<&Activity> {
    hearings(activities).filter(|a| a.fields.end.is_some_and(|end| end < today)).max_by_key(|a| a.fields.end)
}

fn hearings(activities: &[Activity]) -> impl Iterator<Item = &Activity> {
    activities.iter().filter(|a| matches!(a.fields.kind, ActivityKind::ProgrammeHearing | ActivityKind::DraftHearing))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::activity::ActivityFields;

    fn hearing(id: i64, start: &str, end: &str) -> Activity {
        Activity {
            id: crate::ids::ActivityId::new(id),
            plan_id: crate::ids::PlanId::new(1),
            fields: ActivityFields {
                kind: ActivityKind::DraftHearing,
                title: format!("Høring {id}"),
                start: NorDate::parse(start).unwrap(),
                end: Some(NorDate::parse(end).unwrap()),
                responsible: String::new(),
                body: None,
                done: false,
                justification: String::new(),
            },
        }
    }

    #[test]
    fn a_hearing_is_open_from_its_first_day_to_its_deadline() {
        let list = vec![hearing(1, "01.03.2026", "12.04.2026"), hearing(2, "01.09.2026", "13.10.2026")];
        let d = |s: &str| NorDate::parse(s).unwrap();
        assert_eq!(open_hearing(&list, d("28.02.2026")), None);
        assert_eq!(open_hearing(&list, d("01.03.2026")).map(|a| a.id.get()), Some(1));
        assert_eq!(open_hearing(&list, d("12.04.2026")).map(|a| a.id.get()), Some(1), "the deadline day is open");
        assert_eq!(open_hearing(&list, d("13.04.2026")), None);
        assert_eq!(last_closed_hearing(&list, d("13.04.2026")).map(|a| a.id.get()), Some(1));
        assert_eq!(last_closed_hearing(&list, d("20.10.2026")).map(|a| a.id.get()), Some(2));
    }
}
