//! Each rule on a plan that passes it and one that fails it; the seeds' real timelines.

use super::*;
use crate::goals::{GoalFields, GoalLevel};
use crate::ids::OrgId;
use crate::measures::{AgeBand, Evidence, MeasureFields, MeasureStatus};
use crate::plan::activity::{ActivityFields, ActivityKind};
use crate::plan::process::HearingState;
use crate::plan::programme::{CouncilDecision, Decisions, Group, GroupKind, GroupMember};
use crate::plan::{Period, Phase};
use crate::timeline::BodyKind;

fn d(s: &str) -> NorDate {
    NorDate::parse(s).unwrap()
}

fn measure(id: i64, name: &str, owner: &str, partners: &[&str], themes: &[Theme]) -> Measure {
    Measure {
        id: MeasureId::new(id),
        plan_id: PlanId::new(1),
        fields: MeasureFields {
            name: name.into(),
            owner: owner.into(),
            partners: partners.iter().map(|p| (*p).into()).collect(),
            age_bands: vec![AgeBand::Age13To15],
            themes: themes.to_vec(),
            evidence: Evidence::Ungsinn(3),
            status: Some(MeasureStatus::Running),
            start: Some(d("01.08.2024")),
            evaluation: Some(d("01.06.2026")),
            goals: vec![GoalId::new(3)],
            ..MeasureFields::default()
        },
    }
}

fn goal(id: i64, level: GoalLevel, parent: Option<i64>, title: &str) -> Goal {
    Goal {
        id: GoalId::new(id),
        plan_id: PlanId::new(1),
        fields: GoalFields {
            level,
            parent: parent.map(GoalId::new),
            title: title.into(),
            master_plan_goal: String::new(),
            sdg_targets: Vec::new(),
            indicator: "Ungdata: andel som trives".into(),
            evaluation: None,
            measured_by: None,
            baseline: String::new(),
            target: String::new(),
        },
    }
}

fn activity(
    id: i64,
    kind: ActivityKind,
    title: &str,
    start: &str,
    end: Option<&str>,
    body: Option<BodyKind>,
) -> Activity {
    Activity {
        id: ActivityId::new(id),
        plan_id: PlanId::new(1),
        fields: ActivityFields {
            kind,
            title: title.into(),
            start: d(start),
            end: end.map(d),
            responsible: String::new(),
            body,
            done: true,
            justification: String::new(),
        },
        hearing: HearingState::default(),
    }
}

fn linked(kind: LinkKind, id: i64, title: &str, plan_type: &str) -> LinkedPlan {
    LinkedPlan { kind, id: PlanId::new(id), title: title.into(), plan_type: plan_type.into(), themes: Vec::new() }
}

fn chapter(key: &str, number: &str, title: &str, has_text: bool) -> ChapterFacts {
    ChapterFacts { key: ChapterKey::parse(key).unwrap(), number: number.into(), title: title.into(), has_text }
}

