//! The plan's process as a state machine: the phase moves only by steps, and each step
//! has its checks. A hearing is an activity of the timeline that is *opened* by an
//! explicit step (with the hearing draft frozen) and closes at its deadline or earlier
//! by a step with a reason; a closed hearing takes no responses; nothing is adopted
//! before its hearing has closed.
//!
//! ```text
//! start ──open programme hearing──▶ programme on hearing ──(closes)──adopt programme──▶ programme adopted
//!   │                                                                                       │
//!   └──────────────start drafting──────────────▶ drafting ◀────────start drafting───────────┘
//!                                                   │ open draft hearing (hearing draft frozen)
//!                                                   ▼
//!                                            draft on hearing ──(closes)──▶ processing inputs
//!                                                                                 │ adopt (council, case number,
//!                                                                                 ▼  inputs answered)
//!                                  periodic revision ◀── follow-up ◀──────── adopted
//! ```

use serde::{Deserialize, Serialize};

use super::{Activity, ActivityKind, Phase};
use crate::ids::{ActivityId, VersionId};
use crate::timeline::{BodyKind, NorDate};

/// What has happened to a hearing activity: opened (with the version heard) and
/// closed early. A hearing that was never opened takes no responses, whatever its dates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HearingState {
    /// When the plan lead opened it (seconds since the epoch).
    pub opened_at: Option<i64>,
    /// The frozen hearing draft it puts out (none for a programme hearing).
    #[serde(default)]
    pub version: Option<VersionId>,
    /// The day it was closed before its deadline, with the reason given.
    #[serde(default)]
    pub closed_on: Option<NorDate>,
    #[serde(default)]
    pub close_reason: String,
}

impl Activity {
    /// Whether responses are taken on `today`: opened, not closed early, and the day
    /// within its period (the deadline day included).
    pub fn takes_responses(&self, today: NorDate) -> bool {
        self.fields.kind.is_hearing()
            && self.hearing.opened_at.is_some()
            && self.hearing.closed_on.is_none()
            && self.fields.start <= today
            && self.fields.end.is_some_and(|end| today <= end)
    }

    /// Whether it was opened and has closed by `today` (early, or its deadline passed).
    pub fn has_closed(&self, today: NorDate) -> bool {
        self.fields.kind.is_hearing()
            && self.hearing.opened_at.is_some()
            && (self.hearing.closed_on.is_some() || self.fields.end.is_some_and(|end| end < today))
    }
}

/// A step a plan lead takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Opens this hearing activity (a programme or draft hearing).
    OpenHearing {
        hearing: ActivityId,
        confirm_empty_chapters: bool,
    },
    /// Closes the open hearing before its deadline.
    CloseHearing {
        reason: String,
    },
    AdoptProgramme,
    StartDrafting,
    /// Adopts the plan (freezing the adopted version).
    Adopt {
        body: Option<BodyKind>,
        decision_ref: String,
        confirm_unanswered: bool,
    },
    StartFollowUp,
    StartRevision,
}

/// What the checks need to know about the plan.
#[derive(Clone, Debug)]
pub struct Facts<'a> {
    /// The phase as stored.
    pub phase: Phase,
    pub today: NorDate,
    pub activities: &'a [Activity],
    /// The latest frozen hearing draft not heard before, with the chapters that have
    /// no text in it.
    pub hearing_draft: Option<(VersionId, Vec<String>)>,
    /// The latest frozen programme version not heard before.
    pub programme_draft: Option<VersionId>,
    /// Inputs without an answer (their references).
    pub unanswered: Vec<String>,
    /// Only the municipal council may adopt the plan (§ 15-1).
    pub council_must_adopt: bool,
    /// Findings that stop a hearing activity from being used as it stands (six-week
    /// rule without justification, no deadline), by activity.
    pub blocked: Vec<ActivityId>,
}

