//! The plan document's chapter texts on SQLite: the shared code of
//! `crates/store-shared/document.rs`, compiled for this backend.

use crate::SqliteStore as Db;

include!("../../store-shared/document.rs");
