//! The plan's process: a hearing opens only by its step (a hearing draft frozen, a
//! preview first), closes at its deadline or early with a reason, and every refused
//! step says why.

use axum::http::StatusCode;

use crate::support::{app, first_link, text};

#[tokio::test]
async fn a_hearing_is_opened_and_closed_by_its_steps_and_every_refusal_says_why() {
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead
        .post(
            "/organisations/3425/plans",
            &[("plan_type", "preventive"), ("title", "Ny forebyggende plan"), ("phase", "start"), ("preset", "lyngen")],
        )
        .await;
    let plan = r.location().to_owned();
    let today = forebygg_domain::timeline::dates::oslo_date(forebygg_app::now());
    let (start, end) = (today.to_string(), today.plus_days(45).to_string());
    let r = lead
        .post(
            &format!("{plan}/activities"),
            &[("kind", "draft_hearing"), ("title", "Høring av planforslaget"), ("start", &start), ("end", &end)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let id = plan.rsplit('/').next().unwrap();
    let public = format!("/hearings/3425/{id}");
    assert_eq!(app.client().get(&public).await.status, StatusCode::NOT_FOUND, "not opened: no public page");

    let process = format!("{plan}/process");
    let page = lead.get(&process).await;
    let t = text(&page.body);
    assert!(t.contains("Fase Oppstart") && t.contains("Ikke åpnet."), "{t}");
    let open_href = first_link(&page.body, "/process/hearings/");

    // Without a frozen hearing draft there is nothing to put out.
    let r = lead.post(&open_href, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Lås et høringsutkast på dokumentsiden først"));
    let r = lead.post(&format!("{plan}/document/versions"), &[("kind", "hearing_draft"), ("date", &start)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // The preview shows what the public will see, and the empty chapters.
    let preview = lead.get(&open_href).await;
    let t = text(&preview.body);
    assert!(t.contains("Slik ser høringssiden ut") && t.contains("Høring av planforslaget"), "{t}");
    assert!(t.contains("kapitler i høringsutkastet har ingen tekst") && t.contains("1 Innledning"), "{t}");
    let r = lead.post(&open_href, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("kapitler uten tekst"), "refused until the empty chapters are confirmed");
    assert_eq!(app.client().get(&public).await.status, StatusCode::NOT_FOUND);
    let r = lead.post(&open_href, &[("confirm_empty_chapters", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let t = text(&lead.get(&process).await.body);
    assert!(
        t.contains("Fase Planforslag på høring") && t.contains(&format!("Åpen for innspill til og med {end}.")),
        "{t}"
    );
    assert!(text(&app.client().get(&public).await.body).contains("Høringen er åpen til og med"));

    // The opened hearing keeps its period and stays: the activity form cannot move its
    // deadline (to close it without a reason) or remove it.
    let sooner = today.plus_days(10).to_string();
    let page = lead.get(&plan).await.body;
    let activity_href = page
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|s| s.contains("/activities/"))
        .unwrap()
        .to_owned();
    let r = lead
        .post(
            &activity_href,
            &[("kind", "draft_hearing"), ("title", "Høring av planforslaget"), ("start", &start), ("end", &sooner)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Høringen er åpnet: type, start og frist er det publikum har fått vite"));
    let r = lead.post(&format!("{activity_href}/remove"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let renamed =
        [("kind", "draft_hearing"), ("title", "Høring av planforslag 2027"), ("start", &start), ("end", &end)];
    assert_eq!(lead.post(&activity_href, &renamed).await.status, StatusCode::SEE_OTHER, "the title may change");

    // Adopting now is refused; so is a step of another phase.
    let adopt = [("kind", "adopted"), ("date", &start), ("decision_ref", "KST-sak 1/27"), ("body", "council")];
    let r = lead.post(&format!("{plan}/document/versions"), &adopt).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains(&format!("Høringen er åpen til {end}")));
    let r = lead.post(&format!("{process}/start-follow-up"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Dette steget hører ikke til fasen planen er i nå (Planforslag på høring)."));

    // Closing early needs a reason; the typed reason is kept when refused for length.
    let r = lead.post(&format!("{process}/close"), &[("reason", "  ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Skriv hvorfor høringen lukkes før fristen."));
    let long = "x".repeat(2001);
    let r = lead.post(&format!("{process}/close"), &[("reason", long.as_str())]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&long), "the reason is kept");
    let r = lead.post(&format!("{process}/close"), &[("reason", "Saken må rekke kommunestyret i juni")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let t = text(&lead.get(&process).await.body);
    assert!(t.contains("Fase Innspill behandles") || t.contains("Lukket"), "{t}");
    assert!(t.contains(&format!("Lukket {start} før fristen: Saken må rekke kommunestyret i juni")), "{t}");

    // A closed hearing takes no responses, and its public page says so.
    let mut visitor = app.client();
    let page = text(&visitor.get(&public).await.body);
    assert!(page.contains(&format!("Høringen er avsluttet. Høringen ble avsluttet {start}, før fristen.")), "{page}");
    let r = visitor.post(&public, &[("text", "For sent"), ("consent", "on")]).await;
    assert_ne!(r.status, StatusCode::SEE_OTHER, "a late response is refused");
    assert!(text(&r.body).contains("Høringen er avsluttet"));
    // A new hearing needs a new hearing draft: the one heard has been heard.
    let later = (today.plus_days(10).to_string(), today.plus_days(60).to_string());
    let second = [("kind", "draft_hearing"), ("title", "Ny høring"), ("start", &later.0), ("end", &later.1)];
    assert_eq!(lead.post(&format!("{plan}/activities"), &second).await.status, StatusCode::SEE_OTHER);
    let page = lead.get(&process).await;
    let href = first_link(&page.body, "/process/hearings/");
    let r = lead.post(&href, &[("confirm_empty_chapters", "yes")]).await;
    assert!(text(&r.body).contains("Lås et høringsutkast på dokumentsiden først"), "{}", text(&r.body));

    // Readers see the process but not its forms.
    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get(&process).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("<form method=\"post\" action=\"") || !page.body.contains("/process/"),
        "no step forms"
    );
    assert_eq!(reader.post(&format!("{process}/start-drafting"), &[]).await.status, StatusCode::FORBIDDEN);
}

/// A hearing dated in the past does not get six weeks by its dates: what is left from
/// the day it opens counts.
#[tokio::test]
async fn a_backdated_hearing_does_not_pass_the_six_week_rule() {
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead
        .post(
            "/organisations/3425/plans",
            &[("plan_type", "preventive"), ("title", "Plan etter pbl"), ("phase", "start"), ("under_pbl", "on")],
        )
        .await;
    let plan = r.location().to_owned();
    let today = forebygg_domain::timeline::dates::oslo_date(forebygg_app::now());
    let (start, end) = (today.plus_days(-60).to_string(), today.plus_days(3).to_string());
    let hearing = [("kind", "draft_hearing"), ("title", "Tilbakedatert"), ("start", &start), ("end", &end)];
    assert_eq!(lead.post(&format!("{plan}/activities"), &hearing).await.status, StatusCode::SEE_OTHER);
    let today_s = today.to_string();
    lead.post(&format!("{plan}/document/versions"), &[("kind", "hearing_draft"), ("date", &today_s)]).await;
    let page = lead.get(&format!("{plan}/process")).await;
    let href = first_link(&page.body, "/process/hearings/");
    let r = lead.post(&href, &[("confirm_empty_chapters", "yes")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Høringsperioden oppfyller ikke kravet om seks uker"), "{}", text(&r.body));
}

/// A programme hearing puts out the programme frozen for it, which everyone can read.
#[tokio::test]
async fn a_programme_hearing_needs_the_programme_frozen_and_publishes_it() {
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead
        .post(
            "/organisations/3425/plans",
            &[
                ("plan_type", "preventive"),
                ("title", "Plan med planprogram"),
                ("phase", "start"),
                ("preset", "engerdal"),
            ],
        )
        .await;
    let plan = r.location().to_owned();
    let today = forebygg_domain::timeline::dates::oslo_date(forebygg_app::now());
    let (start, end) = (today.to_string(), today.plus_days(45).to_string());
    let hearing =
        [("kind", "programme_hearing"), ("title", "Høring av planprogrammet"), ("start", &start), ("end", &end)];
    assert_eq!(lead.post(&format!("{plan}/activities"), &hearing).await.status, StatusCode::SEE_OTHER);
    let page = lead.get(&format!("{plan}/process")).await;
    let href = first_link(&page.body, "/process/hearings/");
    let r = lead.post(&href, &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Lås planprogrammet for høring først"));
    // The programme page's button freezes it.
    let programme = lead.get(&format!("{plan}/programme")).await;
    assert!(text(&programme.body).contains("Lås planprogrammet for høring"));
    // A plan past its programme (the demo's, revised after its draft hearing) offers no such button.
    let demo = {
        use forebygg_app::{AccountStore, OrgScope, PlanStore};
        let org = app.store.organisation(&forebygg_domain::OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
        let plans = app.store.plans(&OrgScope::operator(&org)).await.unwrap();
        plans.iter().find(|p| p.title == "Plan for forebyggende arbeid").unwrap().id
    };
    let past = lead.get(&format!("/organisations/3425/plans/{demo}/programme")).await;
    assert!(!text(&past.body).contains("Lås planprogrammet for høring"), "{}", text(&past.body));
    let r = lead.post(&format!("{plan}/document/versions"), &[("kind", "programme"), ("date", &start)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let version = lead.get(r.location()).await;
    assert!(text(&version.body).contains("Arbeidsgruppe"), "the frozen programme's chapters: {}", text(&version.body));
    let preview = text(&lead.get(&href).await.body);
    assert!(preview.contains(&format!("Dokument på høring Planprogram på høring {start}")), "{preview}");
    assert_eq!(lead.post(&href, &[]).await.status, StatusCode::SEE_OTHER);
    let id = plan.rsplit('/').next().unwrap();
    let public = text(&app.client().get(&format!("/hearings/3425/{id}")).await.body);
    assert!(public.contains(&format!("Planprogram på høring {start}")), "{public}");
    assert!(text(&lead.get(&format!("{plan}/process")).await.body).contains("Fase Planprogram på høring"));
}
