-- Themes and outline chapters an input concerns. Kept in step with
-- crates/store-sqlite/migrations/0006_input_tags.sql.

ALTER TABLE inputs ADD COLUMN themes TEXT NOT NULL DEFAULT '';
ALTER TABLE inputs ADD COLUMN chapters TEXT NOT NULL DEFAULT '';
