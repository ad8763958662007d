//! The words for every domain vocabulary, in the reader's language. Each function
//! matches every variant, so a new variant does not compile until it has a message;
//! `tests::every_variant_has_its_words_in_three_languages` checks that the message is
//! in all three catalogues.
//!
//! (Generated once from the domain's codes; kept by hand since.)

use forebygg_domain::Role;
use forebygg_domain::document::version::Version;
use forebygg_domain::measures::Evidence;
use forebygg_domain::timeline::holidays::HolidayKind;
use forebygg_domain::timeline::schedule::Step;

use crate::Tr;
use forebygg_domain::OrgKind;
use forebygg_domain::document::version::VersionKind;
use forebygg_domain::goals::GoalLevel;
use forebygg_domain::hearing::Channel;
use forebygg_domain::hearing::Decision;
use forebygg_domain::measures::AgeBand;
use forebygg_domain::measures::Funding;
use forebygg_domain::measures::MeasureStatus;
use forebygg_domain::measures::PreventionLevel;
use forebygg_domain::measures::WorkLevel;
use forebygg_domain::measures::report::ReportStatus;
use forebygg_domain::plan::ActivityKind;
use forebygg_domain::plan::LinkKind;
use forebygg_domain::plan::Phase;
use forebygg_domain::plan::presets::Preset;
use forebygg_domain::plan::programme::GroupKind;
use forebygg_domain::theme::Theme;
use forebygg_domain::timeline::BodyKind;

/// The message key of a Phase.
pub fn phase_key(value: Phase) -> &'static str {
    match value {
        Phase::Start => "phase-start",
        Phase::ProgrammeOnHearing => "phase-programme_on_hearing",
        Phase::ProgrammeAdopted => "phase-programme_adopted",
        Phase::Drafting => "phase-drafting",
        Phase::DraftOnHearing => "phase-draft_on_hearing",
        Phase::RevisionAfterHearing => "phase-revision_after_hearing",
        Phase::Adopted => "phase-adopted",
        Phase::FollowUp => "phase-follow_up",
        Phase::PeriodicRevision => "phase-periodic_revision",
    }
}

/// A Phase in words.
pub fn phase(t: Tr, value: Phase) -> String {
    t.get(phase_key(value))
}

/// The message key of what a plan in a phase needs next.
pub fn next_step_key(value: Phase) -> &'static str {
    match value {
        Phase::Start => "process-next-start",
        Phase::ProgrammeOnHearing => "process-next-programme-hearing",
        Phase::ProgrammeAdopted => "process-next-programme-adopted",
        Phase::Drafting => "process-next-drafting",
        Phase::DraftOnHearing => "process-next-draft-hearing",
        Phase::RevisionAfterHearing => "process-next-revision",
        Phase::Adopted => "process-next-adopted",
        Phase::FollowUp => "process-next-follow-up",
        Phase::PeriodicRevision => "process-next-periodic-revision",
    }
}

/// What a plan in a phase needs next, in words.
pub fn next_step(t: Tr, value: Phase) -> String {
    t.get(next_step_key(value))
}

/// The message key of a LinkKind.
pub fn link_kind_key(value: LinkKind) -> &'static str {
    match value {
        LinkKind::Overlaps => "link-overlaps",
        LinkKind::AnchoredIn => "link-anchored_in",
    }
}

/// A LinkKind in words.
pub fn link_kind(t: Tr, value: LinkKind) -> String {
    t.get(link_kind_key(value))
}

/// The message key of a ActivityKind.
pub fn activity_kind_key(value: ActivityKind) -> &'static str {
    match value {
        ActivityKind::PoliticalTreatment => "activity-political_treatment",
        ActivityKind::ProgrammeHearing => "activity-programme_hearing",
        ActivityKind::ProgrammeAdoption => "activity-programme_adoption",
        ActivityKind::Participation => "activity-participation",
        ActivityKind::Drafting => "activity-drafting",
        ActivityKind::DraftHearing => "activity-draft_hearing",
        ActivityKind::Revision => "activity-revision",
        ActivityKind::PlanAdoption => "activity-plan_adoption",
        ActivityKind::Other => "activity-other",
    }
}

