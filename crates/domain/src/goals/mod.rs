//! The goal hierarchy of a plan, as in Lyngen's programme: main goals (hovedmål) →
//! sub-goals (delmål) → strategies, each optionally tied to a goal of the municipal
//! master plan and to UN SDG targets. Measures hang under goals, and their status
//! reports roll up to them (`rollup.rs`).

pub mod rollup;

use crate::ids::{GoalId, PlanId};
use crate::timeline::NorDate;
use serde::{Deserialize, Serialize};

use crate::people::ValidationError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalLevel {
    Main,
    Sub,
    Strategy,
}

impl GoalLevel {
    pub const ALL: [GoalLevel; 3] = [GoalLevel::Main, GoalLevel::Sub, GoalLevel::Strategy];

    pub fn code(self) -> &'static str {
        match self {
            GoalLevel::Main => "main",
            GoalLevel::Sub => "sub",
            GoalLevel::Strategy => "strategy",
        }
    }

    pub fn parse(s: &str) -> Option<GoalLevel> {
        GoalLevel::ALL.into_iter().find(|l| l.code() == s)
    }

    /// The level a goal of this level hangs under.
    pub fn parent_level(self) -> Option<GoalLevel> {
        match self {
            GoalLevel::Main => None,
            GoalLevel::Sub => Some(GoalLevel::Main),
            GoalLevel::Strategy => Some(GoalLevel::Sub),
        }
    }
}

/// A UN sustainable development goal or target: `3`, `3.4`, `17.4`, `4.a`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SdgTarget(String);

