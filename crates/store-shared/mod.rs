//! The storage adapters' shared code: the queries and row mapping that SQLite and
//! PostgreSQL both accept, one file per area. Not a crate: each adapter compiles this
//! folder as its module `shared` (`#[path = "../../store-shared/mod.rs"] mod shared;`),
//! with `crate::db::{Db, DbRow, DbPool, DbKind}` naming its own store, row, pool and
//! database types — so every query exists once and is compiled and contract-tested for
//! both backends.

/// The ids of the municipalities in the county of the regional body `$1`.
macro_rules! county_municipalities {
    () => {
        "SELECT m.id FROM organisations m JOIN organisations b ON b.county = m.county \
         WHERE b.id = $1 AND m.kind = 'municipality'"
    };
}

mod accounts;
pub(crate) mod common;
mod document;
mod gatherings;
mod goals;
pub(crate) mod group_commit;
mod indicators;
pub(crate) mod inputs;
mod measures;
mod plans;
pub(crate) mod surveys;
