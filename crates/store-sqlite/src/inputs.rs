//! The register of inputs on SQLite: the shared code of `crates/store-shared/inputs.rs`,
//! compiled for this backend.

use crate::SqliteStore as Db;
use sqlx::SqlitePool as DbPool;
use sqlx::sqlite::SqliteRow as DbRow;

include!("../../store-shared/inputs.rs");
