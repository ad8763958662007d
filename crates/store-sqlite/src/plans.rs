//! Plans, links, programmes and activities on SQLite: the shared code of
//! `crates/store-shared/plans.rs`, compiled for this backend.

use crate::SqliteStore as Db;
use sqlx::sqlite::SqliteRow as DbRow;

include!("../../store-shared/plans.rs");
