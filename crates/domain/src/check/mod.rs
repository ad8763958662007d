//! The plan check: what a careful reader of the law, the county governor's
//! expectations and the Seljord steering group's criteria would say is missing from a
//! plan, before the council or the county governor says it.
//!
//! Each rule is a function over [`CheckInput`] and a line in [`rules::RULES`] saying its
//! area, severity and basis (a paragraph of the shipped legal register, cited as in force
//! on the plan's date, or a source document). Adding a rule is adding the two, and the
//! words `check-<id>` in the catalogues. A rule that does not apply to this plan (a
//! six-week rule of plan- og bygningsloven for a plan not made under it) neither passes
//! nor fails; a rule with no hits passes.
//!
//! The score of an area is the share of its applicable rules that pass, weighted by
//! severity (must 3, should 2, advice 1); the plan's score is the same over every rule.
//! A rule fails as a whole while any hit is left, so the number moves when the last
//! measure missing a date gets one — the list of hits shows the progress before that.

pub mod rules;

use serde::{Deserialize, Serialize};

use crate::goals::Goal;
use crate::hearing::Channel;
use crate::ids::{ActivityId, GoalId, InputId, MeasureId, PlanId};
use crate::measures::Measure;
use crate::plan::activity::Activity;
use crate::plan::outline::ChapterKey;
use crate::plan::register::{LegalReference, PlanType, register};
use crate::plan::{LinkKind, Plan, Programme};
use crate::theme::Theme;
use crate::timeline::NorDate;

/// Everything the check reads about one plan; the app layer gathers it.
#[derive(Clone, Debug)]
pub struct CheckInput {
    pub plan: Plan,
    pub today: NorDate,
    pub programme: Programme,
    /// The outline in order, each chapter with whether it has text.
    pub chapters: Vec<ChapterFacts>,
    pub measures: Vec<Measure>,
    pub goals: Vec<Goal>,
    pub activities: Vec<Activity>,
    pub inputs: Vec<InputFacts>,
    pub conferences: Vec<ConferenceFacts>,
    /// The plans this plan is linked to, with the themes their measures cover.
    pub links: Vec<LinkedPlan>,
}

#[derive(Clone, Debug)]
pub struct ChapterFacts {
    pub key: ChapterKey,
    pub number: String,
    pub title: String,
    pub has_text: bool,
}

#[derive(Clone, Debug)]
pub struct InputFacts {
    pub id: InputId,
    pub reference: String,
    pub channel: Channel,
    pub answered: bool,
}

#[derive(Clone, Debug)]
pub struct ConferenceFacts {
    pub title: String,
    pub participants: String,
    pub held_on: NorDate,
}

#[derive(Clone, Debug)]
pub struct LinkedPlan {
    pub kind: LinkKind,
    pub id: PlanId,
    pub title: String,
    pub plan_type: String,
    pub themes: Vec<Theme>,
}

impl CheckInput {
    pub fn plan_type(&self) -> Option<&'static PlanType> {
        register().plan_type(&self.plan.plan_type)
    }

    /// The day whose law applies: the council's adoption (done or planned), else today.
    pub fn law_date(&self) -> NorDate {
        use crate::plan::activity::ActivityKind;
        self.activities
            .iter()
            .filter(|a| a.fields.kind == ActivityKind::PlanAdoption)
            .map(|a| a.fields.start)
            .max()
            .unwrap_or(self.today)
    }
}

/// How much a finding weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Must,
    Should,
    Advice,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Must, Severity::Should, Severity::Advice];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Must => "must",
            Severity::Should => "should",
            Severity::Advice => "advice",
        }
    }

    fn weight(self) -> u32 {
        match self {
            Severity::Must => 3,
            Severity::Should => 2,
            Severity::Advice => 1,
        }
    }
}

/// The areas a report is scored in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Law,
    Hearings,
    Themes,
    Seljord,
    Traceability,
}

impl Area {
    pub const ALL: [Area; 5] = [Area::Law, Area::Hearings, Area::Themes, Area::Seljord, Area::Traceability];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Law => "law",
            Area::Hearings => "hearings",
            Area::Themes => "themes",
            Area::Seljord => "seljord",
            Area::Traceability => "traceability",
        }
    }
}

/// Where a rule comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Paragraphs of the legal register by id; the one in force on the plan's date is
    /// cited (§ 3-1 of the 1992 act for a plan of 2022, § 15-1 from 2023).
    Law(&'static [&'static str]),
    /// A source document or guidance, named by `check-source-<id>` in the catalogues.
    Source(&'static str),
}

