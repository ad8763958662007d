//! Engerdal's knowledge base: five indicators of the kinds a municipality downloads
//! (Ungdata and FHI as three-year averages, SSB and Bufdir by year) for every
//! municipality of Innlandet, the county and the country. The numbers are invented,
//! of a plausible size for a municipality of ~1,250 people; Engerdal's smallest groups
//! are suppressed in some periods, as FHI does. The same tables go to Innlandet's page.

use forebygg_domain::indicators::compare::Direction;
use forebygg_domain::indicators::{Flag, Observation, Region, Span};
use forebygg_domain::register;
use forebygg_domain::theme::Theme;

use crate::store::indicators::{IndicatorKey, IndicatorMeta};
use crate::{AppError, OrgScope, Store};

struct Demo {
    source: &'static str,
    label: &'static str,
    measure: &'static str,
    measure_label: &'static str,
    unit: &'static str,
    direction: Direction,
    theme: Option<Theme>,
    position: Option<i32>,
    /// Three-year averages (Ungdata, FHI) or single years.
    averaged: bool,
    /// Level in the county, spread between municipalities, change per year.
    level: f64,
    spread: f64,
    trend: f64,
    /// Engerdal's distance from the county's level (in spreads), and the periods
    /// (indexes) where its figure is suppressed.
    engerdal: f64,
    suppressed: &'static [usize],
    decimals: i32,
}

const DEMO: [Demo; 5] = [
    Demo {
        source: "Ungdata (NOVA, OsloMet)",
        label: "Mobbet på skolen, ungdomstrinnet",
        measure: "RATE",
        measure_label: "prosent",
        unit: "prosent",
        direction: Direction::LowerIsBetter,
        theme: Some(Theme::Violence),
        position: Some(1),
        averaged: true,
        level: 8.0,
        spread: 1.8,
        trend: 0.15,
        engerdal: 2.6,
        suppressed: &[0],
        decimals: 1,
    },
    Demo {
        source: "Ungdata (NOVA, OsloMet)",
        label: "Fornøyd med lokalmiljøet, ungdomstrinnet",
        measure: "RATE",
        measure_label: "prosent",
        unit: "prosent",
        direction: Direction::HigherIsBetter,
        theme: Some(Theme::PublicHealth),
        position: Some(3),
        averaged: true,
        level: 68.0,
        spread: 5.0,
        trend: -0.3,
        engerdal: 0.3,
        suppressed: &[2],
        decimals: 1,
    },
    Demo {
        source: "Folkehelseinstituttet",
        label: "Barn (0–17 år) i husholdninger med vedvarende lavinntekt",
        measure: "RATE",
        measure_label: "prosent",
        unit: "prosent",
        direction: Direction::LowerIsBetter,
        theme: Some(Theme::PublicHealth),
        position: Some(2),
        averaged: true,
        level: 9.5,
        spread: 2.0,
        trend: 0.2,
        engerdal: 2.4,
        suppressed: &[],
        decimals: 1,
    },
    Demo {
        source: "Bufdir, kommunemonitor",
        label: "Barn med barnevernstiltak, per 1 000 barn 0–17 år",
        measure: "RATE",
        measure_label: "per 1 000",
        unit: "per 1 000",
        direction: Direction::Neither,
        theme: Some(Theme::Neglect),
        position: None,
        averaged: false,
        level: 32.0,
        spread: 7.0,
        trend: -0.4,
        engerdal: 0.5,
        suppressed: &[1, 4, 8],
        decimals: 1,
    },
    Demo {
        source: "Statistisk sentralbyrå",
        label: "Barn og unge 0–17 år",
        measure: "TELLER",
        measure_label: "antall",
        unit: "antall",
        direction: Direction::Neither,
        theme: None,
        position: None,
        averaged: false,
        level: 0.0,
        spread: 0.0,
        trend: 0.0,
        engerdal: 0.0,
        suppressed: &[],
        decimals: 0,
    },
];

/// A small deterministic generator, so the demo is the same on every load.
fn noise(seed: u64) -> f64 {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    x ^= x >> 29;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 32;
    (x % 10_000) as f64 / 10_000.0 * 2.0 - 1.0
}

fn round(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (v * f).round() / f
}

