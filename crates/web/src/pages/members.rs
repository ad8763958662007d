//! An organisation's members: the list for everyone with a role there (and regional
//! advisers of its county), and inviting, re-roling and removing for its admins.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::members::{self, InviteForm, Invited};
use forebygg_app::{AppError, Member, access, now};
use forebygg_domain::ids::{InvitationId, UserId};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_domain::{Action, Organisation, Role};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, OrgAccess, Params};
use crate::ui::confirm::{Confirm, Question, ask};
use crate::ui::paths;
use crate::ui::{Choice, FormErrors, Page, render_with};
use crate::{AppState, Ctx};

pub struct MemberRow {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub role: String,
    pub roles: Vec<Choice>,
    /// The services the member works in, as the form shows them.
    pub services: String,
}

pub struct InvitationRow {
    pub id: InvitationId,
    pub email: String,
    pub role: String,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    page: Page,
    org_code: String,
    org_name: String,
    rows: Vec<MemberRow>,
    can_manage: bool,
    roles: Vec<Choice>,
    invitations: Vec<InvitationRow>,
    email: String,
    errors: FormErrors,
    notice: Option<String>,
    /// The link of the invitation just made, shown once.
    invitation_link: Option<String>,
}

/// The roles that can be given in an organisation: regional advisers only in regional
/// bodies (their role reaches across the county).
fn assignable_roles(org: &Organisation) -> Vec<Role> {
    Role::ALL.into_iter().filter(|r| *r != Role::RegionalAdviser || org.kind.is_regional()).collect()
}

fn role_choices(ctx: &Ctx, org: &Organisation, selected: &str) -> Vec<Choice> {
    let t = ctx.tr();
    assignable_roles(org)
        .into_iter()
        .map(|r| Choice { value: r.as_str().to_owned(), label: labels::role(t, r), selected: r.as_str() == selected })
        .collect()
}

/// What the invitation form shows: the text as typed (kept when refused), its errors,
/// and the outcome of the last change.
#[derive(Default)]
struct AddView {
    email: String,
    role: String,
    errors: FormErrors,
    notice: Option<String>,
    invitation_link: Option<String>,
}

