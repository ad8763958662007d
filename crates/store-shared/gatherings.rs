// The county's network gatherings and their registrations. A registration or a
// cancellation first bumps the gathering's `registrations` counter: that write takes
// PostgreSQL's row lock and SQLite's write lock, so the counts it then reads cannot
// change under it before it commits, and the caps hold however many register at once.

use async_trait::async_trait;
use chrono::NaiveDateTime;
use forebygg_app::{ErasedRegistrations, GatheringStore, HeldRegistration, OrgScope, Registered, StoreError, UnixTime};
use forebygg_domain::Email;
use forebygg_domain::county::gatherings::{
    Gathering, GatheringFields, Participant, Registration, Seat, Taken, Venue, seat_for,
};
use forebygg_domain::county::reflection::{ReflectionAnswer, ReflectionFields, ReflectionTask};
use forebygg_domain::ids::{GatheringId, OrgId, ReflectionId, UserId};
use forebygg_domain::timeline::NorDate;
use sqlx::Row;

use super::common::{all, backend, change, found, id};
use crate::db::{Db, DbKind, DbRow};

const TIME: &str = "%Y-%m-%dT%H:%M";

fn time_of(row: &DbRow, column: &str) -> Result<NaiveDateTime, StoreError> {
    let s: String = row.try_get(column).map_err(backend)?;
    NaiveDateTime::parse_from_str(&s, TIME).map_err(|_| StoreError::Corrupt(format!("gathering time '{s}'")))
}

fn count(row: &DbRow, column: &str) -> Result<Option<u32>, StoreError> {
    let n: Option<i64> = row.try_get(column).map_err(backend)?;
    n.map(|n| u32::try_from(n).map_err(|_| StoreError::Corrupt(format!("{column} {n}")))).transpose()
}

fn gathering_row(row: &DbRow) -> Result<Gathering, StoreError> {
    let form: String = row.try_get("form").map_err(backend)?;
    let venue = match form.as_str() {
        "physical" => Venue::Physical {
            place: row.try_get("place").map_err(backend)?,
            per_municipality: count(row, "per_municipality")?
                .ok_or_else(|| StoreError::Corrupt("physical gathering without a cap".into()))?,
        },
        "digital" => Venue::Digital { link: row.try_get("link").map_err(backend)? },
        other => return Err(StoreError::Corrupt(format!("gathering form '{other}'"))),
    };
    let topics: String = row.try_get("topics").map_err(backend)?;
    Ok(Gathering {
        id: id(row, "id", GatheringId::new)?,
        body: id(row, "body_id", OrgId::new)?,
        fields: GatheringFields {
            title: row.try_get("title").map_err(backend)?,
            venue,
            starts: time_of(row, "starts_at")?,
            ends: time_of(row, "ends_at")?,
            topics: topics.lines().map(str::to_owned).collect(),
            capacity: count(row, "capacity")?,
        },
    })
}

fn registration_row(row: &DbRow) -> Result<Registration, StoreError> {
    let seat: String = row.try_get("seat").map_err(backend)?;
    Ok(Registration {
        id: row.try_get("id").map_err(backend)?,
        gathering: id(row, "gathering_id", GatheringId::new)?,
        municipality: id(row, "municipality_id", OrgId::new)?,
        participant: Participant {
            name: row.try_get("name").map_err(backend)?,
            email: row.try_get("email").map_err(backend)?,
            role: row.try_get("role").map_err(backend)?,
        },
        seat: Seat::parse(&seat).ok_or_else(|| StoreError::Corrupt(format!("seat '{seat}'")))?,
        registered_at: row.try_get("registered_at").map_err(backend)?,
    })
}

fn reflection_row(row: &DbRow) -> Result<ReflectionTask, StoreError> {
    let due: Option<String> = row.try_get("due_date").map_err(backend)?;
    let due = due
        .map(|d| {
            chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map(NorDate)
                .map_err(|_| StoreError::Corrupt(format!("due date '{d}'")))
        })
        .transpose()?;
    let gathering: Option<i64> = row.try_get("gathering_id").map_err(backend)?;
    Ok(ReflectionTask {
        id: id(row, "id", ReflectionId::new)?,
        body: id(row, "body_id", OrgId::new)?,
        fields: ReflectionFields {
            title: row.try_get("title").map_err(backend)?,
            prompt: row.try_get("prompt").map_err(backend)?,
            due,
            gathering: gathering.map(GatheringId::new),
        },
    })
}

