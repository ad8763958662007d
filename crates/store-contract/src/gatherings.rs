//! The county's network gatherings: kept per body, registrations scoped to their
//! municipality, and the caps holding when many register at once.

use std::sync::Arc;

use chrono::NaiveDate;
use forebygg_app::{OrgScope, Registered, Store, organisations};
use forebygg_domain::county::gatherings::{GatheringFields, Participant, Seat, SeatRefusal, Venue};
use forebygg_domain::ids::GatheringId;
use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{CountyNumber, OrgCode, OrgKind, Organisation};

use crate::not_found;

async fn org(store: &dyn Store, code: &str) -> Organisation {
    organisations::sync_register(store).await.unwrap();
    store.organisation(&OrgCode::parse(code).unwrap()).await.unwrap().unwrap()
}

async fn governor(store: &dyn Store, name: &str) -> Organisation {
    let county = Some(CountyNumber::parse("34").unwrap());
    let body = NewOrganisation::regional(OrgKind::CountyGovernor, name, county).unwrap();
    store.create_organisation(&body).await.unwrap()
}

fn fields(title: &str, venue: Venue, capacity: Option<u32>) -> GatheringFields {
    let day = NaiveDate::from_ymd_opt(2027, 1, 25).unwrap();
    GatheringFields {
        title: title.to_owned(),
        venue,
        starts: day.and_hms_opt(11, 30, 0).unwrap(),
        ends: day.succ_opt().unwrap().and_hms_opt(12, 30, 0).unwrap(),
        topics: vec!["Rammer for kommunalt planarbeid".into(), "Kartlegging og analyse".into()],
        capacity,
    }
}

fn person(name: &str) -> Participant {
    Participant { name: name.to_owned(), email: String::new(), role: "helsesykepleiar".into() }
}

fn physical(per_municipality: u32) -> Venue {
    Venue::Physical { place: "Hamar".into(), per_municipality }
}

pub async fn gatherings_round_trip_and_registrations_are_scoped(store: &dyn Store) {
    let (engerdal, trysil) = (org(store, "3425").await, org(store, "3421").await);
    let sf = governor(store, "Statsforvalteren i Innlandet").await;
    let other = governor(store, "Statsforvalteren i Innlandet, kontor Lillehammer").await;
    let (body, other_body) = (OrgScope::operator(&sf), OrgScope::operator(&other));
    let digital = Venue::Digital { link: "https://teams.example/samling".into() };
    let later = fields("Digital samling", digital, None);
    let mut first = fields("Fysisk samling", physical(10), Some(40));
    first.starts -= chrono::Duration::days(1);
    let b = store.create_gathering(&body, &later, 1).await.unwrap();
    let a = store.create_gathering(&body, &first, 2).await.unwrap();
    let listed = store.gatherings(sf.id).await.unwrap();
    assert_eq!(listed.iter().map(|g| g.id).collect::<Vec<_>>(), vec![a, b], "earliest first");
    assert_eq!(listed[0].fields, first);
    assert_eq!(listed[1].fields, later, "a digital gathering has no cap per municipality");
    assert!(store.gatherings(other.id).await.unwrap().is_empty());
    assert!(not_found(store.gathering(other.id, a).await));
    assert!(not_found(store.update_gathering(&other_body, a, &later).await), "another body's");
    let mut moved = first.clone();
    moved.venue = physical(8);
    store.update_gathering(&body, a, &moved).await.unwrap();
    assert_eq!(store.gathering(sf.id, a).await.unwrap().fields, moved);

    let (e, t) = (OrgScope::operator(&engerdal), OrgScope::operator(&trysil));
    let Registered::Seated { id: kari, seat } = store.register(&e, sf.id, a, &person("Kari"), 10).await.unwrap() else {
        panic!("Kari is refused")
    };
    assert_eq!(seat, Seat::Confirmed);
    store.register(&t, sf.id, a, &person("Ola"), 11).await.unwrap();
    assert!(not_found(store.register(&e, other.id, a, &person("Per"), 12).await), "through another body");
    assert!(not_found(store.register(&e, sf.id, GatheringId::new(9999), &person("Per"), 12).await));
    let mine = store.registrations(a, Some(engerdal.id)).await.unwrap();
    assert_eq!(mine.iter().map(|r| r.participant.name.as_str()).collect::<Vec<_>>(), vec!["Kari"]);
    assert_eq!(mine[0].participant, person("Kari"));
    assert_eq!(store.registrations(a, None).await.unwrap().len(), 2);
    assert!(store.registrations(b, None).await.unwrap().is_empty());
    // Trysil cannot cancel Engerdal's participant; the body can.
    assert!(not_found(store.cancel_registration(sf.id, a, Some(trysil.id), kari).await));
    assert!(not_found(store.cancel_registration(other.id, a, None, kari).await));
    assert_eq!(store.cancel_registration(sf.id, a, None, kari).await.unwrap(), None);
    assert!(not_found(store.cancel_registration(sf.id, a, None, kari).await), "gone");
    assert_eq!(store.registrations(a, None).await.unwrap().len(), 1);
}

