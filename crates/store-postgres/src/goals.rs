//! Goals and status reports on PostgreSQL: the shared code of `crates/store-shared/goals.rs`,
//! compiled for this backend.

use crate::PostgresStore as Db;
use sqlx::postgres::PgRow as DbRow;

include!("../../store-shared/goals.rs");
