//! Surveys of a plan (capability C6): the list, one survey (open it with class codes,
//! add codes, close it, read its results with small groups hidden), and the public
//! questionnaire answered anonymously by link or class code, without JavaScript.

pub mod questions;

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::surveys::editor::{self, DetailsForm, SectionForm};
use forebygg_app::surveys::{self, Answered, OpenForm, RulesForm, Start};
use forebygg_app::{AppError, PublicSurvey, now};
use forebygg_domain::Lang;
use forebygg_domain::ids::SurveyId;
use forebygg_domain::survey::answer::AnswerError;
use forebygg_domain::survey::results::QuestionResults;
use forebygg_domain::survey::suppression::{Rules, Shown};
use forebygg_domain::survey::{Access, Localized, QuestionKind, Survey, SurveyState};
use forebygg_domain::timeline::dates::{NorDate, oslo_date};
use forebygg_texts::Tr;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, Params, PlanAccess, Visit};
use crate::ui::paths::{self, PlanUrls};
use crate::ui::{Choice, choices};
use crate::ui::{FormErrors, Page, download, render_with};

fn state_label(t: Tr, s: SurveyState) -> String {
    t.get(match s {
        SurveyState::Draft => "survey-state-draft",
        SurveyState::Open => "survey-state-open",
        SurveyState::Closed => "survey-state-closed",
    })
}

fn today() -> chrono::NaiveDate {
    oslo_date(now()).0
}

pub struct SurveyRow {
    pub href: String,
    pub title: String,
    pub state: String,
    pub answers: String,
}

#[derive(Template)]
#[template(path = "surveys.html")]
struct SurveysPage {
    page: Page,
    plan_href: String,
    action: String,
    can_edit: bool,
    rows: Vec<SurveyRow>,
    rules_text: String,
    can_set_rules: bool,
    rules_form: RulesForm,
    errors: FormErrors,
}

pub async fn list(at: PlanAccess) -> Result<Response, PageError> {
    list_page(&at, None, FormErrors::default(), StatusCode::OK).await
}

async fn list_page(
    at: &PlanAccess,
    typed: Option<RulesForm>,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let urls = PlanUrls::new(at.org.code.as_str(), at.id());
    let rows = surveys::list(at.store(), &at.actor, &at.org, at.id())
        .await?
        .iter()
        .map(|r| SurveyRow {
            href: format!("{}/{}", urls.at("surveys"), r.id),
            title: r.survey.title.get(t.lang).to_owned(),
            state: state_label(t, r.survey.state),
            answers: t.with("survey-answers", "count", &r.answers.to_string()),
        })
        .collect();
    let rules = surveys::rules(at.store(), &at.actor, &at.org).await?;
    let can_set_rules =
        forebygg_app::access::authorize(&at.actor, &at.org, forebygg_domain::Action::ManageMembers).is_ok();
    Ok(render_with(
        status,
        &SurveysPage {
            page: Page::titled(&at.ctx, t.with("surveys-title", "plan", &at.plan.title)),
            plan_href: urls.page(),
            action: urls.at("surveys"),
            can_edit: at.can_edit(),
            rows,
            rules_text: forebygg_texts::translate(
                t.lang,
                "survey-rules",
                &[("cell", &rules.cell.to_string()), ("group", &rules.group.to_string())],
            ),
            can_set_rules,
            rules_form: typed
                .unwrap_or_else(|| RulesForm { cell: rules.cell.to_string(), group: rules.group.to_string() }),
            errors,
        },
    ))
}

