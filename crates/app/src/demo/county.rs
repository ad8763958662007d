//! The county's demo (issue 18): municipalities of Innlandet with plans for preventive
//! work in different phases (generated from Engerdal's timeline, moved so that today
//! falls in each phase), and the county governor's four gatherings of seed 000, moved
//! to the coming months, with registrations — the first physical one full, with a
//! waiting list. `county` makes the same plans for every municipality of any county,
//! for the dashboard's benchmark.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use forebygg_domain::county::gatherings::{GatheringFields, Participant, Venue};
use forebygg_domain::plan::presets::Preset;
use forebygg_domain::plan::{Period, Phase, PlanFields, Programme};
use forebygg_domain::timeline::NorDate;
use forebygg_domain::{CountyNumber, OrgKind, Organisation};

use super::{demo_measures, engerdal_timeline, internal};
use crate::organisations::find;
use crate::{AppError, OrgScope, Store};

/// Where today falls in a generated municipality's planning process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The process is about to start.
    Start,
    ProgrammeHearing,
    Drafting,
    DraftHearing,
    /// Adopted over a year ago, followed up since.
    Adopted,
    /// No plan in the system.
    Nothing,
}

impl Stage {
    /// The stages the county's municipalities take in turn.
    pub const CYCLE: [Stage; 6] =
        [Stage::Adopted, Stage::Drafting, Stage::Nothing, Stage::DraftHearing, Stage::ProgrammeHearing, Stage::Start];

    /// A day of Engerdal's timeline and how many days before today it falls, and the
    /// plan's phase.
    fn anchor(self) -> Option<(&'static str, i64, Phase)> {
        match self {
            Stage::Start => Some(("14.06.2023", -30, Phase::Start)),
            Stage::ProgrammeHearing => Some(("19.06.2023", 20, Phase::ProgrammeOnHearing)),
            Stage::Drafting => Some(("10.10.2023", 0, Phase::Drafting)),
            Stage::DraftHearing => Some(("22.01.2024", 10, Phase::DraftOnHearing)),
            Stage::Adopted => Some(("18.04.2024", 400, Phase::FollowUp)),
            Stage::Nothing => None,
        }
    }
}

/// Innlandet's demo municipalities besides Engerdal, and where each stands.
const INNLANDET: [(&str, Stage); 6] = [
    ("3421", Stage::Adopted),
    ("3420", Stage::DraftHearing),
    ("3422", Stage::Drafting),
    ("3423", Stage::ProgrammeHearing),
    ("3424", Stage::Start),
    ("3403", Stage::Adopted),
];

/// Loads Innlandet's municipalities and the governor's gatherings, once.
pub async fn load(store: &dyn Store, governor: &Organisation, today: NaiveDate) -> Result<(), AppError> {
    for (code, stage) in INNLANDET {
        generate(store, &find(store, code).await?, stage, today).await?;
    }
    gatherings(store, governor, today).await?;
    share_measures(store).await?;
    cooperation(store).await
}

/// The measure Trysil runs for Engerdal as host municipality (vertskommune, seed 000),
/// once.
async fn cooperation(store: &dyn Store) -> Result<(), AppError> {
    use forebygg_domain::measures::row::{Column, parse_row};
    const NAME: &str = "Interkommunalt familieteam Trysil og Engerdal";
    let (trysil, engerdal) = (find(store, "3421").await?, find(store, "3425").await?);
    let scope = OrgScope::operator(&trysil);
    let plans = store.plans(&scope).await?;
    let Some(plan) = plans.iter().find(|p| p.plan_type == "preventive") else { return Ok(()) };
    if store.measures(&scope, plan.id).await?.iter().any(|m| m.fields.name == NAME) {
        return Ok(());
    }
    let cell = |c: Column| match c {
        Column::Name => NAME,
        Column::Description => {
            "Veiledning i hjemmet for familier som trenger mer enn helsestasjonen gir, drevet av Trysil for begge kommunene."
        }
        Column::Owner => "Barneverntjenesten",
        Column::Partners => "Helsestasjonen; Familiens hus",
        Column::AgeBands => "0-5, 6-12, foreldre",
        Column::Prevention => "selektiv",
        Column::Themes => "omsorgssvikt, vold",
        Column::Evidence => "not_rated",
        Column::Status => "pågår",
        Column::Evaluation => "01.06.2027",
        Column::Level => "tjeneste",
        _ => "",
    };
    let fields = parse_row(cell).map_err(|e| AppError::Internal(format!("demo measure: {e:?}")))?;
    store.insert_measures(&scope, plan.id, &[fields]).await?;
    let stored = store.measures(&scope, plan.id).await?;
    if let Some(m) = stored.iter().find(|m| m.fields.name == NAME) {
        store.set_measure_participants(&scope, plan.id, m.id, &[engerdal.id]).await?;
    }
    Ok(())
}

