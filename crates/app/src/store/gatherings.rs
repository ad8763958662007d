//! The storage port for the county's network: gatherings of a regional body and the
//! participants its county's municipalities register, and the reflection tasks it
//! poses them between gatherings with their answers.

use async_trait::async_trait;
use chrono::NaiveDateTime;
use forebygg_domain::Email;
use forebygg_domain::county::gatherings::{Gathering, GatheringFields, Participant, Registration, Seat, SeatRefusal};
use forebygg_domain::county::reflection::{ReflectionAnswer, ReflectionFields, ReflectionTask};
use forebygg_domain::ids::{GatheringId, OrgId, ReflectionId, UserId};

use crate::{OrgScope, StoreError, UnixTime};

/// What became of a registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Registered {
    /// Stored with this id and seat.
    Seated { id: i64, seat: Seat },
    /// Refused; nothing stored.
    Refused(SeatRefusal),
}

/// A registration as the person's copy of their data shows it: with its gathering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeldRegistration {
    pub title: String,
    pub starts: NaiveDateTime,
    pub registration: Registration,
}

/// What an erasure did to a person's registrations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ErasedRegistrations {
    /// Registrations for gatherings not yet over, removed.
    pub cancelled: u64,
    /// Registrations for gatherings that are over, kept as a seat without a person.
    pub blanked: u64,
    /// Waiting participants who got a seat one of the removed held.
    pub promoted: u64,
}

#[async_trait]
pub trait GatheringStore {
    async fn create_gathering(
        &self,
        body: &OrgScope,
        fields: &GatheringFields,
        at: UnixTime,
    ) -> Result<GatheringId, StoreError>;
    /// Changes the gathering and, when its capacity now has room, confirms the first
    /// waiting until it has none; returns how many moved up. `NotFound` unless the
    /// gathering is the scoped body's.
    async fn update_gathering(
        &self,
        body: &OrgScope,
        id: GatheringId,
        fields: &GatheringFields,
    ) -> Result<u64, StoreError>;
    /// Removes the body's gathering with its registrations (a reflection task that
    /// prepared it keeps, unlinked). `NotFound` unless it is the scoped body's.
    async fn delete_gathering(&self, body: &OrgScope, id: GatheringId) -> Result<(), StoreError>;
    /// The body's gatherings, earliest first.
    async fn gatherings(&self, body: OrgId) -> Result<Vec<Gathering>, StoreError>;
    /// `NotFound` when the body has no such gathering.
    async fn gathering(&self, body: OrgId, id: GatheringId) -> Result<Gathering, StoreError>;
    /// Registers a participant of the scoped municipality, deciding the seat by
    /// `seat_for` on counts read while no other registration or cancellation of the
    /// gathering runs. `NotFound` when the body has no such gathering.
    async fn register(
        &self,
        municipality: &OrgScope,
        body: OrgId,
        gathering: GatheringId,
        participant: &Participant,
        at: UnixTime,
    ) -> Result<Registered, StoreError>;
    /// Removes a registration — of the given municipality only, when one is given —
    /// and, when it held a confirmed seat, confirms the first on the waiting list whose
    /// seat is now free; returns the id of the one moved up. `NotFound` when there is no
    /// such registration.
    async fn cancel_registration(
        &self,
        body: OrgId,
        gathering: GatheringId,
        municipality: Option<OrgId>,
        registration: i64,
    ) -> Result<Option<i64>, StoreError>;
    /// A gathering's registrations in order — of one municipality, when one is given.
    async fn registrations(
        &self,
        gathering: GatheringId,
        municipality: Option<OrgId>,
    ) -> Result<Vec<Registration>, StoreError>;

    async fn create_reflection(
        &self,
        body: &OrgScope,
        fields: &ReflectionFields,
        at: UnixTime,
    ) -> Result<ReflectionId, StoreError>;
    /// The body's reflection tasks, newest first.
    async fn reflections(&self, body: OrgId) -> Result<Vec<ReflectionTask>, StoreError>;
    /// `NotFound` when the body has no such task.
    async fn reflection(&self, body: OrgId, id: ReflectionId) -> Result<ReflectionTask, StoreError>;
    /// Stores the scoped municipality's answer, replacing the one it gave before.
    /// `NotFound` when the body has no such task.
    async fn answer_reflection(
        &self,
        municipality: &OrgScope,
        body: OrgId,
        id: ReflectionId,
        answer: &ReflectionAnswer,
    ) -> Result<(), StoreError>;
    /// A task's answers — of one municipality, when one is given.
    async fn reflection_answers(
        &self,
        id: ReflectionId,
        municipality: Option<OrgId>,
    ) -> Result<Vec<ReflectionAnswer>, StoreError>;

    /// The registrations with this e-mail address that the scoped organisation holds:
    /// those it made as a municipality and those for its own gatherings as a body.
    async fn registrations_by_email(
        &self,
        scope: &OrgScope,
        email: &Email,
    ) -> Result<Vec<HeldRegistration>, StoreError>;
    /// Erases the person with this address from the registrations the scoped
    /// organisation holds (as `registrations_by_email` finds them): one for a gathering
    /// not yet over (by `now`, Norwegian local time) is removed, and each confirmed seat
    /// it held goes to the first waiting while there is room; one for a gathering that
    /// is over keeps its seat with name, address and role blanked, so attendance still
    /// counts. Logged with counts, never the address.
    async fn erase_participant(
        &self,
        scope: &OrgScope,
        email: &Email,
        actor: UserId,
        at: UnixTime,
        now: NaiveDateTime,
    ) -> Result<ErasedRegistrations, StoreError>;
}
