//! A database as the version before chapter keys left it (schema 13): a plan whose
//! outline has no keys and whose chapter texts are kept by number. Each adapter builds
//! it with its own migrations up to 13 and these statements, opens it with the current
//! code (which migrates the rest), and hands the store to [`check`].

use forebygg_app::document::load;
use forebygg_app::{OrgScope, Store};
use forebygg_domain::OrgCode;
use forebygg_domain::plan::programme::{ChapterKey, ProgrammeEdit};

/// The schema version the statements are written for.
pub const VERSION: i64 = 13;

/// The rows, as version 13 wrote them (its programme JSON had no chapter keys).
pub const STATEMENTS: &[&str] = &[
    "INSERT INTO organisations (code, kind, name) VALUES ('3425', 'municipality', 'Engerdal')",
    r#"INSERT INTO plans (org_id, plan_type, title, phase, under_pbl, programme, created_at) SELECT id, 'preventive', 'Plan', 'drafting', FALSE, '{"purpose":"","background":"","guidelines":[],"overlapping_plans":[],"groups":[],"participation":[],"outline":[{"title":"Innledning","children":[{"title":"Bakgrunn","children":[]},{"title":"Mål og strategier","children":[]}]},{"title":"Tiltak","children":[]}]}', 0 FROM organisations"#,
    "INSERT INTO plan_chapters (org_id, plan_id, chapter, body, updated_by, updated_at) SELECT org_id, id, '1', 'Om planen', 'Kari', 1 FROM plans",
    "INSERT INTO plan_chapters (org_id, plan_id, chapter, body, updated_by, updated_at) SELECT org_id, id, '1.2', 'Hovedmålet', 'Kari', 2 FROM plans",
    "INSERT INTO plan_chapters (org_id, plan_id, chapter, body, updated_by, updated_at) SELECT org_id, id, '2', 'Tiltakene', 'Kari', 3 FROM plans",
    // A hearing that had begun (live under the rule of the day) and one still to come.
    "INSERT INTO activities (org_id, plan_id, kind, title, start_date, end_date, responsible, justification) SELECT org_id, id, 'draft_hearing', 'Begynt', '2024-01-22', '2024-03-04', '', '' FROM plans",
    "INSERT INTO activities (org_id, plan_id, kind, title, start_date, end_date, responsible, justification) SELECT org_id, id, 'draft_hearing', 'Kommer', '2999-01-01', '2999-03-01', '', '' FROM plans",
];

/// Every text is still with the chapter it was written for, after the migration and
/// after the outline then changes.
pub async fn check(store: &dyn Store) {
    assert!(store.schema_version().await.unwrap() > VERSION, "migrated past {VERSION}");
    let org = store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let plan = store.plans(&scope).await.unwrap()[0].id;
    let texts = |doc: &forebygg_app::document::PlanDocument| -> Vec<(String, String, String)> {
        doc.chapters
            .iter()
            .map(|c| (c.number.clone(), c.title.clone(), c.text.as_ref().map(|t| t.body.clone()).unwrap_or_default()))
            .collect()
    };
    let own = |n: &str, t: &str, b: &str| (n.to_owned(), t.to_owned(), b.to_owned());
    let doc = load(store, &scope, plan).await.unwrap();
    assert_eq!(
        texts(&doc),
        [
            own("1", "Innledning", "Om planen"),
            own("1.1", "Bakgrunn", ""),
            own("1.2", "Mål og strategier", "Hovedmålet"),
            own("2", "Tiltak", "Tiltakene")
        ]
    );
    // A hearing that had begun counts as opened; one to come waits for its step.
    let activities = store.activities(&scope, plan).await.unwrap();
    let opened = |title: &str| activities.iter().find(|a| a.fields.title == title).unwrap().hearing.opened_at.is_some();
    assert!(opened("Begynt") && !opened("Kommer"));
    // Moving chapters after the migration moves their texts with them.
    let mut programme = store.programme(&scope, plan).await.unwrap();
    programme.apply(ProgrammeEdit::MoveChapter { key: ChapterKey::parse("1.2").unwrap(), up: true }).unwrap();
    programme.apply(ProgrammeEdit::MoveChapter { key: ChapterKey::parse("2").unwrap(), up: true }).unwrap();
    store.save_programme(&scope, plan, &programme).await.unwrap();
    let doc = load(store, &scope, plan).await.unwrap();
    assert_eq!(
        texts(&doc),
        [
            own("1", "Tiltak", "Tiltakene"),
            own("2", "Innledning", "Om planen"),
            own("2.1", "Mål og strategier", "Hovedmålet"),
            own("2.2", "Bakgrunn", "")
        ]
    );
}
