//! The knowledge base (C8): the organisation's statistics, each compared with its
//! county and the country (charts with their tables), the upload of a statistics
//! table, what each indicator means to the plan, and the challenge picture drafted
//! from what stands out.

use askama::Template;
use axum::Form;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::indicators::{self, Compared, Imported, MetaForm};
use forebygg_app::{AppError, access};
use forebygg_domain::Action;
use forebygg_domain::ids::IndicatorId;
use forebygg_domain::indicators::compare::Direction;
use forebygg_domain::indicators::figures::{Figures, draft_challenge_picture};
use forebygg_domain::theme::Theme;
use forebygg_import::jsonstat::{Problem, ProblemKind};
use forebygg_import::stattable::{Column, Problem as SheetProblem, ProblemKind as SheetProblemKind};
use forebygg_texts::{Tr, labels};
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, OrgAccess, Params};
use crate::ui::charts::{chart_html, figure_html};
use crate::ui::{Choice, FormErrors, Page, choices, render_with};
use crate::uploads::MultipartForm;
use forebygg_domain::indicators::map::{Area, county_map};

pub struct IndicatorRow {
    pub href: String,
    pub title: String,
    pub source: String,
    pub unit: String,
    pub latest: String,
    pub standing: String,
    pub values: usize,
}

#[derive(Template)]
#[template(path = "indicators.html")]
struct IndicatorsPage {
    page: Page,
    org_code: String,
    org_name: String,
    rows: Vec<IndicatorRow>,
    can_edit: bool,
    notice: Option<String>,
    /// Why the last upload was refused, or what it could not place.
    problems: Vec<String>,
    remarks: Vec<String>,
    source: String,
    challenge: String,
    /// True when `challenge` is a fresh draft, not saved text.
    drafted: bool,
}

#[derive(Template)]
#[template(path = "indicator.html")]
struct IndicatorPage {
    page: Page,
    back: String,
    back_title: String,
    notice: Option<String>,
    source: String,
    /// The charts with their tables, made by `chart_html` (escaped there).
    charts: Vec<String>,
    finding: String,
    rule: String,
    can_edit: bool,
    action: String,
    form: MetaForm,
    directions: Vec<Choice>,
    themes: Vec<Choice>,
    errors: FormErrors,
}

fn decimal_comma(t: Tr) -> bool {
    t.lang != forebygg_domain::Lang::En
}

fn label(t: Tr) -> impl Fn(&str) -> String {
    move |key: &str| t.get(key)
}

fn base(at: &OrgAccess) -> String {
    format!("/organisations/{}/indicators", at.org.code)
}

/// A JSON-stat problem in words, with its JSON path.
fn problem_words(t: Tr, p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::NotJson(at) => t.with("jsonstat-not-json", "at", at),
        ProblemKind::Missing => t.get("jsonstat-missing"),
        ProblemKind::NotA(kind) => t.with("jsonstat-not-a", "kind", kind),
        ProblemKind::NoDimension(role) => t.with("jsonstat-no-dimension", "role", role),
        ProblemKind::Count { expected, found } => forebygg_texts::translate(
            t.lang,
            "jsonstat-count",
            &[("expected", &expected.to_string()), ("found", &found.to_string())],
        ),
        ProblemKind::TooLarge => t.get("jsonstat-too-large"),
        ProblemKind::Region(code) => t.with("jsonstat-region", "value", code),
        ProblemKind::Period(code) => t.with("jsonstat-period", "value", code),
        ProblemKind::Status(symbol) => t.with("jsonstat-status", "value", symbol),
    };
    format!("{}: {what}", p.path)
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    imported: Option<usize>,
    #[serde(default)]
    saved: String,
    #[serde(default)]
    redraft: String,
}

struct ListView {
    notice: Option<String>,
    problems: Vec<String>,
    remarks: Vec<String>,
    source: String,
    /// Text typed into the challenge picture and refused: shown again as typed.
    challenge: Option<String>,
    redraft: bool,
}

