//! Engerdal's demo surveys: last spring's youth survey, closed with about ninety
//! invented answers (a small municipality: a few small counts are hidden in its
//! results) and its free text in the input register, and this term's, open with class
//! codes for two classes.

use chrono::NaiveDate;
use forebygg_domain::hearing::{Assessment, Channel, Decision, InputFields, Sender};
use forebygg_domain::ids::PlanId;
use forebygg_domain::survey::answer::{Answers, Value};
use forebygg_domain::survey::{Access, template};
use forebygg_domain::timeline::dates::oslo_date;

use crate::tokens::random_token;
use crate::{AppError, OrgScope, Store};

/// A small deterministic generator, so the demo is the same on every machine.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % sides as u64) as usize
    }

    /// An index by weights.
    fn pick(&mut self, weights: &[usize]) -> usize {
        let mut n = self.roll(weights.iter().sum());
        for (i, w) in weights.iter().enumerate() {
            if n < *w {
                return i;
            }
            n -= w;
        }
        0
    }
}

const WISHES: [&str; 4] = [
    "Et sted å være etter skolen som er åpent i helgene også.",
    "Bedre busstilbud til Drevsjø og Elverum på kveldstid.",
    "Flere voksne å snakke med på skolen.",
    "Ballbinge og belysning på skoleplassen.",
];

/// How the plan lead answered each wish, once the survey had closed.
fn answer(wish: usize) -> Assessment {
    let (decision, justification) = match wish {
        0 => (Decision::TakenIntoAccount, "Åpen ungdomsklubb fredag og lørdag kveld er med i planen som tiltak."),
        1 => (Decision::Noted, "Skyss er fylkets ansvar; ønsket er sendt videre til Innlandstrafikk."),
        2 => (
            Decision::PartlyTakenIntoAccount,
            "Helsesykepleier får faste dager på skolen; flere voksne i friminuttene vurderes.",
        ),
        _ => (Decision::NotTakenIntoAccount, "Hører til i kommunens investeringsplan, ikke i denne planen."),
    };
    Assessment { decision, justification: justification.into(), change: String::new() }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub async fn load(store: &dyn Store, scope: &OrgScope, plan: PlanId) -> Result<(), AppError> {
    let today = oslo_date(crate::now()).0;
    let mut dice = Dice(2024);

    let mut spring = template::youth();
    spring.title.nb = "Ungdomsundersøkelse våren 2026".into();
    spring.title.nn = "Ungdomsundersøking våren 2026".into();
    spring.title.en = "Youth survey, spring 2026".into();
    let (opens, closes) = (date(2026, 4, 13), date(2026, 4, 27));
    spring.open(opens, closes).map_err(|e| AppError::Internal(e.to_string()))?;
    spring.access = Access::Link { repeat: false };
    let record = store.create_survey(scope, plan, &spring, &random_token()?).await?;
    let token = record.token.clone();
    let mut wishes: Vec<usize> = Vec::new();
    let sizes = [31, 28, 27, 0];
    for (grade, size) in sizes.iter().enumerate() {
        for n in 0..*size {
            let mut a = Answers::new();
            a.insert("q1".into(), Value::Choice(grade));
            a.insert("q2".into(), Value::Choice(dice.pick(&[47, 47, 6])));
            for (key, weights) in [
                ("q3", [2, 3, 8, 30, 57]),
                ("q4", [4, 8, 14, 38, 36]),
                ("q5", [5, 7, 12, 30, 46]),
                ("q6", [1, 3, 8, 28, 60]),
                ("q10", [12, 20, 25, 28, 15]),
            ] {
                a.insert(key.into(), Value::Choice(dice.pick(&weights)));
            }
            let bullied = dice.pick(&[78, 15, 4, 3]);
            a.insert("q7".into(), Value::Choice(bullied));
            if bullied > 0 {
                a.insert("q8".into(), Value::Choices(vec![dice.pick(&[60, 10, 30, 0])]));
            }
            let mut leisure: Vec<usize> = (0..4).filter(|o| dice.roll(100) < [55, 35, 30, 15][*o]).collect();
            leisure.sort_unstable();
            if !leisure.is_empty() {
                a.insert("q9".into(), Value::Choices(leisure));
            }
            if n % 9 == 0 {
                let wish = (n / 9 + grade) % WISHES.len();
                wishes.push(wish);
                a.insert("q11".into(), Value::Text(WISHES[wish].into()));
            }
            let key = random_token()?;
            let day = opens + chrono::Days::new((n % 10) as u64);
            match store.submit_answer(&token, None, &key, day, &a).await? {
                Ok(()) => {}
                Err(e) => return Err(AppError::Internal(e.to_string())),
            }
        }
    }
    spring.close().map_err(|e| AppError::Internal(e.to_string()))?;
    store.update_survey(scope, record.id, &spring).await?;
    // Closing put the free text in the input register, in an order of its own (as
    // `surveys::close` does, here the same on every machine), and each was answered.
    for i in (1..wishes.len()).rev() {
        wishes.swap(i, dice.roll(i + 1));
    }
    let received = closes.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().timestamp();
    for wish in wishes {
        let fields = InputFields {
            channel: Channel::SurveyFreeText,
            hearing: None,
            text: WISHES[wish].into(),
            sender: Sender::default(),
            origin: None,
        };
        let input = store.insert_input(scope, plan, &fields, &[], &random_token()?, received).await?;
        store.assess_input(scope, plan, input.id, Some(&answer(wish))).await?;
    }

    let mut autumn = template::youth();
    autumn
        .open(today - chrono::Days::new(3), today + chrono::Days::new(30))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let record = store.create_survey(scope, plan, &autumn, &random_token()?).await?;
    for class in ["9A", "10B"] {
        store.add_codes(scope, record.id, class, &crate::surveys::new_codes(24)?).await?;
    }
    autumn.access = Access::ClassCodes;
    store.update_survey(scope, record.id, &autumn).await?;
    Ok(())
}
