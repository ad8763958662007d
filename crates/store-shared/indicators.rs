// The knowledge base's indicators and observations, shared by both adapters (see
// plans.rs beside this file).

use std::collections::HashMap;

use async_trait::async_trait;
use forebygg_app::store::indicators::{Indicator, IndicatorKey, IndicatorMeta, IndicatorStore};
use forebygg_app::{OrgScope, StoreError};
use forebygg_domain::ids::IndicatorId;
use forebygg_domain::indicators::compare::Direction;
use forebygg_domain::indicators::{Flag, Observation, Region, Span};
use forebygg_domain::theme::Theme;
use sqlx::{QueryBuilder, Row};

use super::common::{all, backend, id};
use crate::db::{Db, DbKind, DbRow};

/// Rows per INSERT: 9 values each, well under both backends' limits on parameters.
const ROWS_PER_STATEMENT: usize = 1000;

fn region_code(r: &Region) -> &str {
    match r {
        Region::Country => "0",
        Region::County(c) | Region::Municipality(c) => c,
    }
}

fn observation_row(row: &DbRow) -> Result<Observation, StoreError> {
    observation_row_with(row, &mut HashMap::new())
}

/// Reads an observation; a table repeats a handful of breakdowns over thousands of
/// rows, so each is parsed once (`seen`).
fn observation_row_with(
    row: &DbRow,
    seen: &mut HashMap<String, Vec<(String, String)>>,
) -> Result<Observation, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("observation: {what}"));
    let region: String = row.try_get("region").map_err(backend)?;
    let breakdown: String = row.try_get("breakdown").map_err(backend)?;
    let flag: Option<String> = row.try_get("flag").map_err(backend)?;
    let breakdown = match seen.get(&breakdown) {
        Some(parsed) => parsed.clone(),
        None => {
            let parsed: Vec<(String, String)> = serde_json::from_str(&breakdown).map_err(|_| corrupt("breakdown"))?;
            seen.insert(breakdown, parsed.clone());
            parsed
        }
    };
    Ok(Observation {
        region: Region::parse(&region).ok_or_else(|| corrupt("region"))?,
        period: Span {
            from: row.try_get::<i32, _>("period_from").map_err(backend)?,
            to: row.try_get::<i32, _>("period_to").map_err(backend)?,
        },
        breakdown,
        measure: row.try_get("measure").map_err(backend)?,
        value: row.try_get("value").map_err(backend)?,
        flag: flag.map(|f| Flag::parse(&f).ok_or_else(|| corrupt("flag"))).transpose()?,
    })
}

fn meta_row(row: &DbRow) -> Result<IndicatorMeta, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("indicator: {what}"));
    let direction: String = row.try_get("direction").map_err(backend)?;
    let theme: Option<String> = row.try_get("theme").map_err(backend)?;
    Ok(IndicatorMeta {
        unit: row.try_get("unit").map_err(backend)?,
        direction: Direction::parse(&direction).ok_or_else(|| corrupt("direction"))?,
        theme: theme.map(|t| Theme::parse(&t).ok_or_else(|| corrupt("theme"))).transpose()?,
        position: row.try_get("position").map_err(backend)?,
    })
}

