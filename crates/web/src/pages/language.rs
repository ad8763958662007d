//! `POST /language`: switch the interface language, remembered in this browser (a
//! cookie) and, for a signed-in person, on their account.

use axum::Form;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_domain::Lang;
use serde::Deserialize;

use crate::pages::local_path;
use crate::session::lang_cookie;
use crate::{AppState, Ctx, errors};

#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn choose(State(state): State<AppState>, ctx: Ctx, Form(choice): Form<Choice>) -> Response {
    let Ok(lang) = Lang::parse(&choice.lang) else {
        return errors::app_error(
            &ctx,
            forebygg_app::AppError::invalid("lang", forebygg_domain::ValidationError::Lang(choice.lang)),
        );
    };
    if let Some(actor) = &ctx.actor
        && let Err(e) = state.store().set_user_lang(actor.user.id, lang).await
    {
        return errors::app_error(&ctx, e.into());
    }
    let target = local_path(&choice.next).unwrap_or("/");
    ([(SET_COOKIE, lang_cookie(lang, ctx.secure))], Redirect::to(target)).into_response()
}
