//! SQLite adapter of the storage port: the default, one file, nothing to install.
//!
//! The database runs in WAL mode with `synchronous = FULL`, so a committed transaction
//! survives a crash of the process or the machine. Migrations under `migrations/` are
//! applied on open and kept in step with the PostgreSQL adapter's.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use forebygg_app::{Store, StoreError};
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// The names the shared code in `crates/store-shared` uses for this backend's types.
mod db {
    pub(crate) use crate::SqliteStore as Db;
    pub(crate) use sqlx::Sqlite as DbKind;
    pub(crate) use sqlx::SqlitePool as DbPool;
    pub(crate) use sqlx::sqlite::SqliteRow as DbRow;
}

/// The selected rows gathered into one JSON array of arrays (one per row, the columns
/// in order; no rows: `[]`), for reads of many small rows at once: this
/// backend's aggregate, so the shared query is written once.
macro_rules! json_rows {
    ($columns:expr) => {
        concat!("json_group_array(json_array(", $columns, "))")
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
pub struct SqliteStore {
    pub(crate) pool: SqlitePool,
    writer: inputs::Writer,
    answers: surveys::AnswerWriter,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at a `sqlite:` URL and migrates it.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Backend(format!("invalid SQLite URL '{url}': {e}")))?;
        Self::open_with(options).await
    }

    /// Opens (creating if missing) the database file at `path` and migrates it.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(SqliteConnectOptions::new().filename(path)).await
    }

    async fn open_with(options: SqliteConnectOptions) -> Result<Self, StoreError> {
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        // Six connections: each is a thread with its own page cache and allocator arena.
        // With eight, closing and reading a 30,000-answer survey peaked at 126–155 MB;
        // with four at 108–117 MB, but answers and results came 20–40 % slower; six
        // gave 130 MB at full speed (bench/survey).
        let pool = SqlitePoolOptions::new().max_connections(6).connect_with(options).await.map_err(backend)?;
        MIGRATOR.run(&pool).await.map_err(|e| StoreError::Backend(format!("migration failed: {e}")))?;
        Ok(Self { writer: inputs::writer(pool.clone()), answers: surveys::answer_writer(pool.clone()), pool })
    }

    /// A database file migrated only up to `version`, as an older release left it: for
    /// the tests that check a migration keeps what that release stored.
    #[doc(hidden)]
    pub async fn pool_at_version(path: &Path, version: i64) -> Result<SqlitePool, StoreError> {
        let options = SqliteConnectOptions::new().filename(path).create_if_missing(true).foreign_keys(true);
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await.map_err(backend)?;
        MIGRATOR.run_to(version, &pool).await.map_err(|e| StoreError::Backend(format!("migration failed: {e}")))?;
        Ok(pool)
    }

    /// The pool, for tests that look into the database directly.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn schema_version(&self) -> Result<i64, StoreError> {
        common::schema_version(self).await
    }

    async fn backup_to(&self, path: &Path) -> Result<(), StoreError> {
        if path.exists() {
            return Err(StoreError::Conflict(format!("{} exists; choose a new file", path.display())));
        }
        let target =
            path.to_str().ok_or_else(|| StoreError::Backend(format!("{} is not a UTF-8 path", path.display())))?;
        // VACUUM INTO writes a transactionally consistent copy while others keep working.
        sqlx::query("VACUUM INTO ?").bind(target).execute(&self.pool).await.map_err(backend)?;
        Ok(())
    }
}
