//! What the API sends and receives. Kept apart from the domain types so the domain
//! stays free of HTTP and documentation concerns; conversions are here.

use std::collections::BTreeMap;

use forebygg_domain::ValidationError;
use forebygg_domain::plan::programme::{
    Chapter, ChapterKey, CouncilDecision, Decisions, Group, GroupKind, GroupMember, Outline, Participation,
};
use forebygg_domain::plan::{Activity, ActivityFinding, Plan, Programme, register};
use forebygg_domain::timeline::NorDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::ui::{finding_view, today};
use forebygg_texts::Tr;

/// An error as RFC 9457 problem details (`application/problem+json`): `type`, `title`
/// and `status`, with two members of our own — the code, and for refused input a message
/// per field (for a refused request: `reference` and `message`).
#[derive(Serialize, ToSchema)]
pub struct ErrorDto {
    /// `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    /// The status's reason phrase, e.g. `Unprocessable Entity`.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// `unauthenticated`, `forbidden`, `not_found`, `invalid`, `conflict` or `internal`.
    pub error: String,
    /// For `invalid`: field name → what is wrong, in the requester's language.
    pub fields: BTreeMap<String, String>,
}

impl ErrorDto {
    pub fn new(status: axum::http::StatusCode, error: &str, fields: BTreeMap<String, String>) -> Self {
        ErrorDto {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or_default().to_owned(),
            status: status.as_u16(),
            error: error.to_owned(),
            fields,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct PlanDto {
    pub id: i64,
    /// A code of the plan type register, e.g. `preventive`.
    pub plan_type: String,
    pub title: String,
    /// `start`, `programme_on_hearing`, `programme_adopted`, `drafting`, `draft_on_hearing`,
    /// `revision_after_hearing`, `adopted`, `follow_up` or `periodic_revision`.
    pub phase: String,
    pub period_from: Option<i32>,
    pub period_to: Option<i32>,
    /// Made under plan- og bygningsloven: six-week hearings bind.
    pub under_pbl: bool,
    /// The legal references in force today, e.g. "barnevernsloven § 15-1".
    pub legal_basis: Vec<String>,
}

impl From<&Plan> for PlanDto {
    fn from(p: &Plan) -> Self {
        PlanDto {
            id: p.id.get(),
            plan_type: p.plan_type.clone(),
            title: p.title.clone(),
            phase: p.phase.as_str().to_owned(),
            period_from: p.period.map(|x| x.from),
            period_to: p.period.map(|x| x.to),
            under_pbl: p.under_pbl,
            legal_basis: register()
                .plan_type(&p.plan_type)
                .map(|t| t.references_on(today()).iter().map(|r| r.citation()).collect())
                .unwrap_or_default(),
        }
    }
}

/// A new or changed plan. Omitted optional fields take their defaults.
#[derive(Deserialize, ToSchema)]
pub struct PlanInputDto {
    pub plan_type: String,
    pub title: String,
    #[serde(default)]
    pub phase: Option<String>,
    #[serde(default)]
    pub period_from: Option<i32>,
    #[serde(default)]
    pub period_to: Option<i32>,
    #[serde(default)]
    pub under_pbl: bool,
    /// For a new plan: `empty`, `engerdal`, `lyngen` or `sandefjord`.
    #[serde(default)]
    pub preset: Option<String>,
}

impl PlanInputDto {
    pub fn form(&self) -> forebygg_app::plans::PlanForm {
        forebygg_app::plans::PlanForm {
            plan_type: self.plan_type.clone(),
            title: self.title.clone(),
            phase: self.phase.clone().unwrap_or_default(),
            period_from: self.period_from.map(|y| y.to_string()).unwrap_or_default(),
            period_to: self.period_to.map(|y| y.to_string()).unwrap_or_default(),
            under_pbl: self.under_pbl,
            preset: self.preset.clone().unwrap_or_default(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct FindingDto {
    /// True when the rule blocks (the activity could not be saved like this today).
    pub blocking: bool,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct ActivityDto {
    pub id: i64,
    pub kind: String,
    pub title: String,
    /// dd.mm.åååå
    pub start: String,
    /// dd.mm.åååå; for a hearing, the deadline.
    pub end: Option<String>,
    pub responsible: String,
    pub body: Option<String>,
    pub done: bool,
    pub justification: String,
    /// What the hearing and adoption rules say about it.
    pub findings: Vec<FindingDto>,
}

impl ActivityDto {
    pub fn of(t: Tr, a: &Activity, findings: &[ActivityFinding]) -> Self {
        let f = &a.fields;
        ActivityDto {
            id: a.id.get(),
            kind: f.kind.as_str().to_owned(),
            title: f.title.clone(),
            start: f.start.to_string(),
            end: f.end.map(|d| d.to_string()),
            responsible: f.responsible.clone(),
            body: f.body.map(|b| b.as_str().to_owned()),
            done: f.done,
            justification: f.justification.clone(),
            findings: findings
                .iter()
                .map(|x| {
                    let v = finding_view(t, x);
                    FindingDto { blocking: v.blocking, message: v.text }
                })
                .collect(),
        }
    }
}

/// A new or changed activity; dates as dd.mm.åååå (or ISO åååå-mm-dd).
#[derive(Deserialize, ToSchema)]
pub struct ActivityInputDto {
    pub kind: String,
    pub title: String,
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub justification: String,
}

impl ActivityInputDto {
    pub fn form(&self) -> forebygg_app::plans::ActivityForm {
        forebygg_app::plans::ActivityForm {
            kind: self.kind.clone(),
            title: self.title.clone(),
            start: self.start.clone(),
            end: self.end.clone().unwrap_or_default(),
            responsible: self.responsible.clone(),
            body: self.body.clone().unwrap_or_default(),
            done: self.done,
            justification: self.justification.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct LinkDto {
    /// `overlaps` or `anchored_in`.
    pub kind: String,
    pub plan_id: i64,
    pub title: String,
}

#[derive(Serialize, ToSchema)]
pub struct PlanDetailDto {
    pub plan: PlanDto,
    pub links: Vec<LinkDto>,
    pub activities: Vec<ActivityDto>,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ProgrammeDto {
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub background: String,
    #[serde(default)]
    pub guidelines: Vec<String>,
    #[serde(default)]
    pub overlapping_plans: Vec<String>,
    /// A few plain sentences for children and young people (the youth hearing page).
    #[serde(default)]
    pub youth_summary: String,
    #[serde(default)]
    pub groups: Vec<GroupDto>,
    #[serde(default)]
    pub participation: Vec<ParticipationDto>,
    #[serde(default)]
    pub outline: Vec<ChapterDto>,
    /// The anchoring reason and the council's decision on the child welfare service's role.
    #[serde(default)]
    pub decisions: DecisionsDto,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct DecisionsDto {
    /// Why the plan is not anchored in the social element of the master plan, if it is not.
    pub master_plan_reason: String,
    /// The council's decision on the child welfare service's role in prevention.
    pub child_welfare_role: CouncilDecisionDto,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CouncilDecisionDto {
    /// dd.mm.åååå (ISO åååå-mm-dd is accepted too).
    pub decided_on: Option<String>,
    pub case_number: String,
    pub summary: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct GroupDto {
    /// `working`, `reference`, `steering` or `resource`.
    pub kind: String,
    #[serde(default)]
    pub mandate: String,
    #[serde(default)]
    pub members: Vec<MemberDto>,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct MemberDto {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub role: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ParticipationDto {
    pub target_group: String,
    pub method: String,
    #[serde(default)]
    pub when: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ChapterDto {
    /// The chapter's identity: keep it to keep the chapter (and its text) when the
    /// outline is replaced; leave it out for a new chapter.
    #[serde(default)]
    pub key: Option<String>,
    pub title: String,
    #[serde(default)]
    #[schema(no_recursion)]
    pub children: Vec<ChapterDto>,
}

fn chapter_dto(c: &Chapter) -> ChapterDto {
    ChapterDto {
        key: Some(c.key.as_str().to_owned()),
        title: c.title.clone(),
        children: c.children.iter().map(chapter_dto).collect(),
    }
}

fn chapter(c: ChapterDto) -> Chapter {
    Chapter {
        // A key the outline does not know is dropped there and a new one made.
        key: c.key.as_deref().and_then(ChapterKey::parse).unwrap_or_default(),
        title: c.title,
        children: c.children.into_iter().map(chapter).collect(),
    }
}

impl From<&Programme> for ProgrammeDto {
    fn from(p: &Programme) -> Self {
        ProgrammeDto {
            purpose: p.purpose.clone(),
            background: p.background.clone(),
            guidelines: p.guidelines.clone(),
            overlapping_plans: p.overlapping_plans.clone(),
            youth_summary: p.youth_summary.clone(),
            groups: p
                .groups
                .iter()
                .map(|g| GroupDto {
                    kind: g.kind.as_str().to_owned(),
                    mandate: g.mandate.clone(),
                    members: g
                        .members
                        .iter()
                        .map(|m| MemberDto { name: m.name.clone(), service: m.service.clone(), role: m.role.clone() })
                        .collect(),
                })
                .collect(),
            participation: p
                .participation
                .iter()
                .map(|x| ParticipationDto {
                    target_group: x.target_group.clone(),
                    method: x.method.clone(),
                    when: x.when.clone(),
                })
                .collect(),
            outline: p.outline.chapters.iter().map(chapter_dto).collect(),
            decisions: DecisionsDto {
                master_plan_reason: p.decisions.master_plan_reason.clone(),
                child_welfare_role: CouncilDecisionDto {
                    decided_on: p.decisions.child_welfare_role.decided_on.map(|d| d.to_string()),
                    case_number: p.decisions.child_welfare_role.case_number.clone(),
                    summary: p.decisions.child_welfare_role.summary.clone(),
                },
            },
        }
    }
}

impl ProgrammeDto {
    /// The domain programme, or the field that is wrong: the first group whose kind is not
    /// known, or the decision's date.
    pub fn into_programme(self) -> Result<Programme, (&'static str, ValidationError)> {
        let groups = self
            .groups
            .into_iter()
            .map(|g| {
                let kind =
                    GroupKind::parse(&g.kind).ok_or_else(|| ("groups", ValidationError::GroupKind(g.kind.clone())))?;
                Ok(Group {
                    kind,
                    mandate: g.mandate,
                    members: g
                        .members
                        .into_iter()
                        .map(|m| GroupMember { name: m.name, service: m.service, role: m.role })
                        .collect(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let role = self.decisions.child_welfare_role;
        let decided_on = match role.decided_on.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(typed) => Some(NorDate::parse(typed).map_err(|e| ("decisions.child_welfare_role.decided_on", e))?),
        };
        Ok(Programme {
            purpose: self.purpose,
            background: self.background,
            guidelines: self.guidelines,
            overlapping_plans: self.overlapping_plans,
            youth_summary: self.youth_summary,
            groups,
            participation: self
                .participation
                .into_iter()
                .map(|x| Participation { target_group: x.target_group, method: x.method, when: x.when })
                .collect(),
            outline: Outline::new(self.outline.into_iter().map(chapter).collect()),
            decisions: Decisions {
                master_plan_reason: self.decisions.master_plan_reason.trim().to_owned(),
                child_welfare_role: CouncilDecision {
                    decided_on,
                    case_number: role.case_number.trim().to_owned(),
                    summary: role.summary.trim().to_owned(),
                },
            },
        })
    }
}

/// The plan check's report (see `forebygg_domain::check`): words in the request's
/// language, codes for machines.
#[derive(Serialize, ToSchema)]
pub struct CheckReportDto {
    /// Per cent of the applicable rules met, weighted by severity (must 3, should 2, advice 1).
    pub score: u32,
    pub areas: Vec<AreaScoreDto>,
    /// Most severe first.
    pub findings: Vec<CheckFindingDto>,
    pub themes: Vec<ThemeCoverageDto>,
    /// The scores kept with each frozen version, oldest first.
    pub versions: Vec<VersionScoreDto>,
}

/// The check's scores as they stood when a version was frozen.
#[derive(Serialize, ToSchema)]
pub struct VersionScoreDto {
    /// `draft`, `programme`, `hearing_draft` or `adopted`.
    pub kind: String,
    /// dd.mm.åååå
    pub date: String,
    pub score: u32,
    pub areas: Vec<AreaScoreDto>,
    /// The rules that failed then.
    pub failing: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AreaScoreDto {
    /// `law`, `hearings`, `themes`, `seljord` or `traceability`.
    pub area: String,
    pub score: u32,
    pub passed_weight: u32,
    pub applicable_weight: u32,
}

#[derive(Serialize, ToSchema)]
pub struct CheckFindingDto {
    pub rule: String,
    pub area: String,
    /// `must`, `should` or `advice`.
    pub severity: String,
    /// The paragraph in force on the plan's date, or the source document.
    pub basis: String,
    pub message: String,
    pub items: Vec<CheckItemDto>,
}

#[derive(Serialize, ToSchema)]
pub struct CheckItemDto {
    pub label: String,
    pub detail: String,
    /// The page and field where it is fixed.
    pub href: String,
}

#[derive(Serialize, ToSchema)]
pub struct ThemeCoverageDto {
    pub theme: String,
    pub by_this_plan: bool,
    /// Titles of linked plans that cover it.
    pub by_linked: Vec<String>,
}
