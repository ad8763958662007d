// The register of inputs, shared by both adapters (see plans.rs beside this file).
//
// Inputs are written by one writer task that commits every waiting submission in one
// transaction (`group_commit`): a burst of responses shares one durable commit instead
// of each paying its own, and each sender is answered only after the commit.

use async_trait::async_trait;
use forebygg_app::store::rows::{self, InputColumns};
use forebygg_app::{
    AttachmentInfo, AuditEntry, Input, InputNumber, InputStore, InputTags, OrgScope, PendingReceipt, StoreError,
    UnixTime,
};
use forebygg_domain::Email;
use forebygg_domain::hearing::{Assessment, Attachment, ConferenceFields, DialogueConference, FileKind, InputFields};
use forebygg_domain::ids::{ActivityId, AttachmentId, ConferenceId, InputId, OrgId, PlanId, UserId};
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::dates::oslo_date;
use sqlx::Row;

use super::common::{all, backend, change, found, id};
use crate::db::{Db, DbPool, DbRow};

macro_rules! input_columns {
    () => {
        "id, plan_id, hearing_id, channel, body, sender_name, sender_organisation, sender_email, \
         name_may_be_published, receipt_token, received_at, decision, justification, change_ref, hidden_reason, \
         themes, chapters, measures, conference_id, conference_round, conference_group, sender_lang, ref_year, ref_seq"
    };
}

fn input_row(row: &DbRow) -> Result<Input, StoreError> {
    rows::input(InputColumns {
        id: row.try_get("id").map_err(backend)?,
        plan_id: row.try_get("plan_id").map_err(backend)?,
        hearing_id: row.try_get("hearing_id").map_err(backend)?,
        channel: row.try_get("channel").map_err(backend)?,
        body: row.try_get("body").map_err(backend)?,
        sender_name: row.try_get("sender_name").map_err(backend)?,
        sender_organisation: row.try_get("sender_organisation").map_err(backend)?,
        sender_email: row.try_get("sender_email").map_err(backend)?,
        name_may_be_published: row.try_get("name_may_be_published").map_err(backend)?,
        receipt_token: row.try_get("receipt_token").map_err(backend)?,
        received_at: row.try_get("received_at").map_err(backend)?,
        decision: row.try_get("decision").map_err(backend)?,
        justification: row.try_get("justification").map_err(backend)?,
        change_ref: row.try_get("change_ref").map_err(backend)?,
        hidden_reason: row.try_get("hidden_reason").map_err(backend)?,
        themes: row.try_get("themes").map_err(backend)?,
        chapters: row.try_get("chapters").map_err(backend)?,
        measures: row.try_get("measures").map_err(backend)?,
        origin: (
            row.try_get("conference_id").map_err(backend)?,
            row.try_get("conference_round").map_err(backend)?,
            row.try_get("conference_group").map_err(backend)?,
        ),
        sender_lang: row.try_get("sender_lang").map_err(backend)?,
        number: (row.try_get("ref_year").map_err(backend)?, row.try_get("ref_seq").map_err(backend)?),
    })
}

fn attachment_row(row: &DbRow) -> Result<AttachmentInfo, StoreError> {
    let kind: String = row.try_get("kind").map_err(backend)?;
    Ok(AttachmentInfo {
        id: id(row, "id", AttachmentId::new)?,
        input_id: id(row, "input_id", InputId::new)?,
        file_name: row.try_get("file_name").map_err(backend)?,
        kind: FileKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("attachment kind '{kind}'")))?,
        size: row.try_get("size").map_err(backend)?,
    })
}

fn conference_row(row: &DbRow) -> Result<DialogueConference, StoreError> {
    let doc: String = row.try_get("doc").map_err(backend)?;
    rows::conference(row.try_get("id").map_err(backend)?, row.try_get("plan_id").map_err(backend)?, &doc)
}

pub(crate) struct Job {
    org_id: OrgId,
    plan_id: PlanId,
    fields: InputFields,
    attachments: Vec<Attachment>,
    token: String,
    at: UnixTime,
}

/// The writer of inputs.
pub(crate) type Writer = super::group_commit::Writer<Job, Option<Input>>;

/// Starts the writer of inputs on the current Tokio runtime.
pub(crate) fn writer(pool: DbPool) -> Writer {
    Writer::start(pool, "input", |pool, batch| Box::pin(write(pool, batch)))
}

