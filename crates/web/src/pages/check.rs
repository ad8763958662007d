//! The plan check's report: a score per area and for the plan, the findings with their
//! basis and a link to the exact place to fix each, and who covers the expected themes.

use askama::Template;
use axum::response::Response;
use forebygg_app::check::{self, Checked};
use forebygg_domain::check::Severity;

use crate::errors::PageError;
use crate::extract::PlanAccess;
use crate::ui::check::{
    AreaView, FindingView, HistoryRow, ThemeView, area_views, finding_view, history_columns, history_rows, theme_views,
};
use crate::ui::paths::PlanUrls;
use crate::ui::{Page, render};

#[derive(Template)]
#[template(path = "check.html")]
struct CheckPage {
    page: Page,
    plan_href: String,
    score: u32,
    summary: String,
    areas: Vec<AreaView>,
    groups: Vec<(String, Vec<FindingView>)>,
    themes: Vec<ThemeView>,
    history_columns: Vec<String>,
    /// Empty when no version kept a score card: then the table is not shown.
    history: Vec<HistoryRow>,
}

pub async fn show(at: PlanAccess) -> Result<Response, PageError> {
    let Checked { plan, report } = check::run(at.store(), &at.actor, &at.org, at.id()).await?;
    let history = check::history(at.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    let urls = PlanUrls::new(at.org.code.as_str(), plan.id);
    let groups = Severity::ALL
        .iter()
        .map(|s| {
            let findings: Vec<FindingView> =
                report.findings.iter().filter(|f| f.severity == *s).map(|f| finding_view(t, urls, f)).collect();
            (t.get(&format!("check-heading-{}", s.as_str())), findings)
        })
        .filter(|(_, f)| !f.is_empty())
        .collect();
    let summary = format!(
        "{} {}",
        t.with("check-summary-findings", "count", &report.findings.len().to_string()),
        t.with("check-summary-passed", "count", &report.passed.to_string())
    );
    Ok(render(&CheckPage {
        page: Page::titled(&at.ctx, t.with("check-title", "plan", &plan.title)),
        plan_href: urls.page(),
        score: report.total.percent(),
        summary,
        areas: area_views(t, &report),
        groups,
        themes: theme_views(t, &report),
        history_columns: history_columns(t),
        history: if history.is_empty() { Vec::new() } else { history_rows(t, &history, &report.score_card()) },
    }))
}
