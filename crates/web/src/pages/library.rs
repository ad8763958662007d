//! The shared library (issue 18): for each kind of plan, the legal requirements in
//! force today (the shipped legal register) and guidance for making it (the reference
//! list of seed 000), searchable. Public, like the law it cites.

use askama::Template;
use axum::response::Response;
use forebygg_domain::plan::register::register;
use serde::Deserialize;

use crate::errors::PageError;
use crate::extract::{Params, Visit};
use crate::ui::{Page, render, today};
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

#[derive(Template)]
#[template(path = "library.html")]
struct LibraryPage {
    page: Page,
    q: String,
    sections: Vec<Section>,
    count: String,
}

pub async fn show(Visit { ctx, .. }: Visit, Params(query): Params<LibraryQuery>) -> Result<Response, PageError> {
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
            needle.is_empty()
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
    Ok(render(&LibraryPage { page: Page::new(&ctx, "library-title"), q: query.q.clone(), sections, count }))
}
