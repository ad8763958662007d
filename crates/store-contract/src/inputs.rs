//! The storage contract for the register of inputs.

use crate::not_found;
use forebygg_domain::ids::{ActivityId, InputId, MeasureId, OrgId, PlanId, UserId};
use forebygg_domain::theme::Theme;
use std::sync::Arc;

use forebygg_app::{Input, InputTags, OrgScope, Store, organisations};
use forebygg_domain::Email;
use forebygg_domain::OrgCode;
use forebygg_domain::hearing::{Channel, InputFields, Sender};
use forebygg_domain::plan::{Phase, PlanFields, Programme};

async fn plan_of(store: &dyn Store, code: &str) -> (OrgScope, PlanId) {
    organisations::sync_register(store).await.unwrap();
    let org = store.organisation(&OrgCode::parse(code).unwrap()).await.unwrap().unwrap();
    let scope = OrgScope::operator(&org);
    let fields = PlanFields {
        plan_type: "preventive".into(),
        title: format!("Plan {code}"),
        phase: Phase::DraftOnHearing,
        period: None,
        under_pbl: true,
    };
    let plan = store.create_plan(&scope, &fields, &Programme::default()).await.unwrap();
    (scope, plan.id)
}

fn response(text: &str) -> InputFields {
    InputFields {
        channel: Channel::Hearing,
        hearing: Some(ActivityId::new(1)),
        text: text.into(),
        sender: Sender {
            name: Some("Åse Ødegård".into()),
            organisation: None,
            email: Some(Email::parse("ase@example.no").unwrap()),
            name_may_be_published: false,
            lang: Some(forebygg_domain::Lang::Nn),
        },
        origin: None,
    }
}

pub async fn inputs_round_trip_and_are_found_by_receipt(store: &dyn Store) {
    let (scope, plan) = plan_of(store, "3425").await;
    let stored =
        store.insert_input(&scope, plan, &response("Flere «trygge» voksne"), &[], "token-1", 1000).await.unwrap();
    assert_eq!(stored.fields, response("Flere «trygge» voksne"));
    assert_eq!(stored.received_at, 1000);
    assert_eq!(stored.reference(), "1970-001", "the plan's first input of its year");
    assert_eq!(store.input_by_receipt(&scope, plan, "token-1").await.unwrap(), stored.clone());
    assert!(not_found(store.input_by_receipt(&scope, plan, "token-2").await));
    let second = store.insert_input(&scope, plan, &response("Andre"), &[], "token-2", 900).await.unwrap();
    let listed: Vec<InputId> = store.inputs(&scope, plan).await.unwrap().iter().map(|i| i.id).collect();
    assert_eq!(listed, vec![second.id, stored.id], "in the order received");
}

/// Reference numbers count per plan and per year in Norway (`2024-001`, `2024-002`, …),
/// so a plan's first input is never "6-10".
pub async fn inputs_are_numbered_per_plan_and_year(store: &dyn Store) {
    // 31.12.2023 23:58 and 01.01.2024 00:01 in Oslo (22:58 and 23:01 UTC).
    let (last_of_2023, first_of_2024) = (1_704_063_480, 1_704_063_660);
    let (scope, plan) = plan_of(store, "3425").await;
    let (_, other) = plan_of(store, "3425").await;
    let insert = |plan, at: i64, token: &'static str| {
        let scope = scope.clone();
        async move { store.insert_input(&scope, plan, &response(token), &[], token, at).await.unwrap().reference() }
    };
    assert_eq!(insert(plan, first_of_2024, "n1").await, "2024-001");
    assert_eq!(insert(plan, first_of_2024 + 5, "n2").await, "2024-002");
    assert_eq!(insert(plan, last_of_2023, "n3").await, "2023-001", "Norwegian New Year, not UTC's");
    assert_eq!(insert(other, first_of_2024, "n4").await, "2024-001", "another plan counts on its own");
    assert_eq!(insert(plan, first_of_2024 + 9, "n5").await, "2024-003");
    let listed: Vec<String> = store.inputs(&scope, plan).await.unwrap().iter().map(Input::reference).collect();
    assert_eq!(listed, ["2023-001", "2024-001", "2024-002", "2024-003"]);
}

