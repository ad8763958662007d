//! The coverage matrix: for each prevention level a table of themes (rows) × age bands
//! (columns), each cell naming the measures that cover it. Gaps and overlaps are said
//! in words, not by colour.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use forebygg_app::measures;
use forebygg_domain::measures::coverage::ThemeRow;
use forebygg_domain::measures::{AgeBand, PreventionLevel};

use super::{FilterChoices, MeasureFilter, base, filter_choices, label, load};
use crate::errors::FormErrors;
use crate::pages::organisations::Choice;
use crate::pages::{Page, render_with};
use crate::{AppState, Ctx};

/// How many names a cell lists before "and N more".
const NAMES_PER_CELL: usize = 3;

pub struct Cell {
    pub count: usize,
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

pub async fn coverage(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Query(filter): Query<MeasureFilter>,
) -> Response {
    let (plan, all, _) = match load(&state, &ctx, (&code, id)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let t = ctx.tr();
    let (kept, matrix) = measures::coverage(&all, |f| filter.keeps(f));
    let fields: Vec<_> = kept.iter().map(|m| &m.fields).collect();
    let overlaps = matrix.overlaps(&fields);
    let tables = PreventionLevel::ALL
        .iter()
        .map(|level| LevelTable {
            id: format!("level-{}", level.code()),
            caption: label(t, "prevention", level.code()),
            rows: matrix
                .rows
                .iter()
                .map(|row| MatrixRow {
                    theme: match row {
                        ThemeRow::Standard(theme) => label(t, "theme", theme.as_str()),
                        ThemeRow::Other(own) => own.clone(),
                    },
                    cells: AgeBand::ALL
                        .iter()
                        .map(|band| {
                            let found = matrix.cell_of(row, *band, *level);
                            Cell {
                                count: found.len(),
                                names: found.iter().take(NAMES_PER_CELL).map(|i| fields[*i].name.clone()).collect(),
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
    render_with(
        StatusCode::OK,
        &CoveragePage {
            page: Page::titled(&ctx, t.with("coverage-title", "plan", &plan.title)),
            list_href: base(&code, id),
            bands: AgeBand::ALL.iter().map(|b| label(t, "age", b.code())).collect(),
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
    )
}
