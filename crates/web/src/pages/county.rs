//! The county dashboard (issue 18): every municipality of a regional adviser's county
//! as a table that can be sorted and filtered — whether its plan for preventive work is
//! adopted, the phase of the one in progress, the next hearing deadline and political
//! treatment, themes covered, measures overdue for evaluation, and what it shares.
//! A municipality's administrator sets what it shares on the municipality's page.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::AppError;
use forebygg_app::county::{self, CountyRow, MarksForm, SharingForm};
use forebygg_app::now;
use forebygg_domain::county::{Adoption, Colour, MarkArea, Part};
use forebygg_domain::indicators::map::{Area, county_map};
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_texts::{Tr, labels};
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, OrgAccess, Params};
use crate::ui::{Choice, FormErrors, Page, choices, paths, render_with};

/// The dashboard's view: the column to sort by and the municipalities to show.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CountyQuery {
    sort: String,
    show: String,
    map: String,
}

/// The columns the table sorts by, in the order of the sort field's options.
const SORTS: [&str; 7] = ["name", "adopted", "phase", "hearing", "treatment", "themes", "overdue"];
/// Which municipalities to show.
const SHOWS: [&str; 4] = ["all", "no-plan", "adopted", "not-adopted"];
/// The columns the map can be coloured by.
const MAPS: [&str; 2] = ["themes", "overdue"];

pub struct RowView {
    pub code: String,
    pub name: String,
    pub href: String,
    pub adoption: String,
    pub phase: String,
    pub hearing: String,
    pub treatment: String,
    pub themes: String,
    pub overdue: String,
    pub shares: String,
    /// The body's marks, in words ("Planen: grønn"), and the colour of each for its
    /// marker (never the only sign).
    pub marks: Vec<(String, &'static str)>,
    pub mark_href: String,
}

#[derive(Template)]
#[template(path = "county.html")]
struct CountyPage {
    page: Page,
    rows: Vec<RowView>,
    sorts: Vec<Choice>,
    shows: Vec<Choice>,
    maps: Vec<Choice>,
    /// The county's map coloured by the chosen column (the table is its alternative).
    map: Option<String>,
    map_title: String,
    count: String,
    no_errors: FormErrors,
}

fn view(t: Tr, body: &str, r: &CountyRow) -> RowView {
    let s = &r.status;
    let date = |d: Option<forebygg_domain::timeline::NorDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "–".into());
    let adoption = match (s.plans, s.adoption) {
        (0, _) => t.get("county-no-plan"),
        (_, Adoption::Adopted(Some(day))) => t.with("county-adopted-on", "date", &day.to_string()),
        (_, Adoption::Adopted(None)) => t.get("county-adopted"),
        (_, Adoption::No) => t.get("county-not-adopted"),
    };
    let shared: Vec<String> = Part::SHAREABLE
        .iter()
        .filter(|p| r.municipality.sharing.allows(**p))
        .map(|p| t.get(&format!("county-part-{}", p.as_str())))
        .collect();
    RowView {
        code: r.municipality.code.to_string(),
        name: r.municipality.name.clone(),
        href: format!("{}/plans", paths::org(&r.municipality.code)),
        adoption,
        phase: s.in_progress.map(|p| labels::phase(t, p)).unwrap_or_else(|| "–".into()),
        hearing: date(s.next_hearing),
        treatment: date(s.next_treatment),
        // No plan is not the same as a plan with nothing in it.
        themes: if s.plans == 0 {
            "–".into()
        } else {
            forebygg_texts::translate(
                t.lang,
                "county-themes-of",
                &[("covered", &s.themes.len().to_string()), ("all", &Theme::ALL.len().to_string())],
            )
        },
        overdue: if s.plans == 0 { "–".into() } else { s.overdue.to_string() },
        shares: if shared.is_empty() { t.get("county-shares-nothing") } else { shared.join(", ") },
        marks: r.marks.iter().map(|m| (labels::mark(t, m), m.colour.as_str())).collect(),
        mark_href: format!("{}/county/{}", paths::org(body), r.municipality.code),
    }
}

