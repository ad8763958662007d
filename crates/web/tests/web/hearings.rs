//! The public hearing: the page, the response form without an account, the receipt,
//! and the register the plan's staff see.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, InputStore, OrgScope, PlanStore};
use forebygg_domain::OrgCode;
use forebygg_domain::ids::PlanId;

use forebygg_web::WebConfig;

use crate::support::{Client, Resp, TestApp, app, app_with, first_link, text};

/// (plan on hearing now, plan whose hearing closed in 2024)
pub(crate) async fn demo_hearings(app: &TestApp) -> (PlanId, PlanId) {
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let plans = app.store.plans(&OrgScope::operator(&org)).await.unwrap();
    let id = |t: &str| plans.iter().find(|p| p.plan_type == t).unwrap().id;
    (id("violence"), id("preventive"))
}

async fn inputs_of(app: &TestApp, plan: PlanId) -> Vec<forebygg_app::Input> {
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    app.store.inputs(&OrgScope::operator(&org), plan).await.unwrap()
}

#[tokio::test]
async fn anyone_finds_the_open_hearing_and_responds_without_an_account() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let mut c = app.client();
    let home = c.get("/").await;
    let href = format!("/hearings/3425/{open}");
    assert!(home.body.contains(&format!("href=\"{href}\"")), "the start page links to the open hearing");
    let page = c.get(&href).await;
    assert_eq!(page.status, StatusCode::OK);
    let t = text(&page.body);
    assert!(t.contains("Høringen er åpen til og med") && t.contains("28 dager igjen."), "{t}");
    assert!(t.contains("Kommune Engerdal kommune"), "whose plan it is: {t}");
    let r = c
        .post(
            &href,
            &[
                ("text", "Flere trygge voksne på skoleveien."),
                ("name", "Ola"),
                ("email", "ola@example.no"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let receipt = c.get(r.location()).await;
    let t = text(&receipt.body);
    let stored = inputs_of(&app, open).await;
    assert_eq!(stored.len(), 1);
    assert!(t.contains(&format!("Referansenummer {}", stored[0].reference())), "{t}");
    assert!(
        t.contains("Flere trygge voksne på skoleveien.")
            && t.contains("Kommunen bruker e-postadressen din bare hvis den trenger å kontakte deg"),
        "{t}"
    );
    assert_eq!(stored[0].fields.sender.name.as_deref(), Some("Ola"));
    assert!(!stored[0].fields.sender.name_may_be_published);
    // Another visitor cannot guess the receipt.
    assert_eq!(app.client().get(&format!("/hearings/3425/{open}/receipt/0000")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_youth_page_is_shorter_but_takes_the_same_response() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let mut c = app.client();
    c.extra.push(("accept-language", "nn".into()));
    let page = c.get(&format!("/hearings/3425/{open}?variant=youth")).await;
    let t = text(&page.body);
    assert_eq!(page.html_lang(), "nn");
    assert!(t.contains("Kva meiner du?") && t.contains("Du treng ikkje skrive namnet ditt."), "{t}");
    assert!(!t.contains("Dette er på høyring"), "the short page leaves the outline out");
    let r = c
        .post(
            &format!("/hearings/3425/{open}"),
            &[("text", "Ein ungdomsklubb!"), ("consent", "on"), ("variant", "youth")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("?variant=youth"));
    assert!(text(&c.get(r.location()).await.body).contains("Takk! Vi har fått meldinga di."));
}

#[tokio::test]
async fn bad_responses_say_what_is_wrong_and_keep_the_text() {
    let app = app().await;
    let (open, closed) = demo_hearings(&app).await;
    let mut c = app.client();
    let path = format!("/hearings/3425/{open}");
    c.get(&path).await;
    let r = c.post(&path, &[("text", "   "), ("name", "Kari"), ("email", "kari@")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(
        t.contains("Dette feltet må fylles ut.")
            && t.contains("«kari@» er ikke en gyldig e-postadresse.")
            && t.contains("Kryss av i boksen"),
        "{t}"
    );
    assert!(r.body.contains("value=\"Kari\"") && r.body.contains("value=\"kari@\""));
    let long = "æ".repeat(20_001);
    let r = c.post(&path, &[("text", long.as_str()), ("consent", "on")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text(&r.body).contains("Høyst 20000 tegn.") || text(&r.body).contains("Høyst 20 000 tegn."),
        "{}",
        &text(&r.body)[..300]
    );
    assert!(r.body.contains(&long), "the long text is kept");

    let closed_path = format!("/hearings/3425/{closed}");
    let page = text(&c.get(&closed_path).await.body);
    assert!(page.contains("Høringen er avsluttet. Fristen var 29.02.2024."), "{page}");
    let r = c.post(&closed_path, &[("text", "For sent, men viktig."), ("consent", "on")]).await;
    assert_eq!(r.status, StatusCode::GONE);
    assert!(text(&r.body).contains("Høringen er avsluttet, så det kan ikke sendes flere uttalelser."));
    assert!(r.body.contains(">For sent, men viktig.</textarea>"), "typed text kept");

    let forged =
        c.post_raw(&path, &[("csrf", "00"), ("text", "Min lange tekst som ikke må gå tapt"), ("consent", "on")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(forged.body.contains(">Min lange tekst som ikke må gå tapt</textarea>"), "the typed text is shown to copy");
    let robot =
        c.post(&path, &[("text", "Kjøp billige klokker"), ("consent", "on"), ("website", "http://spam.example")]).await;
    assert_eq!(robot.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(inputs_of(&app, open).await.is_empty(), "nothing refused was stored");
}

#[tokio::test]
async fn a_burst_from_one_browser_is_limited_but_the_class_next_door_is_not() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let path = format!("/hearings/3425/{open}");
    let mut pupil = app.client();
    for i in 0..10 {
        let r = pupil.post(&path, &[("text", format!("Innspill {i}").as_str()), ("consent", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let r = pupil.post(&path, &[("text", "Ett til"), ("consent", "on")]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains(">Ett til</textarea>"));
    // Everyone shares one address in a school; each browser has its own allowance.
    let mut classmate = app.client();
    let r = classmate.post(&path, &[("text", "Mitt innspill"), ("consent", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(inputs_of(&app, open).await.len(), 11);
}

/// The sum a refused response asks for, and its signed question, read off the page.
fn asked_sum(body: &str) -> (u32, String) {
    let question = text(body);
    let at = question.find("Hva er ").expect("a sum is asked") + "Hva er ".len();
    let words: Vec<&str> = question[at..].split_whitespace().take(3).collect();
    let sum = words[0].parse::<u32>().unwrap() + words[2].trim_end_matches('?').parse::<u32>().unwrap();
    let marker = "name=\"check\" value=\"";
    let start = body.find(marker).expect("the question travels with the form") + marker.len();
    (sum, body[start..].chars().take_while(|c| *c != '"').collect())
}

async fn answer_sum(c: &mut Client, path: &str, question: &str, answer: &str) -> Resp {
    c.post(path, &[("text", "Nummer fire"), ("consent", "on"), ("check", question), ("check_answer", answer)]).await
}

#[tokio::test]
async fn fresh_sessions_flooding_from_one_address_must_work_out_a_sum_but_are_not_refused() {
    let app = app_with(WebConfig { demo: true, hearing_address_limit: 3, ..WebConfig::default() }).await;
    let (open, _) = demo_hearings(&app).await;
    let path = format!("/hearings/3425/{open}");
    for i in 0..3 {
        let r = app.client().post(&path, &[("text", format!("Innspill {i}").as_str()), ("consent", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "under the address's limit");
    }
    let mut robot = app.client();
    let r = robot.post(&path, &[("text", "Nummer fire"), ("consent", "on")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Vi får svært mange uttalelser fra nettverket ditt"), "{}", text(&r.body));
    assert!(r.body.contains(">Nummer fire</textarea>"), "the text is kept");
    assert!(r.body.contains("<label class=\"ds-label\" for=\"check_answer\">Hva er "), "the sum is a labelled field");
    let (sum, question) = asked_sum(&r.body);
    let wrong = (sum + 1).to_string();
    let r = answer_sum(&mut robot, &path, &question, &wrong).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Svaret på regnestykket var ikke riktig"), "{}", text(&r.body));
    let (sum, question) = asked_sum(&r.body);
    // A sum solved in one session does not let another through.
    let r = answer_sum(&mut app.client(), &path, &question, &sum.to_string()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = answer_sum(&mut robot, &path, &question, &sum.to_string()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let texts: Vec<String> = inputs_of(&app, open).await.into_iter().map(|i| i.fields.text).collect();
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts.contains(&"Nummer fire".to_owned()));
}

#[tokio::test]
async fn only_plans_that_have_been_on_hearing_are_public() {
    let app = app().await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let master = app
        .store
        .plans(&OrgScope::operator(&org))
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.plan_type == "master_plan")
        .unwrap();
    assert_eq!(app.client().get(&format!("/hearings/3425/{}", master.id)).await.status, StatusCode::NOT_FOUND);
    let (open, _) = demo_hearings(&app).await;
    assert_eq!(
        app.client().get(&format!("/hearings/5536/{open}")).await.status,
        StatusCode::NOT_FOUND,
        "Engerdal's plan under Lyngen's number"
    );
}

#[tokio::test]
async fn staff_see_every_input_in_one_register() {
    let app = app().await;
    let (_, closed) = demo_hearings(&app).await;
    let mut editor = app.login("redaktor@engerdal.demo").await;
    let r = editor.get(&format!("/organisations/3425/plans/{closed}/inputs")).await;
    assert_eq!(r.status, StatusCode::OK);
    let t = text(&r.body);
    assert!(t.contains("20 innspill"), "nine from the hearing and meetings, eleven from the survey: {t}");
    assert!(t.contains("Spørreundersøkelse, fritekst"), "{t}");
    assert!(
        t.contains("Dialogkonferanse")
            && t.contains("Høringsuttalelse")
            && t.contains("Randi Holm")
            && t.contains("Runde 2 (Hva mangler for barn og unge her?), Gruppe 3"),
        "{t}"
    );
    // A reader sees every input too, but not a name its sender did not agree to publish.
    let mut reader = app.login("leser@engerdal.demo").await;
    let t = text(&reader.get(&format!("/organisations/3425/plans/{closed}/inputs")).await.body);
    assert!(t.contains("20 innspill") && !t.contains("Randi Holm"), "{t}");
    let mut lyngen = app.login("radgiver@statsforvalteren.demo").await;
    assert_eq!(lyngen.get(&format!("/organisations/5536/plans/{closed}/inputs")).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn every_input_is_answered_and_the_answers_are_published_without_private_names() {
    let app = app().await;
    let (open, closed) = demo_hearings(&app).await;
    // The demo's closed hearing is answered, and its public page says what happened.
    let mut visitor = app.client();
    let t = text(&visitor.get(&format!("/hearings/3425/{closed}/outcomes")).await.body);
    assert!(t.contains("Ungdomsrådet") && t.contains("Tatt til følge") && t.contains("Kapittel 3, tiltak 3.4"), "{t}");
    assert!(!t.contains("Randi Holm"), "a private person who did not agree is not named: {t}");
    assert!(t.contains("Privatperson"), "{t}");

    // A response to the open hearing, answered by the plan lead.
    let path = format!("/hearings/3425/{open}");
    let r = visitor
        .post(
            &path,
            &[
                ("text", "Egen telefon for ungdom som trenger hjelp."),
                ("name", "Siri Ung"),
                ("publish_name", "on"),
                ("email", "siri@example.no"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let input = inputs_of(&app, open).await.pop().unwrap();
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{open}/inputs/{}", input.id);
    let r = lead
        .post(
            &format!("{base}/assessment"),
            &[("decision", "not_taken_into_account"), ("justification", " "), ("change", "")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a decision needs its reason");
    assert!(r.body.contains(&format!("aria-describedby=\"justification-{}-error\"", input.id)));
    let r = lead
        .post(
            &format!("{base}/assessment"),
            &[("decision", "taken_into_account"), ("justification", "Lagt inn som tiltak."), ("change", "Tiltak 2.3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let merknader = text(&lead.get(&format!("/organisations/3425/plans/{open}/merknadsbehandling")).await.body);
    assert!(
        merknader.contains("Siri Ung") && merknader.contains("Tatt til følge Lagt inn som tiltak. Tiltak 2.3"),
        "{merknader}"
    );
    let csv = lead.get(&format!("/organisations/3425/plans/{open}/merknadsbehandling.csv")).await;
    assert!(csv.headers.get("content-disposition").unwrap().to_str().unwrap().starts_with("attachment"));
    assert!(
        csv.body.starts_with('\u{feff}')
            && csv.body.contains("Siri Ung;")
            && csv.body.contains(";Tatt til følge;Lagt inn som tiltak.;Tiltak 2.3"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains("siri@example.no"), "e-mail addresses stay in the register");

    // Hidden with a reason, never deleted: gone from the public page, kept in the register.
    let r = lead.post(&format!("{base}/moderation"), &[("hide", "1"), ("reason", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "hiding needs a reason");
    let r = lead
        .post(
            &format!("{base}/moderation"),
            &[("hide", "1"), ("reason", "Inneholder personopplysninger om tredjepart")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!text(&visitor.get(&format!("/hearings/3425/{open}/outcomes")).await.body).contains("Egen telefon"));
    let register = text(&lead.get(&format!("/organisations/3425/plans/{open}/inputs")).await.body);
    assert!(
        register.contains("Egen telefon") && register.contains("Inneholder personopplysninger om tredjepart"),
        "{register}"
    );
    assert_eq!(inputs_of(&app, open).await.len(), 1);
    let mut reader = app.login("leser@engerdal.demo").await;
    assert_eq!(reader.post(&format!("{base}/moderation"), &[("hide", "0")]).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_selection_of_inputs_is_hidden_with_one_reason_or_not_at_all() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    for text in ["Kjøp billig", "Kjøp mer billig", "Flere fritidstilbud for ungdom"] {
        let r = app.client().post(&format!("/hearings/3425/{open}"), &[("text", text), ("consent", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let inputs = inputs_of(&app, open).await;
    let id = |t: &str| inputs.iter().find(|i| i.fields.text == t).unwrap().id.to_string();
    let (spam1, spam2, real) = (id("Kjøp billig"), id("Kjøp mer billig"), id("Flere fritidstilbud for ungdom"));
    let path = format!("/organisations/3425/plans/{open}/inputs/moderation");
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let register = lead.get(&format!("/organisations/3425/plans/{open}/inputs")).await;
    assert!(
        register.body.contains(&format!("name=\"input\" value=\"{spam1}\" form=\"bulk-hide\"")),
        "each input has a box to tick"
    );
    // No reason: refused, the ticks and the filter kept.
    let r = lead.post(&path, &[("input", &spam1), ("input", &spam2), ("status", "unanswered"), ("reason", " ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&format!("value=\"{spam2}\" form=\"bulk-hide\" checked")), "the ticks are kept");
    assert!(!r.body.contains(&format!("value=\"{real}\" form=\"bulk-hide\" checked")));
    assert!(r.body.contains("<input type=\"hidden\" name=\"status\" value=\"unanswered\">"), "the filter is kept");
    // Nothing ticked: refused, with the reason kept.
    let r = lead.post(&path, &[("reason", "Reklame")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Velg minst ett.") && r.body.contains("value=\"Reklame\""), "{}", text(&r.body));
    assert!(inputs_of(&app, open).await.iter().all(|i| i.hidden_reason.is_none()));
    // A selection with an input that is not this plan's hides none of them.
    let (_, closed) = demo_hearings(&app).await;
    lead.post(&format!("/organisations/3425/plans/{closed}/inputs"), &[("channel", "workshop"), ("text", "Annet")])
        .await;
    let other_plan = inputs_of(&app, closed).await.pop().unwrap().id.to_string();
    let r = lead.post(&path, &[("input", &spam1), ("input", &other_plan), ("reason", "Reklame")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(inputs_of(&app, open).await.iter().all(|i| i.hidden_reason.is_none()));
    // Both hidden with the one reason; the third untouched.
    let r = lead.post(&path, &[("input", &spam1), ("input", &spam2), ("reason", "Reklame")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let back = r.headers.get("location").unwrap().to_str().unwrap().to_owned();
    assert!(text(&lead.get(&back).await.body).contains("2 innspill er skjult fra de offentlige sidene."));
    let hidden: Vec<(String, Option<String>)> =
        inputs_of(&app, open).await.into_iter().map(|i| (i.fields.text, i.hidden_reason)).collect();
    assert_eq!(hidden.iter().filter(|(_, r)| r.as_deref() == Some("Reklame")).count(), 2, "{hidden:?}");
    assert!(hidden.iter().any(|(t, r)| t == "Flere fritidstilbud for ungdom" && r.is_none()));
    let mut reader = app.login("leser@engerdal.demo").await;
    assert_eq!(reader.post(&path, &[("input", &real), ("reason", "x")]).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn inputs_from_other_channels_join_the_same_register() {
    let app = app().await;
    let (_, closed) = demo_hearings(&app).await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{closed}/inputs");
    let r = lead.post(&path, &[("channel", "workshop"), ("received", "31.02.2024"), ("text", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("«31.02.2024» er ikke en dato") && t.contains("Dette feltet må fylles ut."), "{t}");
    assert!(r.body.contains("value=\"31.02.2024\""));
    let r = lead
        .post(
            &path,
            &[
                ("channel", "workshop"),
                ("received", "15.11.2023"),
                ("text", "Personalet ønsker felles kursing i BTI."),
                ("organisation", "Engerdal barnehage"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let t = text(&lead.get(&path).await.body);
    assert!(
        t.contains("21 innspill")
            && t.contains("Verksted")
            && t.contains("15.11.2023")
            && t.contains("Personalet ønsker felles kursing i BTI."),
        "{t}"
    );
}

#[tokio::test]
async fn a_person_gets_a_copy_and_then_erasure_removes_their_data_from_the_database() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let mut citizen = app.client();
    for text in ["Første innspill fra Petter.", "Andre innspill fra Petter."] {
        let r = citizen
            .post_multipart(
                &format!("/hearings/3425/{open}"),
                &[("text", text), ("name", "Petter Smart"), ("email", "petter@example.no"), ("consent", "on")],
                &[("attachments", "petters-brev.pdf", PDF)],
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let export = lead.get("/organisations/3425/privacy/export?email=Petter%40Example.no").await;
    assert_eq!(export.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(json["inputs"].as_array().unwrap().len(), 2);
    assert_eq!(json["inputs"][0]["sender"]["name"], "Petter Smart");
    assert_eq!(json["inputs"][1]["attachments"][0]["file_name"], "petters-brev.pdf");
    let bad = lead.get("/organisations/3425/privacy/export?email=petter").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    let r = lead.post("/organisations/3425/privacy/erase", &[("email", "petter@example.no")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "erasure must be confirmed");
    assert!(r.body.contains("value=\"petter@example.no\""));
    let r = lead.post("/organisations/3425/privacy/erase", &[("email", "petter@example.no"), ("confirm", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = text(&lead.get(r.location()).await.body);
    assert!(
        page.contains("Personopplysningene ble slettet fra 2 innspill.") && page.contains("Personopplysninger slettet"),
        "{page}"
    );

    // Look in the database itself: the personal data is gone, the texts are kept.
    let pool = app.store.pool();
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM inputs WHERE sender_email LIKE '%petter%' OR sender_name LIKE '%Petter%'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(left, 0);
    let texts: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM inputs WHERE body LIKE '%fra Petter.'").fetch_one(pool).await.unwrap();
    assert_eq!(texts, 2, "the anonymised content is kept for the archive");
    let logged: String =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'erase_sender'").fetch_one(pool).await.unwrap();
    assert_eq!(logged, "2 inputs, 2 attachments, 0 frozen versions redacted");
    let files: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM input_attachments").fetch_one(pool).await.unwrap();
    assert_eq!(files, 0, "the letters, which cannot be anonymised, are gone");
    let copy: serde_json::Value =
        serde_json::from_str(&lead.get("/organisations/3425/privacy/export?email=petter%40example.no").await.body)
            .unwrap();
    assert!(copy["inputs"].as_array().unwrap().is_empty());
    let mut reader = app.login("leser@engerdal.demo").await;
    assert_eq!(
        reader.post("/organisations/3425/privacy/erase", &[("email", "x@y.no"), ("confirm", "on")]).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn inputs_are_tagged_with_themes_and_chapters_and_the_register_filters_on_them() {
    let app = app().await;
    let (_, closed) = demo_hearings(&app).await;
    let inputs = inputs_of(&app, closed).await;
    let first = inputs[0].id;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{closed}/inputs");
    // One form for the answer and the tags: a refused chapter number saves neither,
    // and what was typed comes back.
    let answer_and_tags = [
        ("decision", "taken_into_account"),
        ("justification", "Tatt inn i kapittel 3.2"),
        ("theme_violence", "on"),
        ("chapters", "3.2, x"),
    ];
    let before = inputs_of(&app, closed).await.into_iter().find(|i| i.id == first).unwrap().assessment;
    let r = lead.post(&format!("{base}/{first}/assessment"), &answer_and_tags).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("«x» er ikke et kapittelnummer"));
    assert!(r.body.contains("Tatt inn i kapittel 3.2") && r.body.contains("value=\"3.2, x\""), "typed text kept");
    assert!(r.body.contains(&format!("id=\"theme-{first}-violence\" name=\"theme_violence\" checked")));
    let unchanged = inputs_of(&app, closed).await.into_iter().find(|i| i.id == first).unwrap();
    assert_eq!((unchanged.assessment, unchanged.themes.len()), (before, 0), "nothing saved");
    // Tags alone, before any answer.
    let r = lead
        .post(
            &format!("{base}/{first}/assessment"),
            &[("theme_violence", "on"), ("theme_mental_health", "on"), ("chapters", "3.2, 4")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let tagged = inputs_of(&app, closed).await.into_iter().find(|i| i.id == first).unwrap();
    assert_eq!(
        tagged.themes,
        vec![forebygg_domain::theme::Theme::Violence, forebygg_domain::theme::Theme::MentalHealth]
    );
    assert_eq!(tagged.chapters, vec!["3.2".to_owned(), "4".to_owned()]);
    let t = text(&lead.get(&format!("{base}?theme=violence")).await.body);
    assert!(t.contains("Ett innspill (av 20)") && t.contains("Tema: Vold, Psykisk helse · Kapitler: 3.2, 4"), "{t}");
    let t = text(&lead.get(&format!("{base}?status=unanswered")).await.body);
    assert!(t.contains("5 innspill (av 20)"), "the demo's conference outputs wait for an answer: {t}");
    let t = text(&lead.get(&format!("{base}?status=answered")).await.body);
    assert!(t.contains("15 innspill (av 20)") && !t.contains("Naturen, og at alle kjenner alle."), "{t}");
}

#[tokio::test]
async fn the_merknadsbehandling_downloads_as_a_spreadsheet() {
    use std::io::Read;
    let app = app().await;
    let (_, closed) = demo_hearings(&app).await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let (status, headers, bytes) =
        lead.get_bytes(&format!("/organisations/3425/plans/{closed}/merknadsbehandling.xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers.get("content-type").unwrap(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut strings = String::new();
    archive.by_name("xl/sharedStrings.xml").unwrap().read_to_string(&mut strings).unwrap();
    for expected in ["Ungdomsrådet", "Tatt til følge", "Kapittel 3, tiltak 3.4", "Privatperson", "Konklusjon"] {
        assert!(strings.contains(expected), "{expected} missing");
    }
    assert!(!strings.contains("Randi Holm"), "no private names");
}

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer <<>>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";

#[tokio::test]
async fn a_response_carries_files_that_only_staff_download_and_always_as_a_download() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let mut c = app.client();
    let path = format!("/hearings/3425/{open}");
    let page = c.get(&path).await;
    assert!(page.body.contains("enctype=\"multipart/form-data\"") && page.body.contains("type=\"file\""));
    assert!(text(&page.body).contains("PDF, PNG eller JPEG, høyst 3 filer på 10 MB hver."));
    let r = c
        .post_multipart(
            &path,
            &[("text", "Se vedlagt uttalelse fra FAU."), ("organisation", "FAU Engerdal skole"), ("consent", "on")],
            &[
                ("attachments", "Uttalelse FAU.pdf", PDF),
                ("attachments", "C:\\bilder\\kart.png", PNG),
                ("attachments", "", b""),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let receipt = text(&c.get(r.location()).await.body);
    assert!(receipt.contains("Vedlegg Uttalelse FAU.pdf (PDF, 1 kB) kart.png (PNG, 1 kB)"), "{receipt}");
    let stored = inputs_of(&app, open).await;
    assert_eq!(stored[0].fields.sender.organisation.as_deref(), Some("FAU Engerdal skole"));

    let mut lead = app.login("planleiar@engerdal.demo").await;
    let register = lead.get(&format!("/organisations/3425/plans/{open}/inputs")).await;
    let start = register.body.find("/attachments/").expect("a link to the file");
    let href_start = register.body[..start].rfind('"').unwrap() + 1;
    let href_end = start + register.body[start..].find('"').unwrap();
    let href = register.body[href_start..href_end].to_owned();
    let (status, headers, bytes) = lead.get_bytes(&href).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF, "the file comes back byte for byte");
    assert_eq!(headers["content-type"], "application/pdf");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment; filename=\"Uttalelse FAU.pdf\""), "{disposition}");
    assert_eq!(headers["x-content-type-options"], "nosniff");

    // Visitors, and people without a role in Engerdal, cannot fetch it (other
    // municipalities' staff: see isolation.rs).
    let (status, _, _) = app.client().get_bytes(&href).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "visitors are sent to the login page");
    let mut outsider = app.login("drift@forebygg.demo").await;
    assert_eq!(outsider.get_bytes(&href).await.0, StatusCode::FORBIDDEN);
    // An attachment id under another input of the plan is not found.
    let wrong_input = href.replacen(&format!("/inputs/{}/", stored[0].id), "/inputs/999999/", 1);
    assert_eq!(lead.get_bytes(&wrong_input).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_wrong_or_too_large_file_is_refused_with_its_name_and_the_text_is_kept() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let mut c = app.client();
    let path = format!("/hearings/3425/{open}");
    c.get(&path).await;
    let mut big = PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let r = c
        .post_multipart(
            &path,
            &[("text", "Teksten min skal ikke forsvinne."), ("name", "Siri"), ("consent", "on")],
            &[
                ("attachments", "innspill.pdf", b"<html><script>alert(1)</script></html>"),
                ("attachments", "skann.pdf", &big),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("«innspill.pdf» er ikke en PDF-, PNG- eller JPEG-fil."), "{t}");
    assert!(t.contains("«skann.pdf» er større enn 10 MB."), "{t}");
    assert!(t.contains("Filene du valgte, ble ikke tatt vare på."), "{t}");
    assert!(r.body.contains(">Teksten min skal ikke forsvinne.</textarea>") && r.body.contains("value=\"Siri\""));
    assert!(r.body.contains("aria-invalid=\"true\" ") || r.body.contains("aria-invalid=\"true\">"));
    let four: Vec<(&str, &str, &[u8])> = (0..4).map(|_| ("attachments", "a.pdf", PDF)).collect();
    let r = c.post_multipart(&path, &[("text", "Fire filer"), ("consent", "on")], &four, None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Du kan legge ved høyst 3 filer."));
    assert!(inputs_of(&app, open).await.is_empty(), "nothing was stored");
    let files: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM input_attachments").fetch_one(app.store.pool()).await.unwrap();
    assert_eq!(files, 0);

    // A forged token on a form with files: refused, and the text is shown to copy.
    let r = c
        .post_multipart(
            &path,
            &[("text", "Viktig tekst med vedlegg"), ("consent", "on")],
            &[("attachments", "a.pdf", PDF)],
            Some("forged"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(text(&r.body).contains("Viktig tekst med vedlegg"));
    assert!(inputs_of(&app, open).await.is_empty());
}

/// A mailer that fails as often as told, then keeps what it is asked to send.
struct FakeMailer {
    failures_left: std::sync::Mutex<u32>,
    sent: std::sync::Mutex<Vec<(String, String, String)>>,
}

#[async_trait::async_trait]
impl forebygg_app::receipts::Mailer for FakeMailer {
    async fn send(&self, to: &forebygg_domain::Email, subject: &str, body: &str) -> Result<(), String> {
        let mut left = self.failures_left.lock().unwrap();
        if *left > 0 {
            *left -= 1;
            return Err("421 try again later".into());
        }
        self.sent.lock().unwrap().push((to.to_string(), subject.to_owned(), body.to_owned()));
        Ok(())
    }
}

#[tokio::test]
async fn a_receipt_is_mailed_in_the_senders_language_and_retried_when_mail_fails() {
    use forebygg_app::receipts::{Delivered, deliver_due};
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let mut c = app.client();
    c.extra.push(("accept-language", "en".into()));
    let path = format!("/hearings/3425/{open}");
    for (text, email) in [("With an address.", "pat@example.no"), ("Without one.", "")] {
        let r = c.post(&path, &[("text", text), ("email", email), ("consent", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let mailer = FakeMailer { failures_left: std::sync::Mutex::new(1), sent: Default::default() };
    let compose = forebygg_texts::receipt_mail;
    let now = forebygg_app::now();
    let first = deliver_due(&*app.store, &mailer, &compose, now).await.unwrap();
    assert_eq!(first, Delivered { sent: 0, failed: 1 });
    assert_eq!(deliver_due(&*app.store, &mailer, &compose, now + 5).await.unwrap(), Delivered::default(), "not yet");
    let second = deliver_due(&*app.store, &mailer, &compose, now + 31).await.unwrap();
    assert_eq!(second, Delivered { sent: 1, failed: 0 });
    assert_eq!(deliver_due(&*app.store, &mailer, &compose, now + 3600).await.unwrap(), Delivered::default(), "once");
    let sent = mailer.sent.lock().unwrap().clone();
    let reference = inputs_of(&app, open).await[0].reference();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].0, "pat@example.no");
    assert_eq!(sent[0].1, format!("Receipt for your hearing response ({reference})"));
    assert!(sent[0].2.contains("Engerdal municipality has received your response to the hearing of \"Handlingsplan mot vold i nære relasjoner\"."), "{}", sent[0].2);
    assert!(sent[0].2.contains("What you wrote:\nWith an address."));
    let error: Option<String> =
        sqlx::query_scalar("SELECT receipt_error FROM inputs WHERE sender_email = 'pat@example.no'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(error, None, "a later success clears the error");
}

/// A date as the seeds write it (`21.09.23`) is a date; a "received" date after today
/// is refused with a message at the field, and nothing is stored.
#[tokio::test]
async fn a_received_date_is_written_as_norwegians_do_and_never_in_the_future() {
    let app = app().await;
    let (_, closed) = demo_hearings(&app).await;
    let before = inputs_of(&app, closed).await.len();
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let path = format!("/organisations/3425/plans/{closed}/inputs");
    let tomorrow = forebygg_domain::timeline::dates::oslo_date(forebygg_app::now()).plus_days(1).to_string();
    let r =
        lead.post(&path, &[("channel", "email_or_letter"), ("received", &tomorrow), ("text", "Fra framtida")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("ligger fram i tid"), "{}", text(&r.body));
    assert!(r.body.contains("Fra framtida"), "the text is kept");
    assert_eq!(inputs_of(&app, closed).await.len(), before, "nothing stored");
    let r = lead.post(&path, &[("channel", "workshop"), ("received", "21.09.23"), ("text", "Kurs i BTI")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let stored = inputs_of(&app, closed).await;
    let added = stored.iter().find(|i| i.fields.text == "Kurs i BTI").unwrap();
    assert_eq!(forebygg_domain::timeline::dates::oslo_date(added.received_at).to_string(), "21.09.2023");
}

/// What a sender wrote never runs as a formula when staff open an export in a
/// spreadsheet: the merknadsbehandling CSV and the measures CSV.
#[tokio::test]
async fn csv_exports_never_hold_a_live_formula() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let mut visitor = app.client();
    let r = visitor
        .post(
            &format!("/hearings/3425/{open}"),
            &[
                ("text", "=HYPERLINK(\"http://evil.example\";\"Klikk\")"),
                ("organisation", "=HYPERLINK(\"http://evil.example\")"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let csv = lead.get(&format!("/organisations/3425/plans/{open}/merknadsbehandling.csv")).await.body;
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), "{csv}");
    let cells =
        csv.lines().skip(1).flat_map(|l| l.split(';').map(|c| c.trim_matches('"').to_owned()).collect::<Vec<_>>());
    for cell in cells {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "a live formula: {cell}");
    }
    // The web page shows the text as written.
    let page = text(&lead.get(&format!("/organisations/3425/plans/{open}/merknadsbehandling")).await.body);
    assert!(page.contains("=HYPERLINK(\"http://evil.example\")"), "{page}");

    let base = format!("/organisations/3425/plans/{open}/measures");
    let r = lead.post(&base, &[("name", "-Nattravn+"), ("owner", "@Kultur")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let (_, _, bytes) = lead.get_bytes(&format!("{base}/files/export.csv")).await;
    let csv = String::from_utf8(bytes).unwrap();
    assert!(csv.contains("'-Nattravn+;;'@Kultur"), "{csv}");
}

/// Text enters clean, whichever way it comes: a form, a form with files, the JSON API.
/// No control characters (tab and newline kept), `\n` line endings, NFC.
#[tokio::test]
async fn text_is_normalised_where_it_enters() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let typed = "Hei\u{0} du\u{1b}[2J\r\nNy linje med a\u{30a}\u{85}";
    let stored = "Hei du[2J\nNy linje med å";
    let mut visitor = app.client();
    let r = visitor
        .post(&format!("/hearings/3425/{open}"), &[("text", typed), ("organisation", "FAU\u{7}"), ("consent", "on")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let r = visitor
        .post_multipart(
            &format!("/hearings/3425/{open}"),
            &[("text", typed), ("consent", "on")],
            &[("attachments", "brev.pdf", PDF)],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let inputs = inputs_of(&app, open).await;
    assert_eq!(inputs.iter().map(|i| i.fields.text.as_str()).collect::<Vec<_>>(), [stored, stored]);
    assert_eq!(inputs[0].fields.sender.organisation.as_deref(), Some("FAU"));

    // The JSON API: a plan's title.
    let mut lead = app.login("planleiar@engerdal.demo").await;
    lead.get("/organisations/3425").await;
    let body = serde_json::json!({"plan_type": "preventive", "title": "Plan\u{0} for a\u{30a}r"}).to_string();
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/api/v1/organisations/3425/plans")
        .header("content-type", "application/json")
        .header("x-csrf-token", lead.csrf.clone().unwrap())
        .body(axum::body::Body::from(body))
        .unwrap();
    let r = lead.send(req).await;
    assert!(r.status.is_success(), "{} {}", r.status, r.body);
    assert!(r.body.contains("\"title\":\"Plan for år\""), "{}", r.body);
}

/// A person who agreed to be named, then asked to be erased: their name leaves the
/// frozen versions too — the public version page, its Word file, and the database.
#[tokio::test]
async fn erasure_reaches_the_frozen_versions_and_every_copy() {
    use forebygg_app::Store;
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead
        .post(
            "/organisations/3425/plans",
            &[("plan_type", "preventive"), ("title", "Plan med merknader"), ("phase", "start"), ("preset", "lyngen")],
        )
        .await;
    let plan = r.location().to_owned();
    let id = plan.rsplit('/').next().unwrap().to_owned();
    let today = forebygg_domain::timeline::dates::oslo_date(forebygg_app::now());
    let (start, end) = (today.to_string(), today.plus_days(45).to_string());
    let hearing = [("kind", "draft_hearing"), ("title", "Høring"), ("start", &start), ("end", &end)];
    lead.post(&format!("{plan}/activities"), &hearing).await;
    lead.post(&format!("{plan}/document/1"), &[("body", "{{merknader}}")]).await;
    lead.post(&format!("{plan}/document/versions"), &[("kind", "hearing_draft"), ("date", &start)]).await;
    let page = lead.get(&format!("{plan}/process")).await;
    let open = first_link(&page.body, "/process/hearings/");
    assert_eq!(lead.post(&open, &[("confirm_empty_chapters", "yes")]).await.status, StatusCode::SEE_OTHER);
    let public = format!("/hearings/3425/{id}");
    let r = app
        .client()
        .post(
            &public,
            &[
                ("text", "Mer lys på skoleveien."),
                ("name", "Unni Unik"),
                ("publish_name", "on"),
                ("email", "unni@example.no"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // A second hearing draft, frozen with the response in its merknadsbehandling.
    let r = lead.post(&format!("{plan}/document/versions"), &[("kind", "hearing_draft"), ("date", &start)]).await;
    let version = r.location().rsplit('/').next().unwrap().to_owned();
    let public_version = format!("{public}/versions/{version}");
    assert!(text(&app.client().get(&public_version).await.body).contains("Unni Unik"), "named before erasure");

    let r = lead.post("/organisations/3425/privacy/erase", &[("email", "unni@example.no"), ("confirm", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut visitor = app.client();
    for path in [public.clone(), format!("{public}/outcomes"), public_version.clone()] {
        let page = visitor.get(&path).await.body;
        assert!(!page.contains("Unni") && !page.contains("unni@example.no"), "{path} still names her");
    }
    let (_, _, docx) = lead.get_bytes(&format!("{plan}/document/versions/{version}/plan.docx")).await;
    let mut xml = String::new();
    use std::io::Read;
    zip::ZipArchive::new(std::io::Cursor::new(docx))
        .unwrap()
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(
        xml.contains("Mer lys på skoleveien.") && !xml.contains("Unni"),
        "the Word file keeps the text, not the name"
    );
    // The whole database, as a fresh copy of its file.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.db");
    app.store.backup_to(&copy).await.unwrap();
    let bytes = std::fs::read(&copy).unwrap();
    let found = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(!found("Unni Unik") && !found("unni@example.no"), "the database still holds her name or address");
    assert!(found("Mer lys på skoleveien."), "the text is kept");
}

/// Need to know, one cell per role and kind of personal data: a respondent's e-mail,
/// a name they did not agree to publish, their file, and exporting or erasing a
/// person's data. Plan lead, editor and admin see; contributor, reader and the county's
/// regional adviser see what was said and what is public; only admin and plan lead
/// export and erase.
#[tokio::test]
async fn personal_data_is_seen_only_by_those_who_need_it() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let r = app
        .client()
        .post_multipart(
            &format!("/hearings/3425/{open}"),
            &[("text", "Innspill fra Gro."), ("name", "Gro Hemmelig"), ("email", "gro@example.no"), ("consent", "on")],
            &[("attachments", "gros-brev.pdf", PDF)],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let input = inputs_of(&app, open).await.pop().unwrap();
    let register = format!("/organisations/3425/plans/{open}/inputs");
    let file = format!("{register}/{}/attachments/", input.id);
    let cells = [
        ("admin@engerdal.demo", true, true),
        ("planleiar@engerdal.demo", true, true),
        ("redaktor@engerdal.demo", true, false),
        ("bidragsyter@engerdal.demo", false, false),
        ("leser@engerdal.demo", false, false),
    ];
    // The county's adviser reads no input at all: the register is never shared.
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    assert_eq!(adviser.get(&register).await.status, StatusCode::FORBIDDEN);
    assert_eq!(adviser.get(&format!("{file}1")).await.status, StatusCode::FORBIDDEN);
    for (who, sees, manages) in cells {
        let mut c = app.login(who).await;
        let page = c.get(&register).await;
        assert_eq!(page.status, StatusCode::OK, "{who} reads the register");
        assert!(page.body.contains("Innspill fra Gro."), "{who} sees what was said");
        assert_eq!(page.body.contains("gro@example.no"), sees, "{who}: e-mail");
        assert_eq!(page.body.contains("Gro Hemmelig"), sees, "{who}: a name not to be published");
        assert_eq!(page.body.contains(&file), sees, "{who}: the file is listed");
        let attachment = app.store.attachments(&scope_3425(&app).await, open).await.unwrap().pop().unwrap();
        let download = c.get(&format!("{file}{}", attachment.id)).await;
        assert_eq!(download.status == StatusCode::OK, sees, "{who}: the file downloads ({})", download.status);
        let export = c.get("/organisations/3425/privacy/export?email=gro%40example.no").await;
        assert_eq!(export.status == StatusCode::OK, manages, "{who}: export ({})", export.status);
        assert_eq!(export.body.contains("Gro Hemmelig"), manages, "{who}: export content");
        let erase =
            c.post("/organisations/3425/privacy/erase", &[("email", "nobody@example.no"), ("confirm", "on")]).await;
        assert_eq!(erase.status == StatusCode::SEE_OTHER, manages, "{who}: erase ({})", erase.status);
    }
}

async fn scope_3425(app: &TestApp) -> forebygg_app::OrgScope {
    use forebygg_app::AccountStore;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    forebygg_app::OrgScope::operator(&org)
}

#[tokio::test]
async fn private_persons_are_one_group_in_the_merknadsbehandling() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let path = format!("/hearings/3425/{open}");
    for (text, org) in [("Først en privatperson", ""), ("Så et lag", "Engerdal IL"), ("Så en privatperson til", "")]
    {
        let r = app.client().post(&path, &[("text", text), ("organisation", org), ("consent", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let merknader = format!("/organisations/3425/plans/{open}/merknadsbehandling");
    let page = lead.get(&merknader).await.body;
    assert_eq!(page.matches("<caption>Privatpersoner</caption>").count(), 1, "{page}");
    assert_eq!(page.matches("<caption>Engerdal IL</caption>").count(), 1);
}

/// One private person's input is from a private person, not from "private persons".
#[tokio::test]
async fn one_private_persons_input_is_headed_in_the_singular() {
    let app = app().await;
    let (open, _) = demo_hearings(&app).await;
    let r = app.client().post(&format!("/hearings/3425/{open}"), &[("text", "Bare én"), ("consent", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let page = lead.get(&format!("/organisations/3425/plans/{open}/merknadsbehandling")).await.body;
    assert!(page.contains("<caption>Privatperson</caption>"), "{page}");
}
