//! The register of measures on PostgreSQL: the shared code of
//! `crates/store-shared/measures.rs`, compiled for this backend.

use crate::PostgresStore as Db;
use sqlx::Postgres as DbKind;
use sqlx::postgres::PgRow as DbRow;

include!("../../store-shared/measures.rs");
