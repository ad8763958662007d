//! The document as DOCX: real Word heading styles (Heading 1–3, with outline levels, so
//! Word's navigation and table of contents work), real tables with a header row, lists,
//! emphasis, links and footnotes (gathered at the end of each chapter).

use docx_rs::{
    AlignmentType, BorderType, Docx, Footer, PageNum, Paragraph, Pic, Run, Shading, ShdType, Style, StyleType, Table,
    TableCell, TableCellBorder, TableCellBorderPosition, TableOfContents, TableRow,
};
use forebygg_domain::document::chart::{Chart, escape};
use forebygg_domain::document::markup::{Block, GridRow, Inline, grid_band};

use crate::{DocumentModel, RenderError, picture};

fn runs(paragraph: Paragraph, inlines: &[Inline], bold: bool, italic: bool) -> Paragraph {
    inlines.iter().fold(paragraph, |p, i| match i {
        Inline::Text { text } => {
            let mut run = Run::new().add_text(text);
            if bold {
                run = run.bold();
            }
            if italic {
                run = run.italic();
            }
            p.add_run(run)
        }
        Inline::Emph { content } => runs(p, content, bold, true),
        Inline::Strong { content } => runs(p, content, true, italic),
        Inline::Link { content, url } => {
            let p = runs(p, content, bold, italic);
            p.add_run(Run::new().add_text(format!(" ({url})")))
        }
        Inline::FootnoteRef { number } => p.add_run(Run::new().add_text(format!("[{number}]"))),
    })
}

fn heading_style(id: &str, name: &str, level: usize, size: usize) -> Style {
    Style::new(id, StyleType::Paragraph).name(name).outline_lvl(level).size(size).bold()
}

/// The whole document as a DOCX package.
pub fn docx(model: &DocumentModel) -> Result<Vec<u8>, RenderError> {
    let mut doc = Docx::new()
        .footer(Footer::new().add_paragraph(Paragraph::new().add_page_num(PageNum::new()).align(AlignmentType::Center)))
        .add_style(Style::new("Title", StyleType::Paragraph).name("Title").size(56).bold())
        .add_style(heading_style("Heading1", "Heading 1", 0, 36))
        .add_style(heading_style("Heading2", "Heading 2", 1, 30))
        .add_style(heading_style("Heading3", "Heading 3", 2, 26))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&model.municipality)))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&model.title)).style("Title"))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&model.version)))
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(&model.contents_label))
                .style("Heading1")
                .page_break_before(true),
        )
        .add_table_of_contents(TableOfContents::new().heading_styles_range(1, 3).alias(&model.contents_label));
    // The text alternative of every picture, in the document's order.
    let mut pictures: Vec<String> = Vec::new();
    for chapter in &model.chapters {
        let style = format!("Heading{}", (chapter.depth + 1).min(3));
        let mut heading = Paragraph::new()
            .add_run(Run::new().add_text(format!("{} {}", chapter.number, chapter.title)))
            .style(&style);
        if chapter.depth == 0 && model.page_per_chapter {
            heading = heading.page_break_before(true);
        }
        doc = doc.add_paragraph(heading);
        for block in &chapter.text.blocks {
            match block {
                Block::Heading { level, content } => {
                    let style = format!("Heading{}", (chapter.depth + 1 + *level as usize).min(3));
                    doc = doc.add_paragraph(runs(Paragraph::new().style(&style), content, false, false));
                }
                Block::Paragraph { content } => doc = doc.add_paragraph(runs(Paragraph::new(), content, false, false)),
                Block::List { ordered, items } => {
                    for (i, item) in items.iter().enumerate() {
                        let marker = if *ordered { format!("{}. ", i + 1) } else { "• ".to_owned() };
                        let p =
                            Paragraph::new().indent(Some(360), None, None, None).add_run(Run::new().add_text(marker));
                        doc = doc.add_paragraph(runs(p, item, false, false));
                    }
                }
                Block::Table { header, rows } => {
                    let cell = |content: &Vec<Inline>, bold: bool| {
                        TableCell::new().add_paragraph(runs(Paragraph::new(), content, bold, false))
                    };
                    let mut table_rows = vec![TableRow::new(header.iter().map(|c| cell(c, true)).collect())];
                    table_rows.extend(rows.iter().map(|r| TableRow::new(r.iter().map(|c| cell(c, false)).collect())));
                    doc = doc.add_table(Table::new(table_rows));
                }
                Block::Grid { caption, columns, rows } => doc = grid(doc, caption, columns, rows),
                Block::Chart { chart: c, svg } => doc = chart(doc, c, svg, &mut pictures),
                // Expanded before rendering (`generated::expand`).
                Block::Generated { .. } => {}
            }
        }
        for (i, note) in chapter.text.footnotes.iter().enumerate() {
            let p = Paragraph::new().size(18).add_run(Run::new().add_text(format!("[{}] ", i + 1)));
            doc = doc.add_paragraph(runs(p, note, false, false).align(AlignmentType::Left));
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| RenderError::Docx(e.to_string()))?;
    finish(out.into_inner(), &model.lang, &pictures).map_err(|e| RenderError::Docx(e.to_string()))
}