/// Why a step cannot be taken now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The step does not follow from the plan's phase.
    WrongPhase(Phase),
    /// No hearing activity with that id, or it is not a hearing, or it was opened before.
    NotAHearing,
    /// A draft hearing needs a frozen hearing draft.
    NoHearingDraft,
    /// A programme hearing needs the programme frozen as a programme version.
    NoProgrammeDraft,
    /// The hearing draft has chapters without text (their numbers and titles).
    EmptyChapters(Vec<String>),
    /// The hearing's period breaks the six-week rule without a justification, or it has no deadline.
    PeriodNotAllowed,
    /// The deadline has passed.
    DeadlinePassed(NorDate),
    /// Another hearing is open.
    AnotherHearingOpen,
    /// No hearing is open to close.
    NoOpenHearing,
    /// Closing before the deadline needs a reason.
    ReasonRequired,
    /// The hearing is open until this deadline.
    HearingStillOpen(NorDate),
    /// The plan has had no hearing that has closed (of this kind).
    NoClosedHearing,
    /// Inputs not answered (their references), unless confirmed.
    Unanswered(Vec<String>),
    /// The adopting body is required, and for a § 15-1 plan it is the council.
    CouncilMustAdopt,
    BodyRequired,
    /// The decision's case number is required.
    DecisionRequired,
    /// An opened hearing keeps its kind and period (and stays in the timeline): the
    /// public was told them. It closes early only by its step, with a reason.
    HearingOpened,
}

/// Whether an activity may be changed to `new` (or removed, with `None`): an opened
/// hearing's kind, start and deadline are what the public was told, so they stay; its
/// title, who is responsible and the rest may change.
pub fn check_activity_change(old: &Activity, new: Option<&super::activity::ActivityFields>) -> Result<(), Refusal> {
    if old.hearing.opened_at.is_none() {
        return Ok(());
    }
    match new {
        Some(f) if f.kind == old.fields.kind && f.start == old.fields.start && f.end == old.fields.end => Ok(()),
        _ => Err(Refusal::HearingOpened),
    }
}

/// The hearing open on `today`, if any.
pub fn open_hearing(activities: &[Activity], today: NorDate) -> Option<&Activity> {
    activities.iter().filter(|a| a.takes_responses(today)).max_by_key(|a| a.fields.end)
}

/// The phase as the plan stands on `facts.today`: a hearing whose deadline has passed
/// has closed without anyone pressing a button.
pub fn current_phase(facts: &Facts) -> Phase {
    phase_on(facts.phase, facts.activities, facts.today)
}

/// The stored `phase` of a plan with these activities as it stands on `today`.
pub fn phase_on(phase: Phase, activities: &[Activity], today: NorDate) -> Phase {
    let closed = |kind| {
        activities.iter().any(|a| a.fields.kind == kind && a.has_closed(today))
            && open_hearing(activities, today).is_none()
    };
    match phase {
        Phase::DraftOnHearing if closed(ActivityKind::DraftHearing) => Phase::RevisionAfterHearing,
        phase => phase,
    }
}

/// Whether the programme hearing has closed (so the programme can be adopted).
fn programme_hearing_closed(facts: &Facts) -> bool {
    facts.activities.iter().any(|a| a.fields.kind == ActivityKind::ProgrammeHearing && a.has_closed(facts.today))
}

