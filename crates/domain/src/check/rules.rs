//! The rules of the plan check, one function each, and the table that gives each its
//! area, severity and basis. Sources: barnevernsloven § 15-1 (and § 3-1 of the 1992 act
//! before 2023), plan- og bygningsloven §§ 11-13 and 11-14, the county governor's
//! invitation to a joint planning process (seed 000: the themes a plan is expected to
//! meet), and the Seljord steering group's own criteria for a good plan (seed 004).

use super::{Area, Basis, CheckInput, Hit, Outcome, Place, Rule, Severity, ThemeCoverage};
use crate::goals::GoalLevel;
use crate::hearing::Channel;
use crate::measures::Evidence;
use crate::measures::MeasureStatus;
use crate::plan::activity::ActivityKind;
use crate::plan::programme::GroupKind;
use crate::plan::{LinkKind, Phase, register};
use crate::theme::Theme;
use crate::timeline::adoption::check_plan_adoption;
use crate::timeline::hearing::{self, HearingFinding};
use crate::timeline::{BodyKind, holidays::HolidayKind};

const BVL: &[&str] = &["bvl-2021-15-1", "bvl-1992-3-1"];
const PBL_HEARING: &[&str] = &["pbl-11-14", "pbl-11-13"];
const COUNTY_GOVERNOR: &str = "county-governor";
const SELJORD: &str = "seljord";
const HEARING_PRACTICE: &str = "hearing-practice";
const TRACEABILITY: &str = "traceability";

macro_rules! rule {
    ($id:literal, $area:ident, $severity:ident, $basis:expr, $check:path) => {
        Rule { id: $id, area: Area::$area, severity: Severity::$severity, basis: $basis, check: $check }
    };
}

/// Every rule, in the order the report lists rules of equal severity and area.
pub static RULES: &[Rule] = &[
    rule!("goals-and-strategies", Law, Must, Basis::Law(BVL), goals_and_strategies),
    rule!("one-owner", Law, Must, Basis::Law(BVL), one_owner),
    rule!("services-have-a-part", Law, Should, Basis::Law(BVL), services_have_a_part),
    rule!("organisation-described", Law, Must, Basis::Law(BVL), organisation_described),
    rule!("cooperation-described", Law, Must, Basis::Law(BVL), cooperation_described),
    rule!("anchored-in-master-plan", Law, Should, Basis::Source(COUNTY_GOVERNOR), anchored_in_master_plan),
    rule!("child-welfare-role", Law, Must, Basis::Law(BVL), child_welfare_role),
    rule!("adopted-by-council", Law, Must, Basis::Law(BVL), adopted_by_council),
    rule!("hearing-six-weeks", Hearings, Must, Basis::Law(PBL_HEARING), hearing_six_weeks_under_pbl),
    rule!("hearing-six-weeks-practice", Hearings, Should, Basis::Source(HEARING_PRACTICE), hearing_six_weeks_practice),
    rule!("hearing-holiday", Hearings, Advice, Basis::Source(HEARING_PRACTICE), hearing_over_holiday),
    rule!("inputs-answered", Hearings, Must, Basis::Source(HEARING_PRACTICE), inputs_answered),
    rule!("answers-before-adoption", Hearings, Must, Basis::Source(HEARING_PRACTICE), answers_before_adoption),
    rule!("expected-themes", Themes, Should, Basis::Source(COUNTY_GOVERNOR), expected_themes),
    rule!("measures-concrete", Seljord, Should, Basis::Source(SELJORD), measures_concrete),
    rule!("evaluation-dates", Seljord, Should, Basis::Source(SELJORD), evaluation_dates),
    rule!("youth-took-part", Seljord, Should, Basis::Source(SELJORD), youth_took_part),
    rule!("cross-sector", Seljord, Should, Basis::Source(SELJORD), cross_sector),
    rule!("political-treatment", Seljord, Should, Basis::Source(SELJORD), political_treatment),
    rule!("goals-have-measures", Traceability, Should, Basis::Source(TRACEABILITY), goals_have_measures),
    rule!("goals-measured", Traceability, Should, Basis::Source(TRACEABILITY), goals_measured),
    rule!("measures-serve-goals", Traceability, Should, Basis::Source(TRACEABILITY), measures_serve_goals),
    rule!("evidence-rated", Traceability, Advice, Basis::Source(TRACEABILITY), evidence_rated),
];

