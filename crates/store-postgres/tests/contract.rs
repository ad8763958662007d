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
    let schema = format!("t_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst), forebygg_app::now());
    match PostgresStore::connect_in_schema(&url, &schema).await {
        Ok(store) => Some(Box::new(store)),
        Err(e) => panic!("{URL_VAR} is set but PostgreSQL is not usable: {e}"),
    }
}

forebygg_store_contract::contract_tests!(fresh_store);
