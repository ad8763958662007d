//! The plan document as the renderers see it: a [`DocumentModel`] with every label in
//! the reader's language and the generated blocks expanded, for the current text, a
//! frozen version or the planning programme. The web's downloads and the command line
//! make their files from the same model.

use forebygg_app::document::PlanDocument;
use forebygg_domain::Lang;
use forebygg_domain::document::generated::{Generated, expand};
use forebygg_domain::document::markup::{Text, parse};
use forebygg_domain::document::programme::programme_chapters;
use forebygg_domain::document::version::Version;
use forebygg_render::{ChapterModel, DocumentModel};

use crate::Tr;
use crate::labels::version_name;

/// A chapter's text parsed, with its generated blocks made from `data` in the reader's
/// language.
pub fn expanded(t: Tr, body: &str, data: &Generated) -> Text {
    expand(parse(body), data, &|key| t.get(key))
}

fn depth(number: &str) -> usize {
    number.matches('.').count()
}

/// A plan's model: each chapter on a new page.
fn model(t: Tr, municipality: &str, title: &str, version: String, chapters: Vec<ChapterModel>) -> DocumentModel {
    DocumentModel {
        lang: t.lang.code().to_owned(),
        municipality: t.with("document-municipality", "name", municipality),
        title: title.to_owned(),
        version,
        contents_label: t.get("document-toc"),
        page_per_chapter: true,
        chapters,
    }
}

/// The document model of the current document, or of frozen version `version`, with
/// its labels in `lang`.
pub fn document_model(lang: Lang, municipality: &str, doc: &PlanDocument, version: Option<&Version>) -> DocumentModel {
    let t = Tr { lang };
    let Some(v) = version else {
        let chapters = doc
            .chapters
            .iter()
            .map(|c| ChapterModel {
                number: c.number.clone(),
                title: c.title.clone(),
                depth: c.depth,
                text: expanded(t, c.text.as_ref().map(|x| x.body.as_str()).unwrap_or(""), &doc.generated),
            })
            .collect();
        return model(t, municipality, &doc.plan.title, t.get("version-working"), chapters);
    };
    published_model(lang, municipality, &doc.plan.title, v)
}

/// A frozen version as a document model: all it needs is in the version itself.
pub fn published_model(lang: Lang, municipality: &str, plan_title: &str, v: &Version) -> DocumentModel {
    let t = Tr { lang };
    model(t, municipality, plan_title, version_name(t, v), version_chapters(t, v))
}

/// A frozen version's chapters: the snapshot's, or for a programme version those made
/// from the programme as it stood.
pub fn version_chapters(t: Tr, v: &Version) -> Vec<ChapterModel> {
    if let Some(programme) = &v.snapshot.programme {
        return programme_chapters(programme, &v.snapshot.generated, &|key| t.get(key))
            .into_iter()
            .map(|c| ChapterModel { number: c.number, title: c.title, depth: c.depth, text: c.text })
            .collect();
    }
    v.snapshot
        .chapters
        .iter()
        .map(|c| ChapterModel {
            number: c.number.clone(),
            title: c.title.clone(),
            depth: depth(&c.number),
            text: expanded(t, &c.body, &v.snapshot.generated),
        })
        .collect()
}

/// The planning programme as a document model, with its labels in `lang`.
pub fn programme_model(lang: Lang, municipality: &str, doc: &PlanDocument) -> DocumentModel {
    let t = Tr { lang };
    let chapters = programme_chapters(&doc.programme, &doc.generated, &|key| t.get(key))
        .into_iter()
        .map(|c| ChapterModel { number: c.number, title: c.title, depth: c.depth, text: c.text })
        .collect();
    let title = t.with("programme-title", "plan", &doc.plan.title);
    // A programme's sections are short: they run on rather than each take a page.
    DocumentModel { page_per_chapter: false, ..model(t, municipality, &title, t.get("version-working"), chapters) }
}
