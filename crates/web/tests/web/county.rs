//! The county view: a regional adviser's dashboard of every municipality of the county,
//! and per part of a municipality's plans, exactly what it shares — never its inputs,
//! never a write, never another county.

use axum::http::StatusCode;

use crate::support::{app, plan_of, text};

const DASHBOARD: &str = "/organisations/statsforvalteren-i-innlandet/county";

#[tokio::test]
async fn the_adviser_sees_every_municipality_of_the_county_sorted_and_filtered() {
    let app = app().await;
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let r = adviser.get(DASHBOARD).await;
    assert_eq!(r.status, StatusCode::OK, "{}", text(&r.body));
    let page = text(&r.body);
    assert!(page.contains("46 kommuner vises."), "Innlandet has 46 municipalities: {page}");
    assert!(r.body.contains("href=\"/organisations/3425/plans\">Engerdal</a>"));
    assert!(page.contains("Ingen plan registrert"), "those without a plan are listed too");
    assert!(!page.contains("Lyngen"), "Lyngen lies in Troms");
    let engerdal = &page[page.find("Engerdal 3425").unwrap()..];
    assert!(engerdal.contains("av 10") && engerdal.contains("Bare status"), "{engerdal}");
    assert!(
        engerdal.starts_with("Engerdal 3425 Ikke vedtatt Bearbeiding etter høring"),
        "the plan for preventive work as it stands today (its hearing has closed): {engerdal}"
    );

    // The demo gives six more of Innlandet's municipalities plans in different phases.
    let none = text(&adviser.get(&format!("{DASHBOARD}?show=no-plan")).await.body);
    assert!(none.contains("39 kommuner vises.") && !none.contains("Engerdal 3425"), "{none}");
    let adopted = text(&adviser.get(&format!("{DASHBOARD}?show=adopted")).await.body);
    assert!(adopted.contains("2 kommuner vises.") && adopted.contains("Trysil 3421 Vedtatt"), "{adopted}");
    let drafting = text(&adviser.get(&format!("{DASHBOARD}?show=not-adopted")).await.body);
    for phase in ["Planprogram på høring", "Planforslag på høring", "Utarbeiding", "Oppstart"] {
        assert!(drafting.contains(phase), "{phase}: {drafting}");
    }
    let sorted = adviser.get(&format!("{DASHBOARD}?sort=adopted")).await.body;
    let first_row = &sorted[sorted.find("<tbody>").unwrap()..];
    assert!(first_row[..first_row.find("</tr>").unwrap()].contains("Hamar"), "adopted first, then by name");
    let by_name = adviser.get(DASHBOARD).await.body;
    let (alvdal, aamot) = (by_name.find(">Alvdal<").unwrap(), by_name.find(">Åmot<").unwrap());
    assert!(alvdal < aamot, "Norwegian order by name");
    // The organisation page links to it for its advisers only.
    let body = text(&adviser.get("/organisations/statsforvalteren-i-innlandet").await.body);
    assert!(body.contains("Fylkesoversikten"), "{body}");
}

#[tokio::test]
async fn only_the_countys_advisers_open_the_dashboard() {
    let app = app().await;
    for who in ["planleiar@engerdal.demo", "admin@engerdal.demo"] {
        let mut c = app.login(who).await;
        assert_eq!(c.get(DASHBOARD).await.status, StatusCode::FORBIDDEN, "{who}");
    }
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    assert_eq!(
        adviser.get("/organisations/3425/county").await.status,
        StatusCode::FORBIDDEN,
        "a municipality has none"
    );
    let mut visitor = app.client();
    assert_eq!(visitor.get(DASHBOARD).await.status, StatusCode::SEE_OTHER, "sent to log in");
}

