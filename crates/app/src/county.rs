//! The county view (issue 18): a regional adviser's dashboard of every municipality of
//! their county, and each municipality's choice of what its county's advisers read.

use chrono::NaiveDate;
use forebygg_domain::county::{Part, Sharing, StatusLine};
use forebygg_domain::timeline::NorDate;
use forebygg_domain::{Action, OrgKind, Organisation};

use crate::access::authorize;
use crate::{Actor, AppError, Store};

/// One municipality on the dashboard: its status line and what it shares.
#[derive(Clone, Debug)]
pub struct CountyRow {
    pub municipality: Organisation,
    pub status: StatusLine,
}

/// The county of a regional body, for an adviser there: every municipality of the
/// county (those without any plan too), each with its status line.
pub async fn dashboard(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    today: NaiveDate,
) -> Result<Vec<CountyRow>, AppError> {
    authorize(actor, body, Action::AdviseCounty)?;
    let county = match (&body.county, body.kind) {
        (Some(county), kind) if kind != OrgKind::Municipality => county.clone(),
        _ => return Err(AppError::NotFound("county".into())),
    };
    let mut rows = Vec::new();
    for municipality in store.organisations().await? {
        if municipality.kind != OrgKind::Municipality || municipality.county.as_ref() != Some(&county) {
            continue;
        }
        let scope = authorize(actor, &municipality, Action::ReadShared(Part::Status))?;
        let plans = store.plans(&scope).await?;
        let (mut activities, mut measures) = (Vec::new(), Vec::new());
        for plan in &plans {
            activities.extend(store.activities(&scope, plan.id).await?);
            measures.extend(store.measures(&scope, plan.id).await?);
        }
        let status = StatusLine::of(&plans, &activities, &measures, NorDate(today));
        rows.push(CountyRow { municipality, status });
    }
    Ok(rows)
}

/// The sharing form, as typed: the parts ticked.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SharingForm {
    pub programme: Option<String>,
    pub measures: Option<String>,
    pub document: Option<String>,
}

/// A municipality's administrator chooses what the county's advisers may read.
pub async fn set_sharing(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    form: &SharingForm,
) -> Result<Sharing, AppError> {
    let scope = authorize(actor, org, Action::ManageMembers)?;
    if org.kind != OrgKind::Municipality {
        return Err(AppError::NotFound("municipality".into()));
    }
    let sharing = Sharing {
        programme: form.programme.is_some(),
        measures: form.measures.is_some(),
        document: form.document.is_some(),
    };
    store.set_sharing(&scope, sharing).await?;
    Ok(sharing)
}