/// The themes the county governor expects a municipality's plans to meet (seed 000:
/// neglect, violence, sexual abuse, suicide, overdose, alcohol and drug dependence,
/// behavioural problems, physical and mental health, public health) — the shipped
/// theme list is that list.
pub const EXPECTED_THEMES: [Theme; 10] = Theme::ALL;

/// The themes a plan of a type covers by what it is, whatever its measures say (a plan
/// against violence in close relationships covers violence and sexual abuse).
fn themes_of_plan_type(code: &str) -> &'static [Theme] {
    match code {
        "violence" => &[Theme::Violence, Theme::SexualAbuse],
        "suicide" => &[Theme::Suicide],
        "alcohol" => &[Theme::AlcoholAndDrugs, Theme::Overdose],
        "public_health" => &[Theme::PublicHealth],
        _ => &[],
    }
}

fn applies(yes: bool, hits: Vec<Hit>) -> Outcome {
    if yes { Outcome::Hits(hits) } else { Outcome::NotApplicable }
}

fn is_preventive(input: &CheckInput) -> bool {
    input.plan.plan_type == "preventive"
}

/// § 15-1: the plan sets overall goals and strategies.
fn goals_and_strategies(input: &CheckInput) -> Outcome {
    let has = |level| input.goals.iter().any(|g| g.fields.level == level);
    let mut hits = Vec::new();
    if !has(GoalLevel::Main) {
        hits.push(Hit::at(Place::Goals).with("missing", "main"));
    }
    if !has(GoalLevel::Strategy) {
        hits.push(Hit::at(Place::Goals).with("missing", "strategy"));
    }
    applies(is_preventive(input), hits)
}

/// § 15-1 divides responsibility between the services: each measure has exactly one
/// owner (several owners in one field is no owner).
fn one_owner(input: &CheckInput) -> Outcome {
    let hits = input
        .measures
        .iter()
        .filter(|m| {
            let owner = m.fields.owner.trim();
            owner.is_empty() || owner.contains([';', ',', '/', '&']) || owner.contains(" og ")
        })
        .map(|m| Hit::at(Place::Measure { id: m.id, name: m.fields.name.clone(), field: "owner" }))
        .collect();
    applies(!input.measures.is_empty() || is_preventive(input), hits)
}

/// A service's name as the groups and the register write it, for matching "Skole" with
/// "Skolen" and "Helse" with "Helsestasjonen".
fn same_service(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
    !a.is_empty() && !b.is_empty() && (a.starts_with(&b) || b.starts_with(&a))
}

/// Every service named in the working or resource groups owns or joins a measure.
fn services_have_a_part(input: &CheckInput) -> Outcome {
    let mut named: Vec<&str> = Vec::new();
    for group in input.programme.groups.iter().filter(|g| matches!(g.kind, GroupKind::Working | GroupKind::Resource)) {
        for member in &group.members {
            let service = member.service.trim();
            if !service.is_empty() && !named.iter().any(|n| n.eq_ignore_ascii_case(service)) {
                named.push(service);
            }
        }
    }
    let takes_part = |service: &str| {
        input.measures.iter().any(|m| {
            same_service(&m.fields.owner, service) || m.fields.partners.iter().any(|p| same_service(p, service))
        })
    };
    let hits = named
        .into_iter()
        .filter(|s| !takes_part(s))
        .map(|s| Hit::at(Place::Programme { part: "groups" }).with("service", s))
        .collect();
    applies(!input.measures.is_empty(), hits)
}

/// The chapters whose title says they carry a subject: nb and nn stems.
fn chapters_about<'a>(input: &'a CheckInput, stems: &[&str]) -> Vec<&'a super::ChapterFacts> {
    input
        .chapters
        .iter()
        .filter(|c| {
            let title = c.title.to_lowercase();
            stems.iter().any(|s| title.contains(s))
        })
        .collect()
}

fn described(input: &CheckInput, stems: &[&str]) -> Outcome {
    let chapters = chapters_about(input, stems);
    let hits = if chapters.is_empty() {
        vec![Hit::at(Place::Programme { part: "outline" })]
    } else if chapters.iter().any(|c| c.has_text) {
        Vec::new()
    } else {
        chapters
            .iter()
            .map(|c| Hit::at(Place::Chapter { key: c.key.clone(), number: c.number.clone(), title: c.title.clone() }))
            .collect()
    };
    applies(is_preventive(input) && !input.chapters.is_empty(), hits)
}

/// § 15-1: the plan describes how the preventive work is organised.
fn organisation_described(input: &CheckInput) -> Outcome {
    described(input, &["organiser", "organisering"])
}

