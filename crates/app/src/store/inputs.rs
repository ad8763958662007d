//! The part of the storage port that keeps the register of inputs.

use async_trait::async_trait;
use forebygg_domain::Email;
use forebygg_domain::hearing::{Assessment, Attachment, ConferenceFields, DialogueConference, FileKind, InputFields};
use forebygg_domain::ids::{AttachmentId, ConferenceId, InputId, MeasureId, OrgId, PlanId, UserId};
use forebygg_domain::theme::Theme;
use serde::Serialize;

use crate::{OrgScope, StoreError, UnixTime};

/// An input as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Input {
    pub id: InputId,
    pub plan_id: PlanId,
    #[serde(flatten)]
    pub fields: InputFields,
    pub received_at: UnixTime,
    /// Its number within the plan and the year it came in.
    pub number: InputNumber,
    /// The address of the receipt page; known only to the sender.
    #[serde(skip)]
    pub receipt_token: String,
    /// The municipality's answer, once given.
    pub assessment: Option<Assessment>,
    /// Why the input is hidden from the public pages, when it is.
    pub hidden_reason: Option<String>,
    /// The themes it concerns.
    pub themes: Vec<Theme>,
    /// The outline chapters it concerns, by number ("3.2").
    pub chapters: Vec<String>,
    /// The measures of the plan it led to (the trace from an input to what is done).
    pub measures: Vec<MeasureId>,
}

/// What an input is tagged with and what it led to, set together by the one form at
/// an input in the register.
#[derive(Clone, Copy, Debug)]
pub struct InputTags<'a> {
    pub themes: &'a [Theme],
    /// Chapter numbers ("3.2").
    pub chapters: &'a [String],
    pub measures: &'a [MeasureId],
}

/// An input's number within its plan: the year it came in and its place in that
/// year's inputs to the plan (1, 2, …). Given by the store when the input is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct InputNumber {
    pub year: i32,
    pub seq: i32,
}

impl InputNumber {
    /// Reads a reference as a sender types it back: `2024-015`, `2024-15`, ` 2024 - 15 `.
    pub fn parse(s: &str) -> Option<InputNumber> {
        let (year, seq) = s.trim().split_once('-')?;
        let year: i32 = year.trim().parse().ok()?;
        let seq: i32 = seq.trim().parse().ok()?;
        ((1000..=9999).contains(&year) && seq > 0).then_some(InputNumber { year, seq })
    }
}

impl std::fmt::Display for InputNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{:03}", self.year, self.seq)
    }
}

impl Input {
    /// The reference number the sender is given: the plan's own count by year, e.g.
    /// `2024-015` for the plan's 15th input of 2024.
    pub fn reference(&self) -> String {
        self.number.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::InputNumber;

    #[test]
    fn a_reference_reads_back_as_typed_and_is_written_with_three_digits() {
        let n = InputNumber { year: 2024, seq: 15 };
        assert_eq!(n.to_string(), "2024-015");
        assert_eq!(InputNumber::parse("2024-015"), Some(n));
        assert_eq!(InputNumber::parse(" 2024 - 15 "), Some(n));
        assert_eq!(InputNumber { year: 2024, seq: 1234 }.to_string(), "2024-1234");
        for bad in ["", "2024", "2024-0", "24-15", "5-123x", "-15", "2024--1"] {
            assert_eq!(InputNumber::parse(bad), None, "{bad}");
        }
    }
}

/// A stored attachment as lists show it, without its content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttachmentInfo {
    pub id: AttachmentId,
    pub input_id: InputId,
    pub file_name: String,
    pub kind: FileKind,
    /// Bytes.
    pub size: i64,
}

/// A hearing response whose e-mail receipt is still to be sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingReceipt {
    pub org_id: OrgId,
    /// Failed attempts so far.
    pub attempts: i64,
    pub input: Input,
}

/// One line of the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub user_id: Option<UserId>,
    pub action: String,
    pub detail: String,
    pub at: UnixTime,
}