/// A ActivityKind in words.
pub fn activity_kind(t: Tr, value: ActivityKind) -> String {
    t.get(activity_kind_key(value))
}

/// The message key of a BodyKind.
pub fn body_key(value: BodyKind) -> &'static str {
    match value {
        BodyKind::Council => "body-council",
        BodyKind::ExecutiveCommittee => "body-executive_committee",
        BodyKind::StandingCommittee => "body-standing_committee",
        BodyKind::YouthCouncil => "body-youth_council",
        BodyKind::DisabilityCouncil => "body-disability_council",
        BodyKind::ElderlyCouncil => "body-elderly_council",
        BodyKind::Administration => "body-administration",
        BodyKind::Other => "body-other",
    }
}

/// A BodyKind in words.
pub fn body(t: Tr, value: BodyKind) -> String {
    t.get(body_key(value))
}

/// The message key of a OrgKind.
pub fn org_kind_key(value: OrgKind) -> &'static str {
    match value {
        OrgKind::Municipality => "kind-municipality",
        OrgKind::County => "kind-county",
        OrgKind::CountyGovernor => "kind-county_governor",
        OrgKind::Ks => "kind-ks",
        OrgKind::CompetenceCentre => "kind-competence_centre",
        OrgKind::Other => "kind-other",
    }
}

/// A OrgKind in words.
pub fn org_kind(t: Tr, value: OrgKind) -> String {
    t.get(org_kind_key(value))
}

/// The message key of a GroupKind.
pub fn group_kind_key(value: GroupKind) -> &'static str {
    match value {
        GroupKind::Working => "group-working",
        GroupKind::Reference => "group-reference",
        GroupKind::Steering => "group-steering",
        GroupKind::Resource => "group-resource",
    }
}

/// A GroupKind in words.
pub fn group_kind(t: Tr, value: GroupKind) -> String {
    t.get(group_kind_key(value))
}

/// The message key of a Preset.
pub fn preset_key(value: Preset) -> &'static str {
    match value {
        Preset::Empty => "preset-empty",
        Preset::Engerdal => "preset-engerdal",
        Preset::Lyngen => "preset-lyngen",
        Preset::Sandefjord => "preset-sandefjord",
    }
}

/// A Preset in words.
pub fn preset(t: Tr, value: Preset) -> String {
    t.get(preset_key(value))
}

/// The message key of a Channel.
pub fn channel_key(value: Channel) -> &'static str {
    match value {
        Channel::Hearing => "channel-hearing",
        Channel::DialogueConference => "channel-dialogue_conference",
        Channel::Workshop => "channel-workshop",
        Channel::CouncilMeeting => "channel-council_meeting",
        Channel::EmailOrLetter => "channel-email_or_letter",
        Channel::SurveyFreeText => "channel-survey_free_text",
        Channel::Other => "channel-other",
    }
}

/// A Channel in words.
pub fn channel(t: Tr, value: Channel) -> String {
    t.get(channel_key(value))
}

/// The message key of a Decision.
pub fn decision_key(value: Decision) -> &'static str {
    match value {
        Decision::TakenIntoAccount => "decision-taken_into_account",
        Decision::PartlyTakenIntoAccount => "decision-partly_taken_into_account",
        Decision::NotTakenIntoAccount => "decision-not_taken_into_account",
        Decision::Noted => "decision-noted",
    }
}

/// A Decision in words.
pub fn decision(t: Tr, value: Decision) -> String {
    t.get(decision_key(value))
}

