//! The part of the storage port that keeps the knowledge base: indicators and their
//! observations, per organisation (a municipality keeps the whole table it imported, so
//! its county and the country are there to compare with).

use async_trait::async_trait;
use forebygg_domain::ids::IndicatorId;
use forebygg_domain::indicators::compare::Direction;
use forebygg_domain::indicators::{Observation, Span};
use forebygg_domain::theme::Theme;

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

/// What an indicator means to the plan, set by the plan lead (the unit starts as the
/// source's measure label).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndicatorMeta {
    pub unit: String,
    pub direction: Direction,
    /// The county governor's theme it tells about (groups the challenge picture).
    pub theme: Option<Theme>,
    /// Its place among the charts of `{{indikatorer}}`; `None`: not shown there.
    pub position: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    pub id: IndicatorId,
    pub key: IndicatorKey,
    pub meta: IndicatorMeta,
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
    /// An indicator's observations of the given places only (region codes: `0`, a
    /// county's two digits, a municipality's four), by place, period and breakdown.
    async fn observations_of(
        &self,
        scope: &OrgScope,
        id: IndicatorId,
        regions: &[String],
    ) -> Result<Vec<Observation>, StoreError>;
    /// An indicator's observations of the given places in one breakdown and period
    /// (the county's municipalities in the period a comparison shows).
    async fn observations_at(
        &self,
        scope: &OrgScope,
        id: IndicatorId,
        regions: &[String],
        breakdown: &[(String, String)],
        period: Span,
    ) -> Result<Vec<Observation>, StoreError>;
    /// Changes an indicator's meaning; `NotFound` when it is not the organisation's.
    async fn set_indicator_meta(
        &self,
        scope: &OrgScope,
        id: IndicatorId,
        meta: &IndicatorMeta,
    ) -> Result<(), StoreError>;
    /// The organisation's edited challenge picture, if it has saved one.
    async fn challenge_picture(&self, scope: &OrgScope) -> Result<Option<String>, StoreError>;
    async fn set_challenge_picture(&self, scope: &OrgScope, text: &str) -> Result<(), StoreError>;
}
