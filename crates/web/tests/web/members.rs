//! An admin manages the members of their municipality.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, OrgScope};
use forebygg_domain::{Email, OrgCode, Role};

use crate::support::{app, text};

#[tokio::test]
async fn an_admin_adds_a_new_person_who_can_then_log_in() {
    let app = app().await;
    let mut c = app.login("admin@engerdal.demo").await;
    let page = c.get("/organisations/3425/members").await;
    assert_eq!(page.status, StatusCode::OK);
    let t = text(&page.body);
    assert!(t.contains("Medlemmer i Engerdal") && t.contains("5 medlemmer"), "{t}");

    let r = c
        .post(
            "/organisations/3425/members",
            &[("email", "Ny.Helse@Engerdal.demo"), ("name", "Nina Helse"), ("role", "contributor")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let t = text(&r.body);
    assert!(t.contains("Nina Helse <ny.helse@engerdal.demo> er lagt til. Rolle: Bidragsyter."), "{t}");
    let start = r.body.find("<code class=\"secret\">").unwrap() + 21;
    let password = &r.body[start..start + 20];
    let mut nina = app.client();
    let r = nina.post("/login", &[("email", "ny.helse@engerdal.demo"), ("password", password)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "one-time password works");
}

#[tokio::test]
async fn an_existing_user_of_another_organisation_is_given_a_role() {
    let app = app().await;
    let mut c = app.login("admin@engerdal.demo").await;
    // The adviser already has an account (at Statsforvalteren).
    let r = c
        .post(
            "/organisations/3425/members",
            &[("email", "radgiver@statsforvalteren.demo"), ("name", ""), ("role", "reader")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("class=\"secret\""), "no new password for an existing account");
    let adviser =
        app.store.user_by_email(&Email::parse("radgiver@statsforvalteren.demo").unwrap()).await.unwrap().unwrap();
    let roles: Vec<_> = app
        .store
        .memberships(adviser.id)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.org.code.to_string(), m.role))
        .collect();
    assert!(roles.contains(&("3425".into(), Role::Reader)), "{roles:?}");
}

#[tokio::test]
async fn a_refused_form_says_why_next_to_the_field_and_keeps_the_text() {
    let app = app().await;
    let mut c = app.login("admin@engerdal.demo").await;
    let r = c
        .post(
            "/organisations/3425/members",
            &[("email", "ikke-en-adresse"), ("name", "Ola Nordmann"), ("role", "editor")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("«ikke-en-adresse» er ikke en gyldig e-postadresse."), "{}", text(&r.body));
    assert!(r.body.contains("id=\"email-error\""));
    assert!(r.body.contains("aria-describedby=\"email-error\""));
    assert!(r.body.contains("value=\"ikke-en-adresse\"") && r.body.contains("value=\"Ola Nordmann\""));
    assert!(r.body.contains("<option value=\"editor\" selected>"), "chosen role kept");
    assert!(r.body.contains("href=\"#email\""), "error summary links to the field");

    let r = c
        .post("/organisations/3425/members", &[("email", "planleiar@engerdal.demo"), ("name", ""), ("role", "reader")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(text(&r.body).contains("planleiar@engerdal.demo er allerede medlem"));

    let r = c
        .post("/organisations/3425/members", &[("email", "ukjent@engerdal.demo"), ("name", ""), ("role", "reader")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a new person needs a name");
    assert!(r.body.contains("id=\"name-error\""));

    let r = c
        .post(
            "/organisations/3425/members",
            &[("email", "x@engerdal.demo"), ("name", "X"), ("role", "regional-adviser")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "advisers belong to regional bodies");
}

#[tokio::test]
async fn roles_change_and_members_go_but_the_last_admin_stays() {
    let app = app().await;
    let engerdal = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&engerdal);
    let find = |email: &str| {
        let email = email.to_owned();
        let store = app.store.clone();
        async move { store.user_by_email(&Email::parse(&email).unwrap()).await.unwrap().unwrap().id }
    };
    let reader = find("leser@engerdal.demo").await;
    let admin = find("admin@engerdal.demo").await;
    let mut c = app.login("admin@engerdal.demo").await;

    let r = c.post(&format!("/organisations/3425/members/{reader}/role"), &[("role", "editor")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&c.get(r.location()).await.body).contains("Rollen er endret."));
    let role_of = |id| {
        let store = app.store.clone();
        let scope = scope.clone();
        async move { store.members(&scope).await.unwrap().into_iter().find(|m| m.user_id == id).map(|m| m.role) }
    };
    assert_eq!(role_of(reader).await, Some(Role::Editor));

    let r = c.post(&format!("/organisations/3425/members/{admin}/role"), &[("role", "reader")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(text(&r.body).contains("minst én administrator"));
    let r = c.post(&format!("/organisations/3425/members/{admin}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(role_of(admin).await, Some(Role::Admin));

    let r = c.post(&format!("/organisations/3425/members/{reader}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(role_of(reader).await, None);
}

#[tokio::test]
async fn readers_see_the_list_without_forms() {
    let app = app().await;
    let mut c = app.login("leser@engerdal.demo").await;
    let r = c.get("/organisations/3425/members").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(text(&r.body).contains("Anne Admin"));
    assert!(!r.body.contains("action=\"/organisations/3425/members\""));
    let r = c.post("/organisations/3425/members", &[("email", "x@y.no"), ("name", "X"), ("role", "reader")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
