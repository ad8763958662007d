//! Statistics as spreadsheets: FHI's tables saved as semicolon CSV, Ungdata's key
//! figures and Bufdir's child welfare monitor as XLSX or CSV — a title and notes above
//! the header, decimal commas, `..` or an empty cell for a missing figure, `:` for a
//! suppressed one (FHI's `SPVFLAGG` column: 1 missing, 2 cannot be computed, 3
//! suppressed) — and any other sheet through a mapping of its columns.
//!
//! The header is the first row in which a place column, a period column and a value
//! column are recognised by name; without one, the caller asks the user to map the
//! columns ([`Outcome::Mapping`]). All or nothing: every problem names its row and
//! column.

use forebygg_domain::indicators::{Flag, Observation, Region, Span};

use crate::table::{Table, TableError, column_letter, read_table};

/// What a column of a statistics sheet holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Municipality, county or country: a number (`3425`, `K-3425`, `3425 Engerdal`)
    /// or a 2024 name.
    Region,
    /// A year or a span (`2022_2024`, `2022–2024`).
    Period,
    /// A figure; the column's header names the measure.
    Value,
    /// What each row is a figure of, when the sheet holds several indicators.
    Indicator,
    /// The unit, when the sheet gives it per row.
    Unit,
    /// FHI's flag column (`SPVFLAGG`).
    Flag,
    /// A breakdown (gender, age): kept with the figure.
    Breakdown,
    Ignored,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Region,
        Column::Period,
        Column::Value,
        Column::Indicator,
        Column::Unit,
        Column::Flag,
        Column::Breakdown,
        Column::Ignored,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Column::Region => "region",
            Column::Period => "period",
            Column::Value => "value",
            Column::Indicator => "indicator",
            Column::Unit => "unit",
            Column::Flag => "flag",
            Column::Breakdown => "breakdown",
            Column::Ignored => "",
        }
    }

    pub fn from_code(code: &str) -> Column {
        Column::ALL.into_iter().find(|c| c.code() == code.trim()).unwrap_or(Column::Ignored)
    }

    /// The column a header names, as FHI, SSB, Ungdata and Bufdir write them.
    pub fn guess(header: &str) -> Column {
        let h = header.trim().to_lowercase();
        let h = h.as_str();
        let any = |words: &[&str]| words.contains(&h);
        if any(&[
            "geo",
            "region",
            "kommune",
            "kommunenummer",
            "kommunenr",
            "kommunenr.",
            "knr",
            "stedskode",
            "sted",
            "kommunekode",
            "fylke",
            "område",
        ]) {
            Column::Region
        } else if any(&["aar", "år", "year", "periode", "tid", "årstall", "undersøkelsesår", "skoleår"]) {
            Column::Period
        } else if any(&["indikator", "indicator", "måltall", "spørsmål"]) {
            Column::Indicator
        } else if any(&["enhet", "unit", "måleenhet"]) {
            Column::Unit
        } else if any(&["spvflagg", "flagg", "flag", "status"]) {
            Column::Flag
        } else if any(&["kjonn", "kjønn", "alder", "trinn", "klassetrinn", "gender", "age"]) {
            Column::Breakdown
        } else if any(&[
            "verdi",
            "value",
            "andel",
            "prosent",
            "rate",
            "meis",
            "teller",
            "antall",
            "smr",
            "per 1000",
            "andel (prosent)",
        ]) || h.starts_with("andel")
            || h.starts_with("antall")
        {
            Column::Value
        } else {
            Column::Ignored
        }
    }
}

/// One indicator read from a sheet: its name, the measure (the value column's header)
/// and its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetIndicator {
    pub label: String,
    pub measure: String,
    pub unit: String,
    pub observations: Vec<Observation>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Row as the user counts it (1 is the first line of the file).
    pub row: usize,
    /// Column letter (`A`), or empty when the problem is the sheet's.
    pub column: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not a sheet that could be read.
    Unreadable(String),
    Region(String),
    Period(String),
    Value(String),
    /// The mapping lacks a place, a period or a value column.
    Unmapped(&'static str),
}

