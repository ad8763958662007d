//! Demo data: Engerdal (3425) with one login per role, an adviser at Statsforvalteren
//! in Innlandet, and a site administrator. Loading twice changes nothing.
//!
//! The people are invented; the municipalities and their counties are real. Later
//! capabilities extend this module with their own demo data, modelled on the seeds.

use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{Email, OrgCode, OrgKind, Organisation, Password, PersonName, Role, ValidationError};

use crate::members::{add_role, create_account};
use crate::organisations::{find, sync_register};
use crate::{AppError, OrgScope, Store, User};

/// Every demo login uses this password; the login page shows it in demo mode.
pub const DEMO_PASSWORD: &str = "forebygg-demo";

/// The demo municipality.
pub const DEMO_MUNICIPALITY: &str = "3425";

/// A demo login as the login page lists it.
#[derive(Clone, Copy, Debug)]
pub struct DemoLogin {
    pub email: &'static str,
    pub name: &'static str,
    /// Organisation code and role; `None` for the site administrator.
    pub role: Option<(&'static str, Role)>,
}

const GOVERNOR_NAME: &str = "Statsforvalteren i Innlandet";

pub const DEMO_LOGINS: &[DemoLogin] = &[
    DemoLogin { email: "admin@engerdal.demo", name: "Anne Admin", role: Some(("3425", Role::Admin)) },
    DemoLogin { email: "planleiar@engerdal.demo", name: "Kari Nordmo", role: Some(("3425", Role::PlanLead)) },
    DemoLogin { email: "redaktor@engerdal.demo", name: "Erik Strand", role: Some(("3425", Role::Editor)) },
    DemoLogin { email: "bidragsyter@engerdal.demo", name: "Ingrid Helse", role: Some(("3425", Role::Contributor)) },
    DemoLogin { email: "leser@engerdal.demo", name: "Ola Lesar", role: Some(("3425", Role::Reader)) },
    DemoLogin {
        email: "radgiver@statsforvalteren.demo",
        name: "Per Rådgiver",
        role: Some(("statsforvalteren-i-innlandet", Role::RegionalAdviser)),
    },
    DemoLogin { email: "drift@forebygg.demo", name: "Drift Forebygg", role: None },
];

/// Loads the demo data; safe to run again and again.
pub async fn load(store: &dyn Store) -> Result<(), AppError> {
    sync_register(store).await?;
    ensure_governor(store).await?;
    let password = Password::parse(DEMO_PASSWORD).map_err(|e| AppError::Internal(e.to_string()))?;
    for login in DEMO_LOGINS {
        let user = ensure_user(store, login, &password).await?;
        if let Some((code, role)) = login.role {
            ensure_role(store, &find(store, code).await?, &user, role).await?;
        }
    }
    // The plan lead also reads the neighbouring Trysil: one person, several organisations.
    let plan_lead = ensure_user(store, &DEMO_LOGINS[1], &password).await?;
    ensure_role(store, &find(store, "3421").await?, &plan_lead, Role::Reader).await?;
    Ok(())
}

async fn ensure_governor(store: &dyn Store) -> Result<Organisation, AppError> {
    let county = forebygg_domain::CountyNumber::parse("34").map_err(|e| AppError::Internal(e.to_string()))?;
    let new = NewOrganisation::regional(OrgKind::CountyGovernor, GOVERNOR_NAME, Some(county))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    match store.organisation(&new.code).await? {
        Some(org) => Ok(org),
        None => Ok(store.create_organisation(&new).await?),
    }
}

async fn ensure_user(store: &dyn Store, login: &DemoLogin, password: &Password) -> Result<User, AppError> {
    let email = Email::parse(login.email).map_err(internal)?;
    if let Some(user) = store.user_by_email(&email).await? {
        return Ok(user);
    }
    let name = PersonName::parse(login.name).map_err(internal)?;
    create_account(store, &email, &name, password, login.role.is_none()).await
}

async fn ensure_role(store: &dyn Store, org: &Organisation, user: &User, role: Role) -> Result<(), AppError> {
    match add_role(store, &OrgScope::operator(org), user, role).await {
        Ok(()) | Err(AppError::Conflict { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

fn internal(e: ValidationError) -> AppError {
    AppError::Internal(e.to_string())
}

/// The demo organisation's code, for pages that point newcomers to it.
pub fn municipality_code() -> Option<OrgCode> {
    OrgCode::parse(DEMO_MUNICIPALITY).ok()
}
