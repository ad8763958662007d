//! The plan document: the outline with each chapter's text, written chapter by chapter.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, OrgScope, PlanStore};
use forebygg_domain::OrgCode;

use crate::support::{TestApp, app, text};

async fn plan_of(app: &TestApp, plan_type: &str) -> i64 {
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    app.store.plans(&OrgScope::operator(&org)).await.unwrap().iter().find(|p| p.plan_type == plan_type).unwrap().id
}

#[tokio::test]
async fn a_chapter_is_written_in_markup_and_shown_escaped_in_the_document() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/document");
    let page = lead.get(&base).await;
    assert_eq!(page.status, StatusCode::OK);
    let t = text(&page.body);
    assert!(t.contains("Innhold") && t.contains("Ikke skrevet ennå."), "{t}");
    assert!(page.body.contains("<h2 id=\"chapter-1\">1 "), "chapters are headings");
    let r = lead.get(&format!("{base}/1")).await;
    assert_eq!(r.status, StatusCode::OK);
    let body = "# Bakgrunn\nAlle barn skal ha *trygge* voksne.[^1] <script>alert(1)</script>\n\n- ICDP\n- BTI\n\n| Tiltak | Eier |\n|---|---|\n| ICDP | Helsestasjonen |\n\n[^1]: Ungdata 2023.";
    let r = lead.post(&format!("{base}/1"), &[("body", body)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(r.location().ends_with("#chapter-1"));
    let page = lead.get(&base).await;
    assert!(page.body.contains("<h3>Bakgrunn</h3>") && page.body.contains("<em>trygge</em>"), "{}", page.body);
    assert!(page.body.contains("<li>ICDP</li>") && page.body.contains("<th scope=\"col\">Tiltak</th>"));
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.body.contains("<script>alert"));
    assert!(page.body.contains("<li id=\"chapter-1-fn-1\">Ungdata 2023."));
    assert!(text(&page.body).contains("Sist endret av Kari Nordmo"));
    let edit = lead.get(&format!("{base}/1")).await;
    assert!(edit.body.contains("*trygge* voksne"), "the editor shows the markup as written");

    let long = "x".repeat(100_001);
    let r = lead.post(&format!("{base}/1"), &[("body", long.as_str())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&long), "a refused text is kept");
    assert_eq!(lead.post(&format!("{base}/99"), &[("body", "x")]).await.status, StatusCode::NOT_FOUND);

    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get(&base).await;
    assert!(page.body.contains("<em>trygge</em>") && !page.body.contains(&format!("{base}/1\"")));
    assert_eq!(reader.post(&format!("{base}/1"), &[("body", "Kapret")]).await.status, StatusCode::FORBIDDEN);
    let mut outsider = app.login("drift@forebygg.demo").await;
    assert_eq!(outsider.get(&base).await.status, StatusCode::FORBIDDEN);
}
