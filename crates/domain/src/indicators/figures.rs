//! One indicator's figures as the plan shows them — the place, its county and the
//! country over time, the county's municipalities in one period, and the finding — with
//! names instead of codes. This is what the web page draws, what `{{indikatorer}}` and
//! `{{utfordringsbilde}}` are made from, and what a frozen version keeps.
//!
//! Words come from the caller's `label` lookup (keys `indicator-…`, `flag-…`,
//! `theme-…`), so the domain holds no language.

use serde::{Deserialize, Serialize};

use super::compare::{Basis, Comparison, Standing};
use super::{Flag, Region, Span};
use crate::document::chart::{Cell, Chart, ChartKind, Figure, Series, number};
use crate::theme::Theme;

/// A value or the flag that says why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Value {
    pub value: Option<Figure>,
    pub flag: Option<Flag>,
}

impl Value {
    fn cell(self, decimal_comma: bool, label: &dyn Fn(&str) -> String) -> Cell {
        match self.value {
            Some(v) => Cell { value: Some(v), text: number(v.0, decimal_comma) },
            None => Cell { value: None, text: label(&format!("flag-{}", self.flag.unwrap_or(Flag::Missing).code())) },
        }
    }
}

/// Where the place stands, with what it was compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standout {
    pub period: Span,
    pub value: Figure,
    pub standing: Standing,
    /// The band it was compared with: the county's 10th–90th percentile, or the
    /// country's figure ±10 %.
    pub low: Figure,
    pub high: Figure,
    /// `None` when compared with the country; else how many municipalities.
    pub municipalities: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// Unique within a document: `ind-12`.
    pub key: String,
    pub title: String,
    pub source: String,
    pub unit: String,
    pub theme: Option<Theme>,
    pub periods: Vec<Span>,
    /// The place, its county, the country (those the table has), by name.
    pub series: Vec<(String, Vec<Value>)>,
    /// The county's municipalities in `neighbours_period`, by name, and which is the
    /// place itself.
    pub neighbours: Vec<(String, Value)>,
    pub neighbours_period: Option<Span>,
    pub me: Option<usize>,
    pub finding: Option<Standout>,
}

/// A series' name as shown: the country's is left empty in stored figures (they hold
/// no language) and said in the reader's words.
fn shown(name: &str, label: &dyn Fn(&str) -> String) -> String {
    if name.is_empty() { label("indicator-country") } else { name.to_owned() }
}

/// What an indicator is called and means, for [`Figures::new`].
pub struct About {
    pub key: String,
    pub title: String,
    pub source: String,
    pub unit: String,
    pub theme: Option<Theme>,
}

