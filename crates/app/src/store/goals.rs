//! The part of the storage port that keeps a plan's goals and its measures' status
//! reports.

use async_trait::async_trait;
use forebygg_domain::goals::{Goal, GoalFields};
use forebygg_domain::ids::{GoalId, MeasureId, PlanId};
use forebygg_domain::measures::report::{StatusReport, StatusReportFields};

use crate::{OrgScope, StoreError, UnixTime};

#[async_trait]
pub trait GoalStore {
    async fn create_goal(&self, scope: &OrgScope, plan_id: PlanId, fields: &GoalFields) -> Result<Goal, StoreError>;
    async fn update_goal(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: GoalId,
        fields: &GoalFields,
    ) -> Result<(), StoreError>;
    /// The plan's goals in the order they were made.
    async fn goals(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Goal>, StoreError>;
    /// Records a status report of one of the plan's measures (`NotFound` when the
    /// measure is not the plan's, or the plan not the organisation's).
    async fn add_report(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        measure_id: MeasureId,
        fields: &StatusReportFields,
        by: &str,
        at: UnixTime,
    ) -> Result<StatusReport, StoreError>;
    /// Every status report of the plan's measures, oldest first.
    async fn reports(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<StatusReport>, StoreError>;
}
