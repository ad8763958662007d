//! Demo data: Engerdal (3425) with one login per role, an adviser at Statsforvalteren
//! in Innlandet, and a site administrator. Loading twice changes nothing.
//!
//! The people are invented; the municipalities and their counties are real. Later
//! capabilities extend this module with their own demo data, modelled on the seeds.

pub mod county;
mod indicators;
mod surveys;

use forebygg_domain::ids::{ActivityId, GoalId, PlanId};
use forebygg_domain::organisation::NewOrganisation;
use forebygg_domain::{Email, OrgKind, Organisation, Password, PersonName, Role, ValidationError};

use forebygg_domain::hearing::{Channel, InputFields, Sender};
use forebygg_domain::plan::activity::ActivityFields;
use forebygg_domain::plan::presets::Preset;
use forebygg_domain::plan::{ActivityKind, LinkKind, Period, Phase, PlanFields, Programme};
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_domain::timeline::{BodyKind, NorDate};

use crate::members::add_role;
use crate::organisations::{find, sync_register};
use crate::process;
use crate::store::document::ChapterText;
use crate::tokens::random_token;
use crate::{AppError, NewUser, OrgScope, Store, User};
use forebygg_domain::document::version::{VersionForm, VersionKind};
use forebygg_domain::plan::process::Step;
use forebygg_domain::plan::programme::ChapterKey;

/// Every demo login uses this password; the login page shows it in demo mode.
pub const DEMO_PASSWORD: &str = "forebygg-demo";

/// The demo municipality.
pub const DEMO_MUNICIPALITY: &str = "3425";

