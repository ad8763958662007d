//! Destructive actions ask first, without JavaScript: the remove form posts as before;
//! unless it carries `confirm=yes`, the answer is a page that names what would go and
//! posts the same fields again with `confirm=yes`, or leads back without changing
//! anything.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::{Page, render_with};
use crate::Ctx;

/// The field a remove form sends once the question has been answered.
#[derive(Deserialize, Default, Clone)]
pub struct Confirm {
    #[serde(default)]
    pub confirm: String,
}

impl Confirm {
    pub fn is_confirmed(&self) -> bool {
        self.confirm == "yes"
    }
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    page: Page,
    question: String,
    consequence: String,
    action: String,
    fields: Vec<(String, String)>,
    yes: String,
    back: String,
}

/// What the question page says and where its answer goes.
pub struct Question<'a> {
    /// The message key of the question; `{ $name }` is what is removed.
    pub key: &'a str,
    /// What is removed, as the store names it (the handler has found it, so an address
    /// of something that is not there, or not this organisation's, is a 404 first).
    pub name: String,
    /// The message key of what follows from it (may be empty).
    pub consequence: &'a str,
    /// Where the confirmed form posts, and the fields it sends again.
    pub action: String,
    pub fields: Vec<(&'static str, String)>,
    /// The page to go back to without removing.
    pub back: String,
    /// The message key of the button that confirms ("Ja, fjern"; "Ja, meld av").
    pub yes: &'a str,
}

/// The question page (200), with the form that confirms.
pub fn ask(ctx: &Ctx, q: Question<'_>) -> Response {
    let consequence = if q.consequence.is_empty() { String::new() } else { ctx.tr().get(q.consequence) };
    question_page(ctx, q, consequence)
}

/// The question page whose consequence counts what goes with it (`{ $count }`).
pub fn ask_counted(ctx: &Ctx, q: Question<'_>, count: usize) -> Response {
    let consequence = ctx.tr().with(q.consequence, "count", &count.to_string());
    question_page(ctx, q, consequence)
}

fn question_page(ctx: &Ctx, q: Question<'_>, consequence: String) -> Response {
    let t = ctx.tr();
    let question = t.with(q.key, "name", q.name.trim());
    render_with(
        StatusCode::OK,
        &ConfirmPage {
            page: Page::titled(ctx, question.clone()),
            question,
            consequence,
            action: q.action,
            fields: q.fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            yes: t.get(q.yes),
            back: q.back,
        },
    )
}
