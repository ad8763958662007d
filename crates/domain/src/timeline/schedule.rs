//! Back-scheduling: from a target adoption date and the meeting dates of the bodies,
//! the latest date for each step of the process — or, when the target cannot be
//! reached, the earliest adoption date that can.
//!
//! The process is a chain of units. Each unit is a meeting of one body whose case must
//! be ready `preparation` days before the meeting (the body's papers go out then), and
//! that case is ready at least `gap` days after the previous unit ends; a unit that
//! sends a document on hearing also
//! holds the hearing, from the day after the meeting until a deadline that gives six
//! weeks outside the holidays. Greedy choice is exact here: going backwards, the latest
//! meeting that fits leaves the most room for the steps before it; going forwards, the
//! earliest end of each unit leaves the most room for the steps after it.

use crate::plan::activity::{ActivityFields, ActivityKind};
use crate::timeline::bodies::BodyKind;
use crate::timeline::dates::NorDate;
use crate::timeline::hearing::{earliest_full_deadline, is_full_length};

/// A meeting of a body on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Meeting {
    pub body: BodyKind,
    pub date: NorDate,
}

/// A step of the process as the schedule names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    SendProgrammeOnHearing,
    AdoptProgramme,
    SendDraftOnHearing,
    AdoptPlan,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::SendProgrammeOnHearing => "send_programme_on_hearing",
            Step::AdoptProgramme => "adopt_programme",
            Step::SendDraftOnHearing => "send_draft_on_hearing",
            Step::AdoptPlan => "adopt_plan",
        }
    }
}

/// What to schedule.
#[derive(Clone, Debug)]
pub struct ScheduleInput {
    /// Nothing can be decided before this day.
    pub today: NorDate,
    /// The plan is to be adopted on or before this day.
    pub target: NorDate,
    pub meetings: Vec<Meeting>,
    /// Whether a planning programme goes on hearing and is adopted first.
    pub with_programme: bool,
    /// The body that sends the programme on hearing (often a standing committee).
    pub programme_body: BodyKind,
    /// The body that adopts the programme (the same, or the executive committee).
    pub programme_adoption_body: BodyKind,
    /// The body that sends the draft plan on hearing.
    pub draft_body: BodyKind,
    /// The body that adopts the plan (the council for a § 15-1 plan).
    pub adoption_body: BodyKind,
    /// Days from a hearing deadline to the next meeting (assessing the inputs,
    /// writing the case).
    pub revision_days: i64,
    /// Days from adopting the programme to sending the draft on hearing.
    pub drafting_days: i64,
    /// Days before its meeting that a body needs the case, per body; a body not
    /// listed needs [`DEFAULT_PREPARATION_DAYS`].
    pub preparation: Vec<(BodyKind, i64)>,
}

/// What a political body needs before its meeting when nothing else is said: two weeks.
pub const DEFAULT_PREPARATION_DAYS: i64 = 14;

impl ScheduleInput {
    /// The days before a meeting of `body` by which its case must be ready.
    pub fn preparation_days(&self, body: BodyKind) -> i64 {
        self.preparation.iter().find(|(b, _)| *b == body).map_or(DEFAULT_PREPARATION_DAYS, |(_, d)| *d)
    }

    /// The day the case for `meeting` must be ready.
    pub fn case_deadline(&self, meeting: &Meeting) -> NorDate {
        meeting.date.plus_days(-self.preparation_days(meeting.body))
    }
}

/// One step placed on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    pub step: Step,
    pub meeting: Meeting,
    /// For steps that send a document on hearing: first day and deadline.
    pub hearing: Option<(NorDate, NorDate)>,
}

/// The steps in order of date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub steps: Vec<Placed>,
}

impl Schedule {
    pub fn adoption(&self) -> Option<NorDate> {
        self.steps.last().map(|p| p.meeting.date)
    }
}

