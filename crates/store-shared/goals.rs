// Goals and status reports, shared by both adapters (see plans.rs beside this file).

use async_trait::async_trait;
use forebygg_app::store::rows;
use forebygg_app::{GoalStore, OrgScope, StoreError, UnixTime};
use forebygg_domain::goals::{Goal, GoalFields};
use forebygg_domain::ids::{GoalId, MeasureId, PlanId, ReportId};
use forebygg_domain::measures::report::{StatusReport, StatusReportFields};
use sqlx::Row;

use super::common::{all, backend, change, found, id};
use crate::db::{Db, DbRow};

fn goal_row(row: &DbRow) -> Result<Goal, StoreError> {
    let doc: String = row.try_get("doc").map_err(backend)?;
    rows::goal(row.try_get("id").map_err(backend)?, row.try_get("plan_id").map_err(backend)?, &doc)
}

fn report_row(row: &DbRow) -> Result<StatusReport, StoreError> {
    let doc: String = row.try_get("doc").map_err(backend)?;
    Ok(StatusReport {
        id: id(row, "id", ReportId::new)?,
        measure_id: id(row, "measure_id", MeasureId::new)?,
        fields: rows::report(&doc)?,
        by: row.try_get("by_name").map_err(backend)?,
        at: row.try_get("at").map_err(backend)?,
    })
}

#[async_trait]
impl GoalStore for Db {
    async fn create_goal(&self, scope: &OrgScope, plan_id: PlanId, fields: &GoalFields) -> Result<Goal, StoreError> {
        let row = sqlx::query(
            "INSERT INTO goals (org_id, plan_id, doc) SELECT p.org_id, p.id, $1 FROM plans p \
             WHERE p.org_id = $2 AND p.id = $3 RETURNING id, plan_id, doc",
        )
        .bind(rows::json(fields)?)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        goal_row(&found(row, "plan")?)
    }

    async fn update_goal(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: GoalId,
        fields: &GoalFields,
    ) -> Result<(), StoreError> {
        change(
            sqlx::query("UPDATE goals SET doc = $1 WHERE org_id = $2 AND plan_id = $3 AND id = $4")
                .bind(rows::json(fields)?)
                .bind(scope.org_id().get())
                .bind(plan_id.get())
                .bind(id.get()),
            &self.pool,
            "update_goal",
        )
        .await
    }

    async fn goals(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Goal>, StoreError> {
        all(
            sqlx::query("SELECT id, plan_id, doc FROM goals WHERE org_id = $1 AND plan_id = $2 ORDER BY id")
                .bind(scope.org_id().get())
                .bind(plan_id.get()),
            &self.pool,
            goal_row,
        )
        .await
    }

    async fn add_report(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        measure_id: MeasureId,
        fields: &StatusReportFields,
        by: &str,
        at: UnixTime,
    ) -> Result<StatusReport, StoreError> {
        let row = sqlx::query(
            "INSERT INTO status_reports (org_id, plan_id, measure_id, doc, by_name, at) \
             SELECT m.org_id, m.plan_id, m.id, $1, $2, $3 FROM measures m \
             WHERE m.org_id = $4 AND m.plan_id = $5 AND m.id = $6 \
             RETURNING id, measure_id, doc, by_name, at",
        )
        .bind(rows::json(fields)?)
        .bind(by)
        .bind(at)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .bind(measure_id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        report_row(&found(row, "measure")?)
    }

    async fn reports(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<StatusReport>, StoreError> {
        all(
            sqlx::query(
                "SELECT id, measure_id, doc, by_name, at FROM status_reports \
                 WHERE org_id = $1 AND plan_id = $2 ORDER BY at, id",
            )
            .bind(scope.org_id().get())
            .bind(plan_id.get()),
            &self.pool,
            report_row,
        )
        .await
    }
}
