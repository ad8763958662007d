//! `forebygg serve`: the web server, with graceful shutdown and session clean-up.

use std::sync::Arc;
use std::time::Duration;

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
        hearing_address_limit: args.hearing_address_limit,
        trust_forwarded_for: args.trust_forwarded_for,
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
    let limits = Limits {
        header_timeout: Duration::from_secs(args.header_timeout),
        body_timeout: Duration::from_secs(args.body_timeout),
        max_connections: args.max_connections.max(1),
    };
    accept_loop(listener, forebygg_web::router(state), limits).await
}

/// What one client may take of the server.
struct Limits {
    header_timeout: Duration,
    body_timeout: Duration,
    max_connections: usize,
}

/// Serves HTTP/1.1 connections until a shutdown signal: at most `max_connections` at
/// once (the next waits in the listen queue), each closed when its headers take longer
/// than `header_timeout` or its body longer than `body_timeout`. On shutdown, requests
/// in flight get ten seconds to finish.
async fn accept_loop(listener: tokio::net::TcpListener, router: axum::Router, limits: Limits) -> Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;
    let router = router.layer(tower_http::timeout::RequestBodyTimeoutLayer::new(limits.body_timeout));
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown_signal());
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.context("connection limit closed")?,
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = stream;
        // The peer's address goes on each request for the limits keyed by address.
        let service = tower::ServiceBuilder::new()
            .map_request(move |mut req: axum::extract::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
                req
            })
            .service(router.clone());
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended");
            }
            drop(slot);
        });
    }
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(Duration::from_secs(10)) => tracing::warn!("requests still running at shutdown"),
    }
    Ok(())
}

/// Deletes expired sessions and invitations, and failed logins older than a day, once
/// an hour.
fn spawn_session_cleanup(store: Arc<dyn Store>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            let now = forebygg_app::now();
            if let Err(e) = store.delete_expired_sessions(now).await {
                tracing::warn!(error = %e, "session cleanup failed");
            }
            if let Err(e) = store.forget_login_failures(now - forebygg_app::auth::FAILURES_KEPT).await {
                tracing::warn!(error = %e, "login failure cleanup failed");
            }
            if let Err(e) = store.forget_expired_invitations(now).await {
                tracing::warn!(error = %e, "invitation cleanup failed");
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
