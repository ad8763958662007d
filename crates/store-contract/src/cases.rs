//! The cases of the storage contract. Each gets an empty, migrated store.

use crate::not_found;
use forebygg_app::auth::{LOCK_SECONDS, LOCK_THRESHOLD, login};
use forebygg_app::{AppError, NewUser, OrgScope, Store, StoreError, User, members, organisations};
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

pub async fn login_failures_lock_the_account(store: &dyn Store) {
    let kari = user(store, "kari@engerdal.no").await;
    for _ in 1..LOCK_THRESHOLD {
        assert_eq!(store.record_login_failure(kari.id, LOCK_THRESHOLD, 5000).await.unwrap(), None);
    }
    assert_eq!(store.record_login_failure(kari.id, LOCK_THRESHOLD, 5000).await.unwrap(), Some(5000));
    let creds = store.credentials(&kari.email).await.unwrap().unwrap();
    assert_eq!(creds.locked_until, Some(5000));
    store.clear_login_failures(kari.id).await.unwrap();
    assert_eq!(store.credentials(&kari.email).await.unwrap().unwrap().locked_until, None);
}

pub async fn login_use_case_throttles_per_account(store: &dyn Store) {
    let email = Email::parse("kari@engerdal.no").unwrap();
    let name = PersonName::parse("Kari").unwrap();
    let password = Password::parse("riktig-passord").unwrap();
    members::create_account(store, &email, &name, &password, false).await.unwrap();
    let other = Email::parse("ola@engerdal.no").unwrap();
    members::create_account(store, &other, &name, &password, false).await.unwrap();
    let now = 1_000_000;
    assert!(login(store, "KARI@engerdal.no", "riktig-passord", now).await.is_ok());
    for _ in 1..LOCK_THRESHOLD {
        assert!(matches!(login(store, "kari@engerdal.no", "feil", now).await, Err(AppError::WrongCredentials)));
    }
    let locked = login(store, "kari@engerdal.no", "feil", now).await;
    assert!(matches!(locked, Err(AppError::Locked { until }) if until == now + LOCK_SECONDS), "{locked:?}");
    // Even the right password waits out the lock; another account is not affected.
    assert!(matches!(login(store, "kari@engerdal.no", "riktig-passord", now + 60).await, Err(AppError::Locked { .. })));
    assert!(login(store, "ola@engerdal.no", "riktig-passord", now + 60).await.is_ok());
    assert!(login(store, "kari@engerdal.no", "riktig-passord", now + LOCK_SECONDS + 1).await.is_ok());
    assert!(matches!(login(store, "nobody@engerdal.no", "riktig-passord", now).await, Err(AppError::WrongCredentials)));
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
