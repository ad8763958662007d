//! A survey's results: per question the counts of each answer, over all respondents or
//! by the groups of a background question, with small groups protected.
//!
//! A single-choice or Likert question is one table (a row per answer). A multiple-choice
//! question is one table per option, "ticked" and "not ticked", so that each table's
//! rows exclude each other as the suppression rules assume. Number and free-text
//! answers are not tabulated (free text goes to the input register instead).

use serde::{Deserialize, Serialize};

use super::answer::{Answers, Value};
use super::suppression::{Published, Rules, suppress_with};
use super::{Question, QuestionKind};

/// One published table of a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// For a multiple-choice question, the option this table is about (rows: ticked,
    /// not ticked); else none (rows: the question's answers).
    pub option: Option<usize>,
    pub published: Published,
}

/// A question's results: its tables, over all respondents (one group) or by `by`'s
/// answers (a group per option of the background question).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionResults {
    pub key: String,
    pub by: Option<String>,
    pub tables: Vec<Table>,
    /// A breakdown with a group of fewer answers than [`Rules::group`] (but some) is
    /// not shown at all: its counts would follow from the table over all by
    /// subtraction, and hiding enough to prevent that would hide the table over all.
    pub withheld: bool,
}

/// The respondents' group for a background question, if they answered it.
fn group_of(answers: &Answers, by: Option<&Question>) -> Option<usize> {
    match by {
        None => Some(0),
        Some(b) => match answers.get(&b.key) {
            Some(Value::Choice(i)) => Some(*i),
            _ => None,
        },
    }
}

/// The tables a question is counted in: one, or one per option of a multiple choice.
fn table_options(question: &Question) -> Vec<Option<usize>> {
    match &question.kind {
        QuestionKind::Single { .. } | QuestionKind::Likert { .. } => vec![None],
        QuestionKind::Multiple { options } => (0..options.len()).map(Some).collect(),
        QuestionKind::Number { .. } | QuestionKind::FreeText => Vec::new(),
    }
}

/// One question's counts: per table, per breakdown (first over all, then by each
/// background question), rows by groups.
struct Counts<'s> {
    question: &'s Question,
    options: Vec<Option<usize>>,
    tables: Vec<Vec<Vec<Vec<u32>>>>,
}

/// A survey's counts, gathered one answer at a time, so that a large survey's answers
/// never need to be held at once; then its results with small groups protected.
pub struct Tally<'s> {
    by: Vec<&'s Question>,
    counts: Vec<Counts<'s>>,
}

impl<'s> Tally<'s> {
    /// Counts for each of `questions` (those without tables are skipped), over all and
    /// by each of `by`.
    pub fn new(questions: impl IntoIterator<Item = &'s Question>, by: &[&'s Question]) -> Tally<'s> {
        let counts = questions
            .into_iter()
            .filter_map(|question| {
                let options = table_options(question);
                if options.is_empty() {
                    return None;
                }
                let rows = if matches!(question.kind, QuestionKind::Multiple { .. }) {
                    2
                } else {
                    question.kind.options().len()
                };
                let breakdowns: Vec<Vec<Vec<u32>>> = std::iter::once(1)
                    .chain(by.iter().map(|b| b.kind.options().len()))
                    .map(|groups| vec![vec![0_u32; groups]; rows])
                    .collect();
                Some(Counts { question, tables: vec![breakdowns; options.len()], options })
            })
            .collect();
        Tally { by: by.to_vec(), counts }
    }

    /// Counts one respondent's answers.
    pub fn add(&mut self, answers: &Answers) {
        let groups: Vec<Option<usize>> =
            std::iter::once(Some(0)).chain(self.by.iter().map(|b| group_of(answers, Some(b)))).collect();
        for c in &mut self.counts {
            let Some(given) = answers.get(&c.question.key) else { continue };
            for (option, breakdowns) in c.options.iter().zip(&mut c.tables) {
                let row = match (given, option) {
                    (Value::Choice(i), None) => *i,
                    (Value::Choices(ticked), Some(o)) => usize::from(!ticked.contains(o)),
                    _ => continue,
                };
                for (table, group) in breakdowns.iter_mut().zip(&groups) {
                    if let Some(cell) = group.and_then(|g| table.get_mut(row)?.get_mut(g)) {
                        *cell += 1;
                    }
                }
            }
        }
    }

    /// Every counted question's results, in the order given.
    pub fn results(self, rules: Rules) -> Vec<QuestionResults> {
        let by = self.by;
        self.counts.into_iter().flat_map(|c| question_results(c, &by, rules)).collect()
    }
}