impl Schedule {
    /// The schedule as activities of the plan's timeline, for the plan lead to edit
    /// further: each meeting as the decision it takes, and each hearing as a hearing
    /// activity. `title` gives a step's words; `hearing_title` a hearing's.
    pub fn activities(
        &self,
        title: &dyn Fn(Step) -> String,
        hearing_title: &dyn Fn(ActivityKind) -> String,
    ) -> Vec<ActivityFields> {
        let mut out = Vec::new();
        for placed in &self.steps {
            let kind = match placed.step {
                Step::SendProgrammeOnHearing | Step::SendDraftOnHearing => ActivityKind::PoliticalTreatment,
                Step::AdoptProgramme => ActivityKind::ProgrammeAdoption,
                Step::AdoptPlan => ActivityKind::PlanAdoption,
            };
            out.push(ActivityFields {
                kind,
                title: title(placed.step),
                start: placed.meeting.date,
                end: None,
                responsible: String::new(),
                body: Some(placed.meeting.body),
                done: false,
                justification: String::new(),
            });
            if let Some((start, end)) = placed.hearing {
                let kind = if placed.step == Step::SendProgrammeOnHearing {
                    ActivityKind::ProgrammeHearing
                } else {
                    ActivityKind::DraftHearing
                };
                out.push(ActivityFields {
                    kind,
                    title: hearing_title(kind),
                    start,
                    end: Some(end),
                    responsible: String::new(),
                    body: None,
                    done: false,
                    justification: String::new(),
                });
            }
        }
        out
    }
}

/// Why no schedule reaches the target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreachable {
    /// The step that cannot be placed (going back from the target), with its body.
    pub step: (Step, BodyKind),
    /// The earliest schedule the meetings allow, if any.
    pub earliest: Option<Schedule>,
}

struct Unit {
    step: Step,
    body: BodyKind,
    gap: i64,
    hearing: bool,
}

fn units(input: &ScheduleInput) -> Vec<Unit> {
    let mut units = Vec::new();
    if input.with_programme {
        units.push(Unit { step: Step::SendProgrammeOnHearing, body: input.programme_body, gap: 0, hearing: true });
        units.push(Unit {
            step: Step::AdoptProgramme,
            body: input.programme_adoption_body,
            gap: input.revision_days,
            hearing: false,
        });
    }
    let drafting = if input.with_programme { input.drafting_days } else { 0 };
    units.push(Unit { step: Step::SendDraftOnHearing, body: input.draft_body, gap: drafting, hearing: true });
    units.push(Unit { step: Step::AdoptPlan, body: input.adoption_body, gap: input.revision_days, hearing: false });
    units
}

fn meetings_of(input: &ScheduleInput, body: BodyKind) -> Vec<Meeting> {
    let mut found: Vec<Meeting> =
        input.meetings.iter().copied().filter(|m| m.body == body && m.date >= input.today).collect();
    found.sort();
    found.dedup();
    found
}

/// The latest date for each step that still reaches the target.
pub fn back_schedule(input: &ScheduleInput) -> Result<Schedule, Unreachable> {
    let mut bound = input.target;
    let mut placed = Vec::new();
    for unit in units(input).iter().rev() {
        let candidates = meetings_of(input, unit.body);
        let chosen = candidates.iter().rev().find(|m| {
            let fits = if unit.hearing {
                let start = m.date.plus_days(1);
                start < bound && is_full_length(start, bound)
            } else {
                m.date <= bound
            };
            // The case cannot be made ready before today.
            fits && input.case_deadline(m) >= input.today
        });
        let Some(meeting) = chosen.copied() else {
            return Err(Unreachable { step: (unit.step, unit.body), earliest: earliest(input) });
        };
        let hearing = unit.hearing.then(|| (meeting.date.plus_days(1), bound));
        placed.push(Placed { step: unit.step, meeting, hearing });
        bound = input.case_deadline(&meeting).plus_days(-unit.gap);
    }
    placed.reverse();
    Ok(Schedule { steps: placed })
}

/// The earliest schedule the meetings allow, ignoring the target.
pub fn earliest(input: &ScheduleInput) -> Option<Schedule> {
    let mut ready = input.today;
    let mut placed = Vec::new();
    for unit in units(input) {
        let candidates: Vec<Meeting> = meetings_of(input, unit.body)
            .into_iter()
            .filter(|m| input.case_deadline(m) >= ready.plus_days(unit.gap))
            .collect();
        let (meeting, hearing) = if unit.hearing {
            // A later meeting can end sooner when the earlier one's hearing runs over a
            // holiday, so take the one whose hearing ends first.
            candidates
                .iter()
                .map(|m| {
                    let start = m.date.plus_days(1);
                    (*m, Some((start, earliest_full_deadline(start))))
                })
                .min_by_key(|(m, h)| (h.map(|(_, end)| end), m.date))?
        } else {
            (*candidates.first()?, None)
        };
        ready = hearing.map(|(_, end)| end).unwrap_or(meeting.date);
        placed.push(Placed { step: unit.step, meeting, hearing });
    }
    Some(Schedule { steps: placed })
}

