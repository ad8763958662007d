//! The planning programme (planprogram): purpose, guidelines, overlapping plans, the
//! groups that do the work, the participation plan, and the outline of the final plan
//! as an ordered tree of chapters. Stored as one document per plan.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub purpose: String,
    pub background: String,
    /// Føringer: laws, reforms and national guidance the plan must follow.
    pub guidelines: Vec<String>,
    /// Plans the work must be seen together with.
    pub overlapping_plans: Vec<String>,
    pub groups: Vec<Group>,
    pub participation: Vec<Participation>,
    pub outline: Vec<Chapter>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    Working,
    Reference,
    Steering,
    Resource,
}

impl GroupKind {
    pub const ALL: [GroupKind; 4] =
        [GroupKind::Working, GroupKind::Reference, GroupKind::Steering, GroupKind::Resource];

    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::Working => "working",
            GroupKind::Reference => "reference",
            GroupKind::Steering => "steering",
            GroupKind::Resource => "resource",
        }
    }

    pub fn parse(s: &str) -> Option<GroupKind> {
        GroupKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub kind: GroupKind,
    pub mandate: String,
    pub members: Vec<GroupMember>,
}

/// A member of a group: who (may be left open until named), the service they
/// represent, and their role in the group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMember {
    pub name: String,
    pub service: String,
    pub role: String,
}

/// One line of the participation plan: target group × method × when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    pub target_group: String,
    pub method: String,
    pub when: String,
}

/// A chapter of the outline, with its sub-chapters in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chapter {
    pub title: String,
    #[serde(default)]
    pub children: Vec<Chapter>,
}

impl Chapter {
    pub fn new(title: &str, children: &[&str]) -> Chapter {
        Chapter { title: title.to_owned(), children: children.iter().map(|c| Chapter::leaf(c)).collect() }
    }

    pub fn leaf(title: &str) -> Chapter {
        Chapter { title: title.to_owned(), children: Vec::new() }
    }
}

/// A place in the outline: `[1, 0]` is the first sub-chapter of the second chapter.
pub type ChapterPath = Vec<usize>;

/// Reads "2.1" (1-based, as numbered on screen) as a path.
pub fn parse_path(s: &str) -> Option<ChapterPath> {
    s.split('.').map(|p| p.trim().parse::<usize>().ok().filter(|n| *n >= 1).map(|n| n - 1)).collect()
}

