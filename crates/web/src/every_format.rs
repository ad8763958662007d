//! One property for every format forebygg hands out: whatever a person typed — as it is
//! stored, after normalisation where it entered (`forebygg_domain::text::normalise`) —
//! each renderer's output is valid for its format and carries the text as text, never
//! as markup, formula or structure. HTML (the chapter renderer), CSV and XLSX (the
//! exports), DOCX (the plan document), iCalendar (the timeline) and JSON (the API and
//! the PDF template's input). Typst itself is the property test in `render-pdf`, which
//! typesets arbitrary strings and finds them on the page.

use forebygg_domain::Lang;
use forebygg_domain::document::markup::{Block, Inline, Text};
use forebygg_domain::ids::{ActivityId, OrgId, PlanId};
use forebygg_domain::plan::activity::{Activity, ActivityFields, ActivityKind};
use forebygg_domain::plan::{Phase, Plan};
use forebygg_domain::text::normalise;
use forebygg_domain::timeline::NorDate;
use forebygg_render::{ChapterModel, DocumentModel};
use forebygg_texts::Tr;
use proptest::prelude::*;

use crate::pages::document::html;
use crate::pages::{gatherings, timeline};

/// A character XML 1.0 allows (its `Char` production).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Text as it can be stored: anything, normalised, with a few characters that mean
/// something in one of the formats mixed in.
fn stored() -> impl Strategy<Value = String> {
    let hostile = prop::sample::select(vec![
        "<script>",
        "&amp;",
        "\"",
        "'",
        ";",
        ",",
        "\\",
        "\n",
        "\t",
        "=",
        "+",
        "-",
        "@",
        "#",
        "$",
        "]",
        "*",
        "_x0041_",
        "</w:t>",
        "]]>",
        "{",
        "END:VEVENT",
        "\u{FFFE}",
        "\u{0}",
        "\r",
    ]);
    (any::<String>(), prop::collection::vec(hostile, 0..4), any::<String>())
        .prop_map(|(a, bits, b)| normalise(&format!("{a}{}{b}", bits.concat())).into_owned())
}

fn plain(text: &str) -> Text {
    Text { blocks: vec![Block::Paragraph { content: vec![Inline::Text { text: text.to_owned() }] }], footnotes: vec![] }
}

fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The text of an XML document's `w:t` runs, after checking that it is well-formed.
fn docx_text(bytes: &[u8]) -> Result<String, String> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").map_err(|e| e.to_string())?, &mut xml)
        .map_err(|e| e.to_string())?;
    if let Some(bad) = xml.chars().find(|c| !xml_char(*c)) {
        return Err(format!("U+{:04X} is not allowed in XML", bad as u32));
    }
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut text, mut in_text) = (String::new(), false);
    loop {
        match reader.read_event().map_err(|e| format!("not well-formed: {e}"))? {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::Text(t) if in_text => text.push_str(&t.decode().map_err(|e| e.to_string())?),
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().map_err(|e| e.to_string())?;
                text.push_str(match name.as_ref() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    other => return Err(format!("unknown entity {other}")),
                });
            }
            Event::Eof => return Ok(text),
            _ => {}
        }
    }
}