async fn list_page(at: &OrgAccess, view: ListView, status: StatusCode) -> Result<Response, PageError> {
    let OrgAccess { ctx, actor, org, .. } = at;
    let t = ctx.tr();
    let store = at.store();
    let scope = access::authorize(actor, org, Action::ReadInternal)?;
    let compared: Vec<Compared> = indicators::compared_all(store, &scope, org).await?;
    let country = t.get("indicator-country");
    let all: Vec<Figures> = compared.iter().map(|c| indicators::figures(c, &country)).collect();
    let rows = compared
        .iter()
        .map(|c| &c.indicator)
        .zip(&all)
        .map(|(i, f)| IndicatorRow {
            href: format!("{}/{}", base(at), i.id.get()),
            title: f.title.clone(),
            source: i.key.source.clone(),
            unit: i.meta.unit.clone(),
            latest: f
                .finding
                .map(|s| {
                    format!(
                        "{} ({})",
                        forebygg_domain::document::chart::number(s.value.0, decimal_comma(t)),
                        s.period.label()
                    )
                })
                .unwrap_or_else(|| t.get("indicator-no-latest")),
            standing: f
                .finding
                .map(|s| t.get(&format!("indicator-standing-short-{}", s.standing.as_str())))
                .unwrap_or_default(),
            values: i.observations,
        })
        .collect();
    let saved = indicators::challenge_picture(store, actor, org).await?;
    let (challenge, drafted) = match (view.challenge, saved) {
        (Some(typed), _) => (typed, false),
        (None, Some(saved)) if !view.redraft => (saved, false),
        _ => (draft_challenge_picture(&all, decimal_comma(t), &label(t)), true),
    };
    Ok(render_with(
        status,
        &IndicatorsPage {
            page: Page::titled(ctx, t.with("indicators-title", "org", &org.name)),
            org_code: org.code.to_string(),
            org_name: org.name.clone(),
            rows,
            can_edit: access::authorize(actor, org, Action::EditPlans).is_ok(),
            notice: view.notice,
            problems: view.problems,
            remarks: view.remarks,
            source: view.source,
            challenge,
            drafted,
        },
    ))
}

pub async fn list(at: OrgAccess, Params(q): Params<ListQuery>) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let notice = match (q.imported, q.saved.as_str()) {
        (Some(n), _) => Some(t.with("indicators-imported", "count", &n.to_string())),
        (None, "challenge") => Some(t.get("challenge-saved")),
        _ => None,
    };
    let view = ListView {
        notice,
        problems: Vec::new(),
        remarks: Vec::new(),
        source: String::new(),
        challenge: None,
        redraft: q.redraft == "1",
    };
    list_page(&at, view, StatusCode::OK).await
}

/// A spreadsheet problem in words, with its row and column.
fn sheet_problem_words(t: Tr, p: &SheetProblem) -> String {
    let what = match &p.kind {
        SheetProblemKind::Unreadable(why) => t.with("sheet-unreadable", "why", why),
        SheetProblemKind::Region(v) => t.with("sheet-region", "value", v),
        SheetProblemKind::Period(v) => t.with("sheet-period", "value", v),
        SheetProblemKind::Value(v) => t.with("sheet-value", "value", v),
        SheetProblemKind::Unmapped(what) => t.get(&format!("sheet-unmapped-{what}")),
    };
    if p.column.is_empty() {
        forebygg_texts::translate(t.lang, "sheet-at-row", &[("row", &p.row.to_string()), ("what", &what)])
    } else {
        forebygg_texts::translate(
            t.lang,
            "sheet-at-cell",
            &[("row", &p.row.to_string()), ("column", &p.column), ("what", &what)],
        )
    }
}

#[derive(Template)]
#[template(path = "indicators_mapping.html")]
struct MappingPage {
    page: Page,
    back: String,
    action: String,
    file_data: String,
    source: String,
    header_row: usize,
    columns: Vec<(String, String, Vec<Choice>)>,
    problems: Vec<String>,
}

fn mapping_page(
    at: &OrgAccess,
    (bytes, source): (&[u8], &str),
    row: usize,
    headers: &[String],
    chosen: &[Column],
    problems: Vec<String>,
) -> Response {
    use base64::Engine;
    let t = at.ctx.tr();
    let columns = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let selected = chosen.get(i).copied().unwrap_or(Column::Ignored);
            let options = Column::ALL
                .iter()
                .map(|c| Choice {
                    value: c.code().to_owned(),
                    label: t.get(&format!("sheet-column-{}", if c.code().is_empty() { "ignored" } else { c.code() })),
                    selected: *c == selected,
                })
                .collect();
            let label = if h.trim().is_empty() { forebygg_import::column_letter(i) } else { h.clone() };
            (format!("map_{i}"), label, options)
        })
        .collect();
    render_with(
        if problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY },
        &MappingPage {
            page: Page::titled(&at.ctx, t.get("indicators-mapping-title")),
            back: base(at),
            action: base(at),
            file_data: base64::engine::general_purpose::STANDARD.encode(bytes),
            source: source.to_owned(),
            header_row: row,
            columns,
            problems,
        },
    )
}

