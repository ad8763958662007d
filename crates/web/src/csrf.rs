//! CSRF protection for every state-changing request: the Origin (when sent) must be
//! this site, and the request must carry the session's CSRF token, in the form field
//! `csrf` (of a urlencoded or a multipart form) or the header `X-CSRF-Token`. A
//! multipart form is read here once and handed on as a [`MultipartForm`] extension.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST, ORIGIN};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::Response;
use forebygg_app::tokens;

use crate::uploads::{self, MultipartForm, ReadError};
use crate::{AppState, Ctx, errors};

/// The largest urlencoded form body read here; files come as multipart forms.
const MAX_FORM_BYTES: usize = 256 * 1024;

pub async fn verify(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else {
        return errors::plain_500("request context missing");
    };
    if !same_origin(req.headers()) {
        return errors::csrf_rejected(&state, &ctx, None);
    }
    let (parts, body) = req.into_parts();
    let header_token = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let content_type = parts.headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    let mut multipart = None;
    let (given, kept, body) = match header_token {
        Some(token) => (Some(token), None, body),
        None if uploads::is_multipart(&content_type) => match uploads::read(body, &content_type).await {
            Ok(form) => {
                let found = (Some(form.text("csrf")), Some(form.text("text")));
                multipart = Some(form);
                (found.0, found.1, Body::empty())
            }
            Err(ReadError::TooLarge) => return errors::too_large(&state, &ctx),
            Err(ReadError::Malformed) => return errors::malformed(&ctx),
        },
        None if is_form => {
            let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
                return errors::too_large(&state, &ctx);
            };
            let bytes = normalised_form(bytes);
            let field =
                |name: &str| form_urlencoded::parse(&bytes).find(|(k, _)| k == name).map(|(_, v)| v.into_owned());
            (field("csrf"), field("text"), Body::from(bytes))
        }
        None => (None, None, body),
    };
    let valid = !ctx.cookie_is_new
        && given.is_some_and(|g| tokens::csrf_token_matches(state.csrf_secret(), &ctx.session_token, &g));
    if !valid {
        return errors::csrf_rejected(&state, &ctx, kept);
    }
    let mut req = Request::from_parts(parts, body);
    if let Some(form) = multipart {
        req.extensions_mut().insert::<MultipartForm>(form);
    }
    next.run(req).await
}

/// A form body with every name and value as text is stored (`forebygg_domain::text`):
/// the one place form text enters, so no handler sees a control character.
fn normalised_form(bytes: axum::body::Bytes) -> axum::body::Bytes {
    use forebygg_domain::text::normalise;
    use std::borrow::Cow;
    let pairs: Vec<(Cow<str>, Cow<str>)> = form_urlencoded::parse(&bytes).collect();
    let changed =
        pairs.iter().any(|(k, v)| matches!(normalise(k), Cow::Owned(_)) || matches!(normalise(v), Cow::Owned(_)));
    if !changed {
        return bytes;
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in &pairs {
        out.append_pair(&normalise(k), &normalise(v));
    }
    axum::body::Bytes::from(out.finish())
}

/// A browser sends `Origin` on cross-site POSTs; when present it must name this host.
fn same_origin(headers: &HeaderMap) -> bool {
    if headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes() == b"cross-site") {
        return false;
    }
    let Some(origin) = headers.get(ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers.get(HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or_default();
    !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
}
