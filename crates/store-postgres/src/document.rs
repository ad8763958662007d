//! The plan document's chapter texts on PostgreSQL: the shared code of
//! `crates/store-shared/document.rs`, compiled for this backend.

use crate::PostgresStore as Db;
use sqlx::postgres::PgRow as DbRow;

include!("../../store-shared/document.rs");