/// A plan every rule passes: the model the failing plans below each break in one place.
fn good() -> CheckInput {
    use Theme::*;
    let programme = Programme {
        groups: vec![Group {
            kind: GroupKind::Working,
            mandate: String::new(),
            members: vec![
                GroupMember { name: String::new(), service: "Helse".into(), role: String::new() },
                GroupMember { name: String::new(), service: "Skole".into(), role: String::new() },
            ],
        }],
        decisions: Decisions {
            master_plan_reason: String::new(),
            child_welfare_role: CouncilDecision {
                decided_on: Some(d("14.12.2023")),
                case_number: "23/118".into(),
                summary: "Barnevernstjenesten veileder de andre tjenestene og deltar i BTI-teamet".into(),
            },
        },
        ..Programme::default()
    };
    CheckInput {
        plan: Plan {
            id: PlanId::new(1),
            org_id: OrgId::new(1),
            plan_type: "preventive".into(),
            title: "Plan for forebyggende arbeid".into(),
            phase: Phase::Drafting,
            period: Some(Period { from: 2024, to: 2027 }),
            under_pbl: true,
        },
        today: d("01.03.2024"),
        programme,
        chapters: vec![
            chapter("3.2", "3.2", "Organisering og fordeling av ansvar", true),
            chapter("3.3", "3.3", "Samarbeid mellom etatene", true),
        ],
        measures: vec![
            measure(
                1,
                "Helsesykepleier i skolen",
                "Helsestasjonen",
                &["Skolen"],
                &[PhysicalHealth, MentalHealth, Neglect],
            ),
            measure(2, "Foreldreveiledning", "Helsestasjonen", &["Barnehagen"], &[BehaviouralProblems, PublicHealth]),
        ],
        goals: vec![
            goal(1, GoalLevel::Main, None, "Alle barn skal ha en god oppvekst"),
            goal(2, GoalLevel::Sub, Some(1), "Tidlig innsats"),
            goal(3, GoalLevel::Strategy, Some(2), "Hjelp tidlig i skolen"),
        ],
        activities: vec![
            activity(1, ActivityKind::DraftHearing, "Høring", "04.09.2023", Some("20.10.2023"), None),
            activity(
                2,
                ActivityKind::PoliticalTreatment,
                "Utvalg",
                "30.08.2023",
                None,
                Some(BodyKind::StandingCommittee),
            ),
            activity(3, ActivityKind::PlanAdoption, "Vedtak", "14.12.2023", None, Some(BodyKind::Council)),
        ],
        inputs: vec![InputFacts {
            id: InputId::new(1),
            reference: "2023-001".into(),
            channel: Channel::Hearing,
            answered: true,
        }],
        conferences: vec![ConferenceFacts {
            title: "Dialogkonferanse".into(),
            participants: "Elever på 8.–10. trinn og foreldre".into(),
            held_on: d("10.10.2023"),
        }],
        links: vec![
            linked(LinkKind::AnchoredIn, 2, "Kommuneplanens samfunnsdel", "master_plan"),
            linked(LinkKind::Overlaps, 3, "Handlingsplan mot vold i nære relasjoner", "violence"),
            linked(LinkKind::Overlaps, 4, "Rusmiddelpolitisk handlingsplan", "alcohol"),
            linked(LinkKind::Overlaps, 5, "Handlingsplan for selvmordsforebygging", "suicide"),
        ],
    }
}

fn outcome(id: &str, input: &CheckInput) -> Outcome {
    let rule = rules::RULES.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no rule {id}"));
    (rule.check)(input)
}

fn hits(id: &str, input: &CheckInput) -> Vec<Hit> {
    match outcome(id, input) {
        Outcome::Hits(hits) => hits,
        Outcome::NotApplicable => panic!("{id} does not apply"),
    }
}

#[test]
fn the_model_plan_passes_every_rule_that_applies_and_scores_100() {
    let report = check(&good());
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert_eq!(report.total.percent(), 100);
    assert_eq!(report.passed, rules::RULES.len() - 1, "only the practice rule for plans outside pbl does not apply");
    assert_eq!(outcome("hearing-six-weeks-practice", &good()), Outcome::NotApplicable);
}

#[test]
fn every_rule_has_words_a_basis_and_a_unique_id() {
    assert!(rules::law_references_exist());
    let mut ids: Vec<&str> = rules::RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), rules::RULES.len());
    for area in Area::ALL {
        assert!(rules::RULES.iter().any(|r| r.area == area), "{area:?} has a rule");
    }
}

