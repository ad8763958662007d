//! SQLite adapter of the storage port: the default, one file, nothing to install.
//!
//! The database runs in WAL mode with `synchronous = FULL`, so a committed transaction
//! survives a crash of the process or the machine. Migrations under `migrations/` are
//! applied on open and kept in step with the PostgreSQL adapter's.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use forebygg_app::store::rows;
use forebygg_app::{Credentials, Member, Membership, NewUser, OrgScope, Store, StoreError, UnixTime, User};
use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{Email, Lang, OrgCode, Organisation, Role};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

mod plans;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Clone, Debug)]
pub struct SqliteStore {
    pub(crate) pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at a `sqlite:` URL and migrates it.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Backend(format!("invalid SQLite URL '{url}': {e}")))?;
        Self::open_with(options).await
    }

    /// Opens (creating if missing) the database file at `path` and migrates it.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(SqliteConnectOptions::new().filename(path)).await
    }

    async fn open_with(options: SqliteConnectOptions) -> Result<Self, StoreError> {
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await.map_err(backend)?;
        MIGRATOR.run(&pool).await.map_err(|e| StoreError::Backend(format!("migration failed: {e}")))?;
        Ok(Self { pool })
    }

    /// The pool, for tests that look into the database directly.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

pub(crate) fn backend(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(db.message().to_owned()),
        _ => StoreError::Backend(e.to_string()),
    }
}

fn org_row(row: &SqliteRow) -> Result<Organisation, StoreError> {
    rows::organisation(
        row.try_get("id").map_err(backend)?,
        row.try_get("code").map_err(backend)?,
        row.try_get("kind").map_err(backend)?,
        row.try_get("name").map_err(backend)?,
        row.try_get("county").map_err(backend)?,
    )
}