pub async fn inputs_of_another_organisation_cannot_be_reached(store: &dyn Store) {
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    store.insert_input(&b, plan_b, &response("Lyngen"), &[], "lyngen", 1).await.unwrap();
    assert!(not_found(store.insert_input(&a, plan_b, &response("Inntrenger"), &[], "x", 1).await));
    assert!(store.inputs(&a, plan_b).await.unwrap().is_empty());
    assert!(not_found(store.input_by_receipt(&a, plan_b, "lyngen").await));
    assert!(store.inputs(&a, plan_a).await.unwrap().is_empty());
    assert_eq!(store.inputs(&b, plan_b).await.unwrap().len(), 1);
}

/// Many submissions at once are all committed, each acknowledged with its own row
/// (they share transactions in the writer).
pub async fn a_burst_of_submissions_is_all_committed(store: Arc<dyn Store>) {
    let (scope, plan) = plan_of(&*store, "3425").await;
    let mut tasks = Vec::new();
    for i in 0..300 {
        let store = store.clone();
        let scope = scope.clone();
        tasks.push(tokio::spawn(async move {
            store.insert_input(&scope, plan, &response(&format!("Innspill {i}")), &[], &format!("burst-{i}"), i).await
        }));
    }
    let mut ids = Vec::new();
    let mut numbers = Vec::new();
    for t in tasks {
        let input = t.await.unwrap().unwrap();
        ids.push(input.id);
        numbers.push(input.number.seq);
    }
    numbers.sort();
    assert_eq!(numbers, (1..=300).collect::<Vec<_>>(), "each its own number, none skipped");
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 300, "every submission got its own row");
    assert_eq!(store.inputs(&scope, plan).await.unwrap().len(), 300);
    // The same receipt token twice is refused, and does not take the others down.
    assert!(store.insert_input(&scope, plan, &response("dup"), &[], "burst-1", 1).await.is_err());
    assert!(store.insert_input(&scope, plan, &response("ok"), &[], "fresh", 1).await.is_ok());
}

pub async fn answers_and_moderation_are_kept_and_scoped(store: &dyn Store) {
    use forebygg_domain::hearing::{Assessment, Decision};
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    let mine = store.insert_input(&a, plan_a, &response("Mitt"), &[], "a1", 1).await.unwrap();
    let theirs = store.insert_input(&b, plan_b, &response("Deres"), &[], "b1", 1).await.unwrap();
    let answer = Assessment {
        decision: Decision::PartlyTakenIntoAccount,
        justification: "Delvis, se kap. 3".into(),
        change: "3.2".into(),
    };
    store.assess_input(&a, plan_a, mine.id, Some(&answer)).await.unwrap();
    store.moderate_inputs(&a, plan_a, &[mine.id], Some("Personopplysninger")).await.unwrap();
    let kept = store.inputs(&a, plan_a).await.unwrap().pop().unwrap();
    assert_eq!(kept.assessment, Some(answer.clone()));
    assert_eq!(kept.hidden_reason.as_deref(), Some("Personopplysninger"));
    store.moderate_inputs(&a, plan_a, &[mine.id], None).await.unwrap();
    store.assess_input(&a, plan_a, mine.id, None).await.unwrap();
    let cleared = store.inputs(&a, plan_a).await.unwrap().pop().unwrap();
    assert_eq!((cleared.assessment, cleared.hidden_reason), (None, None));
    // Another organisation's input cannot be answered or hidden.
    assert!(not_found(store.assess_input(&a, plan_b, theirs.id, Some(&answer)).await));
    assert!(not_found(store.assess_input(&a, plan_a, theirs.id, Some(&answer)).await));
    assert!(not_found(store.moderate_inputs(&a, plan_b, &[theirs.id], Some("x")).await));
    // A selection with another organisation's input in it hides none of them.
    assert!(not_found(store.moderate_inputs(&a, plan_a, &[mine.id, theirs.id], Some("x")).await));
    assert_eq!(store.inputs(&a, plan_a).await.unwrap().pop().unwrap().hidden_reason, None);
    let untouched = store.inputs(&b, plan_b).await.unwrap().pop().unwrap();
    assert_eq!((untouched.assessment, untouched.hidden_reason), (None, None));
}

