//! Goals, status reports, progress rolled up to goals, and the yearly report.

use axum::http::StatusCode;

use crate::support::{app, plan_of, text};

#[tokio::test]
async fn the_demo_goals_show_progress_rolled_up_from_the_reports() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let t = text(&reader.get(&format!("/organisations/3425/plans/{plan}/goals")).await.body);
    // ICDP (60 %) serves the first sub-goal; SLT (30 %) one of four under the second;
    // the main goal holds all six measures, two reported: (60 + 30) / 2 = 45.
    assert!(
        t.contains(
            "Hovedmål: Alle barn og unge i Engerdal har en trygg oppvekst Framdrift 45 % (2 av 6 tiltak rapportert)"
        ),
        "{t}"
    );
    assert!(
        t.contains("Delmål: Familier som strever, får hjelp tidlig Framdrift 60 % (1 av 2 tiltak rapportert)"),
        "{t}"
    );
    assert!(t.contains("Strategi: Tverrfaglig samarbeid etter BTI-modellen Ett tiltak, ikke rapportert ennå"), "{t}");
    assert!(t.contains("bærekraftsmål 3.4, 4, 16.2"), "{t}");
    assert!(!t.contains("Legg til målet"), "a reader gets no form");
}

#[tokio::test]
async fn goals_are_added_under_the_right_parent_and_a_refused_form_keeps_the_text() {
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{plan}/goals");
    lead.get(&path).await;
    let r = lead
        .post(&path, &[("level", "sub"), ("parent", ""), ("title", "Trygge skoleveier"), ("sdg_targets", "3.4, 19")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("Et delmål hører under et hovedmål") && t.contains("«19» er ikke et bærekraftsmål"), "{t}");
    assert!(r.body.contains("value=\"Trygge skoleveier\"") && r.body.contains("value=\"3.4, 19\""));
    let r = lead.post(&path, &[("level", "main"), ("title", "Gode oppvekstvilkår"), ("sdg_targets", "4")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = lead.get(&path).await;
    assert!(
        text(&page.body)
            .contains("Hovedmål: Gode oppvekstvilkår Endre Gode oppvekstvilkår Ingen tiltak under dette målet")
    );
    assert!(page.body.contains(">Hovedmål: Gode oppvekstvilkår</option>"), "it can now hold sub-goals");
}

#[tokio::test]
async fn a_contributor_reports_status_and_the_yearly_report_shows_it() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut contributor = app.login("bidragsyter@engerdal.demo").await;
    let list = contributor.get(&format!("/organisations/3425/plans/{plan}/measures")).await;
    let name_at = list.body.find(">Helsesykepleier i skolen</a>").unwrap();
    let href_at = list.body[..name_at].rfind("href=\"").unwrap() + 6;
    let href = list.body[href_at..name_at - 1].to_owned();
    let page = contributor.get(&href).await;
    assert!(!page.body.contains("name=\"owner\""), "a contributor cannot change the measure");
    assert!(page.body.contains("name=\"report_progress\""), "but can report on it");
    let r = contributor
        .post(
            &format!("{href}/reports"),
            &[
                ("report_period", "i fjor"),
                ("report_status", "on_track"),
                ("report_progress", "120"),
                ("report_text", "Bra"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("«i fjor» er ikke en periode") && t.contains("«120» er ikke en prosent"), "{t}");
    assert!(r.body.contains("id=\"report_period\"") && r.body.contains(">Bra</textarea>"));
    let r = contributor
        .post(
            &format!("{href}/reports"),
            &[
                ("report_period", "2026-h2"),
                ("report_status", "on_track"),
                ("report_progress", "80"),
                ("report_text", "Fast dag på alle skoler."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let t = text(&contributor.get(&href).await.body);
    assert!(t.contains("andre halvår 2026 Etter planen 80 % Fast dag på alle skoler. Ingrid Helse"), "{t}");
    let form = contributor.get(&href).await.body;
    assert!(form.contains("-H2\">andre halvår 20"), "periods are chosen in words");

    let year = text(&contributor.get(&format!("/organisations/3425/plans/{plan}/follow-up?year=2026")).await.body);
    assert!(
        year.contains(
            "Helsesykepleier i skolen Helsestasjonen andre halvår 2026 Etter planen 80 % Fast dag på alle skoler."
        ),
        "{year}"
    );
    assert!(year.contains("Åpen ungdomsklubb") && year.contains("ikke rapportert"), "{year}");
    assert!(year.contains("Foreldreveiledning (ICDP) Helsestasjonen 01.06.2026"), "the evaluation schedule: {year}");
    let (status, headers, bytes) =
        contributor.get_bytes(&format!("/organisations/3425/plans/{plan}/follow-up/report-2026.csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().unwrap().contains("aarsrapport"));
    let csv = String::from_utf8(bytes).unwrap();
    assert!(
        csv.contains(
            "Helsesykepleier i skolen;Helsestasjonen;andre halvår 2026;Etter planen;80 %;Fast dag på alle skoler."
        ),
        "{csv}"
    );
    let (_, _, xlsx) =
        contributor.get_bytes(&format!("/organisations/3425/plans/{plan}/follow-up/report-2026.xlsx")).await;
    assert!(xlsx.starts_with(b"PK\x03\x04"));
    let mut reader = app.login("leser@engerdal.demo").await;
    assert_eq!(
        reader
            .post(
                &format!("{href}/reports"),
                &[("report_period", "2026"), ("report_status", "done"), ("report_progress", "100")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_goal_is_changed_but_keeps_its_level_while_goals_hang_under_it() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{plan}/goals");
    let page = lead.get(&path).await;
    let at = page.body.find("?edit=").unwrap() + 6;
    let gid: String = page.body[at..].chars().take_while(char::is_ascii_digit).collect();
    let form = lead.get(&format!("{path}?edit={gid}")).await;
    assert!(
        form.body.contains("value=\"Alle barn og unge i Engerdal har en trygg oppvekst\""),
        "the form holds the goal"
    );
    let r = lead
        .post(&format!("{path}/{gid}"), &[("level", "sub"), ("parent", ""), ("title", "Endret"), ("sdg_targets", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"Endret\""), "the typed title is kept");
    let r = lead
        .post(
            &format!("{path}/{gid}"),
            &[("level", "main"), ("title", "Alle barn og unge har en trygg oppvekst"), ("sdg_targets", "3.4")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let t = text(&lead.get(&path).await.body);
    assert!(t.contains("Hovedmål: Alle barn og unge har en trygg oppvekst"), "{t}");
    // A sub-goal with a strategy under it cannot become a strategy itself.
    let page = lead.get(&path).await;
    let sub_at = page.body.find("Familier som strever").unwrap();
    let at = page.body[sub_at..].find("?edit=").unwrap() + sub_at + 6;
    let sub: String = page.body[at..].chars().take_while(char::is_ascii_digit).collect();
    let r = lead
        .post(&format!("{path}/{sub}"), &[("level", "main"), ("title", "Familier som strever, får hjelp tidlig")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Det henger mål under dette, så nivået kan ikke endres."), "{}", text(&r.body));
}

/// The address of a measure's page, found by its name in the register.
async fn measure_href(c: &mut crate::support::Client, plan: forebygg_domain::ids::PlanId, name: &str) -> String {
    let list = c.get(&format!("/organisations/3425/plans/{plan}/measures")).await;
    let name_at = list.body.find(&format!(">{name}</a>")).unwrap();
    let href_at = list.body[..name_at].rfind("href=\"").unwrap() + 6;
    list.body[href_at..name_at - 1].to_owned()
}

#[tokio::test]
async fn a_contributor_reports_only_on_the_measures_of_their_services() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let report = [("report_period", "2026-h2"), ("report_status", "on_track"), ("report_progress", "50")];
    let mut contributor = app.login("bidragsyter@engerdal.demo").await;
    // Their service (the health centre) owns this one ...
    let own = measure_href(&mut contributor, plan, "Helsesykepleier i skolen").await;
    assert!(contributor.get(&own).await.body.contains("name=\"report_progress\""));
    // ... but not the SLT coordinator (the chief executive's staff, with police and school).
    let other = measure_href(&mut contributor, plan, "SLT-koordinator").await;
    let page = contributor.get(&other).await;
    assert!(!page.body.contains("name=\"report_progress\""), "no report form");
    assert!(
        text(&page.body).contains("Du kan rapportere på tiltak som tjenesten din eier eller samarbeider om. Dette tiltaket eies av Rådmannens stab."),
        "{}",
        text(&page.body)
    );
    assert_eq!(contributor.post(&format!("{other}/reports"), &report).await.status, StatusCode::FORBIDDEN);
    // The admin says they also work at the school, which partners in SLT.
    let mut admin = app.login("admin@engerdal.demo").await;
    let members = admin.get("/organisations/3425/members").await;
    let row = members.body.find("<td>Ingrid Helse</td>").unwrap();
    let marker = "/services\" class=\"inline\">";
    let form_at = row + members.body[row..].find(marker).unwrap();
    let start = members.body[..form_at].rfind("/members/").unwrap() + "/members/".len();
    let user_id: String = members.body[start..form_at].to_owned();
    let r = admin
        .post(&format!("/organisations/3425/members/{user_id}/services"), &[("services", "Helsestasjonen, skolen")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(admin.get("/organisations/3425/members").await.body.contains("value=\"Helsestasjonen, skolen\""));
    let page = contributor.get(&other).await;
    assert!(page.body.contains("name=\"report_progress\""), "a partner may report");
    assert_eq!(contributor.post(&format!("{other}/reports"), &report).await.status, StatusCode::SEE_OTHER);
    // Plan staff report on any measure.
    let mut editor = app.login("redaktor@engerdal.demo").await;
    assert_eq!(editor.post(&format!("{own}/reports"), &report).await.status, StatusCode::SEE_OTHER);
}

/// The evaluation schedule lists what needs doing first — overdue (the longest first),
/// due soon, later by date, without a date — and the proposed measures after them;
/// ended measures are left out.
#[tokio::test]
async fn the_evaluation_schedule_is_in_date_order_with_the_proposed_measures() {
    use forebygg_app::{AccountStore, MeasureStore, OrgScope};
    use forebygg_domain::OrgCode;
    use forebygg_domain::measures::{MeasureFields, MeasureStatus};
    use forebygg_domain::timeline::NorDate;
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let today = forebygg_domain::timeline::dates::oslo_date(forebygg_app::now());
    let measure = |name: &str, status, days: Option<i64>| MeasureFields {
        name: name.into(),
        owner: "Skolen".into(),
        status: Some(status),
        evaluation: days.map(|d| today.plus_days(d)),
        ..MeasureFields::default()
    };
    let measures = [
        measure("Sent", MeasureStatus::Running, Some(900)),
        measure("Foreslått", MeasureStatus::Proposed, Some(400)),
        measure("Avsluttet", MeasureStatus::Ended, Some(-10)),
        measure("Udatert", MeasureStatus::Running, None),
        measure("Tidlig", MeasureStatus::Running, Some(200)),
        measure("Lenge over", MeasureStatus::Existing, Some(-300)),
        measure("Snart", MeasureStatus::Running, Some(10)),
        measure("Over", MeasureStatus::Running, Some(-3)),
    ];
    app.store.insert_measures(&OrgScope::operator(&org), plan, &measures).await.unwrap();
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let page = text(&lead.get(&format!("/organisations/3425/plans/{plan}/follow-up")).await.body);
    let t = page[..page.find("Framdrift per mål").unwrap()].to_owned();
    let at = |name: &str| t.find(&format!("{name} Skolen")).unwrap_or_else(|| panic!("{name} in {t}"));
    let order = ["Lenge over", "Over", "Snart", "Tidlig", "Sent", "Udatert", "Foreslått"];
    for pair in order.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{} before {}: {t}", pair[0], pair[1]);
    }
    let proposed_day: NorDate = today.plus_days(400);
    assert!(t.contains(&format!("Foreslått Skolen {proposed_day} foreslått, ikke startet")), "{t}");
    assert!(!t.contains("Avsluttet Skolen"), "an ended measure has nothing to evaluate: {t}");
}

/// The yearly report for the council's case as a Word file and as a PDF (queued as the
/// plan's PDF is), with the schedule, the goals and each measure's status of the year.
#[tokio::test]
async fn the_yearly_report_downloads_as_word_and_pdf() {
    use std::io::Read;
    let (release, gate) = std::sync::mpsc::channel();
    let engine = crate::document::FakeEngine(std::sync::Mutex::new(gate));
    let app = crate::support::app_with_pdf(Box::new(engine)).await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/follow-up");
    let page = reader.get(&format!("{base}?year=2026")).await.body;
    assert!(page.contains(&format!("href=\"{base}/report-2026.docx\"")), "{page}");
    assert!(page.contains(&format!("action=\"{base}/report-2026.pdf\"")), "{page}");
    let (status, headers, bytes) = reader.get_bytes(&format!("{base}/report-2026.docx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().unwrap().contains(&format!("aarsrapport-{plan}-2026.docx")));
    let mut xml = String::new();
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap()
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    for words in [
        "Årsrapport 2026: Plan for forebyggende arbeid",
        "Evalueringsplan",
        "Framdrift per mål",
        "Status i 2026",
        "Foreldreveiledning (ICDP)",
        "Alle barn og unge i Engerdal har en trygg oppvekst",
    ] {
        assert!(xml.contains(words), "{words} missing from the yearly report's DOCX");
    }
    let r = reader.post(&format!("{base}/report-2026.pdf"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let (job, back) = r.location().split_once("?back=").unwrap();
    assert_eq!(back, format!("{base}?year=2026").replace('/', "%2F").replace('?', "%3F").replace('=', "%3D"));
    release.send(()).unwrap();
    let job = job.to_owned();
    for _ in 0..200 {
        if text(&reader.get(&job).await.body).contains("PDF-filen er klar") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let (_, headers, bytes) = reader.get_bytes(&format!("{job}/file")).await;
    assert!(headers["content-disposition"].to_str().unwrap().contains(&format!("aarsrapport-{plan}-2026.pdf")));
    let json = String::from_utf8(bytes).unwrap();
    assert!(json.contains("\"title\": \"Årsrapport 2026: Plan for forebyggende arbeid"), "{json}");
    assert_eq!(reader.get_bytes(&format!("{base}/report-2026.doc")).await.0, StatusCode::NOT_FOUND);
}
