//! The storage contract for plans, links, programmes and activities.

use crate::not_found;
use forebygg_app::{OrgScope, Store, organisations};
use forebygg_domain::OrgCode;
use forebygg_domain::check::{Area, Score, ScoreCard};
use forebygg_domain::ids::PlanId;
use forebygg_domain::plan::activity::ActivityFields;
use forebygg_domain::plan::presets::Preset;
use forebygg_domain::plan::{ActivityKind, LinkKind, Period, Phase, PlanFields, Programme};
use forebygg_domain::timeline::{BodyKind, NorDate};

async fn scope(store: &dyn Store, code: &str) -> OrgScope {
    organisations::sync_register(store).await.unwrap();
    let org = store.organisation(&OrgCode::parse(code).unwrap()).await.unwrap().unwrap();
    OrgScope::operator(&org)
}

fn fields(title: &str) -> PlanFields {
    PlanFields {
        plan_type: "preventive".into(),
        title: title.into(),
        phase: Phase::Start,
        period: Some(Period { from: 2024, to: 2027 }),
        under_pbl: true,
    }
}

fn activity(title: &str, start: &str, end: Option<&str>) -> ActivityFields {
    ActivityFields {
        kind: ActivityKind::DraftHearing,
        title: title.into(),
        start: NorDate::parse(start).unwrap(),
        end: end.map(|e| NorDate::parse(e).unwrap()),
        responsible: "Arbeidsgruppa".into(),
        body: Some(BodyKind::Council),
        done: false,
        justification: String::new(),
    }
}

pub async fn plans_round_trip_with_their_programme(store: &dyn Store) {
    let a = scope(store, "3425").await;
    let engerdal = Preset::Engerdal.programme();
    let plan = store.create_plan(&a, &fields("Plan for førebyggjande arbeid"), &engerdal).await.unwrap();
    assert_eq!(plan.title, "Plan for førebyggjande arbeid");
    assert_eq!(plan.period, Some(Period { from: 2024, to: 2027 }));
    assert!(plan.under_pbl);
    assert_eq!(store.plan(&a, plan.id).await.unwrap(), plan.clone());
    assert_eq!(store.programme(&a, plan.id).await.unwrap(), engerdal);

    let mut changed = fields("Oppvekstplan 2025–2028");
    changed.plan_type = "upbringing".into();
    changed.phase = Phase::Drafting;
    changed.period = None;
    changed.under_pbl = false;
    store.update_plan(&a, plan.id, &changed).await.unwrap();
    let again = store.plan(&a, plan.id).await.unwrap();
    assert_eq!(
        (again.plan_type.as_str(), again.phase, again.period, again.under_pbl),
        ("upbringing", Phase::Drafting, None, false)
    );

    let programme = Programme { purpose: "Formål med «sitat» og æøå".into(), ..Programme::default() };
    store.save_programme(&a, plan.id, &programme).await.unwrap();
    assert_eq!(store.programme(&a, plan.id).await.unwrap(), programme);

    let second = store.create_plan(&a, &fields("Alkoholpolitisk handlingsplan"), &Programme::default()).await.unwrap();
    let listed: Vec<PlanId> = store.plans(&a).await.unwrap().iter().map(|p| p.id).collect();
    assert_eq!(listed, vec![second.id, plan.id], "newest first");
    assert_eq!(store.all_plans().await.unwrap().len(), 2);
}

pub async fn links_join_plans_of_one_organisation(store: &dyn Store) {
    let a = scope(store, "3425").await;
    let p1 = store.create_plan(&a, &fields("Forebygging"), &Programme::default()).await.unwrap();
    let p2 = store.create_plan(&a, &fields("Kommuneplanens samfunnsdel"), &Programme::default()).await.unwrap();
    store.add_link(&a, p1.id, p2.id, LinkKind::AnchoredIn).await.unwrap();
    assert!(not_found(store.add_link(&a, p1.id, p1.id, LinkKind::Overlaps).await), "not to itself");
    let links = store.links(&a, p1.id).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!((links[0].0, links[0].1.id), (LinkKind::AnchoredIn, p2.id));
    store.add_link(&a, p1.id, p2.id, LinkKind::Overlaps).await.expect("relinking changes the kind");
    assert_eq!(store.links(&a, p1.id).await.unwrap()[0].0, LinkKind::Overlaps);
    store.remove_link(&a, p1.id, p2.id).await.unwrap();
    assert!(store.links(&a, p1.id).await.unwrap().is_empty());
}