/// Checks a schedule against every rule; used by the tests and by callers that
/// accept a schedule from elsewhere.
pub fn violations(input: &ScheduleInput, schedule: &Schedule) -> Vec<String> {
    let mut problems = Vec::new();
    let units = units(input);
    if units.len() != schedule.steps.len() {
        problems.push(format!("{} steps, expected {}", schedule.steps.len(), units.len()));
        return problems;
    }
    let mut ready = input.today;
    for (unit, placed) in units.iter().zip(&schedule.steps) {
        let m = placed.meeting;
        if placed.step != unit.step || m.body != unit.body {
            problems.push(format!("{:?} is not {:?} at {:?}", placed.step, unit.step, unit.body));
        }
        if !input.meetings.contains(&m) {
            problems.push(format!("{:?}: no meeting of {:?} on {}", unit.step, m.body, m.date));
        }
        if input.case_deadline(&m) < ready.plus_days(unit.gap) || input.case_deadline(&m) < input.today {
            problems.push(format!("{:?} on {} is too early to prepare its case", unit.step, m.date));
        }
        ready = m.date;
        match (unit.hearing, placed.hearing) {
            (true, Some((start, end))) => {
                if start <= m.date || !is_full_length(start, end) {
                    problems.push(format!("hearing {start}–{end} is too short or starts too early"));
                }
                ready = end;
            }
            (false, None) => {}
            _ => problems.push(format!("{:?}: hearing expected {}", unit.step, unit.hearing)),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NorDate {
        NorDate::parse(s).unwrap()
    }

    /// Sandefjord's bodies and meeting dates of 2022/2023 (seed 003).
    fn sandefjord(target: &str) -> ScheduleInput {
        let m = |body, date: &str| Meeting { body, date: d(date) };
        ScheduleInput {
            today: d("01.11.2022"),
            target: d(target),
            meetings: vec![
                m(BodyKind::StandingCommittee, "14.12.2022"),
                m(BodyKind::StandingCommittee, "22.03.2023"),
                m(BodyKind::StandingCommittee, "24.05.2023"),
                m(BodyKind::StandingCommittee, "30.08.2023"),
                m(BodyKind::ExecutiveCommittee, "28.03.2023"),
                m(BodyKind::ExecutiveCommittee, "31.05.2023"),
                m(BodyKind::ExecutiveCommittee, "05.09.2023"),
                m(BodyKind::Council, "15.06.2023"),
                m(BodyKind::Council, "21.09.2023"),
                m(BodyKind::Council, "19.10.2023"),
            ],
            with_programme: true,
            programme_body: BodyKind::StandingCommittee,
            programme_adoption_body: BodyKind::ExecutiveCommittee,
            draft_body: BodyKind::ExecutiveCommittee,
            adoption_body: BodyKind::Council,
            revision_days: 21,
            drafting_days: 45,
            preparation: Vec::new(),
        }
    }

    #[test]
    fn sandefjord_can_adopt_in_september_2023() {
        let input = sandefjord("21.09.2023");
        let s = back_schedule(&input).unwrap();
        assert!(violations(&input, &s).is_empty(), "{:?}", violations(&input, &s));
        let dates: Vec<String> = s.steps.iter().map(|p| p.meeting.date.to_string()).collect();
        assert_eq!(dates, ["14.12.2022", "28.03.2023", "31.05.2023", "21.09.2023"]);
        // The draft hearing runs from 01.06 over the summer, to the latest deadline that
        // leaves three weeks of work before the council's papers go out two weeks ahead.
        assert_eq!(s.steps[2].hearing, Some((d("01.06.2023"), d("17.08.2023"))));
        assert_eq!(input.case_deadline(&s.steps[3].meeting), d("07.09.2023"));
        let activities = s.activities(&|step| step.as_str().to_owned(), &|kind| kind.as_str().to_owned());
        let kinds: Vec<&str> = activities.iter().map(|a| a.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "political_treatment",
                "programme_hearing",
                "programme_adoption",
                "political_treatment",
                "draft_hearing",
                "plan_adoption"
            ]
        );
        assert_eq!((activities[4].start, activities[4].end), (d("01.06.2023"), Some(d("17.08.2023"))));
        assert!(activities.iter().all(|a| a.findings(true, true).iter().all(|f| !f.is_blocking())));
    }

    #[test]
    fn a_body_that_needs_its_case_earlier_moves_the_steps_before_it() {
        let mut input = sandefjord("21.09.2023");
        input.preparation = vec![(BodyKind::Council, 40)];
        // 21.09 − 40 − 21 days: the draft hearing must end by 22.07, inside the summer
        // holiday, so only the meeting of 28.03 can send it; the programme would then
        // have to be adopted by 28.01, and no meeting can. That step is named, with
        // the earliest adoption the meetings allow.
        let err = back_schedule(&input).unwrap_err();
        assert_eq!(err.earliest.as_ref().and_then(Schedule::adoption), Some(d("19.10.2023")));
        assert!(violations(&input, err.earliest.as_ref().unwrap()).is_empty());
        assert_eq!(err.step.0, Step::AdoptProgramme, "it names the step it cannot place");
    }

    #[test]
    fn an_unreachable_target_says_when_it_can_be_done() {
        let input = sandefjord("20.06.2023");
        let err = back_schedule(&input).unwrap_err();
        assert_eq!(err.step, (Step::AdoptProgramme, BodyKind::ExecutiveCommittee));
        let earliest = err.earliest.unwrap();
        assert_eq!(earliest.adoption(), Some(d("21.09.2023")));
        assert!(violations(&input, &earliest).is_empty());
        let mut none = sandefjord("20.06.2023");
        none.meetings.retain(|m| m.body != BodyKind::Council);
        assert_eq!(back_schedule(&none).unwrap_err().earliest, None);
    }

    fn arbitrary_input() -> impl Strategy<Value = ScheduleInput> {
        let bodies = [BodyKind::StandingCommittee, BodyKind::ExecutiveCommittee, BodyKind::Council];
        (
            prop::collection::vec((0usize..3, 0i64..700), 0..30),
            0i64..800,
            any::<bool>(),
            0i64..40,
            0i64..120,
            (0i64..30, 0i64..30),
        )
            .prop_map(move |(meetings, target, with_programme, revision, drafting, (council, committee))| {
                let start = d("01.01.2024");
                ScheduleInput {
                    today: start,
                    target: start.plus_days(target),
                    meetings: meetings
                        .into_iter()
                        .map(|(b, day)| Meeting { body: bodies[b], date: start.plus_days(day) })
                        .collect(),
                    with_programme,
                    programme_body: BodyKind::StandingCommittee,
                    programme_adoption_body: BodyKind::StandingCommittee,
                    draft_body: BodyKind::ExecutiveCommittee,
                    adoption_body: BodyKind::Council,
                    revision_days: revision,
                    drafting_days: drafting,
                    preparation: vec![(BodyKind::Council, council), (BodyKind::ExecutiveCommittee, committee)],
                }
            })
    }

    proptest! {
        #[test]
        fn back_scheduled_dates_satisfy_every_rule(input in arbitrary_input()) {
            match back_schedule(&input) {
                Ok(s) => {
                    prop_assert!(violations(&input, &s).is_empty(), "{:?}", violations(&input, &s));
                    prop_assert!(s.adoption().unwrap() <= input.target);
                }
                Err(Unreachable { earliest: Some(e), .. }) => {
                    prop_assert!(violations(&input, &e).is_empty());
                    prop_assert!(e.adoption().unwrap() > input.target);
                }
                Err(Unreachable { earliest: None, .. }) => {}
            }
        }

        #[test]
        fn the_target_is_reachable_exactly_when_the_earliest_schedule_reaches_it(input in arbitrary_input()) {
            let reachable = earliest(&input).is_some_and(|e| e.adoption().unwrap() <= input.target);
            prop_assert_eq!(back_schedule(&input).is_ok(), reachable);
        }

        #[test]
        fn adding_a_meeting_never_makes_the_result_later(input in arbitrary_input(), body in 0usize..3, day in 0i64..700) {
            let bodies = [BodyKind::StandingCommittee, BodyKind::ExecutiveCommittee, BodyKind::Council];
            let mut more = input.clone();
            more.meetings.push(Meeting { body: bodies[body], date: input.today.plus_days(day) });
            if let Some(before) = earliest(&input) {
                let after = earliest(&more).unwrap();
                prop_assert!(after.adoption() <= before.adoption());
            }
            if let Ok(before) = back_schedule(&input) {
                let after = back_schedule(&more).unwrap();
                // More meetings leave each step at least as much time.
                for (a, b) in after.steps.iter().zip(&before.steps) {
                    prop_assert!(a.meeting.date >= b.meeting.date);
                }
            }
        }
    }
}
