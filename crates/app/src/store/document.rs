//! The part of the storage port that keeps the plan document's chapter texts.

use async_trait::async_trait;
use forebygg_domain::document::version::{Snapshot, Version, VersionFields};
use forebygg_domain::ids::PlanId;

use crate::{OrgScope, StoreError, UnixTime};

/// One chapter's text as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterText {
    /// The chapter's number in the outline, e.g. `3.2`.
    pub chapter: String,
    pub body: String,
    pub updated_by: String,
    pub updated_at: UnixTime,
}

#[async_trait]
pub trait DocumentStore {
    /// The plan's chapter texts, by chapter number.
    async fn chapter_texts(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<ChapterText>, StoreError>;
    /// Writes (or replaces) a chapter's text.
    async fn save_chapter(&self, scope: &OrgScope, plan_id: PlanId, text: &ChapterText) -> Result<(), StoreError>;
    /// Freezes a version. There is no way to change a version afterwards.
    async fn freeze_version(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &VersionFields,
        snapshot: &Snapshot,
        by: &str,
        at: UnixTime,
    ) -> Result<Version, StoreError>;
    /// The plan's versions, oldest first.
    async fn versions(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Version>, StoreError>;
}