/// A demo login as the login page lists it.
#[derive(Clone, Copy, Debug)]
pub struct DemoLogin {
    pub email: &'static str,
    pub name: &'static str,
    /// Organisation code and role; `None` for the site administrator.
    pub role: Option<(&'static str, Role)>,
}

const GOVERNOR_NAME: &str = "Statsforvalteren i Innlandet";
/// The service the demo's contributor works in (it owns "Helsesykepleier i skolen").
pub const DEMO_CONTRIBUTOR_SERVICE: &str = "Helsestasjonen";

pub const DEMO_LOGINS: &[DemoLogin] = &[
    DemoLogin { email: "admin@engerdal.demo", name: "Anne Admin", role: Some(("3425", Role::Admin)) },
    DemoLogin { email: "planleiar@engerdal.demo", name: "Kari Nordmo", role: Some(("3425", Role::PlanLead)) },
    DemoLogin { email: "redaktor@engerdal.demo", name: "Erik Strand", role: Some(("3425", Role::Editor)) },
    DemoLogin { email: "bidragsyter@engerdal.demo", name: "Ingrid Helse", role: Some(("3425", Role::Contributor)) },
    DemoLogin { email: "leser@engerdal.demo", name: "Ola Lesar", role: Some(("3425", Role::Reader)) },
    DemoLogin {
        email: "radgiver@statsforvalteren.demo",
        name: "Per Rådgiver",
        role: Some(("statsforvalteren-i-innlandet", Role::RegionalAdviser)),
    },
    DemoLogin { email: "drift@forebygg.demo", name: "Drift Forebygg", role: None },
];

/// Loads the demo data; safe to run again and again.
pub async fn load(store: &dyn Store) -> Result<(), AppError> {
    sync_register(store).await?;
    let governor = ensure_governor(store).await?;
    // One hash for every demo login: the password is the same, and each argon2 hash
    // costs 19 MiB and a noticeable moment.
    let password = Password::parse(DEMO_PASSWORD).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut password = DemoPassword { plain: password, hash: None };
    for login in DEMO_LOGINS {
        let user = ensure_user(store, login, &mut password).await?;
        if let Some((code, role)) = login.role {
            let org = find(store, code).await?;
            ensure_role(store, &org, &user, role).await?;
            if role == Role::Contributor {
                // The contributor works at the health centre: they report on its measures.
                let services = [DEMO_CONTRIBUTOR_SERVICE.to_owned()];
                store.set_member_services(&OrgScope::operator(&org), user.id, &services).await?;
            }
        }
    }
    // The plan lead also reads the neighbouring Trysil: one person, several organisations.
    let plan_lead = ensure_user(store, &DEMO_LOGINS[1], &mut password).await?;
    ensure_role(store, &find(store, "3421").await?, &plan_lead, Role::Reader).await?;
    ensure_plans(store, &find(store, DEMO_MUNICIPALITY).await?).await?;
    county::load(store, &governor, oslo_date(crate::now()).0).await
}

/// Plans for every municipality of a county in different phases, its county governor,
/// and an adviser there (`radgiver.<county>@statsforvalteren.demo`), besides the
/// demo: the county dashboard's benchmark data. Returns the governor and how many
/// municipalities.
pub async fn load_county(store: &dyn Store, county: &str) -> Result<(Organisation, usize), AppError> {
    load(store).await?;
    let number = forebygg_domain::CountyNumber::parse(county).map_err(internal)?;
    let name =
        forebygg_domain::register::place_name(county).ok_or_else(|| AppError::NotFound(format!("county {county}")))?;
    let new =
        NewOrganisation::regional(OrgKind::CountyGovernor, &format!("Statsforvalteren i {name}"), Some(number.clone()))
            .map_err(internal)?;
    let governor = match store.organisation(&new.code).await? {
        Some(org) => org,
        None => store.create_organisation(&new).await?,
    };
    let email = Email::parse(&format!("radgiver.{county}@statsforvalteren.demo")).map_err(internal)?;
    let user = match store.user_by_email(&email).await? {
        Some(user) => user,
        None => {
            let password = Password::parse(DEMO_PASSWORD).map_err(internal)?;
            let name = PersonName::parse(&format!("Rådgiver {name}")).map_err(internal)?;
            let hash = crate::auth::hash_password(&password).await?;
            store.create_user(&NewUser { email, name, password_hash: hash, site_admin: false }).await?
        }
    };
    ensure_role(store, &governor, &user, Role::RegionalAdviser).await?;
    let n = county::county(store, &number, oslo_date(crate::now()).0).await?;
    Ok((governor, n))
}

/// Engerdal's portfolio, and its plan for preventive work with the timeline of its
/// planning programme (seed 001). Only when the municipality has no plans yet.
async fn ensure_plans(store: &dyn Store, org: &Organisation) -> Result<(), AppError> {
    let scope = OrgScope::operator(org);
    if !store.plans(&scope).await?.is_empty() {
        return Ok(());
    }
    let plan = |plan_type: &str, title: &str, phase: Phase, period: Option<(i32, i32)>, under_pbl: bool| PlanFields {
        plan_type: plan_type.into(),
        title: title.into(),
        phase,
        period: period.map(|(from, to)| Period { from, to }),
        under_pbl,
    };
    let empty = Programme::default();
    let master = store
        .create_plan(
            &scope,
            &plan("master_plan", "Kommuneplanens samfunnsdel 2020–2032", Phase::Adopted, Some((2020, 2032)), true),
            &empty,
        )
        .await?;
    let upbringing = store
        .create_plan(&scope, &plan("upbringing", "Oppvekstplan", Phase::FollowUp, Some((2021, 2025)), false), &empty)
        .await?;
    let violence = store
        .create_plan(
            &scope,
            &plan("violence", "Handlingsplan mot vold i nære relasjoner", Phase::FollowUp, Some((2022, 2025)), false),
            &violence_programme(),
        )
        .await?;
    let alcohol = store
        .create_plan(
            &scope,
            &plan(
                "alcohol",
                "Alkoholpolitisk og rusforebyggende handlingsplan",
                Phase::FollowUp,
                Some((2020, 2024)),
                false,
            ),
            &empty,
        )
        .await?;
    let preventive = store
        .create_plan(
            &scope,
            &plan("preventive", "Plan for forebyggende arbeid", Phase::Start, Some((2024, 2027)), true),
            &engerdal_programme(),
        )
        .await?;
    store.add_link(&scope, preventive.id, master.id, LinkKind::AnchoredIn).await?;
    for other in [&upbringing, &violence, &alcohol] {
        store.add_link(&scope, preventive.id, other.id, LinkKind::Overlaps).await?;
    }
    let (mut programme_hearing, mut draft_hearing) = (None, None);
    for fields in engerdal_timeline()? {
        let activity = store.create_activity(&scope, preventive.id, &fields).await?;
        match fields.kind {
            ActivityKind::ProgrammeHearing => programme_hearing = Some(activity.id),
            ActivityKind::DraftHearing => draft_hearing = Some(activity.id),
            _ => {}
        }
    }
    // Engerdal's process as the plan lead took it, each step on its day.
    let (programme_hearing, draft_hearing) =
        programme_hearing.zip(draft_hearing).ok_or_else(|| AppError::Internal("demo timeline".into()))?;
    let id = preventive.id;
    freeze(store, &scope, id, VersionKind::Programme, "14.06.2023").await?;
    process::open_hearing_in(store, &scope, (id, programme_hearing), false, on("19.06.2023")?).await?;
    process::advance_in(store, &scope, id, Step::AdoptProgramme, on("20.09.2023")?).await?;
    process::advance_in(store, &scope, id, Step::StartDrafting, on("21.09.2023")?).await?;
    demo_measures(store, &scope, id).await?;
    indicators::load(store, &scope).await?;
    store.set_challenge_picture(&scope, indicators::CHALLENGE).await?;
    indicators::measure_goal(store, &scope, id).await?;
    indicators::load(store, &OrgScope::operator(&find(store, "34").await?)).await?;
    surveys::load(store, &scope, id).await?;
    demo_chapters(store, &scope, id).await?;
    freeze(store, &scope, id, VersionKind::HearingDraft, "18.01.2024").await?;
    // Not every chapter was written; the plan lead confirmed that, as the form asks.
    process::open_hearing_in(store, &scope, (id, draft_hearing), true, on("22.01.2024")?).await?;
    demo_inputs(store, &scope, id, Some(draft_hearing)).await?;
    open_violence_hearing(store, &scope, violence.id).await
}

/// Noon on a day, as the time a demo step is taken.
fn on(date: &str) -> Result<crate::UnixTime, AppError> {
    let d = NorDate::parse(date).map_err(internal)?;
    Ok(d.0.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().timestamp())
}

/// Freezes a version as the plan lead does on the document page.
async fn freeze(
    store: &dyn Store,
    scope: &OrgScope,
    plan: PlanId,
    kind: VersionKind,
    date: &str,
) -> Result<(), AppError> {
    let form = VersionForm { kind: kind.code().into(), date: date.into(), ..VersionForm::default() };
    crate::document::freeze_in(store, scope, "Kari Nordmo", plan, &form, on(date)?).await?;
    Ok(())
}

/// Chapters of Engerdal's outline written as a plan lead would, with the generated
/// blocks placed where the plan shows its data.
async fn demo_chapters(store: &dyn Store, scope: &OrgScope, plan: PlanId) -> Result<(), AppError> {
    let texts = [
        (
            "1.1",
            "Kommunestyret skal vedta en plan for kommunens forebyggende arbeid med barn, unge og foreldre. \
             Planen skal bidra til at barn og unge får **god oppfølging tidlig**, og at tjenestene samarbeider.[^1]\n\n\
             {{lovgrunnlag}}\n\n\
             [^1]: Barnevernsreformen (oppvekstreformen) trådte i kraft 1. januar 2022.",
        ),
        (
            "1.4",
            "Tallene er hentet fra Ungdata, FHIs folkehelseprofil, SSB og Bufdirs kommunemonitor, og sammenlignet \
             med de andre kommunene i Innlandet og med landet. Der gruppene er små, er tallene skjermet.\n\n\
             {{utfordringsbilde}}\n\n{{indikatorer}}",
        ),
        ("1.7", "Planen har ett hovedmål med delmål og strategier:\n\n{{mål}}"),
        (
            "2.4",
            "Modellen for *bedre tverrfaglig innsats* (BTI) beskriver hvordan tjenestene samhandler rundt et barn:\n\n\
             - nivå 0: bekymring og undring\n- nivå 1: tiltak i egen tjeneste\n- nivå 2: samarbeid med andre\n- nivå 3: \
             koordinerte tjenester",
        ),
        ("3.1", "Tiltakene under er ordnet etter målene de skal nå.\n\n{{tiltak}}"),
        ("3.2", "Ansvaret for hvert tiltak ligger hos én tjeneste; andre er partnere.\n\n{{ansvar}}"),
        ("3.4", "Dekningen viser hvor tiltakene treffer, og hvor det er hull.\n\n{{dekning}}"),
        ("4", "## Innspill og merknadsbehandling\n\n{{merknader}}"),
        ("4.2", "{{tidslinje}}\n\n## Medvirkning\n\n{{medvirkning}}"),
    ];
    write_chapters(store, scope, plan, &texts).await
}

/// Saves the chapters' texts, by chapter key, as the demo's writer.
async fn write_chapters(
    store: &dyn Store,
    scope: &OrgScope,
    plan: PlanId,
    texts: &[(&str, &str)],
) -> Result<(), AppError> {
    for (chapter, body) in texts {
        let text = ChapterText {
            key: ChapterKey::parse(chapter).ok_or_else(|| AppError::NotFound(format!("chapter {chapter}")))?,
            body: (*body).to_owned(),
            updated_by: "Demo".to_owned(),
            updated_at: crate::now(),
        };
        store.save_chapter(scope, plan, &text).await?;
    }
    Ok(())
}

/// Responses to Engerdal's closed draft hearing of 2024, and input from a dialogue
/// conference (the method of seed 004). Invented senders.
async fn demo_inputs(
    store: &dyn Store,
    scope: &OrgScope,
    plan: PlanId,
    hearing: Option<ActivityId>,
) -> Result<(), AppError> {
    let at = |date: &str| -> Result<i64, AppError> {
        let d = NorDate::parse(date).map_err(internal)?;
        Ok(d.0.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc().timestamp())
    };
    let sender = |name: Option<&str>, org: Option<&str>, publish: bool| Sender {
        name: name.map(str::to_owned),
        organisation: org.map(str::to_owned),
        email: None,
        name_may_be_published: publish,
        lang: None,
    };
    use forebygg_domain::hearing::{Assessment, Decision};
    let answer = |decision, justification: &str, change: &str| Assessment {
        decision,
        justification: justification.into(),
        change: change.into(),
    };
    let answers = [
        answer(
            Decision::TakenIntoAccount,
            "Nytt tiltak: åpen ungdomsklubb fredag og lørdag kveld, eid av kulturtjenesten.",
            "Kapittel 3, tiltak 3.4",
        ),
        answer(
            Decision::PartlyTakenIntoAccount,
            "Foreldreveiledning (ICDP) tilbys i barnehagene fra 2025; helsestasjonen fortsetter som i dag.",
            "Kapittel 3, tiltak 3.1",
        ),
        answer(
            Decision::TakenIntoAccount,
            "Ansvaret for oppfølging av fravær er lagt til skolen, med helsesykepleier som samarbeidspart.",
            "Kapittel 3, ansvarsmatrisen",
        ),
        answer(Decision::Noted, "Tas med i arbeidet med skolemiljø og skyss.", ""),
    ];
    let inputs = [
        (
            Channel::Hearing,
            hearing,
            "Ungdomsrådet ønsker et lavterskel møtested for ungdom på kveldstid, også i helgene.",
            sender(None, Some("Ungdomsrådet"), true),
            "05.02.2024",
        ),
        (
            Channel::Hearing,
            hearing,
            "Som forelder savner jeg foreldreveiledning i barnehagen, ikke bare på helsestasjonen.",
            sender(Some("Randi Holm"), None, false),
            "12.02.2024",
        ),
        (
            Channel::Hearing,
            hearing,
            "FAU ber om at planen sier hvem som har ansvar for oppfølging av elever med høyt fravær.",
            sender(None, Some("FAU Engerdal skole"), true),
            "26.02.2024",
        ),
    ];
    let mut answers = answers.into_iter();
    for ((channel, hearing, text, sender, date), answer) in inputs.into_iter().zip(answers.by_ref()) {
        let fields = InputFields { channel, hearing, text: text.into(), sender, origin: None };
        let input = store.insert_input(scope, plan, &fields, &[], &random_token()?, at(date)?).await?;
        store.assess_input(scope, plan, input.id, Some(&answer)).await?;
    }
    demo_conference(store, scope, plan, answers.next()).await
}

/// A dialogue conference at the school in the autumn before the draft (the method of
/// seed 004, where pupils led the groups), with what each group came up with.
async fn demo_conference(
    store: &dyn Store,
    scope: &OrgScope,
    plan: PlanId,
    answer: Option<forebygg_domain::hearing::Assessment>,
) -> Result<(), AppError> {
    use forebygg_domain::hearing::conference::ConferenceGroup;
    use forebygg_domain::hearing::{ConferenceFields, ConferenceOrigin};
    let group = |name: &str, leader: &str| ConferenceGroup { name: name.into(), leader: leader.into() };
    let fields = ConferenceFields {
        title: "Åpent møte på Engerdal skole".into(),
        held_on: NorDate::parse("10.10.2023").map_err(internal)?,
        place: "Engerdal skole, gymsalen".into(),
        participants: "Elever på 8.–10. trinn, foreldre, politikere og arbeidsgruppa".into(),
        rounds: vec![
            "Hva er bra med å vokse opp i Engerdal?".into(),
            "Hva mangler for barn og unge her?".into(),
            "Hva kan vi gjøre sammen?".into(),
        ],
        groups: vec![
            group("Gruppe 1", "Elevrådslederen, 10. trinn"),
            group("Gruppe 2", "To elever fra 9. trinn"),
            group("Gruppe 3", "To elever fra 8. trinn"),
        ],
    };
    let conference = store.create_conference(scope, plan, &fields).await?;
    let outputs = [
        (1, 1, "Naturen, og at alle kjenner alle."),
        (1, 2, "Fotballbanen og skiløypene."),
        (2, 1, "Et sted å være på kveldstid når det er mørkt."),
        (2, 3, "Flere trygge voksne ute i friminuttene og på bussen."),
        (3, 2, "Ungdom og voksne kan drive en kafé sammen en gang i måneden."),
        (3, 3, "Politikerne bør komme på skolen oftere og høre på oss."),
    ];
    let at = fields.held_on.0.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().timestamp();
    for (round, group, text) in outputs {
        let input = InputFields {
            channel: Channel::DialogueConference,
            hearing: None,
            text: text.into(),
            sender: Sender { organisation: Some(conference.sender_name(group)), ..Sender::default() },
            origin: Some(ConferenceOrigin { conference: conference.id, round, group }),
        };
        let stored = store.insert_input(scope, plan, &input, &[], &random_token()?, at).await?;
        if let (Some(answer), (2, 3)) = (answer.as_ref(), (round, group)) {
            store.assess_input(scope, plan, stored.id, Some(answer)).await?;
        }
    }
    Ok(())
}

/// Measures of the kind the seeds name (BTI, parental guidance, a youth club, SLT),
/// with owners, target groups and evaluation dates, one of them overdue.
async fn demo_measures(store: &dyn Store, scope: &OrgScope, plan: PlanId) -> Result<(), AppError> {
    use forebygg_domain::measures::row::{Column, parse_row};
    let rows: [[&str; 9]; 6] = [
        // name, owner, partners, target, prevention, themes, evidence, status, evaluation
        [
            "Foreldreveiledning (ICDP)",
            "Helsestasjonen",
            "Barnehagene",
            "0-5, foreldre",
            "universell",
            "omsorgssvikt, psykisk helse",
            "3",
            "pågår",
            "01.06.2026",
        ],
        [
            "Bedre tverrfaglig innsats (BTI)",
            "Oppvekstsektoren",
            "Helsestasjonen; Skolen; Barnevernet",
            "0-5, 6-12, 13-15, 16-19",
            "selektiv",
            "omsorgssvikt, atferdsproblemer",
            "not_rated",
            "pågår",
            "01.09.2027",
        ],
        [
            "Åpen ungdomsklubb fredag og lørdag",
            "Kulturtjenesten",
            "Frivilligsentralen",
            "13-15, 16-19",
            "universell",
            "rus og avhengighet, folkehelse",
            "not_rated",
            "foreslått",
            "",
        ],
        [
            "Helsesykepleier i skolen",
            "Helsestasjonen",
            "Skolen",
            "6-12, 13-15, 16-19",
            "universell",
            "psykisk helse, fysisk helse",
            "not_rated",
            "eksisterende",
            "01.12.2027",
        ],
        [
            "SLT-koordinator",
            "Rådmannens stab",
            "Politiet; Skolen",
            "13-15, 16-19, 20-25",
            "selektiv",
            "rus og avhengighet, vold, atferdsproblemer",
            "not_rated",
            "pågår",
            "01.03.2027",
        ],
        [
            "Psykisk førstehjelp (Zippys venner)",
            "Skolen",
            "PP-tjenesten",
            "6-12",
            "universell",
            "psykisk helse",
            "4",
            "pågår",
            "01.01.2028",
        ],
    ];
    let goals = demo_goals(store, scope, plan).await?;
    // Which goal each measure serves, in the order of the rows.
    let serves = [goals[1], goals[3], goals[2], goals[2], goals[2], goals[2]];
    let mut fields = Vec::new();
    for (r, goal) in rows.into_iter().zip(serves) {
        let cell = |c: Column| match c {
            Column::Name => r[0],
            Column::Owner => r[1],
            Column::Partners => r[2],
            Column::AgeBands => r[3],
            Column::Prevention => r[4],
            Column::Themes => r[5],
            Column::Evidence => r[6],
            Column::Status => r[7],
            Column::Evaluation => r[8],
            Column::Level => "tjeneste",
            _ => "",
        };
        let mut measure = parse_row(cell).map_err(|e| AppError::Internal(format!("demo measure: {e:?}")))?;
        measure.goals = vec![goal];
        fields.push(measure);
    }
    store.insert_measures(scope, plan, &fields).await?;
    let stored = store.measures(scope, plan).await?;
    let report =
        |period: &str, status: &str, progress: &str, text: &str| forebygg_domain::measures::report::ReportForm {
            period: period.into(),
            status: status.into(),
            progress: progress.into(),
            text: text.into(),
        };
    let reports = [
        ("Foreldreveiledning (ICDP)", report("2026-H1", "on_track", "60", "Tre grupper gjennomført i barnehagene.")),
        ("SLT-koordinator", report("2026-H1", "delayed", "30", "Stillingen ble besatt først i mars.")),
    ];
    for (name, form) in reports {
        let parsed = form.parse().map_err(|e| AppError::Internal(format!("demo report: {e:?}")))?;
        if let Some(m) = stored.iter().find(|m| m.fields.name == name) {
            store.add_report(scope, plan, m.id, &parsed, "Kari Nordmo", crate::now()).await?;
        }
    }
    Ok(())
}

/// A goal hierarchy like Lyngen's programme: a main goal tied to the master plan and
/// the SDGs, two sub-goals and a strategy. Returns the ids in that order.
async fn demo_goals(store: &dyn Store, scope: &OrgScope, plan: PlanId) -> Result<Vec<GoalId>, AppError> {
    use forebygg_domain::goals::GoalForm;
    let mut ids: Vec<GoalId> = Vec::new();
    let forms = [
        (
            "main",
            None,
            "Alle barn og unge i Engerdal har en trygg oppvekst",
            "Gode oppvekstvilkår for alle",
            "3.4, 4, 16.2",
            "Ungdata: andel som trives på skolen og i nærmiljøet",
            "",
        ),
        ("sub", Some(0), "Familier som strever, får hjelp tidlig", "", "3.4", "", "01.06.2026"),
        ("sub", Some(0), "Flere unge opplever mestring og tilhørighet", "", "4", "", ""),
        ("strategy", Some(1), "Tverrfaglig samarbeid etter BTI-modellen", "", "17.17", "", "01.06.2026"),
    ];
    for (level, parent, title, master, sdg, indicator, evaluation) in forms {
        let goals = store.goals(scope, plan).await?;
        let form = GoalForm {
            level: level.into(),
            parent: parent.map(|i: usize| ids[i].to_string()).unwrap_or_default(),
            title: title.into(),
            master_plan_goal: master.into(),
            sdg_targets: sdg.into(),
            indicator: indicator.into(),
            evaluation: evaluation.into(),
            ..GoalForm::default()
        };
        let fields = form.parse(&goals).map_err(|e| AppError::Internal(format!("demo goal: {e:?}")))?;
        let goal = store.create_goal(scope, plan, &fields).await?;
        ids.push(goal.id);
    }
    Ok(ids)
}

/// The short outline of the action plan against violence in close relationships.
fn violence_programme() -> forebygg_domain::plan::Programme {
    use forebygg_domain::plan::programme::{Chapter, Outline};
    forebygg_domain::plan::Programme {
        outline: Outline::settled(vec![
            Chapter::leaf("Innledning"),
            Chapter::leaf("Tiltak mot vold i nære relasjoner"),
            Chapter::leaf("Oppfølging"),
        ]),
        ..Default::default()
    }
}

/// A hearing open now (four weeks left) on the revised action plan against violence, so
/// that the public hearing page is there to try.
async fn open_violence_hearing(store: &dyn Store, scope: &OrgScope, plan: PlanId) -> Result<(), AppError> {
    let texts = [
        (
            "1",
            "Handlingsplanen revideres for 2026–2029. Den beskriver hvordan kommunen forebygger, avdekker og \
             følger opp vold i nære relasjoner, også når barn ser eller hører volden.",
        ),
        ("2", "Tiltakene bygger på erfaringene fra planperioden 2022–2025."),
    ];
    write_chapters(store, scope, plan, &texts).await?;
    let today = oslo_date(crate::now());
    let opened = crate::now() - 14 * 86_400;
    let hearing = ActivityFields {
        kind: ActivityKind::DraftHearing,
        title: "Høring av revidert handlingsplan mot vold i nære relasjoner".into(),
        start: today.plus_days(-14),
        end: Some(today.plus_days(28)),
        responsible: "Arbeidsgruppa".into(),
        body: None,
        done: false,
        justification: String::new(),
    };
    let hearing = store.create_activity(scope, plan, &hearing).await?;
    // The revision of a plan in follow-up, drafted, frozen and put on hearing two weeks ago.
    process::advance_in(store, scope, plan, Step::StartRevision, opened).await?;
    process::advance_in(store, scope, plan, Step::StartDrafting, opened).await?;
    let date = oslo_date(opened).to_string();
    let form = VersionForm { kind: VersionKind::HearingDraft.code().into(), date, ..VersionForm::default() };
    crate::document::freeze_in(store, scope, "Kari Nordmo", plan, &form, opened).await?;
    process::open_hearing_in(store, scope, (plan, hearing.id), true, opened).await
}

/// Kind, title, start, end, deciding body, done.
type TimelineRow = (ActivityKind, &'static str, &'static str, Option<&'static str>, Option<BodyKind>, bool);

/// Engerdal's programme preset with invented people in its working group.
fn engerdal_programme() -> Programme {
    let mut programme = Preset::Engerdal.programme();
    let names = ["Hilde Sætre", "Jonas Bakken", "Marit Nyhus", "Trond Elverum", "Siri Fjellheim"];
    if let Some(working) = programme.groups.first_mut() {
        for (member, name) in working.members.iter_mut().zip(names) {
            member.name = name.to_owned();
        }
    }
    programme
}

fn engerdal_timeline() -> Result<Vec<ActivityFields>, AppError> {
    use ActivityKind::*;
    let rows: [TimelineRow; 9] = [
        (
            PoliticalTreatment,
            "Planprogrammet legges på høring",
            "14.06.2023",
            None,
            Some(BodyKind::StandingCommittee),
            true,
        ),
        (
            ProgrammeHearing,
            "Høring og offentlig ettersyn av planprogrammet",
            "19.06.2023",
            Some("06.08.2023"),
            None,
            true,
        ),
        (ProgrammeAdoption, "Planprogrammet fastsettes", "20.09.2023", None, Some(BodyKind::ExecutiveCommittee), true),
        (Drafting, "Arbeidsgruppa utarbeider planforslag", "21.08.2023", Some("15.12.2023"), None, true),
        (Participation, "Workshop med medarbeidere om forebyggende arbeid", "10.10.2023", None, None, true),
        (
            PoliticalTreatment,
            "Planforslaget legges på høring",
            "18.01.2024",
            None,
            Some(BodyKind::ExecutiveCommittee),
            true,
        ),
        (DraftHearing, "Høring og offentlig ettersyn av planforslaget", "22.01.2024", Some("29.02.2024"), None, false),
        (
            Revision,
            "Høringsinnspill behandles og planforslaget bearbeides",
            "01.03.2024",
            Some("15.03.2024"),
            None,
            false,
        ),
        (PlanAdoption, "Sluttbehandling i kommunestyret", "18.04.2024", None, Some(BodyKind::Council), false),
    ];
    rows.into_iter()
        .map(|(kind, title, start, end, body, done)| {
            Ok(ActivityFields {
                kind,
                title: title.into(),
                start: NorDate::parse(start).map_err(internal)?,
                end: end.map(NorDate::parse).transpose().map_err(internal)?,
                responsible: "Arbeidsgruppa".into(),
                body,
                done,
                // Engerdal's draft hearing ran under six weeks so the council could
                // adopt the plan in April (seed 001); the reason is on record.
                justification: if kind == DraftHearing {
                    "Kortere frist for å rekke sluttbehandling i kommunestyret 18.04.2024.".into()
                } else {
                    String::new()
                },
            })
        })
        .collect()
}

async fn ensure_governor(store: &dyn Store) -> Result<Organisation, AppError> {
    let county = forebygg_domain::CountyNumber::parse("34").map_err(|e| AppError::Internal(e.to_string()))?;
    let new = NewOrganisation::regional(OrgKind::CountyGovernor, GOVERNOR_NAME, Some(county))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    match store.organisation(&new.code).await? {
        Some(org) => Ok(org),
        None => Ok(store.create_organisation(&new).await?),
    }
}

/// The demo password and, once a user needs it, its hash.
struct DemoPassword {
    plain: Password,
    hash: Option<String>,
}

async fn ensure_user(store: &dyn Store, login: &DemoLogin, password: &mut DemoPassword) -> Result<User, AppError> {
    let email = Email::parse(login.email).map_err(internal)?;
    if let Some(user) = store.user_by_email(&email).await? {
        return Ok(user);
    }
    let name = PersonName::parse(login.name).map_err(internal)?;
    let hash = match &password.hash {
        Some(hash) => hash.clone(),
        None => password.hash.insert(crate::auth::hash_password(&password.plain).await?).clone(),
    };
    let new = NewUser { email, name, password_hash: hash, site_admin: login.role.is_none() };
    Ok(store.create_user(&new).await?)
}

async fn ensure_role(store: &dyn Store, org: &Organisation, user: &User, role: Role) -> Result<(), AppError> {
    match add_role(store, &OrgScope::operator(org), user, role).await {
        Ok(()) | Err(AppError::Conflict { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

fn internal(e: ValidationError) -> AppError {
    AppError::Internal(e.to_string())
}