/// Checks a step; the phase the plan moves to if it may be taken.
pub fn check(step: &Step, facts: &Facts) -> Result<Phase, Refusal> {
    use Phase::*;
    let phase = current_phase(facts);
    let wrong = || Err(Refusal::WrongPhase(phase));
    match step {
        Step::OpenHearing { hearing, confirm_empty_chapters } => {
            let activity = facts
                .activities
                .iter()
                .find(|a| a.id == *hearing && a.fields.kind.is_hearing() && a.hearing.opened_at.is_none())
                .ok_or(Refusal::NotAHearing)?;
            let programme = activity.fields.kind == ActivityKind::ProgrammeHearing;
            let allowed: &[Phase] = if programme {
                &[Start]
            } else {
                &[Start, ProgrammeAdopted, Drafting, RevisionAfterHearing, PeriodicRevision]
            };
            if !allowed.contains(&phase) {
                return wrong();
            }
            if open_hearing(facts.activities, facts.today).is_some() {
                return Err(Refusal::AnotherHearingOpen);
            }
            if facts.blocked.contains(hearing) {
                return Err(Refusal::PeriodNotAllowed);
            }
            match activity.fields.end {
                Some(end) if end < facts.today => return Err(Refusal::DeadlinePassed(end)),
                None => return Err(Refusal::PeriodNotAllowed),
                _ => {}
            }
            if programme && facts.programme_draft.is_none() {
                return Err(Refusal::NoProgrammeDraft);
            }
            if !programme {
                let (_, empty) = facts.hearing_draft.as_ref().ok_or(Refusal::NoHearingDraft)?;
                if !empty.is_empty() && !confirm_empty_chapters {
                    return Err(Refusal::EmptyChapters(empty.clone()));
                }
            }
            Ok(if programme { ProgrammeOnHearing } else { DraftOnHearing })
        }
        Step::CloseHearing { reason } => {
            let open = open_hearing(facts.activities, facts.today).ok_or(Refusal::NoOpenHearing)?;
            if reason.trim().is_empty() {
                return Err(Refusal::ReasonRequired);
            }
            Ok(match open.fields.kind {
                ActivityKind::ProgrammeHearing => ProgrammeOnHearing,
                _ => RevisionAfterHearing,
            })
        }
        Step::AdoptProgramme => {
            if phase != ProgrammeOnHearing {
                return wrong();
            }
            if let Some(open) = open_hearing(facts.activities, facts.today) {
                return Err(Refusal::HearingStillOpen(open.fields.end.unwrap_or(facts.today)));
            }
            if !programme_hearing_closed(facts) {
                return Err(Refusal::NoClosedHearing);
            }
            Ok(ProgrammeAdopted)
        }
        Step::StartDrafting => match phase {
            Start | ProgrammeAdopted | PeriodicRevision => Ok(Drafting),
            _ => wrong(),
        },
        Step::Adopt { body, decision_ref, confirm_unanswered } => {
            if let Some(open) = open_hearing(facts.activities, facts.today) {
                return Err(Refusal::HearingStillOpen(open.fields.end.unwrap_or(facts.today)));
            }
            if phase != RevisionAfterHearing {
                return if phase == DraftOnHearing { Err(Refusal::NoClosedHearing) } else { wrong() };
            }
            let draft_closed = facts
                .activities
                .iter()
                .any(|a| a.fields.kind == ActivityKind::DraftHearing && a.has_closed(facts.today));
            if !draft_closed {
                return Err(Refusal::NoClosedHearing);
            }
            match body {
                None => return Err(Refusal::BodyRequired),
                Some(b) if facts.council_must_adopt && *b != BodyKind::Council => {
                    return Err(Refusal::CouncilMustAdopt);
                }
                _ => {}
            }
            if decision_ref.trim().is_empty() {
                return Err(Refusal::DecisionRequired);
            }
            if !facts.unanswered.is_empty() && !confirm_unanswered {
                return Err(Refusal::Unanswered(facts.unanswered.clone()));
            }
            Ok(Adopted)
        }
        Step::StartFollowUp => match phase {
            Adopted => Ok(FollowUp),
            _ => wrong(),
        },
        Step::StartRevision => match phase {
            Adopted | FollowUp => Ok(PeriodicRevision),
            _ => wrong(),
        },
    }
}

