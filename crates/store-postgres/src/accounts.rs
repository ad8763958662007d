//! Organisations, people, roles, sessions and secrets on PostgreSQL: the shared code of
//! `crates/store-shared/accounts.rs`, compiled for this backend.

use crate::PostgresStore as Db;
use sqlx::postgres::PgRow as DbRow;

include!("../../store-shared/accounts.rs");