/// Widest picture in Word: the text column of docx-rs's A4 page, in EMU (15.9 cm).
const PICTURE_WIDTH_EMU: u32 = 9026 * 635;

/// A chart in Word: its title, the picture (with the text alternative as its
/// description, see [`finish`]), the text alternative and its data table (every value,
/// a suppressed or missing one in words), so the document carries every figure of the
/// picture in a form Word, screen readers and archives all read.
fn chart(doc: Docx, chart: &Chart, svg: &str, pictures: &mut Vec<String>) -> Docx {
    let mut doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(&chart.title).bold()));
    if let Some(png) = picture::png(svg) {
        let emu_per_px = 9525_u64;
        let (w, h) = (u64::from(png.width) * emu_per_px, u64::from(png.height) * emu_per_px);
        let w_fit = w.min(u64::from(PICTURE_WIDTH_EMU));
        let h_fit = h * w_fit / w.max(1);
        let pic = Pic::new_with_dimensions(png.bytes, png.width, png.height).size(w_fit as u32, h_fit as u32);
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)));
        // Text is clean where it enters; a chart's words are made of it, so once more here.
        pictures.push(forebygg_domain::text::normalise(&format!("{}. {}", chart.title, chart.summary)).into_owned());
    }
    let doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(&chart.summary).italic()));
    let cell = |text: &str, bold: bool| {
        let run = Run::new().add_text(text);
        TableCell::new().add_paragraph(Paragraph::new().add_run(if bold { run.bold() } else { run }))
    };
    let mut head = vec![cell(&format!("{} ({})", chart.category_label, chart.unit), true)];
    head.extend(chart.series.iter().map(|s| cell(&s.name, true)));
    let mut rows = vec![TableRow::new(head)];
    for (i, category) in chart.categories.iter().enumerate() {
        let mine = chart.highlight == Some(i);
        let mut cells = vec![cell(category, mine)];
        cells.extend(
            chart.series.iter().map(|s| cell(s.cells.get(i).map(|c| c.text.as_str()).unwrap_or_default(), mine)),
        );
        rows.push(TableRow::new(cells));
    }
    doc.add_table(Table::new(rows))
}

/// Word's shading for a grid's band: the same colours as the web's picture, and a
/// pattern that grows denser with the count (none, thin stripes, stripes, cross), so
/// it reads in black and white too.
fn grid_shading(band: u32) -> Shading {
    let (pattern, ink, fill) = match band {
        0 => (ShdType::Clear, "auto", "FFFFFF"),
        1 => (ShdType::ThinDiagStripe, "7FB89A", "E4F1EA"),
        2 => (ShdType::DiagStripe, "5E9E7E", "B9DCC9"),
        _ => (ShdType::DiagCross, "3E7E5E", "8FC3A8"),
    };
    Shading::new().shd_type(pattern).color(ink).fill(fill)
}

