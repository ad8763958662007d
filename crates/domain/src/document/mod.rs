//! The plan document: free text per chapter of the outline, written in a small markup
//! (`markup.rs`) with generated blocks from the plan's data (`generated.rs`), from which
//! the web page, the PDF and the DOCX are made; and its frozen versions (`version.rs`).

pub mod chart;
pub mod generated;
pub mod markup;
pub mod programme;
pub mod version;
