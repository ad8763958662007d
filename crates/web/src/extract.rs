//! Extractors that do the access checks before a handler runs: who is signed in, the
//! organisation named by `{code}` and the plan named by `{id}` in the address. A handler
//! that takes one of them only runs for a person who may read what it names; what it
//! may change is still decided by the use case it calls.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use forebygg_app::{Actor, AppError, organisations, plans};
use forebygg_domain::Organisation;
use forebygg_domain::ids::PlanId;
use forebygg_domain::plan::Plan;

use crate::errors::PageError;
use crate::{AppState, Ctx};

/// The request's context, made by `session::attach`.
fn ctx_of(parts: &Parts) -> Result<Ctx, PageError> {
    parts.extensions.get::<Ctx>().cloned().ok_or_else(|| PageError::internal("no request context"))
}

/// A parameter of the address (`{code}`, `{id}`…), by name.
async fn param(parts: &mut Parts, state: &AppState, name: &str) -> Result<String, PageError> {
    let params = RawPathParams::from_request_parts(parts, state).await.map_err(|_| PageError::NotFound)?;
    params.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_owned()).ok_or(PageError::NotFound)
}

/// The network address a request came from: the last entry of `X-Forwarded-For` when
/// the server is configured to trust its proxy, else the peer the server accepted (the
/// binary puts it on the request as `ConnectInfo`), else `unknown`. Only for limits
/// that must not stop a school behind one address (see `limits`), never for access.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let forwarded = state
            .config()
            .trust_forwarded_for
            .then(|| parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).next_back())
            .flatten()
            .and_then(|v| v.rsplit(',').next())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty());
        let peer = || parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(peer)| peer.ip().to_string());
        Ok(Self(forwarded.or_else(peer).unwrap_or_else(|| "unknown".to_owned())))
    }
}

/// The signed-in person at the organisation named by `{code}`. A visitor is sent to
/// log in (401 under `/api/`); an unknown organisation is 404.
pub struct OrgAccess {
    pub state: AppState,
    pub ctx: Ctx,
    pub actor: Actor,
    pub org: Organisation,
}

impl FromRequestParts<AppState> for OrgAccess {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let ctx = ctx_of(parts)?;
        let actor = ctx.actor.clone().ok_or(PageError::App(AppError::Forbidden))?;
        let code = param(parts, state, "code").await?;
        let org = organisations::find(state.store(), &code).await?;
        Ok(Self { state: state.clone(), ctx, actor, org })
    }
}

/// A plan named by `{code}` and `{id}` that the signed-in person may read: 404 for a
/// plan of another organisation (or none), 403 for someone without a role there.
pub struct PlanAccess {
    pub state: AppState,
    pub ctx: Ctx,
    pub actor: Actor,
    pub org: Organisation,
    pub plan: Plan,
}

impl OrgAccess {
    pub fn store(&self) -> &dyn forebygg_app::Store {
        self.state.store()
    }
}

impl PlanAccess {
    pub fn store(&self) -> &dyn forebygg_app::Store {
        self.state.store()
    }

    pub fn id(&self) -> PlanId {
        self.plan.id
    }

    /// May this person change the plan (its programme, activities, measures, text)?
    pub fn can_edit(&self) -> bool {
        forebygg_app::access::authorize(&self.actor, &self.org, forebygg_domain::Action::EditPlans).is_ok()
    }
}

impl FromRequestParts<AppState> for PlanAccess {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let OrgAccess { state, ctx, actor, org } = OrgAccess::from_request_parts(parts, state).await?;
        let id: PlanId = param(parts, &state, "id").await?.parse().map_err(|_| PageError::NotFound)?;
        let plan = plans::find(state.store(), &actor, &org, id).await?;
        Ok(Self { state, ctx, actor, org, plan })
    }
}

/// A JSON body of the type the endpoint takes; anything else is 400 with the parser's
/// words.
pub struct JsonBody<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for JsonBody<T> {
    type Rejection = PageError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, PageError> {
        let mut value = match axum::Json::<serde_json::Value>::from_request(req, state).await {
            Ok(axum::Json(value)) => value,
            Err(rejection) => return Err(PageError::Malformed(rejection.body_text())),
        };
        normalise_json(&mut value);
        serde_json::from_value(value).map(JsonBody).map_err(|e| PageError::Malformed(e.to_string()))
    }
}

/// Every string of a JSON body as text is stored (`forebygg_domain::text`).
fn normalise_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            if let std::borrow::Cow::Owned(clean) = forebygg_domain::text::normalise(s) {
                *s = clean;
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(normalise_json),
        serde_json::Value::Object(map) => map.values_mut().for_each(normalise_json),
        _ => {}
    }
}

/// The signed-in person, for pages that belong to no organisation. A visitor is sent to
/// log in.
pub struct SignedIn {
    pub state: AppState,
    pub ctx: Ctx,
    pub actor: Actor,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let ctx = ctx_of(parts)?;
        let actor = ctx.actor.clone().ok_or(PageError::App(AppError::Forbidden))?;
        Ok(Self { state: state.clone(), ctx, actor })
    }
}

impl SignedIn {
    pub fn store(&self) -> &dyn forebygg_app::Store {
        self.state.store()
    }
}

/// Anyone, signed in or not, on a public page: the application and the request's
/// context.
pub struct Visit {
    pub state: AppState,
    pub ctx: Ctx,
}

impl FromRequestParts<AppState> for Visit {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        Ok(Self { state: state.clone(), ctx: ctx_of(parts)? })
    }
}

/// A plan's public pages, from the address: `/hearings/{code}/{id}`. Anyone may ask;
/// the use case decides what the public may see.
#[derive(serde::Deserialize)]
pub struct HearingPath {
    pub code: String,
    pub id: PlanId,
}

/// The parts of the address beyond the organisation and the plan (`{mid}`, `{vid}`…),
/// typed; an address whose part is not of its kind (`/measures/abc`) is 404, like an
/// address that names nothing.
pub struct Address<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Address<T> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Address(value)),
            Err(_) => Err(PageError::NotFound),
        }
    }
}

/// The query string, typed; one that does not read (`?edit=abc`) is 400 with the page
/// (or JSON) in the visitor's language.
pub struct Params<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Params(value)),
            Err(rejection) => Err(PageError::Malformed(rejection.body_text())),
        }
    }
}
