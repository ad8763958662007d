//! Roles and what each may do. The policy is a pure function so it can be tested in
//! full; the app crate applies it and turns a "yes" into a tenant scope for storage.

use serde::Serialize;

use crate::county::{Part, Sharing};
use crate::people::ValidationError;

/// A person's role in one organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Manages the organisation's members and everything else.
    Admin,
    /// Runs a planning process.
    PlanLead,
    /// Edits plans.
    Editor,
    /// Reports on measures and writes in the parts given to them.
    Contributor,
    /// Reads the organisation's internal pages.
    Reader,
    /// Reads (never writes) every municipality of the county of the organisation the
    /// role is held in, e.g. an adviser at Statsforvalteren.
    RegionalAdviser,
}

impl Role {
    pub const ALL: [Role; 6] =
        [Role::Admin, Role::PlanLead, Role::Editor, Role::Contributor, Role::Reader, Role::RegionalAdviser];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::PlanLead => "plan-lead",
            Role::Editor => "editor",
            Role::Contributor => "contributor",
            Role::Reader => "reader",
            Role::RegionalAdviser => "regional-adviser",
        }
    }

    pub fn parse(s: &str) -> Result<Role, ValidationError> {
        let norm = s.trim().to_lowercase().replace('_', "-");
        Role::ALL.into_iter().find(|r| r.as_str() == norm).ok_or_else(|| ValidationError::Role(s.to_owned()))
    }

    /// What this role allows in the organisation it is held in.
    pub fn allows(self, action: Action) -> bool {
        match action {
            Action::ReadInternal | Action::ReadShared(_) => true,
            Action::AdviseCounty => self == Role::RegionalAdviser,
            Action::ManageMembers => self == Role::Admin,
            Action::EditPlans => matches!(self, Role::Admin | Role::PlanLead | Role::Editor),
            Action::ReportStatus => matches!(self, Role::Admin | Role::PlanLead | Role::Editor | Role::Contributor),
            Action::ReadPersonalData => matches!(self, Role::Admin | Role::PlanLead | Role::Editor),
            Action::ManagePersonalData => matches!(self, Role::Admin | Role::PlanLead),
            Action::RegisterParticipants => matches!(self, Role::Admin | Role::PlanLead),
        }
    }
}

/// Something a signed-in person wants to do in an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// See the organisation's internal pages (member list, input register, surveys):
    /// its members only.
    ReadInternal,
    /// Read a part of a municipality's plans the county's advisers may be let read: its
    /// members always, the county's advisers the status line and what it shares.
    ReadShared(Part),
    /// See the county dashboard of a regional body and mark its municipalities.
    AdviseCounty,
    /// Add members, change their roles, remove them.
    ManageMembers,
    /// Create and change plans, their programme and their activities.
    EditPlans,
    /// Report the status of measures (what service owners, as contributors, do).
    ReportStatus,
    /// See respondents' personal data: e-mail addresses, names they did not agree to
    /// publish, and attached files — only those who answer the inputs need them.
    ReadPersonalData,
    /// Export or erase a person's data (a data subject's request).
    ManagePersonalData,
    /// Register and cancel the municipality's participants at the county's gatherings:
    /// its contacts for the network, the administrator and the plan lead.
    RegisterParticipants,
}

impl Action {
    /// Whether an adviser of the municipality's county may do this there: read the
    /// status line, and the parts the municipality shares; never write, never the rest.
    pub fn open_to_county(self, sharing: Sharing) -> bool {
        matches!(self, Action::ReadShared(part) if sharing.allows(part))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_county_reads_the_status_line_and_what_is_shared_never_more() {
        let some = Sharing::of(&[Part::Measures]);
        assert!(Action::ReadShared(Part::Status).open_to_county(Sharing::default()));
        assert!(Action::ReadShared(Part::Measures).open_to_county(some));
        assert!(!Action::ReadShared(Part::Document).open_to_county(some));
        for never in [
            Action::ReadInternal,
            Action::EditPlans,
            Action::ReportStatus,
            Action::ReadPersonalData,
            Action::RegisterParticipants,
        ] {
            assert!(!never.open_to_county(Sharing::of(&Part::SHAREABLE)), "{never:?}");
        }
    }

    #[test]
    fn role_names_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Ok(r));
        }
        assert_eq!(Role::parse("Plan_Lead"), Ok(Role::PlanLead));
        assert!(Role::parse("owner").is_err());
    }

    #[test]
    fn only_admins_manage_members() {
        let managers: Vec<Role> = Role::ALL.into_iter().filter(|r| r.allows(Action::ManageMembers)).collect();
        assert_eq!(managers, vec![Role::Admin]);
        assert!(Role::ALL.into_iter().all(|r| r.allows(Action::ReadInternal)));
        let editors: Vec<Role> = Role::ALL.into_iter().filter(|r| r.allows(Action::EditPlans)).collect();
        assert_eq!(editors, vec![Role::Admin, Role::PlanLead, Role::Editor]);
        let advisers: Vec<Role> = Role::ALL.into_iter().filter(|r| r.allows(Action::AdviseCounty)).collect();
        assert_eq!(advisers, vec![Role::RegionalAdviser]);
        let see: Vec<Role> = Role::ALL.into_iter().filter(|r| r.allows(Action::ReadPersonalData)).collect();
        assert_eq!(see, vec![Role::Admin, Role::PlanLead, Role::Editor], "need to know");
        let erase: Vec<Role> = Role::ALL.into_iter().filter(|r| r.allows(Action::ManagePersonalData)).collect();
        assert_eq!(erase, vec![Role::Admin, Role::PlanLead]);
        let contacts: Vec<Role> = Role::ALL.into_iter().filter(|r| r.allows(Action::RegisterParticipants)).collect();
        assert_eq!(contacts, vec![Role::Admin, Role::PlanLead]);
    }
}
