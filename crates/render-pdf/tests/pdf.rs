//! The PDF as others read it: poppler's `pdfinfo`, `pdffonts`, `pdftotext` and
//! `pdftohtml -xml` (outline). Without poppler these checks skip and say so, unless
//! FOREBYGG_REQUIRE_POPPLER is set (CI sets it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use forebygg_domain::document::markup::{Block, Inline, Text, parse};
use forebygg_render::{ChapterModel, DocumentModel};
use forebygg_render_pdf::Typesetter;
use proptest::prelude::*;

fn setter() -> &'static Typesetter {
    static SETTER: OnceLock<Typesetter> = OnceLock::new();
    SETTER.get_or_init(|| Typesetter::new().unwrap())
}

const MEASURES: [&str; 4] =
    ["ICDP foreldreveiledning", "BTI – bedre tverrfaglig innsats", "Ungdomsklubben", "Zippys venner"];

fn chapter(number: &str, title: &str, body: &str) -> ChapterModel {
    ChapterModel { number: number.into(), title: title.into(), depth: number.matches('.').count(), text: parse(body) }
}

fn plan() -> DocumentModel {
    let table =
        MEASURES.iter().map(|m| format!("| {m} | Helsestasjonen | 31.12.2027 |")).collect::<Vec<_>>().join("\n");
    DocumentModel {
        lang: "nb".into(),
        municipality: "Engerdal kommune".into(),
        title: "Plan for forebyggende arbeid med barn og unge".into(),
        version: "Høringsutkast 22.01.2024".into(),
        contents_label: "Innhold".into(),
        page_per_chapter: true,
        chapters: vec![
            chapter(
                "1",
                "Innledning",
                "Planen er *forankret* i **barnevernsloven § 15-1**.[^1]\n\n[^1]: Lov 18. juni 2021 nr. 97.",
            ),
            chapter("1.1", "Bakgrunn", "- første punkt\n- andre punkt\n\n1. ett\n2. to"),
            chapter(
                "2",
                "Tiltak",
                &format!("## Tiltak per mål\n\n| Tiltak | Ansvarlig | Evaluering |\n|---|---|---|\n{table}"),
            ),
            chapter("3", "Medvirkning", "Se [Ungsinn](https://ungsinn.no) for evidens."),
        ],
    }
}

fn poppler() -> bool {
    let found = Command::new("pdfinfo").arg("-v").output().is_ok();
    if !found {
        assert!(std::env::var_os("FOREBYGG_REQUIRE_POPPLER").is_none(), "poppler-utils is required here");
        eprintln!("SKIPPED: poppler-utils (pdfinfo, pdftotext) is not installed");
    }
    found
}

fn run(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" || tool == "pdftohtml" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap();
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '\u{ad}').collect()
}

#[test]
fn poppler_reads_title_language_fonts_headings_and_measures() {
    let pdf = setter().pdf(&plan()).unwrap();
    assert!(pdf.pages >= 4, "cover, contents and chapters on their own pages: {} pages", pdf.pages);
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.pdf");
    std::fs::write(&file, &pdf.bytes).unwrap();

    let info = run("pdfinfo", &[], &file);
    let field =
        |name: &str| info.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_default().to_owned();
    assert_eq!(field("Title:"), "Plan for forebyggende arbeid med barn og unge", "{info}");
    assert_eq!(field("Author:"), "Engerdal kommune", "{info}");
    assert_eq!(field("Tagged:"), "yes", "{info}");
    assert_eq!(field("Pages:"), pdf.pages.to_string(), "{info}");
    assert!(pdf.ua1, "the plan should pass typst's PDF/UA-1 checks");

    let fonts = run("pdffonts", &[], &file);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        // Columns: name type encoding emb sub uni object ID.
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cols[cols.len() - 5], "yes", "font not embedded: {row}");
    }

    let text = squash(&run("pdftotext", &["-layout"], &file));
    for c in &plan().chapters {
        assert!(
            text.contains(&squash(&format!("{} {}", c.number, c.title))),
            "heading {} {} missing",
            c.number,
            c.title
        );
    }
    for m in MEASURES {
        assert!(text.contains(&squash(m)), "measure {m} missing");
    }
    assert!(text.contains(&squash("Lov 18. juni 2021 nr. 97.")), "footnote text missing");

    let xml = run("pdftohtml", &["-xml", "-i", "-stdout", "-q"], &file);
    let outline = xml.split_once("<outline>").map(|(_, rest)| rest).unwrap_or_default();
    for c in &plan().chapters {
        assert!(outline.contains(&format!("{} {}", c.number, c.title)), "no bookmark for {}: {xml}", c.title);
    }

    let structure = run("pdfinfo", &["-struct"], &file);
    assert!(structure.contains("H1") && structure.contains("H2") && structure.contains("Table"), "{structure}");
}

