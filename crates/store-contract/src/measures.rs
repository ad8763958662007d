//! The storage contract for the register of measures.

use forebygg_app::{OrgScope, Store, organisations};
use forebygg_domain::OrgCode;
use forebygg_domain::measures::{AgeBand, MeasureFields, MeasureStatus, PreventionLevel};
use forebygg_domain::plan::{Phase, PlanFields, Programme};
use forebygg_domain::theme::Theme;

async fn plan_of(store: &dyn Store, code: &str) -> (OrgScope, i64) {
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
    assert_eq!(store.insert_measures(&a, plan_a, &many).await.unwrap(), Some(1203), "more rows than one statement");
    let stored = store.measures(&a, plan_a).await.unwrap();
    assert_eq!(stored.len(), 1203);
    assert_eq!(stored[1202].fields, many[1202], "every field comes back");
    assert_eq!(store.insert_measures(&a, plan_b, &many[..2]).await.unwrap(), None, "not Engerdal's plan");
    assert!(store.measures(&b, plan_b).await.unwrap().is_empty());
    assert!(store.measures(&a, plan_b).await.unwrap().is_empty());

    let mut changed = many[0].clone();
    changed.owner = "Kulturtjenesten".into();
    assert!(store.update_measure(&a, plan_a, stored[0].id, &changed).await.unwrap());
    assert_eq!(store.measures(&a, plan_a).await.unwrap()[0].fields.owner, "Kulturtjenesten");
    assert!(!store.update_measure(&b, plan_a, stored[0].id, &many[1]).await.unwrap());
    assert!(!store.delete_measure(&b, plan_b, stored[0].id).await.unwrap());
    assert!(store.delete_measure(&a, plan_a, stored[0].id).await.unwrap());
    assert_eq!(store.measures(&a, plan_a).await.unwrap().len(), 1202);
}
