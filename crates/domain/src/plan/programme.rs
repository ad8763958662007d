//! The planning programme (planprogram): purpose, guidelines, overlapping plans, the
//! groups that do the work, the participation plan, and the outline of the final plan
//! as an ordered tree of chapters. Stored as one document per plan.

use serde::{Deserialize, Serialize};

use crate::timeline::NorDate;

pub use super::outline::{Chapter, ChapterKey, Outline, OutlineError, Place, RemovedChapter, numbered, placed};

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
    /// A few plain sentences about the plan for children and young people, shown on the
    /// youth version of the hearing page.
    #[serde(default)]
    pub youth_summary: String,
    /// The plan's anchoring and the council's decisions the law asks for.
    #[serde(default)]
    pub decisions: Decisions,
    /// Stored as the programme's fields `outline`, `removed_chapters` and
    /// `last_chapter_key`, so programmes stored before keys existed still read.
    #[serde(flatten)]
    pub outline: Outline,
}

/// What barnevernsloven § 15-1 asks the council to decide besides adopting the plan, and
/// the reason when the plan is not anchored in kommuneplanens samfunnsdel by a link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decisions {
    /// Why the plan is not anchored in the social element of the master plan (say, the
    /// master plan is being revised), when no link to it can be made.
    pub master_plan_reason: String,
    /// The council's decision on the child welfare service's role in prevention.
    pub child_welfare_role: CouncilDecision,
}

/// A decision of the municipal council, as the plan records it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CouncilDecision {
    pub decided_on: Option<NorDate>,
    /// The case number (saksnummer), e.g. `24/112`.
    pub case_number: String,
    /// What was decided, in a sentence or two.
    pub summary: String,
}

impl CouncilDecision {
    /// Recorded: a date and what was decided.
    pub fn recorded(&self) -> bool {
        self.decided_on.is_some() && !self.summary.trim().is_empty()
    }
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMember {
    pub name: String,
    pub service: String,
    pub role: String,
}

impl GroupMember {
    /// The member as stored: trimmed, and with a service or a name.
    fn trimmed(self) -> Result<GroupMember, EditError> {
        if self.service.trim().is_empty() && self.name.trim().is_empty() {
            return Err(EditError::Empty);
        }
        Ok(GroupMember {
            name: self.name.trim().to_owned(),
            service: self.service.trim().to_owned(),
            role: self.role.trim().to_owned(),
        })
    }
}

/// One line of the participation plan: target group × method × when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    pub target_group: String,
    pub method: String,
    pub when: String,
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
        youth_summary: String,
    },
    /// The anchoring reason and the council's decision on the child welfare service's role.
    Decisions(Decisions),
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
    /// Corrects a member in place (name, service, role), keeping their place.
    UpdateMember {
        group: usize,
        member: usize,
        value: GroupMember,
    },
    AddParticipation(Participation),
    RemoveParticipation {
        index: usize,
    },
    AddChapter {
        place: Place,
        title: String,
    },
    RenameChapter {
        key: ChapterKey,
        title: String,
    },
    /// Takes the chapter out; its text is kept with it until the next frozen version.
    RemoveChapter {
        key: ChapterKey,
    },
    RestoreChapter {
        key: ChapterKey,
    },
    MoveChapter {
        key: ChapterKey,
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
    /// A chapter cannot move further that way.
    CannotMove,
    /// A title is longer than the outline allows.
    TooLong,
    /// Chapters would nest too deep.
    TooDeep,
}

