//! The plan document: the outline of the planning programme with the free text the
//! plan's staff write for each chapter.

use forebygg_domain::county::Part;
use forebygg_domain::document::generated::{
    ActivityLine, Generated, GoalLine, InputLine, LegalLine, MeasureLine, SurveyFigures,
};
use forebygg_domain::document::version::{
    Snapshot, SnapshotChapter, SnapshotMeasure, Version, VersionForm, VersionKind,
};
use forebygg_domain::ids::{PlanId, VersionId};
use forebygg_domain::indicators::figures::Figures;
use forebygg_domain::plan::process::{self, Refusal, Step};
use forebygg_domain::plan::programme::{ChapterKey, numbered};
use forebygg_domain::plan::{Phase, Plan, PlanFields, Programme, register};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_domain::{Action, Organisation, ValidationError};

use crate::access::{OrgScope, authorize};
use crate::store::document::ChapterText;
use crate::{Actor, AppError, Store, UnixTime};

/// The most one chapter may hold: a long chapter of a plan, not a book.
pub const MAX_CHAPTER_CHARS: usize = 100_000;

/// A chapter of the document: its number and depth in the outline, its title, and its
/// text when one has been written.
#[derive(Clone, Debug)]
pub struct DocumentChapter {
    pub key: ChapterKey,
    pub number: String,
    pub depth: usize,
    pub title: String,
    pub text: Option<ChapterText>,
}

#[derive(Clone, Debug)]
pub struct PlanDocument {
    pub plan: Plan,
    pub chapters: Vec<DocumentChapter>,
    /// The planning programme the outline comes from.
    pub programme: Programme,
    /// The data the generated blocks (`{{tiltak}}`, …) show, as it stands now.
    pub generated: Generated,
    /// Chapters taken out of the outline since the last frozen version, whose texts
    /// are kept until then (or until forgotten).
    pub removed: Vec<RemovedChapterView>,
}

/// A removed chapter as the document page lists it.
#[derive(Clone, Debug)]
pub struct RemovedChapterView {
    pub key: ChapterKey,
    /// Its number when removed.
    pub number: String,
    pub title: String,
    /// How many of its texts (its own and its sub-chapters') are kept.
    pub texts: usize,
}

/// The document of a plan, for those who may read the plan.
pub async fn document(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<PlanDocument, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Document))?;
    load(store, &scope, plan_id).await
}

/// The document of a plan in an organisation the caller has already been authorised
/// for (the operator's command line, or [`document`]).
pub async fn load(store: &dyn Store, scope: &OrgScope, plan_id: PlanId) -> Result<PlanDocument, AppError> {
    let plan = store.plan(scope, plan_id).await?;
    let programme = store.programme(scope, plan_id).await?;
    let texts = store.chapter_texts(scope, plan_id).await?;
    let chapters = numbered(&programme.outline.chapters)
        .into_iter()
        .map(|(number, depth, chapter)| DocumentChapter {
            key: chapter.key.clone(),
            number,
            depth,
            title: chapter.title.clone(),
            text: texts.iter().find(|t| t.key == chapter.key).cloned(),
        })
        .collect();
    let removed = programme
        .outline
        .removed
        .iter()
        .map(|r| RemovedChapterView {
            key: r.chapter.key.clone(),
            number: r.number.clone(),
            title: r.chapter.title.clone(),
            texts: r.chapter.keys().iter().filter(|k| texts.iter().any(|t| &t.key == *k)).count(),
        })
        .collect();
    let generated = generated(store, scope, &plan).await?;
    Ok(PlanDocument { plan, chapters, programme, generated, removed })
}

