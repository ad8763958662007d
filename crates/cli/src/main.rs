//! `forebygg`: the server and the operator's command line.

mod config;
mod document;
mod indicators;
mod inputs;
mod mail;
mod measures;
mod password;
mod plans;
mod serve;
mod users;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};
use clap::{Args, Parser, Subcommand};
use forebygg_app::organisations::{self, RegionalBodyForm};
use forebygg_app::{AppError, Store, demo};
use forebygg_domain::{Email, PersonName};

use crate::config::Database;

/// mimalloc hands freed memory back to the system: with the system allocator each
/// argon2 hash (19 MiB, on whichever blocking thread runs it) stayed resident, and a
/// dozen logins grew the server by 120 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "forebygg", version, about = "Plans for preventive work with children, youth and parents")]
struct Cli {
    #[command(flatten)]
    db: Database,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve(Serve),
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage organisations (regional bodies; municipalities and counties are built in).
    #[command(subcommand)]
    Org(OrgCommand),
    /// The register of inputs to a plan.
    #[command(subcommand)]
    Inputs(inputs::InputCommand),
    /// Plans of the municipalities.
    #[command(subcommand)]
    Plan(plans::PlanCommand),
    /// The register of measures of a plan: import template, import and export.
    #[command(subcommand)]
    Measures(measures::MeasureCommand),
    /// The plan document as a PDF or Word file.
    #[command(subcommand)]
    Document(document::DocumentCommand),
    /// The knowledge base's statistics: import a table, export what a municipality has.
    #[command(subcommand)]
    Indicators(indicators::IndicatorCommand),
    /// Apply database migrations and print the schema version.
    Migrate,
    /// Write a consistent copy of the database while the server keeps running.
    Backup {
        /// The file to write; it must not exist.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Load the demo data (safe to run again).
    Demo {
        /// Also give every municipality of this county plans in different phases, and
        /// the county an adviser (radgiver.<county>@statsforvalteren.demo): the county
        /// dashboard's benchmark data.
        #[arg(long, value_name = "NUMBER")]
        county: Option<String>,
    },
}

#[derive(Args)]
pub struct Serve {
    /// Address to listen on.
    #[arg(long, env = "FOREBYGG_ADDR", default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    pub addr: SocketAddr,
    /// Load the demo data and show the demo logins on the login page.
    #[arg(long, env = "FOREBYGG_DEMO")]
    pub demo: bool,
    /// Mark cookies Secure even without `X-Forwarded-Proto: https` from a proxy.
    #[arg(long, env = "FOREBYGG_SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Hearing responses one browser session may send to one hearing in ten minutes
    /// (a limit per session, never per address: a school shares one).
    #[arg(long, env = "FOREBYGG_HEARING_LIMIT", default_value_t = 10, value_name = "N")]
    pub hearing_limit: usize,
    /// Hearing responses one network address may send to one hearing in ten minutes
    /// before each further one must answer a small sum (well above a school's lesson).
    #[arg(long, env = "FOREBYGG_HEARING_ADDRESS_LIMIT", default_value_t = 300, value_name = "N")]
    pub hearing_address_limit: usize,
    /// Take the client's address from the last entry of `X-Forwarded-For`; set this
    /// only behind a reverse proxy that writes that header.
    #[arg(long, env = "FOREBYGG_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,
    /// Seconds a client has to send a request's headers; a connection that sends half
    /// a request and waits (slowloris) is closed after this.
    #[arg(long, env = "FOREBYGG_HEADER_TIMEOUT", default_value_t = 10, value_name = "SECONDS")]
    pub header_timeout: u64,
    /// Seconds a client has to send a request's body once its headers are in.
    #[arg(long, env = "FOREBYGG_BODY_TIMEOUT", default_value_t = 60, value_name = "SECONDS")]
    pub body_timeout: u64,
    /// Connections served at once; more wait to be accepted.
    #[arg(long, env = "FOREBYGG_MAX_CONNECTIONS", default_value_t = 1024, value_name = "N")]
    pub max_connections: usize,
    #[command(flatten)]
    pub mail: mail::MailOptions,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user with a role in one organisation. The password is prompted for,
    /// or read from the first line of standard input when that is not a terminal.
    Add {
        #[command(flatten)]
        grant: users::RoleArgs,
        /// Display name (defaults to the part of the e-mail address before @).
        #[arg(long)]
        name: Option<String>,
        /// May add regional bodies in the web interface.
        #[arg(long)]
        site_admin: bool,
    },
    /// Give an existing user a role in another organisation.
    Grant(users::RoleArgs),
    /// End every session of a person at once (a lost laptop, a person leaving): they
    /// must log in again everywhere.
    Logout {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum OrgCommand {
    /// Add a regional body (county_governor, ks, competence_centre, other).
    Add {
        #[arg(long)]
        kind: String,
        #[arg(long)]
        name: String,
        /// County number, e.g. 46 for Vestland.
        #[arg(long)]
        county: Option<String>,
    },
}

fn main() {
    let cli = Cli::parse();
    init_tracing();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => fail(&anyhow!("cannot start the async runtime: {e}")),
    };
    if let Err(e) = runtime.block_on(run(cli)) {
        fail(&e);
    }
}

/// Prints the error with its causes on one line and exits with status 1.
fn fail(e: &anyhow::Error) -> ! {
    let line = format!("{e:#}").replace('\n', " ");
    let _ = writeln!(std::io::stderr(), "error: {line}");
    std::process::exit(1);
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("FOREBYGG_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}

async fn run(cli: Cli) -> Result<()> {
    let shared = cli.db.open().await?;
    let store: &dyn Store = &*shared;
    organisations::sync_register(store).await?;
    match cli.command {
        Command::Serve(args) => serve::run(shared.clone(), args).await,
        Command::Plan(command) => plans::run(store, command).await,
        Command::Inputs(command) => inputs::run(store, command).await,
        Command::Measures(command) => measures::run(store, command).await,
        Command::Document(command) => document::run(store, command).await,
        Command::Indicators(command) => indicators::run(store, command).await,
        Command::Migrate => {
            println!("schema version {} ({})", store.schema_version().await?, store.backend());
            Ok(())
        }
        Command::Backup { to } => {
            store.backup_to(&to).await.context("backup failed")?;
            println!("backup written to {}", to.display());
            Ok(())
        }
        Command::Demo { county: None } => {
            demo::load(store).await?;
            println!("demo data loaded: municipality {} with one user per role", demo::DEMO_MUNICIPALITY);
            Ok(())
        }
        Command::Demo { county: Some(county) } => {
            let (governor, n) = demo::load_county(store, &county).await?;
            println!(
                "demo data loaded, and plans for the {n} municipalities of county {county}; \
                 its adviser radgiver.{county}@statsforvalteren.demo at /organisations/{}",
                governor.code
            );
            Ok(())
        }
        Command::User(UserCommand::Add { grant, name, site_admin }) => {
            users::add(store, &grant, name.as_deref(), site_admin).await
        }
        Command::User(UserCommand::Grant(grant)) => users::grant(store, &grant).await,
        Command::User(UserCommand::Logout { email }) => users::logout(store, &email).await,
        Command::Org(OrgCommand::Add { kind, name, county }) => {
            let operator = forebygg_app::User {
                id: forebygg_domain::ids::UserId::new(0),
                email: Email::parse("operator@localhost.localdomain")?,
                name: PersonName::parse("operator")?,
                lang: None,
                site_admin: true,
            };
            let form = RegionalBodyForm { kind, name, county: county.unwrap_or_default() };
            let org = organisations::add_regional_body(store, &operator, &form).await.map_err(describe)?;
            println!("added {} ({}) with code {}", org.name, org.kind.as_str(), org.code);
            Ok(())
        }
    }
}

/// A use-case error as one line for the terminal.
pub fn describe(e: AppError) -> anyhow::Error {
    match e {
        AppError::Invalid(errors) => anyhow!("{errors}"),
        AppError::Conflict { message, .. } => anyhow!("{message}"),
        other => anyhow!(other),
    }
}
