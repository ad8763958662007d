//! The cases of the storage contract. Each gets an empty, migrated store.

use crate::not_found;
use forebygg_app::auth::{Device, login};
use forebygg_app::tokens::{device_token, token_hash};
use forebygg_app::{AppError, LoginFailures, NewUser, OrgScope, Store, StoreError, User, members, organisations};
use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{CountyNumber, Email, Lang, OrgCode, OrgKind, Organisation, Password, PersonName, Role};

async fn org(store: &dyn Store, code: &str) -> Organisation {
    organisations::sync_register(store).await.unwrap();
    store.organisation(&OrgCode::parse(code).unwrap()).await.unwrap().unwrap()
}

async fn user(store: &dyn Store, email: &str) -> User {
    store
        .create_user(&NewUser {
            email: Email::parse(email).unwrap(),
            name: PersonName::parse(email.split('@').next().unwrap()).unwrap(),
            password_hash: "not-a-real-hash".into(),
            site_admin: false,
        })
        .await
        .unwrap()
}

pub async fn schema_version_is_reported(store: &dyn Store) {
    assert!(store.schema_version().await.unwrap() >= 1);
}

pub async fn register_sync_is_idempotent(store: &dyn Store) {
    organisations::sync_register(store).await.unwrap();
    organisations::sync_register(store).await.unwrap();
    let all = store.organisations().await.unwrap();
    assert_eq!(all.iter().filter(|o| o.kind == OrgKind::Municipality).count(), 357);
    assert_eq!(all.iter().filter(|o| o.kind == OrgKind::County).count(), 15);
    let engerdal = org(store, "3425").await;
    assert_eq!(engerdal.name, "Engerdal");
    assert_eq!(engerdal.county.unwrap().as_str(), "34");
    assert!(store.organisation(&OrgCode::parse("9999").unwrap()).await.unwrap().is_none());
}

pub async fn regional_bodies_have_unique_codes(store: &dyn Store) {
    let new = NewOrganisation::regional(
        OrgKind::CountyGovernor,
        "Statsforvaltaren i Vestland",
        Some(CountyNumber::parse("46").unwrap()),
    )
    .unwrap();
    let made = store.create_organisation(&new).await.unwrap();
    assert_eq!(made.code.as_str(), "statsforvaltaren-i-vestland");
    assert_eq!(made.kind, OrgKind::CountyGovernor);
    assert_eq!(store.organisation(&made.code).await.unwrap(), Some(made));
    assert!(matches!(store.create_organisation(&new).await, Err(StoreError::Conflict(_))));
}

pub async fn e_mail_addresses_are_unique(store: &dyn Store) {
    let kari = user(store, "kari@engerdal.no").await;
    assert_eq!(store.user_by_id(kari.id).await.unwrap(), Some(kari.clone()));
    assert_eq!(store.user_by_email(&kari.email).await.unwrap(), Some(kari.clone()));
    let again = store
        .create_user(&NewUser {
            email: kari.email.clone(),
            name: PersonName::parse("Another Kari").unwrap(),
            password_hash: "x".into(),
            site_admin: false,
        })
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    // Through the use case the conflict names the field and the address.
    let err =
        members::create_account(store, &kari.email, &kari.name, &Password::parse("a-long-password").unwrap(), false)
            .await
            .unwrap_err();
    assert!(matches!(err, AppError::Conflict { field: "email", .. }), "{err:?}");
    assert!(err.to_string().contains("kari@engerdal.no"));
}

