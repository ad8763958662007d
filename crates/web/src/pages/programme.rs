//! The planning programme editor: texts, groups and their members, the participation
//! plan, and the outline as a tree of chapters. Each form changes one part; all of
//! them work without JavaScript.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::{AppError, plans};
use forebygg_domain::ValidationError;
use forebygg_domain::ids::PlanId;
use forebygg_domain::plan::programme::{
    ChapterKey, CouncilDecision, Decisions, GroupKind, GroupMember, Participation, Place, ProgrammeEdit, numbered,
    placed,
};
use forebygg_domain::timeline::NorDate;
use forebygg_texts::labels;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, PlanAccess};
use crate::ui::confirm::{Question, ask};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FormErrors, Page, render_with, validation_message};

pub struct GroupView {
    pub index: usize,
    pub kind: String,
    pub mandate: String,
    pub members: Vec<GroupMember>,
}

pub struct ChapterView {
    pub key: String,
    pub number: String,
    pub depth: usize,
    pub title: String,
    /// Whether it can move up / down among its siblings.
    pub first: bool,
    pub last: bool,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    page: Page,
    org_code: String,
    plan_id: PlanId,
    plan_title: String,
    /// Where the forms post to.
    base: String,
    can_edit: bool,
    /// The server can make PDF files.
    pdf: bool,
    /// Where the programme is frozen for its hearing (a version of kind programme), and today.
    /// The programme may still be frozen for its hearing (not after it is adopted).
    can_freeze: bool,
    freeze_action: String,
    today: String,
    purpose: String,
    background: String,
    guidelines: String,
    overlapping: String,
    guideline_list: Vec<String>,
    overlapping_list: Vec<String>,
    youth_summary: String,
    /// The decisions form: what was typed when it was refused, else what is stored.
    decisions: DecisionsView,
    groups: Vec<GroupView>,
    group_kinds: Vec<Choice>,
    participation: Vec<Participation>,
    chapters: Vec<ChapterView>,
    /// Where a new chapter can go: last, under a chapter, or before one.
    places: Vec<Choice>,
    errors: FormErrors,
    /// Which form the errors belong to, so that only it shows them.
    errors_in: String,
    none: FormErrors,
    /// What was typed in the refused form, shown again.
    typed: EditInput,
}

/// The anchoring reason and the council's decision on the child welfare service's role.
struct DecisionsView {
    master_plan_reason: String,
    decided_on: String,
    case_number: String,
    summary: String,
}

impl ProgrammePage {
    /// The typed member of a refused form, for the group it was meant for.
    fn typed_member(&self, group: &usize) -> (&str, &str, &str) {
        if self.errors_in == "groups" && self.typed.group == *group {
            (&self.typed.service, &self.typed.role, &self.typed.name)
        } else {
            ("", "", "")
        }
    }

    /// The errors of one section's form; the others show none.
    fn errors_for(&self, section: &str) -> &FormErrors {
        if self.errors_in == section { &self.errors } else { &self.none }
    }
}

