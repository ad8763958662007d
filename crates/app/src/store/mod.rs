//! The storage port: what the use cases need from a database. One adapter per backend
//! implements it (SQLite, PostgreSQL); `forebygg-store-contract` holds the tests both
//! must pass.

use std::path::Path;

use async_trait::async_trait;
use forebygg_domain::ids::{InvitationId, OrgId, UserId};
use forebygg_domain::{Email, Lang, Organisation, PersonName, Role};
use thiserror::Error;

use crate::UnixTime;

pub mod accounts;
pub mod document;
pub mod gatherings;
pub mod goals;
pub mod indicators;
pub mod inputs;
pub mod measures;
pub mod plans;
pub mod surveys;

pub use accounts::AccountStore;
pub use document::DocumentStore;
pub use gatherings::{ErasedRegistrations, GatheringStore, HeldRegistration, Registered};
pub use goals::GoalStore;
pub use indicators::{Indicator, IndicatorKey, IndicatorStore};
pub use inputs::{AttachmentInfo, AuditEntry, Input, InputNumber, InputStore, InputTags, PendingReceipt};
pub use measures::{ImportCount, MeasureStore};
pub use plans::PlanStore;
pub use surveys::SurveyStore;

#[derive(Clone, Debug, Error)]
pub enum StoreError {
    /// A unique value (e-mail, organisation code, membership) already exists.
    #[error("already exists: {0}")]
    Conflict(String),
    /// The backend refused or failed; the text is the backend's.
    #[error("database error: {0}")]
    Backend(String),
    /// Stored data that does not parse as the domain expects.
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// No such row in the scope's organisation: it does not exist, or it is another
    /// organisation's — one answer for both, so a caller learns nothing of another
    /// organisation's data.
    #[error("not found: {0}")]
    NotFound(String),
}

impl StoreError {
    /// `NotFound` for the thing described.
    pub fn not_found(what: impl std::fmt::Display) -> Self {
        StoreError::NotFound(what.to_string())
    }
}

/// A person with an account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub name: PersonName,
    /// The interface language the person chose, if any.
    pub lang: Option<Lang>,
    /// May add regional bodies; grants no access to any organisation's data.
    pub site_admin: bool,
}

/// What login needs to know about an account.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

/// An open invitation to take a role in an organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub id: InvitationId,
    pub org_id: OrgId,
    pub email: Email,
    pub role: Role,
    pub expires_at: UnixTime,
}

/// Failed logins in a row for one address, and when the last one was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoginFailures {
    pub count: i64,
    pub last_at: UnixTime,
}

#[derive(Clone, Debug)]
pub struct NewUser {
    pub email: Email,
    pub name: PersonName,
    pub password_hash: String,
    pub site_admin: bool,
}

/// One of a person's roles: which organisation, which role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    pub org: Organisation,
    pub role: Role,
    /// The services the person works in there (names as the measures write them).
    pub services: Vec<String>,
}

/// A member of one organisation, as its member list shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub user_id: UserId,
    pub email: Email,
    pub name: PersonName,
    pub role: Role,
    /// The services the member works in (see [`Membership::services`]).
    pub services: Vec<String>,
}

#[async_trait]
pub trait Store:
    AccountStore
    + PlanStore
    + InputStore
    + MeasureStore
    + GoalStore
    + DocumentStore
    + IndicatorStore
    + SurveyStore
    + GatheringStore
    + Send
    + Sync
    + 'static
{
    /// `sqlite` or `postgres`, for health checks and logs.
    fn backend(&self) -> &'static str;

    /// The version of the newest applied migration.
    async fn schema_version(&self) -> Result<i64, StoreError>;

    /// Writes a consistent copy of the whole database to `path` while it is in use.
    async fn backup_to(&self, path: &Path) -> Result<(), StoreError>;
}

/// Turning stored columns into domain values, shared by the adapters so both read
/// rows the same way.
pub mod rows {
    use forebygg_domain::plan::activity::ActivityFields;
    use forebygg_domain::plan::{Activity, ActivityKind, Period, Phase, Plan, Programme};
    use forebygg_domain::timeline::{BodyKind, NorDate};
    use forebygg_domain::{CountyNumber, Email, Lang, OrgCode, OrgKind, Organisation, PersonName, Role};

    use forebygg_domain::hearing::{
        Assessment, Channel, ConferenceFields, ConferenceOrigin, Decision, DialogueConference, InputFields, Sender,
    };
    use forebygg_domain::ids::{ActivityId, ConferenceId, GoalId, InputId, MeasureId, OrgId, PlanId, UserId};
    use forebygg_domain::theme::Theme;

    use super::{Input, InputNumber, Member, StoreError, User};

    fn corrupt(what: &str, value: &str) -> StoreError {
        StoreError::Corrupt(format!("{what} '{value}'"))
    }

