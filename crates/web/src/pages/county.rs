//! The county dashboard (issue 18): every municipality of a regional adviser's county
//! as a table that can be sorted and filtered — whether its plan for preventive work is
//! adopted, the phase of the one in progress, the next hearing deadline and political
//! treatment, themes covered, measures overdue for evaluation, and what it shares.
//! A municipality's administrator sets what it shares on the municipality's page.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::county::{self, CountyRow, SharingForm};
use forebygg_app::now;
use forebygg_domain::county::{Adoption, Part};
use forebygg_domain::indicators::map::{Area, county_map};
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_texts::{Tr, labels};
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{OrgAccess, Params};
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

fn view(t: Tr, r: &CountyRow) -> RowView {
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
        themes: forebygg_texts::translate(
            t.lang,
            "county-themes-of",
            &[("covered", &s.themes.len().to_string()), ("all", &Theme::ALL.len().to_string())],
        ),
        overdue: s.overdue.to_string(),
        shares: if shared.is_empty() { t.get("county-shares-nothing") } else { shared.join(", ") },
    }
}

/// The county's municipalities on its map, coloured by the number of themes covered
/// or of measures overdue (every municipality, whatever the table's filter).
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
    let by = if MAPS.contains(&q.map.as_str()) { q.map.as_str() } else { "themes" };
    let map_title = t.get(&format!("county-map-{by}"));
    let map = county_map_of(t, &rows, by, &map_title);
    let show = if SHOWS.contains(&q.show.as_str()) { q.show.as_str() } else { "all" };
    rows.retain(|r| match show {
        "no-plan" => r.status.plans == 0,
        "adopted" => matches!(r.status.adoption, Adoption::Adopted(_)),
        "not-adopted" => r.status.plans > 0 && r.status.adoption == Adoption::No,
        _ => true,
    });
    let sort = if SORTS.contains(&q.sort.as_str()) { q.sort.as_str() } else { "name" };
    sort_rows(&mut rows, sort);
    let count = t.with("county-count", "count", &rows.len().to_string());
    let page = CountyPage {
        page: Page::titled(&at.ctx, t.with("county-title", "body", &at.org.name)),
        rows: rows.iter().map(|r| view(t, r)).collect(),
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