async fn programme_page(
    state: &AppState,
    at: &PlanAccess,
    errors: (FormErrors, &str),
    typed: EditInput,
    status: StatusCode,
) -> Result<Response, PageError> {
    let view = plans::view(state.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    let p = &view.programme;
    Ok(render_with(
        status,
        &ProgrammePage {
            page: Page::titled(&at.ctx, t.with("programme-title", "plan", &view.plan.title)),
            org_code: at.org.code.to_string(),
            plan_id: at.id(),
            plan_title: view.plan.title.clone(),
            base: PlanUrls::new(at.org.code.as_str(), at.id()).at("programme"),
            can_edit: view.can_edit,
            can_freeze: view.can_edit && view.plan.phase.programme_may_go_on_hearing(),
            pdf: state.pdf().is_some(),
            freeze_action: PlanUrls::new(at.org.code.as_str(), at.id()).at("document/versions"),
            today: crate::ui::today().to_string(),
            purpose: p.purpose.clone(),
            background: p.background.clone(),
            guidelines: p.guidelines.join("\n"),
            overlapping: p.overlapping_plans.join("\n"),
            guideline_list: p.guidelines.clone(),
            overlapping_list: p.overlapping_plans.clone(),
            youth_summary: p.youth_summary.clone(),
            decisions: if errors.1 == "decisions" {
                DecisionsView {
                    master_plan_reason: typed.master_plan_reason.clone(),
                    decided_on: typed.decided_on.clone(),
                    case_number: typed.case_number.clone(),
                    summary: typed.role_summary.clone(),
                }
            } else {
                let d = &p.decisions;
                DecisionsView {
                    master_plan_reason: d.master_plan_reason.clone(),
                    decided_on: d.child_welfare_role.decided_on.map(|d| d.to_string()).unwrap_or_default(),
                    case_number: d.child_welfare_role.case_number.clone(),
                    summary: d.child_welfare_role.summary.clone(),
                }
            },
            groups: p
                .groups
                .iter()
                .enumerate()
                .map(|(index, g)| GroupView {
                    index,
                    kind: labels::group_kind(t, g.kind),
                    mandate: g.mandate.clone(),
                    members: g.members.clone(),
                })
                .collect(),
            group_kinds: GroupKind::ALL
                .iter()
                .map(|k| Choice { value: k.as_str().into(), label: labels::group_kind(t, *k), selected: false })
                .collect(),
            participation: p.participation.clone(),
            chapters: chapter_views(&p.outline.chapters),
            places: places(t, &p.outline.chapters, &typed.place),
            errors: errors.0,
            errors_in: errors.1.to_owned(),
            none: FormErrors::default(),
            typed,
        },
    ))
}

fn chapter_views(outline: &[forebygg_domain::plan::programme::Chapter]) -> Vec<ChapterView> {
    placed(outline)
        .into_iter()
        .map(|p| ChapterView {
            key: p.chapter.key.to_string(),
            number: p.number,
            depth: p.depth,
            title: p.chapter.title.clone(),
            first: p.first,
            last: p.last,
        })
        .collect()
}

/// The choices of where a new chapter goes, `typed` chosen (last in the outline when
/// nothing was).
fn places(t: forebygg_texts::Tr, outline: &[forebygg_domain::plan::programme::Chapter], typed: &str) -> Vec<Choice> {
    let mut out = vec![Choice {
        value: "end".into(),
        label: t.get("chapter-place-end"),
        selected: typed.is_empty() || typed == "end",
    }];
    for (number, _, c) in numbered(outline) {
        let chapter = format!("{number} {}", c.title);
        for (how, key) in [("under", "chapter-place-under"), ("before", "chapter-place-before")] {
            let value = format!("{how}:{}", c.key);
            out.push(Choice { selected: typed == value, label: t.with(key, "chapter", &chapter), value });
        }
    }
    out
}

pub async fn show(at: PlanAccess) -> Result<Response, PageError> {
    programme_page(&at.state, &at, (FormErrors::default(), ""), EditInput::default(), StatusCode::OK).await
}

/// Every field any of the programme forms sends.
#[derive(Deserialize, Default, Clone)]
pub struct EditInput {
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    background: String,
    #[serde(default)]
    guidelines: String,
    #[serde(default)]
    overlapping_plans: String,
    #[serde(default)]
    youth_summary: String,
    #[serde(default)]
    master_plan_reason: String,
    #[serde(default)]
    decided_on: String,
    #[serde(default)]
    case_number: String,
    #[serde(default)]
    role_summary: String,
    /// `yes` once a removal has been confirmed.
    #[serde(default)]
    confirm: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    mandate: String,
    #[serde(default)]
    group: usize,
    #[serde(default)]
    index: usize,
    #[serde(default)]
    name: String,
    #[serde(default)]
    service: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    target_group: String,
    #[serde(default)]
    method: String,
    #[serde(default)]
    when: String,
    /// Where a new chapter goes: `end`, `under:KEY` or `before:KEY`.
    #[serde(default)]
    place: String,
    #[serde(default)]
    title: String,
    /// A chapter's new title (the rename form).
    #[serde(default)]
    new_title: String,
    #[serde(default)]
    chapter: String,
}

/// Turns one form into one edit; `Err` names the field that is wrong.
fn edit_of(op: &str, i: EditInput) -> Result<(ProgrammeEdit, &'static str), (&'static str, ValidationError)> {
    let key =
        |s: &str, field: &'static str| ChapterKey::parse(s).ok_or((field, ValidationError::ChapterPath(s.to_owned())));
    Ok(match op {
        "texts" => (
            ProgrammeEdit::Texts {
                purpose: i.purpose,
                background: i.background,
                guidelines: i.guidelines,
                overlapping_plans: i.overlapping_plans,
                youth_summary: i.youth_summary,
            },
            "purpose",
        ),
        "decisions" => {
            let decided_on = match i.decided_on.trim() {
                "" => None,
                typed => Some(NorDate::parse(typed).map_err(|e| ("decided_on", e))?),
            };
            let decisions = Decisions {
                master_plan_reason: i.master_plan_reason,
                child_welfare_role: CouncilDecision { decided_on, case_number: i.case_number, summary: i.role_summary },
            };
            (ProgrammeEdit::Decisions(decisions), "decided_on")
        }
        "group" => {
            let kind = GroupKind::parse(&i.kind).ok_or(("kind", ValidationError::Required))?;
            (ProgrammeEdit::AddGroup { kind, mandate: i.mandate }, "mandate")
        }
        "group-remove" => (ProgrammeEdit::RemoveGroup { group: i.group }, "group"),
        "member" => (
            ProgrammeEdit::AddMember {
                group: i.group,
                member: GroupMember { name: i.name, service: i.service, role: i.role },
            },
            "service",
        ),
        "member-remove" => (ProgrammeEdit::RemoveMember { group: i.group, member: i.index }, "service"),
        "member-update" => (
            ProgrammeEdit::UpdateMember {
                group: i.group,
                member: i.index,
                value: GroupMember { name: i.name, service: i.service, role: i.role },
            },
            "service",
        ),
        "participation" => (
            ProgrammeEdit::AddParticipation(Participation {
                target_group: i.target_group,
                method: i.method,
                when: i.when,
            }),
            "target_group",
        ),
        "participation-remove" => (ProgrammeEdit::RemoveParticipation { index: i.index }, "target_group"),
        "chapter" => {
            let place = match i.place.split_once(':') {
                None if i.place.is_empty() || i.place == "end" => Place::End,
                Some(("under", k)) => Place::Under(key(k, "place")?),
                Some(("before", k)) => Place::Before(key(k, "place")?),
                _ => return Err(("place", ValidationError::ChapterPath(i.place))),
            };
            (ProgrammeEdit::AddChapter { place, title: i.title }, "title")
        }
        "chapter-rename" => {
            (ProgrammeEdit::RenameChapter { key: key(&i.chapter, "chapter")?, title: i.new_title }, "new_title")
        }
        "chapter-remove" => (ProgrammeEdit::RemoveChapter { key: key(&i.chapter, "chapter")? }, "chapter"),
        "chapter-restore" => (ProgrammeEdit::RestoreChapter { key: key(&i.chapter, "chapter")? }, "chapter"),
        "chapter-up" => (ProgrammeEdit::MoveChapter { key: key(&i.chapter, "chapter")?, up: true }, "chapter"),
        "chapter-down" => (ProgrammeEdit::MoveChapter { key: key(&i.chapter, "chapter")?, up: false }, "chapter"),
        _ => return Err(("op", ValidationError::Required)),
    })
}

/// Which section of the page a form belongs to, to return to it and show its errors.
fn section(op: &str) -> &'static str {
    match op.split('-').next().unwrap_or_default() {
        "texts" => "texts",
        "decisions" => "decisions",
        "group" | "member" => "groups",
        "participation" => "participation",
        _ => "outline",
    }
}

