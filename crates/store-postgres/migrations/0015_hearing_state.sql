-- A hearing is opened by a step of its own, and may be closed early with a reason:
-- what happened is kept per hearing activity as JSON (plan::process::HearingState).
-- Hearings that had begun by the day of this migration were live under the earlier
-- rule (open while the dates cover today), so they count as opened. Kept in step with
-- crates/store-sqlite/migrations/0015_hearing_state.sql.

ALTER TABLE activities ADD COLUMN hearing_state TEXT;

UPDATE activities SET hearing_state = '{"opened_at":0}'
 WHERE kind IN ('programme_hearing', 'draft_hearing') AND start_date <= to_char(CURRENT_DATE, 'YYYY-MM-DD');