    pub fn organisation(
        id: i64,
        code: &str,
        kind: &str,
        name: String,
        county: Option<&str>,
        shares: &str,
    ) -> Result<Organisation, StoreError> {
        Ok(Organisation {
            id: OrgId::new(id),
            code: OrgCode::parse(code).map_err(|_| corrupt("organisation code", code))?,
            kind: OrgKind::parse(kind).ok_or_else(|| corrupt("organisation kind", kind))?,
            name,
            county: county.map(|c| CountyNumber::parse(c).map_err(|_| corrupt("county", c))).transpose()?,
            sharing: forebygg_domain::county::Sharing::from_stored(shares),
        })
    }

    pub fn user(id: i64, email: &str, name: &str, lang: Option<&str>, site_admin: bool) -> Result<User, StoreError> {
        Ok(User {
            id: UserId::new(id),
            email: Email::parse(email).map_err(|_| corrupt("e-mail", email))?,
            name: PersonName::parse(name).map_err(|_| corrupt("name", name))?,
            lang: lang.and_then(|l| Lang::parse(l).ok()),
            site_admin,
        })
    }

    pub fn role(role: &str) -> Result<Role, StoreError> {
        Role::parse(role).map_err(|_| corrupt("role", role))
    }

    pub fn plan(
        id: i64,
        org_id: i64,
        plan_type: String,
        title: String,
        phase: &str,
        period: (Option<i64>, Option<i64>),
        under_pbl: bool,
    ) -> Result<Plan, StoreError> {
        let period = match period {
            (Some(from), Some(to)) => Some(Period { from: from as i32, to: to as i32 }),
            _ => None,
        };
        Ok(Plan {
            id: PlanId::new(id),
            org_id: OrgId::new(org_id),
            plan_type,
            title,
            phase: Phase::parse(phase).map_err(|_| corrupt("phase", phase))?,
            period,
            under_pbl,
        })
    }

