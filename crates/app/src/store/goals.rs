//! The part of the storage port that keeps a plan's goals and its measures' status
//! reports.

use async_trait::async_trait;
use forebygg_domain::goals::{Goal, GoalFields};
use forebygg_domain::measures::report::{StatusReport, StatusReportFields};

use crate::{OrgScope, StoreError, UnixTime};

#[async_trait]
pub trait GoalStore {
    /// `None` when the plan is not the organisation's.
    async fn create_goal(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        fields: &GoalFields,
    ) -> Result<Option<Goal>, StoreError>;
    /// False when the goal is not the organisation's.
    async fn update_goal(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        id: i64,
        fields: &GoalFields,
    ) -> Result<bool, StoreError>;
    /// The plan's goals in the order they were made.
    async fn goals(&self, scope: &OrgScope, plan_id: i64) -> Result<Vec<Goal>, StoreError>;
    /// Records a status report of one of the plan's measures; `None` when the measure is
    /// not the plan's (or the plan not the organisation's).
    async fn add_report(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        measure_id: i64,
        fields: &StatusReportFields,
        by: &str,
        at: UnixTime,
    ) -> Result<Option<StatusReport>, StoreError>;
    /// Every status report of the plan's measures, oldest first.
    async fn reports(&self, scope: &OrgScope, plan_id: i64) -> Result<Vec<StatusReport>, StoreError>;
}
