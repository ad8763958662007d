//! Municipality numbers change: the 2020 reform merged and renumbered, and 114 numbers
//! changed again in 2024 when counties split. Statistics published under an older number
//! are put on today's municipality through SSB's correspondence of every number used
//! 1994–2024 (`data/kommunenummer-1994-2024.csv`, Statistisk sentralbyrå, CC BY 4.0),
//! shipped inside the program.

use std::sync::OnceLock;

const CORRESPONDENCE: &str = include_str!("../../data/kommunenummer-1994-2024.csv");

/// Municipalities divided in 2024, which the correspondence puts on one of their parts
/// only: (number, first and last year it was used, the parts other than the one the
/// correspondence names). Ålesund of 2020–2023 is today's Ålesund and Haram.
const SPLITS: &[(&str, i32, i32, &[&str])] = &[("1507", 2020, 2023, &["1580"])];

/// Where a number used in a year belongs today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Today's municipality `code`: the number is today's, or an older number of the
    /// same municipality alone.
    Today { code: String },
    /// One of several municipalities that together became today's `code`: its figure is
    /// a part of today's; counts may be added up with those of `with`, rates may not.
    Merged { code: String, with: Vec<String> },
    /// A municipality divided since: the correspondence puts it on `code`, but part of
    /// its area and people are now in `also`.
    Split { code: String, also: Vec<String> },
    /// A municipality divided between several of today's in 2018 or 2020 (Halsa,
    /// Snillfjord, Tysfjord…): its figures belong to no one municipality of today.
    Divided,
    /// Not a municipality number of 1994–2024 (or SSB's "unknown municipality", Svalbard
    /// and the continental shelf, which are not municipalities).
    Unknown,
}

struct Row {
    today: String,
    code: String,
    /// Empty in the file for the numbers in force in 2024 (used for any year then: FHI
    /// publishes past years on today's numbers) and for some old ones.
    from: Option<i32>,
    to: i32,
}

impl Row {
    fn in_force(&self, year: i32) -> bool {
        self.current() || (self.from.is_none_or(|f| f <= year) && year <= self.to)
    }

    fn current(&self) -> bool {
        self.to >= 2024 && self.from.is_none()
    }
}

fn rows() -> &'static [Row] {
    static ROWS: OnceLock<Vec<Row>> = OnceLock::new();
    ROWS.get_or_init(|| {
        csv::Reader::from_reader(CORRESPONDENCE.as_bytes())
            .into_records()
            .filter_map(Result::ok)
            .filter_map(|r| {
                Some(Row {
                    today: r.get(0)?.to_owned(),
                    code: r.get(2)?.to_owned(),
                    from: r.get(4).and_then(|s| s.parse().ok()),
                    to: r.get(5)?.parse().ok()?,
                })
            })
            .collect()
    })
}

