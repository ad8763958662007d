//! The plan document as files, made from a view model ([`DocumentModel`]) by pure
//! functions: DOCX here (municipalities edit and archive in Word); PDF in the
//! `forebygg-render-pdf` crate, which typesets [`typst_inputs`] — this model as JSON —
//! with a fixed typst template, so typst's long build stays out of the crates people
//! iterate on.
//!
//! Invariant: user text only ever enters a file as text (runs of a DOCX paragraph, JSON
//! strings that the typst template places as text), never as markup of the file format.

pub mod docx;
mod picture;
pub mod qr;

use forebygg_domain::document::markup::Text;
use serde::Serialize;

/// What a rendered document holds, in the language it is rendered in.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DocumentModel {
    /// The document's language: "nb", "nn" or "en" (hyphenation, PDF and Word metadata).
    pub lang: String,
    pub municipality: String,
    pub title: String,
    /// "Høringsutkast 22.01.2024" or "Utkast", shown on the cover.
    pub version: String,
    /// The heading of the contents.
    pub contents_label: String,
    /// Each chapter starts a new page: a plan's long chapters do; a planning programme's
    /// or a report's short sections run on (nine mostly blank pages otherwise).
    pub page_per_chapter: bool,
    pub chapters: Vec<ChapterModel>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct ChapterModel {
    pub number: String,
    pub title: String,
    /// 0 for a chapter, 1 for a sub-chapter, 2 below.
    pub depth: usize,
    pub text: Text,
}

/// The model as the JSON string the PDF template reads from `sys.inputs`. Stable key
/// order (struct order), so snapshots of it show what changed.
pub fn typst_inputs(model: &DocumentModel) -> String {
    serde_json::to_string_pretty(model).unwrap_or_default()
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the DOCX file could not be written: {0}")]
    Docx(String),
}

/// A PDF typesetter. Implemented by `forebygg-render-pdf` (typst); the web crate takes
/// one from the binary, so the crates people iterate on do not build typst.
pub trait PdfEngine: Send + 'static {
    /// The document as PDF bytes and its page count, or why it could not be made.
    fn pdf(&self, model: &DocumentModel) -> Result<(Vec<u8>, usize), String>;
}
