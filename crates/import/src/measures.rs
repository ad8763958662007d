//! The measures spreadsheet: reading a table into measures (all or nothing, every
//! problem with row, column and value), and writing the template and exports.

use std::fmt;

use forebygg_domain::ids::MeasureId;
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
    /// The id column holds something that is not a measure's id.
    NotAnId,
    /// The id is not one of this plan's measures (deleted, or exported from another plan).
    UnknownId,
    /// The same id on an earlier row.
    DuplicateId,
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
            Problem::Cell(CellProblem::Unknown { column }) => {
                write!(f, "'{v}' is not one of: {}", column.allowed_codes())
            }
            Problem::NotAnId => write!(f, "'{v}' is not a measure's id (leave it empty for a new measure)"),
            Problem::UnknownId => {
                write!(f, "no measure of this plan has the id {v} (leave it empty for a new measure)")
            }
            Problem::DuplicateId => write!(f, "the id {v} is on an earlier row too"),
        }
    }
}

/// The header of the column an export writes each measure's id in, so that the sheet,
/// edited and imported again, changes those measures instead of adding copies.
pub const ID_HEADER: &str = "Id";

/// A measure read from a row of a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedMeasure {
    /// The row as the spreadsheet numbers it.
    pub row: usize,
    /// The measure the row changes (from an export's id column); `None` adds a new one.
    pub id: Option<MeasureId>,
    pub fields: MeasureFields,
}

/// What a header means without asking: the id column, or a template header or code.
pub fn exact_mapping(header: &str) -> Option<Mapped> {
    let h = header.trim().trim_start_matches('\u{feff}').trim();
    if h.eq_ignore_ascii_case(ID_HEADER) {
        return Some(Mapped::Id);
    }
    Column::from_header(h).map(Mapped::To)
}

/// The measures of a table whose headers are the template's (and perhaps the id
/// column), or every problem in it. `known` says whether an id is one of the plan's
/// measures; `progress` is told how many rows of how many are read.
pub fn read_measures(
    table: &Table,
    known: &dyn Fn(MeasureId) -> bool,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<ImportedMeasure>, Vec<ImportProblem>> {
    let exact: Vec<Mapped> = table.headers.iter().map(|h| exact_mapping(h).unwrap_or(Mapped::Unknown)).collect();
    read_measures_mapped(table, &exact, known, progress)
}

/// What a header of the sheet is taken as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mapped {
    To(Column),
    /// The id of the measure a row changes ([`ID_HEADER`]).
    Id,
    /// The user chose to leave the column out.
    Ignored,
    /// Not known (a problem, unless the header is empty).
    Unknown,
}

impl Mapped {
    /// As a form sends and a mapping remembers it: a column's code, `id`, or "" for a
    /// column left out.
    pub fn code(self) -> &'static str {
        match self {
            Mapped::To(c) => c.code(),
            Mapped::Id => "id",
            Mapped::Ignored | Mapped::Unknown => "",
        }
    }

    pub fn from_code(code: &str) -> Mapped {
        match code {
            "" => Mapped::Ignored,
            "id" => Mapped::Id,
            code => Column::from_code(code).map_or(Mapped::Unknown, Mapped::To),
        }
    }
}

