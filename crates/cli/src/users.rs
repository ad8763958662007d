//! `forebygg user add` and `forebygg user grant`: the operator's way to the first admin
//! of a municipality, and to roles in further organisations.

use anyhow::{Result, anyhow, bail};
use clap::Args;
use forebygg_app::{AppError, OrgScope, Store, members, organisations};
use forebygg_domain::{Email, Organisation, PersonName, Role};

use crate::{describe, password};

/// Who gets which role where.
#[derive(Args)]
pub struct RoleArgs {
    /// Municipality number (e.g. 3425), county number (e.g. 34) or code of a regional body.
    #[arg(long, value_name = "KOMMUNENUMMER")]
    org: String,
    #[arg(long, value_name = "E-MAIL")]
    email: String,
    /// admin, plan-lead, editor, contributor, reader or regional-adviser.
    #[arg(long, value_name = "ROLE")]
    role: String,
}

impl RoleArgs {
    async fn parse(&self, store: &dyn Store) -> Result<(Organisation, Email, Role)> {
        let org = find_org(store, &self.org).await?;
        let email = Email::parse(&self.email)?;
        let role = Role::parse(&self.role)?;
        check_role_fits(&org, role)?;
        Ok((org, email, role))
    }
}

pub async fn find_org(store: &dyn Store, code: &str) -> Result<Organisation> {
    organisations::find(store, code).await.map_err(|e| match e {
        AppError::NotFound(_) => anyhow!(
            "unknown organisation '{code}': not a municipality number, county number or code of a registered body"
        ),
        other => describe(other),
    })
}

pub async fn add(store: &dyn Store, args: &RoleArgs, name: Option<&str>, site_admin: bool) -> Result<()> {
    let (org, email, role) = args.parse(store).await?;
    if store.user_by_email(&email).await?.is_some() {
        bail!("a user with e-mail {email} already exists; give them another role with `forebygg user grant`");
    }
    let name = PersonName::parse(name.unwrap_or_else(|| email.as_str().split('@').next().unwrap_or_default()))?;
    let password = password::read()?;
    let user = members::create_account(store, &email, &name, &password, site_admin).await.map_err(describe)?;
    members::add_role(store, &OrgScope::operator(&org), &user, role).await.map_err(describe)?;
    println!("created {} as {} in {} ({})", user.email, role.as_str(), org.name, org.code);
    Ok(())
}

pub async fn grant(store: &dyn Store, args: &RoleArgs) -> Result<()> {
    let (org, email, role) = args.parse(store).await?;
    let user = store
        .user_by_email(&email)
        .await?
        .ok_or_else(|| anyhow!("no user with e-mail {email}; create one with `forebygg user add`"))?;
    members::add_role(store, &OrgScope::operator(&org), &user, role).await.map_err(describe)?;
    println!("{} is now {} in {} ({})", user.email, role.as_str(), org.name, org.code);
    Ok(())
}

pub async fn logout(store: &dyn Store, email: &str) -> Result<()> {
    let email = Email::parse(email)?;
    let user = store.user_by_email(&email).await?.ok_or_else(|| anyhow!("no user with e-mail {email}"))?;
    store.delete_user_sessions(user.id).await?;
    println!("ended every session of {}", user.email);
    Ok(())
}

fn check_role_fits(org: &Organisation, role: Role) -> Result<()> {
    if role == Role::RegionalAdviser && !org.kind.is_regional() {
        bail!(
            "the role regional-adviser is held in a regional body (e.g. Statsforvalteren), not in {} ({})",
            org.name,
            org.code
        );
    }
    Ok(())
}
