//! Tenant isolation: a user of one municipality never reads or writes another's data.
//! Every staff route is tried with the ids of another municipality.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, OrgScope, Store, members};
use forebygg_domain::ids::{ActivityId, PlanId, UserId};
use forebygg_domain::{Email, OrgCode, Role};

use crate::support::{TestApp, app};

/// Adds an admin to Lyngen (5536, Troms) and returns its user id.
async fn lyngen_member(app: &TestApp) -> UserId {
    let store: &dyn Store = &*app.store;
    let lyngen = store.organisation(&OrgCode::parse("5536").unwrap()).await.unwrap().unwrap();
    let user = members::create_account(
        store,
        &Email::parse("admin@lyngen.demo").unwrap(),
        &forebygg_domain::PersonName::parse("Lyngen Admin").unwrap(),
        &forebygg_domain::Password::parse("lyngen-passord").unwrap(),
        false,
    )
    .await
    .unwrap();
    members::add_role(store, &OrgScope::operator(&lyngen), &user, Role::Admin).await.unwrap();
    user.id
}

async fn lyngen_roles(app: &TestApp) -> Vec<(String, Role, Vec<String>)> {
    let lyngen = app.store.organisation(&OrgCode::parse("5536").unwrap()).await.unwrap().unwrap();
    app.store
        .members(&OrgScope::operator(&lyngen))
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.email.to_string(), m.role, m.services))
        .collect()
}

fn refused(status: StatusCode) -> bool {
    status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND
}

#[tokio::test]
async fn an_engerdal_admin_reaches_nothing_of_lyngen() {
    let app = app().await;
    let lyngen_user = lyngen_member(&app).await;
    let before = lyngen_roles(&app).await;
    let mut c = app.login("admin@engerdal.demo").await;
    let uid = lyngen_user.to_string();
    let lyngen = OrgScope::operator(&app.store.organisation(&OrgCode::parse("5536").unwrap()).await.unwrap().unwrap());
    let invited = Email::parse("invitert@lyngen.demo").unwrap();
    let lid = app.store.invite(&lyngen, &invited, Role::Editor, "lyngen-token-hash", i64::MAX).await.unwrap().id;

    let gets = [
        "/organisations/5536/members".to_owned(),
        "/organisations/5536/gatherings".to_owned(),
        "/organisations/5536/reflections".to_owned(),
        "/organisations/statsforvalteren-i-innlandet/gatherings".to_owned(),
        "/organisations/statsforvalteren-i-innlandet/reflections".to_owned(),
    ];
    for path in &gets {
        let r = c.get(path).await;
        assert!(refused(r.status), "GET {path} gave {}", r.status);
        assert!(!r.body.contains("admin@lyngen.demo"), "GET {path} leaked a member");
    }
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            "/organisations/5536/members".into(),
            vec![("email", "spion@engerdal.demo"), ("name", "Spion"), ("role", "admin")],
        ),
        ("/organisations/5536/members".into(), vec![("email", "admin@engerdal.demo"), ("name", ""), ("role", "admin")]),
        (format!("/organisations/5536/members/{uid}/role"), vec![("role", "reader")]),
        (format!("/organisations/5536/members/{uid}/remove"), vec![]),
        (format!("/organisations/5536/members/{uid}/services"), vec![("services", "Kapret")]),
        (format!("/organisations/3425/members/{uid}/services"), vec![("services", "Kapret")]),
        // Its own organisation in the URL, another's member id.
        (format!("/organisations/3425/members/{uid}/role"), vec![("role", "reader")]),
        (format!("/organisations/3425/members/{uid}/remove"), vec![]),
        (format!("/organisations/5536/invitations/{lid}/cancel"), vec![]),
        ("/organisations/5536/gatherings/1/registrations".into(), vec![("name", "Spion")]),
        ("/organisations/statsforvalteren-i-innlandet/gatherings".into(), vec![("title", "Kapret")]),
        ("/organisations/statsforvalteren-i-innlandet/gatherings/1".into(), vec![("title", "Kapret")]),
        (
            "/organisations/statsforvalteren-i-innlandet/gatherings/1/registrations/1/cancel".into(),
            vec![("confirm", "yes")],
        ),
        ("/organisations/5536/reflections/1".into(), vec![("text", "Kapret")]),
        ("/organisations/statsforvalteren-i-innlandet/reflections".into(), vec![("title", "Kapret"), ("prompt", "x")]),
        (format!("/organisations/3425/invitations/{lid}/cancel"), vec![]),
    ];
    for (path, fields) in &posts {
        let r = c.post(path, fields).await;
        assert!(refused(r.status), "POST {path} gave {}: {}", r.status, r.body);
    }
    assert_eq!(lyngen_roles(&app).await, before, "Lyngen's members are unchanged");
    assert!(app.store.user_by_email(&Email::parse("spion@engerdal.demo").unwrap()).await.unwrap().is_none());
    assert_eq!(app.store.invitations(&lyngen, 0).await.unwrap().len(), 1, "Lyngen's invitation stands");
}

