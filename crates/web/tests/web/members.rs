//! An admin manages the members of their municipality.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, OrgScope};
use forebygg_domain::{Email, OrgCode, Role};

use crate::support::{app, text};

/// The invitation link on the page an admin gets after inviting, as a path.
fn invitation_link(body: &str) -> String {
    let start = body.find("<code class=\"secret\">").expect("the link is shown") + "<code class=\"secret\">".len();
    let link: String = body[start..].chars().take_while(|c| *c != '<').collect();
    let path = link.split_once("://").map(|(_, rest)| rest).unwrap_or(&link);
    path[path.find('/').unwrap()..].to_owned()
}

async fn roles_of(app: &crate::support::TestApp, email: &str) -> Vec<(String, Role)> {
    let user = app.store.user_by_email(&Email::parse(email).unwrap()).await.unwrap().unwrap();
    app.store.memberships(user.id).await.unwrap().into_iter().map(|m| (m.org.code.to_string(), m.role)).collect()
}

#[tokio::test]
async fn inviting_answers_the_same_for_any_address_and_adds_nobody_until_they_accept() {
    let app = app().await;
    let mut admin = app.login("admin@engerdal.demo").await;
    let page = admin.get("/organisations/3425/members").await;
    assert!(text(&page.body).contains("5 medlemmer"), "{}", text(&page.body));
    // One address has an account (the county's adviser, even the operator's), one has none.
    let mut answers = Vec::new();
    for email in ["radgiver@statsforvalteren.demo", "drift@forebygg.demo", "ny.helse@engerdal.demo"] {
        let r = admin.post("/organisations/3425/members", &[("email", email), ("role", "contributor")]).await;
        assert_eq!(r.status, StatusCode::OK, "{email}");
        let t = text(&r.body);
        assert!(t.contains(&format!("Invitasjonen til {email} er laget. Rolle: Bidragsyter.")), "{t}");
        let link = invitation_link(&r.body);
        answers.push(r.body.replace(email, "X").replace(&link, "LINK").replace(&link[13..], "TOKEN"));
    }
    // The answers differ only in the list of open invitations, never in a name.
    for name in ["Rådgiver", "Drift", "Kari Rådgiver"] {
        assert!(answers.iter().all(|a| !a.contains(&format!("{name} &lt;"))), "no account holder is named");
    }
    let status = |a: &str| a[..a.find("<table").unwrap()].to_owned();
    assert_eq!(status(&answers[0]), status(&answers[2]), "the same answer for a known and an unknown address");
    assert!(
        !roles_of(&app, "radgiver@statsforvalteren.demo").await.iter().any(|(c, _)| c == "3425"),
        "not before accepting"
    );
    let page = admin.get("/organisations/3425/members").await;
    assert!(text(&page.body).contains("5 medlemmer") && text(&page.body).contains("Åpne invitasjoner"));
}