pub async fn activities_are_kept_in_date_order(store: &dyn Store) {
    let a = scope(store, "3425").await;
    let plan = store.create_plan(&a, &fields("Forebygging"), &Programme::default()).await.unwrap();
    let late = store
        .create_activity(&a, plan.id, &activity("Høring av planforslag", "22.01.2024", Some("29.02.2024")))
        .await
        .unwrap();
    let early =
        store.create_activity(&a, plan.id, &activity("Oppstart – «kick-off»", "15.06.2023", None)).await.unwrap();
    let listed = store.activities(&a, plan.id).await.unwrap();
    assert_eq!(listed, vec![early.clone(), late.clone()]);
    assert_eq!(listed[1].fields.end, Some(NorDate::parse("29.02.2024").unwrap()));

    let mut done = late.fields.clone();
    done.done = true;
    done.justification = "Kort høring avtalt med alle".into();
    done.body = None;
    store.update_activity(&a, plan.id, late.id, &done).await.unwrap();
    assert_eq!(store.activities(&a, plan.id).await.unwrap()[1].fields, done);
    store.delete_activity(&a, plan.id, early.id).await.unwrap();
    assert_eq!(store.activities(&a, plan.id).await.unwrap().len(), 1);
}

pub async fn a_hearing_state_is_kept_and_scoped(store: &dyn Store) {
    use forebygg_domain::ids::VersionId;
    use forebygg_domain::plan::process::HearingState;
    let a = scope(store, "3425").await;
    let b = scope(store, "5536").await;
    let plan = store.create_plan(&a, &fields("Forebygging"), &Programme::default()).await.unwrap();
    let hearing =
        store.create_activity(&a, plan.id, &activity("Høring", "22.01.2024", Some("04.03.2024"))).await.unwrap();
    assert_eq!(hearing.hearing, HearingState::default(), "a new hearing is not opened");
    let mut meeting = activity("Møte", "01.02.2024", None);
    meeting.kind = ActivityKind::Other;
    let meeting = store.create_activity(&a, plan.id, &meeting).await.unwrap();
    let opened =
        HearingState { opened_at: Some(1_705_900_000), version: Some(VersionId::new(3)), ..HearingState::default() };
    store.set_hearing_state(&a, plan.id, hearing.id, &opened).await.unwrap();
    assert!(
        not_found(store.set_hearing_state(&b, plan.id, hearing.id, &HearingState::default()).await),
        "Lyngen cannot"
    );
    assert!(
        not_found(store.set_hearing_state(&a, plan.id, meeting.id, &opened).await),
        "only a hearing has a hearing state"
    );
    let closed = HearingState {
        closed_on: Some(NorDate::parse("20.02.2024").unwrap()),
        close_reason: "Saken må rekke «kommunestyret»".into(),
        ..opened
    };
    store.set_hearing_state(&a, plan.id, hearing.id, &closed).await.unwrap();
    let listed = store.activities(&a, plan.id).await.unwrap();
    assert_eq!(listed.iter().find(|x| x.id == hearing.id).unwrap().hearing, closed);
    assert_eq!(listed.iter().find(|x| x.id == meeting.id).unwrap().hearing, HearingState::default());
}

pub async fn plans_of_another_organisation_do_not_exist_for_a_scope(store: &dyn Store) {
    let a = scope(store, "3425").await;
    let b = scope(store, "5536").await;
    let mine = store.create_plan(&a, &fields("Engerdal"), &Programme::default()).await.unwrap();
    let theirs = store.create_plan(&b, &fields("Lyngen"), &Preset::Lyngen.programme()).await.unwrap();
    let their_activity = store
        .create_activity(&b, theirs.id, &activity("Lyngens høring", "01.03.2024", Some("12.04.2024")))
        .await
        .unwrap();

    assert_eq!(store.plans(&a).await.unwrap().iter().map(|p| p.id).collect::<Vec<_>>(), vec![mine.id]);
    assert!(not_found(store.plan(&a, theirs.id).await));
    assert!(not_found(store.update_plan(&a, theirs.id, &fields("Kapret")).await));
    assert!(not_found(store.programme(&a, theirs.id).await));
    assert!(not_found(store.save_programme(&a, theirs.id, &Programme::default()).await));
    assert!(not_found(store.add_link(&a, mine.id, theirs.id, LinkKind::Overlaps).await));
    assert!(not_found(store.add_link(&a, theirs.id, mine.id, LinkKind::Overlaps).await));
    assert!(store.links(&b, theirs.id).await.unwrap().is_empty());
    assert!(store.activities(&a, theirs.id).await.unwrap().is_empty());
    assert!(not_found(store.create_activity(&a, theirs.id, &activity("Inntrenger", "01.01.2024", None)).await));
    assert!(not_found(
        store.update_activity(&a, theirs.id, their_activity.id, &activity("Endret", "01.01.2024", None)).await
    ));
    assert!(not_found(
        store.update_activity(&a, mine.id, their_activity.id, &activity("Endret", "01.01.2024", None)).await
    ));
    assert!(not_found(store.delete_activity(&a, theirs.id, their_activity.id).await));

    // Lyngen's data is untouched.
    assert_eq!(store.plan(&b, theirs.id).await.unwrap().title, "Lyngen");
    assert_eq!(store.programme(&b, theirs.id).await.unwrap(), Preset::Lyngen.programme());
    assert_eq!(store.activities(&b, theirs.id).await.unwrap(), vec![their_activity]);
}

