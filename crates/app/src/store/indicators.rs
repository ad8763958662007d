//! The part of the storage port that keeps the knowledge base: indicators and their
//! observations, per organisation (a municipality keeps the whole table it imported, so
//! its county and the country are there to compare with).

use async_trait::async_trait;
use forebygg_domain::ids::IndicatorId;
use forebygg_domain::indicators::Observation;

use crate::{OrgScope, StoreError};

/// An indicator: one measure of one table from one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorKey {
    /// Who published it ("Folkehelseinstituttet", "Statistisk sentralbyrå", …).
    pub source: String,
    /// The table's title.
    pub label: String,
    /// The measure's code (`RATE`, `TELLER`, …; empty when the table has one).
    pub measure: String,
    pub measure_label: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    pub id: IndicatorId,
    pub key: IndicatorKey,
    pub observations: usize,
}

#[async_trait]
pub trait IndicatorStore {
    /// Stores the indicators with their observations, all in one transaction: an
    /// indicator already there (same source, table and measure) has its observations
    /// replaced. Returns the number of observations written.
    async fn import_indicators(
        &self,
        scope: &OrgScope,
        data: &[(IndicatorKey, Vec<Observation>)],
    ) -> Result<usize, StoreError>;
    /// The organisation's indicators by source, table and measure.
    async fn indicators(&self, scope: &OrgScope) -> Result<Vec<Indicator>, StoreError>;
    /// An indicator's observations by place, period and breakdown.
    async fn observations(&self, scope: &OrgScope, id: IndicatorId) -> Result<Vec<Observation>, StoreError>;
}
