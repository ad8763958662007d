//! Logging in and out, throttling, and the account page.

use axum::http::StatusCode;
use forebygg_app::AccountStore;

use crate::support::{app, text};

#[tokio::test]
async fn login_shows_demo_logins_and_signs_in() {
    let app = app().await;
    let mut c = app.client();
    let page = c.get("/login").await;
    let t = text(&page.body);
    assert!(t.contains("planleiar@engerdal.demo") && t.contains("forebygg-demo"), "{t}");
    assert!(t.contains("Regional rådgiver"), "adviser listed: {t}");
    let before = c.cookies["fb_session"].clone();

    let r = c
        .post("/login", &[("email", "planleiar@engerdal.demo"), ("password", "forebygg-demo"), ("next", "/account")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/account");
    assert_ne!(c.cookies["fb_session"], before, "session token renewed at login");
    let cookie = r.set_cookies().join(" ");
    assert!(cookie.contains("Max-Age=43200"), "{cookie}");

    let home = text(&c.get("/").await.body);
    assert!(home.contains("Engerdal") && home.contains("Planleder"), "{home}");
    assert!(home.contains("Trysil") && home.contains("Leser"), "several organisations: {home}");

    let r = c.post("/logout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!text(&c.get("/").await.body).contains("Dine organisasjoner"));
    assert_eq!(c.get("/account").await.status, StatusCode::SEE_OTHER, "signed out");
}

#[tokio::test]
async fn login_page_hides_demo_logins_outside_demo_mode() {
    let app = crate::support::app_with(forebygg_web::WebConfig::default()).await;
    let t = text(&app.client().get("/login").await.body);
    assert!(!t.contains("forebygg-demo"), "{t}");
}

#[tokio::test]
async fn wrong_password_keeps_the_email_and_says_what_is_wrong() {
    let app = app().await;
    let mut c = app.client();
    let r = c.post("/login", &[("email", "leser@engerdal.demo"), ("password", "feil-passord")]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(text(&r.body).contains("Feil e-postadresse eller passord."));
    assert!(r.body.contains("value=\"leser@engerdal.demo\""), "typed e-mail kept");
    assert!(r.body.contains("aria-invalid=\"true\" aria-describedby=\"email-error\""));
    // Unknown accounts get the same answer.
    let r = c.post("/login", &[("email", "ingen@engerdal.demo"), ("password", "feil-passord")]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn failed_logins_slow_an_address_down_the_same_way_whether_or_not_it_has_an_account() {
    let app = app().await;
    // The owner signed in from this browser before, and signed out.
    let mut owner = app.client();
    let r = owner.post("/login", &[("email", "leser@engerdal.demo"), ("password", "forebygg-demo")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    owner.post("/logout", &[]).await;
    let mut attacker = app.client();
    for attempt in 1..=6 {
        let known = attacker.post("/login", &[("email", "leser@engerdal.demo"), ("password", "gjetting")]).await;
        let unknown = attacker.post("/login", &[("email", "ingen@engerdal.demo"), ("password", "gjetting")]).await;
        assert_eq!(known.status, unknown.status, "attempt {attempt}");
        assert_eq!(
            known.body.replace("value=\"leser@engerdal.demo\"", "value=\"X\""),
            unknown.body.replace("value=\"ingen@engerdal.demo\"", "value=\"X\""),
            "attempt {attempt}: the same answer for an address without an account"
        );
        let expected = if attempt < 5 { StatusCode::UNAUTHORIZED } else { StatusCode::TOO_MANY_REQUESTS };
        assert_eq!(known.status, expected, "attempt {attempt}");
    }
    let r = attacker.post("/login", &[("email", "leser@engerdal.demo"), ("password", "gjetting")]).await;
    assert!(
        text(&r.body).contains("Prøv igjen om ett minutt, eller fra en nettleser der du har logget inn før."),
        "{}",
        text(&r.body)
    );
    // Another browser (same network address) waits, even with the right password ...
    let mut stranger = app.client();
    let r = stranger.post("/login", &[("email", "leser@engerdal.demo"), ("password", "forebygg-demo")]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    // ... but the owner's browser gets in, and other accounts behind the address are not slowed.
    let r = owner.post("/login", &[("email", "leser@engerdal.demo"), ("password", "forebygg-demo")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    app.login("admin@engerdal.demo").await;
    // A forged device cookie does not skip the wait.
    let mut forger = app.client();
    forger.cookies.insert("fb_device".into(), "ab".repeat(32));
    for _ in 0..5 {
        forger.post("/login", &[("email", "redaktor@engerdal.demo"), ("password", "gjetting")]).await;
    }
    let r = forger.post("/login", &[("email", "redaktor@engerdal.demo"), ("password", "forebygg-demo")]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn password_change_checks_the_old_one_and_the_length() {
    let app = app().await;
    let mut c = app.login("redaktor@engerdal.demo").await;
    let r =
        c.post("/account/password", &[("current_password", "feil"), ("new_password", "et-nytt-langt-passord")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Nåværende passord er feil."));
    let r = c.post("/account/password", &[("current_password", "forebygg-demo"), ("new_password", "kort")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Passordet må ha minst 12 tegn."), "{}", text(&r.body));
    for weak in ["passwordpassword", "1234567890ab", "erik.strand.engerdal"] {
        let r = c.post("/account/password", &[("current_password", "forebygg-demo"), ("new_password", weak)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{weak}");
        assert!(text(&r.body).contains("Passordet er for lett å gjette"), "{weak}: {}", text(&r.body));
    }
    let r = c
        .post("/account/password", &[("current_password", "forebygg-demo"), ("new_password", "et-nytt-langt-passord")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&c.get("/account?changed=1").await.body).contains("Passordet er endret"));
    let creds = app
        .store
        .credentials(&forebygg_domain::Email::parse("redaktor@engerdal.demo").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(creds.password_hash.starts_with("$argon2id$"));
    let mut fresh = app.client();
    let r = fresh.post("/login", &[("email", "redaktor@engerdal.demo"), ("password", "et-nytt-langt-passord")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}
