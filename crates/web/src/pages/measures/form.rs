//! The form for one measure: new, change, remove. Field names are the spreadsheet
//! columns' codes, so the form and an import are checked by the same rules.

use forebygg_domain::ids::MeasureId;
use forebygg_texts::{Tr, labels};
use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::measures::GoalLinks;
use forebygg_app::{AppError, access, goals, measures, now};
use forebygg_domain::Action;
use forebygg_domain::goals::in_order;
use forebygg_domain::measures::report::{ReportForm, ReportStatus};
use forebygg_domain::measures::row::{Column, to_cells};
use forebygg_domain::measures::{AgeBand, Evidence, Funding, MeasureFields, MeasureStatus, PreventionLevel, WorkLevel};
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::dates::oslo_date;
use serde::Deserialize;

use super::base;
use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, Params, PlanAccess};
use crate::ui::confirm::{Confirm, Question, ask};
use crate::ui::{Choice, FormErrors, Page, render_with};

/// The form as typed: one text per column; the ticked age bands and themes by code.
#[derive(Clone, Debug, Default)]
pub struct MeasureInput {
    cells: HashMap<&'static str, String>,
    age_bands: Vec<String>,
    themes: Vec<String>,
    links: GoalLinks,
}

impl MeasureInput {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut input = MeasureInput::default();
        for (key, value) in pairs {
            match key.as_str() {
                "age_bands" => input.age_bands.push(value),
                "themes" => input.themes.push(value),
                "goals" => input.links.goals.push(value),
                "weight" => input.links.weight = value,
                _ => {
                    if let Some(c) = Column::ALL.into_iter().find(|c| c.code() == key) {
                        input.cells.insert(c.code(), value);
                    }
                }
            }
        }
        input.cells.insert(Column::AgeBands.code(), input.age_bands.join(","));
        input.cells.insert(Column::Themes.code(), input.themes.join(","));
        input
    }

    fn from_fields(f: &MeasureFields) -> Self {
        let mut cells: HashMap<&'static str, String> = to_cells(f).into_iter().map(|(c, v)| (c.code(), v)).collect();
        // The form offers the cost without grouping spaces, as people type it.
        cells.insert(Column::YearlyCost.code(), cells.get("yearly_cost").cloned().unwrap_or_default().replace(' ', ""));
        MeasureInput {
            cells,
            age_bands: f.age_bands.iter().map(|a| a.code().to_owned()).collect(),
            themes: f.themes.iter().map(|t| t.as_str().to_owned()).collect(),
            links: GoalLinks {
                goals: f.goals.iter().map(|g| g.to_string()).collect(),
                weight: f.weight.map(|w| w.to_string()).unwrap_or_default(),
            },
        }
    }

    fn get(&self, column: Column) -> &str {
        self.v(column.code())
    }

    /// The typed text of a field by its name, for the template.
    pub fn v(&self, code: &str) -> &str {
        self.cells.get(code).map(String::as_str).unwrap_or("")
    }

    pub fn weight(&self) -> &str {
        &self.links.weight
    }
}

#[derive(Template)]
#[template(path = "measure.html")]
struct MeasurePage {
    page: Page,
    list_href: String,
    action: String,
    remove: Option<String>,
    input: MeasureInput,
    age_bands: Vec<Choice>,
    themes: Vec<Choice>,
    preventions: Vec<Choice>,
    levels: Vec<Choice>,
    evidence: Vec<Choice>,
    fundings: Vec<Choice>,
    statuses: Vec<Choice>,
    errors: FormErrors,
    more: Context,
}

