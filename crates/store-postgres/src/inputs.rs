//! The register of inputs on PostgreSQL: the shared code of `crates/store-shared/inputs.rs`,
//! compiled for this backend.

use crate::PostgresStore as Db;
use sqlx::PgPool as DbPool;
use sqlx::postgres::PgRow as DbRow;

include!("../../store-shared/inputs.rs");