#[tokio::test]
async fn every_role_of_engerdal_is_refused_in_lyngen() {
    let app = app().await;
    lyngen_member(&app).await;
    for email in [
        "admin@engerdal.demo",
        "planleiar@engerdal.demo",
        "redaktor@engerdal.demo",
        "bidragsyter@engerdal.demo",
        "leser@engerdal.demo",
    ] {
        let mut c = app.login(email).await;
        let r = c.get("/organisations/5536/members").await;
        assert!(refused(r.status), "{email}: {}", r.status);
        let r = c.post("/organisations/5536/members", &[("email", "x@y.no"), ("name", "X"), ("role", "reader")]).await;
        assert!(refused(r.status), "{email}: {}", r.status);
    }
}

#[tokio::test]
async fn a_regional_adviser_reads_the_county_and_changes_nothing() {
    let app = app().await;
    lyngen_member(&app).await;
    let mut c = app.login("radgiver@statsforvalteren.demo").await;
    let r = c.get("/organisations/3425/plans").await;
    assert_eq!(r.status, StatusCode::OK, "Engerdal lies in Innlandet, the adviser's county");
    assert!(
        !r.body.contains("<form method=\"post\" action=\"/organisations/3425/plans\""),
        "no change forms for a reader"
    );
    let r = c.get("/organisations/3425/members").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "members are never shared with the county");
    let r = c.post("/organisations/3425/members", &[("email", "x@y.no"), ("name", "X"), ("role", "reader")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = c.get("/organisations/5536/plans").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "Lyngen lies in Troms");
    let r = c.get("/organisations/statsforvalteren-i-troms-og-finnmark/county").await;
    assert!(refused(r.status), "another county's dashboard: {}", r.status);
}

#[tokio::test]
async fn signed_out_visitors_are_sent_to_login() {
    let app = app().await;
    let mut c = app.client();
    let r = c.get("/organisations/3425/members").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/login?next=%2Forganisations%2F3425%2Fmembers");
}

/// A plan of Lyngen with one activity, and the id of Engerdal's plan for preventive work.
async fn lyngen_plan(app: &TestApp) -> (PlanId, ActivityId, PlanId) {
    use forebygg_app::PlanStore;
    use forebygg_domain::plan::presets::Preset;
    use forebygg_domain::plan::{ActivityKind, Phase, PlanFields};
    let org = |code: &str| {
        let store = app.store.clone();
        let code = code.to_owned();
        async move { store.organisation(&OrgCode::parse(&code).unwrap()).await.unwrap().unwrap() }
    };
    let lyngen = OrgScope::operator(&org("5536").await);
    let fields = PlanFields {
        plan_type: "preventive".into(),
        title: "Lyngens plan".into(),
        phase: Phase::Drafting,
        period: None,
        under_pbl: false,
    };
    let plan = app.store.create_plan(&lyngen, &fields, &Preset::Lyngen.programme()).await.unwrap();
    let activity = forebygg_domain::plan::activity::ActivityFields {
        kind: ActivityKind::Participation,
        title: "Dialogkonferanse i Lyngen".into(),
        start: forebygg_domain::timeline::NorDate::parse("01.10.2026").unwrap(),
        end: None,
        responsible: String::new(),
        body: None,
        done: false,
        justification: String::new(),
    };
    let a = app.store.create_activity(&lyngen, plan.id, &activity).await.unwrap();
    let engerdal = OrgScope::operator(&org("3425").await);
    let mine = app.store.plans(&engerdal).await.unwrap().into_iter().find(|p| p.plan_type == "preventive").unwrap();
    (plan.id, a.id, mine.id)
}

