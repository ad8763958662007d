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

mod back_scheduled {
    //! The two seeds back-scheduled from their real adoption dates with their real
    //! meeting dates: every hearing gets six weeks outside the holidays and ends in time
    //! for the case to be written and sent to the body that treats it next.

    use super::d;
    use crate::timeline::BodyKind;
    use crate::timeline::hearing::is_full_length;
    use crate::timeline::schedule::{Meeting, ScheduleInput, back_schedule, violations};

    fn check(input: &ScheduleInput) -> Vec<String> {
        let s = back_schedule(input).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(violations(input, &s).is_empty(), "{:?}", violations(input, &s));
        assert!(s.adoption().unwrap() <= input.target);
        for (i, step) in s.steps.iter().enumerate() {
            if let Some((start, end)) = step.hearing {
                assert!(is_full_length(start, end), "{start}–{end} is six weeks outside the holidays");
                let next = &s.steps[i + 1].meeting;
                assert!(
                    end.plus_days(input.revision_days) <= input.case_deadline(next),
                    "the hearing ending {end} leaves the revision before the papers for {} go out",
                    next.date
                );
            }
        }
        s.steps
            .iter()
            .map(|p| format!("{} {}", p.meeting.date, p.hearing.map(|(a, b)| format!("{a}–{b}")).unwrap_or_default()))
            .collect()
    }

    /// Engerdal (seed 001): programme treated in May/June 2023, adopted in the autumn;
    /// draft treated in January 2024 (week 3/4); adopted by the council in March/April
    /// 2024. The meeting dates are those months' meetings of the demo's bodies.
    #[test]
    fn engerdal() {
        let m = |body, date: &str| Meeting { body, date: d(date) };
        let input = ScheduleInput {
            today: d("01.05.2023"),
            target: d("18.04.2024"),
            meetings: vec![
                m(BodyKind::StandingCommittee, "24.05.2023"),
                m(BodyKind::StandingCommittee, "14.06.2023"),
                m(BodyKind::ExecutiveCommittee, "20.09.2023"),
                m(BodyKind::ExecutiveCommittee, "18.01.2024"),
                m(BodyKind::Council, "18.04.2024"),
            ],
            with_programme: true,
            programme_body: BodyKind::StandingCommittee,
            programme_adoption_body: BodyKind::ExecutiveCommittee,
            draft_body: BodyKind::ExecutiveCommittee,
            adoption_body: BodyKind::Council,
            revision_days: 14,
            drafting_days: 90,
            preparation: Vec::new(),
        };
        // The June meeting would give a hearing mostly in the summer holiday (the real
        // one, weeks 25–31, was flagged for it); the May meeting gives six full weeks.
        assert_eq!(
            check(&input),
            ["24.05.2023 25.05.2023–23.08.2023", "20.09.2023 ", "18.01.2024 19.01.2024–21.03.2024", "18.04.2024 "]
        );
    }

    /// Sandefjord (seed 003): programme sent by the committee 14.12.2022, adopted by the
    /// executive committee 28.03.2023; draft sent 31.05.2023; adopted by the council
    /// 21.09.2023.
    #[test]
    fn sandefjord() {
        let m = |body, date: &str| Meeting { body, date: d(date) };
        let input = ScheduleInput {
            today: d("01.11.2022"),
            target: d("21.09.2023"),
            meetings: vec![
                m(BodyKind::StandingCommittee, "14.12.2022"),
                m(BodyKind::ExecutiveCommittee, "28.03.2023"),
                m(BodyKind::ExecutiveCommittee, "31.05.2023"),
                m(BodyKind::Council, "21.09.2023"),
            ],
            with_programme: true,
            programme_body: BodyKind::StandingCommittee,
            programme_adoption_body: BodyKind::ExecutiveCommittee,
            draft_body: BodyKind::ExecutiveCommittee,
            adoption_body: BodyKind::Council,
            revision_days: 21,
            drafting_days: 45,
            preparation: Vec::new(),
        };
        // The real draft hearing (01.06–10.07, 39 days) was too short; back-scheduled
        // from the same meetings it runs to 17.08, with the summer holiday outside its
        // six weeks, and still reaches the council's papers of 07.09.
        assert_eq!(
            check(&input),
            ["14.12.2022 15.12.2022–21.02.2023", "28.03.2023 ", "31.05.2023 01.06.2023–17.08.2023", "21.09.2023 "]
        );
    }
}