/// What the page shows besides the form: the plan's goals to link, and the measure's
/// status reports with the form for a new one.
#[derive(Default)]
struct Context {
    can_edit: bool,
    can_report: bool,
    /// A contributor on a measure of another service: why there is no report form.
    report_not_yours: Option<String>,
    goals: Vec<GoalChoice>,
    reports: Vec<ReportRow>,
    report: ReportForm,
    /// The periods a report can be for, in words: last year, this year and next.
    report_periods: Vec<Choice>,
    report_statuses: Vec<Choice>,
    report_errors: FormErrors,
    report_action: String,
    /// The inputs this measure came from: the address in the register, and the words.
    inputs_behind: Vec<(String, String)>,
    /// A stored measure: whether it is shared in the library, where it was copied from
    /// (in words), and the address of the share form.
    shared: bool,
    origin: Option<String>,
    share_action: String,
    /// Inter-municipal cooperation of a stored measure: the municipalities it is run
    /// for (as stored, or as typed into a refused form), the form's address and errors.
    participants: String,
    participants_action: String,
    participants_errors: FormErrors,
    participants_saved: bool,
}

pub struct GoalChoice {
    pub value: String,
    pub label: String,
    pub depth: usize,
    pub selected: bool,
}

pub struct ReportRow {
    pub period: String,
    pub status: String,
    pub progress: u8,
    pub text: String,
    pub by: String,
    pub at: String,
}

/// A choice per value (its code, its words), those in `selected` marked.
fn pick<T: Copy>(all: &[T], code: impl Fn(T) -> String, words: impl Fn(T) -> String, selected: &[&str]) -> Vec<Choice> {
    all.iter()
        .map(|&x| Choice { label: words(x), selected: selected.contains(&code(x).as_str()), value: code(x) })
        .collect()
}

/// The periods a report is chosen from: whole years, halves and quarters of last year,
/// this year and next, shown in words and sent as codes (`2026-H1`).
fn period_choices(t: Tr, typed: &str) -> Vec<Choice> {
    let this_year = i64::from(chrono::Datelike::year(&oslo_date(forebygg_app::now()).0));
    let typed = typed.trim().to_uppercase();
    (this_year - 1..=this_year + 1)
        .flat_map(|year| {
            ["", "-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4"].into_iter().map(move |part| format!("{year}{part}"))
        })
        .map(|code| Choice { label: labels::report_period(t, &code), selected: code == typed, value: code })
        .collect()
}

