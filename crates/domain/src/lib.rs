//! The forebygg domain: organisations, people, roles and the rules that govern them.
//!
//! Invariant: this crate does no I/O and knows nothing of HTTP, SQL or async. Storage
//! and web depend on it, never the reverse (checked by a test in `tests/`).

pub mod access;
pub mod check;
pub mod county;
pub mod document;
pub mod goals;
pub mod hearing;
pub mod ids;
pub mod indicators;
pub mod language;
pub mod measures;
pub mod organisation;
pub mod people;
pub mod plan;
pub mod register;
pub mod survey;
pub mod text;
pub mod theme;
pub mod timeline;

pub use access::{Action, Role};
pub use language::Lang;
pub use organisation::{CountyNumber, MunicipalityNumber, OrgCode, OrgKind, Organisation};
pub use people::{Email, Password, PersonName, ValidationError};
