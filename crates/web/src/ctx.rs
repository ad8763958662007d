//! The request context: who is asking, in which language, with which CSRF token.

use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use forebygg_app::Actor;
use forebygg_domain::Lang;

use forebygg_texts::Tr;

/// Made by `session::attach` for every request and read by handlers as an extractor.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The browser's session cookie (anonymous visitors get one too: it keys the
    /// CSRF token and, later, rate limits).
    pub(crate) session_token: String,
    /// True when the browser sent no valid session cookie with this request.
    pub(crate) cookie_is_new: bool,
    pub actor: Option<Actor>,
    pub lang: Lang,
    pub csrf: String,
    /// Cookies get `Secure` (the request came over HTTPS, or the config says so).
    pub secure: bool,
    /// Path and query of this request, for "back to where you were" links.
    pub path: String,
    /// Scheme and host the browser asked for (`https://forebygg.example`), for a link
    /// that leaves the site: an invitation to send, a survey's address to hand out.
    pub origin: String,
}

impl Ctx {
    pub fn tr(&self) -> Tr {
        Tr { lang: self.lang }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}