/// Where municipality number `code`, used for a figure of `year`, belongs today.
pub fn place(code: &str, year: i32) -> Placement {
    let code = code.trim();
    let rows = rows();
    let mut matching: Vec<&Row> = rows.iter().filter(|r| r.code == code).collect();
    // The row of the year wins; a past row over today's when both are in force (a number
    // used again), and the latest when none is.
    matching.sort_by_key(|r| (r.in_force(year), !r.current(), r.to));
    let Some(row) = matching.last() else { return Placement::Unknown };
    if row.today == "Rest" && row.code != "9999" {
        return Placement::Divided;
    }
    if row.today.len() != 4 || !row.today.bytes().all(|b| b.is_ascii_digit()) || row.code == "9999" {
        return Placement::Unknown;
    }
    let today = row.today.clone();
    if let Some((_, _, _, also)) = SPLITS.iter().find(|(c, from, to, _)| *c == code && (*from..=*to).contains(&year)) {
        return Placement::Split { code: today, also: also.iter().map(|s| (*s).to_owned()).collect() };
    }
    if row.current() {
        return Placement::Today { code: today };
    }
    let with: Vec<String> = rows
        .iter()
        .filter(|r| r.today == today && r.code != code && !r.current() && r.in_force(year))
        .map(|r| r.code.clone())
        .collect();
    if with.is_empty() { Placement::Today { code: today } } else { Placement::Merged { code: today, with } }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today(code: &str) -> Placement {
        Placement::Today { code: code.into() }
    }

    #[test]
    fn the_shipped_correspondence_reads_whole() {
        assert_eq!(rows().len(), 862);
        let current: std::collections::BTreeSet<&str> = rows()
            .iter()
            .filter(|r| r.current() && r.today.len() == 4 && r.today.bytes().all(|b| b.is_ascii_digit()))
            .map(|r| r.today.as_str())
            .collect();
        assert_eq!(current.len(), 357, "every municipality of 2024");
    }

    #[test]
    fn old_numbers_land_on_todays_municipalities() {
        // Innlandet's numbers of 2020–2023 are today's; Hedmark's of 2019 are not.
        assert_eq!(place("3425", 2022), today("3425"));
        assert_eq!(place("0434", 2019), today("3425"), "Engerdal before 2020");
        // Troms og Finnmark 2020–2023 → Troms 2024.
        assert_eq!(place("5401", 2022), today("5501"), "Tromsø");
        // Viken 2020–2023 → Østfold 2024.
        assert_eq!(place("3001", 2022), today("3101"), "Halden");
        assert_eq!(place("0101", 2015), today("3101"), "Halden before 2020");
        assert_eq!(place("9999", 2022), Placement::Unknown, "SSB's unknown municipality");
        assert_eq!(place("2111", 2022), Placement::Unknown, "Longyearbyen is not a municipality");
        assert_eq!(place("4242", 2022), Placement::Unknown);
    }

    #[test]
    fn merged_municipalities_are_parts_and_a_split_is_said() {
        // Ålesund 2019 and the municipalities that joined it in 2020.
        let Placement::Merged { code, mut with } = place("1504", 2019) else { panic!("{:?}", place("1504", 2019)) };
        with.sort();
        assert_eq!((code.as_str(), with), ("1508", vec!["1523".to_owned(), "1529".into(), "1546".into()]));
        // Ålesund 2020–2023 is today's Ålesund and Haram.
        assert_eq!(place("1507", 2022), Placement::Split { code: "1508".into(), also: vec!["1580".into()] });
        assert_eq!(place("1534", 2019), today("1580"), "Haram before 2020 is today's Haram");
        assert_eq!(place("1850", 2019), Placement::Divided, "Tysfjord was divided in 2020");
        assert!(
            rows().iter().filter(|r| r.today == "1580").all(|r| r.current() || r.to <= 2019),
            "Haram had no number of its own in 2020–2023"
        );
    }
}

/// Observations put on today's municipalities, and what could not be put anywhere.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Renumbered {
    pub observations: Vec<super::Observation>,
    /// Numbers that are no municipality of 1994–2024 (none of their figures is kept).
    pub unknown: Vec<String>,
    /// Municipalities divided between several of today's (none of their figures kept).
    pub divided: Vec<String>,
    /// Municipalities divided in 2024, kept on the part the correspondence names: (the
    /// old number, today's number it is kept on, the other parts).
    pub split: Vec<(String, String, Vec<String>)>,
    /// Today's municipalities whose figures for merged parts were not added up because
    /// the measure is not a count (a rate of the whole cannot be made from the parts').
    pub not_added: Vec<String>,
}

