//! Sessions: a random token in an HttpOnly, SameSite=Lax cookie; the database keeps
//! its hash and the user, so any server instance on the same database knows it.

use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use forebygg_app::{AppError, User, auth, now, tokens};
use forebygg_domain::Lang;

use crate::{AppState, Ctx, errors};

pub const SESSION_COOKIE: &str = "fb_session";
pub const LANG_COOKIE: &str = "fb_lang";
/// Set at login: this browser has signed in to that address before (`tokens::device_token`).
pub const DEVICE_COOKIE: &str = "fb_device";

/// Works out who is asking and in which language, and puts a [`Ctx`] on the request.
pub async fn attach(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let headers = req.headers();
    let secure = state.config().secure_cookies || came_over_https(headers);
    let sent = cookie(headers, SESSION_COOKIE).filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()));
    let (session_token, cookie_is_new) = match sent {
        Some(token) => (token, false),
        None => match tokens::random_token() {
            Ok(token) => (token, true),
            Err(e) => return errors::plain_500(&e.to_string()),
        },
    };
    let actor = if cookie_is_new {
        None
    } else {
        match auth::session_actor(state.store(), &session_token, now()).await {
            Ok(actor) => actor,
            Err(e) => return errors::plain_500(&e.to_string()),
        }
    };
    let lang = actor
        .as_ref()
        .and_then(|a| a.user.lang)
        .or_else(|| cookie(headers, LANG_COOKIE).and_then(|c| Lang::parse(&c).ok()))
        .or_else(|| headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language))
        .unwrap_or_default();
    let ctx = Ctx {
        csrf: tokens::csrf_token(state.csrf_secret(), &session_token),
        session_token: session_token.clone(),
        cookie_is_new,
        actor,
        lang,
        secure,
        path: req.uri().path_and_query().map(|p| p.to_string()).unwrap_or_else(|| "/".into()),
        origin: format!(
            "{}://{}",
            if secure { "https" } else { "http" },
            headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost")
        ),
    };
    req.extensions_mut().insert(ctx);
    let mut response = next.run(req).await;
    let handler_set_session =
        response.headers().get_all(SET_COOKIE).iter().any(|v| v.as_bytes().starts_with(SESSION_COOKIE.as_bytes()));
    if cookie_is_new && !handler_set_session {
        response.headers_mut().append(SET_COOKIE, session_cookie(&session_token, secure, None));
    }
    response
}

/// Signs a person in who just proved who they are (login, or an account made from an
/// invitation) and sends them to `target`: a new session token, so a token planted
/// before is worthless, and the device cookie that spares this browser the delay after
/// others' failed logins.
pub async fn sign_in(state: &AppState, ctx: &Ctx, user: &User, target: &str) -> Result<Response, AppError> {
    let store = state.store();
    if !ctx.cookie_is_new {
        let _ = auth::end_session(store, &ctx.session_token).await;
    }
    let token = auth::start_session(store, user, now()).await?;
    let session = session_cookie(&token, ctx.secure, Some(auth::SESSION_SECONDS));
    let device = device_cookie(&tokens::device_token(state.csrf_secret(), &user.email), ctx.secure);
    Ok((AppendHeaders([(SET_COOKIE, session), (SET_COOKIE, device)]), Redirect::to(target)).into_response())
}

/// A `Set-Cookie` value for the session; `max_age` in seconds for a signed-in session.
pub fn session_cookie(token: &str, secure: bool, max_age: Option<i64>) -> HeaderValue {
    let age = max_age.map(|s| format!("; Max-Age={s}")).unwrap_or_default();
    cookie_header(&format!("{SESSION_COOKIE}={token}{age}"), secure)
}

/// A `Set-Cookie` value remembering the language in this browser for a year.
pub fn lang_cookie(lang: Lang, secure: bool) -> HeaderValue {
    cookie_header(&format!("{LANG_COOKIE}={}; Max-Age=31536000", lang.code()), secure)
}

/// A `Set-Cookie` value marking this browser as one that signed in, for a year.
pub fn device_cookie(token: &str, secure: bool) -> HeaderValue {
    cookie_header(&format!("{DEVICE_COOKIE}={token}; Max-Age=31536000"), secure)
}

/// The device cookie this browser sent, if any.
pub fn sent_device_cookie(headers: &HeaderMap) -> Option<String> {
    cookie(headers, DEVICE_COOKIE)
}

fn cookie_header(start: &str, secure: bool) -> HeaderValue {
    cookie_header_at(start, "/", secure)
}

/// A `Set-Cookie` value sent back only to addresses under `path`.
pub fn cookie_header_at(start: &str, path: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{start}; Path={path}; HttpOnly; SameSite=Lax{secure}"))
        .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The value of the cookie `name` the browser sent, if any.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// True when a proxy in front says the browser used HTTPS.
pub fn came_over_https(headers: &HeaderMap) -> bool {
    headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).is_some_and(|v| v.eq_ignore_ascii_case("https"))
}