pub async fn login_failures_are_counted_per_address(store: &dyn Store) {
    let (kari, ola) = (token_hash("kari@engerdal.no"), token_hash("ola@engerdal.no"));
    assert_eq!(store.login_failures(&kari).await.unwrap(), None);
    for count in 1..=3 {
        let failures = store.record_login_failure(&kari, 1000 + count).await.unwrap();
        assert_eq!(failures, LoginFailures { count, last_at: 1000 + count });
    }
    assert_eq!(store.login_failures(&kari).await.unwrap(), Some(LoginFailures { count: 3, last_at: 1003 }));
    store.record_login_failure(&ola, 5000).await.unwrap();
    store.clear_login_failures(&kari).await.unwrap();
    assert_eq!(store.login_failures(&kari).await.unwrap(), None);
    assert_eq!(store.forget_login_failures(4000).await.unwrap(), 0);
    assert_eq!(store.forget_login_failures(5001).await.unwrap(), 1);
    assert_eq!(store.login_failures(&ola).await.unwrap(), None);
}

/// Failures slow down an address with a growing delay, the same for an address without
/// an account; a browser that signed in before is not made to wait.
pub async fn login_use_case_slows_down_an_address(store: &dyn Store) {
    let email = Email::parse("kari@engerdal.no").unwrap();
    let name = PersonName::parse("Kari").unwrap();
    let password = Password::parse("riktig-passord").unwrap();
    members::create_account(store, &email, &name, &password, false).await.unwrap();
    let other = Email::parse("ola@engerdal.no").unwrap();
    members::create_account(store, &other, &name, &password, false).await.unwrap();
    let stranger = || Device { secret: b"secret", cookie: None };
    let cookie = device_token(b"secret", &email);
    let owner = || Device { secret: b"secret", cookie: Some(&cookie) };
    let mut now = 1_000_000;
    assert!(login(store, "KARI@engerdal.no", "riktig-passord", stranger(), now).await.is_ok());
    let mut answers = Vec::new();
    let mut kari_waits_until = 0;
    for address in ["kari@engerdal.no", "nobody@engerdal.no"] {
        let mut seen = Vec::new();
        let mut at = now;
        for _ in 0..8 {
            match login(store, address, "feil", stranger(), at).await {
                Err(AppError::WrongCredentials) => seen.push(0),
                Err(AppError::Locked { until }) => {
                    seen.push(until - at);
                    // A try while waiting is refused without counting, even the right password.
                    let early = login(store, address, "riktig-passord", stranger(), until - 1).await;
                    assert!(matches!(early, Err(AppError::Locked { until: u }) if u == until), "{early:?}");
                    at = until;
                    if address.starts_with("kari") {
                        kari_waits_until = until;
                    }
                }
                other => panic!("{other:?}"),
            }
        }
        answers.push(seen);
    }
    assert_eq!(answers[0], [0, 0, 0, 0, 60, 120, 240, 480]);
    assert_eq!(answers[0], answers[1], "an unknown address is answered the same way");
    now = kari_waits_until - 1;
    // The owner's browser skips the wait; another account was never slowed.
    let waiting = login(store, "kari@engerdal.no", "riktig-passord", stranger(), now).await;
    assert!(matches!(waiting, Err(AppError::Locked { .. })), "{waiting:?}");
    assert!(login(store, "ola@engerdal.no", "riktig-passord", stranger(), now).await.is_ok());
    assert!(login(store, "kari@engerdal.no", "riktig-passord", owner(), now).await.is_ok());
    // Success forgets the failures.
    assert!(login(store, "kari@engerdal.no", "feil", stranger(), now).await.is_err());
    assert!(matches!(login(store, "kari@engerdal.no", "feil", stranger(), now).await, Err(AppError::WrongCredentials)));
}