#[async_trait]
impl IndicatorStore for Db {
    async fn import_indicators(
        &self,
        scope: &OrgScope,
        data: &[(IndicatorKey, Vec<Observation>)],
    ) -> Result<usize, StoreError> {
        let org = scope.org_id().get();
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let mut written = 0;
        for (key, observations) in data {
            let existing: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM indicators WHERE org_id = $1 AND source = $2 AND label = $3 AND measure = $4",
            )
            .bind(org)
            .bind(&key.source)
            .bind(&key.label)
            .bind(&key.measure)
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?;
            let indicator = match existing {
                Some(id) => {
                    sqlx::query("UPDATE indicators SET measure_label = $1 WHERE id = $2")
                        .bind(&key.measure_label)
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                    sqlx::query("DELETE FROM observations WHERE indicator_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                    id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO indicators (org_id, source, label, measure, measure_label, unit) \
                     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(org)
                .bind(&key.source)
                .bind(&key.label)
                .bind(&key.measure)
                .bind(&key.measure_label)
                .fetch_one(&mut *tx)
                .await
                .map_err(backend)?,
            };
            let breakdowns = observations
                .iter()
                .map(|o| serde_json::to_string(&o.breakdown).map_err(|e| StoreError::Corrupt(e.to_string())))
                .collect::<Result<Vec<_>, _>>()?;
            for (chunk, breakdowns) in
                observations.chunks(ROWS_PER_STATEMENT).zip(breakdowns.chunks(ROWS_PER_STATEMENT))
            {
                let mut insert = QueryBuilder::<DbKind>::new(
                    "INSERT INTO observations (indicator_id, org_id, region, period_from, period_to, breakdown, \
                     value, flag) ",
                );
                insert.push_values(chunk.iter().zip(breakdowns), |mut row, (o, breakdown)| {
                    // A value and a flag never go together: the flag wins.
                    let value = if o.flag.is_some() { None } else { o.value };
                    let flag = o.flag.or(if value.is_none() { Some(Flag::Missing) } else { None });
                    row.push_bind(indicator)
                        .push_bind(org)
                        .push_bind(region_code(&o.region).to_owned())
                        .push_bind(o.period.from)
                        .push_bind(o.period.to)
                        .push_bind(breakdown)
                        .push_bind(value)
                        .push_bind(flag.map(Flag::code));
                });
                written += insert.build().execute(&mut *tx).await.map_err(backend)?.rows_affected() as usize;
            }
        }
        tx.commit().await.map_err(backend)?;
        Ok(written)
    }

    async fn indicators(&self, scope: &OrgScope) -> Result<Vec<Indicator>, StoreError> {
        all(
            sqlx::query(
                "SELECT i.id, i.source, i.label, i.measure, i.measure_label, i.unit, i.direction, i.theme, \
                 i.position, \
                 (SELECT COUNT(*) FROM observations o WHERE o.indicator_id = i.id) AS n \
                 FROM indicators i WHERE i.org_id = $1 ORDER BY i.source, i.label, i.measure",
            )
            .bind(scope.org_id().get()),
            &self.pool,
            |row| {
                Ok(Indicator {
                    id: id(row, "id", IndicatorId::new)?,
                    key: IndicatorKey {
                        source: row.try_get("source").map_err(backend)?,
                        label: row.try_get("label").map_err(backend)?,
                        measure: row.try_get("measure").map_err(backend)?,
                        measure_label: row.try_get("measure_label").map_err(backend)?,
                    },
                    meta: meta_row(row)?,
                    observations: row.try_get::<i64, _>("n").map_err(backend)? as usize,
                })
            },
        )
        .await
    }

    async fn observations(&self, scope: &OrgScope, indicator: IndicatorId) -> Result<Vec<Observation>, StoreError> {
        all(
            sqlx::query(
                "SELECT o.region, o.period_from, o.period_to, o.breakdown, o.value, o.flag, i.measure \
                 FROM observations o JOIN indicators i ON i.id = o.indicator_id \
                 WHERE o.org_id = $1 AND i.org_id = $1 AND o.indicator_id = $2 \
                 ORDER BY o.region, o.period_from, o.period_to, o.breakdown",
            )
            .bind(scope.org_id().get())
            .bind(indicator.get()),
            &self.pool,
            observation_row,
        )
        .await
    }

    async fn observations_of(
        &self,
        scope: &OrgScope,
        indicator: IndicatorId,
        regions: &[String],
    ) -> Result<Vec<Observation>, StoreError> {
        let mut query = QueryBuilder::<DbKind>::new(
            "SELECT o.region, o.period_from, o.period_to, o.breakdown, o.value, o.flag, i.measure \
             FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE o.org_id = ",
        );
        query.push_bind(scope.org_id().get()).push(" AND i.org_id = ").push_bind(scope.org_id().get());
        query.push(" AND o.indicator_id = ").push_bind(indicator.get()).push(" AND o.region IN (");
        let mut list = query.separated(", ");
        for r in regions {
            list.push_bind(r.clone());
        }
        if regions.is_empty() {
            list.push_bind(String::new());
        }
        query.push(") ORDER BY o.region, o.period_from, o.period_to, o.breakdown");
        let rows = query.build().fetch_all(&self.pool).await.map_err(backend)?;
        let mut seen = HashMap::new();
        rows.iter().map(|row| observation_row_with(row, &mut seen)).collect()
    }

    async fn observations_at(
        &self,
        scope: &OrgScope,
        indicator: IndicatorId,
        regions: &[String],
        breakdown: &[(String, String)],
        period: Span,
    ) -> Result<Vec<Observation>, StoreError> {
        let breakdown = serde_json::to_string(breakdown).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut query = QueryBuilder::<DbKind>::new(
            "SELECT o.region, o.period_from, o.period_to, o.breakdown, o.value, o.flag, i.measure \
             FROM observations o JOIN indicators i ON i.id = o.indicator_id WHERE o.org_id = ",
        );
        query.push_bind(scope.org_id().get()).push(" AND i.org_id = ").push_bind(scope.org_id().get());
        query.push(" AND o.indicator_id = ").push_bind(indicator.get());
        query.push(" AND o.period_from = ").push_bind(period.from).push(" AND o.period_to = ").push_bind(period.to);
        query.push(" AND o.breakdown = ").push_bind(breakdown).push(" AND o.region IN (");
        let mut list = query.separated(", ");
        for r in regions {
            list.push_bind(r.clone());
        }
        if regions.is_empty() {
            list.push_bind(String::new());
        }
        query.push(") ORDER BY o.region");
        let rows = query.build().fetch_all(&self.pool).await.map_err(backend)?;
        let mut seen = HashMap::new();
        rows.iter().map(|row| observation_row_with(row, &mut seen)).collect()
    }

    async fn set_indicator_meta(
        &self,
        scope: &OrgScope,
        indicator: IndicatorId,
        meta: &IndicatorMeta,
    ) -> Result<(), StoreError> {
        let changed = sqlx::query(
            "UPDATE indicators SET unit = $1, direction = $2, theme = $3, position = $4 WHERE id = $5 AND org_id = $6",
        )
        .bind(&meta.unit)
        .bind(meta.direction.as_str())
        .bind(meta.theme.map(Theme::as_str))
        .bind(meta.position)
        .bind(indicator.get())
        .bind(scope.org_id().get())
        .execute(&self.pool)
        .await
        .map_err(backend)?
        .rows_affected();
        if changed == 0 { Err(StoreError::not_found(format!("indicator {}", indicator.get()))) } else { Ok(()) }
    }

    async fn challenge_picture(&self, scope: &OrgScope) -> Result<Option<String>, StoreError> {
        sqlx::query_scalar("SELECT text FROM challenge_pictures WHERE org_id = $1")
            .bind(scope.org_id().get())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)
    }

    async fn set_challenge_picture(&self, scope: &OrgScope, text: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO challenge_pictures (org_id, text) VALUES ($1, $2) \
             ON CONFLICT (org_id) DO UPDATE SET text = excluded.text",
        )
        .bind(scope.org_id().get())
        .bind(text)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }
}
