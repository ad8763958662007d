//! The start page: a signed-in person's organisations, or an introduction.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::pages::{Page, RoleRow, render, role_rows};
use crate::{AppState, Ctx};

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    page: Page,
    roles: Vec<RoleRow>,
    signed_in: bool,
    /// Points newcomers to the demo municipality when the demo data is loaded.
    demo_href: Option<String>,
    hearings: Vec<super::hearings::OpenHearingRow>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx) -> Response {
    render(&Home {
        page: Page::new(&ctx, "home-title"),
        roles: role_rows(&ctx),
        signed_in: ctx.actor.is_some(),
        demo_href: state.config().demo.then(|| format!("/organisations/{}", forebygg_app::demo::DEMO_MUNICIPALITY)),
        hearings: super::hearings::open_hearing_rows(&state).await,
    })
}
