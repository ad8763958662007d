//! The shared library: legal requirements in force today and guidance, per kind of
//! plan, searchable, in the reader's language.

use axum::http::StatusCode;

use crate::support::{app, text};

#[tokio::test]
async fn the_library_cites_the_law_in_force_and_the_guidance_and_searches_both() {
    let app = app().await;
    let mut visitor = app.client();
    let r = visitor.get("/library").await;
    assert_eq!(r.status, StatusCode::OK);
    let page = text(&r.body);
    assert!(page.contains("barnevernsloven § 15-1 : Kommunestyret skal vedta en plan"), "{page}");
    assert!(!page.contains("§ 3-1"), "the 1992 paragraph is no longer in force: {page}");
    assert!(page.contains("Saksbehandlingsrundskrivet") && page.contains("Frihet fra vold"), "{page}");
    assert!(page.contains("alkoholloven § 1-7d"), "{page}");

    let found = text(&visitor.get("/library?q=selvmord").await.body);
    assert!(
        found.contains("Én plantype passer.") && found.contains("Handlingsplan for forebygging av selvmord"),
        "{found}"
    );
    assert!(!found.contains("Plan for forebyggende arbeid Lovkrav"), "{found}");
    let none = text(&visitor.get("/library?q=finnes-ikke").await.body);
    assert!(none.contains("Ingen plantyper passer søket."), "{none}");
    let law = text(&visitor.get("/library?q=11-14").await.body);
    assert!(law.contains("Kommuneplanens samfunnsdel") && !law.contains("Oppvekstplan"), "{law}");
}

#[tokio::test]
async fn a_shared_measure_is_found_and_copied_into_another_municipalitys_plan_with_its_origin() {
    use forebygg_app::{OrgScope, Store, members};
    use forebygg_domain::plan::{Phase, PlanFields, Programme};
    use forebygg_domain::{Email, OrgCode, Password, PersonName, Role};
    let app = app().await;
    let store: &dyn Store = &*app.store;
    let plan = crate::support::plan_of(&app, "preventive").await;
    let engerdal = store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let measure = store.measures(&OrgScope::operator(&engerdal), plan).await.unwrap()[0].clone();
    let page = format!("/organisations/3425/plans/{plan}/measures/{}", measure.id);

    // A reader cannot share; the editor can, and the page says so.
    let mut reader = app.login("leser@engerdal.demo").await;
    assert_eq!(reader.post(&format!("{page}/share"), &[("shared", "yes")]).await.status, StatusCode::FORBIDDEN);
    let mut editor = app.login("redaktor@engerdal.demo").await;
    let r = editor.post(&format!("{page}/share"), &[("shared", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&editor.get(r.location()).await.body).contains("Tiltaket er delt med de andre kommunene"));

    // Not signed in: the law, not the measures.
    let mut visitor = app.client();
    let public = text(&visitor.get("/library").await.body);
    assert!(public.contains("Logg inn for å se") && !public.contains(&measure.fields.name), "{public}");

    // Lyngen's administrator finds it and copies it into Lyngen's plan.
    let lyngen = store.organisation(&OrgCode::parse("5536").unwrap()).await.unwrap().unwrap();
    let user = members::create_account(
        store,
        &Email::parse("admin@lyngen.demo").unwrap(),
        &PersonName::parse("Lyngen Admin").unwrap(),
        &Password::parse(forebygg_app::demo::DEMO_PASSWORD).unwrap(),
        false,
    )
    .await
    .unwrap();
    members::add_role(store, &OrgScope::operator(&lyngen), &user, Role::Admin).await.unwrap();
    let fields = PlanFields {
        plan_type: "preventive".into(),
        title: "Lyngens plan".into(),
        phase: Phase::Drafting,
        period: None,
        under_pbl: true,
    };
    let lplan = store.create_plan(&OrgScope::operator(&lyngen), &fields, &Programme::default()).await.unwrap().id;
    let mut lyngen_admin = app.login("admin@lyngen.demo").await;
    let found = lyngen_admin.get(&format!("/library?q={}", measure.fields.owner)).await;
    let words = text(&found.body);
    assert!(words.contains(&measure.fields.name) && words.contains("Engerdal"), "{words}");
    assert!(found.body.contains(&format!("value=\"5536:{lplan}\"")), "its own plan to copy into");
    assert!(!found.body.contains(&format!("value=\"3425:{plan}\"")), "not Engerdal's");
    let copy = format!("/library/measures/{}/copy", measure.id);
    let r = lyngen_admin.post(&copy, &[("plan", &format!("3425:{plan}"))]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "into Engerdal's plan");
    let r = lyngen_admin.post(&copy, &[("plan", &format!("5536:{lplan}"))]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let copied = text(&lyngen_admin.get(r.location()).await.body);
    assert!(copied.contains(&format!("Kopiert fra Engerdal («{}»)", measure.fields.name)), "{copied}");
    let theirs = store.measures(&OrgScope::operator(&lyngen), lplan).await.unwrap();
    assert_eq!(theirs.len(), 1);
    assert!(theirs[0].fields.goals.is_empty(), "Engerdal's goals stay Engerdal's");

    // Once Engerdal stops sharing, it can no longer be copied.
    editor.post(&format!("{page}/share"), &[("shared", "no")]).await;
    let r = lyngen_admin.post(&copy, &[("plan", &format!("5536:{lplan}"))]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
