//! The part of the storage port that keeps the plan document's chapter texts.

use async_trait::async_trait;
use forebygg_domain::document::version::{Snapshot, Version, VersionFields};
use forebygg_domain::ids::PlanId;
use forebygg_domain::plan::programme::ChapterKey;

use crate::{OrgScope, StoreError, UnixTime};

/// One chapter's text as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterText {
    /// The chapter's key (its identity in the outline), never its number.
    pub key: ChapterKey,
    pub body: String,
    pub updated_by: String,
    pub updated_at: UnixTime,
}

#[async_trait]
pub trait DocumentStore {
    /// The plan's chapter texts, by chapter key (those of removed chapters too).
    async fn chapter_texts(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<ChapterText>, StoreError>;
    /// Writes (or replaces) a chapter's text.
    async fn save_chapter(&self, scope: &OrgScope, plan_id: PlanId, text: &ChapterText) -> Result<(), StoreError>;
    /// Deletes the texts of these chapters for good (no error for a key without text).
    async fn delete_chapter_texts(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        keys: &[ChapterKey],
    ) -> Result<(), StoreError>;
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