/// A grid as a Word table: a bold caption line, the columns' heads, then per row its
/// label and each count written out in its shaded cell (a gap's 0 in bold with a thick
/// border).
fn grid(doc: Docx, caption: &[Inline], columns: &[Vec<Inline>], rows: &[GridRow]) -> Docx {
    let doc = doc.add_paragraph(runs(Paragraph::new(), caption, true, false));
    let head = |content: &Vec<Inline>| TableCell::new().add_paragraph(runs(Paragraph::new(), content, true, false));
    let mut table_rows = vec![TableRow::new(
        std::iter::once(TableCell::new().add_paragraph(Paragraph::new())).chain(columns.iter().map(head)).collect(),
    )];
    for row in rows {
        let mut cells = vec![TableCell::new().add_paragraph(runs(Paragraph::new(), &row.label, false, false))];
        cells.extend(row.counts.iter().map(|count| {
            let band = grid_band(*count);
            let mut run = Run::new().add_text(count.to_string());
            if band == 0 {
                run = run.bold();
            }
            let mut cell = TableCell::new()
                .shading(grid_shading(band))
                .add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(run));
            if band == 0 {
                for side in [
                    TableCellBorderPosition::Top,
                    TableCellBorderPosition::Left,
                    TableCellBorderPosition::Bottom,
                    TableCellBorderPosition::Right,
                ] {
                    let border = TableCellBorder::new(side).size(18).color("8A1C1C").border_type(BorderType::Dashed);
                    cell = cell.set_border(border);
                }
            }
            cell
        }));
        table_rows.push(TableRow::new(cells));
    }
    doc.add_table(Table::new(table_rows))
}

/// Word's language tag for the document's language (spelling and hyphenation).
fn word_lang(lang: &str) -> &'static str {
    match lang {
        "nn" => "nn-NO",
        "en" => "en-GB",
        _ => "nb-NO",
    }
}

/// What docx-rs cannot write, added to its package: the document's language in the
/// default run properties, every table's first row marked as a header row that Word
/// repeats on each page, and each picture's own id and description (its text
/// alternative, `pictures` in order; docx-rs names them all "Figure" with id 1). The patterns matched are docx-rs's own markup; user text
/// is escaped XML text in the package and can never match them.
/// docx-rs's properties of every picture, as it writes them.
const PICTURE_PROPERTIES: &str = "<wp:docPr id=\"1\" name=\"Figure\" />";

