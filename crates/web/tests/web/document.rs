//! The plan document: the outline with each chapter's text, written chapter by chapter.

use axum::http::StatusCode;

use crate::support::{app, plan_of, text};
use forebygg_domain::document::version::VersionKind;

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

#[tokio::test]
async fn versions_are_frozen_never_change_and_are_compared() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/document");
    lead.post(&format!("{base}/1"), &[("body", "Første linje\nAndre linje")]).await;
    let r = lead.post(&format!("{base}/versions"), &[("kind", "hearing_draft"), ("date", "22.01.2024")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let first = r.location().to_owned();
    // The text changes after the freeze; the version does not.
    lead.post(&format!("{base}/1"), &[("body", "Første linje\nNy andre linje")]).await;
    let refused = lead
        .post(&format!("{base}/versions"), &[("kind", "adopted"), ("date", "18.04.2024"), ("note", "Etter høringen")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&refused.body).contains("Dette feltet må fylles ut."));
    assert!(refused.body.contains("value=\"Etter høringen\""), "the typed note is kept");
    let r = lead
        .post(
            &format!("{base}/versions"),
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
    let second = r.location().to_owned();

    let frozen = text(&lead.get(&first).await.body);
    assert!(
        frozen.contains("Høringsutkast 22.01.2024")
            && frozen.contains("Andre linje")
            && !frozen.contains("Ny andre linje"),
        "{frozen}"
    );
    assert!(
        frozen.contains("Foreldreveiledning (ICDP) Helsestasjonen 01.06.2026"),
        "the measures as they were: {frozen}"
    );
    let adopted = text(&lead.get(&second).await.body);
    assert!(
        adopted.contains("Vedtatt plan 18.04.2024 (KST-sak 12/24)") && adopted.contains("Ny andre linje"),
        "{adopted}"
    );

    let doc = text(&lead.get(&base).await.body);
    assert!(doc.contains("Vedtatt plan 18.04.2024 (KST-sak 12/24) – låst av Kari Nordmo"), "{doc}");
    let id = |href: &str| href.rsplit('/').next().unwrap().to_owned();
    let cmp = text(&lead.get(&format!("{base}/compare?from={}&to={}", id(&first), id(&second))).await.body);
    assert!(
        cmp.contains("Endringer fra Høringsutkast 22.01.2024 til Vedtatt plan 18.04.2024 (KST-sak 12/24)"),
        "{cmp}"
    );
    assert!(cmp.contains("Første linje Fjernet: Andre linje Lagt til: Ny andre linje"), "{cmp}");
    assert_eq!(lead.get(&format!("{base}/compare?from=1&to=999999")).await.status, StatusCode::NOT_FOUND);

    let mut reader = app.login("leser@engerdal.demo").await;
    assert!(text(&reader.get(&first).await.body).contains("Andre linje"));
    assert_eq!(
        reader.post(&format!("{base}/versions"), &[("kind", "draft"), ("date", "01.01.2025")]).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_document_and_a_frozen_version_download_as_word_files() {
    use std::io::Read;
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/document");
    lead.post(&format!("{base}/1"), &[("body", "Frosset tekst & <tegn>")]).await;
    let r = lead.post(&format!("{base}/versions"), &[("kind", "draft"), ("date", "01.02.2024")]).await;
    let version = r.location().to_owned();
    lead.post(&format!("{base}/1"), &[("body", "Ny tekst")]).await;
    let xml_of = |bytes: Vec<u8>| {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
        xml
    };
    let (status, headers, bytes) = lead.get_bytes(&format!("/organisations/3425/plans/{plan}/document.docx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().unwrap().ends_with(".docx\""));
    let xml = xml_of(bytes);
    assert!(xml.contains("Engerdal kommune") && xml.contains("Arbeidsversjon") && xml.contains("Ny tekst"), "{xml}");
    assert!(xml.contains("w:val=\"Heading1\""));
    let (_, _, bytes) = lead.get_bytes(&format!("{version}/plan.docx")).await;
    let xml = xml_of(bytes);
    assert!(xml.contains("Frosset tekst &amp; &lt;tegn&gt;") && !xml.contains("Ny tekst"), "the frozen text: {xml}");
}

/// The generated blocks show the plan's data as it stands; a frozen version keeps the
/// data as it stood.
#[tokio::test]
async fn generated_blocks_are_live_until_a_version_is_frozen() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}");
    let page = lead.get(&format!("{base}/document")).await;
    let t = text(&page.body);
    // {{tiltak}} in 3.1: measures under their goals, with owner and evaluation date.
    assert!(page.body.contains("<td>Foreldreveiledning (ICDP)</td><td>Helsestasjonen</td>"), "{}", page.body);
    assert!(
        t.contains("1.1 Familier som strever, får hjelp tidlig Tiltak Ansvarlig"),
        "goal headings over the measures: {t}"
    );
    // {{lovgrunnlag}}, {{merknader}}, {{tidslinje}}, {{ansvar}}: data, not placeholders.
    assert!(t.contains("barnevernsloven § 15-1 – Kommunestyret skal vedta en plan"), "the subject in bokmål: {t}");
    assert!(t.contains("Tatt til følge") || t.contains("Ikke vurdert ennå"), "{t}");
    assert!(t.contains("Planprogrammet legges på høring"), "{t}");
    assert!(page.body.contains("<th scope=\"col\">Helsestasjonen</th>"), "a column per service");
    // {{dekning}} in 3.4: per prevention level, themes × age bands, gaps in words.
    assert!(t.contains("Universell forebygging Tema 0–5 år"), "{t}");
    assert!(page.body.contains("<td>Psykisk helse</td><td>Ingen</td>"), "a gap says so");
    // Above the tables, the picture: services per cell, each count written out.
    assert!(page.body.contains("<table class=\"heat\"><caption>Universell forebygging</caption>"), "{}", page.body);
    assert!(page.body.contains("<th scope=\"row\">Psykisk helse</th><td class=\"heat-"), "{}", page.body);
    assert!(!t.contains("{{"), "no placeholder is left: {t}");

    let r = lead.post(&format!("{base}/document/versions"), &[("kind", "draft"), ("date", "01.02.2024")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let version = r.location().to_owned();
    let r = lead
        .post(
            &format!("{base}/measures"),
            &[("name", "Natteravner i sentrum"), ("owner", "Frivilligsentralen"), ("status", "proposed")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let live = text(&lead.get(&format!("{base}/document")).await.body);
    assert!(live.contains("Natteravner i sentrum") && live.contains("Tiltak som ikke er knyttet til et mål"), "{live}");
    let frozen = text(&lead.get(&version).await.body);
    assert!(frozen.contains("Foreldreveiledning (ICDP)"), "{frozen}");
    assert!(!frozen.contains("Natteravner i sentrum"), "the frozen version keeps its data");
}

/// A PDF engine for tests: the "PDF" is the JSON the typst template would read, and
/// each render waits until the test lets it finish.
pub(crate) struct FakeEngine(pub(crate) std::sync::Mutex<std::sync::mpsc::Receiver<()>>);

impl forebygg_render::PdfEngine for FakeEngine {
    fn pdf(&self, model: &forebygg_render::DocumentModel) -> Result<(Vec<u8>, usize), String> {
        self.0.lock().unwrap().recv().map_err(|e| e.to_string())?;
        Ok((format!("%PDF-fake\n{}", forebygg_render::typst_inputs(model)).into_bytes(), 12))
    }
}

pub(crate) async fn wait_for(c: &mut crate::support::Client, job: &str, words: &str) -> String {
    for _ in 0..200 {
        let page = c.get(job).await;
        if text(&page.body).contains(words) {
            return page.body;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("{job} never said {words}");
}

/// PDF rendering runs off the request: the request queues a job and shows its page;
/// the page shows the queue, the progress, then the download; only its owner sees it.
/// The file's content (the template's input for the demo plan) is snapshotted.
#[tokio::test]
async fn a_pdf_is_queued_shows_progress_and_is_only_for_who_asked() {
    let (release, gate) = std::sync::mpsc::channel();
    let app = crate::support::app_with_pdf(Box::new(FakeEngine(std::sync::Mutex::new(gate)))).await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/document");
    assert!(lead.get(&base).await.body.contains(&format!("formaction=\"{base}.pdf\"")));
    let r = lead.post(&format!("{base}.pdf"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let (first, back) = r.location().split_once("?back=").map(|(j, b)| (j.to_owned(), b.to_owned())).unwrap();
    assert_eq!(back, base.replace('/', "%2F"), "the job's page knows where it was asked for");
    let page = wait_for(&mut lead, r.location(), "Settes nå").await;
    assert!(page.contains("<progress id=\"pdf-progress\" max=\"100\"") && page.contains("role=\"status\""), "{page}");
    assert!(page.contains(&format!("<a href=\"{base}\">Tilbake til planen</a>")), "a way back: {page}");
    assert!(page.contains("<label class=\"ds-label\" for=\"pdf-progress\">Framdrift</label>"));
    let second = lead.post(&format!("{base}.pdf"), &[]).await.location().split('?').next().unwrap().to_owned();
    wait_for(&mut lead, &second, "I kø: 1 fil lages før denne.").await;
    let status = lead.get(&format!("{second}/status")).await;
    assert!(status.body.contains("\"state\":\"queued\""), "{}", status.body);
    assert_eq!(lead.get_bytes(&format!("{second}/file")).await.0, StatusCode::NOT_FOUND, "not done yet");

    release.send(()).unwrap();
    release.send(()).unwrap();
    let done = wait_for(&mut lead, &first, "PDF-filen er klar (12 sider).").await;
    assert!(done.contains(&format!("href=\"{first}/file\"")));
    let (status, headers, bytes) = lead.get_bytes(&format!("{first}/file")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "application/pdf");
    assert!(headers["content-disposition"].to_str().unwrap().contains(&format!("plan-{plan}.pdf")));
    let body = String::from_utf8(bytes).unwrap();
    let json = body.strip_prefix("%PDF-fake\n").unwrap();
    insta::assert_snapshot!("demo_plan_typst_inputs", json);

    // Another user of the municipality, and a user of another, see nothing of it.
    let mut editor = app.login("redaktor@engerdal.demo").await;
    assert_eq!(editor.get(&first).await.status, StatusCode::NOT_FOUND);
    assert_eq!(editor.get_bytes(&format!("{first}/file")).await.0, StatusCode::NOT_FOUND);
    let mut outsider = app.login("drift@forebygg.demo").await;
    assert_ne!(outsider.get(&first).await.status, StatusCode::OK);
    assert_ne!(outsider.get_bytes(&format!("{first}/file")).await.0, StatusCode::OK);
}

#[tokio::test]
async fn without_a_pdf_engine_there_is_no_pdf_button() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/document");
    assert!(!lead.get(&base).await.body.contains(".pdf\""));
    assert_eq!(lead.post(&format!("{base}.pdf"), &[]).await.status, StatusCode::NOT_FOUND);
}

/// The planning programme renders like the plan: as Word file and as PDF (its model).
#[tokio::test]
async fn the_planning_programme_downloads_as_word_and_pdf() {
    use std::io::Read;
    let (release, gate) = std::sync::mpsc::channel();
    let app = crate::support::app_with_pdf(Box::new(FakeEngine(std::sync::Mutex::new(gate)))).await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/programme");
    let page = reader.get(&base).await;
    assert!(
        page.body.contains(&format!("href=\"{base}.docx\"")) && page.body.contains(&format!("action=\"{base}.pdf\""))
    );
    let (status, headers, bytes) = reader.get_bytes(&format!("{base}.docx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().unwrap().contains(&format!("planprogram-{plan}.docx")));
    let mut xml = String::new();
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .unwrap()
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    for words in [
        "Planprogram: Plan for forebyggende arbeid",
        "Organisering",
        "Arbeidsgruppe",
        "Ungdomsrådet",
        "4.2 Framdriftsplan",
    ] {
        assert!(xml.contains(words), "{words} missing from the programme's DOCX");
    }
    assert!(xml.contains("Planprogrammet legges på høring"), "the timeline is in it");

    let job = reader.post(&format!("{base}.pdf"), &[]).await.location().split('?').next().unwrap().to_owned();
    release.send(()).unwrap();
    wait_for(&mut reader, &job, "PDF-filen er klar").await;
    let (_, headers, bytes) = reader.get_bytes(&format!("{job}/file")).await;
    assert!(headers["content-disposition"].to_str().unwrap().contains(&format!("planprogram-{plan}.pdf")));
    let json = String::from_utf8(bytes).unwrap();
    assert!(json.contains("\"title\": \"Medvirkningsplan\"") && json.contains("Elevråd, FAU og SU"), "{json}");
    assert!(json.contains("\"page_per_chapter\": false"), "a programme's short sections run on: {json}");
}

/// A hearing draft or an adopted plan is public at an address anyone can open; a draft
/// is not, and no other municipality's address reaches it.
#[tokio::test]
async fn hearing_drafts_and_adopted_plans_are_public_drafts_are_not() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/document");
    lead.post(&format!("{base}/1"), &[("body", "Offentlig tekst <b>fet?</b>")]).await;
    let draft = lead
        .post(&format!("{base}/versions"), &[("kind", "draft"), ("date", "01.02.2024")])
        .await
        .location()
        .to_owned();
    let hearing = lead
        .post(&format!("{base}/versions"), &[("kind", "hearing_draft"), ("date", "22.01.2024")])
        .await
        .location()
        .to_owned();
    let draft_id = draft.rsplit('/').next().unwrap();
    let hearing_id = hearing.rsplit('/').next().unwrap();
    let staff = lead.get(&hearing).await;
    let public = format!("/hearings/3425/{plan}/versions/{hearing_id}");
    assert!(staff.body.contains(&format!("href=\"{public}\"")), "the staff page gives the public address");
    assert!(text(&lead.get(&draft).await.body).contains("internt utkast"));

    let mut anyone = app.client();
    let page = anyone.get(&public).await;
    assert_eq!(page.status, StatusCode::OK);
    let t = text(&page.body);
    assert!(t.contains("Engerdal kommune") && t.contains("Høringsutkast"), "{t}");
    assert!(page.body.contains("Offentlig tekst &lt;b&gt;fet?&lt;/b&gt;"));
    assert!(t.contains("Foreldreveiledning (ICDP)"), "generated blocks and measures as frozen");
    assert!(!page.body.contains("/organisations/3425/plans"), "no staff links");
    // The plan's public page (its hearing has closed) links the public version only.
    let plan_page = anyone.get(&format!("/hearings/3425/{plan}")).await;
    assert!(plan_page.body.contains(&format!("href=\"{public}\"")), "{}", plan_page.body);
    assert!(!plan_page.body.contains(&format!("/versions/{draft_id}\"")));
    assert_eq!(anyone.get(&format!("/hearings/3425/{plan}/versions/{draft_id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anyone.get(&format!("/hearings/5536/{plan}/versions/{hearing_id}")).await.status, StatusCode::NOT_FOUND);
}

/// Nothing is adopted before its hearing ends: an adopted version is refused while the
/// plan's hearing is open (with its deadline in words, the typed text kept); once a plan
/// is adopted, its phase says so.
#[tokio::test]
async fn a_plan_is_adopted_only_after_its_hearing_and_then_its_phase_is_adopted() {
    use forebygg_app::{AccountStore, DocumentStore, OrgScope, PlanStore};
    let app = app().await;
    let org = app.store.organisation(&forebygg_domain::OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let plans = app.store.plans(&OrgScope::operator(&org)).await.unwrap();
    let id = |t: &str| plans.iter().find(|p| p.plan_type == t).unwrap().id;
    let (on_hearing, heard) = (id("violence"), id("preventive"));
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let adopt = [("kind", "adopted"), ("date", "18.04.2024"), ("decision_ref", "KST-sak 12/24"), ("body", "council")];
    let r = lead.post(&format!("/organisations/3425/plans/{on_hearing}/document/versions"), &adopt).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("Høringen er åpen til") && t.contains("kan vedtas etter høringsfristen"), "{t}");
    assert!(r.body.contains("value=\"KST-sak 12/24\""), "the typed decision is kept");
    let frozen = app.store.versions(&OrgScope::operator(&org), on_hearing).await.unwrap();
    assert!(frozen.iter().all(|v| v.fields.kind != VersionKind::Adopted), "nothing adopted");

    // Engerdal's hearing has closed. A § 15-1 plan is adopted by the council only …
    let versions = format!("/organisations/3425/plans/{heard}/document/versions");
    let by_committee = [
        ("kind", "adopted"),
        ("date", "18.04.2024"),
        ("decision_ref", "FSK-sak 3/24"),
        ("body", "executive_committee"),
    ];
    let r = lead.post(&versions, &by_committee).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("En plan etter barnevernsloven § 15-1 vedtas av kommunestyret."));
    // … by a named body …
    let r =
        lead.post(&versions, &[("kind", "adopted"), ("date", "18.04.2024"), ("decision_ref", "KST-sak 12/24")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("id=\"body-error\""), "the missing body is named at its field");
    // … with every input answered, or the unanswered ones listed and confirmed.
    let r = lead.post(&versions, &adopt).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("ikke besvart") && t.contains("kryss av for å vedta likevel"), "{t}");
    let mut confirmed = adopt.to_vec();
    confirmed.push(("confirm_unanswered", "yes"));
    let r = lead.post(&versions, &confirmed).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let plan = app.store.plan(&OrgScope::operator(&org), heard).await.unwrap();
    assert_eq!(plan.phase, forebygg_domain::plan::Phase::Adopted);
    let adopted = app.store.versions(&OrgScope::operator(&org), heard).await.unwrap().pop().unwrap();
    assert_eq!(adopted.fields.body, Some(forebygg_domain::timeline::BodyKind::Council));
    assert!(!adopted.snapshot.generated.inputs.is_empty(), "the merknadsbehandling is frozen with it");
    // The public page shows the adopted plan.
    let public = text(&app.client().get(&format!("/hearings/3425/{heard}")).await.body);
    assert!(public.contains("Vedtatt plan 18.04.2024"), "{public}");
}

/// The steps that lost text when texts were kept by chapter number: move 1.6, remove
/// 4.3, add a new 4.3. Every text stays with its chapter; the removed one's text is
/// kept, can be put back, and is deleted only when asked for with the box ticked.
#[tokio::test]
async fn texts_stay_with_their_chapters_when_the_outline_changes() {
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead
        .post(
            "/organisations/3425/plans",
            &[
                ("plan_type", "preventive"),
                ("title", "Plan etter Sandefjords mønster"),
                ("phase", "start"),
                ("preset", "sandefjord"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let plan = r.location().to_owned();
    let (doc, programme) = (format!("{plan}/document"), format!("{plan}/programme"));
    for (key, body) in [
        ("1.5", "Tekst om forebygging"),
        ("1.6", "Tekst om mål og strategier"),
        ("4.3", "Tekst om tjenestenivået"),
        ("4.4", "Tekst om individnivået"),
    ] {
        assert_eq!(lead.post(&format!("{doc}/{key}"), &[("body", body)]).await.status, StatusCode::SEE_OTHER);
    }
    let t = text(&lead.get(&doc).await.body);
    assert!(t.contains("1.6 Mål og strategier Tekst om mål og strategier"), "{t}");

    // Move 1.6 up, remove 4.3 (Tjenestenivå), add a new chapter before the one that is now 4.3.
    assert_eq!(
        lead.post(&format!("{programme}/chapter-up"), &[("chapter", "1.6")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        lead.post(&format!("{programme}/chapter-remove"), &[("chapter", "4.3")]).await.status,
        StatusCode::SEE_OTHER
    );
    let r = lead.post(&format!("{programme}/chapter"), &[("title", "Frivillig sektor"), ("place", "before:4.4")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = lead.get(&doc).await;
    let t = text(&page.body);
    assert!(t.contains("1.5 Mål og strategier Tekst om mål og strategier"), "{t}");
    assert!(t.contains("1.6 Hva er forebygging Tekst om forebygging"), "{t}");
    assert!(t.contains("4.3 Frivillig sektor Ikke skrevet ennå."), "the new 4.3 has no text: {t}");
    assert!(t.contains("4.4 Individnivå Tekst om individnivået"), "{t}");
    assert!(!t.contains("4.3 Tjenestenivå Tekst") && !t.contains("Tekst om tjenestenivået"), "{t}");
    assert!(t.contains("Fjernede kapitler") && t.contains("4.3 Tjenestenivå – én tekst tatt vare på"), "{t}");

    // Deleting for good needs the box ticked; without it nothing goes.
    let r = lead.post(&format!("{doc}/removed/4.3/forget"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Kryss av for at teksten skal slettes for godt; ingenting er slettet."));
    // Put it back: it comes back last under chapter 4, with its text.
    assert_eq!(
        lead.post(&format!("{programme}/chapter-restore"), &[("chapter", "4.3")]).await.status,
        StatusCode::SEE_OTHER
    );
    let t = text(&lead.get(&doc).await.body);
    assert!(t.contains("4.5 Tjenestenivå Tekst om tjenestenivået") && !t.contains("Fjernede kapitler"), "{t}");
    // Renaming keeps the text too.
    let r =
        lead.post(&format!("{programme}/chapter-rename"), &[("chapter", "4.3"), ("new_title", "Tjenestenivået")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&lead.get(&doc).await.body).contains("4.5 Tjenestenivået Tekst om tjenestenivået"));

    // Removed again and deleted for good: gone, and a new chapter never brings it back.
    lead.post(&format!("{programme}/chapter-remove"), &[("chapter", "4.3")]).await;
    let r = lead.post(&format!("{doc}/removed/4.3/forget"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    lead.post(&format!("{programme}/chapter"), &[("title", "Tjenestenivå"), ("place", "under:4")]).await;
    let t = text(&lead.get(&doc).await.body);
    assert!(!t.contains("Tekst om tjenestenivået") && !t.contains("Fjernede kapitler"), "{t}");

    // A version compared with the next one shows the move as a move.
    lead.post(&format!("{doc}/versions"), &[("kind", "draft"), ("date", "01.02.2024")]).await;
    lead.post(&format!("{programme}/chapter-down"), &[("chapter", "1.6")]).await;
    let r = lead.post(&format!("{doc}/versions"), &[("kind", "draft"), ("date", "02.02.2024")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = lead.get(&doc).await;
    let ids: Vec<&str> = page
        .body
        .match_indices("/versions/")
        .map(|(i, _)| &page.body[i + 10..])
        .map(|s| s.split('"').next().unwrap())
        .collect();
    let (to, from) = (ids[0], ids[1]); // newest first
    let t = text(&lead.get(&format!("{doc}/compare?from={from}&to={to}")).await.body);
    assert!(t.contains("1.6 Mål og strategier Flyttet fra 1.5"), "{t}");
}

/// The chapter editor shows a preview of the typed text (generated blocks filled in,
/// nothing saved), and warns about a placeholder that names no block, with what it
/// most likely meant, also after saving.
#[tokio::test]
async fn the_chapter_editor_previews_and_warns_about_unknown_blocks() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let editor = format!("/organisations/3425/plans/{plan}/document/1");
    let before = lead.get(&editor).await.body;
    let typed = "Forhåndsvist *tekst*\n{{tiltak}}\n{{tiltk}}";
    let r = lead.post(&editor, &[("body", typed), ("preview", "1")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<em>tekst</em>") && r.body.contains("Foreldreveiledning (ICDP)"), "{}", r.body);
    let t = text(&r.body);
    assert!(t.contains("Forhåndsvisning (ikke lagret)"), "{t}");
    assert!(t.contains("Ukjent blokk {{tiltk}}") && t.contains("Mente du {{tiltak}}?"), "{t}");
    assert!(r.body.contains("Forhåndsvist *tekst*"), "the typed text stays in the box");
    assert_eq!(lead.get(&editor).await.body, before, "nothing saved");
    // Saved with the mistake: back to the editor, which says so.
    let r = lead.post(&editor, &[("body", typed)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("/document/1?saved=1"), "{}", r.location());
    let t = text(&lead.get(r.location()).await.body);
    assert!(t.contains("Kapittelet er lagret.") && t.contains("Ukjent blokk {{tiltk}}"), "{t}");
    // Without a mistake, to the document as before.
    let r = lead.post(&editor, &[("body", "Rett {{medvirkning}}")]).await;
    assert!(r.location().contains("/document#"), "{}", r.location());
}