/// The coverage picture typesets as a tagged table (still PDF/UA-1) whose numbers are
/// on the page; short sections of a document that does not want a page per chapter run
/// on instead of each taking a page.
#[test]
fn a_grid_is_a_table_with_its_numbers_and_short_sections_run_on() {
    use forebygg_domain::document::markup::GridRow;
    let words = |s: &str| vec![Inline::Text { text: s.into() }];
    let grid = Block::Grid {
        caption: words("Universell forebygging"),
        columns: ["0–5 år", "6–12 år", "13–15 år", "16–19 år"].iter().map(|c| words(c)).collect(),
        rows: vec![
            GridRow { label: words("Omsorgssvikt"), counts: vec![0, 1, 2, 7] },
            GridRow { label: words("Vold"), counts: vec![3, 0, 0, 4] },
        ],
    };
    let body = Text { blocks: vec![grid], footnotes: vec![] };
    let short = |n: &str| ChapterModel { number: n.into(), title: format!("Del {n}"), depth: 0, text: parse("Kort.") };
    let mut chapters = vec![ChapterModel { number: "1".into(), title: "Dekning".into(), depth: 0, text: body }];
    chapters.extend(["2", "3", "4", "5", "6"].map(short));
    let model = DocumentModel { chapters: chapters.clone(), page_per_chapter: false, ..plan() };
    let pdf = setter().pdf(&model).unwrap();
    assert!(pdf.ua1, "the grid keeps the document PDF/UA-1");
    let paged = setter().pdf(&DocumentModel { chapters, page_per_chapter: true, ..plan() }).unwrap();
    assert!(paged.pages >= pdf.pages + 4, "{} pages with a page per chapter, {} without", paged.pages, pdf.pages);
    assert!(pdf.pages <= 3, "cover, contents and the text: {} pages", pdf.pages);
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("grid.pdf");
    std::fs::write(&file, &pdf.bytes).unwrap();
    let text = run("pdftotext", &["-layout"], &file);
    let line = text.lines().find(|l| l.contains("Omsorgssvikt")).unwrap_or_default();
    assert_eq!(line.split_whitespace().skip(1).collect::<Vec<_>>(), ["0", "1", "2", "7"], "{text}");
    assert!(text.contains("Universell forebygging"), "{text}");
}

