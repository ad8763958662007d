// Surveys, their anonymous answers and class codes, shared by both adapters (see
// plans.rs beside this file).

use async_trait::async_trait;
use chrono::NaiveDate;
use forebygg_app::store::rows;
use forebygg_app::{AnswerRefused, ClassCode, OrgScope, PublicSurvey, StoreError, SurveyRecord, SurveyStore};
use forebygg_domain::ids::{OrgId, PlanId, SurveyId};
use forebygg_domain::survey::Survey;
use forebygg_domain::survey::answer::Answers;
use forebygg_domain::survey::suppression::Rules;
use futures_util::TryStreamExt;
use sqlx::Row;

use super::common::{all, backend, id};
use crate::db::{Db, DbPool, DbRow};

/// A survey's columns and its number of answers, then the rest of the query.
macro_rules! select_surveys {
    ($rest:literal) => {
        concat!(
            "SELECT s.id, s.org_id, s.plan_id, s.token, s.doc, \
             (SELECT COUNT(*) FROM survey_answers a WHERE a.survey_id = s.id) AS n FROM surveys s ",
            $rest
        )
    };
}

fn parse(doc: &str) -> Result<Survey, StoreError> {
    serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("survey: {e}")))
}

fn survey_row(row: &DbRow) -> Result<SurveyRecord, StoreError> {
    let doc: String = row.try_get("doc").map_err(backend)?;
    Ok(SurveyRecord {
        id: id(row, "id", SurveyId::new)?,
        org_id: id(row, "org_id", OrgId::new)?,
        plan_id: id(row, "plan_id", PlanId::new)?,
        token: row.try_get("token").map_err(backend)?,
        survey: parse(&doc)?,
        answers: row.try_get::<i64, _>("n").map_err(backend)?.max(0) as u64,
    })
}

/// An answer waiting for the writer.
pub(crate) struct AnswerJob {
    token: String,
    code: Option<String>,
    key: String,
    day: String,
    answers: String,
}

/// The writer of survey answers: a class's burst of answers shares one commit.
pub(crate) type AnswerWriter = super::group_commit::Writer<AnswerJob, Result<(), AnswerRefused>>;

/// Starts the writer of survey answers on the current Tokio runtime.
pub(crate) fn answer_writer(pool: DbPool) -> AnswerWriter {
    AnswerWriter::start(pool, "survey answer", |pool, batch| Box::pin(write_answers(pool, batch)))
}

/// Each answer uses up its code (if any) and is stored, in one transaction for the
/// batch. Every statement writes, the first one included: SQLite takes the write lock
/// at once instead of failing to upgrade a read.
async fn write_answers(pool: &DbPool, batch: &[AnswerJob]) -> Result<Vec<Result<(), AnswerRefused>>, StoreError> {
    let mut tx = pool.begin().await.map_err(backend)?;
    let mut done = Vec::with_capacity(batch.len());
    for job in batch {
        if let Some(code) = &job.code {
            let used = sqlx::query(
                "UPDATE survey_codes SET used = TRUE WHERE code = $1 AND NOT used \
                 AND survey_id = (SELECT id FROM surveys WHERE token = $2)",
            )
            .bind(code)
            .bind(&job.token)
            .execute(&mut *tx)
            .await
            .map_err(backend)?
            .rows_affected();
            if used != 1 {
                let known: Option<i64> = sqlx::query_scalar("SELECT id FROM surveys WHERE token = $1")
                    .bind(&job.token)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(backend)?;
                done.push(Err(if known.is_some() { AnswerRefused::Code } else { AnswerRefused::Survey }));
                continue;
            }
        }
        let stored = sqlx::query(
            "INSERT INTO survey_answers (survey_id, answer_key, day, answers) \
             SELECT id, $1, $2, $3 FROM surveys WHERE token = $4",
        )
        .bind(&job.key)
        .bind(&job.day)
        .bind(&job.answers)
        .bind(&job.token)
        .execute(&mut *tx)
        .await
        .map_err(backend)?
        .rows_affected();
        done.push(if stored == 1 { Ok(()) } else { Err(AnswerRefused::Survey) });
    }
    tx.commit().await.map_err(backend)?;
    Ok(done)
}

#[async_trait]
impl SurveyStore for Db {
    async fn create_survey(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        survey: &Survey,
        token: &str,
    ) -> Result<SurveyRecord, StoreError> {
        let row = sqlx::query(
            "INSERT INTO surveys (org_id, plan_id, token, doc) SELECT p.org_id, p.id, $1, $2 FROM plans p \
             WHERE p.org_id = $3 AND p.id = $4 RETURNING id",
        )
        .bind(token)
        .bind(rows::json(survey)?)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?
        .ok_or_else(|| StoreError::not_found(format!("plan {}", plan_id.get())))?;
        self.survey(scope, id(&row, "id", SurveyId::new)?).await
    }

