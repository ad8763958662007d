//! The plan portfolio of an organisation, one plan's page (facts, links, activities
//! with what the law says about them, the timeline), and the forms that change them.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::plans::{self, ActivityForm, PlanForm, PlanView};
use forebygg_app::{AppError, now};
use forebygg_domain::plan::presets::Preset;
use forebygg_domain::plan::{Activity, ActivityFinding, ActivityKind, LinkKind, Phase, Plan, register};
use forebygg_domain::timeline::hearing::HearingFinding;
use forebygg_domain::timeline::holidays::HolidayKind;
use forebygg_domain::timeline::{BodyKind, NorDate};
use forebygg_domain::{Lang, Organisation};
use serde::Deserialize;

use crate::errors::{FormErrors, app_error};
use crate::i18n::{Tr, translate};
use crate::pages::organisations::Choice;
use crate::pages::timeline::timeline_svg;
use crate::pages::{Page, render_with, signed_in_at};
use crate::{AppState, Ctx};

/// Today's date in Norway, for "in force today".
/// Today in Norway.
pub fn today() -> NorDate {
    forebygg_domain::timeline::dates::oslo_date(now())
}

fn choices<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> String,
    selected: &str,
) -> Vec<Choice> {
    all.iter()
        .map(|&x| Choice { value: value(x).to_owned(), label: label(x), selected: value(x) == selected })
        .collect()
}

pub fn type_name(lang: Lang, code: &str) -> String {
    register().plan_type(code).map(|t| t.name(lang).to_owned()).unwrap_or_else(|| code.to_owned())
}

fn type_choices(t: Tr, selected: &str) -> Vec<Choice> {
    register()
        .plan_types()
        .iter()
        .map(|p| Choice { value: p.code.clone(), label: p.name(t.lang).to_owned(), selected: p.code == selected })
        .collect()
}

pub fn phase_choices(t: Tr, selected: &str) -> Vec<Choice> {
    choices(&Phase::ALL, Phase::as_str, |p| t.get(&format!("phase-{}", p.as_str())), selected)
}

pub fn kind_choices(t: Tr, selected: &str) -> Vec<Choice> {
    choices(&ActivityKind::ALL, ActivityKind::as_str, |k| t.get(&format!("activity-{}", k.as_str())), selected)
}

pub fn body_choices(t: Tr, selected: &str) -> Vec<Choice> {
    choices(&BodyKind::ALL, BodyKind::as_str, |b| t.get(&format!("body-{}", b.as_str())), selected)
}

/// A plan as a row of the portfolio.
pub struct PlanRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub phase: String,
    pub period: String,
    pub legal_basis: String,
}

fn plan_row(t: Tr, plan: &Plan) -> PlanRow {
    let legal_basis = register()
        .plan_type(&plan.plan_type)
        .map(|pt| pt.references_on(today()).iter().map(|r| r.citation()).collect::<Vec<_>>().join(", "))
        .unwrap_or_default();
    PlanRow {
        id: plan.id,
        title: plan.title.clone(),
        kind: type_name(t.lang, &plan.plan_type),
        phase: t.get(&format!("phase-{}", plan.phase.as_str())),
        period: plan.period.map(|p| p.to_string()).unwrap_or_default(),
        legal_basis,
    }
}

/// The plan form's fields as typed, for showing them again.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PlanInput {
    #[serde(default)]
    plan_type: String,
    /// `plan_title` on the plan page, where the activity form has a `title` too.
    #[serde(default, alias = "plan_title")]
    title: String,
    #[serde(default)]
    phase: String,
    #[serde(default)]
    period_from: String,
    #[serde(default)]
    period_to: String,
    #[serde(default)]
    under_pbl: Option<String>,
    #[serde(default)]
    preset: String,
}

impl PlanInput {
    fn of(plan: &Plan) -> Self {
        PlanInput {
            plan_type: plan.plan_type.clone(),
            title: plan.title.clone(),
            phase: plan.phase.as_str().into(),
            period_from: plan.period.map(|p| p.from.to_string()).unwrap_or_default(),
            period_to: plan.period.map(|p| p.to.to_string()).unwrap_or_default(),
            under_pbl: plan.under_pbl.then(|| "on".into()),
            preset: String::new(),
        }
    }

