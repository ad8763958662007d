//! `POST /language`: switch the interface language, remembered in this browser (a
//! cookie) and, for a signed-in person, on their account.

use axum::Form;
use axum::http::header::SET_COOKIE;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_domain::Lang;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::Visit;
use crate::session::lang_cookie;
use crate::ui::local_path;

#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn choose(Visit { state, ctx }: Visit, Form(choice): Form<Choice>) -> Result<Response, PageError> {
    let lang = Lang::parse(&choice.lang).map_err(|e| forebygg_app::AppError::invalid("lang", e))?;
    if let Some(actor) = &ctx.actor {
        state.store().set_user_lang(actor.user.id, lang).await?;
    }
    let target = local_path(&choice.next).unwrap_or("/");
    Ok(([(SET_COOKIE, lang_cookie(lang, ctx.secure))], Redirect::to(target)).into_response())
}
