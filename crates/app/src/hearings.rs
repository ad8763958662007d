//! Public hearings: the page of a plan on hearing, the response form (no account
//! needed), the receipt, and the register of inputs for the plan's staff.

use forebygg_domain::ValidationError;
use forebygg_domain::document::version::{Version, VersionKind};
use forebygg_domain::hearing::attachment::check_uploads;
use forebygg_domain::hearing::{
    Assessment, Channel, ResponseForm, Upload, has_public_page, last_closed_hearing, open_hearing,
};
use forebygg_domain::ids::{ActivityId, AttachmentId, InputId, MeasureId, PlanId};
use forebygg_domain::measures::Measure;
use forebygg_domain::measures::report::StatusReport;
use forebygg_domain::plan::{Activity, Plan, Programme};
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::NorDate;
use forebygg_domain::timeline::dates::oslo_date;
use forebygg_domain::{Action, Organisation};

use crate::access::authorize;
use crate::tokens::random_token;
use crate::{Actor, AppError, AttachmentInfo, FieldErrors, Input, InputTags, OrgScope, Store, UnixTime};

/// What the public page of a plan shows.
#[derive(Clone, Debug)]
pub struct PublicPlan {
    pub plan: Plan,
    pub programme: Programme,
    /// The hearing open today, if any.
    pub open: Option<Activity>,
    /// Otherwise the latest closed one.
    pub closed: Option<Activity>,
}

/// A plan's public page. Only plans that have been or are on hearing are public.
pub async fn public_plan(
    store: &dyn Store,
    org: &Organisation,
    plan_id: PlanId,
    now: UnixTime,
) -> Result<PublicPlan, AppError> {
    let scope = OrgScope::public(org);
    let not_found = || AppError::NotFound(format!("plan {plan_id}"));
    let plan = store.plan(&scope, plan_id).await?;
    let activities = store.activities(&scope, plan_id).await?;
    let today = oslo_date(now);
    let open = open_hearing(&activities, today).cloned();
    let closed = if open.is_some() { None } else { last_closed_hearing(&activities, today).cloned() };
    if !has_public_page(&activities) {
        return Err(not_found());
    }
    let programme = store.programme(&scope, plan_id).await?;
    Ok(PublicPlan { plan, programme, open, closed })
}

/// A plan as the municipality's public page lists it.
#[derive(Clone, Debug)]
pub struct PublicPlanLine {
    pub plan: Plan,
    /// It is or has been on hearing, so its public page exists.
    pub has_page: bool,
    /// The hearing open today, if any.
    pub open: Option<Activity>,
    /// Its adopted versions, oldest first.
    pub adopted: Vec<Version>,
}

/// The plans of a municipality that everyone may see: those that are or have been on
/// hearing, and those with an adopted version. Drafts never heard stay internal.
pub async fn public_plans(
    store: &dyn Store,
    org: &Organisation,
    now: UnixTime,
) -> Result<Vec<PublicPlanLine>, AppError> {
    let scope = OrgScope::public(org);
    let today = oslo_date(now);
    let mut lines = Vec::new();
    for plan in store.plans(&scope).await? {
        let activities = store.activities(&scope, plan.id).await?;
        let adopted: Vec<Version> = store
            .versions(&scope, plan.id)
            .await?
            .into_iter()
            .filter(|v| v.fields.kind == VersionKind::Adopted)
            .collect();
        let has_page = has_public_page(&activities);
        if has_page || !adopted.is_empty() {
            // The phase as the staff pages show it on this day (a draft hearing past its
            // deadline is "processing inputs", not still "on hearing").
            let plan = Plan { phase: forebygg_domain::plan::process::phase_on(plan.phase, &activities, today), ..plan };
            lines.push(PublicPlanLine { open: open_hearing(&activities, today).cloned(), plan, has_page, adopted });
        }
    }
    Ok(lines)
}

/// What a sender gets back.
#[derive(Clone, Debug)]
pub struct Receipt {
    pub reference: String,
    pub token: String,
}

/// Receives a hearing response with its files. It is acknowledged (this returns `Ok`)
/// only after it is committed to the database, files included. Every problem with the
/// text and the files is reported at once.
pub async fn respond(
    store: &dyn Store,
    org: &Organisation,
    plan_id: PlanId,
    form: &ResponseForm,
    uploads: Vec<Upload>,
    now: UnixTime,
) -> Result<Receipt, AppError> {
    let public = public_plan(store, org, plan_id, now).await?;
    let Some(hearing) = public.open else {
        return Err(AppError::HearingClosed);
    };
    let fields = form.parse(hearing.id);
    let attachments = check_uploads(uploads);
    let (fields, attachments) = match (fields, attachments) {
        (Ok(fields), Ok(attachments)) => (fields, attachments),
        (fields, attachments) => {
            let mut errors = fields.err().unwrap_or_default();
            errors.extend(attachments.err().unwrap_or_default().into_iter().map(|e| ("attachments", e)));
            return Err(AppError::Invalid(FieldErrors(errors)));
        }
    };
    let token = random_token()?;
    let input = store.insert_input(&OrgScope::public(org), plan_id, &fields, &attachments, &token, now).await?;
    Ok(Receipt { reference: input.reference(), token })
}

