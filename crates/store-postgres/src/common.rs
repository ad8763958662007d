//! Error mapping and schema version on PostgreSQL: the shared code of
//! `crates/store-shared/common.rs`, compiled for this backend.

use crate::PostgresStore as Db;

include!("../../store-shared/common.rs");
