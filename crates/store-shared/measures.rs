// The register of measures, shared by both adapters (see plans.rs beside this file).
// An import arrives as thousands of rows at once: they are written in one transaction,
// several hundred rows per INSERT statement.

use async_trait::async_trait;
use forebygg_app::store::rows;
use forebygg_app::{ImportCount, MeasureStore, OrgScope, StoreError};
use forebygg_domain::ids::{MeasureId, OrgId, PlanId};
use forebygg_domain::measures::{Measure, MeasureFields};
use sqlx::{QueryBuilder, Row};

use super::common::{all, backend, change, found, json_rows};
use crate::db::{Db, DbKind, DbRow};

/// Rows per INSERT: 5 parameters each, well inside both backends' limits.
const ROWS_PER_STATEMENT: usize = 500;

fn measure_row(row: &DbRow) -> Result<Measure, StoreError> {
    let doc: String = row.try_get("doc").map_err(backend)?;
    rows::measure(row.try_get("id").map_err(backend)?, row.try_get("plan_id").map_err(backend)?, &doc)
}

/// The organisation joined to a measure as `o` (`o.id AS o_id`, code, kind, name,
/// county, shares).
fn joined_organisation(row: &DbRow) -> Result<forebygg_domain::Organisation, StoreError> {
    rows::organisation(
        row.try_get("o_id").map_err(backend)?,
        row.try_get("code").map_err(backend)?,
        row.try_get("kind").map_err(backend)?,
        row.try_get("name").map_err(backend)?,
        row.try_get("county").map_err(backend)?,
        row.try_get("shares").map_err(backend)?,
    )
}

#[async_trait]
impl MeasureStore for Db {
    async fn insert_measures(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        measures: &[MeasureFields],
    ) -> Result<u64, StoreError> {
        Ok(self.import_measures(scope, plan_id, measures, &[]).await?.added)
    }

