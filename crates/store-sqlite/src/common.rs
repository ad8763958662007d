//! Error mapping and schema version on SQLite: the shared code of
//! `crates/store-shared/common.rs`, compiled for this backend.

use crate::SqliteStore as Db;

include!("../../store-shared/common.rs");