/// The measures of a table read with a mapping of its headers (by position) to the
/// template's columns, or every problem in it.
pub fn read_measures_mapped(
    table: &Table,
    mapping: &[Mapped],
    known: &dyn Fn(MeasureId) -> bool,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<ImportedMeasure>, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    let mut positions: Vec<(Column, usize)> = Vec::new();
    let mut id_position: Option<usize> = None;
    let where_ = |i: usize, header: &str| Some(format!("{} ({header})", column_letter(i)));
    for (i, header) in table.headers.iter().enumerate() {
        let mapped = mapping.get(i).copied().unwrap_or(Mapped::Unknown);
        if header.trim().is_empty() || mapped == Mapped::Ignored {
            continue;
        }
        let duplicate = || ImportProblem {
            row: 1,
            column: where_(i, header),
            value: header.clone(),
            problem: Problem::DuplicateColumn,
        };
        match mapped {
            Mapped::To(c) if positions.iter().any(|(p, _)| *p == c) => problems.push(duplicate()),
            Mapped::To(c) => positions.push((c, i)),
            Mapped::Id if id_position.is_some() => problems.push(duplicate()),
            Mapped::Id => id_position = Some(i),
            Mapped::Ignored | Mapped::Unknown => problems.push(ImportProblem {
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
    let mut seen_ids = std::collections::HashSet::new();
    for (n, (row, cells)) in table.rows.iter().enumerate() {
        let cell = |c: Column| -> &str {
            positions.iter().find(|(p, _)| *p == c).and_then(|(_, i)| cells.get(*i)).map(String::as_str).unwrap_or("")
        };
        let id = id_position.and_then(|i| {
            let raw = cells.get(i).map(|c| c.trim()).unwrap_or("");
            if raw.is_empty() {
                return None;
            }
            let problem = match raw.parse::<i64>() {
                Ok(n) if n > 0 => {
                    let id = MeasureId::new(n);
                    if !known(id) {
                        Problem::UnknownId
                    } else if !seen_ids.insert(id) {
                        Problem::DuplicateId
                    } else {
                        return Some(id);
                    }
                }
                _ => Problem::NotAnId,
            };
            let header = &table.headers[i];
            problems.push(ImportProblem { row: *row, column: where_(i, header), value: raw.to_owned(), problem });
            None
        });
        match parse_row(cell) {
            Ok(fields) => measures.push(ImportedMeasure { row: *row, id, fields }),
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

/// The export's header: the id column, then the template's.
fn export_header_row() -> Vec<String> {
    std::iter::once(ID_HEADER.to_owned()).chain(header_row()).collect()
}

fn export_row((id, m): &(MeasureId, MeasureFields)) -> Vec<String> {
    std::iter::once(id.to_string()).chain(cells_row(m)).collect()
}

/// The measures as CSV: each measure's id, then the template's columns (reads back
/// with [`read_measures`], the ids making the rows changes of those measures).
pub fn export_csv(measures: &[(MeasureId, MeasureFields)]) -> Vec<u8> {
    crate::write::csv(std::iter::once(export_header_row()).chain(measures.iter().map(export_row)))
}

/// The import template as XLSX: the headers (bold, frozen), one example row, a
/// drop-down list in each column of a vocabulary, typed dates and amounts.
pub fn template_xlsx() -> Result<Vec<u8>, XlsxError> {
    workbook(None, &[(None, example())])
}

/// The measures as XLSX: each measure's id, then the template's columns, as the
/// template is written.
pub fn export_xlsx(measures: &[(MeasureId, MeasureFields)]) -> Result<Vec<u8>, XlsxError> {
    let rows: Vec<(Option<MeasureId>, MeasureFields)> = measures.iter().map(|(id, m)| (Some(*id), m.clone())).collect();
    workbook(Some(ID_HEADER), &rows)
}

/// Rows below the last written row that still get the drop-down lists, for new measures.
const ROWS_FOR_NEW: u32 = 1000;

/// The values offered in a column's drop-down list, in bokmål words; `None` for a free
/// column. Age bands and themes take several values, so the list there only helps.
fn drop_down(column: Column) -> Option<(Vec<String>, bool)> {
    use forebygg_domain::measures::row::Column as C;
    fn words<T: Copy>(all: &[T], word: fn(T) -> &'static str) -> Vec<String> {
        all.iter().map(|v| word(*v).to_owned()).collect()
    }
    Some(match column {
        C::AgeBands => (words(AgeBand::ALL, AgeBand::norwegian), false),
        C::Themes => (words(&Theme::ALL, Theme::norwegian), false),
        C::Prevention => (words(PreventionLevel::ALL, PreventionLevel::norwegian), true),
        C::Level => (words(WorkLevel::ALL, WorkLevel::norwegian), true),
        C::Status => (words(MeasureStatus::ALL, MeasureStatus::norwegian), true),
        C::Funding => (words(Funding::ALL, Funding::norwegian), true),
        C::Evidence => {
            let levels = std::iter::once(Evidence::NotRated).chain((0..=5).map(Evidence::Ungsinn));
            (levels.map(Evidence::norwegian).collect(), true)
        }
        _ => return None,
    })
}

/// One sheet "Tiltak": an optional id column, then the template's columns. Amounts
/// and counts are numbers, dates are dates (shown dd.mm.åååå), and each vocabulary
/// column offers its words in a drop-down list (strict where one value is taken).
fn workbook(id_header: Option<&str>, rows: &[(Option<MeasureId>, MeasureFields)]) -> Result<Vec<u8>, XlsxError> {
    use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let amount = Format::new().set_num_format("#,##0.00");
    let sheet = book.add_worksheet();
    sheet.set_name("Tiltak")?;
    let first = u16::from(id_header.is_some());
    if let Some(h) = id_header {
        sheet.write_with_format(0, 0, h, &bold)?;
    }
    for (i, column) in Column::ALL.into_iter().enumerate() {
        let col = first + i as u16;
        sheet.write_with_format(0, col, column.header(), &bold)?;
        sheet.set_column_width(col, 20)?;
        if let Some((words, strict)) = drop_down(column) {
            let mut list = DataValidation::new().allow_list_strings(&words)?.ignore_blank(true);
            if !strict {
                list = list
                    .set_error_style(DataValidationErrorStyle::Information)
                    .set_input_message("Velg fra listen, eller skriv flere skilt med komma.")?;
            }
            sheet.add_data_validation(1, col, rows.len() as u32 + ROWS_FOR_NEW, col, &list)?;
        }
    }
    for (r, (id, m)) in rows.iter().enumerate() {
        let row = r as u32 + 1;
        if let Some(id) = id {
            sheet.write(row, 0, id.get() as f64)?;
        }
        let at = |c: Column| first + Column::ALL.iter().position(|x| *x == c).unwrap_or(0) as u16;
        for (column, text) in to_cells(m) {
            let col = at(column);
            match column {
                Column::YearlyCost => {
                    if let Some(ore) = m.yearly_cost_ore {
                        sheet.write_with_format(row, col, ore as f64 / 100.0, &amount)?;
                    }
                }
                Column::Reach => {
                    if let Some(n) = m.reach {
                        sheet.write(row, col, n)?;
                    }
                }
                Column::Start | Column::Evaluation | Column::GrantEnds => {
                    let day = match column {
                        Column::Start => m.start,
                        Column::Evaluation => m.evaluation,
                        _ => m.grant_ends,
                    };
                    if let Some(day) = day.map(|d| d.0) {
                        use chrono::Datelike;
                        let excel = ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8)?;
                        sheet.write_datetime_with_format(row, col, &excel, &date)?;
                    }
                }
                _ if !text.is_empty() => {
                    sheet.write(row, col, &text)?;
                }
                _ => {}
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{read_csv, read_xlsx};

    fn no_progress() -> impl FnMut(usize, usize) {
        |_, _| {}
    }

    fn none_known(_: MeasureId) -> bool {
        false
    }

    /// The measures of a table with no ids, or its problems.
    fn read_new(table: &Table) -> Result<Vec<MeasureFields>, Vec<ImportProblem>> {
        let read = read_measures(table, &none_known, &mut no_progress())?;
        assert!(read.iter().all(|m| m.id.is_none()));
        Ok(read.into_iter().map(|m| m.fields).collect())
    }

    #[test]
    fn the_template_reads_back_as_its_example() {
        let table = read_csv(&template_csv()).unwrap();
        assert_eq!(read_new(&table).unwrap(), vec![example()]);
        let table = read_xlsx(&template_xlsx().unwrap()).unwrap();
        assert_eq!(read_new(&table).unwrap(), vec![example()]);
    }

    #[test]
    fn every_problem_has_row_column_and_value_and_nothing_is_half_read() {
        let csv = "Navn;Eier (tjeneste);Farge;Årlig kostnad (kr);Evalueringsdato\n\
                   Kafé;Kultur;rød;1 000;01.01.2027\n\
                   ;Skolen;;mye;\n\
                   Natteravn;Frivilligsentralen;;;31.13.2026\n";
        let problems = read_new(&read_csv(csv.as_bytes()).unwrap()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["row 1, column C (Farge): 'Farge' is not a column of the template"]);
        let csv = csv.replace(";Farge", ";Status").replace(";rød", ";pågår");
        let problems = read_new(&read_csv(csv.as_bytes()).unwrap()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "row 3, column A (Navn): must not be empty",
                "row 3, column D (Årlig kostnad (kr)): 'mye' is not an amount in kroner (e.g. 12 500,50)",
                "row 4, column E (Evalueringsdato): '31.13.2026' is not a date (dd.mm.åååå)",
            ]
        );
        let missing = read_new(&read_csv(b"Navn\nKafe\n").unwrap()).unwrap_err();
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
        let measures = read_new(&table).unwrap();
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
                let _ = read_measures(&table, &|id| id.get() % 2 == 0, &mut no_progress());
            }
            let mut csv = String::from("Navn;Eier (tjeneste);Målgruppe;Årlig kostnad (kr);Startdato;Status\n");
            for row in cells.chunks(6) {
                csv.push_str(&row.join(";"));
                csv.push('\n');
            }
            if let Ok(table) = read_csv(csv.as_bytes()) {
                match read_new(&table) {
                    Ok(list) => proptest::prop_assert!(list.iter().all(|m| !m.name.is_empty() && !m.owner.is_empty())),
                    Err(problems) => proptest::prop_assert!(!problems.is_empty()),
                }
            }
        }
    }

    #[test]
    fn exports_read_back_as_changes_of_the_same_measures() {
        let mut other = example();
        other.name = "Natteravn; «trygg» helg".into();
        other.yearly_cost_ore = None;
        let list = vec![(MeasureId::new(7), example()), (MeasureId::new(12), other)];
        let ours = |id: MeasureId| [7, 12].contains(&id.get());
        let back = |table: Table| -> Vec<(MeasureId, MeasureFields)> {
            let read = read_measures(&table, &ours, &mut no_progress()).unwrap();
            read.into_iter().map(|m| (m.id.expect("every exported row has its id"), m.fields)).collect()
        };
        assert_eq!(back(read_csv(&export_csv(&list)).unwrap()), list);
        assert_eq!(back(read_xlsx(&export_xlsx(&list).unwrap()).unwrap()), list);
    }

    #[test]
    fn an_id_must_be_one_of_the_plans_measures_once_and_may_be_left_empty() {
        let csv =
            "Id;Navn;Eier (tjeneste)\n7;Kafé;Kultur\n;Ny;Skolen\n99;Borte;Kultur\n7;Igjen;Kultur\nsju;Tekst;Kultur\n";
        let table = read_csv(csv.as_bytes()).unwrap();
        let problems = read_measures(&table, &|id| id.get() == 7, &mut no_progress()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "row 4, column A (Id): no measure of this plan has the id 99 (leave it empty for a new measure)",
                "row 5, column A (Id): the id 7 is on an earlier row too",
                "row 6, column A (Id): 'sju' is not a measure's id (leave it empty for a new measure)",
            ]
        );
        let fine = "Id;Navn;Eier (tjeneste)\n7;Kafé;Kultur\n;Ny;Skolen\n";
        let read = read_measures(&read_csv(fine.as_bytes()).unwrap(), &|id| id.get() == 7, &mut no_progress()).unwrap();
        let ids: Vec<(usize, Option<i64>)> = read.iter().map(|m| (m.row, m.id.map(MeasureId::get))).collect();
        assert_eq!(ids, [(2, Some(7)), (3, None)]);
    }

    /// The template as Excel shows it: amounts and dates typed (not text), a drop-down
    /// list of bokmål words in each vocabulary column, and it reads back as its example.
    #[test]
    fn the_xlsx_template_has_typed_cells_and_drop_down_lists() {
        use calamine::{Data, Reader, Xlsx};
        let bytes = template_xlsx().unwrap();
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
        let range = book.worksheet_range("Tiltak").unwrap();
        let at = |c: Column| Column::ALL.iter().position(|x| *x == c).unwrap() as u32;
        assert_eq!(range.get_value((1, at(Column::YearlyCost))), Some(&Data::Float(125_000.0)));
        assert!(matches!(range.get_value((1, at(Column::Evaluation))), Some(Data::DateTime(_))), "a date");
        assert_eq!(range.get_value((1, at(Column::Prevention))), Some(&Data::String("universell".into())));
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut xml).unwrap();
        assert!(xml.contains("<dataValidation type=\"list\""), "{xml}");
        assert!(
            xml.contains("&quot;eksisterende,foreslått,pågår,pauset,avsluttet&quot;")
                || xml.contains("\"eksisterende,foreslått,pågår,pauset,avsluttet\""),
            "{xml}"
        );
        assert_eq!(read_new(&read_xlsx(&template_xlsx().unwrap()).unwrap()).unwrap(), vec![example()]);
    }
}
