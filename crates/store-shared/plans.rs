// Plans, links, programmes and activities: the SQL and row mapping shared by the SQLite
// and PostgreSQL adapters. Written in the dialect both accept ($n placeholders, RETURNING,
// ON CONFLICT); each adapter includes this file with `Db` and `DbRow` naming its own
// store and row types, so the SQL exists once and is compiled, and tested, for both.
// Every query is filtered by the scope's organisation.

use async_trait::async_trait;
use forebygg_app::store::rows::{self, ActivityColumns};
use forebygg_app::{OrgScope, PlanStore, StoreError};
use forebygg_domain::Organisation;
use forebygg_domain::ids::{ActivityId, PlanId};
use forebygg_domain::plan::activity::ActivityFields;
use forebygg_domain::plan::process::HearingState;
use forebygg_domain::plan::{Activity, LinkKind, Plan, PlanFields, Programme};
use forebygg_domain::timeline::NorDate;
use sqlx::Row;

use super::common::{all, backend, change, found, json_bool, json_rows};
use crate::db::{Db, DbRow};

macro_rules! plan_columns {
    () => {
        "id, org_id, plan_type, title, phase, period_from, period_to, under_pbl"
    };
}

/// The same columns of a plan joined as `p`.
macro_rules! joined_plan_columns {
    () => {
        "p.id, p.org_id, p.plan_type, p.title, p.phase, p.period_from, p.period_to, p.under_pbl"
    };
}

macro_rules! activity_columns {
    () => {
        "id, plan_id, kind, title, start_date, end_date, responsible, body, done, justification, hearing_state"
    };
}

fn plan_row(row: &DbRow) -> Result<Plan, StoreError> {
    rows::plan(
        row.try_get("id").map_err(backend)?,
        row.try_get("org_id").map_err(backend)?,
        row.try_get("plan_type").map_err(backend)?,
        row.try_get("title").map_err(backend)?,
        row.try_get("phase").map_err(backend)?,
        (row.try_get("period_from").map_err(backend)?, row.try_get("period_to").map_err(backend)?),
        row.try_get("under_pbl").map_err(backend)?,
    )
}

fn activity_row(row: &DbRow) -> Result<Activity, StoreError> {
    rows::activity(ActivityColumns {
        id: row.try_get("id").map_err(backend)?,
        plan_id: row.try_get("plan_id").map_err(backend)?,
        kind: row.try_get("kind").map_err(backend)?,
        title: row.try_get("title").map_err(backend)?,
        start: row.try_get("start_date").map_err(backend)?,
        end: row.try_get("end_date").map_err(backend)?,
        responsible: row.try_get("responsible").map_err(backend)?,
        body: row.try_get("body").map_err(backend)?,
        hearing_state: row.try_get("hearing_state").map_err(backend)?,
        done: row.try_get("done").map_err(backend)?,
        justification: row.try_get("justification").map_err(backend)?,
    })
}

#[async_trait]
impl PlanStore for Db {
    async fn plans(&self, scope: &OrgScope) -> Result<Vec<Plan>, StoreError> {
        all(
            sqlx::query(concat!("SELECT ", plan_columns!(), " FROM plans WHERE org_id = $1 ORDER BY id DESC"))
                .bind(scope.org_id().get()),
            &self.pool,
            plan_row,
        )
        .await
    }

    async fn plan(&self, scope: &OrgScope, id: PlanId) -> Result<Plan, StoreError> {
        let row = sqlx::query(concat!("SELECT ", plan_columns!(), " FROM plans WHERE org_id = $1 AND id = $2"))
            .bind(scope.org_id().get())
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        plan_row(&found(row, "plan")?)
    }