/// Engerdal and Trysil share two measures each in the library, once.
async fn share_measures(store: &dyn Store) -> Result<(), AppError> {
    if !store.shared_measures().await?.is_empty() {
        return Ok(());
    }
    for code in ["3425", "3421"] {
        let scope = OrgScope::operator(&find(store, code).await?);
        let plans = store.plans(&scope).await?;
        let Some(plan) = plans.iter().find(|p| p.plan_type == "preventive") else { continue };
        for m in store.measures(&scope, plan.id).await?.iter().take(2) {
            store.share_measure(&scope, plan.id, m.id, true, crate::now()).await?;
        }
    }
    Ok(())
}

/// Plans for every municipality of the county, the stages in turn (the benchmark's
/// data: as much as Engerdal's demo holds of what the dashboard reads).
pub async fn county(store: &dyn Store, county: &CountyNumber, today: NaiveDate) -> Result<usize, AppError> {
    let all = store.organisations().await?;
    let mut municipalities: Vec<&Organisation> =
        all.iter().filter(|o| o.kind == OrgKind::Municipality && o.county.as_ref() == Some(county)).collect();
    municipalities.sort_by(|a, b| a.code.as_str().cmp(b.code.as_str()));
    for (i, m) in municipalities.iter().enumerate() {
        generate(store, m, Stage::CYCLE[i % Stage::CYCLE.len()], today).await?;
    }
    Ok(municipalities.len())
}

/// A municipality's portfolio: a master plan, an upbringing plan and a plan for
/// preventive work at `stage`, with Engerdal's timeline moved to match and, once
/// drafting has begun, its goals and measures. Nothing when it has plans already.
async fn generate(store: &dyn Store, org: &Organisation, stage: Stage, today: NaiveDate) -> Result<(), AppError> {
    let scope = OrgScope::operator(org);
    let Some((anchor, days_ago, phase)) = stage.anchor() else { return Ok(()) };
    if !store.plans(&scope).await?.is_empty() {
        return Ok(());
    }
    let year = today.year();
    let plan = |plan_type: &str, title: &str, phase, from, to| PlanFields {
        plan_type: plan_type.into(),
        title: title.into(),
        phase,
        period: Some(Period { from, to }),
        under_pbl: plan_type != "upbringing",
    };
    let empty = Programme::default();
    let master = plan("master_plan", "Kommuneplanens samfunnsdel", Phase::Adopted, year - 4, year + 8);
    store.create_plan(&scope, &master, &empty).await?;
    let upbringing = plan("upbringing", "Oppvekstplan", Phase::FollowUp, year - 3, year + 1);
    store.create_plan(&scope, &upbringing, &empty).await?;
    let (from, to) = if phase == Phase::FollowUp { (year - 1, year + 2) } else { (year + 1, year + 4) };
    let preventive = plan("preventive", "Plan for forebyggende arbeid", phase, from, to);
    let created = store.create_plan(&scope, &preventive, &Preset::Engerdal.programme()).await?;
    let shift = (today - Duration::days(days_ago)) - NorDate::parse(anchor).map_err(internal)?.0;
    for mut a in engerdal_timeline()? {
        a.start = NorDate(a.start.0 + shift);
        a.end = a.end.map(|e| NorDate(e.0 + shift));
        a.done = a.end.unwrap_or(a.start).0 < today;
        store.create_activity(&scope, created.id, &a).await?;
    }
    if matches!(stage, Stage::Drafting | Stage::DraftHearing | Stage::Adopted) {
        demo_measures(store, &scope, created.id).await?;
    }
    Ok(())
}

/// The first Wednesday on or after a day (seed 000's gatherings are on Wednesdays).
fn wednesday_from(day: NaiveDate) -> NaiveDate {
    let ahead = (7 + Weekday::Wed.num_days_from_monday() as i64 - day.weekday().num_days_from_monday() as i64) % 7;
    day + Duration::days(ahead)
}

/// Seed 000's four gatherings: days after the first, physical or digital, title, and
/// topics (as the invitation words them).
const SEED_000: [(i64, bool, &str, &[&str]); 4] = [
    (
        0,
        true,
        "Fysisk samling 1",
        &["Rammer for kommunalt planarbeid", "Kartlegging og analyse som grunnlag for vidare planprosess"],
    ),
    (49, false, "Digital samling 1", &["Forankring", "Involvering av relevante aktørar i planprosessen"]),
    (91, false, "Digital samling 2", &["Forebyggande tiltak – kva verkar?", "Tiltaksutvikling og kompetansebygging"]),
    (
        126,
        true,
        "Fysisk samling 2",
        &[
            "Handlingsdelen – frå planar til tiltak",
            "Korleis skal vi nå måla om enda betre tenester?",
            "Kva skal til for å lukkast med å skapa varige endringar i praksis?",
        ],
    ),
];

