//! The plan document: free text per chapter of the outline, written in a small markup
//! (`markup.rs`), from which the web page — and later PDF and DOCX — are made.

pub mod markup;
pub mod version;