    fn form(&self) -> PlanForm {
        PlanForm {
            plan_type: self.plan_type.clone(),
            title: self.title.clone(),
            phase: self.phase.clone(),
            period_from: self.period_from.clone(),
            period_to: self.period_to.clone(),
            under_pbl: self.under_pbl.is_some(),
            preset: self.preset.clone(),
        }
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

fn plan_form_view(t: Tr, input: &PlanInput, errors: FormErrors) -> PlanFormView {
    let phase = if input.phase.is_empty() { "start" } else { input.phase.as_str() };
    PlanFormView {
        title: input.title.clone(),
        period_from: input.period_from.clone(),
        period_to: input.period_to.clone(),
        under_pbl: input.under_pbl.is_some(),
        types: type_choices(t, &input.plan_type),
        phases: phase_choices(t, phase),
        presets: choices(&Preset::ALL, Preset::as_str, |p| t.get(&format!("preset-{}", p.as_str())), &input.preset),
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

pub async fn portfolio(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Query(q): Query<PortfolioQuery>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    portfolio_page(
        &state,
        &ctx,
        actor,
        &org,
        &q.plan_type,
        &PlanInput::default(),
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn portfolio_page(
    state: &AppState,
    ctx: &Ctx,
    actor: &forebygg_app::Actor,
    org: &Organisation,
    filter: &str,
    input: &PlanInput,
    errors: FormErrors,
    status: StatusCode,
) -> Response {
    let t = ctx.tr();
    let plans = match plans::list(state.store(), actor, org).await {
        Ok(plans) => plans,
        Err(e) => return app_error(ctx, e),
    };
    let can_edit = forebygg_app::access::authorize(actor, org, forebygg_domain::Action::EditPlans).is_ok();
    render_with(
        status,
        &PortfolioPage {
            page: Page::titled(ctx, t.with("plans-title", "org", &org.name)),
            org_code: org.code.to_string(),
            org_name: org.name.clone(),
            rows: plans.iter().filter(|p| filter.is_empty() || p.plan_type == filter).map(|p| plan_row(t, p)).collect(),
            can_edit,
            form: plan_form_view(t, input, errors),
            filter_types: type_choices(t, filter),
            no_errors: FormErrors::default(),
        },
    )
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(input): Form<PlanInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::create(state.store(), actor, &org, &input.form()).await {
        Ok(plan) => Redirect::to(&format!("/organisations/{code}/plans/{}", plan.id)).into_response(),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(ctx.tr(), &errors);
            portfolio_page(&state, &ctx, actor, &org, "", &input, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

/// A finding as the plan page shows it: blocking or a warning, in words.
pub struct FindingView {
    pub blocking: bool,
    pub text: String,
}

pub fn finding_view(t: Tr, f: &ActivityFinding) -> FindingView {
    let text = match f {
        ActivityFinding::Hearing(HearingFinding::ShorterThanSixWeeks { days, earliest_deadline, blocking }) => {
            let base = translate(
                t.lang,
                "finding-short-hearing",
                &[("days", &days.to_string()), ("earliest", &earliest_deadline.to_string())],
            );
            if *blocking { format!("{base} {}", t.get("finding-short-hearing-blocked")) } else { base }
        }
        ActivityFinding::Hearing(HearingFinding::OverHoliday { holiday, days, suggested_deadline }) => translate(
            t.lang,
            "finding-holiday",
            &[
                (
                    "holiday",
                    &t.get(match holiday {
                        HolidayKind::Summer => "holiday-summer",
                        HolidayKind::Christmas => "holiday-christmas",
                    }),
                ),
                ("days", &days.to_string()),
                ("suggested", &suggested_deadline.to_string()),
            ],
        ),
        ActivityFinding::Hearing(HearingFinding::DeadlineNotAfterStart) | ActivityFinding::EndBeforeStart => {
            t.get("invalid-end-before-start")
        }
        ActivityFinding::HearingWithoutDeadline => t.get("invalid-hearing-without-deadline"),
        ActivityFinding::DecisionWithoutBody => t.get("finding-no-body"),
        ActivityFinding::NotAdoptedByCouncil(body) => {
            t.with("finding-not-council", "body", &t.get(&format!("body-{}", body.as_str())))
        }
    };
    FindingView { blocking: f.is_blocking(), text }
}

/// An activity as a row of the plan page.
pub struct ActivityRow {
    pub id: i64,
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
        kind: t.get(&format!("activity-{}", f.kind.as_str())),
        title: f.title.clone(),
        body: f.body.map(|b| t.get(&format!("body-{}", b.as_str()))).unwrap_or_default(),
        responsible: f.responsible.clone(),
        done: f.done,
        findings: findings.iter().map(|x| finding_view(t, x)).collect(),
    }
}

/// The activity form's fields as typed.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ActivityInput {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    start: String,
    #[serde(default)]
    end: String,
    #[serde(default)]
    responsible: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    justification: String,
}

impl ActivityInput {
    fn of(a: &Activity) -> Self {
        let f = &a.fields;
        ActivityInput {
            kind: f.kind.as_str().into(),
            title: f.title.clone(),
            start: f.start.to_string(),
            end: f.end.map(|d| d.to_string()).unwrap_or_default(),
            responsible: f.responsible.clone(),
            body: f.body.map(|b| b.as_str().to_owned()).unwrap_or_default(),
            done: f.done.then(|| "on".into()),
            justification: f.justification.clone(),
        }
    }

    fn form(&self) -> ActivityForm {
        ActivityForm {
            kind: self.kind.clone(),
            title: self.title.clone(),
            start: self.start.clone(),
            end: self.end.clone(),
            responsible: self.responsible.clone(),
            body: self.body.clone(),
            done: self.done.is_some(),
            justification: self.justification.clone(),
        }
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

fn activity_form_view(t: Tr, input: &ActivityInput, errors: FormErrors) -> ActivityFormView {
    ActivityFormView {
        title: input.title.clone(),
        start: input.start.clone(),
        end: input.end.clone(),
        responsible: input.responsible.clone(),
        done: input.done.is_some(),
        justification: input.justification.clone(),
        kinds: kind_choices(t, &input.kind),
        bodies: body_choices(t, &input.body),
        errors,
    }
}

pub struct LinkRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
}

#[derive(Template)]
#[template(path = "plan.html")]
struct PlanPage {
    page: Page,
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
}

/// What the plan page's two forms show when one of them was refused.
#[derive(Default)]
struct Refused {
    plan: Option<(PlanInput, FormErrors)>,
    activity: Option<(ActivityInput, FormErrors)>,
}

async fn plan_page(state: &AppState, ctx: &Ctx, code: &str, id: i64, refused: Refused, status: StatusCode) -> Response {
    let (actor, org) = match signed_in_at(state, ctx, code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let view: PlanView = match plans::view(state.store(), actor, &org, id).await {
        Ok(view) => view,
        Err(e) => return app_error(ctx, e),
    };
    let t = ctx.tr();
    let (plan_input, plan_errors) = refused.plan.unwrap_or_else(|| (PlanInput::of(&view.plan), FormErrors::default()));
    let (activity_input, activity_errors) = refused.activity.unwrap_or_default();
    render_with(
        status,
        &PlanPage {
            page: Page::titled(ctx, view.plan.title.clone()),
            org_code: org.code.to_string(),
            org_name: org.name.clone(),
            plan: plan_row(t, &view.plan),
            under_pbl: view.plan.under_pbl,
            can_edit: view.can_edit,
            links: view
                .links
                .iter()
                .map(|(kind, p)| LinkRow {
                    id: p.id,
                    title: p.title.clone(),
                    kind: t.get(&format!("link-{}", kind.as_str())),
                })
                .collect(),
            link_targets: view
                .others
                .iter()
                .map(|p| Choice { value: p.id.to_string(), label: p.title.clone(), selected: false })
                .collect(),
            link_kinds: choices(&LinkKind::ALL, LinkKind::as_str, |k| t.get(&format!("link-{}", k.as_str())), ""),
            timeline: timeline_svg(t, &view.plan, &view.activities),
            activities: view.activities.iter().map(|(a, f)| activity_row(t, a, f)).collect(),
            pform: plan_form_view(t, &plan_input, plan_errors),
            form: activity_form_view(t, &activity_input, activity_errors),
            no_errors: FormErrors::default(),
        },
    )
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    plan_page(&state, &ctx, &code, id, Refused::default(), StatusCode::OK).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<PlanInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::update(state.store(), actor, &org, id, &input.form()).await {
        Ok(()) => Redirect::to(&format!("/organisations/{code}/plans/{id}")).into_response(),
        Err(AppError::Invalid(errors)) => {
            let mut errors = FormErrors::new(ctx.tr(), &errors);
            // On the plan page the title field is called plan_title.
            for (field, _) in &mut errors.items {
                if field == "title" {
                    *field = "plan_title".into();
                }
            }
            let refused = Refused { plan: Some((input, errors)), activity: None };
            plan_page(&state, &ctx, &code, id, refused, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

#[derive(Deserialize, Default)]
pub struct LinkInput {
    #[serde(default)]
    to: i64,
    #[serde(default)]
    link_kind: String,
}

pub async fn link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<LinkInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::link(state.store(), actor, &org, id, input.to, &input.link_kind).await {
        Ok(()) => Redirect::to(&format!("/organisations/{code}/plans/{id}#links")).into_response(),
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn unlink(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, to)): Path<(String, i64, i64)>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::unlink(state.store(), actor, &org, id, to).await {
        Ok(()) => Redirect::to(&format!("/organisations/{code}/plans/{id}#links")).into_response(),
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn add_activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(input): Form<ActivityInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::add_activity(state.store(), actor, &org, id, &input.form()).await {
        Ok(_) => Redirect::to(&format!("/organisations/{code}/plans/{id}#activities")).into_response(),
        Err(AppError::Invalid(errors)) => {
            let refused = Refused { plan: None, activity: Some((input, FormErrors::new(ctx.tr(), &errors))) };
            plan_page(&state, &ctx, &code, id, refused, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => app_error(&ctx, e),
    }
}

#[derive(Template)]
#[template(path = "activity.html")]
struct ActivityPage {
    page: Page,
    org_code: String,
    plan_id: i64,
    plan_title: String,
    activity_id: i64,
    form: ActivityFormView,
    findings: Vec<FindingView>,
}

async fn activity_page(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    (plan_id, id): (i64, i64),
    refused: Option<(ActivityInput, FormErrors)>,
    status: StatusCode,
) -> Response {
    let (actor, org) = match signed_in_at(state, ctx, code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let view = match plans::view(state.store(), actor, &org, plan_id).await {
        Ok(view) if view.can_edit => view,
        Ok(_) => return app_error(ctx, AppError::Forbidden),
        Err(e) => return app_error(ctx, e),
    };
    let Some((activity, findings)) = view.activities.iter().find(|(a, _)| a.id == id) else {
        return app_error(ctx, AppError::NotFound(format!("activity {id}")));
    };
    let t = ctx.tr();
    let (input, errors) = refused.unwrap_or_else(|| (ActivityInput::of(activity), FormErrors::default()));
    render_with(
        status,
        &ActivityPage {
            page: Page::titled(ctx, activity.fields.title.clone()),
            org_code: org.code.to_string(),
            plan_id,
            plan_title: view.plan.title.clone(),
            activity_id: id,
            form: activity_form_view(t, &input, errors),
            findings: findings.iter().map(|f| finding_view(t, f)).collect(),
        },
    )
}

pub async fn edit_activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, plan, id)): Path<(String, i64, i64)>,
) -> Response {
    activity_page(&state, &ctx, &code, (plan, id), None, StatusCode::OK).await
}

pub async fn update_activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, plan, id)): Path<(String, i64, i64)>,
    Form(input): Form<ActivityInput>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::update_activity(state.store(), actor, &org, plan, id, &input.form()).await {
        Ok(()) => Redirect::to(&format!("/organisations/{code}/plans/{plan}#activities")).into_response(),
        Err(AppError::Invalid(errors)) => {
            let errors = FormErrors::new(ctx.tr(), &errors);
            activity_page(&state, &ctx, &code, (plan, id), Some((input, errors)), StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
        Err(e) => app_error(&ctx, e),
    }
}

pub async fn remove_activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, plan, id)): Path<(String, i64, i64)>,
) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::remove_activity(state.store(), actor, &org, plan, id).await {
        Ok(()) => Redirect::to(&format!("/organisations/{code}/plans/{plan}#activities")).into_response(),
        Err(e) => app_error(&ctx, e),
    }
}