/// Invitations: one open per address and organisation, reached by the token's hash
/// until they expire, scoped for listing and withdrawing, and accepted once, in one
/// transaction with the membership.
pub async fn invitations_are_scoped_expire_and_are_accepted_once(store: &dyn Store) {
    let (engerdal, lyngen) = (org(store, "3425").await, org(store, "5536").await);
    let (a, b) = (OrgScope::operator(&engerdal), OrgScope::operator(&lyngen));
    let kari = user(store, "kari@engerdal.no").await;
    let first = store.invite(&a, &kari.email, Role::Reader, "hash-1", 2000).await.unwrap();
    // A new invitation to the same address replaces the open one.
    let again = store.invite(&a, &kari.email, Role::Editor, "hash-2", 3000).await.unwrap();
    assert_eq!(again.id, first.id);
    assert_eq!((again.role, again.expires_at), (Role::Editor, 3000));
    assert_eq!(store.invitation_by_token("hash-1", 1000).await.unwrap(), None, "the old link is dead");
    assert_eq!(store.invitation_by_token("hash-2", 1000).await.unwrap(), Some(again.clone()));
    assert_eq!(store.invitation_by_token("hash-2", 3000).await.unwrap(), None, "expired");
    assert_eq!(store.invitations(&a, 1000).await.unwrap(), vec![again.clone()]);
    assert!(store.invitations(&b, 1000).await.unwrap().is_empty());
    assert!(not_found(store.cancel_invitation(&b, again.id).await));
    assert!(not_found(store.accept_invitation("hash-2", kari.id, 3000).await), "expired");
    store.accept_invitation("hash-2", kari.id, 1000).await.unwrap();
    let roles: Vec<(String, Role)> =
        store.memberships(kari.id).await.unwrap().into_iter().map(|m| (m.org.code.to_string(), m.role)).collect();
    assert!(roles.contains(&("3425".to_owned(), Role::Editor)), "{roles:?}");
    assert!(not_found(store.accept_invitation("hash-2", kari.id, 1000).await), "used once");
    assert!(store.invitations(&a, 1000).await.unwrap().is_empty());
    let withdrawn = store.invite(&b, &kari.email, Role::Reader, "hash-3", 3000).await.unwrap();
    store.cancel_invitation(&b, withdrawn.id).await.unwrap();
    assert_eq!(store.invitation_by_token("hash-3", 1000).await.unwrap(), None);
    // Expired invitations are forgotten, with their addresses; open ones stay.
    store.invite(&a, &kari.email, Role::Reader, "hash-4", 2000).await.unwrap();
    store.invite(&b, &kari.email, Role::Reader, "hash-5", 5000).await.unwrap();
    assert_eq!(store.forget_expired_invitations(3000).await.unwrap(), 1);
    assert!(store.invitations(&a, 0).await.unwrap().is_empty(), "not even listed as expired");
    assert_eq!(store.invitations(&b, 0).await.unwrap().len(), 1);
}

/// A member's services are kept per organisation and read back with the memberships.
pub async fn member_services_are_kept_per_organisation(store: &dyn Store) {
    let (engerdal, lyngen) = (org(store, "3425").await, org(store, "5536").await);
    let (a, b) = (OrgScope::operator(&engerdal), OrgScope::operator(&lyngen));
    let kari = user(store, "kari@engerdal.no").await;
    store.add_member(&a, kari.id, Role::Contributor).await.unwrap();
    let services = vec!["Helsestasjonen".to_owned(), "Skolen «Nord»".to_owned()];
    store.set_member_services(&a, kari.id, &services).await.unwrap();
    assert!(not_found(store.set_member_services(&b, kari.id, &services).await), "not a member there");
    let held = store.memberships(kari.id).await.unwrap();
    assert_eq!(held.iter().find(|m| m.org.code.as_str() == "3425").unwrap().services, services);
    let listed = store.members(&a).await.unwrap();
    assert_eq!(listed.iter().find(|m| m.user_id == kari.id).unwrap().services, services);
}

