//! The register of measures on the web: the list (filtered and sorted), the form for
//! one measure, import of a spreadsheet, the template and exports, and the coverage
//! matrix.

mod coverage;
mod form;
mod responsibility;

pub use coverage::coverage;
pub use form::{create, edit, new, participants, remove, report, share, update};
pub use responsibility::responsibility;

use askama::Template;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::measures::ImportOutcome;
use forebygg_app::{AppError, measures, now};
use forebygg_domain::measures::evaluation::{EvaluationState, evaluation_state};
use forebygg_domain::measures::row::Column;
use forebygg_domain::measures::{Evidence, Measure, MeasureFields, MeasureStatus};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_import::measures::{Mapped, export_csv, export_xlsx, template_csv, template_xlsx};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, Params, PlanAccess};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FormErrors, Page, choices, download, import_problem, render_with};
use crate::uploads::MultipartForm;
use forebygg_texts::Tr;

/// The address of the plan's list of measures.
fn base(at: &PlanAccess) -> String {
    PlanUrls::new(at.org.code.as_str(), at.id()).at("measures")
}

/// The list's filter and order, from the query string.
#[derive(Deserialize, Default, Clone)]
pub struct MeasureFilter {
    #[serde(default)]
    owner: String,
    #[serde(default)]
    status: String,
    /// `rated` or `not_rated`.
    #[serde(default)]
    evidence: String,
    /// `name` (default), `owner`, `status` or `evaluation`.
    #[serde(default)]
    sort: String,
}

impl MeasureFilter {
    fn keeps(&self, f: &MeasureFields) -> bool {
        (self.owner.is_empty() || f.owner == self.owner)
            && (self.status.is_empty() || f.status.is_some_and(|s| s.code() == self.status))
            && match self.evidence.as_str() {
                "rated" => f.evidence != Evidence::NotRated,
                "not_rated" => f.evidence == Evidence::NotRated,
                _ => true,
            }
    }

    fn sort(&self, list: &mut [&Measure]) {
        match self.sort.as_str() {
            "owner" => list.sort_by(|a, b| a.fields.owner.cmp(&b.fields.owner).then(a.fields.name.cmp(&b.fields.name))),
            "status" => list.sort_by_key(|m| m.fields.status),
            // Measures without a date last.
            "evaluation" => list.sort_by_key(|m| (m.fields.evaluation.is_none(), m.fields.evaluation)),
            _ => list.sort_by_key(|m| m.fields.name.to_lowercase()),
        }
    }
}

pub struct MeasureRow {
    pub href: String,
    pub name: String,
    pub owner: String,
    pub target: String,
    pub prevention: String,
    pub themes: String,
    pub status: String,
    pub evaluation: String,
    /// The evaluation state in words ("overdue by 22 days"); empty when nothing to say.
    pub evaluation_note: String,
    pub overdue: bool,
    /// Inter-municipal cooperation in words: which municipality runs a measure run
    /// for this one, or which others one of its own is run for; empty when neither.
    pub cooperation: String,
}

/// What a register row says of inter-municipal cooperation (see `MeasureRow`).
fn cooperation(t: Tr, register: &measures::Register, id: forebygg_domain::ids::MeasureId) -> String {
    if let Some(host) = register.host_of(id) {
        return t.with("measure-run-by-host", "host", &host.name);
    }
    let others: Vec<&str> = register.run_for(id).iter().map(|o| o.name.as_str()).collect();
    if others.is_empty() { String::new() } else { t.with("measure-run-for", "municipalities", &others.join(", ")) }
}

fn row(
    t: Tr,
    base: &str,
    (m, register): (&Measure, &measures::Register),
    today: forebygg_domain::timeline::NorDate,
) -> MeasureRow {
    let f = &m.fields;
    let state = evaluation_state(f, today);
    let hosted = register.host_of(m.id).is_some();
    MeasureRow {
        // Only the host changes a measure it runs: the others see it without a link.
        href: if hosted { String::new() } else { format!("{base}/{}", m.id) },
        cooperation: cooperation(t, register, m.id),
        name: f.name.clone(),
        owner: f.owner.clone(),
        target: f.age_bands.iter().map(|a| labels::age_band(t, *a)).collect::<Vec<_>>().join(", "),
        prevention: f.prevention.map(|p| labels::prevention(t, p)).unwrap_or_default(),
        themes: f
            .themes
            .iter()
            .map(|th| labels::theme(t, *th))
            .chain(f.other_themes.iter().cloned())
            .collect::<Vec<_>>()
            .join(", "),
        status: f.status.map(|s| labels::measure_status(t, s)).unwrap_or_default(),
        evaluation: f.evaluation.map(|d| d.to_string()).unwrap_or_default(),
        evaluation_note: match state {
            EvaluationState::Overdue(days) => t.with("evaluation-overdue", "count", &days.to_string()),
            EvaluationState::DueSoon(days) => t.with("evaluation-due-soon", "count", &days.to_string()),
            EvaluationState::NoDate => t.get("evaluation-no-date"),
            EvaluationState::Later | EvaluationState::Proposed | EvaluationState::NotActive => String::new(),
        },
        overdue: matches!(state, EvaluationState::Overdue(_) | EvaluationState::NoDate),
    }
}