/// What a finding points at: the place to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A field of a measure's form.
    Measure { id: MeasureId, name: String, field: &'static str },
    /// A field of a goal's form.
    Goal { id: GoalId, title: String, field: &'static str },
    /// The goals page, where a goal is added.
    Goals,
    /// The measures page, where a measure is added or the register read.
    Measures,
    /// A chapter's editor.
    Chapter { key: ChapterKey, number: String, title: String },
    /// A part of the planning programme's page (`groups`, `outline`, `participation`,
    /// `decisions`).
    Programme { part: &'static str },
    /// A field of an activity's form in the process calendar.
    Activity { id: ActivityId, title: String, field: &'static str },
    /// The plan's page, where an activity is added.
    NewActivity,
    /// The plan's links to other plans.
    Links,
    /// An input of the register.
    Input { id: InputId, reference: String },
    /// A theme nothing covers.
    Theme(Theme),
}

/// One thing found by a rule, with words for the reader when the place alone does not
/// say enough (e.g. "38 days; six weeks end 04.03.2024"): the arguments of the
/// catalogue's `check-<id>-item`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub place: Place,
    pub details: Vec<(&'static str, String)>,
}

impl Hit {
    pub fn at(place: Place) -> Self {
        Self { place, details: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.details.push((name, value.into()));
        self
    }
}

/// What a rule says about a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    NotApplicable,
    Hits(Vec<Hit>),
}

/// A rule of the check (see the module's doc).
pub struct Rule {
    pub id: &'static str,
    pub area: Area,
    pub severity: Severity,
    pub basis: Basis,
    pub check: fn(&CheckInput) -> Outcome,
}

/// A rule that does not pass, as the report shows it.
#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static str,
    pub area: Area,
    pub severity: Severity,
    pub basis: Basis,
    /// For a law rule: the paragraph in force on the plan's date.
    pub law: Option<&'static LegalReference>,
    pub hits: Vec<Hit>,
}

/// The score of an area or of the plan: passing weight over applicable weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub passed: u32,
    pub applicable: u32,
}

impl Score {
    /// Whole per cent, rounded down; a plan no rule applies to scores 100.
    pub fn percent(self) -> u32 {
        (self.passed * 100).checked_div(self.applicable).unwrap_or(100)
    }
}

/// The check's report of one plan.
#[derive(Clone, Debug)]
pub struct Report {
    /// Most severe first, then by area and the rules' order.
    pub findings: Vec<Finding>,
    pub areas: Vec<(Area, Score)>,
    pub total: Score,
    /// The number of rules that applied and passed.
    pub passed: usize,
    pub theme_coverage: Vec<ThemeCoverage>,
}

impl Report {
    /// What is kept of the report when a version of the plan is frozen.
    pub fn score_card(&self) -> ScoreCard {
        ScoreCard {
            total: self.total,
            areas: self.areas.clone(),
            failing: self.findings.iter().map(|f| f.rule.to_owned()).collect(),
        }
    }
}

/// The scores of a plan as they stood when a version was frozen, and the rules it
/// failed then, so the plan lead sees the plan improve from draft to hearing draft to
/// adopted plan. The rules of that day, not re-run: a frozen version never changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreCard {
    pub total: Score,
    pub areas: Vec<(Area, Score)>,
    /// The ids of the rules that failed.
    pub failing: Vec<String>,
}

impl ScoreCard {
    pub fn area(&self, area: Area) -> Option<Score> {
        self.areas.iter().find(|(a, _)| *a == area).map(|(_, s)| *s)
    }
}

/// Who covers an expected theme: this plan's measures and the linked plans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeCoverage {
    pub theme: Theme,
    pub by_this_plan: bool,
    /// Linked plans that cover it, by title.
    pub by_linked: Vec<String>,
}

impl ThemeCoverage {
    pub fn covered(&self) -> bool {
        self.by_this_plan || !self.by_linked.is_empty()
    }
}

/// Runs every rule on a plan.
pub fn check(input: &CheckInput) -> Report {
    run(input, rules::RULES)
}

fn run(input: &CheckInput, rules: &[Rule]) -> Report {
    let law_date = input.law_date();
    let mut findings = Vec::new();
    let mut area_scores: [(Area, Score); 5] = Area::ALL.map(|a| (a, Score { passed: 0, applicable: 0 }));
    let mut total = Score { passed: 0, applicable: 0 };
    let mut passed = 0;
    for rule in rules {
        let Outcome::Hits(hits) = (rule.check)(input) else { continue };
        let weight = rule.severity.weight();
        // Area::ALL lists the areas in declaration order, so an area's index is its place.
        let score = &mut area_scores[rule.area as usize].1;
        score.applicable += weight;
        total.applicable += weight;
        if hits.is_empty() {
            score.passed += weight;
            total.passed += weight;
            passed += 1;
            continue;
        }
        findings.push(Finding {
            rule: rule.id,
            area: rule.area,
            severity: rule.severity,
            basis: rule.basis,
            law: cited(rule.basis, law_date),
            hits,
        });
    }
    findings.sort_by_key(|f| (f.severity, f.area));
    Report { findings, areas: area_scores.to_vec(), total, passed, theme_coverage: rules::theme_coverage(input) }
}

/// The paragraph of a law basis in force on `day`, or the first named when none is.
fn cited(basis: Basis, day: NorDate) -> Option<&'static LegalReference> {
    let Basis::Law(ids) = basis else { return None };
    let named: Vec<&LegalReference> = ids.iter().filter_map(|id| register().reference(id)).collect();
    named.iter().find(|r| r.in_force_on(day)).or(named.first()).copied()
}

/// The rules in force, for a page listing what is checked.
pub fn rules() -> &'static [Rule] {
    rules::RULES
}

#[cfg(test)]
mod tests;