fn answer_row(row: &DbRow) -> Result<ReflectionAnswer, StoreError> {
    Ok(ReflectionAnswer {
        municipality: id(row, "municipality_id", OrgId::new)?,
        text: row.try_get("text").map_err(backend)?,
        by: row.try_get("answered_by").map_err(backend)?,
        at: row.try_get("updated_at").map_err(backend)?,
    })
}

/// The first write of a registration or cancellation: it bumps the gathering's counter,
/// which takes PostgreSQL's row lock and SQLite's write lock, so that those of one
/// gathering run one at a time. `NotFound` when the body has no such gathering.
async fn lock(tx: &mut sqlx::Transaction<'_, DbKind>, body: OrgId, gathering: GatheringId) -> Result<(), StoreError> {
    let locked = sqlx::query("UPDATE gatherings SET registrations = registrations + 1 WHERE body_id = $1 AND id = $2")
        .bind(body.get())
        .bind(gathering.get())
        .execute(&mut **tx)
        .await
        .map_err(backend)?
        .rows_affected();
    if locked == 1 { Ok(()) } else { Err(StoreError::not_found("gathering")) }
}

/// The columns of a gathering's fields, in the order the statements bind them.
fn bind_fields<'q>(
    query: sqlx::query::Query<'q, DbKind, <DbKind as sqlx::Database>::Arguments>,
    f: &'q GatheringFields,
) -> sqlx::query::Query<'q, DbKind, <DbKind as sqlx::Database>::Arguments> {
    let (place, link) = match &f.venue {
        Venue::Physical { place, .. } => (place.as_str(), ""),
        Venue::Digital { link } => ("", link.as_str()),
    };
    query
        .bind(&f.title)
        .bind(f.venue.form())
        .bind(place)
        .bind(link)
        .bind(f.venue.per_municipality().map(i64::from))
        .bind(f.capacity.map(i64::from))
        .bind(f.starts.format(TIME).to_string())
        .bind(f.ends.format(TIME).to_string())
        .bind(f.topics.join("\n"))
}

/// Confirms the first on the gathering's waiting list when a seat is free; returns its
/// id. Only inside a transaction that has taken the gathering's `lock`: a capacity
/// lowered since may leave no seat free.
async fn promote_first_waiting(
    tx: &mut sqlx::Transaction<'_, DbKind>,
    gathering: GatheringId,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "SELECT g.capacity, (SELECT COUNT(*) FROM gathering_registrations r \
         WHERE r.gathering_id = g.id AND r.seat = 'confirmed') AS confirmed, \
         (SELECT MIN(r.id) FROM gathering_registrations r \
         WHERE r.gathering_id = g.id AND r.seat = 'waiting') AS first_waiting \
         FROM gatherings g WHERE g.id = $1",
    )
    .bind(gathering.get())
    .fetch_one(&mut **tx)
    .await
    .map_err(backend)?;
    let capacity: Option<i64> = row.try_get("capacity").map_err(backend)?;
    let confirmed: i64 = row.try_get("confirmed").map_err(backend)?;
    let first: Option<i64> = row.try_get("first_waiting").map_err(backend)?;
    let Some(first) = first.filter(|_| capacity.is_none_or(|c| confirmed < c)) else { return Ok(None) };
    sqlx::query("UPDATE gathering_registrations SET seat = 'confirmed' WHERE id = $1")
        .bind(first)
        .execute(&mut **tx)
        .await
        .map_err(backend)?;
    Ok(Some(first))
}

/// The registrations an organisation holds, with their gathering: those it made as a
/// municipality and those for its own gatherings as a body. Binds the organisation
/// as $1 and the address as $2.
macro_rules! held_registrations {
    () => {
        concat!(
            "SELECT r.id, r.gathering_id, r.municipality_id, r.name, r.email, r.role, r.seat, r.registered_at, ",
            "g.body_id, g.title, g.starts_at, g.ends_at FROM gathering_registrations r ",
            "JOIN gatherings g ON g.id = r.gathering_id ",
            "WHERE r.email = $2 AND (r.municipality_id = $1 OR g.body_id = $1)"
        )
    };
}

