//! The measures spreadsheet: reading a table into measures (all or nothing, every
//! problem with row, column and value), and writing the template and exports.

use std::fmt;

use forebygg_domain::measures::row::{CellProblem, Column, parse_row, to_cells};
use forebygg_domain::measures::{AgeBand, Evidence, Funding, MeasureFields, MeasureStatus, PreventionLevel, WorkLevel};
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::NorDate;
use rust_xlsxwriter::XlsxError;

use crate::table::{Table, TableError, column_letter};

/// One problem of an import: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// The row as the spreadsheet numbers it (1 is the header); 0 for the whole file.
    pub row: usize,
    /// The column's letter and header, e.g. `C (Eier (tjeneste))`, when one is concerned.
    pub column: Option<String>,
    pub value: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Table(TableError),
    /// A header the template does not have.
    UnknownHeader,
    /// The same column twice.
    DuplicateColumn,
    /// A column that must be there is missing.
    MissingColumn(Column),
    Cell(CellProblem),
}

impl fmt::Display for ImportProblem {
    /// In English, for the command line (the web shows them in the user's language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.row > 0 {
            write!(f, "row {}", self.row)?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        if self.row > 0 || self.column.is_some() {
            write!(f, ": ")?;
        }
        let v = &self.value;
        match &self.problem {
            Problem::Table(e) => write!(f, "{e}"),
            Problem::UnknownHeader => write!(f, "'{v}' is not a column of the template"),
            Problem::DuplicateColumn => write!(f, "the column '{v}' appears twice"),
            Problem::MissingColumn(c) => write!(f, "the column '{}' is missing", c.header()),
            Problem::Cell(CellProblem::Required) => write!(f, "must not be empty"),
            Problem::Cell(CellProblem::TooLong { max }) => write!(f, "'{v}' is longer than {max} characters"),
            Problem::Cell(CellProblem::NotADate) => write!(f, "'{v}' is not a date (dd.mm.åååå)"),
            Problem::Cell(CellProblem::NotAnAmount) => write!(f, "'{v}' is not an amount in kroner (e.g. 12 500,50)"),
            Problem::Cell(CellProblem::NotACount) => write!(f, "'{v}' is not a whole number"),
            Problem::Cell(CellProblem::Unknown { allowed }) => write!(f, "'{v}' is not one of: {allowed}"),
        }
    }
}

/// The measures of a table whose headers are the template's, or every problem in it.
/// `progress` is told how many rows of how many are read.
pub fn read_measures(
    table: &Table,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<MeasureFields>, Vec<ImportProblem>> {
    let exact: Vec<Mapped> =
        table.headers.iter().map(|h| Column::from_header(h).map_or(Mapped::Unknown, Mapped::To)).collect();
    read_measures_mapped(table, &exact, progress)
}

/// What a header of the sheet is taken as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mapped {
    To(Column),
    /// The user chose to leave the column out.
    Ignored,
    /// Not known (a problem, unless the header is empty).
    Unknown,
}