async fn write(pool: &DbPool, batch: &[Job]) -> Result<Vec<Option<Input>>, StoreError> {
    let mut tx = pool.begin().await.map_err(backend)?;
    let mut written = Vec::with_capacity(batch.len());
    for job in batch {
        let f = &job.fields;
        let row = sqlx::query(concat!(
            "INSERT INTO inputs (org_id, plan_id, hearing_id, channel, body, sender_name, sender_organisation, \
             sender_email, name_may_be_published, receipt_token, received_at, conference_id, conference_round, \
             conference_group, sender_lang, ref_year, ref_seq) \
             SELECT p.org_id, p.id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $12, $13, $14, $15, $16, \
             COALESCE((SELECT MAX(i.ref_seq) FROM inputs i WHERE i.plan_id = p.id AND i.ref_year = $16), 0) + 1 \
             FROM plans p WHERE p.org_id = $10 AND p.id = $11 \
             RETURNING ",
            input_columns!()
        ))
        .bind(f.hearing.map(ActivityId::get))
        .bind(f.channel.as_str())
        .bind(&f.text)
        .bind(f.sender.name.as_deref())
        .bind(f.sender.organisation.as_deref())
        .bind(f.sender.email.as_ref().map(|e| e.as_str()))
        .bind(f.sender.name_may_be_published)
        .bind(&job.token)
        .bind(job.at)
        .bind(job.org_id.get())
        .bind(job.plan_id.get())
        .bind(f.origin.map(|o| o.conference.get()))
        .bind(f.origin.map(|o| i64::from(o.round)))
        .bind(f.origin.map(|o| i64::from(o.group)))
        .bind(f.sender.lang.map(|l| l.code()))
        .bind(oslo_date(job.at).year())
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend)?;
        let input = row.as_ref().map(input_row).transpose()?;
        if let Some(input) = &input {
            for a in &job.attachments {
                sqlx::query(
                    "INSERT INTO input_attachments (org_id, plan_id, input_id, file_name, kind, size, content) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(job.org_id.get())
                .bind(job.plan_id.get())
                .bind(input.id.get())
                .bind(&a.file_name)
                .bind(a.kind.as_str())
                .bind(a.bytes.len() as i64)
                .bind(a.bytes.as_slice())
                .execute(&mut *tx)
                .await
                .map_err(backend)?;
            }
        }
        written.push(input);
    }
    tx.commit().await.map_err(backend)?;
    Ok(written)
}

#[async_trait]
impl InputStore for Db {
    async fn insert_input(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &InputFields,
        attachments: &[Attachment],
        receipt_token: &str,
        received_at: UnixTime,
    ) -> Result<Input, StoreError> {
        let job = Job {
            org_id: scope.org_id(),
            plan_id,
            fields: fields.clone(),
            attachments: attachments.to_vec(),
            token: receipt_token.to_owned(),
            at: received_at,
        };
        found(self.writer.submit(job).await?, "plan")
    }