/// Each case breaks the model plan in one place and names the rule that must then fail,
/// with the place its hit points at.
#[test]
fn each_rule_fails_on_a_plan_that_breaks_it() {
    type Break = fn(&mut CheckInput);
    type Lands = fn(&Place) -> bool;
    let cases: Vec<(&str, Break, Lands)> = vec![
        (
            "goals-and-strategies",
            |p| p.goals.retain(|g| g.fields.level != GoalLevel::Strategy),
            |pl| *pl == Place::Goals,
        ),
        (
            "one-owner",
            |p| p.measures[0].fields.owner = "Helsestasjonen og skolen".into(),
            |pl| matches!(pl, Place::Measure { field: "owner", .. }),
        ),
        (
            "one-owner",
            |p| p.measures[1].fields.owner = " ".into(),
            |pl| matches!(pl, Place::Measure { field: "owner", .. }),
        ),
        (
            "services-have-a-part",
            |p| p.measures[0].fields.partners.clear(),
            |pl| *pl == Place::Programme { part: "groups" },
        ),
        ("organisation-described", |p| p.chapters[0].has_text = false, |pl| matches!(pl, Place::Chapter { .. })),
        ("cooperation-described", |p| p.chapters.truncate(1), |pl| *pl == Place::Programme { part: "outline" }),
        (
            "anchored-in-master-plan",
            |p| p.links.remove(0).id.get().eq(&2).then_some(()).unwrap(),
            |pl| *pl == Place::Links,
        ),
        (
            "child-welfare-role",
            |p| p.programme.decisions.child_welfare_role.summary.clear(),
            |pl| *pl == Place::Programme { part: "decisions" },
        ),
        (
            "child-welfare-role",
            |p| p.programme.decisions.child_welfare_role.decided_on = None,
            |pl| *pl == Place::Programme { part: "decisions" },
        ),
        (
            "answers-before-adoption",
            |p| p.activities[2].fields.start = d("20.10.2023"),
            |pl| matches!(pl, Place::Activity { field: "start", .. }),
        ),
        (
            "answers-before-adoption",
            |p| p.inputs[0].answered = false,
            |pl| matches!(pl, Place::Activity { field: "start", .. }),
        ),
        (
            "goals-measured",
            |p| p.goals[1].fields.indicator.clear(),
            |pl| matches!(pl, Place::Goal { id, field: "indicator", .. } if id.get() == 2),
        ),
        (
            "adopted-by-council",
            |p| p.activities[2].fields.body = Some(BodyKind::ExecutiveCommittee),
            |pl| matches!(pl, Place::Activity { field: "body", .. }),
        ),
        ("adopted-by-council", |p| p.activities.truncate(2), |pl| *pl == Place::NewActivity),
        (
            "hearing-six-weeks",
            |p| p.activities[0].fields.end = Some(d("06.10.2023")),
            |pl| matches!(pl, Place::Activity { field: "end", .. }),
        ),
        (
            "hearing-holiday",
            |p| {
                p.activities[0].fields.start = d("19.06.2023");
                p.activities[0].fields.end = Some(d("06.08.2023"));
            },
            |pl| matches!(pl, Place::Activity { field: "end", .. }),
        ),
        ("inputs-answered", |p| p.inputs[0].answered = false, |pl| matches!(pl, Place::Input { .. })),
        ("expected-themes", |p| p.links.truncate(3), |pl| *pl == Place::Theme(Theme::Suicide)),
        (
            "measures-concrete",
            |p| p.measures[0].fields.start = None,
            |pl| matches!(pl, Place::Measure { field: "start", .. }),
        ),
        (
            "measures-concrete",
            |p| p.measures[0].fields.age_bands.clear(),
            |pl| matches!(pl, Place::Measure { field: "age_bands", .. }),
        ),
        (
            "evaluation-dates",
            |p| p.measures[1].fields.evaluation = None,
            |pl| matches!(pl, Place::Measure { field: "evaluation", .. }),
        ),
        (
            "youth-took-part",
            |p| p.conferences[0].participants = "Foreldre og ansatte".into(),
            |pl| *pl == Place::Programme { part: "participation" },
        ),
        (
            "cross-sector",
            |p| p.measures.iter_mut().for_each(|m| m.fields.partners.clear()),
            |pl| *pl == Place::Measures,
        ),
        (
            "political-treatment",
            |p| p.activities.retain(|a| a.fields.kind == ActivityKind::DraftHearing),
            |pl| *pl == Place::NewActivity,
        ),
        (
            "goals-have-measures",
            |p| p.measures.iter_mut().for_each(|m| m.fields.goals = vec![GoalId::new(2)]),
            |pl| matches!(pl, Place::Goal { id, .. } if id.get() == 3),
        ),
        (
            "measures-serve-goals",
            |p| p.measures[0].fields.goals.clear(),
            |pl| matches!(pl, Place::Measure { field: "goals", .. }),
        ),
        (
            "evidence-rated",
            |p| p.measures[0].fields.evidence = Evidence::NotRated,
            |pl| matches!(pl, Place::Measure { field: "evidence_source", .. }),
        ),
    ];
    for (id, break_it, at) in cases {
        assert!(hits(id, &good()).is_empty(), "{id} passes on the model plan");
        let mut plan = good();
        break_it(&mut plan);
        let found = hits(id, &plan);
        assert!(!found.is_empty(), "{id} fails on the broken plan");
        assert!(found.iter().all(|h| at(&h.place)), "{id}: {found:?}");
        let report = check(&plan);
        assert!(report.findings.iter().any(|f| f.rule == id), "{id} is in the report");
        assert!(report.total.percent() < 100, "{id} lowers the score");
    }
}

#[test]
fn evidence_not_rated_on_purpose_says_where_the_knowledge_comes_from() {
    let mut plan = good();
    plan.measures[0].fields.evidence = Evidence::NotRated;
    plan.measures[0].fields.evidence_source = "Lokal erfaring; ikke vurdert i Ungsinn".into();
    assert!(hits("evidence-rated", &plan).is_empty());
}

