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

impl Placement {
    /// Today's municipality, where there is one.
    pub fn today(&self) -> Option<&str> {
        match self {
            Placement::Today { code } | Placement::Merged { code, .. } | Placement::Split { code, .. } => Some(code),
            Placement::Divided | Placement::Unknown => None,
        }
    }
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
