//! PostgreSQL adapter of the storage port: for shared, multi-instance deployments.
//!
//! Migrations under `migrations/` are applied on connect and kept in step with the
//! SQLite adapter's. Sessions and the CSRF secret live in the database, so several
//! server instances can serve one municipality behind a load balancer.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use forebygg_app::{Store, StoreError};
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPoolOptions};
use sqlx::{Connection, PgPool};

/// The names the shared code in `crates/store-shared` uses for this backend's types.
mod db {
    pub(crate) use crate::PostgresStore as Db;
    pub(crate) use sqlx::PgPool as DbPool;
    pub(crate) use sqlx::Postgres as DbKind;
    pub(crate) use sqlx::postgres::PgRow as DbRow;
}

/// The selected rows gathered into one JSON array of arrays (one per row, the columns
/// in order; no rows: NULL), for reads of many small rows at once: this
/// backend's aggregate, so the shared query is written once.
macro_rules! json_rows {
    ($columns:expr) => {
        concat!("json_agg(json_build_array(", $columns, "))::text")
    };
}

// The queries and row mapping both backends share, compiled (and contract-tested) as a
// module of this crate and of the other adapter.
#[path = "../../store-shared/mod.rs"]
mod shared;

use shared::common::{self, backend};
use shared::{inputs, surveys};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Clone, Debug)]
pub struct PostgresStore {
    pub(crate) pool: PgPool,
    writer: inputs::Writer,
    answers: surveys::AnswerWriter,
    url: String,
    /// The schema the store keeps its tables in, when not the default: a backup then
    /// copies that schema only (and is not disturbed by changes to others).
    schema: Option<String>,
}

impl PostgresStore {
    /// Connects to the database at a `postgres:` URL and migrates it.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, None).await
    }

    /// Connects with every table in `schema` (made if missing): each test gets a fresh
    /// schema of its own in one shared database.
    pub async fn connect_in_schema(url: &str, schema: &str) -> Result<Self, StoreError> {
        Self::connect_with(url, Some(schema)).await
    }

    /// A fresh `schema` migrated only up to `version`, as an older release left it: for
    /// the tests that check a migration keeps what that release stored.
    #[doc(hidden)]
    pub async fn pool_at_version(url: &str, schema: &str, version: i64) -> Result<PgPool, StoreError> {
        let pool = Self::open_pool(url, Some(schema)).await?;
        MIGRATOR.run_to(version, &pool).await.map_err(|e| StoreError::Backend(format!("migration failed: {e}")))?;
        Ok(pool)
    }

    async fn connect_with(url: &str, schema: Option<&str>) -> Result<Self, StoreError> {
        let pool = Self::open_pool(url, schema).await?;
        MIGRATOR.run(&pool).await.map_err(|e| StoreError::Backend(format!("migration failed: {e}")))?;
        Ok(Self {
            writer: inputs::writer(pool.clone()),
            answers: surveys::answer_writer(pool.clone()),
            pool,
            url: url.to_owned(),
            schema: schema.map(str::to_owned),
        })
    }

    async fn open_pool(url: &str, schema: Option<&str>) -> Result<PgPool, StoreError> {
        let mut options =
            PgConnectOptions::from_str(url).map_err(|e| StoreError::Backend(format!("invalid PostgreSQL URL: {e}")))?;
        if let Some(schema) = schema {
            if !schema.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                return Err(StoreError::Backend(format!("invalid schema name '{schema}'")));
            }
            let admin = PgPoolOptions::new().max_connections(1).connect_with(options.clone()).await.map_err(backend)?;
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA IF NOT EXISTS {schema}")))
                .execute(&admin)
                .await
                .map_err(backend)?;
            admin.close().await;
            options = options.options([("search_path", schema)]);
        }
        // One direct connection first: a pool only reports "timed out" when the server
        // cannot be reached, while a connection says why (refused, no such database...).
        let probe = PgConnection::connect_with(&options).await.map_err(backend)?;
        probe.close().await.map_err(backend)?;
        PgPoolOptions::new()
            .max_connections(10)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(backend)
    }

    /// The pool, for tests that look into the database directly.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

#[async_trait]
impl Store for PostgresStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn schema_version(&self) -> Result<i64, StoreError> {
        common::schema_version(self).await
    }

    async fn backup_to(&self, path: &Path) -> Result<(), StoreError> {
        if path.exists() {
            return Err(StoreError::Conflict(format!("{} exists; choose a new file", path.display())));
        }
        // pg_dump takes a consistent snapshot while others keep working.
        let mut command = std::process::Command::new("pg_dump");
        if let Some(schema) = &self.schema {
            command.arg(format!("--schema={schema}"));
        }
        let output = command
            .arg("--format=custom")
            .arg("--file")
            .arg(path)
            .arg(&self.url)
            .output()
            .map_err(|e| StoreError::Backend(format!("could not run pg_dump (is it installed?): {e}")))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(StoreError::Backend(format!("pg_dump failed: {}", String::from_utf8_lossy(&output.stderr).trim())))
        }
    }
}