#[test]
fn a_stated_reason_anchors_a_plan_without_a_link_to_the_master_plan() {
    let mut plan = good();
    plan.links.retain(|l| l.plan_type != "master_plan");
    assert_eq!(hits("anchored-in-master-plan", &plan).len(), 1);
    plan.programme.decisions.master_plan_reason = "Samfunnsdelen rulleres i 2025; planen forankres da.".into();
    assert!(hits("anchored-in-master-plan", &plan).is_empty());
}

#[test]
fn an_evaluation_date_measures_a_goal_as_well_as_an_indicator() {
    let mut plan = good();
    plan.goals[1].fields.indicator.clear();
    plan.goals[1].fields.evaluation = Some(d("01.06.2026"));
    assert!(hits("goals-measured", &plan).is_empty());
}

#[test]
fn unanswered_inputs_only_block_an_adoption_meeting_that_is_held() {
    let mut plan = good();
    plan.inputs[0].answered = false;
    plan.activities[2].fields.start = d("01.05.2024");
    plan.activities[2].fields.done = false;
    assert!(hits("answers-before-adoption", &plan).is_empty(), "the meeting is ahead; inputs-answered says it");
    assert_eq!(hits("inputs-answered", &plan).len(), 1);
    plan.today = d("02.05.2024");
    assert!(hits("answers-before-adoption", &plan).is_empty(), "a date passed is not a meeting held");
    plan.activities[2].fields.done = true;
    let found = hits("answers-before-adoption", &plan);
    assert_eq!(found[0].details, [("unanswered", "1".to_string())]);
    plan.activities[2].fields.done = false;
    plan.plan.phase = Phase::Adopted;
    assert_eq!(hits("answers-before-adoption", &plan).len(), 1, "an adopted plan's meeting was held");
}

#[test]
fn a_justified_short_hearing_passes_the_law_but_not_good_practice_outside_it() {
    let mut plan = good();
    plan.activities[0].fields.end = Some(d("06.10.2023"));
    plan.activities[0].fields.justification = "Vedtatt kortere frist i formannskapet".into();
    assert!(hits("hearing-six-weeks", &plan).is_empty());
    plan.plan.under_pbl = false;
    assert_eq!(outcome("hearing-six-weeks", &plan), Outcome::NotApplicable);
    let found = hits("hearing-six-weeks-practice", &plan);
    assert_eq!(found[0].details, [("days", "32".to_string()), ("earliest", "16.10.2023".to_string())]);
}

#[test]
fn a_theme_is_covered_by_the_plans_measures_or_by_a_linked_plan_and_the_report_says_which() {
    let report = check(&good());
    let of = |t| report.theme_coverage.iter().find(|c| c.theme == t).unwrap().clone();
    assert!(of(Theme::Neglect).by_this_plan);
    assert_eq!(of(Theme::Violence).by_linked, ["Handlingsplan mot vold i nære relasjoner"]);
    assert!(!of(Theme::Violence).by_this_plan);
    assert_eq!(of(Theme::Overdose).by_linked, ["Rusmiddelpolitisk handlingsplan"]);
    let mut without = good();
    without.links.retain(|l| l.plan_type != "alcohol");
    let missing: Vec<Place> = hits("expected-themes", &without).into_iter().map(|h| h.place).collect();
    assert_eq!(missing, [Place::Theme(Theme::Overdose), Place::Theme(Theme::AlcoholAndDrugs)]);
}

#[test]
fn law_findings_cite_the_paragraph_in_force_on_the_plans_date() {
    let mut plan = good();
    plan.goals.clear();
    let cite = |plan: &CheckInput| {
        check(plan).findings.iter().find(|f| f.rule == "goals-and-strategies").unwrap().law.unwrap().citation()
    };
    assert_eq!(cite(&plan), "barnevernsloven § 15-1");
    plan.activities[2].fields.start = d("15.06.2022");
    assert_eq!(cite(&plan), "barnevernloven (1992) § 3-1", "adopted in 2022: the old act's § 3-1");
}

