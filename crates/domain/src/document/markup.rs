//! The plan's free text: a small Markdown-like markup — headings (`#`, `##`, `###`),
//! paragraphs, bullet (`-`, `*`) and numbered (`1.`) lists, `*emphasis*`, `**strong**`,
//! links `[text](https://…)`, tables (`| a | b |` with a `|---|` line under the header)
//! and footnotes (`[^1]` with `[^1]: text`). It is parsed into blocks and inlines, and
//! every renderer (web, PDF, DOCX) works from those: no user text is ever spliced into
//! another markup language, which is the injection defence.

use serde::Serialize;

use super::generated::GeneratedBlock;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    Emph {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    /// Only `http`, `https` and `mailto` addresses become links; others stay text.
    Link {
        content: Vec<Inline>,
        url: String,
    },
    FootnoteRef {
        number: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// Level 1–3, inside the chapter (the chapter's own heading comes from the outline).
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Table {
        header: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// A picture read at a glance, only ever generated (never parsed from text): rows ×
    /// columns of counts, each cell shaded and patterned by its count (0, 1, 2, 3 or
    /// more) and showing the number, so it reads without colour.
    Grid {
        caption: Vec<Inline>,
        columns: Vec<Vec<Inline>>,
        rows: Vec<GridRow>,
    },
    /// A chart with its data table and text alternative, only ever generated
    /// (`{{indikatorer}}`); `svg` is the picture as drawn, for renderers that place an
    /// image (the PDF).
    Chart {
        chart: super::chart::Chart,
        svg: String,
    },
    /// A line `{{tiltak}}`: a block made from the plan's data. Renderers never see one;
    /// [`super::generated::expand`] replaces it first.
    Generated {
        which: GeneratedBlock,
    },
}

impl Block {
    pub fn chart(chart: super::chart::Chart) -> Block {
        let svg = chart.svg();
        Block::Chart { chart, svg }
    }
}

/// A row of a [`Block::Grid`]: its label and a count per column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GridRow {
    pub label: Vec<Inline>,
    pub counts: Vec<u32>,
}

/// The band a grid's count is drawn in: 0 (a gap, standing out), 1, 2, or 3 for three
/// or more.
pub fn grid_band(count: u32) -> u32 {
    count.min(3)
}

/// A parsed text: its blocks and its footnotes (numbered from 1 in order of reference).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Text {
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Vec<Inline>>,
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
        return Some((false, rest));
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0
        && digits < 4
        && let Some(rest) = t[digits..].strip_prefix(". ")
    {
        return Some((true, rest));
    }
    None
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if (1..=3).contains(&hashes) { line[hashes..].strip_prefix(' ').map(|rest| (hashes as u8, rest)) } else { None }
}

fn table_cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split('|').map(str::trim).collect())
}

fn is_separator(line: &str) -> bool {
    table_cells(line).is_some_and(|cells| {
        !cells.is_empty() && cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')))
    })
}

/// Parses a chapter's text. Never fails: anything that is not markup is text.
pub fn parse(source: &str) -> Text {
    let mut definitions: Vec<(String, String)> = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in source.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("[^")
            && let Some((label, text)) = rest.split_once("]:")
            && !label.is_empty()
            && !label.contains(']')
        {
            definitions.push((label.to_owned(), text.trim().to_owned()));
            continue;
        }
        lines.push(line);
    }
    let mut refs: Vec<String> = Vec::new();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() {
            i += 1;
        } else if let Some(which) = GeneratedBlock::from_line(line) {
            blocks.push(Block::Generated { which });
            i += 1;
        } else if let Some((level, rest)) = heading(line) {
            blocks.push(Block::Heading { level, content: inlines(rest, &mut refs) });
            i += 1;
        } else if table_cells(line).is_some() && lines.get(i + 1).is_some_and(|l| is_separator(l)) {
            let header = table_cells(line).unwrap_or_default().into_iter().map(|c| inlines(c, &mut refs)).collect();
            i += 2;
            let mut rows = Vec::new();
            while let Some(cells) = lines.get(i).and_then(|l| table_cells(l)) {
                rows.push(cells.into_iter().map(|c| inlines(c, &mut refs)).collect());
                i += 1;
            }
            blocks.push(Block::Table { header, rows });
        } else if let Some((ordered, _)) = list_item(line) {
            let mut items = Vec::new();
            while let Some((o, rest)) = lines.get(i).and_then(|l| list_item(l)) {
                if o != ordered {
                    break;
                }
                items.push(inlines(rest, &mut refs));
                i += 1;
            }
            blocks.push(Block::List { ordered, items });
        } else {
            let mut text = String::new();
            while let Some(l) = lines.get(i) {
                if l.trim().is_empty()
                    || heading(l).is_some()
                    || list_item(l).is_some()
                    || table_cells(l).is_some()
                    || GeneratedBlock::from_line(l).is_some()
                {
                    break;
                }
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(l.trim());
                i += 1;
            }
            if text.is_empty() {
                // A line that looked like a table row without its separator: plain text.
                text = line.trim().to_owned();
                i += 1;
            }
            blocks.push(Block::Paragraph { content: inlines(&text, &mut refs) });
        }
    }
    let footnotes = refs
        .iter()
        .map(|label| {
            let text = definitions.iter().find(|(l, _)| l == label).map(|(_, t)| t.as_str()).unwrap_or("");
            inlines(text, &mut Vec::new())
        })
        .collect();
    Text { blocks, footnotes }
}