/// What a municipality shares with its county is its own, read back with it wherever
/// the organisation is loaded (by code, in the list, with a membership).
pub async fn sharing_is_kept_per_organisation(store: &dyn Store) {
    use forebygg_domain::county::{Part, Sharing};
    let engerdal = org(store, "3425").await;
    assert_eq!(engerdal.sharing, Sharing::default(), "nothing shared until chosen");
    let chosen = Sharing::of(&[Part::Measures, Part::Document]);
    store.set_sharing(&OrgScope::operator(&engerdal), chosen).await.unwrap();
    assert_eq!(org(store, "3425").await.sharing, chosen);
    assert_eq!(org(store, "5536").await.sharing, Sharing::default(), "another's stays");
    let listed = store.organisations().await.unwrap();
    assert_eq!(listed.iter().find(|o| o.id == engerdal.id).unwrap().sharing, chosen);
    let kari = user(store, "kari.deling@engerdal.no").await;
    store.add_member(&OrgScope::operator(&engerdal), kari.id, Role::Reader).await.unwrap();
    assert_eq!(store.memberships(kari.id).await.unwrap()[0].org.sharing, chosen);
}

/// A regional body's marks on a municipality: replaced as a whole, its own (another
/// body's stay), and read by the municipality with the body's name.
pub async fn county_marks_are_kept_per_body_and_municipality(store: &dyn Store) {
    use forebygg_domain::county::{Colour, Mark, MarkArea};
    let (engerdal, trysil) = (org(store, "3425").await, org(store, "3421").await);
    let body = |name: &str| {
        forebygg_domain::organisation::NewOrganisation::regional(
            forebygg_domain::OrgKind::CompetenceCentre,
            name,
            Some(forebygg_domain::CountyNumber::parse("34").unwrap()),
        )
        .unwrap()
    };
    let korus = store.create_organisation(&body("KORUS Øst")).await.unwrap();
    let rvts = store.create_organisation(&body("RVTS Øst")).await.unwrap();
    let (k, r) = (OrgScope::operator(&korus), OrgScope::operator(&rvts));
    let mark = |area, colour, note: &str| Mark { area, colour, note: note.to_owned() };
    let first = [mark(MarkArea::Plan, Colour::Green, "Vedtatt 2024."), mark(MarkArea::FollowUp, Colour::Red, "")];
    store.set_marks(&k, engerdal.id, &first, 10).await.unwrap();
    store.set_marks(&r, engerdal.id, &[mark(MarkArea::Cooperation, Colour::Yellow, "«Samarbeid»")], 11).await.unwrap();
    store.set_marks(&k, trysil.id, &[mark(MarkArea::Plan, Colour::Red, "Mangler plan.")], 12).await.unwrap();
    let by_korus = store.marks_by(&k).await.unwrap();
    assert_eq!(by_korus.len(), 3);
    assert!(by_korus.contains(&(engerdal.id, first[1].clone())));
    // Replaced as a whole: the follow-up mark goes, another body's stays.
    let second = [mark(MarkArea::Plan, Colour::Yellow, "Under rullering.")];
    store.set_marks(&k, engerdal.id, &second, 20).await.unwrap();
    let on = store.marks_on(&OrgScope::operator(&engerdal)).await.unwrap();
    assert_eq!(
        on,
        vec![
            ("KORUS Øst".to_owned(), second[0].clone()),
            ("RVTS Øst".to_owned(), mark(MarkArea::Cooperation, Colour::Yellow, "«Samarbeid»"))
        ]
    );
    assert_eq!(store.marks_on(&OrgScope::operator(&trysil)).await.unwrap().len(), 1);
    store.set_marks(&k, trysil.id, &[], 30).await.unwrap();
    assert!(store.marks_on(&OrgScope::operator(&trysil)).await.unwrap().is_empty(), "cleared");
}