/// The message key of a Theme.
pub fn theme_key(value: Theme) -> &'static str {
    match value {
        Theme::Neglect => "theme-neglect",
        Theme::Violence => "theme-violence",
        Theme::SexualAbuse => "theme-sexual_abuse",
        Theme::Suicide => "theme-suicide",
        Theme::Overdose => "theme-overdose",
        Theme::AlcoholAndDrugs => "theme-alcohol_and_drugs",
        Theme::BehaviouralProblems => "theme-behavioural_problems",
        Theme::PhysicalHealth => "theme-physical_health",
        Theme::MentalHealth => "theme-mental_health",
        Theme::PublicHealth => "theme-public_health",
    }
}

/// A Theme in words.
pub fn theme(t: Tr, value: Theme) -> String {
    t.get(theme_key(value))
}

/// An adviser's mark in words: its area and colour ("Planen: grønn"), never only a colour.
pub fn mark(t: Tr, value: &forebygg_domain::county::Mark) -> String {
    format!(
        "{}: {}",
        t.get(&format!("mark-area-{}", value.area.as_str().replace('_', "-"))),
        t.get(&format!("mark-colour-{}", value.colour.as_str()))
    )
}

/// The message key of a GoalLevel.
pub fn goal_level_key(value: GoalLevel) -> &'static str {
    match value {
        GoalLevel::Main => "goal-level-main",
        GoalLevel::Sub => "goal-level-sub",
        GoalLevel::Strategy => "goal-level-strategy",
    }
}

/// A GoalLevel in words.
pub fn goal_level(t: Tr, value: GoalLevel) -> String {
    t.get(goal_level_key(value))
}

/// The message key of a ReportStatus.
pub fn report_status_key(value: ReportStatus) -> &'static str {
    match value {
        ReportStatus::OnTrack => "report-status-on_track",
        ReportStatus::Delayed => "report-status-delayed",
        ReportStatus::Stopped => "report-status-stopped",
        ReportStatus::Done => "report-status-done",
    }
}

/// A ReportStatus in words.
pub fn report_status(t: Tr, value: ReportStatus) -> String {
    t.get(report_status_key(value))
}

/// A status report's period in words: `2026` → "2026", `2026-H1` → "første halvår
/// 2026", `2026-Q3` → "3. kvartal 2026"; anything else as written.
pub fn report_period(t: Tr, period: &str) -> String {
    let Some((year, part)) = period.split_once('-') else {
        return period.to_owned();
    };
    let (key, name) = match part {
        "H1" | "H2" => ("report-period-half", "half"),
        "Q1" | "Q2" | "Q3" | "Q4" => ("report-period-quarter", "quarter"),
        _ => return period.to_owned(),
    };
    crate::translate(t.lang, key, &[("year", year), (name, &part[1..])])
}

/// The message key of a VersionKind.
pub fn version_kind_key(value: VersionKind) -> &'static str {
    match value {
        VersionKind::Draft => "version-kind-draft",
        VersionKind::Programme => "version-kind-programme",
        VersionKind::HearingDraft => "version-kind-hearing_draft",
        VersionKind::Adopted => "version-kind-adopted",
    }
}

/// A VersionKind in words.
pub fn version_kind(t: Tr, value: VersionKind) -> String {
    t.get(version_kind_key(value))
}

/// The message key of a AgeBand.
pub fn age_band_key(value: AgeBand) -> &'static str {
    match value {
        AgeBand::Age0To5 => "age-0-5",
        AgeBand::Age6To12 => "age-6-12",
        AgeBand::Age13To15 => "age-13-15",
        AgeBand::Age16To19 => "age-16-19",
        AgeBand::Age20To25 => "age-20-25",
        AgeBand::Parents => "age-parents",
        AgeBand::Staff => "age-staff",
    }
}

/// A AgeBand in words.
pub fn age_band(t: Tr, value: AgeBand) -> String {
    t.get(age_band_key(value))
}

/// The message key of a PreventionLevel.
pub fn prevention_key(value: PreventionLevel) -> &'static str {
    match value {
        PreventionLevel::Universal => "prevention-universal",
        PreventionLevel::Selective => "prevention-selective",
        PreventionLevel::Indicated => "prevention-indicated",
    }
}