/// § 15-1: the plan describes how the services cooperate.
fn cooperation_described(input: &CheckInput) -> Outcome {
    described(input, &["samarbeid", "samhandl"])
}

/// The plan is anchored in the social element of the municipal master plan: a link in
/// the portfolio, or a stated reason why there is none.
fn anchored_in_master_plan(input: &CheckInput) -> Outcome {
    let anchored = input.links.iter().any(|l| l.kind == LinkKind::AnchoredIn && l.plan_type == "master_plan");
    let reasoned = !input.programme.decisions.master_plan_reason.trim().is_empty();
    let hits = if anchored || reasoned { Vec::new() } else { vec![Hit::at(Place::Links)] };
    applies(input.plan.plan_type != "master_plan", hits)
}

/// § 15-1: the council decides the child welfare service's role in prevention; the plan
/// records when and what.
fn child_welfare_role(input: &CheckInput) -> Outcome {
    let recorded = input.programme.decisions.child_welfare_role.recorded();
    let hits = if recorded { Vec::new() } else { vec![Hit::at(Place::Programme { part: "decisions" })] };
    applies(is_preventive(input), hits)
}

/// A plan only the council may adopt is adopted by the council itself, and its adoption
/// is in the calendar.
fn adopted_by_council(input: &CheckInput) -> Outcome {
    let Some(plan_type) = input.plan_type() else { return Outcome::NotApplicable };
    let adoptions: Vec<_> = input.activities.iter().filter(|a| a.fields.kind == ActivityKind::PlanAdoption).collect();
    let mut hits: Vec<Hit> = adoptions
        .iter()
        .filter_map(|a| {
            let body = a.fields.body.unwrap_or(BodyKind::Other);
            check_plan_adoption(plan_type.council_must_adopt, body).map(|_| {
                Hit::at(Place::Activity { id: a.id, title: a.fields.title.clone(), field: "body" })
                    .with("body", body.as_str())
            })
        })
        .collect();
    if adoptions.is_empty() {
        hits.push(Hit::at(Place::NewActivity));
    }
    applies(plan_type.council_must_adopt, hits)
}

fn hearings(input: &CheckInput) -> impl Iterator<Item = (&crate::plan::Activity, Vec<HearingFinding>)> {
    input
        .activities
        .iter()
        .filter(|a| matches!(a.fields.kind, ActivityKind::ProgrammeHearing | ActivityKind::DraftHearing))
        .filter_map(move |a| {
            let (start, deadline) = (a.fields.start, a.fields.end?);
            let justification = Some(a.fields.justification.as_str()).filter(|j| !j.trim().is_empty());
            Some((a, hearing::check(start, deadline, input.plan.under_pbl, justification)))
        })
}

fn short_hearings(input: &CheckInput, justified_passes: bool) -> Vec<Hit> {
    hearings(input)
        .flat_map(|(a, findings)| {
            findings.into_iter().filter_map(move |f| match f {
                HearingFinding::ShorterThanSixWeeks { days, earliest_deadline, blocking }
                    if !justified_passes || blocking =>
                {
                    Some(
                        Hit::at(Place::Activity { id: a.id, title: a.fields.title.clone(), field: "end" })
                            .with("days", days.to_string())
                            .with("earliest", earliest_deadline.to_string()),
                    )
                }
                _ => None,
            })
        })
        .collect()
}

/// Plan- og bygningsloven §§ 11-13 and 11-14: at least six weeks, or a shorter period
/// justified in the calendar.
fn hearing_six_weeks_under_pbl(input: &CheckInput) -> Outcome {
    applies(input.plan.under_pbl, short_hearings(input, true))
}

/// Good practice for plans not made under plan- og bygningsloven: six weeks too.
fn hearing_six_weeks_practice(input: &CheckInput) -> Outcome {
    applies(!input.plan.under_pbl, short_hearings(input, false))
}

/// A hearing over the summer or Christmas holiday reaches fewer people.
fn hearing_over_holiday(input: &CheckInput) -> Outcome {
    let hits: Vec<Hit> = hearings(input)
        .flat_map(|(a, findings)| {
            findings.into_iter().filter_map(move |f| match f {
                HearingFinding::OverHoliday { holiday, days, suggested_deadline } => Some(
                    Hit::at(Place::Activity { id: a.id, title: a.fields.title.clone(), field: "end" })
                        .with(
                            "holiday",
                            match holiday {
                                HolidayKind::Summer => "summer",
                                HolidayKind::Christmas => "christmas",
                            },
                        )
                        .with("days", days.to_string())
                        .with("suggested", suggested_deadline.to_string()),
                ),
                _ => None,
            })
        })
        .collect();
    let any_hearing = hearings(input).next().is_some();
    applies(any_hearing, hits)
}

