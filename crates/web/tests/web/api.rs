//! The JSON API and its OpenAPI document.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use serde_json::{Value, json};

use crate::support::{Client, Resp, app};

async fn send_json(c: &mut Client, method: Method, path: &str, body: Option<Value>, with_token: bool) -> (Resp, Value) {
    let mut req = Request::builder().method(method).uri(path).header(header::CONTENT_TYPE, "application/json");
    if with_token {
        req = req.header("x-csrf-token", c.csrf.clone().unwrap());
    }
    let req = req.body(body.map(|b| Body::from(b.to_string())).unwrap_or_else(Body::empty)).unwrap();
    let r = c.send(req).await;
    let json = serde_json::from_str(&r.body).unwrap_or(Value::Null);
    (r, json)
}

#[tokio::test]
async fn the_openapi_document_describes_the_plan_api() {
    let app = app().await;
    let r = app.client().get("/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc: Value = serde_json::from_str(&r.body).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/api/v1/organisations/{code}/plans",
        "/api/v1/organisations/{code}/plans/{id}",
        "/api/v1/organisations/{code}/plans/{id}/programme",
        "/api/v1/organisations/{code}/plans/{id}/check",
        "/api/v1/organisations/{code}/plans/{id}/activities",
        "/api/v1/organisations/{code}/plans/{id}/activities/{aid}",
    ] {
        assert!(paths.contains_key(p), "{p} missing");
    }
    assert!(doc["components"]["schemas"]["ChapterDto"].is_object());
    insta::assert_json_snapshot!("openapi", doc);
}

#[tokio::test]
async fn plans_are_read_and_written_as_json() {
    let app = app().await;
    let (r, _) = send_json(&mut app.client(), Method::GET, "/api/v1/organisations/3425/plans", None, false).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);

    let mut c = app.login("planleiar@engerdal.demo").await;
    let (r, plans) = send_json(&mut c, Method::GET, "/api/v1/organisations/3425/plans", None, false).await;
    assert_eq!(r.status, StatusCode::OK);
    let preventive = plans.as_array().unwrap().iter().find(|p| p["plan_type"] == "preventive").unwrap();
    assert_eq!(preventive["legal_basis"], json!(["barnevernsloven § 15-1"]));
    let id = preventive["id"].as_i64().unwrap();

    let new = json!({"plan_type": "violence", "title": "Handlingsplan mot vold 2027–2030", "period_from": 2027, "period_to": 2030, "preset": "sandefjord"});
    let (r, _) = send_json(&mut c, Method::POST, "/api/v1/organisations/3425/plans", Some(new.clone()), false).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "no CSRF header");
    let (r, created) = send_json(&mut c, Method::POST, "/api/v1/organisations/3425/plans", Some(new), true).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(created["period_from"], 2027);
    let (r, bad) = send_json(
        &mut c,
        Method::POST,
        "/api/v1/organisations/3425/plans",
        Some(json!({"plan_type": "x", "title": ""})),
        true,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad["error"], "invalid");
    assert!(bad["fields"]["title"].as_str().unwrap().contains("tittel"), "{bad}");
    assert!(bad["fields"]["plan_type"].is_string());
    let (r, _) =
        send_json(&mut c, Method::POST, "/api/v1/organisations/3425/plans", Some(json!({"title": 5})), true).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    let (_, detail) =
        send_json(&mut c, Method::GET, &format!("/api/v1/organisations/3425/plans/{id}"), None, false).await;
    let activities = detail["activities"].as_array().unwrap();
    assert_eq!(activities.len(), 9);
    let hearing = activities.iter().find(|a| a["kind"] == "draft_hearing").unwrap();
    assert_eq!(hearing["start"], "22.01.2024");
    assert_eq!(hearing["findings"][0]["blocking"], false, "shorter than six weeks, with its reason recorded");
    assert_eq!(detail["links"].as_array().unwrap().len(), 4);
}