/// The upload of a statistics table (multipart: `file`, `source`), or the same file
/// carried through the mapping step (`file_data`, `header_row`, `map_0`…).
pub async fn import(at: OrgAccess, mut req: Request) -> Result<Response, PageError> {
    use base64::Engine;
    let t = at.ctx.tr();
    let form = req.extensions_mut().remove::<MultipartForm>().unwrap_or_default();
    let source = form.text("source");
    let refuse = |problems: Vec<String>| ListView {
        notice: None,
        problems,
        remarks: Vec::new(),
        source: source.clone(),
        challenge: None,
        redraft: false,
    };
    let carried = form.text("file_data");
    let (bytes, mapping) = if carried.is_empty() {
        let Some(file) = form.files.iter().find(|u| u.size > 0) else {
            return list_page(&at, refuse(vec![t.get("indicators-import-no-file")]), StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        };
        if file.size as usize > file.bytes.len() {
            return list_page(
                &at,
                refuse(vec![t.get("indicators-import-too-large")]),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        (file.bytes.clone(), None)
    } else {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(carried.trim())
            .map_err(|e| PageError::Malformed(format!("file_data: {e}")))?;
        let row: usize =
            form.text("header_row").trim().parse().map_err(|_| PageError::Malformed("header_row".into()))?;
        let columns: Vec<Column> = (0..)
            .map_while(|i| {
                form.fields.iter().find(|(k, _)| *k == format!("map_{i}")).map(|(_, v)| Column::from_code(v))
            })
            .collect();
        (bytes, Some((row, columns)))
    };
    let given = Some(source.as_str()).filter(|s| !s.trim().is_empty());
    let chosen = mapping.as_ref().map(|(row, columns)| (*row, columns.as_slice()));
    match indicators::import(at.store(), &at.actor, &at.org, &bytes, given, chosen).await? {
        Imported::Refused(problems) => {
            let words = problems.iter().map(|p| problem_words(t, p)).collect();
            list_page(&at, refuse(words), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Imported::RefusedSheet(problems) => {
            let words: Vec<String> = problems.iter().map(|p| sheet_problem_words(t, p)).collect();
            match mapping {
                // Refused after mapping: the mapping again, as chosen, with the problems.
                Some((row, columns)) => {
                    let headers = header_cells(&bytes, row);
                    Ok(mapping_page(&at, (&bytes, &source), row, &headers, &columns, words))
                }
                None => list_page(&at, refuse(words), StatusCode::UNPROCESSABLE_ENTITY).await,
            }
        }
        Imported::Mapping { row, headers, suggested } => {
            Ok(mapping_page(&at, (&bytes, &source), row, &headers, &suggested, Vec::new()))
        }
        Imported::Stored(report) => {
            let p = &report.places;
            let mut remarks = Vec::new();
            if !p.unknown.is_empty() {
                remarks.push(t.with("indicators-unknown-codes", "codes", &p.unknown.join(", ")));
            }
            if !p.divided.is_empty() {
                remarks.push(t.with("indicators-divided-codes", "codes", &p.divided.join(", ")));
            }
            for (old, today, also) in &p.split {
                remarks.push(forebygg_texts::translate(
                    t.lang,
                    "indicators-split",
                    &[("old", old), ("today", today), ("also", &also.join(", "))],
                ));
            }
            if !p.not_added.is_empty() {
                remarks.push(t.with("indicators-not-added", "codes", &p.not_added.join(", ")));
            }
            if remarks.is_empty() {
                return Ok(Redirect::to(&format!("{}?imported={}", base(&at), report.observations)).into_response());
            }
            let view = ListView {
                notice: Some(t.with("indicators-imported", "count", &report.observations.to_string())),
                problems: Vec::new(),
                remarks,
                source: String::new(),
                challenge: None,
                redraft: false,
            };
            list_page(&at, view, StatusCode::OK).await
        }
    }
}

/// The cells of a sheet's row (the header the user mapped).
fn header_cells(bytes: &[u8], row: usize) -> Vec<String> {
    forebygg_import::read_table(bytes)
        .ok()
        .and_then(|t| {
            if t.header_row == row {
                Some(t.headers)
            } else {
                t.rows.into_iter().find(|(r, _)| *r == row).map(|(_, cells)| cells)
            }
        })
        .unwrap_or_default()
}

#[derive(Deserialize, Default)]
pub struct ChallengeForm {
    #[serde(default)]
    text: String,
}

pub async fn save_challenge(at: OrgAccess, Form(form): Form<ChallengeForm>) -> Result<Response, PageError> {
    match indicators::save_challenge_picture(at.store(), &at.actor, &at.org, &form.text).await {
        Ok(()) => Ok(Redirect::to(&format!("{}?saved=challenge", base(&at))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let t = at.ctx.tr();
            let problems = FormErrors::new(t, &errors).items.into_iter().map(|(_, m)| m).collect();
            let view = ListView {
                notice: None,
                problems,
                remarks: Vec::new(),
                source: String::new(),
                challenge: Some(form.text),
                redraft: false,
            };
            list_page(&at, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct IndicatorPath {
    iid: i64,
}

async fn indicator_page(
    at: &OrgAccess,
    id: IndicatorId,
    form: Option<MetaForm>,
    errors: FormErrors,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let compared = indicators::compared(at.store(), &at.actor, &at.org, id).await?;
    let f = indicators::figures(&compared, &t.get("indicator-country"));
    let words = label(t);
    let comma = decimal_comma(t);
    let mut charts = vec![chart_html(&f.line_chart(comma, &words))];
    if let Some(bar) = f.bar_chart(comma, &words) {
        charts.push(chart_html(&bar));
        // The same figures on the county's map, the sorted table as its alternative.
        let numbers: Vec<&str> = compared.neighbours.iter().map(|(n, _)| n.as_str()).collect();
        let areas: Vec<Area<'_>> = bar
            .categories
            .iter()
            .zip(&bar.series[0].cells)
            .filter_map(|(name, cell)| {
                let number = compared.neighbours.iter().find(|(_, n)| n == name).map(|(n, _)| n.as_str())?;
                Some(Area { number, name, value: cell.value.map(|v| v.0), text: &cell.text })
            })
            .collect();
        let me = match &compared.place {
            forebygg_domain::indicators::Region::Municipality(code) => numbers.iter().find(|n| **n == code).copied(),
            _ => None,
        };
        let title = t.with("indicator-map-title", "title", &bar.title);
        let summary = t.get("indicator-map-summary");
        if let Some(svg) =
            county_map(&format!("{}-map", f.key), &title, &areas, me, &t.get("indicator-map-flagged"), &summary)
        {
            charts.push(figure_html(&bar, &format!("{}-map", f.key), &title, &svg, &summary));
        }
    }
    let form = form.unwrap_or_else(|| MetaForm::of(&compared.indicator.meta));
    let directions = choices(
        Direction::ALL.iter().map(|d| (d.as_str().to_owned(), t.get(&format!("direction-{}", d.as_str())))),
        &form.direction,
    );
    let themes = choices(Theme::ALL.iter().map(|th| (th.as_str().to_owned(), labels::theme(t, *th))), &form.theme);
    Ok(render_with(
        status,
        &IndicatorPage {
            page: Page::titled(&at.ctx, f.title.clone()),
            back: base(at),
            back_title: t.with("indicators-title", "org", &at.org.name),
            notice,
            source: t.with("indicator-source", "source", &f.source),
            charts,
            finding: f.finding_sentence(comma, &words).unwrap_or_else(|| t.get("indicator-no-finding")),
            rule: t.get("indicator-rule"),
            can_edit: access::authorize(&at.actor, &at.org, Action::EditPlans).is_ok(),
            action: format!("{}/{}", base(at), id.get()),
            form,
            directions,
            themes,
            errors,
        },
    ))
}

pub async fn show(
    at: OrgAccess,
    Address(p): Address<IndicatorPath>,
    Params(q): Params<ListQuery>,
) -> Result<Response, PageError> {
    let notice = (q.saved == "meta").then(|| at.ctx.tr().get("indicator-saved"));
    indicator_page(&at, IndicatorId::new(p.iid), None, FormErrors::default(), notice, StatusCode::OK).await
}

pub async fn update(
    at: OrgAccess,
    Address(p): Address<IndicatorPath>,
    Form(form): Form<MetaForm>,
) -> Result<Response, PageError> {
    let id = IndicatorId::new(p.iid);
    match indicators::set_meta(at.store(), &at.actor, &at.org, id, &form).await {
        Ok(()) => Ok(Redirect::to(&format!("{}/{}?saved=meta", base(&at), id.get())).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            indicator_page(&at, id, Some(form), errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}
