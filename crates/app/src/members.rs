//! An organisation's members: who holds which role. Admins manage them on the web; the
//! operator adds the first ones from the command line.

use forebygg_domain::ids::UserId;
use forebygg_domain::{Action, Email, Organisation, Password, PersonName, Role, ValidationError};

use crate::access::authorize;
use crate::auth::hash_password;
use crate::tokens::random_token;
use crate::{Actor, AppError, FieldErrors, Member, NewUser, OrgScope, Store, StoreError, User};

/// The member list of an organisation the actor may read.
pub async fn list(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Vec<Member>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.members(&scope).await?)
}

/// Input of the "add a member" form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AddMemberForm {
    pub email: String,
    pub name: String,
    pub role: String,
}

/// The result of adding a member.
#[derive(Clone, Debug)]
pub struct Added {
    pub user: User,
    pub role: Role,
    /// Set when a new account was made: shown once to the admin, who hands it over.
    pub one_time_password: Option<String>,
}

/// Gives a person a role in the organisation. A person who already has an account
/// (in any organisation) is given the role; otherwise an account is made with a
/// one-time password.
pub async fn add(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    form: &AddMemberForm,
) -> Result<Added, AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    let mut errors = FieldErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    let role = errors.check("role", Role::parse(&form.role));
    let name = if form.name.trim().is_empty() { None } else { errors.check("name", PersonName::parse(&form.name)) };
    let (Some(email), Some(role)) = (email, role) else {
        return Err(AppError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    if role == Role::RegionalAdviser && !org.kind.is_regional() {
        return Err(AppError::invalid("role", ValidationError::Role(role.as_str().to_owned())));
    }
    let (user, one_time_password) = match store.user_by_email(&email).await? {
        Some(user) => (user, None),
        None => {
            let name = match name {
                Some(n) => n,
                None => return Err(AppError::invalid("name", ValidationError::PersonName)),
            };
            let password = one_time_password()?;
            let user = create_account(store, &email, &name, &password, false).await?;
            (user, Some(password.expose().to_owned()))
        }
    };
    add_role(store, &scope, &user, role).await?;
    Ok(Added { user, role, one_time_password })
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

fn one_time_password() -> Result<Password, AppError> {
    let token = random_token()?;
    Password::parse(&token[..20]).map_err(|e| AppError::Internal(e.to_string()))
}