/// The measures of a table read with a mapping of its headers (by position) to the
/// template's columns, or every problem in it.
pub fn read_measures_mapped(
    table: &Table,
    mapping: &[Mapped],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<MeasureFields>, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    let mut positions: Vec<(Column, usize)> = Vec::new();
    let where_ = |i: usize, header: &str| Some(format!("{} ({header})", column_letter(i)));
    for (i, header) in table.headers.iter().enumerate() {
        let mapped = mapping.get(i).copied().unwrap_or(Mapped::Unknown);
        if header.trim().is_empty() || mapped == Mapped::Ignored {
            continue;
        }
        let column = match mapped {
            Mapped::To(c) => Some(c),
            Mapped::Ignored | Mapped::Unknown => None,
        };
        match column {
            Some(c) if positions.iter().any(|(p, _)| *p == c) => problems.push(ImportProblem {
                row: 1,
                column: where_(i, header),
                value: header.clone(),
                problem: Problem::DuplicateColumn,
            }),
            Some(c) => positions.push((c, i)),
            None => problems.push(ImportProblem {
                row: 1,
                column: where_(i, header),
                value: header.clone(),
                problem: Problem::UnknownHeader,
            }),
        }
    }
    for required in Column::ALL.into_iter().filter(|c| c.required()) {
        if !positions.iter().any(|(c, _)| *c == required) {
            problems.push(ImportProblem {
                row: 1,
                column: None,
                value: String::new(),
                problem: Problem::MissingColumn(required),
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let total = table.rows.len();
    let mut measures = Vec::with_capacity(total);
    for (n, (row, cells)) in table.rows.iter().enumerate() {
        let cell = |c: Column| -> &str {
            positions.iter().find(|(p, _)| *p == c).and_then(|(_, i)| cells.get(*i)).map(String::as_str).unwrap_or("")
        };
        match parse_row(cell) {
            Ok(m) => measures.push(m),
            Err(errors) => problems.extend(errors.into_iter().map(|e| {
                let i = positions.iter().find(|(p, _)| *p == e.column).map(|(_, i)| *i);
                ImportProblem {
                    row: *row,
                    column: match i {
                        Some(i) => where_(i, &table.headers[i]),
                        None => Some(e.column.header().to_owned()),
                    },
                    value: e.value,
                    problem: Problem::Cell(e.problem),
                }
            })),
        }
        if n % 1000 == 999 || n + 1 == total {
            progress(n + 1, total);
        }
    }
    if problems.is_empty() { Ok(measures) } else { Err(problems) }
}

/// An example row for the template, as the seeds describe measures.
fn example() -> MeasureFields {
    MeasureFields {
        name: "Foreldreveiledning (ICDP)".into(),
        description: "Veiledningsgrupper for foreldre med barn i barnehagen.".into(),
        owner: "Helsestasjonen".into(),
        partners: vec!["Barnehagene".into(), "Familiesenteret".into()],
        age_bands: vec![AgeBand::Age0To5, AgeBand::Parents],
        prevention: Some(PreventionLevel::Universal),
        themes: vec![Theme::Neglect, Theme::MentalHealth],
        level: Some(WorkLevel::Service),
        evidence: Evidence::Ungsinn(3),
        evidence_source: "https://ungsinn.no".into(),
        yearly_cost_ore: Some(12_500_000),
        funding: Some(Funding::WithinBudget),
        grant_name: String::new(),
        grant_ends: None,
        reach: Some(40),
        status: Some(MeasureStatus::Running),
        start: NorDate::parse("01.08.2024").ok(),
        evaluation: NorDate::parse("01.06.2026").ok(),
        other_themes: vec!["Skolefravær".into()],
        goals: Vec::new(),
        weight: None,
    }
}

fn header_row() -> Vec<String> {
    Column::ALL.iter().map(|c| c.header().to_owned()).collect()
}

fn cells_row(m: &MeasureFields) -> Vec<String> {
    to_cells(m).into_iter().map(|(_, v)| v).collect()
}

/// The import template as CSV: the headers and one example row.
pub fn template_csv() -> Vec<u8> {
    crate::write::csv([header_row(), cells_row(&example())])
}

/// The measures as CSV, in the template's columns (reads back with [`read_measures`]).
pub fn export_csv(measures: &[MeasureFields]) -> Vec<u8> {
    crate::write::csv(std::iter::once(header_row()).chain(measures.iter().map(cells_row)))
}

/// The import template as XLSX: the headers (bold, frozen) and one example row.
pub fn template_xlsx() -> Result<Vec<u8>, XlsxError> {
    xlsx_of(&[example()])
}

/// The measures as XLSX, in the template's columns.
pub fn export_xlsx(measures: &[MeasureFields]) -> Result<Vec<u8>, XlsxError> {
    xlsx_of(measures)
}

fn xlsx_of(measures: &[MeasureFields]) -> Result<Vec<u8>, XlsxError> {
    let rows: Vec<Vec<String>> = measures.iter().map(cells_row).collect();
    crate::write::xlsx("Tiltak", &header_row(), &rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{read_csv, read_xlsx};

    fn no_progress() -> impl FnMut(usize, usize) {
        |_, _| {}
    }

    #[test]
    fn the_template_reads_back_as_its_example() {
        let table = read_csv(&template_csv()).unwrap();
        assert_eq!(read_measures(&table, &mut no_progress()).unwrap(), vec![example()]);
        let table = read_xlsx(&template_xlsx().unwrap()).unwrap();
        assert_eq!(read_measures(&table, &mut no_progress()).unwrap(), vec![example()]);
    }

    #[test]
    fn every_problem_has_row_column_and_value_and_nothing_is_half_read() {
        let csv = "Navn;Eier (tjeneste);Farge;Årlig kostnad (kr);Evalueringsdato\n\
                   Kafé;Kultur;rød;1 000;01.01.2027\n\
                   ;Skolen;;mye;\n\
                   Natteravn;Frivilligsentralen;;;31.13.2026\n";
        let problems = read_measures(&read_csv(csv.as_bytes()).unwrap(), &mut no_progress()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["row 1, column C (Farge): 'Farge' is not a column of the template"]);
        let csv = csv.replace(";Farge", ";Status").replace(";rød", ";pågår");
        let problems = read_measures(&read_csv(csv.as_bytes()).unwrap(), &mut no_progress()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "row 3, column A (Navn): must not be empty",
                "row 3, column D (Årlig kostnad (kr)): 'mye' is not an amount in kroner (e.g. 12 500,50)",
                "row 4, column E (Evalueringsdato): '31.13.2026' is not a date (dd.mm.åååå)",
            ]
        );
        let missing = read_measures(&read_csv(b"Navn\nKafe\n").unwrap(), &mut no_progress()).unwrap_err();
        assert_eq!(missing[0].to_string(), "row 1: the column 'Eier (tjeneste)' is missing");
    }

    /// A workbook as a person makes it in Excel: typed numbers and dates, and formatted
    /// but empty rows below the data.
    #[test]
    fn xlsx_with_typed_cells_and_empty_trailing_rows() {
        use rust_xlsxwriter::{Format, Workbook};
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let date = Format::new().set_num_format("dd.mm.yyyy");
        let yellow = Format::new().set_background_color("#FFFF00");
        for (col, header) in ["Navn", "Eier (tjeneste)", "Årlig kostnad (kr)", "Antall nådd per år", "Evalueringsdato"]
            .iter()
            .enumerate()
        {
            sheet.write(0, col as u16, *header).unwrap();
        }
        sheet.write(1, 0, "Åpen hall").unwrap();
        sheet.write(1, 1, "Kulturtjenesten").unwrap();
        sheet.write(1, 2, 12500.5).unwrap();
        sheet.write(1, 3, 300).unwrap();
        let when = rust_xlsxwriter::ExcelDateTime::from_ymd(2027, 3, 15).unwrap();
        sheet.write_datetime_with_format(1, 4, &when, &date).unwrap();
        for row in 2..12 {
            sheet.write_blank(row, 0, &yellow).unwrap();
        }
        let bytes = book.save_to_buffer().unwrap();
        let table = read_xlsx(&bytes).unwrap();
        assert_eq!(table.rows.len(), 1, "the empty rows are left out");
        let measures = read_measures(&table, &mut no_progress()).unwrap();
        assert_eq!(measures[0].yearly_cost_ore, Some(1_250_050));
        assert_eq!(measures[0].reach, Some(300));
        assert_eq!(measures[0].evaluation, NorDate::parse("15.03.2027").ok());
    }

    proptest::proptest! {
        /// Whatever arrives — bytes, or text with the template's headers and random
        /// cells — the importer answers with measures or problems, never a panic.
        #[test]
        fn arbitrary_files_give_measures_or_problems(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            cells in proptest::collection::vec("[^\n]{0,12}", 0..40),
        ) {
            if let Ok(table) = crate::read_table(&bytes) {
                let _ = read_measures(&table, &mut no_progress());
            }
            let mut csv = String::from("Navn;Eier (tjeneste);Målgruppe;Årlig kostnad (kr);Startdato;Status\n");
            for row in cells.chunks(6) {
                csv.push_str(&row.join(";"));
                csv.push('\n');
            }
            if let Ok(table) = read_csv(csv.as_bytes()) {
                match read_measures(&table, &mut no_progress()) {
                    Ok(list) => proptest::prop_assert!(list.iter().all(|m| !m.name.is_empty() && !m.owner.is_empty())),
                    Err(problems) => proptest::prop_assert!(!problems.is_empty()),
                }
            }
        }
    }

    #[test]
    fn exports_read_back() {
        let mut other = example();
        other.name = "Natteravn; «trygg» helg".into();
        other.yearly_cost_ore = None;
        let list = vec![example(), other];
        let back = read_measures(&read_csv(&export_csv(&list)).unwrap(), &mut no_progress()).unwrap();
        assert_eq!(back, list);
        let back = read_measures(&read_xlsx(&export_xlsx(&list).unwrap()).unwrap(), &mut no_progress()).unwrap();
        assert_eq!(back, list);
    }
}
