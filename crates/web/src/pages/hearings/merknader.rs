//! The merknadsbehandling (page, CSV, XLSX) and the public page of what happened to
//! the inputs.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use forebygg_app::hearings::{self, SenderInputs};
use forebygg_app::{InputNumber, now};
use forebygg_texts::labels;
use serde::Deserialize;

use super::org_of;
use crate::errors::PageError;
use crate::extract::PlanAccess;
use crate::extract::{Address, HearingPath, Params, Visit};
use crate::ui::paths::PlanUrls;
use crate::ui::trace::{chapters_changed, led_to};
use crate::ui::{Page, download, render_with};
use forebygg_domain::document::version::Version;
use forebygg_domain::measures::Measure;
use forebygg_domain::measures::report::StatusReport;
use forebygg_texts::Tr;

/// One line of the merknadsbehandling or of the public outcome page.
pub struct OutcomeRow {
    pub reference: String,
    pub text: String,
    pub decision: String,
    pub justification: String,
    pub change: String,
    /// The measures it led to, with their state ("SLT-koordinator: running, …").
    pub led_to: Vec<String>,
    /// The chapters it concerns and the version in which each one's text changed.
    pub changed: Vec<String>,
}

pub struct SenderRows {
    pub sender: String,
    pub rows: Vec<OutcomeRow>,
}

/// The plan's data an input is followed into: measures, their reports, frozen versions.
#[derive(Clone, Copy, Default)]
struct Trail<'a> {
    measures: &'a [Measure],
    reports: &'a [StatusReport],
    versions: &'a [Version],
}

