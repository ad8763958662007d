//! Tables written for spreadsheets: CSV the way Norwegian Excel opens it (a byte order
//! mark and semicolons), and XLSX with a bold, frozen header row.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The characters a spreadsheet reads as the start of a formula (or that hide one).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell a spreadsheet will show as text, never run: one that starts like a formula
/// gets an apostrophe first (OWASP's advice for CSV injection). [`crate::table`]
/// takes it off again when the file is read back.
pub fn inert(cell: &str) -> String {
    if looks_like_formula(cell) { format!("'{cell}") } else { cell.to_owned() }
}

/// Starts like a formula once any apostrophes before it are taken away (so that a
/// cell that already starts with apostrophes reads back as written, too).
fn looks_like_formula(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A cell read from a CSV file, without the apostrophe [`inert`] put before it.
pub fn revive(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => cell,
    }
}

/// Rows (the first is the header) as CSV, every cell [`inert`].
pub fn csv(rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new().delimiter(b';').from_writer(vec![0xEF, 0xBB, 0xBF]);
    for row in rows {
        // Writing to memory cannot fail; a row that did would only be missing.
        let _ = out.write_record(row.iter().map(|c| inert(c)));
    }
    out.into_inner().unwrap_or_default()
}

/// A name Excel accepts for a sheet: without `[]:*?/\`, not starting or ending with an
/// apostrophe, at most 31 UTF-16 units (an emoji counts two), never empty.
fn sheet_name_of(wanted: &str) -> String {
    let allowed: String = wanted.chars().filter(|c| !"[]:*?/\\".contains(*c)).collect();
    let mut name = String::new();
    for c in allowed.trim().trim_matches('\'').chars() {
        if name.encode_utf16().count() + c.len_utf16() > 31 {
            break;
        }
        name.push(c);
    }
    let name = name.trim().trim_end_matches('\'').trim_end().to_owned();
    if name.is_empty() { "Ark1".to_owned() } else { name }
}

/// A header and rows as a one-sheet workbook; empty cells are left blank.
pub fn xlsx(sheet_name: &str, header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name_of(sheet_name))?;
    for (col, h) in header.iter().enumerate() {
        sheet.write_with_format(0, col as u16, h, &bold)?;
        sheet.set_column_width(col as u16, 20)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (col, value) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
            sheet.write(r as u32 + 1, col as u16, value)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_cell_that_starts_like_a_formula_is_written_as_text() {
        let bytes =
            csv([vec!["Navn".into(), "Eier".into()], vec!["=HYPERLINK(\"http://evil\")".into(), "-500".into()]]);
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(text, "Navn;Eier\n\"'=HYPERLINK(\"\"http://evil\"\")\";'-500\n");
        for cell in ["@SUM(A1)", "+1", "\tx", "\rx", "=1+1"] {
            assert!(inert(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(inert("Helsestasjonen"), "Helsestasjonen");
        assert_eq!(inert("'sitat'"), "'sitat'", "an apostrophe before ordinary text stays as written");
    }

    #[test]
    fn any_title_makes_a_sheet_name_excel_accepts() {
        assert_eq!(sheet_name_of("Tiltak [2026]: ja/nei?"), "Tiltak 2026 janei");
        assert_eq!(sheet_name_of("'sitat'"), "sitat");
        assert_eq!(sheet_name_of("' '"), "Ark1");
        assert_eq!(sheet_name_of("🌀".repeat(20).as_str()).chars().count(), 15, "two UTF-16 units each");
    }

    proptest! {
        #[test]
        fn any_sheet_name_opens(name in any::<String>()) {
            prop_assert!(xlsx(&name, &["a".to_owned()], &[]).is_ok(), "{name:?}");
        }

        #[test]
        fn what_is_written_inert_reads_back_the_same(cell in "[=+@'a-c\\-]{0,6}") {
            prop_assert!(!inert(&cell).starts_with(FORMULA_STARTS));
            let written = inert(&cell);
            prop_assert_eq!(revive(&written), cell.as_str());
        }
    }
}
