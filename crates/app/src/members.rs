//! An organisation's members: who holds which role. Admins invite people on the web
//! (a person becomes a member by accepting); the operator adds the first ones from the
//! command line.

use forebygg_domain::ids::{InvitationId, UserId};
use forebygg_domain::{Action, Email, Organisation, Password, PersonName, Role, ValidationError};

use crate::access::authorize;
use crate::auth::hash_password;
use crate::tokens::{random_token, token_hash};
use crate::{Actor, AppError, FieldErrors, Invitation, Member, NewUser, OrgScope, Store, StoreError, UnixTime, User};

/// The member list of an organisation the actor may read.
pub async fn list(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Vec<Member>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.members(&scope).await?)
}

/// How long an invitation link can be used.
pub const INVITATION_SECONDS: i64 = 14 * 24 * 60 * 60;

/// Input of the "invite a member" form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub role: String,
}

/// An invitation just made: the link's token is shown once to the admin, who passes
/// it on (only its hash is stored).
#[derive(Clone, Debug)]
pub struct Invited {
    pub email: Email,
    pub role: Role,
    pub token: String,
}

/// Invites a person to a role. The answer is the same whether or not the address has
/// an account, and names no account holder; nobody becomes a member without accepting
/// (`accept`, `accept_with_new_account`). A new invitation to an address replaces the
/// open one.
pub async fn invite(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    form: &InviteForm,
    now: UnixTime,
) -> Result<Invited, AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    let mut errors = FieldErrors::default();
    let email = if form.email.trim().is_empty() {
        errors.add("email", ValidationError::Required);
        None
    } else {
        errors.check("email", Email::parse(&form.email))
    };
    let role = errors.check("role", Role::parse(&form.role));
    let (Some(email), Some(role)) = (email, role) else {
        return Err(AppError::Invalid(errors));
    };
    if role == Role::RegionalAdviser && !org.kind.is_regional() {
        return Err(AppError::invalid("role", ValidationError::Role(role.as_str().to_owned())));
    }
    // The admin sees the member list anyway, so saying this reveals nothing.
    if store.members(&scope).await?.iter().any(|m| m.email == email) {
        return Err(AppError::Conflict { field: "email", message: format!("{email} is already a member") });
    }
    let token = random_token()?;
    store.invite(&scope, &email, role, &token_hash(&token), now + INVITATION_SECONDS).await?;
    Ok(Invited { email, role, token })
}

/// The organisation's open invitations, for its admins.
pub async fn invitations(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    now: UnixTime,
) -> Result<Vec<Invitation>, AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    Ok(store.invitations(&scope, now).await?)
}

pub async fn cancel_invitation(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: InvitationId,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    Ok(store.cancel_invitation(&scope, id).await?)
}

/// What the holder of an invitation link is invited to.
#[derive(Clone, Debug)]
pub struct Invitee {
    pub invitation: Invitation,
    pub org: Organisation,
}

/// The open invitation a link's token belongs to; `NotFound` for an unknown, used or
/// expired one.
pub async fn invitation(store: &dyn Store, token: &str, now: UnixTime) -> Result<Invitee, AppError> {
    let invitation = store
        .invitation_by_token(&token_hash(token), now)
        .await?
        .ok_or_else(|| AppError::NotFound("invitation".into()))?;
    let org = store
        .organisations()
        .await?
        .into_iter()
        .find(|o| o.id == invitation.org_id)
        .ok_or_else(|| AppError::NotFound("invitation".into()))?;
    Ok(Invitee { invitation, org })
}

/// Accepts an invitation as the signed-in person, who must hold the invited address.
pub async fn accept(store: &dyn Store, user: &User, token: &str, now: UnixTime) -> Result<Organisation, AppError> {
    let Invitee { invitation, org } = invitation(store, token, now).await?;
    if invitation.email != user.email {
        return Err(AppError::Conflict {
            field: "invitation",
            message: format!("the invitation is for {}", invitation.email),
        });
    }
    store.accept_invitation(&token_hash(token), user.id, now).await?;
    Ok(org)
}

