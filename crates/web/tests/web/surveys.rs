//! Surveys on the web: made from the template, opened with class codes (a refused form
//! keeps what was typed), answered anonymously without an account (a code answers
//! once), and what is stored of an answer read back from the database itself.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, OrgScope, SurveyStore};
use forebygg_domain::OrgCode;
use forebygg_domain::timeline::dates::oslo_date;
use sqlx::{Column, Row};

use crate::support::{app, plan_of, text};

#[tokio::test]
async fn a_survey_opens_with_codes_and_takes_each_code_once_storing_nothing_but_answers_and_day() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/surveys");
    let r = lead.post(&base, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = r.location().to_owned();
    assert!(text(&lead.get(&base).await.body).contains("Ungdomsundersøkelse"));

    // A period that ends before it starts is refused, and what was typed stays.
    let r = lead
        .post(
            &format!("{page}/open"),
            &[("opens", "10.12.26"), ("closes", "01.12.2026"), ("class", "9B"), ("codes", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Siste svardag kan ikke være før første svardag."), "{}", text(&r.body));
    assert!(r.body.contains("value=\"10.12.26\"") && r.body.contains("value=\"9B\""));

    let today = oslo_date(forebygg_app::now());
    let closes = forebygg_domain::timeline::dates::NorDate(today.0 + chrono::Days::new(7));
    let r = lead
        .post(
            &format!("{page}/open"),
            &[("opens", &today.to_string()), ("closes", &closes.to_string()), ("class", "9B"), ("codes", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let shown = lead.get(&page).await;
    assert!(text(&shown.body).contains("Åpen for svar") && text(&shown.body).contains("Ingen svar"));
    assert!(text(&shown.body).contains("Resultatene vises når undersøkelsen er avsluttet."));

    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let survey = app.store.surveys(&scope, plan).await.unwrap().pop().unwrap();
    let codes = app.store.codes(&scope, survey.id).await.unwrap();
    assert_eq!(codes.len(), 3);
    assert!(codes.iter().all(|c| c.code.len() == 6 && c.class == "9B"));
    let link = format!("/s/{}", survey.token);

    // A pupil, no account: a missing answer is named and what was chosen stays checked.
    let mut pupil = app.client();
    let form = pupil.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(text(&form.body).contains("Hvilket trinn går du på?"));
    let code = codes[0].code.to_lowercase();
    let r = pupil.post(&link, &[("code", &code), ("q1", "1"), ("q9", "0"), ("q9", "2")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Dette spørsmålet må besvares."));
    assert!(
        r.body.contains("<a href=\"#q3\">Jeg trives hjemme. – Dette spørsmålet må besvares.</a>"),
        "the summary names the question: {}",
        r.body
    );
    assert!(r.body.contains("id=\"q9-2\" name=\"q9\" value=\"2\" checked"), "ticked boxes stay ticked");
    assert!(
        r.body.contains("id=\"q8\" data-shown-if=\"q7\" data-shown-values=\"1 2 3\""),
        "the script hides a conditional question until its answer"
    );
    let mut full: Vec<(&str, &str)> = vec![("code", &code)];
    full.extend([
        ("q1", "1"),
        ("q2", "0"),
        ("q3", "4"),
        ("q4", "3"),
        ("q5", "4"),
        ("q6", "4"),
        ("q7", "1"),
        ("q8", "2"),
    ]);
    full.extend([("q9", "0"), ("q9", "2"), ("q10", "1"), ("q11", "Et «hus» for ungdom\u{0}")]);
    let r = pupil.post(&link, &full).await;
    assert_eq!(r.status, StatusCode::OK, "{}", text(&r.body));
    assert!(text(&r.body).contains("Takk for svarene!"));
    // The same code again, from another device: refused, nothing stored.
    let r = app.client().post(&link, &full).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Koden finnes ikke eller er brukt."));
    let without: Vec<(&str, &str)> = full.iter().filter(|(k, _)| *k != "code").copied().collect();
    let r = app.client().post(&link, &without).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Skriv koden du fikk av læreren."), "no code typed is said so");

    // What the database holds of the answer: the answers and the day, nothing else.
    let rows = sqlx::query("SELECT * FROM survey_answers WHERE survey_id = $1")
        .bind(survey.id.get())
        .fetch_all(app.store.pool())
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let columns: Vec<&str> = rows[0].columns().iter().map(|c| c.name()).collect();
    assert_eq!(columns, ["survey_id", "answer_key", "day", "answers"]);
    let day: String = rows[0].get("day");
    assert_eq!(day, today.0.format("%Y-%m-%d").to_string(), "the day, no time");
    let answers: String = rows[0].get("answers");
    assert!(!answers.to_lowercase().contains(&code) && !answers.contains("127.0.0.1"), "{answers}");
    assert!(answers.contains("Et «hus» for ungdom\""), "normalised text: {answers}");
    let key: String = rows[0].get("answer_key");
    assert!(!pupil.cookies.values().any(|c| c.contains(&key) || key.contains(c.as_str())), "not the session");
    let code_columns: Vec<String> =
        sqlx::query("SELECT * FROM survey_codes").fetch_all(app.store.pool()).await.unwrap()[0]
            .columns()
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
    assert_eq!(code_columns, ["survey_id", "code", "class", "used"], "a code keeps only whether it was used");

    // Staff see the count, not results, while it is open; closing sends the free text
    // to the input register.
    assert!(text(&lead.get(&page).await.body).contains("1 svar"));
    let r = lead.post(&format!("{page}/close"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(text(&r.body).contains("Det kan ikke angres."), "closing asks first");
    assert!(text(&lead.get(&page).await.body).contains("Åpen for svar"), "and changes nothing until confirmed");
    let r = lead.post(&format!("{page}/close"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let closed_page = lead.get(&page).await.body;
    let closed = text(&closed_page);
    assert!(closed.contains("Avsluttet") && closed_page.contains("class=\"hidden-cell\">skjult"), "{closed}");
    let inputs = text(&lead.get(&format!("/organisations/3425/plans/{plan}/inputs")).await.body);
    assert!(inputs.contains("Et «hus» for ungdom"), "free text in the input register");
    assert_eq!(app.client().post(&link, &full).await.status, StatusCode::GONE, "closed: no answers");
}

#[tokio::test]
async fn a_survey_is_written_question_by_question_and_a_refused_change_keeps_what_was_typed() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/surveys");
    let r = lead.post(&base, &[("start", "empty")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = r.location().to_owned();
    let shown = text(&lead.get(&page).await.body);
    assert!(shown.contains("Ny undersøkelse") && shown.contains("Ingen spørsmål i denne delen ennå."), "{shown}");

    // Options in nynorsk that are fewer than in bokmål are refused, naming the field.
    assert_eq!(lead.get(&format!("{page}/questions/new")).await.status, StatusCode::OK);
    let mut question = vec![
        ("section", "0"),
        ("kind", "single"),
        ("text_nb", "Bor du i sentrum?"),
        ("text_nn", "Bur du i sentrum?"),
        ("options_nb", "Ja\r\nNei"),
        ("options_nn", "Ja"),
        ("required", "on"),
    ];
    let r = lead.post(&format!("{page}/questions"), &question).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Skriv like mange svaralternativer som på bokmål"));
    assert!(r.body.contains("value=\"Bur du i sentrum?\""), "typed text kept");
    question[5] = ("options_nn", "Ja\nNei");
    assert_eq!(lead.post(&format!("{page}/questions"), &question).await.status, StatusCode::SEE_OTHER);
    let follow =
        [("section", "0"), ("kind", "free_text"), ("text_nb", "Hva savner du der du bor?"), ("condition", "q1:1")];
    assert_eq!(lead.post(&format!("{page}/questions"), &follow).await.status, StatusCode::SEE_OTHER);
    let shown = text(&lead.get(&page).await.body);
    assert!(shown.find("Bor du i sentrum?").unwrap() < shown.find("Hva savner du der du bor?").unwrap());

    // The follow-up cannot move above what it depends on, nor can that be removed.
    let r = lead.post(&format!("{page}/questions/q2/move"), &[("direction", "up")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Vilkåret må vise til svar på ett spørsmål som kommer før dette."));
    let r = lead.post(&format!("{page}/questions/q1/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(text(&r.body).contains("Fjerne spørsmålet «Bor du i sentrum?»?"), "asks first");
    let r = lead.post(&format!("{page}/questions/q1/remove"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Et annet spørsmål vises bare etter svar på dette."));

    // The question's own page shows it as saved, condition ticked.
    let edit = lead.get(&format!("{page}/questions/q2")).await;
    assert!(edit.body.contains("id=\"condition-q1-1\" name=\"condition\" value=\"q1:1\" checked"), "{}", edit.body);
    let changed = [("section", "0"), ("kind", "free_text"), ("text_nb", "Hva savner du i nærmiljøet?")];
    assert_eq!(lead.post(&format!("{page}/questions/q2"), &changed).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        lead.post(&format!("{page}/questions/q2/move"), &[("direction", "up")]).await.status,
        StatusCode::SEE_OTHER,
        "without its condition it may move"
    );
    let r = lead.post(&format!("{page}/details"), &[("title_nb", " "), ("target", "parents")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Skriv teksten på bokmål."));
    let details = [("title_nb", "Foreldreundersøkelse"), ("title_nn", "Foreldreundersøking"), ("target", "parents")];
    let r = lead.post(&format!("{page}/details"), &details).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("?saved=survey"), "back to the top, where the title is: {}", r.location());
    let top = text(&lead.get(r.location()).await.body);
    assert!(top.find("Endringen er lagret.").unwrap() < top.find("Status").unwrap_or(usize::MAX), "said at the top");
    let r = lead.post(&format!("{page}/sections"), &[("section_nb", "Fritid")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().ends_with("?saved=questions#questions-heading"), "{}", r.location());
    let back = r.location().split('#').next().unwrap().to_owned();
    assert!(text(&lead.get(&back).await.body).contains("Spørsmål Endringen er lagret."), "said beside the questions");
    assert!(!text(&lead.get(&page).await.body).contains("Endringen er lagret."), "and only right after");

    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let survey = app.store.surveys(&scope, plan).await.unwrap().pop().unwrap().survey;
    assert_eq!(survey.title.nn, "Foreldreundersøking");
    assert_eq!(survey.target, forebygg_domain::survey::TargetGroup::Parents);
    assert_eq!(survey.sections.len(), 2);
    let keys: Vec<&str> = survey.questions().map(|q| q.key.as_str()).collect();
    assert_eq!(keys, ["q2", "q1"]);
    assert_eq!(survey.question("q1").unwrap().kind.options()[1].nn, "Nei");

    // A reader changes nothing; once open, the questions are fixed.
    let mut reader = app.login("leser@engerdal.demo").await;
    let r = reader.post(&format!("{page}/questions"), &question).await;
    assert!(r.status == StatusCode::FORBIDDEN || r.status == StatusCode::NOT_FOUND, "{}", r.status);
    let today = oslo_date(forebygg_app::now());
    assert_eq!(
        lead.post(&format!("{page}/open"), &[("opens", &today.to_string()), ("closes", &today.to_string())])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(lead.get(&format!("{page}/questions/new")).await.status, StatusCode::NOT_FOUND);
    let r = lead.post(&format!("{page}/questions/q1/remove"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Undersøkelsen er allerede åpnet eller avsluttet."));
    assert_eq!(app.store.surveys(&scope, plan).await.unwrap().pop().unwrap().survey.questions().count(), 2);

    // A link survey takes one answer per device unless it allows more.
    let token = app.store.surveys(&scope, plan).await.unwrap().pop().unwrap().token;
    let link = format!("/s/{token}");
    let mut parent = app.client();
    assert_eq!(parent.get(&link).await.status, StatusCode::OK);
    let r = parent.post(&link, &[("q1", "0")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", text(&r.body));
    assert!(r.set_cookies().iter().any(|c| c.starts_with("fb_answered=1") && c.contains(&format!("Path={link}"))));
    let again = parent.get(&link).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(text(&again.body).contains("Denne enheten har allerede sendt svar"));
    assert_eq!(parent.post(&link, &[("q1", "1")]).await.status, StatusCode::CONFLICT, "not a second answer");
    assert_eq!(app.client().post(&link, &[("q1", "1")]).await.status, StatusCode::OK, "another device answers");
    assert_eq!(app.store.surveys(&scope, plan).await.unwrap().pop().unwrap().answers, 2);
}

/// The demo's closed survey exports exactly what its page shows (a hidden count is
/// hidden in the file too, in the page's words); its open survey's link comes as a QR
/// code for a poster, and its results are not ready.
#[tokio::test]
async fn results_export_with_the_same_cells_hidden_and_the_link_comes_as_a_qr_code() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let all = app.store.surveys(&OrgScope::operator(&org), plan).await.unwrap();
    let closed = all.iter().find(|s| s.survey.state == forebygg_domain::survey::SurveyState::Closed).unwrap();
    let open = all.iter().find(|s| s.survey.state == forebygg_domain::survey::SurveyState::Open).unwrap();
    let mut reader = app.login("leser@engerdal.demo").await;
    let page = format!("/organisations/3425/plans/{plan}/surveys/{}", closed.id);
    let shown = reader.get(&page).await.body;
    let hidden_on_page = shown.matches("class=\"hidden-cell\"").count();
    assert!(hidden_on_page > 0);

    let (status, headers, csv) = reader.get_bytes(&format!("{page}/files/results.csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[axum::http::header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with("\u{feff}Tabell;Svar;Gruppe;Antall;Andel (%)"), "{csv}");
    assert_eq!(csv.matches(";skjult").count(), hidden_on_page, "the same cells hidden");
    assert_eq!(
        csv.matches(";skjult (færre enn 5);").count(),
        shown.matches("class=\"hidden-cell\">skjult (færre enn 5)").count(),
        "with the same bounds"
    );
    assert!(csv.contains(";skjult (færre enn 5);") && csv.contains(";skjult;"), "{csv}");
    assert!(csv.contains("Jeg trives på skolen."), "{csv}");
    let (status, _, xlsx) = reader.get_bytes(&format!("{page}/files/results.xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(xlsx.starts_with(b"PK"));

    let open_page = format!("/organisations/3425/plans/{plan}/surveys/{}", open.id);
    assert_eq!(reader.get(&format!("{open_page}/files/results.csv")).await.status, StatusCode::NOT_FOUND);
    let (status, headers, svg) = reader.get_bytes(&format!("{open_page}/qr.svg")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[axum::http::header::CONTENT_TYPE], "image/svg+xml");
    let svg = String::from_utf8(svg).unwrap();
    assert!(svg.contains(&format!("/s/{}</title>", open.token)), "{svg}");
    let (status, _, png) = reader.get_bytes(&format!("{open_page}/qr.png")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(png.starts_with(b"\x89PNG"));
}

/// An administrator lowers the thresholds, never below 3; the same results then hide
/// fewer counts, and a reader cannot change them.
#[tokio::test]
async fn the_organisation_sets_its_thresholds_never_below_three() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let all = app.store.surveys(&OrgScope::operator(&org), plan).await.unwrap();
    let closed = all.iter().find(|s| s.survey.state == forebygg_domain::survey::SurveyState::Closed).unwrap();
    let list = format!("/organisations/3425/plans/{plan}/surveys");
    let page = format!("{list}/{}", closed.id);
    let mut admin = app.login("admin@engerdal.demo").await;
    let hidden_before = admin.get(&page).await.body.matches("class=\"hidden-cell\"").count();

    let r = admin.post(&format!("{list}/rules"), &[("cell", "2"), ("group", "abc")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let shown = text(&r.body);
    assert!(shown.contains("«2» er ikke et helt tall fra 3 til 1000."), "{shown}");
    assert!(shown.contains("«abc» er ikke et helt tall fra 3 til 1000."), "{shown}");
    assert!(r.body.contains("value=\"abc\""), "what was typed stays");
    let mut reader = app.login("leser@engerdal.demo").await;
    let r = reader.post(&format!("{list}/rules"), &[("cell", "3"), ("group", "3")]).await;
    assert!(r.status == StatusCode::FORBIDDEN || r.status == StatusCode::NOT_FOUND, "{}", r.status);

    let r = admin.post(&format!("{list}/rules"), &[("cell", "3"), ("group", "10")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(
        text(&reader.get(&list).await.body)
            .contains("Tall under 3 vises som «skjult (færre enn 3)». For at de ikke skal kunne regnes ut, skjules også noen andre tall, og alle tall i grupper med færre enn 10 svar")
    );
    let hidden_after = admin.get(&page).await.body.matches("class=\"hidden-cell\"").count();
    assert!(hidden_after < hidden_before, "{hidden_after} < {hidden_before}");
}

/// While a survey takes answers its whole address is shown and each class's unused
/// codes print as slips, classes by year ("9A" before "10B"); once closed, neither.
#[tokio::test]
async fn code_slips_per_class_and_the_whole_address_only_while_open() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let all = app.store.surveys(&scope, plan).await.unwrap();
    let state = |s: &&forebygg_app::SurveyRecord, want| s.survey.state == want;
    let open = all.iter().find(|s| state(s, forebygg_domain::survey::SurveyState::Open)).unwrap();
    let closed = all.iter().find(|s| state(s, forebygg_domain::survey::SurveyState::Closed)).unwrap();
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let page = format!("/organisations/3425/plans/{plan}/surveys/{}", open.id);
    let r = lead.post(&format!("{page}/codes"), &[("class", "8C"), ("codes", "2")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));

    let shown = lead.get(&page).await.body;
    let address = format!("http://localhost/s/{}", open.token);
    assert!(shown.contains(&format!("<a href=\"{address}\">{address}</a>")), "the whole address");
    let at = |class: &str| shown.find(&format!("<td>{class}</td>")).unwrap_or_else(|| panic!("{class} listed"));
    assert!(at("8C") < at("9A") && at("9A") < at("10B"), "by year, then class");
    assert!(shown.contains(&format!("href=\"{page}/slips?class=10B\"")));

    let codes = app.store.codes(&scope, open.id).await.unwrap();
    let r = lead.get(&format!("{page}/slips?class=10B")).await;
    assert_eq!(r.status, StatusCode::OK);
    let slips = text(&r.body);
    assert!(slips.contains("Kodelapper for 10B") && slips.contains(&address));
    for c in &codes {
        let on_slip = r.body.contains(&format!("<code>{}</code>", c.code));
        assert_eq!(on_slip, c.class == "10B" && !c.used, "{} of {} (used: {})", c.code, c.class, c.used);
    }
    let every = lead.get(&format!("{page}/slips")).await.body;
    assert!(codes.iter().filter(|c| !c.used).all(|c| every.contains(&format!("<code>{}</code>", c.code))));

    let closed_page = format!("/organisations/3425/plans/{plan}/surveys/{}", closed.id);
    assert!(!lead.get(&closed_page).await.body.contains(&format!("/s/{}", closed.token)), "no address once closed");
    assert_eq!(lead.get(&format!("{closed_page}/slips")).await.status, StatusCode::NOT_FOUND);
}
