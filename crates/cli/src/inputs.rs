//! `forebygg inputs export`: every input of a plan, for the archive or a spreadsheet.

use forebygg_domain::ids::PlanId;
use std::io::Write;

use anyhow::Result;
use clap::{Subcommand, ValueEnum};
use forebygg_app::{Input, Store};
use forebygg_domain::timeline::dates::oslo_local;
use serde_json::json;

#[derive(Subcommand)]
pub enum InputCommand {
    /// Write every input of a plan with its reference number, channel, received time,
    /// decision and sender.
    Export {
        /// The plan's id (see `forebygg plan list`).
        #[arg(long, value_name = "ID")]
        plan: PlanId,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Received time in Norwegian local time, ISO 8601 (sorts as text).
fn received(input: &Input) -> String {
    oslo_local(input.received_at).format("%Y-%m-%dT%H:%M:%S").to_string()
}

pub async fn run(store: &dyn Store, command: InputCommand) -> Result<()> {
    let InputCommand::Export { plan, format } = command;
    let (_, scope) = crate::plans::operator_scope(store, plan).await?;
    let inputs = store.inputs(&scope, plan).await?;
    let stdout = std::io::stdout();
    match format {
        Format::Json => {
            let rows: Vec<_> = inputs
                .iter()
                .map(|i| {
                    let s = &i.fields.sender;
                    json!({
                        "reference": i.reference(),
                        "channel": i.fields.channel.as_str(),
                        "received": received(i),
                        "decision": i.assessment.as_ref().map(|a| a.decision.as_str()),
                        "justification": i.assessment.as_ref().map(|a| a.justification.as_str()),
                        "hidden_reason": i.hidden_reason,
                        "sender": {
                            "name": s.name,
                            "organisation": s.organisation,
                            "email": s.email.as_ref().map(|e| e.as_str()),
                            "name_may_be_published": s.name_may_be_published,
                        },
                        "text": i.fields.text,
                        "dialogue_conference": i.fields.origin,
                    })
                })
                .collect();
            writeln!(stdout.lock(), "{}", serde_json::to_string_pretty(&rows)?)?;
        }
        Format::Csv => {
            let mut out = csv::Writer::from_writer(stdout.lock());
            out.write_record([
                "reference",
                "channel",
                "received",
                "decision",
                "sender_name",
                "sender_organisation",
                "sender_email",
                "text",
            ])?;
            for i in &inputs {
                let s = &i.fields.sender;
                out.write_record([
                    i.reference().as_str(),
                    i.fields.channel.as_str(),
                    received(i).as_str(),
                    i.assessment.as_ref().map(|a| a.decision.as_str()).unwrap_or_default(),
                    s.name.as_deref().unwrap_or_default(),
                    s.organisation.as_deref().unwrap_or_default(),
                    s.email.as_ref().map(|e| e.as_str()).unwrap_or_default(),
                    i.fields.text.as_str(),
                ])?;
            }
            out.flush()?;
        }
    }
    Ok(())
}
