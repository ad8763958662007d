//! Use cases of forebygg, the storage port they need, and the access policy that
//! guards them. Web and CLI call these functions; they never talk to storage directly
//! for anything that needs a permission check.
//!
//! Invariant: every read or write of one organisation's internal data goes through a
//! [`OrgScope`], which only [`access::authorize`] (or the operator's CLI) can make, and
//! which the storage adapters put into the `WHERE` clause of every such query.

pub mod access;
pub mod auth;
pub mod check;
pub mod conferences;
pub mod county;
pub mod demo;
pub mod document;
pub mod error;
pub mod form;
pub mod gatherings;
pub mod goals;
pub mod hearings;
pub mod indicators;
pub mod library;
pub mod measures;
pub mod members;
pub mod organisations;
pub mod plans;
pub mod privacy;
pub mod process;
pub mod receipts;
pub mod reflections;
pub mod store;
pub mod surveys;
pub mod tokens;

pub use access::{Actor, OrgScope};
pub use error::{AppError, FieldErrors};
pub use store::surveys::{AnswerRefused, ClassCode, PublicSurvey, SurveyRecord, SurveyStore};
pub use store::{
    AccountStore, AttachmentInfo, AuditEntry, Credentials, DocumentStore, ErasedRegistrations, GatheringStore,
    GoalStore, HeldRegistration, ImportCount, IndicatorStore, Input, InputNumber, InputStore, InputTags, Invitation,
    LoginFailures, MeasureStore, Member, Membership, NewUser, PendingReceipt, PlanStore, Registered, Store, StoreError,
    User,
};

/// Seconds since the Unix epoch; all stored times use it so both backends compare them
/// the same way.
pub type UnixTime = i64;

/// The current time as [`UnixTime`].
pub fn now() -> UnixTime {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