impl From<OutlineError> for EditError {
    fn from(e: OutlineError) -> Self {
        match e {
            OutlineError::NotFound => EditError::NotFound,
            OutlineError::Empty => EditError::Empty,
            OutlineError::CannotMove => EditError::CannotMove,
            OutlineError::TooLong => EditError::TooLong,
            OutlineError::TooDeep => EditError::TooDeep,
        }
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

impl Programme {
    pub fn apply(&mut self, edit: ProgrammeEdit) -> Result<(), EditError> {
        let found = |ok: bool| if ok { Ok(()) } else { Err(EditError::NotFound) };
        match edit {
            ProgrammeEdit::Texts { purpose, background, guidelines, overlapping_plans, youth_summary } => {
                self.purpose = purpose.trim().to_owned();
                self.youth_summary = youth_summary.trim().to_owned();
                self.background = background.trim().to_owned();
                self.guidelines = lines(&guidelines);
                self.overlapping_plans = lines(&overlapping_plans);
                Ok(())
            }
            ProgrammeEdit::Decisions(d) => {
                self.decisions = Decisions {
                    master_plan_reason: d.master_plan_reason.trim().to_owned(),
                    child_welfare_role: CouncilDecision {
                        decided_on: d.child_welfare_role.decided_on,
                        case_number: d.child_welfare_role.case_number.trim().to_owned(),
                        summary: d.child_welfare_role.summary.trim().to_owned(),
                    },
                };
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
                let member = member.trimmed()?;
                self.groups.get_mut(group).ok_or(EditError::NotFound)?.members.push(member);
                Ok(())
            }
            ProgrammeEdit::UpdateMember { group, member, value } => {
                let value = value.trimmed()?;
                let group = self.groups.get_mut(group).ok_or(EditError::NotFound)?;
                *group.members.get_mut(member).ok_or(EditError::NotFound)? = value;
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
            ProgrammeEdit::AddChapter { place, title } => Ok(self.outline.add(&place, &title).map(|_| ())?),
            ProgrammeEdit::RenameChapter { key, title } => Ok(self.outline.rename(&key, &title)?),
            ProgrammeEdit::RemoveChapter { key } => Ok(self.outline.remove(&key)?),
            ProgrammeEdit::RestoreChapter { key } => Ok(self.outline.restore(&key)?),
            ProgrammeEdit::MoveChapter { key, up } => Ok(self.outline.move_by_one(&key, up)?),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_change_the_programme_or_say_why_not() {
        let mut p = Programme::default();
        p.apply(ProgrammeEdit::Texts {
            purpose: " Formål ".into(),
            background: String::new(),
            guidelines: "Barnevernsloven § 15-1\n\n  Barnekonvensjonen ".into(),
            overlapping_plans: "Oppvekstplan".into(),
            youth_summary: " Kort for unge ".into(),
        })
        .unwrap();
        assert_eq!((p.purpose.as_str(), p.youth_summary.as_str()), ("Formål", "Kort for unge"));
        assert_eq!(p.guidelines, vec!["Barnevernsloven § 15-1", "Barnekonvensjonen"]);
        p.apply(ProgrammeEdit::AddGroup { kind: GroupKind::Working, mandate: "Skriver planen".into() }).unwrap();
        let member = GroupMember { name: "Kari".into(), service: "Helse".into(), role: "Leder".into() };
        p.apply(ProgrammeEdit::AddMember { group: 0, member: member.clone() }).unwrap();
        assert_eq!(p.apply(ProgrammeEdit::AddMember { group: 3, member: member.clone() }), Err(EditError::NotFound));
        // A member is corrected in place, keeping their place; an empty correction is refused.
        let second = GroupMember { name: "Per".into(), service: "Skole".into(), role: String::new() };
        p.apply(ProgrammeEdit::AddMember { group: 0, member: second }).unwrap();
        let fixed =
            GroupMember { name: " Kari Nordmann ".into(), service: "Helsestasjonen".into(), role: "Leder".into() };
        p.apply(ProgrammeEdit::UpdateMember { group: 0, member: 0, value: fixed }).unwrap();
        let names: Vec<&str> = p.groups[0].members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Kari Nordmann", "Per"]);
        assert_eq!(
            p.apply(ProgrammeEdit::UpdateMember { group: 0, member: 0, value: GroupMember::default() }),
            Err(EditError::Empty)
        );
        assert_eq!(
            p.apply(ProgrammeEdit::UpdateMember { group: 0, member: 5, value: member }),
            Err(EditError::NotFound)
        );
        assert_eq!(p.groups[0].members[0].service, "Helsestasjonen");
        p.apply(ProgrammeEdit::RemoveMember { group: 0, member: 0 }).unwrap();
        p.apply(ProgrammeEdit::RemoveMember { group: 0, member: 0 }).unwrap();
        assert!(p.groups[0].members.is_empty());
        let empty = Participation { target_group: " ".into(), method: "Workshop".into(), when: String::new() };
        assert_eq!(p.apply(ProgrammeEdit::AddParticipation(empty)), Err(EditError::Empty));
        p.apply(ProgrammeEdit::AddChapter { place: Place::End, title: "Bakgrunn".into() }).unwrap();
        let first = p.outline.chapters[0].key.clone();
        p.apply(ProgrammeEdit::AddChapter { place: Place::Under(first.clone()), title: "Føringer".into() }).unwrap();
        assert_eq!(p.outline.chapters[0].children[0].title, "Føringer");
        assert_eq!(p.apply(ProgrammeEdit::MoveChapter { key: first, up: true }), Err(EditError::CannotMove));
        let gone = ChapterKey::parse("c9").unwrap();
        assert_eq!(p.apply(ProgrammeEdit::RemoveChapter { key: gone }), Err(EditError::NotFound));
    }
}
