//! The plan check's findings in the reader's words, with the address of the place to fix
//! each: shared by the report page and the JSON API.

use forebygg_domain::check::{Area, Basis, Finding, Hit, Place, Report, ScoreCard};
use forebygg_domain::document::markup::{Block, Inline, Text};
use forebygg_domain::document::version::VersionFields;
use forebygg_domain::measures::AgeBand;
use forebygg_domain::timeline::BodyKind;
use forebygg_domain::timeline::NorDate;
use forebygg_render::ChapterModel;
use forebygg_texts::{Tr, labels};

use crate::ui::paths::PlanUrls;

/// One thing to fix, with where to fix it.
pub struct ItemView {
    pub href: String,
    pub label: String,
    pub detail: String,
}

pub struct FindingView {
    pub rule: &'static str,
    pub severity: &'static str,
    pub severity_label: String,
    pub area_label: String,
    pub text: String,
    pub basis: String,
    pub items: Vec<ItemView>,
}

pub struct AreaView {
    pub label: String,
    pub percent: u32,
    pub findings: usize,
}

/// One row of the scores over the frozen versions: a version, or the plan now.
pub struct HistoryRow {
    pub label: String,
    pub total: String,
    /// Per area in [`Area::ALL`]'s order; "–" where no rule of the area applied.
    pub areas: Vec<String>,
    pub findings: usize,
}

pub struct ThemeView {
    pub theme: String,
    pub this_plan: String,
    pub linked: String,
    pub covered: bool,
}

/// The words of a finding in the reader's language: the rule's sentence with the
/// number of hits, the basis, and each hit's place and detail.
pub fn finding_view(t: Tr, urls: PlanUrls, f: &Finding) -> FindingView {
    let count = f.hits.len().to_string();
    let basis = match (f.basis, f.law) {
        (Basis::Law(_), Some(law)) => match law.in_force_from {
            Some(from) => forebygg_texts::translate(
                t.lang,
                "check-basis-law",
                &[("citation", &labels::citation(t, law)), ("from", &from.to_string())],
            ),
            None => labels::citation(t, law),
        },
        (Basis::Law(ids), None) => ids.join(", "),
        (Basis::Source(id), _) => t.get(&format!("check-source-{id}")),
    };
    FindingView {
        rule: f.rule,
        severity: f.severity.as_str(),
        severity_label: t.get(&format!("check-severity-{}", f.severity.as_str())),
        area_label: t.get(&format!("check-area-{}", f.area.as_str())),
        text: t.with(&format!("check-rule-{}", f.rule), "count", &count),
        basis,
        items: f.hits.iter().map(|h| item_view(t, urls, h)).collect(),
    }
}

