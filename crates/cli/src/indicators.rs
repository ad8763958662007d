//! `forebygg indicators`: the knowledge base's statistics in and out.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::{Subcommand, ValueEnum};
use forebygg_app::indicators::{Imported, Step, import_json_stat};
use forebygg_app::{OrgScope, Store};
use forebygg_domain::indicators::Region;
use forebygg_import::stattable::Column;
use indicatif::{ProgressBar, ProgressStyle};

#[derive(Subcommand)]
pub enum IndicatorCommand {
    /// Import a statistics table into a municipality's knowledge base: JSON-stat 2.0
    /// (FHI, SSB), FHI's semicolon CSV, or a spreadsheet (Ungdata, Bufdir; CSV or XLSX,
    /// the header possibly below a title). Every value, or none and every problem with
    /// its JSON path or row and column. Older municipality numbers are put on today's.
    Import {
        file: PathBuf,
        /// The municipality (or county) number.
        #[arg(long, value_name = "NUMBER")]
        org: String,
        /// The publisher, when the file does not name it (a sheet's mapping is
        /// remembered per source).
        #[arg(long, value_name = "NAME")]
        source: Option<String>,
        /// For a sheet whose header is not recognised: the header's row...
        #[arg(long, value_name = "ROW", requires = "columns")]
        header_row: Option<usize>,
        /// ...and what each column holds, in order: region, period, value, indicator,
        /// unit, flag, breakdown, or nothing (`region,period,,value`).
        #[arg(long, value_name = "LIST", requires = "header_row")]
        columns: Option<String>,
    },
    /// Compare each of a municipality's indicators with its county and the country:
    /// the latest figure and whether it stands out (the rule is in compare.rs).
    Compare {
        #[arg(long, value_name = "NUMBER")]
        org: String,
        /// Run it this many times and print each run's time (for the benchmark).
        #[arg(long, default_value_t = 1)]
        repeat: u32,
    },
    /// Write what a municipality has: indicator, period, place, value and flag.
    Export {
        #[arg(long, value_name = "NUMBER")]
        org: String,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

pub async fn run(store: &dyn Store, command: IndicatorCommand) -> Result<()> {
    match command {
        IndicatorCommand::Import { file, org, source, header_row, columns } => {
            let org = crate::users::find_org(store, &org).await?;
            let scope = OrgScope::operator(&org);
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let bar = ProgressBar::new(3).with_style(
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            let mut progress = |step: Step| {
                let (n, words) = match step {
                    Step::Reading => (0, "reading"),
                    Step::Renumbering => (1, "putting old municipality numbers on today's"),
                    Step::Storing => (2, "storing"),
                };
                bar.set_position(n);
                bar.set_message(words);
            };
            let started = std::time::Instant::now();
            let columns: Option<Vec<Column>> = columns.map(|c| c.split(',').map(Column::from_code).collect());
            let mapping = header_row.zip(columns.as_deref());
            let result = if forebygg_app::indicators::is_json(&bytes) {
                import_json_stat(store, &scope, &bytes, source.as_deref(), &mut progress).await
            } else {
                let source = source.as_deref().unwrap_or_default();
                forebygg_app::indicators::import_sheet(store, &scope, &bytes, source, mapping, &mut progress).await
            };
            let took = started.elapsed();
            bar.finish_and_clear();
            match result? {
                Imported::Stored(report) => {
                    println!(
                        "imported {} values of {} indicator{} into {} in {:.1} ms",
                        report.observations,
                        report.indicators,
                        if report.indicators == 1 { "" } else { "s" },
                        org.code,
                        took.as_secs_f64() * 1000.0
                    );
                    let p = &report.places;
                    if !p.unknown.is_empty() {
                        println!("not municipality numbers of 1994–2024, left out: {}", p.unknown.join(", "));
                    }
                    if !p.divided.is_empty() {
                        println!("municipalities divided since, left out: {}", p.divided.join(", "));
                    }
                    for (old, today, also) in &p.split {
                        println!("{old} is kept on {today}; part of it is now {}", also.join(", "));
                    }
                    if !p.not_added.is_empty() {
                        println!(
                            "merged municipalities whose rates could not be added up (shown as not computable): {}",
                            p.not_added.join(", ")
                        );
                    }
                    Ok(())
                }
                Imported::RefusedSheet(problems) => {
                    let mut err = std::io::stderr().lock();
                    for p in &problems {
                        writeln!(err, "{}: {p}", file.display())?;
                    }
                    bail!("nothing was imported: {} problems in {}", problems.len(), file.display())
                }
                Imported::Mapping { row, headers, suggested } => {
                    let guess: Vec<&str> = suggested.iter().map(|c| c.code()).collect();
                    bail!(
                        "the header of {} (row {row}: {}) was not recognised; say what each column holds, e.g. \
                         --header-row {row} --columns {}",
                        file.display(),
                        headers.join(" | "),
                        guess.join(",")
                    )
                }
                Imported::Refused(problems) => {
                    let mut err = std::io::stderr().lock();
                    for p in &problems {
                        writeln!(err, "{}: {p}", file.display())?;
                    }
                    bail!("nothing was imported: {} problems in {}", problems.len(), file.display())
                }
            }
        }
        IndicatorCommand::Compare { org, repeat } => compare(store, &org, repeat).await,
        IndicatorCommand::Export { org, format } => {
            let org = crate::users::find_org(store, &org).await?;
            let scope = OrgScope::operator(&org);
            let mut rows: Vec<Vec<String>> = Vec::new();
            for indicator in store.indicators(&scope).await? {
                for o in store.observations(&scope, indicator.id).await? {
                    let region = match &o.region {
                        Region::Country => "0".to_owned(),
                        Region::County(c) | Region::Municipality(c) => c.clone(),
                    };
                    let breakdown = o.breakdown.iter().map(|(d, c)| format!("{d}={c}")).collect::<Vec<_>>().join(" ");
                    rows.push(vec![
                        indicator.key.source.clone(),
                        indicator.key.label.clone(),
                        indicator.key.measure_label.clone(),
                        region,
                        o.period.label(),
                        breakdown,
                        o.value.map(|v| v.to_string()).unwrap_or_default(),
                        o.flag.map(|f| f.code().to_owned()).unwrap_or_default(),
                    ]);
                }
            }
            let header = ["source", "indicator", "measure", "region", "period", "breakdown", "value", "flag"];
            let bytes = match format {
                Format::Csv => forebygg_import::write::csv(
                    std::iter::once(header.iter().map(|h| (*h).to_owned()).collect()).chain(rows),
                ),
                Format::Json => {
                    let objects: Vec<serde_json::Value> = rows
                        .into_iter()
                        .map(|r| {
                            let mut o = serde_json::Map::new();
                            for (h, v) in header.iter().zip(r) {
                                let value = match (*h, v.parse::<f64>()) {
                                    ("value", Ok(n)) => serde_json::json!(n),
                                    (_, _) if v.is_empty() => serde_json::Value::Null,
                                    _ => serde_json::Value::String(v),
                                };
                                o.insert((*h).to_owned(), value);
                            }
                            serde_json::Value::Object(o)
                        })
                        .collect();
                    let mut text = serde_json::to_vec_pretty(&objects)?;
                    text.push(b'\n');
                    text
                }
            };
            std::io::stdout().lock().write_all(&bytes).context("cannot write to standard output")
        }
    }
}

/// Every indicator of the organisation compared, `repeat` times, each run timed as a
/// whole (reading the figures from the store and comparing, as a page does).
async fn compare(store: &dyn Store, org: &str, repeat: u32) -> Result<()> {
    let org = crate::users::find_org(store, org).await?;
    let scope = OrgScope::operator(&org);
    let mut last = Vec::new();
    for run in 1..=repeat.max(1) {
        let started = std::time::Instant::now();
        last = forebygg_app::indicators::compared_all(store, &scope, &org).await?;
        if repeat > 1 {
            eprintln!("compare {run}: {:.3} ms ({} indicators)", started.elapsed().as_secs_f64() * 1000.0, last.len());
        }
    }
    for c in &last {
        let f = forebygg_app::indicators::figures(c, "Norway");
        let finding = match f.finding {
            Some(s) => format!("{} in {}: {}", s.value.0, s.period.label(), s.standing.as_str()),
            None => "nothing to compare with".to_owned(),
        };
        println!("{}  {finding}", f.title);
    }
    Ok(())
}
