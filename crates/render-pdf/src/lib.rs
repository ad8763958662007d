//! The plan document as PDF, typeset by typst inside the program: bundled fonts, no
//! network, no external program. A fixed template (`plan.typ`) reads the document model
//! as JSON from `sys.inputs` ([`forebygg_render::typst_inputs`]), so user text is data
//! the template places as text and can never become typst markup.
//!
//! A [`Typesetter`] is made once per process: it holds the parsed template and the
//! fonts (loaded on first use), and typst's memoisation keeps what earlier renders laid
//! out, so a second render of a similar document is much faster than the first
//! ("warm" against "cold" in `bench/render`).

use forebygg_render::{DocumentModel, typst_inputs};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// The template, compiled into the program.
pub const TEMPLATE: &str = include_str!("plan.typ");

/// How many compilations a memoised layout result may go unused before it is evicted:
/// keeps memory bounded in a long-running server while renders of the same plan stay warm.
const CACHE_MAX_AGE: usize = 10;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the template could not be typeset: {0}")]
    Typeset(String),
    #[error("the PDF could not be written: {0}")]
    Export(String),
}

/// A rendered PDF and its page count.
#[derive(Debug)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// The text of every page in reading order, as typst laid it out (for tests and
    /// checks; the PDF itself holds the same text).
    pub text: String,
    /// The PDF conforms to PDF/UA-1 (else it is tagged without that claim).
    pub ua1: bool,
}

/// Typesets plan documents. Make one and keep it: fonts and layouts are cached in it.
pub struct Typesetter {
    fonts: FontStore,
    main: Source,
}

impl std::fmt::Debug for Typesetter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter").finish_non_exhaustive()
    }
}

impl Typesetter {
    pub fn new() -> Result<Self, PdfError> {
        let path = VirtualPath::new("plan.typ").map_err(|e| PdfError::Typeset(format!("{e:?}")))?;
        let main = Source::new(RootedPath::new(VirtualRoot::Project, path).intern(), TEMPLATE.to_owned());
        let mut fonts = FontStore::new();
        fonts.extend(typst_kit::fonts::embedded());
        Ok(Typesetter { fonts, main })
    }

    /// Renders the document model as a tagged PDF (document language and title set,
    /// headings as bookmarks, fonts embedded).
    pub fn pdf(&self, model: &DocumentModel) -> Result<Pdf, PdfError> {
        let mut inputs = Dict::new();
        inputs.insert("data".into(), typst_inputs(model).into_value());
        let world = PlanWorld { setter: self, library: LazyHash::new(Library::builder().with_inputs(inputs).build()) };
        let document = typst::compile::<PagedDocument>(&world).output.map_err(|e| PdfError::Typeset(messages(&e)))?;
        // PDF/UA-1 when the text allows it; typst refuses some things UA-1 forbids (an
        // empty heading, say), and then the PDF is still tagged, with language and title.
        let ua1 = PdfOptions {
            standards: PdfStandards::new(&[PdfStandard::Ua_1])
                .map_err(|e| PdfError::Export(e.message().to_string()))?,
            ..PdfOptions::default()
        };
        let (bytes, ua1) = match typst_pdf::pdf(&document, &ua1) {
            Ok(bytes) => (bytes, true),
            Err(refused) => {
                tracing::info!("the PDF is tagged but not PDF/UA-1: {}", messages(&refused));
                (typst_pdf::pdf(&document, &PdfOptions::default()).map_err(|e| PdfError::Export(messages(&e)))?, false)
            }
        };
        let mut text = String::new();
        for page in document.pages() {
            collect_text(&page.frame, &mut text);
            text.push('\n');
        }
        typst::comemo::evict(CACHE_MAX_AGE);
        Ok(Pdf { bytes, pages: document.pages().len(), text, ua1 })
    }
}

fn messages(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics.iter().map(|d| d.message.as_str()).collect::<Vec<_>>().join("; ")
}

fn collect_text(frame: &Frame, out: &mut String) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => collect_text(&group.frame, out),
            FrameItem::Text(text) => {
                out.push_str(&text.text);
                out.push(' ');
            }
            _ => {}
        }
    }
}

/// The world one compilation sees: the template, the bundled fonts, and the inputs.
struct PlanWorld<'a> {
    setter: &'a Typesetter,
    library: LazyHash<Library>,
}

impl World for PlanWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.setter.fonts.book()
    }

    fn main(&self) -> FileId {
        self.setter.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.setter.main.id() { Ok(self.setter.main.clone()) } else { Err(not_found(id)) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.setter.main.id() { Ok(Bytes::from_string(self.setter.main.clone())) } else { Err(not_found(id)) }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.setter.fonts.font(index)
    }

    /// The template shows no date of its own; typst's `datetime.today()` is never called.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_with_slash().into())
}

impl forebygg_render::PdfEngine for Typesetter {
    fn pdf(&self, model: &DocumentModel) -> Result<(Vec<u8>, usize), String> {
        Typesetter::pdf(self, model).map(|pdf| (pdf.bytes, pdf.pages)).map_err(|e| e.to_string())
    }
}