/// The plan's data for the generated blocks, read now: goals, measures, activities,
/// the inputs that are not hidden (credited as in public), and the legal references
/// of the plan's type in force today.
async fn generated(store: &dyn Store, scope: &OrgScope, plan: &Plan) -> Result<Generated, AppError> {
    let goals = store
        .goals(scope, plan.id)
        .await?
        .into_iter()
        .map(|g| GoalLine {
            id: g.id,
            parent: g.fields.parent,
            level: g.fields.level.code().to_owned(),
            title: g.fields.title,
        })
        .collect();
    let measures = store
        .measures(scope, plan.id)
        .await?
        .into_iter()
        .map(|m| MeasureLine {
            name: m.fields.name,
            owner: m.fields.owner,
            partners: m.fields.partners,
            status: m.fields.status.map(|s| s.code().to_owned()),
            evaluation: m.fields.evaluation,
            themes: m.fields.themes.iter().map(|t| t.as_str().to_owned()).collect(),
            other_themes: m.fields.other_themes,
            age_bands: m.fields.age_bands.iter().map(|b| b.code().to_owned()).collect(),
            prevention: m.fields.prevention.map(|p| p.code().to_owned()),
            goals: m.fields.goals,
        })
        .collect();
    let activities = store
        .activities(scope, plan.id)
        .await?
        .into_iter()
        .map(|a| ActivityLine {
            kind: a.fields.kind.as_str().to_owned(),
            title: a.fields.title,
            start: a.fields.start,
            end: a.fields.end,
            responsible: a.fields.responsible,
        })
        .collect();
    let inputs = store
        .inputs(scope, plan.id)
        .await?
        .into_iter()
        .filter(|i| i.hidden_reason.is_none())
        .map(|i| InputLine {
            reference: i.reference(),
            sender: crate::hearings::public_sender(&i).unwrap_or_default(),
            survey: i.fields.channel == forebygg_domain::hearing::Channel::SurveyFreeText,
            decision: i.assessment.as_ref().map(|a| a.decision.as_str().to_owned()),
            justification: i.assessment.map(|a| a.justification).unwrap_or_default(),
            text: i.fields.text,
        })
        .collect();
    let today = oslo_date(crate::now());
    let legal = register()
        .plan_type(&plan.plan_type)
        .map(|t| t.references_on(today))
        .unwrap_or_default()
        .into_iter()
        .map(|r| LegalLine { id: r.id.clone(), citation: r.citation(), subject: r.subject.clone() })
        .collect();
    let participation = store.programme(scope, plan.id).await?.participation;
    let (indicators, challenge) = knowledge(store, scope).await?;
    let mut surveys = Vec::new();
    let rules = store.survey_rules(scope).await?;
    for record in store.surveys(scope, plan.id).await? {
        if record.survey.results_ready(today.0) {
            let results = crate::surveys::results(store, scope, &record, rules).await?;
            surveys.push(SurveyFigures { answers: record.answers, survey: record.survey, results });
        }
    }
    Ok(Generated { goals, measures, activities, inputs, legal, participation, indicators, challenge, surveys })
}

/// The indicators chosen for the plan (by their place), compared, and the saved
/// challenge picture. The country's name is left to the document's language.
async fn knowledge(store: &dyn Store, scope: &OrgScope) -> Result<(Vec<Figures>, String), AppError> {
    let challenge = store.challenge_picture(scope).await?.unwrap_or_default();
    let mut chosen: Vec<_> = store.indicators(scope).await?.into_iter().filter(|i| i.meta.position.is_some()).collect();
    if chosen.is_empty() {
        return Ok((Vec::new(), challenge));
    }
    chosen.sort_by_key(|i| (i.meta.position, i.id.get()));
    let org = store
        .organisations()
        .await?
        .into_iter()
        .find(|o| o.id == scope.org_id())
        .ok_or_else(|| AppError::NotFound("organisation".into()))?;
    let mut figures = Vec::with_capacity(chosen.len());
    for indicator in chosen {
        let compared = crate::indicators::compared_in(store, scope, &org, indicator).await?;
        figures.push(crate::indicators::figures(&compared, ""));
    }
    Ok((figures, challenge))
}

/// Writes a chapter's text. The chapter must be in the outline.
pub async fn save_chapter(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, chapter): (PlanId, &ChapterKey),
    body: &str,
    now: UnixTime,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let programme = store.programme(&scope, plan_id).await?;
    if !programme.outline.contains(chapter) {
        return Err(AppError::NotFound(format!("chapter {chapter}")));
    }
    if body.chars().count() > MAX_CHAPTER_CHARS {
        return Err(AppError::invalid("body", ValidationError::TooLong { max: MAX_CHAPTER_CHARS }));
    }
    let text = ChapterText {
        key: chapter.clone(),
        body: body.trim_end().to_owned(),
        updated_by: actor.user.name.as_str().to_owned(),
        updated_at: now,
    };
    Ok(store.save_chapter(&scope, plan_id, &text).await?)
}

/// Deletes a removed chapter and its kept texts for good.
pub async fn forget_chapter(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, chapter): (PlanId, &ChapterKey),
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut programme = store.programme(&scope, plan_id).await?;
    let gone = programme.outline.forget(chapter).map_err(|_| AppError::NotFound(format!("chapter {chapter}")))?;
    store.delete_chapter_texts(&scope, plan_id, &gone).await?;
    Ok(store.save_programme(&scope, plan_id, &programme).await?)
}

/// Freezes the document as it stands — its chapters and its measures — as a version.
pub async fn freeze(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    form: &VersionForm,
    now: UnixTime,
) -> Result<Version, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    freeze_in(store, &scope, actor.user.name.as_str(), plan_id, form, now).await
}

