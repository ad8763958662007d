//! The part of the storage port that keeps the plan document's chapter texts.

use async_trait::async_trait;

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
}
