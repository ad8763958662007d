//! The plan portfolio of an organisation, one plan's page (facts, links, activities
//! with what the law says about them, the timeline), and the forms that change them.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::AppError;
use forebygg_app::plans::{self, ActivityForm, PlanForm, PlanView};
use forebygg_domain::ids::{ActivityId, PlanId};
use forebygg_domain::plan::presets::Preset;
use forebygg_domain::plan::{Activity, ActivityFinding, ActivityKind, LinkKind, Phase, Plan, register};
use forebygg_domain::timeline::BodyKind;
use forebygg_texts::labels;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, OrgAccess, Params, PlanAccess};
use crate::ui::confirm::{Confirm, Question, ask};
use crate::ui::paths::PlanUrls;
use crate::ui::{Choice, FindingView, FormErrors, Page, finding_view, render_with, timeline_svg, today, type_name};
use forebygg_texts::Tr;

fn choices<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
    selected: &str,
) -> Vec<Choice> {
    crate::ui::choices(all.iter().map(|&x| (value(x).to_owned(), label(x))), selected)
}

fn type_choices(t: Tr, selected: &str) -> Vec<Choice> {
    register()
        .plan_types()
        .iter()
        .map(|p| Choice { value: p.code.clone(), label: p.name(t.lang).to_owned(), selected: p.code == selected })
        .collect()
}

fn phase_choices(t: Tr, selected: &str) -> Vec<Choice> {
    choices(&Phase::ALL, Phase::as_str, |p| labels::phase(t, p), selected)
}

fn kind_choices(t: Tr, selected: &str) -> Vec<Choice> {
    choices(&ActivityKind::ALL, ActivityKind::as_str, |k| labels::activity_kind(t, k), selected)
}

fn body_choices(t: Tr, selected: &str) -> Vec<Choice> {
    choices(&BodyKind::ALL, BodyKind::as_str, |b| labels::body(t, b), selected)
}

/// A plan as a row of the portfolio.
pub struct PlanRow {
    pub id: PlanId,
    pub title: String,
    pub kind: String,
    pub phase: String,
    /// What the phase needs next.
    pub next_step: String,
    pub period: String,
    pub legal_basis: String,
}

fn plan_row(t: Tr, plan: &Plan) -> PlanRow {
    let legal_basis = register()
        .plan_type(&plan.plan_type)
        .map(|pt| pt.references_on(today()).iter().map(|r| labels::citation(t, r)).collect::<Vec<_>>().join(", "))
        .unwrap_or_default();
    PlanRow {
        id: plan.id,
        title: plan.title.clone(),
        kind: type_name(t.lang, &plan.plan_type),
        phase: labels::phase(t, plan.phase),
        next_step: labels::next_step(t, plan.phase),
        period: plan.period.map(|p| p.to_string()).unwrap_or_default(),
        legal_basis,
    }
}

/// The plan form ready for a template.
pub struct PlanFormView {
    pub title: String,
    pub period_from: String,
    pub period_to: String,
    pub under_pbl: bool,
    pub types: Vec<Choice>,
    pub phases: Vec<Choice>,
    pub presets: Vec<Choice>,
    pub errors: FormErrors,
}

fn plan_form_view(t: Tr, input: &PlanForm, errors: FormErrors) -> PlanFormView {
    let phase = if input.phase.is_empty() { "start" } else { input.phase.as_str() };
    PlanFormView {
        title: input.title.clone(),
        period_from: input.period_from.clone(),
        period_to: input.period_to.clone(),
        under_pbl: input.under_pbl,
        types: type_choices(t, &input.plan_type),
        phases: phase_choices(t, phase),
        presets: choices(&Preset::ALL, Preset::as_str, |p| labels::preset(t, p), &input.preset),
        errors,
    }
}

