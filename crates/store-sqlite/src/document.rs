//! The plan document's chapter texts on SQLite: the shared code of
//! `crates/store-shared/document.rs`, compiled for this backend.

use crate::SqliteStore as Db;
use sqlx::sqlite::SqliteRow as DbRow;

include!("../../store-shared/document.rs");