    async fn plans_with_hearing_on(&self, day: NorDate) -> Result<Vec<(Organisation, Plan)>, StoreError> {
        let day = rows::iso(day);
        let rows = sqlx::query(concat!(
            "SELECT DISTINCT o.id AS o_id, o.code, o.kind, o.name, o.county, o.shares, ",
            joined_plan_columns!(),
            " FROM activities a JOIN plans p ON p.id = a.plan_id JOIN organisations o ON o.id = p.org_id \
             WHERE a.kind IN ('programme_hearing', 'draft_hearing') AND a.hearing_state IS NOT NULL \
             AND a.start_date <= $1 AND a.end_date >= $1 \
             ORDER BY o.code, p.id"
        ))
        .bind(day)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                let org = rows::organisation(
                    row.try_get("o_id").map_err(backend)?,
                    row.try_get("code").map_err(backend)?,
                    row.try_get("kind").map_err(backend)?,
                    row.try_get("name").map_err(backend)?,
                    row.try_get("county").map_err(backend)?,
                    row.try_get("shares").map_err(backend)?,
                )?;
                Ok((org, plan_row(row)?))
            })
            .collect()
    }

    async fn county_plans(&self, body: &OrgScope) -> Result<(Vec<Plan>, Vec<Activity>), StoreError> {
        let plans = sqlx::query(concat!(
            "SELECT ",
            plan_columns!(),
            " FROM plans WHERE org_id IN (",
            county_municipalities!(),
            ") ORDER BY org_id, id DESC"
        ))
        .bind(body.org_id().get());
        let activities = sqlx::query(concat!(
            "SELECT ",
            json_rows!(activity_columns!()),
            " FROM activities WHERE org_id IN (",
            county_municipalities!(),
            ")"
        ))
        .bind(body.org_id().get());
        // The columns of `activity_columns!` in order.
        type Gathered = (
            i64,
            i64,
            String,
            String,
            String,
            Option<String>,
            String,
            Option<String>,
            serde_json::Value,
            String,
            Option<String>,
        );
        let gathered: Vec<Gathered> = json_rows(activities, &self.pool).await?;
        let mut activities = gathered
            .into_iter()
            .map(|(id, plan_id, kind, title, start, end, responsible, body, done, justification, hearing_state)| {
                rows::activity(ActivityColumns {
                    id,
                    plan_id,
                    kind: &kind,
                    title,
                    start: &start,
                    end: end.as_deref(),
                    responsible,
                    body: body.as_deref(),
                    hearing_state,
                    done: json_bool(&done),
                    justification,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        activities.sort_by_key(|a| (a.fields.start, a.id));
        Ok((all(plans, &self.pool, plan_row).await?, activities))
    }

    async fn all_plans(&self) -> Result<Vec<Plan>, StoreError> {
        all(sqlx::query(concat!("SELECT ", plan_columns!(), " FROM plans ORDER BY org_id, id")), &self.pool, plan_row)
            .await
    }

    async fn create_plan(
        &self,
        scope: &OrgScope,
        fields: &PlanFields,
        programme: &Programme,
    ) -> Result<Plan, StoreError> {
        let row = sqlx::query(concat!(
            "INSERT INTO plans (org_id, plan_type, title, phase, period_from, period_to, under_pbl, programme, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ",
            plan_columns!()
        ))
        .bind(scope.org_id().get())
        .bind(&fields.plan_type)
        .bind(&fields.title)
        .bind(fields.phase.as_str())
        .bind(fields.period.map(|p| i64::from(p.from)))
        .bind(fields.period.map(|p| i64::from(p.to)))
        .bind(fields.under_pbl)
        .bind(rows::programme_json(programme)?)
        .bind(forebygg_app::now())
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        plan_row(&row)
    }

    async fn update_plan(&self, scope: &OrgScope, id: PlanId, fields: &PlanFields) -> Result<(), StoreError> {
        change(sqlx::query(
            "UPDATE plans SET plan_type = $1, title = $2, phase = $3, period_from = $4, period_to = $5, under_pbl = $6 \
             WHERE org_id = $7 AND id = $8",
        )
        .bind(&fields.plan_type)
        .bind(&fields.title)
        .bind(fields.phase.as_str())
        .bind(fields.period.map(|p| i64::from(p.from)))
        .bind(fields.period.map(|p| i64::from(p.to)))
        .bind(fields.under_pbl)
        .bind(scope.org_id().get())
        .bind(id.get()), &self.pool, "update_plan").await
    }

    async fn programme(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Programme, StoreError> {
        let json: Option<String> = sqlx::query_scalar("SELECT programme FROM plans WHERE org_id = $1 AND id = $2")
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        rows::programme(&found(json, "plan")?)
    }

    async fn save_programme(&self, scope: &OrgScope, plan_id: PlanId, programme: &Programme) -> Result<(), StoreError> {
        change(
            sqlx::query("UPDATE plans SET programme = $1 WHERE org_id = $2 AND id = $3")
                .bind(rows::programme_json(programme)?)
                .bind(scope.org_id().get())
                .bind(plan_id.get()),
            &self.pool,
            "save_programme",
        )
        .await
    }

    async fn links(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<(LinkKind, Plan)>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT l.kind, ",
            joined_plan_columns!(),
            " FROM plan_links l JOIN plans p ON p.id = l.to_plan \
             WHERE l.org_id = $1 AND l.from_plan = $2 ORDER BY p.title"
        ))
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                let kind: &str = row.try_get("kind").map_err(backend)?;
                let kind = LinkKind::parse(kind).ok_or_else(|| StoreError::Corrupt(format!("link kind '{kind}'")))?;
                Ok((kind, plan_row(row)?))
            })
            .collect()
    }

    async fn add_link(&self, scope: &OrgScope, from: PlanId, to: PlanId, kind: LinkKind) -> Result<(), StoreError> {
        change(
            sqlx::query(
                "INSERT INTO plan_links (org_id, from_plan, to_plan, kind) \
                 SELECT $1, a.id, b.id, $4 FROM plans a, plans b \
             WHERE a.id = $2 AND b.id = $3 AND a.org_id = $1 AND b.org_id = $1 AND a.id <> b.id \
             ON CONFLICT (from_plan, to_plan) DO UPDATE SET kind = excluded.kind",
            )
            .bind(scope.org_id().get())
            .bind(from.get())
            .bind(to.get())
            .bind(kind.as_str()),
            &self.pool,
            "add_link",
        )
        .await
    }

    async fn remove_link(&self, scope: &OrgScope, from: PlanId, to: PlanId) -> Result<(), StoreError> {
        change(
            sqlx::query("DELETE FROM plan_links WHERE org_id = $1 AND from_plan = $2 AND to_plan = $3")
                .bind(scope.org_id().get())
                .bind(from.get())
                .bind(to.get()),
            &self.pool,
            "remove_link",
        )
        .await
    }

    async fn activities(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Activity>, StoreError> {
        all(
            sqlx::query(concat!(
                "SELECT ",
                activity_columns!(),
                " FROM activities WHERE org_id = $1 AND plan_id = $2 ORDER BY start_date, id"
            ))
            .bind(scope.org_id().get())
            .bind(plan_id.get()),
            &self.pool,
            activity_row,
        )
        .await
    }

    async fn create_activity(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        f: &ActivityFields,
    ) -> Result<Activity, StoreError> {
        let row = sqlx::query(concat!(
            "INSERT INTO activities (org_id, plan_id, kind, title, start_date, end_date, responsible, body, done, justification) \
             SELECT p.org_id, p.id, $1, $2, $3, $4, $5, $6, $7, $8 FROM plans p WHERE p.org_id = $9 AND p.id = $10 RETURNING ",
            activity_columns!()
        ))
        .bind(f.kind.as_str())
        .bind(&f.title)
        .bind(rows::iso(f.start))
        .bind(f.end.map(rows::iso))
        .bind(&f.responsible)
        .bind(f.body.map(|b| b.as_str()))
        .bind(f.done)
        .bind(&f.justification)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        activity_row(&found(row, "plan")?)
    }

    async fn update_activity(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: ActivityId,
        f: &ActivityFields,
    ) -> Result<(), StoreError> {
        change(sqlx::query(
            "UPDATE activities SET kind = $1, title = $2, start_date = $3, end_date = $4, responsible = $5, body = $6, \
             done = $7, justification = $8 WHERE org_id = $9 AND plan_id = $10 AND id = $11",
        )
        .bind(f.kind.as_str())
        .bind(&f.title)
        .bind(rows::iso(f.start))
        .bind(f.end.map(rows::iso))
        .bind(&f.responsible)
        .bind(f.body.map(|b| b.as_str()))
        .bind(f.done)
        .bind(&f.justification)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .bind(id.get()), &self.pool, "update_activity").await
    }

    async fn set_hearing_state(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: ActivityId,
        state: &HearingState,
    ) -> Result<(), StoreError> {
        change(
            sqlx::query(
                "UPDATE activities SET hearing_state = $1 WHERE org_id = $2 AND plan_id = $3 AND id = $4 \
                 AND kind IN ('programme_hearing', 'draft_hearing')",
            )
            .bind(rows::json(state)?)
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .bind(id.get()),
            &self.pool,
            "set_hearing_state",
        )
        .await
    }

    async fn delete_activity(&self, scope: &OrgScope, plan_id: PlanId, id: ActivityId) -> Result<(), StoreError> {
        change(
            sqlx::query("DELETE FROM activities WHERE org_id = $1 AND plan_id = $2 AND id = $3")
                .bind(scope.org_id().get())
                .bind(plan_id.get())
                .bind(id.get()),
            &self.pool,
            "delete_activity",
        )
        .await
    }
}