#[test]
fn language_of_the_document_is_set() {
    for lang in ["nb", "nn", "en"] {
        let pdf = setter().pdf(&DocumentModel { lang: lang.into(), ..plan() }).unwrap();
        if !poppler() {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.pdf");
        std::fs::write(&file, &pdf.bytes).unwrap();
        let meta = run("pdfinfo", &["-meta"], &file);
        assert!(
            meta.contains(&format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>")),
            "language {lang} not in {meta}"
        );
        assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "not PDF/UA-1: {meta}");
    }
}

/// Strings that would be markup if spliced into typst source: each must come out as
/// the same characters on the page.
fn hostile() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r#"[a-zA-Z0-9#$\[\]\\{}*_`<>@=~/()+;:,.!?&%^| -]{1,24}"#).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn user_text_is_typeset_as_text(title in hostile(), heading in hostile(), cell in hostile()) {
        // Straight into the model, past our own markup parser: this is about typst.
        let words = || vec![Inline::Text { text: cell.clone() }];
        let body = Text {
            blocks: vec![Block::Paragraph { content: words() }, Block::Table { header: vec![words()], rows: vec![vec![words()]] }],
            footnotes: vec![],
        };
        let model = DocumentModel {
            title: title.clone(),
            chapters: vec![ChapterModel { number: "1".into(), title: heading.clone(), depth: 0, text: body }],
            ..plan()
        };
        let pdf = setter().pdf(&model).unwrap();
        let text = squash(&pdf.text);
        prop_assert!(text.contains(&squash(&title)), "title {title:?} not on the page");
        prop_assert!(text.contains(&squash(&heading)), "heading {heading:?} not on the page");
        prop_assert!(text.matches(&squash(&cell)).count() >= 3, "cell {cell:?} not three times on the page");
    }

    #[test]
    fn control_characters_and_any_unicode_never_break_the_render(text in any::<String>(), title in "\\PC{0,40}") {
        let model = DocumentModel { title, chapters: vec![chapter("1", &text, &text)], ..plan() };
        let result = setter().pdf(&model);
        prop_assert!(result.is_ok(), "{:?}", result.err());
    }
}

/// A chart typesets as its picture, its text alternative and its data table: the PDF's
/// text has the title and every value, a suppressed one in words, never a 0, and the
/// document stays PDF/UA-1.
#[test]
fn a_chart_shows_its_picture_title_and_table_with_suppressed_values_in_words() {
    use forebygg_domain::document::chart::{Cell, Chart, ChartKind, Figure, Series};
    let cell = |v: Option<f64>, t: &str| Cell { value: v.map(Figure), text: t.into() };
    let chart = Chart {
        key: "ind-1-line".into(),
        kind: ChartKind::Line,
        title: "Mobbet på skolen, ungdomstrinnet".into(),
        unit: "prosent".into(),
        category_label: "Periode".into(),
        categories: vec!["2015–2017".into(), "2016–2018".into(), "2017–2019".into()],
        series: vec![
            Series {
                name: "Engerdal".into(),
                cells: vec![cell(None, "skjermet"), cell(Some(13.0), "13"), cell(Some(13.4), "13,4")],
            },
            Series {
                name: "Innlandet".into(),
                cells: vec![cell(Some(8.0), "8"), cell(Some(8.2), "8,2"), cell(Some(8.3), "8,3")],
            },
        ],
        highlight: None,
        summary: "Engerdal ligger over fylket.".into(),
        decimal_comma: true,
        scale_max: None,
    };
    let body = Text { blocks: vec![Block::chart(chart)], footnotes: vec![] };
    let chapters = vec![ChapterModel { number: "1".into(), title: "Kunnskapsgrunnlag".into(), depth: 0, text: body }];
    let pdf = setter().pdf(&DocumentModel { chapters, ..plan() }).unwrap();
    assert!(pdf.ua1, "the chart keeps the document PDF/UA-1");
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chart.pdf");
    std::fs::write(&file, &pdf.bytes).unwrap();
    let text = run("pdftotext", &["-layout"], &file);
    assert!(text.contains("Mobbet på skolen, ungdomstrinnet"), "{text}");
    assert!(text.contains("Engerdal ligger over fylket."), "{text}");
    // The last line that starts with a period is the table's (the first is the axis).
    let row = text.lines().rfind(|l| l.trim_start().starts_with("2015–2017")).unwrap_or_default();
    assert_eq!(row.split_whitespace().collect::<Vec<_>>(), ["2015–2017", "skjermet", "8"], "{text}");
    let row = text.lines().rfind(|l| l.trim_start().starts_with("2017–2019")).unwrap_or_default();
    assert_eq!(row.split_whitespace().collect::<Vec<_>>(), ["2017–2019", "13,4", "8,3"], "{text}");
    // The SVG is drawn as vectors with its labels as text: the direct label and the
    // table's head both name Engerdal.
    assert!(text.matches("Engerdal").count() >= 2, "the chart's direct label and the table's head: {text}");
}