#[derive(Template)]
#[template(path = "measures.html")]
struct ListPage {
    page: Page,
    base: String,
    plan_href: String,
    plan_title: String,
    can_edit: bool,
    rows: Vec<MeasureRow>,
    total: usize,
    owners: Vec<Choice>,
    statuses: Vec<Choice>,
    evidence: Vec<Choice>,
    sorts: Vec<Choice>,
    no_errors: FormErrors,
    import_errors: Vec<String>,
    imported: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(flatten)]
    filter: MeasureFilter,
    #[serde(default)]
    imported: Option<u64>,
    /// Measures an import changed (rows carrying an export's id).
    #[serde(default)]
    changed: Option<u64>,
}

async fn list_page(
    state: &AppState,
    at: &PlanAccess,
    query: ListQuery,
    import_errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let register = measures::register(state.store(), &at.actor, &at.org, at.id()).await?;
    let (plan, all, can_edit) = (&register.plan, register.all(), at.can_edit());
    let t = at.ctx.tr();
    let filter = query.filter;
    let FilterChoices { owners, statuses, evidence } = filter_choices(t, &all, &filter);
    let mut kept: Vec<&Measure> = all.iter().filter(|m| filter.keeps(&m.fields)).collect();
    filter.sort(&mut kept);
    let today = oslo_date(now());
    let base = base(at);
    Ok(render_with(
        status,
        &ListPage {
            page: Page::titled(&at.ctx, t.with("measures-title", "plan", &plan.title)),
            plan_href: PlanUrls::new(at.org.code.as_str(), at.id()).page(),
            plan_title: plan.title.clone(),
            can_edit,
            rows: kept.iter().map(|m| row(t, &base, (m, &register), today)).collect(),
            total: all.len(),
            owners,
            statuses,
            evidence,
            sorts: choices(
                ["name", "owner", "status", "evaluation"]
                    .into_iter()
                    .zip([
                        "measures-sort-name",
                        "measures-sort-owner",
                        "measures-sort-status",
                        "measures-sort-evaluation",
                    ])
                    .map(|(s, key)| (s.to_owned(), t.get(key))),
                &filter.sort,
            ),
            no_errors: FormErrors::default(),
            import_errors,
            imported: query.imported.map(|n| {
                let added = t.with("measures-imported", "count", &n.to_string());
                match query.changed.filter(|c| *c > 0) {
                    Some(c) => format!("{added} {}", t.with("measures-import-changed", "count", &c.to_string())),
                    None => added,
                }
            }),
            base,
        },
    ))
}

/// The plan and its measures, with whether the person may change them.
async fn load(
    state: &AppState,
    at: &PlanAccess,
) -> Result<(forebygg_domain::plan::Plan, Vec<Measure>, bool), PageError> {
    let (plan, all) = measures::list(state.store(), &at.actor, &at.org, at.id()).await?;
    Ok((plan, all, at.can_edit()))
}

/// The choices of the filter form: the services that own measures, the statuses, and
/// rated or not.
struct FilterChoices {
    pub owners: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub evidence: Vec<Choice>,
}

fn filter_choices(t: Tr, all: &[Measure], filter: &MeasureFilter) -> FilterChoices {
    let mut owners: Vec<String> = all.iter().map(|m| m.fields.owner.clone()).collect();
    owners.sort();
    owners.dedup();
    FilterChoices {
        owners: choices(owners.into_iter().map(|o| (o.clone(), o)), &filter.owner),
        statuses: choices(
            MeasureStatus::ALL.iter().map(|s| (s.code().to_owned(), labels::measure_status(t, *s))),
            &filter.status,
        ),
        evidence: choices(
            [("rated", "measures-evidence-rated"), ("not_rated", "measures-evidence-not_rated")]
                .map(|(value, key)| (value.to_owned(), t.get(key))),
            &filter.evidence,
        ),
    }
}

pub async fn list(at: PlanAccess, Params(query): Params<ListQuery>) -> Result<Response, PageError> {
    list_page(&at.state, &at, query, Vec::new(), StatusCode::OK).await
}

/// Imports the spreadsheet sent with the import form: every row, or none and every
/// problem listed above the form.
/// The mapping step of an import: what each of the sheet's headers means.
#[derive(Template)]
#[template(path = "measures_mapping.html")]
struct MappingPage {
    page: Page,
    action: String,
    back: String,
    /// The sheet, carried to the next step (base64).
    file_data: String,
    /// Per sheet column: field id, label, and the choices with the suggestion selected.
    columns: Vec<(String, String, Vec<Choice>)>,
    problems: Vec<String>,
}

