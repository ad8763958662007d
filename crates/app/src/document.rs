//! The plan document: the outline of the planning programme with the free text the
//! plan's staff write for each chapter.

use forebygg_domain::document::version::{Snapshot, SnapshotChapter, SnapshotMeasure, Version, VersionForm};
use forebygg_domain::plan::Plan;
use forebygg_domain::plan::programme::numbered;
use forebygg_domain::{Action, Organisation, ValidationError};

use crate::access::authorize;
use crate::store::document::ChapterText;
use crate::{Actor, AppError, Store, UnixTime};

/// The most one chapter may hold: a long chapter of a plan, not a book.
pub const MAX_CHAPTER_CHARS: usize = 100_000;

/// A chapter of the document: its number and depth in the outline, its title, and its
/// text when one has been written.
#[derive(Clone, Debug)]
pub struct DocumentChapter {
    pub number: String,
    pub depth: usize,
    pub title: String,
    pub text: Option<ChapterText>,
}

#[derive(Clone, Debug)]
pub struct PlanDocument {
    pub plan: Plan,
    pub chapters: Vec<DocumentChapter>,
}

/// The document of a plan, for those who may read the plan.
pub async fn document(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: i64,
) -> Result<PlanDocument, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let plan = store.plan(&scope, plan_id).await?.ok_or_else(|| AppError::NotFound(format!("plan {plan_id}")))?;
    let programme = store.programme(&scope, plan_id).await?.unwrap_or_default();
    let mut texts = store.chapter_texts(&scope, plan_id).await?;
    let chapters = numbered(&programme.outline)
        .into_iter()
        .map(|(number, depth, chapter)| {
            let text = texts.iter().position(|t| t.chapter == number).map(|i| texts.swap_remove(i));
            DocumentChapter { number, depth, title: chapter.title.clone(), text }
        })
        .collect();
    Ok(PlanDocument { plan, chapters })
}

/// Writes a chapter's text. The chapter must be in the outline.
pub async fn save_chapter(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, chapter): (i64, &str),
    body: &str,
    now: UnixTime,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let programme = store.programme(&scope, plan_id).await?.unwrap_or_default();
    if !numbered(&programme.outline).iter().any(|(n, _, _)| n == chapter) {
        return Err(AppError::NotFound(format!("chapter {chapter}")));
    }
    if body.chars().count() > MAX_CHAPTER_CHARS {
        return Err(AppError::invalid("body", ValidationError::TooLong { max: MAX_CHAPTER_CHARS }));
    }
    let text = ChapterText {
        chapter: chapter.to_owned(),
        body: body.trim_end().to_owned(),
        updated_by: actor.user.name.as_str().to_owned(),
        updated_at: now,
    };
    if store.save_chapter(&scope, plan_id, &text).await? {
        Ok(())
    } else {
        Err(AppError::NotFound(format!("plan {plan_id}")))
    }
}

/// Freezes the document as it stands — its chapters and its measures — as a version.
pub async fn freeze(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: i64,
    form: &VersionForm,
    now: UnixTime,
) -> Result<Version, AppError> {
    let fields = form.parse().map_err(|e| AppError::Invalid(crate::FieldErrors(e)))?;
    let doc = document(store, actor, org, plan_id).await?;
    let scope = authorize(actor, org, Action::EditPlans)?;
    let snapshot = Snapshot {
        chapters: doc
            .chapters
            .into_iter()
            .map(|c| SnapshotChapter {
                number: c.number,
                title: c.title,
                body: c.text.map(|t| t.body).unwrap_or_default(),
            })
            .collect(),
        measures: store
            .measures(&scope, plan_id)
            .await?
            .into_iter()
            .map(|m| SnapshotMeasure {
                id: m.id,
                name: m.fields.name,
                owner: m.fields.owner,
                evaluation: m.fields.evaluation,
            })
            .collect(),
    };
    store
        .freeze_version(&scope, plan_id, &fields, &snapshot, actor.user.name.as_str(), now)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("plan {plan_id}")))
}

/// The plan's frozen versions, oldest first.
pub async fn versions(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: i64,
) -> Result<Vec<Version>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.versions(&scope, plan_id).await?)
}
