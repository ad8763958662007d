//! The part of the storage port that keeps the register of inputs.

use async_trait::async_trait;
use forebygg_domain::hearing::{Assessment, InputFields};
use serde::Serialize;

use crate::{OrgScope, StoreError, UnixTime};

/// An input as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Input {
    pub id: i64,
    pub plan_id: i64,
    #[serde(flatten)]
    pub fields: InputFields,
    pub received_at: UnixTime,
    /// The address of the receipt page; known only to the sender.
    #[serde(skip)]
    pub receipt_token: String,
    /// The municipality's answer, once given.
    pub assessment: Option<Assessment>,
    /// Why the input is hidden from the public pages, when it is.
    pub hidden_reason: Option<String>,
}

impl Input {
    /// The reference number the sender is given: plan and input, e.g. `5-123`.
    pub fn reference(&self) -> String {
        format!("{}-{}", self.plan_id, self.id)
    }
}

#[async_trait]
pub trait InputStore {
    /// Stores an input of one of the organisation's plans and returns it once it is
    /// committed; `None` when the plan is not the organisation's. Only after this
    /// returns may the sender be told the input was received.
    async fn insert_input(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        fields: &InputFields,
        receipt_token: &str,
        received_at: UnixTime,
    ) -> Result<Option<Input>, StoreError>;
    /// The plan's inputs in the order they were received.
    async fn inputs(&self, scope: &OrgScope, plan_id: i64) -> Result<Vec<Input>, StoreError>;
    /// Records the answer to an input (or clears it); false when it is not the
    /// organisation's.
    async fn assess_input(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        id: i64,
        assessment: Option<&Assessment>,
    ) -> Result<bool, StoreError>;
    /// Hides an input from the public pages with a reason, or shows it again (`None`).
    async fn moderate_input(
        &self,
        scope: &OrgScope,
        plan_id: i64,
        id: i64,
        hidden_reason: Option<&str>,
    ) -> Result<bool, StoreError>;
    /// The input behind a receipt.
    async fn input_by_receipt(&self, scope: &OrgScope, plan_id: i64, token: &str) -> Result<Option<Input>, StoreError>;
}
