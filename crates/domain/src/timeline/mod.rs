//! The process calendar and the law it knows: dates as Norwegians write them, holiday
//! periods, the six-week hearing rule, who may adopt a plan, and back-scheduling from a
//! target adoption date. Plain functions, so they can be property-tested.

pub mod adoption;
pub mod bodies;
pub mod dates;
pub mod hearing;
pub mod holidays;
pub mod schedule;
pub mod weeks;

pub use bodies::BodyKind;
pub use dates::NorDate;
