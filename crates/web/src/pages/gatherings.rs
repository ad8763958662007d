//! The county's network gatherings (issue 18): on a regional body's pages its advisers
//! plan gatherings, see everyone registered, cancel, and take the participant list as
//! CSV or XLSX; on a municipality's pages its members see the gatherings of the
//! county's bodies and its contacts register and cancel named participants. Either
//! side takes a gathering into a calendar (.ics).

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::gatherings::{self, GatheringForm, Listed, ParticipantForm};
use forebygg_app::{AppError, access, now};
use forebygg_domain::county::gatherings::{Gathering, Registration, Seat, Venue};
use forebygg_domain::ids::GatheringId;
use forebygg_domain::timeline::dates::oslo_local;
use forebygg_domain::{Action, OrgKind};
use forebygg_texts::Tr;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, OrgAccess, Params};
use crate::ui::confirm::{Confirm, Question, ask, ask_counted};
use crate::ui::{Choice, FormErrors, Page, calendar, choices, download, paths, render_with};
use icalendar::{Component, EventLike, EventStatus};

#[derive(Deserialize)]
pub struct GatheringPath {
    id: GatheringId,
}

#[derive(Deserialize)]
pub struct RegistrationPath {
    id: GatheringId,
    registration: i64,
}

#[derive(Deserialize)]
pub struct FilePath {
    id: GatheringId,
    file: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Done {
    saved: Option<String>,
    seat: Option<String>,
    cancelled: Option<String>,
    moved: Option<String>,
    /// How many a saved change moved up from the waiting list.
    promoted: Option<u64>,
}

/// A gathering's when and where, in words.
fn when(t: Tr, g: &Gathering) -> String {
    let f = &g.fields;
    let (day, from, to) = (f.starts.format("%d.%m.%Y").to_string(), f.starts.format("%H:%M"), f.ends.format("%H:%M"));
    if f.starts.date() == f.ends.date() {
        forebygg_texts::translate(
            t.lang,
            "gathering-when-day",
            &[("date", &day), ("from", &from.to_string()), ("to", &to.to_string())],
        )
    } else {
        forebygg_texts::translate(
            t.lang,
            "gathering-when-days",
            &[
                ("date", &day),
                ("from", &from.to_string()),
                ("end", &f.ends.format("%d.%m.%Y").to_string()),
                ("to", &to.to_string()),
            ],
        )
    }
}

/// One gathering in a list.
pub struct Row {
    pub title: String,
    pub href: String,
    pub when: String,
    pub form: String,
    pub venue: String,
    /// Link when digital (only an https address is ever stored).
    pub link: Option<String>,
    pub seats: String,
    pub mine: String,
    pub body: String,
}

fn venue(t: Tr, g: &Gathering) -> (String, String, Option<String>) {
    match &g.fields.venue {
        Venue::Physical { place, .. } => (t.get("gathering-form-physical"), place.clone(), None),
        Venue::Digital { link } => (t.get("gathering-form-digital"), link.clone(), Some(link.clone())),
    }
}

fn seats(t: Tr, l: &Listed) -> String {
    let confirmed = l.confirmed.to_string();
    let mut words = match l.gathering.fields.capacity {
        Some(cap) => forebygg_texts::translate(
            t.lang,
            "gathering-seats-of",
            &[("confirmed", &confirmed), ("capacity", &cap.to_string())],
        ),
        None => t.with("gathering-seats", "confirmed", &confirmed),
    };
    if l.waiting > 0 {
        words.push_str(", ");
        words.push_str(&t.with("gathering-waiting-count", "waiting", &l.waiting.to_string()));
    }
    words
}

fn row(t: Tr, base: &str, l: &Listed, body: &str) -> Row {
    let (form, mut place, link) = venue(t, &l.gathering);
    // A meeting link is long: the list names its host, the gathering's page the link.
    if let Some(link) = &link {
        place = link.trim_start_matches("https://").split('/').next().unwrap_or_default().to_owned();
    }
    Row {
        title: l.gathering.fields.title.clone(),
        href: format!("{base}/{}", l.gathering.id),
        when: when(t, &l.gathering),
        form,
        venue: place,
        link,
        seats: seats(t, l),
        mine: t.with("gathering-mine-count", "mine", &l.mine.to_string()),
        body: body.to_owned(),
    }
}

/// The fields of the gathering form.
pub struct FormView {
    pub values: GatheringForm,
    pub forms: Vec<Choice>,
}

fn form_view(t: Tr, values: GatheringForm) -> FormView {
    let forms =
        choices(["physical", "digital"].map(|f| (f.to_owned(), t.get(&format!("gathering-form-{f}")))), &values.form);
    FormView { values, forms }
}

#[derive(Template)]
#[template(path = "gatherings.html")]
struct ListPage {
    page: Page,
    back: String,
    /// The body's advisers plan gatherings; a municipality's members see its county's.
    is_body: bool,
    rows: Vec<Row>,
    action: String,
    form: FormView,
    errors: FormErrors,
    notice: Option<String>,
}

async fn list_page(
    at: &OrgAccess,
    typed: Option<GatheringForm>,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let base = format!("{}/gatherings", paths::org(&at.org.code));
    let is_body = at.org.kind != OrgKind::Municipality;
    let rows = if is_body {
        let listed = gatherings::of_body(at.store(), &at.actor, &at.org).await?;
        listed.iter().map(|l| row(t, &base, l, &at.org.name)).collect()
    } else {
        let found = gatherings::for_municipality(at.store(), &at.actor, &at.org).await?;
        found.iter().map(|f| row(t, &base, &f.listed, &f.body.name)).collect()
    };
    let status = if errors.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let values = typed.unwrap_or_else(|| GatheringForm { form: "physical".into(), ..Default::default() });
    Ok(render_with(
        status,
        &ListPage {
            page: Page::titled(
                &at.ctx,
                t.get(if is_body { "gatherings-title" } else { "gatherings-title-municipality" }),
            ),
            back: paths::org(&at.org.code),
            is_body,
            rows,
            action: base,
            form: form_view(t, values),
            errors,
            notice,
        },
    ))
}

/// The list's notice after a gathering was removed. Only a flag: a title from the
/// address would let a link put any words on the page.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    removed: Option<String>,
}