pub async fn tenant_data_is_only_reached_through_its_scope(store: &dyn Store) {
    let engerdal = org(store, "3425").await;
    let lyngen = org(store, "5536").await;
    let (a, b) = (OrgScope::operator(&engerdal), OrgScope::operator(&lyngen));
    let kari = user(store, "kari@engerdal.no").await;
    let ola = user(store, "ola@lyngen.no").await;
    store.add_member(&a, kari.id, Role::Admin).await.unwrap();
    store.add_member(&b, ola.id, Role::Reader).await.unwrap();

    let in_a = store.members(&a).await.unwrap();
    assert_eq!(in_a.iter().map(|m| m.user_id).collect::<Vec<_>>(), vec![kari.id]);
    // Engerdal's scope cannot change or remove Lyngen's member.
    assert!(not_found(store.set_member_role(&a, ola.id, Role::Admin).await));
    assert!(not_found(store.remove_member(&a, ola.id).await));
    let in_b = store.members(&b).await.unwrap();
    assert_eq!(in_b.len(), 1);
    assert_eq!((in_b[0].user_id, in_b[0].role), (ola.id, Role::Reader));
    // Its own member can be changed.
    store.set_member_role(&a, kari.id, Role::PlanLead).await.unwrap();
    assert_eq!(store.members(&a).await.unwrap()[0].role, Role::PlanLead);
    assert!(matches!(store.add_member(&a, kari.id, Role::Reader).await, Err(StoreError::Conflict(_))));
    store.remove_member(&a, kari.id).await.unwrap();
    assert!(store.members(&a).await.unwrap().is_empty());
}

pub async fn people_can_belong_to_several_organisations(store: &dyn Store) {
    let engerdal = org(store, "3425").await;
    let trysil = org(store, "3421").await;
    let kari = user(store, "kari@engerdal.no").await;
    store.add_member(&OrgScope::operator(&engerdal), kari.id, Role::PlanLead).await.unwrap();
    store.add_member(&OrgScope::operator(&trysil), kari.id, Role::Reader).await.unwrap();
    let roles: Vec<(String, Role)> =
        store.memberships(kari.id).await.unwrap().into_iter().map(|m| (m.org.code.to_string(), m.role)).collect();
    assert_eq!(roles, vec![("3421".into(), Role::Reader), ("3425".into(), Role::PlanLead)]);
}

pub async fn sessions_expire_and_end(store: &dyn Store) {
    let kari = user(store, "kari@engerdal.no").await;
    store.create_session("h1", kari.id, 100).await.unwrap();
    store.create_session("h2", kari.id, 200).await.unwrap();
    assert_eq!(store.session_user("h1", 99).await.unwrap().map(|u| u.id), Some(kari.id));
    assert_eq!(store.session_user("h1", 100).await.unwrap(), None, "expired at its time");
    assert_eq!(store.session_user("nope", 0).await.unwrap(), None);
    assert_eq!(store.delete_expired_sessions(150).await.unwrap(), 1);
    store.delete_session("h2").await.unwrap();
    assert_eq!(store.session_user("h2", 0).await.unwrap(), None);
    store.create_session("h3", kari.id, 300).await.unwrap();
    store.delete_user_sessions(kari.id).await.unwrap();
    assert_eq!(store.session_user("h3", 0).await.unwrap(), None);
}

pub async fn shared_secret_is_set_once(store: &dyn Store) {
    assert_eq!(store.shared_secret("csrf", "first").await.unwrap(), "first");
    assert_eq!(store.shared_secret("csrf", "second").await.unwrap(), "first");
    assert_eq!(store.shared_secret("other", "second").await.unwrap(), "second");
}

pub async fn language_and_password_are_kept(store: &dyn Store) {
    let kari = user(store, "kari@engerdal.no").await;
    assert_eq!(kari.lang, None);
    store.set_user_lang(kari.id, Lang::Nn).await.unwrap();
    assert_eq!(store.user_by_id(kari.id).await.unwrap().unwrap().lang, Some(Lang::Nn));
    store.set_password_hash(kari.id, "new-hash").await.unwrap();
    assert_eq!(store.credentials(&kari.email).await.unwrap().unwrap().password_hash, "new-hash");
}

pub async fn backup_writes_a_copy_and_refuses_to_overwrite(store: &dyn Store) {
    user(store, "kari@engerdal.no").await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("backup.db");
    store.backup_to(&path).await.unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 0);
    assert!(matches!(store.backup_to(&path).await, Err(StoreError::Conflict(_))));
}