pub async fn chapter_texts_are_written_replaced_and_scoped(store: &dyn Store) {
    use forebygg_app::store::document::ChapterText;
    organisations::sync_register(store).await.unwrap();
    let scope_of = |code: &'static str| async move {
        let org = store.organisation(&OrgCode::parse(code).unwrap()).await.unwrap().unwrap();
        OrgScope::operator(&org)
    };
    let (a, b) = (scope_of("3425").await, scope_of("5536").await);
    let fields = PlanFields {
        plan_type: "preventive".into(),
        title: "Plan".into(),
        phase: Phase::DraftOnHearing,
        period: None,
        under_pbl: false,
    };
    let plan = store.create_plan(&a, &fields, &Programme::default()).await.unwrap().id;
    let key = |k: &str| forebygg_domain::plan::programme::ChapterKey::parse(k).unwrap();
    let text = |chapter: &str, body: &str, at| ChapterText {
        key: key(chapter),
        body: body.into(),
        updated_by: "Kari Nordmo".into(),
        updated_at: at,
    };
    store.save_chapter(&a, plan, &text("3.2", "Første utkast", 1)).await.unwrap();
    store.save_chapter(&a, plan, &text("1", "Innledning", 2)).await.unwrap();
    store.save_chapter(&a, plan, &text("3.2", "Andre utkast", 3)).await.expect("replaced");
    let stored = store.chapter_texts(&a, plan).await.unwrap();
    assert_eq!(stored, vec![text("1", "Innledning", 2), text("3.2", "Andre utkast", 3)]);
    assert!(not_found(store.save_chapter(&b, plan, &text("1", "Kapret", 4)).await), "Lyngen cannot write");
    assert!(store.chapter_texts(&b, plan).await.unwrap().is_empty(), "nor read");
    assert_eq!(store.chapter_texts(&a, plan).await.unwrap()[0].body, "Innledning");
    store.save_chapter(&a, plan, &text("c7", "Ny", 5)).await.unwrap();
    store.delete_chapter_texts(&b, plan, &[key("1"), key("c7")]).await.unwrap();
    assert_eq!(store.chapter_texts(&a, plan).await.unwrap().len(), 3, "Lyngen deletes nothing");
    store.delete_chapter_texts(&a, plan, &[key("1"), key("c7"), key("9")]).await.unwrap();
    assert_eq!(store.chapter_texts(&a, plan).await.unwrap(), vec![text("3.2", "Andre utkast", 3)]);
}

pub async fn versions_are_frozen_and_scoped(store: &dyn Store) {
    use forebygg_domain::document::version::{Snapshot, SnapshotChapter, VersionForm};
    let a = scope(store, "3425").await;
    let b = scope(store, "5536").await;
    let fields = PlanFields {
        plan_type: "preventive".into(),
        title: "Plan".into(),
        phase: Phase::DraftOnHearing,
        period: None,
        under_pbl: false,
    };
    let plan = store.create_plan(&a, &fields, &Programme::default()).await.unwrap().id;
    let version = VersionForm { kind: "hearing_draft".into(), date: "22.01.2024".into(), ..VersionForm::default() }
        .parse()
        .unwrap();
    let snapshot = Snapshot {
        chapters: vec![SnapshotChapter {
            key: "c1".into(),
            number: "1".into(),
            title: "Innledning".into(),
            body: "Tekst «slik den var»\n\n{{tiltak}}".into(),
        }],
        measures: vec![],
        // A programme version keeps the programme as it stood.
        programme: Some(Preset::Lyngen.programme()),
        // The generated blocks' data is kept as it stood.
        generated: forebygg_domain::document::generated::Generated {
            goals: vec![forebygg_domain::document::generated::GoalLine {
                id: forebygg_domain::ids::GoalId::new(7),
                parent: None,
                level: "main".into(),
                title: "Trygg oppvekst".into(),
            }],
            ..Default::default()
        },
        // The plan check's scores as they stood.
        check: Some(ScoreCard {
            total: Score { passed: 30, applicable: 41 },
            areas: vec![
                (Area::Law, Score { passed: 19, applicable: 22 }),
                (Area::Themes, Score { passed: 0, applicable: 2 }),
            ],
            failing: vec!["child-welfare-role".into(), "expected-themes".into()],
        }),
    };
    let v = store.freeze_version(&a, plan, &version, &snapshot, "Kari Nordmo", 10).await.unwrap();
    assert_eq!(
        (v.plan_id, &v.fields, &v.snapshot, v.created_by.as_str(), v.created_at),
        (plan, &version, &snapshot, "Kari Nordmo", 10)
    );
    assert!(not_found(store.freeze_version(&b, plan, &version, &snapshot, "x", 11).await));
    assert_eq!(store.versions(&a, plan).await.unwrap(), vec![v]);
    assert!(store.versions(&b, plan).await.unwrap().is_empty());
}
