//! The part of the storage port that keeps plans, their links, programmes and
//! activities. Every method takes the [`OrgScope`] of the organisation that owns them,
//! and an id of another organisation's plan behaves as if it did not exist.

use async_trait::async_trait;
use forebygg_domain::Organisation;
use forebygg_domain::ids::{ActivityId, PlanId};
use forebygg_domain::plan::activity::ActivityFields;
use forebygg_domain::plan::{Activity, LinkKind, Plan, PlanFields, Programme};
use forebygg_domain::timeline::NorDate;

use crate::{OrgScope, StoreError};

#[async_trait]
pub trait PlanStore {
    /// The organisation's plans, newest first.
    async fn plans(&self, scope: &OrgScope) -> Result<Vec<Plan>, StoreError>;
    /// The plan, when it is the organisation's (else `NotFound`).
    async fn plan(&self, scope: &OrgScope, id: PlanId) -> Result<Plan, StoreError>;
    /// Plans of any organisation with a hearing activity that includes `day`, with
    /// their organisation: public knowledge, for the start page.
    async fn plans_with_hearing_on(&self, day: NorDate) -> Result<Vec<(Organisation, Plan)>, StoreError>;
    /// Every plan of every organisation, for the operator's `forebygg plan list`.
    async fn all_plans(&self) -> Result<Vec<Plan>, StoreError>;
    /// The plans of every municipality in the county of the scoped regional body, and
    /// their activities (by start date), for its dashboard: two statements, not two per
    /// municipality. Nothing when the body has no county.
    async fn county_plans(&self, body: &OrgScope) -> Result<(Vec<Plan>, Vec<Activity>), StoreError>;
    async fn create_plan(
        &self,
        scope: &OrgScope,
        fields: &PlanFields,
        programme: &Programme,
    ) -> Result<Plan, StoreError>;
    async fn update_plan(&self, scope: &OrgScope, id: PlanId, fields: &PlanFields) -> Result<(), StoreError>;

    async fn programme(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Programme, StoreError>;
    async fn save_programme(&self, scope: &OrgScope, plan_id: PlanId, programme: &Programme) -> Result<(), StoreError>;

    /// The plans this plan links to, with how.
    async fn links(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<(LinkKind, Plan)>, StoreError>;
    /// Links two plans of the organisation (`NotFound` when either is not its own).
    async fn add_link(&self, scope: &OrgScope, from: PlanId, to: PlanId, kind: LinkKind) -> Result<(), StoreError>;
    async fn remove_link(&self, scope: &OrgScope, from: PlanId, to: PlanId) -> Result<(), StoreError>;

    /// The plan's activities by start date.
    async fn activities(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Activity>, StoreError>;
    async fn create_activity(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &ActivityFields,
    ) -> Result<Activity, StoreError>;
    async fn update_activity(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: ActivityId,
        fields: &ActivityFields,
    ) -> Result<(), StoreError>;
    async fn delete_activity(&self, scope: &OrgScope, plan_id: PlanId, id: ActivityId) -> Result<(), StoreError>;
    /// Records that a hearing activity was opened or closed (`NotFound` for an activity
    /// that is not a hearing of the plan).
    async fn set_hearing_state(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: ActivityId,
        state: &forebygg_domain::plan::process::HearingState,
    ) -> Result<(), StoreError>;
}