/// A PreventionLevel in words.
pub fn prevention(t: Tr, value: PreventionLevel) -> String {
    t.get(prevention_key(value))
}

/// The message key of a WorkLevel.
pub fn work_level_key(value: WorkLevel) -> &'static str {
    match value {
        WorkLevel::National => "work-level-national",
        WorkLevel::Municipal => "work-level-municipal",
        WorkLevel::Service => "work-level-service",
        WorkLevel::Individual => "work-level-individual",
    }
}

/// A WorkLevel in words.
pub fn work_level(t: Tr, value: WorkLevel) -> String {
    t.get(work_level_key(value))
}

/// The message key of a MeasureStatus.
pub fn measure_status_key(value: MeasureStatus) -> &'static str {
    match value {
        MeasureStatus::Existing => "measure-status-existing",
        MeasureStatus::Proposed => "measure-status-proposed",
        MeasureStatus::Running => "measure-status-running",
        MeasureStatus::Paused => "measure-status-paused",
        MeasureStatus::Ended => "measure-status-ended",
    }
}

/// A MeasureStatus in words.
pub fn measure_status(t: Tr, value: MeasureStatus) -> String {
    t.get(measure_status_key(value))
}

/// The message key of a Funding.
pub fn funding_key(value: Funding) -> &'static str {
    match value {
        Funding::WithinBudget => "funding-within_budget",
        Funding::EarmarkedGrant => "funding-earmarked_grant",
    }
}

/// A Funding in words.
pub fn funding(t: Tr, value: Funding) -> String {
    t.get(funding_key(value))
}

/// The message key of a role (`role-plan-lead`).
pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Admin => "role-admin",
        Role::PlanLead => "role-plan-lead",
        Role::Editor => "role-editor",
        Role::Contributor => "role-contributor",
        Role::Reader => "role-reader",
        Role::RegionalAdviser => "role-regional-adviser",
    }
}

/// A role in words.
pub fn role(t: Tr, value: Role) -> String {
    t.get(role_key(value))
}

/// A holiday period in words.
pub fn holiday(t: Tr, value: HolidayKind) -> String {
    t.get(match value {
        HolidayKind::Summer => "holiday-summer",
        HolidayKind::Christmas => "holiday-christmas",
    })
}

/// How well a measure is documented to work, in words (Ungsinn's levels 0–5).
pub fn evidence(t: Tr, value: Evidence) -> String {
    t.get(match value {
        Evidence::NotRated => "evidence-not_rated",
        Evidence::Ungsinn(0) => "evidence-0",
        Evidence::Ungsinn(1) => "evidence-1",
        Evidence::Ungsinn(2) => "evidence-2",
        Evidence::Ungsinn(3) => "evidence-3",
        Evidence::Ungsinn(4) => "evidence-4",
        Evidence::Ungsinn(_) => "evidence-5",
    })
}

/// A step of back-scheduling in words.
pub fn step(t: Tr, value: Step) -> String {
    t.get(match value {
        Step::SendProgrammeOnHearing => "step-send_programme_on_hearing",
        Step::AdoptProgramme => "step-adopt_programme",
        Step::SendDraftOnHearing => "step-send_draft_on_hearing",
        Step::AdoptPlan => "step-adopt_plan",
    })
}

/// The detail of an entry of the audit log in the reader's language: the counts the
/// store wrote ("2 inputs, 1 attachments, 0 frozen versions redacted"), read in their
/// order; a detail of another shape is shown as stored.
pub fn audit_detail(t: Tr, action: &str, detail: &str) -> String {
    let numbers: Vec<String> =
        detail.split(|c: char| !c.is_ascii_digit()).filter(|part| !part.is_empty()).map(str::to_owned).collect();
    let names: &[&str] = match action {
        "erase_sender" => &["inputs", "files", "versions"],
        "erase_participant" => &["cancelled", "blanked", "promoted"],
        _ => &[],
    };
    if names.is_empty() || numbers.len() != names.len() {
        return detail.to_owned();
    }
    let args: Vec<(&str, &str)> = names.iter().copied().zip(numbers.iter().map(String::as_str)).collect();
    crate::translate(t.lang, &format!("audit-detail-{action}"), &args)
}