/// The governor's gatherings, from five weeks ahead, with registrations: the first
/// physical one full (30 places, 10 per municipality) with two waiting.
async fn gatherings(store: &dyn Store, governor: &Organisation, today: NaiveDate) -> Result<(), AppError> {
    if !store.gatherings(governor.id).await?.is_empty() {
        return Ok(());
    }
    let body = OrgScope::operator(governor);
    let first = wednesday_from(today + Duration::days(35));
    let time = |day: NaiveDate, h, m| day.and_hms_opt(h, m, 0).unwrap_or_default();
    let mut ids = Vec::new();
    for (n, (after, physical, title, topics)) in SEED_000.into_iter().enumerate() {
        let day = first + Duration::days(after);
        let (venue, starts, ends, capacity) = if physical {
            // Lunch to lunch, as the invitation says.
            let place = if n == 0 { "Hamar, Scandic Hamar" } else { "Lillehammer, Scandic Victoria" };
            let venue = Venue::Physical { place: place.into(), per_municipality: 10 };
            (venue, time(day, 11, 30), time(day + Duration::days(1), 12, 30), Some(if n == 0 { 30 } else { 60 }))
        } else {
            let link = format!("https://video.statsforvalteren.example/samling-{}", n + 1);
            (Venue::Digital { link }, time(day, 9, 0), time(day, 15, 0), None)
        };
        let fields = GatheringFields {
            title: title.into(),
            venue,
            starts,
            ends,
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
            capacity,
        };
        ids.push(store.create_gathering(&body, &fields, crate::now()).await?);
    }
    reflection(store, governor, ids[1], first + Duration::days(42)).await?;
    // Who comes from where: the first physical gathering gets 32 for 30 places.
    let plan: [(usize, &str, usize); 7] = [
        (0, "3425", 10),
        (0, "3421", 9),
        (0, "3420", 8),
        (0, "3422", 5),
        (1, "3425", 6),
        (1, "3423", 12),
        (3, "3425", 4),
    ];
    let mut person = 0;
    for (gathering, code, how_many) in plan {
        let org = find(store, code).await?;
        let municipality = OrgScope::operator(&org);
        for _ in 0..how_many {
            let p = participant(person, &org.name);
            store.register(&municipality, governor.id, ids[gathering], &p, crate::now()).await?;
            person += 1;
        }
    }
    Ok(())
}

/// An invented participant, the n-th, with an invented address at the municipality.
fn participant(n: usize, municipality: &str) -> Participant {
    const FIRST: [&str; 12] =
        ["Astrid", "Bjørn", "Camilla", "Dag", "Eli", "Frode", "Guro", "Håkon", "Ingvild", "Jon", "Kristin", "Lars"];
    const LAST: [&str; 7] = ["Aas", "Berg", "Dahl", "Haugen", "Lie", "Moen", "Nygård"];
    const ROLES: [&str; 6] = [
        "Helsesykepleier",
        "Kommunalsjef oppvekst",
        "Barnevernleder",
        "Rektor",
        "Folkehelsekoordinator",
        "SLT-koordinator",
    ];
    let (first, last) = (FIRST[n % FIRST.len()], LAST[(n / FIRST.len() + n) % LAST.len()]);
    let domain: String = municipality
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'æ' => 'e',
            'ø' => 'o',
            'å' => 'a',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    let local = format!("{first}.{last}").to_lowercase().replace('ø', "o").replace('å', "a").replace('æ', "e");
    Participant {
        name: format!("{first} {last}"),
        email: format!("{local}@{domain}.demo"),
        role: ROLES[n % ROLES.len()].into(),
    }
}

/// A reflection task before the first digital gathering (anchoring), answered by two
/// municipalities so far.
async fn reflection(
    store: &dyn Store,
    governor: &Organisation,
    gathering: forebygg_domain::ids::GatheringId,
    due: NaiveDate,
) -> Result<(), AppError> {
    use forebygg_domain::county::reflection::{ReflectionAnswer, ReflectionFields};
    let fields = ReflectionFields {
        title: "Forankring i eigen kommune".into(),
        prompt: "Korleis er arbeidet med planen forankra hos leiinga og politikarane i kommunen?\n\
                 Kven manglar framleis, og kva vil de gjere før neste samling?"
            .into(),
        due: Some(NorDate(due)),
        gathering: Some(gathering),
    };
    let id = store.create_reflection(&OrgScope::operator(governor), &fields, crate::now()).await?;
    let answers = [
        (
            "3425",
            "Kari Nordmo",
            "Kommunedirektøren si leiargruppe har drøfta planen to gonger. Oppvekstutvalet får ei orientering i mars; helse og NAV manglar framleis i arbeidsgruppa.",
        ),
        (
            "3421",
            "Trysil kommune",
            "Planen er forankra i kommuneplanen. Vi har ikkje fått med skulane enno og inviterer rektorane til eit eige møte.",
        ),
    ];
    for (code, by, text) in answers {
        let municipality = find(store, code).await?;
        let answer =
            ReflectionAnswer { municipality: municipality.id, text: text.into(), by: by.into(), at: crate::now() };
        store.answer_reflection(&OrgScope::operator(&municipality), governor.id, id, &answer).await?;
    }
    Ok(())
}
