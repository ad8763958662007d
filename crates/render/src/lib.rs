//! The plan document as files, made from a view model ([`DocumentModel`]) by pure
//! functions: DOCX now (municipalities edit and archive in Word), PDF with typst later
//! in this crate so its long build stays out of the crates people iterate on.
//!
//! Invariant: user text only ever enters a file as text (runs of a DOCX paragraph),
//! never as markup of the file format.

pub mod docx;

use forebygg_domain::document::markup::Text;

/// What a rendered document holds, in the language it is rendered in.
#[derive(Clone, Debug, Default)]
pub struct DocumentModel {
    pub municipality: String,
    pub title: String,
    /// "Høringsutkast 22.01.2024" or "Utkast", shown on the cover.
    pub version: String,
    /// The heading of the contents.
    pub contents_label: String,
    pub chapters: Vec<ChapterModel>,
}

#[derive(Clone, Debug, Default)]
pub struct ChapterModel {
    pub number: String,
    pub title: String,
    /// 0 for a chapter, 1 for a sub-chapter, 2 below.
    pub depth: usize,
    pub text: Text,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the DOCX file could not be written: {0}")]
    Docx(String),
}
