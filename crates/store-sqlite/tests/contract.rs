//! The storage contract, on SQLite (a fresh database file per test).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use forebygg_app::{AccountStore, Store};
use forebygg_store_sqlite::SqliteStore;

async fn fresh_store() -> Option<Box<dyn Store>> {
    // The directory is leaked so the file outlives the store; the OS cleans /tmp.
    let dir = tempfile::tempdir().unwrap().keep();
    Some(Box::new(SqliteStore::open(&dir.join("forebygg.db")).await.unwrap()))
}

forebygg_store_contract::contract_tests!(fresh_store);

#[tokio::test]
async fn database_runs_in_wal_mode_with_full_sync() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("f.db")).await.unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(store.pool()).await.unwrap();
    assert_eq!(mode, "wal");
    let sync: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(store.pool()).await.unwrap();
    assert_eq!(sync, 2, "FULL");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(store.pool()).await.unwrap();
    assert_eq!(fk, 1);
}

#[tokio::test]
async fn backup_is_a_working_database() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("f.db")).await.unwrap();
    forebygg_app::demo::load(&store).await.unwrap();
    let copy = dir.path().join("copy.db");
    store.backup_to(&copy).await.unwrap();
    let restored = SqliteStore::open(&copy).await.unwrap();
    let email = forebygg_domain::Email::parse("admin@engerdal.demo").unwrap();
    assert!(restored.user_by_email(&email).await.unwrap().is_some());
    assert_eq!(restored.organisations().await.unwrap().len(), store.organisations().await.unwrap().len());
}

#[tokio::test]
async fn chapter_texts_written_before_chapter_keys_stay_with_their_chapters() {
    use forebygg_store_contract::legacy;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let pool = SqliteStore::pool_at_version(&path, legacy::VERSION).await.unwrap();
    for statement in legacy::STATEMENTS {
        sqlx::query(*statement).execute(&pool).await.unwrap();
    }
    pool.close().await;
    legacy::check(&SqliteStore::open(&path).await.unwrap()).await;
}