impl std::fmt::Display for Problem {
    /// English, for the command line; the web words problems from the catalogues.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match &self.kind {
            ProblemKind::Unreadable(why) => format!("cannot be read: {why}"),
            ProblemKind::Region(v) => format!("'{v}' is not a municipality, county or the country"),
            ProblemKind::Period(v) => format!("'{v}' is not a year or a span of years"),
            ProblemKind::Value(v) => format!("'{v}' is not a number or a mark (.. . :)"),
            ProblemKind::Unmapped(what) => format!("no column is the {what}"),
        };
        if self.column.is_empty() {
            write!(f, "row {}: {what}", self.row)
        } else {
            write!(f, "row {}, column {}: {what}", self.row, self.column)
        }
    }
}

/// A sheet read, or one whose columns must be mapped first.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Read(Vec<SheetIndicator>),
    /// The header row (as the user counts rows), its cells, and the guess per column.
    Mapping {
        row: usize,
        headers: Vec<String>,
        suggested: Vec<Column>,
    },
}

/// A figure as sheets write it: `12,5`, `12.5`, `1 234`, `1 234,5`; `..`, `.`, `:` or
/// an empty cell a flag; SSB's `-` a zero. `None` when it is none of these.
pub fn figure(cell: &str) -> Option<(Option<f64>, Option<Flag>)> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Some((None, Some(Flag::Missing)));
    }
    if let Some(flag) = Flag::from_symbol(cell) {
        return Some((None, Some(flag)));
    }
    if cell == "-" {
        return Some((Some(0.0), None));
    }
    let cleaned: String = cell.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '%').collect();
    let cleaned = cleaned.replace('−', "-");
    let number = if cleaned.contains(',') && cleaned.contains('.') {
        // 1.234,5 (thousands by points) — the Norwegian way with a comma last.
        cleaned.replace('.', "").replace(',', ".")
    } else {
        cleaned.replace(',', ".")
    };
    number.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| (Some(v), None))
}

/// A place as sheets write it: a code (`3425`, `K-3425`, `3425 Engerdal`, `0`), the
/// country in words, or the name of a 2024 municipality or county (only when no other
/// place of 2024 has that name).
pub fn place(cell: &str, names: &[(String, String)]) -> Option<Region> {
    let cell = cell.trim();
    let code: String = cell.split([' ', '\u{a0}']).next().unwrap_or_default().to_owned();
    if let Some(region) = Region::parse(&code) {
        return Some(region);
    }
    let lower = cell.to_lowercase();
    if ["hele landet", "landet", "norge", "norway", "hele landet (norge)"].contains(&lower.as_str()) {
        return Some(Region::Country);
    }
    let mut found = names.iter().filter(|(_, name)| name.to_lowercase() == lower);
    match (found.next(), found.next()) {
        (Some((number, _)), None) => Region::parse(number),
        _ => None,
    }
}

/// FHI's `SPVFLAGG`: 0 shown, 1 missing, 2 cannot be computed, 3 suppressed; or a
/// symbol.
fn flag_cell(cell: &str) -> Option<Flag> {
    match cell.trim() {
        "1" => Some(Flag::Missing),
        "2" => Some(Flag::NotComputable),
        "3" => Some(Flag::Suppressed),
        other => Flag::from_symbol(other),
    }
}

/// The lines of a file with their row numbers: every non-empty line, header included.
fn lines(table: Table) -> Vec<(usize, Vec<String>)> {
    let mut out = vec![(table.header_row, table.headers)];
    out.extend(table.rows);
    out
}