/// Parallel registrations for the last places never pass the cap per municipality or
/// the total, and each cancellation of a confirmed seat moves exactly one up.
pub async fn caps_hold_under_concurrent_registrations(store: Arc<dyn Store>) {
    let (engerdal, trysil) = (org(&*store, "3425").await, org(&*store, "3421").await);
    let sf = governor(&*store, "Statsforvalteren i Innlandet").await;
    let g =
        store.create_gathering(&OrgScope::operator(&sf), &fields("Fysisk samling", physical(10), Some(12)), 1).await;
    let g = g.unwrap();
    let (e, t) = (OrgScope::operator(&engerdal), OrgScope::operator(&trysil));
    for i in 0..8 {
        store.register(&e, sf.id, g, &person(&format!("Engerdal {i}")), 2).await.unwrap();
    }
    // Twenty more from Engerdal (two places left of its ten) and twenty from Trysil
    // race for the last four of twelve.
    let mut tasks = Vec::new();
    for i in 0..40 {
        let (store, scope) = (store.clone(), if i % 2 == 0 { e.clone() } else { t.clone() });
        tasks.push(tokio::spawn(async move {
            store.register(&scope, sf.id, g, &person(&format!("Racer {i}")), 3).await.unwrap()
        }));
    }
    let mut refused = 0;
    for task in tasks {
        if let Registered::Refused(r) = task.await.unwrap() {
            assert_eq!(r, SeatRefusal::MunicipalityFull { max: 10 });
            refused += 1;
        }
    }
    assert_eq!(refused, 28, "eighteen from Engerdal and ten from Trysil over their ten are refused");
    let all = store.registrations(g, None).await.unwrap();
    let of =
        |m, seat: Option<Seat>| all.iter().filter(|r| r.municipality == m && seat.is_none_or(|s| r.seat == s)).count();
    assert_eq!(of(engerdal.id, None), 10);
    assert_eq!(of(trysil.id, None), 10);
    let confirmed: Vec<_> = all.iter().filter(|r| r.seat == Seat::Confirmed).collect();
    assert_eq!(confirmed.len(), 12, "the total holds");
    assert_eq!(all.len() - confirmed.len(), 8, "the rest wait");
    // Waiting comes after every confirmed one: seats are given in the order of arrival.
    let last_confirmed = confirmed.iter().map(|r| r.id).max().unwrap();
    assert!(all.iter().filter(|r| r.seat == Seat::Waiting).all(|r| r.id > last_confirmed));

    // One confirmed cancels: the first waiting moves up, exactly one.
    let first_waiting = all.iter().find(|r| r.seat == Seat::Waiting).unwrap().id;
    let moved = store.cancel_registration(sf.id, g, None, confirmed[0].id).await.unwrap();
    assert_eq!(moved, Some(first_waiting));
    // A waiting one cancels: no one moves.
    let last = all.iter().rfind(|r| r.seat == Seat::Waiting).unwrap().id;
    assert_eq!(store.cancel_registration(sf.id, g, None, last).await.unwrap(), None);
    // Three confirmed cancel at once: three move up, the total still holds.
    let leaving: Vec<i64> = confirmed[1..4].iter().map(|r| r.id).collect();
    let mut tasks = Vec::new();
    for id in leaving {
        let store = store.clone();
        tasks.push(tokio::spawn(async move { store.cancel_registration(sf.id, g, None, id).await.unwrap() }));
    }
    let mut promoted = Vec::new();
    for task in tasks {
        promoted.push(task.await.unwrap().expect("one moves up per cancellation"));
    }
    promoted.sort();
    promoted.dedup();
    assert_eq!(promoted.len(), 3, "each a different one");
    let now = store.registrations(g, None).await.unwrap();
    assert_eq!(now.iter().filter(|r| r.seat == Seat::Confirmed).count(), 12);
    assert_eq!(now.iter().filter(|r| r.seat == Seat::Waiting).count(), 3);

    // Two more seats: the first two waiting move up, in order, and no one else.
    let waiting: Vec<i64> = now.iter().filter(|r| r.seat == Seat::Waiting).map(|r| r.id).collect();
    let body = OrgScope::operator(&sf);
    let moved = store.update_gathering(&body, g, &fields("Fysisk samling", physical(10), Some(14))).await.unwrap();
    assert_eq!(moved, 2);
    let now = store.registrations(g, None).await.unwrap();
    let still: Vec<i64> = now.iter().filter(|r| r.seat == Seat::Waiting).map(|r| r.id).collect();
    assert_eq!(still, waiting[2..], "the first two moved up");
    assert_eq!(now.iter().filter(|r| r.seat == Seat::Confirmed).count(), 14);

    // A digital gathering takes everyone a municipality brings.
    let digital = Venue::Digital { link: "https://teams.example/s".into() };
    let d = store.create_gathering(&OrgScope::operator(&sf), &fields("Digital", digital, None), 4).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..15 {
        let (store, scope) = (store.clone(), e.clone());
        tasks.push(tokio::spawn(async move { store.register(&scope, sf.id, d, &person(&format!("D {i}")), 5).await }));
    }
    for task in tasks {
        assert!(matches!(task.await.unwrap().unwrap(), Registered::Seated { seat: Seat::Confirmed, .. }));
    }
}

