//! The storage contract, on PostgreSQL: each test in a fresh schema of the database
//! named by `FOREBYGG_TEST_POSTGRES_URL`. Without that variable the suite is skipped,
//! and says so on stderr; with it, a database that cannot be reached fails the suite.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::sync::Once;
use std::sync::atomic::{AtomicU32, Ordering};

use forebygg_app::Store;
use forebygg_store_postgres::PostgresStore;

const URL_VAR: &str = "FOREBYGG_TEST_POSTGRES_URL";

async fn fresh_store() -> Option<Box<dyn Store>> {
    static SKIP_NOTICE: Once = Once::new();
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let Ok(url) = std::env::var(URL_VAR) else {
        SKIP_NOTICE.call_once(|| {
            // Written past the test harness's capture so it is seen in every run.
            let _ = writeln!(
                std::io::stderr(),
                "\nPostgreSQL storage suite SKIPPED: {URL_VAR} is not set \
                 (e.g. {URL_VAR}=postgres://postgres@127.0.0.1:5432/test)\n"
            );
        });
        return None;
    };
    static CLEANED: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    CLEANED.get_or_init(|| drop_stale_schemas(&url)).await;
    let schema = format!("t_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst), forebygg_app::now());
    match PostgresStore::connect_in_schema(&url, &schema).await {
        Ok(store) => Some(Box::new(store)),
        Err(e) => panic!("{URL_VAR} is set but PostgreSQL is not usable: {e}"),
    }
}

/// Drops the schemas that earlier test runs left behind (`t_<pid>_…` of a process that
/// no longer runs). Without this they pile up run after run, until PostgreSQL runs out
/// of lock slots (pg_dump in the backup test locks every table of the database).
async fn drop_stale_schemas(url: &str) {
    let Ok(pool) = sqlx::PgPool::connect(url).await else {
        return; // fresh_store reports an unusable database itself
    };
    let names: Vec<String> = sqlx::query_scalar("SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 't\\_%'")
        .fetch_all(&pool)
        .await
        .unwrap_or_default();
    for name in names {
        let pid = name.split('_').nth(1).and_then(|p| p.parse::<u32>().ok());
        let alive = pid.is_some_and(|p| std::path::Path::new(&format!("/proc/{p}")).exists());
        if pid.is_some() && !alive && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            // The name is checked above: letters, digits and underscores only.
            let drop = sqlx::AssertSqlSafe(format!("DROP SCHEMA IF EXISTS \"{name}\" CASCADE"));
            let _ = sqlx::query(drop).execute(&pool).await;
        }
    }
    pool.close().await;
}

forebygg_store_contract::contract_tests!(fresh_store);

#[tokio::test]
async fn chapter_texts_written_before_chapter_keys_stay_with_their_chapters() {
    use forebygg_store_contract::legacy;
    // The schema fresh_store would use, made at the old version first.
    let Some(_) = fresh_store().await else { return };
    let url = std::env::var(URL_VAR).unwrap();
    let schema = format!("t_{}_legacy_{}", std::process::id(), forebygg_app::now());
    let pool = PostgresStore::pool_at_version(&url, &schema, legacy::VERSION).await.unwrap();
    for statement in legacy::STATEMENTS {
        sqlx::query(*statement).execute(&pool).await.unwrap();
    }
    pool.close().await;
    legacy::check(&PostgresStore::connect_in_schema(&url, &schema).await.unwrap()).await;
}