/// Per part: the status line always, programme, measures and document only once shared,
/// the input register, surveys and members never; an adviser changes nothing.
#[tokio::test]
async fn an_adviser_reads_exactly_what_the_municipality_shares() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let base = format!("/organisations/3425/plans/{plan}");
    let programme = [base.clone(), format!("{base}/programme"), format!("{base}/timeline.svg")];
    let measures = [format!("{base}/measures"), format!("{base}/measures/coverage"), format!("{base}/goals")];
    let document = [format!("{base}/document")];
    let never = [
        format!("{base}/inputs"),
        format!("{base}/merknadsbehandling"),
        format!("{base}/surveys"),
        format!("{base}/conferences"),
        format!("{base}/check"),
        format!("{base}/process"),
        "/organisations/3425/members".to_owned(),
        "/organisations/3425/privacy".to_owned(),
    ];
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let list = adviser.get("/organisations/3425/plans").await;
    assert_eq!(list.status, StatusCode::OK, "the plans' status, always");
    assert!(!list.body.contains(&format!("href=\"{base}")), "no link into a plan that shares nothing");
    let org_page = text(&adviser.get("/organisations/3425").await.body);
    assert!(org_page.contains("Som rådgiver i fylket") && !org_page.contains("Deling med fylket"), "{org_page}");

    // Engerdal shares nothing yet; the refusal says why.
    for path in programme.iter().chain(&measures).chain(&document).chain(&never) {
        assert_eq!(adviser.get(path).await.status, StatusCode::FORBIDDEN, "GET {path} before sharing");
    }
    let refused = text(&adviser.get(&measures[0]).await.body);
    assert!(refused.contains("det kommunen selv velger å dele med fylket"), "{refused}");
    let mut reader = app.login("leser@engerdal.demo").await;
    let members = text(&reader.get("/organisations/3425/members").await.body);
    assert!(!members.contains("velger å dele med fylket"), "not for a member: {members}");

    // Its administrator shares measures and the document, not the programme.
    let mut admin = app.login("admin@engerdal.demo").await;
    let own = admin.get("/organisations/3425").await;
    assert!(text(&own.body).contains("Deling med fylket"));
    let r = admin.post("/organisations/3425/sharing", &[("measures", "yes"), ("document", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&admin.get(r.location()).await.body).contains("Delingen er lagret."));
    let dashboard = text(&adviser.get(DASHBOARD).await.body);
    assert!(dashboard.contains("Mål og tiltak, Plandokumentet"), "{dashboard}");

    for path in &programme {
        assert_eq!(adviser.get(path).await.status, StatusCode::FORBIDDEN, "GET {path}: the programme is not shared");
    }
    for path in measures.iter().chain(&document) {
        let r = adviser.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "GET {path} once shared");
    }
    let list = adviser.get("/organisations/3425/plans").await.body;
    assert!(list.contains(&format!("href=\"{base}/measures\"")), "the title leads to the first part shared");
    for path in &never {
        assert_eq!(adviser.get(path).await.status, StatusCode::FORBIDDEN, "GET {path}: never shared");
    }
    // Reading is all: no form is offered and every change is refused.
    let list = adviser.get(&format!("{base}/measures")).await.body;
    assert!(!list.contains(&format!("method=\"post\" action=\"{base}/measures")), "no change forms");
    let r = adviser.post(&format!("{base}/measures"), &[("name", "Fra fylket"), ("owner", "x")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = adviser.post(&format!("{base}/measures/1/participants"), &[("participants", "Trysil")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "nor whom a measure is run for");
    let register = text(&adviser.get(&format!("{base}/measures")).await.body);
    assert!(!register.contains("Drives av Trysil"), "what Trysil runs for Engerdal is Trysil's to share: {register}");
    let r = adviser.post("/organisations/3425/sharing", &[("programme", "yes"), ("measures", "yes")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "sharing is the municipality's choice");

    // A member who is not an administrator sees the choice but cannot change it.
    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get("/organisations/3425").await.body;
    assert!(text(&page).contains("Mål og tiltak: deles") && !page.contains("/sharing\""), "{}", text(&page));
    let r = reader.post("/organisations/3425/sharing", &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Sharing everything opens the programme too; the inputs stay closed.
    admin.post("/organisations/3425/sharing", &[("programme", "yes"), ("measures", "yes"), ("document", "yes")]).await;
    for path in &programme {
        assert_eq!(adviser.get(path).await.status, StatusCode::OK, "GET {path} once shared");
    }
    assert_eq!(adviser.get(&format!("{base}/inputs")).await.status, StatusCode::FORBIDDEN, "inputs never");
}

/// The kommunebilde: an adviser marks each area green, yellow or red with a note (a
/// refused form keeps what was typed), the dashboard shows the marks in words, and the
/// municipality's members read them; nobody else sets them, and only in the county.
#[tokio::test]
async fn the_adviser_marks_a_municipality_and_its_members_read_the_marks() {
    let app = app().await;
    let page = format!("{DASHBOARD}/3425");
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let r = adviser.get(&page).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(text(&r.body).contains("Kommunebilde for Engerdal"));

    let refused = adviser
        .post(
            &page,
            &[
                ("plan_colour", "green"),
                ("plan_note", "Vedtatt og i bruk."),
                ("follow_up_note", "Mangler «evaluering»"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"follow_up_colour\"") && refused.body.contains("aria-invalid=\"true\""));
    assert!(refused.body.contains("Mangler «evaluering»"), "what was typed stays");
    assert!(adviser.get(DASHBOARD).await.body.matches("class=\"mark ").count() == 0, "nothing stored");

    let marks = [
        ("plan_colour", "green"),
        ("plan_note", "Vedtatt og i bruk."),
        ("follow_up_colour", "red"),
        ("follow_up_note", "Ingen tiltak evaluert."),
    ];
    let r = adviser.post(&page, &marks).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&adviser.get(r.location()).await.body).contains("Merkene er lagret."));
    let dashboard = text(&adviser.get(DASHBOARD).await.body);
    assert!(dashboard.contains("Planen: grønn Oppfølging: rød"), "in words, not colour alone: {dashboard}");

    let mut admin = app.login("admin@engerdal.demo").await;
    let own = text(&admin.get("/organisations/3425").await.body);
    assert!(
        own.contains("Planen: grønn (Statsforvalteren i Innlandet): Vedtatt og i bruk.")
            && own.contains("Oppfølging: rød (Statsforvalteren i Innlandet): Ingen tiltak evaluert."),
        "{own}"
    );
    for who in ["planleiar@engerdal.demo", "admin@engerdal.demo"] {
        let mut c = app.login(who).await;
        assert_eq!(c.post(&page, &marks).await.status, StatusCode::FORBIDDEN, "{who}");
        assert_eq!(c.get(&page).await.status, StatusCode::FORBIDDEN, "{who}");
    }
    let visitor = text(&app.client().get("/organisations/3425").await.body);
    assert!(!visitor.contains("Vedtatt og i bruk."), "the public does not see them");
    assert_eq!(adviser.get(&format!("{DASHBOARD}/5536")).await.status, StatusCode::NOT_FOUND, "Lyngen lies in Troms");
    assert_eq!(adviser.post(&format!("{DASHBOARD}/5536"), &marks).await.status, StatusCode::NOT_FOUND);
}
