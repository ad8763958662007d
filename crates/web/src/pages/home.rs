//! The start page: a signed-in person's organisations, or an introduction.

use askama::Template;
use axum::response::Response;

use forebygg_app::{hearings, now};

use crate::AppState;
use crate::extract::Visit;
use crate::ui::{Page, RoleRow, render, role_rows};

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    page: Page,
    roles: Vec<RoleRow>,
    signed_in: bool,
    /// Points newcomers to the demo municipality when the demo data is loaded.
    demo_href: Option<String>,
    hearings: Vec<OpenHearingRow>,
}

/// An open hearing as the start page lists it.
pub struct OpenHearingRow {
    pub href: String,
    pub org: String,
    pub plan: String,
    pub deadline: String,
}

/// The hearings open today.
async fn open_hearing_rows(state: &AppState) -> Vec<OpenHearingRow> {
    hearings::open_hearings(state.store(), now())
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|(org, plan, hearing)| OpenHearingRow {
            href: crate::ui::paths::PlanUrls::new(org.code.as_str(), plan.id).public(),
            org: org.name,
            plan: plan.title,
            deadline: hearing.fields.end.map(|d| d.to_string()).unwrap_or_default(),
        })
        .collect()
}

pub async fn show(Visit { state, ctx }: Visit) -> Response {
    render(&Home {
        page: Page::new(&ctx, "home-title"),
        roles: role_rows(&ctx),
        signed_in: ctx.actor.is_some(),
        demo_href: state.config().demo.then(|| format!("/organisations/{}", forebygg_app::demo::DEMO_MUNICIPALITY)),
        hearings: open_hearing_rows(&state).await,
    })
}