/// Every input is answered before adoption: the merknadsbehandling the council reads is
/// made of those answers.
fn inputs_answered(input: &CheckInput) -> Outcome {
    let hits = input
        .inputs
        .iter()
        .filter(|i| !i.answered)
        .map(|i| Hit::at(Place::Input { id: i.id, reference: i.reference.clone() }))
        .collect();
    applies(!input.inputs.is_empty(), hits)
}

/// The merknadsbehandling is the council's to read before it adopts: the adoption meeting
/// comes after the last draft hearing has closed, and no input is left without an answer
/// once the meeting is held (marked done, or the plan is adopted).
fn answers_before_adoption(input: &CheckInput) -> Outcome {
    let deadline = input
        .activities
        .iter()
        .filter(|a| a.fields.kind == ActivityKind::DraftHearing)
        .filter_map(|a| a.fields.end)
        .max();
    let unanswered = input.inputs.iter().filter(|i| !i.answered).count();
    // A meeting only in the calendar may still move; one marked done, or a plan in its
    // adopted phases, was held.
    let adopted = matches!(input.plan.phase, Phase::Adopted | Phase::FollowUp);
    let hits = input
        .activities
        .iter()
        .filter(|a| a.fields.kind == ActivityKind::PlanAdoption)
        .filter_map(|a| {
            let at = || Hit::at(Place::Activity { id: a.id, title: a.fields.title.clone(), field: "start" });
            match deadline {
                Some(deadline) if a.fields.start <= deadline => Some(at().with("deadline", deadline.to_string())),
                _ if unanswered > 0 && (a.fields.done || adopted) => {
                    Some(at().with("unanswered", unanswered.to_string()))
                }
                _ => None,
            }
        })
        .collect();
    let adoption = input.activities.iter().any(|a| a.fields.kind == ActivityKind::PlanAdoption);
    applies(adoption && deadline.is_some(), hits)
}

/// Who covers each expected theme: this plan's measures, and the linked plans by their
/// measures or by what kind of plan they are.
pub fn theme_coverage(input: &CheckInput) -> Vec<ThemeCoverage> {
    EXPECTED_THEMES
        .iter()
        .map(|&theme| ThemeCoverage {
            theme,
            by_this_plan: input.measures.iter().any(|m| m.fields.themes.contains(&theme)),
            by_linked: input
                .links
                .iter()
                .filter(|l| l.themes.contains(&theme) || themes_of_plan_type(&l.plan_type).contains(&theme))
                .map(|l| l.title.clone())
                .collect(),
        })
        .collect()
}

/// The county governor's themes: each met by this plan or a linked plan.
fn expected_themes(input: &CheckInput) -> Outcome {
    let hits =
        theme_coverage(input).into_iter().filter(|c| !c.covered()).map(|c| Hit::at(Place::Theme(c.theme))).collect();
    applies(is_preventive(input), hits)
}

fn active_or_planned(status: Option<MeasureStatus>) -> bool {
    !matches!(status, Some(MeasureStatus::Ended))
}

/// Seljord: a measure is concrete — a named owner, a target group and a start.
fn measures_concrete(input: &CheckInput) -> Outcome {
    let hits = input
        .measures
        .iter()
        .filter(|m| active_or_planned(m.fields.status))
        .filter_map(|m| {
            let field = if m.fields.age_bands.is_empty() {
                "age_bands"
            } else if m.fields.start.is_none() {
                "start"
            } else {
                return None;
            };
            Some(Hit::at(Place::Measure { id: m.id, name: m.fields.name.clone(), field }))
        })
        .collect();
    applies(!input.measures.is_empty(), hits)
}

/// Seljord: a fixed evaluation date for every measure not ended.
fn evaluation_dates(input: &CheckInput) -> Outcome {
    let hits = input
        .measures
        .iter()
        .filter(|m| active_or_planned(m.fields.status) && m.fields.evaluation.is_none())
        .map(|m| Hit::at(Place::Measure { id: m.id, name: m.fields.name.clone(), field: "evaluation" }))
        .collect();
    applies(!input.measures.is_empty(), hits)
}

/// Words that say children or young people took part (nb and nn).
fn names_youth(text: &str) -> bool {
    let text = text.to_lowercase();
    ["elev", "ungdom", "ungdomsråd", "unge", "barn", "born", "ungdomsskole", "trinn"].iter().any(|w| text.contains(w))
}

