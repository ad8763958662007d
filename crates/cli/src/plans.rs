//! `forebygg plan list`: the plans of one municipality or of all, as a table or JSON;
//! `forebygg plan check`: the plan check's findings and score, with its time.

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
    /// Run the plan check (law, hearings, expected themes, Seljord criteria,
    /// traceability): the score and each finding with the places it names.
    Check {
        #[arg(long)]
        plan: PlanId,
        /// Run it this many times and print each run's time (for the benchmark).
        #[arg(long, default_value_t = 1)]
        repeat: u32,
        /// Print JSON instead of lines.
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
    match command {
        PlanCommand::List { org, json } => list(store, org, json).await,
        PlanCommand::Check { plan, repeat, json } => check(store, plan, repeat, json).await,
    }
}

/// Gathers the plan's data from the store and runs the rules, `repeat` times, each
/// timed as a whole (what a page pays) and the rules alone.
async fn check(store: &dyn Store, plan: PlanId, repeat: u32, as_json: bool) -> Result<()> {
    let (_, scope) = operator_scope(store, plan).await?;
    let checked = || async {
        let started = std::time::Instant::now();
        let input = forebygg_app::check::gather(store, &scope, plan).await?;
        let gathered = started.elapsed();
        let report = forebygg_domain::check::check(&input);
        anyhow::Ok((report, input, gathered, started.elapsed()))
    };
    let mut runs = Vec::new();
    for _ in 0..repeat.max(1) {
        runs.push(checked().await?);
    }
    if repeat > 1 {
        for (i, (_, input, gathered, took)) in runs.iter().enumerate() {
            eprintln!(
                "check {}: {:.2} ms (rules {:.3} ms; {} measures, {} inputs)",
                i + 1,
                took.as_secs_f64() * 1000.0,
                (*took - *gathered).as_secs_f64() * 1000.0,
                input.measures.len(),
                input.inputs.len()
            );
        }
    }
    let (report, ..) = runs.pop().ok_or_else(|| anyhow::anyhow!("the check did not run"))?;
    if as_json {
        let findings: Vec<_> = report
            .findings
            .iter()
            .map(|f| json!({"rule": f.rule, "area": f.area.as_str(), "severity": f.severity.as_str(), "hits": f.hits.len()}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&json!({"score": report.total.percent(), "findings": findings}))?);
        return Ok(());
    }
    println!("{} % met; {} findings; {} rules passed", report.total.percent(), report.findings.len(), report.passed);
    for f in &report.findings {
        let places = if f.hits.len() == 1 { "1 place".to_owned() } else { format!("{} places", f.hits.len()) };
        println!("{:<6}  {:<12}  {}  ({places})", f.severity.as_str(), f.area.as_str(), f.rule);
    }
    Ok(())
}

async fn list(store: &dyn Store, org: Option<String>, json: bool) -> Result<()> {
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
