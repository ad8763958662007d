//! The pages, one module per area. Handlers are thin: parse the input, call a use case
//! in `forebygg_app`, render a template or redirect.

mod account;
mod assets;
mod check;
mod conferences;
mod county;
pub(crate) mod document;
pub(crate) mod gatherings;
mod goals;
mod health;
mod hearings;
mod home;
mod indicators;
mod invitations;
mod language;
mod library;
mod measures;
mod members;
mod organisations;
mod plans;
mod privacy;
mod process;
mod programme;
mod reflections;
mod schedule;
mod surveys;
pub(crate) mod timeline;

use axum::Router;
use axum::response::Response;
use axum::routing::{get, post};

use crate::{AppState, Ctx, errors};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/healthz", get(health::show))
        .route("/static/app.css", get(assets::stylesheet))
        .route("/static/app.js", get(assets::script))
        .route("/static/ds/designsystemet.css", get(assets::design_system))
        .route("/static/ds/{file}", get(assets::design_system_file))
        .route("/static/favicon.svg", get(assets::icon))
        .route("/favicon.ico", get(assets::icon))
        .route("/login", get(account::login_form).post(account::login))
        .route("/logout", post(account::logout))
        .route("/account", get(account::show))
        .route("/account/password", post(account::change_password))
        .route("/language", post(language::choose))
        .route("/organisations", get(organisations::list).post(organisations::create))
        .route("/organisations/new", get(organisations::new_form))
        .route("/organisations/{code}", get(organisations::show))
        .route("/organisations/{code}/county", get(county::dashboard))
        .route("/organisations/{code}/county/{municipality}", get(county::marks).post(county::set_marks))
        .route("/organisations/{code}/sharing", post(county::set_sharing))
        .route("/library", get(library::show))
        .route("/library/measures/{measure}/copy", post(library::copy))
        .route("/organisations/{code}/gatherings", get(gatherings::list).post(gatherings::create))
        .route("/organisations/{code}/gatherings/{id}", get(gatherings::show).post(gatherings::update))
        .route("/organisations/{code}/gatherings/{id}/registrations", post(gatherings::register))
        .route("/organisations/{code}/gatherings/{id}/remove", post(gatherings::remove))
        .route("/organisations/{code}/gatherings/{id}/registrations/{registration}/cancel", post(gatherings::cancel))
        .route("/organisations/{code}/gatherings/{id}/{file}", get(gatherings::file))
        .route("/organisations/{code}/reflections", get(reflections::list).post(reflections::create))
        .route("/organisations/{code}/reflections/{id}", get(reflections::show).post(reflections::answer))
        .route("/organisations/{code}/members", get(members::list).post(members::invite))
        .route("/organisations/{code}/invitations/{iid}/cancel", post(members::cancel_invitation))
        .route("/organisations/{code}/members/{user_id}/services", post(members::set_services))
        .route("/invitations/{token}", get(invitations::show).post(invitations::accept))
        .route("/invitations/{token}/account", post(invitations::create_account))
        .route("/organisations/{code}/members/{user_id}/role", post(members::change_role))
        .route("/organisations/{code}/members/{user_id}/remove", post(members::remove))
        .route("/organisations/{code}/plans", get(plans::portfolio).post(plans::create))
        .route("/organisations/{code}/plans/{id}", get(plans::show).post(plans::update))
        .route("/organisations/{code}/plans/{id}/links", post(plans::link))
        .route("/organisations/{code}/plans/{id}/links/{to}/remove", post(plans::unlink))
        .route("/organisations/{code}/plans/{id}/activities", post(plans::add_activity))
        .route(
            "/organisations/{code}/plans/{id}/activities/{aid}",
            get(plans::edit_activity).post(plans::update_activity),
        )
        .route("/organisations/{code}/plans/{id}/activities/{aid}/remove", post(plans::remove_activity))
        .route("/organisations/{code}/plans/{id}/programme", get(programme::show))
        .route("/organisations/{code}/plans/{id}/check", get(check::show))
        .route("/organisations/{code}/plans/{id}/programme.docx", get(document::programme_docx))
        .route("/organisations/{code}/plans/{id}/programme.pdf", post(document::programme_pdf))
        .route("/organisations/{code}/plans/{id}/programme/{op}", post(programme::edit))
        .route("/organisations/{code}/plans/{id}/schedule", get(schedule::show))
        .route("/organisations/{code}/plans/{id}/schedule/apply", post(schedule::apply))
        .route("/organisations/{code}/plans/{id}/timeline.svg", get(timeline::svg))
        .route("/organisations/{code}/plans/{id}/calendar.ics", get(timeline::calendar))
        .route("/organisations/{code}/plans/{id}/inputs", get(hearings::register).post(hearings::add_input))
        .route("/organisations/{code}/plans/{id}/inputs/{iid}/assessment", post(hearings::assess))
        .route("/organisations/{code}/plans/{id}/inputs/{iid}/moderation", post(hearings::moderate))
        .route("/organisations/{code}/plans/{id}/inputs/moderation", post(hearings::hide_selection))
        .route("/organisations/{code}/plans/{id}/inputs/{iid}/attachments/{aid}", get(hearings::attachment))
        .route("/organisations/{code}/plans/{id}/merknadsbehandling", get(hearings::merknadsbehandling))
        .route("/organisations/{code}/plans/{id}/merknadsbehandling.csv", get(hearings::merknadsbehandling_csv))
        .route("/organisations/{code}/plans/{id}/merknadsbehandling.xlsx", get(hearings::merknadsbehandling_xlsx))
        .route("/organisations/{code}/plans/{id}/conferences", get(conferences::list).post(conferences::create))
        .route("/organisations/{code}/plans/{id}/conferences/{cid}", get(conferences::show).post(conferences::update))
        .route("/organisations/{code}/plans/{id}/conferences/{cid}/outputs", post(conferences::add_outputs))
        .route("/organisations/{code}/plans/{id}/measures", get(measures::list).post(measures::create))
        .route("/organisations/{code}/plans/{id}/measures/new", get(measures::new))
        .route("/organisations/{code}/plans/{id}/measures/import", post(measures::import))
        .route("/organisations/{code}/plans/{id}/measures/coverage", get(measures::coverage))
        .route("/organisations/{code}/plans/{id}/measures/responsibility", get(measures::responsibility))
        .route("/organisations/{code}/plans/{id}/measures/{mid}", get(measures::edit).post(measures::update))
        .route("/organisations/{code}/plans/{id}/measures/{mid}/remove", post(measures::remove))
        .route("/organisations/{code}/plans/{id}/measures/{mid}/share", post(measures::share))
        .route("/organisations/{code}/plans/{id}/measures/{mid}/participants", post(measures::participants))
        .route("/organisations/{code}/plans/{id}/measures/{mid}/reports", post(measures::report))
        .route("/organisations/{code}/plans/{id}/measures/files/{name}", get(measures::file))
        .route("/organisations/{code}/plans/{id}/process", get(process::show))
        .route("/organisations/{code}/plans/{id}/process/close", post(process::close))
        .route("/organisations/{code}/plans/{id}/process/{step}", post(process::advance))
        .route("/organisations/{code}/plans/{id}/process/hearings/{aid}", get(process::preview).post(process::open))
        .route("/organisations/{code}/plans/{id}/document", get(document::show))
        .route("/organisations/{code}/plans/{id}/document/{chapter}", get(document::edit).post(document::save))
        .route("/organisations/{code}/plans/{id}/document/versions", post(document::freeze))
        .route("/organisations/{code}/plans/{id}/document/removed/{chapter}/forget", post(document::forget))
        .route("/organisations/{code}/plans/{id}/document/versions/{vid}", get(document::version))
        .route("/organisations/{code}/plans/{id}/document/versions/{vid}/plan.docx", get(document::version_docx))
        .route(
            "/organisations/{code}/plans/{id}/document.docx",
            get(document::current_docx).post(document::current_docx_form),
        )
        .route("/organisations/{code}/plans/{id}/document.pdf", post(document::current_pdf))
        .route("/organisations/{code}/plans/{id}/document/versions/{vid}/plan.pdf", post(document::version_pdf))
        .route("/organisations/{code}/pdf/{job}", get(document::pdf_job))
        .route("/organisations/{code}/pdf/{job}/status", get(document::pdf_status))
        .route("/organisations/{code}/pdf/{job}/file", get(document::pdf_file))
        .route("/organisations/{code}/plans/{id}/document/compare", get(document::compare_page))
        .route("/organisations/{code}/plans/{id}/goals", get(goals::list).post(goals::add))
        .route("/organisations/{code}/plans/{id}/surveys", get(surveys::list).post(surveys::create))
        .route("/organisations/{code}/plans/{id}/surveys/rules", post(surveys::set_rules))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}", get(surveys::show))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/open", post(surveys::open))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/codes", post(surveys::add_codes))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/close", post(surveys::close))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/qr.svg", get(surveys::qr_svg))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/slips", get(surveys::slips))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/files/{file}", get(surveys::export))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/qr.png", get(surveys::qr_png))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/details", post(surveys::questions::describe))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/sections", post(surveys::questions::add_section))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/questions", post(surveys::questions::add_question))
        .route("/organisations/{code}/plans/{id}/surveys/{sid}/questions/new", get(surveys::questions::new_question))
        .route(
            "/organisations/{code}/plans/{id}/surveys/{sid}/questions/{key}",
            get(surveys::questions::edit_question).post(surveys::questions::save_question),
        )
        .route(
            "/organisations/{code}/plans/{id}/surveys/{sid}/questions/{key}/move",
            post(surveys::questions::move_question),
        )
        .route(
            "/organisations/{code}/plans/{id}/surveys/{sid}/questions/{key}/remove",
            post(surveys::questions::remove_question),
        )
        .route("/s/{token}", get(surveys::questionnaire).post(surveys::submit))
        .route("/organisations/{code}/plans/{id}/goals/{gid}", post(goals::update))
        .route("/organisations/{code}/plans/{id}/follow-up", get(goals::follow_up))
        .route("/organisations/{code}/plans/{id}/follow-up/{name}", get(goals::yearly_file).post(goals::yearly_pdf))
        .route("/hearings/{code}/{id}/outcomes", get(hearings::outcomes))
        .route("/organisations/{code}/indicators", get(indicators::list).post(indicators::import))
        .route("/organisations/{code}/indicators/challenge", post(indicators::save_challenge))
        .route("/organisations/{code}/indicators/{iid}", get(indicators::show).post(indicators::update))
        .route("/organisations/{code}/privacy", get(privacy::show))
        .route("/organisations/{code}/privacy/export", get(privacy::export))
        .route("/organisations/{code}/privacy/erase", post(privacy::erase))
        .route("/hearings/{code}/{id}", get(hearings::show).post(hearings::respond))
        .route("/hearings/{code}/{id}/versions/{vid}", get(document::public_version))
        .route("/hearings/{code}/{id}/versions/{vid}/plan.docx", get(document::public_docx))
        .route("/hearings/{code}/{id}/versions/{vid}/plan.pdf", get(document::public_pdf))
        .route("/hearings/{code}/{id}/receipt/{token}", get(hearings::receipt))
        .fallback(fallback)
}

async fn fallback(ctx: Ctx) -> Response {
    errors::not_found(&ctx)
}