fn sender_rows(t: Tr, groups: &[SenderInputs], trail: Trail) -> Vec<SenderRows> {
    groups
        .iter()
        .map(|g| SenderRows {
            sender: g.sender.clone().unwrap_or_else(|| t.with("sender-private", "count", &g.inputs.len().to_string())),
            rows: g
                .inputs
                .iter()
                .map(|i| {
                    let a = i.assessment.as_ref();
                    OutcomeRow {
                        reference: i.reference(),
                        text: i.fields.text.clone(),
                        decision: a.map(|a| labels::decision(t, a.decision)).unwrap_or_else(|| t.get("decision-none")),
                        justification: a.map(|a| a.justification.clone()).unwrap_or_default(),
                        change: a.map(|a| a.change.clone()).unwrap_or_default(),
                        led_to: led_to(t, &i.measures, trail.measures, trail.reports)
                            .into_iter()
                            .map(|l| format!("{}: {}", l.name, l.state))
                            .collect(),
                        changed: chapters_changed(t, &i.chapters, i.received_at, trail.versions),
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "merknader.html")]
struct MerknadPage {
    page: Page,
    /// The public page's search by reference number (the staff page has none).
    lookup: Option<Lookup>,
    back: String,
    back_title: String,
    csv: String,
    xlsx: String,
    intro: String,
    groups: Vec<SenderRows>,
}

pub async fn merknadsbehandling(at: PlanAccess) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let (plan, groups) = hearings::merknadsbehandling(at.store(), &at.actor, &at.org, at.id()).await?;
    let urls = PlanUrls::new(at.org.code.as_str(), at.id());
    Ok(render_with(
        StatusCode::OK,
        &MerknadPage {
            page: Page::titled(&at.ctx, t.with("merknad-title", "plan", &plan.title)),
            lookup: None,
            back: urls.at("inputs"),
            back_title: t.get("plan-inputs-link"),
            csv: urls.at("merknadsbehandling.csv"),
            xlsx: urls.at("merknadsbehandling.xlsx"),
            intro: t.get("merknad-intro"),
            groups: sender_rows(t, &groups, Trail::default()),
        },
    ))
}

pub async fn merknadsbehandling_csv(at: PlanAccess) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let (_, groups) = hearings::merknadsbehandling(at.store(), &at.actor, &at.org, at.id()).await?;
    let header = [
        "merknad-col-sender",
        "receipt-reference",
        "field-input-text",
        "merknad-col-decision",
        "merknad-col-justification",
        "merknad-col-change",
    ]
    .map(|k| t.get(k))
    .to_vec();
    let rows = sender_rows(t, &groups, Trail::default()).into_iter().flat_map(|g| {
        g.rows
            .into_iter()
            .map(move |r| vec![g.sender.clone(), r.reference, r.text, r.decision, r.justification, r.change])
    });
    Ok(download(
        forebygg_import::write::csv(std::iter::once(header).chain(rows)),
        &format!("merknadsbehandling-{}.csv", at.id()),
    ))
}

/// The merknadsbehandling as a spreadsheet (XLSX), one row per input.
pub async fn merknadsbehandling_xlsx(at: PlanAccess) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let (plan, groups) = hearings::merknadsbehandling(at.store(), &at.actor, &at.org, at.id()).await?;
    let bytes = xlsx(t, &plan.title, &sender_rows(t, &groups, Trail::default())).map_err(PageError::internal)?;
    Ok(download(bytes, &format!("merknadsbehandling-{}.xlsx", at.id())))
}

fn xlsx(t: Tr, title: &str, groups: &[SenderRows]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let sheet = workbook.add_worksheet();
    let name: String = t.get("merknad-link").chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    sheet.set_name(name)?;
    sheet.write_with_format(0, 0, title, &bold)?;
    let header = [
        "merknad-col-sender",
        "receipt-reference",
        "field-input-text",
        "merknad-col-decision",
        "merknad-col-justification",
        "merknad-col-change",
    ];
    for (col, key) in header.iter().enumerate() {
        sheet.write_with_format(2, col as u16, t.get(key), &bold)?;
    }
    let mut row = 3;
    for g in groups {
        for r in &g.rows {
            sheet.write(row, 0, &g.sender)?;
            sheet.write(row, 1, &r.reference)?;
            sheet.write_with_format(row, 2, &r.text, &wrap)?;
            sheet.write(row, 3, &r.decision)?;
            sheet.write_with_format(row, 4, &r.justification, &wrap)?;
            sheet.write(row, 5, &r.change)?;
            row += 1;
        }
    }
    for (col, width) in [(0u16, 24.0), (1, 10.0), (2, 60.0), (3, 22.0), (4, 60.0), (5, 24.0)] {
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(3, 0)?;
    workbook.save_to_buffer()
}

/// The public outcome page's search for one input by the reference on its receipt.
pub struct Lookup {
    action: String,
    /// What was typed, shown again.
    typed: String,
    /// The input found: who sent it (as the page names senders) and its line.
    found: Option<(String, OutcomeRow)>,
}

/// `?ref=2024-015`: the reference number a sender looks up.
#[derive(Deserialize, Default)]
pub struct LookupQuery {
    #[serde(default, rename = "ref")]
    reference: String,
}

pub async fn outcomes(
    Visit { state, ctx }: Visit,
    Address(HearingPath { code, id }): Address<HearingPath>,
    Params(q): Params<LookupQuery>,
) -> Result<Response, PageError> {
    let org = org_of(&state, &code).await?;
    let t = ctx.tr();
    let hearings::Outcomes { plan: public, senders: groups, measures, reports, versions } =
        hearings::outcomes(state.store(), &org, id, now()).await?;
    // Typed back by hand: one line, clean, and not longer than a reference could be.
    let typed: String = forebygg_domain::text::normalise(&q.reference)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(40)
        .collect();
    let wanted = InputNumber::parse(&typed);
    let found = wanted.and_then(|n| {
        let rows = sender_rows(t, &groups, Trail { measures: &measures, reports: &reports, versions: &versions });
        groups.iter().zip(rows).find_map(|(g, rows)| {
            let at = g.inputs.iter().position(|i| i.number == n)?;
            Some((rows.sender, rows.rows.into_iter().nth(at)?))
        })
    });
    let base = PlanUrls::new(org.code.as_str(), id).public();
    Ok(render_with(
        StatusCode::OK,
        &MerknadPage {
            page: Page::titled(&ctx, t.with("outcomes-title", "plan", &public.plan.title)),
            lookup: Some(Lookup { action: format!("{base}/outcomes"), typed, found }),
            back: base,
            back_title: t.get("receipt-back"),
            csv: String::new(),
            xlsx: String::new(),
            intro: t.get("outcomes-intro"),
            groups: sender_rows(t, &groups, Trail { measures: &measures, reports: &reports, versions: &versions }),
        },
    ))
}