pub async fn erasure_removes_the_sender_and_keeps_the_text(store: &dyn Store) {
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    let email = Email::parse("ase@example.no").unwrap();
    let mine = store.insert_input(&a, plan_a, &response("Engerdal"), &[], "a1", 1).await.unwrap();
    let theirs = store.insert_input(&b, plan_b, &response("Lyngen"), &[], "b1", 1).await.unwrap();
    // Versions frozen while the sender's name was public show it.
    let frozen = |input: &Input, reference: String| {
        use forebygg_domain::document::generated::{Generated, InputLine};
        use forebygg_domain::document::version::{Snapshot, VersionForm};
        let line = InputLine {
            reference,
            sender: "Åse Ås".into(),
            survey: false,
            decision: None,
            justification: String::new(),
            text: input.fields.text.clone(),
        };
        let fields = VersionForm { kind: "hearing_draft".into(), date: "01.02.2024".into(), ..VersionForm::default() };
        (
            fields.parse().unwrap(),
            Snapshot { generated: Generated { inputs: vec![line], ..Generated::default() }, ..Snapshot::default() },
        )
    };
    // A version frozen before references were counted per plan names it `plan-input`.
    let (fields, snapshot) = frozen(&mine, format!("{plan_a}-{}", mine.id));
    store.freeze_version(&a, plan_a, &fields, &snapshot, "Kari", 2).await.unwrap();
    let (fields, snapshot) = frozen(&mine, mine.reference());
    store.freeze_version(&a, plan_a, &fields, &snapshot, "Kari", 2).await.unwrap();
    let (fields, snapshot) = frozen(&theirs, theirs.reference());
    store.freeze_version(&b, plan_b, &fields, &snapshot, "Kari", 2).await.unwrap();
    // The trace: the chapters it concerns and the measures it led to.
    let (themes, chapters, measures) = ([Theme::Violence], ["3.2".to_owned()], [MeasureId::new(7), MeasureId::new(9)]);
    let tags = InputTags { themes: &themes, chapters: &chapters, measures: &measures };
    store.tag_input(&a, plan_a, mine.id, tags).await.unwrap();
    assert!(not_found(store.tag_input(&a, plan_b, theirs.id, tags).await), "not another organisation's input");
    let tagged = store.inputs(&a, plan_a).await.unwrap().pop().unwrap();
    assert_eq!(
        (tagged.themes, tagged.chapters, tagged.measures.clone()),
        (themes.to_vec(), chapters.to_vec(), measures.to_vec())
    );
    assert!(store.inputs(&b, plan_b).await.unwrap().pop().unwrap().measures.is_empty());
    assert_eq!(store.inputs_by_email(&a, &email).await.unwrap().len(), 1);
    assert_eq!(store.erase_sender(&a, &email, UserId::new(42), 77).await.unwrap(), 1);
    assert_eq!(mine.reference(), theirs.reference(), "both plans' first input");
    for version in store.versions(&a, plan_a).await.unwrap() {
        assert_eq!(version.snapshot.generated.inputs[0].sender, "", "erasure reaches every frozen version");
        assert_eq!(version.snapshot.generated.inputs[0].text, "Engerdal", "and keeps the text");
    }
    let lyngen = store.versions(&b, plan_b).await.unwrap().pop().unwrap();
    assert_eq!(lyngen.snapshot.generated.inputs[0].sender, "Åse Ås", "Lyngen's version is Lyngen's");
    let erased = store.inputs(&a, plan_a).await.unwrap().pop().unwrap();
    assert_eq!(erased.fields.sender, Sender::default());
    assert_eq!(erased.measures, measures, "the trace survives erasure: the name goes, the chain stays");
    assert_eq!(erased.fields.text, "Engerdal");
    assert!(store.inputs_by_email(&a, &email).await.unwrap().is_empty());
    let log = store.audit_log(&a).await.unwrap();
    assert_eq!(
        (log.len(), log[0].user_id, log[0].action.as_str(), log[0].at),
        (1, Some(UserId::new(42)), "erase_sender", 77)
    );
    assert!(log[0].detail.contains("2 frozen versions redacted"), "{}", log[0].detail);
    // Lyngen's input from the same address is Lyngen's business.
    assert_eq!(store.inputs_by_email(&b, &email).await.unwrap().len(), 1);
    assert!(store.audit_log(&b).await.unwrap().is_empty());
}

