//! `GET /healthz`: 200 with the schema version while the database answers, 503 when not.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::AppState;

pub async fn show(State(state): State<AppState>) -> Response {
    match state.store().schema_version().await {
        Ok(version) => Json(json!({
            "status": "ok",
            "schema_version": version,
            "backend": state.store().backend(),
            "version": env!("CARGO_PKG_VERSION"),
        }))
        .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "unavailable" }))).into_response()
        }
    }
}
