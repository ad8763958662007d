//! The organisation register: municipalities and counties from the shipped list, and
//! the regional bodies a site administrator adds.

use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{CountyNumber, OrgCode, OrgKind, Organisation, ValidationError, register};

use crate::{AppError, FieldErrors, Store, StoreError, User};

/// Makes sure every municipality and county of the register is stored.
pub async fn sync_register(store: &dyn Store) -> Result<(), AppError> {
    store.sync_register(&register::organisations()).await?;
    Ok(())
}

pub async fn find(store: &dyn Store, code: &str) -> Result<Organisation, AppError> {
    let code = OrgCode::parse(code).map_err(|_| AppError::NotFound(code.to_owned()))?;
    store.organisation(&code).await?.ok_or_else(|| AppError::NotFound(code.to_string()))
}

/// Input of the "add a regional body" form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct RegionalBodyForm {
    pub kind: String,
    pub name: String,
    pub county: String,
}

/// Adds a regional body (Statsforvalteren, KS, a competence centre). Site admins only.
pub async fn add_regional_body(
    store: &dyn Store,
    actor: &User,
    form: &RegionalBodyForm,
) -> Result<Organisation, AppError> {
    if !actor.site_admin {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::default();
    let kind = OrgKind::parse(&form.kind).filter(|k| k.is_regional());
    if kind.is_none() {
        errors.add("kind", ValidationError::OrgKind);
    }
    let county = if form.county.trim().is_empty() {
        None
    } else {
        match CountyNumber::parse(&form.county) {
            Ok(c) if county_exists(store, &c).await? => Some(c),
            Ok(c) => {
                errors.add("county", ValidationError::CountyNumber(c.as_str().to_owned()));
                None
            }
            Err(e) => {
                errors.add("county", e);
                None
            }
        }
    };
    let Some(kind) = kind else {
        return Err(AppError::Invalid(errors));
    };
    let new = match NewOrganisation::regional(kind, &form.name, county) {
        Ok(new) if errors.is_empty() => new,
        Ok(_) => return Err(AppError::Invalid(errors)),
        Err(e) => {
            let field = if e == ValidationError::CountyRequired { "county" } else { "name" };
            if errors.get(field).is_none() {
                errors.add(field, e);
            }
            return Err(AppError::Invalid(errors));
        }
    };
    store.create_organisation(&new).await.map_err(|e| match e {
        StoreError::Conflict(_) => AppError::Conflict { field: "name", message: new.name.clone() },
        other => other.into(),
    })
}

async fn county_exists(store: &dyn Store, county: &CountyNumber) -> Result<bool, AppError> {
    let code = OrgCode::parse(county.as_str()).map_err(|e| AppError::invalid("county", e))?;
    Ok(store.organisation(&code).await?.is_some_and(|o| o.kind == OrgKind::County))
}
