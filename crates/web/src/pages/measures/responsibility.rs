//! How responsibility is divided between the services: measures × services, each cell
//! saying "owner" or "partner" in words, and per service how many it owns and joins.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use forebygg_domain::measures::MeasureFields;
use forebygg_domain::measures::responsibility::{Part, ResponsibilityMatrix};

use super::{MeasureFilter, base};
use crate::errors::PageError;
use crate::extract::{Params, PlanAccess};
use crate::ui::{Page, render_with};

pub struct ServiceTotal {
    pub service: String,
    pub owns: usize,
    pub joins: usize,
}

pub struct Row {
    pub measure: String,
    pub parts: Vec<String>,
}

#[derive(Template)]
#[template(path = "responsibility.html")]
struct ResponsibilityPage {
    page: Page,
    list_href: String,
    services: Vec<String>,
    totals: Vec<ServiceTotal>,
    rows: Vec<Row>,
}

pub async fn responsibility(at: PlanAccess, Params(filter): Params<MeasureFilter>) -> Result<Response, PageError> {
    let (plan, all, _) = super::load(&at.state, &at).await?;
    let t = at.ctx.tr();
    let mut kept: Vec<&MeasureFields> = all.iter().map(|m| &m.fields).filter(|f| filter.keeps(f)).collect();
    kept.sort_by_key(|f| f.name.to_lowercase());
    let matrix = ResponsibilityMatrix::of(&kept);
    let (owner, partner) = (t.get("responsibility-owner"), t.get("responsibility-partner"));
    Ok(render_with(
        StatusCode::OK,
        &ResponsibilityPage {
            page: Page::titled(&at.ctx, t.with("responsibility-title", "plan", &plan.title)),
            list_href: base(&at),
            totals: matrix
                .services
                .iter()
                .zip(matrix.totals())
                .map(|(service, (owns, joins))| ServiceTotal { service: service.clone(), owns, joins })
                .collect(),
            rows: kept
                .iter()
                .zip(&matrix.rows)
                .map(|(m, parts)| Row {
                    measure: m.name.clone(),
                    parts: parts
                        .iter()
                        .map(|p| match p {
                            Some(Part::Owner) => owner.clone(),
                            Some(Part::Partner) => partner.clone(),
                            None => String::new(),
                        })
                        .collect(),
                })
                .collect(),
            services: matrix.services,
        },
    ))
}
