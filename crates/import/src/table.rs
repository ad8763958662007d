//! Bytes to a table of text cells: CSV in any of the dialects Norwegian offices produce,
//! or the first sheet of an XLSX workbook.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use thiserror::Error;

/// A read spreadsheet: the header row and the data rows, each with its row number as
/// the user sees it (1 is the header). Rows with no text at all are left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The header's row as the user counts rows (the first row with any text).
    pub header_row: usize,
    pub headers: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum TableError {
    #[error("the file is empty: it has no header row")]
    Empty,
    #[error("row {row}: {message}")]
    Csv { row: usize, message: String },
    #[error("not a readable XLSX workbook: {0}")]
    Xlsx(String),
    /// A workbook that would unpack to more than a spreadsheet of measures ever needs
    /// (a "zip bomb", or one full of pictures).
    #[error("the workbook unpacks to more than {max_mb} MB or holds more than {max_files} files")]
    TooLarge { max_mb: u64, max_files: usize },
}

/// The most an XLSX workbook may unpack to, and the most parts it may hold.
pub const MAX_UNPACKED_BYTES: u64 = 100 * 1024 * 1024;
pub const MAX_PARTS: usize = 1000;

/// Measures a workbook by its zip directory before anything is unpacked.
fn check_size(bytes: &[u8]) -> Result<(), TableError> {
    let too_large = || TableError::TooLarge { max_mb: MAX_UNPACKED_BYTES / 1024 / 1024, max_files: MAX_PARTS };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| TableError::Xlsx(e.to_string()))?;
    if archive.len() > MAX_PARTS {
        return Err(too_large());
    }
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(|e| TableError::Xlsx(e.to_string()))?;
        total = total.saturating_add(part.size());
        if total > MAX_UNPACKED_BYTES {
            return Err(too_large());
        }
    }
    Ok(())
}

/// Reads CSV or XLSX, told apart by content (an XLSX file is a zip archive).
pub fn read_table(bytes: &[u8]) -> Result<Table, TableError> {
    if bytes.starts_with(b"PK\x03\x04") { read_xlsx(bytes) } else { read_csv(bytes) }
}

/// UTF-8 (a byte order mark is dropped) or, when the bytes are not UTF-8, Windows-1252
/// — what Excel on a Norwegian Windows saves as "CSV (semikolondelt)". Line ends become
/// `\n`, so that row numbers count as a user counts them.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    };
    text.replace("\r\n", "\n")
}

/// The separator the header line uses most, outside quotes: `;`, `,` or tab.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for ch in first.bytes() {
        if ch == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in &mut counts {
                if *d == ch {
                    *n += 1;
                }
            }
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map(|(d, _)| *d).unwrap_or(b';')
}

pub fn read_csv(bytes: &[u8]) -> Result<Table, TableError> {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| TableError::Csv {
            row: e.position().map(|p| p.line() as usize).unwrap_or(0),
            message: e.to_string(),
        })?;
        let row = record.position().map(|p| p.line() as usize).unwrap_or(lines.len() + 1);
        let cells = record.iter().map(|c| clean(crate::write::revive(c.trim()))).collect::<Vec<_>>();
        lines.push((row, cells));
    }
    table_of(lines)
}

pub fn read_xlsx(bytes: &[u8]) -> Result<Table, TableError> {
    check_size(bytes)?;
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| TableError::Xlsx(e.to_string()))?;
    let range = book.worksheet_range_at(0).ok_or(TableError::Empty)?.map_err(|e| TableError::Xlsx(e.to_string()))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let lines = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            // Cells left of the used range are empty; keep columns where the user sees them.
            let mut row: Vec<String> = vec![String::new(); first_col as usize];
            row.extend(cells.iter().map(cell_text));
            (first_row as usize + i + 1, row)
        })
        .collect();
    table_of(lines)
}

/// A cell's text as stored (no control characters, NFC; see `forebygg_domain::text`).
fn clean(cell: &str) -> String {
    forebygg_domain::text::normalise(cell).into_owned()
}

/// A cell as the text a user would have typed: dates as dd.mm.åååå, whole numbers
/// without decimals, other numbers with a decimal comma.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => clean(s.trim()),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string().replace('.', ","),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d.as_datetime().map(|d| d.format("%d.%m.%Y").to_string()).unwrap_or_else(|| d.to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// The first row with any text is the header; rows without text are dropped.
fn table_of(lines: Vec<(usize, Vec<String>)>) -> Result<Table, TableError> {
    let mut lines = lines.into_iter().filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let (header_row, headers) = lines.next().ok_or(TableError::Empty)?;
    Ok(Table { header_row, headers, rows: lines.collect() })
}

/// The spreadsheet name of a column: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_workbook_of_too_many_parts_is_refused_before_it_is_unpacked() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for i in 0..=MAX_PARTS {
            zip.start_file(format!("xl/part{i}.xml"), stored).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert!(matches!(read_table(&bytes), Err(TableError::TooLarge { max_mb: 100, max_files: 1000 })));
        // An ordinary workbook passes the measure.
        let workbook = crate::write::xlsx("Tiltak", &["Navn".to_owned()], &[vec!["Ungdomsklubb".to_owned()]]).unwrap();
        assert_eq!(read_table(&workbook).unwrap().rows[0].1, ["Ungdomsklubb"]);
    }

    #[test]
    fn windows_1252_semicolons_without_bom() {
        // "Navn;Eier\nFamiliens hus;Helsestasjonen på Ås\n" in Windows-1252.
        let mut bytes = b"Navn;Eier\r\nFamiliens hus;Helsestasjonen p".to_vec();
        bytes.push(0xE5); // å
        bytes.extend_from_slice(b" ");
        bytes.push(0xC5); // Å
        bytes.extend_from_slice(b"s\r\n;\r\n");
        let t = read_csv(&bytes).unwrap();
        assert_eq!(t.headers, ["Navn", "Eier"]);
        assert_eq!(t.rows, vec![(2, vec!["Familiens hus".to_owned(), "Helsestasjonen på Ås".to_owned()])]);
    }

    #[test]
    fn utf8_with_bom_commas_and_quotes() {
        let t = read_csv("\u{feff}Navn,Beskrivelse\n\"Kafé, åpen\",\"Sier \"\"hei\"\"\"\n".as_bytes()).unwrap();
        assert_eq!(t.headers, ["Navn", "Beskrivelse"]);
        assert_eq!(t.rows[0].1, ["Kafé, åpen", "Sier \"hei\""]);
        assert_eq!(read_csv(b"").unwrap_err(), TableError::Empty);
        assert_eq!(read_csv(b"\n;;\n").unwrap_err(), TableError::Empty);
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(17), "R");
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read_table(&bytes);
            let mut zip = b"PK\x03\x04".to_vec();
            zip.extend_from_slice(&bytes);
            prop_assert!(read_table(&zip).is_err());
        }
    }
}
