//! Goals and status reports on SQLite: the shared code of `crates/store-shared/goals.rs`,
//! compiled for this backend.

use crate::SqliteStore as Db;
use sqlx::sqlite::SqliteRow as DbRow;

include!("../../store-shared/goals.rs");