/// Makes the invited person's account (the invited address, their name and password)
/// and accepts the invitation. An address that already has an account is a conflict:
/// its holder logs in and accepts.
pub async fn accept_with_new_account(
    store: &dyn Store,
    token: &str,
    name: &str,
    password: &str,
    now: UnixTime,
) -> Result<(User, Organisation), AppError> {
    let Invitee { invitation, org } = invitation(store, token, now).await?;
    let mut errors = FieldErrors::default();
    let name = errors.check("name", PersonName::parse(name));
    let context = [invitation.email.as_str(), name.as_ref().map(|n| n.as_str()).unwrap_or_default()];
    let password = errors.check("password", Password::parse_for(password, &context));
    let (Some(name), Some(password)) = (name, password) else {
        return Err(AppError::Invalid(errors));
    };
    let user = create_account(store, &invitation.email, &name, &password, false).await?;
    store.accept_invitation(&token_hash(token), user.id, now).await?;
    Ok((user, org))
}

/// Changes a member's role; refuses to leave the organisation without an admin.
pub async fn change_role(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    user_id: UserId,
    role: &str,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    let role = Role::parse(role).map_err(|e| AppError::invalid("role", e))?;
    if role != Role::Admin {
        ensure_not_last_admin(store, &scope, user_id).await?;
    }
    Ok(store.set_member_role(&scope, user_id, role).await?)
}

/// Sets the services a member works in, from text with one name per line or separated
/// by commas or semicolons (as the measures write them). What a contributor may
/// report on follows from it.
pub async fn set_services(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    user_id: UserId,
    text: &str,
) -> Result<Vec<String>, AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    let mut services: Vec<String> = Vec::new();
    for name in text.split(['\n', ',', ';']).map(str::trim).filter(|n| !n.is_empty()) {
        if !services.iter().any(|s| s.to_lowercase() == name.to_lowercase()) {
            services.push(name.to_owned());
        }
    }
    store.set_member_services(&scope, user_id, &services).await?;
    Ok(services)
}

/// Takes a person's role in the organisation away (their account stays).
pub async fn remove(store: &dyn Store, actor: &Actor, org: &Organisation, user_id: UserId) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    ensure_not_last_admin(store, &scope, user_id).await?;
    Ok(store.remove_member(&scope, user_id).await?)
}

async fn ensure_not_last_admin(store: &dyn Store, scope: &OrgScope, user_id: UserId) -> Result<(), AppError> {
    let members = store.members(scope).await?;
    let is_admin = members.iter().any(|m| m.user_id == user_id && m.role == Role::Admin);
    let admins = members.iter().filter(|m| m.role == Role::Admin).count();
    if is_admin && admins == 1 { Err(AppError::LastAdmin) } else { Ok(()) }
}

/// Makes an account. A taken e-mail address is a conflict on the `email` field.
pub async fn create_account(
    store: &dyn Store,
    email: &Email,
    name: &PersonName,
    password: &Password,
    site_admin: bool,
) -> Result<User, AppError> {
    let password_hash = hash_password(password).await?;
    let new = NewUser { email: email.clone(), name: name.clone(), password_hash, site_admin };
    store.create_user(&new).await.map_err(|e| match e {
        StoreError::Conflict(_) => {
            AppError::Conflict { field: "email", message: format!("a user with e-mail {email} already exists") }
        }
        other => other.into(),
    })
}

/// Gives an existing account a role; a second role in the same organisation is a
/// conflict (change the role instead).
pub async fn add_role(store: &dyn Store, scope: &OrgScope, user: &User, role: Role) -> Result<(), AppError> {
    store.add_member(scope, user.id, role).await.map_err(|e| match e {
        StoreError::Conflict(_) => {
            AppError::Conflict { field: "email", message: format!("{} is already a member", user.email) }
        }
        other => other.into(),
    })
}
