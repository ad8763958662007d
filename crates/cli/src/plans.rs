//! `forebygg plan list`: the plans of one municipality or of all, as a table or JSON.

use anyhow::Result;
use clap::Subcommand;
use forebygg_app::{OrgScope, Store};
use forebygg_domain::Lang;
use forebygg_domain::ids::PlanId;
use forebygg_domain::plan::{Plan, register};
use serde_json::json;

use crate::users::find_org;

#[derive(Subcommand)]
pub enum PlanCommand {
    /// List plans with id, municipality number, type, title and phase.
    List {
        /// Only this municipality (number) or organisation (code).
        #[arg(long, value_name = "KOMMUNENUMMER")]
        org: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// A plan by id with the scope of its organisation, for commands that act as the
/// operator on one plan.
pub async fn operator_scope(store: &dyn Store, plan: PlanId) -> Result<(Plan, OrgScope)> {
    let found = store
        .all_plans()
        .await?
        .into_iter()
        .find(|p| p.id == plan)
        .ok_or_else(|| anyhow::anyhow!("no plan with id {plan}; see `forebygg plan list`"))?;
    let org = store
        .organisations()
        .await?
        .into_iter()
        .find(|o| o.id == found.org_id)
        .ok_or_else(|| anyhow::anyhow!("the plan's organisation is missing"))?;
    Ok((found, OrgScope::operator(&org)))
}

pub async fn run(store: &dyn Store, command: PlanCommand) -> Result<()> {
    let PlanCommand::List { org, json } = command;
    let orgs = store.organisations().await?;
    let plans: Vec<Plan> = match org {
        Some(code) => store.plans(&OrgScope::operator(&find_org(store, &code).await?)).await?,
        None => store.all_plans().await?,
    };
    let code_of =
        |plan: &Plan| orgs.iter().find(|o| o.id == plan.org_id).map(|o| o.code.to_string()).unwrap_or_default();
    if json {
        let rows: Vec<_> = plans
            .iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "municipality": code_of(p),
                    "type": p.plan_type,
                    "title": p.title,
                    "phase": p.phase.as_str(),
                    "period": p.period.map(|x| x.to_string()),
                    "under_pbl": p.under_pbl,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    let rows: Vec<[String; 5]> = plans
        .iter()
        .map(|p| {
            let kind = register().plan_type(&p.plan_type).map(|t| t.name(Lang::Nb).to_owned());
            [
                p.id.to_string(),
                code_of(p),
                kind.unwrap_or_else(|| p.plan_type.clone()),
                p.title.clone(),
                p.phase.as_str().into(),
            ]
        })
        .collect();
    let header = ["ID", "KOMMUNE", "TYPE", "TITTEL", "FASE"].map(String::from);
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = row.iter().zip(widths).map(|(c, w)| format!("{c:<w$}")).collect();
        println!("{}", cells.join("  ").trim_end());
    }
    if rows.is_empty() {
        println!("(no plans)");
    }
    Ok(())
}