fn observations(d: &Demo, index: usize) -> Vec<Observation> {
    let periods: Vec<Span> = if d.averaged {
        (2015..=2022).map(|y| Span { from: y, to: y + 2 }).collect()
    } else {
        (2015..=2024).map(|y| Span { from: y, to: y }).collect()
    };
    let municipalities = register::municipalities_of("34");
    let mut out = Vec::new();
    let obs = |region: Region, period: Span, value: Option<f64>, flag: Option<Flag>| Observation {
        region,
        period,
        breakdown: vec![("KJONN".into(), "0".into())],
        measure: d.measure.into(),
        value,
        flag,
    };
    let mut county_sum = vec![0.0; periods.len()];
    for (number, _) in &municipalities {
        let code: u64 = number.parse().unwrap_or(0);
        for (p, period) in periods.iter().enumerate() {
            let seed = code * 1_000 + index as u64 * 100 + p as u64;
            let value = if d.measure == "TELLER" {
                // Children 0–17: Engerdal ~190, shrinking; others by a size of their own.
                let base = if number == "3425" { 200.0 } else { 300.0 + 4_000.0 * (noise(code).abs()) };
                (base * (1.0 - 0.012 * p as f64) + 6.0 * noise(seed)).round()
            } else {
                let own = if number == "3425" { d.engerdal } else { noise(code + index as u64 * 7) };
                d.level + own * d.spread + d.trend * p as f64 + 0.35 * d.spread * noise(seed)
            };
            county_sum[p] += value;
            if number == "3425" && d.suppressed.contains(&p) {
                out.push(obs(Region::Municipality(number.clone()), *period, None, Some(Flag::Suppressed)));
            } else {
                out.push(obs(Region::Municipality(number.clone()), *period, Some(round(value, d.decimals)), None));
            }
        }
    }
    let n = municipalities.len().max(1) as f64;
    for (p, period) in periods.iter().enumerate() {
        let (county, country) = if d.measure == "TELLER" {
            (county_sum[p], county_sum[p] * 15.4)
        } else {
            (county_sum[p] / n, county_sum[p] / n - 0.4 * d.spread)
        };
        out.push(obs(Region::County("34".into()), *period, Some(round(county, d.decimals)), None));
        // The newest national figure is not published yet.
        let country_value = if p + 1 == periods.len() && !d.averaged { None } else { Some(round(country, d.decimals)) };
        out.push(obs(Region::Country, *period, country_value, country_value.is_none().then_some(Flag::Missing)));
    }
    out
}

/// The challenge picture as Engerdal's plan lead edited the draft the figures gave.
pub const CHALLENGE: &str = "Tallene i kunnskapsgrunnlaget er små, og mange av dem svinger fra år til år. \
Vi har derfor sammenlignet Engerdal med de andre kommunene i Innlandet, ikke bare med landet.\n\n\
## Vold\n\n\
- Flere ungdommer i Engerdal sier at de blir mobbet på skolen enn i de fleste kommunene i fylket, og andelen \
har økt de siste årene. Tallet for 2015–2017 er skjermet fordi gruppen var for liten.\n\n\
## Folkehelse\n\n\
- Flere barn bor i husholdninger med vedvarende lavinntekt enn i de fleste kommunene i fylket.\n\
- Ungdommene er like fornøyde med lokalmiljøet som ungdom ellers i Innlandet.\n\n\
## Omsorgssvikt\n\n\
- Andelen barn med barnevernstiltak er på nivå med fylket, men tallet er skjermet i flere år og må leses \
sammen med tilstandsrapporten for barneverntjenesten.";

/// Stores the demo tables in the organisation, with what each means to the plan.
pub async fn load(store: &dyn Store, scope: &OrgScope) -> Result<(), AppError> {
    let data: Vec<(IndicatorKey, Vec<Observation>)> = DEMO
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let key = IndicatorKey {
                source: d.source.into(),
                label: d.label.into(),
                measure: d.measure.into(),
                measure_label: d.measure_label.into(),
            };
            (key, observations(d, i))
        })
        .collect();
    store.import_indicators(scope, &data).await?;
    for indicator in store.indicators(scope).await? {
        if let Some(d) = DEMO.iter().find(|d| d.label == indicator.key.label) {
            let meta =
                IndicatorMeta { unit: d.unit.into(), direction: d.direction, theme: d.theme, position: d.position };
            store.set_indicator_meta(scope, indicator.id, &meta).await?;
        }
    }
    Ok(())
}

/// The sub-goal on belonging is measured by bullying: from about 13 % towards 9 %.
pub async fn measure_goal(
    store: &dyn Store,
    scope: &OrgScope,
    plan: forebygg_domain::ids::PlanId,
) -> Result<(), AppError> {
    let bullying = store.indicators(scope).await?.into_iter().find(|i| i.key.label == DEMO[0].label);
    let goal = store.goals(scope, plan).await?.into_iter().find(|g| g.fields.title.starts_with("Flere unge opplever"));
    if let (Some(indicator), Some(goal)) = (bullying, goal) {
        let mut fields = goal.fields.clone();
        fields.measured_by = Some(indicator.id);
        fields.baseline = "13 (2016–2018)".into();
        fields.target = "9".into();
        store.update_goal(scope, plan, goal.id, &fields).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use forebygg_domain::indicators::compare::{Standing, compare};

    #[test]
    fn engerdal_stands_out_on_bullying_and_low_income_and_is_suppressed_where_groups_are_small() {
        let neighbours: Vec<String> = register::municipalities_of("34").into_iter().map(|(n, _)| n).collect();
        let engerdal = Region::Municipality("3425".into());
        let standing = |i: usize| {
            let o = observations(&DEMO[i], i);
            compare(&o, &engerdal, &neighbours, DEMO[i].direction).finding.unwrap().standing
        };
        assert_eq!(standing(0), Standing::Worse, "bullying");
        assert_eq!(standing(2), Standing::Worse, "low income");
        assert_eq!(standing(1), Standing::Within, "content with the local community");
        let suppressed = observations(&DEMO[3], 3)
            .into_iter()
            .filter(|o| o.region == engerdal && o.flag == Some(Flag::Suppressed))
            .count();
        assert_eq!(suppressed, 3);
        let children: Vec<f64> =
            observations(&DEMO[4], 4).into_iter().filter(|o| o.region == engerdal).filter_map(|o| o.value).collect();
        assert!(children.iter().all(|c| (150.0..=220.0).contains(c)), "{children:?}");
    }
}