#[tokio::test]
async fn an_engerdal_plan_lead_reaches_no_plan_of_lyngen() {
    use forebygg_app::PlanStore;
    let app = app().await;
    let (lp, la, ep) = lyngen_plan(&app).await;
    let lyngen_org = app.store.organisation(&OrgCode::parse("5536").unwrap()).await.unwrap().unwrap();
    let lyngen = OrgScope::operator(&lyngen_org);
    let snapshot = |store: std::sync::Arc<forebygg_store_sqlite::SqliteStore>, scope: OrgScope| async move {
        (
            store.plan(&scope, lp).await.unwrap(),
            store.programme(&scope, lp).await.unwrap(),
            store.activities(&scope, lp).await.unwrap(),
            store.links(&scope, lp).await.unwrap(),
        )
    };
    use forebygg_app::InputStore;
    use forebygg_domain::hearing::{Channel, InputFields, Sender};
    let lyngen_input = InputFields {
        channel: Channel::Workshop,
        hearing: None,
        text: "Lyngens innspill".into(),
        sender: Sender::default(),
        origin: None,
    };
    let letter = forebygg_domain::hearing::Attachment {
        file_name: "Lyngens brev.pdf".into(),
        kind: forebygg_domain::hearing::FileKind::Pdf,
        bytes: b"%PDF-1.4 Lyngens plan".to_vec(),
    };
    let li = app.store.insert_input(&lyngen, lp, &lyngen_input, &[letter], "lyngen-receipt", 1).await.unwrap().id;
    let la_file = app.store.attachments(&lyngen, lp).await.unwrap()[0].id;
    let conference = forebygg_domain::hearing::ConferenceForm {
        title: "Dialogkonferanse i Lyngen".into(),
        held_on: "01.02.2025".into(),
        rounds: "Hva mangler?".into(),
        groups: "Gruppe A; Lyngens leder".into(),
        ..Default::default()
    }
    .parse((0, 0))
    .unwrap();
    let lc = app.store.create_conference(&lyngen, lp, &conference).await.unwrap().id;
    use forebygg_app::SurveyStore;
    let ls = app
        .store
        .create_survey(&lyngen, lp, &forebygg_domain::survey::template::youth(), "lyngen-survey")
        .await
        .unwrap()
        .id;
    let conferences_before = app.store.conferences(&lyngen, lp).await.unwrap();
    let surveys_before = app.store.surveys(&lyngen, lp).await.unwrap();
    let before = snapshot(app.store.clone(), lyngen.clone()).await;
    let inputs_before = app.store.inputs(&lyngen, lp).await.unwrap();
    let mut c = app.login("planleiar@engerdal.demo").await;

    for path in [
        "/organisations/5536/plans".to_owned(),
        format!("/organisations/5536/plans/{lp}"),
        format!("/organisations/5536/plans/{lp}/programme"),
        format!("/organisations/5536/plans/{lp}/schedule?go=1&target=01.01.2030"),
        format!("/organisations/5536/plans/{lp}/timeline.svg"),
        format!("/organisations/5536/plans/{lp}/calendar.ics"),
        format!("/organisations/5536/plans/{lp}/activities/{la}"),
        format!("/organisations/3425/plans/{lp}"),
        format!("/organisations/3425/plans/{lp}/programme"),
        format!("/organisations/3425/plans/{lp}/calendar.ics"),
        format!("/organisations/3425/plans/{lp}/timeline.svg"),
        format!("/organisations/3425/plans/{ep}/activities/{la}"),
        format!("/organisations/5536/plans/{lp}/inputs"),
        format!("/organisations/3425/plans/{lp}/inputs"),
        format!("/organisations/5536/plans/{lp}/merknadsbehandling"),
        format!("/organisations/3425/plans/{lp}/merknadsbehandling.csv"),
        format!("/organisations/5536/plans/{lp}/inputs/{li}/attachments/{la_file}"),
        format!("/organisations/3425/plans/{lp}/inputs/{li}/attachments/{la_file}"),
        format!("/organisations/3425/plans/{ep}/inputs/{li}/attachments/{la_file}"),
        format!("/organisations/5536/plans/{lp}/conferences"),
        format!("/organisations/3425/plans/{lp}/conferences"),
        format!("/organisations/5536/plans/{lp}/document"),
        format!("/organisations/3425/plans/{lp}/document"),
        format!("/organisations/3425/plans/{lp}/document/1"),
        format!("/organisations/3425/plans/{lp}/document/compare?from=1&to=2"),
        format!("/organisations/5536/plans/{lp}/measures"),
        format!("/organisations/3425/plans/{lp}/measures"),
        format!("/organisations/3425/plans/{lp}/measures/coverage"),
        format!("/organisations/3425/plans/{lp}/measures/files/export.csv"),
        format!("/organisations/3425/plans/{lp}/follow-up"),
        format!("/organisations/3425/plans/{lp}/check"),
        format!("/organisations/5536/plans/{lp}/check"),
        format!("/organisations/3425/plans/{lp}/follow-up/report-2026.docx"),
        format!("/organisations/5536/plans/{lp}/follow-up/report-2026.xlsx"),
        format!("/organisations/5536/plans/{lp}/conferences/{lc}"),
        format!("/organisations/3425/plans/{lp}/conferences/{lc}"),
        format!("/organisations/3425/plans/{ep}/conferences/{lc}"),
        format!("/organisations/5536/plans/{lp}/process"),
        format!("/organisations/3425/plans/{lp}/process"),
        format!("/organisations/3425/plans/{lp}/process/hearings/{la}"),
        format!("/organisations/3425/plans/{ep}/process/hearings/{la}"),
        format!("/organisations/5536/plans/{lp}/surveys"),
        format!("/organisations/3425/plans/{lp}/surveys"),
        format!("/organisations/5536/plans/{lp}/surveys/{ls}"),
        format!("/organisations/3425/plans/{ep}/surveys/{ls}"),
        format!("/organisations/3425/plans/{ep}/surveys/{ls}/questions/new"),
        format!("/organisations/3425/plans/{ep}/surveys/{ls}/qr.svg"),
        format!("/organisations/3425/plans/{ep}/surveys/{ls}/slips"),
        "/organisations/statsforvalteren-i-innlandet/county".to_owned(),
        "/organisations/statsforvalteren-i-innlandet/county/3425".to_owned(),
        format!("/organisations/5536/plans/{lp}/surveys/{ls}/slips?class=9A"),
        format!("/organisations/5536/plans/{lp}/surveys/{ls}/qr.png"),
        format!("/organisations/3425/plans/{ep}/surveys/{ls}/files/results.csv"),
        format!("/organisations/5536/plans/{lp}/surveys/{ls}/files/results.xlsx"),
        format!("/organisations/5536/plans/{lp}/surveys/{ls}/questions/q1"),
        format!("/organisations/3425/plans/{ep}/surveys/{ls}/questions/q1"),
    ] {
        let r = c.get(&path).await;
        assert!(refused(r.status), "GET {path} gave {}", r.status);
        assert!(!r.body.contains("Lyngens plan") && !r.body.contains("Dialogkonferanse i Lyngen"), "GET {path} leaked");
    }
    let activity = [("kind", "other"), ("title", "Kapret"), ("start", "01.01.2027")];
    let lp_s = lp.to_string();
    let li_s = li.to_string();
    let conference_form =
        [("title", "Kapret"), ("held_on", "01.01.2027"), ("rounds", "Kapret?"), ("groups", "Gruppe X")];
    let output_form = [("round", "1"), ("group", "1"), ("text", "Innbrudd")];
    let survey_open = [("opens", "01.01.2027"), ("closes", "02.01.2027"), ("class", "9B"), ("codes", "3")];
    let survey_details = [("title_nb", "Kapret"), ("target", "staff")];
    let survey_question = [("section", "0"), ("kind", "free_text"), ("text_nb", "Kapret")];
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("/organisations/5536/plans/{lp}/surveys"), vec![]),
        (format!("/organisations/3425/plans/{lp}/surveys"), vec![]),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/open"), survey_open.to_vec()),
        (format!("/organisations/5536/plans/{lp}/surveys/{ls}/open"), survey_open.to_vec()),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/codes"), survey_open.to_vec()),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/close"), vec![]),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/details"), survey_details.to_vec()),
        (format!("/organisations/5536/plans/{lp}/surveys/rules"), vec![("cell", "3"), ("group", "3")]),
        (format!("/organisations/3425/plans/{lp}/surveys/rules"), vec![("cell", "3"), ("group", "3")]),
        (format!("/organisations/5536/plans/{lp}/surveys/{ls}/details"), survey_details.to_vec()),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/sections"), vec![("section_nb", "Kapret")]),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/questions"), survey_question.to_vec()),
        (format!("/organisations/5536/plans/{lp}/surveys/{ls}/questions"), survey_question.to_vec()),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/questions/q1"), survey_question.to_vec()),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/questions/q1/move"), vec![("direction", "down")]),
        (format!("/organisations/3425/plans/{ep}/surveys/{ls}/questions/q3/remove"), vec![("confirm", "yes")]),
        (format!("/organisations/5536/plans/{lp}/surveys/{ls}/questions/q3/remove"), vec![("confirm", "yes")]),
        ("/organisations/5536/plans".into(), vec![("plan_type", "other"), ("title", "Innbrudd")]),
        (format!("/organisations/5536/plans/{lp}"), vec![("plan_type", "other"), ("title", "Kapret")]),
        (format!("/organisations/3425/plans/{lp}"), vec![("plan_type", "other"), ("title", "Kapret")]),
        (format!("/organisations/5536/plans/{lp}/activities"), activity.to_vec()),
        (format!("/organisations/3425/plans/{lp}/activities"), activity.to_vec()),
        (format!("/organisations/5536/plans/{lp}/activities/{la}"), activity.to_vec()),
        (format!("/organisations/3425/plans/{ep}/activities/{la}"), activity.to_vec()),
        (format!("/organisations/3425/plans/{lp}/activities/{la}"), activity.to_vec()),
        (format!("/organisations/5536/plans/{lp}/activities/{la}/remove"), vec![]),
        (format!("/organisations/3425/plans/{ep}/activities/{la}/remove"), vec![]),
        (format!("/organisations/3425/plans/{ep}/links"), vec![("to", lp_s.as_str()), ("link_kind", "overlaps")]),
        (format!("/organisations/3425/plans/{lp}/links"), vec![("to", "1"), ("link_kind", "overlaps")]),
        (format!("/organisations/5536/plans/{lp}/programme/texts"), vec![("purpose", "Kapret")]),
        (format!("/organisations/3425/plans/{lp}/programme/texts"), vec![("purpose", "Kapret")]),
        (format!("/organisations/3425/plans/{lp}/programme/chapter-remove"), vec![("chapter", "1")]),
        (format!("/organisations/3425/plans/{lp}/programme/group-remove"), vec![("group", "0")]),
        (format!("/organisations/5536/plans/{lp}/inputs"), vec![("channel", "workshop"), ("text", "Innbrudd")]),
        (format!("/organisations/3425/plans/{lp}/inputs"), vec![("channel", "workshop"), ("text", "Innbrudd")]),
        (format!("/organisations/3425/plans/{ep}/inputs/{li}/assessment"), vec![("decision", "noted")]),
        (format!("/organisations/3425/plans/{lp}/inputs/{li}/assessment"), vec![("decision", "noted")]),
        (format!("/organisations/5536/plans/{lp}/inputs/{li}/moderation"), vec![("hide", "1"), ("reason", "x")]),
        (format!("/organisations/3425/plans/{ep}/inputs/{li}/moderation"), vec![("hide", "1"), ("reason", "x")]),
        (format!("/organisations/5536/plans/{lp}/inputs/moderation"), vec![("input", li_s.as_str()), ("reason", "x")]),
        (format!("/organisations/3425/plans/{ep}/inputs/moderation"), vec![("input", li_s.as_str()), ("reason", "x")]),
        (format!("/organisations/5536/plans/{lp}/conferences"), conference_form.to_vec()),
        (format!("/organisations/3425/plans/{lp}/conferences"), conference_form.to_vec()),
        (format!("/organisations/3425/plans/{lp}/conferences/{lc}"), conference_form.to_vec()),
        (format!("/organisations/3425/plans/{ep}/conferences/{lc}"), conference_form.to_vec()),
        (format!("/organisations/3425/plans/{ep}/conferences/{lc}/outputs"), output_form.to_vec()),
        (format!("/organisations/3425/plans/{lp}/measures"), vec![("name", "Innbrudd"), ("owner", "x")]),
        (format!("/organisations/5536/plans/{lp}/measures/1/share"), vec![("shared", "yes")]),
        (format!("/organisations/3425/plans/{lp}/measures/1/share"), vec![("shared", "yes")]),
        (format!("/organisations/5536/plans/{lp}/measures/1/participants"), vec![("participants", "Engerdal")]),
        (format!("/organisations/3425/plans/{lp}/measures/1/participants"), vec![("participants", "Engerdal")]),
        ("/library/measures/1/copy".into(), vec![("plan", "5536:1")]),
        ("/organisations/3425/sharing".to_owned(), vec![("measures", "yes"), ("document", "yes")]),
        ("/organisations/statsforvalteren-i-innlandet/gatherings/1/remove".to_owned(), vec![("confirm", "yes")]),
        ("/organisations/statsforvalteren-i-innlandet/county/3425".to_owned(), vec![("plan_colour", "red")]),
        (format!("/organisations/3425/plans/{lp}/follow-up/report-2026.pdf"), vec![]),
        (format!("/organisations/5536/plans/{lp}/follow-up/report-2026.pdf"), vec![]),
        (format!("/organisations/3425/plans/{lp}/document/1"), vec![("body", "Innbrudd")]),
        (format!("/organisations/5536/plans/{lp}/document/1"), vec![("body", "Innbrudd")]),
        (format!("/organisations/3425/plans/{lp}/document/versions"), vec![("kind", "draft"), ("date", "01.01.2025")]),
        (format!("/organisations/5536/plans/{lp}/document/versions"), vec![("kind", "draft"), ("date", "01.01.2025")]),
        (format!("/organisations/5536/plans/{lp}/measures"), vec![("name", "Innbrudd"), ("owner", "x")]),
        (format!("/organisations/5536/plans/{lp}/conferences/{lc}/outputs"), output_form.to_vec()),
        (format!("/organisations/5536/plans/{lp}/process/close"), vec![("reason", "Kapret")]),
        (format!("/organisations/3425/plans/{lp}/process/close"), vec![("reason", "Kapret")]),
        (format!("/organisations/5536/plans/{lp}/process/start-drafting"), vec![]),
        (format!("/organisations/3425/plans/{lp}/process/start-drafting"), vec![]),
        (format!("/organisations/5536/plans/{lp}/process/hearings/{la}"), vec![("confirm_empty_chapters", "yes")]),
        (format!("/organisations/3425/plans/{lp}/process/hearings/{la}"), vec![("confirm_empty_chapters", "yes")]),
        (format!("/organisations/3425/plans/{ep}/process/hearings/{la}"), vec![("confirm_empty_chapters", "yes")]),
        (
            format!("/organisations/3425/plans/{lp}/programme/chapter-rename"),
            vec![("chapter", "1"), ("new_title", "Kapret")],
        ),
        (format!("/organisations/3425/plans/{lp}/programme/chapter-restore"), vec![("chapter", "1")]),
        (format!("/organisations/3425/plans/{lp}/document/removed/1/forget"), vec![("confirm", "yes")]),
        (format!("/organisations/5536/plans/{lp}/document/removed/1/forget"), vec![("confirm", "yes")]),
        (
            format!("/organisations/3425/plans/{lp}/schedule/apply"),
            vec![("target", "01.01.2028"), ("meetings_council", "01.01.2028")],
        ),
    ];
    for (path, fields) in &posts {
        let r = c.post(path, fields).await;
        assert!(refused(r.status), "POST {path} gave {}: {}", r.status, r.body);
    }
    assert_eq!(app.store.inputs(&lyngen, lp).await.unwrap(), inputs_before, "Lyngen's inputs are unchanged");
    assert_eq!(app.store.surveys(&lyngen, lp).await.unwrap(), surveys_before, "Lyngen's surveys are unchanged");
    assert_eq!(
        app.store.survey_rules(&lyngen).await.unwrap(),
        forebygg_domain::survey::suppression::Rules::DEFAULT,
        "Lyngen's thresholds are unchanged"
    );
    assert!(app.store.codes(&lyngen, ls).await.unwrap().is_empty(), "no codes were added to Lyngen's survey");
    assert_eq!(app.store.conferences(&lyngen, lp).await.unwrap(), conferences_before, "and its conferences");
    assert_eq!(
        snapshot(app.store.clone(), lyngen).await,
        before,
        "Lyngen's plan, programme, activities and links are unchanged"
    );
}