pub async fn list(at: OrgAccess, Params(listed): Params<ListQuery>) -> Result<Response, PageError> {
    let notice = listed.removed.map(|_| at.ctx.tr().get("gathering-removed"));
    list_page(&at, None, FormErrors::default(), notice).await
}

/// An adviser removes a gathering, after being asked (the registered lose their seats).
pub async fn remove(
    at: OrgAccess,
    Address(GatheringPath { id }): Address<GatheringPath>,
    Form(confirm): Form<Confirm>,
) -> Result<Response, PageError> {
    let f = gatherings::for_body(at.store(), &at.actor, &at.org, id).await?;
    let list = format!("{}/gatherings", paths::org(&at.org.code));
    if !confirm.is_confirmed() {
        let question = Question {
            key: "confirm-remove-gathering",
            name: f.gathering.fields.title.clone(),
            consequence: if f.registrations.iter().any(|(r, _)| r.seat == Seat::Waiting) {
                "confirm-remove-gathering-waiting-then"
            } else {
                "confirm-remove-gathering-then"
            },
            action: format!("{list}/{id}/remove"),
            fields: Vec::new(),
            back: format!("{list}/{id}"),
            yes: "confirm-yes",
        };
        // The consequence names how many lose their seat.
        return Ok(ask_counted(&at.ctx, question, f.registrations.len()));
    }
    gatherings::remove(at.store(), &at.actor, &at.org, id).await?;
    Ok(Redirect::to(&format!("{list}?removed=1")).into_response())
}