/// Loads the goals and, for an existing measure, its reports.
async fn context(
    state: &AppState,
    at: &PlanAccess,
    measure: Option<MeasureId>,
    input: &MeasureInput,
    report: (ReportForm, FormErrors),
) -> Result<Context, PageError> {
    let PlanAccess { ctx, actor, org, .. } = at;
    let t = ctx.tr();
    let follow = goals::follow_up(state.store(), actor, org, at.id()).await?;
    let allowed = |a| forebygg_app::access::authorize(actor, org, a).is_ok();
    let (report, report_errors) = report;
    let stored = match measure {
        Some(mid) => super::load(state, at).await?.1.into_iter().find(|m| m.id == mid),
        None => None,
    };
    let may_report = stored.as_ref().is_some_and(|m| goals::may_report_on(actor, org, &m.fields));
    let inputs_behind = match measure {
        Some(mid) => forebygg_app::hearings::inputs_behind(state.store(), actor, org, at.id(), mid)
            .await?
            .into_iter()
            .map(|i| {
                let decision = i
                    .assessment
                    .as_ref()
                    .map(|a| labels::decision(t, a.decision))
                    .unwrap_or_else(|| t.get("decision-none"));
                let href =
                    crate::ui::paths::PlanUrls::new(org.code.as_str(), at.id()).at(&format!("inputs#input-{}", i.id));
                (href, format!("{} · {} · {decision}", i.reference(), labels::channel(t, i.fields.channel)))
            })
            .collect(),
        None => Vec::new(),
    };
    let report_not_yours = stored
        .as_ref()
        .filter(|_| !may_report && allowed(forebygg_domain::Action::ReportStatus))
        .map(|m| t.with("measure-report-not-yours", "owner", &m.fields.owner));
    let (shared, origin) = match measure {
        Some(mid) => forebygg_app::library::about(state.store(), actor, org, mid).await?,
        None => (false, None),
    };
    let origin = origin.map(|(from, name)| match from {
        Some(from) => forebygg_texts::translate(t.lang, "measure-origin", &[("municipality", &from), ("name", &name)]),
        None => t.with("measure-origin-gone", "name", &name),
    });
    let share_action = measure
        .map(|mid| crate::ui::paths::PlanUrls::new(org.code.as_str(), at.id()).at(&format!("measures/{mid}/share")))
        .unwrap_or_default();
    let participants = match measure {
        Some(mid) => measures::run_for(state.store(), actor, org, (at.id(), mid)).await?,
        None => Vec::new(),
    };
    Ok(Context {
        shared,
        origin,
        share_action,
        participants: participants.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join(", "),
        participants_action: measure.map(|m| format!("{}/{m}/participants", base(at))).unwrap_or_default(),
        participants_errors: FormErrors::default(),
        participants_saved: false,
        can_edit: allowed(forebygg_domain::Action::EditPlans),
        can_report: may_report,
        report_not_yours,
        inputs_behind,
        goals: in_order(&follow.goals)
            .into_iter()
            .map(|(depth, g)| GoalChoice {
                value: g.id.to_string(),
                label: format!("{}: {}", labels::goal_level(t, g.fields.level), g.fields.title),
                depth,
                selected: input.links.goals.contains(&g.id.to_string()),
            })
            .collect(),
        reports: follow
            .reports
            .iter()
            .rev()
            .filter(|r| Some(r.measure_id) == measure)
            .map(|r| ReportRow {
                period: labels::report_period(t, &r.fields.period),
                status: labels::report_status(t, r.fields.status),
                progress: r.fields.progress,
                text: r.fields.text.clone(),
                by: r.by.clone(),
                at: oslo_date(r.at).to_string(),
            })
            .collect(),
        report_periods: period_choices(t, &report.period),
        report_statuses: ReportStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.code().to_owned(),
                label: labels::report_status(t, *s),
                selected: s.code() == report.status,
            })
            .collect(),
        report_action: measure.map(|m| format!("{}/{m}/reports", base(at))).unwrap_or_default(),
        report,
        report_errors,
    })
}

/// The choices of the evidence field: not rated, or one of Ungsinn's levels.
const EVIDENCE_LEVELS: [Evidence; 7] = [
    Evidence::NotRated,
    Evidence::Ungsinn(0),
    Evidence::Ungsinn(1),
    Evidence::Ungsinn(2),
    Evidence::Ungsinn(3),
    Evidence::Ungsinn(4),
    Evidence::Ungsinn(5),
];

/// The code of a typed or stored value of a vocabulary; what does not parse stays as
/// typed (so a refused form shows nothing chosen rather than something else).
fn code_of<T>(typed: &str, parse: fn(&str) -> Option<T>, code: fn(T) -> &'static str) -> String {
    parse(typed).map(|v| code(v).to_owned()).unwrap_or_else(|| typed.to_owned())
}