/// Sets the organisation's thresholds, from the survey list of one of its plans.
pub async fn set_rules(at: PlanAccess, Form(form): Form<RulesForm>) -> Result<Response, PageError> {
    match surveys::set_rules(at.store(), &at.actor, &at.org, &form).await {
        Ok(_) => {
            let urls = PlanUrls::new(at.org.code.as_str(), at.id());
            Ok(Redirect::to(&format!("{}#rules-heading", urls.at("surveys"))).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            list_page(&at, Some(form), errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// What a new survey starts from, as the list's form sends it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartForm {
    start: String,
}

pub async fn create(at: PlanAccess, Form(form): Form<StartForm>) -> Result<Response, PageError> {
    let start = if form.start == "empty" {
        let in_all = |key: &str| {
            let get = |lang| forebygg_texts::translate(lang, key, &[]);
            Localized { nb: get(Lang::Nb), nn: get(Lang::Nn), en: get(Lang::En) }
        };
        Start::Empty { title: in_all("survey-new-title"), section: in_all("survey-new-section") }
    } else {
        Start::Template
    };
    let record = surveys::create(at.store(), &at.actor, &at.org, at.id(), start).await?;
    let urls = PlanUrls::new(at.org.code.as_str(), at.id());
    Ok(Redirect::to(&format!("{}/{}", urls.at("surveys"), record.id)).into_response())
}

/// A survey of the plan, from the address.
#[derive(Deserialize)]
pub struct SurveyPath {
    sid: SurveyId,
}

pub struct CodeRow {
    pub class: String,
    pub code: String,
    pub used: String,
}

/// One cell of a results table: the count and its share, or why it is hidden.
pub struct Cell {
    pub text: String,
    pub hidden: bool,
    /// The count, or why it is hidden (for the exports).
    pub count: String,
    /// The share in per cent, when there is one.
    pub share: String,
}

pub struct ResultTable {
    /// The question's chart over all respondents (SVG, drawn by the domain's chart,
    /// its text escaped there), on its first table; else empty.
    pub chart: String,
    /// The chart's file name under the survey's `files/`.
    pub chart_file: String,
    pub caption: String,
    pub columns: Vec<String>,
    /// Row label, then a cell per column (the groups, then "all").
    pub rows: Vec<(String, Vec<Cell>)>,
}

pub struct QuestionPreview {
    pub text: String,
    pub kind: String,
    pub edit: String,
    pub first: bool,
    pub last: bool,
}

/// The forms of a survey's page as typed, when one was refused.
#[derive(Default)]
pub(crate) struct Typed {
    open: OpenForm,
    /// None: the survey's own title and target group.
    details: Option<DetailsForm>,
    section: SectionForm,
}

#[derive(Template)]
#[template(path = "survey.html")]
struct SurveyPage {
    page: Page,
    back: String,
    base: String,
    can_edit: bool,
    state: String,
    draft: bool,
    open: bool,
    answers: String,
    period: String,
    link: String,
    codes: Vec<CodeRow>,
    /// Per class: its codes and how many were used.
    classes: Vec<(String, usize, usize)>,
    /// While open, the same, for the links to each class's slips to print.
    slips: Vec<(String, usize, usize)>,
    sections: Vec<(String, Vec<QuestionPreview>)>,
    results: Vec<ResultTable>,
    results_note: String,
    input: OpenForm,
    details: DetailsForm,
    targets: Vec<Choice>,
    section: SectionForm,
    errors: FormErrors,
    saved: Saved,
}

/// A count as the page shows it. A hidden count reads "skjult (færre enn 5)" or
/// "skjult" (see `Shown`), never 0 or blank; the rule is stated once above the tables.
fn shown(t: Tr, s: Shown, of: Shown) -> Cell {
    match (s, of) {
        (Shown::Count(n), Shown::Count(total)) if total > 0 => {
            let share = f64::from(n) * 100.0 / f64::from(total);
            let share = forebygg_domain::document::chart::number(share, t.lang != Lang::En);
            Cell {
                text: forebygg_texts::translate(
                    t.lang,
                    "survey-cell",
                    &[("number", &n.to_string()), ("share", &share)],
                ),
                hidden: false,
                count: n.to_string(),
                share,
            }
        }
        (Shown::Count(n), _) => Cell { text: n.to_string(), hidden: false, count: n.to_string(), share: String::new() },
        (hidden, _) => {
            let text = hidden.hidden_words(&|k| t.get(k)).unwrap_or_default();
            Cell { count: text.clone(), text, hidden: true, share: String::new() }
        }
    }
}

/// The results' file name, after the survey's number.
#[derive(Deserialize)]
pub struct ExportPath {
    sid: SurveyId,
    file: String,
}

/// The results as a spreadsheet (CSV or XLSX): a row per cell of every table on the
/// page, hidden counts as the page words them, so no file carries more than the page.
pub async fn export(
    at: PlanAccess,
    Address(ExportPath { sid, file }): Address<ExportPath>,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let view = surveys::get(at.store(), &at.actor, &at.org, sid, today()).await?;
    let rules = view.rules;
    let results = view.results.ok_or(PageError::NotFound)?;
    if let Some(key) = file.strip_prefix("chart-").and_then(|f| f.strip_suffix(".svg")) {
        let r = results.iter().find(|r| r.key == key && r.by.is_none()).ok_or(PageError::NotFound)?;
        let chart = forebygg_domain::survey::charts::chart(&view.record.survey, r, t.lang, &|k| t.get(k));
        let svg = chart.ok_or(PageError::NotFound)?.svg();
        return Ok(([(CONTENT_TYPE, "image/svg+xml")], svg).into_response());
    }
    let kind = file.strip_prefix("results.").ok_or(PageError::NotFound)?;
    if kind != "csv" && kind != "xlsx" {
        return Err(PageError::NotFound);
    }
    let header: Vec<String> =
        ["survey-col-table", "survey-col-answer", "survey-col-group", "survey-col-count", "survey-col-share"]
            .iter()
            .map(|k| t.get(k))
            .collect();
    let mut rows = Vec::new();
    for table in result_tables(t, &view.record.survey, &results, rules) {
        for (label, cells) in &table.rows {
            if cells.is_empty() {
                rows.push(vec![table.caption.clone(), label.clone(), String::new(), String::new(), String::new()]);
            }
            for (i, cell) in cells.iter().enumerate() {
                let group = table.columns.get(i).cloned().unwrap_or_else(|| t.get("survey-all"));
                rows.push(vec![table.caption.clone(), label.clone(), group, cell.count.clone(), cell.share.clone()]);
            }
        }
    }
    let made = match kind {
        "csv" => Ok(forebygg_import::write::csv(std::iter::once(header).chain(rows))),
        _ => forebygg_import::write::xlsx(&t.get("survey-sheet"), &header, &rows),
    };
    Ok(download(made.map_err(PageError::internal)?, &format!("undersokelse-{sid}-resultater.{kind}")))
}

/// A class's place in a list: by its year first ("9A" before "10B"), then by name.
fn class_order(class: &str) -> (u32, String) {
    let digits: String = class.chars().take_while(char::is_ascii_digit).collect();
    (digits.parse().unwrap_or(u32::MAX), class.to_lowercase())
}

/// Each class with its number of codes and of codes used, in the codes' order.
fn class_summary(codes: &[forebygg_app::ClassCode]) -> Vec<(String, usize, usize)> {
    let mut classes: Vec<(String, usize, usize)> = Vec::new();
    for c in codes {
        match classes.last_mut() {
            Some((class, n, used)) if *class == c.class => {
                *n += 1;
                *used += usize::from(c.used);
            }
            _ => classes.push((c.class.clone(), 1, usize::from(c.used))),
        }
    }
    classes
}

/// The tables a page shows of a question's results.
fn result_tables(t: Tr, survey: &Survey, results: &[QuestionResults], rules: Rules) -> Vec<ResultTable> {
    let mut tables = Vec::new();
    for r in results {
        let Some(q) = survey.question(&r.key) else { continue };
        let by = r.by.as_deref().and_then(|k| survey.question(k));
        let question = q.text.get(t.lang);
        let caption = match by {
            Some(b) => {
                forebygg_texts::translate(t.lang, "survey-by", &[("question", question), ("by", b.text.get(t.lang))])
            }
            None => question.to_owned(),
        };
        let chart = forebygg_domain::survey::charts::chart(survey, r, t.lang, &|k| t.get(k));
        let mut chart_file = chart.as_ref().map(|_| format!("chart-{}.svg", r.key)).unwrap_or_default();
        let mut chart = chart.map(|c| c.svg()).unwrap_or_default();
        if r.withheld {
            tables.push(ResultTable {
                chart: String::new(),
                chart_file: String::new(),
                caption,
                columns: Vec::new(),
                rows: vec![(t.with("survey-withheld", "threshold", &rules.group.to_string()), Vec::new())],
            });
            continue;
        }
        for table in &r.tables {
            let p = &table.published;
            let mut columns: Vec<String> =
                by.map(|b| b.kind.options().iter().map(|o| o.get(t.lang).to_owned()).collect()).unwrap_or_default();
            columns.push(t.get("survey-all"));
            let labels: Vec<String> = match table.option {
                Some(o) => vec![
                    t.with(
                        "survey-ticked",
                        "option",
                        q.kind.options().get(o).map(|l| l.get(t.lang)).unwrap_or_default(),
                    ),
                    t.get("survey-not-ticked"),
                ],
                None => q.kind.options().iter().map(|o| o.get(t.lang).to_owned()).collect(),
            };
            let mut rows = Vec::new();
            for (i, label) in labels.into_iter().enumerate() {
                let mut cells: Vec<Cell> = Vec::new();
                if by.is_some() {
                    for (g, s) in p.cells.get(i).into_iter().flatten().enumerate() {
                        cells.push(shown(t, *s, p.group_totals.get(g).copied().unwrap_or(Shown::Hidden)));
                    }
                }
                cells.push(shown(t, p.row_totals.get(i).copied().unwrap_or(Shown::Hidden), p.total));
                rows.push((label, cells));
            }
            let mut totals: Vec<Cell> = Vec::new();
            if by.is_some() {
                totals.extend(p.group_totals.iter().map(|s| shown(t, *s, Shown::Count(0))));
            }
            totals.push(shown(t, p.total, Shown::Count(0)));
            rows.push((t.get("survey-answered"), totals));
            let caption = match table.option.and_then(|o| q.kind.options().get(o)) {
                Some(o) => format!("{caption}: {}", o.get(t.lang)),
                None => caption.clone(),
            };
            tables.push(ResultTable {
                chart: std::mem::take(&mut chart),
                chart_file: std::mem::take(&mut chart_file),
                caption,
                columns,
                rows,
            });
        }
    }
    tables
}

async fn survey_page(
    at: &PlanAccess,
    sid: SurveyId,
    typed: Typed,
    errors: FormErrors,
    status: StatusCode,
    saved: Saved,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let surveys::SurveyView { record, mut codes, results, rules } =
        surveys::get(at.store(), &at.actor, &at.org, sid, today()).await?;
    codes.sort_by_cached_key(|c| (class_order(&c.class), c.code.clone()));
    let survey = &record.survey;
    let urls = PlanUrls::new(at.org.code.as_str(), at.id());
    let base = format!("{}/{}", urls.at("surveys"), sid);
    let period = match (survey.opens, survey.closes) {
        (Some(a), Some(b)) => format!("{} – {}", NorDate(a), NorDate(b)),
        _ => String::new(),
    };
    let kind = |k: &QuestionKind| t.get(&format!("survey-kind-{}", k.as_str().replace('_', "-")));
    let results_note = match (&results, survey.state) {
        (None, SurveyState::Open) => t.get("survey-results-wait"),
        (None, _) => String::new(),
        (Some(_), _) => forebygg_texts::translate(
            t.lang,
            "survey-rules",
            &[("cell", &rules.cell.to_string()), ("group", &rules.group.to_string())],
        ),
    };
    Ok(render_with(
        status,
        &SurveyPage {
            page: Page::titled(&at.ctx, survey.title.get(t.lang).to_owned()),
            back: urls.at("surveys"),
            can_edit: at.can_edit(),
            state: state_label(t, survey.state),
            draft: survey.state == SurveyState::Draft,
            open: survey.state == SurveyState::Open,
            answers: t.with("survey-answers", "count", &record.answers.to_string()),
            period,
            // Only while it takes answers: a closed survey's address leads nowhere.
            link: if survey.state == SurveyState::Open {
                paths::absolute(&at.ctx, &format!("/s/{}", record.token))
            } else {
                String::new()
            },
            // While open, each code to hand out; afterwards, how many each class used.
            slips: if survey.state == SurveyState::Open { class_summary(&codes) } else { Vec::new() },
            codes: if survey.state == SurveyState::Open {
                codes
                    .iter()
                    .map(|c| CodeRow {
                        class: c.class.clone(),
                        code: c.code.clone(),
                        used: t.get(if c.used { "survey-code-used" } else { "survey-code-unused" }),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            classes: if survey.state == SurveyState::Open { Vec::new() } else { class_summary(&codes) },
            sections: {
                let first = survey.questions().next().map(|q| q.key.clone());
                let last = survey.questions().last().map(|q| q.key.clone());
                survey
                    .sections
                    .iter()
                    .map(|s| {
                        let questions = s
                            .questions
                            .iter()
                            .map(|q| QuestionPreview {
                                text: q.text.get(t.lang).to_owned(),
                                kind: kind(&q.kind),
                                edit: format!("{base}/questions/{}", q.key),
                                first: first.as_ref() == Some(&q.key),
                                last: last.as_ref() == Some(&q.key),
                            })
                            .collect();
                        (s.title.get(t.lang).to_owned(), questions)
                    })
                    .collect()
            },
            results: results.map(|r| result_tables(t, survey, &r, rules)).unwrap_or_default(),
            results_note,
            input: typed.open,
            targets: choices(
                editor::TARGETS.iter().map(|k| ((*k).to_owned(), t.get(&format!("survey-target-{k}")))),
                &typed
                    .details
                    .as_ref()
                    .map_or_else(|| editor::target_name(survey.target).to_owned(), |d| d.target.clone()),
            ),
            details: typed.details.unwrap_or_else(|| DetailsForm::of(survey)),
            section: typed.section,
            errors,
            saved,
            base,
        },
    ))
}

/// Which change the page confirms after coming back to it (`?saved=`): one to the
/// survey as a whole, said at the top, or to its questions, said beside them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Saved {
    #[default]
    Nothing,
    Survey,
    Questions,
}

impl Saved {
    pub fn query(self) -> &'static str {
        match self {
            Saved::Nothing => "",
            Saved::Survey => "?saved=survey",
            Saved::Questions => "?saved=questions",
        }
    }
}

#[derive(Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    saved: Saved,
}

pub async fn show(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    Params(q): Params<ShowQuery>,
) -> Result<Response, PageError> {
    survey_page(&at, sid, Typed::default(), FormErrors::default(), StatusCode::OK, q.saved).await
}

/// Back to the survey after a change, or its page again with what was refused and the
/// form as typed.
async fn after(
    at: &PlanAccess,
    sid: SurveyId,
    input: Option<OpenForm>,
    done: Result<(), AppError>,
) -> Result<Response, PageError> {
    match done {
        Ok(()) => {
            let urls = PlanUrls::new(at.org.code.as_str(), at.id());
            Ok(Redirect::to(&format!("{}/{}{}", urls.at("surveys"), sid, Saved::Survey.query())).into_response())
        }
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            let typed = Typed { open: input.unwrap_or_default(), ..Typed::default() };
            survey_page(at, sid, typed, errors, StatusCode::UNPROCESSABLE_ENTITY, Saved::Nothing).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn open(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    Form(input): Form<OpenForm>,
) -> Result<Response, PageError> {
    let done = surveys::open(at.store(), &at.actor, &at.org, sid, &input).await;
    after(&at, sid, Some(input), done).await
}

pub async fn add_codes(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    Form(input): Form<OpenForm>,
) -> Result<Response, PageError> {
    let done = surveys::add_codes(at.store(), &at.actor, &at.org, sid, &input.class, &input.codes).await;
    after(&at, sid, Some(input), done).await
}

pub async fn close(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    Form(confirm): Form<crate::ui::confirm::Confirm>,
) -> Result<Response, PageError> {
    if !confirm.is_confirmed() {
        let record = surveys::record(at.store(), &at.actor, &at.org, sid).await?;
        let base = format!("{}/{}", PlanUrls::new(at.org.code.as_str(), at.id()).at("surveys"), sid);
        let question = crate::ui::confirm::Question {
            key: "confirm-close-survey",
            name: record.survey.title.get(at.ctx.tr().lang).to_owned(),
            consequence: "confirm-close-survey-then",
            action: format!("{base}/close"),
            fields: Vec::new(),
            back: base,
            yes: "confirm-yes",
        };
        return Ok(crate::ui::confirm::ask(&at.ctx, question));
    }
    let done = surveys::close(at.store(), &at.actor, &at.org, sid, now()).await.map(|_| ());
    after(&at, sid, None, done).await
}

#[derive(Deserialize)]
pub struct SlipsQuery {
    #[serde(default)]
    class: Option<String>,
}

/// One class's unused codes, each on a slip with the survey's address, to print and
/// cut for a lesson.
#[derive(Template)]
#[template(path = "survey_slips.html")]
struct SlipsPage {
    page: Page,
    back: String,
    link: String,
    /// The address as a QR code, beside each slip's code.
    qr: String,
    classes: Vec<(String, Vec<String>)>,
}

/// Slips to print of the codes not yet used: a class's, or every class's.
pub async fn slips(
    at: PlanAccess,
    Address(SurveyPath { sid }): Address<SurveyPath>,
    Params(query): Params<SlipsQuery>,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let surveys::SurveyView { record, mut codes, .. } =
        surveys::get(at.store(), &at.actor, &at.org, sid, today()).await?;
    if record.survey.state != SurveyState::Open {
        return Err(PageError::NotFound);
    }
    codes.retain(|c| !c.used && query.class.as_ref().is_none_or(|class| *class == c.class));
    codes.sort_by_cached_key(|c| (class_order(&c.class), c.code.clone()));
    let mut classes: Vec<(String, Vec<String>)> = Vec::new();
    for c in codes {
        match classes.last_mut() {
            Some((class, list)) if *class == c.class => list.push(c.code),
            _ => classes.push((c.class, vec![c.code])),
        }
    }
    let title = match &query.class {
        Some(class) => t.with("survey-slips-class-title", "class", class),
        None => t.get("survey-slips-title"),
    };
    Ok(render_with(
        StatusCode::OK,
        &SlipsPage {
            page: Page::titled(&at.ctx, title),
            back: format!("{}/{}", PlanUrls::new(at.org.code.as_str(), at.id()).at("surveys"), sid),
            link: paths::absolute(&at.ctx, &format!("/s/{}", record.token)),
            qr: format!("{}/{}/qr.svg", PlanUrls::new(at.org.code.as_str(), at.id()).at("surveys"), sid),
            classes,
        },
    ))
}

/// The survey's link as a QR code for a poster, once it can be answered.
async fn qr(at: PlanAccess, sid: SurveyId, png: bool) -> Result<Response, PageError> {
    let record = surveys::record(at.store(), &at.actor, &at.org, sid).await?;
    if record.survey.state == SurveyState::Draft {
        return Err(PageError::NotFound);
    }
    let link = paths::absolute(&at.ctx, &format!("/s/{}", record.token));
    let name = format!("qr-{sid}");
    let file = if png {
        forebygg_render::qr::png(&link, 12).map(|b| (b, "image/png", format!("{name}.png")))
    } else {
        forebygg_render::qr::svg(&link, &link).map(|s| (s.into_bytes(), "image/svg+xml", format!("{name}.svg")))
    };
    let (bytes, kind, name) = file.ok_or_else(|| AppError::Internal("the link is too long for a QR code".into()))?;
    Ok(([(CONTENT_TYPE, kind.to_owned()), (CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\""))], bytes)
        .into_response())
}

pub async fn qr_svg(at: PlanAccess, Address(SurveyPath { sid }): Address<SurveyPath>) -> Result<Response, PageError> {
    qr(at, sid, false).await
}

pub async fn qr_png(at: PlanAccess, Address(SurveyPath { sid }): Address<SurveyPath>) -> Result<Response, PageError> {
    qr(at, sid, true).await
}

// ---- The public questionnaire ----

/// The questionnaire's address: the survey's token.
#[derive(Deserialize)]
pub struct TokenPath {
    token: String,
}

pub struct OptionView {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct QuestionView {
    pub key: String,
    pub text: String,
    /// `choice` (radio), `choices` (check boxes), `number` or `text`.
    pub input: &'static str,
    pub required: bool,
    /// When it is shown only after an earlier answer: which, in words.
    pub condition: String,
    /// The same for the script that hides it until then: the earlier question's key
    /// and the options (indexes, space-separated) that show it; empty for none.
    pub shown_if: String,
    pub shown_values: String,
    pub options: Vec<OptionView>,
    pub value: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "survey_answer.html")]
struct AnswerPage {
    page: Page,
    action: String,
    intro: String,
    codes: bool,
    code: String,
    sections: Vec<(String, Vec<QuestionView>)>,
    errors: FormErrors,
    summary: FormErrors,
}

fn answer_message(t: Tr, e: &AnswerError) -> String {
    match e {
        AnswerError::Required => t.get("survey-answer-required"),
        AnswerError::NotAChoice => t.get("survey-answer-choice"),
        AnswerError::Number { min, max } => forebygg_texts::translate(
            t.lang,
            "survey-answer-number",
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
        AnswerError::TooLong => {
            t.with("survey-answer-too-long", "max", &forebygg_domain::survey::answer::MAX_TEXT.to_string())
        }
    }
}

fn answer_page(
    ctx: &crate::Ctx,
    record: &PublicSurvey,
    values: &HashMap<String, Vec<String>>,
    code: &str,
    errors: FormErrors,
) -> AnswerPage {
    let t = ctx.tr();
    let survey = &record.survey;
    let sections = survey
        .sections
        .iter()
        .filter(|s| !s.questions.is_empty())
        .map(|s| {
            let questions = s
                .questions
                .iter()
                .map(|q| {
                    let given = values.get(&q.key).cloned().unwrap_or_default();
                    let condition = q
                        .shown_if
                        .as_ref()
                        .and_then(|c| {
                            let earlier = survey.question(&c.question)?;
                            let chosen: Vec<&str> = c
                                .options
                                .iter()
                                .filter_map(|i| earlier.kind.options().get(*i).map(|o| o.get(t.lang)))
                                .collect();
                            Some(forebygg_texts::translate(
                                t.lang,
                                "survey-only-if",
                                &[("answers", &chosen.join(" / ")), ("question", earlier.text.get(t.lang))],
                            ))
                        })
                        .unwrap_or_default();
                    QuestionView {
                        key: q.key.clone(),
                        text: q.text.get(t.lang).to_owned(),
                        input: match q.kind {
                            QuestionKind::Single { .. } | QuestionKind::Likert { .. } => "choice",
                            QuestionKind::Multiple { .. } => "choices",
                            QuestionKind::Number { .. } => "number",
                            QuestionKind::FreeText => "text",
                        },
                        required: q.required && q.shown_if.is_none(),
                        condition,
                        shown_if: q.shown_if.as_ref().map(|c| c.question.clone()).unwrap_or_default(),
                        shown_values: q
                            .shown_if
                            .as_ref()
                            .map(|c| c.options.iter().map(usize::to_string).collect::<Vec<_>>().join(" "))
                            .unwrap_or_default(),
                        options: q
                            .kind
                            .options()
                            .iter()
                            .enumerate()
                            .map(|(i, o)| OptionView {
                                value: i.to_string(),
                                label: o.get(t.lang).to_owned(),
                                checked: given.contains(&i.to_string()),
                            })
                            .collect(),
                        value: given.first().cloned().unwrap_or_default(),
                        error: errors.get(&q.key),
                    }
                })
                .collect();
            (s.title.get(t.lang).to_owned(), questions)
        })
        .collect();
    // The summary names each question; beside the question its message is enough.
    let summary = FormErrors {
        items: errors
            .items
            .iter()
            .map(|(key, message)| {
                let named = survey.question(key).map(|q| format!("{} – {message}", q.text.get(t.lang)));
                (key.clone(), named.unwrap_or_else(|| message.clone()))
            })
            .collect(),
    };
    AnswerPage {
        page: Page::titled(ctx, survey.title.get(t.lang).to_owned()),
        summary,
        action: format!("/s/{}", record.token),
        intro: t.get("survey-intro"),
        codes: survey.access == Access::ClassCodes,
        code: code.to_owned(),
        sections,
        errors,
    }
}

/// The cookie a link survey that takes one answer per device leaves after the answer:
/// sent back only to that survey's address, and nothing of it is stored on the server.
const ANSWERED: &str = "fb_answered";

/// Whether this browser has answered a link survey that takes one answer per device.
fn answered_here(record: &PublicSurvey, headers: &HeaderMap) -> bool {
    record.survey.access == (Access::Link { repeat: false })
        && crate::session::cookie(headers, ANSWERED).is_some_and(|v| v == "1")
}

fn answered_page(ctx: &crate::Ctx) -> Response {
    let t = ctx.tr();
    let page = DonePage {
        page: Page::titled(ctx, t.get("survey-answered-title")),
        text: t.get("survey-answered-text"),
        forget: String::new(),
    };
    render_with(StatusCode::CONFLICT, &page)
}

pub async fn questionnaire(
    Visit { state, ctx }: Visit,
    Address(TokenPath { token }): Address<TokenPath>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let record = surveys::public(state.store(), &token).await?;
    if !record.survey.takes_answers(today()) {
        return Ok(render_with(StatusCode::GONE, &closed_page(&ctx)));
    }
    if answered_here(&record, &headers) {
        return Ok(answered_page(&ctx));
    }
    Ok(render_with(StatusCode::OK, &answer_page(&ctx, &record, &HashMap::new(), "", FormErrors::default())))
}

#[derive(Template)]
#[template(path = "survey_done.html")]
struct DonePage {
    page: Page,
    text: String,
    /// The questionnaire whose answers this browser may forget now they are sent.
    forget: String,
}

fn closed_page(ctx: &crate::Ctx) -> DonePage {
    let t = ctx.tr();
    DonePage {
        page: Page::titled(ctx, t.get("survey-closed-title")),
        text: t.get("survey-closed-text"),
        forget: String::new(),
    }
}

pub async fn submit(
    Visit { state, ctx }: Visit,
    Address(TokenPath { token }): Address<TokenPath>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let t = ctx.tr();
    let mut values: HashMap<String, Vec<String>> = HashMap::new();
    for (k, v) in form_urlencoded::parse(&body) {
        values.entry(k.into_owned()).or_default().push(v.into_owned());
    }
    let code = values.remove("code").and_then(|c| c.into_iter().next()).unwrap_or_default();
    values.remove("csrf");
    let record = surveys::public(state.store(), &token).await?;
    if answered_here(&record, &headers) {
        return Ok(answered_page(&ctx));
    }
    let errors = match surveys::answer(state.store(), &record, Some(&code), &values, today()).await? {
        Answered::Stored => {
            let page = DonePage {
                page: Page::titled(&ctx, t.get("survey-thanks-title")),
                text: t.get("survey-thanks-text"),
                forget: format!("/s/{}", record.token),
            };
            let mut response = render_with(StatusCode::OK, &page);
            if record.survey.access == (Access::Link { repeat: false }) {
                let cookie = crate::session::cookie_header_at(
                    &format!("{ANSWERED}=1; Max-Age=31536000"),
                    &format!("/s/{}", record.token),
                    ctx.secure,
                );
                response.headers_mut().append(axum::http::header::SET_COOKIE, cookie);
            }
            return Ok(response);
        }
        Answered::Closed => return Ok(render_with(StatusCode::GONE, &closed_page(&ctx))),
        Answered::Code if code.trim().is_empty() => FormErrors::one("code", t.get("survey-code-missing")),
        Answered::Code => FormErrors::one("code", t.get("survey-code-refused")),
        Answered::Refused(problems) => {
            FormErrors { items: problems.iter().map(|(k, e)| (k.clone(), answer_message(t, e))).collect() }
        }
    };
    Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &answer_page(&ctx, &record, &values, &code, errors)))
}
