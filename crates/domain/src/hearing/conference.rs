//! Dialogue conferences (dialogkonferanse, the method of the Seljord report): people
//! meet in groups, each led by a group leader (at the school, by pupils), and answer
//! the same questions round by round. What each group writes down in each round becomes
//! inputs in the plan's register, traced back to the conference, round and group.

use crate::ids::{ConferenceId, PlanId};
use serde::{Deserialize, Serialize};

use crate::people::ValidationError;
use crate::timeline::NorDate;

const MAX_LINE_CHARS: usize = 500;
const MAX_ROUNDS: usize = 12;
const MAX_GROUPS: usize = 40;

/// One conference as planned and held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConferenceFields {
    pub title: String,
    pub held_on: NorDate,
    pub place: String,
    /// Who took part, in words ("pupils of 8th–10th grade, parents, politicians").
    pub participants: String,
    /// The question of each round, in order (round 1 first).
    pub rounds: Vec<String>,
    pub groups: Vec<ConferenceGroup>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConferenceGroup {
    pub name: String,
    /// Who led the group's conversation; internal, never published.
    pub leader: String,
}

/// A stored conference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DialogueConference {
    pub id: ConferenceId,
    pub plan_id: PlanId,
    pub fields: ConferenceFields,
}

/// Where an input from a dialogue conference came from. Rounds and groups count from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ConferenceOrigin {
    pub conference: ConferenceId,
    pub round: u32,
    pub group: u32,
}

impl DialogueConference {
    /// The question of a round (counted from 1).
    pub fn round(&self, round: u32) -> Option<&str> {
        self.fields.rounds.get((round as usize).checked_sub(1)?).map(String::as_str)
    }

    pub fn group(&self, group: u32) -> Option<&ConferenceGroup> {
        self.fields.groups.get((group as usize).checked_sub(1)?)
    }

    /// How the group is named as the sender of its inputs: the conference and the
    /// group, never the leader (often a pupil).
    pub fn sender_name(&self, group: u32) -> String {
        let name = self.group(group).map(|g| g.name.as_str()).unwrap_or_default();
        format!("{} ({}), {name}", self.fields.title, self.fields.held_on)
    }
}

/// The conference form as typed: rounds one question per line, groups one per line as
/// "name; leader".
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConferenceForm {
    pub title: String,
    pub held_on: String,
    pub place: String,
    pub participants: String,
    pub rounds: String,
    pub groups: String,
}

impl ConferenceForm {
    /// Validates the form; errors per field. `in_use` is the highest round and group
    /// that already have outputs: those cannot be removed.
    pub fn parse(&self, in_use: (u32, u32)) -> Result<ConferenceFields, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            errors.push(("title", ValidationError::Title));
        }
        let held_on = match NorDate::parse(&self.held_on) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(("held_on", e));
                None
            }
        };
        let lines = |text: &str| -> Vec<String> {
            text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
        };
        let rounds = lines(&self.rounds);
        let groups: Vec<ConferenceGroup> = lines(&self.groups)
            .into_iter()
            .map(|line| match line.split_once(';') {
                Some((name, leader)) => ConferenceGroup { name: name.trim().into(), leader: leader.trim().into() },
                None => ConferenceGroup { name: line, leader: String::new() },
            })
            .collect();
        let too_long = |s: &str| s.chars().count() > MAX_LINE_CHARS;
        if rounds.is_empty() {
            errors.push(("rounds", ValidationError::Required));
        } else if rounds.len() > MAX_ROUNDS || rounds.iter().any(|r| too_long(r)) {
            errors.push(("rounds", ValidationError::TooLong { max: MAX_LINE_CHARS }));
        } else if (rounds.len() as u32) < in_use.0 {
            errors.push(("rounds", ValidationError::InUse(in_use.0.to_string())));
        }
        if groups.is_empty() {
            errors.push(("groups", ValidationError::Required));
        } else if groups.len() > MAX_GROUPS
            || groups.iter().any(|g| g.name.is_empty() || too_long(&g.name) || too_long(&g.leader))
        {
            errors.push(("groups", ValidationError::GroupLine));
        } else if (groups.len() as u32) < in_use.1 {
            errors.push(("groups", ValidationError::InUse(in_use.1.to_string())));
        }
        let (Some(held_on), true) = (held_on, errors.is_empty()) else {
            return Err(errors);
        };
        Ok(ConferenceFields {
            title: title.to_owned(),
            held_on,
            place: self.place.trim().to_owned(),
            participants: self.participants.trim().to_owned(),
            rounds,
            groups,
        })
    }
}

