//! Organisations, people, roles, sessions and secrets on SQLite: the shared code of
//! `crates/store-shared/accounts.rs`, compiled for this backend.

use crate::SqliteStore as Db;
use sqlx::sqlite::SqliteRow as DbRow;

include!("../../store-shared/accounts.rs");