/// The steps that may be taken now (with the confirmations a plan lead would give), for
/// the plan page to offer; a step that needs more (a reason, a body) is offered when
/// its phase allows it.
pub fn next_steps(facts: &Facts) -> Vec<Step> {
    // Steps that take input are tried with stand-in input ("-", the council, boxes
    // ticked): what is checked here is whether the phase and the plan allow them.
    let mut steps = Vec::new();
    for a in facts.activities.iter().filter(|a| a.fields.kind.is_hearing() && a.hearing.opened_at.is_none()) {
        steps.push(Step::OpenHearing { hearing: a.id, confirm_empty_chapters: true });
    }
    steps.push(Step::CloseHearing { reason: "-".into() });
    steps.push(Step::AdoptProgramme);
    steps.push(Step::StartDrafting);
    steps.push(Step::Adopt { body: Some(BodyKind::Council), decision_ref: "-".into(), confirm_unanswered: true });
    steps.push(Step::StartFollowUp);
    steps.push(Step::StartRevision);
    steps.retain(|s| match check(s, facts) {
        Ok(_) => true,
        // Offered so the plan lead sees what is missing.
        Err(Refusal::NoHearingDraft | Refusal::NoProgrammeDraft | Refusal::PeriodNotAllowed) => {
            matches!(s, Step::OpenHearing { .. })
        }
        Err(_) => false,
    });
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::PlanId;
    use crate::plan::activity::ActivityFields;
    use proptest::prelude::*;

    fn d(s: &str) -> NorDate {
        NorDate::parse(s).unwrap()
    }

    fn hearing(id: i64, kind: ActivityKind, start: &str, end: &str) -> Activity {
        Activity {
            id: ActivityId::new(id),
            plan_id: PlanId::new(1),
            fields: ActivityFields {
                kind,
                title: format!("Høring {id}"),
                start: d(start),
                end: Some(d(end)),
                responsible: String::new(),
                body: None,
                done: false,
                justification: String::new(),
            },
            hearing: HearingState::default(),
        }
    }

    struct World {
        phase: Phase,
        today: NorDate,
        activities: Vec<Activity>,
        hearing_draft: Option<(VersionId, Vec<String>)>,
        programme_draft: Option<VersionId>,
        unanswered: Vec<String>,
        adopted_versions: usize,
    }

    impl World {
        fn new() -> World {
            World {
                phase: Phase::Start,
                today: d("01.01.2026"),
                activities: vec![
                    hearing(1, ActivityKind::ProgrammeHearing, "01.02.2026", "15.03.2026"),
                    hearing(2, ActivityKind::DraftHearing, "01.09.2026", "13.10.2026"),
                ],
                hearing_draft: None,
                programme_draft: Some(VersionId::new(2)),
                unanswered: vec!["I-1".into()],
                adopted_versions: 0,
            }
        }

        fn facts(&self) -> Facts<'_> {
            Facts {
                phase: self.phase,
                today: self.today,
                activities: &self.activities,
                hearing_draft: self.hearing_draft.clone(),
                programme_draft: self.programme_draft,
                unanswered: self.unanswered.clone(),
                council_must_adopt: true,
                blocked: Vec::new(),
            }
        }

        /// Takes a step as the application does: check, then record.
        fn take(&mut self, step: &Step) -> Result<(), Refusal> {
            let phase = check(step, &self.facts())?;
            match step {
                Step::OpenHearing { hearing, .. } => {
                    let version = if *hearing == ActivityId::new(1) {
                        self.programme_draft
                    } else {
                        self.hearing_draft.as_ref().map(|v| v.0)
                    };
                    let today = self.today;
                    let a = self.activities.iter_mut().find(|a| a.id == *hearing).unwrap();
                    a.hearing.opened_at = Some(today.0.and_hms_opt(9, 0, 0).unwrap().and_utc().timestamp());
                    a.hearing.version = version;
                }
                Step::CloseHearing { reason } => {
                    let today = self.today;
                    let a = self.activities.iter_mut().find(|a| a.takes_responses(today)).unwrap();
                    a.hearing.closed_on = Some(today);
                    a.hearing.close_reason = reason.clone();
                }
                Step::Adopt { .. } => self.adopted_versions += 1,
                _ => {}
            }
            self.phase = phase;
            Ok(())
        }
    }

    #[test]
    fn the_life_cycle_in_order_and_its_refusals() {
        let mut w = World::new();
        w.programme_draft = None;
        assert_eq!(
            w.take(&Step::OpenHearing { hearing: ActivityId::new(1), confirm_empty_chapters: false }),
            Err(Refusal::NoProgrammeDraft)
        );
        w.programme_draft = Some(VersionId::new(2));
        let adopt = |confirm| Step::Adopt {
            body: Some(BodyKind::Council),
            decision_ref: "KST-sak 12/26".into(),
            confirm_unanswered: confirm,
        };
        assert_eq!(w.take(&adopt(true)), Err(Refusal::WrongPhase(Phase::Start)));
        w.take(&Step::OpenHearing { hearing: ActivityId::new(1), confirm_empty_chapters: false }).unwrap();
        assert_eq!(w.phase, Phase::ProgrammeOnHearing);
        w.today = d("01.02.2026");
        assert_eq!(w.take(&Step::AdoptProgramme), Err(Refusal::HearingStillOpen(d("15.03.2026"))));
        assert_eq!(w.take(&Step::CloseHearing { reason: " ".into() }), Err(Refusal::ReasonRequired));
        w.today = d("16.03.2026");
        assert!(!w.activities[0].takes_responses(w.today), "closed at its deadline");
        w.take(&Step::AdoptProgramme).unwrap();
        w.take(&Step::StartDrafting).unwrap();
        let open_draft = Step::OpenHearing { hearing: ActivityId::new(2), confirm_empty_chapters: false };
        assert_eq!(w.take(&open_draft), Err(Refusal::NoHearingDraft));
        w.hearing_draft = Some((VersionId::new(7), vec!["4.3 Tjenestenivå".into()]));
        assert_eq!(w.take(&open_draft), Err(Refusal::EmptyChapters(vec!["4.3 Tjenestenivå".into()])));
        w.take(&Step::OpenHearing { hearing: ActivityId::new(2), confirm_empty_chapters: true }).unwrap();
        assert_eq!(w.activities[1].hearing.version, Some(VersionId::new(7)));
        w.today = d("20.09.2026");
        assert_eq!(w.take(&adopt(true)), Err(Refusal::HearingStillOpen(d("13.10.2026"))));
        w.take(&Step::CloseHearing { reason: "Vedtaket må rekke kommunestyret".into() }).unwrap();
        assert!(!w.activities[1].takes_responses(w.today), "closed early");
        let by = |body| Step::Adopt { body, decision_ref: "KST-sak 12/26".into(), confirm_unanswered: true };
        assert_eq!(w.take(&by(Some(BodyKind::ExecutiveCommittee))), Err(Refusal::CouncilMustAdopt));
        assert_eq!(w.take(&by(None)), Err(Refusal::BodyRequired));
        assert_eq!(w.take(&adopt(false)), Err(Refusal::Unanswered(vec!["I-1".into()])));
        w.take(&adopt(true)).unwrap();
        assert_eq!(w.phase, Phase::Adopted);
        w.take(&Step::StartFollowUp).unwrap();
        w.take(&Step::StartRevision).unwrap();
        w.take(&Step::StartDrafting).unwrap();
        assert_eq!(w.phase, Phase::Drafting);
    }

    #[test]
    fn an_opened_hearing_keeps_its_kind_and_period() {
        let mut h = hearing(1, ActivityKind::DraftHearing, "01.09.2026", "13.10.2026");
        let mut renamed = h.fields.clone();
        renamed.title = "Høring av revidert planforslag".into();
        let mut shorter = h.fields.clone();
        shorter.end = Some(d("01.10.2026"));
        assert_eq!(check_activity_change(&h, Some(&shorter)), Ok(()), "not opened: anything goes");
        h.hearing.opened_at = Some(1);
        assert_eq!(check_activity_change(&h, Some(&renamed)), Ok(()));
        assert_eq!(check_activity_change(&h, Some(&shorter)), Err(Refusal::HearingOpened));
        assert_eq!(check_activity_change(&h, None), Err(Refusal::HearingOpened), "nor is it removed");
    }

    #[test]
    fn a_passed_deadline_moves_the_phase_on_without_a_step() {
        let mut w = World::new();
        w.phase = Phase::Drafting;
        w.hearing_draft = Some((VersionId::new(1), vec![]));
        w.today = d("01.09.2026");
        w.take(&Step::OpenHearing { hearing: ActivityId::new(2), confirm_empty_chapters: false }).unwrap();
        assert_eq!(current_phase(&w.facts()), Phase::DraftOnHearing);
        w.today = d("14.10.2026");
        assert_eq!(current_phase(&w.facts()), Phase::RevisionAfterHearing);
        assert_eq!(
            w.take(&Step::OpenHearing { hearing: ActivityId::new(1), confirm_empty_chapters: false }),
            Err(Refusal::WrongPhase(Phase::RevisionAfterHearing))
        );
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (1i64..3, any::<bool>())
                .prop_map(|(h, c)| Step::OpenHearing { hearing: ActivityId::new(h), confirm_empty_chapters: c }),
            prop_oneof![Just(String::new()), Just("Grunn".to_owned())].prop_map(|reason| Step::CloseHearing { reason }),
            Just(Step::AdoptProgramme),
            Just(Step::StartDrafting),
            (prop::option::of(prop_oneof![Just(BodyKind::Council), Just(BodyKind::ExecutiveCommittee)]), any::<bool>())
                .prop_map(|(body, c)| Step::Adopt { body, decision_ref: "KST 1/26".into(), confirm_unanswered: c }),
            Just(Step::StartFollowUp),
            Just(Step::StartRevision),
        ]
    }

    proptest! {
        /// Whatever a plan lead tries, in any order, on any days: the plan is adopted
        /// only by the council after a draft hearing has closed, and a hearing takes
        /// responses only while opened, not closed and within its period.
        #[test]
        fn no_sequence_adopts_before_a_closed_hearing(
            moves in prop::collection::vec((step(), 0i64..40, any::<bool>()), 0..30)
        ) {
            let mut w = World::new();
            for (step, days, freeze) in moves {
                w.today = w.today.plus_days(days);
                if freeze && w.hearing_draft.is_none() {
                    w.hearing_draft = Some((VersionId::new(1), vec![]));
                }
                let before = w.phase;
                let open_before = open_hearing(&w.activities, w.today).map(|a| a.id);
                let result = w.take(&step);
                if w.phase == Phase::Adopted && before != Phase::Adopted {
                    prop_assert!(result.is_ok());
                    prop_assert!(w.activities.iter().any(|a| a.fields.kind == ActivityKind::DraftHearing && a.has_closed(w.today)));
                    prop_assert!(open_before.is_none(), "adopted while a hearing was open");
                    let by_council = matches!(step, Step::Adopt { body: Some(BodyKind::Council), .. });
                    prop_assert!(by_council, "adopted by the council only");
                    prop_assert!(w.adopted_versions >= 1);
                }
                for a in &w.activities {
                    if a.takes_responses(w.today) {
                        prop_assert!(a.hearing.opened_at.is_some() && a.hearing.closed_on.is_none());
                        prop_assert!(a.fields.end.is_some_and(|end| w.today <= end));
                    }
                    if a.has_closed(w.today) {
                        prop_assert!(!a.takes_responses(w.today), "a closed hearing refuses responses");
                    }
                }
                if w.adopted_versions > 0 {
                    prop_assert!(w.activities[1].hearing.opened_at.is_some(), "the draft was heard");
                }
            }
        }
    }
}