    async fn import_measures(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        new: &[MeasureFields],
        changed: &[(MeasureId, MeasureFields)],
    ) -> Result<ImportCount, StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let owned: Option<i64> = sqlx::query_scalar("SELECT id FROM plans WHERE org_id = $1 AND id = $2")
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?;
        found(owned, "plan")?;
        let docs = new.iter().map(rows::measure_json).collect::<Result<Vec<_>, _>>()?;
        let mut added = 0;
        for (chunk, docs) in new.chunks(ROWS_PER_STATEMENT).zip(docs.chunks(ROWS_PER_STATEMENT)) {
            let mut insert = QueryBuilder::<DbKind>::new("INSERT INTO measures (org_id, plan_id, name, owner, doc) ");
            insert.push_values(chunk.iter().zip(docs), |mut row, (m, doc)| {
                row.push_bind(scope.org_id().get())
                    .push_bind(plan_id.get())
                    .push_bind(&m.name)
                    .push_bind(&m.owner)
                    .push_bind(doc);
            });
            added += insert.build().execute(&mut *tx).await.map_err(backend)?.rows_affected();
        }
        for (id, fields) in changed {
            let done = sqlx::query(
                "UPDATE measures SET name = $1, owner = $2, doc = $3 WHERE org_id = $4 AND plan_id = $5 AND id = $6",
            )
            .bind(&fields.name)
            .bind(&fields.owner)
            .bind(rows::measure_json(fields)?)
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
            // A measure removed since the file was read: nothing is written.
            if done.rows_affected() != 1 {
                return Err(StoreError::not_found("measure"));
            }
        }
        tx.commit().await.map_err(backend)?;
        Ok(ImportCount { added, changed: changed.len() as u64 })
    }

    async fn measures(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Measure>, StoreError> {
        all(
            sqlx::query("SELECT id, plan_id, doc FROM measures WHERE org_id = $1 AND plan_id = $2 ORDER BY id")
                .bind(scope.org_id().get())
                .bind(plan_id.get()),
            &self.pool,
            measure_row,
        )
        .await
    }

    async fn share_measure(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: MeasureId,
        shared: bool,
        at: forebygg_app::UnixTime,
    ) -> Result<(), StoreError> {
        let query = sqlx::query("UPDATE measures SET shared_at = $1 WHERE org_id = $2 AND plan_id = $3 AND id = $4")
            .bind(shared.then_some(at))
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .bind(id.get());
        change(query, &self.pool, "measure").await
    }

    async fn shared_measures(&self) -> Result<Vec<(forebygg_domain::Organisation, Measure)>, StoreError> {
        let query = sqlx::query(
            "SELECT m.id, m.plan_id, m.doc, o.id AS o_id, o.code, o.kind, o.name, o.county, o.shares \
             FROM measures m JOIN organisations o ON o.id = m.org_id \
             WHERE m.shared_at IS NOT NULL ORDER BY m.shared_at DESC, m.id DESC",
        );
        all(query, &self.pool, |row| Ok((joined_organisation(row)?, measure_row(row)?))).await
    }

    async fn measure_participants(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
    ) -> Result<Vec<(MeasureId, forebygg_domain::Organisation)>, StoreError> {
        let query = sqlx::query(
            "SELECT p.measure_id, o.id AS o_id, o.code, o.kind, o.name, o.county, o.shares \
             FROM measure_participants p JOIN measures m ON m.id = p.measure_id \
             JOIN organisations o ON o.id = p.municipality_id \
             WHERE p.host_id = $1 AND m.org_id = $1 AND m.plan_id = $2 ORDER BY p.measure_id, o.code",
        )
        .bind(scope.org_id().get())
        .bind(plan_id.get());
        all(query, &self.pool, |row| {
            Ok((MeasureId::new(row.try_get("measure_id").map_err(backend)?), joined_organisation(row)?))
        })
        .await
    }

    async fn set_measure_participants(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: MeasureId,
        municipalities: &[OrgId],
    ) -> Result<(), StoreError> {
        let host = scope.org_id();
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let mine = sqlx::query("SELECT id FROM measures WHERE org_id = $1 AND plan_id = $2 AND id = $3")
            .bind(host.get())
            .bind(plan_id.get())
            .bind(id.get())
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?;
        found(mine, "measure")?;
        sqlx::query("DELETE FROM measure_participants WHERE host_id = $1 AND measure_id = $2")
            .bind(host.get())
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        let mut done: Vec<OrgId> = Vec::new();
        for m in municipalities.iter().filter(|m| **m != host) {
            if done.contains(m) {
                continue;
            }
            sqlx::query("INSERT INTO measure_participants (measure_id, host_id, municipality_id) VALUES ($1, $2, $3)")
                .bind(id.get())
                .bind(host.get())
                .bind(m.get())
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
            done.push(*m);
        }
        tx.commit().await.map_err(backend)
    }

    async fn hosted_measures(
        &self,
        scope: &OrgScope,
        plan_type: &str,
    ) -> Result<Vec<(forebygg_domain::Organisation, Measure)>, StoreError> {
        let query = sqlx::query(
            "SELECT m.id, m.plan_id, m.doc, o.id AS o_id, o.code, o.kind, o.name, o.county, o.shares \
             FROM measure_participants p JOIN measures m ON m.id = p.measure_id AND m.org_id = p.host_id \
             JOIN plans pl ON pl.id = m.plan_id JOIN organisations o ON o.id = p.host_id \
             WHERE p.municipality_id = $1 AND pl.plan_type = $2 ORDER BY o.code, m.id",
        )
        .bind(scope.org_id().get())
        .bind(plan_type);
        all(query, &self.pool, |row| Ok((joined_organisation(row)?, measure_row(row)?))).await
    }

    async fn measure_library(
        &self,
        scope: &OrgScope,
        id: MeasureId,
    ) -> Result<(bool, Option<(Option<String>, String)>), StoreError> {
        let row = sqlx::query(
            "SELECT m.shared_at, m.origin_org_id, m.origin_name, o.name AS origin_org \
             FROM measures m LEFT JOIN organisations o ON o.id = m.origin_org_id \
             WHERE m.org_id = $1 AND m.id = $2",
        )
        .bind(scope.org_id().get())
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        let row = found(row, "measure")?;
        let shared: Option<i64> = row.try_get("shared_at").map_err(backend)?;
        let name: String = row.try_get("origin_name").map_err(backend)?;
        let org: Option<String> = row.try_get("origin_org").map_err(backend)?;
        Ok((shared.is_some(), (!name.is_empty()).then_some((org, name))))
    }

    async fn copy_measure(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &MeasureFields,
        origin: (OrgId, &str),
    ) -> Result<MeasureId, StoreError> {
        let row = sqlx::query(
            "INSERT INTO measures (org_id, plan_id, name, owner, doc, origin_org_id, origin_name) \
             SELECT p.org_id, p.id, $1, $2, $3, $4, $5 FROM plans p WHERE p.org_id = $6 AND p.id = $7 RETURNING id",
        )
        .bind(&fields.name)
        .bind(&fields.owner)
        .bind(rows::measure_json(fields)?)
        .bind(origin.0.get())
        .bind(origin.1)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        let id: i64 = found(row, "plan")?.try_get("id").map_err(backend)?;
        Ok(MeasureId::new(id))
    }

    async fn county_measures(&self, body: &OrgScope) -> Result<Vec<Measure>, StoreError> {
        let query = sqlx::query(concat!(
            "SELECT ",
            json_rows!("id, plan_id, doc"),
            " FROM measures WHERE org_id IN (",
            county_municipalities!(),
            ")"
        ))
        .bind(body.org_id().get());
        let gathered: Vec<(i64, i64, String)> = json_rows(query, &self.pool).await?;
        let mut measures =
            gathered.iter().map(|(id, plan, doc)| rows::measure(*id, *plan, doc)).collect::<Result<Vec<_>, _>>()?;
        measures.sort_by_key(|m| m.id);
        Ok(measures)
    }

    async fn update_measure(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: MeasureId,
        fields: &MeasureFields,
    ) -> Result<(), StoreError> {
        change(
            sqlx::query(
                "UPDATE measures SET name = $1, owner = $2, doc = $3 WHERE org_id = $4 AND plan_id = $5 AND id = $6",
            )
            .bind(&fields.name)
            .bind(&fields.owner)
            .bind(rows::measure_json(fields)?)
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .bind(id.get()),
            &self.pool,
            "update_measure",
        )
        .await
    }

    async fn delete_measure(&self, scope: &OrgScope, plan_id: PlanId, id: MeasureId) -> Result<(), StoreError> {
        change(
            sqlx::query("DELETE FROM measures WHERE org_id = $1 AND plan_id = $2 AND id = $3")
                .bind(scope.org_id().get())
                .bind(plan_id.get())
                .bind(id.get()),
            &self.pool,
            "delete_measure",
        )
        .await
    }

    async fn header_mappings(&self, scope: &OrgScope) -> Result<Vec<(String, String)>, StoreError> {
        all(
            sqlx::query("SELECT header, column_code FROM header_mappings WHERE org_id = $1 ORDER BY header")
                .bind(scope.org_id().get()),
            &self.pool,
            |row| Ok((row.try_get("header").map_err(backend)?, row.try_get("column_code").map_err(backend)?)),
        )
        .await
    }

    async fn remember_header_mappings(&self, scope: &OrgScope, pairs: &[(String, String)]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        for (header, column) in pairs {
            sqlx::query(
                "INSERT INTO header_mappings (org_id, header, column_code) VALUES ($1, $2, $3) \
                 ON CONFLICT (org_id, header) DO UPDATE SET column_code = excluded.column_code",
            )
            .bind(scope.org_id().get())
            .bind(header)
            .bind(column)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        }
        tx.commit().await.map_err(backend)
    }
}
