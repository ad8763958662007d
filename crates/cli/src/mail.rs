//! E-mail for the server: receipts of hearing responses sent through an SMTP server,
//! or written as .eml files into a folder (to try it out, or for a mail system that
//! picks files up). The mailer runs beside the web server and sends what is due.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use async_trait::async_trait;
use clap::Args;
use forebygg_app::Store;
use forebygg_app::receipts::{self, Mailer};
use forebygg_domain::Email;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Args, Clone, Debug, Default)]
pub struct MailOptions {
    /// Send receipts through this SMTP server, e.g.
    /// `smtp://user:password@relay.example.no:587?tls=required` or `smtps://…:465`.
    #[arg(long, env = "FOREBYGG_SMTP_URL", value_name = "URL", conflicts_with = "mail_dir")]
    pub smtp_url: Option<String>,
    /// Write receipts as .eml files into this folder instead of sending them.
    #[arg(long, env = "FOREBYGG_MAIL_DIR", value_name = "DIR")]
    pub mail_dir: Option<PathBuf>,
    /// The sender of receipts, e.g. `Engerdal kommune <postmottak@engerdal.kommune.no>`.
    #[arg(
        long,
        env = "FOREBYGG_MAIL_FROM",
        value_name = "ADDRESS",
        default_value = "forebygg <noreply@forebygg.invalid>"
    )]
    pub mail_from: String,
    /// Seconds between the mailer's rounds.
    #[arg(long, env = "FOREBYGG_MAIL_INTERVAL", value_name = "SECONDS", default_value_t = 5)]
    pub mail_interval: u64,
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// A configured way of sending mail.
pub struct LettreMailer {
    from: Mailbox,
    transport: Transport,
}

impl MailOptions {
    /// The mailer these options ask for; `None` when mail is not set up.
    pub fn mailer(&self) -> Result<Option<LettreMailer>> {
        let from: Mailbox =
            self.mail_from.parse().with_context(|| format!("--mail-from '{}' is not an address", self.mail_from))?;
        let transport = match (&self.smtp_url, &self.mail_dir) {
            (Some(url), _) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .with_context(|| format!("--smtp-url '{}' is not an SMTP address", redact(url)))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            (None, Some(dir)) => {
                std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
                Transport::Files(AsyncFileTransport::new(dir))
            }
            (None, None) => return Ok(None),
        };
        if self.mail_interval == 0 {
            bail!("--mail-interval must be at least 1 second");
        }
        Ok(Some(LettreMailer { from, transport }))
    }
}

/// A URL for messages, without its password.
fn redact(url: &str) -> String {
    match (url.split_once("://"), url.rfind('@')) {
        (Some((scheme, _)), Some(at)) => format!("{scheme}://…{}", &url[at..]),
        _ => url.to_owned(),
    }
}

#[async_trait]
impl Mailer for LettreMailer {
    async fn send(&self, to: &Email, subject: &str, body: &str) -> Result<(), String> {
        let to: Mailbox = to.as_str().parse().map_err(|e| format!("address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|e| format!("message: {e}"))?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::Files(files) => files.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

/// Sends due receipts every `interval` until the process ends.
pub fn spawn(store: Arc<dyn Store>, mailer: LettreMailer, interval: u64) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(interval));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match receipts::deliver_due(&*store, &mailer, &forebygg_texts::receipt_mail, forebygg_app::now()).await {
                Ok(done) if done.sent + done.failed > 0 => {
                    tracing::info!(sent = done.sent, failed = done.failed, "receipts");
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "the mailer could not read the receipts due"),
            }
        }
    });
}
