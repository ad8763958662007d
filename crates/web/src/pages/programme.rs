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
use forebygg_domain::plan::programme::{GroupKind, GroupMember, Participation, ProgrammeEdit, numbered, parse_path};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FormErrors, Page, render_with, validation_message};

pub struct GroupView {
    pub index: usize,
    pub kind: String,
    pub mandate: String,
    pub members: Vec<GroupMember>,
}

pub struct ChapterView {
    pub number: String,
    pub depth: usize,
    pub title: String,
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
    purpose: String,
    background: String,
    guidelines: String,
    overlapping: String,
    guideline_list: Vec<String>,
    overlapping_list: Vec<String>,
    groups: Vec<GroupView>,
    group_kinds: Vec<Choice>,
    participation: Vec<Participation>,
    chapters: Vec<ChapterView>,
    errors: FormErrors,
    /// Which form the errors belong to, so that only it shows them.
    errors_in: String,
    none: FormErrors,
    /// What was typed in the refused form, shown again.
    typed: EditInput,
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
            pdf: state.pdf().is_some(),
            purpose: p.purpose.clone(),
            background: p.background.clone(),
            guidelines: p.guidelines.join("\n"),
            overlapping: p.overlapping_plans.join("\n"),
            guideline_list: p.guidelines.clone(),
            overlapping_list: p.overlapping_plans.clone(),
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
            chapters: numbered(&p.outline)
                .into_iter()
                .map(|(number, depth, c)| ChapterView { number, depth, title: c.title.clone() })
                .collect(),
            errors: errors.0,
            errors_in: errors.1.to_owned(),
            none: FormErrors::default(),
            typed,
        },
    ))
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
    #[serde(default)]
    parent: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    chapter: String,
}

/// Turns one form into one edit; `Err` names the field that is wrong.
fn edit_of(op: &str, i: EditInput) -> Result<(ProgrammeEdit, &'static str), (&'static str, ValidationError)> {
    let path = |s: &str, field: &'static str| parse_path(s).ok_or((field, ValidationError::ChapterPath(s.to_owned())));
    Ok(match op {
        "texts" => (
            ProgrammeEdit::Texts {
                purpose: i.purpose,
                background: i.background,
                guidelines: i.guidelines,
                overlapping_plans: i.overlapping_plans,
            },
            "purpose",
        ),
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
            let parent = if i.parent.trim().is_empty() { None } else { Some(path(&i.parent, "parent")?) };
            (ProgrammeEdit::AddChapter { parent, title: i.title }, "title")
        }
        "chapter-remove" => (ProgrammeEdit::RemoveChapter { path: path(&i.chapter, "chapter")? }, "chapter"),
        "chapter-up" => (ProgrammeEdit::MoveChapter { path: path(&i.chapter, "chapter")?, up: true }, "chapter"),
        "chapter-down" => (ProgrammeEdit::MoveChapter { path: path(&i.chapter, "chapter")?, up: false }, "chapter"),
        _ => return Err(("op", ValidationError::Required)),
    })
}

/// Which section of the page a form belongs to, to return to it and show its errors.
fn section(op: &str) -> &'static str {
    match op.split('-').next().unwrap_or_default() {
        "texts" => "texts",
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
        Ok(()) => Ok(Redirect::to(&PlanUrls::new(at.org.code.as_str(), at.id()).at(&format!("programme#{place}")))
            .into_response()),
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
