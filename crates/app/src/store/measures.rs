//! The part of the storage port that keeps the register of measures.

use async_trait::async_trait;
use forebygg_domain::ids::{MeasureId, OrgId, PlanId};
use forebygg_domain::measures::{Measure, MeasureFields};

use crate::{OrgScope, StoreError};

/// How many measures an import added and changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportCount {
    pub added: u64,
    pub changed: u64,
}

#[async_trait]
pub trait MeasureStore {
    /// Stores all the measures in one transaction — all or none — and says how many.
    async fn insert_measures(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        measures: &[MeasureFields],
    ) -> Result<u64, StoreError>;
    /// An import: adds `new` and changes `changed` in one transaction — all or none
    /// (`NotFound` when a measure to change is not the plan's).
    async fn import_measures(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        new: &[MeasureFields],
        changed: &[(MeasureId, MeasureFields)],
    ) -> Result<ImportCount, StoreError>;
    /// The plan's measures in the order they were registered.
    async fn measures(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Measure>, StoreError>;
    /// Shares a measure of the scoped organisation's plan in the library, or stops
    /// sharing it (`NotFound` when it is not the plan's).
    async fn share_measure(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: MeasureId,
        shared: bool,
        at: crate::UnixTime,
    ) -> Result<(), StoreError>;
    /// Every measure shared in the library, the latest shared first, with its
    /// organisation.
    async fn shared_measures(&self) -> Result<Vec<(forebygg_domain::Organisation, Measure)>, StoreError>;
    /// Whether the scoped organisation's measure is shared, and where it was copied
    /// from (the organisation's name, when it still exists, and the measure's name).
    async fn measure_library(
        &self,
        scope: &OrgScope,
        id: MeasureId,
    ) -> Result<(bool, Option<(Option<String>, String)>), StoreError>;
    /// Adds a measure copied from the library to the scoped organisation's plan, with
    /// its origin; `NotFound` when the plan is not the organisation's.
    async fn copy_measure(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &MeasureFields,
        origin: (OrgId, &str),
    ) -> Result<MeasureId, StoreError>;
    /// The municipalities each of the plan's measures is run for (inter-municipal
    /// cooperation, the scoped organisation the host), by measure, by municipality number.
    async fn measure_participants(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
    ) -> Result<Vec<(MeasureId, forebygg_domain::Organisation)>, StoreError>;
    /// Sets the municipalities a measure of the scoped organisation's plan is run for,
    /// replacing those before (`NotFound` when it is not the plan's; the host itself
    /// is never one of them).
    async fn set_measure_participants(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: MeasureId,
        municipalities: &[OrgId],
    ) -> Result<(), StoreError>;
    /// The measures other municipalities run for the scoped one in plans of this type,
    /// with their host, by host (by number) and then in the order they were registered.
    async fn hosted_measures(
        &self,
        scope: &OrgScope,
        plan_type: &str,
    ) -> Result<Vec<(forebygg_domain::Organisation, Measure)>, StoreError>;
    /// The measures of every municipality in the county of the scoped regional body,
    /// for its dashboard (see `PlanStore::county_plans`).
    async fn county_measures(&self, body: &OrgScope) -> Result<Vec<Measure>, StoreError>;
    async fn update_measure(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: MeasureId,
        fields: &MeasureFields,
    ) -> Result<(), StoreError>;
    async fn delete_measure(&self, scope: &OrgScope, plan_id: PlanId, id: MeasureId) -> Result<(), StoreError>;
    /// The organisation's remembered spreadsheet headers (lower case) and the column
    /// code each means ("" for a column left out).
    async fn header_mappings(&self, scope: &OrgScope) -> Result<Vec<(String, String)>, StoreError>;
    /// Remembers (or replaces) what headers mean.
    async fn remember_header_mappings(&self, scope: &OrgScope, pairs: &[(String, String)]) -> Result<(), StoreError>;
}
