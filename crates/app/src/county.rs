//! The county view (issue 18): a regional adviser's dashboard of every municipality of
//! their county, and each municipality's choice of what its county's advisers read.

use chrono::NaiveDate;
use forebygg_domain::county::marks::{MAX_NOTE, MarkError};
use forebygg_domain::county::{Mark, MarkArea, Part, Sharing, StatusLine};
use forebygg_domain::timeline::NorDate;
use forebygg_domain::{Action, OrgKind, Organisation, ValidationError};

use crate::access::authorize;
use crate::{Actor, AppError, FieldErrors, Store, UnixTime};

/// One municipality on the dashboard: its status line, what it shares (on the
/// organisation) and the body's marks on it.
#[derive(Clone, Debug)]
pub struct CountyRow {
    pub municipality: Organisation,
    pub status: StatusLine,
    pub marks: Vec<Mark>,
}

/// The county of a regional body, for an adviser there: every municipality of the
/// county (those without any plan too), each with its status line.
pub async fn dashboard(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    today: NaiveDate,
) -> Result<Vec<CountyRow>, AppError> {
    let body_scope = authorize(actor, body, Action::AdviseCounty)?;
    let county = county_of(body)?;
    let mut marks = store.marks_by(&body_scope).await?;
    // The whole county in three statements, then each municipality's share of it.
    let (mut plans, activities) = store.county_plans(&body_scope).await?;
    let mut measures = store.county_measures(&body_scope).await?;
    let mut rows = Vec::new();
    for municipality in store.county_organisations(&body_scope).await? {
        if municipality.kind != OrgKind::Municipality || municipality.county.as_ref() != Some(&county) {
            continue;
        }
        authorize(actor, &municipality, Action::ReadShared(Part::Status))?;
        let (own, rest): (Vec<_>, Vec<_>) = plans.into_iter().partition(|p| p.org_id == municipality.id);
        plans = rest;
        let ids: Vec<_> = own.iter().map(|p| p.id).collect();
        let (own_measures, rest): (Vec<_>, Vec<_>) = measures.into_iter().partition(|m| ids.contains(&m.plan_id));
        measures = rest;
        let own_activities: Vec<_> = activities.iter().filter(|a| ids.contains(&a.plan_id)).cloned().collect();
        let status = StatusLine::of(&own, &own_activities, &own_measures, NorDate(today));
        let (mine, rest): (Vec<_>, Vec<_>) = marks.into_iter().partition(|(id, _)| *id == municipality.id);
        marks = rest;
        let mut mine: Vec<Mark> = mine.into_iter().map(|(_, m)| m).collect();
        mine.sort_by_key(|m| m.area);
        rows.push(CountyRow { municipality, status, marks: mine });
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

/// A municipality's status line, read with the status part of its sharing.
async fn status_line(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
    today: NaiveDate,
) -> Result<StatusLine, AppError> {
    let scope = authorize(actor, municipality, Action::ReadShared(Part::Status))?;
    let plans = store.plans(&scope).await?;
    let (mut activities, mut measures) = (Vec::new(), Vec::new());
    for plan in &plans {
        activities.extend(store.activities(&scope, plan.id).await?);
        measures.extend(store.measures(&scope, plan.id).await?);
    }
    Ok(StatusLine::of(&plans, &activities, &measures, NorDate(today)))
}

/// The county a regional body advises (a municipality advises none).
fn county_of(body: &Organisation) -> Result<forebygg_domain::CountyNumber, AppError> {
    match (&body.county, body.kind) {
        (Some(county), kind) if kind != OrgKind::Municipality => Ok(county.clone()),
        _ => Err(AppError::NotFound("county".into())),
    }
}

/// The municipality with this code, when it lies in the body's county.
async fn in_county(store: &dyn Store, body: &Organisation, code: &str) -> Result<Organisation, AppError> {
    let county = county_of(body)?;
    let municipality = crate::organisations::find(store, code).await?;
    if municipality.kind != OrgKind::Municipality || municipality.county.as_ref() != Some(&county) {
        return Err(AppError::NotFound(format!("municipality {code}")));
    }
    Ok(municipality)
}

/// A municipality of the body's county, for one of its advisers: its status line and
/// the body's marks on it, for the marks form.
pub async fn municipality(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    code: &str,
    today: NaiveDate,
) -> Result<CountyRow, AppError> {
    let body_scope = authorize(actor, body, Action::AdviseCounty)?;
    let municipality = in_county(store, body, code).await?;
    let status = status_line(store, actor, &municipality, today).await?;
    let mut marks: Vec<Mark> = store
        .marks_by(&body_scope)
        .await?
        .into_iter()
        .filter(|(id, _)| *id == municipality.id)
        .map(|(_, m)| m)
        .collect();
    marks.sort_by_key(|m| m.area);
    Ok(CountyRow { municipality, status, marks })
}

/// The marks form, as typed: per area a colour (none: not marked) and a note.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MarksForm {
    pub plan_colour: String,
    pub plan_note: String,
    pub cooperation_colour: String,
    pub cooperation_note: String,
    pub follow_up_colour: String,
    pub follow_up_note: String,
}

impl MarksForm {
    pub fn of(marks: &[Mark]) -> MarksForm {
        let get = |area: MarkArea| marks.iter().find(|m| m.area == area);
        let colour = |area| get(area).map(|m| m.colour.as_str().to_owned()).unwrap_or_default();
        let note = |area| get(area).map(|m| m.note.clone()).unwrap_or_default();
        MarksForm {
            plan_colour: colour(MarkArea::Plan),
            plan_note: note(MarkArea::Plan),
            cooperation_colour: colour(MarkArea::Cooperation),
            cooperation_note: note(MarkArea::Cooperation),
            follow_up_colour: colour(MarkArea::FollowUp),
            follow_up_note: note(MarkArea::FollowUp),
        }
    }

    /// Each area's colour and note, with the fields' names.
    pub fn areas(&self) -> [(MarkArea, &str, &str, &'static str, &'static str); 3] {
        [
            (MarkArea::Plan, &self.plan_colour, &self.plan_note, "plan_colour", "plan_note"),
            (
                MarkArea::Cooperation,
                &self.cooperation_colour,
                &self.cooperation_note,
                "cooperation_colour",
                "cooperation_note",
            ),
            (MarkArea::FollowUp, &self.follow_up_colour, &self.follow_up_note, "follow_up_colour", "follow_up_note"),
        ]
    }
}

/// An adviser marks a municipality of the county: every area at once, all or nothing.
pub async fn set_marks(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    code: &str,
    form: &MarksForm,
    now: UnixTime,
) -> Result<(), AppError> {
    let body_scope = authorize(actor, body, Action::AdviseCounty)?;
    let municipality = in_county(store, body, code).await?;
    let mut errors = FieldErrors::default();
    let mut marks = Vec::new();
    for (area, colour, note, colour_field, note_field) in form.areas() {
        if colour.trim().is_empty() {
            if !note.trim().is_empty() {
                errors.add(colour_field, ValidationError::NoneChosen);
            }
            continue;
        }
        match Mark::parse(area.as_str(), colour, note) {
            Ok(mark) => marks.push(mark),
            Err(MarkError::NoteTooLong) => errors.add(note_field, ValidationError::TooLong { max: MAX_NOTE }),
            Err(_) => errors.add(colour_field, ValidationError::NoneChosen),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    store.set_marks(&body_scope, municipality.id, &marks, now).await?;
    Ok(())
}

/// The marks the county's bodies have set on the municipality, for its members.
pub async fn marks_on(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Vec<(String, Mark)>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let mut marks = store.marks_on(&scope).await?;
    marks.sort_by(|(a, x), (b, y)| a.cmp(b).then(x.area.cmp(&y.area)));
    Ok(marks)
}
