//! Tenant isolation: a user of one municipality never reads or writes another's data.
//! Every staff route is tried with the ids of another municipality.

use axum::http::StatusCode;
use forebygg_app::{OrgScope, Store, members};
use forebygg_domain::{Email, OrgCode, Role};

use crate::support::{TestApp, app};

/// Adds an admin to Lyngen (5536, Troms) and returns its user id.
async fn lyngen_member(app: &TestApp) -> i64 {
    let store: &dyn Store = &*app.store;
    let lyngen = store.organisation(&OrgCode::parse("5536").unwrap()).await.unwrap().unwrap();
    let user = members::create_account(
        store,
        &Email::parse("admin@lyngen.demo").unwrap(),
        &forebygg_domain::PersonName::parse("Lyngen Admin").unwrap(),
        &forebygg_domain::Password::parse("lyngen-passord").unwrap(),
        false,
    )
    .await
    .unwrap();
    members::add_role(store, &OrgScope::operator(&lyngen), &user, Role::Admin).await.unwrap();
    user.id
}

async fn lyngen_roles(app: &TestApp) -> Vec<(String, Role)> {
    let lyngen = app.store.organisation(&OrgCode::parse("5536").unwrap()).await.unwrap().unwrap();
    app.store
        .members(&OrgScope::operator(&lyngen))
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.email.to_string(), m.role))
        .collect()
}

fn refused(status: StatusCode) -> bool {
    status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND
}

#[tokio::test]
async fn an_engerdal_admin_reaches_nothing_of_lyngen() {
    let app = app().await;
    let lyngen_user = lyngen_member(&app).await;
    let before = lyngen_roles(&app).await;
    let mut c = app.login("admin@engerdal.demo").await;
    let uid = lyngen_user.to_string();

    let gets = ["/organisations/5536/members".to_owned()];
    for path in &gets {
        let r = c.get(path).await;
        assert!(refused(r.status), "GET {path} gave {}", r.status);
        assert!(!r.body.contains("admin@lyngen.demo"), "GET {path} leaked a member");
    }
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            "/organisations/5536/members".into(),
            vec![("email", "spion@engerdal.demo"), ("name", "Spion"), ("role", "admin")],
        ),
        ("/organisations/5536/members".into(), vec![("email", "admin@engerdal.demo"), ("name", ""), ("role", "admin")]),
        (format!("/organisations/5536/members/{uid}/role"), vec![("role", "reader")]),
        (format!("/organisations/5536/members/{uid}/remove"), vec![]),
        // Its own organisation in the URL, another's member id.
        (format!("/organisations/3425/members/{uid}/role"), vec![("role", "reader")]),
        (format!("/organisations/3425/members/{uid}/remove"), vec![]),
    ];
    for (path, fields) in &posts {
        let r = c.post(path, fields).await;
        assert!(refused(r.status), "POST {path} gave {}: {}", r.status, r.body);
    }
    assert_eq!(lyngen_roles(&app).await, before, "Lyngen's members are unchanged");
    assert!(app.store.user_by_email(&Email::parse("spion@engerdal.demo").unwrap()).await.unwrap().is_none());
}

#[tokio::test]
async fn every_role_of_engerdal_is_refused_in_lyngen() {
    let app = app().await;
    lyngen_member(&app).await;
    for email in [
        "admin@engerdal.demo",
        "planleiar@engerdal.demo",
        "redaktor@engerdal.demo",
        "bidragsyter@engerdal.demo",
        "leser@engerdal.demo",
    ] {
        let mut c = app.login(email).await;
        let r = c.get("/organisations/5536/members").await;
        assert!(refused(r.status), "{email}: {}", r.status);
        let r = c.post("/organisations/5536/members", &[("email", "x@y.no"), ("name", "X"), ("role", "reader")]).await;
        assert!(refused(r.status), "{email}: {}", r.status);
    }
}

#[tokio::test]
async fn a_regional_adviser_reads_the_county_and_changes_nothing() {
    let app = app().await;
    lyngen_member(&app).await;
    let mut c = app.login("radgiver@statsforvalteren.demo").await;
    let r = c.get("/organisations/3425/members").await;
    assert_eq!(r.status, StatusCode::OK, "Engerdal lies in Innlandet, the adviser's county");
    assert!(r.body.contains("planleiar@engerdal.demo"));
    assert!(!r.body.contains("/members/"), "no change forms for a reader");
    let r = c.post("/organisations/3425/members", &[("email", "x@y.no"), ("name", "X"), ("role", "reader")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = c.get("/organisations/5536/members").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "Lyngen lies in Troms");
}

#[tokio::test]
async fn signed_out_visitors_are_sent_to_login() {
    let app = app().await;
    let mut c = app.client();
    let r = c.get("/organisations/3425/members").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/login?next=%2Forganisations%2F3425%2Fmembers");
}
