//! The organisation register and the municipality pages.

use axum::http::StatusCode;
use forebygg_app::AccountStore;
use forebygg_domain::OrgCode;

use crate::support::{app, text};

#[tokio::test]
async fn the_list_holds_every_municipality_and_county() {
    let app = app().await;
    let r = app.client().get("/organisations?kind=municipality").await;
    assert!(text(&r.body).contains("357 organisasjoner passer."), "{}", &text(&r.body)[..400]);
    let r = app.client().get("/organisations?kind=county").await;
    assert!(text(&r.body).contains("15 organisasjoner passer."));
}

#[tokio::test]
async fn the_list_filters_by_county_and_text_and_sorts_by_name() {
    let app = app().await;
    let mut c = app.client();
    let t = text(&c.get("/organisations?county=34&kind=municipality").await.body);
    assert!(t.contains("Engerdal") && t.contains("Trysil") && !t.contains("Lyngen"), "{t}");
    let t = text(&c.get("/organisations?q=LYNGEN").await.body);
    assert!(t.contains("Én organisasjon passer.") && t.contains("5536 Lyngen"), "{t}");
    let by_name = c.get("/organisations?county=34&kind=municipality&sort=name").await.body;
    let (alvdal, vaga) = (by_name.find(">Alvdal<").unwrap(), by_name.find(">Vågå<").unwrap());
    assert!(alvdal < vaga);
    let by_number = c.get("/organisations?county=34&kind=municipality").await.body;
    // 3403 Hamar comes before 3401 Kongsvinger alphabetically, not by number.
    assert!(by_number.find(">Kongsvinger<").unwrap() < by_number.find(">Hamar<").unwrap());
    assert!(by_name.find(">Hamar<").unwrap() < by_name.find(">Kongsvinger<").unwrap());
}

#[tokio::test]
async fn a_municipality_page_shows_name_number_and_county() {
    let app = app().await;
    let r = app.client().get("/organisations/3425").await;
    assert_eq!(r.status, StatusCode::OK);
    let t = text(&r.body);
    assert!(t.contains("Engerdal") && t.contains("Kommunenummer 3425") && t.contains("Innlandet (34)"), "{t}");
    assert!(!t.contains("Medlemmer og roller"), "no internal links for visitors");
    let mut member = app.login("leser@engerdal.demo").await;
    assert!(text(&member.get("/organisations/3425").await.body).contains("Medlemmer og roller"));
    let county = text(&app.client().get("/organisations/34").await.body);
    assert!(county.contains("Kommuner i fylket (46)") && county.contains("Engerdal"), "{county}");
    assert_eq!(app.client().get("/organisations/9999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.client().get("/organisations/%3Cscript%3E").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_site_admin_adds_a_regional_body() {
    let app = app().await;
    let mut plan_lead = app.login("planleiar@engerdal.demo").await;
    assert_eq!(plan_lead.get("/organisations/new").await.status, StatusCode::FORBIDDEN);
    let r = plan_lead.post("/organisations", &[("kind", "ks"), ("name", "KS Innlandet"), ("county", "34")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    let mut admin = app.login("drift@forebygg.demo").await;
    let r = admin
        .post("/organisations", &[("kind", "county_governor"), ("name", "Statsforvaltaren i Vestland"), ("county", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("En statsforvalter må høre til et fylke."));
    assert!(r.body.contains("value=\"Statsforvaltaren i Vestland\""), "typed name kept");

    let r = admin
        .post(
            "/organisations",
            &[("kind", "county_governor"), ("name", "Statsforvaltaren i Vestland"), ("county", "46")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/organisations/statsforvaltaren-i-vestland");
    let t = text(&admin.get(r.location()).await.body);
    assert!(t.contains("Statsforvalter") && t.contains("Vestland (46)"), "{t}");
    let org = app.store.organisation(&OrgCode::parse("statsforvaltaren-i-vestland").unwrap()).await.unwrap();
    assert!(org.is_some());

    let r = admin
        .post(
            "/organisations",
            &[("kind", "county_governor"), ("name", "Statsforvaltaren i Vestland"), ("county", "46")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = admin.post("/organisations", &[("kind", "municipality"), ("name", "Ny kommune"), ("county", "46")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}