/// A body's reflection tasks: each municipality answers once (a new answer replaces
/// its own, never another's), only tasks of the body named, linked only to its own
/// gatherings.
pub async fn reflections_are_answered_once_per_municipality_and_scoped(store: &dyn Store) {
    use forebygg_domain::county::reflection::{ReflectionAnswer, ReflectionFields};
    let (engerdal, trysil) = (org(store, "3425").await, org(store, "3421").await);
    let sf = governor(store, "Statsforvalteren i Innlandet").await;
    let other = governor(store, "Statsforvalteren i Innlandet, kontor Lillehammer").await;
    let body = OrgScope::operator(&sf);
    let g = store.create_gathering(&body, &fields("Digital samling", physical(10), None), 1).await.unwrap();
    let theirs = store.create_gathering(&OrgScope::operator(&other), &fields("Annan", physical(10), None), 1).await;
    let task = |title: &str, gathering| ReflectionFields {
        title: title.into(),
        prompt: "Korleis er planarbeidet forankra i leiinga?".into(),
        due: forebygg_domain::timeline::NorDate::ymd(2027, 3, 10),
        gathering,
    };
    let first = store.create_reflection(&body, &task("Forankring", Some(g)), 5).await.unwrap();
    let stray = store.create_reflection(&body, &task("Lenkja feil", Some(theirs.unwrap())), 6).await.unwrap();
    let listed = store.reflections(sf.id).await.unwrap();
    assert_eq!(listed.iter().map(|t| t.id).collect::<Vec<_>>(), vec![stray, first], "newest first");
    assert_eq!(listed[1].fields, task("Forankring", Some(g)));
    assert_eq!(listed[0].fields.gathering, None, "another body's gathering is not linked");
    assert!(not_found(store.reflection(other.id, first).await));

    let answer =
        |text: &str, at| ReflectionAnswer { municipality: engerdal.id, text: text.into(), by: "Kari".into(), at };
    let (e, t) = (OrgScope::operator(&engerdal), OrgScope::operator(&trysil));
    store.answer_reflection(&e, sf.id, first, &answer("Første utkast", 10)).await.unwrap();
    store.answer_reflection(&e, sf.id, first, &answer("Drøfta i leiargruppa", 11)).await.unwrap();
    let mut trysils = answer("Trysil svarar", 12);
    trysils.municipality = trysil.id;
    store.answer_reflection(&t, sf.id, first, &trysils).await.unwrap();
    assert!(not_found(store.answer_reflection(&e, other.id, first, &answer("Feil organ", 13)).await));
    let all = store.reflection_answers(first, None).await.unwrap();
    assert_eq!(all.len(), 2, "one per municipality");
    let mine = store.reflection_answers(first, Some(engerdal.id)).await.unwrap();
    assert_eq!(mine, vec![answer("Drøfta i leiargruppa", 11)], "replaced");
    assert!(store.reflection_answers(stray, None).await.unwrap().is_empty());
}

