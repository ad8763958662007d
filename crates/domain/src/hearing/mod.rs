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

use crate::plan::Activity;
use crate::timeline::NorDate;

pub use crate::plan::process::open_hearing;

/// Whether the plan has a public page: a hearing has been opened (it is open, closed,
/// or opens on its first day).
pub fn has_public_page(activities: &[Activity]) -> bool {
    activities.iter().any(|a| a.fields.kind.is_hearing() && a.hearing.opened_at.is_some())
}

/// The latest hearing that has closed by `today` (early or at its deadline), if any.
pub fn last_closed_hearing(activities: &[Activity], today: NorDate) -> Option<&Activity> {
    activities.iter().filter(|a| a.has_closed(today)).max_by_key(|a| a.fields.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::activity::ActivityFields;

    fn hearing(id: i64, start: &str, end: &str) -> Activity {
        use crate::plan::ActivityKind;
        Activity {
            hearing: crate::plan::process::HearingState { opened_at: Some(0), ..Default::default() },
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