/// The value of each property named `key` in an iCalendar file, unfolded and
/// unescaped, after checking every line: CRLF endings, at most 75 octets, no control
/// characters.
fn ics_values(ics: &str, key: &str) -> Result<Vec<String>, String> {
    let lines: Vec<&str> = ics.split("\r\n").collect();
    if lines.last() != Some(&"") {
        return Err("the file does not end with CRLF".into());
    }
    let mut unfolded: Vec<String> = Vec::new();
    for line in &lines[..lines.len() - 1] {
        if line.len() > 75 {
            return Err(format!("a line of {} octets", line.len()));
        }
        if let Some(c) = line.chars().find(|c| c.is_control() && *c != '\t') {
            return Err(format!("U+{:04X} in a line", c as u32));
        }
        match line.strip_prefix(' ').or_else(|| line.strip_prefix('\t')) {
            Some(rest) => unfolded.last_mut().ok_or("a folded first line")?.push_str(rest),
            None => unfolded.push((*line).to_owned()),
        }
    }
    Ok(unfolded
        .iter()
        .filter_map(|l| l.strip_prefix(key).and_then(|l| l.strip_prefix(':')))
        .map(|v| {
            let mut out = String::new();
            let mut chars = v.chars();
            while let Some(c) = chars.next() {
                match (c, c == '\\') {
                    (_, true) => match chars.next() {
                        Some('n' | 'N') => out.push('\n'),
                        Some(other) => out.push(other),
                        None => {}
                    },
                    (c, false) => out.push(c),
                }
            }
            out
        })
        .collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn stored_text_is_valid_in_every_format(s in stored()) {
        // What is stored has no controls (tab and newline aside) and only XML characters.
        prop_assert!(s.chars().all(|c| xml_char(c) && (!c.is_control() || c == '\t' || c == '\n')), "{s:?}");

        // HTML: the chapter renderer escapes; the text comes back, and the tags are ours.
        let page = html::render(&plain(&s), "c1", 2, "tilbake");
        let inner = page.strip_prefix("<p>").and_then(|p| p.strip_suffix("</p>"));
        prop_assert!(inner.is_some_and(|i| !i.contains('<') && !i.contains('>')), "{page:?}");
        prop_assert_eq!(unescape_html(inner.unwrap_or_default()), s.clone());

        // CSV: one record of two fields, the cell inert and read back as written.
        let bytes = forebygg_import::write::csv([vec!["Tiltak".to_owned(), "Eier".to_owned()], vec![s.clone(), "x".to_owned()]]);
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(&bytes[3..]);
        let records: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(records.len(), 2);
        prop_assert_eq!(records[1].len(), 2);
        let cell = &records[1][0];
        prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} could be a formula");
        prop_assert_eq!(forebygg_import::write::revive(cell), s.as_str());

        // XLSX: the workbook opens and the cell holds the text as a string.
        let bytes = forebygg_import::write::xlsx(&s, &["Tiltak".to_owned()], &[vec![s.clone()]]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).map_err(|e: calamine::XlsxError| TestCaseError::fail(e.to_string()))?;
        let range = calamine::Reader::worksheet_range_at(&mut book, 0).ok_or_else(|| TestCaseError::fail("no sheet"))?.map_err(|e| TestCaseError::fail(e.to_string()))?;
        let got = range.get_value((1, 0)).cloned().unwrap_or(calamine::Data::Empty);
        let want = if s.is_empty() { calamine::Data::Empty } else { calamine::Data::String(s.clone()) };
        prop_assert_eq!(got, want);

        // DOCX: document.xml is well-formed XML of allowed characters, and says the text.
        let model = DocumentModel {
            lang: "nb".into(),
            title: s.clone(),
            chapters: vec![ChapterModel { number: "1".into(), title: s.clone(), depth: 0, text: plain(&s) }],
            ..DocumentModel::default()
        };
        let words = docx_text(&forebygg_render::docx::docx(&model).map_err(|e| TestCaseError::fail(e.to_string()))?).map_err(TestCaseError::fail)?;
        for word in s.split_whitespace() {
            prop_assert!(words.contains(word), "{word:?} missing from the DOCX text {words:?}");
        }

        // iCalendar: lines as RFC 5545 wants them, the title back as the summary.
        let date = NorDate::ymd(2026, 3, 2).ok_or_else(|| TestCaseError::fail("date"))?;
        let plan = Plan { id: PlanId::new(1), org_id: OrgId::new(1), plan_type: "preventive".into(), title: s.clone(), phase: Phase::Start, period: None, under_pbl: false };
        let activity = Activity {
            id: ActivityId::new(1),
            plan_id: plan.id,
            fields: ActivityFields { kind: ActivityKind::Drafting, title: s.clone(), start: date, end: None, responsible: s.clone(), body: None, done: false, justification: String::new() },
            hearing: Default::default(),
        };
        let ics = timeline::ics(Tr { lang: Lang::Nb }, "3425", &plan, &[(activity, vec![])]);
        prop_assert_eq!(ics_values(&ics, "SUMMARY").map_err(TestCaseError::fail)?, vec![s.clone()]);
        let one_line = s.replace(['\n', '\t'], " ");
        prop_assert_eq!(ics_values(&ics, "X-WR-CALNAME").map_err(TestCaseError::fail)?, vec![one_line]);
        // A gathering's title, place and topic come back as they were typed.
        let day = date.0.and_hms_opt(9, 0, 0).ok_or_else(|| TestCaseError::fail("time"))?;
        let gathering = forebygg_domain::county::gatherings::Gathering {
            id: forebygg_domain::ids::GatheringId::new(1),
            body: OrgId::new(1),
            fields: forebygg_domain::county::gatherings::GatheringFields {
                title: s.clone(),
                venue: forebygg_domain::county::gatherings::Venue::Physical { place: s.clone(), per_municipality: 10 },
                starts: day,
                ends: day + chrono::Duration::hours(6),
                topics: vec![],
                capacity: None,
            },
        };
        let ics = gatherings::gathering_ics(Tr { lang: Lang::Nb }, &gathering);
        prop_assert_eq!(ics_values(&ics, "SUMMARY").map_err(TestCaseError::fail)?, vec![s.clone()]);
        prop_assert_eq!(ics_values(&ics, "LOCATION").map_err(TestCaseError::fail)?, vec![s.clone()]);

        // JSON: the PDF template's input (and any API body) reads back the same text.
        let json: serde_json::Value = serde_json::from_str(&forebygg_render::typst_inputs(&model)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(json["title"].as_str(), Some(s.as_str()));
    }
}
