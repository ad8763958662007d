//! `forebygg document render`: the plan document (current, or a frozen version) as a
//! PDF or Word file from the command line — for archiving, and for `bench/render`,
//! which times a cold and then warm renders in one process with `--repeat`.

use forebygg_domain::ids::{PlanId, VersionId};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, anyhow};
use clap::{Subcommand, ValueEnum};
use forebygg_app::Store;
use forebygg_domain::Lang;

use crate::plans::operator_scope;

#[derive(Subcommand)]
pub enum DocumentCommand {
    /// Write the plan document as PDF (typst, inside the program) or DOCX.
    Render {
        /// The plan's id (see `forebygg plan list`).
        #[arg(long, value_name = "ID")]
        plan: PlanId,
        /// A frozen version's id instead of the current text.
        #[arg(long, value_name = "ID")]
        version: Option<VersionId>,
        #[arg(long, value_enum, default_value_t = FileFormat::Pdf)]
        format: FileFormat,
        /// The labels' language: nb, nn or en.
        #[arg(long, default_value = "nb")]
        lang: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Render this many times in one process and print each time (the first is
        /// cold, the rest warm): for benchmarks.
        #[arg(long, default_value_t = 1, value_name = "N")]
        repeat: usize,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FileFormat {
    Pdf,
    Docx,
}

pub async fn run(store: &dyn Store, command: DocumentCommand) -> Result<()> {
    let DocumentCommand::Render { plan, version, format, lang, out, repeat } = command;
    let lang = Lang::parse(&lang).map_err(|_| anyhow!("--lang must be nb, nn or en, not '{lang}'"))?;
    let (_, scope) = operator_scope(store, plan).await?;
    let doc = forebygg_app::document::load(store, &scope, plan).await?;
    let frozen = match version {
        Some(vid) => Some(
            store
                .versions(&scope, plan)
                .await?
                .into_iter()
                .find(|v| v.id == vid)
                .ok_or_else(|| anyhow!("plan {plan} has no version {vid}"))?,
        ),
        None => None,
    };
    let org =
        store.organisations().await?.into_iter().find(|o| o.id == doc.plan.org_id).map(|o| o.name).unwrap_or_default();
    let model = forebygg_texts::document_model(lang, &org, &doc, frozen.as_ref());
    let typesetter = match format {
        FileFormat::Pdf => Some(forebygg_render_pdf::Typesetter::new()?),
        FileFormat::Docx => None,
    };
    let mut bytes = Vec::new();
    for round in 1..=repeat.max(1) {
        let started = Instant::now();
        let pages = match &typesetter {
            Some(t) => {
                let pdf = t.pdf(&model)?;
                bytes = pdf.bytes;
                Some(pdf.pages)
            }
            None => {
                bytes = forebygg_render::docx::docx(&model)?;
                None
            }
        };
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        match pages {
            Some(pages) => println!("render {round}: {ms:.0} ms, {pages} pages"),
            None => println!("render {round}: {ms:.0} ms"),
        }
    }
    std::fs::write(&out, &bytes).with_context(|| format!("cannot write {}", out.display()))
}
