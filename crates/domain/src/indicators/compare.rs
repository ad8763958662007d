//! The municipality against its county and the country, over time, and the rule that
//! says where it stands out.
//!
//! **The rule.** For the latest period in which the municipality has a figure, take the
//! same figure for the *other* municipalities of its county. With at least
//! [`MIN_NEIGHBOURS`] of them, the county's spread is the band from their 10th to their
//! 90th percentile: a municipality below or above that band stands out (better or worse
//! by the indicator's good direction). With fewer, the municipality stands out when it
//! differs from the country by more than [`COUNTRY_MARGIN`] (relative).
//!
//! **Why this rule.** FHI's barometer marks "better/worse than the country" with a
//! significance test on data the downloaded tables do not carry, and a small
//! municipality (Engerdal has ~1,250 people) differs from the country on almost every
//! figure by chance alone. The county's own municipalities carry the same kind of
//! small-number noise and the same regional conditions, so a figure outside their
//! middle 80 % is worth the plan lead's attention; the band is wide enough that a
//! municipality is not flagged for being merely above the median. The tables carry no
//! confidence intervals, so none is used. For a county, the same rule compares it with
//! the country.

use super::{Flag, Observation, Region, Span};
use serde::{Deserialize, Serialize};

/// The fewest other municipalities with a figure for the county's spread to be used.
pub const MIN_NEIGHBOURS: usize = 5;
/// How far from the country a figure must be (relative) when the spread cannot be used.
pub const COUNTRY_MARGIN: f64 = 0.10;

/// Which way an indicator is better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
    /// Neither (population, a count): it is said whether it is higher or lower, not
    /// better or worse.
    #[default]
    Neither,
}

impl Direction {
    pub const ALL: [Direction; 3] = [Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::Neither];

    pub fn as_str(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher_is_better",
            Direction::LowerIsBetter => "lower_is_better",
            Direction::Neither => "neither",
        }
    }

    pub fn parse(s: &str) -> Option<Direction> {
        Direction::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// One period of a series: a value, or the flag that says why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub period: Span,
    pub value: Option<f64>,
    pub flag: Option<Flag>,
}

impl Point {
    /// The flag to show: the source's, or "missing" where the table had no cell.
    pub fn flag_or_missing(&self) -> Option<Flag> {
        if self.value.is_some() { None } else { Some(self.flag.unwrap_or(Flag::Missing)) }
    }
}

/// Where a figure lies against what it is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Better,
    Worse,
    /// Outside, for an indicator with no good direction.
    Higher,
    Lower,
    Within,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Better => "better",
            Standing::Worse => "worse",
            Standing::Higher => "higher",
            Standing::Lower => "lower",
            Standing::Within => "within",
        }
    }

    pub fn stands_out(self) -> bool {
        self != Standing::Within
    }
}

/// What the figure was compared with.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Basis {
    /// The 10th–90th percentile of the county's other municipalities.
    CountySpread { low: f64, high: f64, municipalities: usize },
    /// The country's figure, with [`COUNTRY_MARGIN`] either side.
    Country { value: f64 },
}

/// Where the municipality stands in the latest period it has a figure for.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub period: Span,
    pub value: f64,
    pub standing: Standing,
    pub basis: Basis,
}

/// The comparison of one indicator for one place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The breakdown compared (the total where the table has one).
    pub breakdown: Vec<(String, String)>,
    /// Every period of the three series, in order.
    pub periods: Vec<Span>,
    /// The place itself, its county (for a municipality) and the country, each with one
    /// point per period (flagged "missing" where the table has no cell); a series the
    /// table does not have at all is left out.
    pub series: Vec<(Region, Vec<Point>)>,
    /// The latest period with a figure for the place, and how it stands.
    pub finding: Option<Finding>,
    /// The county's municipalities in the finding's period (or the latest period), by
    /// number: for the bar chart and the map.
    pub neighbours: Vec<(String, Point)>,
}