fn measure_page(
    at: &PlanAccess,
    measure: Option<MeasureId>,
    input: MeasureInput,
    errors: FormErrors,
    more: Context,
) -> MeasurePage {
    let ctx = &at.ctx;
    let t = ctx.tr();
    let list = base(at);
    // A stored measure's cells hold the spreadsheet's words ("selektiv", "pågår"); the
    // choices are codes: a value is chosen by what it means, not how it is written.
    let prevention = code_of(input.get(Column::Prevention), PreventionLevel::parse, PreventionLevel::code);
    let level = code_of(input.get(Column::Level), WorkLevel::parse, WorkLevel::code);
    let funding = code_of(input.get(Column::Funding), Funding::parse, Funding::code);
    let status = code_of(input.get(Column::Status), MeasureStatus::parse, MeasureStatus::code);
    let bands: Vec<&str> = input.age_bands.iter().map(String::as_str).collect();
    let themes: Vec<&str> = input.themes.iter().map(String::as_str).collect();
    let evidence_value = Evidence::parse(input.get(Column::Evidence)).unwrap_or_default().code();
    MeasurePage {
        page: Page::new(ctx, if measure.is_some() { "measure-edit-title" } else { "measure-new-title" }),
        action: measure.map(|m| format!("{list}/{m}")).unwrap_or_else(|| list.clone()),
        remove: measure.map(|m| format!("{list}/{m}/remove")),
        age_bands: pick(AgeBand::ALL, |a| a.code().into(), |a| labels::age_band(t, a), &bands),
        themes: pick(&Theme::ALL, |x| x.as_str().into(), |x| labels::theme(t, x), &themes),
        preventions: pick(
            PreventionLevel::ALL,
            |p| p.code().into(),
            |p| labels::prevention(t, p),
            &[prevention.as_str()],
        ),
        levels: pick(WorkLevel::ALL, |l| l.code().into(), |l| labels::work_level(t, l), &[level.as_str()]),
        evidence: pick(&EVIDENCE_LEVELS, Evidence::code, |e| labels::evidence(t, e), &[evidence_value.as_str()]),
        fundings: pick(Funding::ALL, |f| f.code().into(), |f| labels::funding(t, f), &[funding.as_str()]),
        statuses: pick(
            MeasureStatus::ALL,
            |s| s.code().into(),
            |s| labels::measure_status(t, s),
            &[if status.is_empty() { "existing" } else { status.as_str() }],
        ),
        list_href: list,
        input,
        errors,
        more,
    }
}

/// A measure of the plan, from the address.
#[derive(Deserialize)]
pub struct MeasurePath {
    mid: MeasureId,
}

pub async fn new(at: PlanAccess) -> Result<Response, PageError> {
    let input = MeasureInput::default();
    let more = context(&at.state, &at, None, &input, Default::default()).await?;
    Ok(render_with(StatusCode::OK, &measure_page(&at, None, input, FormErrors::default(), more)))
}

async fn save(
    state: &AppState,
    at: &PlanAccess,
    measure: Option<MeasureId>,
    input: MeasureInput,
) -> Result<Response, PageError> {
    let (store, actor, org, id) = (state.store(), &at.actor, &at.org, at.id());
    let field = |c: Column| input.get(c);
    let result = match measure {
        None => measures::create(store, actor, org, id, field, &input.links).await,
        Some(m) => measures::update(store, actor, org, (id, m), field, &input.links).await,
    };
    match result {
        Ok(()) => Ok(Redirect::to(&base(at)).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            let more = context(state, at, measure, &input, Default::default()).await?;
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &measure_page(at, measure, input, errors, more)))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn create(at: PlanAccess, Form(pairs): Form<Vec<(String, String)>>) -> Result<Response, PageError> {
    save(&at.state, &at, None, MeasureInput::from_pairs(pairs)).await
}

pub async fn update(
    at: PlanAccess,
    Address(MeasurePath { mid }): Address<MeasurePath>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    save(&at.state, &at, Some(mid), MeasureInput::from_pairs(pairs)).await
}

/// What the measure's page says after a change elsewhere on it.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditQuery {
    /// `saved` after the cooperation form.
    cooperation: String,
}

pub async fn edit(
    at: PlanAccess,
    Address(MeasurePath { mid }): Address<MeasurePath>,
    Params(query): Params<EditQuery>,
) -> Result<Response, PageError> {
    let input = measure_input(&at.state, &at, mid).await?;
    let mut more = context(&at.state, &at, Some(mid), &input, Default::default()).await?;
    more.participants_saved = query.cooperation == "saved";
    Ok(render_with(StatusCode::OK, &measure_page(&at, Some(mid), input, FormErrors::default(), more)))
}

/// The stored measure as the form shows it (404 when the measure is not the plan's).
async fn measure_input(state: &AppState, at: &PlanAccess, mid: MeasureId) -> Result<MeasureInput, PageError> {
    let (_, all, _) = super::load(state, at).await?;
    let m = all.into_iter().find(|m| m.id == mid).ok_or(PageError::NotFound)?;
    Ok(MeasureInput::from_fields(&m.fields))
}

