//! The register of measures on the web: list, filters and order, the form, import and
//! export, and the coverage matrix.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, MeasureStore, OrgScope};
use forebygg_domain::OrgCode;
use forebygg_domain::ids::PlanId;

use crate::support::{TestApp, app, plan_of, text};

async fn count(app: &TestApp, plan: PlanId) -> usize {
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    app.store.measures(&OrgScope::operator(&org), plan).await.unwrap().len()
}

#[tokio::test]
async fn the_demo_register_lists_filters_and_sorts_its_measures() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/measures");
    let page = reader.get(&base).await;
    assert_eq!(page.status, StatusCode::OK);
    let t = text(&page.body);
    assert!(t.contains("7 tiltak (av 7)"), "six of its own and the one Trysil runs for it: {t}");
    assert!(
        t.contains("Foreldreveiledning (ICDP) Helsestasjonen 0–5 år, Foreldre og familier Universell forebygging"),
        "{t}"
    );
    assert!(t.contains("Åpen ungdomsklubb fredag og lørdag") && t.contains("Foreslått"), "{t}");
    assert!(!page.body.contains(&format!("{base}/new")), "a reader gets no form");
    let t = text(&reader.get(&format!("{base}?owner=Helsestasjonen")).await.body);
    assert!(t.contains("2 tiltak (av 7)") && !t.contains("SLT-koordinator"), "{t}");
    let t = text(&reader.get(&format!("{base}?evidence=rated&sort=name")).await.body);
    assert!(t.contains("2 tiltak (av 7)"), "{t}");
    let icdp = t.find("Foreldreveiledning").unwrap();
    let zippy = t.find("Psykisk førstehjelp").unwrap();
    assert!(icdp < zippy, "sorted by name");
    let t = text(&reader.get(&format!("{base}?sort=evaluation")).await.body);
    let first = t.find("Foreldreveiledning").unwrap();
    assert!(
        first < t.find("SLT-koordinator").unwrap()
            && t.find("SLT-koordinator").unwrap() < t.find("Bedre tverrfaglig").unwrap()
    );
}

