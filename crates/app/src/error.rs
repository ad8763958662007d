//! Errors of the use cases, typed so that web and CLI can each say them their way.

use forebygg_domain::ValidationError;
use thiserror::Error;

use crate::{StoreError, UnixTime};

/// Validation failures per form field, in the order of the form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(&'static str, ValidationError)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, error: ValidationError) {
        self.0.push((field, error));
    }

    pub fn get(&self, field: &str) -> Option<&ValidationError> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, e)| e)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps a parsed value, or records why it failed.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, ValidationError>) -> Option<T> {
        parsed.map_err(|e| self.add(field, e)).ok()
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|(field, e)| format!("{field}: {e}")).collect();
        f.write_str(&parts.join("; "))
    }
}

#[derive(Debug, Error)]
pub enum AppError {
    #[error("not found: {0}")]
    NotFound(String),
    #[error("not allowed")]
    Forbidden,
    #[error("invalid input: {0}")]
    Invalid(FieldErrors),
    /// Something unique already exists; the field names which.
    #[error("{field}: {message}")]
    Conflict { field: &'static str, message: String },
    #[error("wrong e-mail or password")]
    WrongCredentials,
    #[error("too many failed logins; the account is locked until {until} (Unix time)")]
    Locked { until: UnixTime },
    #[error("the organisation must keep at least one admin")]
    LastAdmin,
    #[error("the hearing is closed")]
    HearingClosed,
    /// An import refused as a whole; every problem with its row and column.
    #[error("the import was refused: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Import(Vec<forebygg_import::measures::ImportProblem>),
    /// The storage failed (never "not found": that becomes [`AppError::NotFound`]).
    #[error(transparent)]
    Store(StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => AppError::NotFound(what),
            other => AppError::Store(other),
        }
    }
}

impl AppError {
    pub fn invalid(field: &'static str, error: ValidationError) -> Self {
        let mut errors = FieldErrors::default();
        errors.add(field, error);
        AppError::Invalid(errors)
    }
}
