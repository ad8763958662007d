//! Who may do what in which organisation. [`authorize`] applies the domain's role
//! policy to a signed-in person and, on "yes", hands out the [`OrgScope`] that the
//! storage layer requires for every query of that organisation's internal data.

use forebygg_domain::ids::OrgId;
use forebygg_domain::{Action, OrgKind, Organisation, Role};

use crate::{AppError, Membership, User};

/// A signed-in person with all their roles, loaded once per request.
#[derive(Clone, Debug)]
pub struct Actor {
    pub user: User,
    pub memberships: Vec<Membership>,
}

/// Proof that the holder may act in one organisation. Storage adapters filter every
/// tenant query by [`OrgScope::org_id`]; only this module and the operator can make one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgScope {
    org_id: OrgId,
}

impl OrgScope {
    pub fn org_id(&self) -> OrgId {
        self.org_id
    }

    /// For the public side of an organisation: what anyone may read or send without an
    /// account (an open hearing, its response form, a receipt). Only the hearing use
    /// cases make one, after checking that what is asked for is public.
    pub(crate) fn public(org: &Organisation) -> Self {
        Self { org_id: org.id }
    }

    /// For the operator at the command line (`forebygg user add`, demo loading), who
    /// has the database in hand anyway. Never call it on behalf of a web request.
    pub fn operator(org: &Organisation) -> Self {
        Self { org_id: org.id }
    }
}

impl Actor {
    /// The person's role in this organisation, if they hold one there.
    pub fn role_in(&self, org: &Organisation) -> Option<Role> {
        self.memberships.iter().find(|m| m.org.id == org.id).map(|m| m.role)
    }

    /// The services the person works in at this organisation (none when they hold no
    /// role there).
    pub fn services_in(&self, org: &Organisation) -> &[String] {
        self.memberships.iter().find(|m| m.org.id == org.id).map(|m| m.services.as_slice()).unwrap_or_default()
    }

    /// True when the person advises the county the organisation lies in.
    fn advises_county_of(&self, org: &Organisation) -> bool {
        org.kind == OrgKind::Municipality
            && org.county.is_some()
            && self
                .memberships
                .iter()
                .any(|m| m.role == Role::RegionalAdviser && m.org.county.is_some() && m.org.county == org.county)
    }
}

/// May the actor do `action` in `org`? A role held in the organisation decides; a
/// regional adviser may also read (only read) the status line of every municipality of
/// their county, and what each shares (`Action::open_to_county`).
pub fn authorize(actor: &Actor, org: &Organisation, action: Action) -> Result<OrgScope, AppError> {
    let by_role = actor.role_in(org).is_some_and(|r| r.allows(action));
    let by_county = action.open_to_county(org.sharing) && actor.advises_county_of(org);
    if by_role || by_county { Ok(OrgScope { org_id: org.id }) } else { Err(AppError::Forbidden) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use forebygg_domain::county::{Part, Sharing};
    use forebygg_domain::{CountyNumber, Email, OrgCode, PersonName};

    fn org(id: i64, code: &str, kind: OrgKind, county: &str) -> Organisation {
        Organisation {
            id: OrgId::new(id),
            code: OrgCode::parse(code).unwrap(),
            kind,
            name: code.to_owned(),
            county: Some(CountyNumber::parse(county).unwrap()),
            sharing: Default::default(),
        }
    }

    fn actor(memberships: Vec<(Organisation, Role)>) -> Actor {
        Actor {
            user: User {
                id: forebygg_domain::ids::UserId::new(1),
                email: Email::parse("a@b.no").unwrap(),
                name: PersonName::parse("A").unwrap(),
                lang: None,
                site_admin: false,
            },
            memberships: memberships
                .into_iter()
                .map(|(org, role)| Membership { org, role, services: vec![] })
                .collect(),
        }
    }

    #[test]
    fn members_act_by_their_role_only_in_their_own_organisation() {
        let engerdal = org(1, "3425", OrgKind::Municipality, "34");
        let trysil = org(2, "3421", OrgKind::Municipality, "34");
        let reader = actor(vec![(engerdal.clone(), Role::Reader)]);
        assert!(authorize(&reader, &engerdal, Action::ReadInternal).is_ok());
        assert!(authorize(&reader, &engerdal, Action::ManageMembers).is_err());
        assert!(authorize(&reader, &trysil, Action::ReadInternal).is_err());
        let admin = actor(vec![(engerdal.clone(), Role::Admin)]);
        assert_eq!(authorize(&admin, &engerdal, Action::ManageMembers).unwrap().org_id(), OrgId::new(1));
        assert!(authorize(&admin, &trysil, Action::ManageMembers).is_err());
    }

    #[test]
    fn advisers_read_their_county_and_nothing_else() {
        let governor = org(9, "statsforvalteren-i-innlandet", OrgKind::CountyGovernor, "34");
        let engerdal = org(1, "3425", OrgKind::Municipality, "34");
        let lyngen = org(3, "5528", OrgKind::Municipality, "55");
        let adviser = actor(vec![(governor, Role::RegionalAdviser)]);
        assert!(authorize(&adviser, &engerdal, Action::ReadShared(Part::Status)).is_ok());
        assert!(authorize(&adviser, &engerdal, Action::ReadShared(Part::Measures)).is_err(), "not shared");
        assert!(authorize(&adviser, &engerdal, Action::ReadInternal).is_err(), "never");
        assert!(authorize(&adviser, &engerdal, Action::ManageMembers).is_err());
        assert!(authorize(&adviser, &lyngen, Action::ReadShared(Part::Status)).is_err(), "another county");
        let sharing = Organisation { sharing: Sharing::of(&[Part::Measures]), ..engerdal.clone() };
        assert!(authorize(&adviser, &sharing, Action::ReadShared(Part::Measures)).is_ok());
        assert!(authorize(&adviser, &sharing, Action::ReadShared(Part::Document)).is_err());
        assert!(authorize(&adviser, &sharing, Action::EditPlans).is_err(), "reading only");
    }
}