/// The breakdown to compare: the one whose every code reads as a total (`0`, `0_120`,
/// `total`, `alle`, `i alt`…), else the one with the most figures.
pub fn total_breakdown(observations: &[Observation]) -> Vec<(String, String)> {
    let is_total = |code: &str| {
        let c = code.trim().to_lowercase();
        c == "0"
            || c == "00"
            || c.starts_with("0_")
            || ["total", "alle", "i alt", "begge kjønn", "999"].contains(&c.as_str())
    };
    let mut counts: Vec<(&Vec<(String, String)>, usize)> = Vec::new();
    for o in observations {
        match counts.iter_mut().find(|(b, _)| **b == o.breakdown) {
            Some((_, n)) => *n += 1,
            None => counts.push((&o.breakdown, 1)),
        }
    }
    if let Some((b, _)) = counts.iter().find(|(b, _)| b.iter().all(|(_, code)| is_total(code))) {
        return (*b).clone();
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.first().map(|(b, _)| (*b).clone()).unwrap_or_default()
}

/// The breakdown and the period the county's municipalities are compared in, read
/// from the place's own, its county's and the country's figures alone (the same choice
/// [`compare`] makes when given these and the municipalities' figures of that breakdown
/// and period): so a store reads every period of three places and one of the rest.
/// No period when the three places have no figure at all.
pub fn shown_in(own: &[Observation], place: &Region) -> (Vec<(String, String)>, Option<Span>) {
    let breakdown = total_breakdown(own);
    let of_breakdown = || own.iter().filter(|o| o.breakdown == breakdown);
    let latest = of_breakdown().filter(|o| o.region == *place && o.value.is_some()).map(|o| o.period).max();
    let period = latest.or_else(|| of_breakdown().map(|o| o.period).max());
    (breakdown, period)
}

/// Compares `place` (a municipality or a county) with its county and the country.
/// `neighbours` are the numbers of the county's municipalities (the place among them
/// or not).
pub fn compare(
    observations: &[Observation],
    place: &Region,
    neighbours: &[String],
    direction: Direction,
) -> Comparison {
    let breakdown = total_breakdown(observations);
    let of_breakdown: Vec<&Observation> = observations.iter().filter(|o| o.breakdown == breakdown).collect();
    let mut periods: Vec<Span> = of_breakdown.iter().map(|o| o.period).collect();
    periods.sort();
    periods.dedup();
    // One lookup per place and period (the first figure wins, as the table is read).
    let mut by_place: std::collections::HashMap<(&Region, Span), &Observation> =
        std::collections::HashMap::with_capacity(of_breakdown.len());
    for o in &of_breakdown {
        by_place.entry((&o.region, o.period)).or_insert(o);
    }
    let point = |region: &Region, period: Span| -> Option<Point> {
        by_place.get(&(region, period)).map(|o| Point { period, value: o.value, flag: o.flag })
    };
    let series_of = |region: &Region| -> Option<(Region, Vec<Point>)> {
        let points: Vec<Point> = periods
            .iter()
            .map(|p| point(region, *p).unwrap_or(Point { period: *p, value: None, flag: Some(Flag::Missing) }))
            .collect();
        of_breakdown.iter().any(|o| o.region == *region).then(|| (region.clone(), points))
    };
    let county = match place {
        Region::Municipality(code) => Some(Region::County(code.chars().take(2).collect())),
        _ => None,
    };
    let series: Vec<(Region, Vec<Point>)> = [Some(place.clone()), county, Some(Region::Country)]
        .into_iter()
        .flatten()
        .filter_map(|r| series_of(&r))
        .collect();

    let latest = periods.iter().rev().find_map(|p| point(place, *p).filter(|pt| pt.value.is_some()));
    let shown_period = latest.map(|p| p.period).or(periods.last().copied());
    let neighbours_points: Vec<(String, Point)> = match shown_period {
        Some(period) => neighbours
            .iter()
            .map(|n| {
                let pt = point(&Region::Municipality(n.clone()), period).unwrap_or(Point {
                    period,
                    value: None,
                    flag: Some(Flag::Missing),
                });
                (n.clone(), pt)
            })
            .collect(),
        None => Vec::new(),
    };
    let finding = latest.and_then(|pt| {
        let value = pt.value?;
        let others: Vec<f64> = neighbours_points
            .iter()
            .filter(|(n, _)| !matches!(place, Region::Municipality(c) if c == n))
            .filter_map(|(_, p)| p.value)
            .collect();
        let (low, high, basis) = if matches!(place, Region::Municipality(_)) && others.len() >= MIN_NEIGHBOURS {
            let (low, high) = (percentile(&others, 0.10), percentile(&others, 0.90));
            (low, high, Basis::CountySpread { low, high, municipalities: others.len() })
        } else {
            let country = point(&Region::Country, pt.period).and_then(|p| p.value)?;
            let margin = country.abs() * COUNTRY_MARGIN;
            (country - margin, country + margin, Basis::Country { value: country })
        };
        let standing = if value > high {
            match direction {
                Direction::HigherIsBetter => Standing::Better,
                Direction::LowerIsBetter => Standing::Worse,
                Direction::Neither => Standing::Higher,
            }
        } else if value < low {
            match direction {
                Direction::HigherIsBetter => Standing::Worse,
                Direction::LowerIsBetter => Standing::Better,
                Direction::Neither => Standing::Lower,
            }
        } else {
            Standing::Within
        };
        Some(Finding { period: pt.period, value, standing, basis })
    });
    Comparison { breakdown, periods, series, finding, neighbours: neighbours_points }
}

/// The `q` quantile of the values by linear interpolation between closest ranks.
pub fn percentile(values: &[f64], q: f64) -> f64 {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let rank = q.clamp(0.0, 1.0) * (v.len() - 1) as f64;
    let (lo, hi) = (rank.floor() as usize, rank.ceil() as usize);
    v[lo] + (v[hi] - v[lo]) * (rank - lo as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn obs(region: Region, year: i32, value: Option<f64>, flag: Option<Flag>) -> Observation {
        Observation {
            region,
            period: Span { from: year, to: year },
            breakdown: vec![("KJONN".into(), "0".into())],
            measure: "RATE".into(),
            value,
            flag,
        }
    }

    fn municipality(code: &str) -> Region {
        Region::Municipality(code.into())
    }

    /// Innlandet: Engerdal (3425) and eight neighbours with 10.0 ..= 17.0 in 2023.
    fn county_table(engerdal_2023: Option<f64>, flag: Option<Flag>) -> (Vec<Observation>, Vec<String>) {
        let neighbours: Vec<String> = (0..8).map(|i| format!("34{:02}", 1 + i)).chain(["3425".to_owned()]).collect();
        let mut o: Vec<Observation> =
            (0..8).map(|i| obs(municipality(&format!("34{:02}", 1 + i)), 2023, Some(10.0 + i as f64), None)).collect();
        o.push(obs(municipality("3425"), 2022, Some(12.0), None));
        o.push(obs(municipality("3425"), 2023, engerdal_2023, flag));
        o.push(obs(Region::County("34".into()), 2022, Some(13.0), None));
        o.push(obs(Region::County("34".into()), 2023, Some(13.5), None));
        o.push(obs(Region::Country, 2022, Some(12.5), None));
        o.push(obs(Region::Country, 2023, Some(12.5), None));
        // Another breakdown (girls) that must not be mixed in.
        o.push(Observation {
            breakdown: vec![("KJONN".into(), "2".into())],
            ..obs(municipality("3425"), 2023, Some(99.0), None)
        });
        (o, neighbours)
    }

    /// What a store reads in two steps (three places in full, the municipalities in
    /// the shown breakdown and period) compares exactly as the whole table does.
    #[test]
    fn the_shown_period_is_all_a_comparison_needs_of_the_municipalities() {
        for (engerdal, flag) in [(Some(19.0), None), (None, Some(Flag::Suppressed))] {
            let (mut all, neighbours) = county_table(engerdal, flag);
            // Figures of the municipalities in an earlier year and in the girls' breakdown.
            all.extend((0..8).map(|i| obs(municipality(&format!("34{:02}", 1 + i)), 2022, Some(50.0), None)));
            all.extend((0..8).map(|i| Observation {
                breakdown: vec![("KJONN".into(), "2".into())],
                ..obs(municipality(&format!("34{:02}", 1 + i)), 2023, Some(1.0), None)
            }));
            let place = municipality("3425");
            let own_places = [place.clone(), Region::County("34".into()), Region::Country];
            let mut read: Vec<Observation> = all.iter().filter(|o| own_places.contains(&o.region)).cloned().collect();
            let (breakdown, period) = shown_in(&read, &place);
            let expected_year = if engerdal.is_some() { 2023 } else { 2022 };
            assert_eq!(period, Some(Span { from: expected_year, to: expected_year }));
            read.extend(
                all.iter()
                    .filter(|o| !own_places.contains(&o.region) && o.breakdown == breakdown && Some(o.period) == period)
                    .cloned(),
            );
            let whole = compare(&all, &place, &neighbours, Direction::LowerIsBetter);
            assert_eq!(compare(&read, &place, &neighbours, Direction::LowerIsBetter), whole);
        }
        assert_eq!(shown_in(&[], &municipality("3425")), (Vec::new(), None));
    }

    #[test]
    fn outside_the_county_spread_is_worse_or_better_by_direction() {
        let (o, n) = county_table(Some(25.0), None);
        let c = compare(&o, &municipality("3425"), &n, Direction::LowerIsBetter);
        let f = c.finding.unwrap();
        assert_eq!(f.standing, Standing::Worse);
        assert_eq!(f.value, 25.0);
        match f.basis {
            Basis::CountySpread { low, high, municipalities } => {
                assert_eq!(municipalities, 8, "the place itself is not its own neighbour");
                assert!((low - 10.7).abs() < 1e-9 && (high - 16.3).abs() < 1e-9, "{low} {high}");
            }
            b => panic!("{b:?}"),
        }
        let c = compare(&o, &municipality("3425"), &n, Direction::HigherIsBetter);
        assert_eq!(c.finding.unwrap().standing, Standing::Better);
        let c = compare(&o, &municipality("3425"), &n, Direction::Neither);
        assert_eq!(c.finding.unwrap().standing, Standing::Higher);
        let (o, n) = county_table(Some(13.0), None);
        assert_eq!(
            compare(&o, &municipality("3425"), &n, Direction::LowerIsBetter).finding.unwrap().standing,
            Standing::Within
        );
    }

    #[test]
    fn a_suppressed_latest_figure_is_kept_and_the_finding_uses_the_last_real_one() {
        let (o, n) = county_table(None, Some(Flag::Suppressed));
        let c = compare(&o, &municipality("3425"), &n, Direction::LowerIsBetter);
        let (region, points) = &c.series[0];
        assert_eq!(region, &municipality("3425"));
        assert_eq!(points[1].value, None);
        assert_eq!(points[1].flag_or_missing(), Some(Flag::Suppressed), "suppressed stays suppressed, never 0");
        let f = c.finding.unwrap();
        assert_eq!(f.period.from, 2022, "the latest real figure");
        assert_eq!(f.basis, Basis::Country { value: 12.5 }, "no neighbours' figures in 2022: the country");
        assert_eq!(f.standing, Standing::Within);
    }

    #[test]
    fn few_neighbours_fall_back_to_the_country() {
        let o = vec![
            obs(municipality("3425"), 2023, Some(14.0), None),
            obs(municipality("3426"), 2023, Some(10.0), None),
            obs(Region::Country, 2023, Some(12.5), None),
        ];
        let n = vec!["3425".to_owned(), "3426".to_owned()];
        let c = compare(&o, &municipality("3425"), &n, Direction::HigherIsBetter);
        let f = c.finding.unwrap();
        assert_eq!(f.basis, Basis::Country { value: 12.5 });
        assert_eq!(f.standing, Standing::Better, "14.0 is more than 10 % above 12.5");
        assert_eq!(c.series.len(), 2, "no county series in the table: left out");
        assert_eq!(c.neighbours.len(), 2);
        assert_eq!(c.neighbours[1].1.value, Some(10.0));
    }

    #[test]
    fn missing_cells_are_missing_points() {
        let o = vec![obs(municipality("3425"), 2020, Some(1.0), None), obs(Region::Country, 2021, Some(2.0), None)];
        let c = compare(&o, &municipality("3425"), &[], Direction::Neither);
        assert_eq!(c.periods.len(), 2);
        assert_eq!(c.series[0].1[1].flag_or_missing(), Some(Flag::Missing));
        assert_eq!(c.finding, None, "no country figure in 2020, no neighbours: nothing to compare with");
    }

    #[test]
    fn the_total_breakdown_is_chosen() {
        let mut o = vec![obs(municipality("3425"), 2023, Some(1.0), None)];
        o[0].breakdown = vec![("KJONN".into(), "1".into())];
        o.push(Observation {
            breakdown: vec![("KJONN".into(), "0".into()), ("ALDER".into(), "0_120".into())],
            ..o[0].clone()
        });
        assert_eq!(
            total_breakdown(&o),
            vec![("KJONN".to_owned(), "0".to_owned()), ("ALDER".to_owned(), "0_120".to_owned())]
        );
    }

    proptest! {
        #[test]
        fn the_spread_rule_never_flags_a_value_inside_the_neighbours_band(
            values in proptest::collection::vec(0.0f64..100.0, 5..30), pick in 0usize..30
        ) {
            let mut o = Vec::new();
            let mut n = Vec::new();
            for (i, v) in values.iter().enumerate() {
                let code = format!("34{:02}", i + 1);
                o.push(obs(municipality(&code), 2023, Some(*v), None));
                n.push(code);
            }
            let me = format!("34{:02}", 90);
            let mine = values[pick % values.len()];
            o.push(obs(municipality(&me), 2023, Some(mine), None));
            let f = compare(&o, &municipality(&me), &n, Direction::LowerIsBetter).finding.unwrap();
            let lo = percentile(&values, 0.1);
            let hi = percentile(&values, 0.9);
            prop_assert_eq!(f.standing == Standing::Within, mine >= lo && mine <= hi);
            prop_assert!(lo <= hi);
        }
    }
}
