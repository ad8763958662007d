//! The web interface of forebygg: server-rendered HTML (askama), in three languages
//! (fluent), behind middleware for sessions, CSRF and security headers.
//!
//! Request path: `security::headers` → `session::attach` (who is this, which language)
//! → `csrf::verify` (every state-changing request) → a handler in `pages`, which parses
//! the input, calls a use case in `forebygg_app`, and renders a template.
//!
//! Invariant: handlers never reach storage except through `forebygg_app` use cases for
//! anything tenant-scoped; this crate does not depend on sqlx.

mod api;
mod csrf;
mod ctx;
mod errors;
#[cfg(test)]
mod every_format;
mod extract;
mod limits;
mod pages;
mod pdf;
mod security;
mod session;
mod ui;
mod uploads;

use std::sync::Arc;

use axum::Router;
use axum::middleware::from_fn_with_state;
use forebygg_app::{AppError, Store, tokens};

pub use api::openapi_json;
pub use ctx::Ctx;

/// Settings of the web interface.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// Show the demo logins on the login page.
    pub demo: bool,
    /// Mark cookies `Secure` on every response (always done when a proxy says the
    /// request came over HTTPS with `X-Forwarded-Proto: https`).
    pub secure_cookies: bool,
    /// How many hearing responses one browser session may send to one hearing in
    /// ten minutes.
    pub hearing_limit: usize,
    /// How many hearing responses one network address may send to one hearing in ten
    /// minutes before each further one must answer a small sum (generous: a whole
    /// school answering in one lesson stays well below it).
    pub hearing_address_limit: usize,
    /// Take the client's address from the last entry of `X-Forwarded-For` (set only
    /// behind a proxy that writes it; otherwise anyone could claim any address).
    pub trust_forwarded_for: bool,
    /// Receipts go out by e-mail (the forms and receipt pages say so).
    pub mail_receipts: bool,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            demo: false,
            secure_cookies: false,
            hearing_limit: 10,
            hearing_address_limit: 300,
            trust_forwarded_for: false,
            mail_receipts: false,
        }
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn Store>,
    csrf_secret: Vec<u8>,
    config: WebConfig,
    hearing_limiter: limits::RateLimiter,
    address_limiter: limits::RateLimiter,
    /// Set by the binary when it has a PDF engine (typst); without one, no PDF buttons.
    pdf: std::sync::OnceLock<pdf::PdfJobs>,
}

impl AppState {
    /// Loads the CSRF secret shared by all instances on the same database.
    pub async fn new(store: Arc<dyn Store>, config: WebConfig) -> Result<Self, AppError> {
        let candidate = tokens::random_token()?;
        let secret = store.shared_secret("csrf", &candidate).await?;
        let hearing_limiter = limits::RateLimiter::new(config.hearing_limit, limits::WINDOW);
        let address_limiter = limits::RateLimiter::new(config.hearing_address_limit, limits::WINDOW);
        Ok(Self {
            inner: Arc::new(Inner {
                store,
                csrf_secret: secret.into_bytes(),
                config,
                hearing_limiter,
                address_limiter,
                pdf: Default::default(),
            }),
        })
    }

    pub fn store(&self) -> &dyn Store {
        &*self.inner.store
    }

    pub(crate) fn csrf_secret(&self) -> &[u8] {
        &self.inner.csrf_secret
    }

    pub(crate) fn hearing_limiter(&self) -> &limits::RateLimiter {
        &self.inner.hearing_limiter
    }

    pub(crate) fn address_limiter(&self) -> &limits::RateLimiter {
        &self.inner.address_limiter
    }

    /// Starts the PDF worker with this engine; documents get PDF buttons from now on.
    pub fn enable_pdf(&self, engine: Box<dyn forebygg_render::PdfEngine>) {
        if self.inner.pdf.get().is_none() {
            let _ = self.inner.pdf.set(pdf::PdfJobs::start(engine));
        }
    }

    pub(crate) fn pdf(&self) -> Option<&pdf::PdfJobs> {
        self.inner.pdf.get()
    }

    pub(crate) fn config(&self) -> &WebConfig {
        &self.inner.config
    }
}

/// The whole application as one router.
pub fn router(state: AppState) -> Router {
    pages::routes()
        .merge(api::routes())
        .layer(axum::middleware::from_fn(errors::render_errors))
        .layer(from_fn_with_state(state.clone(), csrf::verify))
        .layer(from_fn_with_state(state.clone(), session::attach))
        .layer(axum::middleware::from_fn(security::headers))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}