fn push_text(out: &mut Vec<Inline>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Inline::Text { text }) = out.last_mut() {
        text.push_str(s);
    } else {
        out.push(Inline::Text { text: s.to_owned() });
    }
}

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// Inline markup of one line. `refs` collects footnote labels in order of use.
fn inlines(s: &str, refs: &mut Vec<String>) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("**")
            && let Some(end) = after.find("**").filter(|e| *e > 0)
        {
            out.push(Inline::Strong { content: inlines(&after[..end], refs) });
            rest = &after[end + 2..];
            continue;
        }
        if let Some(marker) = rest.chars().next().filter(|c| *c == '*' || *c == '_') {
            let after = &rest[1..];
            if let Some(end) = after.find(marker).filter(|e| *e > 0) {
                out.push(Inline::Emph { content: inlines(&after[..end], refs) });
                rest = &after[end + 1..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("[^")
            && let Some(end) = after.find(']').filter(|e| *e > 0)
        {
            let label = after[..end].to_owned();
            let number = match refs.iter().position(|r| *r == label) {
                Some(p) => p + 1,
                None => {
                    refs.push(label);
                    refs.len()
                }
            };
            out.push(Inline::FootnoteRef { number });
            rest = &after[end + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix('[')
            && let Some((label, tail)) = after.split_once("](")
            && let Some((url, tail)) = tail.split_once(')')
            && safe_url(url)
            && !label.contains('[')
        {
            out.push(Inline::Link { content: inlines(label, refs), url: url.trim().to_owned() });
            rest = tail;
            continue;
        }
        // Plain text up to the next character that may start markup.
        let next = rest.char_indices().skip(1).find(|(_, c)| matches!(c, '*' | '_' | '[')).map(|(i, _)| i);
        let (text, tail) = rest.split_at(next.unwrap_or(rest.len()));
        push_text(&mut out, text);
        rest = tail;
    }
    out
}

/// The plain text of inlines, for tests and search.
pub fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text } => text.clone(),
            Inline::Emph { content } | Inline::Strong { content } | Inline::Link { content, .. } => plain(content),
            Inline::FootnoteRef { number } => format!("[{number}]"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    #[test]
    fn the_markup_a_plan_needs() {
        let t = parse(
            "## Mål\nAlle barn skal ha *trygge* voksne og **god** helse.[^1]\n\n- Første punkt\n- Andre [Ungsinn](https://ungsinn.no)\n\n\
             | Tiltak | Eier |\n|---|---|\n| ICDP | Helsestasjonen |\n\n1. Én\n2. To\n\n[^1]: Kilde: Ungdata 2023.",
        );
        assert_eq!(t.blocks[0], Block::Heading { level: 2, content: vec![text("Mål")] });
        let Block::Paragraph { content } = &t.blocks[1] else { panic!("{:?}", t.blocks[1]) };
        assert_eq!(plain(content), "Alle barn skal ha trygge voksne og god helse.[1]");
        assert!(matches!(content[1], Inline::Emph { .. }) && matches!(content[3], Inline::Strong { .. }));
        let Block::List { ordered: false, items } = &t.blocks[2] else { panic!() };
        assert_eq!(items[1][1], Inline::Link { content: vec![text("Ungsinn")], url: "https://ungsinn.no".into() });
        let Block::Table { header, rows } = &t.blocks[3] else { panic!() };
        assert_eq!((header.len(), rows.len(), plain(&rows[0][1])), (2, 1, "Helsestasjonen".into()));
        assert!(matches!(t.blocks[4], Block::List { ordered: true, .. }));
        assert_eq!(t.footnotes, vec![vec![text("Kilde: Ungdata 2023.")]]);
    }

    #[test]
    fn unsafe_links_and_stray_markup_stay_text() {
        let t = parse("[klikk](javascript:alert(1)) and a * lone star and #hashtag and |half");
        let Block::Paragraph { content } = &t.blocks[0] else { panic!() };
        assert!(content.iter().all(|i| !matches!(i, Inline::Link { .. })));
        assert_eq!(plain(content), "[klikk](javascript:alert(1)) and a * lone star and #hashtag and |half");
    }

    proptest! {
        #[test]
        fn any_text_parses_and_keeps_its_words(s in "\\PC{0,300}") {
            let t = parse(&s);
            let mut all = String::new();
            for b in &t.blocks {
                match b {
                    Block::Heading { content, .. } | Block::Paragraph { content } => all.push_str(&plain(content)),
                    Block::List { items, .. } => items.iter().for_each(|i| all.push_str(&plain(i))),
                    Block::Table { header, rows } => {
                        header.iter().for_each(|c| all.push_str(&plain(c)));
                        rows.iter().flatten().for_each(|c| all.push_str(&plain(c)));
                    }
                    Block::Generated { which } => all.push_str(&which.placeholder()),
                    Block::Grid { .. } => prop_assert!(false, "a grid is never parsed"),
                    Block::Chart { .. } => prop_assert!(false, "a chart is never parsed"),
                }
            }
            // Letters and digits survive parsing (markup characters may be consumed).
            for word in s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 3) {
                if !s.contains("[^") && !s.contains("](") {
                    prop_assert!(all.contains(word), "{word} lost from {s:?}");
                }
            }
        }
    }
}
