//! The county's network gatherings: the governor's advisers plan them and read who
//! comes; a municipality's contacts register named participants within the caps, a
//! full gathering keeps a waiting list and a cancellation moves its first up.

use axum::http::StatusCode;
use forebygg_app::{GatheringStore, OrgScope, Store};
use forebygg_domain::OrgCode;
use forebygg_domain::county::gatherings::{Gathering, Seat};

use crate::support::{TestApp, app, text};

const BODY: &str = "/organisations/statsforvalteren-i-innlandet/gatherings";

async fn demo_gatherings(app: &TestApp) -> Vec<Gathering> {
    let store: &dyn Store = &*app.store;
    let sf = store.organisation(&OrgCode::parse("statsforvalteren-i-innlandet").unwrap()).await.unwrap().unwrap();
    store.gatherings(sf.id).await.unwrap()
}

#[tokio::test]
async fn the_adviser_plans_a_gathering_and_reads_everyone_registered() {
    let app = app().await;
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let page = text(&adviser.get(BODY).await.body);
    for title in ["Fysisk samling 1", "Digital samling 1", "Digital samling 2", "Fysisk samling 2"] {
        assert!(page.contains(title), "seed 000's four: {page}");
    }
    assert!(page.contains("30 påmeldte av 30 plasser, 2 på venteliste"), "the first is full: {page}");

    // A refused form names each field and keeps what was typed.
    let bad = [("title", "Ekstra samling"), ("form", "digital"), ("link", "teams"), ("start_date", "31.02.2027")];
    let r = adviser.post(BODY, &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(&r.body);
    assert!(page.contains("«teams» er ikke en nettadresse") && page.contains("«31.02.2027» er ikke en dato"), "{page}");
    assert!(r.body.contains("value=\"Ekstra samling\""), "kept");
    let good = [
        ("title", "Ekstra samling"),
        ("form", "physical"),
        ("place", "Gjøvik"),
        ("start_date", "02.09.2027"),
        ("start_time", "9"),
        ("end_time", "15.30"),
        ("topics", "Erfaringsdeling\nRefleksjon"),
    ];
    let r = adviser.post(BODY, &good).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = text(&adviser.get(r.location()).await.body);
    assert!(page.contains("02.09.2027 kl. 09:00–15:30") && page.contains("Inntil 10 per kommune"), "{page}");

    let full = &demo_gatherings(&app).await[0];
    let base = format!("{BODY}/{}", full.id);
    let page = text(&adviser.get(&base).await.body);
    assert!(page.contains("Engerdal") && page.contains("Åmot") && page.contains("På venteliste"), "{page}");
    let (status, headers, csv) = adviser.get_bytes(&format!("{base}/participants.csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.lines().count(), 33, "a header and 32 participants: {csv}");
    assert!(csv.lines().next().unwrap().contains("Kommune"), "{csv}");
    assert_eq!(csv.matches("På venteliste").count(), 2);
    let (status, _, xlsx) = adviser.get_bytes(&format!("{base}/participants.xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(xlsx.starts_with(b"PK"), "a workbook");
    let (_, headers, ics) = adviser.get_bytes(&format!("{base}/gathering.ics")).await;
    assert!(headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    let ics = String::from_utf8(ics).unwrap();
    let start = full.fields.starts;
    // January: Norway is an hour ahead of UTC.
    let utc = (start - chrono::Duration::hours(1)).format("DTSTART:%Y%m%dT%H%M%SZ").to_string();
    assert!(ics.contains(&utc) && ics.contains("SUMMARY:Fysisk samling 1"), "{ics}");
    assert!(ics.contains("LOCATION:Hamar"), "{ics}");

    // The adviser cancels one: the page names who moved up from the waiting list.
    let all = app.store.registrations(full.id, None).await.unwrap();
    let first_waiting = all.iter().find(|r| r.seat == Seat::Waiting).unwrap().participant.name.clone();
    let cancel = format!("{base}/registrations/{}/cancel", all[0].id);
    let r = adviser.post(&cancel, &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = text(&adviser.get(r.location()).await.body);
    assert!(page.contains(&format!("{first_waiting} fra ventelisten har fått plassen")), "{page}");
}

#[tokio::test]
async fn a_municipality_registers_within_its_cap_and_a_cancellation_moves_the_first_waiting_up() {
    let app = app().await;
    let full = &demo_gatherings(&app).await[0];
    let base = format!("/organisations/3425/gatherings/{}", full.id);
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let list = text(&lead.get("/organisations/3425/gatherings").await.body);
    assert!(list.contains("Fysisk samling 1") && list.contains("10 påmeldt"), "{list}");
    let page = lead.get(&base).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Åmot"), "another municipality's participants are not shown");
    assert!(page.body.contains("@engerdal.demo"), "the contact sees the addresses");
    assert!(text(&page.body).contains("Meld av en deltaker for å melde på en annen"), "at the cap: a word");
    assert!(!page.body.contains(&format!("action=\"{base}/registrations\"")), "and no form");

    // Engerdal has its ten: the eleventh is refused, and the form keeps the name.
    let r = lead.post(&format!("{base}/registrations"), &[("name", "Ellevte Person"), ("role", "Rektor")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("allerede meldt på de 10"), "{}", text(&r.body));
    assert!(r.body.contains("value=\"Ellevte Person\""));

    // One of Engerdal's cancels (after being asked): Åmot's first waiting moves up.
    let store: &dyn Store = &*app.store;
    let before = store.registrations(full.id, None).await.unwrap();
    let mine = before.iter().find(|r| !r.participant.name.is_empty() && r.seat == Seat::Confirmed).unwrap();
    let first_waiting = before.iter().find(|r| r.seat == Seat::Waiting).unwrap().id;
    let cancel = format!("{base}/registrations/{}/cancel", mine.id);
    let asked = lead.post(&cancel, &[]).await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(text(&asked.body).contains(&format!("Melde av {}?", mine.participant.name)));
    assert!(text(&asked.body).contains("Ja, meld av"), "the button says what it does");
    let r = lead.post(&cancel, &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().contains("moved="), "{}", r.location());
    assert!(text(&lead.get(r.location()).await.body).contains("den første på ventelisten har fått plassen"));
    let after = store.registrations(full.id, None).await.unwrap();
    assert_eq!(after.iter().find(|r| r.id == first_waiting).unwrap().seat, Seat::Confirmed);
    assert_eq!(after.iter().filter(|r| r.seat == Seat::Confirmed).count(), 30);

    // Now full again: a new participant of Engerdal waits.
    let r = lead.post(&format!("{base}/registrations"), &[("name", "Ny Deltaker"), ("email", "ny@engerdal.no")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(text(&lead.get(r.location()).await.body).contains("står på ventelisten"));
    let last = store.registrations(full.id, None).await.unwrap().pop().unwrap();
    assert_eq!((last.participant.name.as_str(), last.seat), ("Ny Deltaker", Seat::Waiting));
}

#[tokio::test]
async fn only_contacts_register_and_no_one_reaches_another_countys_gatherings() {
    let app = app().await;
    let gatherings = demo_gatherings(&app).await;
    let full = &gatherings[0];
    let count = || async { app.store.registrations(full.id, None).await.unwrap().len() };
    let before = count().await;
    // A reader sees the gathering but has no form and cannot register.
    let mut reader = app.login("leser@engerdal.demo").await;
    let base = format!("/organisations/3425/gatherings/{}", full.id);
    let page = reader.get(&base).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains(&format!("action=\"{base}/registrations\"")), "no registration form");
    assert!(!page.body.contains("/cancel\""), "no cancel buttons");
    assert!(page.body.contains("Helsesykepleier") && !page.body.contains("@engerdal.demo"), "names, not addresses");
    let r = reader.post(&format!("{base}/registrations"), &[("name", "Uønsket")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let some = app.store.registrations(full.id, None).await.unwrap()[0].id;
    let r = reader.post(&format!("{base}/registrations/{some}/cancel"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(reader.get(BODY).await.status, StatusCode::FORBIDDEN, "the body's pages are its advisers'");
    assert_eq!(reader.get(&format!("{base}/participants.csv")).await.status, StatusCode::NOT_FOUND);

    // The adviser registers no one for a municipality, and plans nothing elsewhere.
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let r = adviser.post(&format!("{base}/registrations"), &[("name", "Rådgiverens venn")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = adviser.post("/organisations/3425/gatherings", &[("title", "Kapret")]).await;
    assert!(
        r.status == StatusCode::FORBIDDEN
            || r.status == StatusCode::METHOD_NOT_ALLOWED
            || r.status == StatusCode::NOT_FOUND
    );

    // The plan lead, reader in Trysil, registers no one there; Engerdal's plan lead
    // cannot cancel Trysil's participants through Engerdal's page.
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let trysil = format!("/organisations/3421/gatherings/{}", full.id);
    assert_eq!(lead.get(&trysil).await.status, StatusCode::OK);
    let r = lead.post(&format!("{trysil}/registrations"), &[("name", "Lånt")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let store: &dyn Store = &*app.store;
    let trysil_org = store.organisation(&OrgCode::parse("3421").unwrap()).await.unwrap().unwrap();
    let theirs = store.registrations(full.id, Some(trysil_org.id)).await.unwrap()[0].id;
    let r = lead.post(&format!("{base}/registrations/{theirs}/cancel"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "not Engerdal's");
    assert_eq!(count().await, before, "nothing changed");

    // A gathering of Troms' governor does not exist for Innlandet's municipalities.
    let troms = forebygg_domain::organisation::NewOrganisation::regional(
        forebygg_domain::OrgKind::CountyGovernor,
        "Statsforvalteren i Troms",
        Some(forebygg_domain::CountyNumber::parse("55").unwrap()),
    )
    .unwrap();
    let troms = store.create_organisation(&troms).await.unwrap();
    let mut fields = full.fields.clone();
    fields.title = "Samling i Tromsø".into();
    let far = store.create_gathering(&OrgScope::operator(&troms), &fields, 1).await.unwrap();
    for path in [
        format!("/organisations/3425/gatherings/{far}"),
        format!("/organisations/3425/gatherings/{far}/gathering.ics"),
        format!("/organisations/statsforvalteren-i-innlandet/gatherings/{far}"),
        format!("/organisations/statsforvalteren-i-innlandet/gatherings/{far}/participants.csv"),
    ] {
        let who = if path.contains("statsforvalteren") { &mut adviser } else { &mut lead };
        let r = who.get(&path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!r.body.contains("Tromsø"), "{path}");
    }
    let r = lead.post(&format!("/organisations/3425/gatherings/{far}/registrations"), &[("name", "Langt unna")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(text(&lead.get("/organisations/3425/gatherings").await.body).contains("Fysisk samling 1"));
    assert!(!text(&lead.get("/organisations/3425/gatherings").await.body).contains("Tromsø"));
}

#[tokio::test]
async fn erasure_on_the_privacy_page_reaches_the_registrations() {
    let app = app().await;
    let coming = demo_gatherings(&app).await.into_iter().find(|g| g.fields.title.contains("Digital")).unwrap();
    let base = format!("/organisations/3425/gatherings/{}", coming.id);
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead
        .post(
            &format!("{base}/registrations"),
            &[("name", "Petra Persen"), ("email", "petra@example.no"), ("role", "Rektor")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(lead.get(&base).await.body.contains("Petra Persen"));

    // Her copy names the registration.
    let export = lead.get("/organisations/3425/privacy/export?email=Petra%40Example.no").await;
    let copy: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let registrations = copy["registrations"].as_array().unwrap();
    assert_eq!(registrations.len(), 1, "{copy}");
    assert_eq!(registrations[0]["name"], "Petra Persen");
    assert_eq!(registrations[0]["gathering"], coming.fields.title.as_str());

    let r = lead.post("/organisations/3425/privacy/erase", &[("email", "petra@example.no"), ("confirm", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = text(&lead.get(r.location()).await.body);
    assert!(page.contains("Én påmelding til en nettverkssamling ble også slettet eller anonymisert."), "{page}");
    assert!(page.contains("Påmeldinger slettet"), "logged: {page}");
    assert!(page.contains("én påmelding meldt av, 0 anonymisert, 0 fikk plass fra ventelisten"), "in words: {page}");
    let gathering = lead.get(&base).await.body;
    assert!(!gathering.contains("Petra") && !gathering.contains("petra@example.no"), "{gathering}");
    let store: &dyn Store = &*app.store;
    assert!(
        store.registrations(coming.id, None).await.unwrap().iter().all(|r| r.participant.email != "petra@example.no")
    );
}

#[tokio::test]
async fn a_capacity_below_those_registered_is_refused_and_a_raised_one_seats_the_waiting() {
    let app = app().await;
    let full = &demo_gatherings(&app).await[0];
    let base = format!("{BODY}/{}", full.id);
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let f = forebygg_app::gatherings::GatheringForm::of(&full.fields);
    let form = |capacity: &str, per_municipality: &str| {
        vec![
            ("title", f.title.clone()),
            ("form", f.form.clone()),
            ("place", f.place.clone()),
            ("per_municipality", per_municipality.to_owned()),
            ("capacity", capacity.to_owned()),
            ("start_date", f.start_date.clone()),
            ("start_time", f.start_time.clone()),
            ("end_date", f.end_date.clone()),
            ("end_time", f.end_time.clone()),
            ("topics", f.topics.clone()),
        ]
    };
    fn as_refs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
        v.iter().map(|(k, v)| (*k, v.as_str())).collect()
    }

    let r = adviser.post(&base, &as_refs(&form("20", "5"))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(&r.body);
    assert!(page.contains("30 er allerede påmeldt: meld av noen først, eller behold minst 30."), "{page}");
    assert!(page.contains("10 er allerede påmeldt"), "the cap per municipality too: {page}");
    assert!(r.body.contains("value=\"20\""), "what was typed is kept");
    assert_eq!(demo_gatherings(&app).await[0].fields.capacity, Some(30), "nothing changed");

    let r = adviser.post(&base, &as_refs(&form("31", "10"))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = text(&adviser.get(r.location()).await.body);
    assert!(page.contains("Samlingen er lagret. Den første på ventelisten har fått plass."), "{page}");
    let all = app.store.registrations(full.id, None).await.unwrap();
    assert_eq!(all.iter().filter(|r| r.seat == Seat::Confirmed).count(), 31);
}

#[tokio::test]
async fn an_adviser_removes_a_gathering_after_being_told_who_loses_a_seat() {
    let app = app().await;
    let full = &demo_gatherings(&app).await[0];
    let remove = format!("{BODY}/{}/remove", full.id);
    // A municipality's contact cannot, nor another body's address.
    let mut lead = app.login("planleiar@engerdal.demo").await;
    assert_eq!(lead.post(&remove, &[("confirm", "yes")]).await.status, StatusCode::FORBIDDEN);
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let asked = adviser.post(&remove, &[]).await;
    assert_eq!(asked.status, StatusCode::OK);
    let page = text(&asked.body);
    assert!(page.contains("Fjerne samlingen «Fysisk samling 1»?"), "{page}");
    assert!(
        page.contains("Alle 32 påmeldingene slettes, også de på ventelisten; gi beskjed til dem det gjelder."),
        "{page}"
    );
    assert_eq!(demo_gatherings(&app).await.len(), 4, "asking changes nothing");
    let digital = &demo_gatherings(&app).await[1];
    let other = text(&adviser.post(&format!("{BODY}/{}/remove", digital.id), &[]).await.body);
    assert!(!other.contains("ventelisten"), "no waiting list, no word of one: {other}");
    let r = adviser.post(&remove, &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let list = text(&adviser.get(r.location()).await.body);
    assert!(list.contains("Samlingen er fjernet.") && !list.contains("Fysisk samling 1"), "{list}");
    let spoofed = text(&adviser.get(&format!("{BODY}?removed=Ring+oss")).await.body);
    assert!(!spoofed.contains("Ring oss"), "the address puts no words on the page: {spoofed}");
    assert_eq!(demo_gatherings(&app).await.len(), 3);
    assert!(app.store.registrations(full.id, None).await.unwrap().is_empty(), "its registrations with it");
    assert_eq!(adviser.get(&format!("{BODY}/{}", full.id)).await.status, StatusCode::NOT_FOUND);
}