#[async_trait]
pub trait InputStore {
    /// Stores an input of one of the organisation's plans, with its attachments in the
    /// same transaction, and returns it once it is committed. Only after this returns
    /// may the sender be told the input was received.
    async fn insert_input(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &InputFields,
        attachments: &[Attachment],
        receipt_token: &str,
        received_at: UnixTime,
    ) -> Result<Input, StoreError>;
    /// The plan's inputs in the order they were received.
    async fn inputs(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<Input>, StoreError>;
    /// Records the answer to an input (or clears it).
    async fn assess_input(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: InputId,
        assessment: Option<&Assessment>,
    ) -> Result<(), StoreError>;
    /// Hides inputs from the public pages with one reason, or shows them again (`None`):
    /// all of them or, when one is not the plan's, none (`NotFound`).
    async fn moderate_inputs(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        ids: &[InputId],
        hidden_reason: Option<&str>,
    ) -> Result<(), StoreError>;
    /// Sets the themes and chapters of an input, and the measures it led to.
    async fn tag_input(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: InputId,
        tags: InputTags<'_>,
    ) -> Result<(), StoreError>;
    /// Every input of the organisation sent from this e-mail address.
    async fn inputs_by_email(&self, scope: &OrgScope, email: &Email) -> Result<Vec<Input>, StoreError>;
    /// The attachments of a plan's inputs, without their content, in upload order.
    async fn attachments(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<AttachmentInfo>, StoreError>;
    /// One attachment with its content.
    async fn attachment(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: AttachmentId,
    ) -> Result<(AttachmentInfo, Vec<u8>), StoreError>;
    /// Removes the sender's personal data (name, organisation, e-mail, consent) from
    /// every input of the organisation sent from this address, keeps the text, deletes
    /// the attachments of those inputs (a letter or a photo cannot be anonymised), and
    /// writes the audit entry in the same transaction. Returns how many inputs were
    /// erased.
    async fn erase_sender(
        &self,
        scope: &OrgScope,
        email: &Email,
        actor: UserId,
        at: UnixTime,
    ) -> Result<u64, StoreError>;
    /// The organisation's audit log, newest first.
    async fn audit_log(&self, scope: &OrgScope) -> Result<Vec<AuditEntry>, StoreError>;
    /// Records a dialogue conference of one of the organisation's plans.
    async fn create_conference(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        fields: &ConferenceFields,
    ) -> Result<DialogueConference, StoreError>;
    /// Replaces a conference's fields.
    async fn update_conference(
        &self,
        scope: &OrgScope,
        plan_id: PlanId,
        id: ConferenceId,
        fields: &ConferenceFields,
    ) -> Result<(), StoreError>;
    /// A plan's dialogue conferences in the order they were recorded.
    async fn conferences(&self, scope: &OrgScope, plan_id: PlanId) -> Result<Vec<DialogueConference>, StoreError>;
    /// Hearing responses whose sender gave an e-mail address and whose receipt is still
    /// to be sent, oldest first, with their organisation's id: those due by `now` that
    /// have failed fewer than `max_attempts` times, at most `limit`. Across all
    /// organisations: for the mailer, which acts for the operator.
    async fn pending_receipts(
        &self,
        now: UnixTime,
        max_attempts: i64,
        limit: i64,
    ) -> Result<Vec<PendingReceipt>, StoreError>;
    /// Records that an input's receipt was sent.
    async fn receipt_sent(&self, input_id: InputId, at: UnixTime) -> Result<(), StoreError>;
    /// Records a failed attempt and when the next may be made.
    async fn receipt_failed(&self, input_id: InputId, error: &str, next_at: UnixTime) -> Result<(), StoreError>;
    /// The input behind a receipt.
    async fn input_by_receipt(&self, scope: &OrgScope, plan_id: PlanId, token: &str) -> Result<Input, StoreError>;
}