#[tokio::test]
async fn activities_through_the_api_obey_the_hearing_rule() {
    let app = app().await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let (_, plans) = send_json(&mut c, Method::GET, "/api/v1/organisations/3425/plans", None, false).await;
    let id = plans.as_array().unwrap().iter().find(|p| p["plan_type"] == "preventive").unwrap()["id"].as_i64().unwrap();
    let path = format!("/api/v1/organisations/3425/plans/{id}/activities");
    let short = json!({"kind": "draft_hearing", "title": "Ny høring", "start": "01.03.2027", "end": "05.04.2027"});
    let (r, body) = send_json(&mut c, Method::POST, &path, Some(short), true).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["fields"]["end"].as_str().unwrap().contains("35 dager"), "{body}");
    let justified = json!({"kind": "draft_hearing", "title": "Ny høring", "start": "2027-03-01", "end": "05.04.2027", "justification": "Vedtak før valget"});
    let (r, created) = send_json(&mut c, Method::POST, &path, Some(justified), true).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(created["start"], "01.03.2027");
    assert_eq!(created["findings"][0]["blocking"], false);
    let aid = created["id"].as_i64().unwrap();
    let change = json!({"kind": "draft_hearing", "title": "Ny høring", "start": "01.03.2027", "end": "19.04.2027"});
    let (r, _) = send_json(&mut c, Method::PUT, &format!("{path}/{aid}"), Some(change), true).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let (_, list) = send_json(&mut c, Method::GET, &path, None, false).await;
    let changed = list.as_array().unwrap().iter().find(|a| a["id"] == aid).unwrap();
    assert_eq!(changed["end"], "19.04.2027");
    assert!(changed["findings"].as_array().unwrap().is_empty(), "seven weeks, no holiday");
    let (r, _) = send_json(&mut c, Method::DELETE, &format!("{path}/{aid}"), None, true).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let (r, _) = send_json(&mut c, Method::DELETE, &format!("{path}/{aid}"), None, true).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_programme_is_read_and_replaced_as_a_document() {
    let app = app().await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let (_, plans) = send_json(&mut c, Method::GET, "/api/v1/organisations/3425/plans", None, false).await;
    let id = plans.as_array().unwrap().iter().find(|p| p["plan_type"] == "preventive").unwrap()["id"].as_i64().unwrap();
    let path = format!("/api/v1/organisations/3425/plans/{id}/programme");
    let (_, programme) = send_json(&mut c, Method::GET, &path, None, false).await;
    assert_eq!(programme["outline"].as_array().unwrap().len(), 4);
    assert_eq!(programme["groups"][0]["kind"], "working");
    let replacement = json!({
        "purpose": "Nytt formål",
        "groups": [{"kind": "steering", "mandate": "Styrer", "members": [{"service": "Rådmann", "role": "Leder", "name": ""}]}],
        "outline": [{"title": "Innledning", "children": [{"title": "Bakgrunn"}]}]
    });
    let (r, _) = send_json(&mut c, Method::PUT, &path, Some(replacement), true).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let (_, after) = send_json(&mut c, Method::GET, &path, None, false).await;
    assert_eq!(after["purpose"], "Nytt formål");
    assert_eq!(after["outline"][0]["children"][0]["title"], "Bakgrunn");
    let (r, body) = send_json(&mut c, Method::PUT, &path, Some(json!({"groups": [{"kind": "secret"}]})), true).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["fields"]["groups"].as_str().unwrap().contains("secret"));

    // Another municipality's plan does not exist for this user.
    let (r, _) = send_json(&mut c, Method::GET, "/api/v1/organisations/5536/plans", None, false).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut reader = app.login("leser@engerdal.demo").await;
    let (r, _) = send_json(&mut reader, Method::PUT, &path, Some(json!({})), true).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

/// An id in the address that is not a number is 404 as JSON, like an id that names
/// nothing — not the framework's plain text.
#[tokio::test]
async fn an_address_that_does_not_read_is_a_json_404() {
    let app = app().await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let (plans, list) = send_json(&mut c, Method::GET, "/api/v1/organisations/3425/plans", None, false).await;
    assert_eq!(plans.status, StatusCode::OK);
    let id = list[0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/organisations/3425/plans/{id}/activities/abc");
    let (r, body) = send_json(&mut c, Method::PUT, &path, Some(json!({})), true).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    assert_eq!(body["error"], "not_found");
}
