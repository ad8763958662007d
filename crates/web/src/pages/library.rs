//! The shared library (issue 18): for each kind of plan, the legal requirements in
//! force today (the shipped legal register) and guidance for making it (the reference
//! list of seed 000), searchable and public like the law it cites; and, for those
//! signed in, the measures municipalities share, each copied into a plan of one's own
//! with its origin kept.

use askama::Template;
use axum::Form;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::{AppError, library, organisations, plans};
use forebygg_domain::Action;
use forebygg_domain::ids::{MeasureId, PlanId};
use forebygg_domain::measures::format_kroner;
use forebygg_domain::plan::register::register;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Address, Params, Visit};
use crate::ui::{Choice, Page, paths, render, today};
use forebygg_texts::labels;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct LibraryQuery {
    q: String,
}

/// A kind of plan with what the law asks of it and what guides it.
pub struct Section {
    pub code: String,
    pub name: String,
    /// Citation and what it requires.
    pub references: Vec<(String, String)>,
    /// Title and publisher.
    pub guidance: Vec<(String, String)>,
}

/// A measure a municipality shares.
pub struct SharedView {
    pub id: String,
    pub name: String,
    pub municipality: String,
    pub owner: String,
    pub description: String,
    pub evidence: String,
    pub cost: String,
    pub reach: String,
}

#[derive(Template)]
#[template(path = "library.html")]
struct LibraryPage {
    page: Page,
    q: String,
    sections: Vec<Section>,
    count: String,
    /// For those signed in: the shared measures, and the plans they may copy into.
    signed_in: bool,
    shared: Vec<SharedView>,
    shared_count: String,
    plans: Vec<Choice>,
}

pub async fn show(Visit { state, ctx }: Visit, Params(query): Params<LibraryQuery>) -> Result<Response, PageError> {
    let t = ctx.tr();
    let day = today();
    let needle = query.q.trim().to_lowercase();
    let sections: Vec<Section> = register()
        .plan_types()
        .iter()
        .filter(|p| !p.references_on(day).is_empty() || !p.guidance.is_empty())
        .map(|p| Section {
            code: p.code.clone(),
            name: p.name(ctx.lang).to_owned(),
            references: p
                .references_on(day)
                .iter()
                .map(|r| (labels::citation(t, r), t.get(&format!("legal-subject-{}", r.id))))
                .collect(),
            guidance: p.guidance.iter().map(|g| (g.title.clone(), g.publisher.clone())).collect(),
        })
        .filter(|s| {
            // A law is found by its name in any of the three languages.
            let cited_anyhow = register().plan_type(&s.code).is_some_and(|p| {
                p.references_on(day).iter().any(|r| {
                    forebygg_domain::Lang::ALL.iter().any(|lang| {
                        labels::citation(forebygg_texts::Tr { lang: *lang }, r).to_lowercase().contains(&needle)
                    })
                })
            });
            needle.is_empty()
                || cited_anyhow
                || s.name.to_lowercase().contains(&needle)
                || s.references
                    .iter()
                    .any(|(c, w)| c.to_lowercase().contains(&needle) || w.to_lowercase().contains(&needle))
                || s.guidance
                    .iter()
                    .any(|(title, by)| title.to_lowercase().contains(&needle) || by.to_lowercase().contains(&needle))
        })
        .collect();
    let count = t.with("library-count", "count", &sections.len().to_string());
    let (mut shared, mut plan_choices) = (Vec::new(), Vec::new());
    if let Some(actor) = &ctx.actor {
        for (org, m) in library::shared(state.store(), &query.q).await? {
            let f = &m.fields;
            shared.push(SharedView {
                id: m.id.to_string(),
                name: f.name.clone(),
                municipality: org.name.clone(),
                owner: f.owner.clone(),
                description: f.description.clone(),
                evidence: labels::evidence(t, f.evidence),
                cost: f.yearly_cost_ore.map(|o| format!("{} kr", format_kroner(o))).unwrap_or_else(|| "–".into()),
                reach: f.reach.map(|r| r.to_string()).unwrap_or_else(|| "–".into()),
            });
        }
        // The plans of every organisation where the person edits plans.
        for membership in &actor.memberships {
            if !membership.role.allows(Action::EditPlans) {
                continue;
            }
            for plan in plans::list(state.store(), actor, &membership.org).await? {
                plan_choices.push(Choice {
                    value: format!("{}:{}", membership.org.code, plan.id),
                    label: format!("{}: {}", membership.org.name, plan.title),
                    selected: false,
                });
            }
        }
    }
    let shared_count = t.with("library-shared-count", "count", &shared.len().to_string());
    Ok(render(&LibraryPage {
        page: Page::new(&ctx, "library-title"),
        q: query.q.clone(),
        sections,
        count,
        signed_in: ctx.actor.is_some(),
        shared,
        shared_count,
        plans: plan_choices,
    }))
}

#[derive(Deserialize)]
pub struct SharedPath {
    measure: MeasureId,
}

/// The copy form: the plan to copy into, as `code:plan`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CopyForm {
    plan: String,
}

/// Copies a shared measure into a plan of one's own and opens the copy.
pub async fn copy(
    Visit { state, ctx }: Visit,
    Address(SharedPath { measure }): Address<SharedPath>,
    Form(form): Form<CopyForm>,
) -> Result<Response, PageError> {
    let actor = ctx.actor.as_ref().ok_or(PageError::App(AppError::Forbidden))?;
    let (code, plan) = form.plan.split_once(':').ok_or(PageError::NotFound)?;
    let plan = PlanId::new(plan.parse::<i64>().map_err(|_| PageError::NotFound)?);
    let org = organisations::find(state.store(), code).await?;
    let copied = library::copy(state.store(), actor, &org, plan, measure).await?;
    let at = paths::PlanUrls::new(org.code.as_str(), plan).at(&format!("measures/{copied}?copied=1"));
    Ok(Redirect::to(&at).into_response())
}