    async fn inputs(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Input>, StoreError> {
        all(
            sqlx::query(concat!(
                "SELECT ",
                input_columns!(),
                " FROM inputs WHERE org_id = $1 AND plan_id = $2 ORDER BY received_at, id"
            ))
            .bind(scope.org_id().get())
            .bind(plan_id.get()),
            &self.pool,
            input_row,
        )
        .await
    }

    async fn assess_input(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: InputId,
        assessment: Option<&Assessment>,
    ) -> Result<(), StoreError> {
        change(
            sqlx::query(
                "UPDATE inputs SET decision = $1, justification = $2, change_ref = $3 \
                 WHERE org_id = $4 AND plan_id = $5 AND id = $6",
            )
            .bind(assessment.map(|a| a.decision.as_str()))
            .bind(assessment.map(|a| a.justification.as_str()).unwrap_or_default())
            .bind(assessment.map(|a| a.change.as_str()).unwrap_or_default())
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .bind(id.get()),
            &self.pool,
            "assess_input",
        )
        .await
    }

    async fn moderate_inputs(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        ids: &[InputId],
        hidden_reason: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        for id in ids {
            let done =
                sqlx::query("UPDATE inputs SET hidden_reason = $1 WHERE org_id = $2 AND plan_id = $3 AND id = $4")
                    .bind(hidden_reason)
                    .bind(scope.org_id().get())
                    .bind(plan_id.get())
                    .bind(id.get())
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
            if done.rows_affected() == 0 {
                // Dropping the transaction rolls back the inputs already hidden.
                return Err(StoreError::not_found("moderate_inputs"));
            }
        }
        tx.commit().await.map_err(backend)?;
        Ok(())
    }

    async fn tag_input(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: InputId,
        tags: InputTags<'_>,
    ) -> Result<(), StoreError> {
        let measures: Vec<String> = tags.measures.iter().map(|m| m.to_string()).collect();
        change(
            sqlx::query(
                "UPDATE inputs SET themes = $1, chapters = $2, measures = $3 \
                 WHERE org_id = $4 AND plan_id = $5 AND id = $6",
            )
            .bind(Theme::list_to_string(tags.themes))
            .bind(tags.chapters.join(","))
            .bind(measures.join(","))
            .bind(scope.org_id().get())
            .bind(plan_id.get())
            .bind(id.get()),
            &self.pool,
            "tag_input",
        )
        .await
    }

    async fn inputs_by_email(&self, scope: &OrgScope, email: &Email) -> Result<Vec<Input>, StoreError> {
        all(
            sqlx::query(concat!(
                "SELECT ",
                input_columns!(),
                " FROM inputs WHERE org_id = $1 AND sender_email = $2 ORDER BY received_at, id"
            ))
            .bind(scope.org_id().get())
            .bind(email.as_str()),
            &self.pool,
            input_row,
        )
        .await
    }

    async fn attachments(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<AttachmentInfo>, StoreError> {
        all(
            sqlx::query(
                "SELECT id, input_id, file_name, kind, size FROM input_attachments \
                 WHERE org_id = $1 AND plan_id = $2 ORDER BY id",
            )
            .bind(scope.org_id().get())
            .bind(plan_id.get()),
            &self.pool,
            attachment_row,
        )
        .await
    }

    async fn attachment(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: AttachmentId,
    ) -> Result<(AttachmentInfo, Vec<u8>), StoreError> {
        let row = sqlx::query(
            "SELECT id, input_id, file_name, kind, size, content FROM input_attachments \
             WHERE org_id = $1 AND plan_id = $2 AND id = $3",
        )
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        let row = found(row, "attachment")?;
        Ok((attachment_row(&row)?, row.try_get("content").map_err(backend)?))
    }

    async fn erase_sender(
        &self,
        scope: &OrgScope,
        email: &Email,
        actor: UserId,
        at: UnixTime,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        // The frozen versions that show these inputs' senders stop showing them: erasure
        // reaches every copy (the one change a version ever undergoes, logged below).
        let erased =
            sqlx::query("SELECT id, plan_id, ref_year, ref_seq FROM inputs WHERE org_id = $1 AND sender_email = $2")
                .bind(scope.org_id().get())
                .bind(email.as_str())
                .fetch_all(&mut *tx)
                .await
                .map_err(backend)?;
        // Each plan's versions name its inputs by the plan's own numbers (`2024-015`),
        // which repeat across plans; versions frozen before those numbers name them
        // `plan-input` (`5-123`). Both forms are matched, plan by plan.
        let mut plans: Vec<(i64, Vec<String>)> = Vec::new();
        for row in &erased {
            let (id, plan): (i64, i64) =
                (row.try_get("id").map_err(backend)?, row.try_get("plan_id").map_err(backend)?);
            let number = InputNumber {
                year: row.try_get("ref_year").map_err(backend)?,
                seq: row.try_get("ref_seq").map_err(backend)?,
            };
            let references = [number.to_string(), format!("{plan}-{id}")];
            match plans.iter_mut().find(|(p, _)| *p == plan) {
                Some((_, known)) => known.extend(references),
                None => plans.push((plan, references.to_vec())),
            }
        }
        let mut redacted = 0;
        for (plan, references) in plans {
            let versions = sqlx::query("SELECT id, doc FROM plan_versions WHERE org_id = $1 AND plan_id = $2")
                .bind(scope.org_id().get())
                .bind(plan)
                .fetch_all(&mut *tx)
                .await
                .map_err(backend)?;
            for row in versions {
                let doc: String = row.try_get("doc").map_err(backend)?;
                let (fields, mut snapshot) = rows::version(&doc)?;
                if snapshot.redact_senders(&references) {
                    let id: i64 = row.try_get("id").map_err(backend)?;
                    sqlx::query("UPDATE plan_versions SET doc = $1 WHERE org_id = $2 AND id = $3")
                        .bind(rows::json(&(fields, snapshot))?)
                        .bind(scope.org_id().get())
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(backend)?;
                    redacted += 1;
                }
            }
        }
        let files = sqlx::query(
            "DELETE FROM input_attachments WHERE org_id = $1 AND input_id IN \
             (SELECT id FROM inputs WHERE org_id = $1 AND sender_email = $2)",
        )
        .bind(scope.org_id().get())
        .bind(email.as_str())
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        let done = sqlx::query(
            "UPDATE inputs SET sender_name = NULL, sender_organisation = NULL, sender_email = NULL, sender_lang = NULL, \
             name_may_be_published = $1 WHERE org_id = $2 AND sender_email = $3",
        )
        .bind(false)
        .bind(scope.org_id().get())
        .bind(email.as_str())
        .execute(&mut *tx)
        .await
        .map_err(backend)?;
        // The log names how many inputs, never the address that was erased.
        sqlx::query("INSERT INTO audit_log (org_id, user_id, action, detail, at) VALUES ($1, $2, $3, $4, $5)")
            .bind(scope.org_id().get())
            .bind(actor.get())
            .bind("erase_sender")
            .bind(format!(
                "{} inputs, {} attachments, {redacted} frozen versions redacted",
                done.rows_affected(),
                files.rows_affected()
            ))
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        Ok(done.rows_affected())
    }

    async fn audit_log(&self, scope: &OrgScope) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT user_id, action, detail, at FROM audit_log WHERE org_id = $1 ORDER BY at DESC, id DESC",
        )
        .bind(scope.org_id().get())
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    user_id: row.try_get::<Option<i64>, _>("user_id").map_err(backend)?.map(UserId::new),
                    action: row.try_get("action").map_err(backend)?,
                    detail: row.try_get("detail").map_err(backend)?,
                    at: row.try_get("at").map_err(backend)?,
                })
            })
            .collect()
    }

    async fn create_conference(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &ConferenceFields,
    ) -> Result<DialogueConference, StoreError> {
        let row = sqlx::query(
            "INSERT INTO dialogue_conferences (org_id, plan_id, doc) \
             SELECT p.org_id, p.id, $1 FROM plans p WHERE p.org_id = $2 AND p.id = $3 RETURNING id, plan_id, doc",
        )
        .bind(rows::conference_json(fields)?)
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        conference_row(&found(row, "plan")?)
    }

    async fn update_conference(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: ConferenceId,
        fields: &ConferenceFields,
    ) -> Result<(), StoreError> {
        change(
            sqlx::query("UPDATE dialogue_conferences SET doc = $1 WHERE org_id = $2 AND plan_id = $3 AND id = $4")
                .bind(rows::conference_json(fields)?)
                .bind(scope.org_id().get())
                .bind(plan_id.get())
                .bind(id.get()),
            &self.pool,
            "update_conference",
        )
        .await
    }

    async fn conferences(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<DialogueConference>, StoreError> {
        all(
            sqlx::query(
                "SELECT id, plan_id, doc FROM dialogue_conferences WHERE org_id = $1 AND plan_id = $2 ORDER BY id",
            )
            .bind(scope.org_id().get())
            .bind(plan_id.get()),
            &self.pool,
            conference_row,
        )
        .await
    }

    async fn pending_receipts(
        &self,
        now: UnixTime,
        max_attempts: i64,
        limit: i64,
    ) -> Result<Vec<PendingReceipt>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT org_id, receipt_attempts, ",
            input_columns!(),
            " FROM inputs WHERE channel = 'hearing' AND sender_email IS NOT NULL AND sender_lang IS NOT NULL \
             AND receipt_sent_at IS NULL AND receipt_attempts < $1 AND receipt_next_at <= $2 ORDER BY id LIMIT $3"
        ))
        .bind(max_attempts)
        .bind(now)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        rows.iter()
            .map(|row| {
                Ok(PendingReceipt {
                    org_id: id(row, "org_id", OrgId::new)?,
                    attempts: row.try_get("receipt_attempts").map_err(backend)?,
                    input: input_row(row)?,
                })
            })
            .collect()
    }

    async fn receipt_sent(&self, input_id: InputId, at: UnixTime) -> Result<(), StoreError> {
        sqlx::query("UPDATE inputs SET receipt_sent_at = $1, receipt_error = NULL WHERE id = $2")
            .bind(at)
            .bind(input_id.get())
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn receipt_failed(&self, input_id: InputId, error: &str, next_at: UnixTime) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE inputs SET receipt_attempts = receipt_attempts + 1, receipt_error = $1, receipt_next_at = $2 \
             WHERE id = $3",
        )
        .bind(error)
        .bind(next_at)
        .bind(input_id.get())
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn input_by_receipt(&self, scope: &OrgScope, plan_id: PlanId, token: &str) -> Result<Input, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            input_columns!(),
            " FROM inputs WHERE org_id = $1 AND plan_id = $2 AND receipt_token = $3"
        ))
        .bind(scope.org_id().get())
        .bind(plan_id.get())
        .bind(token)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        input_row(&found(row, "receipt")?)
    }
}
