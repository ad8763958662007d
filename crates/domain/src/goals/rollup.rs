//! Progress rolled up from measures to goals: a goal's progress is the weighted mean of
//! the latest reported progress of the measures under it and under its sub-goals and
//! strategies. Measures without a report are counted but not averaged; a goal without
//! measures has no progress at all (and says so).

use crate::ids::{GoalId, MeasureId};
use std::collections::HashSet;

use super::Goal;
use crate::measures::MeasureFields;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GoalProgress {
    /// Measures under the goal (each once).
    pub measures: usize,
    /// Of them, those with a status report.
    pub reported: usize,
    /// The weighted mean of the reported progress, 0–100; `None` when nothing is reported.
    pub percent: Option<f64>,
}

/// The goal and every goal below it.
fn subtree(goals: &[Goal], root: GoalId) -> HashSet<GoalId> {
    let mut found = HashSet::from([root]);
    loop {
        let before = found.len();
        for g in goals {
            if g.fields.parent.is_some_and(|p| found.contains(&p)) {
                found.insert(g.id);
            }
        }
        if found.len() == before {
            return found;
        }
    }
}

/// Progress of each goal, in the order given. `measures` are (id, fields) with their
/// goal links and weights (default 1); `latest` gives a measure's latest progress.
pub fn rollup(
    goals: &[Goal],
    measures: &[(MeasureId, &MeasureFields)],
    latest: impl Fn(MeasureId) -> Option<u8>,
) -> Vec<(GoalId, GoalProgress)> {
    goals
        .iter()
        .map(|g| {
            let ids = subtree(goals, g.id);
            let under: Vec<&(MeasureId, &MeasureFields)> =
                measures.iter().filter(|(_, m)| m.goals.iter().any(|x| ids.contains(x))).collect();
            let (mut sum, mut weights, mut reported) = (0.0, 0.0, 0);
            for (id, m) in &under {
                if let Some(p) = latest(*id) {
                    let w = f64::from(m.weight.unwrap_or(1));
                    sum += w * f64::from(p.min(100));
                    weights += w;
                    reported += 1;
                }
            }
            let percent = (weights > 0.0).then(|| sum / weights);
            (g.id, GoalProgress { measures: under.len(), reported, percent })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::{GoalFields, GoalLevel};
    use crate::ids::PlanId;
    use proptest::prelude::*;
    use std::collections::HashMap;

    fn goal(id: i64, level: GoalLevel, parent: Option<i64>) -> Goal {
        Goal {
            id: GoalId::new(id),
            plan_id: PlanId::new(1),
            fields: GoalFields {
                level,
                parent: parent.map(GoalId::new),
                title: String::new(),
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

    fn measure(goals: &[i64], weight: Option<u32>) -> MeasureFields {
        MeasureFields { goals: goals.iter().copied().map(GoalId::new).collect(), weight, ..MeasureFields::default() }
    }

    #[test]
    fn progress_rolls_up_weighted_and_missing_reports_are_counted_not_averaged() {
        let goals = vec![
            goal(1, GoalLevel::Main, None),
            goal(2, GoalLevel::Sub, Some(1)),
            goal(3, GoalLevel::Sub, Some(1)),
            goal(4, GoalLevel::Main, None),
        ];
        let (a, b, c) = (measure(&[2], Some(3)), measure(&[2], None), measure(&[3, 2], None));
        let m = MeasureId::new;
        let list = [(m(10), &a), (m(11), &b), (m(12), &c)];
        let progress = HashMap::from([(m(10), 80u8), (m(11), 40u8)]);
        let r: HashMap<i64, GoalProgress> =
            rollup(&goals, &list, |id| progress.get(&id).copied()).into_iter().map(|(g, p)| (g.get(), p)).collect();
        // Goal 2: (3·80 + 1·40) / 4 = 70; measure 12 unreported.
        assert_eq!(r[&2], GoalProgress { measures: 3, reported: 2, percent: Some(70.0) });
        assert_eq!(r[&1], GoalProgress { measures: 3, reported: 2, percent: Some(70.0) }, "each measure once");
        assert_eq!(r[&3], GoalProgress { measures: 1, reported: 0, percent: None });
        assert_eq!(r[&4], GoalProgress { measures: 0, reported: 0, percent: None }, "a goal without measures");
    }

    proptest! {
        #[test]
        fn a_rolled_up_percentage_lies_between_the_lowest_and_highest_report(
            reports in proptest::collection::vec((0u8..=100, 1u32..5), 1..12)
        ) {
            let goals = vec![goal(1, GoalLevel::Main, None), goal(2, GoalLevel::Sub, Some(1))];
            let fields: Vec<MeasureFields> = reports.iter().map(|(_, w)| measure(&[2], Some(*w))).collect();
            let list: Vec<(MeasureId, &MeasureFields)> =
                fields.iter().enumerate().map(|(i, m)| (MeasureId::new(i as i64), m)).collect();
            let r = rollup(&goals, &list, |id| reports.get(id.get() as usize).map(|(p, _)| *p));
            let lo = f64::from(reports.iter().map(|(p, _)| *p).min().unwrap_or(0));
            let hi = f64::from(reports.iter().map(|(p, _)| *p).max().unwrap_or(0));
            for (_, g) in r {
                let p = g.percent.unwrap();
                prop_assert!(lo - 1e-9 <= p && p <= hi + 1e-9);
                prop_assert_eq!(g.reported, reports.len());
            }
        }
    }
}
