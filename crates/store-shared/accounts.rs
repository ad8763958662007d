// Organisations, people, roles, sessions and shared secrets: the SQL and row mapping
// shared by the SQLite and PostgreSQL adapters, included by each with `Db` and `DbRow`
// naming its own store and row types (see plans.rs beside this file).

use async_trait::async_trait;
use forebygg_app::store::rows;
use forebygg_app::{
    AccountStore, Credentials, Invitation, LoginFailures, Member, Membership, NewUser, OrgScope, StoreError, UnixTime,
    User,
};
use forebygg_domain::county::{Colour, Mark, MarkArea, Sharing};
use forebygg_domain::ids::{InvitationId, OrgId, UserId};
use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{Email, Lang, OrgCode, Organisation, Role};
use sqlx::Row;

use super::common::{all, backend, change, found, id};
use crate::db::{Db, DbRow};

fn org_row(row: &DbRow) -> Result<Organisation, StoreError> {
    rows::organisation(
        row.try_get("id").map_err(backend)?,
        row.try_get("code").map_err(backend)?,
        row.try_get("kind").map_err(backend)?,
        row.try_get("name").map_err(backend)?,
        row.try_get("county").map_err(backend)?,
        row.try_get("shares").map_err(backend)?,
    )
}

fn mark_row(row: &DbRow) -> Result<Mark, StoreError> {
    let (area, colour): (String, String) =
        (row.try_get("area").map_err(backend)?, row.try_get("colour").map_err(backend)?);
    Ok(Mark {
        area: MarkArea::parse(&area).ok_or_else(|| StoreError::Corrupt(format!("mark area '{area}'")))?,
        colour: Colour::parse(&colour).ok_or_else(|| StoreError::Corrupt(format!("mark colour '{colour}'")))?,
        note: row.try_get("note").map_err(backend)?,
    })
}

fn invitation_row(row: &DbRow) -> Result<Invitation, StoreError> {
    let email: String = row.try_get("email").map_err(backend)?;
    let role: String = row.try_get("role").map_err(backend)?;
    Ok(Invitation {
        id: id(row, "id", InvitationId::new)?,
        org_id: id(row, "org_id", OrgId::new)?,
        email: Email::parse(&email).map_err(|e| StoreError::Corrupt(format!("invitation e-mail: {e}")))?,
        role: Role::parse(&role).map_err(|e| StoreError::Corrupt(format!("invitation role: {e}")))?,
        expires_at: row.try_get("expires_at").map_err(backend)?,
    })
}

fn failures_row(row: &DbRow) -> Result<LoginFailures, StoreError> {
    Ok(LoginFailures {
        count: row.try_get("failures").map_err(backend)?,
        last_at: row.try_get("last_failure_at").map_err(backend)?,
    })
}

fn user_row(row: &DbRow) -> Result<User, StoreError> {
    rows::user(
        row.try_get("id").map_err(backend)?,
        row.try_get("email").map_err(backend)?,
        row.try_get("name").map_err(backend)?,
        row.try_get("lang").map_err(backend)?,
        row.try_get("site_admin").map_err(backend)?,
    )
}