#[derive(Template)]
#[template(path = "plans.html")]
struct PortfolioPage {
    page: Page,
    org_code: String,
    org_name: String,
    rows: Vec<PlanRow>,
    /// The part of each plan its title links to (see `first_readable`).
    opens: Option<&'static str>,
    can_edit: bool,
    form: PlanFormView,
    filter_types: Vec<Choice>,
    no_errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct PortfolioQuery {
    #[serde(default, rename = "type")]
    plan_type: String,
}

pub async fn portfolio(at: OrgAccess, Params(q): Params<PortfolioQuery>) -> Result<Response, PageError> {
    portfolio_page(&at.state, &at, &q.plan_type, &PlanForm::default(), FormErrors::default(), StatusCode::OK).await
}

/// Where a plan's link leads: its page for those who may read the programme (members,
/// and advisers of a municipality that shares it); for an adviser otherwise, the first
/// part the municipality shares (measures, then the document); none when it shares
/// nothing beyond the status shown in the list.
fn first_readable(at: &OrgAccess) -> Option<&'static str> {
    use forebygg_domain::county::Part;
    let may =
        |part| forebygg_app::access::authorize(&at.actor, &at.org, forebygg_domain::Action::ReadShared(part)).is_ok();
    [(Part::Programme, ""), (Part::Measures, "/measures"), (Part::Document, "/document")]
        .into_iter()
        .find(|(part, _)| may(*part))
        .map(|(_, path)| path)
}

async fn portfolio_page(
    state: &AppState,
    at: &OrgAccess,
    filter: &str,
    input: &PlanForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let t = at.ctx.tr();
    let plans = plans::list(state.store(), &at.actor, &at.org).await?;
    let can_edit = forebygg_app::access::authorize(&at.actor, &at.org, forebygg_domain::Action::EditPlans).is_ok();
    Ok(render_with(
        status,
        &PortfolioPage {
            page: Page::titled(&at.ctx, t.with("plans-title", "org", &at.org.name)),
            org_code: at.org.code.to_string(),
            org_name: at.org.name.clone(),
            rows: plans.iter().filter(|p| filter.is_empty() || p.plan_type == filter).map(|p| plan_row(t, p)).collect(),
            opens: first_readable(at),
            can_edit,
            form: plan_form_view(t, input, errors),
            filter_types: type_choices(t, filter),
            no_errors: FormErrors::default(),
        },
    ))
}

