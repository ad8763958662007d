//! Plans, links, programmes and activities on PostgreSQL: the shared code of
//! `crates/store-shared/plans.rs`, compiled for this backend.

use crate::PostgresStore as Db;
use sqlx::postgres::PgRow as DbRow;

include!("../../store-shared/plans.rs");