fn finish(package: Vec<u8>, lang: &str, pictures: &[String]) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(package))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut part = archive.by_index(i)?;
        let name = part.name().to_owned();
        let mut data = Vec::new();
        part.read_to_end(&mut data)?;
        let data = match name.as_str() {
            "word/document.xml" => String::from_utf8(data)?
                .split("<w:tbl>")
                .enumerate()
                .map(|(i, piece)| {
                    if i == 0 {
                        piece.to_owned()
                    } else {
                        piece.replacen("<w:tr><w:trPr />", "<w:tr><w:trPr><w:tblHeader /></w:trPr>", 1)
                    }
                })
                .collect::<Vec<_>>()
                .join("<w:tbl>")
                .split(PICTURE_PROPERTIES)
                .enumerate()
                .map(|(i, piece)| match i.checked_sub(1).and_then(|n| pictures.get(n).map(|d| (n, d))) {
                    Some((n, description)) => format!(
                        "<wp:docPr id=\"{}\" name=\"Figur {}\" descr=\"{}\" />{piece}",
                        n + 1,
                        n + 1,
                        escape(description)
                    ),
                    None if i > 0 => format!("{PICTURE_PROPERTIES}{piece}"),
                    None => piece.to_owned(),
                })
                .collect::<String>()
                .into_bytes(),
            "word/styles.xml" => String::from_utf8(data)?
                .replacen(
                    "<w:rPrDefault><w:rPr />",
                    &format!("<w:rPrDefault><w:rPr><w:lang w:val=\"{}\" /></w:rPr>", word_lang(lang)),
                    1,
                )
                .into_bytes(),
            _ => data,
        };
        out.start_file(name, options)?;
        out.write_all(&data)?;
    }
    Ok(out.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ChapterModel;
    use forebygg_domain::document::markup::parse;
    use proptest::prelude::*;
    use std::io::Read;

    fn model(body: &str) -> DocumentModel {
        DocumentModel {
            lang: "nb".into(),
            municipality: "Engerdal kommune".into(),
            title: "Plan for forebyggende arbeid".into(),
            version: "Høringsutkast 22.01.2024".into(),
            contents_label: "Innhold".into(),
            page_per_chapter: true,
            chapters: vec![
                ChapterModel { number: "1".into(), title: "Innledning".into(), depth: 0, text: parse(body) },
                ChapterModel { number: "1.1".into(), title: "Bakgrunn".into(), depth: 1, text: parse("") },
            ],
        }
    }

    fn document_xml(bytes: &[u8]) -> String {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
        xml
    }

    /// A chart in Word is a picture described by its text alternative (escaped), then
    /// the same text and the table with a suppressed value in words.
    #[test]
    fn a_chart_is_a_described_picture_with_its_table() {
        use forebygg_domain::document::chart::{Cell, ChartKind, Figure, Series};
        let cell = |v: Option<f64>, t: &str| Cell { value: v.map(Figure), text: t.into() };
        let chart = Chart {
            key: "ind-1-line".into(),
            kind: ChartKind::Line,
            title: "Mobbet på skolen".into(),
            unit: "prosent".into(),
            category_label: "Periode".into(),
            categories: vec!["2023".into(), "2024".into()],
            series: vec![Series {
                name: "Engerdal".into(),
                cells: vec![cell(None, "skjermet"), cell(Some(13.0), "13")],
            }],
            highlight: None,
            summary: "Engerdal \"over\" <fylket> & landet.".into(),
            decimal_comma: true,
            scale_max: None,
        };
        let mut m = model("");
        let other = Chart { categories: vec!["2022".into(), "2024".into()], ..chart.clone() };
        m.chapters[0].text.blocks = vec![Block::chart(chart), Block::chart(other)];
        let bytes = docx(&m).unwrap();
        let xml = document_xml(&bytes);
        let described = "descr=\"Mobbet på skolen. Engerdal &quot;over&quot; &lt;fylket&gt; &amp; landet.\"";
        assert!(xml.contains(&format!("<wp:docPr id=\"1\" name=\"Figur 1\" {described} />")), "{xml}");
        assert!(xml.contains(&format!("<wp:docPr id=\"2\" name=\"Figur 2\" {described} />")), "{xml}");
        assert!(!xml.contains(PICTURE_PROPERTIES), "every picture described");
        assert!(xml.contains(">skjermet<"), "the table keeps the suppressed value in words");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let pngs = (0..archive.len())
            .filter(|i| {
                let name = archive.by_index(*i).unwrap().name().to_owned();
                name.starts_with("word/media/") && name.ends_with(".png")
            })
            .count();
        assert_eq!(pngs, 2, "both pictures are in the package");
    }

    /// The coverage picture in Word: each count written in a cell shaded by its band
    /// with a pattern as well (so it prints in black and white), a gap bordered.
    #[test]
    fn a_grid_is_a_shaded_and_patterned_table_with_its_numbers() {
        let words = |s: &str| vec![Inline::Text { text: s.into() }];
        let grid = Block::Grid {
            caption: words("Universell forebygging"),
            columns: vec![words("0–5 år"), words("6–12 år")],
            rows: vec![GridRow { label: words("Vold"), counts: vec![0, 5] }],
        };
        let mut m = model("");
        m.chapters[0].text.blocks.push(grid);
        m.page_per_chapter = false;
        let xml = document_xml(&docx(&m).unwrap());
        assert!(xml.contains("Universell forebygging") && xml.contains(">Vold<"), "{xml}");
        assert!(xml.contains("w:val=\"diagCross\" w:color=\"3E7E5E\" w:fill=\"8FC3A8\""), "{xml}");
        assert!(xml.contains("w:val=\"dashed\""), "a gap's border: {xml}");
        assert!(xml.contains(">0<") && xml.contains(">5<"), "the numbers are written: {xml}");
        m.page_per_chapter = true;
        let paged = document_xml(&docx(&m).unwrap());
        let breaks = |x: &str| x.matches("w:pageBreakBefore").count();
        assert_eq!(breaks(&paged), breaks(&xml) + 1, "the one top chapter breaks the page only when asked");
    }

    #[test]
    fn headings_are_word_headings_and_tables_are_tables() {
        let bytes = docx(&model(
            "Alle barn skal ha *trygge* voksne.\n\n| Tiltak | Eier |\n|---|---|\n| ICDP | Helsestasjonen |",
        ))
        .unwrap();
        let xml = document_xml(&bytes);
        assert!(xml.contains("w:val=\"Heading1\"") && xml.contains("w:val=\"Heading2\""), "{xml}");
        assert!(xml.contains("<w:tbl>") && xml.contains("Helsestasjonen"));
        assert!(xml.contains("1 Innledning") && xml.contains("Engerdal kommune"));
        assert!(xml.contains("<w:i />") || xml.contains("<w:i/>"), "emphasis is italic");
        // The header row repeats on every page; the other rows do not.
        assert_eq!(xml.matches("<w:tblHeader />").count(), 1, "{xml}");
        let header_row = xml.split("<w:tblHeader />").nth(1).unwrap().split("</w:tr>").next().unwrap();
        assert!(header_row.contains("Tiltak") && !header_row.contains("ICDP"));
    }

    #[test]
    fn every_page_has_its_number_in_the_footer() {
        let bytes = docx(&model("Tekst")).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut footer = String::new();
        archive.by_name("word/footer1.xml").unwrap().read_to_string(&mut footer).unwrap();
        assert!(footer.contains("PAGE") && footer.contains("w:fldChar"), "{footer}");
        assert!(document_xml(&docx(&model("Tekst")).unwrap()).contains("w:footerReference"));
    }

    #[test]
    fn the_language_is_set_for_spelling_and_hyphenation() {
        for (lang, tag) in [("nb", "nb-NO"), ("nn", "nn-NO"), ("en", "en-GB")] {
            let bytes = docx(&DocumentModel { lang: lang.into(), ..model("Tekst") }).unwrap();
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            let mut styles = String::new();
            archive.by_name("word/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
            let defaults = styles.split("<w:rPrDefault>").nth(1).unwrap().split("</w:rPrDefault>").next().unwrap();
            assert!(defaults.contains(&format!("<w:lang w:val=\"{tag}\" />")), "{defaults}");
        }
    }

    /// LibreOffice opens the file and turns it into a PDF (the check that Word
    /// processors read it). Skipped, saying so, where LibreOffice is not installed,
    /// unless FOREBYGG_REQUIRE_LIBREOFFICE is set (CI sets it).
    #[test]
    fn libreoffice_converts_it_to_pdf() {
        let installed =
            std::process::Command::new("libreoffice").arg("--version").output().is_ok_and(|o| o.status.success());
        if !installed {
            assert!(
                std::env::var_os("FOREBYGG_REQUIRE_LIBREOFFICE").is_none(),
                "LibreOffice is required but not installed"
            );
            eprintln!("LibreOffice not installed: the DOCX conversion check was SKIPPED");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.docx");
        std::fs::write(
            &path,
            docx(&model("# Mål\nTekst med **fet** skrift.\n\n| A | B |\n|---|---|\n| 1 | 2 |")).unwrap(),
        )
        .unwrap();
        let profile = format!("-env:UserInstallation=file://{}/profile", dir.path().display());
        let out = std::process::Command::new("libreoffice")
            .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir.path())
            .arg(&path)
            .output()
            .unwrap();
        let pdf = std::fs::read(dir.path().join("plan.pdf")).unwrap_or_default();
        assert!(pdf.starts_with(b"%PDF"), "no PDF: {}", String::from_utf8_lossy(&out.stderr));
    }

    proptest! {
        /// No text can break out of its run: whatever is written, the package opens and
        /// the text comes back as text.
        #[test]
        fn any_text_stays_text(body in "\\PC{0,200}") {
            let bytes = docx(&model(&format!("{body}\n\nslutt <w:p>&</w:p> ]]>"))).unwrap();
            let xml = document_xml(&bytes);
            prop_assert!(xml.contains("slutt &lt;w:p&gt;&amp;&lt;/w:p&gt; ]]&gt;") || xml.contains("slutt &lt;w:p&gt;&amp;&lt;/w:p&gt; ]]>"));
            prop_assert_eq!(xml.matches("<w:body>").count(), 1);
        }
    }
}