fn detail(h: &Hit, name: &str) -> String {
    h.details.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn item_view(t: Tr, urls: PlanUrls, h: &Hit) -> ItemView {
    let (href, label) = match &h.place {
        Place::Measure { id, name, field } => {
            let anchor = match *field {
                "age_bands" => format!("age-{}", AgeBand::ALL[0].code()),
                "goals" => "goals-fieldset".to_owned(),
                other => other.to_owned(),
            };
            (urls.at(&format!("measures/{id}#{anchor}")), name.clone())
        }
        Place::Goal { id, title, field } => (urls.at(&format!("goals?edit={id}#{field}")), title.clone()),
        Place::Goals => (urls.at("goals#level"), t.get("check-place-goals")),
        Place::Measures => (urls.at("measures"), t.get("check-place-measures")),
        Place::Chapter { key, number, title } => {
            (urls.at(&format!("document/{}#body", key.as_str())), format!("{number} {title}"))
        }
        Place::Programme { part } => {
            let anchor = match *part {
                "groups" => "service-0",
                "participation" => "target_group",
                "decisions" => "decided_on",
                _ => "outline",
            };
            let label = match *part {
                "groups" => detail(h, "service"),
                other => t.get(&format!("check-place-programme-{other}")),
            };
            (urls.at(&format!("programme#{anchor}")), label)
        }
        Place::Activity { id, title, field } => (urls.at(&format!("activities/{id}#{field}")), title.clone()),
        Place::NewActivity => (urls.at("#kind"), t.get("check-place-new-activity")),
        Place::Links => (urls.at("#to"), t.get("check-place-links")),
        Place::Input { id, reference } => {
            (urls.at(&format!("inputs#decision-{id}")), t.with("check-place-input", "reference", reference))
        }
        Place::Theme(theme) => (urls.at(&format!("measures/new#theme-{}", theme.as_str())), labels::theme(t, *theme)),
    };
    ItemView { href, label, detail: detail_text(t, h) }
}

/// What the place alone does not say: the hearing's days, the body that adopts, what a
/// measure or the goals lack.
fn detail_text(t: Tr, h: &Hit) -> String {
    let d = |name| detail(h, name);
    if h.details.iter().any(|(n, _)| *n == "holiday") {
        let holiday = t.get(&format!("holiday-{}", d("holiday")));
        return forebygg_texts::translate(
            t.lang,
            "finding-holiday",
            &[("days", &d("days")), ("holiday", &holiday), ("suggested", &d("suggested"))],
        );
    }
    if h.details.iter().any(|(n, _)| *n == "earliest") {
        return forebygg_texts::translate(
            t.lang,
            "finding-short-hearing",
            &[("days", &d("days")), ("earliest", &d("earliest"))],
        );
    }
    if h.details.iter().any(|(n, _)| *n == "body") {
        let body = BodyKind::parse(&d("body")).map(|b| labels::body(t, b)).unwrap_or_default();
        return t.with("finding-not-council", "body", &body);
    }
    if h.details.iter().any(|(n, _)| *n == "deadline") {
        return t.with("finding-adoption-before-deadline", "deadline", &d("deadline"));
    }
    if h.details.iter().any(|(n, _)| *n == "unanswered") {
        return t.with("finding-adoption-unanswered", "count", &d("unanswered"));
    }
    if h.details.iter().any(|(n, _)| *n == "missing") {
        return t.get(&format!("check-missing-{}", d("missing")));
    }
    match &h.place {
        Place::Measure { field: field @ ("age_bands" | "start"), .. } => t.get(&format!("check-missing-{field}")),
        _ => String::new(),
    }
}

pub fn area_views(t: Tr, report: &Report) -> Vec<AreaView> {
    report
        .areas
        .iter()
        .filter(|(_, s)| s.applicable > 0)
        .map(|(area, score)| AreaView {
            label: t.get(&format!("check-area-{}", area.as_str())),
            percent: score.percent(),
            findings: report.findings.iter().filter(|f| f.area == *area).count(),
        })
        .collect()
}

/// The report as an appendix of the plan document: the score per area as a table, then
/// each finding with its basis and the places it names (the page's links become the
/// places' names on paper).
pub fn appendix(t: Tr, urls: PlanUrls, report: &Report, today: NorDate) -> ChapterModel {
    let words = |s: String| vec![Inline::Text { text: s }];
    let mut blocks = vec![Block::Paragraph {
        content: words(format!(
            "{}. {} {}",
            t.with("check-score", "percent", &report.total.percent().to_string()),
            t.with("check-summary-findings", "count", &report.findings.len().to_string()),
            t.with("check-summary-passed", "count", &report.passed.to_string())
        )),
    }];
    blocks.push(Block::Table {
        header: vec![
            words(t.get("check-col-area")),
            words(t.get("check-col-score")),
            words(t.get("check-col-findings")),
        ],
        rows: area_views(t, report)
            .into_iter()
            .map(|a| {
                vec![
                    words(a.label),
                    words(t.with("check-percent", "percent", &a.percent.to_string())),
                    words(a.findings.to_string()),
                ]
            })
            .collect(),
    });
    for severity in forebygg_domain::check::Severity::ALL {
        let findings: Vec<&Finding> = report.findings.iter().filter(|f| f.severity == severity).collect();
        if findings.is_empty() {
            continue;
        }
        blocks
            .push(Block::Heading { level: 2, content: words(t.get(&format!("check-heading-{}", severity.as_str()))) });
        for f in findings {
            let view = finding_view(t, urls, f);
            blocks.push(Block::Paragraph {
                content: vec![
                    Inline::Strong { content: words(view.text) },
                    Inline::Text { text: format!(" {} · {} {}", view.area_label, t.get("check-basis"), view.basis) },
                ],
            });
            blocks.push(Block::List {
                ordered: false,
                items: view
                    .items
                    .into_iter()
                    .map(|i| words(if i.detail.is_empty() { i.label } else { format!("{}: {}", i.label, i.detail) }))
                    .collect(),
            });
        }
    }
    ChapterModel {
        number: t.get("check-appendix-number"),
        title: t.with("check-appendix-title", "date", &today.to_string()),
        depth: 0,
        text: Text { blocks, footnotes: Vec::new() },
    }
}

/// The column headings of the history: the areas.
pub fn history_columns(t: Tr) -> Vec<String> {
    Area::ALL.iter().map(|a| t.get(&format!("check-area-{}", a.as_str()))).collect()
}

/// The scores kept with each frozen version, oldest first, then the plan now.
pub fn history_rows(t: Tr, history: &[(VersionFields, ScoreCard)], now: &ScoreCard) -> Vec<HistoryRow> {
    let percent = |s: forebygg_domain::check::Score| t.with("check-percent", "percent", &s.percent().to_string());
    let row = |label: String, card: &ScoreCard| HistoryRow {
        label,
        total: percent(card.total),
        areas: Area::ALL
            .iter()
            .map(|a| card.area(*a).filter(|s| s.applicable > 0).map(percent).unwrap_or_else(|| "–".into()))
            .collect(),
        findings: card.failing.len(),
    };
    history
        .iter()
        .map(|(v, card)| {
            let kind = t.get(labels::version_kind_key(v.kind));
            row(format!("{kind} {}", v.date), card)
        })
        .chain([row(t.get("check-history-now"), now)])
        .collect()
}

pub fn theme_views(t: Tr, report: &Report) -> Vec<ThemeView> {
    report
        .theme_coverage
        .iter()
        .map(|c| ThemeView {
            theme: labels::theme(t, c.theme),
            this_plan: t.get(if c.by_this_plan { "check-yes" } else { "check-no" }),
            linked: if c.by_linked.is_empty() { t.get("check-none") } else { c.by_linked.join(", ") },
            covered: c.covered(),
        })
        .collect()
}