pub async fn create(at: OrgAccess, Form(input): Form<PlanForm>) -> Result<Response, PageError> {
    match plans::create(at.store(), &at.actor, &at.org, &input).await {
        Ok(plan) => Ok(Redirect::to(&PlanUrls::new(at.org.code.as_str(), plan.id).page()).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            portfolio_page(&at.state, &at, "", &input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

/// An activity as a row of the plan page.
pub struct ActivityRow {
    pub id: ActivityId,
    pub dates: String,
    pub kind: String,
    pub title: String,
    pub body: String,
    pub responsible: String,
    pub done: bool,
    pub findings: Vec<FindingView>,
}

fn activity_row(t: Tr, a: &Activity, findings: &[ActivityFinding]) -> ActivityRow {
    let f = &a.fields;
    ActivityRow {
        id: a.id,
        dates: match f.end {
            Some(end) if end != f.start => format!("{}–{}", f.start, end),
            _ => f.start.to_string(),
        },
        kind: labels::activity_kind(t, f.kind),
        title: f.title.clone(),
        body: f.body.map(|b| labels::body(t, b)).unwrap_or_default(),
        responsible: f.responsible.clone(),
        done: f.done,
        findings: findings.iter().map(|x| finding_view(t, x)).collect(),
    }
}

/// The activity form ready for a template.
pub struct ActivityFormView {
    pub title: String,
    pub start: String,
    pub end: String,
    pub responsible: String,
    pub done: bool,
    pub justification: String,
    pub kinds: Vec<Choice>,
    pub bodies: Vec<Choice>,
    pub errors: FormErrors,
}

fn activity_form_view(t: Tr, input: &ActivityForm, errors: FormErrors) -> ActivityFormView {
    ActivityFormView {
        title: input.title.clone(),
        start: input.start.clone(),
        end: input.end.clone(),
        responsible: input.responsible.clone(),
        done: input.done,
        justification: input.justification.clone(),
        kinds: kind_choices(t, &input.kind),
        bodies: body_choices(t, &input.body),
        errors,
    }
}

pub struct LinkRow {
    pub id: PlanId,
    pub title: String,
    pub kind: String,
}

#[derive(Template)]
#[template(path = "plan.html")]
struct PlanPage {
    page: Page,
    /// The plan is or was on hearing, so its public page exists.
    public_page: bool,
    org_code: String,
    org_name: String,
    plan: PlanRow,
    under_pbl: bool,
    can_edit: bool,
    links: Vec<LinkRow>,
    link_targets: Vec<Choice>,
    link_kinds: Vec<Choice>,
    activities: Vec<ActivityRow>,
    timeline: String,
    pform: PlanFormView,
    /// The new-activity form (named `form` for the shared activity fields).
    form: ActivityFormView,
    no_errors: FormErrors,
    /// The plan check's score and number of findings, linking to its report.
    check_summary: String,
}

/// What the plan page's two forms show when one of them was refused.
#[derive(Default)]
struct Refused {
    plan: Option<(PlanForm, FormErrors)>,
    activity: Option<(ActivityForm, FormErrors)>,
}

async fn plan_page(
    state: &AppState,
    at: &PlanAccess,
    refused: Refused,
    status: StatusCode,
) -> Result<Response, PageError> {
    let view: PlanView = plans::view(state.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    // The plan check is the municipality's own (its findings name inputs): a county's
    // adviser reading a shared programme does not get it.
    let check_summary = match forebygg_app::check::run(state.store(), &at.actor, &at.org, at.id()).await {
        Ok(run) => forebygg_texts::translate(
            t.lang,
            "plan-check-summary",
            &[("percent", &run.report.total.percent().to_string()), ("count", &run.report.findings.len().to_string())],
        ),
        Err(forebygg_app::AppError::Forbidden) => String::new(),
        Err(e) => return Err(e.into()),
    };
    let (plan_input, plan_errors) = refused.plan.unwrap_or_else(|| (PlanForm::of(&view.plan), FormErrors::default()));
    let (activity_input, activity_errors) = refused.activity.unwrap_or_default();
    Ok(render_with(
        status,
        &PlanPage {
            public_page: view.public_page,
            page: Page::titled(&at.ctx, view.plan.title.clone()),
            org_code: at.org.code.to_string(),
            org_name: at.org.name.clone(),
            plan: plan_row(t, &view.plan),
            under_pbl: view.plan.under_pbl,
            can_edit: view.can_edit,
            links: view
                .links
                .iter()
                .map(|(kind, p)| LinkRow { id: p.id, title: p.title.clone(), kind: labels::link_kind(t, *kind) })
                .collect(),
            link_targets: view
                .others
                .iter()
                .map(|p| Choice { value: p.id.to_string(), label: p.title.clone(), selected: false })
                .collect(),
            link_kinds: choices(&LinkKind::ALL, LinkKind::as_str, |k| labels::link_kind(t, k), ""),
            timeline: timeline_svg(t, &view.plan, &view.activities),
            activities: view.activities.iter().map(|(a, f)| activity_row(t, a, f)).collect(),
            pform: plan_form_view(t, &plan_input, plan_errors),
            form: activity_form_view(t, &activity_input, activity_errors),
            no_errors: FormErrors::default(),
            check_summary,
        },
    ))
}

fn urls(at: &PlanAccess) -> PlanUrls<'_> {
    PlanUrls::new(at.org.code.as_str(), at.id())
}

pub async fn show(at: PlanAccess) -> Result<Response, PageError> {
    plan_page(&at.state, &at, Refused::default(), StatusCode::OK).await
}

pub async fn update(at: PlanAccess, Form(input): Form<PlanForm>) -> Result<Response, PageError> {
    match plans::update(at.store(), &at.actor, &at.org, at.id(), &input).await {
        Ok(()) => Ok(Redirect::to(&urls(&at).page()).into_response()),
        Err(AppError::Invalid(errors)) => {
            let mut errors = FormErrors::new(at.ctx.tr(), &errors);
            // On the plan page the title field is called plan_title.
            for (field, _) in &mut errors.items {
                if field == "title" {
                    *field = "plan_title".into();
                }
            }
            let refused = Refused { plan: Some((input, errors)), activity: None };
            plan_page(&at.state, &at, refused, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct LinkInput {
    #[serde(default)]
    to: Option<PlanId>,
    #[serde(default)]
    link_kind: String,
}

pub async fn link(at: PlanAccess, Form(input): Form<LinkInput>) -> Result<Redirect, PageError> {
    let to = input.to.ok_or(PageError::NotFound)?;
    plans::link(at.store(), &at.actor, &at.org, at.id(), to, &input.link_kind).await?;
    Ok(Redirect::to(&urls(&at).at("#links")))
}

/// The other end of a link, from the address.
#[derive(Deserialize)]
pub struct LinkPath {
    to: PlanId,
}

/// The plan, for someone who may change it (else 403 before any question is asked).
async fn editable_view(at: &PlanAccess) -> Result<PlanView, PageError> {
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    if !view.can_edit {
        return Err(AppError::Forbidden.into());
    }
    Ok(view)
}

pub async fn unlink(
    at: PlanAccess,
    Address(LinkPath { to }): Address<LinkPath>,
    Form(confirm): Form<Confirm>,
) -> Result<Response, PageError> {
    if !confirm.is_confirmed() {
        let view = editable_view(&at).await?;
        let (_, linked) = view.links.iter().find(|(_, p)| p.id == to).ok_or(PageError::NotFound)?;
        let question = Question {
            key: "confirm-unlink",
            name: linked.title.clone(),
            consequence: "",
            action: urls(&at).at(&format!("links/{to}/remove")),
            fields: Vec::new(),
            back: urls(&at).at("#links"),
            yes: "confirm-yes",
        };
        return Ok(ask(&at.ctx, question));
    }
    plans::unlink(at.store(), &at.actor, &at.org, at.id(), to).await?;
    Ok(Redirect::to(&urls(&at).at("#links")).into_response())
}

pub async fn add_activity(at: PlanAccess, Form(input): Form<ActivityForm>) -> Result<Response, PageError> {
    match plans::add_activity(at.store(), &at.actor, &at.org, at.id(), &input).await {
        Ok(_) => Ok(Redirect::to(&urls(&at).at("#activities")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let refused = Refused { plan: None, activity: Some((input, FormErrors::new(at.ctx.tr(), &errors))) };
            plan_page(&at.state, &at, refused, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "activity.html")]
struct ActivityPage {
    page: Page,
    org_code: String,
    plan_id: PlanId,
    plan_title: String,
    activity_id: ActivityId,
    form: ActivityFormView,
    findings: Vec<FindingView>,
}

/// An activity of the plan, from the address.
#[derive(Deserialize)]
pub struct ActivityPath {
    aid: ActivityId,
}

async fn activity_page(
    state: &AppState,
    at: &PlanAccess,
    id: ActivityId,
    refused: Option<(ActivityForm, FormErrors)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let view = plans::view(state.store(), &at.actor, &at.org, at.id()).await?;
    if !view.can_edit {
        return Err(AppError::Forbidden.into());
    }
    let Some((activity, findings)) = view.activities.iter().find(|(a, _)| a.id == id) else {
        return Err(AppError::NotFound(format!("activity {id}")).into());
    };
    let t = at.ctx.tr();
    let (input, errors) = refused.unwrap_or_else(|| (ActivityForm::of(activity), FormErrors::default()));
    Ok(render_with(
        status,
        &ActivityPage {
            page: Page::titled(&at.ctx, activity.fields.title.clone()),
            org_code: at.org.code.to_string(),
            plan_id: at.id(),
            plan_title: view.plan.title.clone(),
            activity_id: id,
            form: activity_form_view(t, &input, errors),
            findings: findings.iter().map(|f| finding_view(t, f)).collect(),
        },
    ))
}

pub async fn edit_activity(
    at: PlanAccess,
    Address(ActivityPath { aid }): Address<ActivityPath>,
) -> Result<Response, PageError> {
    activity_page(&at.state, &at, aid, None, StatusCode::OK).await
}

pub async fn update_activity(
    at: PlanAccess,
    Address(ActivityPath { aid }): Address<ActivityPath>,
    Form(input): Form<ActivityForm>,
) -> Result<Response, PageError> {
    match plans::update_activity(at.store(), &at.actor, &at.org, at.id(), aid, &input).await {
        Ok(()) => Ok(Redirect::to(&urls(&at).at("#activities")).into_response()),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(at.ctx.tr(), &errors);
            activity_page(&at.state, &at, aid, Some((input, errors)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_activity(
    at: PlanAccess,
    Address(ActivityPath { aid }): Address<ActivityPath>,
    Form(confirm): Form<Confirm>,
) -> Result<Response, PageError> {
    if !confirm.is_confirmed() {
        let view = editable_view(&at).await?;
        let (activity, _) = view.activities.iter().find(|(a, _)| a.id == aid).ok_or(PageError::NotFound)?;
        let question = Question {
            key: "confirm-remove-activity",
            name: activity.fields.title.clone(),
            consequence: "confirm-cannot-undo",
            action: urls(&at).at(&format!("activities/{aid}/remove")),
            fields: Vec::new(),
            back: urls(&at).at("#activities"),
            yes: "confirm-yes",
        };
        return Ok(ask(&at.ctx, question));
    }
    plans::remove_activity(at.store(), &at.actor, &at.org, at.id(), aid).await?;
    Ok(Redirect::to(&urls(&at).at("#activities")).into_response())
}