impl Figures {
    /// Names the comparison's places; `name` gives a municipality's or county's name by
    /// number, `country` the word for the whole country.
    pub fn new(
        About { key, title, source, unit, theme }: About,
        place: &Region,
        comparison: &Comparison,
        name: &dyn Fn(&str) -> String,
        country: &str,
    ) -> Figures {
        let region_name = |r: &Region| match r {
            Region::Country => country.to_owned(),
            Region::County(c) | Region::Municipality(c) => name(c),
        };
        let value = |p: &super::compare::Point| Value { value: p.value.map(Figure), flag: p.flag_or_missing() };
        let series =
            comparison.series.iter().map(|(r, points)| (region_name(r), points.iter().map(value).collect())).collect();
        let mine = match place {
            Region::Municipality(c) => Some(c.as_str()),
            _ => None,
        };
        let mut neighbours: Vec<(String, String, Value)> =
            comparison.neighbours.iter().map(|(n, p)| (n.clone(), name(n), value(p))).collect();
        // Highest first; missing and suppressed last, by name.
        neighbours.sort_by(|a, b| match (a.2.value, b.2.value) {
            (Some(x), Some(y)) => y.0.total_cmp(&x.0).then_with(|| a.1.cmp(&b.1)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.1.cmp(&b.1),
        });
        let me = neighbours.iter().position(|(n, _, _)| Some(n.as_str()) == mine);
        let finding = comparison.finding.map(|f| {
            let (low, high, municipalities) = match f.basis {
                Basis::CountySpread { low, high, municipalities } => (low, high, Some(municipalities)),
                Basis::Country { value } => (value * 0.9, value * 1.1, None),
            };
            Standout {
                period: f.period,
                value: Figure(f.value),
                standing: f.standing,
                low: Figure(low.min(high)),
                high: Figure(high.max(low)),
                municipalities,
            }
        });
        Figures {
            key,
            title,
            source,
            unit,
            theme,
            periods: comparison.periods.clone(),
            series,
            neighbours_period: comparison.neighbours.first().map(|(_, p)| p.period),
            neighbours: neighbours.into_iter().map(|(_, n, v)| (n, v)).collect(),
            me,
            finding,
        }
    }

    /// The place's latest figure and its period.
    pub fn latest(&self) -> Option<(Span, f64)> {
        let (_, values) = self.series.first()?;
        self.periods.iter().zip(values).rev().find_map(|(p, v)| v.value.map(|x| (*p, x.0)))
    }

    /// The line chart over time.
    pub fn line_chart(&self, decimal_comma: bool, label: &dyn Fn(&str) -> String) -> Chart {
        Chart {
            key: format!("{}-line", self.key),
            kind: ChartKind::Line,
            title: self.title.clone(),
            unit: self.unit.clone(),
            category_label: label("indicator-period"),
            categories: self.periods.iter().map(|p| p.label()).collect(),
            series: self
                .series
                .iter()
                .map(|(name, values)| Series {
                    name: shown(name, label),
                    cells: values.iter().map(|v| v.cell(decimal_comma, label)).collect(),
                })
                .collect(),
            highlight: None,
            summary: self.summary(decimal_comma, label),
            decimal_comma,
            scale_max: None,
        }
    }

    /// The county's municipalities side by side in one period; `None` without them.
    pub fn bar_chart(&self, decimal_comma: bool, label: &dyn Fn(&str) -> String) -> Option<Chart> {
        let period = self.neighbours_period?;
        if self.neighbours.iter().all(|(_, v)| v.value.is_none()) {
            return None;
        }
        Some(Chart {
            key: format!("{}-bar", self.key),
            kind: ChartKind::Bar,
            title: format!("{} — {} {}", self.title, label("indicator-county-municipalities"), period.label()),
            unit: self.unit.clone(),
            category_label: label("indicator-municipality"),
            categories: self.neighbours.iter().map(|(n, _)| n.clone()).collect(),
            series: vec![Series {
                name: period.label(),
                cells: self.neighbours.iter().map(|(_, v)| v.cell(decimal_comma, label)).collect(),
            }],
            highlight: self.me,
            summary: self.finding_sentence(decimal_comma, label).unwrap_or_else(|| label("indicator-no-finding")),
            decimal_comma,
            scale_max: None,
        })
    }

    /// "Engerdal 25 prosent (2023): worse than most municipalities of the county
    /// (10,7–16,3)." — or `None` when nothing could be compared.
    pub fn finding_sentence(&self, decimal_comma: bool, label: &dyn Fn(&str) -> String) -> Option<String> {
        let f = self.finding?;
        let place = self.series.first().map(|(n, _)| shown(n, label)).unwrap_or_default();
        let basis = match f.municipalities {
            Some(_) => label("indicator-basis-county"),
            None => label("indicator-basis-country"),
        };
        Some(format!(
            "{place} {} {} ({}): {} {basis} ({}–{}).",
            number(f.value.0, decimal_comma),
            self.unit,
            f.period.label(),
            label(&format!("indicator-standing-{}", f.standing.as_str())),
            number(f.low.0, decimal_comma),
            number(f.high.0, decimal_comma),
        ))
    }

    /// The text alternative of the line chart: each series' first and last figure, the
    /// place's gaps, and the finding.
    pub fn summary(&self, decimal_comma: bool, label: &dyn Fn(&str) -> String) -> String {
        let mut parts = Vec::new();
        for (name, values) in &self.series {
            let name = shown(name, label);
            let known: Vec<(Span, f64)> =
                self.periods.iter().zip(values).filter_map(|(p, v)| v.value.map(|x| (*p, x.0))).collect();
            match (known.first(), known.last()) {
                (Some(a), Some(b)) if a.0 != b.0 => parts.push(format!(
                    "{name}: {} ({}) → {} ({})",
                    number(a.1, decimal_comma),
                    a.0.label(),
                    number(b.1, decimal_comma),
                    b.0.label()
                )),
                (Some(a), _) => parts.push(format!("{name}: {} ({})", number(a.1, decimal_comma), a.0.label())),
                _ => parts.push(format!("{name}: {}", label("flag-missing"))),
            }
        }
        let mut text = format!("{} ({}). {}.", self.title, self.unit, parts.join("; "));
        if let Some((name, values)) = self.series.first() {
            let name = shown(name, label);
            let gaps: Vec<String> = self
                .periods
                .iter()
                .zip(values)
                .filter(|(_, v)| v.value.is_none())
                .map(|(p, v)| {
                    format!("{} {}", p.label(), label(&format!("flag-{}", v.flag.unwrap_or(Flag::Missing).code())))
                })
                .collect();
            if !gaps.is_empty() {
                text.push_str(&format!(" {name}: {}.", gaps.join(", ")));
            }
        }
        if let Some(sentence) = self.finding_sentence(decimal_comma, label) {
            text.push(' ');
            text.push_str(&sentence);
        }
        text
    }
}

/// The draft challenge picture: the indicators that stand out for the worse (or, with no
/// good direction, at all), grouped by the county governor's themes in their order, an
/// indicator without a theme last; written in the plan's markup, to be edited.
pub fn draft_challenge_picture(all: &[Figures], decimal_comma: bool, label: &dyn Fn(&str) -> String) -> String {
    let flagged: Vec<&Figures> = all
        .iter()
        .filter(|f| {
            f.finding.is_some_and(|s| matches!(s.standing, Standing::Worse | Standing::Higher | Standing::Lower))
        })
        .collect();
    if flagged.is_empty() {
        return label("indicator-draft-nothing");
    }
    let mut out = vec![label("indicator-draft-intro")];
    let groups = Theme::ALL.iter().map(Some).chain([None]);
    for theme in groups {
        let of_theme: Vec<&&Figures> = flagged.iter().filter(|f| f.theme.as_ref() == theme).collect();
        if of_theme.is_empty() {
            continue;
        }
        let heading = match theme {
            Some(t) => label(&format!("theme-{}", t.as_str())),
            None => label("indicator-draft-other"),
        };
        out.push(format!("## {heading}"));
        out.push(
            of_theme
                .iter()
                .filter_map(|f| f.finding_sentence(decimal_comma, label).map(|s| format!("- {}: {s}", f.title)))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    out.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::Observation;
    use crate::indicators::compare::{Direction, compare};

    fn label(key: &str) -> String {
        match key {
            "flag-suppressed" => "skjermet".into(),
            "flag-missing" => "mangler".into(),
            "indicator-standing-worse" => "dårligere enn".into(),
            "indicator-basis-county" => "de fleste kommunene i fylket".into(),
            "theme-violence" => "Vold".into(),
            k => k.into(),
        }
    }

    fn figures() -> Figures {
        let mut o = Vec::new();
        for (i, v) in [10.0, 11.0, 12.0, 13.0, 14.0, 15.0].iter().enumerate() {
            o.push(Observation {
                region: Region::Municipality(format!("34{:02}", i + 1)),
                period: Span { from: 2023, to: 2023 },
                breakdown: vec![],
                measure: String::new(),
                value: Some(*v),
                flag: None,
            });
        }
        let me = Region::Municipality("3425".into());
        for (year, value, flag) in
            [(2022, Some(20.0), None), (2023, None, Some(Flag::Suppressed)), (2024, Some(25.0), None)]
        {
            o.push(Observation {
                region: me.clone(),
                period: Span { from: year, to: year },
                breakdown: vec![],
                measure: String::new(),
                value,
                flag,
            });
        }
        // The neighbours' 2024 figures: the finding's period.
        for (i, v) in [10.0, 11.0, 12.0, 13.0, 14.0, 15.0].iter().enumerate() {
            o.push(Observation {
                region: Region::Municipality(format!("34{:02}", i + 1)),
                period: Span { from: 2024, to: 2024 },
                breakdown: vec![],
                measure: String::new(),
                value: Some(*v),
                flag: None,
            });
        }
        let neighbours: Vec<String> = (1..=6).map(|i| format!("34{i:02}")).chain(["3425".to_owned()]).collect();
        let c = compare(&o, &me, &neighbours, Direction::LowerIsBetter);
        let name = |n: &str| if n == "3425" { "Engerdal".to_owned() } else { format!("K{n}") };
        let about = About {
            key: "ind-1".into(),
            title: "Mobbing".into(),
            source: "FHI".into(),
            unit: "prosent".into(),
            theme: Some(Theme::Violence),
        };
        Figures::new(about, &me, &c, &name, "Landet")
    }

    #[test]
    fn suppressed_stays_suppressed_in_chart_table_and_words() {
        let f = figures();
        let chart = f.line_chart(true, &label);
        assert_eq!(chart.series[0].name, "Engerdal");
        assert_eq!(chart.series[0].cells[1], Cell { value: None, text: "skjermet".into() });
        assert!(chart.summary.contains("Engerdal: 2023 skjermet"), "{}", chart.summary);
        assert!(chart.svg().contains(">skjermet</text>"));
        let bar = f.bar_chart(true, &label).unwrap();
        assert_eq!(bar.categories[0], "Engerdal", "highest first");
        assert_eq!(bar.highlight, Some(0));
    }

    #[test]
    fn the_draft_groups_what_stands_out_by_theme() {
        let f = figures();
        assert_eq!(f.finding.unwrap().standing, Standing::Worse);
        let draft = draft_challenge_picture(&[f], true, &label);
        assert!(draft.contains("## Vold"), "{draft}");
        assert!(
            draft.contains(
                "- Mobbing: Engerdal 25 prosent (2024): dårligere enn de fleste kommunene i fylket (10,5–14,5)."
            ),
            "{draft}"
        );
        let none = draft_challenge_picture(&[], true, &label);
        assert_eq!(none, "indicator-draft-nothing");
    }
}
