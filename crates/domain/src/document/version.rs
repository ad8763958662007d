//! Frozen versions of the plan document — a draft, the hearing draft, the adopted plan
//! with its date and decision reference — and what changed between two of them. A
//! version is a snapshot: the chapters' texts and the measures as they stood. Once
//! frozen it never changes.

use crate::ids::{MeasureId, PlanId, VersionId};
use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

use crate::people::ValidationError;
use crate::timeline::{BodyKind, NorDate};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionKind {
    Draft,
    /// The planning programme as it goes on hearing.
    Programme,
    HearingDraft,
    Adopted,
}

impl VersionKind {
    pub const ALL: [VersionKind; 4] =
        [VersionKind::Draft, VersionKind::Programme, VersionKind::HearingDraft, VersionKind::Adopted];

    pub fn code(self) -> &'static str {
        match self {
            VersionKind::Draft => "draft",
            VersionKind::Programme => "programme",
            VersionKind::HearingDraft => "hearing_draft",
            VersionKind::Adopted => "adopted",
        }
    }

    pub fn parse(s: &str) -> Option<VersionKind> {
        VersionKind::ALL.into_iter().find(|k| k.code() == s.trim())
    }

    /// Whether everyone may read it: a programme or hearing draft is laid out for public
    /// inspection and an adopted plan is a public document; a draft stays internal.
    pub fn is_public(self) -> bool {
        self != VersionKind::Draft
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotChapter {
    /// The chapter's identity (see `plan::outline`); empty in versions frozen before
    /// chapters had keys, where the number stood for it.
    #[serde(default)]
    pub key: String,
    pub number: String,
    pub title: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotMeasure {
    pub id: MeasureId,
    pub name: String,
    pub owner: String,
    pub evaluation: Option<NorDate>,
}

/// The document as it stood when a version was frozen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub chapters: Vec<SnapshotChapter>,
    pub measures: Vec<SnapshotMeasure>,
    /// The data of the generated blocks as it stood (empty in versions frozen before
    /// generated blocks existed).
    #[serde(default)]
    pub generated: super::generated::Generated,
    /// For a programme version: the planning programme as it stood (its chapters are
    /// made from it, as for the live programme).
    #[serde(default)]
    pub programme: Option<crate::plan::Programme>,
    /// The plan check's scores when the version was frozen (none in versions frozen
    /// before the check existed).
    #[serde(default)]
    pub check: Option<crate::check::ScoreCard>,
}

impl Snapshot {
    /// Takes the sender off the inputs with these references (`plan-input`): when a
    /// person's data is erased, the versions that showed their name stop showing it.
    /// The one change a frozen version ever undergoes. Whether anything changed.
    pub fn redact_senders(&mut self, references: &[String]) -> bool {
        let mut changed = false;
        for input in self.generated.inputs.iter_mut().filter(|i| references.contains(&i.reference)) {
            if !input.sender.is_empty() {
                input.sender.clear();
                changed = true;
            }
        }
        changed
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionFields {
    pub kind: VersionKind,
    pub date: NorDate,
    /// The decision that adopted it (e.g. "KST-sak 12/25"); required for an adopted plan.
    pub decision_ref: String,
    pub note: String,
    /// The body that adopted it (an adopted plan; none in versions frozen before this
    /// was asked).
    #[serde(default)]
    pub body: Option<BodyKind>,
}

/// A frozen version as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Version {
    pub id: VersionId,
    pub plan_id: PlanId,
    pub fields: VersionFields,
    pub snapshot: Snapshot,
    pub created_by: String,
    pub created_at: i64,
}

/// The freeze form as typed.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct VersionForm {
    pub kind: String,
    pub date: String,
    pub decision_ref: String,
    pub note: String,
    /// The adopting body (an adopted plan).
    pub body: String,
    /// Ticked: adopt although some inputs have no answer (they are listed first).
    pub confirm_unanswered: Option<String>,
}

impl VersionForm {
    pub fn parse(&self) -> Result<VersionFields, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let kind = VersionKind::parse(&self.kind);
        if kind.is_none() {
            errors.push(("kind", ValidationError::Required));
        }
        let date = NorDate::parse(&self.date).map_err(|e| errors.push(("date", e))).ok();
        let decision_ref = self.decision_ref.trim();
        if kind == Some(VersionKind::Adopted) && decision_ref.is_empty() {
            errors.push(("decision_ref", ValidationError::Required));
        }
        if decision_ref.chars().count() > 200 {
            errors.push(("decision_ref", ValidationError::TooLong { max: 200 }));
        }
        let body = match self.body.trim() {
            "" => None,
            code => {
                let body = BodyKind::parse(code);
                if body.is_none() {
                    errors.push(("body", ValidationError::Body(code.to_owned())));
                }
                body
            }
        };
        if kind == Some(VersionKind::Adopted) && body.is_none() && errors.iter().all(|(f, _)| *f != "body") {
            errors.push(("body", ValidationError::Required));
        }
        let note = self.note.trim();
        if note.chars().count() > 2000 {
            errors.push(("note", ValidationError::TooLong { max: 2000 }));
        }
        match (kind, date, errors.is_empty()) {
            (Some(kind), Some(date), true) => {
                let body = if kind == VersionKind::Adopted { body } else { None };
                Ok(VersionFields { kind, date, decision_ref: decision_ref.to_owned(), note: note.to_owned(), body })
            }
            _ => Err(errors),
        }
    }
}

