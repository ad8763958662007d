//! The register of measures on SQLite: the shared code of
//! `crates/store-shared/measures.rs`, compiled for this backend.

use crate::SqliteStore as Db;
use sqlx::Sqlite as DbKind;
use sqlx::sqlite::SqliteRow as DbRow;

include!("../../store-shared/measures.rs");
