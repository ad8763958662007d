//! `forebygg measures`: the import template, importing a spreadsheet into a plan (all
//! rows or none, with a progress bar), and exporting a plan's measures.

use forebygg_domain::ids::PlanId;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::{Subcommand, ValueEnum};
use forebygg_app::{AppError, Store, measures};
use forebygg_import::measures::{export_csv, export_xlsx, template_csv, template_xlsx};
use indicatif::{ProgressBar, ProgressStyle};

#[derive(Subcommand)]
pub enum MeasureCommand {
    /// Write the import template (headers and an example row).
    Template {
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Import a CSV or XLSX file of measures into a plan: every row, or none and every
    /// problem with its row and column.
    Import {
        /// The spreadsheet (CSV separated by ; or , in UTF-8 or Windows-1252, or XLSX).
        file: PathBuf,
        /// The plan's id (see `forebygg plan list`).
        #[arg(long, value_name = "ID")]
        plan: PlanId,
        /// Add every row as a new measure, leaving out the Id column of an export
        /// (to copy another plan's measures into this one).
        #[arg(long)]
        as_new: bool,
    },
    /// The coverage of a plan's measures: how many cells of themes × age bands ×
    /// prevention levels are gaps or overlaps, and how long the matrix took.
    Coverage {
        #[arg(long, value_name = "ID")]
        plan: PlanId,
    },
    /// Write a plan's measures in the template's columns.
    Export {
        #[arg(long, value_name = "ID")]
        plan: PlanId,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Csv,
    Xlsx,
}

fn write_out(bytes: &[u8], out: Option<PathBuf>) -> Result<()> {
    match out {
        Some(path) => std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display())),
        None => std::io::stdout().lock().write_all(bytes).context("cannot write to standard output"),
    }
}

pub async fn run(store: &dyn Store, command: MeasureCommand) -> Result<()> {
    match command {
        MeasureCommand::Template { format, out } => {
            let bytes = match format {
                Format::Csv => template_csv(),
                Format::Xlsx => template_xlsx()?,
            };
            write_out(&bytes, out)
        }
        MeasureCommand::Export { plan, format, out } => {
            let (_, scope) = crate::plans::operator_scope(store, plan).await?;
            let fields: Vec<_> = store.measures(&scope, plan).await?.into_iter().map(|m| (m.id, m.fields)).collect();
            let bytes = match format {
                Format::Csv => export_csv(&fields),
                Format::Xlsx => export_xlsx(&fields)?,
            };
            write_out(&bytes, out)
        }
        MeasureCommand::Coverage { plan } => {
            let (_, scope) = crate::plans::operator_scope(store, plan).await?;
            let all = store.measures(&scope, plan).await?;
            let started = std::time::Instant::now();
            let (kept, matrix) = measures::coverage(&all, |_| true);
            let fields: Vec<_> = kept.iter().map(|m| &m.fields).collect();
            let (gaps, overlaps) = (matrix.gaps().len(), matrix.overlaps(&fields).len());
            let took = started.elapsed();
            println!(
                "{} measures; {gaps} gaps; {overlaps} overlaps; {} not placed; matrix computed in {:.1} ms",
                all.len(),
                matrix.unplaced.len(),
                took.as_secs_f64() * 1000.0
            );
            Ok(())
        }
        MeasureCommand::Import { file, plan, as_new } => {
            let (_, scope) = crate::plans::operator_scope(store, plan).await?;
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let bar = ProgressBar::new(0).with_style(
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} rows")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar.set_message("reading");
            let mut progress = |done: usize, total: usize| {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            };
            let result = measures::import(store, &scope, plan, &bytes, as_new, &mut progress).await;
            bar.finish_and_clear();
            match result {
                Ok(n) => {
                    let count = |n: u64, word: &str| {
                        if n == 1 { format!("1 {word}measure") } else { format!("{n} {word}measures") }
                    };
                    println!("imported {} and changed {} in plan {plan}", count(n.added, "new "), count(n.changed, ""));
                    Ok(())
                }
                Err(AppError::Import(problems)) => {
                    let mut err = std::io::stderr().lock();
                    for p in &problems {
                        writeln!(err, "{}: {p}", file.display())?;
                    }
                    bail!("nothing was imported: {} problems in {}", problems.len(), file.display())
                }
                Err(e) => Err(e.into()),
            }
        }
    }
}