/// A line of a changed chapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    Same(String),
    Added(String),
    Removed(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterChange {
    /// Its number and title in the newer version (in the older one if it was removed).
    pub number: String,
    pub title: String,
    /// Its number in the older version, when it moved.
    pub was_number: Option<String>,
    /// Its title in the older version, when it was renamed.
    pub was_title: Option<String>,
    /// Empty when the chapter's text is the same in both.
    pub lines: Vec<Line>,
}

impl SnapshotChapter {
    /// What identifies the chapter across versions: its key, or in versions frozen
    /// before keys existed its number (which is the key such chapters were given).
    fn identity(&self) -> &str {
        if self.key.is_empty() { &self.number } else { &self.key }
    }
}

/// What changed from `old` to `new`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Only the chapters whose text changed (added, removed or edited).
    pub chapters: Vec<ChapterChange>,
    pub measures_added: Vec<SnapshotMeasure>,
    pub measures_removed: Vec<SnapshotMeasure>,
    /// (old, new) of measures whose name, owner or evaluation date changed.
    pub measures_changed: Vec<(SnapshotMeasure, SnapshotMeasure)>,
}

/// What changed from `old` to `new`. Chapters are matched by identity, so a chapter
/// that moved or was renamed is one chapter that moved, not one removed and one added.
pub fn compare(old: &Snapshot, new: &Snapshot) -> Comparison {
    let mut both: Vec<(Option<&SnapshotChapter>, Option<&SnapshotChapter>)> =
        new.chapters.iter().map(|n| (old.chapters.iter().find(|o| o.identity() == n.identity()), Some(n))).collect();
    for o in &old.chapters {
        if !new.chapters.iter().any(|n| n.identity() == o.identity()) {
            both.push((Some(o), None));
        }
    }
    let chapters = both
        .into_iter()
        .filter_map(|(before, after)| {
            let text = |c: Option<&SnapshotChapter>| c.map(|c| c.body.clone()).unwrap_or_default();
            let (old_text, new_text) = (text(before), text(after));
            let shown = after.or(before)?;
            let was = |f: fn(&SnapshotChapter) -> &String| {
                before.zip(after).filter(|(b, a)| f(b) != f(a)).map(|(b, _)| f(b).clone())
            };
            let (was_number, was_title) = (was(|c| &c.number), was(|c| &c.title));
            if old_text == new_text && was_number.is_none() && was_title.is_none() {
                return None;
            }
            let lines = if old_text == new_text {
                Vec::new()
            } else {
                TextDiff::from_lines(&old_text, &new_text)
                    .iter_all_changes()
                    .map(|change| {
                        let text = change.value().trim_end_matches('\n').to_owned();
                        match change.tag() {
                            ChangeTag::Equal => Line::Same(text),
                            ChangeTag::Insert => Line::Added(text),
                            ChangeTag::Delete => Line::Removed(text),
                        }
                    })
                    .collect()
            };
            Some(ChapterChange {
                number: shown.number.clone(),
                title: shown.title.clone(),
                was_number,
                was_title,
                lines,
            })
        })
        .collect();
    let find = |list: &[SnapshotMeasure], id: MeasureId| list.iter().find(|m| m.id == id).cloned();
    Comparison {
        chapters,
        measures_added: new.measures.iter().filter(|m| find(&old.measures, m.id).is_none()).cloned().collect(),
        measures_removed: old.measures.iter().filter(|m| find(&new.measures, m.id).is_none()).cloned().collect(),
        measures_changed: new
            .measures
            .iter()
            .filter_map(|m| find(&old.measures, m.id).filter(|o| o != m).map(|o| (o, m.clone())))
            .collect(),
    }
}

/// Where the text of a chapter an input concerns changed after the input came in (a
/// version frozen in the same second as the input counts as after it): the
/// middle link of the trace from an input to what the plan does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TracedChapter {
    /// The chapter as the version the input was read against numbered and named it.
    pub number: String,
    pub title: String,
    /// The first later version whose text of the chapter differs; none when no frozen
    /// version has changed it yet.
    pub changed_in: Option<(VersionKind, NorDate)>,
}

