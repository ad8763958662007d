//! `/api/v1/organisations/{code}/plans…`: the plan portfolio, one plan, its programme
//! and its activities.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use forebygg_app::{AppError, FieldErrors, plans};
use forebygg_domain::ids::ActivityId;
use serde::Deserialize;

use crate::api::dto::{
    ActivityDto, ActivityInputDto, AreaScoreDto, CheckFindingDto, CheckItemDto, CheckReportDto, ErrorDto, LinkDto,
    PlanDetailDto, PlanDto, PlanInputDto, ProgrammeDto, ThemeCoverageDto, VersionScoreDto,
};
use crate::errors::PageError;
use crate::extract::{Address, JsonBody, OrgAccess, PlanAccess};
use crate::ui::check::finding_view;
use crate::ui::paths::PlanUrls;

/// The organisation's plans, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number, e.g. 3425")),
    responses(
        (status = 200, description = "The plans", body = Vec<PlanDto>),
        (status = 401, description = "Not signed in", body = ErrorDto, content_type = "application/problem+json"),
        (status = 403, description = "No role in the organisation", body = ErrorDto, content_type = "application/problem+json"),
        (status = 404, description = "No such organisation", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn list(at: OrgAccess) -> Result<Json<Vec<PlanDto>>, PageError> {
    let list = plans::list(at.store(), &at.actor, &at.org).await?;
    Ok(Json(list.iter().map(PlanDto::from).collect()))
}

/// Starts a plan, its programme from a preset.
#[utoipa::path(
    post,
    path = "/api/v1/organisations/{code}/plans",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number")),
    request_body = PlanInputDto,
    responses(
        (status = 201, description = "Created", body = PlanDto),
        (status = 400, description = "Not JSON of this shape", body = ErrorDto, content_type = "application/problem+json"),
        (status = 403, description = "May not edit plans", body = ErrorDto, content_type = "application/problem+json"),
        (status = 422, description = "Refused input, with a message per field", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn create(at: OrgAccess, JsonBody(input): JsonBody<PlanInputDto>) -> Result<Response, PageError> {
    let plan = plans::create(at.store(), &at.actor, &at.org, &input.form()).await?;
    Ok((StatusCode::CREATED, Json(PlanDto::from(&plan))).into_response())
}

/// One plan with its links and its activities (each with what the rules say).
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans/{id}",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    responses(
        (status = 200, description = "The plan", body = PlanDetailDto),
        (status = 404, description = "No such plan in this organisation", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn show(at: PlanAccess) -> Result<Json<PlanDetailDto>, PageError> {
    let t = at.ctx.tr();
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    Ok(Json(PlanDetailDto {
        plan: PlanDto::from(&view.plan),
        links: view
            .links
            .iter()
            .map(|(k, p)| LinkDto { kind: k.as_str().to_owned(), plan_id: p.id.get(), title: p.title.clone() })
            .collect(),
        activities: view.activities.iter().map(|(a, f)| ActivityDto::of(t, a, f)).collect(),
    }))
}

/// Changes a plan's type, title, phase, period or legal frame.
#[utoipa::path(
    put,
    path = "/api/v1/organisations/{code}/plans/{id}",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    request_body = PlanInputDto,
    responses(
        (status = 204, description = "Changed"),
        (status = 404, description = "No such plan in this organisation", body = ErrorDto, content_type = "application/problem+json"),
        (status = 422, description = "Refused input", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn update(at: PlanAccess, JsonBody(input): JsonBody<PlanInputDto>) -> Result<StatusCode, PageError> {
    plans::update(at.store(), &at.actor, &at.org, at.id(), &input.form()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The planning programme.
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans/{id}/programme",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    responses((status = 200, description = "The programme", body = ProgrammeDto), (status = 404, description = "No such plan", body = ErrorDto, content_type = "application/problem+json"))
)]
pub async fn programme(at: PlanAccess) -> Result<Json<ProgrammeDto>, PageError> {
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    Ok(Json(ProgrammeDto::from(&view.programme)))
}

/// Replaces the planning programme as a whole.
#[utoipa::path(
    put,
    path = "/api/v1/organisations/{code}/plans/{id}/programme",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    request_body = ProgrammeDto,
    responses(
        (status = 204, description = "Replaced"),
        (status = 404, description = "No such plan", body = ErrorDto, content_type = "application/problem+json"),
        (status = 422, description = "A group kind is not known", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn replace_programme(
    at: PlanAccess,
    JsonBody(input): JsonBody<ProgrammeDto>,
) -> Result<StatusCode, PageError> {
    let programme = input.into_programme().map_err(|(field, e)| {
        let mut errors = FieldErrors::default();
        errors.add(field, e);
        AppError::Invalid(errors)
    })?;
    plans::replace_programme(at.store(), &at.actor, &at.org, at.id(), &programme).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The plan's activities by date.
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans/{id}/activities",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    responses((status = 200, description = "The activities", body = Vec<ActivityDto>), (status = 404, description = "No such plan", body = ErrorDto, content_type = "application/problem+json"))
)]
pub async fn activities(at: PlanAccess) -> Result<Json<Vec<ActivityDto>>, PageError> {
    let t = at.ctx.tr();
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    Ok(Json(view.activities.iter().map(|(a, f)| ActivityDto::of(t, a, f)).collect()))
}

/// Adds an activity. A hearing shorter than six weeks in a plan under plan- og
/// bygningsloven is refused (422) unless a justification is given.
#[utoipa::path(
    post,
    path = "/api/v1/organisations/{code}/plans/{id}/activities",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    request_body = ActivityInputDto,
    responses(
        (status = 201, description = "Created", body = ActivityDto),
        (status = 404, description = "No such plan", body = ErrorDto, content_type = "application/problem+json"),
        (status = 422, description = "Refused input or blocked by the hearing rule", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn add_activity(at: PlanAccess, JsonBody(input): JsonBody<ActivityInputDto>) -> Result<Response, PageError> {
    let activity = plans::add_activity(at.store(), &at.actor, &at.org, at.id(), &input.form()).await?;
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    let findings = view.activities.into_iter().find(|(a, _)| a.id == activity.id).map(|(_, f)| f);
    let dto = ActivityDto::of(at.ctx.tr(), &activity, &findings.unwrap_or_default());
    Ok((StatusCode::CREATED, Json(dto)).into_response())
}

/// An activity of the plan, from the address.
#[derive(Deserialize)]
pub struct ActivityPath {
    aid: ActivityId,
}

/// Changes an activity.
#[utoipa::path(
    put,
    path = "/api/v1/organisations/{code}/plans/{id}/activities/{aid}",
    tag = "plans",
    params(
        ("code" = String, Path, description = "Municipality number"),
        ("id" = i64, Path, description = "Plan id"),
        ("aid" = i64, Path, description = "Activity id"),
    ),
    request_body = ActivityInputDto,
    responses(
        (status = 204, description = "Changed"),
        (status = 404, description = "No such activity", body = ErrorDto, content_type = "application/problem+json"),
        (status = 422, description = "Refused input", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn update_activity(
    at: PlanAccess,
    Address(ActivityPath { aid }): Address<ActivityPath>,
    JsonBody(input): JsonBody<ActivityInputDto>,
) -> Result<StatusCode, PageError> {
    plans::update_activity(at.store(), &at.actor, &at.org, at.id(), aid, &input.form()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes an activity.
#[utoipa::path(
    delete,
    path = "/api/v1/organisations/{code}/plans/{id}/activities/{aid}",
    tag = "plans",
    params(
        ("code" = String, Path, description = "Municipality number"),
        ("id" = i64, Path, description = "Plan id"),
        ("aid" = i64, Path, description = "Activity id"),
    ),
    responses((status = 204, description = "Removed"), (status = 404, description = "No such activity", body = ErrorDto, content_type = "application/problem+json"))
)]
pub async fn remove_activity(
    at: PlanAccess,
    Address(ActivityPath { aid }): Address<ActivityPath>,
) -> Result<StatusCode, PageError> {
    plans::remove_activity(at.store(), &at.actor, &at.org, at.id(), aid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans/{id}/check",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    responses(
        (status = 200, description = "The plan check's report", body = CheckReportDto),
        (status = 403, description = "No role in the organisation", body = ErrorDto, content_type = "application/problem+json"),
        (status = 404, description = "No such plan", body = ErrorDto, content_type = "application/problem+json"),
    )
)]
pub async fn check(at: PlanAccess) -> Result<Json<CheckReportDto>, PageError> {
    let report = forebygg_app::check::run(at.store(), &at.actor, &at.org, at.id()).await?.report;
    let history = forebygg_app::check::history(at.store(), &at.actor, &at.org, at.id()).await?;
    let t = at.ctx.tr();
    let area_scores = |areas: &[(forebygg_domain::check::Area, forebygg_domain::check::Score)]| {
        areas
            .iter()
            .map(|(area, s)| AreaScoreDto {
                area: area.as_str().to_owned(),
                score: s.percent(),
                passed_weight: s.passed,
                applicable_weight: s.applicable,
            })
            .collect::<Vec<_>>()
    };
    let urls = PlanUrls::new(at.org.code.as_str(), at.id());
    Ok(Json(CheckReportDto {
        score: report.total.percent(),
        areas: area_scores(&report.areas),
        findings: report
            .findings
            .iter()
            .map(|f| {
                let view = finding_view(t, urls, f);
                CheckFindingDto {
                    rule: f.rule.to_owned(),
                    area: f.area.as_str().to_owned(),
                    severity: f.severity.as_str().to_owned(),
                    basis: view.basis,
                    message: view.text,
                    items: view
                        .items
                        .into_iter()
                        .map(|i| CheckItemDto { label: i.label, detail: i.detail, href: i.href })
                        .collect(),
                }
            })
            .collect(),
        themes: report
            .theme_coverage
            .iter()
            .map(|c| ThemeCoverageDto {
                theme: c.theme.as_str().to_owned(),
                by_this_plan: c.by_this_plan,
                by_linked: c.by_linked.clone(),
            })
            .collect(),
        versions: history
            .iter()
            .map(|(v, card)| VersionScoreDto {
                kind: v.kind.code().to_owned(),
                date: v.date.to_string(),
                score: card.total.percent(),
                areas: area_scores(&card.areas),
                failing: card.failing.clone(),
            })
            .collect(),
    }))
}
