//! The county's network gatherings (issue 18, seed 000): a regional body's advisers
//! plan physical and digital gatherings and see who comes; each municipality of the
//! county sees them and its contact (administrator or plan lead) registers named
//! participants, within the cap per municipality of a physical gathering; past the
//! total capacity they wait, and a cancellation moves the first waiting up.

use chrono::NaiveDateTime;
use forebygg_domain::county::gatherings::{
    Gathering, GatheringFields, GatheringInput, Registration, Seat, SeatRefusal, participant,
};
use forebygg_domain::ids::{GatheringId, OrgId};
use forebygg_domain::{Action, OrgKind, Organisation, ValidationError};

use crate::access::authorize;
use crate::{Actor, AppError, FieldErrors, Registered, Store, UnixTime};

/// The gathering form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct GatheringForm {
    pub title: String,
    pub form: String,
    pub place: String,
    pub link: String,
    pub per_municipality: String,
    pub capacity: String,
    pub start_date: String,
    pub start_time: String,
    pub end_date: String,
    pub end_time: String,
    pub topics: String,
}

impl GatheringForm {
    /// A stored gathering as its form shows it for editing.
    pub fn of(f: &GatheringFields) -> GatheringForm {
        let (place, link) = match &f.venue {
            forebygg_domain::county::gatherings::Venue::Physical { place, .. } => (place.clone(), String::new()),
            forebygg_domain::county::gatherings::Venue::Digital { link } => (String::new(), link.clone()),
        };
        GatheringForm {
            title: f.title.clone(),
            form: f.venue.form().to_owned(),
            place,
            link,
            per_municipality: f.venue.per_municipality().map(|n| n.to_string()).unwrap_or_default(),
            capacity: f.capacity.map(|n| n.to_string()).unwrap_or_default(),
            start_date: f.starts.format("%d.%m.%Y").to_string(),
            start_time: f.starts.format("%H:%M").to_string(),
            end_date: f.ends.format("%d.%m.%Y").to_string(),
            end_time: f.ends.format("%H:%M").to_string(),
            topics: f.topics.join("\n"),
        }
    }

    fn parse(&self) -> Result<GatheringFields, AppError> {
        GatheringFields::parse(&GatheringInput {
            title: &self.title,
            form: &self.form,
            place: &self.place,
            link: &self.link,
            per_municipality: &self.per_municipality,
            capacity: &self.capacity,
            start_date: &self.start_date,
            start_time: &self.start_time,
            end_date: &self.end_date,
            end_time: &self.end_time,
            topics: &self.topics,
        })
        .map_err(|e| AppError::Invalid(FieldErrors(e)))
    }
}

/// The registration form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ParticipantForm {
    pub name: String,
    pub email: String,
    pub role: String,
}

/// A gathering with how many are confirmed and waiting.
#[derive(Clone, Debug)]
pub struct Listed {
    pub gathering: Gathering,
    pub confirmed: usize,
    pub waiting: usize,
    /// The viewing municipality's own participants (empty for the body).
    pub mine: usize,
}

/// A gathering as its body's advisers see it: every registration, with the name of
/// its municipality.
#[derive(Clone, Debug)]
pub struct ForBody {
    pub gathering: Gathering,
    pub registrations: Vec<(Registration, String)>,
}

/// A gathering as a municipality sees it: the body that runs it, the counts, and its
/// own registrations.
#[derive(Clone, Debug)]
pub struct ForMunicipality {
    pub body: Organisation,
    pub listed: Listed,
    pub mine: Vec<Registration>,
}

fn counts(gathering: Gathering, all: &[Registration], of: Option<OrgId>) -> Listed {
    let seated = |s| all.iter().filter(|r| r.seat == s).count();
    Listed {
        confirmed: seated(Seat::Confirmed),
        waiting: seated(Seat::Waiting),
        mine: of.map(|m| all.iter().filter(|r| r.municipality == m).count()).unwrap_or(0),
        gathering,
    }
}

/// The body's gatherings with their counts, for its advisers.
pub async fn of_body(store: &dyn Store, actor: &Actor, body: &Organisation) -> Result<Vec<Listed>, AppError> {
    authorize(actor, body, Action::AdviseCounty)?;
    let mut listed = Vec::new();
    for g in store.gatherings(body.id).await? {
        let all = store.registrations(g.id, None).await?;
        listed.push(counts(g, &all, None));
    }
    Ok(listed)
}

/// An adviser plans a gathering.
pub async fn create(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    form: &GatheringForm,
    now: UnixTime,
) -> Result<GatheringId, AppError> {
    let scope = authorize(actor, body, Action::AdviseCounty)?;
    let fields = form.parse()?;
    Ok(store.create_gathering(&scope, &fields, now).await?)
}