/// For each chapter an input concerns (by number, as it was tagged), the version in
/// which that chapter's text changed. The input is read against the last version frozen
/// before it came in (else the first after); the chapter is then followed by its key, so
/// a chapter renumbered later is still the same chapter. Programme versions have no
/// chapters of the plan and are passed over; `versions` is oldest first.
pub fn chapter_changes(numbers: &[String], received_at: i64, versions: &[&Version]) -> Vec<TracedChapter> {
    let plan_versions: Vec<&Version> =
        versions.iter().copied().filter(|v| v.fields.kind != VersionKind::Programme).collect();
    let base = plan_versions.iter().rposition(|v| v.created_at < received_at).or(if plan_versions.is_empty() {
        None
    } else {
        Some(0)
    });
    let Some(base) = base else { return Vec::new() };
    numbers
        .iter()
        .filter_map(|number| {
            let then = plan_versions[base].snapshot.chapters.iter().find(|c| c.number == *number)?;
            let same = |c: &&SnapshotChapter| {
                if then.key.is_empty() || c.key.is_empty() { c.number == then.number } else { c.key == then.key }
            };
            let changed_in = plan_versions[base + 1..]
                .iter()
                .find(|v| v.snapshot.chapters.iter().find(same).is_none_or(|c| c.body != then.body))
                .map(|v| (v.fields.kind, v.fields.date));
            Some(TracedChapter { number: then.number.clone(), title: then.title.clone(), changed_in })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chapter(number: &str, body: &str) -> SnapshotChapter {
        SnapshotChapter {
            key: String::new(),
            number: number.into(),
            title: format!("Kapittel {number}"),
            body: body.into(),
        }
    }

    fn keyed(key: &str, number: &str, title: &str, body: &str) -> SnapshotChapter {
        SnapshotChapter { key: key.into(), number: number.into(), title: title.into(), body: body.into() }
    }

    #[test]
    fn a_moved_or_renamed_chapter_is_one_chapter() {
        let old = Snapshot {
            chapters: vec![keyed("1.5", "1.5", "Forebygging", "A\nX"), keyed("1.6", "1.6", "Mål", "B")],
            ..Snapshot::default()
        };
        let new = Snapshot {
            chapters: vec![keyed("1.6", "1.5", "Mål og strategier", "B"), keyed("1.5", "1.6", "Forebygging", "A\nC")],
            ..Snapshot::default()
        };
        let c = compare(&old, &new);
        assert_eq!(c.chapters.len(), 2);
        let goals = &c.chapters[0];
        assert_eq!(
            (goals.number.as_str(), goals.was_number.as_deref(), goals.was_title.as_deref()),
            ("1.5", Some("1.6"), Some("Mål"))
        );
        assert!(goals.lines.is_empty(), "the text did not change");
        assert_eq!(c.chapters[1].lines, [Line::Same("A".into()), Line::Removed("X".into()), Line::Added("C".into())]);
        let legacy = Snapshot { chapters: vec![chapter("1.6", "B")], ..Snapshot::default() };
        assert!(
            compare(
                &legacy,
                &Snapshot { chapters: vec![keyed("1.6", "1.6", "Kapittel 1.6", "B")], ..Snapshot::default() }
            )
            .chapters
            .is_empty(),
            "a version frozen before keys matches by the number its key was made from"
        );
    }

    fn measure(id: i64, owner: &str) -> SnapshotMeasure {
        SnapshotMeasure { id: MeasureId::new(id), name: format!("Tiltak {id}"), owner: owner.into(), evaluation: None }
    }

    #[test]
    fn an_adopted_version_needs_its_decision() {
        let form = VersionForm { kind: "adopted".into(), date: "18.04.2024".into(), ..VersionForm::default() };
        assert_eq!(
            form.clone().parse().unwrap_err(),
            vec![("decision_ref", ValidationError::Required), ("body", ValidationError::Required)]
        );
        let ok = VersionForm { decision_ref: "KST-sak 12/24".into(), body: "council".into(), ..form }.parse().unwrap();
        assert_eq!(ok.body, Some(BodyKind::Council));
        assert_eq!((ok.kind, ok.date.to_string()), (VersionKind::Adopted, "18.04.2024".into()));
        assert!(
            VersionForm { kind: "draft".into(), date: "01.01.2024".into(), ..VersionForm::default() }.parse().is_ok()
        );
    }

    #[test]
    fn the_comparison_names_changed_text_and_measures() {
        let old = Snapshot {
            chapters: vec![chapter("1", "Første linje\nAndre linje"), chapter("2", "Uendret")],
            measures: vec![measure(1, "Skolen"), measure(2, "NAV")],
            ..Snapshot::default()
        };
        let new = Snapshot {
            chapters: vec![chapter("1", "Første linje\nNy andre linje"), chapter("2", "Uendret"), chapter("3", "Nytt")],
            measures: vec![measure(1, "Helsestasjonen"), measure(3, "Kultur")],
            ..Snapshot::default()
        };
        let c = compare(&old, &new);
        assert_eq!(c.chapters.iter().map(|x| x.number.as_str()).collect::<Vec<_>>(), ["1", "3"]);
        assert_eq!(
            c.chapters[0].lines,
            [
                Line::Same("Første linje".into()),
                Line::Removed("Andre linje".into()),
                Line::Added("Ny andre linje".into())
            ]
        );
        assert_eq!(c.measures_added, [measure(3, "Kultur")]);
        assert_eq!(c.measures_removed, [measure(2, "NAV")]);
        assert_eq!(c.measures_changed, [(measure(1, "Skolen"), measure(1, "Helsestasjonen"))]);
        assert_eq!(compare(&new, &new), Comparison::default(), "a version equals itself");
    }

    proptest! {
        #[test]
        fn the_changed_lines_rebuild_both_texts(a in "[a-c\\n]{0,40}", b in "[a-c\\n]{0,40}") {
            let old = Snapshot { chapters: vec![chapter("1", &a)], measures: vec![], ..Snapshot::default() };
            let new = Snapshot { chapters: vec![chapter("1", &b)], measures: vec![], ..Snapshot::default() };
            let c = compare(&old, &new);
            if a == b {
                prop_assert!(c.chapters.is_empty());
            } else {
                let lines = &c.chapters[0].lines;
                let before: Vec<&str> = lines.iter().filter_map(|l| match l { Line::Same(t) | Line::Removed(t) => Some(t.as_str()), _ => None }).collect();
                let after: Vec<&str> = lines.iter().filter_map(|l| match l { Line::Same(t) | Line::Added(t) => Some(t.as_str()), _ => None }).collect();
                prop_assert_eq!(before, a.lines().collect::<Vec<_>>());
                prop_assert_eq!(after, b.lines().collect::<Vec<_>>());
            }
        }
    }

    fn version(id: i64, kind: VersionKind, date: &str, at: i64, chapters: Vec<SnapshotChapter>) -> Version {
        Version {
            id: VersionId::new(id),
            plan_id: PlanId::new(1),
            fields: VersionFields {
                kind,
                date: NorDate::parse(date).unwrap(),
                decision_ref: String::new(),
                note: String::new(),
                body: None,
            },
            snapshot: Snapshot { chapters, ..Snapshot::default() },
            created_by: String::new(),
            created_at: at,
        }
    }

    #[test]
    fn an_inputs_chapter_is_followed_to_the_version_where_its_text_changed() {
        let heard = version(
            1,
            VersionKind::HearingDraft,
            "22.01.2024",
            100,
            vec![keyed("c3", "3", "Tiltak", "A"), keyed("c4", "4", "Samarbeid", "B")],
        );
        let programme = version(2, VersionKind::Programme, "01.02.2024", 150, vec![]);
        // The chapter "Samarbeid" moved up to 3 and got a new paragraph.
        let draft = version(
            3,
            VersionKind::Draft,
            "01.03.2024",
            200,
            vec![keyed("c4", "3", "Samarbeid", "B"), keyed("c3", "4", "Tiltak", "A")],
        );
        let adopted = version(
            4,
            VersionKind::Adopted,
            "18.04.2024",
            300,
            vec![keyed("c4", "3", "Samarbeid", "B\n\nNytt avsnitt fra høringen"), keyed("c3", "4", "Tiltak", "A")],
        );
        let all = [&heard, &programme, &draft, &adopted];
        let changes = chapter_changes(&["4".into(), "3".into(), "9".into()], 120, &all);
        assert_eq!(
            changes,
            [
                TracedChapter {
                    number: "4".into(),
                    title: "Samarbeid".into(),
                    changed_in: Some((VersionKind::Adopted, NorDate::parse("18.04.2024").unwrap())),
                },
                TracedChapter { number: "3".into(), title: "Tiltak".into(), changed_in: None },
            ],
            "a renumbered chapter is the same chapter; an unknown number is left out"
        );
        // Read before any version: against the first; with no version there is nothing.
        assert_eq!(chapter_changes(&["4".into()], 50, &all)[0].changed_in.map(|c| c.0), Some(VersionKind::Adopted));
        assert!(chapter_changes(&["4".into()], 50, &[]).is_empty());
        // Only the public versions, as the public page passes them: the draft is skipped.
        let public = [&heard, &adopted];
        assert_eq!(chapter_changes(&["4".into()], 120, &public)[0].changed_in.map(|c| c.0), Some(VersionKind::Adopted));
    }
}
