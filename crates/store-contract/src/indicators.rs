//! The storage contract for the knowledge base's indicators and observations.

use forebygg_app::store::indicators::{IndicatorKey, IndicatorMeta};
use forebygg_app::{OrgScope, Store, organisations};
use forebygg_domain::OrgCode;
use forebygg_domain::indicators::compare::Direction;
use forebygg_domain::indicators::{Flag, Observation, Region, Span};
use forebygg_domain::theme::Theme;

async fn scope_of(store: &dyn Store, code: &str) -> OrgScope {
    organisations::sync_register(store).await.unwrap();
    OrgScope::operator(&store.organisation(&OrgCode::parse(code).unwrap()).await.unwrap().unwrap())
}

fn key(measure: &str) -> IndicatorKey {
    IndicatorKey {
        source: "Folkehelseinstituttet".into(),
        label: "Mobbing «10. trinn»".into(),
        measure: measure.into(),
        measure_label: measure.to_lowercase(),
    }
}

fn obs(region: Region, year: i32, value: Option<f64>, flag: Option<Flag>) -> Observation {
    Observation {
        region,
        period: Span { from: year - 2, to: year },
        breakdown: vec![("KJONN".into(), "2".into()), ("ALDER".into(), "15_16".into())],
        measure: "RATE".into(),
        value,
        flag,
    }
}

/// Indicators keep every observation with its flag (a suppressed value is no number),
/// a second import of the same table replaces the first, all in one transaction, and
/// one organisation never reaches another's.
pub async fn indicators_are_stored_replaced_and_scoped(store: &dyn Store) {
    let a = scope_of(store, "3425").await;
    let b = scope_of(store, "3421").await;
    let engerdal = Region::Municipality("3425".into());
    let rates = vec![
        obs(engerdal.clone(), 2024, Some(12.25), None),
        obs(engerdal.clone(), 2023, None, Some(Flag::Suppressed)),
        obs(Region::County("34".into()), 2024, Some(9.5), None),
        obs(Region::Country, 2024, None, Some(Flag::NotComputable)),
    ];
    let mut counts = rates.clone();
    counts.iter_mut().for_each(|o| o.measure = "TELLER".into());
    let written = store.import_indicators(&a, &[(key("RATE"), rates.clone()), (key("TELLER"), counts)]).await.unwrap();
    assert_eq!(written, 8);
    let indicators = store.indicators(&a).await.unwrap();
    assert_eq!(
        indicators.iter().map(|i| (i.key.measure.as_str(), i.observations)).collect::<Vec<_>>(),
        [("RATE", 4), ("TELLER", 4)]
    );
    let rate = indicators.iter().find(|i| i.key.measure == "RATE").unwrap();
    let mut expected = rates.clone();
    expected.sort_by(|x, y| {
        let code = |r: &Region| match r {
            Region::Country => "0".to_owned(),
            Region::County(c) | Region::Municipality(c) => c.clone(),
        };
        (code(&x.region), x.period).cmp(&(code(&y.region), y.period))
    });
    assert_eq!(store.observations(&a, rate.id).await.unwrap(), expected, "read back exactly, flags and all");
    let of_places = store.observations_of(&a, rate.id, &["3425".into(), "0".into()]).await.unwrap();
    assert_eq!(of_places.len(), 3, "Engerdal's two and the country's, not the county's");
    assert!(of_places.iter().all(|o| o.region != Region::County("34".into())));
    let breakdown = rates[0].breakdown.clone();
    let span = |year: i32| Span { from: year - 2, to: year };
    let in_2024 = store.observations_at(&a, rate.id, &["3425".into(), "34".into()], &breakdown, span(2024)).await;
    assert_eq!(in_2024.unwrap(), vec![expected[1].clone(), expected[3].clone()], "the county's and Engerdal's 2024");
    let other = vec![("KJONN".to_owned(), "0".to_owned())];
    let in_other = store.observations_at(&a, rate.id, &["3425".into()], &other, span(2024)).await.unwrap();
    assert!(in_other.is_empty(), "another breakdown");
    let in_2022 = store.observations_at(&a, rate.id, &["3425".into()], &breakdown, span(2022)).await.unwrap();
    assert!(in_2022.is_empty(), "no such period");
    assert!(
        store.observations_at(&b, rate.id, &["3425".into()], &breakdown, rates[0].period).await.unwrap().is_empty()
    );
    assert_eq!(rate.meta.unit, "rate", "the unit starts as the measure's label");
    assert_eq!(rate.meta.direction, Direction::Neither);

    // Its meaning is the organisation's to set, and only its.
    let meta = IndicatorMeta {
        unit: "prosent".into(),
        direction: Direction::LowerIsBetter,
        theme: Some(Theme::Violence),
        position: Some(2),
    };
    store.set_indicator_meta(&a, rate.id, &meta).await.unwrap();
    assert!(store.set_indicator_meta(&b, rate.id, &IndicatorMeta::default()).await.is_err(), "not b's indicator");
    assert!(store.observations_of(&b, rate.id, &["3425".into()]).await.unwrap().is_empty());
    assert_eq!(store.challenge_picture(&a).await.unwrap(), None);
    store.set_challenge_picture(&a, "Mobbing er høyere enn i fylket.").await.unwrap();
    store.set_challenge_picture(&a, "Mobbing er høyere enn i fylket. Skjermet i 2023.").await.unwrap();
    assert_eq!(
        store.challenge_picture(&a).await.unwrap().as_deref(),
        Some("Mobbing er høyere enn i fylket. Skjermet i 2023.")
    );
    assert_eq!(store.challenge_picture(&b).await.unwrap(), None);

    // Another organisation sees nothing of it, even by id.
    assert!(store.indicators(&b).await.unwrap().is_empty());
    assert!(store.observations(&b, rate.id).await.unwrap().is_empty());

    // The same table again: replaced, not doubled.
    let newer = vec![obs(engerdal, 2025, Some(11.0), None)];
    assert_eq!(store.import_indicators(&a, &[(key("RATE"), newer.clone())]).await.unwrap(), 1);
    let again = store.indicators(&a).await.unwrap();
    assert_eq!(again.len(), 2);
    let rate_again = again.iter().find(|i| i.key.measure == "RATE").unwrap();
    assert_eq!(rate_again.id, rate.id);
    assert_eq!(rate_again.meta, meta, "a new import keeps what the plan lead set");
    assert_eq!(store.observations(&a, rate.id).await.unwrap(), newer);
}