/// An adviser changes a gathering; those registered keep their seats.
pub async fn update(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    id: GatheringId,
    form: &GatheringForm,
) -> Result<u64, AppError> {
    let scope = authorize(actor, body, Action::AdviseCounty)?;
    store.gathering(body.id, id).await?;
    let fields = form.parse()?;
    // Lowered below those registered, a capacity or cap would leave people holding
    // seats the gathering no longer has: refused, naming how many.
    let all = store.registrations(id, None).await?;
    let confirmed = all.iter().filter(|r| r.seat == Seat::Confirmed).count();
    let mut errors = Vec::new();
    if fields.capacity.is_some_and(|c| (c as usize) < confirmed) {
        errors.push(("capacity", ValidationError::BelowRegistered { registered: count(confirmed) }));
    }
    if let Some(cap) = fields.venue.per_municipality() {
        let mut per_municipality = std::collections::HashMap::new();
        for r in &all {
            *per_municipality.entry(r.municipality).or_insert(0) += 1;
        }
        if let Some(most) = per_municipality.into_values().max().filter(|m| *m > cap as usize) {
            errors.push(("per_municipality", ValidationError::BelowRegistered { registered: count(most) }));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(FieldErrors(errors)));
    }
    Ok(store.update_gathering(&scope, id, &fields).await?)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// An adviser removes a gathering, and everyone registered for it with it.
pub async fn remove(store: &dyn Store, actor: &Actor, body: &Organisation, id: GatheringId) -> Result<(), AppError> {
    let scope = authorize(actor, body, Action::AdviseCounty)?;
    Ok(store.delete_gathering(&scope, id).await?)
}

/// One gathering with everyone registered, for the body's advisers.
pub async fn for_body(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    id: GatheringId,
) -> Result<ForBody, AppError> {
    authorize(actor, body, Action::AdviseCounty)?;
    let gathering = store.gathering(body.id, id).await?;
    let names: Vec<Organisation> = store.organisations().await?;
    let name_of = |m: OrgId| names.iter().find(|o| o.id == m).map(|o| o.name.clone()).unwrap_or_default();
    let registrations = store.registrations(id, None).await?.into_iter().map(|r| (name_of(r.municipality), r));
    Ok(ForBody { gathering, registrations: registrations.map(|(n, r)| (r, n)).collect() })
}

/// An adviser cancels a participant of any municipality.
pub async fn cancel_by_body(
    store: &dyn Store,
    actor: &Actor,
    body: &Organisation,
    id: GatheringId,
    registration: i64,
) -> Result<Option<i64>, AppError> {
    authorize(actor, body, Action::AdviseCounty)?;
    Ok(store.cancel_registration(body.id, id, None, registration).await?)
}

/// The regional bodies serving the municipality's county.
pub(crate) async fn bodies_of(store: &dyn Store, municipality: &Organisation) -> Result<Vec<Organisation>, AppError> {
    if municipality.kind != OrgKind::Municipality {
        return Err(AppError::NotFound("municipality".into()));
    }
    let all = store.organisations().await?;
    Ok(all
        .into_iter()
        .filter(|o| o.kind.is_regional() && o.county.is_some() && o.county == municipality.county)
        .collect())
}

/// The gatherings the municipality is invited to (its county's bodies'), earliest
/// first, for its members.
pub async fn for_municipality(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
) -> Result<Vec<ForMunicipality>, AppError> {
    authorize(actor, municipality, Action::ReadInternal)?;
    let mut found = Vec::new();
    for body in bodies_of(store, municipality).await? {
        for g in store.gatherings(body.id).await? {
            let all = store.registrations(g.id, None).await?;
            let mine: Vec<Registration> = all.iter().filter(|r| r.municipality == municipality.id).cloned().collect();
            found.push(ForMunicipality { body: body.clone(), listed: counts(g, &all, Some(municipality.id)), mine });
        }
    }
    found.sort_by_key(|f| (f.listed.gathering.fields.starts, f.listed.gathering.id));
    Ok(found)
}

/// One gathering the municipality is invited to, with its own registrations.
pub async fn one_for_municipality(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
    id: GatheringId,
) -> Result<ForMunicipality, AppError> {
    authorize(actor, municipality, Action::ReadInternal)?;
    for body in bodies_of(store, municipality).await? {
        match store.gathering(body.id, id).await {
            Ok(g) => {
                let all = store.registrations(g.id, None).await?;
                let mine = all.iter().filter(|r| r.municipality == municipality.id).cloned().collect();
                return Ok(ForMunicipality { body, listed: counts(g, &all, Some(municipality.id)), mine });
            }
            Err(crate::StoreError::NotFound(_)) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::NotFound(format!("gathering {id}")))
}

/// The municipality's contact registers a participant: confirmed, or waiting when
/// the gathering is full; refused past the municipality's cap or once it has begun.
pub async fn register(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
    id: GatheringId,
    form: &ParticipantForm,
    now: NaiveDateTime,
    at: UnixTime,
) -> Result<Seat, AppError> {
    let scope = authorize(actor, municipality, Action::RegisterParticipants)?;
    let found = one_for_municipality(store, actor, municipality, id).await?;
    let person = participant(&form.name, &form.email, &form.role).map_err(|e| AppError::Invalid(FieldErrors(e)))?;
    if found.listed.gathering.fields.starts <= now {
        return Err(AppError::Invalid(FieldErrors(vec![("name", ValidationError::GatheringBegun)])));
    }
    match store.register(&scope, found.body.id, id, &person, at).await? {
        Registered::Seated { seat, .. } => Ok(seat),
        Registered::Refused(SeatRefusal::MunicipalityFull { max }) => {
            Err(AppError::Invalid(FieldErrors(vec![("name", ValidationError::MunicipalityFull { max })])))
        }
    }
}

/// The municipality's contact cancels one of its own participants.
pub async fn cancel(
    store: &dyn Store,
    actor: &Actor,
    municipality: &Organisation,
    id: GatheringId,
    registration: i64,
) -> Result<Option<i64>, AppError> {
    authorize(actor, municipality, Action::RegisterParticipants)?;
    let found = one_for_municipality(store, actor, municipality, id).await?;
    Ok(store.cancel_registration(found.body.id, id, Some(municipality.id), registration).await?)
}