impl SdgTarget {
    pub fn parse(s: &str) -> Option<SdgTarget> {
        let s = s.trim().to_lowercase();
        let (goal, target) = match s.split_once('.') {
            Some((g, t)) => (g, Some(t)),
            None => (s.as_str(), None),
        };
        let goal_ok = goal.parse::<u8>().is_ok_and(|g| (1..=17).contains(&g)) && !goal.starts_with('0');
        let target_ok = match target {
            None => true,
            Some(t) => {
                (t.len() == 1 && t.chars().all(|c| c.is_ascii_lowercase()))
                    || (t.parse::<u8>().is_ok_and(|n| (1..=20).contains(&n)) && !t.starts_with('0'))
            }
        };
        (goal_ok && target_ok).then_some(SdgTarget(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Goal, then target, by number (3.4 before 16.2; lettered targets after numbered).
    fn order(&self) -> (u32, u32) {
        let (goal, target) = self.0.split_once('.').unwrap_or((&self.0, ""));
        let target = match target.parse::<u32>() {
            Ok(n) => n,
            Err(_) => target.chars().next().map(|c| 100 + c as u32).unwrap_or(0),
        };
        (goal.parse().unwrap_or(0), target)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalFields {
    pub level: GoalLevel,
    /// The goal it hangs under: a main goal for a sub-goal, a sub-goal for a strategy.
    pub parent: Option<GoalId>,
    pub title: String,
    /// The goal of kommuneplanens samfunnsdel it serves, in words.
    #[serde(default)]
    pub master_plan_goal: String,
    #[serde(default)]
    pub sdg_targets: Vec<SdgTarget>,
    /// How the municipality will know the goal is being reached (an indicator such as
    /// "Ungdata: share who thrive at school"), in words.
    #[serde(default)]
    pub indicator: String,
    /// When the goal is evaluated.
    #[serde(default)]
    pub evaluation: Option<NorDate>,
    /// The knowledge base's indicator that measures it: its figure when linked is the
    /// baseline, `target` the figure the plan aims for; the follow-up shows the latest.
    #[serde(default)]
    pub measured_by: Option<crate::ids::IndicatorId>,
    /// The baseline as the plan states it ("13,3 (2022–2024)"); filled from the
    /// indicator's latest figure when left empty.
    #[serde(default)]
    pub baseline: String,
    /// The target figure, as typed (decimal comma or point).
    #[serde(default)]
    pub target: String,
}

/// A number as typed in a form: `12,5`, `12.5`, `1 234`.
pub fn typed_number(s: &str) -> Option<f64> {
    let cleaned: String =
        s.chars().filter(|c| !c.is_whitespace()).collect::<String>().replace(',', ".").replace('−', "-");
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

impl GoalFields {
    pub fn target_value(&self) -> Option<f64> {
        typed_number(&self.target)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Goal {
    pub id: GoalId,
    pub plan_id: PlanId,
    #[serde(flatten)]
    pub fields: GoalFields,
}

/// The goal form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct GoalForm {
    pub level: String,
    pub parent: String,
    pub title: String,
    pub master_plan_goal: String,
    pub sdg_targets: String,
    pub indicator: String,
    pub evaluation: String,
    pub measured_by: String,
    pub baseline: String,
    pub target: String,
}

impl GoalForm {
    /// Checks the form against the plan's goals: a sub-goal hangs under a main goal, a
    /// strategy under a sub-goal, a main goal under nothing.
    pub fn parse(&self, goals: &[Goal]) -> Result<GoalFields, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let level = GoalLevel::parse(self.level.trim());
        if level.is_none() {
            errors.push(("level", ValidationError::Required));
        }
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 300 {
            errors.push(("title", ValidationError::Title));
        }
        let parent = self.parent.trim().parse::<GoalId>().ok();
        if let Some(level) = level {
            let fits = match (level.parent_level(), parent) {
                (None, None) => true,
                (Some(wanted), Some(p)) => goals.iter().any(|g| g.id == p && g.fields.level == wanted),
                _ => false,
            };
            if !fits {
                errors.push(("parent", ValidationError::GoalParent));
            }
        }
        let mut sdg_targets = Vec::new();
        for item in self.sdg_targets.split([',', ';', ' ']).map(str::trim).filter(|s| !s.is_empty()) {
            match SdgTarget::parse(item) {
                Some(t) => sdg_targets.push(t),
                None => {
                    errors.push(("sdg_targets", ValidationError::SdgTarget(item.to_owned())));
                    break;
                }
            }
        }
        sdg_targets.sort_by_key(SdgTarget::order);
        sdg_targets.dedup();
        let evaluation = match self.evaluation.trim() {
            "" => None,
            typed => match NorDate::parse(typed) {
                Ok(day) => Some(day),
                Err(e) => {
                    errors.push(("evaluation", e));
                    None
                }
            },
        };
        let measured_by = match self.measured_by.trim() {
            "" => None,
            typed => match typed.parse::<i64>() {
                Ok(id) => Some(crate::ids::IndicatorId::new(id)),
                Err(_) => {
                    errors.push(("measured_by", ValidationError::Required));
                    None
                }
            },
        };
        let target = self.target.trim();
        if !target.is_empty() && typed_number(target).is_none() {
            errors.push(("target", ValidationError::Number(target.to_owned())));
        }
        if self.baseline.trim().chars().count() > 100 {
            errors.push(("baseline", ValidationError::TooLong { max: 100 }));
        }
        match (level, errors.is_empty()) {
            (Some(level), true) => Ok(GoalFields {
                level,
                parent: level.parent_level().and(parent),
                title: title.to_owned(),
                master_plan_goal: self.master_plan_goal.trim().to_owned(),
                sdg_targets,
                indicator: self.indicator.trim().to_owned(),
                evaluation,
                measured_by,
                baseline: self.baseline.trim().to_owned(),
                target: target.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// The goals in reading order — each main goal, its sub-goals, their strategies —
/// with their depth (0, 1, 2). Goals whose parent is gone come last, at depth 0.
pub fn in_order(goals: &[Goal]) -> Vec<(usize, &Goal)> {
    fn walk<'a>(goals: &'a [Goal], parent: Option<GoalId>, depth: usize, out: &mut Vec<(usize, &'a Goal)>) {
        for g in goals.iter().filter(|g| g.fields.parent == parent) {
            out.push((depth, g));
            walk(goals, Some(g.id), depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(goals, None, 0, &mut out);
    for g in goals {
        if !out.iter().any(|(_, o)| o.id == g.id) {
            out.push((0, g));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(id: i64, level: GoalLevel, parent: Option<i64>) -> Goal {
        Goal {
            id: GoalId::new(id),
            plan_id: PlanId::new(1),
            fields: GoalFields {
                level,
                parent: parent.map(GoalId::new),
                title: format!("Mål {id}"),
                master_plan_goal: String::new(),
                sdg_targets: vec![],
                indicator: String::new(),
                evaluation: None,
                measured_by: None,
                baseline: String::new(),
                target: String::new(),
            },
        }
    }

    #[test]
    fn sdg_targets_are_goals_1_to_17_with_an_optional_target() {
        for ok in ["3", "3.4", "17.4", "4.a", " 16.2 "] {
            assert!(SdgTarget::parse(ok).is_some(), "{ok}");
        }
        for bad in ["0", "18", "3.", "3.0", "03.4", "4.aa", "x", ""] {
            assert!(SdgTarget::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn the_hierarchy_is_main_sub_strategy() {
        let goals = vec![goal(1, GoalLevel::Main, None), goal(2, GoalLevel::Sub, Some(1))];
        let form = |level: &str, parent: &str| GoalForm {
            level: level.into(),
            parent: parent.into(),
            title: "Alle barn og unge opplever mestring".into(),
            master_plan_goal: "Gode oppvekstvilkår".into(),
            sdg_targets: "3.4, 4, 17.4".into(),
            indicator: " Ungdata: andel som trives på skolen ".into(),
            evaluation: "01.06.26".into(),
            ..GoalForm::default()
        };
        let sub = form("sub", "1").parse(&goals).unwrap();
        assert_eq!((sub.level, sub.parent), (GoalLevel::Sub, Some(GoalId::new(1))));
        assert_eq!(sub.sdg_targets.iter().map(SdgTarget::as_str).collect::<Vec<_>>(), ["3.4", "4", "17.4"]);
        assert!(form("strategy", "2").parse(&goals).is_ok());
        assert_eq!(form("strategy", "1").parse(&goals).unwrap_err(), vec![("parent", ValidationError::GoalParent)]);
        assert_eq!(form("main", "1").parse(&goals).unwrap_err(), vec![("parent", ValidationError::GoalParent)]);
        assert_eq!(form("main", "").parse(&goals).unwrap().parent, None);
        let mut bad = form("main", "");
        bad.sdg_targets = "3.4, 19".into();
        assert_eq!(bad.parse(&goals).unwrap_err(), vec![("sdg_targets", ValidationError::SdgTarget("19".into()))]);
    }

    #[test]
    fn a_goal_keeps_its_indicator_and_evaluation_date_and_refuses_a_bad_date() {
        let form = GoalForm {
            level: "main".into(),
            title: "Trygg oppvekst".into(),
            indicator: " Ungdata: andel som trives ".into(),
            evaluation: "01.06.26".into(),
            ..GoalForm::default()
        };
        let fields = form.parse(&[]).unwrap();
        assert_eq!(fields.indicator, "Ungdata: andel som trives");
        assert_eq!(fields.evaluation, NorDate::parse("01.06.2026").ok());
        let bad = GoalForm { evaluation: "31.02.2026".into(), ..form };
        assert_eq!(bad.parse(&[]).unwrap_err(), vec![("evaluation", ValidationError::Date("31.02.2026".into()))]);
    }

    #[test]
    fn goals_read_as_a_tree() {
        let goals = vec![
            goal(1, GoalLevel::Main, None),
            goal(5, GoalLevel::Main, None),
            goal(2, GoalLevel::Sub, Some(1)),
            goal(3, GoalLevel::Strategy, Some(2)),
            goal(4, GoalLevel::Sub, Some(5)),
        ];
        let order: Vec<(usize, i64)> = in_order(&goals).into_iter().map(|(d, g)| (d, g.id.get())).collect();
        assert_eq!(order, [(0, 1), (1, 2), (2, 3), (0, 5), (1, 4)]);
    }
}
