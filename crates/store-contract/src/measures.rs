//! The storage contract for the register of measures.

use crate::not_found;
use forebygg_app::{OrgScope, Store, organisations};
use forebygg_domain::OrgCode;
use forebygg_domain::ids::PlanId;
use forebygg_domain::measures::{AgeBand, MeasureFields, MeasureStatus, PreventionLevel};
use forebygg_domain::plan::{Phase, PlanFields, Programme};
use forebygg_domain::theme::Theme;

pub(crate) async fn plan_of(store: &dyn Store, code: &str) -> (OrgScope, PlanId) {
    organisations::sync_register(store).await.unwrap();
    let org = store.organisation(&OrgCode::parse(code).unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let fields = PlanFields {
        plan_type: "preventive".into(),
        title: format!("Plan {code}"),
        phase: Phase::DraftOnHearing,
        period: None,
        under_pbl: false,
    };
    (scope.clone(), store.create_plan(&scope, &fields, &Programme::default()).await.unwrap().id)
}

fn measure(i: usize) -> MeasureFields {
    MeasureFields {
        name: format!("Tiltak {i} «trygg»"),
        owner: ["Helsestasjonen", "Skolen", "Barnevernet"][i % 3].into(),
        age_bands: vec![AgeBand::Age0To5, AgeBand::Parents],
        themes: vec![Theme::Neglect],
        prevention: Some(PreventionLevel::Universal),
        yearly_cost_ore: Some(i as i64 * 100),
        status: Some(MeasureStatus::Running),
        ..MeasureFields::default()
    }
}

pub async fn measures_are_stored_all_at_once_and_scoped(store: &dyn Store) {
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    let many: Vec<MeasureFields> = (0..1203).map(measure).collect();
    assert_eq!(store.insert_measures(&a, plan_a, &many).await.unwrap(), 1203, "more rows than one statement");
    let stored = store.measures(&a, plan_a).await.unwrap();
    assert_eq!(stored.len(), 1203);
    assert_eq!(stored[1202].fields, many[1202], "every field comes back");
    assert!(not_found(store.insert_measures(&a, plan_b, &many[..2]).await), "not Engerdal's plan");
    assert!(store.measures(&b, plan_b).await.unwrap().is_empty());
    assert!(store.measures(&a, plan_b).await.unwrap().is_empty());

    let mut changed = many[0].clone();
    changed.owner = "Kulturtjenesten".into();
    store.update_measure(&a, plan_a, stored[0].id, &changed).await.unwrap();
    assert_eq!(store.measures(&a, plan_a).await.unwrap()[0].fields.owner, "Kulturtjenesten");
    assert!(not_found(store.update_measure(&b, plan_a, stored[0].id, &many[1]).await));
    assert!(not_found(store.delete_measure(&b, plan_b, stored[0].id).await));
    store.delete_measure(&a, plan_a, stored[0].id).await.unwrap();
    assert_eq!(store.measures(&a, plan_a).await.unwrap().len(), 1202);
}

/// An import adds new measures and changes existing ones together; a change of a
/// measure that is not the plan's (another plan's, another organisation's, or deleted)
/// leaves everything as it was.
pub async fn an_import_adds_and_changes_in_one_transaction(store: &dyn Store) {
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    store.insert_measures(&a, plan_a, &[measure(0), measure(1)]).await.unwrap();
    store.insert_measures(&b, plan_b, &[measure(2)]).await.unwrap();
    let ours = store.measures(&a, plan_a).await.unwrap();
    let theirs = store.measures(&b, plan_b).await.unwrap();
    let mut edited = ours[1].fields.clone();
    edited.name = "Tiltak 1, endret".into();
    let count = store.import_measures(&a, plan_a, &[measure(3)], &[(ours[1].id, edited.clone())]).await.unwrap();
    assert_eq!((count.added, count.changed), (1, 1));
    let now = store.measures(&a, plan_a).await.unwrap();
    assert_eq!(now.len(), 3);
    assert_eq!(now[1].id, ours[1].id);
    assert_eq!(now[1].fields, edited);
    assert_eq!(now[2].fields, measure(3));
    for foreign in [theirs[0].id, forebygg_domain::ids::MeasureId::new(theirs[0].id.get() + 1000)] {
        let refused = store
            .import_measures(&a, plan_a, &[measure(4)], &[(now[0].id, edited.clone()), (foreign, edited.clone())])
            .await;
        assert!(not_found(refused), "a change of a measure not the plan's");
        assert_eq!(store.measures(&a, plan_a).await.unwrap(), now, "nothing added, nothing changed");
    }
    assert_eq!(store.measures(&b, plan_b).await.unwrap(), theirs, "another organisation's measure untouched");
}

pub async fn goals_and_status_reports_are_kept_and_scoped(store: &dyn Store) {
    use forebygg_domain::goals::{GoalForm, GoalLevel};
    use forebygg_domain::measures::report::ReportForm;
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    let main = GoalForm {
        level: "main".into(),
        title: "Gode oppvekstvilkår".into(),
        sdg_targets: "3.4, 4".into(),
        ..GoalForm::default()
    }
    .parse(&[])
    .unwrap();
    let g = store.create_goal(&a, plan_a, &main).await.unwrap();
    assert_eq!((g.plan_id, g.fields.level), (plan_a, GoalLevel::Main));
    assert!(not_found(store.create_goal(&a, plan_b, &main).await), "not Engerdal's plan");
    let sub =
        GoalForm { level: "sub".into(), parent: g.id.to_string(), title: "Mestring".into(), ..GoalForm::default() }
            .parse(std::slice::from_ref(&g))
            .unwrap();
    let s = store.create_goal(&a, plan_a, &sub).await.unwrap();
    assert_eq!(store.goals(&a, plan_a).await.unwrap().iter().map(|x| x.id).collect::<Vec<_>>(), vec![g.id, s.id]);
    assert!(store.goals(&b, plan_a).await.unwrap().is_empty());
    let mut renamed = main.clone();
    renamed.title = "Trygge oppvekstvilkår".into();
    store.update_goal(&a, plan_a, g.id, &renamed).await.unwrap();
    assert!(not_found(store.update_goal(&b, plan_a, g.id, &main).await));
    assert_eq!(store.goals(&a, plan_a).await.unwrap()[0].fields.title, "Trygge oppvekstvilkår");

    let mut linked = measure(1);
    linked.goals = vec![s.id];
    linked.weight = Some(3);
    store.insert_measures(&a, plan_a, &[linked.clone()]).await.unwrap();
    let m = store.measures(&a, plan_a).await.unwrap().pop().unwrap();
    assert_eq!((m.fields.goals.clone(), m.fields.weight), (vec![s.id], Some(3)), "links and weight are kept");
    let report = ReportForm {
        period: "2026-H1".into(),
        status: "on_track".into(),
        progress: "60".into(),
        text: "Godt i gang".into(),
    }
    .parse()
    .unwrap();
    let r = store.add_report(&a, plan_a, m.id, &report, "Kari Nordmo", 500).await.unwrap();
    assert_eq!((r.measure_id, r.fields.progress, r.by.as_str(), r.at), (m.id, 60, "Kari Nordmo", 500));
    assert!(not_found(store.add_report(&b, plan_a, m.id, &report, "x", 1).await));
    assert!(not_found(store.add_report(&a, plan_b, m.id, &report, "x", 1).await));
    assert_eq!(store.reports(&a, plan_a).await.unwrap(), vec![r]);
    assert!(store.reports(&b, plan_b).await.unwrap().is_empty());
    // Removing the measure removes its reports.
    store.delete_measure(&a, plan_a, m.id).await.unwrap();
    assert!(store.reports(&a, plan_a).await.unwrap().is_empty());
}

/// What an organisation's own headers mean is remembered per organisation, replaced
/// when mapped again, and never seen by another.
pub async fn header_mappings_are_remembered_per_organisation(store: &dyn Store) {
    let (a, _) = plan_of(store, "3425").await;
    let (b, _) = plan_of(store, "5536").await;
    let pairs = [("ansvarlig".to_owned(), "owner".to_owned()), ("merknad".to_owned(), String::new())];
    store.remember_header_mappings(&a, &pairs).await.unwrap();
    store.remember_header_mappings(&a, &[("ansvarlig".to_owned(), "partners".to_owned())]).await.unwrap();
    assert_eq!(
        store.header_mappings(&a).await.unwrap(),
        [("ansvarlig".to_owned(), "partners".to_owned()), ("merknad".to_owned(), String::new())]
    );
    assert!(store.header_mappings(&b).await.unwrap().is_empty(), "another organisation's are not seen");
}

/// A regional body reads the plans, activities and measures of its own county's
/// municipalities at once, and of no other county's.
pub async fn a_county_is_read_at_once_and_only_its_own(store: &dyn Store) {
    use forebygg_domain::organisation::NewOrganisation;
    use forebygg_domain::{CountyNumber, OrgKind};
    let (engerdal, e_plan) = plan_of(store, "3425").await;
    let (trysil, t_plan) = plan_of(store, "3421").await;
    let (lyngen, l_plan) = plan_of(store, "5536").await;
    for (scope, plan) in [(&engerdal, e_plan), (&trysil, t_plan), (&lyngen, l_plan)] {
        store.insert_measures(scope, plan, &[measure(1)]).await.unwrap();
        let activity = forebygg_domain::plan::activity::ActivityFields {
            kind: forebygg_domain::plan::ActivityKind::Drafting,
            title: "Utarbeiding".into(),
            start: forebygg_domain::timeline::NorDate::parse("01.02.2027").unwrap(),
            end: None,
            responsible: String::new(),
            body: None,
            done: false,
            justification: String::new(),
        };
        store.create_activity(scope, plan, &activity).await.unwrap();
    }
    let body = |kind, name: &str, county: Option<&str>| {
        NewOrganisation::regional(kind, name, county.map(|c| CountyNumber::parse(c).unwrap())).unwrap()
    };
    let innlandet =
        store.create_organisation(&body(OrgKind::CountyGovernor, "SF Innlandet", Some("34"))).await.unwrap();
    let national = store.create_organisation(&body(OrgKind::Other, "Nasjonalt senter", None)).await.unwrap();
    let (plans, activities) = store.county_plans(&OrgScope::operator(&innlandet)).await.unwrap();
    let mut ids: Vec<PlanId> = plans.iter().map(|p| p.id).collect();
    ids.sort();
    assert_eq!(ids, vec![e_plan, t_plan], "Engerdal and Trysil, not Lyngen");
    assert_eq!(activities.len(), 2);
    assert!(activities.iter().all(|a| a.plan_id != l_plan));
    let measures = store.county_measures(&OrgScope::operator(&innlandet)).await.unwrap();
    assert_eq!(measures.len(), 2);
    assert!(measures.iter().all(|m| m.plan_id != l_plan));
    let orgs = store.county_organisations(&OrgScope::operator(&innlandet)).await.unwrap();
    assert_eq!(orgs.len(), 46, "Innlandet's municipalities");
    assert!(
        orgs.iter().all(|o| o.kind == OrgKind::Municipality && o.county.as_ref().map(|c| c.as_str()) == Some("34"))
    );
    assert!(store.county_organisations(&OrgScope::operator(&national)).await.unwrap().is_empty());
    let (none, nothing) = store.county_plans(&OrgScope::operator(&national)).await.unwrap();
    assert!(none.is_empty() && nothing.is_empty(), "a body without a county reads none");
    assert!(store.county_measures(&OrgScope::operator(&national)).await.unwrap().is_empty());
}

/// A measure shared in the library is listed with its municipality until sharing stops;
/// a copy keeps where it came from, even once the original is gone.
pub async fn shared_measures_are_listed_and_copies_keep_their_origin(store: &dyn Store) {
    let (engerdal, e_plan) = plan_of(store, "3425").await;
    let (trysil, t_plan) = plan_of(store, "3421").await;
    store.insert_measures(&engerdal, e_plan, &[measure(1), measure(2)]).await.unwrap();
    let ids: Vec<_> = store.measures(&engerdal, e_plan).await.unwrap().into_iter().map(|m| m.id).collect();
    assert!(store.shared_measures().await.unwrap().is_empty());
    store.share_measure(&engerdal, e_plan, ids[1], true, 10).await.unwrap();
    store.share_measure(&engerdal, e_plan, ids[0], true, 20).await.unwrap();
    assert!(not_found(store.share_measure(&trysil, e_plan, ids[0], true, 30).await), "not Trysil's");
    let shared = store.shared_measures().await.unwrap();
    assert_eq!(shared.iter().map(|(_, m)| m.id).collect::<Vec<_>>(), vec![ids[0], ids[1]], "latest first");
    assert_eq!(shared[0].0.code.as_str(), "3425");
    assert_eq!(store.measure_library(&engerdal, ids[0]).await.unwrap(), (true, None));
    store.share_measure(&engerdal, e_plan, ids[1], false, 40).await.unwrap();
    assert_eq!(store.shared_measures().await.unwrap().len(), 1);

    let source = &shared[0].1;
    let engerdal_id = shared[0].0.id;
    let copy = store.copy_measure(&trysil, t_plan, &source.fields, (engerdal_id, &source.fields.name)).await.unwrap();
    assert!(
        not_found(store.copy_measure(&trysil, e_plan, &source.fields, (engerdal_id, "x")).await),
        "not Trysil's plan"
    );
    let copied = store.measures(&trysil, t_plan).await.unwrap();
    assert_eq!(copied.len(), 1);
    assert_eq!(copied[0].fields, source.fields);
    let origin = Some((Some("Engerdal".to_owned()), source.fields.name.clone()));
    assert_eq!(store.measure_library(&trysil, copy).await.unwrap(), (false, origin));
    assert!(not_found(store.measure_library(&engerdal, copy).await), "Trysil's copy");
}

/// A measure one municipality runs for others (vertskommune) is read by each of them
/// with its host; only the host names them, never itself, and a removed measure or
/// participant is gone from their registers.
pub async fn hosted_measures_reach_their_participants_and_only_them(store: &dyn Store) {
    let (trysil, t_plan) = plan_of(store, "3421").await;
    let (engerdal, e_plan) = plan_of(store, "3425").await;
    let (amot, _) = plan_of(store, "3422").await;
    store.insert_measures(&trysil, t_plan, &[measure(1), measure(2)]).await.unwrap();
    let ids: Vec<_> = store.measures(&trysil, t_plan).await.unwrap().into_iter().map(|m| m.id).collect();
    let (e, a, t) = (engerdal.org_id(), amot.org_id(), trysil.org_id());
    store.set_measure_participants(&trysil, t_plan, ids[0], &[e, t, e, a]).await.unwrap();
    assert!(not_found(store.set_measure_participants(&engerdal, t_plan, ids[0], &[e]).await), "not Engerdal's");
    assert!(not_found(store.set_measure_participants(&trysil, e_plan, ids[0], &[e]).await), "not that plan's");
    let named = store.measure_participants(&trysil, t_plan).await.unwrap();
    let names: Vec<_> = named.iter().map(|(m, o)| (*m, o.name.as_str())).collect();
    assert_eq!(names, vec![(ids[0], "Åmot"), (ids[0], "Engerdal")], "by number, the host left out, once each");
    assert!(store.measure_participants(&engerdal, t_plan).await.unwrap().is_empty());

    let hosted = store.hosted_measures(&engerdal, "preventive").await.unwrap();
    assert_eq!(hosted.len(), 1);
    assert_eq!((hosted[0].0.code.as_str(), hosted[0].1.id), ("3421", ids[0]));
    assert_eq!(hosted[0].1.fields, measure(1));
    assert!(
        store.hosted_measures(&trysil, "preventive").await.unwrap().is_empty(),
        "the host's own are not hosted for it"
    );
    assert!(store.hosted_measures(&engerdal, "upbringing").await.unwrap().is_empty(), "only in plans of its type");
    assert!(store.measures(&engerdal, e_plan).await.unwrap().is_empty(), "never stored as Engerdal's own");

    store.set_measure_participants(&trysil, t_plan, ids[0], &[a]).await.unwrap();
    assert!(store.hosted_measures(&engerdal, "preventive").await.unwrap().is_empty(), "Engerdal left the cooperation");
    assert_eq!(store.hosted_measures(&amot, "preventive").await.unwrap().len(), 1);
    store.delete_measure(&trysil, t_plan, ids[0]).await.unwrap();
    assert!(store.hosted_measures(&amot, "preventive").await.unwrap().is_empty(), "gone with the measure");
}