/// The municipalities the table shows on the county's map, coloured by the number of
/// themes covered or of measures overdue.
fn county_map_of(t: Tr, rows: &[CountyRow], by: &str, title: &str) -> Option<String> {
    let values: Vec<(String, String, f64)> = rows
        .iter()
        .map(|r| {
            let n = if by == "overdue" { r.status.overdue } else { r.status.themes.len() };
            (r.municipality.code.to_string(), r.municipality.name.clone(), n as f64)
        })
        .collect();
    let texts: Vec<String> = values.iter().map(|(_, _, v)| v.to_string()).collect();
    let areas: Vec<Area<'_>> = values
        .iter()
        .zip(&texts)
        .map(|((number, name, value), text)| Area { number, name, value: Some(*value), text })
        .collect();
    county_map("county-map", title, &areas, None, &t.get("indicator-map-flagged"), &t.get("county-map-summary"))
}

/// The order of `sort`: missing values last, then by name.
fn sort_rows(rows: &mut [CountyRow], sort: &str) {
    let far = forebygg_domain::timeline::NorDate(chrono::NaiveDate::MAX);
    rows.sort_by(|a, b| {
        let (x, y) = (&a.status, &b.status);
        let by = match sort {
            "adopted" => {
                let key = |s: &forebygg_domain::county::StatusLine| match s.adoption {
                    Adoption::Adopted(Some(d)) => (0, d),
                    Adoption::Adopted(None) => (1, far),
                    Adoption::No if s.plans > 0 => (2, far),
                    Adoption::No => (3, far),
                };
                key(x).cmp(&key(y))
            }
            "phase" => x
                .in_progress
                .map(|p| p as u8)
                .unwrap_or(u8::MAX)
                .cmp(&y.in_progress.map(|p| p as u8).unwrap_or(u8::MAX)),
            "hearing" => x.next_hearing.unwrap_or(far).cmp(&y.next_hearing.unwrap_or(far)),
            "treatment" => x.next_treatment.unwrap_or(far).cmp(&y.next_treatment.unwrap_or(far)),
            "themes" => y.themes.len().cmp(&x.themes.len()),
            "overdue" => y.overdue.cmp(&x.overdue),
            _ => std::cmp::Ordering::Equal,
        };
        by.then_with(|| a.municipality.name.cmp(&b.municipality.name))
    });
}

pub async fn dashboard(at: OrgAccess, Params(q): Params<CountyQuery>) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let mut rows = county::dashboard(at.store(), &at.actor, &at.org, oslo_date(now()).0).await?;
    let show = if SHOWS.contains(&q.show.as_str()) { q.show.as_str() } else { "all" };
    rows.retain(|r| match show {
        "no-plan" => r.status.plans == 0,
        "adopted" => matches!(r.status.adoption, Adoption::Adopted(_)),
        "not-adopted" => r.status.plans > 0 && r.status.adoption == Adoption::No,
        _ => true,
    });
    // The map shows the municipalities the table shows.
    let by = if MAPS.contains(&q.map.as_str()) { q.map.as_str() } else { "themes" };
    let map_title = t.get(&format!("county-map-{by}"));
    let map = if rows.is_empty() { None } else { county_map_of(t, &rows, by, &map_title) };
    let sort = if SORTS.contains(&q.sort.as_str()) { q.sort.as_str() } else { "name" };
    sort_rows(&mut rows, sort);
    let count = t.with("county-count", "count", &rows.len().to_string());
    let page = CountyPage {
        page: Page::titled(&at.ctx, t.with("county-title", "body", &at.org.name)),
        rows: rows.iter().map(|r| view(t, at.org.code.as_str(), r)).collect(),
        sorts: choices(SORTS.iter().map(|s| ((*s).to_owned(), t.get(&format!("county-sort-{s}")))), sort),
        shows: choices(SHOWS.iter().map(|s| ((*s).to_owned(), t.get(&format!("county-show-{s}")))), show),
        maps: choices(MAPS.iter().map(|m| ((*m).to_owned(), t.get(&format!("county-map-{m}")))), by),
        map,
        map_title,
        count,
        no_errors: FormErrors::default(),
    };
    Ok(render_with(StatusCode::OK, &page))
}

