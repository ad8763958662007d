//! The web interface, driven through the real router with a real (SQLite) store and
//! the demo data: no port, no browser. Browser checks (axe-core, keyboard) are in e2e/.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod account;
mod api;
mod boundaries;
mod check;
mod conferences;
mod county;
mod document;
mod gatherings;
mod goals;
mod hearings;
mod i18n;
mod indicators;
mod isolation;
mod library;
mod measures;
mod members;
mod organisations;
mod plans;
mod process;
mod public;
mod reflections;
mod security;
mod surveys;
