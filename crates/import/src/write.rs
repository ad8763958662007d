//! Tables written for spreadsheets: CSV the way Norwegian Excel opens it (a byte order
//! mark and semicolons), and XLSX with a bold, frozen header row.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// Rows (the first is the header) as CSV.
pub fn csv(rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new().delimiter(b';').from_writer(vec![0xEF, 0xBB, 0xBF]);
    for row in rows {
        // Writing to memory cannot fail; a row that did would only be missing.
        let _ = out.write_record(&row);
    }
    out.into_inner().unwrap_or_default()
}

/// A header and rows as a one-sheet workbook; empty cells are left blank.
pub fn xlsx(sheet_name: &str, header: &[String], rows: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    let name: String = sheet_name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    sheet.set_name(name)?;
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