pub async fn attachments_are_stored_with_their_input_scoped_and_erased(store: &dyn Store) {
    use forebygg_domain::hearing::{Attachment, FileKind};
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    let pdf = Attachment {
        file_name: "Innspill fra FAU.pdf".into(),
        kind: FileKind::Pdf,
        bytes: b"%PDF-1.7 \x00\xff".to_vec(),
    };
    let png = Attachment { file_name: "kart.png".into(), kind: FileKind::Png, bytes: b"\x89PNG\r\n\x1a\n..".to_vec() };
    let input = store
        .insert_input(&a, plan_a, &response("Med vedlegg"), &[pdf.clone(), png.clone()], "att-1", 5)
        .await
        .unwrap();
    store.insert_input(&b, plan_b, &response("Lyngen"), std::slice::from_ref(&pdf), "att-2", 5).await.unwrap();
    let listed = store.attachments(&a, plan_a).await.unwrap();
    let names: Vec<(&str, FileKind, i64, InputId)> =
        listed.iter().map(|x| (x.file_name.as_str(), x.kind, x.size, x.input_id)).collect();
    assert_eq!(
        names,
        vec![
            ("Innspill fra FAU.pdf", FileKind::Pdf, pdf.bytes.len() as i64, input.id),
            ("kart.png", FileKind::Png, png.bytes.len() as i64, input.id),
        ]
    );
    let (info, bytes) = store.attachment(&a, plan_a, listed[0].id).await.unwrap();
    assert_eq!((info, bytes), (listed[0].clone(), pdf.bytes.clone()), "the bytes come back unchanged");
    // Lyngen's attachment is not reachable with Engerdal's scope, by plan or by id.
    let theirs = store.attachments(&b, plan_b).await.unwrap()[0].id;
    assert!(store.attachments(&a, plan_b).await.unwrap().is_empty());
    assert!(not_found(store.attachment(&a, plan_b, theirs).await));
    assert!(not_found(store.attachment(&a, plan_a, theirs).await));
    // A response to another organisation's plan stores neither input nor files.
    assert!(not_found(store.insert_input(&a, plan_b, &response("x"), &[pdf], "att-3", 5).await));
    assert_eq!(store.attachments(&b, plan_b).await.unwrap().len(), 1);
    // Erasing the sender deletes the files of their inputs, in their organisation only.
    let email = Email::parse("ase@example.no").unwrap();
    assert_eq!(store.erase_sender(&a, &email, UserId::new(1), 9).await.unwrap(), 1);
    assert!(store.attachments(&a, plan_a).await.unwrap().is_empty());
    assert_eq!(store.audit_log(&a).await.unwrap()[0].detail, "1 inputs, 2 attachments, 0 frozen versions redacted");
    assert_eq!(store.attachments(&b, plan_b).await.unwrap().len(), 1);
}

