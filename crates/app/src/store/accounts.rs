//! The part of the storage port that keeps organisations, people, roles, sessions and
//! shared secrets.

use async_trait::async_trait;
use forebygg_domain::ids::{InvitationId, OrgId, UserId};
use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{Email, Lang, OrgCode, Organisation, Role};

use crate::store::{Credentials, Invitation, LoginFailures, Member, Membership, NewUser, StoreError, User};
use crate::{OrgScope, UnixTime};

#[async_trait]
pub trait AccountStore {
    /// Inserts the register's organisations that are missing; leaves the others alone.
    async fn sync_register(&self, orgs: &[NewOrganisation]) -> Result<(), StoreError>;

    async fn organisations(&self) -> Result<Vec<Organisation>, StoreError>;
    /// The municipalities of the scoped regional body's county, by code (none when the
    /// body has no county).
    async fn county_organisations(&self, body: &OrgScope) -> Result<Vec<Organisation>, StoreError>;
    async fn organisation(&self, code: &OrgCode) -> Result<Option<Organisation>, StoreError>;
    async fn create_organisation(&self, org: &NewOrganisation) -> Result<Organisation, StoreError>;
    /// What the municipality lets its county's advisers read (see `county::Sharing`).
    async fn set_sharing(&self, scope: &OrgScope, sharing: forebygg_domain::county::Sharing) -> Result<(), StoreError>;
    /// The regional body's marks on a municipality, replacing those it had (one
    /// transaction; an empty list clears them).
    async fn set_marks(
        &self,
        body: &OrgScope,
        municipality: OrgId,
        marks: &[forebygg_domain::county::Mark],
        at: UnixTime,
    ) -> Result<(), StoreError>;
    /// Every mark the regional body has set, by municipality.
    async fn marks_by(&self, body: &OrgScope) -> Result<Vec<(OrgId, forebygg_domain::county::Mark)>, StoreError>;
    /// The marks set on the municipality, with the name of the body that set each.
    async fn marks_on(
        &self,
        municipality: &OrgScope,
    ) -> Result<Vec<(String, forebygg_domain::county::Mark)>, StoreError>;

    async fn create_user(&self, user: &NewUser) -> Result<User, StoreError>;
    async fn user_by_id(&self, id: UserId) -> Result<Option<User>, StoreError>;
    async fn user_by_email(&self, email: &Email) -> Result<Option<User>, StoreError>;
    async fn credentials(&self, email: &Email) -> Result<Option<Credentials>, StoreError>;
    /// The failed logins in a row for an address (kept by its hash), if any.
    async fn login_failures(&self, address_hash: &str) -> Result<Option<LoginFailures>, StoreError>;
    /// Counts one more failed login for an address, at `now`, and returns the count.
    async fn record_login_failure(&self, address_hash: &str, now: UnixTime) -> Result<LoginFailures, StoreError>;
    async fn clear_login_failures(&self, address_hash: &str) -> Result<(), StoreError>;
    /// Forgets failures whose last try was before `before`; returns how many.
    async fn forget_login_failures(&self, before: UnixTime) -> Result<u64, StoreError>;
    async fn set_password_hash(&self, user_id: UserId, hash: &str) -> Result<(), StoreError>;
    async fn set_user_lang(&self, user_id: UserId, lang: Lang) -> Result<(), StoreError>;

    /// Every role the person holds, in organisation-code order.
    async fn memberships(&self, user_id: UserId) -> Result<Vec<Membership>, StoreError>;
    /// The members of the scoped organisation, by name.
    async fn members(&self, scope: &OrgScope) -> Result<Vec<Member>, StoreError>;
    async fn add_member(&self, scope: &OrgScope, user_id: UserId, role: Role) -> Result<(), StoreError>;
    /// The services a member works in; `NotFound` when the person is not a member of
    /// the scoped organisation.
    async fn set_member_services(
        &self,
        scope: &OrgScope,
        user_id: UserId,
        services: &[String],
    ) -> Result<(), StoreError>;
    /// `NotFound` when the person is not a member of the scoped organisation.
    async fn set_member_role(&self, scope: &OrgScope, user_id: UserId, role: Role) -> Result<(), StoreError>;
    /// `NotFound` when the person is not a member of the scoped organisation.
    async fn remove_member(&self, scope: &OrgScope, user_id: UserId) -> Result<(), StoreError>;

    /// Invites an address to a role in the scoped organisation, valid until `expires_at`
    /// with the token whose hash is given; a new invitation to the same address
    /// replaces the open one (its role, token and expiry).
    async fn invite(
        &self,
        scope: &OrgScope,
        email: &Email,
        role: Role,
        token_hash: &str,
        expires_at: UnixTime,
    ) -> Result<Invitation, StoreError>;
    /// The scoped organisation's open invitations (expired ones left out), by address.
    async fn invitations(&self, scope: &OrgScope, now: UnixTime) -> Result<Vec<Invitation>, StoreError>;
    /// The unexpired invitation a link's token belongs to, in any organisation: the
    /// token is what the invited person holds.
    async fn invitation_by_token(&self, token_hash: &str, now: UnixTime) -> Result<Option<Invitation>, StoreError>;
    /// Deletes invitations that expired before `now` (they hold an e-mail address no
    /// one needs any more); returns how many.
    async fn forget_expired_invitations(&self, now: UnixTime) -> Result<u64, StoreError>;
    /// `NotFound` when the scoped organisation has no such invitation.
    async fn cancel_invitation(&self, scope: &OrgScope, id: InvitationId) -> Result<(), StoreError>;
    /// Gives the person the invitation's role and closes the invitation, in one
    /// transaction; a person who is already a member keeps their role. `NotFound` when
    /// the invitation is gone or expired.
    async fn accept_invitation(&self, token_hash: &str, user_id: UserId, now: UnixTime) -> Result<(), StoreError>;

    /// Stores a session by the hash of its token (the token itself is never stored).
    async fn create_session(&self, token_hash: &str, user_id: UserId, expires_at: UnixTime) -> Result<(), StoreError>;
    /// The user of an unexpired session.
    async fn session_user(&self, token_hash: &str, now: UnixTime) -> Result<Option<User>, StoreError>;
    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;
    /// Ends every session of a person (after a password change).
    async fn delete_user_sessions(&self, user_id: UserId) -> Result<(), StoreError>;
    async fn delete_expired_sessions(&self, now: UnixTime) -> Result<u64, StoreError>;

    /// A named secret shared by every server instance: stores `candidate` if the name is
    /// new and returns what is stored.
    async fn shared_secret(&self, name: &str, candidate: &str) -> Result<String, StoreError>;
}
