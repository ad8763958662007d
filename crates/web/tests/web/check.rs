//! The plan check's report on the demo plan, and a finding fixed through the form it
//! links to.

use axum::http::StatusCode;

use crate::support::{app, plan_of, text};

fn score(page: &str) -> u32 {
    let at = page.find("Planen oppfyller ").expect("the score is shown") + "Planen oppfyller ".len();
    page[at..].split(' ').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn the_demo_plan_gets_a_realistic_report_and_a_fixed_finding_raises_the_score() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{plan}/check");
    let page = lead.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let before = text(&page.body);
    let before_score = score(&before);
    assert!(before.contains("Ett tiltak mangler fast evalueringsdato."), "{before}");
    // A handful of findings across the areas, each with its basis.
    assert!(before.contains("9 funn. 13 regler er oppfylt."), "{before}");
    assert!(before.contains("Planen beskriver ikke hvordan tjenestene samarbeider."), "{before}");
    assert!(before.contains("Grunnlag: barnevernsloven § 15-1 (i kraft fra 01.01.2023)"), "{before}");
    assert!(before.contains("3.3 Samarbeid mellom etatene"), "the empty chapter is named: {before}");
    assert!(before.contains("5 innspill er ikke besvart"), "{before}");
    assert!(before.contains("Høringen går 28 dager over sommerferien; vurder fristen 03.09.2023."), "{before}");
    assert!(before.contains("Selvmord Nei Ingen"), "suicide is covered by no plan: {before}");
    assert!(
        before.contains("Seksuelle overgrep Nei Handlingsplan mot vold i nære relasjoner"),
        "a linked plan covers a theme: {before}"
    );
    let plan_page = text(&lead.get(&format!("/organisations/3425/plans/{plan}")).await.body);
    assert!(plan_page.contains(&format!("Plankontroll {before_score} % oppfylt, 9 funn")), "{plan_page}");
    let measure_href = page
        .body
        .split("href=\"")
        .map(|s| &s[..s.find('"').unwrap()])
        .find(|h| h.contains("/measures/") && h.ends_with("#evaluation"))
        .expect("the finding links to the measure's evaluation date")
        .to_owned();
    let form = measure_href.trim_end_matches("#evaluation");
    let edit = lead.get(form).await.body;
    assert!(edit.contains("id=\"evaluation\""), "the link lands on the field");
    let goals: Vec<String> = edit
        .split("name=\"goals\" value=\"")
        .skip(1)
        .filter(|s| s[..s.find('>').unwrap()].contains("checked"))
        .map(|s| s[..s.find('"').unwrap()].to_owned())
        .collect();
    let mut fields = vec![
        ("name", "Åpen ungdomsklubb fredag og lørdag".to_owned()),
        ("owner", "Kulturtjenesten".to_owned()),
        ("partners", "Frivilligsentralen".to_owned()),
        ("age_bands", "13-15".to_owned()),
        ("age_bands", "16-19".to_owned()),
        ("prevention", "universal".to_owned()),
        ("themes", "alcohol_and_drugs".to_owned()),
        ("themes", "public_health".to_owned()),
        ("evidence", "not_rated".to_owned()),
        ("status", "proposed".to_owned()),
        ("evaluation", "01.10.2026".to_owned()),
    ];
    fields.extend(goals.into_iter().map(|g| ("goals", g)));
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = lead.post(form, &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));

    let after = text(&lead.get(&path).await.body);
    assert!(!after.contains("mangler fast evalueringsdato"), "{after}");
    assert!(after.contains("8 funn. 14 regler er oppfylt."), "{after}");
    assert!(score(&after) > before_score, "{before_score} → {}", score(&after));
}

/// The value of a form field on a page: an input's value or a select's chosen option.
fn field_value(page: &str, name: &str) -> String {
    let at = page.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no field {name}"));
    let rest = &page[at..];
    if rest[..rest.find('>').unwrap()].contains("value=\"") {
        let v = &rest[rest.find("value=\"").unwrap() + 7..];
        return v[..v.find('"').unwrap()].to_owned();
    }
    let select = &rest[..rest.find("</select>").unwrap_or(rest.len())];
    select
        .split("<option")
        .find(|o| o.contains(" selected"))
        .and_then(|o| o.split("value=\"").nth(1))
        .map(|v| v[..v.find('"').unwrap()].to_owned())
        .unwrap_or_default()
}