#[async_trait]
impl GatheringStore for Db {
    async fn create_gathering(
        &self,
        body: &OrgScope,
        fields: &GatheringFields,
        at: UnixTime,
    ) -> Result<GatheringId, StoreError> {
        let query = sqlx::query(
            "INSERT INTO gatherings (title, form, place, link, per_municipality, capacity, starts_at, ends_at, \
             topics, body_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        );
        let row = bind_fields(query, fields)
            .bind(body.org_id().get())
            .bind(at)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        id(&row, "id", GatheringId::new)
    }

    async fn update_gathering(
        &self,
        body: &OrgScope,
        id: GatheringId,
        fields: &GatheringFields,
    ) -> Result<u64, StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        lock(&mut tx, body.org_id(), id).await?;
        let query = sqlx::query(
            "UPDATE gatherings SET title = $1, form = $2, place = $3, link = $4, per_municipality = $5, \
             capacity = $6, starts_at = $7, ends_at = $8, topics = $9 WHERE body_id = $10 AND id = $11",
        );
        bind_fields(query, fields).bind(body.org_id().get()).bind(id.get()).execute(&mut *tx).await.map_err(backend)?;
        // A capacity raised (or removed) gives the first waiting the seats it adds.
        let mut promoted = 0;
        while promote_first_waiting(&mut tx, id).await?.is_some() {
            promoted += 1;
        }
        tx.commit().await.map_err(backend)?;
        Ok(promoted)
    }

    async fn delete_gathering(&self, body: &OrgScope, id: GatheringId) -> Result<(), StoreError> {
        let query = sqlx::query("DELETE FROM gatherings WHERE body_id = $1 AND id = $2")
            .bind(body.org_id().get())
            .bind(id.get());
        change(query, &self.pool, "gathering").await
    }

    async fn gatherings(&self, body: OrgId) -> Result<Vec<Gathering>, StoreError> {
        let query = sqlx::query(concat!(
            "SELECT id, body_id, title, form, place, link, per_municipality, capacity, starts_at, ends_at, topics ",
            "FROM gatherings WHERE body_id = $1 ORDER BY starts_at, id"
        ))
        .bind(body.get());
        all(query, &self.pool, gathering_row).await
    }

