// What both adapters need besides the area files: turning sqlx errors into store errors,
// and reading the schema version that sqlx's migrator records.

use forebygg_app::StoreError;

/// A unique-key violation is a conflict the use cases can name; anything else is the
/// backend's own failure.
pub(crate) fn backend(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(db.message().to_owned()),
        _ => StoreError::Backend(e.to_string()),
    }
}

/// The version of the newest applied migration.
pub(crate) async fn schema_version(db: &Db) -> Result<i64, StoreError> {
    sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
        .fetch_one(&db.pool)
        .await
        .map_err(backend)
}