#[async_trait]
impl AccountStore for Db {
    async fn sync_register(&self, orgs: &[NewOrganisation]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        for org in orgs {
            sqlx::query(
                "INSERT INTO organisations (code, kind, name, county) VALUES ($1, $2, $3, $4) \
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
        all(
            sqlx::query("SELECT id, code, kind, name, county, shares FROM organisations ORDER BY code"),
            &self.pool,
            org_row,
        )
        .await
    }

    async fn county_organisations(&self, body: &OrgScope) -> Result<Vec<Organisation>, StoreError> {
        let query = sqlx::query(concat!(
            "SELECT id, code, kind, name, county, shares FROM organisations WHERE id IN (",
            county_municipalities!(),
            ") ORDER BY code"
        ))
        .bind(body.org_id().get());
        all(query, &self.pool, org_row).await
    }

    async fn organisation(&self, code: &OrgCode) -> Result<Option<Organisation>, StoreError> {
        let row = sqlx::query("SELECT id, code, kind, name, county, shares FROM organisations WHERE code = $1")
            .bind(code.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(org_row).transpose()
    }

    async fn create_organisation(&self, org: &NewOrganisation) -> Result<Organisation, StoreError> {
        let row = sqlx::query(
            "INSERT INTO organisations (code, kind, name, county) VALUES ($1, $2, $3, $4) \
             RETURNING id, code, kind, name, county, shares",
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
            "INSERT INTO users (email, name, password_hash, site_admin, created_at) VALUES ($1, $2, $3, $4, $5) \
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

    async fn user_by_id(&self, id: UserId) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT id, email, name, lang, site_admin FROM users WHERE id = $1")
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(user_row).transpose()
    }

    async fn user_by_email(&self, email: &Email) -> Result<Option<User>, StoreError> {
        let row = sqlx::query("SELECT id, email, name, lang, site_admin FROM users WHERE email = $1")
            .bind(email.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(user_row).transpose()
    }

    async fn credentials(&self, email: &Email) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query("SELECT id, email, name, lang, site_admin, password_hash FROM users WHERE email = $1")
            .bind(email.as_str())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.map(|row| {
            Ok(Credentials { user: user_row(&row)?, password_hash: row.try_get("password_hash").map_err(backend)? })
        })
        .transpose()
    }

    async fn login_failures(&self, address_hash: &str) -> Result<Option<LoginFailures>, StoreError> {
        let row = sqlx::query("SELECT failures, last_failure_at FROM login_failures WHERE address_hash = $1")
            .bind(address_hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref().map(failures_row).transpose()
    }

    async fn record_login_failure(&self, address_hash: &str, now: UnixTime) -> Result<LoginFailures, StoreError> {
        let row = sqlx::query(
            "INSERT INTO login_failures (address_hash, failures, last_failure_at) VALUES ($1, 1, $2) \
             ON CONFLICT (address_hash) DO UPDATE \
               SET failures = login_failures.failures + 1, last_failure_at = excluded.last_failure_at \
             RETURNING failures, last_failure_at",
        )
        .bind(address_hash)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        failures_row(&row)
    }

    async fn clear_login_failures(&self, address_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_failures WHERE address_hash = $1")
            .bind(address_hash)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn forget_login_failures(&self, before: UnixTime) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM login_failures WHERE last_failure_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected())
    }

    async fn set_password_hash(&self, user_id: UserId, hash: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id.get())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn set_sharing(&self, scope: &OrgScope, sharing: Sharing) -> Result<(), StoreError> {
        let query = sqlx::query("UPDATE organisations SET shares = $1 WHERE id = $2")
            .bind(sharing.as_stored())
            .bind(scope.org_id().get());
        change(query, &self.pool, "organisation").await
    }

    async fn set_marks(
        &self,
        body: &OrgScope,
        municipality: OrgId,
        marks: &[Mark],
        at: UnixTime,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        sqlx::query("DELETE FROM county_marks WHERE body_id = $1 AND municipality_id = $2")
            .bind(body.org_id().get())
            .bind(municipality.get())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        for mark in marks {
            sqlx::query(
                "INSERT INTO county_marks (body_id, municipality_id, area, colour, note, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(body.org_id().get())
            .bind(municipality.get())
            .bind(mark.area.as_str())
            .bind(mark.colour.as_str())
            .bind(&mark.note)
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }

    async fn marks_by(&self, body: &OrgScope) -> Result<Vec<(OrgId, Mark)>, StoreError> {
        let query = sqlx::query(
            "SELECT municipality_id, area, colour, note FROM county_marks WHERE body_id = $1 \
             ORDER BY municipality_id, area",
        )
        .bind(body.org_id().get());
        all(query, &self.pool, |row| Ok((id(row, "municipality_id", OrgId::new)?, mark_row(row)?))).await
    }

    async fn marks_on(&self, municipality: &OrgScope) -> Result<Vec<(String, Mark)>, StoreError> {
        let query = sqlx::query(
            "SELECT o.name, m.area, m.colour, m.note FROM county_marks m JOIN organisations o ON o.id = m.body_id \
             WHERE m.municipality_id = $1 ORDER BY o.name, m.area",
        )
        .bind(municipality.org_id().get());
        all(query, &self.pool, |row| Ok((row.try_get("name").map_err(backend)?, mark_row(row)?))).await
    }

    async fn set_user_lang(&self, user_id: UserId, lang: Lang) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
            .bind(lang.code())
            .bind(user_id.get())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn memberships(&self, user_id: UserId) -> Result<Vec<Membership>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.id, o.code, o.kind, o.name, o.county, o.shares, m.role, m.services FROM memberships m \
             JOIN organisations o ON o.id = m.org_id WHERE m.user_id = $1 ORDER BY o.code",
        )
        .bind(user_id.get())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                Ok(Membership {
                    org: org_row(row)?,
                    role: rows::role(row.try_get("role").map_err(backend)?)?,
                    services: rows::services(row.try_get("services").map_err(backend)?)?,
                })
            })
            .collect()
    }

    async fn members(&self, scope: &OrgScope) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(
            "SELECT u.id, u.email, u.name, m.role, m.services FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = $1 ORDER BY u.name, u.email",
        )
        .bind(scope.org_id().get())
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
                    row.try_get("services").map_err(backend)?,
                )
            })
            .collect()
    }

    async fn add_member(&self, scope: &OrgScope, user_id: UserId, role: Role) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO memberships (user_id, org_id, role) VALUES ($1, $2, $3)")
            .bind(user_id.get())
            .bind(scope.org_id().get())
            .bind(role.as_str())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn set_member_services(
        &self,
        scope: &OrgScope,
        user_id: UserId,
        services: &[String],
    ) -> Result<(), StoreError> {
        change(
            sqlx::query("UPDATE memberships SET services = $1 WHERE org_id = $2 AND user_id = $3")
                .bind(rows::services_json(services))
                .bind(scope.org_id().get())
                .bind(user_id.get()),
            &self.pool,
            "set_member_services",
        )
        .await
    }

    async fn set_member_role(&self, scope: &OrgScope, user_id: UserId, role: Role) -> Result<(), StoreError> {
        change(
            sqlx::query("UPDATE memberships SET role = $1 WHERE org_id = $2 AND user_id = $3")
                .bind(role.as_str())
                .bind(scope.org_id().get())
                .bind(user_id.get()),
            &self.pool,
            "set_member_role",
        )
        .await
    }

    async fn remove_member(&self, scope: &OrgScope, user_id: UserId) -> Result<(), StoreError> {
        change(
            sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
                .bind(scope.org_id().get())
                .bind(user_id.get()),
            &self.pool,
            "remove_member",
        )
        .await
    }

    async fn invite(
        &self,
        scope: &OrgScope,
        email: &Email,
        role: Role,
        token_hash: &str,
        expires_at: UnixTime,
    ) -> Result<Invitation, StoreError> {
        let row = sqlx::query(
            "INSERT INTO invitations (org_id, email, role, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (org_id, email) DO UPDATE \
               SET role = excluded.role, token_hash = excluded.token_hash, expires_at = excluded.expires_at \
             RETURNING id, org_id, email, role, expires_at",
        )
        .bind(scope.org_id().get())
        .bind(email.as_str())
        .bind(role.as_str())
        .bind(token_hash)
        .bind(expires_at)
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        invitation_row(&row)
    }

    async fn invitations(&self, scope: &OrgScope, now: UnixTime) -> Result<Vec<Invitation>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, org_id, email, role, expires_at FROM invitations \
             WHERE org_id = $1 AND expires_at > $2 ORDER BY email",
        )
        .bind(scope.org_id().get())
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter().map(invitation_row).collect()
    }

    async fn invitation_by_token(&self, token_hash: &str, now: UnixTime) -> Result<Option<Invitation>, StoreError> {
        let row = sqlx::query(
            "SELECT id, org_id, email, role, expires_at FROM invitations WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(invitation_row).transpose()
    }

    async fn forget_expired_invitations(&self, now: UnixTime) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM invitations WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected())
    }

    async fn cancel_invitation(&self, scope: &OrgScope, invitation: InvitationId) -> Result<(), StoreError> {
        change(
            sqlx::query("DELETE FROM invitations WHERE org_id = $1 AND id = $2")
                .bind(scope.org_id().get())
                .bind(invitation.get()),
            &self.pool,
            "cancel_invitation",
        )
        .await
    }

    async fn accept_invitation(&self, token_hash: &str, user_id: UserId, now: UnixTime) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let row =
            sqlx::query("DELETE FROM invitations WHERE token_hash = $1 AND expires_at > $2 RETURNING org_id, role")
                .bind(token_hash)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
        let row = found(row, "accept_invitation")?;
        let (org_id, role): (i64, String) =
            (row.try_get("org_id").map_err(backend)?, row.try_get("role").map_err(backend)?);
        sqlx::query(
            "INSERT INTO memberships (user_id, org_id, role) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, org_id) DO NOTHING",
        )
        .bind(user_id.get())
        .bind(org_id)
        .bind(role)
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        Ok(())
    }

    async fn create_session(&self, token_hash: &str, user_id: UserId, expires_at: UnixTime) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
            .bind(token_hash)
            .bind(user_id.get())
            .bind(expires_at)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn session_user(&self, token_hash: &str, now: UnixTime) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.email, u.name, u.lang, u.site_admin FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.as_ref().map(user_row).transpose()
    }

    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn delete_user_sessions(&self, user_id: UserId) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id.get())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn delete_expired_sessions(&self, now: UnixTime) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected())
    }

    async fn shared_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError> {
        sqlx::query("INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .bind(candidate)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        sqlx::query_scalar("SELECT value FROM secrets WHERE name = $1")
            .bind(name)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)
    }
}