    async fn gathering(&self, body: OrgId, id: GatheringId) -> Result<Gathering, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT id, body_id, title, form, place, link, per_municipality, capacity, starts_at, ends_at, topics ",
            "FROM gatherings WHERE body_id = $1 AND id = $2"
        ))
        .bind(body.get())
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        gathering_row(&found(row, "gathering")?)
    }

    async fn register(
        &self,
        municipality: &OrgScope,
        body: OrgId,
        gathering: GatheringId,
        participant: &Participant,
        at: UnixTime,
    ) -> Result<Registered, StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        lock(&mut tx, body, gathering).await?;
        let row = sqlx::query(concat!(
            "SELECT id, body_id, title, form, place, link, per_municipality, capacity, starts_at, ends_at, topics ",
            "FROM gatherings WHERE id = $1"
        ))
        .bind(gathering.get())
        .fetch_one(&mut *tx)
        .await
        .map_err(backend)?;
        let g = gathering_row(&row)?;
        let counts = sqlx::query(
            "SELECT COALESCE(SUM(CASE WHEN seat = 'confirmed' THEN 1 ELSE 0 END), 0) AS confirmed, \
             COALESCE(SUM(CASE WHEN municipality_id = $2 THEN 1 ELSE 0 END), 0) AS mine \
             FROM gathering_registrations WHERE gathering_id = $1",
        )
        .bind(gathering.get())
        .bind(municipality.org_id().get())
        .fetch_one(&mut *tx)
        .await
        .map_err(backend)?;
        let read = |column: &str| -> Result<u32, StoreError> {
            let n: i64 = counts.try_get(column).map_err(backend)?;
            u32::try_from(n).map_err(|_| StoreError::Corrupt(format!("{column} {n}")))
        };
        let taken = Taken { confirmed: read("confirmed")?, of_municipality: read("mine")? };
        let seat = match seat_for(&g.fields.venue, g.fields.capacity, taken) {
            Ok(seat) => seat,
            Err(refusal) => return Ok(Registered::Refused(refusal)),
        };
        let row = sqlx::query(
            "INSERT INTO gathering_registrations (gathering_id, municipality_id, name, email, role, seat, registered_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(gathering.get())
        .bind(municipality.org_id().get())
        .bind(&participant.name)
        .bind(&participant.email)
        .bind(&participant.role)
        .bind(seat.as_str())
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(backend)?;
        let id: i64 = row.try_get("id").map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        Ok(Registered::Seated { id, seat })
    }

    async fn cancel_registration(
        &self,
        body: OrgId,
        gathering: GatheringId,
        municipality: Option<OrgId>,
        registration: i64,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.pool.begin().await.map_err(backend)?;
        lock(&mut tx, body, gathering).await?;
        let gone = sqlx::query(
            "DELETE FROM gathering_registrations WHERE id = $1 AND gathering_id = $2 \
             AND ($3 IS NULL OR municipality_id = $3) RETURNING seat",
        )
        .bind(registration)
        .bind(gathering.get())
        .bind(municipality.map(|m| m.get()))
        .fetch_optional(&mut *tx)
        .await
        .map_err(backend)?;
        let seat: String = found(gone, "registration")?.try_get("seat").map_err(backend)?;
        let promoted =
            if seat == Seat::Confirmed.as_str() { promote_first_waiting(&mut tx, gathering).await? } else { None };
        tx.commit().await.map_err(backend)?;
        Ok(promoted)
    }

    async fn registrations(
        &self,
        gathering: GatheringId,
        municipality: Option<OrgId>,
    ) -> Result<Vec<Registration>, StoreError> {
        let query = sqlx::query(
            "SELECT id, gathering_id, municipality_id, name, email, role, seat, registered_at \
             FROM gathering_registrations WHERE gathering_id = $1 AND ($2 IS NULL OR municipality_id = $2) \
             ORDER BY id",
        )
        .bind(gathering.get())
        .bind(municipality.map(|m| m.get()));
        all(query, &self.pool, registration_row).await
    }

    async fn create_reflection(
        &self,
        body: &OrgScope,
        fields: &ReflectionFields,
        at: UnixTime,
    ) -> Result<ReflectionId, StoreError> {
        // A gathering of another body is not linked.
        let row = sqlx::query(
            "INSERT INTO reflection_tasks (body_id, title, prompt, due_date, gathering_id, created_at) \
             VALUES ($1, $2, $3, $4, (SELECT id FROM gatherings WHERE id = $5 AND body_id = $1), $6) RETURNING id",
        )
        .bind(body.org_id().get())
        .bind(&fields.title)
        .bind(&fields.prompt)
        .bind(fields.due.map(|d| d.0.format("%Y-%m-%d").to_string()))
        .bind(fields.gathering.map(|g| g.get()))
        .bind(at)
        .fetch_one(&self.pool)
        .await
        .map_err(backend)?;
        id(&row, "id", ReflectionId::new)
    }

    async fn reflections(&self, body: OrgId) -> Result<Vec<ReflectionTask>, StoreError> {
        let query = sqlx::query(
            "SELECT id, body_id, title, prompt, due_date, gathering_id FROM reflection_tasks \
             WHERE body_id = $1 ORDER BY id DESC",
        )
        .bind(body.get());
        all(query, &self.pool, reflection_row).await
    }

    async fn reflection(&self, body: OrgId, id: ReflectionId) -> Result<ReflectionTask, StoreError> {
        let row = sqlx::query(
            "SELECT id, body_id, title, prompt, due_date, gathering_id FROM reflection_tasks \
             WHERE body_id = $1 AND id = $2",
        )
        .bind(body.get())
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        reflection_row(&found(row, "reflection task")?)
    }

    async fn answer_reflection(
        &self,
        municipality: &OrgScope,
        body: OrgId,
        id: ReflectionId,
        answer: &ReflectionAnswer,
    ) -> Result<(), StoreError> {
        let query = sqlx::query(
            "INSERT INTO reflection_answers (task_id, municipality_id, text, answered_by, updated_at) \
             SELECT id, $2, $3, $4, $5 FROM reflection_tasks WHERE id = $1 AND body_id = $6 \
             ON CONFLICT (task_id, municipality_id) DO UPDATE SET text = excluded.text, \
             answered_by = excluded.answered_by, updated_at = excluded.updated_at",
        )
        .bind(id.get())
        .bind(municipality.org_id().get())
        .bind(&answer.text)
        .bind(&answer.by)
        .bind(answer.at)
        .bind(body.get());
        change(query, &self.pool, "reflection task").await
    }

    async fn reflection_answers(
        &self,
        id: ReflectionId,
        municipality: Option<OrgId>,
    ) -> Result<Vec<ReflectionAnswer>, StoreError> {
        let query = sqlx::query(
            "SELECT municipality_id, text, answered_by, updated_at FROM reflection_answers \
             WHERE task_id = $1 AND ($2 IS NULL OR municipality_id = $2) ORDER BY municipality_id",
        )
        .bind(id.get())
        .bind(municipality.map(|m| m.get()));
        all(query, &self.pool, answer_row).await
    }

    async fn registrations_by_email(
        &self,
        scope: &OrgScope,
        email: &Email,
    ) -> Result<Vec<HeldRegistration>, StoreError> {
        let query = sqlx::query(concat!(held_registrations!(), " ORDER BY g.starts_at, r.id"))
            .bind(scope.org_id().get())
            .bind(email.as_str());
        all(query, &self.pool, |row| {
            Ok(HeldRegistration {
                title: row.try_get("title").map_err(backend)?,
                starts: time_of(row, "starts_at")?,
                registration: registration_row(row)?,
            })
        })
        .await
    }

    async fn erase_participant(
        &self,
        scope: &OrgScope,
        email: &Email,
        actor: UserId,
        at: UnixTime,
        now: NaiveDateTime,
    ) -> Result<ErasedRegistrations, StoreError> {
        let now = now.format(TIME).to_string();
        let mut tx = self.pool.begin().await.map_err(backend)?;
        let held = sqlx::query(concat!(held_registrations!(), " ORDER BY r.gathering_id, r.id"))
            .bind(scope.org_id().get())
            .bind(email.as_str())
            .fetch_all(&mut *tx)
            .await
            .map_err(backend)?;
        let mut erased = ErasedRegistrations::default();
        for row in &held {
            let registration = registration_row(row)?;
            let ends: String = row.try_get("ends_at").map_err(backend)?;
            if ends.as_str() <= now.as_str() {
                sqlx::query("UPDATE gathering_registrations SET name = '', email = '', role = '' WHERE id = $1")
                    .bind(registration.id)
                    .execute(&mut *tx)
                    .await
                    .map_err(backend)?;
                erased.blanked += 1;
                continue;
            }
            let body = id(row, "body_id", OrgId::new)?;
            lock(&mut tx, body, registration.gathering).await?;
            // The seat as it is now, under the lock: a cancellation since may have moved
            // this one up from the waiting list, or removed it.
            let gone = sqlx::query("DELETE FROM gathering_registrations WHERE id = $1 RETURNING seat")
                .bind(registration.id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(backend)?;
            let Some(gone) = gone else { continue };
            erased.cancelled += 1;
            let seat: String = gone.try_get("seat").map_err(backend)?;
            if seat == Seat::Confirmed.as_str()
                && promote_first_waiting(&mut tx, registration.gathering).await?.is_some()
            {
                erased.promoted += 1;
            }
        }
        // The log names how many, never the address that was erased.
        sqlx::query("INSERT INTO audit_log (org_id, user_id, action, detail, at) VALUES ($1, $2, $3, $4, $5)")
            .bind(scope.org_id().get())
            .bind(actor.get())
            .bind("erase_participant")
            .bind(format!(
                "{} registrations cancelled, {} blanked, {} moved up from the waiting list",
                erased.cancelled, erased.blanked, erased.promoted
            ))
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(backend)?;
        tx.commit().await.map_err(backend)?;
        Ok(erased)
    }
}