#[tokio::test]
async fn a_measure_is_added_changed_and_removed_and_a_refused_form_keeps_the_text() {
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/measures");
    let form = lead.get(&format!("{base}/new")).await;
    assert!(form.body.contains("name=\"age_bands\" value=\"13-15\""));
    let refused = lead
        .post(
            &base,
            &[
                ("name", "Natteravn"),
                ("owner", ""),
                ("yearly_cost", "mye"),
                ("evaluation", "31.13.2027"),
                ("age_bands", "13-15"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&refused.body);
    assert!(t.contains("Dette feltet må fylles ut.") && t.contains("«mye» er ikke et beløp i kroner"), "{t}");
    assert!(t.contains("«31.13.2027» er ikke en dato"), "{t}");
    assert!(refused.body.contains("value=\"Natteravn\"") && refused.body.contains("value=\"mye\""));
    assert!(refused.body.contains("value=\"13-15\" checked"), "ticked boxes stay ticked");
    assert_eq!(count(&app, plan).await, 0);

    let r = lead
        .post(
            &base,
            &[
                ("name", "Natteravn"),
                ("owner", "Frivilligsentralen"),
                ("age_bands", "13-15"),
                ("age_bands", "16-19"),
                ("themes", "violence"),
                ("prevention", "universal"),
                ("yearly_cost", "12 000,50"),
                ("status", "running"),
                ("evaluation", "01.10.2027"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let t = text(&lead.get(&base).await.body);
    assert!(
        t.contains("Natteravn Frivilligsentralen 13–15 år, 16–19 år Universell forebygging Vold Pågår 01.10.2027"),
        "{t}"
    );
    let page = lead.get(&base).await;
    let name_at = page.body.find(">Natteravn</a>").unwrap();
    let href_at = page.body[..name_at].rfind("href=\"").unwrap() + 6;
    let href = page.body[href_at..name_at - 1].to_owned();
    let edit = lead.get(&href).await;
    assert!(edit.body.contains("value=\"12000,50\""), "the cost as typed, without grouping");
    let r = lead.post(&href, &[("name", "Natteravn"), ("owner", "Kulturtjenesten"), ("status", "paused")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&lead.get(&base).await.body).contains("Natteravn Kulturtjenesten"));
    // Removing asks first, naming the measure; nothing goes until the answer is yes.
    let r = lead.post(&format!("{href}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(text(&r.body).contains("Fjerne tiltaket Natteravn?"), "{}", text(&r.body));
    assert!(r.body.contains("name=\"confirm\" value=\"yes\"") && r.body.contains(&format!("href=\"{href}\"")));
    assert_eq!(count(&app, plan).await, 1);
    let r = lead.post(&format!("{href}/remove"), &[("confirm", "yes")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(count(&app, plan).await, 0);
    let mut reader = app.login("leser@engerdal.demo").await;
    assert_eq!(reader.post(&base, &[("name", "x"), ("owner", "y")]).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_import_is_all_or_nothing_and_names_row_and_column() {
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/measures");
    lead.get(&base).await;
    let bad = "Navn;Eier (tjeneste);Evalueringsdato\nKafé;Kultur;01.01.2027\nLeksehjelp;;32.01.2027\n";
    let r = lead.post_multipart(&format!("{base}/import"), &[], &[("file", "tiltak.csv", bad.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("Ingenting ble importert."), "{t}");
    assert!(t.contains("Rad 3, kolonne B (Eier (tjeneste)): Dette feltet må fylles ut."), "{t}");
    assert!(t.contains("Rad 3, kolonne C (Evalueringsdato): «32.01.2027» er ikke en dato"), "{t}");
    assert_eq!(count(&app, plan).await, 0, "nothing of the broken file was stored");

    // Windows-1252, as Excel on a Norwegian Windows saves "CSV (semikolondelt)".
    let mut good =
        b"Navn;Eier (tjeneste);M\xE5lgruppe\nKaf\xE9;Kulturtjenesten;13-15\nLeksehjelp;Skolen;6-12\n".to_vec();
    good.extend_from_slice(b";;\n");
    let r = lead.post_multipart(&format!("{base}/import"), &[], &[("file", "tiltak.csv", &good)], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(text(&lead.get(r.location()).await.body).contains("2 tiltak ble importert."));
    assert_eq!(count(&app, plan).await, 2);
    let r = lead.post_multipart(&format!("{base}/import"), &[], &[], None).await;
    assert!(text(&r.body).contains("Velg en fil å importere."));

    let (status, headers, bytes) = lead.get_bytes(&format!("{base}/files/export.csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let csv = String::from_utf8(bytes).unwrap();
    assert!(csv.starts_with("\u{feff}Id;Navn;") && csv.contains(";Kafé;;Kulturtjenesten;;13-15 år;"), "{csv}");
    let (_, _, xlsx) = lead.get_bytes(&format!("{base}/files/template.xlsx")).await;
    assert!(xlsx.starts_with(b"PK\x03\x04"));
}

#[tokio::test]
async fn the_coverage_matrix_is_a_real_table_that_says_gaps_and_overlaps_in_words() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get(&format!("/organisations/3425/plans/{plan}/measures/coverage")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<th scope=\"row\">Omsorgssvikt</th>")
            && page.body.contains("<th scope=\"col\">0–5 år</th>")
    );
    let t = text(&page.body);
    assert!(t.contains("7 tiltak telt med"), "{t}");
    // ICDP (Helsestasjonen) and BTI (Oppvekstsektoren) both cover neglect for 0–5 — but at
    // different levels, so no overlap there; helsesykepleier and ICDP share an owner.
    assert!(t.contains("Universell forebygging: tiltak per tema og aldersgruppe"), "{t}");
    assert!(t.contains("ingen"), "gaps are words");
    let filtered =
        text(&reader.get(&format!("/organisations/3425/plans/{plan}/measures/coverage?owner=Skolen")).await.body);
    assert!(filtered.contains("Ett tiltak telt med"), "{filtered}");
}

/// Above the detailed tables, a picture read at a glance: per level, the number of
/// services in each cell, its band as a class the stylesheet shades and patterns; a key
/// and a sentence say how to read it; the numbers agree with the register.
#[tokio::test]
async fn the_coverage_picture_shows_the_number_of_services_per_cell() {
    use forebygg_domain::measures::{AgeBand, MeasureFields, MeasureStatus, PreventionLevel};
    use forebygg_domain::theme::Theme;
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let measure = |owner: &str| MeasureFields {
        name: format!("Tiltak i {owner}"),
        owner: owner.into(),
        themes: vec![Theme::Violence],
        age_bands: vec![AgeBand::Age13To15],
        prevention: Some(PreventionLevel::Universal),
        status: Some(MeasureStatus::Running),
        ..MeasureFields::default()
    };
    let list = [measure("Skolen"), measure("skolen "), measure("Helsestasjonen"), measure("Kulturtjenesten")];
    app.store.insert_measures(&OrgScope::operator(&org), plan, &list).await.unwrap();
    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get(&format!("/organisations/3425/plans/{plan}/measures/coverage")).await.body;
    let picture = &page[page.find("id=\"picture\"").unwrap()..page.find("id=\"level-universal\"").unwrap()];
    let row = &picture[picture.find("<th scope=\"row\">Vold</th>").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    // 0–5, 6–12: gaps; 13–15: three services (Skolen counted once); then gaps.
    assert_eq!(row.matches("class=\"heat-0\"><span>0</span>").count(), AgeBand::ALL.len() - 1, "{row}");
    assert!(row.contains("class=\"heat-3\"><span>3</span>"), "{row}");
    let t = text(picture);
    assert!(t.contains("0 tjenester: et hull") && t.contains("3 eller flere tjenester"), "the key: {t}");
    assert!(t.contains("jo flere tjenester"), "how to read it: {t}");
}

#[tokio::test]
async fn the_responsibility_matrix_names_one_owner_per_measure_and_the_partners() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get(&format!("/organisations/3425/plans/{plan}/measures/responsibility")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<th scope=\"col\">Helsestasjonen</th>"));
    let t = text(&page.body);
    // Helsestasjonen owns ICDP and the school nurse and takes part in BTI.
    assert!(t.contains("Helsestasjonen 2 1"), "{t}");
    let row = page.body.split("<th scope=\"row\">SLT-koordinator</th>").nth(1).unwrap().split("</tr>").next().unwrap();
    assert_eq!(row.matches(">eier<").count(), 1, "{row}");
    assert_eq!(row.matches(">deltar<").count(), 2, "Politiet and Skolen: {row}");
}

#[tokio::test]
async fn the_theme_list_is_extended_with_the_municipalitys_own_themes() {
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/measures");
    lead.get(&base).await;
    let r = lead
        .post(
            &base,
            &[
                ("name", "Trivselsledere"),
                ("owner", "Skolen"),
                ("age_bands", "6-12"),
                ("prevention", "universal"),
                ("other_themes", "Mobbing, vold, mobbing"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(text(&lead.get(&base).await.body).contains("Trivselsledere Skolen 6–12 år Universell forebygging Mobbing"));
    let page = lead.get(&format!("{base}/coverage")).await;
    assert!(page.body.contains("<th scope=\"row\">Mobbing</th>"), "a row of its own");
    assert!(text(&page.body).contains("Ett tiltak telt med"));
    let (_, _, csv) = lead.get_bytes(&format!("{base}/files/export.csv")).await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(";Andre tema"), "{csv}");
    assert!(
        csv.lines().nth(1).unwrap().ends_with(";Mobbing"),
        "'vold' is one of the county governor's themes, not an own one: {csv}"
    );
}

/// A health service's own sheet (Windows-1252, `;`, its own headers and age bands) is
/// mapped once — suggestions from known Norwegian words — and imported; the same file
/// a second time imports without asking, as the organisation's choice is remembered.
#[tokio::test]
async fn a_sheet_with_its_own_headers_is_mapped_once_and_then_imports_without_asking() {
    use base64::Engine;
    let app = app().await;
    let plan = crate::support::plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/measures");
    let sheet = "Tiltak;Ansvarlig;Målgruppe;Kostnad;Evaluering;Merknad\r\n\
                 Helsestasjon for ungdom;Helsestasjonen;16-18;12 500;01.06.2026;intern\r\n\
                 Foreldrekurs;Familiesenteret;foreldre;;;\r\n";
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(sheet);
    assert!(!unmappable && cp1252.contains(&0xE5), "å as one byte: the file is Windows-1252");
    let import = format!("{base}/import");
    let file = [("file", "tiltak.csv", &cp1252[..])];
    let before = count(&app, plan).await;
    let r = lead.post_multipart(&import, &[], &file, None).await;
    assert_eq!(r.status, StatusCode::OK, "asked, not refused: {}", text(&r.body));
    let t = text(&r.body);
    assert!(t.contains("Hva betyr kolonnene i arket?") && t.contains("Kolonne B: Ansvarlig"), "{t}");
    for (i, code) in [(0, "name"), (1, "owner"), (2, "age_bands"), (3, "yearly_cost"), (4, "evaluation")] {
        let select = &r.body[r.body.find(&format!("name=\"map_{i}\"")).unwrap()..];
        let select = &select[..select.find("</select>").unwrap()];
        assert!(select.contains(&format!("value=\"{code}\" selected")), "map_{i} suggests {code}");
    }
    let last = &r.body[r.body.find("name=\"map_5\"").unwrap()..];
    assert!(last[..last.find("</select>").unwrap()].contains("value=\"\" selected"), "Merknad: left out");
    assert_eq!(count(&app, plan).await, before, "nothing stored before the mapping is chosen");
    // The mapping page carries the file; the lead accepts the suggestions.
    let at = r.body.find("name=\"file_data\" value=\"").unwrap() + 24;
    let data = r.body[at..at + r.body[at..].find('"').unwrap()].to_owned();
    assert_eq!(base64::engine::general_purpose::STANDARD.decode(&data).unwrap(), cp1252.to_vec());
    let mapped = [
        ("file_data", data.as_str()),
        ("map_0", "name"),
        ("map_1", "owner"),
        ("map_2", "age_bands"),
        ("map_3", "yearly_cost"),
        ("map_4", "evaluation"),
        ("map_5", ""),
    ];
    let r = lead.post_multipart(&format!("{base}/import"), &mapped, &[], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert_eq!(count(&app, plan).await, before + 2);
    let t = text(&lead.get(&base).await.body);
    assert!(t.contains("Helsestasjon for ungdom") && t.contains("Familiesenteret"), "{t}");
    // The same file again: no question.
    let r = lead.post_multipart(&import, &[], &file, None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "remembered: {}", text(&r.body));
    assert_eq!(count(&app, plan).await, before + 4);
    // A mapping that leaves out a required column is refused on the mapping page, as chosen.
    let mut without_owner = mapped;
    without_owner[2] = ("map_1", "");
    let r = lead.post_multipart(&format!("{base}/import"), &without_owner, &[], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Importen ble ikke gjort"), "{}", text(&r.body));
    assert_eq!(count(&app, plan).await, before + 4, "all or nothing");
}

/// An export edited in a spreadsheet and imported again changes the same measures (by
/// the id column) instead of adding copies; what the sheet does not carry (goal links)
/// is kept; a row without an id is a new measure; an id not of this plan is refused.
#[tokio::test]
async fn an_edited_export_imports_back_as_changes_not_duplicates() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let before = app.store.measures(&scope, plan).await.unwrap();
    let linked = before.iter().find(|m| !m.fields.goals.is_empty()).expect("a demo measure serving a goal");
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/measures");
    let (_, _, bytes) = lead.get_bytes(&format!("{base}/files/export.csv")).await;
    let csv = String::from_utf8(bytes).unwrap();
    let line = format!("{};{};", linked.id, linked.fields.name);
    assert!(csv.contains(&format!("\n{line}")), "each row starts with its id: {csv}");
    let columns = csv.lines().next().unwrap().split(';').count();
    let mut edited = csv.replace(&line, &format!("{};{} (ny runde);", linked.id, linked.fields.name));
    edited.push_str(&format!(";Nattkafé;;Kulturtjenesten{}\n", ";".repeat(columns - 4)));
    let import = format!("{base}/import");
    let r = lead.post_multipart(&import, &[], &[("file", "tiltak.csv", edited.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let t = text(&lead.get(r.location()).await.body);
    assert!(t.contains("Ett tiltak ble importert. Ett tiltak ble endret."), "only the edited row counts: {t}");
    let after = app.store.measures(&scope, plan).await.unwrap();
    assert_eq!(after.len(), before.len() + 1, "one new, none copied");
    let changed = after.iter().find(|m| m.id == linked.id).unwrap();
    assert_eq!(changed.fields.name, format!("{} (ny runde)", linked.fields.name));
    assert_eq!(changed.fields.goals, linked.fields.goals, "the goal links the sheet does not carry are kept");
    for m in &before {
        let now = after.iter().find(|a| a.id == m.id).unwrap();
        if m.id != linked.id {
            assert_eq!(now.fields, m.fields, "an unedited row reads back unchanged");
        }
    }

    // An id that is not one of this plan's measures: nothing changes, row and column named.
    let foreign = edited.replacen(&format!("\n{};", linked.id), "\n999999;", 1);
    let r = lead.post_multipart(&import, &[], &[("file", "tiltak.csv", foreign.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("kolonne A (Id): Ingen av planens tiltak har id 999999"), "{t}");
    assert_eq!(app.store.measures(&scope, plan).await.unwrap(), after, "all or nothing");
}

/// A refused value lists what the column takes in the reader's language — words the
/// importer accepts — not the stored codes.
#[tokio::test]
async fn a_refused_value_lists_the_allowed_words_in_the_readers_language() {
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    lead.extra.push(("accept-language", "nn".into()));
    let base = format!("/organisations/3425/plans/{plan}/measures");
    let bad = "Navn;Eier (tjeneste);Forebyggingsnivå;Status\nKafé;Kultur;middels;kanskje\n";
    let r = lead.post_multipart(&format!("{base}/import"), &[], &[("file", "tiltak.csv", bad.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("Universell førebygging, Selektiv førebygging, Indisert førebygging"), "{t}");
    assert!(t.contains("Eksisterande, Føreslått, Pågår, Sett på pause, Avslutta"), "{t}");
    assert!(!t.contains("universal, selective") && !t.contains("existing, proposed"), "no codes: {t}");
    // The listed words are taken as they stand.
    let good = "Navn;Eier (tjeneste);Forebyggingsnivå;Status\nKafé;Kultur;Selektiv førebygging;Sett på pause\n";
    let r = lead.post_multipart(&format!("{base}/import"), &[], &[("file", "tiltak.csv", good.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
}

/// Inter-municipal cooperation: Trysil runs a measure for Engerdal as host; it shows in
/// Engerdal's register and coverage, marked as Trysil's, and only Trysil changes it.
#[tokio::test]
async fn a_measure_run_by_a_host_appears_in_each_participants_register_and_coverage() {
    use forebygg_app::{Store, members};
    use forebygg_domain::measures::MeasureFields;
    use forebygg_domain::{Email, Password, PersonName, Role};
    let app = app().await;
    let store: &dyn Store = &*app.store;
    let trysil = store.organisation(&OrgCode::parse("3421").unwrap()).await.unwrap().unwrap();
    let user = members::create_account(
        store,
        &Email::parse("planleiar@trysil.demo").unwrap(),
        &PersonName::parse("Tora Trysil").unwrap(),
        &Password::parse("trysil-passord").unwrap(),
        false,
    )
    .await
    .unwrap();
    members::add_role(store, &OrgScope::operator(&trysil), &user, Role::PlanLead).await.unwrap();
    let t_scope = OrgScope::operator(&trysil);
    let t_plan = store.plans(&t_scope).await.unwrap().into_iter().find(|p| p.plan_type == "preventive").unwrap().id;
    let new = MeasureFields {
        name: "Felles ungdomslos i Sør-Østerdal".into(),
        owner: "Ungdomstjenesten".into(),
        age_bands: vec![forebygg_domain::measures::AgeBand::Age13To15],
        themes: vec![forebygg_domain::theme::Theme::AlcoholAndDrugs],
        prevention: Some(forebygg_domain::measures::PreventionLevel::Selective),
        ..MeasureFields::default()
    };
    store.insert_measures(&t_scope, t_plan, &[new]).await.unwrap();
    let measure = store.measures(&t_scope, t_plan).await.unwrap().pop().unwrap();
    let page = format!("/organisations/3421/plans/{t_plan}/measures/{}", measure.id);
    let e_plan = crate::support::plan_of(&app, "preventive").await;
    let e_register = format!("/organisations/3425/plans/{e_plan}/measures");

    let mut host = app.client();
    let r = host.post("/login", &[("email", "planleiar@trysil.demo"), ("password", "trysil-passord")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let form = text(&host.get(&page).await.body);
    assert!(form.contains("Interkommunalt samarbeid"), "{form}");

    // A name that is no municipality and one two share: refused, named, kept; nothing stored.
    let typed = "Engerdal, Atlantis, Herøy";
    let r = host.post(&format!("{page}/participants"), &[("participants", typed)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = text(&r.body);
    assert!(said.contains("«Atlantis» er ikke en kommune"), "{said}");
    assert!(
        said.contains("To kommuner heter «Herøy»: skriv kommunenummeret – 1515 (Møre og Romsdal), 1818 (Nordland)."),
        "{said}"
    );
    assert!(r.body.contains("value=\"Engerdal, Atlantis, Herøy\""), "what was typed is kept");
    let before = text(&app.login("planleiar@engerdal.demo").await.get(&e_register).await.body);
    assert!(!before.contains(&measure.fields.name), "nothing stored");
    assert!(
        before.contains("Interkommunalt familieteam Trysil og Engerdal Drives av Trysil (vertskommune)"),
        "the demo's cooperation: {before}"
    );

    let r = host.post(&format!("{page}/participants"), &[("participants", "engerdal kommune, 3421")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let saved = host.get(r.location().split('#').next().unwrap()).await.body;
    assert!(
        text(&saved).contains("Samarbeidet er lagret.") && saved.contains("value=\"Engerdal\""),
        "{}",
        text(&saved)
    );
    let own = text(&host.get(&format!("/organisations/3421/plans/{t_plan}/measures")).await.body);
    assert!(own.contains("Drives også for Engerdal"), "the host's register says whom: {own}");
    assert!(!own.contains("Drives også for Engerdal, Trysil"), "never for itself: {own}");

    // Engerdal's register and coverage carry it, marked; no link, no way to change it.
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let register = lead.get(&e_register).await.body;
    assert!(
        text(&register).contains(&format!("{} Drives av Trysil (vertskommune)", measure.fields.name)),
        "{}",
        text(&register)
    );
    assert!(!register.contains(&format!("/measures/{}\"", measure.id)), "no link to the host's measure");
    let coverage = text(&lead.get(&format!("{e_register}/coverage")).await.body);
    assert!(coverage.contains(&format!("{} (drives av Trysil)", measure.fields.name)), "{coverage}");
    assert_eq!(lead.get(&format!("{e_register}/{}", measure.id)).await.status, StatusCode::NOT_FOUND);
    let r = lead.post(&format!("{e_register}/{}", measure.id), &[("name", "Kapret"), ("owner", "x")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = lead.post(&format!("{e_register}/{}/participants", measure.id), &[("participants", "")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "Engerdal cannot end Trysil's cooperation");
    let after = store.measures(&t_scope, t_plan).await.unwrap().pop().unwrap();
    assert_eq!(after.fields, measure.fields, "Trysil's is unchanged");
    // The export is Engerdal's own measures: it re-imports as Engerdal's.
    let export = lead.get(&format!("{e_register}/files/export.csv")).await.body;
    assert!(!export.contains(&measure.fields.name), "{export}");

    // Emptying the list ends it.
    let r = host.post(&format!("{page}/participants"), &[("participants", "")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let register = text(&lead.get(&e_register).await.body);
    assert!(!register.contains(&measure.fields.name), "{register}");
}

/// The form of a stored measure shows every stored value chosen, so saving it unchanged
/// changes nothing (it showed the prevention level unset and the status "existing").
#[tokio::test]
async fn a_measure_saved_unchanged_keeps_every_value() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let bti =
        app.store.measures(&scope, plan).await.unwrap().into_iter().find(|m| m.fields.name.contains("BTI")).unwrap();
    let page = format!("/organisations/3425/plans/{plan}/measures/{}", bti.id);
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let form = lead.get(&page).await.body;
    assert!(form.contains("<option value=\"selective\" selected>"), "the prevention level is chosen");
    assert!(form.contains("<option value=\"running\" selected>"), "the status is chosen");
    assert!(form.contains("<option value=\"service\" selected>"), "the level of work is chosen");
    // Send the form back as the browser would: every field as shown.
    let document = scraper_fields(&form);
    let fields: Vec<(&str, &str)> = document.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = lead.post(&page, &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let after = app.store.measures(&scope, plan).await.unwrap().into_iter().find(|m| m.id == bti.id).unwrap();
    assert_eq!(after.fields, bti.fields);
}

/// The fields a browser sends for the measure form: inputs with their value (checked
/// boxes only), selects with their chosen option, textareas with their text.
fn scraper_fields(html: &str) -> Vec<(String, String)> {
    let form = html.split("<form method=\"post\" action=\"").find(|f| f.contains("name=\"owner\"")).unwrap();
    let form = &form[..form.find("</form>").unwrap()];
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(html_unescape(&tag[start..start + tag[start..].find('"')?]))
    };
    let mut out = Vec::new();
    for tag in form.split('<').skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let Some(rest) = tag.strip_prefix("input ") {
            let (Some(name), kind) = (attr(rest, "name"), attr(rest, "type").unwrap_or_default()) else { continue };
            if kind == "checkbox" && !rest.contains(" checked") {
                continue;
            }
            out.push((name, attr(rest, "value").unwrap_or_default()));
        }
    }
    for select in form.split("<select ").skip(1) {
        let name = attr(select, "name").unwrap();
        let chosen = select[..select.find("</select>").unwrap()]
            .split("<option ")
            .skip(1)
            .find(|o| o.contains(" selected>") || o.contains("selected>"))
            .and_then(|o| attr(&format!(" {o}"), "value"))
            .unwrap_or_default();
        out.push((name, chosen));
    }
    for area in form.split("<textarea ").skip(1) {
        let name = attr(area, "name").unwrap();
        let body = &area[area.find('>').unwrap() + 1..area.find("</textarea>").unwrap()];
        out.push((name, html_unescape(body.trim_start_matches('\n'))));
    }
    out
}

fn html_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