/// A municipality's administrator chooses what the county's advisers read.
pub async fn set_sharing(at: OrgAccess, Form(form): Form<SharingForm>) -> Result<Response, PageError> {
    county::set_sharing(at.store(), &at.actor, &at.org, &form).await?;
    Ok(Redirect::to(&format!("{}?shared=1#sharing-heading", paths::org(&at.org.code))).into_response())
}

/// A municipality of the county, from the address.
#[derive(Deserialize)]
pub struct MunicipalityPath {
    municipality: String,
}

/// One area of the marks form: its legend, its colour choices and its note.
pub struct AreaForm {
    pub legend: String,
    pub colour_field: &'static str,
    pub note_field: &'static str,
    pub colours: Vec<Choice>,
    pub note: String,
}

#[derive(Template)]
#[template(path = "county_marks.html")]
struct MarksPage {
    page: Page,
    back: String,
    action: String,
    row: RowView,
    areas: Vec<AreaForm>,
    errors: FormErrors,
    saved: bool,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct MarksQuery {
    saved: Option<String>,
}

async fn marks_page(
    at: &OrgAccess,
    code: &str,
    typed: Option<MarksForm>,
    errors: FormErrors,
    saved: bool,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let row = county::municipality(at.store(), &at.actor, &at.org, code, oslo_date(now()).0).await?;
    let form = typed.unwrap_or_else(|| MarksForm::of(&row.marks));
    let areas = form
        .areas()
        .into_iter()
        .map(|(area, colour, note, colour_field, note_field): (MarkArea, &str, &str, &'static str, &'static str)| {
            let options = std::iter::once((String::new(), t.get("mark-colour-none"))).chain(
                Colour::ALL.iter().map(|c| (c.as_str().to_owned(), t.get(&format!("mark-colour-{}", c.as_str())))),
            );
            AreaForm {
                legend: t.get(&format!("mark-area-{}", area.as_str().replace('_', "-"))),
                colour_field,
                note_field,
                colours: choices(options, colour),
                note: note.to_owned(),
            }
        })
        .collect();
    let body = at.org.code.as_str();
    let status = if errors.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with(
        status,
        &MarksPage {
            page: Page::titled(&at.ctx, t.with("marks-title", "municipality", &row.municipality.name)),
            back: format!("{}/county", paths::org(body)),
            action: format!("{}/county/{}", paths::org(body), row.municipality.code),
            row: view(t, body, &row),
            areas,
            errors,
            saved,
        },
    ))
}

pub async fn marks(
    at: OrgAccess,
    Address(MunicipalityPath { municipality }): Address<MunicipalityPath>,
    Params(q): Params<MarksQuery>,
) -> Result<Response, PageError> {
    marks_page(&at, &municipality, None, FormErrors::default(), q.saved.is_some()).await
}

/// The adviser's marks on the municipality, all areas at once; a refused form comes
/// back as typed with its messages.
pub async fn set_marks(
    at: OrgAccess,
    Address(MunicipalityPath { municipality }): Address<MunicipalityPath>,
    Form(form): Form<MarksForm>,
) -> Result<Response, PageError> {
    match county::set_marks(at.store(), &at.actor, &at.org, &municipality, &form, now()).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("{}/county/{municipality}?saved=1", paths::org(&at.org.code))).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            marks_page(&at, &municipality, Some(form), errors, false).await
        }
        Err(e) => Err(e.into()),
    }
}