/// Seljord: the plan was made together with children or youth — a participation activity
/// or a dialogue conference with them held, or inputs from a youth survey.
fn youth_took_part(input: &CheckInput) -> Outcome {
    let held = input.conferences.iter().any(|c| c.held_on <= input.today && names_youth(&c.participants))
        || input.activities.iter().any(|a| {
            a.fields.kind == ActivityKind::Participation
                && a.fields.done
                && (names_youth(&a.fields.title) || names_youth(&a.fields.responsible))
        })
        || input.inputs.iter().any(|i| i.channel == Channel::SurveyFreeText);
    let hits = if held { Vec::new() } else { vec![Hit::at(Place::Programme { part: "participation" })] };
    applies(is_preventive(input), hits)
}

/// Seljord: at least one measure across sectors (a partner service besides the owner).
fn cross_sector(input: &CheckInput) -> Outcome {
    let across = input
        .measures
        .iter()
        .any(|m| m.fields.partners.iter().any(|p| !p.trim().is_empty() && !same_service(p, &m.fields.owner)));
    let hits = if across { Vec::new() } else { vec![Hit::at(Place::Measures)] };
    applies(!input.measures.is_empty(), hits)
}

/// A body of elected politicians (the youth council and the other councils give advice).
fn elected(body: BodyKind) -> bool {
    matches!(body, BodyKind::Council | BodyKind::ExecutiveCommittee | BodyKind::StandingCommittee)
}

/// Seljord: the plan is treated politically (a political treatment or adoption by an
/// elected body is in the calendar).
fn political_treatment(input: &CheckInput) -> Outcome {
    let treated = input.activities.iter().any(|a| {
        matches!(a.fields.kind, ActivityKind::PoliticalTreatment | ActivityKind::PlanAdoption)
            && a.fields.body.is_some_and(elected)
    });
    let hits = if treated { Vec::new() } else { vec![Hit::at(Place::NewActivity)] };
    applies(true, hits)
}

/// Every goal is served by a measure (directly, or through a goal under it).
fn goals_have_measures(input: &CheckInput) -> Outcome {
    let served_directly = |id| input.measures.iter().any(|m| m.fields.goals.contains(&id));
    let served = |id| {
        served_directly(id)
            || input.goals.iter().any(|child| {
                child.fields.parent == Some(id)
                    && (served_directly(child.id)
                        || input.goals.iter().any(|g| g.fields.parent == Some(child.id) && served_directly(g.id)))
            })
    };
    let hits = input
        .goals
        .iter()
        .filter(|g| !served(g.id))
        .map(|g| Hit::at(Place::Goal { id: g.id, title: g.fields.title.clone(), field: "title" }))
        .collect();
    applies(!input.goals.is_empty(), hits)
}

/// Every goal says how it will be followed: an indicator or an evaluation date.
fn goals_measured(input: &CheckInput) -> Outcome {
    let hits = input
        .goals
        .iter()
        .filter(|g| g.fields.indicator.trim().is_empty() && g.fields.evaluation.is_none())
        .map(|g| Hit::at(Place::Goal { id: g.id, title: g.fields.title.clone(), field: "indicator" }))
        .collect();
    applies(!input.goals.is_empty(), hits)
}

/// Every measure serves a goal.
fn measures_serve_goals(input: &CheckInput) -> Outcome {
    let hits = input
        .measures
        .iter()
        .filter(|m| m.fields.goals.is_empty())
        .map(|m| Hit::at(Place::Measure { id: m.id, name: m.fields.name.clone(), field: "goals" }))
        .collect();
    applies(!input.measures.is_empty() && !input.goals.is_empty(), hits)
}

/// Every measure has an evidence rating, or says where its knowledge comes from when it
/// is not rated (not rated on purpose).
fn evidence_rated(input: &CheckInput) -> Outcome {
    let hits = input
        .measures
        .iter()
        .filter(|m| m.fields.evidence == Evidence::NotRated && m.fields.evidence_source.trim().is_empty())
        .map(|m| Hit::at(Place::Measure { id: m.id, name: m.fields.name.clone(), field: "evidence_source" }))
        .collect();
    applies(!input.measures.is_empty(), hits)
}

/// The register's paragraphs the law rules cite all exist (a renumbering is an edit of
/// the register and these lists).
pub fn law_references_exist() -> bool {
    RULES.iter().all(|r| match r.basis {
        Basis::Law(ids) => ids.iter().all(|id| register().reference(id).is_some()),
        Basis::Source(_) => true,
    })
}
