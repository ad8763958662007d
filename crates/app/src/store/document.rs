//! The part of the storage port that keeps the plan document's chapter texts.

use async_trait::async_trait;
use forebygg_domain::document::version::{Snapshot, Version, VersionFields};

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
    async fn chapter_texts(&self, scope: &OrgScope, plan_id: i64) -> Result<Vec<ChapterText>, StoreError>;
    /// Writes (or replaces) a chapter's text; false when the plan is not the
    /// organisation's.
    async fn save_chapter(&self, scope: &OrgScope, plan_id: i64, text: &ChapterText) -> Result<bool, StoreError>;
    /// Freezes a version; `None` when the plan is not the organisation's. There is no
    /// way to change a version afterwards.
    async fn freeze_version(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        fields: &VersionFields,
        snapshot: &Snapshot,
        by: &str,
        at: UnixTime,
    ) -> Result<Option<Version>, StoreError>;
    /// The plan's versions, oldest first.
    async fn versions(&self, scope: &OrgScope, plan_id: i64) -> Result<Vec<Version>, StoreError>;
}