#[test]
fn must_findings_come_first_and_areas_are_scored_by_weight() {
    let mut plan = good();
    plan.measures[0].fields.evidence = Evidence::NotRated; // advice, traceability
    plan.goals.clear(); // must, law; and traceability's goal rules no longer apply
    let report = check(&plan);
    let order: Vec<Severity> = report.findings.iter().map(|f| f.severity).collect();
    assert_eq!(order, [Severity::Must, Severity::Advice]);
    let law = report.areas.iter().find(|(a, _)| *a == Area::Law).unwrap().1;
    // Law: goals (3, fails), one owner (3), services (2), organisation (3), cooperation
    // (3), anchored (2), child welfare's role (3), council (3): 19 of 22.
    assert_eq!((law.passed, law.applicable), (19, 22));
    let traceability = report.areas.iter().find(|(a, _)| *a == Area::Traceability).unwrap().1;
    assert_eq!((traceability.passed, traceability.applicable), (0, 1));
}

/// Engerdal (seed 001) and Sandefjord (seed 003), as their documents tell it: both made
/// under plan- og bygningsloven's process, each draft hearing shorter than six weeks.
mod seeds {
    use super::*;

    fn timeline(plan: &mut CheckInput, activities: Vec<Activity>) {
        plan.activities = activities;
    }

    #[test]
    fn engerdal_2024() {
        let mut plan = good();
        timeline(
            &mut plan,
            vec![
                activity(
                    1,
                    ActivityKind::ProgrammeHearing,
                    "Høring av planprogram",
                    "19.06.2023",
                    Some("06.08.2023"),
                    None,
                ),
                activity(
                    2,
                    ActivityKind::DraftHearing,
                    "Høring av planforslag",
                    "22.01.2024",
                    Some("29.02.2024"),
                    None,
                ),
                activity(
                    3,
                    ActivityKind::PoliticalTreatment,
                    "Formannskapet",
                    "18.01.2024",
                    None,
                    Some(BodyKind::ExecutiveCommittee),
                ),
                activity(4, ActivityKind::PlanAdoption, "Kommunestyret", "18.04.2024", None, Some(BodyKind::Council)),
            ],
        );
        let short = hits("hearing-six-weeks", &plan);
        assert_eq!(short.len(), 1, "{short:?}");
        assert_eq!(short[0].details, [("days", "38".to_string()), ("earliest", "04.03.2024".to_string())]);
        let holiday = hits("hearing-holiday", &plan);
        assert_eq!(
            holiday[0].details,
            [("holiday", "summer".to_string()), ("days", "28".to_string()), ("suggested", "03.09.2023".to_string())]
        );
        assert!(hits("adopted-by-council", &plan).is_empty());
        assert!(hits("answers-before-adoption", &plan).is_empty(), "adopted seven weeks after the deadline");

        plan.activities[1].fields.justification = "Kort frist for å rekke kommunestyret i april".into();
        assert!(hits("hearing-six-weeks", &plan).is_empty(), "a justified shorter hearing passes");
    }

    #[test]
    fn sandefjord_2023() {
        let mut plan = good();
        timeline(
            &mut plan,
            vec![
                activity(
                    1,
                    ActivityKind::ProgrammeHearing,
                    "Planprogram på høring",
                    "14.12.2022",
                    Some("25.01.2023"),
                    None,
                ),
                activity(
                    2,
                    ActivityKind::ProgrammeAdoption,
                    "Planprogram fastsatt",
                    "28.03.2023",
                    None,
                    Some(BodyKind::ExecutiveCommittee),
                ),
                activity(
                    3,
                    ActivityKind::DraftHearing,
                    "Planforslag på høring",
                    "01.06.2023",
                    Some("10.07.2023"),
                    None,
                ),
                activity(4, ActivityKind::PlanAdoption, "Vedtak", "21.09.2023", None, Some(BodyKind::Council)),
            ],
        );
        let short: Vec<_> = hits("hearing-six-weeks", &plan).into_iter().map(|h| h.details).collect();
        assert_eq!(short, [vec![("days", "39".to_string()), ("earliest", "13.07.2023".to_string())]]);
        let holidays: Vec<String> = hits("hearing-holiday", &plan)
            .into_iter()
            .map(|h| format!("{}:{}", h.details[0].1, h.details[1].1))
            .collect();
        assert_eq!(holidays, ["christmas:13", "summer:1"]);
        assert!(hits("adopted-by-council", &plan).is_empty(), "adopted by the council on 21.09.2023");
        plan.inputs.clear();
        assert!(hits("answers-before-adoption", &plan).is_empty(), "the hearing got no inputs; none to answer");

        plan.activities[3].fields.start = d("05.09.2023");
        plan.activities[3].fields.body = Some(BodyKind::ExecutiveCommittee);
        let found = hits("adopted-by-council", &plan);
        assert_eq!(found[0].details, [("body", "executive_committee".to_string())]);
    }
}
