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

/// The counts (rows by groups) of one table, before suppression.
fn counts(question: &Question, option: Option<usize>, by: Option<&Question>, all: &[Answers]) -> Vec<Vec<u32>> {
    let groups = by.map_or(1, |b| b.kind.options().len());
    let rows = if option.is_some() { 2 } else { question.kind.options().len() };
    let mut table = vec![vec![0_u32; groups]; rows];
    for answers in all {
        let Some(g) = group_of(answers, by).filter(|g| *g < groups) else { continue };
        let row = match (answers.get(&question.key), option) {
            (Some(Value::Choice(i)), None) => Some(*i),
            (Some(Value::Choices(ticked)), Some(o)) => Some(if ticked.contains(&o) { 0 } else { 1 }),
            _ => None,
        };
        if let Some(r) = row.filter(|r| *r < rows) {
            table[r][g] += 1;
        }
    }
    table
}

/// The results of `question` over all respondents and broken down by each of `by`.
/// The tables of one question share their answers' totals, so a total hidden in one
/// breakdown is hidden in every other, and in the table over all.
pub fn tabulate(question: &Question, by: &[&Question], all: &[Answers], rules: Rules) -> Vec<QuestionResults> {
    let options: Vec<Option<usize>> = match &question.kind {
        QuestionKind::Single { .. } | QuestionKind::Likert { .. } => vec![None],
        QuestionKind::Multiple { options } => (0..options.len()).map(Some).collect(),
        QuestionKind::Number { .. } | QuestionKind::FreeText => return Vec::new(),
    };
    let answered: Vec<&Answers> = all.iter().filter(|a| a.contains_key(&question.key)).collect();
    let small = |b: &Question| {
        let mut sizes = vec![0_u32; b.kind.options().len()];
        for a in &answered {
            if let Some(g) = group_of(a, Some(b)).filter(|g| *g < sizes.len()) {
                sizes[g] += 1;
            }
        }
        sizes.iter().any(|n| *n > 0 && *n < rules.group)
    };
    let withheld: Vec<&Question> = by.iter().copied().filter(|b| small(b)).collect();
    let breakdowns: Vec<Option<&Question>> = std::iter::once(None)
        .chain(by.iter().filter(|b| !withheld.iter().any(|w| w.key == b.key)).map(|b| Some(*b)))
        .collect();
    let mut results: Vec<QuestionResults> = breakdowns
        .iter()
        .map(|b| QuestionResults {
            key: question.key.clone(),
            by: b.map(|b| b.key.clone()),
            tables: Vec::new(),
            withheld: false,
        })
        .collect();
    for option in options {
        let tables: Vec<Vec<Vec<u32>>> = breakdowns.iter().map(|b| counts(question, option, *b, all)).collect();
        let rows = tables.first().map_or(0, Vec::len);
        // Hide a row's total everywhere once any table hides it, until none hides more.
        let mut forced = vec![false; rows + 1];
        let published = loop {
            let published: Vec<Published> = tables.iter().map(|t| suppress_with(t, rules, &forced)).collect();
            let mut hidden = forced.clone();
            for p in &published {
                for (r, shown) in p.row_totals.iter().chain([&p.total]).enumerate() {
                    hidden[r] |= shown.count().is_none();
                }
            }
            if hidden == forced {
                break published;
            }
            forced = hidden;
        };
        for (result, published) in results.iter_mut().zip(published) {
            result.tables.push(Table { option, published });
        }
    }
    results.extend(withheld.iter().map(|b| QuestionResults {
        key: question.key.clone(),
        by: Some(b.key.clone()),
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
        assert_eq!(by_grade.cells[2][1], Shown::Hidden, "three in year 9 somewhat disagree");
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
}