fn user_row(row: &SqliteRow) -> Result<User, StoreError> {
    rows::user(
        row.try_get("id").map_err(backend)?,
        row.try_get("email").map_err(backend)?,
        row.try_get("name").map_err(backend)?,
        row.try_get("lang").map_err(backend)?,
        row.try_get("site_admin").map_err(backend)?,
    )
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn schema_version(&self) -> Result<i64, StoreError> {
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&self.pool)
            .await
            .map_err(backend)
    }

    async fn sync_register(&self, orgs: &[NewOrganisation]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        for org in orgs {
            sqlx::query(
                "INSERT INTO organisations (code, kind, name, county) VALUES (?, ?, ?, ?) \
                 ON CONFLICT (code) DO NOTHING",
            )
            .bind(org.code.as_str())
            .bind(org.kind.as_str())
            .bind(&org.name)
            .bind(org.county.as_ref().map(|c| c.as_str()))
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }

    async fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let rows = sqlx::query("SELECT id, code, kind, name, county FROM organisations ORDER BY code")
            .fetch_all(&self.pool)
            .await
            .map_err(backend)?;
        rows.iter().map(org_row).collect()
    }

    async fn organisation(&self, code: &OrgCode) -> Result<Option<Organisation>, StoreError> {
        let row = sqlx::query("SELECT id, code, kind, name, county FROM organisations WHERE code = ?")
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(org_row).transpose()
    }

    async fn create_organisation(&self, org: &NewOrganisation) -> Result<Organisation, StoreError> {
        let row = sqlx::query(
            "INSERT INTO organisations (code, kind, name, county) VALUES (?, ?, ?, ?) \
             RETURNING id, code, kind, name, county",
        )
        .bind(org.code.as_str())
        .bind(org.kind.as_str())
        .bind(&org.name)
        .bind(org.county.as_ref().map(|c| c.as_str()))
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        org_row(&row)
    }

    async fn create_user(&self, user: &NewUser) -> Result<User, StoreError> {
        let row = sqlx::query(
            "INSERT INTO users (email, name, password_hash, site_admin, created_at) VALUES (?, ?, ?, ?, ?) \
             RETURNING id, email, name, lang, site_admin",
        )
        .bind(user.email.as_str())
        .bind(user.name.as_str())
        .bind(&user.password_hash)
        .bind(user.site_admin)
        .bind(forebygg_app::now())
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        user_row(&row)
    }

    async fn user_by_id(&self, id: i64) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT id, email, name, lang, site_admin FROM users WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(user_row).transpose()
    }

    async fn user_by_email(&self, email: &Email) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT id, email, name, lang, site_admin FROM users WHERE email = ?")
            .bind(email.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(user_row).transpose()
    }

    async fn credentials(&self, email: &Email) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(
            "SELECT id, email, name, lang, site_admin, password_hash, locked_until FROM users WHERE email = ?",
        )
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.map(|row| {
            Ok(Credentials {
                user: user_row(&row)?,
                password_hash: row.try_get("password_hash").map_err(backend)?,
                locked_until: row.try_get("locked_until").map_err(backend)?,
            })
        })
        .transpose()
    }

    async fn record_login_failure(
        &self,
        user_id: i64,
        threshold: i64,
        lock_until: UnixTime,
    ) -> Result<Option<UnixTime>, StoreError> {
        let row = sqlx::query(
            "UPDATE users SET \
               locked_until = CASE WHEN failed_logins + 1 >= ?1 THEN ?2 ELSE locked_until END, \
               failed_logins = CASE WHEN failed_logins + 1 >= ?1 THEN 0 ELSE failed_logins + 1 END \
             WHERE id = ?3 RETURNING failed_logins, locked_until",
        )
        .bind(threshold)
        .bind(lock_until)
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let failed: i64 = row.try_get("failed_logins").map_err(backend)?;
        if failed == 0 { Ok(row.try_get("locked_until").map_err(backend)?) } else { Ok(None) }
    }

    async fn clear_login_failures(&self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn set_password_hash(&self, user_id: i64, hash: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
            .bind(hash)
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn set_user_lang(&self, user_id: i64, lang: Lang) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET lang = ? WHERE id = ?")
            .bind(lang.code())
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn memberships(&self, user_id: i64) -> Result<Vec<Membership>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.id, o.code, o.kind, o.name, o.county, m.role FROM memberships m \
             JOIN organisations o ON o.id = m.org_id WHERE m.user_id = ? ORDER BY o.code",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| Ok(Membership { org: org_row(row)?, role: rows::role(row.try_get("role").map_err(backend)?)? }))
            .collect()
    }

    async fn members(&self, scope: &OrgScope) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(
            "SELECT u.id, u.email, u.name, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = ? ORDER BY u.name, u.email",
        )
        .bind(scope.org_id())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                rows::member(
                    row.try_get("id").map_err(backend)?,
                    row.try_get("email").map_err(backend)?,
                    row.try_get("name").map_err(backend)?,
                    row.try_get("role").map_err(backend)?,
                )
            })
            .collect()
    }

    async fn add_member(&self, scope: &OrgScope, user_id: i64, role: Role) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO memberships (user_id, org_id, role) VALUES (?, ?, ?)")
            .bind(user_id)
            .bind(scope.org_id())
            .bind(role.as_str())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn set_member_role(&self, scope: &OrgScope, user_id: i64, role: Role) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?")
            .bind(role.as_str())
            .bind(scope.org_id())
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected() == 1)
    }

    async fn remove_member(&self, scope: &OrgScope, user_id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM memberships WHERE org_id = ? AND user_id = ?")
            .bind(scope.org_id())
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected() == 1)
    }

    async fn create_session(&self, token_hash: &str, user_id: i64, expires_at: UnixTime) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
            .bind(token_hash)
            .bind(user_id)
            .bind(expires_at)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn session_user(&self, token_hash: &str, now: UnixTime) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.email, u.name, u.lang, u.site_admin FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = ? AND s.expires_at > ?",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(user_row).transpose()
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn delete_user_sessions(&self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn delete_expired_sessions(&self, now: UnixTime) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected())
    }

    async fn shared_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError> {
        sqlx::query("INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .bind(candidate)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        sqlx::query_scalar("SELECT value FROM secrets WHERE name = ?")
            .bind(name)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)
    }

    async fn backup_to(&self, path: &Path) -> Result<(), StoreError> {
        if path.exists() {
            return Err(StoreError::Conflict(format!("{} exists; choose a new file", path.display())));
        }
        let target =
            path.to_str().ok_or_else(|| StoreError::Backend(format!("{} is not a UTF-8 path", path.display())))?;
        // VACUUM INTO writes a transactionally consistent copy while others keep working.
        sqlx::query("VACUUM INTO ?").bind(target).execute(&self.pool).await.map_err(backend)?;
        Ok(())
    }
}
