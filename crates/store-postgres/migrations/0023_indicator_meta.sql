-- What an indicator means to the plan: its unit, which direction is good
-- (higher_is_better, lower_is_better, neither), the county governor's theme it belongs
-- to (for the challenge picture), and its place among the charts of {{indikatorer}}
-- (NULL: not shown). The challenge picture is the organisation's own edited text.
-- Kept in step with crates/store-sqlite/migrations/0023_indicator_meta.sql.

ALTER TABLE indicators ADD COLUMN unit TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN direction TEXT NOT NULL DEFAULT 'neither';
ALTER TABLE indicators ADD COLUMN theme TEXT;
ALTER TABLE indicators ADD COLUMN position INTEGER;

CREATE TABLE challenge_pictures (
    org_id  BIGINT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    text    TEXT NOT NULL
);
