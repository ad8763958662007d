//! The part of the storage port that keeps the register of measures.

use async_trait::async_trait;
use forebygg_domain::measures::{Measure, MeasureFields};

use crate::{OrgScope, StoreError};

#[async_trait]
pub trait MeasureStore {
    /// Stores all the measures in one transaction — all or none; `None` when the plan
    /// is not the organisation's.
    async fn insert_measures(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        measures: &[MeasureFields],
    ) -> Result<Option<u64>, StoreError>;
    /// The plan's measures in the order they were registered.
    async fn measures(&self, scope: &OrgScope, plan_id: i64) -> Result<Vec<Measure>, StoreError>;
    /// False when the measure is not the organisation's.
    async fn update_measure(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        id: i64,
        fields: &MeasureFields,
    ) -> Result<bool, StoreError>;
    async fn delete_measure(&self, scope: &OrgScope, plan_id: i64, id: i64) -> Result<bool, StoreError>;
}
