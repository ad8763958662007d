//! Where the data lives: a SQLite file in a data folder (the default), or any database
//! named by a URL. The same options serve every subcommand, so the CLI and a running
//! server can share one database.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::Args;
use forebygg_app::Store;
use forebygg_store_postgres::PostgresStore;
use forebygg_store_sqlite::SqliteStore;

#[derive(Args, Clone, Debug)]
pub struct Database {
    /// Folder for the SQLite database (forebygg.db) when no --database-url is given.
    #[arg(long, global = true, env = "FOREBYGG_DATA_DIR", default_value = "data", value_name = "DIR")]
    pub data_dir: PathBuf,
    /// sqlite:PATH or postgres://USER@HOST:PORT/DB; overrides --data-dir.
    #[arg(long, global = true, env = "FOREBYGG_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<String>,
}

impl Database {
    /// Opens the database and applies any pending migrations.
    pub async fn open(&self) -> Result<Arc<dyn Store>> {
        match self.database_url.as_deref() {
            Some(url) if url.starts_with("sqlite:") => Ok(Arc::new(SqliteStore::connect(url).await?)),
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => Ok(Arc::new(
                PostgresStore::connect(url).await.context("cannot use the PostgreSQL database of --database-url")?,
            )),
            Some(_) => bail!(
                "--database-url must start with sqlite: or postgres:// (e.g. postgres://postgres@127.0.0.1:5432/forebygg)"
            ),
            None => {
                std::fs::create_dir_all(&self.data_dir)
                    .with_context(|| format!("cannot create the data folder {}", self.data_dir.display()))?;
                let path = self.data_dir.join("forebygg.db");
                Ok(Arc::new(SqliteStore::open(&path).await.with_context(|| format!("cannot open {}", path.display()))?))
            }
        }
    }
}