/// [`freeze`] in an organisation the caller is already authorised for, by `by` (the demo).
pub async fn freeze_in(
    store: &dyn Store,
    scope: &OrgScope,
    by: &str,
    plan_id: PlanId,
    form: &VersionForm,
    now: UnixTime,
) -> Result<Version, AppError> {
    let fields = form.parse().map_err(|e| AppError::Invalid(crate::FieldErrors(e)))?;
    let doc = load(store, scope, plan_id).await?;
    let adopted = fields.kind == VersionKind::Adopted;
    if adopted {
        // Nothing is adopted before its hearing has closed, and only as the law says.
        let step = Step::Adopt {
            body: fields.body,
            decision_ref: fields.decision_ref.clone(),
            confirm_unanswered: form.confirm_unanswered.is_some(),
        };
        let f = crate::process::facts(store, scope, plan_id, now).await?;
        process::check(&step, &f.facts()).map_err(|r| {
            let field = match r {
                Refusal::BodyRequired | Refusal::CouncilMustAdopt => "body",
                Refusal::DecisionRequired => "decision_ref",
                Refusal::Unanswered(_) => "confirm_unanswered",
                _ => "kind",
            };
            crate::process::refused(field, r)
        })?;
    }
    // The check's scores as they stand now go with the version, to be shown over time.
    let check = Some(forebygg_domain::check::check(&crate::check::gather(store, scope, plan_id).await?).score_card());
    if fields.kind == VersionKind::Programme {
        // The programme as it goes on hearing, with the timeline its chapter shows.
        let snapshot = Snapshot {
            chapters: Vec::new(),
            measures: Vec::new(),
            generated: doc.generated,
            programme: Some(doc.programme),
            check,
        };
        return Ok(store.freeze_version(scope, plan_id, &fields, &snapshot, by, now).await?);
    }
    let snapshot = Snapshot {
        programme: None,
        chapters: doc
            .chapters
            .into_iter()
            .map(|c| SnapshotChapter {
                key: c.key.as_str().to_owned(),
                number: c.number,
                title: c.title,
                body: c.text.map(|t| t.body).unwrap_or_default(),
            })
            .collect(),
        measures: store
            .measures(scope, plan_id)
            .await?
            .into_iter()
            .map(|m| SnapshotMeasure {
                id: m.id,
                name: m.fields.name,
                owner: m.fields.owner,
                evaluation: m.fields.evaluation,
            })
            .collect(),
        generated: doc.generated,
        check,
    };
    let version = store.freeze_version(scope, plan_id, &fields, &snapshot, by, now).await?;
    // Removed chapters were kept until the next version; this is it.
    let mut programme = doc.programme;
    if !programme.outline.removed.is_empty() {
        let gone = programme.outline.forget_all();
        store.delete_chapter_texts(scope, plan_id, &gone).await?;
        store.save_programme(scope, plan_id, &programme).await?;
    }
    // The merknadsbehandling is frozen with it: the snapshot's generated data holds
    // every input with its answer as it stood.
    if adopted && doc.plan.phase != Phase::Adopted {
        let plan = &doc.plan;
        let adopted_fields = PlanFields {
            plan_type: plan.plan_type.clone(),
            title: plan.title.clone(),
            phase: Phase::Adopted,
            period: plan.period,
            under_pbl: plan.under_pbl,
        };
        store.update_plan(scope, plan_id, &adopted_fields).await?;
    }
    Ok(version)
}

/// The plan's frozen versions, oldest first.
pub async fn versions(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<Vec<Version>, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Document))?;
    Ok(store.versions(&scope, plan_id).await?)
}

/// The versions everyone may read (hearing drafts, adopted plans), oldest first.
pub async fn public_versions(store: &dyn Store, org: &Organisation, plan_id: PlanId) -> Result<Vec<Version>, AppError> {
    let scope = OrgScope::public(org);
    Ok(store.versions(&scope, plan_id).await?.into_iter().filter(|v| v.fields.kind.is_public()).collect())
}

/// A version everyone may read (a hearing draft or an adopted plan), with its plan.
pub async fn published_version(
    store: &dyn Store,
    org: &Organisation,
    plan_id: PlanId,
    version_id: VersionId,
) -> Result<(Plan, Version), AppError> {
    let not_found = || AppError::NotFound(format!("version {version_id} of plan {plan_id}"));
    let plan = store.plan(&OrgScope::public(org), plan_id).await?;
    let version =
        public_versions(store, org, plan_id).await?.into_iter().find(|v| v.id == version_id).ok_or_else(not_found)?;
    Ok((plan, version))
}
