//! The plan document's chapter texts on PostgreSQL: the shared code of
//! `crates/store-shared/document.rs`, compiled for this backend.

use crate::PostgresStore as Db;

include!("../../store-shared/document.rs");
