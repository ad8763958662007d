//! The contract every storage adapter must keep, as one suite of tests run by each
//! adapter crate against its own backend:
//!
//! ```ignore
//! forebygg_store_contract::contract_tests!(crate::fresh_store);
//! ```
//!
//! `fresh_store` is an `async fn() -> Option<Box<dyn Store>>` giving an empty, migrated
//! store, or `None` when the backend is not available (the test then passes after
//! saying so on stderr).

#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod cases;
pub mod gatherings;
pub mod indicators;
pub mod inputs;
pub mod legacy;
pub mod measures;
pub mod plans;
pub mod surveys;

/// Expands to one `#[tokio::test]` per case of [`cases`].
#[macro_export]
macro_rules! contract_tests {
    ($factory:path) => {
        $crate::contract_tests!(@cases $factory;
            schema_version_is_reported,
            register_sync_is_idempotent,
            regional_bodies_have_unique_codes,
            e_mail_addresses_are_unique,
            login_failures_are_counted_per_address,
            login_use_case_slows_down_an_address,
            invitations_are_scoped_expire_and_are_accepted_once,
            member_services_are_kept_per_organisation,
            sharing_is_kept_per_organisation,
            county_marks_are_kept_per_body_and_municipality,
            tenant_data_is_only_reached_through_its_scope,
            people_can_belong_to_several_organisations,
            sessions_expire_and_end,
            shared_secret_is_set_once,
            language_and_password_are_kept,
            backup_writes_a_copy_and_refuses_to_overwrite,
        );
        $crate::contract_tests!(@in plans $factory;
            plans_round_trip_with_their_programme,
            links_join_plans_of_one_organisation,
            activities_are_kept_in_date_order,
            a_hearing_state_is_kept_and_scoped,
            plans_of_another_organisation_do_not_exist_for_a_scope,
            chapter_texts_are_written_replaced_and_scoped,
            versions_are_frozen_and_scoped,
        );
        $crate::contract_tests!(@in inputs $factory;
            inputs_round_trip_and_are_found_by_receipt,
            inputs_are_numbered_per_plan_and_year,
            inputs_of_another_organisation_cannot_be_reached,
            answers_and_moderation_are_kept_and_scoped,
            erasure_removes_the_sender_and_keeps_the_text,
            attachments_are_stored_with_their_input_scoped_and_erased,
            conferences_and_their_outputs_round_trip_and_are_scoped,
            receipts_wait_until_sent_and_failures_wait_longer,
        );
        $crate::contract_tests!(@in indicators $factory;
            indicators_are_stored_replaced_and_scoped,
        );
        $crate::contract_tests!(@in gatherings $factory;
            gatherings_round_trip_and_registrations_are_scoped,
            reflections_are_answered_once_per_municipality_and_scoped,
            erasure_reaches_the_registrations_held_and_only_those,
        );
        #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
        async fn caps_hold_under_concurrent_registrations() {
            if let Some(store) = $factory().await {
                $crate::gatherings::caps_hold_under_concurrent_registrations(std::sync::Arc::from(store)).await;
            }
        }
        $crate::contract_tests!(@in surveys $factory;
            surveys_take_anonymous_answers_and_codes_once,
        );
        $crate::contract_tests!(@in measures $factory;
            measures_are_stored_all_at_once_and_scoped,
            an_import_adds_and_changes_in_one_transaction,
            header_mappings_are_remembered_per_organisation,
            goals_and_status_reports_are_kept_and_scoped,
            a_county_is_read_at_once_and_only_its_own,
            shared_measures_are_listed_and_copies_keep_their_origin,
            hosted_measures_reach_their_participants_and_only_them,
        );
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn a_burst_of_submissions_is_all_committed() {
            if let Some(store) = $factory().await {
                $crate::inputs::a_burst_of_submissions_is_all_committed(std::sync::Arc::from(store)).await;
            }
        }
    };
    (@in $module:ident $factory:path; $($case:ident),+ $(,)?) => {
        $(
            #[tokio::test]
            async fn $case() {
                if let Some(store) = $factory().await {
                    $crate::$module::$case(&*store).await;
                }
            }
        )+
    };
    (@cases $factory:path; $($case:ident),+ $(,)?) => {
        $(
            #[tokio::test]
            async fn $case() {
                if let Some(store) = $factory().await {
                    $crate::cases::$case(&*store).await;
                }
            }
        )+
    };
}

/// The port's answer for a row that is not there or not the scope's organisation's.
pub fn not_found<T: std::fmt::Debug>(result: Result<T, forebygg_app::StoreError>) -> bool {
    matches!(result, Err(forebygg_app::StoreError::NotFound(_)))
}
