//! `/api/v1/organisations/{code}/plans…`: the plan portfolio, one plan, its programme
//! and its activities.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use forebygg_app::plans;

use crate::api::dto::{
    ActivityDto, ActivityInputDto, ErrorDto, LinkDto, PlanDetailDto, PlanDto, PlanInputDto, ProgrammeDto,
};
use crate::api::{actor_at, error};
use crate::{AppState, Ctx};

/// A body that is not the JSON the endpoint takes: 400 with the parser's words.
fn bad_json(rejection: JsonRejection) -> Response {
    let mut fields = std::collections::BTreeMap::new();
    fields.insert("body".to_owned(), rejection.body_text());
    (StatusCode::BAD_REQUEST, Json(ErrorDto { error: "bad_request".into(), fields })).into_response()
}

/// The parsed JSON body, or the 400 response for a body that is not.
macro_rules! json_body {
    ($input:expr) => {
        match $input {
            Ok(Json(input)) => input,
            Err(rejection) => return bad_json(rejection),
        }
    };
}

macro_rules! actor_org {
    ($state:expr, $ctx:expr, $code:expr) => {
        match actor_at(&$state, &$ctx, &$code).await {
            Ok(found) => found,
            Err(response) => return response,
        }
    };
}

/// The organisation's plans, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number, e.g. 3425")),
    responses(
        (status = 200, description = "The plans", body = Vec<PlanDto>),
        (status = 401, description = "Not signed in", body = ErrorDto),
        (status = 403, description = "No role in the organisation", body = ErrorDto),
        (status = 404, description = "No such organisation", body = ErrorDto),
    )
)]
pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    match plans::list(state.store(), actor, &org).await {
        Ok(list) => Json(list.iter().map(PlanDto::from).collect::<Vec<_>>()).into_response(),
        Err(e) => error(&ctx, e),
    }
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
        (status = 400, description = "Not JSON of this shape", body = ErrorDto),
        (status = 403, description = "May not edit plans", body = ErrorDto),
        (status = 422, description = "Refused input, with a message per field", body = ErrorDto),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    input: Result<Json<PlanInputDto>, JsonRejection>,
) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    let input = json_body!(input);
    match plans::create(state.store(), actor, &org, &input.form()).await {
        Ok(plan) => (StatusCode::CREATED, Json(PlanDto::from(&plan))).into_response(),
        Err(e) => error(&ctx, e),
    }
}

/// One plan with its links and its activities (each with what the rules say).
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans/{id}",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    responses(
        (status = 200, description = "The plan", body = PlanDetailDto),
        (status = 404, description = "No such plan in this organisation", body = ErrorDto),
    )
)]
pub async fn show(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    let t = ctx.tr();
    match plans::view(state.store(), actor, &org, id).await {
        Ok(view) => Json(PlanDetailDto {
            plan: PlanDto::from(&view.plan),
            links: view
                .links
                .iter()
                .map(|(k, p)| LinkDto { kind: k.as_str().to_owned(), plan_id: p.id, title: p.title.clone() })
                .collect(),
            activities: view.activities.iter().map(|(a, f)| ActivityDto::of(t, a, f)).collect(),
        })
        .into_response(),
        Err(e) => error(&ctx, e),
    }
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
        (status = 404, description = "No such plan in this organisation", body = ErrorDto),
        (status = 422, description = "Refused input", body = ErrorDto),
    )
)]
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    input: Result<Json<PlanInputDto>, JsonRejection>,
) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    let input = json_body!(input);
    match plans::update(state.store(), actor, &org, id, &input.form()).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error(&ctx, e),
    }
}

/// The planning programme.
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans/{id}/programme",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    responses((status = 200, description = "The programme", body = ProgrammeDto), (status = 404, description = "No such plan", body = ErrorDto))
)]
pub async fn programme(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    match plans::view(state.store(), actor, &org, id).await {
        Ok(view) => Json(ProgrammeDto::from(&view.programme)).into_response(),
        Err(e) => error(&ctx, e),
    }
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
        (status = 404, description = "No such plan", body = ErrorDto),
        (status = 422, description = "A group kind is not known", body = ErrorDto),
    )
)]
pub async fn replace_programme(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    input: Result<Json<ProgrammeDto>, JsonRejection>,
) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    let input = json_body!(input);
    let programme = match input.into_programme() {
        Ok(p) => p,
        Err(kind) => {
            let mut fields = std::collections::BTreeMap::new();
            fields.insert("groups".to_owned(), ctx.tr().with("invalid-group-kind", "value", &kind));
            return (StatusCode::UNPROCESSABLE_ENTITY, Json(ErrorDto { error: "invalid".into(), fields }))
                .into_response();
        }
    };
    match plans::replace_programme(state.store(), actor, &org, id, &programme).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error(&ctx, e),
    }
}

/// The plan's activities by date.
#[utoipa::path(
    get,
    path = "/api/v1/organisations/{code}/plans/{id}/activities",
    tag = "plans",
    params(("code" = String, Path, description = "Municipality number"), ("id" = i64, Path, description = "Plan id")),
    responses((status = 200, description = "The activities", body = Vec<ActivityDto>), (status = 404, description = "No such plan", body = ErrorDto))
)]
pub async fn activities(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    let t = ctx.tr();
    match plans::view(state.store(), actor, &org, id).await {
        Ok(view) => {
            Json(view.activities.iter().map(|(a, f)| ActivityDto::of(t, a, f)).collect::<Vec<_>>()).into_response()
        }
        Err(e) => error(&ctx, e),
    }
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
        (status = 404, description = "No such plan", body = ErrorDto),
        (status = 422, description = "Refused input or blocked by the hearing rule", body = ErrorDto),
    )
)]
pub async fn add_activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    input: Result<Json<ActivityInputDto>, JsonRejection>,
) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    let input = json_body!(input);
    match plans::add_activity(state.store(), actor, &org, id, &input.form()).await {
        Ok(activity) => {
            let plan_findings = match plans::view(state.store(), actor, &org, id).await {
                Ok(view) => view.activities.into_iter().find(|(a, _)| a.id == activity.id).map(|(_, f)| f),
                Err(e) => return error(&ctx, e),
            };
            let dto = ActivityDto::of(ctx.tr(), &activity, &plan_findings.unwrap_or_default());
            (StatusCode::CREATED, Json(dto)).into_response()
        }
        Err(e) => error(&ctx, e),
    }
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
        (status = 404, description = "No such activity", body = ErrorDto),
        (status = 422, description = "Refused input", body = ErrorDto),
    )
)]
pub async fn update_activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, aid)): Path<(String, i64, i64)>,
    input: Result<Json<ActivityInputDto>, JsonRejection>,
) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    let input = json_body!(input);
    match plans::update_activity(state.store(), actor, &org, id, aid, &input.form()).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error(&ctx, e),
    }
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
    responses((status = 204, description = "Removed"), (status = 404, description = "No such activity", body = ErrorDto))
)]
pub async fn remove_activity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id, aid)): Path<(String, i64, i64)>,
) -> Response {
    let (actor, org) = actor_org!(state, ctx, code);
    match plans::remove_activity(state.store(), actor, &org, id, aid).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error(&ctx, e),
    }
}