pub async fn edit(
    at: PlanAccess,
    Address(EditPath { op }): Address<EditPath>,
    Form(input): Form<EditInput>,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let place = section(&op);
    let base = PlanUrls::new(at.org.code.as_str(), at.id()).at("programme");
    // Removing a group, a member or a participation activity asks first (a removed
    // chapter keeps its text and can be put back, so it does not).
    if matches!(op.as_str(), "group-remove" | "member-remove" | "participation-remove") && input.confirm != "yes" {
        let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
        if !view.can_edit {
            return Err(AppError::Forbidden.into());
        }
        let t = at.ctx.tr();
        let groups = &view.programme.groups;
        let (key, name, fields) = match op.as_str() {
            "group-remove" => {
                let g = groups.get(input.group).ok_or(PageError::NotFound)?;
                ("confirm-remove-group", labels::group_kind(t, g.kind), vec![("group", input.group.to_string())])
            }
            "member-remove" => {
                let m = groups.get(input.group).and_then(|g| g.members.get(input.index)).ok_or(PageError::NotFound)?;
                let name = [m.name.as_str(), m.service.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                let fields = vec![("group", input.group.to_string()), ("index", input.index.to_string())];
                ("confirm-remove-member", name, fields)
            }
            "participation-remove" => {
                let p = view.programme.participation.get(input.index).ok_or(PageError::NotFound)?;
                ("confirm-remove-participation", p.target_group.clone(), vec![("index", input.index.to_string())])
            }
            _ => return Err(AppError::NotFound(op).into()),
        };
        let back = format!("{base}#{place}");
        let question =
            Question { key, name, consequence: "", action: format!("{base}/{op}"), fields, back, yes: "confirm-yes" };
        return Ok(ask(&at.ctx, question));
    }
    let refused = |errors: FormErrors| (errors, place);
    let typed = input.clone();
    let (edit, field) = match edit_of(&op, input) {
        Ok(edit) => edit,
        Err(("op", _)) => return Err(AppError::NotFound(op).into()),
        Err((field, e)) => {
            let errors = FormErrors::one(field, validation_message(t, &e));
            return programme_page(&at.state, &at, refused(errors), typed, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match plans::edit_programme(at.store(), &at.actor, &at.org, at.id(), edit, field).await {
        Ok(()) => Ok(Redirect::to(&format!("{base}#{place}")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(t, &errors);
            programme_page(&at.state, &at, refused(errors), typed, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The programme form's operation, from the address.
#[derive(Deserialize)]
pub struct EditPath {
    op: String,
}
