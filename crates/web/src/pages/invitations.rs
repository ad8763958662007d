//! The page an invited person opens from their link: accept as the signed-in holder of
//! the invited address, or make an account for that address and accept in one step.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::members::{self, Invitee};
use forebygg_app::{AppError, now};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_texts::labels;
use serde::Deserialize;

use crate::Ctx;
use crate::errors::PageError;
use crate::extract::{Address, Visit};
use crate::session::sign_in;
use crate::ui::{FormErrors, Page, paths, render_with};

/// An invitation, from the address: `/invitations/{token}`.
#[derive(Deserialize)]
pub struct TokenPath {
    token: String,
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    page: Page,
    action: String,
    lead: String,
    /// Signed in as the invited address: an accept button.
    may_accept: bool,
    /// Signed in as someone else: why they cannot accept here.
    other_account: Option<String>,
    login_href: String,
    name: String,
    errors: FormErrors,
}

fn invitation_page(ctx: &Ctx, token: &str, invitee: &Invitee, name: String, errors: FormErrors) -> InvitationPage {
    let t = ctx.tr();
    let Invitee { invitation, org } = invitee;
    let lead = forebygg_texts::translate(
        ctx.lang,
        "invitation-lead",
        &[
            // The role's name mid-sentence: "å være redaktør", not "Redaktør".
            ("role", &labels::role(t, invitation.role).to_lowercase()),
            ("org", &org.name),
            ("email", invitation.email.as_str()),
            ("date", &oslo_date(invitation.expires_at).to_string()),
        ],
    );
    let signed_in = ctx.actor.as_ref().map(|a| a.user.email.clone());
    let other_account = signed_in.as_ref().filter(|e| **e != invitation.email).map(|current| {
        forebygg_texts::translate(
            ctx.lang,
            "invitation-other-account",
            &[("current", current.as_str()), ("email", invitation.email.as_str())],
        )
    });
    let action = paths::invitation(token);
    InvitationPage {
        page: Page::titled(ctx, t.with("invitation-title", "org", &org.name)),
        login_href: format!("/login?next={}", action),
        action,
        lead,
        may_accept: signed_in.as_ref() == Some(&invitation.email),
        other_account,
        name,
        errors,
    }
}

pub async fn show(
    Visit { state, ctx }: Visit,
    Address(TokenPath { token }): Address<TokenPath>,
) -> Result<Response, PageError> {
    let invitee = members::invitation(state.store(), &token, now()).await?;
    Ok(render_with(StatusCode::OK, &invitation_page(&ctx, &token, &invitee, String::new(), FormErrors::default())))
}

/// Accepts as the signed-in person; a visitor is sent to log in first.
pub async fn accept(
    Visit { state, ctx }: Visit,
    Address(TokenPath { token }): Address<TokenPath>,
) -> Result<Response, PageError> {
    let Some(actor) = &ctx.actor else {
        return Ok(Redirect::to(&format!("/login?next={}", paths::invitation(&token))).into_response());
    };
    match members::accept(state.store(), &actor.user, &token, now()).await {
        Ok(org) => Ok(Redirect::to(&paths::org(&org.code)).into_response()),
        Err(AppError::Conflict { .. }) => {
            let invitee = members::invitation(state.store(), &token, now()).await?;
            let page = invitation_page(&ctx, &token, &invitee, String::new(), FormErrors::default());
            Ok(render_with(StatusCode::CONFLICT, &page))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct AccountForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
}

/// Makes the invited person's account, accepts, and signs them in.
pub async fn create_account(
    Visit { state, ctx }: Visit,
    Address(TokenPath { token }): Address<TokenPath>,
    Form(form): Form<AccountForm>,
) -> Result<Response, PageError> {
    let t = ctx.tr();
    let store = state.store();
    let refused = |errors: FormErrors, invitee: &Invitee, status: StatusCode| {
        render_with(status, &invitation_page(&ctx, &token, invitee, form.name.clone(), errors))
    };
    match members::accept_with_new_account(store, &token, &form.name, &form.password, now()).await {
        Ok((user, org)) => Ok(sign_in(&state, &ctx, &user, &paths::org(&org.code)).await?),
        Err(AppError::Invalid(errors)) => {
            let invitee = members::invitation(store, &token, now()).await?;
            Ok(refused(FormErrors::new(t, &errors), &invitee, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(AppError::Conflict { .. }) => {
            let invitee = members::invitation(store, &token, now()).await?;
            let message = t.with("invitation-account-exists", "email", invitee.invitation.email.as_str());
            Ok(refused(FormErrors::one("name", message), &invitee, StatusCode::CONFLICT))
        }
        Err(e) => Err(e.into()),
    }
}
