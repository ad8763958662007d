//! The knowledge base on the web: the list and an indicator compared, uploads of
//! statistics (all or nothing, old municipality numbers put on today's), what an
//! indicator means to the plan, the challenge picture, and both in the plan document.

use std::io::Read;

use axum::http::StatusCode;
use forebygg_app::{AccountStore, IndicatorStore, OrgScope};
use forebygg_domain::OrgCode;

use crate::support::{TestApp, app, first_link, plan_of, text};

const BASE: &str = "/organisations/3425/indicators";

async fn indicator_count(app: &TestApp) -> usize {
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    app.store.indicators(&OrgScope::operator(&org)).await.unwrap().len()
}

/// A JSON-stat 2.0 table as FHI's API gives it: Tromsø under its 2020–2023 number
/// (5401, today 5501), the country, two periods, one value suppressed in the status.
fn fhi_table() -> String {
    r#"{"version":"2.0","class":"dataset","label":"Trangboddhet, 0–17 år","source":"Folkehelseinstituttet",
        "id":["GEO","AAR","MEASURE_TYPE"],"size":[2,2,1],
        "role":{"geo":["GEO"],"time":["AAR"],"metric":["MEASURE_TYPE"]},
        "dimension":{
          "GEO":{"category":{"index":{"5401":0,"0":1},"label":{"5401":"Tromsø","0":"Hele landet"}}},
          "AAR":{"category":{"index":{"2021_2023":0,"2022_2024":1}}},
          "MEASURE_TYPE":{"category":{"index":{"RATE":0},"label":{"RATE":"prosent"}}}},
        "value":[14.5,null,12.0,12.5],"status":{"1":":"}}"#
        .to_owned()
}