/// The input behind a receipt, with the files that came with it, for its sender.
pub async fn receipt(
    store: &dyn Store,
    org: &Organisation,
    plan_id: PlanId,
    token: &str,
) -> Result<(Input, Vec<AttachmentInfo>), AppError> {
    let scope = OrgScope::public(org);
    let input = store.input_by_receipt(&scope, plan_id, token).await?;
    let files = store.attachments(&scope, plan_id).await?.into_iter().filter(|a| a.input_id == input.id).collect();
    Ok((input, files))
}

/// The attachments of a plan's inputs, for those who may read its register.
pub async fn attachments(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<Vec<AttachmentInfo>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    // Files sent with a response are personal data: listed only for those who need them.
    if authorize(actor, org, Action::ReadPersonalData).is_err() {
        return Ok(Vec::new());
    }
    Ok(store.attachments(&scope, plan_id).await?)
}

/// One attachment of an input, with its content, for those who may read the register.
pub async fn attachment(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, input_id, id): (PlanId, InputId, AttachmentId),
) -> Result<(AttachmentInfo, Vec<u8>), AppError> {
    let scope = authorize(actor, org, Action::ReadPersonalData)?;
    let (info, bytes) = store.attachment(&scope, plan_id, id).await?;
    if info.input_id != input_id {
        return Err(AppError::NotFound(format!("attachment {id} of input {input_id}")));
    }
    Ok((info, bytes))
}

/// The register of a plan's inputs, for those who may read the organisation's plans.
pub async fn register(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<Register, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let plan = store.plan(&scope, plan_id).await?;
    let activities = store.activities(&scope, plan_id).await?;
    let public_page = has_public_page(&activities);
    let personal_data = authorize(actor, org, Action::ReadPersonalData).is_ok();
    let mut inputs = store.inputs(&scope, plan_id).await?;
    if !personal_data {
        // Need to know: the others see what was said and who said it in public.
        for input in &mut inputs {
            let sender = &mut input.fields.sender;
            sender.email = None;
            if !sender.name_may_be_published {
                sender.name = None;
            }
        }
    }
    let measures = store.measures(&scope, plan_id).await?;
    let reports = store.reports(&scope, plan_id).await?;
    Ok(Register { plan, inputs, public_page, personal_data, measures, reports })
}

/// A plan's register of inputs.
#[derive(Clone, Debug)]
pub struct Register {
    pub plan: Plan,
    pub inputs: Vec<Input>,
    /// The plan has public pages (it is or was on hearing), so the outcome page exists.
    pub public_page: bool,
    /// The reader may see respondents' personal data (else names not to be published,
    /// e-mail addresses and files are left out).
    pub personal_data: bool,
    /// The plan's measures, to tie an input to and to show what it led to, with their
    /// status reports (the end of the trace: was it done, how did it go).
    pub measures: Vec<Measure>,
    pub reports: Vec<StatusReport>,
}

/// The inputs a measure came from (the trace read backwards), by their reference and
/// answer; no sender's data.
pub async fn inputs_behind(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    measure: MeasureId,
) -> Result<Vec<Input>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let mut inputs: Vec<Input> =
        store.inputs(&scope, plan_id).await?.into_iter().filter(|i| i.measures.contains(&measure)).collect();
    for input in &mut inputs {
        input.fields.sender = Default::default();
    }
    Ok(inputs)
}

/// The plans on hearing today across all organisations, for the start page.
pub async fn open_hearings(store: &dyn Store, now: UnixTime) -> Result<Vec<(Organisation, Plan, Activity)>, AppError> {
    let today: NorDate = oslo_date(now);
    let mut found = Vec::new();
    for (org, plan) in store.plans_with_hearing_on(today).await? {
        let activities = store.activities(&OrgScope::public(&org), plan.id).await?;
        if let Some(open) = open_hearing(&activities, today) {
            found.push((org, plan.clone(), open.clone()));
        }
    }
    Ok(found)
}