/// Every chapter with its number ("1", "1.2"), depth-first in order.
pub fn numbered(outline: &[Chapter]) -> Vec<(String, usize, &Chapter)> {
    fn walk<'a>(chapters: &'a [Chapter], prefix: &str, depth: usize, out: &mut Vec<(String, usize, &'a Chapter)>) {
        for (i, c) in chapters.iter().enumerate() {
            let number = if prefix.is_empty() { format!("{}", i + 1) } else { format!("{prefix}.{}", i + 1) };
            out.push((number.clone(), depth, c));
            walk(&c.children, &number, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(outline, "", 0, &mut out);
    out
}

/// The list that holds the chapter at `path`, and its index there.
fn siblings_of<'a>(outline: &'a mut Vec<Chapter>, path: &[usize]) -> Option<(&'a mut Vec<Chapter>, usize)> {
    let (last, parents) = path.split_last()?;
    let mut list = outline;
    for &i in parents {
        list = &mut list.get_mut(i)?.children;
    }
    (*last < list.len()).then_some((list, *last))
}

/// Adds a chapter at the end of the outline, or under the chapter at `parent`.
pub fn add_chapter(outline: &mut Vec<Chapter>, parent: Option<&[usize]>, title: &str) -> bool {
    match parent {
        None => {
            outline.push(Chapter::leaf(title));
            true
        }
        Some(path) => match siblings_of(outline, path) {
            Some((list, i)) => {
                list[i].children.push(Chapter::leaf(title));
                true
            }
            None => false,
        },
    }
}

/// Removes the chapter at `path` with its sub-chapters.
pub fn remove_chapter(outline: &mut Vec<Chapter>, path: &[usize]) -> bool {
    match siblings_of(outline, path) {
        Some((list, i)) => {
            list.remove(i);
            true
        }
        None => false,
    }
}

/// Moves the chapter at `path` one place up (`up`) or down among its siblings.
pub fn move_chapter(outline: &mut Vec<Chapter>, path: &[usize], up: bool) -> bool {
    match siblings_of(outline, path) {
        Some((list, i)) if up && i > 0 => {
            list.swap(i, i - 1);
            true
        }
        Some((list, i)) if !up && i + 1 < list.len() => {
            list.swap(i, i + 1);
            true
        }
        _ => false,
    }
}

/// One change to a programme, as the editor's forms send them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgrammeEdit {
    /// Purpose, background, and the guidelines and overlapping plans one per line.
    Texts {
        purpose: String,
        background: String,
        guidelines: String,
        overlapping_plans: String,
    },
    AddGroup {
        kind: GroupKind,
        mandate: String,
    },
    RemoveGroup {
        group: usize,
    },
    AddMember {
        group: usize,
        member: GroupMember,
    },
    RemoveMember {
        group: usize,
        member: usize,
    },
    AddParticipation(Participation),
    RemoveParticipation {
        index: usize,
    },
    AddChapter {
        parent: Option<ChapterPath>,
        title: String,
    },
    RemoveChapter {
        path: ChapterPath,
    },
    MoveChapter {
        path: ChapterPath,
        up: bool,
    },
}

/// Why an edit could not be applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The group, member, line or chapter it names does not exist (any more).
    NotFound,
    /// A required text is empty.
    Empty,
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

impl Programme {
    pub fn apply(&mut self, edit: ProgrammeEdit) -> Result<(), EditError> {
        let found = |ok: bool| if ok { Ok(()) } else { Err(EditError::NotFound) };
        match edit {
            ProgrammeEdit::Texts { purpose, background, guidelines, overlapping_plans } => {
                self.purpose = purpose.trim().to_owned();
                self.background = background.trim().to_owned();
                self.guidelines = lines(&guidelines);
                self.overlapping_plans = lines(&overlapping_plans);
                Ok(())
            }
            ProgrammeEdit::AddGroup { kind, mandate } => {
                self.groups.push(Group { kind, mandate: mandate.trim().to_owned(), members: Vec::new() });
                Ok(())
            }
            ProgrammeEdit::RemoveGroup { group } => {
                found(group < self.groups.len())?;
                self.groups.remove(group);
                Ok(())
            }
            ProgrammeEdit::AddMember { group, member } => {
                if member.service.trim().is_empty() && member.name.trim().is_empty() {
                    return Err(EditError::Empty);
                }
                let group = self.groups.get_mut(group).ok_or(EditError::NotFound)?;
                group.members.push(GroupMember {
                    name: member.name.trim().to_owned(),
                    service: member.service.trim().to_owned(),
                    role: member.role.trim().to_owned(),
                });
                Ok(())
            }
            ProgrammeEdit::RemoveMember { group, member } => {
                let group = self.groups.get_mut(group).ok_or(EditError::NotFound)?;
                found(member < group.members.len())?;
                group.members.remove(member);
                Ok(())
            }
            ProgrammeEdit::AddParticipation(p) => {
                if p.target_group.trim().is_empty() || p.method.trim().is_empty() {
                    return Err(EditError::Empty);
                }
                self.participation.push(Participation {
                    target_group: p.target_group.trim().to_owned(),
                    method: p.method.trim().to_owned(),
                    when: p.when.trim().to_owned(),
                });
                Ok(())
            }
            ProgrammeEdit::RemoveParticipation { index } => {
                found(index < self.participation.len())?;
                self.participation.remove(index);
                Ok(())
            }
            ProgrammeEdit::AddChapter { parent, title } => {
                if title.trim().is_empty() {
                    return Err(EditError::Empty);
                }
                found(add_chapter(&mut self.outline, parent.as_deref(), title.trim()))
            }
            ProgrammeEdit::RemoveChapter { path } => found(remove_chapter(&mut self.outline, &path)),
            ProgrammeEdit::MoveChapter { path, up } => found(move_chapter(&mut self.outline, &path, up)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn outline() -> Vec<Chapter> {
        vec![
            Chapter::new("Bakgrunn", &["Føringer", "Mål"]),
            Chapter::new("Samhandling", &[]),
            Chapter::new("Tiltak", &[]),
        ]
    }

    #[test]
    fn chapters_are_numbered_and_edited_by_path() {
        let mut o = outline();
        let numbers: Vec<String> = numbered(&o).into_iter().map(|(n, _, c)| format!("{n} {}", c.title)).collect();
        assert_eq!(numbers, ["1 Bakgrunn", "1.1 Føringer", "1.2 Mål", "2 Samhandling", "3 Tiltak"]);
        assert_eq!(parse_path("1.2"), Some(vec![0, 1]));
        assert_eq!(parse_path("0"), None);
        assert!(move_chapter(&mut o, &[0, 1], true));
        assert_eq!(o[0].children[0].title, "Mål");
        assert!(!move_chapter(&mut o, &[0, 0], true), "the first cannot move up");
        assert!(add_chapter(&mut o, Some(&[1]), "Tjenestenivå"));
        assert_eq!(o[1].children[0].title, "Tjenestenivå");
        assert!(remove_chapter(&mut o, &[0]));
        assert_eq!(o[0].title, "Samhandling");
        assert!(!remove_chapter(&mut o, &[9]));
        assert!(!add_chapter(&mut o, Some(&[5, 1]), "x"));
    }

    #[test]
    fn edits_change_the_programme_or_say_why_not() {
        let mut p = Programme::default();
        p.apply(ProgrammeEdit::Texts {
            purpose: " Formål ".into(),
            background: String::new(),
            guidelines: "Barnevernsloven § 15-1\n\n  Barnekonvensjonen ".into(),
            overlapping_plans: "Oppvekstplan".into(),
        })
        .unwrap();
        assert_eq!(p.purpose, "Formål");
        assert_eq!(p.guidelines, vec!["Barnevernsloven § 15-1", "Barnekonvensjonen"]);
        p.apply(ProgrammeEdit::AddGroup { kind: GroupKind::Working, mandate: "Skriver planen".into() }).unwrap();
        let member = GroupMember { name: "Kari".into(), service: "Helse".into(), role: "Leder".into() };
        p.apply(ProgrammeEdit::AddMember { group: 0, member: member.clone() }).unwrap();
        assert_eq!(p.apply(ProgrammeEdit::AddMember { group: 3, member }), Err(EditError::NotFound));
        assert_eq!(p.groups[0].members[0].service, "Helse");
        p.apply(ProgrammeEdit::RemoveMember { group: 0, member: 0 }).unwrap();
        assert!(p.groups[0].members.is_empty());
        let empty = Participation { target_group: " ".into(), method: "Workshop".into(), when: String::new() };
        assert_eq!(p.apply(ProgrammeEdit::AddParticipation(empty)), Err(EditError::Empty));
        p.apply(ProgrammeEdit::AddChapter { parent: None, title: "Bakgrunn".into() }).unwrap();
        p.apply(ProgrammeEdit::AddChapter { parent: Some(vec![0]), title: "Føringer".into() }).unwrap();
        assert_eq!(p.outline[0].children[0].title, "Føringer");
        assert_eq!(p.apply(ProgrammeEdit::RemoveChapter { path: vec![2] }), Err(EditError::NotFound));
    }

    proptest! {
        #[test]
        fn moving_keeps_every_chapter_and_down_undoes_up(path in prop::collection::vec(0usize..4, 1..3)) {
            let mut o = outline();
            let before = numbered(&o).len();
            if move_chapter(&mut o, &path, true) {
                prop_assert_eq!(numbered(&o).len(), before);
                let mut back = path.clone();
                if let Some(last) = back.last_mut() { *last -= 1; }
                prop_assert!(move_chapter(&mut o, &back, false));
                prop_assert_eq!(o, outline());
            }
        }
    }
}
