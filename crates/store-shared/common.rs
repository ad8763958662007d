// What both adapters need besides the area files: turning sqlx errors into store errors,
// and reading the schema version that sqlx's migrator records.

use forebygg_app::StoreError;
use sqlx::Row;

use crate::db::{Db, DbKind, DbPool, DbRow};

/// A statement with its parameters bound, for this backend.
pub(crate) type DbQuery<'q> = sqlx::query::Query<'q, DbKind, <DbKind as sqlx::Database>::Arguments>;

/// Runs a change that must touch a row of the scope's organisation (else `NotFound`).
pub(crate) async fn change(query: DbQuery<'_>, pool: &DbPool, what: &str) -> Result<(), StoreError> {
    touched(query.execute(pool).await.map_err(backend)?.rows_affected(), what)
}

/// Every row a query finds, each read by `read`.
pub(crate) async fn all<T>(
    query: DbQuery<'_>,
    pool: &DbPool,
    read: fn(&DbRow) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    query.fetch_all(pool).await.map_err(backend)?.iter().map(read).collect()
}

/// The rows a `json_rows!` query gathered, each read as `T` (a tuple of its columns).
/// Many small rows come from the database as one value: row by row, the hand-over
/// from the database's thread costs more than the rows (the county dashboard reads
/// hundreds).
pub(crate) async fn json_rows<T: serde::de::DeserializeOwned>(
    query: DbQuery<'_>,
    pool: &DbPool,
) -> Result<Vec<T>, StoreError> {
    let row = query.fetch_one(pool).await.map_err(backend)?;
    let json: Option<String> = row.try_get(0).map_err(backend)?;
    match json {
        None => Ok(Vec::new()),
        Some(json) => serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("gathered rows: {e}"))),
    }
}

/// A boolean column as a gathered row holds it: `true`/`false`, or SQLite's 1/0.
pub(crate) fn json_bool(value: &serde_json::Value) -> bool {
    value.as_bool().unwrap_or_else(|| value.as_i64().is_some_and(|n| n != 0))
}

/// A unique-key violation is a conflict the use cases can name; anything else is the
/// backend's own failure.
pub(crate) fn backend(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(db.message().to_owned()),
        _ => StoreError::Backend(e.to_string()),
    }
}

/// `NotFound` unless a statement touched a row: the row is not there, or is not the
/// scope's organisation's.
fn touched(rows: u64, what: &str) -> Result<(), StoreError> {
    if rows == 0 { Err(StoreError::not_found(what)) } else { Ok(()) }
}

/// The row a scoped query found, or `NotFound`.
pub(crate) fn found<T>(row: Option<T>, what: &str) -> Result<T, StoreError> {
    row.ok_or_else(|| StoreError::not_found(what))
}

/// An id column as the domain's typed id (`PlanId::new`…).
pub(crate) fn id<I>(row: &DbRow, column: &str, typed: fn(i64) -> I) -> Result<I, StoreError> {
    Ok(typed(row.try_get(column).map_err(backend)?))
}

/// The version of the newest applied migration.
pub(crate) async fn schema_version(db: &Db) -> Result<i64, StoreError> {
    sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
        .fetch_one(&db.pool)
        .await
        .map_err(backend)
}