/// Reads a statistics sheet. `mapping` is the user's choice per column of the header
/// row found before (by its row); without it, the header and columns are recognised by
/// name or the mapping is asked for. `names` are the 2024 places by number and name,
/// for sheets that name places; `title` names the indicator when the sheet has no
/// indicator column and no title line of its own.
pub fn read(
    bytes: &[u8],
    mapping: Option<(usize, &[Column])>,
    names: &[(String, String)],
    title: &str,
) -> Result<Outcome, Vec<Problem>> {
    let table = read_table(bytes).map_err(|e| {
        let row = match &e {
            TableError::Csv { row, .. } => *row,
            _ => 1,
        };
        vec![Problem { row, column: String::new(), kind: ProblemKind::Unreadable(e.to_string()) }]
    })?;
    let lines = lines(table);
    let (header_at, columns) = match mapping {
        Some((row, columns)) => {
            let at = lines.iter().position(|(r, _)| *r == row).ok_or_else(|| {
                vec![Problem { row, column: String::new(), kind: ProblemKind::Unreadable("no such row".into()) }]
            })?;
            (at, columns.to_vec())
        }
        None => {
            let recognised = lines.iter().position(|(_, cells)| {
                let kinds: Vec<Column> = cells.iter().map(|c| Column::guess(c)).collect();
                kinds.contains(&Column::Region) && kinds.contains(&Column::Period) && kinds.contains(&Column::Value)
            });
            match recognised {
                Some(at) => (at, lines[at].1.iter().map(|c| Column::guess(c)).collect()),
                None => {
                    // The first line with as many cells as most lines is the likely header.
                    let widest =
                        lines.iter().map(|(_, c)| c.iter().filter(|x| !x.trim().is_empty()).count()).max().unwrap_or(0);
                    let (row, headers) = lines
                        .iter()
                        .find(|(_, c)| c.iter().filter(|x| !x.trim().is_empty()).count() == widest)
                        .cloned()
                        .unwrap_or_default();
                    let suggested = headers.iter().map(|h| Column::guess(h)).collect();
                    return Ok(Outcome::Mapping { row, headers, suggested });
                }
            }
        }
    };
    let (header_row, headers) = lines[header_at].clone();
    let find = |kind: Column| columns.iter().position(|c| *c == kind);
    let mut problems = Vec::new();
    for (kind, what) in [(Column::Region, "place"), (Column::Period, "period"), (Column::Value, "value")] {
        if find(kind).is_none() {
            problems.push(Problem { row: header_row, column: String::new(), kind: ProblemKind::Unmapped(what) });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (region_col, period_col) = (find(Column::Region).unwrap_or(0), find(Column::Period).unwrap_or(0));
    // A second place column (Bufdir gives number and name) is a name only.
    let columns: Vec<Column> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| if *c == Column::Region && i != region_col { Column::Ignored } else { *c })
        .collect();
    let values: Vec<usize> = columns.iter().enumerate().filter(|(_, c)| **c == Column::Value).map(|(i, _)| i).collect();
    let breakdowns: Vec<usize> =
        columns.iter().enumerate().filter(|(_, c)| **c == Column::Breakdown).map(|(i, _)| i).collect();
    // A title line above the header names the table (Ungdata's and Bufdir's sheets).
    let sheet_title = lines[..header_at]
        .iter()
        .find_map(|(_, cells)| cells.iter().find(|c| !c.trim().is_empty()).cloned())
        .unwrap_or_else(|| title.to_owned());
    let mut indicators: Vec<SheetIndicator> = Vec::new();
    let cell = |cells: &[String], i: usize| cells.get(i).map(String::as_str).unwrap_or_default().to_owned();
    for (row, cells) in &lines[header_at + 1..] {
        let at = |i: usize| column_letter(i);
        let region = cell(cells, region_col);
        let Some(region) = place(&region, names) else {
            problems.push(Problem { row: *row, column: at(region_col), kind: ProblemKind::Region(region) });
            continue;
        };
        let period_text = cell(cells, period_col);
        let Some(period) = Span::parse(&period_text) else {
            problems.push(Problem { row: *row, column: at(period_col), kind: ProblemKind::Period(period_text) });
            continue;
        };
        let label = find(Column::Indicator).map(|i| cell(cells, i)).filter(|l| !l.trim().is_empty());
        let label = label.unwrap_or_else(|| sheet_title.clone());
        let unit = find(Column::Unit).map(|i| cell(cells, i)).unwrap_or_default();
        let row_flag = find(Column::Flag).and_then(|i| flag_cell(&cell(cells, i)));
        let breakdown: Vec<(String, String)> =
            breakdowns.iter().map(|i| (headers.get(*i).cloned().unwrap_or_default(), cell(cells, *i))).collect();
        for v in &values {
            let text = cell(cells, *v);
            let Some((value, flag)) = figure(&text) else {
                problems.push(Problem { row: *row, column: at(*v), kind: ProblemKind::Value(text) });
                continue;
            };
            let (value, flag) = match row_flag {
                Some(f) => (None, Some(f)),
                None => (value, flag),
            };
            let measure = headers.get(*v).cloned().unwrap_or_default();
            let observation = Observation {
                region: region.clone(),
                period,
                breakdown: breakdown.clone(),
                measure: measure.clone(),
                value,
                flag,
            };
            match indicators.iter_mut().find(|i| i.label == label && i.measure == measure) {
                Some(i) => i.observations.push(observation),
                None => indicators.push(SheetIndicator {
                    label: label.clone(),
                    measure,
                    unit: if unit.is_empty() { headers.get(*v).cloned().unwrap_or_default() } else { unit.clone() },
                    observations: vec![observation],
                }),
            }
        }
    }
    if problems.is_empty() { Ok(Outcome::Read(indicators)) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn names() -> Vec<(String, String)> {
        vec![
            ("3425".into(), "Engerdal".into()),
            ("3421".into(), "Trysil".into()),
            ("3419".into(), "Våler".into()),
            ("3114".into(), "Våler".into()),
            ("34".into(), "Innlandet".into()),
        ]
    }

    fn read_ok(bytes: &[u8]) -> Vec<SheetIndicator> {
        match read(bytes, None, &names(), "Tabell").unwrap() {
            Outcome::Read(i) => i,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn fhi_semicolon_csv_with_measures_as_columns_and_its_flag_column() {
        let csv = "GEO;AAR;KJONN;TELLER;RATE;SPVFLAGG\n3425;2022_2024;0;12;14,5;0\n3425;2019_2021;0;;;3\n0;2022_2024;0;9 876;11,2;0\n";
        let read = read_ok(csv.as_bytes());
        assert_eq!(read.iter().map(|i| i.measure.as_str()).collect::<Vec<_>>(), ["TELLER", "RATE"]);
        let rate = &read[1];
        assert_eq!(rate.observations[0].value, Some(14.5), "decimal comma");
        assert_eq!(rate.observations[0].period, Span { from: 2022, to: 2024 });
        assert_eq!(rate.observations[0].breakdown, vec![("KJONN".to_owned(), "0".to_owned())]);
        assert_eq!((rate.observations[1].value, rate.observations[1].flag), (None, Some(Flag::Suppressed)));
        assert_eq!(read[0].observations[2].value, Some(9876.0), "a space between thousands");
        assert_eq!(read[0].observations[2].region, Region::Country);
    }

    #[test]
    fn ungdata_sheet_with_a_title_above_the_header_and_names_for_places() {
        let csv = "Ungdata – nøkkeltall 2024\nKilde: NOVA\n\nKommune;År;Indikator;Andel\nEngerdal;2024;Trives på skolen;81,3\n\
                   Engerdal;2024;Mobbet;:\nInnlandet;2024;Trives på skolen;85\nHele landet;2024;Trives på skolen;..\n";
        let read = read_ok(csv.as_bytes());
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].label, "Trives på skolen");
        assert_eq!(read[0].observations[0].region, Region::Municipality("3425".into()));
        assert_eq!(read[0].observations[1].region, Region::County("34".into()));
        assert_eq!(read[0].observations[2].flag, Some(Flag::Missing));
        assert_eq!(read[1].observations[0].flag, Some(Flag::Suppressed));
    }

    #[test]
    fn a_bad_row_is_named_by_row_and_column_and_nothing_is_read() {
        let csv = "Bufdir kommunemonitor\nKommunenummer;År;Verdi\n3425;2023;12,5\nVåler;2023;3\n3425;i fjor;4\n3425;2022;mange\n";
        let problems = read(csv.as_bytes(), None, &names(), "").unwrap_err();
        assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "row 4, column A: 'Våler' is not a municipality, county or the country",
                "row 5, column B: 'i fjor' is not a year or a span of years",
                "row 6, column C: 'mange' is not a number or a mark (.. . :)",
            ]
        );
    }

    #[test]
    fn an_unknown_layout_asks_for_a_mapping_and_reads_with_it() {
        let csv = "Tall for barnevern\nNr;Årgang;Tall per 1000\n3425;2023;31,5\n3421;2023;28\n";
        let Outcome::Mapping { row, headers, .. } = read(csv.as_bytes(), None, &names(), "").unwrap() else { panic!() };
        assert_eq!((row, headers.clone()), (2, vec!["Nr".to_owned(), "Årgang".to_owned(), "Tall per 1000".to_owned()]));
        let mapping = [Column::Region, Column::Period, Column::Value];
        let Outcome::Read(read) = read(csv.as_bytes(), Some((row, &mapping)), &names(), "").unwrap() else { panic!() };
        assert_eq!(read[0].label, "Tall for barnevern");
        assert_eq!(read[0].observations.len(), 2);
        assert_eq!(read[0].observations[0].value, Some(31.5));
        let missing = [Column::Region, Column::Ignored, Column::Value];
        let problems = super::read(csv.as_bytes(), Some((row, &missing)), &names(), "").unwrap_err();
        assert_eq!(problems[0].to_string(), "row 2: no column is the period");
    }

    #[test]
    fn a_bufdir_workbook_with_the_header_on_row_four() {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write(0, 0, "Kommunemonitor – barnevern").unwrap();
        sheet.write(1, 0, "Tall per 31.12.").unwrap();
        for (c, h) in ["Kommunenummer", "Kommune", "År", "Indikator", "Enhet", "Verdi"].iter().enumerate() {
            sheet.write(3, c as u16, *h).unwrap();
        }
        sheet.write(4, 0, "3425").unwrap();
        sheet.write(4, 2, 2023).unwrap();
        sheet.write(4, 3, "Barn med tiltak").unwrap();
        sheet.write(4, 4, "per 1 000").unwrap();
        sheet.write(4, 5, 31.25).unwrap();
        sheet.write(5, 0, "3425").unwrap();
        sheet.write(5, 2, 2022).unwrap();
        sheet.write(5, 3, "Barn med tiltak").unwrap();
        sheet.write(5, 5, ":").unwrap();
        let bytes = book.save_to_buffer().unwrap();
        // Two place columns (number and name): the first is the place, the other a name.
        let read = match read(&bytes, None, &names(), "").unwrap() {
            Outcome::Read(i) => i,
            Outcome::Mapping { headers, suggested, .. } => panic!("{headers:?} {suggested:?}"),
        };
        assert_eq!(read[0].label, "Barn med tiltak");
        assert_eq!(read[0].unit, "per 1 000");
        assert_eq!(read[0].observations[0].value, Some(31.25));
        assert_eq!(read[0].observations[1].flag, Some(Flag::Suppressed));
        let problem = super::read(b"Kommune;\xC5r;Verdi\n3425;2023;x\n", None, &names(), "").unwrap_err();
        assert_eq!(problem[0].row, 2, "row numbers count from the file's first line");
    }

    #[test]
    fn figures_the_ways_sheets_write_them() {
        assert_eq!(figure("1.234,5"), Some((Some(1234.5), None)));
        assert_eq!(figure("12 %"), Some((Some(12.0), None)));
        assert_eq!(figure("−3,5"), Some((Some(-3.5), None)));
        assert_eq!(figure("-"), Some((Some(0.0), None)), "SSB's dash is a zero");
        assert_eq!(figure(""), Some((None, Some(Flag::Missing))));
        assert_eq!(figure("x"), None);
        assert_eq!(figure("NaN"), None);
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read(&bytes, None, &names(), "t");
            let _ = read(&bytes, Some((2, &[Column::Region, Column::Period, Column::Value])), &names(), "t");
        }

        #[test]
        fn arbitrary_csv_lines_never_panic(text in "[0-9A-Za-zæøå;,.:\\- \n]{0,300}") {
            let _ = read(text.as_bytes(), None, &names(), "t");
        }
    }
}