/// A question's results over all and by each background question whose groups are
/// all empty or large enough. The tables of one question share their answers' totals,
/// so a total hidden in one breakdown is hidden in every other, and in the table over all.
fn question_results(c: Counts<'_>, by: &[&Question], rules: Rules) -> Vec<QuestionResults> {
    let key = &c.question.key;
    // Group sizes are the column sums of the first table: every respondent who
    // answered the question is in one of its rows.
    let small = |b: usize| {
        c.tables.first().is_some_and(|t| {
            let table = &t[b + 1];
            (0..table.first().map_or(0, Vec::len)).any(|g| {
                let n: u32 = table.iter().map(|row| row[g]).sum();
                n > 0 && n < rules.group
            })
        })
    };
    let shown: Vec<usize> = std::iter::once(0).chain((0..by.len()).filter(|b| !small(*b)).map(|b| b + 1)).collect();
    let mut results: Vec<QuestionResults> = shown
        .iter()
        .map(|&b| QuestionResults {
            key: key.clone(),
            by: (b > 0).then(|| by[b - 1].key.clone()),
            tables: Vec::new(),
            withheld: false,
        })
        .collect();
    // A row's total is the same number in every breakdown of its option, and the
    // grand total in every table of the question: once any table hides one, all do,
    // until none hides more. A multiple choice's option tables count the same
    // respondents, so their groups' totals are public (see `suppress_with`).
    let multiple = matches!(c.question.kind, QuestionKind::Multiple { .. });
    let rows = c.tables.first().and_then(|t| t.first()).map_or(0, Vec::len);
    let mut forced = vec![vec![false; rows + 1]; c.options.len()];
    let published: Vec<Vec<Published>> = loop {
        let published: Vec<Vec<Published>> = c
            .tables
            .iter()
            .zip(&forced)
            .map(|(breakdowns, hidden)| {
                shown.iter().map(|&b| suppress_with(&breakdowns[b], rules, hidden, multiple)).collect()
            })
            .collect();
        let mut next = forced.clone();
        let mut total_hidden = false;
        for (o, tables) in published.iter().enumerate() {
            for p in tables {
                for (r, shown) in p.row_totals.iter().chain([&p.total]).enumerate() {
                    next[o][r] |= shown.count().is_none();
                }
                total_hidden |= p.total.count().is_none();
            }
        }
        for r in &mut next {
            r[rows] |= total_hidden;
        }
        if next == forced {
            break published;
        }
        forced = next;
    };
    for (option, tables) in c.options.iter().zip(published) {
        for (result, published) in results.iter_mut().zip(tables) {
            result.tables.push(Table { option: *option, published });
        }
    }
    results.extend((0..by.len()).filter(|b| small(*b)).map(|b| QuestionResults {
        key: key.clone(),
        by: Some(by[b].key.clone()),
        tables: Vec::new(),
        withheld: true,
    }));
    results
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::suppression::Shown;
    use crate::survey::template;

    fn tabulate(question: &Question, by: &[&Question], all: &[Answers], rules: Rules) -> Vec<QuestionResults> {
        let mut tally = Tally::new([question], by);
        for answers in all {
            tally.add(answers);
        }
        tally.results(rules)
    }

    fn answer(grade: usize, happy: usize, free_time: &[usize]) -> Answers {
        let mut a = Answers::new();
        a.insert("q1".into(), Value::Choice(grade));
        a.insert("q4".into(), Value::Choice(happy));
        a.insert("q9".into(), Value::Choices(free_time.to_vec()));
        a
    }

    #[test]
    fn counts_by_grade_with_small_cells_hidden_and_totals_agreeing() {
        let survey = template::youth();
        let mut all = Vec::new();
        // 30 in year 8, 30 in year 9, nobody in upper secondary.
        for i in 0..30 {
            all.push(answer(0, if i < 20 { 4 } else { 3 }, &[0]));
            all.push(answer(1, if i < 27 { 4 } else { 2 }, &[0, 2]));
        }
        let happy = survey.question("q4").unwrap();
        let grade = survey.question("q1").unwrap();
        let results = tabulate(happy, &[grade], &all, Rules::DEFAULT);
        assert_eq!(results.len(), 2, "over all and by grade");
        let overall = &results[0].tables[0].published;
        assert_eq!(overall.total, Shown::Count(60), "{overall:?}");
        let by_grade = &results[1].tables[0].published;
        assert!(!results[1].withheld);
        assert_eq!(by_grade.cells[4][0], Shown::Count(20), "year 8, strongly agree: {by_grade:?}");
        assert_eq!(by_grade.cells[2][1], Shown::Fewer(5), "three in year 9 somewhat disagree");
        assert_eq!(by_grade.cells[0][3], Shown::Count(0), "nobody in upper secondary: nothing to hide");
        assert_eq!(by_grade.group_totals[0], Shown::Count(30));
        // The answers' totals agree between the two tables: hidden in both or shown alike.
        for (a, b) in overall.cells.iter().map(|row| row[0]).zip(&by_grade.row_totals) {
            assert_eq!(a.count().is_none(), b.count().is_none(), "{overall:?} / {by_grade:?}");
        }

        // Three in year 10: the breakdown by grade is withheld, the table over all stays.
        all.extend((0..3).map(|_| answer(2, 4, &[3])));
        let results = tabulate(happy, &[grade], &all, Rules::DEFAULT);
        assert_eq!(results[0].tables[0].published.total, Shown::Count(63));
        assert!(results[1].withheld && results[1].tables.is_empty());

        // A multiple-choice question: a table per option.
        let free_time = survey.question("q9").unwrap();
        let results = tabulate(free_time, &[], &all, Rules::DEFAULT);
        assert_eq!(results[0].tables.len(), 4);
        assert_eq!(results[0].tables[2].published.cells[0][0], Shown::Count(30), "youth club ticked by 30");
        assert_eq!(results[0].tables[0].published.cells[0][0], Shown::Hidden, "all but three ticked sports");
    }

    /// The option tables of a multiple choice count the same respondents: the number
    /// who answered, over all and per group, is shown alike in all or hidden in all
    /// (else one table's total would give away another's hidden counts).
    #[test]
    fn a_multiple_choices_tables_agree_on_who_answered() {
        let survey = template::youth();
        let free_time = survey.question("q9").unwrap();
        let grade = survey.question("q1").unwrap();
        for seed in 0..40_u64 {
            let mut all = Vec::new();
            let mut x = seed.wrapping_mul(2_862_933_555_777_941_757).wrapping_add(3_037_000_493);
            for i in 0..70 {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let ticked: Vec<usize> = (0..4).filter(|o| (x >> (33 + o * 3)) % 7 < 2 + *o as u64).collect();
                all.push(answer(i % 3, 4, &ticked));
            }
            for r in tabulate(free_time, &[grade], &all, Rules::DEFAULT).iter().filter(|r| !r.withheld) {
                let first = &r.tables[0].published;
                for t in &r.tables[1..] {
                    assert_eq!(t.published.total.count().is_none(), first.total.count().is_none(), "seed {seed}");
                    for (a, b) in t.published.group_totals.iter().zip(&first.group_totals) {
                        assert_eq!(a.count().is_none(), b.count().is_none(), "seed {seed}: {r:?}");
                    }
                }
            }
        }
    }
}
