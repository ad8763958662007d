//! Spreadsheets in and out. Norwegian spreadsheets are the real input: CSV separated by
//! semicolons or commas, in UTF-8 with or without a byte order mark or in
//! Windows-1252, dates as dd.mm.åååå, amounts with a decimal comma — or an XLSX file.
//! Reading gives a [`Table`] of text cells with their row numbers; the area modules
//! (`measures`) turn tables into domain values, reporting every problem with its row,
//! column and value, and write domain values back as CSV or XLSX.
//!
//! Invariant: arbitrary bytes never panic, they only give errors (property-tested).

pub mod jsonstat;
pub mod measures;
pub mod stattable;
mod table;
pub mod write;

pub use table::{Table, TableError, column_letter, read_csv, read_table, read_xlsx};
