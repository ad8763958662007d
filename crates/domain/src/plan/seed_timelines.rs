//! The real timelines of two planning programmes, entered as a plan lead would, and
//! the flags a careful reader of the law gives them.

use crate::plan::activity::{ActivityFields, ActivityFinding, ActivityKind};
use crate::plan::register;
use crate::timeline::BodyKind;
use crate::timeline::NorDate;
use crate::timeline::hearing::HearingFinding;
use crate::timeline::holidays::HolidayKind;

fn d(s: &str) -> NorDate {
    NorDate::parse(s).unwrap()
}

fn activity(kind: ActivityKind, title: &str, start: &str, end: Option<&str>, body: Option<BodyKind>) -> ActivityFields {
    ActivityFields {
        kind,
        title: title.into(),
        start: d(start),
        end: end.map(d),
        responsible: String::new(),
        body,
        done: true,
        justification: String::new(),
    }
}

fn findings(a: &ActivityFields) -> Vec<ActivityFinding> {
    let preventive = register().plan_type("preventive").unwrap();
    // Both programmes follow the process of plan- og bygningsloven.
    a.findings(true, preventive.council_must_adopt)
}

/// Engerdal (seed 001): programme on hearing in weeks 25–31 of 2023, draft on hearing
/// in weeks 4–9 of 2024 with the deadline 29.02.2024, adopted by the council.
#[test]
fn engerdal() {
    let programme_hearing =
        activity(ActivityKind::ProgrammeHearing, "Høring av planprogram", "19.06.2023", Some("06.08.2023"), None);
    assert_eq!(
        findings(&programme_hearing),
        vec![ActivityFinding::Hearing(HearingFinding::OverHoliday {
            holiday: HolidayKind::Summer,
            days: 28,
            suggested_deadline: d("03.09.2023"),
        })],
        "seven weeks is long enough, but four of them are summer holiday"
    );

    let draft_hearing =
        activity(ActivityKind::DraftHearing, "Høring av planforslag", "22.01.2024", Some("29.02.2024"), None);
    let f = findings(&draft_hearing);
    assert_eq!(
        f,
        vec![ActivityFinding::Hearing(HearingFinding::ShorterThanSixWeeks {
            days: 38,
            earliest_deadline: d("04.03.2024"),
            blocking: true,
        })],
        "week 4 to 29 February is five and a half weeks"
    );
    let mut justified = draft_hearing.clone();
    justified.justification = "Forslaget er drøftet med alle berørte etater på forhånd".into();
    assert!(findings(&justified).iter().all(|f| !f.is_blocking()));

    let adoption = activity(
        ActivityKind::PlanAdoption,
        "Sluttbehandling i kommunestyret",
        "18.04.2024",
        None,
        Some(BodyKind::Council),
    );
    assert!(findings(&adoption).is_empty());
}

/// Sandefjord (seed 003): programme on hearing from the committee's decision of
/// 14.12.2022 to 25.01.2023, adopted by the executive committee 28.03.2023; draft on
/// hearing from 01.06.2023 to 10.07.2023; adopted by the council 21.09.2023.
#[test]
fn sandefjord() {
    let programme_hearing =
        activity(ActivityKind::ProgrammeHearing, "Høring av planprogram", "14.12.2022", Some("25.01.2023"), None);
    assert_eq!(
        findings(&programme_hearing),
        vec![ActivityFinding::Hearing(HearingFinding::OverHoliday {
            holiday: HolidayKind::Christmas,
            days: 13,
            suggested_deadline: d("07.02.2023"),
        })],
        "exactly six weeks, but Christmas eats almost two of them"
    );

    let programme_adoption = activity(
        ActivityKind::ProgrammeAdoption,
        "Planprogrammet fastsettes",
        "28.03.2023",
        None,
        Some(BodyKind::ExecutiveCommittee),
    );
    assert!(findings(&programme_adoption).is_empty(), "a programme may be adopted by a committee");

    let draft_hearing =
        activity(ActivityKind::DraftHearing, "Høring av planforslag", "01.06.2023", Some("10.07.2023"), None);
    assert_eq!(
        findings(&draft_hearing),
        vec![
            ActivityFinding::Hearing(HearingFinding::ShorterThanSixWeeks {
                days: 39,
                earliest_deadline: d("13.07.2023"),
                blocking: true,
            }),
            ActivityFinding::Hearing(HearingFinding::OverHoliday {
                holiday: HolidayKind::Summer,
                days: 1,
                suggested_deadline: d("14.07.2023"),
            }),
        ]
    );

    let adoption = activity(ActivityKind::PlanAdoption, "Vedtak", "21.09.2023", None, Some(BodyKind::Council));
    assert!(findings(&adoption).is_empty());
    // Had the executive committee's meeting of 05.09.2023 been the adoption, the
    // council's non-delegable duty would be flagged.
    let by_committee =
        activity(ActivityKind::PlanAdoption, "Vedtak", "05.09.2023", None, Some(BodyKind::ExecutiveCommittee));
    assert_eq!(findings(&by_committee), vec![ActivityFinding::NotAdoptedByCouncil(BodyKind::ExecutiveCommittee)]);
}
