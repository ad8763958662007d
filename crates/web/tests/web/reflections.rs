//! Reflection tasks between gatherings: the adviser poses a task and reads every
//! municipality's answer side by side; a municipality's plan makers answer, its
//! readers read; no one answers for another municipality or reaches another county.

use axum::http::StatusCode;
use forebygg_app::Store;
use forebygg_domain::OrgCode;

use crate::support::{app, text};

const BODY: &str = "/organisations/statsforvalteren-i-innlandet/reflections";

#[tokio::test]
async fn the_adviser_poses_a_task_and_reads_the_answers_side_by_side() {
    let app = app().await;
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    let list = text(&adviser.get(BODY).await.body);
    assert!(list.contains("Forankring i eigen kommune") && list.contains("2 av 46 kommuner har svart"), "{list}");
    let r = adviser.post(BODY, &[("title", "Tiltak som verkar"), ("due", "31.02.2027")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = text(&r.body);
    assert!(
        page.contains("Dette feltet") || page.contains("må fylles ut") || page.contains("ikke være tomt"),
        "{page}"
    );
    assert!(page.contains("«31.02.2027» er ikke en dato"), "{page}");
    assert!(r.body.contains("value=\"Tiltak som verkar\""), "kept");
    let r = adviser
        .post(BODY, &[("title", "Tiltak som verkar"), ("prompt", "Kva tiltak har de sett verke?"), ("due", "01.04.27")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = text(&adviser.get(r.location()).await.body);
    assert!(page.contains("01.04.2027") && page.contains("0 av 46 kommuner har svart"), "{page}");

    let store: &dyn Store = &*app.store;
    let sf = store.organisation(&OrgCode::parse("statsforvalteren-i-innlandet").unwrap()).await.unwrap().unwrap();
    let demo =
        store.reflections(sf.id).await.unwrap().into_iter().find(|t| t.fields.title.contains("Forankring")).unwrap();
    let page = adviser.get(&format!("{BODY}/{}", demo.id)).await;
    let words = text(&page.body);
    let (engerdal, trysil, alvdal) =
        (words.find("Engerdal").unwrap(), words.find("Trysil").unwrap(), words.find("Alvdal").unwrap());
    assert!(engerdal < alvdal && trysil < alvdal, "the answered first: {words}");
    assert!(words.contains("leiargruppe") && words.contains("44 kommuner har ikke svart ennå"), "{words}");
}

#[tokio::test]
async fn a_municipality_answers_once_and_only_its_plan_makers_write() {
    let app = app().await;
    let store: &dyn Store = &*app.store;
    let sf = store.organisation(&OrgCode::parse("statsforvalteren-i-innlandet").unwrap()).await.unwrap().unwrap();
    let task = store.reflections(sf.id).await.unwrap().pop().unwrap();
    let trysil = store.organisation(&OrgCode::parse("3421").unwrap()).await.unwrap().unwrap();
    let path = format!("/organisations/3425/reflections/{}", task.id);
    let mut editor = app.login("redaktor@engerdal.demo").await;
    let page = editor.get(&path).await;
    assert!(page.body.contains("leiargruppe"), "the answer given, to rewrite");
    let r = editor.post(&path, &[("text", "  ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = editor.post(&path, &[("text", "Nytt svar etter møtet i leiargruppa.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(text(&editor.get(r.location()).await.body).contains("Svaret er lagret."));
    let engerdal = store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let answers = store.reflection_answers(task.id, Some(engerdal.id)).await.unwrap();
    assert_eq!(answers.len(), 1, "replaced, not added");
    assert_eq!(answers[0].text, "Nytt svar etter møtet i leiargruppa.");
    assert_eq!(answers[0].by, "Erik Strand");

    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("name=\"text\""), "no form for a reader");
    assert_eq!(reader.post(&path, &[("text", "Lesar skriv")]).await.status, StatusCode::FORBIDDEN);
    // The plan lead only reads Trysil: Trysil's answer stays Trysil's.
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let theirs = format!("/organisations/3421/reflections/{}", task.id);
    assert_eq!(lead.post(&theirs, &[("text", "Engerdal skriv for Trysil")]).await.status, StatusCode::FORBIDDEN);
    let trysils = store.reflection_answers(task.id, Some(trysil.id)).await.unwrap();
    assert!(trysils[0].text.contains("rektorane"), "unchanged");
    // The adviser answers for no municipality and reads nothing of another county.
    let mut adviser = app.login("radgiver@statsforvalteren.demo").await;
    assert_eq!(adviser.post(&path, &[("text", "Rådgivar skriv")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(reader.get(BODY).await.status, StatusCode::FORBIDDEN, "the body's pages are its advisers'");
    assert_eq!(adviser.get("/organisations/5536/reflections").await.status, StatusCode::FORBIDDEN);
    assert_eq!(lead.get("/organisations/3425/reflections/99999").await.status, StatusCode::NOT_FOUND);
}