async fn members_page(
    state: &AppState,
    at: &OrgAccess,
    view: AddView,
    status: StatusCode,
) -> Result<Response, PageError> {
    let OrgAccess { ctx, actor, org, .. } = at;
    let list: Vec<Member> = members::list(state.store(), actor, org).await?;
    let can_manage = access::authorize(actor, org, Action::ManageMembers).is_ok();
    let t = ctx.tr();
    let rows = list
        .into_iter()
        .map(|m| MemberRow {
            user_id: m.user_id,
            name: m.name.as_str().to_owned(),
            email: m.email.to_string(),
            role: labels::role(t, m.role),
            roles: role_choices(ctx, org, m.role.as_str()),
            services: m.services.join(", "),
        })
        .collect();
    let invitations = if can_manage {
        members::invitations(state.store(), actor, org, now())
            .await?
            .into_iter()
            .map(|i| InvitationRow {
                id: i.id,
                email: i.email.to_string(),
                role: labels::role(t, i.role),
                expires: oslo_date(i.expires_at).to_string(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let selected = if view.role.is_empty() { Role::Reader.as_str().to_owned() } else { view.role };
    Ok(render_with(
        status,
        &MembersPage {
            page: Page::titled(ctx, t.with("members-title", "org", &org.name)),
            org_code: org.code.to_string(),
            org_name: org.name.clone(),
            rows,
            can_manage,
            roles: role_choices(ctx, org, &selected),
            invitations,
            email: view.email,
            errors: view.errors,
            notice: view.notice,
            invitation_link: view.invitation_link,
        },
    ))
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub async fn list(at: OrgAccess, Params(q): Params<DoneQuery>) -> Result<Response, PageError> {
    let notice = match q.done.as_str() {
        "role" => Some(at.ctx.tr().get("members-role-changed")),
        "removed" => Some(at.ctx.tr().get("members-removed")),
        "cancelled" => Some(at.ctx.tr().get("members-invitation-cancelled")),
        "services" => Some(at.ctx.tr().get("members-services-saved")),
        _ => None,
    };
    members_page(&at.state, &at, AddView { notice, ..AddView::default() }, StatusCode::OK).await
}

/// Invites a person: the same answer whether or not the address has an account, and
/// the link shown once for the admin to pass on.
pub async fn invite(at: OrgAccess, Form(form): Form<InviteForm>) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let kept = |errors: FormErrors| AddView {
        email: form.email.clone(),
        role: form.role.clone(),
        errors,
        ..AddView::default()
    };
    match members::invite(at.store(), &at.actor, &at.org, &form, now()).await {
        Ok(Invited { email, role, token }) => {
            let notice = t.with("members-invited", "email", email.as_str())
                + " "
                + &t.with("members-added-role", "role", &labels::role(t, role));
            let link = paths::absolute(&at.ctx, &paths::invitation(&token));
            let view = AddView { notice: Some(notice), invitation_link: Some(link), ..AddView::default() };
            members_page(&at.state, &at, view, StatusCode::OK).await
        }
        Err(AppError::Invalid(errors)) => {
            members_page(&at.state, &at, kept(FormErrors::new(t, &errors)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(AppError::Conflict { .. }) => {
            let errors = FormErrors::one("email", t.with("members-already", "email", form.email.trim()));
            members_page(&at.state, &at, kept(errors), StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}

/// An invitation of the organisation, from the address.
#[derive(Deserialize)]
pub struct InvitationPath {
    iid: InvitationId,
}

pub async fn cancel_invitation(
    at: OrgAccess,
    Address(InvitationPath { iid }): Address<InvitationPath>,
) -> Result<Redirect, PageError> {
    members::cancel_invitation(at.store(), &at.actor, &at.org, iid).await?;
    Ok(Redirect::to(&format!("{}/members?done=cancelled", paths::org(&at.org.code))))
}

/// A member of the organisation, from the address.
#[derive(Deserialize)]
pub struct MemberPath {
    user_id: UserId,
}

#[derive(Deserialize, Default)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn change_role(
    at: OrgAccess,
    Address(MemberPath { user_id }): Address<MemberPath>,
    Form(form): Form<RoleForm>,
) -> Result<Redirect, PageError> {
    members::change_role(at.store(), &at.actor, &at.org, user_id, &form.role).await?;
    Ok(Redirect::to(&format!("{}/members?done=role", paths::org(&at.org.code))))
}

#[derive(Deserialize, Default)]
pub struct ServicesForm {
    #[serde(default)]
    services: String,
}

pub async fn set_services(
    at: OrgAccess,
    Address(MemberPath { user_id }): Address<MemberPath>,
    Form(form): Form<ServicesForm>,
) -> Result<Redirect, PageError> {
    members::set_services(at.store(), &at.actor, &at.org, user_id, &form.services).await?;
    Ok(Redirect::to(&format!("{}/members?done=services", paths::org(&at.org.code))))
}

pub async fn remove(
    at: OrgAccess,
    Address(MemberPath { user_id }): Address<MemberPath>,
    Form(confirm): Form<Confirm>,
) -> Result<Response, PageError> {
    let members_page = format!("{}/members", paths::org(&at.org.code));
    if !confirm.is_confirmed() {
        access::authorize(&at.actor, &at.org, Action::ManageMembers)?;
        let all = members::list(at.store(), &at.actor, &at.org).await?;
        let member = all.iter().find(|m| m.user_id == user_id).ok_or(PageError::NotFound)?;
        let question = Question {
            key: "confirm-remove-member",
            name: member.name.as_str().to_owned(),
            consequence: "confirm-remove-member-then",
            action: format!("{members_page}/{user_id}/remove"),
            fields: Vec::new(),
            back: members_page,
            yes: "confirm-yes",
        };
        return Ok(ask(&at.ctx, question));
    }
    members::remove(at.store(), &at.actor, &at.org, user_id).await?;
    Ok(Redirect::to(&format!("{members_page}?done=removed")).into_response())
}