    async fn surveys(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<SurveyRecord>, StoreError> {
        all(
            sqlx::query(select_surveys!("WHERE s.org_id = $1 AND s.plan_id = $2 ORDER BY s.id"))
                .bind(scope.org_id().get())
                .bind(plan_id.get()),
            &self.pool,
            survey_row,
        )
        .await
    }

    async fn survey(&self, scope: &OrgScope, id: SurveyId) -> Result<SurveyRecord, StoreError> {
        let row = sqlx::query(select_surveys!("WHERE s.org_id = $1 AND s.id = $2"))
            .bind(scope.org_id().get())
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?
            .ok_or_else(|| StoreError::not_found(format!("survey {}", id.get())))?;
        survey_row(&row)
    }

    async fn update_survey(&self, scope: &OrgScope, id: SurveyId, survey: &Survey) -> Result<(), StoreError> {
        let changed = sqlx::query("UPDATE surveys SET doc = $1 WHERE org_id = $2 AND id = $3")
            .bind(rows::json(survey)?)
            .bind(scope.org_id().get())
            .bind(id.get())
            .execute(&self.pool)
            .await
            .map_err(backend)?
            .rows_affected();
        if changed == 0 { Err(StoreError::not_found(format!("survey {}", id.get()))) } else { Ok(()) }
    }

    async fn survey_by_token(&self, token: &str) -> Result<Option<PublicSurvey>, StoreError> {
        let row = sqlx::query("SELECT token, doc FROM surveys WHERE token = $1")
            .bind(token)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        row.as_ref()
            .map(|row| {
                let doc: String = row.try_get("doc").map_err(backend)?;
                Ok(PublicSurvey { token: row.try_get("token").map_err(backend)?, survey: parse(&doc)? })
            })
            .transpose()
    }

    async fn add_codes(
        &self,
        scope: &OrgScope,
        id: SurveyId,
        class: &str,
        codes: &[String],
    ) -> Result<usize, StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let owned: Option<i64> = sqlx::query_scalar("SELECT id FROM surveys WHERE org_id = $1 AND id = $2")
            .bind(scope.org_id().get())
            .bind(id.get())
            .fetch_optional(&mut *tx)
            .await
            .map_err(backend)?;
        if owned.is_none() {
            return Err(StoreError::not_found(format!("survey {}", id.get())));
        }
        let mut added = 0;
        for code in codes {
            added += sqlx::query(
                "INSERT INTO survey_codes (survey_id, code, class) VALUES ($1, $2, $3) \
                 ON CONFLICT (survey_id, code) DO NOTHING",
            )
            .bind(id.get())
            .bind(code)
            .bind(class)
            .execute(&mut *tx)
            .await
            .map_err(backend)?
            .rows_affected() as usize;
        }
        tx.commit().await.map_err(backend)?;
        Ok(added)
    }

    async fn codes(&self, scope: &OrgScope, id: SurveyId) -> Result<Vec<ClassCode>, StoreError> {
        all(
            sqlx::query(
                "SELECT c.code, c.class, c.used FROM survey_codes c JOIN surveys s ON s.id = c.survey_id \
                 WHERE s.org_id = $1 AND s.id = $2 ORDER BY c.class, c.code",
            )
            .bind(scope.org_id().get())
            .bind(id.get()),
            &self.pool,
            |row| {
                Ok(ClassCode {
                    code: row.try_get("code").map_err(backend)?,
                    class: row.try_get("class").map_err(backend)?,
                    used: row.try_get("used").map_err(backend)?,
                })
            },
        )
        .await
    }

    async fn submit_answer(
        &self,
        token: &str,
        code: Option<&str>,
        key: &str,
        day: NaiveDate,
        answers: &Answers,
    ) -> Result<Result<(), AnswerRefused>, StoreError> {
        let job = AnswerJob {
            token: token.to_owned(),
            code: code.map(str::to_owned),
            key: key.to_owned(),
            day: day.format("%Y-%m-%d").to_string(),
            answers: rows::json(answers)?,
        };
        self.answers.submit(job).await
    }

    async fn survey_rules(&self, scope: &OrgScope) -> Result<Rules, StoreError> {
        let row = sqlx::query("SELECT survey_cell, survey_group FROM organisations WHERE id = $1")
            .bind(scope.org_id().get())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?
            .ok_or_else(|| StoreError::not_found("organisation"))?;
        let cell: i64 = row.try_get("survey_cell").map_err(backend)?;
        let group: i64 = row.try_get("survey_group").map_err(backend)?;
        // Rules::new keeps the floor even for a value changed behind the program's back.
        Ok(Rules::new(u32::try_from(cell).unwrap_or(u32::MAX), u32::try_from(group).unwrap_or(u32::MAX)))
    }

    async fn set_survey_rules(&self, scope: &OrgScope, rules: Rules) -> Result<(), StoreError> {
        sqlx::query("UPDATE organisations SET survey_cell = $1, survey_group = $2 WHERE id = $3")
            .bind(i64::from(rules.cell))
            .bind(i64::from(rules.group))
            .bind(scope.org_id().get())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn each_answer(
        &self,
        scope: &OrgScope,
        id: SurveyId,
        each: &mut (dyn FnMut(Answers) + Send),
    ) -> Result<(), StoreError> {
        let mut rows = sqlx::query(
            "SELECT a.answers FROM survey_answers a JOIN surveys s ON s.id = a.survey_id \
             WHERE s.org_id = $1 AND s.id = $2",
        )
        .bind(scope.org_id().get())
        .bind(id.get())
        .fetch(&self.pool);
        while let Some(row) = rows.try_next().await.map_err(backend)? {
            let doc: &str = row.try_get("answers").map_err(backend)?;
            each(serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("answer: {e}")))?);
        }
        Ok(())
    }
}
