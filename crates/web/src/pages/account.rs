//! Logging in and out, and the signed-in person's own account page.

use askama::Template;
use axum::Form;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::demo::{DEMO_LOGINS, DEMO_PASSWORD};
use forebygg_app::{AppError, auth, now, tokens};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Params, SignedIn, Visit};
use crate::session::{sent_device_cookie, session_cookie, sign_in};
use crate::ui::{FormErrors, Page, RoleRow, local_path, render, render_with, role_rows};
use crate::{AppState, Ctx};

/// A demo login as the login page lists it.
pub struct DemoRow {
    pub email: &'static str,
    pub role: String,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    email: String,
    next: String,
    errors: FormErrors,
    demo: Vec<DemoRow>,
    demo_password: &'static str,
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn login_form(Visit { state, ctx }: Visit, Params(q): Params<NextQuery>) -> Response {
    render(&login_page(&state, &ctx, String::new(), q.next, FormErrors::default()))
}

fn login_page(state: &AppState, ctx: &Ctx, email: String, next: String, errors: FormErrors) -> LoginPage {
    let t = ctx.tr();
    let demo = if state.config().demo {
        DEMO_LOGINS
            .iter()
            .map(|d| DemoRow {
                email: d.email,
                role: match d.role {
                    Some((code, role)) => format!("{} ({code})", labels::role(t, role)),
                    None => t.get("role-site-admin"),
                },
            })
            .collect()
    } else {
        Vec::new()
    };
    LoginPage {
        page: Page::new(ctx, "login-title"),
        email,
        next: local_path(&next).unwrap_or_default().to_owned(),
        errors,
        demo,
        demo_password: DEMO_PASSWORD,
    }
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn login(
    Visit { state, ctx }: Visit,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, PageError> {
    let t = ctx.tr();
    let store = state.store();
    let sent_device = sent_device_cookie(&headers);
    let device = auth::Device { secret: state.csrf_secret(), cookie: sent_device.as_deref() };
    let result = auth::login(store, &form.email, &form.password, device, now()).await;
    log_login(&form.email, &result);
    let user = match result {
        Ok(user) => user,
        Err(AppError::WrongCredentials) => {
            let errors = FormErrors::one("email", t.get("login-wrong"));
            return Ok(render_with(StatusCode::UNAUTHORIZED, &login_page(&state, &ctx, form.email, form.next, errors)));
        }
        Err(AppError::Locked { until }) => {
            let minutes = auth::minutes_until(until, now()).to_string();
            let errors = FormErrors::one("email", t.with("login-locked-minutes", "minutes", &minutes));
            return Ok(render_with(
                StatusCode::TOO_MANY_REQUESTS,
                &login_page(&state, &ctx, form.email, form.next, errors),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    Ok(sign_in(&state, &ctx, &user, local_path(&form.next).unwrap_or("/")).await?)
}

/// A security event for every login: who (the account's id, or a short hash of the
/// address tried — never the address itself) and the outcome.
fn log_login(email: &str, result: &Result<forebygg_app::User, AppError>) {
    let address = tokens::token_hash(email.trim().to_lowercase().as_str());
    let address = &address[..12];
    match result {
        Ok(user) => {
            tracing::info!(target: "forebygg::security", event = "login", outcome = "success", user = user.id.get(), address)
        }
        Err(AppError::Locked { .. }) => {
            tracing::warn!(target: "forebygg::security", event = "login", outcome = "delayed", address)
        }
        Err(_) => tracing::warn!(target: "forebygg::security", event = "login", outcome = "failure", address),
    }
}

pub async fn logout(Visit { state, ctx }: Visit) -> Result<Response, PageError> {
    auth::end_session(state.store(), &ctx.session_token).await?;
    let fresh = tokens::random_token()?;
    Ok(([(SET_COOKIE, session_cookie(&fresh, ctx.secure, None))], Redirect::to("/")).into_response())
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    name: String,
    email: String,
    roles: Vec<RoleRow>,
    errors: FormErrors,
    changed: bool,
}

#[derive(Deserialize, Default)]
pub struct AccountQuery {
    #[serde(default)]
    changed: Option<String>,
}

pub async fn show(who: SignedIn, Params(q): Params<AccountQuery>) -> Response {
    render(&account_page(&who, FormErrors::default(), q.changed.is_some()))
}

fn account_page(who: &SignedIn, errors: FormErrors, changed: bool) -> AccountPage {
    AccountPage {
        page: Page::new(&who.ctx, "account-title"),
        name: who.actor.user.name.as_str().to_owned(),
        email: who.actor.user.email.to_string(),
        roles: role_rows(&who.ctx),
        errors,
        changed,
    }
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn change_password(who: SignedIn, Form(form): Form<PasswordForm>) -> Result<Response, PageError> {
    let SignedIn { ctx, actor, .. } = &who;
    let t = ctx.tr();
    let store = who.store();
    let errors = match auth::change_password(store, &actor.user, &form.current_password, &form.new_password).await {
        Ok(()) => {
            // Every session of the person ended; this browser gets a new one.
            let token = auth::start_session(store, &actor.user, now()).await?;
            let cookie = session_cookie(&token, ctx.secure, Some(auth::SESSION_SECONDS));
            return Ok(([(SET_COOKIE, cookie)], Redirect::to("/account?changed=1")).into_response());
        }
        Err(AppError::WrongCredentials) => FormErrors::one("current_password", t.get("account-wrong-password")),
        Err(AppError::Invalid(errors)) => FormErrors::new(t, &errors),
        Err(e) => return Err(e.into()),
    };
    Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &account_page(&who, errors, false)))
}