    /// A stored programme; chapters stored before keys existed get them here, before
    /// anything can move them (see `plan::outline`).
    pub fn programme(json: &str) -> Result<Programme, StoreError> {
        let mut programme: Programme =
            serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("programme: {e}")))?;
        programme.outline.settle_keys();
        Ok(programme)
    }

    pub fn programme_json(programme: &Programme) -> Result<String, StoreError> {
        serde_json::to_string(programme).map_err(|e| StoreError::Corrupt(format!("programme: {e}")))
    }

    /// Stored activity columns, in table order.
    pub struct ActivityColumns<'a> {
        pub id: i64,
        pub plan_id: i64,
        pub kind: &'a str,
        pub title: String,
        pub start: &'a str,
        pub end: Option<&'a str>,
        pub responsible: String,
        pub body: Option<&'a str>,
        pub done: bool,
        pub justification: String,
        /// JSON of a hearing's `HearingState`; none until it is opened.
        pub hearing_state: Option<String>,
    }

    pub fn activity(c: ActivityColumns<'_>) -> Result<Activity, StoreError> {
        let date = |s: &str| NorDate::parse(s).map_err(|_| corrupt("date", s));
        Ok(Activity {
            id: ActivityId::new(c.id),
            plan_id: PlanId::new(c.plan_id),
            fields: ActivityFields {
                kind: ActivityKind::parse(c.kind).map_err(|_| corrupt("activity kind", c.kind))?,
                title: c.title,
                start: date(c.start)?,
                end: c.end.map(date).transpose()?,
                responsible: c.responsible,
                body: c.body.map(|b| BodyKind::parse(b).ok_or_else(|| corrupt("body", b))).transpose()?,
                done: c.done,
                justification: c.justification,
            },
            hearing: c
                .hearing_state
                .as_deref()
                .map(serde_json::from_str)
                .transpose()
                .map_err(|e| StoreError::Corrupt(format!("hearing state: {e}")))?
                .unwrap_or_default(),
        })
    }

    /// Stored input columns, in table order.
    pub struct InputColumns<'a> {
        pub id: i64,
        pub plan_id: i64,
        pub hearing_id: Option<i64>,
        pub channel: &'a str,
        pub body: String,
        pub sender_name: Option<String>,
        pub sender_organisation: Option<String>,
        pub sender_email: Option<&'a str>,
        pub name_may_be_published: bool,
        pub receipt_token: String,
        pub received_at: i64,
        pub decision: Option<&'a str>,
        pub justification: String,
        pub change_ref: String,
        pub hidden_reason: Option<String>,
        pub themes: &'a str,
        pub chapters: &'a str,
        pub measures: &'a str,
        /// Conference, round, group.
        pub origin: (Option<i64>, Option<i64>, Option<i64>),
        pub sender_lang: Option<&'a str>,
        /// Year and number within the plan and year.
        pub number: (i32, i32),
    }

    pub fn input(c: InputColumns<'_>) -> Result<Input, StoreError> {
        Ok(Input {
            id: InputId::new(c.id),
            plan_id: PlanId::new(c.plan_id),
            fields: InputFields {
                channel: Channel::parse(c.channel).ok_or_else(|| corrupt("channel", c.channel))?,
                hearing: c.hearing_id.map(ActivityId::new),
                text: c.body,
                sender: Sender {
                    name: c.sender_name,
                    organisation: c.sender_organisation,
                    email: c.sender_email.map(|e| Email::parse(e).map_err(|_| corrupt("e-mail", e))).transpose()?,
                    name_may_be_published: c.name_may_be_published,
                    lang: c.sender_lang.and_then(|l| Lang::parse(l).ok()),
                },
                origin: match c.origin {
                    (Some(conference), Some(round), Some(group)) => Some(ConferenceOrigin {
                        conference: ConferenceId::new(conference),
                        round: round as u32,
                        group: group as u32,
                    }),
                    _ => None,
                },
            },
            received_at: c.received_at,
            number: InputNumber { year: c.number.0, seq: c.number.1 },
            receipt_token: c.receipt_token,
            assessment: c
                .decision
                .map(|d| {
                    Ok::<_, StoreError>(Assessment {
                        decision: Decision::parse(d).ok_or_else(|| corrupt("decision", d))?,
                        justification: c.justification,
                        change: c.change_ref,
                    })
                })
                .transpose()?,
            hidden_reason: c.hidden_reason,
            themes: Theme::parse_list(c.themes),
            chapters: c.chapters.split(',').map(str::trim).filter(|x| !x.is_empty()).map(str::to_owned).collect(),
            measures: c.measures.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
        })
    }

    /// Any domain document as stored JSON.
    pub fn json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
        serde_json::to_string(value).map_err(|e| StoreError::Corrupt(format!("document: {e}")))
    }

    pub fn goal(id: i64, plan_id: i64, doc: &str) -> Result<forebygg_domain::goals::Goal, StoreError> {
        let fields = serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("goal: {e}")))?;
        Ok(forebygg_domain::goals::Goal { id: GoalId::new(id), plan_id: PlanId::new(plan_id), fields })
    }

    pub fn version(
        doc: &str,
    ) -> Result<
        (forebygg_domain::document::version::VersionFields, forebygg_domain::document::version::Snapshot),
        StoreError,
    > {
        serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("plan version: {e}")))
    }

    pub fn report(doc: &str) -> Result<forebygg_domain::measures::report::StatusReportFields, StoreError> {
        serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("status report: {e}")))
    }

    pub fn measure(id: i64, plan_id: i64, doc: &str) -> Result<forebygg_domain::measures::Measure, StoreError> {
        let fields = serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("measure: {e}")))?;
        Ok(forebygg_domain::measures::Measure { id: MeasureId::new(id), plan_id: PlanId::new(plan_id), fields })
    }

    pub fn measure_json(fields: &forebygg_domain::measures::MeasureFields) -> Result<String, StoreError> {
        serde_json::to_string(fields).map_err(|e| StoreError::Corrupt(format!("measure: {e}")))
    }

    pub fn conference(id: i64, plan_id: i64, doc: &str) -> Result<DialogueConference, StoreError> {
        let fields: ConferenceFields =
            serde_json::from_str(doc).map_err(|e| StoreError::Corrupt(format!("dialogue conference: {e}")))?;
        Ok(DialogueConference { id: ConferenceId::new(id), plan_id: PlanId::new(plan_id), fields })
    }

    pub fn conference_json(fields: &ConferenceFields) -> Result<String, StoreError> {
        serde_json::to_string(fields).map_err(|e| StoreError::Corrupt(format!("dialogue conference: {e}")))
    }

    /// How dates are stored: ISO, so that text order is date order.
    pub fn iso(date: NorDate) -> String {
        date.0.format("%Y-%m-%d").to_string()
    }

    pub fn member(
        user_id: i64,
        email: &str,
        name: &str,
        role_text: &str,
        services_json: &str,
    ) -> Result<Member, StoreError> {
        let user = user(user_id, email, name, None, false)?;
        let services = services(services_json)?;
        Ok(Member { user_id: user.id, email: user.email, name: user.name, role: role(role_text)?, services })
    }

    /// A member's services as they are stored: a JSON array of names.
    pub fn services_json(services: &[String]) -> String {
        serde_json::Value::from(services.to_vec()).to_string()
    }

    /// A member's services as stored (a JSON array of names).
    pub fn services(json: &str) -> Result<Vec<String>, StoreError> {
        serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("services '{json}': {e}")))
    }
}
