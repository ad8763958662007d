//! What people read, in bokmål, nynorsk or English: the message catalogues (one Fluent
//! file per language under `locales/`), the words for every domain vocabulary
//! ([`labels`]), the plan document's model for the renderers ([`document`]) and the
//! receipt e-mail. The web pages and the command line both speak through this crate.
//!
//! Invariant: no HTTP, no SQL, no I/O; it turns domain values into text and nothing
//! else. It depends on `render` only for the document model's types.

pub mod document;
mod i18n;
pub mod labels;
mod mail;

pub use document::{document_model, expanded, programme_model, published_model, version_chapters};
pub use i18n::{Tr, catalogue_keys, translate};
pub use mail::receipt_mail;
