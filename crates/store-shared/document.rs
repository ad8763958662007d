// The plan document's chapter texts, shared by both adapters (see plans.rs beside this
// file).

use async_trait::async_trait;
use forebygg_app::store::document::ChapterText;
use forebygg_app::store::rows;
use forebygg_app::{DocumentStore, OrgScope, StoreError, UnixTime};
use forebygg_domain::document::version::{Snapshot, Version, VersionFields};
use forebygg_domain::ids::{PlanId, VersionId};
use forebygg_domain::plan::programme::ChapterKey;
use sqlx::Row;

use super::common::{all, backend, change, found, id};
use crate::db::{Db, DbRow};

fn version_row(row: &DbRow) -> Result<Version, StoreError> {
    let doc: String = row.try_get("doc").map_err(backend)?;
    let (fields, snapshot) = rows::version(&doc)?;
    Ok(Version {
        id: id(row, "id", VersionId::new)?,
        plan_id: id(row, "plan_id", PlanId::new)?,
        fields,
        snapshot,
        created_by: row.try_get("created_by").map_err(backend)?,
        created_at: row.try_get("created_at").map_err(backend)?,
    })
}

#[async_trait]
impl DocumentStore for Db {
    async fn freeze_version(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &VersionFields,
        snapshot: &Snapshot,
        by: &str,
        at: UnixTime,
    ) -> Result<Version, StoreError> {
        let row = sqlx::query(
            "INSERT INTO plan_versions (org_id, plan_id, doc, created_by, created_at) \
             SELECT p.org_id, p.id, $1, $2, $3 FROM plans p WHERE p.org_id = $4 AND p.id = $5 \
             RETURNING id, plan_id, doc, created_by, created_at",
        )
        .bind(rows::json(&(fields, snapshot))?)
        .bind(by)
        .bind(at)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        version_row(&found(row, "plan")?)
    }

    async fn versions(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Version>, StoreError> {
        all(
            sqlx::query(
                "SELECT id, plan_id, doc, created_by, created_at FROM plan_versions \
                 WHERE org_id = $1 AND plan_id = $2 ORDER BY id",
            )
            .bind(scope.org_id().get())
            .bind(plan_id.get()),
            &self.pool,
            version_row,
        )
        .await
    }

    async fn chapter_texts(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<ChapterText>, StoreError> {
        let rows = sqlx::query(
            "SELECT chapter_key, body, updated_by, updated_at FROM plan_chapters \
             WHERE org_id = $1 AND plan_id = $2 ORDER BY chapter_key",
        )
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                let key: String = row.try_get("chapter_key").map_err(backend)?;
                Ok(ChapterText {
                    key: ChapterKey::parse(&key).ok_or_else(|| StoreError::Corrupt(format!("chapter key '{key}'")))?,
                    body: row.try_get("body").map_err(backend)?,
                    updated_by: row.try_get("updated_by").map_err(backend)?,
                    updated_at: row.try_get("updated_at").map_err(backend)?,
                })
            })
            .collect()
    }

    async fn save_chapter(&self, scope: &OrgScope, plan_id: PlanId, text: &ChapterText) -> Result<(), StoreError> {
        change(
            sqlx::query(
                "INSERT INTO plan_chapters (org_id, plan_id, chapter_key, body, updated_by, updated_at) \
                 SELECT p.org_id, p.id, $1, $2, $3, $4 FROM plans p WHERE p.org_id = $5 AND p.id = $6 \
             ON CONFLICT (plan_id, chapter_key) DO UPDATE SET body = excluded.body, \
             updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            )
            .bind(text.key.as_str())
            .bind(&text.body)
            .bind(&text.updated_by)
            .bind(text.updated_at)
            .bind(scope.org_id().get())
            .bind(plan_id.get()),
            &self.pool,
            "save_chapter",
        )
        .await
    }

    async fn delete_chapter_texts(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        keys: &[ChapterKey],
    ) -> Result<(), StoreError> {
        for key in keys {
            sqlx::query("DELETE FROM plan_chapters WHERE org_id = $1 AND plan_id = $2 AND chapter_key = $3")
                .bind(scope.org_id().get())
                .bind(plan_id.get())
                .bind(key.as_str())
                .execute(&self.pool)
                .await
                .map_err(backend)?;
        }
        Ok(())
    }
}