impl ConferenceFields {
    /// The form filled in with these fields, for editing.
    pub fn to_form(&self) -> ConferenceForm {
        ConferenceForm {
            title: self.title.clone(),
            held_on: self.held_on.to_string(),
            place: self.place.clone(),
            participants: self.participants.clone(),
            rounds: self.rounds.join("\n"),
            groups: self
                .groups
                .iter()
                .map(|g| if g.leader.is_empty() { g.name.clone() } else { format!("{}; {}", g.name, g.leader) })
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn seljord_school() -> ConferenceForm {
        ConferenceForm {
            title: "Ope møte på ungdomsskulen".into(),
            held_on: "12.03.2024".into(),
            place: "Seljord ungdomsskule".into(),
            participants: "Elevar, føresette, politikarar og styringsgruppa".into(),
            rounds: "Kva er bra med å vekse opp her?\n\n  Kva manglar?  \nKva kan vi gjere saman?".into(),
            groups: "Gruppe A; Ida (10. trinn)\nGruppe B ; Jon (9. trinn)\nGruppe C".into(),
        }
    }

    #[test]
    fn rounds_are_questions_and_groups_have_leaders() {
        let f = seljord_school().parse((0, 0)).unwrap();
        assert_eq!(f.rounds, ["Kva er bra med å vekse opp her?", "Kva manglar?", "Kva kan vi gjere saman?"]);
        assert_eq!(f.groups[1], ConferenceGroup { name: "Gruppe B".into(), leader: "Jon (9. trinn)".into() });
        assert_eq!(f.groups[2].leader, "");
        let c = DialogueConference { id: ConferenceId::new(1), plan_id: PlanId::new(1), fields: f.clone() };
        assert_eq!(c.round(2), Some("Kva manglar?"));
        assert_eq!((c.round(0), c.round(4)), (None, None));
        assert_eq!(c.sender_name(1), "Ope møte på ungdomsskulen (12.03.2024), Gruppe A");
        assert_eq!(f.to_form().parse((3, 3)).unwrap(), f, "the form round-trips");
    }

    #[test]
    fn a_conference_needs_a_title_a_date_a_round_and_a_group_and_keeps_used_ones() {
        let empty = ConferenceForm::default().parse((0, 0)).unwrap_err();
        let fields: Vec<&str> = empty.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["title", "held_on", "rounds", "groups"]);
        let mut fewer = seljord_school();
        fewer.rounds = "Kva manglar?".into();
        assert_eq!(fewer.parse((2, 1)).unwrap_err(), vec![("rounds", ValidationError::InUse("2".into()))]);
        let mut nameless = seljord_school();
        nameless.groups = "; Ida".into();
        assert_eq!(nameless.parse((0, 0)).unwrap_err(), vec![("groups", ValidationError::GroupLine)]);
    }

    proptest! {
        #[test]
        fn parsed_conferences_have_no_empty_rounds_or_group_names(rounds in "\\PC{0,80}", groups in "\\PC{0,80}") {
            let form = ConferenceForm { title: "T".into(), held_on: "01.01.2025".into(), rounds, groups, ..ConferenceForm::default() };
            if let Ok(f) = form.parse((0, 0)) {
                prop_assert!(!f.rounds.is_empty() && f.rounds.iter().all(|r| !r.trim().is_empty()));
                prop_assert!(!f.groups.is_empty() && f.groups.iter().all(|g| !g.name.is_empty()));
            }
        }
    }
}