/// The council's decision on the child welfare service's role and a goal's indicator are
/// recorded through the forms the findings link to; a bad date is refused with the text
/// kept.
#[tokio::test]
async fn recording_the_councils_decision_and_a_goals_indicator_clears_their_findings() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{plan}/check");
    let page = lead.get(&path).await.body;
    let before = text(&page);
    let role = "Kommunestyrets vedtak om barnevernstjenestens rolle i det forebyggende arbeidet er ikke registrert.";
    assert!(before.contains(role), "{before}");
    assert!(before.contains("Ett mål har verken indikator eller evalueringsdato."), "{before}");
    let programme = format!("/organisations/3425/plans/{plan}/programme");
    assert!(page.contains(&format!("href=\"{programme}#decided_on\"")), "the finding links to the field");
    assert!(lead.get(&programme).await.body.contains("id=\"decided_on\""));

    let summary = "Barnevernstjenesten veileder skole og barnehage og deltar i BTI-teamet.";
    let refused = lead
        .post(
            &format!("{programme}/decisions"),
            &[("decided_on", "31.02.2025"), ("case_number", "25/41"), ("role_summary", summary)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(summary), "the typed text is kept");
    assert!(text(&refused.body).contains("31.02.2025"), "the bad date is named");
    assert!(text(&lead.get(&path).await.body).contains(role), "nothing was saved");
    let saved = lead
        .post(
            &format!("{programme}/decisions"),
            &[("decided_on", "12.02.25"), ("case_number", "25/41"), ("role_summary", summary)],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert!(lead.get(&programme).await.body.contains("value=\"12.02.2025\""));

    let goal_href = page
        .split("href=\"")
        .map(|s| &s[..s.find('"').unwrap()])
        .find(|h| h.contains("/goals?edit=") && h.ends_with("#indicator"))
        .expect("the finding links to the goal's indicator")
        .to_owned();
    let id = goal_href.split("edit=").nth(1).unwrap().trim_end_matches("#indicator").to_owned();
    let form = lead.get(goal_href.trim_end_matches("#indicator")).await.body;
    assert!(form.contains("id=\"indicator\""), "the link lands on the field");
    let fields: Vec<(String, String)> = ["level", "parent", "title", "master_plan_goal", "sdg_targets"]
        .iter()
        .map(|n| ((*n).to_owned(), field_value(&form, n)))
        .chain([("indicator".to_owned(), "Ungdata: andel som deltar i fritidsaktiviteter".to_owned())])
        .collect();
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = lead.post(&format!("/organisations/3425/plans/{plan}/goals/{id}"), &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));

    let after = text(&lead.get(&path).await.body);
    assert!(!after.contains(role), "{after}");
    assert!(!after.contains("verken indikator eller evalueringsdato"), "{after}");
    assert!(after.contains("7 funn. 15 regler er oppfylt."), "{after}");
}

