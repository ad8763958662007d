//! Surveys on the web: made from the template, opened with class codes (a refused form
//! keeps what was typed), answered anonymously without an account (a code answers
//! once), and what is stored of an answer read back from the database itself.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, OrgScope, SurveyStore};
use forebygg_domain::OrgCode;
use forebygg_domain::timeline::dates::oslo_date;
use sqlx::{Column, Row};

use crate::support::{app, plan_of, text};

#[tokio::test]
async fn a_survey_opens_with_codes_and_takes_each_code_once_storing_nothing_but_answers_and_day() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/surveys");
    let r = lead.post(&base, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = r.location().to_owned();
    assert!(text(&lead.get(&base).await.body).contains("Ungdomsundersøkelse"));

    // A period that ends before it starts is refused, and what was typed stays.
    let r = lead
        .post(
            &format!("{page}/open"),
            &[("opens", "10.12.26"), ("closes", "01.12.2026"), ("class", "9B"), ("codes", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Siste svardag kan ikke være før første svardag."), "{}", text(&r.body));
    assert!(r.body.contains("value=\"10.12.26\"") && r.body.contains("value=\"9B\""));

    let today = oslo_date(forebygg_app::now());
    let closes = forebygg_domain::timeline::dates::NorDate(today.0 + chrono::Days::new(7));
    let r = lead
        .post(
            &format!("{page}/open"),
            &[("opens", &today.to_string()), ("closes", &closes.to_string()), ("class", "9B"), ("codes", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let shown = lead.get(&page).await;
    assert!(text(&shown.body).contains("Åpen for svar") && text(&shown.body).contains("Ingen svar"));
    assert!(text(&shown.body).contains("Resultatene vises når undersøkelsen er avsluttet."));

    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let survey = app.store.surveys(&scope, plan).await.unwrap().pop().unwrap();
    let codes = app.store.codes(&scope, survey.id).await.unwrap();
    assert_eq!(codes.len(), 3);
    assert!(codes.iter().all(|c| c.code.len() == 6 && c.class == "9B"));
    let link = format!("/s/{}", survey.token);

    // A pupil, no account: a missing answer is named and what was chosen stays checked.
    let mut pupil = app.client();
    let form = pupil.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(text(&form.body).contains("Hvilket trinn går du på?"));
    let code = codes[0].code.to_lowercase();
    let r = pupil.post(&link, &[("code", &code), ("q1", "1"), ("q9", "0"), ("q9", "2")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Dette spørsmålet må besvares."));
    assert!(r.body.contains("id=\"q9-2\" name=\"q9\" value=\"2\" checked"), "ticked boxes stay ticked");
    let mut full: Vec<(&str, &str)> = vec![("code", &code)];
    full.extend([
        ("q1", "1"),
        ("q2", "0"),
        ("q3", "4"),
        ("q4", "3"),
        ("q5", "4"),
        ("q6", "4"),
        ("q7", "1"),
        ("q8", "2"),
    ]);
    full.extend([("q9", "0"), ("q9", "2"), ("q10", "1"), ("q11", "Et «hus» for ungdom\u{0}")]);
    let r = pupil.post(&link, &full).await;
    assert_eq!(r.status, StatusCode::OK, "{}", text(&r.body));
    assert!(text(&r.body).contains("Takk for svarene!"));
    // The same code again, from another device: refused, nothing stored.
    let r = app.client().post(&link, &full).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Koden finnes ikke eller er brukt."));

    // What the database holds of the answer: the answers and the day, nothing else.
    let rows = sqlx::query("SELECT * FROM survey_answers WHERE survey_id = $1")
        .bind(survey.id.get())
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let columns: Vec<&str> = rows[0].columns().iter().map(|c| c.name()).collect();
    assert_eq!(columns, ["survey_id", "answer_key", "day", "answers"]);
    let day: String = rows[0].get("day");
    assert_eq!(day, today.0.format("%Y-%m-%d").to_string(), "the day, no time");
    let answers: String = rows[0].get("answers");
    assert!(!answers.to_lowercase().contains(&code) && !answers.contains("127.0.0.1"), "{answers}");
    assert!(answers.contains("Et «hus» for ungdom\""), "normalised text: {answers}");
    let key: String = rows[0].get("answer_key");
    assert!(!pupil.cookies.values().any(|c| c.contains(&key) || key.contains(c.as_str())), "not the session");
    let code_columns: Vec<String> =
        sqlx::query("SELECT * FROM survey_codes").fetch_all(app.store.pool()).await.unwrap()[0]
            .columns()
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
    assert_eq!(code_columns, ["survey_id", "code", "class", "used"], "a code keeps only whether it was used");

    // Staff see the count, not results, while it is open; closing sends the free text
    // to the input register.
    assert!(text(&lead.get(&page).await.body).contains("1 svar"));
    let r = lead.post(&format!("{page}/close"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let closed = text(&lead.get(&page).await.body);
    assert!(closed.contains("Avsluttet") && closed.contains("skjult (færre enn 20)"), "{closed}");
    let inputs = text(&lead.get(&format!("/organisations/3425/plans/{plan}/inputs")).await.body);
    assert!(inputs.contains("Et «hus» for ungdom"), "free text in the input register");
    assert_eq!(app.client().post(&link, &full).await.status, StatusCode::GONE, "closed: no answers");
}
