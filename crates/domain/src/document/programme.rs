//! The planning programme as a document, so it renders the same way as the plan (web,
//! PDF, DOCX): purpose, background, guidelines, organisation, participation plan,
//! timeline and the outline of the plan to come — each a chapter made of ordinary
//! blocks, with the programme's text entering only as text.

use super::generated::{Generated, GeneratedBlock, blocks};
use super::markup::{Block, Inline, Text, parse};
use crate::plan::programme::{Programme, numbered};

/// A chapter of a document made from data: its number, title, depth and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadeChapter {
    pub number: String,
    pub title: String,
    pub depth: usize,
    pub text: Text,
}

fn words(s: &str) -> Vec<Inline> {
    vec![Inline::Text { text: s.to_owned() }]
}

fn list(items: &[String]) -> Block {
    Block::List { ordered: false, items: items.iter().map(|i| words(i)).collect() }
}

/// The programme's chapters; `data` gives the timeline (its activities), `label` the
/// words in the document's language.
pub fn programme_chapters(p: &Programme, data: &Generated, label: &dyn Fn(&str) -> String) -> Vec<MadeChapter> {
    let header = |keys: &[&str]| keys.iter().map(|k| words(&label(k))).collect::<Vec<_>>();
    let mut guidelines = vec![list(&p.guidelines)];
    if !p.overlapping_plans.is_empty() {
        guidelines.push(Block::Heading { level: 1, content: words(&label("field-overlapping")) });
        guidelines.push(list(&p.overlapping_plans));
    }
    let mut groups = Vec::new();
    for g in &p.groups {
        groups.push(Block::Heading { level: 1, content: words(&label(&format!("group-{}", g.kind.as_str()))) });
        groups.extend(parse(&g.mandate).blocks);
        if !g.members.is_empty() {
            let rows = g.members.iter().map(|m| vec![words(&m.name), words(&m.service), words(&m.role)]).collect();
            groups.push(Block::Table { header: header(&["field-name", "field-service", "field-group-role"]), rows });
        }
    }
    let participation = Block::Table {
        header: header(&["field-target-group", "field-method", "field-when"]),
        rows: p.participation.iter().map(|x| vec![words(&x.target_group), words(&x.method), words(&x.when)]).collect(),
    };
    let outline: Vec<String> = numbered(&p.outline.chapters)
        .into_iter()
        .map(|(number, _, chapter)| format!("{number} {}", chapter.title))
        .collect();
    let sections = [
        ("field-purpose", parse(&p.purpose).blocks),
        ("field-background", parse(&p.background).blocks),
        ("field-guidelines", guidelines),
        ("programme-groups", groups),
        ("programme-participation", vec![participation]),
        ("programme-timeline", blocks(GeneratedBlock::Timeline, data, label)),
        ("programme-outline", vec![list(&outline)]),
    ];
    sections
        .into_iter()
        .enumerate()
        .map(|(i, (key, blocks))| MadeChapter {
            number: (i + 1).to_string(),
            title: label(key),
            depth: 0,
            text: Text { blocks, footnotes: Vec::new() },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::presets::Preset;

    #[test]
    fn the_engerdal_programme_has_its_groups_participation_and_outline() {
        let label = |k: &str| format!("<{k}>");
        let chapters = programme_chapters(&Preset::Engerdal.programme(), &Generated::default(), &label);
        assert_eq!(chapters.len(), 7);
        assert_eq!(chapters[3].title, "<programme-groups>");
        let json = |c: &MadeChapter| serde_json::to_string(&c.text).unwrap();
        assert!(json(&chapters[3]).contains("<group-working>"));
        assert!(json(&chapters[4]).contains("Ungdomsrådet"));
        assert!(json(&chapters[5]).contains("<generated-no-activities>"));
        assert!(
            json(&chapters[6]).contains("1 Bakgrunn og rammebetingelser")
                && json(&chapters[6]).contains("4.2 Framdriftsplan")
        );
    }
}