#[tokio::test]
async fn engerdal_is_compared_with_its_county_and_suppressed_figures_are_words() {
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let r = lead.get(BASE).await;
    assert_eq!(r.status, StatusCode::OK);
    let t = text(&r.body);
    assert!(t.contains("5 indikatorer"), "{t}");
    assert!(t.contains("Mobbet på skolen, ungdomstrinnet") && t.contains("Dårligere"), "{t}");
    let href = first_link(&r.body, "/indicators/");
    let r = lead.get(&href).await;
    assert_eq!(r.status, StatusCode::OK);
    // Every picture is named and described, and has its table.
    assert_eq!(r.body.matches("<svg ").count(), r.body.matches("<table").count(), "a table per chart");
    assert!(r.body.matches("role=\"img\" aria-label=\"").count() >= 1);
    assert!(r.body.contains("<desc>") && r.body.contains("<figure class=\"chart\"><figcaption>"), "the caption first");
    let t = text(&r.body);
    assert!(t.contains("kommunene i fylket"), "{t}");

    // The indicator with suppressed years says so in its table and its words, never 0.
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let all = app.store.indicators(&OrgScope::operator(&org)).await.unwrap();
    let child_welfare = all.iter().find(|i| i.key.label.starts_with("Barn med barnevernstiltak")).unwrap();
    let r = lead.get(&format!("{BASE}/{}", child_welfare.id.get())).await;
    assert!(r.body.contains("<td class=\"flagged\">skjermet</td>"), "suppressed in the table");
    assert!(r.body.contains(">skjermet</text>"), "and in the picture, where the line breaks");
    lead.extra.push(("accept-language", "nn".into()));
    let r = lead.get(&format!("{BASE}/{}", child_welfare.id.get())).await;
    assert!(r.body.contains("<td class=\"flagged\">skjerma</td>"), "in nynorsk too");

    // Another municipality's people do not reach Engerdal's knowledge base.
    let mut outsider = app.client();
    assert_ne!(outsider.get(BASE).await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_upload_is_all_or_nothing_and_puts_old_numbers_on_todays_municipalities() {
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let before = indicator_count(&app).await;

    let broken = fhi_table().replace("[14.5,null,12.0,12.5]", "[14.5,null,12.0]");
    let r = lead.post_multipart(BASE, &[("source", "FHI")], &[("file", "tabell.json", broken.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&r.body);
    assert!(t.contains("Ingenting er endret") && t.contains("$.value: 3 verdier, men dimensjonene gir 4"), "{t}");
    assert_eq!(indicator_count(&app).await, before, "nothing stored");
    assert!(r.body.contains("value=\"FHI\""), "the source typed is kept");

    let r = lead.post_multipart(BASE, &[], &[], None).await;
    assert!(text(&r.body).contains("Velg en fil å laste opp."));

    let r = lead.post_multipart(BASE, &[], &[("file", "tabell.json", fhi_table().as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert!(text(&lead.get(r.location()).await.body).contains("4 tall er lagret."));
    assert_eq!(indicator_count(&app).await, before + 1);
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let new =
        app.store.indicators(&scope).await.unwrap().into_iter().find(|i| i.key.label.starts_with("Trangbodd")).unwrap();
    let stored = app.store.observations(&scope, new.id).await.unwrap();
    let tromso: Vec<_> = stored
        .iter()
        .filter(|o| o.region == forebygg_domain::indicators::Region::Municipality("5501".into()))
        .collect();
    assert_eq!(tromso.len(), 2, "5401 (2020–2023) is Tromsø's 5501 today: {stored:?}");
    assert!(tromso.iter().any(|o| o.value.is_none() && o.flag == Some(forebygg_domain::indicators::Flag::Suppressed)));

    // A reader may look, not upload; the challenge picture is text that wraps, not a
    // preformatted block wider than a phone.
    let mut reader = app.login("leser@engerdal.demo").await;
    let r = reader.get(BASE).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<div class=\"challenge\">") && !r.body.contains("<pre"), "no <pre> for the reader");
    let r = reader.post_multipart(BASE, &[], &[("file", "tabell.json", fhi_table().as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_indicator_chosen_for_the_plan_and_the_challenge_picture_reach_the_document() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let all = app.store.indicators(&OrgScope::operator(&org)).await.unwrap();
    let children = all.iter().find(|i| i.key.label == "Barn og unge 0–17 år").unwrap();
    let path = format!("{BASE}/{}", children.id.get());

    // A refused form keeps what was typed and says what is wrong where.
    let r = lead
        .post(&path, &[("unit", "antall barn"), ("direction", "neither"), ("theme", ""), ("position", "fire")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"fire\"") && r.body.contains("value=\"antall barn\""));
    assert!(text(&r.body).contains("«fire» er ikke et helt tall."), "{}", text(&r.body));
    let r =
        lead.post(&path, &[("unit", "antall barn"), ("direction", "neither"), ("theme", ""), ("position", "4")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&lead.get(r.location()).await.body).contains("Indikatoren er lagret."));

    let r = lead.post(&format!("{BASE}/challenge"), &[("text", "## Vold\n\n- Mobbingen øker <b>.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let doc = lead.get(&format!("/organisations/3425/plans/{plan}/document")).await;
    assert!(
        doc.body.contains("aria-labelledby=\"ind-") && doc.body.contains("Barn og unge 0–17 år"),
        "chosen: in the document"
    );
    assert!(doc.body.contains("Mobbingen øker &lt;b&gt;."), "the challenge picture, escaped");
    assert!(doc.body.contains("<td class=\"flagged\">skjermet</td>"), "Engerdal's suppressed years stay words");

    // The DOCX carries the charts' titles, text alternatives and tables.
    let (status, _, bytes) = lead.get_bytes(&format!("/organisations/3425/plans/{plan}/document.docx")).await;
    assert_eq!(status, StatusCode::OK);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    assert!(xml.contains("Mobbet på skolen, ungdomstrinnet") && xml.contains("skjermet"), "in the DOCX");
    assert!(xml.contains("descr=\"Mobbet på skolen, ungdomstrinnet"), "a picture, described by its text alternative");
    assert!(
        archive.file_names().any(|n| n.is_ok_and(|n| n.starts_with("word/media/"))),
        "the pictures are in the package"
    );
    assert!(xml.contains("Mobbingen øker &lt;b&gt;."));
}

#[tokio::test]
async fn spreadsheets_are_read_below_their_title_or_mapped_once_per_source() {
    use base64::Engine;
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let before = indicator_count(&app).await;

    // Ungdata's key figures: a title above the header, names for places, decimal commas.
    let ungdata = "Ungdata – nøkkeltall 2024\n\nKommune;År;Indikator;Andel\nEngerdal;2024;Trives på skolen;81,3\n\
                   Engerdal;2023;Trives på skolen;:\nHele landet;2024;Trives på skolen;85\n";
    let r =
        lead.post_multipart(BASE, &[("source", "Ungdata")], &[("file", "ungdata.csv", ungdata.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert_eq!(indicator_count(&app).await, before + 1);

    // A layout nobody recognises: the columns are asked for, and nothing is stored yet.
    let own = "Tall for barnevern\nNr;Årgang;Tall per 1000\n3425;2023;31,5\n3421;2023;28\n";
    let r =
        lead.post_multipart(BASE, &[("source", "Egen tabell")], &[("file", "egen.csv", own.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("name=\"map_0\"") && r.body.contains("name=\"header_row\" value=\"2\""),
        "{}",
        text(&r.body)
    );
    assert!(text(&r.body).contains("Overskriftene i rad 2 ble ikke kjent igjen."));
    assert_eq!(indicator_count(&app).await, before + 1);
    let data = base64::engine::general_purpose::STANDARD.encode(own);
    let mapped = |value: &'static str| {
        vec![
            ("file_data", data.clone()),
            ("source", "Egen tabell".to_owned()),
            ("header_row", "2".to_owned()),
            ("map_0", "region".to_owned()),
            ("map_1", value.to_owned()),
            ("map_2", "value".to_owned()),
        ]
    };
    // Without a period column: said, and the mapping page again as chosen.
    let fields = mapped("");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = lead.post_multipart(BASE, &fields, &[], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("Rad 2: ingen kolonne er valgt for år"), "{}", text(&r.body));
    let fields = mapped("period");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = lead.post_multipart(BASE, &fields, &[], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    assert_eq!(indicator_count(&app).await, before + 2);

    // The same source's sheet again: read with the remembered mapping, no question.
    let newer = "Tall for barnevern\nNr;Årgang;Tall per 1000\n3425;2024;30\n3421;2024;mange\n";
    let r =
        lead.post_multipart(BASE, &[("source", "Egen tabell")], &[("file", "egen.csv", newer.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text(&r.body).contains("Rad 4, kolonne C: «mange» er ikke et tall eller et tegn (.. . :)"),
        "{}",
        text(&r.body)
    );
    let fixed = newer.replace("mange", "27");
    let r =
        lead.post_multipart(BASE, &[("source", "Egen tabell")], &[("file", "egen.csv", fixed.as_bytes())], None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
}

#[tokio::test]
async fn a_goal_measured_by_an_indicator_shows_its_latest_figure_against_the_target() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}");
    // The demo's sub-goal on belonging is measured by bullying (lower is better).
    let t = text(&lead.get(&format!("{base}/follow-up")).await.body);
    assert!(
        t.contains("Mobbet på skolen, ungdomstrinnet: utgangspunkt 13 (2016–2018), siste tall 13,3 (2022–2024), mål 9 — ikke nådd ennå"),
        "{t}"
    );
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let all = app.store.indicators(&OrgScope::operator(&org)).await.unwrap();
    let content =
        all.iter().find(|i| i.key.label.starts_with("Fornøyd med lokalmiljøet")).unwrap().id.get().to_string();
    let form = |target: &'static str| {
        vec![("level", "main"), ("title", "Et godt lokalmiljø"), ("measured_by", content.as_str()), ("target", target)]
    };
    let r = lead.post(&format!("{base}/goals"), &form("mange")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("«mange» er ikke et tall."), "{}", text(&r.body));
    assert!(r.body.contains("value=\"Et godt lokalmiljø\""), "the title typed is kept");
    let r = lead.post(&format!("{base}/goals"), &form("60")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    // The baseline was left empty: it is the indicator's latest figure; higher is better.
    let t = text(&lead.get(&format!("{base}/goals")).await.body);
    assert!(t.contains("Fornøyd med lokalmiljøet, ungdomstrinnet: utgangspunkt 65,7 (2022–2024), siste tall 65,7 (2022–2024), mål 60 — nådd"), "{t}");
    // An indicator of another organisation is refused.
    let r = lead.post(&format!("{base}/goals"), &[("level", "main"), ("title", "X"), ("measured_by", "999999")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}