/// An input registered by the plan's staff from another channel, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct StaffInputForm {
    pub channel: String,
    pub received: String,
    pub text: String,
    pub name: String,
    pub organisation: String,
    /// Each non-empty line of the text is an input of its own (a pasted list, a group's
    /// notes from a dialogue conference).
    #[serde(deserialize_with = "crate::form::checkbox")]
    pub one_per_line: bool,
}

/// Registers inputs from a dialogue conference, a workshop, a meeting, a letter… One
/// input, or with `one_per_line` one per line of the text. All lines are checked before
/// any is stored.
pub async fn add_inputs(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    form: &StaffInputForm,
) -> Result<Vec<Input>, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut errors = FieldErrors::default();
    let channel = Channel::parse(&form.channel);
    if channel.is_none() {
        errors.add("channel", ValidationError::Required);
    }
    let today = oslo_date(crate::now());
    let received = if form.received.trim().is_empty() {
        Some(today)
    } else {
        let date = errors.check("received", NorDate::parse(&form.received));
        if date.is_some_and(|d| d > today) {
            errors.add("received", ValidationError::DateInFuture(form.received.trim().to_owned()));
        }
        date.filter(|d| *d <= today)
    };
    let texts: Vec<&str> = if form.one_per_line {
        form.text.lines().filter(|l| !l.trim().is_empty()).collect()
    } else {
        vec![form.text.as_str()]
    };
    let mut all = Vec::new();
    for text in if texts.is_empty() { vec![""] } else { texts } {
        let parsed = ResponseForm {
            text: text.to_owned(),
            name: form.name.clone(),
            organisation: form.organisation.clone(),
            email: String::new(),
            publish_name: false,
            consent: true,
            lang: None,
        }
        .parse(ActivityId::new(0));
        match parsed {
            Ok(f) => all.push(f),
            Err(list) => {
                for (field, e) in list {
                    if errors.get(field).is_none() {
                        errors.add(field, e);
                    }
                }
            }
        }
    }
    let (Some(channel), Some(received)) = (channel, received) else {
        return Err(AppError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    // Received today: now. An earlier day has no time of its own: noon UTC, which is
    // that day in Norway in every season.
    let at = if received == today {
        crate::now()
    } else {
        received.0.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().timestamp()
    };
    let mut stored = Vec::new();
    for mut fields in all {
        fields.channel = channel;
        fields.hearing = None;
        let input = store.insert_input(&scope, plan_id, &fields, &[], &random_token()?, at).await?;
        stored.push(input);
    }
    Ok(stored)
}

/// Hides an input from the public pages (a reason is required: nothing is hidden
/// silently, and nothing is deleted), or shows it again.
pub async fn moderate(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, InputId),
    hide: bool,
    reason: &str,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let reason = reason.trim();
    if hide && reason.is_empty() {
        return Err(AppError::invalid("reason", ValidationError::Required));
    }
    let hidden = hide.then_some(reason);
    Ok(store.moderate_inputs(&scope, plan_id, &[id], hidden).await?)
}

/// Hides a selection of inputs with one reason (a flood of robot responses, say): all
/// of them, or none when one is not the plan's.
pub async fn hide_many(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    ids: &[InputId],
    reason: &str,
) -> Result<usize, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let reason = reason.trim();
    let mut errors = FieldErrors::default();
    if ids.is_empty() {
        errors.add("inputs", ValidationError::NoneChosen);
    }
    if reason.is_empty() {
        errors.add("reason", ValidationError::Required);
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    store.moderate_inputs(&scope, plan_id, ids, Some(reason)).await?;
    Ok(ids.len())
}

/// One sender's inputs in the merknadsbehandling.
#[derive(Clone, Debug)]
pub struct SenderInputs {
    /// The sender as the case may name them: an organisation, a person who agreed to be
    /// named, or nobody (a private person).
    pub sender: Option<String>,
    pub inputs: Vec<Input>,
}

/// Who an input may be credited to in public: an organisation, or a person who agreed.
pub fn public_sender(input: &Input) -> Option<String> {
    let s = &input.fields.sender;
    s.organisation.clone().or_else(|| s.name.clone().filter(|_| s.name_may_be_published))
}