/// Puts observations published under older municipality numbers on today's
/// municipalities (counties and the country stay). A figure wins over a "missing" for the
/// same place, then a figure published under today's number over one under an old; the parts of a merged municipality are
/// added up only when `is_count(measure)`, and the sum is flagged as its weakest part is
/// (suppressed if any part is, missing if any is missing); otherwise the figure is
/// "cannot be computed". Nothing is dropped without being listed.
pub fn renumber(observations: Vec<super::Observation>, is_count: impl Fn(&str) -> bool) -> Renumbered {
    use super::{Flag, Observation, Region};
    use std::collections::BTreeMap;
    let mut out = Renumbered::default();
    let note = |list: &mut Vec<String>, code: &str| {
        if !list.iter().any(|c| c == code) {
            list.push(code.to_owned());
        }
    };
    // (today's number, period, breakdown, measure) → the parts by their old number.
    type Key = (String, super::Span, Vec<(String, String)>, String);
    let mut merged: BTreeMap<Key, Vec<Observation>> = BTreeMap::new();
    // With whether it was published under today's number.
    let mut direct: Vec<(Observation, bool)> = Vec::new();
    for o in observations {
        let Region::Municipality(code) = &o.region else {
            direct.push((o, true));
            continue;
        };
        let code = code.clone();
        match place(&code, o.period.to) {
            Placement::Today { code: today } => {
                let own = today == code;
                direct.push((Observation { region: Region::Municipality(today), ..o }, own));
            }
            Placement::Split { code: today, also } => {
                if !out.split.iter().any(|(c, _, _)| *c == code) {
                    out.split.push((code.clone(), today.clone(), also));
                }
                direct.push((Observation { region: Region::Municipality(today), ..o }, false));
            }
            Placement::Merged { code: today, .. } => {
                let key = (today, o.period, o.breakdown.clone(), o.measure.clone());
                merged.entry(key).or_default().push(o);
            }
            Placement::Divided => note(&mut out.divided, &code),
            Placement::Unknown => note(&mut out.unknown, &code),
        }
    }
    let key_of = |o: &Observation| match &o.region {
        Region::Municipality(c) => Some((c.clone(), o.period, o.breakdown.clone(), o.measure.clone())),
        _ => None,
    };
    // Of two figures for the same place (today's number and an old one of the same
    // municipality): a figure over a "missing", then the one under today's number.
    direct.sort_by_key(|(o, own)| (o.flag == Some(Flag::Missing), !own));
    let mut seen = std::collections::BTreeSet::new();
    for (o, _) in direct {
        if let Some(key) = key_of(&o)
            && !seen.insert(key)
        {
            continue;
        }
        out.observations.push(o);
    }
    for ((today, period, breakdown, measure), parts) in merged {
        if seen.contains(&(today.clone(), period, breakdown.clone(), measure.clone())) {
            continue;
        }
        let (value, flag) = if !is_count(&measure) {
            note(&mut out.not_added, &today);
            (None, Some(Flag::NotComputable))
        } else if parts.iter().any(|p| p.flag == Some(Flag::Suppressed)) {
            (None, Some(Flag::Suppressed))
        } else if let Some(flag) = parts.iter().find_map(|p| p.flag) {
            (None, Some(flag))
        } else {
            (Some(parts.iter().filter_map(|p| p.value).sum()), None)
        };
        out.observations.push(Observation {
            region: Region::Municipality(today),
            period,
            breakdown,
            measure,
            value,
            flag,
        });
    }
    out
}

#[cfg(test)]
mod renumber_tests {
    use super::super::{Flag, Observation, Region, Span};
    use super::*;

    fn obs(code: &str, year: i32, measure: &str, value: Option<f64>, flag: Option<Flag>) -> Observation {
        Observation {
            region: Region::parse(code).unwrap(),
            period: Span { from: year, to: year },
            breakdown: vec![("KJONN".into(), "0".into())],
            measure: measure.into(),
            value,
            flag,
        }
    }