pub async fn conferences_and_their_outputs_round_trip_and_are_scoped(store: &dyn Store) {
    use forebygg_domain::hearing::{ConferenceForm, ConferenceOrigin};
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    let form = ConferenceForm {
        title: "Åpent møte".into(),
        held_on: "10.10.2023".into(),
        rounds: "Hva er bra?\nHva mangler?".into(),
        groups: "Gruppe 1; Ida\nGruppe 2".into(),
        ..ConferenceForm::default()
    };
    let fields = form.parse((0, 0)).unwrap();
    let c = store.create_conference(&a, plan_a, &fields).await.unwrap();
    assert_eq!((c.plan_id, &c.fields), (plan_a, &fields));
    assert!(not_found(store.create_conference(&a, plan_b, &fields).await), "not Engerdal's plan");
    let mut output = response("Et sted å være");
    output.channel = Channel::DialogueConference;
    output.origin = Some(ConferenceOrigin { conference: c.id, round: 2, group: 1 });
    let stored = store.insert_input(&a, plan_a, &output, &[], "conf-1", 3).await.unwrap();
    assert_eq!(stored.fields.origin, output.origin, "the origin is kept");
    assert_eq!(store.inputs(&a, plan_a).await.unwrap()[0].fields.origin, output.origin);

    let mut changed = fields.clone();
    changed.rounds.push("Hva gjør vi?".into());
    store.update_conference(&a, plan_a, c.id, &changed).await.unwrap();
    assert_eq!(store.conferences(&a, plan_a).await.unwrap()[0].fields, changed);
    // Lyngen's scope neither sees nor changes it.
    assert!(store.conferences(&b, plan_a).await.unwrap().is_empty());
    assert!(not_found(store.update_conference(&b, plan_a, c.id, &fields).await));
    assert!(not_found(store.update_conference(&b, plan_b, c.id, &fields).await));
    assert_eq!(store.conferences(&a, plan_a).await.unwrap()[0].fields, changed);
}

pub async fn receipts_wait_until_sent_and_failures_wait_longer(store: &dyn Store) {
    let (a, plan_a) = plan_of(store, "3425").await;
    let (b, plan_b) = plan_of(store, "5536").await;
    let mine = store.insert_input(&a, plan_a, &response("Med adresse"), &[], "r-1", 10).await.unwrap();
    let theirs = store.insert_input(&b, plan_b, &response("Lyngen"), &[], "r-2", 11).await.unwrap();
    let mut no_lang = response("Uten språk");
    no_lang.sender.lang = None;
    store.insert_input(&a, plan_a, &no_lang, &[], "r-3", 12).await.unwrap();
    let mut staff = response("Fra et verksted");
    staff.channel = Channel::Workshop;
    store.insert_input(&a, plan_a, &staff, &[], "r-4", 13).await.unwrap();

    let due = store.pending_receipts(100, 12, 10).await.unwrap();
    let found: Vec<(OrgId, InputId, i64)> = due.iter().map(|p| (p.org_id, p.input.id, p.attempts)).collect();
    assert_eq!(found, vec![(a.org_id(), mine.id, 0), (b.org_id(), theirs.id, 0)], "hearing responses with an address");
    assert_eq!(due[0].input.fields.sender.lang, Some(forebygg_domain::Lang::Nn), "with the sender's language");
    assert_eq!(store.pending_receipts(100, 12, 1).await.unwrap().len(), 1, "at most the limit");

    store.receipt_failed(mine.id, "connection refused", 130).await.unwrap();
    let ids =
        |list: Vec<forebygg_app::PendingReceipt>| list.iter().map(|p| (p.input.id, p.attempts)).collect::<Vec<_>>();
    assert_eq!(ids(store.pending_receipts(100, 12, 10).await.unwrap()), vec![(theirs.id, 0)], "waits until 130");
    assert_eq!(ids(store.pending_receipts(130, 12, 10).await.unwrap()), vec![(mine.id, 1), (theirs.id, 0)]);
    assert!(store.pending_receipts(130, 1, 10).await.unwrap().iter().all(|p| p.input.id != mine.id), "given up");
    store.receipt_sent(mine.id, 140).await.unwrap();
    store.receipt_sent(theirs.id, 140).await.unwrap();
    assert!(store.pending_receipts(1_000_000, 12, 10).await.unwrap().is_empty());
}
