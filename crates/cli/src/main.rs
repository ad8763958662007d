//! `forebygg`: the server and the operator's command line.

mod config;
mod password;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Parser, Subcommand};
use forebygg_app::organisations::{self, RegionalBodyForm};
use forebygg_app::{AppError, OrgScope, Store, demo, members};
use forebygg_domain::{Email, PersonName, Role};
use forebygg_web::{AppState, WebConfig};

use crate::config::Database;

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
    /// Apply database migrations and print the schema version.
    Migrate,
    /// Write a consistent copy of the database while the server keeps running.
    Backup {
        /// The file to write; it must not exist.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Load the demo data (safe to run again).
    Demo,
}

#[derive(Args)]
struct Serve {
    /// Address to listen on.
    #[arg(long, env = "FOREBYGG_ADDR", default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    addr: SocketAddr,
    /// Load the demo data and show the demo logins on the login page.
    #[arg(long, env = "FOREBYGG_DEMO")]
    demo: bool,
    /// Mark cookies Secure even without `X-Forwarded-Proto: https` from a proxy.
    #[arg(long, env = "FOREBYGG_SECURE_COOKIES")]
    secure_cookies: bool,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user with a role in one organisation. The password is prompted for,
    /// or read from the first line of standard input when that is not a terminal.
    Add {
        /// Municipality number (e.g. 3425), county number (e.g. 34) or code of a regional body.
        #[arg(long, value_name = "KOMMUNENUMMER")]
        org: String,
        #[arg(long, value_name = "E-MAIL")]
        email: String,
        /// admin, plan-lead, editor, contributor, reader or regional-adviser.
        #[arg(long, value_name = "ROLE")]
        role: String,
        /// Display name (defaults to the part of the e-mail address before @).
        #[arg(long)]
        name: Option<String>,
        /// May add regional bodies in the web interface.
        #[arg(long)]
        site_admin: bool,
    },
    /// Give an existing user a role in another organisation.
    Grant {
        #[arg(long, value_name = "KOMMUNENUMMER")]
        org: String,
        #[arg(long, value_name = "E-MAIL")]
        email: String,
        #[arg(long, value_name = "ROLE")]
        role: String,
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
        Command::Serve(args) => serve(shared.clone(), args).await,
        Command::Migrate => {
            println!("schema version {} ({})", store.schema_version().await?, store.backend());
            Ok(())
        }
        Command::Backup { to } => {
            store.backup_to(&to).await.context("backup failed")?;
            println!("backup written to {}", to.display());
            Ok(())
        }
        Command::Demo => {
            demo::load(store).await?;
            println!("demo data loaded: municipality {} with one user per role", demo::DEMO_MUNICIPALITY);
            Ok(())
        }
        Command::User(UserCommand::Add { org, email, role, name, site_admin }) => {
            user_add(store, &org, &email, &role, name.as_deref(), site_admin).await
        }
        Command::User(UserCommand::Grant { org, email, role }) => user_grant(store, &org, &email, &role).await,
        Command::Org(OrgCommand::Add { kind, name, county }) => {
            let operator = forebygg_app::User {
                id: 0,
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

async fn serve(store: Arc<dyn Store>, args: Serve) -> Result<()> {
    if args.demo {
        demo::load(&*store).await?;
    }
    let config = WebConfig { demo: args.demo, secure_cookies: args.secure_cookies };
    let state = AppState::new(store.clone(), config).await?;
    let listener =
        tokio::net::TcpListener::bind(args.addr).await.with_context(|| format!("cannot listen on {}", args.addr))?;
    let addr = listener.local_addr()?;
    println!("forebygg listening on http://{addr} ({} database)", store.backend());
    if args.demo {
        println!("demo logins are shown on http://{addr}/login (password: {})", demo::DEMO_PASSWORD);
    }
    spawn_session_cleanup(store);
    axum::serve(listener, forebygg_web::router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("server failed")
}

/// Deletes expired sessions once an hour.
fn spawn_session_cleanup(store: Arc<dyn Store>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            if let Err(e) = store.delete_expired_sessions(forebygg_app::now()).await {
                tracing::warn!(error = %e, "session cleanup failed");
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

async fn find_org(store: &dyn Store, code: &str) -> Result<forebygg_domain::Organisation> {
    organisations::find(store, code).await.map_err(|e| match e {
        AppError::NotFound(_) => anyhow!(
            "unknown organisation '{code}': not a municipality number, county number or code of a registered body"
        ),
        other => describe(other),
    })
}

async fn user_add(
    store: &dyn Store,
    org: &str,
    email: &str,
    role: &str,
    name: Option<&str>,
    site_admin: bool,
) -> Result<()> {
    let org = find_org(store, org).await?;
    let email = Email::parse(email)?;
    let role = Role::parse(role)?;
    check_role_fits(&org, role)?;
    if store.user_by_email(&email).await?.is_some() {
        bail!("a user with e-mail {email} already exists; give them another role with `forebygg user grant`");
    }
    let name = PersonName::parse(name.unwrap_or_else(|| email.as_str().split('@').next().unwrap_or_default()))?;
    let password = password::read()?;
    let user = members::create_account(store, &email, &name, &password, site_admin).await.map_err(describe)?;
    members::add_role(store, &OrgScope::operator(&org), &user, role).await.map_err(describe)?;
    println!("created {} as {} in {} ({})", user.email, role.as_str(), org.name, org.code);
    Ok(())
}

async fn user_grant(store: &dyn Store, org: &str, email: &str, role: &str) -> Result<()> {
    let org = find_org(store, org).await?;
    let email = Email::parse(email)?;
    let role = Role::parse(role)?;
    check_role_fits(&org, role)?;
    let user = store
        .user_by_email(&email)
        .await?
        .ok_or_else(|| anyhow!("no user with e-mail {email}; create one with `forebygg user add`"))?;
    members::add_role(store, &OrgScope::operator(&org), &user, role).await.map_err(describe)?;
    println!("{} is now {} in {} ({})", user.email, role.as_str(), org.name, org.code);
    Ok(())
}

fn check_role_fits(org: &forebygg_domain::Organisation, role: Role) -> Result<()> {
    if role == Role::RegionalAdviser && !org.kind.is_regional() {
        bail!(
            "the role regional-adviser is held in a regional body (e.g. Statsforvalteren), not in {} ({})",
            org.name,
            org.code
        );
    }
    Ok(())
}

/// A use-case error as one line for the terminal.
fn describe(e: AppError) -> anyhow::Error {
    match e {
        AppError::Invalid(errors) => anyhow!("{errors}"),
        AppError::Conflict { message, .. } => anyhow!("{message}"),
        other => anyhow!(other),
    }
}
