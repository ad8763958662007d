// The plan document's chapter texts, shared by both adapters (see plans.rs beside this
// file).

use async_trait::async_trait;
use forebygg_app::store::document::ChapterText;
use forebygg_app::{DocumentStore, OrgScope, StoreError};
use sqlx::Row;

use crate::common::backend;

#[async_trait]
impl DocumentStore for Db {
    async fn chapter_texts(&self, scope: &OrgScope, plan_id: i64) -> Result<Vec<ChapterText>, StoreError> {
        let rows = sqlx::query(
            "SELECT chapter, body, updated_by, updated_at FROM plan_chapters \
             WHERE org_id = $1 AND plan_id = $2 ORDER BY chapter",
        )
        .bind(scope.org_id())
        .bind(plan_id)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                Ok(ChapterText {
                    chapter: row.try_get("chapter").map_err(backend)?,
                    body: row.try_get("body").map_err(backend)?,
                    updated_by: row.try_get("updated_by").map_err(backend)?,
                    updated_at: row.try_get("updated_at").map_err(backend)?,
                })
            })
            .collect()
    }

    async fn save_chapter(&self, scope: &OrgScope, plan_id: i64, text: &ChapterText) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO plan_chapters (org_id, plan_id, chapter, body, updated_by, updated_at) \
             SELECT p.org_id, p.id, $1, $2, $3, $4 FROM plans p WHERE p.org_id = $5 AND p.id = $6 \
             ON CONFLICT (plan_id, chapter) DO UPDATE SET body = excluded.body, \
             updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(&text.chapter)
        .bind(&text.body)
        .bind(&text.updated_by)
        .bind(text.updated_at)
        .bind(scope.org_id())
        .bind(plan_id)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(done.rows_affected() == 1)
    }
}
