//! The plan portfolio, a plan's process calendar, its programme, and the exports.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, OrgScope, PlanStore};
use forebygg_domain::OrgCode;
use forebygg_domain::ids::PlanId;

use crate::support::{TestApp, app, text};

/// The id of the demo's plan for preventive work.
async fn preventive_plan(app: &TestApp) -> PlanId {
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let plans = app.store.plans(&OrgScope::operator(&org)).await.unwrap();
    plans.iter().find(|p| p.plan_type == "preventive").unwrap().id
}

#[tokio::test]
async fn the_portfolio_lists_plans_with_type_phase_period_and_legal_basis() {
    let app = app().await;
    let mut c = app.login("leser@engerdal.demo").await;
    let r = c.get("/organisations/3425/plans").await;
    assert_eq!(r.status, StatusCode::OK);
    let t = text(&r.body);
    assert!(t.contains("5 planer"), "{t}");
    // The draft hearing closed at its deadline: the list says so, as the plan page does.
    assert!(
        t.contains("Plan for forebyggende arbeid barnevernsloven § 15-1 Bearbeiding etter høring 2024–2027"),
        "{t}"
    );
    assert!(t.contains("Alkoholpolitisk handlingsplan alkoholloven § 1-7d"), "{t}");
    assert!(!r.body.contains("method=\"post\" action=\"/organisations/3425/plans\""), "a reader gets no form");
    let t = text(&c.get("/organisations/3425/plans?type=alcohol").await.body);
    assert!(t.contains("Én plan") && t.contains("Alkoholpolitisk og rusforebyggende handlingsplan"), "{t}");
    let r = c.post("/organisations/3425/plans", &[("plan_type", "other"), ("title", "Leserens plan")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // In nynorsk the laws have their nynorsk names.
    c.extra.push(("accept-language", "nn".into()));
    let t = text(&c.get("/organisations/3425/plans").await.body);
    assert!(t.contains("barnevernslova § 15-1") && t.contains("alkohollova § 1-7d"), "{t}");
    assert!(!t.contains("barnevernsloven"), "{t}");
    let plan = crate::support::plan_of(&app, "preventive").await;
    let t = text(&c.get(&format!("/organisations/3425/plans/{plan}/document")).await.body);
    assert!(t.contains("barnevernslova § 15-1 – Kommunestyret skal vedta ein plan"), "{t}");
}

#[tokio::test]
async fn a_plan_lead_starts_a_plan_from_a_preset() {
    let app = app().await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let r = c
        .post(
            "/organisations/3425/plans",
            &[
                ("plan_type", "preventive"),
                ("title", "Ny plan for forebygging"),
                ("phase", "start"),
                ("period_from", "2026"),
                ("period_to", "2029"),
                ("under_pbl", "on"),
                ("preset", "lyngen"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let plan_page = c.get(r.location()).await;
    let t = text(&plan_page.body);
    assert!(
        t.contains("Ny plan for forebygging")
            && t.contains("2026–2029")
            && t.contains("Etter plan- og bygningsloven Ja"),
        "{t}"
    );
    let programme = text(&c.get(&format!("{}/programme", r.location())).await.body);
    assert!(
        programme.contains("Ressursgruppe") && programme.contains("Spørreundersøkelse"),
        "Lyngen's structure: {programme}"
    );
    assert!(programme.contains("4 Kunnskapsgrunnlag og analyse"), "{programme}");
}

#[tokio::test]
async fn a_refused_plan_form_says_why_and_keeps_the_text() {
    let app = app().await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let r = c
        .post(
            "/organisations/3425/plans",
            &[
                ("plan_type", "preventive"),
                ("title", "  "),
                ("period_from", "2029"),
                ("period_to", "2026"),
                ("preset", "engerdal"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("Skriv en tittel på 1 til 200 tegn."), "{t}");
    assert!(t.contains("«2029–2026» er ikke en periode"), "{t}");
    assert!(r.body.contains("value=\"2029\"") && r.body.contains("value=\"2026\""));
    assert!(r.body.contains("<option value=\"engerdal\" selected>"));
    assert!(r.body.contains("aria-describedby=\"title-error\""));
}

#[tokio::test]
async fn a_short_hearing_under_pbl_is_refused_until_it_is_justified() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{id}/activities");
    let fields = [
        ("kind", "draft_hearing"),
        ("title", "Ny høring"),
        ("start", "01.03.2027"),
        ("end", "05.04.2027"),
        ("justification", ""),
    ];
    let r = c.post(&path, &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("Høringen er 35 dager") && t.contains("frist 12.04.2027 eller senere"), "{t}");
    assert!(r.body.contains("value=\"05.04.2027\"") && r.body.contains("value=\"Ny høring\""), "typed text kept");
    let mut justified = fields.to_vec();
    justified[4] = ("justification", "Saken må til kommunestyret før sommeren");
    let r = c.post(&path, &justified).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = text(&c.get(&format!("/organisations/3425/plans/{id}")).await.body);
    assert!(
        page.contains("01.03.2027–05.04.2027") && page.contains("Høringen er 35 dager, kortere enn seks uker"),
        "{page}"
    );

    let r = c.post(&path, &[("kind", "other"), ("title", "Feil dato"), ("start", "31.02.2027")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("«31.02.2027» er ikke en dato"));
}

#[tokio::test]
async fn the_demo_plan_shows_what_the_law_says_about_its_timeline() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("leser@engerdal.demo").await;
    let t = text(&c.get(&format!("/organisations/3425/plans/{id}")).await.body);
    assert!(t.contains("Merk: Høringen går 28 dager over sommerferien; vurder fristen 03.09.2023."), "{t}");
    // Engerdal's hearing ran 38 days; the demo records the reason, so it is a note, not a stop.
    assert!(t.contains("Merk: Høringen er 38 dager, kortere enn seks uker; seks uker varer til 04.03.2024."), "{t}");
    assert!(t.contains("barnevernsloven § 15-1"));
    // An adoption by the executive committee is flagged.
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead
        .post(
            &format!("/organisations/3425/plans/{id}/activities"),
            &[
                ("kind", "plan_adoption"),
                ("title", "Vedtak i formannskapet"),
                ("start", "10.06.2024"),
                ("body", "executive_committee"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let t = text(&lead.get(&format!("/organisations/3425/plans/{id}")).await.body);
    assert!(t.contains("Bare kommunestyret kan vedta denne planen; her står: Formannskapet."), "{t}");
}

#[tokio::test]
async fn activities_can_be_changed_and_removed() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("redaktor@engerdal.demo").await;
    let page = c.get(&format!("/organisations/3425/plans/{id}")).await;
    let marker = format!("/organisations/3425/plans/{id}/activities/");
    let start = page.body.find(&format!("href=\"{marker}")).unwrap() + 6 + marker.len();
    let aid: String = page.body[start..].chars().take_while(char::is_ascii_digit).collect();
    let edit = c.get(&format!("{marker}{aid}")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.body.contains("value=\"14.06.2023\""), "dates shown as dd.mm.åååå");
    let r = c
        .post(
            &format!("{marker}{aid}"),
            &[
                ("kind", "political_treatment"),
                ("title", "Endret tittel"),
                ("start", "15.06.2023"),
                ("body", "standing_committee"),
                ("done", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&c.get(&format!("/organisations/3425/plans/{id}")).await.body).contains("15.06.2023 Endret tittel"));
    let r = c.post(&format!("{marker}{aid}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(text(&r.body).contains("Fjerne aktiviteten Endret tittel?"), "{}", text(&r.body));
    assert!(text(&c.get(&format!("/organisations/3425/plans/{id}")).await.body).contains("Endret tittel"), "kept");
    let r = c.post(&format!("{marker}{aid}/remove"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!text(&c.get(&format!("/organisations/3425/plans/{id}")).await.body).contains("Endret tittel"));
}

#[tokio::test]
async fn the_calendar_file_parses_with_norwegian_text_and_the_oslo_time_zone() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("leser@engerdal.demo").await;
    let r = c.get(&format!("/organisations/3425/plans/{id}/calendar.ics")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers.get("content-type").unwrap().to_str().unwrap().starts_with("text/calendar"));
    assert!(r.body.contains("\r\n"), "CRLF line ends (RFC 5545)");
    let calendar: icalendar::Calendar = r.body.parse().unwrap();
    assert_eq!(calendar.get_timezone(), Some("Europe/Oslo"));
    let events: Vec<_> = calendar.events().collect();
    // Nine activities and two hearing deadlines.
    assert_eq!(events.len(), 11);
    use icalendar::Component;
    let summaries: Vec<&str> = events.iter().filter_map(|e| e.get_summary()).collect();
    assert!(summaries.contains(&"Høring og offentlig ettersyn av planforslaget"), "{summaries:?}");
    assert!(summaries.contains(&"Frist: Høring og offentlig ettersyn av planforslaget"), "{summaries:?}");
    assert!(r.body.contains("DTSTART;VALUE=DATE:20240122"), "{}", r.body);
    assert!(r.body.contains("DTEND;VALUE=DATE:20240301"), "the end day is included");
    // RFC 5545: the product says who made the file, and every event ends after it starts.
    assert!(r.body.contains("PRODID:-//forebygg//forebygg//NO\r\n"), "{}", r.body);
    assert!(!r.body.contains("ICALENDAR-RS"));
    for e in &events {
        let (Some(start), Some(end)) = (e.property_value("DTSTART"), e.property_value("DTEND")) else {
            panic!("an event without start or end: {:?}", e.get_summary());
        };
        assert!(end > start, "{:?}: DTEND {end} is not after DTSTART {start}", e.get_summary());
    }
}

#[tokio::test]
async fn the_timeline_picture_has_a_text_alternative_and_no_colour_only_state() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("leser@engerdal.demo").await;
    let r = c.get(&format!("/organisations/3425/plans/{id}/timeline.svg")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.starts_with("<?xml") && r.body.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(r.body.contains("role=\"img\""));
    assert!(r.body.contains("<title id=\"timeline-") && r.body.contains("Tidslinje for Plan for forebyggende arbeid"));
    assert!(r.body.contains("9 aktiviteter fra 14.06.2023 til 18.04.2024; 6 gjennomført."), "{}", r.body);
    assert!(r.body.contains("– gjennomført") && r.body.contains("– planlagt"), "state in words");
    assert!(r.body.contains("url(#timeline-"), "done is hatched, not only coloured");
}

#[tokio::test]
async fn back_scheduling_gives_the_latest_dates_or_the_earliest_possible() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{id}/schedule");
    let meetings = "&meetings_standing_committee=14.12.2022+22.03.2023&meetings_executive_committee=28.03.2023+31.05.2023+05.09.2023&meetings_council=21.09.2023+19.10.2023";
    let t = text(
        &c.get(&format!("{base}?go=1&target=21.09.2023&from=01.11.2022&with_programme=on&programme_body=standing_committee&draft_body=executive_committee&drafting_days=45&revision_days=21{meetings}"))
            .await
            .body,
    );
    assert!(t.contains("Seneste datoer"), "{t}");
    // The council needs the case two weeks ahead (07.09), after three weeks' revision.
    assert!(
        t.contains("Send planforslaget på høring Formannskapet 31.05.2023 17.05.2023 01.06.2023–17.08.2023"),
        "{t}"
    );
    assert!(t.contains("Vedta planen Kommunestyret 21.09.2023 07.09.2023"), "{t}");
    // A council that needs the case 40 days ahead: the step that cannot be placed is named.
    let t = text(
        &c.get(&format!("{base}?go=1&target=21.09.2023&from=01.11.2022&with_programme=on&programme_body=standing_committee&draft_body=executive_committee&drafting_days=45&revision_days=21&prep_council=40{meetings}"))
            .await
            .body,
    );
    assert!(
        t.contains("Steget «Send planprogrammet på høring» (Hovedutvalg) får ingen møtedato som rekker målet."),
        "{t}"
    );
    // Applied to the timeline in one action, as activities to edit further.
    let before = c.get(&format!("/organisations/3425/plans/{id}")).await.body.matches("/activities/").count();
    let r = c
        .post(
            &format!("{base}/apply"),
            &[
                ("target", "21.09.2023"),
                ("from", "01.11.2022"),
                ("with_programme", "on"),
                ("drafting_days", "45"),
                ("revision_days", "21"),
                ("meetings_standing_committee", "14.12.2022 22.03.2023"),
                ("meetings_executive_committee", "28.03.2023 31.05.2023 05.09.2023"),
                ("meetings_council", "21.09.2023 19.10.2023"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = c.get(&format!("/organisations/3425/plans/{id}")).await;
    assert!(page.body.matches("/activities/").count() >= before + 6, "six activities added");
    assert!(text(&page.body).contains("01.06.2023–17.08.2023"), "the draft hearing is in the timeline");
    let t = text(
        &c.get(&format!("{base}?go=1&target=20.06.2023&from=01.11.2022&with_programme=on&drafting_days=45&revision_days=21{meetings}"))
            .await
            .body,
    );
    assert!(t.contains("Med disse møtene kan planen tidligst vedtas 21.09.2023."), "{t}");
    let r = c.get(&format!("{base}?go=1&target=31.13.2023")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("«31.13.2023» er ikke en dato"));
    assert!(r.body.contains("value=\"31.13.2023\""));
}

#[tokio::test]
async fn the_programme_is_edited_part_by_part() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{id}/programme");
    let before = text(&c.get(&base).await.body);
    assert!(before.contains("1 Bakgrunn og rammebetingelser") && before.contains("2.4 Individnivå (BTI)"), "{before}");

    assert_eq!(c.post(&format!("{base}/chapter-down"), &[("chapter", "1")]).await.status, StatusCode::SEE_OTHER);
    let t = text(&c.get(&base).await.body);
    assert!(t.contains("1 Samhandling") && t.contains("2 Bakgrunn og rammebetingelser"), "{t}");
    assert_eq!(
        c.post(&format!("{base}/chapter"), &[("title", "Økonomi"), ("place", "under:4")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(text(&c.get(&base).await.body).contains("4.3 Økonomi"));
    let r = c.post(&format!("{base}/chapter"), &[("title", "Feil"), ("place", "under:9.9")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = c.post(&format!("{base}/chapter"), &[("title", " "), ("place", "end")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Dette feltet må fylles ut."));

    assert_eq!(
        c.post(
            &format!("{base}/member"),
            &[("group", "0"), ("service", "PPT"), ("role", "Rådgiver"), ("name", "Nora Nordmann")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        c.post(
            &format!("{base}/participation"),
            &[("target_group", "Elevrådene"), ("method", "Dialogkonferanse"), ("when", "Høsten 2026")]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        c.post(
            &format!("{base}/texts"),
            &[
                ("purpose", "Nytt formål"),
                ("background", ""),
                ("guidelines", "Barnevernsloven § 15-1\nBarnekonvensjonen"),
                ("overlapping_plans", "Oppvekstplan")
            ]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let t = text(&c.get(&base).await.body);
    assert!(t.contains("PPT Rådgiver Nora Nordmann") && t.contains("Elevrådene Dialogkonferanse Høsten 2026"), "{t}");
    assert!(c.get(&base).await.body.contains(">Nytt formål</textarea>"));

    let mut reader = app.login("leser@engerdal.demo").await;
    assert!(text(&reader.get(&base).await.body).contains("Nytt formål"));
    assert_eq!(reader.post(&format!("{base}/chapter"), &[("title", "Leser")]).await.status, StatusCode::FORBIDDEN);
}

/// An address or query string that does not read gets the site's error page in the
/// visitor's language (404 for an address that names nothing, 400 for a query), and
/// never the framework's plain text (the API's case is in `api.rs`).
#[tokio::test]
async fn a_malformed_address_or_query_gets_an_error_page() {
    let app = app().await;
    let plan = preventive_plan(&app).await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    c.extra.push(("accept-language", "nn".into()));
    for path in [
        format!("/organisations/3425/plans/{plan}/measures/abc"),
        format!("/organisations/3425/plans/{plan}/activities/1.5"),
        format!("/organisations/3425/plans/{plan}/document/versions/x"),
        "/hearings/3425/abc".to_owned(),
    ] {
        let r = c.get(&path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(r.html_lang(), "nn", "{path}: the error page, in nynorsk");
        assert!(!r.body.contains("Invalid URL"), "{path}: {}", r.body);
    }
    let r = c.get(&format!("/organisations/3425/plans/{plan}/goals?edit=abc")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.html_lang(), "nn");
}

/// Engerdal's programme plans in weeks: `uke 4–9 2024` is Monday of week 4 to Sunday of
/// week 9, shown back as dates.
#[tokio::test]
async fn an_activity_can_be_written_in_weeks() {
    let app = app().await;
    let id = preventive_plan(&app).await;
    let mut c = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{id}/activities");
    let r = c.post(&path, &[("kind", "drafting"), ("title", "Utarbeide planforslag"), ("start", "uke 4–9 2024")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let r = c
        .post(&path, &[("kind", "other"), ("title", "Oppsummering"), ("start", "22.04.24"), ("end", "uke 18 2024")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = text(&c.get(&format!("/organisations/3425/plans/{id}")).await.body);
    assert!(page.contains("22.01.2024–03.03.2024"), "{page}");
    assert!(page.contains("22.04.2024–05.05.2024"), "{page}");
}

/// Staff pages link to a plan's public pages only when they exist (the plan is or was
/// on hearing): no link from a plan page or a register leads to a 404.
#[tokio::test]
async fn staff_pages_link_only_to_public_pages_that_exist() {
    use forebygg_app::{OrgScope, PlanStore};
    let app = app().await;
    let org = app.store.organisation(&forebygg_domain::OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let plans = app.store.plans(&OrgScope::operator(&org)).await.unwrap();
    let mut c = app.login("planleiar@engerdal.demo").await;
    let (mut with_link, mut without) = (0, 0);
    for plan in plans {
        let public = format!("/hearings/3425/{}", plan.id);
        let page = c.get(&format!("/organisations/3425/plans/{}", plan.id)).await.body;
        let register = c.get(&format!("/organisations/3425/plans/{}/inputs", plan.id)).await.body;
        let status = c.get(&public).await.status;
        if page.contains(&format!("href=\"{public}\"")) {
            with_link += 1;
            assert_eq!(status, StatusCode::OK, "{public} is linked from the plan page");
            assert!(register.contains(&format!("href=\"{public}/outcomes\"")), "and the register links its outcomes");
        } else {
            without += 1;
            assert_eq!(status, StatusCode::NOT_FOUND, "{public} exists but is not linked");
            assert!(!register.contains("/outcomes\""), "no link to a missing outcome page");
        }
    }
    assert!(with_link > 0 && without > 0, "the demo has plans of both kinds: {with_link} / {without}");
}

/// Editing forgives: a group member and a chapter title are corrected where they stand
/// (keeping their place), a refused rename keeps what was typed at that chapter, and
/// removing a group member asks first.
#[tokio::test]
async fn members_and_chapters_are_renamed_in_place_and_removing_a_member_asks_first() {
    let app = app().await;
    let plan = crate::support::plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let programme = format!("/organisations/3425/plans/{plan}/programme");
    let stored = || async {
        let org = app.store.organisation(&forebygg_domain::OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
        app.store.programme(&OrgScope::operator(&org), plan).await.unwrap()
    };
    let before = stored().await;
    let first = before.groups[0].members[0].clone();
    let page = lead.get(&programme).await;
    assert!(
        page.body.contains("action=\"") && page.body.contains("/programme/member-update\""),
        "an edit form per member"
    );
    let r = lead
        .post(
            &format!("{programme}/member-update"),
            &[("group", "0"), ("index", "0"), ("service", "Helsestasjonen"), ("role", "Leder"), ("name", "Kari Ny")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let after = stored().await;
    assert_eq!(after.groups[0].members[0].name, "Kari Ny");
    assert_eq!(after.groups[0].members.len(), before.groups[0].members.len(), "in place, not added");
    assert_ne!(first.name, "Kari Ny");

    // A chapter is renamed from its own place in the outline.
    let key = after.outline.chapters[0].key.to_string();
    assert!(page.body.contains(&format!("id=\"rename-{key}\"")), "a rename field at each chapter");
    let refused = lead.post(&format!("{programme}/chapter-rename"), &[("chapter", &key), ("new_title", "  ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("<details class=\"edit-in-place\" open>"), "the refused chapter's form is open");
    assert!(refused.body.contains("id=\"new_title\"") && refused.body.contains("href=\"#new_title\""));
    let r = lead
        .post(&format!("{programme}/chapter-rename"), &[("chapter", &key), ("new_title", "Innledning og mål")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(stored().await.outline.chapters[0].title, "Innledning og mål");

    // Removing a member asks first, naming them; the answer "yes" removes.
    let r = lead.post(&format!("{programme}/member-remove"), &[("group", "0"), ("index", "0")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(text(&r.body).contains("Fjerne Kari Ny, Helsestasjonen?"), "{}", text(&r.body));
    assert_eq!(stored().await.groups[0].members[0].name, "Kari Ny", "nothing removed yet");
    let r =
        lead.post(&format!("{programme}/member-remove"), &[("group", "0"), ("index", "0"), ("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_ne!(stored().await.groups[0].members.first().map(|m| m.name.as_str()), Some("Kari Ny"));
    // A member that is not there is not asked about.
    let r = lead.post(&format!("{programme}/member-remove"), &[("group", "0"), ("index", "99")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let mut reader = app.login("leser@engerdal.demo").await;
    let r = reader.post(&format!("{programme}/group-remove"), &[("group", "0")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "a reader is not asked");
}
