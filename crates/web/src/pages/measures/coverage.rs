//! The coverage matrix: first a picture — for each prevention level a grid of themes ×
//! age bands, each cell the number of services working there, shaded and patterned by
//! it (a gap standing out) — then for each level a table naming the measures in each
//! cell. Gaps and overlaps are said in words and numbers, not by colour.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use forebygg_app::measures;
use forebygg_domain::document::markup::grid_band;
use forebygg_domain::measures::coverage::ThemeRow;
use forebygg_domain::measures::{AgeBand, PreventionLevel};
use forebygg_texts::labels;

use super::{FilterChoices, MeasureFilter, base, filter_choices};
use crate::errors::PageError;
use crate::extract::{Params, PlanAccess};
use crate::ui::{Choice, FormErrors, Page, render_with};

/// How many names a cell lists before "and N more".
const NAMES_PER_CELL: usize = 3;

pub struct Cell {
    pub count: usize,
    /// How many services work in the cell, and the picture's band for it (0–3).
    pub services: usize,
    pub band: u32,
    pub names: Vec<String>,
    pub more: usize,
    pub overlap: bool,
}

pub struct MatrixRow {
    pub theme: String,
    pub cells: Vec<Cell>,
}

pub struct LevelTable {
    pub id: String,
    pub caption: String,
    pub rows: Vec<MatrixRow>,
}

#[derive(Template)]
#[template(path = "coverage.html")]
struct CoveragePage {
    page: Page,
    list_href: String,
    bands: Vec<String>,
    tables: Vec<LevelTable>,
    counted: usize,
    unplaced: usize,
    gaps: usize,
    overlaps: usize,
    owners: Vec<Choice>,
    statuses: Vec<Choice>,
    evidence: Vec<Choice>,
    no_errors: FormErrors,
}

pub async fn coverage(at: PlanAccess, Params(filter): Params<MeasureFilter>) -> Result<Response, PageError> {
    let register = measures::register(at.store(), &at.actor, &at.org, at.id()).await?;
    let (plan, all) = (&register.plan, register.all());
    let t = at.ctx.tr();
    let (kept, matrix) = measures::coverage(&all, |f| filter.keeps(f));
    let fields: Vec<_> = kept.iter().map(|m| &m.fields).collect();
    // A measure a host runs for the municipality is named with its host.
    let name = |i: usize| match register.host_of(kept[i].id) {
        Some(host) => forebygg_texts::translate(
            t.lang,
            "coverage-hosted-name",
            &[("name", &kept[i].fields.name), ("host", &host.name)],
        ),
        None => kept[i].fields.name.clone(),
    };
    let overlaps = matrix.overlaps(&fields);
    let tables = PreventionLevel::ALL
        .iter()
        .map(|level| LevelTable {
            id: format!("level-{}", level.code()),
            caption: labels::prevention(t, *level),
            rows: matrix
                .rows
                .iter()
                .map(|row| MatrixRow {
                    theme: match row {
                        ThemeRow::Standard(theme) => labels::theme(t, *theme),
                        ThemeRow::Other(own) => own.clone(),
                    },
                    cells: AgeBand::ALL
                        .iter()
                        .map(|band| {
                            let found = matrix.cell_of(row, *band, *level);
                            let services = matrix.services_in(&fields, row, *band, *level);
                            Cell {
                                count: found.len(),
                                services,
                                band: grid_band(services as u32),
                                names: found.iter().take(NAMES_PER_CELL).map(|i| name(*i)).collect(),
                                more: found.len().saturating_sub(NAMES_PER_CELL),
                                overlap: overlaps.contains(&(row.clone(), *band, *level)),
                            }
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let FilterChoices { owners, statuses, evidence } = filter_choices(t, &all, &filter);
    Ok(render_with(
        StatusCode::OK,
        &CoveragePage {
            page: Page::titled(&at.ctx, t.with("coverage-title", "plan", &plan.title)),
            list_href: base(&at),
            bands: AgeBand::ALL.iter().map(|b| labels::age_band(t, *b)).collect(),
            tables,
            counted: kept.len(),
            unplaced: matrix.unplaced.len(),
            gaps: matrix.gaps().len(),
            overlaps: overlaps.len(),
            owners,
            statuses,
            evidence,
            no_errors: FormErrors::default(),
        },
    ))
}