/// An adviser plans a gathering; a refused form comes back as typed.
pub async fn create(at: OrgAccess, Form(form): Form<GatheringForm>) -> Result<Response, PageError> {
    match gatherings::create(at.store(), &at.actor, &at.org, &form, now()).await {
        Ok(id) => Ok(Redirect::to(&format!("{}/gatherings/{id}?saved=1", paths::org(&at.org.code))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            list_page(&at, Some(form), errors, None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A registration as a table row.
pub struct RegistrationRow {
    pub municipality: String,
    pub name: String,
    pub role: String,
    pub email: String,
    pub seat: String,
    pub cancel: String,
}

/// A participant's name as shown: one erased on request says so.
fn shown_name(t: Tr, r: &Registration) -> String {
    if r.participant.name.is_empty() { t.get("gathering-name-erased") } else { r.participant.name.clone() }
}

/// A registration as a row; the address only for those who register and cancel (the
/// body's advisers, the municipality's contacts): need to know.
fn registration_row(t: Tr, base: &str, r: &Registration, municipality: &str, manages: bool) -> RegistrationRow {
    RegistrationRow {
        municipality: municipality.to_owned(),
        name: shown_name(t, r),
        role: r.participant.role.clone(),
        email: if manages { r.participant.email.clone() } else { String::new() },
        seat: t.get(&format!("gathering-seat-{}", r.seat.as_str())),
        cancel: format!("{base}/registrations/{}/cancel", r.id),
    }
}

#[derive(Template)]
#[template(path = "gathering.html")]
struct OnePage {
    page: Page,
    back: String,
    base: String,
    row: Row,
    topics: Vec<String>,
    per_municipality: String,
    is_body: bool,
    registrations: Vec<RegistrationRow>,
    /// A municipality's contact may register (and the gathering has not begun).
    can_register: bool,
    can_cancel: bool,
    begun: bool,
    /// Why a municipality's contact gets no form: it has registered all it may send.
    at_cap: String,
    /// The gathering has a total capacity (so a waiting list).
    has_capacity: bool,
    participant: ParticipantForm,
    form: FormView,
    errors: FormErrors,
    edit_errors: FormErrors,
    message: String,
    /// A saved change is said at the top of the page; registrations and cancellations
    /// by the participants, where the page opens after them.
    message_on_top: bool,
}

struct Typed {
    participant: Option<ParticipantForm>,
    gathering: Option<GatheringForm>,
}

async fn one_page(
    at: &OrgAccess,
    id: GatheringId,
    typed: Typed,
    errors: FormErrors,
    edit_errors: FormErrors,
    (message, message_on_top): (String, bool),
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let list = format!("{}/gatherings", paths::org(&at.org.code));
    let base = format!("{list}/{id}");
    let is_body = at.org.kind != OrgKind::Municipality;
    let (listed, body_name, registrations) = if is_body {
        let f = gatherings::for_body(at.store(), &at.actor, &at.org, id).await?;
        let regs: Vec<RegistrationRow> =
            f.registrations.iter().map(|(r, m)| registration_row(t, &base, r, m, true)).collect();
        let all: Vec<Registration> = f.registrations.into_iter().map(|(r, _)| r).collect();
        let listed = Listed {
            confirmed: all.iter().filter(|r| r.seat == Seat::Confirmed).count(),
            waiting: all.iter().filter(|r| r.seat == Seat::Waiting).count(),
            mine: 0,
            gathering: f.gathering,
        };
        (listed, at.org.name.clone(), regs)
    } else {
        let f = gatherings::one_for_municipality(at.store(), &at.actor, &at.org, id).await?;
        let manages = access::authorize(&at.actor, &at.org, Action::RegisterParticipants).is_ok();
        let regs: Vec<RegistrationRow> =
            f.mine.iter().map(|r| registration_row(t, &base, r, &at.org.name, manages)).collect();
        (f.listed, f.body.name, regs)
    };
    let may = |action| access::authorize(&at.actor, &at.org, action).is_ok();
    // A municipality that has registered all it may send gets no form, but a word
    // (a refused registration still comes back in its form, with the reason).
    let at_cap = listed
        .gathering
        .fields
        .venue
        .per_municipality()
        .filter(|max| !is_body && !errors.any() && registrations.len() >= *max as usize);
    let begun = listed.gathering.fields.starts <= oslo_local(now());
    let can_cancel = if is_body { true } else { may(Action::RegisterParticipants) };
    let edit = typed.gathering.unwrap_or_else(|| GatheringForm::of(&listed.gathering.fields));
    let status = if errors.any() || edit_errors.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with(
        status,
        &OnePage {
            page: Page::titled(&at.ctx, listed.gathering.fields.title.clone()),
            back: list.clone(),
            base: base.clone(),
            topics: listed.gathering.fields.topics.clone(),
            per_municipality: listed
                .gathering
                .fields
                .venue
                .per_municipality()
                .map(|n| t.with("gathering-per-municipality-is", "max", &n.to_string()))
                .unwrap_or_else(|| t.get("gathering-per-municipality-none")),
            row: row(t, &list, &listed, &body_name),
            is_body,
            registrations,
            can_register: !is_body && !begun && at_cap.is_none() && may(Action::RegisterParticipants),
            has_capacity: listed.gathering.fields.capacity.is_some(),
            at_cap: at_cap.map(|max| t.with("gathering-at-cap", "max", &max.to_string())).unwrap_or_default(),
            can_cancel,
            begun,
            participant: typed.participant.unwrap_or_default(),
            form: form_view(t, edit),
            errors,
            edit_errors,
            message,
            message_on_top,
        },
    ))
}

pub async fn show(
    at: OrgAccess,
    Address(GatheringPath { id }): Address<GatheringPath>,
    Params(done): Params<Done>,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    // Who moved up, when the viewer may see them (the body: anyone; a municipality:
    // its own).
    let moved_name = match done.moved.as_deref().and_then(|m| m.parse::<i64>().ok()) {
        Some(moved) => {
            let visible = if at.org.kind != OrgKind::Municipality {
                gatherings::for_body(at.store(), &at.actor, &at.org, id)
                    .await?
                    .registrations
                    .into_iter()
                    .map(|(r, _)| r)
                    .collect()
            } else {
                gatherings::one_for_municipality(at.store(), &at.actor, &at.org, id).await?.mine
            };
            visible.into_iter().find(|r| r.id == moved).map(|r| r.participant.name)
        }
        None => None,
    };
    let on_top = done.saved.is_some();
    let message = match (done.saved, done.seat, done.cancelled, done.moved, moved_name) {
        (Some(_), ..) => match done.promoted.filter(|n| *n > 0) {
            Some(n) => {
                format!("{} {}", t.get("gathering-saved"), t.with("gathering-promoted", "count", &n.to_string()))
            }
            None => t.get("gathering-saved"),
        },
        (_, Some(seat), ..) if seat == "waiting" => t.get("gathering-registered-waiting"),
        (_, Some(_), ..) => t.get("gathering-registered"),
        (_, _, Some(_), Some(_), Some(name)) => t.with("gathering-cancelled-moved-name", "name", &name),
        (_, _, Some(_), Some(_), None) => t.get("gathering-cancelled-moved"),
        (_, _, Some(_), None, _) => t.get("gathering-cancelled"),
        _ => String::new(),
    };
    let typed = Typed { participant: None, gathering: None };
    one_page(&at, id, typed, FormErrors::default(), FormErrors::default(), (message, on_top)).await
}

/// An adviser changes the gathering; those registered keep their seats.
pub async fn update(
    at: OrgAccess,
    Address(GatheringPath { id }): Address<GatheringPath>,
    Form(form): Form<GatheringForm>,
) -> Result<Response, PageError> {
    match gatherings::update(at.store(), &at.actor, &at.org, id, &form).await {
        Ok(promoted) => {
            let to = format!("{}/gatherings/{id}?saved=1&promoted={promoted}", paths::org(&at.org.code));
            Ok(Redirect::to(&to).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            let typed = Typed { participant: None, gathering: Some(form) };
            one_page(&at, id, typed, FormErrors::default(), errors, (String::new(), false)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A municipality's contact registers a participant.
pub async fn register(
    at: OrgAccess,
    Address(GatheringPath { id }): Address<GatheringPath>,
    Form(form): Form<ParticipantForm>,
) -> Result<Response, PageError> {
    let local = oslo_local(now());
    match gatherings::register(at.store(), &at.actor, &at.org, id, &form, local, now()).await {
        Ok(seat) => Ok(Redirect::to(&format!(
            "{}/gatherings/{id}?seat={}#participants",
            paths::org(&at.org.code),
            seat.as_str()
        ))
        .into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            let typed = Typed { participant: Some(form), gathering: None };
            one_page(&at, id, typed, errors, FormErrors::default(), (String::new(), false)).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Cancels a registration after asking: an adviser any, a municipality's contact its
/// own. The first waiting moves up when a confirmed seat is freed.
pub async fn cancel(
    at: OrgAccess,
    Address(RegistrationPath { id, registration }): Address<RegistrationPath>,
    Form(confirm): Form<Confirm>,
) -> Result<Response, PageError> {
    let base = format!("{}/gatherings/{id}", paths::org(&at.org.code));
    let is_body = at.org.kind != OrgKind::Municipality;
    let t = at.ctx.tr();
    if !confirm.is_confirmed() {
        let name = if is_body {
            let f = gatherings::for_body(at.store(), &at.actor, &at.org, id).await?;
            f.registrations.into_iter().find(|(r, _)| r.id == registration).map(|(r, _)| shown_name(t, &r))
        } else {
            access::authorize(&at.actor, &at.org, Action::RegisterParticipants)?;
            let f = gatherings::one_for_municipality(at.store(), &at.actor, &at.org, id).await?;
            f.mine.into_iter().find(|r| r.id == registration).map(|r| shown_name(t, &r))
        };
        let question = Question {
            key: "confirm-cancel-participant",
            name: name.ok_or(PageError::NotFound)?,
            consequence: "confirm-cancel-participant-then",
            action: format!("{base}/registrations/{registration}/cancel"),
            fields: Vec::new(),
            back: format!("{base}#participants"),
            yes: "gathering-cancel-yes",
        };
        return Ok(ask(&at.ctx, question));
    }
    let moved = if is_body {
        gatherings::cancel_by_body(at.store(), &at.actor, &at.org, id, registration).await?
    } else {
        gatherings::cancel(at.store(), &at.actor, &at.org, id, registration).await?
    };
    let moved = moved.map(|id| format!("&moved={id}")).unwrap_or_default();
    Ok(Redirect::to(&format!("{base}?cancelled=1{moved}#participants")).into_response())
}

/// The participant list (`participants.csv`, `participants.xlsx`, the body's
/// advisers) and the calendar file (`gathering.ics`, either side).
pub async fn file(at: OrgAccess, Address(FilePath { id, file }): Address<FilePath>) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let is_body = at.org.kind != OrgKind::Municipality;
    if file == "gathering.ics" {
        let g = if is_body {
            gatherings::for_body(at.store(), &at.actor, &at.org, id).await?.gathering
        } else {
            gatherings::one_for_municipality(at.store(), &at.actor, &at.org, id).await?.listed.gathering
        };
        return Ok((
            [
                (CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
                (CONTENT_DISPOSITION, format!("attachment; filename=\"samling-{id}.ics\"")),
            ],
            gathering_ics(t, &g),
        )
            .into_response());
    }
    if !is_body {
        return Err(PageError::NotFound);
    }
    let f = gatherings::for_body(at.store(), &at.actor, &at.org, id).await?;
    let header: Vec<String> =
        ["gathering-col-municipality", "field-name", "field-participant-role", "field-email", "gathering-col-seat"]
            .iter()
            .map(|k| t.get(k))
            .collect();
    let rows: Vec<Vec<String>> = f
        .registrations
        .iter()
        .map(|(r, m)| {
            vec![
                m.clone(),
                shown_name(t, r),
                r.participant.role.clone(),
                r.participant.email.clone(),
                t.get(&format!("gathering-seat-{}", r.seat.as_str())),
            ]
        })
        .collect();
    let bytes = match file.as_str() {
        "participants.csv" => forebygg_import::write::csv(std::iter::once(header).chain(rows)),
        "participants.xlsx" => {
            forebygg_import::write::xlsx(&t.get("gathering-sheet"), &header, &rows).map_err(PageError::internal)?
        }
        _ => return Err(PageError::NotFound),
    };
    Ok(download(bytes, &format!("deltakerliste-samling-{id}.{}", file.rsplit('.').next().unwrap_or("csv"))))
}

/// A network gathering as an iCalendar file: its times as moments (UTC), so every
/// calendar shows them right wherever it is, its place or link as the location, its
/// topics as the description.
pub(crate) fn gathering_ics(t: Tr, g: &forebygg_domain::county::gatherings::Gathering) -> String {
    use forebygg_domain::county::gatherings::Venue;
    use forebygg_domain::timeline::dates::oslo_to_utc;
    let mut calendar = calendar::empty();
    let f = &g.fields;
    let moment = |local| chrono::DateTime::<chrono::Utc>::from_naive_utc_and_offset(oslo_to_utc(local), chrono::Utc);
    let stamp = chrono::DateTime::from_timestamp(forebygg_app::now(), 0).unwrap_or_default();
    let (location, kind) = match &f.venue {
        Venue::Physical { place, .. } => (place.as_str(), t.get("gathering-form-physical")),
        Venue::Digital { link } => (link.as_str(), t.get("gathering-form-digital")),
    };
    let mut description = vec![kind];
    description.extend(f.topics.iter().map(|topic| format!("• {topic}")));
    let mut event = icalendar::Event::new();
    event
        .uid(&format!("forebygg-gathering-{}-{}", g.body, g.id))
        .timestamp(stamp)
        .summary(&f.title)
        .location(location)
        .description(&description.join("\n"))
        .starts(moment(f.starts))
        .ends(moment(f.ends))
        .status(EventStatus::Confirmed);
    calendar.push(event.done());
    calendar::fold(&calendar.done().to_string())
}
