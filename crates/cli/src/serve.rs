//! `forebygg serve`: the web server, with graceful shutdown and session clean-up.

use std::sync::Arc;

use anyhow::{Context, Result};
use forebygg_app::{Store, demo};
use forebygg_web::{AppState, WebConfig};

use crate::Serve;

pub async fn run(store: Arc<dyn Store>, args: Serve) -> Result<()> {
    if args.demo {
        demo::load(&*store).await?;
    }
    let mailer = args.mail.mailer()?;
    let config = WebConfig {
        demo: args.demo,
        secure_cookies: args.secure_cookies,
        hearing_limit: args.hearing_limit,
        mail_receipts: mailer.is_some(),
    };
    let state = AppState::new(store.clone(), config).await?;
    state.enable_pdf(Box::new(forebygg_render_pdf::Typesetter::new()?));
    let listener =
        tokio::net::TcpListener::bind(args.addr).await.with_context(|| format!("cannot listen on {}", args.addr))?;
    let addr = listener.local_addr()?;
    println!("forebygg listening on http://{addr} ({} database)", store.backend());
    if args.demo {
        println!("demo logins are shown on http://{addr}/login (password: {})", demo::DEMO_PASSWORD);
    }
    if let Some(mailer) = mailer {
        crate::mail::spawn(store.clone(), mailer, args.mail.mail_interval);
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