async fn show(
    state: &AppState,
    at: &PlanAccess,
    mid: MeasureId,
    input: MeasureInput,
    report: (ReportForm, FormErrors),
    status: StatusCode,
) -> Result<Response, PageError> {
    let more = context(state, at, Some(mid), &input, report).await?;
    Ok(render_with(status, &measure_page(at, Some(mid), input, FormErrors::default(), more)))
}

/// A status report of the measure (plan staff, or a service owner as contributor).
pub async fn report(
    at: PlanAccess,
    Address(MeasurePath { mid }): Address<MeasurePath>,
    Form(typed): Form<ReportForm>,
) -> Result<Response, PageError> {
    match goals::report(at.store(), &at.actor, &at.org, (at.id(), mid), &typed, now()).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/{mid}#reports", base(&at))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let input = measure_input(&at.state, &at, mid).await?;
            let mut errors = FormErrors::new(at.ctx.tr(), &errors);
            for (field, _) in &mut errors.items {
                *field = format!("report_{field}");
            }
            show(&at.state, &at, mid, input, (typed, errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove(
    at: PlanAccess,
    Address(MeasurePath { mid }): Address<MeasurePath>,
    Form(confirm): Form<Confirm>,
) -> Result<Response, PageError> {
    if !confirm.is_confirmed() {
        access::authorize(&at.actor, &at.org, Action::EditPlans)?;
        let (_, all) = measures::list(at.store(), &at.actor, &at.org, at.id()).await?;
        let measure = all.iter().find(|m| m.id == mid).ok_or(PageError::NotFound)?;
        let question = Question {
            key: "confirm-remove-measure",
            name: measure.fields.name.clone(),
            consequence: "confirm-cannot-undo",
            action: format!("{}/{mid}/remove", base(&at)),
            fields: Vec::new(),
            back: format!("{}/{mid}", base(&at)),
            yes: "confirm-yes",
        };
        return Ok(ask(&at.ctx, question));
    }
    measures::remove(at.store(), &at.actor, &at.org, (at.id(), mid)).await?;
    Ok(Redirect::to(&base(&at)).into_response())
}

/// The share form: `shared` is `yes` to share the measure in the library, anything
/// else to stop.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ShareForm {
    shared: String,
}

/// Shares the measure in the library for the other municipalities, or stops sharing it.
pub async fn share(
    at: PlanAccess,
    Address(MeasurePath { mid }): Address<MeasurePath>,
    Form(form): Form<ShareForm>,
) -> Result<Response, PageError> {
    let on = form.shared == "yes";
    forebygg_app::library::share(at.store(), &at.actor, &at.org, (at.id(), mid), on, now()).await?;
    let to = crate::ui::paths::PlanUrls::new(at.org.code.as_str(), at.id()).at(&format!("measures/{mid}?shared={on}"));
    Ok(Redirect::to(&to).into_response())
}

/// The cooperation form: the municipalities the measure is run for, as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ParticipantsForm {
    participants: String,
}

/// Sets the municipalities the measure is run for (vertskommunesamarbeid); a list
/// naming a municipality that does not exist is shown again with what was wrong.
pub async fn participants(
    at: PlanAccess,
    Address(MeasurePath { mid }): Address<MeasurePath>,
    Form(form): Form<ParticipantsForm>,
) -> Result<Response, PageError> {
    match measures::set_participants(at.store(), &at.actor, &at.org, (at.id(), mid), &form.participants).await {
        Ok(()) => Ok(Redirect::to(&format!("{}/{mid}?cooperation=saved#cooperation", base(&at))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let input = measure_input(&at.state, &at, mid).await?;
            let mut more = context(&at.state, &at, Some(mid), &input, Default::default()).await?;
            more.participants = form.participants;
            more.participants_errors = FormErrors::new(at.ctx.tr(), &errors);
            let page = measure_page(&at, Some(mid), input, FormErrors::default(), more);
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}