/// The merknadsbehandling: every input that is not hidden, grouped by sender, with its
/// assessment (plan- og bygningsloven § 11-14).
pub async fn merknadsbehandling(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<(Plan, Vec<SenderInputs>), AppError> {
    let Register { plan, inputs, .. } = register(store, actor, org, plan_id).await?;
    Ok((plan, group_by_sender(inputs.into_iter().filter(|i| i.hidden_reason.is_none()).collect())))
}

/// Inputs grouped by who may be named as their sender, in the order senders first
/// appear; every private person's input goes into one group of private persons.
fn group_by_sender(inputs: Vec<Input>) -> Vec<SenderInputs> {
    let mut groups: Vec<SenderInputs> = Vec::new();
    for input in inputs {
        let sender = public_sender(&input);
        match groups.iter_mut().find(|g| g.sender == sender) {
            Some(group) => group.inputs.push(input),
            None => groups.push(SenderInputs { sender, inputs: vec![input] }),
        }
    }
    groups
}

/// What happened to the inputs, for everyone: the inputs that are not hidden, with the
/// answers, and no names of private persons who did not agree to be named.
pub async fn outcomes(
    store: &dyn Store,
    org: &Organisation,
    plan_id: PlanId,
    now: UnixTime,
) -> Result<Outcomes, AppError> {
    let public = public_plan(store, org, plan_id, now).await?;
    let scope = OrgScope::public(org);
    let inputs = store.inputs(&scope, plan_id).await?;
    let shown: Vec<Input> = inputs
        .into_iter()
        .filter(|i| i.hidden_reason.is_none())
        .map(|mut i| {
            // Nothing private leaves: the e-mail never, the name only with consent.
            let sender = &mut i.fields.sender;
            sender.email = None;
            if !sender.name_may_be_published {
                sender.name = None;
            }
            i
        })
        .collect();
    let measures = store.measures(&scope, plan_id).await?;
    let reports = store.reports(&scope, plan_id).await?;
    // The public versions, to follow an input's chapters, only when some input has any.
    let versions = if shown.iter().any(|i: &Input| !i.chapters.is_empty()) {
        crate::document::public_versions(store, org, plan_id).await?
    } else {
        Vec::new()
    };
    Ok(Outcomes { plan: public, senders: group_by_sender(shown), measures, reports, versions })
}

/// The public "what happened to the inputs": every shown input by sender, and the plan's
/// measures with their reports, so an input can be followed to what it became.
pub struct Outcomes {
    pub plan: PublicPlan,
    pub senders: Vec<SenderInputs>,
    pub measures: Vec<Measure>,
    pub reports: Vec<StatusReport>,
    /// The public versions (hearing drafts, adopted plans), oldest first: where a
    /// chapter an input concerns changed.
    pub versions: Vec<forebygg_domain::document::version::Version>,
}

/// Chapter numbers as typed ("3.2, 4"), each checked.
fn chapter_numbers(typed: &str) -> Result<Vec<String>, ValidationError> {
    let mut numbers = Vec::new();
    for number in typed.split([',', ' ']).map(str::trim).filter(|c| !c.is_empty()) {
        if !number.split('.').all(|part| part.parse::<usize>().is_ok_and(|n| n >= 1)) {
            return Err(ValidationError::ChapterPath(number.to_owned()));
        }
        numbers.push(number.to_owned());
    }
    Ok(numbers)
}

/// The one form at an input in the register: the answer (decision, justification,
/// change) and the tags (themes, chapters), as typed.
#[derive(Clone, Debug, Default)]
pub struct AnswerForm {
    pub decision: String,
    pub justification: String,
    pub change: String,
    pub themes: Vec<Theme>,
    pub chapters: String,
    /// The measures it led to, by id (checkboxes of the plan's measures).
    pub measures: Vec<String>,
}

/// Saves an input's answer and tags together: everything is checked first and nothing
/// is saved if any part is refused. With no decision, justification or change typed,
/// only the tags are saved (an input can be tagged before it is answered).
pub async fn answer(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, InputId),
    form: &AnswerForm,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let untouched = [&form.decision, &form.justification, &form.change].iter().all(|s| s.trim().is_empty());
    let mut errors = Vec::new();
    let assessment = if untouched {
        None
    } else {
        Assessment::parse(&form.decision, &form.justification, &form.change).map_err(|e| errors.extend(e)).ok()
    };
    let numbers = chapter_numbers(&form.chapters).map_err(|e| errors.push(("chapters", e))).unwrap_or_default();
    // Only this plan's measures: an input is never tied to another plan's.
    let known: Vec<MeasureId> = store.measures(&scope, plan_id).await?.into_iter().map(|m| m.id).collect();
    let mut measures = Vec::new();
    for typed in &form.measures {
        match typed.trim().parse::<MeasureId>() {
            Ok(m) if known.contains(&m) => measures.push(m),
            _ => errors.push((
                "measures",
                ValidationError::OneOf {
                    value: typed.clone(),
                    allowed: known.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", "),
                },
            )),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(FieldErrors(errors)));
    }
    if let Some(assessment) = &assessment {
        store.assess_input(&scope, plan_id, id, Some(assessment)).await?;
    }
    let tags = InputTags { themes: &form.themes, chapters: &numbers, measures: &measures };
    Ok(store.tag_input(&scope, plan_id, id, tags).await?)
}