fn mapping_page(
    at: &PlanAccess,
    bytes: &[u8],
    headers: &[String],
    chosen: &[Mapped],
    problems: Vec<String>,
) -> Response {
    use base64::Engine;
    let t = at.ctx.tr();
    let columns = headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let picked = chosen.get(i).copied().unwrap_or(Mapped::Ignored);
            let mut options = vec![Choice {
                value: String::new(),
                label: t.get("mapping-ignore"),
                selected: picked.code().is_empty(),
            }];
            options.extend(Column::ALL.into_iter().map(Mapped::To).chain([Mapped::Id]).map(|m| Choice {
                value: m.code().to_owned(),
                label: t.get(&format!("column-{}", m.code())),
                selected: picked == m,
            }));
            let label = forebygg_texts::translate(
                at.ctx.lang,
                "mapping-sheet-column",
                &[("letter", &forebygg_import::column_letter(i)), ("header", header.trim())],
            );
            (format!("map_{i}"), label, options)
        })
        .collect();
    let status = if problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_with(
        status,
        &MappingPage {
            page: Page::new(&at.ctx, "mapping-title"),
            action: format!("{}/import", base(at)),
            back: base(at),
            file_data: base64::engine::general_purpose::STANDARD.encode(bytes),
            columns,
            problems,
        },
    )
}

/// Imports a spreadsheet: a file from the list page, or the same sheet again from the
/// mapping step with a column chosen for each header (`file_data`, `map_0`, `map_1`…).
pub async fn import(at: PlanAccess, mut req: Request) -> Result<Response, PageError> {
    use base64::Engine;
    let t = at.ctx.tr();
    let form = req.extensions_mut().remove::<MultipartForm>().unwrap_or_default();
    let carried = form.text("file_data");
    let (bytes, chosen) = if carried.is_empty() {
        match form.files.into_iter().find(|u| u.size > 0) {
            Some(file) => (file.bytes, None),
            None => {
                let refused = vec![t.get("measures-import-no-file")];
                return list_page(&at.state, &at, ListQuery::default(), refused, StatusCode::UNPROCESSABLE_ENTITY)
                    .await;
            }
        }
    } else {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(carried.trim())
            .map_err(|e| PageError::Malformed(format!("file_data: {e}")))?;
        let chosen: Vec<String> = (0..)
            .map_while(|i| form.fields.iter().find(|(k, _)| *k == format!("map_{i}")).map(|(_, v)| v.clone()))
            .collect();
        (bytes, Some(chosen))
    };
    match measures::import_as(at.store(), &at.actor, &at.org, at.id(), &bytes, chosen.as_deref()).await {
        Ok(ImportOutcome::Imported(n)) => {
            Ok(Redirect::to(&format!("{}?imported={}&changed={}", base(&at), n.added, n.changed)).into_response())
        }
        Ok(ImportOutcome::Mapping { headers, suggested }) => {
            Ok(mapping_page(&at, &bytes, &headers, &suggested, Vec::new()))
        }
        Err(AppError::Import(problems)) => {
            let refused: Vec<String> = problems.iter().map(|p| import_problem(t, p)).collect();
            match chosen {
                // Refused after mapping: the mapping page again, as chosen, with the problems.
                Some(codes) => {
                    let headers = forebygg_import::read_table(&bytes).map(|t| t.headers).unwrap_or_default();
                    let picked: Vec<Mapped> = codes.iter().map(|c| Mapped::from_code(c)).collect();
                    Ok(mapping_page(&at, &bytes, &headers, &picked, refused))
                }
                None => {
                    list_page(&at.state, &at, ListQuery::default(), refused, StatusCode::UNPROCESSABLE_ENTITY).await
                }
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// A file of the measures, from the address.
#[derive(Deserialize)]
pub struct FilePath {
    name: String,
}

/// The import template (`template.csv` or `template.xlsx`) and the plan's measures
/// (`export.csv` or `export.xlsx`).
pub async fn file(at: PlanAccess, Address(FilePath { name }): Address<FilePath>) -> Result<Response, PageError> {
    let (_, all, _) = load(&at.state, &at).await?;
    let fields: Vec<_> = all.into_iter().map(|m| (m.id, m.fields)).collect();
    let made = match name.as_str() {
        "template.csv" => Ok(template_csv()),
        "template.xlsx" => template_xlsx(),
        "export.csv" => Ok(export_csv(&fields)),
        "export.xlsx" => export_xlsx(&fields),
        _ => return Err(PageError::NotFound),
    };
    let bytes = made.map_err(PageError::internal)?;
    Ok(download(bytes, &format!("tiltak-{}-{name}", at.id())))
}