/// Each frozen version keeps the check's scores as they stood; the report shows them
/// beside the plan now, so the plan lead sees the plan improve.
#[tokio::test]
async fn the_score_is_kept_with_each_frozen_version_and_shown_over_them() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{plan}/check");
    let before = score(&text(&lead.get(&path).await.body));
    let versions = format!("/organisations/3425/plans/{plan}/document/versions");
    let r = lead.post(&versions, &[("kind", "draft"), ("date", "01.12.2026")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let r = lead
        .post(
            &format!("/organisations/3425/plans/{plan}/programme/decisions"),
            &[("decided_on", "12.02.2025"), ("role_summary", "Barnevernstjenesten deltar i BTI-teamet.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = text(&lead.get(&path).await.body);
    let after = score(&page);
    assert!(after > before, "{before} → {after}");
    let history = &page[page.find("Over versjonene").expect("the history is shown")..];
    let draft = format!("Utkast 01.12.2026 {before} %");
    let now = format!("Nå {after} %");
    assert!(history.contains(&draft), "{history}");
    assert!(history.find(&draft) < history.find(&now), "the draft comes before now: {history}");

    let json: serde_json::Value =
        serde_json::from_str(&lead.get(&format!("/api/v1/organisations/3425/plans/{plan}/check")).await.body).unwrap();
    let last = json["versions"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((last["kind"].as_str(), last["date"].as_str()), (Some("draft"), Some("01.12.2026")));
    assert_eq!(last["score"].as_u64(), Some(u64::from(before)));
    assert!(last["failing"].as_array().unwrap().iter().any(|r| r == "child-welfare-role"), "{last}");
}

fn docx_text(bytes: Vec<u8>) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// The report goes into the plan document as an appendix when the reader asks for it,
/// in Word and in the PDF's input; never unasked, and never into a frozen version.
#[tokio::test]
async fn the_report_is_an_appendix_of_the_document_when_chosen() {
    let (release, gate) = std::sync::mpsc::channel();
    let app = crate::support::app_with_pdf(Box::new(crate::document::FakeEngine(std::sync::Mutex::new(gate)))).await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/document");
    let page = lead.get(&base).await.body;
    assert!(page.contains("name=\"appendix\" value=\"check\""), "the choice is on the page");
    let role = "Kommunestyrets vedtak om barnevernstjenestens rolle i det forebyggende arbeidet er ikke registrert.";

    let (status, headers, plain) = lead.post_bytes(&format!("{base}.docx"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().unwrap().contains(&format!("plan-{plan}.docx")));
    let plain = docx_text(plain);
    assert!(!plain.contains("Plankontroll per"), "no appendix unasked");
    let (status, headers, with) = lead.post_bytes(&format!("{base}.docx"), &[("appendix", "check")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().unwrap().contains("med-plankontroll.docx"));
    let with = docx_text(with);
    assert!(with.contains("Vedlegg 1 Plankontroll per "), "the appendix's heading");
    assert!(with.contains(role), "a finding");
    assert!(with.contains("Åpen ungdomsklubb fredag og lørdag"), "a finding's place");
    assert!(with.contains("Loven (barnevernsloven § 15-1)"), "the areas' table");
    let (_, _, linked) = lead.get_bytes(&format!("{base}.docx?appendix=check")).await;
    assert!(docx_text(linked).contains(role), "the same through a link");

    let r = lead.post(&format!("{base}.pdf"), &[("appendix", "check")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let job = r.location().split('?').next().unwrap().to_owned();
    release.send(()).unwrap();
    crate::document::wait_for(&mut lead, &job, "PDF-filen er klar").await;
    let (_, _, bytes) = lead.get_bytes(&format!("{job}/file")).await;
    let inputs = String::from_utf8(bytes).unwrap();
    assert!(inputs.contains("Plankontroll per ") && inputs.contains(role), "the PDF's input has the appendix");

    let r = lead.post(&format!("{base}/versions"), &[("kind", "draft"), ("date", "01.12.2026")]).await;
    let version = r.location().to_owned();
    let (_, _, frozen) = lead.get_bytes(&format!("{version}/plan.docx?appendix=check")).await;
    assert!(!docx_text(frozen).contains("Plankontroll per"), "a frozen version stays as it was");
}

#[tokio::test]
async fn the_report_speaks_nynorsk_and_english() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{plan}/check");
    reader.extra.push(("accept-language", "nn".into()));
    let nn = text(&reader.get(&path).await.body);
    assert!(nn.contains("Planen skildrar ikkje korleis tenestene samarbeider."), "{nn}");
    assert!(nn.contains("Grunnlag: barnevernslova § 15-1 (i kraft frå 01.01.2023)"), "cited in nynorsk: {nn}");
    reader.extra.clear();
    reader.extra.push(("accept-language", "en".into()));
    let en = text(&reader.get(&path).await.body);
    assert!(en.contains("One measure has no fixed evaluation date."), "{en}");
}

#[tokio::test]
async fn the_report_is_json_in_the_api_with_codes_words_and_addresses() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let r = reader.get(&format!("/api/v1/organisations/3425/plans/{plan}/check")).await;
    assert_eq!(r.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 9);
    assert_eq!(findings[0]["severity"], "must");
    let evaluation = findings.iter().find(|f| f["rule"] == "evaluation-dates").unwrap();
    assert_eq!(evaluation["area"], "seljord");
    assert_eq!(evaluation["message"], "Ett tiltak mangler fast evalueringsdato.");
    let item = &evaluation["items"][0];
    assert_eq!(item["label"], "Åpen ungdomsklubb fredag og lørdag");
    assert!(item["href"].as_str().unwrap().ends_with("#evaluation"), "{item}");
    let law = json["areas"].as_array().unwrap().iter().find(|a| a["area"] == "law").unwrap();
    assert!(law["applicable_weight"].as_u64().unwrap() > 0);
    let suicide = json["themes"].as_array().unwrap().iter().find(|t| t["theme"] == "suicide").unwrap();
    assert_eq!(suicide["by_this_plan"], false);
    assert_eq!(
        app.client().get(&format!("/api/v1/organisations/3425/plans/{plan}/check")).await.status,
        StatusCode::UNAUTHORIZED
    );
}

/// The trace: a citizen's input tied to the measure it led to, seen from the input, from
/// the measure and on the public outcome page — and still there after the sender's
/// personal data is erased.
#[tokio::test]
async fn an_input_is_followed_to_its_measure_and_the_chain_survives_erasure() {
    let app = app().await;
    let (open, _) = crate::hearings::demo_hearings(&app).await;
    let r = app
        .client()
        .post(
            &format!("/hearings/3425/{open}"),
            &[
                ("text", "Vi trenger et lavterskeltilbud for ungdom."),
                ("name", "Petter Smart"),
                ("email", "petter@example.no"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{open}");
    let r = lead
        .post(
            &format!("{base}/measures"),
            &[("name", "Ungdomslos"), ("owner", "Helsestasjonen"), ("status", "running"), ("evaluation", "01.06.2027")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let list = lead.get(&format!("{base}/measures")).await.body;
    let measure = list
        .split(&format!("/plans/{open}/measures/"))
        .filter_map(|s| s.split(|c: char| !c.is_ascii_digit()).next().filter(|d| !d.is_empty()))
        .next()
        .expect("the new measure is listed")
        .to_owned();
    let register = lead.get(&format!("{base}/inputs")).await.body;
    let input = register.split("id=\"input-").nth(1).map(|s| s[..s.find('"').unwrap()].to_owned()).unwrap();
    let r = lead
        .post(
            &format!("{base}/inputs/{input}/assessment"),
            &[
                ("decision", "taken_into_account"),
                ("justification", "Tatt inn som nytt tiltak."),
                ("chapters", "1"),
                ("measures", measure.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = text(&lead.get(&format!("{base}/inputs")).await.body);
    assert!(page.contains("Førte til tiltak: Ungdomslos : Pågår, evalueres 01.06.2027"), "{page}");
    // The middle link: the chapter it concerns, and the version in which its text changed.
    assert!(page.contains("Endret i planen: 1 "), "{page}");
    assert!(page.contains("teksten er ikke endret i noen låst versjon ennå"), "{page}");
    let r = lead.post(&format!("{base}/document/1"), &[("body", "Nytt avsnitt om lavterskeltilbud for ungdom.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let r = lead.post(&format!("{base}/document/versions"), &[("kind", "draft"), ("date", "01.12.2026")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = text(&lead.get(&format!("{base}/inputs")).await.body);
    assert!(page.contains("teksten ble endret i Utkast 01.12.2026"), "{page}");
    let measure_page = text(&lead.get(&format!("{base}/measures/{measure}")).await.body);
    assert!(measure_page.contains("Innspill bak tiltaket"), "{measure_page}");
    assert!(!measure_page.contains("Petter"), "no sender on the measure's page");

    // Another plan's measure is refused at its field and nothing is tied.
    let other = crate::support::plan_of(&app, "preventive").await;
    let foreign = lead.get(&format!("/organisations/3425/plans/{other}/measures")).await.body;
    let foreign_id = foreign
        .split(&format!("/plans/{other}/measures/"))
        .nth(1)
        .map(|s| s[..s.find(|c: char| !c.is_ascii_digit()).unwrap()].to_owned())
        .unwrap();
    let r = lead
        .post(&format!("{base}/inputs/{input}/assessment"), &[("decision", "noted"), ("measures", foreign_id.as_str())])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Erasure takes the name and keeps the chain.
    let r = lead.post("/organisations/3425/privacy/erase", &[("email", "petter@example.no"), ("confirm", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = text(&lead.get(&format!("{base}/inputs")).await.body);
    assert!(!page.contains("Petter Smart"), "{page}");
    assert!(page.contains("Førte til tiltak: Ungdomslos"), "the chain stays: {page}");
    let measure_page = lead.get(&format!("{base}/measures/{measure}")).await.body;
    assert!(measure_page.contains(&format!("inputs#input-{input}")), "the measure still names its input");
    let public = text(&app.client().get(&format!("/hearings/3425/{open}/outcomes")).await.body);
    assert!(public.contains("Ungdomslos: Pågår, evalueres 01.06.2027"), "the public page follows it: {public}");
    assert!(
        public.contains("teksten er ikke endret i noen låst versjon ennå"),
        "the public page counts only public versions, not the internal draft: {public}"
    );
    let page = text(&lead.get(&format!("{base}/inputs")).await.body);
    assert!(page.contains("teksten ble endret i Utkast 01.12.2026"), "the chain stays: {page}");
    assert!(!public.contains("Petter"), "{public}");
}
