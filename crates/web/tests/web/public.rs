//! The public face: the municipality's page with its plans, an adopted plan for
//! everyone (contents, files, goals, measures, status), the youth page, and a citizen
//! finding their own input by its reference number.

use axum::http::StatusCode;

use crate::support::{Client, TestApp, app, app_with_pdf, plan_of, text};

/// Adopts Engerdal's preventive plan (its hearing has closed) and returns the public
/// address of the adopted version.
async fn adopt(app: &TestApp, lead: &mut Client) -> String {
    let plan = plan_of(app, "preventive").await;
    let r = lead
        .post(
            &format!("/organisations/3425/plans/{plan}/document/versions"),
            &[
                ("kind", "adopted"),
                ("date", "18.04.2024"),
                ("decision_ref", "KST-sak 12/24"),
                ("body", "council"),
                ("confirm_unanswered", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let vid = r.location().rsplit('/').next().unwrap().to_owned();
    format!("/hearings/3425/{plan}/versions/{vid}")
}

#[tokio::test]
async fn the_municipality_page_lists_its_plans_with_open_hearings_and_adopted_versions() {
    let app = app().await;
    let preventive = plan_of(&app, "preventive").await;
    let violence = plan_of(&app, "violence").await;
    let upbringing = plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let mut anyone = app.client();
    let page = anyone.get("/organisations/3425").await;
    let t = text(&page.body);
    assert!(t.contains("Planer"), "{t}");
    assert!(page.body.contains(&format!("href=\"/hearings/3425/{violence}\"")), "{}", page.body);
    assert!(t.contains("Handlingsplan mot vold i nære relasjoner") && t.contains("På høring til og med"), "{t}");
    assert!(page.body.contains(&format!("href=\"/hearings/3425/{preventive}\"")), "a heard plan is listed");
    assert!(!page.body.contains(&format!("href=\"/hearings/3425/{upbringing}\"")), "never on hearing: not public");
    assert!(!t.contains("Oppvekstplan"), "{t}");

    let adopted = adopt(&app, &mut lead).await;
    let page = anyone.get("/organisations/3425").await;
    assert!(page.body.contains(&format!("href=\"{adopted}\"")), "the adopted version is linked");
    assert!(text(&page.body).contains("Vedtatt plan 18.04.2024"), "{}", text(&page.body));
    // Nynorsk visitors read it in nynorsk.
    let mut nn = app.client();
    nn.extra.push(("accept-language", "nn".into()));
    assert!(text(&nn.get("/organisations/3425").await.body).contains("Planar"));
}

#[tokio::test]
async fn an_adopted_plan_has_contents_files_goals_measures_and_status_for_everyone() {
    let (release, waiter) = std::sync::mpsc::channel::<()>();
    let app = app_with_pdf(Box::new(crate::document::FakeEngine(std::sync::Mutex::new(waiter)))).await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let adopted = adopt(&app, &mut lead).await;
    let mut anyone = app.client();
    let page = anyone.get(&adopted).await;
    assert_eq!(page.status, StatusCode::OK);
    let t = text(&page.body);
    // A contents list that leads to each chapter.
    assert!(t.contains("Innhold"), "{t}");
    assert!(page.body.contains("href=\"#v-chapter-1\"") && page.body.contains("id=\"v-chapter-1\""));
    // Goals and measures with their owners, and each measure's latest status.
    assert!(t.contains("Alle barn og unge i Engerdal har en trygg oppvekst"), "{t}");
    assert!(t.contains("Foreldreveiledning (ICDP)") && t.contains("Helsestasjonen"), "{t}");
    assert!(t.contains("60 %"), "the latest status report: {t}");
    assert!(!page.body.contains("/organisations/3425/plans"), "no staff links");
    // Word and PDF to download, without signing in.
    let (status, headers, bytes) = anyone.get_bytes(&format!("{adopted}/plan.docx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"].to_str().unwrap().contains("wordprocessingml"));
    assert!(bytes.starts_with(b"PK"));
    let pdf = format!("{adopted}/plan.pdf");
    assert!(page.body.contains(&format!("href=\"{pdf}\"")));
    let making = anyone.get(&pdf).await;
    assert_eq!(making.status, StatusCode::ACCEPTED, "being made: a page that says so");
    assert!(text(&making.body).contains("PDF-filen lages"), "{}", text(&making.body));
    release.send(()).unwrap();
    let mut bytes = Vec::new();
    for _ in 0..200 {
        let (status, _, body) = anyone.get_bytes(&pdf).await;
        if status == StatusCode::OK {
            bytes = body;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(bytes.starts_with(b"%PDF"), "the file, once made");
    // Made once: the next reader gets the same file at once (the engine would block).
    let (status, _, again) = app.client().get_bytes(&pdf).await;
    assert_eq!((status, again), (StatusCode::OK, bytes));
    // A hearing draft has no status section; a draft is not public at all.
    let plan = plan_of(&app, "preventive").await;
    let draft = lead
        .post(
            &format!("/organisations/3425/plans/{plan}/document/versions"),
            &[("kind", "draft"), ("date", "01.05.2024")],
        )
        .await
        .location()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let hidden = format!("/hearings/3425/{plan}/versions/{draft}");
    assert_eq!(anyone.get(&format!("{hidden}/plan.docx")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anyone.get(&format!("{hidden}/plan.pdf")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anyone.get(&adopted.replace("/3425/", "/5536/")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_youth_page_names_the_municipality_and_carries_the_summary_the_plan_lead_wrote() {
    let app = app().await;
    let violence = plan_of(&app, "violence").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let youth = format!("/hearings/3425/{violence}?variant=youth");
    let t = text(&app.client().get(&youth).await.body);
    assert!(t.contains("Engerdal kommune"), "{t}");
    let programme = format!("/organisations/3425/plans/{violence}/programme");
    let form = lead.get(&programme).await;
    assert!(form.body.contains("name=\"youth_summary\""), "the plan lead writes it with the programme's texts");
    let r = lead
        .post(
            &format!("{programme}/texts"),
            &[("purpose", "Formål"), ("youth_summary", "Planen handler om å stoppe vold hjemme. <b>Si fra!</b>")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = app.client().get(&youth).await;
    assert!(text(&page.body).contains("Planen handler om å stoppe vold hjemme."), "{}", text(&page.body));
    assert!(!page.body.contains("<b>Si fra!") && text(&page.body).contains("<b>Si fra!</b>"), "escaped");
    assert!(lead.get(&programme).await.body.contains("Planen handler om å stoppe vold hjemme."), "kept in the form");
}

#[tokio::test]
async fn a_citizen_finds_their_input_by_reference_on_the_outcomes_page_linked_while_open() {
    let app = app().await;
    let violence = plan_of(&app, "violence").await;
    let mut c = app.client();
    let href = format!("/hearings/3425/{violence}");
    let outcomes = format!("{href}/outcomes");
    let page = c.get(&href).await;
    assert!(page.body.contains(&format!("href=\"{outcomes}\"")), "linked while the hearing is open");
    let r = c.post(&href, &[("text", "Trygge voksne i friminuttet."), ("consent", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let receipt = text(&c.get(r.location()).await.body);
    let year = forebygg_domain::timeline::dates::oslo_date(forebygg_app::now()).year();
    let reference = format!("{year}-001");
    assert!(receipt.contains(&format!("Referansenummer {reference}")), "the plan's first input: {receipt}");
    assert!(c.get(r.location()).await.body.contains(&format!("href=\"{outcomes}?ref={reference}")), "{receipt}");

    let mut other = app.client();
    let found = other.get(&format!("{outcomes}?ref={year}-1")).await;
    assert_eq!(found.status, StatusCode::OK);
    let t = text(&found.body);
    assert!(t.contains(&format!("Innspill {reference}")) && t.contains("Trygge voksne i friminuttet."), "{t}");
    assert!(t.contains("Ikke vurdert ennå"), "its answer, or that there is none yet: {t}");
    let missing = other.get(&format!("{outcomes}?ref=2019-404")).await;
    assert_eq!(missing.status, StatusCode::OK);
    let t = text(&missing.body);
    assert!(t.contains("Fant ikke noe innspill med referansenummer 2019-404"), "{t}");
    assert!(missing.body.contains("value=\"2019-404\""), "the typed number is kept");
    let garbled = text(&other.get(&format!("{outcomes}?ref=%3Cscript%3E")).await.body);
    assert!(garbled.contains("Fant ikke noe innspill med referansenummer <script>"), "{garbled}");
}