    fn at<'a>(r: &'a Renumbered, code: &str, year: i32, measure: &str) -> Vec<&'a Observation> {
        r.observations
            .iter()
            .filter(|o| o.region == Region::Municipality(code.into()) && o.period.to == year && o.measure == measure)
            .collect()
    }

    #[test]
    fn old_numbers_are_put_on_todays_municipalities_and_nothing_is_dropped_unsaid() {
        let r = renumber(
            vec![
                obs("0434", 2019, "TELLER", Some(4.0), None), // Engerdal (Hedmark)
                obs("3425", 2022, "TELLER", Some(5.0), None), // Engerdal (Innlandet)
                obs("5401", 2022, "RATE", Some(12.0), None),  // Tromsø (Troms og Finnmark)
                obs("34", 2022, "RATE", Some(9.0), None),     // Innlandet stays
                obs("0", 2022, "RATE", Some(8.0), None),      // the country stays
                // Ålesund 2019 and the three that joined it in 2020: counts add up…
                obs("1504", 2019, "TELLER", Some(100.0), None),
                obs("1523", 2019, "TELLER", Some(10.0), None),
                obs("1529", 2019, "TELLER", Some(20.0), None),
                obs("1546", 2019, "TELLER", Some(5.0), None),
                // …rates do not.
                obs("1504", 2019, "RATE", Some(11.0), None),
                obs("1523", 2019, "RATE", Some(13.0), None),
                // A suppressed part makes the sum suppressed, never a smaller number.
                obs("1504", 2018, "TELLER", Some(90.0), None),
                obs("1523", 2018, "TELLER", None, Some(Flag::Suppressed)),
                obs("1507", 2022, "TELLER", Some(130.0), None), // Ålesund 2020–2023: split
                obs("1850", 2019, "TELLER", Some(3.0), None),   // Tysfjord: divided
                obs("4242", 2022, "TELLER", Some(3.0), None),   // no such number
            ],
            |m| m == "TELLER",
        );
        assert_eq!(at(&r, "3425", 2019, "TELLER")[0].value, Some(4.0));
        assert_eq!(at(&r, "3425", 2022, "TELLER")[0].value, Some(5.0));
        assert_eq!(at(&r, "5501", 2022, "RATE")[0].value, Some(12.0));
        assert!(r.observations.iter().any(|o| o.region == Region::County("34".into())));
        assert!(r.observations.iter().any(|o| o.region == Region::Country));
        assert_eq!(at(&r, "1508", 2019, "TELLER")[0].value, Some(135.0), "a count of the parts is added up");
        let rate = at(&r, "1508", 2019, "RATE");
        assert_eq!((rate[0].value, rate[0].flag), (None, Some(Flag::NotComputable)), "a rate is not");
        let suppressed = at(&r, "1508", 2018, "TELLER");
        assert_eq!((suppressed[0].value, suppressed[0].flag), (None, Some(Flag::Suppressed)));
        assert_eq!(at(&r, "1508", 2022, "TELLER")[0].value, Some(130.0));
        assert_eq!(r.split, [("1507".to_owned(), "1508".to_owned(), vec!["1580".to_owned()])]);
        assert_eq!(r.divided, ["1850"]);
        assert_eq!(r.unknown, ["4242"]);
        assert_eq!(r.not_added, ["1508"]);
    }

    #[test]
    fn a_figure_under_an_old_number_fills_a_missing_one_under_todays() {
        let r = renumber(
            vec![
                obs("0434", 2019, "RATE", Some(81.5), None),
                obs("0434", 2022, "RATE", None, Some(Flag::Missing)),
                obs("3425", 2019, "RATE", None, Some(Flag::Missing)),
                obs("3425", 2022, "RATE", None, Some(Flag::Suppressed)),
                obs("3425", 2023, "RATE", Some(80.0), None),
                obs("0434", 2023, "RATE", Some(70.0), None),
            ],
            |_| false,
        );
        assert_eq!(at(&r, "3425", 2019, "RATE")[0].value, Some(81.5));
        assert_eq!(at(&r, "3425", 2022, "RATE")[0].flag, Some(Flag::Suppressed), "suppressed is kept, not missing");
        assert_eq!(at(&r, "3425", 2023, "RATE")[0].value, Some(80.0), "today's number over the old");
        assert_eq!(r.observations.len(), 3);
    }

    #[test]
    fn todays_own_figure_wins_over_one_made_from_old_numbers() {
        let r = renumber(
            vec![
                obs("1504", 2019, "TELLER", Some(100.0), None),
                obs("1523", 2019, "TELLER", Some(10.0), None),
                obs("1508", 2019, "TELLER", Some(140.0), None), // published on today's geography
            ],
            |_| true,
        );
        let found = at(&r, "1508", 2019, "TELLER");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, Some(140.0));
    }
}