#[tokio::test]
async fn the_invited_holder_of_an_account_accepts_after_logging_in() {
    let app = app().await;
    let mut admin = app.login("admin@engerdal.demo").await;
    let r = admin
        .post("/organisations/3425/members", &[("email", "radgiver@statsforvalteren.demo"), ("role", "reader")])
        .await;
    let link = invitation_link(&r.body);
    // Someone else who has the link cannot take the role.
    let mut other = app.login("leser@engerdal.demo").await;
    let page = other.get(&link).await;
    assert!(
        text(&page.body).contains("men invitasjonen gjelder radgiver@statsforvalteren.demo"),
        "{}",
        text(&page.body)
    );
    assert_eq!(other.post(&link, &[]).await.status, StatusCode::CONFLICT);
    // A visitor is sent to log in and comes back.
    let mut adviser = app.client();
    let page = adviser.get(&link).await;
    assert!(text(&page.body).contains("Du er invitert til å være leser i Engerdal"), "{}", text(&page.body));
    assert!(page.body.contains(&format!("href=\"/login?next={link}\"")));
    let r = adviser
        .post("/login", &[("email", "radgiver@statsforvalteren.demo"), ("password", "forebygg-demo"), ("next", &link)])
        .await;
    assert_eq!(r.headers.get("location").unwrap(), link.as_str());
    let page = adviser.get(&link).await;
    assert!(page.body.contains("Godta invitasjonen"), "{}", text(&page.body));
    let r = adviser.post(&link, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers.get("location").unwrap(), "/organisations/3425");
    assert!(roles_of(&app, "radgiver@statsforvalteren.demo").await.contains(&("3425".into(), Role::Reader)));
    // A link is used once.
    assert_eq!(adviser.get(&link).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_invited_newcomer_makes_an_account_and_is_signed_in() {
    let app = app().await;
    let mut admin = app.login("admin@engerdal.demo").await;
    let r = admin
        .post("/organisations/3425/members", &[("email", "Ny.Helse@Engerdal.demo"), ("role", "contributor")])
        .await;
    let link = invitation_link(&r.body);
    let mut nina = app.client();
    let r = nina.post(&format!("{link}/account"), &[("name", "Nina Helse"), ("password", "passwordpassword")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a weak password is refused");
    assert!(r.body.contains("id=\"password-error\"") && r.body.contains("value=\"Nina Helse\""), "the name is kept");
    let r = nina
        .post(&format!("{link}/account"), &[("name", "Nina Helse"), ("password", "blåbær-på-fjellet-i-juli")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(roles_of(&app, "ny.helse@engerdal.demo").await.contains(&("3425".into(), Role::Contributor)));
    let home = nina.get("/organisations/3425").await;
    assert_eq!(home.status, StatusCode::OK, "signed in");
    // An address that has an account cannot be given a second one through a link.
    let r = admin
        .post("/organisations/3425/members", &[("email", "radgiver@statsforvalteren.demo"), ("role", "reader")])
        .await;
    let link = invitation_link(&r.body);
    let r = app
        .client()
        .post(&format!("{link}/account"), &[("name", "Kapret"), ("password", "blåbær-på-fjellet-i-juli")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(text(&r.body).contains("Det finnes allerede en bruker med radgiver@statsforvalteren.demo"));
    // Withdrawn: the link is dead.
    let page = admin.get("/organisations/3425/members").await;
    let marker = "/organisations/3425/invitations/";
    let at = page.body.find(marker).unwrap() + marker.len();
    let id: String = page.body[at..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let r = admin.post(&format!("/organisations/3425/invitations/{id}/cancel"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.client().get(&link).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_refused_form_says_why_next_to_the_field_and_keeps_the_text() {
    let app = app().await;
    let mut c = app.login("admin@engerdal.demo").await;
    let r = c.post("/organisations/3425/members", &[("email", "ikke-en-adresse"), ("role", "editor")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("«ikke-en-adresse» er ikke en gyldig e-postadresse."), "{}", text(&r.body));
    assert!(r.body.contains("id=\"email-error\""));
    assert!(r.body.contains("aria-describedby=\"email-error\""));
    assert!(r.body.contains("value=\"ikke-en-adresse\""));
    assert!(r.body.contains("<option value=\"editor\" selected>"), "chosen role kept");
    assert!(r.body.contains("href=\"#email\""), "error summary links to the field");

    let r = c.post("/organisations/3425/members", &[("email", "planleiar@engerdal.demo"), ("role", "reader")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(text(&r.body).contains("planleiar@engerdal.demo er allerede medlem"));

    let r = c.post("/organisations/3425/members", &[("email", " "), ("role", "reader")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!text(&r.body).contains("«»"), "an empty address is missing, not malformed: {}", text(&r.body));

    let r = c.post("/organisations/3425/members", &[("email", "x@engerdal.demo"), ("role", "regional-adviser")]).await;
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
    let r = c.post(&format!("/organisations/3425/members/{admin}/remove"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(role_of(admin).await, Some(Role::Admin));

    let r = c.post(&format!("/organisations/3425/members/{reader}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::OK, "asks first");
    assert!(text(&r.body).contains("Fjerne Ola Lesar?"), "{}", text(&r.body));
    assert_eq!(role_of(reader).await, Some(Role::Editor), "still a member");
    let r = c.post(&format!("/organisations/3425/members/{reader}/remove"), &[("confirm", "yes")]).await;
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
