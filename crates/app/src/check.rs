//! The plan check (C11): gathers what the rules read about a plan and runs them.

use forebygg_domain::Action;
use forebygg_domain::Organisation;
use forebygg_domain::check::{
    self, ChapterFacts, CheckInput, ConferenceFacts, InputFacts, LinkedPlan, Report, ScoreCard,
};
use forebygg_domain::document::version::VersionFields;
use forebygg_domain::ids::PlanId;
use forebygg_domain::plan::Plan;
use forebygg_domain::plan::programme::numbered;
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::dates::oslo_date;

use crate::access::{OrgScope, authorize};
use crate::{Actor, AppError, Store};

/// A plan and what the check says about it.
#[derive(Clone, Debug)]
pub struct Checked {
    pub plan: Plan,
    pub report: Report,
}

/// Runs the check on a plan of the organisation (staff who read internal pages).
pub async fn run(store: &dyn Store, actor: &Actor, org: &Organisation, plan_id: PlanId) -> Result<Checked, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let input = gather(store, &scope, plan_id).await?;
    let report = check::check(&input);
    Ok(Checked { plan: input.plan, report })
}

/// The score cards the plan's frozen versions kept, oldest first (for the report's
/// history; the plan's page and the document's appendix do without).
pub async fn history(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<Vec<(VersionFields, ScoreCard)>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.versions(&scope, plan_id).await?.into_iter().filter_map(|v| Some((v.fields, v.snapshot.check?))).collect())
}

/// What the rules read: the plan, its programme and chapters, measures, goals, calendar,
/// inputs (answered or not; hidden ones are not waiting for an answer), dialogue
/// conferences, and the linked plans with the themes their measures cover.
pub async fn gather(store: &dyn Store, scope: &OrgScope, plan_id: PlanId) -> Result<CheckInput, AppError> {
    let mut plan = store.plan(scope, plan_id).await?;
    let activities = store.activities(scope, plan_id).await?;
    let today = oslo_date(crate::now());
    plan.phase = forebygg_domain::plan::process::phase_on(plan.phase, &activities, today);
    let programme = store.programme(scope, plan_id).await?;
    let texts = store.chapter_texts(scope, plan_id).await?;
    let chapters = numbered(&programme.outline.chapters)
        .into_iter()
        .map(|(number, _, chapter)| ChapterFacts {
            key: chapter.key.clone(),
            number,
            title: chapter.title.clone(),
            has_text: texts.iter().any(|t| t.key == chapter.key && !t.body.trim().is_empty()),
        })
        .collect();
    let inputs = store
        .inputs(scope, plan_id)
        .await?
        .into_iter()
        .filter(|i| i.hidden_reason.is_none())
        .map(|i| InputFacts {
            id: i.id,
            reference: i.reference(),
            channel: i.fields.channel,
            answered: i.assessment.is_some(),
        })
        .collect();
    let conferences = store
        .conferences(scope, plan_id)
        .await?
        .into_iter()
        .map(|c| ConferenceFacts {
            title: c.fields.title,
            participants: c.fields.participants,
            held_on: c.fields.held_on,
        })
        .collect();
    let mut links = Vec::new();
    for (kind, linked) in store.links(scope, plan_id).await? {
        let mut themes: Vec<Theme> =
            store.measures(scope, linked.id).await?.into_iter().flat_map(|m| m.fields.themes).collect();
        themes.sort_unstable();
        themes.dedup();
        links.push(LinkedPlan { kind, id: linked.id, title: linked.title, plan_type: linked.plan_type, themes });
    }
    Ok(CheckInput {
        measures: store.measures(scope, plan_id).await?,
        goals: store.goals(scope, plan_id).await?,
        plan,
        today,
        programme,
        chapters,
        activities,
        inputs,
        conferences,
        links,
    })
}