/// Erasure reaches a person's registrations that the erasing organisation holds — those
/// a municipality made, those for a body's own gatherings — and no others: for a
/// gathering to come the registration goes and its seat passes on; for one held, the
/// seat stays without a person.
pub async fn erasure_reaches_the_registrations_held_and_only_those(store: &dyn Store) {
    use forebygg_domain::Email;
    use forebygg_domain::ids::UserId;
    let (engerdal, trysil) = (org(store, "3425").await, org(store, "3421").await);
    let sf = governor(store, "Statsforvalteren i Innlandet").await;
    let body = OrgScope::operator(&sf);
    let (e, t) = (OrgScope::operator(&engerdal), OrgScope::operator(&trysil));
    let held = store.create_gathering(&body, &fields("Haldt samling", physical(10), None), 1).await.unwrap();
    let coming = fields("Samling som kjem", physical(10), Some(2));
    let mut coming_fields = coming.clone();
    coming_fields.starts += chrono::Duration::days(30);
    coming_fields.ends += chrono::Duration::days(30);
    let coming = store.create_gathering(&body, &coming_fields, 1).await.unwrap();
    let kari = |name: &str| Participant { name: name.into(), email: "kari@example.no".into(), role: "rektor".into() };
    let seat = |r: Registered| match r {
        Registered::Seated { id, .. } => id,
        Registered::Refused(r) => panic!("refused: {r:?}"),
    };
    let held_e = seat(store.register(&e, sf.id, held, &kari("Kari"), 2).await.unwrap());
    let coming_e = seat(store.register(&e, sf.id, coming, &kari("Kari"), 3).await.unwrap());
    let coming_t = seat(store.register(&t, sf.id, coming, &kari("Kari Trysil"), 4).await.unwrap());
    let waiting = seat(store.register(&t, sf.id, coming, &person("Ola"), 5).await.unwrap());
    let email = Email::parse("Kari@Example.no").unwrap();
    let found = store.registrations_by_email(&e, &email).await.unwrap();
    assert_eq!(
        found.iter().map(|h| (h.title.as_str(), h.registration.id)).collect::<Vec<_>>(),
        vec![("Haldt samling", held_e), ("Samling som kjem", coming_e)],
        "Engerdal holds its own two, not Trysil's"
    );
    assert_eq!(
        store.registrations_by_email(&body, &email).await.unwrap().len(),
        3,
        "the body holds all at its gatherings"
    );

    // Engerdal erases, between the two gatherings.
    let between = coming_fields.starts - chrono::Duration::days(10);
    let erased = store.erase_participant(&e, &email, UserId::new(7), 99, between).await.unwrap();
    assert_eq!((erased.cancelled, erased.blanked, erased.promoted), (1, 1, 1));
    let held_now = store.registrations(held, None).await.unwrap();
    assert_eq!(held_now.len(), 1, "the held gathering keeps its attendance");
    assert_eq!(held_now[0].participant, Participant { name: String::new(), email: String::new(), role: String::new() });
    let coming_now = store.registrations(coming, None).await.unwrap();
    assert_eq!(
        coming_now.iter().map(|r| (r.id, r.seat)).collect::<Vec<_>>(),
        vec![(coming_t, Seat::Confirmed), (waiting, Seat::Confirmed)],
        "Engerdal's seat went to the first waiting; Trysil's Kari is not Engerdal's to erase"
    );
    assert!(store.registrations_by_email(&e, &email).await.unwrap().is_empty());
    let log = store.audit_log(&e).await.unwrap();
    assert!(log.iter().any(|l| l.action == "erase_participant" && !l.detail.contains("kari")), "{log:?}");

    // The body erases what is left at its gatherings.
    let erased = store.erase_participant(&body, &email, UserId::new(8), 100, between).await.unwrap();
    assert_eq!((erased.cancelled, erased.blanked, erased.promoted), (1, 0, 0), "no one waits now");
    assert!(store.registrations_by_email(&body, &email).await.unwrap().is_empty());
    assert_eq!(store.registrations(coming, None).await.unwrap().len(), 1);
}
