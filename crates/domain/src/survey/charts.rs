//! A question's answers over all respondents as a bar chart: a bar per answer with its
//! share, each labelled with its value; a hidden count is a gap with its words, never a
//! 0. Drawn by the knowledge base's chart ([`Chart`]), so it reads without colour and
//! every renderer gives its table and text alternative.

use super::results::QuestionResults;
use super::suppression::Shown;
use super::{QuestionKind, Survey};
use crate::Lang;
use crate::document::chart::{Cell, Chart, ChartKind, Figure, Series, number};

/// The chart of `r` (a question's results over all respondents; none for a breakdown
/// or a question without tables). `label` gives the catalogue's words: `survey-share`
/// (the unit), `survey-answer` (the answers' column), `survey-hidden-short` and
/// `survey-fewer-than` (a hidden share) and `survey-chart-summary` (followed by the number who answered).
pub fn chart(survey: &Survey, r: &QuestionResults, lang: Lang, label: &dyn Fn(&str) -> String) -> Option<Chart> {
    if r.by.is_some() || r.withheld {
        return None;
    }
    let q = survey.question(&r.key)?;
    let comma = lang != Lang::En;
    let first = &r.tables.first()?.published;
    // (shown count, of how many) for each answer.
    let parts: Vec<(Shown, Shown)> = match q.kind {
        QuestionKind::Multiple { .. } => r
            .tables
            .iter()
            .map(|t| (t.published.cells[0][0], t.published.group_totals.first().copied().unwrap_or(t.published.total)))
            .collect(),
        _ => first.row_totals.iter().map(|s| (*s, first.total)).collect(),
    };
    let cells = parts
        .iter()
        .map(|(n, of)| match (n, of) {
            (Shown::Count(n), Shown::Count(of)) if *of > 0 => {
                let share = f64::from(*n) * 100.0 / f64::from(*of);
                Cell { value: Some(Figure(share)), text: format!("{} %", number(share, comma)) }
            }
            (n, _) => Cell { value: None, text: n.hidden_words(label).unwrap_or_else(|| label("survey-hidden-short")) },
        })
        .collect();
    let respondents = match first.total {
        Shown::Count(n) => number(f64::from(n), comma),
        hidden => hidden.hidden_words(label).unwrap_or_default(),
    };
    Some(Chart {
        key: format!("survey-{}", r.key),
        kind: ChartKind::Bar,
        title: q.text.get(lang).to_owned(),
        unit: label("survey-share"),
        category_label: label("survey-answer"),
        categories: q.kind.options().iter().map(|o| o.get(lang).to_owned()).collect(),
        series: vec![Series { name: label("survey-share"), cells }],
        highlight: None,
        summary: format!("{} {respondents}.", label("survey-chart-summary")),
        decimal_comma: comma,
        scale_max: Some(Figure(100.0)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::answer::{Answers, Value};
    use crate::survey::results::Tally;
    use crate::survey::suppression::Rules;
    use crate::survey::template;

    fn label(key: &str) -> String {
        match key {
            "survey-hidden-short" => "skjult".into(),
            "survey-fewer-than" => "færre enn".into(),
            "survey-chart-summary" => "Antall som svarte:".into(),
            other => other.into(),
        }
    }

    #[test]
    fn a_bar_per_answer_with_its_share_and_small_counts_as_gaps() {
        let survey = template::youth();
        let mut tally = Tally::new(survey.questions().filter(|q| q.key == "q4" || q.key == "q9"), &[]);
        for i in 0..40 {
            let mut a = Answers::new();
            a.insert("q4".into(), Value::Choice(if i < 38 { 4 } else { 0 }));
            a.insert("q9".into(), Value::Choices(if i < 20 { vec![0] } else { vec![0, 2] }));
            tally.add(&a);
        }
        let results = tally.results(Rules::DEFAULT);
        let happy = chart(&survey, &results[0], Lang::Nb, &label).unwrap();
        assert_eq!(happy.categories.len(), 5);
        assert_eq!(happy.series[0].cells[4].value, None, "38 of 40: the rest of 2 would show, so hidden");
        assert_eq!(happy.series[0].cells[0].text, "skjult (færre enn 5)", "2 of 40");
        assert_eq!(happy.series[0].cells[4].text, "skjult", "38 is not fewer than 5");
        assert_eq!(happy.series[0].cells[1].text, "0 %", "a true zero is shown");
        assert_eq!(happy.summary, "Antall som svarte: 40.");
        assert!(happy.svg().contains("skjult"));
        let free_time = chart(&survey, &results[1], Lang::En, &label).unwrap();
        assert_eq!(free_time.series[0].cells[2].text, "50 %", "youth club ticked by 20 of 40");
        assert_eq!(free_time.series[0].cells[0].text, "skjult", "all 40 ticked: nobody's answer is private");
    }
}
