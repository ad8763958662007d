//! The county view (issue 18): what a regional adviser sees of each municipality of
//! their county — a status line for every municipality, and beyond it only the parts
//! the municipality shares ([`Sharing`]; the input register never) — and the advisers'
//! own marks on each municipality ([`Mark`]), which the municipality sees.

pub mod gatherings;
pub mod marks;
pub mod reflection;
pub mod sharing;
pub mod status;

pub use marks::{Colour, Mark, MarkArea};
pub use sharing::{Part, Sharing};
pub use status::{Adoption, StatusLine};