/// An entry of the audit log in words; an action this version does not know keeps its
/// stored name.
pub fn audit_action(t: Tr, action: &str) -> String {
    match action {
        "erase_sender" => t.get("audit-erase_sender"),
        "erase_participant" => t.get("audit-erase_participant"),
        other => other.to_owned(),
    }
}

/// A version as lists name it: "Hearing draft 22.01.2024 (KST-sak 12/24)".
pub fn version_name(t: Tr, v: &Version) -> String {
    let kind = version_kind(t, v.fields.kind);
    if v.fields.decision_ref.is_empty() {
        format!("{kind} {}", v.fields.date)
    } else {
        format!("{kind} {} ({})", v.fields.date, v.fields.decision_ref)
    }
}

/// A legal reference as cited in the reader's language ("barnevernslova § 15-1" in
/// nynorsk); the register's own citation where the catalogue has none.
pub fn citation(t: Tr, r: &forebygg_domain::plan::register::LegalReference) -> String {
    let key = format!("legal-citation-{}", r.id);
    Some(t.get(&key)).filter(|s| !s.is_empty() && *s != key).unwrap_or_else(|| r.citation())
}

/// What a column of the measures spreadsheet takes, in the reader's words (each of
/// which the importer accepts); empty for a free column.
pub fn allowed_in_column(t: Tr, column: forebygg_domain::measures::row::Column) -> String {
    use forebygg_domain::measures::row::Column;
    let words: Vec<String> = match column {
        Column::AgeBands => AgeBand::ALL.iter().map(|v| age_band(t, *v)).collect(),
        Column::Prevention => PreventionLevel::ALL.iter().map(|v| prevention(t, *v)).collect(),
        Column::Level => WorkLevel::ALL.iter().map(|v| work_level(t, *v)).collect(),
        Column::Funding => Funding::ALL.iter().map(|v| funding(t, *v)).collect(),
        Column::Status => MeasureStatus::ALL.iter().map(|v| measure_status(t, *v)).collect(),
        Column::Evidence => {
            std::iter::once(Evidence::NotRated).chain((0..=5).map(Evidence::Ungsinn)).map(|v| evidence(t, v)).collect()
        }
        Column::Themes => Theme::ALL.iter().map(|v| theme(t, *v)).collect(),
        _ => Vec::new(),
    };
    words.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue_keys;
    use forebygg_domain::Lang;

    #[test]
    fn report_periods_read_as_words() {
        let nb = Tr { lang: Lang::Nb };
        let en = Tr { lang: Lang::En };
        assert_eq!(report_period(nb, "2026-H1"), "første halvår 2026");
        assert_eq!(report_period(Tr { lang: Lang::Nn }, "2026-H2"), "andre halvår 2026");
        assert_eq!(report_period(nb, "2026-Q3"), "3. kvartal 2026");
        assert_eq!(report_period(en, "2026-Q3"), "third quarter of 2026");
        assert_eq!(report_period(en, "2026"), "2026");
        assert_eq!(report_period(en, "2026-X9"), "2026-X9", "anything else as written");
    }

    #[test]
    fn every_variant_has_its_words_in_three_languages() {
        let mut keys: Vec<&str> = Vec::new();
        keys.extend(Phase::ALL.map(phase_key));
        keys.extend(Phase::ALL.map(next_step_key));
        keys.extend(LinkKind::ALL.map(link_kind_key));
        keys.extend(ActivityKind::ALL.map(activity_kind_key));
        keys.extend(BodyKind::ALL.map(body_key));
        keys.extend(OrgKind::ALL.map(org_kind_key));
        keys.extend(GroupKind::ALL.map(group_kind_key));
        keys.extend(Preset::ALL.map(preset_key));
        keys.extend(Channel::ALL.map(channel_key));
        keys.extend(Decision::ALL.map(decision_key));
        keys.extend(Theme::ALL.map(theme_key));
        keys.extend(GoalLevel::ALL.map(goal_level_key));
        keys.extend(ReportStatus::ALL.map(report_status_key));
        keys.extend(VersionKind::ALL.map(version_kind_key));
        keys.extend(AgeBand::ALL.iter().copied().map(age_band_key));
        keys.extend(PreventionLevel::ALL.iter().copied().map(prevention_key));
        keys.extend(WorkLevel::ALL.iter().copied().map(work_level_key));
        keys.extend(MeasureStatus::ALL.iter().copied().map(measure_status_key));
        keys.extend(Funding::ALL.iter().copied().map(funding_key));
        keys.extend(Role::ALL.map(role_key));
        keys.extend([
            "audit-erase_sender",
            "audit-erase_participant",
            "holiday-summer",
            "holiday-christmas",
            "evidence-not_rated",
            "evidence-5",
        ]);
        assert!(keys.len() >= 100, "{} keys", keys.len());
        for lang in Lang::ALL {
            let catalogue = catalogue_keys(lang);
            let missing: Vec<&&str> = keys.iter().filter(|k| !catalogue.iter().any(|c| c == **k)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    #[test]
    fn words_come_from_the_readers_catalogue() {
        assert_eq!(phase(Tr { lang: Lang::Nb }, Phase::Adopted), Tr { lang: Lang::Nb }.get("phase-adopted"));
        assert_ne!(role(Tr { lang: Lang::Nn }, Role::PlanLead), role(Tr { lang: Lang::En }, Role::PlanLead));
        assert_eq!(evidence(Tr { lang: Lang::En }, Evidence::Ungsinn(4)), Tr { lang: Lang::En }.get("evidence-4"));
    }

    /// The values an import problem lists are the reader's words, and each of them is
    /// accepted in that column — so the list can be copied into the sheet.
    #[test]
    fn the_allowed_words_of_a_column_are_the_readers_and_each_is_accepted() {
        use forebygg_domain::measures::row::{Column, parse_row};
        let nn = allowed_in_column(Tr { lang: Lang::Nn }, Column::Prevention);
        assert!(nn.contains("Universell førebygging") && !nn.contains("universal"), "{nn}");
        for lang in Lang::ALL {
            for column in Column::ALL {
                let allowed = allowed_in_column(Tr { lang }, column);
                for word in allowed.split(", ").filter(|w| !w.is_empty()) {
                    let read = parse_row(|c| match c {
                        Column::Name => "Tiltak",
                        Column::Owner => "Skolen",
                        c if c == column => word,
                        _ => "",
                    });
                    assert!(read.is_ok(), "{lang:?} {column:?}: «{word}» is listed but refused");
                }
            }
        }
    }

    #[test]
    fn laws_are_cited_in_the_readers_language() {
        let register = forebygg_domain::plan::register::register();
        let day = forebygg_domain::timeline::NorDate::parse("01.06.2026").unwrap();
        let refs = register.plan_type("preventive").unwrap().references_on(day);
        let first = refs.iter().find(|r| r.id == "bvl-2021-15-1").unwrap();
        assert_eq!(citation(Tr { lang: Lang::Nn }, first), "barnevernslova § 15-1");
        assert_eq!(citation(Tr { lang: Lang::Nb }, first), "barnevernsloven § 15-1");
        for lang in Lang::ALL {
            for r in &refs {
                assert!(!citation(Tr { lang }, r).starts_with("legal-citation"), "{lang:?} {}", r.id);
            }
        }
    }
}
